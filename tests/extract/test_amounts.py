"""Tests for turkru.extract.amounts: money, weights, counts and growth rates."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from turkru.extract.amounts import _Taken, count_before, find_amounts, find_percent
from turkru.lexicon import Lexicon


class TestFindAmounts:
    @pytest.mark.parametrize(
        ("text", "amount", "unit"),
        [
            ("turnover reached $1.086bn last year", Decimal("1.086E9"), "USD"),
            ("worth $500 million", Decimal("500E6"), "USD"),
            ("over a hundred million US dollars", Decimal("100E6"), "USD"),
            ("2.5 billion roubles", Decimal("2.5E9"), "RUB"),
            ("exported 32,000 tonnes of cotton", Decimal(32000), "t"),
            ("amounted to 678 million tons", Decimal("678E6"), "t"),
        ],
    )
    def test_amount_and_unit(self, text: str, amount: Decimal, unit: str) -> None:
        """Money and weights come out exact, scaled, with their unit."""
        found = find_amounts(text)
        assert [(f.quantity.amount, f.quantity.unit) for f in found] == [(amount, unit)]

    def test_nothing_in_plain_text(self) -> None:
        """Years and counts are not amounts."""
        assert find_amounts("In 2021 the two countries signed 15 documents.") == []


class TestFindPercent:
    def test_growth_rate(self) -> None:
        """A growth rate is a percentage after a growth word."""
        found = find_percent("turnover increased by 21.4% in the first quarter")
        assert found is not None and found[0] == Decimal("21.4")

    def test_share_is_not_growth(self) -> None:
        """A percentage with no growth word is not a growth rate."""
        assert find_percent("a 20% discount on freight") is None


class TestCountBefore:
    @pytest.mark.parametrize(
        ("text", "count"),
        [("supply 463 units of Kamaz vehicles", 463), ("690 KAMAZ vehicles", 690), ("two helicopters", 2)],
    )
    def test_counts(self, text: str, count: int) -> None:
        """A count written before the goods word is found."""
        assert count_before(text, len(text) - len(text.split()[-1])) == Decimal(count)


class TestVolumesAndWords:
    @pytest.mark.parametrize(
        ("text", "amount", "unit"),
        [
            ("deliveries of 5.5 billion cubic metres a year", Decimal("5.5E9"), "m3"),
            ("purchases fell to 3 bcm", Decimal("3E9"), "m3"),
            ("some 700 million cubic meters of gas", Decimal("700E6"), "m3"),
            ("trade reached 2 billion 45 million US dollars", Decimal("2045E6"), "USD"),
            ("more than four billion dollars", Decimal("4E9"), "USD"),
        ],
        ids=["cubic-metres", "bcm", "cubic-meters", "billion-and-million", "in-words"],
    )
    def test_volume_and_money_in_words(self, text: str, amount: Decimal, unit: str) -> None:
        """Gas volumes in cubic metres; sums written partly or wholly in words."""
        found = find_amounts(text)
        assert [(f.quantity.amount, f.quantity.unit) for f in found] == [(amount, unit)]

    @pytest.mark.parametrize("text", ["bought at $180 per 1,000 cubic metres", "sold for 90 euros a tonne"])
    def test_a_price_is_not_a_value(self, text: str) -> None:
        """Money per unit of goods is a price: no amount of the flow."""
        assert find_amounts(text) == []


class TestChangeInWords:
    @pytest.mark.parametrize(
        ("text", "percent"),
        [
            ("exports doubled last year", Decimal(100)),
            ("supplies grew threefold", Decimal(200)),
            ("turnover rose 1.5 times", Decimal(50)),
            ("trade increased by almost one-third", Decimal(33)),
            ("purchases fell by half", Decimal(50)),
        ],
    )
    def test_multiples_and_fractions(self, text: str, percent: Decimal) -> None:
        """Growth in words becomes a change in percent."""
        found = find_percent(text)
        assert found is not None and found[0] == percent

    def test_occasions_are_not_growth(self) -> None:
        """'Met three times' counts occasions."""
        assert find_percent("the ministers met three times in 2022") is None


class TestCountIsNoYear:
    def test_a_year_before_goods_is_no_count(self) -> None:
        """'In May 2019 the trucks ...': 2019 is a year, not 2019 trucks."""
        text = "In May 2019 the trucks"
        assert count_before(text, len(text) - len("trucks")) is None


class TestModelNumberIsNoCount:
    @pytest.mark.parametrize(
        ("text", "goods", "count"),
        [
            ("the navy took delivery of Ka-226 helicopters", "helicopters", None),
            ("a batch of Su-25 aircraft", "aircraft", None),
            ("four Mi-26 helicopters", "helicopters", 4),
            ("30 BTR-82 carriers", "carriers", 30),
        ],
    )
    def test_designation_names_the_model(self, text: str, goods: str, count: int | None) -> None:
        """The number of 'Ka-226' names the model; a count written before the model still counts."""
        found = count_before(text, len(text) - len(goods))
        assert found == (None if count is None else Decimal(count))


class TestTaken:
    @given(st.lists(st.tuples(st.integers(0, 60), st.integers(1, 12)), max_size=30))
    def test_agrees_with_checking_every_stretch(self, spans: list[tuple[int, int]]) -> None:
        """Checking neighbours only answers as checking every taken stretch would, adds included."""
        taken, every = _Taken(), []
        for start, length in spans:
            end = start + length
            naive = any(start < e and s < end for s, e in every)
            assert taken.overlaps(start, end) == naive
            if not naive:
                taken.add(start, end + length // 3)  # a price reaches past its match, as in find_amounts
                every.append((start, end + length // 3))


class TestLongDigitRuns:
    def test_a_run_is_read_from_its_first_digit(self) -> None:
        """'shipped 4500000 tonnes': the whole run is the number, not a tail of it."""
        (found,) = find_amounts("the port shipped 4500000 tonnes of grain")
        assert found.quantity.amount == Decimal(4_500_000)

    def test_a_run_with_no_unit_is_no_amount(self) -> None:
        """A long digit run followed by an ordinary word gives no amount and no rate."""
        text = "reference " + "7" * 2000 + " was quoted by the exporters"
        assert find_amounts(text) == []
        assert find_percent("turnover grew by " + "7" * 2000 + " points") is None

    def test_a_decimal_rate_after_a_digit_run(self) -> None:
        """A rate after a long code still reads as a rate: '... rose by 12.5%'."""
        found = find_percent("lot " + "3" * 500 + " rose by 12.5%")
        assert found is not None and found[0] == Decimal("12.5")


class TestDecreases:
    @pytest.mark.parametrize(
        ("text", "rate"),
        [
            ("turnover fell by 12.5% in 2020", Decimal("-12.5")),
            ("a decrease of 3 percent on the year", Decimal(-3)),
            ("exports were down 4% year-on-year", Decimal(-4)),
            ("trade rose by 7% after a fall in 2019", Decimal(7)),
        ],
        ids=["fell-by", "a-decrease-of", "down", "rose-after-a-fall"],
    )
    def test_the_sign_of_a_rate(self, text: str, rate: Decimal) -> None:
        """A rate after a word of decrease is negative; the last growth word before the rate decides."""
        found = find_percent(text)
        assert found is not None and found[0] == rate


class TestInjectedLexicon:
    def test_an_added_currency_word(self) -> None:
        """A USD_WORD added by an injected lexicon reads as dollars; the default lexicon does not know it."""
        extra = Lexicon.from_data({"words": {"USD_WORD": ["greenbacks"]}})
        assert find_amounts("worth 5 million greenbacks") == []
        (found,) = find_amounts("worth 5 million greenbacks", extra)
        assert (found.quantity.amount, found.quantity.unit) == (Decimal(5_000_000), "USD")


class TestNumberWords:
    @pytest.mark.parametrize(
        ("text", "amount", "unit"),
        [
            ("shipped fifteen thousand tonnes of flour", Decimal(15_000), "t"),
            ("worth twenty-five million dollars", Decimal(25_000_000), "USD"),
            ("about a dozen tonnes of saffron", Decimal(12), "t"),
        ],
        ids=["fifteen-thousand", "twenty-five-million", "a-dozen"],
    )
    def test_words_from_the_one_number_table(self, text: str, amount: Decimal, unit: str) -> None:
        """Number words come from the lexicon's one table (data/numbers.json), compounds included."""
        (found,) = find_amounts(text)
        assert (found.quantity.amount, found.quantity.unit) == (amount, unit)

    def test_a_number_inside_a_word_is_no_number(self) -> None:
        """'often tons of ...' holds no 'ten tons': a number word stands on its own."""
        assert find_amounts("buyers often tons of questions") == []

    def test_growth_by_a_number_word_times(self) -> None:
        """'rose twelve times' is growth of 1100%."""
        found = find_percent("exports rose twelve times")
        assert found is not None and found[0] == Decimal(1100)


class TestPricesAt:
    @pytest.mark.parametrize(
        "text",
        ["the utility buys Turkmen electricity at $45, well below", "the wheat was sold at about 300 dollars"],
        ids=["buys-at", "sold-at-about"],
    )
    def test_the_price_goods_change_hands_at(self, text: str) -> None:
        """A sum after 'buys ... at' or 'sold at' is a price, not the value of a flow."""
        assert find_amounts(text) == []

    @pytest.mark.parametrize(
        "text",
        ["trade stood at $900 million", "the deliveries were valued at $12 million"],
        ids=["stood-at", "valued-at"],
    )
    def test_a_value_stated_at_a_sum(self, text: str) -> None:
        """'stood at', 'valued at' give the value itself."""
        (found,) = find_amounts(text)
        assert found.quantity.unit == "USD"


@pytest.mark.parametrize(
    ("text", "amount", "unit"),
    [
        ("trade reached one and a half billion dollars", 1_500_000_000, "USD"),
        ("exports of two and a half thousand tonnes of cotton", 2_500, "t"),
    ],
)
def test_money_and_weights_in_words_with_a_half(text: str, amount: int, unit: str) -> None:
    found = find_amounts(text)
    assert [(a.quantity.amount, a.quantity.unit) for a in found] == [(amount, unit)]


def test_a_scaled_number_without_unit_takes_the_given_one() -> None:
    from turkru.extract.amounts import find_scaled

    assert [a.quantity.amount for a in find_scaled(", when it stood at 1.5 billion", "USD")] == [1_500_000_000]
    assert find_scaled("in 2023 it grew by five percent", "USD") == []
