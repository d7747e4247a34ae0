#!/bin/sh
# Runs a keychain test inside a private D-Bus session with a fresh, unlocked
# gnome-keyring-daemon and throwaway HOME/XDG directories, so that it never
# sees or touches the real user's keyring. Everything is removed afterwards.
#
#   run-in-private-keyring.sh [--no-keyring] TEST-BINARY [ARGS...]
#
# --no-keyring: the private bus cannot start a keyring by itself (no D-Bus
# service activation) and none is started; the test starts gnome-keyring-daemon
# when it wants one, playing a keyring that comes up late after login.
#
# Missing tools make the test fail with a message, never pass silently.
set -u

me=run-in-private-keyring.sh
fail() {
    printf '%s: FAIL: %s\n' "$me" "$*" >&2
    exit 1
}
need() {
    command -v "$1" >/dev/null 2>&1 ||
        fail "'$1' is missing: install the Debian package $2 (scripts/test.sh installs it)"
}

need dbus-run-session "dbus-bin (pulled in by dbus-x11 or dbus)"
need dbus-send "dbus-bin (pulled in by dbus-x11 or dbus)"
need gnome-keyring-daemon gnome-keyring
need mktemp coreutils

mode=keyring
if [ "${1:-}" = --no-keyring ]; then
    mode=no-keyring
    shift
fi
[ $# -ge 1 ] || fail "usage: $me [--no-keyring] TEST-BINARY [ARGS...]"

if [ "${LEADDESK_PRIVATE_BUS_STAGE:-}" != inside ]; then
    # Outside: make the throwaway directory, start the private bus, come back inside.
    tmp=$(mktemp -d "${TMPDIR:-/tmp}/leaddesk-keyring.XXXXXX") || fail "mktemp failed"
    trap 'rm -rf "$tmp"' EXIT
    trap 'exit 130' INT TERM HUP
    export LEADDESK_PRIVATE_BUS_STAGE=inside LEADDESK_PRIVATE_TMP="$tmp"
    export LEADDESK_OUTER_BUS="${DBUS_SESSION_BUS_ADDRESS:-}"
    if [ "$mode" = no-keyring ]; then
        # A session bus without service directories: nothing is auto-started.
        {
            echo '<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"'
            echo ' "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">'
            echo '<busconfig>'
            echo '  <type>session</type>'
            echo '  <keep_umask/>'
            echo "  <listen>unix:dir=$tmp</listen>"
            echo '  <auth>EXTERNAL</auth>'
            echo '  <policy context="default">'
            echo '    <allow send_destination="*" eavesdrop="true"/>'
            echo '    <allow eavesdrop="true"/>'
            echo '    <allow own="*"/>'
            echo '  </policy>'
            echo '</busconfig>'
        } >"$tmp/bus.conf"
        dbus-run-session --config-file="$tmp/bus.conf" -- sh "$0" --no-keyring "$@"
    else
        dbus-run-session -- sh "$0" "$@"
    fi
    exit $?
fi

# Inside the private session.
tmp=${LEADDESK_PRIVATE_TMP:?}
if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ] ||
    [ "$DBUS_SESSION_BUS_ADDRESS" = "${LEADDESK_OUTER_BUS:-}" ]; then
    fail "not inside a private D-Bus session; refusing to go near the real keyring"
fi
unset LEADDESK_PRIVATE_BUS_STAGE LEADDESK_PRIVATE_TMP LEADDESK_OUTER_BUS

export HOME="$tmp/home" XDG_DATA_HOME="$tmp/data" XDG_CONFIG_HOME="$tmp/config"
export XDG_CACHE_HOME="$tmp/cache" XDG_RUNTIME_DIR="$tmp/run"
mkdir -p "$HOME" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR" ||
    fail "cannot create the throwaway directories in $tmp"
chmod 700 "$XDG_RUNTIME_DIR"
# Nothing may lead to the user's own keyring or wallet; without a desktop
# name QtKeychain picks the Secret Service (libsecret).
unset GNOME_KEYRING_CONTROL GNOME_KEYRING_PID SSH_AUTH_SOCK XDG_CURRENT_DESKTOP \
    DESKTOP_SESSION KDE_FULL_SESSION KDE_SESSION_VERSION GNOME_DESKTOP_SESSION_ID
export LEADDESK_PRIVATE_KEYRING=1

bus_call() {
    dbus-send --session --print-reply=literal --dest=org.freedesktop.DBus \
        /org/freedesktop/DBus "org.freedesktop.DBus.$1" string:org.freedesktop.secrets 2>/dev/null
}
stop_keyring() {
    pid=$(bus_call GetConnectionUnixProcessID | awk '{ print $2 }')
    if [ -n "$pid" ]; then
        kill "$pid" 2>/dev/null
    fi
    return 0
}
trap stop_keyring EXIT
trap 'exit 130' INT TERM HUP

if [ "$mode" = keyring ]; then
    # --unlock creates the login keyring with the password read from stdin and unlocks it.
    out=$(printf 'test\n' | gnome-keyring-daemon --unlock --components=secrets) ||
        fail "gnome-keyring-daemon did not start"
    for assignment in $out; do
        case $assignment in *=*) export "$assignment" ;; esac
    done
    tries=0
    until bus_call NameHasOwner | grep -q true; do
        tries=$((tries + 1))
        [ "$tries" -le 100 ] ||
            fail "gnome-keyring-daemon did not take org.freedesktop.secrets within 10 s"
        sleep 0.1
    done
else
    export LEADDESK_KEYRING_NOT_STARTED=1
fi

"$@"
