"""The signing verbs every agreement pattern shares, in one place (one synonym set for all forms).

A pattern takes the form it needs with a suffix check after the slot: ``SIGNED`` (the past,
"signed", "concluded"), ``SIGN`` (the bare verb, "sign", "conclude") or ``SIGN_ANY`` (every form).
"""

from __future__ import annotations

import re

from turkru.gazetteer.templates import expand

SIGN_VERB_TEMPLATES = (
    "sign{|s|ed|ing}", "ink{|s|ed|ing}", "conclude{|s|d}", "concluding", "seal{|s|ed|ing}", "clinch{|es|ed|ing}",
)
SIGN_VERB: tuple[str, ...] = tuple(phrase for template in SIGN_VERB_TEMPLATES for phrase in expand(template))


def alternation(phrases: tuple[str, ...]) -> str:
    """``(?:...)`` of the phrases, escaped, whitespace as ``\\s+``, longest first."""
    ordered = sorted(phrases, key=len, reverse=True)
    return "(?:" + "|".join(r"\s+".join(re.escape(word) for word in phrase.split()) for phrase in ordered) + ")"


SIGN_ANY = alternation(SIGN_VERB)
SIGNED = SIGN_ANY + r"(?<=ed)"  # the past: signed, inked, concluded
SIGN = SIGN_ANY + r"(?<!ed)(?<!s)(?<!ing)"  # the bare verb: sign, ink, conclude
SIGN_CUES = tuple(dict.fromkeys(SIGN_VERB))
