#!/usr/bin/env bash
# Takes the README's screenshots under Xvfb (a real X server without a window manager, so the windows are
# sized by the tour, undecorated). Needs Debian's xvfb (installed here if missing) and a build made by
# tools/test or tools/run. Usage: tests/tools/take-screenshots.sh [OUTPUT_DIR]   (default docs/screenshots)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
out="${1:-$root/docs/screenshots}"
build="${BUILD_DIR:-build}"
[[ "$build" = /* ]] || build="$root/$build"
if ! command -v Xvfb >/dev/null; then
    apt-get install -y --no-install-recommends xvfb >/dev/null
fi
cmake --build "$build" --target nestogy_screenshot_tour
display=":$((77 + RANDOM % 100))"
Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp &
xvfb=$!
trap 'kill "$xvfb" 2>/dev/null || true' EXIT
for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X${display#:}" ] && break; sleep 0.1; done
tmp="$(mktemp -d)"
DISPLAY="$display" QT_QPA_PLATFORM=xcb HOME="$tmp" XDG_CONFIG_HOME="$tmp/config" \
    "$build/tests/tools/nestogy_screenshot_tour" "$out"
rm -rf "$tmp"
