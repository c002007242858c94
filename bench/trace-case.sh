#!/usr/bin/env bash
# Every SQL statement of one case, by REST call: where a case's statements and commits come from.
#
# usage: bench/trace-case.sh BASE_URL PLAN.json [DATABASE]
#   e.g. bench/trace-case.sh http://127.0.0.1:8091/engine-rest bench/product-plan.json bench_product
#
# Switches the server's general log on (into the table mysql.general_log) for the length of one case, run with one
# thread, then prints the statements grouped by kind (with the database's name in it: every connection of the pool
# belongs to the app). Needs a database server of its own (the log is global) and the right to set global
# variables. The same settings as bench/run.sh: BENCH_DB_HOST, BENCH_DB_PORT, BENCH_DB_USER, BENCH_DB_PASSWORD.
set -euo pipefail
BASE=$1; PLAN=$(realpath "$2"); DB=${3:-}
cd "$(dirname "$0")"
sql() {
  mariadb --comments -h"${BENCH_DB_HOST:-127.0.0.1}" -P"${BENCH_DB_PORT:-3306}" -u"${BENCH_DB_USER:-root}" \
    ${BENCH_DB_PASSWORD:+-p"$BENCH_DB_PASSWORD"} -N -B -e "$1"
}
python3 rest-load.py "$BASE" "$PLAN" --cases 2 --threads 1 > /dev/null
sql "SET GLOBAL log_output='TABLE'; TRUNCATE mysql.general_log; SET GLOBAL general_log=1"
python3 rest-load.py "$BASE" "$PLAN" --cases 1 --threads 1
if [ -n "$DB" ]; then # until the case's asynchronous steps have run too (polled, at most a minute)
  for _ in $(seq 1 60); do
    [ "$(sql "SELECT /*trace*/ count(*) FROM $DB.ACT_HI_PROCINST WHERE END_TIME_ IS NULL")" = 0 ] && break
    sleep 1
  done
fi
sql "SET GLOBAL general_log=0"
# the statements of the app's connections only (not this script's own)
FILTER="command_type='Query' AND argument NOT LIKE '%general_log%' AND argument NOT LIKE 'SET GLOBAL%'
  AND argument NOT LIKE '%/*trace*/%'"
echo "statements: $(sql "SELECT count(*) FROM mysql.general_log WHERE $FILTER")"
echo "commits:    $(sql "SELECT count(*) FROM mysql.general_log WHERE $FILTER AND upper(argument) LIKE 'COMMIT%'")"
echo "by kind (first 60 characters):"
sql "SELECT count(*) n, left(regexp_replace(convert(argument using utf8mb4), '\\\\s+', ' '), 60) s
     FROM mysql.general_log WHERE $FILTER GROUP BY s ORDER BY n DESC, s"
