"""target: lexicon forms, cues, exclusions, lists, tables and rule validation."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import regex

from extract.fields.target import alias_key, alias_regex, build, clause_spans
from extract.messages import RuleError
from extract.pipeline import Pipeline, Settings
from extract.rules import rules_dir
from tests.conftest import doc

LONG = "本研究系统回顾了国内外多个中心开展的临床试验中已经公开报道的多项"  # a line long enough to run on


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(Settings(fields=("trial_id", "target")))


@pytest.fixture(scope="module")
def targets(pipe):
    def run(text: str) -> list[str]:
        return [r.value for r in pipe.process(doc(text)) if r.field == "target"]

    return run


@pytest.fixture(scope="module")
def spans(pipe):
    def run(text: str) -> list[tuple[str, str]]:
        return [(r.value, r.text) for r in pipe.process(doc(text)) if r.field == "target"]

    return run


# --------------------------------------------------------------------- cues
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 靶向 / targeting
        ("本试验评估靶向 CD19 的 CAR-NK 细胞的有效性。", ["CD19"]),
        ("HER2 靶向的 CAR-NK 细胞疗法用于胶质母细胞瘤。", ["HER2"]),
        ("CAR T cells targeting CD19 and CD22 were infused.", ["CD19", "CD22"]),
        # 靶点 / 靶标 / target nouns
        ("CAR-T 产品常见的靶点包括 CD19 和 BCMA。", ["CD19", "BCMA"]),
        ("以 GPC3 为靶标的 CAR-T 细胞进入临床。", ["GPC3"]),
        ("BCMA 在恶性浆细胞表面广泛表达，是多发性骨髓瘤免疫治疗的重要靶点。", ["BCMA"]),
        ("CD19 is expressed on nearly all B-cell tumours, an attractive target for therapy.",
         ["CD19"]),
        # 导向
        ("NKX101 是 NKG2D 配体导向的 CAR-NK 细胞。", ["NKG2D"]),
        ("FT596 是 CD19 导向的 CAR-NK 疗法。", ["CD19"]),
        # a circled list number glued to the product name
        ("护理要点：③ICANS常在CRS高峰后出现；④CD19 CAR-T组需延长隔离。", ["CD19"]),
        # -targeted / -specific / -directed
        ("We infused CLDN18.2-targeted CAR T cells.", ["CLDN18.2"]),
        ("HER2-specific T cells lysed tumour cells.", ["HER2"]),
        ("A BCMA-directed CAR T-cell product was given.", ["BCMA"]),
        ("HER2 特异性修饰 T 细胞能够识别肿瘤细胞。", ["HER2"]),
        # anti-X / 抗 X
        ("Patients received an anti-CD20 monoclonal antibody.", ["CD20"]),
        ("抗 GD2 单抗已是标准治疗的一部分。", ["GD2"]),
        # X CAR / X-CAR-T
        ("CD19 CAR T cells expanded in vivo.", ["CD19"]),
        ("患者接受了 CD19-CAR-T 细胞回输。", ["CD19"]),
        ("ROBO1 CAR-NK 细胞药物进入临床。", ["ROBO1"]),
        # X × CD3 / bispecific / engagers
        ("EGFR × CD3 双靶向 T 细胞可清除肿瘤。", ["EGFR", "CD3"]),
        ("Teclistamab is a BCMA x CD3 bispecific antibody.", ["BCMA", "CD3"]),
        ("双特异性抗体同时结合 CD3 和 EGFR。", ["CD3", "EGFR"]),
        ("The bispecific antibody engages CD3 on T cells and EGFR on tumour cells.",
         ["CD3", "EGFR"]),
        ("可同时桥接淋巴瘤细胞上的 CD30 与 NK 细胞 CD16A 受体，从而介导杀伤。", ["CD30", "CD16A"]),
        ("T 细胞衔接器一端结合肿瘤抗原，另一端结合 T 细胞表面的 CD3。", ["CD3"]),
        ("四价双抗 AFM13（靶向 CD30/CD16A）与 NK 细胞联合应用。", ["CD30", "CD16A"]),
        # checkpoint inhibitors
        ("免疫检查点抑制剂（PD-1/PD-L1、CTLA-4 抗体等）已获批。", ["PD-1", "PD-L1", "CTLA-4"]),
        ("Pembrolizumab is a PD-1 inhibitor.", ["PD-1"]),
        ("联合 PD-L1 阻断可产生协同效应。", ["PD-L1"]),
        # TCR: peptide presented by HLA
        ("The TCR recognises a MAGE-A4 peptide presented by HLA-A*02.", ["MAGE-A4"]),
        # antigen escape keeps both the escaped and the new target
        ("CD19 抗原逃逸后转而高表达 CD22，需重新设计 CAR。", ["CD19", "CD22"]),
        # a list coordinated with a cued mention
        ("基于间皮素、CLDN18.2、HER2 等新型靶点的临床试验已展开。", ["MSLN", "CLDN18.2", "HER2"]),
        # a molecule named in a heading
        ("2  多发性骨髓瘤：BCMA 与 GPRC5D\n\n正文。", ["BCMA", "GPRC5D"]),
        # an expression statement is biology; the antibody's GD2 is the target
        ("双唾液酸神经节苷脂（GD2）在神经母细胞瘤中高表达，抗 GD2 单抗已是标准治疗。", ["GD2"]),
        ("Mesothelin is overexpressed in mesothelioma; anti-mesothelin CAR T cells were given.",
         ["MSLN"]),
        ("BCMA 在基底节有低水平表达，可能与迟发性神经毒性有关；该患者接受了 BCMA CAR-T 治疗。",
         ["BCMA"]),
        # ...unless the sentence goes on to call it a target
        ("BCMA 在恶性浆细胞表面广泛表达，是多发性骨髓瘤免疫治疗的重要靶点。", ["BCMA"]),
        ("Claudin 18.2 is expressed in gastric cancer, making it an attractive target.",
         ["CLDN18.2"]),
    ],
)
def test_cues(targets, text: str, expected: list[str]) -> None:
    assert targets(text) == expected


# ------------------------------------------------- binders named with the antigen
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("该 CAR 由 CD19 单链抗体、CD28 跨膜区和 CD3ζ 信号结构域组成。", ["CD19"]),
        ("CAR 结构含有两个 GPRC5D 单域抗体和 4-1BB 共刺激结构域。", ["GPRC5D"]),
        ("研究者以 GPC3 纳米抗体构建了新型嵌合受体。", ["GPC3"]),
        ("该受体的胞外区为 CLDN18.2 单链可变区片段。", ["CLDN18.2"]),
        ("胞外部分为 CD70 结合域，胞内为 CD3ζ。", ["CD70"]),
        ("其胞外段为 CD22 scFv，铰链区来自 CD8α。", ["CD22"]),
        ("The construct pairs an FMC63-derived CD19 scFv with a CD28 hinge.", ["CD19"]),
        ("Two BCMA VHHs were fused to a 4-1BB costimulatory domain.", ["BCMA"]),
        ("A CD70-binding domain replaced the scFv in the receptor.", ["CD70"]),
        ("The receptor carries a GPC3 nanobody and a CD3ζ endodomain.", ["GPC3"]),
        ("Each cell expressed a single-domain antibody against CD33.", ["CD33"]),
        ("The anti-ROR1 scFv was humanised.", ["ROR1"]),
        # construct parts beside the binder stay out
        ("该构建体含 CD28 共刺激结构域和 CD3ζ 信号域。", []),
        ("The receptor contains CD28 transmembrane and CD3 zeta domains.", []),
    ],
)
def test_binders(targets, text: str, expected: list[str]) -> None:
    assert targets(text) == expected


# ------------------------------------------------------------ engager arms
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One arm binds GPRC5D on myeloma cells while the other arm binds CD3 on T cells.",
         ["GPRC5D", "CD3"]),
        ("One arm binds CLDN18.2 on gastric cancer cells, and the other binds CD3 on T cells.",
         ["CLDN18.2", "CD3"]),
        ("Its two arms bind EGFR and CD3 respectively.", ["EGFR", "CD3"]),
        ("The molecule engages B7-H3 on tumour cells and CD3 on T cells.", ["B7-H3", "CD3"]),
        ("It simultaneously binds PSMA on prostate cancer cells and CD3 on T lymphocytes.",
         ["PSMA", "CD3"]),
        ("该分子一端结合肿瘤细胞上的 DLL3，另一端结合 T 细胞上的 CD3。", ["DLL3", "CD3"]),
        ("分子一臂识别 GPC3，另一臂结合 CD3。", ["GPC3", "CD3"]),
        # biology and trial arms stay out
        ("PD-L1 on tumour cells binds PD-1 on T cells and dampens their function.", []),
        ("In one arm, patients with PD-L1 expression of at least 1% received chemotherapy.", []),
        ("One arm enrolled HER2-positive patients and the other HER2-negative patients.", []),
    ],
)
def test_engager_arms(targets, text: str, expected: list[str]) -> None:
    assert targets(text) == expected


# ------------------------------------------------------- X therapy / prior X therapy
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("既往 CD19 治疗失败的患者可改用 CD22 CAR-T。", ["CD19", "CD22"]),
        ("纳入既往接受过 GPRC5D 治疗的骨髓瘤患者。", ["GPRC5D"]),
        ("PD-1 免疫治疗后进展的黑色素瘤患者。", ["PD-1"]),
        ("BCMA 经治患者的缓解率较低。", ["BCMA"]),
        ("Patients who relapsed after prior CD19-directed therapy were enrolled.", ["CD19"]),
        ("Prior BCMA exposure was permitted.", ["BCMA"]),
        ("Efficacy was lower in BCMA-exposed patients.", ["BCMA"]),
        ("Patients with CD38-refractory disease were included.", ["CD38"]),
        ("Those who had failed prior PD-1 treatment were excluded.", ["PD-1"]),
        # markers stay markers
        ("HER2 阳性乳腺癌的治疗已取得进展。", []),
        ("EGFR 突变肺癌的治疗选择有限。", []),
        ("HER2-positive patients need effective treatment.", []),
    ],
)
def test_therapy_named_by_target(targets, text: str, expected: list[str]) -> None:
    assert targets(text) == expected


# ------------------------------------------- on-target, off-tumour toxicity; titles
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("B 细胞缺乏是 CD19 相关的“在靶脱瘤”效应。", ["CD19"]),
        ("胆道毒性可能源于 CLDN18.2 在靶脱瘤作用。", ["CLDN18.2"]),
        ("Cholestasis may reflect CLDN18.2-related on-target, off-tumour toxicity.", ["CLDN18.2"]),
        ("B-cell aplasia reflects CD19 on-target off-tumor activity.", ["CD19"]),
        ("On-target, off-tumor toxicity against GPRC5D in keratinised tissue was common.",
         ["GPRC5D"]),
        # a document title (first line, no sentence punctuation)
        ("实体瘤免疫治疗新进展：CLDN18.2 与 GPC3\n\n正文。", ["CLDN18.2", "GPC3"]),
        ("Myeloma immunotherapy in 2024: BCMA and beyond\n\nBody text.", ["BCMA"]),
        # markers in a title stay markers
        ("HER2 阳性乳腺癌免疫治疗进展\n\n正文。", []),
        ("Soluble BCMA as a biomarker in myeloma immunotherapy\n\nBody text.", []),
        # a short unpunctuated line far into the document is no title
        (LONG * 8 + "。\n\nCD38 与 CD138\n\n正文。", []),
    ],
)
def test_on_target_and_titles(targets, text: str, expected: list[str]) -> None:
    assert targets(text) == expected


# ---------------------------------------------------------------- exclusions
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # markers and phenotypes
        ("CIML NK 细胞经激活后 CD25（白介素 2 受体 α 链）表达明显升高。", []),
        ("CD25 expression was upregulated on NK cells after CD19 CAR-T infusion.", ["CD19"]),
        ("HER2 特异性 T 细胞的疗效与 CD69 激活标志物表达水平相关。", ["HER2"]),
        ("CD133 阳性的肿瘤干细胞被 EGFR 靶向 T 细胞清除。", ["EGFR"]),
        ("CD34⁺ 细胞数量与 CD19 CAR-NK 的疗效相关。", ["CD19"]),
        ("CD3+ T cells were depleted before CD19-targeted CAR-NK infusion.", ["CD19"]),
        ("在 HER2 阳性患者中进行的 HER2 靶向研究。", ["HER2"]),
        ("HER2-positive breast cancer was treated with HER2-targeted antibodies.", ["HER2"]),
        ("HER2 阳性乳腺癌患者接受曲妥珠单抗治疗。", []),
        ("CD4/CD8 比值在 CD19 CAR-T 输注后升高。", ["CD19"]),
        ("Serum soluble BCMA levels fell after BCMA CAR-T therapy.", ["BCMA"]),
        ("CD19 CAR-T 细胞输注后，肿瘤细胞上调 PD-L1 以逃避靶向杀伤。", ["CD19"]),
        ("CD19 CAR-T 是主要靶点，治疗后患者 CD4 计数下降。", ["CD19"]),
        ("但 CD33 和 CD123 也表达于正常造血干细胞，存在靶向毒性。", []),
        # CAR signalling and construct parts
        ("The CD19 CAR contains a CD3ζ signalling domain and a 4-1BB costimulatory domain.",
         ["CD19"]),
        ("The CD19 CAR carries CD28 costimulatory and CD3 zeta domains.", ["CD19"]),
        ("靶向 CD19 的 CAR 含 CD28 共刺激结构域和 CD3ζ 信号域。", ["CD19"]),
        ("作者认为这或许源于 CCCR 的 PD-1-NKG2D-41BB 被过度活化。", []),
        ("靶向 PD-L1 的 PD-1-NKG2D-41BB 嵌合受体。", ["PD-L1"]),
        ("CD19-41BB-CD3ζ CAR T cells were infused.", ["CD19"]),
        ("T cells were activated with CD3/CD28 Dynabeads and transduced with a CD19 CAR.",
         ["CD19"]),
        # knocked-out or secreted molecules
        ("可表达 IL-15 的 CD19 CAR-NK 细胞，敲除 TGF-β 受体 II 后更持久。", ["CD19"]),
        ("敲除 PD-1 的 CD19 CAR-T 细胞。", ["CD19"]),
        ("PD-1 knockout CD19 CAR-T cells were tested.", ["CD19"]),
        ("常需通过基因编辑敲除 CAR-T 细胞自身的 CD7 以避免自相残杀。", []),
        ("UCART19 has a knocked-out CD52 gene.", []),
        ("CAR-NK cells secreting PD-L1 were compared with CD70-specific CAR-NK cells.", ["CD70"]),
        # molecules named only as biology
        ("TME 中的 PD-L1 与 NK 细胞上的 PD-1 结合，抑制 NK 细胞功能。", []),
        ("肿瘤细胞表面的 PD-L1 与 T 细胞上的 PD-1 结合可抑制 CAR-T 功能。", []),
        ("PD-L1 on tumour cells binds PD-1 on T cells and dampens CAR T-cell function.", []),
        ("PD-L1 × CD3 双特异性抗体同时阻断 PD-1/PD-L1 信号轴。", ["PD-L1", "CD3"]),
        ("The PD-L1 × CD3 antibody blocked the PD-1/PD-L1 axis.", ["PD-L1", "CD3"]),
        ("NK 细胞的 PD-1 和 TIM-3 表达上升。", []),
        # no inference from a drug name
        ("Rituximab was given to all patients.", []),
        # a table header row is not a heading
        ("Patient\tCD19\tCD22\nP1\t90%\t80%\n", []),
        # no cue at all
        ("CD19 was measured by flow cytometry.", []),
        ("患者 CD19 计数正常。", []),
    ],
)
def test_exclusions(targets, text: str, expected: list[str]) -> None:
    assert targets(text) == expected


# ---------------------------------------------------------------- surface forms
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("靶向 ＣＤ１９ 的 CAR-T。", [("CD19", "ＣＤ１９")]),  # full-width
        ("靶向 cd19 的 CAR-T。", [("CD19", "cd19")]),  # case
        ("CDl9 CAR-T 细胞。", [("CD19", "CDl9")]),  # OCR: letter l for digit 1
        ("CD I9 导向的 CAR-NK。", [("CD19", "CD I9")]),  # OCR with a space
        ("CLDNl8.2 特异性 CAR-T（CT041）。", [("CLDN18.2", "CLDNl8.2")]),
        ("靶向 PD-Ll 的抗体。", [("PD-L1", "PD-Ll")]),
        ("HER2/neu-specific CAR T cells and HER-2 targeted antibodies.",
         [("HER2", "HER2/neu"), ("HER2", "HER-2")]),
        ("Trop-2-directed ADC and TROP 2 CAR-T.", [("TROP2", "Trop-2"), ("TROP2", "TROP 2")]),
        ("CLL-1 CAR-T 与 CLL1 CAR-NK。", [("CLL1", "CLL-1"), ("CLL1", "CLL1")]),
        ("PDL1 inhibitors and anti-PD1 antibodies.", [("PD-L1", "PDL1"), ("PD-1", "PD1")]),
        ("αPD-1 and αCTLA-4 were combined.", [("PD-1", "PD-1"), ("CTLA-4", "CTLA-4")]),
        ("用于胰腺癌的整合素αvβ6靶向抗体偶联药物。", [("ITGB6", "整合素αvβ6")]),
        ("Integrin alpha-v beta-6 targeted antibodies.",
         [("ITGB6", "Integrin alpha-v beta-6")]),
        ("面向胰腺癌研发的整合素 $\\alpha v \\beta 6$ 靶向抗体偶联药物。",
         [("ITGB6", "整合素 $\\alpha v \\beta 6")]),
        ("IL13Rα2 CAR-T and IL-3Rα-targeted therapy.",
         [("IL13RA2", "IL13Rα2"), ("CD123", "IL-3Rα")]),
        (LONG + "靶向间\n皮素的 CAR-T 细胞治疗卵巢癌的结果。", [("MSLN", "间\n皮素")]),
        ("靶向间 皮素的 CAR-T。", [("MSLN", "间 皮素")]),
        ("紧密连接蛋白18.2（claudin18.2，CLDN18.2）是新的靶点。",
         [("CLDN18.2", "紧密连接蛋白18.2"), ("CLDN18.2", "claudin18.2"),
          ("CLDN18.2", "CLDN18.2")]),
        ("人表皮生长因子受体2（HER2）与表皮生长因子受体（EGFR）靶向治疗。",
         [("HER2", "人表皮生长因子受体2"), ("HER2", "HER2"), ("EGFR", "表皮生长因子受体"),
          ("EGFR", "EGFR")]),
        ("双唾液酸神经节苷脂GD2（disialoganglioside GD2，GD2）靶向治疗。",
         [("GD2", "双唾液酸神经节苷脂GD2"), ("GD2", "disialoganglioside GD2"), ("GD2", "GD2")]),
        ("靶向 NKG2D 配体的 CAR-NK。", [("NKG2D", "NKG2D 配体")]),
        ("CD19CAR-T 细胞。", [("CD19", "CD19")]),
        ("GD2-CART01 was feasible.", [("GD2", "GD2")]),
        # long names, and a hyphen between a Chinese name and its number
        ("靶向程序性死亡受体-1的抗体。", [("PD-1", "程序性死亡受体-1")]),
        ("靶向磷脂酰肌醇蛋白聚糖-3的 CAR-T。", [("GPC3", "磷脂酰肌醇蛋白聚糖-3")]),
        ("靶向细胞程序性死亡配体1的抗体。", [("PD-L1", "细胞程序性死亡配体1")]),
        ("抗 B 细胞成熟抗原 CAR-T 细胞。", [("BCMA", "B 细胞成熟抗原")]),
        ("Antibodies targeting epidermal growth factor receptor 2 were used.",
         [("HER2", "epidermal growth factor receptor 2")]),
        ("Tarlatamab targets delta-like ligand 3 on tumour cells.",
         [("DLL3", "delta-like ligand 3")]),
        ("G protein-coupled receptor class C group 5 member D-directed CAR T cells.",
         [("GPRC5D", "G protein-coupled receptor class C group 5 member D")]),
        ("靶向 G 蛋白偶联受体 C 类 5 组 D 成员的 CAR-T。",
         [("GPRC5D", "G 蛋白偶联受体 C 类 5 组 D 成员")]),
        ("靶向 δ 样配体 3 的双特异性抗体。", [("DLL3", "δ 样配体 3")]),
        ("Natural killer group 2 member D-based CAR-NK cells targeting NKG2D ligands.",
         [("NKG2D", "Natural killer group 2 member D"), ("NKG2D", "NKG2D ligands")]),
        ("An anti-claudin 18.2 antibody and a glypican 3-specific CAR.",
         [("CLDN18.2", "claudin 18.2"), ("GPC3", "glypican 3")]),
        ("Antibodies against vascular endothelial growth factor were added.",
         [("VEGF", "vascular endothelial growth factor")]),
        ("醫藥新知：GD2 標靶 CAR-T 治療神經母細胞瘤。", [("GD2", "GD2")]),  # traditional
    ],
)
def test_forms(spans, text: str, expected: list[tuple[str, str]]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no match inside longer tokens
        ("靶向 CD33 的 CAR-NK。", ["CD33"]),
        ("靶向 CD30 的 CAR-T。", ["CD30"]),
        ("靶向 CD33 的 CAR-NK 与 CD3ζ、CD30 阳性细胞。", ["CD33"]),
        ("CD3ε-targeted bispecific antibodies.", ["CD3"]),
        ("Targeting sCD19 in serum.", []),
        ("EGFRvIII-specific CAR T cells.", ["EGFRvIII"]),  # its own target, not EGFR
        ("EGFR-specific CAR T cells.", ["EGFR"]),
        ("CD16 binding efficiency of AFM13-loaded NK cells exceeded 90%.", ["CD16A"]),
        ("CD16a 和 CD16 均为 CD16A。", []),
    ],
)
def test_boundaries(targets, text: str, expected: list[str]) -> None:
    assert targets(text) == expected


# ---------------------------------------------------------------- lists and tables
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("CD19/CD22 双靶点 CAR-T 和 CD33 阳性 AML。", ["CD19", "CD22"]),
        ("EGFR × CD3 and HER2 × CD3 armed T cells.", ["EGFR", "CD3", "HER2", "CD3"]),
        ("靶向 MICA/B 的 CAR-NK 细胞。", ["MICA/B"]),
        ("anti-CD3 × anti-HER2 bispecific antibody armed T cells.", ["CD3", "HER2"]),
        ("CD155、EGFR、HER2 三靶点高表达。", ["CD155", "EGFR", "HER2"]),
        ("mosunetuzumab (CD20xCD3) was approved.", ["CD20", "CD3"]),
        ("敲除 PD-1 和 CTLA-4 的 CD19 CAR-T 细胞。", ["CD19"]),
        ("程序性死亡受体 1（PD-1）抑制剂联合化疗。", ["PD-1", "PD-1"]),
    ],
)
def test_lists(targets, text: str, expected: list[str]) -> None:
    assert targets(text) == expected


# A member followed by a bracketed aside (trial ID, abbreviation, reference mark) and a
# connector is still in the list, so the cue spreads to every member.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("CAR T cells directed against CD19 [12] and CD22 [13] were infused.",
         ["CD19", "CD22"]),
        ("Products aimed at CD19^[3] or BCMA^[4] were approved.", ["CD19", "BCMA"]),
        ("NK cells engineered against CD33 (NCT01234567), CLL1 (NCT02345678) and CD123 are "
         "in early trials.", ["CD33", "CLL1", "CD123"]),
        ("T cells redirected against mesothelin (MSLN) or GPC3 were tested.",
         ["MSLN", "MSLN", "GPC3"]),
        ("CAR-NK 产品针对 CD33^[8]、CLL1^[9] 及 CD123^[10]，均处于早期试验。",
         ["CD33", "CLL1", "CD123"]),
        ("研究者构建了针对 CD70（NCT05092451）或 CD7（NCT04599556），均未见严重毒性。",
         ["CD70", "CD7"]),
        # a hyphen left hanging before the connector
        ("CD70- or CD5-specific NK cells were infused.", ["CD70", "CD5"]),
        ("CD19-, CD20- and CD22-directed cells were compared.", ["CD19", "CD20", "CD22"]),
        ("Antibodies against PD-1 (ref. 4) and CTLA-4 (ref. 5) were combined.",
         ["PD-1", "CTLA-4"]),
        # an exclusion after the list spreads across the aside too
        ("Patients with CD19 (NCT02445248) or CD22 expression received targeted therapy.", []),
    ],
)
def test_lists_across_asides(targets, text: str, expected: list[str]) -> None:
    assert targets(text) == expected


# ------------------------------------------------- effector biology is no target
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # X-mediated / X-dependent effector function of the immune cell itself
        ("NK cells lyse antibody-coated tumour cells through ADCC via CD16.", []),
        ("ADCC mediated by CD16 is a key NK-cell function in targeted antibody therapy.", []),
        ("NKG2D-dependent killing of stressed cells is part of targeted innate immunity.", []),
        ("Their cytotoxicity relies on CD16 engagement with targeted antibodies.", []),
        ("CD16-mediated ADCC complements bispecific engagers that bind CD30.", ["CD30"]),
        ("NK 细胞通过 CD16 介导的 ADCC 增强靶向抗体的杀伤作用。", []),
        ("NK 细胞可通过 CD16 介导抗体依赖的细胞毒作用，与靶向治疗协同。", []),
        ("CD16 依赖的细胞毒性是双特异性抗体发挥作用的基础。", []),
        ("NKG2D 介导的杀伤作用与靶向治疗协同。", []),
        ("NK 细胞的杀伤作用主要依赖于 CD16 对靶向抗体的识别。", []),
        ("靶向 CD19 的 CAR-NK 细胞的杀伤作用依赖于 CD16 与抗体结合。", ["CD19"]),
        # a checkpoint's own signalling; blocking it is a cue
        ("PD-1-mediated exhaustion limits CAR T cells; PD-1 blockade restores them.", ["PD-1"]),
        ("PD-L1 介导的免疫逃逸削弱了靶向治疗的疗效。", []),
        # `targets` as a noun for the cells killed is no cue
        ("Effector cells kill targets via CD16 engagement.", []),
        ("NK cells lysed K562 targets and Raji cells expressing CD19.", []),
        ("NK cells recognise targets through NKG2D and DNAM-1.", []),
        # ...while the verb and the engager's own arms still count
        ("Tarlatamab targets the tumour antigen DLL3.", ["DLL3"]),
        ("AFM13 is a CD30/CD16A bispecific that triggers NK-cell cytotoxicity.",
         ["CD30", "CD16A"]),
        ("The bispecific redirects T cells through CD3 binding to kill CD20-expressing cells.",
         ["CD3"]),
    ],
)
def test_effector_biology(targets, text: str, expected: list[str]) -> None:
    assert targets(text) == expected


# ---------------------------------------------- common phrasings of "directed at X"
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We built a CAR directed toward CD70.", ["CD70"]),
        ("CARs with specificity for GPC3 were built.", ["GPC3"]),
        ("CAR T cells directed against the B-cell antigen CD19 were infused.", ["CD19"]),
        ("Tarlatamab, which targets the tumour antigen DLL3, was approved.", ["DLL3"]),
        ("CD19-redirected T cells expanded.", ["CD19"]),
        ("CD7-targeting CAR T cells were safe.", ["CD7"]),
        ("CD1a-directed CAR T cells spare normal T cells in cortical T-ALL.", ["CD1a"]),
        ("The cellular vaccine is directed against prostatic acid phosphatase.", ["PAP"]),
        ("以前列腺酸性磷酸酶为靶点的细胞疫苗延长了生存。", ["PAP"]),
        ("Cevostamab, an FcRH5 x CD3 bispecific, was given weekly.", ["FcRH5", "CD3"]),
        ("靶向 FCRL5 的 CAR-T 细胞进入临床。", ["FcRH5"]),
        ("TCR-T cells directed at HBsAg were infused after liver transplant.", ["HBsAg"]),
        ("T cells specific for the MCPyV large T antigen were given.", ["MCPyV LT"]),
        ("靶向潜伏膜蛋白 1 的 T 细胞扩增良好。", ["LMP1"]),
        ("An antibody to PD-1 was given.", ["PD-1"]),
        ("Inhibition of CTLA-4 improved outcomes.", ["CTLA-4"]),
        ("Tarlatamab is a DLL3 x CD3 bispecific T-cell engager.", ["DLL3", "CD3"]),
        ("A BCMA/CD3 bispecific antibody was given.", ["BCMA", "CD3"]),
        ("CD19/CD22 tandem CAR T cells reduced relapse.", ["CD19", "CD22"]),
        ("A CD19 and CD22 bicistronic CAR was tested.", ["CD19", "CD22"]),
        ("Engineered T cells recognizing MAGE-A4 were given.", ["MAGE-A4"]),
        ("An affinity-enhanced TCR directed at MAGE-A3 was infused.", ["MAGE-A3"]),
        ("靶向黑色素瘤相关抗原A3 的 TCR-T 细胞曾引起心脏毒性。", ["MAGE-A3"]),
        ("Teclistamab binds BCMA and CD3.", ["BCMA", "CD3"]),
        ("Tisagenlecleucel recognises CD19 on B cells.", ["CD19"]),
        ("该 CAR 针对 B 细胞表面抗原 CD19 设计。", ["CD19"]),
        ("CD19/CD22 串联 CAR-T 细胞可减少复发。", ["CD19", "CD22"]),
        ("阻断 PD-1 可增强 CAR-T 细胞功能。", ["PD-1"]),
        ("对 CD19 具有特异性的 T 细胞被输注。", ["CD19"]),
        ("CD19 重定向 T 细胞扩增良好。", ["CD19"]),
        ("经基因修饰的 T 细胞识别 NY-ESO-1。", ["NY-ESO-1"]),
        # expression and recognition without a therapy stay biology
        ("CD19 特异性表达于 B 细胞表面。", []),
        ("NK cells recognise MICA on stressed cells.", []),
        ("T cells recognising NY-ESO-1 were counted in blood.", []),
    ],
)
def test_phrasings(targets, text: str, expected: list[str]) -> None:
    assert targets(text) == expected


ZH_TABLE = (
    "表 2 CAR-NK 用于实体瘤的临床研究一览\n\n"
    "编号\t状态\t靶标\t适应症\t联合治疗\n"
    "NCT05410717\t招募中\tClaudin6/ GPC3/间 皮素/AXL\t卵巢癌\tPD-1/PD-L1/CTLA4 分泌 CAR-NK\n"
    "NCT03579927\t未知\tCD19 的\tB 细胞淋巴瘤\tHSCT+利妥昔单抗\n"
    "NCT06342986\t招募中\tMICA/B\tCD19 阳性 B-ALL\t/\n"
)
EN_TABLE = (
    "Table 1. Programmes.\n"
    "ID\tTarget\tIndication\tCombination\n"
    "NCT03287817\tCD19/CD22\tDLBCL\tpembrolizumab (anti-PD-1)\n"
    "NCT03145181\tBCMA×CD3\tMM\tanti-CD38 antibody\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (ZH_TABLE, [("CLDN6", "NCT05410717"), ("GPC3", "NCT05410717"), ("MSLN", "NCT05410717"),
                    ("AXL", "NCT05410717"), ("CD19", "NCT03579927"), ("MICA/B", "NCT06342986")]),
        (EN_TABLE, [("CD19", "NCT03287817"), ("CD22", "NCT03287817"), ("BCMA", "NCT03145181"),
                    ("CD3", "NCT03145181")]),
    ],
)
def test_table_rows_link_targets_to_their_trial(pipe, text: str,
                                                expected: list[tuple[str, str]]) -> None:
    records = [r for r in pipe.process(doc(text)) if r.field == "target"]
    assert [(r.value, r.trial) for r in records] == expected


def test_record_carries_hgnc_and_trigger(pipe) -> None:
    records = [r for r in pipe.process(doc("靶向 CD20 的抗体与 MICA/B 导向的 CAR-NK。"))
               if r.field == "target"]
    assert [(r.value, r.hgnc, r.trigger) for r in records] == [
        ("CD20", "MS4A1", "zh-targeting-before"), ("MICA/B", "MICA;MICB", "zh-targeted-after")]


# ---------------------------------------------------------------- pure helpers
@pytest.mark.parametrize(
    ("alias", "text", "matches"),
    [
        ("CD19", "CD 19", True),
        ("CD19", "CD-19", True),
        ("CD19", "CD190", False),
        ("CD3", "CD3ζ", False),
        ("PD-L1", "PDL1", True),
        ("αvβ6", "alpha v beta 6", True),
        ("HER2/neu", "HER2 / neu", True),
        ("间皮素", "间皮素", True),
    ],
)
def test_alias_regex(alias: str, text: str, matches: bool) -> None:
    import regex

    greek = {"α": r"(?:α|\\?alpha|a)", "β": r"(?:β|\\?beta|b)"}
    pattern = regex.compile(alias_regex(alias, greek), regex.V1)
    assert bool(pattern.fullmatch(text)) is matches


def test_alias_key_ignores_case_and_separators() -> None:
    assert alias_key("TROP-2") == alias_key("Trop 2") == alias_key("trop2")


def test_clause_spans_keep_brackets_whole() -> None:
    text = "基于间皮素(mesothelin, MSLN)的试验,已展开。"
    assert [text[s:e] for s, e in clause_spans(text)] == [
        "基于间皮素(mesothelin, MSLN)的试验,", "已展开。"]


# ---------------------------------------------------------------- rule validation
def rules_copy(tmp_path: Path) -> Path:
    for name in ("targets.yaml", "target_context.yaml"):
        shutil.copy(rules_dir() / name, tmp_path / name)
    return tmp_path


@pytest.mark.parametrize(
    ("file", "extra", "what"),
    [
        ("targets.yaml", "- id: trop2-again\n  value: TROP-2X\n  hgnc: [X]\n"
                         "  aliases_en: [Trop 2]\n", "duplicate alias 'trop2'"),
        ("targets.yaml", "- id: bad-role\n  value: XYZ1\n  hgnc: [XYZ1]\n  role: marker\n",
         "role"),
        ("targets.yaml", "- id: no-hgnc\n  value: XYZ2\n", "hgnc"),
        ("target_context.yaml", "- id: bad-side\n  kind: cue\n  pattern: 'x'\n", "needs side"),
        ("target_context.yaml", "- id: bad-regex\n  kind: cue\n  side: after\n  pattern: '(x'\n",
         "bad regular expression"),
        ("target_context.yaml", "- id: bad-ocr\n  kind: ocr\n  replace: '10'\n  pattern: 'l'\n",
         "exactly one character"),
        ("target_context.yaml", "- id: no-mark\n  kind: exclude\n  side: around\n"
                                "  pattern: 'x'\n", "<T>"),
    ],
)
def test_rule_errors_name_file_and_line(tmp_path: Path, file: str, extra: str,
                                        what: str) -> None:
    directory = rules_copy(tmp_path)
    path = directory / file
    base = path.read_text(encoding="utf-8").rstrip("\n") + "\n"
    line = base.count("\n") + 1
    path.write_text(base + extra, encoding="utf-8")
    with pytest.raises(RuleError) as err:
        build(directory)
    assert f"{file}:{line}" in str(err.value)
    assert what in str(err.value)


# ------------------------------------------------------- lexicon prefilter
def alias_variants(alias: str) -> list[str]:
    """The alias as written, in other cases, and with a space or a hyphen at
    each letter/digit boundary: forms the alias pattern accepts."""
    spaced = regex.sub(r"(?<=[A-Za-z])(?=\d)|(?<=\d)(?=[A-Za-z])", " ", alias)
    hyphened = regex.sub(r"(?<=[A-Za-z])(?=\d)|(?<=\d)(?=[A-Za-z])", "-", alias)
    return sorted({alias, alias.lower(), alias.upper(), spaced, hyphened})


def test_prefilter_never_hides_an_alias() -> None:
    """Lexemes are tried only when one of their needles occurs in the
    sentence; every alias in every accepted spelling must still be found."""
    extractor = build(rules_dir())
    missed = []
    for lex in extractor.lexemes:
        for alias in lex.entry.aliases():
            for form in alias_variants(alias):
                if not lex.pattern.fullmatch(form):
                    continue  # not a spelling this alias accepts
                text = f"A trial of {form} CAR-T cells ."
                values = {c.entry.value for c in extractor.candidates(text)}
                if lex.entry.value not in values:
                    missed.append((lex.entry.value, form))
    assert missed == []


# ------------------------------------------ compound constructs, coordinated CARs
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two antigens joined by a hyphen or dash share the CAR cue after them
        ("A compound CD19–BCMA CAR was given to six patients with lupus.", ["CD19", "BCMA"]),
        ("Patients received CD19-CD22 bispecific CAR T cells.", ["CD19", "CD22"]),
        ("The CD33 - CLL1 compound CAR cleared blasts in 4 of 5 patients.", ["CD33", "CLL1"]),
        ("国内有 CD19-BCMA 复合 CAR-T 治疗系统性红斑狼疮的报道。", ["CD19", "BCMA"]),
        ("本研究采用 CD19—CD22 双靶点 CAR-T 细胞。", ["CD19", "CD22"]),
        ("BCMA-CD38 串联 CAR-T 用于复发骨髓瘤。", ["BCMA", "CD38"]),
        # coordinated antigens before a CAR with a product modifier in between
        ("对于无合适供者的患者，CD7 或 CD5 通用型 CAR-T 是可选方案。", ["CD7", "CD5"]),
        ("CD19 和 CD20 自体 CAR-T 已进入临床。", ["CD19", "CD20"]),
        ("CD19 人源化 CAR-T 在鼠源 CAR-T 失败后仍有效。", ["CD19"]),
        ("CD7 or CD5 universal CAR-T cells may bridge patients without a donor.", ["CD7", "CD5"]),
        ("CD19 allogeneic CAR T cells were manufactured from healthy donors.", ["CD19"]),
        ("BCMA or GPRC5D off-the-shelf CAR products are in development.", ["BCMA", "GPRC5D"]),
        # near misses: a hyphen chain with a signalling part, a marker pair, beads, a ratio
        ("CD19-CD28-CD3ζ CAR T cells were infused.", ["CD19"]),
        ("The PD-1-CD28 switch receptor was added to the CAR.", []),
        ("CD3-CD56+ NK cells expanded after infusion.", []),
        ("T cells were stimulated with CD3-CD28 beads.", []),
        ("CD4-CD8 比值在回输后升高。", []),
        # a modifier alone, with no CAR after it, is no cue
        ("CD19 和 CD20 自体移植后表达下降。", []),
    ],
)
def test_compound_and_coordinated_cars(targets, text: str, expected: list[str]) -> None:
    assert targets(text) == expected


# -------------------------------------------------------------- run-in headings
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a paragraph opening with a heading that is only antigens (a review of targets)
        (LONG + "。\n\nMesothelin. Early mesothelin CAR-T studies used mRNA.", ["MSLN", "MSLN"]),
        (LONG + "。\n\nCLDN18.2 and GPC3 in adults. Both were tested.", ["CLDN18.2", "GPC3"]),
        (LONG + "。\n\nCD70 and CD5 for T-cell lymphoma. Both were tried.", ["CD70", "CD5"]),
        (LONG + "。\n\n(1) B7-H3. 我们回顾了相关研究。", ["B7-H3"]),
        # near misses: a short sentence that says something about the molecule
        (LONG + "。\n\nCD19 expression. It was measured.", []),
        (LONG + "。\n\nCD19 was lost. Relapse followed.", []),
        (LONG + "。\n\nHER2 3+. The tumour was scored.", []),
        (LONG + "。\n\nCD34+ cells. They were counted.", []),
    ],
)
def test_run_in_headings(targets, text: str, expected: list[str]) -> None:
    assert targets(text) == expected


# ------------------------------------------- a target cue later in the sentence
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Claudin 18.2 is expressed in most gastric cancers but barely in normal stomach "
         "epithelium outside tight junctions, which makes it an attractive CAR-T target.",
         ["CLDN18.2"]),
        ("B7-H3 is overexpressed in many paediatric solid tumours and in their vasculature, "
         "so it has become a promising CAR T-cell target.", ["B7-H3"]),
        ("GD2 is expressed on neuroblastoma cells at high density, which makes it a natural "
         "target for CAR T cells and antibodies.", ["GD2"]),
        ("GPC3 在绝大多数肝细胞癌组织中高表达，而在正常成人肝组织中几乎不表达，因此被认为是"
         "理想的 CAR-T 治疗靶点。", ["GPC3"]),
        # near misses: expression with no target word, or a target word about cells
        ("GPC3 is expressed in most hepatocellular carcinomas but barely in normal adult "
         "liver, which correlates with poor prognosis in several cohorts.", []),
        ("GPC3 在肝癌组织中高表达，与不良预后相关。", []),
    ],
)
def test_target_cue_later_in_sentence(targets, text: str, expected: list[str]) -> None:
    assert targets(text) == expected


# ------------------------------------- a knock-out stays with the molecule knocked out
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("患者接受了 CD7 基因敲除的靶向 CD7 CAR-T 细胞。", ["CD7"]),
        ("采用供者来源、经 CD7 基因敲除以避免自相残杀的 CD7 CAR-T 细胞回输。", ["CD7"]),
        ("TRAC 基因敲除的 CD19 CAR-T 细胞用于异体治疗。", ["CD19"]),
        ("敲除 TRAC 基因的 CD19 CAR-T 细胞用于异体治疗。", ["CD19"]),
        ("CD7-knockout CD7-directed CAR T cells were infused.", ["CD7"]),
        ("We infused TCR-deleted CD19 CAR T cells.", ["CD19"]),
        # near misses: the molecule itself is knocked out
        ("通过 CRISPR 敲除 CAR-T 细胞自身的 CD7。", []),
        ("T cells were engineered by knocking out CD7 before transduction.", []),
        ("采用 Cas9 敲除的 CD5 不再表达于 CAR-T 细胞。", []),
    ],
)
def test_knockout_does_not_spread(targets, text: str, expected: list[str]) -> None:
    assert targets(text) == expected


# ------------------------------------ more cue words and exclusions (round 10)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an antigen joined to CAR by a dot (Baylor names)
        ("Eleven patients received CD30.CAR T cells after lymphodepletion.", ["CD30"]),
        ("GD2.CAR-T 细胞在神经母细胞瘤中有效。", ["GD2"]),
        # counted targets before a colon
        ("Three targets are now in late-phase trials: CD19, BCMA and GPRC5D.",
         ["CD19", "BCMA", "GPRC5D"]),
        # engaging a target, said of a therapy
        ("Cilta-cel uses two single-domain binders to engage BCMA.", ["BCMA"]),
        # `shed` only as a word: `Published`, `finished` are no soluble antigen
        ("Published CD70 CAR-T series report high response rates.", ["CD70"]),
        ("Recently finished CD22 CAR-T trials enrolled children.", ["CD22"]),
        ("Shed BCMA predicted a poorer response to BCMA CAR-T cells.", ["BCMA"]),
        # cells carrying the antigen, an IHC score, an antigen-negative relapse
        ("Anaemia, an on-target effect because red cells carry CD47, followed anti-CD47 "
         "antibody therapy.", ["CD47"]),
        ("The best response to HER2-targeted CAR-M was SD in patients with HER2 3+ tumours.",
         ["HER2"]),
        ("HER2 2+ 患者也接受了 HER2 CAR-T 治疗。", ["HER2"]),
        ("CD19 CAR-T 治疗后部分患者出现 CD19 抗原阴性复发。", ["CD19"]),
        # `is present on` is biology even when `on-target` follows
        ("Anti-GD2 antibodies cause pain, and GD2 is present on peripheral nerves, so "
         "on-target, off-tumour effects remain a concern.", ["GD2"]),
    ],
)
def test_more_cues_and_exclusions(spans, text: str, expected: list[str]) -> None:
    found = spans(text)
    assert [v for v, _ in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list whose members each carry their disease (`X for Y, Z for W, and V for U`)
        ("Trials of CAR-T cells directed at CD19 for lymphoma, CD7 for T-ALL and CD33 for "
         "myeloid leukaemia, and GD2 for neuroblastoma are open.",
         ["CD19", "CD7", "CD33", "GD2"]),
        ("Products directed at CD20 for lymphoma or CD38 for myeloma were reviewed.",
         ["CD20", "CD38"]),
        # a descriptor and its examples after the cue
        ("Unlike products directed at lineage antigens such as CD22 or CD20, this TCR "
         "sees a peptide.", ["CD22", "CD20"]),
        ("CAR-NK cells directed at myeloid antigens including CLL-1 entered phase 1.", ["CLL1"]),
        # a labelled field naming the target, in a run-on registry record
        (f"{LONG}研究。Design: phase 2, randomised; TIL plus nivolumab versus nivolumab alone "
         "Condition: advanced melanoma Target of the checkpoint component: PD-1 Estimated "
         "enrollment: 90 participants", ["PD-1"]),
        (f"{LONG}研究。Design: single arm; infusion over 30 minutes Target: CD70 Planned "
         "enrollment: 24 participants", ["CD70"]),
        (f"{LONG}研究。设计：单臂、开放标签 适应证：小细胞肺癌 靶点：DLL3 计划入组：30 例",
         ["DLL3"]),
        # a change of therapy named by its new target
        ("After CD19 CAR-T failure, switching to CD22 gave a second remission.",
         ["CD19", "CD22"]),
        ("CD19 CAR-T 失败后改用 CD22 方案。", ["CD19", "CD22"]),
        # the CAR named before its antigen, with the cell word after
        ("患者回输了 CAR-CD19 T 细胞，未见神经毒性。", ["CD19"]),
        ("We manufactured CAR-MSLN T cells for mesothelioma.", ["MSLN"]),
        ("CD3+ T cells were depleted from the graft.", []),
        ("靶向 CD19 的 CAR-T 也会清除正常的 CD19 B 细胞。", ["CD19"]),
        # an engineered TCR platform named after its antigen
        ("Patients received MAGE-A4 SPEAR T cells after lymphodepletion.", ["MAGE-A4"]),
        ("The SPEARHEAD-2 trial enrolled patients with MAGE-A4 tumours.", []),
    ],
)
def test_round12_lists_fields_and_prefixes(targets, text: str, expected: list[str]) -> None:
    assert targets(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # cohorts named after the antigen (notes 23)
        ("随访期间，CD22组共3例复发，CD19组无复发。", ["CD22", "CD19"]),
        ("BCMA 队列中 4 例出现 3 级 CRS。", ["BCMA"]),
        ("Responses were more durable in the CD19 cohort than in the CD22 arm.",
         ["CD19", "CD22"]),
        ("No ICANS was seen in the HER2 studies.", ["HER2"]),
        ("GPC3 组织表达与预后相关。", []),
        ("PD-L1 组化检测结果与疗效无关。", []),
    ],
)
def test_round12_cohorts_named_after_antigen(targets, text: str, expected: list[str]) -> None:
    assert targets(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # NK-cell biology: receptors listed as examples, an Fc receptor engineered in
        ("NK cells recognise stressed cells through activating receptors such as NKG2D, "
         "and CAR engineering adds a second route.", []),
        ("该产品同时表达靶向 CD19 的 CAR 与不可切割的 CD16。", ["CD19"]),
        ("The NK product targets CD38 and carries a non-cleavable CD16.", ["CD38"]),
        # an expression compared with another molecule's, an expression threshold
        ("DLL3 是小细胞肺癌的重要靶点，其表达与 B7-H3 相互独立。", ["DLL3"]),
        ("入组标准方面，靶点评估要求 GPC3 需达到 ≥50% 肿瘤细胞中表达。", []),
        # `X 高表达于…，是…靶点`: named a target in the same sentence
        ("MSLN 高表达于间皮瘤组织，是 CAR-T 的理想靶点。", ["MSLN"]),
        ("MSLN 高表达的间皮瘤患者预后较差。", []),
    ],
)
def test_round12_biology_and_named_targets(targets, text: str, expected: list[str]) -> None:
    assert targets(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a ratio written with a colon is a marker
        ("A CD22-directed product given at a fixed CD4:CD8 ratio was used.", ["CD22"]),
        ("靶向 CD22 的产品按 CD4：CD8 比例制备。", ["CD22"]),
        # a receptor's extracellular part used as the CAR's recognition domain
        ("研究者以 CD4 分子胞外段作为识别结构的靶向 HIV 包膜蛋白的 CAR-T 开展试验。", []),
        ("The CAR used the extracellular domain of CD4 as its binding moiety to target "
         "HIV-infected cells.", []),
        # `阻断 X 与 Y 的结合`: the agent binds X, Y is the partner kept away
        ("该单抗可阻断 PD-L1 与 PD-1 的结合。", ["PD-L1"]),
        ("The antibody blocks the binding of PD-L1 to PD-1 on T cells.", ["PD-L1"]),
        # a splice isoform, a natural partner, a restricted expression: biology
        ("CD22 CAR-T 后复发的机制包括 CD22 剪接异构体。", ["CD22"]),
        ("After CD22 CAR T cells, relapse followed CD22 splice variants in two cases.", ["CD22"]),
        ("GD2 的天然配体为 Siglec-7，靶向 GD2 的 CAR-T 已进入临床。", ["GD2"]),
        ("CD70's natural receptor is CD27; the CD70 CAR was tested in renal cancer.",
         ["CD70"]),
        ("正常组织中 CLDN6 仅限于胎盘，CLDN6 因此成为新的 CAR-T 靶点。", ["CLDN6"]),
        ("In adults CLDN6 is restricted to the placenta, and CLDN6 is an attractive CAR target.",
         ["CLDN6"]),
        # cells carrying or harbouring it; expressing, unless the sentence calls it a target
        ("His tumour harboured KRAS G12D; KRAS G12D-specific T cells were infused.",
         ["KRAS G12D"]),
        ("The Hodgkin cell expresses CD30 strongly, making it an ideal CAR target.", ["CD30"]),
        ("Hodgkin cells express CD30 and CD19 in most cases, and CD30-targeted CAR T cells "
         "were given.", ["CD30"]),
        # the last of a list of knocked-out genes
        ("该通用型产品经基因编辑敲除 TRAC、B2M 和 CD7 的 CAR-T 细胞。", []),
        ("Editing involved knocking out TRAC, B2M and CD7 in the CD7-directed CAR T cells.",
         ["CD7"]),
        # a part of the document named after a target in an editorial note
        ("（说明：MSLN及多靶点部分为示例性内容。）", []),
        ("Note: the CLDN6 and dual-target sections are illustrative.", []),
    ],
)
def test_round14_biology_and_constructs(targets, text: str, expected: list[str]) -> None:
    assert targets(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a study named after the antigen
        ("In the CD70 study, 9 of 13 patients responded.", ["CD70"]),
        ("剂量参照已发表的 CD19/CD20 序贯研究。", ["CD19", "CD20"]),
        # T cells reactive to it
        ("Regression followed infusion of HPV16 E7-reactive T cells.", ["HPV16 E7"]),
        ("患者接受了 KRAS G12D 反应性 T 细胞回输。", ["KRAS G12D"]),
        ("A TCR specific for KRAS G12V was isolated and infused.", ["KRAS G12V"]),
        ("GPC2-directed CAR T cells were tested in neuroblastoma.", ["GPC2"]),
        # elided verb with a count: `four directed at CD19 and two at BCMA`
        ("Of the approved products, three are directed at CD19 and one at CD22.",
         ["CD19", "CD22"]),
        # a therapy reaching antigens, with examples
        ("Engineered TCRs can reach intracellular antigens such as MAGE-A4 and NY-ESO-1.",
         ["MAGE-A4", "NY-ESO-1"]),
        ("TCR-T 可触及胞内抗原，如 MAGE-A4 和 NY-ESO-1。", ["MAGE-A4", "NY-ESO-1"]),
        # antigen loss is a marker (notes 26 and 32), also under a therapy
        ("When BCMA is lost, a product against another antigen is needed.", []),
        ("Relapse with loss of CD22 was common after CAR T-cell therapy.", []),
        ("部分患者 CAR-T 治疗后复发时出现 CD22 丢失。", []),
        ("CD22 丢失的机制尚不清楚。", []),
    ],
)
def test_round14_cues(targets, text: str, expected: list[str]) -> None:
    assert targets(text) == expected


# ------------------------------------------------------------------- round 18
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # `targets, including X`; `X-engaging`; `X constructs`; `dual-target`
        ("Several new targets, including CD33 and CLL1, are being tested.", ["CD33", "CLL1"]),
        ("Several new agents, including CD33 and CLL1, are being tested.", []),
        ("The cells release EGFR-engaging molecules that recruit T cells.", ["EGFR"]),
        ("The platform is now used for DLL3 and B7-H3 constructs.", ["DLL3", "B7-H3"]),
        ("We report safety data for CD19/CD20 dual-target CAR-T cells.", ["CD19", "CD20"]),
        ("部分患者接受 CD19/CD20 双靶序贯输注。", ["CD19", "CD20"]),
        # 作为…靶点的 X, also before an expression statement
        ("作为 CAR-T 靶点的间皮素在卵巢癌中表达。", ["MSLN"]),
        ("作为治疗靶标的 GPC3 在肝癌中高表达。", ["GPC3"]),
        # an antigen called attractive for CAR T cells after an expression statement
        ("DLL3 is expressed on most small-cell lung cancers, making it an attractive "
         "antigen for CAR T cells.", ["DLL3"]),
        ("DLL3 is expressed on most small-cell lung cancers.", []),
        ("EGFRvIII has been the most studied CAR antigen in glioma.", ["EGFRvIII"]),
        # cells engineered to recognise X (plain-language text)
        ("The cells are engineered in a laboratory to recognise a protein called CD20 on "
         "lymphoma cells.", ["CD20"]),
        ("T 细胞经改造后能够识别一种名为 CD20 的蛋白。", ["CD20"]),
        ("The vector was engineered to express CD20 on tumour cells.", []),
        # designs adding X; engaging a tumour antigen (not an immune receptor)
        ("Tandem designs adding CD22 are now in trials.", ["CD22"]),
        ("Most agents engage B-cell maturation antigen.", ["BCMA"]),
        ("NK cells engage NKG2D on stressed cells.", []),
        # a knocked-out gene with an adverb; a marker with 同时
        ("It is an anti-CD19 CAR-T in which CD52 is also knocked out.", ["CD19"]),
        ("双靶点组要求 CD22 同时阳性。", []),
    ],
)
def test_round18_forms(targets, text: str, expected: list[str]) -> None:
    assert targets(text) == expected


# ------------------------------------------------------------------- round 19
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ligands and checkpoints named as biology; `carry` is no CAR
        ("Many NK cells carry NKG2D, which binds MICA/B on stressed cells.", []),
        ("The receptor binds MICA/B on tumour cells, and CAR T cells were infused.", ["MICA/B"]),
        ("研究发现，癌细胞上的 PD-L1 可与 T 细胞表面的 PD-1 结合并抑制其杀伤。", []),
        ("部分研究尝试在 CAR-T 之外加用 PD-1 抗体。", ["PD-1"]),
        # a CAR built on the molecule, an in vivo product named by its antigen
        ("Early work used an NKG2D-based CAR in γδ T cells.", ["NKG2D"]),
        ("The company is developing a CD20 in vivo CAR delivered by lentivirus.", ["CD20"]),
        ("In rats, one dose of the BCMA LNP depleted plasma cells.", ["BCMA"]),
        # therapies in a treatment sequence
        ("Should clinicians give CD19 first, CD22 first, or both together?", ["CD19", "CD22"]),
        ("先用 BCMA 再用 GPRC5D 仍是常见顺序。", ["BCMA", "GPRC5D"]),
        ("BCMA was first described as a B-cell maturation marker.", []),
        # the reach of a therapy to antigens, as a noun
        ("Engineered TCRs widen the reach of adoptive therapy to nuclear antigens such as "
         "PRAME and MAGE-A4.", ["PRAME", "MAGE-A4"]),
        # an antigen in tandem constructs
        ("Binding of CD20 is weaker in tandem CARs than in single CARs.", ["CD20"]),
        # the clone suffix of an affinity-enhanced TCR
        ("Two patients received MAGE-A4c1032 T cells.", ["MAGE-A4"]),
        ("The peptide NY-ESO-1c15 was used for staining.", []),
    ],
)
def test_round19_cues_and_biology(targets, text: str, expected: list[str]) -> None:
    assert targets(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # antigen loss is a marker (note 26); escape named with it is still a target
        ("部分患者进展时出现 CD22 抗原丢失，此后可改用靶向 CD19 的 CAR-T。", ["CD19"]),
        ("复发时应检测 BCMA 抗原是否丢失。", []),
        ("两例复发患者出现 CD19 抗原丢失（抗原逃逸），随后接受了 CD22 CAR-T。", ["CD19", "CD22"]),
        ("CD19 抗原逃逸仍是复发的主要原因。", ["CD19"]),
        # an expression statement is biology also when a dual-target CAR is named later
        ("CD22 表达于多数 B 细胞，因此有中心采用 CD19/CD22 双靶点 CAR-T。", ["CD19", "CD22"]),
        ("CD38 高表达于骨髓瘤细胞，是理想的治疗靶点。", ["CD38"]),
        # a keyword list running on into the abstract (note 26: keywords give nothing)
        ("〔关键词〕淋巴瘤；CD20；感染 〔Abstract〕CD19-directed CAR T cells were given.",
         ["CD19"]),
    ],
)
def test_round19_markers_and_front_matter(targets, text: str, expected: list[str]) -> None:
    assert targets(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # new aliases: the short Chinese name of NY-ESO-1, EGFRvIII spelt v3 or with Roman Ⅲ
        ("靶向纽约食管鳞癌抗原1的 TCR-T 细胞进入临床。", [("NY-ESO-1", "纽约食管鳞癌抗原1")]),
        ("CAR T cells directed against EGFRv3 were tested.", [("EGFRvIII", "EGFRv3")]),
        ("靶向表皮生长因子受体Ⅲ型突变体的 CAR-T 进入临床。",
         [("EGFRvIII", "表皮生长因子受体Ⅲ型突变体")]),
        ("靶向 EGFR Ⅲ型突变体的 CAR-T 细胞。", [("EGFRvIII", "EGFR Ⅲ型突变体")]),
    ],
)
def test_round19_aliases(spans, text: str, expected: list[tuple[str, str]]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the second arm of a bispecific named in prose (note 28)
        ("Talquetamab is a bispecific T-cell engager directed at GPRC5D, a receptor found on "
         "myeloma cells, and at CD3 on T cells.", ["GPRC5D", "CD3"]),
        ("Epcoritamab-like constructs use a 2:1 design in which two arms bind CD20 on lymphoma "
         "cells and one binds CD3 on T cells.", ["CD20", "CD3"]),
        # a list member after `with or without`
        ("Disease progressed after antibodies directed against PD-1, with or without LAG-3.",
         ["PD-1", "LAG-3"]),
    ],
)
def test_bispecific_second_arm_and_with_or_without(targets, text, expected) -> None:
    assert sorted(targets(text)) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # knocked-out molecules after 内源性 / endogenous are not targets
        ("该团队敲除内源性 TCR 和 PD-1 后回输靶向 MAGE-A4 的 T 细胞。", ["MAGE-A4"]),
        ("They knocked out the endogenous TCR and PD-1 before infusing NY-ESO-1-specific "
         "T cells.", ["NY-ESO-1"]),
    ],
)
def test_knocked_out_endogenous_list_is_not_a_target(targets, text, expected) -> None:
    assert targets(text) == expected


def test_molecule_on_cells_binding_its_ligand_is_still_biology(targets) -> None:
    assert targets("PD-L1 on tumour cells binds PD-1 on T cells and dampens them.") == []


def test_no_targets_in_a_related_reading_footer(targets) -> None:
    text = "本研究采用 CD19 CAR-T 细胞。\n\n相关阅读：BCMA CAR-T 新进展｜GPC3 CAR-T 获批临床\n"
    assert targets(text) == ["CD19"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # antigen density is a measurement; the CAR's antigen in the same sentence stays
        ("探讨BCMA抗原密度对BCMA CAR-T细胞杀伤功能的影响。", [("BCMA", 11)]),
        ("构建CD19高、低密度的Raji细胞株，与CD19 CAR-T细胞共培养。", [("CD19", 21)]),
        ("Cell lines with high or low BCMA density were co-cultured with BCMA CAR-T cells.",
         [("BCMA", 63)]),
        ("BCMA CAR-T cells and the role of BCMA antigen density.", [("BCMA", 0)]),
    ],
)
def test_antigen_density_is_not_a_target(pipe, text, expected) -> None:
    got = [(r.value, r.start) for r in pipe.process(doc(text)) if r.field == "target"]
    assert got == expected


def test_target_density_cue_still_counts_without_density(targets) -> None:
    assert targets("Cell lines were co-cultured with BCMA CAR-T cells.") == ["BCMA"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("该双靶点产品中，BCMA臂在复发患者中仍起作用。", ["BCMA"]),
        ("提示串联CAR中的CD20臂发挥了关键作用。", ["CD20"]),
    ],
)
def test_antigen_arm_zh(targets, text, expected) -> None:
    assert targets(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # target-hood denied in the mention's own predicate: no target
        ("巨噬细胞表面的 NKG2D 与 CD16 均为天然受体，并不是 CAR 的靶点。", []),
        ("在该设计中 PD-1 不是治疗的靶标，而是被敲除的基因。", []),
        ("在这类设计中 CD16 并不是 CAR 的作用靶点。", []),
        ("On NK cells, NKG2D and CD16 are natural receptors, not CAR targets.", []),
        ("Here PD-1 is an edited part of the product rather than a target of the therapy.", []),
        # a CAR named after the molecule stays a target, in the same sentence too
        ("NKG2D CAR-T 细胞中的 NKG2D 是受体本身，并非 CAR 的靶点。", ["NKG2D"]),
        ("NKG2D CAR-T 细胞在实体瘤中显示出初步疗效。", ["NKG2D"]),
        # another molecule named a target in the sentence keeps its own cue
        ("BCMA 是 CAR-T 的靶点，CD16 并非靶点。", ["BCMA"]),
        # `not the only target` names it a target among others
        ("BCMA 并非唯一的靶点，GPRC5D 也在研究中。", ["BCMA", "GPRC5D"]),
        ("CD19 is not the only target of CAR T cells in leukaemia.", ["CD19"]),
        ("CD22 is not yet an approved target of CAR T cells in adults.", ["CD22"]),
    ],
)
def test_target_hood_denied_in_its_predicate(targets, text, expected) -> None:
    assert targets(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # plain-language engager text: the antibody `grabs` each arm's molecule
        ("This drug grabs GPC3 on liver cancer cells with one arm and CD3 on T cells "
         "with the other.", ["GPC3", "CD3"]),
        ("Each dose has two arms: one arm grabs a protein on the tumour and the other "
         "grabs CD3 on your immune cells.", ["CD3"]),
        # the target introduced by its name: `a protein called X`
        ("The newer product is directed at a different protein called DLL3.", ["DLL3"]),
        ("A second antibody targets a surface molecule known as CD38.", ["CD38"]),
        # `at once` between the noun and its examples
        ("Trials are testing cells that target two antigens at once, such as CD22 and "
         "CD20.", ["CD22", "CD20"]),
        # no therapy: a plain protein named, nothing grabbed
        ("Blood tests measured a protein called CD38 on plasma cells.", []),
    ],
)
def test_plain_language_cues(targets, text, expected) -> None:
    assert targets(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("我院开展了靶向G蛋白偶联受体C类5组D（GPRC5D）的CAR-T细胞研究。",
         [("GPRC5D", "G蛋白偶联受体C类5组D"), ("GPRC5D", "GPRC5D")]),
    ],
)
def test_gprc5d_long_name_zh(spans, text, expected) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the cue's preposition repeated after the conjunction
        ("New studies are aimed at CD7 or at both CD7 and CD5 in T-cell lymphoma.",
         ["CD7", "CD7", "CD5"]),
        ("Products directed against GD2 and against B7-H3 are in phase 1.", ["GD2", "B7-H3"]),
        # no cue before the list: nothing
        ("Expression was measured at CD7 and at CD5 levels in blasts.", []),
    ],
)
def test_repeated_preposition_lists(targets, text, expected) -> None:
    assert targets(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the bare mutation after the gene named with another one
        ("Engineered TCRs directed at KRAS G12V and G12D are being tested in lung cancer.",
         ["KRAS G12V", "KRAS G12D"]),
        # how common the mutation is: biology, not a target
        ("In colorectal cancer, G12V accounts for roughly a fifth of KRAS mutations.", []),
    ],
)
def test_bare_kras_mutation(targets, text, expected) -> None:
    assert targets(text) == expected


# ------------------------------------------------------------------- round 24
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a compound or tandem CAR written as one word after a slash dual-target name
        ("结论 CD19/CD22 cCAR-T 在儿童 B-ALL 中耐受性良好。", ["CD19", "CD22"]),
        ("The CD19/CD20 TanCAR was given to eight patients.", ["CD19", "CD20"]),
        # the CD3 arm of a T-cell engager named with its `T 细胞` / `T-cell`
        ("下一步将比较 BCMA×CD3 T 细胞衔接器与 CAR-T 的疗效。", ["BCMA", "CD3"]),
        ("A GPRC5D x CD3 T cell engager is in phase 2.", ["GPRC5D", "CD3"]),
        # the antigen in apposition after `aimed at one protein,`
        ("These engineered cells are aimed at a single protein, NY-ESO-1.", ["NY-ESO-1"]),
        # a chimeric receptor built on NKG2D (嵌合受体), its extracellular part as the
        # recognition domain, and a construct chain it leads
        ("该产品为表达 NKG2D 嵌合受体的 CAR-T 细胞。", ["NKG2D"]),
        ("本研究以 NKG2D 胞外区为识别结构构建 CAR-NK 细胞。", ["NKG2D"]),
        ("我们构建了 NKG2D-DAP10-IL21 CAR-NK 细胞。", ["NKG2D"]),
        # a product listed with its target after a dash (below a paragraph: no title)
        ((LONG + "。") * 7 + "\n- Lyvexa (zorecabtagene autoleucel) - CD22", ["CD22"]),
        ((LONG + "。") * 7 + "\nApproved agents: elranatamab - BCMA", ["BCMA"]),
        # an engager bridging the tumour antigen with `CD3-expressing T cells`
        ("The antibody is built to bridge GPRC5D on myeloma cells with CD3-expressing "
         "T cells.", ["GPRC5D", "CD3"]),
    ],
)
def test_round24_cues(targets, text, expected) -> None:
    assert targets(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # lost or down-regulated at relapse: a marker (note 32); the product stays
        ("Progression after BCMA-directed therapy often involves down-regulation of BCMA.",
         ["BCMA"]),
        ("Relapse after CD22-targeted cells is linked to loss or down-modulation of CD22.",
         ["CD22"]),
        ("Patients relapsing after CD19 loss may still respond to CD22-directed cells.",
         ["CD22"]),
        ("BCMA was lost in 5 of 21 relapses after CAR-T cell therapy.", []),
        ("靶向 CD22 的 CAR-T 有效，但 CD22 位点密度下调可导致复发。", ["CD22"]),
        ("BCMA CAR-T 治疗后部分患者出现 BCMA 下调。", ["BCMA"]),
        # a loss glossed as antigen escape stays a target; CAR-T cells lost are persistence
        ("Relapse followed CD19 loss (antigen escape) after CAR T cells.", ["CD19"]),
        ("淋巴瘤领域中，抗原逃逸（如 CD20 丢失）仍是双抗治疗的难题。", ["CD20"]),
        ("We saw early loss of CD19 CAR T cells from the blood.", ["CD19"]),
        # a phenotype string after a positive marker
        ("CD34+CD123-白血病干细胞对单靶点 CAR-T 不敏感。", []),
        ("CD123 is a common CAR-T target, but CD34+CD123- stem cells escape it.", ["CD123"]),
        # partly positive, not expressed: markers next to a product named after them
        ("该例 CD30 部分阳性，可考虑 CD30 抗体偶联药物。", ["CD30"]),
        ("通过表达阻断使 CAR-T 细胞表面 CD5 不表达，再回输 CD5 CAR-T。", ["CD5"]),
        # removed by base editing: a knocked-out gene
        ("T cells were base-edited to remove CD5 and TRAC and given an anti-CD5 CAR.",
         ["CD5"]),
        # X-expressing T cells without an engager verb: a phenotype
        ("CD3-expressing T cells were counted weekly after CD19 CAR-T infusion.", ["CD19"]),
    ],
)
def test_round24_markers(targets, text, expected) -> None:
    assert targets(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # examples of a multi-target construct
        ("Bispecific CARs, such as CD19 plus CD22, are in trials.", ["CD19", "CD22"]),
        ("Dual-targeting products, for example GPC3 plus MSLN, merit study.", ["GPC3", "MSLN"]),
        # a list whose members carry long bracketed indications
        ("Trials now test CAR T cells aimed at GD2 (for neuroblastoma and other paediatric "
         "tumours), B7-H3 and HER2.", ["GD2", "B7-H3", "HER2"]),
        # without a cue the list names no target
        ("Products containing CD19 plus CD22 are stored at -80 °C.", []),
    ],
)
def test_round25_lists(targets, text, expected) -> None:
    assert targets(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # named a marker in contrast to a target, after an aside
        ("CD34 and CD38, though both abundant on leukaemic progenitor cells in most samples, "
         "are markers rather than validated targets, while CD33 CAR T cells are in trials.",
         ["CD33"]),
        # a marker that is also a CAR's target elsewhere in the sentence stays a target
        ("CD19 CAR T cells cleared the disease, and CD19 remained the main target.",
         ["CD19", "CD19"]),
    ],
)
def test_round25_markers_rather_than_targets(targets, text, expected) -> None:
    assert targets(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the arms of a secreted engager bind their targets
        ("研究者构建了分泌 CD19×CD3 双特异性 T 细胞衔接器的 BCMA CAR-T。",
         ["CD19", "CD3", "BCMA"]),
        ("A GD2 CAR armed with a secreted HER2 x CD3 T-cell engager was tested.",
         ["GD2", "HER2", "CD3"]),
        # a secreted molecule, also in a list, is still no target
        ("CD70 CAR-NK cells secreting PD-L1 and CTLA-4 were compared.", ["CD70"]),
        ("分泌 PD-1 和 PD-L1 的肿瘤细胞与靶向 CD19 的 CAR-T 共培养。", ["CD19"]),
    ],
)
def test_round25_secreted_engager_arms(targets, text, expected) -> None:
    assert targets(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # antigens pursued by therapies, listed
        ("Antigens pursued in neuroblastoma include GD2 and B7-H3.", ["GD2", "B7-H3"]),
        ("Targets under investigation for myeloma are BCMA and GPRC5D.", ["BCMA", "GPRC5D"]),
        # antigens of a lab assay are no targets
        ("Antigens stained by flow cytometry include CD3 and CD45.", []),
    ],
)
def test_round25_antigens_pursued(targets, text, expected) -> None:
    assert targets(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an engager binding one molecule on the tumour cell and one on the effector cell:
        # both arms (guide: AFM13 gives CD30 and CD16A)
        ("The construct binds CD33 on myeloid blasts and CD16A on NK cells.", ["CD33", "CD16A"]),
        ("这种分子同时结合白血病细胞上的 CD123 和 NK 细胞上的 CD16A。", ["CD123", "CD16A"]),
        # ...not biology: one molecule binding another
        ("PD-L1 on tumour cells binds PD-1 on NK cells.", []),
    ],
)
def test_round26_engager_arms_on_two_cells(targets, text, expected) -> None:
    assert targets(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # culture reagents of a cell expansion are no target
        ("TIL 经抗 CD3 抗体联合饲养细胞扩增 2 周后回输。", []),
        ("Cells were expanded with anti-CD3 antibody and irradiated feeder cells.", []),
        ("The TIL product was grown by a rapid expansion protocol with OKT3 (anti-CD3).", []),
        # ...the CD3 arm of an engager still is
        ("The CD20 x CD3 bispecific antibody was given after the TIL infusion.", ["CD20", "CD3"]),
        # a tissue described by the molecule it carries is expression
        ("A checkpoint inhibitor may help in tumours enriched in PD-L1.", []),
        ("联合 PD-1 抑制剂可改善富含 PD-L1 的微环境。", ["PD-1"]),
    ],
)
def test_round26_reagents_and_expression(targets, text, expected) -> None:
    assert targets(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a therapy that blocks the molecule (`an immunotherapy that blocks PD-1`)
        ("Patients had progressed on an antibody that blocks CTLA-4 (such as ipilimumab).",
         ["CTLA-4"]),
        # ...the molecule blocking something is no target
        ("PD-L1 blocks T-cell activation in the tumour.", []),
        # a receptor built on the molecule (`NKG2D-based receptors`)
        ("Several NK-cell products expressing NKG2D-based receptors are in early trials.",
         ["NKG2D"]),
    ],
)
def test_round27_blocking_and_based_receptors(targets, text, expected) -> None:
    assert targets(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an immune receptor and its natural stress ligands are biology
        ("γδ T cells recognise infected cells through the butyrophilin complex and NKG2D.", []),
        ("NK cells kill through CD16, while NKG2D recognises stress ligands on tumour cells.",
         []),
        ("NK 细胞表达 NKG2D 受体，可识别肿瘤细胞表面的 MICA/B 和 ULBP 等应激配体。", []),
        # ...a therapy directed at them still gives them
        ("靶向 MICA/B 的单抗可阻止其脱落。", ["MICA/B"]),
        ("该产品为表达 NKG2D 嵌合受体的 CAR-T，可识别 MICA/B 等应激配体。", ["NKG2D", "MICA/B"]),
        ("An NKG2D CAR-T product was infused.", ["NKG2D"]),
        # an anti-CD3 antibody in an induction culture is a reagent
        ("单个核细胞加入 IFN-γ、抗 CD3 单抗及 IL-2 诱导培养 14 天。", []),
    ],
)
def test_round28_receptor_biology_and_culture(targets, text, expected) -> None:
    assert targets(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list item named with its description (`… and the B-cell antigen CD22`)
        ("Other targets include CD19 and the B-cell antigen CD22.", ["CD19", "CD22"]),
        # ...a list of markers stays markers
        ("Blasts expressed CD7 and the activation antigen CD25.", []),
    ],
)
def test_round28_described_list_item(targets, text, expected) -> None:
    assert targets(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a knocked-out or insertion-site locus is no target (its CAR's antigen is)
    ("PD-1位点定向敲入的CD19 CAR-T细胞治疗复发淋巴瘤的初步结果", ["CD19"]),
    ("采用CRISPR将CD22 CAR定点敲入PDCD1位点，获得PD-1缺失的CAR-T细胞。", ["CD22"]),
    ("The PD-1 in these cells is an edited locus, not the antigen the CAR binds.", []),
    ("The CAR transgene was inserted at the PDCD1 locus of CD19-specific T cells.", ["CD19"]),
    # CARs co-expressed and directed at two antigens: both are targets
    ("The trial tests a cell product co-expressing GPRC5D- and BCMA-directed CARs.",
     ["BCMA", "GPRC5D"]),
    ("Each cell co-expresses CARs and GPC3-specific receptors.", ["GPC3"]),
])
def test_round29_locus_and_coexpressed_cars(targets, text, expected) -> None:
    assert sorted(targets(text)) == expected


@pytest.mark.parametrize("text", [
    # negatives: a secreted/co-expressed molecule stays out; PD-1 as an inhibitor's target stays in
    "CAR-T cells co-expressing IL-15 and IL-21 were expanded.",
])
def test_round29_coexpressed_molecule_is_no_target(targets, text) -> None:
    assert targets(text) == []


def test_round29_pd1_inhibitor_is_still_a_target(targets) -> None:
    assert targets("患者随后接受PD-1抑制剂治疗。") == ["PD-1"]


@pytest.mark.parametrize(("text", "expected"), [
    # what a CAR recognises, named in background text (note 41)
    ("CAR-NK细胞可识别肿瘤表面抗原，例如GPC3或间皮素。", ["GPC3", "MSLN"]),
    ("In lymphoma, the receptor recognises CD20, a protein on mature B cells.", ["CD20"]),
    ("CARs bind surface antigens such as CD22 or CD7.", ["CD22", "CD7"]),
    # a receptor of the body recognising its ligand is biology
    ("NK细胞通过NKG2D受体识别MICA。", []),
    ("The NKG2D receptor recognises MICA on stressed cells.", []),
    # targets listed as pursued, each with its disease
    ("Targets under investigation include CD5 in T-cell leukaemia, and CD123 or FLT3 in "
     "myeloid leukaemia.", ["CD5", "CD123", "FLT3"]),
    # an antigen followed by `in most cases` is no member of a disease-indexed list
    ("Blasts express CD33 and CD7 in most cases, and CD33-directed CAR-T cells were "
     "infused.", ["CD33"]),
    # a receptor that recognises the antigen, in plain-language text
    ("Her T cells were fitted with a receptor that recognises MAGE-A4 on tumour cells.",
     ["MAGE-A4"]),
    # a prior therapy named by its target, failed (note 14)
    ("A CD22-directed product was studied after CD19 failure.", ["CD22", "CD19"]),
    ("Patients with heart failure were excluded from the CD19 cohort.", ["CD19"]),
    # small-molecule drug targets are no therapy targets (note 41)
    ("Patients who progressed on BTK inhibitors or BCL-2 inhibitors were eligible.", []),
])
def test_round30_recognised_and_pursued(targets, text: str, expected: list[str]) -> None:
    assert targets(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an arm's patients named after its antigen (note 23)
    ("By arm, 2 of 6 MSLN patients and 4 of 9 GPC3 patients had a partial response.",
     ["MSLN", "GPC3"]),
    ("Among the 112 BCMA recipients, 30 had grade 3 neutropenia.", ["BCMA"]),
    # a sequential two-antigen strategy named after its antigens
    ("该中心采用CD19/CD22序贯策略治疗复发患儿。", ["CD19", "CD22"]),
    ("有报道 CD19/CD22 序贯 CAR-T 治疗 Burkitt 淋巴瘤有效。", ["CD19", "CD22"]),
    # a product against one antigen alone, and cells reactive to an antigen
    ("Several companies are developing CD19-only products for lupus.", ["CD19"]),
    ("The patient had received TIL reactive to KRAS G12D in an earlier trial.", ["KRAS G12D"]),
    ("Serum reactive to CD19 was not detected.", []),
    # targeting denied is no target (note 29); the antibody named after it is
    ("这种细胞并不“靶向”CTLA-4，抗CTLA-4单抗才是。", ["CTLA-4"]),
    ("The knock-out cells do not target PD-1.", []),
    # plain language: cells that hit an antigen
    ("Newer products are cells that hit CD20 and CD19 together.", ["CD20", "CD19"]),
    # a naive population names no therapy given (note 33); exposure does
    ("Only GPRC5D-naive patients were enrolled.", []),
    ("Only GPRC5D-exposed patients were enrolled.", ["GPRC5D"]),
    # immunophenotypes are markers (note 13), also beside a named therapy
    ("Blasts were negative for CD5 in a subclone, which argued against a CD5-directed product.",
     ["CD5"]),
    ("双靶点 CAR-T 对 GPC3 单阳性的细胞同样有效。", []),
    # a phenotype before `patients` stays a marker (note 13)
    ("HER2-positive patients and CD19+ patients were both eligible.", []),
])
def test_round31_arm_patients_and_sequential(targets, text: str, expected: list[str]) -> None:
    assert targets(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # examples of dual targeting (`for instance combining X with Y`, `dual-antigen
    # products, for example X plus Y`)
    ("Dual targeting, for instance combining CD19 with CD22, may lower relapse.",
     ["CD19", "CD22"]),
    ("Dual-antigen products, for example GPC3 plus MSLN, are in design.", ["GPC3", "MSLN"]),
    # antigens that the therapies named after them target
    ("Shared antigens such as PRAME, which several TCR-T products target, are rare in "
     "normal tissue.", ["PRAME"]),
    # a TCR's peptides named by the antigen they come from (note 43)
    ("The TCR recognises epitopes derived from HBsAg and the HBV polymerase.",
     ["HBsAg", "HBV polymerase"]),
    ("Tumour cells present HBsAg-derived peptides that the TCR-T cells recognise.", ["HBsAg"]),
    # examples of target antigens, the antigen a therapy is aimed at, a cocktail product
    ("实体瘤的靶抗原如 GPC3、CLDN18.2 多数也表达于正常组织。", ["GPC3", "CLDN18.2"]),
    ("该产品所针对的 BCMA 在浆细胞上表达。", ["BCMA"]),
    ("Results with CD19/CD20 cocktail CAR-T were presented.", ["CD19", "CD20"]),
    # resistance to a therapy against an antigen names it (note 44); naive does not
    ("在GPRC5D耐药背景下，CAR-T的疗效仍待评估。", ["GPRC5D"]),
    ("Patients with BCMA-resistant disease were enrolled.", ["BCMA"]),
    ("After prior GPRC5D CAR-T, responses were lower than in GPRC5D-naive patients.",
     ["GPRC5D"]),
])
def test_round32_forms(targets, text: str, expected: list[str]) -> None:
    assert targets(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a kinase inhibitor named after its pathway is no target
    ("Disease had progressed on VEGF-directed tyrosine kinase inhibitors.", []),
    ("Most had received a VEGF TKI before.", []),
])
def test_round32_exclusions(targets, text: str, expected: list[str]) -> None:
    assert targets(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the molecule blocked (as `blockade of X`)
    ("In the mouse model, CAR T-cell killing improved when PD-1 was blocked.", ["PD-1"]),
    ("体外实验中，PD-L1 被抗体阻断后 CAR-T 细胞的杀伤增强。", ["PD-L1"]),
    # an infusion named after its product's antigen
    ("Five of the 7 children were in CR one month after the CD22 infusion.", ["CD22"]),
    ("该患儿在 CD19 输注后第 14 天达到 MRD 阴性。", ["CD19"]),
    # a count of studies named after the antigens (note 23)
    ("下文汇总了与 GPRC5D 和 BCMA 相关的两项研究。", ["GPRC5D", "BCMA"]),
])
def test_round33_forms(targets, text: str, expected: list[str]) -> None:
    assert targets(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # cells named by what they express are a marker, beside a cue word too
    ("该双抗通过桥接 T 细胞与表达 CLDN6 的肿瘤细胞发挥作用。", []),
    # but a therapy aimed at such cells names it
    ("该 CAR-T 靶向表达 GPC3 的肝癌细胞。", ["GPC3"]),
    # the molecule's expression in a tissue as a noun phrase
    ("结果提示，B7-H3 在正常组织中的表达和衔接器的剂量均需进一步评估。", []),
])
def test_round33_exclusions(targets, text: str, expected: list[str]) -> None:
    assert targets(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("既往接受过FLT3抑制剂吉瑞替尼治疗，疾病进展。", []),
    ("Patients had received FLT3 inhibitors before enrolment.", []),
    ("An AXL inhibitor was added in the second cohort.", []),
    ("FLT3 CAR-T cells were infused in 6 patients.", ["FLT3"]),
    ("靶向 FLT3 的 CAR-T 细胞治疗复发 AML。", ["FLT3"]),
])
def test_round33_small_molecule_kinase_inhibitors(pipeline, text, expected) -> None:
    got = [r.value for r in pipeline.process(doc(text)) if r.field == "target"]
    assert got == expected
