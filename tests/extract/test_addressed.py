"""Visits a transcript's speakers tell of in the first and second person."""

from __future__ import annotations

from turkru import parse_article
from turkru.extract.pipeline import build_document
from turkru.gazetteer import Gazetteer
from turkru.model.actors import RUSSIA, TURKMENISTAN
from turkru.model.dates import PartialDate
from turkru.model.provenance import Source
from turkru.model.records import Status, Visit

_OPENING = "Transcript of the start of the talks\n\n"
_SOURCE = Source(article_id="t", content_hash="0" * 64)


def visits_in(text: str, published: str = "2023-03-01") -> list[Visit]:
    """The visits parse_article finds in *text*."""
    return [r for r in parse_article(text, published=published).records if isinstance(r, Visit)]


class TestTheOneSpokenToIsTheGuest:
    def test_host_welcomes_the_one_addressed(self) -> None:
        """'Let me welcome you to our country': the addressee's side visits the speaker's, on the day."""
        text = _OPENING + "Vladimir Putin: Mr Meredov, colleagues,\n\nLet me welcome you to our country once again.\n"
        (visit,) = visits_in(text)
        assert (visit.delegation_of, visit.host) == (TURKMENISTAN, RUSSIA)
        assert visit.head is not None and visit.head.surname == "Meredov"
        assert visit.status is Status.HELD
        assert visit.date == PartialDate(2023, 3, 1)

    def test_thanks_for_accepting_our_invitation(self) -> None:
        """'Thank you for accepting our invitation to come to Ashgabat': the guest is the one thanked."""
        text = (
            _OPENING + "Serdar Berdimuhamedov: Mr Lavrov, friends,\n\n"
            "I thank you for accepting our invitation to come to Ashgabat.\n"
        )
        (visit,) = visits_in(text)
        assert (visit.delegation_of, visit.host) == (RUSSIA, TURKMENISTAN)
        assert visit.head is not None and visit.head.surname == "Lavrov"
        assert visit.status is Status.HELD

    def test_an_invitation_for_later_is_planned(self) -> None:
        """'I invite you to visit us next spring' is a visit still to come, with no day of its own."""
        text = _OPENING + "Vladimir Putin: Mr Meredov, colleagues,\n\nI invite you to visit us in Kazan next spring.\n"
        (visit,) = visits_in(text)
        assert (visit.delegation_of, visit.host) == (TURKMENISTAN, RUSSIA)
        assert visit.status is Status.PLANNED

    def test_you_visited_a_city(self) -> None:
        """'Last year you visited Moscow': the addressee heads that earlier visit."""
        text = _OPENING + "Vladimir Putin: Mr Meredov, colleagues,\n\nLast year you visited Moscow.\n"
        (visit,) = visits_in(text)
        assert (visit.delegation_of, visit.host) == (TURKMENISTAN, RUSSIA)
        assert visit.head is not None and visit.head.surname == "Meredov"
        assert visit.date == PartialDate(2022)


class TestTheSpeakerIsTheGuest:
    def test_thanks_for_the_invitation_to_your_country(self) -> None:
        """'Thank you for the invitation to pay a state visit to your country': the speaker is the guest."""
        text = (
            _OPENING + "Vladimir Putin: Good afternoon, colleagues.\n\n"
            "Gurbanguly Berdimuhamedov: Thank you, Mr Putin.\n\n"
            "I am grateful to you for the invitation to pay a state visit to your beautiful country.\n"
        )
        (visit,) = visits_in(text)
        assert (visit.delegation_of, visit.host) == (TURKMENISTAN, RUSSIA)
        assert visit.head is not None and visit.head.surname == "Berdimuhamedov"
        assert visit.status is Status.HELD
        assert visit.date == PartialDate(2023, 3, 1)

    def test_glad_to_be_in_your_capital(self) -> None:
        """'I am glad to be in your capital' from a Russian speaker is a Russian visit to Turkmenistan."""
        text = (
            _OPENING + "Serdar Berdimuhamedov: Welcome, dear friends.\n\n"
            "Mikhail Mishustin: Mr Berdimuhamedov, I am glad to be in your capital again.\n"
        )
        (visit,) = visits_in(text)
        assert (visit.delegation_of, visit.host) == (RUSSIA, TURKMENISTAN)
        assert visit.head is not None and visit.head.surname == "Mishustin"


class TestNoAddressedVisit:
    def test_no_speaker_no_second_person_visit(self) -> None:
        """Outside a speaker's turn, 'welcome you to our country' tells no one's visit."""
        assert visits_in("The brochure says: we welcome you to our country.") == []

    def test_a_guest_of_a_third_country(self) -> None:
        """A host welcoming a Kazakh guest tells no visit between the two sides."""
        text = _OPENING + "Vladimir Putin: Mr Tokayev, colleagues,\n\nI welcome you to Kazakhstan's neighbour.\n"
        assert visits_in(text) == []


class TestVocativeAddressee:
    def test_the_name_a_turn_opens_with_is_the_one_spoken_to(self) -> None:
        """'Speaker: Mr X, ...' makes X the addressee of the turn, before any second speaker."""
        text = "Vladimir Putin: Mr Meredov, colleagues,\n\nI am glad to see you.\n"
        turn = build_document(text, _SOURCE, None, Gazetteer.default()).sentences[-1]
        assert turn.speaker is not None and turn.speaker.text == "Vladimir Putin"
        assert turn.addressee is not None and turn.addressee.text == "Meredov"

    def test_without_a_vocative_the_previous_speaker_is_addressed(self) -> None:
        """With no name after the label, the one spoken to is the speaker before."""
        text = "Vladimir Putin: Good afternoon.\n\nRashid Meredov: Thank you for the welcome.\n"
        turn = build_document(text, _SOURCE, None, Gazetteer.default()).sentences[-1]
        assert turn.addressee is not None and turn.addressee.text == "Vladimir Putin"
