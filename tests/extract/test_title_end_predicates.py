"""A title ends where a predicate of the document's own begins ("... on X ceased to apply"): the
stage it tells is read, and the title stays the document's name (session 11, wording matrix)."""

from __future__ import annotations

import pytest

from turkru import parse_article
from turkru.model.records import Agreement, Stage


def agreements(text: str) -> list[Agreement]:
    records = parse_article(text, published="2024-05-16").records
    return [r for r in records if isinstance(r, Agreement)]


@pytest.mark.parametrize(
    "text",
    [
        "The agreement between Turkmenistan and Russia on pension rights ceased to apply in 2019.",
        "The 2003 protocol between Russia and Turkmenistan on fishing quotas ceased to have effect last year.",
    ],
)
def test_a_document_that_ceased_is_terminated(text: str) -> None:
    (found,) = agreements(text)
    assert found.status is Stage.TERMINATED
    assert found.title is not None and "ceased" not in found.title

