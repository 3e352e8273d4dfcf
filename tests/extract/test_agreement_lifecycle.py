"""The stage a sentence gives a document: signed, planned, ratified, in force, ended, or none."""

from __future__ import annotations

import re

import pytest

from turkru.extract.agreement_lifecycle import stage_of
from turkru.extract.agreement_mentions import doc_mentions
from turkru.model.records import Stage

_YEAR = re.compile(r"\b(?:19|20)\d\d\b|\b\d{1,2} [A-Z][a-z]+ (?:19|20)\d\d\b")


def stage_in(text: str) -> Stage | None:
    """The stage of the first document phrase of *text* (dates found by a plain year/day pattern)."""
    stops = [found.start() for found in _YEAR.finditer(text)]
    mention = doc_mentions(text, stops)[0]
    return stage_of(text, mention, stops)


class TestEnded:
    @pytest.mark.parametrize(
        "text",
        [
            "The supplier announced the early termination of the long-term gas sale contract.",
            "In 2015 the republic withdrew from the agreement on fishing quotas.",
            "The treaty on border crossings expired in 2019.",
        ],
    )
    def test_terminated(self, text: str) -> None:
        """Termination, withdrawal and expiry end a document's life."""
        assert stage_in(text) is Stage.TERMINATED


class TestInForce:
    @pytest.mark.parametrize(
        "text",
        [
            "The agreement on labour migration came into effect in May.",
            "The treaty on transit took effect last year.",
            "The convention-style agreement on double taxation remains in force.",
        ],
    )
    def test_in_effect(self, text: str) -> None:
        """'Came into effect', 'took effect' and 'remains in force' put a document in force."""
        assert stage_in(text) is Stage.IN_FORCE


class TestDenied:
    @pytest.mark.parametrize(
        "text",
        [
            "The president evaded signing the agreement on the new railway.",
            "The minister refused to sign the protocol on customs duties.",
            "If the principles of the convention are applied and certain agreements are reached, exports will grow.",
            "Nobody explained why the agreement on the canal hadn't been concluded.",
        ],
    )
    def test_no_stage(self, text: str) -> None:
        """A refused signing or a conditional one is no step of the document's life."""
        assert stage_in(text) is None


class TestProposed:
    @pytest.mark.parametrize(
        "text",
        [
            "The ministers discussed the draft agreement on academic exchanges.",
            "Experts worked on the text of an intergovernmental agreement on seed exports.",
            "Moscow approved the country's accession to the agreement on the transport corridor.",
            "The bank proposed that the republic join the agreement on payment systems.",
            'Moscow backed the accession of Baku to the "Blue Stream" pipeline agreement.',
            "We want to invite the governor next month and sign a contract for building a bridge.",
            "The agreement on air traffic was initialled by the delegations.",
            "A protocol on veterinary control is being prepared by the ministries.",
            "The roadmap on digital services is under discussion.",
        ],
    )
    def test_planned(self, text: str) -> None:
        """A draft, a text under work or a document to be joined is planned, not signed."""
        assert stage_in(text) is Stage.PLANNED


class TestExisting:
    @pytest.mark.parametrize(
        "text",
        [
            "There is a contract for the supply of 300 buses to the capital.",
            "Millions hold two passports thanks to a 1995 agreement on dual nationality.",
            "The Treaty on Good Neighbourliness dated 14 March 2001 remains the basic document.",
        ],
    )
    def test_signed(self, text: str) -> None:
        """A document that exists, one dated by its year, or one 'dated' a day was signed."""
        assert stage_in(text) is Stage.SIGNED

    def test_evaluated_contract_is_no_record(self) -> None:
        """'We have a good contract' names no document's subject: no stage."""
        assert stage_in("We have a good contract coming up soon.") is None


class TestFutureWithoutSigning:
    def test_document_being_prepared(self) -> None:
        """'The ministries are developing a roadmap on tourism' is a planned roadmap."""
        assert stage_in("The ministries are developing a roadmap on tourism.") is Stage.PLANNED

    def test_something_else_done_to_it(self) -> None:
        """'Was going to challenge the terms of the contract in court' plans no document."""
        assert stage_in("The buyer was going to challenge the terms of the contract in court.") is None
