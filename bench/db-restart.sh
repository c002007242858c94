#!/usr/bin/env bash
# Mamori under load while its MariaDB is restarted, then killed and left down for a while; the verdict: requests in
# flight fail with a clear message, the app reconnects without a restart, jobs resume, no half-written case
# (docs/operations.md, "When the database restarts"; ADR 0038).
#
# Needs the MariaDB server binaries (mariadb-install-db, mariadbd, mariadb, mariadb-admin) on PATH, Java 17, Maven,
# Python 3 with requests. It creates a database server of its own in a temporary directory on a free port (never
# touching another server), starts Mamori (profile mariadb) on it, runs bench/db-restart.py and removes everything.
#
# Settings (environment): RESTART_APP_PORT (a free port), RESTART_DB_PORT (a free port), RESTART_THREADS (4),
# RESTART_DOWN_S (20: how long the database stays down the second time), RESTART_LOCK_S (60: how long a job stays
# locked by the executor; a job whose execution broke with the database is taken again after it),
# RESTART_JAVA_OPTS (the production command's, bench/production-java-opts), RESTART_SKIP_BUILD (unset: build the jar
# first), RESTART_KEEP (unset: remove the database and the logs at the end).
#
# Internal: "db-restart.sh db-start|db-stop|db-kill" act on the database server of a run (RESTART_WORK,
# RESTART_DB_PORT); db-restart.py calls them.
set -euo pipefail
cd "$(dirname "$0")"
BENCH=$(pwd)
ROOT=$(cd .. && pwd)

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
as_root() { [ "$(id -u)" = 0 ] && echo "--user=root" || true; }

db_start() {
  # shellcheck disable=SC2046
  setsid mariadbd --no-defaults --datadir="$RESTART_WORK/db" --port="$RESTART_DB_PORT" --bind-address=127.0.0.1 \
    --socket="$RESTART_WORK/db.sock" --pid-file="$RESTART_WORK/db.pid" --innodb-buffer-pool-size=128M \
    $(as_root) >> "$RESTART_WORK/mariadb.log" 2>&1 < /dev/null &
  for _ in $(seq 1 240); do
    mariadb-admin --no-defaults -h127.0.0.1 -P"$RESTART_DB_PORT" -uroot ping > /dev/null 2>&1 && return 0
    sleep 0.5
  done
  echo "the database did not start (see $RESTART_WORK/mariadb.log)" >&2; return 1
}

db_signal() { # signal
  local pid; pid=$(cat "$RESTART_WORK/db.pid")
  kill "-$1" "$pid"
  for _ in $(seq 1 600); do kill -0 "$pid" 2> /dev/null || return 0; sleep 0.2; done
  echo "the database did not stop" >&2; return 1
}

case "${1:-}" in
  db-start) db_start; exit ;;
  db-stop) db_signal TERM; exit ;;
  db-kill) db_signal KILL; exit ;;
esac

export RESTART_WORK; RESTART_WORK=$(mktemp -d)
export RESTART_DB_PORT=${RESTART_DB_PORT:-$(free_port)}
APP_PORT=${RESTART_APP_PORT:-$(free_port)}
THREADS=${RESTART_THREADS:-4}
DOWN_S=${RESTART_DOWN_S:-20}
LOCK_S=${RESTART_LOCK_S:-60}
JAVA_OPTS=${RESTART_JAVA_OPTS:-$(grep -v '^#' production-java-opts)}
DB=mamori_restart
MARIADB="mariadb --no-defaults -h127.0.0.1 -P$RESTART_DB_PORT -uroot"
APP_PID=

cleanup() {
  [ -z "$APP_PID" ] || kill "$APP_PID" 2> /dev/null || true
  [ ! -f "$RESTART_WORK/db.pid" ] || db_signal TERM 2> /dev/null || true
  wait 2> /dev/null || true
  if [ -n "${RESTART_KEEP:-}" ]; then echo "kept: $RESTART_WORK"; else rm -rf "$RESTART_WORK"; fi
}
trap cleanup EXIT

[ -n "${RESTART_SKIP_BUILD:-}" ] || (cd "$ROOT" && mvn -q -DskipTests package)
mariadb-install-db --no-defaults --datadir="$RESTART_WORK/db" --auth-root-authentication-method=normal $(as_root) \
  > "$RESTART_WORK/install.log" 2>&1
db_start
$MARIADB -e "CREATE DATABASE $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_bin"
echo "database server of its own on port $RESTART_DB_PORT; the app on port $APP_PORT"

# second factor off: the plan approves as the director over HTTP Basic (production asks privileged roles for a token)
# shellcheck disable=SC2086
MAMORI_DEMO=true MAMORI_MAIL_ENABLED=false MAMORI_SECOND_FACTOR=false \
  MAMORI_DB_URL="jdbc:mariadb://127.0.0.1:$RESTART_DB_PORT/$DB?nullDatabaseMeansCurrent=true" \
  MAMORI_DB_USER=root MAMORI_DB_PASSWORD= \
  java $JAVA_OPTS -jar "$ROOT"/target/mamori-*.jar --spring.profiles.active=mariadb --server.port="$APP_PORT" \
  --camunda.bpm.job-execution.lock-time-in-millis=$((LOCK_S * 1000)) > "$RESTART_WORK/app.log" 2>&1 &
APP_PID=$!
started=$(date +%s)
for _ in $(seq 1 3600); do
  # ready when a demo user's REST call succeeds: the demo organization is made after the server answers
  code=$(curl -s -o /dev/null -w '%{http_code}' -u nurse:demo "http://127.0.0.1:$APP_PORT/engine-rest/task?maxResults=1" || true)
  [ "$code" = 200 ] && break
  kill -0 "$APP_PID" 2> /dev/null || { tail -50 "$RESTART_WORK/app.log"; exit 1; }
  sleep 1
done
echo "the app answered after $(( $(date +%s) - started )) s"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg 2> /dev/null || uptime)"

SELF="$BENCH/$(basename "$0")"
status=0
python3 "$BENCH/db-restart.py" "http://127.0.0.1:$APP_PORT" "$BENCH/product-plan.json" --threads "$THREADS" \
  --down-s "$DOWN_S" --wait-s $((LOCK_S * 2 + 60)) --db-query "$MARIADB -N -B $DB" \
  --db-stop "'$SELF' db-stop" --db-kill "'$SELF' db-kill" --db-start "'$SELF' db-start" || status=$?
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg 2> /dev/null || uptime)"
kill -0 "$APP_PID" 2> /dev/null && echo "the app ran throughout (pid $APP_PID, never restarted)"
echo "the app's log on the database: $(grep -c 'Database unavailable' "$RESTART_WORK/app.log" || true) requests answered 503;" \
  "$(grep -c 'ENGINE-14' "$RESTART_WORK/app.log" || true) job executor messages; stack traces: $(grep -c '^\s*at ' "$RESTART_WORK/app.log" || true) lines"
exit $status
