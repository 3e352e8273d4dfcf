"""Trade flows: goods moving one way, or turnover both ways, with amounts and periods."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

import attrs

from turkru.extract.amounts import count_before, find_amounts, find_percent, find_scaled
from turkru.extract.document import Document, Sentence
from turkru.extract.participants import other_side
from turkru.extract.periods import Periods, figure_period, points_back
from turkru.extract.sides import concerns_both_sides, names_third_party, sides_in
from turkru.extract.trade_cues import TradeCueWords, arriving_goods, is_expected, trade_cue_words, trade_verbs
from turkru.extract.trade_index import TradeIndex
from turkru.extract.turnover_scope import other_turnover
from turkru.model.actors import RUSSIA, TURKMENISTAN, Party, PartyKind, Person, Place
from turkru.model.dates import PartialDate, Precision
from turkru.model.records import Direction, Quantity, Status, TradeFlow
from turkru.text._casefold import fold
from turkru.text.mentions import Mention

# How far before goods a country adjective, and before a trade word a possessive, may stand (bounded windows).
_ORIGIN_REACH = 60
_POSSESSOR_REACH = 80
_ATTRIBUTION_REACH = 40  # characters before a company its "according to the press service of" may start
_TOPIC_REACH = 120  # characters before a trade word its "discussed" may stand
_ROUTE_REACH = 30  # characters before a side its "through the territory of" may start
_PAIRING_REACH = 4  # sentences: how long a region paired with the other side stays "the parties"
_COORDINATION_REACH = 40  # characters: a partner mention starts this near the region's
_PARTNER_REACH = 40  # characters after a foreign-trade figure's words a "with"/"between" names a partner
_GROUP_REACH = 80  # characters a partner phrase may run on ("between Russia and the Central Asian states")
_WHEN_GAP = 2  # characters between a date and the ", when" of a clause that hangs on it
_PERIOD_REACH = 4  # sentences before a figure "in the half-year" the period it points back to may be named
_COORDINATION_GAP = 16  # characters before a second trade word its coordinating ", and" may stand in
_EXPANSION_REACH = 40  # characters before a trade word its "increase" may stand
_IMPLIED_REACH = 2  # sentences before goods with no figure that may name the other end no word of theirs names


def _is_side(code: str | None) -> bool:
    """Whether a country code is one of the two sides (a third country ends a flow's claim)."""
    return code in (TURKMENISTAN, RUSSIA)


def extract_trade(document: Document) -> Iterator[TradeFlow]:
    """Yield trade flows: turnover figures and goods moving from one side to the other."""
    previous: TradeFlow | None = None
    last_region: Party | None = None
    last_period: PartialDate | None = None
    words = trade_cue_words(document.lexicon)
    bilateral_article = {TURKMENISTAN, RUSSIA} <= sides_in(*document.sentences)
    before: Sentence | None = None
    pairing: tuple[int, Party] | None = None
    for sentence in document.body:
        context = (before, sentence) if before is not None else (sentence,)
        before = sentence
        if previous is not None and words.among_them.match(sentence.text):
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
        if sentence.asks or not concerns_both_sides(context, bilateral_article):
            flows: list[TradeFlow] = []  # a question reports no figure
        elif sentence.has_any(words.cue_words):
            flows = list(_turnover(sentence, document)) or list(_exports(sentence, document, last_region))
        else:
            flows = list(_continued(sentence, document, context))
        regions = [m.value for m in sentence.of_kind("region") if isinstance(m.value, Party)]
        if regions:
            last_region = regions[-1]
        if regions:
            pairing = _region_pairing(sentence, words) or pairing
        flows = [flow for flow in flows if not _world_figure(flow, sentence, document, words)]
        if not flows:
            continue
        flows = [_with_period(flow, sentence, last_period, document) for flow in flows]
        flows = [_settled(flow, document.published) for flow in flows]
        flows = [_with_partner_region(flow, sentence, pairing, words) for flow in flows]
        last_period = next((flow.date for flow in flows if flow.date is not None), last_period)
        *done, previous = flows
        yield from (flow for flow in done if _named(flow))
    if previous is not None and _named(previous):
        yield previous


def _world_figure(flow: TradeFlow, sentence: Sentence, document: Document, words: TradeCueWords) -> bool:
    """Whether an export figure with no destination in its sentence is one side's exports to all its
    markets: the next sentence names where the goods go, a third country among them ("Turkmen
    producers exported 50,000 tons of tomatoes. They are mostly sold to Kazakhstan and Russia.")."""
    if flow.direction is not Direction.EXPORT or not flow.amounts or flow.importer in sides_in(sentence):
        return False
    following = document.sentences[sentence.index + 1 : sentence.index + 2]
    return any(names_third_party(s) and words.export_verb.search(s.folded) is not None for s in following)


def _settled(flow: TradeFlow, published: PartialDate | None) -> TradeFlow:
    """A figure told as still to come over a year that was over when the text was published is a
    figure that happened ("turnover will exceed $1.6 billion in 2022", written in 2023)."""
    if flow.status is not Status.PLANNED or not flow.amounts or flow.date is None or published is None:
        return flow
    return attrs.evolve(flow, status=Status.HELD) if flow.date.year < published.year else flow


def _region_pairing(sentence: Sentence, words: TradeCueWords) -> tuple[int, Party] | None:
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
            if words.coordinated.fullmatch(gap):
                return sentence.index, party
    return None


def _with_partner_region(
    flow: TradeFlow, sentence: Sentence, pairing: tuple[int, Party] | None, words: TradeCueWords
) -> TradeFlow:
    """Turnover "between the parties" soon after a region was paired with the other side is that region's."""
    if flow.direction is not Direction.TURNOVER or flow.region is not None or pairing is None:
        return flow
    if sentence.index - pairing[0] > _PAIRING_REACH or words.between_parties.search(sentence.text) is None:
        return flow
    if {TURKMENISTAN, RUSSIA} <= {m.value for m in sentence.of_kind("country")}:
        return flow  # "between the parties, Russia and Turkmenistan": national
    return attrs.evolve(flow, region=pairing[1])


def _turnover_region(sentence: Sentence, document: Document, words: TradeCueWords) -> Party | None:
    """The region whose turnover a sentence gives: one named with the other side ("Tatarstan and
    Turkmenistan"), or one named where its own country is not ("Tatarstan's trade with Turkmenistan");
    beside "Russia and Turkmenistan" a region named in passing leaves the turnover national."""
    paired = _region_pairing(sentence, words)
    if paired is not None:
        return paired[1]
    countries = {m.value for m in sentence.of_kind("country")}
    regions = [m.value for m in sentence.of_kind("region") if isinstance(m.value, Party)]
    regions += filter(None, (_city_region(m, document) for m in sentence.of_kind("place")))
    return next((region for region in regions if region.country not in countries), None)


def _city_region(mention: Mention, document: Document) -> Party | None:
    """The region a city is as well ("Saint Petersburg", a federal city), unless it is a capital that
    stands for its country ("Moscow supplies ..."): a trade party at the regional level."""
    place = mention.value
    if not isinstance(place, Place) or place.name.lower() in trade_cue_words(document.lexicon).capitals:
        return None
    senses = document.gazetteer.senses(place.name)
    return next((s.value for s in senses if isinstance(s.value, Party) and s.value.kind is PartyKind.REGION), None)


def _continued(sentence: Sentence, document: Document, context: tuple[Sentence, ...]) -> Iterator[TradeFlow]:
    """A figure whose subject points back to the trade of the sentence before ("It reached $5
    billion", "Last year this volume grew 33%") is a turnover figure of its own."""
    words = trade_cue_words(document.lexicon)
    if len(context) < 2:
        return
    subject = words.anaphoric_figure.match(sentence.text)  # anchored at the start: the cheaper test first
    if subject is None or words.turnover.search(context[0].folded) is None:
        return
    amounts = find_amounts(sentence.text, document.lexicon)
    percent = find_percent(sentence.text, document.lexicon)
    if not amounts and percent is None:
        return
    expected = is_expected(sentence.text, subject.start("verb"), subject.end(), words)
    yield TradeFlow(
        status=Status.PLANNED if expected else Status.HELD,
        date=figure_period(sentence, subject.start("verb"), lexicon=document.lexicon),
        direction=Direction.TURNOVER,
        amounts=tuple(a.quantity for a in amounts[:1]),
        change_percent=percent[0] if percent else None,
        evidence=document.evidence(sentence),
    )


def _with_period(flow: TradeFlow, sentence: Sentence, last_period: PartialDate | None, document: Document) -> TradeFlow:
    """An undated figure "in this period" takes the period of the figure before it, or with none
    the period a trade sentence just before names ("in the first half of 2025")."""
    if flow.date is None and points_back(sentence, document.lexicon):
        period = last_period or _period_told_before(sentence, document)
        if period is not None:
            return attrs.evolve(flow, date=period)
    share = flow.direction is Direction.EXPORT and flow.amounts and not sentence.dated()
    if flow.date is None and last_period is not None and share:
        words = trade_cue_words(document.lexicon)
        if _after_bilateral_total(sentence, document, words):
            return attrs.evolve(flow, date=last_period)  # a share of the total before covers its period
    return flow


def _period_told_before(sentence: Sentence, document: Document) -> PartialDate | None:
    """The year-long or part-year period (year precision) the nearest trade sentence within
    ``_PERIOD_REACH`` sentences before names: what "in the half-year" points back to."""
    cues = trade_cue_words(document.lexicon).cue_words
    for before in reversed(document.sentences[max(0, sentence.index - _PERIOD_REACH) : sentence.index]):
        if not before.has_any(cues):
            continue
        years = [t.value for t in before.dated() if t.value is not None and t.value.precision is Precision.YEAR]
        if years:
            return years[0]
    return None


def _named(flow: TradeFlow) -> bool:
    """A flow of unnamed "products" with no figure stands only once a later sentence names the goods."""
    return flow.direction is Direction.TURNOVER or bool(flow.commodities or flow.amounts or flow.change_percent)


def _commodities(sentence: Sentence) -> tuple[str, ...]:
    return tuple(
        dict.fromkeys(m.value.lower() for m in sentence.of_kind("commodity") if isinstance(m.value, str))
    )


def _turnover_goods(sentence: Sentence, after: int, words: TradeCueWords) -> tuple[str, ...]:
    """A turnover's goods: those of its sentence but for a goods word that only modifies ("gas-rich")
    and goods of a reason given after it ("..., as Moscow steps up grain deliveries")."""
    reason = words.reason_clause.search(sentence.text, after)
    end = reason.start() if reason else len(sentence.text)
    return tuple(
        dict.fromkeys(
            m.value.lower()
            for m in sentence.of_kind("commodity")
            if isinstance(m.value, str)
            and m.start - sentence.start < end
            and not words.modifier.match(sentence.text, m.end - sentence.start)
        )
    )


def _side_of_mention(value: object, fallback: str | None) -> str | None:
    if isinstance(value, (Party, Place, Person)):
        return value.country or fallback
    if isinstance(value, str) and _is_side(value):
        return value
    return fallback


def _turnover(sentence: Sentence, document: Document) -> Iterator[TradeFlow]:
    words = trade_cue_words(document.lexicon)
    trigger = words.turnover.search(sentence.folded)
    if trigger is None or _foreign_total(sentence.text, trigger, words) or other_turnover(sentence, trigger, words):
        return
    if _third_partner(sentence.text, trigger, words) or _partners_beyond(sentence, trigger, words):
        return
    if _holders_beyond(sentence, trigger, words):
        return
    amounts = find_amounts(sentence.text, document.lexicon)
    percent = find_percent(sentence.text, document.lexicon)
    if not amounts and percent is None:
        return
    period = figure_period(sentence, trigger.start(), lexicon=document.lexicon)
    segments = list(words.segment.finditer(sentence.text, trigger.end()))
    head_end = segments[0].start() if segments else len(sentence.text)
    head_amounts = [a for a in amounts if a.start < head_end]
    head_percent = percent if percent and percent[1] < head_end else None
    second = words.pronoun_figure.search(sentence.text, trigger.end())  # ", and in 2025 it is expected to ..."
    head_text = sentence.text[: second.start()] if second else sentence.text
    planned = is_expected(head_text, trigger.start(), trigger.end(), words)
    region = _turnover_region(sentence, document, words)
    total = TradeFlow(
        status=Status.PLANNED if planned else Status.HELD,
        date=period,
        direction=Direction.TURNOVER,
        region=region,
        commodities=_turnover_goods(sentence, trigger.end(), words),
        amounts=tuple(a.quantity for a in head_amounts[:1]),
        change_percent=head_percent[0] if head_percent else None,
        evidence=document.evidence(sentence),
    )
    yield from _year_by_year(total, sentence, None, document, 0, head_end)
    yield from _pronoun_figure(total, sentence, document, words)
    perspective = _speaker_side(sentence, document, words)
    for index, segment in enumerate(segments):
        end = segments[index + 1].start() if index + 1 < len(segments) else len(sentence.text)
        piece = sentence.text[segment.end() : end]
        piece_amounts = find_amounts(piece, document.lexicon)
        lowered = piece.lower()
        rated = any(sign in lowered for sign in words.percent_signs)
        piece_percent = find_percent("by " + piece.strip(), document.lexicon) if rated else None
        if not piece_amounts and piece_percent is None:
            continue
        outward = segment.group("kind").lower().startswith("export")
        exporter = _segment_exporter(sentence, segment, outward, words)
        if exporter is None and perspective is not None:
            exporter = perspective if outward else other_side(perspective)
        if not _is_side(exporter):
            continue
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


def _segment_exporter(sentence: Sentence, segment: re.Match[str], outward: bool, words: TradeCueWords) -> str | None:
    """The exporter of a turnover's part its own words name ("with Russian exports at ...", "imports
    from Turkmenistan at ...", "of which Turkmenistan's exports ..."): the side right before it holds
    it, a side after "to" or "from" is its partner; None when no side is named there."""
    for mention in sentence.of_kind("country", "region", "place"):
        side = _side_at(mention)
        if side is None:
            continue
        start, end = mention.start - sentence.start, mention.end - sentence.start
        if end <= segment.start() and words.segment_holder.fullmatch(sentence.text, end, segment.start()):
            return side if outward else other_side(side)
        partner = words.segment_partner.fullmatch(sentence.text, segment.end(), start)
        if start >= segment.end() and partner is not None:
            return side if partner.group("way") == "from" else other_side(side)
    return None


def _pronoun_figure(
    total: TradeFlow, sentence: Sentence, document: Document, words: TradeCueWords
) -> Iterator[TradeFlow]:
    """A second clause whose subject points back to the turnover (", and in the first quarter of
    this year it rose by another 8 percent"): a figure of the same trade over a period of its own."""
    found = words.pronoun_figure.search(sentence.text)
    if found is None:
        return
    rest = sentence.text[found.start() :]
    amounts = find_amounts(rest, document.lexicon)
    if not amounts and total.amounts:  # "..., when it stood at one and a half billion": the head's unit
        amounts = find_scaled(rest, total.amounts[0].unit, document.lexicon)
    percent = find_percent(rest, document.lexicon)
    date = figure_period(sentence, found.start(), until=found.end(), lexicon=document.lexicon)
    if found.group("when"):  # "... than in 2023, when it stood at ...": the date the clause hangs on
        date = _date_right_before(sentence, found.start()) or date
    if (not amounts and percent is None) or date is None or date == total.date:
        return
    to_come = found.group("future") is not None  # "it will exceed", "it is expected to rise"
    expected = to_come or is_expected(rest, found.start("verb") - found.start(), found.end() - found.start(), words)
    yield attrs.evolve(
        total,
        status=Status.PLANNED if expected else Status.HELD,
        date=date,
        amounts=tuple(a.quantity for a in amounts[:1]),
        change_percent=percent[0] if percent else None,
    )


def _date_right_before(sentence: Sentence, local: int) -> PartialDate | None:
    """The year of the date that ends right before a sentence-local offset ("in 2023, when")."""
    for timex in reversed(sentence.dated()):
        if timex.value is not None and 0 <= local - (timex.end - sentence.start) <= _WHEN_GAP:
            return timex.value.truncate(Precision.YEAR)
    return None


def _year_by_year(
    flow: TradeFlow, sentence: Sentence, periods: Periods | None, document: Document, left: int, right: int
) -> Iterator[TradeFlow]:
    """One flow per figure written with a period of its own ("fell from 40 bcm in 2008 to 10 bcm in
    2010", "to $1.1 billion in 2020 from $1.5 billion in 2019"): figures of one unit, each right
    before a different period date; else the flow as it is."""
    found = find_amounts(sentence.text[left:right], document.lexicon)
    if len(found) < 2 or len({amount.quantity.unit for amount in found}) != 1:
        yield flow
        return
    words = trade_cue_words(document.lexicon)
    periods = periods or Periods(sentence, lexicon=document.lexicon)
    starts = {timex.start - sentence.start: timex for timex in periods.dates if timex.value is not None}
    dated: list[tuple[Quantity, PartialDate]] = []
    for amount in found:
        gap = words.figure_period_gap.match(sentence.text, left + amount.end, right)
        timex = starts.get(gap.end()) if gap else None
        if timex is not None and timex.value is not None:
            dated.append((amount.quantity, timex.value.truncate(Precision.YEAR)))
    if len(dated) != len(found) or len({date for _, date in dated}) != len(dated):
        yield flow
        return
    latest = max(date for _, date in dated)
    for quantity, date in dated:
        past = flow.status is Status.PLANNED and date < latest  # "from 5 bcm in 2022 to 10 bcm in 2025"
        yield attrs.evolve(flow, amounts=(quantity,), date=date, status=Status.HELD if past else flow.status)


def _foreign_total(text: str, trigger: re.Match[str], words: TradeCueWords) -> bool:
    """Whether a turnover word gives one country's trade with the world ("Turkmenistan's foreign
    trade turnover", "the turnover of foreign trade"), with no partner named right after it."""
    before = words.foreign_total_before.search(text, max(0, trigger.start() - 30), trigger.start())
    before = before or words.possessed_total.search(text, max(0, trigger.start() - 30), trigger.end())
    after = words.foreign_total_after.match(text, trigger.end())
    if before is None and after is None:
        return False
    end = after.end() if after else trigger.end()
    return words.bilateral_pointer.search(text, end, end + _PARTNER_REACH) is None


def _third_partner(text: str, trigger: re.Match[str], words: TradeCueWords) -> bool:
    """Whether a turnover word's partner, named right after it, is a group of countries beyond the
    two sides ("turnover between Russia and the Central Asian states", "trade with CIS countries")."""
    reach = trigger.end() + _PARTNER_REACH
    found = words.third_partner.search(text, trigger.start(), reach + _GROUP_REACH)
    return found is not None and found.start() < reach


def _partners_beyond(sentence: Sentence, trigger: re.Match[str], words: TradeCueWords) -> bool:
    """Whether a turnover word's list of partners, right after it, names a third country beside the
    other side ("trade with Russia, Kazakhstan and Uzbekistan") or alone ("trade with Turkey"): a
    group's or a third country's trade, not the two sides'."""
    found = words.partner_start.search(sentence.text, trigger.start(), trigger.end() + _PARTNER_REACH)
    if found is None:
        return False
    at = found.end()
    sides: set[str | None] = set()
    for mention in sorted(sentence.of_kind("country", "place"), key=lambda m: m.start):
        local = mention.start - sentence.start
        if local < at:
            continue
        if local > at and not words.partner_list.fullmatch(sentence.text, at, local):
            break
        sides.add(_side_at(mention))
        at = mention.end - sentence.start
    beyond = sides - {TURKMENISTAN, RUSSIA}
    return bool(beyond) and (len(sides) > 1 or beyond == sides)  # "trade with Turkey": a third partner only


def _holders_beyond(sentence: Sentence, trigger: re.Match[str], words: TradeCueWords) -> bool:
    """Whether the countries whose trade a possessive right before the turnover word names are a
    group with a third country ("Uzbekistan and Turkmenistan's trade with Russia"): not the two sides'."""
    countries = sorted(sentence.of_kind("country"), key=lambda m: m.start)
    holders = [m for m in countries if m.end - sentence.start <= trigger.start()]
    if not holders or not words.possessive.search(holders[-1].text):
        return False
    if not words.between_possessor.fullmatch(sentence.text, holders[-1].end - sentence.start, trigger.start()):
        return False
    sides = {_side_at(holders[-1])}
    for earlier, later in zip(reversed(holders[:-1]), reversed(holders[1:]), strict=False):
        gap = sentence.text[earlier.end - sentence.start : later.start - sentence.start]
        if not words.partner_list.fullmatch(gap):
            break
        sides.add(_side_at(earlier))
    return bool(sides - {TURKMENISTAN, RUSSIA}) and bool(sides & {TURKMENISTAN, RUSSIA})


def _speaker_side(sentence: Sentence, document: Document, words: TradeCueWords) -> str | None:
    found = words.speaker.search(sentence.text)
    if found is None:
        return None
    person = document.gazetteer.person(found.group("name").split()[-1])
    return person.country if person else None


def _exports(sentence: Sentence, document: Document, last_region: Party | None) -> Iterator[TradeFlow]:
    """One flow per clause that moves named goods with a trade verb."""
    text = sentence.text
    words = trade_cue_words(document.lexicon)
    if words.export_verb.search(sentence.folded) is None:
        return  # no trade word: no clause can move goods
    index = TradeIndex(sentence, words)
    start = 0
    for clause_break in [*words.clause_break.finditer(text), None]:
        clause_end = clause_break.start() if clause_break else len(text)
        flow = _export_in(sentence, index, document, last_region, start, clause_end)
        if flow is not None:
            for part, left, right in _both_ways(flow, sentence, index, start, clause_end):
                yield from _figures_of(part, sentence, index, document, left, right)
        start = clause_break.end() if clause_break else len(text)


def _both_ways(
    flow: TradeFlow, sentence: Sentence, index: TradeIndex, left: int, right: int
) -> list[tuple[TradeFlow, int, int]]:
    """A clause whose subject trades both ways ("The republic supplies oil products, and buys cotton
    yarn"): the goods before the second verb go one way, those after it the other; else the flow."""
    verbs = list(trade_verbs(sentence, index, left, right))
    if len(verbs) < 2:
        return [(flow, left, right)]
    first, text = verbs[0], sentence.text
    for verb in verbs[1:]:
        if not _coordinated_other_way(verb, first, text, index.words, left):
            continue  # the same way, or not joined to the first: one flow
        before, after = _goods_in(sentence, index, left, verb.start()), _goods_in(sentence, index, verb.end(), right)
        if not before or not after:
            break
        there = attrs.evolve(flow, commodities=before)
        back = attrs.evolve(flow, exporter=flow.importer, importer=flow.exporter, commodities=after, amounts=())
        beyond = any(not _is_side(_side_at(m)) for m in index.starting(verb.end(), right, "country", "place"))
        if beyond:  # "..., and buys gas from Kazakhstan": the other way is a third country's
            return [(there, left, verb.start())]
        return [(there, left, verb.start()), (back, verb.start(), right)]
    return [(flow, left, right)]


def _goods_in(sentence: Sentence, index: TradeIndex, left: int, right: int) -> tuple[str, ...]:
    """The goods named in ``[left, right)`` of a sentence, lower case, once each."""
    return tuple(
        dict.fromkeys(m.value.lower() for m in index.starting(left, right, "commodity") if isinstance(m.value, str))
    )


def _figures_of(
    flow: TradeFlow, sentence: Sentence, index: TradeIndex, document: Document, left: int, right: int
) -> Iterator[TradeFlow]:
    """One flow per trade word of a clause that gives a figure of its own: "cap its purchase at 4
    bcm this year, way below its imports of 11 bcm in 2014" is a plan for this year and a 2014 figure."""
    text = sentence.text
    verbs = list(trade_verbs(sentence, index, left, right))
    ends = [verb.start() for verb in verbs[1:]] + [right]
    lexicon = document.lexicon
    stretches = [
        (verb, end, find_amounts(text[verb.start() : end], lexicon)) for verb, end in zip(verbs, ends, strict=True)
    ]
    later = [(verb, end, found) for verb, end, found in stretches[1:] if found]
    if not later:
        yield from _year_by_year(flow, sentence, index.periods, document, left, right)
        return
    first_verb, first_end, _ = stretches[0]
    head = find_amounts(text[left:first_end], lexicon)
    head_date = figure_period(sentence, first_verb.start(), until=first_end, periods=index.periods)
    yield attrs.evolve(flow, amounts=tuple(a.quantity for a in head[:1]), date=head_date)
    for verb, end, found in later:
        date = figure_period(sentence, verb.start(), until=end, periods=index.periods)
        earlier = date is not None and head_date is not None and date < head_date  # a past figure beside a plan
        turned = _turned(verb, first_verb, sentence, index, left)  # "exports grew to $1 billion, and imports to"
        yield attrs.evolve(
            flow,
            exporter=flow.importer if turned else flow.exporter,
            importer=flow.exporter if turned else flow.importer,
            status=Status.HELD if earlier else flow.status,
            amounts=(found[0].quantity,),
            date=date,
            evidence=document.evidence(sentence),
        )


def _turned(verb: re.Match[str], first: re.Match[str], sentence: Sentence, index: TradeIndex, left: int) -> bool:
    """Whether a later trade noun of the clause is the other way of the same trade: "exports" then
    ", and imports" (or the reverse), the bare nouns coordinated."""
    words = index.words
    return verb.group(0) in words.total_nouns and _coordinated_other_way(verb, first, sentence.text, words, left)


def _coordinated_other_way(
    verb: re.Match[str], first: re.Match[str], text: str, words: TradeCueWords, left: int
) -> bool:
    """Whether a later trade word of the clause runs the other way of its first and is joined to
    what comes before it (", and buys", ", and imports"), within ``_COORDINATION_GAP`` characters."""
    if (verb.group("in") is None) == (first.group("in") is None):
        return False
    gap_start = max(left, verb.start() - _COORDINATION_GAP)
    return words.coordinated_verb_gap.search(text, gap_start, verb.start()) is not None


def _origin_of_goods(sentence: Sentence, index: TradeIndex, left: int, right: int) -> str | None:
    """The side a country adjective names as the goods' origin ("Turkmen gas", "Russian natural gas")."""
    text = sentence.text
    for mention in index.starting(left, right, "commodity"):
        local = mention.start - sentence.start
        if index.words.modifier.match(text, mention.end - sentence.start):
            continue
        for other in index.ending(local - _ORIGIN_REACH, local, "country"):
            gap_start = other.end - sentence.start
            if not index.words.between_origin.fullmatch(text, gap_start, local):
                continue
            if index.words.export_verb.search(fold(text[gap_start:local])):
                continue  # "Russia bought tomatoes": the buyer, not the goods' origin
            side = _side_at(other)
            if _is_side(side) and not index.words.possessive.search(other.text):
                return side
    return None


def _goods_from_beyond(sentence: Sentence, index: TradeIndex, left: int, right: int) -> bool:
    """Whether the clause's goods come from a region beyond the two sides ("Central Asian gas")."""
    for mention in index.starting(left, right, "commodity"):
        local = mention.start - sentence.start
        if index.words.regional_origin.search(sentence.text, max(0, local - 30), local):
            return True
    return False


def _possessor(sentence: Sentence, index: TradeIndex, verb_start: int, left: int) -> str | None:
    """The side whose trade a possessive names ("Turkmenistan's gas exports", "Russia's imports")."""
    text = sentence.text
    for mention in index.ending(verb_start - _POSSESSOR_REACH, verb_start):
        end = mention.end - sentence.start
        if mention.start - sentence.start < left or not index.words.possessive.search(mention.text):
            continue
        if index.words.between_possessor.fullmatch(text, end, verb_start):
            side = _side_at(mention)
            if _is_side(side):
                return side
    return None


def _side_at(mention: Mention) -> str | None:
    """The country a mention stands for: TM, RU, or a third country (which ends the flow's claim)."""
    return _side_of_mention(mention.value, mention.country)


def _subject_span(
    sentence: Sentence, index: TradeIndex, verb: re.Match[str], left: int, right: int
) -> tuple[int, int]:
    """Where a clause's parties start and its goods end: the whole clause, but for goods that
    arrived ("tomatoes from Turkmenistan that entered ...") the goods, its subject, up to the verb."""
    arrived = arriving_goods(sentence, index, verb.start(), left) if verb.group("arrive") else None
    if arrived is None:
        return left, right
    return arrived.start - sentence.start, verb.start()


def _routes(
    sentence: Sentence, index: TradeIndex, parties_from: int, left: int, right: int
) -> tuple[set[int], set[str]]:
    """The mentions of a clause that name the way the goods take ("through the territory of Russia",
    "via Kazakhstan"), by their starts, and the sides they stand for: none of them is an end of the flow."""
    starts: set[int] = set()
    sides: set[str] = set()
    text = sentence.text
    for mention in index.starting(parties_from, right, "country", "region", "place"):
        local = mention.start - sentence.start
        side = _side_at(mention)
        if side is not None and index.words.route_before.search(text, max(left, local - _ROUTE_REACH), local):
            starts.add(mention.start)
            sides.add(side)
    return starts, sides


def _party_mentions(
    sentence: Sentence, index: TradeIndex, parties_from: int, left: int, right: int, ways: set[int]
) -> list[Mention]:
    """The mentions of a clause that may be ends of its flow: not a way the goods take (*ways*, by
    their starts) nor who speaks of the flow ("a Gazprom official said", "according to Gazprom")."""
    text = sentence.text
    words = index.words
    found = []
    for mention in index.starting(parties_from, right, "country", "region", "company", "place", "person"):
        local, end = mention.start - sentence.start, mention.end - sentence.start
        if mention.start in ways or words.attribution_after.match(text, end):
            continue
        if words.attribution_before.search(text, max(left, local - _ATTRIBUTION_REACH), local):
            continue
        found.append(mention)
    return found


def _clause_amounts(
    sentence: Sentence, index: TradeIndex, document: Document, left: int, right: int
) -> list[Quantity]:
    """The figures of a clause: its amounts, else the count before its first goods ("690 KAMAZ trucks")."""
    text = sentence.text
    amounts = [a.quantity for a in find_amounts(text[left:right], document.lexicon)]
    if amounts:
        return amounts
    for mention in index.starting(left, right, "commodity"):
        count = count_before(text, mention.start - sentence.start, document.lexicon)
        if count is not None:
            return [Quantity(amount=count, unit="units")]
    return []


def _bought_beyond(text: str, start: int, end: int, words: TradeCueWords) -> bool:
    """Whether goods bought come from beyond the two sides ("from Central Asian states", "on the world
    market", "from abroad")."""
    if words.third_source.search(text, start, end) is not None:
        return True
    return words.third_market.search(text, start, end) is not None


def _reported_start(text: str, start: int, verb_start: int, words: TradeCueWords) -> int:
    """Where the parties of a trade word's clause start: after the last "that" or speech verb before
    it ("Turkmen officials hope that Russia will buy more gas": Russia buys), else at *start*."""
    last = start
    for found in words.reported_clause.finditer(text, start, verb_start):
        last = found.end()
    return last


def _end_named(sentence: Sentence, document: Document, side: str, words: TradeCueWords, figure: bool) -> bool:
    """Whether a flow's end that no word of its clause names is still the other side: the sentence
    names that side; for a figure, the sentence points back ("the country", "its") to the sentence
    before, which names it; for goods with no figure, one of the sentences just before names it."""
    if side in sentence.sides:
        return True
    if sentence.index == 0:
        return False
    if not figure:
        return side in sides_in(*document.sentences[max(0, sentence.index - _IMPLIED_REACH) : sentence.index])
    if _after_bilateral_total(sentence, document, words):
        return True
    if words.party_anaphor.search(sentence.text) is None:
        return False
    return side in document.sentences[sentence.index - 1].sides


def _after_bilateral_total(sentence: Sentence, document: Document, words: TradeCueWords) -> bool:
    """Whether a figure with one end unnamed follows, within ``_IMPLIED_REACH`` sentences, a figure
    of the two sides' trade and names no third country: a share of that total ("Trade between
    Turkmenistan and Russia rose to $1.2 billion. Russian exports accounted for $890 million.")."""
    if names_third_party(sentence):
        return False
    for before in document.sentences[max(0, sentence.index - _IMPLIED_REACH) : sentence.index]:
        trigger = words.turnover.search(before.folded)
        if trigger is None or not {TURKMENISTAN, RUSSIA} <= before.sides or names_third_party(before):
            continue
        if words.total.search(before.text, trigger.start()) is not None:
            return not _exceeds(sentence.text, before.text[trigger.start() :], document)
    return False


def _exceeds(part: str, whole: str, document: Document) -> bool:
    """Whether the first figure of *part* is larger than the first of *whole* in the same unit:
    no share of it ("Turkmen exports reached $10.2 billion" after a $1.5 billion bilateral total)."""
    parts, wholes = find_amounts(part, document.lexicon), find_amounts(whole, document.lexicon)
    if not parts or not wholes or parts[0].quantity.unit != wholes[0].quantity.unit:
        return False
    return parts[0].quantity.amount > wholes[0].quantity.amount


def _whole_before_part(text: str, start: int, right: int, words: TradeCueWords, document: Document) -> bool:
    """Whether a clause's figure is a whole told before its part (", of which ... came from Russia")."""
    part = words.of_which.search(text, start, right)
    return part is not None and bool(find_amounts(text[start : part.start()], document.lexicon))


def _price_or_topic(text: str, verb_start: int, left: int, right: int, words: TradeCueWords) -> bool:
    """Whether a trade clause with no figure tells a price ("buys Turkmen gas at $130 per 1,000
    cubic metres") or names the flow as a topic of talks ("the presidents discussed gas supplies")."""
    if words.unit_price.search(text, left, right) is not None:
        return True
    return words.topic_before.search(text, max(left, verb_start - _TOPIC_REACH), verb_start) is not None


def _no_flow_told(
    text: str,
    verb: re.Match[str],
    left: int,
    right: int,
    words: TradeCueWords,
    *,
    planned: bool,
    amounts: bool,
    figure: bool,
) -> bool:
    """Whether a trade clause tells no flow: with no amount and not still to come, a price ("buys gas
    at $130 per 1,000 cubic metres") or a topic ("discussed supplies"); still to come with no amount,
    growth or period, growing the trade ("ready to increase supplies of gas"), a general statement."""
    if not (amounts or planned):
        return _price_or_topic(text, verb.start(), left, right, words)
    return planned and _expansion(text, verb, left, words, figure=amounts or figure)


def _expansion(text: str, verb: re.Match[str], left: int, words: TradeCueWords, *, figure: bool) -> bool:
    """Whether a trade word with no *figure* (amount, growth or period) is the object of growing the
    trade ("ready to increase supplies of", "proposed to expand deliveries", "to deliver more
    tomatoes"): said of a flow still to come, a general statement rather than a flow (FORMAT.md)."""
    if figure:
        return False
    if words.expansion_before.search(text[max(left, verb.start() - _EXPANSION_REACH) : verb.start()]):
        return True
    return words.more_after.match(text, verb.end()) is not None


def _export_in(
    sentence: Sentence, index: TradeIndex, document: Document, last_region: Party | None, left: int, right: int
) -> TradeFlow | None:
    text = sentence.text
    verb = next(trade_verbs(sentence, index, left, right), None)
    if verb is None:
        return None
    parties_from, goods_end = _subject_span(sentence, index, verb, left, right)
    goods = tuple(
        dict.fromkeys(
            m.value.lower()
            for m in index.starting(parties_from, goods_end, "commodity")
            if isinstance(m.value, str) and m.start - sentence.start != verb.start()  # "ships": the verb, no goods
            and not index.words.modifier.match(text, m.end - sentence.start)  # "textile factories": no goods
        )
    )
    verb_word = text[verb.start() : verb.end()].lower()
    words = index.words
    totals = not goods and words.total.search(text, verb.start(), right) is not None and verb_word in words.total_nouns
    named = goods or totals or words.generic_goods.search(text, verb.end(), right)
    whole = _whole_before_part(text, verb.start(), right, words, document)  # "worth $4.4 billion, of which ..."
    if not named or whole or _goods_from_beyond(sentence, index, left, right):
        return None  # no goods, a whole of which the other side's is a part, or goods from beyond ("Central Asian gas")
    inward = (
        verb.group("in") is not None
        or words.paid_for.search(text, max(left, verb.start() - 50), verb.start()) is not None
    )
    passive = words.passive.search(text[max(left, verb.start() - 20) : verb.start()]) is not None
    source = _origin_of_goods(sentence, index, left, right)
    target = None
    possessor = _possessor(sentence, index, verb.start(), left)
    if possessor is not None:
        if inward:
            target = possessor
        else:
            source = source or possessor
    region: Party | None = None
    ways, routes = _routes(sentence, index, parties_from, left, right)  # "via Russia": no end of the flow
    reported = _reported_start(text, parties_from, verb.start(), words)
    target_at: int | None = None  # where a destination named after the trade word stands
    for mention in _party_mentions(sentence, index, reported, left, right, ways):
        local = mention.start - sentence.start
        side = _side_at(mention)
        if side is None:
            continue
        if mention.kind == "region" and isinstance(mention.value, Party):
            region = mention.value
        elif mention.kind == "place":
            region = region or _city_region(mention, document)
        if source is not None and target is not None:
            continue
        before = text[max(left, local - 16) : local]
        after = text[mention.end - sentence.start : mention.end - sentence.start + 14]
        sells = mention.kind == "company" and not inward and source is None
        if words.producer.search(before) or sells or words.from_source.search(before):
            source = source or side
        elif (local > verb.start() and words.to_target.search(before)) or words.target_after.match(after):
            target_at = local if target is None else target_at
            target = target or side
        elif local < verb.start() and not passive and inward and target is None and side != source:
            target = side  # the buyer, even of goods whose origin is named: "Ukraine imported Turkmen gas"
        elif local < verb.start() and not passive and source is None and target is None:
            if words.origin.match(after):
                source = side
            elif inward:
                target = side
            else:
                source = side
        elif words.origin.match(after):
            source = source or side
    coreferent = words.coreferent.search(text, left, right)
    if coreferent and last_region is not None and _is_side(last_region.country):
        region = region or last_region
        if coreferent.start() < verb.start() and not inward:
            source = source or last_region.country
        else:
            target = target or last_region.country
    third_until = right if target is None else target_at  # "sales to Europe as ... to Russia": Europe's
    if not inward and third_until is not None and words.third_market.search(text, verb.end(), third_until):
        return None  # "exported gas to Europe": the other end is beyond the two sides
    if source is None and inward and _bought_beyond(text, verb.end(), right, words):
        return None  # "bought gas from Central Asian states": the other end is beyond the two sides
    unended = (source is None or target is None) and other_side(source or target) in routes  # no other end
    implied = other_side(source or target) if source is None or target is None else None
    source = source or other_side(target)
    target = target or other_side(source)
    if unended or not (_is_side(source) and _is_side(target)) or source == target:
        return None
    planned = is_expected(text, verb.start(), verb.end(), index.words, index.cuts)
    amounts = _clause_amounts(sentence, index, document, left, right)
    growth = find_percent(text[left:right], document.lexicon)
    if implied is not None and not _end_named(sentence, document, implied, words, bool(amounts or growth)):
        return None  # "Turkmenistan exported 60,000 tonnes of tomatoes": all its markets, not the other side
    counted = bool(amounts) and amounts[0].unit == "units"
    period = figure_period(sentence, verb.start(), counted=counted, periods=index.periods)
    figure = bool(growth or period)
    if _no_flow_told(text, verb, left, right, words, planned=planned, amounts=bool(amounts), figure=figure):
        return None
    return TradeFlow(
        status=Status.PLANNED if planned else Status.HELD,
        date=period,
        direction=Direction.EXPORT,
        exporter=source,
        importer=target,
        region=region,
        commodities=goods,
        amounts=tuple(amounts[:1]),
        change_percent=growth[0] if growth and totals else None,
        evidence=document.evidence(sentence),
    )
