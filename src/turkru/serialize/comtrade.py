"""Trade flows in the shape of UN Comtrade rows (CSV), where the figures allow.

A row is a flow from a reporter to a partner over a period: exports (``X``) as reported,
turnovers as ``X+M`` rows (turkru's extension: Comtrade has no turnover flow), and, where a
chronicle holds a turnover and the total exports of one side for the same period in the same
currency, the other side's exports as their difference (``isReported`` false). Regional flows,
flows without a figure and undirected flows of one side are left out. See docs/interop.md.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Iterator
from decimal import Decimal
from typing import Final

import attrs

from turkru.chronicle.entry import ChronicleEntry, source_key
from turkru.gazetteer import Gazetteer
from turkru.interop.actors import ActorMaker
from turkru.interop.codebook import SIDES
from turkru.model.dates import PartialDate, Precision
from turkru.model.records import Direction, Quantity, Status, TradeFlow

__all__ = ["COMTRADE_COLUMNS", "TradeRow", "to_comtrade", "trade_rows"]

COMTRADE_COLUMNS: Final = (
    "freqCode", "period", "reporterISO", "reporterDesc", "flowCode", "flowDesc", "partnerISO",
    "partnerDesc", "cmdCode", "cmdDesc", "primaryValue", "currency", "qty", "qtyUnitAbbr",
    "isReported", "derivation", "changePercent", "entryId", "sourceUrl",
)  # fmt: skip
"""Comtrade's field names where one fits, then turkru's (currency, derivation, provenance)."""

FLOW_NAMES: Final = {"X": "Export", "X+M": "Turnover (exports and imports)"}
ALL_COMMODITIES: Final = "TOTAL"
"""Comtrade's commodity code for all goods together."""
DIFFERENCE: Final = "turnover minus the partner's exports"

_CURRENCY = re.compile(r"[A-Z]{3}")
_FREQUENCY = {Precision.YEAR: "A", Precision.MONTH: "M", Precision.DAY: "M"}
SPAN_FREQUENCY: Final = "P"
"""turkru's frequency code for a period of several months ("January-September")."""


@attrs.frozen(kw_only=True)
class TradeRow:
    """One Comtrade-shaped row: who reports, to whom, what, how much, when, and whether derived."""

    entry_id: str
    reporter: str
    partner: str
    flow: str
    date: PartialDate | None
    end_date: PartialDate | None
    commodities: tuple[str, ...]
    value: Quantity | None
    quantity: Quantity | None
    reported: bool = True
    derivation: str = ""
    change_percent: Decimal | None = None
    url: str | None = None


def _money(amounts: Iterable[Quantity]) -> Quantity | None:
    return next((item for item in amounts if _CURRENCY.fullmatch(item.unit)), None)


def _goods(amounts: Iterable[Quantity]) -> Quantity | None:
    return next((item for item in amounts if not _CURRENCY.fullmatch(item.unit)), None)


def _url(entry: ChronicleEntry) -> str | None:
    return next((source.url for source in sorted(entry.sources, key=source_key) if source.url), None)


def _reported(entry: ChronicleEntry, flow: TradeFlow) -> TradeRow | None:
    if flow.status is not Status.HELD or flow.region is not None:
        return None
    value, quantity = _money(flow.amounts), _goods(flow.amounts)
    if value is None and quantity is None:
        return None
    if flow.direction is Direction.TURNOVER:
        reporter, partner, code = SIDES[0], SIDES[1], "X+M"
    elif flow.exporter is not None and flow.importer is not None:
        reporter, partner, code = flow.exporter, flow.importer, "X"
    else:
        return None
    return TradeRow(
        entry_id=entry.id,
        reporter=reporter,
        partner=partner,
        flow=code,
        date=flow.date,
        end_date=flow.end_date,
        commodities=flow.commodities,
        value=value,
        quantity=quantity,
        change_percent=flow.change_percent,
        url=_url(entry),
    )


def _differences(rows: list[TradeRow]) -> Iterator[TradeRow]:
    """The exports of one side as turnover minus the other side's total exports, when not reported."""
    totals = [row for row in rows if row.flow == "X" and not row.commodities and row.value is not None]
    known = {(row.reporter, row.partner, row.date, row.end_date) for row in totals}
    for turnover in (row for row in rows if row.flow == "X+M" and row.value is not None):
        assert turnover.value is not None
        for exports in totals:
            assert exports.value is not None
            same = (exports.date, exports.end_date, exports.value.unit) == (
                turnover.date,
                turnover.end_date,
                turnover.value.unit,
            )
            mirror = (exports.partner, exports.reporter, exports.date, exports.end_date)
            if not same or mirror in known or exports.value.amount > turnover.value.amount:
                continue
            known.add(mirror)
            yield attrs.evolve(
                exports,
                entry_id=f"{turnover.entry_id}+{exports.entry_id}",
                reporter=exports.partner,
                partner=exports.reporter,
                value=Quantity(amount=turnover.value.amount - exports.value.amount, unit=turnover.value.unit),
                quantity=None,
                reported=False,
                derivation=DIFFERENCE,
                change_percent=None,
            )


def trade_rows(entries: Iterable[ChronicleEntry]) -> list[TradeRow]:
    """The Comtrade-shaped rows of the trade entries: reported ones in order, then derived ones."""
    rows = []
    for entry in entries:
        if isinstance(entry.record, TradeFlow):
            row = _reported(entry, entry.record)
            if row is not None:
                rows.append(row)
    return [*rows, *_differences(rows)]


def _period(row: TradeRow) -> tuple[str, str]:
    if row.date is None:
        return "", ""
    if row.end_date is not None and row.end_date != row.date:
        start, end = row.date.earliest, row.end_date.latest
        return SPAN_FREQUENCY, f"{start:%Y%m}-{end:%Y%m}"
    if row.date.precision is Precision.YEAR:
        return "A", f"{row.date.year:04d}"
    return _FREQUENCY[row.date.precision], f"{row.date.year:04d}{row.date.month:02d}"


def _cells(row: TradeRow, actors: ActorMaker) -> tuple[str, ...]:
    frequency, period = _period(row)
    values: tuple[object, ...] = (
        frequency,
        period,
        actors.alpha3(row.reporter) or row.reporter,
        actors.country_names.get(row.reporter, row.reporter),
        row.flow,
        FLOW_NAMES[row.flow],
        actors.alpha3(row.partner) or row.partner,
        actors.country_names.get(row.partner, row.partner),
        "" if row.commodities else ALL_COMMODITIES,
        "; ".join(row.commodities) or "All goods",
        row.value.amount if row.value else None,
        row.value.unit if row.value else None,
        row.quantity.amount if row.quantity else None,
        row.quantity.unit if row.quantity else None,
        "true" if row.reported else "false",
        row.derivation,
        row.change_percent,
        row.entry_id,
        row.url,
    )
    return tuple("" if value is None else str(value) for value in values)


def to_comtrade(entries: Iterable[ChronicleEntry], *, gazetteer: Gazetteer | None = None) -> str:
    """CSV with a header: the rows of :func:`trade_rows` in :data:`COMTRADE_COLUMNS`."""
    actors = ActorMaker(gazetteer or Gazetteer.default())
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COMTRADE_COLUMNS)
    for row in trade_rows(entries):
        writer.writerow(_cells(row, actors))
    return buffer.getvalue()
