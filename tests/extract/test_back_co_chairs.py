"""'The commission's co-chairs, X and Y, met': a sitting of the co-chairs of the body named
before is a commission session (co-chairs' format), not a meeting."""

from __future__ import annotations

import pytest

from turkru import parse_article
from turkru.model.records import CommissionSession, Meeting, SessionFormat

BODY = "The Intergovernmental Turkmen-Russian Commission on Economic Cooperation last met in Ashgabat in 2023. "


@pytest.mark.parametrize(
    "sentence",
    [
        "The commission's co-chairs, Rashid Meredov and Alexei Overchuk, met in Moscow on Tuesday.",
        "On Tuesday the co-chairs of the commission, Rashid Meredov and Alexei Overchuk, held a meeting in Moscow.",
    ],
)
def test_co_chairs_of_the_body_named_before(sentence: str) -> None:
    records = parse_article("5 June 2024\n\n" + BODY + sentence).records
    sittings = [r for r in records if isinstance(r, CommissionSession) and r.format is SessionFormat.CO_CHAIRS_MEETING]
    assert [{p.surname for p in s.co_chairs} for s in sittings] == [{"Meredov", "Overchuk"}]
    assert not any(isinstance(r, Meeting) for r in records)


def test_co_chairs_with_no_body_named_before_stay_a_meeting() -> None:
    """No commission named before: 'the commission's co-chairs' cannot be resolved to a body."""
    text = "5 June 2024\n\nThe commission's co-chairs, Rashid Meredov and Alexei Overchuk, met in Moscow on Tuesday."
    records = parse_article(text).records
    assert not any(isinstance(r, CommissionSession) for r in records)
