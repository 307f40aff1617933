"""Regression guard: no field's fact-level F1 may fall more than 0.01 below the
committed baseline (corpora/gold/baseline.json) on any gold set.
`extract eval --update-baseline` rewrites the baseline on purpose."""

import pytest

from extract import evaluate as ev

SETS = ev.gold_sets()


@pytest.mark.parametrize("name", sorted(SETS))
def test_no_field_falls_below_baseline(name: str) -> None:
    spec = SETS[name]
    root = ev.project_root()
    folder = root / spec["input"]
    if not folder.exists():
        pytest.skip(f"{folder} not present")
    baseline = ev.load_baseline()
    if name not in baseline:
        pytest.fail(f"no baseline for {name!r}: run `extract eval --update-baseline`")
    result = ev.evaluate(name, [folder], root / spec["gold"])
    assert ev.regressions(result, baseline) == []


def test_baseline_covers_every_field() -> None:
    baseline = ev.load_baseline()
    for name, entry in baseline.items():
        assert set(entry) == set(ev.FIELDS), name
