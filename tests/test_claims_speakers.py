"""The claims stage: who makes a claim (the quoted or reported speaker, pronouns, bodies
named before)."""

from __future__ import annotations

import pytest
from claimkit import article
from stories import SHOAL

from embeddings.claims import (
    SentenceClaimExtractor,
    SpeakerContext,
    find_speaker,
)
from embeddings.claims.quotes import double_single_quotes
from embeddings.claims.subjects import unnamed_source
from embeddings.types import Article

# --- speakers --------------------------------------------------------------------------------


@pytest.mark.parametrize(("sentence", "speaker", "core"), [
    ("Mayor Ana Lind said that the budget was balanced.", "Ana Lind", "the budget was balanced."),
    ("The budget is balanced, Finance Minister Ana Lind told reporters.", "Ana Lind",
     "The budget is balanced"),
    ("According to the Ruritanian Interior Ministry, 40 people were arrested.",
     "Ruritanian Interior Ministry", "40 people were arrested."),
    ("40 people were arrested overnight, according to police in Brno.", "police in Brno",
     "40 people were arrested overnight."),
    ("Senator Tom Reyes accused the governor of hiding the audit.", "Tom Reyes",
     "the governor hiding the audit."),
    ("Reyes claimed the audit had been hidden for months.", "Reyes",
     "the audit had been hidden for months."),
    ("The company’s spokesman Peter Varga said the plant would close.", "Peter Varga",
     "the plant would close."),
    ("EU spokesperson Maria Kowalski said in a statement that sanctions remain.",
     "Maria Kowalski", "sanctions remain."),
    ("The Canadian Embassy in Oslo denied that any visas had been revoked.",
     "Canadian Embassy in Oslo", "any visas had been revoked."),
    ("Ned Vale, a ministry spokesperson, insisted that the border was open.", "Ned Vale",
     "the border was open."),
    ("A paper quoted the envoy as saying that “the ceasefire will hold for weeks.”", "envoy",
     "the ceasefire will hold for weeks."),
    ("The river flooded three villages overnight.", None,
     "The river flooded three villages overnight."),
    # the role first, the name in apposition
    ("A council spokesman, Tom Reyes, said the audit was complete.", "Tom Reyes",
     "the audit was complete."),
    ("The ministry’s spokeswoman, Ana Lind, said Brno would respond.", "Ana Lind",
     "Brno would respond."),
    # "X said A, adding that B" reports A (and B), not B alone
    ("The Kremlin said it was watching closely, adding that the troops remained.", "Kremlin",
     "it was watching closely, adding that the troops remained."),
    # ... while a later frame with a subject of its own is the claim's (nested reports)
    ("Radio Brno reported that spokesman Ned Vale stated that the border was open.",
     "Ned Vale", "the border was open."),
    # an inverted frame: when and where are not the name; the claim is what comes before
    ("The talks failed, said Ana Lind on Tuesday.", "Ana Lind", "The talks failed"),
    ("The talks failed, said Lind in Brno.", "Lind", "The talks failed"),
    # an office's title before the person; when is not part of who
    ("White House Press Secretary Ana Lind said the plant would close.", "Ana Lind",
     "the plant would close."),
    ("Brno Watch on Friday noted that the plant would close.", "Brno Watch",
     "the plant would close."),
    ("The plant will close, according to media reports Tuesday.", "media reports",
     "The plant will close."),
    # the full stop of an initial or a title does not end the name (it ended it at "U")
    ("Steel imports rose 15 percent, according to the U.S. Department of Commerce.",
     "U.S. Department of Commerce", "Steel imports rose 15 percent."),
    ("According to Mr. Varga, the plant will close.", "Varga", "the plant will close."),
    # a capitalised sentence adverb before the first comma is not a name
    ("Ironically, the plant will close, said Ana Lind.", "Ana Lind",
     "Ironically, the plant will close"),
    ("Theresa May said the plant would close.", "Theresa May", "the plant would close."),
    # whom it was told is not the claim
    ("Peter Varga told reporters the plant would close.", "Peter Varga",
     "the plant would close."),
    ("Varga told the Financial Times the plant would close.", "Varga",
     "the plant would close."),
    # when it was said is not the claim
    ("Mayor Ana Lind said Sunday the plant would close.", "Ana Lind",
     "the plant would close."),
    # a trailing frame after a sentence that opens with an adverbial
    ("For the whole year, the average delay was 12 minutes, Ana Lind said.", "Ana Lind",
     "For the whole year, the average delay was 12 minutes"),
    # no frame: a verb of saying used as an adjective, or said of those who were told
    ("From the start, the Netherlands' declared goal was to close the plant.", None,
     "From the start, the Netherlands' declared goal was to close the plant."),
    ("Thousands told to leave as the river rises", None,
     "Thousands told to leave as the river rises"),
    ("Don't have the city council tell everybody what to build.", None,
     "Don't have the city council tell everybody what to build."),
    ("Six confirmed dead after the bridge collapse", None,
     "Six confirmed dead after the bridge collapse"),
    ("To settle the case, Ana Lind agreed to pay $1 million.", None,
     "To settle the case, Ana Lind agreed to pay $1 million."),
    ("According to this report the delay will be about 10.5 minutes.", None,
     "According to this report the delay will be about 10.5 minutes."),
    # the claim before a frame that ends the sentence, also after an -ing subject
    ("The plant will close next year, Ana Lind told the court.", "Ana Lind",
     "The plant will close next year"),
    ("Testing at the state lab has not shown whether the plant leaked, Lind said yesterday.",
     "Lind", "Testing at the state lab has not shown whether the plant leaked"),
    # a bare clause with a long subject, or with a pronoun for its subject
    ("In a statement, the ministry said the outlook for growth over the coming two years had"
     " improved.", "ministry", "the outlook for growth over the coming two years had improved."),
    ("Brno Watch has said it wants to close the plant.", "Brno Watch",
     "it wants to close the plant."),
    ("Rep. Ana Lind, D-Ohio, said the bill won't pass.", "Ana Lind", "the bill won't pass."),
    ("Jose Varga, 31, said he faced threats at home.", "Jose Varga", "he faced threats at home."),
    # a government, a board or a regulator speaks like a ministry does
    ("The government said the plant would close.", "government", "the plant would close."),
    # a frame set inside the claim: what comes before and after it is the claim
    ("Business conditions improved sharply, the agency said, jumping to 55 from 40 in May.",
     "agency", "Business conditions improved sharply, jumping to 55 from 40 in May."),
    ("After the attack, Lind said, agents searched the town.", "Lind",
     "agents searched the town."),
    # a frame inside a subordinate or relative clause is not the sentence's
    ("Forty workers have been laid off since Ana Lind announced the closure in May.",
     "Ana Lind", "Forty workers have been laid off since Ana Lind announced the closure in May."),
    ("Ms. Lind, who has repeatedly denied any wrongdoing, has recounted a similar story.", None,
     "Ms. Lind, who has repeatedly denied any wrongdoing, has recounted a similar story."),
    ("Ana Lind said Brno lied when it said it never sought the plant.", "Ana Lind",
     "Brno lied when it said it never sought the plant."),
    # two reports in one headline: the first speaker's, with the rest kept
    ("Brno says it seized a drone; Vienna says it's not true", "Brno",
     "it seized a drone; Vienna says it's not true"),
    # a title of several words is no part of the name
    ("Senate President Pro Tempore Ana Lind said the vote would be held on Friday.", "Ana Lind",
     "the vote would be held on Friday."),
    ("House Speaker Ana Lind said the bill would pass.", "Ana Lind", "the bill would pass."),
    # an owner and lower-case words before the title belong to the role, not the claim
    ("Brno's presidential aide Ana Lind claimed that the shelling had stopped.", "Ana Lind",
     "the shelling had stopped."),
    ("Vienna's foreign ministry spokeswoman Ana Lind said the talks would go on.", "Ana Lind",
     "the talks would go on."),
    ("The suspects fled across the border, Brno police spokesman Lt. Ana Lind said Sunday.",
     "Ana Lind", "The suspects fled across the border"),
    # a group named by what sets it apart speaks; a bare "Officials" or "the authorities" not
    ("The separatist authorities said the convoy was stopped.", "separatist authorities",
     "the convoy was stopped."),
    ("Meanwhile, Brno officials said the road was closed.", "Brno officials",
     "the road was closed."),
    ("The road was closed, Brno police officials told reporters.", "Brno police officials",
     "The road was closed"),
    ("Seville hit 46C, a national record, Spanish meteorologists said.",
     "Spanish meteorologists", "Seville hit 46C, a national record"),
    ("The opposition said the election was rigged.", "opposition", "the election was rigged."),
    # a clause whose verb is an irregular past ("took", "fled") is still a reported clause;
    # "Police" opening a sentence is the police of "..., police said"
    ("Police said 35,000 people took part in the march.", "police",
     "35,000 people took part in the march."),
    ("Police believe the gunman fled on foot.", "police", "the gunman fled on foot."),
    # what follows is an act's object, not a clause: a gerund alone is no finite verb (but
    # after "says"); "declared winner" is a verdict; "according to the law" names no one
    ("Russia warns against setting preconditions for talks.", "Russia",
     "Russia warns against setting preconditions for talks."),
    ("Romney announces Paul Ryan as running mate.", "Romney",
     "Romney announces Paul Ryan as running mate."),
    ("Red Cross says negotiating a halt to the fighting.", "Red Cross",
     "negotiating a halt to the fighting."),
    ("Mugabe declared winner of disputed elections.", None,
     "Mugabe declared winner of disputed elections."),
    ("The ministry censored imports according to the law.", None,
     "The ministry censored imports according to the law."),
    # a bare group names nobody: the claim stays the outlet's, without the frame
    ("The authorities said the convoy was stopped.", None, "the convoy was stopped."),
    ("While health experts say a vaccine is needed, the survey shows distrust.", None,
     "While health experts say a vaccine is needed, the survey shows distrust."),
    # a "that" after a noun of the reported clause is a relative pronoun, not its opening
    ("Ana Lind said two ships that sank in the war had resurfaced.", "Ana Lind",
     "two ships that sank in the war had resurfaced."),
    ("Ana Lind said that was a clerical error.", "Ana Lind", "that was a clerical error."),
    ("Ana Lind said on Monday that the plan failed.", "Ana Lind", "the plan failed."),
    ("Ana Lind said very clearly that the plan failed.", "Ana Lind", "the plan failed."),
    ("Ana Lind reiterated her position that the plan failed.", "Ana Lind", "the plan failed."),
    ("Tom Reyes was detained on Tuesday, Ana Lind said, over allegations that he lied.",
     "Ana Lind", "Tom Reyes was detained on Tuesday"),
    # "was quoted as saying" is a frame like "said"
    ("The road stays closed, Ana Lind was quoted as saying.", "Ana Lind",
     "The road stays closed"),
    # a role owned by a named body or person speaks when no name follows
    ("New Brno's attorney general said she had settled the lawsuit.",
     "New Brno's attorney general", "she had settled the lawsuit."),
    ("Mayor Lind's aide said the meeting would go ahead.", "Mayor Lind's aide",
     "the meeting would go ahead."),
    # business and other beats speak with their own titles and bodies
    ("“The cuts are painful but necessary,” chief executive Ana Lind said.", "Ana Lind",
     "The cuts are painful but necessary"),
    ("The carmaker said the plant would close in May.", "carmaker",
     "the plant would close in May."),
    ("Analysts at Brno Capital said the plan was overdue.", "Analysts at Brno Capital",
     "the plan was overdue."),
    ("The drug cut the risk by a third, its maker Corvan Pharma said.", "Corvan Pharma",
     "The drug cut the risk by a third"),
    ("“The results are remarkable,” said lead researcher Maria Costa.", "Maria Costa",
     "The results are remarkable"),
    ("A coalition of environmental groups said logging made the floods worse.",
     "coalition of environmental groups", "logging made the floods worse."),
    # a frame between the claim's subject and its verb
    ("The plan, Ana Lind said, would save money.", "Ana Lind", "The plan would save money."),
    # a bound on a figure opens the claim, not an adverbial ("At the summit, ...")
    ("At least 14 people died when the ferry sank, the coast guard said.", "coast guard",
     "At least 14 people died when the ferry sank"),
    ("At most 200 homes were flooded, Ana Lind said.", "Ana Lind",
     "At most 200 homes were flooded"),
    # an estimate is its maker's; the organisers of the event are one party, like the police
    ("Organisers put the turnout at 250,000.", "organisers",
     "Organisers put the turnout at 250,000."),
    ("The interior ministry estimated the crowd at 35,000.", "interior ministry",
     "The interior ministry estimated the crowd at 35,000."),
    ("The government put its plan at risk.", None, "The government put its plan at risk."),
    ("Organisers of the march said 250,000 people took part.", "organisers",
     "250,000 people took part."),
    # the body speaks through its people: the frame starts with them
    ("At least 25 people have died, doctors at the city hospital said on Friday.",
     "city hospital", "At least 25 people have died"),
    # a frame set inside the claim, when it was said before the comma that resumes it
    ("Sales rose 5 percent, the company said on Monday, beating forecasts by far.", "company",
     "Sales rose 5 percent, beating forecasts by far."),
    ("Militants ambushed the convoy, the army said Sunday, a day after the attack.", "army",
     "Militants ambushed the convoy"),  # the comma goes on telling when it was said
    # a description of what the speaker is comes before the name
    ("Telecom operator Norvanta said a cyberattack had exposed customer data.", "Norvanta",
     "a cyberattack had exposed customer data."),
    ("“The march was peaceful,” said organiser Tomas Brandt.", "Tomas Brandt",
     "The march was peaceful"),
    ("Incumbent Daniel Oroso said the vote was fair.", "Daniel Oroso", "the vote was fair."),
    # ... but a verb before the name is no description of it
    ("Kurdish resistance denies ISIS claims that they beheaded her.", None,
     "Kurdish resistance denies ISIS claims that they beheaded her."),
    # "claims of" is a noun: the speaker is the one of the frame at the end
    ("Opposition claims of fraud are baseless, Arturo Vell told reporters.", "Arturo Vell",
     "Opposition claims of fraud are baseless"),
    # "X did something and said ...": the sentence's subject speaks
    ("Chief executive Maria Lindqvist apologised and said the breach had been contained.",
     "Maria Lindqvist", "the breach had been contained."),
    # ... unless the first act is itself a statement ("denied the report")
    ("The ministry denied the report and said its forces had hit a depot.", "ministry",
     "The ministry denied the report and said its forces had hit a depot."),
    # ... and the subject of an act coordinated with another ("blamed", "criticized"); a
    # declared emergency is no statement
    ("Governor Elena Ruiz declared a state of emergency and blamed the fire on arson.",
     "Elena Ruiz",
     "Governor Elena Ruiz declared a state of emergency and blamed the fire on arson."),
    ("The minister visited the site and criticized the slow response.", "minister",
     "The minister visited the site and criticized the slow response."),
    # ... not a subordinate clause's: the mother demanded, not Isis
    ("Isis fed the victim to his mother after she travelled there and demanded to see him.",
     None, "Isis fed the victim to his mother after she travelled there and demanded to see "
     "him."),
    # "police said" at the end names the force of the story; "About 500" is no adverbial
    ("About 500 people took part in the protest, police said.", "police",
     "About 500 people took part in the protest"),
    # courts and inquiries report findings and rulings; a finding of a thing is no report
    ("Hale took more than $1 million in bribes, the court found.", "court",
     "Hale took more than $1 million in bribes"),
    ("The judge ruled that the evidence was inadmissible.", "judge",
     "the evidence was inadmissible."),
    ("Police found a body in the river near the bridge.", None,
     "Police found a body in the river near the bridge."),
    ("Armenia found itself dependent on Western support, a reliance that risks its ties.",
     None, "Armenia found itself dependent on Western support, a reliance that risks its ties."),
    ("The law passed after Judge Ana Lind ruled last week that the fee was illegal.",
     "Ana Lind", "the fee was illegal."),
    # plural bodies, teams, and a body named in apposition to what it is
    ("Ruiz joined Northbridge for €80 million, the clubs announced on Friday.", "clubs",
     "Ruiz joined Northbridge for €80 million"),
    ("His defence team said the verdict was unjust.", "defence team", "the verdict was unjust."),
    ("The utility company, Westgrid, said its equipment was not involved.", "Westgrid",
     "its equipment was not involved."),
    ("Westgrid sparked the fire, according to a report seen by the Herald.", "report",
     "Westgrid sparked the fire."),
    ("About 25,000 staff struck, according to the rail operator EstRail.", "EstRail",
     "About 25,000 staff struck."),
    # acts that report nothing: a declared mourning, a rejection inside a relative clause
    ("The government declared three days of national mourning.", None,
     "The government declared three days of national mourning."),
    ("The company offered a 6% rise, which the union rejected as “an insult”.", None,
     "The company offered a 6% rise, which the union rejected as “an insult”."),
    # a person of a body is the person; a body "of" something is the body
    ("“The weather did more,” Amal Idris of the Refugee Council said.", "Amal Idris",
     "The weather did more"),
    ("Heart attacks kill 460,000 a year, according to the National Institutes of Health.",
     "National Institutes of Health", "Heart attacks kill 460,000 a year."),
    ("Commission Vice-President Margrethe Lund said the rules would protect citizens.",
     "Margrethe Lund", "the rules would protect citizens."),
    ("Crossings rose, according to government figures published on Thursday.",
     "government figures", "Crossings rose."),
    ("Industry groups warned the plan would drive start-ups out of Europe.",
     "Industry groups", "the plan would drive start-ups out of Europe."),
    ("Charities say the claims of success are misleading.", None,
     "the claims of success are misleading."),
    # a bare group word at the start names nobody, like "Officials said"
    ("Investigators believe the fire was started by a power line.", None,
     "the fire was started by a power line."),
    ("Five people died in the blaze, officials said.", None, "Five people died in the blaze"),
    ("Prices will keep rising, some economists said on Friday.", None,
     "Prices will keep rising"),
    ("Officials said five people died.", None, "five people died."),
    # an -ing word, its noun, a verb: the claim's subject, not an opener like "Speaking to"
    ("Rising prices hurt sales, the company said.", "company", "Rising prices hurt sales"),
    ("Falling oil prices pushed the index lower, the analysts said.", "analysts",
     "Falling oil prices pushed the index lower"),
    ("Speaking to CNN, the minister said talks would resume.", "minister",
     "talks would resume."),
    # a headline's "reported" + where: the explosion is no speaker
    ("Explosion reported near the capital, attributed to a meteorite.", None,
     "Explosion reported near the capital, attributed to a meteorite."),
    ("Gunfire reported near the border, police said.", "police",
     "Gunfire reported near the border"),
    ("Police reported on Tuesday that two men were arrested.", "police",
     "two men were arrested."),
    # "charged" a crowd or a suspect reports no claim; "charged that" does
    ("Police fired tear gas and charged the crowd without warning.", None,
     "Police fired tear gas and charged the crowd without warning."),
    ("Prosecutors charged him with fraud.", None, "Prosecutors charged him with fraud."),
    # a gerund that a verb follows is the claim's subject, not an opener
    ("Looting erupted in the city overnight, police said.", "police",
     "Looting erupted in the city overnight"),
    ("Following the attack, police said the suspect had fled.", "police",
     "the suspect had fled."),
])
def test_find_speaker(sentence: str, speaker: str | None, core: str) -> None:
    found = find_speaker(sentence)
    assert (found.speaker, found.core) == (speaker, core)


@pytest.mark.parametrize(("sentence", "speaker"), [
    # a document that says who issued it speaks with that body's voice
    ("According to a statement from the Vardenian defence ministry, two soldiers were "
     "wounded.", "Vardenian defence ministry"),
    ("Two soldiers were wounded, according to a report by the state news agency Ostpress.",
     "Ostpress"),
    ("According to figures released by the health ministry, 40 people were treated.",
     "health ministry"),
    # a description holding names of its own before the speaker's name
    ("The number of refugees has passed 100,000, the UN refugee agency UNHCR said on Sunday.",
     "UNHCR"),
    ("The South Korean newswire service Yonhap reports that the talks were cancelled.",
     "Yonhap"),
    # an acronym or a party tag in brackets after the name
    ("The refugees were housed in schools, the World Health Organization (WHO) said.",
     "World Health Organization"),
    ("Sen. Jane Ortiz (D-NM) said the bill would pass next week.", "Jane Ortiz"),
    # one description after another between the name and its verb
    ("Lina Ortega, 29, a nurse from Quito who joined the march, said the clinic had closed.",
     "Lina Ortega"),
    ("Marc Idris, field coordinator for Border Aid, a charity that runs the shelters, told "
     "reporters the camp was full.", "Marc Idris"),
    ("Another protester, Dana Kell from Leeds, said the police charged first.", "Dana Kell"),
    # a titled name, or a name with its article, is no description to drop
    ("In Geneva, Senator Ruth Amsel, who chairs the committee, said the aid must stop.",
     "Ruth Amsel"),
    ("One paper, the Harbour Gazette, a weekly, said the mayor had resigned.", "Harbour Gazette"),
    # a role held at a place or body: the role speaks, or the holder named after it
    ("Vardenia's ambassador to the United Nations said the vote would go ahead.",
     "Vardenia's ambassador"),
    ("The vote will go ahead, US Ambassador to the UN Lena Marsh said.", "Lena Marsh"),
    ("The report given to the president in July said the dam was unsafe.", None),
    # who is quoted, not who quotes; a post on a body's own page is the body's
    ("Peskov was quoted by TASS as saying that Moscow would not intervene.", "Peskov"),
    ("According to a video posted on the army's Telegram channel, the bridge was destroyed.",
     "army"),
    # a post is a post, a result posted is none
    ("In her Instagram story, Lena Marsh posted an image of the flooded road.", "Lena Marsh"),
    ("Big Lots Inc. posted May sales that fell below expectations.", None),
    # a company's suffix ends with a full stop that ends no sentence
    ("Acme Inc. said profits rose 3.5% in the quarter.", "Acme Inc"),
    ("The company, Acme Inc., said profits rose 3.5% in the quarter.", "Acme Inc"),
    # a gloss in brackets is no acronym: the subject is still "the latter"
    ("The latter, which backs the duo Turkey (Sunni) and Azerbaijan (Shiite) recalled on "
     "Thursday that talks were frozen.", None),
])
def test_a_speaker_named_through_a_document_a_description_or_an_acronym(
        sentence: str, speaker: str | None) -> None:
    assert find_speaker(sentence).speaker == speaker


def test_said_before_a_clause_is_not_an_inverted_speaker() -> None:
    # "A, said the ministry." names a speaker after "said"; "…, said the story was false"
    # starts a clause whose subject is no speaker
    sentence = "A council spokesman, Tom Reyes, said the story was false."
    assert find_speaker(sentence, SpeakerContext(), False).speaker != "story"
    assert find_speaker("“We won,” said the ministry.", SpeakerContext(),
                        False).speaker == "ministry"


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


def test_a_he_or_she_is_compared_by_the_name_the_article_gives() -> None:
    claims = SentenceClaimExtractor().extract(article(
        "Olympic champion Dana Okafor has been suspended. Okafor said she had never taken a "
        "banned substance. She was not suspended, her lawyer insisted. Her coach, Martin "
        "Kessler, said she would appeal. She will race in May."))
    assert [c.core for c in claims[1:]] == [
        "Dana Okafor had never taken a banned substance.",
        "Dana Okafor was not suspended",
        "Dana Okafor would appeal.",
        # two people spoke of lately: whose "she" this is cannot be told
        "She will race in May.",
    ]
    assert claims[2].text.startswith("She was not suspended")  # the text stays as written


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


def test_an_outlets_caveat_is_no_part_of_the_claim() -> None:
    text = ("Russia said it had hit a military command post, a claim Reuters could not "
            "independently verify. The army said 40 fighters were killed, which could not be "
            "confirmed. Officials said the figure was accurate, a claim critics dispute.")
    claims = SentenceClaimExtractor().extract(article(text))
    assert [c.core for c in claims] == [
        "Russia had hit a military command post.",
        "40 fighters were killed.",
        "the figure was accurate, a claim critics dispute.",  # disputed, not unverified
    ]
    assert all(text[c.start:c.end] == c.text for c in claims)


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


def test_pronouns_resolve_to_the_last_named_speaker() -> None:
    context = SpeakerContext()
    for sentence in ["Interior Minister Sara Holm warned that the dam could fail.",
                     "The ministry said repairs had begun."]:
        context.observe(sentence)
        found = find_speaker(sentence, context)
        assert found.speaker
        context.remember(found.speaker)
    quote = find_speaker("“We are doing everything we can,” she said.", context)
    assert quote.speaker == "Sara Holm"
    assert quote.core == "We are doing everything we can"
    surname = find_speaker("“Nobody is at risk,” Holm said.", context)
    assert surname.speaker == "Sara Holm"


@pytest.mark.parametrize(("text", "speaker"), [
    # the person a sentence is about, with an age or a possessive, or after "While"
    ("Kenia Avila, 35, appeared shaken. “It is better than dying,” she said.", "Kenia Avila"),
    ("Mr. Lind's remarks suggested he backed the plan. “They have my blessing,” he said.",
     "Lind"),
    ("Prime Minister Ana Lind met the envoy. While Mr. Varga praised the plan, he did not "
     "sign it. “We need time,” he said.", "Varga"),
    # a nationality is nobody's name, a dateline in capitals no one's either
    ("Tom Reyes arrived in Seoul on Monday. South Korean diplomats said the talks went well. "
     "“We are hopeful,” he said.", "Tom Reyes"),
    ("Tom Reyes spoke first. BRNO CITY, Moravia — The talks went well, he said.", "Tom Reyes"),
    # "He's said": a contracted "has", not a possessive
    ("Tom Reyes spoke on Monday. He's said the allegations are a “fake story.”", "Tom Reyes"),
    # "They've said", "She'd said": a contracted "have" / "had"
    ("The Brno City Council said the bridge was safe. They've said the repairs are done.",
     "Brno City Council"),
    ("Ana Lind met the envoy. She'd said the road was open.", "Ana Lind"),
])
def test_pronouns_resolve_to_the_person_the_article_was_about(text: str, speaker: str) -> None:
    claims = SentenceClaimExtractor().extract(article(text))
    assert claims[-1].speaker == speaker, [(c.text, c.speaker) for c in claims]


@pytest.mark.parametrize(("text", "speaker", "core"), [
    ("‘We will respond to any attack,’ said the defence minister, Ana Lind.", "Ana Lind",
     "We will respond to any attack"),
    ("'We will respond to any attack,' Ana Lind said.", "Ana Lind",
     "We will respond to any attack"),
    # apostrophes are no quotation marks
    ("Brno’s mayor said the Joneses' house didn’t burn.", None, None),
])
def test_quotations_in_single_quotes_are_read_like_double_ones(
        text: str, speaker: str | None, core: str | None) -> None:
    """British and many European outlets quote in single quotes."""
    claims = SentenceClaimExtractor().extract(article(text))
    assert [c.text for c in claims] == [text]  # the claim is the article's text as written
    if speaker is not None:
        assert (claims[0].speaker, claims[0].core) == (speaker, core)
    else:
        assert double_single_quotes(text) == text


def test_a_quotation_inside_the_reported_clause_is_not_its_start() -> None:
    found = find_speaker("Brno says Ana Lind's board picks “not qualified”")
    assert (found.speaker, found.core) == ("Brno", "Ana Lind's board picks “not qualified”")


def test_quote_interrupted_by_its_speaker_is_joined() -> None:
    found = find_speaker("“We were told nothing,” a resident said, “and now the water is here.”")
    assert found.speaker == "resident"
    assert found.core == "We were told nothing and now the water is here."


def test_speaker_is_never_a_bare_pronoun() -> None:
    assert find_speaker("“It is over,” he said.").speaker is None


def test_a_persons_possessive_and_a_denied_act_are_compared_with_the_speakers_name() -> None:
    claims = SentenceClaimExtractor().extract(article(
        "The utility said its lines had been switched off before the fire began. Leo Vance "
        "denied ever taking a banned substance. Vance said his sample had been contaminated. "
        "Her coach said his decision was final. Raising rates would hurt growth, the governor "
        "said."))
    assert [c.core for c in claims] == [
        # the utility speaks (its frame is cut); its "its" stays: a name added there took
        # the claim away from others that do not name it (a seed group was lost)
        "its lines had been switched off before the fire began.",
        # "denied taking" has no subject of its own: it is the one who denies
        "Leo Vance ever taking a banned substance.",
        "Leo Vance's sample had been contaminated.",
        # whose "his" after someone else's "her" cannot be told; a sentence's own subject
        "his decision was final.",
        "Raising rates would hurt growth",
    ]
    assert claims[1].text == "Leo Vance denied ever taking a banned substance."  # as written


def test_according_to_data_names_whose_data() -> None:
    claims = SentenceClaimExtractor().extract(article(
        "Prices rose 3%, according to the latest data from the statistics office. The drug "
        "lowered the risk by 25%, according to the published data. Crime fell 10%, according "
        "to police data."))
    # "published" is no "report published by ..." here; police data are not the office's
    assert [c.speaker for c in claims][1:] == ["published data", "police data"]
    assert [c.core for c in claims][1:] == ["The drug lowered the risk by 25%.", "Crime fell 10%."]


def test_it_is_the_last_body_that_spoke_not_a_spokeswoman() -> None:
    text = ("The European Commission said the talks had failed. A British government "
            "spokeswoman said the extension was positive. If the tariffs stay, it has said it "
            "will set its own duties on 2.8 billion euros of goods.")
    claims = SentenceClaimExtractor().extract(article(text))
    duties = next(c for c in claims if "duties" in c.text)
    assert duties.speaker == "European Commission"


# --- wire, business, court and health copy (thirty-fifth session) ----------------------------


@pytest.mark.parametrize(("sentence", "speaker", "core"), [
    # an owner opens a description as an article does
    ("The storm reached the coast near Valencia, Spain's weather agency Aemet said.", "Aemet",
     "The storm reached the coast near Valencia"),
    ("Output fell 2% in March, Germany's statistics office Destatis said on Friday.",
     "Destatis", "Output fell 2% in March"),
    # whom a claim is told is no clause of its own
    ("The cuts will save 800 million euros a year, Chief Financial Officer Jan Weber told "
     "analysts on a call.", "Jan Weber", "The cuts will save 800 million euros a year"),
    ("Margins will recover next year, Weber told investors.", "Weber",
     "Margins will recover next year"),
    # who speaks for a party, named by the party
    ("Lawyers for the universities argued that the freeze threatened hundreds of studies.",
     "Lawyers for the universities", "the freeze threatened hundreds of studies."),
    ("The freeze threatened hundreds of studies, a lawyer for Harvard said.",
     "lawyer for Harvard", "The freeze threatened hundreds of studies"),
    ("Prosecutors say he lied, but lawyers for the defendant say he did not.",
     "lawyers for the defendant", "he did not."),
    # a noun in -ly is no adverb between subject and verb; "used" is a verb
    ("The family said the officer used excessive force.", "family",
     "the officer used excessive force."),
    ("The plant will close, a close ally said.", "close ally", "The plant will close"),
    ("The bill will pass, the national assembly said.", "national assembly",
     "The bill will pass"),
    # a sentence may open with a conjunction before its speaker
    ("But the Africa CDC says only 200,000 doses have arrived.", "Africa CDC",
     "only 200,000 doses have arrived."),
    ("Yet the ministry said the road was closed.", "ministry", "the road was closed."),
    # an acronym that spells a starter word is still a name
    ("The WHO says the case does not fit its profile of the disease.", "WHO",
     "the case does not fit its profile of the disease."),
    ("Only 200,000 doses have arrived, the WHO said.", "WHO", "Only 200,000 doses have arrived"),
    # a surname that opens with its particle
    ("\"These are difficult decisions,\" von Moltke said.", "von Moltke",
     "These are difficult decisions"),
    # a role held over a place or a body
    ("Some 2,000 people were evacuated, the mayor of Monchique told local radio.",
     "mayor of Monchique", "Some 2,000 people were evacuated"),
    ("The prime minister of Britain said the talks would resume.",
     "prime minister of Britain", "the talks would resume."),
    ("Nina Holt, the head of Sky News said: \"This is a shocking blow.\"", "Nina Holt",
     "This is a shocking blow."),
    ("Former president of Greenpeace Canada Paul Moore said the group had lost its way.",
     "Paul Moore", "the group had lost its way."),
    ("The talks failed, President of the European Commission Ursula von der Leyen said.",
     "Ursula von der Leyen", "The talks failed"),
    ("US Secretary of State Antony Blinken said the envoy would strive for a settlement.",
     "Antony Blinken", "the envoy would strive for a settlement."),
    # degrees, suffixes and AP state abbreviations end no name; a court is told a claim
    ("Dr. Jane Smith, Ph.D., told the committee the results were preliminary.",
     "Jane Smith", "the results were preliminary."),
    ("Gov. Gavin Newsom of Calif. said the two states had agreed in principle.",
     "Gavin Newsom", "the two states had agreed in principle."),
    ("The dream lives on, Martin Luther King Jr. said.", "Martin Luther King Jr",
     "The dream lives on"),
    ("The witness Ana Ruiz told the court the officer lied.", "Ana Ruiz", "the officer lied."),
    ("Secretary of Defense Gates said the central front was in Afghanistan.", "Gates",
     "the central front was in Afghanistan."),
    ("The mayor of New York said the subway would reopen.", "mayor of New York",
     "the subway would reopen."),
    # a wire headline's credit glued to its dash; a page title's site name is none
    ("Central banks must contain the threat from low prices -Noyer", "Noyer",
     "Central banks must contain the threat from low prices"),
    ("ECB to reveal bad loan hurdles for euro zone bank test -sources", None,
     "ECB to reveal bad loan hurdles for euro zone bank test"),
    # (with no outlet known, a spaced credit is read as the page's site: cut, no one's)
    ("Deutsche Bank to cut 3,500 jobs in Germany - BBC News", None,
     "Deutsche Bank to cut 3,500 jobs in Germany"),
])
def test_frames_of_wire_business_court_and_health_copy(sentence: str, speaker: str | None,
                                                        core: str) -> None:
    attribution = find_speaker(sentence)
    assert (attribution.speaker, attribution.core) == (speaker, core)


@pytest.mark.parametrize("sentence", [
    "When the ministry said the road was closed, nobody believed it.",
    "Although the company said profits would rise, its shares fell 5%.",
])
def test_a_subordinate_frame_names_no_speaker_of_the_sentence(sentence: str) -> None:
    # "When X said A, B": B is no report of X's
    assert find_speaker(sentence).speaker is None


def test_a_particle_surname_is_the_full_name_said_before() -> None:
    claims = SentenceClaimExtractor().extract(article(
        "The bank expects to save 800 million euros a year, finance chief Jan von Weber "
        "told analysts. \"These are difficult decisions,\" von Weber said."))
    assert [c.speaker for c in claims] == ["Jan von Weber", "Jan von Weber"]


def test_the_company_is_the_one_just_described() -> None:
    claims = SentenceClaimExtractor().extract(article(
        "The new strain, known as clade Ib, spreads more easily. A vaccine made by Danish firm "
        "Nordvax is approved in several countries. The company said it could supply 10 "
        "million doses by the end of 2025."))
    assert claims[-1].speaker == "Nordvax"
    assert claims[-1].core == "Nordvax could supply 10 million doses by the end of 2025."


def test_the_mayor_of_a_town_is_the_mayor_named_before() -> None:
    claims = SentenceClaimExtractor().extract(article(
        "Mayor Rui Lobo ordered the evacuation. Some 2,000 people left, the mayor of "
        "Monchique said."))
    assert claims[1].speaker == "Rui Lobo"


def test_guillemets_quote_as_curly_quotes_do() -> None:
    text = "«The situation at the border is stable,» the spokesman said. «We are ready,» he added."
    claims = SentenceClaimExtractor().extract(article(text))
    assert [c.core for c in claims] == ["The situation at the border is stable", "We are ready"]
    assert [c.speaker for c in claims] == ["spokesman", "spokesman"]
    assert [text[c.start:c.end] for c in claims] == [c.text for c in claims]
    assert claims[0].text.startswith("«")  # the claim is cut from the text as written


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


# --- roles that point back, bodies' spokespeople, publications, page-title credits ----------

BRIEFING = (
    "Foreign ministry spokesperson Mao Ning told reporters on Tuesday that China would take all "
    "necessary measures. The diplomat emphasized that the Philippine vessels had entered "
    "Chinese waters without permission. Asked about resupply missions, Mao said the question "
    "should be put to Manila. Philippine National Security Council spokesman Jonathan Malaya "
    "said Manila rejected the accusation. The official said two Philippine coast guard "
    "vessels were damaged.")


def test_a_word_for_a_kind_of_role_is_the_person_who_last_spoke_under_such_a_title() -> None:
    # a spokesperson of a foreign ministry is "the diplomat", a council's spokesman "the
    # official"; a family name written first ("Mao") is the person named so
    claims = SentenceClaimExtractor().extract(article(BRIEFING))
    assert [c.speaker for c in claims] == ["Mao Ning", "Mao Ning", "Mao Ning",
                                           "Jonathan Malaya", "Jonathan Malaya"]
    assert claims[1].core == ("the Philippine vessels had entered Chinese waters without "
                              "permission.")


def test_a_peoples_role_is_the_last_speaker_only_if_described_as_of_that_people() -> None:
    claims = SentenceClaimExtractor().extract(article(
        "Russian Deputy Ambassador Dmitry Polyanskiy said the text interfered in Sudan's "
        "affairs. The Russian diplomat accused Western nations of hypocrisy. U.S. Ambassador "
        "Linda Thomas-Greenfield said Washington was appalled. The American official told "
        "reporters that aid deliveries would continue. Britain's ambassador, Barbara Woodward, "
        "called the veto a disgrace. The British envoy said 13 members had voted in favor."))
    assert [c.speaker for c in claims] == [
        "Dmitry Polyanskiy", "Dmitry Polyanskiy", "Linda Thomas-Greenfield",
        "Linda Thomas-Greenfield", "Barbara Woodward", "Barbara Woodward"]


@pytest.mark.parametrize(("text", "speaker"), [
    # another people's diplomat is someone else
    ("U.S. Ambassador Linda Thomas-Greenfield said Washington was appalled. The Russian "
     "diplomat said the text was biased.", "Russian diplomat"),
    # a mayor is no diplomat
    ("Mayor Dana Ruiz said the bridge would open in April. The diplomat said the treaty was "
     "sound.", "diplomat"),
    # "a" brings in someone new
    ("Spokesperson Mao Ning said China would act. A ministry official said the ships had "
     "left.", "ministry official"),
    ("Spokesman Ned Price said China would act. A ministry spokesman said the ships had "
     "left.", "ministry spokesman"),
    ("Ambassador Jane Hill said the talks would go on. An envoy said the ships had left.",
     "envoy"),
    # a resident given no title is no official
    ("Linda Park, 62, said the water rose fast. The official said 40 homes were flooded.",
     "official"),
])
def test_a_role_word_is_no_earlier_speaker_of_another_kind(text: str, speaker: str) -> None:
    assert SentenceClaimExtractor().extract(article(text))[-1].speaker == speaker


@pytest.mark.parametrize(("text", "speakers"), [
    ("Sheriff Amy Cole told the Herald that no one was hurt. The sheriff said deputies had "
     "evacuated about 150 people.", ["Amy Cole", "Amy Cole"]),
    ("Councilman Tom Hale voted against the plan. The councilman argued that the cost had "
     "nearly doubled.", [None, "Tom Hale"]),
    # another word for the title of the person who just spoke
    ("Russian Deputy Ambassador Dmitry Polyanskiy said the text was biased. Sudan's U.N. "
     "envoy, Ali Idris, welcomed the veto. The ambassador said his government had not been "
     "consulted.", ["Dmitry Polyanskiy", "Ali Idris", "Ali Idris"]),
    ("Spokesperson Mao Ning said China would act. The spokeswoman said the ships had left.",
     ["Mao Ning", "Mao Ning"]),
    ("Greens co-leader Ricarda Lang said the plan was sound.", ["Ricarda Lang"]),
])
def test_local_and_compound_titles_name_their_holder(text: str,
                                                     speakers: list[str | None]) -> None:
    claims = SentenceClaimExtractor().extract(article(text))
    assert [c.speaker for c in claims] == speakers


def test_a_first_word_is_no_one_when_two_names_open_with_it() -> None:
    claims = SentenceClaimExtractor().extract(article(
        "Kim Jong Un inspected the launch. South Korean Defence Minister Kim Yong-hyun said the "
        "missile flew 1,000 km. Kim said it landed at sea."))
    assert claims[-1].speaker == "Kim"


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


@pytest.mark.parametrize(("source", "speaker", "core"), [
    # a report another outlet credits
    ("wirenews.example", "Handelsblatt", "Germany to cut gas use by 15% this winter"),
    # the page's own site name: no one quoted, and no part of the claim
    ("handelsblatt.com", None, "Germany to cut gas use by 15% this winter"),
])
def test_a_headline_credited_after_a_spaced_dash(source: str, speaker: str | None,
                                                 core: str) -> None:
    text = "Germany to cut gas use by 15% this winter - Handelsblatt"
    claims = SentenceClaimExtractor().extract(article(text, source=source))
    assert [(c.speaker, c.core, c.text) for c in claims] == [(speaker, core, text)]


@pytest.mark.parametrize(("title", "source"), [
    ("Deutsche Bank to cut 3,500 jobs in Germany - BBC News", "bbc.co.uk"),
    ("Deutsche Bank to cut 3,500 jobs in Germany - The New York Times", "nytimes.com"),
    ("Deutsche Bank to cut 3,500 jobs in Germany - Reuters", "Reuters"),
])
def test_a_page_titles_site_name_is_its_own_outlet(title: str, source: str) -> None:
    claims = SentenceClaimExtractor().extract(article(title, source=source))
    assert [(c.speaker, c.core) for c in claims] == [
        (None, "Deutsche Bank to cut 3,500 jobs in Germany")]


@pytest.mark.parametrize("title", [
    "Deutsche Bank to cut 3,500 jobs in Germany - Live updates",
    "Stocks Seeing Modest Weakness In Early Trading - U.S. Commentary",
    "American Airlines & JetBlue Airways To Terminate Partnership - Quick Facts",
    "Ukraine Crisis: LNG Stocks in Focus - Analyst Blog",
    # a sentence's own spaced dash, not a title's credit
    "Abe dashed those plans after visiting the president at his resort in mid - April.",
])
def test_a_page_titles_section_is_no_credit(title: str) -> None:
    claims = SentenceClaimExtractor().extract(article(title, source="example.com"))
    assert [(c.speaker, c.core) for c in claims] == [(None, title)]


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


TRANSCRIPT = """Foreign Ministry Spokesperson Mao Ning's Regular Press Conference on November 3
Mao Ning: China has lodged a solemn protest with the Philippines over the incident.
AFP: The Philippines says a Chinese ship rammed its vessel. What is China's response?
Mao Ning: The Philippine vessel deliberately rammed the Chinese coast guard ship. The \
responsibility lies entirely with Manila. Who is provoking whom?
"""


def test_a_transcripts_speaker_label_names_who_speaks_on_its_line() -> None:
    # the reporter's question asks; the spokesperson's rhetorical one is her point
    claims = SentenceClaimExtractor().extract(article(TRANSCRIPT))
    assert [(c.speaker, c.text) for c in claims] == [
        ("Mao Ning", "China has lodged a solemn protest with the Philippines over the "
                     "incident."),
        ("Philippines", "AFP: The Philippines says a Chinese ship rammed its vessel."),
        ("Mao Ning", "The Philippine vessel deliberately rammed the Chinese coast guard ship."),
        ("Mao Ning", "The responsibility lies entirely with Manila."),
        ("Mao Ning", "Who is provoking whom?")]
    assert all(TRANSCRIPT[c.start:c.end] == c.text for c in claims)


@pytest.mark.parametrize("text", [
    "New Delhi: The government raised fuel prices by 5% on Monday.",
    "Key Points: The government raised fuel prices by 5% on Monday.\nPrices rose again.",
])
def test_a_label_used_once_without_a_title_names_no_one(text: str) -> None:
    claim = SentenceClaimExtractor().extract(article(text))[0]
    assert claim.speaker is None


def test_a_headline_labelled_with_a_titled_speaker_is_hers() -> None:
    text = "Sen. Rand Paul: US Must Take Strong Action Against Putin's Aggression"
    claims = SentenceClaimExtractor().extract(article(text))
    assert [(c.speaker, c.text) for c in claims] == [
        ("Rand Paul", "US Must Take Strong Action Against Putin's Aggression")]


def test_a_family_name_is_a_person_the_story_titled_or_quoted() -> None:
    text = ("South Korean President Moon Jae-in met Kim Jong Un on Friday. Moon said the talks "
            "went well. Here are the redacted copies of the Comey Memos. Comey said he was "
            "grateful for the meeting.")
    speakers = [c.speaker for c in SentenceClaimExtractor().extract(article(text))]
    # "Moon Jae-in" keeps his given name whole; "the Comey Memos" are no one
    assert speakers[1:] == ["Moon Jae-in", None, "Comey"]


# --- a sentence's own subject is no speaker; bare groups where they are; answers ------------

@pytest.mark.parametrize("sentence", [
    # a verb of saying that is a plural noun before the sentence's own verb
    "Jobless claims climbed to 231,000 last week.",
    "Initial jobless claims rose to 231,000 in the week ended Nov. 8.",
    "Insurance claims have risen sharply since the floods.",
    "Police reports show 12 arrests were made.",
    # patients taken in, not a fact owned up to
    "Hospitals have admitted 45 patients since Monday.",
    "The hospital admitted dozens of patients overnight.",
])
def test_a_sentences_own_subject_is_no_speaker_without_a_frame(sentence: str) -> None:
    claim = SentenceClaimExtractor().extract(article(sentence))[0]
    assert (claim.speaker, claim.core) == (None, sentence)


@pytest.mark.parametrize(("sentence", "speaker", "core"), [
    # the verbs of saying themselves still frame a claim
    ("The union claims the plant will close in May.", "union", "the plant will close in May."),
    ("The minister admitted 40 people had died in the fire.", "minister",
     "40 people had died in the fire."),
    ("The company admitted that it had misled investors.", "company",
     "company had misled investors."),
    ("Opposition claims of fraud are baseless, the commission said.", "commission",
     "Opposition claims of fraud are baseless"),
])
def test_verbs_of_saying_near_those_nouns_still_frame(sentence: str, speaker: str,
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


def test_an_accusation_points_at_the_claim_that_accused() -> None:
    # the protest and the advice that came after are no accusation
    claims = SentenceClaimExtractor().extract(article(SHOAL[0][2]
                                                      + " Manila rejected the accusation."))
    assert claims[-1].core == ("Manila rejected the accusation: the Philippine ships had "
                               "entered Chinese waters without permission.")
    briefing = SentenceClaimExtractor().extract(article(BRIEFING))
    assert briefing[3].core == ("Manila rejected the accusation: the Philippine vessels had "
                                "entered Chinese waters without permission.")


@pytest.mark.parametrize(("text", "core"), [
    # what someone may do is an accusation where nothing done was claimed
    ("Azerbaijan may invade Armenia in the coming weeks, Pashinyan said. Baku rejected the "
     "accusation.", "Baku rejected the accusation: Azerbaijan may invade Armenia in the "
     "coming weeks"),
    ("The ministry said police had beaten protesters. Police denied the allegations.",
     "Police denied the allegations: police had beaten protesters."),
    # a claim, not an accusation: the nearest statement, as before
    ("The plant will close in May, the union said. The company rejected the claim.",
     "The company rejected the claim: The plant will close in May"),
])
def test_a_pointer_still_meets_its_statement(text: str, core: str) -> None:
    assert SentenceClaimExtractor().extract(article(text))[-1].core == core


@pytest.mark.parametrize(("text", "speaker", "core"), [
    ("The talks stalled in March. Will the talks resume next month? Several diplomats say "
     "no. A new round is set for June.", None, "Will the talks resume next month? No."),
    ("Spokesperson Mao Ning spoke on Monday. Will Manila stop its provocations? Mao said no.",
     "Mao Ning", "Will Manila stop its provocations? No."),
    ("The vote is close. Did the bill pass? Lawmakers said yes.", None,
     "Did the bill pass? Yes."),
])
def test_an_answer_is_kept_with_its_question(text: str, speaker: str | None,
                                             core: str) -> None:
    claims = SentenceClaimExtractor().extract(article(text))
    answer = next(c for c in claims if c.core.endswith(("No.", "Yes.")))
    assert (answer.speaker, answer.core) == (speaker, core)
    assert answer.text.endswith(("no.", "yes."))  # the claim is the answer as written
    assert not any(c.text.startswith(("Will ", "Did ")) for c in claims)  # no question


def test_an_answer_without_a_question_is_left_as_it_was() -> None:
    claims = SentenceClaimExtractor().extract(article(
        "The talks stalled in March. Several diplomats say no."))
    assert claims[-1].core == "Several diplomats say no."


# --- sports and science copy ----------------------------------------------------------------

def test_sports_and_science_speakers() -> None:
    match = SentenceClaimExtractor().extract(article(
        "Rovers beat City 2-1 at Ashton Park on Saturday after a disputed penalty. Fans booed "
        "the referee off the pitch. Replays appeared to show minimal contact. City will "
        "appeal against the yellow card, the club said in a statement."))
    assert match[-1].speaker == "City"  # a club named as a company is
    study = SentenceClaimExtractor().extract(article(
        "Researchers at the University of Leeds followed 48,000 adults for ten years. Dr. "
        "Helen Marsh led the study. Marsh cautioned that the study was observational. "
        "Cardiologist Raj Patel, who was not involved, called the results intriguing."))
    assert [c.speaker for c in study[2:]] == ["Helen Marsh", "Raj Patel"]
    assert study[2].core == "the study was observational."


def test_a_word_only_opening_a_sentence_is_no_club() -> None:
    claims = SentenceClaimExtractor().extract(article(
        "The match ended in a draw. Replays appeared to show minimal contact. The decision "
        "will be reviewed, the club said."))
    assert claims[-1].speaker == "club"


# --- real pages: wires, translations, press releases, transcripts, fact-checks ----------


def _claims(text: str, title: str | None = None) -> list[tuple[str, str | None]]:
    page = Article(id="a1", source="Test Wire", text=text, title=title)
    return [(c.text, c.speaker) for c in SentenceClaimExtractor().extract(page)]


def test_according_to_him_is_the_one_who_just_spoke() -> None:
    claims = _claims(
        "Russia will respond to any deployment, Foreign Minister Sergey Lavrov told reporters. "
        "According to him, the West is playing with fire.")
    assert claims[1][1] == "Sergey Lavrov"


@pytest.mark.parametrize("sentence, speaker, core", [
    ("As reported by the Air Force of the Armed Forces of Ukraine, 38 drones were shot down.",
     "Air Force of the Armed Forces of Ukraine", "38 drones were shot down."),
    ("The plant cut 300 jobs, as reported by Reuters in May.", "Reuters",
     "The plant cut 300 jobs."),
    ("The Ministry of Defence of Ukraine informs that the enemy attacked with 45 drones.",
     "Ministry of Defence of Ukraine", "the enemy attacked with 45 drones."),
    ("According to the head of the Kharkiv Regional Military Administration Oleh "
     "Syniehubov, two people were injured.", "Oleh Syniehubov", "two people were injured."),
])
def test_a_translations_and_a_wires_frames_name_their_speaker(sentence: str, speaker: str,
                                                               core: str) -> None:
    found = find_speaker(sentence)
    assert (found.speaker, found.core) == (speaker, core)


@pytest.mark.parametrize("sentence, speaker", [
    ("He was informed that his contract would not be renewed.", None),
    ("The families were informed that the search had been called off.", None),
    # a description that ends in no name stays the description
    ("Mueller planned to ask, according to questions read by the special counsel "
     "investigators to the president's lawyers.",
     "questions read by the special counsel investigators to the president's lawyers"),
])
def test_what_only_looks_like_those_frames_names_no_new_speaker(sentence: str,
                                                                  speaker: str | None) -> None:
    assert find_speaker(sentence).speaker == speaker


def test_a_paragraph_ending_in_said_colon_gives_the_next_paragraph_its_speaker() -> None:
    claims = _claims(
        "The funding will protect 12,000 homes in the north of England.\n"
        "Environment Secretary Emma Reynolds said:\n"
        "We are investing in the defences communities need. Nobody should live in fear.\n"
        "The programme will run until 2030.")
    assert claims == [
        ("The funding will protect 12,000 homes in the north of England.", None),
        ("We are investing in the defences communities need.", "Emma Reynolds"),
        ("Nobody should live in fear.", "Emma Reynolds"),
        ("The programme will run until 2030.", None),
    ]


def test_a_sentence_that_says_whose_the_last_one_was_gives_it_its_speaker() -> None:
    claims = _claims(
        "Russian troops shelled 12 settlements in the region over the past day.\n"
        "This was reported by the head of the Zaporizhzhia Regional Military Administration "
        "Ivan Fedorov on Telegram, Ukrinform reports.\n"
        "Two drones were shot down over Sumy. Governor Oleh Hryhorov reported this on Telegram.")
    assert claims == [
        ("Russian troops shelled 12 settlements in the region over the past day.",
         "Ivan Fedorov"),
        ("Two drones were shot down over Sumy.", "Oleh Hryhorov"),
    ]


@pytest.mark.parametrize("second", [
    "The minister said this in a statement that talks would resume.",
    "The minister said that on Monday the talks would resume.",
])
def test_a_frame_with_a_claim_of_its_own_gives_none_to_the_sentence_before(second: str) -> None:
    claims = _claims(f"Prices rose again on Monday. {second}")
    assert claims[0] == ("Prices rose again on Monday.", None)
    assert claims[1] == (second, "minister")


def test_a_fact_checks_claim_is_the_claim_checked_not_the_outlets() -> None:
    claims = SentenceClaimExtractor().extract(article(
        "Claim: A video says COVID-19 vaccines contain microchips that track people.\n"
        "Verdict: False\n"
        "The video has been viewed more than 2 million times since February 20.\n"
        "Health experts say the claim is baseless."))
    assert (claims[0].text, claims[0].speaker) == (
        "A video says COVID-19 vaccines contain microchips that track people.",
        "the claim checked")
    # "the claim" is the one the article checks, not the sentence just before
    assert claims[-1].core.endswith("vaccines contain microchips that track people.")


def test_the_answers_of_a_briefings_transcript_are_the_briefers() -> None:
    claims = _claims(
        "Q: The Philippine coast guard said a Chinese vessel fired a water cannon at its ship. "
        "What's your comment?\n"
        "A: The Philippine vessel intruded into the waters without permission.",
        title="Foreign Ministry Spokesperson Mao Ning's Regular Press Conference on March 3")
    assert [s for _, s in claims] == ["Philippine coast guard", "Mao Ning"]
    # an explainer's questions and answers have no one answering
    explainer = _claims("Q: How many people have been hospitalised?\n"
                        "A: Eleven people have been hospitalised in the county.",
                        title="What we know about the outbreak")
    assert [s for _, s in explainer] == [None]


# --- real pages, second pass: agencies' and companies' own frames ---------------------------


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


def test_said_and_a_plural_is_no_present_clause() -> None:
    # "Chinese firms" is a plural, not "China firmly opposes": the sentence stays an act
    found = find_speaker("Ayla Demir said Chinese firms, in a brief statement.")
    assert found.core.startswith("Ayla Demir said")


@pytest.mark.parametrize("sentence", [
    "Officials in Austin, Texas, said the plan would go ahead.",
    "Police in Springfield, Ill., said two men were arrested.",
    "Law enforcement officials in Palm Beach County, Fla., where the host owns a mansion, "
    "said his drug use is under investigation.",
])
def test_the_state_after_a_place_is_no_speaker(sentence: str) -> None:
    # "City, State," says where the place is (an MRPC sentence gave the speaker "Fla")
    [(_, speaker)] = _claims(sentence)
    assert speaker not in ("Texas", "Ill", "Fla"), speaker
    assert _claims("Texas said the plan would go ahead.")[0][1] == "Texas"


def test_a_named_persons_place_before_the_state_is_no_part_of_the_speaker() -> None:
    [(_, speaker)] = _claims("U.S. District Judge Reed O’Connor in Fort Worth, Texas, on Friday "
                             "said that the law was unconstitutional.")
    assert speaker == "Reed O’Connor"


# --- bodies in lower case and where they sit; names after descriptions; unnamed sources -----


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
    # an agency relaying a source it does not name: the agency's claim, however worded
    ("Interfax reported, citing a source in the ministry, that talks had stalled.", "Interfax"),
    ("Interfax has learned from a source in the ministry that talks had stalled.", "Interfax"),
    ("Reuters has learned from two people familiar with the matter that the deal was off.",
     "Reuters"),
    ("According to a source cited by Interfax, talks had stalled.", "Interfax"),
    ("According to sources quoted by the TASS news agency, talks had stalled.", "TASS"),
    ("TASS quoted a source in the ministry as saying that talks had stalled.", "TASS"),
    ("As reported by Interfax, talks had stalled.", "Interfax"),
])
def test_an_agency_relaying_an_unnamed_source_makes_the_claim(sentence: str,
                                                              speaker: str) -> None:
    assert find_speaker(sentence).speaker == speaker


@pytest.mark.parametrize(("sentence", "speaker"), [
    # a source the agency names, or one who speaks for a body, still speaks
    ("Interfax learned from Foreign Minister Lavrov that talks had stalled.", "Lavrov"),
    ("Interfax has learned from the Kremlin that talks had stalled.", "Kremlin"),
    ("Interfax learned from a spokesman for the Interior Ministry that talks had stalled.",
     "Interior Ministry spokesman"),
    ("Interfax quoted Lavrov as saying that talks had stalled.", "Lavrov"),
    ("The paper quoted the envoy as saying the deal was off.", "envoy"),
    ("A source in the ministry said talks had stalled.", "source in the ministry"),
])
def test_a_source_an_agency_names_still_speaks(sentence: str, speaker: str) -> None:
    assert find_speaker(sentence).speaker == speaker


@pytest.mark.parametrize(("sentence", "speaker", "core"), [
    # a source no one names, telling a named outlet: the outlet relays the claim (as "a
    # source cited by Interfax" is relayed), however the source and the outlet are worded
    ("A source in the ministry told Interfax that talks had stalled.", "Interfax",
     "talks had stalled."),
    ("Two people familiar with the matter told Reuters the deal was close.", "Reuters",
     "the deal was close."),
    ("A senior official told the Yonhap news agency that the launch was imminent.", "Yonhap",
     "the launch was imminent."),
    ("Three people were killed in the blast, a senior police officer told PTI.", "PTI",
     "Three people were killed in the blast"),
    ("Ten soldiers were killed, a security source told AFP, requesting anonymity.", "AFP",
     "Ten soldiers were killed"),
    ("At least 20 civilians died, a local official told AFP on condition of anonymity for "
     "security reasons.", "AFP", "At least 20 civilians died"),
    ("“We have retaken the town,” a military source told AFP, adding that 12 had been killed.",
     "AFP", "We have retaken the town"),
    ("A Kremlin source told the Financial Times on Tuesday that the summit was off.",
     "Financial Times", "the summit was off."),
    # a report no one is said to have issued, cited by an agency, is the agency's too
    ("According to a report cited by Interfax, talks had stalled.", "Interfax",
     "talks had stalled."),
    ("Talks had stalled, according to reports quoted by the TASS news agency.", "TASS",
     "Talks had stalled."),
    # an agency relaying a frame of its own: the claim is the one framed inside
    ("The quake struck at a depth of 10 km, the China Earthquake Networks Center said, "
     "Xinhua reported.", "China Earthquake Networks Center",
     "The quake struck at a depth of 10 km"),
    ("The deal is off, Lavrov told TASS, RIA reported.", "Lavrov", "The deal is off"),
    ("Five people died, officials said, Xinhua reported.", "Xinhua", "Five people died"),
])
def test_a_source_no_one_names_telling_an_outlet_is_the_outlets(sentence: str, speaker: str,
                                                                 core: str) -> None:
    found = find_speaker(sentence)
    assert (found.speaker, found.core) == (speaker, core)


@pytest.mark.parametrize(("sentence", "speaker"), [
    # a named source speaks, told whom it may be; a named group stays one; told no outlet
    ("Lavrov told TASS that talks had stalled.", "Lavrov"),
    ("US officials told Reuters that the deal was close.", "US officials"),
    ("Officials told Biden that the plan was ready.", None),
    ("A source told reporters that talks had stalled.", None),
    ("The deal was close, the official told Reuters.", "official"),
    ("A source in the ministry said talks had stalled.", "source in the ministry"),
    ("Westgrid sparked the fire, according to a report seen by the Herald.", "report"),
    ("According to a report by the UN, talks had stalled.", "UN"),
])
def test_what_no_outlet_relays_reads_as_before(sentence: str, speaker: str | None) -> None:
    assert find_speaker(sentence).speaker == speaker


def test_an_unnamed_source_telling_the_articles_own_outlet_is_its_own_reporting() -> None:
    claim = SentenceClaimExtractor().extract(article(
        "Two people familiar with the matter told Reuters that the deal was close.",
        source="Reuters"))[0]
    assert (claim.speaker, claim.core) == (None, "the deal was close.")


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


# --- a man's title or pronoun names no woman, and the other way round --------------------


@pytest.mark.parametrize(("text", "speaker"), [
    # a bare surname after a man's title: the man of that name, not the woman named last
    ("Donald Trump met Emmanuel Macron. Melania Trump visited the museum. “The friendship "
     "binds our two nations,” Mr. Trump said during the morning ceremony.", "Donald Trump"),
    ("Tarek Varga arrived in Paris on Monday. His wife Ysolde Varga opened the bridge on "
     "Tuesday. “We are proud,” Mr. Varga said.", "Tarek Varga"),
    # and a woman's title, where the article shows her a woman ("Mrs." before her name)
    ("Mrs. Ysolde Varga met Tarek Varga. “We are proud,” Mrs. Varga said.", "Ysolde Varga"),
    # no man of that name was named in full: the surname alone
    ("President Trump and Melania Trump, the first lady, welcomed the guests. “The "
     "friendship binds our two nations,” Mr. Trump said.", "Trump"),
    # "he" is no woman: the nearest man, or no one
    ("Melania Trump visited the border on Friday. “We have made no concessions,” he said.",
     None),
    ("Ysolde Varga, the first lady, opened the bridge. “We are proud,” he said.", None),
    ("Mrs. Ysolde Varga spoke first. Then Peter Varga followed her to the stage. “We are "
     "proud,” she said.", "Ysolde Varga"),
    # two named together: the one the pronoun may be
    ("Donald Trump and Melania Trump visited the school. “We are friends,” she said.",
     "Melania Trump"),
])
def test_a_gendered_title_or_pronoun_names_a_person_of_that_gender(
        text: str, speaker: str | None) -> None:
    assert _claims(text)[-1][1] == speaker


@pytest.mark.parametrize(("text", "speakers"), [
    ("Emmanuel Macron arrived. “We are friends,” Macron said. “It is good,” he added.",
     ["Emmanuel Macron", "Emmanuel Macron"]),
    ("Donald Trump met the press. “We are friends,” Trump said.", ["Donald Trump"]),
    ("Angela Merkel met the press. “We are friends,” she said.", ["Angela Merkel"]),
    # nothing tells the person's gender: read as before
    ("Tarek Varga met the press. “We are friends,” he said.", ["Tarek Varga"]),
    ("Ysolde Varga met the press. “We are friends,” he said.", ["Ysolde Varga"]),
    ("Ysolde Varga visited the school. “We are friends,” the spokeswoman said. “It is "
     "good,” she added.", ["spokeswoman", "spokeswoman"]),
    ("Queen Ysolde Varga opened the bridge. King Tarek Varga watched her. “We are proud,” "
     "the queen said.", ["Ysolde Varga"]),
])
def test_a_person_of_the_pronouns_gender_reads_as_before(text: str,
                                                         speakers: list[str]) -> None:
    assert [s for _, s in _claims(text) if s] == speakers


@pytest.mark.parametrize(("text", "speaker"), [
    # the surname alone already names someone; a namesake joined to it is another person
    ("President Trump warned Iran on Tuesday. Trump and first lady Melania Trump welcomed "
     "Macron. “Your visit comes at a critical time,” Trump said.", "Trump"),
    ("Tarek Varga opened the bridge. Varga's wife, Ysolde Varga, cut the ribbon. “We are "
     "proud,” Varga said.", "Tarek Varga"),
    ("Senator Varga spoke first. Varga and his daughter Ysolde Varga left together. “We "
     "are proud,” Varga said.", "Varga"),
])
def test_a_namesake_joined_to_the_surname_does_not_take_it(text: str, speaker: str) -> None:
    assert _claims(text)[-1][1] == speaker


@pytest.mark.parametrize(("text", "speaker"), [
    # one person, named in full and by surname in one sentence, keeps the surname
    ("James Comey wrote the memos himself, and Comey kept them. “I took notes,” Comey said.",
     "James Comey"),
])
def test_a_full_name_beside_its_surname_alone_is_still_read_as_before(
        text: str, speaker: str) -> None:
    assert _claims(text)[-1][1] == speaker


# --- one surname, two people: whom the surname alone names ----------------------------------


@pytest.mark.parametrize(("text", "speaker"), [
    # nothing tells them apart: the surname as written, not the one named last (a guess
    # that gave his words to her)
    ("Donald Trump arrived in Paris on Monday. Melania Trump visited a children's hospital. "
     "“We will work together,” Trump said.", "Trump"),
    ("Ed Miliband leads the Labour party. David Miliband was foreign secretary. “We must "
     "change,” Miliband said.", "Miliband"),
    ("Tarek Varga opened the bridge. Ysolde Varga cut the ribbon. “We are proud,” Varga "
     "said.", "Varga"),
    # the one the story already called by the surname alone, whoever is named last
    ("Emmanuel Macron arrived. “We are friends,” Macron said. Macron, along with his wife "
     "Brigitte Macron, was greeted. “Thank you,” Macron said.", "Emmanuel Macron"),
    ("Joe Biden spoke in Delaware. Biden praised the nurses. Hunter Biden sat in the front "
     "row. “They are heroes,” Biden said.", "Joe Biden"),
    ("Hunter Biden testified on Monday. Biden denied any wrongdoing. His father, Joe Biden, "
     "was not present. “I did nothing wrong,” Biden said.", "Hunter Biden"),
    ("Melania Trump visited a children's hospital on Monday. Trump read to the patients. "
     "Her husband, Donald Trump, stayed in Washington. “They were brave,” Trump said.",
     "Melania Trump"),
    ("Ed Miliband spoke first. “We must change,” Miliband said. David Miliband followed. "
     "“We must win,” Miliband said.", "Ed Miliband"),
    # the title in the frame, held by one of them only
    ("Prime Minister Tarek Varga met Finance Minister Ysolde Varga. “We are proud,” Prime "
     "Minister Varga said.", "Tarek Varga"),
    ("Prime Minister Tarek Varga met Finance Minister Ysolde Varga. “We are proud,” Finance "
     "Minister Varga said.", "Ysolde Varga"),
    # (a title both hold tells nothing)
    ("Prime Minister Tarek Varga met Finance Minister Ysolde Varga. “We are proud,” "
     "Minister Varga said.", "Varga"),
    # the only one named with an office ("first lady" is a courtesy, no office)
    ("President Donald Trump arrived in Paris. First lady Melania Trump visited a hospital. "
     "“We will work together,” Trump said.", "Donald Trump"),
    # the only one who has spoken
    ("Donald Trump said the talks went well. Melania Trump visited a hospital. “We will "
     "work together,” Trump said.", "Donald Trump"),
    # a family name written first, as a surname is
    ("Kim Jong Un inspected a missile launch. “We are strong,” Kim said. Kim Yo Jong issued "
     "a statement. “We are ready,” Kim said.", "Kim Jong Un"),
])
def test_a_surname_two_people_share_names_the_one_the_article_tells(
        text: str, speaker: str) -> None:
    assert _claims(text)[-1][1] == speaker


@pytest.mark.parametrize(("text", "speaker"), [
    # one person of that surname, or the one named last who also is told: as before
    ("Melania Trump visited a hospital. President Donald Trump met Emmanuel Macron. “We "
     "will work together,” Trump said.", "Donald Trump"),
    ("Emmanuel Macron arrived. “We are friends,” Macron said.", "Emmanuel Macron"),
    # a title of a gender still tells first
    ("Ed Miliband leads the Labour party. His wife Ysolde Miliband was foreign secretary. "
     "“We must change,” Mr. Miliband said.", "Ed Miliband"),
    # a family name written first, two people opening with it: the name as written
    ("Kim Jong Un inspected a missile launch. Kim Yo Jong issued a statement. “We are "
     "ready,” Kim said.", "Kim"),
])
def test_a_surname_two_people_share_is_read_as_before_where_that_was_right(
        text: str, speaker: str) -> None:
    assert _claims(text)[-1][1] == speaker


@pytest.mark.parametrize(("text", "speakers"), [
    # a pronoun after the surname they share: the one of its gender
    ("Donald Trump arrived in Paris. Melania Trump visited a hospital. “We will work "
     "together,” Trump said. “It is good,” he added.", ["Trump", "Donald Trump"]),
    ("Donald Trump arrived in Paris. Melania Trump visited a hospital. “We will work "
     "together,” Trump said. “It is good,” she added.", ["Trump", "Melania Trump"]),
    # two men: "he" is either
    ("Ed Miliband spoke. David Miliband followed. “We must change,” Miliband said. “It is "
     "good,” he added.", ["Miliband", "Miliband"]),
])
def test_a_pronoun_after_a_shared_surname_names_the_one_of_its_gender(
        text: str, speakers: list[str]) -> None:
    assert [s for _, s in _claims(text) if s] == speakers


# --- "NAME of PLACE" is the person -----------------------------------------------------


@pytest.mark.parametrize(("text", "speaker"), [
    ("Rep. Ilhan Omar of Minnesota recently sparked outrage when she criticized the bill.",
     "Ilhan Omar"),
    ("Sen. Ted Cruz of Texas recently sparked outrage when he criticized the bill.",
     "Ted Cruz"),
    ("Sen. Lindsey Graham of South Carolina sparked outrage. He said the bill was bad.",
     "Lindsey Graham"),
    # as without the state
    ("Ted Cruz recently sparked outrage when he criticized the bill.", "Ted Cruz"),
    ("Sen. Ted Cruz of Texas said the bill was a disaster.", "Ted Cruz"),
])
def test_a_person_of_a_place_is_the_person(text: str, speaker: str) -> None:
    assert _claims(text)[-1][1] == speaker


@pytest.mark.parametrize("guest", ["President Emmanuel Macron of France", "Emmanuel Macron"])
def test_a_participle_opening_a_sentence_names_no_referent(guest: str) -> None:
    # "Hosting X, Mr. Trump ...": the one hosted is not the "he" of the next sentence
    claims = SentenceClaimExtractor().extract(Article(id="a1", source="Test Wire", text=(
        f"Hosting {guest} at the White House, Mr. Trump assailed the deal. "
        "He made no commitment.")))
    assert claims[-1].core == "He made no commitment."


# --- "Various reports" are no one ------------------------------------------------------


@pytest.mark.parametrize(("sentence", "speaker", "core"), [
    ("Various analysts said the talks had failed.", None, "the talks had failed."),
    ("Numerous sources told Reuters the talks had failed.", None, "the talks had failed."),
    ("The talks had failed, multiple sources said.", None, "The talks had failed"),
    # as before: a count, a group set apart, a name that opens with such a word
    ("Several analysts said the talks had failed.", None, "the talks had failed."),
    ("Azerbaijani officials said the talks had failed.", "Azerbaijani officials",
     "the talks had failed."),
    ("The Multiple Sclerosis Society said the drug works.", "Multiple Sclerosis Society",
     "The Multiple Sclerosis Society said the drug works."),
])
def test_various_or_multiple_sources_name_no_one(sentence: str, speaker: str | None,
                                                 core: str) -> None:
    found = find_speaker(sentence)
    assert (found.speaker, found.core) == (speaker, core)


@pytest.mark.parametrize("opener", ["Various", "Several", "Multiple", "Numerous"])
def test_a_count_before_reports_is_no_speaker(opener: str) -> None:
    # read as "Reports in ... indicated that Kim announced ..." is: Kim's announcement,
    # not a speaker "Various" saying "in American ... media"
    tail = ("reports in American and South Korean state media Friday evening indicated that "
            "Kim announced the halt of nuclear and missile tests.")
    found = find_speaker(f"{opener} {tail}")
    assert (found.speaker, found.core) == (find_speaker("R" + tail[1:]).speaker,
                                           f"{opener} {tail}")
    assert found.speaker != opener


# --- "Reports said": a bare plural opening a one-sentence text is no one ----------------------


@pytest.mark.parametrize(("sentence", "core"), [
    # one sentence (a headline) gives no other sentence to tell a name from an opening word:
    # what no one is named for is still no one
    ("Reports said the talks had stalled.", "the talks had stalled."),
    ("Reports say North Korea's leader will attend the summit.",
     "North Korea's leader will attend the summit."),
    ("Insiders said the merger would be announced on Monday.",
     "the merger would be announced on Monday."),
    ("Reporters said the convoy had turned back.", "the convoy had turned back."),
    ("Polls say the race is close.", "the race is close."),
    ("The suspect was named as a man from London, reports say.",
     "The suspect was named as a man from London"),
    # as before: the groups already read so
    ("Sources said the deal was close.", "the deal was close."),
    ("Witnesses said the car was red.", "the car was red."),
])
def test_bare_reports_and_insiders_name_no_one(sentence: str, core: str) -> None:
    claim = SentenceClaimExtractor().extract(article(sentence))[0]
    assert (claim.speaker, claim.core) == (None, core)
    assert unnamed_source(sentence) is not None  # the contrast says "unnamed reports"


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("Reuters said the talks had stalled.", "Reuters"),
    ("Democrats said the bill was flawed.", "Democrats"),
    ("Consumer Reports said the car was unsafe.", "Consumer Reports"),
    ("Russian journalists said the talks had stalled.", "Russian journalists"),
    # a team is a common plural too: one sentence cannot tell, and it stays as written
    ("Rangers said the striker would miss the final.", "Rangers"),
])
def test_a_name_or_a_group_set_apart_still_speaks_in_one_sentence(sentence: str,
                                                                  speaker: str) -> None:
    assert SentenceClaimExtractor().extract(article(sentence))[0].speaker == speaker


@pytest.mark.parametrize("sentence", [
    "Police reports show 12 arrests were made.",
    "Reports of flooding reached the capital on Monday.",
])
def test_reports_as_a_subject_without_a_frame_stay_the_outlets(sentence: str) -> None:
    claim = SentenceClaimExtractor().extract(article(sentence))[0]
    assert (claim.speaker, claim.core) == (None, sentence)


# --- "NAME of the BODY did ...; she said": the person, as when she speaks ----------------------


@pytest.mark.parametrize(("text", "speaker"), [
    ("Amal Idris of the Refugee Council sparked outrage on Monday. She said the camp was full.",
     "Amal Idris"),
    ("Jonas Berg of the Nordic Institute published the study on Tuesday. He said the results "
     "were clear.", "Jonas Berg"),
    # a title the body's name kept on her ("Dr." before "the University of Oslo")
    ("Dr. Sara Lind of the University of Oslo led the team. She told reporters the drug worked.",
     "Sara Lind"),
    ("Chairman Jerome Powell of the Federal Reserve raised rates again. He said inflation was "
     "still too high.", "Jerome Powell"),
    # as before: where a legislator is from, a title's own "of"
    ("Rep. Ilhan Omar of Minnesota sparked outrage on Monday. She said the camp was full.",
     "Ilhan Omar"),
    ("Joint Chiefs of Staff Chairman Mark Milley visited the base. He said the troops were "
     "ready.", "Mark Milley"),
])
def test_a_person_of_a_body_heading_a_sentence_is_the_next_pronoun(text: str,
                                                                   speaker: str) -> None:
    claims = SentenceClaimExtractor().extract(article(text))
    assert [c.speaker for c in claims] == [None, speaker]


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("Dr. Sara Lind of the University of Oslo said the drug worked.", "Sara Lind"),
    ("Amal Idris of the Refugee Council said the camp was full.", "Amal Idris"),
    # a body "of" something stays the body
    ("The United Steelworkers of America said the plant would close.",
     "United Steelworkers of America"),
    ("The drug works, according to the National Institutes of Health.",
     "National Institutes of Health"),
])
def test_a_person_of_a_body_speaking_is_the_person(sentence: str, speaker: str) -> None:
    assert SentenceClaimExtractor().extract(article(sentence))[0].speaker == speaker


# --- "insisted Comey disprove the allegations": a demand, no claim ---------------------------


@pytest.mark.parametrize(("sentence", "speaker"), [
    # the clause's verb is bare: something asked for, not said to be so ("demanded" reads so)
    ("The union insisted that the company pay the workers in full.", "union"),
    ("The minister insisted that he be allowed to speak at the summit.", "minister"),
    ("Trump insisted Comey disprove the allegations.", "Trump"),
    ("The mayor insists the state fund the new bridge.", "mayor"),
    # a demand told of inside the outlet's own sentence makes no one its speaker
    ("Many statements in the memo echo his book, including that Trump insisted Comey "
     "disprove the allegations.", None),
])
def test_insisting_that_someone_do_something_is_a_demand(sentence: str,
                                                          speaker: str | None) -> None:
    claim = SentenceClaimExtractor().extract(article(sentence))[0]
    assert (claim.speaker, claim.core) == (speaker, sentence)


@pytest.mark.parametrize(("sentence", "speaker", "core"), [
    # a finite verb: what is so, insisted on
    ("Trump insisted that Comey was lying.", "Trump", "Comey was lying."),
    ("Trump insisted Comey knew about the dossier.", "Trump", "Comey knew about the dossier."),
    ("The lawyer insisted his client is innocent.", "lawyer", "his client is innocent."),
    ("The mayor insists the bridge will open in May.", "mayor", "the bridge will open in May."),
    ("Many statements in the memo echo his book, including that Trump said Comey was lying.",
     "Trump", "Comey was lying."),
])
def test_insisting_that_something_is_so_is_still_a_claim(sentence: str, speaker: str,
                                                         core: str) -> None:
    claim = SentenceClaimExtractor().extract(article(sentence))[0]
    assert (claim.speaker, claim.core) == (speaker, core)


def _last_speaker(text: str) -> str | None:
    return SentenceClaimExtractor().extract(article(text))[-1].speaker


@pytest.mark.parametrize("text", [
    # a body, however many words its name has, is no "he" or "she"
    "The National Institutes of Health funded the trial. She said the results were clear.",
    "The Mayo Clinic ran the study. He said the results were clear.",
    "Goldman Sachs Inc raised its forecast. She said growth would slow.",
    "The Federal Reserve Bank of Atlanta published the data. He said inflation would ease.",
    # nor a day, nor a thing someone owns
    "The Fourth of July parade was brief. He said the country was strong.",
    "Trump's Fourth of July parade was brief. He said the country was strong.",
])
def test_he_or_she_is_never_a_body_a_day_or_a_thing(text: str) -> None:
    assert _last_speaker(text) is None


@pytest.mark.parametrize(("text", "speaker"), [
    # a person before, a body or a thing between: "she" is still the person
    ("Ysolde Varga arrived late. She said the plan was ready.", "Ysolde Varga"),
    ("Ysolde Varga praised the National Institutes of Health. She said the results were "
     "clear.", "Ysolde Varga"),
    ("Rep. Ilhan Omar of Minnesota spoke first. She said the bill would pass.", "Ilhan Omar"),
    ("Amal Idris of the Refugee Council sparked outrage. She said the camps were full.",
     "Amal Idris"),
    # "it" may be a body that spoke
    ("The ministry said the plan was ready. It added that costs would rise.", "ministry"),
])
def test_he_or_she_still_resolves_to_a_person_and_it_to_a_body(text: str,
                                                               speaker: str) -> None:
    assert _last_speaker(text) == speaker


@pytest.mark.parametrize(("text", "speaker"), [
    # what someone says aloud is theirs: its owner is the "he" of the next sentence
    ("Trump's Fourth of July remarks were brief. He said the country was strong.", "Trump"),
    ("Donald Trump flew to Ohio. Trump's Fourth of July remarks were brief. He said the "
     "country was strong.", "Donald Trump"),
    ("Joe Biden's Fourth of July message was brief. He said the country was strong.",
     "Joe Biden"),
    ("Kim's conciliatory words were welcome. He said talks would resume.", "Kim"),
    ("Mr. Trump's comments were brief. He said the plan was ready.", "Trump"),
])
def test_a_possessive_s_owner_is_the_person_not_what_is_theirs(text: str,
                                                                speaker: str) -> None:
    assert _last_speaker(text) == speaker


def test_a_body_s_statement_makes_no_person_of_it() -> None:
    # a body issues statements: "Google's statement" makes no "he" of Google
    assert _last_speaker("Google's statement was brief. He said the plan was ready.") is None


@pytest.mark.parametrize(("sentence", "core", "group"), [
    # "according to" a bare group names no one, as "Officials said" does not
    ("According to reports, the talks had stalled.", "the talks had stalled.", "reports"),
    ("According to officials, the talks had stalled.", "the talks had stalled.", "officials"),
    ("According to the officials, the ceasefire held.", "the ceasefire held.", "officials"),
    ("The talks had stalled, according to diplomats.", "The talks had stalled.", "diplomats"),
    ("According to some analysts, growth will slow.", "growth will slow.", None),
    ("According to residents near the border, the shelling went on all night.",
     "the shelling went on all night.", "residents"),
])
def test_according_to_a_bare_group_is_an_unnamed_source(sentence: str, core: str,
                                                         group: str | None) -> None:
    claim = SentenceClaimExtractor().extract(article(sentence))[0]
    assert (claim.speaker, claim.core) == (None, core)
    assert unnamed_source(sentence) == group  # the contrast's "unnamed officials"
    said = SentenceClaimExtractor().extract(article("Officials said the talks had stalled."))
    assert said[0].speaker is None  # the same reading as "said"


@pytest.mark.parametrize(("sentence", "speaker"), [
    # a group set apart by who it is, or whose its report is, still speaks
    ("According to Azerbaijani officials, the talks had stalled.", "Azerbaijani officials"),
    ("According to police reports, the talks had stalled.", "police reports"),
    ("According to analysts at Deutsche Bank, growth will slow.", "analysts at Deutsche Bank"),
    ("According to the ministry, the talks had stalled.", "ministry"),
    ("According to Ysolde Varga, the talks had stalled.", "Ysolde Varga"),
])
def test_according_to_a_named_group_or_body_still_names_it(sentence: str,
                                                           speaker: str) -> None:
    assert SentenceClaimExtractor().extract(article(sentence))[0].speaker == speaker


@pytest.mark.parametrize(("sentence", "speaker", "core"), [
    # a document that names its author speaks with the author's voice, however it is worded
    ("According to reports from Reuters, the talks collapsed on Monday.", "Reuters",
     "the talks collapsed on Monday."),
    ("According to a report by the BBC, the minister resigned.", "BBC", "the minister resigned."),
    ("Reports in The Guardian said the deal was dead.", "Guardian", "the deal was dead."),
    ("A report from the Associated Press said the company had cut 500 jobs.",
     "Associated Press", "the company had cut 500 jobs."),
    ("A report in The Harbour Gazette claims that the mayor hid the audit.", "Harbour Gazette",
     "the mayor hid the audit."),
    ("Rents rose 9 percent, an investigation by the Brno Herald said Sunday.", "Brno Herald",
     "Rents rose 9 percent"),
    ("Rents rose 9 percent, according to a startling new study by Ostpress.", "Ostpress",
     "Rents rose 9 percent."),
    ("Rents rose 9 percent, according to a survey of landlords by the Tenants Union.",
     "Tenants Union", "Rents rose 9 percent."),
    # the author named before the document, what it is about after it
    ("Rents rose 9 percent, according to a Reuters analysis of council data.", "Reuters",
     "Rents rose 9 percent."),
    ("A Gallup poll found that 40 percent approve of the plan.", "Gallup",
     "40 percent approve of the plan."),
])
def test_a_document_speaks_with_its_authors_voice(sentence: str, speaker: str,
                                                  core: str) -> None:
    found = find_speaker(sentence)
    assert (found.speaker, found.core) == (speaker, core)


@pytest.mark.parametrize(("sentence", "speaker"), [
    # no author named: the document stays the speaker, or no one is
    ("Rents rose 9 percent, according to a new study.", "new study"),
    ("Rents rose 9 percent, according to a report seen by the Herald.", "report"),
    ("The report given to the president in July said the dam was unsafe.", None),
    # a nationality, a place or a month before the document says which, not whose
    ("One in five children have nightmares, according to a British survey.", "British survey"),
    ("Crime fell 4 percent, according to a Chicago study.", "Chicago study"),
    ("Jobs grew by 200,000, according to the January jobs report.", "January jobs report"),
    # press reports by no one named ("police reports" is whose)
    ("According to media reports, the talks collapsed.", "media reports"),
])
def test_a_document_naming_no_author_is_read_as_before(sentence: str,
                                                       speaker: str | None) -> None:
    assert find_speaker(sentence).speaker == speaker


@pytest.mark.parametrize("sentence", [
    # a verb of saying inside a relative clause frames that clause, not the sentence's own
    "Biden's speech on Tuesday, in which he has suggested that he's better prepared than "
    "Trump, drew criticism.",
    "Senator Jane Smith, who has claimed that the vote was rigged, will run again in November.",
    "The US Embassy in Baku, which declared that the border was closed, has reopened.",
    "The letter, in which the ministry warned that prices would rise, was leaked to reporters.",
    "Mayor Ana Lind, who said last week that taxes would not rise, now plans an increase.",
    "Tom Reyes, who had urged the board to reject the offer, was even more wary after the vote.",
    # what was said has the antecedent for its subject: no cut after the verb can say it
    "Dana Kell was held after she threw a cup, which she said was filled with paint, from the "
    "gallery.",
    "While Ana Lind spoke of the sanctions, which she said had brought Vardenia to the table, "
    "she did not repeat the mayor's words.",
    "The ministry cited a survey, which it said showed that rents rose.",
])
def test_a_frame_inside_a_relative_clause_is_not_the_sentences(sentence: str) -> None:
    claim = SentenceClaimExtractor().extract(article(sentence))[0]
    assert (claim.speaker, claim.core) == (None, sentence)


@pytest.mark.parametrize(("sentence", "speaker", "core"), [
    # a relative clause before the frame's own verb, or inside what is reported, keeps it
    ("Biden, who spoke in Ohio, said that the economy is strong.", "Biden",
     "the economy is strong."),
    ("The minister said the plan, which critics called reckless, would pass.", "minister",
     "the plan, which critics called reckless, would pass."),
    ("Ruth Amsel, who chairs the committee, said the aid must stop.", "Ruth Amsel",
     "the aid must stop."),
    # a quoted statement after its owner's possessive is still the owner's
    ("Borrell’s warning, “Europe is a garden,” has been viewed as racist.", "Borrell",
     "Borrell’s warning, “Europe is a garden,” has been viewed as racist."),
])
def test_a_relative_clause_outside_the_frame_keeps_it(sentence: str, speaker: str,
                                                      core: str) -> None:
    found = find_speaker(sentence)
    assert (found.speaker, found.core) == (speaker, core)


@pytest.mark.parametrize(("sentence", "speaker"), [
    # the document after an inverted verb speaks with its author's voice too
    ("Most voters oppose the change, says a poll by Rasmussen Reports.", "Rasmussen Reports"),
    ("Rents rose 9 percent, said a report from the Tenants Union.", "Tenants Union"),
    # ... and names no one where it names no author
    ("Rents rose 9 percent, said a new study.", None),
])
def test_a_document_after_an_inverted_verb_speaks_with_its_authors_voice(
        sentence: str, speaker: str | None) -> None:
    assert find_speaker(sentence).speaker == speaker


@pytest.mark.parametrize(("sentence", "speaker", "core"), [
    # a relative clause after the name "according to" gives tells of that name, and its
    # verb of saying does not take the claim from it
    ("Rents rose 9 percent in 2023, according to the Tenants Union, which said it had "
     "surveyed 400 landlords.", "Tenants Union", "Rents rose 9 percent in 2023."),
    ("Hate crimes nearly tripled, according to the Civic League, which also documented a "
     "rise in rallies.", "Civic League", "Hate crimes nearly tripled."),
    ("At least 25 people were killed, according to the Harbour Gazette, which has been "
     "tracking the attacks since 2015.", "Harbour Gazette", "At least 25 people were killed."),
    # ... and "it" after "according to X" is what the sentence is about, not X
    ("According to the Brno Herald, who first reported the lawsuit, it does not name the mayor.",
     "Brno Herald", "it does not name the mayor."),
    # a description of the name that ends the sentence tells of it too; one of the claim not
    ("Rents rose 9 percent, according to the Tenants Union, a group that tracks evictions.",
     "Tenants Union", "Rents rose 9 percent."),
    ("Sales fell 4 percent, according to the Retail Forum, a trade association.",
     "Retail Forum", "Sales fell 4 percent."),
    ("Voters are less keen, according to the Civic League, a split that existed before.",
     "Civic League", "Voters are less keen, a split that existed before."),
    # near cases: the frame alone, and a body's own "it"
    ("Rents rose 9 percent, according to the Tenants Union.", "Tenants Union",
     "Rents rose 9 percent."),
    ("The Tenants Union said it had surveyed 400 landlords.", "Tenants Union",
     "Tenants Union had surveyed 400 landlords."),
])
def test_a_relative_clause_after_according_to_x_is_no_part_of_the_claim(
        sentence: str, speaker: str, core: str) -> None:
    claim = SentenceClaimExtractor().extract(article(sentence))[0]
    assert (claim.speaker, claim.core) == (speaker, core)


@pytest.mark.parametrize(("sentence", "speaker", "core"), [
    # when a document came out, a pollster's partners, the one who wrote a memo
    ("According to a Brno Herald analysis updated on Monday, half of the flats are empty.",
     "Brno Herald", "half of the flats are empty."),
    ("Most voters want a recount, according to a Reuters/Ipsos poll released Wednesday.",
     "Reuters/Ipsos", "Most voters want a recount."),
    ("The following day, according to memos written by Ana Lind, the mayor fired the clerk.",
     "Ana Lind", "The following day, the mayor fired the clerk."),
    # what others voiced, after a frame ending the claim, is no clause the frame reports
    ("A quarter of voters have no interest in the vote, a Gallup poll published on Thursday "
     "found, with some voicing concern that the count could be rigged.", "Gallup",
     "A quarter of voters have no interest in the vote"),
    ("A quarter of voters have no interest in the vote, Gallup found, with some voicing "
     "concern that the pace at which the count is being run could let it be rigged.", "Gallup",
     "A quarter of voters have no interest in the vote, with some voicing concern that the "
     "pace at which the count is being run could let it be rigged."),
    # near case: "with" and no one else voicing anything
    ("Tom Reyes said with confidence that the bill would pass.", "Tom Reyes",
     "the bill would pass."),
])
def test_a_documents_date_partners_and_writer_and_others_voices(sentence: str, speaker: str,
                                                                core: str) -> None:
    found = find_speaker(sentence)
    assert (found.speaker, found.core) == (speaker, core)
