"""The Lexicon: immutable words and patterns of the language, compiled once, injected like the Gazetteer."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Mapping
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

import attrs

from turkru.errors import LexiconError
from turkru.lexicon._compile import Compiled, compile_rule
from turkru.lexicon._load import Parsed, Rule, parse_data, parse_file, parse_text

T = TypeVar("T")


@attrs.frozen(eq=False)
class Lexicon:
    """The words (named slots of phrases) and rules (named patterns over slots) turkru reads text with.

    Build one with :meth:`default` (the package data), :meth:`from_data` or :meth:`from_file`;
    it never changes once built, and every rule is compiled once, at construction. Two lexicons
    are equal only when they are the same object (they are hashable, so they can key caches).
    """

    _slots: dict[str, tuple[str, ...]] = attrs.field(alias="slots", repr=False)
    """slot name -> its phrases (templates expanded), in data order."""
    _rules: dict[str, Rule] = attrs.field(alias="rules", repr=False)
    _values: dict[str, dict[str, int]] = attrs.field(factory=dict, alias="values", repr=False)
    """slot name -> phrase -> integer, for the slots of a ``values`` section (number words)."""
    sources: tuple[str, ...] = ()
    _compiled: dict[str, Compiled] = attrs.field(init=False, repr=False)
    _derived: dict[Callable[[Lexicon], Any], Any] = attrs.field(init=False, factory=dict, repr=False)
    _cue_words: dict[str, tuple[str, ...]] = attrs.field(init=False, repr=False)
    """rule name -> its cue words (what :meth:`has_cue` reads, without a call to look the rule up)."""

    @_compiled.default
    def _compile(self) -> dict[str, Compiled]:
        return {name: compile_rule(rule, self._slots) for name, rule in self._rules.items()}

    @_cue_words.default
    def _cues_by_rule(self) -> dict[str, tuple[str, ...]]:
        return {name: compiled.cues for name, compiled in self._compiled.items()}

    # construction -----------------------------------------------------------------------------

    @classmethod
    def default(cls) -> Lexicon:
        """The lexicon of the package data files, loaded once and shared (it is immutable)."""
        return _default()

    @classmethod
    def default_words(cls, slot: str) -> tuple[str, ...]:
        """The phrases of *slot* in :meth:`default`, read from the package data without compiling
        any rule (what a reader of word lists alone needs, such as the chronicle's merge)."""
        try:
            return tuple(_default_data().words[slot])
        except KeyError:
            raise LexiconError(f"unknown slot {slot!r}") from None

    @classmethod
    def from_data(cls, *documents: Mapping[str, object], base: Lexicon | None = None) -> Lexicon:
        """A lexicon of already-parsed JSON documents on top of *base* (default: :meth:`default`).

        A document's words are added to a slot of *base* of the same name; its rules add to or
        replace those of *base*.
        """
        parsed = Parsed()
        for number, document in enumerate(documents):
            parse_data(document, f"<data {number}>", parsed)
        return cls._assemble(parsed, cls.default() if base is None else base)

    @classmethod
    def from_file(cls, *paths: str | Path, base: Lexicon | None = None) -> Lexicon:
        """A lexicon of JSON data files on top of *base* (default: :meth:`default`); see :meth:`from_data`."""
        parsed = Parsed()
        for path in paths:
            parse_file(Path(path), parsed)
        return cls._assemble(parsed, cls.default() if base is None else base)

    @classmethod
    def _assemble(cls, parsed: Parsed, base: Lexicon | None) -> Lexicon:
        slots = dict(base._slots) if base is not None else {}
        for slot, phrases in parsed.words.items():
            slots[slot] = tuple(dict.fromkeys((*slots.get(slot, ()), *phrases)))
        values = dict(base._values) if base is not None else {}
        for slot in parsed.words:
            if base is not None and slot in base._slots and (slot in values) != (slot in parsed.values):
                kind = "values" if slot in values else "words"
                where = parsed.slot_where[slot]
                raise LexiconError(f"{where}: slot {slot} of the base has {kind}: add to its {kind!r}")
            if slot in parsed.values:
                values[slot] = {**values.get(slot, {}), **parsed.values[slot]}
        rules = {**(base._rules if base is not None else {}), **parsed.rules}
        sources = (*(base.sources if base is not None else ()), *parsed.sources)
        return cls(slots=slots, rules=rules, values=values, sources=sources)

    # lookups ----------------------------------------------------------------------------------

    def slot_names(self) -> tuple[str, ...]:
        """Every slot name, in data order."""
        return tuple(self._slots)

    def rule_names(self) -> tuple[str, ...]:
        """Every rule name, in data order."""
        return tuple(self._rules)

    def rule(self, name: str) -> Rule:
        """The rule *name* as the data wrote it (pattern before slots, cue slots, examples)."""
        try:
            return self._rules[name]
        except KeyError:
            raise LexiconError(f"unknown rule {name!r}") from None

    def words(self, slot: str) -> tuple[str, ...]:
        """The phrases of *slot*, templates expanded, in data order."""
        try:
            return self._slots[slot]
        except KeyError:
            raise LexiconError(f"unknown slot {slot!r}") from None

    def values(self, slot: str) -> dict[str, int]:
        """The integer each phrase of a ``values`` slot stands for (a copy: ``{"one": 1, ...}``)."""
        try:
            return dict(self._values[slot])
        except KeyError:
            raise LexiconError(f"unknown values slot {slot!r}") from None

    def _rule(self, rule: str) -> Compiled:
        try:
            return self._compiled[rule]
        except KeyError:
            raise LexiconError(f"unknown rule {rule!r}") from None

    def pattern(self, rule: str) -> re.Pattern[str]:
        """The compiled regex of *rule* (any-case rules: case-insensitive, for raw or folded text)."""
        return self._rule(rule).pattern

    def folded(self, rule: str) -> re.Pattern[str]:
        """An any-case *rule* compiled without IGNORECASE, to run over folded text only (faster)."""
        folded = self._rule(rule).folded
        if folded is None:
            raise LexiconError(f"rule {rule!r} is exact-case; it has no folded form")
        return folded

    def source(self, rule: str) -> str:
        """The regex source of *rule* with its slots filled in, to be joined with others (the
        compiled regexes may begin with a cheap test of where a match can start)."""
        return self._rule(rule).source

    def cues(self, rule: str) -> tuple[str, ...]:
        """The pre-filter words of *rule*: the longest word of each phrase of its cue slots, lower case,
        less those that hold another (``plans`` goes when ``plan`` is there: the test is the same).

        Every match of the rule holds one of them (the data's tests check it on the examples).
        """
        return self._rule(rule).cues

    def has_cue(self, rule: str, folded: str) -> bool:
        """Whether the folded text holds a cue word of *rule* (True for a rule without cue slots)."""
        try:
            cues = self._cue_words[rule]
        except KeyError:
            raise LexiconError(f"unknown rule {rule!r}") from None
        if not cues:
            return True
        for cue in cues:  # noqa: SIM110 (a plain loop: cheaper than any() over a generator here)
            if cue in folded:
                return True
        return False

    def derive(self, build: Callable[[Lexicon], T]) -> T:
        """``build(self)``, made once per lexicon and kept: a module's compiled bundle of rules and
        word sets, built outside the hot loops and never a module-level constant."""
        try:
            return self._derived[build]  # type: ignore[no-any-return]
        except KeyError:
            made = self._derived[build] = build(self)  # a race only builds the same value twice
            return made


def _data_files() -> list[tuple[str, str]]:
    folder = resources.files("turkru.lexicon") / "data"
    files = [entry for entry in folder.iterdir() if entry.name.endswith(".json")]
    return sorted((entry.name, entry.read_text(encoding="utf-8")) for entry in files)


@functools.cache
def _default_data() -> Parsed:
    """The package data files, parsed (and checked) but not compiled; read, never changed."""
    parsed = Parsed()
    for name, text in _data_files():
        parse_text(text, name, parsed)
    return parsed


@functools.cache
def _default() -> Lexicon:
    return Lexicon._assemble(_default_data(), None)

