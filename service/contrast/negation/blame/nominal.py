"""Acts told as nouns, with who did them and to whom: "Azerbaijani shelling inside
Armenia", "Russia's invasion of Ukraine", "the shelling of peaceful Azerbaijani towns by
Armenians".  Read without a tagger, from the words around the noun: its doer is a people's
word or a possessive right before it (past its modifiers: "Israel's large-scale air
strikes") or a "by X" right after it or after its target; its target is the phrase of
"of/on/against/inside/in X" right after it.  Filled into ``Reading.act_targets`` and
``act_patients`` like a verb's reading, so that the swap of who did it to whom
(``culprits._reversed``) and the other culprit (``culprits._culprits``) read it too."""

from __future__ import annotations

from functools import lru_cache

from embeddings.claims.entities import PLACES
from service.contrast.negation.blame.parties import _named_first, _parties, _place_of, party
from service.contrast.negation.blame.phrases import _agent, _key
from service.contrast.negation.lexicon import (
    AUXILIARIES,
    COPULA,
    CUES,
    DENY,
    NOMINAL_ACTS,
    WHEN_WORDS,
)
from service.contrast.negation.reading import Reading, clause_end
from service.contrast.text import STOPWORDS, Token, fold

# words that open what an act noun was done to ("the shelling of Stepanakert", "strikes on
# Gaza", "attacks against Israel"), and of those, the ones that name the ground it was done
# on ("shelling inside Armenia"): a country named after them is its land, the same kind of
# target as its towns and villages ("place"), not the side as a whole ("attacks on Israel",
# which may be on its army)
_TARGET = frozenset({"of", "on", "upon", "against", "inside", "in", "into", "within", "across"})
_ON_GROUND = frozenset({"inside", "in", "into", "within", "across"})
# words after a target that tell where within it, cut off as in the verb's reading
_WHERE = frozenset({"near", "outside", "inside", "off", "along", "across", "around", "close"})
# words before an act noun that tell it is not told as done: "fear of Russian attacks",
# "the threat of an Israeli invasion", "plans for an offensive", "no Armenian shelling"
_NOT_DONE = frozenset({
    "fear", "fears", "feared", "fearing", "threat", "threats", "threaten", "threatened",
    "threatens", "risk", "risks", "danger", "prospect", "possibility", "possible", "potential",
    "warn", "warned", "warns", "warning", "warnings", "plan", "plans", "planned", "planning",
    "prevent", "prevented", "deter", "avoid", "would", "could", "might", "will", "imminent",
    "looming", "future", "expected", "prepare", "preparing", "preparations"}) | CUES | DENY
# words that end a target's noun phrase: a verb that follows it ("the shelling of the towns
# was condemned by Russia": Russia is no doer)
_VERBISH = AUXILIARIES | COPULA | frozenset({
    "has", "have", "had", "that", "which", "who", "will", "would", "could", "can", "may",
    "might", "must", "should"})
_REACH = 3  # modifiers between a doer and its act: "Israel's large-scale air strikes"


def _doers_before(r: Reading, i: int) -> tuple[list[Token], int]:
    """The people's words or possessives right before the act noun at ``i`` past its
    lowercase modifiers ("Azerbaijani shelling", "Russian and Belarusian attacks"), and where
    the noun phrase starts; none past a determiner or preposition ("protests against
    shelling": the protesters did no shelling)."""
    toks, named = r.toks, list[Token]()
    k, skipped = i - 1, 0
    while k >= 0:
        if k >= 3 and toks[k].text == "." == toks[k - 2].text \
                and all(len(x.text) == 1 and x.text.isupper() for x in (toks[k - 1], toks[k - 3])):
            # "U.S. strikes": one name, as the verb's reading takes it (``_abbreviations``)
            named.insert(0, Token(toks[k - 3].text + toks[k - 1].text, toks[k - 3].start,
                                  toks[k].end))
            k -= 4
            continue
        t = toks[k]
        if not t.is_word:
            break
        if t.text[:1].isupper() and (not _opens(toks, k) or _place(t)) \
                and _bare(t) not in WHEN_WORDS:
            named.insert(0, t)
        elif t.lower == "and" and named:
            pass  # "Russian and Belarusian attacks": both
        elif not named and skipped < _REACH and t.text.islower() and t.text[:1].isalpha() \
                and t.lower not in STOPWORDS and t.lower not in _TARGET:
            skipped += 1  # "large-scale", "air", "artillery"
        else:
            break
        k -= 1
    return named, k + 1


def _opens(toks: list[Token], k: int) -> bool:
    """A sentence's first word: capitalised by its place, whether common ("Heavy shelling")
    or rare ("Meteorite strike in Nicaragua"), so read as a doer only as a place or people."""
    return k == 0 or toks[k - 1].lower in (".", "!", "?", ":", '"', "“")


def _bare(t: Token) -> str:
    return fold(t.lower).removesuffix("'s")


def _place(t: Token) -> bool:
    """A word that names a place or its people ("Russian attacks on Kyiv", "Israel's
    strikes", "Palestinian killings": a place's first five letters, as ``party`` keys
    them)."""
    return _bare(t) in PLACES or bool(_place_of(_bare(t))) or party(t.text) in _place_keys()


@lru_cache(maxsize=1)
def _place_keys() -> frozenset[str]:
    return frozenset(party(p) for p in PLACES if " " not in p)


def _phrase(toks: list[Token], j: int) -> list[Token]:
    """The noun phrase at ``j`` up to the next preposition, clause mark or "where" word,
    and, without a tagger, up to what reads as its verb: an auxiliary, a word in -ed past
    its first word ("of Ukrainian towns was condemned", "of the market killed"), or any
    lowercase word after a plural or a place's name ("on Armenian villages continue",
    "of Ukraine began"); at most 5 words."""
    out = _agent(toks[j:clause_end(toks, j)])[:5]
    for k, t in enumerate(out):
        if k and (t.lower in _WHERE or t.lower in _VERBISH or (t.text.islower() and (
                t.lower.endswith("ed") or _plural(out[k - 1]) or _bare(out[k - 1]) in PLACES))):
            return out[:k]
    return out


def _plural(t: Token) -> bool:
    return t.text.islower() and t.lower.endswith("s") and not t.lower.endswith("ss")


def _kind(phrase: list[Token], on_ground: bool) -> str:
    """The verb's reading's kind of target, and a country's ground a place."""
    # imported here: ``accusations`` calls this module's reader
    from service.contrast.negation.blame.accusations import _kind as kind_of

    return kind_of(phrase) or ("place" if on_ground else "")


def read_nominal(r: Reading, i: int) -> None:
    """The act noun at ``i`` with its doers and its target, where both are told."""
    toks = r.toks
    act = NOMINAL_ACTS.get(toks[i].lower)
    if act is None or r.headline:
        return
    before, first = _doers_before(r, i)
    if any(t.lower in _NOT_DONE for t in toks[max(0, first - 3):first]):
        return
    doers = _named_first(_parties(before))
    j, target, on_ground, end = i + 1, None, False, toks[i].end
    for _ in range(2):  # "shelling of the towns by Armenians", "attacks by Hamas on Israel"
        if j >= len(toks):
            break
        low = toks[j].lower
        phrase = _phrase(toks, j + 1) if low == "by" or low in _TARGET else []
        if not phrase:
            break
        if low == "by":
            doers = _named_first(_parties(phrase[:4])) or doers
        elif target is None:
            # a time is no target: "attacks in March", "the strikes of the past week"
            if any(t.lower in WHEN_WORDS or t.text[:1].isdigit() for t in phrase):
                break
            target, on_ground = phrase, low in _ON_GROUND
        else:
            break
        end = phrase[-1].end
        j += 1 + len(phrase)
    if not doers or not target:
        return
    head = next((t for t in target if t.lower not in STOPWORDS), target[-1])
    start = toks[first].start if before else toks[i].start
    r.act_targets[toks[i].start] = (_key(head), frozenset(doers), start, end)
    patients = _named_first(_parties(target))
    if patients and not set(patients) & set(doers):
        r.act_patients[toks[i].start] = (frozenset(patients), _kind(target, on_ground), end)
    if not any(at == toks[i].start for _, _, at, _ in r.acts):
        r.acts.append((doers[-1], act, toks[i].start, toks[i].end))

