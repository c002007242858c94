#!/usr/bin/env python3
"""two-nodes.py — cases across several Mamori nodes on one database, one node killed on the way; then the verdict.

Each case is the new-purpose approval of PLAN (start, review, approve) over REST; its calls go to the nodes in turn
(start on one, review on the next, ...), as a load balancer without stickiness would send them. When a node stops
answering, the call goes to the next node, as a load balancer's health check would. After KILL_AT cases have started,
the command KILL (e.g. "kill -9 <pid>") is run once. A completion whose answer was lost with the node is retried on
another node; if the task is gone by then, the lost answer is taken to have committed, and the verdict checks it.

Verdict (from the database, after the asynchronous steps had time to run on the survivors): every case started ended
exactly once (one completed process instance, each task completed once, one trail entry per completion, one
registered purpose), none is left running.

usage: two-nodes.py PLAN.json --nodes http://h:8080/engine-rest,http://h:8081/engine-rest --cases N --threads C
                    --kill-at K --kill "kill -9 123" --db-query "mariadb -N -B -h... dbname" --wait-s S
"""
import argparse, json, subprocess, sys, threading, time
import requests


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
    a = ap.parse_args()
    plan = json.load(open(a.plan))
    nodes = a.nodes.split(",")
    down = set(); lock = threading.Lock()
    counter = iter(range(a.cases)); started = []; errors = []; retried = [0]; killed = [None]
    run = f"nodes-{int(time.time())}"

    def auth(u):
        return tuple(u.split(":", 1)) if u else None

    def call(session, turn, method, path, **kw):
        """The call on the node whose turn it is, or on the next one that answers."""
        for k in range(len(nodes)):
            node = nodes[(turn + k) % len(nodes)]
            if node in down:
                continue
            try:
                return session.request(method, node + path, timeout=60, **kw), node
            except requests.ConnectionError:
                with lock:
                    down.add(node); retried[0] += 1
        raise RuntimeError("no node answers")

    def worker():
        s = requests.Session()
        while True:
            with lock:
                i = next(counter, None)
                if i is not None and i == a.kill_at and a.kill:
                    killed[0] = time.time()
                    subprocess.run(a.kill, shell=True)
            if i is None:
                return
            try:
                r, _ = call(s, i, "POST", f"/process-definition/key/{plan['process']}/start",
                            json={"variables": camunda_vars(plan["start"].get("vars", {})),
                                  "businessKey": f"{run}-{i}"},
                            auth=auth(plan["start"].get("user")))
                r.raise_for_status(); pid = r.json()["id"]
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
                        if r.status_code >= 500 or r.status_code == 404:
                            continue  # the node died under the call, or the task moved on: look again
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

    def q(sql):
        out = subprocess.run(a.db_query + " -e \"" + sql + "\"", shell=True, capture_output=True, text=True)
        if out.returncode:
            raise RuntimeError(out.stderr)
        return [line.split("\t") for line in out.stdout.strip().splitlines() if line]

    ids = f"select PROC_INST_ID_ from ACT_HI_PROCINST where BUSINESS_KEY_ like '{run}-%'"
    deadline = time.time() + a.wait_s
    while True:  # polled: the survivors take over the dead node's jobs when their locks expire
        running = int(q(f"select count(*) from ACT_HI_PROCINST where PROC_INST_ID_ in ({ids}) and END_TIME_ is null")[0][0])
        if running == 0 or time.time() > deadline:
            break
        time.sleep(2)
    if killed[0]:
        print(f"all cases ended {time.time() - killed[0]:.0f} s after the kill" if running == 0
              else f"{running} cases still running {a.wait_s} s after the last call")
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
    ok = not bad and missing == 0 and not twice
    print("VERDICT:", "PASS" if ok else "FAIL")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
