# A throw-away PostgreSQL server for the test suite's engine-dependent tests (issue 19).
# Sourced by .ci/run; also usable alone:
#   source .ci/postgres.sh && pg_start && echo "$EMERGENCY_DESK_TEST_PG"; ...; pg_stop
#
# pg_start installs the server from the system packages when initdb is missing (apt-get, as
# .ci/run does for Qt's libraries), creates a cluster in a temporary folder (as the postgres
# user when running as root: PostgreSQL refuses to run as root), starts it on a free local port
# and exports EMERGENCY_DESK_TEST_PG=postgresql://edtest@127.0.0.1:PORT/postgres. The test
# superuser `edtest` connects without a password from 127.0.0.1; every other role must give
# its password (scram-sha-256), so the wrong-password message is tested against a real server.
# pg_stop stops it and removes the folder; .ci/run calls it from its EXIT trap.

_pg_bindir() {
    local d
    if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
        dirname "$(command -v initdb)"
        return 0
    fi
    for d in /usr/lib/postgresql/*/bin; do
        [ -x "$d/initdb" ] && { echo "$d"; return 0; }
    done
    return 1
}

_pg_as_owner() {
    # Run a PostgreSQL program as the cluster's owner.
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

pg_start() {
    local bindir port
    if ! bindir="$(_pg_bindir)"; then
        command -v apt-get >/dev/null 2>&1 \
            || { echo "PostgreSQL is not installed and apt-get is missing" >&2; return 1; }
        local SUDO=""
        [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1 && SUDO="sudo -n"
        echo "installing postgresql from the system packages"
        $SUDO apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
            postgresql >/dev/null
        bindir="$(_pg_bindir)" || { echo "initdb not found after installing" >&2; return 1; }
    fi
    if [ "$(id -u)" -eq 0 ] && ! id postgres >/dev/null 2>&1; then
        useradd --system --no-create-home postgres
    fi
    PG_CI_DIR="$(mktemp -d "${TMPDIR:-/tmp}/emergency-desk-pg.XXXXXX")"
    export PG_CI_DIR
    if [ "$(id -u)" -eq 0 ]; then
        chown postgres "$PG_CI_DIR"
    fi
    port="$("${PYTHON:-python3}" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
    _pg_as_owner "$bindir/initdb" -D "$PG_CI_DIR/data" -U edtest --encoding=UTF8 --locale=C \
        --auth-local=trust --auth-host=scram-sha-256 >"$PG_CI_DIR/initdb.log" 2>&1 \
        || { cat "$PG_CI_DIR/initdb.log" >&2; return 1; }
    cat >"$PG_CI_DIR/data/pg_hba.conf" <<HBA
local all all trust
host all edtest 127.0.0.1/32 trust
host all all 127.0.0.1/32 scram-sha-256
HBA
    # fsync off: a test server's data is thrown away; the tests measure behaviour, not disks.
    _pg_as_owner "$bindir/pg_ctl" -D "$PG_CI_DIR/data" -l "$PG_CI_DIR/server.log" -w -t 60 \
        -o "-p $port -k $PG_CI_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" \
        start >/dev/null || { cat "$PG_CI_DIR/server.log" >&2; return 1; }
    PG_CI_BINDIR="$bindir"
    export PG_CI_BINDIR
    export EMERGENCY_DESK_TEST_PG="postgresql://edtest@127.0.0.1:$port/postgres"
    echo "PostgreSQL $("$bindir/pg_ctl" --version | awk '{print $3}') on 127.0.0.1:$port ($PG_CI_DIR)"
}

pg_stop() {
    [ -n "${PG_CI_DIR:-}" ] && [ -d "$PG_CI_DIR/data" ] || return 0
    _pg_as_owner "$PG_CI_BINDIR/pg_ctl" -D "$PG_CI_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$PG_CI_DIR"
    unset PG_CI_DIR
}
