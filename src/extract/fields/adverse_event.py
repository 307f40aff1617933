"""adverse_event: events of the guide's closed list with grade, negation and
patient counts, from ``rules/adverse_events.yaml``; negation, hedging and
background come from the ConText stage (:mod:`extract.context`).

Steps for one sentence: find event names (longest match, not inside a
not-event word or a jieba word) -> units (an event with its bracketed
abbreviations: ``移植物抗宿主病 (graft-versus-host disease, GVHD)``) ->
coordinated groups (``CRS 或移植物抗宿主病``) -> for each group: its grade
(before or after it), context modifiers (union over its members), counts of
patients, manifestation and observation checks -> one mention per event name
(an ungraded class word only when counted or negated, and not when it is the
reason for an intervention or the category of a named event).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Literal

import regex
from pydantic import BaseModel, ConfigDict, Field, RootModel, model_validator

from extract import grades, numbers
from extract.context import (
    PART_BOUNDARY,
    ContextRules,
    Modifier,
    Trigger,
    clause_end,
    clause_start,
    find_triggers,
    load_context_rules,
    modifiers_from_triggers,
    scopes,
)
from extract.models import Mention, Sentence
from extract.rules import check_unique, compile_pattern, fail, load_models
from extract.tokens import HanTokenizer, shared_tokenizer

RULE_FILE = "adverse_events.yaml"
RELATIVE = "above"  # the value of a relative grade hit until it is resolved
Lang = Literal["zh", "en"]
MAX_PAREN = 120  # longest bracketed abbreviation list read as part of an event name
LOOKBACK = 120   # how far back a cue ending right before an event is searched
# what may stand between two coordinated events
SEPARATOR = {
    "zh": regex.compile(r"(?:\s|[、/&]|和|及|以及|与|或|或者|及其|和/或|等|,?\s*(?:包括|如|例如|"
                        r"尤其是|特别是|即))*"),
    "en": regex.compile(r"(?i:(?:\s|[,/&]|\band\b|\bor\b|\bas\s+well\s+as\b|\band/or\b|\bnor\b"
                        r"|\betc\b\.?|\bincluding\b|\bsuch\s+as\b|\bnotably\b|\bespecially\b"
                        r"|\bparticularly\b|\bmostly\b|\bmainly\b"
                        # a premodifier that is no grade: prolonged cytopenias or
                        # serious infections
                        r"|\b(?:prolonged|persistent|recurrent|delayed|late-onset|serious"
                        r"|opportunistic)\b"
                        # a time postmodifier of the item before: cytopenias persisting
                        # at day 60 and infections
                        r"|\b(?:persisting|lasting|continuing|ongoing)\s+(?:at|beyond|after|past"
                        r"|until|through|to)\s+(?:day|week|month)s?\s*\d+\b)*)"),
}


# ------------------------------------------------------------------ rule models
class _Base(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str


class EventRule(_Base):
    kind: Literal["event"]
    event: str
    aliases_en: list[str] = []
    abbrev_en: list[str] = []
    aliases_zh: list[str] = []
    patterns_zh: list[str] = []  # a form needing context (死 of 死于), as a regex
    class_only: bool = False
    members: list[str] = []  # rule ids of the events this class word covers
    graded_only: bool = False  # a mention only with a grade (bare 毒性)
    # false: an ungraded denial is no mention (`no off-tumour toxicity`, `no late toxicities`)
    bare_negation: bool = True

    @model_validator(mode="after")
    def _has_alias(self) -> EventRule:
        if not (self.aliases_en or self.abbrev_en or self.aliases_zh or self.patterns_zh):
            raise ValueError("an event needs at least one alias")
        return self


class NotEventRule(_Base):
    kind: Literal["not_event"]
    not_events_zh: list[str] = []
    not_events_en: list[str] = []
    not_after: str | None = None
    not_before: str | None = None  # ending right before the event, it drops the event
    unless_before: str | None = None  # ending right before the event, it keeps the event

    @model_validator(mode="after")
    def _unless_needs_after(self) -> NotEventRule:
        if self.unless_before is not None and self.not_after is None:
            raise ValueError("unless_before needs a not_after")
        return self


class GradeRule(_Base):
    kind: Literal["grade"]
    lang: Lang
    pattern: str
    position: Literal["before", "after", "both"]
    value: str | None = None
    # a grade relative to the same event graded before it in the sentence
    # (更高级别的 CRS, higher-grade CRS: above that grade); `value` is then
    # the grade when no such event stands before it (more severe -> '>=3')
    relative: bool = False

    @model_validator(mode="after")
    def _value_form(self) -> GradeRule:
        if self.value is not None and not regex.fullmatch(r"[1-5](?:-[1-5])?|>=[1-5]", self.value):
            raise ValueError(f"value {self.value!r} must look like '2', '1-3' or '>=3'")
        return self


class LinkRule(_Base):
    kind: Literal["link"]
    lang: Lang
    position: Literal["before", "after"]
    pattern: str


class CueRule(_Base):
    kind: Literal["count", "manifestation", "manifestation_alone", "observation", "inherit",
                  "all_grade", "new_clause", "preclinical", "human", "label", "safety_header",
                  "outcome", "general", "title", "title_exclude", "assessed_as",
                  "recommendation", "caption", "any_grade_header", "grade_header", "distribution",
                  "count_bridge", "label_section", "total_header", "grade_column_header",
                  "run_in", "monitor_header", "advice_header"]
    lang: Lang
    pattern: str


class ClassUseRule(_Base):
    """A use of an ungraded class word (AE, toxicity) that is no event: the
    reason for an intervention (``因毒性反应启动了开关``) or the category a named
    event belongs to (``贫血是最常见的不良事件``)."""

    kind: Literal["class_use"]
    lang: Lang
    before: str | None = None  # ends right before the class word
    after: str | None = None   # starts right after the class word
    from_event: bool = False   # `before` spans the whole gap from the event named before

    @model_validator(mode="after")
    def _has_side(self) -> ClassUseRule:
        if self.before is None and self.after is None:
            raise ValueError("a class_use needs `before` or `after`")
        if self.from_event and self.before is None:
            raise ValueError("from_event needs `before`")
        return self


class DeathCauseRule(_Base):
    """The bridge between a cause and a death: ``after`` runs from the cause
    to the death after it (``CRS 相关``, ``infections … drove most``),
    ``before`` from the death to the cause after it (``deaths were mostly
    due to``)."""

    kind: Literal["death_cause"]
    lang: Lang
    position: Literal["before", "after"]
    pattern: str


class InheritListRule(_Base):
    kind: Literal["inherit_list"]
    lang: Lang
    pattern: str
    gap: str
    members_only: bool = False  # the listed events must be members of the graded class


class AeRule(RootModel):
    root: Annotated[EventRule | NotEventRule | GradeRule | LinkRule | CueRule | InheritListRule
                    | ClassUseRule | DeathCauseRule, Field(discriminator="kind")]

    @property
    def id(self) -> str:
        return self.root.id


# ------------------------------------------------------------------ compiled rules
@dataclass(frozen=True)
class Lexicon:
    events: dict[str, EventRule]                  # rule id -> rule
    group_ids: dict[str, str]                     # regex group name -> rule id
    names: regex.Pattern                          # every alias, named group per rule id
    not_events: regex.Pattern | None
    not_after: tuple[tuple[regex.Pattern, regex.Pattern | None], ...]  # (after, unless before)
    not_before: tuple[regex.Pattern, ...]         # each ends right before a dropped event
    grades: dict[str, tuple[tuple[GradeRule, regex.Pattern], ...]]  # lang -> rules
    links: dict[tuple[str, str], regex.Pattern]   # (lang, position) -> pattern
    counts: dict[str, tuple[regex.Pattern, ...]]
    manifestations: dict[str, tuple[regex.Pattern, ...]]
    manifestations_alone: dict[str, tuple[regex.Pattern, ...]]  # no parent event needed
    outcomes: dict[str, tuple[regex.Pattern, ...]]  # a reported outcome of a class word
    generals: dict[str, tuple[regex.Pattern, ...]]  # a general statement or a recommendation
    assessed_as: dict[str, tuple[regex.Pattern, ...]]  # a symptom graded as another event
    recommendations: dict[str, tuple[regex.Pattern, ...]]  # events after one: no observation
    captions: dict[str, tuple[regex.Pattern, ...]]  # a table or figure caption
    titles: dict[str, tuple[regex.Pattern, ...]]    # an event after a therapy, in a title
    title_excludes: dict[str, tuple[regex.Pattern, ...]]  # a review's title
    observations: dict[str, tuple[regex.Pattern, ...]]
    inherits: dict[str, tuple[regex.Pattern, ...]]
    inherit_lists: dict[str, tuple[tuple[InheritListRule, regex.Pattern, regex.Pattern], ...]]
    all_grades: dict[str, tuple[regex.Pattern, ...]]  # cues ending right before a grade
    new_clauses: dict[str, tuple[regex.Pattern, ...]]  # cues right after a clause boundary
    preclinical: dict[str, tuple[regex.Pattern, ...]]  # animal / xenograft / in vitro cues
    human: dict[str, tuple[regex.Pattern, ...]]        # human participants
    labels: dict[str, tuple[regex.Pattern, ...]]       # regulatory warnings
    label_sections: tuple[regex.Pattern, ...]          # a label's warning section heading
    safety_headers: tuple[regex.Pattern, ...]          # table headers of safety columns
    any_grade_headers: tuple[regex.Pattern, ...]       # a column of events of any grade
    grade_headers: tuple[regex.Pattern, ...]           # a column of the row's grade
    run_ins: dict[str, tuple[regex.Pattern, ...]]      # a run-in label's colon
    monitor_headers: tuple[regex.Pattern, ...]         # a column of toxicities to monitor
    advice_headers: tuple[regex.Pattern, ...]          # a column of management advice
    total_headers: tuple[regex.Pattern, ...]           # a total column beside grade columns
    grade_column_headers: tuple[regex.Pattern, ...]    # a grade column's short header (G3)
    distributions: dict[str, tuple[regex.Pattern, ...]]  # "mostly mild": grades nothing
    death_causes: dict[tuple[str, str], tuple[regex.Pattern, ...]]  # (lang, position) -> bridges
    count_bridges: dict[str, tuple[regex.Pattern, ...]]  # event -> its count after a verb
    class_uses: dict[str, tuple[tuple[ClassUseRule, regex.Pattern | None,
                                      regex.Pattern | None], ...]]
    zh_aliases: frozenset[str]

    def covers(self, class_id: str, member_id: str) -> bool:
        """Whether the class event ``class_id`` covers ``member_id`` (a
        class-only word such as AE covers every other event)."""
        rule = self.events[class_id]
        return member_id != class_id and (rule.class_only or member_id in rule.members)


def en_alias_regex(alias: str) -> str:
    """An English alias: case-insensitive, any hyphen/space run between its
    words, an optional plural ending, on word boundaries."""
    words = [regex.escape(w) for w in regex.split(r"[\s\-]+", alias.strip()) if w]
    body = r"(?:\s*-\s*|\s+)".join(words)
    plural = "" if alias.endswith("s") else "(?:s|es)?"
    return rf"(?<![A-Za-z0-9])(?i:{body}{plural})(?![A-Za-z0-9])"


def abbrev_regex(abbrev: str) -> str:
    """A case-sensitive abbreviation on word boundaries; a Chinese count may
    follow it unspaced (``Ⅲ度及以上CRS3例``)."""
    return (rf"(?<![A-Za-z0-9])(?-i:{regex.escape(abbrev)})"
            r"(?![A-Za-z]|\d(?!\d*\s*(?:例|名|位)))")


def group_name(rule_id: str) -> str:
    return "e_" + regex.sub(r"\W", "_", rule_id)


def compile_lexicon(path: Path, entries: list[tuple[int, AeRule]]) -> Lexicon:
    events: dict[str, EventRule] = {}
    alternatives: list[str] = []
    not_words: list[str] = []
    not_after: list[tuple[regex.Pattern, regex.Pattern | None]] = []
    grade_rules: dict[str, list[tuple[GradeRule, regex.Pattern]]] = {"zh": [], "en": []}
    links: dict[tuple[str, str], regex.Pattern] = {}
    cues: dict[str, dict[str, list[regex.Pattern]]] = {
        k: {"zh": [], "en": []}
        for k in ("count", "manifestation", "manifestation_alone", "observation", "inherit",
                  "all_grade", "new_clause", "preclinical", "human", "label", "safety_header",
                  "outcome", "general", "title", "title_exclude", "assessed_as",
                  "recommendation", "caption", "any_grade_header", "grade_header", "distribution",
                  "count_bridge", "label_section", "total_header", "grade_column_header",
                  "run_in", "monitor_header", "advice_header")}
    inherit_lists: dict[str, list[tuple[InheritListRule, regex.Pattern, regex.Pattern]]] = {
        "zh": [], "en": []}
    class_uses: dict[str, list[tuple[ClassUseRule, regex.Pattern | None,
                                     regex.Pattern | None]]] = {"zh": [], "en": []}
    not_before: list[regex.Pattern] = []
    death_causes: dict[tuple[str, str], list[regex.Pattern]] = {}
    zh_aliases: set[str] = set()
    seen_alias: list[tuple[int, str, str]] = []
    for line, wrapped in entries:
        rule = wrapped.root
        if isinstance(rule, EventRule):
            events[rule.id] = rule
            # longest alias first: an alternation takes the first that matches
            # (粒细胞缺乏伴发热 before 粒细胞缺乏)
            forms = [form for _, form in sorted(
                [(len(a), en_alias_regex(a)) for a in rule.aliases_en]
                + [(len(a), abbrev_regex(a)) for a in rule.abbrev_en]
                + [(len(a), regex.escape(a)) for a in rule.aliases_zh]
                + [(1, compile_pattern(path, line, rule.id, a).pattern) for a in rule.patterns_zh],
                key=lambda item: -item[0])]
            seen_alias += [(line, rule.id, a) for a in
                           rule.aliases_en + rule.abbrev_en + rule.aliases_zh]
            zh_aliases.update(rule.aliases_zh)
            body = "|".join(forms)
            compile_pattern(path, line, rule.id, body)
            alternatives.append(f"(?P<{group_name(rule.id)}>{body})")
        elif isinstance(rule, NotEventRule):
            not_words += [en_alias_regex(w) for w in rule.not_events_en]
            not_words += [regex.escape(w) for w in rule.not_events_zh]
            if rule.not_after:
                unless = (compile_pattern(path, line, rule.id, f"(?:{rule.unless_before})\\s*\\Z")
                          if rule.unless_before else None)
                not_after.append((compile_pattern(path, line, rule.id, rule.not_after), unless))
            if rule.not_before:
                not_before.append(compile_pattern(path, line, rule.id,
                                                  f"(?:{rule.not_before})\\Z"))
        elif isinstance(rule, ClassUseRule):
            # `before` ends at the class word (or, from_event, spans the gap)
            before = (None if rule.before is None else compile_pattern(
                path, line, rule.id, rule.before if rule.from_event
                else f"(?:{rule.before})\\Z"))
            after = (None if rule.after is None
                     else compile_pattern(path, line, rule.id, rule.after))
            class_uses[rule.lang].append((rule, before, after))
        elif isinstance(rule, GradeRule):
            grade_rules[rule.lang].append(
                (rule, compile_pattern(path, line, rule.id, grades.expand(rule.pattern))))
            if rule.value is None and not rule.relative:
                probe = compile_pattern(path, line, rule.id, grades.expand(rule.pattern))
                if not set(probe.groupindex) & {"n", "lo", "ge", "gt", "le", "lt"}:
                    raise fail(path, line, "a grade pattern needs a named group n, lo/hi, ge, "
                               "gt or le, or a fixed `value`", rule.id)
        elif isinstance(rule, DeathCauseRule):
            death_causes.setdefault((rule.lang, rule.position), []).append(
                compile_pattern(path, line, rule.id, rule.pattern))
        elif isinstance(rule, InheritListRule):
            inherit_lists[rule.lang].append((rule,
                                             compile_pattern(path, line, rule.id, rule.pattern),
                                             compile_pattern(path, line, rule.id, rule.gap)))
        elif isinstance(rule, LinkRule):
            if (rule.lang, rule.position) in links:
                raise fail(path, line, f"a second link for {rule.lang}/{rule.position}", rule.id)
            links[(rule.lang, rule.position)] = compile_pattern(path, line, rule.id, rule.pattern)
        else:
            pattern = (numbers.expand(rule.pattern)
                       if rule.kind in ("count", "new_clause", "observation") else rule.pattern)
            if rule.kind == "all_grade":  # the cue must end right before the grade
                pattern = f"(?:{pattern})\\Z"
            if rule.kind == "grade_column_header":
                pattern = grades.expand(pattern)
                if not set(compile_pattern(path, line, rule.id, pattern).groupindex) & {
                        "n", "lo", "ge", "gt", "le", "lt"}:
                    raise fail(path, line, "a grade column header needs a named group n, "
                               "lo/hi, ge, gt or le", rule.id)
            cues[rule.kind][rule.lang].append(compile_pattern(path, line, rule.id, pattern))
    check_unique(path, seen_alias, "alias")
    for line, wrapped in entries:
        rule = wrapped.root
        if isinstance(rule, EventRule) and (unknown := set(rule.members) - set(events)):
            raise fail(path, line, f"members name no event: {sorted(unknown)}", rule.id)
    missing = [(lang, pos) for lang in ("zh", "en") for pos in ("before", "after")
               if (lang, pos) not in links]
    if missing:
        raise fail(path, None, f"missing link rules for {missing}")
    if not events:
        raise fail(path, None, "no events defined")
    return Lexicon(
        events=events,
        group_ids={group_name(r): r for r in events},
        names=regex.compile("|".join(alternatives)),
        not_events=regex.compile("|".join(not_words)) if not_words else None,
        not_after=tuple(not_after),
        not_before=tuple(not_before),
        grades={k: tuple(v) for k, v in grade_rules.items()},
        links=links,
        counts={k: tuple(v) for k, v in cues["count"].items()},
        manifestations={k: tuple(v) for k, v in cues["manifestation"].items()},
        manifestations_alone={k: tuple(v) for k, v in cues["manifestation_alone"].items()},
        outcomes={k: tuple(v) for k, v in cues["outcome"].items()},
        generals={k: tuple(v) for k, v in cues["general"].items()},
        assessed_as={k: tuple(v) for k, v in cues["assessed_as"].items()},
        recommendations={k: tuple(v) for k, v in cues["recommendation"].items()},
        captions={k: tuple(v) for k, v in cues["caption"].items()},
        titles={k: tuple(v) for k, v in cues["title"].items()},
        title_excludes={k: tuple(v) for k, v in cues["title_exclude"].items()},
        observations={k: tuple(v) for k, v in cues["observation"].items()},
        inherits={k: tuple(v) for k, v in cues["inherit"].items()},
        inherit_lists={k: tuple(v) for k, v in inherit_lists.items()},
        all_grades={k: tuple(v) for k, v in cues["all_grade"].items()},
        new_clauses={k: tuple(v) for k, v in cues["new_clause"].items()},
        preclinical={k: tuple(v) for k, v in cues["preclinical"].items()},
        human={k: tuple(v) for k, v in cues["human"].items()},
        labels={k: tuple(v) for k, v in cues["label"].items()},
        label_sections=tuple(cues["label_section"]["zh"] + cues["label_section"]["en"]),
        safety_headers=tuple(cues["safety_header"]["zh"] + cues["safety_header"]["en"]),
        any_grade_headers=tuple(cues["any_grade_header"]["zh"] + cues["any_grade_header"]["en"]),
        grade_headers=tuple(cues["grade_header"]["zh"] + cues["grade_header"]["en"]),
        run_ins={k: tuple(v) for k, v in cues["run_in"].items()},
        monitor_headers=tuple(cues["monitor_header"]["zh"] + cues["monitor_header"]["en"]),
        advice_headers=tuple(cues["advice_header"]["zh"] + cues["advice_header"]["en"]),
        total_headers=tuple(cues["total_header"]["zh"] + cues["total_header"]["en"]),
        grade_column_headers=tuple(cues["grade_column_header"]["zh"]
                                   + cues["grade_column_header"]["en"]),
        distributions={k: tuple(v) for k, v in cues["distribution"].items()},
        death_causes={k: tuple(v) for k, v in death_causes.items()},
        count_bridges={k: tuple(v) for k, v in cues["count_bridge"].items()},
        class_uses={k: tuple(v) for k, v in class_uses.items()},
        zh_aliases=frozenset(zh_aliases),
    )


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
                and sep.fullmatch(text, groups[-1].end, unit.head.start)):
            groups[-1].units.append(unit)
        else:
            groups.append(Group([unit]))
    return groups


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
GRADE_NUMBER = regex.compile(r"[1-5IVⅠ-Ⅻ]\s*(?:级|度)")


def distributions(text: str, lex: Lexicon, lang: str, groups: list[Group]
                  ) -> list[tuple[int, int]]:
    """Spans of a severity distribution (``CRS 多为轻度``, ``不良反应以轻度为主``,
    ``mostly mild toxicity``): a summary of how the cases spread over grades.
    Its grade grades no event; the event right next to it was seen (a class
    word still needs a count). A Chinese span ending in a numbered grade right
    before an event grades that event (``主要为Ⅲ～Ⅳ度中性粒细胞减少``): no
    distribution (a severity word there, ``多为轻度发热``, still is one)."""
    spans = [m.span() for p in lex.distributions.get(lang, ()) for m in p.finditer(text)]
    return [(s, e) for s, e in spans
            if not (lang == "zh" and GRADE_NUMBER.search(text, s, e) and any(
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
            break
    for g in groups:
        if g.grade is not None:
            continue
        for i, h in enumerate(hits):
            if h.start < g.end or i in claimed or h.rule.position == "before":
                continue
            if after.fullmatch(text, g.end, h.start):
                split = split_over_grades(text, h, hits[i + 1:])
                if split and BRACKET_IN.search(text, g.end, h.start):
                    split = []  # a breakdown in brackets (`CRS（1 级 6 例、2 级 4 例）`)
                if split is None:
                    g.grade, g.grade_span = h.value, (h.start, h.end)
                elif split:
                    # per-grade counts in the event's own clause (decision 29)
                    g.grade, g.grade_span = h.value, (h.start, h.end)
                    g.more_grades = [o.value for o in split]
                    claimed.update(hits.index(o) for o in split)
                claimed.add(i)
                break


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
        return SUBSET_COUNT.match(text, at) or ZH_SUBSET_COUNT.match(text, at)

    if not (SUBSET_AFTER.match(text, hit.end) or ZH_SUBSET_COUNT.match(text, hit.end)):
        return None
    end = clause_end(text, hit.end, PART_BOUNDARY)
    rest = [h for h in later if h.end <= end
            and (SUBSET_AFTER.match(text, h.end) or ZH_SUBSET_COUNT.match(text, h.end))]
    if not rest:
        return None
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
SUBSET_COUNT = regex.compile(r"(?i:\s*(?:in|among)\s+(?:only\s+)?(?:\d+(?!\.\d|\d|\s*%)|one|"
                             r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b"
                             r"(?:\s+(?:other\s+)?(?:patients?|participants?|subjects?|"
                             r"children|cases?))?(?:\s*[(\[][^()\[\]]{0,20}[)\]])?)")
ZH_SUBSET_COUNT = regex.compile(r"\s*(?:的?(?:患者|病例))?\s*(?:有|共)?\s*\d+\s*(?:例|名|位)"
                                r"(?:患者)?(?:\s*[(]\s*\d+(?:\.\d+)?\s*%\s*[)])?")
# between one counted grade and the next: ``and``, a comma, ``while``, 、
GRADE_CHAIN = regex.compile(r"(?i:\s*(?:[,、]\s*)?(?:(?:and|while|whereas)\s+"
                            r"|(?:和|及|以及|另有)\s*)?(?:(?:was|were)\s+)?)")
SUBSET_AFTER = regex.compile(r"(?i:\s*(?:in|among|for)\s+(?:only\s+)?(?:\d+(?:\.\d+)?(?!\d)|(?:one|"
                             r"two|three|four|five|six|seven|eight|nine|ten|a\s+few|some|most|"
                             r"half|the\s+majority|several|many)\b))")


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
        if SUBSET_AFTER.match(text, h.end):
            continue  # a grade of some cases only (``and was grade 3 in two``)
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
    CRS >=2. With no such group it takes the rule's fallback value, else no
    grade; the groups left without a reference are returned (a negated one
    says nothing: ``no higher-grade CRS`` alone is not ``no CRS``)."""
    unresolved: list[Group] = []
    for g in groups:
        if g.grade != RELATIVE:
            continue
        ids = {n.rule_id for n in g.names}
        ref = None
        for p in groups:
            if p.end > g.start or p.grade in (None, RELATIVE):
                continue
            if any(n.rule_id in ids or any(lex.covers(i, n.rule_id) for i in ids)
                   for n in p.names):
                ref = p
        above = grade_above(ref.grade) if ref is not None and ref.grade else None
        if above is None:
            rule = next((h.rule for h in hits if (h.start, h.end) == g.grade_span), None)
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


def class_use(text: str, name: Name, names: list[Name], lex: Lexicon, lang: str) -> bool:
    """Whether a class word is used as a reason or a category (a
    ``class_use`` rule matches on every side it gives)."""
    prior = [n for n in names if n.end <= name.start and not lex.events[n.rule_id].class_only]
    for rule, before, after in lex.class_uses.get(lang, ()):
        if before is not None:
            if rule.from_event:
                if not (prior and before.fullmatch(text, prior[-1].end, name.start)):
                    continue
            elif not before.search(text, max(0, name.start - LOOKBACK), name.start):
                continue
        if after is not None and not after.match(text, name.end):
            continue
        return True
    return False


def observed(text: str, lex: Lexicon, lang: str) -> bool:
    return any(p.search(text) for p in lex.observations.get(lang, ()))


def preclinical(text: str, lex: Lexicon, lang: str) -> bool:
    """A sentence about animals, xenografts or cell lines with no human
    participants (``fatal encephalitis in 7 of 10 mice``, ``荷瘤小鼠未见明显毒性``)."""
    return (any(p.search(text) for p in lex.preclinical.get(lang, ()))
            and not any(p.search(text) for p in lex.human.get(lang, ())))


NUMERAL = regex.compile(r"\d")


def general(text: str, lex: Lexicon, lang: str) -> bool:
    """A sentence without numbers that makes a general statement (a
    comparison of disease classes, an overlap of syndromes, unsettled
    criteria) or a recommendation (``we suggest that … be reported``)."""
    return (not NUMERAL.search(text)
            and any(p.search(text) for p in lex.generals.get(lang, ())))


ASSESSED_GAP = 40  # longest text between an "assessed as" cue and its event


def assessed_symptoms(text: str, groups: list[Group], lex: Lexicon, lang: str) -> list[Group]:
    """Symptoms assessed as another listed event (``developed fever of 38.6
    °C, graded as CRS grade 1``, ``出现发热，经评估为 I 级 CRS``): the nearest
    ungraded group before the cue, in the same sentence part and of events
    other than the one after the cue, is that event's manifestation."""
    out: list[Group] = []
    for pattern in lex.assessed_as.get(lang, ()):
        for m in pattern.finditer(text):
            target = next((g for g in groups if g.start >= m.end()), None)
            if target is None or any(lex.events[n.rule_id].class_only for n in target.names):
                continue  # graded as an adverse event: the symptom is the event
            if target.start - m.end() > ASSESSED_GAP or clause_end(
                    text, m.end()) < target.start:
                continue
            part = clause_start(text, m.start(), PART_BOUNDARY)
            prior = [g for g in groups if part <= g.start and g.end <= m.start()]
            if not prior:
                continue
            g = prior[-1]
            ids = {n.rule_id for n in target.names}
            if g.grade is None and not any(
                    lex.events[n.rule_id].class_only or n.rule_id in ids
                    or any(lex.covers(n.rule_id, i) for i in ids) for n in g.names):
                out.append(g)  # not a class before its members (`血细胞减少：4 级中性粒细胞减少`)
    return out


def recommended(text: str, group: Group, lex: Lexicon, lang: str) -> bool:
    """An event after a recommendation cue (``We suggest that infection data
    be reported``, ``建议对感染进行长期随访``) is what should be done, not
    what was seen, numbers or not."""
    return any(m.end() <= group.start
               for p in lex.recommendations.get(lang, ()) for m in p.finditer(text))


def caption(text: str, lex: Lexicon, lang: str) -> bool:
    """A table or figure caption (``表 2 28 例患者主要不良事件``, ``Table 2.
    Adverse events``): an ungraded class word in it names a column, not a
    finding."""
    return any(p.search(text) for p in lex.captions.get(lang, ()))


TITLE_MAX = 250  # longest line read as a title
TERMINAL_END = regex.compile(r"[.。!?！？;；:：]\s*\Z")


def case_title(sent: Sentence, lex: Lexicon) -> bool:
    """A title line (a body line without final punctuation) naming events
    after a therapy in the document's own patients (``Late cytopenias and
    infections after BCMA CAR-T cells``), not a review's (``CRS after CAR-T:
    mechanisms and management``)."""
    text, lang = sent.norm, sent.lang
    return (sent.kind == "body" and len(text) <= TITLE_MAX and not TERMINAL_END.search(text)
            and any(p.search(text) for p in lex.titles.get(lang, ()))
            and not any(p.search(text) for p in lex.title_excludes.get(lang, ())))


def label_scopes(text: str, lex: Lexicon, lang: str) -> list[tuple[int, int]]:
    """Spans of regulatory label text: from a warning cue to the end of the
    sentence part, over the commas of its list (``a boxed warning for
    mortality, prolonged cytopenia, severe infection``)."""
    return [(m.end(), clause_end(text, m.end(), PART_BOUNDARY))
            for p in lex.labels.get(lang, ()) for m in p.finditer(text)]


def label_section(sent: Sentence, lex: Lexicon) -> bool:
    """A sentence of a label's warning section (``5 WARNINGS AND PRECAUTIONS``,
    a boxed ``WARNING: CRS ...``, 【警示语】): label text, not observations
    (decision 18); its heading may also open the sentence itself."""
    return any(p.match(sent.section) or p.match(sent.norm) for p in lex.label_sections)


def reported_outcome(text: str, name: Name, lex: Lexicon, lang: str) -> bool:
    """An event inside a reported outcome due to a class word (``19 deaths
    from adverse events``, ``因不良事件死亡``): the outcome was observed."""
    return any(m.start() <= name.start and name.end <= m.end()
               for p in lex.outcomes.get(lang, ()) for m in p.finditer(text))


def header_grades(sent: Sentence, lex: Lexicon) -> list[tuple[int, int, str]]:
    """Cells under a column whose header states a grade (``Grade >=3
    events``, ``3-4 级 AE``): (start, end, grade) for each such cell."""
    out = []
    for c in sent.cells or ():
        if c.header and (grade := sole_grade(normalize_header(c.header), lex)) is not None:
            out.append((c.start, c.end, grade))
    return out


def absolute_grades(text: str, lex: Lexicon, lang: str) -> list[GradeHit]:
    """The grades of ``text`` that state a grade themselves (no fixed value
    such as a severity word's, no grade relative to another)."""
    return [h for h in find_grades(text, lex, lang)
            if h.rule.value is None and not h.rule.relative]


def sole_grade(text: str, lex: Lexicon, langs: tuple[str, ...] = ("en", "zh")) -> str | None:
    """The one absolute grade a header states (``Grade >=3 events``, ``3-4 级``),
    read in the first of ``langs`` that finds exactly one; else None."""
    for lang in langs:
        hits = absolute_grades(text, lex, lang)
        if len(hits) == 1:
            return hits[0].value
    return None


def grade_cell(sent: Sentence, lex: Lexicon) -> str | None:
    """The grade in a row's cell under a grade column (``Event | Grade | n
    (%)`` with the row ``CRS | 1–2 | 84 (66.1)``, ``不良事件 | 分级 | 例数``):
    it grades the row's events. The cell must hold a grade and nothing else
    (``1-2``, ``>=3``, ``3 级``, ``Grade 4``); ``Any`` or a blank grades nothing."""
    for c in sent.cells or ():
        if not (c.header and any(p.fullmatch(c.header.strip()) for p in lex.grade_headers)):
            continue
        cell = normalize_header(sent.norm[c.start:c.end].strip())
        for text, lang in ((cell, "zh"), (cell, "en"), (f"grade {cell}", "en")):
            hits = absolute_grades(text, lex, lang)
            if len(hits) == 1 and (hits[0].start, hits[0].end) == (0, len(text)):
                return hits[0].value
    return None


# a count cell: `12`, `12 (40.0)`, a rate with its confidence interval `86.3 (79.0-92.1)`
CELL_COUNT = regex.compile(r"\s*(?P<n>\d+(?:\.\d+)?)\s*"
                           r"(?:[(（]\s*(?P<pct>\d+(?:\.\d+)?)\s*%?\s*[)）]"
                           r"|[(（\[]\s*\d+(?:\.\d+)?\s*%?\s*(?:-|,|to)\s*\d+(?:\.\d+)?\s*%?\s*[)）\]])?\s*")


def column_grade(header: str, lex: Lexicon) -> str | None:
    """The grade a column header states: ``Grade 3–4``, ``≥3 级``, Roman
    ``Ⅲ度`` and short ``G3`` headers (decision 27)."""
    head = normalize_header(unicodedata.normalize("NFKC", header)).strip()
    for p in lex.grade_column_headers:
        if m := p.fullmatch(head):
            return grades.canonical(m.groupdict())
    return sole_grade(head, lex)


def grade_header(header: str, lex: Lexicon) -> bool:
    """A column header of a grade or of any grade (``Grade >=3``, ``Any grade``)."""
    return (any(p.search(header) for p in lex.any_grade_headers)
            or column_grade(header, lex) is not None)


def grade_columns(sent: Sentence, lex: Lexicon, subheaders: list[str] | None = None
                  ) -> list[tuple[int, int, str | None]]:
    """Count cells of a row whose columns are grades, when at least two are
    (``不良事件 | 1～2 级，例（%） | ≥3 级，例（%）``, ``Event | Any grade | Grade
    3–4``, ``| 不良事件 | G1 | G2 | G3 | G4 | 合计 |``): (start, end, grade) per
    cell, grade None under "any grade" and under a total column (合计,
    发生率) beside a graded one. ``subheaders``: the grade headers of a
    second header row (arms above, grades below), by column."""
    out: list[tuple[int, int, str | None]] = []
    totals: list[tuple[int, int, str | None]] = []
    cells = sent.cells or ()
    # a second header row without the row-label cell (space-aligned: `1~2 级 ≥3 级
    # 1~2 级 ≥3 级` over `CRS 14 1 12 0`) stands over the last cells of the row
    shift = max(0, len(cells) - len(subheaders)) if subheaders else 0
    for i, c in enumerate(cells):
        j = i - shift
        header = subheaders[j] if subheaders and 0 <= j < len(subheaders) and subheaders[j] \
            else c.header
        if not header:
            continue
        if paired := paired_cells(sent.norm, c.start, c.end, header, lex):
            out += paired  # `any / grade >=3` over `76.4 / 44.8`: one cell per grade
            continue
        if any(p.search(header) for p in lex.any_grade_headers):
            out.append((c.start, c.end, None))
        elif (grade := column_grade(header, lex)) is not None:
            out.append((c.start, c.end, grade))
        elif any(p.search(header) for p in lex.total_headers):
            totals.append((c.start, c.end, None))
    if any(grade is not None for _, _, grade in out) and not any(
            grade is None for _, _, grade in out):
        out += totals  # a total column beside grade columns is "any grade"
    return sorted(out) if len(out) >= 2 else []


SLASH = regex.compile("/")


def paired_cells(text: str, start: int, end: int, header: str, lex: Lexicon
                 ) -> list[tuple[int, int, str | None]]:
    """A cell holding one count per grade, split by slashes under a header
    split alike (``Arm A (n=165) any / grade >=3`` over ``76.4 / 44.8``):
    (start, end, grade) per part, when every header part is a grade header."""
    heads = [h.strip() for h in header.split("/")]
    slashes = [m.start() for m in SLASH.finditer(text, start, end)]
    if (len(heads) < 2 or len(heads) != len(slashes) + 1
            or not all(grade_header(h, lex) for h in heads)):
        return []
    parts = list(zip([start] + [i + 1 for i in slashes], slashes + [end], strict=True))
    out = []
    for h, (s, e) in zip(heads, parts, strict=True):
        if CELL_COUNT.fullmatch(text, s, e) is None:
            return []
        grade = None if any(p.search(h) for p in lex.any_grade_headers) else column_grade(h, lex)
        out.append((s, e, grade))
    return out


def all_zero(text: str, spans: list[tuple[int, int]]) -> bool:
    """There are count cells and every one reads zero (``神经毒性 0 0 0 0``): the
    event was listed and none was seen (decision 27)."""
    return bool(spans) and all(
        (m := CELL_COUNT.fullmatch(text, s, e)) is not None and float(m["n"]) == 0
        for s, e in spans)


def column_counts(text: str, group: Group, columns: list[tuple[int, int, str | None]]
                  ) -> list[tuple[str | None, int, float | None]]:
    """An event named in a row label of a table of grade columns: one
    (grade, patients, percent) per column whose cell counts patients; a
    zero or empty cell gives nothing."""
    if any(s <= group.start < e for s, e, _ in columns):
        return []  # the event is inside a count column, not the row label
    out: list[tuple[str | None, int, float | None]] = []
    for s, e, grade in columns:
        m = CELL_COUNT.fullmatch(text, s, e)
        if m is None or float(m["n"]) == 0:
            continue
        n = m["n"] if "." not in m["n"] else None  # a percent column (发生率 80.0)
        out.append((grade, numbers.parse_count(n) if n else None,
                    numbers.parse_decimal(m["pct"]) if m["pct"] else None))
    return out


def zero_row(text: str, group: Group, sent: Sentence) -> bool:
    """A table row naming an event in its label whose count cells are all zero
    (``Grade 3–4 GVHD | 0``, ``CRS | 0 | 0``): the event is absent, as an
    all-zero row of a by-grade table (decision 27)."""
    label = sent.cell_at(group.start)
    return label is not None and all_zero(
        text, [(c.start, c.end) for c in sent.cells if c is not label and c.header])


def normalize_header(header: str) -> str:
    return (header.replace("≥", ">=").replace("≤", "<=").replace("–", "-").replace("~", "-")
            .replace("～", "-"))


def safety_cells(sent: Sentence, lex: Lexicon) -> list[tuple[int, int]]:
    """Table cells under a safety column (``主要不良事件``, ``Toxicity``)."""
    return [(c.start, c.end) for c in sent.cells or ()
            if c.header and any(p.search(c.header) for p in lex.safety_headers)]


def advice_row(sent: Sentence, lex: Lexicon) -> bool:
    """A table row with a cell under a column of management advice (``处理建议``,
    ``Recommended management``): a consensus's instruction by grade, no AE
    (decision 23)."""
    return sent.kind == "table" and any(
        c.header and any(p.search(c.header) for p in lex.advice_headers)
        for c in sent.cells or ())


def monitor_cells(sent: Sentence, lex: Lexicon) -> list[tuple[int, int]]:
    """Table cells under a column of toxicities to monitor (``需重点监测的毒性``):
    class toxicities of a therapy, not observations (decision 27)."""
    return [(c.start, c.end) for c in sent.cells or ()
            if c.header and any(p.search(c.header) for p in lex.monitor_headers)]


RUN_IN_BEFORE = regex.compile(r"\s*(?:[-•·*]\s*|[(（]?\d{1,2}[.)）、]\s*)?")


def run_in(text: str, group: Group, lex: Lexicon, lang: str) -> bool:
    """An event that opens its sentence as a run-in label (``ICANS：2 例出现…``,
    ``Infections: …``): a heading of what follows (decision 27)."""
    return (RUN_IN_BEFORE.fullmatch(text, 0, group.start) is not None
            and any(p.match(text, group.end) for p in lex.run_ins[lang]))


def value_of(event: str, grade: str | None, negated: bool) -> str:
    value = f"{event} {grade}" if grade else event
    return f"no {value}" if negated else value


# ------------------------------------------------------------------ the extractor
class AdverseEventExtractor:
    def __init__(self, lex: Lexicon, context: ContextRules, tokenizer: HanTokenizer) -> None:
        self.lex = lex
        self.context = context
        self.tokenizer = tokenizer
        self.start_document()

    def start_document(self) -> None:
        self.label_number: str | None = None  # the number of the last label warning section
        # a by-grade table on its side (``分级 | CRS | 感染``): the events of each
        # column, by header text
        self.side_columns: dict[str, list[str]] = {}
        # a table's second header row of grades under the arms (``| Any grade |
        # Grade >=3 | Any grade | Grade >=3``), by column
        self.subheaders: list[str] = []

    def in_label(self, sent: Sentence) -> bool:
        """A sentence of a label's warning section or of one of its numbered
        subsections (``5 WARNINGS AND PRECAUTIONS`` then ``5.1 Cytokine Release
        Syndrome``): label text (decision 27). Sentences come in document
        order; any other section ends the warning section."""
        number = SECTION_NUMBER.match(sent.section)
        if label_section(sent, self.lex):
            if number:
                self.label_number = number["n"]
            return True
        if not (number and self.label_number
                and number["n"].startswith(self.label_number + ".")):
            self.label_number = None
        return self.label_number is not None

    def __call__(self, sent: Sentence) -> list[Mention]:
        labelled_section = self.in_label(sent)
        if sent.kind == "heading":
            self.side_columns, self.subheaders = {}, []
            return self.event_columns(sent) if sent.row == 0 and sent.cells else []
        if sent.kind != "table":
            self.side_columns, self.subheaders = {}, []
        elif any(self.side_columns.values()):
            return self.side_row(sent)
        elif sent.row == 1 and self.subheader_row(sent):
            return []
        text, lang = sent.norm, sent.lang
        names = drop_not_events(text, find_names(text, self.lex), self.lex, self.tokenizer)
        if (not names or preclinical(text, self.lex, lang) or general(text, self.lex, lang)
                or labelled_section or advice_row(sent, self.lex)):
            return []
        labelled = label_scopes(text, self.lex, lang)
        names = [n for n in names if not any(s <= n.start < e for s, e in labelled)]
        if not names:
            return []
        groups = make_groups(text, make_units(text, names, self.lex), lang)
        spread = distributions(text, self.lex, lang, groups)
        hits = undistributed(find_grades(text, self.lex, lang), spread)
        attach_grades(text, groups, hits, self.lex, lang)
        inherit_grades(text, groups, hits, self.lex, lang)
        inherit_list_grades(text, groups, self.lex, lang)
        all_grades(text, groups, hits, self.lex, lang)
        for s, e, grade in header_grades(sent, self.lex):
            for g in groups:
                if g.grade is None and s <= g.start and g.end <= e:
                    g.grade = grade
        if (row_grade := grade_cell(sent, self.lex)) is not None:
            for g in groups:
                if g.grade is None:
                    g.grade = row_grade
        category_grades(text, groups, self.lex, lang)
        unresolved = resolve_relative(groups, hits, self.lex)
        spans = [(n.start, n.end) for n in names]
        triggers = find_triggers(text, self.context, lang, protect=spans)
        manifest = manifestation_scopes(text, self.lex, lang, triggers)
        manifest_alone = manifestation_scopes(text, self.lex, lang, triggers, alone=True)
        is_observed = observed(text, self.lex, lang) or case_title(sent, self.lex)
        symptoms = assessed_symptoms(text, groups, self.lex, lang)
        symptoms += restated_symptoms(groups, manifest_alone, self.lex)
        is_caption = caption(text, self.lex, lang)
        if (is_caption and sent.kind != "table" and not SENTENCE_END.search(text)
                and not PATIENT_COUNT.search(text)):
            return []  # a table or figure title (`Table 3. Infections by grade`): a topic
        in_safety_cell = safety_cells(sent, self.lex)
        to_monitor = monitor_cells(sent, self.lex)
        causes = death_causes(text, groups, self.lex, lang)
        columns = grade_columns(sent, self.lex, self.subheaders)
        out: list[Mention] = []
        for g in groups:
            if sent.kind == "body" and run_in(text, g, self.lex, lang):
                continue  # a run-in label (`ICANS：2 例…`): a heading, not a mention
            if any(s <= g.start < e for s, e in to_monitor):
                continue  # a toxicity to monitor, listed in a consensus table
            if any(s < g.start < e and any(n.end <= s and not self.lex.events[n.rule_id].class_only
                                           for n in names) for s, e in manifest):
                continue  # a symptom of an event named before it (not of a class word)
            if any(s < g.start < e and not any(
                    self.lex.events[n.rule_id].class_only
                    for n in [n for n in names if n.end <= s][-1:]) for s, e in manifest_alone):
                continue  # a symptom after 主要表现为 / manifested as: never its own mention
            if any(g is s for s in symptoms) or recommended(text, g, self.lex, lang):
                continue  # assessed as another event; an event in a recommendation
            mods: list[Modifier] = []
            for n in g.names:
                for mod in modifiers_from_triggers(text, (n.start, n.end), triggers,
                                                   targets=spans):
                    if mod not in mods:
                        mods.append(mod)
            if any(m.category in ("HYPOTHETICAL", "BACKGROUND", "HISTORICAL") for m in mods):
                continue
            negations = [m for m in mods if m.category == "NEGATED"]
            negated = bool(negations)
            if negated and any(g is c for c, _ in causes):
                continue  # the cause of a death that did not happen qualifies it
            if negated and any(g is u for u in unresolved):
                continue  # no event above an unknown grade: nothing to say
            if not negated:
                attach_counts(text, g, self.lex, lang, names)
                if g.patients == 0:
                    negated = True  # `治疗相关死亡0例`: a zero count states the absence
            by_column = [] if negated else column_counts(text, g, columns)
            if (not columns and not negated and sent.kind == "table"
                    and zero_row(text, g, sent)):
                negated = True  # `Grade 3–4 GVHD | 0`: the row's only counts are zero
            if columns and not by_column and not negated and g.grade is None:
                if not any(s <= g.start < e for s, e, _ in columns):
                    if not all_zero(text, [(s, e) for s, e, _ in columns]):
                        continue  # a row label without counts
                    negated = True  # every grade cell zero: the event is absent
            outcome = any(reported_outcome(text, n, self.lex, lang) for n in g.names)
            counted = (g.patients is not None or g.percent is not None or outcome
                       or bool(by_column))
            if (g.grade is None and not counted and not negated and not is_observed
                    and not distributed(text, g, spread)
                    and not any(g is c or g is d for c, d in causes)
                    and not any(s <= g.start and g.end <= e for s, e in in_safety_cell)):
                continue  # a background statement: no population, no observation
            variants = by_column or [(g.grade, g.patients, g.percent)] + [
                (more, None, None) for more in g.more_grades or ()]
            for n in g.names:
                rule = self.lex.events[n.rule_id]
                for grade, patients, percent in variants:
                    if rule.graded_only and grade is None:
                        continue  # a bare class word that is a mention only with a grade
                    if (not rule.bare_negation and grade is None and negated
                            and not counted_clause(text, g, self.lex, lang)):
                        continue  # `no late-onset toxicities`: a summary, not a listed absence
                    if rule.class_only and grade is None and not negated and (
                            not counted or is_caption
                            or class_use(text, n, names, self.lex, lang)):
                        continue  # an ungraded class word: a summary, a reason or a category
                    attrs: dict[str, object] = {"event": rule.event, "grade": grade,
                                                "negated": negated}
                    if negations:
                        trig = negations[0]
                        attrs["trigger"] = f"{trig.trigger} [{trig.rule_id}]"
                        attrs["scope"] = text[trig.scope[0]:trig.scope[1]]
                    if patients is not None:
                        attrs["patients"] = patients
                    if percent is not None:
                        attrs["patients_percent"] = percent
                    out.append(Mention("adverse_event", value_of(rule.event, grade, negated),
                                       n.start, n.end, f"adverse_event.{n.rule_id}", attrs))
        return out

    def event_columns(self, sent: Sentence) -> list[Mention]:
        """A table's header row whose columns are events (``组别 | 例数 | ≥3级CRS |
        GVHD``, ``| Cohort | n | Grade >=3 CRS |``): one mention per event
        header, graded by the header (decision 21). A class word (``不良事件``)
        names a category of columns, and a header of a time or a duration
        (``CRS 持续时间``, ``time to CRS onset``) is no event column."""
        text = sent.norm
        first = sent.cells[0]
        if any(p.fullmatch(text[first.start:first.end].strip()) for p in self.lex.grade_headers):
            # a grading scale (Grade | Fever | Hypotension): criteria, not events; or a
            # by-grade table on its side, whose rows (side_row) tell which it is
            found = find_names(text, self.lex)
            for c in sent.cells[1:]:
                names = drop_not_events(text, [n for n in found
                                               if c.start <= n.start and n.end <= c.end],
                                        self.lex, self.tokenizer)
                self.side_columns[text[c.start:c.end].strip()] = [
                    n.rule_id for n in names if not self.lex.events[n.rule_id].class_only]
            return []
        found = find_names(text, self.lex)
        out: list[Mention] = []
        for c in sent.cells:
            head = text[c.start:c.end]
            if NOT_EVENT_COLUMN.search(head):
                continue
            names = drop_not_events(text, [n for n in found
                                           if c.start <= n.start and n.end <= c.end],
                                    self.lex, self.tokenizer)
            names = [n for n in names if not self.lex.events[n.rule_id].class_only]
            if not names:
                continue
            grade = sole_grade(normalize_header(head), self.lex, ("zh", "en"))
            for n in names:
                rule = self.lex.events[n.rule_id]
                out.append(Mention("adverse_event", value_of(rule.event, grade, False),
                                   n.start, n.end, f"adverse_event.{n.rule_id}.column",
                                   {"event": rule.event, "grade": grade, "negated": False}))
        return out

    def subheader_row(self, sent: Sentence) -> bool:
        """The first row under a table's header is a second header when at least
        two of its cells, and all its non-empty ones, are grade headers
        (``Any grade | Grade >=3`` under each arm): remembered for the rows after."""
        heads = [sent.norm[c.start:c.end].strip() for c in sent.cells]
        graded = [h for h in heads if h and grade_header(h, self.lex)]
        if len(graded) >= 2 and len(graded) == len([h for h in heads if h]):
            self.subheaders = heads
            return True
        return False

    def side_row(self, sent: Sentence) -> list[Mention]:
        """A row of a by-grade table on its side (rows = grades, columns = events,
        decision 28): its first cell is a grade (``Ⅰ～Ⅱ度``, ``Grade 3``) or a total
        (``合计``, ungraded); each event column with a non-zero count
        (``22（78.6）``) gives one mention of the column's event, spanned on the
        count cell (decision 28: the header row is a sentence of its own; the
        record's section names the column). A row of words (a grading scale's
        criteria) gives nothing."""
        text = sent.norm
        first = sent.cells[0] if sent.cells else None
        if first is None:
            return []
        label = text[first.start:first.end].strip()
        if any(p.search(label) for p in self.lex.total_headers):
            grade = None
        elif (grade := column_grade(label, self.lex)) is None:
            return []
        out: list[Mention] = []
        for c in sent.cells[1:]:
            m = CELL_COUNT.fullmatch(text, c.start, c.end)
            if m is None or float(m["n"]) == 0:
                continue
            start = m.start("n")
            end = start + len(text[start:c.end].rstrip())
            for rule_id in self.side_columns.get(c.header.strip(), ()):
                rule = self.lex.events[rule_id]
                out.append(Mention("adverse_event", value_of(rule.event, grade, False),
                                   start, end,
                                   f"adverse_event.{rule_id}.side_column",
                                   {"event": rule.event, "grade": grade, "negated": False}))
        return out


SENTENCE_END = regex.compile(r"[.。!?！？]\s*$")
# a caption's count of patients (`Grade >=3 adverse events in 40 patients`): the events counted
PATIENT_COUNT = regex.compile(r"(?i:\d+\s*(?:patients?|participants?|subjects?|例|名|位)"
                              r"|\bn\s*=\s*\d+)")
SECTION_NUMBER = regex.compile(r"\s*(?P<n>\d+(?:\.\d+)*)\.?\s")
# a header of a time, a duration or a treatment of an event, not of its occurrence
NOT_EVENT_COLUMN = regex.compile(r"(?i:onset|duration|time\s+to|days?\b|median|treatment|"
                                 r"management|持续|时间|天数|中位|起病|治疗|处理)")


def build(directory: Path) -> AdverseEventExtractor:
    path = directory / RULE_FILE
    entries = load_models(path, AeRule)
    check_unique(path, [(line, r.id, r.id) for line, r in entries], "rule id")
    return AdverseEventExtractor(compile_lexicon(path, entries), load_context_rules(directory),
                                 shared_tokenizer(directory))
