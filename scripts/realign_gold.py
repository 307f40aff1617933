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

CONTEXT = (40, 25, 15, 8, 4, 0)  # characters of context tried, widest first


def flexible(text: str) -> str:
    return r"\s*".join(regex.escape(ch) for ch in text if not ch.isspace())


def realign(mentions: list[dict], source: str, target: str) -> list[dict]:
    """Place each mention in ``target`` by its text and the widest context
    around it in ``source`` that occurs exactly once in ``target`` (white
    space ignored); with no context, by its rank among equal texts."""
    out = []
    for m in sorted(mentions, key=lambda m: m["start"]):
        mention = flexible(m["text"])
        hit = None
        for width in CONTEXT:
            left = flexible(source[max(0, m["start"] - width):m["start"]])
            right = flexible(source[m["end"]:m["end"] + width])
            pattern = regex.compile(f"{left}\\s*(?P<m>{mention})\\s*{right}")
            hits = list(pattern.finditer(target))
            if len(hits) == 1:
                hit = hits[0]
                break
        if hit is None:
            raise SystemExit(f"cannot place {m['text']!r} at {m['start']} in the target")
        out.append({**m, "start": hit.start("m"), "end": hit.end("m"), "text": hit.group("m")})
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
