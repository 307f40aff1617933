"""adverse_event sentence-level linking: event names -> units (an event with
its bracketed abbreviations) -> coordinated groups, then the grades, counts of
patients, causes of death and manifestation scopes that attach to each group."""

from __future__ import annotations

from dataclasses import dataclass

import regex

from extract import grades, numbers
from extract.context import (
    OPEN,
    PART_BOUNDARY,
    Trigger,
    clause_end,
    clause_start,
    scopes,
)
from extract.fields.adverse_event_lexicon import (
    LOOKBACK,
    MAX_PAREN,
    RELATIVE,
    SEPARATOR,
    GradeRule,
    Lexicon,
)
from extract.tokens import HanTokenizer


# ------------------------------------------------------------------ pure helpers
@dataclass(slots=True)
class Name:
    """One event name as written: ``[start, end)`` in the sentence's norm."""

    rule_id: str
    start: int
    end: int
    text: str


@dataclass(slots=True)
class Unit:
    """An event name with the bracketed names of the same event after it."""

    head: Name
    names: list[Name]
    end: int  # end of the unit (after the closing bracket, if any)


@dataclass(slots=True)
class Group:
    units: list[Unit]
    grade: str | None = None  # RELATIVE until resolve_relative
    grade_span: tuple[int, int] | None = None
    patients: int | None = None
    percent: float | None = None
    more_grades: list[str] | None = None  # the other grades of a per-grade count

    @property
    def start(self) -> int:
        return self.units[0].head.start

    @property
    def end(self) -> int:
        return self.units[-1].end

    @property
    def names(self) -> list[Name]:
        return [n for u in self.units for n in u.names]


@dataclass(frozen=True, slots=True)
class GradeHit:
    start: int
    end: int
    value: str
    rule: GradeRule


def find_names(text: str, lex: Lexicon) -> list[Name]:
    """Event names, leftmost-longest, with their rule id."""
    hits: list[Name] = []
    for m in lex.names.finditer(text, overlapped=True):
        for name, value in m.groupdict().items():
            if value is not None:
                hits.append(Name(name, m.start(), m.end(), value))
                break
    for h in hits:
        h.rule_id = lex.group_ids[h.rule_id]
    hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
    kept: list[Name] = []
    for h in hits:
        if kept and h.start < kept[-1].end:
            continue
        kept.append(h)
    return kept


def drop_not_events(text: str, names: list[Name], lex: Lexicon,
                    tokenizer: HanTokenizer | None) -> list[Name]:
    """Names inside a not-event word, cut out of a jieba word, followed by
    a modifier use (``GVHD 相关基因``, ``CRS scales``; unless the rule's
    ``unless_before`` cue stands right before the name: ``未达到噬血细胞综合征诊断
    标准`` is an explicit absence) or preceded by a ``not_before`` cue (the
    statistic of an endpoint: ``hazard ratio for death``) are not events."""
    blocked = ([m.span() for m in lex.not_events.finditer(text, overlapped=True)]
               if lex.not_events else [])
    spans: list[tuple[int, int]] | None = None  # jieba runs only when a Chinese alias is found
    out = []
    for n in names:
        if any(s <= n.start and n.end <= e for s, e in blocked):
            continue
        if n.text in lex.zh_aliases and tokenizer is not None:
            if spans is None:
                spans = tokenizer.tokens(text)
            if any(s < n.start < e or s < n.end < e for s, e in spans):
                continue
        if any(after.match(text, n.end)
               and not (unless and unless.search(text, max(0, n.start - 80), n.start))
               for after, unless in lex.not_after):
            continue
        if any(before.search(text, max(0, n.start - LOOKBACK), n.start)
               for before in lex.not_before):
            continue
        out.append(n)
    return out


def make_units(text: str, names: list[Name], lex: Lexicon) -> list[Unit]:
    """Join a name with the names of the same event inside the brackets right
    after it: ``2 级移植物抗宿主病 (graft-versus-host disease, GVHD)``."""
    units: list[Unit] = []
    i = 0
    while i < len(names):
        head = names[i]
        unit = Unit(head, [head], head.end)
        m = regex.match(r"\s*[(\[]", text[head.end:head.end + 4])
        if m:
            open_at = head.end + m.end()
            close = text.find(")", open_at) if text[open_at - 1] == "(" else text.find("]", open_at)
            if 0 <= close - open_at <= MAX_PAREN:
                inner = [n for n in names[i + 1:] if n.end <= close]
                if inner and all(n.rule_id == head.rule_id for n in inner):
                    unit.names += inner
                    unit.end = close + 1
                    i += len(inner)
        units.append(unit)
        i += 1
    return units


def make_groups(text: str, units: list[Unit], lang: str) -> list[Group]:
    """Coordinated lists: units separated only by conjunctions and list commas
    (two names that touch, ``感染死亡``, are not a list)."""
    sep = SEPARATOR["en" if lang == "en" else "zh"]
    groups: list[Group] = []
    for unit in units:
        if (groups and unit.head.start > groups[-1].end
                and sep.fullmatch(text, groups[-1].end, unit.head.start)
                and not (RATE_BRACKET.search(text, groups[-1].end, unit.head.start)
                         and RATE_BRACKET.match(text, unit.end))):
            # (items that each carry their own rate, ``重度中性粒细胞减少（89.1%）、
            # 血小板减少（63.0%）``, are listed apart: the first one's grade is its own)
            groups[-1].units.append(unit)
        else:
            groups.append(Group([unit]))
    return groups


RATE_BRACKET = regex.compile(r"\s*[(]\s*\d+(?:\.\d+)?\s*%\s*[)]")
# a premodifier of the next item after a conjunction (``and transient thrombocytopenia``)
OWN_MODIFIER = regex.compile(r"(?i:\b(?:and|or)\s+(?:prolonged|persistent|recurrent|delayed|"
                             r"late-onset|transient|profound)\s*\Z)")


def split_own_modifiers(text: str, groups: list[Group], lang: str) -> list[Group]:
    """A graded list whose later item has its own modifier after the conjunction
    (``grade 2 cytokine release syndrome and transient thrombocytopenia``): the
    grade before the list stays with the items before that one (note 41), which
    starts a group of its own."""
    if lang != "en":
        return groups
    out: list[Group] = []
    for g in groups:
        graded_before = g.grade is not None and g.grade_span is not None and (
            g.grade_span[1] <= g.start)
        cut = next((k for k in range(1, len(g.units)) if OWN_MODIFIER.search(
            text, g.units[k - 1].end, g.units[k].head.start)), None) if graded_before else None
        if cut is None:
            out.append(g)
            continue
        out.append(Group(g.units[:cut], g.grade, g.grade_span, g.patients, g.percent,
                         g.more_grades))
        out.append(Group(g.units[cut:]))
    return out


def share_rate_list_grade(text: str, groups: list[Group], hits: list[GradeHit],
                          lang: str) -> None:
    """A numbered grade before a list whose items each carry their own rate
    grades every item (``≥3级中性粒细胞减少（98.0%）、血小板减少（61.8%）及贫血
    （68.6%）``, ``Grade 3/4 neutropenia (95%), anaemia (68%) and thrombocytopenia
    (60%)``): one grade for the list (the guide). A severity word stays with its
    item (``重度贫血（52.0%）、血小板减少（31.0%）``): make_groups lists them apart."""
    sep = SEPARATOR["en" if lang == "en" else "zh"]
    for i, g in enumerate(groups):
        hit = next((h for h in hits if g.grade_span == (h.start, h.end)), None)
        if (hit is None or hit.end > g.start or hit.rule.value is not None
                or hit.rule.relative or not RATE_BRACKET.match(text, g.end)):
            continue
        prev = g
        for o in groups[i + 1:]:
            if (o.grade is not None or not sep.fullmatch(text, prev.end, o.start)
                    or not RATE_BRACKET.match(text, o.end)):
                break
            o.grade, o.grade_span = g.grade, g.grade_span
            prev = o


def find_grades(text: str, lex: Lexicon, lang: str) -> list[GradeHit]:
    """Grade expressions, leftmost-longest."""
    hits: list[GradeHit] = []
    for rule, pattern in lex.grades.get(lang, ()):
        for m in pattern.finditer(text, overlapped=True):
            value = (RELATIVE if rule.relative else rule.value or grades.canonical(
                {k: v for k, v in m.groupdict().items()}))
            if value and m.end() > m.start():
                hits.append(GradeHit(m.start(), m.end(), value, rule))
    # of two alike, a relative grade wins (更为严重 after 1 级 CRS is >=2)
    hits.sort(key=lambda h: (h.start, -(h.end - h.start), not h.rule.relative))
    kept: list[GradeHit] = []
    for h in hits:
        if kept and h.start < kept[-1].end:
            continue
        kept.append(h)
    return merge_bracketed(text, kept)


# between two coordinated causes of a death: a separator and up to two
# modifiers of the next cause (``infections and prolonged cytopenia``)
COCAUSE = {
    "zh": regex.compile(r"\s*(?:[、,/]|和|及|与|或|以及)\s*"),
    "en": regex.compile(r"(?i:\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)"
                        r"(?:(?!and\b|or\b)[a-z][a-z-]*\s+){0,2})"),
}


def death_causes(text: str, groups: list[Group], lex: Lexicon, lang: str
                 ) -> list[tuple[Group, Group]]:
    """(cause, death) pairs: an event stated as the cause of a death
    (``CRS 相关死亡``, ``deaths were mostly due to infection``, ``infections
    drove most deaths``). An affirmed pair reports both; in a negated one
    the cause only qualifies the death (``无 CRS 相关死亡``: no death)."""
    def is_death(g: Group) -> bool:
        return any(lex.events[n.rule_id].event == "death" for n in g.names)

    pairs = []
    for i, g in enumerate(groups):
        if is_death(g):
            continue
        after = next((o for o in groups[i + 1:]), None)
        if after is not None and is_death(after) and any(
                p.fullmatch(text, g.end, after.start)
                for p in lex.death_causes.get((lang, "after"), ())):
            pairs.append((g, after))
            j = i  # with the causes coordinated before it
            while j > 0 and COCAUSE[lang].fullmatch(text, groups[j - 1].end, groups[j].start):
                j -= 1
                pairs.append((groups[j], after))
            continue
        before = groups[i - 1] if i else None
        if before is not None and is_death(before) and any(
                p.fullmatch(text, before.end, g.start)
                for p in lex.death_causes.get((lang, "before"), ())):
            pairs.append((g, before))
    return pairs


# what may stand between an event and its distribution after it
DISTRIBUTION_BRIDGE = regex.compile(r"(?i:\s*(?:(?:events?|cases?|episodes?)\s+)?"
                                    r"(?:(?:was|were|is|are|being)\s+)?)")


GRADE_TO_EVENT = regex.compile(r"\s*的?\s*")
GRADE_NUMBER = {"zh": regex.compile(r"[1-5IVⅠ-Ⅻ]\s*(?:级|度)"),
                # (a copula before the grade: not the grade of `grade 1-2 CRS predominated`)
                "en": regex.compile(r"(?i:\b(?:were|was)\s+(?:CTCAE\s+)?grades?\s*[1-5IV])")}


def distributions(text: str, lex: Lexicon, lang: str, groups: list[Group]
                  ) -> list[tuple[int, int]]:
    """Spans of a severity distribution (``CRS 多为轻度``, ``不良反应以轻度为主``,
    ``mostly mild toxicity``): a summary of how the cases spread over grades.
    Its grade grades no event; the event right next to it was seen (a class
    word still needs a count). A Chinese span ending in a numbered grade right
    before an event grades that event (``主要为Ⅲ～Ⅳ度中性粒细胞减少``): no
    distribution (a severity word there, ``多为轻度发热``, still is one); so does
    an English one (``The most frequent events were grade 4 neutropenia``)."""
    spans = [m.span() for p in lex.distributions.get(lang, ()) for m in p.finditer(text)]
    return [(s, e) for s, e in spans
            if not (GRADE_NUMBER[lang].search(text, s, e) and any(
                g.start >= e and GRADE_TO_EVENT.fullmatch(text, e, g.start) for g in groups))]


def undistributed(hits: list[GradeHit], spans: list[tuple[int, int]]) -> list[GradeHit]:
    return [h for h in hits if not any(s <= h.start and h.end <= e for s, e in spans)]


def distributed(text: str, group: Group, spans: list[tuple[int, int]]) -> bool:
    return any((s >= group.end and DISTRIBUTION_BRIDGE.fullmatch(text, group.end, s))
               or (e <= group.start and not text[e:group.start].strip()) for s, e in spans)


BRACKET_OPEN = regex.compile(r"\s*[(\[]\s*")
BRACKET_CLOSE = regex.compile(r"\s*[)\]]")
LONE_OPEN = regex.compile(r"[(\[]\s*\Z")  # searched with endpos at a grade's start


def merge_bracketed(text: str, hits: list[GradeHit]) -> list[GradeHit]:
    """A grade followed by another grade alone in brackets is one grade
    expression: ``mild (grade 1)``, ``1~2 级（轻度）``. A numbered grade wins
    over a severity word; of two alike, the first (outside the brackets). A
    grade alone in brackets spans its brackets: ``high-grade (grade >=3) CRS``."""
    out: list[GradeHit] = []
    i = 0
    while i < len(hits):
        a = hits[i]
        b = hits[i + 1] if i + 1 < len(hits) else None
        close = (BRACKET_CLOSE.match(text, b.end)
                 if b and BRACKET_OPEN.fullmatch(text, a.end, b.start) else None)
        if b and close:
            chosen = (b if (a.rule.value is not None or a.rule.relative)
                      and b.rule.value is None and not b.rule.relative else a)
            out.append(GradeHit(a.start, close.end(), chosen.value, chosen.rule))
            i += 2
            continue
        opened = LONE_OPEN.search(text, max(0, a.start - 4), a.start)
        close = BRACKET_CLOSE.match(text, a.end) if opened else None
        if opened and close:  # a grade alone in brackets: (grade 3) CRS
            a = GradeHit(opened.start(), close.end(), a.value, a.rule)
        out.append(a)
        i += 1
    return out


def attach_grades(text: str, groups: list[Group], hits: list[GradeHit], lex: Lexicon,
                  lang: str) -> None:
    """A grade just before a group (only linking words and short modifiers
    between, no other event) is its grade; otherwise one just after it, unless
    that grade stands before another group."""
    before = lex.links[(lang, "before")]
    after = lex.links[(lang, "after")]
    claimed: set[int] = set()
    for g in groups:
        for i in range(len(hits) - 1, -1, -1):
            h = hits[i]
            if h.end > g.start or h.rule.position == "after":
                continue
            between = any(h.end <= o.start and o.end <= g.start for o in groups if o is not g)
            if not between and before.fullmatch(text, h.end, g.start):
                g.grade, g.grade_span = h.value, (h.start, h.end)
                claimed.add(i)
                if more := counted_grades_after(text, g, hits, i + 1, lang):
                    # `3 级中性粒细胞减少 12 例、4 级 25 例`: the event's cases per grade
                    g.more_grades = [hits[k].value for k in more]
                    claimed.update(more)
                elif (lang == "en" and i + 1 < len(hits)
                      and COUNT_HAD.fullmatch(text, g.end, hits[i + 1].start)
                      and ELLIPTIC_END.match(text, hits[i + 1].end)):
                    # `17 patients had grade 1 CRS and 3 had grade 2`: more cases of the
                    # event at the elliptic grade (decision 29)
                    g.more_grades = [hits[i + 1].value]
                    claimed.add(i + 1)
            break
    for g in groups:
        if g.grade is not None:
            continue
        for i, h in enumerate(hits):
            if h.start < g.end or i in claimed or h.rule.position == "before":
                continue
            linked = after.fullmatch(text, g.end, h.start)
            split_only = not linked and any(p.fullmatch(text, g.end, h.start)
                                            for p in lex.split_links.get(lang, ()))
            if linked or split_only:
                split = split_over_grades(text, h, hits[i + 1:])
                if split and not split_only and BRACKET_IN.search(text, g.end, h.start):
                    split = []  # a breakdown in brackets (`CRS（1 级 6 例、2 级 4 例）`)
                if split_only and not split:
                    break  # a coordinated predicate links only a per-grade count (decision 32)
                if split is None:
                    g.grade, g.grade_span = h.value, (h.start, h.end)
                elif split:
                    # per-grade counts in the event's own clause (decision 29)
                    g.grade, g.grade_span = h.value, (h.start, h.end)
                    g.more_grades = [o.value for o in split]
                    claimed.update(hits.index(o) for o in split)
                claimed.add(i)
                break


def counted_grades_after(text: str, g: Group, hits: list[GradeHit], first: int,
                         lang: str = "zh") -> list[int]:
    """Indexes of the grades that continue a graded event's count, each with its own
    count (``3 级中性粒细胞减少 12 例、4 级 25 例``, ``grade 1 CRS occurred in 6
    patients and grade 2 in 2``): more cases of the same event, one grade each
    (decision 29)."""
    subset = ZH_SUBSET_COUNT if lang == "zh" else SUBSET_COUNT
    count = (ZH_SUBSET_COUNT if lang == "zh" else EN_EVENT_COUNT).match(text, g.end)
    # (in English only `and`: a breakdown after a comma is a following phrase, note 32)
    chain = GRADE_CHAIN if lang == "zh" else EN_GRADE_AND
    out: list[int] = []
    while count is not None and first < len(hits):
        h = hits[first]
        if not chain.fullmatch(text, count.end(), h.start):
            break
        count = subset.match(text, h.end)
        if count is None:
            break
        out.append(first)
        first += 1
    return out


def split_over_grades(text: str, hit: GradeHit, later: list[GradeHit]
                      ) -> list[GradeHit] | None:
    """A grade of some of the cases followed, in the same sentence part, by
    another grade of others (``CRS was grade 1-2 in nine patients and grade 3
    in one``, ``mild (grade 1) in 8 patients and grade 2 in 1``): a breakdown
    of the cases over grades. None when ``hit`` is no such breakdown; else the
    later grades of it when each grade is counted with a number and they
    follow one another (``and``, commas), each then a grade of the event
    (decision 29); an empty list for a vaguer breakdown (``grade 1 in most
    and grade 2 in a few``), which grades the event with none (decision 18)."""
    def counted(at: int) -> regex.Match | None:
        return (SUBSET_COUNT.match(text, at) or ZH_SUBSET_COUNT.match(text, at)
                or SUBSET_PERCENT.match(text, at))

    if not (SUBSET_AFTER.match(text, hit.end) or ZH_SUBSET_COUNT.match(text, hit.end)):
        return None
    end = clause_end(text, hit.end, PART_BOUNDARY)
    rest = [h for h in later if h.end <= end
            and (SUBSET_AFTER.match(text, h.end) or ZH_SUBSET_COUNT.match(text, h.end))]
    if not rest:
        # a grade of most or some of the cases (``grade 1 or 2 in most patients``): a
        # distribution, no grade of the event (decision 18)
        return [] if VAGUE_SUBSET.match(text, hit.end) else None
    count = counted(hit.end)
    chain: list[GradeHit] = []
    for h in rest:
        if count is None or not GRADE_CHAIN.fullmatch(text, count.end(), h.start):
            return []
        chain.append(h)
        count = counted(h.end)
    return chain if count is not None else []
def category_grades(text: str, groups: list[Group], lex: Lexicon, lang: str) -> None:
    """An ungraded event named as the category member of a graded class word
    (``血细胞减少是本组最主要的 3 级及以上不良事件``, ``Neutropenia was the most common
    grade >=3 adverse event``) takes the class's grade: the gap from the event to
    the grade is a ``class_use`` category bridge (``from_event``)."""
    for prior, g in zip(groups, groups[1:], strict=False):
        if (g.grade is None or g.grade_span is None or prior.grade is not None
                or not all(lex.events[n.rule_id].class_only for n in g.names)):
            continue
        start, end = g.grade_span
        if start < prior.end or not GRADE_TO_EVENT.fullmatch(text, end, g.start):
            continue
        if any(rule.from_event and before is not None and before.fullmatch(text, prior.end, start)
               for rule, before, _ in lex.class_uses.get(lang, ())):
            prior.grade, prior.grade_span = g.grade, g.grade_span


def list_end(text: str, start: int, end: int, lex: Lexicon, lang: str) -> int:
    """Where a list running from ``start`` to at most ``end`` stops: at the
    first clause boundary followed by a clause with its own subject (a
    ``new_clause`` cue: ``, and two patients died``, ``，2 例患者死亡``,
    ``, no grade 3 CRS occurred``)."""
    pos = start
    while pos < end:
        boundary = clause_end(text, pos)
        if boundary >= end:
            break
        if any(p.match(text, boundary + 1, end) for p in lex.new_clauses.get(lang, ())):
            return boundary
        pos = boundary + 1
    return end


def inherit_grades(text: str, groups: list[Group], hits: list[GradeHit], lex: Lexicon,
                   lang: str) -> None:
    """A graded class with a copula hands its grade to the events it lists:
    ``Grade 3-4 adverse events were neutropenia (95%), anaemia (68%)``,
    ``3 级及以上不良事件主要为中性粒细胞减少、贫血`` (to the end of the sentence part,
    or to a clause with its own subject)."""
    for h in hits:
        for pattern in lex.inherits.get(lang, ()):
            m = pattern.match(text, h.end)
            if not m:
                continue
            end = list_end(text, m.end(), clause_end(text, m.end(), PART_BOUNDARY), lex, lang)
            for g in groups:
                if g.grade is None and m.end() <= g.start and g.end <= end:
                    g.grade, g.grade_span = h.value, (h.start, h.end)
            break


def inherit_list_grades(text: str, groups: list[Group], lex: Lexicon, lang: str) -> None:
    """A graded event followed by an inclusion cue hands its grade to the
    ungraded events listed after the cue: ``Grade >=3 cytopenias were the most
    frequent, including lymphopenia (96%), neutropenia (85%)``, ``≥3 级血细胞减少
    主要为中性粒细胞减少``. No other event may stand between the graded event
    and the cue; the list runs while the text from the cue to each next event
    is list material (the rule's ``gap``: other items, brackets, commas,
    conjunctions), not a clause (``including one who died``)."""
    for g in groups:
        if g.grade is None:
            continue
        for rule, pattern, gap in lex.inherit_lists.get(lang, ()):
            m = pattern.match(text, g.end)
            if not m or any(g.end <= o.start < m.end() for o in groups):
                continue
            listed: list[Group] = []
            pos = m.end()
            for o in groups:
                if o.start < pos:
                    continue
                if o.grade is not None or not gap.fullmatch(text, pos, o.start):
                    break
                listed.append(o)
                pos = o.end
            if rule.members_only and not all(lex.covers(g.units[-1].head.rule_id, n.rule_id)
                                             for o in listed for n in o.names):
                continue
            if not listed:
                continue
            for o in listed:
                o.grade, o.grade_span = g.grade, g.grade_span
            break


# a grade followed by a subset of the cases: no grade for all of them
BRACKET_IN = regex.compile(r"[(\[]")
# a grade followed by a number of patients (``in 8 patients``, ``in one``)
_IN_COUNT = (r"\s*(?:in|among)\s+(?:only\s+)?(?:\d+(?!\.\d|\d|\s*%)|one|"
             r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b"
             r"(?:\s+(?:other\s+)?(?:patients?|participants?|subjects?|"
             r"children|cases?))?(?:\s*[(\[][^()\[\]]{0,20}[)\]])?")
SUBSET_COUNT = regex.compile(rf"(?i:{_IN_COUNT})")
# a grade followed by a share of the patients (``grade 1 in 43.9% and grade 2 in 13.8% of
# patients``): counted like a number of patients (decision 29)
SUBSET_PERCENT = regex.compile(r"(?i:\s*(?:in|among)\s+\d+(?:\.\d+)?\s*%"
                               r"(?:\s+of\s+(?:the\s+)?(?:patients?|participants?|subjects?))?)")
# a graded event's own count (``grade 1 CRS occurred in 6 patients``)
EN_EVENT_COUNT = regex.compile(r"(?i:\s+(?:occurred|developed|was\s+(?:seen|observed|reported)|"
                               rf"were\s+(?:seen|observed|reported)){_IN_COUNT})")
ZH_SUBSET_COUNT = regex.compile(r"\s*(?:的?(?:患者|病例))?\s*(?:有|共)?\s*\d+\s*(?:例|名|位)"
                                r"(?:患者)?(?:\s*[(]\s*\d+(?:\.\d+)?\s*%\s*[)])?")
# all cases but some, the rest not accounted for (``grade 1 or 2 in all but one``, note 37;
# ``…, who had grade 3`` accounts for them)
ALL_BUT = (r"all\s+but\b(?!\s+(?:one|two|three|\d+)(?:\s+(?:patients?|cases?))?\s*,?\s*"
           r"(?:who|which)\s+(?:had|was|were|developed)\b)")
# a count and a verb before an elliptic grade (``… and 3 had grade 2``), and what ends it
COUNT_HAD = regex.compile(r"(?i:\s+and\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|"
                          r"ten)\s+(?:(?:other\s+)?(?:patients?|participants?|subjects?)\s+)?"
                          r"(?:had|developed|experienced)\s+)")
ELLIPTIC_END = regex.compile(r"\s*(?:[,;.)]|\Z)")
# a grade of an unnumbered share of the cases (``in most patients``, ``in the majority``)
# (``in all but one``: the one left is no grade, note 37)
VAGUE_SUBSET = regex.compile(r"(?i:\s*(?:in|among|for)\s+(?:a\s+few|some|most|half|the\s+"
                             rf"majority|several|many|{ALL_BUT})\b)")
# a grade describing patients (``4 例 2 级患者均使用托珠单抗``): a subgroup, no grade statement
GRADED_PATIENTS = regex.compile(r"(?i:\s*的?\s*(?:患者|病人|患儿|者)|\s+(?:patients?|cases?)\b)")
# between one counted grade and the next: ``and``, a comma, ``while``, 、
GRADE_CHAIN = regex.compile(r"(?i:\s*(?:[,、]\s*)?(?:(?:and|while|whereas)\s+"
                            r"|(?:和|及|以及|另有)\s*)?(?:(?:was|were)\s+)?)")
EN_GRADE_AND = regex.compile(r"(?i:\s+and\s+)")
# (``(2.3%, all grade 1-2)``, ``(3 of 21, all grade 1–2)``)
BRACKET_FIGURE = regex.compile(r"(?i:\s*(?:n\s*=\s*)?\d[\d.,·/\s]*%?\s*"
                               r"(?:(?:of|out\s+of)\s+\d+\s*(?:[(]\s*\d[\d.]*\s*%\s*[)]\s*)?)?)")
SUBSET_AFTER = regex.compile(r"(?i:\s*(?:in|among|for)\s+(?:only\s+)?(?:\d+(?:\.\d+)?(?!\d)|(?:one|"
                             r"two|three|four|five|six|seven|eight|nine|ten|a\s+few|some|most|"
                             rf"half|the\s+majority|several|many|{ALL_BUT})\b))")


def all_grades(text: str, groups: list[Group], hits: list[GradeHit], lex: Lexicon,
               lang: str) -> None:
    """A grade stated for all cases in the clause after an event gives the
    ungraded events of that clause its grade: ``CRS occurred in 11 patients,
    all grade 1 or 2``, ``12 例均出现 CRS，且均为轻至中度（1~2 级）``. The cue
    (rule kind ``all_grade``) starts at the clause punctuation or bracket and
    ends right before the grade; the grade's own clause must name no event (a
    grade taken by an event after it is that event's). A distribution
    (``多数为``, ``mostly``) is no cue. A grade the last event of the clause
    took (``fever and chills, all grade 1``) is still for all of the clause
    (``Adverse events were fever and chills, all grade 1``: AE 1 too)."""
    for h in hits:
        if any(g.grade_span == (h.start, h.end) and g.start >= h.end for g in groups):
            continue  # the grade of the event after it
        if (SUBSET_AFTER.match(text, h.end) or ZH_SUBSET_COUNT.match(text, h.end)
                or GRADED_PATIENTS.match(text, h.end)):
            continue  # a grade of some cases only (``and was grade 3 in two``, ``1 级 6 例``,
            # ``4 例 2 级患者``)
        for pattern in lex.all_grades.get(lang, ()):
            m = pattern.search(text, max(0, h.start - 60), h.start)
            if not m:
                continue
            end = clause_end(text, h.end)
            if any(m.start() < g.start < end for g in groups):
                break
            # the nearest clause before the cue that names an event, within
            # the sentence part (over ``, respectively,``)
            part = clause_start(text, m.start(), PART_BOUNDARY)
            while part > 0 and text[part - 1] in OPEN and BRACKET_FIGURE.fullmatch(
                    text, part, m.start()):
                # a bracket holding only the rate before the cue (``ICANS was
                # rare (2.3%, all grade 1-2)``): the clause is the one before it
                part = clause_start(text, part - 1, PART_BOUNDARY)
            hi = m.start()
            while hi > part:
                lo = clause_start(text, hi)
                inside = [g for g in groups if lo <= g.start and g.end <= hi]
                if inside:
                    for g in inside:
                        if g.grade is None:
                            g.grade, g.grade_span = h.value, (h.start, h.end)
                    break
                hi = lo - 1
            break


def grade_above(grade: str) -> str | None:
    """The grade above a stated grade: ``1`` -> ``>=2``, ``1-2`` -> ``>=3``;
    None for an open bound (``>=3``) or the top grade."""
    if grade.startswith(">="):
        return None
    top = max(int(d) for d in regex.findall(r"[1-5]", grade))
    return f">={top + 1}" if top < grades.MAX_GRADE else None


def resolve_relative(groups: list[Group], hits: list[GradeHit], lex: Lexicon) -> list[Group]:
    """A relative grade (``未见更高级别的 CRS``, ``no higher-grade CRS``) is
    above the grade of the nearest group before it with the same event (or
    an event its class word covers): ``1 级 CRS …未见更高级别的 CRS`` is no
    CRS >=2; a ``same`` grade (``of the same grades``) is the grade of the
    nearest graded group before it, whatever its event. With no such group it
    takes the rule's fallback value, else no
    grade; the groups left without a reference are returned (a negated one
    says nothing: ``no higher-grade CRS`` alone is not ``no CRS``)."""
    unresolved: list[Group] = []
    for g in groups:
        if g.grade != RELATIVE:
            continue
        ids = {n.rule_id for n in g.names}
        rule = next((h.rule for h in hits if (h.start, h.end) == g.grade_span), None)
        same = rule is not None and rule.same
        ref = None
        for p in groups:
            if p.end > g.start or p.grade in (None, RELATIVE):
                continue
            if same or any(n.rule_id in ids or any(lex.covers(i, n.rule_id) for i in ids)
                           for n in p.names):
                ref = p
        if same:
            above = ref.grade if ref is not None else None
        else:
            above = grade_above(ref.grade) if ref is not None and ref.grade else None
        if above is None:
            above = rule.value if rule is not None else None
        g.grade = above
        if above is None:
            g.grade_span = None
            unresolved.append(g)
    return unresolved


# a bracketed threshold that selects the events listed (``the most common
# adverse reactions (incidence >=20%) were``): no count of patients
THRESHOLD_BEFORE = regex.compile(r"[(（]\s*(?i:(?:incidence|frequency|rate|发生率|频率)\s*)?"
                                 r"(?:≥|>=|>|＞|≧)\s*[\d.]*\Z")
THRESHOLD_AFTER = regex.compile(r"\s*(?:of\s+patients\s*)?[)）]")


def attach_counts(text: str, group: Group, lex: Lexicon, lang: str, names: list[Name]) -> None:
    """Patients (count and percent) with the event: the nearest count in the
    group's clause with no other event name between, before it if any, else
    after it when no other event follows in the clause (the count of
    ``骨髓抑制 (58% 伴中性粒细胞减少)`` is the neutropenia's) or when a verb
    bridge leads to it (``AEs occurred in 78 patients (90.7%) and …``)."""
    lo, hi = clause_start(text, group.start), clause_end(text, group.end)
    others = [n for n in names if n.end <= group.start or n.start >= group.end]

    def clear(a: int, b: int) -> bool:
        return not any(a <= n.start and n.end <= b for n in others)

    bridged = [b.end() for p in lex.count_bridges.get(lang, ())
               if (b := p.match(text, group.end, hi))]
    found: list[regex.Match] = []
    for pattern in lex.counts.get(lang, ()):
        found += [m for m in pattern.finditer(text, lo, hi, overlapped=True)
                  if (m.end() <= group.start and clear(m.end(), group.start))
                  or (m.start() >= group.end and (clear(group.end, hi) or m.start() in bridged))]
    found = [m for m in found if not (THRESHOLD_BEFORE.search(text, 0, m.start())
                                      and THRESHOLD_AFTER.match(text, m.end()))]
    if group.grade_span:
        found = [m for m in found if not (m.start() < group.grade_span[1]
                                          and group.grade_span[0] < m.end())]
    found.sort(key=lambda m: (m.start(), -(m.end() - m.start())))
    matches: list[regex.Match] = []
    for m in found:
        if matches and m.start() < matches[-1].end():
            continue
        matches.append(m)
    prior = [m for m in matches if m.end() <= group.start]
    later = [m for m in matches if m.start() >= group.end]
    best = prior[-1] if prior else (later[0] if later else None)
    if best is None:
        return
    d = {k: v for k, v in best.groupdict().items() if v}
    if "n" in d:
        group.patients = numbers.parse_count(d["n"])
    if "pct" in d:
        group.percent = numbers.parse_decimal(d["pct"])


def counted_clause(text: str, group: Group, lex: Lexicon, lang: str) -> bool:
    """A count of patients in the group's clause (``No toxicity was observed in
    the 10 patients``): the denial covers a counted population."""
    lo, hi = clause_start(text, group.start), clause_end(text, group.end)
    return any(m.groupdict().get("n") for p in lex.counts.get(lang, ())
               for m in p.finditer(text, lo, hi))


def manifestation_scopes(text: str, lex: Lexicon, lang: str, triggers: list[Trigger],
                         alone: bool = False) -> list[tuple[int, int]]:
    """Forward scopes of "presented as" cues (to the clause end or a
    terminator); ``alone``: the cues whose symptoms are never mentions, with
    or without their parent event in the sentence (主要表现为, manifested as)."""
    out = []
    cues = lex.manifestations_alone if alone else lex.manifestations
    for pattern in cues.get(lang, ()):
        for m in pattern.finditer(text):
            cue = Trigger("manifestation", "HYPOTHETICAL", "forward", m.start(), m.end(),
                          m.group())
            fwd, _ = scopes(text, cue, triggers)
            if fwd:
                out.append((m.start(), fwd[1]))
    return out


def restated_symptoms(groups: list[Group], scopes_: list[tuple[int, int]], lex: Lexicon
                      ) -> list[Group]:
    """Symptoms reported before an event that is then said to manifest as
    them (``出现发热，…，诊断为 2 级 CRS，主要表现为高热和低血压``): the
    earlier ungraded mention is that manifestation too (guide)."""
    out: list[Group] = []
    for s, e in scopes_:
        inside = {lex.events[n.rule_id].event for g in groups if s < g.start < e
                  for n in g.names}
        parents = [g for g in groups if g.end <= s]
        if not inside or len(parents) < 2:
            continue
        parent = parents[-1]
        for g in parents[:-1]:
            if g.grade is None and any(lex.events[n.rule_id].event in inside
                                       and not lex.events[n.rule_id].class_only
                                       for n in g.names) and not any(
                    lex.events[n.rule_id].class_only for n in parent.names):
                out.append(g)
    return out
