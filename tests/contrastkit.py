"""Hand-made claims for the contrast stage's tests, and the stage run on them."""

from __future__ import annotations

import dataclasses

from embeddings.types import Claim, Contrast, Entity, Quantity
from service.contrast import RuleContraster


def claim(source: str, text: str, speaker: str | None = None, cid: int | None = None,
          numbers: tuple[Quantity, ...] = (), entities: tuple[Entity, ...] = (),
          offset: int = 0) -> Claim:
    return Claim(article_id=f"art-{source}", source=source, text=text, start=offset,
                 end=offset + len(text), core=text, speaker=speaker, numbers=numbers,
                 entities=entities, id=cid)


def qty(sentence: str, said: str, low: float | None, high: float | None, unit: str | None = None,
        kind: str = "count", approximate: bool = False, offset: int = 0) -> Quantity:
    at = offset + sentence.index(said)
    return Quantity(said, at, at + len(said), low, high, unit, kind, approximate)


def ent(sentence: str, name: str, offset: int = 0) -> Entity:
    at = offset + sentence.index(name)
    return Entity(name, at, at + len(name), "PLACE")


def contrast(*claims: Claim) -> Contrast:
    return RuleContraster().contrast(claims)


def kinds(result: Contrast) -> list[str]:
    return [d.kind for d in result.differences]


def number_kinds(result: Contrast) -> list[str]:
    """The kinds of the differences in figures ("numbers", "numbers_agree"), in order."""
    return [d.kind for d in result.differences if d.kind.startswith("numbers")]


def reported(source: str, text: str, published: str | None, speaker: str | None = None,
             cid: int | None = None) -> Claim:
    from embeddings.claims.numbers import find_numbers

    return dataclasses.replace(claim(source, text, speaker=speaker, cid=cid,
                                     numbers=tuple(find_numbers(text))), published=published)


def parsed(source: str, text: str) -> Claim:
    from embeddings.claims import find_numbers

    return claim(source, text, numbers=tuple(find_numbers(text)))


def dated(source: str, text: str, day: str | None) -> Claim:
    from dataclasses import replace

    return replace(claim(source, text), published=day)


def denies(story: str, headline: str) -> str:
    """The site's headline calls the wire's story untrue: a conflict, the site the one who
    denies and the wire the one who asserts, and the summary says so (returned, for what
    it quotes)."""
    result = contrast(parsed("wire", story), parsed("site", headline))
    assert result.relation == "conflict", headline
    contra = next(d for d in result.differences if d.conflict)
    assert {e["voice"]: e["role"] for e in contra.evidence} == {"site": "denies",
                                                                "wire": "asserts"}
    assert "denies what" in contra.summary
    return contra.summary


def agrees(story: str, other: str) -> None:
    """The site's sentence does not deny the wire's story: the two stay apart."""
    assert contrast(parsed("wire", story), parsed("site", other)).relation == "agree", other
