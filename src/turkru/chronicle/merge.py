"""Fold reports into entries: one entry per real event, whatever the order of the reports.

1. Each report becomes a variant per article (equal records of one article are one
   variant with all their evidence; equal records of two articles stay apart for now).
2. Variants are put in a canonical order: dated before undated, by date, then by the text
   of their identifying fields. The order is a function of the set of variants alone.
3. In that order each variant joins the best existing group it is the same event as
   (``same`` with every member; see :mod:`turkru.chronicle.rules`), or starts a group.
   A report without a date joins only on a strong match, and only if exactly one group fits.
4. In each group equal records are joined into one variant, and the group becomes a
   :class:`ChronicleEntry` with an id derived from its founding report (:func:`founding`).

Since the result depends only on the set of reports, merging is commutative,
associative and idempotent: ``merge(a, b)`` is the entries of ``reports(a) | reports(b)``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import enum
import functools
import gc
import hashlib
import itertools
import operator
from collections.abc import Hashable, Iterable, Iterator, Sequence
from typing import NamedTuple

import attrs

from turkru.chronicle.canon import canon as _canon
from turkru.chronicle.combine import combine
from turkru.chronicle.days import days
from turkru.chronicle.entry import ChronicleEntry, Variant, evidence_key, source_key, with_bound, with_evidence
from turkru.chronicle.rules import RULES, Fit, Rule
from turkru.chronicle.spellings import spelling_key
from turkru.model.dates import MonthDay, PartialDate, Precision
from turkru.model.provenance import Evidence, Source
from turkru.model.records import (
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
    "collector_paused",
    "draft",
    "draft_of",
    "finish",
    "founding",
    "founding_rank",
    "id_prefix",
    "merge_keys",
    "reports_of",
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


_SLACK = CONTEXT_DAYS
_NO_END, _NO_START = 1 << 40, -(1 << 40)
"""A group's least last day and greatest first day before it has a dated member."""


class _Facts:
    """What the sameness test reads of one variant, worked out once: its rule and identity,
    its strong key, its days (proleptic ordinals) or, undated, its sources' publication days.

    *like*: the facts of a variant of an equal record, whose facts of the record are taken as
    they are (equal records of several articles come one after another in the canonical order).
    """

    __slots__ = (
        "anchored", "articles", "contexts", "daily", "end", "free", "free_keys", "identity", "kind", "month_day",
        "period", "record", "rule", "start", "strong", "variant",
    )

    variant: Variant
    record: AnyRecord
    rule: Rule
    kind: str
    identity: tuple[Hashable, ...]
    strong: Hashable | None
    anchored: bool
    free_keys: tuple[Hashable, ...]
    free: bool
    articles: tuple[str, ...]
    """The articles of the variant's sources (a tuple: most variants have one; only tested for overlap)."""
    period: tuple[PartialDate | None, PartialDate | None]
    month_day: MonthDay | None
    daily: bool
    start: int | None
    end: int | None
    contexts: tuple[tuple[int, int], ...]

    def __init__(self, variant: Variant, like: _Facts | None = None) -> None:
        record = variant.record
        self.variant = variant
        self.record = record
        sources = variant.sources
        self.articles = (sources[0].article_id,) if len(sources) == 1 else tuple(s.article_id for s in sources)
        if like is not None:  # what depends on the record alone is taken as it is
            self.anchored, self.daily, self.end, self.free = like.anchored, like.daily, like.end, like.free
            self.free_keys, self.identity, self.kind = like.free_keys, like.identity, like.kind
            self.month_day, self.period, self.rule = like.month_day, like.period, like.rule
            self.start, self.strong = like.start, like.strong
            self.contexts = like.contexts if self.start is not None else self._published(variant)
            return
        rule = RULES[record.KIND]
        self.rule = rule
        self.kind = record.KIND
        self.identity = rule.identity(record)
        self.strong = rule.strong(record)
        self.anchored = rule.anchored(record)
        self.free_keys = tuple(rule.free_keys(record))
        self.free = bool(self.free_keys)
        self.period = (record.date, record.end_date)
        self.month_day = record.month_day  # "on October 2" with no year: only with no date
        date, end = record.date, record.end_date
        self.daily = (date is None or date.day is not None) and (end is None or end.day is not None)
        if date is None:
            self.start = self.end = None
            self.contexts = self._published(variant)
        else:  # the first and last day, as ordinals
            self.start, self.end = days(date)
            if end is not None:
                self.end = days(end)[1]
            self.contexts = ((self.start, self.end),)

    @staticmethod
    def _published(variant: Variant) -> tuple[tuple[int, int], ...]:
        """The days of the publication of *variant*'s sources (ordinals)."""
        return tuple(days(s.published) for s in variant.sources if s.published is not None)


def _compare_dates(one: _Facts, two: _Facts, fit: Fit) -> _Dates:
    if one.month_day is not None and two.month_day is not None:  # both undated, days without a year
        return _Dates.OVERLAP if one.month_day == two.month_day else _Dates.APART
    if one.start is None or two.start is None or one.end is None or two.end is None:
        return _Dates.UNDATED
    if one.rule.exact_dates:
        return _Dates.OVERLAP if one.period == two.period else _Dates.APART
    daily = one.daily and two.daily
    gap = max(two.start - one.end, one.start - two.end)
    if gap <= 0:
        return _Dates.APART if fit.needs_day and not daily else _Dates.OVERLAP
    return _Dates.NEAR if daily and gap <= _NEAR_DAYS else _Dates.APART


def _close_in_time(first: _Facts, second: _Facts) -> bool:
    """Whether the two reports were true within CONTEXT_DAYS of each other (their own dates,
    else the publication of their sources); without any such date, whether one is anchored."""
    if not first.contexts or not second.contexts:
        return first.anchored or second.anchored
    return any(a[0] - _SLACK <= b[1] and b[0] - _SLACK <= a[1] for a in first.contexts for b in second.contexts)


def same(first: Variant, second: Variant) -> int:
    """How well two variants match as one event: 3 strong, 2 plain, 1 weak, 0 not the same.

    Reports that share a source are never merged: an article does not report one event
    twice as different records.
    """
    one, two = _Facts(first), _Facts(second)
    return 0 if not set(one.articles).isdisjoint(two.articles) else _match(one, two)


def _match(a: _Facts, b: _Facts) -> int:
    """:func:`same`, leaving out the shared-article test."""
    if a.kind != b.kind or a.identity != b.identity:
        return 0
    fit = a.rule.fit(a.record, b.record)
    if fit is None:
        return 0
    if fit.date_free:
        return 3
    strong = a.strong is not None and a.strong == b.strong
    dates = _compare_dates(a, b, fit)
    if dates is _Dates.OVERLAP:
        return 3 if strong else 2
    if not strong:
        return 0
    if dates is _Dates.NEAR:
        return 1
    if dates is _Dates.UNDATED:
        return 1 if _close_in_time(a, b) else 0
    return 0


def _months(first: dt.date, last: dt.date) -> list[tuple[int, int]]:
    months = []
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        months.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def _grain(record: AnyRecord, daily: bool, length: int) -> Precision:
    """How finely a record is dated: a long span of days (*length* days past the first) counts as months."""
    if daily and length < _MAX_DAY_KEYS:
        return Precision.DAY
    dates = (record.date, record.end_date)
    return Precision.YEAR if any(d is not None and d.precision is Precision.YEAR for d in dates) else Precision.MONTH


_IDENTITY_KEYS: dict[tuple[str, tuple[Hashable, ...]], str] = {}


def _identity_key(kind: str, identity: tuple[Hashable, ...]) -> str:
    """The identity fields as one string (cheap to hash again and again)."""
    key = _IDENTITY_KEYS.get((kind, identity))
    if key is None:
        parts = (value.value if isinstance(value, enum.Enum) else value for value in identity)
        key = _IDENTITY_KEYS.setdefault((kind, identity), kind + "|" + "|".join(map(str, parts)))
    return key


_NONE: list[Hashable] = []
"""The one empty list of keys every record without such keys shares (never added to: key lists are
only read, or copied before a change)."""


class _Keys(NamedTuple):
    """A variant's merge keys by role: dated variants probe and register ``dated_probe`` and
    ``dated_register``; every variant probes and registers ``free`` and registers ``strong``,
    which undated variants also probe."""

    dated_probe: list[Hashable]
    dated_register: list[Hashable]
    free: list[Hashable]
    strong: list[Hashable]
    plain: Hashable | None = None
    """The strong key made of the rule's strong fields (in ``strong``, beside any month-day keys)."""


def _keys(variant: Variant) -> tuple[list[Hashable], list[Hashable]]:
    """Keys to look candidates up by, and keys to be found by.

    Two dated variants that may be one event share an anchor word and a date key: a day
    (give or take one) when both are dated to the day, else the month or year of the
    coarser one, so a report looks only at reports of its own days, or of its month or
    year when it is that coarse. A report that names nobody (a meeting without names, a
    visit without a head) is matched by the day alone. Undated variants share a strong
    key; dated variants come first in the canonical order and register theirs.
    """
    keys = _split_keys(_Facts(variant))
    if variant.record.date is None:
        return keys.free + keys.strong, keys.free + keys.strong
    return keys.dated_probe + keys.free, keys.dated_register + keys.free + keys.strong


def _split_keys(facts: _Facts) -> _Keys:
    """:func:`_keys` by role (the keys :func:`merge_keys` gives growth: by :meth:`Rule.anchors`
    and dates; the merge's own index is :func:`_index_keys`)."""
    record, rule = facts.record, facts.rule
    identity, free, strong_keys, plain = _lasting_keys(facts)
    if facts.start is None or facts.end is None:
        if facts.month_day is not None:  # two reports of one month-day without a year find each other by it
            strong_keys = strong_keys + [(identity, anchor, "md", facts.month_day) for anchor in rule.anchors(record)]
        return _Keys(_NONE, _NONE, free, strong_keys, plain)
    anchors = tuple(rule.anchors(record))
    if rule.exact_dates:
        exact: list[Hashable] = [(identity, anchor, "x", record.date, record.end_date) for anchor in anchors]
        return _Keys(exact, exact, free, strong_keys, plain)
    grain = _grain(record, facts.daily, facts.end - facts.start)
    probe, register = _date_keys(identity, anchors, facts.start, facts.end, grain, rule.loose(record))
    return _Keys(probe, register, free, strong_keys, plain)


def _lasting_keys(facts: _Facts) -> tuple[str, list[Hashable], list[Hashable], Hashable | None]:
    """The identity key, the free keys, the strong keys and the plain strong key of *facts*."""
    identity = _identity_key(facts.kind, facts.identity)
    free: list[Hashable] = [(identity, "free", key) for key in facts.free_keys] if facts.free_keys else _NONE
    plain: Hashable | None = None if facts.strong is None else (identity, "strong", facts.strong)
    return identity, free, _NONE if plain is None else [plain], plain


def _index_keys(facts: _Facts) -> _Keys:
    """The keys of the merge's own index (:class:`_Index`), by role.

    A dated variant registers and probes one key per narrow anchor (:meth:`Rule.narrow_anchors`),
    without its dates: variants come in order of their first day, and the index keeps under a key
    only the groups a later variant can still reach by its days (:meth:`_Index._live`), which are
    all the groups a date key would have found, and the few others the group's summary rejects at
    once (:meth:`_Group.in_reach`). Reports dated to the day also share a key of their identity
    alone: one that names nobody (:meth:`Rule.loose`) finds the others by it, and they it. Trade
    figures, whose dates must be equal, keep their dates in the key.
    """
    record, rule = facts.record, facts.rule
    identity, free, strong_keys, plain = _lasting_keys(facts)
    anchors = rule.narrow_anchors(record)
    if facts.start is None or facts.end is None:
        if facts.month_day is not None:  # two reports of one month-day without a year find each other by it
            strong_keys = strong_keys + [(identity, anchor, "md", facts.month_day) for anchor in anchors]
        return _Keys(_NONE, _NONE, free, strong_keys, plain)
    if rule.exact_dates:
        exact: list[Hashable] = [(identity, anchor, "x", record.date, record.end_date) for anchor in anchors]
        return _Keys(exact, exact, free, strong_keys, plain)
    dated: list[Hashable] = [(identity, "a", anchor) for anchor in anchors]
    if not facts.daily or facts.end - facts.start >= _MAX_DAY_KEYS:  # not by the day (see _grain)
        return _Keys(dated, dated, free, strong_keys, plain)
    loose = rule.loose(record)
    register = [*dated, (identity, "loose-day" if loose else "day")]
    probe = [*dated, (identity, "day" if loose else "loose-day")]
    return _Keys(probe, register, free, strong_keys, plain)


@functools.lru_cache(maxsize=1 << 18)
def _date_keys(
    identity: str, anchors: tuple[Hashable, ...], first: int, last: int, grain: Precision, loose: bool
) -> tuple[list[Hashable], list[Hashable]]:
    """The dated keys of a record whose dates need only overlap, from day *first* to day *last*
    (ordinals): by day (dates), month ((year, month)) or year (reports of one event share them,
    so they are cached)."""
    day = dt.date.fromordinal
    start, end = dt.date.fromordinal(first), dt.date.fromordinal(last)
    months: list[Hashable] = list(_months(start, end))
    years = list(range(start.year, end.year + 1))
    register: list[Hashable] = [(identity, anchor, "m", each) for anchor in anchors for each in months]
    register += [(identity, anchor, "y", year) for anchor in anchors for year in years]
    probe: list[Hashable] = []
    if grain is Precision.DAY:
        days = [day(ordinal) for ordinal in range(first, last + 1)]
        near = [day(ordinal) for ordinal in range(first - _NEAR_DAYS, last + _NEAR_DAYS + 1)]
        near_first, near_last = dt.date.fromordinal(first - _NEAR_DAYS), dt.date.fromordinal(last + _NEAR_DAYS)
        near_months = list(_months(near_first, near_last))
        register += [(identity, anchor, "d", each) for anchor in anchors for each in days]
        probe += [(identity, anchor, "d", each) for anchor in anchors for each in near]
        probe += [(identity, anchor, "cm", each) for anchor in anchors for each in near_months]
        near_years = range(near_first.year, near_last.year + 1)
        probe += [(identity, anchor, "cy", year) for anchor in anchors for year in near_years]
        if loose:
            register += [((identity, "loose-day"), each) for each in days]
            probe += [((identity, "day"), each) for each in days]
        else:
            register += [((identity, "day"), each) for each in days]
            probe += [((identity, "loose-day"), each) for each in days]
    elif grain is Precision.MONTH:
        register += [(identity, anchor, "cm", each) for anchor in anchors for each in months]
        probe += [(identity, anchor, "m", each) for anchor in anchors for each in months]
        probe += [(identity, anchor, "cy", year) for anchor in anchors for year in years]
    else:
        register += [(identity, anchor, "cy", year) for anchor in anchors for year in years]
        probe += [(identity, anchor, "y", year) for anchor in anchors for year in years]
    return probe, register


_UNDATED_KEY = 1 << 25 | dt.date.min.toordinal() << 2


def _cheap_key(variant: Variant) -> int:
    """The kind, dated before undated, and the date's :meth:`~PartialDate.sort_key` (earliest day,
    then precision), packed in one number: kind above bit 26, undated bit 25, the day's ordinal
    (below 2^22) above bit 2, the precision's rank in bits 0-1."""
    record = variant.record
    date = record.date
    kind = KIND_ORDER[record.KIND] << 26
    if date is None:
        return kind | _UNDATED_KEY
    rank = 2 if date.day is not None else 0 if date.month is None else 1
    return kind | days(date)[0] << 2 | rank


def _canonical(variants: Iterable[Variant]) -> list[Variant]:
    """Variants in an order that depends only on their values and sources."""
    ordered = sorted(((_cheap_key(variant), variant) for variant in variants), key=_FIRST)
    result: list[Variant] = []
    for _key, run in itertools.groupby(ordered, key=_FIRST):
        members = [variant for _key, variant in run]
        result.extend(members if len(members) == 1 else _by_text(members))
    return result


def _by_text(variants: list[Variant]) -> list[Variant]:
    """*variants* by the text of their records (:func:`_canon`), then by their sources (only
    compared, so only worked out, where the texts are equal)."""
    texts = sorted(zip(_texts(variants), variants, strict=True), key=_FIRST)
    result: list[Variant] = []
    for _text, run in itertools.groupby(texts, key=_FIRST):
        equal = [variant for _text, variant in run]
        if len(equal) > 1:
            equal.sort(key=lambda variant: [source_key(s) for s in variant.sources])
        result.extend(equal)
    return result


def _texts(variants: list[Variant]) -> list[str]:
    """The texts (:func:`_canon`) of the records of *variants*, all of one kind: one per value.

    Equal records have equal texts (their fields are text, whole numbers, enums and parts made
    of them), so each value is written once, and not at all when there is only one; but not
    trade figures, whose amounts are decimals (equal 1.5 and 1.50 are written apart)."""
    if variants[0].record.KIND == TradeFlow.KIND:
        return [_canon(variant.record) for variant in variants]
    known: dict[AnyRecord, str] = dict.fromkeys((variant.record for variant in variants), "")
    if len(known) > 1:
        for record in known:
            known[record] = _canon(record)
    return [known[variant.record] for variant in variants]


_FIRST = operator.itemgetter(0)


def _variant(members: Sequence[AnyRecord], evidence: Sequence[Evidence]) -> Variant:
    """One variant of equal records: the first spelling in text order, all their evidence."""
    if len(members) == 1:
        chosen = members[0]
        if len(evidence) == 1 and len(chosen.evidence) == 1 and chosen.evidence[0] is evidence[0]:
            return Variant(record=chosen, sources=(chosen.evidence[0].source,))  # a record of one span as it is
        return _with_all(chosen, evidence)
    return _with_all(with_bound(min(members, key=repr), members), evidence)


def _joined(members: Sequence[Variant]) -> Variant:
    """:func:`_variant` of variants of equal records of one form (:func:`_alike`): their texts
    differ in the bound alone, so with one bound the first is the first in text order."""
    records = [member.record for member in members]
    bound = records[0].reported_by
    if all(record.reported_by == bound for record in records):
        return _with_all(records[0], [item for record in records for item in record.evidence])
    return _variant(records, [item for record in records for item in record.evidence])


def _with_all(chosen: AnyRecord, evidence: Iterable[Evidence]) -> Variant:
    """The variant of *chosen* with *evidence*, each span once, in order."""
    unique = set(evidence)
    ordered = tuple(unique) if len(unique) < 2 else tuple(sorted(unique, key=evidence_key))
    if ordered != chosen.evidence:
        chosen = with_evidence(chosen, ordered)
    return Variant.of(chosen)


def variants_of(records: Iterable[AnyRecord]) -> list[Variant]:
    """One variant per record value and source: each outlet's report of a value stays its own
    until the sameness rule joins it to others (equal vague records are not one event)."""
    groups: dict[tuple[AnyRecord, str | None], tuple[list[AnyRecord], list[Evidence]]] = {}
    for record in records:
        if len(record.evidence) == 1:  # the common case: one span, one article
            item = record.evidence[0]
            members, evidence = groups.setdefault((record, item.source.article_id), ([], []))
            members.append(record)
            evidence.append(item)
            continue
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


def _published(sources: Iterable[Source]) -> PartialDate | None:
    """The earliest publication of *sources*, in the order of reported-by bounds."""
    days = [source.published for source in sources if source.published is not None]
    return min(days, key=lambda day: (day.latest, -day.precision.rank)) if days else None


_OWN = "own"
"""The bound of a report bounded by its own article's publication, which a joined variant restores."""


def _form(variant: Variant, bounds: bool) -> Hashable:
    """What equality leaves out of a one-article variant but its repr shows: its spellings
    (:func:`~turkru.chronicle.spellings.spelling_key`; with *bounds*, the repr of its bound too,
    as the whole repr showed it where every record compared has one bound) and its bound
    (:data:`_OWN` when that is its article's publication)."""
    record = variant.record
    bound = record.reported_by
    sources = variant.sources
    own = bound == (sources[0].published if len(sources) == 1 else _published(sources))
    shown = spelling_key(type(record))(record)
    return (shown, repr(bound) if bounds else None, _OWN if own else repr(bound))


def _alike(members: list[Variant]) -> list[list[Variant]]:
    """Equal variants by form (:func:`_form`): only variants of one form join, so that a variant
    of several articles splits back into what each article reported (:func:`reports_of`)."""
    if len(members) == 1:
        return [members]
    bound = members[0].record.reported_by
    bounds = all(member.record.reported_by == bound for member in members)
    alike: dict[Hashable, list[Variant]] = {}
    for member in members:
        alike.setdefault(_form(member, bounds), []).append(member)
    return list(alike.values())


def reports_of(variant: Variant) -> list[AnyRecord]:
    """The reports a variant was joined from, one per article, as each article gave it.

    Variants of several articles join only reports of one spelling and either one bound or
    each its own article's publication (then the variant is bounded by the earliest of
    them, and each report gets its own back), so merging these again gives the same entries.
    """
    record = variant.record
    if len({source.article_id for source in variant.sources}) < 2:
        return [record]
    own = record.reported_by == _published(variant.sources)
    by_article: dict[str, list[Evidence]] = {}
    for item in record.evidence:
        by_article.setdefault(item.source.article_id, []).append(item)
    reports = []
    for items in by_article.values():
        report = with_evidence(record, tuple(items))
        bound = _published(item.source for item in items) if own else report.reported_by
        reports.append(report if bound == report.reported_by else attrs.evolve(report, reported_by=bound))
    return reports


def _collapse(group: Sequence[Variant]) -> tuple[Variant, ...]:
    """The variants of one event with equal records of one form joined: one variant per distinct
    value as reported (see :func:`_alike`)."""
    if len(group) == 1:
        return (group[0],)
    values: dict[AnyRecord, list[Variant]] = {}
    for variant in group:
        values.setdefault(variant.record, []).append(variant)
    return tuple(
        members[0] if len(members) == 1 else _joined(members)
        for equal in values.values()
        for members in _alike(equal)
    )


class _Group:
    """A growing group: its members, their articles, one member per dated value, and a summary
    of the dated members' days (the least last day, the greatest first day).

    Dated members with equal records match a newcomer alike, so only one of each is compared.
    The summary rejects most candidates without comparing: a report matches a dated member
    only within a day of its days (:func:`_compare_dates`), or, undated, within CONTEXT_DAYS
    of its sources' publication (:func:`_close_in_time`), unless the match is date-free, which
    only reports with free keys can make.
    """

    __slots__ = ("articles", "max_start", "members", "min_end", "undated", "values")

    def __init__(self) -> None:
        self.members: list[Variant] = []
        self.articles: set[str] = set()
        self.values: dict[AnyRecord, _Facts] = {}
        self.undated: list[_Facts] = []
        self.min_end = _NO_END
        self.max_start = _NO_START

    def add(self, facts: _Facts) -> None:
        self.members.append(facts.variant)
        self.articles.update(facts.articles)
        if facts.start is None or facts.end is None:
            self.undated.append(facts)
            return
        self.values.setdefault(facts.record, facts)
        self.min_end, self.max_start = min(self.min_end, facts.end), max(self.max_start, facts.start)

    def in_reach(self, facts: _Facts) -> bool:
        """Whether the dated members' days leave *facts* a chance (see the class docstring)."""
        if facts.free:
            return True
        if facts.start is not None and facts.end is not None:
            return facts.start <= self.min_end + _NEAR_DAYS and facts.end >= self.max_start - _NEAR_DAYS
        if not facts.contexts:
            return True
        low = min(context[0] for context in facts.contexts)
        high = max(context[1] for context in facts.contexts)
        return low - _SLACK <= self.min_end and self.max_start <= high + _SLACK

    def fits(self, facts: _Facts) -> int:
        """The weakest match of *facts* with every member (complete linkage); 0 if any fails."""
        if not self.articles.isdisjoint(facts.articles) or not self.in_reach(facts):
            return 0
        weakest = 3
        for members in (self.values.values(), self.undated):
            for member in members:
                score = _match(member, facts)
                if score < weakest:
                    if score == 0:
                        return 0
                    weakest = score
        return weakest


_SPELL = _SLACK
"""Days per time bucket of the strong keys an undated variant probes (see :class:`_Index`)."""

_TIMELESS = "timeless"
"""The bucket of an undated member whose sources have no publication date."""


def _spells(contexts: Iterable[tuple[int, int]]) -> set[int | str]:
    """The time buckets the days of *contexts* touch (:data:`_TIMELESS` when there are none)."""
    found: set[int | str] = set()
    for first, last in contexts:
        found.update(range(first // _SPELL, last // _SPELL + 1))
    return found or {_TIMELESS}


class _Index:
    """Group numbers by merge key (:func:`_index_keys`). Lists of dated keys drop the groups no
    later report can join.

    Within a kind, dated variants come in order of their first day, and undated ones after
    them, so a group whose least last day lies more than a day before the current variant's
    first day is out of reach of every dated variant still to come (:meth:`_Group.in_reach`),
    except by a date-free match, which a shared free key finds. Only dated variants probe the
    dated keys, so such a group leaves their lists for good. The dated keys hold no dates (an
    identity and an anchor): what is left under one is what a later variant's days can reach.

    An undated variant matches a member by its strong key only within CONTEXT_DAYS of its
    sources' publication (:func:`_close_in_time`), and a group only when every member does, so
    the strong key is also filed by time bucket (``timed``): of each member's days, or its
    sources' publication when undated (:func:`_spells`). An undated variant with publication
    days looks in the buckets within CONTEXT_DAYS of them and in the timeless one, not at every
    group of every year sharing its key; one without looks at them all (``lasting``).
    """

    __slots__ = ("dated", "groups", "lasting", "timed")

    def __init__(self, groups: list[_Group]) -> None:
        self.groups = groups
        self.dated: dict[Hashable, list[int]] = {}
        self.lasting: dict[Hashable, list[int]] = {}
        self.timed: dict[Hashable, list[int]] = {}

    def candidates(self, facts: _Facts, keys: _Keys) -> list[int]:
        """The numbers of the groups that registered a key *facts* probes, in order."""
        found: set[int] = set()
        if facts.start is None:
            lasting = [*keys.free, *keys.strong]
            if keys.plain is not None and facts.contexts:
                lasting.remove(keys.plain)
                low = min(context[0] for context in facts.contexts) - _SLACK
                high = max(context[1] for context in facts.contexts) + _SLACK
                for spell in (*range(low // _SPELL, high // _SPELL + 1), _TIMELESS):
                    found.update(self.timed.get((keys.plain, spell), ()))
            for key in lasting:
                found.update(self.lasting.get(key, ()))
            return sorted(found)
        for key in keys.free:
            found.update(self.lasting.get(key, ()))
        for key in keys.dated_probe:
            numbers = self.dated.get(key)
            if numbers:
                found.update(self._live(numbers, facts.start))
        return sorted(found)

    def _live(self, numbers: list[int], start: int) -> list[int]:
        """*numbers* without the groups out of reach from *start* on (dropped from the list)."""
        groups = self.groups
        live = [number for number in numbers if groups[number].min_end + _NEAR_DAYS >= start]
        if len(live) != len(numbers):
            numbers[:] = live
        return live

    def register(self, number: int, facts: _Facts, keys: _Keys) -> None:
        """File group *number* under the keys *facts* registers."""
        if facts.start is not None:
            self._file(self.dated, number, keys.dated_register)
        self._file(self.lasting, number, keys.free)
        self._file(self.lasting, number, keys.strong)
        if keys.plain is not None:
            self._file(self.timed, number, [(keys.plain, spell) for spell in _spells(facts.contexts)])

    @staticmethod
    def _file(index: dict[Hashable, list[int]], number: int, keys: Iterable[Hashable]) -> None:
        for key in keys:
            numbers = index.setdefault(key, [])
            if not numbers or numbers[-1] != number:
                numbers.append(number)


def _choose(groups: list[_Group], candidates: list[int], facts: _Facts) -> int | None:
    """The group *facts* joins: the best fit, if strong or plain, or the only weak one."""
    scored = [(score, number) for number in candidates if (score := groups[number].fits(facts))]
    if not scored:
        return None
    best = max(score for score, _ in scored)
    top = [number for score, number in scored if score == best]
    return top[0] if best > 1 or len(top) == 1 else None


def _equal(first: AnyRecord, second: AnyRecord) -> bool:
    """Whether two records are equal (their hashes, cached, first)."""
    return first is second or (hash(first) == hash(second) and first == second)


def _cluster(variants: Sequence[Variant]) -> list[list[Variant]]:
    groups: list[_Group] = []
    index = _Index(groups)
    kind = None
    facts: _Facts | None = None
    keys = _Keys(_NONE, _NONE, _NONE, _NONE)
    last = -1
    for variant in variants:
        like = facts is not None and _equal(variant.record, facts.record)
        if like:  # the same keys too
            facts = _Facts(variant, facts)
        else:
            facts = _Facts(variant)
            keys = _index_keys(facts)
        if facts.kind != kind:  # kinds come one after another: the last one's dated keys are done with
            kind = facts.kind
            index.dated.clear()
        chosen = _choose(groups, index.candidates(facts, keys), facts)
        if chosen is None:
            chosen = len(groups)
            groups.append(_Group())
        groups[chosen].add(facts)
        if not (like and chosen == last and facts.start is not None):  # else filed under these keys just now
            index.register(chosen, facts, keys)
        last = chosen
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


_LAST = (True, dt.date.max, dt.date.max, True, "", ("", "", "", "", ""))


@functools.lru_cache(maxsize=1 << 20)
def founding_rank(source: Source) -> tuple[bool, dt.date, dt.date, bool, str, tuple[str, str, str, str, str]]:
    """The order in which sources found entries: the earliest published first (sources without
    a publication date last), then by content hash (the same for every copy of a text), then
    by :func:`~turkru.chronicle.entry.source_key`; cached for every source of a merge of 10^6 reports,
    as that key is)."""
    published = source.published
    return (
        published is None,
        published.earliest if published is not None else dt.date.max,
        published.latest if published is not None else dt.date.max,
        source.content_hash is None,
        source.content_hash or "",
        source_key(source),
    )


def _first_rank(variant: Variant) -> tuple[bool, dt.date, dt.date, bool, str, tuple[str, str, str, str, str]]:
    """The least :func:`founding_rank` of *variant*'s sources (most have one)."""
    sources = variant.sources
    if len(sources) == 1:
        return founding_rank(sources[0])
    return min(map(founding_rank, sources), default=_LAST)


def _variant_rank(variant: Variant) -> tuple[object, ...]:
    return (_first_rank(variant), _canon(variant.record))


def founding(variants: Sequence[Variant]) -> Variant:
    """The founding report of an entry: the variant of its first source in :func:`founding_rank`
    order (its id is derived from this report's own key fields, which a later report never changes)."""
    if len(variants) == 1:
        return variants[0]
    firsts = [_first_rank(variant) for variant in variants]
    best = min(firsts)
    tied = [variant for variant, first in zip(variants, firsts, strict=True) if first == best]
    return tied[0] if len(tied) == 1 else min(tied, key=lambda variant: _canon(variant.record))


class Draft(NamedTuple):
    """An entry before its id: the merged record, the variants, the conflicts, the founding
    report (:func:`founding`) and the text of that report's key fields."""

    record: AnyRecord
    variants: Sequence[Variant]
    conflicts: tuple[str, ...]
    founder: Variant
    key: str

    @property
    def base(self) -> str:
        """The id the entry gets when no other entry's founding report shares its key fields."""
        return _id(self.founder.record, _digest(self.key))


def _full_text(variants: Sequence[Variant]) -> str:
    return "|".join(
        _canon(variant.record) + "@" + ",".join(source.article_id for source in variant.sources)
        for variant in variants
    )


def _own_digest(item: Draft) -> str:
    """The digest of a draft whose founding report shares its key fields with another's: from
    that report's whole value and its first source's text (or article)."""
    founder = item.founder
    first = min(founder.sources, key=founding_rank, default=None)
    origin = "" if first is None else first.content_hash or first.article_id
    return _digest(item.key + "|" + _canon(founder.record) + "@" + origin)


def _ranked(drafts: Sequence[Draft], numbers: list[int]) -> list[int]:
    """*numbers* in order of their drafts' founding reports (:func:`_variant_rank`), then of their
    whole text (:func:`_full_text`, written only where the founding reports tie)."""
    ranks = {number: _variant_rank(drafts[number].founder) for number in numbers}
    ranked: list[int] = []
    for _rank, run in itertools.groupby(sorted(numbers, key=ranks.__getitem__), key=ranks.__getitem__):
        tied = list(run)
        ranked.extend(tied if len(tied) == 1 else sorted(tied, key=lambda n: _full_text(drafts[n].variants)))
    return ranked


def _unique_ids(drafts: Sequence[Draft]) -> list[str]:
    """Ids from the founding reports' key fields, unique among *drafts*.

    Where several drafts share them, the one founded first (by :func:`founding_rank`) keeps
    the plain id and the others take a digest of their founding report's whole value.
    """
    by_id: dict[str, list[int]] = {}
    for number, item in enumerate(drafts):
        by_id.setdefault(item.base, []).append(number)
    ids = [""] * len(drafts)
    taken: set[str] = set(by_id)
    for base, numbers in by_id.items():
        if len(numbers) == 1:
            ids[numbers[0]] = base
            continue
        ranked = _ranked(drafts, numbers)
        ids[ranked[0]] = base
        for number in ranked[1:]:
            candidate = _id(drafts[number].founder.record, _own_digest(drafts[number]))
            suffix = 1
            unique = candidate
            while unique in taken:
                suffix += 1
                unique = f"{candidate}-{suffix}"
            taken.add(unique)
            ids[number] = unique
    return ids


def merge_keys(variant: Variant) -> tuple[list[Hashable], list[Hashable]]:
    """The keys *variant* looks candidate groups up by, and the keys it is found by."""
    return _keys(variant)


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """No cyclic garbage collection inside (a merge makes millions of small objects, no cycles).

    On the way out the objects made inside join the oldest generation at once (a freeze and an
    unfreeze, when nothing else is frozen): the first young collection after a merge would
    otherwise walk every one of them, a tenth of a merge's time at 10^5 reports.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            if not gc.get_freeze_count():
                gc.freeze()
                gc.unfreeze()
            gc.enable()


def cluster(records: Iterable[AnyRecord]) -> list[tuple[Variant, ...]]:
    """The groups of a set of reports, one per real event, equal records joined into one variant."""
    with collector_paused():
        return [_collapse(group) for group in _cluster(_canonical(variants_of(records)))]


def _draft(record: AnyRecord, group: Sequence[Variant], conflicts: tuple[str, ...]) -> Draft:
    founder = founding(group)
    return Draft(record, group, conflicts, founder, repr(_key_fields(founder.record)))


def draft(group: Sequence[Variant]) -> Draft:
    """The draft entry of one group: its merged record and conflicts, and its founding report."""
    record, conflicts = combine(group)
    return _draft(record, group, conflicts)


def draft_of(entry: ChronicleEntry) -> Draft:
    """The draft an existing *entry* was made from (to give ids again beside new entries)."""
    return _draft(entry.record, entry.variants, entry.conflicts)


def base_id(entry: ChronicleEntry) -> str:
    """The id *entry* has when no other entry's founding report shares its key fields."""
    return draft_of(entry).base


def id_prefix(variants: Sequence[Variant]) -> str:
    """What the id of an entry of *variants* starts with: kind and founding report's date."""
    return _id(founding(variants).record, "")


def finish(drafts: Sequence[Draft]) -> list[ChronicleEntry]:
    """The entries of *drafts*, with ids unique among them."""
    ids = _unique_ids(drafts)
    return [
        ChronicleEntry(id=ids[number], record=item.record, variants=tuple(item.variants), conflicts=item.conflicts)
        for number, item in enumerate(drafts)
    ]


def build_entries(records: Iterable[AnyRecord]) -> list[ChronicleEntry]:
    """The entries of a set of reports: one per real event, ids unique and derived from each
    entry's founding report (:func:`founding`)."""
    with collector_paused():
        entries = finish([draft(group) for group in cluster(records)])
    _release_source_keys()
    return entries


_KEPT_SOURCES = 1 << 17
"""How many sources' keys a merge leaves cached (:func:`_release_source_keys`)."""


def _release_source_keys() -> None:
    """Empty the per-source key caches when a merge filled them past :data:`_KEPT_SOURCES`: they hold
    every source of a merge of 10^6 reports while it runs (each key is used in phases far apart),
    and kept they would hold about 0.7 KB a source (0.7 GB after 10^6 reports) until evicted.
    Emptying them takes about 0.2 s at 10^6 sources."""
    if source_key.cache_info().currsize > _KEPT_SOURCES or founding_rank.cache_info().currsize > _KEPT_SOURCES:
        source_key.cache_clear()
        founding_rank.cache_clear()
