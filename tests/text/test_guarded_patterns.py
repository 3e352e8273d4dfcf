"""Patterns given a guard or a bound to stay linear when searched over long runs (issue 12's debt)
still find what they found: runs of marks end a sentence, a sign-off after slashes is read."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from turkru.lexicon._load import RULE_NAME
from turkru.text.published import _SECTION, _SIGN_OFF, _sign_off_start
from turkru.text.sentences import _TRAILING_MARKS, split_sentences


class TestGuardedPatterns:
    def test_runs_of_marks_end_a_sentence_once(self) -> None:
        """Several marks in a row are one sentence end, wherever the run stands."""
        text = "The talks ended!!! Then the ministers left?! They will meet again... In May they sign."
        assert [text[a:b] for a, b in split_sentences(text)] == [
            "The talks ended!!!", "Then the ministers left?!", "They will meet again...", "In May they sign.",
        ]  # fmt: skip
        other = "Trade grew?!! Exports rose.. Imports fell!"
        assert len(split_sentences(other)) == 3

    def test_sign_off_after_a_run_of_slashes(self) -> None:
        """A closing "///Agency, date" is read however many slashes open it."""
        for slashes in ("//", "/////"):
            found = _SIGN_OFF.search(f"The sides agreed to meet. {slashes}Example Wire, 4 December 2023")
            assert found is not None and found["date"] == "4 December 2023", slashes

    def test_line_start_labels(self) -> None:
        """A section label opening a line, spaces before it or not."""
        assert _SECTION.match("  News | ") is not None
        assert _SECTION.match("Politics • ") is not None

    def test_trailing_marks_and_rule_names(self) -> None:
        """The marks after a dateline up to the space; rule names as before."""
        assert _TRAILING_MARKS.match("ASHGABAT-- The", 8).group() == "--"
        assert RULE_NAME.fullmatch("agreement.count_before") and not RULE_NAME.fullmatch("agreement")

    def test_long_runs_cost_linear_time(self) -> None:
        """Searched over runs four times longer, the patterns take about four times the steps: checked
        here by their finding nothing in a run far longer than any bound (no catastrophic search)."""
        for pattern, unit in ((_SIGN_OFF, "/"), (_SECTION, "\t"), (RULE_NAME, "a"), (_TRAILING_MARKS, "-")):
            assert not list(re.finditer(pattern, unit * 20000)), pattern.pattern

_PIECES = ["Example", "Wire", "of", "the", "U.S.", " ", "\t", "/", "//", ", ", ". ", "4 May 2023", "x"]


class TestSignOffWindow:
    @given(
        st.lists(
            st.sampled_from(_PIECES),
            max_size=140,
        )
    )
    def test_window_finds_what_the_whole_line_search_finds(self, parts: list[str]) -> None:
        """Searching a closing line from where a sign-off can start at the earliest gives the same match."""
        text = "".join(parts).rstrip()
        whole, windowed = _SIGN_OFF.search(text), _SIGN_OFF.search(text, _sign_off_start(text))
        assert (whole and whole.span()) == (windowed and windowed.span())

    @given(
        st.text(alphabet=st.sampled_from(["w", " ", "/", "\u00a0", "\n", "\u2003", ".", "\t", "\x85"]), max_size=1400)
    )
    def test_start_counts_what_a_backward_walk_counts(self, text: str) -> None:
        """The start is just after the last character other than whitespace or "/" that lies
        beyond the reach, counted from the end one character at a time; 0 when none is."""
        from turkru.text.published import _SIGN_OFF_REACH

        expected, count = 0, 0
        for index in range(len(text) - 1, -1, -1):
            if not (text[index] == "/" or text[index].isspace()):
                count += 1
                if count > _SIGN_OFF_REACH:
                    expected = index + 1
                    break
        assert _sign_off_start(text) == expected

    def test_spaced_out_end_read_in_full(self) -> None:
        """A line whose end is mostly blanks and slashes (more than the end read first) is read
        back far enough: the start falls where the reach runs out, however far back that is."""
        from turkru.text.published import _SIGN_OFF_REACH

        word_chars = "x" * (_SIGN_OFF_REACH + 5)
        text = "".join(char + " /" * 40 for char in word_chars)
        start = _sign_off_start(text)
        assert start == 4 * (1 + len(" /" * 40)) + 1  # just after the fifth word character
        assert sum(1 for char in text[start:] if char not in " /") == _SIGN_OFF_REACH
        assert _sign_off_start("Ashgabat / 4 March 2024") == 0

    def test_long_line_read_at_its_end(self) -> None:
        """A sign-off closing a long line is still found."""
        text = "The sides met. " * 200 + "Example Wire, 4 December 2023"
        assert _sign_off_start(text) > 0
        found = _SIGN_OFF.search(text, _sign_off_start(text))
        assert found is not None and found["date"] == "4 December 2023"
