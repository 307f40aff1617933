import pytest

from extract.normalize import normalize


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ＣＤ１９", "CD19"),
        ("９２．９％", "92.9%"),
        ("（n＝23）", "(n=23)"),
        ("間皮素", "间皮素"),
        ("间 皮素", "间皮素"),
        ("细胞因子释\n放综合征", "细胞因子释放综合征"),
        ("≥3 级", ">=3 级"),
        ("Ⅲ度", "III度"),
        ("grade 1–3", "grade 1-3"),
        ("10⁶ cells", "10^6 cells"),
        ("CD19 CAR", "CD19 CAR"),
        ("靶向 CD19", "靶向 CD19"),
        ("④CD19 CAR-T组", "(4)CD19 CAR-T组"),
        ("①3级CRS", "(1)3级CRS"),
        ("❷ grade 3", "(2) grade 3"),
        ("㉑例", "(21)例"),
    ],
)
def test_normal_form(text: str, expected: str) -> None:
    assert normalize(text).norm == expected


@pytest.mark.parametrize("text", ["間 皮素（ＣＤ１９）≥3级 Ⅲ度 10⁶", "①3级CRS；②CD19", "a\u3000b ｃ", "NCT–0547\n2558"])
def test_every_span_maps_back(text: str) -> None:
    nt = normalize(text)
    for ns in range(len(nt.norm)):
        for ne in range(ns + 1, len(nt.norm) + 1):
            s, e = nt.to_orig(ns, ne)
            assert 0 <= s < e <= len(text)
    # the whole normalised text maps to the whole original text (stripped)
    assert nt.to_orig(0, len(nt.norm)) == (0, len(text))


def test_to_norm_round_trip() -> None:
    text = "靶向ＣＤ１９的 CAR-T"
    nt = normalize(text)
    s = text.index("ＣＤ")
    ns, ne = nt.to_norm(s, s + 4)
    assert nt.norm[ns:ne] == "CD19"
    assert nt.to_orig(ns, ne) == (s, s + 4)
