"""Tests for turkru.extract.amounts: money, weights, counts and growth rates."""

from __future__ import annotations

from decimal import Decimal

import pytest

from turkru.extract.amounts import count_before, find_amounts, find_percent


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
