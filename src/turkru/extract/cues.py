"""Cues in news prose: whether a clause speaks of the future, of generalities, of topics."""

from __future__ import annotations

import re

from turkru.text._casefold import any_word, fold

_EVENT_VERBS = (
    r"(?:be\s+)?(?:held|hold|holding|have|meet|met|talk|visit|visiting|sign|signed|signing|take\s+place|discuss|discussed"
    r"|pay|paid|arrive|in|consider|considered|attend|attended|participate|open|opened|supply|supplied"
    r"|deliver|delivered|start|begin|address|negotiate|conclude|concluded|come|go|travel|launch|launched"
    r"|adopt|adopted|approve|approved|agree|agreed|examine|review|reviewed|organi[sz]e|organi[sz]ed|host|hosted)"
)
# Runs over the folded clause (see turkru.text._casefold): lower case, no IGNORECASE.
_FUTURE = re.compile(
    r"\b(?:will|shall|would)\s+(?:(?:also|further|then|soon|again|not|jointly)\s+)?" + _EVENT_VERBS + r"\b"
    r"|\b(?:is|are|was|were)\s+(?:also\s+)?(?:scheduled|planned|expected|due|set|slated|going)\b"
    r"|\b(?:to\s+be\s+(?:held|signed|opened|organi[sz]ed|discussed|considered|followed))\b"
    r"|\b(?:it\s+is\s+planned|plans?\s+to|planning\s+to|intends?\s+to|preparing\s+to|prepare\s+to"
    r"|are\s+preparing|is\s+preparing|will\s+be\s+in|upcoming|forthcoming|next\s+(?:[a-z-]+\s+)?(?:meeting|session|sitting|round|summit|visit)"
    r"|scheduled\s+(?:for|to)|invit(?:e|es|ed)\s+\w+\.?(?:\s+\w+\.?){0,4}?\s+to\s+(?:visit|come|take\s+part|participate)"
    r"|(?:is|are)\s+currently\s+(?:developing|coordinating|preparing|drafting|working\s+on)"
    r"|(?:is|are)\s+(?:developing|coordinating|drafting)|may\s+(?:enter|start|be\s+signed))"
)
_INTENT = re.compile(
    r"\b(?:(?:ready|willing|willingness|readiness|intention|intends?)\s+to|in\s+the\s+future"
    r"|(?:wants?|hopes?|hoping)\s+to\s+(?:sign|hold|meet|visit|conclude|invite|host|open|launch|build|reach|agree)\b"
    r"|consider(?:ing)?\s+the\s+(?:purchase|possibility|matter|procurement|proposals?)|review\s+the\s+matter)",
    re.I,
)
# Every _INTENT match holds one of these words (a cheap test before the search).
_INTENT_WORDS = ("ready", "willing", "readiness", "inten", "want", "hop", "future", "consider", "review")
_INTENT_REACH = 60
_FUTURE_WORDS = (
    "will", "shall", "would", "scheduled", "planned", "expected", "due", "set", "slated", "going", "to be", "plan",
    "intend", "prepar", "upcoming", "forthcoming", "next", "invit", "developing", "coordinating", "drafting", "may",
)
_GENERIC = re.compile(r"\b(?:often|regularly|usually|traditionally|every\s+year|annually|frequently)\b", re.I)
_GENERIC_WORDS = ("often", "regularly", "usually", "traditionally", "every", "annually", "frequently")
_CLAUSE_BREAK = re.compile(r"[;:]\s|\s[\u2013\u2014-]\s")
_CLAUSE_MARKS = ";:\u2013\u2014-"  # one of them is in any clause break
_TOPICS = (
    ("politics", ("politic",), re.compile(r"\bpolitic", re.I)),
    ("trade", ("trade", "economic", "commerc"), re.compile(r"\btrade|\beconomic|\bcommerc", re.I)),
    ("culture", ("cultur", "humanitarian"), re.compile(r"\bcultur|\bhumanitarian", re.I)),
    ("education", ("educat", "scien", "universit", "student"),
     re.compile(r"\beducat|\bscien|\buniversit|\bstudents?\b", re.I)),
    ("security", ("security", "terroris", "defen"), re.compile(r"\bsecurity|\bterroris|\bdefen[cs]e", re.I)),
    ("energy", ("energy", "gas", "oil", "electric"), re.compile(r"\benergy|\bgas\b|\boil\b|\belectric", re.I)),
    ("transport", ("transport", "logistic", "railway", "corridor"),
     re.compile(r"\btransport|\blogistic|\brailway|\bcorridor", re.I)),
    ("investment", ("invest",), re.compile(r"\binvest", re.I)),
    ("health", ("health", "medic", "vaccin"), re.compile(r"\bhealth|\bmedic|\bvaccin", re.I)),
)




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


def _speaks_of_future(clause: str) -> bool:
    lowered = clause.lower()
    if not any_word(lowered, _FUTURE_WORDS):
        return False
    return _FUTURE.search(fold(clause)) is not None


def is_planned(text: str, start: int, end: int | None = None) -> bool:
    """Whether the clause around ``text[start:end]`` speaks of something still to come."""
    left, right = clause_around(text, start, end)
    if _speaks_of_future(text[left:right]):
        return True
    near_left = max(left, start - _INTENT_REACH)
    near_right = min(right, (start if end is None else end) + _INTENT_REACH)
    if not any_word(fold(text), _INTENT_WORDS, near_left, near_right):
        return False
    return _INTENT.search(text, near_left, near_right) is not None


def is_generic(text: str) -> bool:
    """Whether a sentence states a habit ("delegations often visit") rather than an event."""
    return any_word(fold(text), _GENERIC_WORDS) and _GENERIC.search(text) is not None


def topics_of(text: str) -> tuple[str, ...]:
    """Topic words a sentence names (politics, trade, culture, ...), in a fixed order."""
    lowered = text.lower()
    return tuple(
        name for name, hints, pattern in _TOPICS if any_word(lowered, hints) and pattern.search(text)
    )
