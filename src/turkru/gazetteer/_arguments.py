"""The arguments of ``Gazetteer.extend``, checked item by item: a wrong type is a GazetteerError."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from turkru.errors import GazetteerError

T = TypeVar("T")
V = TypeVar("V")


def _show(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _a(name: str) -> str:
    return f"an {name}" if name[:1] in "AEIOU" else f"a {name}"


def _names(kinds: type[Any] | tuple[type[Any], ...]) -> str:
    names = [kind.__name__ for kind in (kinds if isinstance(kinds, tuple) else (kinds,))]
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} or {names[-1]}"


def items_of(name: str, values: Any, kind: type[T]) -> list[T]:
    """The items of the argument *name*, each an instance of *kind* (a bare string is not a list)."""
    if isinstance(values, (str, bytes, Mapping)) or not isinstance(values, Iterable):
        raise GazetteerError(f"extend({name}): {_show(values)} is not a list of {kind.__name__}")
    items = list(values)
    for index, item in enumerate(items):
        if not isinstance(item, kind):
            raise GazetteerError(f"extend({name})[{index}]: {_show(item)} is not {_a(kind.__name__)}")
    return items


def pairs_of(name: str, values: Any, kind: type[V] | tuple[type[Any], ...]) -> list[tuple[str, V]]:
    """The (phrase, value) pairs of the mapping argument *name*; phrases are non-empty strings."""
    if values is None:
        return []
    if not isinstance(values, Mapping):
        raise GazetteerError(f"extend({name}): {_show(values)} is not a mapping of phrases to {_names(kind)}")
    pairs = list(values.items())
    for phrase, value in pairs:
        if not isinstance(phrase, str) or not phrase.strip():
            raise GazetteerError(f"extend({name}): {_show(phrase)} is not a non-empty phrase")
        if not isinstance(value, kind):
            raise GazetteerError(f"extend({name}): {phrase!r}: {_show(value)} is not {_a(_names(kind))}")
    return pairs
