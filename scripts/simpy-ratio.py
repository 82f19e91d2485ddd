#!/usr/bin/env python3
"""termccp-bench against a SimPy model of the same contact centre, in one run (issue 9's yardstick).

    python3 scripts/simpy-ratio.py                       # 10k and 100k contacts, 3 rounds each
    python3 scripts/simpy-ratio.py --sizes 10000 --rounds 5
    python3 scripts/simpy-ratio.py --binary .build/static/release/termccp-bench   # no build

Both programs place the same number of contacts, each queued, answered, transferred once through a
consult and finished with after contact work (scripts/simpy_contact_centre.py is the SimPy side;
termccp-bench --runtime interpreter the termccp side: flows interpreted, whispers played into
transcripts, every contact record built). They run in pairs, the order alternating from round to
round so that neither always gets the warmer machine. For each size it prints, per round and as the
median over the rounds:
  - contacts per CPU-second: CPU time of the contact loop, plus (termccp) the time to build the
    records left to build after it;
  - the ratio termccp / SimPy of those (above 1 means termccp does the work in less CPU time);
  - peak RSS of each whole process (wait4's ru_maxrss), and termccp-bench's own VmHWM figure.
Installs simpy with pip when python3 cannot import it (PEP 668 systems: --break-system-packages).
"""

import argparse
import os
import re
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MODEL = ROOT / "scripts" / "simpy_contact_centre.py"


def ensure_simpy():
    if subprocess.run([sys.executable, "-c", "import simpy"], capture_output=True).returncode == 0:
        return
    print("installing simpy", file=sys.stderr)
    flags = ["-q", "--disable-pip-version-check", "--root-user-action=ignore"]
    base = [sys.executable, "-m", "pip", "install", *flags]
    if subprocess.run([*base, "--user", "simpy"], capture_output=True).returncode != 0:
        subprocess.run([*base, "--break-system-packages", "simpy"], check=True)


def build(scratch):
    """scripts/build-bench.sh's binary, built in `scratch` (release mode, Swift's runtime linked in)."""
    env = {**os.environ, "SCRATCH_PATH": scratch}
    done = subprocess.run([str(ROOT / "scripts" / "build-bench.sh")], cwd=ROOT, env=env, check=True,
                          stdout=subprocess.PIPE, text=True)
    return done.stdout.strip().splitlines()[-1]


def run(argv):
    """stdout and peak RSS in MB of one process, read from its own rusage."""
    p = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    out = p.stdout.read()
    err = p.stderr.read()
    _, status, usage = os.wait4(p.pid, 0)
    p.returncode = os.waitstatus_to_exitcode(status)
    if p.returncode != 0:
        sys.exit(f"simpy-ratio: {' '.join(argv)} exited with {p.returncode}\n{out}{err}")
    return out, usage.ru_maxrss / 1024


def number(pattern, text, what):
    m = re.search(pattern, text)
    if not m:
        sys.exit(f"simpy-ratio: no {what} in the output:\n{text}")
    return float(m.group(1))


def termccp(binary, n):
    out, rss = run([binary, "--runtime", "interpreter", "--calls", str(n), "--load-runs", "0"])
    done = number(r"contacts completed\s+(\d+) of", out, "completed contacts")
    if done != n:
        sys.exit(f"simpy-ratio: termccp-bench completed {done:.0f} of {n} contacts\n{out}")
    cpu = number(r"wall time\s+[\d.]+ s \(CPU ([\d.]+) s\)", out, "CPU time")
    records = number(r"records after the run\s+\d+ built in ([\d.]+) s CPU", out, "record building time")
    hwm = number(r"peak RSS\s+([\d.]+) MB", out, "peak RSS")
    return {"cpu": cpu + records, "loop": cpu, "records": records, "rate": n / (cpu + records), "rss": rss, "hwm": hwm}


def simpy(n):
    out, rss = run([sys.executable, str(MODEL), str(n)])
    done = number(r"simpy: (\d+) contacts", out, "completed contacts")
    if done != n:
        sys.exit(f"simpy-ratio: the SimPy model completed {done:.0f} of {n} contacts\n{out}")
    cpu = number(r"cpu ([\d.]+)s", out, "CPU time")
    return {"cpu": cpu, "rate": n / cpu, "rss": rss}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="10000,100000", help="numbers of contacts, comma-separated")
    ap.add_argument("--rounds", type=int, default=3, help="pairs of runs per size")
    ap.add_argument("--binary", help="a built termccp-bench (default: build it as scripts/build-bench.sh does)")
    ap.add_argument("--scratch-path", default=os.environ.get("SCRATCH_PATH", ".build/static"))
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",") if s]
    if not sizes or any(n < 1 for n in sizes) or args.rounds < 1:
        ap.error("--sizes takes positive numbers, --rounds at least 1")
    ensure_simpy()
    binary = args.binary or build(args.scratch_path)
    print(f"termccp-bench ({binary}) against the SimPy model, {args.rounds} alternating pairs per size")
    for n in sizes:
        print(f"\n{n} contacts")
        print("  round  first    termccp c/CPU-s  (loop + records s)   SimPy c/CPU-s   ratio   peak RSS termccp / SimPy")
        ratios, t_rates, s_rates, t_rss, s_rss = [], [], [], [], []
        for r in range(args.rounds):
            if r % 2 == 0:
                t, s, first = termccp(binary, n), simpy(n), "termccp"
            else:
                s, t, first = simpy(n), termccp(binary, n), "SimPy"
            ratio = t["rate"] / s["rate"]
            ratios.append(ratio)
            t_rates.append(t["rate"])
            s_rates.append(s["rate"])
            t_rss.append(t["rss"])
            s_rss.append(s["rss"])
            print(f"  {r + 1:5}  {first:7}  {t['rate']:15,.0f}  ({t['loop']:.3f} + {t['records']:.3f})"
                  f"   {s['rate']:13,.0f}   {ratio:5.2f}   {t['rss']:.1f} MB / {s['rss']:.1f} MB")
        print(f"  median: termccp {statistics.median(t_rates):,.0f} contacts per CPU-second, "
              f"SimPy {statistics.median(s_rates):,.0f}; ratio {statistics.median(ratios):.2f} "
              f"(range {min(ratios):.2f}–{max(ratios):.2f}); peak RSS termccp {max(t_rss):.1f} MB, SimPy {max(s_rss):.1f} MB")


if __name__ == "__main__":
    main()
