#!/usr/bin/env bash
# Mamori against raw Camunda 7 on the same MariaDB server, in one run (docs/benchmarks.md, "Per case").
#
# Builds both applications, starts each on a database of its own, warms them up, then alternates the loads
# (base, product, base, product, ...) and prints for each: cases/s, and per case the SQL statements and commits
# (deltas of the server's global counters) and the JVM's CPU time. At the end: the ratio of cases/s
# (product / base) and of statements and commits per case.
#
# The statement counts are the server's global counters: they are exact only on a database server nobody else
# uses during the run. Point BENCH_DB_PORT at a server of its own for them (timings need a quiet machine too).
#
# Settings (environment): BENCH_DB_HOST (127.0.0.1), BENCH_DB_PORT (3306), BENCH_DB_USER (root), BENCH_DB_PASSWORD (),
# BENCH_BASE_PORT (8090), BENCH_PRODUCT_PORT (8091), BENCH_CASES (400), BENCH_THREADS (8), BENCH_ROUNDS (2),
# BENCH_WARMUP (50), BENCH_SKIP_BUILD (unset), BENCH_JAVA_OPTS (-Xmx512m), BENCH_KEEP_DB (unset: dropped afterwards).
set -euo pipefail
cd "$(dirname "$0")"
BENCH=$(pwd)
ROOT=$(cd .. && pwd)

DB_HOST=${BENCH_DB_HOST:-127.0.0.1}
DB_PORT=${BENCH_DB_PORT:-3306}
DB_USER=${BENCH_DB_USER:-root}
DB_PASSWORD=${BENCH_DB_PASSWORD:-}
BASE_PORT=${BENCH_BASE_PORT:-8090}
PRODUCT_PORT=${BENCH_PRODUCT_PORT:-8091}
CASES=${BENCH_CASES:-400}
THREADS=${BENCH_THREADS:-8}
ROUNDS=${BENCH_ROUNDS:-2}
WARMUP=${BENCH_WARMUP:-50}
JAVA_OPTS=${BENCH_JAVA_OPTS:--Xmx512m}
BASE_DB=bench_base
PRODUCT_DB=bench_product
LOGS=$(mktemp -d)

sql() { mariadb -h"$DB_HOST" -P"$DB_PORT" -u"$DB_USER" ${DB_PASSWORD:+-p"$DB_PASSWORD"} -N -B -e "$1"; }
url() { echo "jdbc:mariadb://$DB_HOST:$DB_PORT/$1?nullDatabaseMeansCurrent=true"; }

if [ -z "${BENCH_SKIP_BUILD:-}" ]; then
  (cd "$ROOT" && mvn -q -DskipTests package)
  (cd "$BENCH/baseline-app" && mvn -q -DskipTests package)
fi

for db in $BASE_DB $PRODUCT_DB; do
  sql "DROP DATABASE IF EXISTS $db; CREATE DATABASE $db CHARACTER SET utf8mb4 COLLATE utf8mb4_bin"
done

PIDS=()
cleanup() {
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  if [ -z "${BENCH_KEEP_DB:-}" ]; then
    sql "DROP DATABASE IF EXISTS $BASE_DB; DROP DATABASE IF EXISTS $PRODUCT_DB" || true
  fi
  echo "logs: $LOGS"
}
trap cleanup EXIT

# shellcheck disable=SC2086
java $JAVA_OPTS -jar "$BENCH"/baseline-app/target/camunda-baseline-*.jar --server.port="$BASE_PORT" \
  --spring.profiles.active=mariadb --spring.datasource.url="$(url $BASE_DB)" \
  --spring.datasource.username="$DB_USER" --spring.datasource.password="$DB_PASSWORD" \
  --camunda.bpm.database.type=mysql --spring.datasource.hikari.transaction-isolation=TRANSACTION_READ_COMMITTED \
  > "$LOGS/base.log" 2>&1 &
BASE_PID=$!; PIDS+=("$BASE_PID")
# shellcheck disable=SC2086
MAMORI_DEMO=true MAMORI_MAIL_ENABLED=false MAMORI_DB_URL="$(url $PRODUCT_DB)" MAMORI_DB_USER="$DB_USER" \
  MAMORI_DB_PASSWORD="$DB_PASSWORD" java $JAVA_OPTS -jar "$ROOT"/target/mamori-*.jar --server.port="$PRODUCT_PORT" \
  --spring.profiles.active=mariadb > "$LOGS/product.log" 2>&1 &
PRODUCT_PID=$!; PIDS+=("$PRODUCT_PID")

wait_up() { # port
  for _ in $(seq 1 600); do
    code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$1/engine-rest/engine" || true)
    if [ "$code" = 200 ] || [ "$code" = 401 ]; then return 0; fi
    sleep 1
  done
  echo "no answer on port $1 (see $LOGS)"; exit 1
}
wait_up "$BASE_PORT"; wait_up "$PRODUCT_PORT"

counters() {
  sql "SHOW GLOBAL STATUS WHERE Variable_name IN ('Questions','Com_commit')" | awk '{printf "%s ", $2}'
}
cpu() { awk '{print $14 + $15}' "/proc/$1/stat"; }

declare -A RATE STMT COMMIT CPU
run() { # name port plan pid cases
  local before after c0 c1 out
  before=$(counters); c0=$(cpu "$4")
  out=$(python3 "$BENCH/rest-load.py" "http://127.0.0.1:$2/engine-rest" "$BENCH/$3" --cases "$5" --threads "$THREADS") || true
  after=$(counters); c1=$(cpu "$4")
  echo "$out" | sed "s/^/  $1 /"
  local rate stmts commits ticks
  rate=$(echo "$out" | sed -n 's/.* = \([0-9.]*\) cases\/s.*/\1/p')
  read -r q0 k0 <<< "$before"; read -r q1 k1 <<< "$after"
  stmts=$(( (q1 - q0) ))
  commits=$(( (k1 - k0) ))
  ticks=$(( c1 - c0 ))
  RATE[$1]="${RATE[$1]:-} $rate"; STMT[$1]=$(( ${STMT[$1]:-0} + stmts )); COMMIT[$1]=$(( ${COMMIT[$1]:-0} + commits ))
  CPU[$1]=$(( ${CPU[$1]:-0} + ticks ))
}

echo "warm-up: $WARMUP cases each"
python3 "$BENCH/rest-load.py" "http://127.0.0.1:$BASE_PORT/engine-rest" "$BENCH/baseline-plan.json" --cases "$WARMUP" --threads "$THREADS" | tail -n 2 || true
python3 "$BENCH/rest-load.py" "http://127.0.0.1:$PRODUCT_PORT/engine-rest" "$BENCH/product-plan.json" --cases "$WARMUP" --threads "$THREADS" | tail -n 2 || true
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for r in $(seq 1 "$ROUNDS"); do
  echo "round $r"
  run base "$BASE_PORT" baseline-plan.json "$BASE_PID" "$CASES"
  run product "$PRODUCT_PORT" product-plan.json "$PRODUCT_PID" "$CASES"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

total=$(( CASES * ROUNDS ))
hz=$(getconf CLK_TCK)
mean() { echo "$1" | awk '{s=0; for(i=1;i<=NF;i++) s+=$i; printf "%.2f", s/NF}'; }
for n in base product; do
  printf '%-8s cases/s %s (mean %s)  per case: %.1f statements, %.1f commits, %.1f ms JVM CPU\n' "$n" "${RATE[$n]}" \
    "$(mean "${RATE[$n]}")" "$(echo "${STMT[$n]} / $total" | bc -l)" "$(echo "${COMMIT[$n]} / $total" | bc -l)" \
    "$(echo "${CPU[$n]} * 1000 / $hz / $total" | bc -l)"
done
printf 'ratio (product / base): cases/s %.2f  statements %.2f  commits %.2f  CPU %.2f\n' \
  "$(echo "$(mean "${RATE[product]}") / $(mean "${RATE[base]}")" | bc -l)" \
  "$(echo "${STMT[product]} / ${STMT[base]}" | bc -l)" "$(echo "${COMMIT[product]} / ${COMMIT[base]}" | bc -l)" \
  "$(echo "${CPU[product]} / ${CPU[base]}" | bc -l)"
