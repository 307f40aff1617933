import pytest

from extract.messages import RuleError
from extract.normalize import normalize
from extract.rules import rules_dir
from extract.segment import Segmenter, load_section_rules, sentence_lang
from tests.conftest import doc


@pytest.fixture(scope="module")
def seg() -> Segmenter:
    return Segmenter()


def sentences(seg: Segmenter, text: str, **kw):
    return [(text[s.start:s.end], s.kind) for s in seg.segment(normalize(text), **kw)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("客观缓解率为92.9%。完全缓解率为60%。", ["客观缓解率为92.9%。", "完全缓解率为60%。"]),
        ("Liu et al. reported 11 patients. Eight responded.",
         ["Liu et al. reported 11 patients.", "Eight responded."]),
        ("The ORR was 92.9% (n = 44). CR was 60%.", ["The ORR was 92.9% (n = 44).", "CR was 60%."]),
        ("结果显示“有效”。随后入组。", ["结果显示“有效”。", "随后入组。"]),
        ("e.g. CD19 and i.e. BCMA were targeted.", ["e.g. CD19 and i.e. BCMA were targeted."]),
        ("1. 血液系统肿瘤：目前疗效良好。", ["1. 血液系统肿瘤：目前疗效良好。"]),
    ],
)
def test_sentence_split(seg, text, expected) -> None:
    assert [s for s, _ in sentences(seg, text)] == expected


def test_broken_line_inside_a_word_continues_the_sentence(seg) -> None:
    text = "这类免疫细胞可以取自多种来源，例如外周血、脐带血、诱导多能干细胞以及已建立的自然杀伤细\n\n胞系等。\n\n二、临床应用\n\n正文。"
    got = sentences(seg, text)
    assert got[0] == (text[:text.index("等。") + 2], "body")
    assert ("二、临床应用", "heading") in got


def test_reference_list_and_front_matter(seg) -> None:
    text = ("题目\n\n基金项目: 国家自然科学基金(82070000)\n\n通信作者: 张三, Email: a@b.cn\n\n"
            "正文提到 NCT05472558。\n\n参 考 文 献\n\n[1] Liu E, et al. N Engl J Med, 2020, 382: 545.\n")
    kinds = dict(sentences(seg, text))
    assert kinds["基金项目: 国家自然科学基金(82070000)"] == "front"
    assert kinds["通信作者: 张三, Email: a@b.cn"] == "front"
    assert kinds["正文提到 NCT05472558。"] == "body"
    assert kinds["[1] Liu E, et al. N Engl J Med, 2020, 382: 545."] == "reference"


def test_reference_entry_without_heading_is_reference(seg) -> None:
    text = "正文。\n\n- [1] PARK J A, et al. Potent armed T cells[J]. J Immunother Cancer, 2021, 9(5).\n"
    assert sentences(seg, text)[-1][1] == "reference"


def test_include_references(seg) -> None:
    text = "正文。\n\nReferences\n\n1. Smith J, et al. Blood. 2020;1:2.\n"
    assert sentences(seg, text, include_references=True)[-1][1] == "body"


def test_table_rows_know_their_headers(seg) -> None:
    text = "表 1\n编号\t状态\t靶标\nNCT05472558\t未知\tCD19\nNCT05574608\t招募中\tCD123\n"
    sents = seg.segment(normalize(text))
    rows = [s for s in sents if s.kind == "table"]
    assert [s.row for s in rows] == [1, 2]
    cells = [(rows[1].norm[c.start:c.end], c.header) for c in rows[1].cells]
    assert cells == [("NCT05574608", "编号"), ("招募中", "状态"), ("CD123", "靶标")]


def test_markdown_table(seg) -> None:
    text = "| ID | Target |\n|---|---|\n| NCT03056339 | CD19 |\n"
    rows = [s for s in seg.segment(normalize(text)) if s.kind == "table"]
    assert [(rows[0].norm[c.start:c.end], c.header) for c in rows[0].cells] == [
        ("NCT03056339", "ID"), ("CD19", "Target")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [("靶向CD19的CAR-T细胞", "zh"), ("CD19-directed CAR T cells", "en"),
     ("NCT05472558\t未知\tCD19", "zh"), ("NCT03056339\tCD19\tPhase 1", "en")],
)
def test_language(text, lang) -> None:
    assert sentence_lang(normalize(text).norm) == lang


def test_sections_follow_headings(seg) -> None:
    text = "摘要\n\n目的：评估疗效。\n\n2.1 研究对象\n\n共纳入 44 例患者。\n"
    sents = {normalize(text).text[s.start:s.end]: s.section for s in seg.segment(normalize(text))}
    assert sents["目的：评估疗效。"] == "目的"
    assert sents["共纳入 44 例患者。"] == "2.1 研究对象"


def test_space_aligned_table(seg) -> None:
    text = ("表 2　本页涉及的试验\n编号              靶标          适应症\n"
            "ＮＣＴ０３０５６３３９     CDl9 的      B 细胞淋巴瘤/CLL\n")
    rows = [s for s in seg.segment(normalize(text)) if s.kind == "table"]
    assert [(rows[0].norm[c.start:c.end], c.header) for c in rows[0].cells] == [
        ("NCT03056339", "编号"), ("CDl9 的", "靶标"), ("B 细胞淋巴瘤/CLL", "适应症")]


def test_double_space_in_prose_is_not_a_table(seg) -> None:
    text = "刘宝瑞  博士,教授、主任医师。\n南京大学  医学院  附属鼓楼医院\n"
    assert all(s.kind != "table" for s in seg.segment(normalize(text)))


@pytest.mark.parametrize(
    "line",
    ["This work was supported in part by grant 81770201 and programme award 2017-310224-05.",
     "Funded by the National Science Foundation (grant no. 1234).",
     "本研究受国家自然科学基金(82070000)资助。"],
)
def test_funding_statements_are_front_matter(seg, line) -> None:
    assert sentences(seg, line)[0][1] == "front"


def test_heading_broken_inside_a_word(seg) -> None:
    text = "五、靶向间\n皮素的 CAR-T\n间皮素 CAR-T 经胸腔内注射。\n"
    got = sentences(seg, text)
    assert got[0] == ("五、靶向间\n皮素的 CAR-T", "heading")
    assert got[1] == ("间皮素 CAR-T 经胸腔内注射。", "body")


def test_heading_followed_by_its_paragraph_is_not_joined(seg) -> None:
    text = "二、临床应用\n近年来，工程化 NK 细胞在淋巴瘤和白血病的早期试验中疗效令人鼓舞。\n"
    assert sentences(seg, text)[0] == ("二、临床应用", "heading")



def cells_of(seg: Segmenter, text: str) -> list[list[tuple[str, str]]]:
    rows = [s for s in seg.segment(normalize(text)) if s.kind == "table"]
    return [[(r.norm[c.start:c.end], c.header) for c in r.cells] for r in rows]


# fixed-width tables: a row whose cells are parted by one space only, or that
# has a double space inside a cell, is paired with the headers by character
# column, not by position
@pytest.mark.parametrize(
    ("text", "row", "expected"),
    [
        ("Study                   Product      Target    N     ORR, %\n"
         "ALPHA-1                 drug-a       CD19      40    82\n"
         "BETA-2 (NCT01234567)    drug-b       BCMA      25    76\n"
         "GAMMA-3 (NCT07654321) drug-cel       CD22      18    61\n",
         2, [("GAMMA-3 (NCT07654321) drug-cel", "Study"), ("CD22", "Target"), ("18", "N"),
             ("61", "ORR, %")]),
        ("研究名称          产品        靶点      例数   ORR\n"
         "ZJ-101            产品甲      CD19      24     83%\n"
         "ZJ-102            产品乙      BCMA      30     90%\n"
         "ZJ-103 扩展队列 产品丙        CD22      16     75%\n",
         2, [("ZJ-103 扩展队列产品丙", "研究名称"), ("CD22", "靶点"), ("16", "例数"),
             ("75%", "ORR")]),
        ("Trial        Target antigen  N     ORR\n"
         "UNO-1        CD19            30    70\n"
         "DUO-2        CD19  CD22      28    68\n"
         "TRE-3        BCMA            20    85\n",
         1, [("DUO-2", "Trial"), ("CD19", "Target antigen"), ("CD22", "Target antigen"),
             ("28", "N"), ("68", "ORR")]),
        ("试验         靶点组合        例数  ORR\n"
         "甲-1         CD19            30    70%\n"
         "乙-2         CD19  CD20      28    68%\n"
         "丙-3         BCMA            20    85%\n",
         1, [("乙-2", "试验"), ("CD19", "靶点组合"), ("CD20", "靶点组合"), ("28", "例数"),
             ("68%", "ORR")]),
    ],
)
def test_fixed_width_row_cells_take_the_header_of_their_column(seg, text, row, expected) -> None:
    assert cells_of(seg, text)[row] == expected


@pytest.mark.parametrize(
    ("text", "row", "expected"),
    [
        # one space just before the first character of the next column cuts the cell there
        ("Trial (registry)      Agent        Target    n\n"
         "ONE-1 (NCT01111111)   agent-a      CD19      40\n"
         "TWO-2 (NCT02222222)   agent-b      BCMA      25\n"
         "THREE-3 (NCT03333333) agent-c      CD22      18\n"
         "FOUR-4 (NCT04444444)  agent-d      CD7       12\n",
         2, [("THREE-3 (NCT03333333)", "Trial (registry)"), ("agent-c", "Agent"),
             ("CD22", "Target"), ("18", "n")]),
        # Chinese characters take two screen columns
        ("研究                  药物       靶点      例数\n"
         "甲研究                药物甲     CD19      40\n"
         "乙研究（扩展）        药物乙     BCMA      25\n"
         "丙研究（NCT03333333） 药物丙     CD22      18\n",
         2, [("丙研究(NCT03333333)", "研究"), ("药物丙", "药物"), ("CD22", "靶点"),
             ("18", "例数")]),
    ],
)
def test_fixed_width_cell_run_into_the_next_column_is_cut(seg, text, row, expected) -> None:
    assert cells_of(seg, text)[row] == expected


def test_odd_fixed_width_row_stays_in_its_table(seg) -> None:
    text = ("Study        Product      Target    N     ORR, %\n"
            "ALPHA-1      drug-a       CD19      40    82\n"
            "BETA 2 trial drug-b       BCMA      25    76\n"
            "GAMMA-3      drug-c       CD22      18    61\n")
    rows = cells_of(seg, text)
    assert len(rows) == 3
    assert rows[1][:2] == [("BETA 2 trial", "Study"), ("drug-b", "Product")]
    assert rows[2] == [("GAMMA-3", "Study"), ("drug-c", "Product"), ("CD22", "Target"),
                       ("18", "N"), ("61", "ORR, %")]


def test_tab_row_with_fewer_cells_keeps_pairing_by_position(seg) -> None:
    text = "Study\tTarget\tN\tORR\nALPHA-1\tCD19\t40\t82\nBETA-2\tBCMA\t25\n"
    assert cells_of(seg, text)[1] == [("BETA-2", "Study"), ("BCMA", "Target"), ("25", "N")]


@pytest.mark.parametrize(("heading", "is_heading"), [
    ("WARNING: CYTOKINE RELEASE SYNDROME, NEUROLOGIC TOXICITIES, PROLONGED CYTOPENIA, "
     "and SECONDARY HEMATOLOGICAL MALIGNANCIES", True),
    ("WARNING: INFECTIONS AND HLH", True),
    ("Warning: infections occurred in most patients and two of them were serious.", False),
])
def test_boxed_warning_heading_of_any_length(seg, heading, is_heading) -> None:
    text = f"{heading}\n- Neurologic toxicities occurred in patients receiving the product.\n"
    sents = seg.segment(normalize(text))
    assert (sents[0].kind == "heading") is is_heading
    assert heading.startswith(sents[-1].section or "-") is is_heading


NUMBERED_REFS = ("正文。\n\n参考文献\n"
                 "[1] Zhao L, Chen M, et al. Dual-target CAR T cells in B-ALL. Leukemia, 2021, 35(4): 1001-1010.\n"
                 "[2] 李明, 王芳. CAR-T 治疗后的感染[J]. 中华内科杂志, 2022, 61(3): 250-255.\n\n")


@pytest.mark.parametrize("after", [
    "Letter to the editor: late cytopenia after BCMA CAR-T cells. Of our 18 patients, three had grade 3 anaemia.",
    "Summary: Among 40 treated patients the overall response rate was 70% and no ICANS occurred.",
    "English abstract: Twenty-two patients received CD7 CAR-T cells; grade 3 CRS occurred in two.",
    "【摘要】目的 观察 CD19 CAR-T 治疗 26 例患者的疗效。",
    "Late haematological toxicity after dual-target CAR-T cells\nAbstract: We followed 27 patients for a median of 14 months.",
    "In this letter we describe our experience with 15 patients who received GPRC5D-directed CAR-T cells after "
    "failing BCMA-directed therapy; the overall response rate was 60% and two patients had grade 3 CRS.",
])
def test_abstract_after_a_numbered_reference_list_is_not_a_reference(seg, after) -> None:
    got = sentences(seg, NUMBERED_REFS + after + "\n")
    assert got[-1][1] == "body"
    assert [k for s, k in got if s.startswith("[")] == ["reference", "reference"]


@pytest.mark.parametrize(("text", "tail"), [
    # an entry wrapped after a blank line: citation shape, it stays in the list
    (NUMBERED_REFS + "Blood Adv, 2020, 4(23): 5988-5999.\n", "Blood Adv, 2020, 4(23): 5988-5999."),
    # a short unnumbered line after the entries (publisher note) stays
    (NUMBERED_REFS + "收稿日期 2023-01-05\n", None),
    # a numbered entry after a blank line stays
    (NUMBERED_REFS + "[3] Summary of product characteristics. Abecma, 2021.\n", None),
    # an author-year list (no numbers) keeps the list to the end of the document
    ("正文。\n\nReferences\n\nSmith J, Lee K. CAR T cells in myeloma. Blood. 2020;135:17-27.\n\n"
     "Abstract: In our cohort of 30 patients the ORR was 80% and two had grade 3 CRS.\n", None),
])
def test_reference_list_keeps_its_own_lines(seg, text, tail) -> None:
    got = sentences(seg, text)
    assert got[-1][1] == "reference"
    if tail:
        assert got[-1][0] == tail


@pytest.mark.parametrize(("line", "heading", "body"), [
    ("2.1 感染发生情况  早期感染以细菌感染为主，共 12 例；晚期以病毒感染为主。",
     "2.1 感染发生情况", "早期感染以细菌感染为主，共 12 例；晚期以病毒感染为主。"),
    ("2.3 与 ICANS 的关系  40 例中有 9 例发生 ICANS，均为 1~2 级。",
     "2.3 与 ICANS 的关系", "40 例中有 9 例发生 ICANS，均为 1~2 级。"),
    ("2.5 死亡 随访期间共 6 例死亡，其中 2 例死于感染。", "2.5 死亡", "随访期间共 6 例死亡，其中 2 例死于感染。"),
    ("（二）不良反应 全部患者均出现发热。", "（二）不良反应", "全部患者均出现发热。"),
    ("２．２ 安全性 ３ 级 CRS ２ 例。", "２．２ 安全性", "３ 级 CRS ２ 例。"),
    ("2.1 患者特征 共纳入 20 例患者，中位年龄 50 岁。", "2.1 患者特征", "共纳入 20 例患者，中位年龄 50 岁。"),
    ("3.2 Neurotoxicity  Grade 2 ICANS occurred in three of 25 patients.",
     "3.2 Neurotoxicity", "Grade 2 ICANS occurred in three of 25 patients."),
])
def test_numbered_heading_run_into_its_paragraph(seg, line, heading, body) -> None:
    got = sentences(seg, "正文。\n\n" + line + "\n")
    assert got[1:] == [(heading, "heading"), (body, "body")]


@pytest.mark.parametrize("line", [
    "12 例患者 出现发热，均为 1 级。",
    "3 级 CRS 2 例，均经托珠单抗控制。",
    "1. Patients received cells at two dose levels, and 9 of 12 responded.",
    "2.1 不良反应发生于多数患者且均为可逆性反应可控的事件 其中 CRS 5 例。",
])
def test_numbered_sentence_is_not_split_as_a_heading(seg, line) -> None:
    got = sentences(seg, "正文。\n\n" + line + "\n")
    assert [k for _, k in got[1:]] == ["body"] * (len(got) - 1)
    assert "".join(s for s, _ in got[1:]).replace(" ", "") == line.replace(" ", "")


@pytest.mark.parametrize("line", [
    "3 級及以上不良事件發生率為 41%，對照組為 12%。",
    "4 例患者 出现 3 级 CRS，均经治疗缓解。",
    "2 patients  had grade 3 CRS, and both recovered.",
])
def test_count_opening_a_sentence_is_not_a_section_number(seg, line) -> None:
    got = sentences(seg, "正文。\n\n" + line + "\n")
    assert [k for _, k in got[1:]] == ["body"] * (len(got) - 1)


# ------------------------------------------------------------------ round 19
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a pipe table without outer pipes directly under its caption line
        ("Table 2. Engineered cell products in sarcoma\n"
         "Antigen | Product | Registry | Treated (n)\n"
         "PRAME | cell-x (TCR-T) | NCT09876543 | 24\n"
         "GD2 | cell-y (CAR-T) | NCT08765432 | 15\n",
         [[("PRAME", "Antigen"), ("cell-x (TCR-T)", "Product"), ("NCT09876543", "Registry"),
           ("24", "Treated (n)")],
          [("GD2", "Antigen"), ("cell-y (CAR-T)", "Product"), ("NCT08765432", "Registry"),
           ("15", "Treated (n)")]]),
        ("表3　双靶点CAR-T研究一览\n"
         "序号 | 疾病 | 靶点 | 例数\n"
         "1 | B-ALL | CD19/CD22 | 21\n"
         "2 | MM | BCMA/GPRC5D | 9\n",
         [[("1", "序号"), ("B-ALL", "疾病"), ("CD19/CD22", "靶点"), ("21", "例数")],
          [("2", "序号"), ("MM", "疾病"), ("BCMA/GPRC5D", "靶点"), ("9", "例数")]]),
    ],
)
def test_pipe_table_without_outer_pipes_under_its_caption(seg, text, expected) -> None:
    assert cells_of(seg, text) == expected
    caption = text.splitlines()[0]
    assert (caption, "body") in sentences(seg, text)


@pytest.mark.parametrize("line", [
    "Haematology Weekly | Myeloma | Feature",
    "Received 3 May 2024 | Accepted 9 June 2024 | Contact: desk@example.org",
])
def test_single_pipe_line_is_not_a_table(seg, line) -> None:
    text = f"{line}\n\nThe trial enrolled 30 patients.\n"
    assert cells_of(seg, text) == []


def test_prose_before_a_funding_statement_is_not_front_matter(seg) -> None:
    text = ("CONCLUSIONS\n"
            "In 14 adults with refractory myeloma, GPRC5D-directed CAR T cells produced durable "
            "responses. (Funded by the Example Cancer Foundation and others.)\n")
    got = sentences(seg, text)
    assert got[1] == ("In 14 adults with refractory myeloma, GPRC5D-directed CAR T cells "
                      "produced durable responses.", "body")
    assert got[2] == ("(Funded by the Example Cancer Foundation and others.)", "front")


def test_body_paragraph_with_an_email_in_passing_stays_body(seg) -> None:
    text = ("Results\n\n"
            "The response figures are unchanged: two of nine patients had grade 2 ICANS. "
            "The contact address of the first author (k.ito@example.net) and the award "
            "number (R01CA123456) were printed wrongly. We regret these slips, which leave "
            "the main finding about CD70-directed cells as it was.\n")
    got = dict(sentences(seg, text))
    assert got["The response figures are unchanged: two of nine patients had grade 2 "
               "ICANS."] == "body"
    assert got["We regret these slips, which leave the main finding about CD70-directed "
               "cells as it was."] == "body"
    assert got["The contact address of the first author (k.ito@example.net) and the "
               "award number (R01CA123456) were printed wrongly."] == "front"


@pytest.mark.parametrize("text", [
    "Contact: office@example.org. Sponsor: Example Bio. Abstract no. 2022-123456-01.\n",
    # running text first, but the e-mail is labelled (`Contact:`): authors' data
    "Written by the editorial team of the cell therapy unit at the hospital. "
    "Contact: team@example.org. Bulletin no. 12-2024.\n",
    # a line of names first: no running text, the whole paragraph stays front matter
    "J. Roe, K. Doe. Division of Cell Therapy, Harbour University, Osaka. "
    "Correspondence: j.roe@example.jp. Supported by grant 21K0001.\n",
    "Authors: C. Sample, D. Sample. Cell Therapy Unit, City Hospital. Email: c@example.org\n",
])
def test_authors_data_of_several_sentences_stay_front(seg, text) -> None:
    assert {kind for _, kind in sentences(seg, text)} == {"front"}


@pytest.mark.parametrize(("text", "first"), [
    # the title does not go on across a blank line (into a note or the authors)
    ("靶向BCMA的CAR-T细胞治疗浆细胞白血病患者一例报告\n\n注：本文病例资料经过脱敏处理。\n",
     "靶向BCMA的CAR-T细胞治疗浆细胞白血病患者一例报告"),
    ("GPRC5D 特异性 CAR-T 细胞治疗复发多发性骨髓瘤 12 例临床分析\n\n王 某，李 某\n",
     "GPRC5D 特异性 CAR-T 细胞治疗复发多发性骨髓瘤 12 例临床分析"),
])
def test_title_is_not_joined_across_a_blank_line(seg, text, first) -> None:
    assert sentences(seg, text)[0] == (first, "body")


def test_note_after_a_blank_line_starts_a_new_paragraph(seg) -> None:
    text = ("正文第一段介绍了本中心开展的靶向 CD7 的 CAR-T 细胞治疗的总体情况\n\n"
            "说明：本段数据仅为示意。\n")
    assert [s for s, _ in sentences(seg, text)][-1] == "说明：本段数据仅为示意。"


def test_word_broken_across_a_blank_line_still_continues(seg) -> None:
    text = "该研究共纳入了来自三个中心的复发或难治性患者，全部接受了自然杀伤细\n\n胞治疗。\n"
    assert len(sentences(seg, text)) == 1


def test_front_matter_line_does_not_continue_the_open_paragraph(seg) -> None:
    text = ("（某医院 血液科，成都 610041；某研究所 细胞治疗中心，成都 610041）\n"
            "基金项目：四川省科技计划项目（2023YFS0001）\n"
            "中图分类号：R733.7  文献标志码：A  文章编号：1000-0000(2024)01-0001-05\n")
    got = sentences(seg, text)
    assert got[0] == ("（某医院 血液科，成都 610041；某研究所 细胞治疗中心，成都 610041）", "body")
    assert all(kind == "front" for _, kind in got[1:])


def test_list_items_are_not_joined(seg) -> None:
    text = ("Exclusion criteria:\n"
            "- Prior treatment with any gene-modified cell product\n"
            "- Active autoimmune disease requiring systemic therapy within 2 years\n")
    assert [s for s, _ in sentences(seg, text)][-2:] == [
        "- Prior treatment with any gene-modified cell product",
        "- Active autoimmune disease requiring systemic therapy within 2 years"]


@pytest.mark.parametrize(("line", "label", "rest"), [
    ("ICANS：３例出现ICANS，均为１～２级，经地塞米松治疗后缓解。", "ICANS：",
     "３例出现ICANS，均为１～２级，经地塞米松治疗后缓解。"),
    ("感染：５例发生感染，其中≥3级２例。", "感染：", "５例发生感染，其中≥3级２例。"),
    ("Infections: infections occurred in 6 patients, two of them grade 3.", "Infections:",
     "infections occurred in 6 patients, two of them grade 3."),
    ("GVHD：４例出现Ⅰ～Ⅱ度急性GVHD。", "GVHD：", "４例出现Ⅰ～Ⅱ度急性GVHD。"),
])
def test_run_in_label_is_a_heading(seg, line, label, rest) -> None:
    got = sentences(seg, f"2.4 安全性\n{line}\n")
    assert got[1:] == [(label, "heading"), (rest, "body")]


@pytest.mark.parametrize("line", [
    "≥3级CRS：2例，均经托珠单抗治疗后缓解。",                  # a count before the colon
    "Efficacy (N=40): the overall response rate was 85%.",     # a result in the label
    "主要终点：3 级及以上不良事件发生率。",                       # an endpoint frames its text
    "Primary endpoint: incidence of grade 3 or higher CRS.",
    "Results: 20 patients were treated.",                      # an abstract label stays in place
    "Note: the case is a composite and describes no single real patient.",  # editor's note
    "Complete remission: 4 patients; partial remission: 2 patients.",  # not restated: a value
    "感染：3例，均为1～2级。",
    "Q: How common was neurotoxicity in your series?",
    "说明：本文数据为示意。",
])
def test_label_that_belongs_to_its_sentence_is_not_split(seg, line) -> None:
    assert sentences(seg, f"{line}\n") == [(line, "body")]


@pytest.mark.parametrize(("text", "heading"), [
    ("3. Autologous GPRC5D-directed CAR T cells in heavily pretreated myeloma\n"
     "Investigators reported 17 patients treated at two dose levels.\n",
     "3. Autologous GPRC5D-directed CAR T cells in heavily pretreated myeloma"),
    ("6.2 Immune Effector Cell-Associated Hemophagocytic Lymphohistiocytosis-Like Syndrome\n"
     "In the pivotal study, the syndrome occurred in 2 patients.\n",
     "6.2 Immune Effector Cell-Associated Hemophagocytic Lymphohistiocytosis-Like Syndrome"),
])
def test_long_numbered_english_heading_over_its_paragraph(seg, text, heading) -> None:
    got = sentences(seg, text)
    assert got[0] == (heading, "heading")
    assert got[1][1] == "body"


def test_numbered_line_wrapped_into_a_lowercase_line_is_not_a_heading(seg) -> None:
    text = ("2. Patients with relapsed disease after two or more prior lines of therapy were\n"
            "eligible for the expansion cohort.\n")
    assert sentences(seg, text)[0][1] == "body"


def test_fixed_width_cell_pushed_one_column_right(seg) -> None:
    text = ("产品        靶点    例数    ORR\n"
            "甲乙丙丁    CD19    20      80%\n"
            "戊己庚辛    BCMA    18      89%\n"
            "壬癸子丑寅卯 CD22   12      75%\n")
    assert cells_of(seg, text)[2] == [("壬癸子丑寅卯", "产品"), ("CD22", "靶点"), ("12", "例数"),
                                      ("75%", "ORR")]


@pytest.mark.parametrize(
    ("text", "footer"),
    [
        ("疗效确切。\n\n相关阅读：BCMA CAR-T 新进展｜GPC3 CAR-T 获批临床\n",
         "相关阅读：BCMA CAR-T 新进展｜GPC3 CAR-T 获批临床"),
        ("療效確切。\n\n相關新聞：CD7 CAR-T 研究完成入組｜CD5 CAR-T 獲批\n",
         "相關新聞：CD7 CAR-T 研究完成入組｜CD5 CAR-T 獲批"),
        ("It worked.\n\nRelated reading: CARTITUDE-4 (NCT04181827) update; GD2 CAR-T in glioma.\n",
         "Related reading: CARTITUDE-4 (NCT04181827) update; GD2 CAR-T in glioma."),
        ("疗效确切。\n\n【延伸阅读】《CD19 CAR-T 治疗狼疮专家共识》\n",
         "【延伸阅读】《CD19 CAR-T 治疗狼疮专家共识》"),
    ],
)
def test_related_reading_footer_is_navigation(seg, text, footer) -> None:
    got = dict(sentences(seg, text))
    assert got[footer] == "reference"


def test_links_under_a_related_reading_label_are_navigation(seg) -> None:
    text = ("Done.\n\nRelated reading\nCD22 CAR-T in children | BCMA CAR-T update\n"
            "GPC3 CAR-T news\n\nCD70 CAR-T was given to 6 patients.\n")
    got = dict(sentences(seg, text))
    assert got["CD22 CAR-T in children | BCMA CAR-T update"] == "reference"
    assert got["GPC3 CAR-T news"] == "reference"
    assert got["CD70 CAR-T was given to 6 patients."] == "body"


@pytest.mark.parametrize(
    "links",
    [
        ["1. 淋巴瘤 CD19 CAR-T 的长期随访结果发布（NCT02445248）", "2. 2024年EHA：BCMA CAR-T 真实世界报告"],
        ["· 首个成人 CAR-T 登记研究启动，拟纳入 300 例患者", "· 指南解读：ICANS 的分级与处理"],
        ["(1) GD2 CAR-T in children: 12 cases reported", "(2) Phase 1 update for CD70 CAR-T"],
    ],
)
def test_numbered_links_and_headlines_with_a_comma_under_a_label(seg, links) -> None:
    text = "Intro.\n\n相关阅读\n" + "\n".join(links) + "\n"
    got = dict(sentences(seg, text))
    assert [got[link] for link in links] == ["reference"] * len(links)


def test_prose_under_a_related_reading_label_is_read(seg) -> None:
    text = "Intro.\n\n相关阅读\n本研究纳入 20 例患者，CR 率为 90%。随访仍在进行。\n"
    kinds = [k for _, k in sentences(seg, text)]
    assert kinds.count("reference") == 1  # the label alone


@pytest.mark.parametrize(
    "line",
    [
        "延伸阅读：CD7 CAR-T 已获突破性疗法认定，用于复发 T-ALL；在 20 例患者中 CR 为 90%。",
        "Related reading: the CD70 trial enrolled 12 patients, and 5 responded.",
    ],
)
def test_prose_after_a_related_reading_label_is_read(seg, line) -> None:
    kinds = [k for _, k in sentences(seg, "Intro.\n\n" + line + "\n")]
    assert "reference" not in kinds


# ------------------------------------------------- two-column space-aligned tables
TWO_COLUMN = ("Table 3 (updated)\n"
              "Endpoint                     Cohort B (n = 14)\n"
              "Overall response             10/14 (71.4%)\n"
              "MRD-negative CR              9/14 (64.3%)\n"
              "Grade 3 ICANS                2\n"
              "\nThe table replaces the version printed in the first issue.\n")


def test_two_column_space_aligned_table_is_read_row_by_row(seg) -> None:
    sents = seg.segment(normalize(TWO_COLUMN))
    header = [s for s in sents if s.row == 0]
    assert [(s.kind, s.norm) for s in header] == [
        ("heading", "Endpoint                     Cohort B (n = 14)")]
    assert cells_of(seg, TWO_COLUMN) == [
        [("Overall response", "Endpoint"), ("10/14 (71.4%)", "Cohort B (n = 14)")],
        [("MRD-negative CR", "Endpoint"), ("9/14 (64.3%)", "Cohort B (n = 14)")],
        [("Grade 3 ICANS", "Endpoint"), ("2", "Cohort B (n = 14)")]]
    assert sentences(seg, TWO_COLUMN)[-1] == (
        "The table replaces the version printed in the first issue.", "body")


def test_field_extractors_see_each_row_of_a_two_column_table(pipeline) -> None:
    records = [r for r in pipeline.process(doc(TWO_COLUMN)) if r.field == "adverse_event"]
    assert [(r.value, r.sentence, r.table_row) for r in records] == [
        ("ICANS 3", "Grade 3 ICANS                2", 3)]


@pytest.mark.parametrize(
    "text",
    [
        # the labelled paragraphs of a structured abstract (ideographic or double spaces)
        "目的　评估某 CAR-T 的安全性。\n方法　单臂设计，共 30 例。\n结果　客观缓解率为 60%。\n",
        "Aims  To assess safety.\nMethods  A single-arm study of 30 patients.\n"
        "Results  The ORR was 60%.\n",
        # two rows only
        "Endpoint           Cohort B\nORR                10/14 (71.4%)\n",
        # second cells that do not start on one column
        "Endpoint           Cohort B\nORR       10/14 (71.4%)\nGrade 3 ICANS              2\n",
        # a cell too long for a table
        "Endpoint    Cohort B\nOverall response among the patients who received the "
        "target dose of the product    10/14\nGrade 3 ICANS    2\n",
    ],
    ids=["abstract-zh", "abstract-en", "two-rows", "columns-differ", "long-cell"],
)
def test_two_cell_lines_that_are_not_a_table(seg, text) -> None:
    assert all(s.kind != "table" and s.row is None for s in seg.segment(normalize(text)))


# ------------------------------------------------------------ rules/segment.yaml
def test_segment_rules_are_data(seg) -> None:
    st = seg.st
    assert "{{" not in st.glued_heading.pattern and "(?P<head>" in st.glued_heading.pattern
    assert st.pipe_row.match("| ID | Target |") and not st.pipe_row.match("| ID")
    assert "no" in st.abbreviations and st.min_aligned_cells == 3


def _rules_with(tmp_path, old: str, new: str):
    for name in ("sections.yaml", "segment.yaml"):
        (tmp_path / name).write_text((rules_dir() / name).read_text(encoding="utf-8"),
                                     encoding="utf-8")
    path = tmp_path / "segment.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    entry = text.rindex("- id:", 0, text.index(old) + len("- id:"))  # the entry of `old`
    return tmp_path, text[:entry].count("\n") + 1


@pytest.mark.parametrize(
    ("old", "new", "what"),
    [
        ("pattern: '^\\s*\\|?\\s*:?-{3,}'", "pattern: '^\\s*(\\|?'", "bad regular expression"),
        ("- id: min-bare-pipes", "- id: min-bare-pipez", "unknown id"),
        ("- id: pipe-row\n  kind: pattern", "- id: pipe-row\n  kind: limit", "kind"),
        ("{{numbered-opener}}", "{{numbered-openr}}", "unknown fragment"),
        ("pattern: '^(?P<label>{{labels}})", "pattern: '^(?P<label>x)", "{{labels}} once"),
        ("  value: 60\n- id: max-numbered", "  value: -1\n- id: max-numbered", "value"),
    ],
    ids=["regex", "unknown-id", "kind", "fragment", "labels", "limit"],
)
def test_segment_rule_errors_name_file_and_line(tmp_path, old, new, what) -> None:
    directory, line = _rules_with(tmp_path, old, new)
    with pytest.raises(RuleError) as info:
        load_section_rules(directory)
    message = str(info.value)
    assert message.startswith("E201") and what in message
    assert f"segment.yaml:{line}:" in message


def test_segment_rule_missing_is_named(tmp_path) -> None:
    text = (rules_dir() / "segment.yaml").read_text(encoding="utf-8")
    start = text.index("- id: min-bare-pipes")
    entry = text[start:text.index("- id:", start + 1)]
    directory, _ = _rules_with(tmp_path, entry, "")
    with pytest.raises(RuleError) as info:
        load_section_rules(directory)
    assert "segment.yaml:1:" in str(info.value) and "min-bare-pipes" in str(info.value)


@pytest.mark.parametrize(
    "sep", ["\u3000", "  "], ids=["ideographic", "double-space"])
def test_numbered_headings_run_into_paragraphs_are_not_a_table(seg, sep) -> None:
    text = (f"３．１{sep}入组情况{sep}共筛选 ５２ 例患者，其中 ４０ 例完成回输；中位年龄 ４５ 岁，"
            "既往中位治疗 ３ 线。\n"
            f"３．２{sep}安全性{sep}２ 级细胞因子释放综合征 ６ 例，未见 ３ 级及以上神经毒性；"
            "所有事件均在两周内缓解。\n"
            f"３．３{sep}随访{sep}中位随访 １８ 个月，１２ 例患者仍持续缓解，其余患者接受后续治疗。\n")
    got = sentences(seg, text)
    assert all(kind != "table" for _, kind in got)
    assert (f"３．２{sep}安全性", "heading") in got
    assert ("所有事件均在两周内缓解。", "body") in [(s[-12:], k) for s, k in got]


def test_aligned_table_with_short_cells_is_still_a_table(seg) -> None:
    text = ("组别        例数      ORR\n"
            "A 组        20        60%\n"
            "B 组        18        72%\n")
    assert [row[0][0] for row in cells_of(seg, text)] == ["A 组", "B 组"]


def test_english_numbered_headings_run_into_paragraphs_are_not_a_table(seg) -> None:
    text = ("3.1  Enrolment  Of 52 screened patients, 40 were infused; the median age was 45 "
            "years.\n"
            "3.2  Safety  Grade 2 cytokine release syndrome occurred in six patients and "
            "resolved.\n"
            "3.3  Follow-up  After a median of 18 months, 12 patients remained in remission "
            "overall.\n")
    got = sentences(seg, text)
    assert all(kind != "table" for _, kind in got)
    assert ("3.2  Safety", "heading") in got


@pytest.mark.parametrize(
    "line",
    [
        "Source: Okafor B, Lindqvist T, et al. BCMA CAR T cells in amyloidosis. Blood "
        "2024;143:2101-12.",
        "原文：王磊，陈静，等. CD7 CAR-T 治疗 T-ALL 的多中心研究. 中华血液学杂志, 2023, 44(5): 380-386.",
        "Reference: Moreau P, et al. Lancet Oncol 2022;23:1101-1112.",
        # a qualified label: the whole line is a reference entry, a trial ID in it too
        "Key references: Adeyemi K, et al. Haematologica. 2023;108:2211-2220 (NCT04123456 "
        "subgroup). Ruiz P, et al. Blood Adv. 2024;8:77-85.",
        "主要参考文献：李明，等. 双抗治疗后感染的预防. 中华血液学杂志, 2024, 45(2): 101-106.",
    ],
)
def test_labelled_citation_line_is_a_reference(seg, line) -> None:
    text = "正文介绍 CD19 CAR-T 的疗效。\n\n" + line + "\n"
    got = sentences(seg, text)
    assert got[0] == ("正文介绍 CD19 CAR-T 的疗效。", "body")
    assert {kind for _, kind in got[1:]} == {"reference"}
    assert {kind for _, kind in sentences(seg, text, include_references=True)} == {"body"}


@pytest.mark.parametrize(
    "line",
    [
        "Source: registry record NCT05012345 and the sponsor's briefing to investigators.",
        "Source: ASH 2023; 12 patients enrolled in NCT05012345 were reported in the poster.",
        "来源：血液前沿编辑部　2024-05-16　责任编辑：张敏",
    ],
)
def test_source_line_without_a_citation_is_read(seg, line) -> None:
    assert all(kind != "reference" for _, kind in sentences(seg, line + "\n"))


@pytest.mark.parametrize("meta", [
    "发布日期：2024-05-06\u3000作者：宣传科\u3000\u3000阅读量：812",
    "Posted: 6 May 2024  |  Source: Clinical News Desk",
])
def test_field_line_does_not_run_into_the_paragraph_below(seg, meta) -> None:
    body = "5月2日，我院为一名64岁的淋巴瘤患者回输了CAR-T细胞。"
    got = [s for s, _ in sentences(seg, f"{meta}\n\n{body}\n")]
    assert got == [meta, body]


def test_line_broken_across_a_blank_line_still_goes_on(seg) -> None:
    # not a field line: the sentence goes on after the blank line (a page break)
    first = "方法与结果如下。"
    broken = "本研究共纳入来自国内三个中心的既往多线治疗后复发难治性弥漫大B细胞淋巴瘤患者\n\n共计48例，均接受了CAR-T治疗。"
    assert [s for s, _ in sentences(seg, f"{first}\n{broken}\n")] == [first, broken]


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        ("Late ICANS after talquetamab for myeloma: a case report and review",
         "Abstract: We describe a 70-year-old woman who developed ICANS on day 40."),
        ("Outpatient CD19 CAR-T infusion in older adults: a case report",
         "Abstract We report one patient treated in the day unit."),
        ("Donor-derived CD7 CAR-T cells for relapsed T-ALL: a single-centre experience",
         "【Abstract】 Twelve patients received donor-derived CD7 CAR-T cells."),
    ],
)
def test_abstract_label_line_does_not_join_the_title_above(seg, title, abstract) -> None:
    got = sentences(seg, f"{title}\n{abstract}\n")
    assert got[0] == (title, "body")
    assert got[1][0].startswith(abstract.split()[0])


def test_continued_line_before_a_lower_case_summary_still_goes_on(seg) -> None:
    # `summary` in lower case opens no abstract: the sentence goes on
    text = "The panel reviewed the prescribing information and the\nsummary of product characteristics for each product.\n"
    assert [s for s, _ in sentences(seg, text)] == [text.strip()]


@pytest.mark.parametrize(
    "authors",
    ["王晓燕１，刘建国２，陈　静１＊", "王晓燕　刘建国　陈静"],
)
def test_masthead_title_does_not_run_into_the_authors_across_a_blank_line(seg, authors) -> None:
    text = ("中华细胞治疗杂志 2024年5月第3卷第5期\n\n"
            "靶向GPRC5D的CAR-T细胞治疗复发难治性多发性骨髓瘤的回顾性研究\n\n"
            f"{authors}\n\n【摘要】目的 观察疗效。\n")
    got = [s for s, _ in sentences(seg, text)]
    assert "靶向GPRC5D的CAR-T细胞治疗复发难治性多发性骨髓瘤的回顾性研究" in got
    assert authors in got


def test_line_broken_across_a_blank_line_after_the_masthead_still_goes_on(seg) -> None:
    # once a paragraph of prose was read, a short unpunctuated line goes on after a blank
    broken = "本研究共纳入来自国内四个中心的既往多线治疗后复发难治性套细胞淋巴瘤患者\n\n共计44例。"
    text = f"刊名 2024年第1期\n\n研究背景如下，已有多项研究。\n\n{broken}\n"
    assert [s for s, _ in sentences(seg, text)][-1] == broken


@pytest.mark.parametrize(
    "heading", ["Evidence sources cited in this section", "Sources cited", "Evidence sources"])
def test_evidence_sources_heading_opens_a_reference_list(seg, heading) -> None:
    text = (f"Results\nThe trial enrolled 20 adults.\n\n{heading}\n"
            "Lee A, et al. Blood 2022;140:101-9 (NCT01234567).\n")
    kinds = dict(sentences(seg, text))
    assert kinds["The trial enrolled 20 adults."] == "body"
    assert kinds["Lee A, et al. Blood 2022;140:101-9 (NCT01234567)."] == "reference"


def test_bare_sources_heading_is_read(seg) -> None:
    text = "Sources\nThe trial NCT01234567 enrolled 20 adults.\n"
    assert dict(sentences(seg, text))["The trial NCT01234567 enrolled 20 adults."] == "body"


def test_temperature_unit_ends_a_sentence(seg) -> None:
    # `°C.` is a unit, not an initial (`A. Smith`): the sentence ends there
    text = "On day 2 he had a fever of 38.9 °C. On day 3, grade 1 CRS was diagnosed."
    assert [s for s, _ in sentences(seg, text)] == [
        "On day 2 he had a fever of 38.9 °C.", "On day 3, grade 1 CRS was diagnosed."]
    assert len(sentences(seg, "Data from J. Smith were used.")) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a short number closing a hyphenated name or a time point ends the sentence
        ("Four of 6 patients reached SRI-4. Two relapsed later.",
         ["Four of 6 patients reached SRI-4.", "Two relapsed later."]),
        ("Steroids were stopped by month 9. Grade 2 CRS occurred in one patient.",
         ["Steroids were stopped by month 9.", "Grade 2 CRS occurred in one patient."]),
        # ...a figure number still does not
        ("As shown in Fig. 3. A total of 12 patients were treated.",
         ["As shown in Fig. 3. A total of 12 patients were treated."]),
    ],
)
def test_short_number_at_sentence_end(seg, text, expected) -> None:
    assert [s for s, _ in sentences(seg, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count after a preposition or verb closes its sentence
        ("Donors were siblings in 12 cases and haploidentical in 4. The median dose was low.",
         ["Donors were siblings in 12 cases and haploidentical in 4.",
          "The median dose was low."]),
        ("The median number of prior lines was 3. Two patients had CNS disease.",
         ["The median number of prior lines was 3.", "Two patients had CNS disease."]),
        # ...a numbered heading still does not
        ("See Table 2. A total of 9 patients were treated.",
         ["See Table 2. A total of 9 patients were treated."]),
    ],
)
def test_count_closing_a_sentence(seg, text, expected) -> None:
    assert [s for s, _ in sentences(seg, text)] == expected


def test_short_first_line_before_a_sentence_opener_is_its_own(seg) -> None:
    text = ("Registry update: axi-cel versus liso-cel, revisited\n"
            "The Spanish group reported 212 patients treated in the third line.\n")
    assert [s for s, _ in sentences(seg, text)] == [
        "Registry update: axi-cel versus liso-cel, revisited",
        "The Spanish group reported 212 patients treated in the third line."]


@pytest.mark.parametrize(
    "text",
    [
        # a wrapped sentence whose line ends in a word that goes on
        "Forty patients with large B-cell lymphoma were treated with\nThe new product.\n",
        # a long line is a wrapped line, not a heading
        ("Forty patients with relapsed large B-cell lymphoma were enrolled in the registry "
         "between 2019 and\nThe end of 2022.\n"),
    ],
)
def test_wrapped_line_still_goes_on(seg, text) -> None:
    assert len(sentences(seg, text)) == 1


@pytest.mark.parametrize(("text", "body", "front"), [
    # running text closed by its contact line: only the contact line is front matter
    ("Q: Can I join?\nA: Perhaps. Studies are now testing the cells earlier (for instance "
     "NCT04123456) and CAR T cells aimed at both CD19 and CD22. Talk to your doctor. "
     "Contact: help.desk@example.org, weekdays 8:00–16:00.\n",
     "Studies are now testing the cells earlier (for instance NCT04123456) and CAR T cells "
     "aimed at both CD19 and CD22.",
     "Contact: help.desk@example.org, weekdays 8:00–16:00."),
    # its words not in a row (names and brackets between them)
    ("A: Yes. Centres are recruiting adults (for instance ZUMA-7, NCT04123456) for CAR T "
     "cells aimed at both BCMA and GPRC5D. Ask the team. Contact: unit@example.org.\n",
     "Centres are recruiting adults (for instance ZUMA-7, NCT04123456) for CAR T cells aimed "
     "at both BCMA and GPRC5D.",
     "Contact: unit@example.org."),
])
def test_running_text_closed_by_a_contact_line(seg, text, body, front) -> None:
    got = dict(sentences(seg, text))
    assert got[body] == "body"
    assert got[front] == "front"


@pytest.mark.parametrize("entry", ["2. ClinicalTrials.gov. NCT04455678.",
                                   "2. Registry record NCT04455678 (accessed 2024)."])
def test_entry_numbered_after_a_headingless_reference_is_a_reference(seg, entry) -> None:
    text = ("The phase 1 study (NCT04455678) is recruiting.\n\n"
            "Conflicts: none declared.\n\n"
            "1. Rao K, Lin J, et al. Claudin CAR T cells in gastric cancer. Gut. 2021;70:12-19.\n"
            f"{entry}\n")
    kinds = sentences(seg, text)
    assert ("The phase 1 study (NCT04455678) is recruiting.", "body") in kinds
    tail = text.index(entry)
    assert all(kind == "reference" for s, kind in kinds if text.find(s) >= tail)


def test_numbered_body_list_is_not_a_reference(seg) -> None:
    text = ("Procedures\n1. Patients enrolled in NCT04455678 were screened weekly.\n"
            "2. Cells were infused on day 0 in NCT04455678.\n")
    kinds = sentences(seg, text)
    assert any("infused" in s and kind == "body" for s, kind in kinds)


@pytest.mark.parametrize("line", [
    "参考：ESMO 2023 Abstract 612O; Abstract LBA17. ClinicalTrials.gov: NCT04455678.",
    "Source: ASH 2022 Abstract 1234. NCT04455678.",
])
def test_line_citing_meeting_abstracts_is_a_reference(seg, line) -> None:
    text = f"Results were promising (NCT04455678).\n\n{line}\n"
    kinds = sentences(seg, text)
    tail = text.index(line)
    assert [k for s, k in kinds if text.find(s) >= tail] and all(
        kind == "reference" for s, kind in kinds if text.find(s) >= tail)


def test_reference_label_before_prose_is_read(seg) -> None:
    text = "Results were promising.\n\n参考：该研究（NCT04455678）纳入 30 例患者。\n"
    kinds = sentences(seg, text)
    assert any("NCT04455678" in s and kind == "body" for s, kind in kinds)
