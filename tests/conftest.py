"""Shared fixtures: paths, one pipeline per session, small document factories."""

from __future__ import annotations

from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

from extract.batch import CHUNK, _results, default_jobs
from extract.models import Document
from extract.pipeline import Pipeline, Settings, collect_inputs, init_worker, process_file
from extract.read import read_document

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT / "corpora"
SEEDS = ROOT.parent / "shared" / "seeds"


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    return init_worker(Settings())  # the batch runner's workers inherit it


class CorpusPass:
    """One pass of the pipeline over each folder the corpus-wide tests read
    (the corpora and the seeds), on every core as `extract run` does. It starts
    when collection ends and runs in worker processes while the unit tests run;
    those tests are moved to the end of the session, so the pass is mostly done
    when they ask for it."""

    def __init__(self, folders: list[Path]) -> None:
        settings = Settings()
        init_worker(settings)  # built before the fork: the workers inherit it
        self.pool = ProcessPoolExecutor(max_workers=default_jobs(), initializer=init_worker,
                                        initargs=(settings,))
        self.pending = {}
        for folder in folders:
            tasks, _, _ = collect_inputs([folder])
            self.pending[folder] = (tasks, self.pool.map(process_file, tasks, chunksize=CHUNK))
        self.done: dict[Path, dict] = {}

    def __call__(self, folder: Path) -> dict:
        """``{doc_id: (document, records)}`` for every readable input of ``folder``."""
        folder = folder.resolve()
        if folder not in self.done:
            tasks, results = self.pending.pop(folder, None) or (
                collect_inputs([folder])[0], None)
            if results is None:
                results = _results(tasks, Settings(), default_jobs())
            by_id = {r.doc_id: r for r in results}
            self.done[folder] = {
                doc_id: (read_document(Path(path), doc_id), by_id[doc_id].records)
                for path, doc_id in tasks
                if by_id[doc_id].error is None}  # unreadable inputs are test_batch's business
        return self.done[folder]

    def close(self) -> None:
        self.pool.shutdown(wait=False, cancel_futures=True)


_PASS: CorpusPass | None = None


def pytest_collection_modifyitems(session, config, items) -> None:
    """Tests that read the corpus pass run last; the pass starts now."""
    global _PASS
    late = [item for item in items if "processed" in getattr(item, "fixturenames", ())]
    if not late:
        return
    items[:] = [item for item in items if item not in late] + late
    _PASS = CorpusPass([folder.resolve() for folder in (CORPORA, SEEDS) if folder.exists()])


def pytest_sessionfinish(session, exitstatus) -> None:
    if _PASS is not None:
        _PASS.close()


@pytest.fixture(scope="session")
def processed() -> CorpusPass:
    """``processed(folder)``: ``{doc_id: (document, records)}`` for every readable
    input of ``folder``, computed once per session (the offsets and regression
    tests share one pass over the corpora)."""
    assert _PASS is not None  # started by pytest_collection_modifyitems
    return _PASS


def make_pdf(path: Path, pages: list[list[str]], *, table: list[list[str]] | None = None) -> None:
    """A small PDF (Chinese through reportlab's built-in CID font STSong-Light)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    for number, lines in enumerate(pages, start=1):
        y = 800
        c.setFont("STSong-Light", 11)
        for line in lines:
            c.drawString(60, y, line)
            y -= 18
        if table and number == len(pages):
            y -= 20
            for row in table:
                x = 60
                for cell in row:
                    c.drawString(x + 4, y + 5, cell)
                    c.rect(x, y, 140, 18)
                    x += 140
                y -= 18
        c.drawString(290, 30, str(number))
        c.showPage()
    c.save()


def doc(text: str, doc_id: str = "t.txt") -> Document:
    return Document(doc_id, text, fmt="text")
