"""`termccp test` (issue 10 points 1–3): Amazon Connect test cases run on virtual time, the JUnit report
read back with junitparser and validated against the Jenkins JUnit schema GitLab reads, the results JSON
in the API's shape, -j and --shard, a progress line on a terminal, and bad input refused with status 2 and
nothing written."""

import json
import shutil
import subprocess
from pathlib import Path

import pexpect
import pytest
import xmlschema
from junitparser import Error, Failure, JUnitXml

from conftest import ROOT, termccp_binary

RUN = ROOT / "Tests" / "ConnectTestsTests" / "Cases" / "run"
GOOD = ROOT / "Tests" / "ConnectTestsTests" / "Cases" / "good"
BAD = ROOT / "Tests" / "ConnectTestsTests" / "Cases" / "bad"
SCENARIO = RUN / "scenario.yaml"
SCHEMA = Path(__file__).resolve().parent / "schemas" / "junit-10.xsd"
CASES = sorted(RUN.glob("*.json"))


@pytest.fixture(scope="module")
def binary():
    return termccp_binary()


def run(binary, *args, cwd=None):
    return subprocess.run([binary, "test", *map(str, args)], capture_output=True, text=True, cwd=cwd, timeout=300)


def test_every_case_passes_or_fails_as_named_with_junit_and_results(binary, tmp_path):
    report, results = tmp_path / "report.xml", tmp_path / "results.json"
    result = run(binary, "--scenario", SCENARIO, "-j", "2", "--junit", report, "--results", results, *CASES)
    assert result.returncode == 1, result.stderr
    failing = [c for c in CASES if c.name.startswith("fail-")]
    assert f"{len(failing)} of {len(CASES)} test cases failed" in result.stdout
    for case in CASES:
        verdict = "PASSED" if case.name.startswith("pass-") else "FAILED"
        assert f"{case}: {verdict} (" in result.stdout, case.name

    xml = JUnitXml.fromfile(str(report))
    suite = list(xml)[0]
    cases = list(suite)
    assert suite.tests == len(CASES) and suite.failures == len(failing) and suite.errors == 0
    for case, path in zip(cases, CASES):
        assert case.name.startswith(str(path)), (case.name, path)
        assert case.classname == "termccp.test"
        assert float(case._elem.get("time")) >= 0
        assert case.is_passed == path.name.startswith("pass-")
        assert "expected:" in case.system_out and "happened:" in case.system_out
    failed = next(c for c in cases if "fail-assert-reports-the-check" in c.name)
    failed_path = next(p for p in CASES if "fail-assert-reports-the-check" in p.name)
    failure = [r for r in failed.result if isinstance(r, Failure)][0]
    assert failure.message.endswith('done: check failed: $.External.tier Equals "platinum": actual "silver" (it is not equal)')
    # Every failure points at the failing observation's file:line (the Content string's line in the API shape).
    for case, path in zip(cases, CASES):
        for outcome in case.result:
            line = case._elem.get("line")
            assert line is not None, path
            assert outcome.message.startswith(f"{path}:{line}: "), outcome.message
    content_line = next(i for i, text in enumerate(failed_path.read_text().splitlines(), 1) if '"Content":' in text)
    assert failed._elem.get("line") == str(content_line)
    # The printed report names the same place on the failing observation's line.
    assert f"  FAIL done [0:00] at {failed_path}:{content_line}" in result.stdout
    assert "failed check: attribute $.External.tier, operator Equals, expected \"platinum\", actual \"silver\"" in failure.text
    xmlschema.XMLSchema(str(SCHEMA)).validate(str(report))

    executions = json.loads(results.read_text())["TestCaseExecutions"]
    assert [e["File"] for e in executions] == [str(c) for c in CASES]
    for execution, path in zip(executions, CASES):
        assert execution["Status"] == ("PASSED" if path.name.startswith("pass-") else "FAILED")
        summary = execution["ObservationSummary"]
        assert summary["TotalObservations"] == summary["ObservationsPassed"] + summary["ObservationsFailed"]
        assert summary["TotalObservations"] == len(execution["ExecutionRecords"])
        for record in execution["ExecutionRecords"]:
            assert record["Status"] in ("PASSED", "FAILED")
            assert set(json.loads(record["Record"])) >= {"Expected", "Happened", "Matches", "Actions"}
        assert execution["StartTime"].startswith("2026-11-23T14:00:00")


def test_doc_examples_pass_against_their_flows(binary, tmp_path):
    # The bare example (a) calls the scenario's first number, the Menu flow.
    result = run(binary, "--scenario", SCENARIO, GOOD / "doc-a-welcome-menu-queue.json")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "PASSED (3 of 3 observations passed" in result.stdout
    assert "  pass welcome [0:00]" in result.stdout


def test_parallel_output_is_identical_to_serial(binary, tmp_path):
    one = run(binary, "--scenario", SCENARIO, "--events", tmp_path / "one.jsonl", *CASES)
    two = run(binary, "--scenario", SCENARIO, "-j", "2", "--events", tmp_path / "two.jsonl", *CASES)
    assert one.stdout == two.stdout
    assert (tmp_path / "one.jsonl").read_text() == (tmp_path / "two.jsonl").read_text()
    events = [json.loads(line) for line in (tmp_path / "one.jsonl").read_text().splitlines()]
    # Every case with a call has events; the one that fails before its call has none.
    assert {e["testCase"] for e in events} == {str(c) for c in CASES if "before-the-call" not in c.name}
    assert any(e["type"] == "flow.action_started" for e in events)


def test_shards_partition_the_cases(binary):
    seen = []
    for k in (1, 2, 3):
        result = run(binary, "--scenario", SCENARIO, "--shard", f"{k}/3", *CASES)
        seen += [c.name for c in CASES if f"{c}: " in result.stdout]
    assert sorted(seen) == sorted(c.name for c in CASES)


def test_trace_prints_flow_actions(binary):
    result = run(binary, "--scenario", SCENARIO, "--trace", RUN / "pass-lambda-silver-mock.json")
    assert result.returncode == 0
    assert "Lookup › lambda (InvokeLambdaFunction) → Success" in result.stdout


def test_progress_line_on_a_terminal(binary, tmp_path):
    many = []
    for i in range(12):
        target = tmp_path / f"case-{i:02}.json"
        shutil.copy(RUN / "pass-lambda-silver-mock.json", target)
        many.append(str(target))
    child = pexpect.spawn(binary, ["test", "--scenario", str(SCENARIO), *many], encoding="utf-8", timeout=120,
                          dimensions=(30, 200))
    child.expect(r"\[12/12\] 12 passed, 0 failed")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    # Not a terminal: no progress line at all.
    plain = run(binary, "--scenario", SCENARIO, *many)
    assert "[12/12]" not in plain.stderr + plain.stdout


@pytest.mark.parametrize("bad, where", [
    ("malformed-json.json", "malformed JSON"),
    ("unknown-event-type.json", "$.Observations[0].Event.Type"),
    ("unknown-action-type.json", ".Type"),
    ("missing-next-observation.json", "NextObservations"),
    ("content-malformed.json", "$.Content"),
])
def test_a_bad_test_case_is_an_error_testcase_and_the_others_still_run(binary, tmp_path, bad, where):
    # README "QA": a file that cannot run is an <error> with its file:line; the others run and the JUnit
    # report is written; status 2. (This replaces a test that pinned the whole report being lost.)
    report, results = tmp_path / "report.xml", tmp_path / "results.json"
    results.write_text("keep me")
    good = RUN / "pass-prompt-id.json"
    result = run(binary, "--scenario", SCENARIO, "--junit", report, "--results", results, good, BAD / bad)
    assert result.returncode == 2
    assert str(BAD / bad) in result.stderr and where in result.stderr
    assert "1 of 2 files could not run (bad input, above); the others ran" in result.stderr
    assert f"{good}: PASSED (" in result.stdout
    cases = list(list(JUnitXml.fromfile(str(report)))[0])
    assert [c.name.split(" (")[0] for c in cases] == [str(good), str(BAD / bad)]
    assert cases[0].is_passed
    error = [r for r in cases[1].result if isinstance(r, Error)][0]
    line = cases[1]._elem.get("line")
    assert line is not None and error.message.startswith(f"{BAD / bad}:{line}:")
    xmlschema.XMLSchema(str(SCHEMA)).validate(str(report))
    # Results describe executions; with a refused file they would be a partial suite: left as they were.
    assert results.read_text() == "keep me"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.xml", "results.json"]


def test_override_of_a_resource_the_scenario_lacks_is_bad_input(binary, tmp_path):
    case = json.loads((RUN / "pass-lambda-silver-mock.json").read_text())
    content = json.loads(case["Content"])
    params = content["Observations"][0]["Actions"][0]["Parameters"]["Behavior"]["Properties"]["ActionParameters"]
    params["LambdaFunctionARN"] = "arn:aws:lambda:us-east-1:111122223333:function:no-such-function"
    case["Content"] = json.dumps(content)
    path = tmp_path / "missing.json"
    path.write_text(json.dumps(case))
    result = run(binary, "--scenario", SCENARIO, path)
    assert result.returncode == 2
    assert "no-such-function" in result.stderr and "lambdas" in result.stderr
    assert "$.Content → $.Observations[0].Actions[0].Parameters.Behavior.Properties.ActionParameters" in result.stderr


def test_an_entry_point_the_scenario_cannot_take_is_bad_input(binary, tmp_path):
    chat = run(binary, "--scenario", SCENARIO, GOOD / "describe-test-case-chat.json")
    assert chat.returncode == 2
    assert "CHAT test cases cannot run" in chat.stderr
    case = json.loads((RUN / "pass-lambda-silver-mock.json").read_text())
    case["EntryPoint"]["VoiceCallEntryPointParameters"] = {"DestinationPhoneNumber": "+18005559999"}
    path = tmp_path / "elsewhere.json"
    path.write_text(json.dumps(case))
    result = run(binary, "--scenario", SCENARIO, path)
    assert result.returncode == 2
    assert "+18005559999 is not a number the scenario claims" in result.stderr


def test_a_mocked_delay_over_the_lambda_time_limit_is_traced_as_asked_and_timed_out(binary):
    # Review: the trace said "its answer takes 3.0 s" for DelaySeconds 5 with a 3 s limit (the time limit, not the delay).
    done = run(binary, "--scenario", SCENARIO, "--trace", RUN / "fail-lambda-delay-over-time-limit.json")
    waits = next(line for line in done.stdout.splitlines() if "→ waits" in line)
    assert "answer takes 5.0 s, over its 3.0 s time limit: timed out at 3.0 s" in waits, waits
    assert "its answer takes 3.0 s" not in done.stdout


@pytest.mark.parametrize("delay", ["1e12", "86401"])
def test_a_mocked_delay_over_a_day_is_refused_at_its_line(binary, tmp_path, delay):
    # Before, it was silently capped and reported as "answered after 86400.0 s".
    case = tmp_path / "late.json"
    case.write_text((RUN / "pass-lambda-delay-within-time-limit.json").read_text().replace('\\"DelaySeconds\\": 2.5', f'\\"DelaySeconds\\": {delay}'))
    assert delay in case.read_text()
    done = run(binary, "--scenario", SCENARIO, case)
    assert done.returncode == 2
    assert "DelaySeconds" in done.stderr and "more than the 86400 allowed" in done.stderr, done.stderr
    assert done.stderr.startswith(f"{case}:"), done.stderr
