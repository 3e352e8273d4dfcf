"""Speaking the event-data ecosystem: PLOVER and CAMEO codes, actors and sectors from records.

:class:`EventCoder` turns chronicle entries (or records) into :class:`CodedEvent` values
following the tables of :mod:`turkru.interop.codebook`; the exports in
:mod:`turkru.serialize` write them as POLECAT-style JSON lines and CAMEO rows.
The rules are in docs/interop.md.
"""

from turkru.interop.actors import Actor
from turkru.interop.codebook import EVENT_RULES, EventRule
from turkru.interop.coding import CodedEvent, EventCoder

__all__ = ["EVENT_RULES", "Actor", "CodedEvent", "EventCoder", "EventRule"]
