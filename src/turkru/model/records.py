"""The records of the relations: meetings, visits, sessions, agreements, trade flows, events.

Every record is frozen and keyword-only; its evidence is kept out of equality, so two
records that say the same thing compare equal whatever article they came from.
"""

from __future__ import annotations

import enum
import itertools
from decimal import Decimal
from typing import Any, ClassVar

import attrs

from turkru.errors import InvalidRecordError
from turkru.model.actors import Party, Person, Place, as_tuple, check_country, check_text
from turkru.model.dates import MonthDay, PartialDate, check_span
from turkru.model.provenance import Evidence, Source


class Status(enum.Enum):
    """Whether an event happened (or is under way at publication) or is still to come."""

    HELD = "held"
    PLANNED = "planned"


class MeetingMode(enum.Enum):
    """How the two sides met."""

    IN_PERSON = "in_person"
    VIDEO = "video"
    PHONE = "phone"


class BodyKind(enum.Enum):
    """The standing bilateral bodies."""

    INTERGOVERNMENTAL_COMMISSION = "intergovernmental_commission"
    BUSINESS_COUNCIL = "business_council"
    TRADE_INVESTMENT_GROUP = "trade_investment_group"
    OTHER = "other"


class SessionFormat(enum.Enum):
    """A full sitting, a meeting of the co-chairs only, or a working meeting."""

    SESSION = "session"
    CO_CHAIRS_MEETING = "co_chairs_meeting"
    WORKING_MEETING = "working_meeting"


class DocType(enum.Enum):
    """The type of a document; ``DOCUMENTS`` is an unnamed or counted batch."""

    AGREEMENT = "agreement"
    MEMORANDUM = "memorandum"
    PROGRAMME = "programme"
    DECLARATION = "declaration"
    PROTOCOL = "protocol"
    ROADMAP = "roadmap"
    TREATY = "treaty"
    CONTRACT = "contract"
    PLAN = "plan"
    DOCUMENTS = "documents"


class Stage(enum.Enum):
    """A step in an agreement's life, in the order the steps happen."""

    PLANNED = "planned"
    SIGNED = "signed"
    RATIFIED = "ratified"
    IN_FORCE = "in_force"
    TERMINATED = "terminated"

    @property
    def rank(self) -> int:
        """Position in the lifecycle: planned 0 ... terminated 4."""
        return list(Stage).index(self)


class Direction(enum.Enum):
    """Goods moving from exporter to importer, or trade both ways together."""

    EXPORT = "export"
    TURNOVER = "turnover"


def _enum(kind: type[enum.Enum]) -> Any:
    """A validator naming the field and the value when it is not a member of *kind*."""

    def check(_instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if not isinstance(value, kind):
            allowed = ", ".join(repr(member.value) for member in kind)
            raise InvalidRecordError(f"{attribute.name}: {value!r} is not one of {allowed}")

    return check


def _optional_date(_instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is not None and not isinstance(value, PartialDate):
        raise InvalidRecordError(f"{attribute.name}: {value!r} is not a PartialDate")


def _month_day(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    """A month-day only stands in for a date the text does not give: never beside one."""
    if value is None:
        return
    if not isinstance(value, MonthDay):
        raise InvalidRecordError(f"{attribute.name}: {value!r} is not a MonthDay")
    if instance.date is not None:
        raise InvalidRecordError(f"{attribute.name}: {value} given beside the date {instance.date}")


def _check_dates(instance: Any, _attribute: Any, _value: Any) -> None:
    check_span(instance.date, instance.end_date, where=f"{type(instance).__name__}.end_date")


def _tuple_of(kind: type[Any]) -> Any:
    def check(_instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        for index, item in enumerate(value):
            if not isinstance(item, kind):
                raise InvalidRecordError(
                    f"{attribute.name}[{index}]: {item!r} is not a {kind.__name__}"
                )

    return check


def _non_negative(_instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is not None and value < 0:
        raise InvalidRecordError(f"{attribute.name}: {value!r} is negative")


def _to_decimal(value: Any) -> Any:
    """Accept ints, strings and Decimals; refuse floats' false precision only by rounding."""
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, str)):
        try:
            return Decimal(value)
        except ArithmeticError:
            raise InvalidRecordError(f"amount: {value!r} is not a number") from None
    if isinstance(value, float):
        return Decimal(repr(value))
    return value


def _decimal(_instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if not isinstance(value, Decimal) or not value.is_finite():
        raise InvalidRecordError(f"{attribute.name}: {value!r} is not a finite decimal number")


@attrs.frozen(kw_only=True)
class Quantity:
    """An exact amount with its unit: ``USD``, ``RUB`` (money), ``t`` (tonnes), ``units``."""

    amount: Decimal = attrs.field(converter=_to_decimal, validator=[_decimal, _non_negative])
    unit: str = attrs.field(validator=check_text)


@attrs.frozen(kw_only=True, cache_hash=True)
class Record:
    """What every record has: status, date or span, place, the reported-by bound and evidence.

    ``reported_by`` is kept out of equality: two reports of one event published on
    different days say the same thing.
    """

    KIND: ClassVar[str] = "record"

    status: Status = attrs.field(default=Status.HELD, validator=_enum(Status))
    date: PartialDate | None = attrs.field(default=None, validator=_optional_date)
    end_date: PartialDate | None = attrs.field(
        default=None, validator=[_optional_date, _check_dates]
    )
    place: Place | None = None
    month_day: MonthDay | None = attrs.field(default=None, validator=_month_day)
    """The month and day the text gives when no year can be known ("on October 2", no year
    anywhere); ``date`` is then None. Never completed to a full date."""
    reported_by: PartialDate | None = attrs.field(default=None, eq=False, validator=_optional_date)
    """The day (or month) the earliest report of it was published: the event took place no
    later than that. Not the event's date; None when no report shows a publication date."""
    evidence: tuple[Evidence, ...] = attrs.field(
        default=(), converter=as_tuple, eq=False, repr=False, validator=_tuple_of(Evidence)
    )

    @property
    def sources(self) -> tuple[Source, ...]:
        """The distinct sources of the evidence, in order of first appearance."""
        return tuple(dict.fromkeys(item.source for item in self.evidence))


@attrs.frozen(kw_only=True, cache_hash=True)
class Meeting(Record):
    """Talks between officials of the two sides: in person, by video or by phone."""

    KIND: ClassVar[str] = "meeting"

    mode: MeetingMode = attrs.field(default=MeetingMode.IN_PERSON, validator=_enum(MeetingMode))
    participants: tuple[Person, ...] = attrs.field(
        default=(), converter=as_tuple, validator=_tuple_of(Person)
    )
    roles: tuple[str, ...] = attrs.field(default=(), converter=as_tuple)
    occasion: str | None = None
    topics: tuple[str, ...] = attrs.field(default=(), converter=as_tuple)
    region: Party | None = None


@attrs.frozen(kw_only=True, cache_hash=True)
class Visit(Record):
    """A delegation or official of one side travelling to the other."""

    KIND: ClassVar[str] = "visit"

    delegation_of: str = attrs.field(validator=check_country)
    host: str = attrs.field(validator=check_country)
    head: Person | None = None
    region: Party | None = None
    purpose: str | None = None
    visit_type: str | None = None

    def __attrs_post_init__(self) -> None:
        if self.delegation_of == self.host:
            raise InvalidRecordError(
                f"Visit.host: {self.host!r} is the same country as delegation_of"
            )


@attrs.frozen(kw_only=True)
class Commission:
    """A standing bilateral body under one of its names."""

    body: BodyKind = attrs.field(validator=_enum(BodyKind))
    name: str | None = None


@attrs.frozen(kw_only=True, cache_hash=True)
class CommissionSession(Record):
    """A sitting of a standing body: full session, co-chairs' meeting or working meeting."""

    KIND: ClassVar[str] = "commission_session"

    commission: Commission
    session_number: int | None = attrs.field(default=None, validator=_non_negative)
    format: SessionFormat = attrs.field(default=SessionFormat.SESSION, validator=_enum(SessionFormat))
    co_chairs: tuple[Person, ...] = attrs.field(
        default=(), converter=as_tuple, validator=_tuple_of(Person)
    )
    documents: tuple[str, ...] = attrs.field(default=(), converter=as_tuple)


@attrs.frozen(kw_only=True)
class LifecycleStep:
    """One dated step in an agreement's life."""

    stage: Stage = attrs.field(validator=_enum(Stage))
    date: PartialDate | None = attrs.field(default=None, validator=_optional_date)


def _check_lifecycle(_instance: Any, _attribute: Any, steps: tuple[LifecycleStep, ...]) -> None:
    if not steps:
        raise InvalidRecordError("Agreement.lifecycle: () has no step")
    for earlier, later in itertools.pairwise(steps):
        if later.stage.rank <= earlier.stage.rank:
            raise InvalidRecordError(
                f"Agreement.lifecycle: {later.stage.value!r} comes after "
                f"{earlier.stage.value!r}, out of order"
            )
        if earlier.date and later.date and later.date.latest < earlier.date.earliest:
            raise InvalidRecordError(
                f"Agreement.lifecycle: {later.stage.value!r} on {later.date} precedes "
                f"{earlier.stage.value!r} on {earlier.date}"
            )


def _check_period(_instance: Any, _attribute: Any, period: tuple[int, int] | None) -> None:
    if period is not None and (len(period) != 2 or period[1] < period[0]):
        raise InvalidRecordError(f"Agreement.period: {period!r} is not a (first, last) year pair")


def _period(value: Any) -> Any:
    return tuple(value) if isinstance(value, list) else value


@attrs.frozen(kw_only=True, cache_hash=True)
class Agreement:
    """A document signed or to be signed, with its lifecycle as ordered, dated steps.

    ``status`` and ``date`` are those of the latest step.
    """

    KIND: ClassVar[str] = "agreement"

    doc_type: DocType = attrs.field(validator=_enum(DocType))
    title: str | None = None
    count: int | None = attrs.field(default=None, validator=_non_negative)
    parties: tuple[Party, ...] = attrs.field(default=(), converter=as_tuple, validator=_tuple_of(Party))
    signatories: tuple[Person, ...] = attrs.field(
        default=(), converter=as_tuple, validator=_tuple_of(Person)
    )
    region: Party | None = None
    period: tuple[int, int] | None = attrs.field(
        default=None, converter=_period, validator=_check_period
    )
    lifecycle: tuple[LifecycleStep, ...] = attrs.field(
        converter=as_tuple, validator=[_tuple_of(LifecycleStep), _check_lifecycle]
    )
    place: Place | None = None
    month_day: MonthDay | None = attrs.field(default=None, validator=_month_day)
    """As :attr:`Record.month_day`: the latest step's month and day when its year is unknown."""
    reported_by: PartialDate | None = attrs.field(default=None, eq=False, validator=_optional_date)
    """As :attr:`Record.reported_by`: published no later than this, so signed (or due) by then."""
    evidence: tuple[Evidence, ...] = attrs.field(
        default=(), converter=as_tuple, eq=False, repr=False, validator=_tuple_of(Evidence)
    )

    @property
    def status(self) -> Stage:
        """The latest stage reached."""
        return self.lifecycle[-1].stage

    @property
    def date(self) -> PartialDate | None:
        """The date of the latest stage."""
        return self.lifecycle[-1].date

    @property
    def end_date(self) -> None:
        """Agreements are dated by steps, not spans."""
        return None

    @property
    def sources(self) -> tuple[Source, ...]:
        """The distinct sources of the evidence, in order of first appearance."""
        return tuple(dict.fromkeys(item.source for item in self.evidence))


@attrs.frozen(kw_only=True, cache_hash=True)
class TradeFlow(Record):
    """Goods or money moving between the sides over a period (``date``)."""

    KIND: ClassVar[str] = "trade_flow"

    direction: Direction = attrs.field(validator=_enum(Direction))
    exporter: str | None = attrs.field(default=None, validator=check_country)
    importer: str | None = attrs.field(default=None, validator=check_country)
    region: Party | None = None
    commodities: tuple[str, ...] = attrs.field(default=(), converter=as_tuple)
    amounts: tuple[Quantity, ...] = attrs.field(
        default=(), converter=as_tuple, validator=_tuple_of(Quantity)
    )
    change_percent: Decimal | None = attrs.field(
        default=None,
        converter=attrs.converters.optional(_to_decimal),
        validator=attrs.validators.optional(_decimal),
    )

    def __attrs_post_init__(self) -> None:
        if self.direction is Direction.TURNOVER and (self.exporter or self.importer):
            raise InvalidRecordError(
                f"TradeFlow: turnover has no exporter/importer (got {self.exporter!r}, "
                f"{self.importer!r})"
            )


@attrs.frozen(kw_only=True, cache_hash=True)
class Event(Record):
    """A forum, exhibition, multilateral meeting or similar tied to the relations."""

    KIND: ClassVar[str] = "event"

    name: str = attrs.field(validator=check_text)


AnyRecord = Meeting | Visit | CommissionSession | Agreement | TradeFlow | Event
RECORD_TYPES: tuple[type[Any], ...] = (Meeting, Visit, CommissionSession, Agreement, TradeFlow, Event)
