"""The short names an article defines: "Doctors Without Borders (MSF)", "MSF (Doctors Without
Borders)", "Medecins Sans Frontieres, or MSF,", "the Islamic State group, known as ISIS".

News writes a body's name out once, its short form beside it, and the short form after; the
short form's letters need not be the English name's initials ("MSF", "PKK" of "Kurdistan
Workers' Party", "ZSU" of "Armed Forces of Ukraine"), so ``embeddings/initialisms.py`` cannot
join them.  The article says it, and only there: each name of the definition, wherever the
article writes it, carries the other as its ``alias`` (``Entity.alias``), so a claim saying
"MSF" meets one saying "Doctors Without Borders", in this article or another
(``matching``, ``context``).

Not a definition: a dateline's agency ("KYIV, Ukraine (AP) —"), a page's label ("(VIDEO)"),
a person's party or post ("Sen. Bob Casey (D-Pa.)", "John Smith (CEO)"): a person's name has
no short form, and the short form is no agency, label or title.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import pairwise

from embeddings.claims.name_words import NEWSROOM_LABELS, is_title
from embeddings.name_aliases import listed
from embeddings.types import Entity

# a short form: two to six capitals, a digit after the first allowed ("G7" aside: "PKK",
# "ISIS", "ZSU", "HHS", "MSF", "NATO", "M23")
_SHORT = re.compile(r"[A-Z][A-Z\d]{1,5}")
# a news agency's or outlet's initials in a dateline, and a page's labels in capitals
_NOT_SHORT = NEWSROOM_LABELS | frozenset(re.findall(r"\w+", """AP AFP UPI CNN BBC DPA PTI ANI
    IANS TASS EFE ANSA RIA NBC ABC CBS"""))
# what comes between the long name and its short form: "Doctors Without Borders (MSF)",
# "the Islamic State group (ISIS)", ", or MSF,", ", known as ISIS", "(also known as ISIS)"
_KIND = r"(?:\s+(?:group|movement|militia|network|party|coalition|alliance|organi[sz]ation))?"
_CALLED = (r"(?:or|known\s+as|also\s+known\s+as|better\s+known\s+as|commonly\s+known\s+as"
           r"|abbreviated(?:\s+as)?|called)")
_LONG_THEN_SHORT = re.compile(
    rf"{_KIND}(?:\s*\(\s*(?:(?:{_CALLED})\s+)?|,\s+{_CALLED}\s+)(?:the\s+)?")
_SHORT_ENDS = re.compile(r"\s*(?:\)|,|;|\.|$|\s+or\s+)")
_SHORT_THEN_LONG = re.compile(r"\s*\(\s*(?:the\s+)?")
_LONG_ENDS = re.compile(r"\s*\)")
_SKIPPED = frozenset({"of", "the", "and", "for", "in", "on", "de", "la", "du", "des", "&"})


def _short(entity: Entity) -> str | None:
    text = entity.text.removeprefix("the ")
    if not _SHORT.fullmatch(text) or text in _NOT_SHORT or is_title(text):
        return None
    return text


def _long(entity: Entity, short: str) -> bool:
    """Whether ``entity`` may be the name ``short`` stands for: no person's name, no short
    form itself; two letters only where they are its initials ("Islamic State (IS)")."""
    letters = "".join(w[0] for w in entity.text.split() if w.lower() not in _SKIPPED)
    # (not a body's kind alone: "McDonald's Corporation (MCD)" read "Corporation")
    return entity.label != "PERSON" and _short(entity) is None and not listed(entity.text) and (
        len(short) >= 3 or letters.upper() == short)


def definitions(text: str, entities: Iterable[Entity]) -> dict[str, str]:
    """The short names the article ``text`` defines, each with its long name (the first
    definition of a short name holds), read from its ``entities`` (offsets into ``text``)."""
    out: dict[str, str] = {}
    named = sorted(entities, key=lambda e: e.start)
    for first, second in pairwise(named):
        between = text[first.end:second.start]
        short = _short(second)
        if short and _LONG_THEN_SHORT.fullmatch(between) and _long(first, short) \
                and _SHORT_ENDS.match(text, second.end):
            out.setdefault(short, first.text.removeprefix("the "))
            continue
        short = _short(first)
        if short and _SHORT_THEN_LONG.fullmatch(between) and _long(second, short) \
                and _LONG_ENDS.match(text, second.end):
            out.setdefault(short, second.text.removeprefix("the "))
    return out


def _plain(name: str) -> str:
    return name.removeprefix("the ").removeprefix("The ").lower()


def with_aliases(entities: tuple[Entity, ...], defined: dict[str, str]) -> tuple[Entity, ...]:
    """``entities`` with each defined short name carrying its long name, and each long name
    (as the article wrote it in the definition) its short name."""
    if not defined:
        return entities
    longs = {_plain(long): short for short, long in defined.items()}
    out = []
    for e in entities:
        alias = defined.get(e.text.removeprefix("the ")) or longs.get(_plain(e.text))
        out.append(Entity(e.text, e.start, e.end, e.label, alias) if alias else e)
    return tuple(out)
