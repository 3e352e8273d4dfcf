"""Query plans on a store: the cheaper source walked, indexes used, the in-memory answers in timeline order."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

from strategies import report_lists
from turkru import BodyKind, DocType, MeetingMode, Stage, Status
from turkru.chronicle import Chronicle
from turkru.chronicle.index import FIRST_FACETS, value_postings
from turkru.chronicle.plan import Plan
from turkru.chronicle.store import STORE_VERSION, StoredChronicle, grow_store, write_store
from turkru.model.records import AnyRecord

from .reports import TATARSTAN, agreement, event, meeting, session, source, trade, visit

_PROPERTY = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                              HealthCheck.function_scoped_fixture])

QUERIES: list[Callable[[Chronicle], Iterable[Any]]] = [
    lambda c: c.timeline(),
    lambda c: c.timeline(since="2021-05-07", until="2021-05-08"),
    lambda c: c.timeline(since=2021, include_undated=True),
    lambda c: c.timeline(until="2021-05"),
    lambda c: c.agreements_between("TM", "RU"),
    lambda c: c.agreements_between("TM", "RU", status="signed", doc_type="programme"),
    lambda c: c.agreements_between("Tatarstan", "TM", since=2021),
    lambda c: c.meetings(with_="Lavrov"),
    lambda c: c.meetings(with_="Lavrov", until=2021, include_undated=True),
    lambda c: c.meetings(between=("TM", "RU"), mode="phone"),
    lambda c: c.meetings(mode="video", status="planned"),
    lambda c: c.visits(by="RU", head="Putin", status="held"),
    lambda c: c.sessions("intergovernmental_commission", since=2021),
    lambda c: c.sessions("business_council"),
    lambda c: c.trade(exporter="TM", status="planned"),
    lambda c: c.events("forum", status="held"),
    lambda c: c.person("Berdimuhamedov", since=2021),
    lambda c: c.person("Meredow", since=2021, include_undated=True),
]
"""Every filter a query has, with and without dates (each name is one the gazetteer knows)."""


def _answers(chronicle: Chronicle) -> list[list[str]]:
    return [[entry.id for entry in query(chronicle)] for query in QUERIES]


def _as_version_2(path: Path) -> None:
    """Make *path* a store as version 2 wrote it: no posting lists of the later facets."""
    with sqlite3.connect(path) as connection:
        marks = ", ".join("?" * len(FIRST_FACETS))
        connection.execute(f"DELETE FROM postings WHERE facet NOT IN ({marks})", FIRST_FACETS)
        connection.execute("UPDATE meta SET value = '2' WHERE key = 'store_version'")
    connection.close()


A = source("a", "2021-05-08", "Trend")
B = source("b", "2021-05-09", "TASS")
C = source("c", "2025-06-26", "nCa")


def _chronicle() -> Chronicle:
    return Chronicle.from_records([
        meeting(A), meeting(B, date="2021-05-08", people=("Meredow", "Lavrov"), mode=MeetingMode.PHONE),
        meeting(C, date="2025-06-25", people=("Putin", "Berdimuhamedov"), place="Ashgabat"),
        meeting(C, date="2025-07", people=("Overchuk",), mode=MeetingMode.VIDEO, status=Status.PLANNED, place=None),
        meeting(C, date=None, people=("Lavrov", "Meredov")),
        visit(A), visit(C, date="2025-06-24", by="RU", to="TM", head="Putin"),
        session(B), session(C, date="2025-06-20", number=None, body=BodyKind.BUSINESS_COUNCIL, place=None),
        agreement(A), agreement(B, parties=(TATARSTAN,), title="memorandum on education", doc_type=DocType.MEMORANDUM),
        agreement(C, date="2025-06-26", stage=Stage.PLANNED, title="agreement on gas supplies"),
        trade(A), event(C, date="2025-06-26"), event(B, date=None, name="Turkmen Textile Exhibition"),
    ])


class TestAnswers:
    """A store answers every query as the chronicle in memory does: the same entries, in timeline order."""

    @pytest.fixture
    def stored(self, tmp_path: Path) -> tuple[Chronicle, Path]:
        chronicle = _chronicle()
        path = tmp_path / "chronicle.sqlite"
        chronicle.save(path)
        return chronicle, path

    def test_same_as_in_memory(self, stored: tuple[Chronicle, Path]) -> None:
        """Each query with each filter gives the in-memory answer."""
        chronicle, path = stored
        assert _answers(Chronicle.open(path)) == _answers(chronicle)
        assert any(len(answer) > 1 for answer in _answers(chronicle))

    def test_version_2_store(self, stored: tuple[Chronicle, Path]) -> None:
        """A store written before the status, mode, body and type lists answers alike (it tests the fields)."""
        chronicle, path = stored
        _as_version_2(path)
        opened = Chronicle.open(path)
        assert isinstance(opened, StoredChronicle) and opened.facets == FIRST_FACETS
        assert _answers(opened) == _answers(chronicle)

    def test_grown_version_2_store_stays_version_2(self, stored: tuple[Chronicle, Path]) -> None:
        """Growing a version 2 store keeps its version: its older entries have no later lists."""
        chronicle, path = stored
        _as_version_2(path)
        more = [meeting(source("d", "2025-06-27"), date="2025-06-27", mode=MeetingMode.PHONE)]
        grow_store(path, more)
        opened = Chronicle.open(path)
        assert isinstance(opened, StoredChronicle) and opened.version == 2
        assert _answers(opened) == _answers(chronicle.add(*more))

    @_PROPERTY
    @given(reports=report_lists(12))
    def test_any_chronicle(self, tmp_path: Path, reports: list[AnyRecord]) -> None:
        """For any merged chronicle, its store answers as it does."""
        chronicle = Chronicle.from_records(reports)
        path = tmp_path / "any.sqlite"
        write_store(chronicle.entries, path)
        assert _answers(Chronicle.open(path)) == _answers(chronicle)

    @_PROPERTY
    @given(first=report_lists(8), second=report_lists(8))
    def test_grown_store(self, tmp_path: Path, first: list[AnyRecord], second: list[AnyRecord]) -> None:
        """A grown store (its new rows numbered after the old, out of timeline order) answers in timeline order."""
        path = tmp_path / "grown.sqlite"
        write_store(Chronicle.from_records(first).entries, path)
        grow_store(path, second)
        assert _answers(Chronicle.open(path)) == _answers(Chronicle.from_records([*first, *second]))


DAY = dt.date(2021, 1, 1).toordinal()
"""The first day of the 120 meetings of :func:`_many` (2021-01-01)."""


def _many(tmp_path: Path) -> StoredChronicle:
    """A store of 120 meetings, every third day from :data:`DAY`, Putin at 3 of them (days 0, 120
    and 240), Lavrov at the others."""
    reports = []
    for number in range(120):
        day = dt.date.fromordinal(DAY + 3 * number).isoformat()
        people = ("Putin", "Berdimuhamedov") if number % 40 == 0 else ("Lavrov", "Meredov")
        reports.append(meeting(source(f"s{number}", day), date=day, people=people))
    path = tmp_path / "many.sqlite"
    Chronicle.from_records(reports).save(path)
    store = Chronicle.open(path)
    assert isinstance(store, StoredChronicle) and len(store) == 120
    return store


def _plan_of(rows: list[tuple[Any, ...]]) -> str:
    return " | ".join(row[3] for row in rows)


class TestPlans:
    """The plan walks the smaller source, through the indexes; both sources give the same rows."""

    def test_driver(self, tmp_path: Path) -> None:
        """A short posting list is walked; a wide one is checked against the window."""
        store = _many(tmp_path)
        putin = Plan(("meeting",), ((("person", "putin"),),))
        lavrov = Plan(("meeting",), ((("person", "lavrov"),),))
        assert putin.driver(store.rows) == 0
        assert lavrov.driver(store.rows) is None
        narrow = Plan(("meeting",), ((("person", "putin"),),), first=DAY, last=DAY + 4)
        assert narrow.driver(store.rows) is None

    @pytest.mark.parametrize("undated", [False, True])
    def test_both_sources_agree(self, tmp_path: Path, undated: bool) -> None:
        """Walking the window or any posting list gives the same rows in the same order."""
        store = _many(tmp_path)
        postings = ((("person", "putin"), ("person", "berdimuhamedov")), (("country", "TM"),))
        for first, last, count in ((None, None, 3), (DAY + 1, None, 2), (None, DAY + 150, 2), (DAY, DAY + 20, 1)):
            plan = Plan(("meeting",), postings, first=first, last=last, undated=undated)
            expected = store.rows(*plan.sql(None))
            assert len(expected) == (0 if undated else count)
            for driver in range(len(postings)):
                assert store.rows(*plan.sql(driver)) == expected

    def test_indexes_used(self, tmp_path: Path) -> None:
        """EXPLAIN QUERY PLAN: the window through entries_kind, lists by their primary key, no table scan."""
        store = _many(tmp_path)
        plan = Plan(("meeting",), ((("person", "putin"),),), first=DAY, since=DAY)
        window = _plan_of(store.rows(f"EXPLAIN QUERY PLAN {plan.sql(None)[0]}", plan.sql(None)[1]))
        assert "SEARCH e USING INDEX entries_kind (kind=? AND first_day>?)" in window
        assert "SEARCH postings USING PRIMARY KEY (facet=? AND value=? AND entry=?)" in window
        assert "RIGHT PART OF ORDER BY" in window  # rows stream in first-day order
        walked = _plan_of(store.rows(f"EXPLAIN QUERY PLAN {plan.sql(0)[0]}", plan.sql(0)[1]))
        assert "SEARCH postings USING PRIMARY KEY (facet=? AND value=?)" in walked
        assert "SEARCH e USING INTEGER PRIMARY KEY" in walked
        assert "SCAN e" not in window + walked

    def test_first_results_read_little(self, tmp_path: Path) -> None:
        """Taking the first results of a query restores a first batch, not every match."""
        store = _many(tmp_path)
        restored: list[int] = []
        original = store._entry

        def counting(row: Any, data: str, check: bool) -> Any:
            restored.append(row[0])
            return original(row, data, check)

        store._entry = counting  # type: ignore[method-assign]
        results = store.meetings(with_="Lavrov")
        first = [next(results) for _ in range(3)]
        assert [entry.record.date.isoformat() for entry in first if entry.record.date] == [
            "2021-01-04", "2021-01-07", "2021-01-10"]
        assert len(restored) <= 16


class TestFacets:
    """The one-value fields queries test are posted, so a store filters them in SQL."""

    def test_value_postings(self) -> None:
        """Status for every kind; a meeting's mode, a session's body, an agreement's document type."""
        chronicle = _chronicle()
        phone = next(e for e in chronicle if e.kind == "meeting" and e.record.mode is MeetingMode.PHONE)
        assert set(value_postings(phone.record)) == {("status", "held"), ("mode", "phone")}
        council = next(e for e in chronicle if e.kind == "commission_session" and "business" in str(e.record))
        assert set(value_postings(council.record)) == {("status", "held"), ("body", "business_council")}
        planned = next(e for e in chronicle if e.kind == "agreement" and e.record.status is Stage.PLANNED)
        assert set(value_postings(planned.record)) == {("status", "planned"), ("doc_type", "programme")}
        assert set(value_postings(next(e for e in chronicle if e.kind == "trade_flow").record)) == {("status", "held")}

    def test_store_version(self, tmp_path: Path) -> None:
        """A new store is of the current version and holds every facet's lists."""
        path = tmp_path / "chronicle.sqlite"
        _chronicle().save(path)
        opened = Chronicle.open(path)
        assert isinstance(opened, StoredChronicle) and opened.version == STORE_VERSION == 3
        facets = {row[0] for row in opened.rows("SELECT DISTINCT facet FROM postings")}
        assert facets == {"kind", "country", "word", "person", "status", "mode", "body", "doc_type"}
