"""`termccp run --supervisor NAME`: the supervisor panel in a real terminal. The live contacts are
listed as calls arrive; m monitors the selected contact (heard by no one), b barges in (heard by
everyone), x hangs up the selected party, e ends monitoring ([AG/monitor-conversations],
[AG/monitor-barge]; docs/supervisor.md)."""

import re
import subprocess

from conftest import ROOT

FLOOR = str(ROOT / "Tests/ScriptTests/Scripts/scenarios/supervised-floor.yaml")


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


def test_a_second_supervisor_is_refused_not_dropped(termccp_path):
    """One supervisor panel: `--supervisor` given twice names both and exits 2 (review: the last won silently)."""
    done = run(termccp_path, FLOOR, "--supervisor", "sue", "--supervisor", "john")
    assert done.returncode == 2
    assert "--supervisor shows one supervisor panel: give it once (found sue, john)" in done.stderr
