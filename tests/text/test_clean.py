"""Tests for turkru.text.clean: boilerplate becomes spaces, offsets and prose are kept."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from turkru.errors import ParseError
from turkru.text import clean, strip_html
from turkru.text._layout import classify
from turkru.text.clean import _comments, _raw_blocks, blank_boilerplate


def kept_lines(text: str) -> list[str]:
    """The non-blank lines of the cleaned text, stripped."""
    return [line.strip() for line in clean(text).split("\n") if line.strip()]


_MARKUP_PIECES = ("<!--", "-->", "<!-->", "<script>", "<script a>", "</script>", "</SCRIPT >", "<style>", "</style>",
                  "<noscript>", "</noscript>", "x", " ", ">", "\n")
_PLAIN_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_PLAIN_RAW_BLOCK = re.compile(r"<(script|style|noscript)\b[^>]{0,2000}>.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
"""The patterns whose matches the linear scanners reproduce (they rescan to the end when unclosed)."""

PROSE = "The two ministers met in the capital and discussed trade, energy and transport."


class TestLength:
    """The cleaned text keeps every offset of the raw text."""

    def test_same_length_and_newlines(self) -> None:
        """Length, newline positions and kept characters are unchanged."""
        raw = "Menu\nHome\n\n" + PROSE + "\nComments (3)\n© Some Agency, 2020\n"
        cleaned = clean(raw)
        assert len(cleaned) == len(raw)
        assert [i for i, c in enumerate(cleaned) if c == "\n"] == [i for i, c in enumerate(raw) if c == "\n"]
        start = raw.index(PROSE)
        assert cleaned[start : start + len(PROSE)] == PROSE

    def test_crlf_kept(self) -> None:
        """Carriage returns stay where they are."""
        raw = "Subscribe\r\n" + PROSE + "\r\n"
        cleaned = clean(raw)
        assert cleaned == " " * 9 + "\r\n" + PROSE + "\r\n"

    @settings(max_examples=300, deadline=None)
    @given(st.text(alphabet=st.characters(codec="utf-8"), max_size=400))
    def test_any_text(self, raw: str) -> None:
        """For any text the result has the same length and only blanks characters out."""
        cleaned = clean(raw)
        assert len(cleaned) == len(raw)
        for before, after in zip(raw, cleaned, strict=True):
            assert after == before or after == " " or (before == "&" or after in "\n")


class TestBoilerplate:
    """Page chrome is blanked line by line."""

    @pytest.mark.parametrize(
        "line",
        [
            "Newsfeed",
            "Subscribe",
            "Comments (0)",
            "Comments",
            "Leave a comment",
            "To leave a comment, log in or register",
            "log in or register",
            "View settings",
            "Font size:",
            "Latest News",
            "News Archive",
            "All news",
            "More Stories From Europe",
            "Share: Facebook Twitter Telegram",
            "Page 2 of 7",
            "Views: 1234",
            "12345",
            "img",
            "---",
            "Official website of the Ministry of Something",
            "- Example Agency International, 1999",
            "EXAMPLE news",
            "By John Smith - Agency:",
            "By Agency",
            "Follow the author on Twitter: @someone",
            "Jane Doe (@janedoe) 5 minutes ago Mon 03rd May 2021 | 10:00 AM",
            "Home | World | Politics | Asia",
            "Stay tuned for updates and breaking news on politics.",
            "Politics",
            "Документ",
        ],
    )
    def test_chrome_line_blanked(self, line: str) -> None:
        """Menus, prompts, widgets, counters, bylines and banners disappear."""
        raw = f"{PROSE}\n{line}\n{PROSE}"
        assert kept_lines(raw) == [PROSE, PROSE]

    @pytest.mark.parametrize(
        "line",
        [
            "© Example Agency, 2017",
            "(c) Example Agency 2017",
            "Copyright 2020 Example Media. All rights reserved.",
            "Photo: Jane Doe",
            "Photo by John Smith",
            "Officials at the ceremony John Smith/AGENCY",
        ],
    )
    def test_credit_line_blanked(self, line: str) -> None:
        """Copyright lines, photo credits and captions with a credit disappear."""
        assert kept_lines(f"{PROSE}\n{line}\n") == [PROSE]

    def test_caption_repeated_beside_its_credit(self) -> None:
        """A caption printed again next to its "Name/AGENCY" credit is a caption too."""
        raw = "Officials at the ceremony John Smith/AGENCY\nOfficials at the ceremony\n" + PROSE
        assert kept_lines(raw) == [PROSE]

    def test_caption_with_own_date(self) -> None:
        """A caption that ends in its own numeric date is not prose."""
        raw = "The two leaders - Example Agency, 10.06.2022\n" + PROSE
        assert kept_lines(raw) == [PROSE]

    def test_related_list_with_spaced_dates(self) -> None:
        """Headlines followed by a space and a numeric date form a related list too."""
        raw = f"{PROSE}\nRelated news:\nMinisters sign energy deal 01.10.2024\nEnvoy to visit capital 15.09.2024\n"
        assert kept_lines(raw) == [PROSE]

    def test_related_list_with_dates_below_headlines(self) -> None:
        """Headlines each followed by a date line: the first headline goes too."""
        raw = f"{PROSE}\nRelated news\nEnvoy visits capital\n12.03.2024\nMinisters hold talks\n10.03.2024\n"
        assert kept_lines(raw) == [PROSE]

    def test_related_news_list(self) -> None:
        """A list of dated headlines, its heading date and its truncated tail go."""
        raw = (
            f"{PROSE}\n"
            "01.02.2024\n"
            "Minister Visits Neighbouring Capital...31.01.2024\n"
            "Exports of Cotton Grow Again...30.01.2024\n"
            "New Railway Line Opens in the South...29.01.2024\n"
            "Delegation Arrives for Talks on...\n"
        )
        assert kept_lines(raw) == [PROSE]

    @pytest.mark.parametrize(
        "label",
        ["Related news:", "Read also", "More on the topic:", "More related articles", "More related news:",
         "In this section:", "ALSO IN THIS SECTION", "Read Next", "Related coverage", "Also on this topic:",
         "Other materials", "More materials on the topic:", "More news on this topic"],
        ids=["related-news", "read-also", "more-on-the-topic", "more-related-articles", "more-related-news",
             "in-this-section", "also-in-this-section", "read-next", "related-coverage", "also-on-this-topic",
             "other-materials", "more-materials-on-the-topic", "more-news-on-this-topic"],
    )
    def test_undated_headlines_under_a_label(self, label: str) -> None:
        """Other articles' headlines under a related-news label go, dated or not, up to the next prose."""
        raw = (
            f"{PROSE}\n{label}\n- Leaders discuss cooperation by phone\n\n"
            "- Delegation visits the northern capital\nTrade between the two countries up 20%\n"
        )
        assert kept_lines(raw) == [PROSE]

    @pytest.mark.parametrize(
        "label",
        ["More related articles", "More related news:"],
        ids=["more-related-articles", "more-related-news"],
    )
    def test_undated_headlines_under_a_more_related_label(self, label: str) -> None:
        """'More related ...' heads a list of other articles' headlines, not the article's text."""
        raw = f"{PROSE}\n\n{label}\n\nTwo capitals sign a package of papers\nHarvest of melons breaks a record\n"
        assert kept_lines(raw) == [PROSE]

    def test_prose_after_a_labelled_list_is_kept(self) -> None:
        """The list ends at the first punctuated prose line."""
        raw = f"Related news:\nEnvoy visits the capital\n{PROSE}\nMinisters meet again\n"
        assert kept_lines(raw) == [PROSE, "Ministers meet again"]

    @pytest.mark.parametrize(
        "line",
        ["Read also: Ministers hold talks in the capital", "See also - Envoy to visit the region in April"],
        ids=["read-also-colon", "see-also-dash"],
    )
    def test_a_headline_on_the_labels_line(self, line: str) -> None:
        """'Read also: <headline>' on one line is another article's headline."""
        assert kept_lines(f"{PROSE}\n{line}\n") == [PROSE]

    def test_related_as_a_word_of_prose_is_kept(self) -> None:
        """'Related' opening a prose sentence is no label."""
        raw = "Related talks were held in the capital on Monday."
        assert kept_lines(raw) == [raw]

    def test_single_dated_prose_sentence_kept(self) -> None:
        """A prose sentence ending in a date and a full stop is prose."""
        raw = "The agreement was signed in the capital on 10.06.2022."
        assert kept_lines(raw) == [raw]

    def test_headline_ending_with_worded_date_kept(self) -> None:
        """A single headline ending with a written-out date is kept."""
        raw = f"Leaders to meet in the capital on 5 June 2025\n{PROSE}"
        assert kept_lines(raw) == ["Leaders to meet in the capital on 5 June 2025", PROSE]

    def test_repeated_headline(self) -> None:
        """A headline printed twice is kept once."""
        headline = "Ministers discuss cooperation in energy"
        raw = f"{headline}\n\n{headline}\n\n{PROSE}"
        cleaned = clean(raw)
        assert cleaned.count(headline) == 1
        assert cleaned.index(headline) == 0

    def test_repeated_prose_kept(self) -> None:
        """A repeated sentence with punctuation is prose and stays."""
        raw = f"{PROSE}\n{PROSE}"
        assert kept_lines(raw) == [PROSE, PROSE]

    def test_minutes_ago_inside_line(self) -> None:
        """A relative page stamp is blanked inside an otherwise kept line."""
        raw = "Posted 3 minutes ago. The ministers met on Friday."
        assert clean(raw) == "Posted " + " " * len("3 minutes ago") + ". The ministers met on Friday."

    def test_scraper_date_header(self) -> None:
        """A leading "date YYYY-MM-DD" header is metadata, not prose."""
        raw = " date 2021-03-31 BAKU, March 31\n\n" + PROSE
        cleaned = clean(raw)
        assert "2021-03-31" not in cleaned
        assert "BAKU, March 31" in cleaned

    def test_scraper_header_before_byline(self) -> None:
        """The first line is judged without the header: a byline after it goes."""
        raw = " date 2019-02-04 By Agency\n\n" + PROSE
        assert kept_lines(raw) == [PROSE]

    @pytest.mark.parametrize(
        "line",
        [
            "Russian and Turkmen leaders hold talks in Ashgabat",
            "MOSCOW, May 31. /AGENCY/. The talks began on Friday.",
            "October 11, 2017, Sochi",
            "22.09.10 14:47",
            "18:3010.06.2022",
            "ASHGABAT",
            "A meeting of the commission was held in St. Petersburg",
            "• construction of infrastructure;",
            "Congratulations!",
            "Putin:",
        ],
    )
    def test_headlines_datelines_and_lists_kept(self, line: str) -> None:
        """Headlines, datelines, header dates and list items are kept."""
        assert kept_lines(f"{line}\n{PROSE}") == [line, PROSE]


class TestHtml:
    """HTML is blanked without changing offsets."""

    def test_tags_blanked(self) -> None:
        """Tags become spaces; a block tag starts a new line."""
        raw = "<p>The talks were held.</p><p>A deal was signed.</p>"
        cleaned = clean(raw)
        assert len(cleaned) == len(raw)
        assert cleaned.split() == ["The", "talks", "were", "held.", "A", "deal", "was", "signed."]
        assert cleaned.index("A deal") == raw.index("A deal")
        assert "\n" in cleaned[: cleaned.index("A deal")]

    def test_script_and_comments_blanked(self) -> None:
        """Script bodies and comments are not text."""
        raw = '<div><script>var x = "Moscow";</script><!-- note --> Prose here.</div>'
        assert clean(raw).split() == ["Prose", "here."]

    @settings(max_examples=300)
    @given(st.lists(st.sampled_from(_MARKUP_PIECES), max_size=30).map("".join))
    def test_blocks_as_the_plain_patterns_find_them(self, text: str) -> None:
        """Comments and script/style blocks are the spans the plain lazy patterns find (in linear time)."""
        assert list(_comments(text)) == [match.span() for match in _PLAIN_COMMENT.finditer(text)]
        assert list(_raw_blocks(text)) == [match.span() for match in _PLAIN_RAW_BLOCK.finditer(text)]

    def test_unclosed_blocks_left_alone(self) -> None:
        """An unclosed comment or script block is not blanked (its tag is); a closed block after it still is."""
        raw = "<p>One <!-- open <script>x <style>a</style> two."
        assert clean(raw).split() == ["One", "<!--", "open", "x", "two."]

    def test_entities_keep_length(self) -> None:
        """A character reference turns into its character plus spaces."""
        raw = "<p>Trade &amp; energy&nbsp;talks</p>"
        cleaned = strip_html(raw)
        assert len(cleaned) == len(raw)
        assert cleaned.split() == ["Trade", "&", "energy", "talks"]

    def test_elision_mark_is_not_a_tag(self) -> None:
        """ "<…>" in a transcript is not HTML (it is blanked as a line without words)."""
        raw = f"{PROSE}\n<…>\n{PROSE}"
        assert kept_lines(raw) == [PROSE, PROSE]
        assert strip_html(raw) == raw


class TestErrors:
    """Only text is accepted."""

    @pytest.mark.parametrize("function", [clean, strip_html])
    def test_not_text(self, function: Callable[[str], str]) -> None:
        """Bytes raise ParseError naming the function and the type."""
        with pytest.raises(ParseError, match=rf"{function.__name__}: expected text as str, got bytes"):
            function(b"Subscribe")  # type: ignore[arg-type]


class TestBlankBoilerplate:
    def test_same_as_clean(self) -> None:
        """Cleaning already classified lines gives what clean gives."""
        raw = "Home | News\nShare\n<p>Talks in Moscow</p>\n\nThe ministers met on Tuesday.\n\u00a9 2021 Agency\n"
        page = strip_html(raw)
        assert blank_boilerplate(page, classify(page)) == clean(raw)
        assert clean(raw) != raw
