"""adverse_event rules: the pydantic models of ``rules/adverse_events.yaml``
and their compilation into a :class:`Lexicon` of patterns (event aliases,
grades, cues, table headers), with the shared constants of the field."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Literal

import regex
from pydantic import BaseModel, ConfigDict, Field, RootModel, model_validator

from extract import grades, numbers
from extract.rules import check_unique, compile_pattern, fail

RULE_FILE = "adverse_events.yaml"
RELATIVE = "above"  # the value of a relative grade hit until it is resolved
Lang = Literal["zh", "en"]
MAX_PAREN = 120  # longest bracketed abbreviation list read as part of an event name
LOOKBACK = 120   # how far back a cue ending right before an event is searched
# what may stand between two coordinated events
SEPARATOR = {
    "zh": regex.compile(r"(?:\s|[、/&]|和|及|以及|与|或|或者|及其|和/或|等|,?\s*(?:包括|如|例如|"
                        r"尤其是|特别是|即)"
                        # the rate of the item before: 中性粒细胞减少（88%）、血小板减少
                        r"|[(]\s*\d+(?:\.\d+)?\s*%\s*[)]"
                        # a cytopenia off the closed list inside the list: 中性粒细胞减少、
                        # 淋巴细胞减少和血小板减少
                        r"|(?:淋巴细胞|白细胞)减少(?:症)?)*"),
    "en": regex.compile(r"(?i:(?:\s|[,/&]|\band\b|\bor\b|\bas\s+well\s+as\b|\band/or\b|\bnor\b"
                        r"|\betc\b\.?|\bincluding\b|\bsuch\s+as\b|\bnotably\b|\bespecially\b"
                        r"|\bparticularly\b|\bmostly\b|\bmainly\b"
                        # a premodifier that is no grade: prolonged cytopenias or
                        # serious infections
                        r"|\b(?:prolonged|persistent|recurrent|delayed|late-onset|serious"
                        r"|opportunistic|acute|chronic|transient|invasive|bacterial|viral"
                        r"|fungal)\b"
                        # the rate of the item before: neutropenia (88%), thrombocytopenia
                        r"|\(\s*\d+(?:\.\d+)?\s*%\s*\)"
                        # a cytopenia off the closed list inside the list: neutropenia,
                        # lymphopenia and thrombocytopenia
                        r"|\b(?:lymphopenias?|lymphocytopenias?|leu[ck]openias?)\b"
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
    patterns_en: list[str] = []  # the same for English (infectious of infectious complications)
    class_only: bool = False
    members: list[str] = []  # rule ids of the events this class word covers
    graded_only: bool = False  # a mention only with a grade (bare 毒性)
    ungraded: bool = False  # never takes a grade (a death: note 18)
    # false: an ungraded denial is no mention (`no off-tumour toxicity`, `no late toxicities`)
    bare_negation: bool = True
    # a regex ending right before the word (searched up to it) that makes a bare word
    # stand for the named event before the match (`ICANS occurred in 7.5%, with no
    # grade 4 or 5 events`: no ICANS 4-5); without it, the class event (`no grade 5
    # events were recorded`: no AE 5)
    refers_back: str | None = None

    @model_validator(mode="after")
    def _has_alias(self) -> EventRule:
        if not (self.aliases_en or self.abbrev_en or self.aliases_zh or self.patterns_zh
                or self.patterns_en):
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
    # with relative: the grade of the nearest graded event before it, of any event
    # (`grade 3 or 4 neutropenia in 41%, and thrombocytopenia of the same grades`)
    same: bool = False

    @model_validator(mode="after")
    def _value_form(self) -> GradeRule:
        if self.same and not self.relative:
            raise ValueError("same needs relative: true")
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
                  "run_in", "monitor_header", "advice_header", "split_link", "carry_list",
                  "unobserved_after", "unobserved_before"]
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
    refers_back: dict[str, regex.Pattern]         # rule id -> its refers_back cue
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
    # statements reporting no occurrence (risk factors, associations, literature
    # summaries): to the end of the sentence part after the cue, or before it
    unobserved_after: dict[str, tuple[regex.Pattern, ...]]
    unobserved_before: dict[str, tuple[regex.Pattern, ...]]
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
    # event -> its per-grade breakdown over a coordinated predicate (decision 32)
    split_links: dict[str, tuple[regex.Pattern, ...]]
    # a sentence opening that lists the commonest members of the class graded in the
    # sentence before (note 41)
    carry_lists: dict[str, tuple[regex.Pattern, ...]]
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
                  "run_in", "monitor_header", "advice_header", "split_link", "carry_list",
                  "unobserved_after", "unobserved_before")}
    inherit_lists: dict[str, list[tuple[InheritListRule, regex.Pattern, regex.Pattern]]] = {
        "zh": [], "en": []}
    class_uses: dict[str, list[tuple[ClassUseRule, regex.Pattern | None,
                                     regex.Pattern | None]]] = {"zh": [], "en": []}
    not_before: list[regex.Pattern] = []
    death_causes: dict[tuple[str, str], list[regex.Pattern]] = {}
    zh_aliases: set[str] = set()
    refers_back: dict[str, regex.Pattern] = {}
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
                + [(1, compile_pattern(path, line, rule.id, a).pattern)
                   for a in rule.patterns_zh + rule.patterns_en],
                key=lambda item: -item[0])]
            seen_alias += [(line, rule.id, a) for a in
                           rule.aliases_en + rule.abbrev_en + rule.aliases_zh]
            zh_aliases.update(rule.aliases_zh)
            if rule.refers_back:
                refers_back[rule.id] = compile_pattern(path, line, rule.id,
                                                       f"(?:{rule.refers_back})\\Z")
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
        refers_back=refers_back,
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
        carry_lists={k: tuple(v) for k, v in cues["carry_list"].items()},
        inherit_lists={k: tuple(v) for k, v in inherit_lists.items()},
        all_grades={k: tuple(v) for k, v in cues["all_grade"].items()},
        new_clauses={k: tuple(v) for k, v in cues["new_clause"].items()},
        preclinical={k: tuple(v) for k, v in cues["preclinical"].items()},
        human={k: tuple(v) for k, v in cues["human"].items()},
        labels={k: tuple(v) for k, v in cues["label"].items()},
        unobserved_after={k: tuple(v) for k, v in cues["unobserved_after"].items()},
        unobserved_before={k: tuple(v) for k, v in cues["unobserved_before"].items()},
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
        split_links={k: tuple(v) for k, v in cues["split_link"].items()},
        class_uses={k: tuple(v) for k, v in class_uses.items()},
        zh_aliases=frozenset(zh_aliases),
    )
