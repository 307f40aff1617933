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
give no mention. A sentence about animals or cell lines gives nothing, unless
a contrast turns to patients (`…细胞系…的可行性，但 3 例患者均未获得缓解`):
that clause is read.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import regex

from extract.fields.response_rate_linking import RateLinking
from extract.fields.response_rate_rules import (
    MAX_PERCENT,
    METRICS,
    PRIOR_REACH,
    RULE_FILE,
    Cue,
    Number,
    RateRules,
    bracket_spans,
    load_rules,
    longest_first,
    without,
)
from extract.fields.response_rate_tables import RateTables
from extract.fields.sample_size import SampleSizeExtractor, clause_end
from extract.fields.sample_size import build as build_sample_size
from extract.models import Mention, Sentence
from extract.numbers import (
    in_range,
    parse_count,
    parse_decimal,
    parse_en_number,
    parse_per,
    parse_share,
    parse_zh_numeral,
)

__all__ = ["METRICS", "RULE_FILE", "Cue", "Number", "RateRules", "ResponseRateExtractor",
           "bracket_spans", "build", "load_rules", "longest_first", "without"]


class ResponseRateExtractor(RateTables, RateLinking):
    """Per-document state and the sentence entry point: finds metric cues and
    number expressions, hands table rows to ``RateTables`` and sentences to
    ``RateLinking``, and applies the document-level rules (referring back,
    lead-ins, corrections)."""

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
        lo = 0
        if self.sample.is_preclinical(text):
            lo = self._human_turn(text)  # animals and cell lines, unless patients follow
            if lo is None:
                return []
        if self.rules.search("design", text):
            return []  # a statistical design's assumed rates
        found: list[list] = []

        def participants() -> list:  # sample-size candidates, found only when a rate needs them
            if not found:
                found.append([c for c in self.sample.candidates(sent) if c.role == "participant"])
            return found[0]

        if sent.cells:
            return self._row(sent, participants)
        mentions = self._extract(text, lo, len(text), participants, None)
        if not mentions and self._prior and self._since < PRIOR_REACH and not lo:
            mentions = self._anaphor(text, participants)
        return self._split_parts(text, mentions)

    def _human_turn(self, text: str) -> int | None:
        """`该研究证明了…细胞系…的可行性，但 3 例患者均未获得缓解`: in a sentence
        about preclinical work, the start of a clause turning to patients
        (kind `human_turn`) that itself names no animal or cell line; None
        when there is none."""
        for rule in self.rules.get("human_turn"):
            for m in rule.pattern.finditer(text):
                if not self.sample.is_preclinical(text[m.end():]):
                    return m.end()
        return None

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

    def _exclusions(self, text: str, lo: int, hi: int) -> list[tuple[int, int]]:
        return [m.span() for r in self.rules.get("exclude")
                for m in r.pattern.finditer(text, lo, hi)]

    def _metrics(self, text: str, lo: int, hi: int,
                 excluded: list[tuple[int, int]] | None = None) -> list[Cue]:
        """The metric cues of ``text[lo:hi]``; ``excluded`` is that range's
        exclusions when the caller has them already."""
        suffix = self.rules.get("metric_suffix")[0].pattern
        if excluded is None:
            excluded = self._exclusions(text, lo, hi)
        found: list[tuple[Cue, int]] = []  # (cue words, end with the suffix)
        for rule in self.rules.get("metric"):
            for m in rule.pattern.finditer(text, lo, hi):
                tail = suffix.match(text, m.end(), hi)
                end = tail.end() if tail else m.end()
                held = rule.metric or ""
                if self.rules.search("duration_before", text[max(lo, m.start() - 25):m.start()]):
                    held = ""  # `a durable partial response in one patient` (note 35)
                metric = "" if not held or self._duration(text, end, hi) else held
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
        if groups.get("share"):  # `三分之二`, `two-thirds of the patients`
            p = parse_share(groups["share"])
            if p is None:
                return None
        if groups.get("per"):  # `31 out of every 100 patients`, `six in ten`: a rate
            p = parse_per(groups["pn"], groups["per"])
            if p is None:
                return None
        n = parse_count(groups["n"]) if groups.get("n") else None
        if groups.get("none"):  # `none of the 12`: no responder of the group (note 27)
            n = 0
        if groups.get("nobody"):  # `no patient achieved …`: none of the cohort, 0%
            n, p = 0, 0.0
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
        if p is None and n is not None and n <= 0 and not groups.get("none") and d is None:
            return None
        cue = m.span("cue") if groups.get("cue") else None
        return Number(m.start(), m.end(), rule_id, p, n, d, cue=cue, more=bool(groups.get("more")),
                      fraction=n is not None and d is not None)

    @staticmethod
    def _percent(text: str) -> float | None:
        """A stated percent: digits (`75.0`), after 百分之 Chinese numerals
        (`七十五`), before `per cent` English words (`Eighty`)."""
        p = parse_decimal(text)
        if p is None:
            n = parse_zh_numeral(text)
            if n is None:
                n = parse_en_number(text)
            p = float(n) if n is not None else None
        return p

def build(directory: Path) -> ResponseRateExtractor:
    return ResponseRateExtractor(load_rules(directory), build_sample_size(directory))
