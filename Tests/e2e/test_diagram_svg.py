"""`termccp script FILE --diagram OUT.svg` (issue 12 point 5): the sequence diagram drawn as SVG by the program.

No Mermaid renderer is installable here, so the program lays the diagram out itself from the same sequence model
it writes as Mermaid. These tests read the SVG as XML (Python's xml.etree, which refuses a document that is not
well formed) and compare it with the Mermaid diagram of the same run: one lifeline and one box label per
participant, one arrow per message with the same text, one note per note, in the same order. They compare
structure and labels, not bytes; the byte-for-byte golden of one walkthrough is DiagramGoldenTests in Swift.
"""

import re
import xml.etree.ElementTree as ET

import pytest

from conftest import ROOT
from test_cli import PASSING, cli, listing, write  # noqa: F401 (cli is a fixture)
from test_diagram import MESSAGE, NOTE, PARTICIPANT

SVG = "{http://www.w3.org/2000/svg}"
GOLDENS = sorted((ROOT / "Tests/ScriptTests/Scripts/diagrams").glob("*.svg"))


def unescape_mermaid(text):
    """Mermaid's entity codes (#35; and so on) back to their characters."""
    return re.sub(r"#([0-9]+);", lambda m: chr(int(m.group(1))), text)


def mermaid_parts(source):
    """(participant labels, message texts, note texts) of a Mermaid diagram termccp wrote."""
    labels, messages, notes = [], [], []
    for line in source.splitlines()[1:]:
        if m := PARTICIPANT.match(line):
            labels.append(unescape_mermaid(m.group(2)))
        elif m := MESSAGE.match(line):
            messages.append((m.group(1), m.group(2), unescape_mermaid(m.group(3))))
        elif m := NOTE.match(line):
            notes.append(unescape_mermaid(m.group(3)))
    return labels, messages, notes


def svg_parts(source):
    """(root, lifelines, participant labels, message groups, note texts) of an SVG diagram."""
    root = ET.fromstring(source)
    groups = lambda cls: [g for g in root.iter(f"{SVG}g") if g.get("class") == cls]
    lifelines = [line for line in root.iter(f"{SVG}line") if line.get("class") == "lifeline"]
    labels = [g.find(f"{SVG}text").text for g in groups("participant")]
    notes = [g.find(f"{SVG}text").text for g in groups("note")]
    return root, lifelines, labels, groups("message"), notes


def assert_same_diagram(svg, mmd):
    labels, messages, notes = mermaid_parts(mmd)
    root, lifelines, boxes, arrows, svg_notes = svg_parts(svg)
    assert root.tag == f"{SVG}svg"
    assert len(lifelines) == len(labels)
    # A box at the top and at the bottom of each lifeline.
    assert boxes == [label for label in labels for _ in ("top", "bottom")]
    assert [g.find(f"{SVG}text").text for g in arrows] == [text for _, _, text in messages]
    assert svg_notes == notes
    # Each arrow runs between the lifelines of its Mermaid participants (a message to oneself loops back).
    order = [m.group(1) for line in mmd.splitlines() if (m := PARTICIPANT.match(line))]
    xs = [float(line.get("x1")) for line in lifelines]
    for g, (src, dst, _) in zip(arrows, messages):
        line = g.find(f"{SVG}line")
        if src == dst:
            assert line is None and g.find(f"{SVG}path") is not None
            continue
        assert (float(line.get("x1")), float(line.get("x2"))) == (xs[order.index(src)], xs[order.index(dst)])


def test_svg_and_mermaid_of_the_same_run_draw_the_same_sequence(cli, tmp_path):
    write(tmp_path, "call.ccp", PASSING)
    assert cli("script", "call.ccp", "--diagram", "call.mmd").returncode == 0
    done = cli("script", "call.ccp", "--diagram", "call.svg")
    assert done.returncode == 0, done.stderr
    svg = (tmp_path / "call.svg").read_text()
    assert svg.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')
    assert_same_diagram(svg, (tmp_path / "call.mmd").read_text())
    assert "Agent john" in svg_parts(svg)[2]
    assert listing(tmp_path) == ["call.ccp", "call.mmd", "call.svg"]


def test_text_with_xml_characters_is_escaped_in_the_svg(cli, tmp_path):
    write(tmp_path, "call.ccp", PASSING.replace("end\n", 'say Tom & Jerry <said> "hi"\nend\n', 1))
    done = cli("script", "call.ccp", "--diagram", "call.svg")
    assert done.returncode == 0, done.stderr
    svg = (tmp_path / "call.svg").read_text()
    assert "Tom &amp; Jerry &lt;said&gt;" in svg
    assert 'says: Tom & Jerry <said> "hi"' in svg_parts(svg)[4]


@pytest.mark.parametrize("name", ["d.png", "d", "d.mmd.txt"])
def test_a_diagram_file_of_another_extension_is_refused_and_nothing_runs(cli, tmp_path, name):
    write(tmp_path, "call.ccp", PASSING)
    done = cli("script", "call.ccp", "--diagram", name)
    assert done.returncode == 2
    assert f"--diagram {name}: the file's extension chooses the format, .mmd (Mermaid) or .svg" in done.stderr
    assert done.stdout == ""
    assert listing(tmp_path) == ["call.ccp"]


def test_there_is_a_golden_svg():
    assert GOLDENS


@pytest.mark.parametrize("golden", GOLDENS, ids=lambda p: p.name)
def test_every_golden_svg_draws_its_mermaid_golden(golden):
    assert_same_diagram(golden.read_text(), golden.with_suffix(".mmd").read_text())
