"""Meetings found by parse_article: talks, receptions, phone calls, video conferences.

Every sentence here is written for the test; the people are real office holders so that the
gazetteer can resolve them, the events are made up.
"""

from __future__ import annotations

import pytest

from turkru import parse_article
from turkru.model.dates import PartialDate
from turkru.model.records import AnyRecord, Meeting, MeetingMode, Status


def meetings_in(text: str, published: str | None = None) -> list[Meeting]:
    """The meetings of *text*, after checking every evidence span of every record."""
    records: tuple[AnyRecord, ...] = parse_article(text, published=published).records
    for record in records:
        for item in record.evidence:
            assert text[item.start : item.end] == item.text
    return [record for record in records if isinstance(record, Meeting)]


def surnames(meeting: Meeting) -> set[str]:
    return {person.surname for person in meeting.participants}


class TestHeldMeetings:
    def test_talks_on_a_weekday_resolve_against_published(self) -> None:
        """'On Tuesday' is the Tuesday before the publication date, at day precision."""
        text = (
            "Russian Foreign Minister Sergey Lavrov held talks with Turkmen Foreign Minister "
            "Rashid Meredov in Moscow on Tuesday."
        )
        (meeting,) = meetings_in(text, published="2023-05-12")
        assert meeting.status is Status.HELD
        assert meeting.mode is MeetingMode.IN_PERSON
        assert meeting.date == PartialDate(2023, 5, 9)
        assert surnames(meeting) == {"Lavrov", "Meredov"}
        assert meeting.place is not None and meeting.place.name == "Moscow"

    def test_bare_weekday_without_anchor_is_undated(self) -> None:
        """With no publication date, 'on Tuesday' cannot be resolved and stays None."""
        text = (
            "Russian Foreign Minister Sergey Lavrov held talks with Turkmen Foreign Minister "
            "Rashid Meredov in Moscow on Tuesday."
        )
        (meeting,) = meetings_in(text)
        assert meeting.date is None

    def test_no_date_expression_is_undated(self) -> None:
        """A meeting reported with no time at all has no date, even with a published date."""
        text = "Sergey Lavrov held talks with his Turkmen counterpart Rashid Meredov in Ashgabat."
        (meeting,) = meetings_in(text)
        assert meeting.date is None
        assert surnames(meeting) == {"Lavrov", "Meredov"}

    def test_phone_call_with_explicit_date(self) -> None:
        """A telephone conversation is a phone meeting dated to the day written."""
        text = (
            "President Serdar Berdimuhamedov and President Vladimir Putin held a telephone "
            "conversation on 3 March 2023."
        )
        (meeting,) = meetings_in(text)
        assert meeting.mode is MeetingMode.PHONE
        assert meeting.date == PartialDate(2023, 3, 3)
        assert surnames(meeting) == {"Berdimuhamedov", "Putin"}

    def test_phone_call_yesterday(self) -> None:
        """'Yesterday' is the day before publication."""
        text = "Vladimir Putin and Serdar Berdimuhamedov discussed energy cooperation by phone yesterday."
        (meeting,) = meetings_in(text, published="2023-05-12")
        assert meeting.mode is MeetingMode.PHONE
        assert meeting.date == PartialDate(2023, 5, 11)
        assert "energy" in meeting.topics

    def test_video_conference(self) -> None:
        """Talks via videoconference are a video meeting."""
        text = (
            "The presidents of Turkmenistan and Russia, Serdar Berdimuhamedov and Vladimir Putin, "
            "held talks via videoconference on 14 July 2022."
        )
        (meeting,) = meetings_in(text)
        assert meeting.mode is MeetingMode.VIDEO
        assert meeting.date == PartialDate(2022, 7, 14)
        assert surnames(meeting) == {"Berdimuhamedov", "Putin"}

    def test_talks_in_video_format(self) -> None:
        """'In video format' is a video meeting too."""
        text = (
            "Russian Prime Minister Mikhail Mishustin and Turkmen President Serdar Berdimuhamedov "
            "held talks in video format on 11 November 2022."
        )
        (meeting,) = meetings_in(text)
        assert meeting.mode is MeetingMode.VIDEO
        assert surnames(meeting) == {"Mishustin", "Berdimuhamedov"}

    def test_this_year_is_a_year(self) -> None:
        """'This year' gives the publication year, never a month or day."""
        text = (
            "Russian Deputy Prime Minister Alexei Overchuk met with President Serdar Berdimuhamedov "
            "in Ashgabat this year."
        )
        (meeting,) = meetings_in(text, published="2023-05-12")
        assert meeting.date == PartialDate(2023)
        assert surnames(meeting) == {"Overchuk", "Berdimuhamedov"}

    def test_reception_by_the_president(self) -> None:
        """A president receiving a minister of the other side is a meeting."""
        text = (
            "Serdar Berdimuhamedov received Russian Foreign Minister Sergey Lavrov in Ashgabat "
            "on 2 March 2023."
        )
        (meeting,) = meetings_in(text)
        assert meeting.mode is MeetingMode.IN_PERSON
        assert meeting.date == PartialDate(2023, 3, 2)
        assert surnames(meeting) == {"Berdimuhamedov", "Lavrov"}

    @pytest.mark.parametrize(
        "text",
        [
            "Sergey Lavrov was received by Serdar Berdimuhamedov on 2 March 2023.",
            "On 2 March 2023 the Russian minister Sergey Lavrov was warmly received by Serdar Berdimuhamedov.",
        ],
    )
    def test_passive_reception(self, text: str) -> None:
        """'X was received by Y' is a meeting of the two."""
        (meeting,) = meetings_in(text)
        assert meeting.date == PartialDate(2023, 3, 2)
        assert surnames(meeting) == {"Berdimuhamedov", "Lavrov"}

    def test_congratulations_received_by_is_no_meeting(self) -> None:
        """'Congratulations received by X from Y' is no reception of a guest."""
        text = "Congratulations received by Vladimir Putin from Serdar Berdimuhamedov were published on 2 March 2023."
        assert meetings_in(text) == []

    def test_consultations_keep_their_occasion(self) -> None:
        """Consultations are a meeting with that occasion."""
        text = "Meredov and Lavrov held consultations between the foreign ministries on Friday."
        (meeting,) = meetings_in(text, published="2024-01-15")
        assert meeting.occasion == "consultations"
        assert meeting.date == PartialDate(2024, 1, 12)


class TestTitlesResolvedByDate:
    @pytest.mark.parametrize(
        ("day", "given"),
        [("5 March 2021", "Gurbanguly"), ("5 March 2023", "Serdar")],
    )
    def test_turkmen_leader_is_the_president_of_the_day(self, day: str, given: str) -> None:
        """'The Turkmen leader' is whoever was president on the meeting's date."""
        text = f"Vladimir Putin had a telephone conversation with the Turkmen leader on {day}."
        (meeting,) = meetings_in(text)
        leaders = [p for p in meeting.participants if p.surname == "Berdimuhamedov"]
        assert [p.given_names for p in leaders] == [given]


class TestPlannedMeetings:
    def test_will_hold_talks(self) -> None:
        """'Will hold talks' on a date after publication is planned."""
        text = (
            "Turkmen Foreign Minister Rashid Meredov will hold talks with Sergey Lavrov in Moscow "
            "on 25 October."
        )
        (meeting,) = meetings_in(text, published="2023-10-20")
        assert meeting.status is Status.PLANNED
        assert meeting.date == PartialDate(2023, 10, 25)

    def test_will_meet(self) -> None:
        """'Will meet' announces a planned meeting."""
        text = (
            "Turkmen Foreign Minister Rashid Meredov will meet Russian Foreign Minister Sergey Lavrov "
            "in Ashgabat next week."
        )
        (meeting,) = meetings_in(text, published="2023-05-12")
        assert meeting.status is Status.PLANNED
        assert surnames(meeting) == {"Meredov", "Lavrov"}


class TestWeaknesses:
    def test_consultations_of_unnamed_diplomats(self) -> None:
        """Consultations of unnamed diplomats of both sides are still a meeting."""
        text = "Turkmen and Russian diplomats held consultations in Ashgabat on Thursday."
        (meeting,) = meetings_in(text, published="2023-05-12")
        assert meeting.date == PartialDate(2023, 5, 11)

    def test_reception_of_an_unknown_ambassador(self) -> None:
        """A named ambassador the gazetteer does not know still counts for his country."""
        text = "Serdar Berdimuhamedov received Russian Ambassador Pavel Sokolov in Ashgabat on 2 March 2023."
        (meeting,) = meetings_in(text)
        assert surnames(meeting) == {"Berdimuhamedov", "Sokolov"}


class TestNoMeeting:
    @pytest.mark.parametrize(
        "text",
        [
            "The sides noted the positive dynamics of cooperation.",
            "The sides expressed their readiness to further expand cooperation in all areas.",
            "The foreign ministers of Turkmenistan and Russia regularly hold consultations.",
            "Turkmenistan and Russia are strategic partners.",
            "The presidents of Kazakhstan and Uzbekistan held talks in Tashkent on 3 May 2023.",
            "The weather in Ashgabat was sunny on Tuesday.",
        ],
    )
    def test_general_statements_habits_and_third_countries(self, text: str) -> None:
        """Statements, habits and other countries' talks are not meetings."""
        assert meetings_in(text, published="2023-05-12") == []


class TestThirdCountries:
    @pytest.mark.parametrize(
        "text",
        [
            "Vladimir Putin will meet his Kazakh counterpart Kassym-Jomart Tokayev in Astana on 3 June 2024.",
            "Serdar Berdimuhamedov held talks with his Uzbek colleague Shavkat Mirziyoyev on 3 June 2024.",
        ],
    )
    def test_a_third_countrys_counterpart_is_no_meeting(self, text: str) -> None:
        """'His Kazakh counterpart' is not the other side's leader: no Turkmen-Russian meeting."""
        assert meetings_in(text, published="2024-05-20") == []

    def test_meeting_needs_is_no_meeting(self) -> None:
        """'Will meet the expectations' speaks of needs, not of an encounter."""
        text = "Russian companies led by Vagit Alekperov will meet the growing expectations of Serdar Berdimuhamedov."
        assert meetings_in(text, published="2024-05-20") == []

    def test_separate_talks_with_leaders_of_several_countries(self) -> None:
        """'Will have separate talks' with several leaders is a planned meeting, with the Turkmen one among them."""
        text = (
            "On Monday Vladimir Putin will have separate talks with President of Iran Hassan Rouhani and "
            "Turkmen President Gurbanguly Berdimuhamedov."
        )
        (meeting,) = meetings_in(text, published="2014-09-27")
        assert meeting.status is Status.PLANNED
        assert {"Putin", "Berdimuhamedov"} <= surnames(meeting)
        assert [p.country for p in meeting.participants if p.surname == "Rouhani"] in ([], ["IR"])


class TestOneSideInTheOthersCity:
    def test_talks_in_the_other_sides_capital(self) -> None:
        """A Russian official holding consultations in Ashgabat holds them with the Turkmen side."""
        text = "Security Council Secretary Sergei Shoigu held security consultations in Ashgabat on 14 May 2024."
        (meeting,) = meetings_in(text)
        assert surnames(meeting) == {"Shoigu"}
        assert meeting.place is not None and meeting.place.name == "Ashgabat"

    @pytest.mark.parametrize(
        "text",
        [
            "Sergei Shoigu held talks with Chinese officials in Ashgabat on 14 May 2024.",
            "Alexander Beglov met with students in Ashgabat on 14 May 2024.",
            "Sergei Shoigu held talks in Moscow on 14 May 2024.",
        ],
    )
    def test_no_other_side(self, text: str) -> None:
        """A third party named, a meeting with the public, or talks at home: no bilateral meeting."""
        assert meetings_in(text) == []


class TestPhoneCalls:
    @pytest.mark.parametrize(
        "text",
        [
            "On 14 May 2024 Serdar Berdimuhamedov called Vladimir Putin to congratulate him.",
            "On 14 May 2024 Vladimir Putin was on the phone with Serdar Berdimuhamedov for an hour.",
            "Vladimir Putin and Serdar Berdimuhamedov spoke over the phone on 14 May 2024.",
        ],
    )
    def test_calls_in_other_words(self, text: str) -> None:
        """'Called X', 'on the phone with', 'over the phone': a phone meeting."""
        (meeting,) = meetings_in(text)
        assert meeting.mode is MeetingMode.PHONE
        assert surnames(meeting) == {"Putin", "Berdimuhamedov"}
        assert meeting.date == PartialDate(2024, 5, 14)

    @pytest.mark.parametrize(
        "text",
        [
            "Vladimir Putin called for closer ties with Serdar Berdimuhamedov's government on 14 May 2024.",
            "The so-called Putin plan was discussed by Serdar Berdimuhamedov's ministers on 14 May 2024.",
        ],
    )
    def test_called_without_a_callee_is_no_call(self, text: str) -> None:
        """'Called for', 'so-called': no one is phoned."""
        assert [m for m in meetings_in(text) if m.mode is MeetingMode.PHONE] == []


class TestMeetingsDuringAVisit:
    @pytest.mark.parametrize(
        "text",
        [
            "The talks took place during Sergey Lavrov's working visit to Turkmenistan on 4 April 2024.",
            "A meeting was held on 4 April 2024 as part of the Russian minister Sergey Lavrov's visit to Ashgabat.",
        ],
    )
    def test_the_visited_side_is_the_other_party(self, text: str) -> None:
        """An encounter told as part of one side's visit to the other has both sides, one of them unnamed."""
        (meeting,) = meetings_in(text)
        assert "Lavrov" in surnames(meeting)
        assert meeting.date == PartialDate(2024, 4, 4)

    def test_meeting_people_on_a_visit_is_no_bilateral_meeting(self) -> None:
        """'During his visit to Ashgabat, Lavrov met students': not talks with the other side."""
        text = "During his visit to Ashgabat on 4 April 2024, Sergey Lavrov met with students."
        assert meetings_in(text) == []


class TestTalkWith:
    def test_will_talk_with_is_a_planned_meeting(self) -> None:
        """'X will talk with Y' is a meeting still to come."""
        (meeting,) = meetings_in("Sergey Lavrov will talk with Rashid Meredov in Moscow.", published="2024-04-02")
        assert meeting.status is Status.PLANNED
        assert surnames(meeting) == {"Lavrov", "Meredov"}

    def test_talks_to_come_in_a_transcript_take_no_day(self) -> None:
        """In a transcript, talks a speaker says are still to come are not dated by the day he speaks."""
        text = (
            "Transcript of the start of the meeting\n\n"
            "Vladimir Putin: Mr Meredov, colleagues,\n\n"
            "I know that you will talk with Sergey Lavrov later.\n"
        )
        planned = [m for m in meetings_in(text, published="2024-04-02") if m.status is Status.PLANNED]
        assert [m.date for m in planned] == [None]
        assert "Lavrov" in surnames(planned[0])


class TestEncountersOfUnnamedBodies:
    def test_heads_of_two_regions_by_video(self) -> None:
        """'a video conference was held between the heads of administrations of <velayat> and <region>'."""
        text = (
            "On 3 May 2024 an online-meeting was held between the heads of administrations "
            "of the Lebap velayat and the Astrakhan region."
        )
        (meeting,) = meetings_in(text)
        assert meeting.mode is MeetingMode.VIDEO
        assert meeting.participants == ()
        assert meeting.date == PartialDate(2024, 5, 3)
        assert meeting.region is not None and "Astrakhan" in meeting.region.name

    def test_representatives_of_the_two_countries(self) -> None:
        """'consultations were held between the representatives of Turkmenistan and the Russian Federation'."""
        text = (
            "In Moscow, consultations were held between the representatives of Turkmenistan "
            "and the Russian Federation on 3 May 2024."
        )
        (meeting,) = meetings_in(text)
        assert meeting.participants == ()
        assert meeting.date == PartialDate(2024, 5, 3)

    @pytest.mark.parametrize(
        "text",
        [
            "Talks between the ministries of culture of Russia and Turkmenistan took place in Ashgabat on 9 June 2024.",
            "On 9 June 2024 consultations were held in Ashgabat between the Ministries of Foreign Affairs of "
            "Turkmenistan and the Russian Federation.",
        ],
        ids=["of-culture", "of-foreign-affairs"],
    )
    def test_ministries_named_by_their_field(self, text: str) -> None:
        """'between the ministries of <field> of X and Y': the field is part of the bodies' name."""
        (meeting,) = meetings_in(text)
        assert meeting.participants == ()
        assert meeting.date == PartialDate(2024, 6, 9)
        assert meeting.roles and "inistries of" in meeting.roles[0]

    @pytest.mark.parametrize(
        "text",
        [
            "In the view of the foreign ministries of Turkmenistan and Russia, those consultations were useful.",
            "As reported by the ministries of Russia and Turkmenistan, the topics of the talks included transit.",
        ],
        ids=["in-the-view-of", "as-reported-by"],
    )
    def test_bodies_before_a_comma_are_a_source(self, text: str) -> None:
        """The two countries' bodies cited as a source before a comma report no new encounter."""
        assert meetings_in(text, published="2024-06-10") == []

    def test_bodies_as_the_subject_of_talks(self) -> None:
        """The two countries' bodies right before the talks word are the encounter's sides."""
        text = "On 9 June 2024 the foreign ministries of Turkmenistan and Russia held consultations in Moscow."
        (meeting,) = meetings_in(text)
        assert meeting.date == PartialDate(2024, 6, 9)

    def test_a_document_between_two_governments_is_no_encounter(self) -> None:
        """A title 'between the governments of X and Y' far from the encounter word tells no meeting."""
        text = (
            "At the end of the meeting, the sides signed the programme of cooperation "
            "between the governments of Turkmenistan and Russia."
        )
        assert meetings_in(text, published="2024-05-03") == []


class TestReceiveToCome:
    @pytest.mark.parametrize(
        "text",
        [
            "Vladimir Putin will receive Serdar Berdimuhamedov in the Kremlin next week.",
            "Serdar Berdimuhamedov is expected to receive Sergey Lavrov in Ashgabat next week.",
        ],
    )
    def test_a_reception_to_come_is_a_planned_meeting(self, text: str) -> None:
        """'X will receive Y' (the base form of the verb) is a planned meeting of the two."""
        (meeting,) = meetings_in(text, published="2024-05-15")
        assert meeting.status is Status.PLANNED
        assert len(surnames(meeting)) == 2


class TestUnnamedPairs:
    @pytest.mark.parametrize(
        "text",
        [
            "Turkmen and Russian diplomats held consultations in Moscow on 13 May 2024.",
            "The delegations of the two countries held talks in Ashgabat on 13 May 2024.",
        ],
    )
    def test_both_sides_without_names(self, text: str) -> None:
        """Officials of both sides named only as a pair still meet."""
        (meeting,) = meetings_in(text)
        assert meeting.participants == ()
        assert meeting.date == PartialDate(2024, 5, 13)

    def test_officials_of_one_side_alone(self) -> None:
        """Russian diplomats alone, no other side, are no bilateral meeting."""
        assert meetings_in("Russian diplomats held consultations in Moscow on 13 May 2024.") == []


class TestPossibleMeetings:
    @pytest.mark.parametrize(
        "text",
        [
            "Vladimir Putin and Serdar Berdimuhamedov may meet on the sidelines of the summit in October.",
            "Sergey Lavrov could hold talks with Rashid Meredov during the forum, the ministry said.",
        ],
        ids=["may-meet", "could-hold-talks"],
    )
    def test_a_possible_meeting_is_planned(self, text: str) -> None:
        """A meeting that 'may' or 'could' happen is planned, not held."""
        (meeting,) = meetings_in(text, published="2024-05-10")
        assert meeting.status is Status.PLANNED

    def test_talks_held_on_a_day_in_may(self) -> None:
        """'On 5 May held talks' is a month, not a modal."""
        text = "Sergey Lavrov and Rashid Meredov met on 5 May in Moscow and discussed trade."
        (meeting,) = meetings_in(text, published="2024-07-10")
        assert meeting.status is Status.HELD
        assert meeting.date == PartialDate(2024, 5, 5)


class TestHeadlineMeetings:
    @pytest.mark.parametrize(
        ("text", "mode"),
        [
            (
                "Putin and Berdimuhamedov discuss gas by phone\n\n"
                "MOSCOW, 12 March 2024 - The two leaders discussed energy and the situation in the region.",
                MeetingMode.PHONE,
            ),
            (
                "Lavrov holds talks with Meredov in Moscow\n\n"
                "MOSCOW, 12 March 2024 - During the talks, the ministers discussed trade and security.",
                MeetingMode.IN_PERSON,
            ),
        ],
        ids=["phone-headline", "talks-headline"],
    )
    def test_the_headlines_encounter_when_the_body_paraphrases_it(self, text: str, mode: MeetingMode) -> None:
        """A body that never names the two again leaves the headline's encounter, undated."""
        (meeting,) = meetings_in(text)
        assert meeting.mode is mode
        assert meeting.date is None
        assert len(surnames(meeting)) == 2

    def test_a_body_meeting_wins_over_the_headline(self) -> None:
        """When the body reports the encounter, the headline adds nothing."""
        text = (
            "Lavrov holds talks with Meredov in Moscow\n\n"
            "MOSCOW, 12 March 2024 - Sergey Lavrov and Rashid Meredov held talks in Moscow on Tuesday."
        )
        (meeting,) = meetings_in(text)
        assert meeting.date == PartialDate(2024, 3, 12)


class TestQuestionsAboutMeetings:
    @pytest.mark.parametrize(
        "text",
        ["When did Sergey Lavrov and Rashid Meredov last meet?", "Will Putin hold talks with Berdimuhamedov in Kazan?"],
        ids=["when-did-meet", "will-hold-talks"],
    )
    def test_a_question_reports_no_meeting(self, text: str) -> None:
        """A question about talks reports none."""
        assert meetings_in(text, published="2024-09-01") == []


class TestDelegationHeads:
    @pytest.mark.parametrize(
        "second",
        [
            "The Russian delegation was headed by Deputy Foreign Minister Mikhail Galuzin, the Turkmen one by "
            "Deputy Minister Vepa Hajiyev.",
            "The Turkmen side was represented by Deputy Minister Vepa Hajiyev and the Russian side by Deputy "
            "Foreign Minister Mikhail Galuzin.",
        ],
        ids=["headed-by", "represented-by"],
    )
    def test_the_heads_named_next_are_the_participants(self, second: str) -> None:
        """Consultations of two ministries take as participants the heads the next sentence names."""
        text = "Political consultations between the foreign ministries of Turkmenistan and Russia were held " + (
            "in Ashgabat on 10 November 2025. " + second
        )
        (meeting,) = meetings_in(text, published="2025-11-11")
        assert surnames(meeting) == {"Galuzin", "Hajiyev"}

    @pytest.mark.parametrize(
        "first",
        [
            "On 12 October 2025, Turkmen-Russian consultations on consular matters were held in Ashgabat. ",
            "Russian-Turkmen talks on border questions took place in Ashgabat on 12 October 2025. ",
        ],
        ids=["turkmen-russian", "russian-turkmen"],
    )
    def test_paired_nationalities_date_the_heads_named_next(self, first: str) -> None:
        """Talks qualified by both nationalities, no one named, keep their date and place and take as
        participants the heads the next sentence names."""
        text = first + (
            "The Russian side was led by Deputy Minister Andrey Rudenko, the Turkmen side by Deputy "
            "Minister Vepa Hajiyev."
        )
        meetings = meetings_in(text, published="2025-10-13")
        assert meetings, "the talks were lost"
        meeting = meetings[0]
        assert surnames(meeting) == {"Rudenko", "Hajiyev"}
        assert meeting.date == PartialDate(2025, 10, 12)
        assert meeting.place is not None and meeting.place.name == "Ashgabat"

    def test_one_nationality_before_talks_is_not_a_pair(self) -> None:
        """Turkmen-Iranian talks are no encounter of the two sides."""
        text = "Turkmen-Iranian consultations on consular matters were held in Ashgabat on 12 October 2025."
        assert meetings_in(text, published="2025-10-13") == []

    def test_people_named_in_the_encounter_stay(self) -> None:
        """When the encounter's own sentence names people, a later 'headed by' does not replace them."""
        text = (
            "Sergey Lavrov and Rashid Meredov held talks in Moscow on 10 November 2025. "
            "The Turkmen delegation was headed by Rashid Meredov and the Russian side by Sergey Lavrov."
        )
        meetings = meetings_in(text, published="2025-11-11")
        assert meetings and surnames(meetings[0]) == {"Lavrov", "Meredov"}


class TestCountsOfEncounters:
    @pytest.mark.parametrize(
        "text",
        [
            "Rashid Meredov said that some 30 negotiations by video link took place with Russian partners.",
            "The envoy recalled that Vladimir Putin and Serdar Berdimuhamedov have met four times since spring.",
            "Dozens of talks between Sergey Lavrov and Rashid Meredov took place in 2023.",
            "Ministers Lavrov and Meredov have met twice in Moscow this year.",
        ],
        ids=["about-n-by-video", "met-n-times", "dozens-of", "met-twice"],
    )
    def test_a_count_is_no_meeting(self, text: str) -> None:
        """How many encounters there were, or how often people met, reports no one encounter."""
        assert meetings_in(text, published="2024-12-01") == []

    @pytest.mark.parametrize(
        "text",
        [
            "On 5 May talks were held between Sergey Lavrov and Rashid Meredov in Moscow.",
            "Sergey Lavrov and Rashid Meredov held one-on-one talks in Moscow on 5 May 2024.",
        ],
        ids=["day-before-talks", "one-on-one"],
    )
    def test_numbers_that_count_nothing(self, text: str) -> None:
        """A day of the month or 'one-on-one' before the talks word is no count."""
        (meeting,) = meetings_in(text, published="2024-05-06")
        assert surnames(meeting) == {"Lavrov", "Meredov"}


class TestUndatedOffices:
    @pytest.mark.parametrize(
        ("text", "given"),
        [
            (
                "Vladimir Putin hosted the leader of Turkmenistan for talks in Sochi. "
                "Gurbanguly Berdimuhamedov thanked the host for the warm welcome.",
                "Gurbanguly",
            ),
            (
                "The Turkmen President held talks with Vladimir Putin in the Kremlin. "
                "Earlier, Serdar Berdimuhamedov laid flowers at the Tomb of the Unknown Soldier.",
                "Serdar",
            ),
        ],
        ids=["father", "son"],
    )
    def test_an_office_is_the_holder_the_article_names(self, text: str, given: str) -> None:
        """With no date to look the holder up, an office is the one holder the article names in full."""
        meetings = meetings_in(text)
        assert meetings
        named = {(p.surname, p.given_names) for p in meetings[0].participants}
        assert ("Berdimuhamedov", given) in named

    def test_two_named_holders_leave_the_office_open(self) -> None:
        """When the article names two holders of the office, the undated office stays a role."""
        text = (
            "The Turkmen President held talks with Vladimir Putin in the Kremlin. "
            "Serdar Berdimuhamedov and Gurbanguly Berdimuhamedov attended a concert later."
        )
        meetings = meetings_in(text)
        assert meetings
        assert "Berdimuhamedov" not in surnames(meetings[0])


class TestGreetingsSenders:
    @pytest.mark.parametrize(
        "text",
        [
            "On 3 June 2024 Serdar Berdimuhamedov received Governor Igor Babushkin. During the meeting, the "
            "governor conveyed warm greetings to the head of state from Vladimir Putin and Mikhail Mishustin.",
            "On 3 June 2024 Serdar Berdimuhamedov received Governor Igor Babushkin. At the talks, the guest "
            "passed on best wishes on behalf of President Vladimir Putin, and also noted the growth of trade.",
        ],
        ids=["greetings-from", "wishes-on-behalf-of"],
    )
    def test_who_sent_greetings_took_no_part(self, text: str) -> None:
        """The senders of greetings a guest conveys are absent: no meeting of theirs is reported."""
        meetings = meetings_in(text, published="2024-06-04")
        assert meetings
        assert all("Putin" not in surnames(meeting) for meeting in meetings)
        assert all("Mishustin" not in surnames(meeting) for meeting in meetings)


class TestAppositiveTitles:
    """People the gazetteer does not know, each named after a comma that closes a title naming
    their side: both are participants, and the title gives each its side."""

    def test_consul_and_regional_minister(self) -> None:
        text = (
            "Talks took place between the Consul General of Turkmenistan, Dovlet Annayev, and Kazan's "
            "Minister of Industry, Oleg Petrenko, on trade in cars."
        )
        (meeting,) = meetings_in(text)
        assert surnames(meeting) == {"Annayev", "Petrenko"}

    def test_variant_with_ambassador_and_governor(self) -> None:
        text = (
            "A meeting between the Ambassador of Russia, Pavel Ivanchenko, and the Hakim of the Lebap "
            "velayat, Merdan Gulov, was devoted to the cotton harvest."
        )
        (meeting,) = meetings_in(text)
        assert surnames(meeting) == {"Ivanchenko", "Gulov"}

    def test_third_country_title_gives_no_meeting(self) -> None:
        text = (
            "A meeting between the Consul of Kazakhstan, Dovlet Annayev, and the Ambassador of Iran, "
            "Oleg Petrenko, took place in Tashkent."
        )
        assert meetings_in(text) == []


class TestPassiveReceptionWithCity:
    def test_received_in_a_city_by_the_president(self) -> None:
        """'X was received in Ashgabat by the President': a meeting of the two."""
        text = (
            "Russian Minister of Transport Andrei Nikitin was received in Ashgabat by "
            "President Serdar Berdimuhamedov."
        )
        (meeting,) = meetings_in(text, published="2024-03-12")
        assert surnames(meeting) == {"Nikitin", "Berdimuhamedov"}

    def test_variant_received_at_the_kremlin(self) -> None:
        text = "Turkmen Foreign Minister Rashid Meredov was received at the Kremlin by President Vladimir Putin."
        (meeting,) = meetings_in(text, published="2024-03-12")
        assert surnames(meeting) == {"Meredov", "Putin"}


class TestEncountersNamedInADocument:
    def test_plan_of_consultations_is_no_meeting(self) -> None:
        """'signed a plan of consultations': the consultations are the plan's subject."""
        text = (
            "Sergei Lavrov and Rashid Meredov signed a plan of consultations between the foreign "
            "ministries for 2025-2026."
        )
        assert meetings_in(text, published="2024-03-12") == []

    def test_variant_programme_of_meetings(self) -> None:
        text = "Vladimir Putin and Serdar Berdimuhamedov approved a programme of meetings of the two governments."
        assert meetings_in(text, published="2024-03-12") == []

    def test_consultations_held_are_still_a_meeting(self) -> None:
        text = "Deputy Foreign Ministers Andrei Rudenko and Vepa Hajiyev held consultations in Ashgabat on Monday."
        (meeting,) = meetings_in(text, published="2024-03-12")
        assert surnames(meeting) == {"Rudenko", "Hajiyev"}


class TestTalksWithAnUnnamedOfficial:
    """Talks "with" the other side's official named by a title alone: the named side's person
    is a participant, the title a role."""

    def test_with_a_deputy_minister_by_title(self) -> None:
        text = "Russian Deputy Foreign Minister Mikhail Galuzin held talks with the Turkmen Deputy Minister of Energy."
        (meeting,) = meetings_in(text, published="2024-03-12")
        assert surnames(meeting) == {"Galuzin"}
        assert meeting.roles == ("Turkmen Deputy Minister of Energy",)

    def test_variant_title_of_the_country(self) -> None:
        text = "Sergei Lavrov met with the Chairman of the State Committee for Tourism of Turkmenistan in Moscow."
        (meeting,) = meetings_in(text, published="2024-03-12")
        assert surnames(meeting) == {"Lavrov"}

    def test_official_of_a_third_country_gives_no_meeting(self) -> None:
        text = "Sergei Lavrov met with the Deputy Minister of Energy of Kazakhstan in Moscow."
        assert meetings_in(text, published="2024-03-12") == []

    def test_official_of_the_same_side_gives_no_meeting(self) -> None:
        text = "Sergei Lavrov met with the Russian Deputy Minister of Energy in Moscow."
        assert meetings_in(text, published="2024-03-12") == []


class TestMoreGivenNames:
    """Common Turkmen and Russian given names let the gazetteer read people it does not know."""

    def test_turkmen_given_name(self) -> None:
        text = (
            "Turkmen Deputy Chairman of the Cabinet Hojamuhammet Annaberdiyev held talks with Russian "
            "Deputy Prime Minister Alexei Overchuk in Moscow."
        )
        (meeting,) = meetings_in(text, published="2024-03-12")
        assert "Annaberdiyev" in surnames(meeting)

    def test_variant_russian_given_name(self) -> None:
        text = (
            "Turkmen Foreign Minister Rashid Meredov received Russian Deputy Minister of Culture "
            "Margarita Sokolova in Ashgabat."
        )
        (meeting,) = meetings_in(text, published="2024-03-12")
        assert surnames(meeting) == {"Meredov", "Sokolova"}


class TestTalksToldWithoutTheirCounterpart:
    """Talks told with one side named and no counterpart after the word are the story's talks, with
    the other side's person named just before (kinds8)."""

    def test_the_other_side_named_before(self) -> None:
        """'For his part, X noted the talks that took place': the guest of the sentences before."""
        text = (
            "Serdar Berdimuhamedov arrived in Moscow for a visit on 10 June 2022. "
            "He praised the friendly character of the relations. "
            "For his part, Vladimir Putin noted the substantive talks that took place in a warm atmosphere."
        )
        found = [m for m in meetings_in(text, published="2022-06-10") if surnames(m) >= {"Putin"}]
        assert found and surnames(found[0]) == {"Putin", "Berdimuhamedov"}

    def test_reworded_with_negotiations(self) -> None:
        """The same with 'negotiations' told by the host side's minister."""
        text = (
            "Foreign Minister Rashid Meredov came to Moscow on 2 April 2021. "
            "Sergey Lavrov later described the negotiations as frank and useful."
        )
        found = [m for m in meetings_in(text, published="2021-04-02") if "Lavrov" in surnames(m)]
        assert found and surnames(found[0]) == {"Lavrov", "Meredov"}

    def test_a_counterpart_after_the_word_is_not_replaced(self) -> None:
        """Talks 'with' someone name their counterpart there: no one is taken from before."""
        text = (
            "Rashid Meredov arrived in Tehran on 2 April 2021. "
            "Sergey Lavrov held talks with the Iranian foreign minister."
        )
        assert [m for m in meetings_in(text, published="2021-04-02") if "Lavrov" in surnames(m)] == []

    def test_talks_on_a_subject_are_a_process(self) -> None:
        """'Negotiations on the Caspian convention were continuing': talks as a process, no encounter."""
        text = (
            "Rashid Meredov visited Moscow on 2 April 2021. "
            "Sergey Lavrov said negotiations on the Caspian convention were continuing."
        )
        assert [m for m in meetings_in(text, published="2021-04-02") if "Lavrov" in surnames(m)] == []

    def test_the_person_before_must_be_there(self) -> None:
        """The other side's person named before doing something else is not taken as the counterpart."""
        text = (
            "Serdar Berdimuhamedov opened a new school in Ashgabat on 1 September 2023. "
            "Vladimir Putin held talks in the Kremlin on the same day."
        )
        assert [m for m in meetings_in(text, published="2023-09-02") if "Putin" in surnames(m)] == []

    def test_a_third_party_in_the_sentence_blocks_it(self) -> None:
        """Talks in a sentence naming a third country are not taken as the two sides' talks."""
        text = (
            "Rashid Meredov was in Moscow on 2 April 2021. "
            "Sergey Lavrov said the talks in Iran had been useful."
        )
        assert [m for m in meetings_in(text, published="2021-04-02") if "Lavrov" in surnames(m)] == []


class TestAPageOfOnePersonsWords:
    """A page whose opening line says it gives one person's words ("X's remarks and answers to
    media questions") makes that person the first person of its sentences (kinds8)."""

    def test_remarks_title(self) -> None:
        """'We had talks with Meredov' on Lavrov's remarks page: Lavrov's talks with Meredov."""
        text = (
            "Foreign Minister Sergey Lavrov's remarks and answers to media questions\n\n"
            "We had very useful talks with Foreign Minister of Turkmenistan Rashid Meredov."
        )
        (meeting,) = meetings_in(text, published="2019-02-06")
        assert surnames(meeting) == {"Lavrov", "Meredov"}

    def test_speech_title_reworded(self) -> None:
        """The same with a speech: 'Our talks with President Berdimuhamedov ...'."""
        text = (
            "Vladimir Putin's opening speech at the press conference\n\n"
            "Our talks with President Serdar Berdimuhamedov were frank and useful."
        )
        (meeting,) = meetings_in(text, published="2022-06-10")
        assert surnames(meeting) == {"Putin", "Berdimuhamedov"}

    def test_a_visit_title_gives_no_voice(self) -> None:
        """A name before another noun ("Lavrov's visit") does not make the page his words."""
        text = (
            "Sergey Lavrov's visit to Ashgabat\n\n"
            "We had useful talks with Foreign Minister of Turkmenistan Rashid Meredov."
        )
        assert [m for m in meetings_in(text, published="2019-02-06") if "Lavrov" in surnames(m)] == []


class TestASummitOfTheTwoCountries:
    """A summit of Turkmenistan and Russia is a meeting of their heads of state (kinds8)."""

    def test_next_summit_between_the_two(self) -> None:
        """'Preparations for the next summit meeting between Russia and Turkmenistan': both presidents."""
        text = "The officials discussed preparations for the next summit meeting between Russia and Turkmenistan."
        (meeting,) = meetings_in(text, published="2009-12-15")
        assert meeting.status is Status.PLANNED
        assert surnames(meeting) == {"Medvedev", "Berdimuhamedov"}

    def test_paired_adjective_summit_reworded(self) -> None:
        """'The Russian-Turkmen summit talks will be held in Ashgabat': the same, named by adjectives."""
        text = "The Russian-Turkmen summit talks will be held in Ashgabat in October."
        (meeting,) = meetings_in(text, published="2023-05-12")
        assert meeting.status is Status.PLANNED
        assert surnames(meeting) == {"Putin", "Berdimuhamedov"}

    def test_a_summit_of_many_states_is_not_the_two(self) -> None:
        """A summit of the Caspian states names no bilateral meeting of its own."""
        text = "The summit of the Caspian states will be held in Ashgabat in October."
        assert meetings_in(text, published="2023-05-12") == []


class TestHeadsOfStateSigningTogether:
    """The two sides' heads of state signing together met for it: the signing ceremony of an
    in-person summit (kinds8)."""

    def test_presidents_named_sign(self) -> None:
        """'President Putin and his Turkmen counterpart signed a declaration': they met."""
        text = (
            "Russian President Vladimir Putin and his Turkmen counterpart Gurbanguly Berdimuhamedov "
            "signed a treaty on strategic partnership in Ashgabat on 2 October 2017."
        )
        (meeting,) = meetings_in(text, published="2017-10-03")
        assert meeting.mode is MeetingMode.IN_PERSON and meeting.status is Status.HELD
        assert surnames(meeting) == {"Putin", "Berdimuhamedov"}

    def test_presidents_of_both_countries_reworded(self) -> None:
        """'The presidents of Russia and Turkmenistan signed ...': the same, by their offices."""
        text = "The presidents of Russia and Turkmenistan signed a declaration on deepening the partnership."
        (meeting,) = meetings_in(text, published="2022-06-10")
        assert surnames(meeting) == {"Putin", "Berdimuhamedov"}

    @pytest.mark.parametrize(
        "text",
        [
            "The heads of Russian Railways and Turkmen Railways signed a programme of cooperation.",
            "A declaration was signed by the presidents of Russia and Turkmenistan.",
        ],
        ids=["company-heads", "passive"],
    )
    def test_no_meeting_from_other_signers_or_a_passive(self, text: str) -> None:
        """Company heads may sign apart; a passive's subject is the document, not the signers."""
        assert meetings_in(text, published="2022-06-10") == []


class TestMeetingsCalledOff:
    """Talks called off or put off did not take place: no meeting (kinds8)."""

    @pytest.mark.parametrize(
        "text",
        [
            "The talks between Vladimir Putin and Serdar Berdimuhamedov were postponed.",
            "The planned talks between Sergey Lavrov and Rashid Meredov did not take place.",
            "The meeting of Lavrov and Meredov has been cancelled because of the weather.",
        ],
        ids=["postponed", "did-not-take-place", "cancelled"],
    )
    def test_called_off(self, text: str) -> None:
        """'The talks were postponed', 'did not take place', 'has been cancelled': no meeting."""
        assert meetings_in(text, published="2024-03-04") == []

    def test_talks_that_took_place_stay(self) -> None:
        """The same talks told as held stay a meeting."""
        (meeting,) = meetings_in(
            "The talks between Vladimir Putin and Serdar Berdimuhamedov took place in Moscow.", published="2024-03-04"
        )
        assert surnames(meeting) == {"Putin", "Berdimuhamedov"}


class TestTwoEncountersInOneSentence:
    """A sentence that gives two encounter words each its own counterpart tells two meetings (kinds8)."""

    def test_meeting_and_talks_with_two_people(self) -> None:
        """'Lavrov's meeting with the President and his talks with the Foreign Minister': two meetings."""
        text = (
            "On 6 February 2019 Sergey Lavrov noted at his meeting with President Gurbanguly Berdimuhamedov "
            "and the talks with Foreign Minister Rashid Meredov that relations were strong."
        )
        casts = sorted(sorted(surnames(m)) for m in meetings_in(text, published="2019-02-06"))
        assert casts == [["Berdimuhamedov", "Lavrov"], ["Lavrov", "Meredov"]]

    def test_reworded_with_as_well_as(self) -> None:
        """'... met with X as well as separate talks with Y': the same, said another way."""
        text = (
            "On 10 June 2022 Vladimir Putin held a meeting with President Serdar Berdimuhamedov as well as "
            "separate talks with Chairman of the Halk Maslahaty Gurbanguly Berdimuhamedov."
        )
        found = meetings_in(text, published="2022-06-10")
        assert found and all("Putin" in surnames(m) for m in found)

    def test_one_counterpart_keeps_one_meeting(self) -> None:
        """Two encounter words with the same counterpart stay one meeting."""
        text = (
            "On 6 February 2019 Sergey Lavrov held a meeting with Rashid Meredov "
            "and the talks with Rashid Meredov went well."
        )
        assert len(meetings_in(text, published="2019-02-06")) == 1

    def test_talks_delayed_still_took_place(self) -> None:
        """Talks that began late ("were delayed by two hours") still took place."""
        text = "The talks between Vladimir Putin and Serdar Berdimuhamedov were delayed by two hours on 10 June 2022."
        (meeting,) = meetings_in(text, published="2022-06-10")
        assert meeting.status is Status.HELD
