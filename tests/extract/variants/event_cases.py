"""The wording matrix for events (forums, exhibitions, summits), by construction and dimension.

Publication date of every case unless it says otherwise: Thursday 16 May 2024.
"""

from __future__ import annotations

from _check import Case, event, meeting, sitting, visit

CASES: tuple[Case, ...] = (
    # --- nouns ----------------------------------------------------------------------------
    Case("forum", "nouns", "business-forum", "A Turkmen-Russian business forum was held in Ashgabat on 14 May.",
         (event("2024-05-14", "Turkmen-Russian business forum"),)),
    Case("forum", "nouns", "named-forum", "The Russia-Turkmenistan Investment Forum opened in Moscow on 14 May.",
         (event("2024-05-14", "Russia-Turkmenistan Investment Forum"),)),
    Case("exhibition", "nouns", "exhibition", "An exhibition of Russian goods opened in Ashgabat on 14 May.",
         (event("2024-05-14", "exhibition of Russian goods"),)),
    Case("exhibition", "nouns", "expo", "Turkmen companies took part in the Innoprom expo in Yekaterinburg on "
         "14 May.",
         (event("2024-05-14", "Innoprom expo"),)),
    Case("summit", "nouns", "cis-summit", "Serdar Berdimuhamedov took part in the CIS summit in Moscow on "
         "14 May.",
         (event("2024-05-14", "CIS summit"),),
         allowed=(visit("2024-05-14", "TM", "RU"),)),
    Case("summit", "nouns", "caspian-summit", "The presidents of Turkmenistan and Russia attended the Caspian "
         "summit in Baku on 14 May.",
         (event("2024-05-14", "Caspian summit"),)),
    Case("days-of-culture", "nouns", "days", "Days of Russian culture were held in Ashgabat on 14-16 May.",
         (event("2024-05-14", "Days of Russian culture", end_date="2024-05-16"),)),
    Case("conference", "nouns", "conference", "An international conference on Turkmen-Russian relations was "
         "held in Ashgabat on 14 May.",
         (event("2024-05-14", "international conference on Turkmen-Russian relations"),)),
    # --- voice and order -------------------------------------------------------------------
    Case("forum", "voice", "hosted", "Ashgabat hosted a Turkmen-Russian business forum on 14 May.",
         (event("2024-05-14", "Turkmen-Russian business forum"),)),
    Case("forum", "voice", "date-first", "On 14 May, a Russian-Turkmen interregional forum took place in "
         "Astrakhan.",
         (event("2024-05-14", "Russian-Turkmen interregional forum"),)),
    Case("forum", "voice", "participle", "Speaking at the Turkmen-Russian business forum in Ashgabat on 14 May, "
         "Alexei Overchuk praised the growth of trade.",
         (event("2024-05-14", "Turkmen-Russian business forum"),),
         allowed=(visit("2024-05-14", "RU", "TM"),)),
    Case("exhibition", "voice", "passive-organised", "An exhibition of Turkmen goods was organised in Kazan "
         "on 14 May.",
         (event("2024-05-14", "exhibition of Turkmen goods"),)),
    Case("forum", "voice", "headline-body", "Business forum opens in Ashgabat\n\nA Turkmen-Russian business "
         "forum opened in Ashgabat on 14 May.",
         (event("2024-05-14", "Turkmen-Russian business forum"),)),
    # --- dates ----------------------------------------------------------------------------
    Case("forum", "dates", "yesterday", "A Turkmen-Russian business forum was held in Moscow yesterday.",
         (event("2024-05-15", "Turkmen-Russian business forum"),)),
    Case("forum", "dates", "span", "The Turkmen-Russian business forum took place in Moscow on 14-15 May.",
         (event("2024-05-14", "Turkmen-Russian business forum", end_date="2024-05-15"),)),
    Case("forum", "dates", "month", "In April a Turkmen-Russian business forum was held in Kazan.",
         (event("2024-04", "Turkmen-Russian business forum"),)),
    Case("planned", "dates", "will-host", "Ashgabat will host a Turkmen-Russian business forum in October.",
         (event("2024-10", "Turkmen-Russian business forum", status="planned"),)),
    Case("planned", "dates", "is-to-be-held", "A Russian-Turkmen investment forum is to be held in Moscow on "
         "20 May.",
         (event("2024-05-20", "Russian-Turkmen investment forum", status="planned"),)),
    # --- with other kinds -----------------------------------------------------------------
    Case("summit", "direction", "sidelines", "On the sidelines of the SCO summit in Astana on 14 May, Vladimir "
         "Putin met Serdar Berdimuhamedov.",
         (event("2024-05-14", "SCO summit"), meeting("2024-05-14", "Putin", "Berdimuhamedov"))),
    # --- negatives ------------------------------------------------------------------------
    Case("forum", "negatives", "third-pair", "A Kazakh-Uzbek business forum was held in Tashkent on 14 May.", ()),
    Case("forum", "negatives", "generic", "Business forums help the two countries to expand trade.", ()),
    Case("forum", "negatives", "cancelled", "The Turkmen-Russian business forum due in Kazan on 20 May was "
         "cancelled.", ()),
    Case("exhibition", "negatives", "postponed", "The exhibition of Russian goods planned in Ashgabat for May "
         "was postponed.", ()),
    # --- longer texts ----------------------------------------------------------------------------
    Case("exhibition", "reference", "plan-to-take-part", "Bashkir companies also plan to take part in the "
         "international exhibition Turkmen Oil and Gas in Ashgabat in October.",
         (event("2024-10", "international exhibition Turkmen Oil and Gas", status="planned"),)),
    Case("forum", "reference", "alongside", "The intergovernmental commission met in Ashgabat on 14 May. A "
         "Turkmen-Russian business forum held alongside the commission brought together 200 companies.",
         (event("2024-05-14", "Turkmen-Russian business forum"), sitting("2024-05-14")),
         allowed=(visit("2024-05-14", "RU", "TM"),)),
    Case("days-of-culture", "reference", "will-open", "Within the framework of the visit, the Days of Culture "
         "of Bashkortostan in Turkmenistan will open on 23 May.",
         (event("2024-05-23", "Days of Culture of Bashkortostan in Turkmenistan", status="planned"),)),
    Case("days-of-culture", "reference", "are-to-take-place", "Days of Turkmen culture are to take place in "
         "Kazan on 20-22 May.",
         (event("2024-05-20", "Days of Turkmen culture", status="planned", end_date="2024-05-22"),)),
)

#: Cases that still fail (case name -> why); each is xfail(strict) in the tests.
KNOWN_FAILURES: dict[str, str] = {
    "exhibition-nouns-expo": "'the Innoprom expo' is not an event name",
    "conference-nouns-conference": "'an international conference on ...' is not an event",
    "exhibition-reference-plan-to-take-part": "a quoted-less exhibition name after 'take part in' is missed",
    "forum-reference-alongside": "'held alongside the commission' takes no date from the commission",
}
