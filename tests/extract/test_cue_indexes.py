"""The per-sentence indexes behind is_planned give what the scans they replace gave."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from turkru.extract.cues import _CLAUSE_BREAK, _relative_start, _rules, clause_around
from turkru.text._casefold import fold

_PIECES = ["The sides", " will sign", " a treaty", "; ", ": ", " - ", " \u2013 ", ", where", ", at which", " talks"]


def _clause_by_scan(text: str, start: int, end: int) -> tuple[int, int]:
    left, right = 0, len(text)
    for match in _CLAUSE_BREAK.finditer(text):
        if match.end() <= start:
            left = match.end()
        elif match.start() >= end:
            right = match.start()
            break
    return left, right


class TestCueIndexes:
    @given(st.lists(st.sampled_from(_PIECES), max_size=30), st.integers(0, 300), st.integers(0, 40))
    def test_clause_and_relative_as_scanned(self, parts: list[str], start: int, width: int) -> None:
        """Any text of these pieces, any span: the same clause, and the same first ", where ..." in it."""
        text = "".join(parts)
        start = min(start, len(text))
        end = min(start + width, len(text))
        left, right = clause_around(text, start, end)
        assert (left, right) == _clause_by_scan(text, start, end)
        rules = _rules(None)
        found = rules.relative_after.search(fold(text), end, right)
        assert _relative_start(fold(text), end, right, rules) == (found.start() if found else None)

    def test_planned_clause(self) -> None:
        """A clause in the future tense, and the clause after it that is not."""
        from turkru.extract.cues import is_planned

        text = "The ministers will sign a treaty on trade; the talks ended in May."
        assert is_planned(text, text.index("treaty"))
        assert not is_planned(text, text.index("talks"))
