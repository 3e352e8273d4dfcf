"""Tests for turkru.gazetteer.Gazetteer: lookups, office holders on dates, and extension."""

from __future__ import annotations

import attrs
import pytest

from turkru.errors import GazetteerError
from turkru.gazetteer import Gazetteer
from turkru.model.actors import Office, Party, PartyKind, Person, Place, Term
from turkru.model.dates import PartialDate
from turkru.model.records import BodyKind


def day(text: str) -> PartialDate:
    return PartialDate.parse(text)


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.default()


class TestDefault:
    """The package data loads once into an immutable gazetteer."""

    def test_cached(self) -> None:
        """default() returns the same object every time."""
        assert Gazetteer.default() is Gazetteer.default()

    def test_frozen(self, gaz: Gazetteer) -> None:
        """A gazetteer cannot be changed in place."""
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            gaz.people = ()  # type: ignore[misc]

    def test_sources_are_package_files(self, gaz: Gazetteer) -> None:
        """Every data file of the package is read."""
        assert {source.rsplit("/", 1)[-1] for source in gaz.sources} >= {
            "people.json",
            "offices.json",
            "places.json",
            "regions.json",
            "organisations.json",
            "bodies.json",
            "countries.json",
            "commodities.json",
            "names.json",
        }


class TestPerson:
    """People are found by any spelling of their surname, with or without given names."""

    @pytest.mark.parametrize(
        "name",
        ["Rashid Meredov", "Rasit Meredow", "Meredov", "R. Meredov", "MEREDOV", "Meredów"],
    )
    def test_variants_fold(self, gaz: Gazetteer, name: str) -> None:
        """Spellings, initials, capitals and accents all reach the same person."""
        person = gaz.person(name)
        assert person is not None
        assert (person.surname, person.given_names, person.country) == ("Meredov", "Rashid", "TM")

    @pytest.mark.parametrize(
        ("name", "given"),
        [
            ("Serdar Berdimuhamedov", "Serdar"),
            ("Gurbanguly Berdymukhammedov", "Gurbanguly"),
            ("Gurbangyly Berdimuhamedow", "Gurbanguly"),
            ("S. Berdimuhamedov", "Serdar"),
            ("Berdimuhamedov", None),
        ],
    )
    def test_shared_surname(self, gaz: Gazetteer, name: str, given: str | None) -> None:
        """A given name or initial picks one Berdimuhamedov; the bare surname stays unresolved."""
        person = gaz.person(name)
        assert person is not None and person.surname == "Berdimuhamedov" and person.given_names == given

    @pytest.mark.parametrize(
        ("name", "given"),
        [
            ("Serdar Berdmuhamedov", "Serdar"),
            ("Gurbanguly Berdimuhamadov", "Gurbanguly"),
            ("G. Berdimouhamedov", "Gurbanguly"),
            ("Berdumuhamedov", None),
        ],
        ids=["vowel-dropped", "vowel-changed", "vowel-added", "bare"],
    )
    def test_one_vowel_off_in_a_long_surname(self, gaz: Gazetteer, name: str, given: str | None) -> None:
        """A long surname misspelt by one vowel inside it is still the known surname; the given
        name still tells its bearers apart."""
        person = gaz.person(name)
        assert person is not None and person.surname == "Berdimuhamedov" and person.given_names == given

    @pytest.mark.parametrize(
        "name",
        ["Gurbanguly Berdimuhamedova", "Serdar Berdmuhamadov", "Sergey Lavrav", "Rashid Meradov"],
        ids=["ending", "two-vowels-off", "short-surname", "short-turkmen-surname"],
    )
    def test_other_spellings_are_other_people(self, gaz: Gazetteer, name: str) -> None:
        """A changed ending, two vowels off, or a short surname off by a vowel is someone else."""
        assert gaz.person(name) is None

    def test_listed_variant_not_foldable(self, gaz: Gazetteer) -> None:
        """A listed variant that folding alone would miss (Gadzhiev for Hajiyev) is found."""
        assert gaz.person("Gadzhiev") == gaz.person("Vepa Hajiyev")

    def test_unknown(self, gaz: Gazetteer) -> None:
        """Unknown surnames, and known ones with a given name that fits nobody, give None."""
        assert gaz.person("Smithson") is None
        assert gaz.person("Boris Lavrov") is None

    def test_common_surname_needs_given_name(self, gaz: Gazetteer) -> None:
        """A surname marked not bare (Ivanov) names nobody on its own."""
        assert gaz.person("Ivanov") is None
        assert gaz.person("Igor Ivanov") is not None

    def test_people_named(self, gaz: Gazetteer) -> None:
        """All bearers of a surname are listed."""
        assert {p.given_names for p in gaz.people_named("Berdymukhamedov")} == {"Gurbanguly", "Serdar"}


class TestHolder:
    """holder() answers who held a single office on a date, and None when it cannot say."""

    @pytest.mark.parametrize(
        ("on", "given"),
        [
            ("2021-05-01", "Gurbanguly"),
            ("2022-03-18", "Gurbanguly"),
            ("2022-03-20", "Serdar"),
            ("2023-05-01", "Serdar"),
            ("2010", "Gurbanguly"),
        ],
    )
    def test_president_of_turkmenistan(self, gaz: Gazetteer, on: str, given: str) -> None:
        """The Turkmen president on dates on either side of the 2022 handover."""
        person = gaz.holder("President of Turkmenistan", day(on))
        assert person is not None and person.given_names == given

    @pytest.mark.parametrize("on", ["2022-03-19", "2022-03", "2022"])
    def test_straddling_handover(self, gaz: Gazetteer, on: str) -> None:
        """A date that may fall on either side of a handover has no single holder."""
        assert gaz.holder("president_tm", day(on)) is None

    def test_no_date(self, gaz: Gazetteer) -> None:
        """Without a date there is no answer."""
        assert gaz.holder("president_tm", None) is None

    def test_by_office_phrase_and_object(self, gaz: Gazetteer) -> None:
        """The office may be given by id, by any phrase naming it, or as an Office."""
        office = gaz.office("Russian Foreign Minister")
        assert office == Office(title="Minister of Foreign Affairs of Russia", country="RU")
        lavrov = gaz.person("Lavrov")
        assert gaz.holder(office, day("2019-02")) == lavrov
        assert gaz.holder("foreign_minister_ru", day("2019-02")) == lavrov
        assert gaz.holder("head of the Russian Foreign Ministry", day("2003")) == gaz.person("Igor Ivanov")

    def test_year_precision_term_edges(self, gaz: Gazetteer) -> None:
        """Co-chairs known to the year: clear inside the years, ambiguous in the handover year."""
        assert gaz.holder("igc_cochair_ru", day("2022-06")) == gaz.person("Overchuk")
        assert gaz.holder("igc_cochair_ru", day("2024-06")) is None
        assert gaz.holder("igc_cochair_ru", day("2025-06")) == gaz.person("Khusnullin")

    def test_plural_office(self, gaz: Gazetteer) -> None:
        """Deputy prime ministers are many at once: no holder, but holders() lists them."""
        on = day("2023-10-10")
        assert gaz.holder("deputy_prime_minister_ru", on) is None
        names = {p.surname for p in gaz.holders("Deputy Prime Minister of Russia", on)}
        assert {"Overchuk", "Khusnullin", "Novak"} <= names
        assert "Kozak" not in names

    def test_unknown_office(self, gaz: Gazetteer) -> None:
        """An office nobody knows has no holder."""
        assert gaz.holder("Grand Vizier", day("2020")) is None

    def test_ever_held_and_terms_of(self, gaz: Gazetteer) -> None:
        """Offices and people can be asked about their whole history."""
        putin = gaz.person("Putin")
        assert putin is not None
        assert putin in gaz.ever_held("prime_minister_ru")
        assert {term.office.title for term in gaz.terms_of(putin)} == {
            "President of Russia",
            "Prime Minister of Russia",
        }

    def test_terms_of_go_by_equality_in_data_order(self, gaz: Gazetteer) -> None:
        """Terms are found for an equal person made anew (spelling variants aside), in data order;
        someone the gazetteer does not know has none."""
        putin = gaz.person("Putin")
        assert putin is not None
        again = Person(surname="PUTIN", given_names=putin.given_names, country=putin.country)
        assert gaz.terms_of(again) == tuple(term for term in gaz.terms if term.person == putin)
        assert gaz.terms_of(Person(surname="Nobodyov", given_names="Ivan", country="RU")) == ()


class TestCounterpart:
    """counterpart() names the holder of the matching office on the other side."""

    @pytest.mark.parametrize(
        ("name", "side", "on", "expected"),
        [
            ("Sergey Lavrov", "TM", "2019-02-05", "Rashid Meredov"),
            ("Rashid Meredov", "RU", "2025-06-25", "Sergey Lavrov"),
            ("Vladimir Putin", "TM", "2017-10-11", "Gurbanguly Berdimuhamedov"),
            ("Vladimir Putin", "TM", "2022-06-10", "Serdar Berdimuhamedov"),
            ("Serdar Berdimuhamedov", "RU", "2023-01-20", "Vladimir Putin"),
            ("Mikhail Mishustin", "TM", "2023-01-20", "Serdar Berdimuhamedov"),
            ("Alexei Overchuk", "TM", "2023-10-10", "Rashid Meredov"),
        ],
    )
    def test_counterpart(self, gaz: Gazetteer, name: str, side: str, on: str, expected: str) -> None:
        """Presidents, prime ministers, foreign ministers and co-chairs have counterparts on a date."""
        person = gaz.person(name)
        assert person is not None
        found = gaz.counterpart(person, side, day(on))
        assert found is not None and found.full_name == expected

    def test_undecidable(self, gaz: Gazetteer) -> None:
        """No date, no office with a counterpart, or two candidates: no answer."""
        lavrov, meredov = gaz.person("Lavrov"), gaz.person("Meredov")
        assert lavrov is not None and meredov is not None
        assert gaz.counterpart(lavrov, "TM", None) is None
        assert gaz.counterpart(lavrov, "TM", day("1990")) is None
        # in 2023 Meredov was both foreign minister (Lavrov) and commission co-chair (Overchuk)
        assert gaz.counterpart(meredov, "RU", day("2023-10-10")) is None

    def test_counterparts_are_one_way(self, gaz: Gazetteer) -> None:
        """The Russian PM's counterpart office is the Turkmen cabinet chair, not the other way."""
        assert gaz.counterparts("prime_minister_ru") == (gaz.office("chairman_cabinet_tm"),)
        assert gaz.counterparts("chairman_cabinet_tm") == ()


class TestLookups:
    """Places, parties, countries, bodies and commodities by any of their names."""

    def test_place(self, gaz: Gazetteer) -> None:
        """Old and alternative spellings reach the canonical place."""
        assert gaz.place("Ashkhabad") == Place(name="Ashgabat", country="TM")
        assert gaz.place("St Petersburg") == Place(name="Saint Petersburg", country="RU")
        assert gaz.place("Atlantis") is None

    def test_party(self, gaz: Gazetteer) -> None:
        """Regions, companies and ministries are parties with a side; a country word gives the country."""
        assert gaz.party("Astrakhan region") == Party(
            name="Astrakhan oblast", kind=PartyKind.REGION, country="RU"
        )
        assert gaz.party("Demirellary") == Party(
            name="Turkmendemiryollary", kind=PartyKind.COMPANY, country="TM"
        )
        ministry = gaz.party("Turkmen Foreign Ministry")
        assert ministry is not None and ministry.kind is PartyKind.MINISTRY and ministry.country == "TM"
        assert gaz.party("Russian") == Party.of_country("RU")

    def test_leading_article_ignored(self, gaz: Gazetteer) -> None:
        """'the Turkmen leader' is looked up as 'Turkmen leader'; a known 'the' phrase is kept."""
        assert gaz.office("the Turkmen leader") == gaz.office("Turkmen leader") is not None
        assert gaz.senses("the the") == ()

    def test_city_and_region_senses(self, gaz: Gazetteer) -> None:
        """A federal city is first a place and also a region."""
        assert [sense.kind for sense in gaz.senses("Saint Petersburg")] == ["place", "region"]

    def test_country(self, gaz: Gazetteer) -> None:
        """Adjectives and possessives name countries."""
        assert [
            gaz.country(w)
            for w in ("Turkmen", "Turkmenistan's", "Russia\u2019s", "Russian Federation", "Iran")
        ] == [
            "TM",
            "TM",
            "RU",
            "RU",
            "IR",
        ]
        assert gaz.country("Atlantis") is None

    def test_body(self, gaz: Gazetteer) -> None:
        """The commission, the council and the group answer to their many names."""
        assert gaz.body("Russian-Turkmen Intergovernmental Commission for Economic Cooperation") is (
            BodyKind.INTERGOVERNMENTAL_COMMISSION
        )
        assert gaz.body("Turkmen\u2013Russian Business Council") is BodyKind.BUSINESS_COUNCIL
        assert gaz.body("High-Level Working Group on Trade and Investment") is BodyKind.TRADE_INVESTMENT_GROUP
        assert gaz.body("Intergovernmental Turkmen-Uzbek Commission") is None

    def test_commodity(self, gaz: Gazetteer) -> None:
        """Spellings group under one commodity name."""
        assert gaz.commodity("Electric Motor") == "electric motors"
        assert gaz.commodity("unicorns") is None


class TestExtend:
    """extend() returns a new gazetteer; the old one is unchanged."""

    def test_new_person_and_term(self, gaz: Gazetteer) -> None:
        """A term brings its office and person along."""
        governor = Office(title="Governor of Kaluga oblast", country="RU")
        shapsha = Person(surname="Shapsha", given_names="Vladislav", country="RU")
        bigger = gaz.extend(
            terms=[Term(governor, shapsha, day("2020-10"))], aliases={"Kaluga Governor": governor}
        )
        assert bigger.holder("Kaluga Governor", day("2022")) == shapsha
        assert bigger.person("Shapsha") == shapsha
        assert gaz.person("Shapsha") is None
        assert bigger.office_id(governor) == "governor_of_kaluga_oblast"

    def test_answers_not_shared(self, gaz: Gazetteer) -> None:
        """A name asked of a gazetteer before it was extended is known to the extension only."""
        assert gaz.match_person("Qarayev", "Teymur") is None
        qarayev = Person(surname="Qarayev", given_names="Teymur", country="RU")
        bigger = gaz.extend(people=[qarayev])
        assert bigger.match_person("Qarayev", "Teymur") == qarayev
        assert bigger.match_person("Qarayev", "T.") == qarayev
        assert gaz.match_person("Qarayev", "Teymur") is None

    def test_senses_not_shared(self, gaz: Gazetteer) -> None:
        """A phrase looked up before the gazetteer was extended means something to the extension only."""
        assert gaz.senses("Kaluga Governor") == ()
        governor = Office(title="Governor of Kaluga oblast", country="RU")
        bigger = gaz.extend(offices=[governor], aliases={"Kaluga Governor": governor})
        assert [sense.value for sense in bigger.senses("Kaluga Governor")] == [governor]
        assert gaz.senses("Kaluga Governor") == ()

    def test_senses_asked_again_are_the_same(self, gaz: Gazetteer) -> None:
        """A second look-up of a phrase (spelt another way too) gives what the first gave."""
        first = gaz.senses("Saint Petersburg")
        assert gaz.senses("Saint Petersburg") == first == gaz.senses("saint  petersburg")
        assert gaz.senses("the Saint Petersburg") == first

    def test_variants_merge_into_known_person(self, gaz: Gazetteer) -> None:
        """A person equal to a known one adds spellings instead of a second entry."""
        lavrov = gaz.person("Lavrov")
        assert lavrov is not None
        bigger = gaz.extend(people=[attrs.evolve(lavrov, variants=("Lawrow",))])
        assert bigger.person("Lawrow") == lavrov
        assert len(bigger.people) == len(gaz.people)

    def test_places_parties_words(self, gaz: Gazetteer) -> None:
        """Places, parties, bodies, countries and commodities can all be added."""
        bigger = gaz.extend(
            places=[Place(name="Gyzylgaya", country="TM")],
            parties=[Party(name="Kaluga Turbine Works", kind=PartyKind.COMPANY, country="RU")],
            bodies={"Joint Working Group on Energy": BodyKind.OTHER},
            countries={"Qazaqstan": "KZ"},
            commodities=["mushrooms", "saffron"],
            aliases={"{KTW|KTZ}": Party(name="Kaluga Turbine Works", kind=PartyKind.COMPANY, country="RU")},
        )
        assert bigger.place("Gyzylgaya") == Place(name="Gyzylgaya", country="TM")
        ktw = bigger.party("KTZ")
        assert ktw is not None and ktw.name == "Kaluga Turbine Works"
        assert bigger.body("joint working group on energy") is BodyKind.OTHER
        assert bigger.country("Qazaqstan") == "KZ"
        assert bigger.commodity("Saffron") == "saffron"
        assert gaz.commodity("saffron") is None

    @pytest.mark.parametrize(
        ("kwargs", "message"),
        [
            (
                {"parties": [Party.of_country("KZ")]},
                "extend(parties): 'KZ' is a country; pass it in countries=",
            ),
            (
                {"countries": {"Qazaq": "kz"}},
                "extend(countries): 'Qazaq': country: 'kz' is not an ISO 3166-1 alpha-2 country code",
            ),
            ({"aliases": {"{X": Place(name="X")}}, "extend(aliases): '{X': unclosed '{' at offset 0 in '{X'"),
            (
                {"aliases": {"X": "Y"}},
                "extend(aliases): 'X': 'Y' is not a Person, Office, Place or Party",
            ),
            ({"commodities": ["!"]}, "extend(commodities): '!' contains no word"),
            ({"people": ["Lavrov"]}, "extend(people)[0]: 'Lavrov' is not a Person"),
            ({"people": "Lavrov"}, "extend(people): 'Lavrov' is not a list of Person"),
            ({"offices": [Place(name="X")]}, "extend(offices)[0]: Place(name='X', country=None) is not an Office"),
            ({"terms": [None]}, "extend(terms)[0]: None is not a Term"),
            ({"places": [3]}, "extend(places)[0]: 3 is not a Place"),
            ({"parties": [Place(name="X")]}, "extend(parties)[0]: Place(name='X', country=None) is not a Party"),
            ({"bodies": {"joint group": "other"}}, "extend(bodies): 'joint group': 'other' is not a BodyKind"),
            ({"bodies": ["joint group"]}, "extend(bodies): ['joint group'] is not a mapping of phrases to BodyKind"),
            ({"bodies": {"": BodyKind.OTHER}}, "extend(bodies): '' is not a non-empty phrase"),
            ({"countries": {"Qazaq": 7}}, "extend(countries): 'Qazaq': 7 is not a str"),
            ({"commodities": "saffron"}, "extend(commodities): 'saffron' is not a list of str"),
            ({"commodities": [b"saffron"]}, "extend(commodities)[0]: b'saffron' is not a str"),
            ({"given_names": [None]}, "extend(given_names)[0]: None is not a str"),
            ({"roles": 5}, "extend(roles): 5 is not a list of str"),
            ({"aliases": {3: Place(name="X")}}, "extend(aliases): 3 is not a non-empty phrase"),
        ],
    )
    def test_errors(self, gaz: Gazetteer, kwargs: dict[str, object], message: str) -> None:
        """Bad additions raise GazetteerError saying which argument and value."""
        with pytest.raises(GazetteerError) as caught:
            gaz.extend(**kwargs)  # type: ignore[arg-type]
        assert str(caught.value) == message
