"""The region behind a regional office, and the region of a visit's side."""

from __future__ import annotations

from turkru import parse_article
from turkru.extract.regions import office_region
from turkru.gazetteer import Gazetteer
from turkru.model.actors import Office
from turkru.model.records import Meeting, Visit


class TestOfficeRegion:
    def test_governor_of_an_oblast(self) -> None:
        """'Governor of <oblast>' belongs to that oblast."""
        office = Gazetteer.default().office("Governor of the Astrakhan region")
        assert office is not None
        region = office_region(office, Gazetteer.default())
        assert region is not None and region.country == "RU" and "Astrakhan" in region.name

    def test_national_office_has_no_region(self) -> None:
        """A minister of a whole country belongs to no region."""
        office = Office(title="Minister of Foreign Affairs of Russia", country="RU")
        assert office_region(office, Gazetteer.default()) is None


class TestVisitRegion:
    def test_region_from_the_head_of_a_region(self) -> None:
        """A visit headed by the head of a Russian republic is that region's visit, though the text names no region."""
        text = "Rustam Minnikhanov arrived in Ashgabat on a working visit on 12 March 2024."
        (visit,) = [r for r in parse_article(text).records if isinstance(r, Visit)]
        assert visit.region is not None and visit.region.name == "Tatarstan"

    def test_a_city_that_is_a_region_acting_through_its_government(self) -> None:
        """'a delegation of the Government of St. Petersburg' is St Petersburg's visit."""
        text = "Ashgabat hosted a delegation headed by an adviser to the Government of St. Petersburg on 3 May 2024."
        (visit,) = [r for r in parse_article(text).records if isinstance(r, Visit)]
        assert (visit.delegation_of, visit.host) == ("RU", "TM")
        assert visit.region is not None and visit.region.name == "Saint Petersburg"

    def test_a_city_named_in_passing_is_no_region(self) -> None:
        """A Russian visitor who only flew in from Moscow does not make the visit Moscow's."""
        text = "Sergey Lavrov flew from Moscow to Ashgabat on a working visit on 3 May 2024."
        (visit,) = [r for r in parse_article(text).records if isinstance(r, Visit)]
        assert visit.region is None

    def test_the_receiving_region_when_the_sender_has_none(self) -> None:
        """'A Turkmen delegation will visit the Astrakhan region': the host's region is the visit's."""
        text = "A Turkmen delegation will visit the Astrakhan region in June 2024."
        (visit,) = [r for r in parse_article(text, published="2024-05-01").records if isinstance(r, Visit)]
        assert (visit.delegation_of, visit.host) == ("TM", "RU")
        assert visit.region is not None and visit.region.country == "RU" and "Astrakhan" in visit.region.name

    def test_a_regional_host_receiving_a_guest(self) -> None:
        """A Russian governor receiving a Turkmen minister: the visit is to his region."""
        text = "Governor of Astrakhan oblast Igor Babushkin received Rashid Meredov in Astrakhan on 4 June 2023."
        (visit,) = [r for r in parse_article(text).records if isinstance(r, Visit)]
        assert (visit.delegation_of, visit.host) == ("TM", "RU")
        assert visit.region is not None and "Astrakhan" in visit.region.name


class TestMeetingRegion:
    def test_a_regional_head_among_the_participants(self) -> None:
        """The president's talks with the head of Tatarstan are Tatarstan's meeting."""
        text = "Serdar Berdimuhamedov held talks with Rustam Minnikhanov in Ashgabat on 12 March 2024."
        (meeting,) = [r for r in parse_article(text).records if isinstance(r, Meeting)]
        assert meeting.region is not None and meeting.region.name == "Tatarstan"

    def test_a_regional_title(self) -> None:
        """'the Governor of St Petersburg' named as a participant gives the region, a name or not."""
        text = "Rashid Meredov met the Governor of St. Petersburg Alexander Beglov on 5 May 2024."
        (meeting,) = [r for r in parse_article(text).records if isinstance(r, Meeting)]
        assert meeting.region is not None and meeting.region.name == "Saint Petersburg"

    def test_a_region_named_in_passing_is_not_the_meetings(self) -> None:
        """Federal ministers discussing supplies to Tatarstan do not meet for Tatarstan."""
        text = "Sergey Lavrov and Rashid Meredov met on 5 May 2024 and discussed supplies to Tatarstan."
        (meeting,) = [r for r in parse_article(text).records if isinstance(r, Meeting)]
        assert meeting.region is None
