"""Tests for turkru.gazetteer."""
