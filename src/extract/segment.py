"""Segment: sections, sentences, table rows and the language of each sentence.

Works on the text as read (line structure is kept there); every sentence
carries its slice of the document's normalised text for matching.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Literal

import regex
from pydantic import BaseModel, ConfigDict

from extract.models import Cell, Sentence
from extract.normalize import NormText
from extract.rules import compile_pattern, load_models, rules_dir

MAX_HEADING_CHARS = 60
MAX_LONG_HEADING = 90  # the text of a numbered English heading followed by its paragraph
MIN_CONTINUED_LINE = 30  # a line this long that ends mid-sentence continues on the next line
TERMINAL = "。！？!?；;.:：…"
OPENERS = r"(?:#{1,6}\s+|\d{1,2}(?:\.\d{1,2}){0,3}\.?\s+(?=\S)"
OPENERS += r"|\d{1,2}\.\d{1,2}(?:\.\d{1,2})*\s*"
OPENERS += r"(?=\p{Han})|[一二三四五六七八九十]{1,3}\s*[、.．]\s*"
OPENERS += r"|[(（][一二三四五六七八九十\d]{1,3}[)）]\s*"
OPENERS += r"|第[一二三四五六七八九十\d]+[章节部分]\s*)"
NUMBERED = regex.compile(rf"^{OPENERS}(?P<rest>.+)$")
# the heading of a label's boxed warning, in capitals whatever its length
# (``WARNING: CYTOKINE RELEASE SYNDROME, NEUROLOGIC TOXICITIES, and ...``)
BOXED_WARNING = regex.compile(r"^(?:BOXED\s+)?WARNING\s*:\s*\p{Lu}[\p{Lu}\d\s,;/&()\-–]*"
                              r"(?:\b(?:and|or|of|with|in|for)\b[\p{Lu}\d\s,;/&()\-–]*)*$")
BRACKETS = regex.compile(r"[\s\[\]【】\(\)（）:：#*_]+")
REF_ENTRY = regex.compile(
    r"^\s*(?:[-*]\s*)?(?:\[\d{1,3}\]|\d{1,3}\.)\s*\S.*(?:\[[JMCDRSPNZ](?:/OL)?\]|\bet al\b|"
    r"\bdoi\b|\b(?:19|20)\d{2}\s*[;,，]\s*\d)", regex.I)
REF_NUMBER = regex.compile(r"^\s*(?:[-*]\s*)?(?:[\[［]\d{1,3}[\]］]|\d{1,3}\s*[.)）、])")
# the citation shape of a reference entry: et al, [J], doi, a year before volume or pages,
# volume(issue): pages
CITATION = regex.compile(r"\bet\s+al\b|等\s*[.．]|\[[JMCDRSPNZ](?:/OL)?\]|\bdoi\b|"
                         r"\b(?:19|20)\d{2}\s*[;,，.]\s*\d|\d+\s*\(\d+\)\s*[:：]\s*\d|"
                         r"\b\d+\s*[:：]\s*\d+\s*[-–]\s*\d+", regex.I)
MAX_TITLE_AFTER_REFS = 200  # a title line above an abstract after the reference list
MIN_PROSE_AFTER_REFS = 150  # an unnumbered paragraph this long without citation shape is prose
# a numbered section heading run into its paragraph: number, a short phrase, then the
# text after two spaces (any phrase) or one space (a phrase of Chinese characters only)
SECTION_NUMBER = (r"(?:\d{1,2}(?:[.．]\d{1,2}){0,3}[.．]?\s*"
                  r"|[一二三四五六七八九十]{1,3}\s*[、.．]\s*|[(（][一二三四五六七八九十\d]{1,3}[)）]\s*|第[一二三四五六七八九十\d]+[章节部分]\s*)")
# (a single space only after a sub-section or Chinese number: `3 级 CRS …` is a sentence)
SUB_NUMBER = (r"(?:\d{1,2}(?:[.．]\d{1,2}){1,3}[.．]?\s*|[一二三四五六七八九十]{1,3}\s*[、.．]\s*"
              r"|[(（][一二三四五六七八九十\d]{1,3}[)）]\s*|第[一二三四五六七八九十\d]+[章节部分]\s*)")
NOT_PHRASE = (r"(?!例|名|位|个|個|次|天|日|月|年|周|週|岁|歲|小时|小時|级|級|期|型|组|組|倍"
              r"|mg|kg|ml|mL|μg|%)")
PHRASE_WORD = r"[^\s。！？!?；;，,：:、]+"
GLUED_HEADING = regex.compile(
    rf"^(?P<head>(?:{SECTION_NUMBER}{NOT_PHRASE}(?=[\p{{Han}}A-Za-z])"
    rf"{PHRASE_WORD}(?:[ ]{PHRASE_WORD}){{0,7}}(?=[ ]{{2}}|\u3000)"
    rf"|{SUB_NUMBER}{NOT_PHRASE}\p{{Han}}{{2,12}}(?=[ ]\S)))"
    r"[ \u3000]+(?P<body>[\p{Han}\p{Lu}\d(（].*[。！？!?；;，,.].*)$")
MAX_GLUED_PHRASE = 12
MIN_RUN_IN_BODY = 4  # characters after a run-in label for it to be one
POSTAL_AFFILIATION = regex.compile(r"^\d{6}\s*\p{Han}")
EMAIL = regex.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
INLINE_LABEL = regex.compile(
    r"^\s*[【\[]?(?P<label>目的|方法|结果|结论|背景|Background|Objectives?|Purpose|Aims?|Methods?|"
    r"Results?|Findings|Conclusions?|Interpretation)[】\]]?\s*[:：]?(?=\s|[】\]:：]|\p{Han})",
    regex.I)
SENT_END = regex.compile(
    r"[。！？!?]+[”’」』）)】\"']*|\.(?=[”’\"')）]*\s+[\p{Lu}\p{Han}\d(\[])[”’\"')）]*")
ABBREV = {"al", "e.g", "i.e", "vs", "fig", "figs", "no", "dr", "approx", "ca", "ref", "refs",
          "incl", "etc", "inc", "ltd", "st", "jr", "sr", "mr", "mrs", "ms", "prof", "eq", "tab",
          "suppl", "vol", "pp", "dept", "nos", "cf", "resp", "ph", "viz"}
HAN = regex.compile(r"\p{Han}")
FRONT_LEAD = " -*【[#"
BULLET_ITEM = regex.compile(r"^[-*•·▪●]\s+\S")
RUN_IN_OPEN = regex.compile(r"^[（(]?[\p{Han}A-Za-z]{1,6}[：:]")
LATIN_WORD = regex.compile(r"[A-Za-z]{2,}")
NAV_LEAD = "#*-•· "
# prose, not a list of titles: a comma, or a sentence end with text after it
PROSE = regex.compile(r"[，,]|[。！？!?](?!\s*$)|\.\s+(?=\S)")
TABLE_SEP = regex.compile(r"^\s*\|?\s*:?-{3,}")
MIN_BARE_PIPES = 2  # pipes of a table line without outer pipes (three cells)


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


@lru_cache(maxsize=4)
def load_section_rules(directory: Path | None = None) -> SectionRules:
    path = (directory or rules_dir()) / "sections.yaml"
    by_kind: dict[str, list[str]] = {"reference": [], "front": [], "section": []}
    ends: list[str] = []
    anywhere: list[str] = []
    run_in: list[str] = []
    navigation: list[str] = []
    registration: list[str] = []
    for line, rule in load_models(path, SectionRule):
        compile_pattern(path, line, rule.id, rule.match)
        if rule.navigation:
            navigation.append(f"(?:{rule.match})")
        elif rule.registration:
            registration.append(f"(?:{rule.match})")
        elif rule.run_in:
            run_in.append(f"(?:{rule.match})")
        elif rule.ends_list:
            ends.append(f"(?:{rule.match})")
        else:
            (anywhere if rule.anywhere else by_kind[rule.kind]).append(f"(?:{rule.match})")
    return SectionRules(
        reference=regex.compile(rf"^(?:{'|'.join(by_kind['reference'])})$", regex.I),
        front=regex.compile(rf"^(?:{'|'.join(by_kind['front'])})(?=[\s:：\]】]|$)", regex.I),
        section=regex.compile(rf"^(?:{'|'.join(by_kind['section'])})$", regex.I),
        front_anywhere=regex.compile("|".join(anywhere), regex.I) if anywhere else None,
        reference_end=(regex.compile(rf"^[【\[]?(?:{'|'.join(ends)})"
                                     r"[】\]]?(?=\s*[:：.]|\s+\D|$|(?<=[】\]]))", regex.I)
                       if ends else None),
        run_in=(regex.compile(rf"^(?P<label>{'|'.join(run_in)})\s*[：:]\s*(?=\S)")
                if run_in else None),
        navigation=(regex.compile(rf"^[【\[]?(?:{'|'.join(navigation)})[】\]]?\s*(?:[:：]\s*|(?<=[】\]])|$)",
                                  regex.I) if navigation else None),
        registration=(regex.compile(rf"^(?:{'|'.join(registration)})\b", regex.I)
                      if registration else None),
    )


def sentence_lang(norm: str) -> Literal["zh", "en"]:
    han = len(HAN.findall(norm))
    if han >= 2 or (han == 1 and len(LATIN_WORD.findall(norm)) <= 2):
        return "zh"
    return "en"


def table_cells(line: str, bare_pipes: bool = False) -> list[tuple[int, int]] | None:
    """Cell spans of a table line (tab-separated or markdown pipes), or None.
    ``bare_pipes``: also a line of three or more cells between pipes without the
    outer pipes (``Target | Product | N``), which the caller has seen in a run of
    such lines."""
    if "\t" in line:
        spans, pos = [], 0
        for part in line.split("\t"):
            spans.append((pos, pos + len(part)))
            pos += len(part) + 1
    elif (line.lstrip().startswith("|") and line.count("|") >= 3) or (
            bare_pipes and line.count("|") >= MIN_BARE_PIPES):
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


def bare_pipe_lines(lines: list[str]) -> dict[int, list[tuple[int, int]]]:
    """Lines of a pipe table written without the outer pipes: at least two
    consecutive lines of three or more cells (a single such line is a masthead
    or a byline, ``Digest | Sarcoma | Interview``)."""
    cells = [table_cells(line, bare_pipes=True) if "\t" not in line else None
             for line in lines]
    return {i: spans for i, spans in enumerate(cells) if spans is not None
            and any(0 <= j < len(cells) and cells[j] is not None for j in (i - 1, i + 1))}


ALIGN_GAP = regex.compile(r"[ \u3000]{2,}|\u3000")
MIN_ALIGNED_CELLS = 3


def _aligned_cells(line: str) -> list[tuple[int, int]] | None:
    """Cells of a line whose columns are separated by runs of spaces (OCR and
    plain-text tables), or None when it has fewer than three."""
    spans, pos = [], 0
    for gap in ALIGN_GAP.finditer(line):
        if gap.start() > pos:
            spans.append((pos, gap.start()))
        pos = gap.end()
    if pos < len(line.rstrip()):
        spans.append((pos, len(line.rstrip())))
    spans = [(s, e) for s, e in spans if line[s:e].strip()]
    return spans if len(spans) >= MIN_ALIGNED_CELLS else None


def aligned_table_lines(lines: list[str]) -> dict[int, list[tuple[int, int]]]:
    """Lines that belong to a space-aligned table: at least two consecutive
    lines with the same number (>= 3) of space-separated cells, and the lines
    next to them whose cells start on the same screen columns."""
    cells = [_aligned_cells(line) if "\t" not in line else None for line in lines]
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


def _columns(text: str,
             rows: list[tuple[int, int, list[tuple[int, int]]]]) -> list[tuple[int, int]]:
    """Screen columns of a space-aligned table: the span of each header cell
    widened by the cells of the rows that have as many cells as the header
    (their i-th cell is in the i-th column); [] unless fixed-width."""
    first_start, first_end, header = rows[0]
    if table_cells(text[first_start:first_end], bare_pipes=True) is not None:
        return []
    columns = _on_screen(text[first_start:first_end], header)
    for lstart, lend, cells in rows[1:]:
        line = text[lstart:lend]
        if len(cells) == len(header) and table_cells(line, bare_pipes=True) is None:
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

    # ---------------------------------------------------------------- lines
    def heading_kind(self, line: str) -> str | None:
        """'reference', 'section' or None for a stripped line."""
        if BOXED_WARNING.match(line):
            return "section"
        if not line or len(line) > MAX_HEADING_CHARS:
            return None
        key = BRACKETS.sub("", line)
        if self.rules.reference.match(key):
            return "reference"
        if self.rules.section.match(key):
            return "section"
        if line[-1] in TERMINAL or line[-1] in "，,":
            return None
        m = NUMBERED.match(line)
        if m and len(m["rest"]) <= 40 and not regex.search(r"[。；;]", m["rest"]):
            if regex.search(r"[\p{Han}A-Za-z]", m["rest"]):
                return "section"
        if line.startswith("#"):
            return "section"
        return None

    def is_front(self, line: str, anywhere: bool = True) -> bool:
        """Front matter: a front-matter prefix, an e-mail, a postal affiliation or
        (``anywhere``) a funding statement anywhere in the line."""
        key = line.lstrip(FRONT_LEAD)
        return bool(self.rules.front.match(key) or EMAIL.search(line)
                    or POSTAL_AFFILIATION.match(line)
                    or (anywhere and self.rules.front_anywhere
                        and self.rules.front_anywhere.search(line)))

    # ------------------------------------------------------------ sentences
    def segment(self, nt: NormText, *, include_references: bool = False) -> list[Sentence]:
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
        ref_lines = [0, 0]  # numbered and unnumbered entries of the open reference list
        nav_open = False  # under a related-reading label alone on its line

        def flush_para() -> None:
            nonlocal para
            if para:
                self._sentences(nt, para[0][0], para[-1][1], section, para_kind, out)
            para = []

        def flush_table() -> None:
            nonlocal table
            if table:
                self._table(nt, table, section, "reference" if in_refs else "table", out)
            table = []

        raw_lines = text.splitlines(keepends=True)
        plain = [r.rstrip("\r\n") for r in raw_lines]
        piped = bare_pipe_lines(plain)
        aligned = aligned_table_lines(["" if i in piped else line for i, line in enumerate(plain)])
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
                section = (first + stripped)[:80]
                self._add(nt, hstart, lend, section, "reference" if in_refs else "heading", out)
                blank_before = False
                continue
            if table and TABLE_SEP.match(line_text):  # markdown |---|---| row
                continue
            nav = None if include_references else self.navigation(stripped, nav_open)
            nav_open = (nav_open and nav is not None) or nav == "label"
            if nav:  # a related-reading footer of links: navigation (note 28)
                flush_para()
                flush_table()
                self._add(nt, lstart, lend, section, "reference", out)
                blank_before = False
                continue
            cells = table_cells(line_text) or piped.get(number) or aligned.get(number)
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
                if kind == "reference":
                    in_refs = True
                    ref_lines = [0, 0]
                elif in_refs and self.rules.section.match(BRACKETS.sub("", stripped)):
                    in_refs = False
                if kind == "section" and self._heading_goes_on(stripped, nxt):
                    # a heading broken inside a word (`五、靶向间` / `皮素的 CAR-T`)
                    pending_heading = (lstart, stripped)
                    continue
                section = stripped[:80]
                hk = "reference" if in_refs else "heading"
                self._add(nt, lstart, lend, section, hk, out)
                blank_before = False
                continue
            if first_start is None:
                first_start = lstart
            if (para and not blank_before and self._continues(text, para[-1], stripped, False)
                    and (in_refs or self.is_front(stripped) == (para_kind == "front"))):
                # a line that goes on with the open sentence (front matter and text
                # do not run into each other: `（单位，邮编）` / `基金项目：…`)
                para.append((lstart, lend))
                continue
            glued = None if in_refs else self.glued_heading(stripped)
            if glued:  # `2.1 感染发生情况  早期感染…`: the number and phrase are a heading
                flush_para()
                section = glued["head"][:80]
                self._add(nt, lstart, lstart + glued.end("head"), section, "heading", out)
                lstart += glued.start("body")
                stripped = glued["body"]
            if (in_refs and not include_references and blank_before and ref_lines[0]
                    and not ref_lines[1]
                    and self._ends_references(stripped, raw_lines[number + 1:])):
                flush_para()
                in_refs, section = False, ""
            if in_refs and not include_references:
                ref_lines[0 if REF_NUMBER.match(stripped) else 1] += 1
                line_kind = "reference"
            elif self.is_front(stripped):
                line_kind = "front"
            elif REF_ENTRY.match(stripped) and not include_references:
                line_kind = "reference"
            else:
                line_kind = "body"
            if para and (line_kind != para_kind
                         or not self._continues(text, para[-1], stripped, blank_before)
                         or (blank_before and self._is_title(text, para, first_start))):
                flush_para()
            if not para:
                para_kind = line_kind
                label = INLINE_LABEL.match(stripped)
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
        m = self.rules.navigation.match(line.lstrip(NAV_LEAD)) if self.rules.navigation else None
        if m is None and not under_label:
            return None
        rest = line.lstrip(NAV_LEAD)[m.end():].strip() if m else line
        if m and not rest:
            return "label"
        return None if PROSE.search(rest) else "links"

    def run_in_label(self, line: str) -> int:
        """Length of a run-in label with its colon opening a paragraph line, or 0.
        The text after it names the label's topic again (`CRS：２２例…发生CRS`): a
        label the text does not restate is part of what it says (`Complete
        remission: 5 patients`)."""
        m = self.rules.run_in.match(line) if self.rules.run_in else None
        if not m or len(line) - m.end() < MIN_RUN_IN_BODY:
            return 0
        label = unicodedata.normalize("NFKC", m["label"]).casefold()
        rest = unicodedata.normalize("NFKC", line[m.end():]).casefold()
        return m.end() if len(label) >= 2 and label in rest else 0

    @staticmethod
    def glued_heading(line: str) -> regex.Match | None:
        """A numbered section heading run into its paragraph on one line
        (`2.1 感染发生情况  早期感染以…`), or None."""
        m = GLUED_HEADING.match(line)
        if m is None:
            return None
        phrase = line[:m.end("head")]
        if len(HAN.findall(phrase)) > MAX_GLUED_PHRASE or len(phrase.split()) > 9:
            return None
        return m

    def _ends_references(self, line: str, following: list[str]) -> bool:
        """A paragraph after a numbered reference list that is not an entry: it
        opens an abstract/summary/letter (or is the title line just above one),
        or is long prose without the citation shape of an entry."""
        if REF_NUMBER.match(line) or CITATION.search(line):
            return False
        opens = self.rules.reference_end
        if opens is not None and opens.match(line):
            return True
        nxt = next((f.strip() for f in following if f.strip()), "")
        if (opens is not None and line[-1] not in TERMINAL and len(line) <= MAX_TITLE_AFTER_REFS
                and opens.match(nxt) and not CITATION.search(nxt)):
            return True
        return len(line) >= MIN_PROSE_AFTER_REFS and (line[-1] in TERMINAL
                                                       or bool(SENT_END.search(line)))

    @staticmethod
    def _is_title(text: str, para: list[tuple[int, int]], first_start: int | None) -> bool:
        """The open paragraph is the document's first line alone, a title without
        clause punctuation: it never goes on across a blank line (into a note or
        the authors' names)."""
        return (len(para) == 1 and para[0][0] == first_start
                and not regex.search(r"[，,；;。]", text[para[0][0]:para[0][1]]))

    @staticmethod
    def _long_heading(line: str, nxt: str) -> bool:
        """A numbered English heading too long for `heading_kind` (`4. Allogeneic CD19
        CAR T cells with gene editing`, `5.3 Hemophagocytic Lymphohistiocytosis (HLH)/…`)
        on its own line, the paragraph it heads starting with a capital on the next."""
        m = NUMBERED.match(line)
        return bool(m and len(m["rest"]) <= MAX_LONG_HEADING and line[-1] not in TERMINAL + "，,"
                    and regex.match(r"\p{Lu}", m["rest"]) and not HAN.search(line)
                    and not regex.search(r"[;%]", line) and regex.match(r"\p{Lu}", nxt)
                    and not NUMBERED.match(nxt) and not line.startswith("#"))

    def _heading_goes_on(self, heading: str, nxt: str) -> bool:
        """A heading line that ends inside a Chinese word, followed directly by a
        short line that finishes it."""
        return bool(nxt and HAN.match(heading[-1]) and HAN.match(nxt[0])
                    and len(heading) + len(nxt) <= MAX_HEADING_CHARS
                    and nxt[-1] not in TERMINAL and not self.heading_kind(nxt)
                    and table_cells(nxt) is None)

    @staticmethod
    def _continues(text: str, prev: tuple[int, int], nxt: str, blank_before: bool) -> bool:
        prev_line = text[prev[0]:prev[1]]
        if len(prev_line) < MIN_CONTINUED_LINE or prev_line[-1] in TERMINAL:
            return False
        if BULLET_ITEM.match(nxt) or (blank_before and RUN_IN_OPEN.match(nxt)):
            return False  # a list item, or a note (`注：…`) after a blank line, starts anew
        if not blank_before:
            return True
        first = nxt[0]
        return bool(HAN.match(first) or first.islower() or first.isdigit() or first in "，,、)）")

    def _sentences(self, nt: NormText, start: int, end: int, section: str, kind: str,
                   out: list[Sentence]) -> None:
        text = nt.text
        chunk = text[start:end]
        cut = 0
        spans = []
        for m in SENT_END.finditer(chunk):
            if m.group().startswith("."):
                word = regex.search(r"([\w.]+)$", chunk[:m.start()])
                token = word.group(1).lower() if word else ""
                if (token in ABBREV or (len(token) == 1 and token.isalpha())
                        or (token.isdigit() and len(token) <= 2)):
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
        for s, e in spans:
            sentence = text[s:e].strip()
            prose = prose and not self.is_front(sentence)
            own = (kind == "front" and self.rules.registration is not None
                   and self.rules.registration.match(sentence))
            self._add(nt, s, e, section, "body" if prose or own else kind, out)

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
        has_header = len(rows) > 1 and not any(regex.search(r"\d{4,}", c) for c in first)
        headers = [c.strip() for c in first] if has_header else []
        columns = _columns(text, rows) if has_header else []
        for number, (lstart, lend, cells) in enumerate(rows):
            ns = nt.o2n[lstart]
            cell_objs = []
            numbers = range(len(cells))
            if (columns and len(cells) != len(headers)
                    and table_cells(text[lstart:lend], bare_pipes=True) is None):
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
