"""A lexicon's calendar names reach every date reader: stamps, datelines, captions, the lead.

The default lexicon has no "Febr" abbreviation; a lexicon that adds it must be read by the
publication-date reader, the layout's dated captions and the extractors' dateline, and the
default must still not read it (so each test can fail either way).
"""

from __future__ import annotations

import pytest

from turkru import parse_article
from turkru.lexicon import Lexicon
from turkru.model.dates import PartialDate
from turkru.text._layout import Kind, classify
from turkru.text.published import find_published

_FEBR = Lexicon.from_data({"values": {"MONTH_ABBREVIATION": {"febr": 2}}})


class TestPublished:
    @pytest.mark.parametrize(
        "page",
        [
            "ASHGABAT, Tuesday 6 Febr 2024 — Officials of the two countries met.\n",
            "Officials met in the capital.\n\nPosted 6 Febr 2024\n",
        ],
    )
    def test_an_added_abbreviation_dates_the_page(self, page: str) -> None:
        assert find_published(page, _FEBR) == PartialDate(year=2024, month=2, day=6)
        assert find_published(page) is None


class TestLayout:
    @pytest.mark.parametrize(
        "line", ["Presidents meet in Ashgabat, 6 Febr 2024", "Talks in the Kremlin - 6 Febr 2024"]
    )
    def test_a_caption_ending_in_the_added_month_is_dated(self, line: str) -> None:
        assert classify(line + "\n", _FEBR)[0].kind is Kind.CAPTION_DATE
        assert classify(line + "\n")[0].kind is Kind.PROSE


class TestLeadDateline:
    @pytest.mark.parametrize(
        "story",
        [
            "ASHGABAT, Febr 6. The foreign ministers of Turkmenistan and Russia held talks in Ashgabat.\n",
            "MOSCOW, 6 Febr. Russian and Turkmen foreign ministers held talks in Moscow.\n",
        ],
    )
    def test_the_added_month_dates_the_lead(self, story: str) -> None:
        taught = parse_article(story, published="2024-02-09", lexicon=_FEBR)
        plain = parse_article(story, published="2024-02-09")
        assert {getattr(record, "date", None) for record in taught.records} == {
            PartialDate(year=2024, month=2, day=6)
        }
        assert PartialDate(year=2024, month=2, day=6) not in {getattr(r, "date", None) for r in plain.records}
