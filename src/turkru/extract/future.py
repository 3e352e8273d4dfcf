"""Encounters dated after the article's own date: still to come, whatever the verb's tense."""

from __future__ import annotations

import attrs

from turkru.model.dates import PartialDate
from turkru.model.records import AnyRecord, CommissionSession, Meeting, Status, Visit

_ENCOUNTERS = (Meeting, Visit, CommissionSession)


def planned_if_ahead(record: AnyRecord, published: PartialDate | None) -> AnyRecord:
    """A held meeting, visit or sitting whose date begins after *published* is planned: the
    report tells of it ahead ("the minister leaves for Moscow tomorrow")."""
    if published is None or record.date is None or not isinstance(record, _ENCOUNTERS):
        return record
    if record.status is not Status.HELD or record.date.earliest <= published.latest:
        return record
    return attrs.evolve(record, status=Status.PLANNED)
