"""Entry ids come from the founding report: a report added later does not change them."""

from __future__ import annotations

from pathlib import Path

import pytest

from turkru.chronicle import Chronicle
from turkru.chronicle.entry import ChronicleEntry
from turkru.chronicle.restore import entry_data, restore_entry
from turkru.chronicle.store import grow_store, write_store
from turkru.errors import SerializationError
from turkru.model.records import AnyRecord

from .reports import meeting, source, visit

EARLY = source("early", "2022-09-02", "Turkmenistan Today")
LATE = source("late", "2022-09-05", "Interfax")
LATER = source("later", "2022-09-20", "Kommersant")


def _only(chronicle: Chronicle) -> ChronicleEntry:
    entries = list(chronicle)
    assert len(entries) == 1, [entry.id for entry in entries]
    return entries[0]


def _alone(report: AnyRecord) -> str:
    return _only(Chronicle.from_records([report])).id


class TestFoundingReport:
    """The id of an entry is the id its earliest-published report would have alone."""

    def test_a_later_day_does_not_rename_a_month(self) -> None:
        """A second outlet dates the talks to the day: the merged date moves, the id stays."""
        first = meeting(EARLY, date="2022-09", people=("Putin", "Berdimuhamedov"))
        second = meeting(LATE, date="2022-09-01", people=("Putin", "Berdimuhamedov"))
        entry = _only(Chronicle.from_records([first, second]))
        assert entry.date is not None and entry.date.isoformat() == "2022-09-01"
        assert entry.id == _alone(first)
        assert entry.id.startswith("meeting-2022-09-")

    def test_a_dated_report_does_not_rename_an_undated_entry(self) -> None:
        """Undated at first, dated by a later article: still the undated founder's id."""
        first = meeting(EARLY, date=None)
        second = meeting(LATE, date="2022-08-30")
        entry = _only(Chronicle.from_records([first, second]))
        assert entry.date is not None
        assert entry.id == _alone(first)
        assert entry.id.startswith("meeting-undated-")

    def test_another_participant_does_not_rename_a_meeting(self) -> None:
        """A later report naming one more person joins the entry and leaves its id alone."""
        first = meeting(EARLY, date="2022-09-01")
        second = meeting(LATE, date="2022-09-01", people=("Lavrov", "Meredov", "Overchuk"))
        entry = _only(Chronicle.from_records([first, second]))
        assert len(entry.record.participants) == 3  # type: ignore[union-attr]
        assert entry.id == _alone(first)

    def test_a_head_named_later_does_not_rename_a_visit(self) -> None:
        """A visit whose head a later outlet names keeps the id of the first report."""
        first = visit(EARLY, date="2022-09-01", head=None)
        second = visit(LATE, date="2022-09-01", head="Meredov")
        entry = _only(Chronicle.from_records([first, second]))
        assert entry.record.head is not None  # type: ignore[union-attr]
        assert entry.id == _alone(first)

    def test_the_earliest_published_founds_whatever_the_order(self) -> None:
        """Listed last, the earliest-published report still gives the id."""
        first = meeting(EARLY, date="2022-09")
        second = meeting(LATE, date="2022-09-01")
        assert _only(Chronicle.from_records([second, first])).id == _alone(first)

    def test_a_founder_published_earlier_does_rename(self) -> None:
        """The rule has one direction: a report published before the founder takes over."""
        founder = meeting(LATE, date="2022-09")
        earlier = meeting(EARLY, date="2022-09-01")
        assert _only(Chronicle.from_records([founder, earlier])).id == _alone(earlier)


class TestGrowingKeepsIds:
    """add() and a growing store give the founder's id too, as a full merge does."""

    def test_add(self) -> None:
        """Adding two later reports one by one keeps the id the first report gave."""
        first = meeting(EARLY, date="2022-09")
        chronicle = Chronicle.from_records([first])
        before = _only(chronicle).id
        grown = chronicle.add(meeting(LATE, date="2022-09-01")).add(
            meeting(LATER, date="2022-09-01", people=("Lavrov", "Meredov", "Overchuk"))
        )
        assert _only(grown).id == before

    def test_store(self, tmp_path: Path) -> None:
        """A store grown by a later visit report keeps the entry's id, and reads back."""
        path = tmp_path / "chronicle.sqlite"
        first = visit(EARLY, date="2022-09-01", head=None)
        write_store(Chronicle.from_records([first]).entries, path)
        grow_store(path, [visit(LATE, date="2022-09-01", head="Meredov")])
        assert _only(Chronicle.open(path)).id == _alone(first)

    def test_jsonl_round_trip(self) -> None:
        """An id whose date is the founder's, not the merged one, is read back as valid."""
        chronicle = Chronicle.from_records([meeting(EARLY, date=None), meeting(LATE, date="2022-08-30")])
        again = Chronicle.from_jsonl(chronicle.to_jsonl())
        assert [entry.id for entry in again] == [entry.id for entry in chronicle]


class TestCollisions:
    """Entries whose founders share key fields still get ids of their own."""

    def test_two_records_of_one_article(self) -> None:
        """One keeps the plain id, the other gets one of its own; both read kind-date-."""
        trade = meeting(EARLY, date="2022-09-01", topics=("trade",))
        energy = meeting(EARLY, date="2022-09-01", topics=("energy",))
        ids = {entry.id for entry in Chronicle.from_records([trade, energy])}
        assert len(ids) == 2
        assert _alone(trade) in ids and _alone(trade) == _alone(energy)
        assert all(value.startswith("meeting-2022-09-01-") for value in ids)

    def test_deterministic(self) -> None:
        """Either input order gives the same two ids to the same two entries."""
        trade = meeting(EARLY, date="2022-09-01", topics=("trade",))
        energy = meeting(EARLY, date="2022-09-01", topics=("energy",))
        one = {entry.record.topics: entry.id for entry in Chronicle.from_records([trade, energy])}  # type: ignore[union-attr]
        two = {entry.record.topics: entry.id for entry in Chronicle.from_records([energy, trade])}  # type: ignore[union-attr]
        assert one == two


class TestReadingIds:
    """A written id is checked against the founding report's kind and date."""

    def _line(self) -> dict[str, object]:
        chronicle = Chronicle.from_records([meeting(EARLY, date=None), meeting(LATE, date="2022-08-30")])
        return entry_data(_only(chronicle))

    def test_a_foreign_id_fails_at_its_path(self) -> None:
        """An id naming another kind fails with $.id and the expected prefix."""
        data = self._line()
        data["id"] = "visit-undated-0123456789ab"
        with pytest.raises(SerializationError, match=r"\$\.id: .*expected 'meeting-undated-'"):
            restore_entry(data)

    def test_an_id_by_the_merged_date_still_reads(self) -> None:
        """A file written when ids took the merged date loads with the id it has."""
        data = self._line()
        data["id"] = "meeting-2022-08-30-0123456789ab"
        assert restore_entry(data).id == "meeting-2022-08-30-0123456789ab"
