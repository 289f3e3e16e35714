#!/usr/bin/env python3
"""Re-runs every `$ afq ...` example in fenced ```console blocks of README.md and docs/*.md and
writes the real output under it (stdout, then stderr), as DocumentationExampleTests expects.

Usage: scripts/update-doc-examples.py [PAGE ...]   (run from the package root after `swift build`)
"""
import glob
import os
import shlex
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
AFQ = os.path.join(ROOT, ".build", "debug", "afq")


def run(command):
    words = shlex.split(command)
    stdin = b""
    if "<" in words:
        i = words.index("<")
        with open(os.path.join(ROOT, words[i + 1]), "rb") as f:
            stdin = f.read()
        del words[i:i + 2]
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "COLUMNS")}
    # Leading NAME=VALUE words set environment variables, as a shell reads them.
    while words and words[0] != "afq" and "=" in words[0]:
        name, value = words.pop(0).split("=", 1)
        env[name] = value
    result = subprocess.run([AFQ] + words[1:], input=stdin, capture_output=True, cwd=ROOT, env=env)
    return (result.stdout + result.stderr).decode()


def update(page):
    with open(page) as f:
        lines = f.read().split("\n")
    out, in_console, i = [], False, 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("```"):
            in_console = (line == "```console") and not in_console
            out.append(line)
            i += 1
            continue
        if in_console and line.startswith("$ "):
            out.append(line)
            text = run(line[2:])
            out.extend(text.split("\n")[:-1] if text.endswith("\n") else text.split("\n"))
            i += 1
            while i < len(lines) and not lines[i].startswith("$ ") and not lines[i].startswith("```"):
                i += 1
            continue
        out.append(line)
        i += 1
    with open(page, "w") as f:
        f.write("\n".join(out))


pages = sys.argv[1:] or [os.path.join(ROOT, "README.md")] + sorted(glob.glob(os.path.join(ROOT, "docs", "*.md")))
for page in pages:
    update(page)
