"""JSON text as turkru reads and writes it: strict when reading, always encodable when writing.

Reading refuses what :func:`json.loads` lets through: a key given twice in one object (the
last would silently win), ``NaN``/``Infinity``, and nesting deeper than :data:`NESTING_LIMIT`
levels, on every Python version, whether or not its parser gives up first (the error gives the
line and column where it starts). Writing escapes lone surrogates
(``"\\ud800"``), so the text encodes as UTF-8 and reads back as the same string.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

__all__ = ["JsonTextError", "dump_json", "load_document", "load_json", "read_document"]

_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_BRACKETS = re.compile(r'"(?:[^"\\]|\\.)*"|[\[{]|[\]}]')


class JsonTextError(ValueError):
    """Raised when text is not strict JSON; the message says what and where (no ``invalid JSON:`` prefix)."""


def _escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def dump_json(data: Any, *, indent: int | None = None) -> str:
    """*data* as JSON text: UTF-8 characters kept, lone surrogates escaped, no NaN or Infinity."""
    text = json.dumps(data, ensure_ascii=False, allow_nan=False, indent=indent)
    return _LONE_SURROGATE.sub(_escape, text) if _LONE_SURROGATE.search(text) else text


class _Duplicated(dict[str, Any]):
    """An object in which *key* was given more than once (its last value kept, as json does)."""

    key: str = ""


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) == len(pairs):
        return result
    marked = _Duplicated(result)
    seen: set[str] = set()
    for key, _ in pairs:
        if key in seen:
            marked.key = key
            break
        seen.add(key)
    return marked


def _path_of_duplicate(data: Any) -> tuple[str, str] | None:
    """The JSON path and key of the first duplicated key in *data*, searched without recursion."""
    stack: list[tuple[str, Any]] = [("$", data)]
    while stack:
        path, value = stack.pop()
        if isinstance(value, _Duplicated):
            return path, value.key
        if isinstance(value, dict):
            stack.extend((f"{path}.{key}", item) for key, item in reversed(value.items()))
        elif isinstance(value, list):
            stack.extend((f"{path}[{index}]", item) for index, item in reversed(list(enumerate(value))))
    return None


def _reject_constant(name: str) -> Any:
    raise JsonTextError(f"{name} is not a JSON number")


def _too_deep(text: str, limit: int) -> int | None:
    """The offset in *text* where nesting first goes deeper than *limit* levels, or None."""
    depth = 0
    for match in _BRACKETS.finditer(text):
        token = match.group()
        if token in "[{":
            depth += 1
            if depth > limit:
                return match.start()
        elif token in "]}":
            depth -= 1
    return None


def _line_column(text: str, offset: int) -> str:
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return f"line {line}, column {column}"


NESTING_LIMIT = 500
"""Nesting deeper than this is refused; turkru's documents nest under 10."""


def _nested_beyond(data: Any, limit: int) -> bool:
    """Whether a list or object in *data* sits more than *limit* levels deep (walked without recursion)."""
    stack: list[tuple[Any, int]] = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        if depth > limit:
            return True
        items = value.values() if isinstance(value, dict) else value if isinstance(value, list) else ()
        stack.extend((item, depth + 1) for item in items if isinstance(item, (dict, list)))
    return False


def _may_nest_too_deep(text: str) -> bool:
    """Whether *text* holds enough brackets to nest beyond the limit (counted in C: most texts do not)."""
    return text.count("[") + text.count("{") > NESTING_LIMIT


def _too_deep_error(text: str, before: int | None = None) -> JsonTextError | None:
    """The error for nesting beyond the limit in *text* (before offset *before*), or None."""
    if not _may_nest_too_deep(text):
        return None
    offset = _too_deep(text, NESTING_LIMIT)
    if offset is None or (before is not None and offset >= before):
        return None
    return JsonTextError(f"nested too deeply (more than {NESTING_LIMIT} levels) at {_line_column(text, offset)}")


def load_json(text: str) -> Any:
    """The value of strict JSON *text*; a JsonTextError says what is wrong and where."""
    duplicated: list[bool] = []

    def pairs_hook(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        result = _object(pairs)
        if isinstance(result, _Duplicated):
            duplicated.append(True)
        return result

    try:
        data = json.loads(text, object_pairs_hook=pairs_hook, parse_constant=_reject_constant)
    except RecursionError:  # where the parser gives up depends on the Python version
        raise _too_deep_error(text) or JsonTextError("nested too deeply for the parser") from None
    except json.JSONDecodeError as error:  # deep nesting before the broken place is reported first
        raise _too_deep_error(text, before=error.pos) or JsonTextError(str(error)) from None
    except JsonTextError:
        raise
    except ValueError as error:  # an integer too long to convert
        raise JsonTextError(f"a number too long to read ({str(error).split(';')[0]})") from None
    if _may_nest_too_deep(text) and _nested_beyond(data, NESTING_LIMIT):
        raise _too_deep_error(text) or JsonTextError(f"nested too deeply (more than {NESTING_LIMIT} levels)")
    if duplicated:
        found = _path_of_duplicate(data)
        if found is not None:
            path, key = found
            raise JsonTextError(f"{path}: key {key!r} appears more than once in one object")
    return data


def load_document(text: str, source: str, error: Callable[[str], Exception]) -> Any:
    """The value of the JSON document *text*; invalid JSON raises ``error("<source>: invalid JSON: ...")``.

    The data loaders (gazetteer, lexicon) read their files through this and :func:`read_document`,
    each with its own error class.
    """
    try:
        return load_json(text)
    except JsonTextError as problem:
        raise error(f"{source}: invalid JSON: {problem}") from None


def read_document(path: Path, what: str, error: Callable[[str], Exception]) -> str:
    """The UTF-8 text of the data file *path*; an unreadable file raises
    ``error("<path>: cannot read <what> data (...)")``."""
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as problem:
        raise error(f"{path}: cannot read {what} data ({problem})") from None
