#!/usr/bin/env python3
"""Load test: N signed webhook deliveries at concurrency C, each delivery id sent 3 times at once.

Loopback only and bounded (a deadline for the whole run, 30 s per request). Needs `npm ci` and
`dotnet build FactBot.sln -c Release` (or --configuration Debug) done first. Starts its own Azurite (in memory, free port), seeds it, starts the LocalHost on it, sends the
deliveries, then counts the rows of the Checks and WebhookDeliveries tables by reading Azurite's Table REST API directly
(Shared Key Lite with the well-known development key), not by trusting the responses. Exits 1 unless both tables hold
exactly N rows, no answer was a 5xx or anything but 200, and the three answers to each id name the same check.

    python3 scripts/load-deliveries.py                 # 10,000 deliveries, c=32
    python3 scripts/load-deliveries.py --deliveries 2000 --concurrency 16

The three copies of an id are adjacent in one queue drained by C keep-alive connections, so they are in flight together;
the script reports how many ids had all three copies overlapping in time.
"""
import argparse, base64, email.utils, hashlib, hmac, http.client, json, os, queue, signal, sys, threading, time, urllib.parse, uuid

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import loadkit  # noqa: E402
from loadkit import ACCOUNT, KEY, free_port, pct, realistic_claims, start_azurite, start_localhost, seed  # noqa: E402

COPIES = 3


def table_count(port, table, deadline):
    """Rows of a table, read page by page through Azurite's Table REST API (only the keys)."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    count, next_pk, next_rk = 0, None, None
    try:
        while True:
            if time.time() > deadline:
                raise TimeoutError("counting rows took past the deadline")
            resource = f"/{ACCOUNT}/{table}()"
            query = {"$select": "PartitionKey", "$top": "1000"}
            if next_pk is not None:
                query["NextPartitionKey"] = next_pk
                if next_rk is not None:
                    query["NextRowKey"] = next_rk
            date = email.utils.formatdate(usegmt=True)
            signature = base64.b64encode(hmac.new(base64.b64decode(KEY), f"{date}\n/{ACCOUNT}{resource}".encode(), hashlib.sha256).digest()).decode()
            conn.request("GET", resource + "?" + urllib.parse.urlencode(query), headers={
                "x-ms-date": date, "x-ms-version": "2019-02-02", "Accept": "application/json;odata=nometadata",
                "DataServiceVersion": "3.0;NetFx", "MaxDataServiceVersion": "3.0;NetFx",
                "Authorization": f"SharedKeyLite {ACCOUNT}:{signature}"})
            response = conn.getresponse()
            body = response.read()
            if response.status != 200:
                raise RuntimeError(f"counting {table}: HTTP {response.status} {body[:200]!r}")
            count += len(json.loads(body)["value"])
            next_pk = response.getheader("x-ms-continuation-NextPartitionKey")
            next_rk = response.getheader("x-ms-continuation-NextRowKey")
            if not next_pk:
                return count
    finally:
        conn.close()


def signed(secret_key, claim):
    wid = "msg_" + uuid.uuid4().hex
    ts = str(int(time.time()))
    body = json.dumps({"claim": claim}).encode()
    sig = "v1," + base64.b64encode(hmac.new(secret_key, f"{wid}.{ts}.".encode() + body, hashlib.sha256).digest()).decode()
    return wid, body, {"Content-Type": "application/json", "webhook-id": wid, "webhook-timestamp": ts, "webhook-signature": sig}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--deliveries", type=int, default=10_000)
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument("--deadline", type=int, default=600, help="seconds for the whole run")
    parser.add_argument("--configuration", default="Release", choices=["Release", "Debug"], help="which build of FactBot.sln to run")
    args = parser.parse_args()
    loadkit.CONFIGURATION = args.configuration
    deadline = time.time() + args.deadline

    secret_key = os.urandom(24)
    secret = "whsec_" + base64.b64encode(secret_key).decode()
    az_port, host_port = free_port(), free_port()
    azurite = start_azurite(az_port)
    host = None
    try:
        env = seed(az_port, {"FactBot__Webhook__Secret": secret})
        host = start_localhost(host_port, env)
        claims = realistic_claims()

        # Every id's three copies carry the same headers and body, as a sender's redeliveries do. An id is signed when
        # its first copy is taken, so that its timestamp stays within the webhook's 5-minute tolerance however long the run.
        work = queue.Queue()
        for i in range(args.deliveries):
            for _ in range(COPIES):
                work.put(i)
        results, lock, signatures = {}, threading.Lock(), {}

        def take():
            i = work.get_nowait()
            with lock:
                if i not in signatures:
                    signatures[i] = signed(secret_key, claims[i % len(claims)])
                return signatures[i]

        def worker():
            conn = http.client.HTTPConnection("127.0.0.1", host_port, timeout=30)
            while time.time() < deadline:
                try:
                    wid, body, headers = take()
                except queue.Empty:
                    break
                started = time.perf_counter()
                try:
                    conn.request("POST", "/api/webhooks/claims", body=body, headers=headers)
                    response = conn.getresponse()
                    status, text = response.status, response.read()
                except (OSError, http.client.HTTPException) as error:
                    conn.close()
                    conn = http.client.HTTPConnection("127.0.0.1", host_port, timeout=30)
                    status, text = 0, str(error).encode()
                ended = time.perf_counter()
                check_id = None
                if status == 200:
                    try:
                        check_id = json.loads(text)["id"]
                    except (ValueError, KeyError):
                        pass
                with lock:
                    results.setdefault(wid, []).append((status, started, ended, check_id))
            conn.close()

        threads = [threading.Thread(target=worker, daemon=True) for _ in range(args.concurrency)]
        load_before = os.getloadavg()
        started = time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join(max(1, deadline - time.time()))
        elapsed = time.perf_counter() - started
        load_after = os.getloadavg()

        answers = [a for copies in results.values() for a in copies]
        statuses = {}
        for status, *_ in answers:
            statuses[status] = statuses.get(status, 0) + 1
        latencies = [(e - s) * 1000 for _, s, e, _ in answers]
        split = [wid for wid, copies in results.items() if len({c[3] for c in copies}) != 1 or None in {c[3] for c in copies}]
        overlapping = sum(1 for copies in results.values() if len(copies) == COPIES and max(c[1] for c in copies) < min(c[2] for c in copies))
        checks = table_count(az_port, "Checks", deadline)
        rows = table_count(az_port, "WebhookDeliveries", deadline)

        five_xx = sum(n for s, n in statuses.items() if s >= 500)
        print(f"deliveries {args.deliveries} x {COPIES} copies at c={args.concurrency}: {len(answers)} answers in {elapsed:.1f} s "
              f"({len(answers) / elapsed:.0f} req/s), statuses {dict(sorted(statuses.items()))}, 5xx {five_xx}")
        print(f"latency p50={pct(latencies, .5):.1f} ms p99={pct(latencies, .99):.1f} ms max={max(latencies, default=float('nan')):.1f} ms")
        print(f"ids whose three copies were in flight at the same time: {overlapping} of {len(results)}")
        print(f"rows read from Azurite: Checks {checks}, WebhookDeliveries {rows} (expected {args.deliveries} each)")
        print(f"ids answered with differing or missing check ids: {len(split)}")
        print(f"load average before {' '.join(f'{x:.2f}' for x in load_before)}, after {' '.join(f'{x:.2f}' for x in load_after)} ({os.cpu_count()} cores)")
        ok = (len(answers) == args.deliveries * COPIES and statuses == {200: len(answers)}
              and checks == args.deliveries and rows == args.deliveries and not split)
        print("OK" if ok else "MISMATCH")
        return 0 if ok else 1
    finally:
        if host:
            host.terminate(); host.wait(10)
        if azurite.poll() is None:
            azurite.send_signal(signal.SIGTERM); azurite.wait(10)


if __name__ == "__main__":
    sys.exit(main())
