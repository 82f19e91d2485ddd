"""Suspend and resume (issue 8's leftover; README "Signals in the CCP"): Ctrl-Z, or SIGTSTP from
outside, gives the terminal back as it was before the CCP (line settings, the normal screen) and
stops the CCP as a job of the user's shell; `fg` brings it back drawn whole, in its own modes.
The CCP runs as a job of an interactive bash in the pty, as a user starts it."""

import os
import re
import signal

import pytest

from conftest import Term
from test_terminal import pty_settings, read, termccp_child


@pytest.fixture
def shell(tmp_path):
    t = Term(["/bin/bash", "--norc", "--noprofile", "-i"], env={"PS1": "$ ", "HISTFILE": "/dev/null"})
    t.wait_screen("$ ")
    yield t
    t.close()


def process_state(pid):
    with open(f"/proc/{pid}/stat") as f:
        return f.read().rsplit(")", 1)[1].split()[0]


@pytest.mark.parametrize("how", ["Ctrl-Z", "SIGTSTP"])
def test_suspend_gives_the_terminal_back_and_fg_redraws(shell, termccp_path, tmp_path, how):
    t = shell
    t.type(f'stty -a > "{tmp_path}/before"; "{termccp_path}" --no-demo-call\r')
    pid = termccp_child(t.child.pid)
    t.wait_banner("Waiting for a contact")
    assert re.search(r"(^|\s)-echo(\s|$)", pty_settings(pid))

    if how == "Ctrl-Z":
        t.press("C-z")
    else:
        os.kill(pid, signal.SIGTSTP)
    t.wait_screen("Stopped")
    assert process_state(pid) == "T"
    smcup = bytes(t.raw).rfind(b"\x1b[?1049h")
    assert bytes(t.raw).rfind(b"\x1b[?1049l") > smcup, "the CCP's screen was not put away"
    # bash goes on with the line after a stopped job, so the status is fg's: the job's when it ends.
    t.type(f'stty -a > "{tmp_path}/suspended"; fg; echo "status=$?"\r')
    # Back, drawn whole: what the shell wrote over the screen is gone.
    t.wait_screen(lambda t: t.banner() == "Waiting for a contact" and "Stopped" not in t.text())
    assert read(tmp_path, "suspended") == read(tmp_path, "before")
    assert process_state(pid) != "T"
    assert re.search(r"(^|\s)-echo(\s|$)", pty_settings(pid))
    assert bytes(t.raw).rfind(b"\x1b[?1049h") > smcup, "the CCP's screen was not taken back"

    # The keys still work after the resume.
    t.freeze()
    t.press("Q")
    t.wait_screen("status=0")
    t.type(f'stty -a > "{tmp_path}/after"\r')
    t.wait_screen(lambda t: (tmp_path / "after").exists() and read(tmp_path, "after"))
    assert read(tmp_path, "after") == read(tmp_path, "before")
