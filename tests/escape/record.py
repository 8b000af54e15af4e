#!/usr/bin/env python3
"""Records gc's -m decisions into tests/escape/*.go as `// ERROR "..."` comments.

For each file, `go build -gcflags=-m` (Go 1.19: `go` on PATH, else /usr/lib/go-1.19/bin/go) is
run on a copy, and every `./file.go:LINE:COL: message` it prints is appended to that line as
`// ERROR "message" "message"...`, in gc's order. The quoted text is gc's exact message (with `\\`
and `"` escaped), not a regexp as in Go's own test/escape*.go. Lines keep any comment that
follows the ERROR list's closing quote (`// ERROR "x" // go2cpp: why it differs`).

    tests/escape/record.py [FILE.go...]     # default: every .go file next to this script
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ERROR_RE = re.compile(r'\s*// ERROR( "(?:[^"\\]|\\.)*")+')


def go_binary():
    return shutil.which("go") or "/usr/lib/go-1.19/bin/go"


def quote(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def record(path):
    name = os.path.basename(path)
    with tempfile.TemporaryDirectory() as tmp:
        with open(path) as f:
            lines = f.read().split("\n")
        clean = [ERROR_RE.sub("", line, count=1) for line in lines]
        with open(os.path.join(tmp, name), "w") as f:
            f.write("\n".join(clean))
        env = dict(os.environ, GO111MODULE="off", GOFLAGS="", GOCACHE=os.path.join(tmp, "cache"))
        r = subprocess.run([go_binary(), "build", "-gcflags=-m", "-o", os.devnull, name], cwd=tmp,
                           capture_output=True, text=True, env=env)
    by_line = {}
    for out in r.stderr.splitlines():
        m = re.match(r"^\./" + re.escape(name) + r":(\d+):(\d+): (.*)$", out)
        if m:
            by_line.setdefault(int(m.group(1)), []).append(m.group(3))
    result = []
    for i, line in enumerate(clean, start=1):
        msgs = by_line.get(i)
        if msgs:
            m = re.search(r"\s*// go2cpp:.*$", line)
            note = m.group(0) if m else ""
            base = line[: m.start()] if m else line
            line = base + " // ERROR " + " ".join(quote(x) for x in msgs) + note
        result.append(line)
    with open(path, "w") as f:
        f.write("\n".join(result))
    print(f"{name}: {sum(len(v) for v in by_line.values())} lines")


def main():
    files = sys.argv[1:] or sorted(os.path.join(HERE, f) for f in os.listdir(HERE) if f.endswith(".go"))
    for f in files:
        record(f)


if __name__ == "__main__":
    main()
