"""Tests for turkru.gazetteer.tokens: offsets, normal forms and phrase keys."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from turkru.gazetteer.tokens import BREAK, iter_tokens, normalize_word, phrase_key


class TestNormalizeWord:
    """Words compare without case and accents."""

    def test_accents_and_case(self) -> None:
        """Turkmen letters fold to plain ASCII."""
        assert normalize_word("Türkmenbaşy") == "turkmenbasy"

    def test_letters_without_decomposition(self) -> None:
        """Letters NFKD leaves alone (dotless i) are mapped, not dropped."""
        assert normalize_word("Gurbangul\u0131") == "gurbanguli"

    def test_non_latin_kept(self) -> None:
        """A word with no Latin letters keeps its lower-cased form rather than vanishing."""
        assert normalize_word("Ашхабад") == "ашхабад"


class TestIterTokens:
    """Tokens keep offsets into the text; dashes vanish; apostrophes unify."""

    def test_offsets_point_into_text(self) -> None:
        """Each token's span slices its own text out of the input."""
        text = "Lavrov met Meredov in Ashgabat."
        assert [text[t.start : t.end] for t in iter_tokens(text)] == [t.text for t in iter_tokens(text)]

    def test_dashes_dropped(self) -> None:
        """Hyphen, en dash and em dash all disappear, so compounds equal spaced words."""
        assert phrase_key("Turkmen\u2013Russian") == phrase_key("Turkmen - Russian") == ("turkmen", "russian")

    def test_curly_apostrophe(self) -> None:
        """A typographic apostrophe has the same normal form as a straight one."""
        assert phrase_key("Russia\u2019s") == phrase_key("Russia's") == ("russia", "'", "s")

    def test_line_break_is_a_token(self) -> None:
        """A newline is a token of its own, so no phrase can match across it."""
        assert [t.norm for t in iter_tokens("Turkmen\nPresident")] == ["turkmen", BREAK, "president"]

    def test_window(self) -> None:
        """Only the window is tokenised, with offsets into the whole text."""
        text = "Moscow and Kazan"
        tokens = list(iter_tokens(text, 7, 16))
        assert [(t.start, t.text) for t in tokens] == [(7, "and"), (11, "Kazan")]

    @given(st.text())
    def test_any_text(self, text: str) -> None:
        """Any text tokenises to ordered, in-bounds, non-empty spans."""
        previous = 0
        for token in iter_tokens(text):
            assert previous <= token.start < token.end <= len(text)
            previous = token.end
