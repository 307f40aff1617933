import pytest

from extract.pipeline import Pipeline, Settings
from tests.conftest import doc


@pytest.fixture(scope="module")
def ids_of():
    pipe = Pipeline(Settings(fields=("trial_id",)))

    def run(text: str) -> list[str]:
        return [r.value for r in pipe.process(doc(text))]

    return run


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("该试验(NCT05472558)纳入患者。", ["NCT05472558"]),
        ("registered at ClinicalTrials.gov (NCT 0547 2558).", ["NCT05472558"]),
        ("registered as NCT-05472558.", ["NCT05472558"]),
        ("注册号：ＮＣＴ０５４７２５５８。", ["NCT05472558"]),
        ("中国临床试验注册中心 ChiCTR2000029396。", ["ChiCTR2000029396"]),
        ("注册号 ChiCTR-OIC-17011234。", ["ChiCTR-OIC-17011234"]),
        ("EudraCT number 2004-001234-12.", ["2004-001234-12"]),
        ("ISRCTN12345678 and jRCT2031210001.", ["ISRCTN12345678", "jRCT2031210001"]),
        ("CTRI/2020/01/022723 was registered.", ["CTRI/2020/01/022723"]),
        ("ANZCTR ACTRN12619000001234.", ["ACTRN12619000001234"]),
        ("CRiS KCT0001234 and DRKS00012345.", ["KCT0001234", "DRKS00012345"]),
        ("two trials, NCT03056339 and NCT05842707, enrolled patients.",
         ["NCT03056339", "NCT05842707"]),
    ],
)
def test_registry_ids(ids_of, text: str, expected: list[str]) -> None:
    assert ids_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "基金项目: 广州市科技创新计划(JCYJ20190807143415287)",  # grant number (front matter)
        "The work was funded by grant JCYJ20190807143415287.",  # grant number in body text
        "DOI: 10.3969/j.issn.1002-1256.2025.24.013",
        "PMID: 33986124 reports the trial.",
        "请致电 15210041717 联系。",  # phone number
        "期刊编号 CJCB20250201。",
        "NCT0547255 is one digit short.",
        "NCT054725581 is one digit long.",
        "ANCT05472558 is inside a longer token.",
        # an abstract, submission or article number shaped like a EudraCT number
        "The work was presented as abstract submission no. 2022-104567-11 at the meeting.",
        "See article number 2021-000123-45 in the proceedings.",
        "本文摘要编号 2023-004512-08，已在大会交流。",
    ],
)
def test_not_ids(ids_of, text: str) -> None:
    assert ids_of(text) == []


def test_value_is_compact_and_text_is_as_written(pipeline) -> None:
    text = "该研究注册号为 NCT 0547 2558。"
    records = [r for r in pipeline.process(doc(text)) if r.field == "trial_id"]
    assert [(r.value, r.text) for r in records] == [("NCT05472558", "NCT 0547 2558")]
    assert text[records[0].start:records[0].end] == "NCT 0547 2558"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Summary of the study.\n\nFunding: Acme Bio. Trial registration: ClinicalTrials.gov "
         "NCT04455612.\n", ["NCT04455612"]),
        ("研究概述。\n\n基金项目：省自然科学基金（2021A1515）。试验注册号：ChiCTR2100045678。\n",
         ["ChiCTR2100045678"]),
        # the ASCO abstract label after a funding sentence
        ("Summary of the study.\n\nFunding: industry-funded. Clinical trial information: "
         "NCT05566778.\n", ["NCT05566778"]),
        # a funding line without a registration label stays front matter
        ("Summary of the study.\n\nFunding: Acme Bio (award NCT05566779).\n", []),
    ],
)
def test_registration_after_funding_on_one_line(ids_of, text, expected) -> None:
    assert ids_of(text) == expected


@pytest.mark.parametrize(
    "footer",
    [
        "Related reading: TRANSCEND (NCT02631044) 3-year update; CARTITUDE-1 (NCT03548207) "
        "final analysis.",
        "相关阅读：NCT04181827 研究更新｜ChiCTR2000032211 长期随访",
    ],
)
def test_no_ids_in_a_related_reading_footer(ids_of, footer) -> None:
    assert ids_of("The trial NCT05012345 enrolled adults.\n\n" + footer + "\n") == ["NCT05012345"]


@pytest.mark.parametrize(
    "line",
    [
        # a run-in line of references with a qualifier (a reference list: nothing counts)
        "Key references: Okafor B, et al. Blood. 2023;141:1020-1031. Lindqvist T, et al. "
        "Blood Adv. 2024;8:512-520 (NCT05012345 long-term follow-up).",
        "Selected references: Mensah A, et al. Leukemia. 2022;36:2301-2310 (NCT05012345).",
    ],
)
def test_no_ids_in_a_qualified_reference_line(ids_of, line) -> None:
    text = "Antiviral prophylaxis is advised.\n" + line + "\n\nThe trial NCT04999999 enrolled adults.\n"
    assert ids_of(text) == ["NCT04999999"]


def test_id_in_running_text_closed_by_a_contact_line(ids_of) -> None:
    text = ("A: Perhaps. Studies are now testing the cells earlier (for instance "
            "NCT04123456) and in older adults. Talk to your doctor. "
            "Contact: help.desk@example.org, weekdays 8:00–16:00.\n")
    assert ids_of(text) == ["NCT04123456"]
    # a paragraph of authors' data keeps its number out
    assert ids_of("Zhang Wei, Li Na. Department of Hematology, Example University. "
                  "E-mail: zw@example.edu NCT04123456\n") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a numbered entry after a headingless reference entry cites the registry
        ("The phase 1 study (NCT04455678) is recruiting.\n\nConflicts: none declared.\n\n"
         "1. Rao K, Lin J, et al. Claudin CAR T cells in gastric cancer. Gut. 2021;70:12-19.\n"
         "2. ClinicalTrials.gov. NCT04455678.\n", ["NCT04455678"]),
        # a labelled line citing meeting abstracts is a reference entry
        ("Results were promising (NCT04455678).\n\n"
         "参考：ESMO 2023 Abstract 612O; Abstract LBA17. ClinicalTrials.gov: NCT04455678.\n",
         ["NCT04455678"]),
        # the label before prose is read
        ("Results were promising.\n\n参考：该研究（NCT04455678）纳入 30 例患者。\n", ["NCT04455678"]),
    ],
)
def test_citation_lines_give_no_ids(ids_of, text: str, expected: list[str]) -> None:
    assert ids_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a ChiCTR number with its digits grouped by spaces
    ("本研究已注册（注册号：ChiCTR 2100 045678）。", ["ChiCTR2100045678"]),
    ("Registered as ChiCTR 1900 021234 in 2019.", ["ChiCTR1900021234"]),
])
def test_round32_spaced_chictr(ids_of, text: str, expected: list[str]) -> None:
    assert ids_of(text) == expected
