"""The merged record of an entry: agreed values, united lists, flagged disagreements.

Given the variants of one event (in canonical order), every field is combined by its
nature: lists (people, topics, goods, parties) are united; dates that nest ("2021-03" and
"2021-03-30") resolve to the finer one; free text (titles, names) takes the wording of
the best-attested variant; any other fact with two stated values is a conflict, and the
merged record keeps the value of the best-attested variant (most sources, then finest
date, then canonical order). Every variant stays in the entry, so no value is lost.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Sequence
from typing import Any, cast

import attrs

from turkru.chronicle.entry import Variant, evidence_key, with_bound, with_evidence
from turkru.chronicle.rules import person_compatible
from turkru.errors import InvalidRecordError
from turkru.model.actors import Party, Person, Place
from turkru.model.dates import PartialDate
from turkru.model.provenance import Evidence
from turkru.model.records import Agreement, AnyRecord, Commission, CommissionSession, LifecycleStep
from turkru.text.similarity import fold_text, name_key

__all__ = ["combine", "representative"]

_LISTS = frozenset(
    {"participants", "roles", "topics", "co_chairs", "documents", "commodities", "parties", "signatories"}
)
_TEXTS = frozenset({"title", "name", "occasion", "purpose", "visit_type"})
_SPECIAL = frozenset({"evidence", "date", "end_date", "lifecycle", "commission", "reported_by"})


def _empty(value: Any) -> bool:
    return value is None or value == ()


def _precision(variant: Variant) -> int:
    date = variant.record.date
    return -1 if date is None else date.precision.rank


def representative(variants: Sequence[Variant]) -> Variant:
    """The best-attested variant: most sources, then the finest date, then the first."""
    best = variants[0]
    for variant in variants[1:]:
        if (len(variant.sources), _precision(variant)) > (len(best.sources), _precision(best)):
            best = variant
    return best


def _finest(dates: Sequence[PartialDate]) -> PartialDate | None:
    """The finest of dates that nest inside each other, or None when two are incompatible."""
    finest = max(dates, key=lambda date: date.precision.rank)
    return finest if all(date.contains(finest) for date in dates) else None


def _merge_dates(
    values: Sequence[PartialDate | None], fallback: PartialDate | None
) -> tuple[PartialDate | None, bool]:
    """The merged date of several reports, and whether they conflict."""
    stated = [date for date in values if date is not None]
    if not stated:
        return None, False
    finest = _finest(stated)
    if finest is not None:
        return finest, False
    return (fallback if fallback is not None else stated[0]), True


def _interval(record: AnyRecord) -> tuple[Any, Any] | None:
    if record.date is None:
        return None
    return record.date.earliest, (record.end_date or record.date).latest


def _nested(spans: Sequence[tuple[Any, Any]]) -> bool:
    """Whether of every two spans one contains the other."""
    return all(
        (a[0] <= b[0] and b[1] <= a[1]) or (b[0] <= a[0] and a[1] <= b[1])
        for index, a in enumerate(spans)
        for b in spans[index + 1 :]
    )


def _informative(record: AnyRecord) -> tuple[int, int, int]:
    """Which of nested dates to keep: known to the day first, then a span of days, then the finest."""
    date, end = record.date, record.end_date
    assert date is not None
    daily = date.precision.rank == 2 and (end is None or end.precision.rank == 2)
    width = ((end or date).latest - date.earliest).days
    return (daily, end is not None and daily, -width if not daily else width)


def _merge_spans(records: Sequence[AnyRecord], chosen: AnyRecord) -> tuple[dict[str, Any], set[str]]:
    """Merged ``date`` and ``end_date``: nested reports agree (the most informative wins: a span of
    days over one day in it, a day over its month); otherwise each field is merged on its own and
    the disagreement flagged."""
    dated = [record for record in records if record.date is not None]
    if not dated:
        return {}, set()
    spans = [span for span in map(_interval, dated) if span is not None]
    if _nested(spans):
        best = max(dated, key=_informative)
        return {"date": best.date, "end_date": best.end_date}, set()
    changes: dict[str, Any] = {}
    conflicts = {"date"}
    for name in ("date", "end_date"):
        changes[name], conflict = _merge_dates([getattr(r, name) for r in records], getattr(chosen, name))
        if conflict:
            conflicts.add(name)
    return changes, conflicts


def _person_detail(person: Person) -> tuple[int, int]:
    return (person.given_names is not None, person.country is not None)


def _unite_people(lists: Sequence[tuple[Person, ...]]) -> tuple[Person, ...]:
    united: list[Person] = []
    for people in lists:
        for person in people:
            index = next((i for i, known in enumerate(united) if person_compatible(person, known)), None)
            if index is None:
                united.append(person)
            elif _person_detail(person) > _person_detail(united[index]):
                united[index] = person
    return tuple(united)


def _party_key(party: Party) -> tuple[str, str | None]:
    if party.country and party.kind.value == "country":
        return ("", party.country)
    return (name_key(party.name), party.country)


def _unite(lists: Sequence[tuple[Any, ...]], key: Callable[[Any], Any]) -> tuple[Any, ...]:
    seen: dict[Any, Any] = {}
    for items in lists:
        for item in items:
            seen.setdefault(key(item), item)
    return tuple(seen.values())


def _unite_field(name: str, lists: Sequence[tuple[Any, ...]]) -> tuple[Any, ...]:
    if name in {"participants", "co_chairs", "signatories"}:
        return _unite_people(lists)
    if name == "parties":
        return _unite(lists, _party_key)
    return _unite(lists, lambda text: " ".join(fold_text(text).split()))


def _same_value(first: Any, second: Any) -> bool:
    if first is second:  # equal people, places and parties are also the same by the tests below
        return True
    if isinstance(first, Person) and isinstance(second, Person):
        return person_compatible(first, second)
    if isinstance(first, Place) and isinstance(second, Place):
        return name_key(first.name) == name_key(second.name)
    if isinstance(first, Party) and isinstance(second, Party):
        return name_key(first.name) == name_key(second.name)
    return bool(first == second)


def _merge_scalar(values: Sequence[Any], preferred: Any) -> tuple[Any, bool]:
    stated = [value for value in values if value is not None and value != ()]  # not _empty(value)
    if not stated:
        return preferred, False
    chosen = preferred if not _empty(preferred) else stated[0]
    if isinstance(chosen, Person):
        chosen = max((value for value in stated if person_compatible(value, chosen)), key=_person_detail)
    return chosen, any(not _same_value(value, chosen) for value in stated)


def _merge_lifecycle(
    lifecycles: Sequence[tuple[LifecycleStep, ...]], preferred: tuple[LifecycleStep, ...]
) -> tuple[tuple[LifecycleStep, ...], set[str]]:
    dates: dict[Any, list[PartialDate | None]] = {}
    for lifecycle in lifecycles:
        for step in lifecycle:
            dates.setdefault(step.stage, []).append(step.date)
    mine = {step.stage: step.date for step in preferred}
    conflicts: set[str] = set()
    merged: list[LifecycleStep] = []
    last = max(dates, key=lambda stage: stage.rank)
    for stage in sorted(dates, key=lambda stage: stage.rank):
        date, conflict = _merge_dates(dates[stage], mine.get(stage))
        if conflict:
            conflicts.add("date" if stage is last else "lifecycle")
        merged.append(LifecycleStep(stage=stage, date=date))
    return tuple(merged), conflicts


def _evidence(variants: Sequence[Variant]) -> tuple[Evidence, ...]:
    return tuple(sorted({item for variant in variants for item in variant.record.evidence}, key=evidence_key))


_MERGED: dict[type, tuple[tuple[str, ...], Callable[[Any], tuple[Any, ...]]]] = {}


def _merged_fields(cls: type) -> tuple[tuple[str, ...], Callable[[Any], tuple[Any, ...]]]:
    """The fields of *cls* merged one by one (the special ones and those not set by hand left out),
    and a getter of their values as a tuple (one call per record, not one per field)."""
    known = _MERGED.get(cls)
    if known is None:
        names = tuple(field.name for field in attrs.fields(cls) if field.name not in _SPECIAL and field.init)
        getter = operator.attrgetter(*names)
        known = _MERGED[cls] = (names, getter if len(names) > 1 else lambda record: (getter(record),))
    return known


def combine(variants: Sequence[Variant]) -> tuple[AnyRecord, tuple[str, ...]]:
    """The merged record of an event's variants (canonical order) and the conflicting fields."""
    if len(variants) == 1:
        return variants[0].record, ()
    chosen = representative(variants).record
    evidence = _evidence(variants)
    records = [variant.record for variant in variants]
    changes: dict[str, Any] = {}
    conflicts: set[str] = set()
    fields, getter = _merged_fields(type(chosen))
    columns = zip(*map(getter, records), strict=True)
    for name, own, column in zip(fields, getter(chosen), columns, strict=True):
        values = list(column)
        if name in _LISTS:
            changes[name] = _unite_field(name, values)
        elif name in _TEXTS:
            changes[name] = own if own is not None else next((v for v in values if v is not None), None)
        else:
            changes[name], conflict = _merge_scalar(values, own)
            if conflict:
                conflicts.add(name)
    if isinstance(chosen, Agreement):
        changes["lifecycle"], lifecycle_conflicts = _merge_lifecycle(
            [record.lifecycle for record in records if isinstance(record, Agreement)], chosen.lifecycle
        )
        conflicts |= lifecycle_conflicts
    else:
        dates, date_conflicts = _merge_spans(records, chosen)
        changes.update(dates)
        conflicts |= date_conflicts
    if isinstance(chosen, CommissionSession):
        names = [record.commission.name for record in records if isinstance(record, CommissionSession)]
        own = chosen.commission.name
        changes["commission"] = Commission(
            body=chosen.commission.body, name=own if own is not None else next((n for n in names if n), None)
        )
    merged = with_bound(_build(chosen, changes, evidence), records)
    return merged, tuple(sorted(conflicts))


def _build(chosen: AnyRecord, changes: dict[str, Any], evidence: tuple[Evidence, ...]) -> AnyRecord:
    """The merged record; where merged dates break an invariant, the chosen report's dates."""
    try:
        return attrs.evolve(chosen, **changes, evidence=cast(Any, evidence))
    except InvalidRecordError:
        for name in ("date", "end_date", "lifecycle"):
            if name in changes:
                changes[name] = getattr(chosen, name)
        try:
            return attrs.evolve(chosen, **changes, evidence=cast(Any, evidence))
        except InvalidRecordError:
            return with_evidence(chosen, evidence)
