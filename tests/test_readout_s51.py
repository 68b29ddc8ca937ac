"""Fifty-first-session readout: speaker lines a reader saw wrong on the tuning stories, in
the same shapes, on sentences written here (docs/quality.md, "What a reader sees (fifty-first
session)")."""

from __future__ import annotations

from contrastkit import claim, contrast
from speakerkit import _claims


def _speaker_of(text: str, fragment: str) -> str | None:
    return next(speaker for sentence, speaker in _claims(text) if fragment in sentence)


def test_a_bare_quotation_after_someone_spoke_is_theirs() -> None:
    """"The mayor spoke to reporters. “We will not back down.”": the quotation is the
    mayor's, in her paragraph or opening the next (it was shown as the outlet's voice)."""
    for lead in ("Mayor Ann Cole spoke to reporters outside city hall on Monday.",
                 "Ann Cole, the city's mayor, held a news conference on Monday.",
                 "Mayor Ann Cole addressed the crowd after the vote."):
        for gap in (" ", "\n\n"):
            text = f"{lead}{gap}“We will not back down from this fight.”"
            assert _speaker_of(text, "back down") == "Ann Cole", (lead, gap)
    # who a sentence is about, doing anything but speaking, says nothing of whose the next
    # quotation is; nor does one who spoke with a paragraph between, or spoke of something
    for text in ("Mayor Ann Cole arrived at city hall on Monday. “We will not back down.”",
                 "Mayor Ann Cole spoke to reporters on Monday.\n\nThe council met later."
                 "\n\n“We will not back down.”",
                 "Mayor Ann Cole spoke about the budget on Monday. “We will not back down.”"):
        assert _speaker_of(text, "back down") is None, text


def test_a_pull_quote_is_the_speaker_the_article_quotes_it_from() -> None:
    """A quotation set apart as a paragraph of its own, repeated later with its frame
    (“..., ” said Chairwoman Lena Ortiz), is Ortiz's in both places, also in single marks."""
    words = "The agency ignored every warning it was given about the dam for a decade"
    for mark in ("“”", "''"):
        text = (f"The report was published on Tuesday.\n\n{mark[0]}{words}.{mark[1]}\n\n"
                "The report runs to 300 pages and names four officials.\n\n"
                f"“{words},” said Chairwoman Lena Ortiz, whose committee wrote it.")
        assert _speaker_of(text, "dam for a decade.") == "Lena Ortiz", mark
    # words two people are quoted saying give a bare repetition of them neither voice
    words = "We will rebuild every house that the flood destroyed this spring"
    text = (f"“{words},” Governor Paul Reyes said.\n\n“{words}.”\n\n"
            f"“{words},” Senator Dana Moss said later.")
    assert _speaker_of(text, "spring.”") is None


def test_a_title_named_later_is_the_person_named() -> None:
    """"Canada's prime minister says ..." opening a story that names "Canadian Prime
    Minister Mark Ellison" next is one speaker, not two ("attributes it to Mark Ellison
    and to Canada's prime minister")."""
    text = ("Canada's prime minister says his government will appeal the ruling. The ruling "
            "is wrong and will not stand, Canadian Prime Minister Mark Ellison said on "
            "Monday.")
    speakers = {speaker for _, speaker in _claims(text)}
    assert speakers == {"Mark Ellison"}
    # and the reader sees one voice where a second outlet says it plainly
    claims = [claim("Globe", sentence, speaker=speaker, cid=i)
              for i, (sentence, speaker) in enumerate(_claims(text))]
    result = contrast(*claims, claim("Star", "The government will appeal the ruling.", cid=9))
    line = " ".join(d.summary for d in result.differences if d.kind == "speakers")
    assert "prime minister" not in line
    # "President Trump" before "the president said ..." in an article whose only full name
    # with the title is another's: the bare title is not given to that other
    text = ("Trump met the press at his resort. President Trump welcomed the visitors. "
            "The president said five sites were under consideration. South Korean "
            "President Moon Jae Hyun will meet the North's leader first, officials said.")
    assert _speaker_of(text, "five sites") != "Moon Jae Hyun"
    # and two people given the title: neither
    text = ("The senator said the bill would fail. Senator John Smith voted against it. "
            "Senator Mary Jones voted for it.")
    assert _speaker_of(text, "bill would fail") not in ("John Smith", "Mary Jones")


def _headline(source: str, text: str, cid: int):  # type: ignore[no-untyped-def]
    import dataclasses

    from embeddings.claims import SentenceClaimExtractor
    from embeddings.types import Article

    found = SentenceClaimExtractor().extract(Article(id=f"a{cid}", source=source, text=text,
                                                     title=text))[0]
    return dataclasses.replace(found, id=cid)


def test_a_loaded_word_told_from_an_unnamed_witness_is_their_account() -> None:
    """"Charity Video Was Faked, Witness Says": the loaded word is the outlet's wording of
    what a witness said (the claims stage names no one for a bare witness), as it is of a
    named speaker's; it was shown as the outlet's own word.  An outlet's own sentence keeps
    its word."""
    other = _headline("b.com", "Charity video of a generous cabbie is genuine", 2)
    for text, who in (("Charity Video Of Generous Cabbie Was Faked, Witness Says", "a witness"),
                      ("The charity video was faked, residents said.", "residents"),
                      ("According to neighbours, the charity video was faked.", "neighbours")):
        result = contrast(_headline("a.com", text, 1), other)
        line = next(d.summary for d in result.differences if d.kind == "wording")
        assert f"telling what {who}" in line or f"telling what the {who}" in line, line
    result = contrast(_headline("a.com", "The charity video was faked.", 1), other)
    line = next(d.summary for d in result.differences if d.kind == "wording")
    assert "telling what" not in line


def test_a_pull_quote_stays_with_the_quotation_it_repeats(fresh) -> None:  # type: ignore[no-untyped-def]
    """The pull quote is now its speaker's, as is the quotation it repeats in the same
    article: one voice said it once, and both still meet the other outlet's report of it
    (a cluster takes no second claim of one article and voice, except a repeat)."""
    from embeddings.types import Article

    words = ("The agency ignored every warning it was given about the dam for a decade, and "
             "the town paid for that silence")
    first = Article(id="wire-1", source="Daily Wire", text=(
        "A committee report on the dam collapse was published on Tuesday.\n\n"
        f"“{words}.”\n\n"
        "The report runs to 300 pages and names four officials who left the agency.\n\n"
        f"“{words},” said Chairwoman Lena Ortiz, whose committee wrote it.\n\n"
        "The agency has not yet responded to the findings."))
    second = Article(id="post-1", source="Morning Post", text=(
        "Lawmakers released their findings on the dam failure this week.\n\n"
        f"“{words},” committee chair Lena Ortiz said in a statement.\n\n"
        "Repairs to the spillway are expected to take two years."))
    fresh.ingest([first, second])
    found = {(c.article_id, c.start): (c, cluster) for c, cluster in fresh.store.iter_claims()
             if "ignored every warning" in c.text}
    assert len(found) == 3
    assert {c.speaker for c, _ in found.values()} == {"Lena Ortiz"}
    assert len({cluster for _, cluster in found.values()}) == 1
