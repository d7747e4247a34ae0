# Shared by scripts/test.sh and scripts/run.sh: install what is missing, then
# configure and build. Source it; do not run it.

LEADDESK_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# Debian 12 packages the build, the tests and the app need.
LEADDESK_PACKAGES=(
    cmake g++ make pkg-config
    qt6-base-dev qt6-base-dev-tools libgl-dev
    qt6-httpserver-dev qt6-websockets-dev
    qtkeychain-qt6-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libquazip1-qt6-dev
    libqt6sql6-sqlite libqt6svg6 qt6-qpa-plugins qt6-translations-l10n
    iso-codes
    libphonenumber-dev libzxing-dev libpng-dev libjpeg-dev
    xvfb xauth gnome-keyring dbus-x11 libsecret-tools
    curl
    dpkg-dev file desktop-file-utils appstream libsecret-1-0
    clang-format
)

log() { printf '==> %s\n' "$*" >&2; }

ensure_packages() {
    local missing=()
    local pkg
    for pkg in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$pkg")
        fi
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    log "installing missing packages: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { log "need root to install: ${missing[*]}"; return 1; }
        sudo=(sudo -n)
    fi
    export DEBIAN_FRONTEND=noninteractive
    if ! "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}" >/tmp/leaddesk-apt.log 2>&1; then
        log "apt-get install failed; updating the package lists and trying again"
        "${sudo[@]}" apt-get update -q >>/tmp/leaddesk-apt.log 2>&1 || true
        "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}" >>/tmp/leaddesk-apt.log 2>&1 || {
            tail -20 /tmp/leaddesk-apt.log >&2
            log "could not install: ${missing[*]}"
            return 1
        }
    fi
}

# configure_and_build <preset> [targets…]
configure_and_build() {
    local preset=$1
    shift
    cd "$LEADDESK_ROOT"
    log "configuring ($preset)"
    cmake --preset "$preset" >/dev/null
    log "building ($preset, -j2)"
    if [ $# -gt 0 ]; then
        cmake --build --preset "$preset" -j2 --target "$@"
    else
        cmake --build --preset "$preset" -j2
    fi
}
