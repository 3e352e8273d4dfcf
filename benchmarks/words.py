"""Made-up words for synthetic texts: one distinct word of letters for each number."""

from __future__ import annotations


def made_up_word(index: int, ending: str = "zor") -> str:
    """The word for *index* (0, 1, ...): ``a``, ``b``, ... ``z``, ``aa``, ``ab``, ... followed by
    *ending* (``azor``, ``bzor``, ...), so no two indexes share a word and none is an English one."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(97 + rest) + letters
    return letters + ending
