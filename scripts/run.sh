#!/usr/bin/env bash
# Set up nsdesk (scripts/setup.sh) and start it. With no arguments it opens the main window on
# the default database (SQLite in the user data folder); any arguments go to nsdesk, e.g.
#   bash scripts/run.sh --db ~/nsdesk-thu.sqlite
#   bash scripts/run.sh info --json
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${NSDESK_VENV:-$ROOT/.venv}"

bash "$ROOT/scripts/setup.sh"

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    case "${1:-}" in
        ""|--db|--db=*)
            echo "run.sh: no display (DISPLAY is not set); the window cannot open here." >&2
            echo "        For a picture of it use: bash scripts/screenshot.sh" >&2 ;;
    esac
fi
exec "$VENV/bin/nsdesk" "$@"
