#!/usr/bin/env bash
# Two Mamori nodes on one MariaDB database; cases across both; one node killed with kill -9 in the middle; the
# verdict: every case ended exactly once (docs/operations.md, "More than one node").
#
# Settings (environment): NODES_DB_HOST (127.0.0.1), NODES_DB_PORT (3306), NODES_DB_USER (root), NODES_DB_PASSWORD (),
# NODES_DB (mamori_nodes; dropped and created afresh), NODES_PORTS ("8080 8081"), NODES_CASES (1000),
# NODES_THREADS (8), NODES_LOCK_S (30: how long a job stays locked by the node that took it), NODES_MAX_WAIT_S (10:
# the longest idle wait of a node's job acquisition) — a dead node's jobs are run by a survivor within their sum
# (the application's defaults: 120 s and 60 s, docs/operations.md); NODES_MVN_ARGS (extra arguments of the build,
# e.g. -o), NODES_SKIP_BUILD (unset), NODES_JAVA_OPTS (the production command's, bench/production-java-opts),
# NODES_KEEP_DB (unset: dropped afterwards).
# Needs: a JDK 17, Maven, the mariadb client, curl, python3 with requests.
set -euo pipefail
cd "$(dirname "$0")"
BENCH=$(pwd)
ROOT=$(cd .. && pwd)
DB_HOST=${NODES_DB_HOST:-127.0.0.1}
DB_PORT=${NODES_DB_PORT:-3306}
DB_USER=${NODES_DB_USER:-root}
DB_PASSWORD=${NODES_DB_PASSWORD:-}
DB=${NODES_DB:-mamori_nodes}
read -r -a PORTS <<< "${NODES_PORTS:-8080 8081}"
CASES=${NODES_CASES:-1000}
THREADS=${NODES_THREADS:-8}
LOCK_S=${NODES_LOCK_S:-30}
MAX_WAIT_S=${NODES_MAX_WAIT_S:-10}
JAVA_OPTS=${NODES_JAVA_OPTS:-$(grep -v '^#' production-java-opts)}
LOGS=$(mktemp -d)
MARIADB="mariadb -h$DB_HOST -P$DB_PORT -u$DB_USER ${DB_PASSWORD:+-p$DB_PASSWORD}"

# shellcheck disable=SC2086
[ -n "${NODES_SKIP_BUILD:-}" ] || (cd "$ROOT" && mvn -q ${NODES_MVN_ARGS:-} -DskipTests package)
$MARIADB -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_bin"

PIDS=()
cleanup() {
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  [ -n "${NODES_KEEP_DB:-}" ] || $MARIADB -e "DROP DATABASE IF EXISTS $DB" || true
  echo "logs: $LOGS"
}
trap cleanup EXIT

start_node() { # port
  # second factor off: the plan approves as the director over HTTP Basic (production asks privileged roles for a token)
  # shellcheck disable=SC2086
  MAMORI_DEMO=true MAMORI_MAIL_ENABLED=false MAMORI_SECOND_FACTOR=false \
    MAMORI_DB_URL="jdbc:mariadb://$DB_HOST:$DB_PORT/$DB?nullDatabaseMeansCurrent=true" \
    MAMORI_DB_USER="$DB_USER" MAMORI_DB_PASSWORD="$DB_PASSWORD" \
    java $JAVA_OPTS -jar "$ROOT"/target/mamori-*.jar --spring.profiles.active=mariadb --server.port="$1" \
    --camunda.bpm.job-execution.lock-time-in-millis=$((LOCK_S * 1000)) \
    --camunda.bpm.job-execution.max-wait=$((MAX_WAIT_S * 1000)) > "$LOGS/node-$1.log" 2>&1 &
  PIDS+=("$!")
  for _ in $(seq 1 900); do
    code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$1/engine-rest/engine" || true)
    if [ "$code" = 200 ] || [ "$code" = 401 ]; then echo "node on port $1 is up"; return 0; fi
    sleep 1
  done
  echo "node on port $1 did not start (see $LOGS)"; exit 1
}

# one after the other: the first creates the schema and deploys the models, the second finds them
for port in "${PORTS[@]}"; do start_node "$port"; done

NODE_URLS=$(printf 'http://127.0.0.1:%s/engine-rest,' "${PORTS[@]}"); NODE_URLS=${NODE_URLS%,}
LAST=${PIDS[$((${#PIDS[@]} - 1))]}
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
set +e
python3 "$BENCH/two-nodes.py" "$BENCH/product-plan.json" --nodes "$NODE_URLS" --cases "$CASES" \
  --threads "$THREADS" --kill-at $((CASES / 2)) --kill "kill -9 $LAST" --wait-s $((LOCK_S * 4 + 60)) \
  --db-query "$MARIADB -N -B $DB" --take-over-s $((LOCK_S + MAX_WAIT_S + 30))
verdict=$?
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
exit $verdict
