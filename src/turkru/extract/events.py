"""Events: forums, summits, exhibitions, festivals and multilateral meetings tied to the relations."""

from __future__ import annotations

import re
from collections.abc import Iterator

from turkru.extract.cues import is_planned
from turkru.extract.document import Document, first_place, nearest_date, word_filter
from turkru.model.records import Event, Status
from turkru.text._casefold import any_word, fold

_CAPITALISED = r"(?:[A-Z][\w.'\u2019-]*|\d+(?:st|nd|rd|th)|[IVX]+)"
_CONNECTOR = r"(?:of|the|and|on|in|for|de|\u2013|-|:)"
_ORDINAL_WORDS = (
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
    "twelfth",
)  # fmt: skip
_ORDINAL = r"(?:" + "|".join(_ORDINAL_WORDS) + r"|\d{1,2}(?:st|nd|rd|th))"
# A name's tail: up to two "of/on/in <Capitalised words>" ("Exhibition of the National Economy of Turkmenistan").
_CALENDAR_WORDS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
)  # fmt: skip
_NAME_WORD = r"(?!(?:" + "|".join(_CALENDAR_WORDS) + r")\b)" + _CAPITALISED  # "Forum in October": no part of it
_NAME_TAIL = r"(?:\s+(?:of|on|in)\s+(?:the\s+)?" + _NAME_WORD + r"(?:\s+" + _NAME_WORD + r")*){0,2}"
_QUOTED_TITLE = r"(?:\s*[\u201c\"][^\u201d\"\n]{1,80}[\u201d\"])?"  # 'Forum "Russia - Islamic World"'
_NAMED = re.compile(
    r"(?:" + _CAPITALISED + r"\s+(?:" + _CONNECTOR + r"\s+)*)*"
    r"(?:Forum|Summit|Exhibition|Expo|Fair|Festival|Days|Parade|Congress|Week|KazanForum)\b"
    + _NAME_TAIL + _QUOTED_TITLE
)
_DETERMINERS = ("The", "A", "An", "This", "That", "Its", "Their", "Our", "His", "Her")
_PROPER_MODIFIER = r"(?!(?:" + "|".join(_DETERMINERS) + r")\b)[A-Z][\w-]+"  # "Turkmen-Russian", not "The"
_LEADING_DETERMINER = re.compile(r"^(?:" + "|".join(_DETERMINERS) + r")\s+")
# Events named by a common noun: "the fourth summit of Caspian states", "the first Russian-Turkmen
# business forum", "the CIS heads of government forum".
_COMMON_NOUN_EVENT = re.compile(
    r"\b(?:" + _ORDINAL + r"\s+)?(?:summit|forum)\s+of\s+(?:the\s+)?[A-Z][\w-]*\s+(?:states|countries|nations)\b"
    r"|\b(?:" + _ORDINAL + r"\s+)?(?:" + _PROPER_MODIFIER + r"\s+){1,2}"
    r"(?:business|economic|investment|trade|youth|media)\s+(?:forum|exhibition|fair|conference)\b"
    r"|\b(?:CIS|SCO|BRICS|EAEU|CSTO)\s+(?:[a-z-]+\s+){1,4}?(?:summit|forum)\b"
)
_MULTILATERAL = re.compile(
    r"\b(?:meeting|session|summit)\s+of\s+(?:the\s+)?(?:[A-Z]{2,5}\s+)?(?:Council\s+of\s+|Group\s+of\s+|heads\s+of\s+state"
    r"|Foreign\s+Ministers"
    r")[^,.;]*?(?=\s*(?:,|\.|;|\bwill\b|\bwas\b|\bscheduled\b|\bto\s+be\b|\bheld\b|\bin\s+[A-Z\d]|\bon\s+[A-Z]|$))",
    re.I,
)
_CUE_WORDS = word_filter(
    "forum", "summit", "exhibition", "expo", "fair", "festival", "days", "parade", "congress", "week", "conference",
    "meeting of", "session of",
)
_CIS_SUMMIT = re.compile(r"\bCIS\s+summit\b")
# Words one of which every match of a pattern holds: cheap tests before the searches.
_MULTILATERAL_WORDS = ("meeting", "session", "summit")
_COMMON_NOUN_WORDS = ("summit", "forum", "exhibition", "fair", "conference")
_NAMED_NOUNS = ("Forum", "Summit", "Exhibition", "Expo", "Fair", "Festival", "Days", "Parade", "Congress", "Week")


def extract_events(document: Document) -> Iterator[Event]:
    """Yield named forums, summits, exhibitions and multilateral meetings."""
    for sentence in document.body:
        if not sentence.has_any(_CUE_WORDS):
            continue
        seen: list[tuple[int, int]] = []
        for pattern in _patterns_for(sentence.text):
            for match in pattern.finditer(sentence.text):
                if any(match.start() < end and start < match.end() for start, end in seen):
                    continue
                name = _LEADING_DETERMINER.sub("", match.group(0).strip(" -:\u2013"))
                if len(name.split()) < 2 and "Forum" not in name:
                    continue
                seen.append((match.start(), match.end()))
                timex = nearest_date(sentence, match.start())
                planned = is_planned(sentence.text, match.start(), match.end())
                yield Event(
                    status=Status.PLANNED if planned else Status.HELD,
                    date=timex.value if timex else None,
                    end_date=timex.end_value if timex else None,
                    place=first_place(sentence),
                    name=name,
                    evidence=document.evidence(sentence),
                )


def _patterns_for(text: str) -> Iterator[re.Pattern[str]]:
    """The event patterns that can match *text*, most specific first."""
    if any_word(fold(text), _MULTILATERAL_WORDS):
        yield _MULTILATERAL
    if "CIS" in text:
        yield _CIS_SUMMIT
    if any_word(fold(text), _COMMON_NOUN_WORDS):
        yield _COMMON_NOUN_EVENT
    if any(noun in text for noun in _NAMED_NOUNS):
        yield _NAMED

