"""The command line's help is true to the code (outputs, defaults, exit codes),
and a bad command line exits with code 2, a bad rule or gold folder with 3.
In process (typer's CliRunner): no new interpreter, no second rule compilation."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from extract import cli

runner = CliRunner()


def help_text(*command: str) -> str:
    result = runner.invoke(cli.app, [*command, "--help"], prog_name="extract")
    assert result.exit_code == 0, result.output
    return " ".join(result.output.split())


@pytest.mark.parametrize(("command", "phrases"), [
    ("run", ["Usage: extract run [OPTIONS] [INPUT]...", "documents.csv", "summary.json",
             "[default: outputs]", "0 means one per core", "$EXTRACT_RULES",
             "1 when some failed", "2 on a bad command line", "3 when a rule file is invalid"]),
    ("eval", ["Usage: extract eval [OPTIONS] [INPUT]...", "[default: outputs/eval]",
              "$EXTRACT_RULES", "2 on a bad command line", "3 when a gold or rule file",
              "4 with --check", "Ignored with --update-baseline"]),
])
def test_help_states_outputs_defaults_and_exit_codes(command: str, phrases: list[str]) -> None:
    text = help_text(command)
    for phrase in phrases:
        assert phrase in text, phrase


def test_help_defaults_are_the_code_defaults() -> None:
    assert f"[default: {cli.DEFAULT_OUT}]" in help_text("run")
    assert f"Default: {cli.DEFAULT_INPUT}/." in help_text("run")


@pytest.mark.parametrize("args", [
    ["eval", "--pred", "{tmp}/no-such-records.jsonl"],
    ["eval", "--pred", "{tmp}"],  # a folder is not a records file
    ["eval", "{tmp}"],  # documents of no listed gold set, and no --gold
    ["eval", "--fields", "trial_id,targets"],
    ["run", "--fields", "sample size"],
    ["run", "--jobs", "-2"],
])
def test_bad_command_line_exits_2(args: list[str], tmp_path: Path) -> None:
    result = runner.invoke(cli.app, [a.format(tmp=tmp_path) for a in args])
    assert result.exit_code == cli.EXIT_USAGE, result.output


def test_missing_rules_folder_exits_3(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("入组 18 例患者。\n", encoding="utf-8")
    result = runner.invoke(cli.app, ["run", str(tmp_path / "a.txt"), "--rules",
                                     str(tmp_path / "no-rules"), "-o", str(tmp_path / "o")])
    assert result.exit_code == cli.EXIT_BAD_RULES
    assert not (tmp_path / "o").exists()  # nothing was run


@pytest.mark.parametrize("missing", ["gold", "docs"])
def test_missing_gold_or_input_folder_exits_3(missing: str, tmp_path: Path, monkeypatch,
                                              capsys) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text("入组 18 例患者。\n", encoding="utf-8")
    (tmp_path / "gold").mkdir()
    (tmp_path / missing).rename(tmp_path / f"{missing}-moved")
    monkeypatch.setattr(sys, "argv", ["extract", "eval", str(tmp_path / "docs"), "--gold",
                                      str(tmp_path / "gold"), "-o", str(tmp_path / "out")])
    with pytest.raises(SystemExit) as exit_:
        cli.main()
    assert exit_.value.code == cli.EXIT_BAD_RULES
    assert "E301" in capsys.readouterr().err
