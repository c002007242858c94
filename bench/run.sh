#!/usr/bin/env bash
# Mamori against raw Camunda 7 on the same MariaDB server, in one run (docs/benchmarks.md, "Per case").
#
# usage: bench/run.sh [PRODUCT_DB [BASE_DB]]      (defaults: bench_product, bench_base; both dropped and created)
#
# Builds both applications (compiled classes and their dependency class path: no repackaging, so an offline
# Maven with a primed repository suffices), starts each on a database of its own on one MariaDB server, warms them
# up, then alternates the loads (base, product, base, product, ...) and prints for each: cases/s and the CPU time per
# case of its JVM, of the database server (when it runs on this machine) and of the load driver. Then it traces one
# case of each with bench/trace-case.sh (the server's general log, only the connections of that application's
# database) for the SQL statements and commits per case. At the end: the ratios product / base.
#
# Cases/s on a shared machine move with the load: only the ratio of loads alternated within one run means something,
# and the load average is printed before and after.
#
# Settings (environment): BENCH_DB_HOST (127.0.0.1), BENCH_DB_PORT (3306), BENCH_DB_USER (root), BENCH_DB_PASSWORD (),
# BENCH_PRODUCT_DB / BENCH_BASE_DB (instead of the arguments), BENCH_BASE_PORT (8090), BENCH_PRODUCT_PORT (8091),
# BENCH_CASES (400), BENCH_THREADS (8), BENCH_ROUNDS (2), BENCH_WARMUP (50), BENCH_SKIP_BUILD (unset),
# BENCH_MVN_OPTS (e.g. -o), BENCH_JAVA_OPTS (-Xmx512m), BENCH_PRODUCT_ARGS (more arguments for Mamori, e.g.
# --mamori.security.rest-login-cache=0s), BENCH_START_TIMEOUT (1800 s), BENCH_KEEP_DB (unset: the
# databases are dropped afterwards), BENCH_NO_TRACE (unset: skip the statement trace), BENCH_SECURED_BASE (unset:
# also raw Camunda with Camunda's own security - authorization checks, HTTP Basic on REST, the plan's users - as a
# third application, "secured", on BENCH_SECURED_PORT (8092) and database BENCH_SECURED_DB (bench_secured)),
# BENCH_DIGESTS (unset: when the server runs with performance_schema on, where its time goes per kind of statement:
# each application's statements summed by digest over the rounds, per case, the largest first).
set -euo pipefail
cd "$(dirname "$0")"
BENCH=$(pwd)
ROOT=$(cd .. && pwd)

DB_HOST=${BENCH_DB_HOST:-127.0.0.1}
DB_PORT=${BENCH_DB_PORT:-3306}
DB_USER=${BENCH_DB_USER:-root}
DB_PASSWORD=${BENCH_DB_PASSWORD:-}
PRODUCT_DB=${1:-${BENCH_PRODUCT_DB:-bench_product}}
BASE_DB=${2:-${BENCH_BASE_DB:-bench_base}}
BASE_PORT=${BENCH_BASE_PORT:-8090}
PRODUCT_PORT=${BENCH_PRODUCT_PORT:-8091}
SECURED_PORT=${BENCH_SECURED_PORT:-8092}
SECURED_DB=${BENCH_SECURED_DB:-bench_secured}
APPS="base product"
[ -n "${BENCH_SECURED_BASE:-}" ] && APPS="base secured product"
CASES=${BENCH_CASES:-400}
THREADS=${BENCH_THREADS:-8}
ROUNDS=${BENCH_ROUNDS:-2}
WARMUP=${BENCH_WARMUP:-50}
JAVA_OPTS=${BENCH_JAVA_OPTS:--Xmx512m}
START_TIMEOUT=${BENCH_START_TIMEOUT:-1800}
LOGS=$(mktemp -d)
export BENCH_DB_HOST=$DB_HOST BENCH_DB_PORT=$DB_PORT BENCH_DB_USER=$DB_USER BENCH_DB_PASSWORD=$DB_PASSWORD

client=$(command -v mariadb || command -v mysql)
sql() { "$client" -h"$DB_HOST" -P"$DB_PORT" -u"$DB_USER" ${DB_PASSWORD:+-p"$DB_PASSWORD"} -N -B -e "$1"; }
url() { echo "jdbc:mariadb://$DB_HOST:$DB_PORT/$1?nullDatabaseMeansCurrent=true"; }
loadavg() { cut -d' ' -f1-3 /proc/loadavg; }

build() { # directory: compiled classes and the runtime class path in target/bench-classpath.txt
  # shellcheck disable=SC2086
  (cd "$1" && mvn ${BENCH_MVN_OPTS:-} -q -DskipTests compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=runtime)
}
classpath() { echo "$1/target/classes:$(cat "$1/target/bench-classpath.txt")"; }

if [ -z "${BENCH_SKIP_BUILD:-}" ]; then
  echo "building ($(date -u +%H:%M:%S))"
  build "$ROOT"
  build "$BENCH/baseline-app"
fi

DBS=("$BASE_DB" "$PRODUCT_DB")
[ -n "${BENCH_SECURED_BASE:-}" ] && DBS+=("$SECURED_DB")
for db in "${DBS[@]}"; do
  sql "DROP DATABASE IF EXISTS \`$db\`; CREATE DATABASE \`$db\` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin"
done

PIDS=()
cleanup() {
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  if [ -z "${BENCH_KEEP_DB:-}" ]; then
    for db in "${DBS[@]}"; do sql "DROP DATABASE IF EXISTS \`$db\`" || true; done
  fi
  echo "logs: $LOGS"
}
trap cleanup EXIT

echo "starting $APPS ($(date -u +%H:%M:%S), load average $(loadavg))"
start_base() { # port profiles database log
  # shellcheck disable=SC2086
  java $JAVA_OPTS -cp "$(classpath "$BENCH/baseline-app")" spike.SpikeApplication --server.port="$1" \
    --spring.profiles.active="$2" --spring.datasource.url="$(url "$3")" \
    --spring.datasource.username="$DB_USER" --spring.datasource.password="$DB_PASSWORD" \
    --camunda.bpm.database.type=mysql --spring.datasource.hikari.transaction-isolation=TRANSACTION_READ_COMMITTED \
    > "$4" 2>&1 &
}
start_base "$BASE_PORT" mariadb "$BASE_DB" "$LOGS/base.log"
BASE_PID=$!; PIDS+=("$BASE_PID")
if [ -n "${BENCH_SECURED_BASE:-}" ]; then
  start_base "$SECURED_PORT" mariadb,secured "$SECURED_DB" "$LOGS/secured.log"
  SECURED_PID=$!; PIDS+=("$SECURED_PID")
fi
# shellcheck disable=SC2086
# the plan's director (a privileged role) logs in with a password: the second factor (ADR 0025) is off here
MAMORI_DEMO=true MAMORI_MAIL_ENABLED=false MAMORI_SECOND_FACTOR=false MAMORI_DB_URL="$(url "$PRODUCT_DB")" \
  MAMORI_DB_USER="$DB_USER" MAMORI_DB_PASSWORD="$DB_PASSWORD" java $JAVA_OPTS -cp "$(classpath "$ROOT")" \
  jp.mamori.MamoriApplication --server.port="$PRODUCT_PORT" --spring.profiles.active=mariadb \
  ${BENCH_PRODUCT_ARGS:-} > "$LOGS/product.log" 2>&1 &
PRODUCT_PID=$!; PIDS+=("$PRODUCT_PID")

wait_up() { # port pid log
  local start=$SECONDS code
  while [ $((SECONDS - start)) -lt "$START_TIMEOUT" ]; do
    kill -0 "$2" 2>/dev/null || { echo "the app on port $1 stopped: $3"; tail -n 30 "$3"; exit 1; }
    code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$1/engine-rest/engine" || true)
    if [ "$code" = 200 ] || [ "$code" = 401 ]; then return 0; fi
    sleep 2
  done
  echo "no answer on port $1 after $START_TIMEOUT s: $3"; exit 1
}
wait_up "$BASE_PORT" "$BASE_PID" "$LOGS/base.log"; echo "base up ($(date -u +%H:%M:%S))"
if [ -n "${BENCH_SECURED_BASE:-}" ]; then
  wait_up "$SECURED_PORT" "$SECURED_PID" "$LOGS/secured.log"; echo "secured up ($(date -u +%H:%M:%S))"
fi
wait_up "$PRODUCT_PORT" "$PRODUCT_PID" "$LOGS/product.log"; echo "product up ($(date -u +%H:%M:%S))"

cpu() { awk '{print $14 + $15}' "/proc/$1/stat"; }
# the database server's CPU, when it runs on this machine: what each application's statements cost it
DB_PID=
case "$DB_HOST" in 127.0.0.1|localhost|::1) DB_PID=$(pgrep -xo mariadbd || pgrep -xo mysqld || true) ;; esac
db_cpu() { if [ -n "$DB_PID" ]; then cpu "$DB_PID"; else echo 0; fi; }
# driver_cpu VARIABLE: the load driver's own CPU, the clock ticks of this shell's finished children, into VARIABLE
# (times must run in this shell: a command substitution's subshell has no children of its own yet)
driver_cpu() {
  times > "$LOGS/times"
  printf -v "$1" '%s' "$(awk -v hz="$(getconf CLK_TCK)" \
    'NR == 2 { for (i = 1; i <= 2; i++) { split($i, t, /[ms]/); s += t[1] * 60 + t[2] } print int(s * hz) }' "$LOGS/times")"
}

declare -A RATE CPU DBCPU DRIVERCPU
run() { # name port plan pid cases
  local c0 c1 d0 d1 l0 l1 out rate
  c0=$(cpu "$4"); d0=$(db_cpu); driver_cpu l0
  out=$(python3 "$BENCH/rest-load.py" "http://127.0.0.1:$2/engine-rest" "$BENCH/$3" --cases "$5" --threads "$THREADS") || true
  c1=$(cpu "$4"); d1=$(db_cpu); driver_cpu l1
  echo "$out" | sed "s/^/  $1 /"
  rate=$(echo "$out" | sed -n 's/.* = \([0-9.]*\) cases\/s.*/\1/p')
  RATE[$1]="${RATE[$1]:-} ${rate:-0}"
  CPU[$1]=$(( ${CPU[$1]:-0} + c1 - c0 ))
  DBCPU[$1]=$(( ${DBCPU[$1]:-0} + d1 - d0 ))
  DRIVERCPU[$1]=$(( ${DRIVERCPU[$1]:-0} + l1 - l0 ))
}

echo "warm-up: $WARMUP cases each"
python3 "$BENCH/rest-load.py" "http://127.0.0.1:$BASE_PORT/engine-rest" "$BENCH/baseline-plan.json" --cases "$WARMUP" --threads "$THREADS" | tail -n 2 || true
if [ -n "${BENCH_SECURED_BASE:-}" ]; then
  python3 "$BENCH/rest-load.py" "http://127.0.0.1:$SECURED_PORT/engine-rest" "$BENCH/baseline-secured-plan.json" --cases "$WARMUP" --threads "$THREADS" | tail -n 2 || true
fi
python3 "$BENCH/rest-load.py" "http://127.0.0.1:$PRODUCT_PORT/engine-rest" "$BENCH/product-plan.json" --cases "$WARMUP" --threads "$THREADS" | tail -n 2 || true
echo "load average before: $(loadavg)"
digests_on() { [ -n "${BENCH_DIGESTS:-}" ] && [ "$(sql 'SELECT @@performance_schema')" = 1 ]; }
if [ -n "${BENCH_DIGESTS:-}" ]; then
  if digests_on; then sql "TRUNCATE TABLE performance_schema.events_statements_summary_by_digest"
  else echo "BENCH_DIGESTS: the server runs without performance_schema (start it with --performance-schema=ON)"; fi
fi
for r in $(seq 1 "$ROUNDS"); do
  echo "round $r (load average $(loadavg))"
  run base "$BASE_PORT" baseline-plan.json "$BASE_PID" "$CASES"
  if [ -n "${BENCH_SECURED_BASE:-}" ]; then
    run secured "$SECURED_PORT" baseline-secured-plan.json "$SECURED_PID" "$CASES"
  fi
  run product "$PRODUCT_PORT" product-plan.json "$PRODUCT_PID" "$CASES"
done
echo "load average after: $(loadavg)"
total=$(( CASES * ROUNDS ))
digests() { # name database: the server's time per case by kind of statement (picoseconds in performance_schema)
  sql "SELECT ROUND(SUM_TIMER_WAIT / 1e9 / $total, 3), ROUND(COUNT_STAR / $total, 2),
         ROUND(SUM_TIMER_WAIT / 1e6 / COUNT_STAR), ROUND(SUM_ROWS_EXAMINED / COUNT_STAR, 1), LEFT(DIGEST_TEXT, 140)
       FROM performance_schema.events_statements_summary_by_digest WHERE SCHEMA_NAME = '$2'
       ORDER BY SUM_TIMER_WAIT DESC" > "$LOGS/digests-$1.txt"
  echo "$1: $(awk '{ ms += $1; n += $2 } END { printf "%.2f ms of the server per case in %.1f statements", ms, n }' \
    "$LOGS/digests-$1.txt") (ms per case, statements per case, µs each, rows examined each, the largest ten; all in $LOGS/digests-$1.txt)"
  head -n 10 "$LOGS/digests-$1.txt" | sed 's/^/  /'
}
if digests_on; then
  echo "--- the server's time by kind of statement, over the rounds ---"
  digests base "$BASE_DB"
  [ -n "${BENCH_SECURED_BASE:-}" ] && digests secured "$SECURED_DB"
  digests product "$PRODUCT_DB"
fi

declare -A STMT COMMIT
if [ -z "${BENCH_NO_TRACE:-}" ]; then
  trace() { # name port plan db
    local out
    out=$("$BENCH/trace-case.sh" "http://127.0.0.1:$2/engine-rest" "$BENCH/$3" "$4" || true)
    echo "$out" > "$LOGS/trace-$1.txt"
    STMT[$1]=$(echo "$out" | sed -n 's/^statements without idle polls: *\([0-9]*\).*/\1/p')
    COMMIT[$1]=$(echo "$out" | sed -n 's/^commits without idle polls: *\([0-9]*\).*/\1/p')
    echo "$out" | sed -n '1,7p' | sed "s/^/  $1 /"
  }
  echo "trace of one case each (full lists in $LOGS/trace-*.txt)"
  trace base "$BASE_PORT" baseline-plan.json "$BASE_DB"
  if [ -n "${BENCH_SECURED_BASE:-}" ]; then
    trace secured "$SECURED_PORT" baseline-secured-plan.json "$SECURED_DB"
  fi
  trace product "$PRODUCT_PORT" product-plan.json "$PRODUCT_DB"
fi

hz=$(getconf CLK_TCK)
mean() { echo "$1" | awk '{s=0; for(i=1;i<=NF;i++) s+=$i; printf "%.2f", s/NF}'; }
div() { awk -v a="$1" -v b="$2" 'BEGIN { if (b + 0 == 0) print "n/a"; else printf "%.2f", a / b }'; }
echo "--- result ($(date -u +%Y-%m-%d), $(nproc) cores, load average $(loadavg)) ---"
for n in $APPS; do
  printf '%-8s cases/s%s (mean %s)  per case: %s ms JVM CPU, %s ms database CPU, %s ms load driver CPU, %s statements, %s commits\n' \
    "$n" "${RATE[$n]}" "$(mean "${RATE[$n]}")" "$(div "$(( CPU[$n] * 1000 ))" "$(( hz * total ))")" \
    "$(div "$(( DBCPU[$n] * 1000 ))" "$(( hz * total ))")" "$(div "$(( DRIVERCPU[$n] * 1000 ))" "$(( hz * total ))")" \
    "${STMT[$n]:-n/a}" "${COMMIT[$n]:-n/a}"
done
ratio() { # a b: the ratios a / b of everything measured
  printf 'ratio (%s / %s): cases/s %s  CPU %s  database CPU %s  statements %s  commits %s\n' "$1" "$2" \
    "$(div "$(mean "${RATE[$1]}")" "$(mean "${RATE[$2]}")")" "$(div "${CPU[$1]}" "${CPU[$2]}")" \
    "$(div "${DBCPU[$1]}" "${DBCPU[$2]}")" \
    "$(div "${STMT[$1]:-0}" "${STMT[$2]:-0}")" "$(div "${COMMIT[$1]:-0}" "${COMMIT[$2]:-0}")"
}
ratio product base
if [ -n "${BENCH_SECURED_BASE:-}" ]; then
  ratio secured base
  ratio product secured
fi
