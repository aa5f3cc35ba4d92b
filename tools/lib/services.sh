# shellcheck shell=bash
# Throwaway services for the test suite: a private PostgreSQL cluster, an SMTP sink, and (around ctest)
# a Secret Service keyring on a private D-Bus. Sourced after common.sh; the caller has set -euo pipefail
# and must `trap stop_services EXIT` before calling start_services.
#
# Nothing here touches the system PostgreSQL cluster, systemd, or the user's session bus and keyring.

NESTOGY_PG_BIN="${NESTOGY_PG_BIN:-/usr/lib/postgresql/15/bin}"
# Seconds to wait for each service to answer.
NESTOGY_SERVICE_TIMEOUT="${NESTOGY_SERVICE_TIMEOUT:-30}"

SERVICES_TMP=""     # private data dirs, removed by stop_services
SERVICES_LOG_DIR="" # logs, kept after the run (in the build dir) for a post-mortem
PG_DATA=""          # set once a cluster was created: stop_services stops it
SMTP_PID=""         # set once the sink was started: stop_services stops it

# True if something accepts TCP connections on 127.0.0.1:$1 (bash's /dev/tcp: no extra package).
tcp_open() {
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# Waits until `$@` succeeds, at most NESTOGY_SERVICE_TIMEOUT seconds.
wait_until() {
    local deadline=$((SECONDS + NESTOGY_SERVICE_TIMEOUT))
    until "$@"; do
        ((SECONDS < deadline)) || return 1
        sleep 0.2
    done
}

# Runs a command as the postgres user when we are root (initdb refuses root), in a dir it can read.
as_pg() {
    if [[ $EUID -eq 0 ]]; then
        (cd "$SERVICES_TMP/pg" && runuser -u postgres -- "$@")
    else
        (cd "$SERVICES_TMP/pg" && "$@")
    fi
}

services_init() {
    SERVICES_TMP="$(mktemp -d "${TMPDIR:-/tmp}/nestogy-test.XXXXXX")"
    # Others may traverse (not list) it, so the postgres user reaches its own subdir.
    chmod 711 "$SERVICES_TMP"
    SERVICES_LOG_DIR="$BUILD_DIR/test-services"
    rm -rf "$SERVICES_LOG_DIR"
    mkdir -p "$SERVICES_LOG_DIR"
}

# A private cluster: initdb into the temp dir, trust auth, TCP on 127.0.0.1 only, socket in the temp dir.
start_postgres() {
    local bin="$NESTOGY_PG_BIN" pgdir="$SERVICES_TMP/pg" port first last
    [[ -x "$bin/initdb" && -x "$bin/pg_ctl" ]] \
        || die "PostgreSQL server binaries not in $bin (Debian package postgresql; NESTOGY_PG_BIN overrides)"
    mkdir -p "$pgdir"
    if [[ $EUID -eq 0 ]]; then
        id postgres >/dev/null 2>&1 || die "no 'postgres' user (it comes with the Debian package postgresql)"
        chown postgres: "$pgdir"
    fi
    as_pg "$bin/initdb" -D "$pgdir/data" -U postgres -A trust -E UTF8 --no-locale --no-sync \
        >"$SERVICES_LOG_DIR/initdb.log" 2>&1 \
        || die "initdb failed: see $SERVICES_LOG_DIR/initdb.log"
    PG_DATA="$pgdir/data"

    # Durability is pointless for a throwaway cluster; turning it off makes the tests faster.
    local opts="-c listen_addresses=127.0.0.1 -c unix_socket_directories='$pgdir'"
    opts+=" -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    first="${NESTOGY_TEST_PG_PORT:-55432}"
    last=$((first + 50))
    for ((port = first; port < last; port++)); do
        tcp_open "$port" && continue
        as_pg rm -f "$pgdir/postgres.log"
        if as_pg "$bin/pg_ctl" -D "$PG_DATA" -l "$pgdir/postgres.log" -w -t "$NESTOGY_SERVICE_TIMEOUT" -s \
            -o "-p $port $opts" start >/dev/null 2>&1; then
            break
        fi
        # Lost a race for the port: try the next one. Anything else is a real failure.
        grep -q 'could not bind\|could not create any TCP/IP sockets' "$pgdir/postgres.log" 2>/dev/null \
            || { tail -n 20 "$pgdir/postgres.log" >&2 2>/dev/null || true; die "PostgreSQL did not start"; }
    done
    ((port < last)) || die "no free port for PostgreSQL in $first..$((last - 1))"
    wait_until "$bin/pg_isready" -q -h 127.0.0.1 -p "$port" -U postgres -d postgres -t 1 \
        || die "PostgreSQL on 127.0.0.1:$port not ready after ${NESTOGY_SERVICE_TIMEOUT}s (log: $pgdir/postgres.log)"
    "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres nestogy_test \
        || die "createdb nestogy_test failed"
    export NESTOGY_TEST_PG_URL="postgresql://postgres@127.0.0.1:$port/nestogy_test"
    log "PostgreSQL: $NESTOGY_TEST_PG_URL"
}

# The SMTP sink on a port the OS picks (it writes the port to a file, so there is no race).
# Debian's /usr/bin/python3 on purpose: python3-aiosmtpd is not visible to a pyenv/venv python3.
start_smtp() {
    local dir="$SERVICES_TMP/smtp" portfile="$SERVICES_TMP/smtp.port"
    local -a args=(--host 127.0.0.1 --port 0 --dir "$dir" --port-file "$portfile")
    /usr/bin/python3 -c 'import aiosmtpd' 2>/dev/null \
        || die "python3-aiosmtpd is missing for /usr/bin/python3 (Debian package python3-aiosmtpd)"
    mkdir -p "$dir"
    # Optional STARTTLS: both files, or neither.
    if [[ -n "${NESTOGY_TEST_SMTP_TLS_CERT:-}" || -n "${NESTOGY_TEST_SMTP_TLS_KEY:-}" ]]; then
        [[ -r "${NESTOGY_TEST_SMTP_TLS_CERT:-}" && -r "${NESTOGY_TEST_SMTP_TLS_KEY:-}" ]] \
            || die "NESTOGY_TEST_SMTP_TLS_CERT and NESTOGY_TEST_SMTP_TLS_KEY must both name readable PEM files"
        args+=(--tls-cert "$NESTOGY_TEST_SMTP_TLS_CERT" --tls-key "$NESTOGY_TEST_SMTP_TLS_KEY")
    fi
    /usr/bin/python3 "$NESTOGY_ROOT/tools/smtp-sink.py" "${args[@]}" \
        </dev/null >"$SERVICES_LOG_DIR/smtp-sink.log" 2>&1 &
    SMTP_PID=$!
    wait_until test -s "$portfile" \
        || die "SMTP sink did not start within ${NESTOGY_SERVICE_TIMEOUT}s: see $SERVICES_LOG_DIR/smtp-sink.log"
    local port
    port="$(<"$portfile")"
    wait_until tcp_open "$port" || die "SMTP sink not accepting on 127.0.0.1:$port"
    export NESTOGY_TEST_SMTP_PORT="$port" NESTOGY_TEST_SMTP_DIR="$dir"
    log "SMTP sink: 127.0.0.1:$port -> $dir"
}

start_services() {
    services_init
    start_postgres
    start_smtp
}

# Idempotent and quiet (ctest's summary must stay the last output); safe after a partial start.
stop_services() {
    if [[ -n "$SMTP_PID" ]]; then
        kill -TERM "$SMTP_PID" 2>/dev/null || true
        local i
        for ((i = 0; i < 50; i++)); do
            kill -0 "$SMTP_PID" 2>/dev/null || break
            sleep 0.1
        done
        kill -KILL "$SMTP_PID" 2>/dev/null || true
        wait "$SMTP_PID" 2>/dev/null || true
        SMTP_PID=""
    fi
    if [[ -n "$PG_DATA" ]]; then
        if ! as_pg "$NESTOGY_PG_BIN/pg_ctl" -D "$PG_DATA" -m immediate -w -t 20 -s stop >/dev/null 2>&1; then
            # pg_ctl could not stop it: kill the postmaster by the pid it recorded.
            local pid
            pid="$(head -n 1 "$PG_DATA/postmaster.pid" 2>/dev/null || true)"
            [[ -z "$pid" ]] || kill -KILL "$pid" 2>/dev/null || true
        fi
        cp "$SERVICES_TMP/pg/postgres.log" "$SERVICES_LOG_DIR/" 2>/dev/null || true
        PG_DATA=""
    fi
    if [[ -n "$SERVICES_TMP" ]]; then
        rm -rf "$SERVICES_TMP"
        SERVICES_TMP=""
    fi
}

# Runs ctest inside a private D-Bus session with an unlocked gnome-keyring (Secret Service), so
# QtKeychain works as root without a desktop. HOME and the XDG dirs point into the temp dir: the user's
# real session bus (DBUS_SESSION_BUS_ADDRESS, $XDG_RUNTIME_DIR/bus) and keyrings
# (~/.local/share/keyrings) stay out of reach, and the throwaway keyring is deleted afterwards.
# The bus daemon's chatter goes to a log; ctest keeps the real stderr (fd 3). Returns ctest's code.
run_ctest_in_keyring_session() {
    local home="$SERVICES_TMP/home"
    mkdir -p "$home/data" "$home/config" "$home/cache" "$home/runtime"
    chmod 700 "$home/runtime"
    local rc=0 dbus_log="$SERVICES_LOG_DIR/dbus-session.log"
    # The inner script is expanded by sh, not here.
    # shellcheck disable=SC2016
    env -u DBUS_SESSION_BUS_ADDRESS -u GNOME_KEYRING_CONTROL -u GNOME_KEYRING_PID \
        HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" \
        XDG_CACHE_HOME="$home/cache" XDG_RUNTIME_DIR="$home/runtime" \
        NESTOGY_SERVICE_TIMEOUT="$NESTOGY_SERVICE_TIMEOUT" NESTOGY_DBUS_LOG="$dbus_log" \
        dbus-run-session -- sh -c '
            printf test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
            # Ready once a secret can be stored (the daemon may still be registering on the bus);
            # timeout: a locked keyring would wait for a prompt that never comes.
            n=0
            until printf ok | timeout 10 secret-tool store --label="nestogy test probe" nestogy-test-probe ready; do
                n=$((n + 1))
                if [ "$n" -ge $((NESTOGY_SERVICE_TIMEOUT * 5)) ]; then
                    echo "tools/test: error: the Secret Service keyring did not start (see $NESTOGY_DBUS_LOG)" >&3
                    exit 1
                fi
                sleep 0.2
            done
            secret-tool clear nestogy-test-probe ready
            export NESTOGY_TEST_KEYRING=1
            # Tests that need a service fail instead of skipping when it is missing here.
            export NESTOGY_REQUIRE_SERVICES=1
            exec "$@" 2>&3 3>&-
        ' sh "$@" 3>&2 2>>"$dbus_log" || rc=$?
    return "$rc"
}
