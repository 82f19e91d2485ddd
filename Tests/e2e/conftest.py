"""End-to-end helpers: run the real termccp binary under a pty and read its screen through pyte.

pexpect only drives the pty; pyte interprets the bytes, because after the first frame ncurses sends
cursor moves and changed cells, never whole lines (docs/tui-anchors.md §4.3).

    def test_accept(term):
        t = term("run", "--agent", "john")
        t.wait_screen("Waiting for a contact")
        t.press("a")
        t.wait_screen(lambda s: "Connected" in s.row(3))
"""

import os
import re
import shutil
import subprocess
import time
from pathlib import Path

import pexpect
import pyte
import pytest

ROOT = Path(__file__).resolve().parents[2]

# Keys by name, as an xterm sends them (TERM=xterm-256color). ncurses switches the keypad to
# application mode (smkx, ESC [?1h), where the cursor keys send ESC O A… and terminfo lists only
# those; ESC [ A would arrive as Esc, [ and A.
KEYS = {
    "Enter": "\r", "Tab": "\t", "S-Tab": "\x1b[Z", "Esc": "\x1b", "Backspace": "\x7f", "Space": " ",
    "Up": "\x1bOA", "Down": "\x1bOB", "Right": "\x1bOC", "Left": "\x1bOD",
    "PgUp": "\x1b[5~", "PgDn": "\x1b[6~", "Home": "\x1bOH", "End": "\x1bOF",
    "F1": "\x1bOP", "F2": "\x1bOQ", "F3": "\x1bOR", "F4": "\x1bOS",
}


def termccp_binary():
    """$TERMCCP_BIN, else the debug build (built on demand, once)."""
    if os.environ.get("TERMCCP_BIN"):
        return os.environ["TERMCCP_BIN"]
    scratch = os.environ.get("TERMCCP_SCRATCH", ".build")
    subprocess.run(["swift", "build", "--scratch-path", scratch, "--product", "termccp"], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL)
    bin_dir = subprocess.run(["swift", "build", "--scratch-path", scratch, "--show-bin-path"], cwd=ROOT, check=True,
                             capture_output=True, text=True).stdout.strip()
    return str(Path(bin_dir) / "termccp")


class Screen(pyte.Screen):
    """pyte plus SU/SD (CSI n S, CSI n T) and REP (CSI n b), which pyte 0.8 lacks and ncurses uses:
    SU/SD to scroll a region when rows move (e.g. a party row appears above the transcript)."""

    def _at_top_margin(self, action, count):
        top = self.margins.top if self.margins else 0
        y, x = self.cursor.y, self.cursor.x
        self.cursor.y = top
        action(count or 1)
        self.cursor.y, self.cursor.x = y, x

    def scroll_up(self, count=None, *args, **kwargs):
        self._at_top_margin(self.delete_lines, count)

    def scroll_down(self, count=None, *args, **kwargs):
        self._at_top_margin(self.insert_lines, count)

    # REP (CSI n b): ncurses repeats a single-byte character this way, e.g. the ASCII box lines
    # drawn when the locale is not UTF-8.
    def draw(self, data):
        super().draw(data)
        if data:
            self._last_drawn = data[-1]

    def repeat_last(self, count=None, *args, **kwargs):
        last = getattr(self, "_last_drawn", None)
        if last:
            super().draw(last * (count or 1))


class Stream(pyte.ByteStream):
    csi = dict(pyte.ByteStream.csi, S="scroll_up", T="scroll_down", b="repeat_last")


class Term:
    """One program on a pty of rows×cols, with the screen it has drawn so far."""

    def __init__(self, argv, rows=24, cols=80, env=None):
        self.rows, self.cols = rows, cols
        self.screen = Screen(cols, rows)
        self.stream = Stream(self.screen)
        self.bytes_read = 0
        # Everything the program wrote, for checks pyte cannot make (it ignores the alternate screen).
        self.raw = bytearray()
        self.eof = False
        full_env = {"PATH": os.environ.get("PATH", ""), "HOME": os.environ.get("HOME", "/tmp"),
                    "TERM": "xterm-256color", "LANG": "C.UTF-8", "ESCDELAY": "25"}
        full_env.update(env or {})
        self.child = pexpect.spawn(argv[0], argv[1:], dimensions=(rows, cols), env=full_env, cwd=str(ROOT))
        # pexpect waits 50 ms before every send by default; keystroke timings would be meaningless.
        self.child.delaybeforesend = None

    # reading

    def pump(self, timeout=0.0):
        """Feeds whatever the program wrote into the screen; returns the number of bytes."""
        got = 0
        if self.eof:
            return 0
        deadline = time.monotonic() + timeout
        while True:
            try:
                data = self.child.read_nonblocking(65536, timeout=max(0.0, deadline - time.monotonic()))
            except pexpect.TIMEOUT:
                break
            except pexpect.EOF:
                self.eof = True
                break
            self.raw += data
            self.stream.feed(data)
            got += len(data)
            timeout = 0
            deadline = time.monotonic()
        self.bytes_read += got
        return got

    def text(self):
        self.pump()
        return "\n".join(self.screen.display)

    def row(self, n):
        self.pump()
        return self.screen.display[n]

    def snapshot(self):
        """The glyph rows plus a mask per row: R reverse, B bold, U underline, C coloured, space plain."""
        self.pump()
        masks = []
        for y in range(self.rows):
            line = self.screen.buffer[y]
            mask = ""
            for x in range(self.cols):
                ch = line[x]
                mask += ("R" if ch.reverse else "B" if ch.bold else "U" if ch.underscore
                         else "C" if ch.fg != "default" or ch.bg != "default" else " ")
            masks.append(mask)
        return list(self.screen.display), masks

    def wait_screen(self, what, timeout=20.0):
        """Waits until `what` (text on screen, a regex, or a predicate on this Term) holds."""
        if isinstance(what, str):
            check = lambda t: what in t.text()
        elif isinstance(what, re.Pattern):
            check = lambda t: what.search(t.text()) is not None
        else:
            check = what
        deadline = time.monotonic() + timeout
        while True:
            self.pump(0.02)
            if check(self):
                return self
            if time.monotonic() > deadline or not self.child.isalive():
                raise AssertionError(f"screen never matched {what!r}; it shows:\n{self.text()}")

    # the CCP's own structure: panels are boxes whose top border is on row 1

    SIDE_TITLES = ("─ Call map [M]", "─ Flow view [F]", "─ Records [R]")

    def panels(self):
        """(left, right) columns of each CCP panel box drawn, left to right; the side panels of a
        wide terminal (call map, flow view, records) are not among them."""
        top = self.row(1)
        lefts = [x for x, c in enumerate(top) if c == "┌"]
        rights = [x for x, c in enumerate(top) if c == "┐"]
        return [(l, r) for l, r in zip(lefts, rights) if not top[l + 1:].startswith(self.SIDE_TITLES)]

    def panel_rows(self, i=0):
        """The rows inside panel i's box, without its borders."""
        boxes = self.panels()
        if i >= len(boxes):
            return []
        left, right = boxes[i]
        rows = []
        for y in range(2, self.rows - 1):
            line = self.screen.display[y]
            if line[left] == "└":
                break
            rows.append(line[left + 1:right])
        return rows

    def banner(self, i=0):
        """Panel i's contact banner ("Incoming call", "Connected"…) or its idle line, without the timer."""
        rows = self.panel_rows(i)
        if len(rows) < 2:
            return ""
        return re.sub(r"\s+\d+:\d\d.*$", "", rows[1].strip())

    def flat(self, i=None):
        """Panel i's text (every panel's when i is None) as one line with runs of blanks folded,
        so that a transcript line wrapped over two rows still reads as one phrase."""
        if i is None:
            boxes = range(len(self.panels()))
            return " ".join(self.flat(j) for j in boxes) or " ".join(self.text().split())
        return " ".join(" ".join(self.panel_rows(i)).split())

    def focused(self):
        """The index of the panel whose title is highlighted (the focus), or None."""
        for i, (left, _) in enumerate(self.panels()):
            cell = self.screen.buffer[1][left + 3]
            if cell.reverse or cell.bg != "default":
                return i
        return None

    def freeze(self, *keys):
        """Presses keys, then p to pause virtual time, and waits until the header says so. A state
        that lasts a few virtual seconds (a phone ringing, a flow playing) is then still on screen
        however late a loaded machine gets to look at it. p must reach the CCP as a global key:
        no list, pad or command line open."""
        self.press(*keys, "p")
        return self.wait_screen(lambda t: "paused" in t.row(0), timeout=20)

    def thaw(self):
        self.press("p")
        return self.wait_screen(lambda t: "paused" not in t.row(0), timeout=20)

    def command(self, line):
        """Runs one line of the command language on the `:` line (as the focused panel's agent) and waits
        for its "ok:" reply; anything else (a refusal, a failed wait) fails the test with what it said."""
        self.press(":")
        self.wait_screen(lambda t: t.row(t.rows - 1).startswith(":"))
        self.type(line)
        self.wait_screen(lambda t: (line[-20:] + "_") in t.row(t.rows - 1))
        self.press("Enter")
        self.wait_screen(lambda t: not t.row(t.rows - 1).startswith(":"))
        reply = self.row(self.rows - 1).strip()
        assert reply.startswith("ok:"), f"`{line}` on the : line said: {reply}"
        return self

    def ring(self, call="call +15555550123 -> +18005550100", agent=""):
        """Pauses virtual time, then places `call` and runs virtual time (still paused for the wall clock)
        until it is offered to `agent` (the focused panel's agent when empty), all from the `:` line.
        The offer lasts 20 virtual seconds (docs §6), 4 s of wall time at ×5: with the clock stopped it
        is still there however late a loaded machine sends the next key. The CCP stays paused: `thaw`
        lets time run again. Start the CCP with --no-demo-call, or the demo call rings too; with
        `call=None`, a call already on its way (a transfer) is waited for."""
        if "paused" not in self.row(0):
            self.freeze()
        if call:
            self.command(call)
        self.command(f'wait until {agent + " " if agent else ""}banner "Incoming call"')
        return self

    def wait_banner(self, text, panel=0, timeout=20.0):
        return self.wait_screen(lambda t: t.banner(panel) == text, timeout=timeout)

    def wait_flat(self, text, panel=None, timeout=20.0):
        return self.wait_screen(lambda t: text in t.flat(panel), timeout=timeout)

    # writing

    def press(self, *keys):
        """Names from KEYS, C-x for control keys, or literal text."""
        for key in keys:
            if key in KEYS:
                self.child.send(KEYS[key])
            elif re.fullmatch(r"C-[a-z]", key):
                self.child.send(chr(ord(key[2]) - 96))
            else:
                self.child.send(key)

    def type(self, text):
        self.child.send(text)

    def click(self, x, y):
        """A left click at column x, row y (0-based), in the SGR encoding (xterm-256color's kmous=\\E[<)."""
        self.child.send(f"\x1b[<0;{x + 1};{y + 1}M")
        self.child.send(f"\x1b[<0;{x + 1};{y + 1}m")

    def resize(self, rows, cols):
        self.rows, self.cols = rows, cols
        self.screen.resize(rows, cols)
        self.child.setwinsize(rows, cols)

    # ending

    def wait_exit(self, timeout=15.0):
        """The exit status (128 + n after signal n, as a shell reports it)."""
        # Read to the end through pump, so the last frame and any message reach the screen.
        deadline = time.monotonic() + timeout
        while not self.eof:
            if time.monotonic() > deadline:
                raise AssertionError(f"still running after {timeout} s; the screen shows:\n{self.text()}")
            self.pump(0.05)
        self.child.close()
        if self.child.signalstatus is not None:
            return 128 + self.child.signalstatus
        return self.child.exitstatus

    def close(self):
        if self.child.isalive():
            self.child.terminate(force=True)
        # Closed here rather than by the garbage collector, whose close sleeps 0.1 s wherever it
        # happens to run (in the middle of the next spawn, for one).
        if not self.child.closed:
            self.child.close(force=True)


@pytest.fixture(scope="session")
def termccp_path():
    if not shutil.which("swift") and not os.environ.get("TERMCCP_BIN"):
        pytest.skip("swift is not installed and TERMCCP_BIN is not set")
    return termccp_binary()


@pytest.fixture
def term(termccp_path):
    """term(*args, rows=24, cols=80, env={...}) starts termccp with args; all are stopped after the test."""
    started = []

    def start(*args, rows=24, cols=80, env=None):
        t = Term([termccp_path, *args], rows=rows, cols=cols, env=env)
        started.append(t)
        return t

    yield start
    for t in started:
        t.close()
