"""Gold annotations: JSONL standoff (one mention a line), validated on load.

Also imports brat standoff (``.ann``) and Label Studio JSON exports. Any bad
line fails with ``file:line: what`` (E301).
"""

from __future__ import annotations

import json
from pathlib import Path

import regex
from pydantic import BaseModel, ConfigDict, ValidationError, field_validator, model_validator

from extract.messages import GoldError, Msg
from extract.models import Field
from extract.numbers import format_percent

METRICS = ("ORR", "CR", "PR", "SD", "DCR", "MRD-CR", "OTHER")
EVENTS = ("CRS", "ICANS", "neurotoxicity", "GVHD", "neutropenia", "thrombocytopenia", "anemia",
          "myelosuppression", "infection", "fever", "chills", "HLH", "TLS", "death", "AE")
TRIAL_ID = regex.compile(r"[A-Za-z0-9][A-Za-z0-9/-]*\d")
GRADE = regex.compile(r"^(?:[1-5]|[1-5]-[1-5]|>=[1-5])$")
GOLD_KEYS = ("doc_id", "field", "start", "end", "text", "value", "metric", "percent", "numerator",
             "denominator", "event", "grade", "negated")


def rate_value(metric: str, percent: float | None, numerator: int | None) -> str:
    if percent is not None:
        return f"{metric} {format_percent(percent)}"
    return f"{metric} n={numerator}"


def event_value(event: str, grade: str | None, negated: bool) -> str:
    return ("no " if negated else "") + event + (f" {grade}" if grade else "")


class GoldMention(BaseModel):
    model_config = ConfigDict(extra="forbid")

    doc_id: str
    field: Field
    start: int
    end: int
    text: str
    value: str
    metric: str | None = None
    percent: float | None = None
    numerator: int | None = None
    denominator: int | None = None
    event: str | None = None
    grade: str | None = None
    negated: bool | None = None

    @field_validator("value", mode="before")
    @classmethod
    def _integer_value(cls, value: object) -> object:
        """A sample size may be written as a JSON number."""
        return str(value) if isinstance(value, int) and not isinstance(value, bool) else value

    @model_validator(mode="after")
    def _check(self) -> GoldMention:
        if not 0 <= self.start < self.end:
            raise ValueError(f"bad span {self.start}-{self.end}")
        if self.field == "trial_id" and not TRIAL_ID.fullmatch(self.value):
            raise ValueError(f"trial_id value {self.value!r} is not a compact registry ID")
        if self.field == "sample_size" and not regex.fullmatch(r"[1-9]\d*", self.value):
            raise ValueError(f"sample_size value {self.value!r} is not a positive integer")
        if self.field == "response_rate":
            if self.metric not in METRICS:
                raise ValueError(f"metric {self.metric!r} not one of {', '.join(METRICS)}")
            if self.percent is None and self.numerator is None:
                raise ValueError("response_rate needs a percent or a numerator")
            expected = rate_value(self.metric, self.percent, self.numerator)
            if self.value != expected:
                raise ValueError(f"value {self.value!r} should be {expected!r}")
        if self.field == "adverse_event":
            if self.event not in EVENTS:
                raise ValueError(f"event {self.event!r} not one of {', '.join(EVENTS)}")
            if self.grade is not None and not GRADE.match(self.grade):
                raise ValueError(f"grade {self.grade!r} is not like 2, 1-3 or >=3")
            if self.negated is None:
                raise ValueError("adverse_event needs negated true/false")
            expected = event_value(self.event, self.grade, self.negated)
            if self.value != expected:
                raise ValueError(f"value {self.value!r} should be {expected!r}")
        return self


def _fail(path: Path, line: int, what: str) -> GoldError:
    return GoldError(Msg.E301.format(where=f"{path}:{line}", what=what))


def gold_files(gold: Path) -> list[Path]:
    if gold.is_file():
        return [gold]
    if gold.is_dir():
        return sorted(gold.rglob("*.jsonl"))
    raise GoldError(Msg.E301.format(where=str(gold), what="gold file or folder not found"))


def load_gold(gold: Path, texts: dict[str, str] | None = None,
              allowed_targets: set[str] | None = None) -> list[GoldMention]:
    """Load and validate gold JSONL. With ``texts`` (doc_id -> text as read),
    every span must give its ``text``; with ``allowed_targets``, every target
    value must be one of them."""
    out: list[GoldMention] = []
    for path in gold_files(gold):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            try:
                mention = GoldMention.model_validate(json.loads(line))
            except json.JSONDecodeError as exc:
                raise _fail(path, number, f"not valid JSON: {exc.msg}") from None
            except ValidationError as exc:
                what = "; ".join(f"{'.'.join(map(str, e['loc'])) or 'line'}: {e['msg']}"
                                 for e in exc.errors())
                raise _fail(path, number, what) from None
            if allowed_targets is not None and mention.field == "target" \
                    and mention.value not in allowed_targets:
                raise _fail(path, number, f"target {mention.value!r} is not a canonical target "
                                          f"of rules/targets.yaml")
            if texts is not None:
                if mention.doc_id not in texts:
                    raise _fail(path, number, f"document {mention.doc_id!r} not found in the input")
                got = texts[mention.doc_id][mention.start:mention.end]
                if got != mention.text:
                    raise _fail(path, number, f"offsets {mention.start}-{mention.end} give "
                                              f"{got!r}, not {mention.text!r}")
            out.append(mention)
    return out


def annotated_docs(gold: Path) -> set[str]:
    """doc_ids with a gold file (an empty file means: annotated, nothing found)."""
    return {path.name[:-len(".jsonl")] for path in gold_files(gold)}


def dump_gold(mentions: list[GoldMention]) -> str:
    return "".join(json.dumps({k: getattr(m, k) for k in GOLD_KEYS}, ensure_ascii=False) + "\n"
                   for m in mentions)


# ------------------------------------------------------------------ imports
def _attrs_from_note(note: str) -> dict[str, object]:
    """``value=CD19; grade=2; negated=true`` -> dict (numbers and booleans typed)."""
    attrs: dict[str, object] = {}
    for part in regex.split(r"[;\n]", note):
        if "=" not in part:
            continue
        key, raw = (s.strip() for s in part.split("=", 1))
        value: object = raw
        if raw.lower() in ("true", "false"):
            value = raw.lower() == "true"
        elif raw.lower() in ("", "null", "none"):
            value = None
        elif key in ("numerator", "denominator") and raw.isdigit():
            value = int(raw)
        elif key == "percent":
            value = float(raw)
        attrs[key] = value
    return attrs


def import_brat(ann_path: Path, doc_id: str) -> list[GoldMention]:
    """brat standoff: ``T1<TAB>target 10 14<TAB>CD19`` with the canonical value
    and attributes in an AnnotatorNotes line ``#1<TAB>AnnotatorNotes T1<TAB>value=CD19``."""
    spans: dict[str, tuple[int, str, int, int, str]] = {}
    notes: dict[str, str] = {}
    for number, line in enumerate(ann_path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.startswith("T"):
            try:
                tid, info, text = line.split("\t", 2)
                label, *offsets = info.replace(";", " ").split()
                start, end = int(offsets[0]), int(offsets[-1])
            except (ValueError, IndexError):
                raise _fail(ann_path, number,
                            "expected 'T<n>\\t<field> <start> <end>\\t<text>'") from None
            spans[tid] = (number, label, start, end, text)
        elif line.startswith("#"):
            parts = line.split("\t")
            if len(parts) == 3 and parts[1].startswith("AnnotatorNotes "):
                notes[parts[1].split()[1]] = parts[2]
    out = []
    for tid, (number, label, start, end, text) in spans.items():
        attrs = _attrs_from_note(notes.get(tid, ""))
        attrs.setdefault("value", text)
        try:
            out.append(GoldMention.model_validate(
                {"doc_id": doc_id, "field": label, "start": start, "end": end, "text": text,
                 **attrs}))
        except ValidationError as exc:
            raise _fail(ann_path, number, "; ".join(e["msg"] for e in exc.errors())) from None
    return sorted(out, key=lambda m: m.start)


def import_label_studio(path: Path) -> list[GoldMention]:
    """A Label Studio JSON export: each task's ``data`` has ``text`` and
    ``doc_id``; each labels region gives the field, and its ``meta.text`` (or
    a textarea result with the same id) gives ``value=...; grade=...``."""
    tasks = json.loads(path.read_text(encoding="utf-8"))
    out = []
    for number, task in enumerate(tasks, start=1):
        doc_id = task.get("data", {}).get("doc_id") or f"task-{task.get('id', number)}"
        for annotation in task.get("annotations", [])[:1]:
            notes: dict[str, str] = {}
            for result in annotation.get("result", []):
                if result.get("type") == "textarea":
                    notes[result["id"]] = "; ".join(result["value"].get("text", []))
            for result in annotation.get("result", []):
                if result.get("type") != "labels":
                    continue
                value = result["value"]
                note = notes.get(result.get("id", ""), "") or "; ".join(
                    result.get("meta", {}).get("text", []))
                attrs = _attrs_from_note(note)
                attrs.setdefault("value", value["text"])
                try:
                    out.append(GoldMention.model_validate(
                        {"doc_id": doc_id, "field": value["labels"][0], "start": value["start"],
                         "end": value["end"], "text": value["text"], **attrs}))
                except ValidationError as exc:
                    raise _fail(path, number, "; ".join(e["msg"] for e in exc.errors())) from None
    return sorted(out, key=lambda m: (m.doc_id, m.start))
