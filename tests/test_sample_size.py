"""sample_size: every form and exclusion of the guide, in both languages,
through the real normaliser, segmenter and pipeline."""

import pytest

from extract.messages import RuleError
from extract.models import Document
from extract.pipeline import Pipeline, Settings


@pytest.fixture(scope="module")
def pipe():
    return Pipeline(Settings(fields=("sample_size",)))


def run(pipe, text):
    return [r for r in pipe.process(Document("t.txt", text, "txt")) if r.field == "sample_size"]


FORMS = [
    # Chinese
    ("研究共纳入 44 例患者。", ["44"]),
    ("研究共纳入44例患者。", ["44"]),
    ("针对EGFR突变人群开展的Ⅰ期研究(n = 19)提示有效。", ["19"]),
    ("在 HER2 阳性患者中进行的 I 期试验（$n = 23$）显示疗效。", ["23"]),
    ("胃癌亚组（ｎ＝２８）的 ORR 为 57.1%。", ["28"]),
    ("共有 44 名患者接受了治疗。", ["44"]),
    ("该研究纳入 20 例活动性 SLE 患者。", ["20"]),
    ("在 7 例随访期逾 9 个月的受试者中，疾病未进展。", ["7"]),
    ("数据表明，15 例受试者中有 9 例达到完全缓解。", ["15"]),
    ("5 例 ALL 受试者中有 4 例获得 MRD 阴性 CR。", ["5"]),
    ("研究共纳入十例患者。", ["10"]),
    ("共入组两例患者。", ["2"]),
    ("研究共收治二十七名病童。", ["27"]),
    ("一项研究纳入52例既往中位5线治疗的CD19阳性白血病患者(含31例急性淋巴细胞白血病)。", ["52", "31"]),
    ("共纳入 44 例，其中 A 组 20 例、B 组 24 例。", ["44", "20", "24"]),
    ("研究共入组 92 例，其中 75 例接受了输注。", ["92", "75"]),
    ("在最高剂量队列的8名受试者中，有4名受试者达到CR。", ["8"]),
    ("101 例接受输注的患者客观缓解率为 82%。", ["101"]),
    ("57例患者的细胞因子释放综合征发生率为 90%。", ["57"]),
    ("16例晚期胆管癌患者中位随访期为22.4个月。", ["16"]),
    # English
    ("A total of 44 participants were enrolled.", ["44"]),
    ("A total of 92 patients were enrolled, of whom 75 patients received an infusion.",
     ["92", "75"]),
    ("Forty-four patients received the infusion.", ["44"]),
    ("Twelve patients were enrolled.", ["12"]),
    ("One hundred sixty-five patients received teclistamab.", ["165"]),
    ("Cohort 1 included 52 patients: forty-four patients with SS and eight patients with MRCLS.",
     ["52", "44", "8"]),
    ("The cells were given to 11 patients with relapsed lymphoma.", ["11"]),
    ("Of the 27 patients, 17 (63%) had a response.", ["27"]),
    ("Responses were seen in 8 of 11 patients.", ["11"]),
    ("Among 73 participants, the complete response rate was 67.1%.", ["73"]),
    ("In the trial (n = 52), the ORR was 37%.", ["52"]),
    # case reports give 1
    ("We describe a 52-year-old man with refractory lymphoma.", ["1"]),
    ("一篇个案报道描述，1 例 58 岁男性胃癌患者发生 CRS。", ["1"]),
    ("Mougiakakos 等报道一名 20 岁女性患者接受 CD19 CAR-T 治疗。", ["1"]),
    ("在另一篇病例报道里，1 例肝癌患者经切除术后接受 CAR-T 细胞输注。", ["1"]),
]

EXCLUSIONS = [
    ("胰腺癌研究中位总生存期为31个月，其中6例达到CR。", []),
    ("在治疗过程中，仅 1 例患者出现 2 级 CRS。", []),
    ("3 例患者达到完全缓解，且未发现 MRD。", []),
    ("9例受试者获得12~36个月的持续缓解。", []),
    ("8 of 11 responded.", []),
    ("Three patients died during treatment.", []),
    ("Cytokine release syndrome occurred in 119 patients (72.1%).", []),
    ("Neurotoxicity occurred in 20 patients (21%).", []),
    ("The overall rate of MRD negativity was 26.7% (44 patients).", []),
    ("Events were grade 1 or 2 in all but one patient.", []),
    ("Mild CRS occurred in 19 of those 20 patients (95%).", []),
    ("患者 69 岁，女性。", []),
    ("输注剂量为 1×10^6 cells/kg。", []),
    ("最高剂量 8 × 10^{10} 个细胞/次。", []),
    ("在荷瘤小鼠模型中（n = 5），20 只小鼠均有效。", []),
    ("In xenograft mice (n = 8), tumours regressed in 6 of 8 animals.", []),
    ("全球共开展 12 项临床试验。", []),
    ("患者中位 7 线治疗。", []),
    ("2019 年 5 月开展招募。", []),
    ("现有研究大多样本量偏小（n = 5~28）。", []),
    ("现有研究大多样本量偏小（$n = 5-28$）。", []),
    ("The studies treated between 3 and 52 patients each (n = 3–52).", []),
    ("I 度 CRS 27 例、II 度 CRS 20 例、III 度 CRS 4 例。", []),
    ("1 级 CRS 10 例，1 级 ICANS 1 例。", []),
    ("An earlier report in 2022 described several patients.", []),
    ("第 3 次输注后出现 CRS。", []),
    ("NCT03874897 研究的 2 期部分。", []),
]


# Held-out forms, each with new examples: disease descriptors holding an
# outcome word (复发/难治性, 进展期, relapsed/refractory, R/R), case-report
# titles, counts of patients with a graded event (numerators).
HELDOUT_FORMS = [
    ("共纳入 30 例复发难治性多发性骨髓瘤患者。", ["30"]),
    ("18 例复发性胶质母细胞瘤患者接受了局部输注。", ["18"]),
    ("12 例复发/难治性急性淋巴细胞白血病患者在预处理后，接受了 CAR-T 输注。", ["12"]),
    ("25 例进展期胃癌患者入组。", ["25"]),
    ("9 例难治复发型淋巴瘤患者。", ["9"]),
    ("Fifteen patients with relapsed/refractory myeloma received the infusion.", ["15"]),
    ("Nine patients with R/R B-ALL were treated.", ["9"]),
    ("Twelve patients with relapsed AML were infused.", ["12"]),
    ("Three patients relapsed after 6 months.", []),
    ("随访期间 4 例复发。", []),
    # case-report titles give 1
    ("CD19 CAR-T 治疗后迟发性神经毒性一例", ["1"]),
    ("CAR-T 细胞治疗后出现 HLH 1 例报告", ["1"]),
    ("BCMA CAR-T 治疗多发性骨髓瘤 1 例报道并文献复习", ["1"]),
    ("CAR-NK 细胞治疗后迟发性 ICANS 个案报道", ["1"]),
    ("Delayed neurotoxicity after BCMA CAR T-cell therapy: a case report", ["1"]),
    ("Parkinsonism after ciltacabtagene autoleucel: a case report and review of the literature",
     ["1"]),
    ("出现 3 级 CRS 一例。", []),
    ("We present a case report.", []),
    # a grade before the count in the same clause: a numerator
    ("2 级肝功能异常 3 例，均经保肝治疗后恢复。", []),
    ("1~2 级皮疹 5 例。", []),
    ("III 度骨髓抑制 2 例。", []),
    ("3 级及以上低钾血症 4 例。", []),
    # ...but the whole group named with 全部 stays the group (notes 20, 37; mb_03)
    ("3/4 级淋巴细胞减少见于全部 16 例患者。", ["16"]),
    ("Grade 3 hepatotoxicity occurred in 2 patients.", []),
    ("Grade 2 rash was noted in 4 patients.", []),
    ("Grade 3 or higher hypotension developed in 3 patients.", []),
    ("Grade 3 CRS occurred in 5 of the 20 treated patients.", ["20"]),
    ("共纳入 40 例患者，3 级 CRS 2 例。", ["40"]),
]


@pytest.mark.parametrize(("text", "expected"), FORMS + EXCLUSIONS + HELDOUT_FORMS)
def test_sample_size_values(pipe, text, expected):
    assert [r.value for r in run(pipe, text)] == expected


@pytest.mark.parametrize(("text", "span"), [
    ("研究共纳入 44 例患者。", "44 例患者"),
    ("Ⅰ期试验（n = 23）显示", "n = 23"),
    ("Forty-four patients received the infusion.", "Forty-four patients"),
    ("We describe a 52-year-old man with lymphoma.", "a 52-year-old man"),
])
def test_span_is_number_with_noun(pipe, text, span):
    records = run(pipe, text)
    assert [r.text for r in records] == [span]
    assert text[records[0].start:records[0].end] == span


@pytest.mark.parametrize(("text", "scope"), [
    ("一项研究纳入52例白血病患者(含31例急性淋巴细胞白血病)。", ["total", "subgroup"]),
    ("Ninety-seven patients received cilta-cel: 29 patients in phase 1b.", ["total", "subgroup"]),
    ("共纳入 30 例可评估患者。", ["evaluable"]),
    # 入组 (enrolled) and 本组 (this series) name the whole study, not a group
    ("入组 24 例，其中 A 组 14 例、B 组 10 例。", ["total", "subgroup", "subgroup"]),
    ("本组 9 例患者均为复发难治性 B-ALL。", ["total"]),
    ("The study enrolled 54 patients: 33 in cohort A and 21 in cohort B.",
     ["total", "subgroup", "subgroup"]),
])
def test_scope_attribute(pipe, text, scope):
    assert [r.scope for r in run(pipe, text)] == scope


def test_reference_list_yields_nothing(pipe):
    text = "结果\n研究共纳入 44 例患者。\n\n参考文献\n[1] 张三. 纳入 52 例患者的研究[J]. 中华医学杂志, 2020, 1: 1-5.\n"
    assert [r.value for r in run(pipe, text)] == ["44"]


def test_table_id_column_is_not_a_sample_size(pipe):
    text = "编号\t靶点\t例数\n1\tCD19\t20\n2\tBCMA\t35\n"
    assert [r.value for r in run(pipe, text)] == ["20", "35"]


def test_table_english_header(pipe):
    text = "ID\tTarget\tNo. of patients\n7\tCD19\t12\n"
    assert [r.value for r in run(pipe, text)] == ["12"]


@pytest.mark.parametrize(("header", "expected"), [
    ("Treated patients (n)", ["97"]),
    ("Efficacy-evaluable (n)", ["97"]),
    ("No. of pts", ["97"]),
    ("Patients, n", ["97"]),
    ("Evaluable patients", ["97"]),
    ("可评估例数", ["97"]),
    ("入组（例）", ["97"]),
    ("治疗人数", ["97"]),
    # a count column of patients with an outcome or event: numerators
    ("CR (n)", []),
    ("Responders (n)", []),
    ("CRS 例数", []),
    ("缓解（例）", []),
    ("Target", []),
])
def test_table_count_column_header(pipe, header, expected):
    text = f"Trial\t{header}\tORR\nCARTITUDE-1\t97\t97%\n"
    assert [r.value for r in run(pipe, text)] == expected


def test_case_title_not_in_table_cells(pipe):
    text = "病例\t事件\n患者 A\t3 级 CRS 一例\n"
    assert [r.value for r in run(pipe, text)] == []


def test_bad_rule_reports_file_and_line(tmp_path):
    from extract.fields.sample_size import load_rules
    (tmp_path / "sample_size.yaml").write_text(
        "- id: ok\n  kind: count\n  pattern: '(?P<num>\\d+) 例'\n"
        "- id: broken\n  kind: count\n  pattern: '(\\d+'\n", encoding="utf-8")
    with pytest.raises(RuleError, match=r"sample_size.yaml:4: rule 'broken'"):
        load_rules(tmp_path)


def test_bad_kind_reports_allowed_values(tmp_path):
    from extract.fields.sample_size import load_rules
    (tmp_path / "sample_size.yaml").write_text(
        "- id: x\n  kind: nonsense\n  pattern: 'a'\n", encoding="utf-8")
    with pytest.raises(RuleError, match=r"sample_size.yaml:1: rule 'x': kind"):
        load_rules(tmp_path)


# Round-2 forms (new examples): per-group counts listed after a colon or in a
# bracket (`N1 with X, N2 with Y and N3 with Z`); a tumour grade before a
# count is no adverse event (only a grade with an event word makes a
# numerator); a whole group (`全部 12 例患者均…`, `8 例患者均…`).
ROUND2_FORMS = [
    ("Fifteen patients were treated: ten with lymphoma and five with myeloma.",
     ["15", "10", "5"]),
    ("Twenty patients were enrolled (12 with lymphoma and 8 with leukaemia).",
     ["20", "12", "8"]),
    ("Nine participants were included: two with SLE, three with systemic sclerosis, and four "
     "with myositis.", ["9", "2", "3", "4"]),
    ("Twelve patients were evaluable: eight with CR and four with PR.", ["12"]),
    ("WHO 4 级胶质瘤 12 例。", ["12"]),
    ("共纳入 III 级星形细胞瘤 8 例。", ["8"]),
    ("Histology was WHO grade 4 glioma in 12 patients and grade 3 glioma in 5 patients.",
     ["12", "5"]),
    ("grade 3 astrocytoma in 7 patients.", ["7"]),
    ("3 级肝功能异常 2 例。", []),
    ("CRS 发生率 30%，其中 3 级 2 例。", []),
    ("Grade 3 neutropenia was observed in 6 patients.", []),
    ("全部 12 例患者均出现发热。", ["12"]),
    ("8 例患者均达到完全缓解。", ["8"]),
    ("纳入 20 例患者，其中 8 例患者均达到完全缓解。", ["20"]),
    ("在 20 例可评估患者中，PR 及以上 16 例。", ["20"]),
]


@pytest.mark.parametrize(("text", "expected"), ROUND2_FORMS)
def test_round2_forms(pipe, text, expected):
    assert [r.value for r in run(pipe, text)] == expected


def test_list_item_span_is_count_and_group(pipe):
    text = "Fifteen patients were treated: ten with lymphoma and five with myeloma."
    assert [r.text for r in run(pipe, text)] == ["Fifteen patients", "ten with lymphoma",
                                                "five with myeloma"]


# Round-3 forms (new examples of each form, both languages): per-arm and
# per-dose-level allocation lists after a participant count; subgroup items
# in a bracket; a bare count with a verb of treatment; the make-up of a group
# after 其中/另有/of whom (participants unless an outcome follows); `all N
# patients` and `N of M patients` (M is the group); the group in which an
# event was absent; count cells with a note and case-report cells.
ROUND3_FORMS = [
    ("Sixty patients were randomly assigned, 40 to CAR-T and 20 to standard care.",
     ["60", "40", "20"]),
    ("A total of 120 participants were randomized (80 to the cilta-cel arm and 40 to the "
     "standard-therapy arm).", ["120", "80", "40"]),
    ("共 238 例患者随机分配至 A 组 120 例、B 组 118 例。", ["238", "120", "118"]),
    ("共入组 60 例，随机分入试验组 30 例和对照组 28 例。", ["60", "30", "28"]),
    ("Ten patients were treated, four at dose level 1 and six at dose level 2.",
     ["10", "4", "6"]),
    ("Twelve patients were enrolled: 7 in cohort A and 5 in cohort B.", ["12", "7", "5"]),
    ("Of 18 patients enrolled, 15 received the CAR T cells, 6 at DL1 and 9 at DL2 "
     "(five DLBCL, four FL).", ["18", "15", "6", "9", "5", "4"]),
    ("Twenty patients were infused (12 B-ALL and 8 NHL).", ["20", "12", "8"]),
    ("Of 20 enrolled patients, 16 received the infusion.", ["20", "16"]),
    ("共纳入 40 例患者，其中初治 22 例、复发 18 例。", ["40", "22", "18"]),
    ("研究共入组 50 例，其中男性 28 例，女性 22 例。", ["50"]),  # notes 34
    ("共入组 30 例，另有 6 例接受同情用药治疗。", ["30", "6"]),
    ("20 patients were enrolled, of whom 12 patients had lymphoma.", ["20", "12"]),
    ("Twenty patients were treated, among them 8 patients with myeloma.", ["20", "8"]),
    ("共纳入 30 例患者，其中 6 例达到完全缓解。", ["30"]),
    ("共纳入 30 例患者，另有 2 例出现 3 级 CRS。", ["30"]),
    ("18 例发生 CRS，其中 3 例需要托珠单抗。", []),
    ("20 patients were enrolled, of whom 12 achieved a response.", ["20"]),
    ("All 12 patients experienced CRS.", ["12"]),
    ("In all of the 9 patients, the infusion was well tolerated.", ["9"]),
    ("Responses were seen in three of eight patients.", ["8"]),
    ("No grade 3 or higher CRS was observed in the 24 patients.", ["24"]),
    ("None of the 16 patients developed ICANS.", ["16"]),
]

# Round-3 exclusions: patients with an outcome (tumour reductions, shrinkage),
# a proportion of a population (`one in N`, `每 N 例中`), a grade distribution
# of an event, a patient with an event or intervention (因…, due to …).
ROUND3_EXCLUSIONS = [
    ("Three patients had marked tumour shrinkage.", []),
    ("Two patients had substantial reductions in tumour volume.", []),
    ("5 例患者肿瘤明显缩小。", []),
    ("One in three patients relapses within a year.", []),
    ("About 1 in 10 cases of lymphoma are T-cell lymphomas.", []),
    ("每 5 例患者中就有 1 例复发。", []),
    ("CRS 共 15 例，其中 12 例为 1~2 级，3 例为 3 级。", []),
    ("Grade 3 CRS occurred in 4 patients; 2 were grade 4.", []),
    ("2 例患者因 CRS 转入 ICU。", []),
    ("1 例患者因疾病进展退出研究。", []),
    ("Two patients discontinued treatment due to neurotoxicity.", []),
    ("12 例 EGFR 基因突变患者入组。", ["12"]),
    ("Twelve patients were evaluable: eight with CR (three DLBCL) and four with PR.", ["12"]),
]


@pytest.mark.parametrize(("text", "expected"), ROUND3_FORMS + ROUND3_EXCLUSIONS)
def test_round3_forms(pipe, text, expected):
    assert [r.value for r in run(pipe, text)] == expected


@pytest.mark.parametrize(("header", "cell", "expected"), [
    ("例数", "12（儿童）", ["12"]),
    ("例数", "个案", ["1"]),
    ("例数", "1（个案）", ["1"]),
    ("例数", "n=7", ["7"]),
    ("Patients (n)", "15 (ped)", ["15"]),
    ("Patients (n)", "Case report", ["1"]),
    ("CR (n)", "3 (15%)", []),
    ("Target", "Case report", []),
])
def test_round3_count_cells(pipe, header, cell, expected):
    text = f"Trial\t{header}\tResult\nNCT01234567\t{cell}\tPR\n"
    assert [r.value for r in run(pipe, text)] == expected


# Round-4 forms (new examples, both languages): a bare count as the subject
# of `received` + a product name (a code with a digit or an INN ending
# -cel/-cabtagene/-mab); a count sizing a trial/study/cohort/series (`a
# trial of N patients`, `a N-patient study`, `N 例患者的研究`); a whole group
# with an adverb or time phrase before 均/全部 (`N 例患者亦全部缓解`); ranges
# of enrolment across studies with a unit on both ends are no sample size.
ROUND4_FORMS = [
    ("Twenty patients underwent leukapheresis and 18 received CT053.", ["20", "18"]),
    ("Of 30 enrolled patients, 27 received axi-cel.", ["30", "27"]),
    ("Thirty patients were enrolled; 28 received tisagenlecleucel and 2 died before infusion.",
     ["30", "28"]),
    ("A total of 40 patients were enrolled, and 36 went on to receive JNJ-4528.", ["40", "36"]),
    ("Of 80 patients enrolled, 72 received ide-cel and 8 withdrew.", ["80", "72"]),
    # screened patients are not the study's (round 17, gold of set 25)
    ("Fifty patients were screened and 41 received a single infusion of bb2121.", ["41"]),
    ("Twelve were randomised and 10 received teclistamab.", ["12", "10"]),
    # a count sizing a study: later response words do not make it a numerator
    ("A phase 3 trial of 250 patients with melanoma showed objective responses in 20%.",
     ["250"]),
    ("In a retrospective series of 31 patients, responses were seen in most.", ["31"]),
    ("A cohort of 45 patients with myeloma was followed and most responses were durable.",
     ["45"]),
    ("A 24-patient phase 1 study showed an objective response rate of 50%.", ["24"]),
    ("The 120-participant randomised trial reported complete responses in 30%.", ["120"]),
    ("一项 60 例患者的研究中，30 例获得缓解。", ["60"]),
    ("一项纳入 378 例患者的随机试验显示缓解率较低。", ["378"]),
    ("一项 45 例患者的多中心队列研究显示缓解持久。", ["45"]),
    # a whole group with 亦/也/同样/最终 or a time phrase before 均/全部
    ("北美研究早期 9 例患者亦全部缓解。", ["9"]),
    ("扩展队列 15 例患者同样均有效。", ["15"]),
    ("10 例患儿在输注后 4 周内全部获得缓解。", ["10"]),
    ("6 例患者经 CAR-T 治疗后均达到完全缓解。", ["6"]),
    ("5 例滑膜肉瘤患者均获得部分缓解。", ["5"]),
    # still numerators
    ("其中 3 例患者亦出现 CRS。", []),
    ("20 例患者入组，其中 6 例在治疗后获得缓解。", ["20"]),
    # a drug managing toxicity is an outcome, not the study treatment
    ("Of the 20 patients, 5 received tocilizumab and 2 received corticosteroids.", ["20"]),
    ("Five patients received tocilizumab for CRS.", []),
    ("3 例患者接受托珠单抗治疗。", []),
    ("2 例患者接受激素治疗后好转。", []),
    ("12 例激素依赖型患者接受 CAR-T 治疗。", ["12"]),
    # a range of enrolment across studies
    ("多款产品入组例数从 14 例到 97 例不等。", []),
    ("Trials enrolled from 12 patients to 97 patients.", []),
]


@pytest.mark.parametrize(("text", "expected"), ROUND4_FORMS)
def test_round4_forms(pipe, text, expected):
    assert [r.value for r in run(pipe, text)] == expected


# Round-5 forms, each with new examples: allocation ratios (no count), arm
# counts after a randomisation noun, a bare response abbreviation after a
# Chinese count (a numerator), a median/mean of the group (participants).
ROUND5_FORMS = [
    ("Patients were randomly assigned in a 3:1 ratio to CAR T cells or placebo.", []),
    ("Adults with myeloma were randomized 1:1:1 to arm A, arm B or arm C.", []),
    ("In the phase 3 trial, 300 adults were randomised 2:1 to cilta-cel (n = 200) or "
     "standard care (n = 100).", ["300", "200", "100"]),
    ("患者按 2:1 比例随机分配至 CAR-T 组或标准治疗组。", []),
    ("240 例患者按 1∶1 随机分组。", ["240"]),
    ("In total, 420 patients underwent randomization: 212 to tisa-cel and 208 to "
     "standard care.", ["420", "212", "208"]),
    ("After randomisation, 120 to the CAR-T arm and 60 to the control arm started treatment.",
     ["120", "60"]),
    ("共 300 例患者接受随机分组：200 例进入 CAR-T 组，100 例进入标准治疗组。",
     ["300", "200", "100"]),
    ("Of these, 150 were assigned to cilta-cel and 75 to standard care.", ["150", "75"]),
    ("Forty were randomly assigned to the CAR-T arm.", ["40"]),
    ("共 240 例患者随机分组，其中 160 例分入试验组，80 例分入对照组。", ["240", "160", "80"]),
    ("随机分组后，CAR-T 组 120 例，标准治疗组 60 例。", ["120", "60"]),
    ("20例复发/难治性淋巴瘤患者中8例达到PR、5例SD。", ["20"]),
    ("14例患者中2例获得完全缓解（CR），6例SD，4例PD。", ["14"]),
    ("共纳入 16 例 MM 患者，其中 3 例 VGPR，2 例 sCR。", ["16"]),
    ("共纳入 30 例 PD-1 抑制剂耐药患者。", ["30"]),
    ("15例患者的中位无进展生存期为5.2个月。", ["15"]),
    ("20 例患者的中位年龄为 56 岁。", ["20"]),
    ("9例患者的平均随访时间为 14 个月。", ["9"]),
    # round 10: freedom from progression at follow-up is an outcome (brief: `N 例无复发/无进展/存活`)
    ("随访期间 6 例患者无进展生存超过 1 年。", []),
    ("Twelve patients had a median progression-free survival of 7.7 weeks.", ["12"]),
    ("Twenty participants had a mean age of 54 years.", ["20"]),
    ("Three patients had disease progression.", []),
]


@pytest.mark.parametrize(("text", "expected"), ROUND5_FORMS)
def test_round5_forms(pipe, text, expected):
    assert [r.value for r in run(pipe, text)] == expected


# Round-8 forms (blind set 8), each with new examples and near misses:
# an event named before a count (a numerator) vs a disease (a subgroup);
# patients with an outcome after a reporting verb; bounds and ranges across
# studies vs a bound of one study; `N 例中` with the unit already taken; a
# single-patient report in a review; elliptical `M with Y` list items; case
# openers without a comma; the group of an incidence.
ROUND8_FORMS = [
    # 1. event + count: numerator; disease + count: subgroup
    ("治疗相关不良反应中，皮疹3例、腹泻2例、乏力5例。", []),
    ("免疫相关不良事件包括结肠炎2例，肝炎1例，甲状腺功能亢进3例。", []),
    ("共纳入 30 例患者；心肌炎 1 例，血小板减少 4 例。", ["30"]),
    ("Immune-related adverse events included pneumonitis (n = 4), colitis (n = 3) and "
     "hypothyroidism (n = 12).", []),
    ("Of the 40 treated patients, rash in 6 patients resolved without treatment.", ["40"]),
    ("其中霍奇金淋巴瘤37例，非霍奇金淋巴瘤12例。", ["37", "12"]),
    ("入组患者中系统性红斑狼疮10例，狼疮肾炎6例，类风湿关节炎2例。", ["10", "6", "2"]),
    ("共纳入 40 例，骨髓增生异常综合征 4 例，急性髓系白血病 36 例。", ["40", "4", "36"]),
    ("The cohort included systemic sclerosis (n = 4) and myositis (n = 3).", ["4", "3"]),
    # 2. patients with an outcome after a reporting verb
    ("文献报道 3 例患者出现致死性心肌炎。", []),
    ("既往研究报告了 2 例患者因神经毒性死亡。", []),
    ("该中心报道了 25 例患者，其中 18 例获得缓解。", ["25"]),
    ("Two patients died of cardiac toxicity and three discontinued because of pneumonitis.", []),
    ("One study reported two patients who were hospitalized for colitis.", []),
    # 3. bounds and ranges across studies vs one study's bound
    ("Previous trials enrolled fewer than 20 patients each.", []),
    ("既往研究样本量较小，均不超过 30 例。", []),
    ("各研究入组例数从 4 例到 27 例不等。", []),
    ("Sample sizes ranged from 8 to 45 patients across studies.", []),
    ("Published series range from n = 6 to n = 41.", []),
    ("More than 100 patients were enrolled in this phase 2 trial.", ["100"]),
    ("本研究共纳入超过 200 例患者。", ["200"]),
    ("In this case series of more than 20 patients, responses were durable.", ["20"]),
    # 4. N 例中 with the unit already taken by the count
    ("总体 ORR 为 50%（30/60）；60例中完全缓解9例（15%）。", ["60"]),
    ("30例中有12例获得CR。", ["30"]),
    ("56例中位随访时间为12个月。", ["56"]),
    # 5. a single patient reported in a review
    ("王等对1例复发难治淋巴瘤患者进行了CAR-T治疗。", ["1"]),
    ("李等对1例复发多发性骨髓瘤患者输注BCMA CAR-T，患者获得sCR。", ["1"]),
    ("Brown et al. treated a single patient with recurrent glioblastoma.", ["1"]),
    ("In one patient with refractory glioblastoma, intraventricular CAR-T cells induced "
     "regression.", ["1"]),
    ("Only a single patient developed grade 3 CRS.", []),
    # 6. elliptical list items take the first item's noun
    ("The study enrolled 40 patients with lymphoma, 12 with leukaemia and 8 with myeloma.",
     ["40", "12", "8"]),
    ("We treated 18 patients with ovarian cancer (OC), 6 with mesothelioma and 3 with "
     "pancreatic cancer.", ["18", "6", "3"]),
    ("Of 50 patients with lymphoma, 30 with DLBCL achieved a response.", ["50"]),
    ("We enrolled 20 patients with SLE, 10 (50%) with nephritis.", ["20"]),
    ("In total, 30 patients with CR, 10 with PR were observed.", []),
    # 7. case openers without a comma
    ("患者女，45 岁，确诊弥漫大B细胞淋巴瘤3年。", ["1"]),
    ("男性患者，67岁，因咳嗽入院。", ["1"]),
    ("患儿女，5岁，因发热就诊。", ["1"]),
    ("患者，58岁，男性，因腹胀入院。", ["1"]),
    ("A 5-year-old girl presented with fever.", ["1"]),
    ("患者年龄 18～70 岁，男女不限。", []),
    # 8. the group of an incidence
    ("对照组 150 例患者 3 级以上不良事件发生率为 45%。", ["150"]),
    ("联合治疗组312例患者任意级别皮疹的发生率为20%。", ["312"]),
    ("其中 3 例出现 CRS（发生率 10%）。", []),
    # a case-report title with a subtitle after a dash
    ("CAR-T细胞治疗后并发噬血细胞综合征1例——病例报告并文献复习", ["1"]),
    # an event or its consequence after the count
    ("Four patients had pneumonitis and 12 had grade 2 hypothyroidism.", []),
    ("Two patients stopped treatment because of colitis.", []),
    ("2例患者停药，3例减量。", []),
    ("4例为免疫相关性肺炎，2例为甲状腺功能减退。", []),
    ("共纳入 60 例乙型肝炎相关肝细胞癌患者。", ["60"]),
    ("Twelve patients had received prior therapy.", ["12"]),
    # a proportion in words is no count
    ("In all, 504 patients were randomized; roughly nine in ten were enrolled in China.",
     ["504"]),
    ("About two in three patients responded.", []),
    # case openers with sex and age alone; a case series item is none
    ("男，67岁，因咳嗽2个月入院。", ["1"]),
    ("例1：男，45岁，诊断为弥漫大B细胞淋巴瘤。", []),
    ("A woman aged 67 years presented with dysphagia.", ["1"]),
]


@pytest.mark.parametrize(("text", "expected"), ROUND8_FORMS)
def test_round8_forms(pipe, text, expected):
    assert [r.value for r in run(pipe, text)] == expected


@pytest.mark.parametrize(("label", "header", "cell", "expected"), [
    # an event or response row label: the count column holds numerators
    ("免疫相关性肺炎", "例数", "4", []),
    ("甲状腺功能减退", "例数", "12", []),
    ("Pneumonitis", "Patients (n)", "4", []),
    ("Rash", "No. of patients", "12", []),
    ("CR", "例数", "6", []),
    # a disease or subgroup row label: participants
    ("霍奇金淋巴瘤", "例数", "37", ["37"]),
    ("Lupus nephritis", "Patients (n)", "6", ["6"]),
    ("Gastric cancer", "Patients (n)", "28", ["28"]),
])
def test_round8_row_label_cells(pipe, label, header, cell, expected):
    text = f"Row\t{header}\t%\n{label}\t{cell}\t10\n"
    assert [r.value for r in run(pipe, text)] == expected


# round 9: forms generalised from blind sets 7 and 9 (new sentences of each form)
ROUND9_FORMS = [
    # a number ending a trial or product name is never a count
    ("Grade 3 CRS was seen in 4% of ZUMA-1 patients.", []),
    ("KEYNOTE-087 患者的客观缓解率为 69%。", []),
    ("ORIENT-11 patients had longer PFS.", []),
    ("In COVID-19 patients, CAR-T was deferred.", []),
    ("The MonumenTAL-1 study enrolled 143 patients.", ["143"]),
    ("ZUMA-1 试验共纳入 111 例患者。", ["111"]),
    # a planned enrolment of a study yet to start is no sample size (that of a
    # running or registered trial is: annotation notes 25, round 14 forms)
    ("团队计划于明年启动一项Ⅱ期研究，预计入组 60 例复发难治患者。", []),
    ("课题组拟于 2026 年开展Ⅲ期试验，拟入组 300 例受试者。", []),
    ("下一步将开展多中心研究，目标样本量为 120 例。", []),
    ("该中心准备启动新研究，预计招募 100 名受试者。", []),
    ("研究共入组 30 例患者，计划于下半年启动扩展队列，计划扩展至 60 例。", ["30"]),
    ("A randomised trial that will start next year aims to recruit 250 participants.", []),
    ("A phase 3 trial is scheduled to open in 2026 and will enroll approximately 400 patients.",
     []),
    ("A follow-up audit with a target enrolment of 300 participants is planned.", []),
    ("The study enrolled 45 patients; a second study of 100 patients is planned.", ["45"]),
    # a count in brackets after a grade distribution: patients with the event
    ("不良反应以 1~2 级为主（15 例）。", []),
    ("CRS多为Ⅰ级（12例），Ⅱ级3例。", []),
    ("Most CRS events were grade 1 or 2 (n = 20).", []),
    ("霍奇金淋巴瘤 WHO 分级为 2 级的患者（12 例）纳入分析。", ["12"]),
    # a total closing an event or grade clause: a numerator
    ("ICANS均为1~2级，共5例。", []),
    ("3级以上感染发生于治疗后1个月内，合计4例。", []),
    ("CRS occurred in a total of 12 patients.", []),
    ("A total of 20 patients were enrolled.", ["20"]),
    ("随访 12 个月，共 30 例患者完成评估。", ["30"]),
    # meeting the diagnostic criteria of an event: a numerator; eligibility: not
    ("Two patients fulfilled the criteria for HLH.", []),
    ("Three patients met the definition of IEC-HS.", []),
    ("4 例患者符合噬血细胞综合征诊断标准。", []),
    ("A total of 52 patients met the eligibility criteria.", ["52"]),
    ("共 40 例患者符合入组标准。", ["40"]),
    # an antigen-negative relapse, a re-treatment, an antigen loss, MRD negativity
    ("2 例 CD19 阴性复发患者再次接受 CD22 CAR-T 治疗。", []),
    ("Two patients with CD19-negative relapse received CD22 CAR-T cells.", []),
    ("3 例患者因疾病进展再次接受 CAR-T 回输。", []),
    ("Three patients were retreated with a second infusion.", []),
    ("Two patients lost CD19 expression.", []),
    ("其中 4 例 CD19 表达丢失。", []),
    ("其中 3 例 MRD 阴性。", []),
    ("纳入 12 例 CD19 阴性复发的 B-ALL 患者。", ["12"]),
    ("10 例 CD7 阳性复发/难治 T-ALL 患者接受了治疗。", ["10"]),
    # coordinated counts sharing one noun
    ("Phase 1 and phase 2 enrolled 29 and 68 patients.", ["29", "68"]),
    ("The arms comprised 20, 22 and 24 patients.", ["20", "22", "24"]),
    ("两个队列分别纳入 12 和 18 例患者。", ["12", "18"]),
    ("两组分别为 20 例和 25 例。", ["20", "25"]),
    ("CRS and ICANS occurred in 3 and 5 patients, respectively.", []),
    ("3 级 CRS 和 ICANS 分别见于 2 和 1 例患者。", []),
    ("Doses of 1×10^6 and 3 patients", ["3"]),
    # the sample size named before the count
    ("本研究样本量较小（仅 18 例）。", ["18"]),
    ("The study was limited by its small sample size (only 15 patients).", ["15"]),
    # a case report of one patient in a review
    ("另有个案报道 1 例 SLE 患者接受 CD19 CAR-T 后获得缓解。", ["1"]),
    ("A case report described one patient with MG who achieved remission after CAR-T.", ["1"]),
    # a subgroup by a baseline characteristic; an event after 伴/合并 is none
    ("其中 12 例同时表达 CD22。", ["12"]),
    ("其中 8 例伴 TP53 突变。", ["8"]),
    ("其中 6 例为男性。", ["6"]),
    ("其中 5 例既往接受过自体移植。", ["5"]),
    ("其中 3 例伴 CRS。", []),
    ("其中 3 例合并感染。", []),
    ("研究中有 6 例患者既往接受过 BCMA CAR-T 治疗。", ["6"]),
    ("Eleven patients had received prior BCMA-targeted therapy.", ["11"]),
    ("这 8 例患者回输后均获得缓解。", ["8"]),
    # the group a share is read on
    ("85% of the first 40 patients responded.", ["40"]),
    ("Responses occurred in 70% of 30 evaluable patients.", ["30"]),
    ("Of the initial 20 patients, 15 achieved CR.", ["20"]),
]


@pytest.mark.parametrize(("text", "expected"), ROUND9_FORMS)
def test_round9_forms(pipe, text, expected):
    assert [r.value for r in run(pipe, text)] == expected


@pytest.mark.parametrize(("header", "expected"), [
    ("N treated", ["101"]),
    ("n enrolled", ["101"]),
    ("N evaluable", ["101"]),
    ("No. infused", ["101"]),
    ("Pts treated", ["101"]),
    ("Enrolled (n)", ["101"]),
    ("n/N", ["101"]),
    ("Sample size", ["101"]),
    ("样本量", ["101"]),
    ("入组例数", ["101"]),
    ("病例数", ["101"]),
    ("患者数", ["101"]),
    # counts of patients with an outcome are numerators
    ("N with CR", []),
    ("N responders", []),
    ("n with CRS", []),
])
def test_round9_count_headers(pipe, header, expected):
    text = f"Product\tTrial\t{header}\tORR\nAxi-cel\tZUMA-1\t101\t82%\n"
    assert [r.value for r in run(pipe, text)] == expected


# Round-10 forms (new examples, both languages; positives and near misses).
ROUND10_FORMS = [
    # a response category named before the count (maybe with its abbreviation
    # in brackets, or nominalised with 者) is a numerator
    ("20 例可评估患者中，完全缓解（CR）6 例，部分缓解（PR）3 例。", ["20"]),
    ("12例患者中疾病稳定(SD) 4例、疾病进展(PD)2例。", ["12"]),
    ("共治疗 30 例，其中达到 CR 者 9 例，死亡者 2 例。", ["30"]),
    ("治疗有效 7 例，无效 3 例。", []),
    ("Best responses were CR in 6 patients, PR in 4 and SD in 2 among 15 evaluable patients.",
     ["15"]),
    ("Complete remission: 5 patients; partial remission: 3 patients.", []),
    ("Durable remissions were seen in 7 patients.", []),
    ("The response rate in 40 patients was 50%.", ["40"]),
    ("Responses were assessed in 30 patients.", ["30"]),
    # a count then 为 + a response category
    ("14例患者接受回输，3例达到PR，2例为SD。", ["14"]),
    ("共 9 例可评估，其中 4 例评估为 PD。", ["9"]),
    ("Of the 15 patients, 6 had stable disease and 2 were PD.", ["15"]),
    ("Twelve patients with progressive disease were enrolled.", ["12"]),
    # 其中…者 N 例 with a grade
    ("ICANS 共 6 例，其中 3 级及以上者 2 例。", []),
    ("不良反应共 15 例，其中 III 度以上者 4 例。", []),
    # freedom from an event or survival at follow-up is an outcome
    ("中位随访 8 个月，7 例未进展，5 例仍存活。", []),
    ("随访期间 9 例持续无病生存。", []),
    ("18 例患者的无复发生存期为 14 个月。", ["18"]),
    ("Of 24 patients, 10 were alive and 8 remained progression-free at two years.", ["24"]),
    # a negated count is no count
    ("CRS 均为 1 级，没有 1 例患者死亡。", []),
    ("未有一例出现 ICANS。", []),
    ("Not a single patient required intensive care.", []),
    # the unit of a rate is no count
    ("Serious infections occurred at 4.1 per 100 patient-years.", []),
    ("The incidence was 2.3 events per 1000 person-years in 500 patients.", ["500"]),
    ("Rates were expressed per 100 patients treated.", []),
    # `all N` as the subject of a verb is the whole cohort (annotation notes 20)
    ("All four achieved MRD-negative CR by day 28.", ["4"]),
    # `all six` restates the cohort: no new mention (annotation notes 26)
    ("Six patients were infused; all six had B-cell aplasia at month 3.", ["6"]),
    ("All seven with lupus nephritis were in remission at follow-up.", ["7"]),
    ("Three patients had CRS; all three were grade 1.", []),
    ("All 3 doses were well tolerated.", []),
    ("这 6 例均获得完全缓解。", ["6"]),
    ("9例均出现 1 级 CRS。", ["9"]),
    # the first N people of a trial are a group
    ("Headache was reported in the first four participants.", ["4"]),
    ("Among the initial 10 patients, grade 3 CRS occurred in two.", ["10"]),
    ("在首批 5 例受试者中未观察到 DLT。", ["5"]),
    ("前 3 例患者均出现发热。", ["3"]),
    # a trial-design verb, its object, then `in N patients`
    ("KEYNOTE-189 evaluated pembrolizumab plus platinum–pemetrexed in 616 patients.", ["616"]),
    ("The study compared axi-cel with standard care in 359 adults; event-free survival was longer.", ["359"]),
    ("Investigators evaluated 45 patients for response.", ["45"]),
    ("CR was observed in 5 patients.", []),
    # an elliptical bare count after a count with a person noun
    ("A total of 1,204 patients were enrolled; 1,010 underwent randomisation.", ["1204", "1010"]),
    ("Forty patients enrolled, 36 underwent leukapheresis and 31 were infused.", ["40", "36", "31"]),
    ("Of 20 patients enrolled, 8 received tocilizumab.", ["20"]),
    # the single patient of a case report or news item
    ("The patient, a retired nurse aged 74, presented with relapsed DLBCL.", ["1"]),
    ("Our patient, a 9-year-old boy, was referred after two relapses.", ["1"]),
    ("八十二岁老人接受 CAR-T 治疗后重返家园", ["1"]),
    ("近日，血液科为一位六十五岁的难治性多发性骨髓瘤患者回输了 CAR-T 细胞。", ["1"]),
    ("患者李阿姨（化名）今年 70 岁，确诊淋巴瘤 3 年。", ["1"]),
    ("患儿小雨（化名）确诊急性淋巴细胞白血病。", ["1"]),
    ("本研究纳入 65 岁以上老人 40 例。", ["40"]),
    ("年龄 18~75 岁患者均可入组。", []),
    # a count in a table or figure caption names the cohort
    ("表3 42例患者输注后不良反应", ["42"]),
    ("图 2 15 例患儿的缓解情况", ["15"]),
    ("Table 2. Adverse events in 57 treated patients", ["57"]),
]


@pytest.mark.parametrize(("text", "expected"), ROUND10_FORMS)
def test_round10_forms(pipe, text, expected):
    assert [r.value for r in run(pipe, text)] == expected


@pytest.mark.parametrize(("cell", "expected"), [
    ("93*", ["93"]),
    ("256†", ["256"]),
    ("60ᵃ", ["60"]),
    ("44‡", ["44"]),
    ("12^b", ["12"]),
    ("n/a", []),
    ("NR", []),
])
def test_round10_footnote_count_cells(pipe, cell, expected):
    text = f"Trial\tPatients (n)\tORR\nZUMA-7\t{cell}\t83%\n"
    assert [r.value for r in run(pipe, text)] == expected


ROUND11_FORMS = [
    # an event with a bracketed grade, then its count, is a numerator
    ("乏力（1~2 级）8 例，皮疹 5 例。", []),
    ("共 30 例可评估，腹泻（3 级）2 例。", ["30"]),
    ("Among 40 patients, rash (grade 1-2) in 6 patients was the most common event.", ["40"]),
    # an improvement or decline named before a bracketed count is a numerator
    ("肿瘤缩小（4 例），胸水消失（1 例）。", []),
    ("12 例可评估患者中，症状改善 7 例。", ["12"]),
    # `including N patients (x%) with an outcome` is a numerator; a make-up item stays
    ("Of 50 treated patients, the ORR was 40%, including 8 patients (16%) with a CR.", ["50"]),
    ("The study enrolled 60 patients, including 22 patients with lupus nephritis.", ["60", "22"]),
    # a later transplant in the study is that step's treated group (notes 37)
    ("共 20 例患者接受输注，6 例桥接异基因造血干细胞移植。", ["20", "6"]),
    ("14 例达 CR 后，5 例序贯 allo-HSCT。", ["5"]),
    ("Of 18 infused patients, 7 patients were bridged to allogeneic transplant.", ["18", "7"]),
    ("After infusion, four patients proceeded to allo-HSCT.", ["4"]),
    ("5 名患者的 CAR-T 细胞来自其后续移植供者。", ["5"]),
    # a fraction of the group with its count in brackets is a numerator
    ("24 例患者中，约三分之一（8 例）停用了免疫抑制剂。", ["24"]),
    ("随访结束时，半数（5 例）已停用激素。", []),
    ("Of 16 patients, half (n = 8) discontinued steroids.", ["16"]),
    # a screened population is not the study's
    ("Of 2210 patients screened for HER2 expression, 310 were enrolled.", ["310"]),
    ("A total of 880 adults were screened for eligibility; 402 were randomised.", ["402"]),
    # counts in a list of causes or reasons are numerators
    ("Six deaths occurred; causes were sepsis (n = 3), MAS (n = 2) and bleeding (n = 1).", []),
    ("死亡原因为感染（3 例）、HLH（1 例）和出血（1 例）。", []),
    ("Reasons for withdrawal included progression (n = 5), TLS (n = 1) and consent (n = 2).", []),
    # a laboratory threshold crossed in N patients is a numerator
    ("Platelets dropped below 20 × 10^9/L in two patients.", []),
    ("ALT rose above 5 × ULN in 3 patients during week 2.", []),
    ("随访中 2 例 IgG 降至 4 g/L 以下。", []),
    # a case description after a section heading gives 1
    ("病例资料 患者男，63岁，因乏力 2 个月入院。", ["1"]),
    ("病历摘要 患儿女，7岁，确诊急性淋巴细胞白血病。", ["1"]),
    # a whole group during follow-up (`随访期内均…`) is participants
    ("8 例 SLE 患者随访期内均未复发。", ["8"]),
    ("6 例患者观察期间均无 3 级 CRS。", ["6"]),
    # 人 counts people like 例/名
    ("共 12 人入组，两人均未出现 CRS。", ["12", "2"]),
    ("发病率为每 10 万人年 2.1。", []),
    ("研究共收集 300 人次样本。", []),
    # a caption naming a product code keeps its cohort count
    ("表 3 CT103A 输注后不良事件（n = 24）", ["24"]),
    ("表 1 CD19 CAR-T 治疗 18 例患者的基线特征", ["18"]),
]


@pytest.mark.parametrize(("text", "expected"), ROUND11_FORMS)
def test_round11_forms(pipe, text, expected):
    assert [r.value for r in run(pipe, text)] == expected


ROUND12_FORMS = [
    # a nested breakdown in brackets after a list item: every item is a subgroup
    ("Thirty patients were treated: 20 with lymphoma and 10 with autoimmune disease "
     "(6 with SLE, 4 with myositis).", ["30", "20", "10", "6", "4"]),
    ("Twelve patients were infused: 7 with ALL and 5 with lymphoma (3 with DLBCL and 2 with MCL).",
     ["12", "7", "5", "3", "2"]),
    # ... but not a breakdown of an outcome
    ("Of the 14 patients, nine had a complete response (five with ALL and four with CLL).", ["14"]),
    # `the remaining N` after a count with a person noun: the rest of the group
    ("The dose-escalation part contributed 14 patients and the expansion the remaining 20.",
     ["14", "20"]),
    # (the first item, a diagnosis, is a named subgroup since annotation notes 36)
    ("Of the 40 patients, 25 had lymphoma and the remaining 15 had leukaemia.",
     ["40", "25", "15"]),
    ("Of 30 patients, 22 achieved CR and the remaining 8 achieved PR.", ["30"]),
    ("Ten patients received two doses and the remaining 3 doses were held.", ["10"]),
    # an event said to occur in N patients, then its grade breakdown: a numerator
    ("细胞因子释放综合征（CRS）发生于12例患者，其中10例为1~2级，2例为3级。", []),
    ("共 30 例患者入组，ICANS 见于 6 例患者。", ["30"]),
    ("完全缓解见于 A 组 4 例患者和 B 组 2 例患者。", []),
    ("CR 见于试验组 6 例、对照组 2 例。", []),
    ("研究纳入试验组 30 例、对照组 28 例。", ["30", "28"]),
    ("Cytokine release syndrome occurred in 12 patients, 10 of grade 1-2 and 2 of grade 3.", []),
    # an outcome counted per arm: the later arm's count is read with the same cue
    ("A partial response was recorded in five patients in arm A and in two patients in arm B.",
     []),
    ("Objective responses were seen in 9 patients in cohort 1 and 4 patients in cohort 2.", []),
    ("The trial enrolled 40 patients in arm A and 20 patients in arm B.", ["40", "20"]),
    # a single-patient title gives 1
    ("Anti-CD19 CAR T cells in refractory lupus nephritis: a single-patient experience", ["1"]),
    ("We report a single-patient experience with these cells in 2023.", []),
    # the population of a body of data is participants, whatever the data showed
    ("Real-world data from the EBMT registry on 1,042 patients with lymphoma treated with "
     "tisa-cel showed an ORR of 70%.", ["1042"]),
    ("Registry data on 212 adults infused in 2021 showed a CR rate of 41%.", ["212"]),
]


@pytest.mark.parametrize(("text", "expected"), ROUND12_FORMS)
def test_round12_forms(pipe, text, expected):
    assert [r.value for r in run(pipe, text)] == expected


ROUND13_FORMS = [
    # a count after a product code and a clause comma is no thousands group
    ("该研究评估了 XYZ-021，12 例复发患者全部完成输注。", ["12"]),
    ("试验采用 AB-5，8 例患者入组。", ["8"]),
    ("研究纳入 1,200 例患者。", ["1200"]),
    # `N 位中有 M 位`: the part of the same counted group names the people
    ("總體緩解率 90%（40 位中有 36 位）", ["40"]),
    ("共 20 名中有 15 名完成随访。", ["20"]),
    ("排名第 3 位。", []),
    # a title stating one case
    ("Anti-BCMA CAR T cells for refractory myasthenia: report of one case", ["1"]),
    ("CAR-T in secondary CNS lymphoma: description of a single patient and review of the "
     "literature", ["1"]),
    ("We report of one case in the discussion below.", []),
    # sub-cohorts named by lower-case disease names after the group's `n = N;`
    ("Ten patients with solid tumours (n = 10; 6 gastric cancer, 4 pancreatic carcinoma) were "
     "treated.", ["10", "10", "6", "4"]),
    ("Eight patients were enrolled: 5 follicular lymphoma and 3 mantle cell lymphoma.",
     ["8", "5", "3"]),
    ("Nine patients were enrolled (n = 9; 6 had CR, 3 had PR).", ["9", "9"]),
    # a relative clause of disease history describes the group
    ("In the main analysis set, 36 patients whose disease had progressed on two prior lines "
     "had an ORR of 50%.", ["36"]),
    ("Overall, 22 patients who had relapsed after transplant received the cells.", ["22"]),
    ("Of 30 patients, 4 progressed after infusion.", ["30"]),
    # a finding among a group (antigen-negative tumour): a numerator
    ("复发患者中 2 例肿瘤细胞呈 CD22 阴性。", []),
    ("进展患者中 4 例白血病细胞转为 CD19 阴性。", []),
    ("共纳入 18 例 CD19 阳性患者。", ["18"]),
    # a grade then `in` before the count: a numerator
    ("ICANS occurred in 30%, grade 3 in 4 patients and grade 4 in a single patient.", []),
    ("Neutropenia was common; grade 3 or higher in two patients.", []),
    ("The trial treated a single patient with glioma.", ["1"]),
    # an event named by its grade after the count: a numerator
    ("Rash occurred in 3 patients and one patient had grade 3 myalgia.", []),
    ("Two patients had grade 2 arthralgia.", []),
    # an editorial note declaring the text composite or fictional reports no study
    ("Note: composite teaching case; the five-patient series is invented.", []),
    ("注：本文为教学用示例，20 例患者的数据为虚构。", []),
    ("Note: the 14 patients were treated at two centres.", ["14"]),
]


@pytest.mark.parametrize(("text", "expected"), ROUND13_FORMS)
def test_round13_forms(pipe, text, expected):
    assert [r.value for r in run(pipe, text)] == expected


@pytest.mark.parametrize(("header", "cell", "expected"), [
    ("随机例数", "254 vs 127", ["254", "127"]),
    ("N", "60 versus 30", ["60", "30"]),
    ("Patients (n)", "40 vs. 41", ["40", "41"]),
    ("例数", "30 对 28", ["30", "28"]),
    ("ORR", "71% vs 42%", []),
    ("CR (n)", "12 vs 5", []),
])
def test_round13_arm_cells(pipe, header, cell, expected):
    text = f"Trial\t{header}\tTarget\nABC-3\t{cell}\tBCMA\n"
    records = run(pipe, text)
    assert [r.value for r in records] == expected
    assert [r.text for r in records] == expected


# round 14: forms generalised from blind sets 18 and 19 (new sentences of each form)
ROUND14_FORMS = [
    # the planned enrolment of a running or registered trial is a sample size
    ("该 CAR-NK 研究已启动入组（NCT01234567），拟纳入 24 例患者。", ["24"]),
    ("一项已注册的双靶点研究计划招募 40 名受试者。", ["40"]),
    ("The ongoing phase 2 trial (NCT07654321) plans to enrol 36 patients.", ["36"]),
    ("The registered study will enroll approximately 90 participants.", ["90"]),
    # the holders of an outcome named before their count: numerators
    ("治疗 6 个月时，蛋白尿转阴者 7 例。", []),
    ("随访期间复发者 3 例，死亡者：2 例。", []),
    ("共入组 15 例，其中达到完全缓解者 9 例。", ["15"]),
    # a death verb right after the counted people: a numerator, even after a total
    ("观察期内共有 6 例患者死亡，均为疾病进展。", []),
    ("随访中共 4 例患者先后死于感染。", []),
    ("During follow-up a total of 7 patients died of progression.", []),
    ("A total of 30 patients were enrolled, and 4 patients died.", ["30"]),
    # the breakdown of a count of events found: its items are numerators
    ("随访中共发生继发肿瘤 6 例（3.1%），包括急性髓系白血病 2 例、基底细胞癌 4 例。", []),
    ("共纳入 40 例，包括淋巴瘤 25 例、白血病 15 例。", ["40", "25", "15"]),
    ("Second cancers were diagnosed in 6 patients (3.1%), including AML in 2 patients "
     "and basal cell carcinoma in 4 patients.", []),
    # `一人一X` is a slogan, no count
    ("个体化治疗强调“一人一策”。", []),
    # `N 例中 M 例（x%）`: N is the denominator
    ("第 90 天，三十例中二十四例（80.0%）仍维持缓解。", ["30"]),
    ("12 例中 9 例（75%）达到 CR。", ["12"]),
    # a share between a bare count and a verb of treatment: a subgroup
    ("Of 90 patients, 54 (60%) received their infusion as outpatients and 36 were admitted "
     "for infusion.", ["90", "54", "36"]),
    ("Of 50 patients, 12 (24%) received tocilizumab.", ["50"]),
    # `of those N,`: the group taken up as a denominator
    ("Of those 54, 30 were readmitted within a month.", ["54"]),
    ("Among these twelve, eight achieved CR.", ["12"]),
    # people named as a trial's: participants even with a re-treatment after
    ("In lymphoma, 19 patients in the ZUMA-1 trial were retreated with axi-cel.", ["19"]),
    ("Two patients were retreated at relapse.", []),
    # a report introducing its single patient
    ("A previous report described a patient with pancreatic cancer treated with TILs.", ["1"]),
    ("Lee et al. reported a patient with SLE who received CD19 CAR-T cells.", ["1"]),
    ("We reported a patient with CRS after infusion.", []),
    ("既往一篇报道描述了一例胰腺癌患者接受 TIL 治疗。", ["1"]),
    # an editorial note declaring a composite case: no study
    ("Note: a composite, illustrative case; details do not follow a single real patient.", []),
    ("Note: an illustrative case written for training; no data of a single real patient.", []),
    ("Note: this composite case describes a single patient of ours.", []),
    # a caption after a numbered section heading on its line
    ("四、安全性 表 3 Ⅰ期主要不良事件（N＝45，例数）", ["45"]),
    ("三、疗效 表 1 28 例患者的缓解情况", ["28"]),
]


@pytest.mark.parametrize(("text", "expected"), ROUND14_FORMS)
def test_round14_forms(pipe, text, expected):
    assert [r.value for r in run(pipe, text)] == expected


# round 15: forms generalised from blind sets 20 and 21 (new sentences of each form)
ROUND15_FORMS = [
    # arm items after `including`, in a dash aside before the sentence's predicate
    ("The European subset - 150 patients treated in France, Italy and Spain, including 100 in "
     "the experimental arm and 50 in the control arm - showed a similar benefit.",
     ["150", "100", "50"]),
    # an allocation item after a long apposition
    ("The trial randomised 300 patients; 151 were assigned to drug X, a selective oral "
     "inhibitor, plus drug Y (an antibody), a checkpoint blocker, and 149 to placebo.",
     ["300", "151", "149"]),
    # 名 after an arm label names people
    ("该研究纳入 420 名患者（试验组 212 名，对照组 208 名）。", ["420", "212", "208"]),
    # a bare count after a registry ID in a list of trials
    ("Pooled trials included KEYNOTE-590 (NCT03189719; 749 patients) and CheckMate 648 "
     "(NCT03143153; 970).", ["749", "970"]),
    # `people` after a verb of taking part or a study noun only
    ("The phase 3 study enrolled 412 people with lymphoma.", ["412"]),
    ("A trial that involved 88 people compared the two regimens.", ["88"]),
    ("About 20,000 people are diagnosed with lymphoma each year.", []),
    # a year after a month is a date
    ("Between March 2019 and May 2022, 88 patients were treated.", ["88"]),
    ("From July 2018 to April 2021, fifty-five patients were enrolled.", ["55"]),
    # the search flow of a systematic review counts records, not people
    ("Of these, 40 were excluded (reviews, n = 22; case reports, n = 18), leaving 9 studies.", []),
    ("In total, 512 records were screened after duplicates were removed (n = 30).", []),
    ("排除文献 40 篇（综述，n = 22；个案报道，n = 18）。", []),
    ("Eleven trials were included in the meta-analysis (n = 6543).", ["6543"]),
    # a share then an event verb: a numerator even after a total cue
    ("共 52 例（40.6%）发生至少 1 种不良事件。", []),
    ("A total of 52 patients (40.6%) experienced at least one adverse event.", []),
    ("9/12 例（75%）发生 CRS。", ["12"]),
    ("Seven of the 20 patients (35%) had a complete response.", ["20"]),
    ("A total of 52 patients (100%) received the infusion.", ["52"]),
    # an event then 发生/出现 before the count
    ("全组 ICANS 发生 14 例，均为 1~2 级。", []),
    ("全组感染出现 20 例。", []),
    # people named by an adverse event they had
    ("本组 18 例 CRS 患者均以发热起病。", []),
    # the event's patients as a denominator stay a numerator (round 22, notes 28)
    ("18 例 CRS 患者中，12 例接受托珠单抗。", []),
    ("共纳入 18 例 CRS 患者。", ["18"]),
    ("Twelve ICANS patients recovered fully.", []),
    # a trait in a relative clause on the noun leaves the predicate to decide
    ("2 例既往有自身免疫病史的患者在治疗期间病情稳定。", []),
    ("5 例既往接受过移植的患者入组。", ["5"]),
    ("其中 12 例既往接受过自体移植。", ["12"]),
    # the holders of a consequence of an event
    ("因不良反应永久停药者 4 例。", []),
    ("因 CRS 中断治疗者 3 例。", []),
    # a bridging therapy is a treatment of some of the group
    ("桥接期间 5 例接受放疗。", []),
    ("During bridging, 6 patients received ibrutinib.", []),
    # (bridging given in the study is a named subgroup since note 36)
    ("Eight patients received bridging therapy.", ["8"]),
    ("Twenty patients received tisagenlecleucel.", ["20"]),
    # a case-report title followed by a bracketed note
    ("抗 CD7 CAR-T 治疗复发 T 淋巴母细胞淋巴瘤一例报告 （会议摘要）", ["1"]),
    # a genetic trait found in N patients names a subgroup; an event does not
    ("A del(17p) deletion was detected in 14 patients.", ["14"]),
    ("TP53 突变见于 22 例患者。", ["22"]),
    ("Grade 3 CRS was documented in 4 patients.", []),
    # a share failing a trial's eligibility criteria is a subgroup
    ("In all, 60 patients (62.5%) would not have met the eligibility criteria of the "
     "pivotal trial.", ["60"]),
    ("40 例（31.3%）不符合关键试验的入组标准。", ["40"]),
    ("In all, 60 patients (62.5%) had a complete response.", []),
]


@pytest.mark.parametrize(("text", "expected"), ROUND15_FORMS)
def test_round15_forms(pipe, text, expected):
    assert [r.value for r in run(pipe, text)] == expected


ROUND16_FORMS = [
    # a bracketed breakdown of a cohort or group by product: each item a subgroup
    ("Ninety patients were enrolled: 50 in the autologous cohort (product A, 30; "
     "product B, 20) and 40 in the allogeneic cohort.", ["90", "50", "30", "20", "40"]),
    ("共入组 35 例，其中 B 组 20 例（产品甲，12；产品乙，8）。", ["35", "20", "12", "8"]),
    # ... but not a breakdown of those with a product or of grades
    ("Eleven patients received a second product (product A, 6; product B, 5).", ["11"]),
    ("CRS occurred in 20 of the 25 patients (grade 1, 12; grade 2, 8).", ["25"]),
    # numbers listed after plural cohorts/arms are labels
    ("Cohorts 1 and 3 enrolled adults with melanoma.", []),
    ("Arms 2, 3 and 5 enrolled 45 patients.", ["45"]),
    # a count of responders is no sample size, even as a denominator
    ("在 26 例缓解者中，19 例缓解持续超过 1 年。", []),
    ("Among the 14 responders, 9 had ongoing responses.", []),
    ("Of the 14 responding patients, 9 remained in remission.", []),
    ("全部 16 例缓解患者均接受了巩固治疗。", ["16"]),
    # a CAR-T syndrome said to occur in N patients: a numerator
    ("A series of 30 patients reported severe CRS in 4 cases.", ["30"]),
    ("ICANS was seen in 3 patients.", []),
    ("Outcomes of CRS in 60 patients were reviewed.", ["60"]),
    # `N 例中 M 例`: M is a numerator, also in a coordinated pair
    ("两组的缓解率分别为 10 例中 7 例和 6 例中 2 例。", ["10", "6"]),
    ("40 例患者中有 15 例随后接受 PD-1 单抗治疗。", ["40", "15"]),
    # a case series names its cases even with an event noun or an outcome
    ("本文报告我院收治的 4 例 ICANS 患者，并复习文献。", ["4"]),
    ("We describe five patients who developed HLH after CAR-T therapy.", ["5"]),
    ("Pooled analyses of 52 patients showed an ORR of 61%.", ["52"]),
    # supportive care given to some of the group is a numerator
    ("Tocilizumab was given to 11 patients.", []),
    ("Immunoglobulin replacement was given to 7 patients.", []),
    ("The CAR-T product was given to 24 patients.", ["24"]),
    # `N/M who …`: the elided person noun of a fraction (annotation notes 24)
    ("Grade 3 events occurred in 10/12 patients in arm A and in 5/14 who received "
     "placebo.", ["12", "14"]),
    ("Responses were seen in 5/14 whose tumours were PD-L1 positive.", []),
    # a therapy given in N patients: the treated group, even before an outcome
    ("CD19 CAR-T (XY-01) in 9 patients with myasthenia gravis induced only grade 1 CRS.",
     ["9"]),
    ("CAR-T cells were detected in 9 patients.", []),
]


@pytest.mark.parametrize(("text", "expected"), ROUND16_FORMS)
def test_round16_forms(pipe, text, expected):
    assert [r.value for r in run(pipe, text)] == expected


@pytest.mark.parametrize(("table", "expected"), [
    # a pooled (meta-analysis) table: the patients column counts all pooled
    ("结局  研究数  例数  合并率\nCR  12  240  68%\nCRS  10  200  40%\n", ["240", "200"]),
    ("| Outcome | No. of studies | Patients | Pooled rate |\n|---|---|---|---|\n"
     "| CRS | 8 | 150 | 35% |\n", ["150"]),
    # without a studies column the row's event makes the count a numerator
    ("不良事件  例数  发生率\nCRS  12  40%\n", []),
    # a planned enrolment column
    ("| Arm | Intervention | Planned n |\n|---|---|---|\n| A | Drug X | 90 |\n", ["90"]),
])
def test_round16_tables(pipe, table, expected):
    assert [r.value for r in run(pipe, table)] == expected


ROUND17_FORMS = [
    # a screened population is not the study's, also without `for`
    ("In total, 410 patients were screened and 260 were randomised to drug or placebo.", ["260"]),
    ("Overall, 52 patients were screened and enrolled.", ["52"]),
    # treated for an event: the event's management, not the study treatment
    ("Of 30 treated patients, six were treated for a bacterial infection.", ["30"]),
    ("Of 30 enrolled patients, 25 were treated with the CAR-T product.", ["30", "25"]),
    # resistance to a prior drug is treatment history: a named subgroup (notes 36)
    ("共纳入 20 例患者，其中 9 例对来那度胺耐药。", ["20", "9"]),
    ("共纳入 20 例对来那度胺耐药的患者。", ["20"]),
    # a bracketed count after the bridging regimen is a numerator
    ("桥接治疗以放疗为主（4 例）。", []),
    # people of a control group are participants; assay controls are not
    ("Relapse was more frequent among 48 matched controls.", ["48"]),
    ("Each run included 3 positive controls.", []),
    # the verb elided after a bare treated count
    ("Of 50 patients, 31 received a BCMA product and 19 a GPRC5D product.",
     ["50", "31", "19"]),
]


@pytest.mark.parametrize(("text", "expected"), ROUND17_FORMS)
def test_round17_forms(pipe, text, expected):
    assert [r.value for r in run(pipe, text)] == expected


ROUND18_FORMS = [
    # counts of patients with an event named before them are numerators
    ("随访期间，共 30 例患者入组，其中 EB 病毒再激活 4 例。", ["30"]),
    ("共 30 例患者入组，细胞因子释放综合征（CRS）12 例，均为 1~2 级。", ["30"]),
    ("共 30 例患者入组，神经毒性综合征 发生 3 例，均为 1 级。", ["30"]),
    ("共 30 例患者入组，共发生感染事件 11 例。", ["30"]),
    ("Among 40 treated patients, grade 3 anaemia persisted beyond day 60 in 6 patients.",
     ["40"]),
    ("Among 40 treated patients, hypogammaglobulinaemia was present in 9 patients.", ["40"]),
    ("In a cohort of 40 patients, relapse was uncommon (two patients).", ["40"]),
    # holders of a laboratory finding, a response category with its abbreviation
    ("共入组 16 例，达到 CR 12 例，其中MRD阴性者 8 例。", ["16"]),
    ("共入组 16 例，输注后 3 个月仍可检测到 CAR 拷贝者 10 例。", ["16"]),
    ("共入组 16 例，完全缓解（CR）共 9 例（56.3%）。", ["16"]),
    ("共入组 16 例，纳入 20 例。", ["16", "20"]),
    # the breakdown of deaths by cause
    ("共 25 例患者入组，其中 5 例死于感染（3 例肺炎，2 例败血症）。", ["25"]),
    ("Of 25 patients, 5 died of infection (3 with pneumonia, 2 with sepsis).", ["25"]),
    # subgroup numerators in brackets after a bare count
    ("Of 14 treated patients, 9 (5 with ALL and 4 with NHL) had a complete remission.",
     ["14"]),
    ("Fourteen patients (5 with ALL and 9 with NHL) were treated.", ["14", "5", "9"]),
    # a number of prior lines is no count of people
    ("The median number of previous regimens was four, and 12 patients had a transplant.",
     ["12"]),
    # people entering an assessment or waiting for infusion; a study to come
    ("目前已有8名患者进入CAR-T筛选评估流程，其中三人计划于下周回输。", []),
    ("下一步医院将与基层医院合作，并开展一项研究，拟纳入 80 例患者。", []),
    # populations sized after `of`, approximate counts, n/N after a percent
    ("In the safety population of 96, the CRS rate was 40%.", ["96"]),
    ("该中心累计治疗各类血液肿瘤患者 200 余例。", ["200"]),
    ("A 组感染率（37.5%，15/40）较高。", ["40"]),
    ("Infection was more frequent in arm A (37.5%, 15/40).", ["40"]),
    # people; not a yearly incidence
    ("Of the 75 people given the cells, 60% responded.", ["75"]),
    ("About 2,000 people are diagnosed with the disease each year.", []),
    # the whole group with its share
    ("既往移植的 7 例患者全部（100%）达到缓解。", ["7"]),
]


@pytest.mark.parametrize(("text", "expected"), ROUND18_FORMS)
def test_round18_forms(pipe, text, expected):
    assert [r.value for r in run(pipe, text)] == expected


@pytest.mark.parametrize(("table", "expected"), [
    # a response table's n column counts responders
    ("Table 2. Best response (n = 30)\nResponse\tn\t%\nOverall response\t24\t80\n"
     "Complete response\t15\t50\nVery good partial response\t5\t17\n", ["30"]),
    # a pooled table's patients column with thousands separators
    ("Target\tStudies\tPatients\tRate (%)\nCD22\t9\t1,254\t20.1\n", ["1254"]),
])
def test_round18_tables(pipe, table, expected):
    assert [r.value for r in run(pipe, table)] == expected


ROUND19_FORMS = [
    # thousands separators after `n =`
    ("Two pooled arms were analysed (arm A, n = 2,310; arm B, n = 845).", ["2310", "845"]),
    # coordinated adjectives before the person noun; not across `and a`
    ("A registry of 48 elderly or unfit patients received the product.", ["48"]),
    ("Overall, 12 patients had grade 1 CRS and a single patient had grade 2 CRS.", []),
    # results presented in a population
    ("Interim data were presented in 26 heavily pretreated patients with myeloma.", ["26"]),
    # the first N of a trial without a noun
    ("The trial treated 90 patients; among the first 45 the complete response rate was 60%.",
     ["90", "45"]),
    # per-arm allocation with the verb after the number
    ("The phase 3 trial enrolled 300 patients with lymphoma, 150 assigned to the CAR-T arm "
     "and 150 to standard care.", ["300", "150", "150"]),
    # a later-treated subgroup with results given for it (annotation notes 27)
    ("In the pilot study, 30 patients were treated, 12 of whom later received nivolumab; "
     "three of these 12 had a partial response.", ["30", "12"]),
    ("In the pilot study, 30 patients were treated, 12 of whom later received nivolumab.",
     ["30"]),
    # the part of a numerator is a numerator
    ("随访期间共死亡 9 例，其中疾病进展相关 6 例。", []),
    ("共 40 例入组，6 例出现 CD22 抗原丢失，其中 3 例随后接受 CD19 CAR-T 治疗。", ["40"]),
    ("共 40 例入组，3 级以上感染 5 例（病原学：肺炎克雷伯菌 3 例、EB 病毒 2 例）。", ["40"]),
    ("Of 40 patients, 10 had CRS, of whom 4 received tocilizumab.", ["40"]),
    ("研究共入组 50 例，其中 30 例接受了输注。", ["50", "30"]),
    # a count found is a numerator
    ("对 500 例患者的回顾分析仅发现 2 例继发性髓系肿瘤。", ["500"]),
    # a lasting response of a count is an outcome
    ("Tumours shrank in the four patients; in one patient the regression lasted more than a "
     "year.", ["4"]),
    # an aside in brackets does not make a reporting sentence an editorial note
    ("A single-centre cohort (composite example) of CAR-NK cells was given to 14 patients "
     "with AML.", ["14"]),
    # a bare `all N` after a named cohort restates it; sentence-initial it counts
    ("In a series of nine patients with myositis, all nine regained muscle strength.", ["9"]),
    ("All seven reached remission by month 3.", ["7"]),
]

ROUND19_CAPTIONS = [
    # the cohort of a table in its caption's brackets, also after a numbered
    # section heading on the same line
    ("Table 4. Adverse reactions (n = 36)", ["36"]),
    ("3.2 安全性 表2 不良反应（n=24）", ["24"]),
    # a graded event count in a caption stays a numerator
    ("Table 2. Grade 3 adverse events (n = 4) and their management in 40 patients", ["40"]),
]

ROUND19_EXCLUSIONS = [
    # pooled totals across reports (annotation notes 27)
    ("With only seven patients across the three reports, no firm conclusion is possible.", []),
    ("截至目前，国内外报道的接受 BCMA CAR-T 治疗的重症肌无力患者已超过 50 例。", []),
    ("Among more than 90 recipients summarised here, severe CRS was rare.", []),
    # a product made for one patient; a patient in an interview question
    ("Each autologous product is manufactured for a single patient.", []),
    ("Q: What would you tell a 45-year-old patient considering this therapy?", []),
    # an editorial note still reports no study
    ("Note: composite teaching example; 20 patients were described.", []),
]


@pytest.mark.parametrize(("text", "expected"),
                         ROUND19_FORMS + ROUND19_CAPTIONS + ROUND19_EXCLUSIONS)
def test_round19_forms(pipe, text, expected):
    assert [r.value for r in run(pipe, text)] == expected


@pytest.mark.parametrize(("table", "expected"), [
    # a space-aligned pipe table: the N column counts participants
    ("Study     | Agent  | N   | ORR, %\nTRIAL-1   | Drug A | 88  | 70.1\n"
     "TRIAL-2   | Drug B | 1,204 | 61.0\n", ["88", "1204"]),
])
def test_round19_tables(pipe, table, expected):
    assert [r.value for r in run(pipe, table)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a long bracketed editorial note (with a `;`) is still a note
    ("Unit of Haematology (composite example; the data are illustrative and describe "
     "no single published case)", []),
])
def test_round19_long_note(pipe, text, expected):
    assert [r.value for r in run(pipe, text)] == expected


def test_round19_deidentified_composite_note(pipe):
    text = "Note: this is a composite, anonymised case for teaching; it does not describe a single patient."
    assert run(pipe, text) == []


ROUND20_FORMS = [
    # the infused part of an enrolled group is a sample too
    ("Thirty-one of the 33 enrolled patients were infused.", ["31", "33"]),
    ("2 例因病情进展退出，其余 25 例完成输注。", ["25"]),
    ("22 例患者均顺利完成 CAR-T 细胞回输。", ["22"]),
    # responders then given a further treatment are a treated subgroup
    ("Twenty responders went on to receive a second infusion.", ["20"]),
    ("28 例缓解患者接受巩固输注。", ["28"]),
    # per-arm allocation in brackets after the enrolled count
    ("The trial enrolled 300 patients (210 assigned to drug A, 90 to standard care).",
     ["300", "210", "90"]),
    # the second arm with the verb left out; a total restated in brackets
    ("Of 400 infused patients, 250 received axi-cel and 150 tisa-cel.", ["400", "250", "150"]),
    ("Matching kept 150 patients per arm (300 in total).", ["150", "300"]),
    # a population that comprised its patients
    ("The safety population comprised 64 patients with lymphoma that had progressed after two lines.",
     ["64"]),
]

ROUND20_EXCLUSIONS = [
    # responder counts introducing another outcome (annotation notes 28)
    ("Of the 33 patients with a complete response, 70% remained in remission at one year.", []),
    ("在 24 例缓解者中，20 例维持缓解。", []),
    ("Twelve responders underwent allogeneic transplant.", []),
    # epidemiology, model cohorts, national totals, insurance claimants (notes 28)
    ("Each year about 4,500 people are expected to be diagnosed with the disease.", []),
    ("A simulated cohort of 10,000 patients entered the Markov model.", []),
    ("据估计，全国接受该疗法的患者累计约 3000 人。", []),
    ("去年该险种共为 52 名参保患者报销了治疗费用。", []),
    # people never infused or not evaluable; relapses; ongoing responses
    ("Of 30 enrolled patients, 27 were infused (two withdrew and one had a production failure).",
     ["30", "27"]),
    ("One patient in cohort B was not evaluable.", []),
    ("随访期间共 9 例复发，其中 5 例为抗原阴性复发。", []),
    ("Responses were ongoing in five patients at data cutoff.", []),
]


@pytest.mark.parametrize(("text", "expected"), ROUND20_FORMS + ROUND20_EXCLUSIONS)
def test_round20_forms(pipe, text, expected):
    assert [r.value for r in run(pipe, text)] == expected


@pytest.mark.parametrize(("table", "expected"), [
    # a response row labelled with an abbreviation counts responders
    ("Response | n | %\nORR (≥PR) | 30 | 88.2\nCR | 12 | 35.3\n", []),
    # a pooled table's count of studies is no sample size
    ("Event | Studies, n | Any grade, %\nCRS | 9 | 80.1\n", []),
])
def test_round20_tables(pipe, table, expected):
    assert [r.value for r in run(pipe, table)] == expected


ROUND21_EXCLUSIONS = [
    # a patient with a cohort named after the count, then an event
    ("One patient in the BCMA cohort developed grade 2 parkinsonism on day 40.", []),
    # a lab or biomarker change in a count of patients
    ("Complement C3 levels returned to normal in 6 patients.", []),
    ("Proteinuria normalised in 4 patients within three months.", []),
    ("抗核抗体在 5 例患者中转阴。", []),
    ("补体 C4 恢复正常者 7 例。", []),
    ("研究纳入 15 例患者，9 例患者尿蛋白恢复正常。", ["15"]),
    # an event's severity in a count of patients
    ("Neutropenia was grade 4 in 5 patients and grade 3 in 2.", []),
    # counts in brackets after each event of a list
    ("Off-target effects included dry mouth (n=6), weight loss (n=4) and rash (n=3).", []),
    ("皮肤相关不良反应包括瘙痒（6 例）、脱皮（4 例）和皮疹（3 例）。", []),
    # a plant's or company's capacity is no study population
    ("新基地建成后，年产能可满足约 5000 例患者的治疗需求。", []),
    ("The new facility has the capacity to manufacture cells for 3,000 patients a year.", []),
    # a therapy that caused an event in one patient, in a review's history
    ("早期靶向 CAIX 的 CAR-T 曾在 2 例患者中导致严重肝毒性。", []),
    ("An early CAIX-directed product caused severe liver toxicity in two patients.", []),
]

ROUND21_FORMS = [
    # a group described before `all` with its outcome is the group (notes 20)
    ("Six patients with refractory myositis treated with CD19 CAR T cells at one centre "
     "all achieved drug-free remission.", ["6"]),
    # non-responders switched to another therapy, with their results after it
    ("4 例未缓解患者改用 CD22 CAR-T 治疗，其中 2 例获得 CR。", ["4"]),
    # responders given a further infusion after a time phrase
    ("20 例缓解患儿于首次回输后第 30 天接受第二次输注。", ["20"]),
]


@pytest.mark.parametrize(("text", "expected"), ROUND21_FORMS + ROUND21_EXCLUSIONS)
def test_round21_forms(pipe, text, expected):
    assert [r.value for r in run(pipe, text)] == expected


def test_round21_baseline_marker_is_not_a_change(pipe):
    # a marker found at baseline is no change (left to the writers, notes 27)
    assert [r.value for r in run(pipe, "PD-L1 was positive in 12 patients.")] == ["12"]


@pytest.mark.parametrize("text", [
    "4 例未缓解患者改用 CD22 CAR-T 治疗。",  # no results for the switched group
    "4 例未缓解患者改用 CD22 CAR-T 治疗，均耐受良好。",
])
def test_round21_switched_without_results(pipe, text):
    assert run(pipe, text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # a case series: each patient after a `病例 N` / `Case N` heading is no 1
    ("我们报道本院收治的 2 例 HLH 样综合征。\n\n病例 1\n患者女，47 岁，复发套细胞淋巴瘤，"
     "接受 CAR-T 治疗。\n\n病例 2\n患者男，36 岁，复发 B-ALL。\n", ["2"]),
    ("Two cases of late neurotoxicity\n\nCase 1\nA 49-year-old woman with myeloma received "
     "cilta-cel.\n\nCase 2\nA 71-year-old man with myeloma received ide-cel.\n", []),
    ("Patient 2, a 63-year-old woman with follicular lymphoma, received liso-cel.", []),
    # the authors' own series stated with its size, patients then introduced
    ("We describe three patients with delayed cytopenia. A 52-year-old man with DLBCL "
     "received axi-cel.", ["3"]),
    # a single-patient case report still gives 1
    ("患者男，52 岁，因发热入院。", ["1"]),
    ("We describe a 52-year-old man with DLBCL who developed grade 3 CRS after axi-cel.", ["1"]),
    # a cited series is no series of this document
    ("Lee et al. reported three patients with lymphoma. A 44-year-old woman with ALL received "
     "tisa-cel.", ["3", "1"]),
])
def test_round21_case_series(pipe, text, expected):
    assert [r.value for r in run(pipe, text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # after a cohort count, a patient introduced with an event is one of the cohort
    ("研究共纳入 30 例患者。1 例 68 岁患者回输后第 60 天出现迟发性中性粒细胞减少。", ["30"]),
    ("Thirty patients were infused. A 70-year-old woman developed grade 4 ICANS on day 6.",
     ["30"]),
    # an introduction without an event, or with a report verb, stays a case
    ("研究共纳入 30 例患者。本文报道 1 例 68 岁患者回输后出现迟发性中性粒细胞减少。", ["30", "1"]),
    # without a cohort count before, the introduction is the report's patient
    ("1 例 68 岁患者回输后第 60 天出现迟发性中性粒细胞减少。", ["1"]),
])
def test_round21_patient_of_a_cohort(pipe, text, expected):
    assert [r.value for r in run(pipe, text)] == expected


ROUND22_FORMS = [
    # a treated group described by participles before a verb of study
    ("Thirty adults treated with CD19 CAR-T cells and then bridged to transplant were "
     "retrospectively reviewed.", ["30"]),
    # the evaluable part of a group at a landmark or after a dropout
    ("Of the 88 patients, 80 were alive and evaluable at month 3.", ["88", "80"]),
    ("20 例中 2 例失访，其余 18 例可评估。", ["20", "18"]),
    # 进展 in a relative clause on the noun describes the patients
    ("在该研究中，45 例化疗后进展的胃癌患者客观缓解率为 28.9%。", ["45"]),
    ("报道 1 例经两线免疫抑制治疗无效的系统性硬化症患者接受 CD19 CAR-T 治疗的结果。", ["1"]),
    # a case opener with the age in Chinese numerals
    ("患者，女，六十三岁，因反复发热入院。", ["1"]),
    # a count of participating centres is not a count of patients, the
    # patients are
    ("本研究（n=24 家中心）共纳入 310 例患者。", ["310"]),
    ("The registry (n = 15 centres) included 420 patients.", ["420"]),
]

ROUND22_EXCLUSIONS = [
    # an event named after the count
    ("Other neurological events included peripheral neuropathy in one patient.", []),
    ("Three patients had EBV reactivation after infusion.", []),
    ("有 4 家医院报告至少发生 1 例肿瘤溶解综合征。", []),
    # the patients of a (graded) event, also as a denominator
    ("CRS was grade 2 in all 6 affected patients.", []),
    ("本组 3 例 Ⅳ 级 CRS 患者均转入重症监护室。", []),
    ("5 例 CRS 患者中，2 例接受托珠单抗。", []),
    # the breakdown of a count of second cancers, symptoms before a count
    ("随访中发现继发恶性肿瘤 3 例（急性髓系白血病 2 例、基底细胞癌 1 例）。", []),
    ("40 例患者中，寒战 12 例，头痛 5 例。", ["40"]),
    # reports to a pharmacovigilance database
    ("By mid-2024, 31 cases had been reported to FAERS.", []),
    ("VigiBase 中共检索到 48 例相关报告，其中 5 例死亡。", []),
    ("药物警戒数据库收到 12 例报告。", []),
    # a numbered label heading in capitals
    ("8 PATIENT INFORMATION", []),
    ("2 PATIENTS AND METHODS", []),
    # the median count of a centre survey
    ("各中心年回输例数中位为 20 例（范围 3～80 例）。", []),
    ("Each centre treated a median of 25 patients.", []),
    # satisfaction answers
    ("干预组非常满意 25 例、满意 4 例，满意度 96.7%。", []),
    # an approximate frequency
    ("Fever occurred in roughly 8 in 10 patients.", []),
    # one patient of the group
    ("No relapse occurred, including in the one patient with CNS disease.", []),
    ("CD19 expression was lost at relapse in one patient.", []),
    # responders named with an abbreviation introduce another outcome (notes 28)
    ("Of the 42 patients who achieved CR/CRi, 35 remained in remission at one year.", []),
    # a patient reassessed
    ("One patient initially scored as a responder was reclassified as stable disease.", []),
    ("Three of the four reclassified patients had bulky disease.", []),
    # the same event counted in the other arm
    ("干预组 3 级 CRS 发生 2 例，对照组 5 例。", []),
    # a re-treatment
    ("复发患者中，2 例随后接受 CD22 CAR-T 再次治疗。", []),
    # people left out of an analysis
    ("低剂量组中 2 例随访未满 3 个月，未纳入疗效分析。", []),
    # the superseded sentence an erratum quotes (annotation notes 30)
    ('The original sentence read: "Of the 30 infused patients, 24 responded."', []),
]


@pytest.mark.parametrize(("text", "expected"), ROUND22_FORMS + ROUND22_EXCLUSIONS)
def test_round22_forms(pipe, text, expected):
    assert [r.value for r in run(pipe, text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the cues stay narrow: a study population next to them is kept
    ("We enrolled 36 patients at 4 centres.", ["36"]),
    ("共纳入 30 例患者，其中 2 例既往接受过移植。", ["30", "2"]),
    ("The 12 patients with CNS disease all responded.", ["12"]),
    ("Estimated enrollment: 40 participants\nSites: Beijing", ["40"]),
    ("Twenty patients were restaged by PET-CT at day 28.", ["20"]),
    ("Thirty patients at risk of HBV reactivation received entecavir.", ["30"]),
    ("All 9 patients were satisfied with the outpatient model.", ["9"]),
    ("Ten patients treated with axi-cel achieved CR.", []),
    ("Twelve patients treated with tocilizumab were reviewed for fever.", []),
    ("Of the 50 patients, 40 were alive at one year.", ["50"]),
    ("共纳入 25 例患者，随访期间 4 例疾病进展。", ["25"]),
    ("共纳入 20 例患者，其中 3 例治疗无效。", ["20"]),
])
def test_round22_narrow_cues(pipe, text, expected):
    assert [r.value for r in run(pipe, text)] == expected


ROUND23_FORMS = [
    # a relative clause with a number names the group before 均 (guide)
    ("5 例随访满 24 个月的患儿均维持缓解。", ["5"]),
    ("4 例输注后 3 个月内完成评估的患者均获得 CR。", ["4"]),
    # the group whose rate follows
    ("In the expansion cohort, 48 patients treated after bridging achieved a "
     "complete response rate of 62.5% (30/48).", ["48"]),
    ("A total of 25 patients had an overall response rate of 80%.", ["25"]),
    # a subgroup of a counted group named by a trait (notes 16, 27)
    ("We reviewed 52 patients from two registries, 20 of whom had CNS involvement.",
     ["52", "20"]),
    ("The product was given to 45 adults, 16 of whom had been exposed to a bispecific.",
     ["45", "16"]),
    # the planned enrolment of a designed trial (note 25)
    ("With 15% attrition, enrolment of 360 participants is planned over two years.",
     ["360"]),
    # a report introducing its single patient as a woman/man or with a
    # disease in several words
    ("Here we report a man with treatment-refractory systemic sclerosis who "
     "received CD19 CAR T cells.", ["1"]),
    ("We describe a patient with relapsed seropositive generalised myasthenia gravis.",
     ["1"]),
]

ROUND23_EXCLUSIONS = [
    # a graded event in words (Roman numeral + 度) before its count
    ("急性 Ⅱ～Ⅲ度移植物抗宿主病 3 例，慢性 GVHD 1 例。", []),
    # satisfaction answers after the count
    ("干预组 28 例满意，满意度 93.3%；对照组 22 例满意。", []),
    ("2 例家属不满意。", []),
    # one side of a frequency
    ("The marker is missing in roughly one patient in five.", []),
    ("Relapse affects one recipient out of every 4 in long follow-up.", []),
    # a patient still under follow-up is a part of the group
    ("本中心 4 例患者接受治疗，3 例获得缓解，1 例仍在随访中。", ["4"]),
    # `of whom` with an outcome or an event stays a numerator
    ("ICANS developed in six patients, two of whom had grade 3 events.", []),
    ("Fourteen patients were infused, 5 of whom had a complete response.", ["14"]),
    ("Ten patients were treated, 2 of whom were hospitalised for fever.", ["10"]),
    # a study still to be set up
    ("A confirmatory audit of at least 50 patients is planned.", []),
    # a reported person with an event is no case introduction
    ("Earlier work described a woman with CRS after infusion.", []),
    # a move to another trial or to intensive care after the count
    ("共 9 例患者接受治疗，其中未缓解的 3 例患者中，2 例随后转入 CD7 CAR-T 试验。",
     ["9", "3"]),
    ("治疗期间 2 例因低血压转入 ICU。", []),
    # a finding at relapse is counted among the relapsed
    ("BCMA-negative disease was detected at relapse in two patients.", []),
]


@pytest.mark.parametrize(("text", "expected"), ROUND23_FORMS + ROUND23_EXCLUSIONS)
def test_round23_forms(pipe, text, expected):
    assert [r.value for r in run(pipe, text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the new cues stay narrow
    ("研究纳入 30 例患者，全部满意度调查均完成。", ["30"]),
    ("We treated 10 patients in 2 cohorts.", ["10"]),
    ("Ten patients achieved a complete response.", []),
    ("3 级 CRS 2 例，神经毒性 1 例；共纳入 16 例患者。", ["16"]),
    ("转入本科的 26 例患者均完成回输。", ["26"]),
])
def test_round23_narrow_cues(pipe, text, expected):
    assert [r.value for r in run(pipe, text)] == expected


# ------------------------------------------------------------ round 24 forms
ROUND24_FORMS = [
    # a centre's cumulative count in Chinese numerals (notes 26, 32)
    ("主任说：“我们中心今年已有二十余例患者接受门诊回输。”", ["20"]),
    ("本院累计已完成 80 余例。", ["80"]),
    # planned arms after `up to`, `Part A` (note 25)
    ("About 40 participants will be enrolled: up to 20 in Part A and 20 in Part B.",
     ["40", "20", "20"]),
    # the second cohort inside an open bracket
    ("Overall, 120 patients were treated (50 in cohort 1 and 70 in cohort 3).",
     ["120", "50", "70"]),
    # cohorts defined by a trait and named in brackets
    ("Of 90 patients enrolled, 60 had received a prior transplant (cohort 1) and "
     "30 had not (cohort 2).", ["90", "60", "30"]),
    # a trial table's `N (arm)` column
    ("Trial | Design | N (CAR T arm) | ORR\nALPHA-2 | single arm | 58 | 71%\n", ["58"]),
    # `无事件生存与总生存` is a survival measure, not an outcome of the count
    ("模型中甲组 150 例、乙组 148 例患者的无事件生存与总生存曲线均经外推。",
     ["150", "148"]),
]

ROUND24_EXCLUSIONS = [
    # regulatory case counts (note 27)
    ("As of June 2024, the FDA had identified 17 cases of secondary lymphoma after "
     "CAR-T therapy.", []),
    ("欧洲 EMA 截至去年底收到 9 例 CAR-T 治疗后继发肿瘤的报告。", []),
    # an event or a marker change in the count
    ("抗核抗体在 7 例转阴。", []),
    ("带状疱疹在 3 例中出现，均为 2 级。", []),
    ("细胞因子释放综合征出现在十二例，多为 1 级。", []),
    ("Complete remission was sustained at month 18 in 9 patients.", []),
    ("The transgene was detectable in marrow in 14 patients at day 28.", []),
    # the kinds of an event counted after its count
    ("第二原发肿瘤 12 例（2.0%），包括髓系肿瘤 7 例和实体瘤 5 例。", []),
    ("十六例中有六例发生重度感染，包括两例真菌性肺炎。", ["16"]),
    ("Infections occurred in 9 patients, including two with fungal pneumonia.", []),
    # the count of a rate stated just before
    ("3 年非复发死亡率为 5.2%，共 27 例。", []),
    # an antigen escape or a syndrome-like presentation counted
    ("复发患者中 CD22 抗原逃逸 9 例。", []),
    ("HLH 样表现 3 例，均经治疗好转。", []),
    # a laboratory threshold or a treatment for an event
    ("随访 2 年时 IgG 仍低于 4 g/L 的患者为 18 例。", []),
    ("低丙种球蛋白血症者占 40%，36 例接受静脉免疫球蛋白替代。", []),
    # screened counts (note 32)
    ("本中心共筛查 38 例患者，其中 20 例入组。", ["20"]),
    # totals across all reports (note 27)
    ("Fewer than 150 patients with lupus have been reported worldwide.", []),
    # a personalised product
    ("Each batch is made for one patient and takes weeks to produce.", []),
    # an age is no subgroup
    ("The median age in the two trials (71 years in BETA) was higher.", []),
    # responders or patients with a graded event introducing another outcome
    # (notes 16, 28)
    ("在 18 例随访超过 2 年的完全缓解患者中，仅 2 例复发。", []),
    ("Among 25 patients evaluable for MRD who achieved CR, 22 were MRD-negative.", []),
    ("Of the five patients with grade 4 CRS, two had received the higher dose.", []),
    ("The three patients were counted as partial responders in the registry.", []),
    # the upper end of a range across studies, an administration count
    ("各研究样本量从数例到百余例不等。", []),
    ("该院累计回输百余例次。", []),
]


@pytest.mark.parametrize(("text", "expected"), ROUND24_FORMS + ROUND24_EXCLUSIONS)
def test_round24_forms(pipe, text, expected):
    assert [r.value for r in run(pipe, text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the new cues stay narrow
    ("Cells were manufactured for 110 patients and given to 101.", ["110"]),
    ("研究纳入 30 例患者，在 30 例患者中出现 12 例 CRS。", ["30", "30"]),
    ("FDA approved the product after a trial of 92 patients.", ["92"]),
    ("在 8 例随访时间超过 6 个月的患者中，疾病未进展。", ["8"]),
    # after a participant count the part stays a subgroup (the numerator
    # cue needs a numerator before it)
    ("Of the 40 patients with lymphoma, 30 had received two prior lines.", ["40", "30"]),
])
def test_round24_narrow_cues(pipe, text, expected):
    assert [r.value for r in run(pipe, text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a mean stay in hospital is a measure of the group, not an event
    ("本组 18 例患者平均住院 16.2 d。", ["18"]),
    # a disease history in a relative clause is no outcome of the count
    ("In that study, 14 patients with lymphoma that had progressed after "
     "transplant received donor cells.", ["14"]),
    ("Twelve patients progressed after infusion.", []),
    # in- and outpatients are participants
    ("Twenty outpatients were compared with 25 inpatients.", ["20", "25"]),
    # a marker recovering in the count on stated days
    ("B 细胞在 4 例中分别于第 90、100、110 和 130 天重建。", []),
])
def test_round24_history_and_measures(pipe, text, expected):
    assert [r.value for r in run(pipe, text)] == expected


def test_round24_grade_column_counts_are_events(pipe):
    """A by-grade column (`Grade 1-2, n`) counts patients with the row's event."""
    table = ("Table 3. Adverse events (N = 40)\n"
             "| Event | Any grade, n (%) | Grade 1-2, n | Grade >=3, n (%) |\n"
             "|---|---|---|---|\n"
             "| Neutropenia | 25 (62.5) | 12 | 13 (32.5) |\n")
    assert [r.value for r in run(pipe, table)] == ["40"]


# annotation notes 34: a sex split describes the cohort like an age; a cohort
# that is all one sex is the cohort
SEX_SPLITS = [
    ("共纳入 40 例患者，男 22 例、女 18 例，中位年龄 50 岁。", ["40"]),
    ("患者中位年龄 50 岁，男性 61 例。", []),
    ("共入组 13 例，其中女性 12 例，合并肾炎 5 例。", ["13", "5"]),
    ("试验组男19例、女15例；对照组男20例、女14例。", []),
    ("Of the 40 patients, 14 women and 26 men were evaluable.", ["40"]),
    ("The series had 31 patients: 17 men and 14 women.", ["31"]),
    # negative: one-sex cohorts and words that only contain 女
    ("We treated 23 men with metastatic prostate cancer.", ["23"]),
    ("该研究纳入 27 例女性宫颈癌患者。", ["27"]),
    ("共纳入 30 例妇女。", ["30"]),
]


@pytest.mark.parametrize(("text", "expected"), SEX_SPLITS)
def test_sex_splits_are_not_sample_sizes(pipe, text, expected):
    assert [r.value for r in run(pipe, text)] == expected


# counts that carry an event or outcome: numerators, not sample sizes
# (guide: responders or patients with an event); a retrospective review's
# cohort named by a relative clause is the sample
EVENT_COUNTS = [
    ("输注后每日监测，本组感染患者共 14 例，均经抗感染治疗好转。", []),
    ("全组 52 例中，重度神经毒性综合征共 4 例。", ["52"]),
    ("本研究 18 例出现 ICANS 的患者均在一周内恢复。", []),
    ("其余 9 例发生 CRS 的患儿中 7 例为 1 级。", []),
    ("加用托珠单抗后十五例在48小时内体温恢复正常。", []),
    ("在可评估的 8 例患者中，3 例疾病稳定；2 例患者无进展时间已超过 18 个月。", ["8"]),
    ("共纳入 20 例无进展生存期超过 6 个月的患者。", ["20"]),
    ("随访期间发热入院者 11 例，其中 6 例确诊感染。", []),
    ("某中心回顾了 42 例输注后持续发热的难治性 CRS 患者。", ["42"]),
    # negative: a plain total after 共 and a count before an unrelated clause
    ("本组共 40 例患者，中位年龄 45 岁。", ["40"]),
    ("研究共纳入 30 例患者，其中 12 例发生 CRS。", ["30"]),
]


@pytest.mark.parametrize(("text", "expected"), EVENT_COUNTS)
def test_event_and_outcome_counts(pipe, text, expected):
    assert [r.value for r in run(pipe, text)] == expected


# a relapse status of the enrolled names a subgroup, in text and in a
# subgroup table's N column; a relapse during follow-up stays an outcome
RELAPSE_SUBGROUPS = [
    ("共纳入 40 例，其中首次复发 22 例，二次及以上复发 13 例，原发难治 5 例。",
     ["40", "22", "13", "5"]),
    ("分组\t例数\tCR n（%）\n首次复发\t26\t24（92.3）\n≥3次复发\t9\t7（77.8）\n"
     "移植后复发\t6\t5（83.3）\n", ["26", "9", "6"]),
    # negative: relapses after treatment are numerators
    ("随访期间复发 4 例，死亡 2 例。", []),
]


@pytest.mark.parametrize(("text", "expected"), RELAPSE_SUBGROUPS)
def test_relapse_status_subgroups(pipe, text, expected):
    assert [r.value for r in run(pipe, text)] == expected


# a by-grade event row of a count table counts patients with the event
GRADED_ROWS = [
    ("不良反应（分级） | 例数 | %\nCRS 1~2 级 | 88 | 70.4\n感染 ≥3 级 | 12 | 9.6\n", []),
    ("Event | n | %\nCRS grade 1-2 | 40 | 66.7\nICANS grade ≥3 | 5 | 8.3\n", []),
    # negative: a tumour grade labels a subgroup
    ("分组 | 例数 | CR\nWHO 4 级胶质瘤 | 12 | 3\n", ["12"]),
]


@pytest.mark.parametrize(("text", "expected"), GRADED_ROWS)
def test_graded_event_rows_are_numerators(pipe, text, expected):
    assert [r.value for r in run(pipe, text)] == expected


# a general statistic of a disease in the present tense is no study
GENERAL_STATISTICS = [
    ("Doctors said that eight out of ten children with this lymphoma are cured.", []),
    ("Today nine in 10 adults with the disease survive five years.", []),
    # negative: a study's own count of the same shape
    ("Nine out of 10 patients were cured in our trial.", ["10"]),
]


@pytest.mark.parametrize(("text", "expected"), GENERAL_STATISTICS)
def test_general_statistics_are_not_sample_sizes(pipe, text, expected):
    assert [r.value for r in run(pipe, text)] == expected


# events named right before their count: numerators
MORE_EVENTS = [
    ("非血液学不良事件中，口腔黏膜损伤 6 例，多为 1~2 级。", []),
    ("早期 ICAHT 12 例，晚期ICAHT 7例。", []),
    ("对照组6例感染中，肺部感染4例、带状疱疹2例。", []),
    ("两组 CRS 发生率相近（干预组 28 例，常规组 27 例），均为 1 级。", []),
    # negative: a count before the rate's bracket stays the group
    ("本组 40 例患者的 CRS 发生率为 60%（24 例）。", ["40"]),
    # negative: a disease subgroup before its count stays a sample size
    ("共入组 20 例，其中黏膜黑色素瘤 6 例。", ["20", "6"]),
]


@pytest.mark.parametrize(("text", "expected"), MORE_EVENTS)
def test_more_event_numerators(pipe, text, expected):
    assert [r.value for r in run(pipe, text)] == expected


# a relapse the treatment came after is the group's history, not an outcome
RELAPSE_HISTORY = [
    ("One centre reported 24 adults given CD22 CAR T cells after CD19-negative relapse.", ["24"]),
    # negative: a relapse after the count is an outcome
    ("Of the 30 patients, two had CD19-negative relapse.", ["30"]),
]


@pytest.mark.parametrize(("text", "expected"), RELAPSE_HISTORY)
def test_relapse_history(pipe, text, expected):
    assert [r.value for r in run(pipe, text)] == expected


# baseline-trait breakdowns in running text are named subgroups (annotation
# notes 36): diagnosis, molecular or disease status, treatment history or
# treatment given, age band, comorbidity, organ function
TRAIT_BREAKDOWNS = [
    # breakdown clauses after a total
    ("Seventeen patients were enrolled (including 10 with mantle cell lymphoma and 7 with "
     "Burkitt lymphoma).", ["17", "10", "7"]),
    ("Thirty patients were treated (median age 50 years, range 20-70; median of 4 prior lines; "
     "22 with Hodgkin lymphoma and 8 with anaplastic lymphoma).", ["30", "22", "8"]),
    ("Sixty patients were infused, 41 with DLBCL and 19 with FL; all had relapsed.",
     ["60", "41", "19"]),
    # trait predicates, with and without a person noun
    ("Median age was 61 years; 28 patients (64%) had del(17p) or TP53 mutations.", ["28"]),
    ("Twenty-two had POD24 and nine had previously received bendamustine.", ["22", "9"]),
    ("Of these, eleven had extramedullary disease and 15 had a creatinine clearance below "
     "50 mL/min.", ["11", "15"]),
    ("Median age was 58; 21 had adenocarcinoma and 4 had squamous histology.", ["21", "4"]),
    ("Their median age was 60, 12 had an ECOG performance status of 1, and 9 had received "
     "prior radiotherapy.", ["12", "9"]),
    ("Median age was 70 years; 33 patients (45%) were aged 75 years or older.", ["33"]),
    ("In all, 30 patients (41%) relapsed within 12 months of transplant.", ["30"]),
    ("46 例患者中，25 例为原发难治，21 例为自体移植后复发。", ["46", "25", "21"]),
    ("合并症：冠心病 12 例，高血压 30 例，糖尿病 8 例。", ["12", "30", "8"]),
    ("The median age was 60 years, and seven had relapsed after autologous CD19 CAR-T "
     "therapy.", ["7"]),
    ("Twenty had paraskeletal disease only and 11 had true extramedullary (soft-tissue) "
     "lesions.", ["20", "11"]),
    ("Of 50 patients enrolled, 41 were treated; 12 of the treated patients (29%) had Ph+ "
     "disease.", ["50", "41", "12"]),
    ("Overall, 60 of the 64 infused patients had been exposed to a BTK inhibitor.",
     ["60", "64"]),
    ("中位既往治疗 3 线，9 例为自体造血干细胞移植（ASCT）后复发。", ["9"]),
    # treatment given in the study, item by item
    ("The product was tisagenlecleucel in 22 patients, axicabtagene ciloleucel in 9 and "
     "lisocabtagene maraleucel in 4.", ["22", "9", "4"]),
    ("Bridging included dexamethasone in six and radiotherapy in three.", ["6", "3"]),
    ("Nine patients received brexucabtagene autoleucel and three obecabtagene autoleucel.",
     ["9", "3"]),
]

# not sample sizes: responses, events and later outcomes, sex splits
TRAIT_EXCLUSIONS = [
    ("Of 30 patients, 5 had stable disease and 3 had a complete response.", ["30"]),
    ("Median age was 60; 12 patients (40%) had grade 3 CRS.", []),
    ("12 of 20 patients had grade 3 CRS.", ["20"]),
    ("Sixty patients were treated, 41 with a response and 19 with progression.", ["60"]),
    ("Nine patients developed a second cancer, and only one had a T-cell lymphoma.", []),
    ("Of the 40 reports, 14 were B-cell lymphoma.", []),
    ("Two patients had graft-versus-host disease and 3 had lymphoma progression.", ["2"]),
    ("CRS occurred in 30 patients, ICANS in 11 and infection in 7.", []),
    ("4 例 CR 患儿中 2 例于第 6 个月复发。", []),
    ("合并症：CRS 3 例。", []),
    ("Twenty-four patients were infused (median age 31 years, range 18–55; 19 women).", ["24"]),
    # negative: a cohort all of one sex still counts
    ("We enrolled 20 women, all with cervical cancer.", ["20"]),
]


@pytest.mark.parametrize(("text", "expected"), TRAIT_BREAKDOWNS + TRAIT_EXCLUSIONS)
def test_trait_breakdowns_are_subgroups(pipe, text, expected):
    assert [r.value for r in run(pipe, text)] == expected


# remaining forms of round 26
ROUND26_FORMS = [
    # a named group inside a responders' breakdown is the group of its part
    ("该研究共治疗十例患者，5 例获得缓解，其中包括 6 例既往免疫治疗耐药患者中的 3 例。", ["10", "6"]),
    # the elided later items of an allocation by arm
    ("So far, eight patients have been dosed in Regimen 1 and five in Regimen 2 across two "
     "dose levels.", ["8", "5"]),
    # the evaluable part of a group
    ("Thirty people were enrolled, and 22 could be evaluated for response after treatment.",
     ["30", "22"]),
]

ROUND26_EXCLUSIONS = [
    # negative: an event's count by arm has no treatment verb
    ("CRS occurred in 5 patients in arm A and 3 in arm B.", []),
    # a range of sample sizes across studies (guide, annotation notes 17)
    ("已报道研究的样本量从 n=8 到 n=35 不等。", []),
    ("各研究纳入病例数从 5 例至 30 例不等。", []),
    # negative: a part of a numerator stays a numerator
    ("死亡 9 例，其中感染相关 4 例。", []),
]


@pytest.mark.parametrize(("text", "expected"), ROUND26_FORMS + ROUND26_EXCLUSIONS)
def test_round26_forms(pipe, text, expected):
    assert [r.value for r in run(pipe, text)] == expected


def test_baseline_table_rows_are_not_subgroups(pipe):
    """Rows of a baseline-characteristics table describe the cohort (notes 36)."""
    text = ("表1　40例患者基线特征\n特征\t例数（%）\n年龄≥60岁\t15（37.5）\nASCT后复发\t9（22.5）\n\n"
            "Table 1. Baseline characteristics\nCharacteristic\tn (%)\nAge ≥65 years\t14 (35.0)\n"
            "Prior ASCT\t9 (22.5)\n")
    assert [r.value for r in run(pipe, text)] == ["40"]


# round 27: notes 36 and 37 as forms
LATER_TREATMENT_GROUPS = [
    # a group given a further treatment in the study is that step's treated
    # group, even when a response defined it (notes 37)
    ("本组 26 例患者中，19 例患者随后序贯 allo-HSCT。", ["26", "19"]),
    ("其后 11 例患者桥接异基因造血干细胞移植，中位间隔 40 天。", ["11"]),
    ("9例CR患者桥接allo-HSCT，两组2年总生存率分别为70%和35%。", ["9"]),
    ("12 例完全缓解患儿序贯单倍体移植。", ["12"]),
    ("Nine responders proceeded to allogeneic HCT; 1-year survival was 64% overall.", ["9"]),
    ("Of 22 infused patients, 6 patients subsequently underwent allogeneic transplantation.",
     ["22", "6"]),
    # patients given a study step such as bridging are a sample size (note 37)
    ("Of 40 enrolled patients, 12 received bridging therapy.", ["40", "12"]),
]

CROSSOVER_AND_RESTATED = [
    # crossovers are a group defined by progression: numerators (notes 37)
    ("Fifteen patients in the control arm had crossed over to the CAR-T arm by the cutoff.", []),
    ("对照组有 45 例患者交叉至 CAR-T 组。", []),
    ("化疗组有 60 例患者在方案外接受了后续免疫治疗。", []),
    # a bare `all N` restating a numerator counted earlier gives nothing (notes 37)
    ("Six of the nine patients responded, and all six went on to allogeneic transplant.", ["9"]),
    ("Four of the seven (57%) responded and all four went on to transplant.", []),
    # negative: `all N` naming the cohort for the first time still counts (notes 20)
    ("All six achieved drug-free remission.", ["6"]),
]

HISTORY_SUBGROUPS = [
    # treatment history and disease burden after the count, maybe with its
    # share, are named subgroups (notes 36)
    ("共入组 88 例，其中 16 例（18.2%）既往接受过 CD38 单抗治疗。", ["88", "16"]),
    ("患者中位年龄 60 岁，21 例对硼替佐米耐药。", ["21"]),
    ("31 例（24.0%）存在髓外病变，17 例伴有高危细胞遗传学。", ["31", "17"]),
    ("Patients had a median of five prior lines, and 9 had undergone prior autologous "
     "transplantation.", ["9"]),
    # negatives: an event with its share stays a numerator
    ("共入组 88 例，其中 16 例（18.2%）出现 3 级 CRS。", ["88"]),
    ("其中 5 例伴发 CRS。", []),
]


@pytest.mark.parametrize(("text", "expected"), LATER_TREATMENT_GROUPS)
def test_later_treatment_groups_are_sample_sizes(pipe, text, expected):
    assert [r.value for r in run(pipe, text)] == expected


@pytest.mark.parametrize(("text", "expected"), CROSSOVER_AND_RESTATED)
def test_crossovers_and_restated_all_are_numerators(pipe, text, expected):
    assert [r.value for r in run(pipe, text)] == expected


@pytest.mark.parametrize(("text", "expected"), HISTORY_SUBGROUPS)
def test_history_and_burden_subgroups(pipe, text, expected):
    assert [r.value for r in run(pipe, text)] == expected


EVENT_BREAKDOWNS = [
    # bracketed counts after a reason or a cause are numerators
    ("Of 64 enrolled patients, 51 were infused; 13 were not, mainly because of rapid "
     "progression (n = 9) or infection (n = 4).", ["64", "51"]),
    ("Six patients died without relapse; sepsis was the leading cause of these deaths (n = 4).",
     []),
    # a grade band's count inside a breakdown is a numerator
    ("ICANS occurred in 10 patients (grade 1-2, n = 8; grade 3, n = 2).", []),
    # an event fatal in some patients
    ("Of 30 treated patients, pneumonia was fatal in two patients.", ["30"]),
    # a hyphenated event name after `had`
    ("One patient had macrophage-activation-like toxicity after the second dose.", []),
    # negative: a bracketed total after a design phrase stays a sample size
    ("Due to slow accrual, the trial enrolled 18 patients.", ["18"]),
]


@pytest.mark.parametrize(("text", "expected"), EVENT_BREAKDOWNS)
def test_event_breakdowns_are_numerators(pipe, text, expected):
    assert [r.value for r in run(pipe, text)] == expected


INCLUDING_WHO = [
    # a bare count after `including` with a treatment-history clause (notes 36)
    ("In total, 75 patients were infused, including 11 who had received prior CD19-directed "
     "therapy.", ["75", "11"]),
    ("The safety population comprised 80 patients, including two who received a reduced dose.",
     ["80", "2"]),
    # negatives: an event or a toxicity drug after `who`, or an outcome before `including`
    ("Of 60 patients, 20 had CRS, including 4 who died.", ["60"]),
    ("Of 60 patients, 20 had CRS, including 4 who received intensive care.", ["60"]),
    ("The study infused 45 patients, including 5 who received tocilizumab.", ["45"]),
]


@pytest.mark.parametrize(("text", "expected"), INCLUDING_WHO)
def test_including_who_subgroups(pipe, text, expected):
    assert [r.value for r in run(pipe, text)] == expected


def test_graded_table_labels_are_numerators(pipe):
    """A row labelled by an event with its grade band in brackets counts events."""
    text = ("表2 32例患者的不良反应\n不良反应\t例数\t发生率（%）\nCRS（I~II度）\t20\t62.5\n"
            "感染（≥III度）\t6\t18.8\n\nTable 3. Toxicity\nEvent\tn\t%\n"
            "ICANS (grade 3 or higher)\t4\t12.5\n\n表3 分组\n分组\t例数\n低剂量组\t12\n")
    assert [r.value for r in run(pipe, text)] == ["32", "12"]


OF_THEM_TREATED = [
    # the part of a group given a further treatment (notes 37)
    ("The team treated 40 patients; 15 of them subsequently received nivolumab consolidation.",
     ["40", "15"]),
    ("We treated 30 patients; 12 of them subsequently underwent allogeneic transplantation.",
     ["30", "12"]),
    # negatives: toxicity management and re-treatment stay outcomes
    ("We treated 30 patients; 12 of them received tocilizumab.", ["30"]),
    ("Of 25 treated patients, 6 of them received a second infusion.", ["25"]),
]


@pytest.mark.parametrize(("text", "expected"), OF_THEM_TREATED)
def test_part_given_further_treatment(pipe, text, expected):
    assert [r.value for r in run(pipe, text)] == expected


ROUND28_FORMS = [
    # a finding or its clearing seen in the count is an outcome (notes 16, 35)
    ("Blood and marrow responses were concordant in 14 patients.", []),
    ("PET showed resolution of nodal disease in four patients and regression in two patients.",
     []),
    ("ICANS was grade 1 and resolved without steroids in three cases.", []),
    ("随访期间共 19 例达到完全缓解或部分缓解。", []),
    # ... but a group of all the patients stays one (note 20), and so does an absence
    ("Lesions resolved in all 9 patients.", ["9"]),
    ("No ICANS was seen in 14 treated patients.", ["14"]),
    ("共纳入 19 例达到完全缓解的患者。", ["19"]),
    # the cases of a literature search are pooled across reports (notes 17, 27)
    ("我们检索了万方数据库，共检索到病例报告 3 篇，涉及 5 例患者（含本例则为 6 例），"
     "其中 4 例存活。", []),
    # a count with the same predicate as the numerator before it
    ("8 例中有 5 例为输注后复发，3 例为输注前复发。", ["8"]),
    # the other arm's count of the same outcome, its predicate elided
    ("随访期间 A 组 12 例出现进展，B 组 20 例。", []),
    ("随访期间，自体组 2 级 CRS 9 例，异体组 7 例。", []),
    # a screened count (note 32)
    ("Of 57 patients screened, 44 were infused.", ["44"]),
    # a bare count under an event or outcome column counts patients with it
    ("研究\t例数\t疗效\t≥3级CRS\nZhang 2023\t18\tORR 61%\t3例\n", ["18"]),
    ("研究\t例数\t疗效\t3级ICANS\nLee 2022\t24\tCR 50%\t2 例（8.3%）\n", ["24"]),
    # note 36 subgroups: lesions, treatment history, virus status, organ function
    ("Median age was 58 years; five had parenchymal brain lesions at baseline.", ["5"]),
    ("Three patients received bridging radiotherapy before infusion.", ["3"]),
    ("All had received rituximab, and 17 of the 21 FL patients (81%) had progressed on "
     "an anti-CD20 antibody.", ["17", "21"]),
    ("Of 2,950 recipients, 24 were PLWH and 301 had relapsed after autologous transplant.",
     ["2950", "24", "301"]),
    ("Hepatic impairment (bilirubin above 1.5 times the upper limit) was present in 11 "
     "patients at enrolment.", ["11"]),
    ("共纳入 80 例患者，其中 HBsAg 阳性 14 例，HBV 未感染 66 例。", ["80", "14", "66"]),
    # a safety run-in and the treated part of an enrolled count
    ("A safety run-in of eight patients will evaluate dose-limiting toxicities such as "
     "grade 4 CRS.", ["8"]),
    ("As of March 2026, eleven patients have been enrolled at three centres; eight have "
     "received CAR-T cells.", ["11", "8"]),
    # a secondary condition, a syndrome-like picture and a remission target are outcomes
    ("共 4 例继发巨噬细胞活化综合征，均经激素治疗后好转。", []),
    ("研究共纳入 11 例继发中枢神经系统淋巴瘤患者。", ["11"]),
    ("一项研究纳入 6 例继发 CNS 受累患者。", ["6"]),
    ("迟发神经毒性（吉兰-巴雷综合征样表现）3 例。", []),
    ("Seven patients met DORIS remission criteria at month 6.", []),
    # the whole of `n/N 例患者` reaching a response stays a sample size
    ("B 组有 21/30 例患者获得客观缓解（70%）。", ["30"]),
    # an age band is a named subgroup (note 36)
    ("Eleven patients had Philadelphia-like ALL and four were infants at diagnosis.",
     ["11", "4"]),
    # bridging given in the study (note 36), in Chinese too
    ("结果：共 36 例患者入组，15 例（41.7%）接受了桥接化疗。", ["36", "15"]),
    # a case-report title led by its label gives 1 (note 26)
    ("Case report: delayed ICANS after BCMA CAR-T cells in a woman with myeloma", ["1"]),
    ("Case reports are a weak form of evidence.", []),
    # each arm of an even split, donor types (note 37) and a slash-arms column
    ("The registry compared 300 patients (150 per arm) treated in the third line.",
     ["300", "150"]),
    ("Donors were HLA-matched siblings in 12 cases, matched unrelated in 6 and "
     "haploidentical in 4.", ["12", "6", "4"]),
    ("试验\t靶标\tCAR-T组/对照组（例）\t主要终点\nX-1\tCD19\t150/148\tEFS\n", ["150", "148"]),
    # ... a slash cell under a plain count column is no pair of arms
    ("试验\t例数\t主要终点\nX-1\t150/148\tEFS\n", []),
    # patients defined by a test result are a numerator
    ("After infusion, two patients had a false-positive HIV nucleic-acid test.", []),
    ("Vectors may cause false-positive assays, and four patients in this cohort had such a "
     "result.", []),
    # ... a baseline test status stays a subgroup (note 36)
    ("Seven patients tested positive for HBsAg at screening.", ["7"]),
    # ... but not a numerator after an enrolled count
    ("Twelve patients were enrolled; eight achieved a complete response.", ["12"]),
]


@pytest.mark.parametrize(("text", "expected"), ROUND28_FORMS)
def test_round28_forms(pipe, text, expected):
    assert [r.value for r in run(pipe, text)] == expected


ROUND29_FORMS = [
    # the N of a label's adverse-reaction block is the safety population
    ("Adverse reactions (N = 64): CRS 81%, grade ≥3 4%; infections 40%.", ["64"]),
    # a registry record's enrolment field and its participant flow
    ("Enrollment: 88 (actual), both phases", ["88"]),
    ("Participant flow: 64 enrolled, 50 infused at the target dose", ["64", "50"]),
    # CRS treatment given in the study is a treated group (note 36)
    ("Tocilizumab was given to 40 patients and dexamethasone to 22.", []),
    ("Immunoglobulin replacement was given to 9 patients.", []),
    # a diagnosis breakdown after `of whom` (note 36)
    ("The cohort comprised 40 patients (n = 40), of whom 31 had ovarian cancer (OC), "
     "two had sarcoma and one had uveal melanoma.", ["40", "40", "31", "2", "1"]),
    ("Twenty patients were infused, of whom 12 had stable disease.", ["20"]),
    # a subgroup named by disease status before its count
    ("研究纳入四十例B-ALL患者，其中孤立性骨髓复发患者12例全部获得完全缓解。", ["40", "12"]),
    ("研究纳入四十例B-ALL患者，其中达到完全缓解患者12例。", ["40"]),
    # treatment history in a list of prior lines (note 36)
    ("Patients had received a median of five prior lines, including daratumumab in 14 "
     "and ibrutinib in nine.", ["14", "9"]),
    # patients of a series named by letter (note 27)
    ("Patient B, a 61-year-old man with refractory myositis, had failed three agents.", []),
    # excluded and screened counts are no study group
    ("Five patients were excluded (three for infection, two for consent withdrawal).", []),
    ("In 2024, 52 patients with myeloma were screened and a total of 40 patients received "
     "the product.", ["40"]),
    # a planned enrolment of a study yet to start (note 25)
    ("公司拟于2025年第二季度启动Ⅱ期试验，计划在8家中心共入组约40例受试者。", []),
    ("该试验正在进行，计划在8家中心共入组约40例受试者。", ["40"]),
    # cases reported worldwide across studies (notes 17, 27)
    ("国内外已报道的抗CD19 CAR-T治疗系统性硬化症病例约20余例。", []),
    # one sex's count opening a demographic bracket (note 34)
    ("Twelve participants were infused (7 women; median age 51 years).", ["12"]),
    # a table row naming an event with its grade bracket
    ("项目\t例数\t%\n发热（任意级别）\t11\t30.6\n", []),
    # the count of the commonest cause, and cases of a response category
    ("共 90 例患者中，死亡原因以感染最常见（12 例）。", ["90"]),
    ("The study treated 15 patients and recorded four cases of stable disease.", ["15"]),
    # the evaluable set named with its end point; responders stay numerators (note 28)
    ("Among the 40 patients evaluable for response, best response was a partial response "
     "in 12.", ["40"]),
    ("Among the 40 patients with a response, 59% had a response lasting 6 months.", []),
    # a cohort treated after an earlier therapy failed
    ("一项回顾性研究报告了36例在二线治疗复发后接受CAR-T治疗的患者，CR率为50%。", ["36"]),
    ("36例在CAR-T治疗后进展。", []),
    # the elided comparator arm, and an elided arm after a dose with a decimal point
    ("In the trial, 60 patients assigned to the CAR-T arm were compared with 31 receiving "
     "standard care.", ["60", "31"]),
    ("We treated 30 patients: 12 received 1.5 mg/kg weekly and 18 received 3 mg/kg.",
     ["30", "12", "18"]),
    ("In the trial, 60 patients were compared with 31% receiving standard care in a "
     "registry.", ["60"]),
]


@pytest.mark.parametrize(("text", "expected"), ROUND29_FORMS)
def test_round29_forms(pipe, text, expected):
    assert [r.value for r in run(pipe, text)] == expected


ROUND30_FORMS = [
    # disease subgroups listed `label, N` in a bracket after the count (note 36)
    ("Ten patients were treated (ovarian, 6; uterine, 4; median age 61 years, range 40-75).",
     ["10", "6", "4"]),
    # a sex split in the same bracket form stays out (note 34)
    ("Nine patients were treated (male, 5; female, 4).", ["9"]),
    # a trait subgroup in a baseline list after a sex count (notes 34, 36)
    ("The median age was 60 years; 11 were female, 9 had hepatitis B infection, and all had "
     "received sorafenib.", ["9"]),
    ("Overall, 21 patients had chronic hepatitis C infection.", ["21"]),
    # a Chinese cohort introduced with its history and then bridged (note 36)
    ("该研究中，30例伊布替尼经治的复发患者在回输前以维奈克拉桥接，随后接受CAR-T。", ["30"]),
    # groups defined by an outcome are numerators (notes 16, 35)
    ("在 36 例 MRD 阴性 CR 患者中，30 例持续阴性超过一年。", []),
    ("输注后肿瘤标志物转阴者共 9 例。", []),
    ("The paraprotein became undetectable within 60 days in 14 patients.", []),
    ("Clonal evolution was found in one of three progressing patients.", []),
    ("全组 40 例中，伴低血压者 6 例。", ["40"]),
    # event counts (notes 16, 27)
    ("该研究另报告了神经毒性，包括 3 例运动障碍（帕金森样表现）。", []),
    ("3.2 CRS 18 例中，1 级 12 例，2 级 6 例。", []),
    ("Gum bleeding was mild (grade 1 epistaxis in two patients).", []),
    ("Toxicity was limited to grade 2 headache and tremor in four patients.", []),
    # patients given a treatment for an adverse event (note 40)
    ("共 18 例（30%）接受托珠单抗，7 例接受地塞米松。", []),
    # screened patients named with their disease (notes 26, 32)
    ("In 2023, 40 patients with metastatic melanoma were screened for HLA type; 22 patients "
     "were infused.", ["22"]),
    # the base of a plain-language rate (note 41)
    ("In a study of 120 people, tumours shrank in 30 out of every 100 people treated.", ["120"]),
    # a sex split with a singular item (note 34)
    ("The cohort (seven women and one man) had myositis.", []),
    # patients named by the grade of their event, as a denominator (notes 16, 28)
    ("全组 30 例均发生 CRS，其中评为 3 级的 5 例中，3 例需要吸氧。", ["30"]),
    # a disease status after `with` in a breakdown is a subgroup (note 36)
    ("In 2022, 20 adults with myeloma (9 with relapsed disease and 11 with refractory disease) "
     "were infused.", ["20", "9", "11"]),
    # an infection named before the count is an event
    ("Two deaths occurred (including sepsis in two patients).", []),
    # the authors' own retrospective series, defined by what happened to them
    ("We reviewed nine patients with MCL who relapsed after BTK inhibitors.", ["9"]),
    # a plain-language response (note 41)
    ("Two people saw their tumour shrink on scans.", []),
    # a range of sample sizes across studies, and a total across cohorts (notes 17, 27)
    ("Trial sizes ran from n = 12 to n = 480 across the series.", []),
    ("The cohorts are small: together they include fewer than thirty patients.", []),
    # one patient of a study in a news story, and a family member (note 27)
    ("据介绍，参与试验的一名 58 岁患者回输后 1 个月复查达到完全缓解。", []),
    ("一名患者家属表示，治疗过程很顺利。", []),
    # an outpatient setting is no count of people
    ("The product is given as four weekly outpatient infusions.", []),
    ("The centre treated six outpatients with lymphoma.", ["6"]),
    # the randomised population with its entry status is the study's
    ("该研究共随机分组 180 例诱导后 MRD 阴性的成人患者，比较两种巩固方案。", ["180"]),
    # a best response of stable disease defines a numerator
    ("Regional delivery led to one patient with stable disease among eight treated.", []),
    # cases in which a test was performed are event cases; people take `in whom`
    ("In the four cases in which biopsy was performed, CAR-positive cells were found.", []),
    # a next study that is planned (note 25); the running trial's planned enrolment counts
    ("A confirmatory phase 3 trial against standard care is planned to enrol about 300 "
     "patients.", []),
    ("The ongoing trial is planned to enrol about 300 patients.", ["300"]),
    # a member of staff is no participant
    ("一位参与试验的中心主任表示，结果令人鼓舞。", []),
    # an arm named by its dose
    ("In all, 90 patients were treated: 44 received drug X 0.4 mg/kg weekly and 46 received "
     "0.8 mg/kg every two weeks.", ["90", "44", "46"]),
    ("Of them, 3 received 10 mg dexamethasone.", []),
    # the elided noun of a second `n of N with X`
    ("Responses were seen in three of eight patients with myeloma and in two of 9 with "
     "lymphoma.", ["8", "9"]),
    # a count after a registry ID and a Chinese comma
    ("如某研究（NCT01234567，108例可评估患者）所示。", ["108"]),
    # a clinical benefit is an outcome
    ("Of the five patients treated, two had clinical and radiographic benefit.", ["5"]),
    # a case report's own patient after a report verb (note 16)
    ("We describe a child who developed grade 3 ICANS after CD19 CAR-T therapy.", ["1"]),
    ("We report the nursing care of one patient with myeloma who developed CRS.", ["1"]),
    ("【摘要】 报道1例CD19 CAR-T治疗后复发并出现中枢侵犯的淋巴瘤患者，经再次输注后获得缓解。",
     ["1"]),
    ("既往报道 3 例出现 ICANS。", []),
    # the title of a nursing care report names its patients
    ("2例合并心力衰竭的淋巴瘤患者CAR-T治疗期间细胞因子释放综合征的护理", ["2"]),
    # the treated part of an enrolled count that completed the infusions
    ("Sixteen patients were enrolled and nine completed all three infusions.", ["16", "9"]),
    # a subgroup named `the N with X` without a noun (note 36); an outcome is a numerator
    ("Among the 14 with myeloma, 9 (64%) responded.", ["14"]),
    ("Of the 6 with CR, 4 remained in remission.", []),
]


@pytest.mark.parametrize(("text", "expected"), ROUND30_FORMS)
def test_round30_forms(pipe, text, expected):
    assert [r.value for r in run(pipe, text)] == expected


# round 31 (sets 99-103): forms of subgroups and of counts that are none
ROUND31_FORMS = [
    # a follow-up subset of the study's own patients
    ("停药后全部患者均获随访，8 例随访满 24 个月者均无复发。", ["8"]),
    ("7 例患者随访超过 6 个月，均未进展。", ["7"]),
    # baseline serology of an autoimmune cohort (note 36)
    ("基线时 6 例补体 C3 降低，7 例抗核抗体阳性。", ["6", "7"]),
    # a product outside its release specification is no diagnosis
    ("5例患者输注的产品为“不符合放行标准”产品，其中3例获得缓解。", ["5"]),
    ("2 例符合 HLH 诊断标准。", []),
    # groups split by their response to bridging, all then infused (note 42)
    ("Among the 40 patients whose disease responded to bridging, the CR rate was 70%, "
     "versus 45% in the 80 with progressive disease on bridging.", ["40", "80"]),
    # an arm named by `the N treated with X`
    ("The ORR was 80% in the 150 patients who received it and 65% among the 90 treated "
     "with liso-cel.", ["150", "90"]),
    # a bridging breakdown after a colon (note 36)
    ("We studied 300 patients, of whom 210 (70%) received bridging: radiotherapy in 60, "
     "chemotherapy in 120 and other regimens in 30.", ["300", "210", "60", "120", "30"]),
    # treatment history in a bracket (note 40)
    ("Twenty had been exposed to an anti-CD38 antibody (daratumumab in 16 and isatuximab "
     "in 4).", ["20", "16", "4"]),
    # the elided verb of a second molecular subgroup (note 36)
    ("Of the patients, 12 harboured a KRAS mutation and 5 a BRAF alteration.", ["12", "5"]),
    # responders given a further step of the treatment (note 37); responders alone are not
    ("Four of the six responders were bridged to allogeneic transplantation.", ["4"]),
    ("Seven of the ten responders remained in remission at one year.", []),
    # a group switched to another cellular therapy (note 37)
    ("我们为 4 例 CD19 阴性复发患者改用 CD22 CAR-T，其中 3 例再次缓解。", ["4"]),
    # a CNS-disease subgroup (note 36)
    ("Forty children were treated, of whom 9 had active CNSL at baseline.", ["40", "9"]),
    # a space as thousands separator
    ("该荟萃分析共纳入 2 315 例患者。", ["2315"]),
    # not sample sizes: a trial a commentary calls for, relapsers, an outcome-defined
    # group, an event `见于`, a treatment for cytopenia (note 40), a graded event count,
    # events in a table row
    ("A study of 240 patients, powered to detect a 15-point gain in PFS, would settle it.", []),
    ("另 4 例复发者中 3 例再次输注后缓解。", []),
    ("Of the 32 patients in MRD-negative CR, 20 remained in remission.", []),
    ("迟发性中性粒细胞减少见于 21 例。", []),
    ("其后 3 例接受自体 CD34+ 造血干细胞回输以纠正血细胞减少。", []),
    ("随访期间共有 6 例发生 2 级感染，均治愈。", []),
    ("Late effects were parkinsonism-like events in 4 patients.", []),
]


@pytest.mark.parametrize(("text", "expected"), ROUND31_FORMS)
def test_round31_forms(pipe, text, expected):
    assert [r.value for r in run(pipe, text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("表2 118例患者的主要不良事件", ["118"]),  # a table number is no thousands group
    ("Cohort 3 120 patients were dosed at level 2.", ["120"]),
])
def test_round31_label_number_is_no_thousands_group(pipe, text, expected):
    assert [r.value for r in run(pipe, text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a bound over several cohorts is no sample size
    ("Most of these cohorts enrolled fewer than 25 patients.", []),
    ("The cohort enrolled fewer than 25 patients.", ["25"]),
    # the second of two qualified groups an event was observed in
    ("Late neutropenia was observed in 5 paediatric and 8 adult patients.", []),
])
def test_round31_bounds_and_observed_groups(pipe, text, expected):
    assert [r.value for r in run(pipe, text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a numerator broken down by arm in a bracket stays a numerator
    ("Fatal adverse events occurred in 5 patients (2 sepsis deaths in arm A and 3 in arm B).",
     []),
    # a denominator in the bracket is still the group
    ("Responses occurred in 9 patients (9 of 14 evaluable patients).", ["14"]),
])
def test_round31_bracket_breakdown_of_numerator(pipe, text, expected):
    assert [r.value for r in run(pipe, text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the reasons for exclusion in a bracket count no participants
    ("Three screened patients were excluded (two withdrew consent and one had active HIV "
     "infection).", []),
    ("Of 30 patients treated, 12 had lymphoma and 18 had myeloma.", ["30", "12", "18"]),
])
def test_round31_exclusion_reasons(pipe, text, expected):
    assert [r.value for r in run(pipe, text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a bracketed split of the enrolment by part or cohort label
    ("The study will enrol 50 patients (Part A up to 18; Part B 32).", ["50", "18", "32"]),
    # the same split of an event count stays numerators
    ("ICANS occurred in 7 patients (cohort 1: 3, cohort 2: 4).", []),
])
def test_round31_part_label_split(pipe, text, expected):
    assert [r.value for r in run(pipe, text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a group defined by progression after a response is no sample size (note 35)
    ("Of the 6 patients who relapsed after complete remission, 4 had antigen-negative "
     "disease.", []),
    # relapse after a transplant before the study is a trait
    ("Of the 6 patients who relapsed after transplant, 4 responded.", ["6"]),
])
def test_round31_progressed_after_response(pipe, text, expected):
    assert [r.value for r in run(pipe, text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # treatment history: progression after an earlier CAR-T (note 36)
    ("They had a median of four prior lines, and 11 had progressed after CD19-directed "
     "CAR T-cell therapy.", ["11"]),
    # a cytogenetic subgroup found in N patients (note 36)
    ("High-risk cytogenetics were present in 17 patients.", ["17"]),
    # an arm named by `the N who were infused`
    ("Among the 31 who were infused, two had grade 3 CRS.", ["31"]),
    # a follow-up subset (the guide's example, in English)
    ("In the nine patients who reached 24 months of follow-up, no relapse occurred.", ["9"]),
])
def test_round31_history_and_followup_subsets(pipe, text, expected):
    assert [r.value for r in run(pipe, text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the elided second subgroup of a trait or a treatment history (note 36)
    ("TP53 mutations were found in 14 patients and complex karyotype in 6.", ["14", "6"]),
    ("Five had previously been treated with blinatumomab and three with inotuzumab.",
     ["5", "3"]),
    # the elided second event count stays a numerator
    ("Grade 3 CRS was detected in 10 patients and ICANS in 4.", []),
])
def test_round31_elided_second_subgroup(pipe, text, expected):
    assert [r.value for r in run(pipe, text)] == expected


ROUND32_FORMS = [
    # patients given a study step such as bridging are a sample size (note 37)
    ("Of the 36 patients who were infused, 10 received bridging radiotherapy.", ["36", "10"]),
    ("共入组 28 例，9 例接受了桥接化疗。", ["28", "9"]),
    # the n of a table caption is the population the table describes
    ("Table 2. Treatment-related adverse events (n = 31)", ["31"]),
    ("表 3 治疗相关不良反应（n = 19）", ["19"]),
    # a group given a later transplant stays a treated group after a numerator
    ("CAR-T 后 30 例达到缓解，其中 12 例接着做了移植。", ["12"]),
    # treatment history with a bound (note 36)
    ("Forty-one patients (76%) had received at least three prior lines of therapy.", ["41"]),
    # an age band with its noun elided (note 36)
    ("We enrolled 64 adults, including 20 aged 70 or older.", ["64", "20"]),
    # relapse as a trait on the noun, or relapse within months as a status
    ("一项 I 期研究对 8 例高复发风险的肾移植受者给予 EBV 特异性 T 细胞。", ["8"]),
    ("5例异基因移植后复发的CD33阳性AML患者接受了CAR-T治疗。", ["5"]),
    ("本组中位年龄 49 岁；原发耐药 6 例，自体移植后 24 个月内复发 4 例。", ["6", "4"]),
    ("其中 6 例于回输后 3 个月内复发。", []),
    # the patients whose data a table gives are the cohort
    ("20 例患者的不良事件见表 3。", ["20"]),
    # the study product given to a count with its share is the treated group;
    # a drug for an event is not (note 40)
    ("Tisa-cel was given in the day unit to 14 patients (35%).", ["14"]),
    ("Tocilizumab was given to 15 patients (20%).", []),
    # ruxolitinib for a toxicity is an event's treatment, like anakinra (note 40)
    ("Four patients with steroid-refractory ICANS received ruxolitinib.", []),
    ("共 9 例出现 HLH 样表现，4 例接受芦可替尼治疗。", []),
    # an event right before `in N`, maybe `of any grade`; not after `no`
    ("Safety was acceptable, with ICANS of any grade in 6 patients.", []),
    ("Graft failure in 3 recipients was managed with a boost.", []),
    ("There was no CRS in 11 patients.", ["11"]),
    ("Outcomes of ICANS in 20 patients were reviewed.", ["20"]),
]


@pytest.mark.parametrize(("text", "expected"), ROUND32_FORMS)
def test_round32_forms(pipe, text, expected):
    assert [r.value for r in run(pipe, text)] == expected


ROUND32_NUMERATORS = [
    # a caption with a grade counts the graded events; an event's (n = N) too
    ("Table 4. Grade 3 or higher adverse events (n = 6) and their outcome in 31 patients",
     ["31"]),
    ("免疫相关性肺炎（n = 3）", []),
    # a move to intensive care is an outcome
    ("Two patients were transferred to the intensive care unit after infusion.", []),
    # a total that developed a named event is the event's patients...
    ("共 11 例发生 CRS，其中 2 级 4 例。", []),
    # ...but the whole group with 均 stays the group (note 20)
    ("全部 14 例患者均出现发热。", ["14"]),
    # a response category right after a count, disease control before one
    ("20 例可评价患者中，包括 4 例完全缓解。", ["20"]),
    ("16 例可评价患者中疾病控制 9 例。", ["16"]),
    # (a responder group given a further treatment stays a treated group)
    ("14 例缓解患者接受巩固输注。", ["14"]),
    # a group defined by an event in a relative clause, or by a measured result
    ("出现心动过速的 5 例患者予以补液。", []),
    ("第 28 天 MRD 降至 0.01% 以下者 11 例。", []),
    # crossovers from the control arm (note 37)
    ("标准治疗组中，后续交叉接受 CAR-T 者达 21 例。", []),
    # a hospital admission after outpatient infusion is an outcome
    ("15 例门诊回输患者中 4 例于回输后第 5 天入院。", ["15"]),
    ("本组 18 例患者中位住院 9 天。", ["18"]),
    ("对在日间病房回输的 30 例患者实施“日间回输—远程监测—快速入院”护理模式。", ["30"]),
    # the whole group with 全部 stays the group; an n/N denominator stays
    ("全部 10 例患者发生 CRS，其中 1 级 8 例。", ["10"]),
    ("疗效评估，17/20 例获得部分缓解及以上。", ["20"]),
    # a numerator split after a colon by a trait (note 33); a cohort split stays
    ("Twelve patients progressed: 7 with nodal disease and 5 with CNS involvement.", []),
    ("We enrolled 60 patients: 35 with lymphoma and 25 with leukaemia.", ["60", "35", "25"]),
]


@pytest.mark.parametrize(("text", "expected"), ROUND32_NUMERATORS)
def test_round32_numerators_and_exclusions(pipe, text, expected):
    assert [r.value for r in run(pipe, text)] == expected


ROUND32_NOT_COUNTS = [
    # a year before `every`/`each` is no count
    ("In 2022 every patient receiving axi-cel was admitted for seven days.", []),
    ("During 2023 each participant was seen weekly; 14 patients were enrolled.", ["14"]),
]


@pytest.mark.parametrize(("text", "expected"), ROUND32_NOT_COUNTS)
def test_round32_not_counts(pipe, text, expected):
    assert [r.value for r in run(pipe, text)] == expected


ROUND32_ALL_N = [
    # `全部 N 例` / `all N patients` in an event sentence names the whole treated
    # group: a sample size even after a grade (notes 20 and 37; mb_03 `见于全部6例`)
    ("Ⅲ度以上中性粒细胞减少见于全部 9 例。", ["9"]),
    ("2 级发热见于全部 12 例患儿，持续中位 3 天。", ["12"]),
    ("全部 7 例患者均出现 1~2 级 CRS。", ["7"]),
    ("全部 11 例受试者均发生 3 级以上血细胞减少。", ["11"]),
    ("Grade 3 or 4 lymphopenia occurred in all 22 patients.", ["22"]),
    ("Grade ≥3 neutropenia was seen in all 14 treated patients.", ["14"]),
    ("All 22 had grade 3 or higher cytopenias after lymphodepletion.", ["22"]),
    ("All 10 developed grade 1 CRS within a week.", ["10"]),
    # ordinary event numerators stay numerators
    ("15 例发生 CRS，均为 1~2 级。", []),
    ("3 级中性粒细胞减少见于 16 例患者。", []),
    ("CRS occurred in 16 patients.", []),
    ("Grade 3 neutropenia occurred in 8 patients.", []),
    # a restated bare `all N`, or `all N affected`, is no new group (note 37)
    ("Four patients had ICANS; all four were grade 1.", []),
    ("ICANS was grade 3 in all 5 affected patients.", []),
]


@pytest.mark.parametrize(("text", "expected"), ROUND32_ALL_N)
def test_round32_all_n(pipe, text, expected):
    assert [r.value for r in run(pipe, text)] == expected


ROUND33_NUMERATORS = [
    # events beyond the lexicon right before a count are the patients with them
    ("出血事件 6 例，均为 1 级。", []),
    ("3 级及以上心律失常 4 例，其中房颤 3 例。", []),
    ("室性心动过速 2 例，经药物转复。", []),
    ("腹痛 11 例，便秘 3 例。", []),
    ("纤维蛋白原降低 12 例，D-二聚体升高 30 例。", []),
    ("牙龈出血及皮肤瘀斑 5 例，输注血小板后好转。", []),
    # organs an event involved, each with its count; a numerator split by site
    ("发生急性 GVHD 7 例，累及皮肤 5 例、肝脏 2 例。", []),
    ("慢性 GVHD 6 例，其中口腔 4 例、眼部 2 例。", []),
    # holders of a supportive step or an outcome with 者; a supportive step needed
    ("需要血液透析治疗者 3 例。", []),
    ("其中肺部病灶完全消失者 4 例。", []),
    ("5 例需输注血小板纠正出血。", []),
    # a coagulopathy accompanying an event; an antigen down-regulated at relapse
    ("6 例出现 HLH，2 例合并低纤维蛋白原血症。", []),
    ("CD22 阴性复发者中 3 例伴 CD22 表达下调。", []),
    # staying at home after outpatient infusion is the complement of admission
    ("30 例门诊回输患者中 12 例入院，18 例全程居家完成监测。", ["30"]),
    # English: an event that led to stopping a drug; a lab value past a threshold
    ("Pneumonitis led to discontinuation of nivolumab in two patients.", []),
    ("Ferritin exceeded 50,000 ng/mL in four patients.", []),
    # a symptom with its severity after the count
    ("One patient had transient aphasia that resolved within a day.", []),
    ("Two developed mild tremor after the second dose.", []),
    # counts in brackets after each organ an event involved
    ("The sites most commonly affected were skin (n = 9), liver (n = 4) and gut (n = 3).", []),
]


@pytest.mark.parametrize(("text", "expected"), ROUND33_NUMERATORS)
def test_round33_numerators(pipe, text, expected):
    assert [r.value for r in run(pipe, text)] == expected


ROUND33_PARTICIPANTS = [
    # a chronic comorbidity or history with 者 is a subgroup (note 36)
    ("共收治 30 例，其中合并慢性肾功能不全者 5 例。", ["30", "5"]),
    # a status `第二次及以上复发` names a subgroup, not an outcome
    ("共入组 16 例患儿，其中 6 例为第二次及以上复发。", ["16", "6"]),
    ("纳入 allo-HSCT 后复发患者 15 例。", ["15"]),
    # the approved trial's planned enrolment (note 25); a next study's is none
    ("该产品已获临床试验批准，公司拟开展一项 I 期研究，计划入组 24 例受试者。", ["24"]),
    ("下一步团队将开展一项扩展研究，预计再纳入 40 例患者。", []),
    # parts of a trial by phase
    ("About 80 patients will be enrolled, including up to 30 in the dose-expansion cohort.",
     ["80", "30"]),
    # subgroups by donor type and by diagnosis in a list (note 36)
    ("Eighteen patients underwent transplant (haploidentical donor in 9, matched sibling in 6,"
     " cord blood in 3).", ["18", "9", "6", "3"]),
    ("The diagnoses were DLBCL in 21, FL in 9 and MCL in 5 patients.", ["21", "9", "5"]),
    # treatment history with a two-word drug name (note 40)
    ("Patients had a median of three prior lines, including enfortumab vedotin in 11.", ["11"]),
    # a landmark cohort (note 42); the assessable part of a group
    ("Late effects were reviewed in the 52 patients alive beyond day 180.", ["52"]),
    ("Among the 64 patients who could be evaluated for response, the ORR was 40%.", ["64"]),
    # a table caption naming its group
    ("Table 3. Adverse events of special interest in 35 infused patients", ["35"]),
    # a centre's cumulative count (note 26); a worldwide total stays out
    ("At our centre, 17 women have been treated so far.", ["17"]),
    ("Fewer than 90 patients have been treated worldwide.", []),
]


@pytest.mark.parametrize(("text", "expected"), ROUND33_PARTICIPANTS)
def test_round33_participants(pipe, text, expected):
    assert [r.value for r in run(pipe, text)] == expected


ROUND33_NOT_SAMPLES = [
    # screened patients (notes 26, 32), with or without the test named
    ("共筛查 PD-L1 表达 120 例，其中 40 例入组。", ["40"]),
    ("41 例筛查患者中 35 例（85.4%）成功制备细胞。", []),
    # a study yet to start (note 25)
    ("The sponsor plans to launch a phase 2 trial next spring that would enrol about 90 patients.",
     []),
    ("Larger registries, such as a planned study of 300 recipients, are needed.", []),
]


@pytest.mark.parametrize(("text", "expected"), ROUND33_NOT_SAMPLES)
def test_round33_not_samples(pipe, text, expected):
    assert [r.value for r in run(pipe, text)] == expected


def test_round33_one_of_the_patients_is_no_case(pipe):
    # a patient introduced as one of the study's counted patients (note 27)
    text = "研究共纳入 12 例患者。\n\n62 岁的患者老王（化名）是其中获益者之一。"
    assert [r.value for r in run(pipe, text)] == ["12"]


ROUND33_ELIDED = [
    # the elided second group of a treatment history (note 36)
    ("Nine had previously received a CD19-directed bispecific and 4 an autologous transplant.",
     ["9", "4"]),
    # a trait subgroup after a comma; an event there stays a numerator
    ("Ten patients had liver metastases, six of them with more than three lesions.",
     ["10", "6"]),
    ("Ten patients had CRS, six of them with grade 2 CRS.", []),
]


@pytest.mark.parametrize(("text", "expected"), ROUND33_ELIDED)
def test_round33_elided_and_of_them(pipe, text, expected):
    assert [r.value for r in run(pipe, text)] == expected


ROUND33_BURDEN_STAYS = [
    # a share of cells past a threshold is disease burden (note 36), not a lab event
    ("Marrow blasts exceeded 50% in 9 patients at enrolment.", ["9"]),
    # LDH elevation is a baseline risk factor: a table row stays a subgroup
    ("乳酸脱氢酶升高 18 例，骨髓受累 7 例。", ["18", "7"]),
]


@pytest.mark.parametrize(("text", "expected"), ROUND33_BURDEN_STAYS)
def test_round33_burden_stays(pipe, text, expected):
    assert [r.value for r in run(pipe, text)] == expected


def test_round33_centre_analysed_cohort(pipe):
    # a centre's analysed cohort, even when a response defines it (note 42)
    text = "我们分析了本院 52 例 CAR-T 后达到完全缓解的患者，其中 20 例接受了移植。"
    assert [r.value for r in run(pipe, text)] == ["52", "20"]
