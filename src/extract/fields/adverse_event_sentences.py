"""adverse_event sentence checks: whether a sentence or an event in it is an
observation at all (reported outcomes, preclinical or general statements,
recommendations, captions, case titles, label warnings, run-in labels)."""

from __future__ import annotations

import regex

from extract.context import (
    PART_BOUNDARY,
    clause_end,
    clause_start,
)
from extract.fields.adverse_event_lexicon import (
    LOOKBACK,
    Lexicon,
)
from extract.fields.adverse_event_linking import (
    Group,
    Name,
)
from extract.models import Sentence


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


# a number, or a grade in Roman numerals (``Ⅲ～Ⅳ级血小板减少是最常见的…毒性`` states a graded
# finding, not a general claim)
NUMERAL = regex.compile(r"\d|(?<![A-Za-z])[IV]{1,4}\s*(?:级|度)|[Ⅰ-Ⅻ]")


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
                # the same symptom named again later in the sentence, ungraded (`…, graded
                # as grade 2 CRS; … and the fever resolved within 12 hours`), is still that
                # manifestation (note 39; round 33)
                kinds = {n.rule_id for n in g.names}
                out += [h for h in groups if h.start >= target.end and h.grade is None
                        and {n.rule_id for n in h.names} <= kinds]
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


def topic_title(sent: Sentence, lex: Lexicon) -> bool:
    """A title line naming a topic, not the document's own cases (``…后的感染：患者
    常见问题解答``, ``CRS after CAR-T: mechanisms and management``): its events are
    not observed, whatever observation cue they sit next to (decision 24)."""
    text, lang = sent.norm, sent.lang
    return (sent.kind == "body" and len(text) <= TITLE_MAX and not TERMINAL_END.search(text)
            and any(p.search(text) for p in lex.title_excludes.get(lang, ())))


HEADING_TOPIC = 24  # characters after a subsection number read as its heading


def care_heading(sent: Sentence, lex: Lexicon) -> bool:
    """A line opening with a numbered subsection heading of a care or management
    topic (``2.3 CRS 的观察与护理 CRS 多发生于回输后 1~7 d``; the topic words are the
    ``title_exclude`` cues): its text describes the topic, so its ungraded and
    uncounted events are not observations (graded or counted ones still are)."""
    text = sent.norm
    m = NUMBERED_HEADING.match(text)
    if m is None:
        return False
    window = text[m.end():m.end() + HEADING_TOPIC].split("。")[0]
    return any(p.search(window) for p in lex.title_excludes.get(sent.lang, ()))


def label_scopes(text: str, lex: Lexicon, lang: str) -> list[tuple[int, int]]:
    """Spans of regulatory label text: from a warning cue to the end of the
    sentence part, over the commas of its list (``a boxed warning for
    mortality, prolonged cytopenia, severe infection``)."""
    return [(m.end(), clause_end(text, m.end(), PART_BOUNDARY))
            for p in lex.labels.get(lang, ()) for m in p.finditer(text)]


def unobserved_scopes(text: str, lex: Lexicon, lang: str) -> list[tuple[int, int]]:
    """Spans of statements that report no occurrence, over the commas of a list
    to the end of the sentence part: after an ``unobserved_after`` cue (a list of
    risk factors, note 38: ``Published risk factors include high tumour burden,
    grade 2 or higher CRS, ICANS``; a summary of the literature, note 40:
    ``已发表资料显示，…CRS 多为 1~2 级，严重 CRS 罕见``) or before an
    ``unobserved_before`` cue (a tested association: ``…, grade ≥2 CRS and
    any-grade ICANS were associated with MNT (P<0.05)``)."""
    out = [(m.end(), clause_end(text, m.end(), PART_BOUNDARY))
           for p in lex.unobserved_after.get(lang, ()) for m in p.finditer(text)]
    for p in lex.unobserved_before.get(lang, ()):
        for m in p.finditer(text):
            start = clause_start(text, m.start(), PART_BOUNDARY)
            if not OCCURRED.search(text, start, m.start()):
                out.append((start, m.start()))  # not an event reported, then correlated
    return out


# a verb reporting an event (``Grade 3 CRS occurred in 4 patients and was associated
# with…``): the event was observed before its association was tested
OCCURRED = regex.compile(r"(?i:\b(?:occurred|developed|experienced|had|has|have|reported|"
                         r"observed|seen|noted|was|were)\b)|出现|发生")


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


RUN_IN_BEFORE = regex.compile(r"\s*(?:[-•·*]\s*|[(（]?\d{1,2}[.)）、]\s*)?")
# a numbered subsection heading glued to its text (``2.2 神经毒性 Ⅰ级ICANS 2例``): the
# number, the event, then a space and the text
NUMBERED_HEADING = regex.compile(r"\s*\d{1,2}(?:\.\d{1,2})+\.?\s+")
HEADING_GAP = regex.compile(r"[ \t]+(?=\S)")
# from the heading's text to the next event: at most a grade (``Ⅰ级``)
HEADING_TO_EVENT = regex.compile(r"(?:[1-5IVⅠ-Ⅻ]{1,4}\s*(?:[~\-至]\s*[1-5IVⅠ-Ⅻ]{1,4}\s*)?"
                                 r"[级度])?\s*")


def run_in(text: str, group: Group, lex: Lexicon, lang: str,
           groups: list[Group] | None = None) -> bool:
    """An event that opens its sentence as a run-in label (``ICANS：2 例出现…``,
    ``Infections: …``): a heading of what follows (decision 27); so is one after
    a subsection number whose text names another event right away (``2.2 神经毒性
    Ⅰ级ICANS 2例``; ``2.1 CRS 26例中…`` still reports the CRS)."""
    gap = HEADING_GAP.match(text, group.end)
    if lang == "zh" and gap and NUMBERED_HEADING.fullmatch(text, 0, group.start) is not None:
        nxt = next((g for g in groups or [] if g.start >= gap.end()), None)
        if nxt is not None and HEADING_TO_EVENT.fullmatch(text, gap.end(), nxt.start):
            return True  # a numbered heading: its topic, not a mention
    return (RUN_IN_BEFORE.fullmatch(text, 0, group.start) is not None
            and any(p.match(text, group.end) for p in lex.run_ins[lang]))


# from a graded event to a named kind of it (``Ⅲ度及以上感染 共 4 例，均为肺部感染``,
# ``3级感染2例（肺部真菌感染1例…）``): a cue of the cases' kind, then the kind's own
# Chinese modifier glued to the event word
SUBTYPE_BRIDGE = regex.compile(r"[^;；。]{0,20}?(?:均为|主要为|多为|[(（])"
                                r"[^;；。()（）,，]{0,10}?\p{Han}")


def restated_subtype(text: str, group: Group, groups: list[Group], lex: Lexicon) -> bool:
    """An ungraded event named as the kind of the cases of a graded event of the
    same name just before it (``均为肺部感染``): those cases again, no mention of
    its own."""
    if group.grade is not None:
        return False
    events = {lex.events[n.rule_id].event for n in group.names}
    prior = [p for p in groups if p.end <= group.start]
    return bool(prior) and prior[-1].grade is not None and events <= {
        lex.events[n.rule_id].event for n in prior[-1].names} and SUBTYPE_BRIDGE.fullmatch(
            text, prior[-1].end, group.start) is not None
