"""Tests for turkru.model.dates: partial dates, their order, and spans."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from strategies import date_spans, partial_dates
from turkru.errors import InvalidDateError
from turkru.model.dates import DateSpan, PartialDate, Precision, check_span


class TestPartialDateParse:
    """PartialDate.parse reads the three ISO precisions and refuses anything else."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("2021", PartialDate(2021)),
            ("2021-03", PartialDate(2021, 3)),
            ("2021-03-30", PartialDate(2021, 3, 30)),
            ("0001-01-01", PartialDate(1, 1, 1)),
        ],
    )
    def test_valid(self, text: str, expected: PartialDate) -> None:
        """Year, month and day precision parse to the matching parts."""
        assert PartialDate.parse(text) == expected

    @pytest.mark.parametrize(
        ("text", "message"),
        [
            ("2021-13", "Invalid partial date: '2021-13' (month: 13 is not between 1 and 12)"),
            ("2021-02-29", "Invalid partial date: '2021-02-29' (day: 2021-02-29 is not a calendar date)"),
            ("0000", "Invalid partial date: '0000' (year: 0 is not between 1 and 9999)"),
            ("March 2021", "Invalid partial date: 'March 2021' (expected YYYY, YYYY-MM or YYYY-MM-DD)"),
            ("21-03", "Invalid partial date: '21-03' (expected YYYY, YYYY-MM or YYYY-MM-DD)"),
        ],
    )
    def test_invalid(self, text: str, message: str) -> None:
        """Malformed or impossible dates raise InvalidDateError quoting the input."""
        with pytest.raises(InvalidDateError) as caught:
            PartialDate.parse(text)
        assert str(caught.value) == message

    def test_not_a_string(self) -> None:
        """A non-string is refused with our error, not a TypeError."""
        with pytest.raises(InvalidDateError) as caught:
            PartialDate.parse(2021)  # type: ignore[arg-type]
        assert str(caught.value) == "Invalid partial date: 2021 is not a string"

    @given(partial_dates())
    def test_isoformat_round_trip(self, date: PartialDate) -> None:
        """parse(isoformat(d)) == d for every partial date."""
        assert PartialDate.parse(date.isoformat()) == date


class TestPartialDateInvariants:
    """The constructor checks the parts."""

    def test_day_without_month(self) -> None:
        """A day needs a month."""
        with pytest.raises(InvalidDateError) as caught:
            PartialDate(2021, day=3)
        assert str(caught.value) == "day: 3 given without a month (year 2021)"

    def test_month_out_of_range(self) -> None:
        """Months run from 1 to 12."""
        with pytest.raises(InvalidDateError) as caught:
            PartialDate(2021, 0)
        assert str(caught.value) == "month: 0 is not between 1 and 12"

    def test_leap_day(self) -> None:
        """29 February exists in leap years only."""
        assert PartialDate(2024, 2, 29).latest == dt.date(2024, 2, 29)
        with pytest.raises(InvalidDateError):
            PartialDate(2023, 2, 29)


class TestPartialDateBounds:
    """earliest, latest, precision, contains, overlaps, truncate."""

    def test_month_bounds(self) -> None:
        """A month covers its first to its last day."""
        date = PartialDate(2024, 2)
        assert (date.earliest, date.latest) == (dt.date(2024, 2, 1), dt.date(2024, 2, 29))
        assert date.precision is Precision.MONTH

    def test_year_contains_month(self) -> None:
        """A year contains its months; a month does not contain its year."""
        year, month = PartialDate(2021), PartialDate(2021, 3)
        assert year.contains(month)
        assert not month.contains(year)
        assert year.overlaps(month) and month.overlaps(year)
        assert not month.overlaps(PartialDate(2021, 4))

    @given(partial_dates())
    def test_earliest_not_after_latest(self, date: PartialDate) -> None:
        """earliest <= latest, with equality exactly at day precision."""
        assert date.earliest <= date.latest
        assert (date.earliest == date.latest) == (date.precision is Precision.DAY)

    @given(partial_dates(), st.sampled_from(Precision))
    def test_truncate_contains(self, date: PartialDate, precision: Precision) -> None:
        """A coarser date contains the finer one, and truncating never refines."""
        coarse = date.truncate(precision)
        assert coarse.contains(date)
        assert coarse.precision.rank == min(precision.rank, date.precision.rank)


class TestPartialDateOrder:
    """Ordering is total and consistent with sort_key and equality."""

    def test_coarser_first_on_tie(self) -> None:
        """On the same earliest day, the year sorts before the month before the day."""
        dates = [PartialDate(2021, 1, 1), PartialDate(2021, 1), PartialDate(2021)]
        assert sorted(dates) == [PartialDate(2021), PartialDate(2021, 1), PartialDate(2021, 1, 1)]

    @given(partial_dates(), partial_dates())
    def test_total(self, left: PartialDate, right: PartialDate) -> None:
        """Exactly one of <, ==, > holds, and each agrees with sort_key."""
        assert [left < right, left == right, left > right].count(True) == 1
        assert (left < right) == (left.sort_key() < right.sort_key())
        assert (left == right) == (left.sort_key() == right.sort_key())
        assert (left <= right) == (left < right or left == right)
        assert (left >= right) == (left > right or left == right)

    @given(st.lists(partial_dates(), max_size=8))
    def test_sort_matches_sort_key(self, dates: list[PartialDate]) -> None:
        """sorted() by the operators equals sorted() by sort_key."""
        assert sorted(dates) == sorted(dates, key=PartialDate.sort_key)

    def test_other_types_not_ordered(self) -> None:
        """Comparing with a non-date raises TypeError, as Python's operators do."""
        with pytest.raises(TypeError):
            _ = PartialDate(2021) < "2021"  # type: ignore[operator]


class TestSpans:
    """check_span and DateSpan: an end is never before its start."""

    def test_end_before_start(self) -> None:
        """An end wholly before the start is refused, naming both."""
        with pytest.raises(InvalidDateError) as caught:
            DateSpan(start=PartialDate(2021, 3), end=PartialDate(2021, 2))
        assert str(caught.value) == "DateSpan: end 2021-02 is before start 2021-03"

    def test_end_without_start(self) -> None:
        """An end needs a start."""
        with pytest.raises(InvalidDateError) as caught:
            check_span(None, PartialDate(2021), where="Here")
        assert str(caught.value) == "Here: end 2021 given without a start"

    def test_overlapping_end_allowed(self) -> None:
        """An end that may fall on or after the start is allowed."""
        span = DateSpan(start=PartialDate(2021, 3), end=PartialDate(2021, 3, 1))
        assert (span.earliest, span.latest) == (dt.date(2021, 3, 1), dt.date(2021, 3, 1))

    @given(date_spans())
    def test_span_bounds(self, span: DateSpan) -> None:
        """A span's earliest day is its start's, and it ends no earlier than it starts."""
        assert span.earliest == span.start.earliest
        assert span.earliest <= span.latest
