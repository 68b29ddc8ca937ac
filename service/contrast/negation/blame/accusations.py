"""Who blames whom for what ("A accused B of shelling", "X's policies are to blame for
the deaths"), who did an act ("Russian forces shelled the market") and to what and
whom, so that a counter-accusation ("B's side says A shelled") can be set against it."""

from __future__ import annotations

from service.contrast.negation.blame.nominal import read_nominal
from service.contrast.negation.blame.parties import _named_first, _parties, party
from service.contrast.negation.blame.phrases import (
    _NOT_OBJECT,
    _WHEN,
    SAYING,
    _agent,
    _direct_object,
    _key,
    _subject_before,
)
from service.contrast.negation.lexicon import (
    ACCUSE,
    ACTORS,
    ACTS,
    AUXILIARIES,
    CLAUSE_MARKS,
    COPULA,
    CULPRIT_WORDS,
    HOSTILITIES,
    ONE_KIND,
    WHOLE_ACTS,
)
from service.contrast.negation.reading import Reading, clause_end
from service.contrast.text import STOPWORDS, Token, stem


def _read_culprits(r: Reading, i: int, passive: bool) -> None:
    """Who did the act at ``i`` to what ("Russian forces shelled the market", "the market was
    shelled by Russian forces"): a done act ("shelled", "struck"), not a noun ("faced 150,000
    attacks"), and names that are names (not a Title Case headline's capitals)."""
    toks, tok = r.toks, r.toks[i]
    if not stem(tok.lower).startswith(CULPRIT_WORDS) or r.headline \
            or not (tok.lower.endswith("ed") or tok.lower in ("struck", "shot")):
        return
    target = _subject_before(toks, i) if passive else _direct_object(toks, i) \
        or _counted_object(toks, i)
    if passive:
        after = _abbreviations(toks[i + 1:])
        by = next(k for k, t in enumerate(after) if t.lower == "by")
        named = _agent(after[by + 1:by + 5])
    else:
        named = _clause_before(_abbreviations(toks[:i]), None)
    sides = _named_first(_parties(named))
    if target and sides and target not in sides:
        words = [t for t in named if t.is_word and t.lower not in STOPWORDS] or [tok]
        start, end = min(tok.start, words[0].start), max(tok.end, words[-1].end)
        r.act_targets[tok.start] = (target, frozenset(sides), start, end)
        # the sides it was done to: its subject in the passive ("the ship was rammed"), else
        # its object up to a "where" ("rammed two Philippine vessels near the shoal")
        done_to = [t for t in _clause_before(_abbreviations(toks[:i]), None)
                   if t.lower not in AUXILIARIES] if passive else \
            _agent(toks[i + 1:clause_end(toks, i + 1)])
        done_to = done_to[:next((k for k, t in enumerate(done_to) if k and t.lower in _WHERE),
                                len(done_to))]
        patients = _named_first(_parties(done_to))
        if not passive and done_to and not patients:
            patients = _ground_after(toks, done_to[-1])
        if patients and done_to:
            r.act_patients[tok.start] = (frozenset(patients), _kind(done_to),
                                         max(end, done_to[-1].end))


def _ground_after(toks: list[Token], last: Token) -> list[str]:
    """The sides whose ground an act's object is on: "bombed civilian areas in Azerbaijan"
    (azerb): a country named after "in" or "inside", alone, as the noun's reading takes it
    ("shelling inside Armenia")."""
    k = next(k for k, t in enumerate(toks) if t.start == last.start) + 1
    if k >= len(toks) or toks[k].lower not in ("in", "inside", "within"):
        return []
    ground = _agent(toks[k + 1:k + 4])
    return [] if _kind(ground) else _named_first(_parties(ground))


def _kind(phrase: list[Token]) -> str:
    """What kind of thing a phrase names besides its sides: "a Chinese coast guard ship" and
    "two Philippine vessels" a ship (``ONE_KIND``), "energy facilities" facil; "" where it
    names only sides ("the protesters", "China")."""
    words = [t for t in phrase if t.is_word and t.lower not in STOPWORDS
             and t.text[:1].islower() and t.lower not in ACTORS and t.lower not in _WHEN
             and not t.lower.endswith("ly")]
    if not words:
        return ""
    key = stem(words[-1].lower)
    return ONE_KIND.get(key, key)


# words that open where an act was done, after what it was done to
_WHERE = frozenset({"near", "outside", "inside", "off", "along", "across", "around", "close"})


def _counted_object(toks: list[Token], at: int) -> str:
    """"killed 12 civilians": the count with what it counts ("12 civil"), so that another
    count of the dead is another act."""
    if at + 2 < len(toks) and toks[at + 1].text[:1].isdigit() and toks[at + 2].is_word \
            and toks[at + 2].lower not in _NOT_OBJECT:
        return f"{toks[at + 1].text} {_key(toks[at + 2])}"
    return ""


def _abbreviations(toks: list[Token]) -> list[Token]:
    """"U.S." as one word, "US" (the tokens split it into U . S .), so that "the U.S." and
    "US" name one side."""
    out: list[Token] = []
    k = 0
    while k < len(toks):
        j = k
        while j + 1 < len(toks) and len(toks[j].text) == 1 and toks[j].text.isupper() \
                and toks[j + 1].text == ".":
            j += 2
        if j - k >= 4:
            out.append(Token("".join(t.text for t in toks[k:j:2]), toks[k].start, toks[j - 1].end))
            k = j
        else:
            out.append(toks[k])
            k += 1
    return out


def _clause_before(toks: list[Token], at: int | None, reach: int = 6) -> list[Token]:
    """Up to ``reach`` tokens before ``at`` (None: the end) in its clause: "Russian and
    Ukrainian forces" ("Russia said Ukrainian forces ...": Ukrainian forces)."""
    at = len(toks) if at is None else at
    start = at
    while start > max(0, at - reach) and toks[start - 1].lower not in CLAUSE_MARKS \
            and toks[start - 1].lower not in SAYING:
        start -= 1
    return toks[start:at]


def _act(word: str) -> str | None:
    st = stem(word)
    if st in WHOLE_ACTS:
        return WHOLE_ACTS[st]
    return next((cls for prefix, cls in ACTS.items() if st.startswith(prefix)), None)


def _to_blame(toks: list[Token], i: int) -> bool:
    """"are to blame", "was to blame": the subject is blamed."""
    return toks[i].lower == "blame" and i >= 2 and toks[i - 1].lower == "to" \
        and toks[i - 2].lower in COPULA


def _outcome(toks: list[Token]) -> str | None:
    """What someone is blamed for where it is no act of ``ACTS``: "for the deaths", "for the
    blackout" (a key that meets only another blame for it: ``for:`` and its text)."""
    for t in toks:
        if t.is_word and t.lower not in STOPWORDS and t.text[:1].islower():
            return f"for:{t.lower}"
    return None


def read_blame(r: Reading) -> None:
    toks = r.toks
    framed: set[int] = set()
    for i, tok in enumerate(toks):
        if tok.lower not in ACCUSE:
            continue
        end = clause_end(toks, i + 1, strong=True)
        link = next((j for j in range(i + 1, end) if toks[j].lower in ("of", "for")), None)
        if link is None:
            continue
        if _to_blame(toks, i):
            # "Europe's border policies are to blame for the deaths, the group said": the
            # accused stand before, the accuser is the voice
            start = i - 2
            while start > 0 and toks[start - 1].lower not in CLAUSE_MARKS:
                start -= 1
            accused = _parties(toks[start:i - 2])
            accusers = [party(r.said.claim.speaker or r.said.voice)]
        else:
            accusers = _parties(toks[max(0, i - 6):i]) or [
                party(r.said.claim.speaker or r.said.voice)]
            accused = _parties(toks[i + 1:link])
        act = next((a for a in (_act(t.text) for t in toks[link + 1:end]) if a), None) \
            or _outcome(toks[link + 1:end])
        if accusers and accused and act:
            r.accusations.append((accusers[-1], accused[0], act, tok.start, toks[end - 1].end))
            framed.update(range(i, end))
    for i, tok in enumerate(toks):
        act = _act(tok.text) if tok.is_word and i not in framed else None
        if act is None:
            continue
        before = _abbreviations(toks[max(0, i - 7):i])[-3:]  # "U.S. jets": US
        perp = _named_first(_parties([t for t in before if t.lower not in CLAUSE_MARKS])) \
            or _named_first(_parties(_clause_before(_abbreviations(toks[:i]), None)))
        # (else its clause's: "A Chinese coast guard ship had rammed")
        after = toks[i + 1:clause_end(toks, i + 1)]
        by = next((k for k, t in enumerate(after) if t.lower == "by"), None)
        if by is not None:
            perp = _named_first(_parties(after[by + 1:by + 4])) or perp
        if after[:1] and after[0].lower == "first":
            act = "start"  # "the police fired first": who began it
        elif act == "start" and not any(t.lower in HOSTILITIES for t in after[:3]):
            act = "began"  # "Apple started selling phones": no fighting begun
        if perp:
            r.acts.append((perp[-1], act, tok.start, tok.end))
            _read_culprits(r, i, passive=by is not None)
        read_nominal(r, i)  # "Azerbaijani shelling inside Armenia": the noun's own doer
