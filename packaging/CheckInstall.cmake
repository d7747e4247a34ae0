# `cmake --install` into a staging root (DESTDIR, prefix /usr) must put exactly
# the programs, the desktop entry, the AppStream metainfo, the hicolor icon and
# the man pages where a desktop and the package manager look for them; the
# installed programs answer --version without a display; the metadata agrees
# with itself and with the project.
#   cmake -DBUILD_DIR=… -DSTAGE_DIR=… -DAPP_ID=… -DVERSION=… -DBINDIR=bin
#         -DDATADIR=share -DMANDIR=share/man -P CheckInstall.cmake

file(REMOVE_RECURSE "${STAGE_DIR}")
set(ENV{DESTDIR} "${STAGE_DIR}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix /usr
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cmake --install failed:\n${output}")
endif()
unset(ENV{DESTDIR})

set(root "${STAGE_DIR}/usr")
set(expected
    ${BINDIR}/leaddesk
    ${BINDIR}/leaddesk-cli
    ${BINDIR}/leaddesk-sandbox
    ${DATADIR}/applications/${APP_ID}.desktop
    ${DATADIR}/icons/hicolor/scalable/apps/${APP_ID}.svg
    ${DATADIR}/metainfo/${APP_ID}.metainfo.xml
    ${MANDIR}/man1/leaddesk-cli.1
    ${MANDIR}/man1/leaddesk.1)
file(GLOB_RECURSE installed LIST_DIRECTORIES false RELATIVE "${root}" "${root}/*")
list(SORT installed)
list(SORT expected)
if(NOT installed STREQUAL expected)
    string(REPLACE ";" "\n  " want "${expected}")
    string(REPLACE ";" "\n  " got "${installed}")
    message(FATAL_ERROR "cmake --install put other files than expected.\n"
                        "expected under /usr:\n  ${want}\ninstalled:\n  ${got}")
endif()
message(STATUS "installed as expected:\n  ${got}")

# Both programs answer --version from the installed files, without a display
# or a platform plugin (a bogus QT_QPA_PLATFORM makes QApplication abort).
foreach(program leaddesk leaddesk-cli)
    execute_process(
        COMMAND "${CMAKE_COMMAND}" -E env --unset=DISPLAY --unset=WAYLAND_DISPLAY
                QT_QPA_PLATFORM=no-such-platform "${root}/${BINDIR}/${program}" --version
        RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE errors)
    string(STRIP "${output}" output)
    if(NOT result EQUAL 0 OR NOT output MATCHES " ${VERSION}$")
        message(FATAL_ERROR "${program} --version: exit ${result}, printed '${output}' "
                            "(expected '… ${VERSION}')\n${errors}")
    endif()
    message(STATUS "${program} --version: ${output}")
endforeach()

# The metadata names the same id, icon, programs and version.
file(READ "${root}/${DATADIR}/metainfo/${APP_ID}.metainfo.xml" metainfo)
file(READ "${root}/${DATADIR}/applications/${APP_ID}.desktop" desktop)
set(problems "")
foreach(needle "<id>${APP_ID}</id>" ">${APP_ID}.desktop</launchable>"
               "<release version=\"${VERSION}\"" "<binary>leaddesk</binary>"
               "<binary>leaddesk-cli</binary>")
    string(FIND "${metainfo}" "${needle}" at)
    if(at EQUAL -1)
        string(APPEND problems "\n  metainfo lacks ${needle}")
    endif()
endforeach()
foreach(line "Icon=${APP_ID}" "Exec=leaddesk" "StartupWMClass=LeadDesk")
    if(NOT desktop MATCHES "(^|\n)${line}(\n| )")
        string(APPEND problems "\n  the desktop entry lacks ${line}")
    endif()
endforeach()
if(problems)
    message(FATAL_ERROR "the metadata does not agree:${problems}")
endif()

# appstreamcli checks the installed tree as a whole: metainfo, desktop entry, icon.
find_program(appstreamcli appstreamcli)
if(NOT appstreamcli)
    message(FATAL_ERROR "appstreamcli is not installed: install the Debian package 'appstream'")
endif()
execute_process(COMMAND "${appstreamcli}" validate-tree --no-net --strict "${STAGE_DIR}"
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
message(STATUS "appstreamcli validate-tree:\n${output}")
if(NOT result EQUAL 0)
    message(FATAL_ERROR "appstreamcli validate-tree failed (${result})")
endif()
file(REMOVE_RECURSE "${STAGE_DIR}")
