"""The test put in front of a rule that opens with lookbehinds and a number
(extract.rules.start_guard) must never hide a match: every character a count
fragment can start with passes its test, and guarded patterns find exactly
what the written ones find."""

import random

import pytest
import regex

from extract import numbers
from extract.rules import _compiled, start_guard
from tests.conftest import CORPORA

BMP = [chr(c) for c in range(0x20, 0x10000) if not 0xD800 <= c <= 0xDFFF]


@pytest.mark.parametrize("name", sorted(numbers.FIRST_CHAR))
def test_every_first_character_passes_the_test(name: str) -> None:
    fragment = regex.compile(numbers.FRAGMENTS[name], regex.V1)
    guard = regex.compile(numbers.FIRST_CHAR[name], regex.V1)
    starts = [ch for ch in BMP if fragment.match(ch, partial=True)]
    assert starts  # the fragment does start somewhere
    assert [ch for ch in starts if not guard.match(ch)] == []


@pytest.mark.parametrize(("pattern", "guarded"), [
    (r"(?<=a)(?P<num>\d+)b", True),
    (r"(?<=a)(?<!c)(?P<num>{DIGITS}|{EN_NUMBER})b", True),
    (r"(?<=a)(?P<num>[1-9]\d*)b", True),
    (r"(?P<num>\d+)b", False),             # no lookbehind to spare
    (r"(?<=a)(?P<num>\d+)?b", False),       # the number may be absent
    (r"(?<=a)(?P<num>十|\d+)b", False),     # a first character not worked out
    (r"(?<=a)(?:x)(?P<num>\d+)b", False),   # something else before the number
])
def test_which_patterns_get_a_test(pattern: str, guarded: bool) -> None:
    source = numbers.expand(pattern)
    assert (start_guard(source) != source) is guarded


def test_guarded_rules_find_what_they_found_before() -> None:
    from extract.rules import read_entries, rules_dir

    sources = [numbers.expand(e["pattern"])
               for name in ("sample_size.yaml", "response_rate.yaml")
               for e in read_entries(rules_dir() / name) if isinstance(e.get("pattern"), str)]
    guarded = [s for s in sources if start_guard(s) != s]
    assert len(guarded) > 20  # the count rules this exists for
    texts = sorted(p for p in CORPORA.glob("*.txt"))
    random.Random(7).shuffle(texts)
    text = "\n".join(p.read_text(encoding="utf-8") for p in texts[:12])
    for source in guarded:
        plain = regex.compile(source, regex.V1)
        assert ([m.span() for m in _compiled(source).finditer(text)]
                == [m.span() for m in plain.finditer(text)]), source
