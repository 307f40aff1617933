"""Run the pipeline over many files: a process pool, a progress bar, outputs
streamed in input order, every future consumed, every input accounted for."""

from __future__ import annotations

import os
import sys
import time
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from extract.messages import Msg
from extract.pipeline import (
    ErrorRow,
    FileResult,
    Settings,
    collect_inputs,
    init_worker,
    process_file,
)
from extract.write import OutputWriter

PROGRESS_MIN_FILES = 5  # show a progress bar from this many files on
CHUNK = 4  # files handed to a worker at a time


def default_jobs() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity")
               else (os.cpu_count() or 1))


def _results(tasks: list[tuple[str, str]], settings: Settings, jobs: int) -> Iterator[FileResult]:
    if jobs <= 1 or len(tasks) <= 1:
        init_worker(settings)
        for task in tasks:
            yield process_file(task)
        return
    with ProcessPoolExecutor(max_workers=jobs, initializer=init_worker,
                             initargs=(settings,)) as pool:
        done = 0
        try:
            for result in pool.map(process_file, tasks, chunksize=CHUNK):
                done += 1
                yield result
        except BrokenProcessPool as exc:  # a worker died (e.g. out of memory)
            for path, doc_id in tasks[done:]:
                yield FileResult(doc_id, error=ErrorRow(
                    path, doc_id, "extract", "BrokenProcessPool",
                    Msg.E401.format(stage="processing", detail=f"worker died: {exc}")))


def run_batch(inputs: list[Path], outdir: Path, *, settings: Settings, jobs: int,
              quiet: bool = False) -> dict:
    """Process every input and write the outputs; returns the run summary."""
    started = time.perf_counter()
    tasks, skipped, missing = collect_inputs(inputs)
    writer = OutputWriter(outdir)
    per_field: Counter[str] = Counter()
    chars = 0
    processed = 0
    try:
        for error in missing:
            writer.write_error(error)
            writer.write_document(FileResult(error.doc_id, error=error, file=error.file))
        progress = None
        if not quiet and len(tasks) >= PROGRESS_MIN_FILES:
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TextColumn,
                TimeRemainingColumn,
            )

            progress = Progress(TextColumn("extract"), BarColumn(), MofNCompleteColumn(),
                                TimeRemainingColumn(), TextColumn("{task.fields[doc]}"),
                                console=Console(file=sys.stderr), transient=True)
            progress.start()
            bar = progress.add_task("files", total=len(tasks), doc="")
        try:
            for result in _results(tasks, settings, jobs):
                writer.write_document(result)
                if result.error:
                    writer.write_error(result.error)
                else:
                    processed += 1
                    chars += result.chars
                    writer.write_records(result.records)
                    per_field.update(r.field for r in result.records)
                if progress:
                    progress.update(bar, advance=1, doc=result.doc_id[-40:])
        finally:
            if progress:
                progress.stop()
    except BaseException:
        writer.abort()
        raise
    seconds = time.perf_counter() - started
    summary = {
        "inputs": [str(p) for p in inputs],
        "files_seen": len(tasks) + len(missing),
        "files_processed": processed,
        "files_failed": writer.errors,
        "annotation_files_skipped": len(skipped),
        "records": writer.records,
        "records_per_field": dict(sorted(per_field.items())),
        "characters": chars,
        "seconds": round(seconds, 3),
        "jobs": jobs,
        "include_references": settings.include_references,
    }
    writer.close(summary)
    return summary
