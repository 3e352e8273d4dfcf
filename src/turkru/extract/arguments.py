"""The keyword arguments of ``parse_article``, checked before any work: a wrong type is a ParseError."""

from __future__ import annotations

from typing import Any

from turkru.errors import ParseError
from turkru.gazetteer import Gazetteer
from turkru.lexicon import Lexicon


def _type_name(value: Any) -> str:
    return type(value).__name__


def check_text(text: Any) -> str:
    """*text* itself when it is a ``str``; anything else is a ParseError naming the type."""
    if not isinstance(text, str):
        raise ParseError(f"text: expected str, got {_type_name(text)}")
    return text


def check_optional_text(name: str, value: Any) -> str | None:
    """A string argument that may be None; any other type is a ParseError naming *name*."""
    if value is not None and not isinstance(value, str):
        raise ParseError(f"{name}: expected str or None, got {_type_name(value)} {value!r:.60}")
    return value


def check_gazetteer(value: Any) -> Gazetteer | None:
    """A Gazetteer or None; anything else is a ParseError naming the argument."""
    if value is not None and not isinstance(value, Gazetteer):
        raise ParseError(f"gazetteer: expected a Gazetteer or None, got {_type_name(value)} {value!r:.60}")
    return value


def check_lexicon(value: Any) -> Lexicon | None:
    """A Lexicon or None; anything else is a ParseError naming the argument."""
    if value is not None and not isinstance(value, Lexicon):
        raise ParseError(f"lexicon: expected a Lexicon or None, got {_type_name(value)} {value!r:.60}")
    return value
