"""The language as data: word slots and the rules (patterns) built from them.

The package data (``data/*.json``) is loaded into an immutable :class:`Lexicon`, injected like
the :class:`~turkru.gazetteer.Gazetteer` (``parse_article(..., lexicon=...)``); extend it with
:meth:`Lexicon.from_data` or :meth:`Lexicon.from_file`. The format is described in ``docs/lexicon.md``.
"""

from turkru.lexicon._core import Lexicon
from turkru.lexicon._load import Rule

__all__ = ["Lexicon", "Rule"]
