"""The regex engine's own parser, compiler and constants (the standard library's ``re``
internals), read by the rule compilers that look inside a pattern (:mod:`turkru.lexicon._scan`,
:mod:`turkru.lexicon._needed`)."""

from __future__ import annotations

import importlib
from typing import Any


def _module(name: str, before_3_11: str) -> Any:
    try:
        return importlib.import_module(name)
    except ImportError:  # pragma: no cover (Python 3.10)
        return importlib.import_module(before_3_11)


compiler = _module("re._compiler", "sre_compile")
parser = _module("re._parser", "sre_parse")
constants = _module("re._constants", "sre_constants")
casefix = _module("re._casefix", "sre_constants")
