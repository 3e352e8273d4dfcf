"""A pandas DataFrame of a chronicle (the optional ``pandas`` extra)."""

from __future__ import annotations

import importlib
from typing import Any

from turkru.errors import TurkruError

__all__ = ["to_dataframe"]

_INTEGERS = ("session_number", "count", "source_count", "year")


def _pandas() -> Any:
    try:
        return importlib.import_module("pandas")
    except ImportError:
        raise TurkruError(
            "to_dataframe needs pandas, which is not installed: pip install 'turkru[pandas]'"
        ) from None


def to_dataframe(data: Any) -> Any:
    """One row per entry of *data* (a chronicle, entries or records, merged first).

    The columns are those of the CSV export (:data:`turkru.serialize.csv.COLUMNS`) plus
    ``year`` (the first year the date may denote); counts are nullable integers.
    """
    pandas = _pandas()
    from turkru.serialize.csv import COLUMNS, rows

    table = []
    for row in rows(data):
        date = row["date"]
        row["year"] = int(date[:4]) if date else None
        table.append(row)
    frame = pandas.DataFrame(table, columns=[*COLUMNS, "year"])
    for column in _INTEGERS:
        frame[column] = frame[column].astype("Int64")
    return frame
