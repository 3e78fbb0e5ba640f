#!/usr/bin/env bash
# Take a PNG of the nsdesk main window under a temporary Xvfb (for developers and reviews).
#
#   bash scripts/screenshot.sh [OUT.png] [--empty | --db PATH_OR_URL] [--screen] [--size 1366x768] [--wait-ms 3000]
#
# Default: a throw-away demo database (office Phường Đăk Cấm, Quảng Ngãi; 300 demo enterprises)
# with temporary settings folders, so your own data and settings are never touched.
#   --empty        a brand-new installation (no office set yet)
#   --db VALUE     open this database instead (your own settings folders are used)
#   --screen       the whole screen (dialogs included) instead of the main window alone
# OUT defaults to artifacts/screenshot.png. Needs scripts/setup.sh --test (for Xvfb) first.
#
# The app itself writes the PNG through its smoke hooks (NSDESK_SMOKE_SCREENSHOT=<png>,
# NSDESK_SMOKE_QUIT_MS=<ms>); if it has not quit by then, or with --screen, the whole screen is
# grabbed instead.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${NSDESK_VENV:-$ROOT/.venv}"
OUT="$ROOT/artifacts/screenshot.png"
MODE=demo
DB=""
SIZE=1366x768
WAIT_MS=3000
SCREEN=""

die() { printf 'screenshot.sh: ERROR: %s\n' "$*" >&2; exit 1; }

while [ $# -gt 0 ]; do
    case "$1" in
        --empty) MODE=empty ;;
        --screen) SCREEN=yes ;;
        --db) [ $# -ge 2 ] || die "--db needs a value"; MODE=db; DB="$2"; shift ;;
        --db=*) MODE=db; DB="${1#--db=}" ;;
        --size) [ $# -ge 2 ] || die "--size needs WIDTHxHEIGHT"; SIZE="$2"; shift ;;
        --wait-ms) [ $# -ge 2 ] || die "--wait-ms needs a number"; WAIT_MS="$2"; shift ;;
        -h|--help) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        -*) die "unknown option $1" ;;
        *) OUT="$1" ;;
    esac
    shift
done

[ -x "$VENV/bin/nsdesk" ] || die "$VENV/bin/nsdesk not found: run bash scripts/setup.sh --test first"
command -v Xvfb >/dev/null 2>&1 || die "Xvfb not found (Debian package xvfb: bash scripts/setup.sh --test)"
mkdir -p "$(dirname "$OUT")"
OUT="$(cd "$(dirname "$OUT")" && pwd)/$(basename "$OUT")"
rm -f "$OUT"

TMP="$(mktemp -d -t nsdesk-shot.XXXXXX)"
XPID=""
APID=""
cleanup() {
    if [ -n "$APID" ]; then kill "$APID" 2>/dev/null || true; fi
    if [ -n "$XPID" ]; then kill "$XPID" 2>/dev/null || true; fi
    rm -rf "$TMP"
}
trap cleanup EXIT

if [ "$MODE" != db ]; then
    export XDG_DATA_HOME="$TMP/data" XDG_CONFIG_HOME="$TMP/config" XDG_CACHE_HOME="$TMP/cache"
    unset NSDESK_DB
fi
ARGS=()
if [ "$MODE" = demo ]; then
    DB="$TMP/demo.sqlite"
    "$VENV/bin/nsdesk" --db "$DB" init --province "Quảng Ngãi" --commune "Đăk Cấm" --officer "Nguyễn Thị Lan" >/dev/null \
        || die "nsdesk init failed"
    "$VENV/bin/nsdesk" --db "$DB" demo --enterprises 300 >/dev/null || die "nsdesk demo failed"
fi
[ -n "$DB" ] && ARGS=(--db "$DB")

Xvfb -displayfd 3 -screen 0 "${SIZE}x24" -nolisten tcp 3>"$TMP/display" 2>"$TMP/xvfb.log" </dev/null &
XPID=$!
for _ in $(seq 1 100); do
    [ -s "$TMP/display" ] && break
    kill -0 "$XPID" 2>/dev/null || break
    sleep 0.1
done
[ -s "$TMP/display" ] || { cat "$TMP/xvfb.log" >&2; die "Xvfb did not start"; }
DISPLAY=":$(tr -d '\n' <"$TMP/display")"
export DISPLAY
export QT_QPA_PLATFORM=xcb

if [ -n "$SCREEN" ]; then
    "$VENV/bin/nsdesk" "${ARGS[@]}" >"$TMP/app.log" 2>&1 </dev/null &
    APID=$!
    sleep "$((WAIT_MS / 1000 + 2))"
    deadline=0
else
    NSDESK_SMOKE_SCREENSHOT="$OUT" NSDESK_SMOKE_QUIT_MS="$WAIT_MS" \
        "$VENV/bin/nsdesk" "${ARGS[@]}" >"$TMP/app.log" 2>&1 </dev/null &
    APID=$!
    # Wait for the app to quit by itself (its hook), a little longer than asked.
    deadline=$((SECONDS + WAIT_MS / 1000 + 15))
fi
while kill -0 "$APID" 2>/dev/null && [ $SECONDS -lt $deadline ] && [ ! -s "$OUT" ]; do sleep 0.2; done
if [ ! -s "$OUT" ] && kill -0 "$APID" 2>/dev/null; then
    [ -n "$SCREEN" ] || echo "screenshot.sh: the app wrote no screenshot itself; grabbing the screen" >&2
    "$VENV/bin/python" - "$OUT" <<'PY' || die "could not grab the screen"
import sys
from PySide6.QtGui import QGuiApplication
app = QGuiApplication([])
if not app.primaryScreen().grabWindow(0).save(sys.argv[1], "PNG"):
    sys.exit(1)
PY
fi
# Give a hook that writes before quitting a moment to finish.
[ -n "$SCREEN" ] || for _ in $(seq 1 50); do kill -0 "$APID" 2>/dev/null || break; sleep 0.1; done

if [ ! -s "$OUT" ]; then
    tail -n 30 "$TMP/app.log" >&2 || true
    die "no screenshot was written (app output above)"
fi
echo "$OUT"
