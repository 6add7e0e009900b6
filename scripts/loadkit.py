"""What the fault and load scripts share: free ports, their own Azurite, the seeded LocalHost, percentiles, claims.

Loopback only. The Debug build of the CLI (for `seed`) and of the LocalHost must exist (`dotnet build FactBot.sln`),
and Azurite under node_modules (`npm ci`).
"""
import glob, json, os, socket, subprocess, sys, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ACCOUNT = "devstoreaccount1"
# Azurite's well-known development key (public, documented by Microsoft; not a secret).
# Which build the scripts run: Debug (what `dotnet build FactBot.sln` makes) unless a script sets Release.
CONFIGURATION = "Debug"
KEY = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_port(port, seconds=30):
    end = time.time() + seconds
    while time.time() < end:
        try:
            socket.create_connection(("127.0.0.1", port), 0.2).close()
            return
        except OSError:
            time.sleep(0.1)
    sys.exit(f"nothing listens on {port}")


def start_azurite(port, folder=None):
    """Azurite's Table service on port: persisted under folder, or in memory when folder is None."""
    script = os.path.realpath(os.path.join(ROOT, "node_modules", ".bin", "azurite-table"))
    if not os.path.exists(script):
        sys.exit("Azurite is not installed: run `npm ci` first")
    args = ["node", script, "--tableHost", "127.0.0.1", "--tablePort", str(port), "--skipApiVersionCheck", "--silent", "--disableTelemetry"]
    proc = subprocess.Popen(args + (["--location", folder] if folder else ["--inMemoryPersistence"]), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wait_port(port)
    return proc


def connection_string(port):
    return f"DefaultEndpointsProtocol=http;AccountName={ACCOUNT};AccountKey={KEY};TableEndpoint=http://127.0.0.1:{port}/{ACCOUNT};"


def build_output(project, dll):
    path = os.path.join(ROOT, "src", project, "bin", CONFIGURATION, "net10.0", dll)
    if not os.path.exists(path):
        sys.exit(f"{path} is missing: run `dotnet build FactBot.sln -c {CONFIGURATION}` first")
    return path


def seed(az_port, extra_env):
    """Seeds the facts into the Azurite on az_port; returns the environment the LocalHost runs with."""
    env = {**os.environ, "FactBot__Storage__ConnectionString": connection_string(az_port), **extra_env}
    subprocess.run(["dotnet", build_output("FactBot.Cli", "FactBot.Cli.dll"), "seed"], env=env, check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
    return env


def start_localhost(port, env):
    host = subprocess.Popen(["dotnet", build_output("FactBot.LocalHost", "FactBot.LocalHost.dll"), "--urls", f"http://127.0.0.1:{port}"],
                            env={**env, "Logging__LogLevel__Default": "None"}, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wait_port(port, 60)
    return host


def pct(values, p):
    v = sorted(values)
    return v[min(len(v) - 1, int(len(v) * p))] if v else float("nan")


def realistic_claims():
    """The claims of the repository's evaluation sets (eval/public, eval/own), in file order."""
    claims = []
    for path in sorted(glob.glob(os.path.join(ROOT, "eval", "public", "*.jsonl")) + glob.glob(os.path.join(ROOT, "eval", "own", "*.jsonl"))):
        with open(path, encoding="utf-8") as f:
            claims += [json.loads(line)["claim"] for line in f if line.strip()]
    return claims
