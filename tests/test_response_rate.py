"""response_rate: every metric, number form, link and exclusion of the guide,
in both languages, through the real normaliser, segmenter and pipeline."""

import pytest

from extract.messages import RuleError
from extract.models import Document
from extract.pipeline import Pipeline, Settings


@pytest.fixture(scope="module")
def pipe():
    return Pipeline(Settings(fields=("response_rate",)))


def run(pipe, text):
    return [r for r in pipe.process(Document("t.txt", text, "txt")) if r.field == "response_rate"]


CASES = [
    # metrics from their Chinese and English names and abbreviations
    ("研究显示,客观缓解率达88.5%,完全缓解率为41.2%。", ["ORR 88.5", "CR 41.2"]),
    ("全体受试者客观缓解率(ORR)为61%;其中,部分缓解(PR)率为19%;完全缓解(CR)率为42%。",
     ["ORR 61", "PR 19", "CR 42"]),
    ("例如套细胞淋巴瘤队列的ORR达100%。", ["ORR 100"]),
    ("总有效率为 85%。", ["ORR 85"]),
    ("疾病控制率（DCR）为 73.0%。", ["DCR 73"]),
    ("疾病稳定率为 40%。", ["SD 40"]),
    ("The objective response rate was 82%, and the complete response rate was 54%.",
     ["ORR 82", "CR 54"]),
    ("The overall remission rate within 3 months was 81%.", ["ORR 81"]),
    ("Stable disease was observed in 30% of patients.", ["SD 30"]),
    ("The disease control rate was 73.0%.", ["DCR 73"]),
    ("The DCR was 60%.", ["DCR 60"]),
    ("A partial response rate of 17% was reported.", ["PR 17"]),
    # percentage forms
    ("完全缓解率为 92.9 %。", ["CR 92.9"]),
    ("完全缓解率为 ９２.９％。", ["CR 92.9"]),
    ("完全缓解率为 50.0%。", ["CR 50"]),
    # n/N, n of N, N 例中有 n 例, (n = 7) … 其中 2 例
    ("Of the 11 patients who were treated, 8/11 (73%) had a response.", ["ORR 73"]),
    ("Objective responses were seen in 8/11 patients.", ["ORR 72.7"]),
    ("Seven of the 11 patients (64%) had a complete remission.", ["CR 64"]),
    ("The overall response rate was 97% (94 of 97 patients).", ["ORR 97"]),
    ("A stringent complete response (sCR) was reached by 65 of 97 patients.", ["CR 67"]),
    ("数据表明,在输注 21 d 后,15 例受试者中有 9 例达到完全缓解。", ["CR 60"]),
    ("肝癌Ⅰ/Ⅱ期试验(n = 7)中位随访期达18个月,其中2例受试者放疗后达到完全缓解。", ["CR 28.6"]),
    ("在最高剂量队列的8名受试者中,有4名受试者达到CR。", ["CR 50"]),
    ("27 名病童中有 17 名（63%）出现治疗反应。", ["ORR 63"]),
    ("Of the 27 patients, 17 (63%) had a response.", ["ORR 63"]),
    # a stated percentage wins over n/N
    ("ORR 为 73%（8/11）。", ["ORR 73"]),
    # bare counts
    ("数据表明,4 例受试者达到完全缓解。", ["CR n=4"]),
    ("经输注后,5 例受试者肝脏病灶达到稳定状态。", ["SD n=5"]),
    ("Twelve patients achieved a complete response.", ["CR n=12"]),
    ("Nine patients had a complete response and eight patients had a partial response.",
     ["CR n=9", "PR n=8"]),
    ("疗效评估：完全缓解 3 例，部分缓解 2 例。", ["CR n=3", "PR n=2"]),
    # MRD-CR only with MRD negativity in the same clause
    ("15 例受试者中有 9 例获得微小残留病灶 (minimal residual disease, MRD) 阴性的完全缓解。",
     ["MRD-CR 60"]),
    ("4 例受试者获得完全缓解,且未检出 MRD。", ["MRD-CR n=4"]),
    ("An MRD-negative CR or CRi was recorded in 61 of 75 patients (81%).", ["MRD-CR 81"]),
    ("The overall rate of MRD negativity was 26.7% (44 patients).", []),
    # OTHER: disease-specific remission
    ("在 8 例受试者中,62.5% (5/8) 符合 SLE 缓解定义,87.5% (7/8) 符合 SLE 低活动度标准。",
     ["OTHER 62.5", "OTHER 87.5"]),
    ("DORIS remission of SLE was reached by 8 of 8 patients.", ["OTHER 100"]),
    # combinations and lists
    ("65/165 patients (39.4%) had a complete response or better (CR or better).", ["CR 39.4"]),
    ("CR 或 PR 的比例为 60%。", ["ORR 60"]),
    ("胃癌亚组的 ORR 和 DCR 分别为 57.1%和 75.0%。", ["ORR 57.1", "DCR 75"]),
    ("The ORR and CR rates were 92.9% and 66.7%, respectively.", ["ORR 92.9", "CR 66.7"]),
    ("The overall response rate was 37% (19 of 52 patients); it was 39% (17 of 44) in SS and "
     "25% (2 of 8) in MRCLS.", ["ORR 37", "ORR 39", "ORR 25"]),
    ("Complete responses were seen in 66% versus 39% of patients.", ["CR 66", "CR 39"]),
]

EXCLUSIONS = [
    ("中位随访18个月时,3年总生存率为71.4%。", []),
    ("放疗后联合该方案令48.3%受试者的血清标志物降低。", []),
    ("42.1%受试者在9个月时仍未进展。", []),
    ("2 年总生存率为 59%,无进展生存率为 27%。", []),
    ("The 12-month PFS rate was 76.6% and the 12-month overall survival rate was 88.5%.", []),
    ("Event-free survival was 73% at 6 months.", []),
    ("9例受试者获得12~36个月的持续缓解。", []),
    ("42% of the patients continued to have a response, 40% with an ongoing complete response.",
     []),
    ("在随访逾2年的12名受试者中,75%一直维持CR或低活动度。", []),
    ("NK 细胞的慢病毒转导效率一般在 20%~60%。", []),
    ("CD16 的结合率高于 85%。", []),
    ("主要不良反应为骨髓抑制（76.2% 出现中性粒细胞减少）。", []),
    ("Cytokine release syndrome occurred in 77% of patients.", []),
    ("CR 患者中 30% 出现 CRS。", []),
    ("In xenograft mice, the complete response rate was 80%.", []),
    ("荷瘤小鼠的完全缓解率为 80%。", []),
    ("The CR rate was 60% (95% CI, 40-80).", ["CR 60"]),
    ("IL-12/15/18 预激活的 NK 细胞完全缓解。", []),
]


# Held-out forms (the sentences are new examples of each form, not the
# held-out ones): bracketed asides between a rate and the next one; carry-over
# across `and in …` / `versus` / `而…组为`; assessor, timepoint and population
# phrases between a metric and its number; `有效` after a count, tied to an
# adjacent participant count.
HELDOUT_FORMS = [
    # a separator inside brackets does not end the metric's reach
    ("The CR rate was 45% in cohort A (9 of 20; two with MRD data missing), 30% in cohort B "
     "and 10% in cohort C.", ["CR 45", "CR 30", "CR 10"]),
    ("ORR was 62% overall (31 of 50; CR, PR and VGPR combined), 70% in myeloma and 40% in "
     "lymphoma.", ["ORR 62", "ORR 70", "ORR 40"]),
    ("客观缓解率为 60%（30/50；均为部分缓解），A 组为 70%，B 组为 50%。",
     ["ORR 60", "PR 60", "ORR 70", "ORR 50"]),  # all partial: PR too (note 37)
    # carry-over across `and in`, `versus`, `而…组为`
    ("Complete remission was achieved in 12 of 30 patients (40%) in the high-dose arm and in "
     "5 of 30 (16.7%) in the low-dose arm.", ["CR 40", "CR 16.7"]),
    ("The objective response rate was 55% in the combination group versus 28% in the "
     "monotherapy group.", ["ORR 55", "ORR 28"]),
    ("The CR rate was 48% among younger patients, whereas it was 31% among older patients.",
     ["CR 48", "CR 31"]),
    ("ORR 在试验组为 66.7%，而对照组为 33.3%。", ["ORR 66.7", "ORR 33.3"]),
    ("客观缓解率为 70%，对照组仅为 40%。", ["ORR 70", "ORR 40"]),
    # assessor / timepoint / population phrases between metric and number
    ("The complete response rate as assessed by the independent review committee was 52%.",
     ["CR 52"]),
    ("The overall response rate at the data cutoff per IMWG criteria was 73%.", ["ORR 73"]),
    ("The objective response rate according to RECIST version 1.1 by investigator assessment "
     "was 31%.", ["ORR 31"]),
    ("The ORR in the efficacy-evaluable analysis set by central review was 64%.", ["ORR 64"]),
    ("客观缓解率经独立评审委员会（IRC）评估为 45%。", ["ORR 45"]),
    ("完全缓解率（研究者评估）为 30%。", ["CR 30"]),
    ("客观缓解率在第 12 周时为 58%。", ["ORR 58"]),
    # `有效` after a count is a response (总有效率 = ORR), tied to the count before
    ("20 例患者 15 例有效。", ["ORR 75"]),
    ("共治疗 12 名患者，9 名有效。", ["ORR 75"]),
    ("30 例患者中 21 例有效。", ["ORR 70"]),
    ("Of the 15 treated patients, 11 responded.", ["ORR 73.3"]),
    ("该方案安全有效。", []),
    ("治疗有效的患者比例较高，5 例患者出现发热。", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES + EXCLUSIONS + HELDOUT_FORMS)
def test_response_rate_values(pipe, text, expected):
    assert [r.value for r in run(pipe, text)] == expected


@pytest.mark.parametrize(("text", "numerator", "denominator", "percent"), [
    ("数据表明,15 例受试者中有 9 例达到完全缓解。", 9, 15, 60.0),
    ("肝癌试验(n = 7)中位随访期达18个月,其中2例受试者达到完全缓解。", 2, 7, 28.6),
    ("Of the 11 patients who were treated, 8/11 (73%) had a response.", 8, 11, 73.0),
    ("3 例患者达到完全缓解。", 3, None, None),
    ("完全缓解率为 41.2%。", None, None, 41.2),
    # a tied denominator that disagrees with the stated percentage is dropped
    ("15 例受试者中有 9 例（80%）达到完全缓解。", 9, None, 80.0),
    # an n/N in a bracket right after a rate, with more in the bracket, details it
    ("客观缓解率为 60%（30/50；中位随访 12 个月）。", 30, 50, 60.0),
    ("The CR rate was 40% (8 of 20; all confirmed by biopsy).", 8, 20, 40.0),
    ("The CR rate was 40% (9 of 20; two unconfirmed).", None, None, 40.0),
])
def test_numerator_and_denominator(pipe, text, numerator, denominator, percent):
    (record,) = run(pipe, text)
    assert (record.numerator, record.denominator, record.percent) == (numerator, denominator,
                                                                      percent)


@pytest.mark.parametrize(("text", "span"), [
    ("完全缓解率为66.7%。", "66.7%"),
    ("在 8 例受试者中,62.5% (5/8) 符合 SLE 缓解定义。", "62.5% (5/8)"),
    ("3 例患者达到完全缓解。", "3 例患者"),
])
def test_span_is_the_number_expression(pipe, text, span):
    (record,) = run(pipe, text)
    assert record.text == span == text[record.start:record.end]


@pytest.mark.parametrize(("text", "timepoint", "scope"), [
    ("就疗效而言,第 28 天和第 90 天的总体反应率都是 52.4%。", "第 28 天和第 90 天", "total"),
    ("The ORR at day 28 was 73%.", "at day 28", "total"),
    ("其中套细胞淋巴瘤亚组完全缓解率上升到68%。", None, "subgroup"),
    ("Among evaluable patients the ORR was 73%.", None, "evaluable"),
])
def test_timepoint_and_scope(pipe, text, timepoint, scope):
    (record,) = run(pipe, text)
    assert (record.timepoint, record.scope) == (timepoint, scope)


def test_table_header_gives_metric(pipe):
    text = "编号\t靶点\tORR\tCR率\n1\tCD19\t80%\t6/10\n"
    assert [r.value for r in run(pipe, text)] == ["ORR 80", "CR 60"]


def test_reference_list_yields_nothing(pipe):
    text = ("结果\n完全缓解率为 60%。\n\n参考文献\n"
            "[1] 李四. 完全缓解率为 70% 的研究[J]. 中华血液学杂志, 2021, 2: 3-9.\n")
    assert [r.value for r in run(pipe, text)] == ["CR 60"]


def test_bad_metric_reports_allowed_values(tmp_path):
    from extract.fields.response_rate import load_rules
    (tmp_path / "response_rate.yaml").write_text(
        "- id: x\n  kind: metric\n  metric: BEST\n  pattern: 'a'\n", encoding="utf-8")
    with pytest.raises(RuleError, match=r"response_rate.yaml:1: rule 'x': metric"):
        load_rules(tmp_path)


def test_combine_rule_needs_two_metrics(tmp_path):
    from extract.fields.response_rate import load_rules
    (tmp_path / "response_rate.yaml").write_text(
        "- id: ok\n  kind: metric\n  metric: CR\n  pattern: 'CR'\n"
        "- id: c\n  kind: combine\n  metrics: [CR]\n  result: ORR\n", encoding="utf-8")
    with pytest.raises(RuleError, match=r"response_rate.yaml:5: rule 'c'"):
        load_rules(tmp_path)


@pytest.mark.parametrize(("text", "spans"), [
    ("a (b; c) d", [(2, 8)]),
    ("ORR 37%（19/52；均为 PR）, 39% (x (y) z)", [(7, 20), (26, 35)]),
    ("no brackets", []),
    ("unclosed (x", []),
])
def test_bracket_spans(text, spans):
    from extract.fields.response_rate import bracket_spans
    assert bracket_spans(text, 0, len(text)) == spans


def test_without_cuts_holes():
    from extract.fields.response_rate import without
    text = "37% overall (19 of 52; all partial), 39%"
    assert without(text, 3, 37, [(12, 35)]) == " overall , "


# Round-2 forms (new examples of each form, not the held-out sentences).
ROUND2_FORMS = [
    # `all` / `every patient` / `均` / `全部` as a numerator equal to the tied group
    ("Of the 12 patients with lupus nephritis, all achieved complete renal response.",
     ["OTHER 100"]),
    ("Among the six patients in cohort B, all had a complete response.", ["CR 100"]),
    ("Ten patients were infused, and all of them achieved a complete remission.", ["CR 100"]),
    ("Of the 5 children treated at the highest dose, every patient responded.", ["ORR 100"]),
    ("The 24 patients all achieved MRD-negative CR.", ["MRD-CR 100"]),
    ("Both patients achieved a complete response.", ["CR 100"]),
    ("Among the 8 patients, all but one achieved a complete response.", ["CR 87.5"]),
    ("All but two of the 12 patients responded.", ["ORR 83.3"]),
    ("在 6 例难治性狼疮肾炎患者中，全部达到完全缓解。", ["CR 100"]),
    ("共入组 9 例患者，均获得客观缓解。", ["ORR 100"]),
    ("所有 4 例患者均达到 MRD 阴性完全缓解。", ["MRD-CR 100"]),
    ("两例患者均达到部分缓解。", ["PR 100"]),
    ("10 例患者中，除 1 例外均达到完全缓解。", ["CR 90"]),
    ("纳入 20 例患者，其中 8 例患者均达到完全缓解。", ["CR 40"]),
    ("All patients achieved a complete response.", []),  # no group to count
    ("Not all patients responded.", []),
    ("Of the 10 patients, all developed CRS.", []),
    ("在 12 例患者中，均未达到完全缓解。", []),
    ("ORR was 37% (19 of 52; all responses were partial).", ["ORR 37", "PR 37"]),  # note 37
    # a pronoun or elided metric after `;` / `,` / `另一…组为`; CIs are no rates
    ("In cohort A (n = 40), the complete response rate was 45% (95% CI, 30 to 61); in cohort B "
     "(n = 38), it was 29% (95% CI, 15 to 46).", ["CR 45", "CR 29"]),
    ("The overall response rate was 52% in the lymphoma cohort; among patients with leukaemia, "
     "it was 61%.", ["ORR 52", "ORR 61"]),
    ("The ORR was 70% in the 3-week schedule, and 55% in the weekly schedule.",
     ["ORR 70", "ORR 55"]),
    ("A 组客观缓解率为 62%（95% CI，45~77），B 组为 48%。", ["ORR 62", "ORR 48"]),
    ("高剂量组完全缓解率为 50%；低剂量组为 30%（95% CI，12~54）。", ["CR 50", "CR 30"]),
    # n of N (x%) + responded / had a response / 有效 / 达到缓解
    ("Nineteen of the 30 adults (63%) responded.", ["ORR 63"]),
    ("Eleven of 16 evaluable patients (68.8%) had a response.", ["ORR 68.8"]),
    ("Twelve of the 20 recipients (60%) achieved a complete remission.", ["CR 60"]),
    ("在 24 例可评估患者中，15 例有效（62.5%）。", ["ORR 62.5"]),
    ("16 例患者中 10 例达到缓解（62.5%）。", ["ORR 62.5"]),
    # elided verb: each metric binds to the count just before it
    ("Five of the 20 patients had a complete remission and seven of the 20 a partial remission.",
     ["CR 25", "PR 35"]),
    ("Nine patients had a complete response and eight a partial response.",
     ["CR n=9", "PR n=8"]),
    # a count listed after a tied numerator shares its denominator
    ("Of 30 patients, 12 had a CR and 9 a PR.", ["CR 40", "PR 30"]),
    ("Of the 20 patients, 8 achieved CR, 6 achieved PR and 2 had stable disease.",
     ["CR 40", "PR 30", "SD 10"]),
    ("30 例患者中，12 例达到 CR，9 例达到 PR。", ["CR 40", "PR 30"]),
    ("30 例患者中，CR 12 例，PR 9 例。", ["CR 40", "PR 30"]),
    # a long population phrase between the metric and its number
    ("The objective response rate in patients who had received at least three prior lines of "
     "therapy was 58%.", ["ORR 58"]),
    ("The complete response rate among heavily pretreated participants with extramedullary "
     "disease was 41%.", ["CR 41"]),
    ("既往接受过至少三线治疗且伴有髓外病变的患者中客观缓解率为 58%。", ["ORR 58"]),
    # one metric, a list of slots, `respectively`
    ("Objective response rates at months 3, 6 and 12 were 60%, 55% and 48%, respectively.",
     ["ORR 60", "ORR 55", "ORR 48"]),
    ("The CR rates at day 28 and day 90 were 70% and 65%, respectively.", ["CR 70", "CR 65"]),
    ("第 1、3、6 个月的完全缓解率分别为 80%、75% 和 70%。", ["CR 80", "CR 75", "CR 70"]),
    ("治疗后 1 个月、3 个月和 6 个月的客观缓解率分别为 90%、85% 和 80%。",
     ["ORR 90", "ORR 85", "ORR 80"]),
    # `at least a PR` / `PR 及以上` is an objective response
    ("Of the 9 patients, each achieved at least a partial response.", ["ORR 100"]),
    ("The rate of partial response or better was 72%.", ["ORR 72"]),
    ("在 20 例可评估患者中，PR 及以上 16 例。", ["ORR 80"]),
    # disease-specific response criteria are OTHER
    ("All three patients with arthritis had an ACR-EULAR major clinical response.",
     ["OTHER 100"]),
    # negation: not reached
    ("3 例患者未达到完全缓解。", []),
    ("Three patients did not achieve a complete response.", []),
    # duration of response is not a response rate
    ("Of the responders, 60% had responses lasting more than 12 months.", []),
    ("Among responders, 52% had remissions persisting beyond 1 year.", []),
    ("In responding patients, 70% of responses were durable beyond 1 year.", []),
    ("缓解患者中，65% 的缓解持续 12 个月以上。", []),
    ("客观缓解率为 60%，其中 50% 的患者缓解维持 6 个月以上。", ["ORR 60"]),
    ("The duration of response exceeded 6 months in 52% of responders.", []),
]


@pytest.mark.parametrize(("text", "expected"), ROUND2_FORMS)
def test_round2_forms(pipe, text, expected):
    assert [r.value for r in run(pipe, text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Among the six patients in cohort B, all had a complete response.", [(6, 6)]),
    ("共入组 9 例患者，均获得客观缓解。", [(9, 9)]),
    ("Among the 8 patients, all but one achieved a complete response.", [(7, 8)]),
    ("Of 30 patients, 12 had a CR and 9 a PR.", [(12, 30), (9, 30)]),
    ("Nineteen of the 30 adults (63%) responded.", [(19, 30)]),
])
def test_round2_numerator_and_denominator(pipe, text, expected):
    assert [(r.numerator, r.denominator) for r in run(pipe, text)] == expected


@pytest.mark.parametrize(("text", "timepoints"), [
    ("Complete remission rates at 4 weeks, 3 months and 12 months were 50%, 45% and 41%, "
     "respectively.", ["4 weeks", "3 months", "12 months"]),
    ("The CR rates at day 28 and day 90 were 70% and 65%, respectively.", ["day 28", "day 90"]),
    ("治疗后 1 个月、3 个月和 6 个月的客观缓解率分别为 90%、85% 和 80%。",
     ["1 个月", "3 个月", "6 个月"]),
])
def test_respectively_slots_give_timepoints(pipe, text, timepoints):
    assert [r.timepoint for r in run(pipe, text)] == timepoints


# Round-3 forms (new examples, both languages): rates after a metric phrase
# ending in a colon and compared across arms (`X% with A versus Y% with B`);
# `best response was X, achieved by n of N`; counts of complete and partial
# responses sharing one noun, tied to the sentence's cohort; `n of the N
# responses were complete` (responses are no denominator); a count with its
# metric and stated rate (`1 例 PR（6%）`); maintained/sustained responses
# are no rate.
ROUND3_FORMS = [
    ("Complete responses were frequent: 40% with CAR-T versus 12% with standard care.",
     ["CR 40", "CR 12"]),
    ("The overall response rate was 71%: 65% in patients with DLBCL and 80% in those with FL.",
     ["ORR 71", "ORR 65", "ORR 80"]),
    ("客观缓解情况如下：试验组 45%，对照组 20%。", ["ORR 45", "ORR 20"]),
    ("The best response was partial response, achieved by 3 of 10 patients.", ["PR 30"]),
    ("The best overall response was stable disease, seen in 6 of 12 patients.", ["SD 50"]),
    ("Among 40 evaluable patients, the ORR was 60%, with 10 complete and 14 partial responses.",
     ["ORR 60", "CR 25", "PR 35"]),
    ("In 25 patients, the ORR was 48%, including 6 complete responses and 5 partial responses.",
     ["ORR 48", "CR 24", "PR 20"]),
    ("Three of the five responses were partial.", ["PR n=3"]),
    ("Two of the four remissions were complete.", ["CR n=2"]),
    ("20 例可评估患者中 4 例 CR（20%）、6 例 PR（30%）。", ["CR 20", "PR 30"]),
    ("12 例患者均达到 CR（12/12）。", ["CR 100"]),
    ("Eight patients achieved CR (40%).", ["CR 40"]),
    # maintained or sustained responses
    ("4 例维持完全缓解超过 1 年。", []),
    ("中位随访 12 个月，5 例保持 MRD 阴性 CR。", []),
    ("Five patients maintained their complete response at 12 months.", []),
    ("Two patients remained in CR at last follow-up.", []),
    ("3 例患者持续保持 CR。", []),
]


@pytest.mark.parametrize(("text", "expected"), ROUND3_FORMS)
def test_round3_forms(pipe, text, expected):
    assert [r.value for r in run(pipe, text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Among 40 evaluable patients, the ORR was 60%, with 10 complete and 14 partial responses.",
     [(None, None), (10, 40), (14, 40)]),
    ("Three of the five responses were partial.", [(3, None)]),
    ("20 例可评估患者中 4 例 CR（20%）、6 例 PR（30%）。", [(4, 20), (6, 20)]),
])
def test_round3_numerator_and_denominator(pipe, text, expected):
    assert [(r.numerator, r.denominator) for r in run(pipe, text)] == expected


def test_count_with_metric_and_rate_spans_the_stated_percent(pipe):
    text = "18 例可评估患者中 1 例 PR（6%）。"
    records = run(pipe, text)
    assert [r.value for r in records] == ["PR 6"]
    assert "6%" in records[0].text


# Round-4 forms (new examples, both languages): a whole group of a count with
# an adverb or a time phrase before 均/全部 (`N 例患者亦全部缓解`, `N 例患者在
# 回输后 … 全部获得缓解`) and a bare 缓解/有效 after it; a whole group meeting
# a disease-specific remission standard (`全部达到 X 缓解标准`, `met DORIS
# criteria`); `n of N patients <descriptor> responded`; rates in a bracket
# after a metric phrase with a predicate (`responses were infrequent (9% vs
# 5%)`), compared with vs/versus/对比/比/与.
ROUND4_FORMS = [
    # N 例患者亦/也/同样/最终 全部/均 缓解/有效
    ("后续入组的 9 例患者也全部缓解。", ["ORR 100"]),
    ("扩展队列 15 例患者同样均有效。", ["ORR 100"]),
    ("另一中心的 7 例患者最终均获得缓解。", ["ORR 100"]),
    ("6 例患者经 CAR-T 治疗后均达到完全缓解。", ["CR 100"]),
    ("10 例患儿在输注后 4 周内全部获得缓解，其中 7 例为 CR。", ["ORR 100", "CR 70"]),
    ("5 例滑膜肉瘤患者均获得部分缓解。", ["PR 100"]),
    ("All 11 evaluable patients also responded.", ["ORR 100"]),
    ("In the second cohort, 11 patients all responded.", ["ORR 100"]),
    # 症状缓解 is no tumour response
    ("5 例患者症状均缓解。", []),
    # a whole group meeting a remission standard
    ("6 例狼疮患者均符合 LLDAS 标准。", ["OTHER 100"]),
    ("12 例 SLE 患者全部达到 DORIS 缓解。", ["OTHER 100"]),
    ("5 例狼疮肾炎患者均获得完全肾脏缓解。", ["OTHER 100"]),
    ("10 例 SLE 患者中 7 例达到缓解。", ["OTHER 70"]),
    ("All five patients met DORIS criteria for remission.", ["OTHER 100"]),
    ("All four participants fulfilled the DORIS 2021 definition of remission.", ["OTHER 100"]),
    # n of N patients <descriptor> responded / achieved
    ("4 of 10 patients with refractory disease in the expansion cohort achieved a complete "
     "response.", ["CR 40"]),
    ("Three of 9 patients harbouring a BRAF mutation at the highest dose level had a partial "
     "response.", ["PR 33.3"]),
    ("Five of 8 participants with bulky disease in arm B responded.", ["ORR 62.5"]),
    # a dose level number is no count of responders
    ("Two patients at dose level 2 had a partial response.", ["PR n=2"]),
    # rates in a bracket after a metric phrase with a predicate
    ("Complete responses were uncommon in both arms (12% versus 7%).", ["CR 12", "CR 7"]),
    ("Objective responses were rare (4% vs. 2%).", ["ORR 4", "ORR 2"]),
    ("The CR rate was higher in the CAR-T group (35% vs 12%, P<0.001).", ["CR 35", "CR 12"]),
    ("Response rates were similar (40% and 38%, respectively).", ["ORR 40", "ORR 38"]),
    ("客观缓解率较低（11% 对比 6%）。", ["ORR 11", "ORR 6"]),
    ("两组完全缓解率相近（40%与38%）。", ["CR 40", "CR 38"]),
    ("CAR-T 组的 ORR 显著高于化疗组（71% vs 38%）。", ["ORR 71", "ORR 38"]),
    ("ORRs were 40% and 38% in arms A and B, respectively.", ["ORR 40", "ORR 38"]),
    # a method phrase before the bracket is no predicate of the rate
    ("Objective responses were evaluated in patients with measurable disease (65%).", []),
    ("Patients with a complete response had longer PFS (80% vs 40%).", []),
]


@pytest.mark.parametrize(("text", "expected"), ROUND4_FORMS)
def test_round4_forms(pipe, text, expected):
    assert [r.value for r in run(pipe, text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("后续入组的 9 例患者也全部缓解。", [(9, 9)]),
    ("10 例患儿在输注后 4 周内全部获得缓解，其中 7 例为 CR。", [(10, 10), (7, 10)]),
    ("Five of 8 participants with bulky disease in arm B responded.", [(5, 8)]),
])
def test_round4_numerator_and_denominator(pipe, text, expected):
    assert [(r.numerator, r.denominator) for r in run(pipe, text)] == expected


# Round-5 forms: a qualifier of the response (`with full hematologic
# recovery`, `伴血液学完全恢复`) between the metric and its rate.
ROUND5_FORMS = [
    ("Complete remission with full hematologic recovery was reached by 40% versus 21%.",
     ["CR 40", "CR 21"]),
    ("Complete response with incomplete count recovery was achieved in 20% of patients.",
     ["CR 20"]),
    ("CR with partial hematologic recovery occurred in 12 of 40 patients.", ["CR 30"]),
    ("Complete remission without platelet recovery was observed in 4 of 25 patients.",
     ["CR 16"]),
    ("完全缓解伴血液学完全恢复的比例为 38%。", ["CR 38"]),
    ("完全缓解伴血细胞计数不完全恢复者占 22%。", ["CR 22"]),
    ("完全缓解（伴血液学完全恢复）率为 36%，对照组为 15%。", ["CR 36", "CR 15"]),
    # recovery of blood counts alone is no response
    ("Full hematologic recovery was reached by 60% of patients.", []),
    ("血液学完全恢复者占 60%。", []),
]


@pytest.mark.parametrize(("text", "expected"), ROUND5_FORMS)
def test_round5_forms(pipe, text, expected):
    assert [r.value for r in run(pipe, text)] == expected


# Round-8 forms (new examples, both languages): reactions and responses in
# other senses (反应性, 输液反应, inflammatory response …) are no response;
# stable disease or better is disease control; a count word before a
# singular response noun (`one complete response`, `a single CR`) with the
# denominator of the rate or cohort before it; a stated percent in a bracket
# after the response phrase (`8 例获得缓解（73%）`) wins over n/N; an
# ongoing qualifier after a counted response keeps the count.
ROUND8_FORMS = [
    # reactions and responses in other senses
    ("治疗组 21 例出现反应性毛细血管增生，均为 1~2 级。", []),
    ("12 例患者出现输液反应。", []),
    ("5 例发生过敏反应，3 例出现炎症反应。", []),
    ("8 例患者检测到抗体应答。", []),
    ("过敏反应率为 12%。", []),
    ("Infusion reactions occurred in 14% of patients.", []),
    ("An inflammatory response was seen in 6 patients.", []),
    ("T-cell responses were observed in 9 of 12 patients.", []),
    ("Hypersensitivity reactions were reported in 3 patients.", []),
    ("A reactive lymphadenopathy developed in 4 patients.", []),
    ("12 例患者获得缓解。", ["ORR n=12"]),
    # stable disease or better is disease control
    ("Stable disease or better was observed in 12 of 20 patients.", ["DCR 60"]),
    ("SD or better was seen in 70% of patients.", ["DCR 70"]),
    ("At least stable disease was achieved by 15 of 18 patients.", ["DCR 83.3"]),
    ("The rate of stable disease or better was 64%.", ["DCR 64"]),
    ("疾病稳定及以上者占 65%。", ["DCR 65"]),
    ("至少疾病稳定的患者比例为 80%。", ["DCR 80"]),
    ("14 例患者中，SD 及以上 11 例。", ["DCR 78.6"]),
    ("Stable disease was seen in 30% of patients.", ["SD 30"]),
    # a treated cohort is no count of a response named after it
    ("40 patients were treated and stable disease or better was seen in 45%, including three "
     "partial responses.", ["DCR 45", "PR 7.5"]),
    ("Twenty patients were enrolled and a complete response was seen in 25%.", ["CR 25"]),
    ("其中存在髓外病灶的 24 例患者 ORR 为 75%，CR 率为 50%。", ["ORR 75", "CR 50"]),
    ("In 18 evaluable patients the CR rate was 44%.", ["CR 44"]),
    # a count word before a singular response noun
    ("The ORR was 40% (8 of 20), including one complete response and seven partial responses.",
     ["ORR 40", "CR 5", "PR 35"]),
    ("The ORR was 30% (6/20), with one CR.", ["ORR 30", "CR 5"]),
    ("Of 14 patients, five responded, including a single complete response.",
     ["ORR 35.7", "CR 7.1"]),
    ("Of 9 patients treated, three had tumour shrinkage of more than 30%, including one "
     "complete remission.", ["CR 11.1"]),
    ("One patient had a complete response and two had partial responses.",
     ["CR n=1", "PR n=2"]),
    ("客观缓解率为 40%（8/20），其中完全缓解 2 例。", ["ORR 40", "CR 10"]),
    ("共 9 例患者，一例达到完全缓解，两例达到部分缓解。", ["CR 11.1", "PR 22.2"]),
    ("Only one patient developed grade 3 CRS.", []),
    ("One patient had a response lasting 6 months.", []),
    # the stated percent after the response phrase wins over n/N
    ("共治疗 20 例患者，12 例获得缓解（60%），其中 5 例 CR。", ["ORR 60", "CR 25"]),
    ("15 例黑色素瘤患者中有 9 例达到客观缓解（60%）。", ["ORR 60"]),
    ("13 例患者有 7 例有效（54%）。", ["ORR 54"]),
    ("18 例患者，其中 6 例获得部分缓解（33%）。", ["PR 33"]),
    ("Of the 12 patients, nine had an objective response (75%).", ["ORR 75"]),
    ("Of 21 treated patients, 11 responded (11/21, 52%).", ["ORR 52"]),
    ("In 11 patients, 8 (73%) achieved an objective response.", ["ORR 73"]),
    ("An objective response was achieved by 9 (75%) of the 12 patients.", ["ORR 75"]),
    # an ongoing qualifier after a counted response keeps the count
    ("The ORR was 25% (3 of 12), with one complete response that was ongoing at 24 months.",
     ["ORR 25", "CR 8.3"]),
    ("20 例患者中 2 例完全缓解，且缓解持续至今。", ["CR 10"]),
]


@pytest.mark.parametrize(("text", "expected"), ROUND8_FORMS)
def test_round8_forms(pipe, text, expected):
    assert [r.value for r in run(pipe, text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("共治疗 20 例患者，12 例获得缓解（60%），其中 5 例 CR。", [(12, 20), (5, 20)]),
    ("15 例黑色素瘤患者中有 9 例达到客观缓解（60%）。", [(9, 15)]),
    ("13 例患者有 7 例有效（54%）。", [(7, 13)]),
    ("The ORR was 30% (6/20), with one CR.", [(6, 20), (1, 20)]),
    ("40 patients were treated and stable disease or better was seen in 45%, including three "
     "partial responses.", [(None, None), (3, 40)]),
])
def test_round8_numerator_and_denominator(pipe, text, expected):
    assert [(r.numerator, r.denominator) for r in run(pipe, text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Eight patients were treated and achieved a complete response.", ["CR n=8"]),
    ("Skin reactions occurred in 5 patients.", []),
    ("The cutaneous response rate was 42% in mycosis fungoides.", ["ORR 42"]),
])
def test_round8_same_subject_and_skin(pipe, text, expected):
    assert [r.value for r in run(pipe, text)] == expected


# round 9: table columns with a percent unit, DORIS / LLDAS / MG-ADL / QMG /
# minimal symptom expression / disease-activity remissions (OTHER), CR with a
# recovery qualifier, `N patients in CR`, a rate coordinated after `and in`,
# pooled categories (`sCR 和 CR 合计`), `P% of N patients … responded`
ROUND9_FORMS = [
    # a column header naming a metric and the percent unit: bare cells are rates
    ("表1 CAR-T 研究\n研究\t例数\tORR（%）\tCR（%）\nA\t20\t69.0\t22.4\nB\t30\t45\t10\n",
     ["ORR 69", "CR 22.4", "ORR 45", "CR 10"]),
    ("Table 2. Outcomes\nTrial\tN\tORR, %\tCR rate (%)\tMedian PFS, months\nX\t50\t72\t40\t11.2\n",
     ["ORR 72", "CR 40"]),
    ("表2\n研究\t例数\t客观缓解率/%\t中位随访/月\nA\t20\t55.0\t12.5\n", ["ORR 55"]),
    ("Table 4\nStudy\tPatients\tAge\tORR (%)\nA\t25\t60\t48 (30-66)\n", ["ORR 48"]),
    ("表5\n研究\t缓解率(%)\t3级CRS(%)\nA\t80\t12\n", ["ORR 80"]),
    # near misses: no percent unit in the header, or no metric
    ("Table 3\nStudy\tN\tORR\tCR\nA\t20\t15\t4\n", []),
    ("表6\n研究\t例数\tCRS(%)\t神经毒性(%)\nA\t20\t45\t10\n", []),
    ("Table 7\nStudy\tN\tGrade 3 CRS after CR (%)\nA\t20\t15\n", []),
    # disease-specific remissions and responses
    ("Seven of eight patients reached remission according to the DORIS criteria.",
     ["OTHER 87.5"]),
    ("All 12 participants achieved LLDAS by month 6.", ["OTHER 100"]),
    ("At week 24, MG-ADL responders were 68% in the CAR-T arm and 30% in the placebo arm.",
     ["OTHER 68", "OTHER 30"]),
    ("A ≥3-point improvement in QMG score was seen in 60% of patients.", ["OTHER 60"]),
    ("8 例达到低疾病活动度，占 66.7%。", ["OTHER 66.7"]),
    ("QMG评分较基线降低≥3分者占 58%。", ["OTHER 58"]),
    ("5 例患者达到最小症状表达，占 50%。", ["OTHER 50"]),
    ("Minimal symptom expression was reached in 40% of patients.", ["OTHER 40"]),
    ("4 例于第 12 周达到疾病活动度缓解（66.7%）。", ["OTHER 66.7"]),
    # biomarker declines are no response
    ("抗体滴度较基线下降 50% 以上者占 70%。", []),
    ("B cell depletion was achieved in 100% of patients.", []),
    ("AChR antibody titres fell by more than 50% in 6 of 8 patients.", []),
    # CR with a recovery qualifier; arms compared
    ("CR with incomplete count recovery was achieved in 30% versus 12%.", ["CR 30", "CR 12"]),
    ("Complete remission with partial or full hematologic recovery occurred in 51% and 33% of "
     "patients, respectively.", ["CR 51", "CR 33"]),
    ("完全缓解伴血液学不完全恢复的比例分别为 44% 和 25%。", ["CR 44", "CR 25"]),
    ("伴血液学部分恢复的完全缓解率为 20%。", ["CR 20"]),
    # N patients in CR
    ("At data cutoff, 12 patients were in CR.", ["CR n=12"]),
    ("12 例患者处于 CR 状态。", ["CR n=12"]),
    ("Of 20 patients, 5 remained in CR at 2 years.", []),
    # a rate coordinated after `and in`, each with its own group
    ("ORR was 80% in 25 patients at dose level 1 and 60% in 20 patients at dose level 2.",
     ["ORR 80", "ORR 60"]),
    ("Responses occurred in 55% of 40 patients in cohort A and in 35% of 20 patients in "
     "cohort B.", ["ORR 55", "ORR 35"]),
    # two categories pooled
    ("完全缓解和部分缓解合计 20 例，占 66.7%。", ["ORR 66.7"]),
    ("CR and CRi combined were achieved in 40%.", ["CR 40"]),
    ("CR 和 PR 率分别为 40% 和 30%。", ["CR 40", "PR 30"]),
    ("CR or sCR was achieved in 18 (54.5%) patients.", ["CR 54.5"]),
    ("sCR 与 CR 共 12 例（40%）。", ["CR 40"]),
    ("Of the 30 patients, 18 (60%) were in CR or better at month 6.", ["CR 60"]),
    ("The proportion of patients with SRI-4 response was 70% versus 40%.",
     ["OTHER 70", "OTHER 40"]),
    ("Drug-free remission was maintained in 5 patients.", []),
    # P% of N patients … responded
    ("85% of the 40 patients treated at the recommended dose responded.", ["ORR 85"]),
    ("60% of 20 evaluable patients had a complete response.", ["CR 60"]),
    ("50% of 30 patients had grade 3 CRS.", []),
    ("其中 6 例在第 3 个月时出现 CRS（50%）。", []),
    ("6 例在随访第 3 个月获得完全缓解（50%）。", ["CR 50"]),
]


@pytest.mark.parametrize(("text", "expected"), ROUND9_FORMS)
def test_round9_forms(pipe, text, expected):
    assert [r.value for r in run(pipe, text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("70% of 30 patients responded.", [(None, 30)]),
    ("完全缓解合计 9 例，占 45%。", [(9, None)]),
])
def test_round9_numerator_and_denominator(pipe, text, expected):
    assert [(r.numerator, r.denominator) for r in run(pipe, text)] == expected


# round 10: rates compared with `against`/`compared to` and parallel lists
# mapped in order (`对照组分别为 42% 和 5%`); `responses in n of N`, `P% of
# patients … responded`; a count after a responded-rate (`including 6 with
# CR`) and a bracketed n/N after a counted state; elliptical `and four PR`;
# 最佳疗效为 SD（n 例）; VGPR is OTHER; MRD found by a method after the CR;
# `N 例(仍)有缓解`; `all N with <disease>` and ACR/EULAR improvement; a named
# response with a duration counted; responders as the subject of another event
ROUND10_FORMS = [
    # comparisons and parallel lists
    ("The ORR was 38.2% against 12.5% with docetaxel.", ["ORR 38.2", "ORR 12.5"]),
    ("CR rates were 44% and 41% in the two combination arms, as against 20% with placebo.",
     ["CR 44", "CR 41", "CR 20"]),
    ("The ORR was 62% compared to 30% with standard care.", ["ORR 62", "ORR 30"]),
    ("试验组客观缓解率 65%，完全缓解率 30%，对照组分别为 40% 和 12%。",
     ["ORR 65", "CR 30", "ORR 40", "CR 12"]),
    ("The ORR and CR rate were 80% and 60%, respectively, versus 50% and 30% with placebo.",
     ["ORR 80", "CR 60", "ORR 50", "CR 30"]),
    ("完全缓解率为 54%；3 级及以上 CRS 和神经毒性的发生率分别为 13% 和 28%。", ["CR 54"]),
    ("The ORR was 70%; grade 3 CRS and neurotoxicity occurred in 10% and 5%, respectively.",
     ["ORR 70"]),
    # responses in n of N, P% of patients … responded
    ("The regimen produced responses in 18 of the first 24 patients.", ["ORR 75"]),
    ("Tebentafusp induced responses in 9 of 40 patients (22.5%).", ["ORR 22.5"]),
    ("The trial reported responses in 45% of 60 patients.", ["ORR 45"]),
    ("About 40% of patients in the combination arm responded.", ["ORR 40"]),
    ("Roughly 30% of patients had grade 3 CRS.", []),
    ("The study reported infections in 12 of 40 patients.", []),
    # a count after a responded-rate; a bracketed n/N after a counted state
    ("Of 30 treated patients, 18 responded (60%), including 9 with complete remission.",
     ["ORR 60", "CR 30"]),
    ("Of 20 patients, 12 responded, including 4 with a partial response.",
     ["ORR 60", "PR 20"]),
    ("Six patients were in complete remission at month 3 (6/10).", ["CR 60"]),
    ("6 例患者于第 3 个月时处于完全缓解（6/10）。", ["CR 60"]),
    ("Six patients were in complete remission; 3/10 had grade 3 CRS.", ["CR n=6"]),
    # a response word then its count; elliptical lists
    ("Of the 20 patients, six achieved CR and five PR.", ["CR 30", "PR 25"]),
    ("Of 12 patients, three had a CR, four a PR and two SD.", ["CR 25", "PR 33.3", "SD 16.7"]),
    ("共入组 12 例患者，最佳疗效为 PR（3 例）。", ["PR 25"]),
    ("入组 10 例患者，疗效评价为 SD 6 例。", ["SD 60"]),
    ("疗效：sCR 8 例，VGPR 3 例，PR 1 例。", ["CR n=8", "OTHER n=3", "PR n=1"]),
    ("A very good partial response was achieved in 25% of patients.", ["OTHER 25"]),
    ("Four patients had VGPR and two had PR.", ["OTHER n=4", "PR n=2"]),
    # MRD after the CR
    ("4 例均获得完全缓解，且二代测序未检出 MRD。", ["MRD-CR 100"]),
    ("10 例患者中 8 例达到 CR，骨髓流式检测未发现微小残留病。", ["MRD-CR 80"]),
    ("Seven of 10 patients had a complete remission without detectable MRD.", ["MRD-CR 70"]),
    ("Nine patients achieved CR with no measurable residual disease by flow.", ["CR n=9"]),
    ("4 例获得完全缓解，2 例 MRD 阳性。", ["CR n=4"]),
    # `N 例(仍)有缓解`
    ("20 例可评估患者中 15 例有缓解。", ["ORR 75"]),
    ("既往接受过 CD19 治疗的 8 例中 5 例仍获缓解。", ["ORR 62.5"]),
    ("20 例可评估患者中 6 例疼痛有所缓解。", []),
    ("20 例可评估患者中 6 例持续缓解超过 12 个月。", []),
    # all N with <disease>, ACR/EULAR improvement
    ("All five with lupus nephritis achieved a complete renal response.", ["OTHER 100"]),
    ("All four with myositis had a moderate ACR-EULAR response.", ["OTHER 100"]),
    ("4 例皮肌炎患者均达到 ACR/EULAR 中度改善。", ["OTHER 100"]),
    ("All five with lupus nephritis had proteinuria at baseline.", []),
    # a named response with a duration is counted; a sustained rate is not
    ("Of 12 patients, one had a complete response lasting 14 months.", ["CR 8.3"]),
    ("Of 10 patients, two had partial responses lasting over 6 months.", ["PR 20"]),
    ("One patient had a response lasting 6 months.", []),
    ("The rate of complete response lasting at least 6 months was 30%.", []),
    # responders as the subject of another event
    ("Twenty responders underwent consolidative transplantation.", []),
    ("Five complete responders later relapsed.", []),
    ("Thirty responders had ongoing responses at 12 months.", []),
    ("Twelve responders were observed.", ["ORR n=12"]),
]


@pytest.mark.parametrize(("text", "expected"), ROUND10_FORMS)
def test_round10_forms(pipe, text, expected):
    assert [r.value for r in run(pipe, text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Of 30 treated patients, 18 responded (60%), including 9 with complete remission.",
     [(18, 30), (9, 30)]),
    ("Six patients were in complete remission at month 3 (6/10).", [(6, 10)]),
    ("The regimen produced responses in 18 of the first 24 patients.", [(18, 24)]),
])
def test_round10_numerator_and_denominator(pipe, text, expected):
    assert [(r.numerator, r.denominator) for r in run(pipe, text)] == expected


ROUND11_FORMS = [
    # two metrics in one sentence: a value takes the metric after it in its clause
    ("The objective response rate was 88% (44 of 50 patients), and 60% of patients (30 of 50) "
     "had a complete remission.", ["ORR 88", "CR 60"]),
    ("Of 80 patients, 45% had a complete response and 70% any response.", ["CR 45", "ORR 70"]),
    ("Of 40 patients, 12 had a complete response and 30 had any response.",
     ["CR 30", "ORR 75"]),
    # nobody responded: a rate of 0 (note 27, as jz_09's gold; round 23)
    ("No patient had any response.", ["ORR 0"]),
    # MRD-negative CR is its own phrase after a CR with a CRi aside
    ("12例患者达到完全缓解，微小残留病阴性完全缓解率为50%。", ["CR n=12", "MRD-CR 50"]),
    ("20例患者中16例（80%）达到完全缓解（CRi），骨髓MRD（流式）阴性CR率为60%（12/20）。",
     ["CR 80", "MRD-CR 60"]),
    # a count binds to the metric of its own 者-clause
    ("10例患者中，疗效达完全缓解者6例、达部分缓解者3例。", ["CR 60", "PR 30"]),
    ("8例患者中，肝脏病灶达CR者5例、达部分缓解（PR）者2例。", ["CR 62.5", "PR 25"]),
    # cut-offs, categories and heterogeneity are no rates
    ("ORR by PD-L1 score was 58.1% (>=50%, n = 31) and 30.0% (<1%, n = 20).",
     ["ORR 58.1", "ORR 30"]),
    ("The CR rate was 44% (95% CI 35-53), with moderate heterogeneity (I² = 61%).", ["CR 44"]),
    ("客观缓解率为 42.0%，异质性较高（I² = 70%）。", ["ORR 42"]),
    # a timepoint number is no count
    ("The day-28 CR rate in the ALL cohort was 81%.", ["CR 81"]),
    ("The week-12 PR rate in adults was 30%.", ["PR 30"]),
    ("The month-6 ORR was 40% (16/40).", ["ORR 40"]),
    # survival among responders is no rate
    ("Two-year OS among complete responders was 80%.", []),
    ("Progression-free survival in patients who achieved a partial response was 35% at 1 year.",
     []),
    ("CR 患者的 2 年无进展生存率为 62%。", []),
    # a coordinated second arm carries the metric
    ("A complete response was reached by 30 of 60 patients (50%) receiving drug A and by "
     "12 of 58 (20.7%) receiving placebo.", ["CR 50", "CR 20.7"]),
    # responders as a denominator
    ("Overall, 45% of the 20 responders remained in response at 1 year.", []),
    # 百分之 percentages
    ("10例患者中8例（百分之八十）获得客观缓解。", ["ORR 80"]),
    ("百分之六十的患者达到完全缓解。", ["CR 60"]),
    ("6例重症肌无力患者中有3例（百分之五十）达到最小症状表现。", ["OTHER 50"]),
]


@pytest.mark.parametrize(("text", "expected"), ROUND11_FORMS)
def test_round11_forms(pipe, text, expected):
    assert [r.value for r in run(pipe, text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The objective response rate was 88% (44 of 50 patients), and 60% of patients (30 of 50) "
     "had a complete remission.", [(44, 50), (30, 50)]),
    ("8例患者中，肝脏病灶达CR者5例、达部分缓解（PR）者2例。", [(5, 8), (2, 8)]),
    ("6例重症肌无力患者中有3例（百分之五十）达到最小症状表现。", [(3, 6)]),
])
def test_round11_numerator_and_denominator(pipe, text, expected):
    assert [(r.numerator, r.denominator) for r in run(pipe, text)] == expected


# ------------------------------------------------------------------ round 12
ROW_METRIC_TABLE_ZH = """表 2 治疗后 6 个月疗效（n（%））

| 疗效 | 全部患者（n=40） | A 组（n=24） | B 组（n=16） |
|---|---|---|---|
| 总缓解率 | 28（70.0%） | 18（75.0%） | 10（62.5%） |
| 完全缓解 | 16（40.0%） | 10（41.7%） | 6（37.5%） |
"""

ROW_METRIC_TABLE_EN = """Table 3. Best response by arm

| Response | Arm A (N = 30) | Arm B (N = 20) |
|---|---|---|
| Complete response, n (%) | 12 (40.0%) | 5 (25.0%) |
| Stable disease, n (%) | 6 (20.0%) | 4 (20.0%) |
"""

COUNT_COLUMN_TABLE_ZH = """表 4 各组疗效与安全性
组别\t例数\tCR\t≥3级CRS
CD19 CAR-T\t16\t12\t1
CD22 CAR-T\t10\t6\t0
"""

COUNT_COLUMN_TABLE_EN = """Table 2. Outcomes by dose level
Dose level\tPatients\tPR\tDeaths
DL1\t8\t2\t1
DL2\t12\t9\t0
"""


@pytest.mark.parametrize(("text", "expected"), [
    # note 21: a row label naming a metric makes each cell of the row its rate,
    # with the column's `(n = N)` as denominator
    (ROW_METRIC_TABLE_ZH, [("ORR 70", 28, 40), ("ORR 75", 18, 24), ("ORR 62.5", 10, 16),
                           ("CR 40", 16, 40), ("CR 41.7", 10, 24), ("CR 37.5", 6, 16)]),
    (ROW_METRIC_TABLE_EN, [("CR 40", 12, 30), ("CR 25", 5, 20), ("SD 20", 6, 30),
                           ("SD 20", 4, 20)]),
    # a metric column's bare integers are counts of the row's cohort (its count column)
    (COUNT_COLUMN_TABLE_ZH, [("CR 75", 12, 16), ("CR 60", 6, 10)]),
    (COUNT_COLUMN_TABLE_EN, [("PR 25", 2, 8), ("PR 75", 9, 12)]),
])
def test_round12_response_tables(pipe, text, expected):
    assert [(r.value, r.numerator, r.denominator) for r in run(pipe, text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a row label with more than a metric, or a metric column over no cohort size
    ("| Outcome | Arm A (n = 30) |\n|---|---|\n| Median time to complete response, months | 2.1 |\n",
     []),
    ("Table 1\nGroup\tCR\tPR\nA\t3\t2\nB\t4\t1\n", []),
    # across studies a bare number under a metric rate may be a percentage
    ("表3 既往研究\n研究\t例数\tCR率\nA 研究\t20\t15\n", []),
    ("Table 2. Earlier studies\nStudy\tPatients\tORR\nSmith 2019\t20\t15\n", []),
])
def test_round12_tables_without_rates(pipe, text, expected):
    assert [r.value for r in run(pipe, text)] == expected


ROUND12_FORMS = [
    # a new subject after `and` keeps its survival cue from the rate before it
    ("The overall response rate was 52.4% and 2-year overall survival was 61%.", ["ORR 52.4"]),
    ("The day-28 complete remission rate was 70% and median progression-free survival was "
     "9 months.", ["CR 70"]),
    ("客观缓解率为 55%，而 1 年无进展生存率为 38%。", ["ORR 55"]),
    ("客观缓解率为 64% 以及 2 年总生存率为 50%。", ["ORR 64"]),
    # ... but survival right after the rate still blocks it
    ("The complete response rate was 40% progression-free at 1 year.", []),
    # a coordinated count of a second group takes the metric
    ("A partial response was observed in four patients in cohort 1 and in two patients in "
     "cohort 2.", ["PR n=4", "PR n=2"]),
    ("A complete response was seen in three patients and two patients died.", ["CR n=3"]),
    # what a treatment produced in the cohort of the sentence
    ("In nine patients with glioma, the infusions produced one partial response and four "
     "stable diseases.", ["PR 11.1", "SD 44.4"]),
    ("12 例患者中，CAR-T 细胞诱导 3 例部分缓解和 6 例疾病稳定。", ["PR 25", "SD 50"]),
    # disease-activity scores reaching remission thresholds are OTHER
    ("All six lupus patients reached a SLEDAI-2K of 0 by month 6.", ["OTHER 100"]),
    ("全部8例狼疮患者均达到SLEDAI-2K评分为0分。", ["OTHER 100"]),
    ("Of 10 patients with systemic sclerosis, 7 had an mRSS reduction of more than 25%.",
     ["OTHER 70"]),
    ("纳入8例患者，8例中有6例改良Rodnan皮肤评分下降超过25%。", ["OTHER 75"]),
    ("The SLEDAI-2K score fell from 12 to 4 in all patients.", []),
]


@pytest.mark.parametrize(("text", "expected"), ROUND12_FORMS)
def test_round12_forms(pipe, text, expected):
    assert [r.value for r in run(pipe, text)] == expected


@pytest.mark.parametrize(("text", "span", "fraction"), [
    # the percent after an n-of-N is the same rate: one mention over both
    ("Responses occurred in 45% (9/20) of adults and in two of eight children with "
     "neuroblastoma (25%).", "two of eight children with neuroblastoma (25%", (2, 8)),
    ("A complete response was reached by three of twelve patients in the low-dose arm (25%).",
     "three of twelve patients in the low-dose arm (25%", (3, 12)),
    # `全部 N 例…均`: the span is the named whole group
    ("全部7例患者治疗后均达到无药缓解。", "全部7例患者", (7, 7)),
    ("All 9 patients were treated and all achieved a complete response.", "All 9 patients",
     (9, 9)),
])
def test_round12_spans(pipe, text, span, fraction):
    rec = run(pipe, text)[-1]
    assert (rec.text, (rec.numerator, rec.denominator)) == (span, fraction)


# ------------------------------------------------------------------ round 13
PAIR_CELL_TABLE_ZH = """表 2 各组最佳疗效［例（%）］
疗效\tA 组（n=20）\tB 组（n=10）
CR\t12（60.0）\t—
CRi\t2（10.0）\t1（10.0）
PR\t—\t4（40.0）
ORR\t14（70.0）\t5（50.0）
"""

PAIR_CELL_TABLE_EN = """Table 3. Best response, n (%)
Response\tCohort 1 (n=16)\tCohort 2 (n=8)
SD\t4 (25.0)\t2 (25.0)
PR\t3 (18.8)\t—
"""


@pytest.mark.parametrize(("text", "expected"), [
    # an `n (%)` cell with the percent sign in the caption, under a row label
    # naming a metric (CRi is CR), with the column's (n = N) as denominator
    (PAIR_CELL_TABLE_ZH, [("CR 60", 12, 20), ("CR 10", 2, 20), ("CR 10", 1, 10),
                          ("PR 40", 4, 10), ("ORR 70", 14, 20), ("ORR 50", 5, 10)]),
    (PAIR_CELL_TABLE_EN, [("SD 25", 4, 16), ("SD 25", 2, 8), ("PR 18.8", 3, 16)]),
    # count and percent that disagree with the cohort size are no rate
    ("表 1\n疗效\tA 组（n=20）\nCR\t12（30.0）\n", []),
])
def test_round13_pair_cells(pipe, text, expected):
    assert [(r.value, r.numerator, r.denominator) for r in run(pipe, text)] == expected


ROUND13_FORMS = [
    # `N of them` is a numerator within the group just named
    ("Of the 14 patients, 10 responded, and 6 of them achieved a complete response.",
     ["ORR 71.4", "CR n=6"]),
    ("Nine patients responded; five of these had a complete remission.", ["ORR n=9", "CR n=5"]),
    # a count followed directly by 缓解 in a list of per-group rates
    ("按剂量分组：低剂量组 ORR 为 60.0%（6/10），高剂量组 12 例中有 9 例缓解（75.0%）。",
     ["ORR 60", "ORR 75"]),
    ("两组共 18 例中有 11 例缓解。", ["ORR 61.1"]),
    # ... not a count of responders as the subject of something else
    ("全部9例缓解患者均接受了巩固治疗。", []),
    ("6 例患者缓解后桥接移植。", []),
    # an elided second arm repeating the frame of the first
    ("试验组 40 例中有 24 例获得完全缓解，对照组 38 例中有 11 例。", ["CR 60", "CR 28.9"]),
    ("A 组 20 例中有 8 例达到 PR，B 组 15 例中仅有 3 例。", ["PR 40", "PR 20"]),
    ("试验组 40 例中有 24 例获得完全缓解，对照组 38 例中有 11 例死亡。", ["CR 60"]),
    # a rate after `metric: <short phrase>为`, and its later value keeps the metric
    ("完全缓解率：初次分析为 58%，随访 24 个月时提升至 71%", ["CR 58", "CR 71"]),
    ("客觀緩解率：首次分析為 62%，中位追蹤 30 個月時提升至 70%", ["ORR 62", "ORR 70"]),
    ("The complete response rate was 45% at 6 months, rising to 52% at 18 months.",
     ["CR 45", "CR 52"]),
    # ... and a bulleted next item's survival does not block the rate
    ("• 完全缓解率：首次分析为 58%，随访 24 个月时提升至 71%\n • 2 年无进展生存率 49.0%",
     ["CR 58", "CR 71"]),
    # what a class of therapy can reach is no cohort's rate
    ("CD22 CAR-T 治疗复发 B-ALL 的完全缓解率可达 70% 以上，但缓解持续时间较短。", []),
    ("With CD19 CAR-T cells, complete remission rates can exceed 85% in B-ALL.", []),
    ("本组完全缓解率达 70%。", ["CR 70"]),
]


@pytest.mark.parametrize(("text", "expected"), ROUND13_FORMS)
def test_round13_forms(pipe, text, expected):
    assert [r.value for r in run(pipe, text)] == expected


@pytest.mark.parametrize(("text", "span", "fraction"), [
    # a count of responders restated as the same metric's rate: one mention, at the rate
    ("全部 30 例患者中 24 例获得客观缓解，ORR 为 80.0%。", "80.0%", (24, 30)),
    ("8 例患者均达到完全缓解（CR 率 100%）。", "100%", (8, 8)),
    # (a rate in a bracket right after the response spans the count too, as
    # `1 例 PR（6%）` does: round 21)
    ("Forty patients were treated, and 26 of them responded (65%).",
     "26 of them responded (65%)", (26, None)),
])
def test_round13_restated_count(pipe, text, span, fraction):
    recs = run(pipe, text)
    assert [(r.text, (r.numerator, r.denominator)) for r in recs] == [(span, fraction)]


ROUND14_FORMS = [
    # `疾病稳定或更好` / `SD or better` is disease control (note 25)
    ("40 例可评估患者中有 22 例（55%）达到疾病稳定或更好。", ["DCR 55"]),
    ("Stable disease or better was seen in 22 of 40 evaluable patients.", ["DCR 55"]),
    # `CR 及以上`, `完全缓解或更好`, `≥CR` are CR (note 15)
    ("客观缓解率 80.0%（16/20），其中 CR 及以上 9 例。", ["ORR 80", "CR 45"]),
    ("20 例患者中 9 例达到完全缓解或更好。", ["CR 45"]),
    ("其中≥CR 的比例为 61.5%。", ["CR 61.5"]),
    # a complete MRD response is MRD-CR
    ("Of 40 evaluable patients, 30 (75%) achieved a complete MRD response.", ["MRD-CR 75"]),
    ("40 例患者中 30 例（75%）获得完全 MRD 缓解。", ["MRD-CR 75"]),
    # a disease state at entry is no response
    ("The study enrolled 64 adults with ALL in haematological complete remission.", []),
    ("We treated 20 patients in first complete remission; 12 of 20 (60%) remained free of "
     "relapse.", []),
    ("At day 28, 15 patients were in haematological complete remission.", ["CR n=15"]),
    ("本研究纳入 30 例处于首次完全缓解期的急性髓系白血病患者。", []),
    ("第 28 天时 15 例处于血液学完全缓解。", ["CR n=15"]),
    # the MRD-negativity rate (e.g. among responders) is no response rate
    ("缓解患者中 MRD 阴性率为 95%。", []),
    ("Among responders, the MRD negativity rate was 95%.", []),
    ("MRD 阴性 CR 率为 60%。", ["MRD-CR 60"]),
    # a confirmed response is a response
    ("Four of 15 evaluable patients had confirmed responses.", ["ORR 26.7"]),
    # a count coordinated after `and` with its verb elided
    ("Of 20 patients, 9 had partial response and 5 stable disease.", ["PR 45", "SD 25"]),
    ("The mean score was 12, 6 SD above baseline.", []),
    # `one more`, `another two`: further patients of the group just counted
    ("Two of ten patients had a complete response and one more a partial response.",
     ["CR 20", "PR 10"]),
    ("Of 12 patients, four achieved CR and another two patients had stable disease.",
     ["CR 33.3", "SD 16.7"]),
    # a subgroup's rate inside the rate before it takes its metric
    ("Objective responses occurred in 9 of the 20 patients, including 3 of 6 patients with "
     "bulky disease.", ["ORR 45", "ORR 50"]),
    ("客观缓解率为 45%（9/20），其中 PD-1 耐药患者 3/6。", ["ORR 45", "ORR 50"]),
]


@pytest.mark.parametrize(("text", "expected"), ROUND14_FORMS)
def test_round14_forms(pipe, text, expected):
    assert [r.value for r in run(pipe, text)] == expected


@pytest.mark.parametrize(("text", "span"), [
    # an n of N restated by a bracketed percentage: one mention spanning both (note 6)
    ("In the squamous subgroup, 3 of 12 patients responded (25.0%).",
     "3 of 12 patients responded (25.0%"),
    ("Ten children received the cells, and 6 of 10 achieved CR (60%).", "6 of 10 achieved CR (60%"),
])
def test_round14_fraction_restated_span(pipe, text, span):
    assert [r.text for r in run(pipe, text)] == [span]


# ------------------------------------------------------------------ round 15
COUNT_PERCENT_HEADER_EN = """Table 4. Response by risk group
Group\tn\tORR, n (%)\tCR, n (%)
High risk\t40\t30 (75.0)\t22 (55.0)
Standard risk\t25\t21 (84.0)\t15 (60.0)
"""

COUNT_PERCENT_HEADER_ZH = """表 3 各亚组疗效
亚组\t例数\t客观缓解［例（%）］\t完全缓解［例（%）］
高危\t40\t30（75.0）\t22（55.0）
"""

ARM_CELL_TABLE_EN = """Table 1. Randomised trials (experimental vs control)
Trial\tN\tORR (%)\tGrade >=3 AEs (%)
ALPHA-1\t480\t51.3 vs 38.0\t60 vs 58
BETA-2\t390\t44 vs 30\t55 vs 52
"""

ARM_CELL_TABLE_ZH = """表 1 随机对照研究（试验组对对照组）
研究\t例数\tORR（%）\t≥3级不良事件（%）
甲研究\t480\t51.3 对 38.0\t60 对 58
"""

STUDY_COUNT_TABLE_ZH = """表 2 本中心各研究疗效
研究\t例数\tCR\tGVHD
CD19 CAR-T\t25\t20\t3
CD22 CAR-T\t12\t9\t0
"""


@pytest.mark.parametrize(("text", "expected"), [
    # a cell under `ORR, n (%)` is a count with its percent, never a rate
    # with a bracketed CI (`30 (75.0)` is 30 responders, 75.0%)
    (COUNT_PERCENT_HEADER_EN, [("ORR 75", 30, 40), ("CR 55", 22, 40), ("ORR 84", 21, 25),
                               ("CR 60", 15, 25)]),
    (COUNT_PERCENT_HEADER_ZH, [("ORR 75", 30, 40), ("CR 55", 22, 40)]),
    # ... also with no cohort size in the row
    ("Table 2\nArm\tCR, n (%)\nA\t12 (40.0)\n", [("CR 40", 12, None)]),
    # a percent column's `a vs b` cell is one rate per arm, with no denominator
    (ARM_CELL_TABLE_EN, [("ORR 51.3", None, None), ("ORR 38", None, None),
                         ("ORR 44", None, None), ("ORR 30", None, None)]),
    (ARM_CELL_TABLE_ZH, [("ORR 51.3", None, None), ("ORR 38", None, None)]),
    # a table of the centre's own studies: integers under a response column
    # (not a rate column) are counts of the row's patients
    (STUDY_COUNT_TABLE_ZH, [("CR 80", 20, 25), ("CR 75", 9, 12)]),
])
def test_round15_tables(pipe, text, expected):
    assert [(r.value, r.numerator, r.denominator) for r in run(pipe, text)] == expected


def test_round15_arm_cell_spans(pipe):
    recs = run(pipe, ARM_CELL_TABLE_EN)
    assert [r.text for r in recs][:2] == ["51.3", "38.0"]


ROUND15_FORMS = [
    # `percent` as a word, and a rate compared with it past its metric cue
    ("In the trial, 58 percent of patients given the cells had a complete response, "
     "compared with 30 percent of those given standard care.", ["CR 58", "CR 30"]),
    ("44% of patients who received CAR-T had a partial response, versus 21% of those who "
     "received chemotherapy.", ["PR 44", "PR 21"]),
    ("接受 CAR-T 治疗的患者中 58% 达到完全缓解，而对照组仅为 30%。", ["CR 58", "CR 30"]),
    # ... not past an adverse event
    ("58% of patients had a complete response, compared with 30% who had grade 3 CRS.",
     ["CR 58"]),
    # the group of `responses in N of them` is no count of responders
    ("A pilot study in 11 patients with glioma reported partial responses in three of them.",
     ["PR 27.3"]),
    ("Of the 14 patients, 10 responded, and 6 of them achieved a complete response.",
     ["ORR 71.4", "CR n=6"]),
    # the next study of a list, its metric elided after a semicolon
    ("ALPHA-1 (480 patients) reported an objective response rate of 51% versus 38%; BETA-2 "
     "(390 patients) 44% versus 30%.", ["ORR 51", "ORR 38", "ORR 44", "ORR 30"]),
    ("ALPHA-1 研究客观缓解率为 51% 对 38%；BETA-2 研究（390 例）为 44% 对 30%。",
     ["ORR 51", "ORR 38", "ORR 44", "ORR 30"]),
    ("The objective response rate was 51%; PFS at one year 38%.", ["ORR 51"]),
]


@pytest.mark.parametrize(("text", "expected"), ROUND15_FORMS)
def test_round15_forms(pipe, text, expected):
    assert [r.value for r in run(pipe, text)] == expected


ROUND16_FORMS = [
    # a later subject opened by a conjunction (up to five words, or `median`)
    # or an event counted in its own group: its exclusion cue is not the rate's
    ("The CR rate was 65% and the overall incidence of severe CRS was 12%.", ["CR 65"]),
    ("The ORR was 44% and the median PFS 6.1 months.", ["ORR 44"]),
    ("The study reported a CR rate of 62.5% (25/40) with grade 3 neurotoxicity in 3 patients.",
     ["CR 62.5"]),
    ("The CR rate was 65% with severe CRS.", []),
    # digits glued to letters are a product code, no count
    ("The TCR-T product ABC105 induced responses in 6 of 10 patients.", ["ORR 60"]),
    # `of the N responders` is the frame of a subset, no count of responders
    ("Of the 30 responders, 12 had responses lasting over a year.", []),
    ("Thirty responders were seen.", ["ORR n=30"]),
    # `and in cohort B it was`: the next cohort's rate takes the same metric
    ("In arm A the ORR was 30/60 (50%) and in arm B it was 12/40 (30%).", ["ORR 50", "ORR 30"]),
    # an n/N set off by dashes details the rate before it
    ("The objective response rate was 75% — 18 of 24 — at week 12.", ["ORR 75"]),
    ("客观缓解率为 75% — 18/24 — 。", ["ORR 75"]),
    # `N complete remissions` counted inside a tied rate (`8 of 20 …, including`)
    ("Nine of 30 had a response, including 4 complete remissions.", ["ORR 30", "CR 13.3"]),
    ("Of 30 patients, 9 achieved a remission, including 4 complete responses.",
     ["ORR 30", "CR 13.3"]),
    # `including N with MRD-negative CR`: a count of the tied group
    ("Of 30 patients, 20 achieved a response, including 12 with MRD-negative CR.",
     ["ORR 66.7", "MRD-CR 40"]),
]


@pytest.mark.parametrize(("text", "expected"), ROUND16_FORMS)
def test_round16_forms(pipe, text, expected):
    assert [r.value for r in run(pipe, text)] == expected


# round 17: a bare count before `converted to`, a count `in N` closing the
# clause after its response, and the cohort of the sentence as denominator
ROUND17_FORMS = [
    ("Of the 8 MRD-positive patients, 6 converted to MRD-negative CR at month 3.", ["MRD-CR 75"]),
    ("Of the 10 evaluable patients, 4 converted to CR.", ["CR 40"]),
    ("10 例 MRD 阳性患者中 4 例转为 MRD 阴性完全缓解。", ["MRD-CR 40"]),
    ("Among the 16 evaluable patients, the best response was partial response in two "
     "and stable disease in eight.", ["PR 12.5", "SD 50"]),
    ("In 25 patients with bulky disease, responses were seen in 10.", ["ORR 40"]),
    ("Complete remission was seen in three.", ["CR n=3"]),
    ("Complete remission was achieved in 2019, and the trial closed.", []),
]


@pytest.mark.parametrize(("text", "expected"), ROUND17_FORMS)
def test_round17_forms(pipe, text, expected):
    assert [r.value for r in run(pipe, text)] == expected


# round 18: a row label carrying the percent unit, `n  %` columns, proportions
# in words and MRD negativity counted among patients in CR (note 26)
LABEL_PERCENT_TABLE_EN = """Table 2. Outcomes by arm
Endpoint                 Arm A (n = 60)    Arm B (n = 58)
Overall response, %      62                35
Complete response, %     31                12
Median PFS, months       9.4               5.1
"""

LABEL_PERCENT_TABLE_ZH = """表 2 两组疗效
指标\t试验组（n=40）\t对照组（n=38）
客观缓解率，%\t55\t30
"""

COUNT_PERCENT_COLUMNS_EN = """Table 1. Best response (n = 30)
Response                        n     %
Overall response               24    80
Very good partial response      6    20
"""

COUNT_PERCENT_COLUMNS_ZH = """表 1 疗效（n = 20）
疗效        例数    比例
完全缓解    9       45.0%
"""


@pytest.mark.parametrize(("text", "expected"), [
    (LABEL_PERCENT_TABLE_EN, [("CR 31", "31"), ("CR 12", "12"), ("ORR 62", "62"),
                              ("ORR 35", "35")]),
    (LABEL_PERCENT_TABLE_ZH, [("ORR 55", "55"), ("ORR 30", "30")]),
    ("Table 4\nOutcome\tYoung\tOld\nBest CR, % (95% CI)\t48.2 (40.1-56.3)\t41.0 (33.2-49.1)\n",
     [("CR 48.2", "48.2"), ("CR 41", "41.0")]),
    # a row label with more than its metric is no rate row
    ("Table 4\nOutcome\tA (n = 20)\tB (n = 20)\nTime to response, %\t40\t35\n", []),
    # `n  %` columns: one rate per row, spanning the count (or a stated `%`)
    (COUNT_PERCENT_COLUMNS_EN, [("ORR 80", "24"), ("OTHER 20", "6")]),
    (COUNT_PERCENT_COLUMNS_ZH, [("CR 45", "45.0%")]),
])
def test_round18_tables(pipe, text, expected):
    assert sorted((r.value, r.text) for r in run(pipe, text)) == sorted(expected)


ROUND18_FORMS = [
    ("淋巴瘤患者的总缓解率约为八成，骨髓瘤患者的总缓解率超过九成。", ["ORR 80", "ORR 90"]),
    ("该中心已完成二十成人患者的治疗。", []),
    ("半数患者达到完全缓解。", ["CR 50"]),
    ("Half of the patients achieved a complete response.", ["CR 50"]),
    ("One in four patients responded.", ["ORR 25"]),
    ("获得 CR 的患者中，21 例骨髓 MRD 阴性。", ["MRD-CR n=21"]),
    ("外周血MRD阴性的CR患者为12例。", ["MRD-CR n=12"]),
    ("总缓解 12 例，部分缓解 5 例。", ["ORR n=12", "PR n=5"]),
]


@pytest.mark.parametrize(("text", "expected"), ROUND18_FORMS)
def test_round18_forms(pipe, text, expected):
    assert [r.value for r in run(pipe, text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("For example, 4 of 10 patients responding to nivolumab after relapse.", ["ORR 40"]),
    ("Of 20 patients responding to therapy, 12 had a complete response.", ["CR n=12"]),
])
def test_round18_responding_to(pipe, text, expected):
    assert [r.value for r in run(pipe, text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a count split by subgroup (note 26): the total and each subgroup's count
    ("Of 20 treated patients, 9 (5 with ALL and 4 with NHL) achieved a complete response.",
     ["CR 45", "CR n=5", "CR n=4"]),
    ("Six patients had a partial response (2 with myeloma and 4 with lymphoma).",
     ["PR n=6", "PR n=2", "PR n=4"]),
    ("Six patients had a partial response (median duration 5 months).", ["PR n=6"]),
])
def test_round18_split_counts(pipe, text, expected):
    assert [r.value for r in run(pipe, text)] == expected


# round 19 (sets 32-35): zero responders, ranges of series sizes, components,
# groups before `in N`, corrections, rates referring back to the sentence before
ROUND19_FORMS = [
    # `none of the N … had a response` is a rate of 0 in the group (note 27)
    ("In the phase 1 trial, none of the 9 adults treated had an objective response.",
     ["ORR 0"]),
    ("None of the fourteen patients achieved a complete remission.", ["CR 0"]),
    ("None of the 9 patients had CRS.", []),
    # one end of a range of series sizes is no count of responders
    ("Registry series of 25 to 140 patients have reported comparable response rates.", []),
    ("Twenty-five patients achieved a complete response.", ["CR n=25"]),
    # remission of one component of the disease is no response category
    ("Of the 12 patients, 6 (50%) had a complete remission; one more patient had remission "
     "of the lymphoma component with persistent leukaemia.", ["CR 50"]),
    ("Of the 12 patients, 6 (50%) had a complete remission and one more had a partial "
     "remission.", ["CR 50", "PR 8.3"]),
    # `given to N patients … partial responses in two`: N is the group
    ("HER2 CAR-T cells infused into 9 patients with sarcoma produced complete responses in "
     "three and stable disease in four.", ["CR 33.3", "SD 44.4"]),
    # the denominator of an n/N in a bracket is no subgroup count
    ("The complete response rate was 14% (3/21 with prior radiotherapy).", ["CR 14"]),
    # a corrected figure and the printed one it replaces (note 30, which
    # replaced note 27's `both kept`: only the corrected figure)
    ("Among the 40 high-risk patients, the CR rate is 45.0% (18/40) and not 50.0% (20/40) "
     "as printed.", ["CR 45"]),
    ("高危亚组的完全缓解率为 38.4%，而非 42.9%。", ["CR 38.4"]),
    # a subgroup's rate attached by `, with`
    ("The phase 1 had reported an ORR of 52.0% in 50 patients, with 61.5% in the melanoma "
     "subgroup.", ["ORR 52", "ORR 61.5"]),
    ("The ORR was 52.0%, with 20% of patients developing grade 3 CRS.", ["ORR 52"]),
    # a response on a disease score is OTHER; a product code is no count
    ("At week 12, 64% of patients who received Descartes-11 had an improvement of at least 3 "
     "points in the QMG score, as compared with 20% of those who received placebo.",
     ["OTHER 64", "OTHER 20"]),
    ("Overall, 45% of patients who received the higher dose achieved a complete response.",
     ["CR 45"]),
    # MRD negativity by multiparameter flow after a CR
    ("3例患者达到CR且骨髓多参数流式检测未发现微小残留病（MRD）。", ["MRD-CR n=3"]),
    # a maintained response, a relapse rate and a class's usual figure are no rates
    ("Five patients in CR at 3 months remained in remission at two years.", []),
    ("Among responders, relapse after complete remission occurred in 31% of patients.", []),
    ("CR 后复发率为 25%。", []),
    ("既往标准治疗的客观缓解率通常不足10%。", []),
    ("Response rates to salvage chemotherapy are typically below 20%.", []),
    # `N 例中 n 例` as a rate of its own in a list
    ("对于伴TP53突变和未伴突变的患者，本组缓解率分别为10例中6例和5例中4例。",
     ["ORR 60", "ORR 80"]),
    # another outcome among the responders
    ("Pleural effusion resolved in both patients with a partial response.", []),
    ("Both patients had a partial response.", ["PR 100"]),
    # a statistical design's assumed rates are no result
    ("With 80 patients, the trial has 85% power to rule out an ORR of 30% if the true ORR is "
     "50%.", []),
    ("按原假设 ORR 为 20%、备择假设为 40% 计算样本量。", []),
    ("The ORR was 50% (40 of 80), which met the primary endpoint.", ["ORR 50"]),
]


@pytest.mark.parametrize(("text", "expected"), ROUND19_FORMS)
def test_round19_forms(pipe, text, expected):
    assert [r.value for r in run(pipe, text)] == expected


def test_round19_none_of_span_and_fraction(pipe):
    [r] = run(pipe, "Of note, none of the 7 children treated had an objective response.")
    assert (r.value, r.text, r.numerator, r.denominator) == ("ORR 0", "none of the 7", 0, 7)


@pytest.mark.parametrize(("text", "expected"), [
    # `it was` / `the figures were`: the metric of the sentence before
    ("The objective response rate was 40% (12 of 30). In the myeloma cohort it was 45% (9/20), "
     "and in the lymphoma cohort it was 30% (3 of 10).", ["ORR 40", "ORR 45", "ORR 30"]),
    # k metrics before, k rates after: in order
    ("Of the 120 patients given the cells, 76% responded and 58% had a complete response. "
     "In the chemotherapy group, the figures were 44% and 27%.",
     ["ORR 76", "CR 58", "ORR 44", "CR 27"]),
    # a correction letter: `the correct figure is` one sentence further on
    ("The first report stated that 30 patients (50.0%) achieved a complete response. Several "
     "cases were later reclassified. The correct figure is 26 of 60 patients (43.3%).",
     ["CR 50", "CR 43.3"]),
    ("试验组的客观缓解率为 62%，完全缓解率为 31%。对照组则为 35% 和 12%。",
     ["ORR 62", "CR 31", "ORR 35", "CR 12"]),
    # a lead-in line names the metric of the rates after it
    ("客观缓解情况如下：试验组 45%，对照组 20%。", ["ORR 45", "ORR 20"]),
    # no rate: not a percentage, another subject in between, another subject
    ("The objective response rate was 40%. In the myeloma cohort it was 12 months.", ["ORR 40"]),
    ("The objective response rate was 40%. In the myeloma cohort, the median PFS was 9 months. "
     "In the other cohort it was 30%.", ["ORR 40"]),
    ("试验组的客观缓解率为 62%。治疗相关死亡在试验组为5例（4.0%），对照组为6例（4.5%）。",
     ["ORR 62"]),
])
def test_round19_refers_back(pipe, text, expected):
    assert [r.value for r in run(pipe, text)] == expected


def test_round19_refers_back_not_across_documents(pipe):
    """The metrics of one document do not reach into the next."""
    run(pipe, "The objective response rate was 40%.")
    assert run(pipe, "In the other cohort it was 30%.") == []


STUDY_TABLE_EFFICACY = """Table 3. Selected studies

Target\tProduct\tRegistry ID\tPatients (n)\tEfficacy\tSafety
GPC3\tProduct A\tNCT01234567\t40\tORR 42.5%; DCR 70.0%\tCRS grade 1-2 only
CD70\tProduct B\tNCT07654321\t24\tCR 12% (3/25 with nivolumab)\tNo ICANS
B7-H3\tProduct C\tNCT01122334\t14\tPR 3/14; SD 6/14\tGrade 3 CRS in 1 patient
"""


def test_round19_efficacy_cells():
    """Several rates in one efficacy cell, and an n/N whose denominator is a
    named subgroup (`3/25 with nivolumab`: no subgroup count of 25)."""
    pipe = Pipeline(Settings(fields=("response_rate",)))
    assert sorted(r.value for r in run(pipe, STUDY_TABLE_EFFICACY)) == sorted(
        ["ORR 42.5", "DCR 70", "CR 12", "PR 21.4", "SD 42.9"])


# round 20 (sets 36-38): metric words, MRD-negative ≥CR, responders as a group
ROUND20_FORMS = [
    # hyphenated disease-control rate is DCR
    ("The disease-control rate in the expansion cohort was 66.7%.", ["DCR 66.7"]),
    # `X was the best overall response in N (p%)`: the metric is X, not ORR
    ("Stable disease was the best overall response in 9 patients (30%).", ["SD 30"]),
    ("Partial response was the best overall response in 6 patients (20%).", ["PR 20"]),
    # an MRD threshold bracket and ≥CR after 阴性 is MRD-CR
    ("MRD阴性（10^-6）≥CR率为33.3%。", ["MRD-CR 33.3"]),
    # a rate, 的, then its metric
    ("该队列在24例患者中观察到58.3%的最佳客观缓解率。", ["ORR 58.3"]),
    ("共有25%的客观缓解率。", ["ORR 25"]),
    # `n (p%) of N`, and a second group's rate after `and in`, metric elided
    ("A complete remission occurred in 6 (40%) of 15 adults.", ["CR 40"]),
    ("Responses occurred in 12 (48%) of 25 patients with melanoma and in three (30%) "
     "of ten patients with uveal disease.", ["ORR 48", "ORR 30"]),
    ("The ORR was 62.5% in the weekly cohort and in 55.0% of the biweekly cohort.",
     ["ORR 62.5", "ORR 55"]),
    # a count coordinated after `and` with a participle
    ("Eleven of 15 patients (73.3%) responded, with 8 of 15 achieving complete "
     "remission and three achieving partial remission.", ["ORR 73.3", "CR 53.3", "PR n=3"]),
    # `N 例患者全部（100%）达到缓解`: the whole group, its 100% in a bracket
    ("按分期分层，Ⅳ期的７例患者全部（100%）达到缓解。", ["ORR 100"]),
]


@pytest.mark.parametrize(("text", "expected"), ROUND20_FORMS)
def test_round20_forms(pipe, text, expected):
    assert sorted(r.value for r in run(pipe, text)) == sorted(expected)


@pytest.mark.parametrize(("text", "expected"), [
    # responders that introduce another outcome give no rate (note 28)
    ("Among the 22 patients with a response in the high-dose arm, 45% had a "
     "response lasting 12 months or longer.", []),
    ("Of the 14 patients with a complete response, 71% remained in remission at two years.", []),
    # a count of responders stated as a result still is one
    ("Of the 30 patients, 14 had a complete response.", ["CR 46.7"]),
    # the best overall response as a metric phrase stays ORR
    ("The best overall response rate was 60% (12 of 20).", ["ORR 60"]),
])
def test_round20_responders_and_best_response(pipe, text, expected):
    assert sorted(r.value for r in run(pipe, text)) == sorted(expected)


def test_round20_count_restated_by_its_fraction(pipe):
    # `the 9 responders represent 9/14 (64.3%)`: one rate, at the n/N
    found = run(pipe, "Counting every enrolled patient, the 9 responders represent 9/14 (64.3%).")
    assert [(r.value, r.text) for r in found] == [("ORR 64.3", "9/14 (64.3%)")]



@pytest.mark.parametrize(("text", "expected"), [
    # `百分比（%）` beside `例数`: one rate per metric row, at the count
    ("表2  30例患者的最佳疗效\n疗效 | 例数 | 百分比（%）\nsCR | 9 | 30.0\nPR | 6 | 20.0\n",
     [("CR 30", "9"), ("PR 20", "6")]),
    # a `cORR` (confirmed ORR) column of a per-arm table
    ("Efficacy by cohort\nCohort | Evaluable (n) | cORR, n/N (%) | DCR, n/N (%)\n"
     "1 | 12 | 5/12 (42%) | 10/12 (83%)\n2 | 8 | 2/8 (25%) | 6/8 (75%)\n",
     [("ORR 42", "5/12 (42%)"), ("DCR 83", "10/12 (83%)"),
      ("ORR 25", "2/8 (25%)"), ("DCR 75", "6/8 (75%)")]),
])
def test_round20_tables(pipe, text, expected):
    assert sorted((r.value, r.text) for r in run(pipe, text)) == sorted(expected)


def test_round20_rate_with_confidence_interval_bracket(pipe):
    # a `(97.5% confidence interval, …)` bracket after the rate does not block it
    found = run(pipe, "A complete response occurred in 35% (97.5% confidence interval, "
                      "20 to 52) of the 40 patients.")
    assert [r.value for r in found] == ["CR 35"]
    # and a second arm's rate with its own CI aside, after `and in`
    found = run(pipe, "A response occurred in 45% (95% CI, 30 to 60) of the 44 patients in "
                      "arm A and in 28% (95% CI, 15 to 43) of the 43 patients in arm B.")
    assert [r.value for r in found] == ["ORR 45", "ORR 28"]


def test_round20_participle_count_after_comma_is_a_group(pipe):
    # `Of the 20 patients, 9 achieving a CR were alive …`: a group, no count
    assert run(pipe, "Of the 20 patients, 9 achieving a complete response were alive "
                     "at one year.") == []


# round 21 (sets 39-40): compared arms in a metric list, per-arm lists, restatements
ROUND21_FORMS = [
    # a compared arm's rate before the next metric of the list (`… and the CR
    # rate …`) keeps the metric it is compared under (the gold keeps both arms)
    ("The ORR was 71% with the CAR-T product versus 44% with chemotherapy and the CR "
     "rate 52% versus 21%.", ["ORR 71", "ORR 44", "CR 52", "CR 21"]),
    # a percentage whose own predicate is relapse or progression is no rate
    ("The complete remission rate was 58% and 22% of patients later relapsed.", ["CR 58"]),
    ("客观缓解率为 64%，18% 的患者随后进展。", ["ORR 64"]),
    # per-arm n of N with a label before `patients` and one verb for the list
    ("By cohort, 2 of 6 MSLN patients, 4 of 10 GPC3 patients and 1 of 5 HER2 patients "
     "responded.", ["ORR 33.3", "ORR 40", "ORR 20"]),
    ("Overall, 5 of 11 CD70 patients responded.", ["ORR 45.5"]),
    # a second dose level whose dose has a decimal point
    ("The study reported an ORR of 62.5% at 1.5 mg/kg weekly (n = 40) and 58.0% at 3.0 "
     "mg/kg every three weeks (n = 38).", ["ORR 62.5", "ORR 58"]),
    # `did so`: the predicate of the rate before
    ("Among 30 patients with bulky disease, 12 (40%) had a complete response, and among "
     "twenty older patients, 9 (45%) did so.", ["CR 40", "CR 45"]),
    # the whole group with its size in a bracket after it (note 20)
    ("The registry lists a partial response in all patients with skin involvement (n = 5).",
     ["PR 100"]),
    # a digit inside a Chinese group label
    ("HER2阳性患者的客观缓解率为40.0%，HER2阴性患者为22.5%。", ["ORR 40", "ORR 22.5"]),
    # the compared group's rates in a bracket after `与 … 组`
    ("女性患者的客观缓解率为 60.5%，疾病控制率为 81.0%，与男性患者（55.0%、79.2%）相近。",
     ["ORR 60.5", "DCR 81", "ORR 55", "DCR 79.2"]),
    # a count among a group restated by `which is p%`, then the printed figure
    ("The appendix lists 9 partial responses among 30 treated patients, which is 30%, "
     "rather than the 33% printed in the abstract.", ["PR 30", "PR 33"]),
    # AL amyloidosis organ responses are disease-specific (OTHER)
    ("在6例肾脏受累患者中，3例于3个月时达到肾脏器官缓解。", ["OTHER 50"]),
    ("Of 8 patients with cardiac involvement, 2 had a cardiac organ response at 6 months.",
     ["OTHER 25"]),
    # the whole cohort's rate, then a subgroup's after `overall and`
    ("The ORR was 52.4% overall and 61.0% in the 21 patients with liver metastases.",
     ["ORR 52.4", "ORR 61"]),
    # a correction between the metric and its figure
    ("The overall response rate in the published table contains a transcription error: "
     "the correct value is 45%.", ["ORR 45"]),
    # a metric with a predicate, a long patient descriptor, then the n of N in a bracket
    ("Complete responses were less frequent in patients with high-risk cytogenetics "
     "(4 of 15).", ["CR 26.7"]),
]


@pytest.mark.parametrize(("text", "expected"), ROUND21_FORMS)
def test_round21_forms(pipe, text, expected):
    assert sorted(r.value for r in run(pipe, text)) == sorted(expected)


@pytest.mark.parametrize(("text", "expected"), [
    # the relapse exclusion is the predicate of the percentage, not a disease state
    ("The ORR was 80% in relapsed patients.", ["ORR 80"]),
    # `and the` before a metric does not stop a rate linked to the metric before it
    ("The CR rate was 40% and the PR rate 20%.", ["CR 40", "PR 20"]),
    # a count after the whole group whose predicate is a treatment is no rate
    ("The report shows CR in all patients with CNS disease (n = 6), but two of these six "
     "received radiotherapy.", ["CR 100"]),
    ("The CR rate was 60% (6 of 10), but 2 of 10 received radiotherapy.", ["CR 60"]),
    # a label without a verb list gives nothing
    ("By cohort, 2 of 6 MSLN patients and 4 of 10 GPC3 patients were enrolled.", []),
])
def test_round21_negatives(pipe, text, expected):
    assert sorted(r.value for r in run(pipe, text)) == sorted(expected)


@pytest.mark.parametrize(("text", "span"), [
    # a rate in a bracket right after the counted response spans the count too
    ("A phase 1 study enrolled 14 patients; 7 achieved an objective response (ORR 50%).",
     "7 achieved an objective response (ORR 50%)"),
    ("某研究纳入10例患者，4例获得客观缓解（ORR 40%），其中1例为CR。",
     "4例获得客观缓解（ORR 40%）"),
    ("The response rate was 75% (15/20), with 9 complete responses (45%).",
     "9 complete responses (45%)"),
    # the whole group restated by its n/N: one mention, at the n/N
    ("All six patients with nodal disease achieved a complete response (6/6).", "6/6"),
    # `all patients … (n = 5)`: the span is the group
    ("A partial response was seen in all patients with bulky disease (n = 5).",
     "all patients with bulky disease (n = 5)"),
])
def test_round21_spans(pipe, text, span):
    assert span in [r.text for r in run(pipe, text)]


@pytest.mark.parametrize(("text", "expected"), [
    # a row label with a timepoint or a total is still the row's metric (note 21)
    ("Outcome\tAll patients (N = 30)\nCR at month 3\t12/30 (40%)\nORR at day 28\t20/30 (66.7%)\n",
     ["CR 40", "ORR 66.7"]),
    ("疗效\t例数（n=30）\nCR\t20（66.7）\nCR/CRi合计\t25（83.3）\n", ["CR 66.7", "CR 83.3"]),
])
def test_round21_table_labels(pipe, text, expected):
    assert sorted(r.value for r in run(pipe, text)) == sorted(expected)


# round 22 (sets 41-46): figures a correction supersedes (note 30)
ROUND22_SUPERSEDED = [
    # the original wording quoted, then the corrected one
    ('The original sentence read: "Of the 30 infused patients, 21 (70%) achieved complete '
     'remission." The corrected sentence reads: "Of the 30 infused patients, 20 (66.7%) '
     'achieved complete remission."', ["CR 66.7"]),
    ('Editor\'s note: the original sentence, "12 of 16 patients (75%) had an objective '
     'response", has been corrected online.', []),
    # `instead of`, `not … as printed`, `should read …, not …`
    ('In Table 3, the row "ORR" should read 14/25 (56%) instead of 15/25 (60%).', ["ORR 56"]),
    ("The complete response rate should read 40% (12/30), not 43.3% (13/30).", ["CR 40"]),
    ("表 2 中 ORR 误写为 62%，正确应为 58%。", ["ORR 58"]),
    # in a correction: what the article stated, a rate that `rises from` the printed one
    ("Correction to: Anti-CD7 CAR T cells in T-ALL\n\nThe Results section stated that 22 "
     "patients (73.3%) achieved a complete remission. The correct figure is 20 of 30 patients "
     "(66.7%).", ["CR 66.7"]),
    ("Correction\n\nWe reported that the objective response rate was 86%, but the correct "
     "figure is 82%.", ["ORR 82"]),
    ("Erratum\n\nIn the abstract, the number of responders was given incorrectly. The partial "
     "response rate rises from 30.0% (9/30) to 33.3% (10/30).", ["PR 33.3"]),
    ("勘误说明\n\n原文报道的客观缓解率为 65.0%，应更正为 60.0%。", ["ORR 60"]),
    ("更正：第 28 天 CR 率由 85.0% 更正为 80.0%。", ["CR 80"]),
    # a quotation of the original running over two sentences
    ('Correction\n\nThe original text read: "Twenty patients were treated. Of these, 18 (90%) '
     'achieved complete remission. Two more had a partial response." The ORR was 95% (19/20).',
     ["ORR 95"]),
    # a quoted wording that `should read` another; `was incorrectly reported as`
    ('In the abstract, the sentence "the ORR was 62%" should read "the ORR was 58%".',
     ["ORR 58"]),
    ("勘误\n\n原文第 5 页“CR 率为 90%”应更正为“CR 率为 85%”。", ["CR 85"]),
    ("The ORR was incorrectly reported as 62% in the abstract; the correct value is 58%.",
     ["ORR 58"]),
    ("Correction\n\nIn the Results, the CR rate was reported as 90% (18/20); the correct figure "
     "is 85% (17/20).", ["CR 85"]),
    ("Correction\n\nThe CR rate was given as 90% and should have been 85%.", ["CR 85"]),
    # outside a correction the same wording is a result (a review, a time course)
    ("The ORR was reported as 50% in the first analysis.", ["ORR 50"]),
    ("A previous report stated that 22 patients (73.3%) achieved a complete remission.",
     ["CR 73.3"]),
    ("The complete response rate rose from 40% (12/30) to 50% (15/30) with longer follow-up.",
     ["CR 40", "CR 50"]),
    ("Correction\n\nThe complete response rate rose from 40% (12/30) to 50% (15/30) after "
     "re-staging.", ["CR 50"]),
]


@pytest.mark.parametrize(("text", "expected"), ROUND22_SUPERSEDED)
def test_round22_superseded(pipe, text, expected):
    assert sorted(r.value for r in run(pipe, text)) == sorted(expected)


# round 22: disease-score responses (OTHER, as the gold of sets 41-46 and note 25)
ROUND22_SCORES = [
    ("At 6 months, 7 of 10 patients had a reduction of at least 2 points in the MG-ADL score.",
     ["OTHER 70"]),
    ("In the randomised part, 58% achieved a clinically meaningful improvement in the QMG "
     "score at week 12.", ["OTHER 58"]),
    ("In dermatomyositis, 9 of 12 reached a moderate response on the ACR/EULAR total "
     "improvement score.", ["OTHER 75"]),
    ("In the SSc cohort, the revised CRISS indicated improvement in 5 of 8 patients (62.5%).",
     ["OTHER 62.5"]),
    ("8 例系统性硬化症患者中 6 例达到修订版 CRISS 应答。", ["OTHER 75"]),
    ("4 例患者均达到主要临床缓解。", ["OTHER 100"]),
    ("Of the six patients with lupus nephritis, all six reached DORIS remission.", ["OTHER 100"]),
    # a score's course without a share of patients is no rate
    ("The MG-ADL score fell by a mean of 6 points.", []),
    ("The median QMG score decreased from 18 to 7 at month 6.", []),
]


@pytest.mark.parametrize(("text", "expected"), ROUND22_SCORES)
def test_round22_scores(pipe, text, expected):
    assert sorted(r.value for r in run(pipe, text)) == sorted(expected)


ROUND22_FORMS = [
    # MRD-negative CR with the assay's sensitivity between the cue and its count
    ("MRD-negative CR at 10^-5 was documented in 14 patients.", ["MRD-CR n=14"]),
    ("MRD-negative complete response (10^-6) was reached by 9 of 12 patients.", ["MRD-CR 75"]),
    # MRD negativity among the patients in CR (note 26): the cohort's rate
    ("30 例患者中 24 例达到完全缓解（80%），其中 18 例为 MRD 阴性。", ["CR 80", "MRD-CR 60"]),
    ("30 例患者中 18 例达到 MRD 阴性。", []),
    # the responders named by a relative clause are the group, not a count
    ("Of the 25 patients who achieved CR/CRi, 20 (80%) had MRD-negative remission.",
     ["MRD-CR 80"]),
    ("After the first description of six patients with refractory myositis who achieved "
     "drug-free remission, several trials opened.", []),
    # all N responders reached a deeper response: a count of it
    ("Sixty patients were infused; the overall response rate was 75% (45 of 60), and all 45 "
     "responders reached complete remission.", ["ORR 75", "CR n=45"]),
    ("Sixty patients were infused and all 60 patients reached complete remission.", ["CR 100"]),
    # a cohort, a colon, then its responses (`1 partial response`)
    ("Investigators treated 9 patients with recurrent glioblastoma: 1 partial response and 4 "
     "with stable disease.", ["PR 11.1", "SD 44.4"]),
    ("The trial enrolled 40 patients: 20 received dose A and 20 dose B.", []),
    # a response held at enrolment is a baseline status
    ("Thirty adults (18 with relapsed disease, 11 with refractory disease and 1 in complete "
     "remission at enrolment) were infused.", []),
    # `a complete or partial response` is an objective response
    ("Tumours regressed (a complete or partial response) in 12 of 30 patients.", ["ORR 40"]),
    # a count restated as `for a … rate of`: one mention
    ("Nine patients responded, for an objective response rate of 45%.", ["ORR 45"]),
    ("Nine patients responded, and the disease control rate was 80%.", ["ORR n=9", "DCR 80"]),
    # a treatment class's upper bound in background; a chemotherapy arm is a cohort
    ("复发难治患者预后差，挽救化疗 CR 率不足 30%。", []),
    ("Salvage chemotherapy yields complete remission rates below 30% in this setting.", []),
    ("化疗组 CR 率为 40%。", ["CR 40"]),
]


@pytest.mark.parametrize(("text", "expected"), ROUND22_FORMS)
def test_round22_forms(pipe, text, expected):
    assert sorted(r.value for r in run(pipe, text)) == sorted(expected)


@pytest.mark.parametrize(("text", "span", "fraction"), [
    ("Of the 25 patients who achieved CR/CRi, 20 (80%) had MRD-negative remission.",
     "20 (80%)", (20, None)),
    ("30 例患者中 24 例达到完全缓解（80%），其中 18 例为 MRD 阴性。", "18 例", (18, 30)),
    ("Sixty patients were infused; the overall response rate was 75% (45 of 60), and all 45 "
     "responders reached complete remission.", "all 45 responders", (45, None)),
    ("Nine patients responded, for an objective response rate of 45%.", "45%", (9, None)),
])
def test_round22_spans(pipe, text, span, fraction):
    recs = {r.text: (r.numerator, r.denominator) for r in run(pipe, text)}
    assert recs.get(span) == fraction


# round 23 (sets 47-52)
ROUND23_FORMS = [
    # the Lancet's raised decimal point (U+00B7, U+2219) is a decimal point
    ("The complete remission rate was 47·3% with drug A and 21·8% with drug B.",
     ["CR 47.3", "CR 21.8"]),
    ("ORR 81∙9% (95% CI 70∙1–90∙0) in the expansion cohort.", ["ORR 81.9"]),
    # comparator arms: in a bracket after each rate, after `compared with about`
    ("In the randomised part, the ORR was 64% (versus 38%) and the CR rate 27% (versus 9%).",
     ["ORR 64", "ORR 38", "CR 27", "CR 9"]),
    ("Some 65% of people who got the cells had their tumours shrink (a response), compared "
     "with about 30% on chemotherapy.", ["ORR 65", "ORR 30"]),
    ("试验组 ORR 为 58%（对照组 31%）。", ["ORR 58", "ORR 31"]),
    # dose arms named by a participle or a dose group, the metric elided
    ("The bispecific gave responses in 68.2% of 85 patients dosed at 10 mg weekly and 61.0% of "
     "82 patients dosed at 20 mg every two weeks.", ["ORR 68.2", "ORR 61"]),
    ("每周 1.5 mg/kg 剂量组（n=40）CR 率为 45.0%，每三周 3.0 mg/kg 剂量组（n=38）为 39.5%。",
     ["CR 45", "CR 39.5"]),
    # the verb, then its n of N closing the sentence
    ("Those with prior bispecific exposure (n = 10) also responded, 6 of 10.", ["ORR 60"]),
    # fractions and percentages in words
    ("入组 9 例，疾病控制率达到三分之二。", ["DCR 66.7"]),
    ("Two-thirds of the patients had a complete response.", ["CR 66.7"]),
    ("Seventy per cent responded, and 45% had a complete response.", ["ORR 70", "CR 45"]),
    # nobody reached the response: a rate of 0
    ("Marker levels fell in three patients, but no patient achieved an objective response.",
     ["ORR 0"]),
    ("6 例患者中无患者达到完全缓解。", ["CR 0"]),
    # responses counted with their own adjective (`complete metabolic responses`)
    ("Nine of the 15 patients responded (60.0%), including four complete metabolic responses.",
     ["ORR 60", "CR 26.7"]),
    # a count of responders restated as the rate it corresponds to: one mention
    ("The listing shows 18 patients with a partial response or better among the 24 treated "
     "patients, which corresponds to an overall response rate of 75.0%.", ["ORR 75"]),
]


@pytest.mark.parametrize(("text", "expected"), ROUND23_FORMS)
def test_round23_forms(pipe, text, expected):
    assert sorted(r.value for r in run(pipe, text)) == sorted(expected)


ROUND23_NEGATIVES = [
    # a trial design's assumed rates (`assuming an ORR of …`, `… % power`)
    ("Assuming a CR rate of 70% vs 50%, the trial would have 85% power for this comparison.",
     []),
    ("Assuming the true ORR is 45%, 60 patients give adequate precision.", []),
    ("假设试验组 ORR 为 65%、对照组为 40%，需纳入 180 例。", []),
    # an assumption about patients, not a rate: the result stays
    ("Assuming that missing patients were non-responders, the ORR was 52%.", ["ORR 52"]),
    # a range across cohorts (note 17), `between X% and Y%`
    ("CR rates between 35% and 60% have been reported across single-centre series.", []),
    # a count placed among another group is no rate
    ("Of the 10 patients, 7 responded (70%), but two of these seven are among the "
     "unconfirmed cases.", ["ORR 70"]),
    # `no patient` with no response cue gives nothing
    ("No patient had a dose-limiting toxicity.", []),
]


@pytest.mark.parametrize(("text", "expected"), ROUND23_NEGATIVES)
def test_round23_negatives(pipe, text, expected):
    assert sorted(r.value for r in run(pipe, text)) == sorted(expected)


# a letter disputing a published figure (`which figure is correct?`) and the
# reply that corrects it (note 30): the disputed figures give no mention
ROUND23_DISPUTED = [
    ("Complete remission after CD7 CAR T cells: which figure is correct?\n\nThe abstract and the "
     "Results section state a complete remission rate of 90% (27 of 30 patients). Table 3, "
     "however, lists 25 patients in complete remission among the 30 treated patients, which "
     "corresponds to a complete remission rate of 83.3%.", ["CR 83.3"]),
    ("Which figure is correct?\n\nThe authors report that, among 15 patients with extramedullary "
     "disease, 9 responded (60.0%), but two responses were unconfirmed.", []),
    # outside such a letter what the authors report is a result (note 2)
    ("The authors report that, among 15 patients with extramedullary disease, 9 responded "
     "(60.0%).", ["ORR 60"]),
]


@pytest.mark.parametrize(("text", "expected"), ROUND23_DISPUTED)
def test_round23_disputed_figures(pipe, text, expected):
    assert sorted(r.value for r in run(pipe, text)) == sorted(expected)


@pytest.mark.parametrize(("text", "span", "fraction"), [
    ("Marker levels fell in three patients, but no patient achieved an objective response.",
     "no patient", (0, None)),
    ("Nine of the 15 patients responded (60.0%), including four complete metabolic responses.",
     "four", (4, 15)),
    ("Those with prior bispecific exposure (n = 10) also responded, 6 of 10.", "6 of 10",
     (6, 10)),
    ("The listing shows 18 patients with a partial response or better among the 24 treated "
     "patients, which corresponds to an overall response rate of 75.0%.", "75.0%", (18, None)),
])
def test_round23_spans(pipe, text, span, fraction):
    recs = {r.text: (r.numerator, r.denominator) for r in run(pipe, text)}
    assert recs.get(span) == fraction


@pytest.mark.parametrize("point", ["·", "∙", "."])
def test_round23_raised_point_in_percent_column(pipe, point):
    text = (f"Best response\tn\t%\nComplete response\t9\t37{point}5\n"
            f"Partial response\t5\t20{point}8\n")
    assert sorted(r.value for r in run(pipe, text)) == ["CR 37.5", "PR 20.8"]


# round 24 (sets 53-58)
ROUND24_FORMS = [
    # a cue after `with` counted in a number of its own is not the rate's
    ("Among 25 evaluable patients the ORR was 64.0% (16/25) with CR in 9/25.",
     ["ORR 64", "CR 36"]),
    # a population modifier's count between a metric and its rate
    ("The CR rate among 52 patients with mantle-cell lymphoma was 48%.", ["CR 48"]),
    # a count with its own n/N in a bracket
    ("随访 6 个月时，RA 患者中 9 例（9/11）达到低疾病活动度。", ["OTHER 81.8"]),
    ("At week 24, 7 patients (7/10) had a complete response.", ["CR 70"]),
    # a rate per a round base, in numbers or words
    ("Roughly 42 out of every 100 children had an objective response.", ["ORR 42"]),
    ("Seven in ten participants responded to the cells.", ["ORR 70"]),
    ("每 100 例患者中约有 38 例获得完全缓解。", ["CR 38"]),
    # plain language: tumours shrinking, cancer disappearing
    ("Of 40 adults treated, 18 saw their tumours shrink and 5 had their cancer disappear.",
     ["ORR 45", "CR 12.5"]),
    # `complete regression` is a complete response
    ("An earlier series reported complete regression in 3 of 11 patients with melanoma.",
     ["CR 27.3"]),
    # zero responders: `均未获得缓解` (0 of N), also after a cell-line clause
    ("该产品在白血病细胞系中显示了杀伤活性，但 4 例患者均未获得缓解。", ["ORR 0"]),
    ("入组的 6 例均未达到完全缓解。", ["CR 0"]),
    # `six of them completely`: the adverb names the category (the cohort of the
    # sentence is the denominator)
    ("Ten of the 24 responded, four of them completely.", ["ORR 41.7", "CR 16.7"]),
    ("Nine of 15 patients responded, three of them partially.", ["ORR 60", "PR 20"]),
    # the compared arm's rate after a long arm name, a numbered dose group,
    # a subgroup set off by commas
    ("试验组 ORR 为 76%，而接受研究者选择的标准挽救化疗方案治疗的对照组为 41%。",
     ["ORR 76", "ORR 41"]),
    ("剂量组1 的 CR 率为 25.0%，剂量组2 为 60.0%。", ["CR 25", "CR 60"]),
    ("The ORR was 52.0% overall and, in the elderly subgroup, 47.1%.", ["ORR 52", "ORR 47.1"]),
    # per-dose-level rates with the verb elided after the first
    ("At 1 mg, 1 of 3 patients responded; at 3 mg, 2 of 3; and at 10 mg, 4 of 6.",
     ["ORR 33.3", "ORR 66.7", "ORR 66.7"]),
    ("At dose level 1 the CR rate was 33% and at dose level 2 it was 67%.", ["CR 33", "CR 67"]),
    # VGPR or better is OTHER (note 15), also `at least VGPR`, `≥VGPR`
    ("VGPR or better was achieved in 71% of patients.", ["OTHER 71"]),
    ("A very good partial response or better was reached by 18 of 24 patients.", ["OTHER 75"]),
    ("≥VGPR 率为 66.7%。", ["OTHER 66.7"]),
    ("PR or better was achieved in 71% of patients.", ["ORR 71"]),
    # renal responses are disease-specific (note 25)
    ("A renal response was seen in 5 of 8 patients with lupus nephritis.", ["OTHER 62.5"]),
    # MRD negativity among the patients in CR, English form (notes 26, 31): `and
    # N of them` counts within the responders, as `10 responded, and 6 of them
    # achieved a complete response` (round 13), so no denominator
    ("Of the 30 infused patients, 24 (80%) achieved complete remission, and 20 of them were "
     "MRD-negative.", ["CR 80", "MRD-CR n=20"]),
    ("CR was reached by 8 of 12 patients (66.7%), and six of them were MRD-negative by flow "
     "cytometry.", ["CR 66.7", "MRD-CR n=6"]),
    ("Among 21 patients evaluable for MRD who achieved CR or better, 18 (85.7%) were "
     "MRD-negative.", ["MRD-CR 85.7"]),
    # the responders named as the group are no cohort: no denominator
    ("Of the 36 patients in CR, 29 were MRD-negative.", ["MRD-CR n=29"]),
]


@pytest.mark.parametrize(("text", "expected"), ROUND24_FORMS)
def test_round24_forms(pipe, text, expected):
    assert sorted(r.value for r in run(pipe, text)) == sorted(expected)


ROUND24_NEGATIVES = [
    # a range in tenths across studies (note 17)
    ("既往研究中双抗的 ORR 多在五至六成之间。", []),
    ("约六成患者获得客观缓解。", ["ORR 60"]),
    # a maintained response of counted responders (note 15)
    ("Of 30 patients, 20 had a complete response; 15 of the 20 complete responders remained "
     "in remission at 3 years.", ["CR 66.7"]),
    # reader-picked patients and how they were classified
    ("The two patients in question were classified as partial responders.", []),
    ("Three patients were reclassified as partial responders after central review.", []),
    ("Three patients achieved a partial response.", ["PR n=3"]),
    # `3 in 100 mg` is a dose, not a rate per 100
    ("A complete response was seen in 3 in 100 mg cohort.", []),
    # MRD negativity apart from a response (note 15): no CR before it
    ("Of the 40 patients evaluable for MRD, 31 were MRD-negative.", []),
    # a sentence on cell lines alone still gives nothing
    ("In cell lines, 90% of targets were lysed and complete remission followed in mice.", []),
    # a zero-responder bracket needs the negated verb
    ("4 例患者均未出现 3 级 CRS。", []),
]


@pytest.mark.parametrize(("text", "expected"), ROUND24_NEGATIVES)
def test_round24_negatives(pipe, text, expected):
    assert sorted(r.value for r in run(pipe, text)) == sorted(expected)


# a letter disputing a published rate (`Discrepant complete response rate`,
# note 30): the figure it disputes gives no mention; the table's does
def test_round24_discrepant_rate_letter(pipe):
    text = ("Discrepant overall response rate in a report of CAR-T cells in myeloma\n\n"
            "The overall response rate is given as 91.7% (33/36) in the abstract. However, "
            "Table 2 shows a response in 31 of 36 patients (86.1%).")
    assert sorted(r.value for r in run(pipe, text)) == ["ORR 86.1"]


@pytest.mark.parametrize(("text", "span", "fraction"), [
    ("入组的 6 例均未达到完全缓解。", "6 例", (0, 6)),
    ("随访 6 个月时，RA 患者中 9 例（9/11）达到低疾病活动度。", "9 例（9/11）", (9, 11)),
    ("Roughly 42 out of every 100 children had an objective response.",
     "42 out of every 100 children", (None, None)),
    ("CR was reached by 8 of 12 patients (66.7%), and six of them were MRD-negative by flow "
     "cytometry.", "six of them", (6, None)),
])
def test_round24_spans(pipe, text, span, fraction):
    recs = {r.text: (r.numerator, r.denominator) for r in run(pipe, text)}
    assert recs.get(span) == fraction


def test_round24_per_rule_needs_its_count(tmp_path):
    from extract.fields.response_rate import load_rules
    (tmp_path / "response_rate.yaml").write_text(
        "- id: ok\n  kind: metric\n  metric: CR\n  pattern: 'CR'\n"
        "- id: sfx\n  kind: metric_suffix\n  pattern: 'x?'\n"
        "- id: per\n  kind: number\n  pattern: 'in (?P<per>100)'\n", encoding="utf-8")
    with pytest.raises(RuleError, match=r"response_rate.yaml:8: rule 'per': a \(\?P<per>"):
        load_rules(tmp_path)


@pytest.mark.parametrize(("text", "expected"), [
    # zero responders of the cohort (note 27): a rate of 0
    ("Four had minor shrinkage, but none met formal criteria for a complete response.",
     ["CR 0"]),
    ("8 例中 3 例达到部分缓解，4 例疾病稳定；未见完全缓解。", ["PR 37.5", "SD 50", "CR 0"]),
    ("Study\tTarget\tN\tOutcome\nNCT01234567\tGD2\t8\tNo ORR; SD in 3", ["ORR 0", "SD 37.5"]),
    # a category named after `responded with` is that category
    ("Among twelve pretreated patients, 4 of 12 responded with CR.", ["CR 33.3"]),
    # a complete haematological response is a CR
    ("In AL amyloidosis, 9 of 15 patients (60%) reached a complete hematologic response.",
     ["CR 60"]),
    # plain-language person noun
    ("By the data cut, 14 people (35%) had complete remission.", ["CR 35"]),
    # plain-language verb: `go into remission`
    ("Roughly 60% of the adults went into complete remission within a month.", ["CR 60"]),
    # MRD negativity by a named gene assay after CR (guide: `达到完全缓解，且未发现 MRD`)
    ("20 例中 15 例（75%）达到完全缓解，且 WT1 基因定量检测未发现 MRD。", ["MRD-CR 75"]),
])
def test_round25_forms(pipe, text, expected):
    assert [r.value for r in run(pipe, text)] == expected


@pytest.mark.parametrize("text", [
    # a review's bare `未见客观缓解` names no cohort: no rate
    "既往一项 CD70 CAR-T 研究在肾癌中未见客观缓解。",
    # a response assessment is no response
    "Of the treated patients, 57 had a response assessment at week 4.",
    # a two-stage design's null rate is an assumption
    "A Simon two-stage design (null ORR 20%, alternative 40%) needs 30 patients.",
    # `none of the` stays en-none-of; `No` inside a clause is no table cell
    "There was no CR benefit in the older group.",
])
def test_round25_no_rate(pipe, text):
    assert run(pipe, text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # responders with an assessment introduce another outcome (note 28): only that outcome
    ("Among the 58 patients with a response and an available MRD sample, MRD-negative CR "
     "was seen in 50 (86.2%).", ["MRD-CR 86.2"]),
    ("Of the 30 patients with a remission and complete follow-up data, 12 (40%) relapsed.",
     []),
])
def test_round25_responders_with_assessment(pipe, text, expected):
    assert [r.value for r in run(pipe, text)] == expected


# round 26 (sets 65-70)
@pytest.mark.parametrize(("text", "expected"), [
    # a count whose predicate is how long its response lasted is a duration (note 35)
    ("Of the 15 treated patients, four had an objective response, and three complete "
     "responses were ongoing beyond two years.", ["ORR 26.7"]),
    ("21 例可评价，其中 6 例确认缓解，3 例完全缓解持续超过 2 年。", ["ORR 28.6"]),
    ("Radiolabelled TCRs produced a durable complete response in one woman with melanoma.",
     []),
    # ...but a count that had a response with a duration still counts (older gold)
    ("Of 14 evaluable patients, one had a partial response lasting more than six months.",
     ["PR 7.1"]),
    ("The ORR was 30% (3 of 10), with one complete response that was ongoing at 18 months.",
     ["ORR 30", "CR 10"]),
    # `N 例…均未缓解`: a rate of 0 over N, never N responders
    ("EBV 阴性亚组 9 例缓解；5 例 EBV 阳性患者均未缓解。", ["ORR n=9", "ORR 0"]),
    ("4 例患者疼痛均未缓解。", []),
    # every response of one category; none of another, after a count
    ("Objective responses were seen in 5 of 20 patients (25%), all partial responses; no "
     "complete responses were observed.", ["ORR 25", "PR 25", "CR 0"]),
    ("Of 9 patients, 4 had stable disease, and no complete response was seen.",
     ["SD 44.4", "CR 0"]),
    ("No complete responses were observed.", []),
    ("The ORR was 30.0% (9/30) and the DCR 60.0% (18/30); all responses were partial.",
     ["ORR 30", "DCR 60", "PR 30"]),
    ("结果 24例可评估患者中，客观缓解率为37.5%（9/24），疾病控制率为66.7%（16/24），均为部分缓解。",
     ["ORR 37.5", "DCR 66.7", "PR 37.5"]),
    ("结果 疾病稳定 8 例，均为部分缓解后进展。", ["SD n=8"]),
    # all responders MRD-negative after the response rate (notes 26, 31)
    ("该研究纳入 40 例，总缓解率为 90%（36/40），其中 CR 70%，所有缓解者 MRD 均为阴性。",
     ["ORR 90", "CR 70", "MRD-CR 90"]),
    ("The overall remission rate was 80% (16/20), and all responders were MRD-negative.",
     ["ORR 80", "MRD-CR 80"]),
    ("By week 4, 9 of 14 patients were in CR, and in six of the 14 the remission was "
     "MRD-negative.", ["CR 64.3", "MRD-CR 42.9"]),
    # elided verbs in comparisons, after a count
    ("Among high-burden patients 40 reached CR, compared with 55 of 60 (91.7%) of those with "
     "low burden.", ["CR n=40", "CR 91.7"]),
    ("新方案组 30 例中有 24 例达到完全缓解，疗效较好；旧方案组为 25 例中 15 例。",
     ["CR 80", "CR 60"]),
    ("Complete responses occurred in 61.5%, similar to the 58% of the earlier series.",
     ["CR 61.5", "CR 58"]),
    # plain-language rate with the study named between count and verb
    ("About 70 out of every 100 children in the trial responded.", ["ORR 70"]),
    # a fraction of confirmed responses (a table cell)
    ("Study\tOutcome\nNCT01234567\t4/15 confirmed responses\n", ["ORR 26.7"]),
    ("5 例患者中的 2 例获得部分缓解。", ["PR 40"]),
    # table rows: `n（%）` pairs in a row whose `例数` cell is no participant count
    ("亚组\t例数\tORR\tCR\n全体\t40\t30（75.0）\t20（50.0）\n心功能不全\t12\t9（75.0）\t5（41.7）\n",
     ["ORR 75", "CR 50", "ORR 75", "CR 41.7"]),
])
def test_round26_forms(pipe, text, expected):
    assert sorted(r.value for r in run(pipe, text)) == sorted(expected)


@pytest.mark.parametrize(("text", "span"), [
    ("Objective responses were seen in 5 of 20 patients (25%), all partial responses.",
     "all partial responses"),
    ("The overall remission rate was 80% (16/20), and all responders were MRD-negative.",
     "all responders were MRD-negative"),
])
def test_round26_spans(pipe, text, span):
    assert span in {r.text for r in run(pipe, text)}


def test_round26_all_same_needs_its_groups(tmp_path):
    from extract.fields.response_rate import load_rules
    (tmp_path / "response_rate.yaml").write_text(
        "- id: ok\n  kind: metric\n  metric: CR\n  pattern: 'CR'\n"
        "- id: sfx\n  kind: metric_suffix\n  pattern: 'x?'\n"
        "- id: n\n  kind: number\n  pattern: '(?P<p>\\d+)%'\n"
        "- id: same\n  kind: all_same\n  pattern: 'all (?P<x>CRs)'\n", encoding="utf-8")
    with pytest.raises(RuleError, match=r"response_rate.yaml:11: rule 'same': an all_same"):
        load_rules(tmp_path)


@pytest.mark.parametrize(("text", "expected"), [
    # disease-specific response measures named by their index (OTHER)
    ("Five of 7 patients (71.4%) met the rCRISS-25 response and 3 of 7 achieved rCRISS-60.",
     ["OTHER 71.4", "OTHER 42.9"]),
    ("Nine of 12 patients reached SRI-4 response by week 52.", ["OTHER 75"]),
    ("Overall, 7 of 9 patients (77.8%) met the prespecified response criterion for their "
     "disease.", ["OTHER 77.8"]),
    ("At week 12, 64% of recipients had a clinically meaningful MG-ADL improvement.",
     ["OTHER 64"]),
    # note 37: a count of patients with a response and its duration is a rate
    ("Two of the seven patients had a partial response lasting 4 months.", ["PR 28.6"]),
    ("Of 20 evaluable patients, three had complete responses that lasted over a year.",
     ["CR 15"]),
    # a share of the responses still ongoing is durability, not a rate
    ("Complete remissions were seen in 45%, and 60% of remissions were sustained at two years.",
     ["CR 45"]),
    # a rate across the cohorts, then a subgroup's; an inverted pro-verb
    ("The DCR was 70% across cohorts and 82% in the high-dose cohort.", ["DCR 70", "DCR 82"]),
    ("Nine of 20 patients had a complete response, as did 4 of 10 in the second cohort.",
     ["CR 45", "CR 40"]),
    # plain-language shrinkage with its category named in a bracket
    ("Among the 10 patients treated, 4 had their tumours shrink by at least 30% (a partial "
     "response) and 3 had stable disease.", ["PR 40", "SD 30"]),
    # a breakdown item naming its category before the count, in a bracket or a cell
    ("Of the seven FL patients, four responded (CR, 3; PR, 1).",
     ["ORR 57.1", "CR n=3", "PR n=1"]),
    ("剂量组\t例数\t疗效\nDL1\t4\tCR 3，NR 1\n", ["CR 75"]),
    # `N% for METRIC`
    ("Responses among 40 evaluable patients were 85% for ORR and 55% for CR.",
     ["ORR 85", "CR 55"]),
    # `reaching`/`attaining` attain a response
    ("The ORR was 80% (12/15), with 9 of 15 attaining a complete response.",
     ["ORR 80", "CR 60"]),
    # MRD negativity stated with the CR
    ("Of 30 patients evaluable for MRD, 24 were MRD-negative with a complete response.",
     ["MRD-CR 80"]),
    ("In the MRD-evaluable set, 80.5% of those with CR or better were MRD-negative.",
     ["MRD-CR 80.5"]),
    # stopping immunosuppression after a response is no response of its own
    ("Six of 8 patients (75%) reached DORIS remission. All eight patients were off "
     "glucocorticoids by month 9.", ["OTHER 75"]),
    # a complete response at the extramedullary site
    ("Among the 9 patients with extramedullary disease, 5 achieved complete extramedullary "
     "remission.", ["CR 55.6"]),
    # `N 例中 n 例` in a bracket after the count
    ("A 组 4 例达到完全缓解（12 例中 4 例）。", ["CR 33.3"]),
    # no response in a cohort: 无客观缓解 after its count or opening a cell; 0/N cells
    ("8 例患者中有 3 例达到疾病稳定，无客观缓解。", ["SD 37.5", "ORR 0"]),
    ("注册号\t例数\t主要结果\nNCT01234567\t8\t无客观缓解，2 例疾病稳定\n", ["ORR 0", "SD 25"]),
    ("Trial ID | Patients treated | CR/CRi\nNCT01234567 | 5 | 0/5\n", ["CR 0"]),
])
def test_round27_forms(pipe, text, expected):
    assert sorted(r.value for r in run(pipe, text)) == sorted(expected)


@pytest.mark.parametrize("text", [
    # an MRD level, a crossover, a cost per responder, responders as a population
    "第 14 天骨髓达 CR，MRD 0.5%。",
    "对照组约 2/3 患者交叉接受 CAR-T 治疗。",
    "每获得 1 例完全缓解的药品成本约 200 万元。",
    "1-year OS was 70.1% among responders versus 20.4% among non-responders.",
    # a share of the cohort with a baseline trait
    "其中 ≥65 岁患者仅占约三分之一。",
    "无客观缓解的患者预后较差。",
    # a standard deviation is no category
    "Mean age was 61 years (SD, 9).",
])
def test_round27_no_rate(pipe, text):
    values = [r.value for r in run(pipe, text)]
    assert values == [], values


@pytest.mark.parametrize(("text", "expected"), [
    # `CRR` is the complete response rate; a later subgroup refers back (`it was`)
    ("The CRR was 71.4% (95% CI 60.2–80.9) and the overall response rate was 88.0%.",
     ["CR 71.4", "ORR 88"]),
    ("Among 40 women, the CRR was 55.0%; among those with bulky disease, it was 48.0%.",
     ["CR 55", "CR 48"]),
    # the line of therapy a counted group was evaluated after
    ("In the trial, 40 of the 50 patients treated after two or more prior lines of therapy "
     "responded.", ["ORR 80"]),
    # one rate shared by a list of metrics; the count before them is the group
    ("该研究中18例患者的客观缓解率和疾病控制率均为88%。", ["ORR 88", "DCR 88"]),
    ("In the 30 treated patients, the ORR and CR rate were both 80%.", ["ORR 80", "CR 80"]),
    # a sub-count in the bracket, named by its adjective
    ("Overall, 20 of 40 patients responded (12/40 complete).", ["ORR 50", "CR 30"]),
    # a headline proportion in words closing the clause (note 37)
    ("In the second study the complete response rate was about one third.", ["CR 33.3"]),
    ("About one third of patients achieved a complete response.", ["CR 33.3"]),
    # plain language: people, shrinkage past the response threshold
    ("Four people saw their cancer disappear completely on scans.", ["CR n=4"]),
    ("In 40% of patients the tumour shrank by at least 30%.", ["ORR 40"]),
    # a rate with its own cue is no item of a respectively-list before it
    ("第 3 个月时，30 例中有 24 例达到客观缓解，总缓解率 80.0%；12 例患者达到完全缓解（40.0%）。",
     ["ORR 80", "CR 40"]),
    # subgroups of a rate after its verb (`including 3 of 5 … and 2 of 4 …`)
    ("Overall, 12 of 20 patients responded (60%), including 3 of 5 pretreated with "
     "CD19-directed therapy and 2 of 4 with CNS disease.", ["ORR 60", "ORR 60", "ORR 50"]),
    # a count whose coordinated second verb attains the response
    ("Of the 10 patients with marrow disease, seven cleared blasts and achieved a complete "
     "remission.", ["CR 70"]),
    # a disease abbreviation is no dose unit (`Four MG patients`)
    ("Five MG patients achieved minimal symptom expression.", ["OTHER n=5"]),
    # a table cell saying no remission of any kind (note 37)
    ("编号\t靶标\t疾病\t例数\t疗效\t主要不良反应\nNCT01234567\tCD33\tAML\t4\t无缓解\t2级CRS\n",
     ["ORR 0"]),
])
def test_round28_forms(pipe, text, expected):
    assert sorted(r.value for r in run(pipe, text)) == sorted(expected)


@pytest.mark.parametrize("text", [
    # dosing text: a count of cycles or doses is no count of responders
    "Give 6 cycles; continue to 12 cycles in patients with a partial response after cycle 6.",
    "Give 6 doses; continue for 4 more doses in patients with a complete response.",
    # a shrinkage threshold alone, and a `无缓解` outside a table cell
    "无缓解的患者预后较差。",
])
def test_round28_no_rate(pipe, text):
    values = [r.value for r in run(pipe, text)]
    assert values == [], values


def test_round28_count_after_its_arm(pipe):
    got = run(pipe, "Responses were rare: 2 in the placebo arm had a partial response.")
    assert [(r.value.split()[0], r.numerator) for r in got] == [("PR", 2)]


def test_round28_shared_count_is_no_numerator(pipe):
    values = [r.value for r in run(pipe, "二线患者３０例的总缓解率和完全缓解率均为90%。")]
    assert sorted(values) == ["CR 90", "ORR 90"], values


@pytest.mark.parametrize(("text", "expected"), [
    # disease-specific improvement criteria (OTHER)
    ("另一中心报告CD19 CAR-T治疗难治性MG 6例，5/6达到最小临床症状状态。", ["OTHER 83.3"]),
    ("在皮肌炎亚组（n=6）中，4例达到IMACS中度改善以上。", ["OTHER 66.7"]),
    ("In the dermatomyositis group, 4 of 8 patients reached at least moderate improvement on "
     "the ACR/EULAR Total Improvement Score, and two reached major improvement.",
     ["OTHER 50", "OTHER n=2"]),
    # MRD-negative CR with a stringency word or a threshold between
    ("In the newly diagnosed cohort (n = 18), the overall response rate was 100%, and 16 of 18 "
     "reached MRD-negative stringent CR at the data cut-off.", ["MRD-CR 88.9", "ORR 100"]),
    ("Among 25 patients evaluable for minimal residual disease, all 25 were MRD-negative at "
     "10^-5 in CR.", ["MRD-CR 100"]),
    # no objective responses in a clause after the cohort's count
    ("The university trial treated 12 patients; the best response was stable disease in 8 of "
     "12, and there were no objective responses.", ["ORR 0", "SD 66.7"]),
    # cases of a category counted
    ("The trial treated 13 patients and produced three partial responses and four cases of "
     "stable disease among them.", ["PR n=3", "SD n=4"]),
    # the cohort before a best response: no count of responders
    ("北京某中心的研究则采用腹腔输注，12例患者中最佳疗效为疾病稳定（8/12）。", ["SD 66.7"]),
    # the compared arm's rate after the first arm's count
    ("既往接受过移植组20例中有15例达到CR/CRi，未移植组为81.2%。", ["CR 75", "CR 81.2"]),
    # the whole evaluable group of a count before it
    ("共20例患者，全部可评估患者均达到完全缓解。", ["CR 100"]),
    # a registry record's result rows: the Measure cell names the metric
    ("Outcome results\n\nArm/group\tParticipants analysed\tMeasure\tResult\n"
     "Drug-A 2×10^6/kg (phase 2)\t48\tCR or CRi, % (95% CI)\t62.5 (47.4–76.0)\n"
     "Drug-A 2×10^6/kg (phase 2)\t48\tCR alone, %\t50.0\n"
     "Drug-A 2×10^6/kg (phase 2), responders\t30\tMRD negativity among responders, %\t93.3\n",
     ["CR 50", "CR 62.5", "MRD-CR 93.3"]),
])
def test_round29_forms(pipe, text, expected):
    assert sorted(r.value for r in run(pipe, text)) == sorted(expected)


@pytest.mark.parametrize(("text", "expected"), [
    # `every one of the eight` is the whole group, not one of eight
    ("The first-in-human series produced responses in every one of the nine treated "
     "patients (ORR 100%).", ["ORR 100"]),
    # a bound across several series is no cohort's rate
    ("Groups in Europe and Asia have treated dozens of patients with lupus using CD19 CAR T "
     "cells, with remission rates above 90% in several small series.", []),
    # a group's median value after a compared arm is no rate
    ("既往接受过移植组20例中有15例达到CR/CRi，未移植组中位年龄为61岁。", ["CR 75"]),
    # the cohort's own bound stays a rate; a case count of an event is no rate
    ("The remission rate was above 90% in the first cohort.", ["ORR 90"]),
    ("Six cases of cytokine release syndrome were seen.", []),
    # MRD negativity alone is no response
    ("Among 25 patients evaluable, all 25 were MRD-negative after infusion.", []),
])
def test_round29_exclusions(pipe, text, expected):
    assert sorted(r.value for r in run(pipe, text)) == sorted(expected)


def test_round29_cell_with_its_own_value_is_no_measure(pipe):
    text = ("研究\t产品\t例数\t疗效\t死亡\n"
            "Example 2023\tCD19 CAR-T\t15\tORR 73.3%\t0\n")
    assert sorted(r.value for r in run(pipe, text)) == ["ORR 73.3"]


@pytest.mark.parametrize(("text", "expected"), [
    # a count with its percent and confidence interval in one bracket after the
    # metric's verb
    ("Among 48 treated patients, a complete response occurred in 30 (63%; 95% CI, 47 to 76) "
     "and a partial response in 9 (19%; 95% CI, 9 to 33).", ["CR 63", "PR 19"]),
    ("客观缓解 20 例（83%，95% CI 63~95）。", ["ORR 83"]),
    # plain-language rates per a round base after `tumours shrank in` (note 41)
    ("In a randomised trial, tumours shrank in 38 out of every 100 people given the cells, "
     "compared with 12 out of every 100 given chemotherapy.", ["ORR 38", "ORR 12"]),
    # a bare remission where patients went or were (note 40: ORR), and as the
    # subject of its rate
    ("Forty adults received the product and 30 of them went into remission within a month.",
     ["ORR 75"]),
    ("Of the first twenty patients, fifteen were in remission at day 28.", ["ORR 75"]),
    ("In the older subgroup, remission remained 55%.", ["ORR 55"]),
])
def test_round30_forms(pipe, text, expected):
    assert sorted(r.value for r in run(pipe, text)) == sorted(expected)


@pytest.mark.parametrize(("text", "expected"), [
    # a count that is the population of an n/N rate after it is no responder count
    ("合并中枢受累21例患者的CR率为15/21。", ["CR 71.4"]),
    # a responder's durability is no rate
    ("Two of ten patients had a partial response; one responder in the second cohort "
     "remained progression-free at 14 months.", ["PR 20"]),
    # a subgroup of a marker decline is no response count
    ("PSA levels dropped by half in nine men, including three with stable disease.", []),
    ("Serum CA 19-9 fell in six patients, including two with a partial response.", []),
    # `including` a response subgroup of a response count still counts
    ("Ten patients responded, including four with a complete response.",
     ["ORR n=10", "CR n=4"]),
    # a response still held later is no rate
    ("Of 20 patients, 12 were still in remission at one year.", []),
])
def test_round30_exclusions(pipe, text, expected):
    assert sorted(r.value for r in run(pipe, text)) == sorted(expected)


def test_round30_remission_after_or_keeps_its_complete_response(pipe):
    text = "In the primary set (n=40), the rate of complete response or remission was 20% (8 of 40)."
    assert [r.value for r in run(pipe, text)] == ["CR 20"]


@pytest.mark.parametrize(("text", "expected"), [
    # `PR or better` / `部分缓解或更好` is the overall response (note 42)
    ("一项多中心研究中，8例中6例达到部分缓解或更好，2例达到CR。", ["CR 25", "ORR 75"]),
    # a haematologic response (AL amyloidosis) is ORR; its complete one stays CR
    ("入组的八例患者全部达到血液学缓解，血液学完全缓解五例。", ["CR n=5", "ORR 100"]),
    ("该中心治疗的4例均获得血液学缓解，其中完全缓解3例。", ["CR 75", "ORR 100"]),
    ("In the first cohort, 90% of evaluable patients achieved a haematologic response.",
     ["ORR 90"]),
    ("The sponsor said that all twelve infused patients had a hematologic response (CR 50%).",
     ["CR 50", "ORR 100"]),
    ("Of 20 treated patients, 15 (75.0%) achieved a minor response or better.", ["ORR 75"]),
    # drug-free remission of an autoimmune disease
    ("研究组10例患者中8例获得停药缓解。", ["OTHER 80"]),
    # organ and site responses are OTHER (note 42)
    ("可评估的12例患者中，心脏缓解（NT-proBNP下降>30%）6例，肾脏缓解3例。",
     ["OTHER 25", "OTHER 50"]),
    ("Among 10 patients evaluable for cardiac response, 4 had a cardiac response.",
     ["OTHER 40"]),
    ("In the 16 children with CNS disease, CNS remission was reached in 12 (75.0%).",
     ["OTHER 75"]),
    # autoimmune remission on the disease's own criteria
    ("该研究纳入8例SLE患者，全部患者在停药状态下达到症状和血清学缓解（8/8）。", ["OTHER 100"]),
    ("Both patients met the predefined criteria for clinical remission at month 6.",
     ["OTHER 100"]),
    ("In the pilot, two of the first five patients have reached an ESSDAI below 5.",
     ["OTHER 40"]),
    ("Patients with lupus nephritis (9/9) achieved a complete renal response.", ["OTHER 100"]),
    # counts of categories inside an objective-response sentence share its group
    ("At three months, nine of ten patients responded (ORR 90%), including four stringent CRs "
     "and three VGPRs.", ["CR 40", "ORR 90", "OTHER 30"]),
    # MRD negativity among the complete responses counted
    ("Two of the five CRs were MRD-negative at 10^-6.", ["MRD-CR 40"]),
    ("By day 28, eight of 12 (66.7%) achieved CR, all eight MRD-negative by NGS.",
     ["CR 66.7", "MRD-CR 66.7"]),
    # compared subgroup rates after the metric (`persisted` is no duration here)
    ("In older patients (n = 50 per arm), the difference in CR persisted (38% vs 22%).",
     ["CR 22", "CR 38"]),
    # plain language: the lymphoma shrank / disappeared completely
    ("In the trial the lymphoma shrank in 64% of people and disappeared completely on scans in "
     "41%.", ["CR 41", "ORR 64"]),
])
def test_round31_forms(pipe, text, expected):
    assert sorted(r.value for r in run(pipe, text)) == sorted(expected)


@pytest.mark.parametrize(("text", "spans"), [
    # restated in a bracket: one mention spanning both (note 6)
    ("Five of 20 patients responded (25%).", ["Five of 20 patients responded (25%"]),
])
def test_round31_bracketed_restatement_spans(pipe, text, spans):
    records = run(pipe, text)
    assert [r.text for r in records] == spans
    assert len({r.value for r in records}) == 1


@pytest.mark.parametrize(("text", "expected"), [
    # the group of a rate stated before its metric is no count of responders
    ("Drug X produced a 72.4% overall response rate in 29 elderly patients.", ["ORR 72.4"]),
    # an age is no count
    ("In registries, patients younger than 40 had ORRs of 70-90% across studies.", []),
    # a cohort defined by its response is no count of responders
    ("一项回顾性研究纳入86例经CAR-T达到MRD阴性CR的患者，其中40例接受移植。", []),
    # an evaluable group is not a response count
    ("Among 11 patients evaluable for cardiac response, none has been reported yet.", []),
    # a response threshold is no rate
    ("Cardiac response, a fall in NT-proBNP of more than 30%, takes months.", []),
    # complete responses still lasting are no rate
    ("Two complete responses persisted beyond 12 months.", []),
])
def test_round31_exclusions(pipe, text, expected):
    assert sorted(r.value for r in run(pipe, text)) == sorted(expected)


@pytest.mark.parametrize(("text", "expected"), [
    # MLFS alone is OTHER (note 43), in both languages and its full name
    ("队列中12例患者，4例达到MLFS。", ["OTHER 33.3"]),
    ("另有 3 例达到形态学无白血病状态（MLFS）。", ["OTHER n=3"]),
    ("Of the 15 infused children, 2 reached MLFS.", ["OTHER 13.3"]),
    ("Two patients achieved a morphologic leukemia-free state.", ["OTHER n=2"]),
    ("At day 28, 8 of 12 patients were in CR and three in MLFS.", ["CR 66.7", "OTHER n=3"]),
    ("完全缓解 5 例，MLFS 另有 1 例。", ["CR n=5", "OTHER n=1"]),
    # `部分缓解以上` is at least PR: the overall response (note 42)
    ("10 例中 6 例达到部分缓解以上。", ["ORR 60"]),
    # the group of a count in a bracket (`（M 例中）`) is its denominator
    ("2 例获得完全缓解（5 例中），另 1 例部分缓解（5 例中）。", ["CR 40", "PR 20"]),
    # `six of our 11 patients`: a letter's own series, an n of N
    ("In our centre, seven of our 12 patients achieved a complete remission.", ["CR 58.3"]),
    # MRD negativity found in the patients in CR (notes 26, 31)
    ("MRD negativity by NGS was confirmed in 6 of the 8 patients in CR.", ["MRD-CR 75"]),
    # plain language: no disease left on the scan is a complete response
    ("At the first check, 14 of the 40 people had no sign of cancer on their scans.",
     ["CR 35"]),
    ("随访 3 个月时，20 例患者中 9 例扫描已看不到淋巴瘤。", ["CR 45"]),
    # a population modifier with a participle (`among the N patients evaluated`)
    ("The complete response rate among the 30 patients treated was 40%.", ["CR 40"]),
    # a metric, a comma and its rate in a bracket
    ("Three of 10 had a partial response (objective response rate, 30%).", ["ORR 30", "PR 30"]),
    ("10 例中 2 例部分缓解、5 例疾病稳定（疾病控制率，70%）。", ["DCR 70", "PR 20", "SD 50"]),
    # the arm of a randomised trial between the rate and the response
    ("Overall, 40% of patients randomised to the cell product achieved a complete response, "
     "compared with 20% of those randomised to standard care.", ["CR 20", "CR 40"]),
    # a share of patients `有效` in plain words
    ("在既往治疗失败的人群中，约 45% 的患者仍然有效。", ["ORR 45"]),
    ("换用新药后，约七成的患者有效。", ["ORR 70"]),
    # disease stabilisation is stable disease
    ("The regimen gave disease stabilisation in half of the treated men.", ["SD 50"]),
    # the cohort, its best response, then `，共 N 例`
    ("另一项研究纳入 10 例胃癌患者，最佳疗效为部分缓解，共 4 例。", ["PR 40"]),
    # a RECIST response in a table cell (note 44) and in plain language
    ("NCT00000001\tX CAR-T\tPSMA\tmCRPC\tNo RECIST response", ["ORR 0"]),
    ("Nine men were treated. None had tumour shrinkage large enough to count as a response.",
     ["ORR 0"]),
    ("The engager gave confirmed RECIST responses in 18% of those with measurable disease.",
     ["ORR 18"]),
    # a count before a response named with how it was assessed
    ("The product gave two confirmed complete responses.", ["CR n=2"]),
    # a metric compared in words, then one product's figure as an example
    ("国外研究中双抗的完全缓解率较低，例如某产品为 32.5%。", ["CR 32.5"]),
    ("The CR rate was lower, for example drug B at 28%.", ["CR 28"]),
])
def test_round32_forms(pipe, text, expected):
    assert sorted(r.value for r in run(pipe, text)) == sorted(expected)


@pytest.mark.parametrize(("text", "expected"), [
    # a subgroup of the responders is no count of the response
    ("获得缓解的患者中 6 例随后接受了异基因移植。", []),
    # a count of patients `中` is the group, not the responders
    ("疗效方面，40例患者中获得客观缓解24例（60%）。", ["ORR 60"]),
    # a response that has lasted is a durable response (note 35)
    ("Two complete responses have now lasted over a year.", []),
    # RECIST criteria are no response
    ("Responses were assessed by RECIST response criteria in 12 patients.", []),
])
def test_round32_exclusions(pipe, text, expected):
    assert sorted(r.value for r in run(pipe, text)) == sorted(expected)


@pytest.mark.parametrize(("text", "expected"), [
    # a site-limited tumour response is the overall response (note 46)
    ("Among the eight patients with brain lesions, three had intracranial responses.",
     ["ORR 37.5"]),
    # objective tumour regression is an objective response
    ("Two of five patients given the TIL product had objective tumour regression.", ["ORR 40"]),
    # a longer clause, then the restating percentage in a bracket: one mention
    ("Four of the ten patients who received the higher dose of the TCR product had objective "
     "tumour regression (40%).", ["ORR 40"]),
    # `obtained remission` as `achieved remission` (note 40)
    ("Of the 12 children infused, 9 obtained remission.", ["ORR 75"]),
    # `two in three` (note 26)
    ("Roughly two in three reached a complete response.", ["CR 66.7"]),
    ("Three in four patients responded.", ["ORR 75"]),
    # a population `those with …` between a metric and its rate
    ("The objective response rate among those with measurable lesions was 35%.", ["ORR 35"]),
    # `a confirmed or unconfirmed objective response`
    ("Overall, 18% of patients had a confirmed or unconfirmed objective response.", ["ORR 18"]),
    # another group's rate after its size and dose, referring back
    ("The complete response rate was 52%; among 40 patients in the 2-mg/kg cohort, it was 45%.",
     ["CR 52", "CR 45"]),
    # a rate reported elsewhere that the first is likened to
    ("本组完全缓解率为 45%，与既往文献报道的 40% 一致。", ["CR 45", "CR 40"]),
])
def test_round33_forms(pipe, text, expected):
    assert sorted(r.value for r in run(pipe, text)) == sorted(expected)


@pytest.mark.parametrize(("text", "expected"), [
    # an ACR response needs ACR as a word: `intracranial` holds no ACR
    ("Of six patients, two had intracranial responses.", ["ORR 33.3"]),
    # `two in three` after a grade word is no share of a response
    ("Two patients had a complete response; CRS of grade two in three patients was seen.",
     ["CR n=2"]),
    # a group's size with no rate referring back takes no metric
    ("The complete response rate was 52%; among 40 patients in the 2-mg/kg cohort, 8 had "
     "grade 3 CRS.", ["CR 52"]),
])
def test_round33_exclusions(pipe, text, expected):
    assert sorted(r.value for r in run(pipe, text)) == sorted(expected)
