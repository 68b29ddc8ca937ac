"""Whose words the contrast credits: a reported charge is its party's, not the outlet's."""

from __future__ import annotations

import pytest
from contrastkit import claim, contrast

from service.contrast.negation.charges import charger
from service.contrast.negation.reader import read
from service.contrast.negation.summaries import _denial_summary
from service.contrast.said import Said

_SHAM = ("“This is a sham lawsuit about a bogus Russian collusion claim filed by a desperate, "
         "dysfunctional, and nearly insolvent Democratic Party,” Parscale said in a statement.")
_CHARGES = "“The collusion charges against the campaign are bogus,” Parscale said."


@pytest.mark.parametrize(("report", "speaker", "denial", "credited"), [
    # a headline's kicker, then the party that files (NewsWCL50, Breitbart)
    ("DESPERATION: DNC files multi-million dollar lawsuit against Russia, Trump campaign "
     "for collusion.", None, _SHAM, "what DNC charges, as Breitbart tells it"),
    ("The DNC filed a lawsuit alleging that the Trump campaign colluded with Russia.", None,
     _SHAM, "what the DNC charges, as Breitbart tells it"),
    ("The Democratic National Committee sued Russia and the Trump campaign over collusion "
     "in the election.", None, _SHAM,
     "what the Democratic National Committee charges, as Breitbart tells it"),
    ("Democrats have filed a lawsuit claiming Russian collusion by the Trump campaign.", None,
     _SHAM, "what Democrats charge, as Breitbart tells it"),
    ("DNC Sues Trump Campaign, Russia Over Collusion", None, _SHAM,
     "what DNC charges, as Breitbart tells it"),
    # a plural common noun opening the sentence is said in lower case
    ("Prosecutors allege that the Trump campaign colluded with Russia.", None, _CHARGES,
     "what prosecutors charge, as Breitbart tells it"),
    ("Robert Mueller accused the Trump campaign of collusion with Russia.", None, _CHARGES,
     "what Robert Mueller charges, as Breitbart tells it"),
    # a speaker telling of another's charge: the charge is still the other's
    ("The DNC filed a lawsuit alleging that the Trump campaign colluded with Russia, the "
     "report said.", "Reuters", _SHAM, "what the DNC charges, as Reuters tells it"),
])
def test_a_denial_of_a_reported_charge_answers_the_party_that_brings_it(
        report: str, speaker: str | None, denial: str, credited: str) -> None:
    result = contrast(claim("Breitbart", report, speaker=speaker),
                      claim("Fox News", denial, speaker="Brad Parscale"))
    assert result.relation == "conflict", result.summary
    assert result.summary.startswith(f"Brad Parscale denies {credited}: "), result.summary
    contra = next(d for d in result.differences if d.kind == "contradiction")
    asserts = next(e for e in contra.evidence if e["role"] == "asserts")
    # the evidence keeps the outlet's voice (whose claim it is) and names whose charge it is
    assert asserts["voice"] == (speaker or "Breitbart")
    assert asserts["charged_by"] == credited.split(" charge")[0].removeprefix("what ")


@pytest.mark.parametrize(("report", "speaker", "who"), [
    # no party named: the lawsuit, a Title Case headline's capitals, the accused in a passive
    ("The Lawsuit Alleges Trump Campaign Collusion With Russia", None, "Breitbart says"),
    ("Trump campaign accused of collusion with Russia in DNC lawsuit.", None,
     "Breitbart says"),
    # the party's own claim: its own charge
    ("The DNC filed a lawsuit alleging that the Trump campaign colluded with Russia.", "DNC",
     "DNC says"),
])
def test_a_charge_of_no_named_party_or_the_voices_own_stays_the_voices(
        report: str, speaker: str | None, who: str) -> None:
    result = contrast(claim("Breitbart", report, speaker=speaker),
                      claim("Fox News", _SHAM, speaker="Brad Parscale"))
    assert result.relation == "conflict", result.summary
    assert result.summary.startswith(f"Brad Parscale denies what {who}: "), result.summary
    contra = next(d for d in result.differences if d.kind == "contradiction")
    assert all("charged_by" not in e for e in contra.evidence)


def test_an_outlets_own_statement_is_no_reported_charge() -> None:
    a = "The Trump campaign has colluded with Russia, and the scandal will end his presidency."
    result = contrast(claim("Breitbart", a), claim("Fox News", _CHARGES, speaker="Brad Parscale"))
    assert "charges, as" not in result.summary


def test_many_denials_of_one_reported_charge_name_the_party() -> None:
    rows = [{"voice": "Brad Parscale", "role": "denies", "text": "bogus"},
            {"voice": "Rudy Giuliani", "role": "denies", "text": "a sham"},
            {"voice": "Breitbart", "role": "asserts", "text": "DNC files lawsuit",
             "charged_by": "the DNC"}]
    assert _denial_summary(rows) == ("Brad Parscale and Rudy Giuliani deny what the DNC "
                                     "charges, as Breitbart tells it: “bogus”.")
    # without a party named, as before
    del rows[2]["charged_by"]
    assert _denial_summary(rows) == ("Brad Parscale and Rudy Giuliani deny what Breitbart "
                                     "says: “bogus”.")



@pytest.mark.parametrize(("text", "speaker", "who"), [
    ("Hackers accuse Mt. Gox of pocketing users' Bitcoins", None, "hackers"),
    ("Mueller has brought several charges against Manafort.", None, "Mueller"),
    # a participle reports no charge the subject brings (NewsWCL50: Parscale's reading of why)
    ("Democrats filing the lawsuit to drum up donations for the party.", "Brad Parscale", None),
    ("Graffiti alleging that the police serve Trump was also seen.", None, None),
    # a verb that brings no charge, or a noun after it
    ("The DNC claims victory in the special election.", None, None),
    ("The DNC files its quarterly report with regulators.", None, None),
])
def test_whose_charge_a_claim_reports(text: str, speaker: str | None, who: str | None) -> None:
    assert charger(read(Said(claim("wire", text, speaker=speaker), speaker or "wire"))) == who


# -- a label an outlet quotes ------------------------------------------------------------------
_REUTERS = ("Protests continued in Portland for a third week as demonstrators gathered outside "
            "the federal courthouse.")


def _terms(text: str, speaker: str | None = None) -> list[str]:
    result = contrast(claim("Alternet", text, speaker=speaker), claim("Reuters", _REUTERS))
    return [d.summary for d in result.differences if d.kind == "terminology"]


@pytest.mark.parametrize(("text", "who"), [
    # BABE (Alternet): the label after a passive, its voice after the quotation
    ("In Portland, demonstrations following the deaths of George Floyd have grown wild "
     "enough to be called “riots,” by authorities, though the damage seems mostly minor "
     "vandalism to the outside of buildings, including the federal courthouse.",
     "authorities"),
    ("Protesters gathered outside the federal courthouse in Portland in what police called "
     "'riots' for a third week.", "police"),
    ("The protests outside the federal courthouse in Portland, described by authorities as "
     "“riots,” entered a third week.", "authorities"),
    ("The protests outside the Portland federal courthouse, which Trump has called “riots,” "
     "entered a third week.", "Trump"),
    ("Critics have labelled the protests outside the Portland federal courthouse 'riots'.",
     "critics"),
])
def test_a_label_the_outlet_quotes_is_the_named_voices(text: str, who: str) -> None:
    result = contrast(claim("Alternet", text), claim("Reuters", _REUTERS))
    terms = next(d for d in result.differences if d.kind == "terminology")
    assert f"“riots” ({who} as quoted by Alternet) vs " in terms.summary, terms.summary
    riots = next(e for e in terms.evidence if e["text"] == "riots")
    assert (riots["voice"], riots["quoted_by"]) == (who, "Alternet")
    assert all(e["voice"] != "Alternet" for e in terms.evidence if e["side"] == riots["side"])


@pytest.mark.parametrize("text", [
    # scare quotes with no one named, "so-called": the outlet keeps the word at a distance,
    # and no one is named whose word it would be: on no side
    "The so-called riots outside the Portland federal courthouse entered a third week.",
    "The “riots” outside the Portland federal courthouse entered a third week.",
    "Protests outside the Portland federal courthouse were called “riots” for a third week.",
    "The mayor called for calm amid “riots” outside the Portland federal courthouse.",
])
def test_a_label_kept_at_a_distance_with_no_one_named_is_on_no_side(text: str) -> None:
    assert _terms(text) == []


@pytest.mark.parametrize(("text", "speaker", "who"), [
    # the outlet's own word, unquoted, stays its own
    ("The riots outside the Portland federal courthouse entered a third week.", None,
     "Alternet"),
    ("Rioters clashed with police outside the Portland federal courthouse for a third week.",
     None, "Alternet"),
    # a speaker's quotation (longer than a label) stays the speaker's
    ("“These are riots outside the federal courthouse, not protests,” Mayor Ted Wheeler said.",
     "Ted Wheeler", "Ted Wheeler"),
])
def test_an_outlets_own_or_a_speakers_quoted_word_is_credited_as_before(
        text: str, speaker: str | None, who: str) -> None:
    terms = _terms(text, speaker)
    assert len(terms) == 1 and f" ({who}) vs " in terms[0], terms


def test_a_quoted_label_is_no_loaded_wording_of_the_outlet() -> None:
    # BABE (Reuters): "brutal" is the police chief's, in the outlet's quotation marks
    quoted = ("Seattle authorities moved on Wednesday to dismantle a protest zone that the "
              "city’s police chief derided as “lawless and brutal” and which had prompted U.S. "
              "President Donald Trump to call for action against demonstrators.")
    own = ("Seattle authorities moved on Wednesday to dismantle a protest zone after a brutal "
           "weekend, and President Donald Trump called for action against demonstrators.")
    other = claim("AP", "Seattle police cleared the protest zone on Wednesday morning.")
    for text, loaded in ((quoted, False), (own, True)):
        result = contrast(claim("Reuters", text), other)
        wording = [d.summary for d in result.differences if d.kind == "wording"]
        assert any("“brutal”" in w for w in wording) is loaded, wording
