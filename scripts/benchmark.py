"""Throughput benchmark (not part of pytest): the seeds (or any folder of text
files) copied until the corpus reaches SIZE megabytes, then `extract run` on
it with every core.

    python scripts/benchmark.py [--mb 20] [--source ../shared/seeds] [--jobs 0]
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=20.0, help="corpus size in MB (default 20)")
    parser.add_argument("--source", type=Path, default=ROOT.parent / "shared" / "seeds")
    parser.add_argument("--jobs", type=int, default=0, help="worker processes (0: all cores)")
    args = parser.parse_args()
    files = sorted(p for p in args.source.iterdir() if p.suffix in (".txt", ".md"))
    if not files:
        sys.exit(f"no .txt/.md files in {args.source}")
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        size, copy = 0, 0
        while size < args.mb * 1e6:
            for path in files:
                target = corpus / f"{copy:05d}_{path.name}"
                shutil.copyfile(path, target)
                size += target.stat().st_size
            copy += 1
        started = time.perf_counter()
        proc = subprocess.run([sys.executable, "-m", "extract", "run", str(corpus), "-o",
                               str(Path(tmp) / "out"), "-q", "--jobs", str(args.jobs)],
                              check=False)
        seconds = time.perf_counter() - started
        summary = json.loads((Path(tmp) / "out" / "summary.json").read_text(encoding="utf-8"))
    print(json.dumps({
        "files": summary["files_seen"], "megabytes": round(size / 1e6, 2),
        "seconds": round(seconds, 2), "mb_per_second": round(size / 1e6 / seconds, 3),
        "records": summary["records"], "jobs": summary["jobs"], "exit_code": proc.returncode,
    }, indent=2))


if __name__ == "__main__":
    main()
