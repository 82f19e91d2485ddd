#!/usr/bin/env python3
"""Stresses the CCP through a pseudo-terminal, as a hostile user and a hostile environment would, and
reports what happened. Each check runs the real binary under /bin/sh in a pty: the shell records
`stty -a` before and after, so "the terminal is restored" means the two are equal, and the bytes the
CCP wrote show the alternate screen, cursor, mouse and keypad modes switched back.

    python3 scripts/tui-stress.py                      # everything, with a 5-minute soak
    python3 scripts/tui-stress.py --soak-seconds 60    # a shorter soak
    python3 scripts/tui-stress.py --only resize,keys   # some checks: resize, keys, signals, soak

  resize   a resize storm: --resizes (300) random sizes between 1×1 and 250×80, a few ms apart,
           with keys between them, at --speed 50; then the CCP must still answer `?` at 80×24 and quit
           with Q.
  keys     --keys (5000) random keys, printable text, control keys, escape sequences, mouse clicks
           and wheel events (SGR encoding) anywhere on the screen, at --speed 50; Q and Ctrl-C are
           left out so that it keeps running. Then Esc, and Q must quit.
  signals  SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGUSR1, SIGUSR2, SIGPIPE, SIGALRM each sent mid-run
           (after random keys): the status must be 128 + n, nothing but the CCP on the screen (no
           crash report), the terminal restored.
  soak     --soak-seconds (300) at --speed 100 with calls arriving every 20 virtual seconds (a
           generated scenario: bot agents accept, talk 30 s, clear), sampling the CCP's resident
           memory (VmRSS) every --sample seconds; prints the samples and the growth after warm-up.

Prints one line per check and exits 1 if any failed. Figures are printed, never asserted against a
time: the memory figures are for a person to read.
"""

import argparse
import os
import random
import re
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "Tests" / "e2e"))
from conftest import KEYS, Term  # noqa: E402  (the e2e harness: pexpect + pyte)

SCREEN_MODES = [(b"\x1b[?1049h", b"\x1b[?1049l"), (b"\x1b[?25l", b"\x1b[?25h"), (b"\x1b[?1h", b"\x1b[?1l")]
CRASH = re.compile(rb"Fatal error|Program crashed|Crash|Segmentation|Illegal instruction|Backtrace")


def binary(args):
    if args.binary:
        return args.binary
    if os.environ.get("TERMCCP_BIN"):
        return os.environ["TERMCCP_BIN"]
    subprocess.run(["swift", "build", "--product", "termccp"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    out = subprocess.run(["swift", "build", "--show-bin-path"], cwd=ROOT, check=True, capture_output=True, text=True)
    return str(Path(out.stdout.strip()) / "termccp")


class Wrapped:
    """termccp under a shell in a pty; the shell saves stty -a before and after, and the status."""

    def __init__(self, termccp, args, folder, rows=24, cols=80):
        self.folder = Path(folder)
        quoted = " ".join(f"'{a}'" for a in args)
        # Python ignores SIGPIPE and its children inherit that; a login shell starts programs with every
        # signal at its default action, and so does this.
        script = (f'stty -a > "{folder}/before"; env --default-signal "{termccp}" {quoted}; echo $? > "{folder}/status"; '
                  f'stty -a > "{folder}/after"; echo done; sleep 60')
        self.t = Term(["/bin/sh", "-c", script], rows=rows, cols=cols)
        self.pid = self._child()

    def _child(self, timeout=20.0):
        deadline = time.monotonic() + timeout
        shell = self.t.child.pid
        while time.monotonic() < deadline:
            try:
                kids = open(f"/proc/{shell}/task/{shell}/children").read().split()
            except FileNotFoundError:
                kids = []
            for kid in kids:
                try:
                    if open(f"/proc/{kid}/comm").read().strip() == "termccp":
                        return int(kid)
                except FileNotFoundError:
                    pass
            time.sleep(0.02)
        raise SystemExit("tui-stress: termccp never started")

    def wait_done(self, timeout=30.0):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            self.t.pump(0.05)
            if (self.folder / "after").exists() and "done" in self.t.text():
                return True
        return False

    def verdict(self, expected_status, timeout=30.0):
        """[] when all is well, else what is wrong."""
        problems = []
        if not self.wait_done(timeout):
            return [f"did not end (the CCP hung?); screen:\n{self.t.text()}"]
        status = (self.folder / "status").read_text().strip()
        if status != str(expected_status):
            problems.append(f"status {status}, expected {expected_status}")
        if (self.folder / "before").read_text() != (self.folder / "after").read_text():
            problems.append("stty -a differs before and after")
        raw = bytes(self.t.raw)
        for on, off in SCREEN_MODES:
            if on in raw and raw.rfind(off) < raw.rfind(on):
                problems.append(f"{on!r} still in force at exit")
        if CRASH.search(raw):
            problems.append("a crash report was written: " + CRASH.search(raw).group().decode())
        return problems

    def close(self):
        self.t.close()


def random_input(rng, rows, cols):
    r = rng.random()
    if r < 0.35:
        return rng.choice("abcdefghijklmnoprstuvwxyz0123456789*#+-:? ")
    if r < 0.5:
        return KEYS[rng.choice(list(KEYS))]
    if r < 0.6:
        return chr(rng.choice([c for c in range(1, 32) if c != 3]))
    if r < 0.8:
        x, y = rng.randint(1, cols), rng.randint(1, rows)
        button = rng.choice([0, 0, 0, 64, 65, 2, 1])
        return f"\x1b[<{button};{x};{y}M" + (f"\x1b[<{button};{x};{y}m" if button < 64 else "")
    if r < 0.9:
        return "".join(rng.choice("abcxyz0123 ") for _ in range(rng.randint(1, 20)))
    # Broken and unknown sequences, as a confused terminal sends them.
    return rng.choice(["\x1b[", "\x1b[999;999H", "\x1b[<0;9999;9999M", "\x1bO", "\x1b[200~paste\x1b[201~",
                       "\x1b[1;5A", "\x1b[24~", "\x1b]0;title\x07", "é", "日本", "\U0001F600", "\x7f" * 5])


def send(w, text):
    """Writes input the way a terminal does, reading the CCP's output while the input queue is full:
    a blocking write with the output unread would stop both sides."""
    data = text.encode()
    fd = w.t.child.child_fd
    os.set_blocking(fd, False)
    while data:
        try:
            data = data[os.write(fd, data):]
        except BlockingIOError:
            w.t.pump(0.01)
    w.t.pump(0)


def free_of_quit(text):
    return text.replace("Q", "q")


def quit_cleanly(w):
    for _ in range(4):
        w.t.press("Esc")
        time.sleep(0.1)
    w.t.press("Q")


def check_resize(termccp, args, rng, folder):
    w = Wrapped(termccp, ["--speed", "50"], folder)
    try:
        w.t.wait_screen(lambda t: "John" in t.text(), timeout=30)
        start = time.monotonic()
        for i in range(args.resizes):
            rows, cols = rng.randint(1, 80), rng.randint(1, 250)
            w.t.resize(rows, cols)
            if rng.random() < 0.3:
                send(w, free_of_quit(random_input(rng, rows, cols)))
            w.t.pump(rng.choice([0, 0.002, 0.005, 0.02]))
        storm = time.monotonic() - start
        w.t.resize(24, 80)
        quit_cleanly(w)
        return w.verdict(0), f"{args.resizes} resizes in {storm:.1f} s"
    finally:
        w.close()


def check_keys(termccp, args, rng, folder):
    w = Wrapped(termccp, ["--speed", "50"], folder)
    try:
        w.t.wait_screen(lambda t: "John" in t.text(), timeout=30)
        start = time.monotonic()
        for i in range(args.keys):
            send(w, free_of_quit(random_input(rng, 24, 80)))
            if i % 50 == 0 and not w.t.child.isalive():
                break
        sent = time.monotonic() - start
        alive_after = os.path.exists(f"/proc/{w.pid}")
        quit_cleanly(w)
        # The CCP works through the queued input before it reads the Q (a debug build takes tens of seconds).
        problems = w.verdict(0, timeout=300)
        drained = time.monotonic() - start - sent
        if not alive_after:
            problems.insert(0, "the CCP had ended during the keys")
        return problems, f"{args.keys} inputs sent in {sent:.1f} s; quit {drained:.1f} s later, after the queued input"
    finally:
        w.close()


def check_signals(termccp, args, rng, folder):
    problems, done = [], []
    for sig in [signal.SIGTERM, signal.SIGHUP, signal.SIGINT, signal.SIGQUIT, signal.SIGUSR1, signal.SIGUSR2,
                signal.SIGPIPE, signal.SIGALRM]:
        sub = Path(folder) / sig.name
        sub.mkdir()
        w = Wrapped(termccp, ["--speed", "50"], sub)
        try:
            w.t.wait_screen(lambda t: "John" in t.text(), timeout=30)
            for _ in range(rng.randint(0, 200)):
                send(w, free_of_quit(random_input(rng, 24, 80)))
            w.t.pump(0.05)
            os.kill(w.pid, sig)
            found = w.verdict(128 + sig)
            problems += [f"{sig.name}: {p}" for p in found]
            done.append(sig.name)
        finally:
            w.close()
    return problems, "each restored the terminal: " + ", ".join(done)


SOAK_SCENARIO = """\
instance: {{ name: soak, start: 2026-11-23T09:00:00Z, seed: 7 }}
hours: [ {{ name: Always, always: true }} ]
queues: [ {{ name: Support, outboundCallerId: "+18005550100", hours: Always }} ]
routingProfiles: [ {{ name: Team, queues: [Support], defaultOutboundQueue: Support, acwTimeout: 5s }} ]
agents:
  - {{ username: john, firstName: John, routingProfile: Team, status: Offline }}
{bots}
phoneNumbers: [ {{ number: "+18005550100", flow: Sample inbound }} ]
customers:
  - {{ number: "+15555550123", name: Pat Caller, says: ["Hi, I have a question."], patience: 3m }}
calls:
{calls}
"""


def soak_scenario(folder, seconds, speed):
    bots = "\n".join(f"  - {{ username: bot{i}, routingProfile: Team, bot: {{ accept: 2s, greeting: \"Hello\", "
                     f"hangUpAfter: 30s, clearAfter: 2s }} }}" for i in range(4))
    virtual = int(seconds * speed) + 600
    calls = "\n".join(f"  - {{ at: {t}s, from: \"+1555555{t % 10000:04d}\", to: \"+18005550100\" }}"
                      for t in range(5, virtual, 20))
    path = Path(folder) / "soak.yaml"
    path.write_text(SOAK_SCENARIO.format(bots=bots, calls=calls))
    return path, len(range(5, virtual, 20))


def rss_kib(pid):
    for line in open(f"/proc/{pid}/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def check_soak(termccp, args, rng, folder):
    scenario, calls = soak_scenario(folder, args.soak_seconds, 100)
    w = Wrapped(termccp, [str(scenario), "--speed", "100", "--customer"], folder, rows=40, cols=120)
    samples = []
    try:
        w.t.wait_screen(lambda t: "John" in t.text(), timeout=30)
        start = time.monotonic()
        next_sample = start
        while time.monotonic() - start < args.soak_seconds:
            w.t.pump(0.2)
            if time.monotonic() >= next_sample:
                samples.append((time.monotonic() - start, rss_kib(w.pid)))
                next_sample += args.sample
            if not os.path.exists(f"/proc/{w.pid}"):
                break
        quit_cleanly(w)
        problems = w.verdict(0)
    finally:
        w.close()
    warm = [s for s in samples if s[0] >= min(30, args.soak_seconds / 5)]
    base = warm[0][1] if warm else 0
    peak = max((s[1] for s in samples), default=0)
    end = samples[-1][1] if samples else 0
    virtual_min = args.soak_seconds * 100 / 60
    figures = (f"{args.soak_seconds:g} s at --speed 100 ({virtual_min:.0f} virtual minutes, a call every 20 virtual s, "
               f"{min(calls, int(args.soak_seconds * 100 / 20))} calls placed): VmRSS after warm-up {base / 1024:.1f} MiB, "
               f"end {end / 1024:.1f} MiB, peak {peak / 1024:.1f} MiB, growth {(end - base) / 1024:+.1f} MiB")
    print("    samples (s, MiB): " + ", ".join(f"{t:.0f}:{k / 1024:.1f}" for t, k in samples), flush=True)
    return problems, figures


CHECKS = {"resize": check_resize, "keys": check_keys, "signals": check_signals, "soak": check_soak}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--binary", help="termccp binary (default: $TERMCCP_BIN, else the debug build)")
    ap.add_argument("--only", default=",".join(CHECKS), help="comma-separated checks: " + ", ".join(CHECKS))
    ap.add_argument("--resizes", type=int, default=300)
    ap.add_argument("--keys", type=int, default=5000)
    ap.add_argument("--soak-seconds", type=float, default=300)
    ap.add_argument("--sample", type=float, default=10, help="seconds between memory samples in the soak")
    ap.add_argument("--seed", type=int, default=None)
    args = ap.parse_args()
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(1 << 31)
    termccp = binary(args)
    print(f"tui-stress: seed {seed}, binary {termccp}", flush=True)
    failed = False
    for name in args.only.split(","):
        rng = random.Random(f"{seed}-{name}")
        with tempfile.TemporaryDirectory(prefix=f"tui-stress-{name}-") as folder:
            problems, figures = CHECKS[name](termccp, args, rng, folder)
        print(f"{'FAIL' if problems else 'ok  '} {name}: {figures}", flush=True)
        for p in problems:
            print(f"    {p}", flush=True)
        failed = failed or bool(problems)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
