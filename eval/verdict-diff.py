#!/usr/bin/env python3
"""Snapshot and compare the engine's verdicts on the regression claims.

  eval/verdict-diff.py snapshot OUT.json   run the CLI on every article claim, every public sample and the
                                          TUNE halves of eval/own (the report halves are never run)
  eval/verdict-diff.py diff BEFORE.json AFTER.json
                                          print every claim whose verdict changed, with its label, and totals

Run from the repository root after `dotnet build src/FactBot.Cli -c Release`.
"""
import glob
import json
import subprocess
import sys

CLI = ["dotnet", "src/FactBot.Cli/bin/Release/net10.0/FactBot.Cli.dll", "check", "--jsonl", "-"]


def cases():
    files = ["tests/FactBot.Core.Tests/Article/article-claims.jsonl"]
    files += sorted(glob.glob("eval/public/*.jsonl")) + sorted(glob.glob("eval/own/*.jsonl"))
    for path in files:
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                if not line.strip():
                    continue
                case = json.loads(line)
                # The report halves are held out: never run, never looked at.
                if path.startswith("eval/own/") and case.get("split") != "tune":
                    continue
                yield f"{path}:{case.get('id', n)}", case


def snapshot(out):
    keyed = list(cases())
    lines = "".join(json.dumps({"id": k, "claim": c["claim"]}, ensure_ascii=False) + "\n" for k, c in keyed)
    run = subprocess.run(CLI, input=lines, capture_output=True, text=True, check=True)
    results = {r["id"]: r for r in map(json.loads, run.stdout.splitlines())}
    data = {}
    for key, case in keyed:
        r = results[key]
        data[key] = {
            "claim": case["claim"],
            "label": case["verdict"],
            "also_ok": case.get("also_ok", []),
            "verdict": r.get("verdict", "error:" + r.get("error", "?")),
            "factId": (r.get("evidence") or {}).get("factId"),
        }
    with open(out, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=0)
    right = sum(ok(v, v["verdict"]) for v in data.values())
    print(f"{len(data)} claims, {right} right")


def ok(case, verdict):
    return verdict == case["label"] or verdict in case["also_ok"]


def diff(before_path, after_path):
    before = json.load(open(before_path, encoding="utf-8"))
    after = json.load(open(after_path, encoding="utf-8"))
    tally = {"right->wrong": 0, "wrong->right": 0, "wrong->wrong": 0, "right->right": 0}
    for key, b in before.items():
        a = after.get(key)
        if a is None:
            print(f"MISSING {key}")
            continue
        if (a["verdict"], a["factId"]) == (b["verdict"], b["factId"]):
            continue
        change = ("right" if ok(b, b["verdict"]) else "wrong") + "->" + ("right" if ok(a, a["verdict"]) else "wrong")
        tally[change] += 1
        also = f" (also ok: {','.join(b['also_ok'])})" if b["also_ok"] else ""
        print(f"[{change}] {key}\n    {b['claim']}\n    label {b['label']}{also}: "
              f"{b['verdict']} ({b['factId']}) -> {a['verdict']} ({a['factId']})")
    print(f"{len(before)} claims compared; changes: " + ", ".join(f"{k} {v}" for k, v in tally.items()))


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "snapshot":
        snapshot(sys.argv[2])
    elif len(sys.argv) == 4 and sys.argv[1] == "diff":
        diff(sys.argv[2], sys.argv[3])
    else:
        sys.exit(__doc__)
