"""response_rate linking: in one sentence or cell, tie each number expression
to one metric cue of its clause (an attain verb after it, else the nearest
metric before it), carrying metrics along lists (`respectively`, parallel
and restated rates, ellipses), taking denominators from participant counts,
and building the ``Mention``. Mixed into ``ResponseRateExtractor``, whose cue
and number finders it uses.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import regex

from extract.fields.response_rate_rules import (
    MAX_GAP,
    RESPECTIVELY_GAP,
    RESPECTIVELY_TAIL,
    Cue,
    Number,
    RateRules,
    bracket_spans,
    longest_first,
    without,
)
from extract.fields.sample_size import clause_end, clause_start
from extract.models import Mention
from extract.numbers import (
    agrees,
    format_percent,
    percent_of,
)


class RateLinking:
    """Sentence-level linking of numbers to metrics for ``ResponseRateExtractor``."""

    rules: RateRules

    def _extract(self, text: str, lo: int, hi: int, participants: Callable[[], list],
                 header_metric: str | None, cohort: int | None = None) -> list[Mention]:
        excluded = self._exclusions(text, lo, hi)
        cues = self._metrics(text, lo, hi, excluded)
        if not (cues or header_metric):  # no metric, no rate: skip the number search
            return []
        numbers = self._numbers(text, lo, hi)
        if not numbers:
            return []
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
        # the whole sentence's exclusions (a range's may miss a phrase crossing its ends)
        sentence_excluded = self._exclusions(text, 0, len(text)) if links else []
        # a participant count that is itself a linked count of responders (`心脏缓解
        # 4例，肾脏缓解2例`) is no group of the counts after it
        counted = [(numbers[j].start, numbers[j].end) for j in links]
        group = [c for c in participants()
                 if not any(s < c.end and c.start < e for s, e in counted)] if links else []
        for i, metric in sorted(links.items()):
            number = self._tie(text, numbers[i], group, cues, sentence_excluded)
            if number.denominator is not None and number.numerator is not None:
                tied = number  # tied to a participant count, or its own n/N
            elif (tied is not None and number.numerator is None and number.percent is not None
                  and agrees(number.percent, tied.numerator or 0, tied.denominator or 0)):
                # the tied rate restated (`7 of 8 responded (ORR 87.5%), including …`):
                # the counts listed after it share its group
                tied = replace(tied, end=number.end)
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
        items = self._shared(text, self._restated(text, items), cues)
        return [self._mention(text, lo, hi, number, metric)
                for number, metric in self._all_same(text, hi, items, cues)]

    def _shared(self, text: str, items: list[tuple[Number, str]],
                cues: list[Cue]) -> list[tuple[Number, str]]:
        """`总缓解率和完全缓解率均为 96%`, `the ORR and CR rate were both 80%`:
        one rate after a list of metrics (kind `list_join` between them)
        joined to it by a word saying they all had it (kind `shared`) is the
        rate of each metric of the list."""
        out = list(items)
        for number, metric in items:
            before = [c for c in cues if c.end <= number.start]
            if (not before or before[-1].metric != metric
                    or not self.rules.search("shared", text[before[-1].end:number.start])):
                continue
            k = len(before) - 1
            while k > 0 and self.rules.search("list_join", text[before[k - 1].end:before[k].start]):
                k -= 1
                other = before[k].metric
                if other and other != metric and (number, other) not in out:
                    out.append((number, other))
        return sorted(out, key=lambda item: item[0].start)

    def _all_same(self, text: str, hi: int, items: list[tuple[Number, str]],
                  cues: list[Cue]) -> list[tuple[Number, str]]:
        """`Objective responses occurred in 6 of 12 patients (50%), all partial
        responses`, `总缓解率为 81%（61/75），其中 CR 60%，所有缓解者 MRD 均为
        阴性`: a phrase after a response rate (the last of the sentence before
        it) saying every response was of one category (kind `all_same`: group
        `x` the span; the category is the cue inside group `c`, else the
        rule's metric) is also that category's rate, with the same figures.
        A pattern opening with ``\\G`` must follow the rate."""
        out = list(items)
        for rule in self.rules.get("all_same"):
            for k, (number, metric) in enumerate(items):
                later = [n for n, m in items[k + 1:] if m == "ORR"]
                if number.bare_count or metric != "ORR":
                    continue
                m = rule.pattern.search(text, number.end, hi)
                if m is None or any(n.start < m.start() for n in later):
                    continue
                category = rule.metric
                if "c" in rule.pattern.groupindex and m.group("c"):
                    inner = [c.metric for c in cues
                             if m.start("c") <= c.start and c.end <= m.end("c") and c.metric]
                    category = inner[0] if inner else None
                if category and category != metric:
                    out.append((replace(number, start=m.start("x"), end=m.end("x"),
                                        rule="all-same"), category))
        return sorted(out, key=lambda item: item[0].start)

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
        if self._excluded_subgroup(text, lo, number, numbers, excluded):
            return None
        others = [x for x in numbers if x is not number]
        after = [c for c in cues if number.end <= c.start < self._bracket_end(
            text, lo, hi, number, others, ce)]
        if after:
            cue = after[0]
            gap = text[number.end:cue.start]
            bare = self._undescribed(gap)
            if (len(bare) <= MAX_GAP and not self._between(others, number.end, cue.start)
                    and not self._excluded(excluded, number.end, cue.start)
                    and not self.rules.search("not_attain", gap)
                    and not (number.bare_count and not self._open_bracket(text, cue)
                             and self.rules.search("metric_predicate", text[cue.end:ce]))
                    and not self._owned(text, number, cue, numbers, cues, ce)
                    and (self.rules.search("attain", gap) or self.rules.search("after_gap", bare))):
                return self._cue_metric(cue, number, self.rules.search("attain", gap) is not None)
        before = [c for c in cues if c.end <= number.start and (
            cs <= c.start
            or self.rules.search("count_gap", self._unmodified(text[c.end:number.start]))
            or self.rules.search("clause_gap", text[c.end:number.start]))]
        if before:
            cue = before[-1]
            if number.bare_count and any(x.percent is not None and x.end <= cue.start
                                         and not text[x.end:cue.start].strip() for x in others):
                return None  # `an 85.7% response rate in 21 patients`: the group of that rate
            gap = self._unmodified(text[cue.end:number.start])
            if len(gap) > MAX_GAP and regex.search(r"[(（]\s*$", gap):
                gap = self._undescribed(gap)  # `were lower in patients with X (9 of 13)`
            # a population modifier's count is no number of its own (`the response
            # rate among 44 patients with synovial sarcoma was 39%`)
            modified = self._modifier_spans(text, cue.end, number.start)
            others = [x for x in others
                      if not any(s <= x.start and x.end <= e for s, e in modified)]
            if (len(gap) <= MAX_GAP and not self._between(others, cue.end, number.start)
                    and not self._excluded(excluded, cue.end, number.start)
                    and not self._blocked_tail(text, number, hi, numbers, cues, excluded)
                    and (not number.bare_count or self.rules.search("count_gap", gap))):
                return self._cue_metric(cue, number, True)
        return None

    @staticmethod
    def _bracket_end(text: str, lo: int, hi: int, number: Number, others: list[Number],
                     ce: int) -> int:
        """How far a metric after ``number`` may stand: its clause's end, or for
        a number filling a bracket after a group's description (`all of those
        with nephritis (11/11) achieved a complete renal response`; not the n/N
        of a rate before it: `60% (9/15)`) the end of the clause the bracket
        stands in."""
        close = regex.match(r"\s*[)）]", text[number.end:hi])
        if (close is None or not regex.search(r"[(（]\s*$", text[lo:number.start])
                or any(o.end <= number.start and not text[o.end:number.start].strip(" (（")
                       for o in others)):
            return ce
        return min(hi, clause_end(text, number.end + close.end()))

    def _excluded_subgroup(self, text: str, lo: int, number: Number, numbers: list[Number],
                           excluded: list[tuple[int, int]]) -> bool:
        """`Serum AFP fell by more than 50% in eight patients, including two with
        stable disease`: a count introduced as part of the group just counted
        (kind `subgroup_lead`) whose clause an exclusion cue governs (a marker
        decline, survival) is a subgroup of that outcome, no response count."""
        window = max(lo, number.start - 40)
        lead = self.rules.find("subgroup_lead", text[window:number.start])
        if lead is None:
            return False
        pos = window + lead.start()
        end = lo + len(text[lo:pos].rstrip(" ,，"))
        if end <= lo:
            return False
        return self._excluded(excluded, max(lo, clause_start(text, end - 1)), end)

    def _owned(self, text: str, number: Number, cue: Cue, numbers: list[Number],
               cues: list[Cue], ce: int) -> bool:
        """`the ORR was 71.1% (27/38) with CR in 18/38`: a cue after a rate
        that has a number of its own right after it (kind `owned_cue`, the
        text from the rate to that number with the cues cut out) is that
        number's metric, not the rate's."""
        if number.bare_count:
            return False
        nxt = next((x for x in numbers if x.start >= cue.end and x.start < ce), None)
        return nxt is not None and self.rules.search(
            "owned_cue", self._cut_cues(text, number.end, nxt.start, cues)) is not None

    def _modifier_spans(self, text: str, lo: int, hi: int) -> list[tuple[int, int]]:
        """The spans of the modifiers (kind `modifier`) in ``text[lo:hi]``."""
        return [m.span() for r in self.rules.get("modifier")
                for m in r.pattern.finditer(text, lo, hi)]

    @staticmethod
    def _open_bracket(text: str, cue: Cue) -> bool:
        """`6 例达到客观缓解（ORR 50%）`: a cue ending inside a bracket it opened
        (its abbreviation); the rate in that bracket restates the count
        before the cue, it is no predicate of the cue."""
        words = text[cue.start:cue.end]
        return regex.search(r"[(（][^()（）]*$", words) is not None

    @staticmethod
    def _cue_metric(cue: Cue, number: Number, attained: bool) -> str:
        """The metric a number takes from ``cue``. A duration cue (`a partial
        response lasting 9 months`) gives its named category to a count of
        patients that reached it (`one had …`), never to a rate (a
        sustained-response rate), nor for a bare `response`, nor to a count
        whose predicate is the duration itself (`2 例完全缓解持续超过 1 年`,
        `two complete responses were ongoing a year later`: note 35). An n of
        N counts patients too (`One of the nine patients had a partial
        response lasting 5 months`: note 37)."""
        if (cue.metric or number.numerator is None or cue.held in ("", "ORR")
                or not attained):
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
        while j >= 0 and (aside(numbers[j].start, numbers[j].end)
                          or (j not in links and self._group_size(text, numbers[j]))):
            j -= 1
        if j < 0 or j not in links:
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
        if prev.bare_count:  # `68 achieved CR/CRi, compared with 96 of 102 (94.1%)`
            compared = self.rules.search("compare_lead", gap) is not None
            return links[j] if compared and all(c.metric == links[j] for c in between) else None
        if not between and self.rules.search("carry_gap", gap):
            return links[j]
        # `nine of the eleven patients responded (ORR 81.8%), including 5 of 7
        # pretreated with …`: the subgroup after the verb of the rate before
        if (between and all(c.metric == links[j] for c in between)
                and self.rules.search("carry_after_verb",
                                      without(text, between[-1].end, number.start, holes))):
            return links[j]
        # `1 of 3 patients responded; at dose level 2, 2 of 3; and at dose level
        # 3, 5 of 6`: the verb (the first rate's own cue) elided after the next
        if (between and all(c.metric == links[j] for c in between)
                and self._elided(text, number)
                and self.rules.search("carry_gap", without(text, between[-1].end, number.start,
                                                           holes))):
            return links[j]
        # `65% … had a complete response, compared with 32% of those …`: the
        # compared rate takes the metric the first rate was stated with (also
        # when its cue stood in a bracket: `71% … shrink (a response),
        # compared with about 42% …`)
        if (all(c.metric == links[j] for c in between)
                and self.rules.search("compare_lead", gap)):
            return links[j]
        return None

    def _group_size(self, text: str, number: Number) -> bool:
        """A bare count that opens a group's clause (`; among 88 patients in
        the 100-mg group, it was 32%`; kind `group_size_before`): the group's
        size, passed over when a later rate looks back for the metric of the
        rate before."""
        return (number.bare_count and self.rules.search(
            "group_size_before", text[max(0, number.start - 20):number.start]) is not None)

    @staticmethod
    def _elided(text: str, number: Number) -> bool:
        """Whether ``number`` closes its clause, its verb elided (`…; at dose
        level 2, 2 of 3;`)."""
        rest = text[number.end:clause_end(text, number.end)]
        end = regex.fullmatch(r"\s*(?:patients?|participants?)?\s*[.;,，；。]?\s*", rest)
        return end is not None

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

    @staticmethod
    def _last_linked(i: int, links: dict[int, str]) -> int | None:
        """The index of the last number before ``i`` that took a metric."""
        linked = [j for j in links if j < i and links[j]]
        return max(linked) if linked else None

    def _pro_verb(self, text: str, i: int, numbers: list[Number], links: dict[int, str],
                  excluded: list[tuple[int, int]]) -> str | None:
        """`18 (35%) had a complete response, and among forty patients … 11
        (27.5%) did so`, `…, as did 12 of the 17 treated with B`: a number
        whose predicate refers back (kind `pro_verb` after it, `pro_verb_before`
        before it) takes the metric of the last linked rate before it."""
        number, j = numbers[i], self._last_linked(i, links)
        before = text[max(0, number.start - 20):number.start]
        if j is None or not (self.rules.search("pro_verb", text[number.end:number.end + 40])
                             or self.rules.search("pro_verb_before", before)):
            return None
        if self._excluded(excluded, numbers[j].end, number.start):
            return None
        return links[j]

    def _restate_link(self, text: str, i: int, numbers: list[Number], links: dict[int, str],
                      excluded: list[tuple[int, int]]) -> str | None:
        """`12 complete responses among 21 infused patients, which is 57.1%`:
        a rate after a linked count, joined by kind `restate_link`, is that
        count's rate (merged with it by ``_restated``)."""
        j = self._last_linked(i, links)
        if j is None:
            return None
        prev = numbers[j]
        if (not prev.bare_count or self._excluded(excluded, prev.end, numbers[i].start)
                or not self.rules.search("restate_link", text[prev.end:numbers[i].start])):
            return None
        return links[j]

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
        j = self._last_linked(i, links)
        if rest.strip(" .。;；") or j is None:
            return None
        prev = numbers[j]
        if (not prev.bare_count or self._excluded(excluded, prev.end, number.start)
                or not self.rules.search("count_ellipsis", text[prev.end:number.start])):
            return None
        return links[j]

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
                   and numbers[nums[-1] + 1].cue is None  # `21 例达到完全缓解（50%）`: its own
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

    def _tie(self, text: str, number: Number, participants: list, cues: list[Cue],
             excluded: list[tuple[int, int]]) -> Number:
        """Give a numerator the denominator the text ties it to (metric cues
        between the two are cut out: `30 例患者中，CR 12 例`); ``excluded`` are
        the whole sentence's exclusions."""
        if number.denominator is not None:
            return number
        before = [c for c in participants if c.end <= number.start]
        if not before:
            return number
        cand = before[-1]
        if any(s <= cand.start and cand.end <= e for s, e in excluded):
            return number  # the count names responders (`Of the 42 patients in CR, 33 …`)
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
