"""Where a record comes from: the source article and the evidence span in its text."""

from __future__ import annotations

import hashlib
from typing import Any

import attrs

from turkru.errors import InvalidRecordError
from turkru.model.actors import as_tuple
from turkru.model.dates import PartialDate


def content_hash(text: str) -> str:
    """The SHA-256 hex digest of *text* (UTF-8), used to tell article versions apart.

    Lone surrogates (``"\\ud800"``, which no UTF-8 text holds) are hashed as their
    ``surrogatepass`` bytes, so any ``str`` has a hash and valid text keeps its usual one.
    """
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


@attrs.frozen
class Reprint:
    """Another place the same text appeared: a copy's article id, address, outlet and date."""

    article_id: str
    url: str | None = None
    outlet: str | None = None
    published: PartialDate | None = None


@attrs.frozen(cache_hash=True)
class Source:
    """An article as a source: its id, address, outlet, publication date and content hash.

    ``reprints`` lists the other articles with the same text (the same content hash): a
    chronicle counts them as this one source and keeps where else it appeared. The hash is
    cached: sources are looked up over and over when reports are merged.
    """

    article_id: str
    url: str | None = None
    outlet: str | None = None
    published: PartialDate | None = None
    content_hash: str | None = None
    reprints: tuple[Reprint, ...] = attrs.field(default=(), converter=as_tuple)


def _check_span(instance: Evidence, _attribute: Any, _value: Any) -> None:
    if instance.start < 0 or instance.end < instance.start:
        raise InvalidRecordError(
            f"Evidence span: ({instance.start}, {instance.end}) is not a span of offsets"
        )


@attrs.frozen
class Evidence:
    """A character span ``[start, end)`` of the text the user passed in, and the text there."""

    source: Source
    start: int
    end: int = attrs.field(validator=_check_span)
    text: str = ""
