"""A person named with the body they belong to: "Amal Idris of the Refugee Council" is
Amal Idris, whether she speaks ("... of the Refugee Council said") or a sentence is about
her ("... of the Refugee Council sparked outrage. She said ..."): the body says where she
works, not who she is (as "Rep. Ilhan Omar of Minnesota" is Ilhan Omar)."""

from __future__ import annotations

import re
from collections.abc import Callable

from embeddings.claims.entities import is_title, person_name

# words that open the names of bodies, not of people ("United Steelworkers of America")
_BODY_OPENERS = frozenset({"united", "national", "royal", "general", "central", "federal",
                           "international", "european", "american", "british", "world",
                           "global", "new", "first"})

# (the first "of": "Sara Lind of the University of Oslo")
_PERSON_OF = re.compile(r"(?P<who>.+?)\s+of\s+(?:the\s+)?[A-Z].*")


def _looks_like_a_person(name: str) -> bool:
    # not "National Institutes", nor "Joint Chiefs" (of Staff): a title, even a plural one;
    # nor what is someone's ("Trump's Fourth of July")
    return name.split()[0].lower() not in _BODY_OPENERS \
        and not any(is_title(w) or w.endswith(("’s", "'s")) for w in name.split())


def person_of_body(name: str, is_person: Callable[[str], bool]) -> str | None:
    """"Amal Idris of the Refugee Council" -> "Amal Idris"; None for a body "of" something
    ("National Institutes of Health", "Bank of America")."""
    of = _PERSON_OF.fullmatch(name)
    # without a title a body's name would keep ("Dr. Sara Lind of the University")
    who = person_name(of.group("who")) if of else ""
    if len(who.split()) in (2, 3) and is_person(who) and _looks_like_a_person(who):
        return who
    return None
