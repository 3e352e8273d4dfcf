"""A pandas DataFrame of a chronicle (the optional ``pandas`` extra)."""

from __future__ import annotations

import importlib
from typing import Any

from turkru.errors import TurkruError

__all__ = ["to_dataframe"]

_INTEGERS = ("session_number", "count", "source_count", "reprint_count", "year")
_NUMBERS = ("amount", "change_percent")
_DAYS = ("date_start", "date_end")


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
    ``year`` (the first year the date may denote); counts are nullable integers, ``amount``
    and ``change_percent`` floats (NaN when blank), ``date_start``/``date_end`` datetimes (NaT
    when blank).
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
    for column in _NUMBERS:
        frame[column] = frame[column].astype("float64")
    for column in _DAYS:
        frame[column] = pandas.to_datetime(frame[column], format="ISO8601")
    return frame
