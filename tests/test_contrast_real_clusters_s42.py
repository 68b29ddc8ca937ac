"""False conflicts read in real multi-outlet clusters of the tuning data (NewsWCL50 tune
events, UCI tune stories, BABE tune topics), each turned into a general reading, with the
near cases that must stay conflicts."""

from __future__ import annotations

import pytest
from contrastkit import claim, contrast, parsed


@pytest.mark.parametrize(("negated", "denial", "relation"), [
    # a side with a negation of its own asserts only what its "not" is said of (the story's
    # subject): one shared subject does not make a denial of it
    ('The lawsuit " might not have any journalistic, judicial, or political staying power, "'
     ' Williams said.',
     "Mr. Perez firmly denied that the lawsuit had a political purpose.", "agree"),
    ("The company did not comment on the report.",
     "The chief executive denied that the company had broken the law.", "agree"),
    ("The senator will not seek re-election, an aide said.",
     "The senator denied that he had taken bribes from donors.", "agree"),
    ("The ministry has not yet published the figures.",
     "A spokesman denied that the ministry had hidden the figures from the public.", "agree"),
    # near cases: the other side says what is denied (two of its words), with or without a
    # negation of its own elsewhere; or it says nothing but the denied statement
    ("The lawsuit had a political purpose, Williams said.",
     "Mr. Perez firmly denied that the lawsuit had a political purpose.", "conflict"),
    ("The company broke the law, but regulators have not fined it.",
     "The chief executive denied that the company had broken the law.", "conflict"),
    ("The minister lied to parliament and did not resign.",
     "The minister denied that she lied to parliament.", "conflict"),
    ("Judd Nelson is dead.", "His agent denied that Judd Nelson is dead.", "conflict"),
])
def test_a_denial_against_a_side_that_negates_too(negated: str, denial: str,
                                                  relation: str) -> None:
    result = contrast(claim("wire", negated), claim("paper", denial))
    assert result.relation == relation, (negated, denial, result.summary)


@pytest.mark.parametrize(("day", "span", "relation"), [
    # a count of one day against a count over a span of days that holds it: a part and the
    # whole, two measures
    ("23 people were arrested for offences including assaulting police officers at the "
     "demonstrations in London on Sunday.",
     "In a statement on Sunday police said 113 people had been arrested over the weekend and "
     "23 officers were injured.", "agree"),
    ("Police arrested 40 people on Saturday.",
     "Police said 150 people had been arrested this week.", "agree"),
    ("Police arrested 40 people on Saturday.",
     "Police said 150 people had been arrested over the past five days.", "agree"),
    ("Twelve protesters were detained on Friday.",
     "Authorities said 60 protesters had been detained since Monday.", "agree"),
    # near cases: one time on both sides is one measure, and a dispute
    ("Police arrested 40 people on Saturday.",
     "Police said 150 people had been arrested on Saturday.", "conflict"),
    ("Police said 113 people had been arrested over the weekend.",
     "Officials said 80 people had been arrested over the weekend.", "conflict"),
    # a time told before the figure tells when it was said, not what the figure covers
    ("On Sunday, police said 40 people had been arrested.",
     "Police said 150 people had been arrested on Sunday.", "conflict"),
])
def test_a_count_of_a_day_against_one_over_a_span(day: str, span: str, relation: str) -> None:
    result = contrast(parsed("wire", day), parsed("paper", span))
    assert result.relation == relation, (day, span, result.summary)


_RALLY = ("President Donald Trump accused Democrats of “politicizing” the deadly coronavirus "
          "during a campaign rally here on Friday, claiming that the outbreak is “their new "
          "hoax” as he continued to downplay the risk in the U.S.")


@pytest.mark.parametrize(("other", "verdict", "relation"), [
    # "X is a hoax": what is called a hoax is the subject of "is", not the sentence around
    # it; the words of the frame ("accused Democrats of politicizing the coronavirus") are
    # not what is denied
    ("AP Confirms: Democrats Are Lying to the Public About Coronavirus Readiness...", _RALLY,
     "agree"),
    ("Franklin Graham: Democrats Exploit Coronavirus to ‘Defeat Donald Trump in the Election’",
     _RALLY, "agree"),
    ("The opposition blamed the governor for the slow flood response.",
     "Accusing the opposition of playing politics with the flooding, the governor said the "
     "crisis was their hoax.", "agree"),
    # near cases: the other side tells what the subject names; a headline's hoax still
    # calls its whole story untrue
    ("A shark attacked a surfer off the beach.", "The mayor said the shark attack was a hoax.",
     "conflict"),
    ("The outbreak has killed 3,000 people.", "The outbreak is a hoax, the president claimed.",
     "conflict"),
    ("The virus has spread to 40 states.", "Trump claimed that the virus is “their new hoax”.",
     "conflict"),
    ("Banksy was arrested in London.", "Banksy arrest hoax", "conflict"),
])
def test_a_hoax_told_of_a_subject(other: str, verdict: str, relation: str) -> None:
    result = contrast(claim("wire", other), claim("paper", verdict, speaker="Speaker"))
    assert result.relation == relation, (other, verdict, result.summary)


def test_an_is_of_another_verb_before_a_hoax() -> None:
    # "Are Passing Around This Hoax Video": "are" is of "passing", the hoax the video's
    result = contrast(claim("wire", "A bird pooped on Vladimir Putin during a speech"),
                      claim("site", "A Bunch Of Folks Are Passing Around This Hoax Video Of A "
                                    "Bird Pooping On Vladimir Putin"))
    assert result.relation == "conflict", result.summary


@pytest.mark.parametrize(("other", "played_down", "relation"), [
    # what is played down is the thing named before its first preposition: the other side
    # must name that thing, not only the people or place it is of
    ("According to a Washington Post analysis updated on Monday, half of people killed by "
     "police are white, but Black Americans are shot at a disproportionate rate.",
     "President Donald Trump on Tuesday praised U.S. police departments and downplayed police "
     "violence against Black people, saying “more white people” are killed by police "
     "officers.", "agree"),
    ("The company reported record profits from its cloud business.",
     "The chief executive played down concerns about the company's cloud business.", "agree"),
    # near cases: the other side names the thing played down
    ("Police violence against Black people has risen sharply, the report found.",
     "The president downplayed police violence against Black people.", "conflict"),
    ("The risk of infection is high, experts warned.",
     "The minister downplayed the risk of infection.", "conflict"),
    ("Iran poses a grave threat to shipping in the Gulf.",
     "The admiral downplayed the threat from Iran.", "conflict"),
])
def test_what_is_played_down(other: str, played_down: str, relation: str) -> None:
    result = contrast(claim("wire", other), claim("paper", played_down, speaker="Speaker"))
    assert result.relation == relation, (other, played_down, result.summary)
