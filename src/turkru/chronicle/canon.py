"""The canonical text of a record: what the merge orders variants and ranks ids by.

The text is built from the fields equality looks at (spelling variants left out), each value
by a writer worked out once per type. Parts of records (people, places, dates) recur often,
so their texts are kept, keyed by the value, but only for parts whose equal values always have
equal texts (:func:`text_follows_equality`: people, places, parties): an amount is a decimal,
and ``1.5`` equals ``1.50`` though the two are written apart, so amounts (and other parts with
numbers, such as dates) are written each time from their own value.
"""

from __future__ import annotations

import enum
import functools
import operator
import types
import typing
from collections.abc import Callable, Iterable
from typing import Any

import attrs

from turkru.model.records import RECORD_TYPES

__all__ = ["canon", "fields_writer", "text_follows_equality"]

_WRITERS: dict[type, Callable[[Any], str]] = {}
"""How :func:`canon` writes a value of each type (worked out once per type)."""


def canon(value: object) -> str:
    """A text of *value* built from the fields equality looks at (spelling variants left out)."""
    return (_WRITERS.get(type(value)) or _new_writer(type(value)))(value)


def _new_writer(cls: type) -> Callable[[Any], str]:
    writer = _WRITERS[cls] = _writer_of(cls)
    return writer


def _writer_of(cls: type) -> Callable[[Any], str]:
    if issubclass(cls, RECORD_TYPES):
        return fields_writer(cls)
    if attrs.has(cls):  # a person, place, date or other part of a record: they recur often
        writer = fields_writer(cls)
        return functools.lru_cache(maxsize=1 << 16)(writer) if text_follows_equality(cls) else writer
    if issubclass(cls, tuple):
        return _tuple_text
    if issubclass(cls, enum.Enum):  # text values are their own text (read without the slow .value)
        return _VALUE if all(isinstance(member.value, str) for member in cls) else _enum_text
    return repr


_VALUE = operator.attrgetter("_value_")


def _joined_texts(items: Iterable[object]) -> str:
    """The texts of *items* (:func:`canon`) joined by commas, each writer looked up in place."""
    writers = _WRITERS
    return ",".join([(writers.get(type(item)) or _new_writer(type(item)))(item) for item in items])


def _tuple_text(value: tuple[object, ...]) -> str:
    return "(" + _joined_texts(value) + ")"


def _enum_text(value: enum.Enum) -> str:
    return str(value.value)


def fields_writer(cls: type) -> Callable[[Any], str]:
    """``Name(field,field,...)`` of the fields *cls* compares by, each by :func:`canon`."""
    names = tuple(field.name for field in attrs.fields(cls) if field.eq)
    head = cls.__name__ + "("
    if len(names) < 2:
        return lambda value: head + _joined_texts([getattr(value, name) for name in names]) + ")"
    fields = operator.attrgetter(*names)
    return lambda value: head + _joined_texts(fields(value)) + ")"


_WRITTEN_AS_EQUAL: tuple[type, ...] = (str, type(None))
"""Declared field types whose equal values are written alike (an enum member is its own one value).
Not ``int``: ``True == 1`` (a bool is an int) though the two are written apart."""


@functools.cache
def text_follows_equality(cls: type) -> bool:
    """Whether equal values of the attrs class *cls* always have equal texts, by the declared
    types of the fields it compares by: text, None, enums, tuples of them and parts made of them.
    A number field makes it False: ``Decimal("1.5") == Decimal("1.50")``, ``True == 1``."""
    hints = typing.get_type_hints(cls)
    return all(_written_as_equal(hints[field.name]) for field in attrs.fields(cls) if field.eq)


def _written_as_equal(declared: Any) -> bool:
    origin = typing.get_origin(declared)
    if origin is typing.Union or origin is types.UnionType or origin is tuple:
        return all(arg is Ellipsis or _written_as_equal(arg) for arg in typing.get_args(declared))
    if not isinstance(declared, type):
        return False
    if declared in _WRITTEN_AS_EQUAL or issubclass(declared, enum.Enum):
        return True
    return attrs.has(declared) and text_follows_equality(declared)
