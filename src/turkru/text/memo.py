"""A small cache for functions of one sentence or article text, its arguments matched by identity.

``functools.lru_cache`` matches a text argument by equality: a call with a new string equal to a
cached one (the same article parsed again) compares the two in full on every call, so a function
called once per document noun of a 400 KB sentence costs a 400 KB comparison each time. Matched by
identity, a call costs the same whatever the text's length, and an equal new string is simply a
miss. The cache keeps the arguments it holds alive, so no other object can take their ids.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


def per_text(size: int) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Cache the results of the decorated function (positional arguments only) for its *size*
    latest argument lists, each argument matched by identity: for functions of a sentence's text and
    of long-lived objects (patterns, word bundles), called many times with the same ones."""

    def decorate(function: Callable[P, R]) -> Callable[P, R]:
        cache: dict[tuple[int, ...], tuple[tuple[object, ...], R]] = {}

        @functools.wraps(function)
        def cached(*args: P.args, **kwargs: P.kwargs) -> R:
            if kwargs:
                return function(*args, **kwargs)
            key = tuple(map(id, args))
            found = cache.get(key)
            if found is not None:
                return found[1]
            result = function(*args, **kwargs)
            if len(cache) >= size:
                del cache[next(iter(cache))]  # the oldest entry
            cache[key] = (args, result)  # the arguments kept alive: their ids stay theirs
            return result

        return cached

    return decorate
