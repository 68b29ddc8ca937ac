"""A subject that only points at an event named before it ("This operation is illegal"),
read with that event when the reading is switched on (embeddings/claims/event_references.py;
off by default: on the seeds it joined claims that only name one event)."""

from __future__ import annotations

from embeddings.claims.extractor import SentenceClaimExtractor
from embeddings.types import Article

OFFENSIVE = ("Azerbaijan launched an offensive in the mountainous territory on Tuesday. "
             "France called for the Security Council to meet urgently. ")


def _claims(text: str, on: bool = True) -> list:  # type: ignore[type-arg]
    article = Article(id="a1", source="Wire", text=text)
    return SentenceClaimExtractor(resolve_event_pointers=on).extract(article)


def test_a_pointing_subject_is_read_with_the_event_named_before_it() -> None:
    text = OFFENSIVE + "This operation is illegal and unacceptable, the minister said."
    claims = _claims(text)
    last = claims[-1]
    assert "offensive in the mountainous territory" in last.core
    assert "illegal and unacceptable" in last.core
    # the claim as the reader sees it does not change
    assert last.text == "This operation is illegal and unacceptable, the minister said."
    assert text[last.start:last.end] == last.text
    assert last.speaker == "the minister" or last.speaker is None or "minister" in last.speaker
    # and nothing of the kind happens where the reading is off (the default)
    assert _claims(text, on=False)[-1].core == "This operation is illegal and unacceptable"


def test_a_word_of_the_same_kind_counts_and_a_chain_points_at_one_event() -> None:
    text = ("Israeli airstrikes on the Jabalia camp killed dozens overnight. "
            "The attack drew condemnation from Arab states. "
            "The strikes also damaged a hospital.")
    claims = _claims(text)
    assert "airstrikes on the Jabalia camp" in claims[1].core
    assert "airstrikes on the Jabalia camp" in claims[2].core


def test_a_subject_that_names_its_event_or_is_no_event_is_left_alone() -> None:
    for sentence in ("This operation in Karabakh is illegal.",  # names it itself
                     "The attack on the hospital killed four.",
                     "The decision to close the road was condemned.",
                     "This week the army advanced into the valley.",  # a date
                     "The report was condemned by the government.",  # a statement, not an event
                     "The privacy invasion case was dropped."):  # a noun modifying another
        claims = _claims(OFFENSIVE + sentence)
        assert claims[-1].core.rstrip(".") == claims[-1].text.rstrip(". ").rstrip("."), sentence


def test_a_verb_or_a_bare_noun_before_is_no_event_named() -> None:
    # "will strike" is a verb; "the deal" alone says nothing of which deal
    text = ("Russia said it will strike the bridge. Officials discussed the deal. "
            "The strike was condemned. The deal was signed.")
    claims = _claims(text)
    assert claims[2].core.startswith("The strike was condemned")
    assert claims[3].core.startswith("The deal was signed")


def test_a_quotation_continued_is_the_speaker_s_own_and_far_events_are_not_reached() -> None:
    quoted = (OFFENSIVE + "“We will not accept it. This operation must stop,” the minister "
              "said.")
    claims = _claims(quoted)
    assert claims[-1].text.startswith("This operation")  # begins inside the quotation
    assert "mountainous" not in claims[-1].core
    far = ("Azerbaijan launched an offensive in the mountainous territory. "
           "Aid trucks arrived at the border crossing on Monday morning. "
           "Talks between the two foreign ministers stalled in Brussels. "
           "Bread prices rose sharply in the capital over the weekend. "
           "Schools in the northern districts closed for the whole week. "
           "This operation is illegal.")
    assert "mountainous" not in _claims(far)[-1].core
