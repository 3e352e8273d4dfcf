"""How a stored chronicle finds a query's candidates: SQL in timeline order, walking the smaller source.

A query asks for the entries of some kinds, in every one of some posting lists (each the union
of its keys), within some days. Kinds and days are columns of ``entries`` (indexes
``entries_kind`` on kind and first day, ``entries_days`` on the days), posting lists are rows
of ``postings`` (primary key facet, value, entry). A plan walks one of two sources:

- **the window**: the entries of the kind between the first days the dates allow, read from
  the index in first-day order, each posting list checked by a primary-key lookup; SQLite sorts
  only the entries of one first day at a time, so the first rows come at once and a caller
  taking ten reads little;
- **a posting list**: the shortest list's entries looked up by number, the kind, days and other
  lists checked, the survivors sorted into timeline order.

Each source is counted on its index first (a count stops once it passes the other's), and the
smaller walked. Rows come in timeline order: first day, coarser date first, kind, id (the
order of :func:`~turkru.chronicle.collection.timeline_key`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import attrs

from turkru.chronicle.index import Posting

__all__ = ["COLUMNS", "Plan", "Rows"]

COLUMNS = "number, first_day, last_day, precision, kind, id"
"""The columns of an ``entries`` row a plan returns (what restoring needs)."""

_ORDER = "ORDER BY e.first_day, e.precision, e.kind, e.id"

_COUNT_CAP = 200_000
"""The most rows a count reads (past it, both sources are large and the window streams)."""

_POSTING_SHARE = 4
"""The window is walked unless a posting list is this many times smaller: walking it costs a
lookup per row and a sort before the first row, the window streams."""

Rows = Callable[[str, Sequence[Any]], list[tuple[Any, ...]]]
"""Runs one read-only statement and returns its rows."""


def _key_test(key: tuple[str, str]) -> tuple[str, list[Any]]:
    return "EXISTS (SELECT 1 FROM postings WHERE facet = ? AND value = ? AND entry = e.number)", list(key)


def _posting_test(posting: Posting) -> tuple[str, list[Any]]:
    """A condition on ``e`` that holds when the entry is in the union of *posting*'s keys."""
    tests = [_key_test(key) for key in posting]
    sql = " OR ".join(test for test, _ in tests)
    return (f"({sql})" if len(tests) > 1 else sql), [value for _, values in tests for value in values]


@attrs.frozen
class Plan:
    """The candidates of one part of a query: dated entries within day bounds, or undated ones.

    ``first``/``last``: the bounds of the entries' first days (None: open); ``since``: the day
    an entry's last day must reach (None: any); ``undated``: the entries without a date instead.
    """

    kinds: tuple[str, ...]
    postings: tuple[Posting, ...]
    first: int | None = None
    last: int | None = None
    since: int | None = None
    undated: bool = False

    def _window(self) -> tuple[list[str], list[Any]]:
        """The conditions on kind and first day (what the indexes hold)."""
        conditions: list[str] = []
        parameters: list[Any] = []
        if len(self.kinds) == 1:
            conditions.append("e.kind = ?")
        elif self.kinds:
            conditions.append(f"e.kind IN ({', '.join('?' * len(self.kinds))})")
        parameters += self.kinds
        if self.undated:
            conditions.append("e.first_day IS NULL")
            return conditions, parameters
        if self.first is None and self.last is None:
            conditions.append("e.first_day IS NOT NULL")
        if self.first is not None:
            conditions.append("e.first_day >= ?")
            parameters.append(self.first)
        if self.last is not None:
            conditions.append("e.first_day <= ?")
            parameters.append(self.last)
        return conditions, parameters

    def _count_window(self, rows: Rows) -> int:
        conditions, parameters = self._window()
        sql = f"SELECT count(*) FROM (SELECT 1 FROM entries AS e WHERE {' AND '.join(conditions)} LIMIT ?)"
        return int(rows(sql, [*parameters, _COUNT_CAP])[0][0])

    @staticmethod
    def _count_posting(rows: Rows, posting: Posting, cap: int) -> int:
        total = 0
        for facet, value in posting:
            sql = "SELECT count(*) FROM (SELECT 1 FROM postings WHERE facet = ? AND value = ? LIMIT ?)"
            total += int(rows(sql, [facet, value, cap - total])[0][0])
            if total >= cap:
                break
        return total

    def driver(self, rows: Rows) -> int | None:
        """The posting list to walk (its place in ``postings``), or None for the window."""
        if not self.postings:
            return None
        window = self._count_window(rows)
        best, best_count = None, window // _POSTING_SHARE
        for place, posting in enumerate(self.postings):
            count = self._count_posting(rows, posting, best_count + 1)
            if count <= best_count:
                best, best_count = place, count
        return best

    def sql(self, driver: int | None) -> tuple[str, list[Any]]:
        """The statement giving the candidate rows in timeline order, walking *driver*."""
        conditions, parameters = self._window()
        if self.since is not None:
            conditions.append("e.last_day >= ?")
            parameters.append(self.since)
        for place, posting in enumerate(self.postings):
            if place != driver:
                test, values = _posting_test(posting)
                conditions.append(test)
                parameters += values
        columns = ", ".join(f"e.{column}" for column in COLUMNS.split(", "))
        where = " AND ".join(conditions)
        if driver is None:
            index = "entries_kind" if len(self.kinds) == 1 else "entries_days"
            order = "ORDER BY e.kind, e.id" if self.undated else _ORDER
            return f"SELECT {columns} FROM entries AS e INDEXED BY {index} WHERE {where} {order}", parameters
        keys = self.postings[driver]
        alternatives = " OR ".join("(facet = ? AND value = ?)" for _key in keys)
        walked = f"(SELECT DISTINCT entry FROM postings WHERE {alternatives}) AS p"
        sql = f"SELECT {columns} FROM {walked} CROSS JOIN entries AS e ON e.number = p.entry WHERE {where} {_ORDER}"
        return sql, [part for key in keys for part in key] + parameters

    def candidates(self, rows: Rows) -> tuple[str, list[Any]]:
        """The statement to run: the cheaper source chosen by counting."""
        return self.sql(self.driver(rows))

