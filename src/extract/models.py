"""Data models. One offset convention everywhere: half-open ``[start, end)``
character offsets into the document text *as read* (decoded, before any
normalisation), so ``document_text[start:end] == text``."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from pydantic import BaseModel, ConfigDict

FIELDS = ("trial_id", "target", "sample_size", "response_rate", "adverse_event")
Field = Literal["trial_id", "target", "sample_size", "response_rate", "adverse_event"]


class Record(BaseModel):
    """One extracted mention: one row of records.csv.

    The first 18 columns are the contract's, in the contract's order; the rest
    are extras a curator may use. The CSV header is generated from this model.
    """

    model_config = ConfigDict(extra="forbid")

    doc_id: str
    field: Field
    value: str
    text: str
    start: int
    end: int
    sentence: str
    lang: Literal["zh", "en"]
    section: str = ""
    metric: str | None = None
    percent: float | None = None
    numerator: int | None = None
    denominator: int | None = None
    event: str | None = None
    grade: str | None = None
    negated: bool | None = None
    trial: str | None = None
    rule: str
    # extras
    page: int | None = None
    table_row: int | None = None
    hgnc: str | None = None
    trigger: str | None = None
    scope: str | None = None
    timepoint: str | None = None
    patients: int | None = None
    patients_percent: float | None = None
    sent_start: int | None = None
    sent_end: int | None = None


CSV_COLUMNS: tuple[str, ...] = tuple(Record.model_fields)


@dataclass(frozen=True, slots=True)
class Page:
    number: int
    start: int
    end: int


@dataclass(slots=True)
class Document:
    """A document as read: ``text`` is the reference for every offset."""

    doc_id: str
    text: str
    fmt: str
    encoding: str | None = None
    pages: list[Page] = field(default_factory=list)

    def page_at(self, offset: int) -> int | None:
        for page in self.pages:
            if page.start <= offset < page.end:
                return page.number
        return None


@dataclass(slots=True)
class Cell:
    """A table cell: offsets into the sentence's normalised text, and its header."""

    start: int
    end: int
    header: str


@dataclass(slots=True)
class Sentence:
    """A sentence or a table row.

    ``start``/``end`` are offsets into the text as read; ``norm`` is the
    normalised text used for matching and ``nstart`` its offset in the
    document's normalised text.
    """

    start: int
    end: int
    norm: str
    nstart: int
    lang: Literal["zh", "en"]
    section: str = ""
    kind: Literal["body", "heading", "table", "reference", "front"] = "body"
    row: int | None = None
    cells: list[Cell] = field(default_factory=list)

    @property
    def in_scope(self) -> bool:
        return self.kind not in ("reference", "front")

    def cell_at(self, offset: int) -> Cell | None:
        for cell in self.cells:
            if cell.start <= offset < cell.end:
                return cell
        return None


@dataclass(slots=True)
class Mention:
    """What an extractor returns: offsets into ``Sentence.norm``."""

    field: Field
    value: str
    start: int
    end: int
    rule: str
    attrs: dict[str, object] = field(default_factory=dict)
