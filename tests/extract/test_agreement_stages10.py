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


def _found(text: str, published: str) -> list[Agreement]:
    records = parse_article(LEAD + text, published=published).records
    return [r for r in records if isinstance(r, Agreement)]


@pytest.mark.parametrize(
    "text",
    [
        "The programme of economic cooperation for 2023-2025 expires at the end of this year, and a new "
        "programme for 2026-2030 is already being drafted by the two ministries.",
        "The old roadmap on energy ran out in 2024, while the new roadmap on energy for 2025-2027 is now "
        "being negotiated by the two governments.",
    ],
)
def test_a_document_being_drafted_in_a_clause_of_its_own_is_planned_and_undated(text: str) -> None:
    planned = [a for a in _found(text, "2025-03-20") if a.status is Stage.PLANNED]
    assert len(planned) == 1
    assert planned[0].date is None


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        ("The Astrakhan port and the Turkmen maritime agency signed a memorandum on Tuesday on the launch "
         "of a ferry line between Astrakhan and Turkmenbashi.", "2026-03-11", "2026-03-10"),
        ("Russian Railways and the Turkmen railway agency signed an agreement on 4 June on the joint use "
         "of freight wagons.", "2025-06-06", "2025-06-04"),
    ],
)
def test_a_day_between_a_document_and_its_subject_dates_the_signing(text: str, published: str, day: str) -> None:
    signed = [a for a in _found(text, published) if a.status is Stage.SIGNED]
    assert len(signed) == 1
    assert str(signed[0].date) == day
    assert "Tuesday" not in (signed[0].title or "") and "June" not in (signed[0].title or "")


@pytest.mark.parametrize(
    "text",
    [
        "Moscow and Ashgabat denounced the 1993 agreement on dual citizenship.",
        "The 2019 contract between Gazprom and Turkmengaz on gas purchases was terminated.",
    ],
)
def test_the_year_before_an_ended_document_is_its_signing_not_its_end(text: str) -> None:
    ended = [a for a in _found(text, "2025-03-20") if a.status is Stage.TERMINATED]
    assert len(ended) == 1
    assert ended[0].date is None
