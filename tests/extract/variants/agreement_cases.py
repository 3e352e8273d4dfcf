"""The agreement half of the wording matrix: invented texts, grouped by construction and dimension.

Constructions: ``verb`` (how the signing or a later step is said), ``noun`` (the document type),
``batch`` (a counted or uncounted package), ``list`` (documents listed after a colon, on lines,
in quotes, after "including"), ``bound`` (where a title ends), ``party`` (who signs beyond the
states), ``planned`` (a signing to come), ``talks`` (a signing dated by the talks it followed),
``negative`` (texts that must yield no agreement). Each is worded several ways.
"""

from __future__ import annotations

from dataclasses import replace

from _check_t import Case, agreement

SAME_DAY = [None, "2024-05-16"]  # a report with no date expression, plainly about the day it is published
TUESDAY = "2024-05-14"

VET = "cooperation in veterinary medicine"
TOURISM = "cooperation in tourism"

_CASES: tuple[Case, ...] = (
    # --- verb: the signing said in other words -------------------------------------------------
    Case("verb", "signed", "active", "Turkmenistan and Russia signed an agreement on cooperation in veterinary "
         "medicine on Tuesday.", (agreement("agreement", VET, date=TUESDAY),)),
    Case("verb", "signed", "passive", "An agreement on cooperation in veterinary medicine was signed by "
         "Russia and Turkmenistan on Tuesday.", (agreement("agreement", VET, date=TUESDAY),)),
    Case("verb", "signed", "fronted-date", "On 14 May, the governments of Russia and Turkmenistan signed an "
         "agreement on cooperation in veterinary medicine.", (agreement("agreement", VET, date=TUESDAY),)),
    Case("verb", "inked", "active", "Russia and Turkmenistan inked an agreement on cooperation in veterinary "
         "medicine on Tuesday.", (agreement("agreement", VET, date=TUESDAY),)),
    Case("verb", "inked", "passive", "An agreement on cooperation in veterinary medicine between Turkmenistan "
         "and Russia was inked on May 14.", (agreement("agreement", VET, date=TUESDAY),)),
    Case("verb", "concluded", "active", "Turkmenistan and Russia concluded an agreement on cooperation in "
         "veterinary medicine on Tuesday.", (agreement("agreement", VET, date=TUESDAY),)),
    Case("verb", "concluded", "passive", "On Tuesday an agreement on cooperation in veterinary medicine was "
         "concluded between Russia and Turkmenistan.", (agreement("agreement", VET, date=TUESDAY),)),
    Case("verb", "put-signatures", "active", "The ministers of Russia and Turkmenistan put their signatures to "
         "an agreement on cooperation in veterinary medicine on Tuesday.",
         (agreement("agreement", VET, date=TUESDAY),)),
    Case("verb", "initialled", "active", "The delegations of Turkmenistan and Russia initialled a draft "
         "agreement on labour migration on Tuesday.",
         (agreement("agreement", "labour migration", status="planned", date=[None, TUESDAY]),)),
    Case("verb", "initialled", "passive", "A draft agreement between Russia and Turkmenistan on labour "
         "migration was initialed in Moscow on 14 May.",
         (agreement("agreement", "labour migration", status="planned", date=[None, TUESDAY]),)),
    Case("verb", "ratified", "parliament", "Russia's State Duma ratified the agreement with Turkmenistan on "
         "the mutual protection of classified information on Tuesday.",
         (agreement("agreement", "mutual protection of classified information", status="ratified", date=TUESDAY),)),
    Case("verb", "ratified", "law", "On 14 May Vladimir Putin signed a federal law ratifying the agreement "
         "between Russia and Turkmenistan on the mutual protection of classified information.",
         (agreement("agreement", "mutual protection of classified information", status="ratified", date=TUESDAY),)),
    Case("verb", "ratified", "mejlis", "The Mejlis of Turkmenistan ratified the treaty with Russia on "
         "legal assistance in criminal matters on Tuesday.",
         (agreement("treaty", "legal assistance in criminal matters", status="ratified", date=TUESDAY),)),
    Case("verb", "in-force", "entered", "The agreement between Russia and Turkmenistan on visa-free travel for "
         "holders of diplomatic passports entered into force on 1 May.",
         (agreement("agreement", "visa-free travel for holders of diplomatic passports", status="in_force",
                    date="2024-05-01"),)),
    Case("verb", "in-force", "came", "The Russian-Turkmen agreement on visa-free travel for holders of "
         "diplomatic passports came into force on May 1.",
         (agreement("agreement", "visa-free travel for holders of diplomatic passports", status="in_force",
                    date="2024-05-01"),)),
    Case("verb", "in-force", "took-effect", "An agreement between Turkmenistan and Russia on visa-free travel "
         "for holders of diplomatic passports took effect on 1 May 2024.",
         (agreement("agreement", "visa-free travel for holders of diplomatic passports", status="in_force",
                    date="2024-05-01"),)),
    Case("verb", "terminated", "ceased", "The agreement between Russia and Turkmenistan on dual citizenship "
         "ceased to be in force in 2015.",
         (agreement("agreement", "dual citizenship", status="terminated", date="2015"),)),
    Case("verb", "terminated", "withdrew", "Russia withdrew from its agreement with Turkmenistan on dual "
         "citizenship in 2015.", (agreement("agreement", "dual citizenship", status="terminated", date="2015"),)),
    Case("verb", "adopted", "active", "On Tuesday Turkmenistan and Russia adopted a roadmap for cooperation in "
         "transport for 2024-2026.", (agreement("roadmap", "cooperation in transport", date=TUESDAY),)),
    Case("verb", "adopted", "passive", "A roadmap for cooperation in transport for 2024-2026 was adopted by "
         "Russia and Turkmenistan on Tuesday.", (agreement("roadmap", "cooperation in transport", date=TUESDAY),)),
    Case("verb", "approved", "passive", "A plan of consultations between the foreign ministries of Russia and "
         "Turkmenistan for 2024-2025 was approved on Tuesday.",
         (agreement("plan", "consultations between the foreign ministries for 2024-2025", date=TUESDAY),)),
    Case("verb", "exchanged", "documents", "On Tuesday the foreign ministers of Turkmenistan and Russia "
         "exchanged the signed texts of a memorandum on cooperation in tourism.",
         (agreement("memorandum", TOURISM, date=TUESDAY),)),
    # --- noun: the document type ----------------------------------------------------------------
    Case("noun", "memorandum", "of-understanding", "Turkmenistan and Russia signed a memorandum of "
         "understanding on cooperation in tourism on Tuesday.", (agreement("memorandum", TOURISM, date=TUESDAY),)),
    Case("noun", "memorandum", "mou", "Russia and Turkmenistan signed an MoU on cooperation in tourism on "
         "Tuesday.", (agreement("memorandum", TOURISM, date=TUESDAY),)),
    Case("noun", "memorandum", "of-cooperation", "On Tuesday Russia and Turkmenistan signed a memorandum of "
         "cooperation in tourism.", (agreement("memorandum", "tourism", date=TUESDAY),)),
    Case("noun", "treaty", "plain", "Russia and Turkmenistan signed a treaty on strategic partnership on "
         "Tuesday.", (agreement("treaty", "strategic partnership", date=TUESDAY),)),
    Case("noun", "treaty", "passive", "A treaty on strategic partnership between Turkmenistan and Russia was "
         "signed on 14 May.", (agreement("treaty", "strategic partnership", date=TUESDAY),)),
    Case("noun", "protocol", "amending", "Turkmenistan and Russia signed a protocol amending the agreement on "
         "the avoidance of double taxation on Tuesday.",
         (agreement("protocol", "amending the agreement on the avoidance of double taxation", date=TUESDAY),)),
    Case("noun", "protocol", "of-session", "The co-chairs of the Russian-Turkmen intergovernmental commission "
         "signed the protocol of its meeting on Tuesday.",
         (agreement("protocol", "protocol of its meeting", date=TUESDAY),),
         allowed=(agreement("protocol", "meeting of the intergovernmental commission", date=TUESDAY),)),
    Case("noun", "programme", "period", "Turkmenistan and Russia signed a programme of economic cooperation "
         "for 2024-2026 on Tuesday.",
         (agreement("programme", "economic cooperation", date=TUESDAY, period=[2024, 2026]),)),
    Case("noun", "programme", "program-us", "A program of cultural cooperation for 2024-2026 was signed by "
         "Russia and Turkmenistan on Tuesday.",
         (agreement("programme", "cultural cooperation", date=TUESDAY, period=[2024, 2026]),)),
    Case("noun", "roadmap", "road-map", "Russia and Turkmenistan signed a road map for the development of "
         "cooperation in education on Tuesday.",
         (agreement("roadmap", "development of cooperation in education", date=TUESDAY),)),
    Case("noun", "contract", "supply", "KAMAZ signed a contract with the Turkmen Ministry of Agriculture on "
         "Tuesday for the supply of 500 trucks.", (agreement("contract", "supply of 500 trucks", date=TUESDAY),)),
    Case("noun", "contract", "deal", "Gazprom and Turkmengaz struck a deal on Tuesday on gas supplies for "
         "five years.", (agreement("contract", "gas supplies for five years", date=TUESDAY),)),
    Case("noun", "contract", "deal-to-supply", "On Tuesday Russia's Uralvagonzavod and Turkmen Railways signed a "
         "deal to supply 20 locomotives.", (agreement("contract", "supply 20 locomotives", date=TUESDAY),)),
    Case("noun", "plan", "of-action", "The foreign ministries of Turkmenistan and Russia signed a plan of "
         "consultations for 2024-2025 on Tuesday.", (agreement("plan", "consultations for 2024-2025", date=TUESDAY),)),
    Case("noun", "declaration", "joint", "On Tuesday the presidents of Russia and Turkmenistan signed a joint "
         "declaration on deepening the strategic partnership.",
         (agreement("declaration", "deepening the strategic partnership", date=TUESDAY),)),
    Case("noun", "agreement", "accord", "Russia and Turkmenistan signed an accord on information security on "
         "Tuesday.", (agreement("agreement", "information security", date=TUESDAY),)),
    # --- batch: a package of documents ----------------------------------------------------------
    Case("batch", "count", "digits", "Vladimir Putin and Serdar Berdimuhamedov held talks in Moscow on Tuesday. "
         "Following the talks, 12 documents were signed.",
         (agreement("documents", None, date=TUESDAY, count=12),)),
    Case("batch", "count", "package", "A package of 15 bilateral documents was signed in Ashgabat on Tuesday "
         "during the visit of the Russian prime minister to Turkmenistan.",
         (agreement("documents", None, date=TUESDAY, count=15),)),
    Case("batch", "count", "set", "On Tuesday Russia and Turkmenistan signed a set of 8 intergovernmental and "
         "interdepartmental documents.", (agreement("documents", None, date=TUESDAY, count=8),)),
    Case("batch", "count", "words", "Russia and Turkmenistan signed twelve documents on Tuesday in Ashgabat.",
         (agreement("documents", None, date=TUESDAY, count=12),)),
    Case("batch", "count", "in-total", "The presidents of Russia and Turkmenistan met in Ashgabat on Tuesday. "
         "In total, nine documents were signed.", (agreement("documents", None, date=TUESDAY, count=9),)),
    Case("batch", "count", "agreements", "Russia and Turkmenistan signed six agreements on Tuesday in Moscow.",
         (agreement("documents", None, date=TUESDAY, count=6),),
         allowed=(agreement("agreement", None, date=TUESDAY, count=6),)),
    Case("batch", "uncounted", "number-of", "Russia and Turkmenistan signed a number of documents in Ashgabat "
         "on Tuesday.", (agreement("documents", None, date=TUESDAY, count=None),)),
    Case("batch", "uncounted", "package", "A package of bilateral documents was signed by Turkmenistan and "
         "Russia on Tuesday.", (agreement("documents", None, date=TUESDAY, count=None),)),
    # --- list: documents named in a list --------------------------------------------------------
    Case("list", "colon", "inline", "Russia and Turkmenistan signed the following documents on Tuesday: an "
         "agreement on cooperation in veterinary medicine, a memorandum on cooperation in tourism and a "
         "programme of cultural cooperation for 2024-2026.",
         (agreement("agreement", VET, date=TUESDAY), agreement("memorandum", TOURISM, date=TUESDAY),
          agreement("programme", "cultural cooperation", date=TUESDAY)),
         allowed=(agreement("documents", None, date=TUESDAY),)),
    Case("list", "colon", "semicolons", "On Tuesday the sides signed three documents: an agreement on "
         "cooperation in veterinary medicine; a memorandum on cooperation in tourism; a programme of "
         "cultural cooperation for 2024-2026. The talks between Russia and Turkmenistan lasted three hours.",
         (agreement("agreement", VET, date=TUESDAY), agreement("memorandum", TOURISM, date=TUESDAY),
          agreement("programme", "cultural cooperation", date=TUESDAY)),
         allowed=(agreement("documents", None, date=TUESDAY),)),
    Case("list", "lines", "dashes", "Russia and Turkmenistan signed several documents on Tuesday:\n"
         "- an agreement on cooperation in veterinary medicine;\n"
         "- a memorandum on cooperation in tourism.",
         (agreement("agreement", VET, date=TUESDAY), agreement("memorandum", TOURISM, date=TUESDAY)),
         allowed=(agreement("documents", None, date=TUESDAY),)),
    Case("list", "lines", "capitalised", "The following documents were signed by Turkmenistan and Russia on "
         "Tuesday:\n\nAgreement on cooperation in veterinary medicine;\n\nMemorandum of understanding on "
         "cooperation in tourism.",
         (agreement("agreement", VET, date=TUESDAY), agreement("memorandum", TOURISM, date=TUESDAY)),
         allowed=(agreement("documents", None, date=TUESDAY),)),
    Case("list", "including", "counted", "Seven documents were signed by Russia and Turkmenistan on Tuesday, "
         "including an agreement on cooperation in veterinary medicine and a memorandum on cooperation in "
         "tourism.",
         (agreement("agreement", VET, date=TUESDAY), agreement("memorandum", TOURISM, date=TUESDAY)),
         allowed=(agreement("documents", None, date=TUESDAY),)),
    Case("list", "including", "among-them", "Russia and Turkmenistan signed several documents on Tuesday, "
         "among them a memorandum on cooperation in tourism.",
         (agreement("memorandum", TOURISM, date=TUESDAY),),
         allowed=(agreement("documents", None, date=TUESDAY),)),
    Case("list", "quoted", "double", "Russia and Turkmenistan signed the \"Agreement on cooperation in "
         "veterinary medicine\" on Tuesday.", (agreement("agreement", VET, date=TUESDAY),)),
    Case("list", "quoted", "guillemets", "On Tuesday Turkmenistan and Russia signed a memorandum \u00abOn "
         "cooperation in tourism\u00bb.", (agreement("memorandum", TOURISM, date=TUESDAY),)),
    # --- bound: where the title ends -----------------------------------------------------------
    Case("bound", "and-verb", "discussed", "Turkmenistan and Russia signed a memorandum on cooperation in "
         "tourism on Tuesday and discussed preparations for the next sitting of the commission.",
         (agreement("memorandum", TOURISM, date=TUESDAY),)),
    Case("bound", "and-verb", "agreed", "Russia and Turkmenistan signed a memorandum on cooperation in tourism "
         "and agreed to open new flights between the capitals.", (agreement("memorandum", TOURISM, date=SAME_DAY),)),
    Case("bound", "which", "clause", "On Tuesday Russia and Turkmenistan signed an agreement on cooperation in "
         "veterinary medicine, which will simplify the export of livestock products.",
         (agreement("agreement", VET, date=TUESDAY),)),
    Case("bound", "after-which", "clause", "Russia and Turkmenistan signed an agreement on cooperation in "
         "veterinary medicine on Tuesday, after which the ministers gave a press conference.",
         (agreement("agreement", VET, date=TUESDAY),)),
    Case("bound", "aimed-at", "participle", "On Tuesday Turkmenistan and Russia signed a memorandum on "
         "cooperation in tourism aimed at increasing the flow of visitors between the countries.",
         (agreement("memorandum", TOURISM, date=TUESDAY),),
         allowed=(agreement("memorandum", "cooperation in tourism aimed at increasing the flow of visitors",
                            date=TUESDAY),)),
    # --- party: who signs beyond the states ------------------------------------------------------
    Case("party", "ministries", "health", "The health ministries of Turkmenistan and Russia signed a memorandum "
         "on the training of doctors on Tuesday.", (agreement("memorandum", "training of doctors", date=TUESDAY),)),
    Case("party", "ministries", "education", "On Tuesday the Russian Ministry of Education and the Ministry of "
         "Education of Turkmenistan signed a programme of cooperation for 2024-2026.",
         (agreement("programme", "cooperation for 2024-2026", date=TUESDAY),)),
    Case("party", "companies", "gas", "Gazprom and Turkmengaz signed a memorandum on cooperation in gas "
         "processing on Tuesday.", (agreement("memorandum", "cooperation in gas processing", date=TUESDAY),)),
    Case("party", "companies", "trucks", "On Tuesday the Russian company KAMAZ and the Turkmen state concern "
         "Turkmenavtoulaglary signed an agreement on the servicing of trucks.",
         (agreement("agreement", "servicing of trucks", date=TUESDAY),)),
    Case("party", "regions", "oblast-velayat", "The Astrakhan region of Russia and the Balkan velayat of "
         "Turkmenistan signed an agreement on trade and economic cooperation on 14 May.",
         (agreement("agreement", "trade and economic cooperation", date=TUESDAY),)),
    Case("party", "regions", "republic", "Tatarstan and Turkmenistan signed a roadmap for cooperation in "
         "industry on Tuesday.", (agreement("roadmap", "cooperation in industry", date=TUESDAY),)),
    Case("party", "universities", "memorandum", "Moscow State University and Magtymguly Turkmen State University "
         "signed a memorandum on academic exchanges on Tuesday.",
         (agreement("memorandum", "academic exchanges", date=TUESDAY),)),
    Case("party", "universities", "agreement", "On Tuesday the Russian University of Transport and the "
         "Turkmen Institute of Transport and Communications signed an agreement on training engineers.",
         (agreement("agreement", "training engineers", date=TUESDAY),)),
    # --- planned: a signing to come ---------------------------------------------------------------
    Case("planned", "expected", "during-visit", "Russia and Turkmenistan are expected to sign an agreement on "
         "cooperation in education during the visit.",
         (agreement("agreement", "cooperation in education", status="planned"),)),
    Case("planned", "will-sign", "month", "Turkmenistan and Russia will sign an agreement on cooperation in "
         "education in June.", (agreement("agreement", "cooperation in education", status="planned",
                                          date=[None, "2024-06"]),)),
    Case("planned", "draft", "being-prepared", "A draft agreement between Russia and Turkmenistan on labour "
         "migration is being prepared.", (agreement("agreement", "labour migration", status="planned"),)),
    Case("planned", "draft", "being-finalised", "The two governments are finalising a draft memorandum on "
         "cooperation in the digital economy, the Russian and Turkmen ministers said.",
         (agreement("memorandum", "cooperation in the digital economy", status="planned"),)),
    Case("planned", "intend", "conclude", "Russia and Turkmenistan intend to conclude a treaty on legal "
         "assistance in civil matters.", (agreement("treaty", "legal assistance in civil matters", status="planned"),)),
    Case("planned", "plan", "to-sign", "Turkmenistan and Russia plan to sign a programme of cooperation in "
         "healthcare for 2025-2027.", (agreement("programme", "cooperation in healthcare", status="planned"),)),
    Case("planned", "agreed", "to-prepare", "The ministers of Russia and Turkmenistan agreed to prepare a "
         "roadmap for cooperation in agriculture.",
         (agreement("roadmap", "cooperation in agriculture", status="planned"),)),
    Case("planned", "to-be-signed", "passive", "An agreement on cooperation in education is to be signed by "
         "Russia and Turkmenistan during the visit.",
         (agreement("agreement", "cooperation in education", status="planned"),)),
    # --- talks: a signing dated by the talks it followed -------------------------------------------
    Case("talks", "following", "declaration", "Vladimir Putin and Serdar Berdimuhamedov held talks in Moscow on "
         "Tuesday. Following the talks, the presidents signed a joint declaration on deepening the strategic "
         "partnership.", (agreement("declaration", "deepening the strategic partnership", date=TUESDAY),)),
    Case("talks", "after", "plan", "Talks between the foreign ministers of Russia and Turkmenistan took place "
         "in Ashgabat on 14 May. After the talks, a plan of consultations between the ministries for 2024-2025 "
         "was signed.", (agreement("plan", "consultations between the ministries", date=TUESDAY),)),
    Case("talks", "at-the-end", "memorandum", "The Russian and Turkmen foreign ministers met in Moscow on "
         "Tuesday. At the end of the meeting they signed a memorandum on cooperation in tourism.",
         (agreement("memorandum", TOURISM, date=TUESDAY),)),
    Case("talks", "in-presence", "programme", "Serdar Berdimuhamedov visited Moscow on 14 May. In the presence "
         "of the two presidents, a programme of economic cooperation for 2024-2026 was signed.",
         (agreement("programme", "economic cooperation", date=TUESDAY),)),
    # --- harder: several documents, ceremonies, references, more planned and negative wordings ------
    Case("list", "as-well-as", "two-types", "On Tuesday the sides signed an intergovernmental agreement on "
         "cooperation in education, as well as a memorandum on cooperation in tourism between Russia and "
         "Turkmenistan.",
         (agreement("agreement", "cooperation in education", date=TUESDAY), agreement("memorandum", TOURISM,
                                                                                      date=TUESDAY))),
    Case("list", "include", "documents-signed", "Russia and Turkmenistan signed several documents on Tuesday. "
         "The documents signed include an agreement on cooperation in veterinary medicine and a memorandum on "
         "cooperation in tourism.",
         (agreement("agreement", VET, date=TUESDAY), agreement("memorandum", TOURISM, date=TUESDAY)),
         allowed=(agreement("documents", None, date=TUESDAY),)),
    Case("verb", "ceremony", "took-place", "The signing ceremony of the agreement between Russia and Turkmenistan "
         "on cooperation in veterinary medicine took place in Ashgabat on Tuesday.",
         (agreement("agreement", VET, date=TUESDAY),)),
    Case("verb", "ratified", "federation-council", "On Tuesday the Federation Council approved the law on the "
         "ratification of the agreement between Russia and Turkmenistan on cooperation in veterinary medicine.",
         (agreement("agreement", VET, status="ratified", date=TUESDAY),)),
    Case("verb", "signed", "to-infinitive", "Russia and Turkmenistan signed an agreement on Tuesday to simplify "
         "customs procedures.", (agreement("agreement", "simplify customs procedures", date=TUESDAY),)),
    Case("verb", "signed", "earlier-reference", "Under the treaty on strategic partnership signed by Russia and "
         "Turkmenistan in 2017, the sides hold regular consultations.",
         (agreement("treaty", "strategic partnership", date="2017"),)),
    Case("planned", "signing-planned", "for-month", "The signing of an agreement between Russia and Turkmenistan "
         "on cooperation in education is planned for June.",
         (agreement("agreement", "cooperation in education", status="planned", date=[None, "2024-06"]),)),
    Case("planned", "working-on", "draft", "Russia and Turkmenistan are working on a draft memorandum on "
         "cooperation in sport.", (agreement("memorandum", "cooperation in sport", status="planned"),)),
    Case("planned", "proposed", "concluding", "Russia proposed concluding an agreement with Turkmenistan on "
         "cooperation in science.", (agreement("agreement", "cooperation in science", status="planned"),)),
    Case("negative", "multilateral", "caspian", "Russia and Turkmenistan are Caspian neighbours. The convention "
         "on the legal status of the Caspian Sea was signed by the five littoral states in 2018."),
    Case("negative", "third-country", "uzbekistan", "Turkmenistan and Russia held consultations in May. On "
         "Tuesday Russia signed a memorandum on energy cooperation with Uzbekistan."),
    # --- more wordings: ratification, force, parties, dates ---------------------------------------------
    Case("verb", "ratified", "approved-ratification", "The Mejlis of Turkmenistan approved the ratification of the "
         "agreement with Russia on cooperation in veterinary medicine on Tuesday.",
         (agreement("agreement", VET, status="ratified", date=TUESDAY),)),
    Case("verb", "in-force", "since", "The agreement between Russia and Turkmenistan on labour migration has been in "
         "force since 1 March 2024.",
         (agreement("agreement", "labour migration", status="in_force", date="2024-03-01"),)),
    Case("verb", "in-force", "will-enter", "The agreement between Russia and Turkmenistan on labour migration will "
         "enter into force on 1 June.",
         (agreement("agreement", "labour migration", status="planned", date=[None, "2024-06-01"]),)),
    Case("noun", "agreement", "intergovernmental-full", "On Tuesday the parties signed an Agreement between the "
         "Government of Turkmenistan and the Government of the Russian Federation on cooperation in veterinary "
         "medicine.", (agreement("agreement", VET, date=TUESDAY),)),
    Case("noun", "memorandum", "memoranda-plural", "Russia and Turkmenistan signed two memoranda on Tuesday, on "
         "cooperation in tourism and on cooperation in sport.",
         (agreement("memorandum", TOURISM, date=TUESDAY), agreement("memorandum", "cooperation in sport",
                                                                     date=TUESDAY)),
         allowed=(agreement("documents", None, date=TUESDAY), agreement("memorandum", None, date=TUESDAY))),
    Case("verb", "signed", "date-after-place", "The agreement on cooperation in veterinary medicine was signed in "
         "Ashgabat on 14 May by the ministers of agriculture of Turkmenistan and Russia.",
         (agreement("agreement", VET, date=TUESDAY),)),
    Case("verb", "signed", "year-only", "Russia and Turkmenistan signed an agreement on cooperation in veterinary "
         "medicine in 2019.", (agreement("agreement", VET, date="2019"),)),
    Case("verb", "signed", "month", "In March, Turkmenistan and Russia signed a memorandum on cooperation in tourism.",
         (agreement("memorandum", TOURISM, date="2024-03"),)),
    Case("party", "companies", "headline", "Gazprom, Turkmengaz sign gas deal\n\nGazprom and Turkmengaz signed a "
         "contract on Tuesday for the purchase of Turkmen gas.",
         (agreement("contract", "purchase of Turkmen gas", date=TUESDAY),),
         allowed=(agreement("contract", "gas deal", date=TUESDAY),)),
    Case("negative", "third-country", "iran", "Turkmenistan and Russia are neighbours on the Caspian. On Tuesday "
         "Turkmenistan and Iran signed a memorandum on cooperation in tourism."),
    # --- negative: no agreement between the two sides ------------------------------------------
    Case("negative", "third-country", "turkey", "Turkmenistan and Russia are partners. On Tuesday Turkmenistan "
         "and Turkey signed an agreement on cooperation in energy."),
    Case("negative", "third-country", "kazakhstan", "Russia and Kazakhstan signed a memorandum on cooperation "
         "in tourism on Tuesday, while talks with Turkmenistan continue."),
    Case("negative", "generic", "framework", "The legal framework of Russian-Turkmen relations includes more "
         "than 200 documents."),
    Case("negative", "generic", "implementation", "Turkmenistan and Russia noted the importance of implementing "
         "the agreements reached earlier."),
    Case("negative", "hypothetical", "would", "Experts in Russia say an agreement with Turkmenistan on "
         "visa-free travel would benefit both countries."),
    Case("negative", "hypothetical", "could", "A treaty between Russia and Turkmenistan on free trade could "
         "one day make sense, an analyst said."),
    Case("negative", "related-news", "list", "Turkmenistan and Russia discussed trade on Tuesday.\n\n"
         "Related news\n\n10.05.2024 Russia and Turkmenistan signed a memorandum on cooperation in tourism\n\n"
         "08.05.2024 Ashgabat hosted an exhibition"),
    Case("negative", "agreement-as-consensus", "reached", "Russia and Turkmenistan reached an agreement to hold "
         "the next sitting of the commission in Ashgabat."),
)

#: Cases that fail on main, with why (marked xfail, strict: a fix must remove its entry).
KNOWN_FAILURES: dict[str, str] = {
    "verb-approved-passive": "a document 'was approved' is no signing wording",
    "noun-protocol-of-session": "a sitting's protocol named only by 'its meeting' is not taken",
    "verb-signed-to-infinitive": "a title given as 'to <verb> ...' after the date is not taken",
    "verb-in-force-since": "'in force since <date>' is not dated",
    "noun-memorandum-memoranda-plural": "'two memoranda, on X and on Y' names no titles",
}

CASES: tuple[Case, ...] = tuple(replace(case, xfail=KNOWN_FAILURES.get(case.name)) for case in _CASES)
