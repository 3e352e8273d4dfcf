"""Visits found by parse_article: direction, head, host, type, region and dates."""

from __future__ import annotations

import pytest

from turkru import parse_article
from turkru.model.actors import RUSSIA, TURKMENISTAN
from turkru.model.dates import PartialDate
from turkru.model.records import AnyRecord, Status, Visit


def visits_in(text: str, published: str | None = None) -> list[Visit]:
    """The visits of *text*, after checking every evidence span of every record."""
    records: tuple[AnyRecord, ...] = parse_article(text, published=published).records
    for record in records:
        for item in record.evidence:
            assert text[item.start : item.end] == item.text
    return [record for record in records if isinstance(record, Visit)]


class TestHeldVisits:
    def test_minister_arrives_on_a_weekday(self) -> None:
        """A Russian minister arriving in Ashgabat: RU to TM, headed by him, dated by the weekday."""
        text = "Russian Foreign Minister Sergey Lavrov arrived in Ashgabat on an official visit on Tuesday."
        (visit,) = visits_in(text, published="2023-05-12")
        assert (visit.delegation_of, visit.host) == (RUSSIA, TURKMENISTAN)
        assert visit.head is not None and visit.head.surname == "Lavrov"
        assert visit.status is Status.HELD
        assert visit.date == PartialDate(2023, 5, 9)
        assert visit.place is not None and visit.place.name == "Ashgabat"

    def test_span_of_days_and_working_visit(self) -> None:
        """'On 15-16 May 2023' gives a start and an end day; 'working visit' the type."""
        text = (
            "Tatarstan President Rustam Minnikhanov paid a working visit to Turkmenistan on "
            "15-16 May 2023."
        )
        (visit,) = visits_in(text)
        assert (visit.delegation_of, visit.host) == (RUSSIA, TURKMENISTAN)
        assert visit.head is not None and visit.head.surname == "Minnikhanov"
        assert visit.visit_type == "working"
        assert (visit.date, visit.end_date) == (PartialDate(2023, 5, 15), PartialDate(2023, 5, 16))

    def test_delegation_headed_by(self) -> None:
        """A Turkmen delegation headed by a minister arriving in Moscow goes TM to RU."""
        text = "The Turkmen delegation headed by Rashid Meredov arrived in Moscow on 3 July 2022."
        (visit,) = visits_in(text)
        assert (visit.delegation_of, visit.host) == (TURKMENISTAN, RUSSIA)
        assert visit.head is not None and visit.head.surname == "Meredov"
        assert visit.date == PartialDate(2022, 7, 3)

    def test_regional_delegation(self) -> None:
        """A delegation of a Russian region is a Russian visit with that region."""
        text = "A delegation of Tatarstan visited Ashgabat on 10 October 2022."
        (visit,) = visits_in(text)
        assert (visit.delegation_of, visit.host) == (RUSSIA, TURKMENISTAN)
        assert visit.region is not None and visit.region.name == "Tatarstan"
        assert visit.date == PartialDate(2022, 10, 10)

    def test_head_named_by_title(self) -> None:
        """'The head of the Russian Foreign Ministry' resolves to the minister of the day."""
        text = (
            "The head of the Russian Foreign Ministry arrived in Ashgabat on a working visit "
            "on 4 April 2023."
        )
        (visit,) = visits_in(text)
        assert visit.head is not None and visit.head.surname == "Lavrov"

    def test_talks_abroad_imply_a_visit(self) -> None:
        """A Turkmen minister holding talks in Moscow is on a visit to Russia."""
        text = (
            "Russian Foreign Minister Sergey Lavrov held talks with Turkmen Foreign Minister "
            "Rashid Meredov in Moscow on 13 March 2024."
        )
        (visit,) = visits_in(text)
        assert (visit.delegation_of, visit.host) == (TURKMENISTAN, RUSSIA)
        assert visit.head is not None and visit.head.surname == "Meredov"
        assert visit.date == PartialDate(2024, 3, 13)


class TestHeadsOfVisits:
    @pytest.mark.parametrize(
        "text",
        [
            "Putin's two-day visit to Turkmenistan ended on 5 May 2023.",
            "Vladimir Putin's long-awaited state visit to Ashgabat opened on 5 May 2023.",
        ],
    )
    def test_hyphenated_words_between_owner_and_visit(self, text: str) -> None:
        """'X's two-day visit': hyphenated modifiers do not hide the head."""
        (visit,) = visits_in(text)
        assert (visit.delegation_of, visit.host) == (RUSSIA, TURKMENISTAN)
        assert visit.head is not None and visit.head.surname == "Putin"

    @pytest.mark.parametrize(
        "text",
        [
            "Russian Deputy Prime Minister Alexei Overchuk spoke to journalists during his working visit to "
            "Turkmenistan on 4 June 2024.",
            "The office of Rashid Meredov reported on his visit to Moscow on 4 June 2024.",
        ],
    )
    def test_his_visit_belongs_to_the_person_named_before(self, text: str) -> None:
        """'His visit' is the visit of the nearest person of a side named earlier in the sentence."""
        (visit,) = visits_in(text)
        assert visit.head is not None and visit.head.surname in ("Overchuk", "Meredov")
        assert visit.host != visit.delegation_of

    def test_his_visit_with_no_one_named_is_no_visit(self) -> None:
        """Without a person before it, 'his visit' is a back reference, not a new visit."""
        assert visits_in("During his visit to Moscow on 4 June 2024 many documents were signed.") == []


class TestJourneys:
    @pytest.mark.parametrize(
        ("text", "direction"),
        [
            ("Sergey Lavrov travelled to Ashgabat on 14 May 2024 for talks.", (RUSSIA, TURKMENISTAN)),
            ("Rashid Meredov flew to Kazan on 14 May 2024.", (TURKMENISTAN, RUSSIA)),
            ("Alexei Overchuk made a short trip to Turkmenistan on 14 May 2024.", (RUSSIA, TURKMENISTAN)),
        ],
    )
    def test_travel_verbs(self, text: str, direction: tuple[str, str]) -> None:
        """Travelling, flying or a trip to a city or country of the other side is a visit there."""
        (visit,) = visits_in(text)
        assert (visit.delegation_of, visit.host) == direction
        assert visit.date == PartialDate(2024, 5, 14)

    @pytest.mark.parametrize(
        "text",
        [
            "Serdar Berdimuhamedov came to power in 2022.",
            "Vladimir Putin went to great lengths to keep the gas deal.",
        ],
    )
    def test_a_journey_needs_a_destination(self, text: str) -> None:
        """'Came to power', 'went to great lengths': no place of the other side, no visit."""
        assert visits_in(text, published="2024-05-20") == []


class TestSeveralHeads:
    @pytest.mark.parametrize(
        "text",
        [
            "Governor of Saint Petersburg Alexander Beglov and Rustam Minnikhanov will pay a working visit "
            "to Turkmenistan in October 2024.",
            "Rustam Minnikhanov and Alexander Beglov are expected to visit Ashgabat in October 2024.",
        ],
    )
    def test_one_visit_per_head(self, text: str) -> None:
        """'X and Y will visit': one visit each, each with the region its head governs."""
        visits = visits_in(text, published="2024-06-01")
        assert {(v.head.surname if v.head else None, v.region.name if v.region else None) for v in visits} == {
            ("Beglov", "Saint Petersburg"),
            ("Minnikhanov", "Tatarstan"),
        }
        assert all(v.status is Status.PLANNED and v.date == PartialDate(2024, 10) for v in visits)

    def test_a_person_of_the_host_side_is_no_second_head(self) -> None:
        """Only a person of the visiting side named with the head heads a visit too."""
        text = "Rashid Meredov and Rustam Minnikhanov will visit the new port in Turkmenbashi in October 2024."
        visits = visits_in(text, published="2024-06-01")
        assert [v.head.surname if v.head else None for v in visits] == ["Minnikhanov"]


class TestHeadsWithTitles:
    @pytest.mark.parametrize(
        ("text", "surname"),
        [
            ("Documents were signed during a visit by PJSC Gazprom chief Alexei Miller to Ashgabat.", "Miller"),
            ("The visit of Russian Foreign Minister Sergey Lavrov to Ashgabat began on 3 May 2024.", "Lavrov"),
        ],
    )
    def test_title_words_between_visit_and_head(self, text: str, surname: str) -> None:
        """'A visit by <company> chief X', 'the visit of <title> X': X heads the visit."""
        (visit,) = visits_in(text, published="2024-05-05")
        assert (visit.delegation_of, visit.host) == (RUSSIA, TURKMENISTAN)
        assert visit.head is not None and visit.head.surname == surname

    def test_visit_in_the_kremlin(self) -> None:
        """Talks in the Kremlin take place in Moscow, so a Turkmen guest there visits Russia."""
        text = "On 9 June 2024 in the Kremlin Vladimir Putin held talks with Serdar Berdimuhamedov."
        (visit,) = visits_in(text)
        assert (visit.delegation_of, visit.host) == (TURKMENISTAN, RUSSIA)
        assert visit.place is not None and visit.place.name == "Moscow"

    def test_invitation_of_a_mister_is_planned(self) -> None:
        """'Invited Mr. X to visit' is an invitation, a planned visit."""
        text = "Serdar Berdimuhamedov invited Mr. Putin to visit Turkmenistan."
        (visit,) = visits_in(text, published="2024-05-05")
        assert visit.status is Status.PLANNED
        assert (visit.delegation_of, visit.host) == (RUSSIA, TURKMENISTAN)


class TestReceptionsImplyVisits:
    def test_president_receives_a_governor(self) -> None:
        """A Turkmen president receiving a Russian governor: a visit of Russia to Turkmenistan, with the region."""
        text = (
            "On 3 April 2024 President Serdar Berdimuhamedov received Rustam Minnikhanov, the head of "
            "the Republic of Tatarstan."
        )
        (visit,) = visits_in(text)
        assert (visit.delegation_of, visit.host) == (RUSSIA, TURKMENISTAN)
        assert visit.head is not None and visit.head.surname == "Minnikhanov"
        assert visit.date == PartialDate(2024, 4, 3)
        assert visit.region is not None and visit.region.name == "Tatarstan"

    def test_passive_reception(self) -> None:
        """'X was received by Y': X is the guest."""
        text = "Rashid Meredov was received by Vladimir Putin in the Kremlin on 9 October 2023."
        (visit,) = visits_in(text)
        assert (visit.delegation_of, visit.host) == (TURKMENISTAN, RUSSIA)
        assert visit.head is not None and visit.head.surname == "Meredov"

    @pytest.mark.parametrize(
        "text",
        [
            "Serdar Berdimuhamedov received Russian Ambassador Alexander Blokhin on 3 April 2024.",
            "On the sidelines of the summit in Dushanbe, Vladimir Putin received Serdar Berdimuhamedov.",
            "Vladimir Putin received a letter from Serdar Berdimuhamedov on 3 April 2024.",
        ],
    )
    def test_receptions_that_are_no_visit(self, text: str) -> None:
        """A resident ambassador, a reception at a third-country summit, a received letter: no visit."""
        assert visits_in(text) == []


class TestPlannedVisits:
    def test_state_visit_next_month(self) -> None:
        """'Will pay a state visit ... in June' is planned, dated to the month, typed 'state'."""
        text = "President Serdar Berdimuhamedov will pay a state visit to Russia in June."
        (visit,) = visits_in(text, published="2023-05-12")
        assert visit.status is Status.PLANNED
        assert (visit.delegation_of, visit.host) == (TURKMENISTAN, RUSSIA)
        assert visit.visit_type == "state"
        assert visit.date == PartialDate(2023, 6)

    def test_expected_next_month(self) -> None:
        """'Is expected to visit ... next month' is planned for the following month."""
        text = "Rashid Meredov is expected to visit Moscow next month."
        (visit,) = visits_in(text, published="2023-12-12")
        assert visit.status is Status.PLANNED
        assert visit.date == PartialDate(2024, 1)
        assert (visit.delegation_of, visit.host) == (TURKMENISTAN, RUSSIA)


class TestWeaknesses:
    def test_type_after_arrival(self) -> None:
        """'Arrived in Ashgabat on an official visit' is an official visit."""
        text = "Russian Foreign Minister Sergey Lavrov arrived in Ashgabat on an official visit on Tuesday."
        (visit,) = visits_in(text, published="2023-05-12")
        assert visit.visit_type == "official"

    def test_head_of_regional_delegation(self) -> None:
        """'A delegation of Tatarstan led by Rustam Minnikhanov' is headed by Minnikhanov."""
        text = "A delegation of Tatarstan led by Rustam Minnikhanov visited Ashgabat on 10 October 2022."
        (visit,) = visits_in(text)
        assert visit.head is not None and visit.head.surname == "Minnikhanov"

    def test_adjective_delegation_this_year(self) -> None:
        """'A Turkmen delegation visited Kazan this year' is a TM to RU visit dated to the year."""
        text = "A Turkmen delegation visited Kazan this year."
        (visit,) = visits_in(text, published="2022-11-02")
        assert (visit.delegation_of, visit.host) == (TURKMENISTAN, RUSSIA)
        assert visit.date == PartialDate(2022)


class TestNoVisit:
    @pytest.mark.parametrize(
        "text",
        [
            "Delegations from Russia regularly visit Ashgabat.",
            "Turkmen delegations often visit Moscow.",
            "Russian delegations often come to Ashgabat for exhibitions.",
            "The Kazakh president visited Tashkent on 3 May 2023.",
            "The sides noted the positive dynamics of cooperation.",
            "A Turkmen delegation will take part in the meeting of the CIS heads of state on 12 October 2023.",
            "The Russian delegation, to attend the UN General Assembly, was led by Sergey Lavrov.",
        ],
    )
    def test_habits_and_third_countries(self, text: str) -> None:
        """Habitual trips and other countries' visits are not visits."""
        assert visits_in(text, published="2023-05-12") == []


class TestVerbChainsBeforeTheVisit:
    @pytest.mark.parametrize(
        "text",
        [
            "Sergey Lavrov is planning to pay an official visit to Turkmenistan in June 2024.",
            "Sergey Lavrov is expected to make a working visit to Ashgabat in June 2024.",
            "Sergey Lavrov will soon begin his visit to Turkmenistan, in June 2024.",
        ],
    )
    def test_subject_before_a_verb_chain_heads_the_visit(self, text: str) -> None:
        """Auxiliaries, intention verbs and light verbs between a person and 'visit' keep him the head."""
        (visit,) = visits_in(text, published="2024-05-02")
        assert (visit.delegation_of, visit.host) == (RUSSIA, TURKMENISTAN)
        assert visit.head is not None and visit.head.surname == "Lavrov"
        assert visit.status is Status.PLANNED
        assert visit.date == PartialDate(2024, 6)

    def test_a_reporting_verb_breaks_the_chain(self) -> None:
        """'Meredov said ... will visit': the speaker is not the visitor."""
        text = "Rashid Meredov said a Russian delegation will visit Ashgabat in June 2024."
        (visit,) = visits_in(text, published="2024-05-02")
        assert (visit.delegation_of, visit.host) == (RUSSIA, TURKMENISTAN)
        assert visit.head is None


class TestDelegationAsSubject:
    def test_delegation_representing_a_velayat(self) -> None:
        """'A delegation representing <velayat> will visit <Russian city>': TM to RU, with the velayat."""
        text = "A delegation representing the Mary velayat will visit Kazan in May 2024."
        (visit,) = visits_in(text, published="2024-04-02")
        assert (visit.delegation_of, visit.host) == (TURKMENISTAN, RUSSIA)
        assert visit.region is not None and visit.region.name == "Mary velayat"
        assert visit.status is Status.PLANNED

    def test_delegation_with_an_unknown_leader(self) -> None:
        """A delegation with a leader the gazetteer does not know comes from the side the host is not."""
        text = "A delegation, headed by the rector of a university, will travel to Moscow next week."
        (visit,) = visits_in(text, published="2024-04-02")
        assert (visit.delegation_of, visit.host) == (TURKMENISTAN, RUSSIA)
        assert visit.date == PartialDate(2024, 4)

    def test_delegation_of_a_third_country_is_no_visit(self) -> None:
        """A Kazakh delegation going to Moscow is not a visit between the two sides."""
        assert visits_in("A delegation from Kazakhstan will visit Moscow next week.", published="2024-04-02") == []


class TestAnotherTrip:
    def test_another_delegation_is_a_second_visit(self) -> None:
        """'Another delegation will visit' is a trip of its own, not folded into the first."""
        text = (
            "A delegation of the Lebap velayat will visit Astrakhan soon. "
            "Another delegation, of teachers, will visit Astrakhan in May 2024."
        )
        visits = visits_in(text, published="2024-04-02")
        assert [visit.date for visit in visits] == [None, PartialDate(2024, 5)]

    def test_a_second_mention_of_one_trip_still_folds(self) -> None:
        """Without 'another', two undated reports of a delegation's trip are one visit."""
        text = (
            "A delegation of the Lebap velayat will visit Astrakhan soon. "
            "The delegation will visit Astrakhan's port."
        )
        assert len(visits_in(text, published="2024-04-02")) == 1


class TestPlacesOfSettlements:
    @pytest.mark.parametrize(
        "text",
        [
            "Dmitry Medvedev held talks with Gurbanguly Berdimuhamedov in the town of Turkmenbashi.",
            "Dmitry Medvedev met Gurbanguly Berdimuhamedov in the seaside resort of Turkmenbashi.",
        ],
    )
    def test_in_the_town_of(self, text: str) -> None:
        """'in the town of X', 'in the seaside resort of X' place the talks, and so the guest's visit, in X."""
        (visit,) = visits_in(text, published="2009-10-23")
        assert (visit.delegation_of, visit.host) == (RUSSIA, TURKMENISTAN)
        assert visit.place is not None and visit.place.name == "Turkmenbashi"


class TestDelegationHeadedBy:
    @pytest.mark.parametrize(
        ("text", "direction"),
        [
            ("Kazan was represented in Ashgabat by a delegation headed by a deputy mayor.", (RUSSIA, TURKMENISTAN)),
            ("In Moscow, a delegation headed by a Turkmen deputy minister held talks.", (TURKMENISTAN, RUSSIA)),
        ],
    )
    def test_host_named_before_the_delegation(self, text: str, direction: tuple[str, str]) -> None:
        """'in <city> ... a delegation headed by ...': the city hosts, the delegation is of the other side."""
        (visit,) = visits_in(text, published="2024-04-02")
        assert (visit.delegation_of, visit.host) == direction


class TestJourneysFromACity:
    @pytest.mark.parametrize(
        "text",
        [
            "Sergey Lavrov flew from Moscow to Ashgabat on 3 May 2024.",
            "Sergey Lavrov travelled from Sochi to Turkmenistan on 3 May 2024.",
        ],
    )
    def test_from_a_city_to_the_other_side(self, text: str) -> None:
        """'X flew from <own city> to <other side>' is X's visit to the other side."""
        (visit,) = visits_in(text)
        assert (visit.delegation_of, visit.host) == (RUSSIA, TURKMENISTAN)
        assert visit.head is not None and visit.head.surname == "Lavrov"


class TestVisitsInTheHeadline:
    @pytest.mark.parametrize(
        "headline",
        [
            "Visit of the President of Russia Vladimir Putin to Turkmenistan",
            "Vladimir Putin arrives in Ashgabat on an official visit",
        ],
    )
    def test_a_visit_told_only_in_the_title(self, headline: str) -> None:
        """A visit the headline tells and the body only alludes to is still a visit."""
        text = headline + "\n\nThe presidents discussed energy and transport.\n"
        (visit,) = visits_in(text, published="2017-10-03")
        assert (visit.delegation_of, visit.host) == (RUSSIA, TURKMENISTAN)
        assert visit.head is not None and visit.head.surname == "Putin"

    def test_the_title_and_the_body_tell_one_visit(self) -> None:
        """The headline's visit folds into the body's dated report of it."""
        text = (
            "Vladimir Putin arrives in Ashgabat on an official visit\n\n"
            "Vladimir Putin arrived in Ashgabat on an official visit on 2 October 2017.\n"
        )
        (visit,) = visits_in(text, published="2017-10-03")
        assert visit.date == PartialDate(2017, 10, 2)


class TestRecalledVisits:
    @pytest.mark.parametrize(
        "text",
        [
            "Vladimir Putin paid a visit to Turkmenistan. The last time Putin visited the country was in 2012.",
            "Sergey Lavrov is on a visit to Ashgabat. Lavrov previously visited Turkmenistan in 2019.",
        ],
    )
    def test_an_earlier_trip_is_not_the_one_reported(self, text: str) -> None:
        """A dated trip told as another time ('the last time', 'previously') stays apart from the undated one."""
        dates = [visit.date for visit in visits_in(text)]
        assert len(dates) == 2
        assert dates[0] is None and dates[1] is not None


class TestForeignTrips:
    @pytest.mark.parametrize(
        ("text", "direction"),
        [
            ("This is the first foreign trip for Mr. Serdar Berdimuhamedov as president.", (TURKMENISTAN, RUSSIA)),
            ("It was Sergey Lavrov's first overseas tour this year.", (RUSSIA, TURKMENISTAN)),
        ],
    )
    def test_a_foreign_trip_of_one_side_goes_to_the_other(self, text: str, direction: tuple[str, str]) -> None:
        """A foreign trip with no destination named, in news of the two sides, goes to the other side."""
        (visit,) = visits_in(text, published="2022-06-10")
        assert (visit.delegation_of, visit.host) == direction

    def test_a_foreign_trip_of_a_third_country(self) -> None:
        """The Kazakh president's foreign trip is none of the two sides' visits."""
        text = "The first foreign trip of the Kazakh president took him to Moscow."
        assert visits_in(text, published="2022-06-10") == []


class TestResidentDiplomats:
    @pytest.mark.parametrize(
        "text",
        [
            "The Russian Ambassador Ivan Volynkin met Rashid Meredov in Ashgabat on 3 May 2024.",
            "Serdar Berdimuhamedov held talks with Ivan Volynkin in Ashgabat on 3 May 2024.",
        ],
    )
    def test_an_ambassador_meeting_his_hosts_is_no_visit(self, text: str) -> None:
        """A meeting in the host's capital with the resident ambassador implies no visit."""
        assert visits_in(text) == []

    def test_a_minister_meeting_his_hosts_is_a_visit(self) -> None:
        """The same meeting with a minister who does not reside there is his visit."""
        (visit,) = visits_in("Sergey Lavrov met Rashid Meredov in Ashgabat on 3 May 2024.")
        assert (visit.delegation_of, visit.host) == (RUSSIA, TURKMENISTAN)


class TestExpectedIn:
    @pytest.mark.parametrize(
        "text",
        ["Alexei Overchuk is expected in Ashgabat next week.", "Alexei Overchuk is due in Turkmenistan next week."],
    )
    def test_expected_in_a_city_of_the_other_side(self, text: str) -> None:
        """'X is expected in / due in <city>' is X's planned visit there."""
        (visit,) = visits_in(text, published="2024-05-15")
        assert (visit.delegation_of, visit.host) == (RUSSIA, TURKMENISTAN)
        assert visit.status is Status.PLANNED
        assert visit.head is not None and visit.head.surname == "Overchuk"

    def test_expected_in_a_month_is_no_visit(self) -> None:
        """'A decision is expected in June' names no place: no visit."""
        assert visits_in("A decision is expected in June.", published="2024-05-15") == []


class TestDelegationLedByATitle:
    @pytest.mark.parametrize(
        "text",
        [
            "A Russian parliamentary delegation led by Duma Speaker Vyacheslav Volodin is visiting Turkmenistan.",
            "A Russian delegation headed by the Duma Speaker is visiting Turkmenistan.",
        ],
    )
    def test_the_title_after_led_by_heads_it(self, text: str) -> None:
        """'a delegation led by <title> <name>' (or the title alone) is headed by the title's holder."""
        (visit,) = visits_in(text, published="2024-05-15")
        assert visit.head is not None and visit.head.surname == "Volodin"


class TestTakingPartLater:
    @pytest.mark.parametrize(
        "text",
        [
            "The Turkmen delegation will take part in the St. Petersburg International Economic Forum in June.",
            "A Turkmen delegation will take part in a trade fair in Kazan in June.",
        ],
    )
    def test_will_take_part_is_planned(self, text: str) -> None:
        """A delegation that 'will take part in' something in the other country has a planned visit."""
        (visit,) = visits_in(text, published="2024-05-15")
        assert (visit.delegation_of, visit.host) == (TURKMENISTAN, RUSSIA)
        assert visit.status is Status.PLANNED


class TestMoreArrivals:
    def test_will_be_on_a_visit_is_planned(self) -> None:
        """'X will be on a state visit to <country> from ... to ...' is a planned visit."""
        text = "Serdar Berdimuhamedov will be on a state visit to Russia from 9 to 11 June."
        (visit,) = visits_in(text, published="2024-05-15")
        assert visit.status is Status.PLANNED
        assert (visit.delegation_of, visit.host) == (TURKMENISTAN, RUSSIA)

    @pytest.mark.parametrize(
        "text",
        [
            "Vladimir Putin's plane landed at Ashgabat airport on Monday.",
            "Vladimir Putin's aircraft touched down at Ashgabat airport on Monday.",
        ],
    )
    def test_landed_at_an_airport(self, text: str) -> None:
        """A plane of one side's leader landing at the other side's airport is his visit."""
        (visit,) = visits_in(text, published="2024-05-15")
        assert (visit.delegation_of, visit.host) == (RUSSIA, TURKMENISTAN)
        assert visit.head is not None and visit.head.surname == "Putin"


class TestPossibleVisits:
    @pytest.mark.parametrize(
        "text",
        [
            "A visit by Vladimir Putin to Ashgabat could take place next year.",
            "Sergey Lavrov might travel to Ashgabat in the spring, diplomats said.",
        ],
        ids=["could-take-place", "might-travel"],
    )
    def test_a_possible_visit_is_planned(self, text: str) -> None:
        """'Could', 'might' or 'may' before the visit's verb speak of it as still to come."""
        (visit,) = visits_in(text, published="2024-05-10")
        assert visit.status is Status.PLANNED
        assert (visit.delegation_of, visit.host) == (RUSSIA, TURKMENISTAN)

    def test_may_as_a_month_is_no_modal(self) -> None:
        """'In May' is a month: the visit it dates is held."""
        (visit,) = visits_in("Sergey Lavrov visited Ashgabat in May and held talks there.", published="2024-07-10")
        assert visit.status is Status.HELD
        assert visit.date == PartialDate(2024, 5)


class TestDiplomatsTheTextIntroduces:
    @pytest.mark.parametrize(
        "text",
        [
            "Turkmen Ambassador to Russia Batyr Niyazliyev met with Russian Deputy Foreign Minister "
            "Mikhail Galuzin in Moscow on 12 March 2024.",
            "Russia's Ambassador Extraordinary and Plenipotentiary to Turkmenistan Alexander Blokhin held "
            "talks with Rashid Meredov in Ashgabat on 12 March 2024.",
        ],
        ids=["ambassador-to", "extraordinary-and-plenipotentiary"],
    )
    def test_a_diplomat_the_text_introduces_does_not_visit(self, text: str) -> None:
        """A guest the text itself titles as the resident ambassador meets the host side without visiting."""
        assert visits_in(text, published="2024-03-13") == []

    def test_a_minister_meeting_the_ambassador_still_visits(self) -> None:
        """Only the diplomat is resident: a minister who meets him abroad is visiting."""
        text = (
            "Rashid Meredov met with Russian Ambassador to Turkmenistan Alexander Blokhin and Sergey Lavrov "
            "in Moscow on 12 March 2024."
        )
        (visit,) = visits_in(text, published="2024-03-13")
        assert (visit.delegation_of, visit.host) == (TURKMENISTAN, RUSSIA)

    def test_a_guest_named_after_the_ambassador_still_visits(self) -> None:
        """A second name after the diplomat's is not under the diplomat's title."""
        text = (
            "In Ashgabat on 12 March 2024 Rashid Meredov received Russian Ambassador Alexander Blokhin "
            "and Deputy Prime Minister Alexei Overchuk."
        )
        (visit,) = visits_in(text, published="2024-03-13")
        assert visit.head is not None and visit.head.surname == "Overchuk"


class TestQuestionsAboutVisits:
    @pytest.mark.parametrize(
        "text",
        ["Will President Putin visit Ashgabat this year?", "Did Rashid Meredov travel to Moscow in May?"],
        ids=["will-visit", "did-travel"],
    )
    def test_a_question_reports_no_visit(self, text: str) -> None:
        """A question about a visit reports none."""
        assert visits_in(text, published="2024-09-01") == []


class TestDatelineDates:
    @pytest.mark.parametrize(
        "text",
        [
            "MOSCOW, 10 November 2025 - Putin's visit to Turkmenistan is planned for early December.",
            "ASHGABAT, Turkmenistan, 10 November 2025 (Agency) - Vladimir Putin will visit Ashgabat in December.",
        ],
        ids=["city-date-dash", "city-country-date-agency"],
    )
    def test_a_datelines_date_does_not_date_a_planned_visit(self, text: str) -> None:
        """The dateline's day is the report's, not the visit's: the visit keeps its own month."""
        (visit,) = visits_in(text)
        assert visit.status is Status.PLANNED
        assert visit.date == PartialDate(2025, 12)

    def test_a_date_opening_prose_still_dates(self) -> None:
        """A date at the start of prose, not followed by a dash, dates the visit."""
        (visit,) = visits_in("On 10 November 2025, Sergey Lavrov visited Ashgabat.")
        assert visit.date == PartialDate(2025, 11, 10)


class TestLedADelegationTo:
    @pytest.mark.parametrize(
        ("text", "side", "host"),
        [
            ("The Governor of Astrakhan Region Igor Babushkin led a delegation to Turkmenistan on 12 March 2024.",
             RUSSIA, TURKMENISTAN),
            ("Rashid Meredov headed the Turkmen government delegation to Moscow in May 2024.", TURKMENISTAN, RUSSIA),
        ],
        ids=["led-a-delegation-to", "headed-the-delegation-to"],
    )
    def test_leading_a_delegation_to_the_other_side_is_a_visit(self, text: str, side: str, host: str) -> None:
        """'X led a delegation to <the other side>' is X's visit there."""
        (visit,) = visits_in(text, published="2024-06-01")
        assert (visit.delegation_of, visit.host) == (side, host)

    def test_leading_a_delegation_to_talks_names_no_host(self) -> None:
        """'Led the delegation to talks' goes to no place: no visit."""
        assert visits_in("Igor Babushkin led the delegation to talks with officials.", published="2024-06-01") == []


class TestVisitAsASetting:
    @pytest.mark.parametrize(
        "second",
        [
            "During the visit of the Turkmen Foreign Minister to Moscow, talks with Sergey Lavrov are scheduled.",
            "In the course of the visit of the Turkmen Foreign Minister to Moscow, talks with Sergey Lavrov are "
            "planned.",
        ],
        ids=["during-the", "in-the-course-of-the"],
    )
    def test_the_visit_told_before_keeps_its_status(self, second: str) -> None:
        """'During the visit', after the visit is told, sets the scene for other plans: no planned twin."""
        text = "On 10 June 2024 Foreign Minister Rashid Meredov arrived in Moscow on a working visit. " + second
        visits = visits_in(text, published="2024-06-10")
        assert visits
        assert all(visit.status is Status.HELD for visit in visits)


class TestReceptionsOfNamedTitleHolders:
    """A guest named with a title ("Energy Minister <Given> <Surname>") is the visit's one head, not
    also the title's holder in the gazetteer; a passive reception may name the city before the host."""

    def test_title_with_name_gives_one_visit(self) -> None:
        text = "President Serdar Berdimuhamedov received Russian Energy Minister Pavel Sorokin in the capital."
        (visit,) = visits_in(text, published="2024-03-12")
        assert (visit.delegation_of, visit.host) == (RUSSIA, TURKMENISTAN)
        assert visit.head is not None and visit.head.surname == "Sorokin"

    def test_passive_reception_with_city_before_host(self) -> None:
        text = (
            "Russian Minister of Transport Andrei Nikitin was received in Ashgabat by "
            "President Serdar Berdimuhamedov."
        )
        (visit,) = visits_in(text, published="2024-03-12")
        assert (visit.delegation_of, visit.host) == (RUSSIA, TURKMENISTAN)
        assert visit.head is not None and visit.head.surname == "Nikitin"

    def test_variant_received_at_a_palace(self) -> None:
        text = (
            "The Governor of Astrakhan region Igor Babushkin was received at the Oguzkhan Palace by "
            "Serdar Berdimuhamedov."
        )
        (visit,) = visits_in(text, published="2024-03-12")
        assert (visit.delegation_of, visit.host) == (RUSSIA, TURKMENISTAN)

    def test_third_country_guest_gives_no_visit(self) -> None:
        text = "Iranian Minister of Roads Farzaneh Sadegh was received in Ashgabat by President Serdar Berdimuhamedov."
        assert visits_in(text, published="2024-03-12") == []


class TestMoreTravelVerbs:
    def test_will_go_to_a_city(self) -> None:
        """'will go to Moscow': a planned visit of the traveller's side."""
        text = "Turkmen Foreign Minister Rashid Meredov will go to Moscow at the end of the month."
        (visit,) = visits_in(text, published="2024-03-12")
        assert (visit.delegation_of, visit.host) == (TURKMENISTAN, RUSSIA)
        assert visit.status is Status.PLANNED

    def test_variant_is_flying_to_the_capital(self) -> None:
        text = "Russian Deputy Prime Minister Alexei Overchuk is flying to Ashgabat tomorrow."
        (visit,) = visits_in(text, published="2024-03-12")
        assert (visit.delegation_of, visit.host) == (RUSSIA, TURKMENISTAN)

    def test_going_to_without_a_place_is_no_journey(self) -> None:
        text = "Turkmen Foreign Minister Rashid Meredov is going to present the new strategy."
        assert visits_in(text, published="2024-03-12") == []


class TestRepeatedJourneys:
    """How often someone travelled is no one visit."""

    def test_visited_several_times(self) -> None:
        text = "Russian Foreign Minister Sergei Lavrov has visited Turkmenistan several times as minister."
        assert visits_in(text, published="2024-03-12") == []

    def test_variant_repeatedly_came(self) -> None:
        text = "Turkmen Foreign Minister Rashid Meredov repeatedly came to Moscow for talks on gas."
        assert visits_in(text, published="2024-03-12") == []

    def test_one_visit_is_still_found(self) -> None:
        text = "Russian Foreign Minister Sergei Lavrov visited Turkmenistan on 4 March."
        (visit,) = visits_in(text, published="2024-03-12")
        assert (visit.delegation_of, visit.host) == (RUSSIA, TURKMENISTAN)


class TestReturnJourneyInOneSentence:
    def test_two_journeys_the_two_ways(self) -> None:
        """'X went to Moscow in 2019, and Y came to Ashgabat in 2021': one visit each way."""
        text = (
            "Turkmen Foreign Minister Rashid Meredov went to Moscow in 2019, and Russian Foreign Minister "
            "Sergei Lavrov came to Ashgabat in 2021."
        )
        visits = visits_in(text, published="2024-03-12")
        found = {(v.delegation_of, v.host, v.date) for v in visits}
        assert found == {(TURKMENISTAN, RUSSIA, PartialDate(2019)), (RUSSIA, TURKMENISTAN, PartialDate(2021))}

    def test_variant_with_a_semicolon_and_visited(self) -> None:
        text = (
            "Russian Deputy Prime Minister Alexei Overchuk visited Ashgabat in May 2023; Turkmen Foreign "
            "Minister Rashid Meredov visited Moscow in June 2023."
        )
        visits = visits_in(text, published="2024-03-12")
        assert {(v.delegation_of, v.host) for v in visits} == {(RUSSIA, TURKMENISTAN), (TURKMENISTAN, RUSSIA)}

    def test_one_journey_to_two_cities_stays_one(self) -> None:
        text = "Russian Foreign Minister Sergei Lavrov visited Ashgabat and Turkmenbashi in May 2023."
        assert len(visits_in(text, published="2024-03-12")) == 1


class TestPlannedVisitWordings:
    def test_confirmed_he_would_come(self) -> None:
        """'X confirmed he would come to Ashgabat next year': a planned visit of that year."""
        text = "Russian Foreign Minister Sergei Lavrov confirmed he would come to Ashgabat next year."
        (visit,) = visits_in(text, published="2024-03-12")
        assert (visit.delegation_of, visit.host) == (RUSSIA, TURKMENISTAN)
        assert visit.status is Status.PLANNED
        assert visit.date == PartialDate(2025)

    def test_variant_decided_to_travel(self) -> None:
        text = "Turkmen Foreign Minister Rashid Meredov decided to travel to Moscow in May."
        (visit,) = visits_in(text, published="2024-03-12")
        assert (visit.delegation_of, visit.host) == (TURKMENISTAN, RUSSIA)
        assert visit.status is Status.PLANNED

    def test_visit_being_prepared_is_planned(self) -> None:
        text = "A visit of Russian Foreign Minister Sergei Lavrov to Turkmenistan is being prepared."
        (visit,) = visits_in(text, published="2024-03-12")
        assert visit.status is Status.PLANNED

    def test_governor_leads_a_business_mission(self) -> None:
        text = "The Governor of Astrakhan region Igor Babushkin will lead a business mission to Turkmenistan in April."
        (visit,) = visits_in(text, published="2024-03-12")
        assert (visit.delegation_of, visit.host) == (RUSSIA, TURKMENISTAN)
        assert visit.status is Status.PLANNED

    def test_third_country_business_mission_gives_nothing(self) -> None:
        text = "A Chinese business mission will travel to Kazakhstan in April."
        assert visits_in(text, published="2024-03-12") == []


class TestVisitOwnedByTheSubjectAfter:
    """'During his visit to Moscow, X met Y': the visit is X's, named right after the phrase."""

    def test_during_his_visit_then_subject(self) -> None:
        text = "During his visit to Moscow, Turkmen Foreign Minister Rashid Meredov met Sergei Lavrov."
        (visit,) = visits_in(text, published="2024-03-12")
        assert (visit.delegation_of, visit.host) == (TURKMENISTAN, RUSSIA)
        assert visit.head is not None and visit.head.surname == "Meredov"

    def test_variant_as_part_of_his_working_trip(self) -> None:
        text = (
            "As part of his working visit to Ashgabat, Russian Deputy Prime Minister Alexei Overchuk "
            "held talks with Rashid Meredov."
        )
        (visit,) = visits_in(text, published="2024-03-12")
        assert visit.head is not None and visit.head.surname == "Overchuk"

    def test_third_country_city_gives_no_visit(self) -> None:
        text = "During his visit to Beijing, Serdar Berdimuhamedov met the Chinese leader."
        assert visits_in(text, published="2024-03-12") == []


class TestWhoseVisitInAReportedClause:
    def test_subject_owns_his_visit_after_noting_that(self) -> None:
        """'X congratulated Y, noting that the city had changed since his last visit': X's visit."""
        text = (
            "The Governor of Astrakhan region Igor Babushkin congratulated President Serdar Berdimuhamedov "
            "on the holiday, noting that Ashgabat had changed a lot since his last visit."
        )
        (visit,) = visits_in(text, published="2024-03-12")
        assert (visit.delegation_of, visit.host) == (RUSSIA, TURKMENISTAN)

    def test_variant_recalling_that(self) -> None:
        text = (
            "Sergei Lavrov thanked Rashid Meredov for the talks, recalling that his previous visit "
            "to Turkmenistan had been in 2019."
        )
        visits = visits_in(text, published="2024-03-12")
        assert [(v.delegation_of, v.host) for v in visits] == [(RUSSIA, TURKMENISTAN)]

    def test_thanked_for_his_visit_is_still_the_guest(self) -> None:
        text = "Serdar Berdimuhamedov thanked Russian Deputy Prime Minister Alexei Overchuk for his visit."
        (visit,) = visits_in(text, published="2024-03-12")
        assert (visit.delegation_of, visit.host) == (RUSSIA, TURKMENISTAN)


class TestAttendingInTheOtherSidesCity:
    """Taking part in something held in the other side's city is a journey there."""

    def test_attended_a_summit_in_a_russian_city(self) -> None:
        text = "Serdar Berdimuhamedov attended the informal summit of CIS leaders in St Petersburg on 26 December 2023."
        (visit,) = visits_in(text, published="2024-03-12")
        assert (visit.delegation_of, visit.host) == (TURKMENISTAN, RUSSIA)
        assert visit.date == PartialDate(2023, 12, 26)

    def test_variant_took_part_in_a_ceremony_in_a_turkmen_city(self) -> None:
        text = "Russian Prime Minister Mikhail Mishustin took part in the opening of the new port in Turkmenbashi."
        (visit,) = visits_in(text, published="2024-03-12")
        assert (visit.delegation_of, visit.host) == (RUSSIA, TURKMENISTAN)

    def test_taking_part_by_video_is_no_journey(self) -> None:
        text = "Serdar Berdimuhamedov took part via video link in the forum held in Moscow."
        assert visits_in(text, published="2024-03-12") == []

    def test_resident_ambassador_attending_is_no_journey(self) -> None:
        text = "Russian Ambassador to Turkmenistan Alexander Blokhin attended the exhibition in Ashgabat."
        assert visits_in(text, published="2024-03-12") == []

    def test_third_country_city_is_no_journey(self) -> None:
        text = "Serdar Berdimuhamedov attended the summit in Astana."
        assert visits_in(text, published="2024-03-12") == []

    def test_heads_to_a_city(self) -> None:
        text = "Serdar Berdimuhamedov heads to Moscow for talks."
        (visit,) = visits_in(text, published="2024-03-12")
        assert (visit.delegation_of, visit.host) == (TURKMENISTAN, RUSSIA)


class TestTitledHeadsTheGazetteerDoesNotKnow:
    """A head named with a title of one side's region ("the head of Chuvashia <Given> <Surname>")
    takes that side, so the visit goes the right way."""

    def test_head_of_a_republic(self) -> None:
        text = "The head of Mordovia Artem Zdunov visited Turkmenistan on a working visit."
        (visit,) = visits_in(text, published="2024-03-12")
        assert (visit.delegation_of, visit.host) == (RUSSIA, TURKMENISTAN)
        assert visit.head is not None and visit.head.surname == "Zdunov"

    def test_variant_governor_of_a_region(self) -> None:
        text = "The Governor of the Penza region Oleg Melnichenko paid a visit to Ashgabat in April 2023."
        (visit,) = visits_in(text, published="2024-03-12")
        assert (visit.delegation_of, visit.host) == (RUSSIA, TURKMENISTAN)
        assert visit.date == PartialDate(2023, 4)

    def test_third_country_title_gives_no_visit(self) -> None:
        text = "The Governor of the Almaty region Marat Sultangaziyev paid a visit to Ashgabat in April 2023."
        visits = visits_in(text, published="2024-03-12")
        assert all(v.head is None or v.head.surname != "Sultangaziyev" for v in visits)


class TestVisitsCalledOff:
    """A visit called off or put off did not take place: no visit (kinds8)."""

    @pytest.mark.parametrize(
        "text",
        [
            "Vladimir Putin's visit to Ashgabat was postponed.",
            "The visit of Rashid Meredov to Moscow, planned for May, was cancelled.",
            "The trip of the Turkmen delegation to Kazan has been called off.",
        ],
        ids=["postponed", "cancelled-after-aside", "called-off"],
    )
    def test_called_off(self, text: str) -> None:
        """'The visit was postponed', 'was cancelled', 'has been called off': no visit."""
        assert visits_in(text, published="2024-03-04") == []

    def test_something_else_called_off_keeps_the_visit(self) -> None:
        """A later clause about something else called off leaves the visit."""
        (visit,) = visits_in("Vladimir Putin visited Ashgabat, where a concert was cancelled.", published="2024-03-04")
        assert (visit.delegation_of, visit.host) == (RUSSIA, TURKMENISTAN)
