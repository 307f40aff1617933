"""A batch run: outputs, errors.csv, formula-safe CSV, exit codes, CLI help."""

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest

from extract.models import CSV_COLUMNS
from tests.conftest import make_pdf

CONTRACT = ("doc_id, field, value, text, start, end, sentence, lang, section, metric, percent, "
            "numerator, denominator, event, grade, negated, trial, rule").split(", ")


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    root = tmp_path_factory.mktemp("in")
    (root / "sub").mkdir()
    (root / "good.txt").write_text("靶向 CD19 的试验 NCT05472558 已完成。\n", encoding="utf-8")
    (root / "sub" / "gb.txt").write_bytes("中国试验 ChiCTR2000029396 完成入组。".encode("gb18030"))
    (root / "formula.txt").write_text("=HYPERLINK(\"x\") NCT03056339\n", encoding="utf-8")
    (root / "empty.txt").write_bytes(b"")
    (root / "binary.txt").write_bytes(bytes(range(256)) * 4)
    make_pdf(root / "ok.pdf", [["The trial NCT03548207 enrolled patients."]])
    make_pdf(root / "broken.pdf", [["NCT00000001"]])
    (root / "broken.pdf").write_bytes((root / "broken.pdf").read_bytes()[:250])
    (root / "notes.docx").write_bytes(b"PK\x03\x04")
    (root / "gold.jsonl").write_text("{}\n", encoding="utf-8")
    out = tmp_path_factory.mktemp("out")
    proc = subprocess.run([sys.executable, "-m", "extract", "run", str(root), "-o", str(out),
                           "--jobs", "2"], capture_output=True, text=True, timeout=120)
    return root, out, proc


def test_exit_code_signals_failed_files(batch) -> None:
    _, _, proc = batch
    assert proc.returncode == 1, proc.stderr
    assert "Errors: 4 out of 8 files" in proc.stderr


def test_header_is_contract_order(batch) -> None:
    _, out, _ = batch
    raw = (out / "records.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM
    header = next(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert header[:len(CONTRACT)] == CONTRACT
    assert tuple(header) == CSV_COLUMNS


def test_every_input_is_in_records_or_errors(batch) -> None:
    _, out, _ = batch
    with (out / "errors.csv").open(encoding="utf-8-sig") as fh:
        errors = {row["doc_id"]: row for row in csv.DictReader(fh)}
    assert set(errors) == {"empty.txt", "binary.txt", "broken.pdf", "notes.docx"}
    assert errors["empty.txt"]["message"].startswith("E102")
    assert errors["notes.docx"]["message"].startswith("E101")
    records = [json.loads(line) for line in (out / "records.jsonl").open(encoding="utf-8")]
    assert {r["doc_id"] for r in records} == {"good.txt", "sub/gb.txt", "formula.txt", "ok.pdf"}
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["files_seen"] == 8 and summary["files_failed"] == 4
    assert summary["annotation_files_skipped"] == 1


def test_pdf_record_has_its_page(batch) -> None:
    _, out, _ = batch
    records = [json.loads(line) for line in (out / "records.jsonl").open(encoding="utf-8")]
    pdf = [r for r in records if r["doc_id"] == "ok.pdf"]
    assert pdf and pdf[0]["page"] == 1 and pdf[0]["value"] == "NCT03548207"


def test_formula_cells_are_escaped_in_csv_only(batch) -> None:
    _, out, _ = batch
    with (out / "records.csv").open(encoding="utf-8-sig") as fh:
        row = next(r for r in csv.DictReader(fh) if r["doc_id"] == "formula.txt")
    assert row["sentence"].startswith("'=HYPERLINK")
    jsonl = [json.loads(line) for line in (out / "records.jsonl").open(encoding="utf-8")]
    raw = next(r for r in jsonl if r["doc_id"] == "formula.txt")
    assert raw["sentence"].startswith("=HYPERLINK")


def test_no_temporary_files_left(batch) -> None:
    _, out, _ = batch
    assert sorted(p.name for p in out.iterdir()) == [
        "documents.csv", "errors.csv", "records.csv", "records.jsonl", "summary.json"]


def test_documents_csv_lists_every_input(batch) -> None:
    _, out, _ = batch
    with (out / "documents.csv").open(encoding="utf-8-sig") as fh:
        rows = {row["doc_id"]: row for row in csv.DictReader(fh)}
    assert len(rows) == 8
    assert rows["sub/gb.txt"]["status"] == "processed"
    assert rows["sub/gb.txt"]["encoding"] == "gb18030"
    assert rows["ok.pdf"]["pages"] == "1"
    assert rows["empty.txt"]["status"] == "failed"
    assert int(rows["good.txt"]["records"]) >= 2


def test_help_explains_every_option() -> None:
    proc = subprocess.run([sys.executable, "-m", "extract", "run", "--help"],
                          capture_output=True, text=True, timeout=60)
    for option in ("--out", "--jobs", "--quiet", "--include-references", "--fields", "--rules"):
        assert option in proc.stdout


def test_missing_input_is_an_error_row(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from extract import cli

    result = CliRunner().invoke(cli.app, ["run", str(tmp_path / "nope"), "-o",
                                          str(tmp_path / "o"), "-q"])
    assert result.exit_code == cli.EXIT_SOME_FAILED, result.output
    assert "E108" in (tmp_path / "o" / "errors.csv").read_text(encoding="utf-8-sig")


def test_table_row_mentions_know_their_row(pipeline) -> None:
    from tests.conftest import doc

    text = ("表 1 临床试验\n编号\t状态\t靶标\t联合治疗\n"
            "NCT05472558\t未知\tCD19\t/\nNCT05574608\t招募中\tCD123\tFlu、Cy\n")
    records = pipeline.process(doc(text))
    cd123 = next(r for r in records if r.field == "target" and r.value == "CD123")
    assert cd123.table_row == 2
    assert cd123.trial == "NCT05574608"
    assert cd123.section.endswith("靶标")
    assert cd123.sentence == "NCT05574608\t招募中\tCD123\tFlu、Cy"


def test_worker_keeps_a_pipeline_built_for_the_same_settings(pipeline, monkeypatch) -> None:
    import extract.pipeline as module

    monkeypatch.setattr(module, "_WORKER", pipeline)  # restored after the test
    assert module.init_worker(module.Settings()) is pipeline  # forked workers inherit it
    other = module.init_worker(module.Settings(fields=("trial_id",)))
    assert other is not pipeline and set(other.extractors) == {"trial_id"}
