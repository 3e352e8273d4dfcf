"""'The next full session of the commission', 'the next plenary meeting of the council': a planned
sitting of the body named before, whatever adjective qualifies the sitting."""

from __future__ import annotations

import pytest

from turkru import parse_article
from turkru.model.dates import PartialDate
from turkru.model.records import BodyKind, CommissionSession, Status


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "The co-chairs of the Intergovernmental Turkmen-Russian Commission on Economic Cooperation met by "
            "video link on 26 December 2024. They agreed on the next full session of the commission, to be "
            "held in Ashgabat in 2025.",
            BodyKind.INTERGOVERNMENTAL_COMMISSION,
        ),
        (
            "The Turkmen-Russian Business Council met in Kazan on 26 December 2024. The next plenary meeting "
            "of the council will take place in Ashgabat in 2025.",
            BodyKind.BUSINESS_COUNCIL,
        ),
    ],
)
def test_qualified_next_sitting_is_planned(text: str, body: BodyKind) -> None:
    sessions = [r for r in parse_article(text, published="2024-12-27").records if isinstance(r, CommissionSession)]
    planned = [s for s in sessions if s.status is Status.PLANNED]
    assert [(s.commission.body, s.date) for s in planned] == [(body, PartialDate(2025))]
