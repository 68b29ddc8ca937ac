"""Acts told as nouns ("Azerbaijani shelling inside Armenia", "the shelling of the towns by
Armenians"): their doers and targets are read as a verb's are, so that two voices swapping
who did it to whom, or naming other culprits, are told apart; and what is no such act
("a Russian shelling expert", "fear of Russian attacks") is not read as one."""

from __future__ import annotations

import pytest
from contrastkit import claim, contrast


def _summary(a: str, b: str) -> str:
    result = contrast(claim("wire", a), claim("site", b))
    return next((d.summary for d in result.differences if d.kind == "contradiction"), "")


@pytest.mark.parametrize(("a", "b"), [
    # a people's word before the noun, its target on the ground or "of" a place
    ("Observers documented Azerbaijani shelling inside Armenia last year.",
     "Residents described the heavy shelling of Azerbaijani villages by Armenian forces."),
    # a possessive doer against a verb's reading
    ("Serbia's bombardment of Croatian towns went on for weeks.",
     "Croatian forces bombarded Serbian towns for weeks."),
    # "by X" after the target, against a people's word before the noun
    ("The killing of Palestinian farmers by Israeli settlers shocked the village.",
     "Palestinian killings of Israeli farmers shocked the village."),
    # a country's ground and the areas, towns or villages in it: one kind of target
    ("Monitors found evidence of Serbian shelling inside Croatia.",
     "Croatian troops shelled residential areas in Serbia, officials said."),
    # modifiers between the doer and the noun; "strikes" and "shelling" one class
    ("Ethiopian large-scale air strikes on Eritrean towns were reported.",
     "Eritrean shelling of Ethiopian towns was reported."),
])
def test_acts_told_as_nouns_with_doer_and_target_swapped_are_a_dispute(a: str, b: str) -> None:
    assert "who did it to whom" in _summary(a, b), (a, b)


def test_a_noun_act_and_a_verb_act_naming_other_culprits_are_a_dispute() -> None:
    a = "The Russian shelling of the central market killed 17 people, witnesses said."
    b = "Ukrainian artillery shelled the central market, Moscow said."
    assert "different sides" in _summary(a, b)
    # ... and one culprit named in both is no dispute
    assert _summary(a, "Russian artillery shelled the central market, Kyiv said.") == ""
    # an abbreviated name before the noun is its doer, as before a verb
    assert "different sides" in _summary("The U.S. bombing of the hospital in Kunduz killed 42.",
                                         "Taliban fighters bombed the hospital, officials said.")


SWAPPED = "Ukrainian shelling of Russian towns killed four people."


@pytest.mark.parametrize(("read", "not_read"), [
    # an act noun that names the kind of someone: no act
    ("A Russian shelling of Ukrainian towns was reported by an expert.",
     "A Russian shelling expert said Ukrainian towns were hit."),
    # a "by" after the verb names who judged it, not who did it
    ("The shelling of Ukrainian towns by Russia was condemned by Kyiv.",
     "The shelling of Ukrainian towns was condemned by Russia."),
    # a people's word before a preposition is no doer of the act after it
    ("Russian shelling of Ukrainian towns angered residents.",
     "Russian protests against shelling of Ukrainian towns grew."),
    # feared, threatened or denied: not told as done
    ("Russian attacks on Ukrainian towns went on.",
     "Residents live in fear of Russian attacks on Ukrainian towns."),
    ("Russian attacks on Ukrainian towns went on.",
     "Officials warned of possible Russian attacks on Ukrainian towns."),
])
def test_what_is_no_act_told_as_done_is_not_read_as_one(read: str, not_read: str) -> None:
    assert "who did it to whom" in _summary(read, SWAPPED), read
    assert _summary(not_read, SWAPPED) == "", not_read


@pytest.mark.parametrize(("both", "one"), [
    # each side's act told in one claim
    ("Azerbaijani shelling of Armenian villages and Armenian shelling of Azerbaijani towns "
     "went on.", "Armenian shelling of Azerbaijani towns went on."),
    # one act answering the other
    ("Armenian shelling of Azerbaijani towns came in retaliation.",
     "Azerbaijani shelling of Armenian villages went on."),
    # two times
    ("Armenian shelling of Azerbaijani towns on Monday killed two.",
     "Azerbaijani shelling of Armenian villages on Tuesday killed two."),
    # the side as a whole against its towns: "attacks on Israel" may be on its army
    ("Lebanese attacks on Israel went on.", "Israeli strikes on Lebanese villages went on."),
])
def test_each_sides_acts_in_a_war_are_no_reversal(both: str, one: str) -> None:
    assert _summary(both, one) == "", (both, one)
    # ... while one act told each way round is one
    assert "who did it to whom" in _summary(
        "Armenian shelling of Azerbaijani towns went on.",
        "Azerbaijani shelling of Armenian villages went on.")
