r"""Where a rule's match can begin, as a cheap test put in front of its regex.

Python's ``re`` scans fast only for a pattern that begins with a literal or a character class;
a rule that begins with ``\b``, a lookaround or an alternation of such branches (most of the
lexicon's rules) is tried in full at every position of the text. :func:`fast_start` reads the
parsed regex for the characters a match can begin with, and whether every match begins at a
word boundary, and puts ``\b(?=[...])`` before it: the same matches, found sooner, because most
positions now fail one or two cheap tests. Anything it cannot read leaves the pattern as it is.
"""

from __future__ import annotations

import importlib
import re
from typing import Any

import attrs

from turkru.lexicon._branches import branch_gated
from turkru.lexicon._gate import gated
from turkru.lexicon._needed import needed_words
from turkru.lexicon._scan import compile_scanning


def _module(name: str, before_3_11: str) -> Any:
    try:
        return importlib.import_module(name)
    except ImportError:  # pragma: no cover (Python 3.10)
        return importlib.import_module(before_3_11)


_sre = _module("re._parser", "sre_parse")  # the regex parser of the standard library
_ops = _module("re._constants", "sre_constants")

_REPEATS = frozenset(
    getattr(_ops, name) for name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") if hasattr(_ops, name)
)
_BROAD = frozenset((r"\D", r"\S", r"\W"))
_ZERO_WIDTH = frozenset((_ops.ASSERT, _ops.ASSERT_NOT))
_ATOMIC = getattr(_ops, "ATOMIC_GROUP", None)
_CATEGORIES = {
    _ops.CATEGORY_DIGIT: r"\d",
    _ops.CATEGORY_NOT_DIGIT: r"\D",
    _ops.CATEGORY_SPACE: r"\s",
    _ops.CATEGORY_NOT_SPACE: r"\S",
    _ops.CATEGORY_WORD: r"\w",
    _ops.CATEGORY_NOT_WORD: r"\W",
}


@attrs.frozen
class _Start:
    """What the matches of a piece of regex begin with, over those that consume a character."""

    chars: tuple[str, ...]  # character-class items, one of which matches the first character
    nullable: bool  # whether the piece can match the empty string
    boundary: bool  # whether every match that consumes a character asserts \b where it begins


_EMPTY = _Start((), nullable=True, boundary=False)


def _char(code: int) -> str:
    """One character as it may stand in a character class (a letter or digit as itself)."""
    char = chr(code)
    return char if char.isascii() and char.isalnum() else f"\\U{code:08x}"


def _sequence(items: list[tuple[Any, Any]], index: int = 0) -> _Start | None:
    if index == len(items):
        return _EMPTY
    op, value = items[index]
    if op is _ops.AT or op in _ZERO_WIDTH:
        rest = _sequence(items, index + 1)
        if rest is None or op is not _ops.AT or value is not _ops.AT_BOUNDARY:
            return rest
        return attrs.evolve(rest, boundary=True)
    head = _item(op, value)
    if head is None or not head.nullable:
        return head
    rest = _sequence(items, index + 1)
    if rest is None:
        return None
    return _Start(head.chars + rest.chars, rest.nullable, head.boundary and rest.boundary)


def _class(items: list[tuple[Any, Any]]) -> _Start | None:
    chars = []
    for op, value in items:
        if op is _ops.LITERAL:
            chars.append(_char(value))
        elif op is _ops.RANGE:
            chars.append(f"{_char(value[0])}-{_char(value[1])}")
        elif op is _ops.CATEGORY and value in _CATEGORIES:
            chars.append(_CATEGORIES[value])
        else:
            return None  # a negated class, a locale category: not read
    return _Start(tuple(chars), nullable=False, boundary=False)


def _branch(alternatives: list[Any]) -> _Start | None:
    starts = [_sequence(list(alternative)) for alternative in alternatives]
    if any(start is None for start in starts):
        return None
    known = [start for start in starts if start is not None]
    return _Start(
        tuple(char for start in known for char in start.chars),
        any(start.nullable for start in known),
        all(start.boundary for start in known),
    )


def _item(op: Any, value: Any) -> _Start | None:
    if op is _ops.LITERAL:
        return _Start((_char(value),), nullable=False, boundary=False)
    if op is _ops.IN:
        return _class(value)
    if op is _ops.BRANCH:
        return _branch(value[1])
    if op is _ops.SUBPATTERN:
        _group, add_flags, del_flags, body = value
        return None if add_flags or del_flags else _sequence(list(body))
    if _ATOMIC is not None and op is _ATOMIC:
        return _sequence(list(value))
    if op in _REPEATS:
        low, high, body = value
        inner = _sequence(list(body))
        if inner is None or high == 0:
            return None
        return attrs.evolve(inner, nullable=inner.nullable or low == 0)
    return None  # any character, a negated literal, a back reference: not read


def _cased(code: int) -> bool:
    char = chr(code)
    return char.lower() != char.upper()


def _uncased(op: Any, value: Any, ignore_case: bool) -> bool:
    """Whether a leading literal or class item lets ``re`` skip ahead (a cased letter does not
    under IGNORECASE)."""
    if op is _ops.LITERAL:
        return not (ignore_case and _cased(value))
    if op is _ops.IN:
        return not ignore_case or all(
            (kind is _ops.LITERAL and not _cased(item)) or kind is _ops.CATEGORY for kind, item in value
        )
    return False


def _scans_fast(items: list[tuple[Any, Any]], ignore_case: bool) -> bool:
    """Whether ``re`` itself skips ahead to where a match can begin (a leading literal or class)."""
    while items and items[0][0] is _ops.SUBPATTERN:
        items = list(items[0][1][3])
    if not items:
        return False
    op, value = items[0]
    if op is _ops.BRANCH:
        firsts = [next(iter(alternative), None) for alternative in value[1]]
        return all(
            first is not None and first[0] is _ops.LITERAL and _uncased(first[0], first[1], ignore_case)
            for first in firsts
        )
    return _uncased(op, value, ignore_case)


def fast_start(source: str, flags: int) -> str:
    r"""*source* with ``\b`` and a lookahead for its first character in front, where they hold for
    every match and ``re`` would not skip ahead by itself; else *source* unchanged."""
    return _fast_start(source, flags)[0]


def _fast_start(source: str, flags: int) -> tuple[str, tuple[str, ...] | None, Any]:
    """:func:`fast_start` of *source*; the characters every match begins with when it has a start
    test, and its parsed form then (else None, None)."""
    flags = int(flags)  # an int, as re.compile makes it: the parser and compiler test it often
    if flags & (re.VERBOSE | re.LOCALE | re.ASCII):
        return source, None, None
    try:
        items = list(_sre.parse(source, flags))
    except re.error:
        return source, None, None
    start = _sequence(items)
    if start is None or start.nullable or not start.chars:
        return source, None, None
    if _scans_fast(items, bool(flags & re.IGNORECASE)):
        return source, None, None
    boundary = r"\b" if start.boundary else ""
    if _BROAD.intersection(start.chars):  # about any character may begin a match: no lookahead
        fast, chars = (f"{boundary}(?:{source})" if boundary else source), None
    else:
        fast, chars = f"{boundary}(?=[{''.join(dict.fromkeys(start.chars))}])(?:{source})", start.chars
    try:
        parsed = _sre.parse(fast, flags)
    except re.error:  # a global flag inside the source ("(?i)..."), which must stay in front
        return source, None, None
    return fast, chars, parsed


def compile_fast(source: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile`` of *source* with its start test (see :func:`fast_start`), its search skipping
    in C to the characters a match can begin with (see :mod:`turkru.lexicon._scan`), behind a
    gate of the words its matches need where they are known (see :mod:`turkru.lexicon._gate`),
    or of the words of each of its branches (see :mod:`turkru.lexicon._branches`)."""
    fast, chars, parsed = _fast_start(source, int(flags))
    needed = needed_words(source, int(flags), parsed)  # read before the compiler sees the parsed form
    compiled = compile_scanning(fast, int(flags), chars, parsed, started=chars is not None)
    by_branch = branch_gated(compiled, source, int(flags), _compile_ungated)
    if by_branch is not None:
        return by_branch
    return compiled if needed is None else gated(compiled, needed)


def _compile_ungated(source: str, flags: int) -> re.Pattern[str]:
    """*source* compiled as :func:`compile_fast` does, without a gate (for a branch gate's variants)."""
    fast, chars, parsed = _fast_start(source, flags)
    return compile_scanning(fast, flags, chars, parsed, started=chars is not None)
