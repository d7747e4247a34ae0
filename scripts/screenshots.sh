#!/usr/bin/env bash
# Takes the README's screenshots under Xvfb (with openbox when it is installed):
# the welcome dialog, the lead form, the duplicate radar's offer, the capture
# confirmation and the import's dry run, driven with xdotool as a person would.
# Writes docs/*.png.
#   scripts/screenshots.sh [build-dir]
#   SCREENSHOT_LANGUAGE=de scripts/screenshots.sh    (German ones, docs/*-de.png)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build/release}
language=${SCREENSHOT_LANGUAGE:-en}
suffix=${SCREENSHOT_SUFFIX:-}
[ "$language" = en ] || suffix=${suffix:-"-$language"}
export LEADDESK_LANGUAGE=$language
# Dates follow the system's locale: 15/03/2027 in Australia, 15.03.2027 in Germany.
case $language in
de) export LANG=de_DE.UTF-8 ;;
fr) export LANG=fr_FR.UTF-8 ;;
*) export LANG=en_AU.UTF-8 ;;
esac
command -v xvfb-run >/dev/null && command -v xdotool >/dev/null && command -v import >/dev/null || {
    echo "needs xvfb-run, xdotool and ImageMagick's import (apt-get install xvfb xdotool imagemagick)" >&2
    exit 1
}
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
export LEADDESK_BIN="$build/bin/leaddesk" LEADDESK_SHOTS="$root/docs" LEADDESK_DATA="$data" SUFFIX="$suffix"
xvfb-run -a -s '-screen 0 1920x1080x24' bash -c '
set -e
export QT_LOGGING_RULES="leaddesk.*=false"
# A window manager, as on a desktop: focus, placement and the window geometry LeadDesk asks for.
if command -v openbox >/dev/null; then openbox >/dev/null 2>&1 & sleep 1; fi
"$LEADDESK_BIN" --data-dir "$LEADDESK_DATA" &
app=$!
wait_for() { for _ in $(seq 100); do id=$(xdotool search --onlyvisible --name "$1" 2>/dev/null | head -1) && [ -n "$id" ] && { echo "$id"; return; }; sleep 0.1; done; echo "no window $1" >&2; exit 1; }
welcome=$(wait_for "LeadDesk$")
sleep 1
import -window "$welcome" "$LEADDESK_SHOTS/welcome$SUFFIX.png"
# Try the sandbox: the second choice.
xdotool windowfocus --sync "$welcome" key Tab key space
sleep 3
# Once the welcome dialog is gone, the window named "<form> — LeadDesk" (in every
# language) is the main window.
for _ in $(seq 100); do xdotool getwindowname "$welcome" >/dev/null 2>&1 || break; sleep 0.1; done
main=$(wait_for "LeadDesk$")
# Wide enough for two columns: the lead fields and the custom fields side by side.
xdotool windowmove "$main" 0 0 windowsize "$main" 1900 1000
sleep 1
xdotool windowfocus --sync "$main"
xdotool type --delay 20 "Annual sales kick-off"
xdotool key Tab; sleep 0.2; xdotool type --delay 20 "Goo"; sleep 0.3
xdotool key Tab; sleep 0.2; xdotool type --delay 20 "Corp"; sleep 0.5
xdotool key Tab; sleep 0.2; xdotool type --delay 20 "Team"; sleep 0.5
sleep 1
import -window "$main" "$LEADDESK_SHOTS/lead-form$SUFFIX.png"
# The duplicate radar: a new company (Ctrl+Shift+N) typed as a rep would, in lower case and
# without its legal form, is offered the seeded "Acme Conferences Pty Ltd" under the field.
xdotool key ctrl+shift+n; sleep 1
xdotool type --delay 40 "acme conferences"; sleep 1.5
import -window "$main" "$LEADDESK_SHOTS/radar$SUFFIX.png"
# Capture: a one-line signature typed into a new contact form, copied, then pasted as
# a contact (Ctrl+Shift+V) shows the confirmation.
xdotool key ctrl+alt+n; sleep 1
xdotool type --delay 10 "Sarah Mitchell | Senior Event Manager | Harbour View Events Pty Ltd | 0412 555 019 | sarah.mitchell@harbourviewevents.com.au"
xdotool key ctrl+a ctrl+c; sleep 0.3
xdotool key ctrl+shift+v
dialog=$(wait_for "^Contact recognised$|^Kontakt erkannt$|^Contact reconnu$")
sleep 1
import -window "$dialog" "$LEADDESK_SHOTS/capture$SUFFIX.png"
# Import: File → Import leads… (Ctrl+I) on a trade-show file; the dry-run table after the
# columns page (a few rows with problems, tinted).
xdotool key Escape; sleep 0.5
xdotool windowfocus --sync "$main" key ctrl+i
# The file chooser takes the keyboard (its title is translated: no waiting on it by name).
sleep 1.5
xdotool type --delay 10 "$LEADDESK_SHOTS/../tests/data/import/trade-show.csv"
xdotool key Return
wizard=$(wait_for "trade-show.csv")
xdotool windowmove "$wizard" 0 0 windowsize "$wizard" 1280 720
sleep 1
# Enter is Next in every language: the file page, then the columns page.
xdotool windowfocus --sync "$wizard" key Return; sleep 1
xdotool key Return; sleep 3
import -window "$wizard" "$LEADDESK_SHOTS/import-dry-run$SUFFIX.png"
xdotool key Escape; sleep 0.5
kill $app
'
echo "wrote $root/docs/welcome$suffix.png, lead-form$suffix.png, radar$suffix.png, capture$suffix.png and import-dry-run$suffix.png"
