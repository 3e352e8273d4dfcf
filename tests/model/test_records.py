"""Tests for turkru.model.records: invariants (messages pinned), equality, properties."""

from __future__ import annotations

from decimal import Decimal

import attrs
import pytest
from hypothesis import given

from strategies import agreements, any_record, evidence, quantities
from turkru.errors import InvalidDateError, InvalidRecordError
from turkru.model.actors import Person
from turkru.model.dates import PartialDate
from turkru.model.provenance import Evidence, Source
from turkru.model.records import (
    RECORD_TYPES,
    Agreement,
    AnyRecord,
    Direction,
    DocType,
    Event,
    LifecycleStep,
    Meeting,
    MeetingMode,
    Quantity,
    Stage,
    TradeFlow,
    Visit,
)


def _raises(message: str, build: object) -> None:
    """Assert that calling *build* raises InvalidRecordError with exactly *message*."""
    assert callable(build)
    with pytest.raises(InvalidRecordError) as caught:
        build()
    assert str(caught.value) == message


def _signed(day: PartialDate | None = None) -> LifecycleStep:
    return LifecycleStep(stage=Stage.SIGNED, date=day)


class TestRecordFields:
    """The fields every record shares: enums, dates, evidence."""

    def test_enum_checked(self) -> None:
        """A raw string is not an enum member; the message lists the allowed values."""
        _raises(
            "mode: 'video' is not one of 'in_person', 'video', 'phone'",
            lambda: Meeting(mode="video"),  # type: ignore[arg-type]
        )

    def test_date_type_checked(self) -> None:
        """A date must be a PartialDate, not a string."""
        _raises("date: '2021' is not a PartialDate", lambda: Event(name="Forum", date="2021"))  # type: ignore[arg-type]

    def test_end_before_date(self) -> None:
        """end_date may not precede date."""
        with pytest.raises(InvalidDateError) as caught:
            Meeting(date=PartialDate(2021, 3, 2), end_date=PartialDate(2021, 3, 1))
        assert str(caught.value) == "Meeting.end_date: end 2021-03-01 is before start 2021-03-02"

    def test_end_without_date(self) -> None:
        """end_date needs a date."""
        _raises(
            "Event.end_date: end 2021 given without a start",
            lambda: Event(name="Forum", end_date=PartialDate(2021)),
        )

    def test_participants_typed(self) -> None:
        """Participants are Person objects, each checked with its index."""
        _raises(
            "participants[1]: 'Putin' is not a Person",
            lambda: Meeting(participants=[Person(surname="Meredov"), "Putin"]),  # type: ignore[list-item]
        )

    def test_evidence_span(self) -> None:
        """An evidence span ends at or after its start."""
        _raises(
            "Evidence span: (5, 3) is not a span of offsets",
            lambda: Evidence(source=Source(article_id="a"), start=5, end=3),
        )

    def test_evidence_out_of_equality(self) -> None:
        """Two records that say the same thing are equal whatever their evidence."""
        one = Event(name="Forum", evidence=[Evidence(source=Source(article_id="a"), start=0, end=5)])
        assert one == Event(name="Forum")
        assert hash(one) == hash(Event(name="Forum"))

    def test_sources_in_first_appearance_order(self) -> None:
        """sources lists distinct sources in the order the evidence first cites them."""
        first, second = Source(article_id="b"), Source(article_id="a")
        spans = [Evidence(source=source, start=0, end=1) for source in (first, second, first)]
        assert Event(name="Forum", evidence=spans).sources == (first, second)

    @given(any_record())
    def test_generated_records_rebuild(self, record: AnyRecord) -> None:
        """Every generated record passes its own validators again when rebuilt."""
        assert attrs.evolve(record) == record
        assert type(record).KIND in {cls.KIND for cls in RECORD_TYPES}


class TestVisit:
    """A visit goes from one country to another."""

    def test_same_country(self) -> None:
        """Delegation and host must differ."""
        _raises(
            "Visit.host: 'TM' is the same country as delegation_of",
            lambda: Visit(delegation_of="TM", host="TM"),
        )

    def test_country_code(self) -> None:
        """Both sides are ISO codes."""
        _raises(
            "host: 'Russia' is not an ISO 3166-1 alpha-2 country code",
            lambda: Visit(delegation_of="TM", host="Russia"),
        )


class TestTradeFlow:
    """Turnovers have no exporter/importer; amounts and rates are exact, finite decimals."""

    def test_turnover_has_no_sides(self) -> None:
        """A turnover with an exporter is refused."""
        _raises(
            "TradeFlow: turnover has no exporter/importer (got 'TM', None)",
            lambda: TradeFlow(direction=Direction.TURNOVER, exporter="TM"),
        )

    def test_negative_amount(self) -> None:
        """Amounts are not negative."""
        _raises("amount: Decimal('-1') is negative", lambda: Quantity(amount=-1, unit="USD"))

    def test_nan_amount(self) -> None:
        """NaN is not an amount."""
        _raises(
            "amount: Decimal('NaN') is not a finite decimal number", lambda: Quantity(amount="NaN", unit="t")
        )

    def test_text_amount(self) -> None:
        """Non-numeric text is not an amount."""
        _raises("amount: 'lots' is not a number", lambda: Quantity(amount="lots", unit="t"))

    def test_nan_change_percent(self) -> None:
        """A growth rate is finite too (NaN would make the record unequal to itself)."""
        _raises(
            "change_percent: Decimal('NaN') is not a finite decimal number",
            lambda: TradeFlow(direction=Direction.TURNOVER, change_percent="NaN"),
        )

    def test_float_amount_by_repr(self) -> None:
        """A float is taken at its shortest repr, not its binary expansion."""
        assert Quantity(amount=1.1, unit="USD").amount == Decimal("1.1")

    @given(quantities())
    def test_generated_amounts(self, quantity: Quantity) -> None:
        """Generated amounts are finite and not negative."""
        assert quantity.amount.is_finite()
        assert quantity.amount >= 0


class TestAgreement:
    """An agreement's lifecycle is non-empty and ordered by stage and by date."""

    def test_empty_lifecycle(self) -> None:
        """A lifecycle has at least one step."""
        _raises(
            "Agreement.lifecycle: () has no step", lambda: Agreement(doc_type=DocType.TREATY, lifecycle=[])
        )

    def test_stages_out_of_order(self) -> None:
        """Planned cannot follow signed."""
        _raises(
            "Agreement.lifecycle: 'planned' comes after 'signed', out of order",
            lambda: Agreement(
                doc_type=DocType.TREATY, lifecycle=[_signed(), LifecycleStep(stage=Stage.PLANNED)]
            ),
        )

    def test_dates_out_of_order(self) -> None:
        """A later stage cannot be dated wholly before an earlier one."""
        _raises(
            "Agreement.lifecycle: 'ratified' on 2021-01 precedes 'signed' on 2021-03",
            lambda: Agreement(
                doc_type=DocType.TREATY,
                lifecycle=[
                    _signed(PartialDate(2021, 3)),
                    LifecycleStep(stage=Stage.RATIFIED, date=PartialDate(2021, 1)),
                ],
            ),
        )

    def test_period(self) -> None:
        """A period runs from a first to a last year."""
        _raises(
            "Agreement.period: (2023, 2021) is not a (first, last) year pair",
            lambda: Agreement(doc_type=DocType.PROGRAMME, period=[2023, 2021], lifecycle=[_signed()]),
        )

    def test_status_and_date_of_latest_step(self) -> None:
        """status and date are those of the last step."""
        agreement = Agreement(
            doc_type=DocType.AGREEMENT,
            lifecycle=[
                _signed(PartialDate(2020)),
                LifecycleStep(stage=Stage.IN_FORCE, date=PartialDate(2021)),
            ],
        )
        assert (agreement.status, agreement.date, agreement.end_date) == (
            Stage.IN_FORCE,
            PartialDate(2021),
            None,
        )

    @given(agreements())
    def test_generated_lifecycles_ordered(self, agreement: Agreement) -> None:
        """Generated lifecycles have strictly increasing stages."""
        ranks = [step.stage.rank for step in agreement.lifecycle]
        assert ranks == sorted(set(ranks))


class TestEvidenceStrategy:
    """The evidence strategy keeps spans well formed."""

    @given(evidence())
    def test_span(self, item: Evidence) -> None:
        """0 <= start <= end."""
        assert 0 <= item.start <= item.end


def test_meeting_mode_default() -> None:
    """A meeting is in person unless said otherwise."""
    assert Meeting().mode is MeetingMode.IN_PERSON
