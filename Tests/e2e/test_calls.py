"""Calls driven through the keyboard, as a trainee would: the built-in scenario's three quick
connects and the number pad, each checked on John's screen (banner, party rows, transcript).

Virtual time runs at ×5: fast enough to keep the suite short, slow enough that the 20 s offer
(4 s of wall time) cannot expire between seeing "Incoming call" and pressing a on a loaded machine.
"""

import pytest

SPEED = "5"
SIZES = [(24, 80), (40, 120)]


def accept_demo_call(t):
    """The built-in caller phones two virtual seconds after start; John accepts and waits out the
    agent whisper (the banner reads Connecting while it plays)."""
    t.wait_banner("Incoming call")
    assert "[a] Accept call" in t.flat(0)
    t.press("a")
    t.wait_banner("Connected")
    t.wait_flat("+15555550123 Connected")


def pick_quick_connect(t, typed):
    """Chooses the quick connect and pauses time at once, so what it starts can be read."""
    t.press("q")
    t.wait_flat("Quick connects type to filter")
    t.type(typed)
    t.wait_screen(lambda t: f"filter: {typed}" in t.flat(0))
    t.freeze("Enter")


@pytest.mark.parametrize("rows,cols", SIZES)
def test_agent_quick_connect_join_leave_clear(term, rows, cols):
    t = term("--speed", SPEED, rows=rows, cols=cols)
    accept_demo_call(t)

    pick_quick_connect(t, "Mar")
    # Docs §1.4: an agent quick connect shows Connected at once; the caller goes on hold and the
    # agent transfer flow plays to John.
    t.wait_banner("Connected")
    assert "+15555550123 On hold" in t.flat(0)
    assert "[h] Resume all" in t.flat(0)
    t.thaw()
    t.wait_flat("Transferring now")

    # Maria (a bot) accepts after 3 s; her greeting reaches John, not the held caller.
    t.wait_flat("Hi, this is Maria")
    assert "Internal transfer Connected" in t.flat(0)

    t.press("j")
    t.wait_flat("+15555550123 Connected")
    assert "Internal transfer Connected" in t.flat(0)
    assert t.banner() == "Connected"

    t.press("l")
    t.wait_banner("After contact work")
    assert "[c] Clear contact" in t.flat(0)
    assert "Internal transfer" not in t.flat(0)

    t.press("c")
    t.wait_banner("Waiting for a contact")
    # The transcript outlives the contact.
    assert "Transferring now" in t.flat(0)


def test_queue_quick_connect_connecting_until_an_agent_accepts(term):
    t = term("--speed", SPEED)
    accept_demo_call(t)

    pick_quick_connect(t, "Pass")
    # Docs §6 rule 12: a queue quick connect shows Connecting until an agent of the queue accepts.
    t.wait_banner("Connecting")
    assert "PasswordReset Connecting" in t.flat(0)
    assert "+15555550123 On hold" in t.flat(0)
    t.thaw()
    t.wait_flat("Now transferring your call")
    # While the transfer waits in the queue, the customer queue flow plays to John (wrapped over
    # two rows at this width, which flat() joins).
    t.wait_flat("Your call is very important to us")

    t.wait_banner("Connected", timeout=30)
    t.wait_screen(lambda t: "Hi, this is Maria" in t.flat(0) or "Hi, this is Sam" in t.flat(0), timeout=20)
    assert "Internal transfer Connected" in t.flat(0)
    assert "PasswordReset Connecting" not in t.flat(0)


@pytest.mark.parametrize("rows,cols", SIZES)
def test_shipping_company_answers_dtmf_from_the_number_pad(term, rows, cols):
    t = term("--speed", SPEED, rows=rows, cols=cols)
    accept_demo_call(t)

    pick_quick_connect(t, "Ship")
    t.wait_banner("Connecting")
    assert "Shipping company Connecting" in t.flat(0)
    t.thaw()
    t.wait_banner("Connected")
    t.wait_flat("Please enter your order number")

    # In a call the number pad sends tones; what was typed stays on the pad's line.
    t.press("n")
    t.wait_flat("Number pad · tones to the call")
    t.type("11362")
    t.wait_flat("> 11362")
    # The IVR's answer shows under the pad while it is still open.
    t.wait_flat("Order 11362 ships today")
    assert "Number pad · tones to the call" in t.flat(0)
    t.press("Esc")
    t.wait_screen(lambda t: "Number pad ·" not in t.flat(0))
    # The IVR hangs up after answering; the caller is still held on John's line.
    t.wait_flat("Shipping company hung up")
    t.wait_screen(lambda t: "Shipping company" not in " ".join(t.panel_rows(0)[:6]))
    assert "+15555550123 On hold" in t.flat(0)


def test_number_pad_dials_out_when_idle(term):
    t = term("--speed", SPEED, "--no-demo-call")
    t.wait_banner("Waiting for a contact")
    t.press("n")
    t.wait_flat("Number pad · dial a number")
    t.type("+18005550199")
    t.wait_flat("> +18005550199")
    t.freeze("Enter")
    t.wait_banner("Connecting")
    assert "outbound" in t.flat(0)
    t.thaw()
    t.wait_flat("Calling +18005550199")
    t.wait_banner("Connected")
    t.wait_flat("+18005550199 answered")

    t.press("e")
    t.wait_banner("After contact work")
    t.press("c")
    t.wait_banner("Waiting for a contact")


def test_number_pad_outbound_call_reaches_the_shipping_ivr(term):
    t = term("--speed", SPEED, "--no-demo-call")
    t.wait_banner("Waiting for a contact")
    t.press("n")
    t.type("+18005550199")
    t.wait_flat("> +18005550199")
    t.press("Enter")
    t.wait_banner("Connected")
    t.press("n")
    t.type("11362")
    t.press("Esc")
    t.wait_flat("Order 11362 ships today", timeout=8)


def test_caller_is_named_while_the_agent_whisper_plays(term):
    t = term("--speed", SPEED)
    t.wait_banner("Incoming call")
    t.freeze("a")
    t.wait_banner("Connecting")
    assert "+15555550123" in t.flat(0)
    assert "Internal transfer" not in t.flat(0)


def test_mouse_clicks_a_button_and_a_list_entry(term):
    t = term("--speed", SPEED, "--no-demo-call")
    t.wait_banner("Waiting for a contact")
    y = next(i for i, row in enumerate(t.screen.display) if "[q] Quick connects" in row)
    t.click(t.row(y).index("[q] Quick connects") + 5, y)
    t.wait_flat("Quick connects type to filter")
    y = next(i for i, row in enumerate(t.screen.display) if "Shipping company" in row)
    t.click(t.row(y).index("Shipping company") + 2, y)
    # Idle, a phone-number quick connect is an outbound call.
    t.wait_flat("Calling +18005550199")
    t.wait_banner("Connected")


def test_clock_runs_on_after_a_click_whose_release_comes_later(term):
    # A release outside ncurses' mouse mask used to be dropped and followed by a blocking read:
    # the CCP then froze (clock, calls) until the next key.
    t = term("--no-demo-call")
    t.wait_banner("Waiting for a contact")
    y = next(i for i, row in enumerate(t.screen.display) if "[q] Quick connects" in row)
    x = t.row(y).index("[q] Quick connects") + 5
    t.child.send(f"\x1b[<0;{x + 1};{y + 1}M")
    t.wait_flat("Quick connects type to filter")
    t.child.send(f"\x1b[<0;{x + 1};{y + 1}m")
    clock = lambda t: t.row(0).split()[-1]
    before = clock(t)
    t.wait_screen(lambda t: clock(t) != before, timeout=10)
