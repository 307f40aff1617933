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

from extract import numbers
from extract.messages import Msg, RuleError

M = TypeVar("M", bound=BaseModel)
LINE_KEY = "__line__"


class _LineLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """A YAML loader that records the line of every mapping (libyaml's parser
    where PyYAML has it: several times faster on the large rule files)."""


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


def _scan(pattern: str, start: int = 0):
    """``(index, depth)`` of every character of ``pattern`` from ``start`` that
    is syntax, not an escaped character or the inside of a character class:
    ``depth`` counts the groups open before it."""
    depth, i, in_class = 0, start, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            if pattern.startswith("^", i + 1):
                i += 1
            if pattern.startswith("]", i + 1):
                i += 1  # a literal `]` first in a class
        else:
            if ch == ")":
                depth -= 1
            yield i, depth
            if ch == "(":
                depth += 1
        i += 1


def _group_end(pattern: str, start: int) -> int:
    """The index just after the group opening at ``pattern[start]``; -1 if none."""
    return next((i + 1 for i, depth in _scan(pattern, start)
                 if depth == 0 and pattern[i] == ")"), -1)


def _alternatives(body: str) -> list[str]:
    cuts = [i for i, depth in _scan(body) if depth == 0 and body[i] == "|"]
    return [body[a + 1:b] for a, b in zip([-1, *cuts], [*cuts, len(body)], strict=True)]


NAMED_GROUP = regex.compile(r"\(\?P<\w+>")
CLASS_FIRST = regex.compile(r"(?:\(\?<!\\d\))?(\\d|\[[^\]\\]+\])(?![?*]|\{0)")
_FRAGMENT_FIRST = {f"(?:{numbers.FRAGMENTS[name]})": first
                   for name, first in numbers.FIRST_CHAR.items()}
_FRAGMENT_FIRST |= {f"(?i:{source})": first for source, first in _FRAGMENT_FIRST.items()}


def _first(alternative: str) -> str | None:
    """A test every match of ``alternative`` passes at its first character, or
    None: a count fragment of numbers.py, or a leading ``\\d`` or character class
    that must match once."""
    if alternative in _FRAGMENT_FIRST:
        return _FRAGMENT_FIRST[alternative]
    m = CLASS_FIRST.match(alternative)
    return m.group(1) if m else None


def start_guard(pattern: str) -> str:
    """``pattern`` with a cheap test in front when it opens with lookbehinds and
    then a named number: ``(?<=…long…)(?P<num>{DIGITS}|{EN_NUMBER})…`` gets
    ``(?=\\d|…)`` in front, the first characters of its alternatives
    (``numbers.FIRST_CHAR``). A match must start where
    the number can start, so the test changes no match; it spares the engine the
    lookbehind (often long and of variable width) at every other position."""
    pos = 0
    while pattern.startswith(("(?<=", "(?<!"), pos):
        pos = _group_end(pattern, pos)
        if pos < 0:
            return pattern
    if pos == 0 or not (m := NAMED_GROUP.match(pattern, pos)):
        return pattern
    end = _group_end(pattern, pos)
    if end < 0 or pattern.startswith(("?", "*", "{0"), end):
        return pattern
    firsts = [_first(alt) for alt in _alternatives(pattern[m.end():end - 1])]
    if None in firsts:
        return pattern
    return f"(?={'|'.join(dict.fromkeys(firsts))}){pattern}"


@functools.cache
def _compiled(pattern: str) -> regex.Pattern:
    """One compiled pattern per source (field modules share rule files), with
    :func:`start_guard`'s test in front where it applies."""
    return regex.compile(start_guard(pattern), regex.V1)


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
