"""Command line: ``extract run`` and ``extract eval``."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from extract.messages import GoldError, RuleError
from extract.models import FIELDS

EXIT_OK = 0
EXIT_SOME_FAILED = 1  # some input files failed; records of the others were written
EXIT_USAGE = 2  # bad command line (typer's own code)
EXIT_BAD_RULES = 3  # a rule or gold file is invalid: nothing was run
EXIT_REGRESSION = 4  # `extract eval --check`: a field fell below the baseline

DEFAULT_INPUT = Path("corpora")
DEFAULT_OUT = Path("outputs")

app = typer.Typer(
    add_completion=False, no_args_is_help=True, rich_markup_mode=None,
    help="Extract trial IDs, targets, sample sizes, response rates and adverse events "
         "from Chinese and English papers on cell therapy and immunotherapy.")


def _fields(value: str | None) -> tuple[str, ...]:
    if not value:
        return FIELDS
    chosen = tuple(v.strip() for v in value.split(",") if v.strip())
    unknown = [f for f in chosen if f not in FIELDS]
    if unknown:
        raise typer.BadParameter(f"unknown field(s) {unknown}; choose from {', '.join(FIELDS)}")
    return chosen


@app.callback()
def _group() -> None:
    """Extract trial IDs, targets, sample sizes, response rates and adverse events
    from Chinese and English papers on cell therapy and immunotherapy."""


@app.command()
def run(
    inputs: Annotated[list[Path] | None, typer.Argument(
        metavar="INPUT", help="Files or folders (searched recursively) of .txt, .md, .html, "
                              ".htm and .pdf files. Default: corpora/.",
        show_default=False)] = None,
    out: Annotated[Path, typer.Option("--out", "-o", help="Output folder for records.csv, "
                                      "records.jsonl, errors.csv, documents.csv and "
                                      "summary.json.")] = DEFAULT_OUT,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=0, help="Worker processes; 0 means "
                                      "one per core.")] = 0,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or summary "
                                        "line.")] = False,
    include_references: Annotated[bool, typer.Option(
        "--include-references", help="Also extract from reference lists (skipped by "
                                     "default, as the annotation guide says).")] = False,
    fields: Annotated[str | None, typer.Option(
        help=f"Comma-separated fields to extract. Default: all ({','.join(FIELDS)}).",
        show_default=False)] = None,
    rules: Annotated[Path | None, typer.Option(
        help="Folder of rule files. Default: $EXTRACT_RULES if set, else rules/ of this "
             "checkout.", show_default=False)] = None,
) -> None:
    """Extract records from documents into OUT/records.csv (UTF-8 with BOM).

    Every input ends up either in the records or as a row of OUT/errors.csv;
    OUT/documents.csv has one row per input. Exit code 0 when every file was
    processed, 1 when some failed (the records of the others are still
    written), 2 on a bad command line, 3 when a rule file is invalid (the
    message names file:line).
    """
    from extract.batch import default_jobs, run_batch
    from extract.pipeline import Settings, init_worker

    settings = Settings(include_references=include_references, rules=rules,
                        fields=_fields(fields))
    try:
        init_worker(settings)  # validate every rule file; forked workers inherit it
    except RuleError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(EXIT_BAD_RULES) from None
    summary = run_batch(inputs or [DEFAULT_INPUT], out, settings=settings,
                        jobs=jobs or default_jobs(), quiet=quiet)
    if not quiet:
        per_field = ", ".join(f"{k} {v}" for k, v in summary["records_per_field"].items())
        typer.echo(
            f"{summary['files_processed']} of {summary['files_seen']} files processed, "
            f"{summary['files_failed']} failed; {summary['records']} records ({per_field}) "
            f"in {summary['seconds']:.1f} s -> {out / 'records.csv'}", err=True)
        if summary["files_failed"]:
            typer.echo(f"Errors: {summary['files_failed']} out of {summary['files_seen']} "
                       f"files; see {out / 'errors.csv'}", err=True)
    raise typer.Exit(EXIT_SOME_FAILED if summary["files_failed"] else EXIT_OK)


@app.command("eval")
def eval_(
    inputs: Annotated[list[Path] | None, typer.Argument(
        metavar="INPUT", help="Documents of the gold set (files or folders). Default: every "
                              "gold set of corpora/gold/sets.json whose documents are present "
                              "(the bundled corpora/ and the seeds in ../shared/seeds).",
        show_default=False)] = None,
    gold: Annotated[Path | None, typer.Option(
        help="Gold JSONL file or folder. Default: the gold set whose documents are INPUT.",
        show_default=False)] = None,
    pred: Annotated[Path | None, typer.Option(
        exists=True, dir_okay=False,
        help="Score this records.jsonl (of `extract run`) instead of running the pipeline.",
        show_default=False)] = None,
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder for eval.json and "
                                      "report.md (one subfolder per gold set).")] = Path(
                                          "outputs/eval"),
    fields: Annotated[str | None, typer.Option(
        help="Comma-separated fields to score. Default: all.", show_default=False)] = None,
    update_baseline: Annotated[bool, typer.Option(
        "--update-baseline", help="Write these scores to corpora/gold/baseline.json.")] = False,
    check: Annotated[bool, typer.Option(
        "--check", help="Exit with code 4 when a field's fact-level F1 is more than 0.01 "
                        "below the baseline (without it such fields are only listed on "
                        "stderr). Ignored with --update-baseline.")] = False,
) -> None:
    """Score the extractor against gold annotations: precision, recall and F1 per
    field and language, at the fact level (primary) and the mention level.

    Prints one table per gold set; writes OUT/<set>/eval.json and
    OUT/<set>/report.md listing every false positive and false negative with
    its sentence. The `vs base` column is the change against the committed
    baseline. Rules come from $EXTRACT_RULES if set, else rules/ of this
    checkout.

    Exit code 0 when scored, 2 on a bad command line, 3 when a gold or rule
    file is invalid (the message names file:line) or when INPUT or the gold
    folder is missing, 4 with --check when a field fell below the baseline.
    """
    from rich.console import Console
    from rich.table import Table

    from extract import evaluate as ev
    from extract.pipeline import Settings

    settings = Settings(fields=_fields(fields))
    root = ev.project_root()
    sets = ev.gold_sets()
    jobs: list[tuple[str, list[Path], Path]] = []
    if inputs or gold:
        name = None
        for set_name, spec in sets.items():
            if gold and (root / spec["gold"]).resolve() == gold.resolve():
                name = set_name
            folder = (root / spec["input"]).resolve()
            if inputs and len(inputs) == 1 and folder == inputs[0].resolve():
                name = set_name
        if name and not gold:
            gold = root / sets[name]["gold"]
        if name and not inputs:
            inputs = [root / sets[name]["input"]]
        if not gold or not inputs:
            raise typer.BadParameter("give both INPUT and --gold for a gold set not listed in "
                                     "corpora/gold/sets.json")
        jobs.append((name or gold.stem, list(inputs), gold))
    else:
        for set_name, spec in sets.items():
            folder = root / spec["input"]
            if folder.exists():
                jobs.append((set_name, [folder], root / spec["gold"]))
            else:
                typer.echo(f"note: gold set {set_name!r} skipped: {folder} not found", err=True)
    console = Console(width=None if sys.stdout.isatty() else 150)
    baseline = ev.load_baseline()
    results = []
    failed: list[str] = []
    for name, set_inputs, set_gold in jobs:
        result = ev.evaluate(name, set_inputs, set_gold, pred=pred, settings=settings)
        results.append(result)
        table = Table(title=f"{name}: {len(result.docs)} documents (fact level; m.* = mention "
                            f"level)", title_justify="left")
        for column in ev.table_header(result):
            table.add_column(column, justify="left" if column == "field" else "right")
        for row in ev.table_rows(result, baseline):
            table.add_row(*row)
        console.print(table)
        ev.write_outputs(result, out / name, baseline)
        console.print(f"report: {out / name / 'report.md'}")
        failed += ev.regressions(result, baseline)
    if update_baseline:
        path = ev.update_baseline(results)
        console.print(f"baseline written: {path}")
    elif failed:
        for line in failed:
            typer.echo(f"regression: {line}", err=True)
        if check:
            raise typer.Exit(EXIT_REGRESSION)


@app.command("import-gold")
def import_gold(
    source: Annotated[Path, typer.Argument(help="A brat .ann file or a Label Studio JSON "
                                                 "export.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder to write "
                                      "<doc_id>.jsonl gold files into.")],
    doc_id: Annotated[str | None, typer.Option(
        help="doc_id for a brat file. Default: the .ann name with .txt.",
        show_default=False)] = None,
) -> None:
    """Convert brat standoff or a Label Studio export to gold JSONL.

    The canonical value and attributes come from a note on each span:
    `value=CD19`, `value=CRS 2; event=CRS; grade=2; negated=false` (brat
    AnnotatorNotes, or a Label Studio textarea/meta text on the region).
    """
    from collections import defaultdict

    from extract.gold import dump_gold, import_brat, import_label_studio
    from extract.write import write_text_atomic

    if source.suffix == ".ann":
        mentions = import_brat(source, doc_id or source.with_suffix(".txt").name)
    else:
        mentions = import_label_studio(source)
    by_doc = defaultdict(list)
    for m in mentions:
        by_doc[m.doc_id].append(m)
    out.mkdir(parents=True, exist_ok=True)
    for doc, items in sorted(by_doc.items()):
        write_text_atomic(out / f"{doc.replace('/', '__')}.jsonl", dump_gold(items))
    typer.echo(f"{len(mentions)} mentions of {len(by_doc)} documents written to {out}")


def main() -> None:
    try:
        app()
    except (RuleError, GoldError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        sys.exit(EXIT_BAD_RULES)
