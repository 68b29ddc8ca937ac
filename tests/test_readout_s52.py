"""Fifty-second-session readout: credits and quotations a reader saw as the outlet's own
voice on the tuning stories, in the same shapes, on sentences written here (docs/quality.md,
"Who is speaking, as a reader sees it (fifty-second session)")."""

from __future__ import annotations

from speakerkit import _claims

from embeddings.claims.speakers import find_speaker


def _speaker_of(text: str, fragment: str) -> str | None:
    return next(speaker for sentence, speaker in _claims(text) if fragment in sentence)


def test_a_surname_before_a_colon_is_the_person_the_article_names() -> None:
    """"Ortiz: Dam inspections were cut to save money." opening a story that names Lena Ortiz
    is hers (it was the outlet's own voice); a one-word label ("Analysis:") or a place is
    nobody's, and so is a surname whose clause tells of the person."""
    body = ("\n\nCommittee chair Lena Ortiz said on Tuesday that the agency ignored every "
            "warning about the dam.")
    assert _speaker_of("Ortiz: Dam inspections were cut to save money." + body,
                       "inspections") == "Lena Ortiz"
    for lead in ("Analysis: Dam inspections were cut to save money.",
                 "Riverton: Dam inspections were cut to save money.",
                 "Ortiz: Dam inspections were cut while she was away."):
        assert _speaker_of(lead + body, "inspections") is None, lead
    # two people share the surname: the word names neither
    two = body + " Her brother Marco Ortiz, an engineer, disagreed."
    assert _speaker_of("Ortiz: Dam inspections were cut to save money." + two,
                       "inspections") is None


def test_a_name_in_capitals_before_a_mixed_case_headline_credits_it() -> None:
    """"CARL ICAHN: eBay Shareholders Lost $4 Billion ..." is Icahn's, as "Carl Icahn: ..."
    is (an aggregator's cut "  ..." ends no sentence); a newsroom label in capitals is not."""
    found = find_speaker("MARIA KOWALCZYK: Acme Investors Lost $2 Billion Because Of The "
                         "Board  ...")
    assert found.speaker == "Maria Kowalczyk"
    assert found.core.startswith("Acme Investors Lost")
    for label in ("BREAKING NEWS: Acme Investors Lost $2 Billion",
                  "TRAVEL CHECKLIST: Bags Left Behind At Airports",
                  "MARIA KOWALCZYK: Everything you need to know about the lawsuit"):
        assert find_speaker(label).speaker is None, label


def test_as_the_paper_reported_with_a_colon_credits_the_paper() -> None:
    """"As the Herald reported: ..." is the Herald's, as "As the Herald reported, ..." is."""
    for mark in (",", ":"):
        found = find_speaker(f"As the Riverton Herald reported{mark} the mayor met the "
                             "developers twice in March.")
        assert found.speaker == "Riverton Herald", mark
        assert found.core.startswith("the mayor met")


def test_a_quoted_paragraph_after_a_speakers_quotation_goes_on_quoting_them() -> None:
    """A speaker's numbered points run into a new paragraph ("“Third, ...”") with no frame:
    still theirs (news attribute a new speaker where their quotation opens).  After the
    outlet's own prose, a bare quotation is left unattributed, as before."""
    text = ("“First, the plan is bad. Second, it costs too much,” Mayor Ann Cole said.\n\n"
            "“Third, nobody asked the residents who live by the river.”")
    assert _speaker_of(text, "Third") == "Ann Cole"
    text = ("“First, the plan is bad,” Mayor Ann Cole said.\n\nThe council met on Tuesday."
            "\n\n“Nobody asked the residents who live by the river.”")
    assert _speaker_of(text, "Nobody asked") is None
