"""Who denies: the subject of the denial's verb, where it names someone other than the
claim's voice.  "Mr. Comey said Mr. Trump denied that ..." is Trump's denial, told by
Comey; "White House officials privately dismissed the remarks" (an outlet's own sentence)
is the officials' denial, told by the outlet.  The summary names the one who denies and
the voice that tells it, not the voice alone as the denier."""

from __future__ import annotations

from service.contrast.negation.lexicon import DENY, PHRASAL_DENY, PREPOSITIONS
from service.contrast.negation.reading import Reading
from service.contrast.said import capital, says
from service.contrast.text import STOPWORDS, Token

# between the subject and its verb: "has flatly denied", "privately dismissed"
_BETWEEN = frozenset({"has", "have", "had", "also", "again", "then", "quickly", "later"})
_TITLES = frozenset({"mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr"})
# the denial words that are as often a noun or a passive ("a greeting dispute", "Rumors of
# the leader's death debunked"), whose word before is no subject
_NOT_ACTIVE = frozenset({"dispute", "disputes", "disputed", "debunked"})
_SUBJECT_WORDS = 4  # at most: "White House press officials"


def denier(r: Reading) -> str | None:
    """The words that name who denies, where the denial is a verb ("denied", "dismissed",
    "played down") with a subject of its own that the voice's name does not share; None for
    a pronoun ("he denied"), a denial said in the voice ("The ministry denied") or a
    denial of no verb ("no truth to reports", "false")."""
    if r.denial is None:
        return None
    toks = r.toks
    at = next((j for j, t in enumerate(toks) if t.start == r.denial[0]), None)
    if at is None or not (toks[at].lower in DENY or toks[at].lower in PHRASAL_DENY) \
            or toks[at].lower in _NOT_ACTIVE:
        return None
    j = at - 1
    while j >= 0 and (toks[j].lower in _BETWEEN or toks[j].lower.endswith("ly")):
        j -= 1
    words = _subject(toks, j + 1)
    if words is None:
        return None
    voice = {w.lower() for w in r.said.voice.split()}
    if voice & {w.lower() for w in words if w.lower() not in _TITLES and w != "the"}:
        return None  # "Mr. Comey denied" in Comey's claim: the voice's own denial
    return " ".join(words)


_RELATIVE = frozenset({"who", "which", "that"})
_RELATIVE_REACH = 6  # "Lawyers who went to Tijuana denied": words of the relative clause


def _subject(toks: list[Token], end: int) -> list[str] | None:
    """The name or noun phrase that ends at token ``end`` (exclusive) and is the verb's
    subject; None where more of it stands before than is read ("Saudi airline rep") or
    where it is a preposition's object: then the head before a "who" is the subject
    ("Lawyers who went to Tijuana denied" is the lawyers')."""
    j = end - 1
    # the head noun may be lower case ("officials", "the ministry"); the words before it are
    # a name or a title ("White House officials", "Mr. Trump")
    if j >= 0 and toks[j].is_word and toks[j].lower not in STOPWORDS and len(toks[j].text) > 2:
        j -= 1
    while j >= 0 and end - j <= _SUBJECT_WORDS and toks[j].is_word \
            and (toks[j].lower in _TITLES or (toks[j].text[:1].isupper()
                                              and toks[j].lower not in STOPWORDS)):
        j -= 1
    if j + 1 >= end or (j >= 0 and toks[j].is_word and toks[j].lower not in STOPWORDS):
        return None  # "Saudi airline rep denies": more of the subject than is read
    words = [t.text for t in toks[j + 1:end]]
    if j >= 0 and toks[j].lower == "the":
        words.insert(0, "the")
    k = j - 1 if j >= 0 and toks[j].lower == "the" else j
    if k >= 0 and toks[k].lower in PREPOSITIONS:
        rel = next((i for i in range(k - 1, max(-1, k - _RELATIVE_REACH), -1)
                    if toks[i].lower in _RELATIVE), None)
        return _subject(toks, rel) if rel else None
    return words


def denies(r: Reading) -> str:
    """"The ministry denies", "Trump, as James Comey tells it, denies": who denies, with the
    voice that tells of it where the two differ."""
    who = denier(r)
    name = who if who is not None else r.said.shown
    # "Officials deny": a plural subject, which ``says`` reads in lower case only
    verb = "deny" if says(name if who is None else who.lower()) == "say" else "denies"
    if who is None:
        return f"{capital(name)} {verb}"
    tells = "tell" if says(r.said.shown) == "say" else "tells"
    return f"{capital(who)}, as {r.said.shown} {tells} it, {verb}"
