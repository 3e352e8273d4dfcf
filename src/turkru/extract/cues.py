"""Cues in news prose: whether a clause speaks of the future, of generalities, of topics."""

from __future__ import annotations

import re

import attrs

from turkru.lexicon import Lexicon
from turkru.lexicon._start import compile_fast
from turkru.text._casefold import fold

_INTENT_REACH = 60
_CLAUSE_BREAK = compile_fast(r"[;:]\s|\s[\u2013\u2014-]\s")
_CLAUSE_MARKS = ";:\u2013\u2014-"  # one of them is in any clause break


@attrs.frozen
class _CueRules:
    """The lexicon's plan, intent, habit and topic rules, gathered once per lexicon."""

    lexicon: Lexicon
    planned: re.Pattern[str]
    relative_after: re.Pattern[str]
    intent: re.Pattern[str]
    habit: re.Pattern[str]
    topics: tuple[tuple[str, str], ...]
    """(topic name, rule name) for each ``topic.<name>`` rule, in data order."""

    @classmethod
    def of(cls, lexicon: Lexicon) -> _CueRules:
        return cls(
            lexicon=lexicon,
            planned=lexicon.folded("tense.planned"),
            relative_after=lexicon.folded("tense.relative_after"),
            intent=lexicon.pattern("tense.intent"),
            habit=lexicon.pattern("tense.habit"),
            topics=tuple(
                (name.removeprefix(_TOPIC), name) for name in lexicon.rule_names() if name.startswith(_TOPIC)
            ),
        )


_TOPIC = "topic."


def _rules(lexicon: Lexicon | None) -> _CueRules:
    return (lexicon or Lexicon.default()).derive(_CueRules.of)


def clause_around(text: str, start: int, end: int | None = None) -> tuple[int, int]:
    """The clause (between ';', ':' or dashes) holding ``text[start:end]``, as local offsets."""
    end = start if end is None else end
    left, right = 0, len(text)
    if not any(mark in text for mark in _CLAUSE_MARKS):
        return left, right
    for match in _CLAUSE_BREAK.finditer(text):
        if match.end() <= start:
            left = match.end()
        elif match.start() >= end:
            right = match.start()
            break
    return left, right


def _speaks_of_future(clause: str, rules: _CueRules) -> bool:
    folded = fold(clause)
    if not rules.lexicon.has_cue("tense.planned", folded):
        return False
    return rules.planned.search(folded) is not None


def is_planned(text: str, start: int, end: int | None = None, lexicon: Lexicon | None = None) -> bool:
    """Whether the clause around ``text[start:end]`` speaks of something still to come (the
    lexicon's ``tense.planned``, or ``tense.intent`` near the words)."""
    rules = _rules(lexicon)
    left, right = clause_around(text, start, end)
    relative = rules.relative_after.search(fold(text), start if end is None else end, right)
    right = relative.start() if relative is not None else right  # "..., where he will speak": another event
    if _speaks_of_future(text[left:right], rules):
        return True
    near_left = max(left, start - _INTENT_REACH)
    near_right = min(right, (start if end is None else end) + _INTENT_REACH)
    if not rules.lexicon.has_cue("tense.intent", fold(text[near_left:near_right])):
        return False
    return rules.intent.search(text, near_left, near_right) is not None


def is_generic(text: str, lexicon: Lexicon | None = None) -> bool:
    """Whether a sentence states a habit ("delegations often visit") rather than an event."""
    rules = _rules(lexicon)
    return rules.lexicon.has_cue("tense.habit", fold(text)) and rules.habit.search(text) is not None


def topics_of(text: str, lexicon: Lexicon | None = None) -> tuple[str, ...]:
    """Topic words a sentence names (politics, trade, culture, ...), in the lexicon's order."""
    rules = _rules(lexicon)
    folded = fold(text)
    return tuple(
        topic
        for topic, rule in rules.topics
        if rules.lexicon.has_cue(rule, folded) and rules.lexicon.pattern(rule).search(text)
    )
