"""Tests for deriving coded events from records: types, modes, CAMEO codes, dyads, sectors."""

from __future__ import annotations

from hypothesis import given
from tests.strategies import any_record

from turkru.interop import EventCoder
from turkru.interop.codebook import EVENT_RULES, PLOVER_EVENTS
from turkru.model.actors import Party, PartyKind, Person, Place
from turkru.model.dates import PartialDate
from turkru.model.records import (
    Agreement,
    AnyRecord,
    BodyKind,
    Commission,
    CommissionSession,
    Direction,
    DocType,
    Event,
    LifecycleStep,
    Meeting,
    MeetingMode,
    Stage,
    Status,
    TradeFlow,
    Visit,
)

CODER = EventCoder()
DAY = PartialDate.parse("2024-03-13")
LAVROV = Person(surname="Lavrov", given_names="Sergey", country="RU")
MEREDOV = Person(surname="Meredov", given_names="Rashid", country="TM")
UNKNOWN = Person(surname="Ivanov", given_names="Pyotr", country="RU")
ASHGABAT = Place(name="Ashgabat", country="TM")
MOSCOW = Place(name="Moscow", country="RU")
BAKU = Place(name="Baku", country="AZ")


def _one(record: Meeting | Visit | CommissionSession | Event | Agreement) -> tuple[str, str | None, str]:
    (coded,) = CODER.code(record, "x")
    return coded.event, coded.mode, coded.cameo


class TestMeetings:
    def test_talks_in_one_sides_capital_are_a_visit_by_the_other(self) -> None:
        """Lavrov and Meredov in Ashgabat: Russia visits (042), Turkmenistan hosts."""
        meeting = Meeting(date=DAY, place=ASHGABAT, participants=(MEREDOV, LAVROV))
        (coded,) = CODER.code(meeting, "m1")
        assert (coded.event, coded.mode, coded.cameo) == ("CONSULT", "visit", "042")
        assert (coded.actor.name, coded.actor.cameo_code) == ("Sergey Lavrov", "RUSGOV")
        assert (coded.recipient.name, coded.recipient.cameo_code) == ("Rashid Meredov", "TKMGOV")
        assert coded.actor.title == "Minister of Foreign Affairs of Russia"
        assert (coded.id, coded.date, coded.place, coded.contexts) == ("m1", DAY, ASHGABAT, ("diplomatic",))

    def test_modes_and_places_choose_the_code(self) -> None:
        """Phone 041, video 040, a third country 044 (third-party), no place 040."""
        people = (LAVROV, MEREDOV)
        assert _one(Meeting(mode=MeetingMode.PHONE, participants=people)) == ("CONSULT", "phone", "041")
        assert _one(Meeting(mode=MeetingMode.VIDEO, participants=people)) == ("CONSULT", "phone", "040")
        assert _one(Meeting(place=BAKU, participants=people)) == ("CONSULT", "third-party", "044")
        assert _one(Meeting(participants=people)) == ("CONSULT", None, "040")

    def test_planned_meeting_is_an_intent_to_meet(self) -> None:
        """A promised meeting is PLOVER AGREE, CAMEO 036."""
        assert _one(Meeting(status=Status.PLANNED, place=MOSCOW, participants=(MEREDOV,))) == ("AGREE", None, "036")

    def test_missing_side_is_the_other_country(self) -> None:
        """With one side's people only, the other side is its country, without a sector."""
        (coded,) = CODER.code(Meeting(date=DAY, place=MOSCOW, participants=(MEREDOV,)), "m")
        assert (coded.actor.cameo_code, coded.recipient.cameo_code) == ("TKMGOV", "RUS")
        assert coded.recipient.name == "Russia"

    def test_person_without_a_known_office_has_no_sector(self) -> None:
        """An unknown official keeps their country but gets no role code or title."""
        (coded,) = CODER.code(Meeting(date=DAY, participants=(UNKNOWN, MEREDOV)), "m")
        assert (coded.actor.cameo_code, coded.actor.title) == ("RUS", None)


class TestVisits:
    def test_visitor_is_actor_and_host_recipient(self) -> None:
        """A visit is coded from the delegation's side whatever the place says."""
        visit = Visit(date=DAY, delegation_of="TM", host="RU", head=MEREDOV, place=MOSCOW)
        (coded,) = CODER.code(visit, "v")
        assert (coded.event, coded.mode, coded.cameo) == ("CONSULT", "visit", "042")
        assert (coded.actor.name, coded.recipient.name) == ("Rashid Meredov", "Russia")

    def test_regional_delegation_is_its_region(self) -> None:
        """A region's delegation without a named head is the region, a government actor."""
        tatarstan = Party(name="Tatarstan", kind=PartyKind.REGION, country="RU")
        visit = Visit(status=Status.PLANNED, delegation_of="RU", host="TM", region=tatarstan)
        (coded,) = CODER.code(visit, "v")
        assert (coded.event, coded.cameo) == ("AGREE", "036")
        assert (coded.actor.name, coded.actor.kind, coded.actor.cameo_code) == ("Tatarstan", "region", "RUSGOV")


class TestSessions:
    def test_business_council_sides_are_business(self) -> None:
        """A business council sitting with no co-chair named: both sides in the BUS role."""
        session = CommissionSession(commission=Commission(body=BodyKind.BUSINESS_COUNCIL), place=ASHGABAT)
        (coded,) = CODER.code(session, "s")
        assert (coded.event, coded.cameo, coded.contexts) == ("CONSULT", "042", ("economic",))
        assert (coded.actor.cameo_code, coded.recipient.cameo_code) == ("RUSBUS", "TKMBUS")


class TestAgreements:
    def test_each_step_is_an_event(self) -> None:
        """Planned then signed: AGREE 030 on the plan's date, COOPERATE 057 on the signing's."""
        planned, signed = PartialDate.parse("2024-01"), PartialDate.parse("2024-03-14")
        agreement = Agreement(
            doc_type=DocType.PROGRAMME,
            parties=(Party.of_country("TM"), Party.of_country("RU")),
            signatories=(LAVROV,),
            lifecycle=(
                LifecycleStep(stage=Stage.PLANNED, date=planned),
                LifecycleStep(stage=Stage.SIGNED, date=signed),
            ),
        )
        first, second = CODER.code(agreement, "a")
        assert (first.id, first.event, first.cameo, first.date) == ("a-planned", "AGREE", "030", planned)
        assert (second.id, second.event, second.cameo, second.date) == ("a-signed", "COOPERATE", "057", signed)
        assert (second.actor.cameo_code, second.actor.kind) == ("TKMGOV", "country")
        assert (second.recipient.name, second.recipient.cameo_code) == ("Sergey Lavrov", "RUSGOV")

    def test_company_party_is_business_and_terminated_is_not_coded(self) -> None:
        """A company signs as BUS; a terminated step gives no event."""
        gazprom = Party(name="Gazprom", kind=PartyKind.COMPANY, country="RU")
        agreement = Agreement(
            doc_type=DocType.CONTRACT,
            parties=(gazprom, Party.of_country("TM")),
            lifecycle=(LifecycleStep(stage=Stage.SIGNED), LifecycleStep(stage=Stage.TERMINATED)),
        )
        (coded,) = CODER.code(agreement, "a")
        assert (coded.state, coded.actor.cameo_code, coded.contexts) == ("signed", "RUSBUS", ("economic",))

    def test_legislature_is_coded_from_its_gazetteer_entry(self) -> None:
        """The State Duma's sector (LEG) comes from the gazetteer, not from its kind."""
        duma = Party(name="State Duma", kind=PartyKind.ORGANISATION, country="RU")
        signed = (LifecycleStep(stage=Stage.SIGNED),)
        agreement = Agreement(doc_type=DocType.MEMORANDUM, parties=(duma,), lifecycle=signed)
        (coded,) = CODER.code(agreement, "a")
        assert (coded.actor.cameo_code, coded.recipient.cameo_code) == ("RUSLEG", "TKMGOV")


def test_trade_flows_are_not_events() -> None:
    """A trade figure is not a PLOVER or CAMEO event."""
    assert CODER.code(TradeFlow(direction=Direction.TURNOVER), "t") == ()


@given(any_record())
def test_every_coded_event_follows_a_rule(record: AnyRecord) -> None:
    """Any record codes to events of the table, with two actors and the record's own place."""
    codes = {(rule.plover, rule.mode, rule.cameo) for rule in EVENT_RULES}
    for coded in CODER.code(record, "r"):
        assert coded.event in PLOVER_EVENTS
        assert (coded.event, coded.mode, coded.cameo) in codes
        assert coded.actor.name and coded.recipient.name
        assert coded.place == record.place
        assert coded.quad_class in (1, 2)
