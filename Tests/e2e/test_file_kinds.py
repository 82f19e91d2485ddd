"""Each kind of input file recognised where it is given, and one plain line where it is the wrong kind:
`termccp check` on a folder and on a CCP theme, a lesson given to `run`/`--scenario`, a scenario given to
`learn` (exit status 2, no flood of "unknown key" lines)."""

import shutil
import subprocess

from conftest import ROOT

LESSON = ROOT / "Sources" / "Training" / "Resources" / "agent_quick_connect.yaml"
SCENARIO = ROOT / "Tests" / "ConnectTestsTests" / "Cases" / "run" / "scenario.yaml"
THEMES = ROOT / "themes"


def run(termccp_path, *args, cwd=None):
    return subprocess.run([termccp_path, *map(str, args)], stdin=subprocess.DEVNULL, capture_output=True, text=True,
                          timeout=120, cwd=cwd)


def test_check_of_a_folder_checks_each_file_of_a_known_kind_in_it(termccp_path, tmp_path):
    shutil.copy(THEMES / "default.json", tmp_path / "theme.json")
    (tmp_path / "call.ccp").write_text("call +15555550123 -> +18005550100\nwait 3s\nexpect caller \"In queue\"\n")
    (tmp_path / "notes.txt").write_text("not checked\n")
    done = run(termccp_path, "check", tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "unknown kind" not in done.stdout
    assert done.stdout.splitlines()[-1] == "2 files checked: 0 errors, 0 warnings"


def test_check_of_a_folder_with_nothing_to_check_says_what_check_takes(termccp_path, tmp_path):
    (tmp_path / "notes.txt").write_text("x\n")
    done = run(termccp_path, "check", tmp_path)
    assert done.returncode == 2
    assert f"{tmp_path}: is a folder with no .yaml, .yml, .json or .ccp file directly inside it" in done.stdout
    assert "check takes scenarios and lessons" in done.stdout


def test_every_shipped_theme_checks_clean_and_a_bad_one_names_its_line(termccp_path, tmp_path):
    themes = sorted(THEMES.glob("*.json"))
    done = run(termccp_path, "check", *themes)
    assert done.returncode == 0, done.stdout
    bad = tmp_path / "bad-theme.json"
    bad.write_text((THEMES / "default.json").read_text().replace('"hint": {"fg": "bright-black"}', '"hint": {"fg": "purplish"}'))
    done = run(termccp_path, "check", bad)
    assert done.returncode == 2
    line = next(i for i, text in enumerate(bad.read_text().splitlines(), 1) if "purplish" in text)
    assert f"{bad}:{line}: theme:" in done.stdout, done.stdout
    assert "Actions" not in done.stdout, "a theme must not be checked as a flow"


def test_an_unknown_kind_of_file_says_what_it_is_and_what_check_takes(termccp_path, tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("x\n")
    done = run(termccp_path, "check", notes)
    assert done.returncode == 2
    assert f"{notes}: a .txt file is not a kind termccp knows — check takes scenarios and lessons" in done.stdout


def test_a_lesson_given_to_run_says_to_use_learn(termccp_path):
    for args in (["run", LESSON], ["script", "--scenario", LESSON, ROOT / "Tests" / "ScriptTests" / "Scripts" / "01-inbound-call.ccp"]):
        done = run(termccp_path, *args)
        assert done.returncode == 2
        assert f"{LESSON}: this is a lesson, not a scenario — run it with termccp learn {LESSON}" in done.stderr
        assert "unknown key" not in done.stderr
        assert len(done.stderr.splitlines()) == 2, done.stderr


def test_a_scenario_given_to_learn_says_to_use_run(termccp_path):
    done = run(termccp_path, "learn", SCENARIO)
    assert done.returncode == 2
    assert f"{SCENARIO}: this is a scenario, not a lesson — run it with termccp run {SCENARIO}" in done.stderr
    assert "unknown key" not in done.stderr
    assert len(done.stderr.splitlines()) == 2, done.stderr
