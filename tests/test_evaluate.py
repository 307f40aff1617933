"""`extract.evaluate`: each document is segmented once (the same sentences serve
extraction and the report), scoring a records file needs no extractor, and both
ways give the same report."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from extract import evaluate as ev
from extract import pipeline as pipeline_module
from extract.models import Document
from extract.pipeline import Pipeline

ZH = "本研究（NCT04512345）共入组 36 例复发难治患者。"
EN = "The phase 2 study enrolled 12 adults with relapsed myeloma."
TEXT = f"{ZH}\n{EN}\n"
OTHER = "回顾性分析纳入 20 例患者。\n"


def gold_line(doc_id: str, text: str, field: str, span: str, value: str, **attrs) -> str:
    start = text.index(span)
    line = {"doc_id": doc_id, "field": field, "start": start, "end": start + len(span),
            "text": span, "value": value, "negated": None}
    line.update(attrs)
    return json.dumps(line, ensure_ascii=False)


@pytest.fixture()
def gold_set(tmp_path: Path) -> tuple[Path, Path]:
    """a.txt with gold (one fact the extractor finds, one it cannot: a target
    in the English sentence), b.txt annotated as empty, c.txt not annotated."""
    docs, gold = tmp_path / "docs", tmp_path / "gold"
    docs.mkdir()
    gold.mkdir()
    (docs / "a.txt").write_text(TEXT, encoding="utf-8")
    (docs / "b.txt").write_text(OTHER, encoding="utf-8")
    (docs / "c.txt").write_text(OTHER, encoding="utf-8")
    (gold / "a.txt.jsonl").write_text(
        gold_line("a.txt", TEXT, "trial_id", "NCT04512345", "NCT04512345") + "\n"
        + gold_line("a.txt", TEXT, "target", "myeloma", "BCMA") + "\n", encoding="utf-8")
    (gold / "b.txt.jsonl").write_text("", encoding="utf-8")
    return docs, gold


@pytest.fixture()
def segmentations(monkeypatch) -> Counter:
    """Counts the calls of Pipeline.sentences per doc_id."""
    calls: Counter = Counter()
    original = Pipeline.sentences

    def counting(self, doc):
        calls[doc.doc_id] += 1
        return original(self, doc)

    monkeypatch.setattr(Pipeline, "sentences", counting)
    return calls


def test_each_annotated_document_is_segmented_once(gold_set, segmentations) -> None:
    docs, gold = gold_set
    result = ev.evaluate("t", [docs], gold)
    assert dict(segmentations) == {"a.txt": 1, "b.txt": 1}
    assert result.docs == ["a.txt", "b.txt"] and result.unannotated == ["c.txt"]
    # the gold miss gets the sentence and language of that one segmentation
    (miss,) = result.levels["fact"].false_negatives
    assert (miss.field, miss.value, miss.lang, miss.sentence) == ("target", "BCMA", "en", EN)
    assert result.levels["fact"].by_field["trial_id"].f1 == 1.0
    assert f"«myeloma» — {EN}" in ev.markdown_report(result, {})


def test_records_file_needs_no_extractor_and_gives_the_same_report(
        gold_set, segmentations, pipeline, tmp_path, monkeypatch) -> None:
    docs, gold = gold_set
    ran = ev.evaluate("t", [docs], gold)
    pred = tmp_path / "records.jsonl"
    pred.write_text("".join(r.model_dump_json() + "\n" for name in ("a.txt", "b.txt", "c.txt")
                            for r in pipeline.process(Document(name, (docs / name).read_text(
                                encoding="utf-8"), fmt="text"))), encoding="utf-8")
    segmentations.clear()

    def no_extractors(*_args, **_kwargs):
        raise AssertionError("extractors built to score a records file")

    monkeypatch.setattr(pipeline_module, "build_extractors", no_extractors)
    scored = ev.evaluate("t", [docs], gold, pred=pred)
    assert dict(segmentations) == {"a.txt": 1}  # only documents with gold mentions
    assert ev.as_json(scored) == ev.as_json(ran)
    assert ev.markdown_report(scored, {}) == ev.markdown_report(ran, {})


@pytest.mark.parametrize("text", [
    "两项研究（NCT04512345、ChiCTR2100045678）共纳入 58 例 CD19 阳性患者，ORR 为 81.0%。\n",
    "Of 24 patients treated with anti-BCMA CAR-T cells, 3 had grade 3 CRS.\n\n"
    "Table 2\tArm\tn\nA\t12\n",
])
def test_process_with_given_segmentation_equals_process(pipeline, text: str) -> None:
    document = Document("t.txt", text, fmt="text")
    records = pipeline.process(document)
    assert records
    assert pipeline.process(document, pipeline.sentences(document)) == records


def test_one_gold_file_for_several_documents(gold_set, tmp_path: Path) -> None:
    """`--gold all.jsonl`: the documents its lines name are the annotated ones."""
    docs, gold = gold_set
    (docs / "b.txt").write_text(TEXT, encoding="utf-8")
    single = tmp_path / "all.jsonl"
    single.write_text(gold_line("a.txt", TEXT, "trial_id", "NCT04512345", "NCT04512345") + "\n"
                      + gold_line("b.txt", TEXT, "sample_size", "36 例", "36") + "\n",
                      encoding="utf-8")
    result = ev.evaluate("all", [docs], single)
    assert result.docs == ["a.txt", "b.txt"]
    assert result.levels["fact"].by_field["trial_id"].n_gold == 1
    assert result.levels["fact"].by_field["sample_size"].n_gold == 1
