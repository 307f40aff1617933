"""Adverse-event grades: pure helpers that turn a matched grade expression
into the guide's canonical string (``'2'``, ``'1-3'``, ``'>=3'``).

Patterns live in ``rules/adverse_events.yaml`` (kind: grade); ``{N}`` in a
pattern stands for :data:`NUMERAL`. Named groups: ``n`` (one grade), ``lo``/
``hi`` (a range), ``ge`` (inclusive lower bound: ``3 级及以上``, ``grade >=3``),
``gt`` (strict: ``>3 级`` is ``>=4``), ``le`` (upper bound: ``<=2 级`` is
``1-2``), ``lt`` (strict upper bound: ``below grade 3`` is ``1-2``).
"""

from __future__ import annotations

from collections.abc import Mapping

MIN_GRADE, MAX_GRADE = 1, 5
ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5}
HAN_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5}
# a grade numeral: 1-5 not inside a longer number, a Roman numeral I-V as a
# whole word (NFKC has already turned Ⅲ into III), or a Chinese numeral
NUMERAL = (r"(?:(?<![\d.])[1-5](?![\d]|\.\d)|(?<![A-Za-z])(?:IV|V|I{1,3})(?![A-Za-z])"
           r"|[一二三四五])")


def to_int(token: str) -> int | None:
    """The integer of a grade numeral, or None."""
    token = token.strip()
    if token.isdigit():
        return int(token)
    if token.upper() in ROMAN:
        return ROMAN[token.upper()]
    return HAN_DIGITS.get(token)


def canonical(groups: Mapping[str, str | None]) -> str | None:
    """The canonical grade from the named groups of a grade match."""
    def num(name: str) -> int | None:
        value = groups.get(name)
        return to_int(value) if value else None

    if (n := num("n")) is not None:
        return str(n)
    lo, hi = num("lo"), num("hi")
    if lo is not None and hi is not None:
        lo, hi = min(lo, hi), max(lo, hi)
        return str(lo) if lo == hi else f"{lo}-{hi}"
    if (ge := num("ge")) is not None:
        return f">={ge}"
    if (gt := num("gt")) is not None:
        return f">={min(gt + 1, MAX_GRADE)}"
    if (le := num("le")) is not None:
        return str(MIN_GRADE) if le <= MIN_GRADE else f"{MIN_GRADE}-{le}"
    if (lt := num("lt")) is not None and lt > MIN_GRADE:
        return str(MIN_GRADE) if lt - 1 <= MIN_GRADE else f"{MIN_GRADE}-{lt - 1}"
    return None


def expand(pattern: str) -> str:
    """A grade pattern with ``{N}`` replaced by :data:`NUMERAL`."""
    return pattern.replace("{N}", NUMERAL)
