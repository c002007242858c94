#!/usr/bin/env bash
# Two Mamori nodes on one MariaDB database; cases across both; one node killed with kill -9 in the middle; the
# verdict: every case ended exactly once (docs/operations.md, "More than one node").
#
# Settings (environment): NODES_DB_HOST (127.0.0.1), NODES_DB_PORT (3306), NODES_DB_USER (root), NODES_DB_PASSWORD (),
# NODES_DB (mamori_nodes; dropped and created afresh), NODES_PORTS ("8080 8081"), NODES_CASES (1000),
# NODES_THREADS (8), NODES_LOCK_S (30: how long a job stays locked by the node that took it, so the time within
# which a survivor takes over a dead node's jobs), NODES_SKIP_BUILD (unset), NODES_JAVA_OPTS (-Xmx512m).
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
JAVA_OPTS=${NODES_JAVA_OPTS:--Xmx512m}
LOGS=$(mktemp -d)
MARIADB="mariadb -h$DB_HOST -P$DB_PORT -u$DB_USER ${DB_PASSWORD:+-p$DB_PASSWORD}"

[ -n "${NODES_SKIP_BUILD:-}" ] || (cd "$ROOT" && mvn -q -DskipTests package)
$MARIADB -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_bin"

PIDS=()
cleanup() {
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  echo "logs: $LOGS"
}
trap cleanup EXIT

start_node() { # port
  # shellcheck disable=SC2086
  MAMORI_DEMO=true MAMORI_MAIL_ENABLED=false \
    MAMORI_DB_URL="jdbc:mariadb://$DB_HOST:$DB_PORT/$DB?nullDatabaseMeansCurrent=true" \
    MAMORI_DB_USER="$DB_USER" MAMORI_DB_PASSWORD="$DB_PASSWORD" \
    java $JAVA_OPTS -jar "$ROOT"/target/mamori-*.jar --spring.profiles.active=mariadb --server.port="$1" \
    --camunda.bpm.job-execution.lock-time-in-millis=$((LOCK_S * 1000)) > "$LOGS/node-$1.log" 2>&1 &
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

# a login on the first node is a session in the database: the second node knows it
login_check() {
  local jar="$LOGS/cookies" page token
  page=$(curl -s -c "$jar" -b "$jar" "http://127.0.0.1:${PORTS[0]}/login.xhtml")
  token=$(echo "$page" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -n 1)
  curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=nurse" --data-urlencode "password=demo" \
    --data-urlencode "_csrf=$token" "http://127.0.0.1:${PORTS[0]}/login"
  code=$(curl -s -o /dev/null -w '%{http_code}' -b "$jar" "http://127.0.0.1:${PORTS[1]}/tasks.xhtml")
  echo "logged in on port ${PORTS[0]}, the task list on port ${PORTS[1]}: HTTP $code (200: the session is shared; 302 to the login: it is not, see ADR 0031)"
}
login_check || true

NODE_URLS=$(printf 'http://127.0.0.1:%s/engine-rest,' "${PORTS[@]}"); NODE_URLS=${NODE_URLS%,}
LAST=${PIDS[$((${#PIDS[@]} - 1))]}
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 "$BENCH/two-nodes.py" "$BENCH/product-plan.json" --nodes "$NODE_URLS" --cases "$CASES" \
  --threads "$THREADS" --kill-at $((CASES / 2)) --kill "kill -9 $LAST" --wait-s $((LOCK_S * 4 + 60)) \
  --db-query "$MARIADB -N -B $DB"
