"""Normalisation for matching, with a map back to the text as read.

The normalised text is NFKC (full-width to half-width, Roman numerals to
letters), traditional Chinese converted to simplified character by character,
dashes unified to ``-``, superscript digits written ``^6``, and white space
between two Chinese characters dropped (so ``间 皮素`` and a line break inside
a word match). ``idx[j]`` is the offset in the original text of normalised
character ``j``; ``o2n[i]`` is the first normalised character at or after
original offset ``i``.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import regex

DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d"
SUPERSCRIPTS = {"\u2070": "0", "\u00b9": "1", "\u00b2": "2", "\u00b3": "3", "\u2074": "4",
                "\u2075": "5", "\u2076": "6", "\u2077": "7", "\u2078": "8", "\u2079": "9",
                "\u207b": "-"}
EXTRA = {
    **{c: "-" for c in DASHES},
    **{c: "^" + d for c, d in SUPERSCRIPTS.items()},
    "\u301c": "~",  # wave dash
    "\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
    "\u00a0": " ", "\u3000": " ", "\u200b": "", "\ufeff": "",
    "\u2264": "<=", "\u2265": ">=", "\u2266": "<=", "\u2267": ">=",
}
# Circled and dingbat numbers (①, ❶, ➀, ㉑) are list markers: NFKC would glue
# them to the next token as bare digits (``④CD19`` -> ``4CD19``), so they are
# written ``(4)`` instead.
CIRCLED = {
    **{chr(0x2460 + k): k + 1 for k in range(20)},
    **{chr(0x24EB + k): k + 11 for k in range(10)},
    **{chr(0x24F5 + k): k + 1 for k in range(10)},
    **{chr(0x2776 + k): k + 1 for k in range(10)},
    **{chr(0x2780 + k): k + 1 for k in range(10)},
    **{chr(0x278A + k): k + 1 for k in range(10)},
    **{chr(0x3251 + k): k + 21 for k in range(15)},
    **{chr(0x32B1 + k): k + 36 for k in range(15)},
}
EXTRA.update({c: f"({k})" for c, k in CIRCLED.items()})
HAN_GAP = regex.compile(r"(?<=\p{Han})[ \t\r\n\u3000\u00a0]+(?=\p{Han})")


@lru_cache(maxsize=1)
def _t2s():
    from opencc import OpenCC

    return OpenCC("t2s")


@lru_cache(maxsize=65536)
def norm_char(ch: str) -> str:
    """The normalised form of one character (may be empty or several characters)."""
    if ch in EXTRA:
        return EXTRA[ch]
    out = unicodedata.normalize("NFKC", ch)
    if len(out) == 1 and "\u3400" <= out <= "\u9fff":
        out = _t2s().convert(out) or out
    return "".join(EXTRA.get(c, c) for c in out)


@dataclass(slots=True)
class NormText:
    text: str
    norm: str
    idx: list[int]
    o2n: list[int]

    def to_orig(self, nstart: int, nend: int) -> tuple[int, int]:
        """Original ``[start, end)`` of the normalised span ``[nstart, nend)``."""
        if nend <= nstart:
            pos = self.idx[nstart] if nstart < len(self.idx) else len(self.text)
            return pos, pos
        return self.idx[nstart], self.idx[nend - 1] + 1

    def to_norm(self, start: int, end: int) -> tuple[int, int]:
        return self.o2n[start], self.o2n[end]


def normalize(text: str) -> NormText:
    chars: list[str] = []
    idx: list[int] = []
    for i, ch in enumerate(text):
        if ch.isascii():
            chars.append(ch)
            idx.append(i)
            continue
        out = norm_char(ch)
        if len(out) == 1:
            chars.append(out)
            idx.append(i)
        elif out:
            chars.extend(out)
            idx.extend([i] * len(out))
    norm = "".join(chars)
    gaps = [m.span() for m in HAN_GAP.finditer(norm)]
    if gaps:
        keep_chars: list[str] = []
        keep_idx: list[int] = []
        prev = 0
        for s, e in gaps:
            keep_chars.append(norm[prev:s])
            keep_idx.extend(idx[prev:s])
            prev = e
        keep_chars.append(norm[prev:])
        keep_idx.extend(idx[prev:])
        norm, idx = "".join(keep_chars), keep_idx
    o2n = [0] * (len(text) + 1)
    j = 0
    n = len(idx)
    for i in range(len(text)):
        while j < n and idx[j] < i:
            j += 1
        o2n[i] = j
    o2n[len(text)] = n
    return NormText(text, norm, idx, o2n)
