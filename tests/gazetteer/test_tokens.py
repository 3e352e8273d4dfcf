"""Tests for turkru.gazetteer.tokens: offsets, normal forms and phrase keys."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from turkru.gazetteer import tokens
from turkru.gazetteer.tokens import BREAK, Token, iter_tokens, normalize_word, phrase_key, token_norm, tokenize

_DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"
_APOSTROPHES = "'\u2019\u2018`\u00b4\u02bc\u2032"


def reference_tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """The tokens as documented, one regex match at a time: the slow, obvious reading."""
    found = []
    for match in re.finditer(r"[^\W_]+|\n|[^\w\s]|_", text[max(start, 0) : end]):
        piece = match.group()
        if piece in _DASHES:
            continue
        norm = "'" if piece in _APOSTROPHES else normalize_word(piece) if piece[0].isalnum() else piece
        found.append(Token(match.start() + max(start, 0), match.end() + max(start, 0), piece, norm))
    return found


_PIECES = st.sampled_from(
    ["Ab", "\u00e7", "\u0131", "x_y", "_", "42", "-", "\u2013", "\u2014", "'", "\u2019", ".", "\n", " "]
)


_SPACED = ["Ab", "\u00e7", "42", "_", "\n", " ", "\t", "\u00a0", "\u2003", "-", "\u2014", "."]


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


class TestTokenize:
    """tokenize gives the same tokens as iter_tokens, as parallel lists."""

    def test_parallel_lists(self) -> None:
        """Starts, ends, texts and normal forms line up token by token."""
        text = "Lavrov\u2019s talks \u2013 in T\u00fcrkmenba\u015fy.\n"
        tokens = tokenize(text)
        assert tokens.texts == ["Lavrov", "\u2019", "s", "talks", "in", "T\u00fcrkmenba\u015fy", ".", "\n"]
        assert tokens.norms == ["lavrov", "'", "s", "talks", "in", "turkmenbasy", ".", BREAK]
        assert [text[a:b] for a, b in zip(tokens.starts, tokens.ends, strict=True)] == tokens.texts

    def test_window_clamped(self) -> None:
        """Out-of-range and inverted windows are clamped like ``re`` clamps pos and endpos."""
        text = "Moscow and Kazan"
        assert tokenize(text, -4, 6).texts == ["Moscow"]
        assert tokenize(text, 11, 99).starts == [11]
        assert tokenize(text, 9, 3).texts == []
        assert tokenize(text, 0, -1).texts == []

    def test_token_norm(self) -> None:
        """A token's normal form: words folded, apostrophes unified, other punctuation kept."""
        assert [token_norm(piece) for piece in ("Ashgabat", "`", "?", "\u00c7")] == ["ashgabat", "'", "?", "c"]

    @given(st.one_of(st.text(), st.lists(_PIECES).map("".join)), st.integers(-3, 40), st.integers(-3, 40))
    def test_matches_reference(self, text: str, start: int, end: int) -> None:
        """Any text and window tokenise exactly as the one-match-at-a-time reading does."""
        expected = reference_tokens(text, start, end if end >= 0 else 0)
        assert list(iter_tokens(text, start, end)) == expected
        assert list(map(Token, *tokenize(text, start, end))) == expected

    @given(st.lists(st.sampled_from(_SPACED)).map("".join))
    def test_split_skips_white_space_the_same(self, text: str) -> None:
        """The split that skips white space before entering the matcher splits like the plain
        compile of its pattern (white space of every kind, line breaks and dashes between tokens)."""
        assert tokens._SPLIT.split(text) == re.compile(tokens._SPLIT.pattern).split(text)
