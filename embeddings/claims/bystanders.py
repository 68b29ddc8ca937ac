"""One of a bare group, named by no one: "a witness said", "one resident told Reuters",
"..., Witness Says".

"Witnesses said" names no one, and the claim stays the outlet's with the frame cut from it
(``groups.bare_group_at_end``); one witness of the same scene is no more named than several
are, so "a witness" reads as "witnesses" does, however a headline capitalises it.  (The
singular of a source the outlet vouches for by its post, "an official said", "a source
said", is read as that post; a bystander holds none.)
"""

from __future__ import annotations

import re

from embeddings.claims.groups import bare_group_at_end

# the people a story meets where it happened; (a headline drops the article: "..., witness
# says"; a modifier may say which: "an elderly resident", "a 45-year-old witness")
_BYSTANDER = (r"(?:eye)?witness|resident|bystander|passer-?by|villager|survivor|neighbou?r"
              r"|onlooker|local")
_ONE_AT_END = re.compile(
    r"(?:^|(?<=[\s,;:“”\"(]))(?:(?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]he)\s+)?"
    rf"(?:(?!(?:and|or|but|that|of)\s)[a-z0-9][\w-]*\s+)?(?i:{_BYSTANDER})\s*$")
_ONE_TITLE = re.compile(rf"(?:[A-Z][a-z-]*\s+)?(?i:{_BYSTANDER})")


def unnamed_at_end(text: str) -> int | None:
    """Where a bare group or one of it ends ``text`` ("..., officials", "..., a witness")."""
    group = bare_group_at_end(text)
    if group is not None:
        return group
    one = _ONE_AT_END.search(text)
    return one.start() if one else None


def one_bystander(title: str) -> bool:
    """A Title Case headline's "Witness", "Local Resident": one of a bare group."""
    return bool(_ONE_TITLE.fullmatch(title.strip()))
