# One INTERFACE target carries the flags every LeadDesk target shares;
# leaddesk_flags adds the strict string casts for product code, tests get
# leaddesk_test_flags, which let them write plain string literals.
add_library(leaddesk_common_flags INTERFACE)
add_library(leaddesk_flags INTERFACE)
add_library(LeadDesk::flags ALIAS leaddesk_flags)
target_link_libraries(leaddesk_flags INTERFACE leaddesk_common_flags)
target_compile_definitions(leaddesk_flags INTERFACE QT_NO_CAST_FROM_ASCII)
add_library(leaddesk_test_flags INTERFACE)
target_link_libraries(leaddesk_test_flags INTERFACE leaddesk_common_flags)
target_compile_definitions(leaddesk_test_flags INTERFACE QT_RESTRICTED_CAST_FROM_ASCII)

target_compile_definitions(leaddesk_common_flags INTERFACE
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_CONTEXTLESS_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_UP_TO=0x060400)

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(leaddesk_common_flags INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow=local -Wnon-virtual-dtor -Wcast-align
        -Wunused -Woverloaded-virtual -Wnull-dereference -Wimplicit-fallthrough
        $<$<CONFIG:Debug>:-Werror=return-type>)
    if(LEADDESK_WERROR)
        target_compile_options(leaddesk_common_flags INTERFACE -Werror)
    endif()
endif()

# The fuzz preset: every library instrumented for libFuzzer's coverage and checked by the
# sanitizers; the fuzz targets add -fsanitize=fuzzer for libFuzzer's main().
if(LEADDESK_FUZZ)
    target_compile_options(leaddesk_common_flags INTERFACE
        -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined
        -fno-omit-frame-pointer)
    target_link_options(leaddesk_common_flags INTERFACE -fsanitize=address,undefined)
endif()

if(LEADDESK_ASAN)
    target_compile_options(leaddesk_common_flags INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
    target_link_options(leaddesk_common_flags INTERFACE -fsanitize=address,undefined)
endif()

# Precompiled Qt headers keep a two-core build short; every module reuses them.
function(leaddesk_use_pch target)
    if(LEADDESK_PCH)
        target_precompile_headers(${target} REUSE_FROM leaddesk_pch)
    endif()
endfunction()

# Shared Qt headers for precompilation; QtCore only so every module can reuse
# them (GCC refuses a PCH built with macros the user lacks) and none
# gains a GUI dependency through its PCH.
if(LEADDESK_PCH)
    file(WRITE ${CMAKE_BINARY_DIR}/pch_dummy.cpp "// precompiled header host\n")
    add_library(leaddesk_pch STATIC ${CMAKE_BINARY_DIR}/pch_dummy.cpp)
    target_link_libraries(leaddesk_pch PUBLIC leaddesk_flags Qt6::Core)
    target_precompile_headers(leaddesk_pch PRIVATE
        <QByteArray> <QDateTime> <QHash> <QJsonArray> <QJsonDocument> <QJsonObject>
        <QJsonValue> <QList> <QObject> <QString> <QStringList> <QTimer> <QUrl>
        <QVariant> <functional> <memory> <optional>)
endif()
