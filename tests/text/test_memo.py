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
