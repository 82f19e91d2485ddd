"""termccp-bench keeps termccp's rules for bad input and output files (README "How it behaves": bad input exits 2
with what and where, nothing half-written; an output file appears whole or not at all and a replaced file keeps its
mode). The bench binary is built beside termccp (scripts/test builds every product)."""
import os
import signal
import stat
import subprocess
import time
from pathlib import Path

import pytest

from conftest import termccp_binary, ROOT


@pytest.fixture(scope="module")
def bench():
    path = Path(termccp_binary()).with_name("termccp-bench")
    if not path.exists():
        subprocess.run(["swift", "build", "--product", "termccp-bench"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    assert path.exists(), f"{path} was not built"
    return str(path)


@pytest.mark.parametrize("args, flag, allowed", [
    (["--calls", "-1"], "--calls", "from 1 to 10000000"),
    (["--agents", "-3"], "--agents", "from 2 to 100000"),
    (["--seed", "-1"], "--seed", "from 0 to"),
    (["--queued", "-5"], "--queued", "from 1 to 1000000"),
    (["--arrivals", "-5-10"], "--arrivals", "from 1 to 3600000"),
])
def test_negative_numbers_exit_2_naming_the_allowed_range(bench, args, flag, allowed):
    done = subprocess.run([bench, *args], capture_output=True, text=True, timeout=60)
    assert done.returncode == 2, done.stderr
    assert flag in done.stderr and allowed in done.stderr, done.stderr
    assert "Missing value" not in done.stderr
    assert done.stdout == ""


def test_a_folder_given_as_records_is_refused_before_anything_is_printed(bench, tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    done = subprocess.run([bench, "--calls", "50", "--load-runs", "0", "--records", str(folder)],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert done.stdout == ""
    assert f"--records {folder}: is a folder" in done.stderr
    assert sorted(os.listdir(tmp_path)) == ["out"]


def test_a_replaced_records_file_keeps_its_mode(bench, tmp_path):
    target = tmp_path / "keep.jsonl"
    target.write_text("old\n")
    target.chmod(0o640)
    done = subprocess.run([bench, "--calls", "50", "--load-runs", "0", "--runtime", "interpreter", "--records", str(target)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    lines = target.read_text().splitlines()
    assert len(lines) == 100 and lines[0].startswith("{")
    assert sorted(os.listdir(tmp_path)) == ["keep.jsonl"]


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_a_stop_signal_removes_the_partial_records_file(bench, tmp_path, sig):
    target = tmp_path / "keep.jsonl"
    target.write_text("old\n")
    run = subprocess.Popen([bench, "--calls", "200000", "--load-runs", "0", "--runtime", "interpreter",
                            "--records", str(target)], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    # Wait until the partial file exists and has grown, so the signal lands mid-write.
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        partials = [p for p in tmp_path.iterdir() if ".partial-" in p.name]
        if partials and partials[0].stat().st_size > 0:
            break
        time.sleep(0.1)
    else:
        run.kill()
        pytest.fail("the partial file never grew")
    run.send_signal(sig)
    assert run.wait(timeout=30) == -sig
    assert sorted(os.listdir(tmp_path)) == ["keep.jsonl"]
    assert target.read_text() == "old\n"
