#!/usr/bin/env bash
# Installs what is missing, builds LeadDesk and runs every test under CTest;
# then builds the Debian package, installs it and asks the installed programs
# for their version.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

ensure_packages "${LEADDESK_PACKAGES[@]}"
configure_and_build debug

log "running the tests"
cd "$LEADDESK_ROOT"
export QT_QPA_PLATFORM=offscreen
ctest --preset debug -j2 --timeout 600 "$@"

# The package is made from the tree just built and tested: CPack does not care
# about the build type (it strips the binaries), and a second, release build
# would cost minutes. A release package: README "Packaging".
build_dir="$LEADDESK_ROOT/build/debug"
package_dir="$build_dir/package"
log "building the Debian package (cpack -G DEB)"
rm -rf "$package_dir"
if ! (cd "$build_dir" && cpack -G DEB -B "$package_dir") >"$build_dir/cpack.log" 2>&1; then
    tail -30 "$build_dir/cpack.log" >&2
    log "cpack failed (the whole log: $build_dir/cpack.log)"
    exit 1
fi
debs=("$package_dir"/leaddesk_*.deb)
deb=${debs[0]}
version=$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$build_dir/CPackConfig.cmake")
if [ ! -f "$deb" ] || [ -z "$version" ] || [ "$(dpkg-deb -f "$deb" Version)" != "$version" ]; then
    log "no package for version '$version' in $package_dir"
    exit 1
fi
log "$(basename "$deb"), Depends: $(dpkg-deb -f "$deb" Depends)"

root=""
sudo=()
[ "$(id -u)" -eq 0 ] || sudo=(sudo -n)
if [ "$(id -u)" -eq 0 ] || sudo -n true 2>/dev/null; then
    log "installing it (dpkg -i)"
    if ! "${sudo[@]}" dpkg -i "$deb" >"$build_dir/dpkg.log" 2>&1; then
        cat "$build_dir/dpkg.log" >&2
        log "dpkg -i failed"
        exit 1
    fi
    for program in leaddesk leaddesk-cli; do
        if [ "$(dpkg-query -S "/usr/bin/$program" 2>/dev/null)" != "leaddesk: /usr/bin/$program" ]; then
            log "/usr/bin/$program does not come from the leaddesk package"
            exit 1
        fi
    done
else
    root=$(mktemp -d)
    trap 'rm -rf "$root"' EXIT
    dpkg-deb -x "$deb" "$root"
    log "not root and no 'sudo -n': unpacked the package into $root instead of installing it"
fi

# No display and no platform plugin: --version must not need one.
for program in leaddesk leaddesk-cli; do
    status=0
    out=$(env -u DISPLAY -u WAYLAND_DISPLAY QT_QPA_PLATFORM=no-such-platform \
        "$root/usr/bin/$program" --version 2>"$build_dir/version.err") || status=$?
    if [ "$status" -ne 0 ] || [[ "$out" != *" $version" ]]; then
        cat "$build_dir/version.err" >&2
        log "$root/usr/bin/$program --version: exit $status, printed '$out', not version $version"
        exit 1
    fi
    log "$root/usr/bin/$program --version: $out"
done
[ -n "$root" ] || log "leaddesk $version is installed; 'dpkg -r leaddesk' removes it"
