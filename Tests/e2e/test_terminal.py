"""The terminal side: resizing, the too-small screen, leaving the terminal as it was (quit, Ctrl-C,
SIGTERM), and refusing terminals that cannot host the CCP (exit 2 with a message)."""

import os
import re
import signal
import subprocess
import time

import pytest

from conftest import ROOT, Term


def too_small(t):
    return re.search(r"terminal too small \(need \d+×\d+", " ".join(t.text().split())) is not None


def test_resize_adapts_and_too_small_recovers(term):
    t = term("--no-demo-call", rows=24, cols=80)
    t.wait_banner("Waiting for a contact")
    assert t.panels() == [(0, 79)]

    # 120 columns gain the side panels (issue 12): the CCP keeps 80 of them.
    t.resize(40, 120)
    t.wait_screen(lambda t: t.panels() == [(0, 79)] and "Call map [M]" in t.row(1) and t.row(39).startswith("? help"))
    assert t.banner() == "Waiting for a contact"

    t.resize(10, 30)
    t.wait_screen(lambda t: too_small(t) and "now 30×10" in " ".join(t.text().split()))
    assert "Waiting for a contact" not in t.text()

    # Keys still work while too small: the status menu opened here shows once there is room.
    t.press("t")
    t.resize(24, 80)
    t.wait_screen(lambda t: t.panels() == [(0, 79)] and "Status type to filter" in t.flat(0))
    assert not too_small(t)
    t.press("Esc")
    t.wait_screen(lambda t: "Status type to filter" not in t.flat(0))


def test_two_panels_fold_to_the_focused_one_when_narrow(term):
    t = term("--agent", "john", "--agent", "maria", "--no-demo-call", rows=24, cols=80)
    t.wait_screen(lambda t: len(t.panels()) == 2 and "Maria Garcia (maria)" in t.row(1))
    assert t.focused() == 0

    t.resize(24, 60)
    t.wait_screen(lambda t: t.panels() == [(0, 59)] and "John Doe (john)" in t.row(1))
    t.press("Tab")
    t.wait_screen(lambda t: t.panels() == [(0, 59)] and "Maria Garcia (maria)" in t.row(1))

    t.resize(40, 120)
    t.wait_screen(lambda t: len(t.panels()) == 2 and t.focused() == 1)
    assert "John Doe (john)" in t.row(1)


def test_too_small_for_one_panel_from_the_start(term):
    t = term("--no-demo-call", rows=12, cols=36)
    t.wait_screen(too_small)
    t.resize(24, 80)
    t.wait_banner("Waiting for a contact")


# Leaving the terminal as it was. The CCP runs under a shell in the pty, which records `stty -a`
# before and after; the shell's own stty is the user's terminal state.

def shell_around(tmp_path, *args):
    binary = os.environ.get("TERMCCP_BIN_RESOLVED")
    script = (f'stty -a > "{tmp_path}/before"; "{binary}" {" ".join(args)}; echo $? > "{tmp_path}/status"; '
              f'stty -a > "{tmp_path}/after"; echo done; sleep 30')
    return Term(["/bin/sh", "-c", script])


@pytest.fixture
def wrapped(termccp_path, tmp_path, monkeypatch):
    monkeypatch.setenv("TERMCCP_BIN_RESOLVED", termccp_path)
    started = []

    def start(*args):
        t = shell_around(tmp_path, *args)
        started.append(t)
        return t

    yield start
    for t in started:
        t.close()


def termccp_child(shell_pid, timeout=10.0):
    """The pid of the shell's termccp child."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with open(f"/proc/{shell_pid}/task/{shell_pid}/children") as f:
                kids = f.read().split()
        except FileNotFoundError:
            kids = []
        for kid in kids:
            try:
                with open(f"/proc/{kid}/comm") as f:
                    if f.read().strip() == "termccp":
                        return int(kid)
            except FileNotFoundError:
                pass
        time.sleep(0.02)
    raise AssertionError("termccp never started under the shell")


def pty_settings(pid):
    tty = os.readlink(f"/proc/{pid}/fd/0")
    return subprocess.run(["stty", "-a", "-F", tty], capture_output=True, text=True, check=True).stdout


def assert_screen_given_back(raw):
    """stty covers the line discipline; these are the screen modes (xterm-256color's terminfo), each
    switched back after it was last switched on: the alternate screen (pyte has none, so the bytes
    are checked), the cursor, mouse reporting and the keypad's application mode."""
    raw = bytes(raw)
    for on, off in [(b"\x1b[?1049h", b"\x1b[?1049l"), (b"\x1b[?25l", b"\x1b[?25h"),
                    (b"\x1b[?1006;1000h", b"\x1b[?1006;1000l"), (b"\x1b[?1h", b"\x1b[?1l")]:
        assert on in raw, f"{on!r} was never sent"
        assert raw.rfind(off) > raw.rfind(on), f"{on!r} is still in force at exit"


def read(tmp_path, name):
    return (tmp_path / name).read_text()


def run_and_stop(wrapped, tmp_path, stop):
    t = wrapped("--no-demo-call")
    pid = termccp_child(t.child.pid)
    t.wait_banner("Waiting for a contact")
    # While the CCP runs the line discipline is raw: no echo, no signals from Ctrl-C.
    during = pty_settings(pid)
    assert re.search(r"(^|\s)-echo(\s|$)", during) and re.search(r"(^|\s)-isig(\s|$)", during)
    stop(t, pid)
    t.wait_screen(lambda t: (tmp_path / "after").exists() and "done" in t.text(), timeout=20)
    return t


@pytest.mark.parametrize("keys", [["Q"], ["C-c"], ["?", "Q"], [":", "Esc", "Q"]],
                         ids=["Q", "ctrl-c", "Q-in-help", "Q-after-command-line"])
def test_quit_restores_the_terminal(wrapped, tmp_path, keys):
    # Each key waits for the screen it needs: a Q sent while the Esc is still unread would reach
    # ncurses with it as one sequence (Alt-Q) on a loaded machine, however long a sleep between them.
    shown = {"?": lambda t: "─ Keys " in t.row(1),
             ":": lambda t: t.row(t.rows - 1).startswith(":"),
             "Esc": lambda t: t.row(t.rows - 1).startswith("? help")}

    def stop(t, pid):
        for key in keys:
            t.press(key)
            if key in shown:
                t.wait_screen(shown[key])
    t = run_and_stop(wrapped, tmp_path, stop)
    assert read(tmp_path, "status").strip() == "0"
    assert read(tmp_path, "before") == read(tmp_path, "after")
    assert_screen_given_back(t.raw)


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGHUP], ids=["SIGTERM", "SIGHUP"])
def test_signal_restores_the_terminal(wrapped, tmp_path, sig):
    t = run_and_stop(wrapped, tmp_path, lambda t, pid: os.kill(pid, sig))
    assert read(tmp_path, "status").strip() == str(128 + sig)
    assert read(tmp_path, "before") == read(tmp_path, "after")
    assert_screen_given_back(t.raw)


# Terminals that cannot host the CCP: a message naming the problem and what to do, exit 2.

@pytest.mark.parametrize("term_name,says", [
    ("no-such-terminal-xyz", "unknown terminal type TERM=no-such-terminal-xyz"),
    ("dumb", "TERM=dumb cannot move the cursor"),
    ("", "TERM is not set"),
])
def test_unusable_term_is_refused(termccp_path, term_name, says):
    t = Term([termccp_path, "--no-demo-call"], env={"TERM": term_name})
    status = t.wait_exit(timeout=15)
    # The raw bytes, not the screen: the message is longer than the pty is wide.
    out = bytes(t.raw).decode()
    assert "\x1b" not in out
    assert status == 2
    assert says in out
    assert "xterm-256color" in out or "termccp script" in out


def test_not_a_terminal_is_refused(termccp_path, tmp_path):
    out = tmp_path / "out"
    with open(out, "wb") as stdout:
        done = subprocess.run([termccp_path, "--no-demo-call"], stdin=subprocess.DEVNULL, stdout=stdout,
                              stderr=subprocess.PIPE, cwd=ROOT, timeout=30,
                              env={"PATH": os.environ.get("PATH", ""), "TERM": "xterm-256color", "LANG": "C.UTF-8"})
    assert done.returncode == 2
    assert b"needs a terminal" in done.stderr and b"termccp script" in done.stderr
    # Nothing drawn into the file: no escape sequences, no half screen.
    assert out.read_bytes() == b""


def test_ascii_glyphs_without_a_utf8_locale(term):
    t = term("--no-demo-call", env={"LANG": "C", "LC_ALL": "C"})
    t.wait_screen(lambda t: "Waiting for a contact" in t.text())
    assert t.row(1) == "+- John Doe (john) " + "-" * 60 + "+"
    assert t.row(2).startswith("| * Available v ") and t.row(2).endswith("|")
    assert all(ord(c) < 128 for c in t.text())
    t.press("Q")
    assert t.wait_exit() == 0
