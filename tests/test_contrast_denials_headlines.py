"""The contrast stage on denials that headlines word apart from what they deny: a fact-check's
"No, X is not Y" in words of its own for the predicate."""

from __future__ import annotations

import pytest
from contrastkit import agrees, claim, contrast, denies, parsed


@pytest.mark.parametrize(("story", "rebuttal"), [
    ("Beyonce will perform in Paris on Friday.",
     "No, Beyonce is not playing a secret show in Paris"),
    # the figure ties the two ("40 jobs" / "40 workers")
    ("Tesla laid off 40 workers in Berlin.", "No, Tesla has not cut 40 jobs at its Berlin plant"),
    ("The Louvre will charge visitors from China a higher entry fee.",
     "Nope: the Louvre is not making tourists from China pay more"),
    # after a kicker's label
    ("The prince will take part in the air strikes against the rebels.",
     "Fact check: No, the prince is not personally flying jets against the rebels"),
    ("Two Ohio diners still sell the McRib.",
     "No, the McRib is not available at two Ohio McDonald's"),
])
def test_a_rebuttal_headline_denies_the_story_in_other_words(story: str, rebuttal: str) -> None:
    denies(story, rebuttal)


@pytest.mark.parametrize(("story", "other"), [
    # another rumour about the same person: only the name is shared
    ("Beyonce will perform in Paris on Friday.", "No, Beyonce is not pregnant"),
    ("Kim Jong-un had ankle surgery.", "No, Kim Jong-un is not dead"),
    # (the same subject, of another place and figure: in test_contrast_measures_s49, where the
    # claims carry their places, since workers laid off are now read as jobs cut)
    # a question doubts, and asserts nothing
    ("Beyonce will perform in Paris on Friday.",
     "No, Beyonce is not playing a secret show in Paris?"),
    # both deny it, in two wordings
    ("Beyonce is not performing in Paris on Friday.",
     "No, Beyonce is not playing a secret show in Paris"),
    # the correction after the denial is what the other side says
    ("Beyonce is in Paris to visit her family.",
     "No, Beyonce is not playing a secret show in Paris, she is visiting her family"),
    # a "No," that negates nothing, and a "no" that opens no rebuttal
    ("Voters revolted against Washington in 2016.",
     "No, 2016 was a revolt against the entire Washington establishment"),
    ("Tesla laid off 40 workers in Berlin.",
     "No matter what, Tesla will not cut jobs at its Berlin plant"),
    ("Federer won the match in straight sets.", "No. 1 seed Federer did not drop a set"),
    # a negation elsewhere in a headline that supports the story
    ("Kim Jong-un had ankle surgery.",
     "North Korean leader Kim Jong-un not missing, just having ankle surgery"),
    # a denial of the opposite agrees
    ("The vaccine is safe for young children.",
     "No, the new vaccine is not unsafe for young children"),
])
def test_what_is_no_rebuttal_of_the_story_stays_apart(story: str, other: str) -> None:
    agrees(story, other)


@pytest.mark.parametrize(("story", "alarm"), [
    ("Fidel Castro has died.", "Rumor Fatigue Sets In at False Alarms of Castro's Death"),
    ("The singer died in a car crash in Malibu.",
     "Fans mourn after false alarm over singer's death in Malibu crash"),
    ("A bomb was found at Gatwick airport.", "Gatwick bomb scare a false alarm, police say"),
    ("A tsunami hit the coast of Chile.", "Chile tsunami warning a false alarm"),
])
def test_a_false_alarm_denies_what_it_was_about(story: str, alarm: str) -> None:
    result = contrast(parsed("wire", story), parsed("site", alarm))
    assert result.relation == "conflict", alarm
    contra = next(d for d in result.differences if d.conflict)
    assert {e["voice"]: e["role"] for e in contra.evidence} == {"site": "denies",
                                                                 "wire": "asserts"}


@pytest.mark.parametrize(("story", "other"), [
    ("A bomb was found at Gatwick airport.", "Police say the Gatwick bomb was not a false alarm"),
    # false alarms as a kind of call-out, of no report in particular
    ("A tsunami hit the coast of Chile.", "Firefighters answer 300 false alarms a year in Chile"),
    ("A tsunami hit the coast of Chile.", "Chile issues tsunami warning after quake"),
])
def test_what_is_no_false_alarm_of_the_story_stays_apart(story: str, other: str) -> None:
    agrees(story, other)


@pytest.mark.parametrize("rebuttal", [
    "No, Beyonce is not playing a secret show in Paris",
    "Fact check: No, Beyonce is not playing a secret show in Paris",
])
def test_a_rebuttal_in_another_cluster_is_read_as_the_story_s_denial(rebuttal: str) -> None:
    from service.denials import story_denials

    claims = {1: (claim("wire", "Beyonce will perform in Paris on Friday.", cid=1), 0),
              2: (claim("site", rebuttal, cid=2), 1)}
    found = story_denials(claims, {1: 0.9, 2: 0.9}, lambda a, b: True)
    assert len(found) == 1
    roles = {e["voice"]: e["role"] for e in found[0].difference.evidence}
    assert roles == {"site": "denies", "wire": "asserts"}


def test_a_no_that_opens_no_rebuttal_is_no_story_denial() -> None:
    from service.denials import story_denials

    claims = {1: (claim("wire", "Beyonce will perform in Paris on Friday.", cid=1), 0),
              2: (claim("site", "No, Beyonce is not pregnant", cid=2), 1)}
    assert story_denials(claims, {1: 0.9, 2: 0.9}, lambda a, b: True) == []


@pytest.mark.parametrize(("story", "corrected", "relation"), [
    # the correction after the denial is what the other side says: they agree
    ("Kim Jong-un had ankle surgery.", "No, Kim Jong-un is not dead, he had ankle surgery",
     "agree"),
    ("The singer is taking a break from touring.",
     "No, the singer is not retiring, she is taking a break from touring", "agree"),
    ("The singer is taking a break from touring.",
     "No, the singer is not retiring, just taking a break from touring", "agree"),
    # what is denied is still denied
    ("Kim Jong-un is dead.", "No, Kim Jong-un is not dead, he had ankle surgery", "conflict"),
    ("The singer is retiring.",
     "No, the singer is not retiring, she is taking a break from touring", "conflict"),
    ("Banksy was arrested and his identity revealed.",
     "No, Banksy has not been arrested, and his identity is still a secret", "conflict"),
])
def test_a_bare_no_denies_up_to_the_correction_after_it(story: str, corrected: str,
                                                        relation: str) -> None:
    result = contrast(parsed("wire", story), parsed("site", corrected))
    assert result.relation == relation, corrected


def test_the_denied_clause_is_shown_without_the_sentence_after_it() -> None:
    story = "Artist Banksy drew a cartoon about the Charlie Hebdo murders"
    rebuttal = ("No, Banksy Didn't Create That Charlie Hebdo Tribute Cartoon, But That Doesn't "
                "Mean You Can't Appreciate It")
    result = contrast(parsed("wire", story), parsed("site", rebuttal))
    contra = next(d for d in result.differences if d.conflict)
    assert "Cartoon”" in contra.summary and "Appreciate" not in contra.summary


@pytest.mark.parametrize(("story", "doubted"), [
    ("Fidel Castro has died.", "Cuba denies Castro's death, but evidence mounts"),
    ("Fidel Castro has died.", "FIDEL CASTRO DEATH WATCH: RUMORS HEAT UP, CUBA DENIES"),
    ("The mayor took bribes from the developer.", "Mayor denies taking bribes as evidence mounts"),
])
def test_a_denial_the_headline_doubts_is_still_a_voice_that_denies(story: str,
                                                                   doubted: str) -> None:
    # the pair is of two voices: whoever denies contradicts the story, however the writer
    # weighs the denial (the summary names the denier, so a reader sees whose word it is)
    result = contrast(parsed("wire", story), parsed("site", doubted))
    assert result.relation == "conflict", doubted
