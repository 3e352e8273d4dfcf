"""Documents listed one after another in a sentence share the date of the first (session 11,
wording matrix): "signed on Tuesday: an agreement on X, a memorandum on Y and a plan of Z"."""

from __future__ import annotations

import pytest

from turkru import parse_article
from turkru.model.records import Agreement, DocType


def dated_titles(text: str) -> dict[str, str | None]:
    records = parse_article(text, published="2024-05-16").records
    return {
        r.title: (r.date.isoformat() if r.date else None)
        for r in records
        if isinstance(r, Agreement) and r.doc_type is not DocType.DOCUMENTS and r.title
    }


@pytest.mark.parametrize(
    "text",
    [
        "On 14 May the governments of Turkmenistan and Russia signed these documents: an agreement on seed "
        "certification, a memorandum on flood warnings and a plan of joint exercises.",
        "Turkmenistan and Russia signed the following on Tuesday: a protocol on rail tariffs; a memorandum "
        "on film co-production; a programme of youth exchanges.",
    ],
)
def test_every_listed_document_has_the_day(text: str) -> None:
    dates = dated_titles(text)
    assert len(dates) == 3 and set(dates.values()) == {"2024-05-14"}
