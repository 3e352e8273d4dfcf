"""Agreements found by parse_article: type, title, count, period, parties and stage."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from turkru import parse_article
from turkru.extract.agreement_mentions import doc_matches
from turkru.extract.agreement_words import agreement_words
from turkru.model.actors import PartyKind
from turkru.model.dates import PartialDate
from turkru.model.records import Agreement, AnyRecord, DocType, Stage

LEAD = "Turkmenistan and Russia continue to develop their partnership.\n\n"


def agreements_in(text: str, published: str | None = None, *, lead: str = LEAD) -> list[Agreement]:
    """The agreements of *text* after a *lead* naming both sides, checking every evidence span."""
    text = lead + text
    records: tuple[AnyRecord, ...] = parse_article(text, published=published).records
    for record in records:
        for item in record.evidence:
            assert text[item.start : item.end] == item.text
    return [record for record in records if isinstance(record, Agreement)]


class TestSigned:
    def test_programme_with_period(self) -> None:
        """A programme 'for 2024-2025' has that period and its subject as title."""
        text = "The sides signed a programme of cooperation between the foreign ministries for 2024-2025."
        (agreement,) = agreements_in(text)
        assert agreement.doc_type is DocType.PROGRAMME
        assert agreement.status is Stage.SIGNED
        assert agreement.title == "programme of cooperation between the foreign ministries for 2024-2025"
        assert agreement.period == (2024, 2025)
        assert agreement.count is None

    def test_counted_batch(self) -> None:
        """'15 bilateral documents were signed' is a batch of 15 with no title."""
        text = "Following the talks, 15 bilateral documents were signed."
        (agreement,) = agreements_in(text)
        assert agreement.doc_type is DocType.DOCUMENTS
        assert agreement.count == 15
        assert agreement.title is None
        assert agreement.status is Stage.SIGNED

    def test_uncounted_batch(self) -> None:
        """'Several documents' is a batch without a count."""
        (agreement,) = agreements_in("Several documents were signed following the negotiations.")
        assert agreement.doc_type is DocType.DOCUMENTS
        assert agreement.count is None

    def test_roadmap_with_place_and_date(self) -> None:
        """A passive signing keeps the day and the city."""
        text = "A roadmap for the development of trade for 2023-2025 was signed in Moscow on 12 April 2023."
        (agreement,) = agreements_in(text)
        assert agreement.doc_type is DocType.ROADMAP
        assert agreement.period == (2023, 2025)
        assert agreement.date == PartialDate(2023, 4, 12)
        assert agreement.place is not None and agreement.place.name == "Moscow"

    def test_company_contract_names_the_companies(self) -> None:
        """A contract between two companies lists them among the parties."""
        text = "Gazprom and Turkmengaz signed a contract on gas supplies on 10 April 2019."
        (agreement,) = agreements_in(text)
        assert agreement.doc_type is DocType.CONTRACT
        assert agreement.date == PartialDate(2019, 4, 10)
        companies = {party.name for party in agreement.parties if party.kind is PartyKind.COMPANY}
        assert companies == {"Gazprom", "Turkmengaz"}

    def test_party_phrase_names_the_parties(self) -> None:
        """'A memorandum between the Chamber of Commerce and Industry of Turkmenistan and the Astrakhan
        region on X': both are parties, the title is the subject."""
        text = (
            "A memorandum between the Chamber of Commerce and Industry of Turkmenistan and the Astrakhan region "
            "on a joint business council was signed."
        )
        (agreement,) = agreements_in(text)
        assert agreement.title == "memorandum on a joint business council"
        names = {party.name for party in agreement.parties}
        assert "Chamber of Commerce and Industry of Turkmenistan" in names
        assert {PartyKind.REGION, PartyKind.ORGANISATION} <= {party.kind for party in agreement.parties}

    def test_declaration_agreed(self) -> None:
        """'A declaration ... was agreed by' the states is a signed declaration."""
        text = "A declaration on the new pipeline was agreed by Russia and Turkmenistan in March 2007."
        (agreement,) = agreements_in(text)
        assert agreement.status is Stage.SIGNED
        assert agreement.date == PartialDate(2007, 3)

    def test_source_is_no_party(self) -> None:
        """'As the Russian Foreign Ministry told reporters, the sides will sign ...': the ministry is a source."""
        text = "As the Russian Foreign Ministry told reporters, the sides will sign an agreement on fisheries."
        (agreement,) = agreements_in(text)
        assert {party.kind for party in agreement.parties} == {PartyKind.COUNTRY}

    def test_ratified(self) -> None:
        """A ratification is the ratified stage."""
        text = (
            "The parliament of Turkmenistan ratified the agreement on cooperation in the field of "
            "information security on 20 June 2022."
        )
        (agreement,) = agreements_in(text)
        assert agreement.status is Stage.RATIFIED
        assert agreement.date == PartialDate(2022, 6, 20)

    def test_memorandum_signed_after_talks_in_an_article(self) -> None:
        """An undated signing sentence after dated talks: the memorandum is found and titled."""
        text = (
            "Sergey Lavrov held talks with Rashid Meredov in Ashgabat on 14 March 2024.\n\n"
            "Following the talks, the sides signed a memorandum of understanding on cooperation in education."
        )
        (agreement,) = agreements_in(text)
        assert agreement.doc_type is DocType.MEMORANDUM
        assert agreement.title == "memorandum of understanding on cooperation in education"


class TestDatedByContext:
    def test_signing_at_the_end_of_a_dated_session(self) -> None:
        """Documents signed 'upon completion of the session' take the session's date, however far back."""
        text = (
            "The 14th meeting of the intergovernmental commission was held in Moscow on 3 April 2024.\n\n"
            "The sides reviewed industry and transport.\n\nThey also spoke of culture.\n\n"
            "Education was touched upon.\n\n"
            "Upon completion of the session, the ceremony of signing bilateral documents took place."
        )
        (agreement,) = agreements_in(text)
        assert agreement.doc_type is DocType.DOCUMENTS
        assert agreement.date == PartialDate(2024, 4, 3)

    def test_memorandum_signed_at_the_end_of_talks(self) -> None:
        """A second wording: 'at the end of the talks, a memorandum ... was signed'."""
        text = (
            "The foreign ministers held talks in Ashgabat on 9 October 2023.\n\n"
            "At the end of the talks, a memorandum on cooperation in archives was signed."
        )
        (agreement,) = agreements_in(text)
        assert agreement.date == PartialDate(2023, 10, 9)

    def test_no_encounter_no_date(self) -> None:
        """Without a dated encounter before it, the signing stays undated."""
        text = "Following the talks, a memorandum on cooperation in archives was signed."
        (agreement,) = agreements_in(text)
        assert agreement.date is None

    def test_just_signed_in_a_transcript(self) -> None:
        """'The agreement that was just signed on ...' is titled and dated on the day of the report."""
        text = "I think the agreement that was just signed on mutual protection of investment is very useful."
        (agreement,) = agreements_in(text, published="2010-02-11")
        assert agreement.title == "agreement on mutual protection of investment"
        assert agreement.date == PartialDate(2010, 2, 11)

    def test_package_signed_just_now(self) -> None:
        """'The package of agreements signed just now' is an unnamed batch of the report's day."""
        text = "The package of agreements signed just now shows our results."
        (agreement,) = agreements_in(text, published="2010-02-11")
        assert agreement.doc_type is DocType.DOCUMENTS
        assert agreement.date == PartialDate(2010, 2, 11)

    def test_year_before_the_document(self) -> None:
        """'A 1995 agreement' was signed in 1995; the year is no count."""
        text = "Many people kept two passports under a 1995 dual-nationality agreement."
        (agreement,) = agreements_in(text)
        assert agreement.date == PartialDate(1995)
        assert agreement.count is None
        assert agreement.title == "dual-nationality agreement"


class TestMembersOfABatch:
    def test_member_named_after_the_batch(self) -> None:
        """A titled document named 'among them' after a signed batch was signed with it."""
        text = (
            "A number of documents were signed in Ashgabat on 4 May 2023.\n\n"
            "Among them was a memorandum on cooperation in veterinary medicine."
        )
        agreements = agreements_in(text)
        (member,) = [a for a in agreements if a.doc_type is DocType.MEMORANDUM]
        assert member.status is Stage.SIGNED
        assert member.date == PartialDate(2023, 5, 4)

    def test_member_referred_to(self) -> None:
        """A second wording: 'I am referring to the treaty on ...' after 'the documents signed in 2015'."""
        text = (
            "We will implement the documents signed during the visit in 2015.\n\n"
            "I am referring to the Treaty on Friendship and Good Neighbourliness."
        )
        (treaty,) = [a for a in agreements_in(text) if a.doc_type is DocType.TREATY]
        assert treaty.status is Stage.SIGNED
        assert treaty.date == PartialDate(2015)

    def test_no_batch_before(self) -> None:
        """Without a batch just before, a document merely named is no record."""
        assert agreements_in("I am referring to the Treaty on Friendship and Good Neighbourliness.") == []


class TestEnded:
    def test_termination_dated_by_its_clause(self) -> None:
        """', and on 1 March 2017, X notified ... termination of the contract signed in 2005': the
        ending is dated 1 March 2017, not by the signing."""
        text = (
            "Purchases fell, and on 1 March 2017, Gazprom notified Turkmengaz of the termination of the "
            "gas sale contract signed in 2005."
        )
        (agreement,) = agreements_in(text)
        assert agreement.status is Stage.TERMINATED
        assert agreement.date == PartialDate(2017, 3, 1)


class TestLists:
    def test_documents_of_one_list_share_the_verb(self) -> None:
        """'Are preparing to sign A, B, C and D': every item far from the verb is planned too."""
        text = (
            "The ministries are preparing to sign an agreement on the protection of migrant workers, a programme "
            "of cooperation in culture for 2025-2027, an agreement on the mutual recognition of diplomas and an "
            "agreement on the exchange of customs data."
        )
        agreements = agreements_in(text)
        assert len(agreements) == 4
        assert {agreement.status for agreement in agreements} == {Stage.PLANNED}

    def test_second_wording_signed(self) -> None:
        """A signed list: 'signed a memorandum on A as well as a protocol on B'."""
        text = "The ministers signed a memorandum on seed testing as well as a protocol on veterinary checks."
        agreements = agreements_in(text)
        assert [agreement.doc_type for agreement in agreements] == [DocType.MEMORANDUM, DocType.PROTOCOL]
        assert {agreement.status for agreement in agreements} == {Stage.SIGNED}


class TestListLines:
    def test_documents_listed_one_per_line(self) -> None:
        """After 'the following documents were signed on ...:', each listed line is a signed document."""
        text = (
            "The following documents were signed in Ashgabat on 5 June 2024:\n\n"
            "- Agreement on cooperation in the field of tourism;\n\n"
            "- Memorandum on the exchange of doctors;\n\n"
            "- Programme of cultural cooperation for 2024-2026."
        )
        titled = [agreement for agreement in agreements_in(text) if agreement.title]
        assert [agreement.title for agreement in titled] == [
            "Agreement on cooperation in the field of tourism",
            "Memorandum on the exchange of doctors",
            "Programme of cultural cooperation for 2024-2026",
        ]
        assert {(agreement.status, agreement.date) for agreement in titled} == {(Stage.SIGNED, PartialDate(2024, 6, 5))}

    def test_numbered_lines(self) -> None:
        """A second layout: numbered lines after 'several documents were signed:'."""
        text = (
            "Several documents were signed on 2 March 2023:\n\n"
            "1. Protocol on plant quarantine.\n\n2. Treaty on legal assistance in civil cases."
        )
        titled = [agreement for agreement in agreements_in(text) if agreement.title]
        assert [agreement.doc_type for agreement in titled] == [DocType.PROTOCOL, DocType.TREATY]

    def test_quoted_subject_after_the_parties(self) -> None:
        """'Agreement between the Government of A and the Government of B "On X"' is titled by X."""
        text = (
            "The agreement between the Government of Turkmenistan and the Government of the Russian Federation "
            '"On cooperation in the field of radio frequencies" was signed.'
        )
        (agreement,) = agreements_in(text)
        assert agreement.title == "agreement On cooperation in the field of radio frequencies"


class TestOtherNames:
    @pytest.mark.parametrize(
        ("text", "doc_type"),
        [
            ("The ministers signed an MoU on cooperation in fisheries.", DocType.MEMORANDUM),
            ("The two companies signed a pact on joint exploration of the shelf.", DocType.AGREEMENT),
            ("The governments concluded an accord on the protection of investments.", DocType.AGREEMENT),
        ],
    )
    def test_document_names(self, text: str, doc_type: DocType) -> None:
        """'MoU', 'pact' and 'accord' name documents too."""
        (agreement,) = agreements_in(text)
        assert agreement.doc_type is doc_type
        assert agreement.status is Stage.SIGNED

    def test_in_accordance_is_no_document(self) -> None:
        """'In accordance with' holds no 'accord'."""
        assert agreements_in("In accordance with the plans of the ministries, tariffs fell.") == []


class TestDeals:
    def test_deal_granting_terms_is_an_agreement(self) -> None:
        """'Hopes to sign a final deal on the pipeline project': a planned agreement titled by its subject."""
        (agreement,) = agreements_in("Moscow hopes to sign a final deal on the pipeline project at the summit.")
        assert agreement.doc_type is DocType.AGREEMENT
        assert agreement.status is Stage.PLANNED
        assert agreement.title == "final deal on the pipeline project"

    def test_deal_to_buy_goods_is_a_contract(self) -> None:
        """A deal on buying goods is a contract; the party phrase and a second purpose stay out of the title."""
        text = "The concern reached a deal with Turkmen officials for buying more cotton to fill its mills."
        (agreement,) = agreements_in(text)
        assert agreement.doc_type is DocType.CONTRACT
        assert agreement.title == "deal for buying more cotton"

    @pytest.mark.parametrize(
        "text",
        [
            "The ministers signed papers to deal with the issue of water.",
            "The sides did a great deal of work on transport.",
            "The deal was signed by both ministers.",
        ],
    )
    def test_not_a_deal_record(self, text: str) -> None:
        """The verb, the idiom and a bare 'the deal' (no subject named) are no records."""
        assert [a for a in agreements_in(text) if a.title and "deal" in a.title] == []


class TestBatches:
    @pytest.mark.parametrize(("words", "count"), [("twenty-two", 22), ("sixteen", 16), ("forty", 40)])
    def test_counted_in_words(self, words: str, count: int) -> None:
        """Batches counted in words, compounds included."""
        (agreement,) = agreements_in(f"The delegations signed {words} documents.")
        assert agreement.count == count

    @pytest.mark.parametrize(
        "text",
        ["The leaders signed more than a dozen documents.", "Over a dozen of documents were signed in the Kremlin."],
    )
    def test_dozen(self, text: str) -> None:
        """'More than a dozen (of) documents' is an uncounted batch, not a document titled 'dozen'."""
        (agreement,) = agreements_in(text)
        assert agreement.doc_type is DocType.DOCUMENTS
        assert agreement.title is None


class TestPlanned:
    def test_expected_to_sign(self) -> None:
        """'Are expected to sign an agreement' is planned."""
        text = "The ministers are expected to sign an agreement on cooperation in transport."
        (agreement,) = agreements_in(text)
        assert agreement.status is Stage.PLANNED
        assert agreement.doc_type is DocType.AGREEMENT
        assert agreement.title == "agreement on cooperation in transport"

    def test_plan_to_sign_this_year(self) -> None:
        """'Plan to sign ... this year' is planned for the publication year, with the covered period."""
        text = (
            "The sides plan to sign an intergovernmental programme of economic cooperation for "
            "2024-2028 this year."
        )
        (agreement,) = agreements_in(text, published="2023-05-12")
        assert agreement.status is Stage.PLANNED
        assert agreement.date == PartialDate(2023)
        assert agreement.period == (2024, 2028)


    def test_draft_is_planned(self) -> None:
        """A draft under discussion is a planned document, titled without 'draft'."""
        (agreement,) = agreements_in("The sides discussed the draft agreement on visa-free travel.")
        assert agreement.status is Stage.PLANNED
        assert agreement.title == "agreement on visa-free travel"

    def test_hopes_to_sign(self) -> None:
        """'Hopes to sign a deal' is planned; 'I want to say' is no plan of anything."""
        (agreement,) = agreements_in("Moscow hopes to sign a programme on water use at the summit.")
        assert agreement.status is Stage.PLANNED


class TestWeaknesses:
    def test_title_before_a_date(self) -> None:
        """The title stops before 'on <date>'."""
        text = "The sides signed a memorandum of understanding on cooperation in education on 12 May 2022."
        (agreement,) = agreements_in(text)
        assert agreement.title == "memorandum of understanding on cooperation in education"
        assert agreement.date == PartialDate(2022, 5, 12)

    def test_third_countries_after_a_bilateral_sentence(self) -> None:
        """An agreement between Kazakhstan and Uzbekistan is not about Turkmenistan-Russia relations."""
        assert agreements_in("Kazakhstan and Uzbekistan signed an agreement on water resources.") == []


class TestNoAgreement:
    @pytest.mark.parametrize(
        "text",
        [
            "The sides noted the positive dynamics of cooperation.",
            "The treaty remains the basis of bilateral relations.",
        ],
    )
    def test_documents_neither_signed_nor_planned(self, text: str) -> None:
        """A document named without signing, ratification or plan is not a record."""
        assert agreements_in(text) == []

    def test_document_of_an_international_organisation(self) -> None:
        """An agreement 'in the CIS' is one of the organisation's members, not of the two sides."""
        text = "In 2001 Turkmenistan withdrew from the agreement on visa-free travel in the CIS."
        assert agreements_in(text) == []

    def test_statement_called_a_declaration(self) -> None:
        """'The declaration of Moscow that it will support ...' is a statement, not a document."""
        text = "Ashgabat welcomed the declaration of Moscow that it will support the conference."
        assert agreements_in(text) == []

    def test_third_countries_alone(self) -> None:
        """A signing between two other countries, in a text about them only, is not a record."""
        text = "Kazakhstan and Uzbekistan signed an agreement on water resources."
        assert agreements_in(text, lead="") == []


class TestAgreementWithAParty:
    def test_with_a_named_party(self) -> None:
        """'an agreement with <a named party> for ...' is a document; the party stays out of its title."""
        text = "Tatneft signed a service agreement with Turkmennebit for the repair of old wells."
        (agreement,) = agreements_in(text)
        assert agreement.status is Stage.SIGNED
        assert agreement.title == "service agreement for the repair of old wells"

    def test_with_the_other_side(self) -> None:
        """A variant: 'an agreement with the Turkmen side on ...'."""
        text = "The Russian ministry concluded an agreement with the Turkmen side on joint veterinary checks."
        (agreement,) = agreements_in(text)
        assert agreement.title == "agreement on joint veterinary checks"

    @pytest.mark.parametrize(
        "text",
        [
            "The minister signed off on the report in agreement with the proposal of his colleague.",
            "The delegates voiced agreement with the idea of a new plan signed later.",
        ],
    )
    def test_consent_is_no_document(self, text: str) -> None:
        """'in agreement with', 'agreement with the idea': a consent, not a document."""
        assert [a for a in agreements_in(text) if a.doc_type is DocType.AGREEMENT] == []


class TestRatifiedByALaw:
    @pytest.mark.parametrize(
        "text",
        [
            "The president signed a law ratifying the agreement on cooperation in fisheries.",
            "The head of state signed a decree on the ratification of the treaty on maritime borders.",
        ],
    )
    def test_law_ratifying(self, text: str) -> None:
        """Signing a law or decree that ratifies a document ratifies the document; it is not a new signing."""
        (agreement,) = agreements_in(text)
        assert agreement.status is Stage.RATIFIED


class TestTitleAndNextClause:
    def test_and_discussed(self) -> None:
        """'signed an agreement on X and discussed Y': Y is no part of the title."""
        text = "The ministers signed an agreement on seed testing and discussed irrigation projects."
        (agreement,) = agreements_in(text)
        assert agreement.title == "agreement on seed testing"

    def test_and_agreed(self) -> None:
        """A variant with another verb of the next clause: 'and agreed to ...'."""
        text = "The governors signed a memorandum on river cruises and agreed to open a joint office."
        (agreement,) = agreements_in(text)
        assert agreement.title == "memorandum on river cruises"


    @pytest.mark.parametrize(
        ("text", "title"),
        [
            (
                "The sides said they would sign a treaty on building the new pipeline and would meet again in May.",
                "treaty on building the new pipeline",
            ),
            (
                "Moscow plans to conclude an agreement on grain storage or will extend the old one.",
                "agreement on grain storage",
            ),
        ],
        ids=["and-would", "or-will"],
    )
    def test_no_conjunction_hangs_at_the_end(self, text: str, title: str) -> None:
        """A conjunction before a modal of the next clause is no part of the title."""
        (agreement,) = agreements_in(text)
        assert agreement.title == title


class TestJointStatement:
    def test_joint_statement_is_a_declaration(self) -> None:
        """A joint statement the leaders sign is a declaration titled by its subject."""
        text = "The two leaders signed a joint statement on regional security."
        (agreement,) = agreements_in(text)
        assert agreement.doc_type is DocType.DECLARATION
        assert agreement.title == "joint statement on regional security"

    def test_adopted_joint_statement(self) -> None:
        """A variant: a joint statement adopted, with no subject named."""
        (agreement,) = agreements_in("At the end of the summit the heads of state adopted a joint statement.")
        assert agreement.doc_type is DocType.DECLARATION
        assert agreement.status is Stage.SIGNED

    def test_a_plain_statement_is_no_document(self) -> None:
        """A statement that is not joint is what someone said, not a document."""
        assert agreements_in("After signing the visitors' book, the minister made a statement on trade.") == []


class TestReadiedForSigning:
    @pytest.mark.parametrize(
        "text",
        [
            "The ministries have prepared a package of documents for signing.",
            "A memorandum on pharmacy standards is ready for signature.",
        ],
    )
    def test_for_signing_is_planned(self, text: str) -> None:
        """A document prepared 'for signing' is still to be signed."""
        (agreement,) = agreements_in(text)
        assert agreement.status is Stage.PLANNED


class TestToPrepare:
    @pytest.mark.parametrize(
        "text",
        [
            "The parties agreed to prepare a new programme of cultural exchanges for 2026-2028.",
            "The commission decided to draft a roadmap for cotton processing.",
        ],
    )
    def test_infinitive_of_preparing_is_planned(self, text: str) -> None:
        """'agreed to prepare', 'decided to draft' a document: it is still to come."""
        (agreement,) = agreements_in(text)
        assert agreement.status is Stage.PLANNED

    def test_signed_up_is_no_signing(self) -> None:
        """'signed up for a programme' joins a scheme; no document is signed."""
        assert agreements_in("Forty students signed up for the programme of summer courses.") == []


class TestDateInsideTheTitle:
    def test_deadline_before_the_subject(self) -> None:
        """'sign a treaty by June on X': the deadline stands between the document and its subject."""
        text = "The ministers agreed to sign a treaty by June on building a new bridge over the river."
        (agreement,) = agreements_in(text, published="2024-03-01")
        assert agreement.status is Stage.PLANNED
        assert agreement.title == "treaty on building a new bridge over the river"

    def test_delivery_date_inside(self) -> None:
        """A variant: 'a contract for the delivery in 2025 of two ferries'; the date is not the signing's."""
        text = "A contract was signed for the delivery in 2025 of two passenger ferries."
        (agreement,) = agreements_in(text)
        assert agreement.title == "contract for the delivery of two passenger ferries"
        assert agreement.date is None

    def test_date_at_the_end_still_dates(self) -> None:
        """The negative: a date after the subject with nothing after it dates the signing."""
        (agreement,) = agreements_in("A contract for the delivery of ferries was signed in 2023.")
        assert agreement.date == PartialDate(2023)


class TestIssuedDeclaration:
    @pytest.mark.parametrize(
        "text",
        [
            "The presidents issued a joint statement on the Caspian Sea.",
            "The foreign ministers released a joint declaration on regional security.",
        ],
    )
    def test_issued_is_signed(self, text: str) -> None:
        """A declaration is issued or released rather than signed: it is done."""
        (agreement,) = agreements_in(text)
        assert agreement.doc_type is DocType.DECLARATION
        assert agreement.status is Stage.SIGNED

    def test_will_issue_is_planned(self) -> None:
        """'will issue a joint statement': still to come."""
        (agreement,) = agreements_in("The leaders will issue a joint statement on energy.")
        assert agreement.status is Stage.PLANNED


class TestMoreSigningVerbs:
    @pytest.mark.parametrize(
        "text",
        [
            "The two ministries sealed a deal on the supply of fertiliser.",
            "The companies clinched a contract for the construction of a cement plant.",
            "The firm struck a deal with the Turkmen side on the lease of oil rigs.",
        ],
    )
    def test_sealed_clinched_struck(self, text: str) -> None:
        """'sealed', 'clinched' and 'struck' a deal are signings as news prose tells them."""
        (agreement,) = agreements_in(text)
        assert agreement.status is Stage.SIGNED

    def test_will_seal_is_planned(self) -> None:
        """The bare verb after 'will' is still to come, as with 'sign'."""
        (agreement,) = agreements_in("The ministers will seal a deal on cotton exports next week.")
        assert agreement.status is Stage.PLANNED

    def test_struck_down_is_no_signing(self) -> None:
        """'struck down the contract' ends nothing and signs nothing."""
        assert agreements_in("A court struck down the contract for the supply of pipes.") == []


class TestWhereItWasSigned:
    @pytest.mark.parametrize(
        "text",
        [
            "The agreement was signed in Ashgabat.",
            "The memorandum was signed on the sidelines of the summit.",
        ],
    )
    def test_place_or_occasion_is_no_subject(self, text: str) -> None:
        """'was signed in Ashgabat / on the sidelines of ...' tells where, not what the document is about."""
        assert [a.title for a in agreements_in(text)] == []

    def test_relative_signing_keeps_its_subject(self) -> None:
        """The negative: 'the agreement that was signed on mutual protection of investments' names its subject."""
        text = "The agreement that was signed on mutual protection of investments is important."
        (agreement,) = agreements_in(text)
        assert agreement.title == "agreement on mutual protection of investments"


class TestMoreLifecycle:
    def test_takes_effect_ends_the_title(self) -> None:
        """'... takes effect on <day>': in force that day, and the verb is no part of the title."""
        (agreement,) = agreements_in("The agreement on seed exchange takes effect on 1 June 2024.")
        assert agreement.status is Stage.IN_FORCE
        assert agreement.title == "agreement on seed exchange"
        assert agreement.date == PartialDate(2024, 6, 1)

    def test_has_been_in_force(self) -> None:
        """A variant: 'has been in force since ...'."""
        (agreement,) = agreements_in("The treaty on river navigation has been in force since 2015.")
        assert agreement.status is Stage.IN_FORCE

    @pytest.mark.parametrize(
        "text",
        [
            "The ministers discussed the signing of an agreement on road transport.",
            "The sides agreed to speed up the conclusion of a treaty on the seabed.",
        ],
    )
    def test_signing_talked_about_is_planned(self, text: str) -> None:
        """A signing discussed or sped up is still to come."""
        (agreement,) = agreements_in(text)
        assert agreement.status is Stage.PLANNED

    def test_witnessed_signing_is_signed(self) -> None:
        """The negative: a signing the leaders witnessed took place."""
        (agreement,) = agreements_in("The leaders witnessed the signing of an agreement on road transport.")
        assert agreement.status is Stage.SIGNED

    def test_domestic_approval_is_no_signing(self) -> None:
        """A programme one government approves at home is not signed between the sides."""
        text = "The president approved a programme for the development of the cotton sector for 2025-2030."
        assert agreements_in(text) == []


_PIECES = ('"', "\u201c", "\u201d", "plan", "PLANS", "action ", "road map", "roadmap", "treat", "treaty", "agreement",
           "documents", "memoranda", "Programme", " ", "of", ",", "x", "to ")


class TestDocMatches:
    @given(st.lists(st.sampled_from(_PIECES), max_size=10).map("".join))
    def test_same_as_finditer(self, text: str) -> None:
        """Trying the document pattern only where a document word begins finds what a full scan finds."""
        expected = [(match.span(), match.lastgroup) for match in agreement_words().doc.finditer(text)]
        assert [(match.span(), match.lastgroup) for match in doc_matches(text)] == expected


class TestBroaderTitles:
    """Issue 10 (agreements): titles after participles, cut before time adverbs, past a month; list lines."""

    def test_protocol_amending_an_agreement(self) -> None:
        """'a protocol amending the agreement on X' is a protocol titled so, not the agreement it amends."""
        (agreement,) = agreements_in("The sides signed a protocol amending the agreement on road transport.")
        assert agreement.doc_type is DocType.PROTOCOL
        assert agreement.title == "protocol amending the agreement on road transport"

    def test_agreement_establishing_a_body(self) -> None:
        """A variant: 'an agreement establishing a joint commission'."""
        (agreement,) = agreements_in("Both governments concluded an agreement establishing a joint fishing commission.")
        assert agreement.title == "agreement establishing a joint fishing commission"

    def test_title_stops_before_later(self) -> None:
        """'... on transport later this year': 'later' is no part of the title."""
        text = "The sides intend to sign an agreement on air transport later this year."
        (agreement,) = agreements_in(text, "2024-03-04")
        assert agreement.title == "agreement on air transport"
        assert agreement.status is Stage.PLANNED

    def test_title_stops_before_soon(self) -> None:
        """A variant: 'soon' ends the title too."""
        (agreement,) = agreements_in("The ministries will sign a memorandum on veterinary control soon.")
        assert agreement.title == "memorandum on veterinary control"

    def test_undated_month_between_treaty_and_subject(self) -> None:
        """Without a publication date 'by September' is no date; the title still goes on past it."""
        (agreement,) = agreements_in("The sides would sign a treaty by September on building the new railway.")
        assert (agreement.title, agreement.status) == ("treaty on building the new railway", Stage.PLANNED)

    def test_month_and_year_between_protocol_and_subject(self) -> None:
        """A variant: "in March on ..." with no publication date to read the month as a date."""
        (agreement,) = agreements_in("They are to initial a protocol in March on the exchange of customs data.")
        assert agreement.title == "protocol on the exchange of customs data"


class TestListLinesWithArticles:
    def test_list_lines_with_articles_are_members(self) -> None:
        """Lines of a list under 'the following documents were signed:' that begin with 'an'/'a' are signed members."""
        text = (
            "The following documents were signed in Ashgabat on 3 March 2024:\n"
            "- an agreement on cultural cooperation;\n"
            "- a memorandum on sports exchanges.\n"
        )
        titles = {(a.title, a.status) for a in agreements_in(text, "2024-03-04")}
        assert ("agreement on cultural cooperation", Stage.SIGNED) in titles
        assert ("memorandum on sports exchanges", Stage.SIGNED) in titles

    def test_numbered_lines_with_the(self) -> None:
        """A variant: numbered lines that begin with 'the'."""
        text = (
            "Several documents were signed after the talks on 3 March 2024:\n"
            "1. the programme of cultural exchanges for 2024-2026;\n"
            "2. the protocol on consular consultations.\n"
        )
        titles = {a.title for a in agreements_in(text, "2024-03-04") if a.status is Stage.SIGNED}
        assert {"programme of cultural exchanges for 2024-2026", "protocol on consular consultations"} <= titles


class TestUmbrellaPlan:
    def test_planned_batch_of_named_plans_is_dropped(self) -> None:
        """'It is planned to sign several documents' beside named planned documents: the batch is no fact of its own."""
        text = (
            "It is planned to sign several bilateral documents.\n\n"
            "The sides are preparing to sign an agreement on labour migration and a programme on tourism."
        )
        found = agreements_in(text)
        assert DocType.DOCUMENTS not in [a.doc_type for a in found]
        assert {a.title for a in found} == {"agreement on labour migration", "programme on tourism"}

    def test_planned_batch_alone_is_kept(self) -> None:
        """The negative: a planned batch with nothing named is kept."""
        found = agreements_in("The presidents are expected to sign a package of documents.")
        assert [(a.doc_type, a.status) for a in found] == [(DocType.DOCUMENTS, Stage.PLANNED)]


class TestBeingPrepared:
    def test_negotiating_a_contract_is_planned(self) -> None:
        """'are negotiating a gas contract': a document still being worked on is planned."""
        (agreement,) = agreements_in("The two governments are negotiating a new contract on grain deliveries.")
        assert (agreement.title, agreement.status) == ("contract on grain deliveries", Stage.PLANNED)

    def test_currently_finalising_a_memorandum(self) -> None:
        """A variant: 'are currently finalising a memorandum on ...'."""
        (agreement,) = agreements_in("The ministries are currently finalising a memorandum on veterinary safety.")
        assert (agreement.title, agreement.status) == ("memorandum on veterinary safety", Stage.PLANNED)

    def test_negotiated_in_the_past_is_not_this_rule(self) -> None:
        """The negative: without a signing or plan word, 'negotiated a contract' is no planned document."""
        assert [a.status for a in agreements_in("Years ago the firms negotiated a contract on grain deliveries.")] != [
            Stage.PLANNED
        ]


class TestWhenTermsBegin:
    """A date after the document that says when its terms begin does not date the signing."""

    @pytest.mark.parametrize(
        "text",
        [
            "Gazprom struck a deal with Turkmenistan to buy gas at European prices from 2009.",
            "The ministries signed an agreement on the mutual recognition of diplomas, effective from 1 January 2025.",
        ],
        ids=["prices-from-a-year", "effective-from-a-day"],
    )
    def test_the_start_of_the_terms_is_no_signing_date(self, text: str) -> None:
        """'from 2009', 'effective from 1 January' leave the signing undated."""
        (agreement,) = agreements_in(text, published="2024-11-20")
        assert agreement.status is Stage.SIGNED
        assert agreement.date is None

    def test_a_plain_date_after_the_document_still_dates_it(self) -> None:
        """Without the words of a start, the date after the document is the signing's."""
        text = "The ministries signed an agreement on the mutual recognition of diplomas on 1 November 2024."
        (agreement,) = agreements_in(text, published="2024-11-20")
        assert agreement.date == PartialDate(2024, 11, 1)


class TestCompanyDescriptorInTitle:
    """A company named with its descriptor inside a title keeps only its name there."""

    @pytest.mark.parametrize(
        ("text", "title"),
        [
            (
                "Gazprom is currently coordinating a medium-term contract with the Turkmengaz company.",
                "medium-term contract with Turkmengaz",
            ),
            (
                "The ministry is negotiating a long-term lease contract with the Tatneft concern.",
                "long-term lease contract with Tatneft",
            ),
        ],
        ids=["the-turkmengaz-company", "the-tatneft-concern"],
    )
    def test_the_descriptor_is_dropped(self, text: str, title: str) -> None:
        """'the Turkmengaz company' reads 'Turkmengaz' in the title."""
        (agreement,) = agreements_in(text)
        assert agreement.title == title

    def test_a_company_without_a_name_stays(self) -> None:
        """'the company' alone is no name: nothing is dropped."""
        (agreement,) = agreements_in("The ministry is negotiating a long-term lease contract with the company.")
        assert agreement.title is not None and "company" in agreement.title


class TestCumulativeCounts:
    """Named rejection check: a count over the whole history of the relations is no signing."""

    @pytest.mark.parametrize(
        "text",
        [
            "The two countries have signed more than 200 documents since independence.",
            "Over the years, some 160 agreements were concluded between Moscow and Ashgabat.",
            "The legal framework of the relations now includes about 150 documents.",
        ],
        ids=["since-independence", "over-the-years", "legal-framework"],
    )
    def test_a_total_of_the_relations(self, text: str) -> None:
        """'more than 200 documents since independence' counts the past, it signs nothing now."""
        assert agreements_in(text, published="2024-03-01") == []

    def test_a_batch_of_one_day_stays(self) -> None:
        """A count signed on one occasion is a batch."""
        (agreement,) = agreements_in("The two countries signed 15 documents on Friday.", published="2024-03-01")
        assert agreement.count == 15


class TestJointCommunique:
    """A joint communiqué is a declaration of the two sides."""

    @pytest.mark.parametrize(
        "text",
        [
            "The ministers signed a joint communiqué on cooperation in the Caspian Sea.",
            "The presidents adopted a joint communique on regional security.",
        ],
        ids=["accented-signed", "plain-adopted"],
    )
    def test_a_joint_communique(self, text: str) -> None:
        """Either spelling, signed or adopted, is a declaration."""
        (agreement,) = agreements_in(text)
        assert agreement.doc_type is DocType.DECLARATION
        assert agreement.status is Stage.SIGNED

    def test_a_ministrys_communique_is_no_document(self) -> None:
        """A communiqué that reports news is a statement, not a document of the two sides."""
        assert agreements_in("The ministry said in a communique that the talks went well.") == []


class TestHeadlineSigning:
    """A signing told only in the title line, in the present tense of headlines."""

    def test_present_tense_headline_is_signed(self) -> None:
        text = (
            "Ashgabat and Moscow sign memorandum on cooperation in veterinary science\n\n"
            "The document opens a new chapter for the two countries' farmers.\n"
        )
        (agreement,) = agreements_in(text, lead="")
        assert agreement.status is Stage.SIGNED
        assert agreement.doc_type is DocType.MEMORANDUM
        assert agreement.title == "memorandum on cooperation in veterinary science"

    def test_inked_by_two_ministers_variant(self) -> None:
        text = "Lavrov and Meredov ink treaty on the delimitation of the seabed\n\nThe talks lasted three hours.\n"
        (agreement,) = agreements_in(text, lead="")
        assert agreement.status is Stage.SIGNED
        assert agreement.doc_type is DocType.TREATY

    def test_infinitive_headline_stays_planned(self) -> None:
        text = "Turkmenistan and Russia to sign accord on grain deliveries\n\nThe talks lasted three hours.\n"
        (agreement,) = agreements_in(text, lead="")
        assert agreement.status is Stage.PLANNED

    def test_body_report_wins_over_headline(self) -> None:
        text = (
            "Russia and Turkmenistan sign agreement on sports exchanges\n\n"
            "On 3 May 2021 the ministers signed an agreement on sports exchanges in Ashgabat.\n"
        )
        (agreement,) = agreements_in(text, lead="")
        assert agreement.date == PartialDate(2021, 5, 3)
        assert [item.text for item in agreement.evidence] == [text.splitlines()[2]]


class TestBatchInPassing:
    """A batch of documents told as signed only in passing, in an article that reports no signing."""

    def test_question_about_documents_signed_today(self) -> None:
        text = (
            "Question: Will the documents that were signed today speed up the railway project?\n"
            "Answer: They certainly will.\n"
        )
        (agreement,) = agreements_in(text, published="2022-03-04")
        assert agreement.doc_type is DocType.DOCUMENTS
        assert agreement.status is Stage.SIGNED
        assert agreement.title is None
        assert agreement.date == PartialDate(2022, 3, 4)

    def test_agreements_signed_during_the_visit_variant(self) -> None:
        text = "The minister praised the agreements signed during the visit as a good basis for trade."
        (agreement,) = agreements_in(text)
        assert (agreement.doc_type, agreement.status) == (DocType.DOCUMENTS, Stage.SIGNED)

    def test_old_agreements_are_no_batch(self) -> None:
        """'The agreements signed in 2009' points to documents of the past, not to a signing told here."""
        assert agreements_in("The agreements signed in 2009 remain the basis of gas trade.") == []

    def test_a_signing_told_in_full_is_not_doubled(self) -> None:
        text = (
            "On 4 March the ministers signed five documents in Ashgabat.\n"
            "The documents signed today cover energy and transport.\n"
        )
        (agreement,) = agreements_in(text, published="2022-03-04")
        assert agreement.count == 5


class TestMoreSigningWords:
    """Signing told without the verb "sign": signatures put on a document, an agreement entered into."""

    def test_signatures_put_on_a_plan(self) -> None:
        text = "The two deputy ministers put their signatures on a plan of cooperation in tourism for 2025-2026."
        (agreement,) = agreements_in(text)
        assert agreement.doc_type is DocType.PLAN
        assert agreement.status is Stage.SIGNED
        assert agreement.title == "plan of cooperation in tourism for 2025-2026"

    def test_variant_signature_affixed_to_a_memorandum(self) -> None:
        text = "The rector affixed his signature to a memorandum on student exchanges with the Moscow university."
        (agreement,) = agreements_in(text)
        assert agreement.doc_type is DocType.MEMORANDUM
        assert agreement.status is Stage.SIGNED

    def test_agreement_entered_into(self) -> None:
        text = "Last year the sides entered into an agreement on the joint use of the port."
        (agreement,) = agreements_in(text)
        assert agreement.status is Stage.SIGNED
        assert agreement.title == "agreement on the joint use of the port"

    def test_entered_into_force_stays_in_force(self) -> None:
        text = "The agreement on the joint use of the port entered into force in May 2024."
        (agreement,) = agreements_in(text)
        assert agreement.status is Stage.IN_FORCE

    def test_third_countries_signatures_give_nothing(self) -> None:
        text = "Kazakhstan and Uzbekistan put their signatures on a plan of cooperation in water use."
        assert agreements_in(text, lead="") == []


class TestTitleBeforeAnEndDate:
    def test_until_a_year_is_not_in_the_title(self) -> None:
        """'extend the contract ... until 2030': the title stops before 'until'."""
        text = "The sides agreed to extend the contract on the supply of electricity until 2030."
        (agreement,) = agreements_in(text)
        assert agreement.title == "contract on the supply of electricity"

    def test_variant_through_a_month(self) -> None:
        text = "The companies decided to prolong the agreement on ferry services through December 2026."
        (agreement,) = agreements_in(text)
        assert agreement.title == "agreement on ferry services"


class TestTitleBeforeTheCity:
    def test_title_stops_before_in_city_on_day(self) -> None:
        """'signed a plan of ... in Moscow on Tuesday': the city is where, not what."""
        text = "The ministers signed a plan of cultural exchanges for 2025-2026 in Moscow on Tuesday."
        (agreement,) = agreements_in(text, published="2024-03-12")
        assert agreement.title == "plan of cultural exchanges for 2025-2026"

    def test_variant_city_then_yesterday(self) -> None:
        text = "The sides signed a memorandum on cooperation in veterinary medicine in Ashgabat yesterday."
        (agreement,) = agreements_in(text, published="2024-03-12")
        assert agreement.title == "memorandum on cooperation in veterinary medicine"

    def test_city_at_sentence_end_stays_in_the_title(self) -> None:
        """'a contract to build a plant in Mary.': where the plant is, part of the subject."""
        text = "The company signed a contract to build a cement plant in Mary."
        (agreement,) = agreements_in(text, published="2024-03-12")
        assert agreement.title == "contract to build a cement plant in Mary"

    def test_two_word_region_stays_in_the_title(self) -> None:
        text = "The sides signed an agreement on water cooperation in Central Asia."
        (agreement,) = agreements_in(text, published="2024-03-12")
        assert agreement.title == "agreement on water cooperation in Central Asia"


class TestPlannedSignings:
    def test_to_be_signed_in_a_month_keeps_the_month(self) -> None:
        """'is expected to be signed in May': a plan dated by that month."""
        text = "A memorandum on cooperation in the field of veterinary medicine is expected to be signed in May."
        (agreement,) = agreements_in(text, published="2024-03-12")
        assert agreement.status is Stage.PLANNED
        assert agreement.date == PartialDate(2024, 5)

    def test_variant_will_be_signed_in_a_year(self) -> None:
        text = "The programme of cooperation in tourism will be signed in 2025."
        (agreement,) = agreements_in(text, published="2024-03-12")
        assert agreement.status is Stage.PLANNED
        assert agreement.date == PartialDate(2025)

    def test_approved_the_signing_is_a_plan(self) -> None:
        text = "The Cabinet approved the signing of an agreement with Russia on cooperation in civil aviation."
        (agreement,) = agreements_in(text, published="2024-03-12")
        assert agreement.status is Stage.PLANNED

    def test_variant_authorised_the_signing(self) -> None:
        text = "The government authorised the signing of a memorandum with Russia on pharmaceutical supplies."
        (agreement,) = agreements_in(text, published="2024-03-12")
        assert agreement.status is Stage.PLANNED

    def test_ended_document_keeps_no_signing_date(self) -> None:
        """'the agreement signed in 2003 expired': the year is the signing's, not the ending's."""
        text = "The agreement on dual citizenship signed in 2003 expired last year."
        (agreement,) = agreements_in(text, published="2024-03-12")
        assert agreement.status is Stage.TERMINATED
        assert agreement.date != PartialDate(2003)


class TestTitleBeforeItsPurpose:
    def test_aimed_at_ends_the_title(self) -> None:
        """'an agreement on X aimed at Y': the purpose is no part of the title."""
        text = "The ministries signed an agreement on cooperation in archives aimed at opening joint collections."
        (agreement,) = agreements_in(text, published="2024-03-12")
        assert agreement.title == "agreement on cooperation in archives"

    def test_variant_designed_to(self) -> None:
        text = "The sides signed a memorandum on customs data exchange designed to speed up border checks."
        (agreement,) = agreements_in(text, published="2024-03-12")
        assert agreement.title == "memorandum on customs data exchange"


class TestCloseToADeal:
    """A deal the sides are close to or nearing is still to be signed (kinds8)."""

    @pytest.mark.parametrize(
        "text",
        [
            "Russia is close to a gas deal with Turkmenistan, officials said.",
            "Gazprom is nearing a new supply contract with Turkmenistan.",
        ],
        ids=["close-to", "nearing"],
    )
    def test_close_to_a_deal_is_planned(self, text: str) -> None:
        """'Close to a gas deal', 'nearing a new contract': planned, not signed."""
        found = [r for r in parse_article(text, published="2024-03-04").records if isinstance(r, Agreement)]
        assert found and all(agreement.status is Stage.PLANNED for agreement in found)


class TestAlsoSigned:
    @pytest.mark.parametrize(
        "text",
        [
            "On 3 March 2023 the two foreign ministers signed a plan of consultations for 2023-2024. "
            "A set of documents was also signed in their presence.",
            "The prime ministers signed a joint statement on 12 May 2023. "
            "Memoranda on tourism and sport have also been signed.",
        ],
        ids=["set-of-documents", "memoranda"],
    )
    def test_one_more_signing_takes_the_date_before(self, text: str) -> None:
        """'... was also signed': one more signing on the occasion just told, so on its date."""
        found = agreements_in(text, published="2023-06-01")
        assert len(found) >= 2
        assert {agreement.date for agreement in found} == {found[0].date} != {None}


class TestModifierRunTitles:
    @pytest.mark.parametrize(
        ("text", "title"),
        [
            (
                "The ministers signed an agreement on trade, economic, scientific and cultural cooperation "
                "between the Republic of Tatarstan and the Cabinet of Ministers of Turkmenistan.",
                "agreement on trade, economic, scientific and cultural cooperation between the Republic of "
                "Tatarstan and the Cabinet of Ministers of Turkmenistan",
            ),
            (
                "Russia and Turkmenistan signed a memorandum on humanitarian, educational and sports exchanges "
                "for 2025-2027.",
                "memorandum on humanitarian, educational and sports exchanges for 2025-2027",
            ),
        ],
        ids=["four-modifiers-and-parties", "three-modifiers"],
    )
    def test_a_run_of_modifiers_before_one_noun_stays_in_the_title(self, text: str, title: str) -> None:
        """'on trade, economic and cultural cooperation': the commas list modifiers of one noun, not documents."""
        (agreement,) = agreements_in(text, published="2024-05-01")
        assert agreement.title == title


class TestSpanDates:
    @pytest.mark.parametrize(
        "text",
        [
            "The experts initialled a draft agreement on road transport at the end of consultations held in "
            "Ashgabat on 12-13 March 2024.",
            "Consultations of the two foreign ministries were held in Ashgabat on 12-13 March 2024. "
            "Following the consultations, a plan of cooperation for 2024-2025 was signed.",
        ],
        ids=["span-in-the-sentence", "span-of-the-talks-before"],
    )
    def test_a_document_of_talks_over_days_takes_their_month(self, text: str) -> None:
        """Talks over two days without the signing's own day: the month the days share, not the first day."""
        (agreement,) = agreements_in(text, published="2024-03-20")
        assert agreement.date == PartialDate(2024, 3)
