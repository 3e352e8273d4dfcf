"""JSON and JSON Lines for articles and records, with located errors.

Every top-level object carries ``"schema_version": 1`` and its ``"kind"``. Reading
raises only :class:`~turkru.errors.SerializationError`, whose message gives the JSON
path of each problem (``$.records[3].date: ...``) and, for JSON Lines, the line number.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, TypeVar, cast

import cattrs

from turkru.errors import SerializationError, TurkruError
from turkru.jsontext import JsonTextError, dump_json, load_json
from turkru.model.article import Article
from turkru.model.records import AnyRecord
from turkru.serialize.converter import (
    CONVERTER,
    KINDS,
    TAG,
    TopLevel,
    WireError,
    kind_of,
    show,
)
from turkru.serialize.spans import check_spans

__all__ = [
    "SCHEMA_VERSION",
    "Document",
    "dumps",
    "dumps_jsonl",
    "from_document",
    "loads",
    "loads_jsonl",
    "structure",
    "to_document",
    "unstructure",
]

SCHEMA_VERSION = 1
"""The version of the wire format; bumped on any incompatible change."""

VERSION_KEY = "schema_version"

Document = Article | AnyRecord
"""What one top-level JSON object holds."""

T = TypeVar("T")


def _format(error: BaseException, type_: type[Any] | None) -> str:
    """Describe one leaf error for :func:`cattrs.transform_error`."""
    if isinstance(error, (TurkruError, WireError)):
        return str(error)
    if isinstance(error, cattrs.ForbiddenExtraKeysError):
        names = ", ".join(repr(name) for name in sorted(error.extra_fields))
        return f"unknown field{'s' if len(error.extra_fields) > 1 else ''} {names}"
    if isinstance(error, KeyError):
        return "required field missing"
    return cattrs.v.format_exception(error, type_)


def _messages(error: Exception, path: str) -> list[str]:
    """``'<json path>: <what is wrong>'`` for each problem inside *error*."""
    if isinstance(error, cattrs.BaseValidationError):
        located = cattrs.transform_error(error, path=path, format_exception=_format)
        return [": ".join(reversed(item.rsplit(" @ ", 1))) for item in located]
    return [f"{path}: {_format(error, None)}"]


def _fail(messages: Sequence[str]) -> SerializationError:
    return SerializationError("; ".join(messages))


def _located(path: str, message: str) -> SerializationError:
    return SerializationError(f"{path}: {message}")


def unstructure(obj: Any) -> Any:
    """Plain JSON data for *obj*: articles and records tagged with ``kind``, lists as lists.

    No ``schema_version`` is added; see :func:`to_document` for a top-level object.
    """
    if isinstance(obj, (list, tuple)):
        return [unstructure(item) for item in obj]
    if type(obj) in KINDS.values():
        return CONVERTER.unstructure(obj, unstructure_as=TopLevel)
    try:
        return CONVERTER.unstructure(obj)
    except Exception as error:
        raise SerializationError(f"$: cannot serialize {show(obj)} ({error})") from None


def structure(data: Any, cls: type[T], *, path: str = "$") -> T:
    """Build a *cls* from plain JSON data; articles and records must carry their ``kind``."""
    try:
        if cls in KINDS.values():
            obj: Any = CONVERTER.structure(data, cast(Any, TopLevel))
            if not isinstance(obj, cls):
                expected = kind_of(cls)
                raise _located(f"{path}.{TAG}", f"{show(kind_of(type(obj)))} is not {expected!r}")
        else:
            obj = CONVERTER.structure(data, cls)
        if isinstance(obj, Article):
            check_spans(obj, path)
        return cast(T, obj)
    except SerializationError:
        raise
    except Exception as error:
        raise _fail(_messages(error, path)) from None


def to_document(obj: Document) -> dict[str, Any]:
    """A top-level JSON object: ``schema_version``, ``kind``, then the fields."""
    if type(obj) not in KINDS.values():
        raise SerializationError(f"$: {show(obj)} is not an Article or a record")
    return {VERSION_KEY: SCHEMA_VERSION, **unstructure(obj)}


def from_document(data: Any, *, path: str = "$") -> Document:
    """The article or record in a top-level JSON object (checks ``schema_version``)."""
    if not isinstance(data, dict):
        raise _located(path, f"{show(data)} is not an object")
    if VERSION_KEY not in data:
        raise _located(f"{path}.{VERSION_KEY}", f"required field missing (expected {SCHEMA_VERSION})")
    version = data[VERSION_KEY]
    if type(version) is not int or version != SCHEMA_VERSION:
        raise _located(
            f"{path}.{VERSION_KEY}",
            f"{show(version)} is not a supported schema version (expected {SCHEMA_VERSION})",
        )
    body = {key: value for key, value in data.items() if key != VERSION_KEY}
    return cast(Document, structure(body, cast(Any, TopLevel), path=path))


def _encode(data: Any, indent: int | None) -> str:
    return dump_json(data, indent=indent)


def _text(text: Any, what: str) -> str:
    """*text* as a string: bytes are decoded as UTF-8, anything else but str is refused."""
    if isinstance(text, bytes):
        try:
            return text.decode("utf-8")
        except UnicodeDecodeError as error:
            raise SerializationError(f"invalid {what}: not UTF-8 ({error})") from None
    if not isinstance(text, str):
        raise SerializationError(f"invalid {what}: {show(text)} is not a string")
    return text


def _decode(text: str) -> Any:
    try:
        return load_json(text)
    except JsonTextError as error:
        raise SerializationError(f"invalid JSON: {error}") from None


def dumps(obj: Document | Iterable[Document], *, indent: int | None = None) -> str:
    """JSON for an article, a record, or a list of them (one top-level object each)."""
    if type(obj) in KINDS.values():
        return _encode(to_document(cast(Document, obj)), indent)
    if isinstance(obj, Iterable) and not isinstance(obj, (str, bytes, dict)):
        return _encode([to_document(item) for item in obj], indent)
    raise SerializationError(f"$: {show(obj)} is not an Article, a record or a list of them")


def loads(text: str | bytes) -> Document | list[Document]:
    """The article, record or list of them in *text* (as written by :func:`dumps`)."""
    data = _decode(_text(text, "JSON"))
    if isinstance(data, list):
        return [from_document(item, path=f"$[{index}]") for index, item in enumerate(data)]
    if isinstance(data, dict):
        return from_document(data)
    raise _located("$", f"{show(data)} is not an object or an array")


def dumps_jsonl(objs: Iterable[Document]) -> str:
    """JSON Lines: one top-level object per line, each with its ``schema_version``."""
    return "".join(_encode(to_document(obj), None) + "\n" for obj in objs)


def loads_jsonl(text: str | bytes) -> list[Document]:
    """The objects of JSON Lines *text*; blank lines are skipped, errors name the line."""
    result = []
    for number, line in enumerate(_text(text, "JSON Lines").split("\n"), start=1):
        if not line.strip():
            continue
        try:
            result.append(from_document(_decode(line)))
        except SerializationError as error:
            raise SerializationError(f"line {number}: {error}") from None
    return result
