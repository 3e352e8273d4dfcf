"""Which of a sentence's dates can date an event, and the one nearest to a word."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import attrs

from turkru.extract.cue_words import CueWords, word_filter
from turkru.lexicon import Lexicon
from turkru.lexicon._start import compile_fast
from turkru.model.dates import MonthDay, PartialDate, Precision
from turkru.text.memo import per_text
from turkru.text.timex import Timex

if TYPE_CHECKING:
    from turkru.extract.document import Sentence


def common_date(start: PartialDate, end: PartialDate | None) -> PartialDate:
    """The finest date containing both ends of a span (5-6 February -> February)."""
    if end is None or end == start:
        return start
    for precision in (Precision.DAY, Precision.MONTH, Precision.YEAR):
        first, last = start.truncate(precision), end.truncate(precision)
        if first == last:
            return first
    return PartialDate(year=start.year)


_SINCE = compile_fast(r"\b(?:since|until|till)\b[^,;]*$", re.I)
# The base a figure is compared with ("compared to the same period of 2019", "up 15% from 2019",
# "than in 2019"): the figure's own date is another.
_SAME_PERIOD = r"(?:(?:the\s+)?(?:same|corresponding|like|equivalent)\s+period\s+(?:of|in|last)\s+)?(?:the\s+)?"
_COMPARISON_BASE = compile_fast(
    rf"(?:\b(?:compared\s+(?:to|with)|in\s+comparison\s+(?:to|with)|as\s+against|against|versus|vs\.?"
    rf"|than(?:\s+(?:in|on|at|during))?|over)\s+{_SAME_PERIOD}"
    rf"|\b(?:up|down|rose|fell|increased|decreased|grew|declined|dropped|climbed|jumped)\b[^;]{{0,50}}"
    rf"\bfrom\s+{_SAME_PERIOD})$",
    re.I,
)


# A dateline's date ("MOSCOW, 10 November 2025 -"): the day of the report, not of what it reports.
_DATELINE_BEFORE = re.compile(
    r"\A\s*+[A-Z][\w.'\u2019]*+(?:[ -][A-Z][\w.'\u2019]*+){0,3},"  # the city
    r"(?:\s*+[A-Z][\w.'\u2019]*+(?: [A-Z][\w.'\u2019]*+){0,2},)?\s*+"  # its country
)
_DATELINE_AFTER = re.compile(r"\s*+(?:\([A-Za-z][\w .-]{0,30}\)\s*+)?[\u2013\u2014-]")
_DATELINE_REACH = 60  # characters: how far into a sentence a dateline's date may start


def _in_dateline(sentence: Sentence, timex: Timex) -> bool:
    """Whether a date is a dateline's: only a place before it at the sentence's start, a dash after it."""
    start, end = timex.start - sentence.start, timex.end - sentence.start
    return (
        start <= _DATELINE_REACH
        and _DATELINE_BEFORE.fullmatch(sentence.text, 0, start) is not None
        and _DATELINE_AFTER.match(sentence.text, end) is not None
    )


def _statement(lexicon: Lexicon | None) -> _StatementWords:
    """The date of a statement, at the end of the text before a date (data/event_dates.json)."""
    return (lexicon or Lexicon.default()).derive(_StatementWords.of)


@attrs.frozen
class _StatementWords:
    statement: re.Pattern[str]
    cues: CueWords  # the rule's cue words (a statement's verb or noun): the sentence's cheap test first

    @classmethod
    def of(cls, lexicon: Lexicon) -> _StatementWords:
        rule = "event_dates.statement"
        return cls(statement=lexicon.pattern(rule), cues=word_filter(*lexicon.cues(rule)))


def _head(sentence: Sentence, timex: Timex, reach: int) -> str:
    """The last *reach* characters of the sentence before the date."""
    local = timex.start - sentence.start
    return sentence.text[max(0, local - reach) : local]


def _can_date_an_event(sentence: Sentence, timex: Timex, lexicon: Lexicon | None = None) -> bool:
    """Not the date of a statement, the start of a period, the base of a comparison or a dateline."""
    before = _head(sentence, timex, 80)  # the longest reach below: no copy of the sentence's head
    statement = _statement(lexicon)
    return not (
        (sentence.has_any(statement.cues) and statement.statement.search(before[-80:]))
        or _SINCE.search(before[-60:])
        or _COMPARISON_BASE.search(before[-80:])
        or _in_dateline(sentence, timex)
    )


def dated_by_statement_only(sentence: Sentence) -> bool:
    """Whether every date the sentence gives is the date of a statement ("..., the ministry said in a
    message on April 22"): what the statement reports has no date of its own there, nor one carried in."""
    dated = [timex for timex in sentence.dated() if not _in_dateline(sentence, timex)]
    statement = _statement(None)
    if not dated or not sentence.has_any(statement.cues):
        return False
    return all(statement.statement.search(_head(sentence, timex, 80)) for timex in dated)


def event_dates(sentence: Sentence) -> list[Timex]:
    """Dated timexes that can date an event: not the date of a statement ("said on Friday"),
    the start of a period ("since March") or the base of a comparison ("compared to 2019")."""
    return list(event_dates_of(sentence))


@per_text(16)
def event_dates_of(sentence: Sentence) -> tuple[Timex, ...]:
    """:func:`event_dates` as a tuple, judged once per sentence (each document or visit of a
    sentence asks); the same tuple object for the same sentence."""
    return tuple(timex for timex in sentence.dated() if _can_date_an_event(sentence, timex))


def event_month_day(sentence: Sentence) -> MonthDay | None:
    """The one month-day (a date whose year the text never gives) that can date an event told in
    *sentence*, as :func:`event_dates` chooses; None when there is none, or two different ones."""
    found = {t.month_day for t in sentence.timexes if t.month_day is not None and _can_date_an_event(sentence, t)}
    return found.pop() if len(found) == 1 else None


# A date followed by a conjunction ends a conjunct of its own: "the visit in January and the
# first forum", "to take part in the fair in March, and to organise a meeting".
_ENDS_CONJUNCT = re.compile(r"(?<!\s)\s*+,?\s*+(?:and|as\s++well\s++as)\s++(?!\d)", re.I)


def _dates_an_earlier_conjunct(sentence: Sentence, timex: Timex, local: int) -> bool:
    """Whether a date before *local* closes a conjunct ("... in January and the forum") that *local* is not in."""
    end = timex.end - sentence.start
    return end <= local and _ENDS_CONJUNCT.match(sentence.text, end, local) is not None


@attrs.frozen
class _ClauseWords:
    """The lexicon's clauses whose date belongs to something else (data/event_dates.json)."""

    person_clause: re.Pattern[str]  # ", who visited Ashgabat in <date>"
    participle_cues: CueWords  # the participle rule's cue words: the sentence's cheap test
    owner_cues: CueWords  # the period-owner rule's cue words (the nouns that own a period)
    modifier_participle: re.Pattern[str]  # "the agreements reached in <date>"
    period_owner: re.Pattern[str]  # "the results of <date>"
    occasion_opening: re.Pattern[str]  # "During the visit ... in <date>, " opening the sentence
    sitting_anaphor: re.Pattern[str]  # "The meeting was held on ..." after a sitting's sentence
    attributive_before: re.Pattern[str]  # "the " before "2022 agreement"
    thing_clause: re.Pattern[str]  # ", which grew in <date>"
    noun_after: re.Pattern[str]  # " agreement" after "the 2022"

    @classmethod
    def of(cls, lexicon: Lexicon) -> _ClauseWords:
        return cls(
            person_clause=lexicon.pattern("event_dates.person_clause"),
            participle_cues=word_filter(*lexicon.cues("event_dates.modifier_participle")),
            owner_cues=word_filter(*lexicon.cues("event_dates.period_owner")),
            modifier_participle=lexicon.pattern("event_dates.modifier_participle"),
            period_owner=lexicon.pattern("event_dates.period_owner"),
            occasion_opening=lexicon.pattern("event_dates.occasion_opening"),
            sitting_anaphor=lexicon.pattern("event_dates.sitting_anaphor"),
            attributive_before=lexicon.pattern("event_dates.attributive_before"),
            thing_clause=lexicon.pattern("event_dates.thing_clause"),
            noun_after=lexicon.pattern("event_dates.noun_after"),
        )


def tells_of_sitting_before(sentence: Sentence, before: Sentence | None, lexicon: Lexicon | None = None) -> bool:
    """Whether *sentence* opens "The meeting ..." right after a sentence naming a standing body: it
    speaks of that body's sitting ("The 12th meeting of the Commission was held in Ashgabat. The
    meeting was held on 14 March ...")."""
    if before is None or before.headline or not before.of_kind("body"):
        return False
    words = (lexicon or Lexicon.default()).derive(_ClauseWords.of)
    return words.sitting_anaphor.match(sentence.text) is not None


def in_person_clause(sentence: Sentence, timex: Timex, lexicon: Lexicon | None = None) -> bool:
    """Whether a date stands in a who-clause ("..., who took office in March 2022, ..."): the person's
    own deed, not what the sentence tells of."""
    words = (lexicon or Lexicon.default()).derive(_ClauseWords.of)
    local = timex.start - sentence.start
    return words.person_clause.search(sentence.text, max(0, local - _CLAUSE_REACH), local) is not None


def opens_with_occasion(sentence: Sentence, timex: Timex, lexicon: Lexicon | None = None) -> bool:
    """Whether a date closes an occasion opening the sentence ("During the visit of the president to
    Moscow in June 2023, ..."): what the sentence then tells happened on that occasion, at its date."""
    words = (lexicon or Lexicon.default()).derive(_ClauseWords.of)
    local = timex.start - sentence.start
    return words.occasion_opening.fullmatch(sentence.text, 0, local) is not None and sentence.text.startswith(
        ",", timex.end - sentence.start
    )


_CLAUSE_REACH = 120  # characters before a date searched for the clause that owns it


def _dates_another_thing(sentence: Sentence, timex: Timex, local: int, words: _ClauseWords) -> bool:
    """Whether a date belongs to a clause about something else than the trigger at *local*: a who-clause,
    a reduced relative clause or a year attribute after the trigger ("..., who visited Ashgabat in 2017",
    "the agreements reached in 2022", "the 2022 agreement"), or the year of results or plans ("the
    results of 2023")."""
    position = timex.start - sentence.start
    if sentence.has_any(words.owner_cues) and words.period_owner.search(sentence.text, max(0, position - 40), position):
        return True
    if position <= local:
        return False
    between = sentence.text[max(local, position - _CLAUSE_REACH) : position]
    lower = sentence.lower
    if "who" in lower and words.person_clause.search(between):
        return True
    if sentence.has_any(words.participle_cues) and words.modifier_participle.search(between):
        return True
    thing = words.thing_clause.search(between) if "which" in lower else None
    if thing is not None and len(between[: thing.start()].split()) > _OWN_WHICH_WORDS:
        return True  # "held talks and discussed trade, which grew in 2023": the trade's year
    return _attributive_year(sentence, timex, words)


_OWN_WHICH_WORDS = 3  # a which-clause this close after the trigger may be about the trigger itself


def _attributive_year(sentence: Sentence, timex: Timex, words: _ClauseWords) -> bool:
    """Whether a year is an attribute of the noun after it ("the 2022 agreement", "their 2023 talks")."""
    if timex.value is None or timex.value.precision is not Precision.YEAR:
        return False
    position, end = timex.start - sentence.start, timex.end - sentence.start
    before = sentence.text[max(0, position - 12) : position]
    attribute = words.attributive_before.search(before) is not None
    return attribute and words.noun_after.match(sentence.text, end) is not None


def nearest_date(sentence: Sentence, local: int, lexicon: Lexicon | None = None) -> Timex | None:
    """The event date closest to a sentence-local position, preferring ones after it; never a date
    that closes an earlier conjunct of the sentence or belongs to a clause about something else
    (*lexicon*: the words of those clauses; None, the default)."""
    words = (lexicon or Lexicon.default()).derive(_ClauseWords.of)
    best: tuple[int, Timex] | None = None
    for timex in event_dates(sentence) or sentence.carried:
        if timex in sentence.timexes and (
            _dates_an_earlier_conjunct(sentence, timex, local) or _dates_another_thing(sentence, timex, local, words)
        ):
            continue
        position = timex.start - sentence.start
        distance = position - local if position >= local else (local - position) + 1
        if best is None or distance < best[0]:
            best = (distance, timex)
    return best[1] if best else None
