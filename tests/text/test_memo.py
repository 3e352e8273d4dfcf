"""The per-text cache: arguments matched by identity."""

from __future__ import annotations

from turkru.text.memo import per_text


class TestPerText:
    def test_identity_of_texts(self) -> None:
        """The same string object is a hit; an equal new string is computed again (and gives the same)."""
        calls: list[str] = []

        @per_text(4)
        def length(text: str) -> int:
            calls.append(text)
            return len(text)

        text = "The ministers signed a treaty on trade; they met again in May."
        assert length(text) == length(text) == len(text)
        assert len(calls) == 1
        copy = "".join(list(text))
        assert copy == text and copy is not text
        assert length(copy) == len(text) and len(calls) == 2

    def test_bounded_and_other_arguments(self) -> None:
        """At most *size* entries, the oldest dropped; every argument matched (small ints are shared objects)."""
        calls: list[tuple[str, int]] = []

        @per_text(2)
        def cut(text: str, at: int) -> str:
            calls.append((text, at))
            return text[:at]

        words = "Delegations from both sides took part in the forum."
        assert cut(words, 10) == cut(words, 10) == words[:10] and len(calls) == 1
        cut(words, 3)
        cut(words, 5)  # the entry for 10 is dropped
        assert cut(words, 10) == words[:10] and len(calls) == 4

    def test_three_arguments(self) -> None:
        """A function of more arguments is cached too."""
        calls: list[int] = []

        @per_text(4)
        def joined(first: str, second: str, third: str) -> str:
            calls.append(1)
            return " ".join((first, second, third))

        parts = ("trade", "grew", "fast")
        assert joined(*parts) == joined(*parts) == "trade grew fast" and len(calls) == 1


class TestOldestGoesFirst:
    def test_the_oldest_entry_is_dropped_not_the_latest(self) -> None:
        """A full cache forgets the entry made longest ago: the newer ones are still answered from it."""
        calls: list[str] = []

        @per_text(3)
        def shout(text: str) -> str:
            calls.append(text)
            return text.upper()

        texts = [f"sentence number {n}" for n in range(4)]
        for text in texts:
            shout(text)
        assert len(calls) == 4
        for text in texts[1:]:  # the three latest: kept
            assert shout(text) == text.upper()
        assert len(calls) == 4
        assert shout(texts[0]) == texts[0].upper() and len(calls) == 5  # the first: made again

    def test_long_run_through_a_small_cache(self) -> None:
        """Thousands of texts through a cache of eight: it never holds more than eight, answers each
        right, and after the run only the last eight are still kept."""
        calls: list[str] = []

        @per_text(8)
        def words(text: str) -> int:
            calls.append(text)
            return len(text.split())

        texts = [" ".join(["word"] * (n % 7 + 1)) + f" {n}" for n in range(3000)]
        assert [words(text) for text in texts] == [n % 7 + 2 for n in range(3000)]
        assert len(calls) == 3000
        assert [words(text) for text in reversed(texts[-8:])] == [n % 7 + 2 for n in reversed(range(2992, 3000))]
        assert len(calls) == 3000
        words(texts[-9])
        assert len(calls) == 3001
