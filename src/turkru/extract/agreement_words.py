"""The agreement rules of the lexicon (lexicon/data/agreements.json), compiled once per lexicon.

Every signing pattern fills the one slot ``SIGN_VERB``; a pattern takes the form it needs with a
suffix check after the slot (``(?<=ed)`` the past, ``(?<!ed)(?<!s)(?<!ing)`` the bare verb).
"""

from __future__ import annotations

import re

import attrs

from turkru.lexicon import Lexicon


@attrs.frozen
class AgreementWords:
    """The agreement patterns of one lexicon, and the lexicon itself for their cue tests."""

    lexicon: Lexicon
    just_signed: re.Pattern[str]
    to_sign: re.Pattern[str]
    signed: re.Pattern[str]
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
    just_now: re.Pattern[str]
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
    dangling: re.Pattern[str]
    trailing_party: re.Pattern[str]
    not_a_document: re.Pattern[str]
    after_passive_signing: re.Pattern[str]
    signing_discussed: re.Pattern[str]

    @classmethod
    def of(cls, lexicon: Lexicon) -> AgreementWords:
        """The bundle of *lexicon* (use :func:`agreement_words`, which builds it once per lexicon)."""
        names = [field.name for field in attrs.fields(cls) if field.name != "lexicon"]
        return cls(lexicon, **{name: lexicon.pattern(f"agreement.{name}") for name in names})

    def has_cue(self, rule: str, folded: str) -> bool:
        """Whether the folded text holds a cue word of ``agreement.<rule>`` (a cheap test before the search)."""
        return self.lexicon.has_cue(f"agreement.{rule}", folded)


def agreement_words(lexicon: Lexicon | None = None) -> AgreementWords:
    """The agreement patterns of *lexicon* (None: the default lexicon), built once per lexicon."""
    return (lexicon or Lexicon.default()).derive(AgreementWords.of)
