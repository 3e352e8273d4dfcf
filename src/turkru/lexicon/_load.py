"""Reading lexicon data: JSON documents into slots and rules, every field checked and located.

A document is ``{"description": ..., "words": {SLOT: [template, ...]}, "rules": {name: {...}}}``.
Errors are LexiconError naming the source, the entry and the field
(``layout.json: rules: 'layout.photo': pattern: ...``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import attrs

from turkru.errors import LexiconError
from turkru.gazetteer.templates import TemplateError, expand
from turkru.jsontext import load_document, read_document

SLOT_NAME = re.compile(r"[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*")
"""Slot names are UPPER_SNAKE (``SIGN_VERB``)."""
# Only fullmatched; the guard keeps a search over a long word linear too.
RULE_NAME = re.compile(r"(?<![a-z0-9_])[a-z][a-z0-9_]*(?:\.[a-z0-9_]+)+")
"""Rule names are ``<area>.<what>`` in lower case (``layout.photo_credit``)."""
CASES = ("any", "exact")
"""``any``: written in lower case, compiled case-insensitively; ``exact``: as written."""
SPACES = ("any", "bounded")
"""``any``: ``\\s+`` (and a space in a phrase) is any run of whitespace; ``bounded``: a few spaces or
tabs with at most one line break (see turkru.lexicon._compile.bound_spaces)."""
FLAGS: dict[str, re.RegexFlag] = {"multiline": re.MULTILINE, "dotall": re.DOTALL, "verbose": re.VERBOSE}
SECTIONS = ("description", "note", "words", "values", "rules")
RULE_FIELDS = ("pattern", "cue", "case", "spaces", "flags", "examples", "counter_examples", "note")


@attrs.frozen
class Rule:
    """One named pattern as written in the data, before its slots are filled in."""

    name: str
    pattern: str
    cue: tuple[str, ...] = ()
    case: str = "any"
    spaces: str = "any"
    flags: tuple[str, ...] = ()
    examples: tuple[str, ...] = ()
    counter_examples: tuple[str, ...] = ()
    where: str = attrs.field(default="", eq=False)
    """The source and entry, for error messages (``layout.json: rules: 'layout.photo'``)."""


@attrs.define
class Parsed:
    """Slots and rules read from one or more documents, in order; the same slot or rule twice is an error."""

    words: dict[str, dict[str, str]] = attrs.field(factory=dict)
    """slot -> phrase -> where the phrase came from."""
    slot_where: dict[str, str] = attrs.field(factory=dict)
    values: dict[str, dict[str, int]] = attrs.field(factory=dict)
    """slot -> phrase -> the integer it stands for (slots of the ``values`` section)."""
    rules: dict[str, Rule] = attrs.field(factory=dict)
    sources: list[str] = attrs.field(factory=list)


def _strings(value: Any, where: str) -> tuple[str, ...]:
    if not isinstance(value, list):
        raise LexiconError(f"{where}: expected a list of strings, got {type(value).__name__}")
    for index, item in enumerate(value):
        if not isinstance(item, str) or not item.strip():
            raise LexiconError(f"{where}[{index}]: {item!r} is not a non-empty string")
    return tuple(value)


def _words(items: Any, source: str, parsed: Parsed) -> None:
    if not isinstance(items, Mapping):
        raise LexiconError(f"{source}: words: expected an object of slots, got {type(items).__name__}")
    for slot, templates in items.items():
        where = f"{source}: words: {slot!r}"
        _new_slot(slot, where, parsed)
        phrases: dict[str, str] = {}
        for index, template in enumerate(_strings(templates, where)):
            try:
                expanded = expand(template)
            except TemplateError as error:
                raise LexiconError(f"{where}[{index}]: {error}") from None
            phrases.update(dict.fromkeys(expanded, f"{where}[{index}]"))
        if not phrases:
            raise LexiconError(f"{where}: the slot has no phrase")
        parsed.words[slot] = phrases


def _new_slot(slot: str, where: str, parsed: Parsed) -> None:
    if not SLOT_NAME.fullmatch(slot):
        raise LexiconError(f"{where}: a slot name is UPPER_SNAKE, such as 'SIGN_VERB'")
    if slot in parsed.slot_where:
        raise LexiconError(f"{where}: slot already defined in {parsed.slot_where[slot]}")
    parsed.slot_where[slot] = where


def _values(items: Any, source: str, parsed: Parsed) -> None:
    """``{"NUMBER_WORD": {"one": 1, ...}}``: slots whose phrases each stand for an integer."""
    if not isinstance(items, Mapping):
        raise LexiconError(f"{source}: values: expected an object of slots, got {type(items).__name__}")
    for slot, table in items.items():
        where = f"{source}: values: {slot!r}"
        _new_slot(slot, where, parsed)
        if not isinstance(table, Mapping) or not table:
            raise LexiconError(f"{where}: expected a non-empty object of phrase: integer")
        for phrase, value in table.items():
            if not phrase.strip() or " ".join(phrase.split()) != phrase:
                raise LexiconError(f"{where}: {phrase!r}: a phrase is words separated by single spaces")
            if isinstance(value, bool) or not isinstance(value, int):
                raise LexiconError(f"{where}: {phrase!r}: {value!r} is not an integer")
        parsed.values[slot] = dict(table)
        parsed.words[slot] = dict.fromkeys(table, where)


def _rule(name: str, raw: Any, source: str) -> Rule:
    where = f"{source}: rules: {name!r}"
    if not RULE_NAME.fullmatch(name):
        raise LexiconError(f"{where}: a rule name is '<area>.<what>' in lower case, such as 'layout.photo_credit'")
    if not isinstance(raw, Mapping):
        raise LexiconError(f"{where}: expected an object with a pattern, got {type(raw).__name__}")
    unknown = sorted(set(raw) - set(RULE_FIELDS))
    if unknown:
        raise LexiconError(f"{where}: unknown field {unknown[0]!r} (allowed: {', '.join(RULE_FIELDS)})")
    pattern = raw.get("pattern")
    if not isinstance(pattern, str) or not pattern:
        raise LexiconError(f"{where}: pattern: expected a non-empty string, got {pattern!r:.60}")
    case = raw.get("case", "any")
    if case not in CASES:
        raise LexiconError(f"{where}: case: {case!r} is not one of {', '.join(CASES)}")
    spaces = raw.get("spaces", "any")
    if spaces not in SPACES:
        raise LexiconError(f"{where}: spaces: {spaces!r} is not one of {', '.join(SPACES)}")
    cue = _strings(raw.get("cue", []), f"{where}: cue")
    flags = _strings(raw.get("flags", []), f"{where}: flags")
    for index, flag in enumerate(flags):
        if flag not in FLAGS:
            raise LexiconError(f"{where}: flags[{index}]: {flag!r} is not one of {', '.join(FLAGS)}")
    return Rule(
        name=name,
        pattern=pattern,
        cue=cue,
        case=case,
        spaces=spaces,
        flags=flags,
        examples=_strings(raw.get("examples", []), f"{where}: examples"),
        counter_examples=_strings(raw.get("counter_examples", []), f"{where}: counter_examples"),
        where=where,
    )


def parse_data(data: Any, source: str, parsed: Parsed) -> None:
    """Add the slots and rules of one parsed JSON document to *parsed*; *source* names it in errors."""
    if not isinstance(data, Mapping):
        raise LexiconError(f"{source}: expected a JSON object with sections {', '.join(SECTIONS)}")
    for section in data:
        if section not in SECTIONS:
            raise LexiconError(f"{source}: unknown section {section!r} (allowed: {', '.join(SECTIONS)})")
    _words(data.get("words", {}), source, parsed)
    _values(data.get("values", {}), source, parsed)
    rules = data.get("rules", {})
    if not isinstance(rules, Mapping):
        raise LexiconError(f"{source}: rules: expected an object of rules, got {type(rules).__name__}")
    for name, raw in rules.items():
        if name in parsed.rules:
            raise LexiconError(f"{source}: rules: {name!r}: rule already defined in {parsed.rules[name].where}")
        parsed.rules[name] = _rule(name, raw, source)
    parsed.sources.append(source)


def parse_text(text: str, source: str, parsed: Parsed) -> None:
    """Parse one JSON document into *parsed*; invalid JSON is a LexiconError naming *source*."""
    parse_data(load_document(text, source, LexiconError), source, parsed)


def parse_file(path: Path, parsed: Parsed) -> None:
    """Read one JSON data file into *parsed*; an unreadable file is a LexiconError naming it."""
    parse_text(read_document(path, "lexicon", LexiconError), str(path), parsed)
