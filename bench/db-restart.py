#!/usr/bin/env python3
"""db-restart.py — cases over REST while the database is restarted, then stopped for a while; then the verdict.

Started by db-restart.sh, which owns the database server and the application. Threads run whole cases of PLAN
(start, then each step: find the task, complete it) without pause and record every call. On the way:

  1. the database is restarted (a clean shutdown, then started again at once);
  2. a timer job of a probe case is made due a few seconds ahead, the database is killed (kill -9: a crash, so the
     server recovers on start) and left down DOWN_S seconds; meanwhile a logged-in page and a REST call are asked
     for, to see what a user and a script are told; then it is started again.

Verdict:
  - clear message: every call that failed while the database was away was answered 503 with type
    DatabaseUnavailable (not a 500, not a login refusal, not a broken connection), and the page and the REST call
    asked during the outage said so in Japanese;
  - reconnected: calls succeed again after the database is back, without a restart of the app (how long after);
  - jobs resumed: the probe's timer, due during the outage, ran after it (how long after the database was back);
  - no half-written case: after the load, each case is finished (its open tasks completed, as a user would after
    the outage), then from the database every case has ended exactly once: one completed instance, each task
    completed once, one trail entry per completion, one registered purpose, no incident.

usage: db-restart.py BASE PLAN.json --db-query "mariadb -N -B ... db" --db-stop CMD --db-kill CMD --db-start CMD
                     [--threads 4] [--warm-s 20] [--between-s 30] [--down-s 20] [--after-s 40] [--wait-s 180]
"""
import argparse, importlib.util, json, os, re, subprocess, sys, threading, time
import requests

_spec = importlib.util.spec_from_file_location("rest_load", os.path.join(os.path.dirname(__file__), "rest-load.py"))
rest_load = importlib.util.module_from_spec(_spec); _spec.loader.exec_module(rest_load)
camunda_vars = rest_load.camunda_vars

CLEAR_TEXT = "データベースに一時的に接続できません"


def auth(u):
    return tuple(u.split(":", 1)) if u else None


class Calls:
    """Every call: when it was sent and answered, what it was, and what came back."""

    def __init__(self):
        self.rows = []; self.lock = threading.Lock()

    def send(self, session, method, url, **kw):
        t = time.time()
        try:
            r = session.request(method, url, timeout=60, **kw)
            outcome = (r.status_code, r.text[:300])
        except requests.RequestException as e:
            r = None; outcome = (None, f"{type(e).__name__}: {e}"[:300])
        with self.lock:
            self.rows.append((t, time.time(), method, url, outcome[0], outcome[1]))
        return r


def clear(status, body):
    if status != 503:
        return False
    try:
        return json.loads(body).get("type") == "DatabaseUnavailable"
    except ValueError:
        return CLEAR_TEXT in body


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("base"); ap.add_argument("plan")
    ap.add_argument("--db-query", required=True); ap.add_argument("--db-stop", required=True)
    ap.add_argument("--db-kill", required=True); ap.add_argument("--db-start", required=True)
    ap.add_argument("--threads", type=int, default=4); ap.add_argument("--warm-s", type=int, default=20)
    ap.add_argument("--between-s", type=int, default=30); ap.add_argument("--down-s", type=int, default=20)
    ap.add_argument("--after-s", type=int, default=40); ap.add_argument("--wait-s", type=int, default=180)
    a = ap.parse_args()
    plan = json.load(open(a.plan))
    rest = a.base + "/engine-rest"
    run = f"restart-{int(time.time())}"
    calls = Calls(); stop = threading.Event(); counter = iter(range(10 ** 9)); lock = threading.Lock()

    def q(sql):
        out = subprocess.run(a.db_query + " -e \"" + sql + "\"", shell=True, capture_output=True, text=True)
        if out.returncode:
            raise RuntimeError(out.stderr)
        return [line.split("\t") for line in out.stdout.strip().splitlines() if line]

    def start_case(s, key):
        r = calls.send(s, "POST", f"{rest}/process-definition/key/{plan['process']}/start",
                       json={"variables": camunda_vars(plan["start"].get("vars", {})), "businessKey": key},
                       auth=auth(plan["start"].get("user")))
        return r.json()["id"] if r is not None and r.status_code == 200 else None

    def step(s, pid, st):
        """Completes the case's open task of this step; False when a call failed (the case is left as it is)."""
        r = calls.send(s, "GET", f"{rest}/task", auth=auth(st.get("user")),
                       params={"processInstanceId": pid, "taskDefinitionKey": st["task"]})
        if r is None or r.status_code != 200:
            return False
        tasks = r.json()
        if not tasks:
            return True  # already done (an answer lost with the database had committed): the verdict checks once
        r = calls.send(s, "POST", f"{rest}/task/{tasks[0]['id']}/complete", auth=auth(st.get("user")),
                       json={"variables": camunda_vars(st.get("vars", {}))})
        return r is not None and r.status_code in (200, 204)

    def worker():
        s = requests.Session()
        while not stop.is_set():
            with lock:
                i = next(counter)
            pid = start_case(s, f"{run}-{i}")
            for st in plan["steps"] if pid else []:
                if stop.is_set() or not step(s, pid, st):
                    break

    def wait_ready(what, seconds=120):
        deadline = time.time() + seconds
        while time.time() < deadline:
            try:
                if requests.get(f"{rest}/engine", timeout=10).status_code in (200, 401):
                    return
            except requests.RequestException:
                pass
            time.sleep(1)
        raise RuntimeError(f"{what}: the app does not answer")

    def run_cmd(cmd):
        subprocess.run(cmd, shell=True, check=True)

    # the probe: a case waiting at its first task, whose reminder timer is made due during the outage
    probe = requests.Session()
    probe_pid = start_case(probe, f"{run}-probe")
    if not probe_pid:
        sys.exit("the probe case could not be started: " + str(calls.rows[-1][4:]))
    timer = q(f"select ID_ from ACT_RU_JOB where PROCESS_INSTANCE_ID_ = '{probe_pid}' and TYPE_ = 'timer' "
              "order by DUEDATE_ limit 1")[0][0]
    # the engine writes its times in the JVM's zone, the server's NOW() is in its own: the difference, in hours
    zone_h = int(q(f"select round(timestampdiff(second, now(), CREATE_TIME_) / 3600) from ACT_RU_TASK "
                   f"where PROC_INST_ID_ = '{probe_pid}'")[0][0])

    # a session of a user, for the page asked during the outage
    user = requests.Session()
    page = user.get(f"{a.base}/login.xhtml", timeout=30).text
    token = re.search(r'name="_csrf" value="([^"]*)"', page).group(1)
    user.post(f"{a.base}/login", data={"username": "nurse", "password": "demo", "_csrf": token}, timeout=30)
    before = user.get(f"{a.base}/tasks.xhtml", timeout=60, allow_redirects=False).status_code

    t0 = time.time()
    ths = [threading.Thread(target=worker, daemon=True) for _ in range(a.threads)]
    [t.start() for t in ths]
    time.sleep(a.warm_s)

    events = {}
    events["restart"] = [time.time()]
    run_cmd(a.db_stop); events["restart"].append(time.time())
    run_cmd(a.db_start); events["restart"].append(time.time())
    time.sleep(a.between_s)

    q(f"update ACT_RU_JOB set DUEDATE_ = now() + interval {zone_h} hour + interval 5 second where ID_ = '{timer}'")
    events["outage"] = [time.time()]
    run_cmd(a.db_kill); events["outage"].append(time.time())
    seen = {}

    def ask(name, fn):
        seen[name] = fn()

    time.sleep(2)
    askers = [threading.Thread(target=ask, args=("page", lambda: user.get(
                  f"{a.base}/tasks.xhtml", timeout=60, headers={"Accept": "text/html"}, allow_redirects=False))),
              threading.Thread(target=ask, args=("rest", lambda: requests.get(
                  f"{rest}/task", params={"processInstanceId": probe_pid}, timeout=60,
                  auth=auth(plan["steps"][0].get("user")))))]
    [t.start() for t in askers]; [t.join() for t in askers]
    time.sleep(max(0, a.down_s - (time.time() - events["outage"][1])))
    run_cmd(a.db_start); up = time.time(); events["outage"].append(up)
    timer_ran = None
    while time.time() < up + a.wait_s:
        if not q(f"select 1 from ACT_RU_JOB where ID_ = '{timer}'"):
            timer_ran = time.time(); break
        time.sleep(0.5)
    time.sleep(max(0, a.after_s - (time.time() - up)))
    stop.set(); [t.join() for t in ths]
    after = user.get(f"{a.base}/tasks.xhtml", timeout=60, allow_redirects=False).status_code
    wall = time.time() - t0

    # ---- what the callers saw
    rows = sorted(calls.rows)
    ok = lambda r: r[4] is not None and r[4] < 300
    print(f"load: {a.threads} threads for {wall:.0f} s; calls: {len(rows)}, of which failed: "
          f"{sum(1 for r in rows if not ok(r))}")
    verdict = {}
    unclear_all = []
    for name, (down, gone, back) in events.items():
        during = [r for r in rows if r[1] >= down and r[0] <= back + 15]
        failed = [r for r in during if not ok(r)]
        unclear = [r for r in failed if not clear(r[4], r[5])]
        unclear_all += unclear
        first_ok = next((r for r in rows if r[0] >= back and ok(r)), None)
        print(f"{name}: database away {back - down:.1f} s (stopped in {gone - down:.1f} s); calls during it: "
              f"{len(during)}, failed: {len(failed)}, of which with the clear 503: {len(failed) - len(unclear)}")
        for r in unclear[:5]:
            print(f"  unclear: {r[2]} {r[3][len(a.base):]} -> {r[4]} {r[5][:160]!r}")
        if first_ok:
            print(f"  first call sent after the database was back succeeded {first_ok[1] - back:.1f} s after it")
        verdict[f"reconnected after the {name}"] = first_ok is not None
    elsewhere = [r for r in rows if not ok(r) and not any(e[0] <= r[1] and r[0] <= e[2] + 15 for e in events.values())]
    print(f"failed calls outside the outages: {len(elsewhere)}" + (f"; first: {elsewhere[0][4]} {elsewhere[0][5][:160]!r}"
                                                                  if elsewhere else ""))
    verdict["in-flight calls failed with the clear 503"] = not unclear_all and not elsewhere
    pg, rs = seen.get("page"), seen.get("rest")
    page_clear = pg is not None and pg.status_code == 503 and CLEAR_TEXT in pg.text
    rest_clear = rs is not None and rs.status_code == 503 and clear(503, rs.text)
    print(f"page during the outage: HTTP {pg.status_code if pg is not None else '-'}"
          f"{' with 「' + CLEAR_TEXT + '…」' if page_clear else ''}; REST: HTTP {rs.status_code if rs is not None else '-'} "
          f"{rs.text[:200] if rs is not None else ''}")
    print(f"the same user's task list before the outage: HTTP {before}, after it: HTTP {after} (the session survived)")
    verdict["page and REST said so during the outage"] = page_clear and rest_clear
    verdict["the user's session survived"] = before == after == 200
    print(f"probe timer (due 5 s into the outage): " + (f"ran {timer_ran - up:.1f} s after the database was back"
                                                        if timer_ran else f"did not run within {a.wait_s} s"))
    verdict["job executor resumed"] = timer_ran is not None

    # ---- finish every case as its users would, then the database's word
    s = requests.Session()
    for pid, in q(f"select PROC_INST_ID_ from ACT_HI_PROCINST where BUSINESS_KEY_ like '{run}-%' and END_TIME_ is null"):
        for st in plan["steps"]:
            for _ in range(3):
                if step(s, pid, st):
                    break
                time.sleep(1)
    ids = f"select PROC_INST_ID_ from ACT_HI_PROCINST where BUSINESS_KEY_ like '{run}-%'"
    deadline = time.time() + a.wait_s
    while time.time() < deadline:  # the last step's asynchronous continuation runs on the job executor
        if int(q(f"select count(*) from ACT_HI_PROCINST where PROC_INST_ID_ in ({ids}) and END_TIME_ is null")[0][0]) == 0:
            break
        time.sleep(2)
    steps = len(plan["steps"])
    cases = q("select P.PROC_INST_ID_, P.STATE_,"
              " (select count(*) from ACT_HI_TASKINST T where T.PROC_INST_ID_ = P.PROC_INST_ID_"
              "   and T.END_TIME_ is not null and T.DELETE_REASON_ = 'completed'),"
              " (select count(distinct T.TASK_DEF_KEY_) from ACT_HI_TASKINST T where T.PROC_INST_ID_ = P.PROC_INST_ID_"
              "   and T.DELETE_REASON_ = 'completed'),"
              " (select count(*) from ACT_HI_TASKINST T where T.PROC_INST_ID_ = P.PROC_INST_ID_ and T.END_TIME_ is null),"
              " (select count(*) from audit_entry E where E.process_instance_id = P.PROC_INST_ID_"
              "   and E.action = 'TASK_COMPLETED'),"
              " (select count(*) from purpose U where U.case_key = P.BUSINESS_KEY_),"
              " (select count(*) from ACT_HI_INCIDENT I where I.PROC_INST_ID_ = P.PROC_INST_ID_)"
              f" from ACT_HI_PROCINST P where P.PROC_INST_ID_ in ({ids})")
    bad = [c for c in cases if c[1] != "COMPLETED" or int(c[2]) != steps or int(c[3]) != steps or int(c[4]) != 0
           or int(c[5]) != steps or int(c[6]) != 1 or int(c[7]) != 0]
    print(f"cases in the database: {len(cases)} (the probe included); ended exactly once with all their records: "
          f"{len(cases) - len(bad)}; not so: {len(bad)}")
    for c in bad[:10]:
        print("  case", c[0], "state", c[1], "completed tasks", c[2], "distinct", c[3], "open", c[4], "trail", c[5],
              "purposes", c[6], "incidents", c[7])
    verdict["no half-written case"] = not bad and len(cases) > 1
    for k, v in verdict.items():
        print(f"  {'PASS' if v else 'FAIL'}  {k}")
    passed = all(verdict.values())
    print("VERDICT:", "PASS" if passed else "FAIL")
    sys.exit(0 if passed else 1)


if __name__ == "__main__":
    main()
