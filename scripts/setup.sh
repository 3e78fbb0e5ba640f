#!/usr/bin/env bash
# Set up nsdesk on a Debian/Ubuntu machine: system libraries for a Qt window, fonts with
# Vietnamese glyphs, and a virtualenv in .venv with nsdesk installed in editable mode.
#
#   bash scripts/setup.sh           # what the app needs
#   bash scripts/setup.sh --test    # plus PostgreSQL, Xvfb and the test tools (.[test])
#
# Idempotent: packages already installed (dpkg -s) are not asked for again, and the pip step is
# skipped while pyproject.toml is unchanged since the last successful install.
# Environment: PYTHON (interpreter for the venv, default python3), NSDESK_VENV (default .venv).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

MODE=app
for arg in "$@"; do
    case "$arg" in
        --test) MODE="test" ;;
        -h|--help) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "setup.sh: unknown option $arg" >&2; exit 2 ;;
    esac
done

say() { printf '==> %s\n' "$*"; }
die() { printf 'setup.sh: ERROR: %s\n' "$*" >&2; exit 1; }

# Run a noisy command with its output in a log; show the log's end only if it fails.
LOG="$(mktemp -t nsdesk-setup.XXXXXX)"
trap 'rm -f "$LOG"' EXIT
quiet() {
    if ! "$@" >"$LOG" 2>&1 </dev/null; then
        tail -n 40 "$LOG" >&2
        return 1
    fi
}

# --- Debian packages --------------------------------------------------------------------------

# Qt's xcb platform plugin (a real window) and the offscreen plugin (tests), plus fonts that
# carry every Vietnamese glyph (DejaVu and Noto both do).
APP_PACKAGES=(
    libxcb-cursor0 libegl1 libxkbcommon0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1
    libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libxcb-render-util0 libxcb-image0 libxcb-xkb1
    libxcb-xfixes0 libxcb-sync1 libxcb-shm0 libx11-xcb1 libgl1 libglib2.0-0 libfreetype6
    libfontconfig1 libdbus-1-3 fontconfig fonts-dejavu-core fonts-noto-core
)
TEST_PACKAGES=(postgresql postgresql-client xvfb xauth)

PACKAGES=("${APP_PACKAGES[@]}")
[ "$MODE" = test ] && PACKAGES+=("${TEST_PACKAGES[@]}")

# A venv needs ensurepip; Debian's own python3 ships it in python3-venv.
PYTHON="${PYTHON:-python3}"
if ! command -v "$PYTHON" >/dev/null 2>&1; then
    PACKAGES+=(python3 python3-venv)
    PYTHON=python3
elif ! "$PYTHON" -c 'import ensurepip, venv' >/dev/null 2>&1; then
    PACKAGES+=(python3-venv)
fi

missing=()
for pkg in "${PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q '^install ok installed$'; then
        missing+=("$pkg")
    fi
done

if [ "${#missing[@]}" -eq 0 ]; then
    say "Debian packages: all ${#PACKAGES[@]} already installed"
elif ! command -v apt-get >/dev/null 2>&1; then
    die "not a Debian-like system (no apt-get); install the equivalents of: ${missing[*]}"
else
    SUDO=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null 2>&1 || die "need root or sudo to install: ${missing[*]}"
        SUDO=(sudo)
    fi
    say "Installing Debian packages: ${missing[*]}"
    quiet "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update || die "apt-get update failed"
    quiet "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}" \
        || die "apt-get install failed for: ${missing[*]}"
fi

# --- virtualenv -------------------------------------------------------------------------------

VENV="${NSDESK_VENV:-$ROOT/.venv}"
if [ ! -x "$VENV/bin/python" ] || ! "$VENV/bin/python" -c 'import sys' >/dev/null 2>&1; then
    say "Creating virtualenv $VENV with $("$PYTHON" --version 2>&1)"
    rm -rf "$VENV"
    "$PYTHON" -m venv "$VENV" || die "could not create a virtualenv with $PYTHON"
fi
"$VENV/bin/python" -c 'import sys; sys.exit(sys.version_info < (3, 10))' \
    || die "nsdesk needs Python >= 3.10; set PYTHON=/path/to/python3.11 and remove $VENV"

EXTRAS=""
[ "$MODE" = test ] && EXTRAS="[test]"
STAMP="$VENV/.nsdesk-install-$MODE"
want="$( (cat pyproject.toml; echo "$MODE") | sha256sum | cut -d' ' -f1)"
if [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$want" ] && [ -x "$VENV/bin/nsdesk" ]; then
    say "Python packages: up to date (pip install -e .$EXTRAS skipped)"
else
    say "Installing nsdesk into $VENV: pip install -e .$EXTRAS"
    quiet "$VENV/bin/python" -m pip install --disable-pip-version-check --progress-bar off -e ".$EXTRAS" \
        || die "pip install -e .$EXTRAS failed"
    # Installing the test extras also satisfies the app; don't let a later app-only run redo it.
    echo "$want" > "$STAMP"
    [ "$MODE" = test ] && (cat pyproject.toml; echo app) | sha256sum | cut -d' ' -f1 > "$VENV/.nsdesk-install-app"
fi

# --- check that Qt finds every shared library it needs for a window ---------------------------

qt_dir="$("$VENV/bin/python" - <<'PY'
import importlib.util, os
spec = importlib.util.find_spec("PySide6")
print(os.path.join(os.path.dirname(spec.origin), "Qt") if spec and spec.origin else "")
PY
)"
if [ -n "$qt_dir" ] && [ -f "$qt_dir/plugins/platforms/libqxcb.so" ] && command -v ldd >/dev/null 2>&1; then
    not_found="$(ldd "$qt_dir/plugins/platforms/libqxcb.so" "$qt_dir/plugins/platforms/libqoffscreen.so" 2>/dev/null \
        | awk '/not found/{print $1}' | sort -u | tr '\n' ' ')"
    [ -z "$not_found" ] || die "Qt cannot load its window plugin, missing libraries: $not_found"
fi

say "Ready: $VENV/bin/nsdesk"
