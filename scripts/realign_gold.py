"""Move gold offsets from a plain-text source to the text the reader produces.

Gold for the corpus PDFs and HTML pages is annotated on the plain text they
were built from (scripts/corpus_sources/); the reader's text differs (page
breaks, rejoined lines, extracted tables). Each mention keeps its text and its
rank among equal texts; white space inside a mention may differ.

    python scripts/realign_gold.py corpora/gold/pending/X.jsonl SOURCE.txt corpora/X.pdf
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import regex

from extract.gold import GOLD_KEYS
from extract.read import read_document


def flexible(text: str) -> regex.Pattern:
    parts = [regex.escape(ch) for ch in text if not ch.isspace()]
    return regex.compile(r"\s*".join(parts))


def realign(mentions: list[dict], source: str, target: str) -> list[dict]:
    out = []
    for m in sorted(mentions, key=lambda m: m["start"]):
        pattern = flexible(m["text"])
        rank = sum(1 for x in pattern.finditer(source) if x.start() < m["start"])
        hits = list(pattern.finditer(target))
        if rank >= len(hits):
            raise SystemExit(f"cannot place {m['text']!r} (occurrence {rank + 1}) in the target")
        hit = hits[rank]
        out.append({**m, "start": hit.start(), "end": hit.end(), "text": hit.group()})
    return out


def main(gold: str, source: str, document: str) -> None:
    mentions = [json.loads(line) for line in Path(gold).read_text(encoding="utf-8").splitlines()
                if line.strip()]
    source_text = Path(source).read_text(encoding="utf-8")
    doc = read_document(Path(document), Path(document).name)
    moved = realign(mentions, source_text, doc.text)
    out = Path("corpora/gold/corpora") / f"{Path(document).name}.jsonl"
    out.write_text("".join(json.dumps({k: m.get(k) for k in GOLD_KEYS}, ensure_ascii=False) + "\n"
                           for m in moved), encoding="utf-8")
    print(f"{len(moved)} mentions -> {out}")


if __name__ == "__main__":
    main(*sys.argv[1:4])
