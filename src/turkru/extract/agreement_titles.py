"""Agreement titles: the words before a document noun that belong to it, and the complement after
it ("on cooperation in education"), bounded where the clause moves on."""

from __future__ import annotations

import re

import attrs

from turkru.text._casefold import any_word

_QUOTE_CHARS = "\"\u201c\u201d\u00ab\u00bb"
_PREMODIFIER_STOP = re.compile(
    r"^(?:a|an|the|this|that|these|those|its|their|our|his|her|to|of|on|with|and|or|in|at|by|for|signed|sign|"
    r"signing|have|has|had|was|were|is|are|be|been|new|\d+|several|number|reached|concluded|adopted|ratified|"
    r"approved|coordinating|developing|preparing|including|under|within|also|currently|both|two|said|draft|drafts)$",
    re.I,
)
DOC_NOUN = r"(?:agreement|memorand|program|declaration|protocol|road\s*map|treat|contract|plan\b|document)"
# Where a title ends: punctuation, a dash before a new phrase, or a word that starts a new clause
# (two searches: this one, and the paired phrases below only when their first word occurs).
_TITLE_END = re.compile(
    r"[,.;:()]|\s[\u2013\u2014]\s(?=[A-Z])|\b(?:during|following|after|at\s+the|when|as|by|within|amid|while"
    r"|which|that|who|was|were|is|are|will|would|may|has|have|had|signed|said|says|reports?|told|dated"
    r"|expired|lapsed|remains|remained|entered|came|provides|stipulates|envisages|envisaged"
    r"|(?:had|has|have|was|were|is|are|wo|would)n[\u2019']t)\b"
)
# "between the two countries" adds nothing; "and the protocol ...", "as well as a memorandum ..." start
# the next document.
_TITLE_END_PAIRED = re.compile(
    r"\b(?:between\s+(?:the|their|our|both)\s+(?:two\s+)?(?:countries|states|nations|sides)\b(?![\u2019'])"
    r"|between\s+them\b"
    r"|(?:and|as\s+well\s+as)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,4}?(?=" + DOC_NOUN + r")"
    r"|(?:and|as\s+well\s+as)\s+(?:an?|the)\s+\w+\s+of\s+(?=(?:[\w-]+\s+){0,2}?" + DOC_NOUN + r"))"
)
_PAIRED_WORDS = ("between", "and ", "as well")
_CONNECTOR = re.compile(
    r"\s+(?:and\s+(?!" + DOC_NOUN + r")\w+\s+)?(?P<passive>(?:that\s+|which\s+)?(?:was|were|has\s+been|have\s+been"
    r"|had\s+been)\s+(?:just\s+|recently\s+)?(?:signed|reached|concluded|agreed)\s+"
    r"|(?:signed|concluded|inked)\s+(?=between\s|with\s))?"
    r"[\"\u201c\u00ab]?(?P<word>on|of|for|in|about|regarding|to|with|between|including|On|About|Regarding)\s"
    r"(?!(?:this|that|it|these|them)\b)"
)
_PASSIVE_TAIL = re.compile(
    r"\s+(?:was|were|has\s+been|have\s+been)\s+(?:signed|concluded)\s+(?P<rest>(?:between|with)\s[^,.;:()]+)"
)
# After "between A and B" or "with A", the subject: "on ...", "about ...", "for ..." before a lower-case word
# (a capital goes on naming a party: "Institute for Ferrous Metallurgy").
_TOPIC_AFTER_PARTIES = re.compile(
    r"(?:[^.;:]|\.(?=\s?[A-Z])){1,200}?\s(?P<topic>(?:on|about|concerning|regarding|for)\s+(?=(?:the\s+|an?\s+)?[a-z])"
    r"|[\"\u201c\u00ab](?:On|About|Concerning|Regarding)\s)"
)
# A second purpose after a first one ("a deal for expanding the network to carry more gas"): the
# infinitive tells why the deal was made, not what it is.
_SECOND_PURPOSE = re.compile(r"^\s*for\s+[a-z]+ing\b[^,;]*?(?P<cut>\s+to\s+(?!(?:the|an?|its|their)\b)[a-z]+\b)")
_NOT_A_PARTY = re.compile(r"\b(?:which|who|was|were|is|are|will|would|has|have|had|said|told)\b")
_PARTY_CONNECTORS = ("between", "with")
# A sum between the document and its subject: "a contract for over $500 million for the construction".
_AMOUNT = (
    r"(?:more\s+than\s+|over\s+|about\s+|around\s+|nearly\s+|almost\s+|some\s+|up\s+to\s+)?"
    r"(?:US\s?|U\.S\.\s?)?[$\u20ac\u00a3]\s?\d[\d.,]*\s*(?:million|billion|bn|mln|m|thousand)?"
    r"(?:\s+(?:dollars|euros|roubles|rubles|manats))?"
)
_MONEY = re.compile(r"\s+(?:for|worth|valued\s+at|totall?ing)\s+" + _AMOUNT + r"(?=\s+(?:for|on|to)\s)")
# A list that goes on after a comma: ", bridges and roads", ", science, education, and cultural exchange".
_ITEM = r"(?!(?:and|the|which|who|it|they|while|but|as|also|its|their)\b)[a-z][\w-]*(?:\s+[a-z][\w-]*)?"
_LIST_REST = re.compile(r"(?:,\s*" + _ITEM + r"){1,6},?\s+and\s+" + _ITEM + r"(?=\s*(?:[.;,(]|$))")
_DANGLING = re.compile(r"(?:\s+(?:on|in|at|of|for|from|to|since|by|the))+\s*$", re.I)
_DANGLING_REACH = 40  # a hanging tail is a few short words: only the end of a title is searched
_QUOTES = re.compile(f"[{_QUOTE_CHARS}]")
_CLOSING = (",", ".", ";", ":")  # a word ending so ends a phrase before the document noun
_PREMODIFIER_REACH = 5  # words before the document noun that may belong to its name


def premodifiers(text: str, start: int) -> list[str]:
    """The words right before ``text[start:]`` that name the document ("gas supply", "roadmap")."""
    kept: list[str] = []
    tokens = _last_words(text, start, _PREMODIFIER_REACH)
    for index in range(len(tokens) - 1, -1, -1):
        token = tokens[index]
        bare = token.strip(_QUOTE_CHARS + ",")
        if bare.lower() == "and" and kept and index and _joins_modifiers(tokens[index - 1]):
            kept.insert(0, bare)  # "purchase and sale contract"
            continue
        if not any(char.isalnum() for char in bare) or _PREMODIFIER_STOP.match(bare) or token.endswith(_CLOSING):
            break
        kept.insert(0, bare)
    return kept


def _last_words(text: str, end: int, count: int) -> list[str]:
    """The last *count* whitespace-separated words of ``text[:end]``, read from a window that grows
    until it holds more than *count* of them (so a word cut at its edge is never one of them)."""
    reach = 16 * count
    while True:
        start = max(0, end - reach)
        words = text[start:end].split()
        if start == 0 or len(words) > count:
            return words[-count:]
        reach *= 4


def _joins_modifiers(token: str) -> bool:
    """Whether the word before an "and" is a lower-case modifier it joins to the next one."""
    return token.islower() and token.isalpha() and not _PREMODIFIER_STOP.match(token)


def _without_dangling(words: str) -> str:
    """*words* without the prepositions and articles left hanging at their end ("on the")."""
    found = _DANGLING.search(words, max(0, len(words) - _DANGLING_REACH))
    return words[: found.start()] if found else words


def _title_end(tail: str, start: int) -> int | None:
    """Where the title that goes on at ``tail[start:]`` ends, or None when it runs to the end."""
    found = _TITLE_END.search(tail, start)
    end = found.start() if found else len(tail)
    if any_word(tail, _PAIRED_WORDS, start, end):
        paired = _TITLE_END_PAIRED.search(tail, start, end)
        if paired is not None:
            return paired.start()
    return found.start() if found else None


@attrs.frozen
class Complement:
    """What follows a document noun: the words that go on with its title, how much of the text
    they span, and where a party phrase left out of the title lies ("between A and B")."""

    words: str = ""
    length: int = 0
    parties: tuple[int, int] | None = None


def complement(tail: str) -> Complement:
    """The part of *tail* (the text right after a document noun, up to the next date) that
    continues its title ("on cooperation in education"); empty when none does."""
    money = _MONEY.match(tail)
    if money is not None:
        rest = complement(tail[money.end() :])
        moved = None if rest.parties is None else (rest.parties[0] + money.end(), rest.parties[1] + money.end())
        return Complement(rest.words, rest.length + money.end(), moved) if rest.words else Complement()
    connector = _CONNECTOR.match(tail)
    if not connector:
        return Complement()
    title_start, parties = 0, None
    if connector.group("word") in _PARTY_CONNECTORS:
        topic = _TOPIC_AFTER_PARTIES.match(tail, connector.end())
        if topic is not None and not _NOT_A_PARTY.search(tail, connector.end(), topic.start("topic")):
            title_start, parties = topic.start("topic") - 1, (connector.end(), topic.start("topic") - 1)
    stop = _title_end(tail, max(connector.end(), title_start + 1))
    end = stop if stop is not None else len(tail)
    listed = _LIST_REST.match(tail, end) if stop is not None and tail.startswith(",", end) else None
    if listed is not None:
        end = listed.end()
    second = _SECOND_PURPOSE.match(tail[title_start:end])
    if second is not None:
        end = title_start + second.start("cut")
    words = _without_dangling(tail[title_start:end].rstrip())
    length = title_start + len(words)
    if parties is None and connector.group("passive"):
        words = " " + words[connector.end("passive") :].lstrip()
    passive_tail = _PASSIVE_TAIL.match(tail, length) if not connector.group("passive") and parties is None else None
    if passive_tail:
        words = words + " " + passive_tail.group("rest").strip()
        length = passive_tail.end()
    return Complement(words if words.strip() else "", length, parties)


def clean_title(title: str) -> str:
    """A title without quotation marks or stray commas at its ends."""
    return _QUOTES.sub("", title).strip(" ,")
