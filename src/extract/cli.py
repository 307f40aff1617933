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
        help="Files or folders (searched recursively) of .txt, .md, .html, .htm and .pdf "
             "files. Default: corpora/.", show_default=False)] = None,
    out: Annotated[Path, typer.Option("--out", "-o", help="Output folder for records.csv, "
                                      "records.jsonl, errors.csv and summary.json.")] = DEFAULT_OUT,
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
        help="Folder of rule files. Default: rules/ of this checkout.", show_default=False)] = None,
) -> None:
    """Extract records from documents into OUT/records.csv (UTF-8 with BOM).

    Every input ends up either in the records or as a row of OUT/errors.csv.
    Exit code 0 when every file was processed, 1 when some failed (the records
    of the others are still written), 3 when a rule file is invalid.
    """
    from extract.batch import default_jobs, run_batch
    from extract.pipeline import Pipeline, Settings

    settings = Settings(include_references=include_references, rules=rules,
                        fields=_fields(fields))
    try:
        Pipeline(settings)  # validate every rule file before starting workers
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


def main() -> None:
    try:
        app()
    except (RuleError, GoldError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        sys.exit(EXIT_BAD_RULES)
