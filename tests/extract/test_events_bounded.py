"""The event-name pattern in bounded time: at most twelve words before the event noun."""

from __future__ import annotations

import time

from turkru.lexicon import Lexicon


def _names(text: str) -> list[str]:
    return [match.group(0) for match in Lexicon.default().pattern("events.named").finditer(text)]


class TestNamedEvents:
    def test_a_long_name_is_still_whole(self) -> None:
        """A name of several capitalised words and connectors ending in an event noun is found whole."""
        names = _names("Delegates of Russia attended the Second International Caspian Oil and Gas Forum in Ashgabat.")
        assert names == ["Second International Caspian Oil and Gas Forum in Ashgabat."], names

    def test_a_differently_worded_long_name(self) -> None:
        """The same holds for a festival named by an ordinal and a place."""
        names = _names("Turkmen artists took part in the 5th Volga Region Folk Music Festival in Kazan.")
        assert names == ["5th Volga Region Folk Music Festival in Kazan."], names

    def test_at_most_twelve_words_before_the_noun(self) -> None:
        """A run of capitals longer than twelve words gives the last twelve, not the whole run."""
        pattern = Lexicon.default().pattern("events.named")
        words = " ".join(f"Word{chr(65 + index)}" for index in range(20))
        match = pattern.search(f"the {words} Forum opened")
        assert match is not None
        assert match.group(0).split()[:-1] == words.split()[-12:]

    def test_a_run_of_capitals_costs_linear_time(self) -> None:
        """Four times as many capitalised words without an event noun take about four times as long."""
        pattern = Lexicon.default().pattern("events.named")

        def seconds(count: int) -> float:
            text = "The Business Forum " + "Alpha Bravo Delta " * count
            started = time.process_time()
            list(pattern.finditer(text))
            return time.process_time() - started

        small, large = min(seconds(2000) for _ in range(3)), min(seconds(8000) for _ in range(3))
        assert large < 8 * max(small, 0.005), (small, large)
