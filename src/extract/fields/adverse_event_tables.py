"""adverse_event table reading: grades stated by column headers or cells,
per-grade count columns, all-zero rows, and the safety, advice and
monitoring columns of a table row."""

from __future__ import annotations

import unicodedata

import regex

from extract import grades, numbers
from extract.fields.adverse_event_lexicon import Lexicon
from extract.fields.adverse_event_linking import (
    GradeHit,
    Group,
    find_grades,
)
from extract.models import Sentence


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


def _sole(text: str, lex: Lexicon, langs: tuple[str, ...], fixed: bool) -> str | None:
    """The value of the one non-relative grade of ``text`` that is a fixed
    severity value (``fixed``) or an absolute grade (not ``fixed``), read in
    the first of ``langs`` that finds exactly one; else None."""
    for lang in langs:
        hits = [h for h in find_grades(text, lex, lang)
                if (h.rule.value is not None) == fixed and not h.rule.relative]
        if len(hits) == 1:
            return hits[0].value
    return None


def sole_grade(text: str, lex: Lexicon, langs: tuple[str, ...] = ("en", "zh")) -> str | None:
    """The one absolute grade a header states (``Grade >=3 events``, ``3-4 级``)."""
    return _sole(text, lex, langs, fixed=False)


def sole_severity(text: str, lex: Lexicon, langs: tuple[str, ...] = ("zh", "en")) -> str | None:
    """The one severity word of an event column header (``重度CRS``, ``Severe
    CRS``): its fixed grade."""
    return _sole(text, lex, langs, fixed=True)


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


def counted_row(sent: Sentence) -> bool:
    """A table row with a non-zero count cell (``发热 | 1 | 1``), the opposite
    case of ``all_zero``."""
    return any((m := CELL_COUNT.fullmatch(sent.norm, c.start, c.end)) is not None
               and float(m["n"]) > 0 for c in sent.cells or ())


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
    (``Grade 3–4 GVHD | 0``, ``CRS | 0 | 0``, ``ICANS | — | 0``: a dash states
    nothing): the event is absent, as an all-zero row of a by-grade table
    (decision 27)."""
    label = sent.cell_at(group.start)
    return label is not None and all_zero(
        text, [(c.start, c.end) for c in sent.cells if c is not label and c.header
               and not EMPTY_CELL.fullmatch(text, c.start, c.end)])


# a cell that states nothing (``ICANS | — | 0``: no grade for an absent event)
EMPTY_CELL = regex.compile(r"\s*(?:[-—–/]|N/?A|NA|无)?\s*")


def normalize_header(header: str) -> str:
    return (header.replace("≥", ">=").replace("≤", "<=").replace("–", "-").replace("~", "-")
            .replace("～", "-"))


def cells_under(sent: Sentence, headers: tuple[regex.Pattern, ...]) -> list[tuple[int, int]]:
    """Table cells whose column header matches one of ``headers``."""
    return [(c.start, c.end) for c in sent.cells or ()
            if c.header and any(p.search(c.header) for p in headers)]


def safety_cells(sent: Sentence, lex: Lexicon) -> list[tuple[int, int]]:
    """Table cells under a safety column (``主要不良事件``, ``Toxicity``)."""
    return cells_under(sent, lex.safety_headers)


def advice_row(sent: Sentence, lex: Lexicon) -> bool:
    """A table row with a cell under a column of management advice (``处理建议``,
    ``Recommended management``): a consensus's instruction by grade, no AE
    (decision 23)."""
    return sent.kind == "table" and bool(cells_under(sent, lex.advice_headers))


def monitor_cells(sent: Sentence, lex: Lexicon) -> list[tuple[int, int]]:
    """Table cells under a column of toxicities to monitor (``需重点监测的毒性``):
    class toxicities of a therapy, not observations (decision 27)."""
    return cells_under(sent, lex.monitor_headers)
