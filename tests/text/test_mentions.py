"""Tests for turkru.text.mentions: find_mentions on synthetic sentences, and its invariants."""

from __future__ import annotations

import json
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from turkru.errors import InvalidRecordError, ParseError
from turkru.gazetteer import Gazetteer
from turkru.gazetteer.entries import COMMODITY, PLACE, PhraseEntry, Sense
from turkru.model.actors import Office, Party, PartyKind, Person, Place, fold_name
from turkru.model.dates import PartialDate
from turkru.model.records import BodyKind
from turkru.text.mentions import Mention, find_mentions, with_repeated_names


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.default()


def spans(text: str, gaz: Gazetteer, **options: object) -> list[tuple[str, str]]:
    """(kind, text) of each mention, in order."""
    return [(m.kind, m.text) for m in find_mentions(text, gaz, **options)]  # type: ignore[arg-type]


def only(text: str, gaz: Gazetteer, kind: str, **options: object) -> Mention:
    found = [m for m in find_mentions(text, gaz, **options) if m.kind == kind]  # type: ignore[arg-type]
    assert len(found) == 1, found
    return found[0]


class TestPhrases:
    """Offices, places, regions, parties, bodies, countries and goods are found by their phrases."""

    def test_longest_wins(self, gaz: Gazetteer) -> None:
        """A title beats the country word inside it; the name after it is a person."""
        assert spans("The Russian Foreign Minister Sergey Lavrov flew to Ashkhabad.", gaz) == [
            ("office", "Russian Foreign Minister"),
            ("person", "Sergey Lavrov"),
            ("place", "Ashkhabad"),
        ]

    @pytest.mark.parametrize(
        ("phrase", "title"),
        [
            ("the Turkmen President", "President of Turkmenistan"),
            ("President of Turkmenistan", "President of Turkmenistan"),
            ("head of the Turkmen state", "President of Turkmenistan"),
            ("Russia's top diplomat", "Minister of Foreign Affairs of Russia"),
            ("head of the Russian Foreign Ministry", "Minister of Foreign Affairs of Russia"),
            ("Deputy Prime Minister of Russia", "Deputy Prime Minister of Russia"),
            ("Chairman of the Government of the Russian Federation", "Prime Minister of Russia"),
            ("Rais of Tatarstan", "Head of the Republic of Tatarstan"),
        ],
    )
    def test_office_titles(self, gaz: Gazetteer, phrase: str, title: str) -> None:
        """Title phrases of either side give the gazetteer's Office, with its country."""
        mention = only(f"Yesterday {phrase} spoke.", gaz, "office")
        assert isinstance(mention.value, Office) and mention.value.title == title
        assert mention.country == mention.value.country

    def test_parties_and_places(self, gaz: Gazetteer) -> None:
        """Regions, companies and cities carry the side they belong to."""
        found = find_mentions("Firms from Astrakhan oblast and KAMAZ shipped trucks to Mary.", gaz)
        assert [(m.kind, m.value, m.country) for m in found] == [
            ("region", Party(name="Astrakhan oblast", kind=PartyKind.REGION, country="RU"), "RU"),
            ("company", Party(name="KAMAZ", kind=PartyKind.COMPANY, country="RU"), "RU"),
            ("commodity", "trucks", None),
            ("place", Place(name="Mary", country="TM"), "TM"),
        ]

    @pytest.mark.parametrize(
        ("text", "title", "side"),
        [
            ("The Vice-Governor of the Astrakhan Region flew.", "Vice-Governor of the Astrakhan Region", "RU"),
            ("An ex-Foreign Minister of Turkmenistan wrote a book.", "ex-Foreign Minister of Turkmenistan", "TM"),
            ("She is the Deputy Chairman of the Mejlis.", "Deputy Chairman of the Mejlis", "TM"),
            ("The chairman of the Mejlis commission on budget spoke.", "chairman of the Mejlis commission", "TM"),
        ],
        ids=["vice", "ex", "deputy", "commission"],
    )
    def test_qualified_office_is_another_post(self, gaz: Gazetteer, text: str, title: str, side: str) -> None:
        """A qualifier before an office or a unit after it makes another post of the same side."""
        mention = only(text, gaz, "office")
        assert isinstance(mention.value, Office)
        assert (mention.text, mention.value.title, mention.country) == (title, title, side)
        assert gaz.office_id(mention.value) is None

    def test_body_across_dashes_and_case(self, gaz: Gazetteer) -> None:
        """A body's name matches whatever the dashes and the capitals."""
        mention = only(
            "A sitting of the intergovernmental Russian \u2013 Turkmen commission ended.", gaz, "body"
        )
        assert mention.value is BodyKind.INTERGOVERNMENTAL_COMMISSION
        assert mention.text == "intergovernmental Russian \u2013 Turkmen commission"

    def test_commodity_keeps_written_words(self, gaz: Gazetteer) -> None:
        """A commodity's value is its entry; its text is the words as written."""
        mention = only("It bought one Electric Motor.", gaz, "commodity")
        assert (mention.value, mention.text) == ("electric motors", "Electric Motor")

    def test_proper_nouns_need_capitals(self, gaz: Gazetteer) -> None:
        """A place or country needs its capital letters: 'mary' and 'us' are not Mary and the US."""
        assert spans("They told us that mary said so.", gaz) == []
        assert spans("The US told Mary.", gaz) == [("country", "US"), ("place", "Mary")]

    @pytest.mark.parametrize("text", ["Sales reached US $ 40 million.", "They paid 3 million U.S. dollars."])
    def test_currency_is_not_a_country(self, gaz: Gazetteer, text: str) -> None:
        """'US $' and 'U.S. dollars' name a currency: no country mention."""
        assert [kind for kind, _ in spans(text, gaz)] == []

    @pytest.mark.parametrize("text", ["Exports to Russia\n$ 40 million in total", "Sent from Turkmenistan\n$5m in all"])
    def test_a_currency_on_the_next_line_leaves_the_country(self, gaz: Gazetteer, text: str) -> None:
        """A country word ending a line stays a country when the next line opens with a dollar sign."""
        assert [kind for kind, _ in spans(text, gaz)] == ["country"]

    def test_no_match_across_lines(self, gaz: Gazetteer) -> None:
        """A phrase broken by a line break is not matched."""
        assert spans("Turkmen\nPresident", gaz) == [("country", "Turkmen")]


class TestKnownPeople:
    """Known people by any spelling, with or without given names or initials."""

    @pytest.mark.parametrize(
        ("text", "given"),
        [
            ("Serdar Berdimuhamedov", "Serdar"),
            ("Gurbangyly Berdimuhamedow", "Gurbanguly"),
            ("G. Berdymukhamedov", "Gurbanguly"),
            ("Berdimuhamedov", None),
        ],
    )
    def test_shared_surname(self, gaz: Gazetteer, text: str, given: str | None) -> None:
        """The given name or initial decides; a bare shared surname stays unresolved."""
        mention = only(f"On Monday {text} spoke.", gaz, "person")
        assert mention.text == text
        assert isinstance(mention.value, Person)
        assert (mention.value.surname, mention.value.given_names, mention.country) == (
            "Berdimuhamedov",
            given,
            "TM",
        )

    def test_initials_glued(self, gaz: Gazetteer) -> None:
        """Initials written without a space still belong to the name."""
        mention = only("Talks with V.Hajiyev followed.", gaz, "person")
        assert mention.text == "V.Hajiyev" and mention.value == gaz.person("Vepa Hajiyev")

    def test_possessive(self, gaz: Gazetteer) -> None:
        """A possessive ending is not part of the name."""
        assert only("Lavrov's visit ended.", gaz, "person").text == "Lavrov"

    @pytest.mark.parametrize(
        ("text", "on", "given"),
        [
            ("Turkmen President Berdimuhamedov", "2021-05-01", "Gurbanguly"),
            ("Turkmen President Berdimuhamedov", "2023-05-01", "Serdar"),
            ("Turkmen President Berdimuhamedov", None, None),
            ("President Berdimuhamedov", "2023-05-01", "Serdar"),
            ("Chairman of the Halk Maslahaty Berdimuhamedov", None, "Gurbanguly"),
        ],
    )
    def test_resolved_by_office_and_date(
        self, gaz: Gazetteer, text: str, on: str | None, given: str | None
    ) -> None:
        """An office or role word before a shared surname picks its holder on the date, if any."""
        date = PartialDate.parse(on) if on else None
        mention = only(f"{text} arrived.", gaz, "person", on=date)
        assert isinstance(mention.value, Person) and mention.value.given_names == given

    def test_common_surname_alone_is_nobody(self, gaz: Gazetteer) -> None:
        """A surname marked not bare needs a given name."""
        assert spans("Ivanov spoke.", gaz) == []
        assert spans("Igor Ivanov spoke.", gaz) == [("person", "Igor Ivanov")]


class TestUnknownPeople:
    """People the gazetteer does not know, found by a given name, initials or a role before them."""

    def test_given_name_and_surname(self, gaz: Gazetteer) -> None:
        """A listed given name and a capitalised word make a person, the side taken from the office."""
        mention = only("The Russian Ambassador to Turkmenistan Pavel Kuznetsov met them.", gaz, "person")
        assert mention.value == Person(surname="Kuznetsov", given_names="Pavel", country="RU")
        assert mention.country == "RU"

    def test_no_office_no_side(self, gaz: Gazetteer) -> None:
        """Without an office beside the name the side stays unknown."""
        mention = only("The head of the department Denis Lagutin attended.", gaz, "person")
        assert mention.value == Person(surname="Lagutin", given_names="Denis")

    def test_role_word_introduces_unlisted_given_name(self, gaz: Gazetteer) -> None:
        """After a role word, an unlisted given name counts when the next word ends like a surname."""
        mention = only("We met Ambassador Gurbanmyrat Ovezov there.", gaz, "person")
        assert mention.value == Person(surname="Ovezov", given_names="Gurbanmyrat")

    def test_title_case_headline_is_not_a_name(self, gaz: Gazetteer) -> None:
        """Capitalised headline words after a role word are not taken for a name."""
        assert [
            m for m in find_mentions("Turkmen Ambassador Holds Brief Talks", gaz) if m.kind == "person"
        ] == []

    def test_initials(self, gaz: Gazetteer) -> None:
        """Initials and a surname make a person."""
        mention = only("A portrait by A.S. Pavlenkov hung there.", gaz, "person")
        assert mention.value == Person(surname="Pavlenkov", given_names="A.S.")

    @pytest.mark.parametrize(
        ("text", "side"),
        [
            ("Yesterday Oleg Sidorkin, Vice-Governor of the Astrakhan Region (Russia), flew home.", "RU"),
            ("Ivan Morozkin, Deputy Chairman of the Government of Tatarstan, opened the fair.", "RU"),
            ("We met Dovlet Annamuradov, Head of the Mary Velayat, on Monday.", "TM"),
        ],
        ids=["vice-governor", "deputy-chairman", "head-of-velayat"],
    )
    def test_title_after_the_name_gives_the_side(self, gaz: Gazetteer, text: str, side: str) -> None:
        """A title after a comma, naming a region or place of one side, gives the person that side."""
        mention = only(text, gaz, "person")
        assert mention.country == side

    @pytest.mark.parametrize(
        "text",
        [
            "Oleg Sidorkin, who spoke of the Astrakhan Region, left.",
            "Oleg Sidorkin, Ashgabat and the Astrakhan Region were named.",
        ],
        ids=["relative-clause", "a-list"],
    )
    def test_no_side_from_other_words_after_the_name(self, gaz: Gazetteer, text: str) -> None:
        """Only a title (a role word, capitalised words, the small words of titles) gives the side."""
        mention = only(text, gaz, "person")
        assert mention.country is None

    @pytest.mark.parametrize(
        ("text", "side"),
        [
            ("On Monday the Russian Deputy Minister of Energy Pavel Korotkov flew in.", "RU"),
            ("Turkmenistan's Minister of Textile Industry Begench Hallyev opened it.", "TM"),
            ("A Turkmen Deputy Chairman of the State Customs Service, Merdan Gurbanov, spoke.", "TM"),
            ("Russia's Deputy Head of the Federal Customs Service, Dmitry Zverkov, arrived.", "RU"),
        ],
        ids=["russian-deputy-minister", "turkmenistans-minister", "title-then-comma", "russias-deputy-head"],
    )
    def test_title_opened_by_a_country_gives_the_side(self, gaz: Gazetteer, text: str, side: str) -> None:
        """A title the gazetteer does not know, opened by a country's name or adjective, gives the
        person named right after it that country."""
        mention = only(text, gaz, "person")
        assert mention.country == side

    @pytest.mark.parametrize(
        "text",
        [
            "Russian firms and their partner Pavel Korotkov signed.",
            "The Russian Minister said that Pavel Korotkov had left.",
            "Russian Deputy Minister\nPavel Korotkov wrote a book.",
        ],
        ids=["lower-case-words", "a-clause-between", "across-lines"],
    )
    def test_no_side_from_a_country_before_other_words(self, gaz: Gazetteer, text: str) -> None:
        """Only a title (capitalised words with a role word, no line break) carries the country."""
        mention = only(text, gaz, "person")
        assert mention.country is None

    @pytest.mark.parametrize(
        ("text", "count"),
        [
            ("Oleg Sidorkin, Vice-Governor of the Astrakhan Region, arrived. Later Sidorkin met students.", 2),
            ("Sidorkin spoke. Oleg Sidorkin, Governor of the Astrakhan Region, left;\nSidorkin's aide too.", 3),
        ],
        ids=["after-the-full-name", "before-and-after"],
    )
    def test_bare_surname_of_a_person_named_in_full(self, gaz: Gazetteer, text: str, count: int) -> None:
        """A bare surname repeats the unknown person named in full in the text, and takes the side."""
        found = [m for m in with_repeated_names(text, find_mentions(text, gaz), gaz) if m.kind == "person"]
        assert len(found) == count
        assert {m.value for m in found} == {Person(surname="Sidorkin", given_names="Oleg", country="RU")}
        assert all(m.country == "RU" for m in found)

    def test_repeat_in_capitals_or_inside_a_mention_is_not_a_name(self, gaz: Gazetteer) -> None:
        """Only a capitalised word written like a name repeats a person named in full: the same
        surname in capitals (a heading's shouting), or inside a longer name, is left alone."""
        text = "Deputy Minister Pavel Kirsanov arrived. KIRSANOV left; Kirsanov met the envoy."
        found = [m for m in with_repeated_names(text, find_mentions(text, gaz), gaz) if m.kind == "person"]
        assert [m.text for m in found] == ["Pavel Kirsanov", "Kirsanov"]
        assert found[1].start == text.rindex("Kirsanov") and found[1].value == found[0].value

    def test_lower_case_or_bare_repeat_words(self, gaz: Gazetteer) -> None:
        """A surname's letters in lower case ("kirsanov"), or split by a line break, name nobody; the
        capitalised word on a later line still does."""
        text = "Pavel Kirsanov, Consul of Russia, came.\nthe kirsanov files\nLater Kirsanov spoke."
        found = [m for m in with_repeated_names(text, find_mentions(text, gaz), gaz) if m.kind == "person"]
        assert [(m.text, m.start) for m in found] == [("Pavel Kirsanov", 0), ("Kirsanov", text.rindex("Kirsanov"))]

    def test_bare_surname_shared_by_two_unknown_people_is_nobody(self, gaz: Gazetteer) -> None:
        """When two unknown people share the surname, the bare surname names neither."""
        text = "Oleg Sidorkin and Pavel Sidorkin arrived. Sidorkin spoke."
        found = with_repeated_names(text, find_mentions(text, gaz), gaz)
        assert [m.text for m in found if m.kind == "person"] == ["Oleg Sidorkin", "Pavel Sidorkin"]

    @pytest.mark.parametrize(
        ("text", "surname", "given"),
        [
            ("The Russian President Vladimir Putinand his guest walked on.", "Putin", "Vladimir"),
            ("Turkmen President Gurbanguly Berdimuhamedowwho spoke first.", "Berdimuhamedov", "Gurbanguly"),
        ],
        ids=["putin-and", "berdimuhamedow-who"],
    )
    def test_holder_run_into_the_next_word(self, gaz: Gazetteer, text: str, surname: str, given: str) -> None:
        """A holder's name run together with the next word, after the office, is still that holder."""
        mention = only(text, gaz, "person")
        assert isinstance(mention.value, Person)
        assert (mention.value.surname, mention.value.given_names) == (surname, given)

    @pytest.mark.parametrize(
        "text",
        ["The Russian President Dmitry Putinov spoke.", "The Russian President Vladimir Putilov spoke."],
        ids=["other-given-name", "other-surname"],
    )
    def test_other_names_after_an_office_stay_unknown(self, gaz: Gazetteer, text: str) -> None:
        """Another given name, or a surname the holder's does not begin, is someone else."""
        mention = only(text, gaz, "person")
        assert gaz.person_id(mention.value) is None  # type: ignore[arg-type]

    def test_place_words_are_not_surnames(self, gaz: Gazetteer) -> None:
        """'Vladimir Oblast' is a region, not a man called Oblast."""
        assert spans("Vladimir Oblast grew.", gaz) == [("region", "Vladimir Oblast")]


class TestWindowAndErrors:
    """The window limits the scan; offsets stay in the whole text; bad input is refused."""

    def test_window_offsets(self, gaz: Gazetteer) -> None:
        """Mentions come only from the window, with offsets into the whole text."""
        text = "Moscow hosted talks. Kazan hosted more."
        found = find_mentions(text, gaz, start=21)
        assert [(m.start, m.end, m.text) for m in found] == [(21, 26, "Kazan")]
        assert find_mentions(text, gaz, end=6)[0].text == "Moscow"

    def test_not_text(self, gaz: Gazetteer) -> None:
        """Bytes are refused with our error."""
        with pytest.raises(ParseError) as caught:
            find_mentions(b"Moscow", gaz)  # type: ignore[arg-type]
        assert str(caught.value) == "find_mentions: expected text as str, got bytes"

    def test_mention_checks(self) -> None:
        """A Mention with an unknown kind or a reversed span is refused."""
        with pytest.raises(InvalidRecordError, match="kind: 'thing'"):
            Mention(start=0, end=1, text="x", kind="thing", value="x")
        with pytest.raises(InvalidRecordError) as caught:
            Mention(start=5, end=2, text="x", kind="place", value=Place(name="X"))
        assert str(caught.value) == "Mention span: 5..2 is not a valid span"

    def test_injected_gazetteer(self, gaz: Gazetteer) -> None:
        """An extended gazetteer is used as given; the default is untouched."""
        bigger = gaz.extend(places=[Place(name="Gyzylgaya", country="TM")])
        assert spans("Gyzylgaya grew.", bigger) == [("place", "Gyzylgaya")]
        assert spans("Gyzylgaya grew.", gaz) == []


class TestPhraseReadings:
    """A phrase with a proper-noun and a common-noun sense is read by its capitals."""

    def test_capitals_choose_the_sense(self) -> None:
        """Capitalised, the place; in lower case, the common noun; a longer phrase beats both."""
        hill = Place(name="Gyzyl Hill", country="TM")
        gaz = Gazetteer(
            phrases=(
                PhraseEntry(Sense(PLACE, hill, "TM"), ("Gyzyl Hill",)),
                PhraseEntry(Sense(COMMODITY, "gyzyl hill", None), ("gyzyl hill",)),
                PhraseEntry(Sense(PLACE, Place(name="Gyzyl Hill Port"), None), ("Gyzyl Hill Port",)),
            )
        )
        assert [(m.kind, m.value) for m in find_mentions("At Gyzyl Hill and gyzyl hill.", gaz)] == [
            ("place", hill),
            ("commodity", "gyzyl hill"),
        ]
        assert spans("Gyzyl hill; Gyzyl Hill Port; gyzyl Hill port", gaz) == [
            ("commodity", "Gyzyl hill"),
            ("place", "Gyzyl Hill Port"),
            ("commodity", "gyzyl Hill"),
        ]


_WORDS = st.sampled_from(
    [
        "Turkmen",
        "President",
        "Berdimuhamedov",
        "Serdar",
        "V.",
        "A.M.",
        "Lavrov",
        "of",
        "the",
        "Russian",
        "Foreign",
        "Minister",
        "Ashgabat",
        "Vladimir",
        "oblast",
        "Oblast",
        "Mr.",
        "Ambassador",
        "Ivan",
        "Petrov",
        "gas",
        "Intergovernmental",
        "Commission",
        "\u2013",
        "-",
        "'s",
        "\u2019s",
        ",",
        ".",
        "\n",
        "  ",
        "St.",
        "Petersburg",
        "KAMAZ",
        "Ovezov",
        "Gurbangulyevich",
        "é",
        "\u0131",
        "\x00",
    ]
)
_TEXTS = st.one_of(st.text(max_size=200), st.lists(_WORDS, max_size=40).map(" ".join))


class TestProperties:
    """find_mentions never raises on text, and its spans are ordered, in bounds and disjoint."""

    @settings(max_examples=300, deadline=None)
    @given(text=_TEXTS, start=st.integers(-5, 250), stop=st.one_of(st.none(), st.integers(-5, 250)))
    def test_spans(self, text: str, start: int, stop: int | None) -> None:
        """Spans lie inside the window, do not overlap, come in order and slice their text."""
        gaz = Gazetteer.default()
        begin, end, _ = slice(start, stop).indices(len(text))
        previous = begin
        for mention in find_mentions(text, gaz, start=start, end=stop):
            assert previous <= mention.start < mention.end <= max(end, begin)
            assert text[mention.start : mention.end] == mention.text
            previous = mention.end


    @settings(max_examples=200, deadline=None)
    @given(first=_TEXTS, second=_TEXTS)
    def test_lines_independent(self, first: str, second: str) -> None:
        """Mentions of two texts joined by a line break are those of each, the second shifted."""
        gaz = Gazetteer.default()
        shift = len(first) + 1
        expected = find_mentions(first, gaz) + [
            attrs.evolve(mention, start=mention.start + shift, end=mention.end + shift)
            for mention in find_mentions(second, gaz)
        ]
        assert find_mentions(f"{first}\n{second}", gaz) == expected


class TestCorpus:
    """On the development corpus, the people and places the annotators name are found."""

    def test_recall_of_gold_names(self, corpus: Path) -> None:
        """Gold participants, co-chairs and heads are person mentions; gold places are place mentions."""
        gaz = Gazetteer.default()
        people = people_found = places = places_found = 0
        for gold_file in sorted((corpus / "gold").glob("*.json")):
            gold = json.loads(gold_file.read_text(encoding="utf-8"))
            text = (corpus / "articles" / f"{gold['article']}.txt").read_text(encoding="utf-8")
            mentions = find_mentions(text, gaz)
            surnames = {fold_name(m.value.surname) for m in mentions if isinstance(m.value, Person)}
            cities = {m.value.name for m in mentions if isinstance(m.value, Place)}
            for fact in gold["facts"]:
                names = [*(fact.get("participants") or ()), *(fact.get("co_chairs") or ())]
                names += [fact["head"]] if fact.get("head") else []
                people += len(names)
                people_found += sum(fold_name(name) in surnames for name in names)
                if isinstance(fact.get("place"), str):
                    places += 1
                    places_found += fact["place"] in cities
        assert people > 50 and places > 50
        assert people_found / people >= 0.95
        assert places_found / places >= 0.9
