"""The agreement rules of the lexicon (lexicon/data/agreements.json), compiled once per lexicon.

Every signing pattern fills the one slot ``SIGN_VERB``; a pattern takes the form it needs with a
suffix check after the slot (``(?<=ed)`` the past, ``(?<!ed)(?<!s)(?<!ing)`` the bare verb).
"""

from __future__ import annotations

import re

import attrs

from turkru.extract.cue_words import CueWords, word_filter
from turkru.lexicon import Lexicon

_FOLDED = {"folded": True}  # the field's rule runs over the folded sentence (lexicon.folded)
_DERIVED = {"derived": True}  # not a rule: derived from rules' words in AgreementWords.of


@attrs.frozen
class AgreementWords:
    """The agreement patterns of one lexicon, and the lexicon itself for their cue tests."""

    lexicon: Lexicon
    just_signed: re.Pattern[str]
    to_sign: re.Pattern[str]
    headline_signs: re.Pattern[str]
    batch_signed: re.Pattern[str]
    signed: re.Pattern[str] = attrs.field(metadata=_FOLDED)
    ratified: re.Pattern[str]
    ratified_before: re.Pattern[str]
    in_force: re.Pattern[str]
    initialled: re.Pattern[str]
    proposed_after: re.Pattern[str]
    for_signing: re.Pattern[str]
    to_prepare: re.Pattern[str]
    issued: re.Pattern[str]
    issuing: re.Pattern[str]
    continued: re.Pattern[str]
    clause_opening: re.Pattern[str]
    opening: re.Pattern[str]
    terminated_before: re.Pattern[str]
    terminated_after: re.Pattern[str]
    not_signed: re.Pattern[str]
    not_signed_after: re.Pattern[str]
    conditional: re.Pattern[str]
    proposed: re.Pattern[str]
    existing: re.Pattern[str]
    year_before: re.Pattern[str]
    dated_after: re.Pattern[str]
    signed_on: re.Pattern[str]
    prepared: re.Pattern[str]
    just_now: re.Pattern[str] = attrs.field(metadata=_FOLDED)
    title_stop_word: re.Pattern[str]
    title_end: re.Pattern[str]
    title_end_paired: re.Pattern[str]
    title_connector: re.Pattern[str]
    passive_tail: re.Pattern[str]
    topic_after_parties: re.Pattern[str]
    second_purpose: re.Pattern[str]
    not_a_party: re.Pattern[str]
    money: re.Pattern[str]
    list_rest: re.Pattern[str]
    modifier_list: re.Pattern[str]
    dangling: re.Pattern[str]
    trailing_party: re.Pattern[str]
    not_a_document: re.Pattern[str]
    after_passive_signing: re.Pattern[str]
    signing_discussed: re.Pattern[str]
    doc: re.Pattern[str]
    not_a_deal_before: re.Pattern[str]
    goods_deal: re.Pattern[str]
    count_before: re.Pattern[str] = attrs.field(metadata=_FOLDED)
    head_of: re.Pattern[str]
    anaphoric: re.Pattern[str]
    plural_pair: re.Pattern[str]
    before_inner_date: re.Pattern[str]
    after_inner_date: re.Pattern[str]
    in_agreement: re.Pattern[str]
    consensus_before: re.Pattern[str]  # "reached an": before an "agreement to <verb>" that is an understanding
    consensus_after: re.Pattern[str]
    not_a_declaration: re.Pattern[str]
    signing_took_place: re.Pattern[str]
    encounter: re.Pattern[str]
    encounter_told: re.Pattern[str]  # a meeting, visit or talks told (noun or verb): the day a signing after it takes
    at_encounter_end: re.Pattern[str] = attrs.field(metadata=_FOLDED)
    also_signed: re.Pattern[str] = attrs.field(metadata=_FOLDED)
    list_separator: re.Pattern[str]
    membership: re.Pattern[str]
    period_after: re.Pattern[str]
    source_after: re.Pattern[str]
    source_before: re.Pattern[str]
    inner_time: re.Pattern[str]
    list_item_opening: re.Pattern[str]
    in_force_future: re.Pattern[str]  # "will enter into force": a coming into force still to come
    new_clause: re.Pattern[str]  # ", and a new programme": a clause of its own between a date and a plan
    list_line: re.Pattern[str]  # a line of a list: ends in ';', or opens with a dash, bullet or number
    being_prepared: re.Pattern[str]
    term_start: re.Pattern[str]
    party_descriptor: re.Pattern[str]
    cumulative: re.Pattern[str]
    doc_starts: re.Pattern[str] = attrs.field(metadata=_DERIVED)
    """Where a document noun may begin, over the folded text: the first word of each phrase of the
    ``agreement.doc`` slots (a quote before it aside)."""
    doc_cues: CueWords = attrs.field(metadata=_DERIVED)
    """The sentence pre-filter of the agreement extractor: the cue words of ``agreement.doc``."""

    @classmethod
    def of(cls, lexicon: Lexicon) -> AgreementWords:
        """The bundle of *lexicon* (use :func:`agreement_words`, which builds it once per lexicon)."""
        rules = {}
        for field in attrs.fields(cls):
            if field.name == "lexicon" or field.metadata.get("derived"):
                continue
            read = lexicon.folded if field.metadata.get("folded") else lexicon.pattern
            rules[field.name] = read(f"agreement.{field.name}")
        return cls(
            lexicon,
            **rules,
            doc_starts=_starts(lexicon, "agreement.doc"),
            doc_cues=word_filter(*lexicon.cues("agreement.doc")),
        )

    def has_cue(self, rule: str, folded: str) -> bool:
        """Whether the folded text holds a cue word of ``agreement.<rule>`` (a cheap test before the search)."""
        return self.lexicon.has_cue(f"agreement.{rule}", folded)


def _starts(lexicon: Lexicon, rule: str) -> re.Pattern[str]:
    """A regex for where a match of *rule* may begin in folded text: the first words of the phrases
    of its cue slots, less those that begin with another one (so at most one matches at a place)."""
    firsts = dict.fromkeys(
        phrase.split()[0].lower() for slot in lexicon.rule(rule).cue for phrase in lexicon.words(slot)
    )
    kept = [word for word in firsts if not any(other != word and word.startswith(other) for other in firsts)]
    return re.compile("|".join(re.escape(word) for word in kept))


def agreement_words(lexicon: Lexicon | None = None) -> AgreementWords:
    """The agreement patterns of *lexicon* (None: the default lexicon), built once per lexicon."""
    return (lexicon or Lexicon.default()).derive(AgreementWords.of)
