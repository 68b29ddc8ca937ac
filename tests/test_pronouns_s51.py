"""Session 51: whom "he" and "she" stand for after the fiftieth session's sentence splits.

A pronoun's antecedent is never a name read inside the quotation its own frame closes (a
tweet quoted over several sentences, then "he tweeted", is its author's); "he" and "she" are
a person, never a body named for its building ("the White House") nor a name written after
"the"; a surname the article gave a person's title ("President Vance") is a person though it
never gave the full name; a headline and its standfirst are weak antecedents, behind the
body's own subject (which a dateline, "DENVER ― ", does not hide); and "he" inside someone's
quotation is not its speaker, who would say "I".  Each with the near cases that must stay.
"""

from __future__ import annotations

from claimkit import article, speakers_and_cores

from embeddings.claims import SentenceClaimExtractor


def _last(text: str) -> tuple[str | None, str]:
    return speakers_and_cores(text)[-1]


def test_the_he_of_a_frame_closing_a_quotation_is_not_a_name_inside_it() -> None:
    text = ("Mayor Tom Hale praised the deal in a post on Friday morning.\n\n"
            "\"The talks went very smoothly and a good relationship was formed. Mark Ellis "
            "told the union the offer was fair. Fewer strikes will be a great thing for the "
            "city!\" he tweeted.")
    speaker, _ = _last(text)
    assert speaker == "Tom Hale"
    # every sentence of the quotation is his
    assert {s for s, _ in speakers_and_cores(text)[1:]} == {"Tom Hale"}


def test_a_name_before_the_quotation_opens_is_still_its_author() -> None:
    # the near case: the person named outside the quotation, just before it, is the "he"
    text = ("Mark Ellis told the union the offer was fair.\n\n"
            "\"The talks went very smoothly. Fewer strikes will be a great thing!\" he said.")
    assert _last(text)[0] == "Mark Ellis"


def test_a_surname_titled_as_a_persons_is_the_he_of_the_next_tweet() -> None:
    text = ("The union sued the campaign on Friday.\n\n"
            "President Vance fired back hours later on social media, calling the suit "
            "\"good news.\"\n\n"
            "\"Just heard the campaign was sued by the obstructionist unions,\" he tweeted.")
    assert _last(text)[0] == "Vance"


def test_a_body_named_for_its_building_is_no_he() -> None:
    text = ("The White House said on Monday that the talks had failed.\n\n"
            "\"They walked away from the table,\" he said.")
    assert _last(text)[0] != "White House"
    # the near case: a person who spoke is the "he"
    text = ("White House spokesman Tim Orr said on Monday that the talks had failed.\n\n"
            "\"They walked away from the table,\" he said.")
    assert _last(text)[0] == "Tim Orr"


def test_he_after_a_split_headline_is_the_bodys_subject_not_the_standfirsts_body() -> None:
    text = ("Strikers reach the capital, despite Hale's threats   The White House sent the "
            "National Guard and warned of arrests. They are marching anyway.\n\n"
            "DENVER ― Governor Tom Hale flew into a rage this week on learning that hundreds "
            "of strikers were marching on the capital. Shortly after, he called out the "
            "National Guard. He railed against what he called a \"siege\" of the city.")
    _, core = _last(text)
    assert core.startswith("Tom Hale railed against")


def test_a_dateline_before_a_horizontal_bar_is_no_part_of_the_claim() -> None:
    text = ("DENVER ― Governor Tom Hale flew into a rage this week on learning that hundreds "
            "of strikers were marching on the capital.\n\nHe called out the National Guard.")
    claims = SentenceClaimExtractor().extract(article(text))
    assert claims[0].text.startswith("Governor Tom Hale flew")
    assert claims[1].core.startswith("Tom Hale called out")


def test_he_inside_a_quotation_is_not_its_speaker() -> None:
    text = ("\"If the judge were removed, they could go on with this,\" Nick Alder said of the "
            "plaintiffs. \"Mayor Hale cannot pardon anyone in a civil case. He cannot stop "
            "the case.\"")
    _, core = _last(text)
    assert not core.startswith("Nick Alder")
    # the near case: outside the quotation, "he" after the speaker's own words is the speaker
    text = ("\"The mayor cannot stop the case,\" Nick Alder said of the plaintiffs. He added "
            "that the hearing would be in May.")
    assert _last(text) == ("Nick Alder", "the hearing would be in May.")


def test_a_person_the_standfirst_names_gives_way_to_the_bodys_subject() -> None:
    text = ("Strikers reach the capital, despite threats   Police chief Mark Ellis sent the "
            "National Guard and warned of arrests. They are marching anyway.\n\n"
            "Governor Tom Hale flew into a rage this week on learning that hundreds of "
            "strikers were marching on the capital. He railed against what he called a "
            "\"siege\" of the city.")
    assert _last(text)[1].startswith("Tom Hale railed against")
    # the near case: with no headline before it, the first paragraph is the body's own, and
    # two people in it leave "he" unnamed
    body = text.split("   ", 1)[1]
    assert not _last(body)[1].startswith("Tom Hale")


def test_a_subject_described_before_its_name_is_the_next_he() -> None:
    text = ("The union said the talks had stalled.\n\n"
            "Pro-union candidate Mark Ellis has campaigned on the strike all week. He has "
            "praised the strikers in every speech.")
    assert _last(text)[1].startswith("Mark Ellis has praised")
    # the near case: a verb between them ("told") makes the name its object, not the subject
    text = ("The union said the talks had stalled.\n\n"
            "Unions told candidate Mark Ellis about the strike. He has praised the strikers "
            "in every speech.")
    assert not _last(text)[1].startswith("Mark Ellis")


def test_they_is_never_one_person_named() -> None:
    text = ("Mayor Tom Hale said the strike must end.\n\n"
            "Lawyers for the union could force the city to hand over papers they say prove the "
            "deal was rigged.")
    assert _last(text)[0] != "Tom Hale"
    # the near case: a body or a group that spoke is "they"
    text = ("The border guards said the crossing was shut.\n\n"
            "They said it would reopen on Monday.")
    assert _last(text)[0] == "border guards"
