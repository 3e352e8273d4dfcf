"""Events found by parse_article: named forums, summits, festivals, multilateral meetings."""

from __future__ import annotations

import pytest

from turkru import parse_article
from turkru.model.dates import PartialDate
from turkru.model.records import AnyRecord, Event, Status

LEAD = "Turkmenistan and Russia continue to develop their partnership.\n\n"


def events_in(text: str, published: str | None = None, *, lead: str = LEAD) -> list[Event]:
    """The events of *text* after a *lead* naming both sides, checking every evidence span."""
    text = lead + text
    records: tuple[AnyRecord, ...] = parse_article(text, published=published).records
    for record in records:
        for item in record.evidence:
            assert text[item.start : item.end] == item.text
    return [record for record in records if isinstance(record, Event)]


class TestEvents:
    def test_summit_with_place_and_day(self) -> None:
        """'The CIS summit was held in Ashgabat on ...'."""
        (event,) = events_in("The CIS summit was held in Ashgabat on 15 October 2021.")
        assert "CIS summit" in event.name
        assert event.status is Status.HELD
        assert event.date == PartialDate(2021, 10, 15)
        assert event.place is not None and event.place.name == "Ashgabat"

    def test_named_forum(self) -> None:
        """A capitalised forum name is kept as the text writes it."""
        (event,) = events_in("The Caspian Economic Forum opened in Moscow on 6 October 2022.")
        assert "Caspian Economic Forum" in event.name
        assert event.date == PartialDate(2022, 10, 6)

    def test_planned_days_of_culture(self) -> None:
        """Days of culture that 'will be held in December 2023' are planned, dated to the month."""
        text = "The Days of Culture of Turkmenistan in Russia will be held in Moscow in December 2023."
        (event,) = events_in(text)
        assert "Days of Culture" in event.name
        assert event.status is Status.PLANNED
        assert event.date == PartialDate(2023, 12)


class TestNoEvent:
    @pytest.mark.parametrize(
        "text",
        [
            "The sides noted the positive dynamics of cooperation.",
            "The ministers discussed preparations for an exhibition.",
            "The weather in Ashgabat was sunny on Tuesday.",
            "Russian Export Centre experts visited Ashgabat.",
        ],
    )
    def test_no_named_event(self, text: str) -> None:
        """Without a named forum, summit or festival there is no event."""
        assert events_in(text) == []


class TestFullNames:
    @pytest.mark.parametrize(
        ("text", "name"),
        [
            (
                "Turkmen firms showed their goods at the Exhibition of the Building Industry of Russia in May 2024.",
                "Exhibition of the Building Industry of Russia",
            ),
            (
                "Russian companies took part in the Fair of the Light Industry of Turkmenistan in Ashgabat in 2023.",
                "Fair of the Light Industry of Turkmenistan",
            ),
        ],
    )
    def test_two_tails_of_capitalised_words(self, text: str, name: str) -> None:
        """A name runs on through a second 'of <Capitalised words>'."""
        (event,) = events_in(text)
        assert event.name == name

    def test_a_quoted_title_belongs_to_the_name(self) -> None:
        """'the International Forum "Russia and Asia"': one event, its quoted title included."""
        text = 'Rashid Meredov spoke at the International Forum "Russia and Central Asia" in Kazan in May 2024.'
        (event,) = events_in(text)
        assert event.name == 'International Forum "Russia and Central Asia"'

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("Ashgabat hosted the Days of Kazan in October 2023.", "Days of Kazan"),
            ("The Days of Turkmenistan opened in Moscow on 3 June 2024.", "Days of Turkmenistan"),
        ],
    )
    def test_days_of_a_place(self, text: str, name: str) -> None:
        """'Days of <city or country>' is a festival of that place."""
        (event,) = events_in(text)
        assert event.name == name


class TestCommonNounEvents:
    @pytest.mark.parametrize(
        ("text", "name"),
        [
            (
                "The leaders met at the third summit of Caspian states in Baku in 2010.",
                "third summit of Caspian states",
            ),
            (
                "The first Turkmen-Russian investment forum opened in Ashgabat on 5 May 2024.",
                "first Turkmen-Russian investment forum",
            ),
            (
                "Mikhail Mishustin attended the CIS heads of government summit in 2024.",
                "CIS heads of government summit",
            ),
            (
                "Mikhail Mishustin came to Ashgabat for a meeting of the CIS Council of Heads of Government in 2024.",
                "meeting of the CIS Council of Heads of Government",
            ),
        ],
    )
    def test_named_by_a_common_noun(self, text: str, name: str) -> None:
        """Summits of states, forums of two countries' businesses, a body's meetings under an acronym."""
        assert name in [event.name for event in events_in(text)]

    def test_a_forum_without_a_proper_name_is_none(self) -> None:
        """'a business forum' with nothing naming it is no event."""
        assert events_in("A business forum was held in Ashgabat on 5 May 2024.") == []


class TestMoreCommonNounEvents:
    @pytest.mark.parametrize(
        ("text", "name"),
        [
            (
                "Turkmen companies took part in the Innoprom industrial exhibition in Yekaterinburg in July 2024.",
                "Innoprom industrial exhibition",
            ),
            ("Russian firms came to the Ashgabat agricultural fair in May 2024.", "Ashgabat agricultural fair"),
        ],
    )
    def test_a_name_before_a_field_and_an_event_noun(self, text: str, name: str) -> None:
        """'<Name> industrial exhibition', '<Name> agricultural fair': the field words widen the common nouns."""
        assert name in [event.name for event in events_in(text)]

    def test_two_countries_joined_by_a_dash(self) -> None:
        """'the Russia - Turkmenistan business forum' keeps both countries in the name."""
        text = "The Russia - Turkmenistan business forum was held in Kazan on 13 May 2024."
        assert "Russia - Turkmenistan business forum" in [event.name for event in events_in(text)]


class TestPlannedTakingPart:
    @pytest.mark.parametrize(
        "text",
        [
            "The minister proposed to the business people of Kazan to take part in the Turkmen Textile "
            "Fair in May 2025.",
            "The mayor said he would invite students and teachers of the Ashgabat school to take part "
            "in the Victory Parade.",
            "The ambassador suggested to the visiting delegation to participate in the Caspian Media Forum.",
        ],
        ids=["proposed-to", "would-invite-long", "suggested"],
    )
    def test_a_proposal_to_take_part_is_planned(self, text: str) -> None:
        """Being proposed or invited to take part in an event speaks of it as still to come."""
        (event,) = events_in(text)
        assert event.status is Status.PLANNED

    def test_having_taken_part_is_held(self) -> None:
        """The same event reported as attended is held."""
        (event,) = events_in("Business people of Kazan took part in the Turkmen Textile Fair in May 2025.")
        assert event.status is Status.HELD


class TestConjunctDates:
    @pytest.mark.parametrize(
        "text",
        [
            "The visit of the minister to Ashgabat in March this year and the first Caspian Media Forum "
            "set the tone for the relations.",
            "The sides agreed on a trip to Kazan in June 2024, as well as the first Turkmen Textile Fair.",
        ],
        ids=["and-the", "as-well-as"],
    )
    def test_a_date_closing_an_earlier_conjunct(self, text: str) -> None:
        """A date that ends the conjunct before ("... in March and the forum") does not date the next one."""
        (event,) = events_in(text, published="2024-09-01")
        assert event.date is None

    def test_a_date_opening_the_clause_still_dates(self) -> None:
        """A date at the head of the clause dates what follows it, even across 'and'."""
        (event,) = events_in("In June 2024 the ministers met and the first Caspian Media Forum opened in Baku.")
        assert event.date == PartialDate(2024, 6)


class TestTiedToTheTwo:
    @pytest.mark.parametrize(
        "text",
        [
            "A Turkmen delegation led by a deputy prime minister will attend the meeting of the CIS Council "
            "of Heads of State in Dushanbe on 12 October 2024.",
            "Kazakhstan and Turkmenistan took part in the Caspian Economic Forum in Tehran in May 2024.",
        ],
        ids=["one-side-at-a-cis-meeting", "third-countries-at-a-forum"],
    )
    def test_an_event_only_one_side_attends(self, text: str) -> None:
        """With only one side named near it, an event is not tied to the relations."""
        assert events_in(text, lead="") == []

    def test_both_sides_in_the_next_sentence(self) -> None:
        """The other side named in the sentence after ties it."""
        text = (
            "The Caspian Economic Forum opened in Moscow on 6 October 2022.\n\n"
            "Turkmen and Russian ministers met on its sidelines."
        )
        (event,) = events_in(text, lead="")
        assert "Caspian Economic Forum" in event.name

    def test_both_sides_far_away_do_not_tie(self) -> None:
        """Sides named only several sentences away leave the event untied."""
        text = (
            "Turkmenistan and Russia discussed trade.\n\nThe weather was warm.\n\nPrices rose.\n\n"
            "A Turkmen delegation will attend the meeting of the CIS Council of Heads of State in Dushanbe."
        )
        assert events_in(text, lead="") == []


class TestDedicatedEvents:
    @pytest.mark.parametrize(
        ("text", "name"),
        [
            (
                "Ashgabat hosted a round table dedicated to the 30th anniversary of the friendship treaty, "
                "the embassy said.",
                "round table dedicated to the 30th anniversary of the friendship treaty",
            ),
            (
                "A concert devoted to the friendship of the two peoples took place in Moscow.",
                "concert devoted to the friendship of the two peoples",
            ),
            (
                "The leaders will attend the opening ceremony of a new Russian-language school in Ashgabat.",
                "opening ceremony of a new Russian-language school in Ashgabat",
            ),
            (
                "The guests joined the 25th-anniversary celebrations of the country's independence.",
                "25th-anniversary celebrations of the country's independence",
            ),
        ],
        ids=["round-table-dedicated", "concert-devoted", "opening-ceremony-of", "anniversary-celebrations"],
    )
    def test_an_event_and_what_it_is_dedicated_to(self, text: str, name: str) -> None:
        """A common-noun event is named with what it is dedicated to, up to the clause's end."""
        (event,) = events_in(text)
        assert event.name == name

    def test_a_signing_ceremony_is_no_event(self) -> None:
        """A ceremony with nothing it is dedicated to is part of a signing, not an event."""
        assert events_in("The signing ceremony of the documents ended the talks.") == []

    def test_the_date_a_ministry_said_it_is_not_the_events(self) -> None:
        """'..., the ministry said in a message on 22 April' dates the statement, not the event."""
        text = (
            "Ashgabat hosted a round table dedicated to the 30th anniversary of the Turkmen-Russian "
            "friendship treaty, the embassy said in a statement on Tuesday."
        )
        (event,) = events_in(text, published="2024-04-26", lead="")
        assert event.date is None


class TestStatementDatedLead:
    """A lead after a dateline that dates only a statement leaves the event it reports undated."""

    @pytest.mark.parametrize(
        "text",
        [
            "ASHGABAT, May 14 - A concert devoted to the friendship of the Turkmen and Russian peoples "
            "took place in Ashgabat, the Russian embassy said in a message May 14.",
            "MOSCOW, 3 June 2024 - Moscow hosted a round table dedicated to Turkmen-Russian cultural ties, "
            "the Turkmen Foreign Ministry reported on June 3.",
        ],
        ids=["embassy-said-in-a-message", "ministry-reported-on"],
    )
    def test_the_statement_date_does_not_date_the_event(self, text: str) -> None:
        """Neither the statement's date nor the dateline's is the day of the event."""
        (event,) = events_in(text, published="2024-06-03", lead="")
        assert event.date is None

    def test_a_lead_with_no_statement_takes_the_datelines_day(self) -> None:
        """Without a statement date the lead's event happened on the dateline's day."""
        text = (
            "MOSCOW, 3 June 2024 - Moscow hosted a round table dedicated to Turkmen-Russian cultural ties."
        )
        (event,) = events_in(text, published="2024-06-03", lead="")
        assert event.date == PartialDate(2024, 6, 3)


class TestMeetingsNamedByTheirStates:
    """A meeting or summit named by the states that hold it ("the 5 Caspian States meeting")."""

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            (
                "The leaders last saw each other at the 5 Caspian States meeting in Aktau.",
                "5 Caspian States meeting",
            ),
            ("Both presidents flew to the five Caspian states' summit.", "five Caspian states' summit"),
        ],
        ids=["number-and-capitals", "number-word-and-possessive"],
    )
    def test_a_meeting_named_by_its_states(self, text: str, name: str) -> None:
        """The count, the states' name and the meeting noun make the event's name."""
        (event,) = events_in(text)
        assert event.name == name
        assert event.status is Status.HELD

    def test_states_that_meet_are_no_named_event(self) -> None:
        """A verb, not a meeting noun, after the states names nothing."""
        assert events_in("The Caspian states met in Aktau to discuss fishing quotas.") == []


class TestMultilateralAdjectives:
    def test_an_informal_meeting_keeps_its_adjective(self) -> None:
        """'An informal meeting of the heads of state of ...' is named with 'informal'."""
        text = (
            "Serdar Berdimuhamedov made a working visit to Russia to take part in an informal meeting of the "
            "heads of state of the Commonwealth of Independent States."
        )
        (event,) = events_in(text)
        assert event.name.startswith("informal meeting of the heads of state")


class TestCommonNounsAndWhatTheyShow:
    """Festivals, exhibitions and concerts named by what they show, their quoted titles, and venues."""

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("A festival of Russian films was held in Ashgabat on 2 May 2024.", "festival of Russian films"),
            ("An exhibition of Turkmen carpets opened in Kazan on 2 May 2024.", "exhibition of Turkmen carpets"),
            (
                'The evening went on with a concert of folk music "Songs of the Volga".',
                'concert of folk music "Songs of the Volga"',
            ),
        ],
        ids=["festival-of", "exhibition-of", "concert-with-quoted-title"],
    )
    def test_an_event_named_by_what_it_shows(self, text: str, name: str) -> None:
        """The noun, 'of' and what it shows (a proper name or adjective in it) make the name."""
        (event,) = events_in(text)
        assert event.name == name

    def test_what_it_shows_needs_a_proper_word(self) -> None:
        """'an exhibition of goods' names nothing in particular."""
        assert events_in("An exhibition of goods was held in the capital.") == []

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ('Turkmen firms took part in the international exhibition "Innoprom" in Yekaterinburg.', "Innoprom"),
            (
                "Russian universities joined the education fair \u201cStudy in Russia\u201d in Ashgabat.",
                "Study in Russia",
            ),
        ],
        ids=["straight-quotes", "curly-quotes"],
    )
    def test_a_common_noun_with_a_quoted_title(self, text: str, name: str) -> None:
        """A quoted title after an exhibition or fair belongs to its name."""
        (event,) = events_in(text)
        assert name in event.name

    def test_a_venue_is_no_event(self) -> None:
        """'the Ashgabat Expo Center' is where an event is, not the event."""
        (event,) = events_in("An exhibition of Russian goods opened at the Ashgabat Expo Center on 4 March 2024.")
        assert event.name == "exhibition of Russian goods"

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("The Russian-Turkmen interregional forum opened in Astrakhan.", "Russian-Turkmen interregional forum"),
            ("Ashgabat hosted a Russian education fair on 9 March 2024.", "Russian education fair"),
        ],
        ids=["interregional-forum", "education-fair"],
    )
    def test_more_kinds_of_forum(self, text: str, name: str) -> None:
        """Interregional forums and education fairs are events named by their field."""
        (event,) = events_in(text)
        assert event.name == name


class TestLeadInsAndDatesAhead:
    """A sentence-opening phrase is no part of an event's name; an event dated after the report is planned."""

    @pytest.mark.parametrize(
        ("text", "name", "status"),
        [
            (
                "Preparations for the Days of Turkmen Culture in Russia were discussed.",
                "Days of Turkmen Culture in Russia",
                Status.PLANNED,
            ),
            ("During the Caspian Economic Forum the ministers met.", "Caspian Economic Forum", Status.HELD),
        ],
        ids=["preparations-for", "during"],
    )
    def test_a_lead_in_is_dropped(self, text: str, name: str, status: Status) -> None:
        """'Preparations for the' and 'During the' open the sentence, not the name; preparations look ahead."""
        (event,) = events_in(text)
        assert event.name == name
        assert event.status is status

    @pytest.mark.parametrize(
        "text",
        [
            "The exhibition of Russian industry runs in Ashgabat from 12 to 14 March 2024.",
            "The sides agreed that the Days of Russian Culture in Turkmenistan take place in 2025.",
        ],
        ids=["days-ahead", "year-ahead"],
    )
    def test_a_date_after_the_report_is_planned(self, text: str) -> None:
        """Whatever the tense, a date wholly after publication is still to come."""
        (event,) = events_in(text, published="2024-03-10")
        assert event.status is Status.PLANNED

    def test_a_date_before_the_report_is_held(self) -> None:
        """The same sentence dated before publication is held."""
        text = "The exhibition of Russian industry runs in Ashgabat from 2 to 4 March 2024."
        (event,) = events_in(text, published="2024-03-10")
        assert event.status is Status.HELD


class TestRegionalSummits:
    """A summit named by its region with a lower-case 'summit' ("the Caspian summit")."""

    def test_caspian_summit(self) -> None:
        text = "Vladimir Putin and Serdar Berdimuhamedov attended the Caspian summit in Ashgabat on 29 June 2022."
        (event,) = events_in(text)
        assert event.name == "Caspian summit"
        assert event.date == PartialDate(2022, 6, 29)

    def test_variant_numbered_two_part_name(self) -> None:
        text = "The first Central Asia - Russia summit brought Putin and Berdimuhamedov to Astana."
        (event,) = events_in(text)
        assert event.name == "first Central Asia - Russia summit"

    def test_bilateral_summit_is_no_event(self) -> None:
        """A summit of the two sides alone is their meeting, not an event of its own."""
        text = "The Turkmen-Russian summit took place in Ashgabat with Putin and Berdimuhamedov."
        assert events_in(text) == []

    def test_words_between_region_and_summit_stop_at_a_preposition(self) -> None:
        text = "Putin spoke with Berdimuhamedov about the Caspian pipeline during the summit."
        assert [event.name for event in events_in(text)] == []


class TestMoreEventNames:
    def test_quoted_conference_title(self) -> None:
        """A conference named by its quoted title is an event, whatever other event word is near."""
        text = 'The conference "Ashgabat and Moscow: Partners in Science" was held in Ashgabat on 3 May 2024.'
        (event,) = events_in(text)
        assert event.name == 'conference "Ashgabat and Moscow: Partners in Science"'

    def test_variant_quoted_competition(self) -> None:
        text = 'Students from Turkmenistan and Russia met at the competition "Young Engineers 2024" in Kazan.'
        (event,) = events_in(text)
        assert "Young Engineers 2024" in event.name

    def test_bloc_summit_without_words_between(self) -> None:
        text = "Serdar Berdimuhamedov and Vladimir Putin spoke at the SCO summit in Astana."
        (event,) = events_in(text)
        assert event.name == "SCO summit"

    def test_name_ends_before_the_full_stop(self) -> None:
        text = "Turkmen and Russian delegations took part in the Russian Energy Week in Moscow."
        (event,) = events_in(text)
        assert not event.name.endswith(".")

    def test_third_countries_conference_is_no_event(self) -> None:
        text = 'The conference "Water of Central Asia" was held in Tashkent by Uzbekistan and Kazakhstan.'
        assert events_in(text, lead="") == []


class TestForumsNamedByTheirParties:
    def test_business_forum_of_two_parties(self) -> None:
        text = "A business forum of Turkmenistan and Bashkortostan was held in Ufa on 4 March 2024."
        (event,) = events_in(text)
        assert event.name == "business forum of Turkmenistan and Bashkortostan"

    def test_quoted_name_before_the_noun(self) -> None:
        text = 'Firms from Kazan and Ashgabat met at the "Volga - Caspian" interregional forum in May 2023.'
        (event,) = events_in(text)
        assert event.name == '"Volga - Caspian" interregional forum'

    def test_third_parties_forum_is_no_event(self) -> None:
        text = "A business forum of Kazakhstan and Uzbekistan was held in Tashkent."
        assert events_in(text, lead="") == []
