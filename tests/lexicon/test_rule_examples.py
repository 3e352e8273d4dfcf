"""Every rule of the default lexicon against the examples written beside it (one test per rule)."""

from __future__ import annotations

import pytest

from turkru.lexicon import Lexicon
from turkru.lexicon._compile import slots_of
from turkru.text._casefold import fold

RULES = Lexicon.default().rule_names()


@pytest.mark.parametrize("name", RULES)
def test_rule_examples(name: str) -> None:
    """A rule has at least one example; each example matches (raw, folded and through its cue
    words), and no counter-example matches."""
    lexicon = Lexicon.default()
    rule = lexicon.rule(name)
    assert rule.examples, f"{rule.where}: a rule needs at least one example"
    pattern = lexicon.pattern(name)
    for example in rule.examples:
        assert pattern.search(example), f"{rule.where}: example {example!r} does not match"
        assert lexicon.has_cue(name, fold(example)), f"{rule.where}: example {example!r} holds no cue word"
        if rule.case == "any":
            assert lexicon.folded(name).search(fold(example)), f"{rule.where}: folded {example!r} does not match"
    for counter in rule.counter_examples:
        assert not pattern.search(counter), f"{rule.where}: counter-example {counter!r} matches"


@pytest.mark.parametrize("name", RULES)
def test_cue_slots_occur_in_pattern(name: str) -> None:
    """The slots a rule's pre-filter is derived from are slots its pattern uses."""
    rule = Lexicon.default().rule(name)
    assert set(rule.cue) <= set(slots_of(rule.pattern)), rule.where


def test_there_are_rules() -> None:
    """The parametrized tests above run over something: the package data has rules."""
    assert len(RULES) >= 5
