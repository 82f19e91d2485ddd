"""Every signal that ends the CCP gives the terminal back first (issue 8 point 8; README "Signals in
the CCP"): stop requests end it with 128 + n and no crash report on the screen; a crash signal
restores the terminal before the process dies. The CCP runs under a shell that records `stty -a`
before and after (test_terminal.py's `wrapped`)."""

import os
import re
import signal
import time

import pytest

from conftest import Term
from test_terminal import assert_screen_given_back, read, termccp_child

def start_wrapped(termccp_path, tmp_path, prefix=""):
    """The CCP under a shell that records `stty -a` before and after, and the status. The pty's
    harness (Python) ignores SIGPIPE and children inherit that, so the CCP is started with every
    signal at its default action, as from a login shell."""
    script = (f'stty -a > "{tmp_path}/before"; {prefix} env --default-signal "{termccp_path}" --no-demo-call; '
              f'echo $? > "{tmp_path}/status"; stty -a > "{tmp_path}/after"; echo done; sleep 30')
    return Term(["/bin/sh", "-c", script])


@pytest.fixture
def stopped(termccp_path, tmp_path):
    """stopped(send, prefix="") starts the CCP, waits for its first screen, calls send(pid) and waits
    for the shell to record the terminal after it; returns the Term."""
    started = []

    def run(send, prefix=""):
        t = start_wrapped(termccp_path, tmp_path, prefix)
        started.append(t)
        pid = termccp_child(t.child.pid)
        t.wait_banner("Waiting for a contact")
        send(pid)
        t.wait_screen(lambda t: (tmp_path / "after").exists() and "done" in t.text(), timeout=30)
        return t

    yield run
    for t in started:
        t.close()


CRASH_REPORT = re.compile(rb"Fatal error|Program crashed|Crash|Backtrace|Segmentation|Illegal instruction|core dumped")

STOPPING = [signal.SIGQUIT, signal.SIGUSR1, signal.SIGUSR2, signal.SIGPIPE, signal.SIGALRM, signal.SIGINT,
            signal.SIGVTALRM, signal.SIGXCPU]


@pytest.mark.parametrize("sig", STOPPING, ids=lambda s: s.name)
def test_stop_signal_restores_the_terminal_and_exits_128_plus_n(stopped, tmp_path, sig):
    t = stopped(lambda pid: os.kill(pid, sig))
    assert read(tmp_path, "status").strip() == str(128 + sig)
    assert read(tmp_path, "before") == read(tmp_path, "after")
    assert_screen_given_back(t.raw)
    assert not CRASH_REPORT.search(bytes(t.raw))


@pytest.mark.parametrize("sig", [signal.SIGSEGV, signal.SIGILL, signal.SIGABRT, signal.SIGBUS],
                         ids=lambda s: s.name)
def test_crash_signal_restores_the_terminal_before_the_process_dies(stopped, tmp_path, sig):
    # Swift's crash reporter would wait 30 s for a key on a terminal; told not to, it prints and ends.
    t = stopped(lambda pid: os.kill(pid, sig), prefix="SWIFT_BACKTRACE=interactive=no")
    # Died by the signal (a shell reports 128 + n), after the terminal was given back.
    assert read(tmp_path, "status").strip() == str(128 + sig)
    assert read(tmp_path, "before") == read(tmp_path, "after")
    assert_screen_given_back(t.raw)
    raw = bytes(t.raw)
    report = CRASH_REPORT.search(raw)
    if report:
        # The crash report is written on the normal screen, after the CCP's screen was put away.
        assert report.start() > raw.rfind(b"\x1b[?1049l")


def test_second_stop_request_ends_a_busy_ccp_at_once(stopped, tmp_path):
    # The loop serves a stop request within a tick; a second request that arrives before it did ends
    # the process from the handler, terminal restored. Made certain by holding the CCP stopped while
    # both arrive: on SIGCONT the two handlers run back to back, before the loop runs again.
    def stop(pid):
        os.kill(pid, signal.SIGSTOP)
        os.kill(pid, signal.SIGTERM)
        os.kill(pid, signal.SIGHUP)
        os.kill(pid, signal.SIGCONT)
    t = stopped(stop)
    assert read(tmp_path, "status").strip() in (str(128 + signal.SIGTERM), str(128 + signal.SIGHUP))
    assert read(tmp_path, "before") == read(tmp_path, "after")
    assert_screen_given_back(t.raw)


def test_ignored_signal_stays_ignored(termccp_path, tmp_path):
    # Started under `trap '' USR1` (as nohup does for SIGHUP), the CCP keeps ignoring it.
    script = (f'trap "" USR1; stty -a > "{tmp_path}/before"; "{termccp_path}" --no-demo-call; '
              f'echo $? > "{tmp_path}/status"; stty -a > "{tmp_path}/after"; echo done; sleep 30')
    t = Term(["/bin/sh", "-c", script])
    try:
        pid = termccp_child(t.child.pid)
        t.wait_banner("Waiting for a contact")
        os.kill(pid, signal.SIGUSR1)
        time.sleep(0.5)
        assert os.path.exists(f"/proc/{pid}")
        t.press("Q")
        t.wait_screen(lambda t: (tmp_path / "after").exists() and "done" in t.text(), timeout=20)
        assert read(tmp_path, "status").strip() == "0"
        assert read(tmp_path, "before") == read(tmp_path, "after")
    finally:
        t.close()
