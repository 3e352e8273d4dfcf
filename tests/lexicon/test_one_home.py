"""No word list kept in two places: no two slots alike, and no word tuples left in extract/ and text/.

``NOT_YET_MIGRATED`` is the shrinking list of modules that still keep words in Python; a module
leaves it when its owner moves the words into the lexicon. A module on it that keeps no words
any more fails the test too, so the list cannot go stale.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
from collections.abc import Iterator
from types import ModuleType

import turkru.extract
import turkru.text
from turkru.lexicon import Lexicon

NOT_YET_MIGRATED: frozenset[str] = frozenset()  # every module of extract/ and text/ is migrated


def _modules() -> Iterator[ModuleType]:
    for package in (turkru.extract, turkru.text):
        for info in pkgutil.iter_modules(package.__path__, package.__name__ + "."):
            yield importlib.import_module(info.name)


def _is_word(value: object) -> bool:
    return isinstance(value, str) and sum(char.isalpha() for char in value) >= 2


def _assigned(module: ModuleType) -> list[str]:
    """The names the module itself assigns at top level (not the ones it imports)."""
    names = []
    for node in ast.parse(inspect.getsource(module)).body:
        if isinstance(node, ast.Assign):
            targets = node.targets
        elif isinstance(node, ast.AnnAssign):
            targets = [node.target]
        else:
            continue
        names.extend(target.id for target in targets if isinstance(target, ast.Name))
    return names


def _word_lists(module: ModuleType) -> list[str]:
    """Names of the module's own globals that are collections of words (or keyed by words)."""
    found = []
    for name in _assigned(module):
        value = getattr(module, name)
        if isinstance(value, str):
            continue
        items = list(value) if isinstance(value, (tuple, list, set, frozenset, dict)) else []
        if len(items) >= 2 and all(isinstance(item, str) for item in items) and any(map(_is_word, items)):
            found.append(name)
    return found


def test_no_word_lists_outside_the_lexicon() -> None:
    """Modules of extract/ and text/ keep no tuple, set or dict of words, unless not yet migrated."""
    offenders = {module.__name__: _word_lists(module) for module in _modules()}
    kept = {name: lists for name, lists in offenders.items() if lists and name not in NOT_YET_MIGRATED}
    assert kept == {}, "move these words into turkru/lexicon/data (see docs/lexicon.md)"


def test_allowlist_is_not_stale() -> None:
    """Every module on NOT_YET_MIGRATED still keeps words: a migrated module leaves the list."""
    offenders = {module.__name__: _word_lists(module) for module in _modules()}
    assert sorted(name for name in NOT_YET_MIGRATED if not offenders.get(name)) == []


def test_no_two_slots_alike() -> None:
    """No two slots of the default lexicon hold the same phrases (one list, one home)."""
    lexicon = Lexicon.default()
    seen: dict[frozenset[str], str] = {}
    twins = []
    for slot in lexicon.slot_names():
        phrases = frozenset(lexicon.words(slot))
        if phrases in seen:
            twins.append((seen[phrases], slot))
        seen.setdefault(phrases, slot)
    assert twins == []
