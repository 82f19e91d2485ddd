"""Calls driven through the keyboard, as a trainee would: the built-in scenario's three quick
connects and the number pad, each checked on John's screen (banner, party rows, transcript).

Virtual time runs at ×5 to keep the suite short. A state that lasts only a few virtual seconds (the
20 s offer is 4 s of wall time) is never raced: the call is placed and rung with the clock paused
(Term.ring), or the key is sent together with p (Term.freeze), so a loaded machine that answers late
still finds it.
"""

import pytest

SPEED = "5"
SIZES = [(24, 80), (40, 120)]


def accept_call(t):
    """The built-in caller phones John (rung with the clock paused); John accepts and waits out the
    agent whisper (the banner reads Connecting while it plays)."""
    t.ring()
    t.wait_banner("Incoming call")
    assert "[a] Accept call" in t.flat(0)
    t.press("a")
    t.thaw()
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
    t = term("--speed", SPEED, "--no-demo-call", rows=rows, cols=cols)
    accept_call(t)

    pick_quick_connect(t, "Mar")
    # Docs §1.4: an agent quick connect shows Connected at once; the caller goes on hold and the
    # agent transfer flow plays to John.
    t.wait_banner("Connected")
    assert "+15555550123 On hold" in t.flat(0)
    # One party held and one connected: Join, Swap, Hold all (docs §5.2, §1.5).
    assert "[j] Join [s] Swap [h] Hold all [l] Leave" in t.flat(0)
    assert "Resume all" not in t.flat(0)
    t.thaw()
    t.wait_flat("Transferring now")

    # Maria (a bot) accepts after 3 s; her greeting reaches John, not the held caller.
    t.wait_flat("Hi, this is Maria")
    assert "Internal transfer Connected" in t.flat(0)

    t.press("j")
    t.wait_flat("+15555550123 Connected")
    assert "Internal transfer Connected" in t.flat(0)
    assert t.banner() == "Connected"
    # Everyone joined: Hold all only.
    assert "[n] Number pad [h] Hold all [l] Leave" in t.flat(0)
    assert "[j] Join" not in t.flat(0) and "[s] Swap" not in t.flat(0)

    t.press("l")
    t.wait_banner("After contact work")
    assert "[c] Clear contact" in t.flat(0)
    assert "Internal transfer" not in t.flat(0)

    t.press("c")
    t.wait_banner("Waiting for a contact")
    # The transcript outlives the contact.
    assert "Transferring now" in t.flat(0)


def test_queue_quick_connect_connecting_until_an_agent_accepts(term):
    t = term("--speed", SPEED, "--no-demo-call")
    accept_call(t)

    pick_quick_connect(t, "Pass")
    # Docs §6 rules 12 and 20: a queue quick connect shows "Internal transfer" Connecting until an
    # agent of the queue accepts, not the quick connect's name.
    t.wait_banner("Connecting")
    assert "Internal transfer Connecting" in t.flat(0)
    assert "PasswordReset" not in " ".join(t.panel_rows(0)[:6])
    assert "+15555550123 On hold" in t.flat(0)
    t.thaw()
    t.wait_flat("Now transferring your call")
    # While the transfer waits in the queue, the customer queue flow plays to John (wrapped over
    # two rows at this width, which flat() joins).
    t.wait_flat("Your call is very important to us")

    # Maria is PasswordReset's longest-idle agent, so she is offered the transfer and greets John.
    t.wait_banner("Connected", timeout=30)
    t.wait_flat("Maria Garcia: Hi, this is Maria.")
    assert "Hi, this is Sam" not in t.flat(0)
    assert "Internal transfer Connected" in t.flat(0)


@pytest.mark.parametrize("rows,cols", SIZES)
def test_shipping_company_answers_dtmf_from_the_number_pad(term, rows, cols):
    t = term("--speed", SPEED, "--no-demo-call", rows=rows, cols=cols)
    accept_call(t)

    pick_quick_connect(t, "Ship")
    t.wait_banner("Connecting")
    assert "Shipping company Connecting" in t.flat(0)
    t.thaw()
    t.wait_banner("Connected")
    t.wait_flat("Please enter your order number")

    # In a call the number pad sends tones; they stay on the pad's Tones line and John's own
    # transcript records each one.
    t.press("n")
    t.wait_flat("Number pad · tones, or a number to add")
    t.type("11362")
    t.freeze()
    t.wait_flat("› Tones > 11362_")
    t.wait_flat("You pressed 11362")
    t.thaw()
    # The IVR's answer shows under the pad while it is still open.
    t.wait_flat("Acme Shipping: Order 11362 ships today")
    assert "Number pad · tones, or a number to add" in t.flat(0)
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
    # The contact's line: the number, the default outbound queue, and how the contact started.
    assert t.panel_rows(0)[2].strip() == "+18005550199 · BasicQueue · outbound"
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
    t.wait_flat("Acme Shipping. Please enter your order number.")
    t.press("n")
    t.type("11362")
    t.wait_flat("› Tones > 11362_")
    t.press("Esc")
    # Answered by the IVR, which read the five tones: not the greeting, which came before them.
    t.wait_flat("+18005550199: Order 11362 ships today")
    assert "Number pad ·" not in t.flat(0)


def test_caller_is_named_while_the_agent_whisper_plays(term):
    t = term("--speed", SPEED, "--no-demo-call")
    t.ring()
    t.press("a")
    t.wait_banner("Connecting")
    # On the contact's own line, not only in the transcript's "Incoming call from".
    assert t.panel_rows(0)[2].strip() == "+15555550123 · BasicQueue · inbound"
    assert "Internal transfer" not in t.flat(0)


def click_on(t, text, dx=1):
    """Clicks text on screen once it is drawn (ncurses sends a frame in pieces)."""
    t.wait_screen(lambda t: text in t.text())
    y = next(i for i, row in enumerate(t.screen.display) if text in row)
    t.click(t.row(y).index(text) + dx, y)


def test_mouse_clicks_a_button_and_a_list_entry(term):
    t = term("--speed", SPEED, "--no-demo-call")
    t.wait_banner("Waiting for a contact")
    click_on(t, "[q] Quick connects", 5)
    t.wait_flat("Quick connects type to filter")
    click_on(t, "Shipping company", 2)
    # Idle, a phone-number quick connect is an outbound call.
    t.wait_flat("Calling +18005550199")
    t.wait_banner("Connected")


def test_clock_runs_on_after_a_click_whose_release_comes_later(term):
    # A release outside ncurses' mouse mask used to be dropped and followed by a blocking read:
    # the CCP then froze (clock, calls) until the next key.
    t = term("--no-demo-call")
    t.wait_banner("Waiting for a contact")
    t.wait_screen(lambda t: "[q] Quick connects" in t.text())
    y = next(i for i, row in enumerate(t.screen.display) if "[q] Quick connects" in row)
    x = t.row(y).index("[q] Quick connects") + 5
    t.child.send(f"\x1b[<0;{x + 1};{y + 1}M")
    t.wait_flat("Quick connects type to filter")
    t.child.send(f"\x1b[<0;{x + 1};{y + 1}m")
    clock = lambda t: t.row(0).split()[-1]
    before = clock(t)
    t.wait_screen(lambda t: clock(t) != before, timeout=10)


@pytest.mark.parametrize("rows,cols", SIZES)
def test_number_pad_in_a_call_adds_the_number_as_a_party(term, rows, cols):
    """Seed "Transfer calls to a quick connect or external number": while connected, Number pad,
    the number, then Call. A number typed with + sends no tone; the pad closes, cleared."""
    t = term("--speed", SPEED, "--no-demo-call", rows=rows, cols=cols)
    accept_call(t)
    t.press("n")
    t.wait_flat("Number pad · tones, or a number to add")
    t.type("+18005550199")
    t.wait_flat("› Call > +18005550199_")
    assert "You pressed" not in t.flat(0)
    t.freeze("Enter")
    t.wait_banner("Connecting")
    assert "Acme Shipping Connecting" in t.flat(0)
    assert "+15555550123 On hold" in t.flat(0)
    assert "Number pad ·" not in t.flat(0)
    t.thaw()
    t.wait_flat("Acme Shipping answered")
    t.press("n")
    t.wait_flat("Number pad · tones, or a number to add")
    assert "+18005550199" not in " ".join(t.panel_rows(0)[8:12])


def test_number_pad_call_with_the_mouse(term):
    t = term("--speed", SPEED, "--no-demo-call")
    accept_call(t)

    click_on(t, "[n] Number pad")
    t.wait_flat("Number pad · tones, or a number to add")
    click_on(t, "Call   >")
    t.wait_flat("› Call >")
    # One click at a time: ncurses would read quick repeats as a double click.
    for typed in ["5", "55", "555"]:
        click_on(t, f"[{typed[-1]}]")
        t.wait_flat(f"› Call > {typed}_")
    assert "You pressed" not in t.flat(0)
    t.type("0001111")
    click_on(t, "[Enter] Call")
    # The number (any number answers after 3 s) is added as a party; the caller is held.
    t.wait_flat("5550001111 answered")
    assert "● 5550001111 Connected" in t.flat(0)
    assert "+15555550123 On hold" in t.flat(0)
    assert "Number pad ·" not in t.flat(0)


def test_a_failed_dial_clears_and_closes_the_pad_and_says_why(term):
    t = term("--speed", SPEED, "--no-demo-call")
    accept_call(t)
    t.press("n")
    t.type("+1")
    t.press("Enter")
    t.wait_flat("is not a phone number")
    assert "Number pad ·" not in t.flat(0)
    t.press("n")
    t.wait_flat("› Tones >")
    assert "+1" not in " ".join(t.panel_rows(0)[7:11])


def test_a_rejected_call_shows_as_missed(term):
    # Streams issues 977 and 792: the CCP shows a rejected voice contact as missed.
    t = term("--speed", SPEED, "--no-demo-call")
    t.ring()
    t.press("r")
    t.wait_banner("Missed contact")
    assert t.panel_rows(0)[0].split()[:2] == ["●", "Missed"]
    assert "Rejected" not in t.text()
