"""Chinese word tokens with jieba, used where a word boundary changes an answer
(an alias inside a longer word, such as 血小板减少 in 免疫性血小板减少症).

The user dictionary is generated from ``rules/``: every string with Chinese
characters listed under a key ending in ``_zh`` in any rule file (aliases and
exclusions alike) becomes a jieba word. Only runs of Chinese characters go to
jieba, so Latin-script identifiers (CD19, NCT05472558, HER2/neu) are never
split: jieba's user words are known to split English tokens.
"""

from __future__ import annotations

import logging
from functools import lru_cache
from pathlib import Path

import regex
import yaml

HAN_RUN = regex.compile(r"\p{Han}+")
USER_WORD_FREQ = 2_000_000  # high enough that a rule word wins over jieba's own split


def user_words(directory: Path) -> frozenset[str]:
    words: set[str] = set()

    def visit(node: object, key: str = "") -> None:
        if isinstance(node, dict):
            for k, v in node.items():
                visit(v, str(k))
        elif isinstance(node, list):
            for v in node:
                visit(v, key)
        elif isinstance(node, str) and key.endswith("_zh"):
            for run in HAN_RUN.findall(node):
                if len(run) >= 2:
                    words.add(run)

    for path in sorted(directory.glob("*.yaml")):
        visit(yaml.safe_load(path.read_text(encoding="utf-8")))
    return frozenset(words)


class HanTokenizer:
    def __init__(self, words: frozenset[str]) -> None:
        import jieba

        jieba.setLogLevel(logging.WARNING)
        self._tk = jieba.Tokenizer()
        self._tk.initialize()
        for word in sorted(words):
            self._tk.add_word(word, USER_WORD_FREQ)

    def tokens(self, text: str) -> list[tuple[int, int]]:
        """Spans of jieba tokens inside the runs of Chinese characters of ``text``."""
        spans = []
        for run in HAN_RUN.finditer(text):
            pos = run.start()
            for word in self._tk.cut(run.group(), HMM=False):
                spans.append((pos, pos + len(word)))
                pos += len(word)
        return spans


@lru_cache(maxsize=2)
def shared_tokenizer(directory: Path) -> HanTokenizer:
    return HanTokenizer(user_words(directory))
