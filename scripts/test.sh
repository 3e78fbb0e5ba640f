#!/usr/bin/env bash
# Set up everything and run the whole nsdesk test suite, on SQLite and on a real PostgreSQL server.
#
#   bash scripts/test.sh              # what .ci/run does
#   bash scripts/test.sh -k office    # extra arguments go to pytest
#
# 1. scripts/setup.sh --test: Debian packages (Qt libraries, fonts, PostgreSQL, Xvfb) and .venv
#    with nsdesk[test];
# 2. scripts/test-postgres.sh: a dedicated PostgreSQL cluster "nsdesk_ci" on 127.0.0.1:5439,
#    exported to the tests as NSDESK_TEST_PG_URL;
# 3. checks that Xvfb starts (the smoke tests start their own);
# 4. ruff check (lint, including the rule that keeps Qt out of models/services/reports/xlsx), then
#    lint-imports (the layer contracts in pyproject.toml [tool.importlinter]), then mypy (the types,
#    pyproject.toml [tool.mypy]; it also warms .mypy_cache for tests/test_types.py);
# 5. pytest over the whole suite with QT_QPA_PLATFORM=offscreen.
# Fails (non-zero exit, clear message) if PostgreSQL or Xvfb cannot start, ruff finds problems,
# lint-imports finds a broken contract, mypy finds a type error or no test ran; never skips the
# PostgreSQL tests. The last lines printed are pytest's own summary.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
VENV="${NSDESK_VENV:-$ROOT/.venv}"
START=$SECONDS

say() { printf '==> %s\n' "$*"; }
die() { printf '\ntest.sh: ERROR: %s\n' "$*" >&2; exit 1; }

# 1. packages and virtualenv
bash scripts/setup.sh --test || die "setup failed (see above)"

# 2. PostgreSQL
NSDESK_TEST_PG_URL="$(bash scripts/test-postgres.sh)" || die "PostgreSQL is required for the test suite and did not start (see above)"
[ -n "$NSDESK_TEST_PG_URL" ] || die "scripts/test-postgres.sh printed no URL"
export NSDESK_TEST_PG_URL

# 3. Xvfb: present and able to start a display
command -v Xvfb >/dev/null 2>&1 || die "Xvfb not found on PATH (Debian package xvfb); the window smoke test needs it"
xdir="$(mktemp -d -t nsdesk-xvfb.XXXXXX)"
Xvfb -displayfd 3 -screen 0 640x480x24 -nolisten tcp 3>"$xdir/display" 2>"$xdir/log" </dev/null &
xpid=$!
for _ in $(seq 1 100); do
    [ -s "$xdir/display" ] && break
    kill -0 "$xpid" 2>/dev/null || break
    sleep 0.1
done
if [ -s "$xdir/display" ]; then
    say "Xvfb starts (test display :$(tr -d '\n' <"$xdir/display"))"
    kill "$xpid" 2>/dev/null || true
    wait "$xpid" 2>/dev/null || true
    rm -rf "$xdir"
else
    kill "$xpid" 2>/dev/null || true
    tail -n 20 "$xdir/log" >&2 || true
    die "Xvfb could not start a display within 10 s (log above)"
fi

# 4. lint
say "ruff check"
# A lint failure fails the run, but the tests still run first so one CI run reports both.
lint_ok=yes
"$VENV/bin/ruff" check --output-format concise . || { lint_ok=""; say "ruff check FAILED (problems above); running the tests anyway"; }
say "lint-imports"
"$VENV/bin/lint-imports" --no-logo || { lint_ok=""; say "lint-imports FAILED (broken contracts above); running the tests anyway"; }
say "mypy"
"$VENV/bin/mypy" || { lint_ok=""; say "mypy FAILED (type errors above); running the tests anyway"; }

# 5. the suite
export QT_QPA_PLATFORM=offscreen
say "Setup took $((SECONDS - START)) s; running pytest (PostgreSQL: ${NSDESK_TEST_PG_URL%%:*}://…@${NSDESK_TEST_PG_URL##*@})"
set +e
"$VENV/bin/python" -m pytest "$@" </dev/null
rc=$?
set -e
case "$rc" in
    0) [ -n "$lint_ok" ] || die "the tests passed but ruff check, lint-imports or mypy found problems (listed before the tests)"
       exit 0 ;;
    5) die "pytest collected no tests (exit 5): that is a failure, not a pass" ;;
    *) exit "$rc" ;;
esac
