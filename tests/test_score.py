"""The scorer on small hand-made cases."""

import pytest

from extract.score import Item, key_of, score


def item(field, value, start=0, end=4, doc="d", numerator=None, **attrs) -> Item:
    return Item(doc, field, start, end, key_of(field, value, numerator=numerator, **attrs),
                frozenset({numerator}) if numerator is not None else frozenset(), "zh")


def f1(result, level, field):
    return result[level].by_field[field]


def test_exact_match() -> None:
    r = score([item("target", "CD19")], [item("target", "CD19")])
    assert f1(r, "fact", "target").f1 == 1.0 and f1(r, "mention", "target").f1 == 1.0


def test_trial_ids_compare_case_insensitively() -> None:
    r = score([item("trial_id", "ChiCTR2000029396")], [item("trial_id", "CHICTR2000029396")])
    assert f1(r, "fact", "trial_id").f1 == 1.0


def test_overlap_is_enough_at_mention_level() -> None:
    r = score([item("sample_size", "44", 10, 14)], [item("sample_size", "44", 12, 20)])
    assert f1(r, "mention", "sample_size").f1 == 1.0


def test_no_overlap_fails_mention_but_not_fact() -> None:
    r = score([item("sample_size", "44", 10, 14)], [item("sample_size", "44", 30, 34)])
    assert f1(r, "mention", "sample_size").f1 == 0.0
    assert f1(r, "fact", "sample_size").f1 == 1.0


def test_facts_are_distinct_per_document() -> None:
    gold = [item("target", "CD19", 0, 4), item("target", "CD19", 10, 14)]
    pred = [item("target", "CD19", 0, 4)]
    r = score(gold, pred)
    assert (f1(r, "fact", "target").n_gold, f1(r, "fact", "target").recall) == (1, 1.0)
    assert f1(r, "mention", "target").recall == 0.5


def test_response_rate_matches_on_numerator() -> None:
    gold = [item("response_rate", "CR 28.6", metric="CR", percent=28.6, numerator=2)]
    pred = [item("response_rate", "CR 28.5", metric="CR", percent=28.5, numerator=2)]
    r = score(gold, pred)
    assert f1(r, "fact", "response_rate").f1 == 1.0
    other_metric = [item("response_rate", "ORR 28.5", metric="ORR", percent=28.5, numerator=2)]
    assert f1(score(gold, other_metric), "fact", "response_rate").f1 == 0.0


def test_response_rate_percent_key() -> None:
    gold = [item("response_rate", "ORR 92.9", metric="ORR", percent=92.9)]
    assert f1(score(gold, [item("response_rate", "ORR 92.9", metric="ORR", percent=92.90)]),
              "fact", "response_rate").f1 == 1.0
    assert f1(score(gold, [item("response_rate", "ORR 93", metric="ORR", percent=93.0)]),
              "fact", "response_rate").f1 == 0.0


@pytest.mark.parametrize(
    ("pred_attrs", "expected"),
    [({"event": "CRS", "grade": None, "negated": True}, 1.0),
     ({"event": "CRS", "grade": None, "negated": False}, 0.0),
     ({"event": "CRS", "grade": "2", "negated": True}, 0.0)],
)
def test_negated_adverse_event_key(pred_attrs, expected) -> None:
    gold = [item("adverse_event", "no CRS", event="CRS", grade=None, negated=True)]
    r = score(gold, [item("adverse_event", "x", **pred_attrs)])
    assert f1(r, "fact", "adverse_event").f1 == expected


def test_empty_predictions() -> None:
    r = score([item("target", "CD19")], [])
    c = f1(r, "fact", "target")
    assert (c.precision, c.recall, c.f1) == (0.0, 0.0, 0.0)


def test_empty_gold_and_predictions_score_nothing() -> None:
    r = score([], [item("target", "CD19")])
    assert f1(r, "fact", "target").precision == 0.0
    assert r["fact"].micro().n_pred == 1


def test_predictions_on_unannotated_documents_are_ignored() -> None:
    r = score([item("target", "CD19", doc="a")], [item("target", "CD19", doc="a"),
                                                  item("target", "CD22", doc="b")], docs={"a"})
    assert f1(r, "fact", "target").precision == 1.0


def test_false_positive_and_negative_lists() -> None:
    r = score([item("target", "CD19")], [item("target", "CD22")])
    assert [i.key for i in r["fact"].false_negatives] == [("CD19",)]
    assert [i.key for i in r["fact"].false_positives] == [("CD22",)]
