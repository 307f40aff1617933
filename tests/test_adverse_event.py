"""adverse_event: events, grades, negation, hedging, background, coordination,
manifestations, counts and exclusions, in both languages. Every text runs
through the real pipeline (normaliser, segmenter, extractor)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from extract import grades
from extract.fields.adverse_event import build
from extract.messages import RuleError
from extract.pipeline import Pipeline, Settings
from extract.rules import rules_dir
from tests.conftest import doc


@pytest.fixture(scope="module")
def run():
    pipe = Pipeline(Settings(fields=("adverse_event",)))

    def records(text: str):
        return [r for r in pipe.process(doc(text)) if r.field == "adverse_event"]

    return records


@pytest.fixture(scope="module")
def values(run):
    return lambda text: [r.value for r in run(text)]


GRADES = [
    # Chinese: digits, ranges, bounds, Roman numerals, 度, severity words, after the event
    ("患者出现 2 级 CRS。", ["CRS 2"]),
    ("共 8 例患者出现 1~3 级 CRS。", ["CRS 1-3"]),
    ("共 8 例患者出现 1-3 级 CRS。", ["CRS 1-3"]),
    ("其中 5 例出现 3/4 级中性粒细胞减少。", ["neutropenia 3-4"]),
    ("其中 5 例出现 3 或 4 级贫血。", ["anemia 3-4"]),
    ("其中 5 例出现 ≥3 级 CRS。", ["CRS >=3"]),
    ("其中 5 例出现 3 级及以上感染。", ["infection >=3"]),
    ("其中 5 例出现 3 级或以上感染。", ["infection >=3"]),
    ("其中 5 例出现 3 度以上骨髓抑制。", ["myelosuppression >=3"]),
    ("治疗后未出现 4级以上不良反应。", ["no AE >=4"]),
    ("其中 2 例出现 I 度 CRS。", ["CRS 1"]),
    ("其中 2 例出现Ⅲ级 CRS。", ["CRS 3"]),
    ("其中 2 例出现 III 度 CRS。", ["CRS 3"]),
    ("其中 2 例出现轻度发热。", ["fever 1"]),
    ("其中 2 例出现中度贫血。", ["anemia 2"]),
    ("其中 2 例出现重度感染。", ["infection >=3"]),
    ("其中 2 例出现严重的 CRS。", ["CRS >=3"]),
    ("回输后患者发生了较为严重的 CRS。", ["CRS >=3"]),
    ("其中 3 例出现 CRS（2 级）。", ["CRS 2"]),
    ("该研究中 CRS 均为 1~2 级。", ["CRS 1-2"]),
    ("该研究中 CRS多为 1~2 级且可控制。", ["CRS"]),  # a 'mostly' distribution (decision 18)
    ("神经毒性发生率为 14.5%，其中 ICANS 5 例（3.0%），均为 1~2 级。", ["neurotoxicity", "ICANS 1-2"]),
    ("另有 3 名受试者发生 2 级 细胞因子释放综合征 (Cytokine release syndrome, CRS)。",
     ["CRS 2", "CRS 2", "CRS 2"]),
    # English
    ("Two patients had grade 2 CRS.", ["CRS 2"]),
    ("Grade 1–3 CRS occurred in five patients.", ["CRS 1-3"]),
    ("Grade 3/4 neutropenia occurred in 40% of patients.", ["neutropenia 3-4"]),
    ("Grade ≥3 CRS occurred in 4 patients.", ["CRS >=3"]),
    ("Grade 3 or higher CRS occurred in 4 patients.", ["CRS >=3"]),
    ("CRS of grade 3 or higher was seen in 4 patients.", ["CRS >=3"]),
    ("CRS grade ≥ 3 was seen in 4 patients.", ["CRS >=3"]),
    ("Grade III neutropenia was observed in 3 patients.", ["neutropenia 3"]),
    ("Mild CRS was observed in 3 patients.", ["CRS 1"]),
    ("Moderate CRS was observed in 3 patients.", ["CRS 2"]),
    ("Severe CRS was observed in 1 patient.", ["CRS >=3"]),
    ("CRS (grade 2) occurred in one patient.", ["CRS 2"]),
    ("All ICANS events were grade 1 or 2 in the 5 patients.", ["ICANS 1-2"]),
    ("Grade 1 CRS occurred in 10 patients.", ["CRS 1"]),
    ("Cytokine release syndrome occurred in 20 patients.", ["CRS"]),
]


@pytest.mark.parametrize(("text", "expected"), GRADES)
def test_grades(values, text, expected):
    assert values(text) == expected


COORDINATION = [
    ("患者出现 3 级及以上中性粒细胞减少、贫血和血小板减少。",
     ["neutropenia >=3", "anemia >=3", "thrombocytopenia >=3"]),
    ("Grade ≥3 neutropenia, anemia and thrombocytopenia were reported in 78%, 43% and 38%.",
     ["neutropenia >=3", "anemia >=3", "thrombocytopenia >=3"]),
    ("安全性分析显示，未发生 CRS 或移植物抗宿主病。", ["no CRS", "no GVHD"]),
    ("所有患者均未发生 CRS、神经毒性或移植物抗宿主病（GVHD）。",
     ["no CRS", "no neurotoxicity", "no GVHD", "no GVHD"]),
    ("No CRS, ICANS or GVHD was observed in the 11 patients.", ["no CRS", "no ICANS", "no GVHD"]),
    ("CRS and ICANS were not observed in any patient.", ["no CRS", "no ICANS"]),
    # "including" continues the list, so the hedge covers it
    ("该药可能引起神经毒性，包括 ICANS。", []),
    # two names that touch are not a list: the severity is the infection's only
    ("其中 1 例患者因严重感染死亡。", ["infection >=3", "death"]),
    # a graded class with a copula hands its grade to the events it lists
    ("Grade 3–4 haematological adverse events were neutropenia (95%), anaemia (68%) and "
     "thrombocytopenia (60%).",
     ["AE 3-4", "neutropenia 3-4", "anemia 3-4", "thrombocytopenia 3-4"]),
    ("The most frequent grade 3 or 4 treatment-emergent events were cytopenias, notably "
     "thrombocytopenia and anemia; chills and fever were common.",
     ["myelosuppression 3-4", "thrombocytopenia 3-4", "anemia 3-4", "chills", "fever"]),
    ("3 级及以上不良事件主要为中性粒细胞减少（70%）和贫血（40%）。",
     ["AE >=3", "neutropenia >=3", "anemia >=3"]),
    # a grade between two events belongs to the second one
    ("其中 2 例出现 CRS 和 3 级中性粒细胞减少。", ["CRS", "neutropenia 3"]),
    ("Two patients had grade 2 CRS and grade 1 ICANS.", ["CRS 2", "ICANS 1"]),
]


@pytest.mark.parametrize(("text", "expected"), COORDINATION)
def test_coordination(values, text, expected):
    assert values(text) == expected


NEGATION = [
    ("安全性分析显示，未发生 CRS。", ["no CRS"]),
    ("所有患者未出现 ICANS。", ["no ICANS"]),
    ("随访期间均未观察到严重的 ICANS。", ["no ICANS >=3"]),
    ("所有患者无发热。", ["no fever"]),
    ("所有患者没有发生感染。", ["no infection"]),
    ("所有患者均未出现贫血。", ["no anemia"]),
    ("随访期间患者未见 GVHD。", ["no GVHD"]),
    ("No ICANS was observed.", ["no ICANS"]),
    ("None of the patients had grade ≥3 CRS.", ["no CRS >=3"]),
    ("Patients were treated without GVHD.", ["no GVHD"]),
    ("There was an absence of neurotoxicity in all patients.", ["no neurotoxicity"]),
    ("Neurotoxicity was not observed.", ["no neurotoxicity"]),
    ("All patients remained free of infection.", ["no infection"]),
    ("The infusion was not associated with CRS in any patient.", ["no CRS"]),
    ("No adverse events were observed.", ["no AE"]),
    # scope ends
    ("未发生 CRS，但 2 例患者出现发热。", ["no CRS", "fever"]),
    ("No CRS was observed, whereas 2 patients had fever.", ["no CRS", "fever"]),
    ("未发生 CRS 但出现 1 级 ICANS。", ["no CRS", "ICANS 1"]),
    ("No CRS was seen; neutropenia occurred in 2 patients.", ["no CRS", "neutropenia"]),
]


@pytest.mark.parametrize(("text", "expected"), NEGATION)
def test_negation(values, text, expected):
    assert values(text) == expected


NOTHING = [
    # hedging and hypothetical
    ("CAR-T 疗法潜在的 CRS 风险。", []),
    ("该疗法可能引起患者 CRS。", []),
    ("联合用药或可减少患者 CRS。", []),
    ("该设计有望避免患者发生 GVHD。", []),
    ("CAR-T cells may cause neurotoxicity in patients.", []),
    ("This might lead to CRS in patients.", []),
    ("The design could trigger CRS in patients.", []),
    ("Patients are at risk of CRS.", []),
    ("a potential CRS in patients.", []),
    ("The product is not expected to cause CRS in patients.", []),
    ("不过，CAR-T疗法潜在的神经毒性、细胞因子风暴(CRS)等副作用仍需警惕。", []),
    # background claims about a therapy class
    ("CAR-NK 细胞较少引起 CRS。", []),
    ("另外，因为CAR-NK分泌的细胞因子较少，其CRS和神经毒性的发生率明显更低。", []),
    ("而且NK细胞不需要HLA匹配，没有引起移植物抗宿主病（GvHD）的可能。", []),
    ("因其不良反应可控，已成为新兴方向。", []),
    ("The therapy was well tolerated, with manageable toxicity.", []),
    ("CAR-NK cells rarely cause CRS.", []),
    ("此外，细胞因子释放综合征等各类免疫相关不良反应依然需要严密监测。", []),
    # disease names and biology that contain an event word
    ("本研究入组慢性免疫性血小板减少症患者。", []),
    ("该试验纳入抗中性粒细胞胞浆抗体相关血管炎患者。", []),
    ("联合程序性死亡配体1抗体治疗的患者。", []),
    ("NK 细胞可杀伤病毒感染细胞和肿瘤细胞。", []),
    ("然而 GVHD 相关基因种类繁多。", []),
    # an ungraded class word is a summary, not an event
    ("常见不良反应为短暂发热、寒战等症状。", ["fever", "chills"]),
    ("研究采用宾夕法尼亚大学 CRS 分级标准。", []),
    ("No dose-limiting toxicities were observed.", []),
    ("也未出现治疗相关死亡和剂量限制性毒性。", ["no death"]),
    ("Anti-CD19 CAR T cells are active, but the cytokine release syndrome that follows CAR "
     "T-cell therapy in some patients limits their use.", []),
    ("跨研究比较 CRS 发生率时需谨慎。", []),
    ("此外，较常见的还有发热、血小板减少和白细胞减少。", ["fever", "thrombocytopenia"]),
]


@pytest.mark.parametrize(("text", "expected"), NOTHING)
def test_background_and_exclusions(values, text, expected):
    assert values(text) == expected


MANIFESTATIONS = [
    ("仅 1 例患者出现 2 级 CRS，主要表现为持续发热。", ["CRS 2"]),
    ("只有 3 名受试者发生短暂的 1 级 CRS，表现为短暂发热。", ["CRS 1"]),
    ("Grade 1 CRS occurred in 10 patients and manifested as fever.", ["CRS 1"]),
    ("Two patients had CRS presenting as fever and chills.", ["CRS"]),
    # without such a phrase each listed event counts
    ("常见不良反应为可逆性骨髓抑制（58.3% 出现中性粒细胞减少）及感染并发症。",
     ["myelosuppression", "neutropenia", "infection"]),
    ("主要不良反应为发热、寒战。", ["fever", "chills"]),
]


@pytest.mark.parametrize(("text", "expected"), MANIFESTATIONS)
def test_manifestations(values, text, expected):
    assert values(text) == expected


EVENTS = [
    ("1 例患者于第 3 次输注后引起 CRS 并猝死。", ["CRS", "death"]),
    ("患者因多器官衰竭不幸去世。", ["death"]),
    ("Three patients died during treatment.", ["death"]),
    ("One patient developed hemophagocytic lymphohistiocytosis.", ["HLH"]),
    ("其中 1 例患者出现噬血细胞综合征。", ["HLH"]),
    ("One patient developed tumour lysis syndrome.", ["TLS"]),
    ("其中 1 例患者出现肿瘤溶解综合征。", ["TLS"]),
    ("Pyrexia and chills occurred in most patients.", ["fever", "chills"]),
    ("Anaemia was reported in 10 patients.", ["anemia"]),
    ("Cytopenias were reported in 10 patients.", ["myelosuppression"]),
    ("Graft-versus-host disease was not observed.", ["no GVHD"]),
    ("There were no treatment-related deaths.", ["no death"]),
    # traditional Chinese (Taiwan) terms
    ("安全性方面，細胞激素釋放症候群（CRS）發生於 20 名病童（74%），其中 19 名為輕度 CRS。",
     ["CRS", "CRS", "CRS 1"]),
    ("Tocilizumab was given to manage CRS in 12 patients.", ["CRS"]),
    ("Immune effector cell-associated neurotoxicity syndrome occurred in 2 patients.",
     ["ICANS"]),
    ("45/74 的患者发生 ≥3 级不良事件。", ["AE >=3"]),
    ("Grade 3 or 4 adverse events occurred in 73% of the patients.", ["AE 3-4"]),
]


@pytest.mark.parametrize(("text", "expected"), EVENTS)
def test_events(values, text, expected):
    assert values(text) == expected


# a grade separated from its event by a short modifier (a few Chinese
# characters, up to three English words; no verb, count, clause or other event)
MODIFIED = [
    ("其中 1 例出现 3 级肺部真菌感染。", ["infection 3"]),
    ("1 例患者发生 2 级迟发性神经毒性。", ["neurotoxicity 2"]),
    ("治疗后 1 例出现 3 级导管相关性血流感染。", ["infection 3"]),
    ("其中 1 例出现 2 级皮肤急性 GVHD。", ["GVHD 2"]),
    ("其中 2 例出现重度肺部感染。", ["infection >=3"]),
    ("One patient developed a grade 3 central line-associated bloodstream infection.",
     ["infection 3"]),
    ("Grade 2 late-onset neutropenia was reported in 4 patients.", ["neutropenia 2"]),
    ("Two patients had grade 4 prolonged cytopenias.", ["myelosuppression 4"]),
    ("Severe bacterial infections occurred in 2 patients.", ["infection >=3"]),
    # not a modifier: a count, a verb, a time word or another event in the gap
    ("其中 2 例 3 级患者出现感染。", ["infection"]),
    ("其中 2 例为 3 级，随后出现感染。", ["infection"]),
    ("其中 1 例 2 级发热伴感染。", ["fever 2", "infection"]),
    ("Grade 3 in 5 patients developed infection.", ["infection"]),
    ("Grade 2 was the maximum and infection occurred in 3 patients.", ["infection"]),
]


@pytest.mark.parametrize(("text", "expected"), MODIFIED)
def test_grade_across_modifier(values, text, expected):
    assert values(text) == expected


# a graded event hands its grade to the events it includes (包括/主要为/including)
INCLUDED = [
    ("Grade ≥3 cytopenias occurred in 12 patients, most commonly thrombocytopenia (8) and "
     "anemia (5).", ["myelosuppression >=3", "thrombocytopenia >=3", "anemia >=3"]),
    ("Severe cytopenias were common, such as leukopenia (50%), neutropenia (40%) and "
     "thrombocytopenia (30%).", ["myelosuppression >=3", "neutropenia >=3", "thrombocytopenia >=3"]),
    ("≥3 级血细胞减少常见，包括淋巴细胞减少（90%）、中性粒细胞减少（60%）和血小板减少（35%）。",
     ["myelosuppression >=3", "neutropenia >=3", "thrombocytopenia >=3"]),
    ("3 级及以上骨髓抑制 6 例，主要为中性粒细胞减少 5 例、贫血 2 例。",
     ["myelosuppression >=3", "neutropenia >=3", "anemia >=3"]),
    # what follows the cue is a clause, not a list of events
    ("Grade 3 CRS occurred in 2 patients, including one who died.", ["CRS 3", "death"]),
    ("3 级感染 4 例，包括 1 例死亡。", ["infection 3", "death"]),
]


@pytest.mark.parametrize(("text", "expected"), INCLUDED)
def test_grade_through_inclusion_list(values, text, expected):
    assert values(text) == expected


# synonyms and spellings of the closed list; named infections (pneumonia,
# sepsis) are not `infection` (see the header of rules/adverse_events.yaml)
ALIASES = [
    ("1 例患者继发噬血细胞淋巴组织细胞增多症。", ["HLH"]),
    ("其中 1 例患者出现巨噬细胞活化综合征。", ["HLH"]),
    ("One patient developed macrophage activation syndrome.", ["HLH"]),
    ("One patient developed haemophagocytic syndrome after infusion.", ["HLH"]),
    ("One patient developed immune effector cell-associated HLH-like syndrome (IEC-HS).",
     ["HLH", "HLH"]),
    ("2 例患者出现粒细胞缺乏伴发热。", ["neutropenia"]),
    ("Febrile neutropenia occurred in 6 patients.", ["neutropenia"]),
    ("Neutrophil count decreased was reported in 5 patients.", ["neutropenia"]),
    ("3 例患者出现血小板计数降低。", ["thrombocytopenia"]),
    ("Platelet count decreased was reported in 7 patients.", ["thrombocytopenia"]),
    ("2 例患者出现全血细胞减少。", ["myelosuppression"]),
    ("Pancytopenia occurred in 3 patients.", ["myelosuppression"]),
    ("1 例患者出现寒颤和高热。", ["chills", "fever"]),
    ("免疫效应细胞相关的神经毒性综合征发生于 2 例患者。", ["ICANS"]),
    ("One patient was admitted to hospital with pneumonia.", []),
    ("1 例患者并发脓毒症。", []),
]


@pytest.mark.parametrize(("text", "expected"), ALIASES)
def test_aliases(values, text, expected):
    assert values(text) == expected


# an adjective "expected" is no hedge; "expected to", "would be expected" are
EXPECTED = [
    ("The toxicity profile was dominated by expected, transient neutropenia.", ["neutropenia"]),
    ("Expected cytopenias occurred in 10 patients.", ["myelosuppression"]),
    ("该研究安全性良好，以预期内的血细胞减少为主，共 10 例患者。", ["myelosuppression"]),
    ("CRS is expected to occur in most patients.", []),
    ("Neurotoxicity would be expected at higher doses in patients.", []),
]


@pytest.mark.parametrize(("text", "expected"), EXPECTED)
def test_expected_adjective(values, text, expected):
    assert values(text) == expected


# an event word naming a scale, a criterion or a procedure is no event
SCALES = [
    ("In all 20 patients, CRS grading criteria differed between centres.", []),
    ("The 12 patients received CRS prophylaxis with tocilizumab.", []),
    ("GVHD prophylaxis consisted of tacrolimus in all patients.", []),
    ("All 30 patients were treated under an institutional CRS management algorithm.", []),
    ("The 30 patients received tocilizumab as prophylaxis against CRS.", []),
    ("所有 20 例患者均按照 ICANS 评估量表每日评估。", []),
    ("20 例患者接受 GVHD 预防。", []),
    ("本中心 CRS 管理流程用于全部 20 例患者。", []),
    ("Grade 2 CRS occurred in 3 patients; CRS scales differed between trials.", ["CRS 2"]),
    ("Tocilizumab was given to manage CRS in 12 patients.", ["CRS"]),
]


@pytest.mark.parametrize(("text", "expected"), SCALES)
def test_scales_and_procedures(values, text, expected):
    assert values(text) == expected


# methods: events monitored for, and endpoints defined, are not reported events
METHODS = [
    ("Patients were monitored for CRS and ICANS for 28 days after infusion.", []),
    ("All participants were closely monitored for neurotoxicity in hospital.", []),
    ("Patients were screened for infection before lymphodepletion.", []),
    ("The primary endpoint was the incidence of grade 3 or higher CRS.", []),
    ("Secondary outcomes included neutropenia of any grade and ORR.", []),
    ("主要终点为 3 级及以上 CRS 的发生率。", []),
    ("次要研究终点包括神经毒性和感染的发生率。", []),
    # the reported result after the definition still counts
    ("The primary endpoint was safety; grade 3 CRS occurred in 2 patients.", ["CRS 3"]),
    ("主要终点为安全性；2 例患者发生 3 级 CRS。", ["CRS 3"]),
    ("CRS was observed in 12 patients and monitored daily.", ["CRS"]),
]


@pytest.mark.parametrize(("text", "expected"), METHODS)
def test_methods_statements(values, text, expected):
    assert values(text) == expected


# habitual statements about a product class give nothing
HABITUAL = [
    ("CAR-NK 相关神经毒性通常在输注后 2 周内出现。", []),
    ("GPRC5D 双抗相关 CRS 多发生于递增给药期间。", []),
    ("Neurotoxicity typically develops within 2 weeks of infusion in most patients.", []),
    ("CRS usually occurs within the first week in treated patients.", []),
    # a study's own patients: past tense, or no class phrase in Chinese
    ("In this study, CRS typically occurred within 3 days in 10 patients.", ["CRS"]),
    ("本研究 20 例患者中，CRS 多在输注后 3 天内出现。", ["CRS"]),
]


@pytest.mark.parametrize(("text", "expected"), HABITUAL)
def test_habitual_class_statements(values, text, expected):
    assert values(text) == expected


# diagnostic criteria met or not met
CRITERIA = [
    ("1 例患者铁蛋白明显升高，但不满足 HLH 诊断标准。", ["no HLH"]),
    ("2 例患者铁蛋白升高，均未达到巨噬细胞活化综合征诊断标准。", ["no HLH"]),
    ("Ferritin rose in 2 patients, who did not fulfil the diagnostic criteria for "
     "macrophage activation syndrome.", ["no HLH"]),
    ("Criteria for HLH were not met in any patient.", ["no HLH"]),
    ("2 例患者符合噬血细胞综合征诊断标准。", ["HLH"]),
    ("Two patients met HLH criteria after infusion.", ["HLH"]),
    ("HLH criteria were applied in all 20 patients.", []),
]


@pytest.mark.parametrize(("text", "expected"), CRITERIA)
def test_diagnostic_criteria(values, text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "attrs"),
    [
        ("主要不良反应为骨髓抑制（76.2% 出现中性粒细胞减少）。",
         [{"event": "myelosuppression", "patients_percent": None},
          {"event": "neutropenia", "patients_percent": 76.2}]),
        ("此外，仅 1 例患者出现 2 级 CRS。", [{"event": "CRS", "grade": "2", "patients": 1}]),
        ("Grade 1 CRS occurred in 2 of 20 patients.", [{"patients": 2, "grade": "1"}]),
        ("CRS occurred in 119 patients (72.1%).", [{"patients": 119, "patients_percent": 72.1}]),
        ("安全性分析显示，未发生 CRS。",
         [{"negated": True, "trigger": "未发生 [zh-neg-weifasheng]"}]),
        ("No ICANS was observed.", [{"negated": True, "trigger": "No [en-neg-no]", "grade": None}]),
    ],
)
def test_attributes(run, text, attrs):
    records = run(text)
    assert len(records) == len(attrs)
    for record, expected in zip(records, attrs, strict=True):
        for key, value in expected.items():
            assert getattr(record, key) == value, key


def test_span_is_the_event_word(run):
    text = "此外，仅 1 例患者出现 2 级细胞因子释放综合征。"
    (record,) = run(text)
    assert record.text == "细胞因子释放综合征"
    assert text[record.start:record.end] == record.text


@pytest.mark.parametrize(
    ("groups", "expected"),
    [
        ({"n": "2"}, "2"),
        ({"n": "III"}, "3"),
        ({"n": "二"}, "2"),
        ({"lo": "1", "hi": "3"}, "1-3"),
        ({"lo": "4", "hi": "3"}, "3-4"),
        ({"lo": "2", "hi": "2"}, "2"),
        ({"ge": "3"}, ">=3"),
        ({"gt": "3"}, ">=4"),
        ({"le": "2"}, "1-2"),
        ({}, None),
    ],
)
def test_grade_canonical(groups, expected):
    assert grades.canonical(groups) == expected


# a grade and a grade alone in brackets right after it are one grade
# expression; a numbered grade wins over a severity word
BRACKETED_GRADES = [
    ("Four patients developed moderate (grade 2) CRS after infusion.", ["CRS 2"]),
    ("Severe (grade 3) neutropenia occurred in 6 patients.", ["neutropenia 3"]),
    ("Two patients had mild (grade 1) ICANS.", ["ICANS 1"]),
    ("Grade 2 (moderate) CRS was observed in 3 patients.", ["CRS 2"]),
    ("CRS was mild (grade 1) in 5 patients.", ["CRS 1"]),
    ("其中 6 例出现 2 级（中度）CRS。", ["CRS 2"]),
    ("其中 4 例患者出现轻度（1 级）发热。", ["fever 1"]),
    ("共 10 例患者出现 3 级（重度）中性粒细胞减少。", ["neutropenia 3"]),
    ("其中 1~2 级（轻度）ICANS 5 例，3 级（重度）ICANS 1 例。", ["ICANS 1-2", "ICANS 3"]),
    # a grade alone in brackets before the event
    ("Two patients had high-grade (grade ≥3) CRS.", ["CRS >=3"]),
    ("CRS (grade 2) and ICANS (grade 1) occurred in one patient each.", ["CRS 2", "ICANS 1"]),
    # a bracket holding more than a grade is no grade expression
    ("其中 2 例出现 2 级 CRS（轻度 1 例）。", ["CRS 2"]),
]


@pytest.mark.parametrize(("text", "expected"), BRACKETED_GRADES)
def test_bracketed_grade(values, text, expected):
    assert values(text) == expected


# a grade stated for all cases in the next clause or bracket; a distribution
# (多数为, mostly) leaves the event ungraded (annotation_notes item 18)
ALL_GRADES = [
    ("共 8 例患者出现 CRS，均为 1 级。", ["CRS 1"]),
    ("共 8 例患者出现 CRS，全部为 1~2 级。", ["CRS 1-2"]),
    ("9 例患者发生 ICANS，且都是 1 级。", ["ICANS 1"]),
    ("8 例患者出现细胞因子释放综合征（均为 1 级）。", ["CRS 1"]),
    ("10 例患者出现发热，且均为轻度。", ["fever 1"]),
    ("Neurotoxicity occurred in 4 patients, all of which were grade 1.", ["neurotoxicity 1"]),
    ("Fever was reported in 12 patients (all grade 1 or 2).", ["fever 1-2"]),
    ("CRS developed in 20 of 22 patients, each of grade 1.", ["CRS 1"]),
    ("CRS and ICANS occurred in 5 and 2 patients, respectively, all grade 1.",
     ["CRS 1", "ICANS 1"]),
    ("Cytokine release syndrome occurred in 9 patients, with all events being grade 1 or 2.",
     ["CRS 1-2"]),
    # distributions and clauses without a grade stay ungraded
    ("共 8 例患者出现 CRS，多数为 1~2 级。", ["CRS"]),
    ("CRS 5 例，多为 1~2 级。", ["CRS"]),
    ("CRS 发生率为 95%，大多为 1 级。", ["CRS"]),
    ("CRS occurred in 11 patients, mostly grade 1.", ["CRS"]),
    ("CRS occurred in 11 patients, all of whom recovered.", ["CRS"]),
    # the grade of an event named in the grade's own clause is that event's; the fever
    # said to be its manifestation is no event of its own (guide, note 39; round 29)
    ("5 例患者出现发热，均为 2 级 CRS 的表现。", ["CRS 2"]),
]


@pytest.mark.parametrize(("text", "expected"), ALL_GRADES)
def test_grade_stated_for_all(values, text, expected):
    assert values(text) == expected


# a graded class hands its grade to its members listed in brackets after it;
# symptoms in brackets after an event that is no class keep no grade
BRACKET_MEMBERS = [
    ("其中 5 例出现 3 级以上血细胞减少（中性粒细胞减少、血小板减少）。",
     ["myelosuppression >=3", "neutropenia >=3", "thrombocytopenia >=3"]),
    ("3 级及以上不良事件（中性粒细胞减少 5 例、感染 2 例）均可控。",
     ["AE >=3", "neutropenia >=3", "infection >=3"]),
    ("其中 3 例出现 ≥3 级骨髓抑制（贫血、粒细胞缺乏）。",
     ["myelosuppression >=3", "anemia >=3", "neutropenia >=3"]),
    ("Grade 3 or higher cytopenias (neutropenia [45%], thrombocytopenia [20%]) were common.",
     ["myelosuppression >=3", "neutropenia >=3", "thrombocytopenia >=3"]),
    ("Grade ≥3 adverse events (neutropenia, anemia and infection) occurred in 10 patients.",
     ["AE >=3", "neutropenia >=3", "anemia >=3", "infection >=3"]),
    ("Grade 3 neurotoxicity (ICANS) occurred in one patient.", ["neurotoxicity 3", "ICANS 3"]),
    # the list ends at the closing bracket
    ("其中 6 例出现 3/4 级血细胞减少（贫血、血小板减少）以及寒战、发热。",
     ["myelosuppression 3-4", "anemia 3-4", "thrombocytopenia 3-4", "chills", "fever"]),
    # symptoms of a graded event that is no class
    ("其中 2 例出现 2 级 CRS（发热、低血压）。", ["CRS 2", "fever"]),
    ("Two patients had grade 2 CRS (fever and hypotension).", ["CRS 2", "fever"]),
]


@pytest.mark.parametrize(("text", "expected"), BRACKET_MEMBERS)
def test_grade_into_bracketed_members(values, text, expected):
    assert values(text) == expected


# a summary of the observed events (以…为主, 主要为, were mainly) is an
# observation; "X 相关的" attributes an event to a drug or procedure; a
# therapy class as the subject stays a class claim
SUMMARIES = [
    ("安全性方面，不良事件主要为发热、寒战和血细胞减少。", ["fever", "chills", "myelosuppression"]),
    ("本研究不良反应谱以骨髓抑制、感染为主。", ["myelosuppression", "infection"]),
    ("不良事件与既往研究相似，以 IL-2 相关的寒战、发热为主。", ["chills", "fever"]),
    ("3 例患者出现 IL-2 相关的寒战和发热。", ["chills", "fever"]),
    ("Adverse events were mainly fever and chills.", ["fever", "chills"]),
    ("The adverse-event profile consisted mostly of fever, chills and neutropenia.",
     ["fever", "chills", "neutropenia"]),
    ("Toxicities were predominantly IL-2-related chills and fever.", ["chills", "fever"]),
    ("CAR-T 细胞治疗的毒性以 CRS 为主。", []),
    ("CAR-T toxicities are mainly CRS and ICANS.", []),
]


@pytest.mark.parametrize(("text", "expected"), SUMMARIES)
def test_summary_of_observed_events(values, text, expected):
    assert values(text) == expected


# a comparison between the arms, doses or cohorts of a trial is an
# observation; a comparison between therapy classes stays background
COMPARISONS = [
    ("CRS was more common in the 100-mg arm than in the 10-mg arm (55% vs 40%).", ["CRS"]),
    ("A lower incidence of CRS was seen with 10 mg than with 100 mg (8% vs 28%).", ["CRS"]),
    ("Grade ≥3 neutropenia was more frequent in arm A (30%) than in arm B (12%).",
     ["neutropenia >=3"]),
    ("低剂量组 ICANS 发生率低于高剂量组（8% 比 28%）。", ["ICANS"]),
    ("高剂量组 CRS 发生率高于低剂量组（40% 比 15%）。", ["CRS"]),
    ("CRS is less common with CAR-NK cells than with CAR-T cells.", []),
    ("Compared with CAR-T cells, CAR-NK cells cause a lower incidence of CRS.", []),
    ("CAR-NK 细胞的 CRS 发生率显著低于 CAR-T 细胞。", []),
    ("与 CAR-T 相比，CAR-NK 的 CRS 发生率低得多。", []),
]


@pytest.mark.parametrize(("text", "expected"), COMPARISONS)
def test_comparison_between_arms(values, text, expected):
    assert values(text) == expected


# events before the product was given are not adverse events of it; a study
# patient's death counts whatever its timing, with its cause (note 37, round 27)
BEFORE_TREATMENT = [
    ("Two patients died before receiving the CAR-T cells.", ["death"]),
    ("One patient died of disease progression prior to infusion.", ["death"]),
    ("Two patients died while awaiting infusion.", ["death"]),
    ("Of 20 enrolled patients, 3 never received the product because of death.", ["death"]),
    ("2 例患者在回输前死亡。", ["death"]),
    ("3 例患者因疾病进展于输注前死亡。", ["death"]),
    ("5 例患者未接受回输（2 例死亡，3 例疾病进展）。", ["death"]),
    ("1 例患者在细胞制备期间因感染去世。", ["infection", "death"]),
    ("2 例患者在回输前出现感染。", []),
    ("Three patients had fever while awaiting infusion.", []),
    ("Two patients died after infusion due to infection.", ["death", "infection"]),
    ("患者于输注前接受预处理，输注后 3 例出现 CRS。", ["CRS"]),
    ("2 例患者在回输后死亡。", ["death"]),
]


@pytest.mark.parametrize(("text", "expected"), BEFORE_TREATMENT)
def test_before_treatment(values, text, expected):
    assert values(text) == expected


# an event named as the purpose of a premedication is no observation
PURPOSE = [
    ("首剂前给予地塞米松以减轻 CRS。", []),
    ("予托珠单抗预处理，旨在降低 ICANS 的发生。", []),
    ("Dexamethasone was given to mitigate CRS.", []),
    ("其中 3 例出现 CRS，予托珠单抗后缓解。", ["CRS"]),
]


@pytest.mark.parametrize(("text", "expected"), PURPOSE)
def test_purpose_is_no_observation(values, text, expected):
    assert values(text) == expected

# death as a statistical endpoint (a statistic of it, a composite or all-cause
# endpoint, censoring) is no event; a death seen in patients still is
ENDPOINTS = [
    ("Tebentafusp reduced the risk of death among the 378 patients (hazard ratio, 0.51).", []),
    ("The hazard ratio for death was 0.62 in the 120 patients of the CAR-T arm.", []),
    ("In 200 patients, the HR for death with cilta-cel versus standard care was 0.55.", []),
    ("In the 120 patients, the HR 0.51 for death favoured tebentafusp.", []),
    ("The odds of death were lower in the 40 patients treated at dose level 1.", []),
    ("Tebentafusp lowered the death hazard in 378 patients.", []),
    ("Overall survival was longer in 97 patients (hazard ratio for death or progression, 0.41).",
     []),
    ("Event-free survival, defined as the time to relapse or death, was 60% in 50 patients.", []),
    ("Patients were censored at death.", []),
    ("与对照组相比，120 例患者的死亡风险比为 0.51。", []),
    ("该研究纳入 300 例患者，死亡风险降低 49%。", []),
    ("200 例患者中，死亡的 HR 为 0.62（95% CI 0.45~0.85）。", []),
    ("240 例患者中，死亡的相对风险为 0.7。", []),
    ("无进展生存期定义为从入组至疾病进展或任何原因导致的死亡的时间，共纳入 60 例患者。", []),
    ("共 45 例患者，复发或死亡的风险降低 40%。", []),
    # deaths seen in patients
    ("Two patients died of infection.", ["death", "infection"]),
    ("Three deaths occurred in the 40 patients, one from CRS.", ["death", "CRS"]),
    ("1 例患者因感染死亡。", ["infection", "death"]),
]


@pytest.mark.parametrize(("text", "expected"), ENDPOINTS)
def test_death_as_endpoint(values, text, expected):
    assert values(text) == expected


# a class's grade runs over the events it lists, not into a later clause
# with its own subject (a count of patients, patients, a negation)
NEW_CLAUSE = [
    ("Grade 3 or higher adverse events were neutropenia and anemia, and one patient died of "
     "sepsis.", ["AE >=3", "neutropenia >=3", "anemia >=3", "death"]),
    ("Grade 3-4 adverse events were mainly cytopenias, while two patients had infection.",
     ["AE 3-4", "myelosuppression 3-4", "infection"]),
    ("Grade ≥3 treatment-related adverse events included neutropenia (30%), no ICANS was "
     "seen, and 3 patients developed fever.", ["AE >=3", "neutropenia >=3", "no ICANS", "fever"]),
    ("Grade 3 adverse events were infections, of whom two died.", ["AE 3", "infection 3", "death"]),
    ("3 级及以上不良事件主要为中性粒细胞减少和贫血，1 例患者因感染死亡。",
     ["AE >=3", "neutropenia >=3", "anemia >=3", "infection", "death"]),
    ("≥3 级不良事件为血细胞减少，未见 ICANS，另有 2 例出现发热。",
     ["AE >=3", "myelosuppression >=3", "no ICANS", "fever"]),
    ("3 级以上不良事件为血细胞减少和感染，其中 1 例死亡。",
     ["AE >=3", "myelosuppression >=3", "infection >=3", "death"]),
    # list items, even after a comma or 其中, keep the grade
    ("Grade 3 or 4 adverse events were neutropenia (40%), anaemia (20%) and thrombocytopenia "
     "(15%).", ["AE 3-4", "neutropenia 3-4", "anemia 3-4", "thrombocytopenia 3-4"]),
    ("3~4 级不良事件包括中性粒细胞减少（40%）、贫血（20%）和血小板减少（15%）。",
     ["AE 3-4", "neutropenia 3-4", "anemia 3-4", "thrombocytopenia 3-4"]),
    ("3 级及以上不良事件为血细胞减少，其中中性粒细胞减少 10 例、血小板减少 5 例。",
     ["AE >=3", "myelosuppression >=3", "neutropenia >=3", "thrombocytopenia >=3"]),
]


@pytest.mark.parametrize(("text", "expected"), NEW_CLAUSE)
def test_grade_stops_at_new_clause(values, text, expected):
    assert values(text) == expected


# an ungraded class word as the reason for an intervention or as the category
# of a named event is no mention (the named event is); a discontinuation or a
# dose change due to AEs, and a counted class, stay AE
CLASS_USES = [
    ("1 例患者因不良反应接受了激素治疗。", []),
    ("2 例患者因毒性反应给予托珠单抗。", []),
    ("The safety switch was activated in one patient because of toxicity.", []),
    ("Two patients received corticosteroids for treatment-related toxicity.", []),
    ("发热是最常见的治疗相关不良反应（45%）。", ["fever"]),
    ("血小板减少为本研究最常见的不良事件（52%）。", ["thrombocytopenia"]),
    ("3 例患者出现发热、寒战等不良反应。", ["fever", "chills"]),
    ("Anaemia was the most common treatment-related adverse event (37%).", ["anemia"]),
    ("Fever (45%) was the most frequent adverse event.", ["fever"]),
    ("Neutropenia, the most common treatment-emergent adverse event, occurred in 60% of "
     "patients.", ["neutropenia"]),
    # still AE
    ("9% 的患者因不良事件停药。", ["AE"]),
    ("1 例因不良反应减量。", ["AE"]),
    ("Adverse events led to discontinuation in 4 patients.", ["AE"]),
    ("Adverse events occurred in 20 patients (80%).", ["AE"]),
    ("12 例患者出现 CRS，10 例（83%）出现不良事件。", ["CRS", "AE"]),
    # the category of a graded class takes its grade (round 21, as jg_01's gold)
    ("中性粒细胞减少是最常见的 3 级以上不良事件（20%）。", ["neutropenia >=3", "AE >=3"]),
]


@pytest.mark.parametrize(("text", "expected"), CLASS_USES)
def test_class_word_as_reason_or_category(values, text, expected):
    assert values(text) == expected


# a class word with a grade stated for all it lists takes that grade, even
# when the listed members are not on the closed list; "possibly related" is
# an attribution, not a hedge
CLASS_GRADED_FOR_ALL = [
    ("输注后出现的可能相关不良事件包括头痛和乏力，均为 1~2 级。", ["AE 1-2"]),
    ("治疗相关不良事件包括皮疹和腹泻，均为 1 级。", ["AE 1"]),
    ("很可能与治疗相关的不良反应为皮疹和瘙痒，均为轻度。", ["AE 1"]),
    ("不良反应主要为发热和寒战，均为 1 级。", ["AE 1", "fever 1", "chills 1"]),
    ("Treatment-related adverse events included headache and fatigue, all grade 1 or 2.",
     ["AE 1-2"]),
    ("Possibly related adverse events were rash and nausea, all of grade 1.", ["AE 1"]),
    ("Adverse events were mostly fever and chills, all grade 1.", ["AE 1", "fever 1", "chills 1"]),
]


@pytest.mark.parametrize(("text", "expected"), CLASS_GRADED_FOR_ALL)
def test_class_graded_for_all(values, text, expected):
    assert values(text) == expected


# a count of patients right before a grade is no part of it, and a grade
# word may touch the event (1级CRS); a share of a graded event (占 7%,
# accounted for 7%, 的比例为) keeps its grade
COUNT_THEN_GRADE = [
    ("安全性方面，8例出现2级CRS，2例出现3级ICANS。", ["CRS 2", "ICANS 3"]),
    ("共 12 例患者中 4 例发生 1 级 CRS。", ["CRS 1"]),
    ("其中1例Ⅱ级CRS，3例Ⅰ级ICANS。", ["CRS 2", "ICANS 1"]),
    ("5 例（20%）出现 3级中性粒细胞减少。", ["neutropenia 3"]),
    ("3 patients developed grade 2 ICANS.", ["ICANS 2"]),
    ("Two patients (8%) had grade 4 neutropenia.", ["neutropenia 4"]),
    ("2 grade 3 CRS events occurred.", ["CRS 3"]),
    ("Of the 12 patients, 3 grade 3 and 2 grade 4 neutropenia events were recorded.",
     ["neutropenia 4"]),
]


@pytest.mark.parametrize(("text", "expected"), COUNT_THEN_GRADE)
def test_count_before_grade(values, text, expected):
    assert values(text) == expected


SHARES = [
    ("CRS发生率为85%，其中2级CRS占12%。", ["CRS", "CRS 2"]),
    ("≥3级ICANS占4.5%。", ["ICANS >=3"]),
    ("3级及以上感染的比例为 9%。", ["infection >=3"]),
    ("4 级中性粒细胞减少的发生率为 30%。", ["neutropenia 4"]),
    ("Grade 2 CRS accounted for 12% of cases.", ["CRS 2"]),
    ("The proportion of grade ≥3 ICANS was 4%.", ["ICANS >=3"]),
    ("Grade 3 infections made up 9% of events.", ["infection 3"]),
]


@pytest.mark.parametrize(("text", "expected"), SHARES)
def test_share_of_graded_event(values, text, expected):
    assert values(text) == expected


# events named as the main or most frequent toxicities of the study (past
# tense in English; not after a therapy class in Chinese) are observed
MAIN_TOXICITIES = [
    ("Neutropenia and infections were the major toxicities.", ["neutropenia", "infection"]),
    ("Fever and anemia were the most frequent adverse events.", ["fever", "anemia"]),
    ("The principal toxicities were CRS and thrombocytopenia.", ["CRS", "thrombocytopenia"]),
    ("Infections and neutropenia were the two major complications.",
     ["infection", "neutropenia"]),
    ("主要毒性为贫血和血小板减少。", ["anemia", "thrombocytopenia"]),
    ("最常见的毒副作用为发热和寒战。", ["fever", "chills"]),
    ("CRS和感染是主要的不良反应。", ["CRS", "infection"]),
    ("CAR-T 细胞治疗的主要毒性为 CRS 和 ICANS。", []),
    ("CRS and ICANS are the main toxicities of CAR-T therapy.", []),
]


@pytest.mark.parametrize(("text", "expected"), MAIN_TOXICITIES)
def test_main_toxicities(values, text, expected):
    assert values(text) == expected


# a graded class summarised by its main events (以…为主, 主要为, 主要表现为,
# consisted mainly of, were dominated by) hands them its grade; the class
# mention stays; a class word before 表现为 names no event the others are
# symptoms of
CLASS_SUMMARY_GRADES = [
    ("3级及以上不良反应以中性粒细胞减少和贫血为主。", ["AE >=3", "neutropenia >=3", "anemia >=3"]),
    ("≥3 级治疗相关不良事件中以感染最常见。", ["AE >=3", "infection >=3"]),
    ("≥3级不良事件主要表现为血小板减少。", ["AE >=3", "thrombocytopenia >=3"]),
    ("3 级以上不良反应多为骨髓抑制，未发生治疗相关死亡。",
     ["AE >=3", "myelosuppression >=3", "no death"]),
    ("不良反应主要表现为发热和寒战。", ["fever", "chills"]),
    ("Grade ≥3 AEs consisted mainly of neutropenia and infections.",
     ["AE >=3", "neutropenia >=3", "infection >=3"]),
    ("Grade 3 or higher adverse events were dominated by anemia and thrombocytopenia.",
     ["AE >=3", "anemia >=3", "thrombocytopenia >=3"]),
    ("Grade ≥3 toxicities mainly included neutropenia and infection.",
     ["AE >=3", "neutropenia >=3", "infection >=3"]),
]


@pytest.mark.parametrize(("text", "expected"), CLASS_SUMMARY_GRADES)
def test_class_summary_hands_grade(values, text, expected):
    assert values(text) == expected


# a relative grade (更高级别, higher-grade, more severe) is above the grade
# of the same event stated before it in the sentence; with no such event,
# a negated one says nothing and `more severe` stays >=3
RELATIVE_GRADES = [
    ("8 例患者出现 1~2 级 CRS，无更高级别 CRS 发生。", ["CRS 1-2", "no CRS >=3"]),
    ("3 例发生 2 级 ICANS，未出现更严重的 ICANS。", ["ICANS 2", "no ICANS >=3"]),
    ("8 例出现 1 级 CRS，CRS 均未进展至更高级别。", ["CRS 1", "no CRS >=2"]),
    ("2 例出现 1 级 CRS 且未进展至更高级别。", ["CRS 1"]),
    ("10例出现1级CRS，未见更高级别的不良事件。", ["CRS 1", "no AE >=2"]),
    ("Grade 1 ICANS occurred in 4 patients; no higher-grade ICANS was observed.",
     ["ICANS 1", "no ICANS >=2"]),
    ("Six patients had grade 1-2 CRS and none had CRS of a higher grade.",
     ["CRS 1-2", "no CRS >=3"]),
    ("Two patients had grade 1 ICANS, and no more severe ICANS occurred.",
     ["ICANS 1", "no ICANS >=2"]),
    ("Eight patients had grade 1 CRS; the CRS never progressed beyond grade 1.",
     ["CRS 1", "no CRS >=2"]),
    ("Two patients had mild CRS (grade 1); no higher grade (grade >=2) CRS was seen.",
     ["CRS 1", "no CRS >=2"]),
    ("No CRS above grade 1 was observed in the 20 patients.", ["no CRS >=2"]),
    ("No higher-grade CRS was observed.", []),
    ("其中 2 例出现更为严重的 CRS。", ["CRS >=3"]),
]


@pytest.mark.parametrize(("text", "expected"), RELATIVE_GRADES)
def test_relative_grade(values, text, expected):
    assert values(text) == expected


# an event word under a non-/非 prefix names what a thing is not
NON_PREFIX = [
    ("No delayed or non-CRS fevers were observed.", ["no fever"]),
    ("Non-ICANS neurotoxicity occurred in 3 patients.", ["neurotoxicity"]),
    ("Non-infectious fever was seen in 2 patients.", ["fever"]),
    ("3 例出现非感染性发热。", ["fever"]),
    ("非CRS相关的神经毒性见于2例患者。", ["neurotoxicity"]),
    ("未观察到非 ICANS 神经毒性。", ["no neurotoxicity"]),
    ("Grade 3 non-hematologic toxicity occurred in 2 patients.", ["AE 3"]),
]


@pytest.mark.parametrize(("text", "expected"), NON_PREFIX)
def test_non_prefix_is_no_event(values, text, expected):
    assert values(text) == expected


BAD_RULES = [
    ("- {id: x, kind: evnt, event: CRS, aliases_zh: [细胞]}\n", "kind"),
    ("- {id: x, kind: event, event: CRS}\n", "at least one alias"),
    ("- {id: x, kind: grade, lang: zh, position: before, pattern: '级', value: 'high'}\n",
     "must look like"),
    ("- {id: x, kind: grade, lang: zh, position: before, pattern: '级'}\n", "named group"),
    ("- {id: x, kind: grade, lang: zh, position: before, relative: true, value: 'more', "
     "pattern: '更高'}\n", "must look like"),
    ("- {id: x, kind: count, lang: zh, pattern: '('}\n", "bad regular expression"),
    ("- {id: x, kind: event, event: CRS, abbrev_en: [CRS]}\n"
     "- {id: y, kind: event, event: ICANS, abbrev_en: [CRS]}\n", "duplicate alias"),
    ("- {id: x, kind: not_event, unless_before: '未'}\n", "unless_before needs a not_after"),
    ("- {id: x, kind: inherit_list, lang: en, pattern: 'including', gap: '('}\n",
     "bad regular expression"),
    ("- {id: x, kind: inherit_list, lang: en, pattern: 'including'}\n", "gap"),
    ("- {id: x, kind: event, event: CRS, abbrev_en: [CRS], members: [icans]}\n",
     "members name no event"),
    ("- {id: x, kind: all_grade, lang: en, pattern: '(all'}\n", "bad regular expression"),
    ("- {id: x, kind: class_use, lang: zh}\n", "needs `before` or `after`"),
    ("- {id: x, kind: class_use, lang: zh, after: '启动', from_event: true}\n",
     "from_event needs `before`"),
    ("- {id: x, kind: class_use, lang: en, before: '(for'}\n", "bad regular expression"),
    ("- {id: x, kind: not_event, not_before: '(hazard'}\n", "bad regular expression"),
    ("- {id: x, kind: new_clause, lang: en, pattern: '(and'}\n", "bad regular expression"),
]


@pytest.mark.parametrize(("body", "message"), BAD_RULES)
def test_bad_rules_fail_with_place(tmp_path: Path, body, message):
    shutil.copy(rules_dir() / "context.yaml", tmp_path / "context.yaml")
    (tmp_path / "adverse_events.yaml").write_text("# test\n" + body, encoding="utf-8")
    with pytest.raises(RuleError) as err:
        build(tmp_path)
    assert "adverse_events.yaml:" in str(err.value)
    assert message in str(err.value)


ADVICE_AND_INDICATIONS = [
    # a recommendation for an event and a drug's approved indication are no events
    ("对于回输后出现的高热和低血压，应尽早评估 CRS 分级。", []),
    ("对于出现 3 级以上 CRS 的患者，应及时给予托珠单抗。", []),
    ("临床上应密切监测 ICANS 的早期症状。", []),
    ("For patients who develop high fever after infusion, CRS grade should be assessed early.",
     []),
    ("Severe CRS must be managed in an intensive care unit.", []),
    ("Early tocilizumab is recommended for grade 2 CRS.", []),
    ("2019 年，该药获批用于治疗 CAR-T 引起的重度 CRS。", []),
    ("In 2017, the FDA approved tocilizumab for severe or life-threatening CRS.", []),
    ("Tocilizumab is indicated for the treatment of severe CRS.", []),
    # ... while a reported event beside a recommendation or an approval stays
    ("共 3 例患者出现 CRS，均为 1 级，经对症处理后好转。", ["CRS 1"]),
    ("Grade 3 CRS occurred in 2 patients and should be noted.", ["CRS 3"]),
    ("获批产品的真实世界数据中，2 例出现 3 级 CRS。", ["CRS 3"]),
    ("本研究经医院伦理委员会批准后入组的 20 例患者中 3 例出现 2 级 CRS。", ["CRS 2"]),
    ("The protocol was approved by the institutional review board for all sites and 3 "
     "patients had grade 2 CRS.", ["CRS 2"]),
]


@pytest.mark.parametrize(("text", "expected"), ADVICE_AND_INDICATIONS)
def test_advice_and_indications(values, text, expected):
    assert values(text) == expected


DIAGNOSTIC_FINDINGS = [
    # a diagnostic finding in a patient reports the event
    ("部分实验室指标符合噬血细胞综合征的特征。", ["HLH"]),
    ("骨髓检查结果符合噬血细胞性淋巴组织细胞增多症的表现。", ["HLH"]),
    ("患儿最终诊断为免疫效应细胞相关神经毒性综合征。", ["ICANS"]),
    ("Laboratory findings were consistent with macrophage activation syndrome.", ["HLH"]),
    ("He was diagnosed with hemophagocytic lymphohistiocytosis on day 9.", ["HLH"]),
    # ... but not a conditional one
    ("若实验室指标符合 HLH 的特征，应及时给予治疗。", []),
    ("If findings are consistent with HLH, anakinra may be started.", []),
]


@pytest.mark.parametrize(("text", "expected"), DIAGNOSTIC_FINDINGS)
def test_diagnostic_findings(values, text, expected):
    assert values(text) == expected


GRADE_ACROSS_ARMS = [
    # the grade of a class word reaches the listed events across an arm phrase
    ("The most frequent grade >=3 adverse events in both arms were cytopenias.",
     ["AE >=3", "myelosuppression >=3"]),
    ("Grade 3 or higher adverse events in the axi-cel arm were mainly neutropenia and anemia.",
     ["AE >=3", "neutropenia >=3", "anemia >=3"]),
    ("Grade >=3 TEAEs across all cohorts included thrombocytopenia.",
     ["AE >=3", "thrombocytopenia >=3"]),
    ("≥3 级不良事件在两组中均主要为血细胞减少。", ["AE >=3", "myelosuppression >=3"]),
    ("3 级以上不良反应在试验组中主要为中性粒细胞减少。", ["AE >=3", "neutropenia >=3"]),
]


@pytest.mark.parametrize(("text", "expected"), GRADE_ACROSS_ARMS)
def test_grade_across_arm_phrase(values, text, expected):
    assert values(text) == expected


# a graded class, a count/rate bridge, then a composition cue: the listed
# members take the class grade (decision 18); not a single event's symptoms,
# not across another class of any grade or a new clause
RATE_BRIDGE = [
    ("3级及以上不良事件发生率为28.6%（12/42），主要为贫血（14.3%）和中性粒细胞减少（9.5%）。",
     ["AE >=3", "anemia >=3", "neutropenia >=3"]),
    ("≥3级治疗相关不良事件共15例（35.7%），多为中性粒细胞减少、血小板减少。",
     ["AE >=3", "neutropenia >=3", "thrombocytopenia >=3"]),
    ("3-4级血细胞减少发生率分别为40%和35%，以中性粒细胞减少和贫血为主。",
     ["myelosuppression 3-4", "neutropenia 3-4", "anemia 3-4"]),
    ("3级及以上不良事件发生率为20%，其中最常见的为感染和贫血。",
     ["AE >=3", "infection >=3", "anemia >=3"]),
    ("Grade 3-4 adverse events occurred in 18 of 40 patients (45%), mainly neutropenia and anaemia.",
     ["AE 3-4", "neutropenia 3-4", "anemia 3-4"]),
    ("Grade >=3 treatment-emergent adverse events were observed in 22 patients (31.4%), the most "
     "common being thrombocytopenia and infection.",
     ["AE >=3", "thrombocytopenia >=3", "infection >=3"]),
    ("Adverse events of grade 3 or worse were reported in 30% of patients in each arm, "
     "predominantly anemia and neutropenia.", ["AE >=3", "anemia >=3", "neutropenia >=3"]),
    ("Grade 3 or 4 cytopenias occurred in 12 patients (60%), most commonly neutropenia and "
     "thrombocytopenia.", ["myelosuppression 3-4", "neutropenia 3-4", "thrombocytopenia 3-4"]),
    # near misses: a single graded event, a new clause, any grade, another sentence part
    ("Grade 2 CRS occurred in 5 patients (20%), mainly fever and hypotension.", ["CRS 2", "fever"]),
    ("Grade 3 adverse events occurred in 10 patients (25%), and two patients died of infection.",
     ["AE 3", "death", "infection"]),
    ("Adverse events of any grade occurred in 90% of patients, mainly fever and anaemia.",
     ["AE", "fever", "anemia"]),
    ("3级不良事件发生率为10%，任何级别不良事件主要为发热和贫血。", ["AE 3", "fever", "anemia"]),
    ("Grade 3 AEs occurred in 10%; adverse events were mostly fever and fatigue.",
     ["AE 3", "fever"]),
]


@pytest.mark.parametrize(("text", "expected"), RATE_BRIDGE)
def test_class_grade_over_rate_bridge(values, text, expected):
    assert values(text) == expected


# an adverb inside a manifestation cue: the events after it are symptoms
MANIFEST_ADVERBS = [
    ("CRS occurred in 12 patients, presenting predominantly with fever, and was managed with "
     "tocilizumab.", ["CRS"]),
    ("ICANS was seen in 3 patients, manifested chiefly as confusion and seizures.", ["ICANS"]),
    ("CRS developed in 9 patients, characterised mainly by fever and hypoxia.", ["CRS"]),
    ("12例患者出现CRS，临床表现主要为发热和低血压。", ["CRS"]),
    ("8例患者发生 CRS，症状多为发热、寒战。", ["CRS"]),
    # near miss: no event before the cue, the symptom is the event
    ("Patients presenting mainly with fever were 5 (10%).", ["fever"]),
]


@pytest.mark.parametrize(("text", "expected"), MANIFEST_ADVERBS)
def test_manifestation_with_adverb(values, text, expected):
    assert values(text) == expected


# animals, xenografts, cell lines: no adverse event without human participants
PRECLINICAL = [
    ("In tumour-bearing mice, the CAR T cells caused lethal CRS in 4 of 6 animals.", []),
    ("Rats given the high dose developed grade 3 neutropenia.", []),
    ("No toxicity was observed in the xenograft model.", []),
    ("荷瘤小鼠输注后未见明显毒性，亦未出现死亡。", []),
    ("在人源化小鼠模型中，高剂量组 3 只小鼠因 CRS 死亡。", []),
    ("异种移植模型中未观察到 3 级以上毒性反应。", []),
    # near misses: human participants in the sentence, a murine construct
    ("Unlike in mice, 3 of 10 patients developed grade 2 CRS.", ["CRS 2"]),
    ("A CAR built on a murine scFv caused CRS in 8 patients.", ["CRS"]),
    ("与小鼠模型不同，12 例患者中 3 例出现 2 级 CRS。", ["CRS 2"]),
]


@pytest.mark.parametrize(("text", "expected"), PRECLINICAL)
def test_preclinical_sentence(values, text, expected):
    assert values(text) == expected


# regulatory label text is no observation, over the whole comma list
LABELS = [
    ("The prescribing information includes warnings for CRS, neurotoxicity, prolonged cytopenia "
     "and secondary malignancies.", []),
    ("Warnings and precautions include cytokine release syndrome, severe infections and "
     "hypogammaglobulinaemia.", []),
    ("The product carries a boxed warning for CRS, neurologic toxicities and HLH.", []),
    ("该药说明书黑框警告包括细胞因子释放综合征、神经毒性和继发性恶性肿瘤。", []),
    ("说明书中警示了CRS、ICANS及长期血细胞减少。", []),
    # near miss: a warning mentioned, then observations in another part
    ("The boxed warning was added after 3 patients died; in our cohort CRS occurred in 5 patients.",
     ["death", "CRS"]),
]


@pytest.mark.parametrize(("text", "expected"), LABELS)
def test_regulatory_label(values, text, expected):
    assert values(text) == expected


# an upper bound is a range from grade 1
UPPER_BOUNDS = [
    ("CRS up to grade 2 occurred in 10 patients.", ["CRS 1-2"]),
    ("Neurotoxicity of at most grade 1 was seen in 4 patients.", ["neurotoxicity 1"]),
    ("Eight patients had CRS of up to grade 3.", ["CRS 1-3"]),
    ("12例患者出现CRS，最高为2级。", ["CRS 1-2"]),
    ("10例患者发生CRS，分级最高3级。", ["CRS 1-3"]),
    ("患者发生最高2级的CRS。", ["CRS 1-2"]),
    # near misses: a single grade, a temperature
    ("Grade 3 CRS occurred in 2 patients.", ["CRS 3"]),
    ("最高体温39.2 ℃，诊断为 2 级 CRS。", ["CRS 2"]),
]


@pytest.mark.parametrize(("text", "expected"), UPPER_BOUNDS)
def test_upper_bound_grade(values, text, expected):
    assert values(text) == expected


# bare 毒性 is an AE only when graded; a table cell under a safety column is
# an observation
GRADED_TOXICITY = [
    ("未观察到3级以上毒性。", ["no AE >=3"]),
    ("3级毒性发生在2例患者中。", ["AE 3"]),
    ("该方案未见明显毒性。", []),
    ("该疗法的肝毒性较低。", []),
    ("CAR-T细胞的细胞毒性明显增强。", []),
    ("靶标\t例数\t主要不良事件\nEGFR\t11\t无≥3级毒性\n", ["no AE >=3"]),
    ("靶标\t例数\t主要不良事件\nGD2\t4\t肿瘤炎症相关神经毒性\n", ["neurotoxicity"]),
    ("Target\tN\tToxicity\nGD2\t4\tneurotoxicity\n", ["neurotoxicity"]),
    # near miss: the same cell under a column that is no safety column
    ("靶标\t例数\t备注\nGD2\t4\t肿瘤炎症相关神经毒性\n", []),
]


@pytest.mark.parametrize(("text", "expected"), GRADED_TOXICITY)
def test_graded_toxicity_and_safety_cells(values, text, expected):
    assert values(text) == expected


# the patients with an event as the subject of its grade; an infection named
# as the cause of a cancer is no event
SUBJECT_AND_AETIOLOGY = [
    ("发生 CRS 者均为 1 级，未观察到神经毒性。", ["CRS 1", "no neurotoxicity"]),
    ("出现 ICANS 的患者均为 1~2 级。", ["ICANS 1-2"]),
    ("入组人群以乙型肝炎病毒感染相关 HCC 为主。", []),
    ("Most patients had hepatitis B virus infection-related HCC.", []),
    ("EBV 感染相关鼻咽癌患者 20 例入组。", []),
    # near misses: an infection as an event, an infection-related death
    ("2例患者出现CMV感染。", ["infection"]),
    ("3 例患者出现感染相关死亡。", ["infection", "death"]),
]


@pytest.mark.parametrize(("text", "expected"), SUBJECT_AND_AETIOLOGY)
def test_subject_of_grade_and_aetiology(values, text, expected):
    assert values(text) == expected


# symptoms after a manifestation cue are never mentions, with or without the
# parent event in the sentence; not after a class word (a summary of AEs),
# nor after `presented with` (a patient presenting with an event)
MANIFESTATION_ALONE = [
    ("中位发生时间为输注后第 5 天，主要表现为发热、寒战及低血压。", []),
    ("起病于回输后第 3 天，临床表现为高热和低氧血症，予托珠单抗后缓解。", []),
    ("持续约 4 天，表现为发热伴寒战。", []),
    ("The median onset was day 2, manifesting mainly as fever and chills.", []),
    ("Onset was on day 4, presenting as fever and hypotension.", []),
    ("The syndrome was characterised by fever and hyperferritinaemia in 3 patients.", []),
    # near misses: a class-word summary, a patient presenting with an event
    ("3 级不良事件主要表现为中性粒细胞减少和感染。", ["AE 3", "neutropenia 3", "infection 3"]),
    ("Two patients presented with fever on day 1.", ["fever"]),
    ("其中 2 例表现为 3 级 CRS。", ["CRS 3"]),
    ("不良反应主要表现为发热、寒战。", ["fever", "chills"]),
    ("6 例患者出现不良反应，主要表现为发热、寒战。", ["AE", "fever", "chills"]),
]


@pytest.mark.parametrize(("text", "expected"), MANIFESTATION_ALONE)
def test_manifestation_without_parent(values, text, expected):
    assert values(text) == expected


# a column header that states a grade grades the events of its cells; a cell
# with its own grade keeps it
HEADER_GRADE = [
    ("Study\tN\tGrade ≥3 events\nZUMA-7\t170\tCRS 6%; neurotoxicity 21%\n",
     ["CRS >=3", "neurotoxicity >=3"]),
    ("Trial\tN\tGrade 3/4 AEs\nX-1\t40\tneutropenia 30%; anemia 10%\n",
     ["neutropenia 3-4", "anemia 3-4"]),
    ("研究\t例数\t≥3级不良事件\nA\t30\tCRS 10%；感染 5%\n", ["CRS >=3", "infection >=3"]),
    ("研究\t例数\t3-4 级 AE\nB\t30\t中性粒细胞减少 40%\n", ["neutropenia 3-4"]),
    ("Study\tN\tGrade ≥3 events\nZUMA-1\t101\tgrade 4 CRS 2%\n", ["CRS 4"]),
    # near miss: a header without a grade leaves the cell ungraded
    ("Study\tN\tToxicity\nZUMA-1\t101\tCRS 13%\n", ["CRS"]),
]


@pytest.mark.parametrize(("text", "expected"), HEADER_GRADE)
def test_header_grade(values, text, expected):
    assert values(text) == expected


# a table whose header names two grade columns: an event in the row label
# gives one mention per non-zero cell, with that column's grade ("any grade"
# ungraded); a zero cell gives nothing
GRADE_COLUMNS = [
    ("Event\tAll grades, n (%)\tGrade ≥3, n (%)\nFever\t20 (50)\t3 (7.5)\n",
     ["fever", "fever >=3"]),
    ("AE\tGrade 1-2\tGrade 3-4\nAnemia\t10 (25)\t0\nCRS\t0\t2 (5)\n",
     ["anemia 1-2", "CRS 3-4"]),
    ("事件\t1~2 级，n（%）\t3~4 级，n（%）\n感染\t4（10.0）\t1（2.5）\n",
     ["infection 1-2", "infection 3-4"]),
    ("不良反应\t任何级别\t≥3 级\n贫血\t9（30）\t0\n", ["anemia"]),
    # near miss: columns of arms, not grades: one ungraded mention
    ("Adverse event\tArm A, n (%)\tArm B, n (%)\nFever\t20 (50)\t3 (7.5)\n", ["fever"]),
]


@pytest.mark.parametrize(("text", "expected"), GRADE_COLUMNS)
def test_grade_columns(values, text, expected):
    assert values(text) == expected


# a graded class that predominated hands its grade to the list after
# chiefly / mainly / 主要为; a single graded event keeps it for itself
PREDOMINATED = [
    ("Toxicities of grade 3 or higher predominated, mainly anemia (40%) and infection (12%).",
     ["AE >=3", "anemia >=3", "infection >=3"]),
    ("Grade ≥3 adverse events were the most common, chiefly neutropenia (70%) and anemia (20%).",
     ["AE >=3", "neutropenia >=3", "anemia >=3"]),
    ("≥3 级不良事件最常见，主要为贫血（40%）和感染（12%）。",
     ["AE >=3", "anemia >=3", "infection >=3"]),
    ("以 3 级及以上不良事件为主，主要为中性粒细胞减少（60%）和贫血（30%）。",
     ["AE >=3", "neutropenia >=3", "anemia >=3"]),
    # near miss: a graded event before the list names its symptoms
    ("CRS of grade 1 predominated, mainly fever (90%).", ["CRS 1", "fever"]),
]


@pytest.mark.parametrize(("text", "expected"), PREDOMINATED)
def test_predominated_grade_list(values, text, expected):
    assert values(text) == expected


# three consecutive grades listed are a range
GRADE_LIST3 = [
    ("Grade 3, 4, or 5 adverse events occurred in 20 patients (26.6%).", ["AE 3-5"]),
    ("Grade 2, 3 and 4 CRS occurred in 6 patients.", ["CRS 2-4"]),
    ("3、4 或 5 级不良事件共 10 例。", ["AE 3-5"]),
    ("Grade 3 or 4 CRS occurred in 2 patients.", ["CRS 3-4"]),
]


@pytest.mark.parametrize(("text", "expected"), GRADE_LIST3)
def test_grade_list_of_three(values, text, expected):
    assert values(text) == expected


# a severity distribution ('mostly mild') grades nothing: the event next to
# it was seen, ungraded; a class word without a count gives nothing
DISTRIBUTION = [
    ("CRS was mostly mild.", ["CRS"]),
    ("Published series describe predominantly mild CRS.", ["CRS"]),
    ("The regimen was tolerable, with mostly mild toxicity.", []),
    ("既往报道中 CRS 多为轻度。", ["CRS"]),
    ("总体耐受良好，不良反应以轻度为主。", []),
    # near miss: a severity word with no distribution cue grades the event
    ("Two patients had mild CRS.", ["CRS 1"]),
    ("2 例患者出现轻度 CRS。", ["CRS 1"]),
]


@pytest.mark.parametrize(("text", "expected"), DISTRIBUTION)
def test_distribution_grades_nothing(values, text, expected):
    assert values(text) == expected


# a cause of death is an event with the death; the cause of a death that did
# not happen only qualifies it
DEATH_CAUSE = [
    ("Non-relapse deaths were few and mainly attributable to infection.",
     ["death", "infection"]),
    ("Late deaths were uncommon and mostly due to infection.", ["death", "infection"]),
    ("Infections and prolonged cytopenia caused most non-relapse deaths.",
     ["infection", "myelosuppression", "death"]),
    ("晚期非复发死亡主要由感染所致。", ["death", "infection"]),
    ("无 CRS 相关死亡。", ["no death"]),
    ("There were no ICANS-related deaths.", ["no death"]),
    # near miss: a negated event that is no cause stays negated
    ("No CRS and no deaths occurred.", ["no CRS", "no death"]),
]


@pytest.mark.parametrize(("text", "expected"), DEATH_CAUSE)
def test_death_cause(values, text, expected):
    assert values(text) == expected


# a verb bridge (occurred in, 发生于) gives an ungraded class word the count
# after it even when another event follows in the clause
COUNT_BRIDGE = [
    ("Adverse events occurred in 40 patients (80%) and grade 3 adverse events in 9 (18%).",
     ["AE", "AE 3"]),
    ("不良事件发生于 20 例患者，3 级及以上不良事件 5 例。", ["AE", "AE >=3"]),
    ("Adverse events of any grade were less frequent with drug A (61.0% vs 84.5%), as were "
     "grade 3 or 4 adverse events (20.1% vs 45.3%).", ["AE", "AE 3-4"]),
    # near miss: no bridge, another event after it: the count is not the class word's
    ("Adverse events, including 40 (80%) with CRS.", ["CRS"]),
]


@pytest.mark.parametrize(("text", "expected"), COUNT_BRIDGE)
def test_count_bridge(values, text, expected):
    assert values(text) == expected


# differences between products or trials in a review are background
PRODUCT_DIFFERENCE = [
    ("Differences in severe ICANS among the approved products mirror their costimulatory domains.",
     []),
    ("不同产品之间重度 CRS 发生率的差异与共刺激结构域有关。", []),
    # near miss: a numbered comparison of arms is a finding
    ("Differences in severe CRS between arms were significant: 12% vs 3%.", ["CRS >=3"]),
]


@pytest.mark.parametrize(("text", "expected"), PRODUCT_DIFFERENCE)
def test_product_difference_background(values, text, expected):
    assert values(text) == expected


# deaths attributed to a therapy are a reported outcome: their events count
ATTRIBUTED_DEATH = [
    ("Three deaths were attributed to tisa-cel: CRS and infection.", ["death", "CRS", "infection"]),
    ("2 例死亡归因于 CAR-T 治疗，分别为感染和 CRS。", ["death", "infection", "CRS"]),
    # near miss: a general risk of a therapy class stays background
    ("CAR-T therapy may cause CRS and infection.", []),
]


@pytest.mark.parametrize(("text", "expected"), ATTRIBUTED_DEATH)
def test_attributed_death(values, text, expected):
    assert values(text) == expected


# neurotoxic events/effects are neurotoxicity; neurologic events stay excluded
NEUROTOXIC = [
    ("Neurotoxic events occurred in 12 patients (10%).", ["neurotoxicity"]),
    ("Grade 3 neurotoxic adverse events were reported in two patients.", ["neurotoxicity 3"]),
    ("Neurotoxic effects were seen in 4 of 30 patients.", ["neurotoxicity"]),
    ("共 6 例患者发生神经毒性事件。", ["neurotoxicity"]),
    ("Neurologic events were reported in 24 patients.", []),
]


@pytest.mark.parametrize(("text", "expected"), NEUROTOXIC)
def test_neurotoxic_events(values, text, expected):
    assert values(text) == expected


# a grading-system name between an event and its grade
GRADING_SYSTEM = [
    ("Prolonged cytopenia of ICAHT grade 3 or 4 occurred in 9 patients.", ["myelosuppression 3-4"]),
    ("Eight patients had CRS of ASTCT grade 2.", ["CRS 2"]),
    ("Five patients had CRS (ASTCT grade 1).", ["CRS 1"]),
    ("Grade 3 (CTCAE) neutropenia occurred in 11 patients.", ["neutropenia 3"]),
    ("ICANS was Lee grade 2 in one patient.", ["ICANS 2"]),
    ("3 例患者出现 ASTCT 2 级 CRS。", ["CRS 2"]),
    ("5 例患者发生 CTCAE 3 级中性粒细胞减少。", ["neutropenia 3"]),
    ("2 例患者出现 CRS，按 ASTCT 分级均为 2 级。", ["CRS 2"]),
    ("2 例患者出现 CRS（按 ASTCT 标准为 2 级）。", ["CRS 2"]),
    ("2 例患者出现 2 级（ASTCT）CRS。", ["CRS 2"]),
]


@pytest.mark.parametrize(("text", "expected"), GRADING_SYSTEM)
def test_grading_system_between(values, text, expected):
    assert values(text) == expected


# an event diagnosed or treated in the patients is observed; a probable or
# suspected event that was treated is reported; future hedges stay hedges
OBSERVATION_VERBS = [
    ("HLH was diagnosed and treated with anakinra.", ["HLH"]),
    ("She was diagnosed with CRS on day 2.", ["CRS"]),
    ("CRS was managed with tocilizumab and dexamethasone.", ["CRS"]),
    ("A suspected bacterial infection was treated with meropenem.", ["infection"]),
    ("A possible fungal infection was managed with voriconazole.", ["infection"]),
    ("随后确诊为噬血细胞综合征，予芦可替尼治疗。", ["HLH"]),
    ("疑似肺部感染，予美罗培南抗感染治疗后好转。", ["infection"]),
    # near misses: a future hedge, a risk
    ("CAR-T cells may cause CRS, which is treated with tocilizumab.", []),
    ("There is a risk of infection after lymphodepletion.", []),
]


@pytest.mark.parametrize(("text", "expected"), OBSERVATION_VERBS)
def test_observation_verbs(values, text, expected):
    assert values(text) == expected


# a reported outcome caused by a class word: the outcome and the class word
OUTCOMES = [
    ("There were 7 deaths from adverse events.", ["death", "AE"]),
    ("Three deaths due to treatment-related adverse events occurred.", ["death", "AE"]),
    ("Four patients discontinued treatment because of adverse events.", ["AE"]),
    ("因不良事件死亡 3 例。", ["AE", "death"]),
    ("另有 2 例因治疗相关不良反应停药。", ["AE"]),
    # near miss: an AE as the reason for an intervention
    ("因不良反应给予激素治疗。", []),
]


@pytest.mark.parametrize(("text", "expected"), OUTCOMES)
def test_reported_outcomes(values, text, expected):
    assert values(text) == expected


# events in the title of a case report, letter or original article (events
# after a therapy); not in a review's title
TITLES = [
    ("Delayed neutropenia and infections after CD19 CAR-T cell therapy\n\nAbstract\nWe report it.",
     ["neutropenia", "infection"]),
    ("Fatal HLH following tisagenlecleucel in an adult\n\nAbstract\nWe report it.",
     ["death", "HLH"]),
    ("CAR-T 细胞治疗后迟发噬血细胞综合征\n\n摘要\n本文报道一例。", ["HLH"]),
    # near misses: reviews
    ("Cytokine release syndrome after CAR-T therapy: mechanisms and management\n\nAbstract\nWe review it.",
     []),
    ("CAR-T 细胞治疗后细胞因子释放综合征的研究进展\n\n摘要\n本文综述。", []),
]


@pytest.mark.parametrize(("text", "expected"), TITLES)
def test_case_titles(values, text, expected):
    assert values(text) == expected


# an event as the object of grading, a counterfactual, a recommendation and a
# general statement give nothing
NOT_OBSERVED = [
    ("With the Penn scale our CRS grading would have changed in one patient.", []),
    ("ICANS grading does not capture delayed parkinsonism in 2 patients.", []),
    ("The grading of thrombocytopenia differs between scales in 5 cases.", []),
    ("We recommend that neutropenia and infections be reported with their time course.", []),
    ("Cytopenias should be reported with their duration.", []),
    ("Unlike lymphoma, autoimmune disease carries a low tumour burden, so CRS is mostly mild.", []),
    ("HLH-like syndrome overlaps with severe CRS, and diagnostic criteria remain unsettled.", []),
    ("与白血病相比，实体瘤患者CRS多较轻。", []),
    ("迟发性 HLH 与 CRS 在时间上重叠，鉴别诊断困难。", []),
    ("建议对血细胞减少和感染进行长期随访。", []),
    # near misses: a numbered result in the same forms
    ("Compared with lymphoma, CRS occurred in 3 of 20 patients with lupus.", ["CRS"]),
    ("CRS grade 2 occurred in 5 patients.", ["CRS 2"]),
]


@pytest.mark.parametrize(("text", "expected"), NOT_OBSERVED)
def test_not_observed(values, text, expected):
    assert values(text) == expected


# round 10: negation stated after a coordinated list of events
NEGATION_AFTER_LIST = [
    ("Among 15 patients, CRS and grade ≥3 neurotoxicity were absent.",
     ["no CRS", "no neurotoxicity >=3"]),
    ("Fever and chills were entirely absent in the 8 patients.", ["no fever", "no chills"]),
    ("Infection and HLH were not encountered in the 20 patients.", ["no infection", "no HLH"]),
    ("TLS was never observed in our 30 patients.", ["no TLS"]),
    ("GVHD and ICANS did not arise in any of the 12 patients.", ["no GVHD", "no ICANS"]),
    ("12 例患者中，感染和噬血细胞综合征均未出现。", ["no infection", "no HLH"]),
    ("20 例患者中，3 级及以上 CRS 及神经毒性均未见。", ["no CRS >=3", "no neurotoxicity >=3"]),
    # near misses: a present event, absence of something else
    ("Fever was present in 5 patients, and absent in 3.", ["fever"]),
    ("Grade 3 CRS was absent, but 3 patients had grade 2 CRS.", ["no CRS 3", "CRS 2"]),
]


@pytest.mark.parametrize(("text", "expected"), NEGATION_AFTER_LIST)
def test_negation_after_list(values, text, expected):
    assert values(text) == expected


# an upper bound stated after the event: did not exceed, remained at or below
UPPER_BOUND_AFTER = [
    ("In the 20 patients, anaemia never exceeded grade 2.", ["anemia 1-2"]),
    ("Thrombocytopenia remained at or below grade 2 in all patients.", ["thrombocytopenia 1-2"]),
    ("Neutropenia was no higher than grade 3 in 10 patients.", ["neutropenia 1-3"]),
    ("Infections remained below grade 3 in 5 patients.", ["infection 1-2"]),
    ("CRS did not go beyond grade 1 in the 9 patients.", ["CRS 1"]),
    ("其中 5 例患者血小板减少均未超过 2 级。", ["thrombocytopenia 1-2"]),
    ("8 例患者中性粒细胞减少未超过 3 级。", ["neutropenia 1-3"]),
    ("6 例患者贫血低于 3 级。", ["anemia 1-2"]),
    # near misses: a negated event above a grade stays a negation
    ("No CRS above grade 2 was observed in the 20 patients.", ["no CRS >=3"]),
    ("5 例患者未出现超过 2 级的 CRS。", ["no CRS >=3"]),
    ("CRS did not progress beyond grade 1 in 10 patients.", ["no CRS >=2"]),
]


@pytest.mark.parametrize(("text", "expected"), UPPER_BOUND_AFTER)
def test_upper_bound_after_event(values, text, expected):
    assert values(text) == expected


# a symptom assessed as another listed event is its manifestation
ASSESSED_AS = [
    ("Two patients developed fever and chills, which were classified as grade 1 CRS.",
     ["CRS 1"]),
    ("The patient had fever and hypotension consistent with grade 2 CRS.", ["CRS 2"]),
    ("On day 2 he developed fever of 39.1 °C, later assessed as ASTCT grade 2 CRS.", ["CRS 2"]),
    ("患者输注后第 2 天出现寒战、发热，考虑为 CRS。", ["CRS"]),
    ("患儿出现高热，体温 39.5℃，经评估为 2 级细胞因子释放综合征。", ["CRS 2"]),
    # near misses: another clause, a class word after the cue, a death
    ("Neutropenia occurred in 5 patients; fever in 2 patients was graded as CRS grade 1.",
     ["neutropenia", "CRS 1"]),
    ("Three patients died; two deaths were attributed to CRS.", ["death", "death", "CRS"]),
    # a diagnosis is not an assessment of the symptom: the fever reported before it counts
    ("3 例出现感染；2 例出现发热，诊断为 1 级 CRS。", ["infection", "fever", "CRS 1"]),
    ("第 3 天出现发热，体温 38.9 ℃，诊断为 1 级 CRS，未用托珠单抗。", ["fever", "CRS 1"]),
    ("On day 3 he developed fever of 38.9 °C and was diagnosed with grade 1 CRS.",
     ["fever", "CRS 1"]),
    # … unless the diagnosed event is then said to manifest as it
    ("第 3 天出现发热，诊断为 1 级 CRS，主要表现为发热和乏力。", ["CRS 1"]),
    ("On day 3 he developed fever and was diagnosed with grade 1 CRS, manifested as fever alone.",
     ["CRS 1"]),
]


@pytest.mark.parametrize(("text", "expected"), ASSESSED_AS)
def test_symptom_assessed_as_event(values, text, expected):
    assert values(text) == expected


# observed events named as reasons or effects
REASON_OR_EFFECT = [
    ("Five admissions were needed, three for infection.", ["infection"]),
    ("Two were hospitalised for fever.", ["fever"]),
    ("Chills followed each infusion.", ["chills"]),
    ("Fever after every dose resolved within a day.", ["fever"]),
    ("Intrathecal doses caused headache and fever but no ICANS.", ["fever", "no ICANS"]),
    ("其中 3 例因感染再次入院。", ["infection"]),
    ("每次输注后均有寒战。", ["chills"]),
    # near misses: a hedge, a comparative claim
    ("CAR-T therapy can cause CRS.", []),
    ("The company said its product caused less CRS than imported products.", []),
]


@pytest.mark.parametrize(("text", "expected"), REASON_OR_EFFECT)
def test_reason_or_effect(values, text, expected):
    assert values(text) == expected


# captions, comparative claims and recommendations give nothing
NO_FINDING = [
    ("表3 40例患者输注后不良事件", []),
    ("Table 2. Adverse events in 40 patients", []),
    ("Figure 3 Adverse reactions in 28 patients", []),
    ("The regimen improved survival with no increase in the rate of grade 3 toxicity.", []),
    ("Adding the antibody gave deeper responses without added toxicity.", []),
    ("联合治疗未增加 3 级以上不良反应。", []),
    ("联合治疗后不良反应增加不明显。", []),
    ("We recommend that infections be reported per 100 patient-years and by grade.", []),
    ("Infections should be recorded for 5 years.", []),
    ("建议今后对 10 例以上患者的感染进行长期随访。", []),
    # near misses: a graded caption, an unrelated rise, a finding before the advice
    ("Table 3. Grade ≥3 adverse events in 40 patients", ["AE >=3"]),
    ("An increase in ALT was seen in 3 patients with CRS.", ["CRS"]),
    ("In 20 patients, CRS occurred in 5; we suggest that CRS be graded by ASTCT criteria.",
     ["CRS"]),
]


@pytest.mark.parametrize(("text", "expected"), NO_FINDING)
def test_no_finding(values, text, expected):
    assert values(text) == expected


# round 12: a numeric 'mostly' distribution grades nothing; a class grade over a
# list after a semicolon; 治疗期间 between a grade and its class; 任何级别 ends a list
ROUND12_GRADES = [
    ("本组 CRS 大多为 1~2 级，未见 3 级以上 CRS。", ["CRS", "no CRS >=3"]),
    ("CRS 以 1~2 级为主，均可逆。", ["CRS"]),
    ("In this study CRS was mostly grade 1 or 2, and 3 patients needed tocilizumab.", ["CRS"]),
    ("ICANS was mainly grade 1-2 in the 40 patients.", ["ICANS"]),
    ("Grade ≥3 adverse events were seen in 80% of patients in arm A; the most common were "
     "neutropenia and anaemia.", ["AE >=3", "neutropenia >=3", "anemia >=3"]),
    ("3 级及以上不良事件发生率为 62%；最常见的为中性粒细胞减少和血小板减少。",
     ["AE >=3", "neutropenia >=3", "thrombocytopenia >=3"]),
    ("3~4 级治疗期间不良事件以贫血（40%）为主，任何级别事件中以发热最多见。",
     ["AE 3-4", "anemia 3-4", "fever"]),
    # near misses: an 'all' grade still grades; the semicolon list needs an ungraded list
    ("CRS 共 6 例，均为 1~2 级。", ["CRS 1-2"]),
    ("Grade 3 CRS occurred in 4 patients; the most common adverse events were fever and chills.",
     ["CRS 3", "fever", "chills"]),
]


@pytest.mark.parametrize(("text", "expected"), ROUND12_GRADES)
def test_round12_grades(values, text, expected):
    assert values(text) == expected


# guideline management by grade, class statements, hedges, expected courses,
# a usual rate and a vague 'no major toxicity' give nothing (decision 23)
ROUND12_NOTHING = [
    ("（2）2级ICANS：给予地塞米松10 mg，每6小时一次。", []),
    ("1级CRS以对症支持治疗为主；3级及以上应转入ICU。", []),
    ("对于合并肿瘤溶解综合征者，可加用拉布立酶。", []),
    ("Grade 2 CRS: tocilizumab 8 mg/kg, repeated after 8 hours if needed.", []),
    ("Grade 1 ICANS is managed with close neurological observation every 4 hours.", []),
    ("CRS 和 ICANS 是 CAR-T 治疗最常见的毒性。", []),
    ("CRS and ICANS are the most common toxicities of CAR-T therapy.", []),
    ("Infection may occur with both products, so prophylaxis is advised.", []),
    ("桥接化疗后患者通常经历约 10 天的中性粒细胞减少期。", []),
    ("Patients will typically undergo about 10 days of neutropenia after lymphodepletion.", []),
    ("既往研究中，严重感染的发生率一般在10%以下。", []),
    ("Rates of severe CRS are generally below 10% in such trials.", []),
    ("Toxicity in solid tumours appears higher than in lymphoma: severe ICANS is rare.", []),
    ("A pilot study in four patients reported no major toxicity.", []),
    ("CAR-T 治疗可降低患者的死亡率。", []),
    # near misses: an observed graded event before a colon, a result with its rates
    ("2 例患者出现 1 级 CRS：表现为发热。", ["CRS 1"]),
    ("Grade 2 CRS was managed with tocilizumab in 4 patients.", ["CRS 2"]),
    ("Grade 3 or higher ICANS was uncommon in both arms (4% vs <1%).", ["ICANS >=3"]),
    ("No toxicity was observed in the 10 patients.", ["no AE"]),
    ("100 天内死亡率为 5%，主要死因为感染。", ["death", "infection"]),
]


@pytest.mark.parametrize(("text", "expected"), ROUND12_NOTHING)
def test_round12_nothing(values, text, expected):
    assert values(text) == expected


# tables whose columns are events: one mention per event header, graded by it (decision 21)
EVENT_COLUMNS = [
    ("组别\t例数\tORR\t≥3级ICANS\t感染\nA组\t15\t12\t1\t4\n", ["ICANS >=3", "infection"]),
    ("| Arm | n | ORR | Grade ≥3 CRS | GVHD |\n|---|---|---|---|---|\n| A | 30 | 70% | 5% | 2 |\n",
     ["CRS >=3", "GVHD"]),
    # near misses: a class word or a time column is no event column
    ("组别\t例数\t不良事件\tCRS 持续时间\nA组\t15\t10\t5\n", []),
    ("| Arm | n | Time to CRS onset (days) |\n|---|---|---|\n| A | 30 | 2 |\n", []),
]


@pytest.mark.parametrize(("text", "expected"), EVENT_COLUMNS)
def test_event_columns(run, text, expected):
    records = [r for r in run(text)]
    assert [r.value for r in records] == expected


ROW_GRADE_CELLS = [
    # a grade column whose cells grade the row's event (note 21): "Event | Grade | n (%)"
    ("Table 2. Toxicities by grade\nToxicity\tGrade\tn (%)\nCRS\t1–2\t40 (50.0)\n"
     "Anaemia\t≥3\t12 (15.0)\nInfection\tAny\t9 (11.3)\n",
     ["CRS 1-2", "anemia >=3", "infection"]),
    ("Event\tCTCAE grade\tPatients\nNeutropenia\t3–4\t7\nFever\t1\t5\n",
     ["neutropenia 3-4", "fever 1"]),
    ("表 2 不良事件\n不良事件\t分级\t例数（%）\n细胞因子释放综合征\t≥3 级\t4（10.0）\n感染\t1~2\t6（15.0）\n",
     ["CRS >=3", "infection 1-2"]),
    ("不良事件\t级别\t例数\n贫血\t3\t2\n", ["anemia 3"]),
]


@pytest.mark.parametrize(("text", "expected"), ROW_GRADE_CELLS)
def test_grade_column_grades_the_row(values, text, expected):
    assert values(text) == expected


ALL_GRADE_LATER_CLAUSE = [
    # 'all' grade after "and were" (note 18), and "limited to grade N" / 仅为 N 级 (note 24)
    ("Nausea and chills after the infusion were reported in five patients and were all grade 1.",
     ["chills 1"]),
    ("Fever occurred in 4 of 10 patients and was all grade 2.", ["fever 2"]),
    ("Fever occurred in 4 of 10 patients and was mostly grade 2.", ["fever"]),
    ("ICANS was limited to grade 2 in all treated patients.", ["ICANS 2"]),
    ("CRS was confined to grade 1, and one patient had grade 3 infection.",
     ["CRS 1", "infection 3"]),
    ("患者 CRS 仅为 1 级。", ["CRS 1"]),
    ("2 例患者出现 CRS，均仅为 1 级。", ["CRS 1"]),
    ("神经毒性仅见于 2 例患者，且为 1 级。", ["neurotoxicity 1"]),
    ("感染仅见于 3 例患者，且均为第 2 级。", ["infection 2"]),
    ("感染见于 3 例患者，且多为 2 级。", ["infection"]),
    ("神經毒性僅見於 2 名患者，且為第 1 級。", ["neurotoxicity 1"]),
]


@pytest.mark.parametrize(("text", "expected"), ALL_GRADE_LATER_CLAUSE)
def test_grade_for_all_in_later_clause(values, text, expected):
    assert values(text) == expected


NOT_REACHING_GRADE = [
    # an event that did not reach a grade is absent at that grade and above
    ("患者发热均未达到重度。", ["no fever >=3"]),
    ("本组 CRS 未达到 3 级。", ["no CRS >=3"]),
    ("主要不良反应为寒战（4.1%），对症处理后缓解；寒战均未达到严重程度。", ["chills", "no chills >=3"]),
    ("患者未达到噬血细胞综合征诊断标准。", ["no HLH"]),
]


@pytest.mark.parametrize(("text", "expected"), NOT_REACHING_GRADE)
def test_event_not_reaching_grade(values, text, expected):
    assert values(text) == expected


STATUS_AND_HYPOTHESES = [
    # HIV infection and a history of infections are traits, not events (note 24)
    ("本院为 1 例 HIV 感染合并弥漫大 B 细胞淋巴瘤患者实施了 CAR-T 治疗。", []),
    ("该患者为艾滋病病毒感染者，感染史 8 年。", []),
    ("对于既往反复感染的患者，输注时机仍需探讨。", []),
    ("Two patients with a history of recurrent infections were enrolled.", []),
    ("An HIV-infected man developed grade 2 CRS and grade 3 infection.", ["CRS 2", "infection 3"]),
    ("3 例患者出现感染，其中 1 例为 CMV 感染。", ["infection", "infection"]),
    # a reason with a modal, a possible consequence, a standing concern, a comparison
    ("Elderly patients were excluded because infection might be harder to manage in them.", []),
    ("Prolonged cytopenias may limit use of the product in frail patients.", []),
    ("Grade 3 CRS occurred in 2 patients and may limit dose escalation.", ["CRS 3"]),
    ("长期血细胞减少可能限制该疗法在老年患者中的应用。", []),
    ("Infections and ICANS remain major concerns with bispecific antibodies in older patients.", []),
    ("感染仍是 BCMA CAR-T 治疗后的主要挑战。", []),
    ("Severe CRS is more common with CD28 constructs (ZUMA-1) than with 4-1BB constructs.", []),
    # questions and analysis titles; monitoring advice in a sentence
    ("CD7 CAR-T cells from donors: a therapy without GVHD?", []),
    ("ICANS after bispecific antibodies: a pharmacovigilance analysis of the FAERS database", []),
    ("Late cytopenias and infections after BCMA CAR-T cells", ["myelosuppression", "infection"]),
    ("回输后须住院监测 CRS 至少 10 天。", []),
    # a reported finding across studies
    ("各研究均报告了少量感染相关死亡。", ["infection", "death"]),
]


@pytest.mark.parametrize(("text", "expected"), STATUS_AND_HYPOTHESES)
def test_status_hypothesis_and_reported(values, text, expected):
    assert values(text) == expected


POSTMODIFIER_DEATH_LIST_AND_RATIO = [
    # a graded event with a time postmodifier coordinated with the next event
    ("Grade 3 neutropenia lasting beyond day 28 and anaemia were seen in 4 patients.",
     ["neutropenia 3", "anemia 3"]),
    ("Grade 3 CRS occurring in 2 patients and infection in 5 patients were reported.",
     ["CRS 3", "infection"]),
    # deaths listed by cause after a colon
    ("Overall, 9 patients died: four of disease progression and two of adverse events.",
     ["death", "AE"]),
    # a pooled comparison with its ratio is a result
    ("3 级及以上不良事件的发生风险未见显著增加（合并 RR 0.97）。", ["AE >=3"]),
    ("The risk of grade ≥3 adverse events was not significantly increased (pooled RR 1.10).",
     ["AE >=3"]),
    ("3 级以上不良事件的发生风险显著降低。", []),
]


@pytest.mark.parametrize(("text", "expected"), POSTMODIFIER_DEATH_LIST_AND_RATIO)
def test_postmodifier_death_list_and_ratio(values, text, expected):
    assert values(text) == expected


LABEL_SECTIONS = [
    # a label's warning section and boxed warning give nothing; its adverse
    # reactions section does (decision 18)
    ("5 WARNINGS AND PRECAUTIONS\n"
     "5.1 Infections occurred in 30% of patients, grade 3 or higher in 8%.\n\n"
     "6 ADVERSE REACTIONS\n"
     "Grade 3 or higher infections occurred in 9% of patients.\n", ["infection >=3"]),
    ("5 Warnings and Precautions\nNeutropenia occurred in 40% of patients.\n", []),
    ("WARNING: NEUROTOXICITY and INFECTIONS - Neurotoxicity, including fatal reactions, "
     "occurred in patients receiving the product.\n", []),
    ("【警示语】接受本品治疗的患者中发生了 CRS，包括致命性反应。\n", []),
    ("五、警告和注意事项\n5.2 3 级以上感染发生于 6% 的患者。\n", []),
    ("五、不良反应\n3 级以上感染发生于 6% 的患者。\n", ["infection >=3"]),
]


@pytest.mark.parametrize(("text", "expected"), LABEL_SECTIONS)
def test_label_sections(values, text, expected):
    assert values(text) == expected


ROUND14_FORMS = [
    # a grade for all cases after `and was` (`… in all`), `both grade N`
    ("ICANS developed in 6 patients and was grade 2 in all.", ["ICANS 2"]),
    ("CRS occurred in 12 patients and was confined to grade 1 in all of them.", ["CRS 1"]),
    ("CRS occurred in 12 patients and was grade 2 in 3 of them.", ["CRS"]),
    ("CRS occurred in 9 patients, all grade 1, and ICANS in two (both grade 2).",
     ["CRS 1", "ICANS 2"]),
    # a class of laboratory abnormalities passes its grade to the list
    ("The most frequent grade 3–4 laboratory abnormalities were anaemia and neutropenia.",
     ["anemia 3-4", "neutropenia 3-4"]),
    ("最常见的 3-4 级实验室检查异常为中性粒细胞减少和贫血。", ["neutropenia 3-4", "anemia 3-4"]),
    # a rate given as a possibility
    ("In frail patients the rate of severe ICANS may be higher.", []),
    ("老年患者中重度 CRS 的发生率可能更高。", []),
    ("Grade 3 CRS occurred in 4 patients, which may be higher than expected.", ["CRS 3"]),
    # died of / 死于 (decision 25)
    ("Three patients died of adverse events.", ["death", "AE"]),
    ("另有 2 例患者死于肺部感染。", ["death", "infection"]),
    ("研究期间无患者死于治疗相关毒性。", ["no death"]),
    # the resolution of all cases is an observation
    ("所有 ICANS 事件均在激素治疗后恢复。", ["ICANS"]),
    ("All ICANS events resolved with steroids.", ["ICANS"]),
    # contraindications, inclusion of studies reporting an event, class statements
    ("Do not give the product to patients with active infection.", []),
    ("活动性感染患者禁用本品。", []),
    ("纳入报告 CRS 发生率的前瞻性研究。", []),
    ("Studies reporting the incidence of ICANS were included.", []),
    ("多数 CAR-T 产品的 CRS 发生率较高。", []),
    ("BCMA-directed engagers are active with a low rate of severe infection.", []),
    # a bracketed threshold selecting the listed events is no count
    ("The most common adverse events (incidence ≥15%) were fever and CRS.", ["fever", "CRS"]),
    ("Adverse events occurred in 15% of patients.", ["AE"]),
]


@pytest.mark.parametrize(("text", "expected"), ROUND14_FORMS)
def test_round14_forms(values, text, expected):
    assert values(text) == expected


# round 15: sets 20-21 forms
ROUND15_FORMS = [
    # a grade bound after a bracketed rate: limited to grade 1-2 (note 24)
    ("Neurotoxicity (9.5%) was limited to grade 1.", ["neurotoxicity 1"]),
    ("CRS (n = 6) was confined to grade 1-2.", ["CRS 1-2"]),
    ("ICANS（11.1%）仅为 1～2 级。", ["ICANS 1-2"]),
    ("CRS（n=5）仅为 1 级。", ["CRS 1"]),
    # an event as the object of a prediction or early recognition
    ("A two-cytokine model predicted grade ≥3 CRS within 48 hours.", []),
    ("Early detection of severe ICANS remains difficult.", []),
    ("IL-6 峰值可预测 3 级以上 CRS。", []),
    ("铁蛋白动态监测有助于早期识别重度 ICANS。", []),
    ("其中 9 例发生 3 级以上 CRS。", ["CRS >=3"]),
    # a symptom given as another event's first or visible manifestation
    ("He had grade 2 CRS, which showed up as fever and chills.", ["CRS 2"]),
    ("本组 20 例 CRS 患者均以发热为首发表现。", ["CRS"]),
    ("8 例 ICANS 患者以头痛为首发症状，均以寒战为突出表现。", ["ICANS"]),
    # an event named as the topic of nursing care
    ("护理措施包括体温监测、寒战护理及感染预防。", []),
    ("2.3 感染的观察与护理", []),
    ("The nursing care of fever after infusion is summarised.", []),
    ("Fever nursing was provided by the ward team.", []),
    ("12 例患者出现发热，经对症护理后好转。", ["fever"]),
    # the presenting complaint before diagnosis is history
    ("患者，男，52 岁，因「发热、乏力 1 月」于 2020 年 5 月确诊淋巴瘤。", []),
    ("患者因反复感染入院。", []),
    ("His presenting complaint was fever and night sweats.", []),
    ("回输后第 5 天患者因发热入院。", ["fever"]),
    ("患者因发热再次入院。", ["fever"]),
    # a state at screening or baseline, a reason for ineligibility
    ("Ten patients had thrombocytopenia at screening.", []),
    ("Patients with neutropenia at baseline were excluded.", []),
    ("30 patients would not have met the inclusion criteria because of prior infection.", []),
    ("基线时 6 例存在贫血。", []),
    ("输注后 6 例出现 3 级贫血。", ["anemia 3"]),
    # a graded class with a predicate (`were uncommon`) hands its grade to nothing
    ("Grade ≥3 events were uncommon, but treatment-related deaths were observed.", ["death"]),
    ("Grade 3-4 adverse events were rare, but deaths occurred.", ["AE 3-4", "death"]),
    ("Grade ≥3 adverse events were frequent, driven by neutropenia.",
     ["AE >=3", "neutropenia >=3"]),
    # the usual toxicities of a therapy class, with the class as subject (note 23)
    ("CAR-NK 的常见不良反应为发热和血细胞减少。", []),
    ("The main toxicities of TCR-T cells are CRS and cytopenia.", []),
    ("本组患者的主要不良反应为 CRS（6 例）。", ["CRS"]),
    ("The main adverse events in this cohort were CRS (7 patients).", ["CRS"]),
    # a care routine prescribed for the patients of a grade (note 23)
    ("3 级及以上 ICANS 患者需密切监测意识状态。", []),
    ("Patients with grade ≥3 ICANS receive continuous ECG monitoring.", []),
    ("3 级 CRS 患者 2 例，均转入 ICU 持续监护。", ["CRS 3"]),
    # a study's stated aim names its topic
    ("【摘要】 目的 探讨 CAR-T 治疗后感染的危险因素。", []),
    ("Objective: To describe grade ≥3 ICANS in 25 patients.", []),
    ("结果 25 例中 9 例发生感染。", ["infection"]),
    # an event compared across the arms of a study was observed in them
    ("治疗相关死亡在两组中均为个位数。", ["death"]),
    ("Treatment-related deaths were in single digits in both arms.", ["death"]),
]


@pytest.mark.parametrize(("text", "expected"), ROUND15_FORMS)
def test_round15_forms(values, text, expected):
    assert values(text) == expected


def test_boxed_warning_bullets_give_no_events(values):
    text = ("WARNING: CYTOKINE RELEASE SYNDROME, NEUROLOGIC TOXICITIES, and SECONDARY "
            "HEMATOLOGICAL MALIGNANCIES\n- Cytokine Release Syndrome, including fatal "
            "reactions, occurred in patients receiving the product.\n- Neurologic toxicities, "
            "including fatal reactions, occurred after CRS resolution or in the absence of CRS.\n")
    assert values(text) == []


ROUND16_FORMS = [
    # a composition cue naming the arm it describes hands on the class grade
    ("Grade 3 or higher adverse events occurred in 30 of 40 patients, the most common in "
     "the treatment arm being neutropenia and fever.", ["AE >=3", "neutropenia >=3", "fever >=3"]),
    ("≥3 级不良事件发生率为 35.7%（40/112），其中试验组最常见的为中性粒细胞减少和发热。",
     ["AE >=3", "neutropenia >=3", "fever >=3"]),
    # the grade an event improved to, and an overall grade after a comma
    ("Two patients developed GVHD, and the GVHD improved to grade I within two weeks.",
     ["GVHD", "GVHD 1"]),
    ("患者出现 GVHD，经治疗 GVHD 好转至 1 级。", ["GVHD", "GVHD 1"]),
    ("The patient developed acute GVHD, overall grade III.", ["GVHD 3"]),
    # `did not see / observe` negates
    ("In our 20 patients we did not see any tumour lysis syndrome.", ["no TLS"]),
    ("Of the 20 patients, we did not observe any tumour lysis syndrome.", ["no TLS"]),
    # how events were graded is a method, not an observation
    ("In the 30 patients, CRS and ICANS were graded according to ASTCT criteria.", []),
    ("In the 30 patients, CRS and ICANS were tracked according to ASTCT criteria.",
     ["CRS", "ICANS"]),
    ("30 例患者的 CRS 与 ICANS 按 ASTCT 共识分级。", []),
    ("30 例患者的 CRS 与 ICANS 按 ASTCT 共识记录。", ["CRS", "ICANS"]),
    # a history of an event is a trait (note 24)
    ("Among 40 patients, 3 had a history of grade 3 immune-related adverse events.", []),
    ("Among 40 patients, 3 had grade 3 immune-related adverse events.", ["AE 3"]),
    ("40 例患者中 3 例有 GVHD 病史。", []),
    ("40 例患者中 3 例有 GVHD。", ["GVHD"]),
]


@pytest.mark.parametrize(("text", "expected"), ROUND16_FORMS)
def test_round16_forms(values, text, expected):
    assert values(text) == expected


ROUND16_MORE = [
    # symptoms, a colon, then the graded event they amount to
    ("On day 2 the patient developed fever to 39.4 °C and hypotension: grade 2 cytokine "
     "release syndrome, treated with tocilizumab.", ["CRS 2"]),
    ("On day 2 the patient developed fever to 39.4 °C and hypotension, later grade 2 cytokine "
     "release syndrome.", ["fever", "CRS 2"]),
    ("第 2 天患者出现发热（39.4 ℃）、低血压：2 级 CRS。", ["CRS 2"]),
    ("第 2 天患者出现发热（39.4 ℃）、低血压，2 级 CRS。", ["fever", "CRS 2"]),
    # children as the population of an observation (患儿 like 患者)
    ("两名患儿死于真菌感染。", ["death", "infection"]),
    ("CAR-T 治疗后患儿感染的危险因素综述", []),
]


@pytest.mark.parametrize(("text", "expected"), ROUND16_MORE)
def test_round16_more_forms(values, text, expected):
    assert values(text) == expected


def test_deaths_before_a_colon_of_grade_5_causes(values):
    text = "Two deaths occurred in the 40 patients: grade 5 HLH and cardiac arrest."
    assert "death" in values(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Of 50 patients, 20% would not have met the eligibility criteria of the pivotal trials, "
     "mostly because of cytopenias.", []),
    ("Of 50 patients, 20% had cytopenias.", ["myelosuppression"]),
])
def test_reason_for_ineligibility(values, text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the cost of managing events is a cost item, not an observation
    ("模型还纳入了 20 例患者 CRS、ICANS 等不良反应的管理成本。", []),
    ("模型还纳入了 20 例患者 CRS、ICANS 等不良反应。", ["CRS", "ICANS"]),
    ("The model included the costs of managing CRS and ICANS in 20 patients.", []),
    ("The model included CRS and ICANS in 20 patients.", ["CRS", "ICANS"]),
])
def test_cost_of_managing_events(values, text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a grade the event rose to (升至 like 升级为/加重至)
    ("第 2 天出现低氧，CRS升至3级，予托珠单抗治疗。", ["CRS 3"]),
    ("第 2 天 CRS 上升至 2 级。", ["CRS 2"]),
    # the other arm's rate between the class grade and its listed members (decision 18)
    ("3 级及以上不良事件发生率为 41%，安慰剂组为 12%，主要为贫血和感染。",
     ["AE >=3", "anemia >=3", "infection >=3"]),
    ("3 級及以上不良事件發生率為 41%，對照組為 12%，最常見的為血小板減少。",
     ["AE >=3", "thrombocytopenia >=3"]),
    # a grade of a subset counted by a multi-digit number or a percent (decision 18)
    ("ICANS occurred in 40% of patients and was grade 3 or higher in 12%.", ["ICANS"]),
    ("ICANS occurred in 30 patients and was grade 3 in 11 of them.", ["ICANS"]),
])
def test_round17_forms(values, text, expected):
    assert values(text) == expected


ROUND18 = [
    # protocol / algorithm management by grade, endpoints, risk-factor lists: no AE
    ("研究方案规定发生 3 级 ICANS 时给予地塞米松。", []),
    ("We reserve anakinra for grade 3 or higher ICANS.", []),
    ("主要终点：3 级及以上不良事件发生率。", []),
    ("Primary endpoint: incidence of grade 3 or higher CRS.", []),
    ("已知的危险因素包括高肿瘤负荷和 3 级以上 CRS。", []),
    ("Reported risk factors include high tumour burden and grade 2 or higher CRS.", []),
    # a comparison with the classical event is not a mention of it
    ("该迟发性神经毒性与典型的 ICANS 在机制上不同。", []),
    ("This movement disorder is distinct from classic ICANS in timing and mechanism.", []),
    # no death from X negates the death only
    ("全组无患者因感染死亡。", ["no death"]),
    ("No patient died of infection.", ["no death"]),
    # a new count after `and` ends a negation
    ("Of 30 patients, none had grade 3 CRS and two had grade 2 ICANS.", ["no CRS 3", "ICANS 2"]),
    # grade forms
    ("入组患者中，重度 ICANS 的比例低于 5%。", ["ICANS >=3"]),
    ("未观察到 CRS 的 3 级及以上事件。", ["no CRS >=3"]),
    ("Ⅲ度及以上ICANS2例，均缓解。", ["ICANS >=3"]),
    ("随访期间感染 9 例，其中重度感染 2 例。", ["infection", "infection >=3"]),
    ("感染发生率为 20%；贫血仅 3 例，为 2 级。", ["infection", "anemia 2"]),
    ("ICANS 仅 2 例，为 1 级。", ["ICANS 1"]),
    # HLH-like toxicity is HLH only
    ("HLH-like toxicity developed in 2 of 40 patients.", ["HLH"]),
    # every patient had at least one AE
    ("全部患者均出现至少 1 项不良反应。", ["AE"]),
    ("All 18 patients experienced at least one adverse event.", ["AE"]),
]


@pytest.mark.parametrize(("text", "expected"), ROUND18)
def test_round18_forms(values, text, expected):
    assert values(text) == expected


# decision 27: grade columns headed with Roman numerals or G-numbers,
# tab-, space-aligned or pipe-separated, with a total column: one mention per
# non-zero grade column and the ungraded event for a non-zero total
ROMAN_G_COLUMNS = [
    ("不良反应\tⅠ度\tⅡ度\tⅢ度\tⅣ度\t发生率（%）\n贫血\t2\t0\t1\t0\t30.0\n",
     ["anemia 1", "anemia 3", "anemia"]),
    ("| 事件 | G1 | G2 | G3 | G4 | 合计 |\n| 发热 | 0 | 4 | 1 | 0 | 5 |\n",
     ["fever 2", "fever 3", "fever"]),
    ("Event    G1    G2    G3    G4    Total\nInfection    1    0    0    2    3\n"
     "Anemia    0    2    0    0    2\n",
     ["infection 1", "infection 4", "infection", "anemia 2", "anemia"]),
    ("不良事件\t1 级\t2 级\t3 级\t合计[例（%）]\n寒战\t3\t1\t0\t4（40.0）\n",
     ["chills 1", "chills 2", "chills"]),
    # near miss: a total column without any grade column is no grade table
    ("不良事件\t例数\t合计\n贫血\t3\t3\n", ["anemia"]),
]


@pytest.mark.parametrize(("text", "expected"), ROMAN_G_COLUMNS)
def test_roman_and_g_grade_columns(values, text, expected):
    assert values(text) == expected


# decision 27: an event row of a by-grade table whose every count is zero
# states the event's absence; a zero cell beside a non-zero one gives nothing
ZERO_ROWS = [
    ("不良反应\tⅠ度\tⅡ度\tⅢ度\tⅣ度\t合计\n神经毒性\t0\t0\t0\t0\t0\n", ["no neurotoxicity"]),
    ("| AE | Grade 1-2 | Grade 3-4 |\n| ICANS | 0 | 0 |\n", ["no ICANS"]),
    ("| AE | Grade 1-2 | Grade 3-4 |\n| ICANS | 0 | 1 |\n", ["ICANS 3-4"]),
    # a row whose label holds the grade and whose only count is zero
    ("Outcome\tPatients (N = 30)\nGrade 2 ICANS\t4\nGrade 3–4 infection\t0\n",
     ["ICANS 2", "no infection 3-4"]),
    ("不良事件\tA 组\tB 组\n贫血\t0\t0\n发热\t3\t0\n", ["no anemia", "fever"]),
]


@pytest.mark.parametrize(("text", "expected"), ZERO_ROWS)
def test_all_zero_rows(values, text, expected):
    assert values(text) == expected


# decision 27: a prescribing information's Warnings and Precautions section,
# with its numbered subsections, is label text; the adverse-reactions table
# of the next section is observed data
LABEL_SUBSECTIONS = [
    ("5 WARNINGS AND PRECAUTIONS\n5.2 Infections\nIn the pivotal study, grade 3 infections "
     "occurred in 12% (6/50) of patients.\n\n6 ADVERSE REACTIONS\n6.1 Clinical Trials "
     "Experience\nGrade 3 infections occurred in 6 of 50 patients.\n",
     ["infection 3"]),
    # near miss: a numbered results subsection is read normally
    ("3 RESULTS\n3.1 Safety\nGrade 2 CRS occurred in 4 of 20 patients.\n", ["CRS 2"]),
]


@pytest.mark.parametrize(("text", "expected"), LABEL_SUBSECTIONS)
def test_label_warning_subsections(values, text, expected):
    assert values(text) == expected


# decision 27: a run-in label naming an event is a heading; the sentence
# after it is read normally
RUN_IN = [
    ("感染：3 例出现 2 级感染，均经抗感染治疗好转。", ["infection 2"]),
    ("Neurotoxicity: two patients had grade 1 neurotoxicity.", ["neurotoxicity 1"]),
    ("- 发热：5 例患者出现发热。", ["fever"]),
    # near miss: an event with its count before a colon is no label
    ("Grade 3 CRS occurred in 2 patients: both recovered.", ["CRS 3"]),
]


@pytest.mark.parametrize(("text", "expected"), RUN_IN)
def test_run_in_labels(values, text, expected):
    assert values(text) == expected


# a grading scale laid out as a table (Grade | Fever | Hypotension) names
# criteria, not event columns; a table of event columns still gives events
GRADING_SCALE = [
    ("Grade\tFever\tHypoxia\n1\t≥38 °C\tNone\n", []),
    ("分级\t发热\t低血压\n1 级\t≥38 ℃\t无\n", []),
    ("组别\t例数\t≥3级CRS\tGVHD\nA组\t12\t1\t2\n", ["CRS >=3", "GVHD"]),
]


@pytest.mark.parametrize(("text", "expected"), GRADING_SCALE)
def test_grading_scale_tables(values, text, expected):
    assert values(text) == expected


# `limited to a single grade 1 event` grades the event; a resolved HBV
# infection is a patient's status (decision 24), not an event
ROUND19 = [
    ("Neurotoxicity was limited to a single grade 2 event.", ["neurotoxicity 2"]),
    ("Fever was limited to one grade 1 episode in 3 patients.", ["fever 1"]),
    ("A man with resolved HBV infection received CD19 CAR-T and had grade 1 CRS.", ["CRS 1"]),
    ("乙肝病毒感染者 3 例，均未出现 CRS。", ["no CRS"]),
]


@pytest.mark.parametrize(("text", "expected"), ROUND19)
def test_round19_forms(values, text, expected):
    assert values(text) == expected


# class statements in reviews, news, Q&A and consensus text: a differential
# diagnosis, a landmark in time of another event, a grade definition, a
# management recommendation, where an event is frequent, risks an agent
# 'may cause' (with premodified items), eligibility traits
CLASS_STATEMENTS = [
    ("Its fever and cytopenias overlap with infection, so cultures are drawn.", []),
    ("该综合征临床上易与感染相混淆，需结合铁蛋白判断。", []),
    ("Late neurotoxicity usually follows CRS by about a week.", []),
    ("该综合征常在 CRS 缓解后出现，以铁蛋白升高为特征。", []),
    ("该综合征常发生在 CRS 之后，以铁蛋白升高为特征。", []),
    ("2 级 ICANS 定义为 ICE 评分 3~6 分。", []),
    ("Neurotoxicity is graded by the ICE score and the level of consciousness.", []),
    ("≥3 级 ICANS 推荐使用地塞米松，合并 CRS 时加用托珠单抗。", []),
    ("重度 CRS 多见于高肿瘤负荷的患者。", []),
    ("The company said the product may cause CRS, prolonged cytopenias or serious "
     "infections in future patients.", []),
    ("Candidates with active infection or organ failure were not eligible.", []),
    # near misses: an observed event in a case, with its landmark, is still read
    ("患者在 CRS 缓解后出现 2 级 ICANS。", ["CRS", "ICANS 2"]),
    ("Two patients had prolonged cytopenias and one had a grade 3 infection.",
     ["myelosuppression", "infection 3"]),
]


@pytest.mark.parametrize(("text", "expected"), CLASS_STATEMENTS)
def test_class_statements(values, text, expected):
    assert values(text) == expected


# decision 27: a consensus table's column of toxicities to monitor lists class
# toxicities (no AE); a safety column of a study's table is observed. Words
# built on 感染 that name a department or data, and a resolved infection, are
# no events
MONITOR_COLUMNS = [
    ("靶点\t代表性产品\t需密切监测的毒性\nCD7\tCD7 CAR-T\t感染、血细胞减少\n", []),
    ("Target\tProduct\tToxicities to monitor\nBCMA\tBCMA CAR-T\tinfections\n", []),
    # near miss: a study's safety column is observed
    ("编号\t靶点\t主要不良事件\n1\tCD19\t发热\n", ["fever"]),
    ("出院后由感染科随访，3 例出现 2 级感染。", ["infection 2"]),
    ("本研究汇总了 5 项研究的感染数据。", []),
    ("Patients with resolved infection were eligible.", []),
]


@pytest.mark.parametrize(("text", "expected"), MONITOR_COLUMNS)
def test_monitor_columns_and_infection_words(values, text, expected):
    assert values(text) == expected


# management by grade joined by 和 (`以观察和对症处理为主`), a worry voiced in
# a quote, a class hedge after the event (`may be severe`), and the grade of
# an event's children (`ICANS 患儿均为 1~2 级`)
HEDGES_AND_LINKS = [
    ("2 级 CRS 以密切监测和对症支持治疗为主。", []),
    ('"I am more worried about late infections than about CRS," one investigator said.', []),
    ("Cytokine release syndrome can be fatal and needs prompt treatment.", []),
    ("发热患儿均为 1 级，均自行缓解。", ["fever 1"]),
    # near miss: an observed event described as severe is read
    ("Grade 3 CRS occurred in 2 patients and was severe in both.", ["CRS 3"]),
]


@pytest.mark.parametrize(("text", "expected"), HEDGES_AND_LINKS)
def test_hedges_and_links(values, text, expected):
    assert values(text) == expected


# round 20 (sets 36-38): a class word naming its grade after `of` hands it to
# the listed events (decision 18), not across `any grade`; `grade N or M events
# of X` grades X; `limited to two grade 1-2 cases` grades the event; a grade
# right before an event after 主要为 is no distribution
CLASS_GRADE_FORMS = [
    ("The most frequent events of grade 3 or higher were neutropenia (41%) and "
     "anaemia (22%).", ["neutropenia >=3", "anemia >=3"]),
    ("Toxicities of grade 3-4 were infection (12%), fever (8%) and chills (3%).",
     ["AE 3-4", "infection 3-4", "fever 3-4", "chills 3-4"]),
    ("No grade 3 or 4 events of neurotoxicity were recorded in the expansion cohort.",
     ["no neurotoxicity 3-4"]),
    ("Among 40 treated patients, 30 had CRS; infection was limited to four grade 1 cases.",
     ["CRS", "infection 1"]),
    ("两组 3～4 级不良反应发生率相近（30.0% vs 28.5%），主要为 Ⅲ～Ⅳ度贫血 和 中性粒细胞减少。",
     ["AE 3-4", "anemia 3-4", "neutropenia 3-4"]),
    # near misses: any grade grades nothing; a distribution after the event stays one
    ("Events of any grade were fever (70%) and chills (15%) in the 20 patients.",
     ["fever", "chills"]),
    ("本组 CRS 主要为 1~2 级，经对症处理后缓解。", ["CRS"]),
    ("不良反应主要为轻度发热。", ["fever"]),
    ("Events of grade 3 were rare; neutropenia occurred in 6 patients.", ["neutropenia"]),
]


@pytest.mark.parametrize(("text", "expected"), CLASS_GRADE_FORMS)
def test_class_grade_forms(values, text, expected):
    assert values(text) == expected


# decision 28: a by-grade table on its side (rows = grades, columns = events):
# one mention per event column and non-zero grade row (on the count cell: a
# record's text lies in its own row); a total row gives the ungraded event; a
# grading scale of words gives nothing
SIDE_TABLES = [
    ("表3  30例患者不良反应［例（%）］\n"
     "分级 | CRS | 感染 | 贫血\n"
     "Ⅰ～Ⅱ度 | 15（50.0） | 0 | 4（13.3）\n"
     "Ⅲ～Ⅳ度 | 3（10.0） | 0 | 0\n"
     "合计 | 18（60.0） | 0 | 4（13.3）\n",
     [("CRS 1-2", "15（50.0）"), ("anemia 1-2", "4（13.3）"), ("CRS 3-4", "3（10.0）"),
      ("CRS", "18（60.0）"), ("anemia", "4（13.3）")]),
    ("Table 2. Adverse events by grade (N = 24)\n"
     "Grade | Neutropenia | Infection\n"
     "Grade 1-2 | 5 (20.8) | 2 (8.3)\n"
     "Grade 3 | 0 | 1 (4.2)\n",
     [("neutropenia 1-2", "5 (20.8)"), ("infection 1-2", "2 (8.3)"),
      ("infection 3", "1 (4.2)")]),
    # near miss: a grading scale (cells of criteria, not counts) gives nothing
    ("Table 1. ICANS grading\nGrade | Fever | Hypotension\n"
     "Grade 1 | ≥38 °C | None\nGrade 2 | ≥38 °C | Not requiring vasopressors\n", []),
]


@pytest.mark.parametrize(("text", "expected"), SIDE_TABLES)
def test_side_tables(run, text, expected):
    assert [(r.value, r.text) for r in run(text)] == expected


# a by-grade table with a second header row (arms above, `Any grade | Grade >=3`
# below) and a pooled-rate table whose cells carry a confidence interval
# (decisions 21 and 26): one mention per non-zero graded cell; `-` gives nothing
TWO_LEVEL_TABLES = [
    ("Table 4. Adverse events by arm, n (%)\n"
     "Event\tArm A (n = 80)\t\tArm B (n = 78)\n"
     "\tAny grade\tGrade ≥3\tAny grade\tGrade ≥3\n"
     "ICANS\t20 (25.0)\t4 (5.0)\t10 (12.8)\t0\n"
     "HLH\t2 (2.5)\t-\t0\t-\n",
     ["ICANS", "ICANS >=3", "ICANS", "HLH"]),
    ("Table 3. Pooled toxicity\n"
     "Adverse event | Studies, n | Any grade, % (95% CI) | Grade >=3, % (95% CI)\n"
     "Anemia | 5 | 55.2 (41.0-68.9) | 20.4 (12.1-30.2)\n"
     "Fever | 4 | 70.5 (60.1-79.9) | 0\n",
     ["anemia", "anemia >=3", "fever"]),
    # near miss: a first row with an event is a data row, not a second header
    ("Outcome\tArm A (n = 30)\tArm B (n = 28)\nGrade 3 ICANS\t3\t1\n", ["ICANS 3"]),
]


@pytest.mark.parametrize(("text", "expected"), TWO_LEVEL_TABLES)
def test_two_level_tables(values, text, expected):
    assert sorted(values(text)) == sorted(expected)


# definitions, eligibility lists and advice for patients with an event give no
# AE; near misses: a reported count after 者需要 and an observed event stay
NOT_OBSERVED_FORMS = [
    ("Late cytopenia was defined as grade ≥3 anemia or thrombocytopenia at day 60.", []),
    ("排除标准：未控制的活动性感染；既往 GVHD。", []),
    ("Key exclusion criteria: active infection, GVHD requiring therapy.", []),
    ("回输后出现持续发热者应及早进行血培养。", []),
    ("合并重度 CRS 者宜转入重症监护病房。", []),
    ("发生重度 CRS 者需要托珠单抗治疗的共 4 例。", ["CRS >=3"]),
    ("Neutropenia was observed in 12 patients and was defined by ANC < 500/μL.", ["neutropenia"]),
]


@pytest.mark.parametrize(("text", "expected"), NOT_OBSERVED_FORMS)
def test_not_observed_forms(values, text, expected):
    assert values(text) == expected


# a methods sentence naming the outcomes compared (no number in it) gives no
# AE; near miss: the same opening with the rates is a result
COMPARED_OUTCOMES = [
    ("比较两组 GVHD 及感染发生情况和总生存。", []),
    ("We compared the incidence of CRS and infection between the two arms.", []),
    ("比较两组 CRS 发生率，观察组为 10.0%，对照组为 30.0%。", ["CRS"]),
]


@pytest.mark.parametrize(("text", "expected"), COMPARED_OUTCOMES)
def test_compared_outcomes(values, text, expected):
    assert values(text) == expected


# interpretive comparisons without a figure, cost-model prices, what patients
# who develop an event may need, and events hard to recognise give no AE; near
# misses with a figure or an observed past are read
INTERPRETIVE = [
    ("The rate of severe neurotoxicity was low, whereas grade ≥3 infection was comparable "
     "with earlier registry series.", []),
    ("Cost per grade ≥3 infection episode, USD 12,300", []),
    ("Patients who develop severe ICANS may require ICU admission.", []),
    ("淋巴瘤累及中枢的患者，CAR-T治疗后神经毒性的识别更为困难。", []),
    ("The rate of severe CRS was low (4%) in 50 patients.", ["CRS >=3"]),
    ("该患者同时出现感染及重度贫血，临床上与药物性损伤鉴别困难。", ["infection", "anemia >=3"]),
    ("Patients who developed severe ICANS (n = 4) required ICU admission.", ["ICANS >=3"]),
    ("Grade 3 CRS occurred in 10% of patients, which was comparable with prior trials.",
     ["CRS 3"]),
]


@pytest.mark.parametrize(("text", "expected"), INTERPRETIVE)
def test_interpretive_statements(values, text, expected):
    assert values(text) == expected


# round 21 (sets 39-40)
ROUND21 = [
    # a two-arm by-grade table, space-aligned, whose grade row lacks the label cell:
    # each arm's grade cells are read (decisions 21 and 27)
    ("表 3  两组不良事件（例）\n"
     "事件             A 组（n=20）       B 组（n=18）\n"
     "                 1~2 级   ≥3 级     1~2 级   ≥3 级\n"
     "发热             9        0         7        1\n"
     "血小板减少       0        0         0        0\n",
     ["fever 1-2", "fever 1-2", "fever >=3", "no thrombocytopenia"]),
    # a class grade spread over the events after `chiefly` / `以…为主`
    ("Overall, 15 patients had grade 3 or higher toxicities, mainly neutropenia and "
     "anaemia.", ["AE >=3", "neutropenia >=3", "anemia >=3"]),
    ("全组 3 级及以上不良反应 9 例，以贫血和血小板减少为主。",
     ["AE >=3", "anemia >=3", "thrombocytopenia >=3"]),
    # a consensus table of management by grade: no AE (decision 23)
    ("表 2  毒性处理\n毒性\t分级\t推荐处理\nICANS\t1 级\t密切观察\nCRS\t≥3 级\t托珠单抗联合激素\n", []),
    # near miss: a table of observed events by grade stays read
    ("表 2  不良事件\n毒性\t分级\t例数\nCRS\t≥3 级\t2\n", ["CRS >=3"]),
    # deaths from one cause and none from another: the death only
    ("Three deaths were due to relapse and none to toxicity.", ["death"]),
    ("Two patients died; there were two deaths from sepsis.", ["death", "death"]),
    # a remark about recording gives nothing
    ("Chills in this case were part of CRS and were not reported separately.", []),
    # a zero count states the absence
    ("3 级以上感染 0 例。", ["no infection >=3"]),
    # near miss: a count of two is an event
    ("3 级以上感染 2 例。", ["infection >=3"]),
    # a 'most' distribution stays ungraded (a per-grade count: decision 29, ROUND22)
    ("大多数感染为 1~2 级，仅 2 例为 3 级。", ["infection"]),
    ("Most CRS events were grade 1 or 2.", ["CRS"]),
    # near misses: a grade for all cases, a single graded subset
    ("ICANS was grade 1 in all six patients.", ["ICANS 1"]),
    ("CRS was grade 2 and occurred in six patients.", ["CRS 2"]),
    # an event named as the manifestation: nothing
    ("Fever was the only sign in most patients.", []),
    # a grade defined by its criteria in consensus text: nothing
    ("1 级 ICANS 定义为 ICE 评分 7~9 分；2 级 ICANS 为 ICE 评分 3~6 分。", []),
    # `almost no`: a summary, not an absence
    ("该方案几乎没有不良反应。", []),
    # an event named as the category of a graded class takes the class grade
    ("Thrombocytopenia was the most frequent grade ≥3 adverse event (25%).",
     ["thrombocytopenia >=3", "AE >=3"]),
    ("贫血是本研究最常见的 3 级及以上不良反应（6 例）。", ["anemia >=3", "AE >=3"]),
    # near miss: an ungraded class keeps the event ungraded
    ("Thrombocytopenia was the most frequent adverse event (25%).", ["thrombocytopenia"]),
    # `mostly low-grade` is a distribution; `almost universal` an observation
    ("The schedule gave mostly low-grade ICANS.", ["ICANS"]),
    ("Fever was nearly universal after the second dose.", ["fever"]),
    # a fever with its measured temperature was seen
    ("On day 4 he was febrile again (fever of 39.2 °C).", ["fever"]),
    # a table title naming the class and the cohort: no AE; a measure; a ranking's reference;
    # a protocol step `出现…时即考虑`
    ("Common adverse reactions (n = 24)", []),
    ("本中心采取了早期处理 ICANS 等 4 项措施。", []),
    ("神经毒性是仅次于 CRS 的第二常见毒性（4 例）。", ["neurotoxicity"]),
    ("出现 2 级 ICANS 持续 12 小时以上时即加用地塞米松。", []),
    # near miss: an observed grade with a count stays
    ("本组出现 2 级 ICANS 共 3 例。", ["ICANS 2"]),
]


@pytest.mark.parametrize(("text", "expected"), ROUND21)
def test_round21_forms(values, text, expected):
    assert sorted(values(text)) == sorted(expected)


# round 22 (sets 41-46)
NOTE29 = [
    # one event's patients counted per grade in its own clause: one mention per grade
    ("ICANS was grade 1 in six patients and grade 2 in two.", ["ICANS 1", "ICANS 2"]),
    ("Neurotoxicity was moderate (grade 2) in 3 patients and grade 3 in 1.",
     ["neurotoxicity 2", "neurotoxicity 3"]),
    ("Infection was grade 1 in 11 patients, grade 2 in 4 and grade 3 in one.",
     ["infection 1", "infection 2", "infection 3"]),
    ("本组 ICANS 为 1 级 5 例、2 级 2 例。", ["ICANS 1", "ICANS 2"]),
    # still ungraded: a vague breakdown, a pronoun, brackets, a following clause, 'most'
    ("CRS was grade 1 in most patients and grade 2 in a few.", ["CRS"]),
    ("CRS developed in nine of ten patients; it was grade 1 in seven and grade 2 in two.",
     ["CRS"]),
    ("共 9 例发生 CRS（1 级 7 例、2 级 2 例）。", ["CRS"]),
    ("发生 ICANS 6 例，其中 1 级 4 例、2 级 2 例。", ["ICANS"]),
    ("Most ICANS events were grade 1, and grade 2 in two.", ["ICANS"]),
    # near miss: one graded subset of the cases leaves the event ungraded (decision 27)
    ("CRS occurred in 14 patients and was grade 3 in two.", ["CRS"]),
]


@pytest.mark.parametrize(("text", "expected"), NOTE29)
def test_per_grade_counts(values, text, expected):
    assert sorted(values(text)) == sorted(expected)


ROUND22 = [
    # management and monitoring text: no AE
    ("对照组仅在≥3级ICANS且伴意识障碍时给药。", []),
    ("出现 CRS 时首选托珠单抗。", []),
    ("使用异体产品时应密切监测移植物抗宿主病。", []),
    ("对于回输后 60 天仍有 3 级以上中性粒细胞减少者，常规行骨髓检查。", []),
    ("Managing grade 4 neurotoxicity requires intensive care beds.", []),
    ("Because infection can precipitate a flare, prophylaxis was extended.", []),
    # near miss: an observed event with a count stays
    ("对照组 3 级 ICANS 共 2 例。", ["ICANS 3"]),
    # a warning scale named after an event is no grade and no event
    ("护理组建立 ICANS 三级预警：意识改变为黄色预警。", []),
    ("本组 2 例出现 3 级 ICANS。", ["ICANS 3"]),
    # an event set against: `rather than`, `other than`, 而非
    ("The confusion was ascribed to sepsis-related delirium rather than to ICANS.", []),
    ("Neurotoxicity other than ICANS included tremor in two patients.", ["neurotoxicity"]),
    ("其意识改变归因于低钠血症而非 ICANS。", []),
    # a programme or a registry named after an event
    ("Reports in the FDA Adverse Event Reporting System were reviewed for 30 products.", []),
    ("Survey of infection prevention at CAR-T centres", []),
    # a composite endpoint of a statistic
    ("Event-free survival favoured the cell arm (hazard ratio for relapse or death, 0.51).", []),
    # an ellipsis denial after an affirmed event
    ("Grade 2 CRS developed; neurotoxicity did not.", ["CRS 2", "no neurotoxicity"]),
    # near miss: a general `do not` is no denial
    ("Donor cells raise GVHD concerns that autologous cells do not.", []),
    # events referred to a table
    ("Infections and neutropenia are listed by cohort in Table 4.", []),
    # a monkey study with a human dose is preclinical
    ("In macaques, no CRS was seen at twice the human dose.", []),
    # the study's own arms: `uncommon in both arms` is observed
    ("Grade 3 or higher ICANS was uncommon in both groups.", ["ICANS >=3"]),
    # near miss: a class comparison stays background
    ("Severe CRS is less common with CD28-free constructs.", []),
    # `and all events were grade N`
    ("With the second product, ICANS occurred in 12% and all events were grade 1.", ["ICANS 1"]),
    # a bracketed grade after the count grades the event; a bracketed breakdown does not
    ("GVHD occurred in three patients (grade 2).", ["GVHD 2"]),
    ("GVHD occurred in three patients (grade 2 in one).", ["GVHD"]),
    # a graded class, a colon, its members with their rates
    ("Grade 3 or 4 cytopenias were frequent: anemia in 40%, neutropenia in 62% of patients.",
     ["myelosuppression 3-4", "anemia 3-4", "neutropenia 3-4"]),
    # a graded event with its count, then further counted events: one grade
    ("全组 3 级及以上感染 4 例、中性粒细胞减少 9 例。", ["infection >=3", "neutropenia >=3"]),
    # near miss: a comma clause keeps its own grade
    ("全组 3 级 CRS 2 例，ICANS 1 例。", ["CRS 3", "ICANS"]),
    # no events of a grade: an AE absence
    ("Grade 3 CRS occurred in one patient; no grade 4 events were recorded.",
     ["CRS 3", "no AE 4"]),
    ("本组 ≥3 级 CRS 3 例，无 5 级事件。", ["CRS >=3", "no AE 5"]),
    # near misses: an event of a named one; an affirmed graded `events`
    ("No grade 4 events of ICANS occurred.", ["no ICANS 4"]),
    ("Neurologic events occurred in 30%, with grade 3 events in 9%.", []),
    # a table or figure title names a topic; near miss: a sentence citing a table
    ("Table 4. Grade 3 or higher infections and neutropenia by cohort", []),
    ("表 3 两组 3 级及以上 ICANS 的分布", []),
    ("As Table 4 shows, grade 3 infection occurred in two patients.", ["infection 3"]),
    # a two-arm table by grade with a grade column header: rows read, arms counted
    ("表 2 两组ICANS分级（例）\n分级\tA组（n=20）\tB组（n=18）\n1级ICANS\t6\t4\n"
     "2级ICANS\t0\t2\n", ["ICANS 1", "ICANS 2"]),
    # a class before its graded members after a colon is no symptom of them
    ("第 30 天出现血细胞减少：3 级贫血及 4 级中性粒细胞减少。",
     ["myelosuppression", "anemia 3", "neutropenia 4"]),
    # the class of any grade in every patient
    ("Adverse events of any grade were observed in all 31 participants.", ["AE"]),
    # a bound on a rate in the studies reported
    ("上述研究中，≥3 级 ICANS 的发生率低于 3%。", ["ICANS >=3"]),
    # near miss: a class comparison with 低于 stays background
    ("该类产品的 ICANS 发生率低于 CD19 CAR-T。", []),
    # new-onset events are observed
    ("随访 6 个月后新发感染以带状疱疹为主。", ["infection"]),
    # label counselling text
    ("Advise patients that ICANS may occur and that driving should be avoided.", []),
    # a study's title of a cohort or a survey names a topic
    ("Late infections after BCMA CAR T-cell therapy: a registry cohort", []),
    # instructions, timing statements, misreadings, aims, time metrics
    ("出院后出现寒战、发热时及时就诊。", []),
    ("ICANS 通常于回输后 2 周内出现。", []),
    ("应避免将肿瘤热误诊为 CRS。", []),
    ("摘要：目的 分析 CAR-T 治疗后感染的危险因素。", []),
    ("干预组发热到使用抗生素的平均时间缩短。", []),
    # near miss: an own-patient count with the time stays
    ("本组 4 例患者于回输后 3 天内出现发热。", ["fever"]),
    # a bare denial of English toxicity is a summary; graded or counted it is an AE
    ("No unexpected toxicities were seen during follow-up.", []),
    ("No grade 4 toxicity occurred in the 12 patients.", ["no AE 4"]),
    ("Toxicity of any kind occurred in 7 patients.", ["AE"]),
    # near miss: a denial of adverse events is an absence
    ("No serious adverse events were recorded.", ["no AE"]),
    # near miss: a denial over a counted population stays an absence
    ("No toxicity was seen in the 8 participants.", ["no AE"]),
    # `a diagnosis of X was made` is an observation
    ("Ferritin rose further, and a diagnosis of HLH was established.", ["HLH"]),
    # eligibility criteria name traits before treatment: no AE, over the commas of the list
    ("主要排除标准：活动性感染、3 级以上 GVHD 及未控制的 CRS。", []),
    ("Key exclusion criteria were active infection, grade 2 GVHD and prior ICANS.", []),
    ("合并 2 级以上血小板减少者不予入组。", []),
    # near miss: a result after the criteria sentence part stays
    ("Eligibility criteria were met by 30 patients; grade 3 infection occurred in 4.",
     ["infection 3"]),
    # a two-arm table whose cells hold `any / grade >=3` pairs under a split header
    ("Table 5. Events by grade, % of patients\n"
     "Event | Arm A (n=60) any / grade ≥3 | Arm B (n=58) any / grade ≥3\n"
     "Neutropenia | 45.0 / 30.0 | 40.0 / 0\nFever | 20.0 / 0 | 0 / 0\n",
     ["neutropenia", "neutropenia", "neutropenia >=3", "fever"]),
]


@pytest.mark.parametrize(("text", "expected"), ROUND22)
def test_round22_forms(values, text, expected):
    assert sorted(values(text)) == sorted(expected)


ROUND23_GRADES = [
    # an 'all' grade inside a bracket after the rate grades the event (note 18)
    ("Neurotoxicity was uncommon (6.5%, all grade 1 or 2).", ["neurotoxicity 1-2"]),
    ("神经毒性少见（3.1%，均为 1~2 级）。", ["neurotoxicity 1-2"]),
    ("CRS was seen in 30 patients (all grade 1 or 2) and ICANS in 4 (10%, all grade 3).",
     ["CRS 1-2", "ICANS 3"]),
    # `and was exclusively/entirely grade N` is an 'all' grade; `mostly` is not
    ("CRS developed in 31 of 40 patients and was exclusively grade 1 or 2.", ["CRS 1-2"]),
    ("CRS developed in 12 patients and was entirely grade 1.", ["CRS 1"]),
    ("CRS developed in 12 patients and was mostly grade 1.", ["CRS"]),
    # a bound after the event it grades
    ("The cohort had no grade 3 CRS or higher after the second dose.", ["no CRS >=3"]),
    ("Grade 3 cytokine release syndrome or higher occurred in two patients.", ["CRS >=3"]),
    ("Grade 2 CRS or ICANS occurred in 3 patients.", ["CRS 2", "ICANS 2"]),
]


@pytest.mark.parametrize(("text", "expected"), ROUND23_GRADES)
def test_round23_grades(values, text, expected):
    assert values(text) == expected


FATAL_ZH = [
    # 致死性/致命性 before a listed event grades it 5; alone it is no death alias
    ("全组未出现致死性 CRS。", ["no CRS 5"]),
    ("1 例患者发生致命性感染。", ["infection 5"]),
    ("该患者出现致死性肺损伤。", []),
    ("延误诊断可能导致致死性感染。", []),
    # not over a class word: a fatal AE stays ungraded, a fatal organ toxicity says nothing
    ("两组各有 3 例患者发生致死性不良事件。", ["AE"]),
    ("该TCR曾导致致死性心脏毒性。", []),
]


@pytest.mark.parametrize(("text", "expected"), FATAL_ZH)
def test_fatal_zh(values, text, expected):
    assert values(text) == expected


ARM_OBSERVED = [
    # one arm of a trial named as where the events fell: observed in treated patients
    ("Fatal adverse events were more common in the control arm.", ["death"]),
    ("Serious infections were more frequent in the combination group.", ["infection"]),
    # a therapy class with no arm stays a class claim
    ("Bispecific antibodies can cause serious infections.", []),
]


@pytest.mark.parametrize(("text", "expected"), ARM_OBSERVED)
def test_arm_observed(values, text, expected):
    assert values(text) == expected


DEATH_UNGRADED = [
    # a death never takes a grade (note 18): the grade or severity is its cause's
    ("其中2例因重症肺炎死亡。", ["death"]),
    ("One patient died of grade 4 sepsis and another had grade 3 CRS.", ["death", "CRS 3"]),
    ("Two fatal grade 5 events occurred after the second infusion.", ["death"]),
    ("治疗相关死亡0例。", ["no death"]),
]


@pytest.mark.parametrize(("text", "expected"), DEATH_UNGRADED)
def test_death_ungraded(values, text, expected):
    assert values(text) == expected


TOPIC_OF_CONCERN = [
    # an event named as the topic of a concern is a claim; its counted restatement is the mention
    ("感染仍是最主要的安全性问题，70 岁以上亚组中 3/4 级感染发生率为 41.0%。", ["infection 3-4"]),
    ("感染是联合治疗后最值得关注的问题，3 级及以上感染 5 例。", ["infection >=3"]),
    ("本组 3 例出现感染，经抗感染治疗后好转。", ["infection"]),
]


@pytest.mark.parametrize(("text", "expected"), TOPIC_OF_CONCERN)
def test_topic_of_concern(values, text, expected):
    assert values(text) == expected


SEVERITY_COLUMNS = [
    # an event column header with a severity word grades the event (note 21)
    ("组别\t例数\t发热\t寒战\t重度CRS\t感染\n观察组\t41\t30\t12\t2\t5\n对照组\t41\t35\t14\t6\t7\n",
     ["fever", "chills", "CRS >=3", "infection"]),
    ("Arm\tN\tSevere CRS\tICANS\nA\t20\t3\t2\nB\t21\t1\t0\n", ["CRS >=3", "ICANS"]),
]


@pytest.mark.parametrize(("text", "expected"), SEVERITY_COLUMNS)
def test_severity_columns(values, text, expected):
    assert values(text) == expected


GRADED_EVENTS_DENIED_ZH = [
    # bare 事件 denied after a numbered grade is the AE class (as `no grade 5 events`)
    ("CRS 发生率 70%，其中 3 级 8%；未发生 5 级事件。", ["CRS", "no AE 5"]),
    ("神经毒性 30%，未出现 4 级及以上事件。", ["neurotoxicity", "no AE >=4"]),
    # affirmed, it names no event
    ("1 例发生 5 级事件。", []),
]


@pytest.mark.parametrize(("text", "expected"), GRADED_EVENTS_DENIED_ZH)
def test_graded_events_denied_zh(values, text, expected):
    assert values(text) == expected


MONITOR_AND_TIMING = [
    # an instruction to monitor is a plan
    ("Monitor for infection and neutropenia, which may be severe.", []),
    ("Monitor patients closely for ICANS after each dose.", []),
    ("Infections were monitored weekly; 4 patients had grade 3 infection.",
     ["infection", "infection 3"]),
    # when the observed events fell is an observation; a habitual timing is not
    ("CRS events clustered after the second step-up dose.", ["CRS"]),
    ("CRS usually clusters after the first dose.", []),
]


@pytest.mark.parametrize(("text", "expected"), MONITOR_AND_TIMING)
def test_monitor_and_timing(values, text, expected):
    assert values(text) == expected


CLAIMS_AND_ADVICE_ZH = [
    # a conclusion that an intervention lowers an event's share, with no figure
    ("结论 早期预警护理可缩短发热时间，降低重度 CRS 比例。", []),
    ("干预组降低了 3 级 CRS 发生率（5.0% vs 15.0%）。", ["CRS 3"]),
    # advice for a kind of event
    ("对于激素治疗无效的重度ICANS，甲泼尼龙冲击可作为挽救手段。", []),
    # an event named as one of a therapy's usual events; the counted restatement stays
    ("ICANS是BCMA CAR-T治疗常见的不良反应之一，本组 3 例出现 ICANS。", ["ICANS"]),
    ("CRS 为本组最常见的不良反应，共 12 例。", ["CRS"]),
]


@pytest.mark.parametrize(("text", "expected"), CLAIMS_AND_ADVICE_ZH)
def test_claims_and_advice_zh(values, text, expected):
    assert values(text) == expected


NONE_OF_PATIENTS_WITH = [
    # `none of the patients with X had Y`: X observed, Y denied
    ("Neither of the patients with grade 3 cerebellar neurotoxicity had grade 3 or higher CRS "
     "beforehand.", ["neurotoxicity 3", "no CRS >=3"]),
    ("None of the patients with ICANS developed HLH.", ["ICANS", "no HLH"]),
    ("None of the patients had CRS.", ["no CRS"]),
    ("Neither CRS nor ICANS occurred.", ["no CRS", "no ICANS"]),
]


@pytest.mark.parametrize(("text", "expected"), NONE_OF_PATIENTS_WITH)
def test_none_of_patients_with(values, text, expected):
    assert values(text) == expected


THOSE_PATIENTS_PRESENTED = [
    # the patients of the event just reported presenting with a symptom: its manifestation
    ("上述患者均表现为发热，经托珠单抗治疗后缓解。", []),
    ("上述 3 例患者均表现为寒战和发热。", []),
    # patients counted afresh presenting with a symptom: the symptom is observed
    ("5 例患者均表现为发热。", ["fever"]),
]


@pytest.mark.parametrize(("text", "expected"), THOSE_PATIENTS_PRESENTED)
def test_those_patients_presented(values, text, expected):
    assert values(text) == expected


WHAT_AN_EVENT_CAN_DO = [
    # what an event can lead to is a possibility; what it led to is observed
    ("In frail patients even moderate CRS can lead to arrhythmia or hypotension.", []),
    ("Moderate CRS led to ICU transfer in 2 patients.", ["CRS 2"]),
]


@pytest.mark.parametrize(("text", "expected"), WHAT_AN_EVENT_CAN_DO)
def test_what_an_event_can_do(values, text, expected):
    assert values(text) == expected


COORDINATED_PER_GRADE = [
    # decision 32: a coordinated predicate of the same subject counting the cases per
    # grade gives one mention per grade and no ungraded event
    ("ICANS developed in 6 of 40 patients (15%) and was grade 1 in four and grade 2 in two.",
     ["ICANS 1", "ICANS 2"]),
    ("Cytokine release syndrome was observed in 14 patients and was grade 1 in nine and "
     "grade 2 in five.", ["CRS 1", "CRS 2"]),
    # negative: a comma-appended breakdown, a single subset grade, a vague breakdown
    ("Chronic GVHD developed in 5 patients, grade I in four and grade II in one.", ["GVHD"]),
    ("CRS occurred in 12 patients and was grade 3 in two.", ["CRS"]),
    ("CRS occurred in 9 patients and was grade 1 in most and grade 2 in a few.", ["CRS"]),
    # a grade of most cases is a distribution (decision 18); a counted grade still grades
    ("ICANS was grade 1 or 2 in most patients; one patient had grade 3 ICANS.",
     ["ICANS", "ICANS 3"]),
    ("CRS was grade 1 in 8 patients and grade 2 in 3.", ["CRS 1", "CRS 2"]),
]


@pytest.mark.parametrize(("text", "expected"), COORDINATED_PER_GRADE)
def test_coordinated_per_grade(values, text, expected):
    assert values(text) == expected


BRACKET_GRADE_OF_EVERY_CASE = [
    # decision 32: a bracket after the count holding only a grade grades every case
    ("本研究中神经毒性 3 例（2 级），经地塞米松治疗后好转。", ["neurotoxicity 2"]),
    ("随访期间 ICANS 仅 1 例（1 级），未予特殊处理。", ["ICANS 1"]),
    # negative: a bracket splitting the cases over grades stays a breakdown
    ("本研究中 CRS 9 例（1 级 5 例、2 级 4 例）。", ["CRS"]),
    # a grade describing the patients of a subgroup (`5 例 2 级患者`) grades nothing
    ("20 例 CRS 患者中，1 级 15 例、2 级 5 例，5 例 2 级患者均接受托珠单抗治疗。", ["CRS"]),
    # a bracket counting graded events is an observation, left ungraded
    ("ICANS was uncommon (one grade 1 event and two grade 2 events).", ["ICANS"]),
]


@pytest.mark.parametrize(("text", "expected"), BRACKET_GRADE_OF_EVERY_CASE)
def test_bracket_grade_of_every_case(values, text, expected):
    assert values(text) == expected


SERIOUS_AND_FATAL = [
    # decision 32: English `serious` is no severity word; Chinese 严重 is >=3
    ("Serious infections were reported in 12% of patients.", ["infection"]),
    ("研究期间严重感染 4 例。", ["infection >=3"]),
    # a fatal infection is an infection and a death, never grade 5 (decision 18)
    ("Three patients had fatal infections during follow-up.", ["death", "infection"]),
    ("本组共 3 例感染相关死亡。", ["infection", "death"]),
]


@pytest.mark.parametrize(("text", "expected"), SERIOUS_AND_FATAL)
def test_serious_and_fatal(values, text, expected):
    assert values(text) == expected


GRADE_OR_GRADE = [
    # `grade 4 or grade 5` repeats the word grade: one range
    ("No grade 4 or grade 5 neurotoxicity was reported in the cohort.", ["no neurotoxicity 4-5"]),
    ("Grade 3 and grade 4 neutropenia occurred in 7 patients.", ["neutropenia 3-4"]),
    # negative: a change of grade is no range
    ("CRS improved from grade 3 to grade 1 within two days.", ["CRS"]),
]


@pytest.mark.parametrize(("text", "expected"), GRADE_OR_GRADE)
def test_grade_or_grade(values, text, expected):
    assert values(text) == expected


DRIVEN_BY = [
    # a graded class `driven mainly by` its members hands them its grade (decision 18)
    ("Every participant had at least one grade 3 or higher adverse event, driven mainly by "
     "neutropenia (72%) and anaemia (35%).",
     ["AE >=3", "neutropenia >=3", "anemia >=3"]),
]


@pytest.mark.parametrize(("text", "expected"), DRIVEN_BY)
def test_driven_by(values, text, expected):
    assert values(text) == expected


COMPARISONS = [
    # a comparison of events without numbers is no observation
    ("ICANS was less frequent than CRS with this construct.", []),
    ("Rates of CRS and neurotoxicity were lower than those of autologous products.", []),
    # negative: a counted event with the comparison elsewhere is still observed
    ("CRS occurred in 8 patients; ICANS was not observed.", ["CRS", "no ICANS"]),
]


@pytest.mark.parametrize(("text", "expected"), COMPARISONS)
def test_comparisons(values, text, expected):
    assert values(text) == expected


CAPTION_GRADE = [
    # a table caption stating a grade grades the events of the rows under it
    ("Table 4. Grade 3-4 laboratory abnormalities (N=80)\nLymphocyte count decreased\t97%\n"
     "Haemoglobin decreased (anaemia)\t44%\n", ["anemia 3-4"]),
    # negative: a caption without a grade leaves the rows ungraded
    ("Table 4. Laboratory abnormalities (N=80)\nLymphocyte count decreased\t97%\n"
     "Haemoglobin decreased (anaemia)\t44%\n", ["anemia"]),
]


@pytest.mark.parametrize(("text", "expected"), CAPTION_GRADE)
def test_caption_grade(values, text, expected):
    assert values(text) == expected


DEFINITIONS = [
    # the definition of a dose-limiting toxicity or an endpoint lists criteria (decision 18)
    ("The primary endpoint is the rate of dose-limiting toxicities, defined as grade ≥3 ICANS "
     "or CRS lasting >48 h within 21 days.", []),
    ("剂量限制性毒性定义为 4 级 CRS 或 3 级以上神经毒性。", []),
    # negative: observed dose-limiting events are events
    ("DLTs occurred in 2 patients: grade 4 CRS in one and grade 3 ICANS in one.",
     ["CRS 4", "ICANS 3"]),
]


@pytest.mark.parametrize(("text", "expected"), DEFINITIONS)
def test_definitions(values, text, expected):
    assert values(text) == expected


HEDGED_AND_CLASS = [
    # a modal before the event (`might develop a fever`) is a possibility
    ("You might develop a fever once the cells start working.", []),
    # negative: the modal of another clause leaves an observed event alone
    ("Fever may develop within days; CRS occurred in 4 patients.", ["CRS"]),
    # a present-tense summary of an event's usual course is no observation
    ("ICANS after bispecific therapy is rare and usually reversible, as this case shows.", []),
    # negative: the same words in the past tense about a series are observed
    ("ICANS was rare and usually mild in our series of 40 patients.", ["ICANS"]),
    # a condition of an action (`仅在出现发热时返院`) is no event
    ("多数患者可居家监测，仅在出现发热时返院。", []),
    # negative: an event reported before another is observed (decision 31)
    ("患者在出现发热后第 2 天诊断为 CRS。", ["fever", "CRS"]),
]


@pytest.mark.parametrize(("text", "expected"), HEDGED_AND_CLASS)
def test_hedged_and_class(values, text, expected):
    assert values(text) == expected


SYMPTOMS_OF_EVENT = [
    # the symptoms of an event named before it are its manifestations (guide)
    ("护理宣教包括 ICANS 的早期症状，如发热、头痛等。", []),
    ("CRS 的早期症状包括发热和寒战。", []),
    # negative: a symptom in its own clause with its own count is an event
    ("3 例出现 CRS，另有 2 例出现发热。", ["CRS", "fever"]),
]


@pytest.mark.parametrize(("text", "expected"), SYMPTOMS_OF_EVENT)
def test_symptoms_of_event(values, text, expected):
    assert values(text) == expected


ADVICE_CONDITIONS_ZH = [
    # the patients an instruction is for (`…者，应…`) and an event's usual timing are advice
    # and general statements, not observations (decision 23)
    ("回输 60 天后仍有 3 级中性粒细胞减少者，应评估骨髓。", []),
    ("IEC-HS 通常在 CRS 缓解后出现，表现为铁蛋白升高。", []),
    # negative: the patients who had an event, with what was done, are observed
    ("发生 3 级 CRS 者均给予托珠单抗。", ["CRS 3"]),
    ("2 例 3 级 CRS 者，均于 3 天内缓解。", ["CRS 3"]),
]


@pytest.mark.parametrize(("text", "expected"), ADVICE_CONDITIONS_ZH)
def test_advice_conditions_zh(values, text, expected):
    assert values(text) == expected


ROUND25_FORMS = [
    # management advice: an event that requires a drug or a step (decision 29)
    ("Grade 2 CRS with hypoxia requires tocilizumab; grade 3 ICANS warrants "
     "dexamethasone.", []),
    ("Grade 3 or higher CRS should prompt transfer to intensive care.", []),
    ("Anakinra remains first-line for ICANS of grade 3 or above.", []),
    # negative: the past tense reports a case
    ("Grade 3 CRS occurred in 4 patients and required tocilizumab.", ["CRS 3"]),
    # `death without relapse` is an end point, not an absence
    ("Non-relapse mortality was 4%; the main causes of death without relapse were "
     "infection and CRS.",
     ["death", "infection", "CRS"]),
    # negative: `without` before an event still negates it
    ("All patients were discharged without CRS.", ["no CRS"]),
    # a graded event that predominated, `typically mild`: distributions (decision 18)
    ("Among 30 recipients, grade 1-2 ICANS predominated.", ["ICANS"]),
    ("CRS was typically mild in our cohort of 30 patients.", ["CRS"]),
    # negative: a grade stated for the cases themselves still grades
    ("Grade 1-2 ICANS occurred in 12 patients.", ["ICANS 1-2"]),
    # a severity word as one event's predicate grades it
    ("His CRS was mild, managed with fluids alone.", ["CRS 1"]),
    ("Her ICANS was moderate and resolved with steroids.", ["ICANS 2"]),
    # negatives: a class word, a distribution, a subset
    ("Toxicity was mild.", []),
    ("CRS was mild in most patients.", ["CRS"]),
    ("CRS developed in 9 of 12 patients and was mild in 8.", ["CRS"]),
    # a topic title (a patients' question-and-answer page, a guide) observes nothing
    ("BCMA CAR-T治疗后的发热与低丙种球蛋白血症：患者常见问题解答", []),
    ("Infections after CAR T-cell therapy: questions from families", []),
    # negative: a case title without a topic word names the patient's event
    ("BCMA CAR-T治疗后的发热与低丙种球蛋白血症", ["fever"]),    # a graded event's count continued by another grade with its own count
    ("治疗组3级血小板减少8例、4级11例。", ["thrombocytopenia 3", "thrombocytopenia 4"]),
    # negatives: a next grade with its own event; a breakdown after 其中 (note 27)
    ("3级中性粒细胞减少12例、4级血小板减少5例。", ["neutropenia 3", "thrombocytopenia 4"]),
    ("CRS 10例，其中1级6例、2级4例。", ["CRS"]),
]


@pytest.mark.parametrize(("text", "expected"), ROUND25_FORMS)
def test_round25_forms(values, text, expected):
    assert values(text) == expected


# round 26 (sets 65-70): grades and negations over coordinated lists, the events a
# bare `events` stands for, counted deaths, adverse-event tables, aims and titles
SHARED_OVER_LIST = [
    # a grade before a list whose first item carries its rate grades every item
    ("Grade 3 or higher anemia (72%), neutropenia and thrombocytopenia occurred after "
     "conditioning.", ["anemia >=3", "neutropenia >=3", "thrombocytopenia >=3"]),
    ("患者出现 3 级及以上贫血（40%）、中性粒细胞减少和血小板减少。",
     ["anemia >=3", "neutropenia >=3", "thrombocytopenia >=3"]),
    # negative: items that each carry their own rate are listed apart
    ("患者出现重度贫血（52.0%）、血小板减少（31.0%）。", ["anemia >=3", "thrombocytopenia"]),
    # a numbered grade after `were` that stands before its event is no distribution
    ("The most common events were grade 3 anemia and neutropenia in 5 patients.",
     ["anemia 3", "neutropenia 3"]),
    # negatives: a distribution of the cases; a graded event said to predominate
    ("Most CRS events were grade 1 or 2.", ["CRS"]),
    ("In this cohort grade 1-2 CRS predominated.", ["CRS"]),
    # a negation over a list whose last item carries a premodifier
    ("No patient developed CRS, ICANS or chronic GVHD.", ["no CRS", "no ICANS", "no GVHD"]),
]


@pytest.mark.parametrize(("text", "expected"), SHARED_OVER_LIST)
def test_shared_over_list(values, text, expected):
    assert values(text) == expected


EVENTS_AND_DEATHS = [
    # `the most frequent events were …` reports the study's events
    ("The most frequent events were the usual effects of conditioning: fever, chills and "
     "anemia.", ["fever", "chills", "anemia"]),
    # negative: a present-tense class statement
    ("The most frequent events after CAR-T therapy are fever and CRS.", []),
    # a number of deaths counts them
    ("There were four non-relapse deaths.", ["death"]),
    # negative: deaths named as a concern
    ("Deaths remain a concern with this product class.", []),
    # `…, with no grade N events` continues the clause of the event before it
    ("CRS occurred in 12%, with no grade 3 or 4 events.", ["CRS", "no CRS 3-4"]),
    # negative: a clause of its own denies events of any kind
    ("Grade 2 CRS occurred in 4 patients; no grade 5 events were seen.",
     ["CRS 2", "no AE 5"]),
    # graded events as the subject of the sentence
    ("Grade 5 events occurred in three patients.", ["AE 5"]),
    # negative: graded events after a named event, not the sentence's subject
    ("CRS occurred in 70%, and grade 3 events occurred in 2%.", ["CRS"]),
    ("Three grade 5 events (sepsis, stroke and haemorrhage) were judged unrelated.", ["AE 5"]),
    # `most … events were X` reports the study's events
    ("Most late viral events were respiratory infections after discharge.", ["infection"]),
    # negative: a distribution of a class names no event
    ("Most events were mild.", []),
    # events that were the main problems or drivers of an outcome in the study
    ("Late cytopenias and infections remained the main drivers of readmission.",
     ["myelosuppression", "infection"]),
    ("Infections were the most frequent late problems in this registry.", ["infection"]),
    # negative: a present-tense claim about the therapy class
    ("Infections are the main drivers of non-relapse mortality after CAR-T.", []),
]


@pytest.mark.parametrize(("text", "expected"), EVENTS_AND_DEATHS)
def test_events_and_deaths(values, text, expected):
    assert values(text) == expected


AE_TABLE = ("表1  两组输注相关不良事件（例）\n"
            "项目\t甲组（n=20）\t乙组（n=22）\n"
            "口周麻木\t3\t4\n"
            "发热\t2\t1\n"
            "寒战\t0\t2\n"
            "导管相关感染\t0\t0\n")
BASELINE_TABLE = ("表1  两组患者基线特征（例）\n"
                  "项目\t甲组（n=20）\t乙组（n=22）\n"
                  "发热\t2\t1\n")


def test_rows_under_an_adverse_event_caption(values):
    assert values(AE_TABLE) == ["fever", "chills", "no infection"]


def test_rows_under_another_caption(values):
    assert values(BASELINE_TABLE) == []  # negative: the caption names no adverse event


AIMS_AND_TITLES = [
    # an abstract's aim names its topic (also with 摘要 unpunctuated, 系统评价, 通过)
    ("目的 分析不同时间窗感染的发生规律。", []),
    ("摘要 目的 系统评价CAR-T治疗后GVHD的发生率。", []),
    ("【摘要】目的 通过质量改进缩短 CRS 的处置时间。", []),
    # a nursing or quality-improvement title names a topic
    ("CAR-T 细胞治疗后细胞因子释放综合征的护理实践", []),
    # negative: a nursing case report's title names the patient's event
    ("CAR-T 治疗后并发 CRS 一例的护理", ["CRS"]),
    # a run-in label naming what follows about the event
    ("CRS发生情况：A组2级CRS 5例。", ["CRS 2"]),
    # a hepatitis B infection is a status, not an event (also HBV right after a count)
    ("One patient with chronic hepatitis B infection developed CRS after infusion.", ["CRS"]),
    ("纳入 30 例HBV感染患者。", []),
    # a care metric and a lack of data name no event
    ("结论 该流程可缩短患者CRS识别时间。", []),
    ("老年患者的神经毒性尚缺乏系统资料。", []),
]


@pytest.mark.parametrize(("text", "expected"), AIMS_AND_TITLES)
def test_aims_and_titles(values, text, expected):
    assert values(text) == expected


WINDOW_GRADE_TABLE = ("Table 4. Patients with infections by period and grade\n"
                      "Infection type\tMonth 0-3, G1-2\tMonth 0-3, G≥3\tMonth 4-12, G1-2\n"
                      "Viral infection\t4\t0\t6\n"
                      "Fungal infection\t0\t0\t0\n")


def test_grade_columns_after_a_time_window(values):
    # each non-zero cell under a window's grade column grades the row's event; the
    # `Infection type` header names the rows' kind, not an event column; an all-zero
    # row states the absence
    assert values(WINDOW_GRADE_TABLE) == ["infection 1-2", "infection 1-2", "no infection"]


ROUND27_FORMS = [
    # a list of events named as the (other) main adverse events of the study
    ("Fever, anaemia and infection were the other main adverse events.",
     ["fever", "anemia", "infection"]),
    ("Cytopenias and neurotoxicity were the main adverse events in the expansion cohort.",
     ["myelosuppression", "neurotoxicity"]),
    # negative: a present-tense class claim stays a general statement
    ("Infections are the main adverse events after BCMA-directed therapy.", []),
    # a death of any cause in the study's patients is a death (note 37)
    ("Death from any cause occurred in 12 patients in the CAR-T arm.", ["death"]),
    ("Deaths from any cause were recorded in 8 of 60 participants.", ["death"]),
    # negative: an all-cause composite endpoint is no event
    ("Event-free survival was measured from infusion to relapse or death from any cause.", []),
    # `no fatal X` denies the death only; X is its cause, not itself denied (note 37)
    ("No fatal infection was recorded during follow-up.", ["no death"]),
    ("There were no fatal treatment-related adverse events in either cohort.", ["no death"]),
    ("Infections were frequent, but no fatal infection occurred.", ["infection", "no death"]),
    # negative: an affirmed fatal event reports both the death and its cause
    ("A fatal infection occurred in one patient on day 40.", ["death", "infection"]),
    # per-grade counts after an event graded before it (note 29)
    ("Grade 1 CRS occurred in 9 patients and grade 2 in 3.", ["CRS 1", "CRS 2"]),
    ("Grade 2 ICANS developed in 4 patients and grade 3 in 1.", ["ICANS 2", "ICANS 3"]),
    # negative: a breakdown appended after a comma is a following phrase (note 32)
    ("Grade 1 CRS occurred in 11 patients, grade 2 in 4 and grade 3 in 1.", ["CRS 1"]),
    # the most frequent graded events named in an absolute `being` phrase take the grade
    ("Toxicity was as expected, the most common grade 3 or 4 adverse events being "
     "neutropenia and infection.", ["AE 3-4", "neutropenia 3-4", "infection 3-4"]),
    # negative: a plain `being` phrase after a graded class lists nothing
    ("Grade 3 adverse events occurred in 4 patients, infection being treated with "
     "antibiotics.", ["AE 3", "infection"]),
    # deaths whose stated cause is denied: the cause qualifies them, no `no EVENT`
    ("Two deaths were recorded, none related to ICANS.", ["death"]),
    ("Four deaths occurred during follow-up; none was attributed to CRS.", ["death"]),
    # negative: a denied event without deaths stays an explicit absence
    ("Four patients had infections; none had CRS.", ["infection", "no CRS"]),
    # a cytopenia off the closed list inside a graded list does not break it
    ("共 6 例出现 3 级白细胞减少、贫血和血小板减少。", ["anemia 3", "thrombocytopenia 3"]),
    ("3/4 级白细胞减少和血小板减少均较常见。", ["thrombocytopenia 3-4"]),
    ("Grade 4 thrombocytopenia, leukopenia and anemia occurred in 7 patients.",
     ["thrombocytopenia 4", "anemia 4"]),
    # negative: the off-list cytopenia alone is no event
    ("3 级淋巴细胞减少 5 例。", []),
    # a study patient's death counts whatever its timing, with its cause (note 37)
    ("Of 52 patients enrolled, two died of infection before infusion.",
     ["death", "infection"]),
    ("Early deaths before infusion, mostly from progression, were more common in the "
     "CAR-T arm.", ["death"]),
    ("3 例患者在回输前死亡。", ["death"]),
    # negative: any other event before the treatment is not an adverse event of it
    ("Two patients had CRS-like fever before infusion of the cells.", []),
]


@pytest.mark.parametrize(("text", "expected"), ROUND27_FORMS)
def test_round27_forms(values, text, expected):
    assert values(text) == expected


# round 28 (sets 83-88): advice, associations, class statements, label wording, planned
# definitions, upper bounds, time frames and eligibility words
ROUND28_FORMS = [
    # management advice by grade in consensus text (note 23): no event
    ("1级CRS可密切观察；2级及以上CRS建议给予托珠单抗8 mg/kg。", []),
    ("地塞米松推荐用于3级及以上ICANS。", []),
    ("≥2级ICANS或合并CRS时加用糖皮质激素。", []),
    ("住院期间每日评估2次，以便尽早发现早期神经毒性表现。", []),
    # negative: a result sentence with a treatment given stays an observation
    ("2 例患者出现 2 级 CRS，给予托珠单抗后缓解。", ["CRS 2"]),
    # an association of an event with a trait (note 38): no event
    ("基线铁蛋白水平与ICANS严重程度无关。", []),
    ("骨髓肿瘤负荷越高，CRS峰值等级越高。", []),
    # negative: the event itself in the same sentence still counts
    ("共 9 例出现 2 级 CRS，且与基线肿瘤负荷相关性不明。", ["CRS 2"]),
    ("回输后早期的肌酐升高多与CRS相关，需结合尿量判断。", []),
    # negative: deaths said to be mostly related to an event give both (note 38)
    ("随访期间3例死亡，死亡多与感染相关。", ["death", "death", "infection"]),
    # class statements in reviews: no event
    ("ICANS总体发生率在不同研究中差异较大。", []),
    ("The main class toxicity of these engagers is cytokine release syndrome.", []),
    # a label's stock wording names no death (note 18)
    ("Neurologic toxicities, including fatal or life-threatening reactions, can occur "
     "after infusion.", []),
    # negative: an observed fatal event is a death
    ("One patient had a fatal infection on day 40.", ["death", "infection"]),
    # a planned trial's dose-limiting toxicities and endpoints (note 18)
    ("Dose-limiting toxicities are defined as grade 4 CRS, grade ≥3 ICANS, or any grade 5 "
     "event within 21 days.", []),
    ("Secondary endpoints include the rate of grade ≥3 CRS and ICANS.", []),
    # an upper bound `never worse than grade N` is 1-N (note 18)
    ("ICANS developed in 7 patients and was never worse than grade 2.", ["ICANS 1-2"]),
    # a grade given `按 CTCAE 评为 N 级` in a bracket after the event
    ("其后确诊为迟发性神经毒性（按 CTCAE 评为 2 级）。", ["neurotoxicity 2"]),
    # a count then `且均为` grades every case (decision 32)
    ("输注后 ICANS 共 3 例且均为轻度。", ["ICANS 1"]),
    # negative: `且` without `均` is no statement about every case
    ("输注后 ICANS 共 3 例且 1 例为轻度。", ["ICANS"]),
    # `mild in all N` grades the event (the guide's mild = 1)
    ("ICANS was mild in all four and resolved without steroids.", ["ICANS 1"]),
    # negative: mild in some of them is a distribution
    ("ICANS was mild in most patients and resolved without steroids.", ["ICANS"]),
    # a cost model's event with the trial's observed rate (note 28)
    ("Costs covered apheresis, bridging and management of grade ≥3 ICANS (9% of patients) "
     "seen in the pivotal trial.", ["ICANS >=3"]),
    # negative: management advice without a rate stays advice
    ("Costs covered apheresis, bridging and management of grade ≥3 ICANS.", []),
    # `we have not seen X` is an explicit absence
    ("We have not seen ICANS with these cells so far.", ["no ICANS"]),
    # an expectation or a non-applicable event is no observation (guide)
    ("No cytokine release syndrome is expected with this regimen.", []),
    ("GVHD is not applicable to an autologous product.", []),
    # negative: an expectation followed by the observed absence is an absence
    ("No ICANS is expected with these cells and none was observed.", ["no ICANS"]),
    # a definition of an event is background
    ("ICANS is a complication seen with several engineered cell therapies.", []),
    # negative: an event seen in the study patients stays an observation
    ("ICANS was seen in 3 patients and resolved.", ["ICANS"]),
    # an expected benefit is a hypothesis
    ("桥接放疗可能缩小病灶，从而减少ICANS的发生。", []),
    # an infection that is the disease treated is no adverse event
    ("一项研究中病毒特异性T细胞对CMV感染的总有效率为85%（17/20）。", []),
    # an imperative in guidance text is advice
    ("Consider antifungal prophylaxis in patients with prolonged neutropenia.", []),
    # negative: a finding sentence is not an imperative
    ("Prolonged neutropenia occurred in 6 patients.", ["neutropenia"]),
    # an event named as the period of another event's absence gives nothing itself
    ("Grade 3 neutropenia lasted 10 days; no fever occurred during neutropenia.",
     ["neutropenia 3", "no fever"]),
    # eligibility and status words are no infection (note 24)
    ("入组患者中HBsAg阳性18例，HBV未感染30例。", []),
    ("多数研究排除了合并活动性病毒感染的患者。", []),
    ("不良反应\tHBsAg阳性(n=20)\t未感染(n=35)\n发热\t4\t7\n", ["fever"]),
    # the most frequent graded events named after a bare `events` take the grade (note 18)
    ("Toxicity matched earlier reports, the most common grade 3 or higher events being "
     "neutropenia and pyrexia.", ["neutropenia >=3", "fever >=3"]),
    # negative: an infection seen after the treatment counts
    ("回输后 3 例患者出现病毒感染。", ["infection"]),
]


@pytest.mark.parametrize(("text", "expected"), ROUND28_FORMS)
def test_round28_forms(values, text, expected):
    assert values(text) == expected


# round 29: forms from sets 71-93
ROUND29_FORMS = [
    # `仅见 N 级` and `最多 N 级` grade every case (note 18: all grade / upper bound)
    ("全部12例患者中，ICANS仅见1级，无CRS。", ["ICANS 1", "no CRS"]),
    ("这组患者的CRS都很轻，最多2级。", ["CRS 1-2"]),
    # negative: 最多 before a time is no grade
    ("CRS最多见于第1周。", []),
    # `occurred at grade N only` grades the event (no ungraded duplicate)
    ("Cytokine release syndrome occurred at grade 1–2 only in our cohort.", ["CRS 1-2"]),
    ("ICANS occurred only at grade 1 in the expansion cohort.", ["ICANS 1"]),
    # a leading `No` covers a comma list closed by `, or` (guide: negation of a list)
    ("No headache, aphasia, or grade 3 or higher neurotoxicity occurred.",
     ["no neurotoxicity >=3"]),
    # negative: a new clause after the list is not negated
    ("No seizures, and CRS developed in 3 patients.", ["CRS"]),
    ("No ICANS, TLS or grade 3 or higher adverse events were reported.",
     ["no ICANS", "no TLS", "no AE >=3"]),
    # a concern that remains in theory is no finding (guide: hypothetical)
    ("Outcomes were alike, although severe ICANS remains a theoretical concern.", []),
    # negative: a severe event that was seen
    ("Severe ICANS occurred in two patients.", ["ICANS >=3"]),
    # a grading scale's definition is no event (note 29)
    ("附注：按 ASTCT 标准，1 级 ICANS 仅有 ICE 评分 7～9 分。", []),
    ("依据 ASTCT 标准：仅发热为 1 级，伴低氧需鼻导管吸氧为 2 级。", []),
    # negative: a patient's fever graded in a case stays an event
    ("患者回输后第 2 天仅出现 1 级发热。", ["fever 1"]),
    # a condition of a treatment decision and advice for a stay are no events (note 23)
    ("≥3 级血细胞减少且无 ICANS 活动时可考虑自体干细胞回输。", []),
    ("该病例提示迟发性 CRS 需延长住院监测。", []),
    # what patients may develop is a possibility (guide: hypothetical)
    ("Keep tocilizumab at hand; patients may develop HLH after infusion.", []),
    # negative: a development that happened is an event
    ("Two patients developed HLH after infusion.", ["HLH"]),
    # negative: `X may occur` before `patients could develop Y` keeps both hypothetical
    ("The board notes that ICANS may occur at any dose and that patients could develop "
     "late neurotoxicity.", []),
    # a symptom said after a comma to be another event's manifestation (note 39)
    ("3 例出现发热，均为细胞因子释放综合征的早期表现。", ["CRS"]),
    # negative: another event after a comma is its own event
    ("3 例出现发热，另 2 例为感染。", ["fever", "infection"]),
    # a class summary across studies is no event (note 26)
    ("输注后 3 级以上血小板减少和贫血在各研究中均常见。", []),
    # negative: the study's own events with a count
    ("本研究中 3 级以上血小板减少常见（12 例）。", ["thrombocytopenia >=3"]),
    # a death count with its cause after `N of them` gives both (note 38)
    ("There were 4 deaths without relapse, 3 of them attributed to infection.",
     ["death", "infection"]),
    # members after a graded class and a colon take its grade (note 18)
    ("Haematological toxicity was the most common grade ≥3 adverse event: neutropenia in "
     "five patients and anaemia in one.",
     ["AE >=3", "AE >=3", "neutropenia >=3", "anemia >=3"]),
    # a grade before an off-list cytopenia applies to the events listed with it (guide)
    ("Grade 3–4 lymphopenia and neutropenia occurred in every patient.", ["neutropenia 3-4"]),
    ("Grade 4 leukopenia, lymphopenia and thrombocytopenia were seen in 3 patients.",
     ["thrombocytopenia 4"]),
    # per-grade shares of one event in its own clause give one mention per grade (note 29)
    ("ICANS was grade 1 in 20.5% and grade 2 in 4.1% of patients.", ["ICANS 1", "ICANS 2"]),
    # negative: one share of a grade is note 37's partial breakdown
    ("ICANS developed in 77% and was grade 3 or 4 in 46%.", ["ICANS"]),
    # negative: a vague share keeps the event ungraded (note 18)
    ("ICANS was grade 1 in most and grade 2 in 4.1%.", ["ICANS"]),
]


@pytest.mark.parametrize(("text", "expected"), ROUND29_FORMS)
def test_round29_forms(values, text, expected):
    assert values(text) == expected


def test_rows_under_a_caption_glued_to_a_heading(values):
    """A table title on the line after a section heading (read as one heading)
    still titles the adverse-event rows after it (note 21)."""
    text = ("2 结果\n表 2  治疗组（n=30）输注后不良事件\n项目\t例数\t%\n"
            "发热\t25\t83.3\n寒战\t8\t26.7\n感染（任意级别）\t6\t20.0\n")
    assert values(text) == ["fever", "chills", "infection"]


def test_rows_under_a_heading_without_a_table_title(values):
    """negative: a plain section heading makes no safety table."""
    text = "2 结果\n项目\t例数\t%\n发热\t25\t83.3\n"
    assert values(text) == []


# round 30 (sets 94-98, note 41): grades over lists with rates, across sentences and over
# coordinated laboratory terms; class words over the whole cohort; not events
ROUND30_FORMS = [
    # one numbered grade for a list whose items carry their own rates (the guide)
    ("3级及以上血小板减少（45.0%）、贫血（30.2%）和中性粒细胞减少（80.1%）较常见。",
     ["thrombocytopenia >=3", "anemia >=3", "neutropenia >=3"]),
    ("Grade 3-4 anemia (41%), neutropenia (77%) and thrombocytopenia (38%) were frequent.",
     ["anemia 3-4", "neutropenia 3-4", "thrombocytopenia 3-4"]),
    # negative: a severity word stays with its item
    ("两组出现重度血小板减少（22.0%）、贫血（18.0%）。", ["thrombocytopenia >=3", "anemia"]),
    # CTCAE laboratory terms coordinated under one `decreased` (note 38)
    ("Grade 3 or 4 laboratory abnormalities included decreased neutrophil, lymphocyte and "
     "platelet counts.", ["neutropenia 3-4", "thrombocytopenia 3-4"]),
    # negative: counts that recovered are no event
    ("Neutrophil and platelet counts recovered by day 21 in most patients.", []),
    # a class grade carried to the next sentence's commonest members (note 41)
    ("Grade 3 or higher adverse events were recorded in 87%. The most frequent were "
     "cytopenias (80%) and infections (21%).",
     ["AE >=3", "myelosuppression >=3", "infection >=3"]),
    ("≥3级不良事件发生率为62%。其中最常见的为贫血和感染。",
     ["AE >=3", "anemia >=3", "infection >=3"]),
    # negative: an ungraded class hands nothing on
    ("Adverse events were recorded in 30 patients. The most frequent were cytopenias (80%).",
     ["AE", "myelosuppression"]),
    # class words over the whole cohort
    ("Adverse events of any grade were reported in all 41 infused patients.", ["AE"]),
    ("Treatment-related adverse events (TRAEs) occurred in every participant.", ["AE", "AE"]),
    # the adjective `infectious` before a class word (note 41)
    ("Three grade 4 infectious adverse events were observed.", ["infection 4", "AE 4"]),
    # plain-language reports of the patients
    ("In this trial, severe infections happened in a few people.", ["infection >=3"]),
    # a graded symptom attributed to an event grades the event
    ("A grade 2 maculopapular rash attributed to GVHD developed on day 20.", ["GVHD 2"]),
    # the course of an event reported
    ("Severe neutropenia persisted beyond day 30 in one adult.", ["neutropenia >=3"]),
    # a bracket reporting earlier cases is asserted after a denial
    ("随访期间未报告新的感染病例（此前已报告感染3例）。", ["no infection", "infection"]),
    # the grade stays with the first item when the next has its own modifier
    ("She developed grade 1 cytokine release syndrome and prolonged neutropenia.",
     ["CRS 1", "neutropenia"]),
    # negative: an unmodified list shares the grade
    ("She developed grade 1 cytokine release syndrome and neutropenia.",
     ["CRS 1", "neutropenia 1"]),
    # `all but one` leaves the event ungraded unless the one is accounted for (note 37)
    ("ICANS occurred in 9 of 30 patients and was grade 1 in all but one.", ["ICANS"]),
    ("ICANS was grade 1 in all but one patient, who had grade 2 ICANS.", ["ICANS 1", "ICANS 2"]),
    ("ICANS was low grade (grade 1 or 2) in all but one patient, who had grade 3 ICANS.",
     ["ICANS 1-2", "ICANS 3"]),
    # `low grade` is no grade (note 41)
    ("ICANS developed in four patients, all low grade.", ["ICANS"]),
    # a 'most' distribution over a coordinated subject (note 18)
    ("Most fevers and chills were grade 1 and resolved within a day.", ["fever", "chills"]),
    # a graded event restated by the kind of its cases
    ("Ⅲ级感染3例，均为肺部感染，经治疗后好转。", ["infection 3"]),
    # negative: another patient's named infection is its own mention
    ("Ⅲ级感染3例，另有2例出现肺部感染。", ["infection 3", "infection"]),
    # parallel clauses of per-arm counts share the grade
    ("两组3级以上贫血分别为 6 例和 9 例，中性粒细胞减少分别为 12 例和 15 例。",
     ["anemia >=3", "neutropenia >=3"]),
    # negative: a clause without the parallel counts keeps its event ungraded
    ("两组3级以上贫血分别为 6 例和 9 例，另有 2 例出现中性粒细胞减少。",
     ["anemia >=3", "neutropenia"]),
    # the class of an infusion step listed by its members is an observed class
    ("输注相关不良反应主要为寒战和发热，均在 24 小时内缓解。", ["AE", "chills", "fever"]),
    # more cases of an event at an elliptic grade after `and N had` (decision 29)
    ("Nine patients had grade 1 ICANS and 2 had grade 2.", ["ICANS 1", "ICANS 2"]),
    # negative: the grade of another event named after it is that event's
    ("Nine patients had grade 1 ICANS and 2 had grade 2 CRS.", ["ICANS 1", "CRS 2"]),
    # a death cause within a time frame
    ("There were 6 non-relapse deaths within 2 years, 4 of them attributed to infection.",
     ["death", "infection"]),
]

ROUND30_NOT_EVENTS = [
    # septic shock is not infection (note 41)
    ("1例患者出现感染性休克，经治疗后好转。", []),
    # an event set apart from a class
    ("另有3例患者出现CRS以外的神经毒性。", ["neurotoxicity"]),
    # negative: `除 X 以外` still reports X
    ("除ICANS以外，2例患者出现感染。", ["ICANS", "infection"]),
    # management of an event named in methods or a heading
    ("本文重点讨论药物相互作用及ICANS处理。", []),
    # negative: managed and resolved
    ("患者出现1级ICANS，处理后好转。", ["ICANS 1"]),
    # a numbered subsection heading glued to its text
    ("3.2 血液学毒性 Ⅲ级贫血 4例，Ⅳ级1例。", ["anemia 3", "anemia 4"]),
    # boxed warnings and label warning blocks (note 18)
    ("The boxed warning covers CRS, HLH/MAS and prolonged cytopenia.", []),
    ("【警示语】\n· 可能发生感染。\n· 神经系统毒性，包括ICANS，可能在CRS消退后发生。\n"
     "【不良反应】\n· 3例患者出现感染。", ["infection"]),
    # a hypothetical in theory
    ("This construct could, in theory, cause severe ICANS in older patients.", []),
    # a symptom said to be the manifestation of a reported event
    ("He had grade 1 CRS; the fever was a manifestation of CRS.", ["CRS 1"]),
    # notification systems named after a class word
    ("应通过药品不良反应监测系统上报。", []),
    # a population bracket before a run-in colon
    ("Adverse events (safety set, N = 40): fever 60%; infections 20%.", ["fever", "infection"]),
]


@pytest.mark.parametrize(("text", "expected"), ROUND30_FORMS)
def test_round30_forms(values, text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(("text", "expected"), ROUND30_NOT_EVENTS)
def test_round30_not_events(values, text, expected):
    assert values(text) == expected


# round 31 (sets 99-103, note 42): per-patient grade columns, all-zero rows with a dash,
# graded brackets after a count, bridging events, same grades, courses, counted fatal
# outcomes, class grades after `these were mainly`; comparisons, risk factors, literature
# summaries, advice, susceptibility and care headings are no events
ROUND31_FORMS = [
    # `all grade` after a count of the cohort in brackets (note 18)
    ("ICANS was infrequent (2 of 18, all grade 1 per ASTCT).", ["ICANS 1"]),
    ("Neurotoxicity was rare (4 out of 30 (13%), all grade 1-2).", ["neurotoxicity 1-2"]),
    # an event during bridging before the infusion is an event of the bridging treatment
    ("Of the 40 patients bridged with radiotherapy, grade 3 infection before infusion "
     "developed in 5.", ["infection 3"]),
    ("接受桥接治疗的 30 例患者中，回输前 4 例出现 3 级感染。", ["infection 3"]),
    # a Roman grade makes a `是最常见的…毒性` sentence a finding
    ("Ⅲ～Ⅳ级中性粒细胞减少是本组最常见的血液学毒性。", ["neutropenia 3-4"]),
    # `of the same grades` takes the grade of the event before it
    ("Grade 3 or 4 anemia was reported in 22% and neutropenia of the same grades in 35%.",
     ["anemia 3-4", "neutropenia 3-4"]),
    ("3～4 级贫血 9 例，同级别中性粒细胞减少 14 例。", ["anemia 3-4", "neutropenia 3-4"]),
    # a course from day 0 is no zero count (note 42: recovery is no negation)
    ("She had grade 4 thrombocytopenia from day 0 to day 25 and recovered.",
     ["thrombocytopenia 4"]),
    # a case-series line opening with its case label reports the patient's course
    ("例3 男，6岁，B-ALL，回输后发热2天，CRS 1级。", ["fever", "CRS 1"]),
    # an HLH-like toxicity is HLH, not a class word besides
    ("Haemophagocytic lymphohistiocytosis-like toxicity occurred in one patient.", ["HLH"]),
    # negative: a caption counting the events' patients names them
    ("Table 4. Grade 3 or higher infections in 9 patients", ["infection >=3"]),
    # a counted outcome that was fatal
    ("Three of the secondary leukaemias were fatal.", ["death"]),
    # a class grade over `these were mainly …`, and an absolute `with X being common`
    ("Grade 3 or higher adverse events occurred in 90% of patients; in the cell therapy arm "
     "these were mainly cytopenias after lymphodepletion, including anemia.",
     ["AE >=3", "myelosuppression >=3", "anemia >=3"]),
    ("Grade 3 or higher adverse events occurred in 80%; these were mostly cytopenias from "
     "conditioning, with febrile neutropenia being frequent.",
     ["AE >=3", "myelosuppression >=3", "neutropenia >=3"]),
]

ROUND31_NOT_EVENTS = [
    # negative: an infection before infusion without bridging is before the treatment
    ("Grade 3 infection before infusion developed in 5 patients.", []),
    # negative: `the same grades` with no graded event before says no grade
    ("Anemia of the same grades was rare.", []),
    # negative: a count before `due to` is still a count of deaths
    ("Two deaths were due to CRS.", ["death", "CRS"]),
    ("Grade 3 CRS developed in 2 patients; 0 were due to ICANS.", ["CRS 3", "no ICANS"]),
    # negative: `例如` is no case label
    ("例如发热、寒战等症状。", []),
    # baseline diseases
    ("患者 3：女，34 岁，合并自身免疫性溶血性贫血。", []),
    ("患者 4：合并狼疮血小板减少，回输后出现 4 级血小板减少。", ["thrombocytopenia 4"]),
    # comparisons between groups
    ("Older adults had more CRS of any grade but no more severe ICANS.", ["CRS"]),
    ("Women had more CRS (OR 1.4) but no more severe ICANS.", ["CRS"]),
    ("Patients given product A develop substantially more ICANS than those given product B.",
     []),
    # negative: `no more` without a comparison is an absence
    ("No more infections were observed after month 3.", ["no infection"]),
    # lists of risk factors and tested associations (note 38)
    ("Known risk factors include bulky disease, grade 3 or higher CRS, ICANS and older age.",
     []),
    ("Older age, grade ≥3 CRS and early ICANS were associated with late cytopenia (P=0.02).",
     []),
    # negative: an event reported, then correlated, is observed
    ("Grade 2 ICANS occurred in 6 patients and was associated with high ferritin (P=0.03).",
     ["ICANS 2"]),
    # a hypothetical fatal outcome
    ("A grade 3 ICANS that is manageable in lymphoma could be fatal in a frail patient.", []),
    # negative: a fatal event that happened
    ("Grade 4 ICANS was fatal in one patient.", ["ICANS 4", "death"]),
    # a summary of the published data on a class (note 40)
    ("已有研究显示，实体瘤患者 CRS 多为 1~2 级，重度 CRS 少见。", []),
    # negative: a review's account of one study's figures is a result (note 2)
    ("既往研究显示，20 例患者中 6 例出现 CRS。", ["CRS"]),
    # consensus and nursing advice
    ("3 级 ICANS 可使用地塞米松；必要时转入 ICU。", []),
    ("出现≥3级CRS时推荐加用糖皮质激素。", []),
    ("建议建立 ICANS 早期预警评分并纳入护理记录。", []),
    # the phase of an event; negative: `期间` (during the event) still names it
    ("出院前所有患者均平稳度过ICANS期。", []),
    ("CRS期间 3 例出现低血压。", ["CRS"]),
    ("本组 12 例患者中性粒细胞减少期均出现发热。", ["neutropenia", "fever"]),
    # a condition for advice; negative: examples after 例如 are not conditions
    ("提示：如患儿出院后出现高热或抽搐，请立即返院。", []),
    # what an event can lead to; negative: an event it can lead to is still hedged
    ("重度ICANS可导致脑水肿，需密切监测。", []),
    ("清淋方案可诱发感染。", []),
    # a concern; negative: counted cases before the remark are observed
    ("长期低丙种球蛋白血症和反复感染值得关注。", []),
    ("随访期间 3 例出现迟发感染，值得重视。", ["infection"]),
    # a question-and-answer text's commonest events without a figure (note 26)
    ("答：最常见的是细胞因子释放综合征和发热。", []),
    ("A: The most common are fever and infections, usually in the first month.", []),
    # negative: the answer's own counted cases are observed
    ("答：最常见的是发热，本中心 30 例中 21 例出现。", ["fever"]),
    # a caption with the table's population in brackets names a topic
    ("Table 4. Grade 3 or higher infections after infusion (n = 31)", []),
    # a group's susceptibility
    ("老年患者对清淋相关毒性（感染、黏膜炎）更易感。", []),
    # a care heading glued to its text; negative: the counted cases in it are observed
    ("3.2 ICANS 的观察与护理 ICANS 多发生于回输后 4~10 d。", []),
    ("3.3 感染的护理 本组 3 例出现 2 级感染。", ["infection 2"]),
]


@pytest.mark.parametrize(("text", "expected"), ROUND31_FORMS)
def test_round31_forms(values, text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(("text", "expected"), ROUND31_NOT_EVENTS)
def test_round31_not_events(values, text, expected):
    assert values(text) == expected


ROUND31_TABLES = [
    # a per-patient table of grade columns: each non-zero grade cell, on the cell (note 42)
    ("Patient\tTarget\tResponse\tCRS grade\tICANS grade\n"
     "1\tCD19\tCR\t2\t0\n2\tCD19\tPR\t0\t—\n3\tCD19\tCR\t3\t1\n",
     [("CRS 2", "2"), ("CRS 3", "3"), ("ICANS 1", "1")]),
    ("病例\t靶点\t疗效\tCRS分级\tICANS分级\n"
     "1\tBCMA\tCR\t1\t0\n2\tBCMA\tPR\t2\t2\n",
     [("CRS 1", "1"), ("CRS 2", "2"), ("ICANS 2", "2")]),
    # negative: a table of groups with a count column keeps note 21's event columns
    ("剂量组\t例数\tCRS分级\tGVHD\n"
     "低剂量\t3\t1级×3\t无\n高剂量\t4\t1级×2，2级×2\t无\n",
     [("CRS", "CRS"), ("GVHD", "GVHD")]),
    # an all-zero row with a dash in its grade cell is an absence (note 27)
    ("表 2 不良事件\n不良事件\t分级\t例数（%）\n发热\t1级\t9（75.0）\n神经毒性\t—\t0\n",
     [("fever 1", "发热"), ("no neurotoxicity", "神经毒性")]),
]


@pytest.mark.parametrize(("text", "expected"), ROUND31_TABLES)
def test_round31_tables(run, text, expected):
    assert [(r.value, r.text) for r in run(text)] == expected


ROUND32_FORMS = [
    # one event's cases counted per grade after `occurred in all patients and was` (note 29)
    ("Neurotoxicity developed in all patients and was grade 1–2 in six and grade 3 in two.",
     ["neurotoxicity 1-2", "neurotoxicity 3"]),
    # severity words counted per grade (note 29); negative: one severe case is note 37's subset
    ("ICANS was observed in 9 patients and was mild in seven and moderate in two.",
     ["ICANS 1", "ICANS 2"]),
    ("ICANS was observed in 9 patients and was mild in eight and severe in one.",
     ["ICANS 1", "ICANS >=3"]),
    ("ICANS was observed in 9 patients and was severe in one.", ["ICANS"]),
    # a negated grade after the event's own per-grade counts refers back to it (note 37)
    ("ICANS developed in 15 patients (30%), grade 2 in four and no grade 3 or 4 events.",
     ["ICANS", "no ICANS 3-4"]),
    ("Fever occurred in 30 of the 40 patients and was grade 1 in 22 and grade 2 in 8; "
     "no grade 3 or higher events were recorded.",
     ["fever 1", "fever 2", "no fever >=3"]),
    # a relative clause grading every case; negative: a grade of some cases grades nothing
    ("Chills were frequent after infusion, which were mild (grade 1) in every case.", ["chills 1"]),
    ("Chills occurred in 12 patients, which were grade 2 in three.", ["chills"]),
    # a severity word graded over a coordinated list seen soon after infusion (note 43)
    ("本组轻度发热和寒战多见于回输后 12 h 内。", ["fever 1", "chills 1"]),
    ("Ⅱ度寒战多见于细胞输注后 2 小时内。", ["chills 2"]),
    # negative: a class statement of where an event is frequent stays background
    ("严重 ICANS 多见于含 CD28 共刺激域的产品。", []),
    # the study's graded events attributed to lymphodepletion; negative: a habitual association
    ("4 级中性粒细胞减少和血小板减少多与清淋化疗有关，均于 3 周内恢复。",
     ["neutropenia 4", "thrombocytopenia 4"]),
    ("迟发性感染多与长期使用糖皮质激素相关。", []),
    # how long an event lasted in the study (note 43) and what dominated the toxicity
    ("血小板减少中位持续时间为 19 天。", ["thrombocytopenia"]),
    ("Toxicity was dominated by neutropenia.", ["neutropenia"]),
    # negative: an organ toxicity is not the class word; its severity still reaches the list
    ("本组未观察到严重的肾毒性或神经毒性。", ["no neurotoxicity >=3"]),
    ("仅 1 例出现 3 级心脏毒性。", []),
    # the bracketed grade of a single case; negative: a bracket splitting many cases
    ("Cytokine release syndrome was seen in one adult recipient (grade III, on day 2).",
     ["CRS 3"]),
    ("Infection occurred in 11 patients (grade 3 in two).", ["infection"]),
]

ROUND32_NOT_EVENTS = [
    # care and nursing advice
    ("护士应掌握 ICANS 与 CRS 的识别要点。", []),
    ("护理人员需鉴别 CRS 相关发热与感染性发热。", []),
    ("出院时指导家属观察发热、寒战等症状并及时上报。", []),
    ("Caregivers were told to watch for fever, confusion or shortness of breath.", []),
    ("护理重点包括细胞因子释放综合征分级观察和导管维护。", []),
    ("本研究对患者实施感染的早期识别与分层处置。", []),
    ("2 级 ICANS 以密切观察和对症支持为主。", []),
    ("3 级及以上 CRS 常伴低氧血症，需加强氧疗。", []),
    # class statements, associations and summaries across studies
    ("与 CAR-T 不同，双抗一般不引起 ICANS。", []),
    ("EBV reactivation was linked to severe CRS and high-dose steroids.", []),
    ("HBV 再激活与 3 级及以上 CRS 及激素使用显著相关。", []),
    ("Across the reported series, severe ICANS has been uncommon and GVHD absent.", []),
    ("上述研究中 ICANS 多为 1~2 级。", []),
    ("长期血小板减少在多项研究中均有报道。", []),
    # negative: a review's account of one study's counted cases is kept (note 2)
    ("上述研究中 12 例患者有 3 例出现 CRS。", ["CRS"]),
    ("上述研究中，ICANS 多为 1 级，≥3 级 ICANS 的发生率低于 2%。", ["ICANS", "ICANS >=3"]),
    ("在上述研究中，CRS 以 1~2 级为主，且未发生 GVHD。", ["CRS", "no GVHD"]),
    # definitions, lessons, outcome lines and profiles
    ("IEC-HS 以高铁蛋白血症、血细胞减少及肝功能异常为特征。", []),
    ("This case illustrates that ICANS may follow CRS after a symptom-free interval.", []),
    ("Outcomes: length of stay, ICU transfers, CRS and ICANS by ASTCT grade.", []),
    ("Liso-cel has a milder CRS profile than CD28-based products in the pivotal trials.", []),
    # a Q&A answer about a therapy class without a figure (note 26)
    ("答：二者最常见的都是发热和细胞因子释放综合征，多数为轻度。", []),
    ("The most common is fever, which can be followed by low blood pressure.", []),
    ("答：CAR-T 可能引起神经毒性，也就是大家常说的\"脑病\"，少数患者会出现抽搐。", []),
    # a care topic title; negative: a case report's title names the patient's event (note 26)
    ("CD7 CAR-T 治疗后粒细胞缺乏期感染的护理", []),
    ("BCMA CAR-T 治疗后并发 ICANS 一例的护理", ["ICANS"]),
    # a grade's criterion (note 29), a usual course and what is to be assessed
    ("例如 2 级 CRS 伴有不需要升压药的低血压，3 级 CRS 伴有需要升压药的低血压。", []),
    ("这类患者往往已经经历了长期血小板减少。", []),
    ("回输前需充分评估感染灶。", []),
    # negative: a grade with its symptom in a study is observed
    ("4 例出现 2 级 CRS 伴低血压。", ["CRS 2"]),
]


@pytest.mark.parametrize(("text", "expected"), ROUND32_FORMS)
def test_round32_forms(values, text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(("text", "expected"), ROUND32_NOT_EVENTS)
def test_round32_not_events(values, text, expected):
    assert values(text) == expected


ROUND33_FORMS = [
    # `no further` ending in an occurrence verb is an explicit absence (guide: negation)
    ("After dose reduction, no further ICANS or CRS occurred during the next four cycles.",
     ["no ICANS", "no CRS"]),
    ("Steroids were stopped on day 9 and no further episodes of CRS were observed.", ["no CRS"]),
    # negative: `no further` before a step stays pseudo
    ("No further cycles were given after grade 3 CRS in the second patient.", ["CRS 3"]),
    # an infection named with its site (jieba may keep it as one word)
    ("两例患者分别发生 2 级尿路感染和 1 级肺部感染。", ["infection 2", "infection 1"]),
    ("随访期间 3 例出现呼吸道感染。", ["infection"]),
    # negative: septic shock is not infection (note 41)
    ("1 例出现尿路感染性休克。", []),
    # a symptom classed as another event, and its later restatement (note 39)
    ("On day 3 he had a fever of 38.9 C without hypoxia, classed as grade 1 CRS.", ["CRS 1"]),
    ("A patient had fever to 39.1 C, graded as grade 1 CRS; paracetamol was given and the "
     "fever settled by day 4.", ["CRS 1"]),
    # time to onset in the study's patients (note 43), in English too
    ("Median time to ICANS onset was 6 days (range 4-9).", ["ICANS"]),
    # an arm's events that predominated; a past-tense frequency after a step
    ("对照组以贫血和血小板减少为主。", ["anemia", "thrombocytopenia"]),
    ("Infections were most frequent during the first month after infusion.", ["infection"]),
    # reports of a safety database naming events
    ("Sepsis appeared in 212 reports and neutropenia in 640.", ["neutropenia"]),
    ("Fever was coded in 1,204 reports, mostly for the lymphoma products.", ["fever"]),
    # an explanation offered for an observed absence keeps the absence
    ("鞘内给药的局部扩增可能是本组均未出现 ICANS 的原因。", ["no ICANS"]),
    ("The low tumour burden may explain why no grade 3 or higher CRS occurred.", ["no CRS >=3"]),
]

ROUND33_NOT_EVENTS = [
    # a tested association with its statistics first, or in a regression analysis (note 38)
    ("In the multivariate model, grade 3 or higher ICANS (HR 2.1, 95% CI 1.2-3.8) was "
     "associated with shorter survival.", []),
    ("In univariable analysis, absence of grade 2 or higher CRS was associated with early "
     "discharge.", []),
    # an event naming a group whose rate of something else is compared (note 38)
    ("2 级及以上 ICANS 患者的住院时间延长比例显著高于 0～1 级 ICANS 患者（70% 比 20%）。", []),
    # an interview answer naming usual events or what they can do (note 46)
    ("答：治疗后第一天的发热和乏力最常见。", []),
    ("答：严重的神经毒性可能导致意识模糊，因此需要住院观察。", []),
    ("A: Infusion reactions can cause chills and fever on the first day.", []),
    # a class claim with its reason; what still needs attention; a differential diagnosis
    ("After second infusions, CRS is more common because the cells expand faster.", []),
    ("二次输注后 CRS 更为常见，这是因为细胞扩增更快。", []),
    ("专家认为，供者来源细胞疗法的感染和 GVHD 仍需关注。", []),
    ("ICANS 与中枢神经系统感染均可表现为意识障碍，需结合脑脊液检查鉴别。", []),
    # recommendations by experts; a lesson for nurses; a check whether a sign is an event
    ("会议专家建议各中心统一记录 ICANS 和 CRS 的分级。", []),
    ("本组 2 例出现 ICANS，提示护士在输注后 2 周内仍需观察 CRS 相关症状。", ["ICANS"]),
    ("输注后每 4 小时测量血氧，以判断是否与 CRS 相关。", []),
    # an event's occurrence tied to a factor
    ("讲者指出，ICANS的发生与峰值扩增水平密切相关。", []),
    # animals, where the human cue is a negated `in humans`
    ("In humanised mice, the armoured cells caused no GVHD, which has not yet been tested in "
     "humans.", []),
    # events named as a therapy's usual events or as a main cause (background)
    ("感染和血细胞减少是 CAR-T 治疗后的常见并发症，而 CD22 阴性复发限制了疗效。", []),
    ("然而感染和出血等并发症仍是非复发死亡的主要原因。", []),
    ("Infection remains the leading cause of non-relapse death after CAR T-cell therapy.", []),
    ("Neutropenia and infection are the most common complications of CAR-T therapy in adults.",
     []),
    # the commonest event of a whole class of products (note 26)
    ("各类双抗最常见的不良反应是细胞因子释放综合征，多见于首次给药后。", []),
]


@pytest.mark.parametrize(("text", "expected"), ROUND33_FORMS)
def test_round33_forms(values, text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(("text", "expected"), ROUND33_NOT_EVENTS)
def test_round33_not_events(values, text, expected):
    assert values(text) == expected
