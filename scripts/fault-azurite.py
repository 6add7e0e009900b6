#!/usr/bin/env python3
"""Fault test: crash Azurite (kill -9) under a steady stream of checks and signed webhook deliveries, then restart it.

Loopback only, bounded in time (about 30 s) and count. Needs `npm ci` and `dotnet build FactBot.sln` (Debug) done first.
Reports: check latency p50/p99 before, during and after the outage; delivery latency while the store is down;
time from restart to the first acknowledged delivery; and whether every acknowledged delivery has its row
(read back through GET /api/claims/{id}, which reads the Checks table). Exits 1 if an acknowledged delivery has no
row, recovery takes over 10 s, or the checks' p99 with the store down is 50 ms or more.

    python3 scripts/fault-azurite.py
"""
import base64, hashlib, hmac, json, os, shutil, signal, subprocess, sys, tempfile, time, urllib.request, urllib.error, uuid

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from loadkit import ROOT, build_output, connection_string, free_port, pct, start_azurite, wait_port  # noqa: E402

SECRET = "whsec_" + base64.b64encode(os.urandom(24)).decode()
CLAIM = "OpenAI was founded in 2015."


def request(method, url, body=None, headers=None, timeout=10):
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(url, data=data, method=method, headers={"Content-Type": "application/json", **(headers or {})})
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            status, text = r.status, r.read()
    except urllib.error.HTTPError as e:
        status, text = e.code, e.read()
    return status, (time.perf_counter() - started) * 1000, text


def delivery(base):
    wid = "msg_" + uuid.uuid4().hex
    ts = str(int(time.time()))
    body = json.dumps({"claim": CLAIM})
    key = base64.b64decode(SECRET[len("whsec_"):])
    sig = "v1," + base64.b64encode(hmac.new(key, f"{wid}.{ts}.{body}".encode(), hashlib.sha256).digest()).decode()
    req = urllib.request.Request(base + "/api/webhooks/claims", data=body.encode(), method="POST",
                                 headers={"Content-Type": "application/json", "webhook-id": wid, "webhook-timestamp": ts, "webhook-signature": sig})
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(req, timeout=10) as r:
            return r.status, (time.perf_counter() - started) * 1000, json.loads(r.read())["id"]
    except urllib.error.HTTPError as e:
        return e.code, (time.perf_counter() - started) * 1000, None


def phase(base, seconds, log):
    end = time.time() + seconds
    while time.time() < end:
        status, ms, _ = request("POST", base + "/api/claims/check", {"claim": CLAIM})
        log["checks"].append((status, ms))
        status, ms, check_id = delivery(base)
        log["deliveries"].append((status, ms, check_id, time.time()))
        time.sleep(0.05)


def main():
    az_port, host_port = free_port(), free_port()
    folder = tempfile.mkdtemp(prefix="factbot-fault-")
    env = {**os.environ, "FactBot__Storage__ConnectionString": connection_string(az_port), "FactBot__Webhook__Secret": SECRET}
    azurite = start_azurite(az_port, folder)
    host = None
    try:
        subprocess.run(["dotnet", build_output("FactBot.Cli", "FactBot.Cli.dll"), "seed"], env=env, check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
        host = subprocess.Popen(["dotnet", build_output("FactBot.LocalHost", "FactBot.LocalHost.dll"), "--urls", f"http://127.0.0.1:{host_port}"],
                                env={**env, "Logging__LogLevel__Default": "None"}, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wait_port(host_port, 60)
        base = f"http://127.0.0.1:{host_port}"
        before, down, after = {"checks": [], "deliveries": []}, {"checks": [], "deliveries": []}, {"checks": [], "deliveries": []}
        phase(base, 6, before)
        time.sleep(6)                              # Azurite persists its store every 5 s: let it save, so a lost row is ours.
        azurite.send_signal(signal.SIGKILL); azurite.wait()
        phase(base, 6, down)
        azurite = start_azurite(az_port, folder)
        restarted = time.time()                    # from the moment the restarted Azurite listens
        phase(base, 10, after)

        acked = [d for log in (before, down, after) for d in log["deliveries"] if 200 <= d[0] < 300]
        missing = [d[2] for d in acked if request("GET", f"{base}/api/claims/{d[2]}")[0] != 200]
        first_ok = next((d[3] - restarted for d in after["deliveries"] if 200 <= d[0] < 300), None)
        for name, log in (("before", before), ("store down", down), ("after restart", after)):
            c = [ms for _, ms in log["checks"]]
            bad = sum(1 for s, _ in log["checks"] if s != 200)
            dl = [d[1] for d in log["deliveries"]]
            codes = sorted({d[0] for d in log["deliveries"]})
            print(f"{name:14} checks n={len(c)} non-200={bad} p50={pct(c, .5):.1f} ms p99={pct(c, .99):.1f} ms | "
                  f"deliveries n={len(dl)} statuses={codes} p50={pct(dl, .5):.1f} ms p99={pct(dl, .99):.1f} ms")
        print(f"first acknowledged delivery {first_ok:.2f} s after the restart" if first_ok is not None else "no delivery acknowledged after the restart")
        print(f"acknowledged deliveries: {len(acked)}, without their row: {len(missing)}")
        down_p99 = pct([ms for _, ms in down["checks"]], .99)
        print(f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
        return 1 if missing or first_ok is None or first_ok > 10 or not down_p99 < 50 else 0
    finally:
        if host:
            host.terminate(); host.wait(10)
        if azurite.poll() is None:
            azurite.terminate(); azurite.wait(10)
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
