"""The JSON mutation property: a valid document changed in one field is read back as what it says, or refused by name.

Each case takes a valid serialized article or record, picks one field anywhere in it and swaps
its value for one of another JSON type, removes it, or writes its key twice. Loading must then
either give an object that says exactly what the changed document says (written out again, every
field the document states has the same value: nothing dropped, nothing coerced; a removed field
takes its default), or raise a SerializationError whose message names the field.
"""

from __future__ import annotations

import json
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from strategies import any_record, articles
from turkru.errors import SerializationError
from turkru.serialize import dumps, loads

Path = tuple[str | int, ...]

SWAPS: tuple[Any, ...] = (None, True, 0, -1, 2.5, "", "x", [], [1], {}, {"x": 1})
"""Values of every JSON type put in a field's place."""


def fields(data: Any, path: Path = ()) -> list[Path]:
    """The path of every key of every object in *data* (the top-level schema fields aside)."""
    found: list[Path] = []
    if isinstance(data, dict):
        for key, value in data.items():
            if path or key not in ("schema_version", "kind"):
                found.append((*path, key))
            found.extend(fields(value, (*path, key)))
    elif isinstance(data, list):
        for index, item in enumerate(data):
            found.extend(fields(item, (*path, index)))
    return found


def _get(data: Any, path: Path) -> Any:
    for step in path:
        data = data[step]
    return data


def _parent(data: Any, path: Path) -> dict[str, Any]:
    parent = _get(data, path[:-1])
    assert isinstance(parent, dict)
    return parent


def _same_type(a: Any, b: Any) -> bool:
    """Whether two JSON values have one type (an integer and a float are both numbers; a bool is not one)."""
    numbers = (int, float)
    both_numbers = isinstance(a, numbers) and isinstance(b, numbers) and not isinstance(a, bool | type(None))
    return type(a) is type(b) or (both_numbers and not isinstance(b, bool))


def _text_with_duplicate(data: Any, path: Path, value: Any) -> str:
    """The JSON of *data* with the key at *path* written a second time, holding *value*."""
    marker = "\u0000duplicate\u0000"
    parent = _parent(data, path)
    parent[marker] = value
    text = json.dumps(data)
    return text.replace(json.dumps(marker), json.dumps(path[-1]))


def _states(written: Any, said: Any, path: Path = ()) -> list[str]:
    """Where the document written back disagrees with what the changed document *said*."""
    if isinstance(said, dict):
        if not isinstance(written, dict):
            return [f"{path}: {written!r} written for {said!r}"]
        problems: list[str] = []
        for key, value in said.items():
            if key not in written:
                if value not in (None, [], {}):  # an omitted default field is still what was said
                    problems.append(f"{(*path, key)}: {value!r} dropped")
                continue
            problems.extend(_states(written[key], value, (*path, key)))
        return problems
    if isinstance(said, list):
        if not isinstance(written, list) or len(written) != len(said):
            return [f"{path}: {written!r} written for {said!r}"]
        pairs = enumerate(zip(written, said, strict=True))
        return [problem for i, (w, s) in pairs for problem in _states(w, s, (*path, i))]
    return [] if written == said and _same_type(written, said) else [f"{path}: {written!r} written for {said!r}"]


def _check(text: str, changed: Any, field: str) -> None:
    """Loading *text* gives what *changed* says, or an error naming *field*."""
    try:
        loaded = loads(text)
    except SerializationError as error:
        assert repr(field)[1:-1] in str(error) or str(field) in str(error), f"{field!r} not named: {error}"
        return
    again = json.loads(dumps(loaded))
    assert not _states(again, changed), _states(again, changed)
    assert loads(dumps(loaded)) == loaded


_DOCUMENTS = articles() | any_record()
_SETTINGS = settings(max_examples=100, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


class TestMutations:
    """One field changed anywhere in a valid document."""

    @_SETTINGS
    @given(_DOCUMENTS, st.data())
    def test_type_swapped(self, obj: Any, data: st.DataObject) -> None:
        """A value replaced by one of another type: refused by name, or (when the field allows it) kept as given."""
        document = json.loads(dumps(obj))
        path = data.draw(st.sampled_from(fields(document)))
        value = data.draw(st.sampled_from([v for v in SWAPS if not _same_type(v, _get(document, path))]))
        _parent(document, path)[path[-1]] = value  # type: ignore[index]
        _check(json.dumps(document), document, str(path[-1]))

    @_SETTINGS
    @given(_DOCUMENTS, st.data())
    def test_removed(self, obj: Any, data: st.DataObject) -> None:
        """A field left out: refused by name when it is required, else it takes its default."""
        document = json.loads(dumps(obj))
        path = data.draw(st.sampled_from(fields(document)))
        del _parent(document, path)[path[-1]]  # type: ignore[arg-type]
        _check(json.dumps(document), document, str(path[-1]))

    @_SETTINGS
    @given(_DOCUMENTS, st.data())
    def test_duplicated(self, obj: Any, data: st.DataObject) -> None:
        """A key written twice, with the same value or another one: always refused by name."""
        document = json.loads(dumps(obj))
        path = data.draw(st.sampled_from(fields(document)))
        value = data.draw(st.sampled_from([_get(document, path), *SWAPS]))
        text = _text_with_duplicate(document, path, value)
        try:
            loads(text)
        except SerializationError as error:
            assert str(path[-1]) in str(error)
        else:
            raise AssertionError(f"key {path[-1]!r} given twice was accepted")

    def test_round_trip_of_every_valid_document_is_exact(self) -> None:
        """An explicit empty reprint list, the writer's one omitted default, reads back as the same object."""
        article = loads(json.dumps({"schema_version": 1, "kind": "article", "records": [],
                                    "source": {"article_id": "a", "reprints": []}}))
        assert loads(dumps(article)) == article
