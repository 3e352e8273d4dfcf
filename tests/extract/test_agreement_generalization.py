"""Agreements on wordings the rules were not written from: signings, batches, plans, ratification
and entry into force in two wordings each, documents that are only mentioned or are third
countries', and titles that end where the clause moves on."""

from __future__ import annotations

import pytest

from turkru import parse_article
from turkru.model.dates import PartialDate
from turkru.model.records import Agreement, DocType, Stage

LEAD = "Turkmenistan and Russia continue to develop their partnership.\n\n"


def agreements_in(text: str) -> list[Agreement]:
    """The agreements of *text* after a lead naming both sides (published mid-2023)."""
    records = parse_article(LEAD + text, published="2023-06-15").records
    return [record for record in records if isinstance(record, Agreement)]


@pytest.mark.parametrize(
    ("text", "doc_type", "stage"),
    [
        ("The two countries inked a pact on military-technical cooperation.", "agreement", "signed"),
        ("Russia and Turkmenistan sealed an accord on information security.", "agreement", "signed"),
        ("Turkmenistan and Russia signed an MoU on cooperation in the oil and gas sector.", "memorandum", "signed"),
        ("Ministers of the two countries put their signatures to a protocol on customs matters.", "protocol", "signed"),
        ("A roadmap for cooperation in transport was adopted by the two sides.", "roadmap", "signed"),
        ("Gazprom and Turkmengaz struck a deal on gas supplies for five years.", "contract", "signed"),
        (
            "Russia and Turkmenistan intend to conclude an agreement on the recognition of diplomas.",
            "agreement",
            "planned",
        ),
        ("A draft agreement on labour migration is being finalised by the two governments.", "agreement", "planned"),
        (
            "Russia's State Duma ratified the agreement with Turkmenistan on classified information.",
            "agreement",
            "ratified",
        ),
        (
            "Putin signed a law ratifying the agreement between Russia and Turkmenistan on combating crime.",
            "agreement",
            "ratified",
        ),
    ],
)
def test_a_document_in_other_words(text: str, doc_type: str, stage: str) -> None:
    (agreement,) = agreements_in(text)
    assert (agreement.doc_type.value, agreement.status.value) == (doc_type, stage)


@pytest.mark.parametrize(
    "text",
    [
        "Eleven documents were signed following the Russian-Turkmen talks in Ashgabat.",
        "A package of 15 documents was signed following the talks.",
    ],
)
def test_a_counted_batch(text: str) -> None:
    (agreement,) = agreements_in(text)
    assert agreement.doc_type is DocType.DOCUMENTS and agreement.count in (11, 15)


@pytest.mark.parametrize(
    "text",
    [
        # a topic of talks, the legal framework, a document acted under
        "The sides discussed the implementation of the agreements reached earlier.",
        "The parties stressed the need to fully implement the existing intergovernmental agreements.",
        "The legal framework of bilateral relations includes more than 150 treaties and agreements.",
        "The two countries have about 180 agreements in force.",
        "Under the agreement, Russia supplies grain to Turkmenistan.",
        "In line with the Treaty on Friendship and Cooperation, the sides hold regular consultations.",
        # third countries' documents
        "Kazakhstan and Russia signed an agreement on gas transit.",
        "Turkmenistan signed a memorandum with Azerbaijan on the joint development of the Dostluk field.",
        # an understanding, not a document
        "The presidents agreed to continue regular contacts.",
        "The sides reached an understanding on the need to expand trade.",
    ],
)
def test_no_document_signed_by_the_two(text: str) -> None:
    assert agreements_in(text) == []


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Putin and Berdimuhamedov signed a declaration on strategic partnership and then attended a concert.",
            "declaration on strategic partnership",
        ),
        (
            "The ministers signed a memorandum on tourism and later visited the national museum.",
            "memorandum on tourism",
        ),
        ("The sides signed an agreement on education to strengthen humanitarian ties.", "agreement on education"),
        ("The sides signed an agreement on education in order to deepen humanitarian ties.", "agreement on education"),
        ("The sides signed a memorandum on culture with the aim of expanding exchanges.", "memorandum on culture"),
        (
            "The two leaders signed a treaty on friendship before holding a joint press conference.",
            "treaty on friendship",
        ),
        (
            "The ministers signed a programme of cooperation for 2023-2024 in the presence of journalists.",
            "programme of cooperation for 2023-2024",
        ),
        ("They signed a contract for the supply of 30 buses worth $5 million.", "contract for the supply of 30 buses"),
        (
            "Russia and Turkmenistan signed a contract for the supply of 5,000 tonnes of wheat.",
            "contract for the supply of 5,000 tonnes of wheat",
        ),
        (
            "Gazprom signed a contract with Turkmenistan for the purchase of 5.5 bcm of gas, TASS said.",
            "contract for the purchase of 5.5 bcm of gas",
        ),
        (
            "The sides signed an agreement on customs matters, thus completing the legal framework.",
            "agreement on customs matters",
        ),
        (
            "The sides signed an agreement on customs matters thereby completing the legal framework.",
            "agreement on customs matters",
        ),
    ],
)
def test_a_title_ends_where_the_clause_moves_on(text: str, title: str) -> None:
    (agreement,) = agreements_in(text)
    assert agreement.title == title


@pytest.mark.parametrize(
    "text",
    [
        "Russia and Turkmenistan signed an agreement on military cooperation which will come into effect next year.",
        "Russia and Turkmenistan signed an agreement on military cooperation that takes effect in 2024.",
    ],
)
def test_a_signing_is_not_dated_by_its_entry_into_force(text: str) -> None:
    (agreement,) = agreements_in(text)
    assert agreement.status is Stage.SIGNED and agreement.date != PartialDate(2024)


@pytest.mark.parametrize(
    "text",
    [
        "Turkmenistan signed a gas deal with China last year, while Russia watched from the sidelines.",
        "Russia and Kazakhstan signed a memorandum on the Caspian pipeline, and Turkmenistan may join later.",
        "The EU and Turkmenistan signed a memorandum on energy cooperation in 2008, unlike Russia.",
        "Ashgabat signed a contract with Azerbaijan on the Dostluk field; Moscow welcomed it.",
    ],
)
def test_another_pairs_document_is_not_the_two_sides(text: str) -> None:
    """A third country or body among the signers, one side missing: not a Turkmen-Russian document."""
    assert agreements_in(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Russia, Turkmenistan and Kazakhstan signed a declaration on the Caspian gas pipeline.",
        "Lukoil signed an agreement with Turkmenistan on the Azerbaijani-Turkmen Dostluk field.",
    ],
)
def test_both_sides_among_more_signers(text: str) -> None:
    (agreement,) = agreements_in(text)
    assert agreement.status is Stage.SIGNED


@pytest.mark.parametrize(
    "text",
    [
        "In 2022, Russia and Turkmenistan signed a contract for the supply in 2024 of 500 buses.",
        "Last year KAMAZ signed a contract with Turkmenistan for the delivery by the end of 2024 of 300 trucks.",
    ],
)
def test_a_contract_is_not_dated_by_its_delivery(text: str) -> None:
    (agreement,) = agreements_in(text)
    assert agreement.date == PartialDate(2022)


@pytest.mark.parametrize(
    "text",
    [
        "In 2019 Russia and Turkmenistan signed a contract for the supply in 2020 of 100 buses "
        "and of 50 trucks in 2021.",
        "Also in 2019, contracts were signed with Turkmenistan for the delivery in 2020 of one Russian locomotive "
        "built in Bryansk and one more built in Kolomna in 2021.",
    ],
)
def test_dates_after_a_delivery_date_are_its_terms_too(text: str) -> None:
    """After 'the delivery in 2020 of', a later date of the same list is a delivery date, not the signing."""
    (agreement,) = agreements_in(text)
    assert agreement.date == PartialDate(2019)


@pytest.mark.parametrize(
    "text",
    [
        "The Mejlis of Turkmenistan approved the agreement with Russia on education.",
        "The State Duma has unanimously approved the agreement between Russia and Turkmenistan on migration.",
    ],
)
def test_a_parliament_approving_ratifies(text: str) -> None:
    (agreement,) = agreements_in(text)
    assert agreement.status is Stage.RATIFIED


def test_a_government_approving_a_draft_does_not_ratify() -> None:
    (agreement,) = agreements_in("The Russian government approved the draft agreement with Turkmenistan on education.")
    assert agreement.status is Stage.PLANNED
