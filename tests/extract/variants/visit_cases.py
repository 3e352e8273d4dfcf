"""The wording matrix for visits: invented texts by construction and dimension.

Publication date of every case unless it says otherwise: Thursday 16 May 2024.
"""

from __future__ import annotations

from _check import Case, meeting, visit

SAME_DAY = [None, "2024-05-16"]

CASES: tuple[Case, ...] = (
    # --- verbs and nouns -------------------------------------------------------------------
    Case("paid-a-visit", "verbs", "official", "Sergey Lavrov paid an official visit to Turkmenistan on 14 May.",
         (visit("2024-05-14", "RU", "TM", head="Lavrov"),)),
    Case("arrived-in", "verbs", "city", "Russian Deputy Prime Minister Alexei Overchuk arrived in Ashgabat on "
         "14 May.",
         (visit("2024-05-14", "RU", "TM", head="Overchuk", place="Ashgabat"),)),
    Case("visited", "verbs", "country", "Rashid Meredov visited Russia on 14 May.",
         (visit("2024-05-14", "TM", "RU", head="Meredov"),)),
    Case("visited", "verbs", "city", "Rashid Meredov visited Moscow on 14 May.",
         (visit("2024-05-14", "TM", "RU", head="Meredov", place="Moscow"),)),
    Case("is-on-a-visit", "verbs", "working", "Sergey Lavrov is on a working visit to Turkmenistan.",
         (visit(SAME_DAY, "RU", "TM", head="Lavrov"),)),
    Case("is-on-a-visit", "verbs", "state", "Serdar Berdimuhamedov is on a state visit to Russia.",
         (visit(SAME_DAY, "TM", "RU", head="Berdimuhamedov"),)),
    Case("came-to", "verbs", "came", "Alexei Overchuk came to Ashgabat on 14 May for talks.",
         (visit("2024-05-14", "RU", "TM", head="Overchuk"),)),
    Case("travelled-to", "verbs", "british", "Rashid Meredov travelled to Moscow on 14 May.",
         (visit("2024-05-14", "TM", "RU", head="Meredov"),)),
    Case("travelled-to", "verbs", "american", "Rashid Meredov traveled to Moscow on 14 May.",
         (visit("2024-05-14", "TM", "RU", head="Meredov"),)),
    Case("flew-to", "verbs", "flew", "On 14 May Serdar Berdimuhamedov flew to Kazan.",
         (visit("2024-05-14", "TM", "RU", head="Berdimuhamedov"),)),
    Case("delegation", "verbs", "headed-by", "A Russian delegation headed by Alexei Overchuk arrived in "
         "Ashgabat on 14 May.",
         (visit("2024-05-14", "RU", "TM", head="Overchuk"),)),
    Case("delegation", "verbs", "led-by", "On 14 May a Turkmen delegation led by Rashid Meredov visited Moscow.",
         (visit("2024-05-14", "TM", "RU", head="Meredov"),)),
    Case("delegation", "verbs", "stay", "During his stay in Ashgabat on 14 May, Sergey Lavrov laid a wreath at "
         "the Independence Monument.",
         (visit("2024-05-14", "RU", "TM", head="Lavrov"),)),
    Case("trip", "verbs", "trip-to", "Sergey Lavrov's trip to Ashgabat on 14 May focused on gas.",
         (visit("2024-05-14", "RU", "TM", head="Lavrov"),)),
    Case("arrived-in", "verbs", "arrived-on-visit", "Serdar Berdimuhamedov arrived in Moscow on a state visit "
         "on 14 May.",
         (visit("2024-05-14", "TM", "RU", head="Berdimuhamedov"),)),
    # --- voice and order -------------------------------------------------------------------
    Case("arrived-in", "voice", "fronted-date", "On Tuesday, Sergey Lavrov arrived in Ashgabat.",
         (visit("2024-05-14", "RU", "TM", head="Lavrov"),)),
    Case("delegation", "voice", "passive-welcomed", "A Russian delegation was welcomed in Ashgabat on 14 May.",
         (visit("2024-05-14", "RU", "TM"),)),
    Case("visited", "voice", "headline-body", "Lavrov visits Ashgabat\n\nRussian Foreign Minister Sergey Lavrov "
         "visited Ashgabat on 14 May.",
         (visit("2024-05-14", "RU", "TM", head="Lavrov"),)),
    Case("arrived-in", "voice", "participle", "Arriving in Moscow on 14 May, Rashid Meredov was met by Russian "
         "officials.",
         (visit("2024-05-14", "TM", "RU", head="Meredov"),)),
    Case("visit-with-talks", "voice", "visit-then-reception", "Sergey Lavrov arrived in Ashgabat on 14 May. "
         "President Serdar Berdimuhamedov received him the same day.",
         (visit("2024-05-14", "RU", "TM", head="Lavrov"), meeting("2024-05-14", "Berdimuhamedov", "Lavrov"))),
    # --- people ---------------------------------------------------------------------------
    Case("arrived-in", "people", "title-in-apposition", "Igor Babushkin, Governor of Astrakhan, landed in "
         "Ashgabat on Monday.",
         (visit("2024-05-13", "RU", "TM", head="Babushkin"),)),
    Case("arrived-in", "people", "the-title-in-apposition", "Alexei Overchuk, the Russian Deputy Prime "
         "Minister, will travel to Turkmenistan on 20 May.",
         (visit("2024-05-20", "RU", "TM", head="Overchuk", status="planned"),)),
    Case("arrived-in", "people", "who-clause-is-no-title", "Rashid Meredov, who is also deputy chairman of the "
         "cabinet, arrived in Moscow on Sunday. He is expected to be received by Mikhail Mishustin on Friday.",
         (visit("2024-05-12", "TM", "RU", head="Meredov"),),
         allowed=(meeting("2024-05-17", "Meredov", "Mishustin", status="planned"),)),
    Case("arrived-in", "people", "governor", "Astrakhan Governor Igor Babushkin arrived in Turkmenistan on "
         "14 May.",
         (visit("2024-05-14", "RU", "TM", head="Babushkin"),)),
    Case("delegation", "people", "region", "A delegation of Bashkortostan led by Radiy Khabirov visited "
         "Ashgabat on 14 May.",
         (visit("2024-05-14", "RU", "TM", head="Khabirov"),)),
    Case("delegation", "people", "unnamed-head", "A Russian business delegation visited Ashgabat on 14 May.",
         (visit("2024-05-14", "RU", "TM"),)),
    Case("arrived-in", "people", "unknown-official", "Deputy Minister of Industry Viktor Yevtukhov arrived "
         "in Ashgabat from Moscow on 14 May.",
         (visit("2024-05-14", "RU", "TM", head="Yevtukhov"),)),
    Case("arrived-in", "people", "pronoun", "Rashid Meredov arrived in Moscow on 14 May. He will stay for two "
         "days.",
         (visit("2024-05-14", "TM", "RU", head="Meredov"),)),
    # --- dates ----------------------------------------------------------------------------
    Case("visited", "dates", "span", "Sergey Lavrov visited Turkmenistan on 14-15 May.",
         (visit("2024-05-14", "RU", "TM", head="Lavrov", end_date="2024-05-15"),)),
    Case("visited", "dates", "month", "Rashid Meredov visited Moscow in April.",
         (visit("2024-04", "TM", "RU", head="Meredov"),)),
    Case("visited", "dates", "yesterday", "Rashid Meredov visited Moscow yesterday.",
         (visit("2024-05-15", "TM", "RU", head="Meredov"),)),
    Case("visited", "dates", "weekday", "Rashid Meredov arrived in Moscow on Monday.",
         (visit("2024-05-13", "TM", "RU", head="Meredov"),)),
    Case("visited", "dates", "earlier-this-month", "Earlier this month Sergey Lavrov visited Ashgabat.",
         (visit("2024-05", "RU", "TM", head="Lavrov"),)),
    Case("visited", "dates", "dateline", "MOSCOW, May 14, 2024 (Reuters) - Rashid Meredov arrived in Moscow on "
         "Tuesday.",
         (visit("2024-05-14", "TM", "RU", head="Meredov"),), published=None),
    Case("planned", "dates", "will-visit", "Vladimir Putin will visit Turkmenistan in June.",
         (visit("2024-06", "RU", "TM", status="planned", head="Putin"),)),
    Case("planned", "dates", "expected", "Serdar Berdimuhamedov is expected to arrive in Moscow on 20 May.",
         (visit("2024-05-20", "TM", "RU", status="planned", head="Berdimuhamedov"),)),
    Case("planned", "dates", "invitation-accepted", "Vladimir Putin accepted an invitation to visit Ashgabat "
         "in October.",
         (visit("2024-10", "RU", "TM", status="planned", head="Putin"),)),
    # --- direction ------------------------------------------------------------------------
    Case("visited", "direction", "russian-region-city", "Rashid Meredov visited Kazan on 14 May.",
         (visit("2024-05-14", "TM", "RU", head="Meredov"),)),
    Case("visited", "direction", "turkmen-velayat-city", "Alexei Overchuk visited Turkmenbashi on 14 May.",
         (visit("2024-05-14", "RU", "TM", head="Overchuk"),)),
    # --- negatives ------------------------------------------------------------------------
    Case("visited", "negatives", "third-country-guest", "Kazakh President Kassym-Jomart Tokayev visited Moscow "
         "on 14 May.", ()),
    Case("visited", "negatives", "third-country-host", "Rashid Meredov visited Tehran on 14 May.", ()),
    Case("visited", "negatives", "cancelled", "Sergey Lavrov's visit to Ashgabat, planned for 14 May, was "
         "postponed.", ()),
    Case("visited", "negatives", "generic", "Russian officials often visit Turkmenistan.", ()),
    Case("visited", "negatives", "no-plans", "Dmitry Peskov said Vladimir Putin had no plans to visit "
         "Turkmenistan this year.", ()),
    Case("visited", "negatives", "if-invited", "If invited, Vladimir Putin would visit Ashgabat.", ()),
    Case("visited", "negatives", "will-not-travel", "Rashid Meredov will not travel to Moscow next week, his "
         "ministry said.", ()),
    Case("visited", "negatives", "tourists", "Some 2,000 Russian tourists visited Turkmenistan in April.", ()),
    Case("visited", "negatives", "history-background", "Vladimir Putin has visited Turkmenistan several times.",
         ()),
    # --- reference and spans in longer texts --------------------------------------------------------
    Case("is-on-a-visit", "reference", "who-clause-span", "Valentina Matviyenko met Dunyagozel Gulmanova, who "
         "is in Russia on an official visit from 14 to 17 May.",
         (visit("2024-05-14", "TM", "RU", head="Gulmanova", end_date="2024-05-17"),
          meeting([None, "2024-05-16"], "Matviyenko", "Gulmanova"))),
    Case("is-on-a-visit", "reference", "who-clause-working", "Serdar Berdimuhamedov received Igor Babushkin, "
         "who is in Turkmenistan on a working visit, on 14 May.",
         (visit("2024-05-14", "RU", "TM", head="Babushkin"), meeting("2024-05-14", "Berdimuhamedov", "Babushkin"))),
    Case("travelled-to", "reference", "for-a-summit", "Vladimir Putin travelled to Ashgabat in March for a "
         "summit of Caspian states, where he held talks with Serdar Berdimuhamedov.",
         (visit("2024-03", "RU", "TM", head="Putin"), meeting("2024-03", "Putin", "Berdimuhamedov")),
         allowed=({"kind": "event", "status": "held", "date": "2024-03", "name": "summit of Caspian states"},)),
    Case("delegation", "reference", "earlier-this-year", "Earlier this year a delegation of Turkmen universities "
         "visited Ufa.",
         (visit("2024", "TM", "RU"),)),
    Case("flew-to", "negatives", "fly-on-third", "Sergey Lavrov visited Ashgabat on 14 May. He is scheduled to "
         "fly on to Astana on Friday for talks with Kazakh officials.",
         (visit("2024-05-14", "RU", "TM", head="Lavrov"),)),
    Case("planned", "dates", "plan-to-go", "Igor Babushkin said he planned to go to Ashgabat in the autumn "
         "with a business delegation.",
         (visit("2024", "RU", "TM", head="Babushkin", status="planned"),),
         allowed=(visit(None, "RU", "TM", status="planned"),)),
)

#: Cases that still fail (case name -> why); each is xfail(strict) in the tests.
KNOWN_FAILURES: dict[str, str] = {
    "delegation-verbs-stay": "'during his stay in Ashgabat' is no visit",
    "arrived-in-voice-participle": "'was met by Russian officials' on arrival is taken as a meeting",
    "arrived-in-people-who-clause-is-no-title": "the arrival folds into the planned reception told after it",
    "arrived-in-people-unknown-official": "an official the gazetteer does not know, side told by 'from Moscow'",
    "planned-dates-invitation-accepted": "'accepted an invitation to visit' is no planned visit",
    "is-on-a-visit-reference-who-clause-span": "the meeting takes the month of the visit's span",
    "planned-dates-plan-to-go": "'planned to go to Ashgabat' is no planned visit",
}
