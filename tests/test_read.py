from pathlib import Path

import pytest

from extract.messages import ExtractError
from extract.read import decode_bytes, html_to_text, join_pdf_lines, read_document
from tests.conftest import make_pdf

ZH = "靶向CD19的CAR-T细胞治疗44例患者，客观缓解率为92.9%，未发生ICANS。"
ZH_TRAD = "靶向CD19的CAR-T細胞治療44例患者，客觀緩解率為92.9%，未發生ICANS。"


@pytest.mark.parametrize(
    ("raw", "text", "encoding"),
    [
        (ZH.encode("utf-8"), ZH, "utf-8"),
        (b"\xef\xbb\xbf" + ZH.encode("utf-8"), ZH, "utf-8-sig"),
        (ZH.encode("gb18030"), ZH, "gb18030"),
        (ZH_TRAD.encode("big5"), ZH_TRAD, "big5hkscs"),
        (ZH.encode("utf-16"), ZH, "utf-16"),
        (ZH.encode("utf-16-be").join([b"\xfe\xff", b""]), ZH, "utf-16"),
    ],
    ids=["utf8", "utf8-bom", "gb18030", "big5", "utf16-le-bom", "utf16-be-bom"],
)
def test_decode(raw: bytes, text: str, encoding: str) -> None:
    assert decode_bytes(raw) == (text, encoding)


def test_decoded_text_keeps_newlines_as_read() -> None:
    text, _ = decode_bytes("第一行\r\n第二行\n".encode("gb18030"))
    assert text == "第一行\r\n第二行\n"


@pytest.mark.parametrize(
    ("raw", "code"),
    [(b"", "E102"), (b"  \n\n", "E102"), (bytes(range(256)) * 8, "E103"),
     (b"\x89PNG\r\n\x1a\n" + bytes(200), "E103")],
    ids=["empty", "blank", "binary", "png"],
)
def test_bad_bytes_are_refused(raw: bytes, code: str) -> None:
    with pytest.raises(ExtractError) as info:
        decode_bytes(raw)
    assert info.value.message.startswith(code)


HTML = """<!doctype html><html><head><title>CAR-T news</title>
<meta name="keywords" content="CD19, NCT99999999">
<style>.x { content: "NCT88888888" }</style>
<script>var trial = "NCT77777777"; var t = "CD19";</script></head>
<body>
<nav><a href="/">Home</a> <a href="/cd19">CD19 CAR-T hub</a></nav>
<div class="sidebar">Related: NCT66666666 GD2 CAR</div>
<article><h1>BCMA CAR-T results</h1>
<p>The trial (NCT03548207) enrolled 97 patients.</p>
<table><tr><th>ID</th><th>Target</th></tr><tr><td>NCT03361748</td><td>BCMA</td></tr></table>
</article>
<footer>Contact NCT55555555</footer>
</body></html>"""


def test_html_keeps_article_text_only() -> None:
    text = html_to_text(HTML)
    assert "NCT03548207" in text and "97 patients" in text
    assert "NCT03361748\tBCMA" in text  # a table row becomes a tab-separated line
    for decoy in ("NCT99999999", "NCT88888888", "NCT77777777", "NCT66666666", "NCT55555555",
                  "Home", "var trial"):
        assert decoy not in text


def test_html_without_article_uses_body() -> None:
    text = html_to_text("<html><body><nav>menu</nav><p>CD19 CAR-T</p><script>x=1</script>"
                        "</body></html>")
    assert text.strip() == "CD19 CAR-T"


def line(text: str, top: float, x1: float = 520.0) -> dict:
    """A pdfplumber text line, 12 points high, starting at the left margin."""
    return {"text": text, "x0": 60.0, "x1": x1, "top": top, "bottom": top + 12.0}


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        ([line("靶向间皮", 100), line("素的 CAR-T", 116)], "靶向间皮素的 CAR-T"),
        ([line("an immuno-", 100), line("therapy trial", 116)], "an immunotherapy trial"),
        ([line("CD19-", 100), line("CAR T cells", 116)], "CD19-\nCAR T cells"),
        ([line("结束。", 100, x1=200), line("下一段开始", 116)], "结束。\n下一段开始"),
        ([line("短标题", 100, x1=200), line("正文", 116)], "短标题\n正文"),
        ([line("第一段最后一行", 100), line("第二段", 140)], "第一段最后一行\n\n第二段"),
        ([line("正文", 100), line("第 2 页", 116, x1=300)], "正文"),
    ],
    ids=["cjk-word", "hyphen", "capital-after-hyphen", "sentence-end", "short-line",
         "paragraph-gap", "page-number"],
)
def test_join_pdf_lines(lines: list[dict], expected: str) -> None:
    assert join_pdf_lines(lines) == expected


def test_pdf_pages_and_table(tmp_path: Path) -> None:
    path = tmp_path / "a.pdf"
    make_pdf(path, [["第一页：靶向 CD19 的 CAR-T 治疗。"],
                    ["Second page: the trial NCT05472558 enrolled 20 patients."]],
             table=[["ID", "Target"], ["NCT03056339", "CD19"]])
    doc = read_document(path, "a.pdf")
    assert [p.number for p in doc.pages] == [1, 2]
    assert doc.page_at(doc.text.index("第一页")) == 1
    assert doc.page_at(doc.text.index("NCT05472558")) == 2
    assert "NCT03056339\tCD19" in doc.text
    assert doc.text.count("NCT03056339") == 1  # table text is not also kept as running text


def test_truncated_pdf_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "a.pdf"
    make_pdf(path, [["NCT05472558"]])
    path.write_bytes(path.read_bytes()[:300])
    with pytest.raises(ExtractError) as info:
        read_document(path, "a.pdf")
    assert info.value.message.startswith(("E105", "E106"))


def test_unsupported_suffix(tmp_path: Path) -> None:
    path = tmp_path / "a.docx"
    path.write_bytes(b"PK\x03\x04")
    with pytest.raises(ExtractError) as info:
        read_document(path, "a.docx")
    assert info.value.message.startswith("E101")
