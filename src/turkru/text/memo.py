"""A small cache for functions of one sentence or article text, its arguments matched by identity.

``functools.lru_cache`` matches a text argument by equality: a call with a new string equal to a
cached one (the same article parsed again) compares the two in full on every call, so a function
called once per document noun of a 400 KB sentence costs a 400 KB comparison each time. Matched by
identity, a call costs the same whatever the text's length, and an equal new string is simply a
miss. The cache keeps the arguments it holds alive, so no other object can take their ids.
"""

from __future__ import annotations

import functools
import inspect
from collections import deque
from collections.abc import Callable, Hashable
from typing import ParamSpec, TypeVar, cast

P = ParamSpec("P")
R = TypeVar("R")


def per_text(size: int) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Cache the results of the decorated function of one or two positional arguments for its
    *size* latest argument pairs, each argument matched by identity: for functions of a sentence's
    text and of long-lived objects (patterns, word bundles), called many times with the same ones.
    A function of more arguments is cached by a slower general path."""

    def decorate(function: Callable[P, R]) -> Callable[P, R]:
        cache: dict[Hashable, tuple[object, R]] = {}
        order: deque[Hashable] = deque()  # the keys, oldest first (as the dict holds them)
        get = cache.get
        call = cast("Callable[..., R]", function)
        arity = function.__code__.co_argcount if not function.__code__.co_flags & inspect.CO_VARARGS else -1

        def keep(key: Hashable, args: object, result: R) -> R:
            if len(cache) >= size:  # the oldest entry goes: found by its key, not by walking the
                del cache[order.popleft()]  # dict from its start over the slots of those gone before
            cache[key] = (args, result)  # the arguments kept alive: their ids stay theirs
            order.append(key)
            return result

        def one(first: object) -> R:
            found = get(id(first))
            return found[1] if found is not None else keep(id(first), first, call(first))

        def two(first: object, second: object) -> R:
            key = (id(first), id(second))
            found = get(key)
            if found is not None:
                return found[1]
            return keep(key, (first, second), call(first, second))

        def many(*args: object) -> R:
            key = tuple(map(id, args))
            found = get(key)
            return found[1] if found is not None else keep(key, args, call(*args))

        chosen = one if arity == 1 else two if arity == 2 else many
        return cast("Callable[P, R]", functools.wraps(function)(chosen))

    return decorate
