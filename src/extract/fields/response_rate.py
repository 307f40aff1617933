"""response_rate: proportions of patients reaching a response category, from
``rules/response_rate.yaml``.

In each sentence (or table cell) the extractor finds metric cues (客观缓解率,
CR, MRD-negative CR …) and number expressions (``92.9%``, ``8/11 (72.7%)``,
``8 of 11``, ``3 例``), then links each number to one metric of its clause:
a metric after it joined by an attain verb (``50% 达到 CR``), else the
nearest metric before it (``CR 率为 60%``); nothing may stand between them
that is another number or an exclusion cue (survival, marker decline,
efficiency, adverse event, durable response); assessor, timepoint and
population phrases (kind ``modifier``) do not count towards the gap. A rate
with no metric of its own takes the previous rate's (``ORR was 37% overall
(…; …), 39% in SyS and 25% in MRCLS``), bracketed asides skipped; an n/N in a
bracket right after a rate is that rate's numerator and denominator. A
numerator without its own denominator takes one from a participant count of
the same sentence when the text ties them (``15 例受试者中有 9 例``, ``(n = 7) … 其中 2 例``).
Table rows (note 21): a column header or a row label naming a metric makes
each cell a rate of the cohort of its row or column (``例数`` column, ``(n=42)``).
A sentence with no metric that refers back (``In synovial sarcoma it was 39%``,
``the figures were 50% and 32%``, ``The correct figure is …``) or follows a
lead-in line (``客观缓解情况如下：``) takes the metrics of the sentence before.
A list of n of N sharing one verb (``3 of 9 GD2 patients, 1 of 8 B7-H3
patients and 3 of 7 CLDN18.2 patients responded``) takes the verb's metric;
a rate whose predicate refers back (``11 (27.5%) did so``) takes the metric
of the rate before. Figures a correction supersedes (note 30: the original
wording quoted, ``instead of 18/20 (90%)``, ``not 34.5% as printed``; in a
correction also ``the Results section stated that …``, ``rises from 45.5% to``)
give no mention.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Literal

import regex
from pydantic import BaseModel, ConfigDict, model_validator

from extract.fields.sample_size import CLOSE, OPEN, SampleSizeExtractor, clause_end, clause_start
from extract.fields.sample_size import build as build_sample_size
from extract.models import Mention, Sentence
from extract.numbers import (
    agrees,
    expand,
    format_percent,
    in_range,
    parse_count,
    parse_decimal,
    parse_zh_numeral,
    percent_of,
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
               "fraction_list", "pro_verb", "not_carry_after", "restate_link",
               "correction", "superseded", "superseded_in_correction"]


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
        if rule.kind == "number" and not (
                {"p", "n", "nd", "all", "tenths", "half", "none"} & set(pattern.groupindex)):
            raise fail(path, line, "a number pattern needs a (?P<p>…), (?P<n>…), (?P<nd>…), "
                       "(?P<all>…), (?P<tenths>…), (?P<half>…) or (?P<none>…) group", rule.id)
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


class ResponseRateExtractor:
    def __init__(self, rules: RateRules, sample: SampleSizeExtractor) -> None:
        self.rules = rules
        self.sample = sample
        self.start_document()

    def start_document(self) -> None:
        """Forget the previous document: the metrics of the last sentence that
        gave rates serve a following sentence that refers back to them (`In X
        it was 39%`); the pipeline feeds a document's sentences in order."""
        self._prior: tuple[str, ...] = ()
        self._since = 0  # sentences read since that one
        self._lead = False  # that one is a lead-in (`客观缓解情况如下：`)
        self._correction = False  # the document corrects a published one (`Correction to:`)
        self._quote_open = False  # a superseded quotation runs on into the next sentence

    def __call__(self, sent: Sentence) -> list[Mention]:
        if self.rules.search("correction", sent.norm):
            self._correction = True
        mentions = self._sentence(sent)
        self._since += 1
        self._lead = False
        if not mentions and self._prior and self._exclusions(sent.norm, 0, len(sent.norm)):
            self._prior = ()  # another subject in between (`the median PFS was 9 months`)
        if mentions:
            self._prior = tuple(dict.fromkeys(m.value.split()[0] for m in mentions))
            self._since = 0
        elif (lead := self._lead_in(sent)) is not None:
            self._prior, self._since, self._lead = (lead,), 0, True
        superseded = self._superseded(sent.norm)
        return [m for m in mentions if not self._excluded(superseded, m.start, m.end)]

    def _superseded(self, text: str) -> list[tuple[int, int]]:
        """Figures a correction replaces (note 30: `The original sentence read
        "…"`, `instead of 18/20 (90%)`, `and not 34.5% as printed`; in a
        correction, after kind `correction`: `the Results section stated that
        …`, `rises from 45.5% to 50.0%`): the spans (group `x`, else the match)
        whose rates give no mention. They still name the metric a following
        `The correct figure is …` refers back to. A quotation left open at the
        end of the sentence (`The original text read: "Twenty patients were
        treated. Of these, 18 (90%) …"`) goes on to its closing mark."""
        kinds = ("superseded", "superseded_in_correction") if self._correction else ("superseded",)
        spans = []
        if self._quote_open:
            close = regex.search(r'["”」]', text)
            spans.append((0, close.start() if close else len(text)))
            self._quote_open = close is None
        for kind in kinds:
            for rule in self.rules.get(kind):
                for m in rule.pattern.finditer(text):
                    group = "x" if "x" in rule.pattern.groupindex and m.group("x") else 0
                    spans.append(m.span(group))
                    if (group and not text[m.end(group):].strip()
                            and regex.search(r'["“「]\s*$', text[:m.start(group)])):
                        self._quote_open = True  # the quotation's closing mark is further on
        return spans

    def _lead_in(self, sent: Sentence) -> str | None:
        """The metric of a run-in line introducing the rates that follow
        (`客观缓解情况如下：`, `Complete responses by cohort:`): one metric, no
        number, ending with a colon."""
        text = sent.norm.rstrip()
        if sent.cells or not text.endswith((":", "：")) or self._numbers(text, 0, len(text)):
            return None
        metrics = {c.metric for c in self._metrics(text, 0, len(text))}
        return metrics.pop() if len(metrics) == 1 and "" not in metrics else None

    def _sentence(self, sent: Sentence) -> list[Mention]:
        text = sent.norm
        if self.sample.is_preclinical(text) or self.rules.search("design", text):
            return []  # animals and cell lines; a statistical design's assumed rates
        found: list[list] = []

        def participants() -> list:  # sample-size candidates, found only when a rate needs them
            if not found:
                found.append([c for c in self.sample.candidates(sent) if c.role == "participant"])
            return found[0]

        if sent.cells:
            return self._row(sent, participants)
        mentions = self._extract(text, 0, len(text), participants, None)
        if not mentions and self._prior and self._since < PRIOR_REACH:
            mentions = self._anaphor(text, participants)
        return self._split_parts(text, mentions)

    def _anaphor(self, text: str, participants: Callable[[], list]) -> list[Mention]:
        """`The overall response rate was 37%. In synovial sarcoma it was 39%
        (17/44) …`, `… 83% responded and 65% had a complete response. In the
        standard-care group, the figures were 50% and 32%.`, `The correct
        figure is 43 of 112 patients (38.4%).`: a sentence with no metric
        that opens by referring back (kind `anaphor`) or follows a lead-in
        line (`客观缓解情况如下：`) gives its rates the metric of the last
        sentence with rates (at most PRIOR_REACH - 1 sentences between) or of
        the lead-in; with k metrics there, k rates pair with them in order."""
        if (not (self._lead or self.rules.search("anaphor", text))
                or self._metrics(text, 0, len(text))
                or self._exclusions(text, 0, len(text))):
            return []
        found = [m for m in self._extract(text, 0, len(text), participants, self._prior[0])
                 if m.attrs.get("percent") is not None]  # a rate, not a bare count
        if len(self._prior) == 1:
            return found
        if len(found) != len(self._prior):
            return []
        out = []
        for mention, metric in zip(found, self._prior, strict=True):
            rest = mention.value.split(maxsplit=1)[1]
            out.append(replace(mention, value=f"{metric} {rest}",
                               attrs={**mention.attrs, "metric": metric}))
        return out

    def _split_parts(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """`7 (4 with lymphoma and 3 with CLL) had a complete remission`
        (note 26): each subgroup's count is a count of the same response."""
        out: list[Mention] = []
        for mention in mentions:
            out.append(mention)
            bracket = regex.match(r"\s*(?:(?i:had|achieved|attained|reached)\s+[^,;()]{1,40}?)?"
                                  r"\s*\(([^()]{1,80})\)", text[mention.end:])
            if bracket is None or not self.rules.get("split_part"):
                continue
            lo, hi = mention.end + bracket.start(1), mention.end + bracket.end(1)
            metric = mention.value.split()[0]
            for m in self.rules.get("split_part")[0].pattern.finditer(text, lo, hi):
                n = parse_count(m.group("n"))
                if n:
                    out.append(self._mention(text, 0, len(text),
                                             Number(m.start(), m.end(), "split-part", None, n),
                                             metric))
        return out

    def _row(self, sent: Sentence, participants: Callable[[], list]) -> list[Mention]:
        """A table row (note 21): a cell under a column header naming one
        metric, or in a row whose label (first cell) names one, is that
        metric's rate for the cohort of its row or column; the cohort's size
        (a count column of the row, or `(n = 42)` in the column header) is the
        denominator. A bare integer under a metric column is a count of
        responders when the row has a cohort size."""
        text = sent.norm
        label = sent.cells[0]
        row_metric = self._label_metric(text[label.start:label.end])
        sizes = [c.value for c in participants()
                 if any(x.start <= c.start < x.end for x in sent.cells)]
        row_n = sizes[0] if len(sizes) == 1 else None
        # across studies, bare numbers may be percentages when a metric column names a rate
        rated = bool(self.rules.search("study_header", label.header)) and any(
            self._header_metric(c.header) and self.rules.search("rate_header", c.header)
            for c in sent.cells)
        out: list[Mention] = []
        label_text = text[label.start:label.end]
        if row_metric and (pair := self._count_percent_columns(sent)) is not None:
            return [self._mention(text, pair.start, pair.end, pair, row_metric)]
        for cell in sent.cells:
            if cell is label and row_metric:
                continue
            column = self._header_metric(cell.header)
            metric = column or row_metric
            cohort = row_n or self._cohort_size(cell.header)
            counted = column is not None and self.rules.search("header_count", cell.header)
            if metric and (cohort or counted):  # `20（83.3）` under `(n=24)` or `ORR, n (%)`
                pair = self._pair_cell(text, cell.start, cell.end, cohort)
                if pair is not None:
                    out.append(self._mention(text, cell.start, cell.end, pair, metric))
                    continue
            arms = self._arm_cells(text, cell.start, cell.end, cell.header, column)
            if arms:  # `72.1 vs 62.1` under `ORR (%)`: one rate per arm
                out.extend(self._mention(text, cell.start, cell.end, a, column) for a in arms)
                continue
            bare = self._bare_cell(text, cell.start, cell.end, cell.header, column)
            if bare is None and column is None and row_metric:  # `Objective response, %  49  21`
                bare = self._bare_cell(text, cell.start, cell.end, label_text, row_metric)
                if bare is not None:
                    out.append(self._mention(text, cell.start, cell.end,
                                             self._sized(bare, cohort), row_metric))
                    continue
            if bare is None and column and row_n and not rated:
                bare = self._count_cell(text, cell.start, cell.end, cell.header, row_n)
            if bare is not None and column is not None:
                found = [self._mention(text, cell.start, cell.end,
                                       self._sized(bare, row_n), column)]
            else:
                found = self._extract(text, cell.start, cell.end, participants, metric,
                                      cohort if metric and not column else None)
            out.extend(found)
        return out

    def _count_percent_columns(self, sent: Sentence) -> Number | None:
        """A row under `n  %` columns (`Overall response  20  95`): one rate,
        its percent from the `%` column, its numerator from the `n` column
        (the span)."""
        text = sent.norm
        count = [c for c in sent.cells if self.rules.search("count_column", c.header)]
        share = [c for c in sent.cells if self.rules.search("percent_column", c.header)]
        if len(count) != 1 or len(share) != 1:
            return None
        m = regex.fullmatch(r"\s*(\d+)\s*", text[count[0].start:count[0].end])
        q = regex.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*(%?)\s*", text[share[0].start:share[0].end])
        if m is None or q is None:
            return None
        n, p = int(m.group(1)), parse_decimal(q.group(1))
        if p is None or not 0 < p <= MAX_PERCENT or n <= 0:
            return None
        if q.group(2):  # a stated percentage is the expression (`83.3%`)
            lo, hi = share[0].start + q.start(1), share[0].start + q.end(2)
        else:
            lo, hi = count[0].start + m.start(1), count[0].start + m.end(1)
        return Number(lo, hi, "count-percent-columns", p, n)

    def _label_metric(self, label: str) -> str | None:
        """The metric a row label names alone (`客观缓解`, `Complete response,
        n (%)`): one cue and nothing else but a unit (kind `label_rest`)."""
        cues = self._metrics(label, 0, len(label))
        if len(cues) != 1 or not cues[0].metric:
            return None
        rest = without(label, 0, len(label), [(cues[0].start, cues[0].end)])
        rule = self.rules.get("label_rest")
        return cues[0].metric if rule and rule[0].pattern.fullmatch(rest) else None

    def _cohort_size(self, header: str) -> int | None:
        """`全部患者（n=42）`: the size of a column's cohort (kind `cohort_size`)."""
        for rule in self.rules.get("cohort_size"):
            m = rule.pattern.search(header)
            if m and (d := parse_count(m.group("d"))):
                return d
        return None

    def _count_cell(self, text: str, lo: int, hi: int, header: str, n: int) -> Number | None:
        """`CR` over `18` in a row of 20 patients: 18 of 20 responded."""
        if self._exclusions(header, 0, len(header)):
            return None
        m = regex.fullmatch(r"\s*(\d+)\s*", text[lo:hi])
        if m is None or not 0 < int(m.group(1)) <= n:
            return None
        return Number(lo + m.start(1), lo + m.end(1), "cell-count", None, int(m.group(1)), n)

    def _pair_cell(self, text: str, lo: int, hi: int, n: int | None) -> Number | None:
        """`20（83.3）` in a cohort of 24 (an `n (%)` cell whose percent sign
        is in the caption): 20 of 24, 83.3%, when the two agree; with no
        cohort size (under an `ORR, n (%)` header) 20 responders, 83.3%."""
        for rule in self.rules.get("cell_count_percent"):
            m = rule.pattern.fullmatch(text[lo:hi])
            if m is None:
                continue
            count, p = int(m.group("n")), parse_decimal(m.group("p"))
            if p is None or not 0 < p <= MAX_PERCENT:
                continue
            if n is None:
                return Number(lo + m.start(), lo + m.end(), rule.id, p, count)
            if 0 < count <= n and agrees(p, count, n):
                return Number(lo + m.start(), lo + m.end(), rule.id, p, count, n)
        return None

    def _sized(self, number: Number, n: int | None) -> Number:
        if n is None or number.denominator is not None:
            return number
        return self._with_denominator(number, n) if number.numerator is not None else replace(
            number, denominator=n)

    # ------------------------------------------------------------ finders
    def _header_metric(self, header: str) -> str | None:
        cues = self._metrics(header, 0, len(header)) if header else []
        return cues[0].metric if len(cues) == 1 else None

    def _percent_column(self, header: str, metric: str | None) -> bool:
        """A column header naming one metric and the percent unit (`ORR（%）`)."""
        return bool(metric and header and self.rules.search("header_percent", header)
                    and not self.rules.search("header_count", header)  # `CR, n (%)`: a count
                    and not self._exclusions(header, 0, len(header)))  # `Grade 3 CRS after CR (%)`

    def _arm_cells(self, text: str, lo: int, hi: int, header: str,
                   metric: str | None) -> list[Number]:
        """`72.1 vs 62.1` under `ORR (%)`: the rate of each compared arm (no
        denominator: the row's count is both arms')."""
        if not self._percent_column(header, metric):
            return []
        for rule in self.rules.get("cell_arms"):
            m = rule.pattern.fullmatch(text[lo:hi])
            if m is None:
                continue
            arms = [Number(lo + m.start(g), lo + m.end(g), rule.id, parse_decimal(m.group(g)))
                    for g in ("p", "q")]
            if all(a.percent is not None and 0 <= a.percent <= MAX_PERCENT for a in arms):
                return arms
        return []

    def _bare_cell(self, text: str, lo: int, hi: int, header: str,
                   metric: str | None) -> Number | None:
        """A bare number in a column whose header names one metric and the
        percent unit (`ORR（%）` over `69.0`): that metric's rate."""
        if not self._percent_column(header, metric):
            return None
        for rule in self.rules.get("cell_percent"):
            m = rule.pattern.fullmatch(text[lo:hi])
            if m is None:
                continue
            p = parse_decimal(m.group("p"))
            if p is not None and 0 <= p <= MAX_PERCENT:
                return Number(lo + m.start("p"), lo + m.end("p"), rule.id, p)
        return None

    def _exclusions(self, text: str, lo: int, hi: int) -> list[tuple[int, int]]:
        return [m.span() for r in self.rules.get("exclude")
                for m in r.pattern.finditer(text, lo, hi)]

    def _metrics(self, text: str, lo: int, hi: int) -> list[Cue]:
        suffix = self.rules.get("metric_suffix")[0].pattern
        excluded = self._exclusions(text, lo, hi)
        found: list[tuple[Cue, int]] = []  # (cue words, end with the suffix)
        for rule in self.rules.get("metric"):
            for m in rule.pattern.finditer(text, lo, hi):
                tail = suffix.match(text, m.end(), hi)
                end = tail.end() if tail else m.end()
                held = rule.metric or ""
                metric = "" if self._duration(text, end, hi) else held
                if not any(s <= m.start() and end <= e for s, e in excluded):
                    found.append((Cue(m.start(), m.end(), metric, held), end))
        # the longest cue wins on the cue words alone (`完全缓解率（研究者评估）`
        # is CR, not 缓解率 + a long suffix); then the suffix joins it
        kept = longest_first(found, key=lambda x: (x[0].start, x[0].end))
        cues = [replace(cue, end=end) for cue, end in kept
                if not any(o is not cue and o.start <= cue.start and cue.end <= e
                           for o, e in kept)]
        joined: list[Cue] = []
        for cue in cues:
            if joined:
                prev = joined[-1]
                gap = text[prev.end:cue.start]
                pooled = (self.rules.search("list_join", gap) is not None
                          and self.rules.search("pool_after", text[cue.end:hi]) is not None)
                if self.rules.search("join", gap) or not gap.strip(" ()（）") or pooled:
                    merged = self._combine(prev.metric, cue.metric)
                    if merged:
                        joined[-1] = Cue(prev.start, cue.end, merged)
                        continue
            joined.append(cue)
        return joined

    def _duration(self, text: str, end: int, hi: int) -> bool:
        """`responses lasting at least 6 months`, `缓解维持 6 个月以上`: a cue
        followed by a duration is a duration of response, not a response."""
        window = text[end:min(hi, clause_end(text, end))]
        return self.rules.search("duration_after", window) is not None

    def _combine(self, a: str, b: str) -> str | None:
        if a == b:
            return a
        return self.rules.combine.get(frozenset((a, b)))

    def _numbers(self, text: str, lo: int, hi: int) -> list[Number]:
        found: list[Number] = []
        for rule in self.rules.get("number"):
            for m in rule.pattern.finditer(text, lo, hi):
                number = self._number(text, m, rule.id)
                if number is not None:
                    found.append(number)
        return longest_first(found)

    def _number(self, text: str, m: regex.Match, rule_id: str) -> Number | None:
        groups = m.groupdict()
        p = self._percent(groups["p"]) if groups.get("p") else None
        if groups.get("tenths"):  # `七成`: seven tenths
            tenths = parse_count(groups["tenths"])
            if tenths is None or not 0 < tenths <= 10:
                return None
            p = tenths * 10.0
        if groups.get("half"):  # `半数`, `half of the patients`
            p = 50.0
        n = parse_count(groups["n"]) if groups.get("n") else None
        if groups.get("none"):  # `none of the 12`: no responder of the group (note 27)
            n = 0
        d = parse_count(groups["d"]) if groups.get("d") else None
        if groups.get("nd"):
            n = d = parse_count(groups["nd"])
            if n is None:
                return None
        if groups.get("all"):
            but = parse_count(groups["but"]) if groups.get("but") else 0
            if but is None:
                return None
            if d is not None:  # `all but one of the 8 patients`
                return Number(m.start(), m.end(), rule_id, None, d - but, d) if d > but else None
            return Number(m.start(), m.end(), rule_id, whole=True, short=but)
        if (groups.get("n") and n is None) or (groups.get("d") and d is None):
            return None
        if p is not None and (p > MAX_PERCENT or self.rules.search(
                "not_rate_after", text[m.end():m.end() + 20]) or self.rules.search(
                "not_rate_before", text[max(0, m.start() - 20):m.start()])):
            return None
        if d is not None:
            if n is None and p is not None and d > 0:  # `70% of 30 patients`
                return Number(m.start(), m.end(), rule_id, p, None, d)
            if n is None or d <= 0 or n > d:
                return None
            # within the cell (`6/14` then a `Grade 3 CRS` cell is no grade `3/4`)
            before = regex.split(r"[\t|]", text[max(0, m.start() - 12):m.start()])[-1]
            after = regex.split(r"[\t|]", text[m.end():m.end() + 8])[0]
            if ("/" in m.group() and (self.rules.search("fraction_block_before", before)
                                      or self.rules.search("fraction_block_after", after))):
                return None
        if d is None and (in_range(text, m.start(), m.end()) or (
                groups.get("n") and in_range(text, m.start("n"), m.end("n")))):
            return None  # `30 to 189 patients`: one end of a range of series sizes
        if p is None and n is None:
            return None
        if p is None and n is not None and n <= 0 and not groups.get("none"):
            return None
        cue = m.span("cue") if groups.get("cue") else None
        return Number(m.start(), m.end(), rule_id, p, n, d, cue=cue, more=bool(groups.get("more")),
                      fraction=n is not None and d is not None)

    @staticmethod
    def _percent(text: str) -> float | None:
        """A stated percent: digits (`75.0`) or, after 百分之, Chinese
        numerals (`七十五`)."""
        p = parse_decimal(text)
        if p is None:
            n = parse_zh_numeral(text)
            p = float(n) if n is not None else None
        return p

    # ------------------------------------------------------------ linking
    def _extract(self, text: str, lo: int, hi: int, participants: Callable[[], list],
                 header_metric: str | None, cohort: int | None = None) -> list[Mention]:
        cues = self._metrics(text, lo, hi)
        if not (cues or header_metric):  # no metric, no rate: skip the number search
            return []
        numbers = self._numbers(text, lo, hi)
        if not numbers:
            return []
        excluded = self._exclusions(text, lo, hi)
        links: dict[int, str] = self._respectively(text, cues, numbers, excluded)
        groups = self._groups(text, cues, numbers)
        for i, number in enumerate(numbers):
            if i in links or i in groups:
                continue
            metric = self._link(text, lo, hi, number, cues, numbers, excluded)
            if metric is None and i - 1 in links and self._detail(text, numbers[i - 1], number):
                prev = numbers[i - 1]
                if agrees(prev.percent or 0.0, number.numerator or 0, number.denominator or 0):
                    numbers[i - 1] = replace(prev, numerator=number.numerator,
                                             denominator=number.denominator)
                continue
            if metric is None and not number.bare_count:
                metric = self._carry(text, i, numbers, links, cues, excluded)
            if metric is None and number.bare_count and i - 1 in links:
                metric = self._carry_count(text, i, numbers, links, cues, excluded)
            if metric is None and number.bare_count:
                metric = self._ellipsis(text, i, hi, numbers, links, excluded)
            if metric is None:
                metric = self._pro_verb(text, i, numbers, links, excluded)
            if metric is None and number.percent is not None:
                metric = self._restate_link(text, i, numbers, links, excluded)
            if metric is None and header_metric and not self._blocked_tail(
                    text, number, hi, numbers, cues, excluded):
                metric = header_metric
            if metric is not None:
                links[i] = metric
        self._fraction_list(text, numbers, links, cues, excluded)
        for i, k in groups.items():
            numbers[k] = self._with_denominator(numbers[k], numbers[i].numerator or 0)
        self._state_fraction(text, numbers, links, excluded)
        self._trailing_percent(text, numbers, links, cues, excluded)
        self._parallel(text, numbers, links, cues, excluded)
        links = {i: metric for i, metric in links.items() if metric}  # DURATION cues
        items: list[tuple[Number, str]] = []
        tied: Number | None = None  # the last numerator given a participant count
        for i, metric in sorted(links.items()):
            number = self._tie(text, numbers[i], participants(), cues)
            if number.denominator is not None and number.numerator is not None:
                tied = number  # tied to a participant count, or its own n/N
            elif tied is not None and number.denominator is None:
                number = self._tie_list(text, tied, number, cues)
                tied = number if number.denominator is not None else None
            else:
                tied = None
            if number.whole and number.denominator is None:
                continue  # `all achieved CR` with no group to count
            if cohort and number.denominator is None and number.numerator is not None:
                number = self._with_denominator(number, cohort)  # a table column's (n = 42)
            items.append((number, metric))
        return [self._mention(text, lo, hi, number, metric)
                for number, metric in self._restated(text, items)]

    def _groups(self, text: str, cues: list[Cue], numbers: list[Number]) -> dict[int, int]:
        """`a study in 13 patients reported partial responses in two of them`:
        a count followed, past a metric cue, by `in N of them` (kind
        `group_ref`) is the group those N belong to, not a count of responders.
        Maps the group's index to the index of its numerator."""
        groups: dict[int, int] = {}
        for k in range(1, len(numbers)):
            group, number = numbers[k - 1], numbers[k]
            if not (group.bare_count and group.numerator and number.bare_count
                    and number.numerator is not None and number.numerator < group.numerator):
                continue
            between = [c for c in cues if group.end <= c.start and c.end <= number.start]
            if (between and not regex.search(r"[.;。；]\s", text[group.end:number.start])
                    and self.rules.search("group_ref", text[between[-1].end:number.end])):
                groups[k - 1] = k
        return groups

    def _restated(self, text: str, items: list[tuple[Number, str]]) -> list[tuple[Number, str]]:
        """`41 例获得客观缓解，ORR 为 80.4%`, `33 of them responded (64.7%)`: a
        count of responders then the same metric's stated rate (kind
        `restate_gap` between them, the two agreeing) is one rate, at the
        percentage, with the count as its numerator; an n of N restated by a
        bracketed percentage (`4 of 13 patients responded (30.8%)`) spans both
        (note 6); so does a count restated by its own n/N (`the 17 responders
        represent 17/26 (65.4%)`)."""
        out: list[tuple[Number, str]] = []
        for number, metric in items:
            if out:
                prev, prev_metric = out[-1]
                if (prev_metric == metric and prev.percent is None and prev.numerator is not None
                        and number.percent is not None
                        and number.numerator in (None, prev.numerator)
                        and (prev.denominator is None
                             or agrees(number.percent, prev.numerator, prev.denominator))
                        and (self.rules.search("restate_gap", text[prev.end:number.start])
                             or self.rules.search("restate_link", text[prev.end:number.start]))):
                    start, end = number.start, number.end
                    gap = text[prev.end:number.start]
                    if prev.fraction and regex.search(r"[(（]\s*$", gap):
                        start = prev.start
                    elif regex.search(r"[(（]\s*(?:[A-Za-z]{2,5}\s*)?$", gap):
                        # `13 complete responses (52%)`, `6 例达到客观缓解（ORR 50%）`: the
                        # count, its response and the bracket (as `1 例 PR（6%）`)
                        start = prev.start
                        closing = regex.match(r"\s*[)）]", text[end:])
                        end += closing.end() if closing else 0
                    out[-1] = (replace(number, start=start, end=end, numerator=prev.numerator,
                                       denominator=number.denominator or prev.denominator), metric)
                    continue
            out.append((number, metric))
        return out

    def _state_fraction(self, text: str, numbers: list[Number], links: dict[int, str],
                        excluded: list[tuple[int, int]]) -> None:
        """`Eight patients were in CR at the one-month scan (8/12)`, `8 例在第
        1 个月时达到 CR（8/12）`, `all eight patients … reached remission
        (8/8)`: a bracketed n/N later in the clause of a linked count (or
        whole group), repeating that count, is the count's rate (the n/N
        takes the count's metric; the count is dropped)."""
        for i in sorted(links):
            number = numbers[i]
            if not links[i] or i + 1 >= len(numbers):
                continue
            frac = numbers[i + 1]
            whole = (number.percent is None and number.denominator == frac.denominator
                     and frac.fraction)  # `all eight patients … (8/8)`
            if not (number.bare_count or whole):
                continue
            if (frac.numerator != number.numerator or frac.denominator is None
                    or frac.percent is not None or links.get(i + 1, links[i]) != links[i]
                    or frac.start >= clause_end(text, number.end)
                    or not regex.search(r"[(（]\s*$", text[number.end:frac.start])
                    or self._excluded(excluded, number.end, frac.start)):
                continue
            links[i + 1] = links.pop(i)

    def _trailing_percent(self, text: str, numbers: list[Number], links: dict[int, str],
                          cues: list[Cue], excluded: list[tuple[int, int]]) -> None:
        """`in one of five patients with MRCLS (20%)`: a bracketed percentage
        later in the clause of a linked n/N, agreeing with it, is the same
        rate: one mention spanning both."""
        for i in sorted(links):
            number = numbers[i]
            if (number.denominator is None or number.numerator is None
                    or number.percent is not None or i + 1 >= len(numbers)):
                continue
            pct = numbers[i + 1]
            if (pct.percent is None or pct.denominator is not None or pct.numerator is not None
                    or links.get(i + 1, links[i]) != links[i]
                    or not regex.fullmatch(r"[^,;，；。()（）]{0,40}[(（]\s*",
                                           text[number.end:pct.start])
                    or self._between(cues, number.end, pct.start)
                    or self._excluded(excluded, number.end, pct.start)
                    or not agrees(pct.percent, number.numerator, number.denominator)):
                continue
            numbers[i] = replace(number, end=pct.end, percent=pct.percent)
            links.pop(i + 1, None)
            numbers[i + 1] = replace(pct, percent=None)  # spent: no rate of its own

    def _parallel(self, text: str, numbers: list[Number], links: dict[int, str],
                  cues: list[Cue], excluded: list[tuple[int, int]]) -> None:
        """`ORR 71%，CR 39%，对照组分别为 42% 和 5%`, `ORR and CR were 80% and
        60% versus 50% and 30%`: a list of k >= 2 rates with no metric of
        their own, after a parallel word (kind `parallel`: respectively,
        versus, 分别), takes in order the k distinct metrics of the k rates
        just before it."""
        k0 = 0
        while k0 < len(numbers):
            run = self._run_after(text, k0, numbers)
            k = len(run)
            start = k0
            k0 = run[-1] + 1
            if k < 2 or start < k or any(numbers[j].bare_count for j in run):
                continue
            prev = list(range(start - k, start))
            metrics = [links.get(j) for j in prev]
            gap = text[numbers[start - 1].end:numbers[start].start]
            if (any(not m for m in metrics) or len(set(metrics)) != k
                    or (any(not links.get(j) for j in run)  # not carried: nothing excluded
                        and (self._excluded(excluded, numbers[start - 1].end, numbers[run[-1]].end)
                             or self._blocked_tail(text, numbers[run[-1]], len(text), numbers,
                                                   cues, excluded)))
                    or any(numbers[j].bare_count for j in prev)
                    or self._between(cues, numbers[start - 1].end, numbers[start].start)
                    or not self.rules.search("parallel", gap)):
                continue
            for j, m in zip(run, metrics, strict=True):
                links[j] = m or ""

    def _between(self, items: list, start: int, end: int) -> bool:
        return any(start < it.start < end or start < it.end - 1 < end for it in items)

    @staticmethod
    def _excluded(excluded: list[tuple[int, int]], start: int, end: int) -> bool:
        return any(s < end and start < e for s, e in excluded)

    def _blocked_tail(self, text: str, number: Number, limit: int, numbers: list[Number],
                      cues: list[Cue], excluded: list[tuple[int, int]]) -> bool:
        end = clause_end(text, number.end)
        nxt = [it.start for it in [*numbers, *cues] if it.start >= number.end]
        end = min([end, limit, *nxt])
        stop = self.rules.search("tail_end", text[number.end:end])
        if stop is not None:  # `48.6% and 1-year PFS was 32%`: a new subject
            end = stop.pattern.search(text, number.end, end).start()
        return self._excluded(excluded, number.end, end)

    def _link(self, text: str, lo: int, hi: int, number: Number, cues: list[Cue],
              numbers: list[Number], excluded: list[tuple[int, int]]) -> str | None:
        cs = max(lo, clause_start(text, number.start))
        ce = min(hi, clause_end(text, number.end))
        if number.cue is not None:
            inner = [c for c in cues if c.start < number.cue[1] and number.cue[0] < c.end]
            return inner[0].metric if inner else None
        others = [x for x in numbers if x is not number]
        after = [c for c in cues if number.end <= c.start < ce]
        if after:
            cue = after[0]
            gap = text[number.end:cue.start]
            bare = self._undescribed(gap)
            if (len(bare) <= MAX_GAP and not self._between(others, number.end, cue.start)
                    and not self._excluded(excluded, number.end, cue.start)
                    and not self.rules.search("not_attain", gap)
                    and not (number.bare_count and not self._open_bracket(text, cue)
                             and self.rules.search("metric_predicate", text[cue.end:ce]))
                    and (self.rules.search("attain", gap) or self.rules.search("after_gap", bare))):
                return self._cue_metric(cue, number)
        before = [c for c in cues if c.end <= number.start and (
            cs <= c.start
            or self.rules.search("count_gap", self._unmodified(text[c.end:number.start]))
            or self.rules.search("clause_gap", text[c.end:number.start]))]
        if before:
            cue = before[-1]
            gap = self._unmodified(text[cue.end:number.start])
            if len(gap) > MAX_GAP and regex.search(r"[(（]\s*$", gap):
                gap = self._undescribed(gap)  # `were lower in patients with X (9 of 13)`
            if (len(gap) <= MAX_GAP and not self._between(others, cue.end, number.start)
                    and not self._excluded(excluded, cue.end, number.start)
                    and not self._blocked_tail(text, number, hi, numbers, cues, excluded)
                    and (not number.bare_count or self.rules.search("count_gap", gap))):
                return self._cue_metric(cue, number)
        return None

    @staticmethod
    def _open_bracket(text: str, cue: Cue) -> bool:
        """`6 例达到客观缓解（ORR 50%）`: a cue ending inside a bracket it opened
        (its abbreviation); the rate in that bracket restates the count
        before the cue, it is no predicate of the cue."""
        words = text[cue.start:cue.end]
        return regex.search(r"[(（][^()（）]*$", words) is not None

    @staticmethod
    def _cue_metric(cue: Cue, number: Number) -> str:
        """The metric a number takes from ``cue``. A duration cue (`a partial
        response lasting 9 months`) gives its named category to a count of
        patients (`one had …`), never to a rate (a sustained-response rate)
        nor for a bare `response`."""
        if cue.metric or number.bare_count is False or cue.held in ("", "ORR"):
            return cue.metric
        return cue.held

    @staticmethod
    def _detail(text: str, prev: Number, number: Number) -> bool:
        """`37% (19 of 52; all responses were partial)`: an n/N in a bracket
        opened right after a stated rate details that rate; it is no rate of
        its own."""
        return (prev.percent is not None and prev.denominator is None
                and number.denominator is not None and number.percent is None
                and regex.fullmatch(r"\s*[(（]\s*", text[prev.end:number.start]) is not None)

    def _undescribed(self, gap: str) -> str:
        """The gap between a number and a metric after it without the patient
        descriptors (kind `descriptor`) it may hold (`6 of 12 patients with
        synovial sarcoma in the first cohort responded`)."""
        for rule in self.rules.get("descriptor"):
            gap = rule.pattern.sub(" ", gap)
        return gap

    def _unmodified(self, gap: str) -> str:
        """The gap between a metric and its number without the assessor,
        timepoint and population phrases (kind `modifier`) it may hold."""
        for rule in self.rules.get("modifier"):
            gap = rule.pattern.sub(" ", gap)
        return gap

    def _carry(self, text: str, i: int, numbers: list[Number], links: dict[int, str],
               cues: list[Cue], excluded: list[tuple[int, int]]) -> str | None:
        """The metric of the previous rate for a rate with none of its own.
        Bracketed asides between the two (`37% overall (19 of 52; all
        responses were partial), 39% in SyS`) are skipped with their numbers,
        cues and exclusions."""
        number = numbers[i]
        if self.rules.search("not_carry_after", text[number.end:number.end + 40]):
            return None  # `…, but two of these eight received radiotherapy`
        asides = [(s, e) for s, e in bracket_spans(text, 0, number.start)]

        def aside(start: int, end: int) -> bool:
            return any(s <= start and end <= e for s, e in asides)

        j = i - 1
        while j >= 0 and aside(numbers[j].start, numbers[j].end):
            j -= 1
        if j < 0 or j not in links or numbers[j].bare_count:
            return None
        prev = numbers[j]
        holes = [(s, e) for s, e in asides if prev.end <= s and e <= number.start]
        gap = without(text, prev.end, number.start, holes)
        visible = [c for c in cues if not aside(c.start, c.end)]
        outside = [(s, e) for s, e in excluded if not aside(s, e)]
        if (self._excluded(outside, prev.end, number.start)
                or self._blocked_tail(text, number, len(text), numbers, cues, excluded)):
            return None
        between = [c for c in visible if prev.end <= c.start and c.end <= number.start]
        if not between and self.rules.search("carry_gap", gap):
            return links[j]
        # `65% … had a complete response, compared with 32% of those …`: the
        # compared rate takes the metric the first rate was stated with
        if (between and all(c.metric == links[j] for c in between)
                and self.rules.search("compare_lead", gap)):
            return links[j]
        return None

    def _carry_count(self, text: str, i: int, numbers: list[Number], links: dict[int, str],
                     cues: list[Cue], excluded: list[tuple[int, int]]) -> str | None:
        """`A complete response in three patients in arm A and in one patient
        in arm B`: a bare count coordinated (kind `count_carry`) with the
        linked bare count before it takes its metric."""
        prev, number = numbers[i - 1], numbers[i]
        if (not prev.bare_count or not links.get(i - 1)
                or self._between(cues, prev.end, number.start)
                or self._excluded(excluded, prev.end, number.start)
                or self._blocked_tail(text, number, len(text), numbers, cues, excluded)
                or not self.rules.search("count_carry", text[prev.end:number.start])):
            return None
        return links[i - 1]

    def _pro_verb(self, text: str, i: int, numbers: list[Number], links: dict[int, str],
                  excluded: list[tuple[int, int]]) -> str | None:
        """`18 (35%) had a complete response, and among forty patients … 11
        (27.5%) did so`: a number whose predicate refers back (kind
        `pro_verb`) takes the metric of the last linked rate before it."""
        number = numbers[i]
        linked = [j for j in links if j < i and links[j]]
        if not linked or not self.rules.search("pro_verb", text[number.end:number.end + 40]):
            return None
        prev = numbers[max(linked)]
        if self._excluded(excluded, prev.end, number.start):
            return None
        return links[max(linked)]

    def _restate_link(self, text: str, i: int, numbers: list[Number], links: dict[int, str],
                      excluded: list[tuple[int, int]]) -> str | None:
        """`12 complete responses among 21 infused patients, which is 57.1%`:
        a rate after a linked count, joined by kind `restate_link`, is that
        count's rate (merged with it by ``_restated``)."""
        linked = [j for j in links if j < i and links[j]]
        if not linked:
            return None
        prev = numbers[max(linked)]
        if (not prev.bare_count or self._excluded(excluded, prev.end, numbers[i].start)
                or not self.rules.search("restate_link", text[prev.end:numbers[i].start])):
            return None
        return links[max(linked)]

    def _fraction_list(self, text: str, numbers: list[Number], links: dict[int, str],
                       cues: list[Cue], excluded: list[tuple[int, int]]) -> None:
        """`3 of 9 GD2 patients, 1 of 8 B7-H3 patients and 3 of 7 CLDN18.2
        patients responded`: each n of N of a list (kind `fraction_list`
        between them, labels cut) takes the metric of the linked n of N after
        it, the list's one verb."""
        for i in range(len(numbers) - 2, -1, -1):
            number, nxt = numbers[i], numbers[i + 1]
            if (i in links or not number.fraction or not nxt.fraction or not links.get(i + 1)
                    or self._between(cues, number.end, nxt.start)
                    or self._excluded(excluded, number.end, nxt.start)
                    or not self.rules.search(
                        "fraction_list", self._undescribed(text[number.end:nxt.start]))):
                continue
            links[i] = links[i + 1]

    def _ellipsis(self, text: str, i: int, hi: int, numbers: list[Number], links: dict[int, str],
                  excluded: list[tuple[int, int]]) -> str | None:
        """`联合组 96 例中有 35 例获得缓解，对照组 90 例中有 22 例。`: a count
        ending the sentence in a clause of its own that repeats the frame of a
        linked count before it (kind `count_ellipsis`: another group's `N 例中有`)
        takes that count's metric (the verb and response are elided)."""
        number = numbers[i]
        rest = text[number.end:min(hi, clause_end(text, number.end))]
        linked = [j for j in links if j < i and links[j]]
        if rest.strip(" .。;；") or not linked:
            return None
        prev = numbers[max(linked)]
        if (not prev.bare_count or self._excluded(excluded, prev.end, number.start)
                or not self.rules.search("count_ellipsis", text[prev.end:number.start])):
            return None
        return links[max(linked)]

    def _respectively(self, text: str, cues: list[Cue], numbers: list[Number],
                      excluded: list[tuple[int, int]]) -> dict[int, str]:
        """`ORR 和 CR 率分别为 80% 和 60%`: a run of k metrics then a run of k
        numbers (k >= 2) pair in order."""
        links: dict[int, str] = {}
        joins = self.rules.search
        i = 0
        while i < len(cues):
            run = [cues[i]]
            while (i + len(run) < len(cues)
                   and joins("list_join", text[run[-1].end:cues[i + len(run)].start])):
                run.append(cues[i + len(run)])
            i += len(run)
            if len(run) < 2:
                links.update(self._series(text, run[0], cues, numbers, excluded, links))
                continue
            first = [k for k, x in enumerate(numbers) if x.start >= run[-1].end]
            if not first:
                continue
            k0 = first[0]
            if (numbers[k0].start - run[-1].end > MAX_GAP
                    or self._excluded(excluded, run[-1].end, numbers[k0].start)):
                continue
            nums = [k0]
            while (len(nums) < len(run) and nums[-1] + 1 < len(numbers)
                   and joins("list_join", text[numbers[nums[-1]].end:numbers[nums[-1] + 1].start])):
                nums.append(nums[-1] + 1)
            if len(nums) == len(run):
                for cue, k in zip(run, nums, strict=True):
                    links[k] = cue.metric
        return links

    def _run_after(self, text: str, k0: int, numbers: list[Number]) -> list[int]:
        """Indices of the list of numbers starting at ``k0`` (`37%, 34% and 40%`)."""
        nums = [k0]
        while (nums[-1] + 1 < len(numbers) and self.rules.search(
                "list_join", text[numbers[nums[-1]].end:numbers[nums[-1] + 1].start])):
            nums.append(nums[-1] + 1)
        return nums

    def _series(self, text: str, cue: Cue, cues: list[Cue], numbers: list[Number],
                excluded: list[tuple[int, int]], links: dict[int, str]) -> dict[int, str]:
        """`complete-remission rates at 6 weeks, 3 months and 6 months were 37%,
        34% and 40%, respectively`, `第 1、3 个月的 CR 率分别为 37% 和 34%`: one
        metric then a list of k >= 2 rates, with `respectively` or as many
        slots (kind `slot`: timepoints) as rates; each rate takes the metric
        and its slot as timepoint."""
        first = [k for k, x in enumerate(numbers) if x.start >= cue.end]
        if not first:
            return {}
        nums = [k for k in self._run_after(text, first[0], numbers)
                if not numbers[k].bare_count and k not in links]
        if len(nums) < 2 or len(nums) != len(self._run_after(text, first[0], numbers)):
            return {}
        start, end = numbers[nums[0]].start, numbers[nums[-1]].end
        if (start - cue.end > RESPECTIVELY_GAP or self._between(cues, cue.end, start)
                or self._excluded(excluded, cue.end, start)):
            return {}
        region = (clause_start(text, cue.start), start)
        slots = longest_first([m for r in self.rules.get("slot")
                               for m in r.pattern.finditer(text, *region)],
                              key=lambda m: m.span())
        tail = regex.split(r"[.。;；]", text[end:end + RESPECTIVELY_TAIL], maxsplit=1)[0]
        respectively = self.rules.search("respectively", text[cue.end:start] + " | " + tail)
        if not respectively and len(slots) != len(nums):
            return {}
        if len(slots) == len(nums):
            for k, slot in zip(nums, slots, strict=True):
                numbers[k] = replace(numbers[k], timepoint=slot.group())
        return {k: cue.metric for k in nums}

    @staticmethod
    def _cut_cues(text: str, start: int, end: int, cues: list[Cue]) -> str:
        """``text[start:end]`` without the metric cues inside it."""
        return without(text, start, end,
                       [(c.start, c.end) for c in cues if start <= c.start and c.end <= end])

    def _with_denominator(self, number: Number, d: int) -> Number:
        """``number`` with denominator ``d``, unless they disagree."""
        if number.numerator is not None:
            if number.numerator > d:
                return number
            if number.percent is not None and not agrees(number.percent, number.numerator, d):
                return number
        return replace(number, denominator=d)

    def _tie_list(self, text: str, prev: Number, number: Number, cues: list[Cue]) -> Number:
        """`30 例患者中，12 例达到 CR，9 例达到 PR`, `Of 30 patients, 12 had a CR
        and 9 a PR`: a count listed right after a tied numerator (kind
        `tie_list`, metric cues cut out) shares its denominator."""
        if number.whole or number.numerator is None or prev.denominator is None:
            return number
        bridge = self._cut_cues(text, prev.end, number.start, cues)
        more = number.more and not regex.search(r"[;；。]", bridge)  # `… and one more a PR`
        if not more and self.rules.search("tie_list", bridge) is None:
            return number
        return self._with_denominator(number, prev.denominator)

    def _tie(self, text: str, number: Number, participants: list, cues: list[Cue]) -> Number:
        """Give a numerator the denominator the text ties it to (metric cues
        between the two are cut out: `30 例患者中，CR 12 例`)."""
        if number.denominator is not None:
            return number
        before = [c for c in participants if c.end <= number.start]
        if not before:
            return number
        cand = before[-1]
        bridge = self._cut_cues(text, cand.end, number.start, cues)
        if number.whole:
            if (cand.value > number.short
                    and any(r.pattern.search(bridge) for r in (*self.rules.get("tie"),
                                                                *self.rules.get("tie_whole")))):
                number = replace(number, numerator=cand.value - number.short,
                                 denominator=cand.value)
                lead = self.rules.search("whole_lead", text[:cand.start])
                if lead is not None and not number.short:  # `全部 5 例患者…均`: the span
                    start = lead.pattern.search(text[:cand.start]).start()  # is the group
                    number = replace(number, start=start, end=cand.end)
                return number
            return number
        for rule in self.rules.get("tie"):
            if not rule.pattern.search(bridge):
                continue
            if rule.before is not None and not rule.before.search(text[:cand.start]):
                continue
            return self._with_denominator(number, cand.value)
        return number

    def _mention(self, text: str, lo: int, hi: int, number: Number, metric: str) -> Mention:
        percent = number.percent
        if percent is None and number.numerator is not None and number.denominator:
            percent = percent_of(number.numerator, number.denominator)
        if percent is not None:
            value = f"{metric} {format_percent(percent)}"
        else:
            value = f"{metric} n={number.numerator}"
        cs = max(lo, clause_start(text, number.start))
        ce = min(hi, clause_end(text, number.end))
        attrs: dict[str, object] = {"metric": metric, "percent": percent,
                                    "numerator": number.numerator,
                                    "denominator": number.denominator}
        clause = text[cs:ce]
        for rule in self.rules.get("timepoint"):
            if number.timepoint:
                attrs["timepoint"] = number.timepoint
                break
            m = rule.pattern.search(clause) or rule.pattern.search(text, lo, number.start)
            if m:
                attrs["timepoint"] = m.group()
                break
        attrs["scope"] = "total"
        for rule in self.rules.get("scope"):
            if rule.pattern.search(clause):
                attrs["scope"] = rule.scope
                break
        return Mention("response_rate", value, number.start, number.end,
                       f"response_rate.{number.rule}", attrs)


def build(directory: Path) -> ResponseRateExtractor:
    return ResponseRateExtractor(load_rules(directory), build_sample_size(directory))
