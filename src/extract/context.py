"""ConText-style modifiers (negation, hedging, background), after medspaCy's
ConText: cue words ("triggers") from ``rules/context.yaml`` modify the
targets inside their scope. Categories: NEGATED, HYPOTHETICAL, BACKGROUND,
HISTORICAL (before the treatment: ``fever while awaiting infusion``), and the
non-modifying TERMINATE and PSEUDO.

Generic and pure: the functions take a text (a sentence's normalised text),
a target span and the compiled rules, and return the modifiers that apply.
Nothing here knows about a particular field.

Scope: a trigger's scope runs forward, backward or both ways from the cue
to the nearest clause punctuation, table-cell separator or TERMINATE cue;
punctuation inside brackets does not end a scope (so an abbreviation list
``(Graft-Versus-Host Disease, GVHD)`` stays inside it). A bidirectional
trigger looks backward only when no target lies in its forward scope.
PSEUDO cues only block the cues they overlap (``无进展`` is not ``无``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import regex
from pydantic import BaseModel, ConfigDict, model_validator

from extract.rules import check_unique, compile_pattern, load_models

RULE_FILE = "context.yaml"
Category = Literal["NEGATED", "HYPOTHETICAL", "BACKGROUND", "HISTORICAL", "TERMINATE", "PSEUDO"]
Direction = Literal["forward", "backward", "bidirectional"]
MODIFYING = ("NEGATED", "HYPOTHETICAL", "BACKGROUND", "HISTORICAL")
OPEN, CLOSE = "([{", ")]}"
# clause punctuation; a '.' ends a clause unless it sits between digits (76.2)
BOUNDARY = regex.compile(r"[,;:。!?|\t\n]|\.(?!\d)")
# a looser boundary for spans that run over list commas (a sentence part)
PART_BOUNDARY = regex.compile(r"[;。!?|\t\n]|\.(?!\d)")

Span = tuple[int, int]


class ContextRule(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str
    lang: Literal["zh", "en", "any"]
    literal: str | None = None
    pattern: str | None = None
    category: Category
    direction: Direction = "forward"

    @model_validator(mode="after")
    def _one_cue(self) -> ContextRule:
        if (self.literal is None) == (self.pattern is None):
            raise ValueError("give exactly one of 'literal' or 'pattern'")
        if self.literal is not None and not self.literal.strip():
            raise ValueError("'literal' is empty")
        return self


@dataclass(frozen=True, slots=True)
class CompiledContextRule:
    rule: ContextRule
    regex: regex.Pattern


@dataclass(frozen=True, slots=True)
class ContextRules:
    rules: tuple[CompiledContextRule, ...]

    def for_lang(self, lang: str) -> tuple[CompiledContextRule, ...]:
        return tuple(r for r in self.rules if r.rule.lang in (lang, "any"))


@dataclass(frozen=True, slots=True)
class Trigger:
    rule_id: str
    category: Category
    direction: Direction
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Modifier:
    """A trigger that applies to a target, with the scope that reached it."""

    category: Category
    rule_id: str
    trigger: str
    start: int
    end: int
    scope: Span


def cue_regex(rule: ContextRule) -> str:
    """The regular expression of a rule: an escaped literal (on word
    boundaries and case-insensitive for English) or the pattern as given."""
    if rule.pattern is not None:
        body = rule.pattern
    elif rule.lang == "en" or rule.literal.isascii():  # type: ignore[union-attr]
        body = r"\b" + regex.escape(rule.literal) + r"\b"  # type: ignore[arg-type]
    else:
        body = regex.escape(rule.literal)  # type: ignore[arg-type]
    return f"(?i:{body})" if rule.lang == "en" else body


def load_context_rules(directory: Path) -> ContextRules:
    path = directory / RULE_FILE
    entries = load_models(path, ContextRule)
    check_unique(path, [(line, r.id, r.id) for line, r in entries], "rule id")
    compiled = [CompiledContextRule(rule, compile_pattern(path, line, rule.id, cue_regex(rule)))
                for line, rule in entries]
    return ContextRules(tuple(compiled))


def overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def find_triggers(text: str, rules: ContextRules, lang: str, *,
                  protect: Iterable[Span] = ()) -> list[Trigger]:
    """Non-overlapping triggers, leftmost-longest; a cue overlapping a
    protected span (a target itself: the 减少 of 中性粒细胞减少) is ignored."""
    protected = list(protect)
    found: list[Trigger] = []
    for item in rules.for_lang(lang):
        for m in item.regex.finditer(text, overlapped=True):
            if m.end() <= m.start() or any(overlaps(m.span(), p) for p in protected):
                continue
            found.append(Trigger(item.rule.id, item.rule.category, item.rule.direction,
                                 m.start(), m.end(), m.group()))
    found.sort(key=lambda t: (t.start, -(t.end - t.start)))
    kept: list[Trigger] = []
    for trig in found:
        if any(overlaps((trig.start, trig.end), (k.start, k.end)) for k in kept):
            continue
        kept.append(trig)
    return kept


def clause_end(text: str, pos: int, boundary: regex.Pattern = BOUNDARY, *,
               brackets: tuple[str, str] = (OPEN, CLOSE)) -> int:
    """The first clause boundary at or after ``pos`` outside brackets opened
    after ``pos`` (a closing bracket of an enclosing pair is a boundary)."""
    opening, closing = brackets
    depth = 0
    for i in range(pos, len(text)):
        ch = text[i]
        if ch in opening:
            depth += 1
        elif ch in closing:
            if depth == 0:
                return i
            depth -= 1
        elif depth == 0 and boundary.match(text, i):
            return i
    return len(text)


def clause_start(text: str, pos: int, boundary: regex.Pattern = BOUNDARY, *,
                 brackets: tuple[str, str] = (OPEN, CLOSE)) -> int:
    """The offset just after the last clause boundary before ``pos``."""
    opening, closing = brackets
    depth = 0
    for i in range(pos - 1, -1, -1):
        ch = text[i]
        if ch in closing:
            depth += 1
        elif ch in opening:
            if depth == 0:
                return i + 1
            depth -= 1
        elif depth == 0 and boundary.match(text, i):
            return i + 1
    return 0


def scopes(text: str, trigger: Trigger, triggers: Sequence[Trigger]) -> tuple[Span | None,
                                                                              Span | None]:
    """Forward and backward scope of ``trigger`` (None where it does not look)."""
    terms = [t for t in triggers if t.category == "TERMINATE"]
    fwd = bwd = None
    if trigger.direction in ("forward", "bidirectional"):
        end = clause_end(text, trigger.end)
        end = min([end] + [t.start for t in terms if trigger.end <= t.start < end])
        fwd = (trigger.end, end)
    if trigger.direction in ("backward", "bidirectional"):
        start = clause_start(text, trigger.start)
        start = max([start] + [t.end for t in terms if start < t.end <= trigger.start])
        bwd = (start, trigger.start)
    return fwd, bwd


def _inside(span: Span, scope: Span | None) -> bool:
    return scope is not None and scope[0] <= span[0] and span[1] <= scope[1]


def modifiers_from_triggers(text: str, target: Span, triggers: Sequence[Trigger], *,
                            targets: Sequence[Span] = ()) -> list[Modifier]:
    """Modifiers whose scope covers ``target``. ``targets`` are all the
    targets of the text: a bidirectional trigger with one of them in its
    forward scope does not look backward."""
    out: list[Modifier] = []
    for trig in triggers:
        if trig.category not in MODIFYING:
            continue
        fwd, bwd = scopes(text, trig, triggers)
        if trig.direction == "bidirectional" and any(_inside(t, fwd) for t in targets):
            bwd = None
        for scope in (fwd, bwd):
            if _inside(target, scope):
                out.append(Modifier(trig.category, trig.rule_id, trig.text, trig.start,
                                    trig.end, scope))  # type: ignore[arg-type]
                break
    return out


def modifiers(text: str, target: Span, rules: ContextRules, lang: str, *,
              targets: Sequence[Span] = ()) -> list[Modifier]:
    """The modifiers that apply to ``target`` in ``text`` (one call does it all)."""
    all_targets = list(targets) or [target]
    triggers = find_triggers(text, rules, lang, protect=all_targets)
    return modifiers_from_triggers(text, target, triggers, targets=all_targets)
