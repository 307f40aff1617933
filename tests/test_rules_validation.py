"""A bad rule fails on load with file:line, rule id and what is wrong."""

from pathlib import Path

import pytest

from extract.fields import trial_id
from extract.messages import RuleError
from extract.segment import load_section_rules

GOOD = """- id: nct
  registry: ClinicalTrials.gov
  prefix: NCT
  pattern: 'NCT\\d{8}'
"""


def write(tmp_path: Path, name: str, text: str) -> Path:
    (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(
    ("text", "where", "what"),
    [
        (GOOD + "- id: bad\n  registry: X\n  pattern: 'NCT(\\d'\n", ":5:", "bad regular expression"),
        (GOOD + "- id: nct\n  registry: X\n  pattern: 'X'\n", ":5:", "duplicate rule id"),
        (GOOD + "- id: extra\n  registry: X\n  pattern: 'X'\n  colour: red\n", ":5:", "colour"),
        (GOOD + "- id: nopattern\n  registry: X\n", ":5:", "pattern"),
        ("- id: [unclosed\n", ":2:", "not valid YAML"),
        ("id: not-a-list\n", ":1", "YAML list of mappings"),
    ],
    ids=["regex", "duplicate", "unknown-key", "missing-key", "yaml", "not-list"],
)
def test_trial_id_rule_errors(tmp_path: Path, text: str, where: str, what: str) -> None:
    directory = write(tmp_path, "trial_ids.yaml", text)
    with pytest.raises(RuleError) as info:
        trial_id.build(directory)
    message = str(info.value)
    assert f"trial_ids.yaml{where}" in message
    assert what in message
    assert message.startswith("E201")


def test_section_rule_kind_must_be_known(tmp_path: Path) -> None:
    directory = write(tmp_path, "sections.yaml", "- id: x\n  kind: chapter\n  match: 'a'\n")
    with pytest.raises(RuleError) as info:
        load_section_rules(directory)
    assert "sections.yaml:1" in str(info.value)
    assert "'reference', 'front' or 'section'" in str(info.value)


def test_shipped_rules_load(pipeline) -> None:
    assert "trial_id" in pipeline.extractors
