"""`--record OUT.cast` (issue 12 point 6; README "Recordings"): the CCP's screen as an asciinema v2
cast. The file is read back by asciinema itself (`asciinema cat`, PyPI asciinema 2.4) and its
output replayed into pyte must end on the screen the CCP showed when it quit; like every output
file it appears whole or not at all."""

import importlib.util
import json
import os
import signal
import subprocess
import sys

from conftest import Screen, Stream, Term


def asciinema_cat(path):
    """What `asciinema cat` prints for the cast: its output events, in order. Started without a
    controlling terminal, so asciinema reads the file instead of putting a terminal in raw mode."""
    # The PyPI package is a module of this Python; Debian's is a command on the PATH.
    program = [sys.executable, "-m", "asciinema"] if importlib.util.find_spec("asciinema") else ["asciinema"]
    done = subprocess.run([*program, "cat", str(path)], capture_output=True,
                          start_new_session=True, timeout=60)
    assert done.returncode == 0, done.stderr.decode()
    return done.stdout


def replay(data, cols, rows):
    screen = Screen(cols, rows)
    Stream(screen).feed(data)
    return screen


def masks(screen):
    """Per cell: R reverse, B bold, U underline, C coloured, space plain (conftest's Term.snapshot)."""
    rows = []
    for y in range(screen.lines):
        line = screen.buffer[y]
        rows.append("".join("R" if c.reverse else "B" if c.bold else "U" if c.underscore
                            else "C" if c.fg != "default" or c.bg != "default" else " "
                            for c in (line[x] for x in range(screen.columns))))
    return rows


def settle(t):
    """Pauses time and waits for the whole paused frame: the header and the footer's "p resume"
    arrive in one write from the CCP, but may reach pyte in two reads."""
    t.freeze()
    t.wait_screen(lambda t: "p resume" in t.row(t.rows - 1))


def header_and_events(path):
    lines = path.read_text(encoding="utf-8").splitlines()
    return json.loads(lines[0]), [json.loads(line) for line in lines[1:]]


def test_recording_is_read_by_asciinema_and_replays_to_the_last_screen(term, tmp_path):
    cast = tmp_path / "demo.cast"
    t = term("--record", str(cast))
    t.wait_banner("Incoming call")
    # The offer lasts 20 s: paused at once and kept on screen (Term.ring), it waits for a late `a`.
    t.ring(call=None)
    t.press("a")
    t.thaw()
    t.wait_banner("Connected")
    # Paused, nothing on screen moves: what is seen now is the last frame before Q.
    settle(t)
    shown, shown_masks = t.snapshot()
    t.press("Q")
    assert t.wait_exit() == 0

    header, events = header_and_events(cast)
    assert header["version"] == 2 and (header["width"], header["height"]) == (80, 24)
    assert isinstance(header["timestamp"], int) and header["env"]["TERM"] == "xterm-256color"
    times = [e[0] for e in events]
    assert times == sorted(times) and all(e[1] == "o" for e in events)
    # The call arrived 2 s in on the CCP's wall clock: the events span that.
    assert times[-1] - times[0] >= 2

    replayed = replay(asciinema_cat(cast), header["width"], header["height"])
    assert replayed.display == shown
    assert masks(replayed) == shown_masks
    assert not list(tmp_path.glob("*.partial-*"))


def test_recording_follows_a_resize_with_a_resize_event(term, tmp_path):
    cast = tmp_path / "resized.cast"
    t = term("--record", str(cast), "--no-demo-call")
    t.wait_banner("Waiting for a contact")
    t.resize(30, 100)
    t.wait_screen(lambda t: t.panels() and t.panels()[0][1] > 80)
    settle(t)
    shown = t.snapshot()[0]
    t.press("Q")
    assert t.wait_exit() == 0

    header, events = header_and_events(cast)
    resizes = [e for e in events if e[1] == "r"]
    assert resizes and resizes[-1][2] == "100x30"
    # Replayed as a player does: "r" resizes the screen, "o" is fed to it.
    screen = Screen(header["width"], header["height"])
    stream = Stream(screen)
    for _, code, data in events:
        if code == "r":
            cols, rows = map(int, data.split("x"))
            screen.resize(rows, cols)
        else:
            stream.feed(data.encode())
    assert screen.display == shown


def test_a_signal_leaves_the_previous_recording_as_it_was(term, tmp_path):
    cast = tmp_path / "kept.cast"
    cast.write_text("an earlier recording\n")
    t = term("--record", str(cast), "--no-demo-call")
    t.wait_banner("Waiting for a contact")
    os.kill(t.child.pid, signal.SIGTERM)
    assert t.wait_exit() == 128 + signal.SIGTERM
    assert cast.read_text() == "an earlier recording\n"
    assert not list(tmp_path.glob("*.partial-*"))


def test_a_recording_path_that_is_a_folder_is_refused_before_the_ccp_starts(termccp_path, tmp_path):
    t = Term([termccp_path, "--record", str(tmp_path), "--no-demo-call"], cols=250)
    try:
        assert t.wait_exit() == 2
        assert f"--record {tmp_path}: is a folder" in t.text()
        assert "Waiting for a contact" not in t.text()
    finally:
        t.close()
