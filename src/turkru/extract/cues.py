"""Cues in news prose: whether a clause speaks of the future, of generalities, of topics."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

import attrs

from turkru.lexicon import Lexicon
from turkru.lexicon._start import compile_fast
from turkru.text._casefold import fold
from turkru.text.memo import per_text

_INTENT_REACH = 60
_CLAUSE_BREAK = compile_fast(r"[;:]\s|\s[\u2013\u2014-]\s")
_CLAUSE_MARKS = ";:\u2013\u2014-"  # one of them is in any clause break


@attrs.frozen
class _CueRules:
    """The lexicon's plan, intent, habit and topic rules, gathered once per lexicon."""

    lexicon: Lexicon
    planned: re.Pattern[str]
    headline_infinitive: re.Pattern[str]
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
            headline_infinitive=lexicon.folded("tense.headline_infinitive"),
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


@per_text(16)
def _folded(text: str) -> str:
    """The folded sentence, once per sentence rather than once per question asked of it."""
    return fold(text)


@per_text(16)
def _spans(text: str, pattern: re.Pattern[str]) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """The starts and the ends of the matches of *pattern* in *text* (``finditer``), once per sentence."""
    spans = [match.span() for match in pattern.finditer(text)]
    return tuple(start for start, _ in spans), tuple(end for _, end in spans)


@per_text(16)
def _clause_breaks(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """The starts and ends of the sentence's clause breaks; none searched for when no mark is there."""
    if not any(mark in text for mark in _CLAUSE_MARKS):
        return (), ()
    return _spans(text, _CLAUSE_BREAK)


def clause_around(text: str, start: int, end: int | None = None) -> tuple[int, int]:
    """The clause (between ';', ':' or dashes) holding ``text[start:end]``, as local offsets: after
    the last break ending by *start*, up to the first break starting from *end* (the breaks found
    once per sentence)."""
    end = start if end is None else end
    starts, ends = _clause_breaks(text)
    before, after = bisect_right(ends, start), bisect_left(starts, end)
    return (ends[before - 1] if before else 0), (starts[after] if after < len(starts) else len(text))


@per_text(16)
def _futures(text: str, rules: _CueRules) -> dict[tuple[int, int], bool]:
    """Whether each clause of *text* asked about so far speaks of the future, by (left, right)."""
    return {}


def _speaks_of_future(text: str, left: int, right: int, rules: _CueRules) -> bool:
    """Whether ``text[left:right]`` speaks of the future: read once per clause, however many
    phrases of the clause ask."""
    known = _futures(text, rules)
    found = known.get((left, right))
    if found is None:
        folded = fold(text[left:right])
        found = rules.lexicon.has_cue("tense.planned", folded) and rules.planned.search(folded) is not None
        known[(left, right)] = found
    return found


def _relative_start(folded: str, start: int, end: int, rules: _CueRules) -> int | None:
    """Where ``rules.relative_after`` first matches within ``folded[start:end]`` (", where ..."), from
    its matches in the whole sentence found once: they cannot overlap (each opens with a comma and
    ends at a word's end) and *end* is a clause break or the sentence's end, so the first of them
    from *start* is what a search of that stretch finds."""
    starts, ends = _spans(folded, rules.relative_after)
    index = bisect_left(starts, start)
    return starts[index] if index < len(starts) and ends[index] <= end else None


def is_planned(
    text: str, start: int, end: int | None = None, lexicon: Lexicon | None = None, *, headline: bool = False
) -> bool:
    """Whether the clause around ``text[start:end]`` speaks of something still to come (the
    lexicon's ``tense.planned``, or ``tense.intent`` near the words); a *headline* also when its
    predicate is an infinitive ("Lavrov to visit Ashgabat", ``tense.headline_infinitive``)."""
    rules = _rules(lexicon)
    if headline and rules.headline_infinitive.search(_folded(text)) is not None:
        return True
    left, right = clause_around(text, start, end)
    relative = _relative_start(_folded(text), start if end is None else end, right, rules)
    right = relative if relative is not None else right  # "..., where he will speak": another event
    if _speaks_of_future(text, left, right, rules):
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
