"""Agreement titles: the words before a document noun that belong to it, and the complement after
it ("on cooperation in education"), bounded where the clause moves on."""

from __future__ import annotations

import re

_QUOTE_CHARS = "\"\u201c\u201d\u00ab\u00bb"
_PREMODIFIER_STOP = re.compile(
    r"^(?:a|an|the|this|that|these|those|its|their|our|his|her|to|of|on|with|and|or|in|at|by|for|signed|sign|"
    r"signing|have|has|had|was|were|is|are|be|been|new|\d+|several|number|reached|concluded|adopted|ratified|"
    r"approved|coordinating|developing|preparing|including|under|within|also|currently|both|two|said|draft|drafts)$",
    re.I,
)
DOC_NOUN = r"(?:agreement|memorand|program|declaration|protocol|road\s*map|treat|contract|plan\b|document)"
_TITLE_END = re.compile(
    r"\s*(?:[,.;:()]|\s[\u2013\u2014]\s(?=[A-Z])|\b(?:during|following|after|at\s+the|when|as|by|within|amid|while"
    r"|which|that|who|was|were|is|are|will|would|may|has|have|had|signed|said|says|reports?|told|dated"
    r"|expired|lapsed|remains|remained|entered|came|provides|stipulates|envisages|envisaged"
    r"|between\s+(?:the|their|our|both)\s+(?:two\s+)?(?:countries|states|nations|sides)\b(?![\u2019'])|between\s+them\b"
    r"|(?:and|as\s+well\s+as)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,4}?(?=" + DOC_NOUN + r")"
    r"|(?:and|as\s+well\s+as)\s+(?:an?|the)\s+\w+\s+of\s+(?=(?:[\w-]+\s+){0,2}?" + DOC_NOUN + r"))|$)",
)
_CONNECTOR = re.compile(
    r"\s+(?:and\s+(?!" + DOC_NOUN + r")\w+\s+)?(?P<passive>(?:that\s+|which\s+)?(?:was|were|has\s+been|have\s+been"
    r"|had\s+been)\s+(?:just\s+|recently\s+)?(?:signed|reached|concluded|agreed)\s+)?"
    r"(?:on|of|for|in|about|regarding|to|with|between|including)\s"
    r"(?!(?:this|that|it|these|them)\b)"
)
_PASSIVE_TAIL = re.compile(
    r"\s+(?:was|were|has\s+been|have\s+been)\s+(?:signed|concluded)\s+(?P<rest>(?:between|with)\s[^,.;:()]+)"
)
_DANGLING = re.compile(r"(?:\s+(?:on|in|at|of|for|from|to|since|by|the))+\s*$", re.I)
_QUOTES = re.compile(f"[{_QUOTE_CHARS}]")
_PREMODIFIER_REACH = 5  # words before the document noun that may belong to its name


def premodifiers(text: str, start: int) -> list[str]:
    """The words right before ``text[start:]`` that name the document ("gas supply", "roadmap")."""
    kept: list[str] = []
    for token in reversed(text[:start].split()[-_PREMODIFIER_REACH:]):
        bare = token.strip(_QUOTE_CHARS + ",")
        if not bare or _PREMODIFIER_STOP.match(bare) or token.endswith((",", ".", ";", ":")):
            break
        kept.insert(0, bare)
    return kept


def complement(tail: str) -> str:
    """The part of *tail* (the text right after a document noun, up to the next date) that
    continues its title ("on cooperation in education"), or "" when none does."""
    connector = _CONNECTOR.match(tail)
    if not connector:
        return ""
    stop = _TITLE_END.search(tail, connector.end())
    found = _DANGLING.sub("", tail[: stop.start() if stop else len(tail)])
    if connector.group("passive"):
        found = " " + found[connector.end("passive") :].lstrip()
    passive_tail = _PASSIVE_TAIL.match(tail, len(found) if not connector.group("passive") else len(tail))
    if passive_tail and not connector.group("passive"):
        found = found + " " + passive_tail.group("rest").strip()
    return found


def clean_title(title: str) -> str:
    """A title without quotation marks or stray commas at its ends."""
    return _QUOTES.sub("", title).strip(" ,")
