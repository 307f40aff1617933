"""response_rate rules and shared pieces: the rule file's schema and loader
(``rules/response_rate.yaml`` into ``RateRules``), the limits of the linker
(``MAX_GAP`` …), the found metric cues (``Cue``) and number expressions
(``Number``), and the span helpers (bracketed asides, cutting spans out, longest
match wins) used by the table reader and the sentence linker.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import regex
from pydantic import BaseModel, ConfigDict, model_validator

from extract.fields.sample_size import CLOSE, OPEN
from extract.numbers import (
    expand,
)
from extract.rules import check_unique, compile_pattern, fail, load_models

RULE_FILE = "response_rate.yaml"
METRICS = ("ORR", "CR", "PR", "SD", "DCR", "MRD-CR", "OTHER")
MAX_GAP = 40  # characters between a number and its metric
MAX_PERCENT = 100.0
RESPECTIVELY_GAP = 2 * MAX_GAP  # a single metric before a list of slots (`at 6 weeks, 3 …`)
RESPECTIVELY_TAIL = 20  # characters after the last rate searched for `respectively`
PRIOR_REACH = 2  # sentences after one with rates that may refer back to its metrics
Kind = Literal["metric", "metric_suffix", "combine", "join", "number", "fraction_block_before",
               "fraction_block_after", "not_rate_after", "not_rate_before", "exclude",
               "duration_after", "attain", "not_attain", "after_gap", "count_gap", "modifier",
               "descriptor", "tie", "tie_whole", "tie_list", "list_join", "respectively", "slot",
               "carry_gap", "clause_gap",
               "timepoint", "scope", "metric_predicate", "pool_after", "header_percent",
               "cell_percent", "parallel", "label_rest", "cohort_size",
               "tail_end", "count_carry", "whole_lead",
               "study_header", "cell_count_percent", "count_ellipsis", "restate_gap",
               "header_count", "cell_arms", "compare_lead", "group_ref",
               "rate_header", "count_column", "percent_column", "split_part", "anaphor", "design",
               "fraction_list", "pro_verb", "pro_verb_before", "not_carry_after", "restate_link",
               "correction", "superseded", "superseded_in_correction", "owned_cue",
               "human_turn", "all_same", "duration_before", "shared", "carry_after_verb",
               "subgroup_lead", "group_size_before"]


class RateRule(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str
    kind: Kind
    pattern: str | None = None
    metric: Literal["ORR", "CR", "PR", "SD", "DCR", "MRD-CR", "OTHER"] | None = None
    metrics: list[Literal["ORR", "CR", "PR", "SD", "DCR", "MRD-CR", "OTHER"]] | None = None
    result: Literal["ORR", "CR", "PR", "SD", "DCR", "MRD-CR", "OTHER"] | None = None
    before: str | None = None
    scope: Literal["subgroup", "evaluable"] | None = None
    lang: Literal["zh", "en", "any"] = "any"

    @model_validator(mode="after")
    def _fields_of_kind(self) -> RateRule:
        if self.kind == "combine":
            if not self.metrics or len(self.metrics) != 2 or not self.result:
                raise ValueError("a combine rule needs `metrics: [A, B]` and `result`")
        elif not self.pattern:
            raise ValueError(f"a {self.kind} rule needs a `pattern`")
        if self.kind == "metric" and not self.metric:
            raise ValueError(f"a metric rule needs `metric`, one of {', '.join(METRICS)}")
        if self.kind == "scope" and not self.scope:
            raise ValueError("a scope rule needs `scope: subgroup|evaluable`")
        return self


@dataclass(frozen=True)
class Compiled:
    id: str
    pattern: regex.Pattern
    metric: str | None = None
    before: regex.Pattern | None = None
    scope: str | None = None


@dataclass(frozen=True)
class RateRules:
    by_kind: dict[str, tuple[Compiled, ...]]
    combine: dict[frozenset[str], str] = field(default_factory=dict)

    def get(self, kind: str) -> tuple[Compiled, ...]:
        return self.by_kind.get(kind, ())

    def search(self, kind: str, text: str) -> Compiled | None:
        return next((r for r in self.get(kind) if r.pattern.search(text)), None)

    def find(self, kind: str, text: str) -> regex.Match | None:
        """The match of the first rule of ``kind`` that matches ``text``."""
        return next((m for r in self.get(kind) if (m := r.pattern.search(text))), None)


@dataclass(frozen=True)
class Cue:
    start: int
    end: int
    metric: str  # "" for a duration of response (`responses lasting …`): no rate links to it
    held: str = ""  # the category of such a duration cue: a count of patients may take it


@dataclass(frozen=True)
class Number:
    start: int
    end: int
    rule: str
    percent: float | None = None
    numerator: int | None = None
    denominator: int | None = None
    whole: bool = False  # `all`, `均`: the whole group it is tied to
    short: int = 0  # `all but one`: the whole group less ``short``
    timepoint: str | None = None
    cue: tuple[int, int] | None = None  # the metric inside the expression (`1 例 PR（6%）`)
    more: bool = False  # `one more`, `another two`: further patients of the group just counted
    fraction: bool = False  # numerator and denominator stated in the expression (`4 of 13`)

    @property
    def bare_count(self) -> bool:
        return self.percent is None and self.denominator is None


def load_rules(directory: Path) -> RateRules:
    path = directory / RULE_FILE
    entries = load_models(path, RateRule)
    check_unique(path, [(line, r.id, r.id) for line, r in entries], "rule id")
    by_kind: dict[str, list[Compiled]] = {}
    combine: dict[frozenset[str], str] = {}
    for line, rule in entries:
        if rule.kind == "combine":
            combine[frozenset(rule.metrics or ())] = rule.result or ""
            continue
        try:
            source = expand(rule.pattern or "")
        except KeyError as exc:
            raise fail(path, line, f"unknown placeholder {{{exc.args[0]}}}", rule.id) from None
        pattern = compile_pattern(path, line, rule.id, source)
        if rule.kind == "cell_percent" and "p" not in pattern.groupindex:
            raise fail(path, line, "a cell_percent pattern needs a (?P<p>…) group", rule.id)
        if rule.kind == "all_same" and ("x" not in pattern.groupindex or not (
                "c" in pattern.groupindex or rule.metric)):
            raise fail(path, line, "an all_same pattern needs a (?P<x>…) group and a "
                       "(?P<c>…) group or a `metric`", rule.id)
        if rule.kind == "number" and not ({"p", "n", "nd", "all", "tenths", "half", "share",
                                           "none", "nobody", "per"} & set(pattern.groupindex)):
            raise fail(path, line, "a number pattern needs a (?P<p>…), (?P<n>…), (?P<nd>…), "
                       "(?P<all>…), (?P<tenths>…), (?P<half>…), (?P<share>…), (?P<none>…), "
                       "(?P<nobody>…) or (?P<per>…) group", rule.id)
        if rule.kind == "number" and ("per" in pattern.groupindex) != ("pn" in pattern.groupindex):
            raise fail(path, line, "a (?P<per>…) pattern needs its count (?P<pn>…)", rule.id)
        if rule.kind == "number" and "none" in pattern.groupindex and "d" not in pattern.groupindex:
            raise fail(path, line, "a (?P<none>…) pattern needs the group's (?P<d>…)", rule.id)
        before = compile_pattern(path, line, rule.id, rule.before) if rule.before else None
        by_kind.setdefault(rule.kind, []).append(
            Compiled(rule.id, pattern, rule.metric, before, rule.scope))
    for kind in ("metric", "number", "metric_suffix"):
        if kind not in by_kind:
            raise fail(path, None, f"no `{kind}` rule")
    return RateRules({k: tuple(v) for k, v in by_kind.items()}, combine)


def bracket_spans(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Outermost bracketed asides of ``text[lo:hi]``, brackets included."""
    spans: list[tuple[int, int]] = []
    depth, start = 0, 0
    for i in range(lo, hi):
        ch = text[i]
        if ch in OPEN:
            if depth == 0:
                start = i
            depth += 1
        elif ch in CLOSE and depth:
            depth -= 1
            if depth == 0:
                spans.append((start, i + 1))
    return spans


def without(text: str, lo: int, hi: int, holes: list[tuple[int, int]]) -> str:
    """``text[lo:hi]`` with the spans of ``holes`` (inside it) cut out."""
    out, pos = [], lo
    for s, e in sorted(holes):
        out.append(text[pos:s])
        pos = e
    out.append(text[pos:hi])
    return "".join(out)


def longest_first(spans: list, key=lambda x: (x.start, x.end)) -> list:
    """Non-overlapping items, longer ones winning, returned in text order."""
    kept: list = []
    for item in sorted(spans, key=lambda x: (-(key(x)[1] - key(x)[0]), key(x)[0])):
        s, e = key(item)
        if all(e <= key(k)[0] or s >= key(k)[1] for k in kept):
            kept.append(item)
    return sorted(kept, key=lambda x: key(x)[0])
