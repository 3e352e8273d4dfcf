"""An article: its source, its cleaned text and the records found in it."""

from __future__ import annotations

import attrs

from turkru.model.actors import as_tuple
from turkru.model.provenance import Source
from turkru.model.records import AnyRecord


@attrs.frozen(kw_only=True)
class Article:
    """A parsed article. ``text`` is the cleaned text; evidence spans index the original."""

    source: Source
    text: str = attrs.field(default="", eq=False, repr=False)
    records: tuple[AnyRecord, ...] = attrs.field(default=(), converter=as_tuple)
