"""Whose words the contrast credits: a reported charge is its party's, not the outlet's."""

from __future__ import annotations

import pytest
from contrastkit import claim, contrast

from service.contrast.negation.summaries import _denial_summary

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
