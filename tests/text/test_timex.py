"""Tests for turkru.text.timex: finding and resolving temporal expressions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from turkru.errors import ParseError
from turkru.model.dates import PartialDate
from turkru.text import Timex, clean, find_published, find_timexes, split_sentences

WEDNESDAY = PartialDate.parse("2021-03-31")  # a Wednesday


def timexes(text: str, published: PartialDate | None = WEDNESDAY) -> list[Timex]:
    return find_timexes(text, split_sentences(text), published)


def found(text: str, published: PartialDate | None = WEDNESDAY) -> list[tuple[str, str | None, str | None]]:
    """(text, value, end value) of each timex, ISO strings."""
    return [
        (t.text, t.value.isoformat() if t.value else None, t.end_value.isoformat() if t.end_value else None)
        for t in timexes(text, published)
    ]


def one(text: str, published: PartialDate | None = WEDNESDAY) -> Timex:
    result = timexes(text, published)
    assert len(result) == 1, result
    return result[0]


class TestExplicit:
    """Dates that carry their own year."""

    @pytest.mark.parametrize(
        ("text", "expression", "value"),
        [
            ("The talks were held on March 30, 2021 in the capital.", "March 30, 2021", "2021-03-30"),
            ("The talks were held on 30 March 2021.", "30 March 2021", "2021-03-30"),
            ("It was signed on 02nd April, 2021.", "02nd April, 2021", "2021-04-02"),
            ("It was signed on the 5th of May 2020.", "5th of May 2020", "2020-05-05"),
            ("The exhibition opened in March 2021.", "March 2021", "2021-03"),
            ("The exhibition opened in Sept. 2020.", "Sept. 2020", "2020-09"),
            ("The office opened in 2019.", "2019", "2019"),
            ("The firm has worked there since 2009.", "2009", "2009"),
            ("The country became independent in 1991.", "1991", "1991"),
            ("Output is planned to grow by early 2024.", "early 2024", "2024"),
            ("By the end of 2023, trade grew by 13%.", "the end of 2023", "2023"),
            ("Trade grew in mid-2022.", "mid-2022", "2022"),
            ("Trade grew in the first quarter of 2025.", "the first quarter of 2025", "2025"),
            ("The contract may start in Q3 2019.", "Q3 2019", "2019"),
            ("Trade in January-March 2025 rose by 21%.", "January-March 2025", "2025"),
            ("Trade in January\u2013August 2021 rose.", "January\u2013August 2021", "2021"),
            ("The file is dated 2021-03-30.", "2021-03-30", "2021-03-30"),
            ("The photo is dated 10.06.2022.", "10.06.2022", "2022-06-10"),
            ("Posted 18:3010.06.2022 by the editor.", "10.06.2022", "2022-06-10"),
            ("22.09.10 14:47", "22.09.10", "2010-09-22"),
            ("The memo of 25/04/2022 was read.", "25/04/2022", "2022-04-25"),
        ],
    )
    def test_value(self, text: str, expression: str, value: str) -> None:
        """The expression, its span and its value at the precision written."""
        timex = one(text)
        assert timex.text == expression
        assert text[timex.start : timex.end] == expression
        assert timex.value == PartialDate.parse(value)
        assert timex.end_value is None
        assert timex.relative is False

    def test_weekday_before_date_is_part_of_it(self) -> None:
        """ "Fri 02nd April 2021" is one date."""
        assert found("Published Fri 02nd April 2021 at noon.") == [("Fri 02nd April 2021", "2021-04-02", None)]

    def test_ambiguous_slashed_date(self) -> None:
        """05/04/2022 could be 5 April or 4 May: found, but not resolved."""
        timex = one("The memo of 05/04/2022 was read.")
        assert timex.value is None

    def test_coordinated_months_share_the_year(self) -> None:
        """ "March and April 2019" are two months of 2019."""
        assert found("Agreements were reached in March and April 2019.") == [
            ("March", "2019-03", None),
            ("April 2019", "2019-04", None),
        ]


class TestSpans:
    """Spans of days: value is the first day, end_value the last."""

    @pytest.mark.parametrize(
        ("text", "published", "value", "end"),
        [
            (
                "The delegation visits from March 30 through April 2 this year.",
                "2021-03-31",
                "2021-03-30",
                "2021-04-02",
            ),
            ("The delegation visits from March 30 to April 2.", "2021-03-31", "2021-03-30", "2021-04-02"),
            ("Days of culture were held on October 16-17, 2024.", None, "2024-10-16", "2024-10-17"),
            ("Days of culture were held on October 16-17.", "2024-10-20", "2024-10-16", "2024-10-17"),
            ("The minister will be in the capital on 5-6 February.", "2019-02-04", "2019-02-05", "2019-02-06"),
            ("The forum runs from 30 March to 2 April 2021.", None, "2021-03-30", "2021-04-02"),
            ("The talks run from December 30 to January 2, 2021.", None, "2020-12-30", "2021-01-02"),
            ("The forum runs between May 3 and May 5, 2022.", None, "2022-05-03", "2022-05-05"),
        ],
    )
    def test_span(self, text: str, published: str | None, value: str, end: str) -> None:
        """Both ends resolve; a year written once serves both."""
        anchor = PartialDate.parse(published) if published else None
        timex = one(text, anchor)
        assert (timex.value, timex.end_value) == (PartialDate.parse(value), PartialDate.parse(end))

    def test_range_to_a_number_is_not_a_span(self) -> None:
        """ "March 30 to 5 regions" is a date followed by a number."""
        assert found("On March 30 to 5 regions were sent invitations.") == [("March 30", "2021-03-30", None)]


class TestYearFromAnchor:
    """Month and day without a year take it from the publication date."""

    @pytest.mark.parametrize(
        ("text", "published", "value"),
        [
            ("The talks were held on March 30.", "2021-03-31", "2021-03-30"),
            ("A meeting will be held in Moscow on April 2.", "2021-03-31", "2021-04-02"),
            ("The meeting is scheduled for 11 December in the capital.", "2023-12-04", "2023-12-11"),
            ("Their last meeting took place on June 25.", "2025-08-28", "2025-06-25"),
            ("The forum was held on December 28.", "2024-01-05", "2023-12-28"),
            ("The forum will be held in December.", "2021-01-10", "2021-12"),
            ("The forum was held in December.", "2021-01-10", "2020-12"),
            ("The forum is scheduled to be held in August.", "2021-03-31", "2021-08"),
            ("He took office in March.", "2022-06-10", "2022-03"),
            ("The August visit was a success.", "2021-03-31", "2020-08"),
            ("The inauguration on 25 March this year was noted.", "2010-09-22", "2010-03-25"),
            ("A roadmap was signed in February this year.", "2022-06-10", "2022-02"),
            ("Prices rose in mid-March.", "2021-03-31", "2021-03"),
            ("The plan was adopted last March.", "2021-03-31", "2020-03"),
            ("The plan will be adopted next March.", "2021-03-31", "2022-03"),
            ("The plan was adopted this January.", "2021-03-31", "2021-01"),
        ],
    )
    def test_value(self, text: str, published: str, value: str) -> None:
        """Tense and nearness choose the year."""
        timex = one(text, PartialDate.parse(published))
        assert timex.value == PartialDate.parse(value)
        assert timex.relative is True

    def test_no_anchor(self) -> None:
        """Without a publication date a month alone stays unresolved."""
        assert found("The exhibition opens in March.", None) == [("March", None, None)]

    def test_earlier_explicit_date_anchors_the_year(self) -> None:
        """With no publication date, the story's own last explicit date gives the year."""
        text = "On October 16-17, 2024, days of culture were held. On October 16, a concert was given."
        assert found(text, None) == [
            ("October 16-17, 2024", "2024-10-16", "2024-10-17"),
            ("October 16", "2024-10-16", None),
        ]


class TestRelative:
    """Expressions that need the anchor."""

    @pytest.mark.parametrize(
        ("text", "value"),
        [
            ("The minister arrived today.", "2021-03-31"),
            ("Today the sides agreed.", "2021-03-31"),
            ("The minister arrived yesterday.", "2021-03-30"),
            ("The minister arrives tomorrow.", "2021-04-01"),
            ("The minister arrived the day before yesterday.", "2021-03-29"),
            ("The sides met on Tuesday.", "2021-03-30"),
            ("The sides met on Wednesday.", "2021-03-31"),
            ("The sides met on Thursday.", "2021-03-25"),
            ("The sides will meet on Tuesday.", "2021-04-06"),
            ("The sides are scheduled to meet on Thursday.", "2021-04-01"),
            ("The sides met last Wednesday.", "2021-03-24"),
            ("The sides meet next Wednesday.", "2021-04-07"),
            ("Trade grew this year.", "2021"),
            ("Trade grew last year.", "2020"),
            ("Trade will grow next year.", "2022"),
            ("Trade grew in the current year.", "2021"),
            ("Trade grew this month.", "2021-03"),
            ("Trade grew last month.", "2021-02"),
            ("Trade will grow next month.", "2021-04"),
            ("The talks took place last week.", "2021-03"),
            ("The plant opened two years ago.", "2019"),
            ("The plant opened three days ago.", "2021-03-28"),
            ("The plant opened 5 months ago.", "2020-10"),
            ("Work will end by the end of the year.", "2021"),
            ("Trade fell in the first quarter of this year.", "2021"),
        ],
    )
    def test_value(self, text: str, value: str) -> None:
        """Resolved against the publication date (Wednesday 31 March 2021)."""
        timex = one(text)
        assert timex.value == PartialDate.parse(value)
        assert timex.relative is True

    def test_this_year_is_never_a_day(self) -> None:
        """ "This year" has year precision whatever the anchor."""
        assert one("Trade grew this year.").value == PartialDate(2021)

    def test_week_straddling_months(self) -> None:
        """A week over two months is only known to its year; over two years, not at all."""
        assert one("They met last week.", PartialDate(2021, 4, 7)).value == PartialDate(2021)
        assert one("They met last week.", PartialDate(2021, 1, 6)).value is None

    def test_weekday_without_day_anchor(self) -> None:
        """A weekday needs a day-precision anchor."""
        assert one("The sides met on Tuesday.", None).value is None
        assert one("The sides met on Tuesday.", PartialDate(2021, 3)).value is None

    def test_today_without_anchor(self) -> None:
        """ "Today" without a publication date is unresolved, never the clock's today."""
        timex = one("Today the sides agreed.", None)
        assert timex.value is None and timex.relative is True

    def test_month_precision_anchor(self) -> None:
        """A month-precision anchor resolves "this year" and "last month" but not "today"."""
        anchor = PartialDate(2021, 3)
        assert one("Trade grew this year.", anchor).value == PartialDate(2021)
        assert one("Trade grew last month.", anchor).value == PartialDate(2021, 2)
        assert one("Trade grew today.", anchor).value is None


class TestCalendarArithmetic:
    """Weekday and month arithmetic across week, month and year ends."""

    @pytest.mark.parametrize(
        ("text", "published", "value"),
        [
            ("The sides met last Friday.", "2022-07-01", "2022-06-24"),  # said on a Friday
            ("The sides met on Friday.", "2022-07-01", "2022-07-01"),
            ("The sides will meet next Friday.", "2022-07-01", "2022-07-08"),
            ("The sides will meet on Monday.", "2022-07-01", "2022-07-04"),
            ("The sides met on Sunday.", "2023-01-03", "2023-01-01"),
            ("Trade will grow next month.", "2022-12-20", "2023-01"),
            ("Trade grew last month.", "2023-01-09", "2022-12"),
        ],
    )
    def test_value(self, text: str, published: str, value: str) -> None:
        """The nearest such day before or after, the month before or after."""
        assert one(text, PartialDate.parse(published)).value == PartialDate.parse(value)

    @pytest.mark.parametrize(
        ("text", "value"),
        [
            ("The governor visited Kazan on 27 August and opened a trade house there.", "2023-08-27"),
            ("On 30 August the two ministers held consultations in the capital.", "2023-08-30"),
            ("The delegations signed three documents on 2 September.", "2023-09-02"),
            ("The minister will travel to Kazan on 27 August.", "2024-08-27"),  # the future still looks ahead
            ("The talks are set for 30 August.", "2024-08-30"),
        ],
    )
    def test_simple_past_looks_back_for_a_yearless_day(self, text: str, value: str) -> None:
        """A year-less day told in the simple past ("visited", "held", "signed") is the last such day
        before the publication, even when the next one is nearer; a future one is the next."""
        assert one(text, PartialDate(2024, 3, 10)).value == PartialDate.parse(value)

    @pytest.mark.parametrize(
        "text",
        [
            "Exports will double, the minister said.He met the delegation on Monday, which was useful.",
            "Exports will double, the minister said!He met the delegation on Monday, which was useful.",
        ],
    )
    def test_glued_sentence_keeps_its_own_tense(self, text: str) -> None:
        """A future sentence glued to the next without a space does not make its Monday a future one."""
        monday = next(t for t in timexes(text, PartialDate(2022, 7, 1)) if t.text == "Monday")
        assert monday.value == PartialDate(2022, 6, 27)

    def test_en_dash_span_without_year(self) -> None:
        """An en-dash span of days ("12-13 May") takes its year from the publication date, both ends."""
        timex = one("The forum was held on 12\u201313 May.", PartialDate(2022, 5, 20))
        assert (timex.value, timex.end_value) == (PartialDate(2022, 5, 12), PartialDate(2022, 5, 13))

    @pytest.mark.parametrize(
        ("text", "value"),
        [
            ("The governor was received on Thursday, 6 October. Trade grew in 2021.", "2022-10-06"),
            ("Exports rose in 2018. The talks opened on Sunday, August 4.", "2019-08-04"),
        ],
    )
    def test_weekday_fixes_year_without_anchor(self, text: str, value: str) -> None:
        """With no publication date, the weekday beside a day picks the one year near the story's."""
        dated = [t for t in timexes(text, None) if t.value is not None and t.value.day is not None]
        assert [t.value for t in dated] == [PartialDate.parse(value)]

    @pytest.mark.parametrize(
        "text",
        [
            "The governor was received on Thursday, 6 October.",
            "The governor was received on Thursday, 6 October. The plan runs from 2010 to 2030.",
        ],
    )
    def test_weekday_without_one_fitting_year(self, text: str) -> None:
        """No year in the story, or several fitting years near it: the day stays unresolved."""
        assert all(t.value is None or t.value.day is None for t in timexes(text, None))

    def test_yearless_day_without_any_year(self) -> None:
        """ "on 14 February" with no year in the text and no publication date stays unresolved."""
        assert found("The talks were held on 14 February.", None) == [("14 February", None, None)]


class TestNarrative:
    """ "The same day" and friends follow the story's last explicit date."""

    def test_same_day_follows_story(self) -> None:
        """The last explicit date wins over the publication date."""
        text = "On May 4, 2023, a meeting was held. On the same day, consultations took place."
        assert found(text, PartialDate(2023, 5, 10)) == [
            ("May 4, 2023", "2023-05-04", None),
            ("the same day", "2023-05-04", None),
        ]

    def test_same_day_without_anchor(self) -> None:
        """With neither a story date nor a publication date it is unresolved."""
        assert found("On the same day, consultations took place.", None) == [("the same day", None, None)]

    def test_same_day_falls_back_to_anchor(self) -> None:
        """With no earlier date it is the publication date."""
        assert one("On the same day, consultations took place.").value == WEDNESDAY

    def test_next_day_and_day_before(self) -> None:
        """Shifts from the story's date."""
        text = "The forum opened on 10 June 2022. The next day the ministers met. The day before, experts met."
        values = [t.value.isoformat() if t.value else None for t in timexes(text)]
        assert values == ["2022-06-10", "2022-06-11", "2022-06-10"]

    def test_following_year(self) -> None:
        """ "The following year" counts from the story's last year."""
        text = "The plant was built in 2015. The following year it was expanded."
        assert found(text)[1] == ("The following year", "2016", None)


class TestNotDates:
    """Numbers that are not dates, and year ranges."""

    @pytest.mark.parametrize(
        "text",
        [
            "Example Agency International, 1920",
            "The sides signed 15 bilateral documents.",
            "There are about 190 companies with Russian capital.",
            "It exported 2000 tons of cotton in total.",
            "Trade grew in 2000 tons of goods.",
            "Output rose by 1.5 percent to 2021.4 units.",
            "May it be so, he said.",
            "The project may start soon.",
            "Inter RAO and Power Machines are interested.",
            "The model 2020 sold well.",
            "The plant has a staff of 1850 engineers.",
            "Relations have grown since the 1990s.",
            "He scored 21 march points.",
        ],
    )
    def test_nothing_found(self, text: str) -> None:
        """Counts, amounts, outlet numbers, the verb "may" and bare numbers are not dates."""
        assert [t for t in timexes(text) if t.value is not None or t.period is not None] == []

    @pytest.mark.parametrize(
        ("text", "period"),
        [
            ("A programme for 2021-2023 was signed.", (2021, 2023)),
            ("A plan for 2025\u20132027 is being drafted.", (2025, 2027)),
            ("A programme for 2019-20 was signed.", (2019, 2020)),
            ("Trade grew between 2015 and 2020.", (2015, 2020)),
        ],
    )
    def test_period(self, text: str, period: tuple[int, int]) -> None:
        """Year ranges are periods, not dates."""
        timex = one(text)
        assert timex.period == period
        assert timex.value is None


class TestSentences:
    """Each timex knows its sentence."""

    def test_sentence_index(self) -> None:
        """The index is into the spans passed in; -1 outside them."""
        text = "Nothing here. The talks were held on March 30, 2021. Then yesterday."
        result = timexes(text)
        assert [t.sentence for t in result] == [1, 2]
        assert find_timexes(text, [], WEDNESDAY)[0].sentence == -1


class TestProperties:
    """Invariants over arbitrary text."""

    _WORDS = st.sampled_from(
        [
            "March", "May", "30", "2021", "-", "to", "through", "on", "in", "the", "same", "day", "Tuesday",
            "this", "year", "last", "week", "ago", "two", "10.06.2022", "2021-2023", "Q3", "quarter", "of",
            "first", "will", "was", ",", ".", "\n", "today", "5th", "between", "and", "2019-02-30", "31/02/2020",
        ]
    )  # fmt: skip

    @settings(max_examples=400, deadline=None)
    @given(
        st.one_of(st.text(max_size=200), st.lists(_WORDS, max_size=40).map(" ".join)),
        st.one_of(st.none(), st.dates().map(PartialDate.from_date)),
    )
    def test_never_raises_spans_valid(self, text: str, published: PartialDate | None) -> None:
        """No exception; spans in bounds, ordered, disjoint; text matches; ends after starts;
        without a publication date only the story's own explicit dates can resolve relative ones
        (an earlier one as the anchor, or any one for the year a weekday settles)."""
        result = find_timexes(text, split_sentences(text), published)
        previous_end = 0
        for timex in result:
            assert previous_end <= timex.start < timex.end <= len(text)
            assert timex.text == text[timex.start : timex.end]
            if timex.end_value is not None:
                assert timex.value is not None and timex.value.latest < timex.end_value.earliest
            if published is None and timex.relative and timex.value is not None:
                assert any(not other.relative and other.value is not None for other in result)
            previous_end = timex.end

    def test_no_clock(self) -> None:
        """Relative expressions without an anchor stay unresolved: nothing comes from today's date."""
        text = "Today, yesterday and tomorrow; this year, last month and next week; on Friday."
        assert all(t.value is None for t in timexes(text, None))

    def test_long_inputs_are_linear(self) -> None:
        """Megabytes of date-like text and long lines are processed without hanging."""
        chunk = "On March 30 through April 2 this year, 10.06.2022 and 2021-2023; the same day. "
        text = chunk * 12000  # about 1 MB
        result = find_timexes(text, split_sentences(text), WEDNESDAY)
        assert len(result) >= 12000 * 4


class TestCorpus:
    """Coverage of the gold fact dates on the development corpus."""

    def test_gold_dates_are_found(self, corpus: Path) -> None:
        """For at least 92% of gold facts with a date, a timex in the article has that value (a floor)."""
        covered = total = 0
        missed = []
        for gold_file in sorted((corpus / "gold").glob("*.json")):
            gold = json.loads(gold_file.read_text(encoding="utf-8"))
            raw = (corpus / "articles" / f"{gold['article']}.txt").read_text(encoding="utf-8")
            text = clean(raw)
            values = {
                t.value.isoformat()
                for t in find_timexes(text, split_sentences(text), find_published(raw))
                if t.value is not None
            }
            for fact in gold["facts"]:
                date = fact.get("date")
                accepted = [d for d in (date if isinstance(date, list) else [date]) if d]
                if not accepted:
                    continue
                total += 1
                if any(d in values for d in accepted):
                    covered += 1
                else:
                    missed.append((gold["article"], fact["kind"], accepted))
        assert total > 0
        assert covered / total >= 0.92, missed


class TestErrors:
    """Wrong argument types raise ParseError."""

    def test_not_text(self) -> None:
        """Bytes are not text."""
        with pytest.raises(ParseError, match="find_timexes: expected text as str, got bytes"):
            find_timexes(b"on March 30", [], None)  # type: ignore[arg-type]

    def test_published_not_a_partial_date(self) -> None:
        """A string anchor is refused rather than silently ignored."""
        with pytest.raises(ParseError, match="find_timexes: published must be a PartialDate or None, got str"):
            find_timexes("on March 30", [], "2021-03-31")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "published", "year"),
    [
        ("Trade in January-September increased by 7 percent.", PartialDate(2024, 12, 10), 2024),
        ("From January to August the exports grew by a third.", PartialDate(2025, 2, 3), 2024),
        ("Shipments in Jan.-Oct. reached 300 trucks.", PartialDate(2024, 11, 14), 2024),
    ],
)
def test_a_yearless_run_of_months_from_january_is_the_last_one_over(
    text: str, published: PartialDate, year: int
) -> None:
    found = [t for t in find_timexes(text, split_sentences(text), published) if t.value is not None]
    assert [t.value for t in found] == [PartialDate(year)]


def test_a_run_of_months_not_from_january_is_left_to_its_months() -> None:
    text = "The exhibition runs from March to May."
    found = [t for t in find_timexes(text, split_sentences(text), PartialDate(2024, 12, 10))]
    assert all(t.value != PartialDate(2024) for t in found)


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Analysts expect turnover to exceed $1.3 billion for the full year.", 2025),
        ("Exports over the whole year should double.", 2025),
        ("Trade for the full year 2024 reached $1.6 billion.", 2024),
    ],
)
def test_the_full_year_is_the_anchors_unless_a_year_follows(text: str, year: int) -> None:
    found = [t.value for t in find_timexes(text, split_sentences(text), PartialDate(2025, 8, 21)) if t.value]
    assert found == [PartialDate(year)]


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("The exhibition of Russian goods will run from January to March.", 2025),
        ("The figures for January-May show growth of 10 percent.", 2024),
    ],
)
def test_a_run_of_months_from_january_is_over_unless_told_as_to_come(text: str, year: int) -> None:
    found = [t.value for t in find_timexes(text, split_sentences(text), PartialDate(2024, 12, 10)) if t.value]
    assert found == [PartialDate(year)]
