"""A thin spaCy wrapper: the ``extract`` pipe puts every mention of the
extractor into ``doc.spans["extract"]`` (label = field), with the record on
``span._.extract`` (value, attributes, rule). The extraction itself is the
package's pipeline; this module only adapts it (scispaCy style).

    import spacy
    import extract.spacy_component  # registers the factory
    nlp = spacy.blank("zh")
    nlp.add_pipe("extract")
    doc = nlp("靶向 CD19 的 CAR-T 治疗 44 例患者。")
    [(s.text, s.label_, s._.extract["value"]) for s in doc.spans["extract"]]
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from extract.models import Document
from extract.pipeline import Pipeline, Settings

SPAN_KEY = "extract"

if not Span.has_extension("extract"):
    Span.set_extension("extract", default=None)


class ExtractComponent:
    def __init__(self, *, include_references: bool = False) -> None:
        self.pipeline = Pipeline(Settings(include_references=include_references))

    def __call__(self, doc: Doc) -> Doc:
        records = self.pipeline.process(Document("spacy", doc.text, fmt="text"))
        spans = []
        for record in records:
            span = doc.char_span(record.start, record.end, label=record.field,
                                 alignment_mode="expand")
            if span is None:
                continue
            span._.extract = record.model_dump(exclude={"doc_id", "sentence"})
            spans.append(span)
        doc.spans[SPAN_KEY] = spans
        return doc


@Language.factory("extract", default_config={"include_references": False})
def make_extract(nlp: Language, name: str, include_references: bool) -> ExtractComponent:
    return ExtractComponent(include_references=include_references)
