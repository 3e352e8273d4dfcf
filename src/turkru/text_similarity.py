"""Similarity of document titles and event names by their content words."""

from __future__ import annotations

import re

GENERIC_WORDS = frozenset({
    "the", "of", "on", "in", "and", "between", "for", "a", "an", "to", "with", "by", "at",
    "agreement", "agreements", "memorandum", "memoranda", "programme", "program", "declaration",
    "protocol", "roadmap", "treaty", "contract", "plan", "document", "documents", "deal", "deals", "mou",
    "accord", "pact",
    "intergovernmental", "interdepartmental", "bilateral", "turkmen", "russian", "turkmenistan",
    "russia", "federation", "republic", "government", "governments", "two", "countries", "sides",
})


def content_words(text: str | None) -> frozenset[str]:
    """Lower-case content words of a title, plural -s folded, generic words left out."""
    if not text:
        return frozenset()
    words = re.findall(r"[a-z0-9]+", text.lower())
    return frozenset(w.rstrip("s") if len(w) > 3 else w for w in words if w not in GENERIC_WORDS)


def title_similarity(first: str | None, second: str | None) -> float:
    """Jaccard similarity of the content words of two titles (1.0 when both have none)."""
    a, b = content_words(first), content_words(second)
    return len(a & b) / len(a | b) if a or b else 1.0
