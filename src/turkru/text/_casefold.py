"""Case folding that agrees with ``re.IGNORECASE``: cheap word checks before a regex runs, and
lower-case patterns (without IGNORECASE, which makes alternations slow) run over folded text.

A pattern written in lower case matches the folded text exactly where the same pattern with
IGNORECASE matches the text, at the same offsets.
"""

from __future__ import annotations

import re

# The letters other than A-Z that IGNORECASE matches with an ASCII letter and that lower()
# does not turn into it: dotted and dotless I, and the long s. (The Kelvin sign lowers to "k".)
_TO_ASCII = {"\u0130": "i", "\u0131": "i", "\u017f": "s"}


_KEPT_CHARS = 1 << 20
"""How many characters of lower-cased texts :func:`lowered` keeps at most (then it starts again)."""


class _Lowered(dict[str, str]):
    """Lower-cased texts outside ASCII by their text, within a budget of characters."""

    chars = 0


_LOWERED = _Lowered()


def lowered(text: str) -> str:
    """``text.lower()``, kept for a text outside ASCII: the stages ask it of the same article and
    sentences many times, and ``str.lower`` reads such a text one character at a time through the
    Unicode tables (tens of times the cost of hashing it, or of lower-casing ASCII)."""
    if text.isascii():
        return text.lower()
    found = _LOWERED.get(text)
    if found is None:
        if _LOWERED.chars + len(text) > _KEPT_CHARS:
            _LOWERED.clear()
            _LOWERED.chars = 0
        found = _LOWERED[text] = text.lower()
        _LOWERED.chars += len(text)
    return found


def forget_lowered() -> None:
    """Drop the texts :func:`lowered` keeps: ``parse_article`` starts each article with none, so
    they are the article's own (one article's stages ask the same texts again, other articles don't)."""
    _LOWERED.clear()
    _LOWERED.chars = 0


def fold(text: str, lower: str | None = None) -> str:
    """*text* lower-cased, same length and offsets, so that an ASCII word occurs in it exactly
    where a case-insensitive regex finds that word in *text* (*lower*: ``text.lower()``, if the
    caller has it already)."""
    if text.isascii():
        return text.lower() if lower is None else lower
    if not ("\u0130" in text or "\u0131" in text or "\u017f" in text):  # the keys of _TO_ASCII
        return lowered(text) if lower is None else lower
    for char, ascii_letter in _TO_ASCII.items():  # str.replace: many times faster than str.translate
        text = text.replace(char, ascii_letter)
    return lowered(text)


def any_word(text: str, words: tuple[str, ...], start: int = 0, end: int | None = None) -> bool:
    """Whether any of *words* occurs in ``text[start:end]`` (for case-blind tests: lower-case
    words in a folded text)."""
    stretch = text[start:end]
    for word in words:  # noqa: SIM110 (a plain loop: this runs often, and a generator costs more than the tests)
        if word in stretch:
            return True
    return False


def span_text(text: str, match: re.Match[str], group: int | str = 0) -> str | None:
    """What a group of *match* (found in the folded *text*) covers in *text* itself; None when
    the group took no part. Read matched words this way, not from the folded text."""
    start, end = match.span(group)
    return None if start < 0 else text[start:end]
