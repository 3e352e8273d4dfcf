"""Trade flows: goods moving one way, or turnover both ways, with amounts and periods."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

import attrs

from turkru.extract.amounts import count_before, find_amounts, find_percent
from turkru.extract.cue_words import word_filter
from turkru.extract.document import Document, Sentence
from turkru.extract.participants import other_side
from turkru.extract.periods import Periods, figure_period, points_back
from turkru.extract.sides import concerns_both_sides, sides_in
from turkru.extract.trade_cues import is_expected, subject_cuts, trade_verbs
from turkru.extract.trade_index import TradeIndex
from turkru.model.actors import SIDES, Party, Person, Place
from turkru.model.dates import PartialDate
from turkru.model.records import Direction, Quantity, Status, TradeFlow
from turkru.text.mentions import Mention

# _TURNOVER runs over the folded sentence (see turkru.text._casefold): lower case, no IGNORECASE.
# Words that give trade a figure ("trade exceeding $1 billion", "trade stood at ...").
_FIGURE_VERBS = (
    "grew", "grown", "increased", "amounted", "amounting", "reached", "reaching", "exceeded", "exceeding",
    "surpassed", "topped", "totall?ed", "totall?ing", "stood", "rose", "risen", "approached", "worth", "valued",
)
_TURNOVER = re.compile(
    r"\b(?:trade\s+turnover|turnover|mutual\s+trade|bilateral\s+trade|trade\s+between|trade\s+volumes?"
    r"|volume\s+of\s+trade|(?:annual|yearly|two-way|total|overall)\s+trade"
    r"|trade\s+(?:has\s+|have\s+|had\s+)?(?:" + "|".join(_FIGURE_VERBS) + r"))\b"
)
# A figure whose subject is the trade just spoken of: "It already reached ...", "Last year this volume grew ...".
_ANAPHORIC_FIGURE = re.compile(
    r"^\W*+(?:[\w,-]+\s+){0,4}?(?:it|this\s+(?:volume|figure|indicator|amount)|the\s+(?:figure|volume|indicator))"
    r"\s+(?:has\s+|had\s+|have\s+)?(?:already\s+|also\s+)?(?P<verb>grew|grown|rose|risen|increased|reached"
    r"|amounted|exceeded|totall?ed|fell|decreased|declined|stood|came|will\s+reach|will\s+exceed)\b",
    re.I,
)
_TO_TARGET = re.compile(
    r"\b(?:to|in|into|for|(?:navy|fleet|market|economy|consumers)\s+of)\s+(?:the\s+)?(?:territory\s+of\s+)?$", re.I
)
_TARGET_AFTER = re.compile(r"\s+(?:economy|market|consumers|navy|fleet|buyers)\b", re.I)
_PRODUCER = re.compile(r"\b(?:produced|made|manufactured|built|developed)\s+(?:by|in)\s+(?:the\s+)?$", re.I)
_PASSIVE = re.compile(r"\b(?:been|was|were|is|are|be)\s+(?:\w+\s+)?$", re.I)
_FROM_SOURCE = re.compile(r"\bfrom\s+(?:the\s+)?$", re.I)
_AMONG_THEM = re.compile(r"^\s*(?:Among\s+them|These\s+include|They\s+include|This\s+includes)\b", re.I)
_COREFERENT = re.compile(r"\bthe\s+(?:oblast|region|republic|krai|province)\b", re.I)
_SPEAKER = re.compile(
    r"[\u201d\"]\s*+(?:,\s*+)?(?P<name>[A-Z][\w.-]+(?:\s+[A-Z][\w-]+)?)\s+(?:said|noted|stated|added)\b"
)
_SEGMENT = re.compile(r"\b(?P<kind>exports?|imports?)\b\s*[\u2013\u2014-]?", re.I)
_CUE_WORDS = word_filter(
    "trade", "turnover", "export", "import", "suppl", "deliver", "sell", "sold", "shipped", "brought", "purchas",
    "procure", "acquire", "bought", "buy", "joined the",
)
# Possessive runs, and "while" only from the start of its white space: linear time on long white space (#12, Q10).
_CLAUSE_BREAK = re.compile(r";\s*+|,\s++(?:while|whereas)\s++|(?<!\s)\s++while\s++(?=[A-Z])")
_GOODS_MODIFIED = (
    "giants?", "compan(?:y|ies)", "concerns?", "sectors?", "industr(?:y|ies)", "markets?", "pipelines?", "fields?",
    "producers?", "exporters?", "importers?", "monopoly", "reserves", "prices?", "deposits?", "projects?",
    "exploration", "production", "transit", "infrastructure", "hub", "dispute", "war", "talks", "issues?",
)
_MODIFIER = re.compile(r"[\s-]+(?:" + "|".join(_GOODS_MODIFIED) + r")\b", re.I)
_ORIGIN = re.compile(
    r"\s+(?:gas|oil|cotton|wheat|grain|goods|products|produce|electricity|textiles?)\b"
    r"(?![\s-]+(?:" + "|".join(_GOODS_MODIFIED) + r")\b)",
    re.I,
)
_POSSESSIVE = re.compile(r"['\u2019]s?$")
# How far before goods a country adjective, and before a trade word a possessive, may stand (bounded windows).
_ORIGIN_REACH = 60
_POSSESSOR_REACH = 80
_BETWEEN_POSSESSOR = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}")
_BETWEEN_ORIGIN = re.compile(r"\s+(?:[a-z][\w-]*\s+)?")
_TOTAL = re.compile(r"\d\s*%|\$\s?\d|\d\s*(?:million|billion|bn|mln)\b", re.I)
# A turnover whose parties are named before: "between the parties", "between the two sides", "between them".
_BETWEEN_PARTIES = re.compile(
    r"\b(?:between|of)\s+the\s+(?:two\s+)?(?:parties|sides|partners)\b|\bbetween\s+them\b", re.I
)
_COORDINATED = re.compile(r"\s*(?:and|&|with|[-/\u2013\u2014])\s*")
_PAIRING_REACH = 4  # sentences
_COORDINATION_REACH = 40  # characters: a partner mention starts this near the region's
_GENERIC_GOODS = re.compile(r"\b(?:products|goods|items|commodities|produce)\b", re.I)


def extract_trade(document: Document) -> Iterator[TradeFlow]:
    """Yield trade flows: turnover figures and goods moving from one side to the other."""
    previous: TradeFlow | None = None
    last_region: Party | None = None
    last_period: PartialDate | None = None
    bilateral_article = set(SIDES) <= sides_in(*document.sentences)
    before: Sentence | None = None
    pairing: tuple[int, Party] | None = None
    for sentence in document.body:
        context = (before, sentence) if before is not None else (sentence,)
        before = sentence
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
        if previous is not None and _named(previous):
            yield previous
        previous = None
        if not concerns_both_sides(context, bilateral_article):
            flows: list[TradeFlow] = []
        elif sentence.has_any(_CUE_WORDS):
            flows = list(_turnover(sentence, document)) or list(_exports(sentence, document, last_region))
        else:
            flows = list(_continued(sentence, document, context))
        regions = [m.value for m in sentence.of_kind("region") if isinstance(m.value, Party)]
        if regions:
            last_region = regions[-1]
        pairing = _region_pairing(sentence) or pairing
        if not flows:
            continue
        flows = [_with_partner_region(_with_period(flow, sentence, last_period), sentence, pairing) for flow in flows]
        last_period = next((flow.date for flow in flows if flow.date is not None), last_period)
        *done, previous = flows
        yield from (flow for flow in done if _named(flow))
    if previous is not None and _named(previous):
        yield previous


def _region_pairing(sentence: Sentence) -> tuple[int, Party] | None:
    """A region of one side coordinated with the other side ("Tatarstan and Turkmenistan", "the
    Turkmen-Astrakhan talks"), with the sentence's index: the parties a later "between the parties" means."""
    regions = [(m, m.value) for m in sentence.of_kind("region") if isinstance(m.value, Party) and m.value.country]
    if not regions:
        return None
    others = sorted(sentence.of_kind("country", "place", "region"), key=lambda mention: mention.start)
    starts = [mention.start for mention in others]
    for region, party in regions:
        low = bisect.bisect_left(starts, region.start - _COORDINATION_REACH)
        high = bisect.bisect_right(starts, region.end + _COORDINATION_REACH)
        for other in others[low:high]:
            if _side_at(other) != other_side(party.country):
                continue
            first, second = (region, other) if region.start < other.start else (other, region)
            gap = sentence.text[first.end - sentence.start : max(first.end, second.start) - sentence.start]
            if _COORDINATED.fullmatch(gap):
                return sentence.index, party
    return None


def _with_partner_region(flow: TradeFlow, sentence: Sentence, pairing: tuple[int, Party] | None) -> TradeFlow:
    """Turnover "between the parties" soon after a region was paired with the other side is that region's."""
    if flow.direction is not Direction.TURNOVER or flow.region is not None or pairing is None:
        return flow
    if sentence.index - pairing[0] > _PAIRING_REACH or _BETWEEN_PARTIES.search(sentence.text) is None:
        return flow
    if set(SIDES) <= {m.value for m in sentence.of_kind("country")}:
        return flow  # "between the parties, Russia and Turkmenistan": national
    return attrs.evolve(flow, region=pairing[1])


def _continued(sentence: Sentence, document: Document, context: tuple[Sentence, ...]) -> Iterator[TradeFlow]:
    """A figure whose subject points back to the trade of the sentence before ("It reached $5
    billion", "Last year this volume grew 33%") is a turnover figure of its own."""
    if len(context) < 2 or _TURNOVER.search(context[0].folded) is None:
        return
    subject = _ANAPHORIC_FIGURE.match(sentence.text)
    if subject is None:
        return
    amounts = find_amounts(sentence.text)
    percent = find_percent(sentence.text)
    if not amounts and percent is None:
        return
    yield TradeFlow(
        status=Status.PLANNED if is_expected(sentence.text, subject.start("verb"), subject.end()) else Status.HELD,
        date=figure_period(sentence, subject.start("verb")),
        direction=Direction.TURNOVER,
        amounts=tuple(a.quantity for a in amounts[:1]),
        change_percent=percent[0] if percent else None,
        evidence=document.evidence(sentence),
    )


def _with_period(flow: TradeFlow, sentence: Sentence, last_period: PartialDate | None) -> TradeFlow:
    """An undated figure "in this period" takes the period of the figure before it."""
    if flow.date is None and last_period is not None and points_back(sentence):
        return attrs.evolve(flow, date=last_period)
    return flow


def _named(flow: TradeFlow) -> bool:
    """A flow of unnamed "products" with no figure stands only once a later sentence names the goods."""
    return flow.direction is Direction.TURNOVER or bool(flow.commodities or flow.amounts or flow.change_percent)


def _commodities(sentence: Sentence) -> tuple[str, ...]:
    return tuple(
        dict.fromkeys(m.value.lower() for m in sentence.of_kind("commodity") if isinstance(m.value, str))
    )


def _side_of_mention(value: object, fallback: str | None) -> str | None:
    if isinstance(value, (Party, Place, Person)):
        return value.country or fallback
    if isinstance(value, str) and value in SIDES:
        return value
    return fallback


def _turnover(sentence: Sentence, document: Document) -> Iterator[TradeFlow]:
    trigger = _TURNOVER.search(sentence.folded)
    if trigger is None:
        return
    amounts = find_amounts(sentence.text)
    percent = find_percent(sentence.text)
    if not amounts and percent is None:
        return
    period = figure_period(sentence, trigger.start())
    segments = list(_SEGMENT.finditer(sentence.text, trigger.end()))
    head_end = segments[0].start() if segments else len(sentence.text)
    head_amounts = [a for a in amounts if a.start < head_end]
    head_percent = percent if percent and percent[1] < head_end else None
    planned = is_expected(sentence.text, trigger.start(), trigger.end())
    region = next((m.value for m in sentence.of_kind("region") if isinstance(m.value, Party)), None)
    total = TradeFlow(
        status=Status.PLANNED if planned else Status.HELD,
        date=period,
        direction=Direction.TURNOVER,
        region=region,
        commodities=_commodities(sentence),
        amounts=tuple(a.quantity for a in head_amounts[:1]),
        change_percent=head_percent[0] if head_percent else None,
        evidence=document.evidence(sentence),
    )
    yield total
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
        yield attrs.evolve(  # one side's share of the same figure: "exports - by 11% (542 million tons)"
            total,
            direction=Direction.EXPORT,
            exporter=exporter,
            importer=other_side(exporter),
            region=None,
            commodities=(),
            amounts=tuple(a.quantity for a in piece_amounts[:1]),
            change_percent=piece_percent[0] if piece_percent else None,
        )


def _speaker_side(sentence: Sentence, document: Document) -> str | None:
    found = _SPEAKER.search(sentence.text)
    if found is None:
        return None
    person = document.gazetteer.person(found.group("name").split()[-1])
    return person.country if person else None


def _exports(sentence: Sentence, document: Document, last_region: Party | None) -> Iterator[TradeFlow]:
    """One flow per clause that moves named goods with a trade verb."""
    text = sentence.text
    index = TradeIndex(sentence, Periods(sentence), subject_cuts(text))
    start = 0
    for clause_break in [*_CLAUSE_BREAK.finditer(text), None]:
        clause_end = clause_break.start() if clause_break else len(text)
        flow = _export_in(sentence, index, document, last_region, start, clause_end)
        if flow is not None:
            yield from _figures_of(flow, sentence, index, document, start, clause_end)
        start = clause_break.end() if clause_break else len(text)


def _figures_of(
    flow: TradeFlow, sentence: Sentence, index: TradeIndex, document: Document, left: int, right: int
) -> Iterator[TradeFlow]:
    """One flow per trade word of a clause that gives a figure of its own: "cap its purchase at 4
    bcm this year, way below its imports of 11 bcm in 2014" is a plan for this year and a 2014 figure."""
    text = sentence.text
    verbs = list(trade_verbs(sentence, index, left, right))
    ends = [verb.start() for verb in verbs[1:]] + [right]
    stretches = [(verb, end, find_amounts(text[verb.start() : end])) for verb, end in zip(verbs, ends, strict=True)]
    later = [(verb, end, found) for verb, end, found in stretches[1:] if found]
    if not later:
        yield flow
        return
    first_verb, first_end, _ = stretches[0]
    head = find_amounts(text[left:first_end])
    head_date = figure_period(sentence, first_verb.start(), until=first_end, periods=index.periods)
    yield attrs.evolve(flow, amounts=tuple(a.quantity for a in head[:1]), date=head_date)
    for verb, end, found in later:
        date = figure_period(sentence, verb.start(), until=end, periods=index.periods)
        earlier = date is not None and head_date is not None and date < head_date  # a past figure beside a plan
        yield attrs.evolve(
            flow,
            status=Status.HELD if earlier else flow.status,
            amounts=(found[0].quantity,),
            date=date,
            evidence=document.evidence(sentence),
        )


def _origin_of_goods(sentence: Sentence, index: TradeIndex, left: int, right: int) -> str | None:
    """The side a country adjective names as the goods' origin ("Turkmen gas", "Russian natural gas")."""
    text = sentence.text
    for mention in index.starting(left, right, "commodity"):
        local = mention.start - sentence.start
        if _MODIFIER.match(text, mention.end - sentence.start):
            continue
        for other in index.ending(local - _ORIGIN_REACH, local, "country"):
            gap_start = other.end - sentence.start
            if not _BETWEEN_ORIGIN.fullmatch(text, gap_start, local):
                continue
            side = _side_at(other)
            if side in SIDES and not _POSSESSIVE.search(other.text):
                return side
    return None


def _possessor(sentence: Sentence, index: TradeIndex, verb_start: int, left: int) -> str | None:
    """The side whose trade a possessive names ("Turkmenistan's gas exports", "Russia's imports")."""
    text = sentence.text
    for mention in index.ending(verb_start - _POSSESSOR_REACH, verb_start):
        end = mention.end - sentence.start
        if mention.start - sentence.start < left or not _POSSESSIVE.search(mention.text):
            continue
        if _BETWEEN_POSSESSOR.fullmatch(text, end, verb_start):
            side = _side_at(mention)
            if side in SIDES:
                return side
    return None


def _side_at(mention: Mention) -> str | None:
    """The country a mention stands for: TM, RU, or a third country (which ends the flow's claim)."""
    return _side_of_mention(mention.value, mention.country)


def _export_in(
    sentence: Sentence, index: TradeIndex, document: Document, last_region: Party | None, left: int, right: int
) -> TradeFlow | None:
    text = sentence.text
    verb = next(trade_verbs(sentence, index, left, right), None)
    if verb is None:
        return None
    goods = tuple(
        dict.fromkeys(
            m.value.lower()
            for m in index.starting(left, right, "commodity")
            if isinstance(m.value, str)
        )
    )
    verb_word = text[verb.start() : verb.end()].lower()
    totals = not goods and _TOTAL.search(text, verb.start(), right) is not None and verb_word in ("exports", "imports")
    if not goods and not totals and not _GENERIC_GOODS.search(text, verb.end(), right):
        return None
    inward = verb.group("in") is not None
    passive = _PASSIVE.search(text[max(left, verb.start() - 20) : verb.start()]) is not None
    source = _origin_of_goods(sentence, index, left, right)
    target = None
    possessor = _possessor(sentence, index, verb.start(), left)
    if possessor is not None:
        if inward:
            target = possessor
        else:
            source = source or possessor
    region: Party | None = None
    for mention in index.starting(left, right, "country", "region", "company", "place", "person"):
        local = mention.start - sentence.start
        side = _side_at(mention)
        if side is None:
            continue
        if mention.kind == "region" and isinstance(mention.value, Party):
            region = mention.value
        if source is not None and target is not None:
            continue
        before = text[max(left, local - 16) : local]
        after = text[mention.end - sentence.start : mention.end - sentence.start + 14]
        sells = mention.kind == "company" and not inward and source is None
        if _PRODUCER.search(before) or sells or _FROM_SOURCE.search(before):
            source = source or side
        elif (local > verb.start() and _TO_TARGET.search(before)) or _TARGET_AFTER.match(after):
            target = target or side
        elif local < verb.start() and not passive and source is None and target is None:
            if _ORIGIN.match(after):
                source = side
            elif inward:
                target = side
            else:
                source = side
        elif _ORIGIN.match(after):
            source = source or side
    coreferent = _COREFERENT.search(text, left, right)
    if coreferent and last_region is not None and last_region.country in SIDES:
        region = region or last_region
        if coreferent.start() < verb.start() and not inward:
            source = source or last_region.country
        else:
            target = target or last_region.country
    source = source or other_side(target)
    target = target or other_side(source)
    if source not in SIDES or target not in SIDES or source == target:
        return None
    planned = is_expected(text, verb.start(), verb.end(), index.cuts)
    amounts = [a.quantity for a in find_amounts(text[left:right])]
    growth = find_percent(text[left:right])
    if not amounts:
        for mention in index.starting(left, right, "commodity"):
            count = count_before(text, mention.start - sentence.start)
            if count is not None:
                amounts.append(Quantity(amount=count, unit="units"))
                break
    counted = bool(amounts) and amounts[0].unit == "units"
    return TradeFlow(
        status=Status.PLANNED if planned else Status.HELD,
        date=figure_period(sentence, verb.start(), counted=counted, periods=index.periods),
        direction=Direction.EXPORT,
        exporter=source,
        importer=target,
        region=region,
        commodities=goods,
        amounts=tuple(amounts[:1]),
        change_percent=growth[0] if growth and totals else None,
        evidence=document.evidence(sentence),
    )
