"""`termccp script --junit`, `-j N` and `--shard K/N` (issue 10 points 2 and 3).

The report is read back with junitparser and validated against the JUnit schema Jenkins reads
(schemas/junit-10.xsd, from the Jenkins xUnit plugin; see schemas/SOURCES.md). `scripts/test`
installs junitparser and xmlschema when they are missing.
"""

import shutil
import subprocess
from pathlib import Path

import pytest
import xmlschema
from junitparser import Error, Failure, JUnitXml

from conftest import ROOT, termccp_binary

SCRIPTS = ROOT / "Tests" / "ScriptTests" / "Scripts"
SCHEMA = Path(__file__).resolve().parent / "schemas" / "junit-10.xsd"
# Walkthroughs that run on the built-in scenario (no `# scenario:` line), so a suite needs no --scenario.
BUILT_IN = sorted(p for p in SCRIPTS.glob("*.ccp") if not p.read_text().startswith("# scenario:"))


@pytest.fixture(scope="module")
def binary():
    return termccp_binary()


@pytest.fixture
def suite(tmp_path):
    """Six passing walkthroughs and one that fails at a known line, copied under tmp_path."""
    files = []
    for source in BUILT_IN[:6]:
        target = tmp_path / source.name
        shutil.copy(source, target)
        files.append(target)
    failing = tmp_path / "99-fails.ccp"
    failing.write_text("as john\nstatus Available\nexpect status Available\nexpect status Offline\n")
    files.append(failing)
    return files


def script(binary, *args, cwd=None):
    return subprocess.run([binary, "script", *map(str, args)], capture_output=True, text=True, cwd=cwd, timeout=300)


def test_junit_report_has_one_testcase_per_script_with_the_failing_line(binary, suite, tmp_path):
    report = tmp_path / "report.xml"
    result = script(binary, "--junit", report, *suite)
    assert result.returncode == 1, result.stderr
    xml = JUnitXml.fromfile(str(report))
    suites = list(xml)
    assert len(suites) == 1
    cases = list(suites[0])
    assert [c.name for c in cases] == [str(f) for f in suite]
    assert suites[0].tests == len(suite)
    assert suites[0].failures == 1 and suites[0].errors == 0
    for case in cases[:-1]:
        assert case.is_passed, case.name
        assert f"{case.name}: passed" in case.system_out
    failed = cases[-1]
    assert not failed.is_passed
    failures = [r for r in failed.result if isinstance(r, Failure)]
    assert len(failures) == 1
    # The failing line of the script, as the command line prints it (file:line).
    assert failures[0].message.startswith(f"{suite[-1]}:4: ")
    assert "expect status Offline" in failures[0].text
    assert "expect status Offline" in failed.system_out
    assert failed._elem.get("line") == "4"
    for case in cases:
        assert case.time >= 0
        float(case._elem.get("time"))  # seconds as a decimal number


def test_junit_report_is_valid_against_the_jenkins_schema(binary, suite, tmp_path):
    report = tmp_path / "report.xml"
    script(binary, "--junit", report, *suite)
    xmlschema.XMLSchema(str(SCHEMA)).validate(str(report))


def test_junit_escapes_markup_in_output(binary, tmp_path):
    odd = tmp_path / "odd <&> \"name\".ccp"
    odd.write_text("as john\nexpect banner \"<Offline & co>\"\n")
    report = tmp_path / "report.xml"
    result = script(binary, "--junit", report, odd)
    assert result.returncode == 1
    xmlschema.XMLSchema(str(SCHEMA)).validate(str(report))
    case = list(list(JUnitXml.fromfile(str(report)))[0])[0]
    assert case.name == str(odd)
    assert "<Offline & co>" in case.system_out


def test_junit_shows_characters_xml_cannot_carry(binary, tmp_path):
    # A control character in a file name is legal on Linux but not in XML 1.0: it is shown as \u{1}.
    odd = tmp_path / "bell\x01.ccp"
    odd.write_text("as john\nexpect status Available\n")
    report = tmp_path / "report.xml"
    assert script(binary, "--junit", report, odd).returncode == 0
    xmlschema.XMLSchema(str(SCHEMA)).validate(str(report))
    case = list(list(JUnitXml.fromfile(str(report)))[0])[0]
    assert case.name == str(tmp_path / "bell\\u{1}.ccp")


def test_a_bad_script_is_an_error_testcase_and_the_others_still_run(binary, suite, tmp_path):
    # README "QA": a script that cannot run (bad input) is an <error> at its file:line; the others run, the
    # report is written, and the run ends with status 2. (This replaces a test that pinned the opposite: the
    # whole report was lost, contradicting the README.)
    bad = tmp_path / "50-bad.ccp"
    bad.write_text("as john\nthis is not a command\n")
    events = tmp_path / "events.jsonl"
    events.write_text("previous events")
    report = tmp_path / "report.xml"
    report.write_text("previous report")
    result = script(binary, "--junit", report, "--events", events, "-j", "2", *suite, bad)
    assert result.returncode == 2
    assert f"{bad}:2:" in result.stderr
    assert "1 of 8 files could not run (bad input, above); the others ran" in result.stderr
    assert f"{suite[0]}: passed" in result.stdout
    assert f"{suite[-1]}:4: expect status Offline" in result.stdout
    xml = JUnitXml.fromfile(str(report))
    suite_xml = list(xml)[0]
    assert suite_xml.tests == 8 and suite_xml.errors == 1 and suite_xml.failures == 1
    cases = {c.name: c for c in suite_xml}
    errored = cases[str(bad)]
    error = [r for r in errored.result if isinstance(r, Error)][0]
    assert error.message.startswith(f"{bad}:2:")
    assert errored._elem.get("line") == "2"
    xmlschema.XMLSchema(str(SCHEMA)).validate(str(report))
    # The other outputs would describe a partial suite: they are left as they were.
    assert events.read_text() == "previous events"
    assert not list(tmp_path.glob("*.partial-*"))


def test_an_unreadable_script_alone_is_an_error_testcase(binary, tmp_path):
    missing = tmp_path / "missing.ccp"
    report = tmp_path / "report.xml"
    result = script(binary, "--junit", report, missing)
    assert result.returncode == 2
    assert f"{missing}: cannot read the file: it does not exist" in result.stderr
    case = list(list(JUnitXml.fromfile(str(report)))[0])[0]
    assert case.name == str(missing)
    assert [r for r in case.result if isinstance(r, Error)]
    xmlschema.XMLSchema(str(SCHEMA)).validate(str(report))


def test_parallel_output_is_identical_to_one_job(binary, suite, tmp_path):
    one = script(binary, "--events", tmp_path / "one.jsonl", *suite)
    two = script(binary, "-j", "2", "--events", tmp_path / "two.jsonl", *suite)
    four = script(binary, "--jobs", "4", "--trace", *suite)
    traced = script(binary, "--trace", *suite)
    assert one.returncode == two.returncode == 1
    assert two.stdout == one.stdout
    assert four.stdout == traced.stdout
    assert (tmp_path / "two.jsonl").read_bytes() == (tmp_path / "one.jsonl").read_bytes()
    # Each file's output stays together: the lines of a file appear in one block.
    blocks = [line.split(":")[0] for line in traced.stdout.splitlines() if line.endswith(")") and ": passed" in line]
    assert blocks == [str(f) for f in suite[:-1]]


def test_parallel_coverage_is_identical_to_one_job(binary, suite):
    one = script(binary, "--coverage", *suite[:-1])
    two = script(binary, "-j", "2", "--coverage", *suite[:-1])
    assert one.returncode == two.returncode == 0, one.stderr
    assert "Flow coverage" in one.stdout and "actions" in one.stdout
    assert two.stdout == one.stdout


def test_keep_going_failure_lists_every_failing_line(binary, tmp_path):
    failing = tmp_path / "two-failures.ccp"
    failing.write_text("as john\nexpect status Offline\nexpect status Available\nexpect status Lunch\n")
    report = tmp_path / "report.xml"
    assert script(binary, "--keep-going", "--junit", report, failing).returncode == 1
    case = list(list(JUnitXml.fromfile(str(report)))[0])[0]
    failure = [r for r in case.result if isinstance(r, Failure)][0]
    assert failure.message.startswith(f"{failing}:2: ")
    assert case._elem.get("line") == "2"
    assert f"{failing}:2: expect status Offline" in failure.text
    assert f"{failing}:4: expect status Lunch" in failure.text


def test_parallel_junit_lists_cases_in_file_order(binary, suite, tmp_path):
    report = tmp_path / "report.xml"
    script(binary, "-j", "3", "--junit", report, *suite)
    cases = list(list(JUnitXml.fromfile(str(report)))[0])
    assert [c.name for c in cases] == [str(f) for f in suite]


def test_shards_partition_the_files_whatever_their_order(binary, suite):
    names = [str(f) for f in suite]
    for n in (1, 2, 3, 7, 9):
        ran = []
        for k in range(1, n + 1):
            forward = script(binary, "--shard", f"{k}/{n}", *suite)
            backward = script(binary, "--shard", f"{k}/{n}", *reversed(suite))
            mine = [name for name in names if f"{name}:" in forward.stdout]
            assert mine == [name for name in names if f"{name}:" in backward.stdout], (k, n)
            assert forward.returncode == (1 if names[-1] in mine else 0)
            ran += mine
        assert sorted(ran) == sorted(names), n


@pytest.mark.parametrize("bad, allowed", [
    ("0/2", "K, the slice to run, must be from 1 to N (2)"),
    ("3/2", "K, the slice to run, must be from 1 to N (2)"),
    ("1/0", "N, the number of slices, must be from 1 to 10000"),
    ("1/10001", "N, the number of slices, must be from 1 to 10000"),
    ("x/2", "1 ≤ K ≤ N ≤ 10000"),
    ("1", "1 ≤ K ≤ N ≤ 10000"),
    ("1/2/3", "1 ≤ K ≤ N ≤ 10000"),
    ("-1/2", "1 ≤ K ≤ N"),
])
def test_bad_shard_is_refused_with_exit_2_and_the_allowed_range(binary, suite, bad, allowed):
    result = script(binary, "--shard", bad, *suite)
    assert result.returncode == 2
    assert "--shard" in result.stderr
    assert allowed in result.stderr


@pytest.mark.parametrize("jobs", ["0", "-3", "257", "100000"])
def test_bad_jobs_is_refused_with_exit_2_and_the_allowed_range(binary, suite, jobs):
    result = script(binary, "-j", jobs, *suite)
    assert result.returncode == 2
    assert "1 to 256" in result.stderr


@pytest.mark.parametrize("command, option", [("script", ["-j", "-1"]), ("script", ["--jobs", "-1"]), ("test", ["-j", "-1"]),
                                             ("script", ["--shard", "-1/2"]), ("test", ["--shard", "-1/2"])])
def test_a_negative_number_for_a_suite_option_is_told_the_range_not_missing_value(binary, tmp_path, command, option):
    # swift-argument-parser read `-1` as a flag ("Missing value") before the options were unconditional.
    done = subprocess.run([binary, command, tmp_path / "x", *option], capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert "Missing value" not in done.stderr
    assert ("1 to 256" if option[0] != "--shard" else "1 ≤ K ≤ N") in done.stderr or "must be from 1" in done.stderr, done.stderr


def test_a_command_refused_when_it_runs_is_a_failure_of_the_script_not_bad_input(binary, suite, tmp_path):
    # README "Scripts in CI": a refusal is the script's story going otherwise than written (the language's rule:
    # a refusal fails the run unless the next line expects it), so a <failure> with status 1, not an <error>.
    refused = tmp_path / "refused.ccp"
    refused.write_text("call +15555550123 -> +18005550199\nexpect banner Connected\n")
    report = tmp_path / "report.xml"
    result = script(binary, "--junit", report, refused, suite[0])
    assert result.returncode == 1, result.stderr
    assert f"{refused}:1: call +15555550123 -> +18005550199\n  refused: " in result.stdout
    case = {c.name: c for c in list(JUnitXml.fromfile(str(report)))[0]}[str(refused)]
    failure = [r for r in case.result if isinstance(r, Failure)][0]
    assert failure.message.startswith(f"{refused}:1: refused: ")
    assert case._elem.get("line") == "1"


def test_an_unknown_agent_error_body_names_its_file_and_line_like_its_message(binary, tmp_path):
    bad = tmp_path / "nobody.ccp"
    bad.write_text("as john\nnobody: accept\n")
    report = tmp_path / "report.xml"
    result = script(binary, "--junit", report, bad)
    assert result.returncode == 2
    error = [r for r in list(list(JUnitXml.fromfile(str(report)))[0])[0].result if isinstance(r, Error)][0]
    assert error.message.startswith(f"{bad}:2: ")
    assert error.text.startswith(f"{bad}:2: "), error.text


@pytest.mark.parametrize("command", ["script", "test"])
def test_a_bad_file_given_last_is_reported_last_in_a_combined_log(binary, tmp_path, command):
    # README "QA": files are reported in the order given; a parse error used to be printed before any file ran.
    if command == "script":
        good = tmp_path / "good.ccp"
        shutil.copy(BUILT_IN[0], good)
        bad = tmp_path / "zz-bad.ccp"
        bad.write_text("as john\nthis is not a command\n")
    else:
        good = tmp_path / "good.json"
        shutil.copy(ROOT / "Tests" / "ConnectTestsTests" / "Cases" / "run" / "fail-assert-reports-the-check.json", good)
        bad = tmp_path / "zz-bad.json"
        bad.write_text("{ not json\n")
    scenario = ["--scenario", ROOT / "Tests" / "ConnectTestsTests" / "Cases" / "run" / "scenario.yaml"] if command == "test" else []
    log = subprocess.run([binary, command, *scenario, good, bad], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                         timeout=120).stdout
    assert log.index(f"{good}") < log.index(f"{bad}"), log
    assert log.rstrip().splitlines()[-1].startswith("termccp: 1 of 2 files could not run"), log
