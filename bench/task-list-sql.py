#!/usr/bin/env python3
"""The task list's SQL, before and after ADR 0037, on a database TaskListBenchmark has filled: EXPLAIN and timings.

usage: bench/task-list-sql.py DATABASE [--user nurse] [--rounds 20] [--explain] [--resample N]

For each scenario of TaskListBenchmark it runs the table's two statements (the count capped at 10,000 and the page)
in the form TaskListService sent before ADR 0037 (OFFSET over the table, the list indexes ignored with IGNORE INDEX,
so the optimizer has the choices it had before they existed) and in the form it sends now (a deferred join on the
list index), alternately in one session, and prints the server's own time per statement (the profiling of the session: parse,
plan and execute, without the network and the JVM) as median / p95, with the median CPU time the statement used,
and the load average. --explain prints the
plans. The "before" form is slow (seconds per page on a loaded machine): --rounds 5 keeps a run short.
--resample N instead samples the tables' statistics anew N times (ANALYZE TABLE, as the benchmark's fill ends) and
after each sample prints, per scenario and statement, the server's time and whether the plan materializes the
candidate links, for the candidacy as the EXISTS the app sends and as a count per task (rejected, ADR 0054).
Settings as bench/run.sh: BENCH_DB_HOST, BENCH_DB_PORT, BENCH_DB_USER, BENCH_DB_PASSWORD.
"""
import argparse
import datetime
import os
import statistics
import subprocess

LIST_INDEXES = "MAMORI_IDX_TASK_LIST_CREATE, MAMORI_IDX_TASK_LIST_DUE"
CANDIDATE_INDEX = "MAMORI_IDX_IDENT_LNK_CAND"


def sql(db, text):
    command = ["mariadb", "-h", os.environ.get("BENCH_DB_HOST", "127.0.0.1"),
               "-P", os.environ.get("BENCH_DB_PORT", "3306"), "-u", os.environ.get("BENCH_DB_USER", "root"),
               "-N", "-B", db]
    if os.environ.get("BENCH_DB_PASSWORD"):
        command.insert(1, "-p" + os.environ["BENCH_DB_PASSWORD"])
    return subprocess.run(command, input=text, capture_output=True, text=True, check=True).stdout


def quote(value):
    return "'" + value.replace("'", "''") + "'"


def criteria(user, groups, scope, procedure_ids, overdue, now, before, as_count=False):
    ignore_links = "" if not before else f" ignore index ({CANDIDATE_INDEX})"
    conditions = ["RES.SUSPENSION_STATE_ = 1"]
    if procedure_ids is not None:
        conditions.append("RES.PROC_DEF_ID_ in (" + ", ".join(map(quote, procedure_ids)) + ")")
    if overdue:
        conditions.append(f"RES.DUE_DATE_ < '{now}'")
    who = f"I.USER_ID_ = {quote(user)}"
    if groups:
        who += " or I.GROUP_ID_ in (" + ", ".join(map(quote, groups)) + ")"
    links = (f"from ACT_RU_IDENTITYLINK I{ignore_links}"
             f" where I.TASK_ID_ = RES.ID_ and I.TYPE_ = 'candidate' and ({who})")
    # as TaskCriteria.candidateLink; a count per task was tried and rejected (ADR 0054)
    test = f"(select count(*) {links}) > 0" if as_count else f"exists (select 1 {links})"
    candidate = f"(RES.ASSIGNEE_ is null and {test})"
    mine = f"RES.ASSIGNEE_ = {quote(user)}"
    conditions.append({"MINE": mine, "ROLES": candidate, "ALL": f"({mine} or {candidate})"}[scope])
    return " and ".join(conditions)


def statements(where, column, first, before, scope):
    table = "ACT_RU_TASK RES" + (f" ignore index ({LIST_INDEXES})" if before else "")
    # as TaskListService: the page is found on the list index of its order, except for "mine" (ADR 0037)
    index = "MAMORI_IDX_TASK_LIST_CREATE" if column == "CREATE_TIME_" else "MAMORI_IDX_TASK_LIST_DUE"
    page_table = table if before or scope == "MINE" else f"ACT_RU_TASK RES use index ({index})"
    order = f"RES.{column} desc, RES.ID_ desc" if column == "CREATE_TIME_" else f"RES.{column} asc, RES.ID_ asc"
    count = f"select count(*) from (select RES.ID_ from {table} where {where} limit 10001) CAPPED"
    if before:
        page = f"select RES.* from {table} where {where} order by {order} limit 20 offset {first}"
    else:
        page = (f"select PAGE.* from ACT_RU_TASK PAGE join (select RES.ID_ from {page_table} where {where}"
                f" order by {order} limit 20 offset {first}) IDS on PAGE.ID_ = IDS.ID_"
                f" order by {order.replace('RES.', 'PAGE.')}")
    return count, page


ANALYZE = "analyze table ACT_RU_EXECUTION, ACT_RU_TASK, ACT_RU_IDENTITYLINK, ACT_RU_AUTHORIZATION, ACT_HI_PROCINST;"


def resample(db, times, scenarios, user, groups, now):
    """Each ANALYZE samples 20 random pages per index: the plan of an EXISTS flips with the sample (ADR 0054)."""
    for sample in range(1, times + 1):
        sql(db, ANALYZE)
        print(f"-- sample {sample}, load average {load()}")
        for name, scope, procedure, overdue, column, first in scenarios:
            cells = []
            for candidacy in ("exists", "count"):
                where = criteria(user, groups, scope, procedure, overdue, now, False, candidacy == "count")
                for call, statement in zip(("count", "page"), statements(where, column, first, False, scope)):
                    plan = sql(db, "explain " + statement + ";")
                    profiles = sql(db, "set profiling = 1;\n" + statement + ";\nshow profiles;").splitlines()
                    ms = float(profiles[-1].split("\t")[1]) * 1000
                    cells.append(f"{candidacy} {call} {ms:6.1f}{' MATERIALIZED' if 'MATERIALIZED' in plan else '':13}")
            print(f"{name:30} " + "  ".join(cells))


def load():
    with open("/proc/loadavg") as f:
        return " ".join(f.read().split()[:3])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("database")
    parser.add_argument("--user", default="nurse")
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--explain", action="store_true")
    parser.add_argument("--resample", type=int, default=0)
    args = parser.parse_args()
    db = args.database
    groups = sql(db, f"select GROUP_ID_ from ACT_ID_MEMBERSHIP where USER_ID_ = {quote(args.user)}").split()
    other = sql(db, "select ID_ from ACT_RE_PROCDEF where KEY_ = 'benchmarkOther'").split()
    now = datetime.datetime.now().strftime("%Y-%m-%d %H:%M:%S")
    scenarios = [  # name, scope, procedure ids, overdue only, sort column, first row of the page
        ("ALL first page", "ALL", None, False, "CREATE_TIME_", 0),
        ("ALL middle page", "ALL", None, False, "CREATE_TIME_", 5000),
        ("ALL last page", "ALL", None, False, "CREATE_TIME_", 9980),
        ("ALL by due asc", "ALL", None, False, "DUE_DATE_", 0),
        ("ALL procedure=benchmarkOther", "ALL", other, False, "CREATE_TIME_", 0),
        ("ALL overdue only", "ALL", None, True, "CREATE_TIME_", 0),
        ("ROLES first page", "ROLES", None, False, "CREATE_TIME_", 0),
        ("MINE first page", "MINE", None, False, "CREATE_TIME_", 0),
    ]
    if args.resample:
        resample(db, args.resample, scenarios, args.user, groups, now)
        return
    print(f"database {db}, user {args.user} (groups {', '.join(groups)}), {args.rounds} rounds, "
          f"load average before: {load()}")
    print(f"{'scenario':30} {'call':6} {'before median/p95 (cpu)':>26} {'after median/p95 (cpu)':>26}")
    for name, scope, procedure, overdue, column, first in scenarios:
        forms = {}
        for before in (True, False):
            where = criteria(args.user, groups, scope, procedure, overdue, now, before)
            forms[before] = statements(where, column, first, before, scope)
        if args.explain:
            for before in (True, False):
                for call, statement in zip(("count", "page"), forms[before]):
                    print(f"-- {name}, {call}, {'before' if before else 'after'}:")
                    print(sql(db, "explain " + statement + ";").rstrip())
        script = ["set profiling = 1;", "set profiling_history_size = 100;"]
        # alternately: before count, before page, after count, after page; a warm-up round first
        for _ in range(args.rounds + 1):
            for before in (True, False):
                script += [s + ";" for s in forms[before]]
        # per statement: the server's wall time and the CPU time it used (SHOW PROFILE CPU): on a loaded machine the
        # wall time is mostly waiting for a core, the CPU time is about what a quiet machine would take
        profile = ("select QUERY_ID, sum(DURATION), sum(CPU_USER + CPU_SYSTEM) from information_schema.PROFILING"
                   " group by QUERY_ID order by QUERY_ID;")
        rows = [line.split("\t") for line in sql(db, "\n".join(script) + "\n" + profile).splitlines()]
        rows = [r for r in rows if len(r) == 3][2:]  # the two settings first
        measured = [(float(r[1]) * 1000, float(r[2]) * 1000) for r in rows][-(args.rounds * 4):]  # warm-up falls off
        for i, call in enumerate(("count", "page")):
            cells = []
            for j in (0, 2):
                series = sorted(m[0] for m in measured[i + j::4])
                cpu = statistics.median(m[1] for m in measured[i + j::4])
                p95 = series[max(0, -(-len(series) * 95 // 100) - 1)]
                cells.append(f"{statistics.median(series):7.1f} /{p95:7.1f} ({cpu:5.1f})")
            print(f"{name:30} {call:6} {cells[0]:>26} {cells[1]:>26}")
    print(f"load average after: {load()}")


if __name__ == "__main__":
    main()
