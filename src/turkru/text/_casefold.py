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


def fold(text: str, lower: str | None = None) -> str:
    """*text* lower-cased, same length and offsets, so that an ASCII word occurs in it exactly
    where a case-insensitive regex finds that word in *text* (*lower*: ``text.lower()``, if the
    caller has it already)."""
    if text.isascii() or not ("\u0130" in text or "\u0131" in text or "\u017f" in text):  # the keys of _TO_ASCII
        return text.lower() if lower is None else lower
    for char, ascii_letter in _TO_ASCII.items():  # str.replace: many times faster than str.translate
        text = text.replace(char, ascii_letter)
    return text.lower()


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
