"""Numbers as written in the literature: every number-reading helper of the
project lives here, as pure functions over strings.

Handles decimal points and commas (``92.9``, ``92,9``; ``1,234`` is a
thousands separator), full-width digits (already half-width in
``Sentence.norm``, converted here too for callers with raw text), ranges with
``~``/``～``/``-``/``–``/``至``/``to``, LaTeX remnants (``$n = 23$``,
``10^{10}``, ``\\sim``, ``\\%``), Chinese numerals (``十``, ``两``,
``二十三``, ``一百零五``) and English number words (``forty-four``,
``One hundred sixty-five``).

The regular-expression fragments below (``DIGITS``, ``ZH_NUMERAL``,
``EN_NUMBER``, ``COUNT``, ``PERCENT``, ``RANGE_SEP``) are what rule files
reference as ``{DIGITS}``, ``{COUNT}`` … (see :func:`expand`).
"""

from __future__ import annotations

import unicodedata
from decimal import ROUND_HALF_UP, Decimal
from types import MappingProxyType

import regex

# ----------------------------------------------------------------- lexicons
EN_UNITS = MappingProxyType({
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
})
EN_TENS = MappingProxyType({
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
})
EN_SCALES = MappingProxyType({"hundred": 100, "thousand": 1000})
EN_SPECIAL = MappingProxyType({"a dozen": 12, "dozen": 12, "a single": 1, "single": 1,
                              "both": 2})
ZH_DIGITS = MappingProxyType({
    "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "俩": 2, "三": 3, "四": 4, "五": 5, "六": 6,
    "七": 7, "八": 8, "九": 9, "壹": 1, "贰": 2, "叁": 3, "肆": 4, "伍": 5, "陆": 6, "柒": 7,
    "捌": 8, "玖": 9,
})
ZH_UNITS = MappingProxyType({"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000})

# ------------------------------------------------------- pattern fragments
# a decimal point: `.`, `,` (`92,9`) and the Lancet's raised dot between digits
# (`58·5%`: U+00B7 middle dot, U+2219 bullet operator), which NFKC keeps
POINT = "[.,\u00b7\u2219]"
_RAISED_POINT = regex.compile("(?<=\\d)[\u00b7\u2219](?=\\d)")
DIGITS = (rf"(?<!\d{POINT}?)\d{{1,3}}(?:,\d{{3}})+(?!{POINT}?\d)"
          rf"|(?<!\d{POINT}?)\d+(?!{POINT}?\d)")
DECIMAL = rf"(?<!\d{POINT}?)\d+(?:{POINT}\d+)?(?!{POINT}?\d)"
_EN_SMALL = "|".join(sorted({*EN_UNITS, *EN_TENS}, key=len, reverse=True))
_EN_TENS = "|".join(sorted(EN_TENS, key=len, reverse=True))
_EN_UNIT = "|".join(sorted(EN_UNITS, key=len, reverse=True))
_EN_BELOW_100 = rf"(?:(?:{_EN_TENS})(?:[\s-]+(?:{_EN_UNIT}))?|{_EN_SMALL})"
EN_NUMBER = (rf"(?i:(?<![A-Za-z-])(?:(?:{_EN_UNIT}|a)\s+hundred(?:\s+(?:and\s+)?{_EN_BELOW_100})?"
             rf"|{_EN_BELOW_100})(?![A-Za-z]))")
ZH_NUMERAL = r"(?:[一二两三四五六七八九十百零〇]+)"
COUNT = rf"(?:{DIGITS}|{ZH_NUMERAL}|{EN_NUMBER})"
PERCENT = rf"(?:{DECIMAL})\s*(?:\\?%|(?i:\s?per\s?cent\b))"
RANGE_SEP = r"(?:\s*(?:~|-|至|到|\$?\\sim\$?)\s*|\s+(?:to|and)\s+)"

FRAGMENTS = MappingProxyType({
    "DIGITS": DIGITS, "DECIMAL": DECIMAL, "EN_NUMBER": EN_NUMBER, "ZH_NUMERAL": ZH_NUMERAL,
    "COUNT": COUNT, "PERCENT": PERCENT, "RANGE_SEP": RANGE_SEP,
})
_PLACEHOLDER = regex.compile(r"\{([A-Z_]+)\}")

# where each count fragment can start: a cheap test of one character (and what
# precedes it) that every match of the fragment passes, so that a rule opening
# with a long lookbehind and then a number is not tried at every other position
# (:func:`extract.rules.start_guard`; tests check the claim character by character)
# (Latin ligatures too: under full case folding `ﬁfty` reads as `fifty`)
_EN_FIRST = r"(?i:(?<![A-Za-z-])[zotfsena\uFB00-\uFB06])"
_ZH_FIRST = "[" + ZH_NUMERAL[4:-3] + "]"
FIRST_CHAR = MappingProxyType({
    "DIGITS": r"\d", "DECIMAL": r"\d", "EN_NUMBER": _EN_FIRST, "ZH_NUMERAL": _ZH_FIRST,
    "COUNT": rf"\d|{_ZH_FIRST}|{_EN_FIRST}",
})

# anything :func:`parse_count` could read, found cheaply: a text without a match
# holds no count, so the many count patterns need not be tried on it
_EN_WORDS = sorted({*EN_UNITS, *EN_TENS, *EN_SCALES, *EN_SPECIAL}, key=len, reverse=True)
NUMBER_HINT = regex.compile(
    r"\d|[" + "".join([*ZH_DIGITS, *ZH_UNITS]) + "]"
    + r"|(?i:(?<![A-Za-z])(?:" + "|".join(regex.escape(w) for w in _EN_WORDS) + "))")


def expand(pattern: str) -> str:
    """Replace ``{COUNT}``-style placeholders with the fragments above; other
    braces (``{1,3}``) are left alone. Unknown upper-case names raise KeyError."""

    def sub(m: regex.Match) -> str:
        name = m.group(1)
        if name not in FRAGMENTS:
            raise KeyError(name)
        return f"(?:{FRAGMENTS[name]})"

    return _PLACEHOLDER.sub(sub, pattern)


# ---------------------------------------------------------------- readers
def to_halfwidth(text: str) -> str:
    """Full-width digits and signs to ASCII (NFKC per character)."""
    return "".join(unicodedata.normalize("NFKC", ch) if ord(ch) > 0x7F else ch for ch in text)


def strip_latex(text: str) -> str:
    """``$n = 23$`` -> ``n = 23``; ``10^{10}`` -> ``10^10``; ``\\sim`` -> ``~``."""
    out = text.replace("\\sim", "~").replace("\\%", "%").replace("\\times", "×")
    out = regex.sub(r"\^\{([^{}]*)\}", r"^\1", out)
    return out.replace("$", "").replace("\\,", "").strip()


def plain(text: str) -> str:
    """Half-width, LaTeX stripped, a raised decimal point (``58·5``, ``58∙5``)
    read as ``.``."""
    return _RAISED_POINT.sub(".", strip_latex(to_halfwidth(text)))


def parse_decimal(text: str) -> float | None:
    """``92.9`` / ``92,9`` / ``９２.９`` / ``92·9`` -> 92.9; ``1,234`` -> 1234.0; None if
    not a number."""
    s = plain(text).replace(" ", "")
    if regex.fullmatch(r"\d{1,3}(?:,\d{3})+", s):
        return float(s.replace(",", ""))
    if regex.fullmatch(r"\d+(?:[.,]\d+)?", s):
        return float(s.replace(",", "."))
    return None


def parse_zh_numeral(text: str) -> int | None:
    """Chinese numerals below 10,000: ``十`` 10, ``十二`` 12, ``二十`` 20,
    ``一百零五`` 105, ``两`` 2; None if ``text`` is not one."""
    s = text.strip()
    if not s or any(ch not in ZH_DIGITS and ch not in ZH_UNITS for ch in s):
        return None
    total, digit = 0, None
    for ch in s:
        if ch in ZH_DIGITS:
            if digit is not None and ZH_DIGITS[ch] != 0:
                return None  # two digits in a row (e.g. 二三) is not a number
            digit = ZH_DIGITS[ch] if ZH_DIGITS[ch] else None
        else:
            unit = ZH_UNITS[ch]
            total += (digit if digit is not None else 1) * unit
            digit = None
    return total + (digit or 0)


def parse_en_number(text: str) -> int | None:
    """English number words below 1,000: ``forty-four`` 44, ``Twelve`` 12,
    ``one hundred and sixty-five`` 165, ``a dozen`` 12; None otherwise."""
    s = regex.sub(r"[\s-]+", " ", text.strip().lower())
    if s in EN_SPECIAL:
        return EN_SPECIAL[s]
    words = [w for w in s.split(" ") if w != "and"]
    if not words:
        return None
    total, current = 0, 0
    for i, word in enumerate(words):
        if word in EN_UNITS:
            current += EN_UNITS[word]
        elif word in EN_TENS:
            current += EN_TENS[word]
        elif word in EN_SCALES:
            current = (current or 1) * EN_SCALES[word]
            if EN_SCALES[word] >= 1000:
                total, current = total + current, 0
        elif word == "a" and i == 0:
            current = 0
        else:
            return None
    return total + current


def parse_count(text: str) -> int | None:
    """An integer count written in digits, Chinese numerals or English words."""
    s = plain(text).strip()
    value = parse_decimal(s)
    if value is not None:
        return int(value) if value == int(value) and "." not in s else None
    return parse_zh_numeral(s) if regex.search(r"\p{Han}", s) else parse_en_number(s)


def parse_percent(text: str) -> float | None:
    """``92.9%``, ``92.9 %``, ``９２.９％``, ``92,9 %``, ``92·9%``, ``92.9\\%``, ``45 percent``
    -> float."""
    s = plain(text)
    m = regex.fullmatch(r"\s*(\d+(?:[.,]\d+)?)\s*(?:%|(?i:per\s?cent))\s*", s)
    return parse_decimal(m.group(1)) if m else None


def parse_range(text: str) -> tuple[float, float] | None:
    """``7~32``, ``7-32``, ``7–32``, ``7 to 32``, ``7至32``, ``$7 \\sim 32$`` -> (7, 32)."""
    s = plain(text).replace("–", "-").replace("—", "-")
    m = regex.fullmatch(
        r"\s*(\d+(?:[.,]\d+)?)\s*%?\s*(?:~|-|至|到|to)\s*(\d+(?:[.,]\d+)?)\s*%?\s*", s)
    if not m:
        return None
    lo, hi = parse_decimal(m.group(1)), parse_decimal(m.group(2))
    return (lo, hi) if lo is not None and hi is not None else None


def parse_fraction(text: str) -> tuple[int, int] | None:
    """``8/11``, ``8 / 11``, ``8 of 11``, ``eight of the 11`` -> (8, 11)."""
    s = plain(text).strip()
    m = regex.fullmatch(r"(.+?)\s*(?:/|\s(?:of|out of)(?:\s+(?:the|these|those))?\s)\s*(.+)", s,
                        flags=regex.I)
    if not m:
        return None
    n, d = parse_count(m.group(1)), parse_count(m.group(2))
    return (n, d) if n is not None and d is not None else None


# --------------------------------------------------------------- percents
EN_ORDINAL_DENOMINATORS = MappingProxyType({
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
    "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5,
})
_ZH_SHARE = regex.compile(r"(.+?)\s*分之\s*(.+)")
_EN_SHARE = regex.compile(r"(?i:(an?|one|two|three|four)\s*[-\s]\s*([a-z]+))")


def parse_share(text: str) -> float | None:
    """A fraction in words as a percentage: ``三分之二`` 66.7, ``4 分之 3`` 75,
    ``two-thirds`` 66.7, ``a third`` 33.3, ``one quarter`` 25; None when it is
    none, or not below one (``百分之…`` is a percentage, not read here)."""
    s = plain(text).strip()
    zh = _ZH_SHARE.fullmatch(s)
    if zh:
        den, num = parse_count(zh.group(1)), parse_count(zh.group(2))
    else:
        en = _EN_SHARE.fullmatch(s)
        if not en:
            return None
        num = 1 if en.group(1).lower() in ("a", "an") else parse_en_number(en.group(1))
        den = EN_ORDINAL_DENOMINATORS.get(en.group(2).lower())
    if num is None or den is None or not 0 < num < den or den >= 100:
        return None
    return percent_of(num, den)


def parse_per(count: str, base: str) -> float | None:
    """A rate stated per a round base as a percentage: ``31`` per ``100`` 31,
    ``six`` in ``ten`` 60, ``三`` per ``十`` 30; None when either is no count, the
    base is no power of ten, or the count exceeds it."""
    n, per = parse_count(count), parse_count(base)
    if n is None or per not in (10, 100, 1000) or n > per:
        return None
    return percent_of(n, per)


def percent_of(numerator: int, denominator: int) -> float | None:
    """numerator/denominator × 100 rounded half-up to one decimal (2/7 -> 28.6)."""
    if denominator <= 0:
        return None
    value = (Decimal(numerator) * 100 / Decimal(denominator)).quantize(
        Decimal("0.1"), rounding=ROUND_HALF_UP)
    return float(value)


def format_percent(value: float) -> str:
    """``60.0`` -> ``60``; ``92.9`` -> ``92.9``; ``66.67`` -> ``66.67``."""
    text = f"{Decimal(str(value)):f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def agrees(percent: float, numerator: int, denominator: int, tolerance: float = 1.0) -> bool:
    """Whether a stated percentage agrees with n/N (within ``tolerance`` points)."""
    computed = percent_of(numerator, denominator)
    return computed is not None and abs(computed - percent) <= tolerance


# ------------------------------------------------------------------ ranges
_RANGE_SEP_TEXT = r"(?:~|-|至|到|\bto\b|\$?\s*\\sim\s*\$?)"
_RANGE_AFTER = regex.compile(rf"\s*\$?\s*(?:\\?%)?\s*{_RANGE_SEP_TEXT}\s*\$?\s*\d")
_RANGE_BEFORE = regex.compile(rf"\d\s*(?:\\?%)?\s*\$?\s*{_RANGE_SEP_TEXT}\s*\$?\s*$")
_BETWEEN_BEFORE = regex.compile(
    rf"(?i:between|from|介于)\s*\d+(?:{POINT}\d+)?\s*%?\s*(?:and|to|和|与)\s*$")
_BETWEEN_AFTER = regex.compile(rf"(?i:\s*%?\s*(?:and|和|与)\s*\d+(?:{POINT}\d+)?\s*%?\s*之间)")
# the first end after `between` (`between 45% and 70%`, `介于 45% 和 70%`)
_BETWEEN_FIRST_BEFORE = regex.compile(r"(?i:(?<![A-Za-z])between|介于)\s*$")
_BETWEEN_FIRST_AFTER = regex.compile(r"(?i:\s*(?:\\?%|per\s?cent)?\s*(?:and|和|与)\s*\d)")
# a unit repeated on both ends: `从 14 例到 97 例不等`, `3 个月至 6 个月`,
# `12 patients to 30 patients`
_UNIT = r"(?:例|名|位|人|个月|天|周|年|岁|(?i:patients|cases|months|weeks|days|years))"
_UNIT_RANGE_AFTER = regex.compile(
    rf"\s*(?P<u>{_UNIT})\s*{_RANGE_SEP_TEXT}\s*\d+(?:{POINT}\d+)?\s*(?P=u)")
_UNIT_RANGE_BEFORE = regex.compile(
    rf"\d\s*(?P<u>{_UNIT})\s*{_RANGE_SEP_TEXT}\s*$")


def in_range(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (a number) is one end of a range such as
    ``7~32``, ``15%~50%``, ``7-32``, ``7 to 32``, ``$7 \\sim 32$``,
    ``between 3 and 52`` (either end), ``3 和 52 之间`` or, with a unit on both ends,
    ``14 例到 97 例``."""
    before = text[max(0, start - 24):start]
    if _RANGE_AFTER.match(text, end) or _RANGE_BEFORE.search(before):
        return True
    if _BETWEEN_BEFORE.search(before) or _BETWEEN_AFTER.match(text, end):
        return True
    if _BETWEEN_FIRST_BEFORE.search(before) and _BETWEEN_FIRST_AFTER.match(text, end):
        return True
    if _UNIT_RANGE_AFTER.match(text, end):
        return True
    unit = _UNIT_RANGE_BEFORE.search(before)
    return bool(unit and regex.match(rf"\s*{regex.escape(unit.group('u'))}", text[end:]))


# ------------------------------------------------------------------ ratios
# `randomised 2:1`, `1:1:1`, `按 2∶1 比例`, `a 3 to 1 ratio`: an allocation or
# mixing ratio, whose terms are no counts
_RATIO_SEP = r"[:：∶]"  # no spaces: `Cohort 1: 12 patients` is a label
_RATIO_BEFORE = regex.compile(rf"(?<![\d.])\d{{1,2}}(?:{_RATIO_SEP}\d{{1,2}})*{_RATIO_SEP}$")
_RATIO_AFTER = regex.compile(rf"{_RATIO_SEP}\d{{1,2}}(?![\d.])")
_RATIO_WORD = regex.compile(r"(?i:\s+to\s+\d{1,2}\s+(?:ratio|randomi[sz]ation|allocation))")
# a person unit after the number makes it a count after a label (`剂量组2：6例`)
_PERSON_AFTER = regex.compile(
    r"\s*(?:例|名|位|人|(?i:patients|participants|subjects|cases|adults|children)(?![A-Za-z]))")


def in_ratio(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (a number) is a term of a ratio such as
    ``2:1``, ``1:1:1``, ``2∶1`` or ``3 to 1 ratio`` (a time ``10:30`` is not
    told apart: neither is a count); a number followed by a person unit
    (``剂量组2：6例``) is a count."""
    if _PERSON_AFTER.match(text, end):
        return False
    return bool(_RATIO_BEFORE.search(text[max(0, start - 12):start])
                or _RATIO_AFTER.match(text, end) or _RATIO_WORD.match(text, end))
