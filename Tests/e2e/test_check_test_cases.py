"""`termccp check` on Amazon Connect test-case files (issue 10): a .json with Observations, a TestCase
object or a Content string holding Observations is a test case; messages are file:line: path: what — fix;
exit 2 on an error."""

import json
import os
import subprocess
from pathlib import Path

import pytest

from conftest import ROOT, termccp_binary

CASES = ROOT / "Tests" / "ConnectTestsTests" / "Cases"


@pytest.fixture(scope="module")
def binary():
    return termccp_binary()


def check(binary, *files):
    return subprocess.run([binary, "check", *map(str, files)], capture_output=True, text=True, timeout=60)


def test_good_test_cases_pass_check(binary):
    files = sorted((CASES / "good").glob("*.json"))
    result = check(binary, *files)
    assert result.returncode == 0, result.stdout
    assert f"{len(files)} files checked: 0 errors, 0 warnings" in result.stdout


def test_each_bad_test_case_fails_with_file_line_and_path(binary):
    bad = CASES / "bad" / "missing-next-observation.json"
    result = check(binary, bad)
    assert result.returncode == 2
    assert (f"{bad}:5: $.Observations[0].Transitions.NextObservations[0]: NextObservations names \"welcom\", "
            "which is not an observation of this test case — use one of: start, welcome") in result.stdout


def test_every_bad_test_case_is_refused(binary):
    files = sorted((CASES / "bad").glob("*.json"))
    result = check(binary, *files)
    assert result.returncode == 2
    for f in files:
        assert f"{f}:" in result.stdout, f.name


def test_a_test_case_inside_create_test_case_json_is_told_apart_from_a_flow(binary, tmp_path):
    case = tmp_path / "create.json"
    case.write_text(json.dumps({"Name": "x", "Content": json.dumps(
        {"Version": "2025-06-21", "Observations": [{"Identifier": "s", "Event": {"Type": "Testinitiated"}}]})}))
    result = check(binary, case)
    assert result.returncode == 2
    assert "$.Content → $.Observations[0].Event.Type" in result.stdout
    assert 'not spelled as Amazon Connect writes it — write "TestInitiated"' in result.stdout


def test_flows_are_still_checked_as_flows(binary):
    flow = ROOT / "Sources" / "Flows" / "Defaults" / "Resources" / "sample_inbound.json"
    result = check(binary, flow)
    assert result.returncode == 0, result.stdout


def test_a_fifo_named_json_is_refused_not_waited_on(binary, tmp_path):
    fifo = tmp_path / "case.json"
    os.mkfifo(fifo)
    result = check(binary, fifo)
    assert result.returncode == 2
    assert "not a regular file" in result.stdout


def test_with_a_scenario_an_override_of_a_resource_it_lacks_is_refused(binary, tmp_path):
    scenario = tmp_path / "s.yaml"
    scenario.write_text("lambdas:\n  - { function: audit, response: { ok: yes } }\n")
    case = CASES / "good" / "doc-b-lambda-mock.json"
    assert check(binary, case).returncode == 0
    result = subprocess.run([binary, "check", str(case), "--scenario", str(scenario)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert (f"{case}:23: $.Observations[0].Actions[0].Parameters.Behavior.Properties.ActionParameters: this override names "
            "lookup-customer, which scenario") in result.stdout
    assert "add lookup-customer under lambdas: in the scenario, or name one it has (it has: audit)" in result.stdout
