"""Link: give each mention the registry ID of its sentence or table row."""

from __future__ import annotations

from extract.models import Mention


def link_trials(mentions: list[Mention]) -> None:
    """Set ``attrs['trial']`` on every mention of one sentence.

    A trial ID links to itself. Other mentions take the sentence's ID when it
    has one distinct ID; with several, the nearest ID before the mention
    (none if every ID comes after it).
    """
    ids = sorted((m for m in mentions if m.field == "trial_id"), key=lambda m: m.start)
    distinct = {m.value.upper() for m in ids}
    for mention in mentions:
        if mention.field == "trial_id":
            mention.attrs["trial"] = mention.value
        elif len(distinct) == 1:
            mention.attrs["trial"] = ids[0].value
        elif ids:
            before = [m for m in ids if m.start <= mention.start]
            if before:
                mention.attrs["trial"] = before[-1].value
