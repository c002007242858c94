#!/usr/bin/env bash
# Every SQL statement of one case: where a case's statements and commits come from.
#
# usage: bench/trace-case.sh BASE_URL PLAN.json DATABASE
#   e.g. bench/trace-case.sh http://127.0.0.1:8091/engine-rest bench/product-plan.json bench_product
#
# Switches the server's general log on (into the table mysql.general_log) for the length of one case, run with one
# thread, and waits until the case's asynchronous steps have run. Only the statements of the application's own
# connections count: those open on DATABASE when the trace starts (the pool's), so other users of the same server
# (and this script) are left out. Prints the totals, the totals without the job executor's idle acquisition polls
# (each one transaction: the acquisition query and COMMIT, plus set autocommit=0 and =1 when the pool's connections
# are in auto-commit, as raw Camunda's are and Mamori's are not since ADR 0047 — their number depends on how long
# the case took, not on what it did), then the statements grouped by kind. A statement is a text query or the
# execution of a prepared one: the driver sends the engine's batched inserts as prepared statements (Prepare,
# Execute, Close), which the server's status counter Questions counts as well (the shared bench's README measures
# with it); the text queries alone are printed too, for comparison with figures before 2026-12-02, which counted
# only them. Transactions are counted by their end
# (COMMIT, ROLLBACK): a connection out of auto-commit begins one without a statement. Needs the right to set global
# variables. The same settings as bench/run.sh: BENCH_DB_HOST, BENCH_DB_PORT, BENCH_DB_USER, BENCH_DB_PASSWORD.
set -euo pipefail
BASE=$1; PLAN=$(realpath "$2"); DB=$3
cd "$(dirname "$0")"
client=$(command -v mariadb || command -v mysql)
sql() {
  "$client" --comments -h"${BENCH_DB_HOST:-127.0.0.1}" -P"${BENCH_DB_PORT:-3306}" -u"${BENCH_DB_USER:-root}" \
    ${BENCH_DB_PASSWORD:+-p"$BENCH_DB_PASSWORD"} -N -B -e "$1"
}
python3 rest-load.py "$BASE" "$PLAN" --cases 2 --threads 1 > /dev/null || true
THREADS=$(sql "SELECT /*trace*/ group_concat(ID) FROM information_schema.PROCESSLIST WHERE DB = '$DB'")
[ -n "$THREADS" ] && [ "$THREADS" != NULL ] || { echo "no connection open on $DB"; exit 1; }
FILTER="command_type IN ('Query', 'Execute') AND thread_id IN ($THREADS)"
cases_ended() { # until every case's asynchronous steps have run (polled, at most a minute)
  for _ in $(seq 1 60); do
    [ "$(sql "SELECT /*trace*/ count(*) FROM \`$DB\`.ACT_HI_PROCINST WHERE END_TIME_ IS NULL")" = 0 ] && break
    sleep 1
  done
}
trace_one_case() {
  cases_ended # the steps of earlier cases that wait for the job executor (ADR 0070) are not this case's
  sql "SET GLOBAL log_output='TABLE'; TRUNCATE mysql.general_log; SET GLOBAL general_log=1"
  python3 rest-load.py "$BASE" "$PLAN" --cases 1 --threads 1 | tail -n 2 || true
  cases_ended
  sql "SET GLOBAL general_log=0"
}
trace_one_case
# Mamori remembers a REST login for 30 s per node (ADR 0036): a case that meets the end of that time checks the
# password again (user, roles, forgetting failures: about 7 statements per user), a cost of once per user and 30 s,
# not of every case. Such a case is traced again (each user's login is remembered from its own check, so the next
# case may meet another user's end; at most three times), and the script says so.
for _ in 1 2 3; do
  password_checks=$(sql "SELECT count(*) FROM mysql.general_log WHERE $FILTER
                         AND argument LIKE 'delete from login_failure where kind%'")
  [ "$password_checks" = 0 ] && break
  echo "the case met the end of the REST login cache ($password_checks password checks): traced again"
  trace_one_case
done
POLL="argument LIKE '%from ACT_RU_JOB RES%' AND argument LIKE '%LOCK_EXP_TIME_%' AND argument NOT LIKE '%update%'"
statements=$(sql "SELECT count(*) FROM mysql.general_log WHERE $FILTER")
executions=$(sql "SELECT count(*) FROM mysql.general_log WHERE $FILTER AND command_type = 'Execute'")
commits=$(sql "SELECT count(*) FROM mysql.general_log WHERE $FILTER AND upper(argument) LIKE 'COMMIT%'")
polls=$(sql "SELECT count(*) FROM mysql.general_log WHERE $FILTER AND $POLL")
rollbacks=$(sql "SELECT count(*) FROM mysql.general_log WHERE $FILTER AND upper(argument) LIKE 'ROLLBACK%'")
toggles=$(sql "SELECT count(*) FROM mysql.general_log WHERE $FILTER AND lower(argument) LIKE 'set autocommit=0%'")
per_poll=$(( toggles > 0 ? 4 : 2 ))
transactions=$((commits + rollbacks))
echo "statements without idle polls: $((statements - per_poll * polls))"
echo "  of which prepared executions: $executions (text queries without idle polls: $((statements - executions - per_poll * polls)))"
echo "commits without idle polls:    $((commits - polls))"
echo "transactions without idle polls: $((transactions - polls)) (of which rolled back: $rollbacks)"
echo "as traced: $statements statements ($executions prepared executions), $commits commits, $rollbacks rollbacks, $toggles set autocommit=0, $polls job acquisition polls"
echo "by kind (literals as ?, first 90 characters):"
sql "SELECT count(*) n, left(concat(if(command_type = 'Execute', 'prepared: ', ''), regexp_replace(regexp_replace(convert(argument using utf8mb4), '\\\\s+', ' '),
       '\\'[^\\']*\\'', '?')), 90) s
     FROM mysql.general_log WHERE $FILTER GROUP BY s ORDER BY n DESC, s"
