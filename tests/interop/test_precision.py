"""Tests for the date precision codes and the reported-by bound."""

from __future__ import annotations

import pytest
from hypothesis import given
from tests.strategies import partial_dates

from turkru.interop.precision import date_precision, reported_by
from turkru.model.actors import Person
from turkru.model.dates import PartialDate
from turkru.model.provenance import Evidence, Source
from turkru.model.records import Agreement, DocType, LifecycleStep, Meeting, Stage, Status


def _date(text: str | None) -> PartialDate | None:
    return None if text is None else PartialDate.parse(text)


@pytest.mark.parametrize(
    ("date", "end", "acled", "ucdp"),
    [
        ("2024-03-13", None, 1, 1),
        ("2024-03-13", "2024-03-14", 2, 2),
        ("2024-03-13", "2024-03-19", 2, 3),
        ("2024-03-13", "2024-03-25", 3, 4),
        ("2024-02", None, 3, 4),
        ("2024-01", "2024-03", 3, 5),
        ("2024", None, 3, 5),
        (None, None, 3, 5),
    ],
)
def test_codes(date: str | None, end: str | None, acled: int, ucdp: int) -> None:
    """Day 1/1, a few days 2/2, a week 2/3, a fortnight 3/4, a month 3/4, longer or a year 3/5, undated 3/5."""
    found = date_precision(_date(date), _date(end))
    assert (found.acled, found.ucdp) == (acled, ucdp)


@given(partial_dates())
def test_codes_follow_the_precision(date: PartialDate) -> None:
    """A coarser date never gets a finer code, and the days counted are the days the date may denote."""
    found = date_precision(date)
    assert found.days == (date.latest - date.earliest).days + 1
    assert (found.acled == 1) == (found.ucdp == 1) == (found.days == 1)


class TestReportedBy:
    def _source(self, name: str, published: str | None) -> Evidence:
        return Evidence(source=Source(article_id=name, published=_date(published)), start=0, end=0)

    def test_held_event_is_bounded_by_its_first_report(self) -> None:
        """An undated meeting happened no later than the earliest publication reporting it."""
        evidence = (self._source("b", "2024-03-15"), self._source("a", "2024-03-14"), self._source("c", None))
        meeting = Meeting(participants=(Person(surname="Lavrov", country="RU"),), evidence=evidence)
        assert reported_by(meeting) == PartialDate.parse("2024-03-14")

    def test_plans_have_no_bound(self) -> None:
        """A planned meeting or agreement reported on a day may happen any time after it."""
        evidence = (self._source("a", "2024-03-14"),)
        assert reported_by(Meeting(status=Status.PLANNED, evidence=evidence)) is None
        planned = Agreement(doc_type=DocType.PLAN, lifecycle=(LifecycleStep(stage=Stage.PLANNED),), evidence=evidence)
        assert reported_by(planned) is None
        signed = Agreement(doc_type=DocType.PLAN, lifecycle=(LifecycleStep(stage=Stage.SIGNED),), evidence=evidence)
        assert reported_by(signed) == PartialDate.parse("2024-03-14")

    def test_no_publication_date_no_bound(self) -> None:
        """Sources without a publication date bound nothing."""
        assert reported_by(Meeting(evidence=(self._source("a", None),))) is None
