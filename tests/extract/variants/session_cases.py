"""The wording matrix for sittings of standing bilateral bodies, by construction and dimension.

Publication date of every case unless it says otherwise: Thursday 16 May 2024.
"""

from __future__ import annotations

from _check import Case, meeting, sitting, visit

IGC = "intergovernmental_commission"

CASES: tuple[Case, ...] = (
    # --- nouns ----------------------------------------------------------------------------
    Case("nth-session", "nouns", "meeting-of-commission", "The 11th meeting of the Intergovernmental "
         "Turkmen-Russian Commission on Economic Cooperation was held in Ashgabat on 14 May.",
         (sitting("2024-05-14", session_number=11, place="Ashgabat"),),
         allowed=(visit("2024-05-14", "RU", "TM"),)),
    Case("nth-session", "nouns", "session-of-commission", "On 14 May Moscow hosted the 12th session of the "
         "Intergovernmental Commission for Economic Cooperation between Russia and Turkmenistan.",
         (sitting("2024-05-14", session_number=12),),
         allowed=(visit("2024-05-14", "TM", "RU"),)),
    Case("nth-session", "nouns", "sitting", "The tenth sitting of the Russian-Turkmen intergovernmental "
         "commission took place on 14 May.",
         (sitting("2024-05-14", session_number=10),)),
    Case("nth-session", "nouns", "digits-ordinal", "The intergovernmental commission on economic cooperation "
         "held its 9th meeting in Moscow on 14 May.",
         (sitting("2024-05-14", session_number=9),),
         allowed=(visit("2024-05-14", "TM", "RU"),)),
    Case("co-chairs", "nouns", "co-chairs-met", "The co-chairs of the Turkmen-Russian intergovernmental "
         "commission, Rashid Meredov and Alexei Overchuk, met in Moscow on 14 May.",
         (sitting("2024-05-14", format="co_chairs_meeting", co_chairs=["Meredov", "Overchuk"]),),
         allowed=(visit("2024-05-14", "TM", "RU"),)),
    Case("working-group", "nouns", "working-group", "A meeting of the working group on energy of the "
         "intergovernmental commission was held in Ashgabat on 14 May.",
         (sitting("2024-05-14"),),
         allowed=(visit("2024-05-14", "RU", "TM"),)),
    Case("business-council", "nouns", "business-council", "The Turkmen-Russian Business Council held its "
         "meeting in Moscow on 14 May.",
         (sitting("2024-05-14", "business_council"),),
         allowed=(visit("2024-05-14", "TM", "RU"),)),
    Case("commission-short", "nouns", "short-name", "The Turkmen-Russian intergovernmental commission met in "
         "Ashgabat on 14 May.",
         (sitting("2024-05-14"),),
         allowed=(visit("2024-05-14", "RU", "TM"),)),
    # --- voice and order ------------------------------------------------------------------
    Case("co-chaired", "voice", "co-chaired-by", "On 14 May a meeting of the intergovernmental commission "
         "co-chaired by Rashid Meredov and Alexei Overchuk was held in Moscow.",
         (sitting("2024-05-14", co_chairs=["Meredov", "Overchuk"]),),
         allowed=(visit("2024-05-14", "TM", "RU"),)),
    Case("nth-session", "voice", "active-hosted", "Ashgabat hosted the eleventh session of the "
         "intergovernmental commission on economic cooperation on 14 May.",
         (sitting("2024-05-14", session_number=11),),
         allowed=(visit("2024-05-14", "RU", "TM"),)),
    Case("took-part", "voice", "took-part-in", "Rashid Meredov took part in the 11th meeting of the "
         "intergovernmental Turkmen-Russian commission in Moscow on 14 May.",
         (sitting("2024-05-14", session_number=11),),
         allowed=(visit("2024-05-14", "TM", "RU"),)),
    Case("within", "voice", "within-the-framework", "Within the framework of the 11th meeting of the "
         "intergovernmental commission, which took place in Ashgabat on 14 May, the sides signed an "
         "agreement.",
         (sitting("2024-05-14", session_number=11),),
         allowed=(visit("2024-05-14", "RU", "TM"),)),
    Case("headline", "voice", "headline-body", "Intergovernmental commission meets in Ashgabat\n\nThe "
         "Turkmen-Russian intergovernmental commission on economic cooperation held its 11th meeting in "
         "Ashgabat on 14 May.",
         (sitting("2024-05-14", session_number=11),),
         allowed=(visit("2024-05-14", "RU", "TM"),)),
    # --- dates ----------------------------------------------------------------------------
    Case("nth-session", "dates", "yesterday", "The 11th meeting of the intergovernmental commission was held "
         "in Moscow yesterday.",
         (sitting("2024-05-15", session_number=11),),
         allowed=(visit("2024-05-15", "TM", "RU"),)),
    Case("nth-session", "dates", "span", "The 11th meeting of the intergovernmental commission was held in "
         "Moscow on 14-15 May.",
         (sitting("2024-05-14", session_number=11, end_date="2024-05-15"),),
         allowed=(visit("2024-05-14", "TM", "RU"),)),
    Case("nth-session", "dates", "month", "The intergovernmental commission held its 11th meeting in April.",
         (sitting("2024-04", session_number=11),)),
    Case("nth-session", "dates", "no-number-no-date", "The intergovernmental commission on economic "
         "cooperation met in Moscow.",
         (sitting([None, "2024-05-16"]),),
         allowed=(visit([None, "2024-05-16"], "TM", "RU"),)),
    Case("planned", "dates", "next-meeting", "The next meeting of the intergovernmental commission will be "
         "held in Ashgabat in October.",
         (sitting("2024-10", status="planned"),),
         allowed=(visit("2024-10", "RU", "TM", status="planned"),)),
    Case("planned", "dates", "agreed-to-hold", "The sides agreed to hold the 12th meeting of the "
         "intergovernmental commission in Moscow in 2025.",
         (sitting("2025", status="planned", session_number=12),),
         allowed=(visit("2025", "TM", "RU", status="planned"),)),
    Case("planned", "dates", "scheduled", "The 12th session of the intergovernmental commission is scheduled "
         "for June.",
         (sitting("2024-06", status="planned", session_number=12),)),
    Case("planned", "dates", "preparations", "Rashid Meredov and Alexei Overchuk discussed preparations for "
         "the 12th meeting of the intergovernmental commission on 14 May.",
         (sitting(None, status="planned", session_number=12),),
         allowed=(meeting("2024-05-14", "Meredov", "Overchuk"),)),
    # --- people ---------------------------------------------------------------------------
    Case("co-chairs", "people", "titles", "The meeting of the intergovernmental commission was chaired by "
         "Turkmen Deputy Prime Minister Rashid Meredov and Russian Deputy Prime Minister Alexei Overchuk on "
         "14 May.",
         (sitting("2024-05-14", co_chairs=["Meredov", "Overchuk"]),)),
    Case("co-chairs", "people", "co-chairman-title", "Alexei Overchuk, co-chairman of the intergovernmental "
         "commission, opened its 11th meeting in Ashgabat on 14 May.",
         (sitting("2024-05-14", session_number=11, co_chairs=["Overchuk"]),),
         allowed=(visit("2024-05-14", "RU", "TM"),)),
    # --- negatives ------------------------------------------------------------------------
    Case("nth-session", "negatives", "third-pair", "The 15th meeting of the Russian-Kazakh intergovernmental "
         "commission was held in Astana on 14 May.", ()),
    Case("nth-session", "negatives", "third-pair-turkmen", "The Turkmen-Uzbek intergovernmental commission "
         "held its meeting in Tashkent on 14 May.", ()),
    Case("nth-session", "negatives", "generic", "The intergovernmental commission plays an important role in "
         "the development of bilateral ties.", ()),
    Case("nth-session", "negatives", "postponed", "The meeting of the Turkmen-Russian intergovernmental "
         "commission planned for May was postponed.", ()),
    Case("nth-session", "negatives", "has-been-postponed", "The 12th session of the intergovernmental "
         "commission, scheduled for June, has been postponed.", ()),
    Case("nth-session", "negatives", "founding-history", "The intergovernmental commission was established "
         "in 1997.", ()),
    # --- longer texts ----------------------------------------------------------------------------
    Case("working-group", "reference", "on-the-eve", "The intergovernmental commission held its 11th meeting "
         "in Ashgabat on Thursday. On the eve of the session, the high-level working group on trade and "
         "investment support met in the Turkmen capital.",
         (sitting("2024-05-16", session_number=11), sitting("2024-05-15", "trade_investment_group")),
         allowed=(visit("2024-05-16", "RU", "TM"), visit("2024-05-15", "RU", "TM"))),
    Case("planned", "reference", "next-year", "The 11th meeting of the intergovernmental commission was held "
         "in Ashgabat on 14 May. The next meeting of the commission will be held in Moscow next year.",
         (sitting("2024-05-14", session_number=11), sitting("2025", status="planned")),
         allowed=(visit("2024-05-14", "RU", "TM"), visit("2025", "TM", "RU", status="planned"))),
    Case("planned", "reference", "signed-at-next", "The agreement is expected to be signed at the next "
         "meeting of the Intergovernmental Turkmen-Russian Commission on Economic Cooperation in the first "
         "half of 2026.",
         (sitting("2026", status="planned"),)),
    Case("planned", "reference", "to-be-signed-at-next", "The document should be signed during the next "
         "session of the Turkmen-Russian intergovernmental commission, due in 2025.",
         (sitting("2025", status="planned"),)),
)

#: Cases that still fail (case name -> why); each is xfail(strict) in the tests.
KNOWN_FAILURES: dict[str, str] = {
    "working-group-nouns-working-group": "a working group of the commission is not read as the commission's",
    "co-chairs-people-titles": "'chaired by' with titles before the names gives no co-chairs",
}
