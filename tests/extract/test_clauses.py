"""Clause bounds from the per-sentence semicolon index equal the plain scans they replace."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from turkru.extract.clauses import clause_end, clause_start


class TestClauses:
    def test_bounds_of_a_sentence(self) -> None:
        """The clause of a word starts after the semicolon before it and ends at the one after it."""
        text = "They met in May; the ministers signed a treaty; trade grew."
        at = text.index("treaty")
        assert text[clause_start(text, at) : clause_end(text, at)] == " the ministers signed a treaty"
        assert clause_start("no semicolon here", 5) == 0
        assert clause_end("no semicolon here", 5) == -1

    @given(st.text(alphabet="a; ", max_size=40), st.integers(min_value=0, max_value=45))
    def test_same_as_find_and_rfind(self, text: str, at: int) -> None:
        """Any text, any offset: the same as ``rfind(";", 0, at) + 1`` and ``find(";", at)``."""
        assert clause_start(text, at) == text.rfind(";", 0, at) + 1
        assert clause_end(text, at) == text.find(";", at)
