"""A guest's later engagement on a visit under way: part of that stay, not a visit of its own."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import attrs

from turkru.model.dates import PartialDate, Precision
from turkru.model.records import AnyRecord, Status, Visit

_STAY_DAYS = 7  # the longest an official visit is taken to last when the text gives no end


def _day(date: PartialDate | None) -> dt.date | None:
    return date.earliest if date is not None and date.precision is Precision.DAY else None


def _continues(stay: Visit, later: Visit, published: dt.date) -> bool:
    """Whether *later* (planned, dated to a day) falls within *stay* (held, begun by publication):
    the same head, side and host, on a day after the stay began and before it ends."""
    began, on = _day(stay.date), _day(later.date)
    if began is None or on is None or stay.head is None or not _same_party(stay, later):
        return False
    if (stay.delegation_of, stay.host) != (later.delegation_of, later.host):
        return False
    ends = _day(stay.end_date) or began + dt.timedelta(days=_STAY_DAYS)
    return began <= published <= on <= ends


def _same_party(stay: Visit, later: Visit) -> bool:
    """The same head, or a later item of the head's region's delegation with no head named ("the
    delegation of Tatarstan will visit the port tomorrow")."""
    if later.head is None:
        return later.region is not None and later.region == stay.region
    return stay.head == later.head


def fold_stay_items(records: Sequence[AnyRecord], published: PartialDate | None) -> list[AnyRecord]:
    """A planned visit of a guest who is already there ("Meredov arrived in Moscow on Sunday. He is
    expected to be received by the prime minister on Tuesday"): its evidence joins the held visit
    under way at publication, and it is not a visit of its own."""
    today = _day(published)
    stays = [r for r in records if isinstance(r, Visit) and r.status is Status.HELD] if today else []
    if today is None or not stays:
        return list(records)
    out: list[AnyRecord] = []
    joined: dict[int, Visit] = {}
    for record in records:
        stay = next(
            (s for s in stays if isinstance(record, Visit) and record.status is Status.PLANNED
             and _continues(s, record, today)),
            None,
        )
        if stay is None:
            out.append(record)
            continue
        held = joined.get(id(stay), stay)
        joined[id(stay)] = attrs.evolve(held, evidence=(*held.evidence, *record.evidence))
    return [joined.get(id(r), r) for r in out]
