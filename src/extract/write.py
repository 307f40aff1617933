"""Write: records.csv (contract), records.jsonl, errors.csv, summary.json.

Every file is written to a temporary name in the output folder and renamed
when complete, so an interrupted run never leaves a half-written CSV.
"""

from __future__ import annotations

import csv
import json
import os
from dataclasses import asdict, fields
from pathlib import Path

from extract.models import CSV_COLUMNS, Record
from extract.pipeline import ErrorRow, FileResult

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
ERROR_COLUMNS = tuple(f.name for f in fields(ErrorRow))
DOCUMENT_COLUMNS = ("doc_id", "file", "status", "format", "encoding", "pages", "characters",
                    "records", "seconds")


def csv_safe(value: object) -> object:
    """Cells a spreadsheet would evaluate as a formula get a leading quote."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def csv_cell(value: object) -> object:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return f"{value:g}" if value == value else ""
    return csv_safe(value)


class OutputWriter:
    """Streams records and errors to temporary files; ``close()`` renames them."""

    def __init__(self, outdir: Path) -> None:
        self.outdir = outdir
        outdir.mkdir(parents=True, exist_ok=True)
        self._files: list[tuple[Path, Path]] = []
        self._csv = self._open("records.csv", encoding="utf-8-sig")
        self._jsonl = self._open("records.jsonl")
        self._err = self._open("errors.csv", encoding="utf-8-sig")
        self._docs = self._open("documents.csv", encoding="utf-8-sig")
        self._csv_writer = csv.writer(self._csv)
        self._csv_writer.writerow(CSV_COLUMNS)
        self._err_writer = csv.writer(self._err)
        self._err_writer.writerow(ERROR_COLUMNS)
        self._docs_writer = csv.writer(self._docs)
        self._docs_writer.writerow(DOCUMENT_COLUMNS)
        self.records = 0
        self.errors = 0

    def _open(self, name: str, encoding: str = "utf-8"):
        final = self.outdir / name
        tmp = self.outdir / f".{name}.tmp-{os.getpid()}"
        self._files.append((tmp, final))
        return tmp.open("w", encoding=encoding, newline="")

    def write_records(self, records: list[Record]) -> None:
        for record in records:
            row = record.model_dump()
            self._csv_writer.writerow([csv_cell(row[c]) for c in CSV_COLUMNS])
            self._jsonl.write(json.dumps(row, ensure_ascii=False) + "\n")
        self.records += len(records)

    def write_error(self, error: ErrorRow) -> None:
        row = asdict(error)
        self._err_writer.writerow([csv_cell(row[c]) for c in ERROR_COLUMNS])
        self.errors += 1

    def write_document(self, result: FileResult) -> None:
        """One row per input, processed or failed: no file is silently skipped."""
        status = "failed" if result.error else "processed"
        row = (result.doc_id, result.file, status, result.fmt, result.encoding, result.pages,
               result.chars, len(result.records), round(result.seconds, 3))
        self._docs_writer.writerow([csv_cell(v) for v in row])

    def close(self, summary: dict) -> None:
        for handle in (self._csv, self._jsonl, self._err, self._docs):
            handle.close()
        for tmp, final in self._files:
            os.replace(tmp, final)
        write_json_atomic(self.outdir / "summary.json", summary)

    def abort(self) -> None:
        for handle in (self._csv, self._jsonl, self._err, self._docs):
            handle.close()
        for tmp, _ in self._files:
            tmp.unlink(missing_ok=True)


def write_json_atomic(path: Path, data: object) -> None:
    write_text_atomic(path, json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def write_text_atomic(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)
