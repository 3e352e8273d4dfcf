"""The SQLite store: written once, opened lazily, queried without loading, checked when read."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from strategies import report_lists
from turkru import QueryError, StoreError
from turkru.chronicle import Chronicle
from turkru.chronicle.store import StoredChronicle, has_fts5, is_store, write_store
from turkru.model.records import AnyRecord

from .reports import TATARSTAN, agreement, event, meeting, session, source, trade, visit

A = source("a", "2021-05-08", "Trend")
B = source("b", "2021-05-09", "TASS")
C = source("c", "2025-06-26", "nCa")

_PROPERTY = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                              HealthCheck.function_scoped_fixture])


def _chronicle() -> Chronicle:
    return Chronicle.from_records([
        meeting(A), meeting(B, date="2021-05-08", people=("Meredow", "Lavrov")),
        meeting(C, date="2025-06-25", people=("Putin", "Berdimuhamedov"), place="Ashgabat"),
        visit(A), visit(C, date="2025-06-24", by="RU", to="TM", head="Overchuk"),
        session(B), session(C, date="2025-06-20", number=None, place=None),
        agreement(A), agreement(B, parties=(TATARSTAN,), title="memorandum on education"),
        trade(A), event(C, date="2025-06-26"), meeting(C, date=None, people=("Lavrov", "Meredov")),
    ])


@pytest.fixture
def stored(tmp_path: Path) -> tuple[Chronicle, Path]:
    """A small chronicle of every kind and the store it was saved to."""
    chronicle = _chronicle()
    path = tmp_path / "chronicle.sqlite"
    chronicle.save(path)
    return chronicle, path


QUERIES = [
    lambda c: c.agreements_between("TM", "RU"),
    lambda c: c.agreements_between("Tatarstan", "TM", since=2021),
    lambda c: c.meetings(with_="Lavrov", since="2021-05", until="2021-05-31"),
    lambda c: c.meetings(between=("TM", "RU")),
    lambda c: c.visits(by="RU", head="Overchuk", since=2025),
    lambda c: c.sessions("intergovernmental_commission"),
    lambda c: c.trade(exporter="TM"),
    lambda c: c.events(since=2025),
    lambda c: c.person("Meredow"),
    lambda c: c.timeline(),
    lambda c: c.timeline(since="2025-06-21", until="2025-06-25"),
    lambda c: c.timeline(until=2021),
]


class TestRoundTrip:
    """Chronicle.save / Chronicle.open: the same chronicle, as written."""

    def test_open_gives_a_stored_chronicle(self, stored: tuple[Chronicle, Path]) -> None:
        """open() reads a store lazily; its length comes from the file; loading gives every entry."""
        chronicle, path = stored
        opened = Chronicle.open(path)
        assert isinstance(opened, StoredChronicle)
        assert len(opened) == len(chronicle) and bool(opened)
        assert list(opened) == list(chronicle)
        assert opened.entries == chronicle.entries
        assert opened == chronicle
        assert opened.to_jsonl() == chronicle.to_jsonl()

    @pytest.mark.parametrize("number", range(len(QUERIES)))
    def test_queries_agree(self, stored: tuple[Chronicle, Path], number: int) -> None:
        """Each query on the store returns the entries the in-memory chronicle returns, in order."""
        chronicle, path = stored
        query = QUERIES[number]
        assert list(query(Chronicle.open(path))) == list(query(chronicle))

    @pytest.mark.parametrize("name", ["Lavrow", "Sergey Lavrov", "Lavrovv", "Tatarstann"])
    def test_names_resolve_alike(self, stored: tuple[Chronicle, Path], name: str) -> None:
        """Names resolve through the gazetteer and the store as they do in memory, errors included."""
        chronicle, path = stored
        opened = Chronicle.open(path)

        def outcome(c: Chronicle) -> object:
            try:
                return [*c.person(name), *c.agreements_between(name, "TM")]
            except QueryError as error:
                return str(error)

        assert outcome(opened) == outcome(chronicle)

    def test_get(self, stored: tuple[Chronicle, Path]) -> None:
        """get() reads one entry by id; an unknown id gives None."""
        chronicle, path = stored
        opened = Chronicle.open(path)
        for entry in chronicle:
            assert opened.get(entry.id) == entry
        assert opened.get("meeting-1999-01-01-000000000000") is None

    def test_many_entries_in_batches(self, tmp_path: Path) -> None:
        """More entries than one SELECT restores come back complete and in order."""
        import datetime as dt

        days = [dt.date(2021, 1, 1) + dt.timedelta(days=3 * n) for n in range(120)]
        chronicle = Chronicle.from_records(
            meeting(source(f"s{n}", day.isoformat()), date=day.isoformat()) for n, day in enumerate(days)
        )
        path = tmp_path / "many.sqlite"
        chronicle.save(path)
        assert len(chronicle) == 120
        assert list(Chronicle.open(path).timeline()) == list(chronicle)
        assert list(Chronicle.open(path).meetings(with_="Lavrov", since=2021)) == list(chronicle)

    def test_jsonl_open(self, tmp_path: Path) -> None:
        """open() of a JSON Lines file restores it as written; save() writes JSON Lines for other names."""
        chronicle = _chronicle()
        path = tmp_path / "chronicle.jsonl"
        chronicle.save(path)
        assert not is_store(path)
        assert Chronicle.open(path) == chronicle

    @_PROPERTY
    @given(reports=report_lists())
    def test_any_chronicle(self, tmp_path: Path, reports: list[AnyRecord]) -> None:
        """Any merged chronicle reads back from its store equal, entry for entry, evidence included."""
        chronicle = Chronicle.from_records(reports)
        path = tmp_path / "any.sqlite"
        write_store(chronicle.entries, path)
        opened = Chronicle.open(path)
        assert opened.to_jsonl() == chronicle.to_jsonl()
        assert [entry.evidence for entry in opened.timeline()] == [entry.evidence for entry in chronicle]


class TestTables:
    """The tables an analyst reads with any SQLite tool."""

    def test_rows(self, stored: tuple[Chronicle, Path]) -> None:
        """One entries row per entry, its sources, evidence, people, parties and conflicts beside it."""
        chronicle, path = stored
        with sqlite3.connect(path) as connection:
            rows = connection.execute("SELECT id, kind, conflicts, source_count, data FROM entries").fetchall()
            assert sorted(row[0] for row in rows) == sorted(entry.id for entry in chronicle)
            for entry_id, kind, conflicts, count, data in rows:
                entry = chronicle.get(entry_id)
                assert entry is not None
                assert (kind, json.loads(conflicts), count) == (entry.kind, list(entry.conflicts), len(entry.sources))
                assert json.loads(data)["id"] == entry_id
            sources = connection.execute(
                "SELECT e.id, s.article_id FROM sources s JOIN entries e ON e.number = s.entry"
            ).fetchall()
            assert sorted(sources) == sorted((e.id, s.article_id) for e in chronicle for s in e.sources)
            evidence = connection.execute("SELECT count(*) FROM evidence").fetchone()[0]
            assert evidence == sum(len(entry.evidence) for entry in chronicle)
            lavrov = connection.execute(
                "SELECT DISTINCT e.id FROM people p JOIN entries e ON e.number = p.entry WHERE p.surname = 'Lavrov'"
            ).fetchall()
            named = [e for e in chronicle.meetings(with_="Lavrov")]
            assert sorted(row[0] for row in lavrov) == sorted(
                e.id for e in named if any(p.surname == "Lavrov" for p in e.record.participants)  # type: ignore[union-attr]
            )
            conflicted = connection.execute("SELECT DISTINCT entry FROM conflicts").fetchall()
            assert len(conflicted) == sum(entry.conflicted for entry in chronicle)
            parties = connection.execute("SELECT name FROM parties WHERE kind = 'region'").fetchall()
            assert parties == [(TATARSTAN.name,)]

    @pytest.mark.skipif(not has_fts5(), reason="this SQLite has no FTS5")
    def test_full_text_search(self, tmp_path: Path) -> None:
        """evidence_search finds evidence spans by their words."""
        chronicle = Chronicle.from_records([meeting(A), visit(B)])
        path = tmp_path / "c.sqlite"
        chronicle.save(path)
        with sqlite3.connect(path) as connection:
            connection.execute("UPDATE evidence SET text = text")  # readable, not changed
            found = connection.execute(
                "SELECT count(*) FROM evidence_search WHERE evidence_search MATCH 'span'"
            ).fetchone()[0]
        assert found == sum(len(entry.evidence) for entry in chronicle)


def _tamper(path: Path, sql: str, *parameters: object) -> None:
    with sqlite3.connect(path) as connection:
        connection.execute(sql, parameters)
    connection.close()


class TestErrors:
    """A file that is not a store, or one edited so that it disagrees with itself, fails with its place."""

    def test_not_sqlite(self, tmp_path: Path) -> None:
        """A text file given as a store path is read as JSON Lines; a missing file is named."""
        with pytest.raises(StoreError, match=r"nope\.sqlite: cannot read"):
            Chronicle.open(tmp_path / "nope.sqlite")
        with pytest.raises(StoreError, match=r"^.*other\.db: not a turkru chronicle store"):
            path = tmp_path / "other.db"
            _tamper(path, "CREATE TABLE t (x)")
            Chronicle.open(path)

    @pytest.mark.parametrize(
        ("key", "value", "message"),
        [
            ("format", "something", r"meta\.format: 'something' is not 'turkru-chronicle'"),
            ("schema_version", "2", r"meta\.schema_version: '2' is not '1'"),
            ("store_version", "9", r"meta\.store_version: '9' is not '3' or '2'"),
            ("entries", "3", r"meta\.entries: 3 but the entries table has \d+ rows"),
        ],
    )
    def test_meta(self, stored: tuple[Chronicle, Path], key: str, value: str, message: str) -> None:
        """The format, versions and entry count are checked on open."""
        _chronicle, path = stored
        _tamper(path, "UPDATE meta SET value = ? WHERE key = ?", value, key)
        with pytest.raises(StoreError, match=message):
            Chronicle.open(path)

    def test_edited_record(self, stored: tuple[Chronicle, Path]) -> None:
        """A merged record edited in place disagrees with its variants: the row and JSON path are named."""
        chronicle, path = stored
        entry = chronicle.entries[0]
        data = json.loads(entry_data_of(path, entry.id))
        data["record"]["place"] = {"name": "Paris"}
        _tamper(path, "UPDATE entries SET data = ? WHERE id = ?", json.dumps(data), entry.id)
        with pytest.raises(StoreError, match=r"chronicle\.sqlite: entries row \d+: \$\.record: the merged record"):
            Chronicle.open(path).entries  # noqa: B018 - loading is the point

    def test_row_and_data_disagree(self, stored: tuple[Chronicle, Path]) -> None:
        """An id column that is not the id in the data is caught when the entry is read."""
        chronicle, path = stored
        entry = chronicle.entries[0]
        _tamper(path, "UPDATE entries SET id = 'x' WHERE id = ?", entry.id)
        message = r"entries row \d+: data is entry '.*' \(agreement\), the row says 'x' \(agreement\)$"
        with pytest.raises(StoreError, match=message):
            list(Chronicle.open(path).timeline())


def entry_data_of(path: Path, entry_id: str) -> str:
    """The data column of one entry."""
    with sqlite3.connect(path) as connection:
        value: str = connection.execute("SELECT data FROM entries WHERE id = ?", (entry_id,)).fetchone()[0]
    connection.close()
    return value
