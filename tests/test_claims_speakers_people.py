"""The claims stage: the person whom a pronoun, title, role word or surname names."""

from __future__ import annotations

import pytest
from claimkit import article
from speakerkit import BRIEFING, _claims

from embeddings.claims import SentenceClaimExtractor, SpeakerContext, find_speaker
from embeddings.types import Article


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


def test_a_particle_surname_is_the_full_name_said_before() -> None:
    claims = SentenceClaimExtractor().extract(article(
        "The bank expects to save 800 million euros a year, finance chief Jan von Weber "
        "told analysts. \"These are difficult decisions,\" von Weber said."))
    assert [c.speaker for c in claims] == ["Jan von Weber", "Jan von Weber"]


def test_the_mayor_of_a_town_is_the_mayor_named_before() -> None:
    claims = SentenceClaimExtractor().extract(article(
        "Mayor Rui Lobo ordered the evacuation. Some 2,000 people left, the mayor of "
        "Monchique said."))
    assert claims[1].speaker == "Rui Lobo"


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


def test_a_family_name_is_a_person_the_story_titled_or_quoted() -> None:
    text = ("South Korean President Moon Jae-in met Kim Jong Un on Friday. Moon said the talks "
            "went well. Here are the redacted copies of the Comey Memos. Comey said he was "
            "grateful for the meeting.")
    speakers = [c.speaker for c in SentenceClaimExtractor().extract(article(text))]
    # "Moon Jae-in" keeps his given name whole; "the Comey Memos" are no one
    assert speakers[1:] == ["Moon Jae-in", None, "Comey"]


def test_according_to_him_is_the_one_who_just_spoke() -> None:
    claims = _claims(
        "Russia will respond to any deployment, Foreign Minister Sergey Lavrov told reporters. "
        "According to him, the West is playing with fire.")
    assert claims[1][1] == "Sergey Lavrov"


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
