r"""The words a regex's matches need: a set of literal strings, one of which every match holds.

Read from the parsed regex (the standard library's parser), like the start test of
:mod:`turkru.lexicon._start`: a run of literals is a word (``meet``); a class of a few characters
or an alternation of such runs multiplies into their concatenations (``me(?:t|et)`` holds
``met`` or ``meet``); an alternation needs one of its branches' words; an optional or negated
piece, a broad class (``\w``), a back reference needs nothing. Of a sequence the most selective
piece is kept: few words, each long. Zero-width items (``\b``, lookarounds) take no room, so the
literals on both sides of them join. The words are in lower case, read as under IGNORECASE
whatever the flags, to be looked for in text folded by :func:`turkru.text._casefold.fold` (a
match of a case-exact regex holds them there too); a cased letter outside ASCII (whose other
cases ``fold`` may not agree on) needs nothing.
"""

from __future__ import annotations

import re
from typing import Any

import attrs

from turkru.lexicon._sre import constants as _ops
from turkru.lexicon._sre import parser as _sre

_REPEATS = frozenset(
    getattr(_ops, name) for name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") if hasattr(_ops, name)
)
_ZERO_WIDTH = frozenset((_ops.AT, _ops.ASSERT, _ops.ASSERT_NOT))
_ATOMIC = getattr(_ops, "ATOMIC_GROUP", None)
_MAX_STRINGS = 64  # the most strings a piece's exact forms multiply into before they are dropped
_MAX_WORDS = 48  # the most words a gate asks for (more: too common a piece to gate on)
_MIN_LENGTH = 3  # shorter words are in most texts: no use as a gate
_EMPTY = frozenset({""})


@attrs.frozen
class _Need:
    """What a piece of regex matches: every string it can match when few (else None), and words
    one of which each of its matches holds (None: none known)."""

    exact: frozenset[str] | None
    words: frozenset[str] | None


_NOTHING = _Need(None, None)


def _score(words: frozenset[str] | None) -> int:
    """How good a gate *words* make: long words first, then few of them; -1 for no gate."""
    if not words or len(words) > _MAX_WORDS:
        return -1
    shortest = min(map(len, words))
    return -1 if shortest < _MIN_LENGTH else min(shortest, 8) * _MAX_WORDS - len(words)


def _better(first: frozenset[str] | None, second: frozenset[str] | None) -> frozenset[str] | None:
    return first if _score(first) >= _score(second) else second


def _char(code: int) -> frozenset[str] | None:
    char = chr(code)
    if char.lower() != char.upper() and not char.isascii():
        return None  # a cased letter outside ASCII: its other cases are not read
    return frozenset({char.lower()})


def _class(items: list[tuple[Any, Any]]) -> frozenset[str] | None:
    chars: set[str] = set()
    for op, value in items:
        if op is _ops.LITERAL:
            codes = [value]
        elif op is _ops.RANGE and value[1] - value[0] < 4:
            codes = list(range(value[0], value[1] + 1))
        else:
            return None  # a category, a negation, a wide range
        for code in codes:
            found = _char(code)
            if found is None:
                return None
            chars |= found
    return frozenset(chars) if len(chars) <= 4 else None


def _sequence(items: list[tuple[Any, Any]]) -> _Need:
    run: frozenset[str] = _EMPTY  # the strings the current run of exactly known items makes
    whole = True  # whether every item so far is exactly known (the run is then the sequence's)
    words: frozenset[str] | None = None
    for op, value in items:
        need = _item(op, value)
        if need.exact is not None and len(run) * len(need.exact) <= _MAX_STRINGS:
            run = frozenset(left + right for left in run for right in need.exact)
            continue
        words = _better(_better(words, run), need.words)
        whole = False
        run = need.exact if need.exact is not None else _EMPTY
    words = _better(words, run)
    return _Need(run if whole else None, words)


def _branch(alternatives: list[Any]) -> _Need:
    needs = [_sequence(list(alternative)) for alternative in alternatives]
    exact: frozenset[str] | None = None
    if all(need.exact is not None for need in needs):
        union = frozenset().union(*(need.exact for need in needs if need.exact is not None))
        exact = union if len(union) <= _MAX_STRINGS else None
    chosen = [_better(need.words, need.exact) for need in needs]
    if any(_score(words) < 0 for words in chosen):
        return _Need(exact, None)
    return _Need(exact, frozenset().union(*(words for words in chosen if words is not None)))


def _item(op: Any, value: Any) -> _Need:
    if op is _ops.LITERAL:
        return _Need(_char(value), None)
    if op in _ZERO_WIDTH:
        return _Need(_EMPTY, None)  # takes no room: the literals on both sides join
    if op is _ops.IN:
        return _Need(_class(value), None)
    if op is _ops.BRANCH:
        return _branch(value[1])
    if op is _ops.SUBPATTERN:
        _group, _add_flags, _del_flags, body = value
        return _sequence(list(body))
    if _ATOMIC is not None and op is _ATOMIC:
        return _sequence(list(value))
    if op in _REPEATS:
        low, high, body = value
        inner = _sequence(list(body))
        if low == 0:
            if high == 1 and inner.exact is not None:  # an optional piece: it or nothing
                return _Need(inner.exact | _EMPTY, None)
            return _Need(_EMPTY, None) if high == 0 else _NOTHING
        exact = inner.exact if low == high == 1 else None
        return _Need(exact, _better(inner.words, inner.exact))
    return _NOTHING  # any character, a negated literal, a category, a back reference


_KNOWN: dict[tuple[str, int], tuple[str, ...] | None] = {}
"""The words of each source read so far (a rule's any-case pattern and its folded twin share them)."""


def needed_words(source: str, flags: int = 0, parsed: Any = None) -> tuple[str, ...] | None:
    """Lower-case words one of which every match of *source* holds in the folded text it runs
    over (or that the text it runs over folds to); None where none are known, or the regex is
    not read. *parsed*: the source as the standard library's parser reads it, when the caller
    has it. Read as under IGNORECASE whatever the flags: a word then holds in the folded text."""
    if flags & re.LOCALE:
        return None
    key = (source, flags & re.VERBOSE)
    if key in _KNOWN:
        return _KNOWN[key]
    if parsed is None:
        try:
            parsed = _sre.parse(source, flags)
        except re.error:
            return None
    whole = _sequence(list(parsed))
    words = _better(whole.words, whole.exact)
    found = None
    if words is not None and _score(words) >= 0:
        ordered = sorted(words, key=lambda word: (len(word), word))
        found = tuple(word for word in ordered if not any(other != word and other in word for other in ordered))
    if len(_KNOWN) < 1 << 12:
        _KNOWN[key] = found
    return found
