"""A title line whose predicate is an infinitive speaks of what is still to come (headline English)."""

from __future__ import annotations

import pytest

from turkru import parse_article
from turkru.model.records import Meeting, Status, Visit

BODY = "\n\nMOSCOW, 12 May 2025 — The press service gave no further details."


@pytest.mark.parametrize(
    ("headline", "kind"),
    [
        ("Mishustin to hold talks with Serdar Berdimuhamedov in Ashgabat", Meeting),
        ("Lavrov, Meredov to meet in Moscow", Meeting),
        ("Deputy Prime Minister Overchuk to visit Turkmenistan", Visit),
        ("Tatarstan's Minnikhanov to travel to Ashgabat next month", Visit),
    ],
)
def test_infinitive_headline_is_planned(headline: str, kind: type) -> None:
    """'X to visit Y', 'X, Y to meet': the record the headline reports is planned."""
    records = [r for r in parse_article(headline + BODY).records if isinstance(r, kind)]
    assert records
    assert {r.status for r in records} == {Status.PLANNED}


@pytest.mark.parametrize(
    "headline",
    [
        "Russian minister comes to Ashgabat to hold talks with Serdar Berdimuhamedov",
        "Overchuk arrived in Ashgabat to meet Turkmen officials",
    ],
)
def test_finite_verb_first_is_no_plan(headline: str) -> None:
    """'comes to Ashgabat to hold talks': the 'to' of purpose after a finite verb plans nothing."""
    records = [r for r in parse_article(headline + BODY).records if isinstance(r, (Meeting, Visit))]
    assert records
    assert Status.PLANNED not in {r.status for r in records}


def test_body_sentence_keeps_its_tense() -> None:
    """Outside a title line the rule does not apply: a body sentence in the past stays held."""
    text = "Talks in Ashgabat\n\nASHGABAT, 12 May 2025 — Overchuk held talks with Meredov in Ashgabat on Monday."
    meetings = [r for r in parse_article(text).records if isinstance(r, Meeting)]
    assert meetings and {m.status for m in meetings} == {Status.HELD}
