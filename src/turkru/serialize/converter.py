"""The one cattrs converter: the wire format of the model, strict when reading.

Wire conventions: partial dates are ISO strings (``"2021-03"``), decimals are strings
(``"1.50"``, exact), enums are their values, tuples are arrays, and records (and the
article) are tagged with ``"kind"``, taken from each class's ``KIND``.
Reading is strict: a wrong type is an error, never coerced (``"12"`` is not an int).
A source's ``reprints`` are written only when it has some.
"""

from __future__ import annotations

import enum
import functools
import re
import typing
from collections.abc import Callable
from decimal import Decimal
from typing import Any, Union

import attrs
from cattrs import Converter
from cattrs.cols import homogenous_tuple_structure_factory
from cattrs.errors import AttributeValidationNote, ClassValidationError, IterableValidationError
from cattrs.errors import IterableValidationNote as _IterableNote
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override
from cattrs.preconf.json import make_converter as make_json_converter
from cattrs.strategies import configure_tagged_union

from turkru.errors import InvalidDateError
from turkru.model.actors import Party, Person, Place
from turkru.model.article import Article
from turkru.model.dates import MonthDay, PartialDate
from turkru.model.provenance import Source
from turkru.model.records import RECORD_TYPES, AnyRecord

__all__ = [
    "ARTICLE_KIND",
    "CONVERTER",
    "KINDS",
    "RECORD_KINDS",
    "TAG",
    "TopLevel",
    "WireError",
    "kind_of",
    "make_converter",
]

TAG = "kind"
"""The key that names an object's class on the wire."""

ARTICLE_KIND = "article"

TopLevel = Union[Article, AnyRecord]  # noqa: UP007 (a runtime union object, usable as a type key)
"""What a top-level JSON object may be: an article or a record of any kind."""

RECORD_KINDS: dict[str, type[Any]] = {cls.KIND: cls for cls in RECORD_TYPES}
"""Record class by wire tag, in model order."""

KINDS: dict[str, type[Any]] = {**RECORD_KINDS, ARTICLE_KIND: Article}
"""Every tagged class by wire tag."""

DECIMAL_PATTERN = r"-?[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?"
"""The wire form of a decimal number: what ``str(Decimal)`` writes for finite values."""

PARTIAL_DATE_PATTERN = r"[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?"
MONTH_DAY_PATTERN = r"--[0-9]{2}-[0-9]{2}"
"""The wire form of a partial date: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``."""

_DECIMAL = re.compile(DECIMAL_PATTERN)
_PARTIAL_DATE = re.compile(PARTIAL_DATE_PATTERN)

SHARED = (Person, Party, Place)
"""Small immutable values that recur across records: read once per distinct JSON object (per
converter, up to :data:`SHARED_SIZE` of each), then the same instance is given again."""

SHARED_SIZE = 4096


class WireError(ValueError):
    """Raised by the converter's hooks when a JSON value has the wrong type or shape."""


def kind_of(cls: type[Any]) -> str:
    """The wire tag of a tagged class: its ``KIND``, or ``'article'`` for :class:`Article`."""
    if cls is Article:
        return ARTICLE_KIND
    kind = getattr(cls, "KIND", None)
    if not isinstance(kind, str):
        raise TypeError(f"{cls.__name__} has no KIND tag")
    return kind


def show(value: Any, limit: int = 60) -> str:
    """``repr(value)``, shortened to about *limit* characters."""
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _type_name(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    return "an object" if isinstance(value, dict) else type(value).__name__


def _wrong(value: Any, expected: str) -> WireError:
    return WireError(f"{show(value)} is {_type_name(value)}, not {expected}")


def _structure_str(value: Any, _type: Any) -> str:
    if not isinstance(value, str):
        raise _wrong(value, "a string")
    return value


def _structure_int(value: Any, _type: Any) -> int:
    if type(value) is not int:
        raise _wrong(value, "an integer")
    return value


def _structure_float(value: Any, _type: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise _wrong(value, "a number")
    return float(value)


def _structure_decimal(value: Any, _type: Any) -> Decimal:
    if not isinstance(value, str):
        raise _wrong(value, "a decimal number in a string")
    if _DECIMAL.fullmatch(value) is None:
        raise WireError(f"{show(value)} is not a decimal number such as '1.5' or '-2E+9'")
    try:
        return Decimal(value)
    except ArithmeticError:
        raise WireError(f"{show(value)} is not a representable decimal number") from None


def _structure_partial_date(value: Any, _type: Any) -> PartialDate:
    if not isinstance(value, str):
        raise _wrong(value, "a partial date in a string")
    return _partial_date(value)


@functools.lru_cache(maxsize=SHARED_SIZE)
def _partial_date(value: str) -> PartialDate:
    """The partial date an ISO string writes (read once per string: dates recur across records)."""
    if _PARTIAL_DATE.fullmatch(value) is None:
        raise InvalidDateError(f"Invalid partial date: {show(value)} (expected YYYY, YYYY-MM or YYYY-MM-DD)")
    return PartialDate.parse(value)


def _structure_month_day(value: Any, _type: Any) -> MonthDay:
    if not isinstance(value, str):
        raise _wrong(value, "a month-day in a string")
    return MonthDay.parse(value)


def _is_enum(type_: Any) -> bool:
    return isinstance(type_, type) and issubclass(type_, enum.Enum)


def _enum_hook(type_: type[enum.Enum]) -> Callable[[Any, Any], enum.Enum]:
    members = {member.value: member for member in type_}
    allowed = ", ".join(repr(value) for value in members)

    def structure(value: Any, _type: Any) -> enum.Enum:
        if isinstance(value, str) and value in members:
            return members[value]
        raise WireError(f"{show(value)} is not one of {allowed}")

    return structure


def _is_tuple(type_: Any) -> bool:
    return typing.get_origin(type_) is tuple


def _tuple_hook_factory(converter: Converter) -> Callable[[Any], Callable[[Any, Any], Any]]:
    def factory(type_: Any) -> Callable[[Any, Any], Any]:
        args = typing.get_args(type_)
        if len(args) == 2 and args[1] is Ellipsis:
            items = homogenous_tuple_structure_factory(type_, converter)
        else:
            items = _fixed_tuple_hook(args, converter)

        def structure(value: Any, _type: Any) -> Any:
            if not isinstance(value, list):
                raise _wrong(value, "an array")
            return items(value, type_)

        return structure

    return factory


def _tuple_unstructure_factory(converter: Converter) -> Callable[[Any], Callable[[Any], list[Any]]]:
    """Tuples become arrays; items are unstructured as their declared type (tags on unions)."""

    def factory(type_: Any) -> Callable[[Any], list[Any]]:
        args = typing.get_args(type_)
        if len(args) == 2 and args[1] is Ellipsis:
            hook = converter.get_unstructure_hook(args[0])
            return lambda value: [hook(item) for item in value]
        hooks = [converter.get_unstructure_hook(arg) for arg in args]
        return lambda value: [hook(item) for hook, item in zip(hooks, value, strict=True)]

    return factory


def _fixed_tuple_hook(args: tuple[Any, ...], converter: Converter) -> Callable[[Any, Any], Any]:
    def structure(value: list[Any], type_: Any) -> tuple[Any, ...]:
        if len(value) != len(args):
            raise WireError(f"{show(value)} has {len(value)} items, not {len(args)}")
        result, errors = [], []
        for index, (item, item_type) in enumerate(zip(value, args, strict=True)):
            try:
                result.append(converter.structure(item, item_type))
            except Exception as error:
                note = _IterableNote(f"Structuring {type_} @ index {index}", index, item_type)
                error.__notes__ = [*getattr(error, "__notes__", []), note]
                errors.append(error)
        if errors:
            raise IterableValidationError(f"While structuring {type_}", errors, type_)
        return tuple(result)

    return structure


def _shared_key(value: dict[str, Any]) -> tuple[Any, ...] | None:
    """A hashable key telling *value*'s JSON apart from any other (types included), or None when
    it holds something other than strings, lists of strings, integers, floats and nulls."""
    key: list[Any] = []
    for name, item in value.items():
        kind = type(item)
        if item is None or kind is str or kind is int or kind is float:
            key.append((name, kind, item))
        elif kind is list and all(type(part) is str for part in item):
            key.append((name, kind, tuple(item)))
        else:
            return None
    return tuple(key)


def _attrs_hook_factory(converter: Converter) -> Callable[[Any], Callable[[Any, Any], Any]]:
    def factory(cls: type[Any]) -> Callable[[Any, Any], Any]:
        fields = make_dict_structure_fn(cls, converter)

        def structure(value: Any, _type: Any) -> Any:
            if not isinstance(value, dict):
                raise _wrong(value, "an object")
            return fields(value, cls)

        return _shared(structure) if cls in SHARED else structure

    return factory


def _shared(structure: Callable[[Any, Any], Any]) -> Callable[[Any, Any], Any]:
    """*structure*, remembering what each distinct JSON object gave (only successes)."""
    seen: dict[tuple[Any, ...], Any] = {}

    def remembered(value: Any, type_: Any) -> Any:
        key = _shared_key(value) if isinstance(value, dict) else None
        if key is None:
            return structure(value, type_)
        found = seen.get(key)
        if found is None:
            found = structure(value, type_)
            if len(seen) >= SHARED_SIZE:
                seen.clear()
            seen[key] = found
        return found

    return remembered


def _tag_error(message: str, union: Any) -> ClassValidationError:
    """An error located at the ``kind`` key of the object being structured."""
    error = WireError(message)
    error.__notes__ = [AttributeValidationNote(f"Structuring {TAG}", TAG, str)]
    return ClassValidationError(f"While structuring {union}", [error], union)


def _configure_union(converter: Converter, union: Any, kinds: dict[str, type[Any]]) -> None:
    """Tag *union* with ``kind`` (first key on the wire) and check the tag before dispatch."""
    configure_tagged_union(union, converter, tag_generator=kind_of, tag_name=TAG)
    tagged_structure = converter.get_structure_hook(union)
    tagged_unstructure = converter.get_unstructure_hook(union)
    allowed = ", ".join(repr(kind) for kind in kinds)

    def structure(value: Any, _type: Any) -> Any:
        if not isinstance(value, dict):
            raise _wrong(value, "an object")
        if TAG not in value:
            raise _tag_error(f"required field missing (one of {allowed})", union)
        kind = value[TAG]
        if not isinstance(kind, str) or kind not in kinds:
            raise _tag_error(f"{show(kind)} is not one of {allowed}", union)
        return tagged_structure(value, union)

    def unstructure(value: Any) -> dict[str, Any]:
        data: dict[str, Any] = tagged_unstructure(value)
        return {TAG: data.pop(TAG), **data}

    converter.register_structure_hook(union, structure)
    converter.register_unstructure_hook(union, unstructure)


def make_converter() -> Converter:
    """A new converter for the model's wire format (use :data:`CONVERTER` instead)."""
    converter = make_json_converter(forbid_extra_keys=True)
    converter.register_structure_hook(str, _structure_str)
    converter.register_structure_hook(int, _structure_int)
    converter.register_structure_hook(float, _structure_float)
    converter.register_unstructure_hook(Decimal, str)
    converter.register_structure_hook(Decimal, _structure_decimal)
    converter.register_unstructure_hook(PartialDate, PartialDate.isoformat)
    converter.register_structure_hook(PartialDate, _structure_partial_date)
    converter.register_unstructure_hook(MonthDay, MonthDay.isoformat)
    converter.register_structure_hook(MonthDay, _structure_month_day)
    converter.register_structure_hook_factory(_is_enum, _enum_hook)
    converter.register_structure_hook_factory(_is_tuple, _tuple_hook_factory(converter))
    converter.register_unstructure_hook_factory(_is_tuple, _tuple_unstructure_factory(converter))
    converter.register_structure_hook_factory(attrs.has, _attrs_hook_factory(converter))
    converter.register_unstructure_hook(
        Source, make_dict_unstructure_fn(Source, converter, reprints=override(omit_if_default=True))
    )
    omitted = override(omit_if_default=True)
    converter.register_unstructure_hook(
        Place,
        make_dict_unstructure_fn(Place, converter, geonames_id=omitted, latitude=omitted, longitude=omitted),
    )
    converter.register_unstructure_hook(Party, make_dict_unstructure_fn(Party, converter, iso_3166_2=omitted))
    converter.register_unstructure_hook(Person, make_dict_unstructure_fn(Person, converter, enwiki_title=omitted))
    for kind in RECORD_KINDS.values():  # a month-day is written only when a record has one
        converter.register_unstructure_hook(kind, make_dict_unstructure_fn(kind, converter, month_day=omitted))
    _configure_union(converter, AnyRecord, RECORD_KINDS)
    _configure_union(converter, TopLevel, KINDS)
    return converter


CONVERTER = make_converter()
"""The converter every serializer in turkru uses."""
