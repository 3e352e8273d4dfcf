"""What equal values may still show apart: the parts of a value its repr shows but equality does
not settle (the spelling of a surname, the type of a number), as a key.

For two *equal* values of one declared type, ``spelling_key(cls)(a) == spelling_key(cls)(b)``
exactly when ``repr(a) == repr(b)``, so equal records are told apart by form without writing their
reprs: a field equality settles is left out (text, None, an enum member, a part of such fields); a
field equality ignores is kept by its repr; a number by its type (``True == 1``; equal ints of one
type are written alike); anything else (a decimal: ``1.5 == 1.50``) by its repr.
"""

from __future__ import annotations

import enum
import functools
import operator
import types
import typing
from collections.abc import Callable, Hashable
from typing import Any

import attrs

__all__ = ["spelling_key"]

Key = Callable[[Any], Hashable]

_SETTLED: tuple[type, ...] = (str, type(None))
"""Declared types whose equal values are written alike by repr (an enum member is its own one value)."""


_KEYS: dict[type, Key] = {}


def spelling_key(cls: type) -> Key:
    """The key of the fields of the attrs class *cls* its repr shows, ``reported_by`` left out
    (see the module docstring); *cls*'s repr must be the one attrs writes. Worked out once per class."""
    key = _KEYS.get(cls)
    if key is None:
        if not (attrs.has(cls) and _repr_by_attrs(cls)):
            raise TypeError(f"{cls.__name__}: not an attrs class with the repr attrs writes")
        key = _KEYS[cls] = _fields_key(cls, exclude="reported_by") or _constant
    return key


def _constant(_value: object) -> Hashable:
    return ()


@functools.cache
def _key_of(declared: Any) -> Key | None:
    """The key of a value of the *declared* type; None when equality settles its repr."""
    origin = typing.get_origin(declared)
    if origin is typing.Union or origin is types.UnionType:
        options = [arg for arg in typing.get_args(declared) if arg is not type(None)]
        keys = [_key_of(arg) for arg in options]
        if all(key is None for key in keys):
            return None
        if len(options) == 1 and keys[0] is not None:
            inner = keys[0]
            return lambda value: None if value is None else inner(value)
        return repr
    if origin is tuple:
        args = typing.get_args(declared)
        if len(args) == 2 and args[1] is Ellipsis:
            item = _key_of(args[0])
            return None if item is None else lambda value: tuple(map(item, value))
        return None if all(_key_of(arg) is None for arg in args) else repr
    if not isinstance(declared, type):
        return repr
    if declared in _SETTLED or issubclass(declared, enum.Enum):
        return None
    if declared is int:
        return type
    if attrs.has(declared) and _repr_by_attrs(declared):
        return _fields_key(declared)
    return repr


def _repr_by_attrs(cls: type) -> bool:
    code = getattr(cls.__repr__, "__code__", None)
    fields = attrs.fields(cls)
    return (
        code is not None
        and code.co_filename.startswith("<attrs generated")
        and all(field.repr is True or field.repr is False for field in fields)
    )


def _fields_key(cls: type, exclude: str = "") -> Key | None:
    hints = typing.get_type_hints(cls)
    parts: list[tuple[Callable[[Any], Any], Key]] = []
    for field in attrs.fields(cls):
        if not field.repr or field.name == exclude:
            continue
        key = _key_of(hints[field.name]) if field.eq and field.eq_key is None else repr
        if key is not None:
            parts.append((operator.attrgetter(field.name), key))
    if not parts:
        return None
    if len(parts) == 1:
        (get, key), = parts
        return lambda value: key(get(value))
    return lambda value: tuple([key(get(value)) for get, key in parts])
