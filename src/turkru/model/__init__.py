"""Pure data: frozen attrs classes and their invariants. No parsing of articles, no I/O."""
