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

This module holds the extractor (its per-document state and the per-sentence
and per-table-row passes) and ``build()``; the rest lives beside it:
:mod:`.adverse_event_lexicon` (rule models, compiled lexicon),
:mod:`.adverse_event_linking` (names -> units -> groups, grades and counts),
:mod:`.adverse_event_sentences` (is this an observation) and
:mod:`.adverse_event_tables` (grades and counts from table columns).
"""

from __future__ import annotations

from pathlib import Path

import regex

from extract.context import (
    PART_BOUNDARY,
    ContextRules,
    Modifier,
    clause_end,
    find_triggers,
    load_context_rules,
    modifiers_from_triggers,
)
from extract.fields.adverse_event_lexicon import (
    RULE_FILE,
    AeRule,
    EventRule,
    Lexicon,
    compile_lexicon,
)
from extract.fields.adverse_event_linking import (
    Group,
    Name,
    all_grades,
    attach_counts,
    attach_grades,
    category_grades,
    counted_clause,
    death_causes,
    distributed,
    distributions,
    drop_not_events,
    find_grades,
    find_names,
    inherit_grades,
    inherit_list_grades,
    make_groups,
    make_units,
    manifestation_scopes,
    resolve_relative,
    restated_symptoms,
    share_rate_list_grade,
    split_own_modifiers,
    undistributed,
)
from extract.fields.adverse_event_sentences import (
    assessed_symptoms,
    caption,
    care_heading,
    case_title,
    class_use,
    general,
    label_scopes,
    label_section,
    observed,
    preclinical,
    recommended,
    reported_outcome,
    restated_subtype,
    run_in,
    topic_title,
    unobserved_scopes,
)
from extract.fields.adverse_event_tables import (
    CELL_COUNT,
    advice_row,
    all_zero,
    column_counts,
    column_grade,
    counted_row,
    grade_cell,
    grade_columns,
    grade_header,
    header_grades,
    monitor_cells,
    normalize_header,
    safety_cells,
    sole_grade,
    sole_severity,
    zero_row,
)
from extract.models import Mention, Sentence
from extract.rules import check_unique, load_models
from extract.tokens import HanTokenizer, shared_tokenizer


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
        self.label_block = False  # inside the items under a bracketed `【警示语】` line
        # a by-grade table on its side (``分级 | CRS | 感染``): the events of each
        # column, by header text
        self.side_columns: dict[str, list[str]] = {}
        # a table's second header row of grades under the arms (``| Any grade |
        # Grade >=3 | Any grade | Grade >=3``), by column
        self.subheaders: list[str] = []
        # the grade a table caption states (``Table 3. Grade 3-4 laboratory abnormalities``),
        # for the rows of the table after it
        self.caption_grade: str | None = None
        # the caption before a table names adverse events (``表1 两组不良事件（例）``,
        # ``Table 2. Adverse events``): its rows with counts are observations
        self.caption_safety = False
        # the grade of the class word a body sentence ends its events with (``grade 3 or
        # higher adverse events occurred in 99%``), for a list of its commonest members
        # opening the next sentence (note 41)
        self.carry_grade: str | None = None
        # a per-patient table's columns of an event's grade (``编号 … CRS分级 ICANS分级``,
        # ``Patient | CRS grade``), by header text: the events each column grades (note 42)
        self.grade_of_columns: dict[str, list[str]] = {}

    def in_label(self, sent: Sentence) -> bool:
        """A sentence of a label's warning section or of one of its numbered
        subsections (``5 WARNINGS AND PRECAUTIONS`` then ``5.1 Cytokine Release
        Syndrome``): label text (decision 27). Sentences come in document
        order; any other section ends the warning section."""
        line = sent.norm.strip()
        if BRACKET_HEADING.match(line) or sent.kind == "heading":
            # a bracketed label heading alone on its line (`【警示语】`) opens a block of
            # warning items up to the next bracketed heading (`【不良反应】`)
            self.label_block = any(p.fullmatch(line) for p in self.lex.label_sections)
        elif self.label_block and sent.kind == "body":
            return True
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
        graded = self.patient_grades(sent) if sent.kind == "table" else []
        if sent.kind != "table":
            self.grade_of_columns = {}
        return graded + self.read(sent)

    def patient_grades(self, sent: Sentence) -> list[Mention]:
        """A row of a per-patient table under columns of an event's grade (``P5 BCMA
        PR 3 2`` under ``… CRS分级 ICANS分级``): each cell with a grade of 1 or
        more is that event at that grade, on the cell; a ``0`` or a dash gives
        nothing (note 42)."""
        out: list[Mention] = []
        for c in sent.cells or ():
            rule_ids = self.grade_of_columns.get((c.header or "").strip())
            if not rule_ids:
                continue
            raw = sent.norm[c.start:c.end]
            cell = raw.strip()
            grade = cell if PATIENT_GRADE.fullmatch(cell) else (
                column_grade(cell, self.lex) if cell and not cell.isdigit() else None)
            if grade is None:
                continue
            start = c.start + len(raw) - len(raw.lstrip())
            for rule_id in rule_ids:
                rule = self.lex.events[rule_id]
                out.append(Mention("adverse_event", value_of(rule.event, grade, False),
                                   start, start + len(cell),
                                   f"adverse_event.{rule_id}.grade_column",
                                   {"event": rule.event, "grade": grade, "negated": False}))
        return out

    def read(self, sent: Sentence) -> list[Mention]:
        carried, self.carry_grade = self.carry_grade, None
        labelled_section = self.in_label(sent)
        if sent.kind == "heading":
            # (grade_of_columns was emptied by __call__ for every sentence but a table row)
            self.side_columns, self.subheaders = {}, []
            if not sent.cells:
                # a table title glued to a section heading (`2 结果 表 1 不良事件`)
                # still titles the rows after it
                at = TABLE_TITLE.search(sent.norm)
                part = sent.norm[at.start():] if at is not None else ""
                self.note_caption(bool(part) and caption(part, self.lex, sent.lang), part,
                                  sent.lang, whole=sent.norm)
            return self.event_columns(sent) if sent.row == 0 and sent.cells else []
        if sent.kind != "table":
            self.side_columns, self.subheaders = {}, []
        elif any(self.side_columns.values()):
            return self.side_row(sent)
        elif sent.row == 1 and self.subheader_row(sent):
            return []
        text, lang = sent.norm, sent.lang
        is_caption = caption(text, self.lex, lang)
        # a table or figure title line (`Table 3. Grade 3-4 laboratory abnormalities`)
        title = is_caption and sent.kind != "table" and not SENTENCE_END.search(text)
        if sent.kind != "table":
            self.note_caption(title, text, lang)
        names = drop_not_events(text, find_names(text, self.lex), self.lex, self.tokenizer)
        if (not names or preclinical(text, self.lex, lang) or general(text, self.lex, lang)
                or labelled_section or advice_row(sent, self.lex)):
            return []
        labelled = label_scopes(text, self.lex, lang) + unobserved_scopes(text, self.lex, lang)
        names = [n for n in names if not any(s <= n.start < e for s, e in labelled)]
        if not names:
            return []
        groups = make_groups(text, make_units(text, names, self.lex), lang)
        columns = grade_columns(sent, self.lex, self.subheaders)
        spread = distributions(text, self.lex, lang, groups)
        hits = undistributed(find_grades(text, self.lex, lang), spread)
        attach_grades(text, groups, hits, self.lex, lang)
        groups = split_own_modifiers(text, groups, lang)
        share_rate_list_grade(text, groups, hits, lang)
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
        if sent.kind == "table" and self.caption_grade is not None and not columns:
            for g in groups:
                if g.grade is None:
                    g.grade = self.caption_grade  # graded by the table's caption
        category_grades(text, groups, self.lex, lang)
        if carried is not None and sent.kind == "body":
            carry_list_grade(text, groups, carried, self.lex, lang)
        if sent.kind == "body" and groups and all(
                self.lex.events[n.rule_id].class_only for n in groups[-1].names):
            self.carry_grade = groups[-1].grade
        unresolved = resolve_relative(groups, hits, self.lex)
        spans = [(n.start, n.end) for n in names]
        triggers = find_triggers(text, self.context, lang, protect=spans)
        manifest = manifestation_scopes(text, self.lex, lang, triggers)
        manifest_alone = manifestation_scopes(text, self.lex, lang, triggers, alone=True)
        is_observed = ((observed(text, self.lex, lang) and not topic_title(sent, self.lex)
                        and not care_heading(sent, self.lex))
                       or case_title(sent, self.lex))
        symptoms = assessed_symptoms(text, groups, self.lex, lang)
        symptoms += restated_symptoms(groups, manifest_alone, self.lex)
        if title and (not PATIENT_COUNT.search(POPULATION.sub("", text))
                      and (not PATIENT_COUNT.search(text) or "\n" not in text.strip())):
            return []  # a table or figure title (`Table 3. Infections by grade`): a topic
        in_safety_cell = safety_cells(sent, self.lex)
        if sent.kind == "table" and self.caption_safety and counted_row(sent):
            in_safety_cell.append((0, len(text)))  # a row of an adverse-event table
        to_monitor = monitor_cells(sent, self.lex)
        causes = death_causes(text, groups, self.lex, lang)
        out: list[Mention] = []
        for g in groups:
            if sent.kind == "body" and run_in(text, g, self.lex, lang, groups):
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
            if restated_subtype(text, g, groups, self.lex):
                continue  # the kind of a graded event's cases (`均为肺部感染`)
            mods: list[Modifier] = []
            for n in g.names:
                for mod in modifiers_from_triggers(text, (n.start, n.end), triggers,
                                                   targets=spans):
                    if mod not in mods:
                        mods.append(mod)
            if any(m.category in ("HYPOTHETICAL", "BACKGROUND") for m in mods):
                continue
            death_cause = any(g is c for c, _ in causes)
            if any(m.category == "HISTORICAL" for m in mods) and not (
                    any(self.lex.events[n.rule_id].event == "death" for n in g.names)
                    or death_cause):
                continue  # before the treatment; a study patient's death counts (note 37)
            negations = [m for m in mods if m.category == "NEGATED"]
            negated = bool(negations)
            if negated and death_cause:
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
            for n, rule in self.named_rules(text, g, groups):
                if negated and self.death_cause_in_group(text, n, g, lang):
                    continue  # `no fatal infection`: the cause qualifies the denied death
                seen: set[str | None] = set()
                for grade, patients, percent in variants:
                    if rule.ungraded:
                        grade = None  # `died of grade 4 sepsis`: the grade is not the death's
                        if grade in seen:
                            continue
                        seen.add(grade)
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

    def note_caption(self, title: bool, text: str, lang: str, whole: str | None = None) -> None:
        """Remember what a table title ``text`` states for the rows after it: its
        one grade (``Table 3. Grade 3-4 laboratory abnormalities``) and whether
        the line (``whole``, when the title is glued to a section heading) names
        adverse events (``表1 两组不良事件（例）``: rows with counts are observed)."""
        self.caption_grade = sole_grade(text, self.lex, (lang,)) if title else None
        self.caption_safety = title and any(p.search(whole or text)
                                            for p in self.lex.safety_headers)

    def named_rules(self, text: str, g: Group, groups: list[Group]
                    ) -> list[tuple[Name, EventRule]]:
        """The (name, rule) pairs a group's names give; a ``refers_back`` word
        after its cue (``ICANS occurred in 7.5%, with no grade 4 or 5 events``)
        takes the events of the nearest group before the cue that names one."""
        out: list[tuple[Name, EventRule]] = []
        for n in g.names:
            rule = self.lex.events[n.rule_id]
            cue = self.lex.refers_back.get(n.rule_id)
            m = cue.search(text, 0, n.start) if cue is not None else None
            if m is not None:
                prior = next((p for p in reversed(groups) if p.end <= m.start() and any(
                    not self.lex.events[o.rule_id].class_only for o in p.names)), None)
                if prior is not None:
                    named = [self.lex.events[o.rule_id] for o in prior.names]
                    events = {r.event: r for r in named if not r.class_only}
                    out += [(n, r) for r in events.values()]
                    continue
            out.append((n, rule))
        return out

    def death_cause_in_group(self, text: str, n: Name, g: Group, lang: str) -> bool:
        """A name that a death name of its own group introduces as its cause
        (``fatal infection``, one group of two names): note 37."""
        return self.lex.events[n.rule_id].event != "death" and any(
            self.lex.events[d.rule_id].event == "death" and d.end <= n.start
            and any(p.fullmatch(text, d.end, n.start)
                    for p in self.lex.death_causes.get((lang, "before"), ()))
            for d in g.names)

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
        # a table of groups with their patient counts (``剂量组 | 例数 | CRS分级``): its
        # event columns hold counts by grade (``1级×3``), read as note 21's event columns
        grouped = any(COUNT_HEADER.fullmatch(text[c.start:c.end].strip()) for c in sent.cells)
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
            rest = "".join(text[a:b] for a, b in zip(
                [c.start] + [n.end for n in names], [n.start for n in names] + [c.end],
                strict=True)).strip()
            if any(p.fullmatch(rest) for p in self.lex.grade_headers) and not grouped:
                # a column of each patient's grade of the event (``CRS分级``): its cells
                # are read row by row, the header is no mention (note 42)
                self.grade_of_columns[head.strip()] = [n.rule_id for n in names]
                continue
            grade = (sole_grade(normalize_header(head), self.lex, ("zh", "en"))
                     or sole_severity(head, self.lex))
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


def carry_list_grade(text: str, groups: list[Group], grade: str, lex: Lexicon,
                     lang: str) -> None:
    """A sentence opening with a list of the commonest members (``The most common
    were cytopenias (94%) and infections (32%)``) of the class graded at the end
    of the sentence before takes its grade, to the end of the sentence part (note
    41, as note 18's list within a sentence)."""
    for pattern in lex.carry_lists.get(lang, ()):
        m = pattern.match(text)
        if m is None:
            continue
        end = clause_end(text, m.end(), PART_BOUNDARY)
        for g in groups:
            if g.grade is None and m.end() <= g.start and g.end <= end:
                g.grade = grade
        return


# a column header of patient counts: a table of groups, not of single patients
COUNT_HEADER = regex.compile(r"(?i:例数|病例数|人数|患者数|n|N\s*\(%\)|no\.?\s+of\s+patients|"
                             r"patients?\s*,?\s*(?:n|no\.?)|number\s+of\s+patients)")
# a per-patient grade cell: one grade numeral of 1 or more (``3``, ``Ⅱ``, ``2 级``)
PATIENT_GRADE = regex.compile(r"[1-5]")
SENTENCE_END = regex.compile(r"[.。!?！？]\s*$")
# where a table title starts inside a heading line
TABLE_TITLE = regex.compile(r"(?<![A-Za-z])(?:表|(?i:table|tab\.))\s*\d")
# a caption's count of patients (`Grade >=3 adverse events in 40 patients`): the events counted
PATIENT_COUNT = regex.compile(r"(?i:\d+\s*(?:patients?|participants?|subjects?|例|名|位)"
                              r"|\bn\s*=\s*\d+)")
# the table's population in brackets (`Table 3. GVHD after infusion (n = 28)`): on a title
# line alone it counts no events
POPULATION = regex.compile(r"(?i:[(（]\s*(?:n\s*=\s*\d+|\d+\s*(?:patients?|例))\s*[)）])")
BRACKET_HEADING = regex.compile(r"[【\[][^】\]]{1,20}[】\]]")
SECTION_NUMBER = regex.compile(r"\s*(?P<n>\d+(?:\.\d+)*)\.?\s")
# a header of a time, a duration or a treatment of an event, not of its occurrence, or
# of the kind of the rows
NOT_EVENT_COLUMN = regex.compile(r"(?i:onset|duration|time\s+to|days?\b|median|treatment|"
                                 r"management|持续|时间|天数|中位|起病|治疗|处理|"
                                 # a header naming the rows' kind (`Infection type`)
                                 r"\btypes?\b|\bcategor(?:y|ies)\b|类型|种类)")


def build(directory: Path) -> AdverseEventExtractor:
    path = directory / RULE_FILE
    entries = load_models(path, AeRule)
    check_unique(path, [(line, r.id, r.id) for line, r in entries], "rule id")
    return AdverseEventExtractor(compile_lexicon(path, entries), load_context_rules(directory),
                                 shared_tokenizer(directory))
