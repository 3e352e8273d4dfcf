"""Document noun phrases in a sentence: their type, title, count and whether they point back."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Mapping

import attrs

from turkru.extract.agreement_titles import Complement, clean_title, complement, premodifiers
from turkru.extract.agreement_words import AgreementWords, agreement_words
from turkru.model.records import DocType
from turkru.text._casefold import fold, span_text
from turkru.text._numbers import cardinal
from turkru.text.memo import per_text

QUOTES = "\"\u201c\u201d\u00ab\u00bb"
_COUNT_REACH = 90  # characters before a document noun searched for its count ("a large number of new bilateral")
_BEFORE_REACH = 200  # characters before a document noun searched for "the ..." or "head of ...": bounded, linear
_TITLE_REACH = 2000  # characters after a document noun its title may run to: one bounded slice per noun
_ADJACENT = re.compile(r"[\s\"\u201c\u201d]*")
_DEAL = "deal"  # the group of agreement.doc for a deal: an agreement, a contract when it buys or supplies goods


def _type_of(group: str | None) -> DocType:
    """The type a group of agreement.doc gives (the groups are named after DocType values)."""
    return DocType.AGREEMENT if group in (None, _DEAL) else DocType(group)


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


def doc_matches(text: str, words: AgreementWords | None = None) -> list[re.Match[str]]:
    """What ``agreement.doc`` finds in *text* (``finditer``), tried only where a document word begins
    (or at the quote before it) rather than at every character."""
    w = words or agreement_words()
    found: list[re.Match[str]] = []
    taken_to = 0
    for stem in w.doc_starts.finditer(fold(text)):
        start = stem.start()
        for candidate in (start - 1, start) if start and text[start - 1] in QUOTES else (start,):
            match = w.doc.match(text, candidate) if candidate >= taken_to else None
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
    stops = sorted(stops)  # in order, for _next_stop
    mentions: list[DocMention] = []
    matches = doc_matches(text, w)
    index = 0
    while index < len(matches):
        match = matches[index]
        doc_type = _type_of(match.lastgroup)
        end = match.end()
        while index + 1 < len(matches) and _ADJACENT.fullmatch(text[end : matches[index + 1].start()]):
            index += 1
            end = matches[index].end()
        index += 1
        word = text[match.start() : match.end()].strip(QUOTES).lower()
        if index < len(matches) and w.plural_pair.fullmatch(text[match.start() : matches[index].end()]):
            mentions.append(_batch(text, match.start(), matches[index].end(), w))
            index += 1
            continue
        if doc_type is DocType.AGREEMENT and word == "agreement" and _consent(text, match.start(), end, w):
            continue
        if doc_type is DocType.DECLARATION and w.not_a_declaration.match(text[end:]):
            continue
        if match.lastgroup == _DEAL and w.not_a_deal_before.search(text, max(0, match.start() - 12), match.start()):
            continue
        found = _phrase(text, doc_type, match.start(), end, word=word, stops=stops, date_ends=date_ends or {}, w=w)
        if match.lastgroup == _DEAL and (found.anaphoric or not found.complemented):
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
    if date_end is None or not w.before_inner_date.fullmatch(text, end + following.length, limit):
        return following
    if w.after_inner_date.match(text, date_end) is None:
        return following
    next_limit = _next_stop(stops, date_end, len(text))
    rest = complement(text[date_end:next_limit], w)
    if not rest.words:
        return following
    return Complement(following.words + rest.words, date_end - end + rest.length, following.parties)


def _next_stop(stops: list[int], at: int, default: int) -> int:
    """The first of the sorted *stops* from *at* on (*default* when none): a bisection, not a scan of
    every date of the sentence for each document noun in it."""
    index = bisect_left(stops, at)
    return stops[index] if index < len(stops) else default


def _consent(text: str, start: int, end: int, w: AgreementWords) -> bool:
    """Whether "agreement" at ``text[start:end]`` is a consent ("in agreement with", "agreement with
    the proposal", "agreement that ...", "reached an agreement to hold ..."), not a document."""
    if w.not_a_document.match(text, end) is not None:
        return True
    if w.consensus_after.match(text, end) and w.consensus_before.search(text, max(0, start - 30), start):
        return True  # "reached an agreement to hold the next sitting": an understanding
    return w.in_agreement.search(text, max(0, start - 12), start) is not None


def _count_before(text: str, end: int, w: AgreementWords) -> re.Match[str] | None:
    """A count or quantifier ending right before ``text[end:]`` ("two new", "a number of")."""
    return w.count_before.search(_folded(text), max(0, end - _COUNT_REACH), end)


@per_text(16)
def _folded(text: str) -> str:
    """The folded sentence, once per sentence rather than once per document noun in it."""
    return fold(text)


def _count_of(text: str, found: re.Match[str] | None, w: AgreementWords) -> int | None:
    """The number a count match states ("15", "fifteen"), or None for a quantifier ("several")."""
    raw = span_text(text, found, "n") if found else None
    if not raw:
        return None
    return int(raw) if raw.isdigit() else cardinal(raw, w.lexicon)


def _batch(text: str, start: int, end: int, w: AgreementWords) -> DocMention:
    """Two kinds of document named together ("agreements and memorandums"): an unnamed batch."""
    count = _count_of(text, _count_before(text, start, w), w)
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
    head_of = w.head_of.search(text, reach, start) if doc_type is DocType.DOCUMENTS else None
    if head_of is not None:
        doc_type, start = DocType.AGREEMENT, head_of.start("head")
    kept = premodifiers(text, start, w) if head_of is None else []
    numbers = [index for index, word in enumerate(kept) if cardinal(word, w.lexicon) is not None]
    if numbers:
        kept = kept[numbers[-1] + 1 :]  # "sixteen bilateral documents": the count is no part of the name
    head_start = text.rfind(kept[0], 0, start) if kept else start
    counted = plural or doc_type is DocType.DOCUMENTS  # only then may a count before it matter
    count_match = _count_before(text, head_start, w) if counted else None
    limit = min(_next_stop(stops, end, len(text)), end + _TITLE_REACH)
    following = _across_date(text, end, complement(text[end:limit], w), limit, stops, date_ends, w)
    found = following.words
    is_batch = head_of is None and (
        doc_type is DocType.DOCUMENTS or (plural and count_match is not None and not found)
    )
    title = None if is_batch else clean_title(" ".join([*kept, text[start:end] + found]).strip()) or None
    if word.startswith(_DEAL) and title and w.goods_deal.search(title):
        doc_type = DocType.CONTRACT  # a deal to buy or supply goods
    anaphoric = word == "document" or (not found and not kept and bool(w.anaphoric.search(text, reach, start)))
    if plural and not found and not count_match and doc_type is not DocType.DOCUMENTS:
        anaphoric = True
    return DocMention(
        doc_type=None if word == "document" else (DocType.DOCUMENTS if is_batch else doc_type),
        start=head_start,
        end=end + following.length,
        title=title,
        count=_count_of(text, count_match, w) if counted else None,
        anaphoric=anaphoric,
        complemented=bool(found),
        parties=None if following.parties is None else (end + following.parties[0], end + following.parties[1]),
    )
