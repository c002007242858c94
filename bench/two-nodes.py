#!/usr/bin/env python3
"""two-nodes.py — cases across several Mamori nodes on one database, one node killed on the way; then the verdict.

Each case is the new-purpose approval of PLAN (start, review, approve) over REST; its calls go to the nodes in turn
(start on one, review on the next, ...), as a load balancer without stickiness would send them. When a node stops
answering, the call goes to the next node, as a load balancer's health check would. After KILL_AT cases have started,
the command KILL (e.g. "kill -9 <pid>") is run once. A completion whose answer was lost with the node is retried on
another node; if the task is gone by then, the lost answer is taken to have committed, and the verdict checks it.

Before the load, a login on the first node is continued on the second (the task list, then a postback of it on the
first): the session is in the database (ADR 0034).

Verdict (from the database, after the asynchronous steps had time to run on the survivors): the session was shared;
every case started ended exactly once (one completed process instance, each task completed once, one trail entry per
completion, one registered purpose), none is left running; the jobs that existed at the kill (the dead node's locked
ones among them) were all done within the stated take-over time.

usage: two-nodes.py PLAN.json --nodes http://h:8080/engine-rest,http://h:8081/engine-rest --cases N --threads C
                    --kill-at K --kill "kill -9 123" --db-query "mariadb -N -B -h... dbname" --wait-s S
                    [--web-user nurse:demo] [--take-over-s T]
"""
import argparse, json, re, subprocess, sys, threading, time
import requests


def session_check(webs, user, password):
    """Logs in on the first node, opens the task list on the second with the same cookie, then posts the list's
    filter (a JSF postback of the page the second node rendered) to the first. True when both answer as one session."""
    s = requests.Session()
    page = s.get(webs[0] + "/login.xhtml", timeout=60).text
    token = re.search(r'name="_csrf" value="([^"]+)"', page).group(1)
    s.post(webs[0] + "/login", data={"username": user, "password": password, "_csrf": token},
           allow_redirects=False, timeout=60)
    tasks = s.get(webs[1] + "/tasks.xhtml", allow_redirects=False, timeout=60)
    print(f"logged in on {webs[0]}, the task list on {webs[1]}: HTTP {tasks.status_code}")
    if tasks.status_code != 200:
        return False
    state = re.search(r'name="jakarta.faces.ViewState"[^>]*value="([^"]+)"', tasks.text).group(1).replace("&#58;", ":")
    token = re.search(r'name="_csrf" value="([^"]+)"', tasks.text).group(1)
    post = s.post(webs[0] + "/tasks.xhtml", timeout=60, data={
        "jakarta.faces.partial.ajax": "true", "jakarta.faces.source": "taskForm:applyFilters",
        "jakarta.faces.partial.execute": "taskForm", "jakarta.faces.partial.render": "taskForm:tasks",
        "taskForm:applyFilters": "taskForm:applyFilters", "taskForm": "taskForm", "taskForm:scope": "ALL",
        "taskForm:procedure_input": "", "jakarta.faces.ViewState": state, "_csrf": token,
        "primefaces.nonce": re.search(r'nonce="([^"]+)"', tasks.text).group(1)})
    ok = post.status_code == 200 and "<partial-response" in post.text and "<error>" not in post.text
    print(f"the list's postback on {webs[0]} with the view of {webs[1]}: HTTP {post.status_code}, "
          f"{'the page answers' if ok else 'no proper answer'}")
    return ok


def camunda_vars(d):
    out = {}
    for k, v in d.items():
        t = "Boolean" if isinstance(v, bool) else "Long" if isinstance(v, int) else "String"
        out[k] = {"value": v, "type": t}
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("plan"); ap.add_argument("--nodes", required=True)
    ap.add_argument("--cases", type=int, default=1000); ap.add_argument("--threads", type=int, default=8)
    ap.add_argument("--kill-at", type=int, default=-1); ap.add_argument("--kill", default="")
    ap.add_argument("--db-query", required=True); ap.add_argument("--wait-s", type=int, default=600)
    ap.add_argument("--web-user", default="nurse:demo")
    ap.add_argument("--take-over-s", type=int, default=0, help="the stated time within which a dead node's jobs run")
    a = ap.parse_args()
    plan = json.load(open(a.plan))
    nodes = a.nodes.split(",")
    down = set(); lock = threading.Lock()
    counter = iter(range(a.cases)); started = []; errors = []; retried = [0]; killed = [None]
    run = f"nodes-{int(time.time())}"
    jobs_at_kill = []

    def q(sql):
        out = subprocess.run(a.db_query + " -e \"" + sql + "\"", shell=True, capture_output=True, text=True)
        if out.returncode:
            raise RuntimeError(out.stderr)
        return [line.split("\t") for line in out.stdout.strip().splitlines() if line]

    webs = [n[:-len("/engine-rest")] for n in nodes]
    shared = session_check(webs, *a.web_user.split(":", 1))

    def auth(u):
        return tuple(u.split(":", 1)) if u else None

    def call(session, turn, method, path, retry=True, **kw):
        """The call on the node whose turn it is, or on the next one that answers. Without retry, a connection lost
        during the call is raised (the call may have committed: a start is then looked up, not repeated)."""
        for k in range(len(nodes)):
            node = nodes[(turn + k) % len(nodes)]
            if node in down:
                continue
            try:
                return session.request(method, node + path, timeout=60, **kw), node
            except requests.ConnectionError:
                with lock:
                    down.add(node); retried[0] += 1
                if not retry:
                    raise
        raise RuntimeError("no node answers")

    def worker():
        s = requests.Session()
        while True:
            with lock:
                i = next(counter, None)
                if i is not None and i == a.kill_at and a.kill:
                    killed[0] = time.time()
                    subprocess.run(a.kill, shell=True)
                    # the jobs that exist at the kill: some were taken by the dead node and wait for their lock to end
                    jobs_at_kill.extend(r[0] for r in q("select ID_ from ACT_RU_JOB where LOCK_OWNER_ is not null"))
            if i is None:
                return
            try:
                pid = None
                for attempt in range(3):
                    if attempt > 0:  # the answer was lost with its node: did the start commit?
                        r, _ = call(s, i, "GET", "/history/process-instance", auth=auth(plan["start"].get("user")),
                                    params={"processInstanceBusinessKey": f"{run}-{i}"})
                        if r.status_code == 200 and r.json():
                            pid = r.json()[0]["id"]; break
                    try:
                        r, _ = call(s, i, "POST", f"/process-definition/key/{plan['process']}/start",
                                    json={"variables": camunda_vars(plan["start"].get("vars", {})),
                                          "businessKey": f"{run}-{i}"},
                                    auth=auth(plan["start"].get("user")), retry=False)
                    except requests.ConnectionError:
                        continue
                    if r.status_code >= 500:
                        continue
                    r.raise_for_status(); pid = r.json()["id"]; break
                if pid is None:
                    raise RuntimeError(f"case {i} could not be started")
                with lock:
                    started.append(pid)
                for n, st in enumerate(plan["steps"], start=1):
                    for attempt in range(3):
                        r, _ = call(s, i + n, "GET", "/task", auth=auth(st.get("user")),
                                    params={"processInstanceId": pid, "taskDefinitionKey": st["task"]})
                        r.raise_for_status(); tasks = r.json()
                        if not tasks:
                            if attempt > 0:
                                break  # the lost answer had committed: the verdict checks it was once
                            raise RuntimeError(f"no task {st['task']} in case {pid}")
                        try:
                            r, _ = call(s, i + n + attempt, "POST", f"/task/{tasks[0]['id']}/complete",
                                        auth=auth(st.get("user")),
                                        json={"variables": camunda_vars(st.get("vars", {}))})
                        except RuntimeError:
                            raise
                        if r.status_code in (200, 204):
                            break
                        if r.status_code >= 500 or r.status_code in (404, 409):
                            continue  # the node died under the call, the task moved on, or a step of the same
                            # case ran at the same moment (409, "try again"; e.g. a job the survivor took over)
                        r.raise_for_status()
            except Exception as e:  # counted and shown; the verdict decides
                with lock:
                    errors.append(str(e)[:200])

    t0 = time.time()
    ths = [threading.Thread(target=worker) for _ in range(a.threads)]
    [t.start() for t in ths]; [t.join() for t in ths]
    print(f"cases started: {len(started)}/{a.cases} in {time.time() - t0:.1f} s; calls moved to another node: "
          f"{retried[0]}; nodes down: {sorted(down)}")
    if errors:
        print(f"driver errors: {len(errors)}; first: {errors[0]}")

    ids = f"select PROC_INST_ID_ from ACT_HI_PROCINST where BUSINESS_KEY_ like '{run}-%'"
    deadline = time.time() + a.wait_s
    while True:  # polled: the survivors take over the dead node's jobs when their locks expire
        running = int(q(f"select count(*) from ACT_HI_PROCINST where PROC_INST_ID_ in ({ids}) and END_TIME_ is null")[0][0])
        if running == 0 or time.time() > deadline:
            break
        time.sleep(2)
    taken_over = None
    if killed[0]:
        print(f"all cases ended {time.time() - killed[0]:.0f} s after the kill" if running == 0
              else f"{running} cases still running {a.wait_s} s after the last call")
        while jobs_at_kill:  # the jobs of the kill's moment, the dead node's among them, all gone
            left = int(q("select count(*) from ACT_RU_JOB where ID_ in ('" + "','".join(jobs_at_kill) + "')")[0][0])
            if left == 0 or time.time() > deadline:
                break
            time.sleep(1)
        taken_over = time.time() - killed[0]
        print(f"jobs at the kill: {len(jobs_at_kill)}; all done {taken_over:.0f} s after the kill"
              + (f" (stated: within {a.take_over_s} s)" if a.take_over_s else ""))
    rows = q("select P.PROC_INST_ID_, P.STATE_, "
             " (select count(*) from ACT_HI_TASKINST T where T.PROC_INST_ID_ = P.PROC_INST_ID_ and T.END_TIME_ is not null"
             "   and T.DELETE_REASON_ = 'completed'),"
             " (select count(*) from ACT_HI_TASKINST T where T.PROC_INST_ID_ = P.PROC_INST_ID_ and T.END_TIME_ is null),"
             " (select count(*) from audit_entry E where E.process_instance_id = P.PROC_INST_ID_ and E.action = 'TASK_COMPLETED'),"
             " (select count(*) from purpose U where U.case_key = P.BUSINESS_KEY_)"
             f" from ACT_HI_PROCINST P where P.PROC_INST_ID_ in ({ids})")
    steps = len(plan["steps"])
    bad = [r for r in rows if r[1] != "COMPLETED" or int(r[2]) != steps or int(r[3]) != 0 or int(r[4]) != steps
           or int(r[5]) != 1]
    keys = q(f"select BUSINESS_KEY_, count(*) from ACT_HI_PROCINST where BUSINESS_KEY_ like '{run}-%' group by BUSINESS_KEY_")
    twice = [k for k in keys if int(k[1]) > 1]
    missing = a.cases - len(keys)
    print(f"cases ended exactly once: {len(rows) - len(bad)} of {a.cases}; not so: {len(bad)}; never started: {missing};"
          f" started twice (a start retried after its answer was lost): {len(twice)}")
    for r in bad[:10]:
        print("  case", r[0], "state", r[1], "completed tasks", r[2], "open tasks", r[3], "trail", r[4], "purposes", r[5])
    late = bool(a.take_over_s and taken_over is not None and taken_over > a.take_over_s)
    print(f"session shared by the nodes: {'yes' if shared else 'NO'}; jobs taken over in time: "
          f"{'NO' if late else 'yes'}")
    ok = not bad and missing == 0 and not twice and shared and not late
    print("VERDICT:", "PASS" if ok else "FAIL")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
