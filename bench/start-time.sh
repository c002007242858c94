#!/usr/bin/env bash
# Start time and memory of the packaged application (docs/benchmarks.md, "Start time and memory"; issue 18, goal 2).
#
# Builds the jar once, then starts it RUNS times and prints for each start:
#   started  seconds from the launch to Spring's "Started MamoriApplication" line in the log
#   login    seconds from the launch to the first 200 of the login page
#   rss      resident memory (MB) after the start, then after a short load (LOAD_CASES whole cases through
#            /engine-rest with rest-load.py, or LOAD_REQUESTS login-page requests when python3-requests is missing)
#   anon/file the resident size after the load split into the process's own memory and pages of mapped files (the
#            jars, the class-data archive or AOT cache: clean pages the kernel can drop and share between processes)
#   load     the machine's load average (1 min) at the launch and after the load: figures of a loaded machine do not
#            compare with those of a quiet one
# Run 1 starts on an empty database (it creates the schema and deploys the models); the others restart on it.
#
# usage: bench/start-time.sh [h2|mariadb] [RUNS]
# Settings (environment):
#   START_JAVA       the java to run (default: java on the PATH; e.g. a Java 25 JDK's bin/java for its AOT cache)
#   START_JAVA_OPTS  JVM options (default: none, the JVM's own defaults; the production command's are in
#                    docs/operations.md)
#   START_ARGS       extra application arguments
#   START_JAR        a jar to start instead of target/mamori-*.jar; START_SKIP_BUILD=1 skips `mvn package`
#   START_PORT (8099), LOAD_CASES (100), LOAD_THREADS (4), LOAD_REQUESTS (300), START_TIMEOUT (900 s)
#   mariadb: START_DB_HOST (127.0.0.1), START_DB_PORT (3306), START_DB_USER (root), START_DB_PASSWORD (), and the
#            database START_DB_NAME (mamori_start), dropped and created again before run 1
set -euo pipefail
cd "$(dirname "$0")"
BENCH=$(pwd)
ROOT=$(cd .. && pwd)

DB=${1:-h2}
RUNS=${2:-3}
JAVA=${START_JAVA:-java}
JAVA_OPTS=${START_JAVA_OPTS:-}
PORT=${START_PORT:-8099}
LOAD_CASES=${LOAD_CASES:-100}
LOAD_THREADS=${LOAD_THREADS:-4}
LOAD_REQUESTS=${LOAD_REQUESTS:-300}
TIMEOUT=${START_TIMEOUT:-900}
case "$DB" in h2|mariadb) ;; *) echo "usage: $0 [h2|mariadb] [RUNS]" >&2; exit 2 ;; esac

if [ -z "${START_SKIP_BUILD:-}" ] && [ -z "${START_JAR:-}" ]; then
  echo "building the jar (mvn package -DskipTests)"
  (cd "$ROOT" && mvn -q -DskipTests package)
fi
JAR=${START_JAR:-$(ls "$ROOT"/target/mamori-*.jar | grep -v '\.original$' | head -n 1)}
JAR=$(cd "$(dirname "$JAR")" && pwd)/$(basename "$JAR")

WORK=$(mktemp -d)   # the working directory of the runs: H2's ./data and the logs
APP_ARGS=(--server.port="$PORT")
APP_ENV=()
if [ "$DB" = mariadb ]; then
  DB_HOST=${START_DB_HOST:-127.0.0.1}; DB_PORT=${START_DB_PORT:-3306}
  DB_USER=${START_DB_USER:-root}; DB_PASSWORD=${START_DB_PASSWORD:-}; DB_NAME=${START_DB_NAME:-mamori_start}
  mariadb -h"$DB_HOST" -P"$DB_PORT" -u"$DB_USER" ${DB_PASSWORD:+-p"$DB_PASSWORD"} -e \
    "DROP DATABASE IF EXISTS $DB_NAME; CREATE DATABASE $DB_NAME CHARACTER SET utf8mb4 COLLATE utf8mb4_bin"
  APP_ARGS+=(--spring.profiles.active=mariadb)
  # the load signs in over HTTP Basic as the demo's director, whom the second factor would refuse there (as in run.sh)
  APP_ENV=(MAMORI_DEMO=true MAMORI_MAIL_ENABLED=false MAMORI_SECOND_FACTOR=false MAMORI_DB_USER="$DB_USER" MAMORI_DB_PASSWORD="$DB_PASSWORD"
    MAMORI_DB_URL="jdbc:mariadb://$DB_HOST:$DB_PORT/$DB_NAME?nullDatabaseMeansCurrent=true")
fi
# shellcheck disable=SC2206
APP_ARGS+=(${START_ARGS:-})

PID=
stop() { # a JVM still starting ignores SIGTERM until its context is up (Spring's shutdown hook waits for it)
  kill "$1" 2>/dev/null || return 0
  for _ in $(seq 1 60); do kill -0 "$1" 2>/dev/null || break; sleep 0.5; done
  kill -9 "$1" 2>/dev/null || true
  wait "$1" 2>/dev/null || true
}
cleanup() {
  if [ -n "$PID" ]; then stop "$PID"; fi
  echo "logs: $WORK"
}
trap cleanup EXIT

now() { date +%s.%N; }
since() { echo "$(now) - $1" | bc -l | xargs printf '%.1f'; }
load1() { cut -d' ' -f1 /proc/loadavg; }
rss_mb() { awk '/^VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$1/status"; }
rss_split() { awk '/^RssAnon/ {a = $2} /^RssFile/ {f = $2} END {printf "%.0f/%.0f", a / 1024, f / 1024}' "/proc/$1/status"; }
login_code() { curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/login.xhtml" || true; }

short_load() { # a few whole cases over REST when python3 has requests, else plain requests of the login page
  if python3 -c 'import requests' 2>/dev/null; then
    python3 "$BENCH/rest-load.py" "http://127.0.0.1:$PORT/engine-rest" "$BENCH/product-plan.json" \
      --cases "$LOAD_CASES" --threads "$LOAD_THREADS" > "$WORK/load-$1.txt" 2>&1 || true
    sed -n 's/.* = \([0-9.]*\) cases\/s.*/\1 cases\/s/p' "$WORK/load-$1.txt" | head -n 1
  else
    for _ in $(seq 1 "$LOAD_REQUESTS"); do login_code > /dev/null; done
    echo "$LOAD_REQUESTS login pages"
  fi
}

echo "jar: $(basename "$JAR"), database: $DB, java: $("$JAVA" -version 2>&1 | head -n 1)"
echo "JVM options: ${JAVA_OPTS:-(none)}"
echo "cores: $(nproc), memory: $(awk '/^MemTotal/ {printf "%.1f GB", $2 / 1048576}' /proc/meminfo)"
printf '%-4s %-8s %8s %8s %9s %10s %12s %9s  %s\n' run db started login "rss MB" "load MB" "anon/file" "load1" "short load"
for run in $(seq 1 "$RUNS"); do
  LOG=$WORK/run-$run.log
  L0=$(load1); T0=$(now)
  # shellcheck disable=SC2086
  (cd "$WORK" && exec env "${APP_ENV[@]}" "$JAVA" $JAVA_OPTS -jar "$JAR" "${APP_ARGS[@]}") > "$LOG" 2>&1 &
  PID=$!
  started=; login=
  while [ -z "$login" ]; do
    if ! kill -0 "$PID" 2>/dev/null; then echo "run $run: the application stopped (see $LOG)"; exit 1; fi
    if [ "$(since "$T0" | cut -d. -f1)" -ge "$TIMEOUT" ]; then echo "run $run: no start in $TIMEOUT s"; exit 1; fi
    if [ -z "$started" ] && grep -q 'Started MamoriApplication' "$LOG"; then started=$(since "$T0"); fi
    if [ "$(login_code)" = 200 ]; then login=$(since "$T0"); fi
    sleep 0.2
  done
  [ -n "$started" ] || started=$(since "$T0")
  RSS0=$(rss_mb "$PID")
  LOADED=$(short_load "$run")
  RSS1=$(rss_mb "$PID"); SPLIT=$(rss_split "$PID")
  printf '%-4s %-8s %8s %8s %9s %10s %12s %9s  %s\n' "$run" "$DB" "${started}s" "${login}s" "$RSS0" "$RSS1" \
    "$SPLIT" "$L0→$(load1)" "$LOADED"
  stop "$PID"; PID=
done
echo "uptime: $(uptime)"
