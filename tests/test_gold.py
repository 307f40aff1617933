"""Gold loading: validation with file:line, imports from brat and Label Studio."""

import json
from pathlib import Path

import pytest

from extract.gold import import_brat, import_label_studio, load_gold
from extract.messages import GoldError

TEXT = "靶向 CD19 的 CAR-T 治疗 44 例患者，未发生 CRS。"


def line(**kw) -> str:
    base = {"doc_id": "a.txt", "field": "target", "start": 3, "end": 7, "text": "CD19",
            "value": "CD19", "metric": None, "percent": None, "numerator": None,
            "denominator": None, "event": None, "grade": None, "negated": None}
    base.update(kw)
    return json.dumps(base, ensure_ascii=False)


def write(tmp_path: Path, *lines: str) -> Path:
    path = tmp_path / "a.txt.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_good_gold_loads(tmp_path: Path) -> None:
    path = write(tmp_path, line(), line(field="adverse_event", start=30, end=33, text="CRS",
                                        value="no CRS", event="CRS", negated=True))
    gold = load_gold(path, {"a.txt": TEXT})
    assert [g.value for g in gold] == ["CD19", "no CRS"]


@pytest.mark.parametrize(
    ("bad", "what"),
    [
        (line(start=2, end=6), "offsets 2-6 give ' CD1', not 'CD19'"),
        (line(field="sample_size", value="44例"), "not a positive integer"),
        (line(field="response_rate", value="ORR 92.9", metric="XYZ", percent=92.9), "metric"),
        (line(field="response_rate", value="ORR 92.90", metric="ORR", percent=92.9),
         "should be 'ORR 92.9'"),
        (line(field="adverse_event", value="CRS", event="CRS", negated=True), "should be 'no CRS'"),
        (line(field="adverse_event", value="CRS 6", event="CRS", grade="6", negated=False),
         "grade"),
        (line(field="colour"), "field"),
        ("{not json", "not valid JSON"),
    ],
)
def test_bad_gold_line_names_file_and_line(tmp_path: Path, bad: str, what: str) -> None:
    path = write(tmp_path, line(), bad)
    with pytest.raises(GoldError) as info:
        load_gold(path, {"a.txt": TEXT})
    assert f"{path}:2" in str(info.value)
    assert what in str(info.value)


def test_unknown_target_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, line(value="CD999"))
    with pytest.raises(GoldError, match="not a canonical target"):
        load_gold(path, {"a.txt": TEXT}, allowed_targets={"CD19"})


def test_import_brat(tmp_path: Path) -> None:
    ann = tmp_path / "a.ann"
    ann.write_text("T1\ttarget 3 7\tCD19\nT2\tadverse_event 30 33\tCRS\n"
                   "#1\tAnnotatorNotes T2\tvalue=no CRS; event=CRS; negated=true\n",
                   encoding="utf-8")
    gold = import_brat(ann, "a.txt")
    assert [(g.field, g.value, g.negated) for g in gold] == [("target", "CD19", None),
                                                             ("adverse_event", "no CRS", True)]


def test_import_label_studio(tmp_path: Path) -> None:
    export = [{"id": 1, "data": {"doc_id": "a.txt", "text": TEXT}, "annotations": [{"result": [
        {"id": "r1", "type": "labels", "value": {"start": 19, "end": 23, "text": "44 例",
                                                 "labels": ["sample_size"]}},
        {"id": "r1", "type": "textarea", "value": {"text": ["value=44"]}},
    ]}]}]
    path = tmp_path / "export.json"
    path.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
    gold = import_label_studio(path)
    assert [(g.doc_id, g.field, g.value, g.start) for g in gold] == [("a.txt", "sample_size",
                                                                      "44", 19)]
