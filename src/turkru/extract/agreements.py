"""Agreements: documents signed or to be signed, named or counted, with their stage."""

from __future__ import annotations

import re
from collections.abc import Iterator

import attrs

from turkru.extract.cues import is_planned
from turkru.extract.document import (
    Document,
    Sentence,
    concerns_both_sides,
    event_dates,
    first_place,
    sides_in,
    word_filter,
)
from turkru.model.actors import RUSSIA, TURKMENISTAN, Party, PartyKind
from turkru.model.dates import PartialDate, Precision
from turkru.model.records import Agreement, DocType, LifecycleStep, Stage
from turkru.text._casefold import fold, span_text
from turkru.text_similarity import content_words

_DOC_WORDS = (
    (DocType.MEMORANDUM, r"memorand(?:um|ums|a)"),
    (DocType.PROGRAMME, r"program(?:me)?s?"),
    (DocType.DECLARATION, r"declarations?"),
    (DocType.PROTOCOL, r"protocols?"),
    (DocType.ROADMAP, r"road[\s-]?maps?"),
    (DocType.TREATY, r"treat(?:y|ies)"),
    (DocType.CONTRACT, r"contracts?"),
    (DocType.PLAN, r"(?:action\s+)?plans?(?!\s+to\b)(?=\s+(?:of|for|on)\b|[\s,.;]*$|\s*[,.;])"),
    (DocType.AGREEMENT, r"agreements?"),
    (DocType.DOCUMENTS, r"documents?"),
)
_QUOTES = "\"\u201c\u201d\u00ab\u00bb"
_DOC = re.compile(
    rf"[{_QUOTES}]?\b(?:" + "|".join(f"(?P<{t.name}>{p})" for t, p in _DOC_WORDS) + r")\b",
    re.I,
)
# How each word of _DOC_WORDS begins, in lower case: a _DOC match starts at one of them (in the
# folded sentence) or at a quote right before it.
_DOC_STEMS = re.compile(r"memorand|program|declaration|protocol|road|treat|contract|action|plan|agreement|document")
_NUMBER_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "twenty": 20, "thirty": 30,
}
# Runs over the folded sentence (see turkru.text._casefold): lower case, no IGNORECASE; the count it
# matches is read from the sentence itself.
_COUNT_BEFORE = re.compile(
    r"(?:\b(?P<n>\d{1,4}|" + "|".join(_NUMBER_WORDS) + r")|(?P<batch>a\s+number\s+of|several|a\s+package\s+of"
    r"|a\s+series\s+of|a\s+set\s+of|a\s+range\s+of|a\s+large\s+number\s+of|many|new))"
    r"\s+(?:(?:new|bilateral|intergovernmental|interdepartmental|joint|important|fundamentally|and|other)\s+){0,4}$"
)
_PREMODIFIER_STOP = re.compile(
    r"^(?:a|an|the|this|that|these|those|its|their|our|his|her|to|of|on|with|and|or|in|at|by|for|signed|sign|"
    r"signing|have|has|had|was|were|is|are|be|been|new|\d+|several|number|reached|concluded|adopted|ratified|"
    r"approved|coordinating|developing|preparing|including|under|within|also|currently|both|two|said)$",
    re.I,
)
_DOC_NOUN = r"(?:agreement|memorand|program|declaration|protocol|road\s*map|treat|contract|plan\b|document)"
_TITLE_END = re.compile(
    r"\s*(?:[,.;:()]|\s[\u2013\u2014]\s(?=[A-Z])|\b(?:during|following|after|at\s+the|when|as|by|within|amid|while"
    r"|which|that|who|was|were|is|are|will|would|may|has|have|had|signed|said|says|reports?|told"
    r"|(?:and|as\s+well\s+as)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,4}?(?=" + _DOC_NOUN + r")"
    r"|(?:and|as\s+well\s+as)\s+(?:an?|the)\s+\w+\s+of\s+(?=(?:[\w-]+\s+){0,2}?" + _DOC_NOUN + r"))|$)",
)
_CONNECTOR = re.compile(
    r"\s+(?:and\s+(?!" + _DOC_NOUN + r")\w+\s+)?(?P<passive>(?:was|were|has\s+been|have\s+been|had\s+been)\s+"
    r"(?:signed|reached|concluded|agreed)\s+)?(?:on|of|for|in|about|regarding|to|with|between|including)\s"
    r"(?!(?:this|that|it|these|them)\b)"
)
_PASSIVE_TAIL = re.compile(
    r"\s+(?:was|were|has\s+been|have\s+been)\s+(?:signed|concluded)\s+(?P<rest>(?:between|with)\s[^,.;:()]+)"
)
_HEAD_OF = re.compile(r"(?P<head>\b(?!number\b|package\b|set\b|series\b|range\b|lot\b)[a-z][\w-]+)\s+of\s+$")
_JUST_SIGNED = re.compile(
    r"(?<!will\s)(?<!to\s)(?<!be\s)\b(?:signed|inked|concluded)\s+(?:(?:an?|the|two|three|several|new)\s+)?"
    r"[^.;,]{0,25}$",
    re.I,
)
_SIGNED = re.compile(r"\bsign(?:ed|ing|s)?\b|\bconcluded\b|\breached\b|\badopted\b|\binked\b", re.I)
_RATIFIED = re.compile(r"\bratif(?:ied|ication|y)\b", re.I)
_IN_FORCE = re.compile(r"\b(?:entered|enter|came|come)\s+into\s+force\b", re.I)
_ANAPHORIC = re.compile(r"\b(?:the|this|that|these|such)\s+(?:bilateral\s+)?$", re.I)
_SIGNING_TOOK_PLACE = re.compile(r"\bthe\s+signing\s+(?:ceremony\s+)?(?:took\s+place|was\s+held)\b", re.I)
_PERIOD = re.compile(r"\b((?:19|20)\d\d)\s*[-\u2013\u2014]\s*((?:19|20)\d\d)\b")
_SIDES = (TURKMENISTAN, RUSSIA)
_CUE_WORDS = word_filter(
    "agreement", "memorand", "program", "declaration", "protocol", "road", "treat", "contract", "plan", "document",
)
_PLURAL_PAIR = re.compile(
    r"(?:agreements|memorand(?:a|ums)|programmes|programs|declarations|protocols|treaties|contracts)\s+"
    r"(?:and|as\s+well\s+as)\s+(?:agreements|memorand(?:a|ums)|programmes|programs|declarations|protocols"
    r"|treaties|contracts|roadmaps|road\s+maps)",
    re.I,
)
_DANGLING = re.compile(r"(?:\s+(?:on|in|at|of|for|from|to|since|by|the))+\s*$", re.I)
_ADJACENT = re.compile(r"[\s\"\u201c\u201d]*")
_CONTINUED = re.compile(r"[^,;]*(?:,\s*(?:including|such\s+as|among\s+them|and|as\s+well\s+as)\b[^,;]*)?", re.I)
_OPENING = re.compile(r"[\W]*(?:(?:on|in|at|by|as\s+for|also\s+in|also\s+on|then|and)\s+)*", re.I)


@attrs.frozen
class _DocMention:
    """A document noun phrase found in a sentence (offsets local to the sentence)."""

    doc_type: DocType | None
    start: int
    end: int
    title: str | None
    count: int | None
    anaphoric: bool


def extract_agreements(document: Document) -> Iterator[Agreement]:
    """Yield the agreements whose signing, ratification or plan the sentences report."""
    last_titled: Agreement | None = None
    last_signed: Agreement | None = None
    previous: Sentence | None = None
    bilateral_article = set(_SIDES) <= sides_in(*document.sentences)
    for sentence in document.body:
        context = (previous, sentence) if previous is not None else (sentence,)
        previous = sentence
        if not concerns_both_sides(context, bilateral_article):
            continue
        if (
            last_signed is not None
            and "signing" in sentence.folded
            and _SIGNING_TOOK_PLACE.search(sentence.text)
            and event_dates(sentence)
        ):
            yield _retime(last_signed, event_dates(sentence)[0].value)
            last_signed = None
            continue
        if not sentence.has_any(_CUE_WORDS):
            continue
        stops = [t.start - sentence.start for t in sentence.timexes if t.value is not None]
        covered = 0
        for mention in _doc_mentions(sentence.text, stops):
            if mention.start < covered:
                continue
            covered = max(covered, mention.end)
            stage = _stage(sentence.text, mention)
            if stage is None or (mention.anaphoric and stage is Stage.PLANNED):
                if mention.title and not mention.anaphoric:
                    last_titled = _agreement(sentence, document, mention, Stage.PLANNED)
                continue
            if mention.anaphoric:
                if last_titled is None or mention.doc_type not in (last_titled.doc_type, None):
                    continue
                agreement = attrs.evolve(
                    last_titled,
                    lifecycle=(LifecycleStep(stage=stage, date=_date_for(sentence, mention)),),
                    evidence=last_titled.evidence + document.evidence(sentence),
                )
            else:
                agreement = _agreement(sentence, document, mention, stage)
                if agreement.doc_type is not DocType.DOCUMENTS and not content_words(agreement.title):
                    continue
            if agreement.title:
                last_titled = agreement
            if stage is Stage.SIGNED:
                last_signed = agreement
            yield agreement


def _retime(agreement: Agreement, date: PartialDate | None) -> Agreement:
    step = agreement.lifecycle[-1]
    return attrs.evolve(agreement, lifecycle=(*agreement.lifecycle[:-1], attrs.evolve(step, date=date)))


def _doc_matches(text: str) -> list[re.Match[str]]:
    """What ``_DOC.finditer(text)`` finds, trying _DOC only where a document word begins (or at
    the quote before it) rather than at every character."""
    found: list[re.Match[str]] = []
    taken_to = 0
    for stem in _DOC_STEMS.finditer(fold(text)):
        start = stem.start()
        for candidate in (start - 1, start) if start and text[start - 1] in _QUOTES else (start,):
            match = _DOC.match(text, candidate) if candidate >= taken_to else None
            if match is not None:
                found.append(match)
                taken_to = match.end()
                break
    return found


def _doc_mentions(text: str, stops: list[int]) -> list[_DocMention]:
    """Document noun phrases; adjacent nouns ("roadmap agreement") form one phrase typed by the first."""
    mentions: list[_DocMention] = []
    matches = _doc_matches(text)
    index = 0
    while index < len(matches):
        match = matches[index]
        doc_type = DocType[match.lastgroup or "AGREEMENT"]
        end = match.end()
        while index + 1 < len(matches) and _ADJACENT.fullmatch(text[end : matches[index + 1].start()]):
            index += 1
            end = matches[index].end()
        index += 1
        word = text[match.start() : match.end()].strip("\"\u201c\u201d\u00ab\u00bb").lower()
        if index < len(matches) and _PLURAL_PAIR.fullmatch(text[match.start() : matches[index].end()]):
            mentions.append(_batch(text, match.start(), matches[index].end()))
            index += 1
            continue
        if doc_type is DocType.AGREEMENT and word == "agreement" and re.match(r"\s+(?:with|that)\b", text[end:]):
            continue
        mentions.append(_phrase(text, doc_type, match.start(), end, word=word, stops=stops))
    return mentions


def _count_before(text: str, end: int) -> re.Match[str] | None:
    """A count or quantifier ending right before ``text[end:]`` ("two new", "a number of")."""
    return _COUNT_BEFORE.search(fold(text), 0, end)


def _batch(text: str, start: int, end: int) -> _DocMention:
    """Two kinds of document named together ("agreements and memorandums"): an unnamed batch."""
    count_match = _count_before(text, start)
    raw = span_text(text, count_match, "n") if count_match else None
    count = (_NUMBER_WORDS.get(raw.lower()) or int(raw)) if raw else None
    return _DocMention(doc_type=DocType.DOCUMENTS, start=start, end=end, title=None, count=count, anaphoric=False)


def _phrase(text: str, doc_type: DocType, start: int, end: int, *, word: str, stops: list[int]) -> _DocMention:
    plural = (word.endswith(("s", "a")) and word != "memoranda") or word == "memoranda"
    head_of = _HEAD_OF.search(text[:start]) if doc_type is DocType.DOCUMENTS else None
    if head_of is not None:
        doc_type, start = DocType.AGREEMENT, head_of.start("head")
    kept: list[str] = []
    if head_of is None:
        for token in reversed(text[:start].split()[-5:]):
            bare = token.strip("\"\u201c\u201d\u00ab\u00bb,")
            if not bare or _PREMODIFIER_STOP.match(bare) or token.endswith((",", ".", ";", ":")):
                break
            kept.insert(0, bare)
    head_start = text.rfind(kept[0], 0, start) if kept else start
    count_match = _count_before(text, head_start)
    number = span_text(text, count_match, "n") if count_match else None
    count = None
    if number:
        raw = number.lower()
        count = _NUMBER_WORDS.get(raw) or int(raw)
    limit = min((stop for stop in stops if stop >= end), default=len(text))
    tail = text[end:limit]
    complement = ""
    connector = _CONNECTOR.match(tail)
    if connector:
        stop = _TITLE_END.search(tail, connector.end())
        complement = _DANGLING.sub("", tail[: stop.start() if stop else len(tail)])
        if connector.group("passive"):
            complement = " " + complement[connector.end("passive") :].lstrip()
        passive_tail = _PASSIVE_TAIL.match(tail, len(complement) if not connector.group("passive") else len(tail))
        if passive_tail and not connector.group("passive"):
            complement = complement + " " + passive_tail.group("rest").strip()
    is_batch = head_of is None and (
        doc_type is DocType.DOCUMENTS or (plural and count_match is not None and not complement)
    )
    title = None if is_batch else " ".join([*kept, text[start:end] + complement]).strip()
    if title:
        title = re.sub(r"[\"\u201c\u201d\u00ab\u00bb]", "", title).strip(" ,")
    anaphoric = word == "document" or (bool(_ANAPHORIC.search(text[:start])) and not complement and not kept)
    if plural and not complement and not count_match and doc_type is not DocType.DOCUMENTS:
        anaphoric = True
    return _DocMention(
        doc_type=None if word == "document" else (DocType.DOCUMENTS if is_batch else doc_type),
        start=head_start,
        end=end + len(complement),
        title=title,
        count=count,
        anaphoric=anaphoric,
    )


def _stage(text: str, mention: _DocMention) -> Stage | None:
    window = text[max(0, mention.start - 120) : mention.end + 80]
    if _JUST_SIGNED.search(text[max(0, mention.start - 40) : mention.start]):
        return Stage.SIGNED
    planned = is_planned(text, mention.start, mention.end)
    folded = fold(window)  # cheap word tests first: most windows neither ratify nor bring into force
    if "force" in folded and _IN_FORCE.search(window):
        return Stage.PLANNED if planned else Stage.IN_FORCE
    if "ratif" in folded and _RATIFIED.search(window):
        return Stage.PLANNED if planned else Stage.RATIFIED
    if _SIGNED.search(window):
        return Stage.PLANNED if planned else Stage.SIGNED
    if planned:
        return Stage.PLANNED
    return None


def _date_for(sentence: Sentence, mention: _DocMention) -> PartialDate | None:
    """The date written after the document in its clause; else one opening the sentence;
    else the year of an earlier date in the sentence (the signing is not dated more finely)."""
    dated = event_dates(sentence) or list(sentence.carried)
    after = [t for t in dated if t.start - sentence.start >= mention.end]
    clause_end = sentence.text.find(";", mention.end)
    if after and (clause_end < 0 or after[0].start - sentence.start < clause_end):
        return after[0].value
    before = [t for t in dated if t.start - sentence.start < mention.start]
    if not before or before[-1].value is None:
        return None
    timex_start = before[-1].start - sentence.start
    clause_start = sentence.text.rfind(";", 0, timex_start) + 1
    between = sentence.text[before[-1].end - sentence.start : mention.start]
    if _OPENING.fullmatch(sentence.text[clause_start:timex_start]) or _CONTINUED.fullmatch(between):
        return before[-1].value
    return before[-1].value.truncate(Precision.YEAR)


def _agreement(sentence: Sentence, document: Document, mention: _DocMention, stage: Stage) -> Agreement:
    period = None
    if mention.title:
        found = _PERIOD.search(mention.title)
        if found:
            period = (int(found.group(1)), int(found.group(2)))
    parties = [Party.of_country(code) for code in _SIDES]
    clause_start = sentence.text.rfind(";", 0, mention.start) + 1
    for found_party in sentence.of_kind("company", "ministry"):
        local = found_party.start - sentence.start
        signer = clause_start <= local < mention.start or mention.start <= local < mention.end
        if signer and isinstance(found_party.value, Party) and found_party.value not in parties:
            parties.append(found_party.value)
    region = next(
        (m.value for m in sentence.of_kind("region") if isinstance(m.value, Party)), None
    )
    if region is not None and region.kind is not PartyKind.REGION:
        region = None
    return Agreement(
        doc_type=mention.doc_type or DocType.AGREEMENT,
        title=mention.title,
        count=mention.count,
        parties=tuple(parties),
        region=region,
        period=period,
        lifecycle=(LifecycleStep(stage=stage, date=_date_for(sentence, mention)),),
        place=first_place(sentence),
        evidence=document.evidence(sentence),
    )
