"""Read: one small reader per format behind :func:`read_document`.

The text a reader returns is the reference for every offset in the output.
Text files keep their decoded text exactly (no newline translation); HTML
gives the visible article text; PDF gives page texts with broken lines
rejoined and tables appended as tab-separated rows.
"""

from __future__ import annotations

import codecs
import logging
from pathlib import Path

import regex

from extract.messages import ExtractError, Msg
from extract.models import Document, Page

TEXT_SUFFIXES = (".txt", ".md")
HTML_SUFFIXES = (".html", ".htm")
PDF_SUFFIXES = (".pdf",)
SUPPORTED = TEXT_SUFFIXES + HTML_SUFFIXES + PDF_SUFFIXES
# Annotation files that may sit beside documents (gold sets): listed in the
# run summary as skipped, never read as documents.
ANNOTATION_SUFFIXES = (".jsonl", ".ann", ".json")

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Encodings tried when the bytes are not UTF-8, most specific first.
CJK_ENCODINGS = ("gb18030", "big5hkscs")
MIN_WORD_COVERAGE = 0.3  # below this, neither CJK decoding reads as Chinese
SNIFF_CHARS = 5000
MAX_CONTROL_RATIO = 0.01
CONTROL = regex.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffd]")


def read_document(path: Path, doc_id: str) -> Document:
    suffix = path.suffix.lower()
    if not path.is_file():
        raise ExtractError("read", Msg.E108.format())
    if suffix in TEXT_SUFFIXES:
        text, encoding = decode_bytes(path.read_bytes())
        return Document(doc_id, text, fmt="text", encoding=encoding)
    if suffix in HTML_SUFFIXES:
        text, _ = decode_bytes(path.read_bytes())
        return Document(doc_id, html_to_text(text), fmt="html")
    if suffix in PDF_SUFFIXES:
        text, pages = pdf_to_text(path)
        return Document(doc_id, text, fmt="pdf", pages=pages)
    raise ExtractError("read", Msg.E101.format(suffix=suffix or "(none)",
                                               supported=" ".join(SUPPORTED)))


# --------------------------------------------------------------------- text
def decode_bytes(raw: bytes) -> tuple[str, str]:
    """Decode bytes to text; returns ``(text, encoding)``.

    UTF-8 (with or without BOM) and UTF-16/32 with BOM are taken as they are;
    anything else goes to charset-normalizer, limited to the CJK encodings
    this tool meets. Binary data is refused rather than decoded to noise.
    """
    if not raw.strip():
        raise ExtractError("read", Msg.E102.format())
    for bom, enc in BOMS:
        if raw.startswith(bom):
            return _checked(raw.decode(enc), enc), enc
    try:
        return _checked(raw.decode("utf-8"), "utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if b"\x00" in raw:
        return _decode_utf16_without_bom(raw)
    strict = []
    for enc in CJK_ENCODINGS:
        try:
            strict.append((enc, raw.decode(enc)))
        except UnicodeDecodeError:
            continue
    scored = sorted(((_word_coverage(text), enc, text) for enc, text in strict), reverse=True)
    if scored and scored[0][0] >= MIN_WORD_COVERAGE:
        _, enc, text = scored[0]
        return _checked(text, enc), enc
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    if best is None:
        raise ExtractError("read", Msg.E104.format(detail="no encoding fits"))
    enc = best.encoding
    if enc in ("gb2312", "gbk", "hz"):
        enc = "gb18030"
    try:
        return _checked(raw.decode(enc), enc), enc
    except UnicodeDecodeError as exc:
        raise ExtractError("read", Msg.E104.format(detail=str(exc))) from exc


def _decode_utf16_without_bom(raw: bytes) -> tuple[str, str]:
    """NUL bytes: UTF-16 without a BOM, or binary data."""
    if len(raw) % 2 == 0:
        for enc in ("utf-16-le", "utf-16-be"):
            try:
                return _checked(raw.decode(enc), enc), enc
            except (UnicodeDecodeError, ExtractError):
                continue
    raise ExtractError("read", Msg.E103.format(detail="binary data (NUL bytes)"))


def _word_coverage(text: str) -> float:
    """Share of Chinese characters that fall in jieba dictionary words of two or
    more characters: high for real Chinese, low for bytes decoded with the
    wrong CJK encoding."""
    import jieba

    from extract.normalize import normalize

    han = regex.findall(r"\p{Han}+", normalize(text[:SNIFF_CHARS]).norm)
    total = sum(len(run) for run in han)
    if not total:
        return 0.0
    jieba.setLogLevel(logging.WARNING)
    covered = sum(len(w) for run in han for w in jieba.lcut(run, HMM=False) if len(w) >= 2)
    return covered / total


def _checked(text: str, enc: str) -> str:
    if not text.strip():
        raise ExtractError("read", Msg.E102.format())
    bad = len(CONTROL.findall(text))
    if bad > MAX_CONTROL_RATIO * len(text):
        raise ExtractError("read", Msg.E103.format(
            detail=f"{bad} control characters in {len(text)} after decoding as {enc}"))
    return text


# --------------------------------------------------------------------- html
DROP_TAGS = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form",
             "iframe", "svg", "template", "button", "select", "head", "meta", "link")
DROP_ROLES = ("navigation", "banner", "contentinfo", "complementary", "search")
DROP_CLASS = regex.compile(
    r"(?i)(^|[\s_-])(nav|navbar|menu|sidebar|side-bar|footer|breadcrumbs?|comments?|share|"
    r"social|related|advert|ads|cookie|subscribe)($|[\s_-])")
BLOCK_TAGS = {"p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6",
              "li", "ul", "ol", "table", "thead", "tbody", "tr", "blockquote", "pre",
              "figure", "figcaption", "dl", "dt", "dd", "caption", "body", "hr"}
WS = regex.compile(r"[ \t\r\n\u00a0]+")


def html_to_text(html: str) -> str:
    """The visible article text: the <article> or <main> element if there is
    one, else <body>, without navigation, scripts, styles, sidebars, footers."""
    from selectolax.lexbor import LexborHTMLParser

    try:
        tree = LexborHTMLParser(html)
    except Exception as exc:  # selectolax raises plain exceptions on bad input
        raise ExtractError("read", Msg.E107.format(detail=str(exc))) from exc
    for tag in DROP_TAGS:
        for node in tree.css(tag):
            node.decompose()
    for node in tree.css("[role], [class], [id], [hidden], [aria-hidden]"):
        attrs = node.attributes
        if (attrs.get("role") in DROP_ROLES or "hidden" in attrs
                or attrs.get("aria-hidden") == "true"
                or DROP_CLASS.search(attrs.get("class") or "")
                or DROP_CLASS.search(attrs.get("id") or "")):
            node.decompose()
    root = tree.css_first("article") or tree.css_first("main") or tree.body or tree.root
    if root is None:
        raise ExtractError("read", Msg.E107.format(detail="no body"))
    parts: list[str] = []
    _walk(root, parts)
    text = "".join(parts)
    lines = [line.strip(" ") for line in text.split("\n")]
    text = regex.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    if not text:
        raise ExtractError("read", Msg.E102.format())
    return text + "\n"


def _walk(node, parts: list[str]) -> None:
    tag = node.tag
    if tag == "-text":
        parts.append(WS.sub(" ", node.text(deep=False) or ""))
        return
    if tag == "br":
        parts.append("\n")
        return
    if tag == "tr":
        cells = [WS.sub(" ", c.text(deep=True)).strip() for c in node.iter()
                 if c.tag in ("td", "th")]
        parts.append("\n" + "\t".join(cells) + "\n")
        return
    block = tag in BLOCK_TAGS
    if block:
        parts.append("\n")
    for child in node.iter(include_text=True):
        _walk(child, parts)
    if block:
        parts.append("\n")


# ---------------------------------------------------------------------- pdf
CJK = r"[\p{Han}\u3000-\u303f\uff00-\uffef]"
PAGE_NUMBER = regex.compile(r"(?i)^(?:第\s*\d+\s*页(?:\s*[/，,]?\s*共\s*\d+\s*页)?|page\s+\d+"
                            r"(?:\s+of\s+\d+)?|[-–—]?\s*\d{1,4}\s*[-–—]?|\d+\s*/\s*\d+)$")
PARAGRAPH_GAP = 0.8  # a vertical gap above this share of the line height starts a paragraph
FULL_LINE_SLACK = 30.0  # points: a line ending this close to the right margin is full


def join_pdf_lines(lines: list[dict]) -> str:
    """Join pdfplumber text lines: a full line that breaks between two Chinese
    characters (or punctuation) or after a hyphen inside an English word is
    rejoined; a larger vertical gap makes a paragraph break; lines that hold
    only a page number are dropped."""
    lines = [ln for ln in lines if ln["text"].strip() and not PAGE_NUMBER.match(ln["text"].strip())]
    if not lines:
        return ""
    right = max(ln["x1"] for ln in lines)
    out = [lines[0]["text"]]
    for prev, line in zip(lines, lines[1:], strict=False):
        before, text = out[-1], line["text"]
        height = max(prev["bottom"] - prev["top"], 1.0)
        full = prev["x1"] >= right - FULL_LINE_SLACK
        if line["top"] - prev["bottom"] > PARAGRAPH_GAP * height:
            out.append("\n\n" + text)
        elif full and regex.search(CJK + "$", before) and regex.match(CJK, text):
            out.append(text)
        elif full and regex.search(r"[a-z]-$", before) and regex.match(r"[a-z]", text):
            out[-1] = before[:-1]
            out.append(text)
        else:
            out.append("\n" + text)
    return "".join(out)


def pdf_to_text(path: Path) -> tuple[str, list[Page]]:
    import pdfplumber

    parts: list[str] = []
    pages: list[Page] = []
    offset = 0
    try:
        with pdfplumber.open(path) as pdf:
            for number, page in enumerate(pdf.pages, start=1):
                text = _page_text(page)
                chunk = text + "\n\n"
                parts.append(chunk)
                pages.append(Page(number, offset, offset + len(chunk)))
                offset += len(chunk)
    except ExtractError:
        raise
    except Exception as exc:  # pdfminer raises many unrelated classes on bad files
        raise ExtractError("read", Msg.E105.format(detail=f"{type(exc).__name__}: {exc}")) from exc
    text = "".join(parts)
    if not text.strip():
        raise ExtractError("read", Msg.E106.format())
    return text, pages


def _page_text(page) -> str:
    """The page's lines outside tables, joined, with each table's rows put
    (tab-separated) where the table stands on the page."""
    tables = sorted(page.find_tables(), key=lambda t: t.bbox[1])
    boxes = [t.bbox for t in tables]
    body = page.filter(lambda obj: not _inside(obj, boxes)) if boxes else page
    lines = body.extract_text_lines(strip=True, return_chars=False)
    blocks: list[str] = []
    for table in tables:
        above = [ln for ln in lines if ln["top"] < table.bbox[1]]
        lines = [ln for ln in lines if ln["top"] >= table.bbox[1]]
        if above:
            blocks.append(join_pdf_lines(above))
        rows = ["\t".join(WS.sub(" ", c or "").strip() for c in row) for row in table.extract()]
        blocks.append("\n".join(rows))
    if lines:
        blocks.append(join_pdf_lines(lines))
    return "\n\n".join(b for b in blocks if b.strip())


def _inside(obj: dict, boxes: list[tuple[float, float, float, float]]) -> bool:
    if "x0" not in obj or "top" not in obj:
        return False
    cx = (obj["x0"] + obj["x1"]) / 2
    cy = (obj["top"] + obj["bottom"]) / 2
    return any(x0 <= cx <= x1 and top <= cy <= bottom for x0, top, x1, bottom in boxes)
