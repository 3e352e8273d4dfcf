"""Trade flows on wordings the rules were not written from: each family of positives and of
negatives (figures that are no flow between the two sides) in two wordings of our own."""

from __future__ import annotations

import pytest

from turkru import parse_article
from turkru.model.actors import RUSSIA, TURKMENISTAN
from turkru.model.records import Direction, Status, TradeFlow

LEAD = "Turkmenistan and Russia continue to develop their partnership.\n\n"


def flows_in(text: str, *, lead: str = LEAD) -> list[TradeFlow]:
    """The trade flows of *text* after a lead naming both sides (published mid-2023)."""
    records = parse_article(lead + text, published="2023-06-15").records
    return [record for record in records if isinstance(record, TradeFlow)]


@pytest.mark.parametrize(
    "text",
    [
        # one side's exports to all its markets: no partner named, none pointed back to
        "Turkmenistan exported 60,000 tonnes of tomatoes in 2022.",
        "Russia exported a record 60 million tonnes of wheat in 2022.",
        "Turkmenistan's exports grew to $12 billion last year.",
        "KAMAZ sold 40,000 trucks in 2022.",
        "Turkmenistan produced 80 bcm of gas in 2022 and exported about half of it.",
        # a destination or an origin beyond the two sides
        "Turkmen exporters sold cotton yarn worth $300 million to 20 countries in 2022.",
        "Turkmenistan shipped textiles to more than a dozen foreign markets in 2022, earning $150 million.",
        "Russia bought 40 bcm of gas from Central Asian states in 2008.",
        "In 2009 Russia imported 10 million tonnes of grain from CIS countries.",
        # a third country's trade
        "Turkmen trade with Turkey rose to $2 billion in 2022, while Russia remained a key partner.",
        "Russia's trade with Kazakhstan grew 10% to $26 billion in 2022.",
        # money earned from trade, not goods moving
        "Russia's budget revenue from gas exports fell 20% in 2022.",
        "Turkmenistan's earnings from cotton sales to Russia rose to $90 million in 2021.",
        # prices, tariffs, capacities, shares, transit
        "Gazprom pays $240 per 1,000 cubic meters of Turkmen gas.",
        "Turkmenistan cut customs duties on Russian cars by 20% in 2022.",
        "The pipeline can carry up to 30 billion cubic metres of Turkmen gas to Russia a year.",
        "Turkmen textiles hold a 5% share of the Russian market.",
        "Transit of Russian goods through Turkmenistan grew by 30% in 2022.",
        # world or national totals
        "Turkmenistan's foreign trade turnover reached $20 billion in 2022.",
        "Russia's total exports rose 20% to $590 billion in 2022.",
        # general statements, company revenues, investment totals
        "The sides noted the positive dynamics of bilateral trade.",
        "Gazprom's revenue from gas sales reached $100 billion in 2022.",
        "Russian investments in Turkmenistan's economy exceeded $1 billion.",
    ],
)
def test_no_flow_between_the_sides(text: str) -> None:
    assert flows_in(text) == []


@pytest.mark.parametrize(
    ("text", "exporter"),
    [
        ("Turkmenistan sold 30,000 tonnes of fruit and vegetables to Russia in 2021.", TURKMENISTAN),
        ("More than 40,000 tonnes of Turkmen tomatoes were exported to Russia in January-April 2023.", TURKMENISTAN),
        ("Gazprom purchased 5.5 bcm of gas from Turkmenistan in 2022.", TURKMENISTAN),
        ("In 2022 Russia supplied Turkmenistan with 1,000 KAMAZ trucks.", RUSSIA),
        ("Russian supplies of sunflower oil to Turkmenistan reached 20,000 tonnes in 2022.", RUSSIA),
    ],
)
def test_a_figure_between_the_named_sides(text: str, exporter: str) -> None:
    (flow,) = flows_in(text)
    assert flow.direction is Direction.EXPORT
    assert flow.exporter == exporter and flow.amounts


@pytest.mark.parametrize(
    "text",
    [
        "Turkmenistan grows vegetables in greenhouses. The country exported 32,000 tonnes of tomatoes to Russia.",
        "Russia's Astrakhan oblast trades with Turkmenistan. Last year the oblast exported 50,000 tonnes of grain.",
    ],
)
def test_a_figure_whose_end_is_pointed_back_to(text: str) -> None:
    """'The country', 'the oblast' point back to the sentence before, which names the other end."""
    (flow,) = flows_in(text, lead="")
    assert flow.direction is Direction.EXPORT and flow.amounts


@pytest.mark.parametrize(
    "text",
    [
        "The sides aim to bring bilateral trade to $2 billion by 2025.",
        "Trade between the two countries is projected to exceed $2 billion next year.",
    ],
)
def test_a_target_is_planned(text: str) -> None:
    (flow,) = flows_in(text)
    assert flow.direction is Direction.TURNOVER and flow.status is Status.PLANNED


@pytest.mark.parametrize(
    "text",
    [
        "Russian companies are keen to supply machinery to Turkmenistan.",
        "Turkmen growers are eager to sell more fruit to Russia.",
    ],
)
def test_eagerness_is_a_prospect(text: str) -> None:
    """'Keen to supply' tells a flow still to come, never one that happened."""
    assert all(flow.status is Status.PLANNED for flow in flows_in(text))


@pytest.mark.parametrize(
    "text",
    [
        # a holder's turnover: a company, an exchange, a port, freight and passengers
        "The company's turnover reached 2 billion rubles in 2022.",
        "The turnover of the State Commodity Exchange of Turkmenistan amounted to $1.2 billion in 2022.",
        "The exchange's trade volume reached $500 million in the first half of 2023.",
        "Cargo turnover at the port of Turkmenbashi reached 5 million tonnes in 2022.",
        "Passenger turnover of Turkmen airlines rose 20% in 2022.",
        "Retail turnover in Turkmenistan grew by 15 percent in 2022.",
        # the world's trade, a third country's, a share of one side's
        "World trade grew by 3.5 percent in 2022.",
        "Global gas trade grew by 4% in 2022.",
        "Uzbekistan's trade with Russia reached $9 billion in 2022, while Turkmenistan's was much smaller.",
        "The share of Russia in Turkmenistan's trade turnover rose to 10% in 2022.",
    ],
)
def test_no_turnover_between_the_sides(text: str) -> None:
    assert flows_in(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "In 2022, Russia and Turkmenistan traded goods worth $1.6 billion.",
        "Bilateral trade was worth $1.3 billion in 2022.",
        "The value of mutual trade rose by 30 percent to $1.9 billion in 2022.",
        "Trade turnover with Russia reached $1.2 billion in 2022, the Turkmen ministry said.",
        "Russia and Turkmenistan increased their mutual trade by 20 percent in 2022.",
        "The Astrakhan region and Turkmenistan boosted trade by 30% to $60 million in 2022.",
    ],
)
def test_turnover_of_the_two_sides(text: str) -> None:
    (flow,) = flows_in(text)
    assert flow.direction is Direction.TURNOVER and (flow.amounts or flow.change_percent)


@pytest.mark.parametrize(
    ("text", "exporter"),
    [
        ("Turkmen officials hope that Russia will buy 5 bcm of Turkmen gas next year.", TURKMENISTAN),
        ("Turkmen officials said Russia would buy 5 bcm of gas next year.", TURKMENISTAN),
        ("Russian diplomats believe that Turkmenistan will purchase 500 Russian buses in 2024.", RUSSIA),
    ],
)
def test_the_reported_clause_has_the_parties(text: str, exporter: str) -> None:
    """Who speaks or hopes is not the buyer: the clause after 'that' or 'said' names it."""
    (flow,) = flows_in(text)
    assert flow.exporter == exporter


@pytest.mark.parametrize(
    "text",
    [
        "The ministry stated that Gazprom had not been paying in full for gas supplies.",
        "Turkmenistan complained that Russia paid only partly for the gas deliveries.",
    ],
)
def test_who_pays_for_supplies_buys_them(text: str) -> None:
    assert [(f.exporter, f.importer) for f in flows_in(text)] == [(TURKMENISTAN, RUSSIA)]


@pytest.mark.parametrize(
    "text",
    [
        "If Gazprom buys more gas, Turkmenistan will benefit.",
        "Unless Russia imports more cotton, the mills will close.",
        "Turkmenistan is building export-oriented textile factories with Russian equipment.",
        "Russian firms are interested in import-substituting production of cotton goods in Turkmenistan.",
    ],
)
def test_conditions_and_compounds_move_no_goods(text: str) -> None:
    assert flows_in(text) == []


def test_goods_with_no_figure_need_the_other_end_near_by() -> None:
    """With no word of theirs and no sentence just before naming Russia, goods go nowhere named."""
    text = (
        "Russia and Turkmenistan signed a memorandum on culture.\n\n"
        "Turkmenistan is a large country in Central Asia. Its capital is Ashgabat. "
        "Cotton is grown in every province. The country exports cotton yarn and carpets."
    )
    assert flows_in(text, lead="") == []


@pytest.mark.parametrize(
    "text",
    [
        "The Turkmen government buys wheat on the world market every year.",
        "Turkmenistan imports most of its medicines from abroad.",
        "In Soviet times, Turkmenistan supplied cotton to the whole Soviet Union.",
        "Turkmenistan sold carpets and cotton to the former Soviet republics.",
        "Russia supplies machinery to all the Caspian states.",
        "Turkmenistan sells electricity to its neighbours.",
    ],
)
def test_goods_bought_or_sold_beyond_the_two(text: str) -> None:
    """The world market, abroad, the Soviet Union: the other end is not the other side."""
    assert flows_in(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Turkmenistan received a batch of Sputnik V vaccine from Russia in 2021.",
        "In 2021 Turkmenistan received the first shipment of Russian wheat.",
    ],
)
def test_a_received_batch_is_goods_bought(text: str) -> None:
    (flow,) = flows_in(text)
    assert (flow.exporter, flow.importer) == (RUSSIA, TURKMENISTAN)


@pytest.mark.parametrize(
    ("text", "goods"),
    [
        ("In 2022 Russia exported 1,000 tonnes of corn to Turkmenistan.", "maize"),
        ("In 2022 Russia exported 1,000 tonnes of milk to Turkmenistan.", "dairy products"),
        ("Turkmenistan bought Russian cigarettes worth $3 million in 2022.", "tobacco"),
    ],
)
def test_more_goods_words(text: str, goods: str) -> None:
    (flow,) = flows_in(text)
    assert flow.commodities == (goods,)


@pytest.mark.parametrize(
    ("text", "exporter"),
    [
        ("In 2022 Turkmenistan procured 50 Russian trucks.", RUSSIA),
        ("In 2022 Turkmenistan brought in 1,000 tonnes of Russian wheat.", RUSSIA),
        ("In 2022 Turkmenistan pumped 10 bcm of gas to Russia.", TURKMENISTAN),
        ("Turkmen gas sales to Russia reached 10 bcm in 2022.", TURKMENISTAN),
    ],
)
def test_more_trade_words(text: str, exporter: str) -> None:
    (flow,) = flows_in(text)
    assert flow.exporter == exporter and flow.amounts


@pytest.mark.parametrize(
    "text",
    [
        "Turkmenistan has been promoting gas sales to Europe, as the price of its gas to Russia is disputed.",
        "Sales of Turkmen gas to China reached 35 bcm in 2022, while Russia bought little.",
    ],
)
def test_a_third_destination_named_first(text: str) -> None:
    """A third market right after the trade word is its destination, though the other side is named later."""
    assert flows_in(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Trade between Russia and Turkmenistan reached half a billion dollars in 2020.",
        "Bilateral trade topped a billion dollars in 2021.",
    ],
)
def test_a_figure_in_words(text: str) -> None:
    (flow,) = flows_in(text)
    assert flow.direction is Direction.TURNOVER and flow.amounts
