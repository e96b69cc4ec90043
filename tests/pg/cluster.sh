#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster (Debian's postgresql) for tests and developers (issue 14).
#
#   tests/pg/cluster.sh start DIR     initdb into DIR (created), start postgres on a Unix socket in DIR (no TCP),
#                                     create the database "kandidaat"; prints its URL on stdout:
#                                     postgresql://kandidaat@/kandidaat?host=DIR
#   tests/pg/cluster.sh stop DIR      stop it and delete DIR
#   tests/pg/cluster.sh run CMD ARGS  start a cluster in a fresh temp folder, run CMD with KANDIDAAT_TEST_DATABASE
#                                     (and KANDIDAAT_DATABASE) set to its URL, then stop and delete it (also when
#                                     CMD fails or is interrupted); exits with CMD's status
#
# initdb and postgres refuse to run as root: as root, they run as the unprivileged `postgres` user that Debian's
# package creates (runuser), in a folder that user owns; as anyone else, as that user. Auth is `trust` on the
# socket only, and fsync is off: the data is thrown away, never use this for real data.
set -euo pipefail

PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
say() { printf 'cluster.sh: %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }

as_pg() {
    if [ "$(id -u)" -eq 0 ]; then
        id postgres >/dev/null 2>&1 || die "running as root, and there is no 'postgres' user to run PostgreSQL as (apt-get install postgresql)"
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

start() {
    local dir=$1
    [ -x "$PGBIN/initdb" ] || die "no $PGBIN/initdb (Debian package postgresql-15)"
    mkdir -p "$dir"
    [ "$(id -u)" -eq 0 ] && chown postgres: "$dir"
    chmod 700 "$dir"
    as_pg "$PGBIN/initdb" -D "$dir/data" -A trust -U kandidaat -E UTF8 --locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; die "initdb failed"; }
    as_pg "$PGBIN/pg_ctl" -D "$dir/data" -l "$dir/postgres.log" -w -t 30 \
        -o "-k $dir -c listen_addresses= -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
        start >/dev/null || { cat "$dir/postgres.log" >&2; die "postgres did not start"; }
    chmod 755 "$dir"  # clients (root, the test user) reach the socket; the data folder itself stays 700
    "$PGBIN/psql" -q -X -v ON_ERROR_STOP=1 "postgresql://kandidaat@/postgres?host=$dir" -c "CREATE DATABASE kandidaat" >/dev/null
    echo "postgresql://kandidaat@/kandidaat?host=$dir"
}

stop() {
    local dir=$1
    [ -d "$dir/data" ] && as_pg "$PGBIN/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$dir"
}

cmd=${1:-}
shift || true
case "$cmd" in
    start) [ $# -eq 1 ] || die "usage: cluster.sh start DIR"; start "$1" ;;
    stop) [ $# -eq 1 ] || die "usage: cluster.sh stop DIR"; stop "$1" ;;
    run)
        [ $# -ge 1 ] || die "usage: cluster.sh run CMD [ARGS...]"
        dir=$(mktemp -d "${TMPDIR:-/tmp}/kandidaat-pg.XXXXXX")
        trap 'stop "$dir"' EXIT
        trap 'exit 130' INT TERM
        url=$(start "$dir")
        KANDIDAAT_TEST_DATABASE=$url KANDIDAAT_DATABASE=$url "$@"
        ;;
    *) die "usage: cluster.sh start DIR | stop DIR | run CMD [ARGS...]" ;;
esac
