r"""A regex written as an alternation, searched in a text with only the branches the text can match.

At each place of a text, ``re`` tries an alternation's branches in order and takes the first that
matches there. A branch that needs a word (read by :mod:`turkru.lexicon._needed`) the whole text
lacks matches nowhere in it, so leaving it out changes no match anywhere; in a long rule of many
branches ("a summit of ... states", "a business forum", "the ... exhibition") most sentences hold
the words of one or two. :class:`BranchGated` stands in for such a pattern, like
:class:`turkru.lexicon._gate.Gated`: a text kept for the article (see
:func:`turkru.lexicon._gate.keep_text`) is searched with the pattern of its live branches (made
once per set of branches, and kept by the text's word bits), or answered "no match" at once when
none is live; any other text is searched with the whole pattern.

Only an alternation at the top of the source, written without groups (a variant's groups would
take other numbers), comments or verbose layout, is split; the split is read from the source as
written. (Rules with groups were tried too, keeping the branches that hold one: the one rule it
took, ``visits.trigger``, ran slower, its variants slower than the whole.)
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, cast

from turkru.lexicon._gate import _EMPTY, _END, _METHODS, _TEXTS, _none, gate_words
from turkru.lexicon._needed import needed_words
from turkru.lexicon._vocabulary import VOCABULARY

_MAX_VARIANTS = 64  # sets of live branches compiled per pattern (more: the whole pattern serves)
_KEPT_BITS = 1 << 12  # word bits of kept texts remembered per pattern (then forgotten)

_UNKNOWN: Any = object()  # word bits not met yet

Compiler = Callable[[str, int], re.Pattern[str]]


def top_branches(source: str) -> list[str] | None:
    """The branches of the alternation at the top of *source*, as written; None for a source of
    one branch, or one this split does not read (a comment, an unbalanced bracket)."""
    if "(?#" in source:
        return None
    branches: list[str] = []
    depth, start, index, in_class = 0, 0, 0, False
    while index < len(source):
        char = source[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            index += 1 + (source[index + 1 : index + 2] == "^")
            index += source[index : index + 1] == "]"  # a "]" first in a class is a literal
            continue
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth < 0:
                return None
        elif char == "|" and depth == 0:
            branches.append(source[start:index])
            start = index + 1
        index += 1
    if depth or in_class or not branches:
        return None
    return [*branches, source[start:]]


class BranchGated:
    """A compiled alternation, the bits of each branch's words (0: a branch needing none), and the
    patterns of the sets of branches met so far."""

    __slots__ = (
        "_bits", "_branches", "_compile", "_flags", "_live", "_pattern", "_variants", "findall", "finditer",
        "flags", "fullmatch", "groupindex", "groups", "match", "pattern", "scanner", "search", "split", "sub",
        "subn", "words",
    )

    def __init__(
        self, pattern: re.Pattern[str], branches: list[str], words: list[tuple[str, ...]], compile_variant: Compiler
    ) -> None:
        self._pattern = pattern
        self._branches = branches
        self._bits = [VOCABULARY.add(branch_words) if branch_words else 0 for branch_words in words]
        self._compile = compile_variant
        self._flags = int(pattern.flags)
        self._live: dict[int, tuple[Callable[..., Any], ...] | None] = {}  # word bits -> methods
        self._variants: dict[int, tuple[Callable[..., Any], ...] | None] = {}  # live branches -> methods
        self.words = tuple(dict.fromkeys(word for branch_words in words for word in branch_words))
        for index, name in enumerate(_METHODS):
            setattr(self, name, self._gated(index, getattr(pattern, name), _EMPTY.get(name, _none)))
        self.split, self.sub, self.subn = pattern.split, pattern.sub, pattern.subn
        self.scanner = pattern.scanner  # type: ignore[attr-defined]  # (not in the stubs)
        self.pattern, self.flags, self.groups, self.groupindex = (
            pattern.pattern, pattern.flags, pattern.groups, pattern.groupindex
        )

    def _gated(self, index: int, whole: Callable[..., Any], empty: Callable[[], Any]) -> Callable[..., Any]:
        """The method *index* of :data:`_METHODS`: on a kept text, that of its live branches' pattern."""
        live = self._live

        def gated(string: str, pos: int = 0, endpos: int = _END) -> Any:
            kept = _TEXTS.get(string)
            if kept is None:
                return whole(string, pos, endpos)
            methods = live.get(kept, _UNKNOWN)
            if methods is _UNKNOWN:
                methods = self._methods_for(kept)
            return empty() if methods is None else methods[index](string, pos, endpos)

        return gated

    def _methods_for(self, kept: int) -> tuple[Callable[..., Any], ...] | None:
        """The methods of the pattern of the branches a text of word bits *kept* can match (None:
        none can), worked out once per bits."""
        mask = 0
        for number, bits in enumerate(self._bits):
            if not bits or kept & bits:
                mask |= 1 << number
        if mask in self._variants:
            methods = self._variants[mask]
        elif not mask:
            methods = self._variants[mask] = None
        elif mask == (1 << len(self._bits)) - 1 or len(self._variants) >= _MAX_VARIANTS:
            methods = tuple(getattr(self._pattern, name) for name in _METHODS)
        else:
            source = "|".join(branch for number, branch in enumerate(self._branches) if mask >> number & 1)
            variant = self._compile(source, self._flags)
            methods = self._variants[mask] = tuple(getattr(variant, name) for name in _METHODS)
        if len(self._live) >= _KEPT_BITS:
            self._live.clear()
        self._live[kept] = methods
        return methods

    def __getattr__(self, name: str) -> Any:
        return getattr(self._pattern, name)

    def __repr__(self) -> str:
        return repr(self._pattern)

    def __eq__(self, other: object) -> bool:
        return self._pattern == (other._pattern if isinstance(other, BranchGated) else other)

    def __hash__(self) -> int:
        return hash(self._pattern)

    def __reduce__(self) -> tuple[Any, ...]:
        return (re.compile, (self._pattern.pattern, self._pattern.flags))


def branch_gated(
    pattern: re.Pattern[str], source: str, flags: int, compile_variant: Compiler
) -> re.Pattern[str] | None:
    """*pattern* (compiled from *source*) behind gates of its branches' words, where it is an
    alternation without groups of at least two branches needing words; else None. Its variants
    are compiled by *compile_variant* (source, flags)."""
    if pattern.groups or flags & re.VERBOSE:  # (a variant's group would take another number)
        return None
    branches = top_branches(source)
    if branches is None:
        return None
    words = [gate_words(needed_words(branch, flags) or ()) for branch in branches]
    if sum(1 for branch_words in words if branch_words) < 2:
        return None
    try:  # the branches joined again must read as the whole does (no global flag inside one)
        whole = compile_variant("|".join(branches), flags)
    except re.error:
        return None
    if whole.flags != pattern.flags or whole.groups:
        return None
    return cast("re.Pattern[str]", BranchGated(pattern, branches, words, compile_variant))
