"""Session 52's caption marks: where a person stands in the picture ("Jane Roe, left, and
...") and the wire caption's closing weekday and full date ("..., Friday, April 27, 2018.")
make a caption of a line whatever its verbs, so it is no claim of the article, and a caption
joined to a story's claims on a name no longer makes a cross-outlet pair.  Near cases that
are prose stay claims."""

from __future__ import annotations

import pytest
from claimkit import article

from embeddings.claims import SentenceClaimExtractor
from embeddings.types import Article
from service.pipeline import build_pipeline
from service.settings import Settings

STORY = ("The river burst its banks on Saturday, flooding 300 homes in Ferrow.\n\n{line}\n\n"
         "Officials said the water would recede by Tuesday.")


def _claims(text: str) -> list[str]:
    return [c.text for c in SentenceClaimExtractor().extract(article(text))]


@pytest.mark.parametrize("caption", [
    "Mayor Jane Roe of Ferrow, left, and Governor Tom Hale at the flood wall on Sunday.",
    "Governor Tom Hale, second from right, visits a shelter in Ferrow on Sunday.",
    "Mayor Jane Roe (left) speaks with residents at the town hall.",
    "Residents carry sandbags to the flood wall in Ferrow, Sunday, March 3, 2024.",
    "Volunteers have filled sandbags near the river in Ferrow, Saturday, Sept. 14, 2019.",
])
def test_a_caption_with_its_marks_is_no_claim(caption: str) -> None:
    claims = _claims(STORY.format(line=caption))
    assert caption not in claims
    assert len(claims) == 2


@pytest.mark.parametrize("sentence", [
    # positions in politics, a list, not places in a picture
    "Voters on the left, right and centre said the plan went too far.",
    "The debate split the council into camps: Labour, left, right, liberal, conservative.",
    # a date after a preposition, or not closing the sentence, is prose's
    "The flood wall was finished on Friday, March 1, 2024.",
    "Residents carry sandbags to the flood wall, officials said Sunday, and more are coming.",
    "Mayor Jane Roe left the town hall on Sunday after the vote.",
    # a party's letter, not a place in the picture
    "Senator Jane Roe (R) voted against the flood relief bill on Sunday.",
])
def test_prose_near_those_marks_stays_a_claim(sentence: str) -> None:
    assert sentence in _claims(STORY.format(line=sentence))


def test_a_caption_does_not_join_the_story_on_a_name(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The caption names the mayor the other outlet's claim is about: before this reading
    the two met on the name; now the caption is not stored as a claim at all."""
    caption = "Mayor Jane Roe of Ferrow, left, and Governor Tom Hale at the flood wall on Sunday."
    pipe = build_pipeline(Settings(data_dir=tmp_path))
    pipe.ingest([
        Article(id="a", source="Daily Ledger", text=STORY.format(line=caption)),
        Article(id="b", source="Evening Post", text=(
            "Flood waters reached 300 homes in Ferrow over the weekend. Mayor Jane Roe of "
            "Ferrow asked the governor for emergency funds on Monday. The water is expected to "
            "recede by Tuesday."))])
    texts = [c.text for c, _ in pipe.store.iter_claims()]
    assert caption not in texts
    assert any(t.startswith("Mayor Jane Roe of Ferrow asked") for t in texts)
