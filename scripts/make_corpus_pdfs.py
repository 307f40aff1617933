"""Build the bundled PDF test documents from their plain-text sources.

Reads scripts/corpus_sources/<name>.txt and writes corpora/<name>.pdf for each
name in DOCS. Source format: the first line is the title; paragraphs are
separated by blank lines; consecutive lines containing a tab form a table
(the first such line is the header row). The .txt source is also the
plain-text copy that the pending gold offsets refer to.

Deterministic: invariant=1 (fixed IDs and timestamps), fixed metadata.
Run once from anywhere:  python scripts/make_corpus_pdfs.py
"""
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "scripts" / "corpus_sources"
OUT = ROOT / "corpora"

pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))

# Per-document layout. page_break_before: paragraphs starting with one of
# these strings begin a new page (layout only; the source text is unchanged).
DOCS = {
    "en_12_bcma_cart_myeloma": {
        "lang": "en", "font": "Helvetica", "bold": "Helvetica-Bold",
        "size": 11, "leading": 15,
        "page_break_before": ["Table 1."],
        "footer": "Page {n}",
    },
    "zh_13_cart_china_progress": {
        "lang": "zh", "font": "STSong-Light", "bold": "STSong-Light",
        "size": 12, "leading": 19,
        "page_break_before": [],
        "footer": "第 {n} 页",
    },
}


def parse(text):
    """Split a source into (title, blocks); a block is ('p', str) or ('t', rows)."""
    lines = text.splitlines()
    title = lines[0].strip()
    blocks, para, table = [], [], []

    def flush():
        if para:
            blocks.append(("p", "\n".join(para)))
            para.clear()
        if table:
            blocks.append(("t", [row[:] for row in table]))
            table.clear()

    for line in lines[1:]:
        if "\t" in line:
            if para:
                blocks.append(("p", "\n".join(para)))
                para.clear()
            table.append(line.split("\t"))
        elif not line.strip():
            flush()
        else:
            if table:
                blocks.append(("t", [row[:] for row in table]))
                table.clear()
            para.append(line)
    flush()
    return title, blocks


def styles(cfg):
    wrap = "CJK" if cfg["lang"] == "zh" else None
    body = ParagraphStyle(
        "body", fontName=cfg["font"], fontSize=cfg["size"],
        leading=cfg["leading"], alignment=TA_LEFT, spaceAfter=6,
        wordWrap=wrap)
    title = ParagraphStyle(
        "title", parent=body, fontName=cfg["bold"], fontSize=cfg["size"] + 4,
        leading=cfg["leading"] + 6, spaceAfter=12)
    cell = ParagraphStyle("cell", parent=body, spaceAfter=0)
    return title, body, cell


def build(name, cfg):
    text = (SOURCES / f"{name}.txt").read_text(encoding="utf-8")
    title, blocks = parse(text)
    title_style, body_style, cell_style = styles(cfg)

    def footer(canvas, doc):
        canvas.saveState()
        canvas.setFont(cfg["font"], 9)
        canvas.drawCentredString(A4[0] / 2, 12 * mm,
                                 cfg["footer"].format(n=doc.page))
        canvas.restoreState()

    story = [Paragraph(escape(title), title_style)]
    for kind, content in blocks:
        if kind == "p":
            if any(content.startswith(s) for s in cfg["page_break_before"]):
                story.append(PageBreak())
            # a source paragraph may span several lines (e.g. a reference list)
            for line in content.split("\n"):
                story.append(Paragraph(escape(line), body_style))
        else:
            data = [[Paragraph(escape(c), cell_style) for c in row]
                    for row in content]
            table = Table(data, hAlign="LEFT", repeatRows=1,
                          colWidths=[45 * mm, 40 * mm, 25 * mm][:len(data[0])])
            table.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]))
            story += [table, Spacer(1, 8)]

    doc = SimpleDocTemplate(
        str(OUT / f"{name}.pdf"), pagesize=A4,
        leftMargin=22 * mm, rightMargin=22 * mm,
        topMargin=22 * mm, bottomMargin=25 * mm,
        title=title, author="corpus curation", subject=name,
        creator="scripts/make_corpus_pdfs.py", invariant=1)
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return doc.page


def main():
    for name, cfg in DOCS.items():
        pages = build(name, cfg)
        print(f"{name}.pdf: {pages} page(s)")


if __name__ == "__main__":
    main()
