"""A noun that points back ("this incident", "such plans", "the move") is read with what it
points at: two claims that meet on the pointing word are one claim only where their
antecedents (or their own words) share something particular (embeddings/pointers.py)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from embeddings.clustering import PairScorer
from embeddings.pointers import antecedent, pointed
from embeddings.types import Article, Claim

POINTED = [
    ("This incident is indicative of a deeper, systemic issue.", "incid"),
    ("The official said that makes this incident overnight particularly dangerous.", "incid"),
    ("We welcome this waiver and consider it an important step.", "waiver"),
    ("Such attacks must stop, the minister said.", "attack"),
    ("The move drew sharp criticism from the opposition.", "move"),
    ("Officials said these dangerous canyons are no place for children.", "canyon"),
    ("After that meeting, the two leaders left without a statement.", "meet"),
]

NOT_POINTED = [
    "This is an incorrect statement.",  # no noun phrase
    "This week the ministry said nothing.",  # a time
    "Residents described this attack on the hospital as a massacre.",  # says which
    "The decision to close the border was criticised.",  # says which
    "The deal was signed in Vienna in 2015.",  # the story's own thing, not a pointer
    "That includes funding for the research, he said.",  # a verb after "That"
    "Officials warned those seeking asylum to wait in Mexico.",  # people who do it
    "The government said that deal was bad.",  # "that" opens a clause
    "We have to push back against this administration.",  # the present one
    "The incident on the bridge killed four.",  # "the incident" is no pointer here
]


@pytest.mark.parametrize(("core", "stem"), POINTED)
def test_a_noun_under_a_pointer_is_read_as_pointed(core: str, stem: str) -> None:
    assert stem in pointed(core)


@pytest.mark.parametrize("core", NOT_POINTED)
def test_other_demonstratives_and_definites_point_at_nothing(core: str) -> None:
    assert pointed(core) == frozenset()


def _article(*sentences: str) -> list[Claim]:
    out, at = [], 0
    for text in sentences:
        out.append(Claim(article_id="a", source="Ledger", text=text, start=at,
                         end=at + len(text), core=text))
        at += len(text) + 1
    return out


def test_the_antecedent_is_the_nearest_earlier_claim_naming_the_noun() -> None:
    claims = _article("The ministry issued a waiver for the Karsk pipeline in March.",
                      "Prices rose sharply in April.", "Exports fell in May.",
                      "Imports were flat.", "Traders were calm.",
                      "We welcome this waiver, the governor said.")
    # the same noun, however far back
    assert antecedent(claims[-1], "waiver", claims) == claims[0]


def test_an_event_pointer_takes_the_event_told_just_before() -> None:
    claims = _article("Talks resumed in the capital on Monday.",
                      "Gunmen opened fire on a bus near Karsk, killing four passengers.",
                      "This incident shows how fragile the truce has become.")
    assert antecedent(claims[-1], "incid", claims) == claims[1]
    # a noun that is no event and is named nowhere before has no antecedent
    assert antecedent(claims[-1], "waiver", claims) is None


COMMON = ["Fighting resumed along the northern border of Veldoria on Monday.",
          "The government of Veldoria accused rebels of breaking the ceasefire."]
BUS = "Gunmen opened fire on a bus near the village of Karsk, killing four passengers."
POINTER_A = "This incident is indicative of a deeper, systemic issue."
POINTER_B = "This incident is a sign of a much larger problem."


def _ingest_pair(pipe, other_event: str):  # type: ignore[no-untyped-def]
    pipe.ingest([Article(id="a", source="Daily Ledger", text=" ".join([*COMMON, BUS,
                                                                       POINTER_A])),
                 Article(id="b", source="Evening Post", text=" ".join([*COMMON, other_event,
                                                                       POINTER_B]))])
    claims = {c.text: (c, label) for c, label in pipe.store.iter_claims()}
    return claims[POINTER_A], claims[POINTER_B]


def test_two_pointers_at_two_incidents_stay_apart(fresh) -> None:  # type: ignore[no-untyped-def]
    (a, label_a), (b, label_b) = _ingest_pair(
        fresh, "A drone struck a fuel depot outside the port city of Ostrava, setting it "
               "ablaze.")
    assert label_a != label_b
    # what keeps them apart is the pointer read with its antecedent: without it they match
    plain = PairScorer(fresh.keeper.index, replace(fresh.clustering, pointer_malus=0.0),
                       fresh.weigher(), fresh.context, fresh.one_measure, fresh.disputed,
                       fresh.one_voice)
    assert plain.margin(a, b) >= 0


def test_two_pointers_at_one_incident_still_meet(fresh) -> None:  # type: ignore[no-untyped-def]
    (_, label_a), (_, label_b) = _ingest_pair(
        fresh, "Gunmen attacked a passenger bus near Karsk on Monday, killing four people.")
    assert label_a == label_b
