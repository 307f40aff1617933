"""`extract eval` end to end on a tiny gold set: tables, eval.json, report.md."""

import json
import subprocess
import sys
from pathlib import Path

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


def run_eval(docs: Path, gold: Path, out: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "extract", "eval", str(docs), "--gold", str(gold),
                           "-o", str(out)], capture_output=True, text=True, timeout=120)


def test_eval_cli(tmp_path: Path) -> None:
    s = TEXT.index("NCT")
    i = TEXT.index("ICANS")
    lines = [gold_line("trial_id", s, s + 11, "NCT03548207"),
             gold_line("adverse_event", i, i + 5, "no ICANS", event="ICANS", negated=True),
             gold_line("target", 0, 2, "CD19")]  # a gold fact the extractor cannot find
    docs, gold = gold_set(tmp_path, lines)
    out = tmp_path / "out"
    proc = run_eval(docs, gold, out)
    assert proc.returncode == 0, proc.stderr
    assert "trial_id" in proc.stdout and "micro" in proc.stdout
    result = json.loads((out / "gold" / "eval.json").read_text(encoding="utf-8"))
    fields = result["fact"]["fields"]
    assert fields["trial_id"]["f1"] == 1.0
    assert fields["adverse_event"]["f1"] == 1.0
    assert fields["target"]["recall"] == 0.0
    assert fields["sample_size"]["pred"] == 1 and fields["sample_size"]["gold"] == 0
    report = (out / "gold" / "report.md").read_text(encoding="utf-8")
    assert "False negatives (fact level): 1" in report and "`CD19`" in report


def test_eval_cli_rejects_bad_offsets(tmp_path: Path) -> None:
    bad = json.loads(gold_line("trial_id", 0, 11, "NCT03548207"))
    bad["text"] = "NCT03548207"
    docs, gold = gold_set(tmp_path, [json.dumps(bad)])
    proc = run_eval(docs, gold, tmp_path / "out")
    assert proc.returncode == 3
    assert f"{gold / 'a.txt.jsonl'}:1" in proc.stderr and "offsets 0-11" in proc.stderr
