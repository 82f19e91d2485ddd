r"""`termccp script FILE --diagram OUT.mmd` (issue 12 point 5): the Mermaid sequence diagram of a run.

No Mermaid renderer can be installed here, so `check_sequence_diagram` is a small checker of the part of
Mermaid's sequenceDiagram grammar termccp writes, read off Mermaid's documentation
(https://mermaid.js.org/syntax/sequenceDiagram.html): the first line is `sequenceDiagram`; every other line is
one statement, `participant ID as LABEL`, `ID->>ID: TEXT` or `Note over ID[,ID]: TEXT`; IDs are letters and
digits; each participant is declared once, before any line uses it; LABEL and TEXT are non-empty, one line,
and hold no `;` (Mermaid's statement separator) and no `#` other than an entity code `#NN;`, and no `<` or `>`
(read as HTML). These agree with Mermaid's own lexer (packages/mermaid/src/diagrams/sequence/parser/
sequenceDiagram.jison: a message or note text is `":"[^#\n;]+`, a participant's alias `[^#\n;]*`, `#` starts a
comment, `;` ends a statement; entity codes such as `#59;` are swapped out before parsing and drawn as the
character). It checks that the text is well formed for that subset, not how Mermaid would draw it.
It runs on every golden diagram under Tests/ScriptTests/Scripts/diagrams and on files the CLI writes.
"""

import re
from pathlib import Path

import pytest

from conftest import ROOT
from test_cli import PASSING, cli, listing, write  # noqa: F401 (cli is a fixture)

GOLDENS = sorted((ROOT / "Tests/ScriptTests/Scripts/diagrams").glob("*.mmd"))

ID = r"[A-Za-z][A-Za-z0-9]*"
PARTICIPANT = re.compile(rf"^    participant ({ID}) as (.+)$")
MESSAGE = re.compile(rf"^    ({ID})->>({ID}): (.+)$")
NOTE = re.compile(rf"^    Note over ({ID})(?:,({ID}))?: (.+)$")


def text_problem(text):
    """Why TEXT is not one safe Mermaid text, or None."""
    if not text.strip():
        return "empty text"
    without_entities = re.sub(r"#[0-9]+;", "", text)
    for c in ";#<>":
        if c in without_entities:
            return f"unescaped {c!r}"
    return None


def check_sequence_diagram(source):
    """The list of problems, each 'line N: why'; empty when the diagram is well formed."""
    problems = []
    lines = source.split("\n")
    if lines[-1] != "":
        problems.append("the file does not end with a newline")
    lines = lines[:-1] if lines[-1] == "" else lines
    if not lines or lines[0] != "sequenceDiagram":
        return ["line 1: not 'sequenceDiagram'"]
    declared = set()
    for n, line in enumerate(lines[1:], start=2):
        if m := PARTICIPANT.match(line):
            name, label = m.groups()
            if name in declared:
                problems.append(f"line {n}: {name} declared twice")
            declared.add(name)
            used, text = [], label
        elif m := MESSAGE.match(line):
            used, text = [m.group(1), m.group(2)], m.group(3)
        elif m := NOTE.match(line):
            used, text = [g for g in m.groups()[:2] if g], m.group(3)
        else:
            problems.append(f"line {n}: not a statement of the subset: {line!r}")
            continue
        for name in used:
            if name not in declared:
                problems.append(f"line {n}: {name} used before it is declared")
        if why := text_problem(text):
            problems.append(f"line {n}: {why}")
    return problems


def test_the_checker_refuses_what_mermaid_would_misread():
    assert check_sequence_diagram("sequenceDiagram\n    participant A as x\n    A->>A: ok\n") == []
    assert check_sequence_diagram("graph TD\n") == ["line 1: not 'sequenceDiagram'"]
    assert check_sequence_diagram("sequenceDiagram\n    A->>B: hi\n") == [
        "line 2: A used before it is declared", "line 2: B used before it is declared"]
    assert check_sequence_diagram("sequenceDiagram\n    participant A as x\n    A->>A: a; b\n") == [
        "line 3: unescaped ';'"]
    assert check_sequence_diagram("sequenceDiagram\n    participant A as x\n    Note over A: #1\n") == [
        "line 3: unescaped '#'"]
    assert check_sequence_diagram("sequenceDiagram\n    participant A as x\n    A-->B: x\n")[0].startswith(
        "line 3: not a statement")


def test_there_are_golden_diagrams():
    assert len(GOLDENS) >= 6


@pytest.mark.parametrize("golden", GOLDENS, ids=lambda p: p.name)
def test_every_golden_diagram_is_a_well_formed_sequence_diagram(golden):
    assert check_sequence_diagram(golden.read_text()) == []


def test_diagram_of_a_run_is_written_and_well_formed(cli, tmp_path):
    write(tmp_path, "call.ccp", PASSING)
    done = cli("script", "call.ccp", "--diagram", "call.mmd")
    assert done.returncode == 0, done.stderr
    diagram = (tmp_path / "call.mmd").read_text()
    assert check_sequence_diagram(diagram) == []
    assert "    participant A1 as Agent john\n" in diagram
    assert "    Connect->>A1: offers contact 1\n" in diagram
    assert "    A1->>Connect: accepts contact 1\n" in diagram
    assert "    Note over Connect: record of contact 1 completed\n" in diagram
    assert listing(tmp_path) == ["call.ccp", "call.mmd"]


def test_diagram_to_a_folder_is_refused_before_the_run(cli, tmp_path):
    write(tmp_path, "call.ccp", PASSING)
    # Named like a diagram, so that the extension (which chooses the format) is not what is refused.
    (tmp_path / "out.mmd").mkdir()
    done = cli("script", "call.ccp", "--diagram", "out.mmd")
    assert done.returncode == 2
    assert "--diagram out.mmd: is a folder" in done.stderr
    assert listing(tmp_path) == ["call.ccp", "out.mmd"]
    assert listing(tmp_path / "out.mmd") == []


def test_diagram_in_a_missing_folder_is_refused(cli, tmp_path):
    write(tmp_path, "call.ccp", PASSING)
    done = cli("script", "call.ccp", "--diagram", "nowhere/call.mmd")
    assert done.returncode == 2
    assert "--diagram nowhere/call.mmd: cannot be written (its folder does not exist)" in done.stderr
    assert listing(tmp_path) == ["call.ccp"]


def test_bad_script_keeps_the_old_diagram(cli, tmp_path):
    write(tmp_path, "bad.ccp", "as john\ncall +15555550123 -> +18005550100\nfrobnicate\n")
    write(tmp_path, "old.mmd", "old diagram\n")
    done = cli("script", "bad.ccp", "--diagram", "old.mmd")
    assert done.returncode == 2
    assert (tmp_path / "old.mmd").read_text() == "old diagram\n"
    assert listing(tmp_path) == ["bad.ccp", "old.mmd"]


def test_diagram_takes_one_script(cli, tmp_path):
    write(tmp_path, "a.ccp", PASSING)
    write(tmp_path, "b.ccp", PASSING)
    done = cli("script", "a.ccp", "b.ccp", "--diagram", "d.mmd")
    assert done.returncode == 2
    assert "--diagram takes one script file" in done.stderr
    assert listing(tmp_path) == ["a.ccp", "b.ccp"]


def test_diagram_on_the_path_of_another_output_is_refused(cli, tmp_path):
    write(tmp_path, "call.ccp", PASSING)
    done = cli("script", "call.ccp", "--events", "x.mmd", "--diagram", "x.mmd")
    assert done.returncode == 2
    assert "--events and --diagram name the same file" in done.stderr
    assert listing(tmp_path) == ["call.ccp"]
