"""`termccp demo` (issue 12 points 1 and 6; README "Demos"): a command-language script played in the
CCPs on the wall clock, its comments as captions, `pause` and step mode waiting for Space, the
presenter taking over a panel, failed expectations shown and summed up, `--record` read back by
asciinema; bad input refused as `termccp script` refuses it, with the terminal left alone.

Virtual time runs at ×10: a 1.5 s beat between steps lasts 0.15 s of wall time. A state that lasts
only a while (a ringing offer, a failure on the status row, a supervisor's monitoring before the
barge) is looked at in step mode with the clock stopped (`step_until`), as `Term.ring` does for
offers: it stays on screen until the next Space, however late a loaded machine looks.
"""

import subprocess

import pytest

from conftest import ROOT
from test_record import asciinema_cat, header_and_events, masks, replay

SPEED = "10"
SAMPLE = "examples/warm-transfer.ccp"


def caption_bar(t):
    """The caption bar (two caption rows and the status row, under the header) as one line with
    runs of blanks folded."""
    return " ".join(" ".join([t.row(1), t.row(2), t.row(3)]).split())


def step_until(t, check, steps=80):
    """Step mode, clock stopped (`t.freeze()` first): presses Space, one step at a time, each time
    waiting until the caption bar shows the step ran, until `check` holds."""
    for _ in range(steps):
        if check(t):
            return t
        before = caption_bar(t)
        t.press("Space")
        t.wait_screen(lambda t: caption_bar(t) != before)
    assert check(t), f"no step led to the state; the screen shows:\n{t.text()}"
    return t


def panels_text(t):
    """Everything below the caption bar as one line with runs of blanks folded (conftest's panel
    helpers look for the panels' tops on row 1, where a demo has its caption)."""
    t.pump()
    return " ".join(" ".join(t.screen.display[4:]).replace("│", " ").split())


@pytest.mark.parametrize("rows,cols", [(24, 80), (40, 120)])
def test_the_readme_sample_plays_to_the_end_with_every_expectation_held(term, rows, cols):
    t = term("demo", SAMPLE, "--customer", "--speed", SPEED, rows=rows, cols=cols)
    # One wait for the whole bar: ncurses may be mid-frame when a part of it shows.
    t.wait_screen(lambda t: "‖ Paused at line 11 · Space goes on 0 ok Space next S step mode" in caption_bar(t),
                  timeout=60)
    # A caption shows with its step (README "Demos"): the quick connect's waits beyond the pause.
    assert caption_bar(t).startswith("A warm transfer with an agent quick connect"), caption_bar(t)
    # The steps before the pause happened in the panels: John took the call, the caller spoke the
    # script's words, not also the scenario's own line (README "Demos": one voice a caller).
    assert "Connected" in panels_text(t)
    if rows >= 40:  # the transcript has room for the CCP's own line about the accept
        assert "You accepted the call" in panels_text(t)
    assert "I am locked out" in panels_text(t)
    assert "I forgot my password" not in panels_text(t)
    t.press("Space")
    t.wait_screen(lambda t: "Demo finished · 12 expectations passed, no line failed "
                  "Every expectation held · the CCP stays live 12 ok Q quits" in caption_bar(t), timeout=90)
    # The end state of the story, in the panels: John cleared and waiting, Maria with the caller.
    assert "Waiting for a contact" in panels_text(t)
    assert "You joined everyone" in panels_text(t) or rows < 40
    t.press("Q")
    assert t.wait_exit() == 0
    assert f"{SAMPLE}: 12 expectations passed, no line failed" in t.raw.decode("utf-8", "replace")


def test_the_readme_sample_also_runs_headless(termccp_path):
    done = subprocess.run([termccp_path, "script", SAMPLE], capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "12 expectations" in done.stdout


def test_step_mode_waits_for_space_and_s_goes_back_to_continuous_play(term, tmp_path):
    script = tmp_path / "steps.ccp"
    script.write_text("# First, nothing rings.\nexpect no contact\n# Then John goes to lunch.\nstatus Lunch\n"
                      "expect status Lunch\n")
    t = term("demo", str(script), "--step", "--speed", SPEED)
    # The first caption is up at once; its line waits for Space.
    # The first line waits for Space, and so does its caption, which shows with it.
    t.wait_screen(lambda t: caption_bar(t).startswith("‖ Step mode · next 2: expect no contact 0 ok Space next "
                                                      "S continuous"))
    t.press("Space")
    t.wait_screen(lambda t: "next 4: status Lunch" in t.row(3) and "First, nothing rings." in t.row(1))
    t.press("S")
    t.wait_screen(lambda t: "Demo finished · 2 expectations passed" in t.row(1))
    t.press("Q")
    assert t.wait_exit() == 0


def test_in_step_mode_a_wait_is_one_space_and_the_line_after_it_waits_for_the_next(term, tmp_path):
    """Issue 12: Space on a `wait` used to run the command after it too, with only the wait named.
    Now the wait's minute passes at once and `status Lunch` waits, named, for the next Space."""
    script = tmp_path / "wait.ccp"
    script.write_text("wait 1m\nstatus Lunch\nexpect status Lunch\n")
    t = term("demo", str(script), "--step", "--speed", SPEED)
    t.wait_screen(lambda t: "Step mode · next 1: wait 1m" in t.row(3))
    t.press("Space")
    t.wait_screen(lambda t: "Step mode · next 2: status Lunch (with 3)" in t.row(3))
    assert "Lunch" not in panels_text(t)
    assert t.row(0).split()[-1] >= "1:00"  # the header's virtual clock: the minute passed at once
    t.press("Space")
    t.wait_screen(lambda t: "Demo finished · 1 expectation passed, no line failed" in t.row(1)
                  and "Lunch" in panels_text(t))
    t.press("Q")
    assert t.wait_exit() == 0


def test_a_supervisor_panel_shows_the_scripts_monitoring_and_barge(term):
    scripts = ROOT / "Tests/ScriptTests/Scripts"
    t = term("demo", str(scripts / "70-supervisor-monitor-barge.ccp"), str(scripts / "scenarios/supervisor.yaml"),
             "--supervisor", "sue", "--step", "--speed", SPEED, rows=40, cols=120)
    t.wait_screen(lambda t: "Sue Park (sue) · supervisor" in t.row(4) and "John Doe (john)" in t.row(4))
    # Monitoring lasts a few steps before the barge, and the barge a few before Sue monitors again:
    # stepped with the clock stopped, each stays on screen until the next Space.
    t.freeze()
    step_until(t, lambda t: "● Monitoring" in panels_text(t))
    step_until(t, lambda t: "● Barged in" in panels_text(t))
    # The rest plays by itself.
    t.press("S")
    t.thaw()
    t.wait_screen(lambda t: "Demo finished" in t.row(1), timeout=120)
    assert "no line failed" in caption_bar(t)
    t.press("Q")
    assert t.wait_exit() == 0


def test_the_presenter_takes_over_a_panel_and_the_script_goes_on_after_space(term, tmp_path):
    script = tmp_path / "takeover.ccp"
    script.write_text("# The caller phones in.\ncall +15555550123 -> +18005550100\n"
                      "wait until banner \"Incoming call\"\nwait 5m\nexpect banner Connected\nend\n"
                      "expect banner \"After contact work\"\n")
    # Step mode with the clock stopped: the 20 s offer is still ringing however late the presenter's
    # `a` comes, and the script goes on only on Space.
    t = term("demo", str(script), "--step")
    t.freeze()
    t.press("Space")
    t.wait_screen(lambda t: "next 3: wait until banner" in t.row(3))
    t.press("Space")
    t.wait_screen(lambda t: "Incoming call" in panels_text(t))
    t.press("a")
    t.wait_screen(lambda t: "You have the panels · next 4: wait 5m (with 5)" in t.row(3))
    # Space goes on from the line after the takeover: the five minutes pass at once, the customer's
    # whisper with them, and the check after the wait sees the banner (the panel's third row) Connected.
    t.press("Space")
    t.wait_screen(lambda t: t.row(6).strip("│ ").startswith("Connected") and "1 ok" in t.row(3))
    t.press("Space")
    t.wait_screen(lambda t: "Demo finished · 2 expectations passed, no line failed" in t.row(1)
                  and "After contact work" in panels_text(t))
    t.press("Q")
    assert t.wait_exit() == 0


def test_a_failed_expectation_is_shown_and_the_script_goes_on(term, tmp_path):
    script = tmp_path / "fails.ccp"
    script.write_text("# Nothing rings yet.\nexpect banner Connected\npause\nwait 2s\nexpect no contact\npause\n")
    # Step mode with the clock stopped: the failure, shown 8 virtual seconds, stays on the status
    # row until the next Space, however late a loaded machine looks.
    t = term("demo", str(script), "--step")
    t.freeze()
    t.press("Space")
    t.wait_screen(lambda t: "× line 2: john's banner: expected \"Connected\"" in t.row(3)
                  and "0 ok · 1 failed" in t.row(3))
    # The script goes on: the pause, then the wait with the check after it, which passes.
    t.press("Space", "Space")
    t.wait_screen(lambda t: "1 ok · 1 failed" in t.row(3))
    t.press("Space")
    t.wait_screen(lambda t: "Demo finished · 1 expectation passed, 1 failed line (2)" in t.row(1))
    t.press("Q")
    assert t.wait_exit() == 0
    out = t.raw.decode("utf-8", "replace")
    assert f"{script}:2: expect banner Connected" in out
    assert "john's banner: expected \"Connected\", saw \"no contact\"" in out


def test_a_recorded_demo_is_read_by_asciinema_and_replays_to_the_last_screen(term, tmp_path):
    cast = tmp_path / "demo.cast"
    script = tmp_path / "short.ccp"
    script.write_text("# A caller phones in and John answers.\ncall +15555550123 -> +18005550100\n"
                      "wait until banner \"Incoming call\"\naccept\nwait until banner Connected\n"
                      "expect banner Connected\n")
    t = term("demo", str(script), "--speed", SPEED, "--record", str(cast))
    t.wait_screen(lambda t: "Demo finished" in t.row(1), timeout=30)
    # Paused, nothing on screen moves: what is seen now is the last frame before Q.
    t.freeze()
    t.wait_screen(lambda t: "p resume" in t.row(t.rows - 1))
    shown, shown_masks = t.snapshot()
    t.press("Q")
    assert t.wait_exit() == 0

    header, events = header_and_events(cast)
    assert header["version"] == 2 and (header["width"], header["height"]) == (80, 24)
    replayed = replay(asciinema_cat(cast), header["width"], header["height"])
    assert replayed.display == shown
    assert masks(replayed) == shown_masks
    assert "Demo finished · 1 expectation passed, no line failed" in replayed.display[1]
    assert not list(tmp_path.glob("*.partial-*"))


def headless(termccp_path, *args):
    return subprocess.run([termccp_path, *args], capture_output=True, text=True, cwd=ROOT,
                          stdin=subprocess.DEVNULL)


@pytest.mark.parametrize("body", [
    "accept\nwait 5q\nsay \"unclosed\n",      # syntax: every error, file:line:column
    "as nobody\naccept\n",                      # an unknown agent: file:line
])
def test_a_bad_script_is_reported_as_termccp_script_reports_it(term, termccp_path, tmp_path, body):
    script = tmp_path / "bad.ccp"
    script.write_text(body)
    cast = tmp_path / "out.cast"
    expected = headless(termccp_path, "script", str(script))
    assert expected.returncode == 2 and expected.stderr
    # In a terminal: the same message, status 2, nothing recorded, the screen never taken.
    t = term("demo", str(script), "--record", str(cast))
    assert t.wait_exit() == 2
    assert bytes(t.raw).decode().replace("\r\n", "\n") == expected.stderr
    assert b"\x1b[?1049h" not in t.raw
    assert not cast.exists() and not list(tmp_path.glob("*.partial-*"))


def test_a_bad_scenario_is_reported_as_termccp_script_reports_it(termccp_path, tmp_path):
    script = tmp_path / "ok.ccp"
    script.write_text("expect no contact\n")
    scenario = tmp_path / "bad.yaml"
    scenario.write_text("agents:\n  - username: john\n    status: Sleepy\n    routingProfile: Nowhere\n")
    expected = headless(termccp_path, "script", str(script), "--scenario", str(scenario))
    done = headless(termccp_path, "demo", str(script), str(scenario))
    assert expected.returncode == 2 and done.returncode == 2
    assert done.stderr == expected.stderr and f"{scenario}:" in done.stderr


def test_an_unreadable_script_and_an_unknown_agent_exit_2(termccp_path, tmp_path):
    done = headless(termccp_path, "demo", str(tmp_path / "missing.ccp"))
    assert done.returncode == 2
    assert done.stderr == headless(termccp_path, "script", str(tmp_path / "missing.ccp")).stderr
    script = tmp_path / "ok.ccp"
    script.write_text("expect no contact\n")
    done = headless(termccp_path, "demo", str(script), "--agent", "nobody")
    assert done.returncode == 2 and 'no agent named "nobody"' in done.stderr


def test_without_a_terminal_the_demo_says_so(termccp_path, tmp_path):
    script = tmp_path / "ok.ccp"
    script.write_text("expect no contact\n")
    done = headless(termccp_path, "demo", str(script))
    assert done.returncode == 2
    assert "the CCP needs a terminal on stdin and stdout" in done.stderr


def test_a_second_supervisor_is_refused_as_by_run(termccp_path, tmp_path):
    """One supervisor panel on demo as on run: `--supervisor` twice names both, exit 2."""
    script = tmp_path / "ok.ccp"
    script.write_text("expect no contact\n")
    done = headless(termccp_path, "demo", str(script), "--supervisor", "john", "--supervisor", "maria")
    assert done.returncode == 2
    assert "--supervisor shows one supervisor panel: give it once (found john, maria)" in done.stderr
