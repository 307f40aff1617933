"""Segment: sections, sentences, table rows and the language of each sentence.

Works on the text as read (line structure is kept there); every sentence
carries its slice of the document's normalised text for matching. The forms
the segmenter recognises are data: section names and front-matter labels in
``rules/sections.yaml``, structural patterns, limits and character sets in
``rules/segment.yaml``.
"""

from __future__ import annotations

import dataclasses
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Literal

import regex
from pydantic import BaseModel, ConfigDict, model_validator

from extract.models import Cell, Sentence
from extract.normalize import NormText
from extract.rules import check_unique, compile_pattern, fail, load_models, rules_dir

SECTIONS_FILE = "sections.yaml"
SEGMENT_FILE = "segment.yaml"
HAN = regex.compile(r"\p{Han}")
LATIN_WORD = regex.compile(r"[A-Za-z]{2,}")
FRAGMENT_REF = regex.compile(r"\{\{([a-z][a-z0-9-]*)\}\}")
LABELS = "{{labels}}"  # where a `sections` pattern of segment.yaml takes its labels


class SectionRule(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str
    kind: Literal["reference", "front", "section"]
    match: str
    prefix: bool = False
    anywhere: bool = False
    ends_list: bool = False  # kind reference: a line opening with it ends a numbered list
    run_in: bool = False  # kind section: a run-in label opening a paragraph (`CRS：２２例…`)
    navigation: bool = False  # kind reference: the label of a footer of links (note 28)
    registration: bool = False  # kind front: a registration sentence inside front matter
    citation: bool = False  # kind reference: the label of a citation line (`Source: X, et al.…`)


class SegmentRule(BaseModel):
    """One entry of segment.yaml."""

    model_config = ConfigDict(extra="forbid")
    id: str
    kind: Literal["pattern", "fragment", "sections", "limit", "chars", "words"]
    pattern: str | None = None
    ignorecase: bool = False
    value: int | None = None
    chars: str | None = None
    words: list[str] = []

    @model_validator(mode="after")
    def _fits_kind(self) -> SegmentRule:
        regular = self.kind in ("pattern", "fragment", "sections")
        if regular != (self.pattern is not None):
            raise ValueError("pattern goes with kind 'pattern', 'fragment' or 'sections'")
        if self.ignorecase and self.kind == "fragment":
            raise ValueError("ignorecase applies to kind 'pattern' or 'sections'")
        if (self.kind == "limit") != (self.value is not None) or (self.value or 0) < 0:
            raise ValueError("kind 'limit' needs value: a number >= 0 (and only it)")
        if (self.kind == "chars") != bool(self.chars):
            raise ValueError("kind 'chars' needs chars: a non-empty string (and only it)")
        if (self.kind == "words") != bool(self.words):
            raise ValueError("kind 'words' needs words: a non-empty list (and only it)")
        if self.kind == "sections" and self.pattern is not None \
                and self.pattern.count(LABELS) != 1:
            raise ValueError(f"a 'sections' pattern holds {LABELS} once")
        return self


@dataclass(frozen=True)
class Structure:
    """The segmenter's structural forms, one attribute per id of segment.yaml
    (``-`` written ``_``); the annotation gives the kind of the entry."""

    # headings
    numbered_heading: regex.Pattern
    max_heading_chars: int
    max_numbered_heading_rest: int
    heading_rest_stop: regex.Pattern
    heading_rest_word: regex.Pattern
    max_long_heading: int
    long_heading_stop: regex.Pattern
    max_section_chars: int
    boxed_warning: regex.Pattern
    heading_brackets: regex.Pattern
    terminal: str
    clause_end: str
    glued_heading: regex.Pattern
    max_glued_phrase: int
    max_glued_words: int
    # reference lists
    reference_entry: regex.Pattern
    reference_number: regex.Pattern
    citation: regex.Pattern
    cited_publication: regex.Pattern
    max_title_after_references: int
    min_prose_after_references: int
    # front matter
    front_lead: str
    postal_affiliation: regex.Pattern
    email: regex.Pattern
    prose_sentence: regex.Pattern
    prose_words: regex.Pattern
    inline_label: regex.Pattern
    # sentences
    sentence_end: regex.Pattern
    abbreviations: frozenset[str]
    closing_number: regex.Pattern
    min_continued_line: int
    sentence_opener: regex.Pattern
    open_line_end: regex.Pattern
    continuation_start: str
    field_line: regex.Pattern
    title_punctuation: regex.Pattern
    # list items, notes, navigation footers
    bullet_item: regex.Pattern
    run_in_open: regex.Pattern
    abstract_open: regex.Pattern
    min_run_in_body: int
    navigation_lead: str
    prose: regex.Pattern
    link_prose: regex.Pattern
    link_number: regex.Pattern
    # tables
    pipe_row: regex.Pattern
    min_bare_pipes: int
    table_separator: regex.Pattern
    align_gap: regex.Pattern
    min_aligned_cells: int
    min_two_column_rows: int
    max_two_column_cell: int
    two_column_prose: regex.Pattern
    paragraph_cell: regex.Pattern
    header_row_number: regex.Pattern


KIND_OF_TYPE = {"regex.Pattern": "pattern", "int": "limit", "str": "chars",
                "frozenset[str]": "words"}
# the `sections` patterns of segment.yaml: which labels of sections.yaml they take and the
# attribute of SectionRules they make
SECTION_PATTERNS = {
    "reference-heading": "reference", "front-label": "front", "section-heading": "section",
    "front-anywhere": "front_anywhere", "reference-end": "reference_end",
    "run-in-label": "run_in", "navigation-label": "navigation",
    "registration-label": "registration", "citation-label": "citation",
}


@dataclass(frozen=True)
class SectionRules:
    reference: regex.Pattern
    front: regex.Pattern
    section: regex.Pattern
    front_anywhere: regex.Pattern | None = None
    reference_end: regex.Pattern | None = None
    run_in: regex.Pattern | None = None
    navigation: regex.Pattern | None = None
    registration: regex.Pattern | None = None
    citation: regex.Pattern | None = None
    structure: Structure | None = None


def _compile(path: Path, line: int, rule_id: str, pattern: str,
             ignorecase: bool) -> regex.Pattern:
    """A segment.yaml pattern, compiled as the segmenter matches it (regex version 0)."""
    try:
        return regex.compile(pattern, regex.I if ignorecase else 0)
    except regex.error as exc:
        raise fail(path, line, f"bad regular expression: {exc}", rule_id) from exc


def _expand(path: Path, line: int, rule: SegmentRule,
            fragments: dict[str, str], seen: tuple[str, ...] = ()) -> str:
    """The rule's pattern with every ``{{fragment}}`` written out."""

    def one(m: regex.Match) -> str:
        name = m[1]
        if name == "labels" and rule.kind == "sections" and not seen:
            return LABELS
        if name not in fragments:
            raise fail(path, line, f"unknown fragment {{{{{name}}}}}", rule.id)
        if name in seen or name == rule.id:
            raise fail(path, line, f"fragment {{{{{name}}}}} includes itself", rule.id)
        inner = SegmentRule(id=name, kind="fragment", pattern=fragments[name])
        return _expand(path, line, inner, fragments, (*seen, rule.id))

    return FRAGMENT_REF.sub(one, rule.pattern or "")


def load_structure(directory: Path) -> tuple[Structure, dict[str, tuple[int, SegmentRule, str]]]:
    """segment.yaml: the Structure, and the `sections` patterns by id as
    ``(line, rule, pattern with fragments written out)``."""
    path = directory / SEGMENT_FILE
    entries = load_models(path, SegmentRule)
    check_unique(path, [(line, r.id, r.id) for line, r in entries], "rule id")
    fields = {f.name: KIND_OF_TYPE[str(f.type)] for f in dataclasses.fields(Structure)}
    fragments = {r.id: r.pattern or "" for _, r in entries if r.kind == "fragment"}
    values: dict[str, object] = {}
    sections: dict[str, tuple[int, SegmentRule, str]] = {}
    for line, rule in entries:
        if rule.kind == "fragment":
            _compile(path, line, rule.id, _expand(path, line, rule, fragments), False)
            continue
        if rule.kind == "sections":
            if rule.id not in SECTION_PATTERNS:
                raise fail(path, line, "unknown 'sections' pattern; the segmenter reads: "
                           + ", ".join(SECTION_PATTERNS), rule.id)
            sections[rule.id] = (line, rule, _expand(path, line, rule, fragments))
            continue
        name = rule.id.replace("-", "_")
        if name not in fields:
            raise fail(path, line, "unknown id: the segmenter does not read it", rule.id)
        if rule.kind != fields[name]:
            raise fail(path, line, f"kind must be {fields[name]!r}", rule.id)
        if rule.kind == "pattern":
            values[name] = _compile(path, line, rule.id, _expand(path, line, rule, fragments),
                                    rule.ignorecase)
        elif rule.kind == "limit":
            values[name] = rule.value
        elif rule.kind == "chars":
            values[name] = rule.chars
        else:
            values[name] = frozenset(rule.words)
    missing = [n.replace("_", "-") for n in fields if n not in values]
    missing += [i for i in SECTION_PATTERNS if i not in sections]
    if missing:
        raise fail(path, None, "missing: " + ", ".join(missing))
    return Structure(**values), sections  # type: ignore[arg-type]


@lru_cache(maxsize=4)
def load_section_rules(directory: Path | None = None) -> SectionRules:
    directory = directory or rules_dir()
    path = directory / SECTIONS_FILE
    labels: dict[str, list[str]] = {field: [] for field in SECTION_PATTERNS.values()}
    for line, rule in load_models(path, SectionRule):
        compile_pattern(path, line, rule.id, rule.match)
        if rule.navigation:
            field = "navigation"
        elif rule.registration:
            field = "registration"
        elif rule.citation:
            field = "citation"
        elif rule.run_in:
            field = "run_in"
        elif rule.ends_list:
            field = "reference_end"
        elif rule.anywhere:
            field = "front_anywhere"
        else:
            field = rule.kind
        labels[field].append(f"(?:{rule.match})")
    structure, sections = load_structure(directory)
    compiled: dict[str, regex.Pattern | None] = {}
    for rule_id, field in SECTION_PATTERNS.items():
        line, rule, pattern = sections[rule_id]
        if not labels[field] and field not in ("reference", "front", "section"):
            compiled[field] = None  # no such label: the form is not looked for
            continue
        compiled[field] = _compile(path.with_name(SEGMENT_FILE), line, rule_id,
                                   pattern.replace(LABELS, "|".join(labels[field])),
                                   rule.ignorecase)
    return SectionRules(**compiled, structure=structure)  # type: ignore[arg-type]


def sentence_lang(norm: str) -> Literal["zh", "en"]:
    han = len(HAN.findall(norm))
    if han >= 2 or (han == 1 and len(LATIN_WORD.findall(norm)) <= 2):
        return "zh"
    return "en"


def table_cells(st: Structure, line: str,
                bare_pipes: bool = False) -> list[tuple[int, int]] | None:
    """Cell spans of a table line (tab-separated or markdown pipes), or None.
    ``bare_pipes``: also a line of three or more cells between pipes without the
    outer pipes (``Target | Product | N``), which the caller has seen in a run of
    such lines."""
    if "\t" in line:
        spans, pos = [], 0
        for part in line.split("\t"):
            spans.append((pos, pos + len(part)))
            pos += len(part) + 1
    elif st.pipe_row.match(line) or (bare_pipes and line.count("|") >= st.min_bare_pipes):
        spans, pos = [], 0
        for part in line.split("|"):
            spans.append((pos, pos + len(part)))
            pos += len(part) + 1
        if line.lstrip().startswith("|"):
            spans = spans[1:-1] if line.rstrip().endswith("|") else spans[1:]
        elif line.rstrip().endswith("|"):
            spans = spans[:-1]
    else:
        return None
    trimmed = []
    for s, e in spans:
        cell = line[s:e]
        lead = len(cell) - len(cell.lstrip())
        trimmed.append((s + lead, s + len(cell.rstrip())))
    if sum(1 for s, e in trimmed if e > s) < 2:
        return None
    return trimmed


def bare_pipe_lines(st: Structure, lines: list[str]) -> dict[int, list[tuple[int, int]]]:
    """Lines of a pipe table written without the outer pipes: at least two
    consecutive lines of three or more cells (a single such line is a masthead
    or a byline, ``Digest | Sarcoma | Interview``)."""
    cells = [table_cells(st, line, bare_pipes=True) if "\t" not in line else None
             for line in lines]
    return {i: spans for i, spans in enumerate(cells) if spans is not None
            and any(0 <= j < len(cells) and cells[j] is not None for j in (i - 1, i + 1))}


def _aligned_cells(st: Structure, line: str,
                   minimum: int | None = None) -> list[tuple[int, int]] | None:
    """Cells of a line whose columns are separated by runs of spaces (OCR and
    plain-text tables), or None when it has fewer than ``minimum`` (default:
    min-aligned-cells)."""
    spans, pos = [], 0
    for gap in st.align_gap.finditer(line):
        if gap.start() > pos:
            spans.append((pos, gap.start()))
        pos = gap.end()
    if pos < len(line.rstrip()):
        spans.append((pos, len(line.rstrip())))
    spans = [(s, e) for s, e in spans if line[s:e].strip()]
    return spans if len(spans) >= (minimum or st.min_aligned_cells) else None


def aligned_table_lines(st: Structure, lines: list[str]) -> dict[int, list[tuple[int, int]]]:
    """Lines that belong to a space-aligned table: at least two consecutive
    lines with the same number (>= 3) of space-separated cells, and the lines
    next to them whose cells start on the same screen columns."""
    cells = [_aligned_cells(st, line) if "\t" not in line else None for line in lines]
    # a line with a paragraph in a cell is no table row: `２．１　疗效　全部缓解患者中，…。`
    # (a numbered heading and its paragraph, parted by ideographic spaces)
    cells = [None if spans is not None and any(_prose_cell(st, line[s:e]) for s, e in spans)
             else spans for line, spans in zip(lines, cells, strict=True)]
    out = {}
    for i, spans in enumerate(cells):
        if spans is None:
            continue
        for j in (i - 1, i + 1):
            if 0 <= j < len(cells) and cells[j] is not None and len(cells[j]) == len(spans):
                out[i] = spans
                break
    grown = True
    while grown:  # a row with a cell more or less whose cells start on the columns above/below
        grown = False
        for i, spans in enumerate(cells):
            if spans is None or i in out:
                continue
            for j in (i - 1, i + 1):
                if j in out and _same_columns(_on_screen(lines[i], spans),
                                              _on_screen(lines[j], out[j])):
                    out[i] = spans
                    grown = True
                    break
    return out | two_column_lines(st, lines, set(out))


def _prose_cell(st: Structure, cell: str) -> bool:
    """A paragraph in a cell: a Chinese full stop, or a cell too long for a table
    with sentence punctuation in it."""
    return bool(st.paragraph_cell.search(cell)) or (
        len(cell) > st.max_two_column_cell and bool(st.two_column_prose.search(cell)))


def two_column_lines(st: Structure, lines: list[str],
                     taken: set[int]) -> dict[int, list[tuple[int, int]]]:
    """Lines of a two-column space-aligned table (``Outcome    Patients (N = 20)``
    over ``CR at day 28    17/20 (85%)``): a run of at least min-two-column-rows
    consecutive lines of exactly two short cells without prose punctuation whose
    second cells start on the same screen column (not the labelled paragraphs of a
    structured abstract, ``方法　开展开放标签…。``)."""
    out: dict[int, list[tuple[int, int]]] = {}
    run: list[tuple[int, list[tuple[int, int]]]] = []
    column: int | None = None

    def close() -> None:
        if len(run) >= st.min_two_column_rows:
            out.update(run)
        run.clear()

    for i, line in enumerate(lines):
        spans = (None if i in taken or "\t" in line
                 else _aligned_cells(st, line, minimum=2))
        if spans is None or len(spans) != 2 or any(
                e - s > st.max_two_column_cell or st.two_column_prose.search(line[s:e])
                for s, e in spans):
            close()
            continue
        start = _screen(line)[spans[1][0]]
        if run and start != column:
            close()
        run.append((i, spans))
        column = start
    close()
    return out


def _same_columns(spans: list[tuple[int, int]], table_row: list[tuple[int, int]]) -> bool:
    """Every cell but at most one starts where a cell of the table row starts."""
    starts = {s for s, _ in table_row}
    return sum(s not in starts for s, _ in spans) <= 1 and abs(len(spans) - len(table_row)) <= 2


def _screen(line: str) -> list[int]:
    """Screen column of each character offset of a line (and of its end):
    Chinese characters and full-width forms take two columns."""
    cols = [0]
    for ch in line:
        cols.append(cols[-1] + (2 if unicodedata.east_asian_width(ch) in "WF" else 1))
    return cols


def _on_screen(line: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    cols = _screen(line)
    return [(cols[s], cols[e]) for s, e in spans]


def _columns(st: Structure, text: str,
             rows: list[tuple[int, int, list[tuple[int, int]]]]) -> list[tuple[int, int]]:
    """Screen columns of a space-aligned table: the span of each header cell
    widened by the cells of the rows that have as many cells as the header
    (their i-th cell is in the i-th column); [] unless fixed-width."""
    first_start, first_end, header = rows[0]
    if table_cells(st, text[first_start:first_end], bare_pipes=True) is not None:
        return []
    columns = _on_screen(text[first_start:first_end], header)
    for lstart, lend, cells in rows[1:]:
        line = text[lstart:lend]
        if len(cells) == len(header) and table_cells(st, line, bare_pipes=True) is None:
            columns = [(min(a, s), max(b, e))
                       for (a, b), (s, e) in zip(columns, _on_screen(line, cells), strict=True)]
    return columns


def _split_at_columns(line: str, cells: list[tuple[int, int]],
                      columns: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Cut a cell that runs over the start of a later column (or one screen
    column after it) where a single space stands just before it
    (``NAME (NCT01234567) drug``, ``泽沃基奥仑赛 BCMA``)."""
    starts = {c for c, _ in columns[1:]}
    starts |= {c + 1 for c in starts}  # a cell pushed one column right by a long one before it
    cols = _screen(line)
    out = []
    for s, e in cells:
        for k in range(s + 2, e):
            if cols[k] in starts and line[k - 1] == " " and not line[k].isspace():
                out.append((s, len(line[:k].rstrip())))
                s = k
        out.append((s, e))
    return out


def _column_of(span: tuple[int, int], columns: list[tuple[int, int]]) -> int:
    """Index of the column a cell (in screen columns) overlaps the most, or
    of the nearest one when it overlaps none."""
    s, e = span
    return max(range(len(columns)),
               key=lambda i: min(e, columns[i][1]) - max(s, columns[i][0]))


class Segmenter:
    def __init__(self, rules: SectionRules | None = None) -> None:
        self.rules = rules or load_section_rules()
        self.st = self.rules.structure or load_section_rules().structure

    # ---------------------------------------------------------------- lines
    def heading_kind(self, line: str) -> str | None:
        """'reference', 'section' or None for a stripped line."""
        st = self.st
        if st.boxed_warning.match(line):
            return "section"
        if not line or len(line) > st.max_heading_chars:
            return None
        key = st.heading_brackets.sub("", line)
        if self.rules.reference.match(key):
            return "reference"
        if self.rules.section.match(key):
            return "section"
        if line[-1] in st.terminal or line[-1] in st.clause_end:
            return None
        m = st.numbered_heading.match(line)
        if (m and len(m["rest"]) <= st.max_numbered_heading_rest
                and not st.heading_rest_stop.search(m["rest"])):
            if st.heading_rest_word.search(m["rest"]):
                return "section"
        if line.startswith("#"):
            return "section"
        return None

    def is_front(self, line: str, anywhere: bool = True) -> bool:
        """Front matter: a front-matter prefix, an e-mail, a postal affiliation or
        (``anywhere``) a funding statement anywhere in the line."""
        key = line.lstrip(self.st.front_lead)
        return bool(self.rules.front.match(key) or self.st.email.search(line)
                    or self.st.postal_affiliation.match(line)
                    or (anywhere and self.rules.front_anywhere
                        and self.rules.front_anywhere.search(line)))

    def _in_passing(self, sentence: str) -> bool:
        """A sentence of running text (not a front-matter label) that is front
        matter only for an e-mail, a grant or a funding word in it."""
        return bool(self.st.prose_sentence.search(sentence)
                    and not self.rules.front.match(sentence.lstrip(self.st.front_lead)))

    # ------------------------------------------------------------ sentences
    def segment(self, nt: NormText, *, include_references: bool = False) -> list[Sentence]:
        st = self.st
        text = nt.text
        out: list[Sentence] = []
        section = ""
        in_refs = False
        para: list[tuple[int, int]] = []  # line spans of the open paragraph
        para_kind = "body"
        table: list[tuple[int, int, list[tuple[int, int]]]] = []
        blank_before = False
        pending_heading: tuple[int, str] | None = None
        first_start: int | None = None  # the first line of the document (its title)
        masthead = True  # no paragraph of prose nor a heading yet: title, authors, journal
        ref_lines = [0, 0]  # numbered and unnumbered entries of the open reference list
        entry_no: int | None = None  # number of the headingless reference entry just read
        nav_open = False  # under a related-reading label alone on its line

        def flush_para() -> None:
            nonlocal para, masthead
            if para:
                self._sentences(nt, para[0][0], para[-1][1], section, para_kind, out)
                if para_kind == "body" and st.title_punctuation.search(
                        text[para[0][0]:para[-1][1]]):
                    masthead = False
            para = []

        def flush_table() -> None:
            nonlocal table
            if table:
                self._table(nt, table, section, "reference" if in_refs else "table", out)
            table = []

        raw_lines = text.splitlines(keepends=True)
        plain = [r.rstrip("\r\n") for r in raw_lines]
        piped = bare_pipe_lines(st, plain)
        aligned = aligned_table_lines(st, ["" if i in piped else line
                                           for i, line in enumerate(plain)])
        pos = 0
        for number, raw in enumerate(raw_lines):
            start, pos = pos, pos + len(raw)
            line_text = raw.rstrip("\r\n")
            stripped = line_text.strip()
            if not stripped:
                blank_before = True
                nav_open = False
                continue
            lstart = start + (len(line_text) - len(line_text.lstrip()))
            lend = start + len(line_text.rstrip())
            if pending_heading is not None:
                hstart, first = pending_heading
                pending_heading = None
                section = (first + stripped)[:st.max_section_chars]
                self._add(nt, hstart, lend, section, "reference" if in_refs else "heading", out)
                blank_before = False
                continue
            if table and st.table_separator.match(line_text):  # markdown |---|---| row
                continue
            nav = None if include_references else self.navigation(stripped, nav_open)
            nav_open = (nav_open and nav is not None) or nav == "label"
            if nav:  # a related-reading footer of links: navigation (note 28)
                flush_para()
                flush_table()
                self._add(nt, lstart, lend, section, "reference", out)
                blank_before = False
                continue
            cells = table_cells(st, line_text) or piped.get(number) or aligned.get(number)
            if cells is not None:
                flush_para()
                table.append((start, start + len(line_text), cells))
                blank_before = False
                continue
            flush_table()
            kind = self.heading_kind(stripped)
            nxt = raw_lines[number + 1].strip() if number + 1 < len(raw_lines) else ""
            if kind is None and not in_refs and self._long_heading(stripped, nxt):
                kind = "section"
            if kind:
                flush_para()
                masthead = False
                if kind == "reference":
                    in_refs = True
                    ref_lines = [0, 0]
                elif in_refs and self.rules.section.match(st.heading_brackets.sub("", stripped)):
                    in_refs = False
                if kind == "section" and self._heading_goes_on(stripped, nxt):
                    # a heading broken inside a word (`五、靶向间` / `皮素的 CAR-T`)
                    pending_heading = (lstart, stripped)
                    continue
                section = stripped[:st.max_section_chars]
                hk = "reference" if in_refs else "heading"
                self._add(nt, lstart, lend, section, hk, out)
                blank_before = False
                continue
            if first_start is None:
                first_start = lstart
            if (para and not blank_before and self._continues(text, para[-1], stripped, False)
                    and not (len(para) == 1 and self._heading_line(text, para[0], stripped))
                    and (in_refs or self.is_front(stripped) == (para_kind == "front"))):
                # a line that goes on with the open sentence (front matter and text
                # do not run into each other: `（单位，邮编）` / `基金项目：…`)
                para.append((lstart, lend))
                continue
            glued = None if in_refs else self.glued_heading(stripped)
            if glued:  # `2.1 感染发生情况  早期感染…`: the number and phrase are a heading
                flush_para()
                section = glued["head"][:st.max_section_chars]
                self._add(nt, lstart, lstart + glued.end("head"), section, "heading", out)
                lstart += glued.start("body")
                stripped = glued["body"]
            if (in_refs and not include_references and blank_before and ref_lines[0]
                    and not ref_lines[1]
                    and self._ends_references(stripped, raw_lines[number + 1:])):
                flush_para()
                in_refs, section = False, ""
            if in_refs and not include_references:
                ref_lines[0 if st.reference_number.match(stripped) else 1] += 1
                line_kind = "reference"
            elif self.is_front(stripped):
                line_kind = "front"
            elif ((st.reference_entry.match(stripped) or self.citation_line(stripped)
                   or self._next_entry(stripped, entry_no))
                  and not include_references):
                line_kind = "reference"
            else:
                line_kind = "body"
            entry_no = self._entry_number(stripped) if line_kind == "reference" else None
            if para and (line_kind != para_kind
                         or not self._continues(text, para[-1], stripped, blank_before)
                         or (len(para) == 1 and not blank_before
                             and self._heading_line(text, para[0], stripped))
                         or (blank_before
                             and self._is_title(text, para, first_start, masthead))):
                flush_para()
            if not para:
                para_kind = line_kind
                label = st.inline_label.match(stripped)
                if label and line_kind == "body":
                    section = label["label"]
                elif line_kind == "body" and (run_in := self.run_in_label(stripped)):
                    # `CRS：２２例…`, `Safety: …`: the label is a heading, the rest is read
                    self._add(nt, lstart, lstart + run_in, section, "heading", out)
                    lstart += run_in
            para.append((lstart, lend))
            blank_before = False
        flush_para()
        flush_table()
        return out

    def navigation(self, line: str, under_label: bool = False) -> str | None:
        """'label' for a related-reading label alone on its line, 'links' for the
        label followed by a list of titles (or, ``under_label``, a line of titles
        below such a label), None otherwise (prose after the label is read)."""
        lead = self.st.navigation_lead
        m = self.rules.navigation.match(line.lstrip(lead)) if self.rules.navigation else None
        if m is None and not under_label:
            return None
        if m is None:  # a line of the list below a label alone on its line
            title = self.st.link_number.sub("", line.lstrip(lead), count=1)
            return None if self.st.link_prose.search(title) else "links"
        rest = line.lstrip(lead)[m.end():].strip()
        if not rest:
            return "label"
        return None if self.st.prose.search(rest) else "links"

    def _entry_number(self, line: str) -> int | None:
        m = self.st.reference_number.match(line)
        digits = regex.search(r"\d+", m.group()) if m else None
        return int(digits.group()) if digits else None

    def _next_entry(self, line: str, previous: int | None) -> bool:
        """The entry numbered after a headingless reference entry (`1. Magee MS, et
        al. … 2018;6:509-516.` / `2. ClinicalTrials.gov. NCT05319314.`): the list
        goes on even where an entry lacks the citation shape."""
        return previous is not None and self._entry_number(line) == previous + 1

    def citation_line(self, line: str) -> bool:
        """A line that cites a publication under a label (`Source: Del Bufalo F, et al.
        … N Engl J Med 2023;388:1284-95.`, `原文：…`): a reference entry outside the list."""
        m = self.rules.citation.match(line) if self.rules.citation else None
        return bool(m and self.st.cited_publication.search(line, m.end()))

    def run_in_label(self, line: str) -> int:
        """Length of a run-in label with its colon opening a paragraph line, or 0.
        The text after it names the label's topic again (`CRS：２２例…发生CRS`): a
        label the text does not restate is part of what it says (`Complete
        remission: 5 patients`)."""
        m = self.rules.run_in.match(line) if self.rules.run_in else None
        if not m or len(line) - m.end() < self.st.min_run_in_body:
            return 0
        label = unicodedata.normalize("NFKC", m["label"]).casefold()
        rest = unicodedata.normalize("NFKC", line[m.end():]).casefold()
        return m.end() if len(label) >= 2 and label in rest else 0

    def glued_heading(self, line: str) -> regex.Match | None:
        """A numbered section heading run into its paragraph on one line
        (`2.1 感染发生情况  早期感染以…`), or None."""
        m = self.st.glued_heading.match(line)
        if m is None:
            return None
        phrase = line[:m.end("head")]
        if (len(HAN.findall(phrase)) > self.st.max_glued_phrase
                or len(phrase.split()) > self.st.max_glued_words):
            return None
        return m

    def _ends_references(self, line: str, following: list[str]) -> bool:
        """A paragraph after a numbered reference list that is not an entry: it
        opens an abstract/summary/letter (or is the title line just above one),
        or is long prose without the citation shape of an entry."""
        st = self.st
        if st.reference_number.match(line) or st.citation.search(line):
            return False
        opens = self.rules.reference_end
        if opens is not None and opens.match(line):
            return True
        nxt = next((f.strip() for f in following if f.strip()), "")
        if (opens is not None and line[-1] not in st.terminal
                and len(line) <= st.max_title_after_references
                and opens.match(nxt) and not st.citation.search(nxt)):
            return True
        return len(line) >= st.min_prose_after_references and (
            line[-1] in st.terminal or bool(st.sentence_end.search(line)))

    def _is_title(self, text: str, para: list[tuple[int, int]], first_start: int | None,
                  masthead: bool = False) -> bool:
        """The open paragraph is the document's first line alone, or a line of the
        masthead (before any paragraph of prose or heading: the title under the
        journal's name), a title without clause punctuation: it never goes on across
        a blank line (into a note or the authors' names)."""
        return (len(para) == 1 and (para[0][0] == first_start or masthead)
                and not self.st.title_punctuation.search(text[para[0][0]:para[0][1]]))

    def _long_heading(self, line: str, nxt: str) -> bool:
        """A numbered English heading too long for `heading_kind` (`4. Allogeneic CD19
        CAR T cells with gene editing`, `5.3 Hemophagocytic Lymphohistiocytosis (HLH)/…`)
        on its own line, the paragraph it heads starting with a capital on the next."""
        st = self.st
        m = st.numbered_heading.match(line)
        return bool(m and len(m["rest"]) <= st.max_long_heading
                    and line[-1] not in st.terminal + st.clause_end
                    and regex.match(r"\p{Lu}", m["rest"]) and not HAN.search(line)
                    and not st.long_heading_stop.search(line) and regex.match(r"\p{Lu}", nxt)
                    and not st.numbered_heading.match(nxt) and not line.startswith("#"))

    def _heading_goes_on(self, heading: str, nxt: str) -> bool:
        """A heading line that ends inside a Chinese word, followed directly by a
        short line that finishes it."""
        return bool(nxt and HAN.match(heading[-1]) and HAN.match(nxt[0])
                    and len(heading) + len(nxt) <= self.st.max_heading_chars
                    and nxt[-1] not in self.st.terminal and not self.heading_kind(nxt)
                    and table_cells(self.st, nxt) is None)

    def _heading_line(self, text: str, line: tuple[int, int], nxt: str) -> bool:
        """A paragraph's short first line that does not run on (`DESCAR-T: axi-cel
        versus tisa-cel, updated`), followed by a line opening a sentence of its
        own (kind `sentence-opener`: `The French registry team presented…`): a
        heading, not the start of a wrapped sentence."""
        st = self.st
        first = text[line[0]:line[1]].strip()
        return bool(first and len(first) <= st.max_heading_chars and not HAN.search(first)
                    and first[-1] not in st.terminal + st.clause_end
                    and not st.open_line_end.search(first) and st.sentence_opener.match(nxt))

    def _continues(self, text: str, prev: tuple[int, int], nxt: str, blank_before: bool) -> bool:
        st = self.st
        prev_line = text[prev[0]:prev[1]]
        if len(prev_line) < st.min_continued_line or prev_line[-1] in st.terminal:
            return False
        if st.bullet_item.match(nxt) or (blank_before and st.run_in_open.match(nxt)):
            return False  # a list item, or a note (`注：…`) after a blank line, starts anew
        if st.abstract_open.match(nxt):
            return False  # `Abstract: We report…` under the title line: the title ends
        if not blank_before:
            return True
        if st.field_line.match(prev_line):
            return False  # page furniture (`发布时间：… 来源：…`) above a paragraph
        first = nxt[0]
        return bool(HAN.match(first) or first.islower() or first.isdigit()
                    or first in st.continuation_start)

    def _sentences(self, nt: NormText, start: int, end: int, section: str, kind: str,
                   out: list[Sentence]) -> None:
        text = nt.text
        chunk = text[start:end]
        cut = 0
        spans = []
        for m in self.st.sentence_end.finditer(chunk):
            if m.group().startswith("."):
                word = regex.search(r"([\w.]+)$", chunk[:m.start()])
                token = word.group(1).lower() if word else ""
                initial = (len(token) == 1 and token.isalpha()
                           and not chunk[:m.start() - 1].endswith("°"))  # not `39 °C.`
                # a short number ends no sentence (`Fig. 2. A`, `1. Introduction`)
                # unless it closes the sentence's own phrase (kind `closing-number`:
                # `SRI-4.`, `by month 6.`, `haploidentical in 5.`)
                named = self.st.closing_number.search(chunk, 0, m.start())
                if (token in self.st.abbreviations or initial
                        or (token.isdigit() and len(token) <= 2 and not named)):
                    continue
            spans.append((start + cut, start + m.end()))
            cut = m.end()
        spans.append((start + cut, end))
        spans = [(s, e) for s, e in spans if text[s:e].strip()]
        # a paragraph of text that ends in a funding statement (`Among 11 patients …
        # (Funded by …)`): the sentences before the first front sentence are prose
        # (not so a paragraph of authors' data: a front-matter prefix, an e-mail)
        prose = (kind == "front" and len(spans) > 1
                 and not self.is_front(chunk, anywhere=False))
        # a body paragraph that mentions an e-mail or a grant in passing (`The safety
        # data are unaffected: … The e-mail address (a@b.org) was misprinted. We
        # apologise …`): it opens with a prose sentence and its front sentences are
        # prose too (no `Contact: a@b.org`); its other sentences are prose
        texts = [text[s:e].strip() for s, e in spans]
        running = (kind == "front" and len(spans) > 1 and not self.is_front(texts[0])
                   and all(self._in_passing(t) for t in texts if self.is_front(t)))
        # a paragraph of running text closed by its contact line (`… CD19 and CD22. Ask
        # your consultant. Contact: a@b.org`): the sentences before it are prose (not
        # when more data follow the contact: `… Contact: a@b.org. Bulletin no. 12.`)
        first = next((i for i, t in enumerate(texts) if self.is_front(t)), len(texts))
        lead = (kind == "front" and all(self.is_front(t) for t in texts[first:])
                and any(self.st.prose_words.search(t) for t in texts[:first]))
        for i, (s, e) in enumerate(spans):
            sentence = text[s:e].strip()
            prose = prose and not self.is_front(sentence)
            body = prose or (running and not self.is_front(sentence)) or (lead and i < first)
            own = (kind == "front" and self.rules.registration is not None
                   and self.rules.registration.match(sentence))
            self._add(nt, s, e, section, "body" if body or own else kind, out)

    @staticmethod
    def _add(nt: NormText, start: int, end: int, section: str, kind: str,
             out: list[Sentence], row: int | None = None, cells: list[Cell] | None = None) -> None:
        text = nt.text
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end <= start:
            return
        ns, ne = nt.to_norm(start, end)
        norm = nt.norm[ns:ne]
        out.append(Sentence(start, end, norm, ns, sentence_lang(norm), section, kind,  # type: ignore[arg-type]
                            row=row, cells=cells or []))

    def _table(self, nt: NormText, rows: list[tuple[int, int, list[tuple[int, int]]]],
               section: str, kind: str, out: list[Sentence]) -> None:
        text = nt.text
        first_start, _, first_cells = rows[0]
        first = [text[first_start + s:first_start + e] for s, e in first_cells]
        has_header = len(rows) > 1 and not any(self.st.header_row_number.search(c) for c in first)
        headers = [c.strip() for c in first] if has_header else []
        columns = _columns(self.st, text, rows) if has_header else []
        for number, (lstart, lend, cells) in enumerate(rows):
            ns = nt.o2n[lstart]
            cell_objs = []
            numbers = range(len(cells))
            if (columns and len(cells) != len(headers)
                    and table_cells(self.st, text[lstart:lend], bare_pipes=True) is None):
                line = text[lstart:lend]
                cells = _split_at_columns(line, cells, columns)
                numbers = [_column_of(span, columns) for span in _on_screen(line, cells)]
            for i, (s, e) in zip(numbers, cells, strict=True):
                cs, ce = nt.to_norm(lstart + s, lstart + e)
                header = headers[i] if i < len(headers) else ""
                cell_objs.append(Cell(cs - ns, ce - ns, header))
            if has_header and number == 0:
                self._add(nt, lstart, lend, section, "heading" if kind == "table" else kind, out,
                          row=0, cells=cell_objs)
                continue
            self._add(nt, lstart, lend, section, kind, out, row=number, cells=cell_objs)
            if out and out[-1].row == number:
                # _add trims leading white space: keep cell offsets relative to the sentence
                shift = out[-1].nstart - ns
                if shift:
                    for c in out[-1].cells:
                        c.start -= shift
                        c.end -= shift
