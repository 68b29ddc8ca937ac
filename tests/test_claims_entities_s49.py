"""The claims stage, forty-ninth session: names an article defines, names cut short.

An article that writes "Doctors Without Borders (MSF)" says the two are one body, though
"MSF" spells no English initials: each of its claims naming either carries the other, so a
report saying "MSF" meets one saying "Doctors Without Borders".  A name with "and" inside
("Bosnia and Herzegovina", "the Islamic State of Iraq and the Levant", "the Bureau of
Alcohol, Tobacco, Firearms and Explosives") stays one name, two names joined by "and" stay
two; a Title Case headline's verb after a title ("Secretary of State Resigns") is no person.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from claimkit import article

from embeddings.claims import SentenceClaimExtractor
from embeddings.claims.entities import find_entities
from embeddings.matching import match_score
from embeddings.types import Article, Claim

COSINE = 0.55  # one cosine for every pair: what moves the score is the names


def _claims(text: str, article_id: str = "a1") -> list[Claim]:
    return [replace(c, article_id=article_id)
            for c in SentenceClaimExtractor().extract(article(text))]


def _aliases(text: str) -> list[dict[str, str | None]]:
    return [{e.text: e.alias for e in c.entities} for c in _claims(text)]


def _names(sentence: str) -> list[tuple[str, str]]:
    found = find_entities(sentence)
    assert all(sentence[e.start:e.end] == e.text for e in found)
    return [(e.text, e.label) for e in found]


# --- names an article defines -----------------------------------------------------------------


@pytest.mark.parametrize(("text", "short", "long"), [
    ("Doctors Without Borders (MSF) said its hospital was hit overnight. MSF said two of its "
     "staff were hurt in the strike.", "MSF", "Doctors Without Borders"),
    ("The Kurdistan Workers' Party (PKK) has waged an insurgency since 1984. The PKK is "
     "listed as a terrorist group by Turkey.", "PKK", "Kurdistan Workers' Party"),
    ("Fighters of the Islamic State group (ISIS) attacked the town at dawn. ISIS claimed the "
     "attack in a statement on Friday.", "ISIS", "Islamic State"),
    ("Medecins Sans Frontieres, or MSF, said the clinic had closed. MSF will reopen it next "
     "week if the fighting stops.", "MSF", "Medecins Sans Frontieres"),
    ("The Armed Forces of Ukraine (ZSU) said it had repelled attacks. The ZSU lost two tanks "
     "near the village, officials said.", "ZSU", "Armed Forces of Ukraine"),
    ("MSF (Doctors Without Borders) runs the only clinic in the town. MSF said it was full.",
     "MSF", "Doctors Without Borders"),
    ("The Islamic State, also known as ISIS, said it carried out the attack. ISIS has lost "
     "most of its territory since 2017.", "ISIS", "Islamic State"),
])
def test_an_article_defines_a_short_name_for_all_its_claims(text: str, short: str,
                                                            long: str) -> None:
    first, second = _aliases(text)
    assert first[short] == long
    assert first[next(n for n in first if n.removeprefix("the ") == long)] == short
    assert second[short] == long, "a later sentence's short name carries the long one"


@pytest.mark.parametrize("text", [
    "KYIV, Ukraine (AP) — Russian troops shelled the city overnight. Ukraine said ten died.",
    "Sen. Bob Casey (D-PA) said the bill had failed. He voted against it on Monday.",
    "John Smith (CEO) said profits rose in the quarter. The firm's shares rose 5%.",
    "Protesters marched in Paris (VIDEO) on Saturday. Police said 40 were arrested.",
    "Armenia and Azerbaijan (both former Soviet republics) met in Brussels. Talks went on.",
])
def test_an_agency_a_party_a_post_or_a_label_defines_no_name(text: str) -> None:
    assert all(alias is None for names in _aliases(text) for alias in names.values())


def _shared(a: Claim, b: Claim) -> list[str]:
    _, signals = match_score(a, b, COSINE)
    shared = signals["shared_entities"]
    assert isinstance(shared, list)
    return shared


def test_a_defined_short_name_meets_the_long_name_of_another_report() -> None:
    defining = _claims("Doctors Without Borders (MSF) runs two clinics in the north. MSF said "
                       "its clinic in Rafah was hit by shelling.", "a1")[1]
    written_out = _claims("Doctors Without Borders said its clinic in Rafah was hit by "
                          "shelling on Sunday.", "a2")[0]
    undefined = replace(defining, entities=tuple(replace(e, alias=None)
                                                 for e in defining.entities))
    assert len(_shared(defining, written_out)) > len(_shared(undefined, written_out))
    assert match_score(defining, written_out, COSINE)[0] > \
        match_score(undefined, written_out, COSINE)[0]
    # and the other way round: the long name defined meets a report's short name
    long_side = _claims("Doctors Without Borders (MSF) said its clinic in Rafah was hit by "
                        "shelling.", "a3")[0]
    short = _claims("MSF said its clinic in Rafah was hit by shelling on Sunday.", "a4")[0]
    assert len(_shared(short, long_side)) == len(_shared(written_out, long_side))


def test_the_store_keeps_a_defined_name(fresh) -> None:  # type: ignore[no-untyped-def]
    fresh.ingest([Article(id="msf", source="Wire", text=(
        "Doctors Without Borders (MSF) said its hospital in Rafah was hit overnight. MSF said "
        "two of its staff were hurt in the strike on Sunday."))])
    stored = [c for c, _ in fresh.store.iter_claims()]
    assert {e.text: e.alias for c in stored for e in c.entities}["MSF"] == \
        "Doctors Without Borders"


# --- "and" inside one name ----------------------------------------------------------------


@pytest.mark.parametrize(("sentence", "name"), [
    ("Fighters of the Islamic State of Iraq and the Levant attacked the town.",
     "Islamic State of Iraq and the Levant"),
    ("The Islamic State of Iraq and Syria claimed responsibility.",
     "Islamic State of Iraq and Syria"),
    ("He travelled to Bosnia and Herzegovina last week.", "Bosnia and Herzegovina"),
    ("Trinidad and Tobago won the match on Sunday.", "Trinidad and Tobago"),
    ("He flew to Saint Vincent and the Grenadines.", "Saint Vincent and the Grenadines"),
    ("The Department of Health and Human Services said it would act.",
     "Department of Health and Human Services"),
    ("The Bureau of Alcohol, Tobacco, Firearms and Explosives opened an inquiry.",
     "Bureau of Alcohol, Tobacco, Firearms and Explosives"),
    ("The Ministry of Agriculture, Forestry and Fisheries said prices rose.",
     "Ministry of Agriculture, Forestry and Fisheries"),
])
def test_a_name_with_and_inside_stays_one_name(sentence: str, name: str) -> None:
    assert name in [text.removeprefix("Fighters of the ") for text, _ in _names(sentence)]


@pytest.mark.parametrize(("sentence", "names"), [
    ("Talks between Armenia and Azerbaijan resumed.", ["Armenia", "Azerbaijan"]),
    ("The Bank of England and the Federal Reserve raised rates.",
     ["Bank of England", "Federal Reserve"]),
    ("The Foreign Ministers of Armenia and Azerbaijan met in Brussels.",
     ["Armenia", "Azerbaijan"]),
    ("Officials from the Ministry of Defence, Russia and China said so.",
     ["Ministry of Defence", "Russia", "China"]),
    ("The Kingdom of Saudi Arabia and the United Arab Emirates signed.",
     ["Kingdom of Saudi Arabia", "United Arab Emirates"]),
])
def test_two_names_joined_by_and_stay_two(sentence: str, names: list[str]) -> None:
    found = [text for text, _ in _names(sentence)]
    assert all(name in found for name in names)


# --- a title in a Title Case headline -----------------------------------------------------


@pytest.mark.parametrize("headline", [
    "Secretary of State Resigns",
    "Prime Minister Announces New Tax",
    "Prime Minister To Visit China Next Week",
])
def test_a_headline_verb_after_a_title_is_no_person(headline: str) -> None:
    assert not [text for text, label in _names(headline) if label == "PERSON"]


@pytest.mark.parametrize(("headline", "person"), [
    ("Secretary of State John Kerry Resigns", "John Kerry"),
    ("President Obama Visits Kenya", "Obama"),
    ("Prime Minister of Armenia Nikol Pashinyan Resigns", "Nikol Pashinyan"),
    ("Senator Williams Says Bill Will Pass", "Williams"),
    ("Chief of Staff John Woods said the talks would resume.", "John Woods"),
])
def test_a_headline_title_names_its_holder_up_to_the_verb(headline: str, person: str) -> None:
    assert [text for text, label in _names(headline) if label == "PERSON"] == [person]


# --- a sample's misreadings -----------------------------------------------------------------


@pytest.mark.parametrize(("sentence", "dropped"), [
    ("US: American Airlines got $425M for landing rights", "M"),
    ("The carrier sold 10M seats and raised $3B last year.", "B"),
    ("NEW: US official confirms what Netanyahu said.", "NEW"),
    ("BREAKING: Trump fires FBI director", "BREAKING"),
])
def test_a_figures_unit_or_a_pages_label_is_no_name(sentence: str, dropped: str) -> None:
    assert dropped not in [text for text, _ in _names(sentence)]


def test_a_brand_in_lower_case_keeps_its_name() -> None:
    assert "eBay" in [text for text, _ in _names("Carl Icahn slams eBay CEO")]
    # a unit is no brand
    assert not _names("Power costs 12 cents per kWh with a 5,000 mAh battery.")[1:]


@pytest.mark.parametrize(("text", "dropped"), [
    ("Migrant caravan reaches U.S. border   Members of the caravan camped in Tijuana on "
     "Sunday. Officials said they would be processed.", "Members"),
    ("Netanyahu: Evidence proves Iran deal based on lies. He spoke in Tel Aviv on Monday.",
     "Evidence"),
])
def test_a_word_opening_a_headlines_text_or_a_labelled_clause_is_no_name(
        text: str, dropped: str) -> None:
    assert all(dropped not in names for names in _aliases(text))


@pytest.mark.parametrize(("sentence", "person"), [
    ("Prime Minister Theresa May said Britain would leave.", "Theresa May"),
    ("Brian May played the guitar in March 2019.", "Brian May"),
])
def test_a_month_after_a_first_name_is_a_family_name(sentence: str, person: str) -> None:
    assert person in [text for text, _ in _names(sentence)]


@pytest.mark.parametrize("sentence", [
    "John Kerry May 3 said the talks would go on.",
    "He met Kerry Tuesday and left in May.",
    "The talks began on May 3 in Geneva.",
])
def test_a_month_after_a_full_name_or_a_verb_is_a_date(sentence: str) -> None:
    assert not any("May" in text or "Tuesday" in text for text, _ in _names(sentence))
