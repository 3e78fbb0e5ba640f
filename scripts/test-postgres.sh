#!/usr/bin/env bash
# Start a PostgreSQL server for the test suite and print its URL on stdout.
#
# Uses a dedicated cluster (default name "nsdesk_ci", port 5439) made with Debian's cluster tools,
# so it never touches a developer's own server. The server refuses to run as root, so the
# cluster belongs to the "postgres" user; pg_ctlcluster starts it as that user. Safe to re-run:
# an existing cluster, role and database are reused (the password is reset every time).
#
# Environment: NSDESK_CI_PG_CLUSTER, NSDESK_CI_PG_PORT, NSDESK_CI_PG_USER, NSDESK_CI_PG_PASSWORD,
# NSDESK_CI_PG_DB. Needs the Debian packages postgresql and postgresql-client (scripts/setup.sh --test).
set -euo pipefail

CLUSTER="${NSDESK_CI_PG_CLUSTER:-nsdesk_ci}"
PORT="${NSDESK_CI_PG_PORT:-5439}"
PGUSER_CI="${NSDESK_CI_PG_USER:-nsdesk_ci}"
PGPASS_CI="${NSDESK_CI_PG_PASSWORD:-nsdesk_ci}"
PGDB_CI="${NSDESK_CI_PG_DB:-nsdesk_ci}"

log() { printf '==> %s\n' "$*" >&2; }
die() {
    printf '\ntest-postgres.sh: ERROR: PostgreSQL could not be started: %s\n' "$*" >&2
    if [ -n "${LOGFILE:-}" ] && [ -r "$LOGFILE" ]; then
        printf -- '--- last lines of %s ---\n' "$LOGFILE" >&2
        tail -n 30 "$LOGFILE" >&2 || true
    fi
    exit 1
}

for tool in pg_lsclusters pg_createcluster pg_ctlcluster pg_isready psql; do
    command -v "$tool" >/dev/null 2>&1 || die "'$tool' not found; install the Debian packages postgresql and postgresql-client"
done

SUDO=()
if [ "$(id -u)" -eq 0 ]; then
    as_postgres() { (cd / && runuser -u postgres -- "$@"); }
elif [ "$(id -un)" = postgres ]; then
    as_postgres() { (cd / && "$@"); }
else
    command -v sudo >/dev/null 2>&1 || die "need root or sudo to manage the cluster"
    as_postgres() { (cd / && sudo -u postgres -- "$@"); }
    SUDO=(sudo)
fi

# The newest installed server version (not hard-coded: Debian 12 ships 15, Debian 13 ships 17).
VERSION="$(find /usr/lib/postgresql -mindepth 3 -maxdepth 3 -path '*/bin/postgres' 2>/dev/null \
    | awk -F/ '{print $5}' | sort -n | tail -n 1)"
[ -n "$VERSION" ] || die "no PostgreSQL server binaries under /usr/lib/postgresql (install the package postgresql)"

# Columns of pg_lsclusters -h: version cluster port status owner datadir logfile.
row="$(pg_lsclusters -h 2>/dev/null | awk -v c="$CLUSTER" '$2 == c' | sort -n | tail -n 1 || true)"
if [ -z "$row" ]; then
    log "Creating PostgreSQL $VERSION cluster '$CLUSTER' on port $PORT"
    # UTF-8 regardless of the caller's locale (an unset LANG would give SQL_ASCII).
    if ! out="$("${SUDO[@]}" pg_createcluster --locale C.UTF-8 --encoding UTF8 --port "$PORT" --start-conf manual \
        "$VERSION" "$CLUSTER" 2>&1 </dev/null)"; then
        printf '%s\n' "$out" >&2
        die "pg_createcluster $VERSION $CLUSTER --port $PORT failed"
    fi
    row="$(pg_lsclusters -h | awk -v c="$CLUSTER" '$2 == c' | sort -n | tail -n 1)"
fi
read -r VERSION _ PORT STATUS _ _ LOGFILE <<<"$row"

# The socket directory lives on a tmpfs on many systems and may be gone after a reboot.
if [ ! -d /var/run/postgresql ]; then
    install -d -o postgres -g postgres -m 2775 /var/run/postgresql 2>/dev/null \
        || sudo install -d -o postgres -g postgres -m 2775 /var/run/postgresql || true
fi

if [ "$STATUS" != online ]; then
    log "Starting PostgreSQL $VERSION cluster '$CLUSTER' on port $PORT"
    "${SUDO[@]}" pg_ctlcluster "$VERSION" "$CLUSTER" start </dev/null >&2 || die "pg_ctlcluster $VERSION $CLUSTER start failed"
fi

ready=""
for _ in $(seq 1 60); do
    if pg_isready -q -h 127.0.0.1 -p "$PORT"; then ready=yes; break; fi
    sleep 0.5
done
[ -n "$ready" ] || die "the server on 127.0.0.1:$PORT did not accept connections within 30 s"

# A throw-away test cluster: no fsync, so that the tests' many CREATE/DROP DATABASE (each a
# checkpoint) take milliseconds instead of seconds. Never do this to a server that holds real data.
as_postgres psql -q -X -v ON_ERROR_STOP=1 -p "$PORT" -d postgres >/dev/null <<'SQL' \
    || die "could not tune the test cluster"
ALTER SYSTEM SET fsync = off;
ALTER SYSTEM SET synchronous_commit = off;
ALTER SYSTEM SET full_page_writes = off;
SELECT pg_reload_conf();
SQL

# A superuser role (the tests create and drop their own databases) with a password, and its database.
as_postgres psql -q -X -v ON_ERROR_STOP=1 -p "$PORT" -d postgres \
    -v user="$PGUSER_CI" -v pass="$PGPASS_CI" -v dbname="$PGDB_CI" >/dev/null <<'SQL' \
    || die "could not create the role and database"
SELECT format('CREATE ROLE %I', :'user') WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'user') \gexec
SELECT format('ALTER ROLE %I WITH LOGIN SUPERUSER PASSWORD %L', :'user', :'pass') \gexec
SELECT format('CREATE DATABASE %I OWNER %I ENCODING %L TEMPLATE template0', :'dbname', :'user', 'UTF8')
    WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = :'dbname') \gexec
SQL

URL="postgresql://$PGUSER_CI:$PGPASS_CI@127.0.0.1:$PORT/$PGDB_CI"
PGPASSWORD="$PGPASS_CI" psql -q -X -At -h 127.0.0.1 -p "$PORT" -U "$PGUSER_CI" -d "$PGDB_CI" \
    -c 'SELECT 1' >/dev/null 2>&1 </dev/null \
    || die "the server runs but $PGUSER_CI cannot log in with its password over TCP"

log "PostgreSQL $VERSION ready: cluster '$CLUSTER' at 127.0.0.1:$PORT, database $PGDB_CI"
printf '%s\n' "$URL"
