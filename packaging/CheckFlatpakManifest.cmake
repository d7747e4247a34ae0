# The Flatpak manifest cannot be built here (no flatpak, no network), so this
# holds it to what LeadDesk needs: the app id, the KDE runtime, the command,
# the sandbox holes QtKeychain and the platform need, and the modules.
#   cmake -DMANIFEST=… -DAPP_ID=… -P CheckFlatpakManifest.cmake
file(READ "${MANIFEST}" manifest)
set(missing "")
foreach(line
        "id: ${APP_ID}"
        "runtime: org.kde.Platform"
        "sdk: org.kde.Sdk"
        "command: leaddesk"
        "- --share=ipc"
        "- --socket=wayland"
        "- --socket=fallback-x11"
        "- --device=dri"
        "- --share=network"
        "- --talk-name=org.freedesktop.secrets"
        "- --talk-name=org.kde.kwalletd6"
        "- --talk-name=org.kde.kwalletd5"
        "- name: qtkeychain"
        "- -DBUILD_WITH_QT6=ON"
        "- name: leaddesk")
    if(NOT manifest MATCHES "\n *${line}\n")
        string(APPEND missing "\n  ${line}")
    endif()
endforeach()
if(NOT manifest MATCHES "\nruntime-version: '6\\.[0-9]+'\n")
    string(APPEND missing "\n  runtime-version: '6.x'")
endif()
if(missing)
    message(FATAL_ERROR "${MANIFEST} lacks:${missing}")
endif()
message(STATUS "${MANIFEST}: app id, KDE 6 runtime, permissions and modules present")
