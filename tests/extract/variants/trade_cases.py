"""The trade-flow half of the wording matrix: invented texts, grouped by construction and dimension.

Constructions: ``turnover`` (a total both ways, by the verb that reports it), ``money`` (how an
amount is written), ``period`` (what period a figure covers), ``export`` (goods one way, active
and passive), ``volume`` (quantities that are not money), ``change`` (growth said as a share or a
multiple), ``order`` (fronted periods, parentheses, pronouns, headlines), ``planned`` (targets and
forecasts), ``negative`` (figures that are no flow between the two sides). Each is worded
several ways.
"""

from __future__ import annotations

from dataclasses import replace

from _check_t import Case, flow, usd

LEAD = "Turkmenistan and Russia continue to develop their economic partnership.\n\n"

TM, RU = "TM", "RU"
BN = 1.2e9

_CASES: tuple[Case, ...] = (
    # --- turnover: the verb that reports a total ---------------------------------------------------
    Case("turnover", "reached", "trade-turnover", "Trade turnover between Turkmenistan and Russia reached "
         "$1.2 billion in 2023.", (flow("turnover", "2023", value=usd(BN)),)),
    Case("turnover", "amounted", "bilateral-trade", "Bilateral trade between Russia and Turkmenistan amounted "
         "to 1.2 billion US dollars in 2023.", (flow("turnover", "2023", value=usd(BN)),)),
    Case("turnover", "totalled", "commodity-turnover", LEAD + "In 2023 the commodity turnover between the two "
         "countries totalled USD 1.2 bn.", (flow("turnover", "2023", value=usd(BN)),)),
    Case("turnover", "totaled", "us-spelling", "Turkmen-Russian trade totaled $1.2 billion in 2023.",
         (flow("turnover", "2023", value=usd(BN)),)),
    Case("turnover", "exceeded", "trade-between", "Trade between Russia and Turkmenistan exceeded $1.2 bln in "
         "2023.", (flow("turnover", "2023", value=usd(BN)),)),
    Case("turnover", "stood-at", "volume-of-trade", "The volume of trade between Turkmenistan and Russia stood at "
         "$1.2 billion in 2023.", (flow("turnover", "2023", value=usd(BN)),)),
    Case("turnover", "was", "copula", "Russian-Turkmen trade turnover was $1.2 billion in 2023.",
         (flow("turnover", "2023", value=usd(BN)),)),
    Case("turnover", "rose-to", "trade-rose", "Trade between Turkmenistan and Russia rose to $1.2 billion in 2023.",
         (flow("turnover", "2023", value=usd(BN)),)),
    Case("turnover", "grew-by", "percent", "Russian-Turkmen trade grew by 15% in 2023.",
         (flow("turnover", "2023", change={"percent": 15}),)),
    Case("turnover", "fell-by", "percent-and-value", "Trade between Turkmenistan and Russia fell by 8% in 2023 "
         "to $1.1 billion.", (flow("turnover", "2023", value=usd(1.1e9)),)),
    Case("turnover", "decreased", "percent-word", "Turkmen-Russian trade turnover decreased by 8 percent in 2023.",
         (flow("turnover", "2023"),)),
    Case("turnover", "increased", "per-cent", "Trade turnover between Russia and Turkmenistan increased by 15 per "
         "cent in 2023.", (flow("turnover", "2023"),)),
    Case("turnover", "mutual-trade", "reached", "Mutual trade between Turkmenistan and Russia reached $1.2 billion "
         "in 2023.", (flow("turnover", "2023", value=usd(BN)),)),
    Case("turnover", "trade-volume", "hit", "Russian-Turkmen trade volume hit $1.2 billion in 2023.",
         (flow("turnover", "2023", value=usd(BN)),)),
    # --- money: how an amount is written ------------------------------------------------------------
    Case("money", "digits", "million", "Trade between Turkmenistan and Russia reached $850 million in 2023.",
         (flow("turnover", "2023", value=usd(8.5e8)),)),
    Case("money", "digits", "mln", "Trade between Turkmenistan and Russia reached $850 mln in 2023.",
         (flow("turnover", "2023", value=usd(8.5e8)),)),
    Case("money", "digits", "m-suffix", "Trade between Turkmenistan and Russia reached $850m in 2023.",
         (flow("turnover", "2023", value=usd(8.5e8)),)),
    Case("money", "digits", "bn-suffix", "Trade between Turkmenistan and Russia reached $1.2bn in 2023.",
         (flow("turnover", "2023", value=usd(BN)),)),
    Case("money", "digits", "thousands", "Trade between Turkmenistan and Russia reached $1,200 million in 2023.",
         (flow("turnover", "2023", value=usd(BN)),)),
    Case("money", "currency-after", "dollars", "Trade between Turkmenistan and Russia reached 1.2 billion dollars "
         "in 2023.", (flow("turnover", "2023", value=usd(BN)),)),
    Case("money", "currency-after", "usd", "Trade between Turkmenistan and Russia reached 1.2 billion USD in 2023.",
         (flow("turnover", "2023", value=usd(BN)),)),
    Case("money", "currency-before", "usd", "Trade between Turkmenistan and Russia reached USD 850 million in 2023.",
         (flow("turnover", "2023", value=usd(8.5e8)),)),
    Case("money", "words", "one-billion", "Trade between Turkmenistan and Russia reached one billion dollars in "
         "2023.", (flow("turnover", "2023", value=usd(1e9)),)),
    Case("money", "approximate", "about", "Trade between Turkmenistan and Russia reached about $1.2 billion in "
         "2023.", (flow("turnover", "2023", value=usd(BN)),)),
    Case("money", "approximate", "more-than", "Trade between Turkmenistan and Russia amounted to more than $1.2 "
         "billion in 2023.", (flow("turnover", "2023", value=usd(BN)),)),
    Case("money", "roubles", "billion", "Trade between Turkmenistan and Russia reached 90 billion roubles in 2023.",
         (flow("turnover", "2023", value={"amount": 9e10, "unit": "RUB"}),)),
    # --- period: what period a figure covers -----------------------------------------------------------
    Case("period", "year", "in", "Trade between Turkmenistan and Russia reached $1.2 billion in 2023.",
         (flow("turnover", "2023"),)),
    Case("period", "year", "last-year", "Trade between Turkmenistan and Russia reached $1.2 billion last year.",
         (flow("turnover", "2023"),)),
    Case("period", "year", "for", "Trade between Turkmenistan and Russia for 2023 amounted to $1.2 billion.",
         (flow("turnover", "2023"),)),
    Case("period", "year", "past-year", "Over the past year, trade between Turkmenistan and Russia grew to $1.2 "
         "billion.", (flow("turnover", "2023"),)),
    Case("period", "months", "january-june", "Trade between Turkmenistan and Russia reached $600 million in "
         "January-June 2024.", (flow("turnover", "2024"),)),
    Case("period", "months", "en-dash", "Trade between Turkmenistan and Russia reached $600 million in "
         "January\u2013April 2024.", (flow("turnover", "2024"),)),
    Case("period", "months", "first-months", "In the first four months of this year, trade between Turkmenistan "
         "and Russia reached $400 million.", (flow("turnover", "2024"),)),
    Case("period", "quarter", "with-year", "Trade between Turkmenistan and Russia reached $300 million in the first "
         "quarter of 2024.", (flow("turnover", "2024"),)),
    Case("period", "quarter", "bare", "Trade between Turkmenistan and Russia reached $300 million in the first "
         "quarter.", (flow("turnover", "2024"),)),
    Case("period", "half", "first-half", "Trade between Turkmenistan and Russia reached $600 million in the first "
         "half of 2024.", (flow("turnover", "2024"),)),
    Case("period", "to-date", "since-beginning", "Since the beginning of the year, trade between Turkmenistan and "
         "Russia has reached $400 million.", (flow("turnover", "2024"),)),
    Case("period", "to-date", "this-year", "Trade between Turkmenistan and Russia has reached $400 million this "
         "year.", (flow("turnover", "2024"),)),
    # --- export: goods one way ------------------------------------------------------------------------
    Case("export", "active", "exported-to", "Turkmenistan exported 40,000 tonnes of tomatoes to Russia in 2023.",
         (flow("export", "2023", TM, RU, ("tomatoes",), value={"amount": 40000, "unit": "t"}),)),
    Case("export", "active", "supplied-to", "Russia supplied 200,000 tonnes of wheat to Turkmenistan in 2023.",
         (flow("export", "2023", RU, TM, ("wheat",), value={"amount": 200000, "unit": "t"}),)),
    Case("export", "active", "supplied-with", "In 2023 Russia supplied Turkmenistan with 200,000 tonnes of wheat.",
         (flow("export", "2023", RU, TM, ("wheat",)),)),
    Case("export", "active", "imported-from", "Russia imported 40,000 tonnes of tomatoes from Turkmenistan in 2023.",
         (flow("export", "2023", TM, RU, ("tomatoes",)),)),
    Case("export", "active", "bought-from", "In 2023 Russia bought 40,000 tonnes of tomatoes from Turkmenistan.",
         (flow("export", "2023", TM, RU, ("tomatoes",)),)),
    Case("export", "active", "shipped", "Turkmenistan shipped 15,000 tons of cotton yarn to Russia in 2023.",
         (flow("export", "2023", TM, RU, ("cotton yarn",)),)),
    Case("export", "active", "delivered", "Russia delivered 300 KAMAZ trucks to Turkmenistan in 2023.",
         (flow("export", "2023", RU, TM, ("trucks",)),)),
    Case("export", "passive", "were-exported", "More than 40,000 tonnes of tomatoes were exported from "
         "Turkmenistan to Russia in 2023.", (flow("export", "2023", TM, RU, ("tomatoes",)),)),
    Case("export", "passive", "were-delivered", "In 2023, 200,000 tonnes of Russian wheat were delivered to "
         "Turkmenistan.", (flow("export", "2023", RU, TM, ("wheat",)),)),
    Case("export", "passive", "were-shipped", "Some 15,000 tons of Turkmen cotton yarn were shipped to Russia "
         "last year.", (flow("export", "2023", TM, RU, ("cotton yarn",)),)),
    Case("export", "noun", "exports-to", "Turkmen tomato exports to Russia reached 40,000 tonnes in 2023.",
         (flow("export", "2023", TM, RU, ("tomatoes",)),)),
    Case("export", "noun", "supplies-of", "Russian supplies of sunflower oil to Turkmenistan reached 20,000 tonnes "
         "in 2023.", (flow("export", "2023", RU, TM, ("sunflower oil",)),)),
    Case("export", "noun", "deliveries-of", "Deliveries of Russian grain to Turkmenistan amounted to 300,000 "
         "tonnes in 2023.", (flow("export", "2023", RU, TM, ("grain",)),)),
    Case("export", "total", "exports-value", "In 2023, Russian exports to Turkmenistan amounted to $900 million.",
         (flow("export", "2023", RU, TM, value=usd(9e8)),)),
    Case("export", "total", "imports-value", "Russia's imports from Turkmenistan reached $300 million in 2023.",
         (flow("export", "2023", TM, RU, value=usd(3e8)),)),
    Case("export", "total", "exports-grew", "Turkmenistan's exports to Russia grew by 20% in 2023.",
         (flow("export", "2023", TM, RU),)),
    Case("export", "goods-list", "and", "Turkmenistan exported tomatoes and cotton yarn worth $200 million to "
         "Russia in 2023.", (flow("export", "2023", TM, RU, ("tomatoes", "cotton yarn")),)),
    Case("export", "goods-list", "mainly", "Russia mainly exports grain, timber and machinery to Turkmenistan, "
         "worth $900 million in 2023.", (flow("export", "2023", RU, TM, ("grain", "timber", "machinery")),)),
    # --- volume: quantities that are not money ---------------------------------------------------------
    Case("volume", "gas", "bcm", "Gazprom bought 5 bcm of Turkmen gas in 2023.",
         (flow("export", "2023", TM, RU, ("gas",)),)),
    Case("volume", "gas", "cubic-metres", "Turkmenistan supplied 5 billion cubic metres of gas to Russia in 2023.",
         (flow("export", "2023", TM, RU, ("gas",)),)),
    Case("volume", "gas", "cubic-meters", "In 2023 Russia imported 5 billion cubic meters of natural gas from "
         "Turkmenistan.", (flow("export", "2023", TM, RU, ("gas",)),)),
    Case("volume", "units", "cars", "Russia delivered 1,500 Lada cars to Turkmenistan in 2023.",
         (flow("export", "2023", RU, TM, ("cars",)),)),
    Case("volume", "tonnes", "thousand", "Turkmenistan exported 40 thousand tonnes of tomatoes to Russia in 2023.",
         (flow("export", "2023", TM, RU, ("tomatoes",), value={"amount": 40000, "unit": "t"}),)),
    # --- change: growth as a share or a multiple --------------------------------------------------------
    Case("change", "multiple", "doubled", "Trade between Turkmenistan and Russia doubled in 2023.",
         (flow("turnover", "2023"),)),
    Case("change", "multiple", "times", "Trade between Turkmenistan and Russia increased 1.5 times in 2023.",
         (flow("turnover", "2023"),)),
    Case("change", "multiple", "threefold", "Trade between Turkmenistan and Russia grew threefold in 2023.",
         (flow("turnover", "2023"),)),
    Case("change", "percent", "up", "Trade between Turkmenistan and Russia was up 15% in 2023.",
         (flow("turnover", "2023", change={"percent": 15}),)),
    Case("change", "percent", "compared", "Trade between Turkmenistan and Russia reached $1.2 billion in 2023, an "
         "increase of 15% compared with 2022.", (flow("turnover", "2023", value=usd(BN)),)),
    # --- order: fronted periods, parentheses, pronouns, headlines ---------------------------------------
    Case("order", "fronted", "in-year", "In 2023, trade turnover between Turkmenistan and Russia amounted to "
         "$1.2 billion.", (flow("turnover", "2023", value=usd(BN)),)),
    Case("order", "fronted", "according-to", "According to the Russian customs service, trade between Russia and "
         "Turkmenistan reached $1.2 billion in 2023.", (flow("turnover", "2023", value=usd(BN)),)),
    Case("order", "parenthesis", "value", "Trade between Russia and Turkmenistan grew by 15% in 2023 "
         "($1.2 billion).", (flow("turnover", "2023"),)),
    Case("order", "parenthesis", "comparison", "Trade between Russia and Turkmenistan reached $1.2 billion in 2023 "
         "($1.05 billion in 2022).", (flow("turnover", "2023", value=usd(BN)),),
         allowed=(flow("turnover", "2022"),)),
    Case("order", "pronoun", "it-rose", "Trade turnover between Turkmenistan and Russia reached $1.2 billion in "
         "2023. It rose by 15% compared with 2022.", (flow("turnover", "2023", value=usd(BN)),)),
    Case("order", "pronoun", "this-figure", "Trade between Turkmenistan and Russia reached $1.2 billion in 2023. "
         "This figure is 15% higher than a year earlier.", (flow("turnover", "2023", value=usd(BN)),)),
    Case("order", "headline", "and-body", "Turkmen-Russian trade up 15%\n\nTrade between Turkmenistan and Russia "
         "rose 15% to $1.2 billion in 2023.", (flow("turnover", "2023", value=usd(BN)),)),
    Case("order", "two-years", "comparison", "Trade between Turkmenistan and Russia reached $1.2 billion in 2023 "
         "against $1.05 billion in 2022.", (flow("turnover", "2023", value=usd(BN)),),
         allowed=(flow("turnover", "2022"),)),
    Case("order", "speaker", "said", "Trade between our countries reached $1.2 billion last year, the Russian "
         "ambassador to Turkmenistan said.", (flow("turnover", "2023", value=usd(BN)),)),
    # --- planned: targets and forecasts -----------------------------------------------------------------
    Case("planned", "target", "bring-to", "The presidents of Russia and Turkmenistan set the goal of bringing "
         "bilateral trade to $2 billion by 2026.", (flow("turnover", "2026", status="planned"),),
         allowed=(flow("turnover", None, status="planned"),)),
    Case("planned", "target", "aim", "Russia and Turkmenistan aim to raise their trade turnover to $2 billion.",
         (flow("turnover", None, status="planned"),)),
    Case("planned", "forecast", "expected", "Trade between Russia and Turkmenistan is expected to exceed $1.5 "
         "billion this year.", (flow("turnover", "2024", status="planned"),)),
    Case("planned", "forecast", "will-reach", "Trade between Turkmenistan and Russia will reach $1.5 billion in "
         "2024, the ministry forecasts.", (flow("turnover", "2024", status="planned"),)),
    Case("planned", "supply", "plans-to", "Russia plans to supply 100,000 tonnes of wheat to Turkmenistan in 2025.",
         (flow("export", "2025", RU, TM, ("wheat",), status="planned"),)),
    Case("planned", "supply", "will-deliver", "Russia will deliver 50 locomotives to Turkmenistan next year.",
         (flow("export", "2025", RU, TM, ("locomotives",), status="planned"),)),
    # --- harder: several figures in a sentence, possessives, regions, companies ------------------------
    Case("export", "both-ways", "with-exports-at", "In 2023, trade between Turkmenistan and Russia reached $1.2 "
         "billion, with Russian exports at $900 million and imports from Turkmenistan at $300 million.",
         (flow("turnover", "2023", value=usd(BN)), flow("export", "2023", RU, TM, value=usd(9e8)),
          flow("export", "2023", TM, RU, value=usd(3e8)))),
    Case("export", "both-ways", "while", "In 2023 Russian exports to Turkmenistan grew by 10% to $900 million, "
         "while Russian imports from Turkmenistan fell by 5% to $300 million.",
         (flow("export", "2023", RU, TM, value=usd(9e8)), flow("export", "2023", TM, RU, value=usd(3e8)))),
    Case("export", "goods-list", "two-figures", "Turkmenistan supplied Russia with 40,000 tonnes of tomatoes and "
         "15,000 tonnes of cotton yarn in 2023.", (flow("export", "2023", TM, RU, ("tomatoes",)),),
         allowed=(flow("export", "2023", TM, RU, ("cotton yarn",)),)),
    Case("period", "months", "same-period", "Trade turnover between Turkmenistan and Russia in January-September "
         "2023 amounted to $1.1 billion, which is 12% more than in the same period of 2022.",
         (flow("turnover", "2023", value=usd(1.1e9)),)),
    Case("export", "total", "goods-worth", "According to the Federal Customs Service, in 2023 Russia exported "
         "goods worth $900 million to Turkmenistan.", (flow("export", "2023", RU, TM, value=usd(9e8)),)),
    Case("turnover", "possessive", "turkmenistan-s", "Turkmenistan's trade with Russia reached $1.2 billion in 2023.",
         (flow("turnover", "2023", value=usd(BN)),)),
    Case("turnover", "possessive", "russia-s", "Russia's trade with Turkmenistan grew by 15% in 2023.",
         (flow("turnover", "2023"),)),
    Case("turnover", "with-partner", "said", "Trade turnover with Russia grew by 15% in 2023, the Turkmen foreign "
         "minister said.", (flow("turnover", "2023"),)),
    Case("turnover", "federation", "full-names", "The trade turnover between Turkmenistan and the Russian "
         "Federation in 2023 amounted to 1.2 billion US dollars.", (flow("turnover", "2023", value=usd(BN)),)),
    Case("turnover", "region", "republic", "Trade between Tatarstan and Turkmenistan reached $100 million in 2023.",
         (flow("turnover", "2023", value=usd(1e8)),)),
    Case("export", "region", "oblast", "The Astrakhan region's exports to Turkmenistan totalled 150,000 tonnes of "
         "grain in 2023.", (flow("export", "2023", RU, TM, ("grain",)),)),
    Case("export", "company", "trucks", "KAMAZ delivered 500 trucks to Turkmenistan in 2023.",
         (flow("export", "2023", RU, TM, ("trucks",)),)),
    Case("export", "company", "gas", "Turkmengaz sold 5 bcm of gas to Gazprom in 2023.",
         (flow("export", "2023", TM, RU, ("gas",)),)),
    Case("planned", "forecast", "expect", "Russia and Turkmenistan expect their trade to reach $2 billion by 2025.",
         (flow("turnover", "2025", status="planned"),), allowed=(flow("turnover", None, status="planned"),)),
    Case("planned", "supply", "intends", "Turkmenistan intends to export 50,000 tonnes of tomatoes to Russia this "
         "year.", (flow("export", "2024", TM, RU, ("tomatoes",), status="planned"),)),
    Case("negative", "generic", "discussed-supply", "Russia and Turkmenistan discussed the supply of Russian grain "
         "to Turkmenistan."),
    Case("negative", "generic", "discussed-increase", "The sides discussed increasing supplies of Turkmen textiles "
         "to Russia."),
    Case("negative", "generic", "demand", "Turkmen cotton is in high demand in Russia, the Russian and Turkmen "
         "ministers said."),
    Case("negative", "intention", "ready-to-increase", "The Turkmen leader said his country was ready to increase "
         "supplies of natural gas to Russia."),
    Case("negative", "intention", "proposed-to-expand", "The governor of the Russian region proposed to expand "
         "deliveries of agricultural machinery and honey to the Turkmen market."),
    Case("negative", "intention", "offered", "Russia offered to ship more grain to Turkmenistan, the Russian "
         "minister told his Turkmen counterpart."),
    Case("negative", "company-figure", "profit", LEAD + "Gazprom's net profit reached $10 billion in 2023."),
    Case("negative", "national-plan", "double", LEAD + "Turkmenistan plans to double its gas exports by 2030."),
    Case("negative", "port", "handled", LEAD + "The port of Turkmenbashi handled 2 million tonnes of cargo in 2023."),
    # --- more wordings: shares of a total, units, second sentences ------------------------------------
    Case("export", "share-of-total", "of-which", "Trade between Turkmenistan and Russia reached $1.2 billion in 2023, "
         "of which Russian exports accounted for $900 million.",
         (flow("turnover", "2023", value=usd(BN)), flow("export", "2023", RU, TM, value=usd(9e8)))),
    Case("export", "share-of-total", "next-sentence", "Trade between Turkmenistan and Russia reached $1.2 billion in "
         "2023. Russian exports accounted for $900 million of that.",
         (flow("turnover", "2023", value=usd(BN)), flow("export", "2023", RU, TM, value=usd(9e8)))),
    Case("volume", "tonnes", "mln-tonnes", "Russia exported 1.2 mln tonnes of wheat to Turkmenistan in 2023.",
         (flow("export", "2023", RU, TM, ("wheat",), value={"amount": 1.2e6, "unit": "t"}),)),
    Case("volume", "tonnes", "thousand-tons", "In 2023 Turkmenistan sold 25 thousand tons of cotton fibre to Russia.",
         (flow("export", "2023", TM, RU, ("cotton fibre",)),)),
    Case("volume", "gas", "billion-cubic-meters", "Gazprom imported 4 billion cubic meters of Turkmen gas in 2015.",
         (flow("export", "2015", TM, RU, ("gas",)),)),
    Case("order", "second-sentence", "goods-named", "Turkmenistan and Russia trade actively. Last year Turkmen "
         "exporters shipped 35,000 tonnes of tomatoes to Russian markets.",
         (flow("export", "2023", TM, RU, ("tomatoes",)),)),
    Case("order", "passive", "was-recorded", "A 15% rise in trade between Turkmenistan and Russia was recorded in "
         "2023.", (flow("turnover", "2023"),)),
    Case("change", "percent", "year-on-year", "Trade between Turkmenistan and Russia rose 15% year on year to $1.2 "
         "billion in 2023.", (flow("turnover", "2023", value=usd(BN)),)),
    Case("money", "digits", "million-us-dollars", "Trade turnover between Turkmenistan and Russia amounted to 1,200 "
         "million US dollars in 2023.", (flow("turnover", "2023", value=usd(BN)),)),
    Case("negative", "other-pair", "russia-uzbekistan", LEAD + "Trade between Russia and Uzbekistan rose to $9 "
         "billion in 2023."),
    Case("negative", "world-total", "national-exports", LEAD + "Turkmenistan's exports reached $12 billion in 2023, "
         "mostly gas sold to China."),
    Case("negative", "price", "gas-price", "Gazprom and Turkmengaz agreed a price of $250 per 1,000 cubic metres."),
    Case("turnover", "came-to", "adjective-trade", "Russian-Turkmen trade came to $1.2 billion in 2023.",
         (flow("turnover", "2023", value=usd(BN)),)),
    Case("turnover", "present", "exceeds", "Turkmen-Russian trade exceeds $1.2 billion, the 2023 customs figures "
         "show.", (flow("turnover", [None, "2023", "2024"], value=usd(BN)),)),
    Case("turnover", "halved", "adjective-trade", "Turkmen-Russian trade halved to $600 million in 2023.",
         (flow("turnover", "2023", value=usd(6e8)),)),
    # --- negative: figures that are no flow between the two sides -----------------------------------------
    Case("negative", "third-country", "china", LEAD + "Trade between Turkmenistan and China reached $10 billion "
         "in 2023."),
    Case("negative", "third-country", "kazakhstan", LEAD + "Russia's trade with Kazakhstan grew by 10% to $26 "
         "billion in 2023."),
    Case("negative", "third-country", "exports-to-china", LEAD + "Turkmenistan exported 30 bcm of gas to China "
         "in 2023."),
    Case("negative", "world-total", "foreign-trade", LEAD + "Turkmenistan's foreign trade turnover reached $20 "
         "billion in 2023."),
    Case("negative", "world-total", "total-exports", LEAD + "Russia's total exports fell by 28% to $425 billion in "
         "2023."),
    Case("negative", "generic", "intend", "Turkmenistan and Russia intend to expand trade and increase supplies of "
         "Turkmen goods to the Russian market."),
    Case("negative", "generic", "dynamics", "The sides noted the positive dynamics of Russian-Turkmen trade."),
    Case("negative", "price", "per-thousand", "Russia pays $200 per thousand cubic metres of Turkmen gas."),
    Case("negative", "capacity", "terminal", LEAD + "The new terminal in Turkmenbashi can handle 5 million tonnes "
         "of cargo for Russia a year."),
    Case("negative", "capacity", "pipeline", "The pipeline can carry up to 30 billion cubic metres of Turkmen gas to "
         "Russia a year."),
    Case("negative", "share", "of-trade", "Russia accounts for 10% of Turkmenistan's foreign trade."),
    Case("negative", "tariff", "duty", "Turkmenistan cut import duties on Russian grain by 5% in 2023."),
    Case("negative", "transit", "through", "Transit of Turkmen cargo through Russia grew by 20% in 2023."),
    Case("negative", "investment", "total", "Russian investment in Turkmenistan's economy exceeded $1 billion in "
         "2023."),
    Case("negative", "hypothetical", "could", "Trade between Russia and Turkmenistan could grow if the transport "
         "corridor is built, experts believe."),
    Case("negative", "related-news", "list", "Turkmenistan and Russia discussed transport on Tuesday.\n\n"
         "Related news\n\n10.05.2024 Trade between Turkmenistan and Russia reached $1.2 billion\n\n"
         "08.05.2024 Ashgabat hosted an exhibition"),
)

#: Cases that fail on main, with why (marked xfail, strict: a fix must remove its entry).
KNOWN_FAILURES: dict[str, str] = {
    "period-year-past-year": "'over the past year' is no period",
    "order-speaker-said": "'between our countries' in a side's speaker's words is not the two sides",
    "order-passive-was-recorded": "'a rise in trade ... was recorded' is no turnover wording",
    "negative-national-plan-double": "one side's own export plan is read as a flow to the other",
}

CASES: tuple[Case, ...] = tuple(replace(case, xfail=KNOWN_FAILURES.get(case.name)) for case in _CASES)
