"""Every crash or hang `scripts/fuzz` found, with its minimised input (Tests/fuzz/regressions/NAME:
the input files, `command` the termccp arguments run in that folder, and `open` while the fault is
not yet fixed, saying what it is). Each must end by itself with a documented status (check: 0 or 2;
script: 0, 1 or 2), never by a signal, and within the fuzzer's hang limit (issue 8 point 7)."""

import os
import shlex
import subprocess
from pathlib import Path

import pytest

from conftest import ROOT

CASES = sorted(p for p in (ROOT / "Tests" / "fuzz" / "regressions").iterdir() if (p / "command").exists())
ALLOWED = {"check": {0, 2}, "script": {0, 1, 2}, "run": {2}}
# The fuzzer's hang limit is 10 s; a debug build on a loaded 2-core machine gets three times that. A
# case whose fault is still open is expected to fail, and is given the fuzzer's limit only.
LIMIT, OPEN_LIMIT = 30, 10


def case_id(path):
    return path.name


def marks(path):
    if (path / "open").exists():
        return [pytest.mark.xfail(reason=(path / "open").read_text().strip(), strict=False)]
    return []


def test_regression_cases_exist():
    assert CASES, "Tests/fuzz/regressions has no case"


@pytest.mark.parametrize("case", [pytest.param(c, id=case_id(c), marks=marks(c)) for c in CASES])
def test_fuzz_finding_ends_with_a_documented_status(termccp_path, case):
    argv = shlex.split((case / "command").read_text())
    limit = OPEN_LIMIT if (case / "open").exists() else LIMIT
    env = {"PATH": os.environ.get("PATH", ""), "LANG": "C.UTF-8", "HOME": str(case), "SWIFT_BACKTRACE": "enable=no"}
    try:
        done = subprocess.run([termccp_path, *argv], cwd=case, capture_output=True, timeout=limit, env=env,
                              stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        pytest.fail(f"still running after {limit} s: termccp {' '.join(argv)}")
    assert done.returncode >= 0, f"killed by signal {-done.returncode}: {done.stderr[-2000:]!r}"
    assert done.returncode in ALLOWED[argv[0]], done.stderr[-2000:]
    if done.returncode == 2:
        assert (done.stdout + done.stderr).strip(), "status 2 with no message"
