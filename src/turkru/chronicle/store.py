"""A chronicle in a SQLite file: saved once, reopened in milliseconds, queried without loading it.

Each entry is one row of ``entries`` holding its whole stored form as JSON (``data``, the
JSON Lines line of :mod:`turkru.chronicle.restore`, so every field of every record is
kept) beside the columns and tables an analyst or a query needs: ``sources``,
``evidence`` (with the full-text table ``evidence_search`` where SQLite has FTS5),
``people``, ``parties``, ``conflicts`` and ``postings`` (the query index). The tables are
described in docs/scale.md. Only the standard library's :mod:`sqlite3` is used.

A :class:`StoredChronicle` reads the file lazily: a query selects candidate rows through
the ``postings`` and the day columns, then restores only those entries.
"""

from __future__ import annotations

import json
import os
import sqlite3
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from turkru.chronicle.args import DateBounds
from turkru.chronicle.collection import Chronicle, _Lazy, timeline_key
from turkru.chronicle.entry import ChronicleEntry
from turkru.chronicle.grow import entry_keys, grow
from turkru.chronicle.index import FACETS, FIRST_FACETS, Posting, parties_of, people_of, postings_of
from turkru.chronicle.jsonl import entry_line
from turkru.chronicle.merge import base_id
from turkru.chronicle.plan import Plan
from turkru.chronicle.restore import restore_entry
from turkru.errors import SerializationError, StoreError
from turkru.jsontext import JsonTextError, load_json
from turkru.model.actors import Party, PartyKind, Person
from turkru.outputs import mode_for

if TYPE_CHECKING:
    from turkru.model.records import AnyRecord

__all__ = [
    "STORE_FORMAT",
    "STORE_SUFFIXES",
    "STORE_VERSION",
    "StoredChronicle",
    "grow_store",
    "has_fts5",
    "is_store",
    "is_store_path",
    "write_store",
]

STORE_FORMAT = "turkru-chronicle"
"""The ``format`` row of the ``meta`` table."""

STORE_VERSION = 3
"""The version of the table layout and its contents; bumped on any incompatible change."""

READABLE_FACETS = {2: FIRST_FACETS, 3: FACETS}
"""The store versions this turkru reads, each with the facets its ``postings`` hold (version 2
has no ``status``, ``mode``, ``body`` or ``doc_type`` lists: queries on it test those fields
on the restored entries alone)."""

STORE_SUFFIXES = (".sqlite", ".sqlite3", ".db")
"""File names that ``turkru merge -o`` writes as a SQLite store (anything else as text)."""

_MAGIC = b"SQLite format 3\x00"

_TABLES = (
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    """CREATE TABLE entries (
        number INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL,
        status TEXT NOT NULL,
        date TEXT,
        end_date TEXT,
        first_day INTEGER,
        last_day INTEGER,
        precision INTEGER,
        conflicts TEXT NOT NULL,
        source_count INTEGER NOT NULL,
        base_id TEXT NOT NULL,
        data TEXT NOT NULL)""",
    "CREATE INDEX entries_base_id ON entries (base_id)",
    "CREATE INDEX entries_days ON entries (first_day, last_day)",
    "CREATE INDEX entries_kind ON entries (kind, first_day)",
    """CREATE TABLE sources (
        entry INTEGER NOT NULL REFERENCES entries (number),
        article_id TEXT NOT NULL, outlet TEXT, url TEXT, published TEXT, content_hash TEXT)""",
    "CREATE INDEX sources_article ON sources (article_id)",
    "CREATE INDEX sources_entry ON sources (entry)",
    "CREATE INDEX sources_content ON sources (content_hash) WHERE content_hash IS NOT NULL",
    """CREATE TABLE evidence (
        entry INTEGER NOT NULL REFERENCES entries (number),
        article_id TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL)""",
    "CREATE INDEX evidence_entry ON evidence (entry)",
    """CREATE TABLE people (
        entry INTEGER NOT NULL REFERENCES entries (number),
        key TEXT NOT NULL, surname TEXT NOT NULL, given_names TEXT, country TEXT)""",
    "CREATE INDEX people_key ON people (key)",
    "CREATE INDEX people_entry ON people (entry)",
    """CREATE TABLE parties (
        entry INTEGER NOT NULL REFERENCES entries (number),
        name TEXT NOT NULL, kind TEXT NOT NULL, country TEXT)""",
    "CREATE INDEX parties_name ON parties (name)",
    "CREATE INDEX parties_entry ON parties (entry)",
    "CREATE TABLE conflicts (entry INTEGER NOT NULL REFERENCES entries (number), field TEXT NOT NULL)",
    "CREATE INDEX conflicts_entry ON conflicts (entry)",
    """CREATE TABLE postings (
        facet TEXT NOT NULL, value TEXT NOT NULL, entry INTEGER NOT NULL,
        PRIMARY KEY (facet, value, entry)) WITHOUT ROWID""",
    "CREATE INDEX postings_entry ON postings (entry)",
    """CREATE TABLE merge_keys (
        code INTEGER NOT NULL, entry INTEGER NOT NULL, PRIMARY KEY (code, entry)) WITHOUT ROWID""",
    "CREATE INDEX merge_keys_entry ON merge_keys (entry)",
)
"""The layout, one statement each (documented in docs/scale.md)."""

_FTS_TABLE = (
    "CREATE VIRTUAL TABLE evidence_search USING fts5(text, content='evidence', content_rowid='rowid')"
)

_ROW_TABLES = ("sources", "evidence", "people", "parties", "conflicts", "postings", "merge_keys")
"""The tables with one or more rows per entry (column ``entry``)."""

_BATCH = 500
"""Entries restored per SELECT while a query streams its results (at most)."""

_FIRST_BATCH = 16
"""Entries restored by the first SELECT, so the first results come at once; each next one is 4 times larger."""


def has_fts5() -> bool:
    """Whether this Python's SQLite has the FTS5 full-text extension."""
    connection = sqlite3.connect(":memory:")
    try:
        connection.execute("CREATE VIRTUAL TABLE probe USING fts5(text)")
    except sqlite3.OperationalError:
        return False
    finally:
        connection.close()
    return True


def is_store_path(path: str | os.PathLike[str]) -> bool:
    """Whether *path* names a file to write as a SQLite store (by its suffix)."""
    return Path(path).suffix.lower() in STORE_SUFFIXES


def is_store(path: str | os.PathLike[str]) -> bool:
    """Whether *path* is an existing SQLite file (by its first bytes)."""
    try:
        with open(path, "rb") as handle:
            return handle.read(len(_MAGIC)) == _MAGIC
    except OSError:
        return False


def _days(entry: ChronicleEntry) -> tuple[int | None, int | None, int | None]:
    date = entry.record.date
    if date is None:
        return None, None, None
    end = (entry.record.end_date or date).latest
    return date.earliest.toordinal(), end.toordinal(), date.precision.rank


def _entry_row(number: int, entry: ChronicleEntry) -> tuple[Any, ...]:
    record = entry.record
    first, last, precision = _days(entry)
    return (
        number,
        entry.id,
        entry.kind,
        record.status.value,
        record.date.isoformat() if record.date else None,
        record.end_date.isoformat() if record.end_date else None,
        first,
        last,
        precision,
        json.dumps(list(entry.conflicts)),
        len(entry.sources),
        base_id(entry),
        entry_line(entry).rstrip("\n"),
    )


def _insert(connection: sqlite3.Connection, numbered: Iterable[tuple[int, ChronicleEntry]], fts: bool) -> None:
    """Write the rows of *numbered* entries into every table."""
    rows: dict[str, list[tuple[Any, ...]]] = {name: [] for name in ("entries", *_ROW_TABLES)}
    for number, entry in numbered:
        rows["entries"].append(_entry_row(number, entry))
        for source in entry.sources:
            published = source.published.isoformat() if source.published else None
            rows["sources"].append(
                (number, source.article_id, source.outlet, source.url, published, source.content_hash)
            )
        for item in entry.evidence:
            rows["evidence"].append((number, item.source.article_id, item.start, item.end, item.text))
        for person in people_of(entry):
            rows["people"].append((number, person.key, person.surname, person.given_names, person.country))
        for party in parties_of(entry):
            rows["parties"].append((number, party.name, party.kind.value, party.country))
        rows["conflicts"].extend((number, field) for field in entry.conflicts)
        rows["postings"].extend((facet, value, number) for facet, value in postings_of(entry))
        rows["merge_keys"].extend((code, number) for code in entry_keys(entry))
    first_evidence = connection.execute("SELECT coalesce(max(rowid), 0) FROM evidence").fetchone()[0]
    for table, values in rows.items():
        if values:
            marks = ", ".join("?" * len(values[0]))
            connection.executemany(f"INSERT INTO {table} VALUES ({marks})", values)
    if fts:
        connection.execute(
            "INSERT INTO evidence_search (rowid, text) SELECT rowid, text FROM evidence WHERE rowid > ?",
            (first_evidence,),
        )


def _write_meta(connection: sqlite3.Connection, fts: bool, version: int = STORE_VERSION) -> None:
    """The ``meta`` rows; *version*: the store version to keep (a grown store keeps its own)."""
    from turkru.serialize.jsonio import SCHEMA_VERSION

    count, span = connection.execute(
        "SELECT count(*), coalesce(max(last_day - first_day), 0) FROM entries"
    ).fetchone()
    values = {
        "format": STORE_FORMAT,
        "store_version": str(version),
        "schema_version": str(SCHEMA_VERSION),
        "entries": str(count),
        "max_span": str(span),
        "fts5": "1" if fts else "0",
    }
    connection.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", values.items())


def write_store(entries: Iterable[ChronicleEntry], path: str | os.PathLike[str]) -> None:
    """Write *entries* (in timeline order) as a new SQLite store at *path*, replacing any file there.

    The file is written beside *path* and renamed into place once complete, so a failed
    write leaves any earlier file as it was. A new file gets the permissions the umask allows,
    a replaced one keeps its own (as every output file, :func:`turkru.outputs.mode_for`).
    """
    target = os.fspath(path)
    directory = os.path.dirname(os.path.abspath(target))
    try:
        handle, temporary = tempfile.mkstemp(dir=directory, prefix=".turkru-", suffix=".sqlite")
    except OSError as error:
        raise StoreError(f"{target}: cannot write ({error.strerror})") from None
    os.close(handle)
    try:
        connection = sqlite3.connect(temporary)
        try:
            fts = has_fts5()
            with connection:
                for statement in (*_TABLES, *((_FTS_TABLE,) if fts else ())):
                    connection.execute(statement)
                _insert(connection, enumerate(entries, start=1), fts)
                _write_meta(connection, fts)
            connection.execute("ANALYZE")
        finally:
            connection.close()
        os.chmod(temporary, mode_for(target))  # mkstemp made it 0600; a new store gets the umask's mode
        os.replace(temporary, target)
    except sqlite3.Error as error:
        raise StoreError(f"{target}: cannot write the store ({error})") from None
    except OSError as error:
        raise StoreError(f"{target}: cannot write ({error.strerror})") from None
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)


def _timeline_order(row: Sequence[Any]) -> tuple[bool, int, int, str, str]:
    """The timeline key of an ``entries`` row (number, first_day, last_day, precision, kind, id)."""
    first, precision = row[1], row[3]
    return (first is None, first or 0, precision or 0, row[4], row[5])


def _kinds_of(postings: list[Posting], kinds: Sequence[str]) -> tuple[set[str] | None, tuple[Posting, ...]]:
    """The kinds a query asks for (None: any; the ``kind`` postings are the ``kind`` column) and its other postings."""
    wanted = set(kinds) if kinds else None
    rest = []
    for posting in postings:
        if all(facet == "kind" for facet, _value in posting):
            named = {value for _facet, value in posting}
            wanted = named if wanted is None else wanted & named
        else:
            rest.append(posting)
    return wanted, tuple(rest)


class StoreIndex:
    """The queries' index over a store: SQL selects the candidates, only they are restored."""

    def __init__(self, store: StoredChronicle) -> None:
        self.store = store

    def scan(
        self, postings: Iterable[Posting], dates: DateBounds, kinds: Sequence[str] = ()
    ) -> Iterator[ChronicleEntry]:
        """Entries of *kinds* (any, when empty) in every one of *postings*, within *dates*, in
        timeline order (undated ones last, by their reported-by bound, when *dates* include them).

        SQL reads the candidates in timeline order through :mod:`turkru.chronicle.plan`; they
        are restored batch by batch as the caller takes them.
        """
        postings = list(postings)
        if any(not posting for posting in postings):
            return
        known = self.store.facets
        postings = [posting for posting in postings if all(facet in known for facet, _value in posting)]
        wanted, rest = _kinds_of(postings, kinds)
        if wanted is not None and not wanted:
            return
        kinds = tuple(sorted(wanted or ()))
        if dates.open:
            yield from self._run(Plan(kinds, rest))
            yield from self._run(Plan(kinds, rest, undated=True))
            return
        first = None if dates.first is None else dates.first - self.store.max_span
        dated = Plan(kinds, rest, first=first, last=dates.last, since=dates.first)
        for entry in self._run(dated):
            yield entry
        if dates.include_undated:
            for entry in self._run(Plan(kinds, rest, undated=True)):
                bound = entry.record.reported_by
                if bound is not None and dates.admits(bound.earliest.toordinal(), bound.latest.toordinal()):
                    yield entry

    def _run(self, plan: Plan) -> Iterator[ChronicleEntry]:
        """The entries of *plan*'s candidate rows, in their order."""
        sql, parameters = plan.candidates(self.store.rows)
        yield from self.store.restore(self.store.stream(sql, parameters))

    def get(self, entry_id: str) -> ChronicleEntry | None:
        """The entry with id *entry_id*, or None."""
        rows = self.store.rows("SELECT number, first_day, last_day, precision, kind, id FROM entries WHERE id = ?",
                               [entry_id])
        return next(iter(self.store.restore(rows)), None)


    def people_keyed(self, key: str) -> Iterator[Person]:
        """The people with the surname key *key* that the entries name."""
        rows = self.store.rows("SELECT DISTINCT surname, given_names, country FROM people WHERE key = ?", [key])
        return (Person(surname=surname, given_names=given, country=country) for surname, given, country in rows)

    def people(self) -> Iterator[Person]:
        """Every person the entries name (each spelling once)."""
        rows = self.store.rows("SELECT DISTINCT surname, given_names, country FROM people")
        return (Person(surname=surname, given_names=given, country=country) for surname, given, country in rows)

    def parties_worded(self, word: str) -> Iterator[Party]:
        """The parties of the entries posted under the party-name word *word*."""
        rows = self.store.rows(
            "SELECT DISTINCT name, kind, country FROM parties WHERE entry IN "
            "(SELECT entry FROM postings WHERE facet = 'word' AND value = ?)",
            [word],
        )
        return (Party(name=name, kind=PartyKind(kind), country=country) for name, kind, country in rows)

    def parties(self) -> Iterator[Party]:
        """Every party the entries name (each once)."""
        rows = self.store.rows("SELECT DISTINCT name, kind, country FROM parties")
        return (Party(name=name, kind=PartyKind(kind), country=country) for name, kind, country in rows)

    def has_country(self, code: str) -> bool:
        """Whether some entry involves the country *code*."""
        rows = self.store.rows("SELECT 1 FROM postings WHERE facet = 'country' AND value = ? LIMIT 1", [code])
        return bool(rows)


class StoredChronicle(Chronicle):
    """A chronicle read from a SQLite store (open it with :meth:`Chronicle.open`).

    Queries, :meth:`get`, ``len`` and iteration read only what they need. Anything that
    needs every entry (``entries``, ``reports()``, merging, exports) loads them all once,
    restored as written and checked. The file is only read; :meth:`Chronicle.add` and
    :meth:`merge` return in-memory chronicles.
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        object.__setattr__(self, "_lazy", _Lazy())
        object.__setattr__(self, "path", os.fspath(path))
        object.__setattr__(self, "_loaded", None)
        self._connection = self._connect()
        meta = self._meta()
        object.__setattr__(self, "size", int(meta["entries"]))
        object.__setattr__(self, "max_span", int(meta["max_span"]))
        object.__setattr__(self, "version", int(meta["store_version"]))
        object.__setattr__(self, "facets", READABLE_FACETS[self.version])

    path: str
    size: int
    max_span: int
    version: int
    facets: tuple[str, ...]
    """The facets of the store's posting lists (:data:`READABLE_FACETS`)."""
    _loaded: tuple[ChronicleEntry, ...] | None
    _connection: sqlite3.Connection

    def __setattr__(self, name: str, value: Any) -> None:
        object.__setattr__(self, name, value)

    def _connect(self) -> sqlite3.Connection:
        if not os.path.isfile(self.path):
            raise StoreError(f"{self.path}: no such file")
        if not is_store(self.path):
            raise StoreError(f"{self.path}: not a SQLite file")
        try:
            return sqlite3.connect(f"{Path(self.path).resolve().as_uri()}?mode=ro", uri=True)
        except sqlite3.Error as error:
            raise StoreError(f"{self.path}: cannot open ({error})") from None

    def _meta(self) -> dict[str, str]:
        from turkru.serialize.jsonio import SCHEMA_VERSION

        try:
            meta = dict(self._connection.execute("SELECT key, value FROM meta").fetchall())
            count = self._connection.execute("SELECT count(*) FROM entries").fetchone()[0]
        except sqlite3.Error as error:
            raise StoreError(f"{self.path}: not a turkru chronicle store ({error})") from None
        expected = {"format": STORE_FORMAT, "schema_version": str(SCHEMA_VERSION)}
        for key, value in expected.items():
            if meta.get(key) != value:
                raise StoreError(f"{self.path}: meta.{key}: {meta.get(key)!r} is not {value!r}")
        if meta.get("store_version") not in {str(version) for version in READABLE_FACETS}:
            readable = " or ".join(repr(str(version)) for version in sorted(READABLE_FACETS, reverse=True))
            raise StoreError(f"{self.path}: meta.store_version: {meta.get('store_version')!r} is not {readable}")
        for key in ("entries", "max_span"):
            if not str(meta.get(key, "")).isdigit():
                raise StoreError(f"{self.path}: meta.{key}: {meta.get(key)!r} is not a count")
        if int(meta["entries"]) != count:
            raise StoreError(f"{self.path}: meta.entries: {meta['entries']} but the entries table has {count} rows")
        return meta

    def rows(self, sql: str, parameters: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        """The rows of one read-only SQL statement; SQLite errors become :class:`StoreError`."""
        try:
            return self._connection.execute(sql, parameters).fetchall()
        except sqlite3.Error as error:
            raise StoreError(f"{self.path}: cannot read ({error})") from None

    def stream(self, sql: str, parameters: Sequence[Any] = ()) -> Iterator[tuple[Any, ...]]:
        """The rows of one read-only SQL statement, fetched as they are taken."""
        try:
            cursor = self._connection.execute(sql, parameters)
            while batch := cursor.fetchmany(_BATCH):
                yield from batch
        except sqlite3.Error as error:
            raise StoreError(f"{self.path}: cannot read ({error})") from None

    def restore(self, rows: Iterable[Sequence[Any]], *, check: bool = False) -> Iterator[ChronicleEntry]:
        """The entries of ``entries`` rows (number, ..., kind, id), in the rows' order, batch by batch."""
        pending, size = iter(rows), _FIRST_BATCH
        while batch := list(islice(pending, size)):
            size = min(size * 4, _BATCH)
            marks = ", ".join("?" * len(batch))
            found = dict(self.rows(f"SELECT number, data FROM entries WHERE number IN ({marks})",
                                   [row[0] for row in batch]))
            for row in batch:
                yield self._entry(row, found[row[0]], check)

    def _entry(self, row: Sequence[Any], data: str, check: bool) -> ChronicleEntry:
        where = f"{self.path}: entries row {row[0]}"
        try:
            entry = restore_entry(load_json(data), check=check)
        except SerializationError as error:
            raise StoreError(f"{where}: {error}") from None
        except JsonTextError as error:
            raise StoreError(f"{where}: invalid JSON: {error}") from None
        if (entry.kind, entry.id) != (row[4], row[5]):
            raise StoreError(f"{where}: data is entry {entry.id!r} ({entry.kind}), the row says {row[5]!r} ({row[4]})")
        return entry

    @property
    def entries(self) -> tuple[ChronicleEntry, ...]:
        """Every entry, in timeline order, restored as written and checked (loaded once)."""
        if self._loaded is None:
            rows = self.rows("SELECT number, first_day, last_day, precision, kind, id FROM entries")
            rows.sort(key=_timeline_order)
            self._loaded = tuple(self.restore(rows, check=True))
        return self._loaded

    def _query_index(self) -> StoreIndex:  # type: ignore[override]
        return StoreIndex(self)

    def get(self, entry_id: str) -> ChronicleEntry | None:
        """The entry with id *entry_id*, or None (read from the file alone)."""
        return self._query_index().get(entry_id)

    def reports(self) -> Iterator[AnyRecord]:
        """The reports merged into the chronicle: per variant, each article's record with its evidence."""
        return Chronicle(entries=self.entries).reports()

    def __len__(self) -> int:
        return self.size

    def __bool__(self) -> bool:
        return self.size > 0

    def __iter__(self) -> Iterator[ChronicleEntry]:
        return iter(self.entries) if self._loaded is not None else self.timeline()

    def __repr__(self) -> str:
        return f"StoredChronicle({self.path!r}, {self.size} entries)"

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Chronicle):
            return self.entries == other.entries
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self.entries)

    def close(self) -> None:
        """Close the file (the chronicle cannot be queried afterwards)."""
        self._connection.close()


def _chunks(values: Iterable[Any]) -> Iterator[list[Any]]:
    """*values* in lists of at most :data:`_BATCH` (SQLite limits the parameters of a statement)."""
    batch: list[Any] = []
    for value in values:
        batch.append(value)
        if len(batch) == _BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


class _StoreKnown:
    """What growing asks of a store (handles are ``entries.number``), through SQL."""

    def __init__(self, store: StoredChronicle) -> None:
        self.store = store

    def _many(self, sql: str, values: Iterable[Any]) -> set[Any]:
        found: set[Any] = set()
        for batch in _chunks(values):
            found.update(row[0] for row in self.store.rows(sql.format(", ".join("?" * len(batch))), batch))
        return found

    def holding(self, codes: set[int]) -> set[int]:
        return self._many("SELECT DISTINCT entry FROM merge_keys WHERE code IN ({})", sorted(codes))

    def keys(self, handles: set[int]) -> set[int]:
        return self._many("SELECT code FROM merge_keys WHERE entry IN ({})", sorted(handles))

    def with_content(self, hashes: set[str]) -> set[int]:
        return self._many("SELECT DISTINCT entry FROM sources WHERE content_hash IN ({})", sorted(hashes))

    def with_base_ids(self, ids: set[str]) -> set[int]:
        return self._many("SELECT number FROM entries WHERE base_id IN ({})", sorted(ids))

    def entries(self, handles: set[int]) -> dict[int, ChronicleEntry]:
        rows: list[tuple[Any, ...]] = []
        for batch in _chunks(sorted(handles)):
            marks = ", ".join("?" * len(batch))
            rows += self.store.rows(
                f"SELECT number, first_day, last_day, precision, kind, id FROM entries WHERE number IN ({marks})", batch
            )
        return {row[0]: entry for row, entry in zip(rows, self.store.restore(rows, check=True), strict=True)}


def grow_store(path: str | os.PathLike[str], records: Sequence[AnyRecord]) -> tuple[int, int]:
    """Merge *records* into the store at *path* in place, touching only the entries they can join
    (see :mod:`turkru.chronicle.grow`); returns how many entries were replaced and how many written.

    The file ends as if every report had been merged from scratch, in one transaction: a
    failure leaves it as it was.
    """
    store = StoredChronicle(path)
    try:
        grown = grow(_StoreKnown(store), records)
    finally:
        store.close()
    target = os.fspath(path)
    try:
        connection = sqlite3.connect(target)
        try:
            fts = connection.execute("SELECT value FROM meta WHERE key = 'fts5'").fetchone()[0] == "1"
            version = int(connection.execute("SELECT value FROM meta WHERE key = 'store_version'").fetchone()[0])
            with connection:
                for batch in _chunks(sorted(grown.removed)):
                    marks = ", ".join("?" * len(batch))
                    if fts:
                        connection.execute(
                            "INSERT INTO evidence_search (evidence_search, rowid, text) "
                            f"SELECT 'delete', rowid, text FROM evidence WHERE entry IN ({marks})",
                            batch,
                        )
                    for table in _ROW_TABLES:
                        connection.execute(f"DELETE FROM {table} WHERE entry IN ({marks})", batch)
                    connection.execute(f"DELETE FROM entries WHERE number IN ({marks})", batch)
                first = connection.execute("SELECT coalesce(max(number), 0) + 1 FROM entries").fetchone()[0]
                added = sorted(grown.added, key=timeline_key)
                _insert(connection, enumerate(added, start=first), fts)
                _write_meta(connection, fts, version)
        finally:
            connection.close()
    except sqlite3.Error as error:
        raise StoreError(f"{target}: cannot write the store ({error})") from None
    return len(grown.removed), len(grown.added)
