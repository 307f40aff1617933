"""trial_id: clinical-trial registry identifiers, from ``rules/trial_ids.yaml``."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import regex
from pydantic import BaseModel, ConfigDict

from extract.models import Mention, Sentence
from extract.rules import check_unique, compile_pattern, load_models

RULE_FILE = "trial_ids.yaml"
BEFORE = r"(?<![A-Za-z0-9])"
AFTER = r"(?![0-9A-Za-z])"


class TrialIdRule(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str
    registry: str
    pattern: str
    prefix: str | None = None
    keep: str = ""
    context: str | None = None


@dataclass(frozen=True)
class CompiledRule:
    rule: TrialIdRule
    pattern: regex.Pattern
    context: regex.Pattern | None


def canonical(matched: str, rule: TrialIdRule) -> str:
    """The compact registry form: spaces (and hyphens unless kept) dropped,
    the prefix written as the registry writes it."""
    compact = "".join(ch for ch in matched if ch.isalnum() or ch in rule.keep)
    if rule.prefix and compact.lower().startswith(rule.prefix.lower()):
        compact = rule.prefix + compact[len(rule.prefix):]
    return compact


class TrialIdExtractor:
    def __init__(self, rules: list[CompiledRule]) -> None:
        self.rules = rules

    def __call__(self, sent: Sentence) -> list[Mention]:
        text = sent.norm
        found: list[Mention] = []
        headers = " ".join(c.header for c in sent.cells)
        for item in self.rules:
            if item.context and not (item.context.search(text) or item.context.search(headers)):
                continue
            for m in item.pattern.finditer(text):
                found.append(Mention("trial_id", canonical(m.group(), item.rule), m.start(),
                                     m.end(), f"trial_id.{item.rule.id}",
                                     {"registry": item.rule.registry}))
        found.sort(key=lambda x: (x.start, -(x.end - x.start)))
        kept: list[Mention] = []
        for mention in found:
            if kept and mention.start < kept[-1].end:
                continue
            kept.append(mention)
        return kept


def build(directory: Path) -> TrialIdExtractor:
    path = directory / RULE_FILE
    entries = load_models(path, TrialIdRule)
    check_unique(path, [(line, r.id, r.id) for line, r in entries], "rule id")
    compiled = []
    for line, rule in entries:
        pattern = compile_pattern(path, line, rule.id, BEFORE + f"(?:{rule.pattern})" + AFTER)
        context = compile_pattern(path, line, rule.id, rule.context) if rule.context else None
        compiled.append(CompiledRule(rule, pattern, context))
    return TrialIdExtractor(compiled)
