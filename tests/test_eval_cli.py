"""`extract eval` end to end on a tiny gold set: tables, eval.json, report.md.
In process (typer's CliRunner): the session's compiled rules are reused."""

import json
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from extract import cli

TEXT = "该试验（NCT03548207）纳入 97 例患者，未发生 ICANS。\n"


def gold_line(field, start, end, value, **attrs) -> str:
    base = {"doc_id": "a.txt", "field": field, "start": start, "end": end,
            "text": TEXT[start:end], "value": value, "metric": None, "percent": None,
            "numerator": None, "denominator": None, "event": None, "grade": None,
            "negated": None}
    base.update(attrs)
    return json.dumps(base, ensure_ascii=False)


def gold_set(tmp_path: Path, lines: list[str]) -> tuple[Path, Path]:
    """A documents folder with one document and a gold folder with ``lines``."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text(TEXT, encoding="utf-8")
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "a.txt.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return docs, gold


def run_eval(docs: Path, gold: Path, out: Path):
    return CliRunner().invoke(cli.app, ["eval", str(docs), "--gold", str(gold), "-o", str(out)])


def test_eval_cli(tmp_path: Path) -> None:
    s = TEXT.index("NCT")
    i = TEXT.index("ICANS")
    lines = [gold_line("trial_id", s, s + 11, "NCT03548207"),
             gold_line("adverse_event", i, i + 5, "no ICANS", event="ICANS", negated=True),
             gold_line("target", 0, 2, "CD19")]  # a gold fact the extractor cannot find
    docs, gold = gold_set(tmp_path, lines)
    out = tmp_path / "out"
    proc = run_eval(docs, gold, out)
    assert proc.exit_code == 0, proc.output
    assert "trial_id" in proc.stdout and "micro" in proc.stdout
    result = json.loads((out / "gold" / "eval.json").read_text(encoding="utf-8"))
    fields = result["fact"]["fields"]
    assert fields["trial_id"]["f1"] == 1.0
    assert fields["adverse_event"]["f1"] == 1.0
    assert fields["target"]["recall"] == 0.0
    assert fields["sample_size"]["pred"] == 1 and fields["sample_size"]["gold"] == 0
    report = (out / "gold" / "report.md").read_text(encoding="utf-8")
    assert "False negatives (fact level): 1" in report and "`CD19`" in report


def test_eval_cli_rejects_bad_offsets(tmp_path: Path, monkeypatch, capsys) -> None:
    bad = json.loads(gold_line("trial_id", 0, 11, "NCT03548207"))
    bad["text"] = "NCT03548207"
    docs, gold = gold_set(tmp_path, [json.dumps(bad)])
    monkeypatch.setattr(sys, "argv", ["extract", "eval", str(docs), "--gold", str(gold),
                                      "-o", str(tmp_path / "out")])
    with pytest.raises(SystemExit) as exit_:
        cli.main()  # the console script's entry point, which maps a bad gold file to 3
    assert exit_.value.code == cli.EXIT_BAD_RULES
    err = capsys.readouterr().err
    assert f"{gold / 'a.txt.jsonl'}:1" in err and "offsets 0-11" in err
