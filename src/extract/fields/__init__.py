"""One extractor per field. Each module has ``build(rules_dir) -> extractor``;
an extractor maps a :class:`~extract.models.Sentence` to a list of
:class:`~extract.models.Mention` (offsets into ``sentence.norm``)."""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from importlib.util import find_spec
from pathlib import Path

from extract.models import FIELDS, Mention, Sentence

Extractor = Callable[[Sentence], list[Mention]]


def build_extractors(directory: Path, fields: tuple[str, ...] = FIELDS) -> dict[str, Extractor]:
    out: dict[str, Extractor] = {}
    for name in fields:
        if find_spec(f"extract.fields.{name}") is None:  # field not built yet
            continue
        module = import_module(f"extract.fields.{name}")
        out[name] = module.build(directory)
    return out
