"""Whose charge a denial answers: a claim that reports a party's charge ("DNC files lawsuit
against Russia, Trump campaign for collusion", "The DNC sued the campaign", "Prosecutors
allege that ...") states the party's charge, not the outlet's.  A denial of it ("a bogus
collusion claim") denies what the party charges, as the outlet tells it; crediting the
charge to the outlet would make a wire that only reports a lawsuit a side of the dispute.
"""

from __future__ import annotations

from service.contrast.negation.reading import Reading
from service.contrast.said import says
from service.contrast.text import STOPWORDS, Token

# verbs that bring a charge; "files" only with what is filed ("filed a lawsuit"); finite
# verbs only: "Democrats filing the lawsuit to drum up donations" (a speaker's reading of
# why) and "Graffiti alleging that ..." report no charge the subject brings
_CHARGE = frozenset({"sue", "sues", "sued", "accuse", "accuses", "accused", "allege",
                     "alleges", "alleged", "charge", "charges", "charged", "claims", "claimed"})
_FILE = frozenset({"file", "files", "filed", "brings", "brought", "launches", "launched"})
_FILED = frozenset({"lawsuit", "lawsuits", "suit", "suits", "complaint", "complaints",
                    "charges", "case", "claim", "claims"})
# after the verb, a passive or a noun: "Trump campaign accused of collusion" (the subject is
# the accused), "the charges filed by", "claims about": no charge of the subject's
_NOT_ACTIVE = frozenset({"of", "with", "by", "about", "over", "in"})
# between the subject and its verb: "The DNC has filed", "Democrats on Friday sued"
_BETWEEN = frozenset({"has", "have", "had", "also", "now", "formally", "officially"})
_SUBJECT_WORDS = 5  # at most: "the Democratic National Committee"


def charger(r: Reading) -> str | None:
    """The named party whose charge the claim reports, where the claim opens with it (after
    a headline's kicker: "DESPERATION: DNC files ..."): "DNC", "the Democratic National
    Committee"; None where the claim's voice is that party, the subject is no name ("The
    lawsuit alleges", "He sued"), or the charge verb is a passive or a noun."""
    toks = r.toks
    start = _opening(toks)
    for i in range(start, min(len(toks), start + _SUBJECT_WORDS + 3)):
        word = toks[i].lower
        if word not in _CHARGE and word not in _FILE:
            continue
        after = [t.lower for t in toks[i + 1:i + 6] if t.is_word]
        if word in _FILE and not _FILED & set(after):
            return None
        if word in _CHARGE and (not after or after[0] in _NOT_ACTIVE):
            return None
        if word in ("claims", "claimed") and after[0] != "that":
            return None  # "claims victory": not a charge
        end = i
        while end > start and toks[end - 1].lower in _BETWEEN:
            end -= 1
        return _subject(r, toks[start:end])
    return None


def _opening(toks: list[Token]) -> int:
    """Where the claim's own sentence starts: after a headline's one-word kicker
    ("DESPERATION:", "EXCLUSIVE:")."""
    if len(toks) > 2 and toks[1].text == ":" and toks[0].text.isupper():
        return 2
    return 0


def _subject(r: Reading, words: list[Token]) -> str | None:
    """A name ("DNC", "the Democratic Party", "Robert Mueller"), not the voice's own and not
    a common noun ("The lawsuit", "Officials")."""
    if words and words[0].lower == "the":
        words = words[1:]
        the = True
    else:
        the = False
    if not words or len(words) > _SUBJECT_WORDS - 1 \
            or not all(t.is_word and t.text[:1].isupper() for t in words) \
            or any(t.lower in STOPWORDS for t in words):
        return None
    if r.headline and not all(t.text.isupper() for t in words):
        return None  # Title Case: "The Lawsuit Alleges" has capitals that name nothing
    name = " ".join(t.text for t in words)
    # a sentence's first word is capitalised whatever it is: a plural common noun there
    # ("Prosecutors allege", "Police charged") is said in lower case; a people or a party's
    # members ("Democrats") and a name ("Mueller", "DNC") as written
    if len(words) == 1 and not the and says(name.lower()) == "say" and says(name) == "says":
        name = name.lower()
    voice = {w.lower() for w in r.said.voice.split()}
    if voice & {t.lower for t in words}:
        return None  # the voice's own charge: "The DNC alleges" in the DNC's claim
    return f"the {name}" if the else name


def charged(r: Reading) -> str | None:
    """"the DNC charges, as Breitbart tells it": the party whose charge the claim reports,
    with the voice that tells it; None where the claim states no other party's charge."""
    who = charger(r)
    return None if who is None else charge_told(who, r.said.shown)


def charge_told(who: str, teller: str) -> str:
    """"the DNC charges, as Breitbart tells it", "prosecutors charge, as the wire tells it"."""
    verb = "charge" if says(who) == "say" else "charges"
    tells = "tell" if says(teller) == "say" else "tells"
    return f"{who} {verb}, as {teller} {tells} it"
