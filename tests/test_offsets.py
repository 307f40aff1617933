"""Offsets are exact for every record of every text input (corpora and seeds)."""

from pathlib import Path

import pytest

from extract.read import TEXT_SUFFIXES
from tests.conftest import CORPORA, SEEDS


def text_inputs() -> list[Path]:
    files = [p for p in sorted(CORPORA.glob("*")) if p.suffix in TEXT_SUFFIXES]
    files += sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []
    return files


@pytest.mark.parametrize("path", text_inputs(), ids=lambda p: p.name)
def test_text_equals_document_slice(processed, path: Path) -> None:
    doc, records = processed(path.parent)[path.name]
    for r in records:
        assert doc.text[r.start:r.end] == r.text, r
        assert r.text in r.sentence, r
        assert doc.text[r.sent_start:r.sent_end] == r.sentence


@pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds not beside the checkout")
def test_seed_trial_ids(processed) -> None:
    ids = []
    for _, records in processed(SEEDS).values():
        ids += [(r.doc_id, r.value) for r in records if r.field == "trial_id"]
    assert {d for d, _ in ids} == {"002_d0ede7c9d93d480f.txt"}
    assert len(ids) == 106
    assert len({v for _, v in ids}) == 105
    assert all(v.startswith("NCT") and len(v) == 11 for _, v in ids)


@pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds not beside the checkout")
def test_seed_table_targets_link_to_their_row(processed) -> None:
    _, records = processed(SEEDS)["002_d0ede7c9d93d480f.txt"]
    rows: dict[int, list] = {}
    for r in records:
        if r.table_row is not None and r.sent_start is not None:
            rows.setdefault(r.sent_start, []).append(r)
    nct_rows = [rs for rs in rows.values() if any(r.field == "trial_id" for r in rs)]
    assert len(nct_rows) == 106
    for rs in nct_rows:
        row_id = next(r.value for r in rs if r.field == "trial_id")
        targets = [r for r in rs if r.field == "target"]
        assert targets, rs[0].sentence  # every NCT row names at least one target
        assert all(t.trial == row_id for t in targets), rs[0].sentence
