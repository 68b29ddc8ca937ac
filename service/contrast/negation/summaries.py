"""What a contradiction shows the reader: the quoted words and who says them."""

from __future__ import annotations

from service.contrast.negation.charges import charge_told
from service.contrast.negation.reading import Reading
from service.contrast.said import capital, listed, says


def _text(r: Reading, span: tuple[int, ...]) -> str:
    return r.said.claim.text[span[0]:span[1]]


def _say(neg: Reading, ns: tuple[int, int], pos: Reading, ps: tuple[int, int]) -> str:
    return (f"{_says(neg)} “{_text(neg, ns)}” where {_says(pos, start=False)} "
            f"“{_text(pos, ps)}”.")


def _says(r: Reading, start: bool = True) -> str:
    """"The company says", "the separatist authorities say"."""
    name = r.said.shown
    return f"{capital(name) if start else name} {says(name)}"


def _denial_summary(rows: list[dict[str, object]]) -> str | None:
    """"A, B and C deny what D says: “refuted this claim”." for a statement denied by many."""
    deniers = list(dict.fromkeys(str(r["voice"]) for r in rows if r.get("role") == "denies"))
    asserters = list(dict.fromkeys(str(r["voice"]) for r in rows if r.get("role") == "asserts"))
    if len(deniers) < 2 or not asserters:
        return None
    first = next(str(r["text"]) for r in rows if r.get("role") == "denies")
    # one outlet reporting a party's charge (``charges``): what is denied is the party's
    charges = {str(r["charged_by"]) for r in rows if r.get("role") == "asserts"
               and r.get("charged_by")}
    if len(asserters) == 1 and len(charges) == 1:
        return f"{_listed(deniers)} deny what {charge_told(charges.pop(), asserters[0])}: " \
               f"“{first}”."
    say = "say" if len(asserters) > 1 else "says"
    return f"{_listed(deniers)} deny what {_listed(asserters)} {say}: “{first}”."


def _listed(names: list[str]) -> str:
    return listed(names)  # each name kept whole: "Azerbaijan, and US and France, deny"
