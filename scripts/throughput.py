#!/usr/bin/env python3
"""Throughput: POST /api/claims/check against GET /api/health on the same LocalHost, in the same run, with wrk.

Loopback only, bounded (each wrk run lasts --seconds). Needs a build of FactBot.sln (`-c Release` for figures worth
quoting; --configuration Debug uses the Debug build), and `npm ci` for --store azurite. Installs wrk with apt-get if it
is missing (and says so). Starts the LocalHost (on the embedded store, or on an Azurite of its own, in memory, seeded),
warms it up, then runs wrk at c=1 and c=32 on:

- GET /api/health, the cheapest route: on the embedded store it answers from memory (store reachable, fact count and
  version of the loaded snapshot); on Table Storage it also reads one key of each of the four tables per request;
- POST /api/claims/check with the claims of eval/public and eval/own in rotation (a Lua script), each check recorded.

Reports req/s, latency p50/p99, non-2xx answers and, for checks, how many answered `recorded: false`; and the ratio
check / health. Exits 1 if wrk fails or any check answered other than 200.

    python3 scripts/throughput.py                       # embedded store, 10 s per run
    python3 scripts/throughput.py --store azurite --seconds 5
"""
import argparse, json, os, shutil, signal, subprocess, sys, tempfile, urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import loadkit  # noqa: E402
from loadkit import free_port, realistic_claims, seed, start_azurite, start_localhost  # noqa: E402

LUA = r"""
local bodies = {}
%(bodies)s
local counter = 1
local method, path, headers = "%(method)s", "%(path)s", {["Content-Type"] = "application/json"}
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) counter = math.random(#bodies); statuses = {}; unrecorded = 0 end
function request()
  counter = counter %% #bodies + 1
  if method == "POST" then return wrk.format(method, path, headers, bodies[counter]) end
  return wrk.format(method, path)
end
function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
  if body and string.find(body, '"recorded":false', 1, true) then unrecorded = unrecorded + 1 end
end
function done(summary, latency, requests)
  local all, unrec = {}, 0
  for _, t in ipairs(threads) do
    for s, n in pairs(t:get("statuses")) do all[tostring(s)] = (all[tostring(s)] or 0) + n end
    unrec = unrec + t:get("unrecorded")
  end
  local parts = {}
  for s, n in pairs(all) do table.insert(parts, string.format('"%%s":%%d', s, n)) end
  io.write(string.format('RESULT {"requests":%%d,"seconds":%%f,"p50_us":%%d,"p99_us":%%d,"errors":%%d,"unrecorded":%%d,"statuses":{%%s}}\n',
    summary.requests, summary.duration / 1e6, latency:percentile(50), latency:percentile(99),
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout, unrec, table.concat(parts, ",")))
end
"""


def lua_string(text):
    level = "=" * 4
    return f"[{level}[{text}]{level}]"


def ensure_wrk():
    if shutil.which("wrk"):
        return
    print("wrk is missing: installing it with apt-get (apt-get install -y wrk)")
    sudo = [] if os.geteuid() == 0 else ["sudo"]
    # A fresh machine's package lists may be empty ("Unable to locate package wrk"): update them first.
    subprocess.run(sudo + ["apt-get", "update"], check=True, stdout=subprocess.DEVNULL)
    subprocess.run(sudo + ["apt-get", "install", "-y", "wrk"], check=True, stdout=subprocess.DEVNULL)


def run_wrk(base, method, path, bodies, connections, seconds, folder):
    script = os.path.join(folder, f"{method}-{connections}.lua")
    with open(script, "w", encoding="utf-8") as f:
        f.write(LUA % {"bodies": "\n".join(f"bodies[{i + 1}] = {lua_string(b)}" for i, b in enumerate(bodies)), "method": method, "path": path})
    threads = min(connections, 2)
    out = subprocess.run(["wrk", "-t", str(threads), "-c", str(connections), "-d", f"{seconds}s", "--timeout", "10s", "-s", script, base],
                         capture_output=True, text=True, timeout=seconds + 60)
    line = next((l for l in out.stdout.splitlines() if l.startswith("RESULT ")), None)
    if out.returncode != 0 or line is None:
        sys.exit(f"wrk failed: {out.stdout}\n{out.stderr}")
    result = json.loads(line[len("RESULT "):])
    result["rps"] = result["requests"] / result["seconds"]
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=10, help="length of each wrk run")
    parser.add_argument("--configuration", default="Release", choices=["Release", "Debug"])
    parser.add_argument("--store", default="embedded", choices=["embedded", "azurite"])
    args = parser.parse_args()
    loadkit.CONFIGURATION = args.configuration
    ensure_wrk()

    az_port, host_port = free_port(), free_port()
    folder = tempfile.mkdtemp(prefix="factbot-wrk-")
    azurite = start_azurite(az_port) if args.store == "azurite" else None
    host = None
    failed = False
    try:
        env = seed(az_port, {}) if azurite else {**os.environ, "FactBot__Storage__ConnectionString": ""}
        host = start_localhost(host_port, env)
        base = f"http://127.0.0.1:{host_port}"
        claims = realistic_claims()
        bodies = [json.dumps({"claim": c}, ensure_ascii=False) for c in claims]
        for body in bodies[:200]:                  # warm-up: snapshot, JIT, connection pools
            urllib.request.urlopen(urllib.request.Request(base + "/api/claims/check", data=body.encode(), method="POST",
                                                          headers={"Content-Type": "application/json"}), timeout=30).read()
        print(f"LocalHost ({args.configuration}) on {'Azurite in memory' if azurite else 'the embedded store'}; {len(claims)} claims in rotation; {args.seconds} s per run; {os.cpu_count()} cores")
        results = {}
        for connections in (1, 32):
            for name, method, path in (("GET health", "GET", "/api/health"), ("POST check", "POST", "/api/claims/check")):
                load = os.getloadavg()[0]
                r = run_wrk(base, method, path, bodies, connections, args.seconds, folder)
                results[(name, connections)] = r
                non2xx = sum(n for s, n in r["statuses"].items() if not s.startswith("2"))
                extra = f", recorded:false {r['unrecorded']}" if method == "POST" else ""
                print(f"c={connections:<3} {name:13} {r['rps']:8.0f} req/s  p50 {r['p50_us'] / 1000:6.2f} ms  p99 {r['p99_us'] / 1000:6.2f} ms  "
                      f"non-2xx {non2xx}, socket errors {r['errors']}{extra}  (load average {load:.2f} at start)")
                if method == "POST" and (non2xx or r["errors"]):
                    failed = True
        for connections in (1, 32):
            check = results[("POST check", connections)]["rps"]
            print(f"c={connections:<3} ratio check/health {check / results[('GET health', connections)]['rps']:.2f}")
        print(f"load average at the end {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
        return 1 if failed else 0
    finally:
        if host:
            host.terminate(); host.wait(10)
        if azurite and azurite.poll() is None:
            azurite.send_signal(signal.SIGTERM); azurite.wait(10)
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
