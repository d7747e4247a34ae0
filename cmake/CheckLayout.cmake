# Fails when an include runs against the layers of DESIGN.md "Architecture".
# Run as: cmake -DSOURCE_DIR=<repo> -DQTCORE_DIR=<QtCore headers> -P CheckLayout.cmake
#
# - app/ includes no widget or GUI header, and nothing from ui/;
# - app/model uses Qt Core only and no other module;
# - every module includes only the modules below it (the map below);
# - ui/ never includes app/store, nor the platform client (widgets ask services);
# - the sandbox stands alone: it includes no other module, so its verdicts stay its own;
# - every project include names its module ("model/recordmodel.h", not "recordmodel.h").

cmake_minimum_required(VERSION 3.21)

# The modules each module may include besides itself.
set(allowed_model "")
set(allowed_platform "model")
set(allowed_store "model")
set(allowed_secrets "model")
set(allowed_import "model")
set(allowed_radar "model")
set(allowed_capture "model;radar")
set(allowed_services "model;platform;store;secrets;import;radar;capture")
set(allowed_cli "model;platform;store;secrets;services;sandbox;import;radar;capture")
set(allowed_sandbox "")

file(GLOB ui_modules LIST_DIRECTORIES true RELATIVE "${SOURCE_DIR}/ui" "${SOURCE_DIR}/ui/*")
list(FILTER ui_modules EXCLUDE REGEX "\\.")
file(GLOB app_modules LIST_DIRECTORIES true RELATIVE "${SOURCE_DIR}/app" "${SOURCE_DIR}/app/*")
list(FILTER app_modules EXCLUDE REGEX "\\.")

set(gui_classes "QApplication|QGuiApplication|QWidget|QMainWindow|QDialog|QMessageBox|QPixmap|QImage|QIcon|QColor|QFont|QPalette|QPainter|QLineEdit|QComboBox|QLabel|QAction")
set(offenders "")

function(offend file line why)
    set(offenders "${offenders};${file}: ${line}  (${why})" PARENT_SCOPE)
endfunction()

file(GLOB_RECURSE sources RELATIVE "${SOURCE_DIR}"
    "${SOURCE_DIR}/app/*.h" "${SOURCE_DIR}/app/*.cpp" "${SOURCE_DIR}/ui/*.h" "${SOURCE_DIR}/ui/*.cpp")
foreach(rel IN LISTS sources)
    string(REGEX MATCH "^(app|ui)/([^/]+)/" _ "${rel}")
    set(top "${CMAKE_MATCH_1}")
    set(module "${CMAKE_MATCH_2}")
    file(STRINGS "${SOURCE_DIR}/${rel}" lines REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"]")
    foreach(line IN LISTS lines)
        string(REGEX MATCH "[<\"]([^>\"]+)[>\"]" _ "${line}")
        set(header "${CMAKE_MATCH_1}")
        string(REGEX MATCH "^[ \t]*#[ \t]*include[ \t]*\"" quoted "${line}")
        if(quoted)
            if(header MATCHES "^(ui_.*|moc_.*|.*\\.moc)$")
                continue()
            endif()
            if(NOT header MATCHES "/")
                offend("${rel}" "${line}" "name the module: \"<module>/${header}\"")
                continue()
            endif()
            string(REGEX MATCH "^([^/]+)/" _ "${header}")
            set(target "${CMAKE_MATCH_1}")
            if(top STREQUAL "app")
                if(target IN_LIST ui_modules AND NOT target IN_LIST app_modules)
                    offend("${rel}" "${line}" "app/ must not include ui/")
                elseif(NOT target STREQUAL module AND NOT target IN_LIST allowed_${module})
                    offend("${rel}" "${line}" "app/${module} may include only: ${allowed_${module}}")
                endif()
            else()
                if(target STREQUAL "store")
                    offend("${rel}" "${line}" "ui/ must not include app/store: ask a service")
                elseif(header STREQUAL "platform/platformclient.h" OR header STREQUAL "platform/platformreply.h")
                    offend("${rel}" "${line}" "ui/ must not reach the platform client: ask a service")
                elseif(target STREQUAL "cli")
                    offend("${rel}" "${line}" "ui/ must not include the CLI")
                elseif(target STREQUAL "sandbox" AND NOT module STREQUAL "main")
                    offend("${rel}" "${line}" "only ui/main starts the sandbox")
                endif()
            endif()
        elseif(top STREQUAL "app")
            if(header MATCHES "^(QtWidgets|QtGui)(/|$)" OR header MATCHES "^(${gui_classes})$")
                offend("${rel}" "${line}" "app/ must stay free of QtWidgets/QtGui")
            elseif(module STREQUAL "model" AND header MATCHES "^Q")
                # Qt Core only: the header must be one of QtCore's.
                if(NOT header STREQUAL "QtCore" AND NOT EXISTS "${QTCORE_DIR}/${header}")
                    offend("${rel}" "${line}" "app/model uses Qt Core only")
                endif()
            endif()
        endif()
    endforeach()
endforeach()

# app/model links Qt Core only.
file(READ "${SOURCE_DIR}/app/model/CMakeLists.txt" model_cmake)
if(model_cmake MATCHES "Qt6?::(Network|Sql|Gui|Widgets|HttpServer)")
    list(APPEND offenders "app/model/CMakeLists.txt: links more than Qt Core")
endif()
file(GLOB app_cmakes "${SOURCE_DIR}/app/*/CMakeLists.txt")
foreach(f IN LISTS app_cmakes)
    file(STRINGS "${f}" lines REGEX "Qt6?::(Widgets|Gui)|Qt6? (Widgets|Gui)")
    foreach(line IN LISTS lines)
        list(APPEND offenders "${f}: ${line}  (app/ must stay free of QtWidgets/QtGui)")
    endforeach()
endforeach()

list(FILTER offenders EXCLUDE REGEX "^$")
if(offenders)
    list(JOIN offenders "\n  " msg)
    message(FATAL_ERROR "Includes against the layers (DESIGN.md \"Architecture\"):\n  ${msg}")
endif()
list(LENGTH sources count)
message(STATUS "${count} sources follow the layers")
