"""Two people of one common surname in two articles: each article's bare "Smith" is the full
name it gave ("John Smith", "Adam Smith"), so the two no longer meet as one name, and what one
article says of its Smith does not contradict what the other says of the other."""

from __future__ import annotations

from embeddings.claims.extractor import SentenceClaimExtractor
from embeddings.matching import match_score
from embeddings.types import Article, Claim
from service.contrast import RuleContraster


def _claims(source: str, text: str) -> list[Claim]:
    return SentenceClaimExtractor().extract(Article(id=f"art-{source}", source=source,
                                                    text=text))


JOHN = ("Police questioned John Smith, a Republican donor, on Monday. "
        "Smith was arrested at his home in Dayton, police said.")
ADAM = ("Adam Smith, the Democratic congressman, spoke on Monday. "
        "Smith was not arrested at his home in Dayton, his office said.")
JOHN_AGAIN = ("John Smith, a Republican donor, denied wrongdoing on Monday. "
              "Smith was not arrested at his home in Dayton, his lawyer said.")


def _smith(claim: Claim) -> str | None:
    return next(e.full for e in claim.entities if e.text == "Smith")


def test_a_bare_surname_is_read_as_the_article_s_full_name() -> None:
    assert _smith(_claims("a", JOHN)[1]) == "John Smith"
    assert _smith(_claims("b", ADAM)[1]) == "Adam Smith"


def test_two_people_of_the_surname_in_one_article_leave_it_bare() -> None:
    text = ("Donald Trump and Melania Trump arrived in Paris on Friday. "
            "Trump met the French president on Saturday.")
    trump = [e for e in _claims("a", text)[1].entities if e.text == "Trump"]
    assert trump and all(e.full is None for e in trump)


def test_what_is_said_of_two_smiths_is_no_contradiction() -> None:
    john, adam = _claims("a", JOHN)[1], _claims("b", ADAM)[1]
    result = RuleContraster().contrast([john, adam])
    assert "contradiction" not in [d.kind for d in result.differences]


def test_what_is_said_of_one_smith_still_contradicts() -> None:
    john, again = _claims("a", JOHN)[1], _claims("c", JOHN_AGAIN)[1]
    result = RuleContraster().contrast([john, again])
    assert result.relation == "conflict"
    assert "contradiction" in [d.kind for d in result.differences]


def test_two_smiths_share_no_name_when_matched() -> None:
    john, adam, again = _claims("a", JOHN)[1], _claims("b", ADAM)[1], _claims("c", JOHN_AGAIN)[1]
    _, two = match_score(john, adam, 0.6)
    _, one = match_score(john, again, 0.6)
    assert "smith" not in two["shared_entities"]
    assert "smith" in one["shared_entities"]
