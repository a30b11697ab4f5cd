# shellcheck shell=bash disable=SC2034  # variables used by the scripts that source this file
# Rep'Aero local runtime: defaults and functions shared by up, down, status and smoke.
# Sourced, never run. See deploy/local/README.md.

# ---------------------------------------------------------------------------------------------
# Locations
# ---------------------------------------------------------------------------------------------
LOCAL_SCRIPTS_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
REPO_ROOT="$(cd "$LOCAL_SCRIPTS_DIR/../.." && pwd -P)"
RUNTIME_POM="$LOCAL_SCRIPTS_DIR/runtime/pom.xml"
REALM_FILE="$LOCAL_SCRIPTS_DIR/keycloak/repaero-realm.json"

# Base folder of all state (data, logs, pids, dist); made absolute.
LOCAL_DIR="${REPAERO_LOCAL_DIR:-$LOCAL_SCRIPTS_DIR/run}"
mkdir -p "$LOCAL_DIR"
LOCAL_DIR="$(cd "$LOCAL_DIR" && pwd -P)"
DATA_DIR="$LOCAL_DIR/data"
LOG_DIR="$LOCAL_DIR/logs"
PID_DIR="$LOCAL_DIR/pids"
DIST_DIR="$LOCAL_DIR/dist"
CONF_DIR="$LOCAL_DIR/conf"

KAFKA_CP_FILE="$DIST_DIR/kafka.classpath"
KAFKA_DATA_DIR="$DATA_DIR/kafka"
KEYCLOAK_DATA_DIR="$DATA_DIR/keycloak"
H2_DIR="$DATA_DIR/h2"

# Versions come from the runtime pom (single source of truth).
KEYCLOAK_VERSION="$(sed -n 's:.*<keycloak.version>\(.*\)</keycloak.version>.*:\1:p' "$RUNTIME_POM" | head -n 1)"
KEYCLOAK_HOME="$DIST_DIR/keycloak-$KEYCLOAK_VERSION"
TOOLS_DIR="$DIST_DIR/tools"

# ---------------------------------------------------------------------------------------------
# Components and ports (each overridable: REPAERO_<NAME>_PORT)
# ---------------------------------------------------------------------------------------------
KAFKA_PORT="${REPAERO_KAFKA_PORT:-9092}"
KAFKA_CONTROLLER_PORT="${REPAERO_KAFKA_CONTROLLER_PORT:-9093}"
KEYCLOAK_PORT="${REPAERO_KEYCLOAK_PORT:-8180}"
SUPPLIER_PORT="${REPAERO_SUPPLIER_PORT:-8081}"
CUSTOMER_PORT="${REPAERO_CUSTOMER_PORT:-8082}"
PRODUCTION_PORT="${REPAERO_PRODUCTION_PORT:-8083}"
STOCK_PORT="${REPAERO_STOCK_PORT:-8084}"
RESOURCE_PORT="${REPAERO_RESOURCE_PORT:-8085}"
GATEWAY_PORT="${REPAERO_GATEWAY_PORT:-8080}"
# Local stand-ins for what the services reach outside (never used in production): a real SMTP
# server with a mailbox anyone can read (GreenMail: SMTP, POP3, web API) and Twilio's SMS API
# faked at the HTTP level (WireMock, deploy/local/sms/mappings).
MAILBOX_SMTP_PORT="${REPAERO_MAILBOX_SMTP_PORT:-3025}"
MAILBOX_POP3_PORT="${REPAERO_MAILBOX_POP3_PORT:-3110}"
MAILBOX_PORT="${REPAERO_MAILBOX_PORT:-8025}"
SMS_PORT="${REPAERO_SMS_PORT:-8089}"

# Business services in phase order: phase N runs the first N of them.
SERVICES=(supplier customer production stock resource)

KEYCLOAK_URL="http://localhost:$KEYCLOAK_PORT"
REALM_URL="$KEYCLOAK_URL/realms/repaero"
GATEWAY_URL="http://localhost:$GATEWAY_PORT"

# JVM options of the Quarkus apps (services and gateway): low idle memory. 256 MB of heap at most:
# with 160 MB, concurrent first parses of HQL queries (ANTLR) ran supplier-service out of heap under load.
REPAERO_JAVA_OPTS="${REPAERO_JAVA_OPTS:--Xms32m -Xmx256m -XX:+UseSerialGC -XX:MaxMetaspaceSize=160m -XX:ReservedCodeCacheSize=48m -Xss512k -XX:TieredStopAtLevel=1}"
# Kafka broker JVM (java is started directly, Kafka's own scripts and defaults are not used).
REPAERO_KAFKA_JAVA_OPTS="${REPAERO_KAFKA_JAVA_OPTS:--Xms32m -Xmx384m -XX:+UseSerialGC -XX:MaxMetaspaceSize=160m -XX:TieredStopAtLevel=1 -Xss512k}"
# Keycloak heap (kc.sh reads JAVA_OPTS_KC_HEAP).
REPAERO_KEYCLOAK_HEAP="${REPAERO_KEYCLOAK_HEAP:--Xms64m -Xmx512m}"

# Readiness deadlines, in seconds.
KAFKA_TIMEOUT="${REPAERO_KAFKA_TIMEOUT:-90}"
KEYCLOAK_TIMEOUT="${REPAERO_KEYCLOAK_TIMEOUT:-300}"
SERVICE_TIMEOUT="${REPAERO_SERVICE_TIMEOUT:-180}"
STOP_TIMEOUT="${REPAERO_STOP_TIMEOUT:-30}"

JAVA_BIN="java"
if [[ -n "${JAVA_HOME:-}" && -x "${JAVA_HOME}/bin/java" ]]; then
    JAVA_BIN="$JAVA_HOME/bin/java"
fi

# ---------------------------------------------------------------------------------------------
# Output helpers
# ---------------------------------------------------------------------------------------------
log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*"; }
warn() { printf '%s WARN %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() {
    printf '%s ERROR %s\n' "$(date +%H:%M:%S)" "$*" >&2
    exit 1
}

# ---------------------------------------------------------------------------------------------
# Component table
# ---------------------------------------------------------------------------------------------
# All components, in start order.
all_components() {
    printf "%s\n" kafka keycloak mailbox sms
    local s
    for s in "${SERVICES[@]}"; do echo "$s-service"; done
    echo gateway
}

# component_port NAME
component_port() {
    case "$1" in
        kafka) echo "$KAFKA_PORT" ;;
        keycloak) echo "$KEYCLOAK_PORT" ;;
        mailbox) echo "$MAILBOX_PORT" ;;
        sms) echo "$SMS_PORT" ;;
        supplier-service) echo "$SUPPLIER_PORT" ;;
        customer-service) echo "$CUSTOMER_PORT" ;;
        production-service) echo "$PRODUCTION_PORT" ;;
        stock-service) echo "$STOCK_PORT" ;;
        resource-service) echo "$RESOURCE_PORT" ;;
        gateway) echo "$GATEWAY_PORT" ;;
        *) die "unknown component: $1" ;;
    esac
}

# service_port SHORT_NAME (supplier, customer, ...)
service_port() { component_port "$1-service"; }

# component_module NAME: the Maven module folder of a Quarkus component (empty for infra).
component_module() {
    case "$1" in
        *-service | gateway) echo "$1" ;;
        *) echo "" ;;
    esac
}

pid_file() { echo "$PID_DIR/$1.pid"; }
log_file() { echo "$LOG_DIR/$1.log"; }

# Every process we start carries this marker on its command line, so that a recycled PID is
# never mistaken for ours.
component_marker() { echo "-Drepaero.local.component=$1"; }

# ---------------------------------------------------------------------------------------------
# Processes
# ---------------------------------------------------------------------------------------------
# proc_alive PID: the process exists and is not a zombie.
proc_alive() {
    local pid="$1" state
    [[ "$pid" =~ ^[0-9]+$ ]] || return 1
    [[ -r "/proc/$pid/stat" ]] || return 1
    state="$(sed -n 's/^[0-9]* (.*) \([A-Za-z]\) .*/\1/p' "/proc/$pid/stat" 2>/dev/null)" || return 1
    [[ -n "$state" && "$state" != "Z" && "$state" != "X" ]]
}

# group_pids PGID: live (non-zombie) processes of a process group.
group_pids() {
    ps -eo pid=,pgid=,stat= 2>/dev/null | awk -v g="$1" '$2 == g && $3 !~ /^Z/ { print $1 }'
}

# is_ours PID NAME: alive and started by these scripts as component NAME.
is_ours() {
    local pid="$1" name="$2"
    proc_alive "$pid" || return 1
    tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "$(component_marker "$name")"
}

# running_pid NAME: prints the PID of the running component, or fails.
running_pid() {
    local f pid
    f="$(pid_file "$1")"
    [[ -f "$f" ]] || return 1
    pid="$(head -n 1 "$f" 2>/dev/null)"
    is_ours "$pid" "$1" || return 1
    echo "$pid"
}

# start_bg NAME WORKDIR [VAR=value ...] -- COMMAND...: starts COMMAND in the background in a
# new session (its process group id = its PID, so down can end it with all its children),
# stdout and stderr to the component's log (the previous log is kept as .log.1).
start_bg() {
    local name="$1" workdir="$2"
    shift 2
    local -a envs=()
    while [[ $# -gt 0 && "$1" != "--" ]]; do
        envs+=("$1")
        shift
    done
    [[ "${1:-}" == "--" ]] && shift
    local log
    log="$(log_file "$name")"
    mkdir -p "$LOG_DIR" "$PID_DIR"
    [[ -f "$log" ]] && mv -f "$log" "$log.1"
    (
        cd "$workdir" || exit 1
        exec env "${envs[@]}" setsid "$@" >"$log" 2>&1 </dev/null
    ) &
    echo "$!" >"$(pid_file "$name")"
}

# stop_component NAME: SIGTERM to the component's process group, wait up to STOP_TIMEOUT
# seconds, then SIGKILL. Removes the PID file.
stop_component() {
    local name="$1" f pid pgid target deadline
    f="$(pid_file "$name")"
    [[ -f "$f" ]] || return 0
    pid="$(head -n 1 "$f" 2>/dev/null)"
    if ! is_ours "$pid" "$name"; then
        log "$name: not running (stale PID file removed)"
        rm -f "$f"
        return 0
    fi
    pgid="$(ps -o pgid= -p "$pid" 2>/dev/null | tr -d ' ')"
    if [[ "$pgid" == "$pid" ]]; then target="-$pid"; else target="$pid"; fi
    log "$name: stopping (PID $pid)"
    kill -TERM -- "$target" 2>/dev/null || true
    deadline=$((SECONDS + STOP_TIMEOUT))
    while component_group_alive "$pid" "$pgid"; do
        if ((SECONDS >= deadline)); then
            warn "$name: still running after ${STOP_TIMEOUT}s, sending SIGKILL"
            kill -KILL -- "$target" 2>/dev/null || true
            deadline=$((SECONDS + 10))
            while component_group_alive "$pid" "$pgid" && ((SECONDS < deadline)); do
                sleep 0.2
            done
            break
        fi
        sleep 0.2
    done
    if component_group_alive "$pid" "$pgid"; then
        warn "$name: could not be stopped (PID $pid), PID file kept"
        return 1
    fi
    rm -f "$f"
    log "$name: stopped"
}

component_group_alive() {
    local pid="$1" pgid="$2"
    proc_alive "$pid" && return 0
    [[ "$pgid" == "$pid" && -n "$(group_pids "$pgid")" ]]
}

# rss_mib PID: resident memory of the component's process group, in MiB.
rss_mib() {
    ps -eo pgid=,rss= 2>/dev/null | awk -v g="$1" '$1 == g { s += $2 } END { printf "%d", s / 1024 }'
}

# ---------------------------------------------------------------------------------------------
# Checks
# ---------------------------------------------------------------------------------------------
# tcp_open PORT: something accepts TCP connections on localhost:PORT.
tcp_open() {
    timeout 3 bash -c "exec 3<>/dev/tcp/127.0.0.1/$1" 2>/dev/null
}

# http_code URL: prints the HTTP status (000 when nothing answers).
http_code() {
    curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$1" 2>/dev/null || true
}

# component_ready NAME: quick readiness check (used by status and by up's wait loops).
component_ready() {
    local name="$1" port
    port="$(component_port "$name")"
    case "$name" in
        kafka) tcp_open "$port" ;;
        keycloak) [[ "$(http_code "$REALM_URL/.well-known/openid-configuration")" == "200" ]] ;;
        mailbox) [[ "$(http_code "http://localhost:$port/api/configuration")" == "200" ]] ;;
        sms) [[ "$(http_code "http://localhost:$port/__admin/health")" == "200" ]] ;;
        *) [[ "$(http_code "http://localhost:$port/q/health/ready")" == "200" ]] ;;
    esac
}

# kafka_java ARGS...: runs a Kafka class with the Kafka classpath (tools log warnings only).
kafka_java() {
    local cp
    cp="$(cat "$KAFKA_CP_FILE")"
    "$JAVA_BIN" -Xms16m -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 \
        -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$cp" "$@"
}

# gateway_phase: the phase the running gateway was started with (empty if unknown).
gateway_phase() {
    local pid
    pid="$(running_pid gateway)" || return 0
    tr '\0' '\n' <"/proc/$pid/cmdline" 2>/dev/null | sed -n 's/^-Drepaero\.gateway\.phase=//p' | head -n 1
}

# mvnw ARGS...: the repository's Maven wrapper, from the repository root. REPAERO_MAVEN_ARGS adds
# arguments (the platform IT passes its -Dmaven.repo.local so a fresh CI repository is used).
mvnw() {
    # shellcheck disable=SC2086 # word splitting of the extra arguments is intended
    (cd "$REPO_ROOT" && ./mvnw ${REPAERO_MAVEN_ARGS:-} "$@")
}

# ---------------------------------------------------------------------------------------------
# Test data (smoke, bench): a valid random SIREN (Luhn key) and its French VAT number.
# ---------------------------------------------------------------------------------------------
random_siren() {
    local base sum=0 i d
    base="$((RANDOM % 9 + 1))$(printf '%07d' $(((RANDOM * 32768 + RANDOM) % 10000000)))"
    for ((i = 0; i < 8; i++)); do
        d="${base:7-i:1}"
        if ((i % 2 == 0)); then # doubled: 2nd, 4th... digit from the right of the 9-digit number
            d=$((d * 2))
            ((d > 9)) && d=$((d - 9))
        fi
        sum=$((sum + d))
    done
    printf '%s%d' "$base" $(((10 - sum % 10) % 10))
}

vat_number() {
    printf 'FR%02d%s' $(((12 + 3 * (10#$1 % 97)) % 97)) "$1"
}
