"""The contrast stage on headlines that call a story untrue in words the denial readings had
not met: the press or the web "fooled" or "duped" by it, a video someone "staged", a
story's place named by its adjective ("Scottish restaurant" / "a restaurant in Scotland"),
and a rumour its subject defies ("makes it to film night despite mortality rumours")."""

from __future__ import annotations

import pytest
from contrastkit import agrees, claim, contrast, denies, parsed


@pytest.mark.parametrize(("story", "fooled"), [
    ("Seven underage girls got pregnant on a school trip.",
     "Media Fooled Again? Story Claims 7 Girls On School Trip Came Home Pregnant"),
    ("A shark was photographed swimming on a flooded Houston freeway.",
     "Internet fooled again by photo of shark swimming on Houston freeway"),
    ("The Pope said that pets can go to heaven.",
     "Media duped by story that the Pope said pets go to heaven"),
    ("A shark was photographed swimming on a flooded Houston freeway.",
     "Did the shark swimming on a Houston freeway fool the internet?"),
    # a headline's kicker
    ("A shark was photographed swimming on a flooded Houston freeway.",
     "Duped again: the shark swimming on a Houston freeway"),
])
def test_a_story_that_fooled_the_press_or_the_web_is_called_untrue(story: str,
                                                                  fooled: str) -> None:
    denies(story, fooled)


@pytest.mark.parametrize(("story", "other"), [
    # a trick that happened, played on someone who is not the press or the web
    ("ISIS militants forced a mother to eat her son.",
     "ISIS militants trick mother into eating her kidnapped son"),
    ("A teenager conned a bank out of one million dollars.",
     "Teen tricked bank into handing over one million dollars"),
    ("Scammers stole millions from pensioners.",
     "Scammers dupe pensioners out of millions with fake calls"),
    # the web fooled by another story of the same place
    ("A shark was photographed swimming on a flooded Houston freeway.",
     "Internet fooled by photo of Houston mayor's new car"),
    # fooled by nothing: the photo fooled nobody
    ("Kim Kardashian's photo broke the internet.",
     "Kim Kardashian photo fools nobody as fans spot the editing"),
])
def test_a_trick_told_as_news_or_another_story_s_hoax_stays_apart(story: str,
                                                                  other: str) -> None:
    agrees(story, other)


@pytest.mark.parametrize("fooled", [
    "Media Fooled Again? Story Claims 7 Girls On School Trip Came Home Pregnant",
    "Did Josh Paler Lin stage the video of girls coming home pregnant from a school trip?",
])
def test_a_fooled_headline_in_another_cluster_is_read_as_the_story_s_denial(
        fooled: str) -> None:
    from service.denials import story_denials

    claims = {1: (claim("wire", "Seven girls got pregnant on a school trip.", cid=1), 0),
              2: (claim("site", fooled, cid=2), 1)}
    found = story_denials(claims, {1: 0.9, 2: 0.9}, lambda a, b: True)
    assert len(found) == 1
    roles = {e["voice"]: e["role"] for e in found[0].difference.evidence}
    assert roles == {"site": "denies", "wire": "asserts"}


@pytest.mark.parametrize(("story", "staged"), [
    ("YouTube star Josh Paler Lin gave a homeless man 100 dollars and filmed how he spent it.",
     "Did Josh Paler Lin Stage His Viral Video About The Homeless Man?"),
    ("The prankster filmed the Pope talking about pets in heaven.",
     "Did the prankster stage the video of the Pope talking about pets in heaven?"),
    ("A police officer was filmed dancing with a crying toddler in the street.",
     "Witnesses say the officer staged the video of dancing with a toddler in the street"),
])
def test_a_video_someone_staged_is_called_untrue(story: str, staged: str) -> None:
    denies(story, staged)


@pytest.mark.parametrize(("story", "other"), [
    # the noun: on stage, in a video
    ("A singer fell on stage in Paris.", "Singer falls on stage in viral video from Paris"),
    # staging what is no picture: a protest, a comeback
    ("The protesters staged a sit-in at the parliament.",
     "Protesters stage a sit-in outside parliament"),
    ("The champion came back to win the final.",
     "Champion stages a comeback in the final, video shows"),
])
def test_staging_that_is_no_faked_picture_denies_nothing(story: str, other: str) -> None:
    agrees(story, other)


@pytest.mark.parametrize(("story", "debunk"), [
    ("North Korea plans to open a restaurant in Scotland.",
     "Kim Jong-Un's Scottish Dog Meat Restaurant Is Probably Fabricated"),
    ("A meteorite landed in Nicaragua.", "Nicaraguan meteorite was fabricated, NASA says"),
    ("A giant tortoise was found in Ukraine.", "The Ukrainian tortoise is fabricated"),
    ("A sinkhole swallowed a bus in China.", "Chinese sinkhole footage is fabricated"),
])
def test_a_place_named_by_its_adjective_is_the_place_the_story_names(story: str,
                                                                    debunk: str) -> None:
    denies(story, debunk)


@pytest.mark.parametrize(("story", "other"), [
    # the place is all the two share: another story of it
    ("North Korea plans to open a restaurant in Scotland.",
     "Kim Jong-un's Scottish golf holiday is fabricated"),
    ("A meteorite landed in Nicaragua.", "Nicaraguan election fraud claims are a hoax"),
    ("A meteorite landed in Nicaragua.", "Nicaraguan president's health rumours are a hoax"),
])
def test_a_place_alone_or_a_word_like_its_adjective_ties_no_denial(story: str,
                                                                   other: str) -> None:
    agrees(story, other)


@pytest.mark.parametrize(("story", "defied"), [
    ("Playboy founder Hugh Hefner is dead.",
     "Hugh Hefner dead: Playboy founder makes it to film night despite mortality rumours"),
    ("Hugh Hefner has died.", "Hugh Hefner attends party in spite of rumours of his death"),
    ("Fidel Castro has died.",
     "Castro appears on Cuban television despite persistent death rumours"),
    ("Macaulay Culkin is dead.",
     "Macaulay Culkin Posts Selfie Despite Viral Death Rumours On Facebook"),
    ("Banksy was arrested in London.", "Banksy unveils new mural despite rumours he was arrested"),
])
def test_a_rumour_the_subject_defies_is_denied(story: str, defied: str) -> None:
    denies(story, defied)
    result = contrast(parsed("wire", story), parsed("site", defied))
    contra = next(d for d in result.differences if d.conflict)
    assert "spite" in contra.summary.lower()  # the summary quotes the rumour defied


@pytest.mark.parametrize(("story", "other"), [
    # the rumour is of something else than the story says
    ("Hugh Hefner is dead.", "Hugh Hefner makes it to film night despite retirement rumours"),
    ("Hugh Hefner attended film night.",
     "Hugh Hefner makes it to film night despite retirement rumours"),
    # another person's death
    ("Willie Nelson is dead.", "Hugh Hefner makes it to film night despite death rumours"),
    # what happened in spite of a rumour is no denial of the rumour's subject's acts
    ("Kim Jong-un appeared in public on Friday.",
     "Kim Jong-un appears in public despite rumours of ill health"),
    ("Apple shares fell on Monday.", "Apple shares rise despite rumours of weak iPhone sales"),
    # the rumours defy the denial, not the other way round
    ("Fidel Castro has died.", "Rumours of Castro's death persist despite denials"),
    # a rumour that says nothing of its own
    ("Apple shares fell on Monday.", "Apple shares rise despite rumours"),
    ("Banksy was arrested in London.", "Banksy unveils new mural despite rumours"),
    # "despite" of no rumour
    ("Fidel Castro has died.", "Castro appears on television despite his illness"),
])
def test_what_is_done_despite_no_rumour_of_the_story_stays_apart(story: str,
                                                                 other: str) -> None:
    agrees(story, other)


def test_a_dispelled_rumour_of_a_death_denies_that_the_person_is_dead() -> None:
    # "that he died" / "is dead": one word of death in the count, as "death" / "died" were
    denies("Judd Nelson is dead.", "Judd Nelson rebuffs Internet rumors that he died.")
