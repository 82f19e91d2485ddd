"""`termccp run --supervisor NAME`: the supervisor panel in a real terminal. The live contacts are
listed as calls arrive; m monitors the selected contact (heard by no one), b barges in (heard by
everyone), x hangs up the selected party, e ends monitoring ([AG/monitor-conversations],
[AG/monitor-barge]; docs/supervisor.md)."""

import re
import subprocess

import pytest

from conftest import ROOT

FLOOR = str(ROOT / "Tests/ScriptTests/Scripts/scenarios/supervised-floor.yaml")



def ring_with_the_clock_stopped(t, start, started, lesson=False):
    """`start` presses what brings the caller (Enter starts a lesson whose caller phones at 2 s, `i` phones
    in) with the clock stopped; then virtual time runs from the `:` line to John's offer and stops there
    (a lesson runs its caller's step after a `:` line, so it first waits the 2 s, as test_lessons does).
    The offer lasts 20 virtual seconds, 4 s of wall time at ×5: stopped, it is still ringing however late a
    loaded machine sends `a` (review: these tests waited on that window). `thaw` lets time run again."""
    start()
    t.wait_screen(started)
    if lesson:
        t.command("wait 2s")
    t.command('wait until john banner "Incoming call"')
    t.wait_screen("[a] Accept call")

def test_supervisor_monitors_barges_and_drops_the_agent(term):
    t = term(FLOOR, "--supervisor", "sue", "--speed", "5", rows=40, cols=120)
    t.wait_screen(lambda t: "Sue Park (sue)" in t.row(1))
    assert len(t.panels()) == 1
    # The demo caller phones in after two seconds; John (simulated) accepts after three.
    t.wait_screen(lambda t: re.search(r"› John Doe\s+BasicQueue\s+Connected", t.flat(0)), timeout=30)

    t.press("m")
    t.wait_flat("Sue Park (monitoring): heard by no one; hears Pat Caller, John Doe", panel=0)
    assert "● Monitoring" in t.flat(0)
    assert "Pat Caller hears John Doe" in t.flat(0)

    t.press("b")
    t.wait_flat("Pat Caller hears John Doe, Sue Park", panel=0)
    assert "● Barged in" in t.flat(0)
    assert "[x] Hang up Pat Caller" in t.flat(0)

    # Right selects John; x drops him from the call and the caller stays with Sue.
    t.press("Right")
    t.wait_flat("[x] Hang up John Doe", panel=0)
    t.press("x")
    t.wait_flat("Pat Caller hears Sue Park", panel=0)

    t.press("e")
    t.wait_screen(lambda t: "● Available" in t.flat(0))
    t.press("Q")
    assert t.wait_exit() == 0


def test_supervisor_panel_fits_80_columns(term):
    t = term(FLOOR, "--supervisor", "sue", "--speed", "5")
    t.wait_screen(lambda t: re.search(r"John Doe\s+BasicQueue\s+Connected", t.flat(0)), timeout=30)
    t.press("m")
    t.wait_flat("Sue Park (monitoring): heard by no one; hears Pat Caller, John Doe", panel=0)
    assert "[m] Monitor [b] Barge [e] End call" in t.flat(0)


def run(termccp_path, *args):
    return subprocess.run([termccp_path, *args], capture_output=True, text=True, timeout=60,
                          stdin=subprocess.DEVNULL)


def test_unknown_supervisor_is_bad_input(termccp_path):
    done = run(termccp_path, FLOOR, "--supervisor", "nobody")
    assert done.returncode == 2
    assert 'no agent named "nobody"; agents: john, maria, sue' in done.stderr


def test_supervisor_cannot_also_be_a_shown_agent(termccp_path):
    done = run(termccp_path, FLOOR, "--supervisor", "sue", "--agent", "sue")
    assert done.returncode == 2
    assert "sue cannot be both a supervisor and a shown agent" in done.stderr


@pytest.mark.parametrize("given", [["--supervisor", "sue", "--supervisor", "john"],
                                   ["--supervisor=sue", "--supervisor", "john"],
                                   ["--supervisor", "sue", "--agent", "maria", "--supervisor=john"]])
def test_a_second_supervisor_is_refused_not_dropped(termccp_path, given):
    """One supervisor panel: `--supervisor` given twice, in either spelling, names both and exits 2 (review:
    the last won silently). The help shows it once: `[--supervisor <name>]` (test_help.py)."""
    done = run(termccp_path, FLOOR, *given)
    assert done.returncode == 2
    assert "--supervisor shows one supervisor panel: give it once (found sue, john)" in done.stderr


def test_a_second_supervisor_is_refused_by_learn_too(termccp_path):
    """`learn LESSON --supervisor NAME` shows one supervisor panel as `run` does: given twice, exit 2."""
    done = run(termccp_path, "learn", "take-a-call", "--supervisor", "maria", "--supervisor", "sam")
    assert done.returncode == 2
    assert "--supervisor shows one supervisor panel: give it once (found maria, sam)" in done.stderr


def right_panel(t):
    """The right-hand panel of two at 80 columns as one line (a lesson's bar moves the boxes down,
    so the panel helpers, which look for them on row 1, do not find them)."""
    return " ".join(" ".join(row[41:79] for row in t.screen.display).split())


def test_a_lesson_runs_the_trainee_beside_the_supervisor_panel(term):
    """Issue 11 point 4's last sentence, from the built binary: a lesson's `supervisor:` (here the
    built-in `supervised-call`) puts the supervisor panel beside the trainee's CCP at 80x24; Tab moves
    between them, the panel's keys monitor and barge, and the lesson scores the whole."""
    t = term("learn", "supervised-call", "--speed", "5")
    t.wait_screen("Enter starts the lesson")
    ring_with_the_clock_stopped(t, lambda: t.freeze("Enter"), lambda t: "Goal 1/6" in t.row(1), lesson=True)
    assert "John Doe (john)" in t.text() and "Sue Park (sue) · supervisor" in t.text()
    t.press("a")
    t.thaw()
    t.wait_screen(lambda t: "Goal 2/6" in t.row(1))
    t.press("Tab", "m")
    t.wait_screen(lambda t: "Goal 3/6" in t.row(1))
    assert "Sue Park (monitoring): heard by no one;" in right_panel(t)
    t.press("b")
    t.wait_screen(lambda t: "Goal 4/6" in t.row(1))
    # An agent key on Sue's panel says what to do instead, whole in a 40-column panel.
    t.press("j")
    t.wait_screen(lambda t: "Join: an agent's button. Barged in: h holds or resumes everyone, o the selected party."
                  in right_panel(t))
    t.press("m")
    t.wait_screen(lambda t: "Goal 5/6" in t.row(1))
    t.press("Tab", "e")
    t.wait_screen(lambda t: "Goal 6/6" in t.row(1))
    t.press("c")
    t.wait_screen(lambda t: "Lesson complete" in t.row(1))
    t.press("Q")
    assert t.wait_exit() == 0
    assert "A supervised call (Monitor and Barge): passed" in t.raw.decode("utf-8", "replace")


def test_a_barged_supervisor_mutes_the_caller_at_80_columns(term):
    """Barged in, u mutes the selected party: no one hears the caller, who hears everyone (docs/supervisor.md)."""
    t = term(FLOOR, "--agent", "john", "--supervisor", "sue", "--speed", "5", "--no-demo-call")
    ring_with_the_clock_stopped(t, lambda: t.freeze("i"), lambda t: True)
    t.press("a")
    t.thaw()
    # Monitoring needs a live conversation: after the agent whisper, when the caller hears John.
    t.wait_flat("Pat Caller hears John Doe", panel=1, timeout=30)
    t.press("Tab", "u")
    t.wait_flat("Mute: You're not monitoring a call: monitor one and barge in to act on its parties.", panel=1)
    t.press("m", "b", "u")
    t.wait_flat("Pat Caller (muted): heard by no one; hears John Doe, Sue Park", panel=1)
    t.wait_flat("Sue Park (supervisor) muted Pat Caller", panel=0)
    t.press("u")
    t.wait_flat("Pat Caller hears John Doe, Sue Park", panel=1)
    t.press("Q")
    assert t.wait_exit() == 0


def test_learn_any_lesson_with_a_supervisor_panel(term):
    """`termccp learn LESSON --supervisor NAME` puts that agent's supervisor panel beside the trainee's
    CCP for any lesson, as a lesson file's `supervisor:` does: the trainer monitors the trainee's call."""
    t = term("learn", "take-a-call", "--supervisor", "maria", "--speed", "5")
    t.wait_screen("Enter starts the lesson")
    ring_with_the_clock_stopped(t, lambda: t.freeze("Enter"), lambda t: "Maria Garcia (maria) · supervisor" in t.text(),
                                lesson=True)
    t.press("a")
    t.thaw()
    t.wait_screen(lambda t: "Pat Caller hears John Doe" in right_panel(t), timeout=30)
    t.press("Tab", "m")
    t.wait_screen(lambda t: "Maria Garcia (monitoring): heard by no one;" in right_panel(t))
    # The built-in scenario has no multi-party calls: barge says so, whole.
    t.press("b")
    t.wait_screen(lambda t: "Barge: Barge needs multi-party calls and enhanced monitoring on this instance."
                  in right_panel(t))
    # The lesson is running: Q asks first, a second Q stops it and shows its summary; Q there quits.
    t.press("Q")
    t.wait_screen("Stop the lesson? Press Q again")
    t.press("Q")
    t.wait_screen("Lesson stopped")
    t.press("Q")
    assert t.wait_exit() == 0


@pytest.mark.parametrize("args,says", [
    (["take-a-call", "--supervisor", "zed"],
     'termccp: --supervisor: no agent named "zed" in the lesson\'s scenario; agents: john, maria, sam'),
    (["take-a-call", "--supervisor", "john"], "termccp: --supervisor: john is the lesson's trainee"),
    (["--supervisor", "sue"], "termccp: --supervisor needs a LESSON"),
])
def test_learn_supervisor_bad_input_exits_2(termccp_path, args, says):
    done = run(termccp_path, "learn", *args)
    assert done.returncode == 2
    assert says in done.stderr
