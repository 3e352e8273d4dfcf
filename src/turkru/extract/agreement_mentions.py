"""Document noun phrases in a sentence: their type, title, count and whether they point back."""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping

import attrs

from turkru.extract.agreement_titles import Complement, clean_title, complement, premodifiers
from turkru.extract.agreement_words import AgreementWords, agreement_words
from turkru.model.records import DocType
from turkru.text._casefold import fold, span_text

_DOC_WORDS = (  # (pattern group, the type it gives, the words)
    ("MEMORANDUM", DocType.MEMORANDUM, r"memorand(?:um|ums|a)|MoUs?"),
    ("PROGRAMME", DocType.PROGRAMME, r"program(?:me)?s?"),
    ("DECLARATION", DocType.DECLARATION, r"declarations?|joint\s+statements?"),
    ("PROTOCOL", DocType.PROTOCOL, r"protocols?"),
    ("ROADMAP", DocType.ROADMAP, r"road[\s-]?maps?"),
    ("TREATY", DocType.TREATY, r"treat(?:y|ies)"),
    ("CONTRACT", DocType.CONTRACT, r"contracts?"),
    ("PLAN", DocType.PLAN, r"(?:action\s+)?plans?(?!\s+to\b)(?=\s+(?:of|for|on)\b|[\s,.;]*$|\s*[,.;])"),
    ("AGREEMENT", DocType.AGREEMENT, r"agreements?|accords?|pacts?"),
    ("DOCUMENTS", DocType.DOCUMENTS, r"documents?"),
    ("DEAL", DocType.AGREEMENT, r"deals?"),  # a contract when it buys or supplies goods (see _GOODS_DEAL)
)
_TYPE_OF_GROUP = {group: doc_type for group, doc_type, _ in _DOC_WORDS}
QUOTES = "\"\u201c\u201d\u00ab\u00bb"
DOC = re.compile(
    rf"[{QUOTES}]?\b(?:" + "|".join(f"(?P<{group}>{p})" for group, _, p in _DOC_WORDS) + r")\b",
    re.I,
)
# How each word of _DOC_WORDS begins, in lower case: a DOC match starts at one of them (in the
# folded sentence) or at a quote right before it.
_DOC_STEMS = re.compile(
    r"memorand|program|declaration|joint|protocol|road|treat|contract|action|plan|agreement|document|deal|mou|accord"
    r"|pact"
)
# "to deal with", "a great deal of": the verb and the idiom, not a deal that is signed.
_NOT_A_DEAL_BEFORE = re.compile(
    r"(?:\b(?:to|will|would|can|could|must|should|shall|may|might|we|they|i)\s+|\b(?:great|good)\s+)$", re.I
)
_GOODS_DEAL = re.compile(
    r"\b(?:purchas\w*|suppl(?:y|ies|ying)|deliver(?:y|ies|ing)|buy(?:ing)?|sales?|sell(?:ing)?|import\w*"
    r"|export\w*|procure\w*)\b",
    re.I,
)
NUMBER_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}
_UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_NUMBER_WORD = (  # "fifteen", "forty", "twenty-two"; longer words first
    "(?:" + "|".join(_TENS) + ")(?:-(?:" + "|".join(_UNITS) + "))?|"
    + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
)
_NUMBER_ONLY = re.compile(_NUMBER_WORD)
# Runs over the folded sentence (see turkru.text._casefold): lower case, no IGNORECASE; the count it
# matches is read from the sentence itself.
_COUNT_BEFORE = re.compile(
    r"(?:\b(?P<n>\d{1,4}|" + _NUMBER_WORD + r")|(?P<batch>a\s+number\s+of|several"
    r"|(?:a|an|the|this)\s+(?:\w+\s+)?package\s+of|(?:more\s+than\s+|over\s+|about\s+|nearly\s+|some\s+)?"
    r"(?:a\s+)?dozens?(?:\s+of)?|a\s+couple\s+of"
    r"|a\s+series\s+of|a\s+set\s+of|a\s+range\s+of|a\s+large\s+number\s+of|many|new))"
    r"\s+(?:(?:new|bilateral|intergovernmental|interdepartmental|joint|important|fundamentally|and|other)\s+){0,4}$"
)
_QUANTITY_NOUNS = ("number", "package", "set", "series", "range", "lot", "dozen", "dozens", "couple", "list", "batch")
_COUNT_REACH = 90  # characters before a document noun searched for its count ("a large number of new bilateral")
_HEAD_OF = re.compile(r"(?P<head>\b(?!(?:" + "|".join(_QUANTITY_NOUNS) + r")\b)[a-z][\w-]+)\s+of\s+$")
_ANAPHORIC = re.compile(r"\b(?:the|this|that|these|such)\s+(?:bilateral\s+)?$", re.I)
_BEFORE_REACH = 200  # characters before a document noun searched for "the ..." or "head of ...": bounded, linear
_PLURAL_PAIR = re.compile(
    r"(?:agreements|memorand(?:a|ums)|programmes|programs|declarations|protocols|treaties|contracts)\s+"
    r"(?:and|as\s+well\s+as)\s+(?:agreements|memorand(?:a|ums)|programmes|programs|declarations|protocols"
    r"|treaties|contracts|roadmaps|road\s+maps)",
    re.I,
)
_ADJACENT = re.compile(r"[\s\"\u201c\u201d]*")
# A date inside a title: a preposition before it, a complement after it.
_BEFORE_INNER_DATE = re.compile(r"\s+(?:in|by|until|before)\s+")
_AFTER_INNER_DATE = re.compile(r"\s+(?:on|of|for|about|regarding|concerning)\s")
_IN_AGREEMENT = re.compile(r"\b(?:in|full|complete)\s+$", re.I)
_NOT_A_DECLARATION = re.compile(r"\s+(?:of\s+[A-Z][\w-]+\s+|by\s+[A-Z][\w-]+\s+)?that\s")


@attrs.frozen
class DocMention:
    """A document noun phrase found in a sentence (offsets local to the sentence)."""

    doc_type: DocType | None
    start: int
    end: int
    title: str | None
    count: int | None
    anaphoric: bool
    complemented: bool = False  # the title goes on after the document noun ("on trade")
    parties: tuple[int, int] | None = None  # a party phrase kept out of the title ("between A and B")


def doc_matches(text: str) -> list[re.Match[str]]:
    """What ``DOC.finditer(text)`` finds, trying DOC only where a document word begins (or at
    the quote before it) rather than at every character."""
    found: list[re.Match[str]] = []
    taken_to = 0
    for stem in _DOC_STEMS.finditer(fold(text)):
        start = stem.start()
        for candidate in (start - 1, start) if start and text[start - 1] in QUOTES else (start,):
            match = DOC.match(text, candidate) if candidate >= taken_to else None
            if match is not None:
                found.append(match)
                taken_to = match.end()
                break
    return found


def doc_mentions(
    text: str, stops: list[int], date_ends: Mapping[int, int] | None = None, words: AgreementWords | None = None
) -> list[DocMention]:
    """Document noun phrases; adjacent nouns ("roadmap agreement") form one phrase typed by the first.

    *stops* are sentence-local offsets (dates) where a title ends at the latest; *date_ends* gives
    where each of those dates ends, so that a title may go on after a date inside it ("the delivery
    in 2021 of two locomotives", "a treaty by September on the pipeline").
    """
    w = words or agreement_words()
    mentions: list[DocMention] = []
    matches = doc_matches(text)
    index = 0
    while index < len(matches):
        match = matches[index]
        doc_type = _TYPE_OF_GROUP[match.lastgroup or "AGREEMENT"]
        end = match.end()
        while index + 1 < len(matches) and _ADJACENT.fullmatch(text[end : matches[index + 1].start()]):
            index += 1
            end = matches[index].end()
        index += 1
        word = text[match.start() : match.end()].strip(QUOTES).lower()
        if index < len(matches) and _PLURAL_PAIR.fullmatch(text[match.start() : matches[index].end()]):
            mentions.append(_batch(text, match.start(), matches[index].end()))
            index += 1
            continue
        if doc_type is DocType.AGREEMENT and word == "agreement" and _consent(text, match.start(), end, w):
            continue
        if doc_type is DocType.DECLARATION and _NOT_A_DECLARATION.match(text[end:]):
            continue
        if match.lastgroup == "DEAL" and _NOT_A_DEAL_BEFORE.search(text, max(0, match.start() - 12), match.start()):
            continue
        found = _phrase(text, doc_type, match.start(), end, word=word, stops=stops, date_ends=date_ends or {}, w=w)
        if match.lastgroup == "DEAL" and (found.anaphoric or not found.complemented):
            continue  # a deal is a record only when the text says what it is about
        mentions.append(found)
    return mentions


def _across_date(
    text: str,
    end: int,
    following: Complement,
    limit: int,
    stops: list[int],
    date_ends: Mapping[int, int],
    w: AgreementWords,
) -> Complement:
    """*following* (the title's words after ``text[end:]``, cut at the date at *limit*), gone on past that
    date when only a preposition stands before it and a complement follows it ("the delivery in 2021
    of two locomotives"): the date is left out of the title."""
    date_end = date_ends.get(limit)
    if date_end is None or not _BEFORE_INNER_DATE.fullmatch(text, end + following.length, limit):
        return following
    if _AFTER_INNER_DATE.match(text, date_end) is None:
        return following
    next_limit = min((stop for stop in stops if stop >= date_end), default=len(text))
    rest = complement(text[date_end:next_limit], w)
    if not rest.words:
        return following
    return Complement(following.words + rest.words, date_end - end + rest.length, following.parties)


def _consent(text: str, start: int, end: int, w: AgreementWords) -> bool:
    """Whether "agreement" at ``text[start:end]`` is a consent ("in agreement with", "agreement with
    the proposal", "agreement that ..."), not a document."""
    if w.not_a_document.match(text, end) is not None:
        return True
    return _IN_AGREEMENT.search(text, max(0, start - 12), start) is not None


def _count_before(text: str, end: int) -> re.Match[str] | None:
    """A count or quantifier ending right before ``text[end:]`` ("two new", "a number of")."""
    return _COUNT_BEFORE.search(_folded(text), max(0, end - _COUNT_REACH), end)


@functools.lru_cache(maxsize=16)
def _folded(text: str) -> str:
    """The folded sentence, once per sentence rather than once per document noun in it."""
    return fold(text)


def _count_of(text: str, found: re.Match[str] | None) -> int | None:
    """The number a count match states ("15", "fifteen"), or None for a quantifier ("several")."""
    raw = span_text(text, found, "n") if found else None
    if not raw:
        return None
    if raw.isdigit():
        return int(raw)
    tens, _, unit = raw.lower().partition("-")
    return _TENS[tens] + (_UNITS.index(unit) + 1 if unit else 0) if tens in _TENS else NUMBER_WORDS[tens]


def _batch(text: str, start: int, end: int) -> DocMention:
    """Two kinds of document named together ("agreements and memorandums"): an unnamed batch."""
    count = _count_of(text, _count_before(text, start))
    return DocMention(doc_type=DocType.DOCUMENTS, start=start, end=end, title=None, count=count, anaphoric=False)


def _phrase(
    text: str,
    doc_type: DocType,
    start: int,
    end: int,
    *,
    word: str,
    stops: list[int],
    date_ends: Mapping[int, int],
    w: AgreementWords,
) -> DocMention:
    plural = (word.endswith(("s", "a")) and word != "memoranda") or word == "memoranda"
    reach = max(0, start - _BEFORE_REACH)
    head_of = _HEAD_OF.search(text, reach, start) if doc_type is DocType.DOCUMENTS else None
    if head_of is not None:
        doc_type, start = DocType.AGREEMENT, head_of.start("head")
    kept = premodifiers(text, start, w) if head_of is None else []
    numbers = [index for index, word in enumerate(kept) if _NUMBER_ONLY.fullmatch(word.lower())]
    if numbers:
        kept = kept[numbers[-1] + 1 :]  # "sixteen bilateral documents": the count is no part of the name
    head_start = text.rfind(kept[0], 0, start) if kept else start
    count_match = _count_before(text, head_start)
    limit = min((stop for stop in stops if stop >= end), default=len(text))
    following = _across_date(text, end, complement(text[end:limit], w), limit, stops, date_ends, w)
    found = following.words
    is_batch = head_of is None and (
        doc_type is DocType.DOCUMENTS or (plural and count_match is not None and not found)
    )
    title = None if is_batch else clean_title(" ".join([*kept, text[start:end] + found]).strip()) or None
    if word.startswith("deal") and title and _GOODS_DEAL.search(title):
        doc_type = DocType.CONTRACT  # a deal to buy or supply goods
    anaphoric = word == "document" or (bool(_ANAPHORIC.search(text, reach, start)) and not found and not kept)
    if plural and not found and not count_match and doc_type is not DocType.DOCUMENTS:
        anaphoric = True
    return DocMention(
        doc_type=None if word == "document" else (DocType.DOCUMENTS if is_batch else doc_type),
        start=head_start,
        end=end + following.length,
        title=title,
        count=_count_of(text, count_match) if plural or doc_type is DocType.DOCUMENTS else None,
        anaphoric=anaphoric,
        complemented=bool(found),
        parties=None if following.parties is None else (end + following.parties[0], end + following.parties[1]),
    )
