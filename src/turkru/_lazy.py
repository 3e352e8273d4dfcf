"""Lazy package exports (PEP 562): a name is imported from its home module when first used.

A command that only reads a stored chronicle need not import the extractor, the plot or the
event-data coders; ``from turkru import parse_article`` still works and costs the same."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping


def lazy_exports(package: str, homes: Mapping[str, str]) -> tuple[Callable[[str], object], Callable[[], list[str]]]:
    """``__getattr__`` and ``__dir__`` for *package*, whose public *homes* map each name to the
    module it is defined in; a name is looked up once, then kept in the package's namespace."""
    namespace = vars(importlib.import_module(package))

    def __getattr__(name: str) -> object:
        home = homes.get(name)
        if home is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(home), name)
        namespace[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted(set(namespace) | set(homes))

    return __getattr__, __dir__
