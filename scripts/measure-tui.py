#!/usr/bin/env python3
"""Measures the CCP as a user's terminal sees it: the real binary in a pseudo-terminal, its output
interpreted by pyte (docs/tui-anchors.md §5.4, black-box).

    swift build -c release --scratch-path .build-e2e
    python3 scripts/measure-tui.py --binary .build-e2e/release/termccp

Prints one table:
  - keystroke → updated screen latency (p50/p95/p99) for keys that change the screen: the help
    overlay toggled with ?, number pad digits and Backspace, and the status menu opened with t and
    closed with Esc (reported apart: ncurses holds a lone Esc for ESCDELAY, 25 ms here, to tell it
    from the start of an escape sequence);
  - an idle CCP (--no-demo-call): CPU as % of one core from /proc/PID/stat, bytes written to the
    terminal per second, and whether anything but the timers' digits changed from second to second;
  - spawn → first full frame (the status and footer lines drawn), median over N starts.

Latency is measured from just before the write to the pty until pyte shows the change, so it
includes the kernel's pty, the program's frame and pyte's parsing of it.
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
    """Reads until check(screen lines) holds; returns the time it held (perf_counter)."""
    deadline = time.perf_counter() + timeout
    while True:
        if check(t.screen.display):
            return time.perf_counter()
        remaining = deadline - time.perf_counter()
        if remaining <= 0:
            raise SystemExit("measure-tui: the screen never changed as expected; it shows:\n"
                             + "\n".join(t.screen.display))
        try:
            data = t.child.read_nonblocking(65536, timeout=remaining)
        except Exception:  # TIMEOUT or EOF: the deadline check above reports it
            continue
        t.bytes_read += len(data)
        t.stream.feed(data)


def drain(t, quiet=0.03):
    """Reads until the program has been silent for `quiet` seconds (a timer tick may be in flight)."""
    while t.pump(quiet):
        pass


def timed_key(t, key, check):
    drain(t, 0.005)
    start = time.perf_counter()
    t.child.send(KEYS.get(key, key))
    return (wait(t, check) - start) * 1000


def has(text):
    return lambda lines: any(text in line for line in lines)


def lacks(text):
    return lambda lines: not any(text in line for line in lines)


def measure_latency(binary, count):
    t = Term([binary, "--no-demo-call"])
    try:
        wait(t, has("Waiting for a contact"), timeout=30)
        drain(t, 0.3)
        help_ms, pad_ms, esc_open_ms, esc_close_ms = [], [], [], []

        for i in range(count):
            if i % 2 == 0:
                help_ms.append(timed_key(t, "?", has("? closes")))
            else:
                help_ms.append(timed_key(t, "?", lacks("? closes")))
        if count % 2:
            t.press("?")
            wait(t, lacks("? closes"))

        t.press("n")
        wait(t, has("Number pad · dial a number"))
        # A digit, then Backspace: the line stays short, and every key changes it.
        for i in range(count):
            key = "Backspace" if i % 2 else "1234567890"[i // 2 % 10]
            typed = "" if i % 2 else key
            pad_ms.append(timed_key(t, key, has(f"> {typed}_")))
        t.press("Esc")
        wait(t, lacks("Number pad ·"))

        for _ in range(max(10, count // 4)):
            esc_open_ms.append(timed_key(t, "t", has("Status  type to filter")))
            esc_close_ms.append(timed_key(t, "Esc", lacks("Status  type to filter")))
        return help_ms, pad_ms, esc_open_ms, esc_close_ms
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


def measure_idle(binary, seconds):
    t = Term([binary, "--no-demo-call"])
    try:
        wait(t, has("Waiting for a contact"), timeout=30)
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


def measure_startup(binary, runs):
    times = []
    drawn = lambda lines: "Available" in lines[2] and "Q quit" in lines[-1]
    for _ in range(runs):
        gc.collect()
        start = time.perf_counter()
        t = Term([binary, "--no-demo-call"])
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


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    default = ROOT / ".build-e2e" / "release" / "termccp"
    parser.add_argument("--binary", default=os.environ.get("TERMCCP_BIN", str(default)))
    parser.add_argument("--keys", type=int, default=150, help="keystrokes per latency kind (help, pad)")
    parser.add_argument("--idle", type=float, default=20, help="seconds of idle measurement")
    parser.add_argument("--starts", type=int, default=10, help="start-ups to time")
    args = parser.parse_args()
    if not Path(args.binary).exists():
        raise SystemExit(f"measure-tui: no binary at {args.binary}; build it with "
                         "`swift build -c release --scratch-path .build-e2e` or pass --binary")

    print(f"termccp: {args.binary} ({build_kind(args.binary)} build), {os.cpu_count()} cores, 80×24, "
          f"TERM=xterm-256color")
    help_ms, pad_ms, esc_open_ms, esc_close_ms = measure_latency(args.binary, args.keys)
    idle = measure_idle(args.binary, args.idle)
    starts = measure_startup(args.binary, args.starts)

    rows = []
    def latency(name, values, target):
        rows.append((f"keystroke → screen, {name} (n={len(values)})",
                     f"p50 {percentile(values, 50):.2f}  p95 {percentile(values, 95):.2f}  "
                     f"p99 {percentile(values, 99):.2f}  max {max(values):.2f} ms", target))
    main_keys = help_ms + pad_ms
    latency("? help toggle + pad digits", main_keys, "p99 < 16 ms")
    latency("? help overlay", help_ms, "")
    latency("number pad digits/Backspace", pad_ms, "")
    latency("t status menu open", esc_open_ms, "")
    latency("Esc status menu close", esc_close_ms, "(includes ESCDELAY 25 ms)")
    rows.append((f"idle CPU over {idle['seconds']:.0f} s", f"{idle['cpu']:.2f} % of one core", "< 1 %"))
    rows.append(("idle output", f"{idle['bytes_per_s']:.1f} bytes/s", ""))
    rows.append(("idle screen changes", f"{idle['changed']} of {idle['compared']} seconds changed; "
                 f"{'only timer digits' if not idle['odd'] else str(len(idle['odd'])) + ' changed more than timers'}",
                 "timers only"))
    rows.append((f"start-up → first full frame (n={len(starts)})",
                 f"median {statistics.median(starts):.1f}  min {min(starts):.1f}  max {max(starts):.1f} ms", "< 100 ms"))

    width = max(len(r[0]) for r in rows)
    vwidth = max(len(r[1]) for r in rows)
    print(f"{'measure':<{width}}  {'result':<{vwidth}}  target")
    print(f"{'-' * width}  {'-' * vwidth}  ------")
    for name, value, target in rows:
        print(f"{name:<{width}}  {value:<{vwidth}}  {target}")
    for before, after in idle["odd"][:3]:
        print("\nchanged beyond timers:")
        for old, new in zip(before, after):
            if old != new:
                print(f"  - {old}\n  + {new}")


if __name__ == "__main__":
    main()
