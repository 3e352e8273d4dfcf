"""Trade flows: goods moving one way, or turnover both ways, with amounts and periods."""

from __future__ import annotations

import re
from collections.abc import Iterator

import attrs

from turkru.extract.amounts import count_before, find_amounts, find_percent
from turkru.extract.cues import is_planned
from turkru.extract.document import Document, Sentence, nearest_date
from turkru.extract.participants import other_side
from turkru.model.actors import RUSSIA, TURKMENISTAN, Party, Person, Place
from turkru.model.records import Direction, Quantity, Status, TradeFlow

_TURNOVER = re.compile(
    r"\b(?:trade\s+turnover|turnover|mutual\s+trade|bilateral\s+trade|trade\s+between|trade\s+volume"
    r"|volume\s+of\s+trade|trade\s+(?:has\s+)?(?:grew|grown|increased|amounted|reached))\b",
    re.I,
)
_EXPORT_VERB = re.compile(
    r"\b(?P<out>export(?:s|ed|ing)?|suppl(?:y|ies|ied|ying)|deliver(?:s|ed|y|ies|ing)?|sells?|sold|shipped"
    r"|brought\s+to)\b|\b(?P<in>import(?:s|ed|ing)?|purchas(?:e|es|ed|ing)|procurement|acquire[sd]?|bought|buys?"
    r"|joined\s+the\s+(?:navy|fleet))\b",
    re.I,
)
_TO_TARGET = re.compile(r"\b(?:to|in|into|for)\s+(?:the\s+)?$", re.I)
_FROM_SOURCE = re.compile(r"\bfrom\s+(?:the\s+)?$", re.I)
_AMONG_THEM = re.compile(r"^\s*(?:Among\s+them|These\s+include|They\s+include|This\s+includes)\b", re.I)
_COREFERENT = re.compile(r"\bthe\s+(?:oblast|region|republic|krai|province)\b", re.I)
_SPEAKER = re.compile(r"[\u201d\"]\s*,?\s*(?P<name>[A-Z][\w.-]+(?:\s+[A-Z][\w-]+)?)\s+(?:said|noted|stated|added)\b")
_SEGMENT = re.compile(r"\b(?P<kind>exports?|imports?)\b\s*[\u2013\u2014-]?", re.I)
_SIDES = (TURKMENISTAN, RUSSIA)


def extract_trade(document: Document) -> Iterator[TradeFlow]:
    """Yield trade flows: turnover figures and goods moving from one side to the other."""
    previous: TradeFlow | None = None
    last_region: Party | None = None
    for sentence in document.sentences:
        if previous is not None and _AMONG_THEM.match(sentence.text):
            goods = _commodities(sentence)
            if goods:
                previous = attrs.evolve(
                    previous,
                    commodities=tuple(dict.fromkeys((*previous.commodities, *goods))),
                    evidence=previous.evidence + document.evidence(sentence),
                )
                yield previous
                previous = None
                continue
        if previous is not None:
            yield previous
            previous = None
        flows = list(_turnover(sentence, document)) or list(_exports(sentence, document, last_region))
        regions = [m.value for m in sentence.of_kind("region") if isinstance(m.value, Party)]
        if regions:
            last_region = regions[-1]
        if not flows:
            continue
        *done, previous = flows
        yield from done
    if previous is not None:
        yield previous


def _commodities(sentence: Sentence) -> tuple[str, ...]:
    return tuple(
        dict.fromkeys(m.value.lower() for m in sentence.of_kind("commodity") if isinstance(m.value, str))
    )


def _side_of_mention(value: object, fallback: str | None) -> str | None:
    if isinstance(value, (Party, Place, Person)):
        return value.country or fallback
    if isinstance(value, str) and value in _SIDES:
        return value
    return fallback


def _turnover(sentence: Sentence, document: Document) -> Iterator[TradeFlow]:
    trigger = _TURNOVER.search(sentence.text)
    if trigger is None:
        return
    amounts = find_amounts(sentence.text)
    percent = find_percent(sentence.text)
    if not amounts and percent is None:
        return
    timex = nearest_date(sentence, trigger.start())
    segments = list(_SEGMENT.finditer(sentence.text, trigger.end()))
    head_end = segments[0].start() if segments else len(sentence.text)
    head_amounts = [a for a in amounts if a.start < head_end]
    head_percent = percent if percent and percent[1] < head_end else None
    planned = is_planned(sentence.text, trigger.start(), trigger.end())
    region = next((m.value for m in sentence.of_kind("region") if isinstance(m.value, Party)), None)
    yield TradeFlow(
        status=Status.PLANNED if planned else Status.HELD,
        date=timex.value if timex else None,
        direction=Direction.TURNOVER,
        region=region,
        commodities=_commodities(sentence),
        amounts=tuple(a.quantity for a in head_amounts[:1]),
        change_percent=head_percent[0] if head_percent else None,
        evidence=document.evidence(sentence),
    )
    perspective = _speaker_side(sentence, document)
    if perspective is None:
        return
    for index, segment in enumerate(segments):
        end = segments[index + 1].start() if index + 1 < len(segments) else len(sentence.text)
        piece = sentence.text[segment.end() : end]
        piece_amounts = find_amounts(piece)
        piece_percent = find_percent("by " + piece.strip()) if "%" in piece or "percent" in piece else None
        if not piece_amounts and piece_percent is None:
            continue
        outward = segment.group("kind").lower().startswith("export")
        exporter = perspective if outward else other_side(perspective)
        yield TradeFlow(
            status=Status.PLANNED if planned else Status.HELD,
            date=timex.value if timex else None,
            direction=Direction.EXPORT,
            exporter=exporter,
            importer=other_side(exporter),
            amounts=tuple(a.quantity for a in piece_amounts[:1]),
            change_percent=piece_percent[0] if piece_percent else None,
            evidence=document.evidence(sentence),
        )


def _speaker_side(sentence: Sentence, document: Document) -> str | None:
    found = _SPEAKER.search(sentence.text)
    if found is None:
        return None
    person = document.gazetteer.person(found.group("name").split()[-1])
    return person.country if person else None


def _exports(sentence: Sentence, document: Document, last_region: Party | None) -> Iterator[TradeFlow]:
    verb = _EXPORT_VERB.search(sentence.text)
    if verb is None:
        return
    goods = _commodities(sentence)
    if not goods:
        return
    source: str | None = None
    target: str | None = None
    region: Party | None = None
    for mention in sentence.mentions:
        if mention.kind not in ("country", "region", "company", "place", "person"):
            continue
        local = mention.start - sentence.start
        side = _side_of_mention(mention.value, mention.country)
        if side not in _SIDES:
            continue
        if isinstance(mention.value, Party) and mention.kind == "region":
            region = mention.value
        before = sentence.text[max(0, local - 12) : local]
        if local > verb.start() and _TO_TARGET.search(before) and target is None:
            target = side
        elif local > verb.start() and _FROM_SOURCE.search(before) and source is None:
            source = side
        elif local < verb.start() and source is None and target is None:
            if verb.group("in"):
                target = side
            else:
                source = side
    coreferent = _COREFERENT.search(sentence.text)
    if coreferent and last_region is not None and last_region.country in _SIDES:
        region = region or last_region
        if coreferent.start() < verb.start():
            source = source or (None if verb.group("in") else last_region.country)
            target = target or (last_region.country if verb.group("in") else None)
        else:
            target = target or last_region.country
    source = source or other_side(target)
    target = target or other_side(source)
    if source not in _SIDES or target not in _SIDES or source == target:
        return
    planned = is_planned(sentence.text, verb.start(), verb.end())
    timex = nearest_date(sentence, verb.start())
    amounts = [a.quantity for a in find_amounts(sentence.text)]
    if not amounts:
        for mention in sentence.of_kind("commodity"):
            count = count_before(sentence.text, mention.start - sentence.start)
            if count is not None:
                amounts.append(Quantity(amount=count, unit="units"))
                break
    yield TradeFlow(
        status=Status.PLANNED if planned else Status.HELD,
        date=timex.value if timex else None,
        direction=Direction.EXPORT,
        exporter=source,
        importer=target,
        region=region,
        commodities=goods,
        amounts=tuple(amounts[:1]),
        evidence=document.evidence(sentence),
    )
