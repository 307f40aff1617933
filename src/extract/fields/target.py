"""target: antigens and receptors a therapy is directed at.

The lexicon (``rules/targets.yaml``) finds candidate mentions; the context rules
(``rules/target_context.yaml``) keep those named as what a therapy binds and drop
markers, phenotypes, construct parts, knocked-out or secreted molecules and plain
biology. The decision for one mention, in order:

1. a table cell under a combination-therapy column: dropped;
   under a target column: kept;
2. an exclusion next to the mention or its list, in its clause, or a hyphenated
   construct with a signalling domain: dropped;
3. a cue next to the mention or its list, a ``×`` inside the list, or a cue word
   in the clause (binding words only with a therapy word in the sentence): kept;
4. otherwise dropped.

A list is a run of mentions separated only by connectors (``、 , / 和 and ×`` and
brackets, a bracketed aside before a connector, a hanging hyphen, the hyphen of a
compound ``BCMA-CD19 CAR``), so that
``CD155、EGFR、HER2三靶点``, ``间皮素(mesothelin, MSLN)``, ``CD70 (NCT05092451) or
CD5`` and ``CD19- and CD22-directed`` share the cue and the exclusions of the list.
A body sentence that is only a run of mentions (``EGFRvIII.``, ``GD2 and B7-H3 in
children.``: a paragraph's run-in heading) is the sentence kind ``label``, cued like a
heading.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import ahocorasick
import regex
from pydantic import BaseModel, ConfigDict, model_validator

from extract.models import Cell, Mention, Sentence
from extract.rules import check_unique, compile_pattern, fail, load_models
from extract.tokens import HanTokenizer, shared_tokenizer

LEXICON_FILE = "targets.yaml"
CONTEXT_FILE = "target_context.yaml"
WINDOW = 80  # characters of context looked at on each side of a mention
# A Latin-script alias never starts or ends inside a longer token, except
# `antiCD19`, `αPD-1`, `CD19CAR`, the glued bispecific `CD20xCD3` and the clone
# suffix of an affinity-enhanced TCR (`NY-ESO-1c259`, `MAGE-A4c1032`).
LATIN_BEFORE = (r"(?:(?<=(?i:anti))|(?<=(?<![A-Za-z])α)|(?<=[A-Z0-9][x×])"
                r"|(?<![A-Za-z0-9\p{Greek}]))")
LATIN_AFTER = (r"(?:(?=(?:CAR|BiTE|TCR|ADC)(?![a-z]))|(?=[x×](?:CD|[A-Z]{3}))"
               r"|(?<=\d)(?=c\d{3,4}(?![A-Za-z0-9]))|(?![A-Za-z0-9\p{Greek}]|\.\d))")
ALIAS_TOKEN = regex.compile(
    r"(?P<han>\p{Han}+)|(?P<lat>[A-Za-z]+)|(?P<dig>\d+(?:\.\d+)?)|(?P<grk>\p{Greek})"
    r"|(?P<sep>[\s\-_]+)|(?P<oth>.)")
ALNUM = ("lat", "dig", "grk")
HAN = regex.compile(r"\p{Han}")
SEPARATORS = regex.compile(r"[\s\-$_]+")
CLAUSE_END = regex.compile(r"[。;；!?！？]|(?<!\d),|,(?!\d)|[:：]")
OPEN, CLOSE = "([（【", ")]）】"
LEAD_PAREN = regex.compile(r"^\s*[(（][^()（）]{0,40}[)）]")
LEAD_CLOSE = regex.compile(r"^[\s)）\]】]+")
TRAIL_OPEN = regex.compile(r"[\s(（\[【\"'“]+$")
CHAIN_CHARS = regex.compile(r"[A-Za-z0-9ζξ\-]")
MASK = "■"  # other lexicon matches in the context an exclusion sees
MARK = "<T>"  # the mention in an `around` pattern
SAME_VALUE = "same-value-in-sentence"  # trigger of a mention kept because its value is
# a cued target elsewhere in the sentence (and no exclusion applies to it)
MARK_TEXT = "\u27e8T\u27e9"  # what the mention is replaced with in the text
# A document title is a body sentence near the start of the document, short and
# with no sentence punctuation; it is scoped as the sentence kind "title".
TITLE_WITHIN = 200  # normalised characters from the start of the document
TITLE_MAX = 100  # characters
SENTENCE_STOP = regex.compile(r"[。！？!?；;]|\.(?:\s|$)")
Role = Literal["tumour", "effector", "checkpoint", "receptor"]


# ------------------------------------------------------------------ rule models
class TargetEntry(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str
    value: str
    hgnc: list[str]
    role: Role = "tumour"
    aliases_en: list[str] = []
    aliases_zh: list[str] = []

    def aliases(self) -> list[str]:
        return [self.value, *self.aliases_en, *self.aliases_zh]


class ContextRule(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str
    kind: Literal["cue", "exclude", "therapy", "connector", "domain", "ocr", "greek", "label"]
    pattern: str
    side: Literal["before", "after", "around", "clause", "sentence", "header", "kind"] | None = None
    unit: Literal["mention", "group"] = "mention"
    roles: list[Role] = []
    values: list[str] = []
    lang: Literal["zh", "en", "any"] = "any"
    needs_therapy: bool = False
    soft: bool = False
    implies_cue: bool = False
    replace: str | None = None
    letter: str | None = None

    @model_validator(mode="after")
    def _fits_kind(self) -> ContextRule:
        if self.kind in ("cue", "exclude") and self.side is None:
            raise ValueError(f"kind {self.kind!r} needs side: before, after, around, clause, "
                             "sentence, header or kind")
        if (self.side == "around") != (MARK in self.pattern):
            raise ValueError(f"side 'around' and the marker {MARK} in the pattern go together")
        if self.side == "around" and self.kind != "exclude":
            raise ValueError("side 'around' is for kind 'exclude'")
        if self.kind == "label" and self.side is not None:
            raise ValueError("kind 'label' is matched against the whole sentence; no side")
        if self.kind == "therapy" and self.side not in (None, "clause"):
            raise ValueError("kind 'therapy' is found in the clause; side must be 'clause'")
        if self.kind == "ocr" and (self.replace is None or len(self.replace) != 1):
            raise ValueError("kind 'ocr' needs replace: exactly one character")
        if self.kind == "greek" and (self.letter is None or len(self.letter) != 1):
            raise ValueError("kind 'greek' needs letter: one Greek letter")
        if self.needs_therapy and self.kind != "cue":
            raise ValueError("needs_therapy applies to kind 'cue' only")
        if self.soft and self.kind != "exclude":
            raise ValueError("soft applies to kind 'exclude' only")
        if self.implies_cue and self.kind != "connector":
            raise ValueError("implies_cue applies to kind 'connector' only")
        return self


@dataclass(frozen=True)
class Rule:
    rule: ContextRule
    pattern: regex.Pattern

    def applies(self, lang: str, entry: TargetEntry | None = None) -> bool:
        r = self.rule
        if r.lang != "any" and r.lang != lang:
            return False
        if entry is not None and r.roles and entry.role not in r.roles:
            return False
        return not (entry is not None and r.values and entry.value not in r.values)


@dataclass(frozen=True)
class Lexeme:
    entry: TargetEntry
    pattern: regex.Pattern
    needles: tuple[str, ...] | None  # one must occur in the sentence's key (None: always try)


@dataclass(frozen=True)
class Context:
    cue: dict[str, list[Rule]]
    exclude: dict[str, list[Rule]]
    therapy: list[Rule]
    connectors: list[Rule]
    domains: list[Rule]
    ocr: list[Rule]
    labels: list[Rule] = field(default_factory=list)


# ------------------------------------------------------------------ pure helpers
def alias_key(alias: str) -> str:
    """The key two aliases clash on: case, spaces, hyphens and underscores dropped."""
    return regex.sub(r"[\s\-_]", "", alias).casefold()


def match_key(text: str) -> str:
    """What an alias's pattern needs to find in a sentence: the text case-folded,
    without the separators `alias_regex` lets stand between tokens."""
    return SEPARATORS.sub("", text).casefold()


def alias_needle(alias: str) -> str | None:
    """A string that occurs in `match_key` of any text the alias's pattern
    matches: the alias's key up to its first character outside ASCII and Han
    (a Greek letter may be spelled out; other case foldings may differ), or
    None when nothing is left."""
    key = match_key(alias)
    cut = next((i for i, ch in enumerate(key) if not (ch.isascii() or HAN.match(ch))), len(key))
    return key[:cut] or None


def alias_regex(alias: str, greek: dict[str, str]) -> str:
    """A tolerant pattern for one alias: any case; an optional space or hyphen
    between letters (Latin or Chinese) and digits; Greek letters as written, spelled out or in
    LaTeX; white space allowed next to Chinese characters and punctuation."""
    tokens = [(m.lastgroup, m.group()) for m in ALIAS_TOKEN.finditer(alias)]
    out: list[str] = []
    prev: str | None = None
    for i, (kind, text) in enumerate(tokens):
        nxt = tokens[i + 1][0] if i + 1 < len(tokens) else None
        if kind == "sep":
            out.append(r"[\s\-$]*" if "grk" in (prev, nxt) else r"\s*-?\s*")
            prev = kind
            continue
        if prev is not None and prev != "sep":
            if "grk" in (prev, kind):
                out.append(r"[\s\-$]*")
            elif prev in ALNUM and kind in ALNUM:
                out.append(r"[\s\-]?")
            elif {prev, kind} == {"han", "dig"}:  # 程序性死亡受体-1
                out.append(r"\s*-?\s*")
            else:
                out.append(r"\s*")
        if kind == "grk":
            out.append(greek.get(text, regex.escape(text)))
        elif kind == "dig":
            out.append(regex.escape(text))
        elif kind == "oth" and text == "/":
            out.append(r"\s*/\s*")
        else:
            out.append(regex.escape(text))
        prev = kind
    body = "".join(out)
    first, last = tokens[0][0], tokens[-1][0]
    before = LATIN_BEFORE if first in ALNUM else ""
    after = LATIN_AFTER if last in ALNUM else ""
    return f"{before}(?i:{body}){after}"


def repair_ocr(text: str, rules: list[Rule]) -> str:
    """``text`` with one-character OCR slips replaced; the length never changes."""
    for item in rules:
        rep = item.rule.replace or ""
        text = item.pattern.sub(lambda m, rep=rep: rep * len(m.group()), text)
    return text


def clause_spans(text: str) -> list[tuple[int, int]]:
    """Clauses: cut at 。;!? and at commas/colons outside brackets."""
    spans: list[tuple[int, int]] = []
    depth = 0
    start = 0
    for i, ch in enumerate(text):
        if ch in OPEN:
            depth += 1
        elif ch in CLOSE:
            depth = max(0, depth - 1)
        elif depth == 0 and CLAUSE_END.match(text, i):
            spans.append((start, i + 1))
            start = i + 1
    spans.append((start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def after_views(text: str) -> list[str]:
    """The text after a mention as read (leading white space dropped), and with a
    leading bracketed gloss and closing brackets dropped (``CD25 (IL-2Rα) 表达``)."""
    raw = text.lstrip()
    stripped = LEAD_CLOSE.sub("", LEAD_PAREN.sub("", raw)).lstrip()
    return [raw] if stripped == raw else [raw, stripped]


def before_views(text: str) -> list[str]:
    raw = text.rstrip()
    stripped = TRAIL_OPEN.sub("", raw)
    return [raw] if stripped == raw else [raw, stripped]


def mask(text: str, spans: list[Candidate]) -> str:
    """``text`` with every candidate span written as MASK characters."""
    chars = list(text)
    for c in spans:
        chars[c.start:c.end] = MASK * (c.end - c.start)
    return "".join(chars)


def sentence_kind(sent: Sentence, masked: str = "", labels: list[Rule] | None = None) -> str:
    """The kind a `kind` cue sees: ``table`` for a table row (a header row is no
    heading), ``title`` for a body sentence that reads as the document title,
    ``label`` for a body sentence that is only a run-in heading naming molecules
    (``EGFRvIII.``, ``GD2 and B7-H3 in children.``: ``masked`` matches a label rule)."""
    if sent.row is not None:
        return "table"
    if (sent.kind == "body" and sent.nstart < TITLE_WITHIN and len(sent.norm) <= TITLE_MAX
            and not SENTENCE_STOP.search(sent.norm)):
        return "title"
    if sent.kind == "body" and any(r.applies(sent.lang) and r.pattern.search(masked)
                                   for r in labels or ()):
        return "label"
    return sent.kind


def han_edges_ok(tokens: list[tuple[int, int]], text: str, start: int, end: int) -> bool:
    """A match that starts or ends with a Chinese character must not cut a jieba word."""
    for s, e in tokens:
        if HAN.match(text[start]) and s < start < e:
            return False
        if HAN.match(text[end - 1]) and s < end < e:
            return False
    return True


# ------------------------------------------------------------------ the extractor
@dataclass
class Candidate:
    start: int
    end: int
    entry: TargetEntry
    group: int = 0
    trigger: str | None = None


@dataclass
class Group:
    members: list[Candidate] = field(default_factory=list)
    cue: str | None = None

    @property
    def start(self) -> int:
        return self.members[0].start

    @property
    def end(self) -> int:
        return self.members[-1].end


class TargetExtractor:
    def __init__(self, lexemes: list[Lexeme], context: Context, tokenizer: HanTokenizer) -> None:
        self.lexemes = lexemes
        self.ctx = context
        self.tokenizer = tokenizer
        self.always = [i for i, lex in enumerate(lexemes) if lex.needles is None]
        self.needles = ahocorasick.Automaton()
        owners: dict[str, list[int]] = {}
        for i, lex in enumerate(lexemes):
            for needle in lex.needles or ():
                owners.setdefault(needle, []).append(i)
        for needle, indexes in owners.items():
            self.needles.add_word(needle, tuple(indexes))
        self.needles.make_automaton()

    # -- candidates
    def candidates(self, text: str) -> list[Candidate]:
        found: list[Candidate] = []
        tried = set(self.always)  # lexemes whose needle occurs: the rest cannot match
        tried.update(i for _, indexes in self.needles.iter(match_key(text)) for i in indexes)
        for i in sorted(tried):
            lex = self.lexemes[i]
            for m in lex.pattern.finditer(text):
                if m.end() > m.start():
                    found.append(Candidate(m.start(), m.end(), lex.entry))
        found.sort(key=lambda c: (-(c.end - c.start), c.start))
        kept: list[Candidate] = []
        tokens: list[tuple[int, int]] | None = None
        for cand in found:
            if any(cand.start < k.end and k.start < cand.end for k in kept):
                continue
            if HAN.match(text[cand.start]) or HAN.match(text[cand.end - 1]):
                if tokens is None:
                    tokens = self.tokenizer.tokens(text)
                if not han_edges_ok(tokens, text, cand.start, cand.end):
                    continue
            kept.append(cand)
        kept.sort(key=lambda c: c.start)
        return kept

    def groups(self, text: str, cands: list[Candidate], sent: Sentence) -> list[Group]:
        groups: list[Group] = []
        for cand in cands:
            if groups:
                prev = groups[-1].members[-1]
                gap = text[prev.end:cand.start]
                same_cell = sent.cell_at(prev.start) is sent.cell_at(cand.start)
                link = self.connector(gap) if same_cell else None
                if link is not None:
                    groups[-1].members.append(cand)
                    if link.rule.implies_cue and groups[-1].cue is None:
                        groups[-1].cue = link.rule.id
                    continue
            groups.append(Group([cand]))
        return groups

    def connector(self, gap: str) -> Rule | None:
        for item in self.ctx.connectors:
            if item.pattern.search(gap):
                return item
        return None

    # -- context tests
    def side_match(self, rules: list[Rule], side: str, text: str, lang: str,
                   entry: TargetEntry) -> str | None:
        views = after_views(text) if side == "after" else before_views(text)
        for item in rules:
            if item.applies(lang, entry) and any(item.pattern.search(v) for v in views):
                return item.rule.id
        return None

    def construct(self, text: str, cand: Candidate) -> tuple[int, int, Rule] | None:
        """The hyphenated chain around a mention (``PD-1-NKG2D-41BB``) and the domain
        rule it contains, if it contains a signalling/construct token."""
        s, e = cand.start, cand.end
        while s > 0 and CHAIN_CHARS.match(text[s - 1]):
            s -= 1
        while e < len(text) and CHAIN_CHARS.match(text[e]):
            e += 1
        if (s, e) == (cand.start, cand.end):
            return None
        rest = text[s:cand.start] + " " + text[cand.end:e]
        for item in self.ctx.domains:
            if item.pattern.search(rest):
                return s, e, item
        return None

    def in_construct(self, text: str, cand: Candidate) -> bool:
        """A construct part: any member of a chain but a leading antigen."""
        chain = self.construct(text, cand)
        if chain is None:
            return False
        s, _, item = chain
        return not (s == cand.start and cand.entry.role in item.rule.roles)

    def exclusion(self, text: str, masked: str, cand: Candidate, group: Group, clause: str,
                  lang: str, *, soft: bool) -> str | None:
        """The id of an exclusion of this strength that applies, if any. Windows are
        read from ``masked``: the text with every lexicon match masked."""
        e = cand.entry
        rules = {side: [r for r in items if r.rule.soft == soft]
                 for side, items in self.ctx.exclude.items()}
        lo = max(0, cand.start - WINDOW)
        glo = max(0, group.start - WINDOW)
        # a soft exclusion reads on to the sentence end (also around the mention), so that
        # its look-ahead for a later `…, which makes it an attractive CAR target` sees the
        # whole sentence
        ahead = len(masked) if soft else WINDOW
        found = (
            self.side_match(rules.get("before", []), "before", masked[lo:cand.start], lang, e)
            or self.side_match(rules.get("before", []), "before", masked[glo:group.start],
                               lang, e)
            or self.side_match(rules.get("after", []), "after",
                               masked[cand.end:cand.end + ahead], lang, e)
            or self.side_match([r for r in rules.get("after", []) if r.rule.unit == "group"],
                               "after", masked[group.end:group.end + ahead], lang, e))
        if found:
            return found
        around = masked[lo:cand.start] + MARK_TEXT + masked[cand.end:cand.end + ahead]
        for side, scope in (("around", around), ("clause", clause)):
            for item in rules.get(side, []):
                if item.applies(lang, e) and item.pattern.search(scope):
                    return item.rule.id
        if not soft and self.in_construct(text, cand):
            return "construct-chain"
        return None

    def local_cue(self, text: str, cand: Candidate, group: Group, lang: str) -> str | None:
        """A cue next to the mention or its list, or a `×` inside the list."""
        e = cand.entry
        chain = self.construct(text, cand)
        ends = [(cand.start, cand.end), (group.start, group.end)]
        if chain is not None:  # CD19-41BB-CD3ζ CAR: the cue follows the construct
            ends.append((cand.start, chain[1]))
        for start, end in ends:
            rule = (self.side_match(self.ctx.cue.get("before", []), "before",
                                    text[max(0, start - WINDOW):start], lang, e)
                    or self.side_match(self.ctx.cue.get("after", []), "after",
                                       text[end:end + WINDOW], lang, e))
            if rule:
                return rule
        return group.cue

    def scope_cue(self, cand: Candidate, scopes: dict[str, str], text: str, lang: str,
                  *, weak: bool) -> str | None:
        """A cue word in the clause, sentence or sentence kind. Strong: clause cues
        without `needs_therapy`; weak: the others."""
        therapy: bool | None = None
        for side, scope in scopes.items():
            for item in self.ctx.cue.get(side, []):
                is_weak = side != "clause" or item.rule.needs_therapy
                if is_weak != weak or not item.applies(lang, cand.entry):
                    continue
                if not item.pattern.search(scope):
                    continue
                if item.rule.needs_therapy:
                    if therapy is None:
                        therapy = any(t.pattern.search(text) for t in self.ctx.therapy)
                    if not therapy:
                        continue
                return item.rule.id
        return None

    def header_rule(self, kind: str, cell: Cell | None, lang: str) -> str | None:
        if cell is None or not cell.header:
            return None
        rules = (self.ctx.cue if kind == "cue" else self.ctx.exclude).get("header", [])
        for item in rules:
            if item.applies(lang) and item.pattern.search(cell.header):
                return item.rule.id
        return None

    # -- the decision
    def __call__(self, sent: Sentence) -> list[Mention]:
        text = repair_ocr(sent.norm, self.ctx.ocr)
        cands = self.candidates(text)
        if not cands:
            return []
        groups = self.groups(text, cands, sent)
        masked = mask(text, cands)
        spans = ([(c.start, c.end) for c in sent.cells] if sent.cells
                 else clause_spans(text))
        decided: list[tuple[Candidate, str | None, bool]] = []
        for group in groups:
            lo = min((s for s, e in spans if e > group.start), default=0)
            hi = max((e for s, e in spans if s < group.end), default=len(text))
            clause = text[min(lo, group.start):max(hi, group.end)]
            for cand in group.members:
                trigger, excluded = self.decide(text, masked, cand, group, clause, sent)
                decided.append((cand, trigger, excluded))
        kept_values = {c.entry.value for c, trigger, _ in decided if trigger}
        out: list[Mention] = []
        for cand, trigger, excluded in decided:
            if trigger is None and not excluded and cand.entry.value in kept_values:
                trigger = SAME_VALUE  # named as a target elsewhere in the sentence
            if trigger is None:
                continue
            e = cand.entry
            attrs: dict[str, object] = {"trigger": trigger}
            if e.hgnc:
                attrs["hgnc"] = ";".join(e.hgnc)
            out.append(Mention("target", e.value, cand.start, cand.end, f"target.{e.id}", attrs))
        return out

    def decide(self, text: str, masked: str, cand: Candidate, group: Group, clause: str,
               sent: Sentence) -> tuple[str | None, bool]:
        """``(trigger, excluded)``: the id of the rule that keeps the mention (None
        when it is not kept) and whether an exclusion dropped it."""
        lang = sent.lang
        cell = sent.cell_at(cand.start) if sent.cells else None
        if self.header_rule("exclude", cell, lang):
            return None, True
        header = self.header_rule("cue", cell, lang)
        if header:
            return header, False
        if self.exclusion(text, masked, cand, group, clause, lang, soft=False):
            return None, True
        scopes = {"clause": clause, "sentence": text,
                  "kind": sentence_kind(sent, masked, self.ctx.labels)}
        strong = (self.local_cue(text, cand, group, lang)
                  or self.scope_cue(cand, scopes, text, lang, weak=False))
        if strong:
            return strong, False
        if self.exclusion(text, masked, cand, group, clause, lang, soft=True):
            return None, True
        return self.scope_cue(cand, scopes, text, lang, weak=True), False

# ------------------------------------------------------------------ loading
def load_context(directory: Path) -> tuple[Context, dict[str, str]]:
    path = directory / CONTEXT_FILE
    entries = load_models(path, ContextRule)
    check_unique(path, [(line, r.id, r.id) for line, r in entries], "rule id")
    cue: dict[str, list[Rule]] = {}
    exclude: dict[str, list[Rule]] = {}
    therapy, connectors, domains, ocr, labels = [], [], [], [], []
    greek: dict[str, str] = {}
    for line, rule in entries:
        if rule.kind == "greek":
            compile_pattern(path, line, rule.id, rule.pattern)
            greek[rule.letter or ""] = rule.pattern
            continue
        pattern = rule.pattern.replace(MARK, regex.escape(MARK_TEXT))
        item = Rule(rule, compile_pattern(path, line, rule.id, pattern))
        if rule.kind == "cue":
            cue.setdefault(rule.side or "", []).append(item)
        elif rule.kind == "exclude":
            exclude.setdefault(rule.side or "", []).append(item)
        else:
            {"therapy": therapy, "connector": connectors, "domain": domains,
             "ocr": ocr, "label": labels}[rule.kind].append(item)
    return Context(cue, exclude, therapy, connectors, domains, ocr, labels), greek


def load_lexicon(directory: Path, greek: dict[str, str]) -> list[Lexeme]:
    path = directory / LEXICON_FILE
    entries = load_models(path, TargetEntry)
    check_unique(path, [(line, e.id, e.id) for line, e in entries], "rule id")
    check_unique(path, [(line, e.id, e.value) for line, e in entries], "value")
    check_unique(path, [(line, e.id, alias_key(a)) for line, e in entries for a in e.aliases()],
                 "alias")
    lexemes = []
    for line, entry in entries:
        for alias in entry.aliases():
            if not alias.strip():
                raise fail(path, line, "empty alias", entry.id)
        aliases = sorted(entry.aliases(), key=len, reverse=True)
        body = "|".join(alias_regex(a, greek) for a in aliases)
        needles = [alias_needle(a) for a in aliases]
        lexemes.append(Lexeme(entry, compile_pattern(path, line, entry.id, body),
                              None if None in needles else tuple(needles)))
    return lexemes


def build(directory: Path) -> TargetExtractor:
    context, greek = load_context(directory)
    return TargetExtractor(load_lexicon(directory, greek), context, shared_tokenizer(directory))
