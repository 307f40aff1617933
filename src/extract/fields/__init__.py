"""One extractor per field. Each module has ``build(rules_dir) -> extractor``;
an extractor maps a :class:`~extract.models.Sentence` to a list of
:class:`~extract.models.Mention` (offsets into ``sentence.norm``)."""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from pathlib import Path

from extract.models import FIELDS, Mention, Sentence

Extractor = Callable[[Sentence], list[Mention]]


def build_extractors(directory: Path, fields: tuple[str, ...] = FIELDS) -> dict[str, Extractor]:
    out: dict[str, Extractor] = {}
    for name in fields:
        module = import_module(f"extract.fields.{name}")
        out[name] = module.build(directory)
    return out
