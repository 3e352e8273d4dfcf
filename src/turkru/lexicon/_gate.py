r"""A compiled regex behind a gate: a sentence is searched only when it holds a word every match needs.

``re`` finds no match in a sentence only after trying the regex at every place where one could
begin; most of the lexicon's rules need one of a few words (read by :mod:`turkru.lexicon._needed`)
that most sentences lack. Every gate's words join the vocabulary of the extractors' word filters
(:mod:`turkru.lexicon._vocabulary`); when the document is built each sentence is read for all of
them once (:func:`keep_text`, kept for the article), and a gate then costs a look-up
and an AND of bits. A kept text without a needed word is "no match" at once; any other text is
searched as before, so the matches are always the same.

:class:`Gated` stands in for the ``re.Pattern`` it holds: ``search``, ``match``, ``fullmatch``,
``finditer`` and ``findall`` are gated, every other method and attribute is the pattern's own. A
gate costs a Python call: one that turns away too few of its first searches steps aside.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from typing import Any, cast

from turkru.lexicon._vocabulary import VOCABULARY

_END = sys.maxsize  # the default end of a search, as ``re`` has it
_KEPT_TEXTS = 1 << 12
_TEXTS: dict[str, int] = {}
"""A kept text -> the bits of its words (a kept text's hash is worked out once: a look-up of the
same object then costs a few instructions)."""
VOCABULARY.grown.append(_TEXTS.clear)  # bits read before a word joined lack its bit


def keep_text(folded: str, *texts: str) -> tuple[int, int]:
    """Gate the rules' searches of *texts* (a text and its folded form, see
    :func:`turkru.text._casefold.fold`) on the words of *folded*, until :func:`forget_texts`
    (a text not kept is always searched); the vocabulary's size and the words' bits."""
    size, found = VOCABULARY.read(folded)
    if size < VOCABULARY.size:  # words joined while it was read: its bits cannot gate
        return size, found
    if len(_TEXTS) >= _KEPT_TEXTS:
        _TEXTS.clear()
    for text in texts:
        _TEXTS[text] = found
    return size, found


def forget_texts() -> None:
    """Drop the texts kept (``parse_article`` starts each article with none)."""
    _TEXTS.clear()


_TRIAL = 24
"""How many searches a gate lets through before it weighs itself (see :meth:`Gated._weigh`)."""
_METHODS = ("search", "match", "fullmatch", "finditer", "findall")
_NO_MATCHES: Iterator[Any] = iter(())  # an exhausted iterator: the same one serves every gate


def _none() -> None:
    return None


def _no_matches() -> Iterator[Any]:
    return _NO_MATCHES


_EMPTY: dict[str, Callable[[], Any]] = {"finditer": _no_matches, "findall": list}
"""What a gated method answers for a text without a needed word (a new list for ``findall``)."""


def _steady(method: Callable[..., Any], bits: int, empty: Callable[[], Any]) -> Callable[..., Any]:
    """*method* of the pattern behind the gate of *bits* (a closure: cheaper to call than a method)."""

    def gated(string: str, pos: int = 0, endpos: int = _END) -> Any:
        kept = _TEXTS.get(string)
        if kept is not None and not kept & bits:
            return empty()
        return method(string, pos, endpos)

    return gated


class Gated:
    """A compiled pattern and the bits of the words, one of which each of its matches holds.

    Its gated methods are attributes of the instance: during a trial they count what the gate
    turns away; a gate that turned away too few of the first searches (those of texts not kept,
    or of texts holding its words) costs more than it saves, and hands them back to the pattern's
    own methods (the same results either way); the others drop the counting.
    """

    __slots__ = (
        "_bits", "_pattern", "_tried", "_turned", "findall", "finditer", "flags", "fullmatch", "groupindex",
        "groups", "match", "pattern", "scanner", "search", "split", "sub", "subn", "words",
    )

    def __init__(self, pattern: re.Pattern[str], words: tuple[str, ...]) -> None:
        self._pattern = pattern
        self.words = words
        self._bits = VOCABULARY.add(words)
        self._tried = self._turned = 0
        for name in _METHODS:
            setattr(self, name, self._trial(getattr(pattern, name), _EMPTY.get(name, _none)))
        # the pattern's own, read as fast as the gated methods (``__getattr__`` is a slow path)
        self.split, self.sub, self.subn = pattern.split, pattern.sub, pattern.subn
        self.scanner = pattern.scanner  # type: ignore[attr-defined]  # (not in the stubs)
        self.pattern, self.flags, self.groups, self.groupindex = (
            pattern.pattern, pattern.flags, pattern.groups, pattern.groupindex
        )

    def _trial(self, method: Callable[..., Any], empty: Callable[[], Any]) -> Callable[..., Any]:
        """*method* behind the gate, counting what it turns away and what it lets through."""
        bits = self._bits

        def tried(string: str, pos: int = 0, endpos: int = _END) -> Any:
            kept = _TEXTS.get(string)
            if kept is not None and not kept & bits:
                self._turned += 1
                return empty()
            self._tried += 1
            if self._tried == _TRIAL:
                self._weigh()
            return method(string, pos, endpos)

        return tried

    def _weigh(self) -> None:
        """After the trial: a gate that turned away under an eighth of the searches is dropped,
        the others stop counting."""
        keep = self._turned * 8 >= self._tried
        for name in _METHODS:
            method = getattr(self._pattern, name)
            setattr(self, name, _steady(method, self._bits, _EMPTY.get(name, _none)) if keep else method)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._pattern, name)

    def __repr__(self) -> str:
        return repr(self._pattern)

    def __eq__(self, other: object) -> bool:
        return self._pattern == (other._pattern if isinstance(other, Gated) else other)

    def __hash__(self) -> int:
        return hash(self._pattern)

    def __reduce__(self) -> tuple[Any, ...]:
        return (gated, (self._pattern, self.words))


def gate_words(words: tuple[str, ...]) -> tuple[str, ...]:
    """*words* as the vocabulary holds them: lower case, each its longest white-space-free part
    (a text holding the word holds that part), less those holding another; () if one is too short."""
    parts = sorted({max(word.lower().split() or [""], key=len) for word in words}, key=lambda part: (len(part), part))
    if not parts or len(parts[0]) < 3:
        return ()
    return tuple(part for part in parts if not any(other != part and other in part for other in parts))


def gated(pattern: re.Pattern[str], words: tuple[str, ...]) -> re.Pattern[str]:
    """*pattern* behind a gate of *words* (one of which every match holds, any case); it stands
    in for the pattern wherever one is used. Without usable words, *pattern* itself."""
    kept = gate_words(words)
    return cast("re.Pattern[str]", Gated(pattern, kept)) if kept else pattern
