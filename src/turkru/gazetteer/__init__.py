"""Knowledge as data: people, offices and their terms, places, parties, bodies, goods, countries.

The package data (``data/*.json``) is loaded into an immutable :class:`Gazetteer`; pass one to
the mention finder and the extractors, or build your own with :meth:`Gazetteer.from_files`
and :meth:`Gazetteer.extend`. The format is described in ``docs/gazetteer.md``.
"""

from turkru.gazetteer._core import Gazetteer
from turkru.gazetteer.entries import KINDS, OfficeEntry, PersonEntry, PhraseEntry, Sense
from turkru.gazetteer.index import Index

__all__ = ["KINDS", "Gazetteer", "Index", "OfficeEntry", "PersonEntry", "PhraseEntry", "Sense"]
