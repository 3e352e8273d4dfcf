"""From located pieces of text to records: one extractor per record kind, and the pipeline."""
