"""Session 52: who "the Democrat", "the senator" and "they" are.

"The Democrat said" is the person the article named with that party in their own mention
("Democratic Sen. X", "X, a Democrat from ...", "X (D-Conn.)"), never a speaker called
"Democrat"; where the article gave no one that party it stays "the Democrat" (reading it as
the senator quoted before is the ``party_by_title`` setting, off).  "Sen. X" is "the
senator" of the next sentences.  A frame's "they" is not the last speaker once a group was a
sentence's subject since; and "As X reported:" frames what follows as "As X reported," does.
"""

from __future__ import annotations

from claimkit import article, speakers_and_cores

from embeddings.claims import SentenceClaimExtractor


def _last(text: str) -> tuple[str | None, str]:
    return speakers_and_cores(text)[-1]


def test_the_democrat_is_the_person_named_with_that_party() -> None:
    for mention in ("Democratic Sen. Chris Murphy of Connecticut",
                    "Chris Murphy, a Democrat from Connecticut,",
                    "Sen. Chris Murphy (D-Conn.)"):
        text = f"{mention} criticised the plan on Monday. The Democrat said it would fail."
        assert _last(text) == ("Chris Murphy", "it would fail."), mention


def test_each_party_word_takes_its_own_member() -> None:
    text = ("Republican Gov. Greg Abbott signed the bill on Friday. Democratic Rep. Joaquin "
            "Castro called it cruel. The {} said the law would {}.")
    assert _last(text.format("Republican", "stand"))[0] == "Greg Abbott"
    assert _last(text.format("Democrat", "fall"))[0] == "Joaquin Castro"


def test_a_party_the_article_never_gave_is_the_role_as_written() -> None:
    text = ("In Washington, Senator Bob Menendez accused the government of abuses. "
            "The Democrat said he would introduce legislation.")
    speaker, core = _last(text)
    assert speaker == "the Democrat"  # not a person called "Democrat", nor the senator
    assert core == "the Democrat would introduce legislation."
    # the setting reads it as the politician quoted just before ...
    titled = SentenceClaimExtractor(party_by_title=True).extract(article(text))[-1]
    assert titled.speaker == "Bob Menendez"
    # ... unless his own mention gave him another party
    other = text.replace("Senator Bob Menendez", "Republican Sen. Bob Menendez")
    assert SentenceClaimExtractor(party_by_title=True).extract(
        article(other))[-1].speaker == "the Democrat"


def test_an_abbreviated_title_is_the_title_of_the_next_sentences() -> None:
    text = ("Sen. Chris Murphy (D-Conn.) criticised the plan on Monday. "
            "The senator added that it would fail.")
    assert _last(text) == ("Chris Murphy", "it would fail.")


def test_they_after_a_group_was_the_subject_is_not_the_speaker_before() -> None:
    text = ("The ministry said the road was open. Residents of the town have fled in large "
            "numbers. They said the road was closed.")
    assert _last(text)[0] is None
    text = ("The ministry said the talks were over. Both the community itself and local "
            "officials have refuted the claims since. They have underlined their commitment "
            "to a return.")
    assert _last(text)[0] is None
    # the near case: nothing between, and "they" is the body that spoke
    assert _last("The ministry said the road was open. They said the road was "
                 "closed.")[0] == "ministry"


def test_as_an_outlet_reported_with_a_colon_is_its_frame() -> None:
    text = ("As the Daily Wire reported: Prime Minister Mark Ellis revealed new "
            "intelligence on Monday.")
    assert _last(text) == ("Daily Wire", "Prime Minister Mark Ellis revealed new "
                                         "intelligence on Monday.")


def test_he_before_the_name_in_an_opening_clause_is_that_name() -> None:
    text = ("Tom Hale praised the deal on Friday. "
            "After he won the vote, Mark Ellis said the union would strike.")
    assert _last(text) == ("Mark Ellis", "the union would strike.")
