"""The claims stage, read from a sample of news sentences with a reporting word: a person
described before their name by what they do ("pace bowler James Anderson has said",
"Right-wing propagandist Glenn Beck told viewers that") is the speaker, as "Telecom operator
Norvanta said" already was, and the frame is cut from the claim."""

from __future__ import annotations

import pytest
from claimkit import speaker_and_core


@pytest.mark.parametrize(("sentence", "speaker", "core"), [
    ("England will consider a joint protest with West Indies next month, pace bowler James "
     "Anderson has said.", "James Anderson",
     "England will consider a joint protest with West Indies next month"),
    ("Right-wing propagandist Glenn Beck told viewers of his show that older Americans should "
     "go back to work.", "Glenn Beck", "older Americans should go back to work."),
    ("North Korean dictator Kim Jong Un said the country will halt nuclear tests.",
     "Kim Jong Un", "the country will halt nuclear tests."),
    ("Visiting West Indies skipper Jason Holder has said it would be a team decision.",
     "Jason Holder", "it would be a team decision."),
    ("U.S. President Donald Trump’s former personal lawyer Michael Cohen said on Wednesday "
     "that Trump has not released his tax returns.", "Michael Cohen",
     "Trump has not released his tax returns."),
    ("Billionaire investor Warren Buffett said on Monday that the wealthy are not paying "
     "enough taxes.", "Warren Buffett", "the wealthy are not paying enough taxes."),
    ("After walking past the mural, Kabul resident Dost Muhammad Momand said it had been "
     "painful to watch the video.", "Dost Muhammad Momand",
     "it had been painful to watch the video."),
    ("The deficit will double by 2030, veteran commentator Jane Porter wrote on Sunday.",
     "Jane Porter", "The deficit will double by 2030"),
])
def test_a_person_described_before_the_name_is_the_speaker(sentence: str, speaker: str,
                                                           core: str) -> None:
    assert speaker_and_core(sentence) == (speaker, core)


@pytest.mark.parametrize(("sentence", "not_speaker"), [
    # after a preposition the described person is no subject: the fans speak, not he
    ("Many fans of veteran striker John Smith said the club had let them down.", "John Smith"),
    # a verb's object before the frame's own subject
    ("Voters who consider former governor Jane Porter a moderate said the race was close.",
     "Jane Porter"),
])
def test_a_described_name_inside_another_subject_is_not_the_speaker(
        sentence: str, not_speaker: str) -> None:
    assert speaker_and_core(sentence)[0] != not_speaker


@pytest.mark.parametrize(("sentence", "speaker", "core"), [
    # what read before still reads so: a title, a known descriptor head, a bare name
    ("Telecom operator Norvanta said profits rose sharply in May.", "Norvanta",
     "profits rose sharply in May."),
    ("State Department spokesman Ned Price said the talks would resume.", "Ned Price",
     "the talks would resume."),
    ("James Anderson said England would consider a protest.", "James Anderson",
     "England would consider a protest."),
])
def test_speakers_read_before_stay(sentence: str, speaker: str, core: str) -> None:
    assert speaker_and_core(sentence) == (speaker, core)


# one witness is no more named than several: "a witness says" reads as "witnesses said", the
# project's bare group ("Officials said"): no speaker, and the frame cut from the claim
@pytest.mark.parametrize("sentence", [
    "The gunman fled on foot, a witness says.",
    "The gunman fled on foot, witnesses said.",
    "The gunman fled on foot, one resident told Reuters.",
    "The gunman fled on foot, an elderly neighbour said.",
    "The gunman fled on foot, a 45-year-old eyewitness said.",
])
def test_a_witness_reads_as_witnesses_do(sentence: str) -> None:
    assert speaker_and_core(sentence) == (None, "The gunman fled on foot")


def test_a_leading_witness_frame_is_cut_as_a_bare_group_one_is() -> None:
    assert speaker_and_core("A witness said the gunman fled on foot.") == (
        None, "the gunman fled on foot.")
    assert speaker_and_core("Witnesses said the gunman fled on foot.") == (
        None, "the gunman fled on foot.")


@pytest.mark.parametrize("headline", [
    "Gunman Fled on Foot, Witness Says",
    "Gunman Fled on Foot, Witnesses Say",
    "Gunman fled on foot, witness says",
    "Gunman fled on foot, witnesses say",
])
def test_a_headline_witness_reads_as_its_plural(headline: str) -> None:
    speaker, core = speaker_and_core(headline)
    assert speaker is None
    assert core.lower() == "gunman fled on foot"


@pytest.mark.parametrize(("sentence", "speaker", "core"), [
    # a post the outlet vouches for is still read as that post, singular or titled
    ("The gunman fled on foot, an official said.", "official", "The gunman fled on foot"),
    ("The gunman fled on foot, a source said.", "source", "The gunman fled on foot"),
    ("Gunman Fled on Foot, Official Says", "Official", "Gunman Fled on Foot"),
    # a named witness is named
    ("The gunman fled on foot, the witness John Smith said.", "John Smith",
     "The gunman fled on foot"),
    # a witness in the claim is no frame's subject
    ("Police questioned the witness for hours, an official said.", "official",
     "Police questioned the witness for hours"),
])
def test_posts_and_named_witnesses_stay(sentence: str, speaker: str, core: str) -> None:
    assert speaker_and_core(sentence) == (speaker, core)


# a body named by a common noun after its place or people speaks as "police" and "the French
# government" already did: "Seattle police said", "The U.S. government said"
@pytest.mark.parametrize(("sentence", "speaker", "core"), [
    ("Seattle police said they were investigating the fatal shooting of one person.",
     "Seattle police", "they were investigating the fatal shooting of one person."),
    ("Seattle police on Saturday said they were investigating a third shooting.",
     "Seattle police", "they were investigating a third shooting."),
    ("Swedish police say they are searching for a blue car registered in Denmark.",
     "Swedish police", "they are searching for a blue car registered in Denmark."),
    ("The U.S. government said on Monday the deadline has been extended by three days.",
     "U.S. government", "the deadline has been extended by three days."),
    ("One man died in the clashes, Hong Kong police said.", "Hong Kong police",
     "One man died in the clashes"),
])
def test_a_body_after_its_place_is_the_speaker(sentence: str, speaker: str, core: str) -> None:
    assert speaker_and_core(sentence) == (speaker, core)


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("Police said they were investigating the fatal shooting.", "police"),
    ("But police said they were investigating the fatal shooting.", "police"),
    ("On Sunday, police said they were investigating the fatal shooting.", "police"),
    ("The French government said on Monday the deadline has been extended by three days.",
     "French government"),
])
def test_a_body_without_a_place_stays_as_it_was(sentence: str, speaker: str) -> None:
    assert speaker_and_core(sentence)[0] == speaker


@pytest.mark.parametrize("sentence", [
    "In Texas police said they were investigating the fatal shooting.",
    "On Sunday police said they were investigating the fatal shooting.",
    "Local police said they were investigating the fatal shooting.",
])
def test_a_preposition_or_an_adjective_is_no_place_of_the_body(sentence: str) -> None:
    assert speaker_and_core(sentence)[0] not in ("In Texas police", "Local police",
                                                 "On Sunday police", "Sunday police")


# "X reported wounded", "X reported to be near buying Y": X is what is reported on, by no one
# the headline names (as "X said to be ..."), never the one who reports
@pytest.mark.parametrize("headline", [
    "ISIS executioner Jihadi John reported wounded in air strike",
    "Apple reported to be near buying Path social network",
    "Jihadi John reported wounded in air strike",
    "Kim Jong Un reported to be in fragile condition after surgery",
    "Rebel commander reported killed in clashes near Aleppo",
    "Missing climber reported alive after three days on the mountain",
    "Pop star reported to have signed a new record deal",
])
def test_a_passive_reported_names_no_speaker(headline: str) -> None:
    assert speaker_and_core(headline) == (None, headline)


@pytest.mark.parametrize(("sentence", "speaker", "core"), [
    ("Police reported that two people were killed in the blast.", "police",
     "two people were killed in the blast."),
    ("Officials reported to parliament that the plan had failed.", None, "the plan had failed."),
    ("The Associated Press reported the deal was close to collapse.", "Associated Press",
     "the deal was close to collapse."),
])
def test_an_active_reported_stays_a_frame(sentence: str, speaker: str | None,
                                          core: str) -> None:
    assert speaker_and_core(sentence) == (speaker, core)


# a bare group behind its auxiliaries, an adverb or an opening conjunction reads as "Officials
# said" does: no speaker, the frame cut
@pytest.mark.parametrize(("sentence", "core"), [
    ("Campaigners have previously said Trump would face the biggest rally ever seen.",
     "Trump would face the biggest rally ever seen."),
    ("Lawmakers specifically said they want to protect women from unfair competition.",
     "they want to protect women from unfair competition."),
    ("But analysts said South Korea was aiming for a comprehensive deal.",
     "South Korea was aiming for a comprehensive deal."),
    ("Experts have warned that a total withdrawal from Syria would help the Islamic State.",
     "a total withdrawal from Syria would help the Islamic State."),
    ("However, analysts have suggested the bank is selling foreign currency.",
     "the bank is selling foreign currency."),
])
def test_a_bare_group_behind_an_adverb_is_cut_as_officials_said_is(sentence: str,
                                                                    core: str) -> None:
    assert speaker_and_core(sentence) == (None, core)


@pytest.mark.parametrize("sentence", [
    # a finding of nothing: the claim is that nothing was found, so the frame stays
    "Researchers have found no evidence that social networks are biased against conservatives.",
    "Researchers found no evidence that social networks are biased against conservatives.",
    # "states" after a count is the plural noun, no verb of saying
    "Meanwhile, lawmakers in several states ― including Louisiana ― are trying to block "
    "abortions at six weeks.",
    # a subordinate frame stays the subordinate's
    "When officials said the deal would close, markets rallied.",
])
def test_what_is_no_bare_group_frame_stays_whole(sentence: str) -> None:
    assert speaker_and_core(sentence) == (None, sentence)


# a lower-case headline drops its frame's article, and reads as its prose with the article
@pytest.mark.parametrize(("headline", "speaker", "core"), [
    ("Meteorite makes big crater in Nicaragua, government says", "government",
     "Meteorite makes big crater in Nicaragua"),
    ("Saudi oil pipeline fire under control, security source says", "security source",
     "Saudi oil pipeline fire under control"),
    ("Islamic State training pilots to fly MiG fighter planes, says monitoring group",
     "monitoring group", "Islamic State training pilots to fly MiG fighter planes"),
    ("Audio captured at time of the shooting, company says", "company",
     "Audio captured at time of the shooting"),
])
def test_a_headline_frame_without_its_article_reads_as_with_it(headline: str, speaker: str,
                                                               core: str) -> None:
    assert speaker_and_core(headline) == (speaker, core)


@pytest.mark.parametrize("headline", [
    # a document no one is named as author of stays whole, as "a report says" does in prose
    "Apple Watch feature will save battery life, report says",
    "North Korea ordered citizens to change their names, says new report",
    # a word prose does not read as a speaker either
    "Texas boy suspended for threatening to use magic, dad says",
    # a sentence, not a headline: its frame has its article or is none
    "The fire is under control, report says.",
])
def test_a_headline_frame_prose_would_not_read_stays_whole(headline: str) -> None:
    assert speaker_and_core(headline) == (None, headline)
