"""Every command's --help (issue 11 follow-up, newcomer review): each says its exit statuses, its
USAGE line shows every option as its OPTIONS list does (the same value name; `...` only where the
help says to repeat it, so `--supervisor`, given once, reads `[--supervisor <name>]`), files are
`<file>`, agents `<name>`, and an option shared by several commands reads the same in each."""

import re
import subprocess

from conftest import ROOT

COMMANDS = ["run", "script", "test", "check", "import", "learn", "demo"]


def help_text(termccp_path, *words):
    done = subprocess.run([termccp_path, *words, "--help"], capture_output=True, text=True, timeout=60,
                          cwd=ROOT, stdin=subprocess.DEVNULL)
    assert done.returncode == 0, done.stderr
    return done.stdout


def section(text, name):
    """The lines of a help section (OPTIONS:, ARGUMENTS:, SUBCOMMANDS:) up to the next blank line."""
    lines = text.split("\n")
    start = lines.index(name) + 1
    end = next((i for i in range(start, len(lines)) if not lines[i].strip()), len(lines))
    return lines[start:end]


def options(text):
    """{--long: (value name or None, its help text)} from the OPTIONS section."""
    found, current = {}, None
    for line in section(text, "OPTIONS:"):
        m = re.match(r"  (?:-\w, )?(--[\w-]+)(?:/--[\w-]+)?(?: <([^>]+)>)?(.*)", line)
        if m:
            current = m.group(1)
            found[current] = [m.group(2), m.group(3).strip()]
        elif current:
            found[current][1] += " " + line.strip()
    return {name: tuple(v) for name, v in found.items()}


def usage(text):
    """{--long: (value name or None, repeatable)} from the USAGE line."""
    line = next(l for l in text.split("\n") if l.startswith("USAGE: "))
    return {m.group(1): (m.group(2), bool(m.group(3)))
            for m in re.finditer(r"(--[\w-]+)(?: <([^>]+)>)?( \.\.\.)?", line)}


def test_the_subcommands_are_the_ones_checked_here(termccp_path):
    listed = [re.match(r"  ([\w-]+)", line).group(1) for line in section(help_text(termccp_path), "SUBCOMMANDS:")
              if re.match(r"  [\w-]", line)]
    assert listed == COMMANDS


def test_every_help_names_its_exit_statuses(termccp_path):
    missing = [" ".join(words) or "termccp" for words in [[]] + [[c] for c in COMMANDS]
               if not re.search(r"^Exit status: 0 ", help_text(termccp_path, *words), re.M)]
    assert missing == []


def test_usage_shows_each_option_as_its_list_does(termccp_path):
    problems = []
    for command in COMMANDS:
        text = help_text(termccp_path, command)
        shown, listed = usage(text), options(text)
        for name, (value, helps) in listed.items():
            if name in ("--help", "--version"):
                continue
            if name not in shown and not name.startswith("--no-"):
                problems.append(f"{command}: {name} is listed but not in USAGE")
                continue
            in_usage, repeatable = shown.get(name, (value, False))
            if in_usage != value:
                problems.append(f"{command}: {name} is <{in_usage}> in USAGE, <{value}> in OPTIONS")
            if repeatable != ("repeat" in helps):
                problems.append(f"{command}: {name} {'reads' if repeatable else 'does not read'} as repeatable in USAGE; "
                                f"its help {'does not say' if repeatable else 'says'} to repeat it")
    assert problems == []


def test_a_second_supervisor_is_not_offered_by_the_usage(termccp_path):
    for command in ["run", "demo", "learn"]:
        text = help_text(termccp_path, command)
        assert "[--supervisor <name>]" in text
        assert "--supervisor <name> ..." not in text


def test_value_names_say_what_to_give(termccp_path):
    problems = []
    for command in COMMANDS:
        for name, (value, helps) in options(help_text(termccp_path, command)).items():
            if value is None:
                continue
            writes = helps.startswith("Write") or "file to write" in helps
            reads_scenario = name == "--scenario"
            if (writes or reads_scenario) and value != "file":
                problems.append(f"{command}: {name} <{value}> takes a file: <file>")
            if name in ("--agent", "--supervisor") and value != "name":
                problems.append(f"{command}: {name} <{value}> takes an agent: <name>")
    assert problems == []


def test_an_option_shared_by_commands_reads_the_same_in_each(termccp_path):
    seen = {}
    for command in COMMANDS:
        for name, (value, helps) in options(help_text(termccp_path, command)).items():
            default = re.search(r"\(default: ([^)]*)\)\s*$", helps)
            seen.setdefault(name, {})[command] = (value, default.group(1) if default else None)
    differing = {name: per for name, per in seen.items() if len(set(per.values())) > 1
                 and name not in ("--agent",)}  # --agent: which agents by default is each command's own
    assert differing == {}
    # Each option with a default says it.
    assert seen["--speed"]["run"] == ("factor", "1.0")
    assert seen["--jobs"]["script"] == ("N", "1")
    assert "default: $TERMCCP_THEME" in options(help_text(termccp_path, "run"))["--theme"][1]
