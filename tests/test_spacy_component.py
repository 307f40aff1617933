"""The spaCy wrapper on blank pipelines (no model download)."""

import pytest

from extract.models import Document

spacy = pytest.importorskip("spacy")

import extract.spacy_component  # noqa: E402,F401  (registers the factory)


@pytest.mark.parametrize(
    ("lang", "text", "must_have"),
    [
        ("en", "The trial NCT03056339 enrolled 11 patients.", ("trial_id", "NCT03056339")),
        ("zh", "该试验（NCT03548207）纳入 97 例患者。", ("sample_size", "97")),
    ],
)
def test_spans_are_the_pipeline_records(pipeline, lang, text, must_have) -> None:
    config = {"nlp": {"tokenizer": {"segmenter": "jieba"}}} if lang == "zh" else {}
    nlp = spacy.blank(lang, config=config)
    nlp.add_pipe("extract")
    doc = nlp(text)
    got = {(s.text, s.label_, s._.extract["value"]) for s in doc.spans["extract"]}
    records = pipeline.process(Document("t", text, fmt="text"))
    assert got == {(r.text, r.field, r.value) for r in records}
    assert must_have in {(label, value) for _, label, value in got}
