"""response_rate table rows (note 21): reading a row of cells as rates. A
column header or row label naming one metric makes each cell that metric's
rate for the cohort of its row or column; the cohort's size (a count column,
``(n = 42)`` in the header) is the denominator. Mixed into
``ResponseRateExtractor``, whose cue and number finders it uses.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import regex

from extract.fields.response_rate_rules import (
    MAX_PERCENT,
    Number,
    RateRules,
    without,
)
from extract.models import Cell, Mention, Sentence
from extract.numbers import (
    POINT,
    agrees,
    parse_count,
    parse_decimal,
)

# a bracketed aside of a cell (`(95% CI)`), and a digit left outside one
BRACKETED = regex.compile(r"[(（][^()（）]*[)）]")
DIGIT = regex.compile(r"\d")


class RateTables:
    """Table-row reading for ``ResponseRateExtractor``."""

    rules: RateRules

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
        listed_n = self._count_column_value(sent)  # `例数` over `17`
        # across studies, bare numbers may be percentages when a metric column names a rate
        rated = bool(self.rules.search("study_header", label.header)) and any(
            self._header_metric(c.header) and self.rules.search("rate_header", c.header)
            for c in sent.cells)
        out: list[Mention] = []
        label_text = text[label.start:label.end]
        measure = None if row_metric else self._measure_cell(sent)
        if row_metric and (pair := self._count_percent_columns(sent)) is not None:
            return [self._mention(text, pair.start, pair.end, pair, row_metric)]
        for cell in sent.cells:
            if cell is label and row_metric:
                continue
            column = self._header_metric(cell.header)
            metric = column or row_metric
            cohort = row_n or self._cohort_size(cell.header)
            counted = column is not None and self.rules.search("header_count", cell.header)
            # `20（83.3）` under `(n=24)` or `ORR, n (%)`; `13（76.5）` in a row whose
            # `例数` cell (17) is no participant count (the two must agree)
            size = cohort if cohort or counted else listed_n
            if metric and (size or counted):
                pair = self._pair_cell(text, cell.start, cell.end, size)
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
            if (bare is None and column is None and measure is not None
                    and cell.start >= measure[0].end):  # `…  CR alone, %  56.4`
                bare = self._bare_cell(text, cell.start, cell.end, measure[1], measure[2])
                if bare is not None:
                    out.append(self._mention(text, cell.start, cell.end,
                                             self._sized(bare, cohort), measure[2]))
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

    def _measure_cell(self, sent: Sentence) -> tuple[Cell, str, str] | None:
        """A registry record's result row (`Arm  55  CR or CRi, % (95% CI)  70.9
        (57.1–82.4)`): the one cell after the label that names a metric and the
        percent unit and holds no value of its own (`ORR 81.8%` is a value), as a
        row label would; the cells after it are its rates."""
        text = sent.norm
        found = []
        for cell in sent.cells[1:]:
            words = text[cell.start:cell.end]
            metric = self._header_metric(words)
            if (metric and self._percent_column(words, metric)
                    and not DIGIT.search(BRACKETED.sub("", words))):
                found.append((cell, words, metric))
        return found[0] if len(found) == 1 else None

    def _count_column_value(self, sent: Sentence) -> int | None:
        """The integer of the row's one cell under a count column (kind
        `count_column`: `例数`, `n`)."""
        text = sent.norm
        count = [c for c in sent.cells if self.rules.search("count_column", c.header)]
        if len(count) != 1:
            return None
        m = regex.fullmatch(r"\s*(\d+)\s*", text[count[0].start:count[0].end])
        return (int(m.group(1)) or None) if m else None

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
        q = regex.fullmatch(rf"\s*(\d+(?:{POINT}\d+)?)\s*(%?)\s*",
                            text[share[0].start:share[0].end])
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
