#!/usr/bin/env bash
# Installs what is missing, builds LeadDesk and runs every test under CTest.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

ensure_packages "${LEADDESK_PACKAGES[@]}"
configure_and_build debug

log "running the tests"
cd "$LEADDESK_ROOT"
export QT_QPA_PLATFORM=offscreen
ctest --preset debug -j2 --timeout 600 "$@"
