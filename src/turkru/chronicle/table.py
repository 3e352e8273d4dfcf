"""A plain-text table of entries for terminals: one line per entry, aligned columns.

By default the description is clipped at :data:`WHAT_WIDTH` characters. Given a terminal
``width``, the widest text column (the description, the place, the conflicts) is clipped
further, with ``...``, until every line fits; ``wide`` clips nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from turkru.chronicle.entry import ChronicleEntry
from turkru.model.actors import Person
from turkru.model.records import (
    Agreement,
    AnyRecord,
    CommissionSession,
    Event,
    Meeting,
    MeetingMode,
    TradeFlow,
    Visit,
)

__all__ = ["ELLIPSIS", "HEADER", "MIN_TEXT_WIDTH", "TEXT_COLUMNS", "WHAT_WIDTH", "describe", "fit", "render_table"]

HEADER = ("date", "kind", "status", "what", "place", "reported", "sources", "conflicts", "id")
"""The table's columns; ``reported`` is the reported-by bound (the earliest report's publication
day), never the event's date."""

WHAT_WIDTH = 60
"""The widest the description column gets; longer descriptions end in ``...``."""

TEXT_COLUMNS = ("what", "place", "conflicts")
"""The columns clipped to fit a terminal; dates, kinds, counts and ids are always shown whole."""

MIN_TEXT_WIDTH = 12
"""No text column is clipped below this many characters (a narrower terminal wraps the lines)."""

ELLIPSIS = "..."
"""What ends a clipped cell."""

_KIND_LABELS = {"commission_session": "session", "trade_flow": "trade"}


def _names(people: Iterable[Person]) -> str:
    return ", ".join(person.surname for person in people)


def _ordinal(number: int) -> str:
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def describe(record: AnyRecord) -> str:
    """A one-line description: who met, who went where, which body, what document, what goods."""
    if isinstance(record, Meeting):
        who = _names(record.participants) or "; ".join(record.roles) or "(unnamed)"
        mode = record.mode.value.replace("_", " ")
        return who if record.mode is MeetingMode.IN_PERSON else f"{who} ({mode})"
    if isinstance(record, Visit):
        head = f": {record.head.surname}" if record.head else ""
        region = f" ({record.region.name})" if record.region else ""
        return f"{record.delegation_of} -> {record.host}{head}{region}"
    if isinstance(record, CommissionSession):
        body = record.commission.body.value.replace("_", " ")
        number = f" {_ordinal(record.session_number)}" if record.session_number is not None else ""
        chairs = f": {_names(record.co_chairs)}" if record.co_chairs else ""
        return f"{body}{number} {record.format.value.replace('_', ' ')}{chairs}"
    if isinstance(record, Agreement):
        if record.title:
            return f"{record.doc_type.value}: {record.title}"
        count = f"{record.count} " if record.count is not None else ""
        return f"{count}{record.doc_type.value}"
    if isinstance(record, TradeFlow):
        export = record.direction.value == "export"
        sides = f" {record.exporter or '?'} -> {record.importer or '?'}" if export else ""
        amounts = ", ".join(f"{quantity.amount} {quantity.unit}" for quantity in record.amounts)
        what = ", ".join(record.commodities) or "total"
        return f"{record.direction.value}{sides}: {what}" + (f" ({amounts})" if amounts else "")
    assert isinstance(record, Event)
    return record.name


def _date(entry: ChronicleEntry) -> str:
    if entry.date is None:
        return "undated"
    end = entry.end_date
    return entry.date.isoformat() + (f"..{end.isoformat()}" if end else "")


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - len(ELLIPSIS)] + ELLIPSIS


def fit(widths: Sequence[int], total: int) -> list[int]:
    """Column *widths* narrowed so that the line (columns two spaces apart) is at most *total*
    wide: the widest text column loses a character at a time, none below :data:`MIN_TEXT_WIDTH`."""
    fitted = list(widths)
    text = [HEADER.index(name) for name in TEXT_COLUMNS]
    excess = sum(fitted) + 2 * (len(fitted) - 1) - total
    while excess > 0:
        widest = max(text, key=lambda index: fitted[index])
        if fitted[widest] <= MIN_TEXT_WIDTH:
            break
        fitted[widest] -= 1
        excess -= 1
    return fitted


def render_table(entries: Iterable[ChronicleEntry], *, width: int | None = None, wide: bool = False) -> str:
    """Entries as an aligned text table with a header and a count line.

    *width*: the terminal's columns, to fit the lines to; *wide*: clip no description.
    """
    rows = [
        (
            _date(entry),
            _KIND_LABELS.get(entry.kind, entry.kind),
            str(entry.record.status.value),
            describe(entry.record) if wide else _clip(describe(entry.record), WHAT_WIDTH),
            entry.record.place.name if entry.record.place else "",
            entry.record.reported_by.isoformat() if entry.record.reported_by else "",
            str(len(entry.sources)),
            ", ".join(entry.conflicts),
            entry.id,
        )
        for entry in entries
    ]
    widths = [max(len(cell) for cell in column) for column in zip(HEADER, *rows, strict=True)]
    if width is not None and not wide:
        widths = fit(widths, width)
    lines = [
        "  ".join(_clip(cell, size).ljust(size) for cell, size in zip(row, widths, strict=True)).rstrip()
        for row in [HEADER, *rows]
    ]
    lines.append(f"{len(rows)} {'entry' if len(rows) == 1 else 'entries'}")
    return "\n".join(lines) + "\n"
