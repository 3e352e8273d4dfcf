"""The lexicon is injected like the gazetteer: parse_article, clean and classify take one."""

from __future__ import annotations

import pytest

from turkru import Lexicon, LexiconError, parse_article
from turkru.errors import ParseError, TurkruError
from turkru.extract.pipeline import build_document
from turkru.gazetteer import Gazetteer
from turkru.model.provenance import Source
from turkru.text._layout import Kind, classify
from turkru.text.clean import clean

OUTLET_LINE = "Brought to you by the Invented Steppe Courier"
PAGE = f"Turkmen and Russian officials met in Ashgabat on 3 March 2024.\n{OUTLET_LINE}\nThe talks went on."
EXTRA = Lexicon.from_data({"words": {"CHROME_LINE": ["brought to you by the invented steppe courier"]}})


def test_error_is_a_turkru_error() -> None:
    """LexiconError belongs to the hierarchy and is exported."""
    assert issubclass(LexiconError, TurkruError)


def test_parse_article_refuses_a_non_lexicon() -> None:
    """A lexicon argument of the wrong type is a ParseError naming the argument."""
    with pytest.raises(ParseError, match="lexicon: expected a Lexicon or None, got str"):
        parse_article("text", lexicon="layout.json")  # type: ignore[arg-type]


def test_new_boilerplate_line_is_a_data_edit() -> None:
    """One phrase added to CHROME_LINE blanks an outlet's line; the default lexicon keeps it."""
    assert OUTLET_LINE in clean(PAGE)
    assert OUTLET_LINE not in clean(PAGE, EXTRA)
    assert len(clean(PAGE, EXTRA)) == len(PAGE)
    assert [line.kind for line in classify(PAGE, EXTRA)][1] is Kind.CHROME


def test_parse_article_uses_the_lexicon() -> None:
    """parse_article cleans with the lexicon it is given."""
    assert OUTLET_LINE in parse_article(PAGE).text
    assert OUTLET_LINE not in parse_article(PAGE, lexicon=EXTRA).text


def test_document_carries_the_lexicon() -> None:
    """The extractors read patterns from document.lexicon (the default when none is given)."""
    source = Source(article_id="a", content_hash="0" * 64)
    document = build_document(PAGE, source, None, Gazetteer.default(), lexicon=EXTRA)
    assert document.lexicon is EXTRA
    assert build_document(PAGE, source, None, Gazetteer.default()).lexicon is Lexicon.default()


def test_sentence_abbreviation_is_a_data_edit() -> None:
    """An abbreviation added to ABBREVIATION keeps its dot from ending a sentence."""
    from turkru.text.sentences import split_sentences

    text = "The talks were led by Amb. Inventov of the ministry. They ended."
    extra = Lexicon.from_data({"words": {"ABBREVIATION": ["amb"]}})
    assert len(split_sentences(text)) == 3
    assert len(split_sentences(text, extra)) == 2
    assert len(split_sentences("Talks with Dep. Smith went well. Then lunch.", extra)) == 3


def test_settlement_noun_is_a_data_edit() -> None:
    """A word added to SETTLEMENT_NOUN lets "in the hamlet of X" place an event in X."""
    from turkru.extract.places import _PlaceWords

    extra = Lexicon.from_data({"words": {"SETTLEMENT_NOUN": ["hamlet"]}})
    before = "the forum was held in the quiet hamlet of "
    assert not _PlaceWords.of(Lexicon.default()).before.search(before)
    assert _PlaceWords.of(extra).before.search(before)
    assert _PlaceWords.of(extra).before.search("they met in the port of ")


def test_relative_day_word_is_a_data_edit() -> None:
    """A phrase added to DAY_SHIFT_WORD is read as that many days from the anchor date."""
    from turkru.text._timex_scan import Kind as MentionKind
    from turkru.text._timex_scan import scan

    extra = Lexicon.from_data({"values": {"DAY_SHIFT_WORD": {"overmorrow": 2}}})
    text = "The delegations will meet again overmorrow in the capital."
    assert [m.kind for m in scan(text)] == []
    found = scan(text, extra)
    assert [(m.kind, m.shift, text[m.start : m.end]) for m in found] == [(MentionKind.DAY_SHIFT, 2, "overmorrow")]
    assert scan("Talks resumed yesterday.", extra)[0].shift == -1


def test_related_heading_is_a_data_edit() -> None:
    """A phrase added to RELATED_HEADING makes the dated headline under it part of a related list."""
    from turkru.text import find_published

    page = (
        "Invented headline\nOfficials of the two countries discussed trade.\n"
        "Further reading\nMinisters met in the capital (3 March 2023)\n"
    )
    extra = Lexicon.from_data({"words": {"RELATED_HEADING": ["further reading"]}})
    assert find_published(page) is not None
    assert find_published(page, extra) is None
    assert find_published(page.replace("Further reading", "FURTHER READING"), extra) is None  # any case
