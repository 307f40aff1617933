"""Number reading: every helper of extract.numbers, as tables."""

import pytest
import regex

from extract.numbers import (
    agrees,
    expand,
    format_percent,
    in_range,
    in_ratio,
    parse_count,
    parse_decimal,
    parse_en_number,
    parse_fraction,
    parse_per,
    parse_percent,
    parse_range,
    parse_share,
    parse_zh_numeral,
    percent_of,
    strip_latex,
    to_halfwidth,
)


@pytest.mark.parametrize(("text", "expected"), [
    ("92.9", 92.9), ("92,9", 92.9), ("９２.９", 92.9), ("1,234", 1234.0), ("44", 44.0),
    ("$23$", 23.0), ("abc", None), ("", None),
])
def test_parse_decimal(text, expected):
    assert parse_decimal(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("十", 10), ("十二", 12), ("二十", 20), ("二十七", 27), ("一百零五", 105), ("两", 2),
    ("一", 1), ("两百", 200), ("二三", None), ("例", None),
])
def test_parse_zh_numeral(text, expected):
    assert parse_zh_numeral(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("forty-four", 44), ("Forty four", 44), ("Twelve", 12), ("one", 1),
    ("One hundred sixty-five", 165), ("one hundred and five", 105), ("a dozen", 12),
    ("both", 2), ("Both", 2),
    ("Ninety-seven", 97), ("patients", None),
])
def test_parse_en_number(text, expected):
    assert parse_en_number(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("44", 44), ("４４", 44), ("十", 10), ("两", 2), ("forty-four", 44), ("12.5", None),
    ("1,234", 1234),
])
def test_parse_count(text, expected):
    assert parse_count(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("92.9%", 92.9), ("92.9 %", 92.9), ("９２.９％", 92.9), ("92,9 %", 92.9), ("92.9\\%", 92.9),
    ("45 percent", 45.0), ("45 per cent", 45.0), ("45", None),
])
def test_parse_percent(text, expected):
    assert parse_percent(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("7~32", (7, 32)), ("7～32", (7, 32)), ("7-32", (7, 32)), ("7–32", (7, 32)),
    ("7 to 32", (7, 32)), ("7至32", (7, 32)), ("$7 \\sim 32$", (7, 32)), ("15%~50%", (15, 50)),
    ("7", None),
])
def test_parse_range(text, expected):
    assert parse_range(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("8/11", (8, 11)), ("8 / 11", (8, 11)), ("8 of 11", (8, 11)), ("eight of the 11", (8, 11)),
    ("seven of 11", (7, 11)), ("8 to 11", None),
])
def test_parse_fraction(text, expected):
    assert parse_fraction(text) == expected


@pytest.mark.parametrize(("n", "d", "expected"), [
    (2, 7, 28.6), (2, 3, 66.7), (6, 10, 60.0), (1, 16, 6.3), (8, 11, 72.7), (1, 8, 12.5),
    (1, 0, None),
])
def test_percent_of(n, d, expected):
    assert percent_of(n, d) == expected


@pytest.mark.parametrize(("value", "expected"), [
    (60.0, "60"), (92.9, "92.9"), (100.0, "100"), (66.67, "66.67"), (50.0, "50"), (12.5, "12.5"),
])
def test_format_percent(value, expected):
    assert format_percent(value) == expected


@pytest.mark.parametrize(("percent", "n", "d", "expected"), [
    (72.7, 8, 11, True), (73.0, 8, 11, True), (50.0, 8, 11, False),
])
def test_agrees(percent, n, d, expected):
    assert agrees(percent, n, d) is expected


@pytest.mark.parametrize(("text", "number", "expected"), [
    ("n = 7~32", "7", True), ("n = 7~32", "32", True), ("n = 7-32", "7", True),
    ("$n = 7-32$", "7", True), ("15%~50%", "15", True), ("7 to 32 patients", "32", True),
    ("between 3 and 52 patients", "52", True), ("IL-12 and 44 patients", "12", False),
    ("n = 23)", "23", False), ("44 例患者", "44", False), ("$10^6 \\sim 10^8$", "10^6", True),
])
def test_in_range(text, number, expected):
    start = text.index(number)
    assert in_range(text, start, start + len(number)) is expected


@pytest.mark.parametrize(("text", "number", "expected"), [
    # a unit repeated on both ends of a range
    ("入组例数从 14 例到 97 例不等", "14", True), ("入组例数从 14 例到 97 例不等", "97", True),
    ("样本量为 20 名至 60 名", "60", True), ("随访 3 个月至 6 个月", "3", True),
    ("from 12 patients to 30 patients", "12", True),
    # a unit then 至/到 a date or a word is no range
    ("共纳入 12 例至 2019 年 12 月", "12", False), ("纳入 12 例到研究中", "12", False),
    ("12 例，3 例", "12", False),
])
def test_in_range_with_unit(text, number, expected):
    start = text.index(number)
    assert in_range(text, start, start + len(number)) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("$n = 23$", "n = 23"), ("8×10^{10}", "8×10^10"), ("$10^6 \\sim 10^8$", "10^6 ~ 10^8"),
    ("92.9\\%", "92.9%"),
])
def test_strip_latex(text, expected):
    assert strip_latex(text) == expected


def test_to_halfwidth():
    assert to_halfwidth("９２．９％") == "92.9%"


@pytest.mark.parametrize(("text", "expected"), [
    ("纳入 44 例", ["44"]), ("共十例", ["十"]), ("Forty-four patients", ["Forty-four"]),
    ("One hundred sixty-five patients", ["One hundred sixty-five"]), ("1,234 cases", ["1,234"]),
    ("后,10 例", ["10"]), ("12.5 mg", []), ("none of them", []),
])
def test_count_fragment(text, expected):
    assert [m.group() for m in regex.finditer(expand("{COUNT}"), text)] == expected


def test_expand_unknown_placeholder():
    with pytest.raises(KeyError):
        expand("{NOPE}")
    assert expand("a{1,3}") == "a{1,3}"


@pytest.mark.parametrize(("text", "number", "expected"), [
    # the terms of an allocation or mixing ratio are no counts
    ("randomized 2:1 to blinatumomab", "1", True), ("randomized 2:1 to blinatumomab", "2", True),
    ("按 2∶1 比例随机分配", "1", True), ("按３：１随机", "1", True),
    ("a 1:1:2 allocation", "2", True), ("in a 3 to 1 ratio", "3", True),
    # a label then a count, a count then a colon, a fraction: no ratio
    ("Cohort 1: 12 patients", "12", False), ("12 patients: 8 to A", "8", False),
    ("剂量组2：6例", "6", False), ("dose level 3:9 patients", "9", False),
    ("8/11 responded", "8", False),
])
def test_in_ratio(text, number, expected):
    text = to_halfwidth(text)
    start = text.rindex(number)
    assert in_ratio(text, start, start + len(number)) is expected


# the Lancet's raised decimal point (U+00B7 middle dot, U+2219 bullet operator)
@pytest.mark.parametrize(("text", "expected"), [
    ("47·3", 47.3), ("47∙3", 47.3), ("１２·５", 12.5), ("47·", None), ("·3", None),
])
def test_parse_decimal_raised_point(text, expected):
    assert parse_decimal(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("47·3%", 47.3), ("47∙3 %", 47.3), ("6·0 per cent", 6.0),
])
def test_parse_percent_raised_point(text, expected):
    assert parse_percent(text) == expected


def test_raised_point_range_and_count():
    assert parse_range("12·5–40·0%") == (12.5, 40.0)
    assert parse_count("12·0") is None


@pytest.mark.parametrize(("fragment", "text", "expected"), [
    # the decimal is read whole, never its last digits alone
    ("{PERCENT}", "a remission rate of 47·3% at week 8", ["47·3%"]),
    ("{PERCENT}", "ORR 81∙9% (95% CI 70∙1–90∙0)", ["81∙9%", "95%"]),
    ("{DECIMAL}", "HR 0·62", ["0·62"]),
    # no count inside a raised-point decimal; a separator dot in a name is no point
    ("{DIGITS}", "a median of 7·4 months in 36 patients", ["36"]),
    ("{DIGITS}", "Ahmed·Ali treated 5 patients", ["5"]),
])
def test_raised_point_fragments(fragment, text, expected):
    assert [m.group() for m in regex.finditer(expand(fragment), text)] == expected


def test_raised_point_range_end():
    text = "CR rates of 41·5-62·0% across studies"  # dashes as in Sentence.norm
    start = text.index("41·5")
    assert in_range(text, start, start + 4) is True
    text = "response rates between 41·5% and 62·0% were"
    start = text.index("62·0")
    assert in_range(text, start, start + 4) is True


@pytest.mark.parametrize(("text", "number", "expected"), [
    # the first end after `between` is an end of the range too
    ("ORR between 35% and 60% across series", "35", True),
    ("介于 35% 和 60% 之间", "35", True), ("between 12 and 20 patients", "12", True),
    # `between` before something else, or no second end: no range
    ("a difference between arms of 35% and", "35", False),
    ("between 35% of patients", "35", False),
])
def test_in_range_between_first_end(text, number, expected):
    start = text.index(number)
    assert in_range(text, start, start + len(number)) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("三分之二", 66.7), ("三分之一", 33.3), ("4 分之 3", 75.0), ("two-thirds", 66.7),
    ("two thirds", 66.7), ("a third", 33.3), ("one quarter", 25.0), ("one-fifth", 20.0),
    # a whole, a percentage (百分之) or no fraction: none
    ("三分之三", None), ("百分之六十", None), ("three thirds", None), ("two patients", None),
])
def test_parse_share(text, expected):
    assert parse_share(text) == expected


@pytest.mark.parametrize(("count", "base", "expected"), [
    ("31", "100", 31.0), ("six", "ten", 60.0), ("三", "十", 30.0), ("7", "a hundred", 7.0),
    ("2", "3", None),  # no round base: `2 in 3` is read as a fraction elsewhere
    ("12", "10", None),  # more than the base
    ("many", "100", None),
])
def test_parse_per(count, base, expected):
    assert parse_per(count, base) == expected
