"""Several CCPs side by side (keys go to the focused one, Tab moves the focus) and the `:` command
line, which runs the command language as the focused panel's agent."""

import re

import pytest

SPEED = "5"
# Party labels as drawn: a phone number always whole (a narrow list gives it the timers' columns), other labels
# whole or cut after a whole word with an ellipsis (issue 12 newcomer review point 6).
INTERNAL = r"● Internal(?: transfer|…)"
CALLER = r"● \+15555550123"


def status_line(t, panel=0):
    rows = t.panel_rows(panel)
    return " ".join(rows[0].split()) if rows else ""


@pytest.mark.parametrize("rows,cols", [(24, 80), (40, 120)])
def test_john_transfers_to_maria_side_by_side(term, rows, cols):
    # Both agents are driven from the keyboard here, so Maria's bot does not accept for her.
    t = term("--agent", "john", "--agent", "maria", "--no-demo-call", "--speed", SPEED, rows=rows, cols=cols)
    t.wait_screen(lambda t: len(t.panels()) == 2)
    assert "John Doe (john)" in t.row(1) and "Maria Garcia (maria)" in t.row(1)
    assert t.focused() == 0

    # Each offer is rung with the clock paused (Term.ring): a late key still finds it.
    t.ring()
    t.wait_banner("Incoming call", panel=0)
    assert t.banner(1) == "Waiting for a contact"
    t.press("a")
    t.thaw()
    t.wait_banner("Connected", panel=0)

    t.press("q")
    t.wait_flat("Quick connects type to filter", panel=0)
    t.freeze("Enter")
    t.ring(call=None, agent="maria")
    t.wait_banner("Incoming call", panel=1)
    assert "[a] Accept call" in t.flat(1)

    t.press("Tab")
    t.wait_screen(lambda t: t.focused() == 1)
    t.press("a")
    t.thaw()
    t.wait_banner("Connected", panel=1, timeout=30)
    # Three-party mode: Maria sees one "Internal transfer" connection, John sees her as one too
    # (the label is cut to fit a half-width panel).
    assert re.search(INTERNAL + " Connected", t.flat(1))
    assert re.search(INTERNAL + " Connected", t.flat(0))

    t.press("S-Tab")
    t.wait_screen(lambda t: t.focused() == 0)
    t.press("j")
    t.wait_screen(lambda t: re.search(CALLER + " Connected", t.flat(0)))
    t.press("l")
    t.wait_banner("After contact work", panel=0)
    # Maria keeps the caller once John leaves.
    assert t.banner(1) == "Connected"


def test_command_line_sets_status_and_next_status(term):
    t = term("--no-demo-call", "--speed", SPEED)
    t.ring()

    # On a contact a status change waits: it becomes the Next status.
    t.press("a")
    t.thaw()
    t.wait_banner("Connected")
    t.press(":")
    t.wait_screen(lambda t: t.row(t.rows - 1).startswith(":"))
    t.type("status Lunch")
    t.wait_screen(lambda t: t.row(t.rows - 1).startswith(":status Lunch"))
    t.press("Enter")
    t.wait_screen(lambda t: "Next status: Lunch" in status_line(t))
    assert status_line(t).startswith("● Available")

    # A command that does not apply is refused with the CCP's reason, and nothing changes. The reason
    # is longer than the 80-column footer row: it wraps onto the rows above, whole (it was cut at
    # "(After contact").
    t.press(":")
    t.type("clear")
    t.press("Enter")

    def footer(t):
        return " ".join(t.row(n).strip() for n in range(t.rows - 3, t.rows))

    t.wait_screen(lambda t: "Refused: Clear contact is available once the call has ended (After contact work)." in footer(t))
    assert t.banner() == "Connected"

    # Ending the call and clearing the contact applies the Next status.
    t.press("e")
    t.wait_banner("After contact work")
    t.press("c")
    t.wait_screen(lambda t: status_line(t).startswith("● Lunch") or status_line(t).startswith("Lunch"))
    assert "Next status" not in status_line(t)


def test_command_line_acts_as_the_focused_agent_with_history(term):
    t = term("--agent", "john", "--agent", "maria", "--no-demo-call", "--speed", SPEED)
    t.wait_screen(lambda t: len(t.panels()) == 2)
    t.press("Tab")
    t.wait_screen(lambda t: t.focused() == 1)
    t.press(":")
    t.type("status Lunch")
    t.press("Enter")
    t.wait_screen(lambda t: "Lunch" in status_line(t, 1))
    assert "Available" in status_line(t, 0)

    # Up recalls the last line; edited, it runs as a new command.
    t.press(":", "Up")
    t.wait_screen(lambda t: t.row(t.rows - 1).startswith(":status Lunch"))
    t.press(*["Backspace"] * len("Lunch"))
    t.type("Available")
    t.press("Enter")
    t.wait_screen(lambda t: "Available" in status_line(t, 1))

    # Esc abandons a line without running it.
    t.press(":")
    t.type("status Break")
    t.wait_screen(lambda t: t.row(t.rows - 1).startswith(":status Break"))
    t.press("Esc")
    t.wait_screen(lambda t: t.row(t.rows - 1).startswith("? help"))
    assert "Available" in status_line(t, 1)


def test_the_idle_customer_phone_suggests_a_call_the_scenario_answers(term):
    t = term("--customer", "--no-demo-call", "--speed", SPEED, rows=30, cols=100)
    t.wait_flat("No call", panel=1)
    suggestion = re.search(r":(call \+\d+ -> \+\d+)", t.flat(1))
    assert suggestion, t.flat(1)
    t.press("Tab")
    t.wait_screen(lambda t: t.focused() == 1)
    t.press(":")
    t.type(suggestion.group(1))
    # Paused as the call is placed: the caller is "In flow" for a virtual second or two only.
    t.freeze("Enter")
    t.wait_screen(lambda t: "In flow" in t.flat(1) or "Refused" in t.text())
    assert "Refused" not in t.text()
    t.thaw()
    # John is the scenario's only agent on the queue, so the call reaches him.
    t.wait_banner("Incoming call", panel=0)


def test_wide_terminal_shows_the_side_panels_and_their_keys_toggle_them(term):
    # Issue 12 points 2-4: 120 columns and wider gain the call map, the flow view and the records.
    t = term("--no-demo-call", rows=40, cols=120)
    t.wait_screen(lambda t: "Call map [M]" in t.text() and "Flow view [F]" in t.text() and "Records [R]" in t.text())
    assert "John Doe is on no call" in t.text()
    # The caller's flow plays to Pat only while the call waits for John (review: a wall-clock window): the
    # clock is stopped, the `i` key places the call, and virtual time runs to the offer, where it stays.
    t.freeze("i")
    t.command('wait until banner "Incoming call"')
    t.wait_screen(lambda t: "● Pat Caller" in t.text() and "→ Pat Caller" in t.text())
    t.thaw()
    t.press("M")
    t.wait_screen(lambda t: "Call map [M]" not in t.text() and "Flow view [F]" in t.text())
    t.resize(24, 80)
    t.wait_screen(lambda t: "Flow view [F]" not in t.text())
    t.press("F")
    t.wait_screen("The flow view stays hidden on a terminal 120×24 or larger (this one is 80×24)")
