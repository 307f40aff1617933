"""sample_size: counts of human participants, from ``rules/sample_size.yaml``.

A count (``44 例``, ``44 patients``, ``n = 23``, ``forty-four patients``) is
found by a ``count``/``n_equals`` rule, then classified from its context:
participants (``纳入 44 例``, ``10 例患者中``, ``of the 11 patients``) or a
numerator (``其中 6 例达到 CR``, ``仅 1 例患者出现 CRS``, ``20 patients (21%)``).
Only participants are mentions. :meth:`SampleSizeExtractor.candidates` also
serves ``response_rate``, which takes its denominators from them.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Literal

import regex
from pydantic import BaseModel, ConfigDict

from extract import context
from extract.models import Mention, Sentence
from extract.numbers import COUNT, NUMBER_HINT, expand, in_range, in_ratio, parse_count
from extract.rules import check_unique, compile_pattern, fail, load_models

RULE_FILE = "sample_size.yaml"
BEFORE_WINDOW = 40  # characters before a count read by the *_before cues
SCOPE_WINDOW = 25  # characters after a count read by the scope cues
SCOPE_BEFORE = 8  # characters before a count read by the scope cues
CLAUSE_PUNCT = ",，;；。:：!?！？"
OPEN, CLOSE = "(（[【", ")）]】"
CLAUSE_PUNCT_ONLY = regex.compile(f"[{regex.escape(CLAUSE_PUNCT)}]")
CLAUSE_BOUNDARY = regex.compile(f"[{regex.escape(CLAUSE_PUNCT)}]|\\.(?=\\s)")
LIST_SEP = "、"  # ends the outcome window of a count: `难治性 12 例、复发 14 例`
# so does a spaced dash closing an aside: the predicate after it is the
# sentence's (`120 patients, including 80 in arm A and 40 in arm B - had …`)
ASIDE_END = regex.compile(r"\s-\s")
Kind = Literal["count", "n_equals", "case", "case_title", "participant_before",
               "participant_clause_before", "numerator_before",
               "denominator_after", "numerator_after", "whole_before", "whole_after",
               "outcome_after", "participant_after", "composition_before",
               "graded_before", "event_before", "reported_before", "bound_before",
               "planned_before", "planned_after", "future_study", "died_after",
               "coordinated_before",
               "several_studies", "range_before", "skip_before", "preclinical", "person_noun",
               "person_before", "event_noun", "responder_after", "part_before", "bare_after",
               "share_event_after", "part_of_before",
               "screened_after", "list_before",
               "table_header",
               "numerator_header", "pooled_header", "case_cell", "id_header", "scope",
               "pooled_after", "pooled_before", "no_case", "sub_numerator_between", "restates",
               "series_marker", "case_event_after", "case_intro_before",
               "no_study", "one_before", "frequency_after", "sex_split_after",
               "trait_after", "sex_count", "arms_header", "holder_before",
               "cohort_after", "caption_before"]
Role = Literal["participant", "numerator"]
# a count cell: `12`, `12 例`, `n=12`, `1（个案）`, `12 (ped)`, `12 (8 evaluable)`,
# with a footnote mark: `93*`, `84†`, `60ᵃ`, `60^a`, `12b`; with thousands
# separators: `3,476`
FOOTNOTE = r"(?:[*†‡§¶#]{1,3}|\p{Lm}{1,2}|\^\s*[a-z0-9*]{1,2}|[a-e](?![A-Za-z]))"
# (a stray pipe of a space-aligned pipe table may stay on a cell: `| 165`)
CELL_COUNT = regex.compile(rf"[\s|]*(?:[nN]\s*=\s*)?(\d{{1,3}}(?:,\d{{3}})+|\d+)\s*{FOOTNOTE}?"
                           r"\s*(?:例|名|人)?\s*(?:[(（][^()（）]{1,20}[)）])?[\s|]*")
# arms compared in one cell: `254 vs 127`, `60 versus 30`, `40 对 20`
ARM_SEP = regex.compile(r"\s+(?:vs\.?|versus|对比?)\s+")
# under a header naming its arms with a slash (`CAR-T组/对照组（例）`): `180/179`
ARM_SLASH = regex.compile(r"\s*/\s*")
ANY_COUNT = regex.compile(COUNT)
# participants whose role no earlier numerator changes: a case, and a group
# given a further study step such as a transplant (annotation notes 37:
# `3 例缓解，其中 2 例接着做了移植`)
STEP_WHYS = frozenset({"case", "later-transplant-after"})


class SampleRule(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str
    kind: Kind
    pattern: str
    lang: Literal["zh", "en", "any"] = "any"
    scope: Literal["subgroup", "evaluable"] | None = None


@dataclass(frozen=True)
class Compiled:
    id: str
    pattern: regex.Pattern
    scope: str | None = None
    lang: str = "any"


HAN = regex.compile(r"\p{Han}")
LATIN = regex.compile(r"[A-Za-z]")


def script(text: str) -> tuple[bool, bool]:
    """Whether ``text`` has Chinese characters, and whether it has Latin letters."""
    return HAN.search(text) is not None, LATIN.search(text) is not None


@dataclass(frozen=True)
class SampleRules:
    by_kind: dict[str, tuple[Compiled, ...]] = field(default_factory=dict)
    # (kind, has Han, has Latin) -> the rules of ``kind`` a text of that script can
    # match: a rule marked `lang: zh` needs Chinese, `lang: en` needs Latin letters
    by_script: dict[tuple[str, bool, bool], tuple[Compiled, ...]] = field(default_factory=dict)

    def get(self, kind: str, script: tuple[bool, bool] | None = None
            ) -> tuple[Compiled, ...]:
        """The rules of ``kind``; with the ``script`` of a text (:func:`script`),
        only those that can match it."""
        if script is None:
            return self.by_kind.get(kind, ())
        return self.by_script.get((kind, *script), ())

    def match_end(self, kind: str, text: str) -> Compiled | None:
        """The first rule of ``kind`` whose pattern matches somewhere in ``text``."""
        return next((r for r in self.get(kind) if r.pattern.search(text)), None)


# (rules, sentence, candidates) of the last sentence read: see candidates()
_LAST: list = [None, None, []]


@dataclass(frozen=True)
class Candidate:
    """A count in a sentence: offsets into ``Sentence.norm``."""

    start: int
    end: int
    num_start: int
    num_end: int
    value: int
    role: Role
    rule: str
    why: str
    scope: str = "total"


# ---------------------------------------------------------------- helpers
def clause_end(text: str, pos: int) -> int:
    """End of the clause containing ``pos``: the next clause punctuation
    outside brackets opened after ``pos``."""
    return context.clause_end(text, pos, CLAUSE_BOUNDARY, brackets=(OPEN, CLOSE))


def clause_start(text: str, pos: int) -> int:
    """Start of the clause containing ``pos`` (after the previous clause punctuation
    outside brackets closed before ``pos``)."""
    return context.clause_start(text, pos, CLAUSE_PUNCT_ONLY, brackets=(OPEN, CLOSE))


@functools.lru_cache(maxsize=4)  # one set per rules folder: sample_size and response_rate share it
def load_rules(directory: Path) -> SampleRules:
    path = directory / RULE_FILE
    entries = load_models(path, SampleRule)
    check_unique(path, [(line, r.id, r.id) for line, r in entries], "rule id")
    by_kind: dict[str, list[Compiled]] = {}
    for line, rule in entries:
        try:
            source = expand(rule.pattern)
        except KeyError as exc:
            raise fail(path, line, f"unknown placeholder {{{exc.args[0]}}}", rule.id) from None
        pattern = compile_pattern(path, line, rule.id, source)
        if rule.kind in ("count", "n_equals") and "num" not in pattern.groupindex:
            raise fail(path, line, "a count pattern needs a (?P<num>...) group", rule.id)
        if rule.kind == "scope" and rule.scope is None:
            raise fail(path, line, "a scope rule needs `scope: subgroup|evaluable`", rule.id)
        by_kind.setdefault(rule.kind, []).append(Compiled(rule.id, pattern, rule.scope, rule.lang))
    by_script = {(kind, han, latin): tuple(r for r in rules if (han or r.lang != "zh")
                                           and (latin or r.lang != "en"))
                 for kind, rules in by_kind.items() for han in (True, False)
                 for latin in (True, False)}
    return SampleRules({k: tuple(v) for k, v in by_kind.items()}, by_script)


class SampleSizeExtractor:
    def __init__(self, rules: SampleRules) -> None:
        self.rules = rules
        self.case_ids = frozenset(r.id for r in rules.get("case"))
        self.start_document()

    def start_document(self) -> None:
        """Forget what the previous document said about its patients."""
        self.series = False  # a case series signalled (`Case 2`, `We describe three patients`)
        self.cohort = False  # a count of more than one participant seen

    # ---------------------------------------------------------- public
    def __call__(self, sent: Sentence) -> list[Mention]:
        text = sent.norm
        if not sent.cells and self.rules.match_end("series_marker", text):
            self.series = True
        if self.rules.match_end("no_study", text):
            return []  # pharmacovigilance reports, a label heading, an erratum's old sentence
        kept = [c for c in self.candidates(sent)
                if c.role == "participant" and not self._series_case(text, c)]
        self.cohort = self.cohort or any(c.value > 1 for c in kept)
        return [Mention("sample_size", str(c.value), c.start, c.end, f"sample_size.{c.rule}",
                        {"scope": c.scope, "why": c.why}) for c in kept]

    def _series_case(self, text: str, cand: Candidate) -> bool:
        """A patient introduced inside a larger group (annotation notes 27): after
        a case-series heading (`病例 2` / `Case 2`), or, once the document has
        counted more than one participant, a patient introduced with an event
        (`1 例 72 岁患者回输后第 90 天出现…`) and no report verb before
        (`We describe …`): no sample size of 1."""
        if cand.rule not in self.case_ids:
            return False
        if self.series:
            return True
        return (self.cohort
                and not self.rules.match_end("case_intro_before", text[:cand.start])
                and self.rules.match_end(
                    "case_event_after", text[cand.end:clause_end(text, cand.end)]) is not None)

    def is_preclinical(self, text: str) -> bool:
        return self.rules.match_end("preclinical", text) is not None

    def candidates(self, sent: Sentence) -> list[Candidate]:
        """Every count of the sentence with its role, sorted, overlaps removed.
        The response-rate stage asks again for the sentence this stage just read
        (with the same rules): the last answer is kept for it."""
        if _LAST[0] is self.rules and _LAST[1] is sent:
            return _LAST[2]
        found = self._candidates(sent)
        _LAST[:] = [self.rules, sent, found]
        return found

    def _candidates(self, sent: Sentence) -> list[Candidate]:
        text = sent.norm
        if self.is_preclinical(text):
            return []
        found: list[Candidate] = []
        if sent.cells:
            first = sent.cells[0]
            # in a pooled table the row's outcome does not make its count a numerator
            pooled = any(self.rules.match_end("pooled_header", c.header) for c in sent.cells)
            for cell in sent.cells:
                label = (text[first.start:first.end].strip()
                         if cell is not first and not pooled else "")
                found.extend(self._cell(text, cell.start, cell.end, cell.header, label))
        else:
            found.extend(self._span(text, 0, len(text), ("case", "case_title")))
        found.sort(key=lambda c: (c.start, -(c.end - c.start)))
        kept: list[Candidate] = []
        for cand in found:
            if kept and cand.start < kept[-1].end:
                continue
            kept.append(cand)
        return self._in_context(text, kept)

    def _in_context(self, text: str, cands: list[Candidate]) -> list[Candidate]:
        """Roles read against the sentence's other counts: the part of a
        numerator is a numerator (`死亡 12 例，其中感染相关 7 例`) unless it is the
        group of a later part (`其中包括 8 例耐药患者中的 4 例`); a bare `all
        eight` restating a group counted earlier in the sentence (a cohort or a
        numerator: `Three of the four … all three proceeded`) is dropped."""
        out: list[Candidate] = []
        anchor: Candidate | None = None  # the last count found a numerator on its own
        for cand in cands:
            if (self.rules.match_end("restates", text[cand.start:cand.end])
                    and self._counted_before(text, cand)):
                continue
            if cand.role == "numerator":
                anchor = cand
            elif (anchor is not None and cand.why not in STEP_WHYS
                  and (hit := self.rules.match_end(
                    "sub_numerator_between", text[anchor.end:cand.start])) is not None
                  and not self.rules.match_end("denominator_after", text[cand.end:])):
                cand = replace(cand, role="numerator", why=hit.id)
            elif cand.role == "participant":
                anchor = None
            out.append(cand)
        return out

    @staticmethod
    def _counted_before(text: str, cand: Candidate) -> bool:
        """The value of ``cand`` was counted earlier in the sentence."""
        return any(parse_count(m.group()) == cand.value
                   for m in ANY_COUNT.finditer(text, 0, cand.start))

    # --------------------------------------------------------- internals
    def _cell(self, text: str, start: int, end: int, header: str,
              label: str = "") -> list[Candidate]:
        """A cell; ``label`` is the row's first cell: an event or response
        there (`肺炎 | 4`, `Rash | 12`, `CR | 6`, `CRS ≥3 级 | 10`) makes a
        count column's integer a numerator."""
        header = header.strip(" \t|")
        if header and self.rules.match_end("id_header", header):
            return []
        cell = text[start:end]
        numerator = self.rules.match_end("numerator_header", header) if header else None
        if header and numerator is None and self.rules.match_end("table_header", header):
            lead = start + len(cell) - len(cell.lstrip())
            tail = start + len(cell.rstrip())
            parts = self._arms(cell, bool(self.rules.match_end("arms_header", header)))
            if parts:
                event = label and (self.rules.match_end("event_before", label)
                                   or self.rules.match_end("numerator_before", label)
                                   or self.rules.match_end("graded_before", label))
                role, why = ("numerator", event.id) if event else ("participant", "header")
                if len(parts) == 1:
                    return [Candidate(lead, tail, start + parts[0][0], start + parts[0][1],
                                      parts[0][2], role, "table-header", why)]
                return [Candidate(start + a, start + b, start + a, start + b, value, role,
                                  "table-header-arms", why) for a, b, value in parts]
            if (hit := self.rules.match_end("case_cell", cell)) is not None:
                return [Candidate(lead, tail, lead, tail, 1, "participant", hit.id, "header")]
        elif numerator is not None and self._arms(cell):
            # a bare count under an event or outcome column (`≥3级ICANS | 1例`)
            # counts the patients with it: a numerator
            return [replace(c, role="numerator", why=numerator.id)
                    for c in self._span(text, start, end)]
        return self._span(text, start, end)

    @staticmethod
    def _arms(cell: str, slash: bool = False) -> list[tuple[int, int, int]]:
        """The counts of a count cell (`12`, `n=12`, `254 vs 127`, and `180/179`
        when ``slash``: the header names its arms so) as (start, end, value) of
        each number in ``cell``; empty if it is no count cell."""
        out: list[tuple[int, int, int]] = []
        pos = 0
        seps = [*(ARM_SLASH if slash else ARM_SEP).finditer(cell)]
        for sep in [*seps, None]:
            end = sep.start() if sep else len(cell)
            m = CELL_COUNT.fullmatch(cell, pos, end)
            if not m:
                return []
            out.append((m.start(1), m.end(1), int(m.group(1).replace(",", ""))))
            pos = sep.end() if sep else end
        return out

    def _span(self, text: str, lo: int, hi: int,
              cases: tuple[str, ...] = ("case",)) -> list[Candidate]:
        out: list[Candidate] = []
        sub = text[:hi]
        if self.rules.match_end("no_case", text):
            cases = ()
        letters = script(sub)
        for rule in (r for kind in cases for r in self.rules.get(kind, letters)):
            for m in rule.pattern.finditer(sub, lo):
                out.append(Candidate(m.start(), m.end(), m.start(), m.end(), 1, "participant",
                                     rule.id, "case", "total"))
        if not NUMBER_HINT.search(sub, lo):
            return out  # no number to count
        matches = [(m, rule, kind) for kind in ("n_equals", "count")
                   for rule in self.rules.get(kind, letters)
                   for m in rule.pattern.finditer(sub, lo)]
        starts = sorted(m.start() for m, _, _ in matches)
        for m, rule, kind in matches:
            following = next((s for s in starts if s >= m.end()), hi)
            cand = self._classify(text, m, rule, kind, lo, following)
            if cand is not None:
                out.append(cand)
        return out

    def _classify(self, text: str, m: regex.Match, rule: Compiled, kind: str,
                  lo: int, following: int) -> Candidate | None:
        ns, ne = m.span("num")
        value = parse_count(m.group("num"))
        if value is None or value <= 0 or in_range(text, ns, ne) or in_ratio(text, ns, ne):
            return None
        before = text[max(lo, ns - BEFORE_WINDOW):ns]
        if kind == "count" and self.rules.match_end("skip_before", before):
            return None
        if self._summarises_studies(text, lo, ns):
            return None
        start, end = m.start(), m.end()
        cend = clause_end(text, end)
        after = text[end:cend]
        if ((self.rules.match_end("planned_before", before)
                or self.rules.match_end("planned_after", after))
                and self.rules.match_end("future_study", text)):
            return None  # the enrolment of a study yet to start (annotation notes 25)
        if self.rules.match_end("screened_after", after):
            return None  # a screened population: `1934 patients screened for PD-L1`
        if self.rules.match_end("frequency_after", after):
            return None  # one side of a frequency: `one patient in ten`
        if (self.rules.match_end("sex_split_after", after)
                or self.rules.match_end("sex_count", text[start:cend + 1])):
            return None  # a sex split: `12 men and 8 women`, `(…; 19 women)` (note 34)
        if (self.rules.match_end("pooled_after", after)
                or self.rules.match_end("pooled_before", before)):
            return None  # a total across reports or outside any study (notes 27, 28)
        raw_before = before
        # coordinated items may reach past the window: drop them on a wider one
        before = self._drop_coordinated(
            text[max(lo, ns - 3 * BEFORE_WINDOW):ns])[-BEFORE_WINDOW:]
        groups = m.groupdict()
        if (groups.get("unit") in ("名", "位") and not groups.get("noun")
                and not self.rules.match_end("person_noun", after)
                and not self.rules.match_end("person_before", raw_before)
                and not self.rules.match_end("participant_before", before)):
            return None
        window = ASIDE_END.split(text[end:min(cend, following)].split(LIST_SEP, 1)[0], 1)[0]
        lead = self._drop_coordinated(text[max(lo, clause_start(text, ns)):ns])
        trait = None
        if (kind == "n_equals"
                and (hit := self.rules.match_end("caption_before", text[lo:ns])) is not None):
            role, why = "participant", hit.id  # `Table 3. Adverse events (n = 23)`
        elif (hit := self.rules.match_end("participant_clause_before", lead)) is not None:
            role, why = "participant", hit.id
        elif ((hit := self.rules.match_end("part_before", raw_before)) is not None
              and self.rules.match_end("bare_after", after)):
            role, why = "numerator", hit.id  # `9 例中 8 例`
        elif (hit := self.rules.match_end("list_before", text[lo:ns])) is not None:
            role, why = "numerator", hit.id  # `causes were infection (n = 4), HLH (n = 2)`
        elif (groups.get("what")
              and (trait := self.rules.match_end("trait_after", groups["what"])) is not None):
            role, why = "participant", trait.id  # `14 with refractory disease` (note 36)
        else:
            role, why = self._role(before, after, window, kind, groups.get("noun") or "")
        if (role == "participant" and value == 1
                and (hit := self.rules.match_end("one_before", raw_before)) is not None):
            role, why = "numerator", hit.id  # `the one patient with a prior transplant`
        what = groups.get("what")
        if (role == "participant" and what and not trait
                and (hit := self.rules.match_end("outcome_after", what))):
            role, why = "numerator", hit.id  # `eight with CR`
        return Candidate(start, end, ns, ne, value, role, rule.id, why,
                         self._scope(text, start, end, cend))

    def _drop_coordinated(self, before: str) -> str:
        """The text before a count without the earlier counts coordinated with
        it (`in 3 and 5 patients`, `20、25 和 30 例`): every item of the list is
        read with the cue before its first item."""
        hit = self._first("coordinated_before", before)
        return before[:hit[0]] if hit else before

    def _summarises_studies(self, text: str, lo: int, ns: int) -> bool:
        """An end of a range (`range from n = 4 to n = 27`) or a bound in a
        sentence about several studies (`none enrolled more than 30 patients`)."""
        head = text[lo:ns]
        if self.rules.match_end("range_before", head):
            return True
        return (self.rules.match_end("bound_before", head) is not None
                and self.rules.match_end("several_studies", text) is not None)

    def _first(self, kind: str, text: str) -> tuple[int, str] | None:
        hits = [(m.start(), r.id) for r in self.rules.get(kind) if (m := r.pattern.search(text))]
        return min(hits) if hits else None

    def _role(self, before: str, after: str, window: str, kind: str,
              noun: str = "") -> tuple[Role, str]:
        """participant or numerator, and the id of the rule that decided."""
        r = self.rules
        if ((hit := r.match_end("responder_after", noun + after)) is not None
                and r.match_end("whole_before", before) is None):
            return "numerator", hit.id  # `在 39 例缓解者中`: responders, not participants
        if (hit := r.match_end("trait_after", after) or r.match_end("cohort_after", after)):
            # `37 patients (71%) had TP53 disruption` (note 36), `2 例…患者…的护理`
            return "participant", hit.id
        if (hit := r.match_end("died_after", after)) is not None:
            return "numerator", hit.id  # `共有 9 例患者死亡`, `a total of 9 patients died`
        if ((hit := r.match_end("share_event_after", after)) is not None
                and r.match_end("part_of_before", before) is None
                and (hit.id != "zh-total-event-after"
                     or r.match_end("whole_before", before) is None)):
            return "numerator", hit.id  # `共 61 例（47.7%）发生 irAE`
        if (hit := r.match_end("participant_before", before)) is not None:
            return "participant", hit.id
        if (hit := r.match_end("numerator_after", after)) is not None:
            return "numerator", hit.id
        if noun and (hit := r.match_end("event_noun", noun)) is not None:
            return "numerator", hit.id  # `30 例 CRS 患者均…`, `7 例 ICANS 患者中`: with the event
        if (hit := r.match_end("holder_before", before)) is not None:
            return "numerator", hit.id  # `CRS 18 例中，1 级 12 例`: the patients with the event
        if (hit := r.match_end("denominator_after", after)) is not None:
            return "participant", hit.id
        numerator_cue = r.match_end("numerator_before", before)
        if (hit := r.match_end("whole_before", before)) is not None and numerator_cue is None:
            # `3/4 级淋巴细胞减少见于全部 16 例患者`, `grade 3 neutropenia occurred in
            # all 22 patients`: the whole group, whatever grade the event has (notes 20, 37)
            return "participant", hit.id
        if (hit := r.match_end("graded_before", before)) is not None:
            return "numerator", hit.id
        whole = r.match_end("whole_after", window)
        if whole is not None and numerator_cue is None:
            return "participant", whole.id
        if (hit := r.match_end("event_before", before)) is not None:
            return "numerator", hit.id
        joined = self._first("participant_after", window)
        outcome = self._first("outcome_after", window) if kind == "count" else None
        if joined and (outcome is None or joined[0] <= outcome[0]):
            return "participant", joined[1]
        if outcome:
            return "numerator", outcome[1]
        if (hit := r.match_end("composition_before", before)
                or r.match_end("reported_before", before)) is not None:
            return "participant", hit.id
        if (hit := r.match_end("numerator_before", before)) is not None:
            return "numerator", hit.id
        return "participant", "default"

    def _scope(self, text: str, start: int, end: int, cend: int) -> str:
        """subgroup/evaluable from the words just before the count, the count
        phrase and the rest of its clause up to an opening bracket."""
        after = regex.split(r"[(（]", text[end:min(cend, end + SCOPE_WINDOW)], maxsplit=1)[0]
        lead = text[max(clause_start(text, start), start - SCOPE_BEFORE):start]
        window = lead + text[start:end] + after
        for rule in self.rules.get("scope"):
            if rule.pattern.search(window):
                return rule.scope or "total"
        return "total"


def build(directory: Path) -> SampleSizeExtractor:
    return SampleSizeExtractor(load_rules(directory))
