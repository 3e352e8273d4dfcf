"""Variant templates: ``"{Russian|Russia's} Foreign Minister"`` stands for two phrases.

A group ``{a|b|}`` offers alternatives, an empty one making the group optional; groups may
nest. Expansion is capped, and so are a template's length, groups and nesting, so that a
typo cannot make a data file explode or recurse without end.
"""

from __future__ import annotations

MAX_EXPANSIONS = 1024
MAX_LENGTH = 2000
"""Characters in one template."""
MAX_GROUPS = 64
"""``{...}`` groups in one template."""
MAX_DEPTH = 8
"""Groups inside groups."""


class TemplateError(ValueError):
    """Raised for an unbalanced or oversized template; the loader turns it into GazetteerError."""


def _split_alternatives(inner: str) -> list[str]:
    """Split a group's inside on ``|`` at depth 0."""
    parts: list[str] = []
    depth = 0
    current: list[str] = []
    for char in inner:
        if char == "|" and depth == 0:
            parts.append("".join(current))
            current = []
            continue
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
        current.append(char)
    parts.append("".join(current))
    return parts


def _closing(template: str, opening: int) -> int:
    """The index of the brace closing the group opened at *opening*."""
    depth = 0
    for index in range(opening, len(template)):
        if template[index] == "{":
            depth += 1
        elif template[index] == "}":
            depth -= 1
            if depth == 0:
                return index
    raise TemplateError(f"unclosed '{{' at offset {opening} in {template!r}")


def _expand(template: str) -> list[str]:
    opening = template.find("{")
    stray = template.find("}")
    if stray != -1 and (opening == -1 or stray < opening):
        raise TemplateError(f"unopened '}}' at offset {stray} in {template!r}")
    if opening == -1:
        return [template]
    closing = _closing(template, opening)
    head, inner, tail = template[:opening], template[opening + 1 : closing], template[closing + 1 :]
    results: list[str] = []
    tails = _expand(tail)
    for alternative in _split_alternatives(inner):
        for middle in _expand(alternative):
            for rest in tails:
                results.append(head + middle + rest)
                if len(results) > MAX_EXPANSIONS:
                    raise TemplateError(f"{template!r} expands to more than {MAX_EXPANSIONS} phrases")
    return results


def _depth(template: str) -> int:
    depth = deepest = 0
    for char in template:
        if char == "{":
            depth += 1
            deepest = max(deepest, depth)
        elif char == "}":
            depth -= 1
    return deepest


def _check_size(template: str) -> None:
    """Refuse a template too long, with too many groups or nested too deeply to expand safely."""
    shown = template if len(template) <= 60 else template[:57] + "..."
    if len(template) > MAX_LENGTH:
        raise TemplateError(f"{shown!r} is longer than {MAX_LENGTH} characters")
    if template.count("{") > MAX_GROUPS:
        raise TemplateError(f"{shown!r} has more than {MAX_GROUPS} '{{...}}' groups")
    if _depth(template) > MAX_DEPTH:
        raise TemplateError(f"{shown!r} nests groups more than {MAX_DEPTH} deep")


def expand(template: str) -> tuple[str, ...]:
    """All phrases a template stands for, whitespace-normalised, duplicates removed, in order."""
    _check_size(template)
    phrases: dict[str, None] = {}
    for phrase in _expand(template):
        phrases[" ".join(phrase.split())] = None
    return tuple(phrase for phrase in phrases if phrase)
