"""Shared fixtures: paths, one pipeline per session, small document factories."""

from __future__ import annotations

from pathlib import Path

import pytest

from extract.batch import _results, default_jobs
from extract.models import Document
from extract.pipeline import Pipeline, Settings, collect_inputs, init_worker
from extract.read import read_document

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT / "corpora"
SEEDS = ROOT.parent / "shared" / "seeds"


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    return init_worker(Settings())  # the batch runner's workers inherit it


@pytest.fixture(scope="session")
def processed(pipeline):
    """``processed(folder)``: ``{doc_id: (document, records)}`` for every readable
    input of ``folder``, computed once per session (the offsets and regression
    tests share one pass over the corpora), on every core as `extract run` does."""
    cache: dict[Path, dict] = {}

    def run(folder: Path) -> dict:
        folder = folder.resolve()
        if folder not in cache:
            tasks, _, _ = collect_inputs([folder])
            results = {r.doc_id: r for r in _results(tasks, pipeline.settings, default_jobs())}
            out = {}
            for path, doc_id in tasks:
                if results[doc_id].error is not None:
                    continue  # unreadable inputs are test_batch's business
                out[doc_id] = (read_document(Path(path), doc_id), results[doc_id].records)
            cache[folder] = out
        return cache[folder]

    return run


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
