"""Clause bounds by semicolon, from one index per sentence rather than a scan per document."""

from __future__ import annotations

from bisect import bisect_left

from turkru.text.memo import per_text


@per_text(16)
def _semicolons(text: str) -> tuple[int, ...]:
    """The offsets of every ";" in *text*, found once per sentence."""
    marks = []
    found = text.find(";")
    while found >= 0:
        marks.append(found)
        found = text.find(";", found + 1)
    return tuple(marks)


def clause_start(text: str, at: int) -> int:
    """Where the clause holding ``text[at]`` begins: after the last ";" before *at*, else 0
    (``text.rfind(";", 0, at) + 1``)."""
    marks = _semicolons(text)
    before = bisect_left(marks, at)
    return marks[before - 1] + 1 if before else 0


def clause_end(text: str, at: int) -> int:
    """The first ";" from *at* on, or -1 when none (``text.find(";", at)``)."""
    marks = _semicolons(text)
    after = bisect_left(marks, at)
    return marks[after] if after < len(marks) else -1
