"""Reported plans: "the sides agreed that the commission would meet in Ashgabat in April" is a
planned sitting, and a year-less month in such a clause looks ahead from the report."""

from __future__ import annotations

import pytest

from turkru import parse_article
from turkru.model.dates import PartialDate
from turkru.model.records import BodyKind, CommissionSession, Status


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The parties agreed that the Intergovernmental Turkmen-Russian Commission on Economic Cooperation would "
         "meet in Ashgabat in April.", BodyKind.INTERGOVERNMENTAL_COMMISSION),
        ("The minister said the Turkmen-Russian Business Council is to meet in Moscow in April.",
         BodyKind.BUSINESS_COUNCIL),
    ],
)
def test_a_reported_plan_to_meet_is_a_planned_sitting(text: str, body: BodyKind) -> None:
    sessions = [r for r in parse_article(text, published="2025-02-01").records if isinstance(r, CommissionSession)]
    assert [(s.commission.body, s.status, s.date) for s in sessions] == [(body, Status.PLANNED, PartialDate(2025, 4))]
