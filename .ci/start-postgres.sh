#!/usr/bin/env bash
# Start a throwaway PostgreSQL for the test suite on 127.0.0.1 (idempotent).
#
# Installs Debian's postgresql if it is missing, creates a cluster owned by the
# `postgres` user under $PGDIR (default /var/tmp/crossclaim-pg), starts it on
# 127.0.0.1:$PGPORT (default 54329) and makes a login role `crossclaim` that may
# create databases (each test run makes its own database and drops it after).
#
# The last line on stdout is the URL to export:
#   export CROSSCLAIM_TEST_DATABASE_URL="$(bash .ci/start-postgres.sh | tail -n1)"
set -euo pipefail

PGPORT="${PGPORT:-54329}"
PGDIR="${PGDIR:-/var/tmp/crossclaim-pg}"
ROLE=crossclaim
PASSWORD=crossclaim
URL="postgresql+psycopg://${ROLE}:${PASSWORD}@127.0.0.1:${PGPORT}/postgres"

log() { echo "start-postgres: $*" >&2; }

as_postgres() {
    if [ "$(id -un)" = postgres ]; then "$@"; else runuser -u postgres -- "$@"; fi
}

if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    if [ "$(id -u)" != 0 ]; then
        log "PostgreSQL is not installed and this is not root: apt-get install postgresql"
        exit 1
    fi
    log "installing Debian's postgresql"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq postgresql >&2
fi
BIN="$(dirname "$(ls -d /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n1)")"

if [ "$(id -u)" = 0 ] && ! id postgres >/dev/null 2>&1; then
    useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
fi

if as_postgres "$BIN/pg_isready" -q -h 127.0.0.1 -p "$PGPORT"; then
    log "already running on 127.0.0.1:$PGPORT"
else
    if [ ! -s "$PGDIR/PG_VERSION" ]; then
        log "initdb in $PGDIR"
        mkdir -p "$PGDIR"
        chown postgres: "$PGDIR" 2>/dev/null || true
        chmod 700 "$PGDIR"
        as_postgres "$BIN/initdb" -D "$PGDIR" -U postgres --auth-local=trust \
            --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >&2
    fi
    mkdir -p "$PGDIR/run"
    chown postgres: "$PGDIR/run" 2>/dev/null || true
    log "starting on 127.0.0.1:$PGPORT"
    as_postgres "$BIN/pg_ctl" -D "$PGDIR" -l "$PGDIR/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $PGPORT -k $PGDIR/run -c fsync=off \
            -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
        start >&2
fi

# the role the tests log in as (over TCP, with a password), allowed to create databases
as_postgres "$BIN/psql" -q -h "$PGDIR/run" -p "$PGPORT" -U postgres -d postgres \
    -v ON_ERROR_STOP=1 >&2 <<SQL
DO \$\$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${ROLE}') THEN
    CREATE ROLE ${ROLE} LOGIN CREATEDB PASSWORD '${PASSWORD}';
  END IF;
END
\$\$;
-- "DROP DATABASE ... WITH (FORCE)" after a test ends every backend on that database, an
-- autovacuum worker too, which only a member of pg_signal_backend may end
GRANT pg_signal_backend TO ${ROLE};
SQL

log "ready: $URL"
echo "$URL"
