"""Scoring per ANNOTATION_GUIDE.md: fact level (primary) and mention level,
per field, per language, micro- and macro-averaged. Pure functions."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from extract.models import FIELDS

Key = tuple


@dataclass(frozen=True, slots=True)
class Item:
    """A gold or predicted mention (or fact), reduced to what scoring needs."""

    doc_id: str
    field: str
    start: int
    end: int
    key: Key
    numerators: frozenset[int] = frozenset()
    lang: str = ""
    text: str = ""
    sentence: str = ""
    value: str = ""


def key_of(field_name: str, value: str, *, metric: str | None = None,
           percent: float | None = None, numerator: int | None = None,
           event: str | None = None, grade: str | None = None,
           negated: bool | None = None) -> Key:
    if field_name == "trial_id":
        return (value.upper(),)
    if field_name == "sample_size":
        return (int(value),)
    if field_name == "response_rate":
        if percent is not None:
            return (metric, round(float(percent), 1))
        return (metric, f"n={numerator}")
    if field_name == "adverse_event":
        return (event, grade or None, bool(negated))
    return (value,)


def keys_match(gold: Item, pred: Item) -> bool:
    """Same key; for response rates a gold numerator also matches a prediction
    with the same metric and numerator."""
    if gold.field != pred.field:
        return False
    if gold.key == pred.key:
        return True
    return (gold.field == "response_rate" and gold.key[0] == pred.key[0]
            and bool(gold.numerators & pred.numerators))


@dataclass
class Counts:
    tp_pred: int = 0
    n_pred: int = 0
    tp_gold: int = 0
    n_gold: int = 0

    def add(self, other: Counts) -> None:
        self.tp_pred += other.tp_pred
        self.n_pred += other.n_pred
        self.tp_gold += other.tp_gold
        self.n_gold += other.n_gold

    @property
    def precision(self) -> float:
        return self.tp_pred / self.n_pred if self.n_pred else (1.0 if not self.n_gold else 0.0)

    @property
    def recall(self) -> float:
        return self.tp_gold / self.n_gold if self.n_gold else (1.0 if not self.n_pred else 0.0)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4), "gold": self.n_gold, "pred": self.n_pred,
                "matched_gold": self.tp_gold, "matched_pred": self.tp_pred}


@dataclass
class LevelResult:
    by_field: dict[str, Counts] = field(default_factory=dict)
    by_field_lang: dict[tuple[str, str], Counts] = field(default_factory=dict)
    false_positives: list[Item] = field(default_factory=list)
    false_negatives: list[Item] = field(default_factory=list)

    def micro(self, lang: str | None = None) -> Counts:
        """All fields pooled; with ``lang``, only that language's counts."""
        parts = (self.by_field.values() if lang is None else
                 [c for (_, lg), c in self.by_field_lang.items() if lg == lang])
        total = Counts()
        for counts in parts:
            total.add(counts)
        return total

    def macro_f1(self) -> float:
        scored = [c for c in self.by_field.values() if c.n_gold or c.n_pred]
        return sum(c.f1 for c in scored) / len(scored) if scored else 0.0


def facts(items: Iterable[Item]) -> list[Item]:
    """One item per distinct (doc, field, key): its first mention, carrying the
    numerators of all its mentions."""
    first: dict[tuple, Item] = {}
    numerators: dict[tuple, set[int]] = defaultdict(set)
    for item in sorted(items, key=lambda i: (i.doc_id, i.start)):
        k = (item.doc_id, item.field, item.key)
        first.setdefault(k, item)
        numerators[k] |= item.numerators
    return [replace(item, numerators=frozenset(numerators[k])) for k, item in first.items()]


def _score(gold: list[Item], pred: list[Item], *, overlap: bool,
           fields: tuple[str, ...]) -> LevelResult:
    result = LevelResult(by_field={f: Counts() for f in fields})
    gold_by: dict[tuple[str, str], list[Item]] = defaultdict(list)
    pred_by: dict[tuple[str, str], list[Item]] = defaultdict(list)
    for g in gold:
        gold_by[(g.doc_id, g.field)].append(g)
    for p in pred:
        pred_by[(p.doc_id, p.field)].append(p)

    def match(g: Item, p: Item) -> bool:
        if overlap and not (g.start < p.end and p.start < g.end):
            return False
        return keys_match(g, p)

    def bump(item: Item, **deltas: int) -> None:
        for counts in (result.by_field.setdefault(item.field, Counts()),
                       result.by_field_lang.setdefault((item.field, item.lang), Counts())):
            for name, delta in deltas.items():
                setattr(counts, name, getattr(counts, name) + delta)

    for g in gold:
        hit = any(match(g, p) for p in pred_by.get((g.doc_id, g.field), ()))
        bump(g, n_gold=1, tp_gold=int(hit))
        if not hit:
            result.false_negatives.append(g)
    for p in pred:
        hit = any(match(g, p) for g in gold_by.get((p.doc_id, p.field), ()))
        bump(p, n_pred=1, tp_pred=int(hit))
        if not hit:
            result.false_positives.append(p)
    return result


def score(gold: list[Item], pred: list[Item], *, fields: tuple[str, ...] = FIELDS,
          docs: set[str] | None = None) -> dict[str, LevelResult]:
    """Score predictions against gold. ``docs`` limits both to the annotated
    documents (predictions on unannotated documents are not scored)."""
    if docs is not None:
        gold = [g for g in gold if g.doc_id in docs]
        pred = [p for p in pred if p.doc_id in docs]
    gold = [g for g in gold if g.field in fields]
    pred = [p for p in pred if p.field in fields]
    return {
        "fact": _score(facts(gold), facts(pred), overlap=False, fields=fields),
        "mention": _score(gold, pred, overlap=True, fields=fields),
    }
