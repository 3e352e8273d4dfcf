"""Loading an article checks its evidence against its text, when that text is the one it was parsed from."""

from __future__ import annotations

import json

import pytest

from turkru import parse_article
from turkru.errors import SerializationError
from turkru.serialize.jsonio import dumps, loads

PLAIN = "Ashgabat, 4 June 2024. Sergey Lavrov held talks with Rashid Meredov in Ashgabat on Tuesday."
"""Plain text with nothing to clean away: the article's text is the text parsed."""

MARKED_UP = "<p>Moscow, 9 July 2023. Vladimir Putin met Serdar Berdimuhamedov in Moscow on Sunday.</p>"
"""Markup is cleaned away: the article's text is not the text its spans index."""


def _document(text: str) -> dict[str, object]:
    article = parse_article(text, article_id="own-words")
    assert article.records and article.records[0].evidence
    return json.loads(dumps(article))  # type: ignore[no-any-return]


class TestSpans:
    def test_untouched_article_reads_back(self) -> None:
        """A parsed plain-text article's own spans quote its text: it loads as written."""
        document = _document(PLAIN)
        assert loads(json.dumps(document)) == parse_article(PLAIN, article_id="own-words")

    def test_edited_quote_is_refused_with_its_path(self) -> None:
        """Evidence text changed by hand is named with its JSON path and what the text says there."""
        document = _document(PLAIN)
        document["records"][0]["evidence"][0]["text"] = "Someone else held talks."  # type: ignore[index]
        with pytest.raises(
            SerializationError, match=r"^\$\.records\[0\]\.evidence\[0\]\.text: .*not the article's text"
        ):
            loads(json.dumps(document))

    def test_span_past_the_end_is_refused(self) -> None:
        """An evidence end beyond the last character of the text is refused, naming the field."""
        document = _document(PLAIN)
        document["records"][0]["evidence"][0]["end"] = len(PLAIN) + 40  # type: ignore[index]
        with pytest.raises(SerializationError, match=r"^\$\.records\[0\]\.evidence\[0\]\.end: .*beyond the end"):
            loads(json.dumps(document))

    def test_cleaned_article_is_not_checked_against_its_cleaned_text(self) -> None:
        """When markup was cleaned away the spans index another text: a changed quote cannot be told."""
        document = _document(MARKED_UP)
        document["records"][0]["evidence"][0]["text"] = "reworded"  # type: ignore[index]
        assert loads(json.dumps(document)).records[0].evidence[0].text == "reworded"  # type: ignore[union-attr]
