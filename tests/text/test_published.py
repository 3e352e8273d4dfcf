"""Tests for turkru.text.published: the article's own date, or None."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from turkru.errors import ParseError
from turkru.model.dates import PartialDate
from turkru.text import find_published
from turkru.text._layout import classify
from turkru.text.clean import blank_boilerplate, strip_html
from turkru.text.published import published_in

BODY = "The ministers of the two countries discussed trade and energy cooperation."


def published(text: str) -> str | None:
    found = find_published(text)
    return found.isoformat() if found is not None else None


class TestSources:
    """Each form of publication date the pages show."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (f" date 2017-02-23 {BODY}", "2017-02-23"),
            (f"Results\n02/06/2019 | Press release | Distributed by Public on 02/06/2019 08:31\n{BODY}", "2019-02-06"),
            (f"Meeting with the President\n\nOctober 11, 2017, Sochi\n\n{BODY}", "2017-10-11"),
            (f"22.09.10 14:47\n\nHeadline of the story\n\n{BODY}", "2010-09-22"),
            (f"Headline of the story\n\n18:3010.06.2022\n0\n26248\n\n{BODY}", "2022-06-10"),
            (f"The leaders - Example Agency International, 1920, 10.06.2022\nSubscribe\n{BODY}", "2022-06-10"),
            (f"Headline\n\nJane Doe (@jdoe) 3 minutes ago Fri 02nd April 2021 | 03:51 PM\n\n{BODY}", "2021-04-02"),
            (f"Headline\n\nMOSCOW (Example News / Agency - 02nd April, 2021) {BODY}", "2021-04-02"),
            (f"Transport Materials 18 May 2021 11:55 (UTC +04:00)\n{BODY}", "2021-05-18"),
            (f"{BODY} The sides agreed to continue. ///Agency, 4 December 2023", "2023-12-04"),
            (f"{BODY}\n\n///Agency, 9 December 2022\n", "2022-12-09"),
            (f"NEW YORK, June 2, 2020. {BODY}", "2020-06-02"),
        ],
    )
    def test_source(self, text: str, expected: str) -> None:
        """Header line, distributor line, header dates, bylines, captions and sign-offs."""
        assert published(text) == expected

    def test_header_line_beats_later_dates(self) -> None:
        """The scraper header wins over any other date."""
        text = f" date 2017-02-23 {BODY}\n\n18.01.2016 12:00\n"
        assert published(text) == "2017-02-23"

    def test_dotted_is_day_first(self) -> None:
        """Dots mean DD.MM.YYYY."""
        assert published(f"05.04.2022\n\n{BODY}") == "2022-04-05"

    def test_distributor_is_month_first(self) -> None:
        """The distributor line means MM/DD/YYYY."""
        assert published(f"Distributed by Public on 05/04/2022 10:00\n{BODY}") == "2022-05-04"

    def test_ambiguous_slashed_date_not_guessed(self) -> None:
        """A bare slashed date whose order nothing settles is not read."""
        assert published(f"05/04/2022 10:00\n\n{BODY}") is None

    def test_slashed_date_settled_by_numbers(self) -> None:
        """A slashed date with a day above 12 has only one reading."""
        assert published(f"25/04/2022 10:00\n\n{BODY}") == "2022-04-25"


class TestSiteLayouts:
    """Publication dates in the common layouts of news sites, each with a second wording."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (f"Ministers meet\nPublished: 7 June 2023\n{BODY}", "2023-06-07"),
            (f"Ministers meet\nPosted on June 7, 2023 by Site Editor\n{BODY}", "2023-06-07"),
            (f"Ministers meet\nDate: 07.06.2023\n{BODY}", "2023-06-07"),
            (f"Ministers meet\nPublished: 09:15 am Jun 7, 2023\n{BODY}", "2023-06-07"),
        ],
    )
    def test_labelled_date(self, text: str, expected: str) -> None:
        """A line labelled as the publication date gives it, a clock or a byline beside it."""
        assert published(text) == expected

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (f"MARY, 12 August 2022 — {BODY}", "2022-08-12"),
            (f"Mary, 12 August 2022. {BODY}", "2022-08-12"),
            (f"Turkmenbashi, Turkmenistan, August 12, 2022 - {BODY}", "2022-08-12"),
            (f"KAZAN, Friday 12 August 2022 (Example Wire) - {BODY}", "2022-08-12"),
        ],
    )
    def test_dateline_with_full_date(self, text: str, expected: str) -> None:
        """A dateline with a full date in either order, a weekday or a title-case place."""
        assert published(text) == expected

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (f"Ministers meet\n\n08:40 03.11.2021 2417\n\n{BODY}", "2021-11-03"),
            (f"Ministers meet\n\n03.11.2021 08:40 | 512\n\n{BODY}", "2021-11-03"),
        ],
    )
    def test_stamp_with_clock_and_counter(self, text: str, expected: str) -> None:
        """A date beside a clock time and a view counter under the headline."""
        assert published(text) == expected

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (f"Daily schedule\n\n14 october, 2015 09:30\n\n{BODY}", "2015-10-14"),
            (f"Daily schedule\n\noctober 14, 2015\n\n{BODY}", "2015-10-14"),
        ],
    )
    def test_lower_case_month(self, text: str, expected: str) -> None:
        """A date line whose month name is written in lower case."""
        assert published(text) == expected

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (f"(WIRE- Example Agency) ASHGABAT, Turkmenistan, March 3. {BODY} Exports rose in 2019.", "2019-03-03"),
            (f"(Example Wire) KAZAN, March 3. {BODY} The deal was signed in January 2019.", "2019-03-03"),
        ],
    )
    def test_agency_prefix_before_dateline(self, text: str, expected: str) -> None:
        """An agency in brackets before a year-less dateline; the year comes from the story."""
        assert published(text) == expected

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (f"Ministers meet\nDate of publication: 21 January 2019\n{BODY}", "2019-01-21"),
            (f"Ministers meet\nPosted by Site Admin on January 21, 2019\n{BODY}", "2019-01-21"),
            (f"Ministers meet\n21.01.2019 | Views: 88 | Comments: 0\n{BODY}", "2019-01-21"),
            (f"Ministers meet\nEconomy | 21 January 2019 | 16:40\n{BODY}", "2019-01-21"),
        ],
    )
    def test_labels_counters_and_sections(self, text: str, expected: str) -> None:
        """Longer labels, a poster's name, view counters and a section name beside the date."""
        assert published(text) == expected

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (f"MARY, 12.08.2022. {BODY}", "2022-08-12"),
            (f"MARY (Turkmenistan), 12 August 2022 - {BODY}", "2022-08-12"),
            (f"12 August 2022, Mary. {BODY}", "2022-08-12"),
            (f"August 12, 2022, MARY - {BODY}", "2022-08-12"),
        ],
    )
    def test_other_dateline_orders(self, text: str, expected: str) -> None:
        """Dotted dates, a bracketed country and the date before the place."""
        assert published(text) == expected

    def test_weekday_dateline_without_year(self) -> None:
        """ "CITY, Weekday, Month D": the weekday picks the year among those near the story's."""
        text = f"KAZAN, Saturday, March 9 - {BODY} Trade rose in 2018."
        assert published(text) == "2019-03-09"

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (f"Ministers meet\nWed, 06/02/2021 - 09:30\n{BODY}", "2021-06-02"),  # 2 June 2021 was a Wednesday
            (f"Ministers meet\nSaturday, 06/02/2021\n{BODY}", "2021-02-06"),  # 6 February 2021 was a Saturday
            (f"Ministers meet\n2021/06/02\n{BODY}", "2021-06-02"),
            (f"Ministers meet\n2021.06.02 09:30\n{BODY}", "2021-06-02"),
            (f"Ministers meet\n2-Jun-2021\n{BODY}", "2021-06-02"),
            (f"Ministers meet\nAuthor: Jane Roe Date: 2 June 2021\n{BODY}", "2021-06-02"),
            (f"Ministers meet\n\n17-06-2021\n88-17-06-2021\n\n{BODY}", "2021-06-17"),  # no month 17
            (f"Trade talks\n09-28-2019\n{BODY}", "2019-09-28"),  # no month 28: month first
            (f"Ministers meet\nBy Staff writer | 2 June 2021 | 4 min read\n{BODY}", "2021-06-02"),
            (f"Trade talks\nby Our correspondent, 28 September 2019\n{BODY}", "2019-09-28"),
        ],
    )
    def test_header_only_forms(self, text: str, expected: str) -> None:
        """Year-first, hyphenated and weekday-settled slashed dates, a label after other fields, a
        hyphenated numeric date whose numbers settle its order, a staff byline in lower case."""
        assert published(text) == expected

    @pytest.mark.parametrize(
        "text",
        [
            f"Ministers meet\nSunday, 06/02/2021\n{BODY}",  # neither reading falls on a Sunday
            f"Ministers meet\nOn 2 June 2021, the ministers met.\n{BODY}",
            f"Ministers meet\n06-02-2021\n{BODY}",
            f"Ministers meet\nRef. 4417-17-06-2021\n{BODY}",  # a number run into the date
            f"Ministers meet\n31-02-2021\n{BODY}",  # neither reading exists
            f"Ministers meet\nBy the evening | 2 June 2021\n{BODY}",
        ],
    )
    def test_header_only_forms_not_guessed(self, text: str) -> None:
        """A weekday that fits no reading, a prose line opening with "On", a hyphenated numeric date
        of either order or of none, one run into a reference number, a byline that is no name."""
        assert published(text) is None

    def test_future_period_that_begins_a_year(self) -> None:
        """A story announcing a meeting for early next year was written in the year before."""
        text = f"MARY, November 20. {BODY} The next session will be held in early 2020."
        assert published(text) == "2019-11-20"

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (f"Ministers meet\nThursday, June 12\n{BODY} The plan adopted in 2014 was reviewed.", "2014-06-12"),
            (f"Ministers meet\nSunday, 12 June\n{BODY} The plan adopted in 2016 was reviewed.", "2016-06-12"),
        ],
    )
    def test_yearless_line_with_weekday(self, text: str, expected: str) -> None:
        """A date line with a weekday and no year: the year near the story's on which it fits."""
        assert published(text) == expected

    def test_weekday_no_year_near(self) -> None:
        """A weekday that fits no year near those the story writes leaves the date unknown."""
        text = f"Ministers meet\nMonday, June 12\n{BODY} The plan adopted in 2014 was reviewed."
        assert published(text) is None  # 12 June fell on a Monday in 2017 and 2023 only near it

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (f"{BODY}\n\nPress Service of the Ministry of Foreign Affairs of Turkmenistan, 5 May 2020\n", "2020-05-05"),
            (f"{BODY}\n\nInformation Department of the Embassy, May 5, 2020\n", "2020-05-05"),
        ],
    )
    def test_release_signature(self, text: str, expected: str) -> None:
        """A press release signed by its office with the date."""
        assert published(text) == expected

    @pytest.mark.parametrize(
        "text",
        [
            f"Ministers meet\nLast updated: 5 March 2024\n{BODY}",
            f"Ministers meet\nModified on 5 March 2024 10:20\n{BODY}",
            f"Ministers meet\nThe summit of 5 March 2024\n{BODY}",
        ],
    )
    def test_not_an_update_or_headline(self, text: str) -> None:
        """An update stamp or a headline naming a date is not the publication date."""
        assert published(text) is None

    def test_published_before_updated(self) -> None:
        """With an update stamp above it, the labelled publication date wins."""
        text = f"Ministers meet\nUpdated 9 March 2024\nPublished 8 March 2024\n{BODY}"
        assert published(text) == "2024-03-08"


class TestYearlessDateline:
    """A dateline without a year takes one only when the story justifies it."""

    def test_year_from_story(self) -> None:
        """The latest year written in a past-tense date of the story, weekday consistent."""
        text = (
            "CAPITAL, May 31. /AGENCY/. The contract signed in March and April 2019 was discussed on Friday. "
            "It may take effect in the third quarter of 2019."
        )
        assert published(text) == "2019-05-31"

    def test_no_year_anywhere(self) -> None:
        """Without any year in the story the date stays unknown."""
        text = "CAPITAL. April 4 (Agency) - The minister said he met the president earlier on Thursday."
        assert published(text) is None

    def test_weekday_mismatch(self) -> None:
        """A named weekday that the day does not fall on in that year refutes the year."""
        text = "CAPITAL, May 31. /AGENCY/. The talks held on Monday followed the deal of April 2019."
        assert published(text) is None  # 31 May 2019 was a Friday

    def test_future_year_is_not_evidence(self) -> None:
        """A target year in a future-tense sentence does not date the story."""
        text = "CAPITAL, May 31. /AGENCY/. Trade will double by 2030, the minister said."
        assert published(text) is None

    def test_country_dateline(self) -> None:
        """ "COUNTRY, Month D -" datelines work the same way."""
        text = "RUSSIA, October 10 - The co-chairs met. Trade grew in January-September 2023 and in August 2023."
        assert published(text) == "2023-10-10"


class TestNotPublicationDates:
    """Dates that are not the article's own."""

    @pytest.mark.parametrize(
        "text",
        [
            f"{BODY}\n© Example Agency, 2017",
            f"{BODY}\n29.08.2025\nMinister Visits Capital...18.08.2025\nTrade Grows Again...23.07.2025\n",
            f"On May 4, 2023, a meeting was held. {BODY}",
            f"On October 16-17, 2024, days of culture were held. {BODY}",
            f"Headline\n{BODY} The agreement was signed in 2000.",
            f"Source: https://example.com/news/2023/07/12/story-name\n{BODY}",
            BODY,
            "",
        ],
    )
    def test_none(self, text: str) -> None:
        """Copyright years, related-news lists, prose dates and addresses give None."""
        assert published(text) is None


class TestRobustness:
    """find_published never fails and never reads the clock."""

    @settings(max_examples=200, deadline=None)
    @given(st.text(max_size=300))
    def test_any_text(self, text: str) -> None:
        """Any text gives a day-precision date or None."""
        found = find_published(text)
        assert found is None or found.day is not None

    def test_deterministic(self) -> None:
        """The same text gives the same answer (no dependence on today's date)."""
        text = "CAPITAL, May 31. /AGENCY/. The deal of April 2019 was discussed on Friday."
        assert find_published(text) == find_published(text) == PartialDate(2019, 5, 31)


class TestCorpus:
    """Accuracy on the development corpus (gold 'published'; a list means any value is right)."""

    def test_accuracy(self, corpus: Path) -> None:
        """At least 97% of the articles get the gold publication date (a regression floor)."""
        right = total = 0
        wrong = []
        for gold_file in sorted((corpus / "gold").glob("*.json")):
            gold = json.loads(gold_file.read_text(encoding="utf-8"))
            accepted = gold["published"] if isinstance(gold["published"], list) else [gold["published"]]
            raw = (corpus / "articles" / f"{gold['article']}.txt").read_text(encoding="utf-8")
            found = published(raw)
            total += 1
            if found in accepted:
                right += 1
            else:
                wrong.append((gold["article"], found, accepted))
        assert total > 0
        assert right / total >= 0.97, wrong


class TestErrors:
    """Only text is accepted."""

    def test_not_text(self) -> None:
        """A list raises ParseError naming the function and the type."""
        with pytest.raises(ParseError, match="find_published: expected text as str, got list"):
            find_published(["date 2021-03-31"])  # type: ignore[arg-type]


class TestPublishedIn:
    @pytest.mark.parametrize(
        "raw",
        [
            f"Home | News\n\nTalks in Moscow\n12.03.2021 14:05\n\n{BODY}\n",
            f"MOSCOW, May 31. /TASS/. {BODY} The talks were held on 28 May 2019.\n",
            f"date 2020-01-02\n{BODY}\n",
            f"{BODY}\n",
        ],
    )
    def test_same_as_find_published(self, raw: str) -> None:
        """Given the classified lines and the cleaned text, it finds what find_published finds."""
        page = strip_html(raw)
        lines = classify(page)
        assert published_in(page, lines, blank_boilerplate(page, lines)) == find_published(raw)
        assert published_in(page) == find_published(raw)


class TestOneRelatedItem:
    """A single dated headline under a related-news heading is part of that list, not the article's date (#10)."""

    @pytest.mark.parametrize(
        "text",
        [
            f"Invented headline\n{BODY}\nRead also:\nMinisters met in the capital (3 March 2023)\n",
            f"Invented headline\n{BODY}\nRelated\n12.01.2023\nGas talks in the capital\n",
            f"Invented headline\n{BODY}\nSee also\nEnvoy visits the port city, 5 June 2022\n",
            f"Invented headline\n{BODY}\n\nMore stories:\n\n14.02.2021 Trade talks resume\n",
        ],
    )
    def test_none(self, text: str) -> None:
        """The one item's date is not read as the publication date."""
        assert published(text) is None

    def test_article_date_still_read(self) -> None:
        """The page's own stamp above the body is read; the single related item below is not."""
        text = f"Invented headline\nPublished: 4 March 2024\n{BODY}\nRead also:\nMinisters met (3 March 2023)\n"
        assert published(text) == "2024-03-04"

    def test_dated_line_under_other_chrome_is_kept(self) -> None:
        """A date under a chrome line that is no related-news heading ("Latest news") is still read."""
        assert published(f"Invented headline\nLatest news\n4 March 2024 10:15\n{BODY}") == "2024-03-04"
