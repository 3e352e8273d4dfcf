"""A commission of another pair of countries ("the Russian-Kazakh intergovernmental commission")
is no sitting of the Turkmen-Russian one; and "the next meeting of the commission" still refers
to the commission after a working group was named in between."""

from __future__ import annotations

import pytest

from turkru import parse_article
from turkru.model.dates import PartialDate
from turkru.model.records import BodyKind, CommissionSession, Status


def sessions_in(text: str, published: str = "2024-11-08") -> list[CommissionSession]:
    return [r for r in parse_article(text, published=published).records if isinstance(r, CommissionSession)]


@pytest.mark.parametrize(
    "text",
    [
        "Russian and Kazakh officials met in Omsk on Thursday. The meeting of the Russian-Kazakh "
        "intergovernmental commission, co-chaired by Alexei Overchuk, approved a plan of new border posts.",
        "The Turkmen foreign minister was in Tehran on Wednesday. A session of the Turkmen-Iranian "
        "intergovernmental commission is scheduled for the spring in Ashgabat.",
        "Overchuk, the co-chair of the Turkmen-Russian commission, is expected in Tashkent next week "
        "for a session of the Russian-Uzbek intergovernmental commission.",
    ],
)
def test_another_pairs_commission_is_no_sitting(text: str) -> None:
    assert sessions_in(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The Intergovernmental Turkmen-Russian Commission on Economic Cooperation met in Ashgabat on "
        "Thursday. On the eve, the high-level working group on trade and investment support met there too. "
        "The next meeting of the commission will be held in Moscow next year.",
        "The sixth session of the Russian-Turkmen intergovernmental commission took place in Moscow on 7 "
        "November. A day before, the high-level working group on trade and investment support held its "
        "sitting. According to the protocol, the next session of the Commission will take place in Ashgabat in 2025.",
    ],
)
def test_next_sitting_of_the_commission_after_a_group(text: str) -> None:
    planned = [s for s in sessions_in(text) if s.status is Status.PLANNED]
    assert [(s.commission.body, s.date) for s in planned] == [
        (BodyKind.INTERGOVERNMENTAL_COMMISSION, PartialDate(2025))
    ]
