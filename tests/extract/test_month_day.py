"""Year-less dates: a month and day with no year anywhere to take it from stay a month-day.

Covers the model (turkru.model.dates.MonthDay), the timex, the record, the wire format and the
chronicle's merge of two such reports (issue #11).
"""

from __future__ import annotations

import pytest

from turkru import Chronicle, MonthDay, PartialDate, parse_article
from turkru.errors import InvalidDateError, InvalidRecordError
from turkru.model.records import Meeting
from turkru.serialize.jsonio import dumps, loads
from turkru.text.sentences import split_sentences
from turkru.text.timex import find_timexes

TALKS = "Turkmen Foreign Minister Rashid Meredov and Russian Foreign Minister Sergey Lavrov held talks on October 2."
CALL = "On 2 October, Sergey Lavrov had a telephone conversation with Rashid Meredov about transit."  # reworded


def _meetings(text: str, published: str | None = None) -> list[Meeting]:
    return [r for r in parse_article(text, published=published).records if isinstance(r, Meeting)]


class TestMonthDay:
    def test_parse_and_write(self) -> None:
        """A month-day reads and writes ISO 8601's --MM-DD form."""
        assert MonthDay.parse("--10-02") == MonthDay(10, 2)
        assert MonthDay(2, 29).isoformat() == "--02-29"

    @pytest.mark.parametrize("text", ["10-02", "--13-01", "--04-31", "2024-10-02"])
    def test_invalid(self, text: str) -> None:
        """What is not a day of some year's calendar is refused with the text named."""
        with pytest.raises(InvalidDateError, match="month-day"):
            MonthDay.parse(text)


class TestTimex:
    def test_no_year_anywhere(self) -> None:
        """Without a publication date or an earlier dated sentence, the timex keeps month and day only."""
        [timex] = find_timexes(TALKS, split_sentences(TALKS), None)
        assert timex.value is None and timex.month_day == MonthDay(10, 2)

    def test_day_first_variant(self) -> None:
        """The day-first wording gives the same month-day."""
        [timex] = find_timexes(CALL, split_sentences(CALL), None)
        assert timex.month_day == MonthDay(10, 2)

    def test_a_publication_date_gives_the_year(self) -> None:
        """With an anchor the date resolves as before and no month-day is kept."""
        [timex] = find_timexes(TALKS, split_sentences(TALKS), PartialDate(2023, 10, 3))
        assert timex.value == PartialDate(2023, 10, 2) and timex.month_day is None


class TestRecords:
    def test_meeting_keeps_the_month_day(self) -> None:
        """The talks are undated but keep October 2 as their month-day."""
        [meeting] = _meetings(TALKS)
        assert meeting.date is None and meeting.month_day == MonthDay(10, 2)

    def test_phone_call_variant(self) -> None:
        """A differently worded report (a phone call, day first) keeps it too."""
        [meeting] = _meetings(CALL)
        assert meeting.date is None and meeting.month_day == MonthDay(10, 2)

    def test_dated_article_has_no_month_day(self) -> None:
        """With a publication date the meeting is dated and has no month-day."""
        [meeting] = _meetings(TALKS, published="2023-10-03")
        assert meeting.date == PartialDate(2023, 10, 2) and meeting.month_day is None

    def test_never_beside_a_date(self) -> None:
        """A record cannot hold a month-day and a date at once."""
        with pytest.raises(InvalidRecordError, match="month_day"):
            Meeting(date=PartialDate(2023, 10, 2), month_day=MonthDay(10, 2))

    def test_round_trip(self) -> None:
        """The month-day survives JSON; a record without one writes no month_day key."""
        [meeting] = _meetings(TALKS)
        assert '"month_day": "--10-02"' in dumps(meeting)
        assert loads(dumps(meeting)) == meeting
        assert "month_day" not in dumps(_meetings(TALKS, published="2023-10-03")[0])


class TestChronicle:
    def test_two_outlets_merge_on_the_month_day(self) -> None:
        """Two reports of the October 2 talks, neither with a year, are one entry keeping the month-day."""
        first = parse_article(TALKS, article_id="one", outlet="First")
        second = parse_article(
            "Sergey Lavrov and Rashid Meredov held talks in Moscow on 2 October.", article_id="two", outlet="Second"
        )
        meetings = [e for e in Chronicle.from_articles([first, second]) if isinstance(e.record, Meeting)]
        assert len(meetings) == 1
        assert meetings[0].record.month_day == MonthDay(10, 2) and meetings[0].date is None
        assert {s.article_id for s in meetings[0].sources} == {"one", "two"}

    def test_different_month_days_stay_apart(self) -> None:
        """Talks on October 2 and on November 5 (no years) are two entries."""
        first = parse_article(TALKS, article_id="one")
        second = parse_article(TALKS.replace("October 2", "November 5"), article_id="two")
        meetings = [e for e in Chronicle.from_articles([first, second]) if isinstance(e.record, Meeting)]
        assert sorted(str(e.record.month_day) for e in meetings) == ["--10-02", "--11-05"]
