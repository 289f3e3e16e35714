#!/usr/bin/env python3
"""Interactive-shell latency, measured the way a person feels it, on a pseudo-terminal.

  start   from spawning `afq` to its prompt being ready for keys (raw mode), bundled sample
  tab     from pressing Tab to the completed text appearing (includes the PTY round trip)

Targets (docs/shell.md, "Speed"): start <= 50 ms, tab <= 10 ms. Prints medians and p90 over N
runs and the ratio to each target. Usage: benchmarks/repl_latency.py [--runs N] [--binary PATH]
(default binary: .build/release/afq, built if missing).

With --data FILE, over a large recording instead (docs/performance.md, "Results"):
  load    from spawning `afq --data FILE` to its prompt being ready (target <= 1 s): every row
          has been read and counted then, and errors and warnings reported
  at once Q1 sent as soon as the prompt is ready, as if pasted: the rows are still being read
          into memory, so it streams from the file as in batch mode
  memory  from spawning to the rows being in memory (a `.schema` statement waits for them)
  Q1..Q4  from pressing Enter on each benchmark query to the next prompt (target <= 30 ms);
          results go to a file through `.output` as `.format jsonl`, as in the batch benchmark.
          Each query is answered twice: `first` is the answer to a query reading fields no
          earlier query read (over the full rows), `again` the same query a second later, as a
          person would send it after reading the first (from the compact copy of its fields the
          shell makes meanwhile, docs/performance.md). The target is checked on `again`.
  RSS     the shell's resident memory once the rows are in memory, and after the four queries
"""
import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import termios
import time

import pexpect

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def wait_raw(child, timeout=5.0):
    deadline = time.perf_counter() + timeout
    while termios.tcgetattr(child.child_fd)[3] & termios.ICANON:
        if time.perf_counter() > deadline:
            raise TimeoutError("no raw mode")
        time.sleep(0.0002)


def spawn(binary, home):
    env = dict(os.environ, TERM="xterm", HOME=home, LANG="C.UTF-8", PAGER="cat")
    child = pexpect.spawn(binary, env=env, encoding="utf-8", timeout=5, dimensions=(40, 120))
    child.delaybeforesend = None
    return child


def measure_start(binary, home):
    started = time.perf_counter()
    child = spawn(binary, home)
    child.expect_exact("afq> ")
    wait_raw(child)
    elapsed = time.perf_counter() - started
    child.sendcontrol("d")
    child.expect(pexpect.EOF)
    return elapsed


def measure_tab(child):
    child.send("connectors | where authenticationConfig.oAuth2Defaults.oauth2G")
    child.expect_exact("oauth2G")
    started = time.perf_counter()
    child.send("\t")
    child.expect_exact("rantTypesSupported")
    elapsed = time.perf_counter() - started
    child.sendcontrol("c")
    child.expect_exact("afq> ")
    wait_raw(child)
    return elapsed


QUERIES = {
    "Q1": "connectors | where canUseAsDestination | select connectorName, supportedWriteOperations",
    "Q2": "connectors | where authenticationConfig.isOAuth2Supported | group by connectorType"
          " | sort by count desc, connectorType",
    "Q3": "connectors | expand supportedWriteOperations | group by supportedWriteOperations"
          " | sort by count desc, supportedWriteOperations",
    "Q4": 'connectors | where supportedOperators contains "BETWEEN" and connectorModes | get connectorArn',
}


def measure_load(binary, home, data):
    started = time.perf_counter()
    child = pexpect.spawn(binary, ["--data", data], env=dict(os.environ, TERM="xterm", HOME=home,
                          LANG="C.UTF-8", PAGER="cat"), encoding="utf-8", timeout=120, dimensions=(40, 120))
    child.delaybeforesend = None
    child.expect_exact("afq> ")
    wait_raw(child, timeout=120)
    return child, started, time.perf_counter() - started


def measure_query(child, query):
    child.send(query)
    child.expect_exact(query[-12:])
    wait_raw(child)
    started = time.perf_counter()
    child.send("\r")
    child.expect_exact("afq> ", timeout=120)
    wait_raw(child, timeout=120)
    return time.perf_counter() - started


def resident_mib(child):
    with open(f"/proc/{child.pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def large_data(args, home):
    loads, at_once, in_memory = [], [], []
    firsts, agains = {name: [] for name in QUERIES}, {name: [] for name in QUERIES}
    memory = []
    for _ in range(args.runs):
        child, spawned, elapsed = measure_load(args.binary, home, args.data)
        loads.append(elapsed)
        for statement in (f".output {os.path.join(home, 'out.txt')}", ".format jsonl"):
            child.send(statement + "\r")
            child.expect_exact("afq> ")
            wait_raw(child)
        at_once.append(measure_query(child, QUERIES["Q1"]))
        measure_query(child, ".schema connectorName")
        in_memory.append(time.perf_counter() - spawned)
        time.sleep(args.pause)  # as a person starts typing
        loaded = resident_mib(child)
        for name, query in QUERIES.items():
            firsts[name].append(measure_query(child, query))
            time.sleep(args.pause)
            agains[name].append(measure_query(child, query))
        memory.append((loaded, resident_mib(child)))
        child.sendcontrol("d")
        child.expect(pexpect.EOF)
    print(f"afq shell over {os.path.basename(args.data)}, {args.runs} runs, binary {os.path.relpath(args.binary, ROOT)}")
    ok = report("load", loads, 1.0)
    report("at once", at_once)
    report("memory", in_memory)
    for name in QUERIES:
        report(f"{name} first", firsts[name], 0.030)
        ok &= report(f"{name} again", agains[name], 0.030)
    loaded, after = statistics.median(m[0] for m in memory), statistics.median(m[1] for m in memory)
    print(f"RSS with the rows in memory {loaded:.0f} MiB, after the queries {after:.0f} MiB")
    return ok


def report(name, samples, target=None):
    samples = sorted(samples)
    median = statistics.median(samples)
    p90 = samples[max(0, -(-len(samples) * 9 // 10) - 1)]
    line = f"{name:8} median {median * 1000:7.2f} ms  p90 {p90 * 1000:7.2f} ms"
    if target is not None:
        line += f"  target {target * 1000:.0f} ms  median/target {median / target:.2f}"
    print(line)
    return target is None or median <= target


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build", "release", "afq"))
    parser.add_argument("--data", help="a large recording: measure loading and Q1-Q4 instead")
    parser.add_argument("--pause", type=float, default=1.0,
                        help="seconds between a first answer and the same query again (--data)")
    args = parser.parse_args()
    if not os.path.exists(args.binary):
        subprocess.run(["make", "release"], cwd=ROOT, check=True)
    if args.data:
        with tempfile.TemporaryDirectory() as home:
            sys.exit(0 if large_data(args, home) else 1)
    with tempfile.TemporaryDirectory() as home:
        measure_start(args.binary, home)  # warm the file cache
        starts = [measure_start(args.binary, home) for _ in range(args.runs)]
        child = spawn(args.binary, home)
        child.expect_exact("afq> ")
        wait_raw(child)
        measure_tab(child)
        tabs = [measure_tab(child) for _ in range(args.runs)]
        child.sendcontrol("d")
    print(f"afq interactive latency, {args.runs} runs, binary {os.path.relpath(args.binary, ROOT)}")
    ok = report("start", starts, 0.050) & report("tab", tabs, 0.010)
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
