"""The flow: read -> segment -> extract -> context -> link -> records.

:class:`Pipeline` turns one document into records. :func:`process_file`
never raises: it returns the records or the error row of one file, so that a
batch always finishes (grobid-client style).
"""

from __future__ import annotations

import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path

from extract.fields import build_extractors
from extract.link import link_trials
from extract.messages import ExtractError, Msg
from extract.models import FIELDS, Document, Mention, Record, Sentence
from extract.normalize import NormText, normalize
from extract.read import ANNOTATION_SUFFIXES, read_document
from extract.rules import rules_dir
from extract.segment import Segmenter, load_section_rules

RECORD_ATTRS = ("metric", "percent", "numerator", "denominator", "event", "grade", "negated",
                "trial", "hgnc", "trigger", "scope", "timepoint", "patients", "patients_percent")


@dataclass(frozen=True, kw_only=True)
class Settings:
    """Options of a run; keyword-only, with their defaults here."""

    include_references: bool = False
    rules: Path | None = None
    fields: tuple[str, ...] = FIELDS


@dataclass(slots=True)
class ErrorRow:
    file: str
    doc_id: str
    stage: str
    error: str
    message: str


@dataclass(slots=True)
class FileResult:
    doc_id: str
    records: list[Record] = field(default_factory=list)
    error: ErrorRow | None = None
    chars: int = 0
    seconds: float = 0.0
    file: str = ""
    fmt: str = ""
    encoding: str | None = None
    pages: int | None = None


class Pipeline:
    def __init__(self, settings: Settings | None = None, *, segment_only: bool = False) -> None:
        """``segment_only``: load the segmenter's rules only (for scoring records
        read from a file, which needs the sentences but no extraction)."""
        self.settings = settings or Settings()
        directory = self.settings.rules or rules_dir()
        self.segmenter = Segmenter(load_section_rules(directory))
        self.extractors = {} if segment_only else build_extractors(directory,
                                                                   self.settings.fields)

    def sentences(self, doc: Document) -> tuple[list[Sentence], NormText]:
        """The document's sentences and table rows, and its normalised text."""
        nt = normalize(doc.text)
        sents = self.segmenter.segment(nt, include_references=self.settings.include_references)
        return sents, nt

    def process(self, doc: Document,
                segmented: tuple[list[Sentence], NormText] | None = None) -> list[Record]:
        """The records of ``doc``. ``segmented`` is what :meth:`sentences` returned
        for it, when the caller needs the sentences too (``extract eval``): the
        document is then not segmented a second time."""
        sents, nt = self.sentences(doc) if segmented is None else segmented
        for extractor in self.extractors.values():
            # extractors that carry context from one sentence to the next start afresh
            if hasattr(extractor, "start_document"):
                extractor.start_document()
        records: list[Record] = []
        for sent in sents:
            if sent.kind == "front" or (sent.kind == "reference"
                                        and not self.settings.include_references):
                continue
            mentions: list[Mention] = []
            for extractor in self.extractors.values():
                mentions.extend(extractor(sent))
            if not mentions:
                continue
            link_trials(mentions)
            for mention in mentions:
                records.append(self.record(doc, nt, sent, mention))
        records.sort(key=lambda r: (r.start, r.end, FIELDS.index(r.field)))
        return records

    @staticmethod
    def record(doc: Document, nt: NormText, sent: Sentence, mention: Mention) -> Record:
        start, end = nt.to_orig(sent.nstart + mention.start, sent.nstart + mention.end)
        cell = sent.cell_at(mention.start)
        attrs = {k: mention.attrs[k] for k in RECORD_ATTRS if mention.attrs.get(k) is not None}
        section = sent.section
        if cell and cell.header:
            section = f"{section} | {cell.header}" if section else cell.header
        return Record(
            doc_id=doc.doc_id, field=mention.field, value=mention.value,
            text=doc.text[start:end], start=start, end=end,
            sentence=doc.text[sent.start:sent.end], lang=sent.lang, section=section,
            rule=mention.rule, page=doc.page_at(start), table_row=sent.row,
            sent_start=sent.start, sent_end=sent.end, **attrs)


# ------------------------------------------------------------------ batches
_WORKER: Pipeline | None = None


def init_worker(settings: Settings) -> Pipeline:
    """Build the process's pipeline, or keep the one already built for the same
    settings: a worker forked after the parent built it inherits its compiled
    rules instead of compiling them again (most of a worker's start-up)."""
    global _WORKER
    if _WORKER is None or _WORKER.settings != settings:
        _WORKER = Pipeline(settings)
    return _WORKER


def process_file(task: tuple[str, str]) -> FileResult:
    """Read and process one file; never raises."""
    path_str, doc_id = task
    started = time.perf_counter()
    result = FileResult(doc_id, file=path_str)
    stage = "read"
    try:
        assert _WORKER is not None, "init_worker() was not called"
        doc = read_document(Path(path_str), doc_id)
        result.chars = len(doc.text)
        result.fmt, result.encoding = doc.fmt, doc.encoding
        result.pages = len(doc.pages) or None
        stage = "extract"
        result.records = _WORKER.process(doc)
    except ExtractError as exc:
        result.error = ErrorRow(path_str, doc_id, exc.stage, type(exc).__name__, exc.message)
    except Exception as exc:  # one bad file never stops a batch
        detail = f"{type(exc).__name__}: {exc} ({traceback.extract_tb(exc.__traceback__)[-1].name})"
        result.error = ErrorRow(path_str, doc_id, stage, type(exc).__name__,
                                Msg.E401.format(stage=stage, detail=detail))
    result.seconds = time.perf_counter() - started
    return result


def collect_inputs(inputs: list[Path]) -> tuple[list[tuple[str, str]], list[str], list[ErrorRow]]:
    """Files to process as ``(path, doc_id)``, annotation files skipped, and
    error rows for inputs that do not exist. ``doc_id`` is the path relative to
    the input folder (``/``-separated), or the file name for a file input."""
    tasks: list[tuple[str, str]] = []
    skipped: list[str] = []
    missing: list[ErrorRow] = []
    for root in inputs:
        if root.is_dir():
            for path in sorted(p for p in root.rglob("*") if p.is_file()):
                rel = path.relative_to(root)
                if any(part.startswith(".") for part in rel.parts):
                    continue
                if path.suffix.lower() in ANNOTATION_SUFFIXES:
                    skipped.append(str(path))
                    continue
                tasks.append((str(path), rel.as_posix()))
        elif root.is_file():
            tasks.append((str(root), root.name))
        else:
            missing.append(ErrorRow(str(root), root.name, "read", "FileNotFoundError",
                                    Msg.E108.format()))
    return tasks, skipped, missing
