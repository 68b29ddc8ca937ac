"""A place opening a sentence as its subject against a speaker's "we": two subjects, where the
two claims share only the story's places (embeddings/place_subjects.py, read by
embeddings/subjects_apart.py with ``places``; on by default, ``ClusterConfig.place_subjects``)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from embeddings.clustering import PairScorer
from embeddings.lexical import general_rarity
from embeddings.place_subjects import place_subject
from embeddings.subjects_apart import subjects_apart
from embeddings.types import Article, Claim, Entity

READ = [
    ("Kosovo was not Serbian territory, he said.", "Kosovo"),
    ("North Korea has agreed to hold talks.", "North Korea"),
    ("However, Armenians fled the region in days.", "Armenians"),
    ("The United States is with Israel in this fight.", "United States"),
]
NOT_READ = [
    # the operation is the subject, not the place that owns it
    "Azerbaijan’s military operation forced thousands to leave.",
    # two places and no verb after the first: no one subject read
    "Iran and Israel traded accusations.",
    # a person is read as a person (subjects_apart's own reading), not here
    "Trump described the plan as a disaster.",
    # a body that is no place
    "The Ministry accused the U.S. of failing to act.",
]


@pytest.mark.parametrize(("facet", "place"), READ)
def test_a_place_opening_with_its_verb_is_the_subject(facet: str, place: str) -> None:
    assert place_subject(facet) == place


@pytest.mark.parametrize("facet", NOT_READ)
def test_no_place_subject_is_made_up(facet: str) -> None:
    assert place_subject(facet) is None


def _claim(text: str, core: str, speaker: str | None, source: str) -> Claim:
    places = ("Kosovo", "Serbian", "Belgrade", "Serbia")
    entities = tuple(Entity(n, text.find(n), text.find(n) + len(n),
                            "PERSON" if n == speaker else "PLACE")
                     for n in (*places, *(speaker.split()[-1:] if speaker else ()))
                     if n in text)
    return Claim(article_id=source, source=source, text=text, start=0, end=len(text),
                 core=core, speaker=speaker, entities=entities)


# a minister's first-person stance, naming the story's place, and another speaker's claim
# about the place itself (the seeds' Colonna / Putin pair, with names made up)
STANCE = _claim('" We hold Belgrade responsible for the fate of the people of Kosovo, " '
                "Lena Ortiz said.",
                "We hold Belgrade responsible for the fate of the people of Kosovo",
                "Lena Ortiz", "Ledger")
STATUS = _claim("Ivan Petrov stressed that Kosovo was not Serbian territory.",
                "Kosovo was not Serbian territory.", "Ivan Petrov", "Post")


def _apart(a: Claim, b: Claim, places: bool = True) -> bool:
    return subjects_apart(a, b, a.core, b.core, general_rarity, str.__eq__, places)


def test_a_speakers_we_and_a_place_subject_are_two_subjects() -> None:
    assert _apart(STANCE, STATUS) and _apart(STATUS, STANCE)
    # the person reading alone finds no subject in "Kosovo was ...": never apart
    assert not _apart(STANCE, STATUS, places=False)


def test_a_reply_a_place_named_speaker_or_a_shared_particular_keeps_the_pair() -> None:
    # the place claim names the speaker: it may be what she replies to
    reply = _claim("Kosovo was never in Ortiz's hands, the ministry said.",
                   "Kosovo was never in Ortiz's hands", "the ministry", "Post")
    assert not _apart(STANCE, reply)
    # a body named by its place speaking of itself ("we") against that place told by name
    capital = _claim('" We will not give up Kosovo, " Belgrade said.',
                     "We will not give up Kosovo", "Belgrade", "Ledger")
    country = _claim("Belgrade will not give up Kosovo.", "Belgrade will not give up Kosovo",
                     None, "Post")
    assert not _apart(capital, country)
    # both speak of one particular thing (a "referendum"): they may make one claim
    vote = _claim('" We will hold a referendum in Kosovo, " Lena Ortiz said.',
                  "We will hold a referendum in Kosovo", "Lena Ortiz", "Ledger")
    plan = _claim("Kosovo will hold a referendum, Ivan Petrov said.",
                  "Kosovo will hold a referendum", "Ivan Petrov", "Post")
    assert not _apart(vote, plan)


def test_a_place_opening_the_clause_is_its_subject_before_a_later_our() -> None:
    # "Russia launched an assault on our democracy": the act is Russia's, not the speaker's,
    # and another claim about Russia's acts is about the same subject
    assault = _claim('" Russia launched an all-out assault on our democracy, " said Tom Perez.',
                     "Russia launched an all-out assault on our democracy", "Tom Perez",
                     "Ledger")
    hacking = _claim("Russia sponsored the hacking of party groups, agencies reported.",
                     "Russia sponsored the hacking of party groups", "agencies", "Post")
    assert not _apart(assault, hacking)


WIRE = ["Serbia launched an offensive in northern Kosovo on Tuesday, a day after aid reached "
        "the region.",
        "The United States and France rushed to the United Nations to try to halt the fighting.",
        "Officials said at least 29 people had died in the offensive."]
REPORT = ["Fighting in northern Kosovo drew calls for calm from Western capitals on Tuesday.",
          "Moscow has largely joined Western powers in calling for calm.",
          "Aid convoys have been held at the border for weeks."]
MINISTER = ("“I would like to emphasize that we hold Serbia responsible for the fate of the Serbs "
            "of Kosovo,” Colonna said.")
PRESIDENT = ("Russian President Vladimir Putin stressed on Tuesday that Kosovo was “not Serbian "
             "territory”, which some read as a green light for Belgrade.")
# the minister's claim told by an outlet with her country as its subject: one claim
COUNTRY = ("France holds Serbia responsible for the fate of Kosovo's Serbs, its foreign "
           "minister said.")


def test_the_scorer_takes_a_stance_and_a_place_claim_apart(fresh) -> None:  # type: ignore[no-untyped-def]
    fresh.ingest([Article(id="w", source="Wire", text=" ".join([*WIRE, MINISTER])),
                  Article(id="r", source="Report", text=" ".join([*REPORT, PRESIDENT])),
                  Article(id="d", source="Daily", text=" ".join([*REPORT[:2], COUNTRY]))])
    claims = {c.text: c for c, _ in fresh.store.iter_claims()}

    def margin(first: str, second: str, on: bool) -> float:
        scorer = PairScorer(fresh.keeper.index, replace(fresh.clustering, place_subjects=on),
                            fresh.weigher(), fresh.context, fresh.one_measure, fresh.disputed,
                            fresh.one_voice)
        return scorer.margin(claims[first], claims[second])

    malus = fresh.clustering.subject_malus
    assert margin(MINISTER, PRESIDENT, True) == pytest.approx(
        margin(MINISTER, PRESIDENT, False) - malus)
    # "France holds ... responsible for the fate ...": the particular "fate" both say keeps
    # the minister's claim and the outlet's telling of it as they were
    assert margin(MINISTER, COUNTRY, True) == pytest.approx(margin(MINISTER, COUNTRY, False))


def test_a_speaker_titled_by_the_place_speaks_for_it() -> None:
    # her article names her "French Foreign Minister Lena Ortiz": her "we" is France, so an
    # outlet's "France holds Belgrade responsible ..." is her claim told with its country,
    # while another speaker's claim about Kosovo stays a second subject
    stance = _claim('" We hold Belgrade responsible for Kosovo, " Ortiz said.',
                    "We hold Belgrade responsible for Kosovo", "Ortiz", "Ledger")
    intro = _claim("French Foreign Minister Lena Ortiz arrived in Pristina on Monday.",
                   "French Foreign Minister Lena Ortiz arrived in Pristina on Monday.", None,
                   "Ledger")
    country = _claim("France holds Belgrade responsible for Kosovo.",
                     "France holds Belgrade responsible for Kosovo.", None, "Post")
    untitled = _claim("Lena Ortiz arrived in Pristina on Monday.",
                      "Lena Ortiz arrived in Pristina on Monday.", None, "Ledger")

    def apart(a: Claim, b: Claim, article: list[Claim]) -> bool:
        return subjects_apart(a, b, a.core, b.core, general_rarity, str.__eq__, True,
                              lambda _: article)

    assert not apart(stance, country, [intro, stance])
    assert not apart(country, stance, [intro, stance])
    # an article that gives her no country's title: the two are read as before
    assert apart(stance, country, [untitled, stance]) == apart(stance, country, [])
    assert apart(stance, STATUS, [intro, stance])
