#!/usr/bin/env python3
"""CLI throughput: `factbot check --jsonl` on a file of realistic claims, as a whole process.

The file is the claims of eval/public and eval/own (clean statements, chat messages, published sentences) in rotation,
--claims lines in all (50,000 by default), written to a temporary folder. Each run is timed as a whole process (start-up,
seed loading and the runtime's compiling included) with its CPU time and peak RSS; the load average before each run
is printed, since the 2-core machines this is measured on are often shared. Needs a Release build of the CLI
(`dotnet build -c Release src/FactBot.Cli`). Exits 1 if a run fails or writes other than one line per claim.

    python3 scripts/cli-throughput.py                  # 3 runs of 50,000 claims
    python3 scripts/cli-throughput.py --runs 5 --claims 20000
"""
import argparse, json, os, resource, subprocess, sys, tempfile, time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import loadkit  # noqa: E402
from loadkit import ROOT, build_output, realistic_claims  # noqa: E402


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=50_000, help="lines in the input file")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    loadkit.CONFIGURATION = "Release"
    cli = build_output("FactBot.Cli", "FactBot.Cli.dll")
    claims = realistic_claims()
    with tempfile.TemporaryDirectory(prefix="factbot-cli-") as folder:
        path = os.path.join(folder, "claims.jsonl")
        with open(path, "w", encoding="utf-8") as f:
            for i in range(args.claims):
                f.write(json.dumps({"id": str(i), "claim": claims[i % len(claims)]}, ensure_ascii=False) + "\n")
        print(f"{args.claims} claims ({len(claims)} distinct, in rotation); {os.cpu_count()} cores")
        rates = []
        for run in range(1, args.runs + 1):
            load = os.getloadavg()[0]
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.perf_counter()
            with open(path, "rb") as source:
                done = subprocess.run(["dotnet", cli, "check", "--jsonl", "-"], stdin=source, capture_output=True, cwd=ROOT)
            wall = time.perf_counter() - start
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            lines = done.stdout.count(b"\n")
            if done.returncode != 0 or lines != args.claims:
                sys.exit(f"run {run} failed: exit {done.returncode}, {lines} lines\n{done.stderr.decode(errors='replace')[-2000:]}")
            cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
            rates.append(args.claims / wall)
            print(f"run {run}: {wall:.2f} s wall, {cpu:.2f} s CPU, {args.claims / wall:,.0f} claims/s, peak RSS {after.ru_maxrss / 1024:.0f} MB (load average {load:.2f} at start)")
        rates.sort()
        print(f"claims/s: median {rates[len(rates) // 2]:,.0f}, best {rates[-1]:,.0f}, worst {rates[0]:,.0f}")


if __name__ == "__main__":
    main()
