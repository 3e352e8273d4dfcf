r"""Compile a regex so that ``search`` skips, in C, to the characters a match can begin with.

The standard library's compiler writes such a skip (an "info" character set) only for a pattern
whose first item is a literal or a class; a pattern that begins with ``\b``, a lookbehind or
``\b(?=[...])`` (the start test of :mod:`turkru.lexicon._start`) is tried at every position. Given
the characters every match begins with (read by ``_start``), :func:`compile_scanning` builds the
same program with that skip in its info block: the matches are the same, positions whose
character cannot begin one are passed over without entering the matcher.

It uses the standard library's compiler internals (``re._compiler``); where they differ from
what it expects, it returns the plain ``re.compile`` of the pattern.
"""

from __future__ import annotations

import re
from typing import Any

from turkru.lexicon._sre import casefix as _casefix
from turkru.lexicon._sre import compiler as _sre_compile
from turkru.lexicon._sre import constants as _ops
from turkru.lexicon._sre import parser as _sre_parse

_OTHER_CASES = {ord("i"): (0x130,), ord("k"): (0x212A,)}
"""The characters outside ASCII whose simple lower case is an ASCII letter (matched by that letter
under IGNORECASE); tests/lexicon/test_scan.py checks the list is complete."""


def _case_closed(items: list[tuple[Any, Any]]) -> list[tuple[Any, Any]] | None:
    """*items* (literals, ranges and categories of a class) with every character an IGNORECASE
    match of one of them (a superset will do: it is a skip, not a test); None for a cased letter
    outside ASCII (not read)."""
    extra = getattr(_casefix, "_EXTRA_CASES", {})
    out = list(items)
    for op, value in items:
        if op is _ops.CATEGORY:
            continue
        low, high = (value, value) if op is _ops.LITERAL else value
        for code in range(low, high + 1):
            char = chr(code)
            if char.lower() == char.upper():
                continue
            if not char.isascii():
                return None
            lower = ord(char.lower())
            for other in (lower, ord(char.upper()), *extra.get(lower, ()), *_OTHER_CASES.get(lower, ())):
                out.append((_ops.LITERAL, other))
    return out


def _charset(chars: tuple[str, ...], flags: int) -> list[tuple[Any, Any]] | None:
    """The class items of *chars* (class syntax, as ``_start`` writes them), closed under case for
    IGNORECASE; None where they cannot be read."""
    parsed = list(_sre_parse.parse("[" + "".join(dict.fromkeys(chars)) + "]", flags & ~re.IGNORECASE))
    if len(parsed) != 1:
        return None
    op, value = parsed[0]
    if op is _ops.LITERAL:
        items: list[tuple[Any, Any]] = [(op, value)]
    elif op is _ops.IN and all(item_op in (_ops.LITERAL, _ops.RANGE, _ops.CATEGORY) for item_op, _ in value):
        items = list(value)
    else:
        return None
    return _case_closed(items) if flags & re.IGNORECASE else items


def _without_lookahead(data: list[tuple[Any, Any]]) -> list[tuple[Any, Any]]:
    """The parsed start test ``\\b(?=[...])`` less its lookahead: where the program is entered the
    skip has already tested the same character (and ``match`` finds the same without the test)."""
    at = 1 if data and data[0] == (_ops.AT, _ops.AT_BOUNDARY) else 0
    if at < len(data) and data[at][0] is _ops.ASSERT and data[at][1][0] == 1:
        return data[:at] + data[at + 1 :]
    return data


def _without_boundaries(items: list[tuple[Any, Any]]) -> list[tuple[Any, Any]]:
    """*items* (a sequence that begins where the match begins, after a ``\\b`` asserted there)
    less the ``\\b`` each of its first items asserts again at that same place: a branch's
    alternatives and a group's body are read down their first items."""
    while items and items[0] == (_ops.AT, _ops.AT_BOUNDARY):
        items = items[1:]
    if not items:
        return items
    op, value = items[0]
    if op is _ops.BRANCH:
        alternatives = [_sre_parse.SubPattern(alt.state, _without_boundaries(list(alt.data))) for alt in value[1]]
        return [(op, (value[0], alternatives)), *items[1:]]
    if op is _ops.SUBPATTERN:
        group, add_flags, del_flags, body = value
        inner = _sre_parse.SubPattern(body.state, _without_boundaries(list(body.data)))
        return [(op, (group, add_flags, del_flags, inner)), *items[1:]]
    return items


def _program(
    source: str, flags: int, items: list[tuple[Any, Any]], parsed: Any, started: bool
) -> re.Pattern[str] | None:
    low, high = parsed.getwidth()
    if low == 0:
        return None
    flags = parsed.state.flags | flags
    maxcode = _sre_compile.MAXCODE
    charset, _cased = _sre_compile._optimize_charset(items)
    code: list[int] = [_ops.INFO, 0, _ops.SRE_INFO_CHARSET, min(low, maxcode), min(high, maxcode)]
    _sre_compile._compile_charset(charset, flags, code)
    code[1] = len(code) - 1
    data = list(parsed.data)
    if started:
        data = _without_lookahead(data)
        if data and data[0] == (_ops.AT, _ops.AT_BOUNDARY):  # the start test's \b: once is enough
            data = [data[0], *_without_boundaries(data[1:])]
    _sre_compile._compile(code, data, flags)
    code.append(_ops.SUCCESS)
    groupindex = parsed.state.groupdict
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    compiled: re.Pattern[str] = _sre_compile._sre.compile(
        source, flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup)
    )
    return compiled


def compile_scanning(
    source: str, flags: int, chars: tuple[str, ...] | None, parsed: Any = None, *, started: bool = False
) -> re.Pattern[str]:
    """*source* compiled with a skip to *chars* (class items, one of which every match begins
    with; None: no skip), or plainly where the skip cannot be written. *parsed* is the source
    as the standard library's parser reads it, when the caller has it; *started*: the source
    begins with the start test of :func:`turkru.lexicon._start.fast_start` for these *chars*,
    whose lookahead the program leaves out (``pattern`` still shows it)."""
    flags = int(flags)  # not a RegexFlag: the compiler tests the flags often (re.compile does the same)
    if chars:
        try:
            items = _charset(chars, flags)
            if parsed is None:
                parsed = _sre_parse.parse(source, flags)
            compiled = _program(source, flags, items, parsed, started) if items else None
        except Exception:  # internals of another Python version: the plain compile
            compiled = None
        if compiled is not None:
            return compiled
    return re.compile(source, flags)
