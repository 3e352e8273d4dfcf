"""Consolidation skips a folding pass only when it would fold nothing: the result is the three passes'."""

from __future__ import annotations

import pytest

from turkru.extract import consolidate as c
from turkru.extract.pipeline import EXTRACTORS, build_document
from turkru.gazetteer import Gazetteer
from turkru.model.provenance import Source

_TEXTS = (
    "Ashgabat, 3 March 2025 (TDH). Turkmenistan and Russia signed an agreement on the gas industry. "
    "They also signed a memorandum on the textile industry and a protocol on the timber industry.",
    "Moscow, 4 May 2024. Russia and Turkmenistan signed an agreement on culture. The agreement on "
    "culture was signed by the foreign ministers. Lavrov met Meredov in Moscow on 4 May.",
    "The sides signed a treaty on trade; they signed the treaty on trade again. Meredov visited Moscow "
    "on 5 June 2023. During the visit he met Lavrov. The agreement on energy was signed in Moscow.",
)


def _three_passes(records: list[c.AnyRecord], document: object) -> list[c.AnyRecord]:
    words = c.fold_words(document.lexicon)  # type: ignore[attr-defined]
    folded = c.date_lead(c.fold_duplicates(c.date_transcript(records, document), words), document)  # type: ignore[arg-type]
    folded = c.fold_duplicates([*folded, *c.implied_visits(folded, document)], words)  # type: ignore[arg-type]
    return c.fold_duplicates(c.date_from_visit(folded, words), words)


@pytest.mark.parametrize("text", _TEXTS)
def test_same_as_three_passes(text: str) -> None:
    """Whether or not the first pass folds anything, the result equals folding three times."""
    source = Source(article_id="a", url=None, outlet=None, published=None, content_hash="0" * 64)
    document = build_document(text, source, None, Gazetteer.default())
    records = [record for extractor in EXTRACTORS for record in extractor(document)]
    assert c.consolidate(list(records), document) == _three_passes(list(records), document)
