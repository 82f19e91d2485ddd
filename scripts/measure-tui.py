#!/usr/bin/env python3
"""Measures the CCP as a user's terminal sees it: the real binary in a pseudo-terminal, its output
interpreted by pyte (docs/tui-anchors.md §5.4, black-box).

    swift build -c release --scratch-path .build-e2e
    python3 scripts/measure-tui.py --binary .build-e2e/release/termccp
    python3 scripts/measure-tui.py --size 80x24 --size 120x40 --size 200x50 --all-panels

Prints one table per terminal size (--size COLSxROWS, repeatable; 80x24 by default):
  - keystroke → updated screen latency (p50/p95/p99) for keys that change the screen: the help
    overlay toggled with ?, number pad digits and Backspace, typing on the `:` command line (a few
    letters, then Backspace over them), and the status menu opened with t and closed with Esc
    (reported apart: ncurses holds a lone Esc for ESCDELAY, 25 ms here, to tell it from the start of
    an escape sequence);
  - an idle CCP (--no-demo-call): CPU as % of one core from /proc/PID/stat, bytes written to the
    terminal per second, and whether anything but the timers' digits changed from second to second;
  - spawn → first full frame (the status and footer lines drawn), median over N starts.

--all-panels measures the CCP as a presenter shows it: John's and Maria's CCPs and the customer
phone, and, from 120 columns, every side panel open (call map, flow view, records) with something
in it. Before measuring, the `:` line plays a warm transfer to its end (two records chained) and
then a consult on a second call (three parties on the map, the hold flow running); the number pad
then types on its Call line (Down), as it does in a call. The load average is printed with each
table, since the machine may be shared.

Latency is measured from just before the write to the pty until the bytes that make pyte show the
change arrive, so it includes the kernel's pty and the program's frame, not pyte's parsing of it (a
real terminal parses in C; pyte in Python takes tens of ms for a 200×50 frame on a loaded machine):
the reply is read and time-stamped first, and parsed once the program has gone quiet.
"""

import argparse
import gc
import os
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "Tests" / "e2e"))
from conftest import KEYS, Term  # noqa: E402  (the e2e harness: pexpect + pyte with SU/SD)

TIMER = re.compile(r"\d+:\d\d")


def percentile(values, p):
    ordered = sorted(values)
    k = (len(ordered) - 1) * p / 100
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def wait(t, check, timeout=5.0):
    """Reads until check(screen lines) holds; returns when the bytes that made it hold arrived (perf_counter),
    so pyte's own parsing of them (slow in Python, and slower the bigger the frame) is not counted."""
    deadline = time.perf_counter() + timeout
    arrived = time.perf_counter()
    while True:
        if check(t.screen.display):
            return arrived
        remaining = deadline - time.perf_counter()
        if remaining <= 0:
            raise SystemExit("measure-tui: the screen never changed as expected; it shows:\n"
                             + "\n".join(t.screen.display))
        try:
            data = t.child.read_nonblocking(65536, timeout=remaining)
        except Exception:  # TIMEOUT or EOF: the deadline check above reports it
            continue
        arrived = time.perf_counter()
        t.bytes_read += len(data)
        t.stream.feed(data)


def drain(t, quiet=0.03):
    """Reads until the program has been silent for `quiet` seconds (a timer tick may be in flight)."""
    while t.pump(quiet):
        pass


def timed_key(t, key, check, quiet=0.04):
    """Milliseconds from sending `key` until the bytes arrived that make check(screen lines) hold. The reply is
    read first, each chunk stamped as it arrives, until the program has been silent for `quiet` seconds; only
    then does pyte parse it, chunk by chunk, so that parsing never delays the reading of the next chunk."""
    drain(t, 0.005)
    start = time.perf_counter()
    t.child.send(KEYS.get(key, key))
    chunks = []
    deadline = start + 5.0
    while time.perf_counter() < deadline:
        try:
            data = t.child.read_nonblocking(65536, timeout=quiet if chunks else deadline - time.perf_counter())
        except Exception:  # TIMEOUT (the reply is complete) or EOF (wait() below reports it)
            if chunks:
                break
            continue
        chunks.append((time.perf_counter(), data))
    for arrived, data in chunks:
        t.bytes_read += len(data)
        t.stream.feed(data)
        if check(t.screen.display):
            return (arrived - start) * 1000
    return (wait(t, check) - start) * 1000


def has(text):
    return lambda lines: any(text in line for line in lines)


def lacks(text):
    return lambda lines: not any(text in line for line in lines)


# A caller phones John, who accepts and consults Maria by quick connect until she is connected.
CONSULT_LINES = [
    "call +15555550123 -> +18005550100",
    'wait until banner "Incoming call"',
    "accept",
    "wait until banner Connected",
    "wait 2s",
    "quick-connect Maria",
    'wait until maria banner "Incoming call"',
    "maria: accept",
    "wait until maria banner Connected",
]

# The state --all-panels measures in, typed on the `:` line (the command language): a warm transfer to
# its end, then a consult on a second call that stays up.
BUSY_LINES = [
    *CONSULT_LINES,
    "join",
    "wait 20s",
    "leave",
    "clear",
    "customer hangs up",
    'wait until maria banner "After contact work"',
    "maria: clear",
    "wait 5s",
    *CONSULT_LINES,
    "wait 3s",
]


class Setup:
    """How the CCP is started and brought to the state measured in."""

    def __init__(self, cols, rows, all_panels):
        self.cols, self.rows, self.all_panels = cols, rows, all_panels

    @property
    def name(self):
        return f"{self.cols}×{self.rows}" + (", all panels (2 agents + customer, side panels filled)"
                                             if self.all_panels else "")

    def argv(self, binary):
        extra = ["--agent", "john", "--agent", "maria", "--customer"] if self.all_panels else []
        return [binary, "--no-demo-call", *extra]

    def start(self, binary):
        t = Term(self.argv(binary), rows=self.rows, cols=self.cols)
        wait(t, has("Waiting for a contact"), timeout=30)
        if self.all_panels:
            for line in BUSY_LINES:
                t.press(":")
                wait(t, lambda lines: lines[-1].startswith(":"))
                t.child.send(line + "\r")
                wait(t, lambda lines: not lines[-1].startswith(":"))
                if not t.screen.display[-1].startswith("ok:"):
                    raise SystemExit(f"measure-tui: `{line}` on the : line said: {t.screen.display[-1].strip()}")
            wait(t, lambda lines: sum("Connected" in line for line in lines) >= 2, timeout=30)
            if self.cols >= 120:
                wait(t, has("└→"), timeout=10)
        drain(t, 0.3)
        return t


def measure_latency(setup, binary, count):
    t = setup.start(binary)
    try:
        help_ms, pad_ms, line_ms, esc_open_ms, esc_close_ms = [], [], [], [], []

        for i in range(count):
            if i % 2 == 0:
                help_ms.append(timed_key(t, "?", has("? closes")))
            else:
                help_ms.append(timed_key(t, "?", lacks("? closes")))
        if count % 2:
            t.press("?")
            wait(t, lacks("? closes"))

        t.press("n")
        wait(t, has("Number pad ·"))
        if setup.all_panels:
            t.press("Down")
            wait(t, lambda lines: any(re.search(r"Call +> _", line) for line in lines))
        # A digit, then Backspace: the line stays short, and every key changes it.
        for i in range(count):
            key = "Backspace" if i % 2 else "1234567890"[i // 2 % 10]
            typed = "" if i % 2 else key
            pad_ms.append(timed_key(t, key, has(f"> {typed}_")))
        t.press("Esc")
        wait(t, lacks("Number pad ·"))

        # The `:` line: ":", a few letters, Backspace over them, Esc; every key changes the bottom row.
        word = "wait"
        while len(line_ms) < count:
            line_ms.append(timed_key(t, ":", lambda lines: lines[-1].startswith(":_")))
            for i in range(1, len(word) + 1):
                line_ms.append(timed_key(t, word[i - 1], lambda lines, typed=word[:i]: lines[-1].startswith(f":{typed}_")))
            for i in range(len(word) - 1, -1, -1):
                line_ms.append(timed_key(t, "Backspace", lambda lines, typed=word[:i]: lines[-1].startswith(f":{typed}_")))
            t.press("Esc")
            wait(t, lambda lines: not lines[-1].startswith(":"))

        for _ in range(max(10, count // 4)):
            esc_open_ms.append(timed_key(t, "t", has("Status  type to filter")))
            esc_close_ms.append(timed_key(t, "Esc", lacks("Status  type to filter")))
        return help_ms, pad_ms, line_ms, esc_open_ms, esc_close_ms
    finally:
        t.close()


def proc_cpu_ticks(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    # Fields 14 and 15 of proc(5) (utime, stime) are 12 and 13 after the command name.
    return int(fields[11]) + int(fields[12])


def changes_only_timers(before, after):
    """True when every row that changed reads the same with its m:ss timers blanked out."""
    for old, new in zip(before, after):
        if old != new and TIMER.sub("T", old) != TIMER.sub("T", new):
            return False
    return True


def measure_idle(setup, binary, seconds):
    t = setup.start(binary)
    try:
        drain(t, 1.0)
        ticks0, bytes0, wall0 = proc_cpu_ticks(t.child.pid), t.bytes_read, time.monotonic()
        frames, odd = [list(t.screen.display)], []
        while time.monotonic() - wall0 < seconds:
            second = time.monotonic() + 1.0
            while (left := second - time.monotonic()) > 0:
                t.pump(left)
            frames.append(list(t.screen.display))
            if not changes_only_timers(frames[-2], frames[-1]):
                odd.append((frames[-2], frames[-1]))
        wall = time.monotonic() - wall0
        ticks = proc_cpu_ticks(t.child.pid) - ticks0
        cpu = ticks / os.sysconf("SC_CLK_TCK") / wall * 100
        changed = sum(1 for a, b in zip(frames, frames[1:]) if a != b)
        return {"cpu": cpu, "bytes_per_s": (t.bytes_read - bytes0) / wall, "seconds": wall,
                "compared": len(frames) - 1, "changed": changed, "odd": odd}
    finally:
        t.close()


def measure_startup(setup, binary, runs):
    times = []
    drawn = lambda lines: "Available" in lines[2] and "Q quit" in lines[-1]
    for _ in range(runs):
        gc.collect()
        start = time.perf_counter()
        t = Term(setup.argv(binary), rows=setup.rows, cols=setup.cols)
        try:
            times.append((wait(t, drawn, timeout=30) - start) * 1000)
        finally:
            t.close()
    return times


def build_kind(binary):
    parts = Path(binary).resolve().parts
    for kind in ("release", "debug"):
        if kind in parts:
            return kind
    return "unknown"


def parse_size(text):
    m = re.fullmatch(r"(\d+)x(\d+)", text.lower())
    if not m or not (20 <= int(m.group(1)) <= 1000 and 5 <= int(m.group(2)) <= 500):
        raise argparse.ArgumentTypeError(f"takes COLSxROWS, 20 to 1000 by 5 to 500, like 200x50; found {text!r}")
    return int(m.group(1)), int(m.group(2))


def load_average():
    with open("/proc/loadavg") as f:
        return " ".join(f.read().split()[:3])


def report(setup, binary, args):
    print(f"\n{setup.name}: load average {load_average()} (1, 5, 15 min) before")
    help_ms, pad_ms, line_ms, esc_open_ms, esc_close_ms = measure_latency(setup, binary, args.keys)
    idle = measure_idle(setup, binary, args.idle)
    starts = measure_startup(setup, binary, args.starts)

    rows = []
    def latency(name, values, target):
        rows.append((f"keystroke → screen, {name} (n={len(values)})",
                     f"p50 {percentile(values, 50):.2f}  p95 {percentile(values, 95):.2f}  "
                     f"p99 {percentile(values, 99):.2f}  max {max(values):.2f} ms", target))
    main_keys = help_ms + pad_ms + line_ms
    latency("? help + pad digits + : line", main_keys, "p99 < 16 ms")
    latency("? help overlay", help_ms, "")
    latency("number pad digits/Backspace", pad_ms, "")
    latency(": line typing/Backspace", line_ms, "p99 < 16 ms")
    latency("t status menu open", esc_open_ms, "")
    latency("Esc status menu close", esc_close_ms, "(includes ESCDELAY 25 ms)")
    rows.append((f"idle CPU over {idle['seconds']:.0f} s", f"{idle['cpu']:.2f} % of one core", "< 1 %"))
    rows.append(("idle output", f"{idle['bytes_per_s']:.1f} bytes/s", ""))
    rows.append(("idle screen changes", f"{idle['changed']} of {idle['compared']} seconds changed; "
                 f"{'only timer digits' if not idle['odd'] else str(len(idle['odd'])) + ' changed more than timers'}",
                 "timers only" if not setup.all_panels else "(a call is up: prompts are expected)"))
    rows.append((f"start-up → first full frame (n={len(starts)})",
                 f"median {statistics.median(starts):.1f}  min {min(starts):.1f}  max {max(starts):.1f} ms", "< 100 ms"))

    width = max(len(r[0]) for r in rows)
    vwidth = max(len(r[1]) for r in rows)
    print(f"{'measure':<{width}}  {'result':<{vwidth}}  target")
    print(f"{'-' * width}  {'-' * vwidth}  ------")
    for name, value, target in rows:
        print(f"{name:<{width}}  {value:<{vwidth}}  {target}")
    print(f"load average {load_average()} after")
    if not setup.all_panels:
        for before, after in idle["odd"][:3]:
            print("\nchanged beyond timers:")
            for old, new in zip(before, after):
                if old != new:
                    print(f"  - {old}\n  + {new}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    default = ROOT / ".build-e2e" / "release" / "termccp"
    parser.add_argument("--binary", default=os.environ.get("TERMCCP_BIN", str(default)))
    parser.add_argument("--keys", type=int, default=150, help="keystrokes per latency kind (help, pad, : line)")
    parser.add_argument("--idle", type=float, default=20, help="seconds of idle measurement")
    parser.add_argument("--starts", type=int, default=10, help="start-ups to time")
    parser.add_argument("--size", type=parse_size, action="append", metavar="COLSxROWS",
                        help="terminal size; repeat for several (default 80x24)")
    parser.add_argument("--all-panels", action="store_true",
                        help="two agents and the customer phone, side panels open and filled (see above)")
    args = parser.parse_args()
    if not Path(args.binary).exists():
        raise SystemExit(f"measure-tui: no binary at {args.binary}; build it with "
                         "`swift build -c release --scratch-path .build-e2e` or pass --binary")

    print(f"termccp: {args.binary} ({build_kind(args.binary)} build), {os.cpu_count()} cores, "
          f"TERM=xterm-256color")
    for cols, rows in args.size or [(80, 24)]:
        report(Setup(cols, rows, args.all_panels), args.binary, args)


if __name__ == "__main__":
    main()
