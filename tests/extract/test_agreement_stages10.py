"""Stages of a document's life told in wordings of our own (session 10, probe set 2)."""

from __future__ import annotations

import pytest

from turkru import parse_article
from turkru.model.records import Agreement, Stage

LEAD = "Russia and Turkmenistan continue to build their partnership.\n\n"


def stages(text: str) -> list[tuple[Stage, str]]:
    records = parse_article(LEAD + text, published="2024-12-10").records
    return [(r.status, r.title or "") for r in records if isinstance(r, Agreement)]


@pytest.mark.parametrize(
    "text",
    [
        "The State Duma ratified the agreement with Turkmenistan on the protection of investments on Tuesday. "
        "The agreement will enter into force thirty days after the exchange of notifications.",
        "The Mejlis approved the protocol on customs cooperation with Russia. "
        "The protocol is expected to come into force early next year.",
    ],
)
def test_a_coming_into_force_still_to_come_is_not_in_force(text: str) -> None:
    assert all(stage is not Stage.IN_FORCE for stage, _ in stages(text))


@pytest.mark.parametrize(
    "text",
    [
        "The agreement between Russia and Turkmenistan on international road transport entered into force "
        "on 20 January, replacing the agreement on road haulage, which ceased to apply on the same day.",
        "A new treaty on air services between Russia and Turkmenistan took effect in May. The agreement on "
        "civil aviation, which had lapsed, was signed in 1993.",
    ],
)
def test_a_document_that_ceased_to_apply_is_terminated(text: str) -> None:
    found = stages(text)
    assert any(stage is Stage.TERMINATED for stage, _ in found), found
    assert any(stage is Stage.IN_FORCE for stage, _ in found), found
