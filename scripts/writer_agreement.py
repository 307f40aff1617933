"""Score one blind set's writer (their gold before adjudication) against the
adjudicated gold in the corpus, as a curator-vs-curator reference for the
extractor's own score on the same documents.

    python scripts/writer_agreement.py docs/blind/writer_gold/set53_kc.jsonl

The writer's lines are stored in the records format (`docs/blind/writer_gold/`,
count-only rates without a numerator dropped, as the scorer cannot load them);
the set's documents and adjudicated gold are the corpus files with the set's
prefix. Prints the `extract eval` table; add `--tool` to score the current
extractor on the same documents instead.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str]) -> int:
    writer = Path(argv[0])
    prefix = writer.stem.split("_")[-1]
    docs = sorted((ROOT / "corpora").glob(f"{prefix}_*"))
    gold_files = [ROOT / "corpora" / "gold" / "corpora" / f"{d.name}.jsonl" for d in docs]
    with tempfile.TemporaryDirectory() as tmp:
        gold = Path(tmp) / "gold.jsonl"
        gold.write_text("".join(g.read_text(encoding="utf-8") for g in gold_files),
                        encoding="utf-8")
        cmd = [sys.executable, "-m", "extract", "eval", *map(str, docs), "--gold", str(gold),
               "-o", str(Path(tmp) / "eval")]
        if "--tool" not in argv:
            cmd += ["--pred", str(writer)]
        return subprocess.call(cmd)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
