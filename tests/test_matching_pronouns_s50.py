"""The "I" of two speakers, the "he" of two people, are not one subject: two claims whose
subjects are two different people, one written as a pronoun, that share nothing particular
do not match on the pronoun (embeddings/subjects_apart.py)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from embeddings.clustering import PairScorer
from embeddings.lexical import general_rarity
from embeddings.subjects_apart import subject, subjects_apart
from embeddings.types import Article, Claim, Entity


def _claim(text: str, core: str, speaker: str | None = None, source: str = "Ledger",
           names: tuple[str, ...] = ()) -> Claim:
    entities = tuple(Entity(n, text.find(n), text.find(n) + len(n), "PERSON") for n in names)
    return Claim(article_id="a", source=source, text=text, start=0, end=len(text), core=core,
                 speaker=speaker, entities=entities)


SUBJECTS = [
    # a quote's "I"/"we" is its speaker, wherever it stands in the quote
    ('" I will never let this happen, " said Omar Lesko.', "I will never let this happen",
     "Omar Lesko", (), "Omar Lesko"),
    ('" For us, this is about who we are, " she said.', "For us, this is about who we are",
     "Helen Marsh", (), "Helen Marsh"),
    # an outlet's own "I" is its writer's
    ("I reported daily from the site.", "I reported daily from the site", None, (),
     "Ledger"),
    # a "he" the reading resolved is the person the core names in its place
    ("He described the plan as a disaster.", "Omar Lesko described the plan as a disaster",
     None, (), "Omar Lesko"),
    ("Mr. Lesko said he hoped the talks would go on.", "Omar Lesko hoped the talks would go on",
     "Omar Lesko", ("Lesko",), "Omar Lesko"),
]

NO_SUBJECT = [
    # a quote nobody is credited with has no known "I"
    ('" I will never let this happen. "', "I will never let this happen", None, ()),
    # the "I" of an initialism is no one
    ("The C.I.A. chief met the envoy.", "The C.I.A. chief met the envoy", None, ()),
    # a body is no person; nor a possessive, nor a name that opens no clause
    ("The Trump campaign denied it.", "The Trump campaign denied it", None, ()),
    ("Hajizada's remarks were sharp.", "Hajizada's remarks were sharp", None, ()),
    # "he" is the subject, not the writer of "our country"
    ("However, he neglected to mention that they lived in our country.",
     "However, he neglected to mention that they lived in our country", None, ()),
    # a speaker that is no one by name ("the lawsuit says")
    ('" Russia attacked our democracy, " the lawsuit says.', "Russia attacked our democracy",
     "lawsuit", ()),
]


@pytest.mark.parametrize(("text", "core", "speaker", "names", "who"), SUBJECTS)
def test_a_pronoun_subject_is_read_as_its_person(text: str, core: str, speaker: str | None,
                                                  names: tuple[str, ...], who: str) -> None:
    found = subject(_claim(text, core, speaker, names=names), core)
    assert found is not None and found[0] == who and found[1]


@pytest.mark.parametrize(("text", "core", "speaker", "names"), NO_SUBJECT)
def test_no_person_is_made_up(text: str, core: str, speaker: str | None,
                              names: tuple[str, ...]) -> None:
    assert subject(_claim(text, core, speaker, names=names), core) is None


def test_a_title_and_an_aside_do_not_hide_a_named_subject() -> None:
    text = ("Turkish President Recep Tayyip Erdogan, who was in New York, voiced support for "
            "the offensive.")
    found = subject(_claim(text, text, names=("Recep Tayyip Erdogan",)), text)
    assert found is not None and found[0].endswith("Erdogan") and not found[1]


def _apart(first: tuple[str, str, str | None], second: tuple[str, str, str | None],
           names: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())) -> bool:
    a = _claim(first[0], first[1], first[2], source="Ledger", names=names[0])
    b = _claim(second[0], second[1], second[2], source="Post", names=names[1])
    return subjects_apart(a, b, a.core, b.core, general_rarity, str.__eq__)


WE_COUNTRY = ('" We are a welcoming country, " said Rodney Vance.', "We are a welcoming country",
              "Rodney Vance")
US_COUNTRY = ('" For us, this is about who we are as a country, " she said.',
              "For us, this is about who we are as a country", "Helen Marsh")


def test_two_speakers_we_on_one_topic_are_apart() -> None:
    assert _apart(WE_COUNTRY, US_COUNTRY)


def test_one_speaker_or_a_shared_particular_word_is_not_apart() -> None:
    # one voice
    assert not _apart(WE_COUNTRY, (US_COUNTRY[0], US_COUNTRY[1], "Rodney Vance"))
    # two people who both speak of a particular thing ("the waiver") may make one claim
    assert not _apart(('" We welcome the waiver, " said Rodney Vance.', "We welcome the waiver",
                       "Rodney Vance"),
                      ('" We will not submit a waiver, " said Helen Marsh.',
                       "We will not submit a waiver", "Helen Marsh"))
    # one of them names the other's subject: a claim and its reply
    assert not _apart(WE_COUNTRY, ('" Vance is wrong about us, " said Helen Marsh.',
                                   "Vance is wrong about us", "Helen Marsh"))


COMMON = ["Hundreds of migrants reached the northern border of Veldoria on Sunday after a "
          "month-long march.",
          "Border officials said they could process only a few dozen asylum claims a day."]
MINISTER = '" I will never let this happen, " said Omar Lesko, the interior minister.'
MOTHER = ('" I have been waiting here for weeks and I will not give up, " said Dana Ruiz, a '
          'mother of two from the south.')
CHIEF = ('" We are a very welcoming country, but we expect everyone to come through the front '
         'door, " said Rodney Vance, the chief of the border patrol.')
CHIEF_AGAIN = ('" We are a welcoming country, but everyone must come through the front door, " '
               'Vance told reporters.')


def _ingest(pipe, first: str, second: str):  # type: ignore[no-untyped-def]
    pipe.ingest([Article(id="a", source="Daily Ledger", text=" ".join([*COMMON, first])),
                 Article(id="b", source="Evening Post", text=" ".join([*COMMON, second]))])
    claims = {c.text: (c, label) for c, label in pipe.store.iter_claims()}
    return claims[first], claims[second]


def test_two_speakers_first_person_quotes_stay_apart(fresh) -> None:  # type: ignore[no-untyped-def]
    (a, label_a), (b, label_b) = _ingest(fresh, MINISTER, MOTHER)
    assert label_a != label_b
    # what keeps them apart is reading each "I" as its speaker: without it (and without the
    # bare-pair malus, which the two quotes, sharing no word, would meet next) they match
    plain = PairScorer(fresh.keeper.index,
                       replace(fresh.clustering, subject_malus=0.0, bare_malus=0.0),
                       fresh.weigher(), fresh.context, fresh.one_measure, fresh.disputed,
                       fresh.one_voice)
    assert plain.margin(a, b) >= 0


def test_one_speakers_quote_in_two_outlets_still_meets(fresh) -> None:  # type: ignore[no-untyped-def]
    (_, label_a), (_, label_b) = _ingest(fresh, CHIEF, CHIEF_AGAIN)
    assert label_a == label_b
