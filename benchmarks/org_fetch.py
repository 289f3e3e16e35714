#!/usr/bin/env python3
"""afq fetching a whole AWS organisation, beside the AWS CLI scripted the way a person would,
against a fake organisation on loopback (benchmarks/fake_org.py: Organizations, STS and AppFlow
on one port, 80 ms per call, AppFlow throttled at 2 calls/s, burst 5, per account and region).

  benchmarks/org_fetch.py                     # 20 accounts x 16 regions, 3 runs; CLI on 2 accounts
  benchmarks/org_fetch.py --cli-accounts all  # the CLI over every account (~2,200 invocations)
  benchmarks/org_fetch.py --single-account    # afq without --org: the management account's regions
  benchmarks/org_fetch.py --smoke             # 2 accounts x 2 regions, 5 ms, one run, no CLI (CI)

afq runs as `afq --live --org --region all -o jsonl -c 'connectors | count'` (and again with
`--role-name OrganizationAccountAccessRole` said explicitly), with HOME, AWS_CONFIG_FILE and
AWS_SHARED_CREDENTIALS_FILE in an empty temporary folder, the management keys in
AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY, AWS_REGION=us-east-1 and AWS_ENDPOINT_URL_APPFLOW,
_STS and _ORGANIZATIONS all pointing at the fake. With --single-account it runs
`afq --live --region <the regions> -o jsonl -c 'connectors | count'` with the same keys, which
fetches the management account only. Each of --runs runs is timed (median wall time), its peak
resident memory read (GNU time, else wait4's rusage), its exit status and printed count kept,
the fake's counts of calls and throttled answers taken, and the calls afq gave up on counted
(its stderr lines `error: ... failed ...` and `warning: ... failed ...`).

The AWS CLI (`aws`, v1 from PyPI here) runs a bash script: `aws organizations list-accounts`,
then for each account's profile (`role_arn` + `source_profile = mgmt`, so the CLI assumes the
role and caches the keys in ~/.aws/cli/cache) and each region: `aws appflow describe-connectors
--max-results 100` and `aws appflow list-connectors --max-results 100` (every page), labels
picked with jq, and `aws appflow describe-connector --connector-type CustomConnector
--connector-label L` for each. About 7 invocations per account and region, 2,240 for the whole
organisation, so by default it runs on --cli-accounts 2 accounts and the time is extrapolated
linearly to all of them (and said so); `--cli-accounts all` runs it all. The connectors it
fetched are counted and checked against the expected count. It runs once.

The table ends with afq's targets for a live organisation, each met or not: the whole
organisation (20 accounts x 16 regions) fetched in <= 4 s wall, 0 calls given up, <= 64 MiB
peak. afq is .build/release/afq unless --afq names another binary. Everything listens on
127.0.0.1 only; the fake is stopped when this script ends (and stops by itself when its standard
input closes or after --max-seconds).
"""
import argparse
import glob
import json
import os
import re
import select
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FAKE = os.path.join(ROOT, "benchmarks", "fake_org.py")
sys.path.insert(0, os.path.join(ROOT, "benchmarks"))
from fake_org import APPFLOW_REGIONS, MANAGEMENT_ACCESS_KEY, MANAGEMENT_SECRET_KEY  # noqa: E402

CONNECTORS_PER_REGION = 28  # 23 AWS-managed types + 5 custom connectors (fake_org.py)
ROLE_NAME = "OrganizationAccountAccessRole"
QUERY = "connectors | count"
TIME = "/usr/bin/time" if os.access("/usr/bin/time", os.X_OK) else None
GIVEN_UP = re.compile(r"^(error|warning): .*\bfailed\b")
AFQ_TIMEOUT = 600

CLI_SCRIPT = r"""#!/usr/bin/env bash
# Every account's profile, every region: the AppFlow calls a person would script with the AWS CLI.
# usage: cli.sh OUT "REGION ..." PROFILE ...
set -euo pipefail
out=$1; regions=$2; shift 2
for profile in "$@"; do
  for region in $regions; do
    dir="$out/$profile/$region"
    mkdir -p "$dir"
    for op in describe-connectors list-connectors; do
      token=""
      for page in 1 2 3 4 5 6 7 8 9 10; do
        aws appflow "$op" --profile "$profile" --region "$region" --max-results 100 \
          ${token:+--next-token "$token"} > "$dir/$op-$page.json"
        token=$(jq -r '.nextToken // empty' "$dir/$op-$page.json")
        [ -n "$token" ] || break
      done
    done
    for label in $(jq -r '.connectors[]?.connectorLabel // empty' "$dir"/list-connectors-*.json | sort -u); do
      aws appflow describe-connector --profile "$profile" --region "$region" \
        --connector-type CustomConnector --connector-label "$label" > "$dir/describe-connector-$label.json"
    done
  done
done
"""


class FakeOrganization:
    """fake_org.py running as a child: its URL, and its counts."""

    def __init__(self, args, max_seconds):
        command = [sys.executable, FAKE, "--port", "0", "--accounts", str(args.accounts),
                   "--regions", ",".join(args.regions), "--latency-ms", str(args.latency_ms),
                   "--rate", str(args.rate), "--burst", str(args.burst), "--max-seconds", str(int(max_seconds)),
                   "--stop-on-stdin-eof"]
        self.process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        ready, _, _ = select.select([self.process.stdout], [], [], 60)
        line = self.process.stdout.readline().strip() if ready else ""
        if not line.isdigit():
            self.stop()
            raise RuntimeError(f"fake_org.py did not start (first line {line!r})")
        self.url = f"http://127.0.0.1:{line}"
        self.final = None

    def stats(self, reset=False):
        with urllib.request.urlopen(self.url + ("/stats?reset=1" if reset else "/stats"), timeout=30) as answer:
            return json.loads(answer.read(1 << 24))

    def stop(self):
        """SIGTERM (the fake prints its counts and stops), SIGKILL if it lingers."""
        if self.process.poll() is None:
            self.process.terminate()
        try:
            out, _ = self.process.communicate(timeout=15)
            self.final = out
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.communicate()


def run_measured(command, env, timeout):
    """(wall seconds, peak KiB, exit status, stdout, stderr) of one run. The peak is compare.py's:
    GNU time's report of its own child when installed, else wait4's rusage of the child (an upper
    bound: Linux carries a parent's high-water mark into the children it starts)."""
    prefix = [TIME, "-f", "afq-bench-maxrss=%M"] if TIME else []
    with tempfile.TemporaryFile() as out_file, tempfile.TemporaryFile() as err_file:
        started = time.perf_counter()
        process = subprocess.Popen(prefix + command, env=env, stdout=out_file, stderr=err_file,
                                   start_new_session=True)
        status, usage = None, None
        for _ in range(int(timeout * 200)):  # bounded: every 5 ms until the time limit
            pid, raw, usage = os.wait4(process.pid, os.WNOHANG)
            if pid:
                status = os.waitstatus_to_exitcode(raw)
                break
            time.sleep(0.005)
        elapsed = time.perf_counter() - started
        if status is None:
            os.killpg(process.pid, signal.SIGKILL)
            _, raw, usage = os.wait4(process.pid, 0)
            status = os.waitstatus_to_exitcode(raw)
        process.returncode = status
        out_file.seek(0)
        err_file.seek(0)
        out = out_file.read(1 << 26).decode(errors="replace")
        err = err_file.read(1 << 26).decode(errors="replace")
    peak = usage.ru_maxrss
    lines = err.rstrip("\n").split("\n")
    if TIME and lines and lines[-1].startswith("afq-bench-maxrss="):
        peak = int(lines[-1].split("=", 1)[1])
        lines = [line for line in lines[:-1] if not line.startswith("Command exited with non-zero status")]
    if elapsed >= timeout:
        lines.append(f"(killed after {timeout} s)")
    return elapsed, peak, status, out, "\n".join(lines)


def printed_count(out):
    """The number `connectors | count` printed as JSON Lines (a bare number, or a one-field record)."""
    for line in reversed(out.strip().splitlines()):
        try:
            value = json.loads(line)
        except ValueError:
            continue
        if isinstance(value, dict) and len(value) == 1:
            value = next(iter(value.values()))
        if isinstance(value, int) and not isinstance(value, bool):
            return value
    return None


def version_of(command):
    try:
        out = subprocess.run(command, capture_output=True, text=True, timeout=60)
        return (out.stdout or out.stderr).strip().splitlines()[0]
    except (OSError, subprocess.SubprocessError, IndexError):
        return "?"


def real_aws():
    """The `aws` program itself: pyenv's shim is a shell script that finds it each time (tens of
    milliseconds more per call that a user of a plain install would not pay)."""
    path = shutil.which("aws")
    if path is None:
        return None
    with open(path, "rb") as f:
        head = f.read(2048)
    if head.startswith(b"#!") and b"pyenv" in head and shutil.which("pyenv"):
        found = subprocess.run(["pyenv", "which", "aws"], capture_output=True, text=True, timeout=60)
        if found.returncode == 0 and os.access(found.stdout.strip(), os.X_OK):
            return found.stdout.strip()
    return path


def base_environment(home, fake_url):
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": home, "LANG": "C.UTF-8", "NO_COLOR": "1",
           "AWS_CONFIG_FILE": os.path.join(home, ".aws", "config"),
           "AWS_SHARED_CREDENTIALS_FILE": os.path.join(home, ".aws", "credentials"),
           "AWS_REGION": "us-east-1", "AWS_EC2_METADATA_DISABLED": "true"}
    for service in ("APPFLOW", "STS", "ORGANIZATIONS"):
        env[f"AWS_ENDPOINT_URL_{service}"] = fake_url
    os.makedirs(os.path.join(home, ".aws"), exist_ok=True)
    return env


def afq_variants(args):
    regions = "all" if args.regions == APPFLOW_REGIONS else ",".join(args.regions)
    base = ["--live", "--region", regions if not args.single_account else ",".join(args.regions)]
    if args.single_account:
        return [("afq (management account)", base)]
    return [("afq --org", base + ["--org"]),
            (f"afq --org --role-name {ROLE_NAME}", base + ["--org", "--role-name", ROLE_NAME])]


def run_afq(args, fake, work):
    home = os.path.join(work, "afq-home")
    env = base_environment(home, fake.url)
    for name in ("config", "credentials"):
        open(os.path.join(home, ".aws", name), "w").close()
    env["AWS_ACCESS_KEY_ID"] = MANAGEMENT_ACCESS_KEY
    env["AWS_SECRET_ACCESS_KEY"] = MANAGEMENT_SECRET_KEY
    variants = afq_variants(args)
    results = {name: {"times": [], "peak": 0, "runs": []} for name, _ in variants}
    for run in range(args.runs):
        # Alternate the order so neither variant always runs first.
        for name, options in (variants if run % 2 == 0 else list(reversed(variants))):
            fake.stats(reset=True)  # also refills every token bucket, as a pause would
            command = [args.afq] + options + ["-o", "jsonl", "-c", QUERY]
            elapsed, peak, status, out, err = run_measured(command, env, AFQ_TIMEOUT)
            stats = fake.stats()
            given_up = sum(1 for line in err.splitlines() if GIVEN_UP.match(line))
            entry = results[name]
            entry["times"].append(elapsed)
            entry["peak"] = max(entry["peak"], peak)
            entry["runs"].append({"status": status, "count": printed_count(out), "given_up": given_up,
                                  "calls": stats["calls"], "throttled": stats["throttled"],
                                  "errors": stats["errors"], "max_in_flight": stats["max_in_flight"],
                                  "assume_role": stats["by_operation"].get("sts:AssumeRole", {}).get("calls", 0),
                                  "stderr": err})
            if args.verbose or status != 0:
                print(f"  {name} run {run + 1}: exit {status}, {elapsed:.3f}s; stderr:\n"
                      + indent(err, 4, 12), file=sys.stderr)
    return variants, results


def run_cli(args, fake, work, aws):
    """The CLI script on the first --cli-accounts accounts: (accounts run, list seconds, loop seconds,
    connectors counted, problems, server stats)."""
    home = os.path.join(work, "cli-home")
    env = base_environment(home, fake.url)
    env["AWS_DEFAULT_REGION"] = "us-east-1"
    env["PATH"] = os.path.dirname(aws) + os.pathsep + env["PATH"]
    with open(env["AWS_SHARED_CREDENTIALS_FILE"], "w") as f:
        f.write(f"[mgmt]\naws_access_key_id = {MANAGEMENT_ACCESS_KEY}\n"
                f"aws_secret_access_key = {MANAGEMENT_SECRET_KEY}\n")
    fake.stats(reset=True)
    started = time.perf_counter()
    listed = subprocess.run(["aws", "organizations", "list-accounts", "--profile", "mgmt", "--region", "us-east-1",
                             "--query", "Accounts[?Status==`ACTIVE`].Id", "--output", "text"],
                            env=env, capture_output=True, text=True, timeout=300)
    list_seconds = time.perf_counter() - started
    if listed.returncode != 0:
        raise RuntimeError(f"aws organizations list-accounts failed: {listed.stderr.strip()[:300]}")
    accounts = listed.stdout.split()
    if args.single_account:
        profiles, accounts = ["mgmt"], accounts[:1]
    else:
        accounts = accounts[:args.cli_count]
        profiles = [f"acct-{a}" for a in accounts]
    with open(env["AWS_CONFIG_FILE"], "w") as f:
        f.write("[profile mgmt]\nregion = us-east-1\n")
        for account in listed.stdout.split():
            f.write(f"\n[profile acct-{account}]\nrole_arn = arn:aws:iam::{account}:role/{ROLE_NAME}\n"
                    "source_profile = mgmt\nregion = us-east-1\n")
    script = os.path.join(work, "cli.sh")
    with open(script, "w") as f:
        f.write(CLI_SCRIPT)
    out = os.path.join(work, "cli-out")
    invocations = len(profiles) * len(args.regions) * 8
    timeout = 600 + invocations * 30
    started = time.perf_counter()
    process = subprocess.Popen(["bash", script, out, " ".join(args.regions)] + profiles, env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    try:
        _, err = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        _, err = process.communicate()
    loop_seconds = time.perf_counter() - started
    stats = fake.stats()
    problems = []
    if process.returncode != 0:
        problems.append(f"the script exited {process.returncode}: {err.decode(errors='replace').strip()[-300:]}")
    count = 0
    for profile, account in zip(profiles, accounts):
        for region in args.regions:
            folder = os.path.join(out, profile, region)
            managed = set()
            for page in sorted(glob.glob(os.path.join(folder, "describe-connectors-*.json"))):
                managed.update(read_json(page).get("connectorConfigurations") or {})
            managed.discard("CustomConnector")
            custom = 0
            for path in glob.glob(os.path.join(folder, "describe-connector-*.json")):
                configuration = read_json(path).get("connectorConfiguration") or {}
                arn = configuration.get("connectorArn", "")
                if f":{region}:{account}:" not in arn:
                    problems.append(f"{path}: ARN {arn!r} does not name {account} in {region}")
                custom += 1
            count += len(managed) + custom
    return len(profiles), list_seconds, loop_seconds, count, problems, stats


def read_json(path):
    try:
        with open(path) as f:
            value = json.load(f)
        return value if isinstance(value, dict) else {}
    except (OSError, ValueError):
        return {}


def indent(text, spaces, max_lines):
    lines = text.strip().splitlines()
    shown = lines[:max_lines] + ([f"... ({len(lines) - max_lines} more lines)"] if len(lines) > max_lines else [])
    return "\n".join(" " * spaces + line for line in shown)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--afq", default=os.path.join(ROOT, ".build", "release", "afq"))
    parser.add_argument("--accounts", type=int, default=20)
    parser.add_argument("--regions", default=",".join(APPFLOW_REGIONS), help="comma-separated (default: all 16)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--latency-ms", type=float, default=80)
    parser.add_argument("--rate", type=float, default=2)
    parser.add_argument("--burst", type=float, default=5)
    parser.add_argument("--cli-accounts", default="2", help="accounts the CLI script runs on (N or all; 0: no CLI)")
    parser.add_argument("--single-account", action="store_true",
                        help="afq without --org: only the management account (the CLI likewise)")
    parser.add_argument("--smoke", action="store_true", help="2 accounts x 2 regions, 5 ms, one run, no CLI (CI)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder (the CLI's answers)")
    parser.add_argument("--verbose", action="store_true", help="show afq's stderr of every run")
    args = parser.parse_args()
    sys.stdout.reconfigure(line_buffering=True)  # in order with the fake's and afq's stderr
    if args.smoke:
        args.accounts, args.regions, args.latency_ms, args.runs, args.cli_accounts = 2, "us-east-1,eu-west-1", 5, 1, "0"
        if not os.path.exists(args.afq):
            args.afq = os.path.join(ROOT, ".build", "debug", "afq")
    args.regions = [r for r in args.regions.split(",") if r]
    if not os.path.exists(args.afq):
        subprocess.run(["make", "release"], cwd=ROOT, check=True)
    if not 1 <= args.runs <= 100 or not 1 <= args.accounts <= 10_000:
        parser.error("--runs 1..100, --accounts 1..10000")
    args.cli_count = args.accounts if args.cli_accounts == "all" else int(args.cli_accounts)
    args.cli_count = min(args.cli_count, args.accounts)
    aws = None
    if args.cli_count > 0:
        aws = real_aws()
        if aws is None or shutil.which("jq") is None:
            print("skipped the AWS CLI: `aws` or `jq` is not installed (pip install awscli; apt-get install jq)",
                  file=sys.stderr)
            args.cli_count = 0
    accounts_fetched = 1 if args.single_account else args.accounts
    expected = accounts_fetched * len(args.regions) * CONNECTORS_PER_REGION
    cli_invocations = (1 if args.single_account else args.cli_count) * len(args.regions) * 8 if args.cli_count else 0
    max_seconds = 900 + args.runs * 2 * AFQ_TIMEOUT + cli_invocations * 30

    print(f"machine: {os.cpu_count()} cores, {os.uname().sysname} {os.uname().release}; "
          f"date {time.strftime('%Y-%m-%d %H:%M')}; load {os.getloadavg()[0]:.1f}")
    print(f"  afq: {version_of([args.afq, '--version'])} ({args.afq})")
    if aws:
        print(f"  aws: {version_of([aws, '--version'])}")
    print(f"organisation: {args.accounts} accounts x {len(args.regions)} regions, latency {args.latency_ms:g} ms, "
          f"AppFlow {args.rate:g} calls/s burst {args.burst:g} per account and region; "
          + ("--single-account: the management account only, " if args.single_account else "")
          + f"expected {expected} connectors ({accounts_fetched} x {len(args.regions)} x {CONNECTORS_PER_REGION})")

    work = tempfile.mkdtemp(prefix="afq-org-")
    fake = FakeOrganization(args, max_seconds)
    try:
        variants, results = run_afq(args, fake, work)
        cli = run_cli(args, fake, work, aws) if args.cli_count else None
    finally:
        fake.stop()
        if args.keep:
            print(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)

    cli_label = "aws CLI (bash loop, one run)"
    width = max([len(name) for name, _ in variants] + [len(cli_label) if cli else 0]) + 1
    print(f"\n{'':{width}} {'wall':>8} {'peak':>8} {'count':>7} {'calls':>6} {'throttled':>9} {'given up':>8}"
          f" {'in flight':>9} {'exit':>5}")
    ok = True
    medians = {}
    for name, _ in variants:
        entry = results[name]
        medians[name] = statistics.median(entry["times"])
        runs = entry["runs"]
        counts = sorted({"-" if r["count"] is None else str(r["count"]) for r in runs})
        statuses = sorted({str(r["status"]) for r in runs})
        print(f"{name:{width}} {medians[name]:7.3f}s {entry['peak'] / 1024:4.0f} MiB {'/'.join(counts):>7}"
              f" {max(r['calls'] for r in runs):6} {max(r['throttled'] for r in runs):9}"
              f" {max(r['given_up'] for r in runs):8} {max(r['max_in_flight'] for r in runs):9}"
              f" {'/'.join(statuses):>5}")
        if any(r["count"] != expected or r["status"] != 0 or r["given_up"] for r in runs):
            ok = False
        wrong = sorted({str(r["count"]) for r in runs if r["count"] != expected})
        if wrong:
            print(f"{'':{width}} COUNT WRONG: {'/'.join(wrong)} printed, {expected} expected")
        if len(runs) > 1:
            print(f"{'':{width}} runs: " + ", ".join(f"{t:.3f}s" for t in entry["times"]))
        errors = {}
        for r in runs:
            for code, n in r["errors"].items():
                errors[code] = max(errors.get(code, 0), n)
        if errors:
            print(f"{'':{width}} server errors (most in a run): "
                  + ", ".join(f"{code} {n}" for code, n in sorted(errors.items())))
    if cli:
        profiles, list_seconds, loop_seconds, count, problems, stats = cli
        all_accounts = 1 if args.single_account else args.accounts
        estimate = list_seconds + loop_seconds * all_accounts / profiles
        first = medians[variants[0][0]]
        cli_expected = profiles * len(args.regions) * CONNECTORS_PER_REGION
        measured = f"{list_seconds + loop_seconds:.1f}s on {profiles} account{'s' if profiles > 1 else ''}"
        label = cli_label.ljust(width)
        if profiles < all_accounts:
            print(f"{label} {estimate:7.1f}s  extrapolated linearly to {all_accounts} accounts from {measured}"
                  f" (list-accounts {list_seconds:.1f}s + loop x {all_accounts}/{profiles})")
        else:
            print(f"{label} {estimate:7.1f}s  measured")
        print(f"{'':{width}} count {count} (expected {cli_expected}: {'same' if count == cli_expected else 'DIFFERENT'}),"
              f" {stats['calls']} calls, {stats['throttled']} throttled,"
              f" {stats['by_operation'].get('sts:AssumeRole', {}).get('calls', 0)} AssumeRole")
        if usable(results[variants[0][0]]["runs"], expected):
            print(f"{'':{width}} ratio CLI/afq {estimate / first:.0f}x ({variants[0][0]})")
        else:
            print(f"{'':{width}} ratio CLI/afq: none ({variants[0][0]} did not fetch everything)")
        for problem in problems[:10]:
            print(f"  problem: {problem}")
        if count != cli_expected or problems:
            ok = False
    if args.smoke:
        print("smoke: ok" if ok else "smoke: FAILED")
        sys.exit(0 if ok else 1)
    report_targets(args, variants, results, medians, expected)


def usable(runs, expected):
    """Whether every run fetched the whole count and exited 0."""
    return all(r["count"] == expected and r["status"] == 0 for r in runs)


def report_targets(args, variants, results, medians, expected):
    """The live organisation's targets, each met or not, for afq's first variant."""
    name = variants[0][0]
    runs = results[name]["runs"]
    print(f"\ntargets ({name}):")
    failed = sorted({r["status"] for r in runs if r["status"] not in (0, 3)})
    if failed:
        print(f"  none measured: afq exited {'/'.join(map(str, failed))} (see its stderr above)")
        return
    mib = results[name]["peak"] / 1024
    whole = not args.single_account and args.accounts == 20 and args.regions == APPFLOW_REGIONS
    fetched = usable(runs, expected)
    if whole:
        wall = medians[name]
        print(f"  {'whole organisation (20 x 16) in <= 4 s wall':46} {wall:8.3f}s"
              f"  {'met' if wall <= 4 and fetched else 'NOT MET'}{'' if fetched else ' (wrong count or exit status)'}")
    else:
        scope = "the management account" if args.single_account else f"{args.accounts} x {len(args.regions)}"
        print(f"  {'whole organisation (20 x 16) in <= 4 s wall':46} not measured ({scope})")
    given_up = max(r["given_up"] for r in runs)
    print(f"  {'0 calls given up':46} {given_up:9}  {'met' if given_up == 0 else 'NOT MET'}")
    print(f"  {'peak memory <= 64 MiB':46} {mib:5.0f} MiB  {'met' if mib <= 64 else 'NOT MET'}")


if __name__ == "__main__":
    main()
