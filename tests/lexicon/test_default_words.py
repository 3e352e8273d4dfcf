"""A word list of the default lexicon is had without compiling its rules (what the merge reads)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from turkru.errors import LexiconError
from turkru.lexicon import Lexicon
from turkru.text.similarity import GenericWords, _generic_across


def _compiled_in_fresh_process(code: str) -> bool:
    """Whether running *code* in a new interpreter built (compiled) the default lexicon."""
    probe = textwrap.dedent(code) + textwrap.dedent(
        """
        from turkru.lexicon import _core
        print(_core._default.cache_info().currsize)
        """
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=False, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout.split()[-1] != "0"


def test_every_slot_reads_as_the_compiled_default_has_it() -> None:
    lexicon = Lexicon.default()
    for slot in lexicon.slot_names():
        assert Lexicon.default_words(slot) == lexicon.words(slot), slot


def test_an_unknown_slot_is_refused_as_words_refuses_it() -> None:
    with pytest.raises(LexiconError, match="unknown slot 'NO_SUCH_SLOT'"):
        Lexicon.default_words("NO_SUCH_SLOT")
    with pytest.raises(LexiconError, match="unknown slot 'NO_SUCH_SLOT'"):
        Lexicon.default().words("NO_SUCH_SLOT")


def test_cross_outlet_generic_words_are_those_of_the_compiled_default() -> None:
    assert _generic_across() == Lexicon.default().derive(GenericWords.of).across


def test_stems_compile_no_rule() -> None:
    assert not _compiled_in_fresh_process(
        """
        from turkru.text.similarity import stems
        assert stems("The Programme of Economic Cooperation") == frozenset({"econom"})
        """
    )


def test_a_merge_of_agreements_compiles_no_rule() -> None:
    """A variant: a whole merge, whose agreement titles are compared by their stems."""
    assert not _compiled_in_fresh_process(
        """
        from turkru import Agreement, DocType, Evidence, LifecycleStep, Source, Stage
        from turkru.chronicle import Chronicle

        def signed(article, title):
            source = Source(article_id=article)
            return Agreement(doc_type=DocType.MEMORANDUM, title=title, lifecycle=(LifecycleStep(stage=Stage.SIGNED),),
                             evidence=(Evidence(source=source, text=title, start=0, end=len(title)),))

        chronicle = Chronicle.from_records([signed("a", "Memorandum on gas supplies"),
                                            signed("b", "memorandum on the supplies of gas")])
        assert len(chronicle) >= 1
        """
    )


def test_a_parse_still_compiles_the_default() -> None:
    """The check above can fail: extraction does build the compiled default."""
    assert _compiled_in_fresh_process(
        """
        import turkru
        turkru.parse_article("Ministers met in Ashgabat on 3 May 2021.", article_id="x")
        """
    )
