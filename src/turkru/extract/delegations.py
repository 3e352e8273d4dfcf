"""Whose "the delegation" is: the one an earlier sentence brought, perhaps a third country's."""

from __future__ import annotations

from turkru.extract.document import Document, Sentence
from turkru.extract.sides import names_third_party


def third_party_delegation(sentence: Sentence, document: Document, guest_side: str | None) -> bool:
    """Whether an unnamed "the delegation" in *sentence* refers back to a third country's: the
    nearest earlier sentence that speaks of a delegation names a third party and not the side
    the guest would be of ("received the Vice Premier of China, who arrived at the head of a
    government delegation. ... the delegation visited the plant")."""
    for earlier in reversed(document.body[: _index(document, sentence)]):
        if "delegation" not in earlier.lower:
            continue
        return names_third_party(earlier) and guest_side not in earlier.sides
    return False


def _index(document: Document, sentence: Sentence) -> int:
    body = document.body
    for position, candidate in enumerate(body):
        if candidate.index == sentence.index:
            return position
    return 0
