"""Within one article: fold repeated reports of one event together and add implied visits."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal
from typing import Any, TypeVar

import attrs

from turkru.chronicle.rules import rule_of
from turkru.extract.blocking import Block, keys, worded
from turkru.extract.document import Document
from turkru.extract.event_dates import common_date, dated_by_statement_only, event_dates
from turkru.extract.follow_up import date_from_follow_up
from turkru.extract.occasions import date_from_occasion, redate
from turkru.extract.participants import other_side
from turkru.extract.receptions import resident_diplomat
from turkru.extract.stays import fold_stay_items
from turkru.extract.transcripts import transcript_day
from turkru.lexicon import Lexicon
from turkru.model.actors import RUSSIA, SIDES, TURKMENISTAN, Person
from turkru.model.dates import DateSpan, PartialDate, Precision
from turkru.model.provenance import Evidence
from turkru.model.records import (
    Agreement,
    AnyRecord,
    CommissionSession,
    Direction,
    Event,
    Meeting,
    MeetingMode,
    Stage,
    Status,
    TradeFlow,
    Visit,
)
from turkru.text._casefold import any_word, fold
from turkru.text.memo import per_text

R = TypeVar("R")


@attrs.frozen(eq=False)
class FoldWords:
    """The lexicon's folding rules (data/folding.json), compiled once per lexicon (``lexicon.derive``);
    hashed by identity, so that it can key the per-text caches."""

    elsewhen: re.Pattern[str]
    elsewhen_cues: tuple[str, ...]  # one of them is in any match of ``elsewhen`` (its derived cue words)
    during_visit: re.Pattern[str]
    not_that_day: re.Pattern[str]  # "he had held talks", "they meet regularly": not the report's day
    another_trip: re.Pattern[str]
    welcome: re.Pattern[str]
    turkmen_title: re.Pattern[str]
    russian_title: re.Pattern[str]

    @classmethod
    def of(cls, lexicon: Lexicon) -> FoldWords:
        """The bundle of *lexicon*."""
        return cls(
            elsewhen=lexicon.pattern("fold.elsewhen"),
            elsewhen_cues=lexicon.cues("fold.elsewhen"),
            during_visit=lexicon.pattern("fold.during_visit"),
            not_that_day=lexicon.pattern("fold.not_that_day"),
            another_trip=lexicon.pattern("fold.another_trip"),
            welcome=lexicon.pattern("fold.welcome"),
            turkmen_title=lexicon.pattern("fold.turkmen_title"),
            russian_title=lexicon.pattern("fold.russian_title"),
        )


def fold_words(lexicon: Lexicon | None = None) -> FoldWords:
    """The folding rules of *lexicon* (None: the default lexicon), built once per lexicon."""
    return (lexicon or Lexicon.default()).derive(FoldWords.of)


def dates_compatible(first: PartialDate | None, second: PartialDate | None) -> bool:
    """Equal dates, or one of them unknown."""
    return first is None or second is None or first == second


@per_text(1 << 14)  # every sentence of a long article: three folding passes ask
def _elsewhen(text: str, words: FoldWords) -> bool:
    """Whether a text places what it tells at another time ("earlier", "last year", "in the past")."""
    return any_word(fold(text), words.elsewhen_cues) and words.elsewhen.search(text) is not None


def _another_day(text: str, words: FoldWords) -> bool:
    """Whether a text places what it tells at another time, or tells it in the past perfect or as a
    habit ("he had held talks", "they meet regularly"): the report's own day does not date it."""
    return _elsewhen(text, words) or words.not_that_day.search(text) is not None


def _background(record: Any, words: FoldWords) -> bool:
    """An undated report that its own words place at another time ("we met recently")."""
    return record.date is None and any(_elsewhen(item.text, words) for item in record.evidence)


def _dated_elsewhen(first: Any, second: Any, words: FoldWords) -> bool:
    """Whether one of two reports is dated and placed by its own words at another time ("the previous
    meeting took place in October last year"), the other undated: the news is not that older event
    (encounters only: a trade figure's words place its period, not another occasion)."""
    if (first.date is None) == (second.date is None) or not isinstance(first, (Meeting, Visit, CommissionSession)):
        return False
    dated = first if first.date is not None else second
    return any(_elsewhen(item.text, words) for item in dated.evidence)


def same_person(a: Person, b: Person) -> bool:
    """One person under two mentions: same folded surname, given names not in conflict."""
    return a.key == b.key and (a.given_names is None or b.given_names is None or a.given_names == b.given_names)


def _within(smaller: Sequence[Person], larger: Sequence[Person]) -> bool:
    return all(any(same_person(p, q) for q in larger) for p in smaller)


def _people_nested(first: Sequence[Person], second: Sequence[Person]) -> bool:
    return bool(first and second) and (_within(first, second) or _within(second, first))


def _merge_people(first: Sequence[Person], second: Sequence[Person]) -> tuple[Person, ...]:
    """Union of two casts; a fuller mention (with given names) replaces a bare surname."""
    people = list(first)
    for person in second:
        for index, known in enumerate(people):
            if same_person(known, person):
                if known.given_names is None and person.given_names is not None:
                    people[index] = person
                break
        else:
            people.append(person)
    return tuple(people)


def _role_side(title: str, words: FoldWords) -> str | None:
    if words.turkmen_title.search(title):
        return TURKMENISTAN
    return RUSSIA if words.russian_title.search(title) else None


def _casts_compatible(a: Meeting, b: Meeting, words: FoldWords) -> bool:
    """Each side's people in one report are among that side's in the other (or absent); an
    unnamed office-holder of one side does not meet a named person of that side elsewhere."""
    for side in {p.country for p in (*a.participants, *b.participants)}:
        first = [p for p in a.participants if p.country == side]
        second = [p for p in b.participants if p.country == side]
        if first and second and not (_within(first, second) or _within(second, first)):
            return False
    for mine, theirs in ((a, b), (b, a)):
        for role in mine.roles:
            side = _role_side(role, words)
            named_here = any(p.country == side for p in mine.participants)
            if side and not named_here and any(p.country == side for p in theirs.participants):
                return False
    return True


def same_meeting(a: Meeting, b: Meeting, words: FoldWords | None = None) -> bool:
    """Two reports of one encounter within an article.

    Their casts must agree side by side, and they must share a person, a date or a named
    format (two reports of the same "consultations", one naming each side's head).
    """
    if a.mode is not b.mode or a.status is not b.status or a.occasion != b.occasion:
        return False
    if not dates_compatible(a.date, b.date) or not _casts_compatible(a, b, words or fold_words()):
        return False
    shared = _people_nested(a.participants, b.participants) or any(
        same_person(p, q) for p in a.participants for q in b.participants
    )
    return shared or (a.date is not None and a.date == b.date) or a.occasion is not None


_VISIT_DAYS = 3


def _days_apart(a: Visit, b: Visit) -> int | None:
    """Days between two day-precision visit dates (spans measured end to start), else None."""
    if a.date is None or b.date is None or {a.date.precision, b.date.precision} != {Precision.DAY}:
        return None
    (_, first_end), (second, _) = sorted([(a.date, a.end_date or a.date), (b.date, b.end_date or b.date)])
    return (second.earliest - first_end.latest).days


def _another_trip(visit: Visit, words: FoldWords) -> bool:
    """Whether a report says it tells of one more trip ("another delegation will visit ..."): never an earlier one."""
    return any(words.another_trip.search(item.text) for item in visit.evidence)


def _recalled_apart(a: Visit, b: Visit, words: FoldWords) -> bool:
    """One report dated and told as another time ("the last time he visited was in 2012"), the
    other undated and not: two trips."""
    if (a.date is None) == (b.date is None):
        return False
    dated, undated = (a, b) if a.date is not None else (b, a)
    return any(_elsewhen(item.text, words) for item in dated.evidence) and not any(
        _elsewhen(item.text, words) for item in undated.evidence
    )


def _inside_span(span: Visit, day: Visit) -> bool:
    """Whether *day*'s date falls within the span *span* is told to last ("from 12 to 14
    September" and "on Wednesday" the 13th): one stay."""
    if span.date is None or span.end_date is None or day.date is None or day.date.precision is not Precision.DAY:
        return False
    return span.date.earliest <= day.date.earliest <= span.end_date.latest


def same_visit(a: Visit, b: Visit, words: FoldWords | None = None) -> bool:
    """Two reports of one trip within an article: same direction and head, dates that agree,
    or days of the same named person's stay a few days apart (arrival, then talks); a report
    of "another delegation" is a trip of its own."""
    heads_agree = a.head is None or b.head is None or same_person(a.head, b.head)
    if (a.delegation_of, a.host, a.status) != (b.delegation_of, b.host, b.status) or not heads_agree:
        return False
    w = words or fold_words()
    if _another_trip(b, w) or _recalled_apart(a, b, w):
        return False
    if dates_compatible(a.date, b.date) or _inside_span(a, b) or _inside_span(b, a):
        return True
    apart = _days_apart(a, b)
    return a.head is not None and b.head is not None and apart is not None and apart <= _VISIT_DAYS


def same_session(a: CommissionSession, b: CommissionSession) -> bool:
    """Two reports of one sitting within an article."""
    numbers_agree = a.session_number is None or b.session_number is None or a.session_number == b.session_number
    return (
        a.commission.body is b.commission.body
        and a.status is b.status
        and numbers_agree
        and dates_compatible(a.date, b.date)
    )


_ROUNDING = Decimal("0.1")  # how far a rounded report of a total ("exceeded $1 billion") may be from the exact one


def _rounded_total(a: TradeFlow, b: TradeFlow) -> bool:
    """Whether two dated turnover totals of one period give one figure, once rounded ("exceeded one
    billion dollars" and "reached 1 billion 86 million"): the same unit, within a tenth of each other."""
    if a.direction is not Direction.TURNOVER or a.commodities or b.commodities or a.date is None:
        return False
    if a.date != b.date or a.region != b.region or len(a.amounts) != 1 or len(b.amounts) != 1:
        return False
    first, second = a.amounts[0], b.amounts[0]
    larger = max(first.amount, second.amount)
    return first.unit == second.unit and abs(first.amount - second.amount) <= larger * _ROUNDING


def same_flow(a: TradeFlow, b: TradeFlow) -> bool:
    """Two reports of one trade figure within an article."""
    goods_agree = bool(set(a.commodities) & set(b.commodities)) or not (a.commodities or b.commodities)
    amounts_agree = not a.amounts or not b.amounts or a.amounts == b.amounts or _rounded_total(a, b)
    return (
        (a.direction, a.exporter, a.importer, a.status) == (b.direction, b.exporter, b.importer, b.status)
        and goods_agree
        and amounts_agree
        and dates_compatible(a.date, b.date)
    )


def same_by_rule(a: Agreement | Event, b: Agreement | Event) -> bool:
    """Two reports of one document or forum within an article: the chronicle's sameness rule of the
    kind (:mod:`turkru.chronicle.rules`: identity and fit) with the article's own date test (the
    dates overlap, or one is unknown: the article is their common time)."""
    rule = rule_of(a)
    if rule.identity(a) != rule.identity(b):
        return False
    fit = rule.fit(a, b)
    if fit is None:
        return False
    if fit.date_free or a.date is None or b.date is None:
        return True
    if rule.exact_dates:
        return (a.date, a.end_date) == (b.date, b.end_date)
    if fit.needs_day and {a.date.precision, b.date.precision} != {Precision.DAY}:
        return False
    first, second = DateSpan(a.date, a.end_date), DateSpan(b.date, b.end_date)
    return first.earliest <= second.latest and second.earliest <= first.latest


def _union(first: Iterable[R], second: Iterable[R]) -> tuple[R, ...]:
    return tuple(dict.fromkeys((*first, *second)))


def _fuller(mine: object, theirs: object) -> bool:
    """Whether *theirs* names the same person as *mine* more fully."""
    return isinstance(mine, Person) and isinstance(theirs, Person) and mine.given_names is None


def _fold(a: Any, b: Any) -> Any:
    """Combine two reports: known values win over unknown ones, lists are united (not evidence)."""
    changes: dict[str, Any] = {}
    for field in attrs.fields(type(a)):
        if field.name == "evidence" or not field.init:
            continue
        mine, theirs = getattr(a, field.name), getattr(b, field.name)
        if isinstance(mine, tuple) and field.name != "period":
            if field.name in ("participants", "co_chairs"):
                merged = _merge_people(mine, theirs)
            elif field.name == "lifecycle":
                merged = theirs if mine[-1].date is None and theirs[-1].date is not None else mine
            else:
                merged = _union(mine, theirs)
            if merged != mine:  # an equal merge holds the same items: nothing to rebuild
                changes[field.name] = merged
        elif (mine is None and theirs is not None) or _fuller(mine, theirs):
            changes[field.name] = theirs
    if isinstance(a, Visit) and a.date is not None and b.date is not None and a.date != b.date:
        ends = [v.end_date or v.date for v in (a, b)]
        changes["date"] = min(a.date, b.date)
        changes["end_date"] = max(end for end in ends if end is not None)
    return attrs.evolve(a, **changes) if changes else a


_SAME: dict[type[Any], Callable[[Any, Any, FoldWords], bool]] = {
    Meeting: same_meeting,
    Visit: same_visit,
    CommissionSession: lambda a, b, _words: same_session(a, b),
    Agreement: lambda a, b, _words: same_by_rule(a, b),
    TradeFlow: lambda a, b, _words: same_flow(a, b),
    Event: lambda a, b, _words: same_by_rule(a, b),
}


def _bucket(record: AnyRecord) -> tuple[object, ...]:
    """What two reports of one event must share; reports are compared only within a bucket."""
    if isinstance(record, Meeting):
        return (Meeting, record.status, record.mode, record.occasion)
    if isinstance(record, Visit):
        return (Visit, record.status, record.delegation_of, record.host)
    if isinstance(record, CommissionSession):
        return (CommissionSession, record.status, record.commission.body)
    if isinstance(record, Agreement):
        return (Agreement, record.status, record.doc_type)
    if isinstance(record, TradeFlow):
        return (TradeFlow, record.status, record.direction, record.exporter, record.importer)
    return (type(record), record.status)


def fold_duplicates(records: Iterable[AnyRecord], words: FoldWords | None = None) -> list[AnyRecord]:
    """Merge records of one kind that report the same event; keep first-seen order.

    Each report is compared only with the kept records of its bucket that share a key with it
    (:mod:`turkru.extract.blocking`), and evidence is gathered once at the end, so many reports
    of one event, or many distinct ones, cost linear time.
    """
    w = words or fold_words()
    kept: list[AnyRecord] = []
    gathered: list[list[Evidence]] = []
    buckets: dict[tuple[object, ...], Block] = {}
    for record in records:
        bucket = (*_bucket(record), _background(record, w))
        block = buckets.get(bucket)
        if block is None:
            block = buckets[bucket] = Block(worded(record))
        same = _SAME[type(record)]
        found = keys(record)
        for index in block.candidates(found):
            if same(kept[index], record, w) and not _dated_elsewhen(kept[index], record, w):
                kept[index] = _fold(kept[index], record)
                gathered[index].extend(record.evidence)
                block.file(index, keys(kept[index]))
                break
        else:
            block.file(len(kept), found)
            kept.append(record)
            gathered.append([])
    return [
        attrs.evolve(record, evidence=_union(record.evidence, more)) if more else record
        for record, more in zip(kept, gathered, strict=True)
    ]


def implied_visits(records: Sequence[AnyRecord], document: Document) -> list[Visit]:
    """A meeting or sitting in a city of one side, with a named guest of the other, is a visit
    (not a resident ambassador's)."""
    visits: list[Visit] = []
    for record in records:
        if isinstance(record, Meeting) and record.mode is MeetingMode.IN_PERSON:
            people = record.participants
        elif isinstance(record, CommissionSession):
            people = record.co_chairs
        else:
            continue
        if record.place is None or record.place.country not in SIDES:
            continue
        host = record.place.country
        guests = [
            person
            for person in people
            if person.country == other_side(host) and not resident_diplomat(person, document, record.date)
        ]
        if not guests:
            continue
        visits.append(
            Visit(
                status=record.status,
                date=record.date,
                end_date=record.end_date,
                place=record.place,
                delegation_of=guests[0].country or "",
                host=host,
                head=guests[0],
                region=record.region if isinstance(record, Meeting) else None,
                evidence=record.evidence,
            )
        )
    return visits


def date_from_visit(records: Sequence[AnyRecord], words: FoldWords | None = None) -> list[AnyRecord]:
    """Undated items of a dated visit take its dates (at the precision common to its days).

    An item belongs to a visit when its sentence says so ("during the visit"), when it is a
    planned meeting in an article announcing one planned visit, or when it is an encounter of
    the visit's head held in person with no other time given ("earlier" or "recently" rule it out).
    """
    w = words or fold_words()
    visits = [r for r in records if isinstance(r, Visit) and r.date is not None]
    out: list[AnyRecord] = []
    for record in records:
        visit = _visit_of(record, visits, w)
        if visit is None and isinstance(record, Meeting) and record.place is None:
            record = _place_from_visit(record, visits)
        if visit is not None and visit.date is not None and not _spans_months(visit):
            record = redate(record, common_date(visit.date, visit.end_date))
            if record.place is None and visit.place is not None:
                record = attrs.evolve(record, place=visit.place)
            if isinstance(record, Meeting) and visit.head and not _within([visit.head], record.participants):
                record = attrs.evolve(record, participants=(*record.participants, visit.head))
        out.append(record)
    return out


def _spans_months(visit: Visit) -> bool:
    """Whether a visit dated to days runs over a month's end (its days share only a year, too
    coarse to date what happened on one of them)."""
    if visit.date is None or visit.date.precision is Precision.YEAR:
        return False
    return common_date(visit.date, visit.end_date).precision is Precision.YEAR


def _place_from_visit(meeting: Meeting, visits: Sequence[Visit]) -> Meeting:
    """A meeting of a visit's head on a day of the visit takes place where the visit went."""
    for visit in visits:
        if visit.place is None or visit.head is None or meeting.date is None or visit.date is None:
            continue
        days = DateSpan(visit.date, visit.end_date)
        on_visit = days.earliest <= meeting.date.earliest and meeting.date.latest <= days.latest
        if on_visit and _within([visit.head], meeting.participants):
            return attrs.evolve(meeting, place=visit.place)
    return meeting


@per_text(1 << 10)
def _time_told(words: FoldWords, *evidence: Evidence) -> tuple[bool, bool]:
    """Whether the sentences of *evidence* place what they tell at another time, and whether they
    tell it during a visit: read once per set of sentences (the evidence objects of a sentence are
    shared), not once per record, so a thousand records of one long sentence cost one reading."""
    text = " ".join(item.text for item in evidence)
    return _elsewhen(text, words), words.during_visit.search(text) is not None


def _visit_of(record: AnyRecord, visits: Sequence[Visit], words: FoldWords) -> Visit | None:
    if record.date is not None or isinstance(record, Visit) or not record.evidence:
        return None
    elsewhen, during = _time_told(words, *record.evidence)
    if elsewhen:
        return None
    if during:
        before = [v for v in visits if v.evidence and v.evidence[0].start <= record.evidence[0].start]
        return before[-1] if before else None
    if not isinstance(record, Meeting) or record.mode is not MeetingMode.IN_PERSON:
        return None  # a telephone or video call is no encounter of a visit
    same_status = [v for v in visits if v.status is record.status]
    if record.status is Status.PLANNED:
        return same_status[0] if len(same_status) == 1 else None
    led = [v for v in same_status if v.head is not None and _within([v.head], record.participants)]
    if len(led) != 1 or _only_a_year(led[0]):
        return None  # a visit dated by its year only is told in passing ("who visited Ashgabat in 2017")
    return led[0]


def _only_a_year(visit: Visit) -> bool:
    return visit.date is not None and visit.date.precision is Precision.YEAR


def consolidate(records: Iterable[AnyRecord], document: Document) -> list[AnyRecord]:
    """Date a transcript's talks, fold duplicates, date the lead (and items of an occasion, and items
    told again in the next sentence), add implied visits, date items of a visit, fold again, and
    fold a guest's later engagements into the stay under way."""
    words = fold_words(document.lexicon)
    given = date_transcript(list(records), document)
    once = fold_duplicates(given, words)
    settled = len(once) == len(given)  # nothing folded: folding these very records again folds nothing
    folded = date_from_headline(date_lead(once, document), document)
    folded = date_from_follow_up(date_from_occasion(folded, document), document)
    implied = implied_visits(folded, document)
    if not (settled and not implied and _same_records(folded, once)):
        before = [*folded, *implied]
        folded = fold_duplicates(before, words)
        settled = len(folded) == len(before)
    dated = date_from_visit(folded, words)
    dated = dated if settled and _same_records(dated, folded) else fold_duplicates(dated, words)
    return fold_stay_items(dated, document.published)


def _same_records(first: Sequence[AnyRecord], second: Sequence[AnyRecord]) -> bool:
    """Whether two lists hold the very same record objects in the same order (nothing redated)."""
    return len(first) == len(second) and all(a is b for a, b in zip(first, second, strict=True))


def date_lead(records: Sequence[AnyRecord], document: Document) -> list[AnyRecord]:
    """Undated events told in the lead sentence after a dateline happened on the dateline's day,
    in the dateline's city when the lead names none."""
    lead = document.lead
    if lead is None:
        return list(records)
    words = fold_words(document.lexicon)
    out: list[AnyRecord] = []
    for record in records:
        in_lead = bool(record.evidence) and record.evidence[0].start == lead.start
        in_lead = in_lead and not _another_day(record.evidence[0].text, words)
        happened = record.status in (Status.HELD, Stage.SIGNED, Stage.RATIFIED, Stage.IN_FORCE)
        stated = dated_by_statement_only(lead)  # "..., the ministry said on May 2"
        if in_lead and happened and not stated and record.date is None and document.dateline_date is not None:
            record = redate(record, document.dateline_date)
        city = document.dateline_place
        if in_lead and happened and record.place is None and city is not None and city.country in SIDES:
            record = attrs.evolve(record, place=document.dateline_place)
        out.append(record)
    return out


def date_from_headline(records: Sequence[AnyRecord], document: Document) -> list[AnyRecord]:
    """Undated encounters and documents told in the first sentence of the body take the one date the
    headline gives ("Ministers meet in Moscow on 14 March" over "The ministers held talks in Moscow."),
    unless their words place them at another time."""
    body = document.body
    headlines = [sentence for sentence in document.sentences if sentence.headline]
    if not body or not headlines:
        return list(records)
    dated = {
        (t.value, t.end_value): t
        for s in headlines
        for t in event_dates(s)
        if t.value is not None and t.value != document.published  # a stamp or the same day: the lead's own
    }
    if len(dated) != 1:
        return list(records)
    (timex,) = dated.values()
    assert timex.value is not None
    lead = body[0]
    words = fold_words(document.lexicon)
    out: list[AnyRecord] = []
    for record in records:
        told = bool(record.evidence) and record.evidence[0].start == lead.start and record.date is None
        if told and not isinstance(record, TradeFlow) and not _another_day(record.evidence[0].text, words):
            if isinstance(record, Agreement):
                record = redate(record, common_date(timex.value, timex.end_value))
            else:
                record = attrs.evolve(record, date=timex.value, end_date=timex.end_value)
        out.append(record)
    return out


def date_transcript(records: Sequence[AnyRecord], document: Document) -> list[AnyRecord]:
    """Undated meetings a transcript's speakers tell of as held took place on the transcript's day
    (turkru.extract.transcripts.transcript_day: the one test of a transcript and its day), unless
    their words place them at another time ("we met last year"); so did a visit whose guest they
    welcome."""
    when = transcript_day(document.sentences, document.dateline_date or document.published, document.lexicon)
    spoken = {sentence.start for sentence in document.body if sentence.speaker is not None}
    if when is None:
        return list(records)
    words = fold_words(document.lexicon)
    out: list[AnyRecord] = []
    for record in records:
        told = bool(record.evidence) and all(item.start in spoken for item in record.evidence)
        today = isinstance(record, Meeting) or (
            isinstance(record, Visit) and any(words.welcome.search(item.text) for item in record.evidence)
        )
        if (
            today
            and told
            and record.status is Status.HELD
            and record.date is None
            and not any(_another_day(item.text, words) for item in record.evidence)
        ):
            record = redate(record, when)
        out.append(record)
    return out
