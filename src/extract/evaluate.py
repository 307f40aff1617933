"""``extract eval``: run the pipeline (or read records.jsonl), score against
gold, print tables, write eval.json and a markdown report, compare with the
committed baseline."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from extract.gold import GoldMention, annotated_docs, load_gold
from extract.messages import GoldError
from extract.models import FIELDS, Document, Record, Sentence
from extract.pipeline import Pipeline, Settings, collect_inputs, init_worker
from extract.read import read_document
from extract.rules import rules_dir
from extract.score import Item, LevelResult, key_of, score
from extract.segment import sentence_lang
from extract.write import write_json_atomic, write_text_atomic

REGRESSION_TOLERANCE = 0.01  # a field may not lose more fact-level F1 than this
BASELINE_FILE = "corpora/gold/baseline.json"
SETS_FILE = "corpora/gold/sets.json"


def project_root() -> Path:
    return rules_dir().resolve().parent


def gold_sets() -> dict[str, dict[str, str]]:
    return json.loads((project_root() / SETS_FILE).read_text(encoding="utf-8"))


@dataclass
class EvalResult:
    name: str
    levels: dict[str, LevelResult]
    docs: list[str]
    unannotated: list[str]
    errors: list[str]


def _sentences_index(doc: Document, sents: list[Sentence]) -> list[tuple[int, int, str, str]]:
    """``(start, end, lang, sentence text)`` of each sentence, to place gold
    mentions in the report and the language columns."""
    return [(s.start, s.end, s.lang, doc.text[s.start:s.end]) for s in sents]


def _locate(index: list[tuple[int, int, str, str]], text: str, start: int) -> tuple[str, str]:
    for s, e, lang, sentence in index:
        if s <= start < e:
            return lang, sentence
    lo, hi = max(0, start - 60), start + 60
    return sentence_lang(text[lo:hi]), text[lo:hi]


def gold_item(m: GoldMention, lang: str, sentence: str) -> Item:
    return Item(m.doc_id, m.field, m.start, m.end,
                key_of(m.field, m.value, metric=m.metric, percent=m.percent,
                       numerator=m.numerator, event=m.event, grade=m.grade, negated=m.negated),
                frozenset({m.numerator}) if m.numerator is not None else frozenset(),
                lang, m.text, sentence, m.value)


def record_item(r: Record) -> Item:
    return Item(r.doc_id, r.field, r.start, r.end,
                key_of(r.field, r.value, metric=r.metric, percent=r.percent,
                       numerator=r.numerator, event=r.event, grade=r.grade, negated=r.negated),
                frozenset({r.numerator}) if r.numerator is not None else frozenset(),
                r.lang, r.text, r.sentence, r.value)


def evaluate(name: str, inputs: list[Path], gold_path: Path, *, pred: Path | None = None,
             settings: Settings | None = None) -> EvalResult:
    settings = settings or Settings()
    tasks, _, missing = collect_inputs(inputs)
    if missing:
        raise GoldError(f"E301 {missing[0].file}: input not found")
    docs = {}
    errors = []
    for path, doc_id in tasks:
        try:
            docs[doc_id] = read_document(Path(path), doc_id)
        except Exception as exc:  # reported in the table, like `extract run` does
            errors.append(f"{doc_id}: {exc}")
    texts = {d: doc.text for d, doc in docs.items()}
    targets = _canonical_targets()
    gold = load_gold(gold_path, texts, targets)
    # built after the gold is read (a bad gold file fails at once), and shared by
    # the gold sets of one run (`extract eval` scores corpora and seeds)
    pipeline = (Pipeline(settings, segment_only=True) if pred is not None
                else init_worker(settings))
    # a document with a gold file, or named by a line of a gold file that holds
    # several documents (`--gold all.jsonl`)
    annotated = (annotated_docs(gold_path) | {m.doc_id for m in gold}) & set(docs)
    records: list[Record] = []
    # each document is segmented once: the same sentences serve extraction and the report
    index_cache: dict[str, list[tuple[int, int, str, str]]] = {}
    if pred is not None:
        for line in pred.read_text(encoding="utf-8").splitlines():
            if line.strip():
                records.append(Record.model_validate_json(line))
    else:
        for doc_id in sorted(annotated):
            segmented = pipeline.sentences(docs[doc_id])
            index_cache[doc_id] = _sentences_index(docs[doc_id], segmented[0])
            records.extend(pipeline.process(docs[doc_id], segmented))
    gold_items = []
    for m in gold:
        if m.doc_id not in index_cache:
            index_cache[m.doc_id] = _sentences_index(docs[m.doc_id],
                                                     pipeline.sentences(docs[m.doc_id])[0])
        lang, sentence = _locate(index_cache[m.doc_id], texts[m.doc_id], m.start)
        gold_items.append(gold_item(m, lang, sentence))
    pred_items = [record_item(r) for r in records if r.field in settings.fields]
    levels = score(gold_items, pred_items, fields=settings.fields, docs=annotated)
    return EvalResult(name, levels, sorted(annotated), sorted(set(docs) - annotated), errors)


def _canonical_targets() -> set[str] | None:
    path = rules_dir() / "targets.yaml"
    if not path.is_file():
        return None
    import yaml

    return {e["value"] for e in yaml.safe_load(path.read_text(encoding="utf-8")) or []
            if isinstance(e, dict) and "value" in e}


# ------------------------------------------------------------------ output
def as_json(result: EvalResult) -> dict:
    out: dict = {"set": result.name, "documents": len(result.docs),
                 "unannotated": result.unannotated, "read_errors": result.errors}
    for level, lr in result.levels.items():
        out[level] = {
            "fields": {f: c.as_dict() for f, c in lr.by_field.items()},
            "fields_by_lang": {f"{f}/{lang}": c.as_dict()
                               for (f, lang), c in sorted(lr.by_field_lang.items())},
            "micro": lr.micro().as_dict(),
            "macro_f1": round(lr.macro_f1(), 4),
        }
    return out


def load_baseline() -> dict:
    path = project_root() / BASELINE_FILE
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}


def baseline_entry(result: EvalResult) -> dict:
    return {f: {"fact_f1": round(result.levels["fact"].by_field[f].f1, 4),
                "mention_f1": round(result.levels["mention"].by_field[f].f1, 4)}
            for f in result.levels["fact"].by_field}


def update_baseline(results: list[EvalResult]) -> Path:
    data = load_baseline()
    for result in results:
        data[result.name] = baseline_entry(result)
    path = project_root() / BASELINE_FILE
    write_json_atomic(path, data)
    return path


def regressions(result: EvalResult, baseline: dict) -> list[str]:
    """Fields whose fact-level F1 fell more than the tolerance below the baseline."""
    base = baseline.get(result.name, {})
    out = []
    for f, entry in base.items():
        counts = result.levels["fact"].by_field.get(f)
        if counts is None:
            continue
        if counts.f1 < entry["fact_f1"] - REGRESSION_TOLERANCE:
            out.append(f"{result.name}/{f}: fact F1 {counts.f1:.3f} < baseline "
                       f"{entry['fact_f1']:.3f} - {REGRESSION_TOLERANCE}")
    return out


def table_rows(result: EvalResult, baseline: dict) -> list[list[str]]:
    base = baseline.get(result.name, {})
    rows = []
    fact, mention = result.levels["fact"], result.levels["mention"]
    langs = sorted({lang for _, lang in fact.by_field_lang})
    for f in list(fact.by_field) + ["micro"]:
        fc = fact.micro() if f == "micro" else fact.by_field[f]
        mc = mention.micro() if f == "micro" else mention.by_field[f]
        delta = ""
        if f in base:
            d = fc.f1 - base[f]["fact_f1"]
            delta = f"{d:+.3f}" if abs(d) >= 0.0005 else "="
        by_lang = []
        for lang in langs:
            c = fact.micro(lang) if f == "micro" else fact.by_field_lang.get((f, lang))
            by_lang.append(f"{c.f1:.3f}" if c and (c.n_gold or c.n_pred) else "-")
        if not (fc.n_gold or fc.n_pred):
            rows.append([f, "0", "0", "-", "-", "-", delta, *by_lang, "0", "-", "-", "-"])
            continue
        rows.append([f, str(fc.n_gold), str(fc.n_pred), f"{fc.precision:.3f}",
                     f"{fc.recall:.3f}", f"{fc.f1:.3f}", delta, *by_lang,
                     str(mc.n_gold), f"{mc.precision:.3f}", f"{mc.recall:.3f}", f"{mc.f1:.3f}"])
    rows.append(["macro", "", "", "", "", f"{fact.macro_f1():.3f}", "", *[""] * len(langs),
                 "", "", "", f"{mention.macro_f1():.3f}"])
    return rows


def table_header(result: EvalResult) -> list[str]:
    langs = sorted({lang for _, lang in result.levels["fact"].by_field_lang})
    return ["field", "gold", "pred", "P", "R", "F1", "vs base", *[f"F1 {lg}" for lg in langs],
            "m.gold", "m.P", "m.R", "m.F1"]


def markdown_table(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(lines)


def markdown_report(result: EvalResult, baseline: dict) -> str:
    parts = [f"# Evaluation: {result.name}", "",
             f"{len(result.docs)} annotated documents. Fact level is primary (columns "
             "gold/pred/P/R/F1 count distinct facts per document); m.* columns are the mention "
             "level (same key, overlapping span). `vs base` is the change of fact F1 against "
             "corpora/gold/baseline.json.", "",
             markdown_table(table_header(result), table_rows(result, baseline)), ""]
    if result.unannotated:
        parts += ["Not scored (no gold file): " + ", ".join(result.unannotated), ""]
    if result.errors:
        parts += ["Read errors: " + "; ".join(result.errors), ""]
    for level in ("fact", "mention"):
        lr = result.levels[level]
        for title, items in (("False positives", lr.false_positives),
                             ("False negatives", lr.false_negatives)):
            parts += [f"## {title} ({level} level): {len(items)}", ""]
            for it in sorted(items, key=lambda i: (i.field, i.doc_id, i.start)):
                sentence = " ".join(it.sentence.split())[:300].replace("|", "\\|")
                parts.append(f"- **{it.field}** `{it.value}` — {it.doc_id} "
                             f"[{it.start}:{it.end}] «{it.text}» — {sentence}")
            parts.append("")
    return "\n".join(parts)


def write_outputs(result: EvalResult, outdir: Path, baseline: dict) -> None:
    outdir.mkdir(parents=True, exist_ok=True)
    data = as_json(result)
    data["baseline"] = baseline.get(result.name)
    data["regressions"] = regressions(result, baseline)
    write_json_atomic(outdir / "eval.json", data)
    write_text_atomic(outdir / "report.md", markdown_report(result, baseline))


__all__ = ["FIELDS", "evaluate", "gold_sets", "regressions", "update_baseline", "load_baseline",
           "write_outputs", "table_rows", "table_header"]
