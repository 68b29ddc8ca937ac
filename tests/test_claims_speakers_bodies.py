"""The claims stage: bodies as speakers, and the body that a later mention of one names."""

from __future__ import annotations

import pytest
from claimkit import article

from embeddings.claims import SentenceClaimExtractor, find_speaker


def test_another_kind_of_body_is_another_speaker() -> None:
    # "the alliance" may name the treaty organisation that spoke before; "the city council"
    # is not the mayor's office
    claims = SentenceClaimExtractor().extract(article(
        "The Collective Security Treaty Organization said it would send monitors. The "
        "alliance said the mission would last a month. The mayor's office said the bridge "
        "would reopen. The city council said the bridge would stay closed."))
    assert [c.speaker for c in claims] == [
        "Collective Security Treaty Organization", "Collective Security Treaty Organization",
        "mayor's office", "city council"]
    # a body of one kind named by no name is no name for another: "the bank" is not "the
    # company" that spoke before it
    claims = SentenceClaimExtractor().extract(article(
        "Sales rose 5% in the quarter, the company said. Rates will stay high this year, the "
        "bank said."))
    assert [c.speaker for c in claims] == ["company", "bank"]


def test_the_company_is_the_company_that_spoke_before() -> None:
    # a company is mostly called by its bare name: "the company" is the last one that spoke,
    # never a person, a place or a ministry
    claims = SentenceClaimExtractor().extract(article(
        "Norvanta said a cyberattack had exposed customer data. Maria Lindqvist said the "
        "breach was contained. The company said no passwords were taken. Azerbaijan said it "
        "would respond. The health ministry said cases fell. The company said it would help."))
    assert [c.speaker for c in claims] == [
        "Norvanta", "Maria Lindqvist", "Norvanta", "Azerbaijan", "health ministry", "Norvanta"]


def test_the_company_is_no_public_body_or_wire_service_that_spoke_before() -> None:
    # "the company" after "The UN warned" or "Reuters reported" is a company of the story,
    # not the UN or the agency reporting it
    for before in ("The UN warned that the famine could spread.",
                   "Reuters reported that the famine could spread.",
                   "NATO said the drills would go on.",
                   # a regulator known by its acronym
                   "Four infants fell ill after drinking the formula, the FDA said."):
        claims = SentenceClaimExtractor().extract(article(
            before + " The company announced it would cut 500 jobs."))
        assert claims[1].speaker == "company", before
    claims = SentenceClaimExtractor().extract(article(
        "A NATO jet and a SkyLink plane collided. The airline said the crew was safe."))
    assert claims[1].speaker == "SkyLink"


def test_the_company_is_the_one_its_sentence_names_when_none_spoke_before() -> None:
    claims = SentenceClaimExtractor().extract(article(
        "Carmaker Velta is recalling 310,000 SUVs over a braking fault, the company said. "
        "Shares in the group fell 4%, the company said. "
        "The Athletics Integrity Unit suspended the sprinter. The unit said the sample was "
        "clean of contamination. All 182 passengers were evacuated safely, the airport said."))
    assert [c.speaker for c in claims] == [
        "Velta", "Velta", None, "Athletics Integrity Unit", "airport"]


def test_the_airline_is_the_one_name_the_story_gave_lately() -> None:
    claims = SentenceClaimExtractor().extract(article(
        "A jet operated by SkyLink made an emergency landing on Sunday. The airline said the "
        "fire was caused by a bird strike."))
    assert [c.speaker for c in claims] == [None, "SkyLink"]
    # two companies named lately: which one spoke cannot be told
    claims = SentenceClaimExtractor().extract(article(
        "A deal between Norvanta and Westgrid collapsed on Monday. The company said profits "
        "would recover."))
    assert [c.speaker for c in claims] == [None, "company"]


def test_a_body_described_before_its_name_is_the_one_a_later_descriptor_names() -> None:
    claims = SentenceClaimExtractor().extract(article(
        "Temperatures reached 46C, according to the state weather agency Aemet. At least 12 "
        "people have died, the health ministry said. The agency said the heat would last."))
    assert [c.speaker for c in claims] == ["Aemet", "health ministry", "Aemet"]


def test_an_it_after_a_body_s_frame_is_that_body() -> None:
    claims = SentenceClaimExtractor().extract(article(
        "Russia said it had hit a military command post. The ministry said it was unclear "
        "whether talks would resume. Kim said it would rain. It was a tragedy, the minister "
        "said."))
    assert [c.core for c in claims] == [
        "Russia had hit a military command post.",
        # an "it" that stands for no one, a person's "it", a sentence's own "It": as written
        "it was unclear whether talks would resume.",
        "it would rain.",
        "It was a tragedy",
    ]
    assert claims[0].text.startswith("Russia said it had hit")  # the text stays as written


def test_police_are_not_the_force_that_spoke_before() -> None:
    claims = SentenceClaimExtractor().extract(article(
        "The ferry sank on Monday, the coast guard said. Two people died, police said. "
        "The Metropolitan Police said a man was arrested. Two people were hurt, police said."))
    assert [c.speaker for c in claims] == ["coast guard", "police", "Metropolitan Police",
                                           "Metropolitan Police"]


def test_a_body_named_in_its_descriptor_is_not_an_earlier_speaker() -> None:
    claims = SentenceClaimExtractor().extract(article(
        "The plant will close, according to union sources. The IG Metall union said it "
        "would strike."))
    assert [c.speaker for c in claims] == ["union sources", "IG Metall union"]


def test_it_is_the_last_body_that_spoke_not_a_spokeswoman() -> None:
    text = ("The European Commission said the talks had failed. A British government "
            "spokeswoman said the extension was positive. If the tariffs stay, it has said it "
            "will set its own duties on 2.8 billion euros of goods.")
    claims = SentenceClaimExtractor().extract(article(text))
    duties = next(c for c in claims if "duties" in c.text)
    assert duties.speaker == "European Commission"


def test_the_company_is_the_one_just_described() -> None:
    claims = SentenceClaimExtractor().extract(article(
        "The new strain, known as clade Ib, spreads more easily. A vaccine made by Danish firm "
        "Nordvax is approved in several countries. The company said it could supply 10 "
        "million doses by the end of 2025."))
    assert claims[-1].speaker == "Nordvax"
    assert claims[-1].core == "Nordvax could supply 10 million doses by the end of 2025."


def test_a_bodys_spokeswoman_is_named_by_the_body_that_spoke() -> None:
    claims = SentenceClaimExtractor().extract(article(
        "Velta on Monday denied a report that it plans to cut jobs. \"There are no plans for "
        "job cuts,\" a company spokeswoman said. The Defence Ministry said a depot was hit. A "
        "ministry spokesman said two soldiers were hurt."))
    assert [c.speaker for c in claims] == ["Velta", "Velta spokeswoman", "Defence Ministry",
                                           "Defence Ministry spokesman"]
    # with no body named before, the role is all there is
    lone = SentenceClaimExtractor().extract(article("A company spokeswoman said it would close."))
    assert lone[0].speaker == "company spokeswoman"


@pytest.mark.parametrize("sentence", [
    "A spokeswoman for the Federal Network Agency said storage levels were watched daily.",
    "A Federal Network Agency spokeswoman said storage levels were watched daily.",
    "Storage levels were watched daily, a spokeswoman for the Federal Network Agency said.",
])
def test_a_spokesperson_for_a_body_is_one_voice_however_worded(sentence: str) -> None:
    claim = SentenceClaimExtractor().extract(article(sentence))[0]
    assert claim.speaker == "Federal Network Agency spokeswoman"
    assert claim.core.startswith(("storage", "Storage"))


@pytest.mark.parametrize("sentence", [
    "Germany plans to cut its gas use, the newspaper Handelsblatt reported.",
    "Germany plans to cut its gas use, the business daily Handelsblatt reported on Tuesday, "
    "citing a draft government paper.",
    "The business daily Handelsblatt reported that Germany plans to cut its gas use.",
])
def test_a_publication_described_before_its_name_reports(sentence: str) -> None:
    claim = SentenceClaimExtractor().extract(article(sentence))[0]
    assert claim.speaker == "Handelsblatt"
    assert claim.core.startswith(("Germany plans to cut its gas use", "Germany"))
    assert "reported" not in claim.core


@pytest.mark.parametrize(("sentence", "speaker", "core"), [
    # a bare group names no one, capitalised or not ("Officials said")
    ("Parents said the school had not warned them.", None, "the school had not warned them."),
    ("Local business owners said the closure would hurt trade.", "Local business owners",
     "the closure would hurt trade."),
    ("Trade fell by half, shopkeepers said.", None, "Trade fell by half"),
])
def test_the_people_a_local_story_hears_from_are_a_group(sentence: str, speaker: str | None,
                                                          core: str) -> None:
    claim = SentenceClaimExtractor().extract(article(sentence))[0]
    assert (claim.speaker, claim.core) == (speaker, core)


def test_a_common_plural_opening_a_sentence_is_a_bare_group() -> None:
    claims = SentenceClaimExtractor().extract(article(
        "Flu cases rose sharply in the city this week. Hospitals said 45 patients were "
        "admitted on Monday. Airlines reported that 120 flights were cancelled."))
    assert [(c.speaker, c.core) for c in claims[1:]] == [
        (None, "45 patients were admitted on Monday."),
        (None, "120 flights were cancelled.")]


@pytest.mark.parametrize(("text", "speaker"), [
    # a name the article capitalises inside a sentence too
    ("Rangers said the striker would miss the final. The injury is a blow to Rangers.",
     "Rangers"),
    # a party speaks as its members
    ("Democrats said the bill would fail. The vote is set for Friday.", "Democrats"),
    # a group the story sets apart stays named as before
    ("Azerbaijani officials said the border was calm. The talks resume on Monday.",
     "Azerbaijani officials"),
])
def test_a_plural_name_still_speaks(text: str, speaker: str) -> None:
    assert SentenceClaimExtractor().extract(article(text))[0].speaker == speaker


@pytest.mark.parametrize(("sentence", "core"), [
    ("Farmers in the valley said the harvest was lost.", "the harvest was lost."),
    ("Residents near the border said the river had flooded.", "the river had flooded."),
    ("Workers across the region said they would strike on Monday.",
     "they would strike on Monday."),
    ("The harvest was lost, farmers in the valley said.", "The harvest was lost"),
    ("Experts not involved in the research said the findings were plausible.",
     "the findings were plausible."),
])
def test_a_bare_group_and_where_it_is_names_no_one(sentence: str, core: str) -> None:
    claim = SentenceClaimExtractor().extract(article(sentence))[0]
    assert (claim.speaker, claim.core) == (None, core)


@pytest.mark.parametrize(("text", "speaker"), [
    # where a group is, in lower case, is no speaker either
    ("Shops in the old town reopened on Tuesday, residents in the city centre said.", None),
    # a body named by its people, or with a capital, speaks
    ("Analysts at Deutsche Bank said rates would rise in June.", "Analysts at Deutsche Bank"),
    ("The Defence Ministry said a depot was hit. Officials at the ministry said five "
     "soldiers died.", "Defence Ministry"),
])
def test_a_group_at_a_named_body_speaks_for_it(text: str, speaker: str | None) -> None:
    assert SentenceClaimExtractor().extract(article(text))[-1].speaker == speaker


@pytest.mark.parametrize("sentence, speaker, core", [
    # a wire's "has learned from": a source no one names vouches for nothing, and the claim
    # is the outlet's that learned it (as "TASS reported, citing a source" is)
    ("TASS has learned from a source in the defense ministry that the drills will continue "
     "until Friday.", "TASS", "the drills will continue until Friday."),
    ("RIA Novosti has learned from sources that the talks will resume.", "RIA Novosti",
     "the talks will resume."),
    ("Reuters has learned that the company plans to cut 500 jobs.", "Reuters",
     "the company plans to cut 500 jobs."),
    # "As X reported (earlier), A": the frame and its "earlier" are no part of A
    ("As Ukrinform reported earlier, the strike hit an energy facility in Odesa.", "Ukrinform",
     "the strike hit an energy facility in Odesa."),
    ("As the ministry said on Monday, the border will stay closed.", "ministry",
     "the border will stay closed."),
    ("As previously reported by Ukrinform, the strike hit an energy facility in Odesa.",
     "Ukrinform", "the strike hit an energy facility in Odesa."),
    ("As reported earlier by Ukrinform, the strike hit an energy facility in Odesa.",
     "Ukrinform", "the strike hit an energy facility in Odesa."),
    # a press release's opening: the company with its legal form, ticker and description
    ("Acme Robotics, Inc. (NASDAQ: ACME), a leader in warehouse automation, today announced "
     "that revenue rose 40% in the quarter.", "Acme Robotics Inc",
     "revenue rose 40% in the quarter."),
    ("Northwind Energy (NYSE: NWE) today reported that quarterly profit fell 12%.",
     "Northwind Energy", "quarterly profit fell 12%."),
    # a country described before its name, a country's armed forces
    ("The former colonial power France said the coup was illegal.", "France",
     "the coup was illegal."),
    ("Russia's military said it had shot down 20 drones.", "Russia's military",
     "it had shot down 20 drones."),
    # a party described as the opposition
    ("The opposition Kuomintang said the drills were a provocation.", "Kuomintang",
     "the drills were a provocation."),
    # a name of three words or more after the body or the country whose title it is
    ("The director of the WHO Tedros Adhanom Ghebreyesus said the outbreak was slowing.",
     "Tedros Adhanom Ghebreyesus", "the outbreak was slowing."),
    ("The president of Brazil Luiz Inácio Lula da Silva said the summit had failed.",
     "Luiz Inácio Lula da Silva", "the summit had failed."),
    # a clause in the present after "said", with no "-ed" or auxiliary in it
    ("Ministry of Foreign Affairs Spokesperson Mao Ning said China firmly opposes the "
     "sanctions.", "Mao Ning", "China firmly opposes the sanctions."),
])
def test_agencies_and_companies_frames_name_their_speaker(sentence: str, speaker: str,
                                                         core: str) -> None:
    found = find_speaker(sentence)
    assert (found.speaker, found.core) == (speaker, core)


def test_an_act_of_a_described_country_is_its_own() -> None:
    found = find_speaker("The former colonial power France condemned the coup in Niger.")
    assert found.speaker == "France"


@pytest.mark.parametrize("sentence", [
    "Students have learned that the exam was cancelled.",  # a bare group: nobody named
    "Children who have learned that the exam was cancelled cheered.",
    "As protesters marched, police fired tear gas.",  # "as" of time: no frame
    "As expected, the bank raised rates.",
    "He said Chinese firms would suffer.",  # (its clause is found by "would")
])
def test_what_only_looks_like_an_agencys_frame_names_no_one(sentence: str) -> None:
    found = find_speaker(sentence)
    assert found.speaker is None


@pytest.mark.parametrize(("sentence", "speaker"), [
    # a nationality, a body in lower case, and the place that says which one (as "the
    # Canadian Embassy in Oslo" in capitals; the article goes, as in "the Chinese embassy")
    ("The Chinese embassy in Abuja said the workers were safe.", "Chinese embassy in Abuja"),
    ("The US embassy in Kyiv said the staff were safe.", "US embassy in Kyiv"),
    ("The Russian consulate in Istanbul said the office would close.",
     "Russian consulate in Istanbul"),
    ("The workers were safe, the Chinese embassy in Abuja said.", "Chinese embassy in Abuja"),
    ("Russia's embassy in Ankara said the talks were over.", "Russia's embassy in Ankara"),
    ("Beijing has handed over the genome, a Russian diplomatic mission in China said.",
     "Russian diplomatic mission in China"),
    # inverted: the body speaks, not its nationality alone
    ("The workers were safe, said the Chinese embassy in Abuja.", "Chinese embassy in Abuja"),
    ("The workers were safe, said the Chinese government.", "Chinese government"),
    # a consulate is a body as an embassy is
    ("The Russian consulate said the office would close.", "Russian consulate"),
])
def test_a_body_in_lower_case_and_its_place_is_the_speaker(sentence: str, speaker: str) -> None:
    assert find_speaker(sentence).speaker == speaker


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("The British High Commission in Nairobi said the visa rules had changed.",
     "British High Commission in Nairobi"),
    ("South Korea's military said the missile flew 600 km.", "South Korea's military"),
    ("The Chinese embassy said the workers were safe.", "Chinese embassy"),
    ("Residents in Kyiv said the power was out.", "Residents in Kyiv"),
    ("A company in Texas said the plant would close.", None),  # "a" names no one company
    ("The council in March said the road would close.", None),  # when, not where
    ("The ministry said the Chinese government would respond.", "ministry"),
])
def test_what_is_no_body_in_a_place_reads_as_before(sentence: str, speaker: str | None) -> None:
    assert find_speaker(sentence).speaker == speaker


@pytest.mark.parametrize(("sentence", "speaker", "core"), [
    # a description first, then the name in apposition: the name speaks
    ("The main opposition party, the Kuomintang, said the drills were reckless.", "Kuomintang",
     "the drills were reckless."),
    ("The country's biggest carrier, Air India, said flights would resume.", "Air India",
     "flights would resume."),
    ("Its rival, Boeing, said the order was cancelled.", "Boeing", "the order was cancelled."),
    ("Britain's largest union, Unite, said the strike would go ahead.", "Unite",
     "the strike would go ahead."),
])
def test_a_name_after_a_description_is_the_speaker(sentence: str, speaker: str,
                                                   core: str) -> None:
    found = find_speaker(sentence)
    assert (found.speaker, found.core) == (speaker, core)


@pytest.mark.parametrize(("sentence", "speaker"), [
    # the name first, the description after; a party member described again; a list; when
    ("Ned Price, a State Department spokesperson, said the talks were useful.", "Ned Price"),
    ("The senator, the Democrat, said the bill would fail.", "senator"),
    ("The two unions, Unite and GMB, said the strike would go ahead.", None),
    ("The next day, Smith, said the bill would fail.", None),
])
def test_what_is_no_name_after_a_description_reads_as_before(sentence: str,
                                                              speaker: str | None) -> None:
    assert find_speaker(sentence).speaker == speaker


@pytest.mark.parametrize(("sentence", "speaker"), [
    # the holder of an office of a body in a place: the office described speaks
    ("The head of the Chinese embassy in Abuja said the workers were safe.",
     "head of the Chinese embassy in Abuja"),
    ("The spokesman for the US embassy in Kyiv said the staff were safe.",
     "spokesman for the US embassy in Kyiv"),
    ("A spokeswoman at the Russian consulate in Istanbul said the office would close.",
     "spokeswoman at the Russian consulate in Istanbul"),
    ("The workers were safe, the deputy head of the Chinese embassy in Abuja said.",
     "deputy head of the Chinese embassy in Abuja"),
    # the holder named after the office is who speaks
    ("The head of the Chinese embassy in Abuja, Ambassador Li Wei, said the workers were safe.",
     "Li Wei"),
    ("The spokesman for the Malian army, Colonel Souleymane Dembele, said the camp was retaken.",
     "Souleymane Dembele"),
    ("China's top diplomat, Foreign Minister Wang Yi, said the talks were useful.", "Wang Yi"),
])
def test_the_holder_of_an_office_speaks(sentence: str, speaker: str) -> None:
    assert find_speaker(sentence).speaker == speaker


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("The Chinese embassy in Abuja said the workers were safe.", "Chinese embassy in Abuja"),
    ("Ned Price, State Department Spokesman, said the talks were useful.", "Ned Price"),
    ("Smith, Director General of the agency, said the talks were useful.", "Smith"),
    ("Officials at the Chinese embassy in Abuja said the workers were safe.", None),
])
def test_what_is_no_office_holder_reads_as_before(sentence: str, speaker: str | None) -> None:
    assert find_speaker(sentence).speaker == speaker


@pytest.mark.parametrize(("sentence", "speaker", "core"), [
    # the British government by its address: a numeral is part of the name
    ("No 10 said the visit would go ahead.", "No 10", "the visit would go ahead."),
    ("Number 10 said the visit would go ahead.", "Number 10", "the visit would go ahead."),
    ("But No 10 has said the visit would go ahead.", "No 10", "the visit would go ahead."),
    ("The visit would go ahead, No. 10 said.", "No. 10", "The visit would go ahead"),
    ("The visit will go ahead, said No 10.", "No 10", "The visit will go ahead"),
    ("The visit will go ahead, 10 Downing Street said in a statement.", "10 Downing Street",
     "The visit will go ahead"),
    ("Downing Street said the visit would go ahead.", "Downing Street",
     "the visit would go ahead."),
    ("A No 10 spokesman said the visit would go ahead.", "No 10 spokesman",
     "the visit would go ahead."),
    # "No" alone is no one
    ("No one said the visit would go ahead.", None, "No one said the visit would go ahead."),
])
def test_number_10_is_a_speaker(sentence: str, speaker: str | None, core: str) -> None:
    found = find_speaker(sentence)
    assert (found.speaker, found.core) == (speaker, core)


@pytest.mark.parametrize(("sentence", "speaker", "core"), [
    # wire copy from elsewhere: a body's spokesman by its people and kind, a plural title
    # in a body's name, another name in apposition
    ("The talks will resume next week, a spokesman for the Mexican foreign ministry said.",
     "Mexican foreign ministry spokesman", "The talks will resume next week"),
    ("A spokeswoman for the Lagos state government said the roads would reopen.",
     "Lagos state government spokeswoman", "the roads would reopen."),
    ("The launch came after the drills began, the Joint Chiefs of Staff (JCS) said in a text "
     "message to reporters.", "Joint Chiefs of Staff", "The launch came after the drills began"),
    ("Mexico's President Andres Manuel Lopez Obrador, known as AMLO, said the reform would pass.",
     "Andres Manuel Lopez Obrador", "the reform would pass."),
    # and as before: a body alone, a person of a body
    ("A spokesman for the ministry said the talks will resume.", "spokesman for the ministry",
     "the talks will resume."),
    ("“The weather did more,” Amal Idris of the Refugee Council said.", "Amal Idris",
     "The weather did more"),
    ("North Korea fired two missiles, South Korea's Joint Chiefs of Staff said.",
     "South Korea's Joint Chiefs of Staff", "North Korea fired two missiles"),
])
def test_wire_copy_speakers(sentence: str, speaker: str, core: str) -> None:
    found = find_speaker(sentence)
    assert (found.speaker, found.core) == (speaker, core)
