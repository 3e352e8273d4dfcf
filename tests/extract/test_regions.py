"""The region behind a regional office, and the region of a visit's side."""

from __future__ import annotations

from turkru import parse_article
from turkru.extract.regions import office_region
from turkru.gazetteer import Gazetteer
from turkru.model.actors import Office
from turkru.model.records import Visit


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
