"""Regression guard: no field's fact-level F1 may fall more than 0.01 below the
committed baseline (corpora/gold/baseline.json) on any gold set.
`extract eval --update-baseline` rewrites the baseline on purpose."""

import pytest

from extract import evaluate as ev

SETS = ev.gold_sets()


@pytest.mark.parametrize("name", sorted(SETS))
def test_no_field_falls_below_baseline(name: str, processed, tmp_path) -> None:
    spec = SETS[name]
    root = ev.project_root()
    folder = root / spec["input"]
    if not folder.exists():
        pytest.skip(f"{folder} not present")
    baseline = ev.load_baseline()
    if name not in baseline:
        pytest.fail(f"no baseline for {name!r}: run `extract eval --update-baseline`")
    # the records of this session's pass over the folder (shared with test_offsets)
    pred = tmp_path / "records.jsonl"
    pred.write_text("".join(r.model_dump_json() + "\n" for _, records in
                            processed(folder).values() for r in records), encoding="utf-8")
    result = ev.evaluate(name, [folder], root / spec["gold"], pred=pred)
    assert ev.regressions(result, baseline) == []


def test_baseline_covers_every_field() -> None:
    baseline = ev.load_baseline()
    for name, entry in baseline.items():
        assert set(entry) == set(ev.FIELDS), name
