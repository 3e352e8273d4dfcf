"""Fold reports into entries: one entry per real event, whatever the order of the reports.

1. Each report becomes a variant per article (equal records of one article are one
   variant with all their evidence; equal records of two articles stay apart for now).
2. Variants are put in a canonical order: dated before undated, by date, then by the text
   of their identifying fields. The order is a function of the set of variants alone.
3. In that order each variant joins the best existing group it is the same event as
   (``same`` with every member; see :mod:`turkru.chronicle.rules`), or starts a group.
   A report without a date joins only on a strong match, and only if exactly one group fits.
4. In each group equal records are joined into one variant, and the group becomes a
   :class:`ChronicleEntry` with a content-derived id.

Since the result depends only on the set of reports, merging is commutative,
associative and idempotent: ``merge(a, b)`` is the entries of ``reports(a) | reports(b)``.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import hashlib
from collections.abc import Hashable, Iterable, Sequence
from typing import Any

import attrs

from turkru.chronicle.combine import combine
from turkru.chronicle.entry import ChronicleEntry, Variant, evidence_key, source_key, with_bound, with_evidence
from turkru.chronicle.rules import RULES, Fit, Rule, rule_of
from turkru.model.dates import Precision
from turkru.model.provenance import Evidence
from turkru.model.records import (
    RECORD_TYPES,
    Agreement,
    AnyRecord,
    CommissionSession,
    Event,
    Meeting,
    TradeFlow,
    Visit,
)
from turkru.text.similarity import stems, stems_of

__all__ = [
    "CONTEXT_DAYS",
    "KIND_ORDER",
    "Draft",
    "base_id",
    "build_entries",
    "cluster",
    "draft",
    "draft_of",
    "finish",
    "merge_keys",
    "same",
    "variants_of",
]

KIND_ORDER: dict[str, int] = {kind: index for index, kind in enumerate(RULES)}
"""Kinds in model order: meeting, visit, commission_session, agreement, trade_flow, event."""

CONTEXT_DAYS = 366
"""How far apart (in days) the publication of an undated report and the other report's date
(or publication) may lie for the two to be one event."""

_NEAR_DAYS = 1
_MAX_DAY_KEYS = 31


class _Dates(enum.Enum):
    OVERLAP = "overlap"
    NEAR = "near"
    UNDATED = "undated"
    APART = "apart"


def _interval(record: AnyRecord) -> tuple[dt.date, dt.date] | None:
    if record.date is None:
        return None
    return record.date.earliest, (record.end_date or record.date).latest


def _by_day(record: AnyRecord) -> bool:
    return all(date is None or date.precision is Precision.DAY for date in (record.date, record.end_date))


def _compare_dates(first: AnyRecord, second: AnyRecord, rule: Rule, fit: Fit) -> _Dates:
    one, two = _interval(first), _interval(second)
    if one is None and two is None and first.month_day is not None and second.month_day is not None:
        return _Dates.OVERLAP if first.month_day == second.month_day else _Dates.APART  # "on October 2", no year
    if one is None or two is None:
        return _Dates.UNDATED
    if rule.exact_dates:
        same_period = first.date == second.date and first.end_date == second.end_date
        return _Dates.OVERLAP if same_period else _Dates.APART
    daily = _by_day(first) and _by_day(second)
    gap = max((two[0] - one[1]).days, (one[0] - two[1]).days)
    if gap <= 0:
        return _Dates.APART if fit.needs_day and not daily else _Dates.OVERLAP
    return _Dates.NEAR if daily and gap <= _NEAR_DAYS else _Dates.APART


def _contexts(variant: Variant) -> list[tuple[dt.date, dt.date]]:
    """When the report was true: its own dates, else the publication dates of its sources."""
    own = _interval(variant.record)
    if own is not None:
        return [own]
    return [(s.published.earliest, s.published.latest) for s in variant.sources if s.published is not None]


def _close_in_time(first: Variant, second: Variant, anchored: bool) -> bool:
    one, two = _contexts(first), _contexts(second)
    if not one or not two:
        return anchored
    slack = dt.timedelta(days=CONTEXT_DAYS)
    return any(a[0] - slack <= b[1] and b[0] - slack <= a[1] for a in one for b in two)


def _shares_an_article(first: Variant, second: Variant) -> bool:
    articles = [source.article_id for source in first.sources]
    return any(source.article_id in articles for source in second.sources)


def same(first: Variant, second: Variant) -> int:
    """How well two variants match as one event: 3 strong, 2 plain, 1 weak, 0 not the same.

    Reports that share a source are never merged: an article does not report one event
    twice as different records.
    """
    return 0 if _shares_an_article(first, second) else _match(first, second)


def _match(first: Variant, second: Variant) -> int:
    """:func:`same`, leaving out the shared-article test."""
    a, b = first.record, second.record
    if a.KIND != b.KIND:
        return 0
    rule = rule_of(a)
    if rule.identity(a) != rule.identity(b):
        return 0
    fit = rule.fit(a, b)
    if fit is None:
        return 0
    if fit.date_free:
        return 3
    strong_key = rule.strong(a)
    strong = strong_key is not None and strong_key == rule.strong(b)
    dates = _compare_dates(a, b, rule, fit)
    if dates is _Dates.OVERLAP:
        return 3 if strong else 2
    if not strong:
        return 0
    if dates is _Dates.NEAR:
        return 1
    if dates is _Dates.UNDATED:
        return 1 if _close_in_time(first, second, rule.anchored(a) or rule.anchored(b)) else 0
    return 0


def _months(first: dt.date, last: dt.date) -> list[tuple[int, int]]:
    months = []
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        months.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def _days(first: dt.date, last: dt.date) -> list[dt.date]:
    return [first + dt.timedelta(days=n) for n in range((last - first).days + 1)]


def _grain(record: AnyRecord, span: tuple[dt.date, dt.date]) -> Precision:
    """How finely a record is dated: a long span of days counts as months."""
    if _by_day(record) and (span[1] - span[0]).days < _MAX_DAY_KEYS:
        return Precision.DAY
    dates = (record.date, record.end_date)
    return Precision.YEAR if any(d is not None and d.precision is Precision.YEAR for d in dates) else Precision.MONTH


def _identity_key(record: AnyRecord, rule: Rule) -> str:
    """The identity fields as one string (cheap to hash again and again)."""
    parts = (value.value if isinstance(value, enum.Enum) else value for value in rule.identity(record))
    return record.KIND + "|" + "|".join(map(str, parts))


def _keys(variant: Variant) -> tuple[list[Hashable], list[Hashable]]:
    """Keys to look candidates up by, and keys to be found by.

    Two dated variants that may be one event share an anchor word and a date key: a day
    (give or take one) when both are dated to the day, else the month or year of the
    coarser one, so a report looks only at reports of its own days, or of its month or
    year when it is that coarse. A report that names nobody (a meeting without names, a
    visit without a head) is matched by the day alone. Undated variants share a strong
    key; dated variants come first in the canonical order and register theirs.
    """
    record = variant.record
    rule = rule_of(record)
    identity = _identity_key(record, rule)
    free: list[Hashable] = [(identity, "free", key) for key in rule.free_keys(record)]
    strong = rule.strong(record)
    strong_keys: list[Hashable] = [] if strong is None else [(identity, "strong", strong)]
    span = _interval(record)
    if span is None:
        same_day: list[Hashable] = [] if record.month_day is None else [
            (identity, anchor, "md", record.month_day) for anchor in rule.anchors(record)
        ]  # two reports of one month-day without a year find each other by it
        return same_day + free + strong_keys, same_day + free + strong_keys
    anchors = list(rule.anchors(record))
    if rule.exact_dates:
        exact: list[Hashable] = [(identity, anchor, "x", record.date, record.end_date) for anchor in anchors]
        return exact + free, exact + free + strong_keys
    start, end = span
    grain = _grain(record, span)
    months, years = _months(start, end), list(range(start.year, end.year + 1))
    register: list[Hashable] = [(identity, anchor, "m", month) for anchor in anchors for month in months]
    register += [(identity, anchor, "y", year) for anchor in anchors for year in years]
    probe: list[Hashable] = []
    if grain is Precision.DAY:
        slack = dt.timedelta(days=_NEAR_DAYS)
        days, near = _days(start, end), _days(start - slack, end + slack)
        register += [(identity, anchor, "d", day) for anchor in anchors for day in days]
        probe += [(identity, anchor, "d", day) for anchor in anchors for day in near]
        probe += [(identity, anchor, "cm", month) for anchor in anchors for month in _months(near[0], near[-1])]
        probe += [(identity, anchor, "cy", year) for anchor in anchors for year in {day.year for day in near}]
        loose = (identity, "loose-day")
        if rule.loose(record):
            register += [(loose, day) for day in days]
            probe += [((identity, "day"), day) for day in days]
        else:
            register += [((identity, "day"), day) for day in days]
            probe += [(loose, day) for day in days]
    elif grain is Precision.MONTH:
        register += [(identity, anchor, "cm", month) for anchor in anchors for month in months]
        probe += [(identity, anchor, "m", month) for anchor in anchors for month in months]
        probe += [(identity, anchor, "cy", year) for anchor in anchors for year in years]
    else:
        register += [(identity, anchor, "cy", year) for anchor in anchors for year in years]
        probe += [(identity, anchor, "y", year) for anchor in anchors for year in years]
    return probe + free, register + free + strong_keys


def _cheap_key(variant: Variant) -> tuple[int, int, tuple[dt.date, int]]:
    record = variant.record
    date = record.date
    return (KIND_ORDER[record.KIND], date is None, date.sort_key() if date else (dt.date.min, 0))


def _canon(value: object) -> str:
    """A text of *value* built from the fields equality looks at (spelling variants left out)."""
    if isinstance(value, RECORD_TYPES):
        return _fields_text(value)
    if attrs.has(type(value)):
        return _part_text(value)
    if isinstance(value, tuple):
        return "(" + ",".join(_canon(item) for item in value) + ")"
    if isinstance(value, enum.Enum):
        return str(value.value)
    return repr(value)


def _fields_text(value: Any) -> str:
    fields = attrs.fields(type(value))
    inner = ",".join(_canon(getattr(value, field.name)) for field in fields if field.eq)
    return f"{type(value).__name__}({inner})"


@functools.lru_cache(maxsize=1 << 16)
def _part_text(value: Any) -> str:
    """:func:`_canon` of a person, place, date or other part of a record (they recur often)."""
    return _fields_text(value)


def _canonical(variants: Iterable[Variant]) -> list[Variant]:
    """Variants in an order that depends only on their values and sources."""
    ordered = sorted(variants, key=_cheap_key)
    result: list[Variant] = []
    start = 0
    while start < len(ordered):
        stop = start + 1
        key = _cheap_key(ordered[start])
        while stop < len(ordered) and _cheap_key(ordered[stop]) == key:
            stop += 1
        run = ordered[start:stop]
        if len(run) > 1:
            run.sort(key=lambda variant: (_canon(variant.record), [source_key(s) for s in variant.sources]))
        result.extend(run)
        start = stop
    return result


def _variant(members: Sequence[AnyRecord], evidence: Iterable[Evidence]) -> Variant:
    """One variant of equal records: the first spelling in text order, all their evidence."""
    chosen = members[0] if len(members) == 1 else with_bound(min(members, key=repr), members)
    ordered = tuple(sorted(set(evidence), key=evidence_key))
    if ordered != chosen.evidence:
        chosen = with_evidence(chosen, ordered)
    return Variant.of(chosen)


def variants_of(records: Iterable[AnyRecord]) -> list[Variant]:
    """One variant per record value and source: each outlet's report of a value stays its own
    until the sameness rule joins it to others (equal vague records are not one event)."""
    groups: dict[tuple[AnyRecord, str | None], tuple[list[AnyRecord], list[Evidence]]] = {}
    for record in records:
        if not record.evidence:
            groups.setdefault((record, None), ([], []))[0].append(record)
            continue
        by_article: dict[str, list[Evidence]] = {}
        for item in record.evidence:
            by_article.setdefault(item.source.article_id, []).append(item)
        for article, items in by_article.items():
            members, evidence = groups.setdefault((record, article), ([], []))
            members.append(record)
            evidence.extend(items)
    return [_variant(members, evidence) for members, evidence in groups.values()]


def _collapse(group: Sequence[Variant]) -> tuple[Variant, ...]:
    """The variants of one event with equal records joined: one variant per distinct value."""
    values: dict[AnyRecord, list[Variant]] = {}
    for variant in group:
        values.setdefault(variant.record, []).append(variant)
    return tuple(
        members[0] if len(members) == 1
        else _variant([m.record for m in members], [item for m in members for item in m.record.evidence])
        for members in values.values()
    )


class _Group:
    """A growing group of variants: its members, their articles, and one member per dated value.

    Dated members with equal records match a newcomer alike, so only one of each is compared.
    """

    __slots__ = ("articles", "members", "undated", "values")

    def __init__(self) -> None:
        self.members: list[Variant] = []
        self.articles: set[str] = set()
        self.values: dict[AnyRecord, Variant] = {}
        self.undated: list[Variant] = []

    def add(self, variant: Variant) -> None:
        self.members.append(variant)
        self.articles.update(source.article_id for source in variant.sources)
        if variant.record.date is None:
            self.undated.append(variant)
        else:
            self.values.setdefault(variant.record, variant)

    def fits(self, variant: Variant) -> int:
        """The weakest match of *variant* with every member (complete linkage); 0 if any fails."""
        if any(source.article_id in self.articles for source in variant.sources):
            return 0
        weakest = 3
        for member in (*self.values.values(), *self.undated):
            score = _match(member, variant)
            if score == 0:
                return 0
            weakest = min(weakest, score)
        return weakest


def _cluster(variants: Sequence[Variant]) -> list[list[Variant]]:
    groups: list[_Group] = []
    index: dict[Hashable, list[int]] = {}
    for variant in variants:
        probe, register = _keys(variant)
        candidates = sorted({number for key in probe for number in index.get(key, ())})
        scored = [(score, number) for number in candidates if (score := groups[number].fits(variant))]
        chosen: int | None = None
        if scored:
            best = max(score for score, _ in scored)
            top = [number for score, number in scored if score == best]
            if best > 1 or len(top) == 1:
                chosen = top[0]
        if chosen is None:
            chosen = len(groups)
            groups.append(_Group())
        groups[chosen].add(variant)
        for key in register:
            numbers = index.setdefault(key, [])
            if not numbers or numbers[-1] != chosen:
                numbers.append(chosen)
    return [group.members for group in groups]


def _key_fields(record: AnyRecord) -> tuple[object, ...]:
    """What an entry's id is derived from: kind, status, date and the identifying fields."""
    date = record.date.isoformat() if record.date else None
    base: tuple[object, ...] = (record.KIND, record.status.value, date)
    if isinstance(record, Meeting):
        return (*base, record.mode.value, sorted(person.key for person in record.participants))
    if isinstance(record, Visit):
        return (*base, record.delegation_of, record.host, record.head.key if record.head else None)
    if isinstance(record, CommissionSession):
        return (*base, record.commission.body.value, record.format.value, record.session_number)
    if isinstance(record, Agreement):
        return (*base, record.doc_type.value, sorted(stems(record.title)), record.count)
    if isinstance(record, TradeFlow):
        goods = sorted(stems_of(record.commodities))
        return (*base, record.direction.value, record.exporter, record.importer, goods)
    if isinstance(record, Event):
        return (*base, sorted(stems(record.name)))
    raise TypeError(f"not a record: {record!r}")


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def _id(record: AnyRecord, digest: str) -> str:
    date = record.date.isoformat() if record.date else "undated"
    return f"{record.KIND}-{date}-{digest}"


def _full_text(variants: Sequence[Variant]) -> str:
    return "|".join(
        _canon(variant.record) + "@" + ",".join(source.article_id for source in variant.sources)
        for variant in variants
    )


def _unique_ids(drafts: Sequence[tuple[AnyRecord, Sequence[Variant], tuple[str, ...], str]]) -> list[str]:
    """Ids from the key fields; where two entries share them, from all their content too."""
    by_id: dict[str, list[int]] = {}
    for number, (record, _group, _conflicts, key) in enumerate(drafts):
        by_id.setdefault(_id(record, _digest(key)), []).append(number)
    ids = [""] * len(drafts)
    taken: set[str] = {base for base, numbers in by_id.items() if len(numbers) == 1}
    for base, numbers in by_id.items():
        if len(numbers) == 1:
            ids[numbers[0]] = base
            continue
        fulls = sorted((drafts[n][3] + "|" + _full_text(drafts[n][1]), n) for n in numbers)
        for full, number in fulls:
            candidate = _id(drafts[number][0], _digest(full))
            suffix = 1
            unique = candidate
            while unique in taken:
                suffix += 1
                unique = f"{candidate}-{suffix}"
            taken.add(unique)
            ids[number] = unique
    return ids


Draft = tuple[AnyRecord, Sequence[Variant], tuple[str, ...], str]
"""An entry before its id: the merged record, the variants, the conflicts and the key text."""


def merge_keys(variant: Variant) -> tuple[list[Hashable], list[Hashable]]:
    """The keys *variant* looks candidate groups up by, and the keys it is found by."""
    return _keys(variant)


def cluster(records: Iterable[AnyRecord]) -> list[tuple[Variant, ...]]:
    """The groups of a set of reports, one per real event, equal records joined into one variant."""
    return [_collapse(group) for group in _cluster(_canonical(variants_of(records)))]


def draft(group: Sequence[Variant]) -> Draft:
    """The draft entry of one group: its merged record and conflicts."""
    record, conflicts = combine(group)
    return (record, group, conflicts, repr(_key_fields(record)))


def draft_of(entry: ChronicleEntry) -> Draft:
    """The draft an existing *entry* was made from (to give ids again beside new entries)."""
    return (entry.record, entry.variants, entry.conflicts, repr(_key_fields(entry.record)))


def base_id(record: AnyRecord) -> str:
    """The id an entry with merged *record* gets when no other entry shares its key fields."""
    return _id(record, _digest(repr(_key_fields(record))))


def finish(drafts: Sequence[Draft]) -> list[ChronicleEntry]:
    """The entries of *drafts*, with ids unique among them."""
    ids = _unique_ids(drafts)
    return [
        ChronicleEntry(id=ids[number], record=record, variants=tuple(group), conflicts=conflicts)
        for number, (record, group, conflicts, _key) in enumerate(drafts)
    ]


def build_entries(records: Iterable[AnyRecord]) -> list[ChronicleEntry]:
    """The entries of a set of reports: one per real event, ids unique and content-derived."""
    return finish([draft(group) for group in cluster(records)])
