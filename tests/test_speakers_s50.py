"""Who speaks, fiftieth session: the misreadings the forty-ninth left.  A Title Case headline
whose reported clause has a verb prose finds only after a determiner ("Icahn Claims
Incompetence at eBay Cost Shareholders"); a bare clause with an irregular past ("Smith
claims the company hid the defect"); one article's suit named four ways; a number word
opening a body's name ("Two Rivers Council"); a joint voice shown with its article ("the US
and France say")."""

from __future__ import annotations

import re

from embeddings.claims import SentenceClaimExtractor
from embeddings.claims.speakers import find_speaker
from embeddings.types import Article
from service.contrast.said import says, shown
from tests.contrastkit import claim, contrast
from tests.speakerkit import _claims

# -- 1. Title Case headline frames ------------------------------------------------------------
HEADLINES = [
    ("Icahn Claims Incompetence at eBay Cost Shareholders", "Icahn",
     "Incompetence at eBay Cost Shareholders"),
    ("Senator Says Tax Cuts Hurt Workers", "Senator", "Tax Cuts Hurt Workers"),
    ("Minister Says Floods Cost Billions", "Minister", "Floods Cost Billions"),
    ("Analyst Says Weak Demand Hit Apple Sales", "Analyst", "Weak Demand Hit Apple Sales"),
    ("Union Says Company Kept Workers in Dark", "Union", "Company Kept Workers in Dark"),
    ("Icahn Says Board Lost Investors Billions", "Icahn", "Board Lost Investors Billions"),
    # a long subject, as headlines give one
    ("Regulator Says Poor Oversight of Bank Executives Cost Savers Millions", "Regulator",
     "Poor Oversight of Bank Executives Cost Savers Millions"),
]
NOT_CLAUSES = [
    "Smith Claims Victory in Iowa",  # a deed: what is claimed is no clause
    "Smith Says Cost Of War Too High",  # "Cost" opens the clause: a noun, and no verb
    "Smith Claims Price Cut Coming",  # a noun compound, nothing done to anything
]


def test_a_headline_frame_before_a_clause_prose_reads_only_with_its_determiner() -> None:
    read = [(h, find_speaker(h).speaker, find_speaker(h).core) for h, _, _ in HEADLINES]
    assert read == HEADLINES
    # a headline whose rest is no such clause stays whole
    assert [find_speaker(h).core for h in NOT_CLAUSES] == NOT_CLAUSES


# -- 2. a bare clause with an irregular past ----------------------------------------------------
BARE_CLAUSES = [
    ("Smith claims the company hid the defect.", "the company hid the defect."),
    ("Smith says the board lost billions in the deal.", "the board lost billions in the deal."),
    ("The union claims the company kept the report secret.",
     "the company kept the report secret."),
    ("Smith said the rebels sought a truce.", "the rebels sought a truce."),
]
OBJECTS = [
    "Smith claims victory.",
    "He told reporters the truth.",
    "Police said nothing.",
    "Smith claims lost wages of 5,000 dollars.",  # an adjective: the wages were lost
    "The ministry announced the Saudi-led offensive on Monday.",  # "-led" is no verb
]


def test_a_bare_clause_with_an_irregular_past_is_the_claim() -> None:
    assert [find_speaker(s).core for s, _ in BARE_CLAUSES] == [c for _, c in BARE_CLAUSES]
    assert all(find_speaker(s).speaker for s, _ in BARE_CLAUSES)
    # what a verb of saying takes as its object stays whole
    assert [find_speaker(s).core for s in OBJECTS] == OBJECTS


# -- 3. one suit, one voice ---------------------------------------------------------------------
SUIT = ("Shareholders filed a class-action suit against Acme on Monday. "
        "The lawsuit claims the company hid the defect. "
        "The suit says Acme misled investors. "
        "The new suit alleges that executives sold shares early. "
        "A class-action suit claims the board ignored warnings. "
        "The board destroyed records, according to the new suit. "
        "The board lied to auditors, according to a lawsuit filed by Smith. "
        "Acme said the suit was without merit.")


def test_one_articles_suit_named_four_ways_is_one_voice() -> None:
    speakers = [speaker for _, speaker in _claims(SUIT)]
    assert speakers[0] is None and speakers[-1] == "Acme"
    suit = set(speakers[1:-1])
    assert len(suit) == 1 and None not in suit, speakers


# -- 4. a number word that opens a name ---------------------------------------------------------
def test_a_number_word_opening_a_bodys_name_is_part_of_it() -> None:
    assert find_speaker("Two Rivers Council said the plan would fail.").speaker \
        == "Two Rivers Council"
    assert find_speaker("The plan would fail, Three Rivers District Council said.").speaker \
        == "Three Rivers District Council"
    # people counted lose the count, as before
    assert find_speaker("Two Democrats said the plan would fail.").speaker == "Democrats"


def test_the_bodys_name_is_one_entity() -> None:
    page = Article(id="a1", source="Wire", text="Two Rivers Council said the plan would fail.")
    [found] = SentenceClaimExtractor().extract(page)
    assert "Two Rivers Council" in [e.text for e in found.entities]


# -- 5. a joint voice keeps its article ---------------------------------------------------------
def test_a_voice_is_shown_with_the_article_its_names_take() -> None:
    voices = {"US and France": "the US and France say", "Britain and US": "Britain and the US say",
              "Kremlin and Beijing": "the Kremlin and Beijing say", "US": "the US says",
              "France": "France says", "police and FBI": "the police and FBI say"}
    assert {v: f"{shown(v)} {says(v)}" for v in voices} == voices


def test_a_joint_voice_in_a_summary_has_its_article() -> None:
    result = contrast(claim("wire", "The ceasefire is holding, Azerbaijan said.",
                            speaker="Azerbaijan"),
                      claim("site", "The ceasefire collapsed on Tuesday, the US and France said.",
                            speaker="US and France"))
    text = " ".join([result.summary] + [d.summary for d in result.differences])
    assert "the US and France" in text, text
    assert not re.search(r"(?<![Tt]he )US and France", text), text
