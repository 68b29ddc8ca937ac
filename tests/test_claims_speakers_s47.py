"""The claims stage, forty-seventh session: who speaks.

"It said" is a body, never a person the article shows to be one; a headline description with
any verb of saying speaks ("US official confirms ..."); a described outlet speaks by its name
("Itar-Tass news agency said"); a bare document ("Report claims ...") names no one; any verb of
saying inverts after a closing quote; military ranks are titles; "alleged" before a noun is no
verb of saying; Italian and Hungarian are peoples.
"""

from __future__ import annotations

import pytest

from embeddings.claims import SentenceClaimExtractor, find_speaker
from embeddings.claims.places import is_demonym
from embeddings.types import Article


def _speakers(text: str, source: str = "Test Wire") -> list[str | None]:
    page = Article(id="a1", source=source, text=text, title=None)
    return [c.speaker for c in SentenceClaimExtractor().extract(page)]


# --- "it" is a body ---------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "body"), [
    ("Acme Corp cut 500 jobs on Monday. Chief executive John Smith said the cuts were needed. "
     "It said sales fell.", "Acme Corp"),
    ("The European Commission fined Google on Monday. It said the company had abused its "
     "dominance.", "European Commission"),
    ("The Defence Ministry said troops had withdrawn. Shelling went on overnight. Residents "
     "fled the town. Two houses burned. It said the ceasefire held.", "Defence Ministry"),
    ("Russia said it had hit a command post. It added that two drones were downed.", "Russia"),
])
def test_it_is_the_body_named_before(text: str, body: str) -> None:
    assert _speakers(text)[-1] == body


@pytest.mark.parametrize("text", [
    "John Smith, a lawyer, said the deal was dead. It said the talks would resume.",
    "Mr. Jones said the deal was dead. But it said the talks would resume.",
])
def test_it_is_never_the_person_who_spoke(text: str) -> None:
    speakers = _speakers(text, source="Daily Planet")
    assert speakers[0] != speakers[-1]
    assert speakers[-1] == "Daily Planet"  # no body near: the article's own outlet


def test_it_inside_a_sentence_gets_no_outlet() -> None:
    # "actions it said could amount to war crimes": what the sentence is about, no frame
    text = ("Russia killed civilians in air strikes in Syria last year, UN investigators said "
            "on Monday - actions it said could amount to war crimes by both Moscow and Ankara.")
    assert _speakers(text)[-1] == "UN investigators"


# --- headlines --------------------------------------------------------------------------------


@pytest.mark.parametrize(("headline", "speaker"), [
    ("US official confirms Russian jets flew over the base", "US official"),
    ("Senior official admits talks have stalled", "senior official"),
    ("Pentagon denies report of troops in Syria", "Pentagon"),
])
def test_a_headline_description_speaks_with_any_verb_of_saying(headline: str,
                                                               speaker: str) -> None:
    assert find_speaker(headline).speaker == speaker


@pytest.mark.parametrize("headline", [
    "Report claims Apple is building a car",
    "Study finds coffee reduces cancer risk",
    "Poll shows Labour ahead by five points",
    "Survey shows most voters oppose the plan",
    "Unconfirmed reports saying the hostage was freed",
])
def test_a_bare_document_names_no_one(headline: str) -> None:
    found = find_speaker(headline)
    assert found.speaker is None
    assert found.core == headline


def test_according_to_a_poll_keeps_its_poll() -> None:
    assert find_speaker("Most voters back the plan, according to a new poll.").speaker \
        == "new poll"


# --- described outlets ------------------------------------------------------------------------


@pytest.mark.parametrize(("sentence", "outlet"), [
    ("The Welt am Sonntag German newspaper said the plan would fail.", "Welt am Sonntag"),
    ("The German newspaper Welt am Sonntag said the plan would fail.", "Welt am Sonntag"),
    ("Itar-Tass news agency said the ship had sunk.", "Itar-Tass"),
    ("Russia had closed checkpoints on the border, Itar-Tass news agency said.", "Itar-Tass"),
    ("Britain's Sky News channel reported that the plan would fail.", "Sky News"),
    ("The Iranian Fars news agency said the plan would fail.", "Fars"),
])
def test_a_described_outlet_speaks_by_its_name(sentence: str, outlet: str) -> None:
    assert find_speaker(sentence).speaker == outlet


@pytest.mark.parametrize("sentence", [
    "The plan would fail, the German newspaper said.",
    "US website claims street artist caught in Watford",
])
def test_a_description_without_a_name_names_no_outlet(sentence: str) -> None:
    assert find_speaker(sentence).speaker is None


# --- inverted frames, ranks, "alleged" -------------------------------------------------------


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("\"We will not back down,\" declared Rep. John Smith.", "John Smith"),
    ("\"We will not back down,\" insisted the minister.", "minister"),
])
def test_any_verb_of_saying_inverts_after_a_quote(sentence: str, speaker: str) -> None:
    found = find_speaker(sentence)
    assert found.speaker == speaker
    assert found.core == "We will not back down"


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("Maj. Gen. John Smith said the strike was a success.", "John Smith"),
    ("\"The strike was a success,\" Maj. Gen. John Smith said.", "John Smith"),
    ("Adm. Mike Mullen said the navy was ready.", "Mike Mullen"),
    ("Cmdr. Jane Doe said the ship was safe.", "Jane Doe"),
    ("The ship was safe, said Cpl. Jane Doe.", "Jane Doe"),
])
def test_military_ranks_are_titles(sentence: str, speaker: str) -> None:
    assert find_speaker(sentence).speaker == speaker


def test_a_rank_inside_the_claim_stays_as_written() -> None:
    assert find_speaker("Cdr. Jane Doe said Maj. Tom Lee was safe.").core \
        == "Maj. Tom Lee was safe."


def test_a_rank_ends_no_sentence() -> None:
    text = "Cpl. Jane Doe said the ship was safe. Cdr. Tom Lee agreed."
    assert _speakers(text)[0] == "Jane Doe"


@pytest.mark.parametrize("sentence", [
    "The alleged attacker fled the scene.",
    "Michael Phelps alleged girlfriend says she was born intersex",
    "Two alleged gang members were arrested.",
])
def test_alleged_before_a_noun_is_no_frame(sentence: str) -> None:
    assert find_speaker(sentence).speaker is None


def test_alleged_as_a_verb_still_frames() -> None:
    found = find_speaker("The prosecutor alleged that the vote was rigged.")
    assert (found.speaker, found.core) == ("prosecutor", "the vote was rigged.")


# --- peoples ----------------------------------------------------------------------------------


@pytest.mark.parametrize("word", ["Italian", "Hungarian", "Norwegian", "Belgian", "Portuguese",
                                  "Czech", "Swedish"])
def test_european_peoples_are_demonyms(word: str) -> None:
    assert is_demonym(word)


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("Italian police said the suspect had fled.", "Italian police"),
])
def test_a_peoples_police_speak(sentence: str, speaker: str) -> None:
    assert find_speaker(sentence).speaker == speaker


@pytest.mark.parametrize("sentence", [
    "Americans said to be riding public transit in record numbers",
    "Apple added additional reinforcement to its iPhone 6 Plus to ensure it doesn't bend",
])
def test_said_to_be_and_added_to_say_nothing(sentence: str) -> None:
    assert find_speaker(sentence).speaker is None


def test_added_with_a_clause_still_frames() -> None:
    assert find_speaker("The minister added the talks would go to the cabinet.").speaker \
        == "minister"
