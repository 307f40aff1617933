"""Load and validate rule files from ``rules/``.

Rule files are YAML lists of mappings (or JSONL, one mapping per line). Each
entry is validated with a pydantic model; any problem is reported as
``file:line: rule <id>: what is wrong`` (E201).
"""

from __future__ import annotations

import functools
import json
import os
from pathlib import Path
from typing import TypeVar

import regex
import yaml
from pydantic import BaseModel, ValidationError

from extract.messages import Msg, RuleError

M = TypeVar("M", bound=BaseModel)
LINE_KEY = "__line__"


class _LineLoader(yaml.SafeLoader):
    """A YAML loader that records the line of every mapping."""


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> dict:
    mapping = loader.construct_mapping(node, deep=True)
    mapping[LINE_KEY] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def rules_dir() -> Path:
    """The folder of rule files: ``$EXTRACT_RULES`` if set, else ``rules/`` of
    the checkout the package is installed from (``pip install -e .``)."""
    env = os.environ.get("EXTRACT_RULES")
    if env:
        return Path(env)
    for parent in Path(__file__).resolve().parents:
        candidate = parent / "rules"
        if (candidate / "sections.yaml").is_file():
            return candidate
    raise RuleError(Msg.E201.format(where="rules/",
                                    what="rules folder not found; set EXTRACT_RULES"))


def fail(path: Path, line: int | None, what: str, rule_id: str | None = None) -> RuleError:
    where = f"{path}:{line or 1}"
    if rule_id:
        what = f"rule {rule_id!r}: {what}"
    return RuleError(Msg.E201.format(where=where, what=what))


def read_entries(path: Path) -> list[dict]:
    """Raw entries with their line numbers under ``__line__``."""
    if not path.is_file():
        raise fail(path, None, "rule file not found")
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".jsonl":
        entries = []
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            try:
                entry = json.loads(line)
            except json.JSONDecodeError as exc:
                raise fail(path, number, f"not valid JSON: {exc.msg}") from exc
            if not isinstance(entry, dict):
                raise fail(path, number, "each line must be a JSON object")
            entry[LINE_KEY] = number
            entries.append(entry)
        return entries
    try:
        data = yaml.load(text, Loader=_LineLoader)  # noqa: S506 - safe loader subclass
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise fail(path, mark.line + 1 if mark else None, f"not valid YAML: {exc}") from exc
    if data is None:
        return []
    if not isinstance(data, list) or not all(isinstance(e, dict) for e in data):
        raise fail(path, None, "the file must be a YAML list of mappings")
    return data


def load_models(path: Path, model: type[M]) -> list[tuple[int, M]]:
    """Validate every entry of a rule file; returns ``(line, entry)`` pairs."""
    out: list[tuple[int, M]] = []
    for raw in read_entries(path):
        line = raw.pop(LINE_KEY, None)
        rule_id = raw.get("id") or raw.get("value")
        try:
            out.append((line, model.model_validate(raw)))
        except ValidationError as exc:
            problems = "; ".join(
                f"{'.'.join(str(p) for p in err['loc']) or 'entry'}: {err['msg']}"
                for err in exc.errors())
            raise fail(path, line, problems, rule_id) from None
    return out


@functools.cache
def _compiled(pattern: str) -> regex.Pattern:
    """One compiled pattern per source (field modules share rule files)."""
    return regex.compile(pattern, regex.V1)


def compile_pattern(path: Path, line: int, rule_id: str, pattern: str) -> regex.Pattern:
    try:
        return _compiled(pattern)
    except regex.error as exc:
        raise fail(path, line, f"bad regular expression: {exc}", rule_id) from exc


def check_unique(path: Path, items: list[tuple[int, str, str]], what: str) -> None:
    """Fail on a key seen twice: ``items`` are ``(line, rule id, key)``."""
    seen: dict[str, int] = {}
    for line, rule_id, key in items:
        if key in seen:
            raise fail(path, line, f"duplicate {what} {key!r} (first at line {seen[key]})",
                       rule_id)
        seen[key] = line
