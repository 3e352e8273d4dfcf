"""Sittings of the standing bodies found by parse_article: body, number, format, co-chairs."""

from __future__ import annotations

import pytest

from turkru import parse_article
from turkru.model.dates import PartialDate
from turkru.model.records import AnyRecord, BodyKind, CommissionSession, Meeting, SessionFormat, Status

COMMISSION = "Intergovernmental Turkmen-Russian Commission on Economic Cooperation"


def parse(text: str, published: str | None = None) -> tuple[AnyRecord, ...]:
    """All records of *text*, after checking every evidence span."""
    records: tuple[AnyRecord, ...] = parse_article(text, published=published).records
    for record in records:
        for item in record.evidence:
            assert text[item.start : item.end] == item.text
    return records


def sessions_in(text: str, published: str | None = None) -> list[CommissionSession]:
    return [r for r in parse(text, published) if isinstance(r, CommissionSession)]


class TestSessions:
    def test_numbered_session_of_the_commission(self) -> None:
        """'The 12th meeting of the ... Commission was held in Moscow on ...'."""
        text = f"The 12th meeting of the {COMMISSION} was held in Moscow on 20 April 2023."
        (session,) = sessions_in(text)
        assert session.commission.body is BodyKind.INTERGOVERNMENTAL_COMMISSION
        assert session.session_number == 12
        assert session.format is SessionFormat.SESSION
        assert session.status is Status.HELD
        assert session.date == PartialDate(2023, 4, 20)
        assert session.place is not None and session.place.name == "Moscow"

    def test_a_sitting_is_not_also_a_meeting(self) -> None:
        """A commission sitting is a commission_session only."""
        text = f"The 12th meeting of the {COMMISSION} was held in Moscow on 20 April 2023."
        assert not [r for r in parse(text) if isinstance(r, Meeting)]

    def test_next_meeting_is_planned(self) -> None:
        """'The next meeting ... will take place in 2024' is planned, dated to the year."""
        text = "The next meeting of the intergovernmental commission will take place in Ashgabat in 2024."
        (session,) = sessions_in(text)
        assert session.status is Status.PLANNED
        assert session.date == PartialDate(2024)
        assert session.session_number is None

    def test_business_council_with_ordinal_word(self) -> None:
        """A business council sitting numbered with a suffix ordinal."""
        text = (
            "The 8th session of the Turkmen-Russian business council was held in Ashgabat on "
            "16 November 2022."
        )
        (session,) = sessions_in(text)
        assert session.commission.body is BodyKind.BUSINESS_COUNCIL
        assert session.session_number == 8

    def test_spelled_ordinal(self) -> None:
        """'The fifth meeting' is number 5."""
        text = f"The fifth meeting of the {COMMISSION} took place in Ashgabat on 2 June 2015."
        (session,) = sessions_in(text)
        assert session.session_number == 5
        assert session.date == PartialDate(2015, 6, 2)

    def test_working_meeting(self) -> None:
        """'A working meeting of the commission' has the working-meeting format."""
        text = (
            "A working meeting of the intergovernmental commission took place in Moscow on 5 "
            "September 2021."
        )
        (session,) = sessions_in(text)
        assert session.format is SessionFormat.WORKING_MEETING
        assert session.date == PartialDate(2021, 9, 5)

    def test_named_co_chairs_and_relative_date(self) -> None:
        """Co-chairs named in the sentence are kept; 'on Monday' resolves against publication."""
        text = (
            "The co-chairs of the intergovernmental commission, Rashid Meredov and Alexander Novak, "
            "met in Moscow on Monday."
        )
        (session,) = sessions_in(text, published="2021-09-10")
        assert {person.surname for person in session.co_chairs} == {"Meredov", "Novak"}
        assert session.date == PartialDate(2021, 9, 6)


class TestWeaknesses:
    def test_co_chairs_met(self) -> None:
        """When only the co-chairs meet, the format is a co-chairs' meeting."""
        text = f"The co-chairs of the {COMMISSION} met via videoconference on 9 February 2021."
        (session,) = sessions_in(text)
        assert session.format is SessionFormat.CO_CHAIRS_MEETING

    @pytest.mark.xfail(
        strict=True,
        reason="a possessive body ('the commission's co-chairs met') is not a trigger",
    )
    def test_possessive_co_chairs(self) -> None:
        """'The commission's co-chairs met' reports a co-chairs' meeting."""
        text = "The commission's co-chairs met on 9 February 2021."
        (session,) = sessions_in(text)
        assert session.format is SessionFormat.CO_CHAIRS_MEETING
        assert session.date == PartialDate(2021, 2, 9)


class TestNoSession:
    @pytest.mark.parametrize(
        "text",
        [
            "The intergovernmental commission plays an important role in bilateral relations.",
            f"The {COMMISSION} was established in 2009.",
            "The sides noted the positive dynamics of cooperation.",
        ],
    )
    def test_mentions_of_a_body_without_a_sitting(self, text: str) -> None:
        """Naming a body is not reporting a sitting of it."""
        assert sessions_in(text) == []


class TestCoChairsAndOtherBodies:
    @pytest.mark.parametrize(
        "text",
        [
            f"On 3 May 2022 a meeting by videoconference was held between the co-chairs of the {COMMISSION}.",
            f"Talks took place in Moscow on 3 May 2022 between the co-chairs of the {COMMISSION}.",
        ],
        ids=["videoconference", "talks"],
    )
    def test_a_sitting_between_the_co_chairs(self, text: str) -> None:
        """A meeting 'between the co-chairs of' the commission is a co-chairs' sitting."""
        (session,) = sessions_in(text)
        assert session.commission.body is BodyKind.INTERGOVERNMENTAL_COMMISSION
        assert session.format is SessionFormat.CO_CHAIRS_MEETING
        assert session.date == PartialDate(2022, 5, 3)

    @pytest.mark.parametrize(
        "text",
        [
            "A meeting of the Intergovernmental Turkmen-Russian Commission in the field of culture and sport was held.",
            "A meeting of the Intergovernmental Turkmen-Russian Commission on humanitarian cooperation was held.",
        ],
        ids=["in-the-field-of", "on-cooperation"],
    )
    def test_a_commission_for_another_field_is_another_body(self, text: str) -> None:
        """An intergovernmental commission for a field other than the economy is 'other'."""
        (session,) = sessions_in(text)
        assert session.commission.body is BodyKind.OTHER

    def test_the_date_after_the_economic_commission_is_no_field(self) -> None:
        """'... on Economic Cooperation on 30 March' stays the economic commission."""
        (session,) = sessions_in(f"A working meeting of the {COMMISSION} on 30 March 2021 ended.")
        assert session.commission.body is BodyKind.INTERGOVERNMENTAL_COMMISSION


class TestCountedSittings:
    """A count of the sittings held so far tells no one sitting."""

    def test_number_of_sessions_held(self) -> None:
        text = f"Since its founding, the two countries have held 14 sessions of the {COMMISSION}."
        assert sessions_in(text, published="2024-03-12") == []

    def test_variant_several_meetings_in_words(self) -> None:
        text = f"Over the years, several meetings of the {COMMISSION} have taken place in Ashgabat."
        assert sessions_in(text, published="2024-03-12") == []

    def test_one_numbered_sitting_is_still_found(self) -> None:
        text = f"The fourteenth session of the {COMMISSION} took place in Ashgabat on 5 March 2024."
        (session,) = sessions_in(text, published="2024-03-12")
        assert session.session_number == 14


class TestBodyPointedBackTo:
    """"The next meeting of the commission": the body named earlier in the article."""

    def test_next_meeting_of_the_commission(self) -> None:
        text = (
            f"Deputy ministers met to review the work of the {COMMISSION}. "
            "The next meeting of the commission will take place in Kazan in October 2024."
        )
        (session,) = sessions_in(text, published="2024-03-12")
        assert session.commission.body is BodyKind.INTERGOVERNMENTAL_COMMISSION
        assert session.status is Status.PLANNED
        assert session.date == PartialDate(2024, 10)

    def test_variant_possessive(self) -> None:
        text = (
            f"The ministers spoke about the {COMMISSION}. "
            "The Commission's next session is due to be held in Ashgabat in 2025."
        )
        (session,) = sessions_in(text, published="2024-03-12")
        assert session.status is Status.PLANNED
        assert session.date == PartialDate(2025)

    def test_no_body_named_before_gives_nothing(self) -> None:
        text = "The next meeting of the commission will take place in Kazan in October 2024."
        assert sessions_in(text, published="2024-03-12") == []

    def test_work_of_the_commission_is_no_sitting(self) -> None:
        text = f"The ministers spoke about the {COMMISSION}. They praised the work of the commission."
        assert sessions_in(text, published="2024-03-12") == []


class TestMoreBodyNames:
    def test_joint_commission_without_intergovernmental(self) -> None:
        text = "The Joint Russian-Turkmen Commission on Trade and Economic Cooperation held its ninth session."
        (session,) = sessions_in(text, published="2024-03-12")
        assert session.commission.body is BodyKind.INTERGOVERNMENTAL_COMMISSION
        assert session.session_number == 9

    def test_commission_for_another_field_is_other(self) -> None:
        text = (
            "The second meeting of the Russian-Turkmen intergovernmental commission on cooperation in the "
            "field of culture was held in Ashgabat."
        )
        (session,) = sessions_in(text, published="2024-03-12")
        assert session.commission.body is BodyKind.OTHER

    def test_interparliamentary_commission_is_other(self) -> None:
        text = "The Turkmen-Russian Inter-parliamentary Commission held its meeting in Ashgabat on 4 March."
        (session,) = sessions_in(text, published="2024-03-12")
        assert session.commission.body is BodyKind.OTHER

    def test_co_chairs_holding_talks_by_video(self) -> None:
        text = f"The co-chairs of the {COMMISSION} held talks by videoconference on 4 March."
        (session,) = sessions_in(text, published="2024-03-12")
        assert session.format is SessionFormat.CO_CHAIRS_MEETING


class TestBodiesOfTheTwoCountries:
    def test_business_council_of_the_two_countries(self) -> None:
        text = "A meeting of the Business Council of Turkmenistan and Russia took place in Moscow on 4 March."
        (session,) = sessions_in(text, published="2024-03-12")
        assert session.commission.body is BodyKind.BUSINESS_COUNCIL

    def test_variant_council_of_business_cooperation(self) -> None:
        text = "The Russian-Turkmen Council of Business Cooperation held its third session in Ashgabat."
        (session,) = sessions_in(text, published="2024-03-12")
        assert session.commission.body is BodyKind.BUSINESS_COUNCIL
        assert session.session_number == 3

    def test_national_working_group_is_another_body(self) -> None:
        text = "A meeting of the Russian-Turkmen working group on agriculture was held in Ashgabat on 4 March."
        (session,) = sessions_in(text, published="2024-03-12")
        assert session.commission.body is BodyKind.OTHER

    def test_third_countries_working_group_gives_nothing(self) -> None:
        text = "A meeting of the Kazakh-Russian working group on agriculture was held in Astana on 4 March."
        assert sessions_in(text, published="2024-03-12") == []
