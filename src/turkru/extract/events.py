"""Events: forums, summits, exhibitions, festivals and multilateral meetings tied to the relations."""

from __future__ import annotations

import re
from collections.abc import Iterator

from turkru.extract.cue_words import word_filter
from turkru.extract.cues import is_planned
from turkru.extract.document import Document
from turkru.extract.event_dates import nearest_date
from turkru.extract.places import first_place
from turkru.model.records import Event, Status
from turkru.text._casefold import any_word, fold

_CAPITALISED = r"(?:[A-Z][\w.'\u2019-]*|\d+(?:st|nd|rd|th)|[IVX]+)"
_CONNECTOR = r"(?:of|the|and|on|in|for|de|\u2013|-|:)"
_NAMED = re.compile(
    r"(?:" + _CAPITALISED + r"\s+(?:" + _CONNECTOR + r"\s+)*)*"
    r"(?:Forum|Summit|Exhibition|Expo|Fair|Festival|Days\s+of\s+(?:the\s+)?Culture|Parade|Congress|Week|KazanForum)\b"
    r"(?:\s+(?:of|on|in)\s+(?:the\s+)?" + _CAPITALISED + r"(?:\s+" + _CAPITALISED + r")*)?"
)
_MULTILATERAL = re.compile(
    r"\b(?:meeting|session|summit)\s+of\s+(?:the\s+)?(?:Council\s+of\s+|Group\s+of\s+|heads\s+of\s+state|Foreign\s+Ministers"
    r")[^,.;]*?(?=\s*(?:,|\.|;|\bwill\b|\bwas\b|\bscheduled\b|\bto\s+be\b|\bheld\b|\bin\s+[A-Z]|\bon\s+[A-Z]|$))",
    re.I,
)
_CUE_WORDS = word_filter(
    "forum", "summit", "exhibition", "expo", "fair", "festival", "days of", "parade", "congress", "week",
    "meeting of", "session of",
)
_CIS_SUMMIT = re.compile(r"\bCIS\s+summit\b")
# Words one of which every match of a pattern holds: cheap tests before the searches.
_MULTILATERAL_WORDS = ("meeting", "session", "summit")
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
                name = match.group(0).strip(" -:\u2013")
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
    if any(noun in text for noun in _NAMED_NOUNS):
        yield _NAMED
