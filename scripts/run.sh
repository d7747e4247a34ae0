#!/usr/bin/env bash
# Installs what is missing, builds LeadDesk and runs it: the desktop app, on
# its built-in sandbox the first time. Without a display it says how to run
# it under xvfb-run and shows the command-line demo instead: the sandbox
# platform started, the sample leads in resources/samples submitted through
# leaddesk-cli, each created id printed.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

ensure_packages "${LEADDESK_PACKAGES[@]}"
configure_and_build release leaddesk leaddesk-cli leaddesk-sandbox

bin="$LEADDESK_ROOT/build/release/bin"

if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ "${1:-}" != "--cli-demo" ]; then
    # A first run (no profile yet) opens the sandbox; later runs the chosen profile.
    settings="${XDG_CONFIG_HOME:-$HOME/.config}/LeadDesk/LeadDesk.conf"
    if [ -n "${LEADDESK_DATA_DIR:-}" ]; then
        settings="$LEADDESK_DATA_DIR/settings.ini"
    fi
    if [ -f "$settings" ] && grep -q 'profiles' "$settings"; then
        exec "$bin/leaddesk" "$@"
    fi
    exec "$bin/leaddesk" --sandbox "$@"
fi

if [ "${1:-}" != "--cli-demo" ]; then
    log "no display: to see the app, run it under a virtual display:"
    log "  xvfb-run -a -s '-screen 0 1280x800x24' $bin/leaddesk --sandbox"
    log "showing the command-line demo instead"
fi

out=$(mktemp)
# The demo keeps its cache apart from a real profile's.
export LEADDESK_DATA_DIR=$(mktemp -d)
"$bin/leaddesk-sandbox" >"$out" &
sandbox=$!
trap 'kill $sandbox 2>/dev/null || true; rm -rf "$out" "$LEADDESK_DATA_DIR"' EXIT
for _ in $(seq 50); do
    [ -s "$out" ] && break
    kill -0 $sandbox 2>/dev/null || { log "the sandbox did not start"; exit 1; }
    sleep 0.1
done
url=$(head -n 1 "$out")
log "sandbox platform at $url (nothing leaves this computer)"

export IVVY_API_KEY=sandbox-key IVVY_API_SECRET=sandbox-secret
# The account admin hands reps the lead custom-field definitions.
"$bin/leaddesk-cli" --platform "$url" schema import lead "$LEADDESK_ROOT/resources/sandbox/lead-custom-fields.json" >&2
status=0
for sample in "$LEADDESK_ROOT"/resources/samples/*.json; do
    name=$(basename "$sample" .json)
    kind=lead
    case "$name" in company-*) kind=company ;; contact-*) kind=contact ;; esac
    printf '%-36s ' "$name:"
    "$bin/leaddesk-cli" --platform "$url" submit --kind "$kind" "$sample" || status=$?
done
exit $status
