"""A changed frame reaches the terminal in one write, not one per cursor move (issue 12: keystroke to
screen). ncurses 6.4 flushes its output at every cursor move while its screen is in the state newterm
leaves it in, and only a return from endwin ends that state; termccp leaves it before the first frame
(README "Design", `Terminal`). Counted from /proc/PID/io's syscw (write system calls made), so
nothing here is timed."""

import pytest


def writes(pid):
    with open(f"/proc/{pid}/io") as f:
        for line in f:
            name, _, value = line.partition(":")
            if name == "syscw":
                return int(value)
    raise AssertionError("/proc/PID/io has no syscw line")


def settled(t):
    """Reads until the program has been silent for a while, so every write of the last frame is counted."""
    while t.pump(0.2):
        pass


@pytest.mark.parametrize("cols,rows", [(120, 40), (200, 50)])
def test_the_help_overlay_opens_and_closes_in_a_write_or_two(term, cols, rows):
    t = term("--agent", "john", "--agent", "maria", "--customer", "--no-demo-call", rows=rows, cols=cols)
    t.wait_banner("Waiting for a contact")
    # Paused, no timer redraws a digit between the counts.
    t.freeze()
    settled(t)
    for key, shown in (("?", True), ("?", False)):
        before = writes(t.child.pid)
        t.press(key)
        t.wait_screen(lambda t: ("? closes" in t.text()) == shown)
        settled(t)
        # ~4,000 changed cells, ~5 KB: one write each time ncurses' buffer (about a screenful) fills.
        assert writes(t.child.pid) - before <= 3


def test_a_digit_on_the_number_pad_is_one_write(term):
    t = term("--no-demo-call", rows=24, cols=80)
    t.wait_banner("Waiting for a contact")
    t.freeze()
    t.press("n")
    t.wait_screen("Number pad")
    settled(t)
    before = writes(t.child.pid)
    t.press("5")
    t.wait_screen("> 5_")
    settled(t)
    assert writes(t.child.pid) - before == 1
