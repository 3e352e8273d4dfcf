"""parse_article as a whole: evidence spans into the raw text, boilerplate, dates, determinism."""

from __future__ import annotations

import datetime as dt
from typing import TypeVar

import pytest

from turkru import parse_article
from turkru.model.article import Article
from turkru.model.dates import PartialDate
from turkru.model.records import Agreement, AnyRecord, Meeting, MeetingMode, Visit

R = TypeVar("R")

TALKS = (
    "Turkmen Foreign Minister Rashid Meredov held talks with Russian Foreign Minister Sergey Lavrov "
    "in Moscow on 13 March 2024."
)

PAGE = (
    "Home | News | Politics | Economy | Culture\n"
    "Search\n"
    "Login\n"
    "\n"
    "Ministers discuss energy ties\n"
    "\n"
    f"{TALKS} The ministers discussed energy and transport.\n"
    "\n"
    "Following the talks, the sides signed a memorandum of understanding on cooperation in education.\n"
    "\n"
    "Related news\n"
    "Russian delegation visits Ashgabat\n"
    "12.03.2024\n"
    "Lavrov and Meredov hold phone talks\n"
    "10.03.2024\n"
    "Turkmenistan and Russia sign 10 documents\n"
    "01.03.2024\n"
    "\n"
    "(c) 2024 Example News. All rights reserved.\n"
)


def check_evidence(text: str, article: Article) -> None:
    """Every evidence span of every record indexes *text* and quotes it exactly."""
    for record in article.records:
        assert record.evidence, f"{record.KIND} has no evidence"
        for item in record.evidence:
            assert 0 <= item.start < item.end <= len(text)
            assert text[item.start : item.end] == item.text


def of_kind(records: tuple[AnyRecord, ...], kind: type[R]) -> list[R]:
    """The records of one type, in order."""
    return [record for record in records if isinstance(record, kind)]


class TestEvidenceThroughBoilerplate:
    def test_spans_index_the_raw_page(self) -> None:
        """With navigation above and a related-news list below, spans still index the raw text."""
        article = parse_article(PAGE)
        assert article.records
        check_evidence(PAGE, article)

    def test_evidence_comes_from_the_article_body(self) -> None:
        """Every record's evidence lies between the headline and the related-news list."""
        article = parse_article(PAGE)
        body_start = PAGE.index(TALKS)
        body_end = PAGE.index("Related news")
        for record in article.records:
            for item in record.evidence:
                assert body_start <= item.start and item.end <= body_end

    def test_related_news_give_no_records(self) -> None:
        """The dated headlines of the list (a phone call, ten documents) are not facts."""
        records = parse_article(PAGE).records
        meetings = of_kind(records, Meeting)
        assert [m.mode for m in meetings if isinstance(m, Meeting)] == [MeetingMode.IN_PERSON]
        assert [a.count for a in of_kind(records, Agreement)] == [None]

    def test_records_of_the_page(self) -> None:
        """The talks, the implied visit and the memorandum are found, dated from the text."""
        records = parse_article(PAGE).records
        (meeting,) = of_kind(records, Meeting)
        (visit,) = of_kind(records, Visit)
        assert meeting.date == PartialDate(2024, 3, 13)
        assert visit.date == PartialDate(2024, 3, 13)
        assert len(of_kind(records, Agreement)) == 1

    def test_offsets_shift_with_leading_text(self) -> None:
        """Prepending boilerplate moves every span by exactly its length."""
        plain = parse_article(TALKS)
        prefix = "Menu\nSearch\n\n"
        shifted = parse_article(prefix + TALKS)
        starts = [item.start for record in plain.records for item in record.evidence]
        moved = [item.start for record in shifted.records for item in record.evidence]
        assert moved == [start + len(prefix) for start in starts]

    def test_related_news_with_inline_dates(self) -> None:
        """'Headline 10.03.2024' lines of a related-news list are boilerplate too."""
        page = (
            f"{TALKS}\n\n"
            "Related news\n"
            "Lavrov and Meredov hold phone talks 10.03.2024\n"
            "Turkmenistan and Russia sign 10 documents 01.03.2024\n"
        )
        records = parse_article(page).records
        assert [m.mode for m in of_kind(records, Meeting)] == [MeetingMode.IN_PERSON]
        assert of_kind(records, Agreement) == []


class TestFolding:
    def test_two_sentences_on_one_meeting_fold(self) -> None:
        """A second sentence about the same talks adds evidence, not a record."""
        text = f"{TALKS} During the talks, Meredov and Lavrov discussed energy and transport."
        article = parse_article(text)
        (meeting,) = of_kind(article.records, Meeting)
        assert len(meeting.evidence) == 2
        check_evidence(text, article)

    def test_repeated_paragraph_gives_the_records_of_one(self) -> None:
        """The same paragraph twice over reports the same events: equal records."""
        once = parse_article(TALKS)
        twice = parse_article(f"{TALKS}\n\n{TALKS}")
        assert twice.records == once.records


class TestPublishedAndRelativeDates:
    def test_caller_date_wins_over_the_text(self) -> None:
        """A published date given by the caller replaces the one the text shows."""
        text = f"date 2024-03-14 {TALKS.replace('on 13 March 2024', 'on Wednesday')}"
        shown = parse_article(text)
        given = parse_article(text, published="2023-03-17")
        assert shown.source.published == PartialDate(2024, 3, 14)
        assert given.source.published == PartialDate(2023, 3, 17)
        assert [r.date for r in of_kind(shown.records, Meeting)] == [PartialDate(2024, 3, 13)]
        assert [r.date for r in of_kind(given.records, Meeting)] == [PartialDate(2023, 3, 15)]

    @pytest.mark.parametrize("published", ["2023-03-17", dt.date(2023, 3, 17), PartialDate(2023, 3, 17)])
    def test_published_forms(self, published: object) -> None:
        """An ISO string, a date and a PartialDate are the same publication date."""
        text = TALKS.replace("on 13 March 2024", "on Wednesday")
        article = parse_article(text, published=published)  # type: ignore[arg-type]
        assert article.source.published == PartialDate(2023, 3, 17)
        assert [r.date for r in of_kind(article.records, Meeting)] == [PartialDate(2023, 3, 15)]

    def test_copyright_year_is_not_a_publication_date(self) -> None:
        """A copyright line's year does not date the article, so a weekday stays unresolved."""
        text = TALKS.replace("on 13 March 2024", "on Wednesday") + "\n\n(c) 2024 Example News\n"
        article = parse_article(text)
        assert article.source.published is None
        assert [r.date for r in of_kind(article.records, Meeting)] == [None]

    def test_relative_dates_follow_the_given_date_not_today(self) -> None:
        """Two publication dates years apart give two different resolutions of 'last year'."""
        text = "Trade between Turkmenistan and Russia reached $1.5 billion last year."
        early = parse_article(text, published="2001-06-01").records
        late = parse_article(text, published="2031-06-01").records
        assert [r.date for r in early] == [PartialDate(2000)]
        assert [r.date for r in late] == [PartialDate(2030)]


class TestDeterminism:
    def test_same_input_same_output(self) -> None:
        """Parsing the same text twice gives equal articles, evidence included."""
        first = parse_article(PAGE, article_id="x", published="2024-03-14")
        second = parse_article(PAGE, article_id="x", published="2024-03-14")
        assert first == second
        assert [r.evidence for r in first.records] == [r.evidence for r in second.records]
        assert first.text == second.text

    def test_article_id_defaults_to_a_content_hash(self) -> None:
        """Without an id, the article is named by its content, the same every time."""
        first = parse_article(TALKS).source
        assert first.article_id == parse_article(TALKS).source.article_id
        assert first.article_id != parse_article(PAGE).source.article_id
        assert first.content_hash is not None and first.article_id.endswith(first.content_hash[:12])
