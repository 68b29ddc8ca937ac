"""Fiftieth-session readout: lines a reader saw wrong on stories the rules were not written
from, in the same shapes, on sentences written here (docs/quality.md, "What a reader sees on
the tuning stories (fiftieth session)")."""

from __future__ import annotations

from contrastkit import claim, contrast, kinds

# a celebrity-hoax headline opens with the search words it then calls untrue
_DEBUNK = "Dana Whitlow dead: singer is the victim of yet another death hoax"
_DEBUNK_TITLE = "Dana Whitlow Dead: Singer Once Again Victim Of Death Hoax"
_DEBUNK_NOT = "Dana Whitlow NOT Dead: Online Death Hoax Spreads Again"
_DEBUNK_NOUN = "Dana Whitlow Victim Of Another Online Death Hoax"


def test_a_debunked_keyword_is_not_said_against_those_who_agree() -> None:
    """"X dead: another death hoax" and "X has not died" / "X is alive" say one thing: no
    conflict ("dead" vs "alive" was shown as opposite things)."""
    for debunk in (_DEBUNK, _DEBUNK_TITLE, _DEBUNK_NOT, _DEBUNK_NOUN):
        for other in ("Dana Whitlow Hasn't Died Despite What Fans Are Sharing Online",
                      "Dana Whitlow is alive and well, her agent says"):
            result = contrast(claim("a.com", debunk, cid=1), claim("b.com", other, cid=2))
            assert result.relation == "agree", (debunk, other, [
                d.summary for d in result.differences])


def test_a_debunk_still_denies_the_report_it_calls_a_hoax() -> None:
    """Against the report of the death, the hoax headline is still a denial."""
    for debunk in (_DEBUNK, _DEBUNK_TITLE, _DEBUNK_NOT, _DEBUNK_NOUN):
        result = contrast(claim("a.com", debunk, cid=1),
                          claim("b.com", "Breaking: Dana Whitlow Found Dead At Age 41", cid=2))
        assert result.relation == "conflict"
        assert "contradiction" in kinds(result)
        assert all("opposite things" not in d.summary for d in result.differences)


def test_a_place_after_a_preposition_is_not_who_denies() -> None:
    """"Lawyers who went to Tijuana denied ...": the lawyers deny, not the town (shown as
    "Tijuana, as Fox News tells it, denies")."""
    result = contrast(
        claim("Fox", "Aid workers who travelled to Nogales denied any coaching of the "
                     "roughly 300 people in the convoy.", cid=1),
        claim("Post", "The convoy members were coached by aid workers, the minister said.",
              cid=2))
    summaries = " ".join(d.summary for d in result.differences)
    assert "Nogales" not in summaries
    assert "Aid workers, as Fox tells it, deny" in summaries
    # a place after a preposition with no head before it: the outlet tells the denial
    result = contrast(claim("Fox", "Officials in Brussels denied that the talks had collapsed.",
                            cid=1), claim("Post", "The talks collapsed on Friday.", cid=2))
    assert all("Brussels" not in d.summary for d in result.differences)


def test_a_speaker_ending_in_a_full_stop_ends_the_line_once() -> None:
    """"... attributes it to Avi Cohen and to the U.S.": one full stop, not two."""
    result = contrast(
        claim("Daily", "The files are authentic, the U.S. said.", speaker="U.S.", cid=1),
        claim("Daily", "The files show a covert weapons programme, Avi Cohen said.",
              speaker="Avi Cohen", cid=2),
        claim("Post", "The files show a covert weapons programme.", cid=3))
    line = next(d.summary for d in result.differences if d.kind == "speakers")
    assert "U.S." in line and not line.endswith("..")


def test_an_outlet_confirming_in_its_own_name_states_it_itself() -> None:
    """"..., Channel Nine has confirmed" in Channel Nine's article is its own voice: not
    "Channel Nine attributes it to Channel Nine"."""
    result = contrast(
        claim("Channel Nine", "The envoy met the rebel leader over the weekend, Channel Nine "
                              "has confirmed.", speaker="Channel Nine", cid=1),
        claim("Daily Star", "The envoy met the rebel leader over the weekend, two officials "
                            "said.", speaker="two officials", cid=2))
    line = next(d.summary for d in result.differences if d.kind == "speakers")
    assert "to Channel Nine" not in line
    assert "Channel Nine states it in its own voice" in line


def test_two_forms_of_one_english_word_are_no_name_variant() -> None:
    """A Title Case headline's "Weakness" and another's "Weakens" (each read as a name)
    are two forms of "weak", not one name spelt two ways; "Haniyeh" / "Haniya" still are."""
    from contrastkit import ent

    a, b = "How Rupee Weakness Hurts Exporters", "Export Slump Weakens Rupee"
    result = contrast(claim("Mint", a, cid=1, entities=(ent(a, "Weakness"),)),
                      claim("Herald", b, cid=2, entities=(ent(b, "Weakens"),)))
    assert "names" not in kinds(result)
    a, b = "Ismail Haniyeh met the envoy", "Ismail Haniya met the envoy"
    result = contrast(claim("Mint", a, cid=1, entities=(ent(a, "Haniyeh"),)),
                      claim("Herald", b, cid=2, entities=(ent(b, "Haniya"),)))
    assert "names" in kinds(result)


def test_a_fate_word_of_one_person_does_not_name_the_count() -> None:
    """"Homeless man receives 100": the man is homeless, the 100 are not people displaced;
    "Flooding left 2,000 homeless" still counts the displaced."""
    from contrastkit import parsed

    result = contrast(parsed("A", "Homeless man receives 300 and spends it on food"),
                      parsed("B", "A stranger gave a homeless man 300"))
    assert all("displaced" not in d.summary for d in result.differences)
    result = contrast(parsed("A", "Flooding left 2,000 homeless"),
                      parsed("B", "Floods left 2,000 people homeless"))
    assert any("displaced" in d.summary for d in result.differences)


def test_fake_of_a_forged_thing_is_no_loaded_wording() -> None:
    """"caught with fake passports", "fake personas run by agents" tell of forged things;
    "the fake outrage" is still loaded."""
    for text in ("The suspects were caught at the border with fake passports.",
                 "Agents used fake personas to spread the stolen emails."):
        result = contrast(claim("Globe", text, cid=1),
                          claim("Star", text.replace("fake ", "forged "), cid=2))
        assert "wording" not in kinds(result), text
    result = contrast(claim("Globe", "The senator mocked the fake outrage over the bill.", cid=1),
                      claim("Star", "The senator spoke about the bill.", cid=2))
    assert "wording" in kinds(result)
