"""What a figure is of, where each claim names its own: one thing named before each
figure ("the basic model" / "the premium model"), a name ("The Greens won 14%" /
"Reform won 30.8%"), a place ("in Texas" / "in Louisiana") or a period ("the first
quarter" / "the second quarter"): two things' figures, no dispute."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from embeddings.matching import meeting_keys
from embeddings.types import Claim, Quantity
from service.contrast.measures.occasions import occasions
from service.contrast.said import Said
from service.contrast.text import STOPWORDS, Token, stem, tokens

_THING_REACH = 12  # tokens before a figure, in its clause, that may name what it is of
_SPEAKS = frozenset({"said", "says", "say", "told", "reported", "reports", "report",
                     "estimated", "estimates", "estimate", "claimed", "claims", "claim",
                     "counted", "put", "puts",
                     # what gives a figure, not what it is of: "ministry figures show 29 dead"
                     # and "opposition figures show 40" are a dispute
                     "figures", "figure", "data", "count", "tally", "statistics", "numbers",
                     "sources", "officials", "authorities", "media"})


def _other_things(qa: Quantity, a: Said, qb: Quantity, b: Said) -> bool:
    """"The basic model will sell for $35,000" / "The premium model will sell for $60,000":
    one thing named before each figure, each with a word before it that the other claim
    never uses, is two things, and their figures are no dispute.  A word on one side only
    ("tickets" / "VIP tickets") leaves it open: the wider name may mean the narrower thing.
    Nor is a voice a thing: "local officials said 29" / "health officials said 32"."""
    words_a = {_ONE_THING.get(w, w) for w in _stems(a.claim.text)}
    words_b = {_ONE_THING.get(w, w) for w in _stems(b.claim.text)}
    named_b = {(head, _ONE_THING.get(mod, mod))
               for head, mod in _named_at(b.claim.text, qb.start - b.claim.start)}
    return any(head == other and mod != other_mod and mod not in words_b
               and other_mod not in words_a
               for head, mod in ((h, _ONE_THING.get(m, m)) for h, m in
                                 _named_at(a.claim.text, qa.start - a.claim.start))
               for other, other_mod in named_b)


# words that name one thing in the words of two outlets: "the unemployment rate" is "the
# jobless rate"; a central bank's "benchmark", "key", "policy" or "base" rate (and "interest
# rates", as a rate decision is told) is one rate.  Not "core" and "headline" inflation, nor
# a "deposit" and a "lending" rate: two measures each
_ONE_THING = {stem(w): stem(one) for one, words in {
    "unemployment": ("jobless", "unemployment"),
    "benchmark": ("benchmark", "key", "policy", "base", "interest"),
}.items() for w in words}


def _other_named(qa: Quantity, a: Said, qb: Quantity, b: Said) -> bool:
    """"The Greens won 14%" / "Reform won 30.8% of the vote": the clause of each figure
    names, before it, what the figure is of, and neither claim names the other's: two
    parties' results, two companies' shares, two towns' tolls, no dispute.  Who gives the
    figure is no such name ("Varga said 200", "according to Reuters")."""
    named_a, named_b = _named_before(qa, a), _named_before(qb, b)
    if not named_a or not named_b:
        return False
    # said alike of each ("won", "shares rose"): "The deal values Helix at $48" / "Orion
    # will pay $46" name the two sides of one deal, whose price is disputed
    if not _clause_words(qa, a) & _clause_words(qb, b):
        return False
    return named_a.isdisjoint(_entity_keys(b)) and named_b.isdisjoint(_entity_keys(a))


# A claim's own readings below (its places, name keys, stems, the clause before each figure)
# are asked again for every claim it is compared with: the clusterer's ``one_measure`` asks
# them of each pair it scores, and each later article's clustering re-scores the stored
# pairs.  Each is read once, in bounded caches (least recently asked dropped first), keyed on
# what the reading depends on: the frozen claim (every field compared) or its text and the
# figure's offset in it.  The results are frozen, so no caller can change a cached one.
_CLAIMS_KEPT = 20_000


def _places(s: Said) -> frozenset[str]:
    """What a claim says its figures are of by "in": "killed 12 people in Texas", "In Gaza,
    40 people were killed", "Inflation was 3.2% in the US"; not who gives them ("officials
    in Texas said")."""
    return _places_of(s.claim)


@lru_cache(maxsize=_CLAIMS_KEPT)
def _places_of(claim: Claim) -> frozenset[str]:
    text, at = claim.text, claim.start
    speaker = (claim.speaker or "").lower()
    out: set[str] = set()
    for e in claim.entities:
        before = [t.lower for t in tokens(text[:max(0, e.start - at)])][-3:]
        if not _placed_by(before):
            continue
        after = tokens(text[e.end - at:])
        if (speaker and e.text.lower() in speaker) or (after and after[0].lower in _GIVES):
            continue
        out |= meeting_keys(e.text)
    return frozenset(out)


# what puts an event in a place: "marched in Paris", "through Lyon", "across Marseille";
# not "near" or "outside" (a march near a town may be the town's), nor "from" (where the
# counted came from, not where they are)
_IN_PLACE = frozenset({"in", "through", "across", "throughout"})
# a part of a town is still the town: "in central Paris", "through the streets of Lyon"
_PART_OF_TOWN = frozenset({"central", "downtown", "northern", "southern", "eastern", "western",
                           "north", "south", "east", "west", "greater", "inner"})
_PLACE_OF = frozenset({"streets", "centre", "center", "heart", "city", "capital"})


def _placed_by(before: list[str]) -> bool:
    """Do the words before a name put what the claim counts there?  "in Paris", "in the
    Gaza Strip", "in central Paris", "through the streets of Lyon"."""
    if before[-1:] and before[-1] in _IN_PLACE:
        return True
    # "cut 50 jobs at its Munich plant", "at the Berlin factory", "at Google": where a
    # company's figure is, as "in Berlin" is (who speaks from there is left out by the caller)
    if before[-1:] == ["at"] or (len(before) >= 2 and before[-2] == "at"
                                 and before[-1] in ("its", "the", "their", "his", "her")):
        return True
    if len(before) >= 2 and before[-2] in _IN_PLACE and before[-1] in _PART_OF_TOWN | {"the"}:
        return True
    # "the streets of Lyon", "the centre of Paris" after "in", "through", "took to"
    return len(before) >= 2 and before[-1] == "of" and before[-2] in _PLACE_OF


def _other_places(a: Said, b: Said) -> bool:
    """Each claim places what it counts somewhere ("in Texas" / "in Louisiana", "in France" /
    "in Spain") and neither names the other's place: two places' figures, no dispute."""
    pa, pb = _places(a), _places(b)
    return bool(pa) and bool(pb) and pa.isdisjoint(_entity_keys(b)) \
        and pb.isdisjoint(_entity_keys(a))


_PERIOD_NOUNS = frozenset({"quarter", "half", "week", "month", "day", "year", "round", "term",
                           "season", "leg", "stage"})


def periods(s: Said) -> dict[str, frozenset[float]]:
    """"in the first quarter": the ordinal periods a claim names, by noun."""
    return _periods_of(s.claim)


@lru_cache(maxsize=_CLAIMS_KEPT)
def _periods_of(claim: Claim) -> dict[str, frozenset[float]]:
    # (a dict is no frozen value: the callers only read it)
    text, start = claim.text, claim.start
    out: dict[str, set[float]] = {}
    for q in claim.numbers:
        if q.kind != "ordinal" or q.low is None:
            continue
        after = tokens(text[max(0, q.end - start):][:30].lstrip("-"))
        noun = after[0].lower.rstrip("s") if after else ""  # "first-quarter" too
        if noun in _PERIOD_NOUNS:
            out.setdefault(noun, set()).add(q.low)
    return {noun: frozenset(lows) for noun, lows in out.items()}


def _other_periods(a: Said, b: Said) -> bool:
    """"Sales rose 4% in the first quarter" / "9% in the second quarter": figures of two
    periods of one kind, as two years' are; so are counts of two events a time word tells
    apart ("the morning protest" / "the evening protest", "last year's march" / "this
    year's march": ``occasions``)."""
    pa, pb = periods(a), periods(b)
    if any(pa[k].isdisjoint(pb[k]) for k in pa.keys() & pb.keys()):
        return True
    oa, ob = occasions(a), occasions(b)
    return any(oa[k].isdisjoint(ob[k]) for k in oa.keys() & ob.keys())


def _clause_words(q: Quantity, s: Said) -> frozenset[str]:
    """Stems of the content words of a figure's clause before it, but of names."""
    return _clause_words_of(s.claim, q.start)


@lru_cache(maxsize=_CLAIMS_KEPT)
def _clause_words_of(claim: Claim, figure_start: int) -> frozenset[str]:
    names = {w.lower() for e in claim.entities for w in e.text.split()}
    return frozenset(stem(t.text) for t in _clause_before(claim.text, figure_start - claim.start)
                     if t.is_word and len(t.text) > 2 and t.lower not in STOPWORDS
                     and t.lower not in names)


# a name right before these gives the figure ("Varga cited ballot stuffing in 200 stations")
_GIVES = _SPEAKS | {"cited", "cites", "citing", "documented", "documents", "recorded",
                    "records", "counts", "tallied", "according"}


def _entity_keys(s: Said) -> frozenset[str]:
    return _entity_keys_of(s.claim)


@lru_cache(maxsize=_CLAIMS_KEPT)
def _entity_keys_of(claim: Claim) -> frozenset[str]:
    # with a written-out name's initials: "the CSTO" names what the "Collective Security
    # Treaty Organization" does (embeddings/initialisms.py)
    # and with the other form its article defines ("MSF" is "Doctors Without Borders")
    return frozenset(k for e in claim.entities for n in (e.text, e.alias) if n
                     for k in meeting_keys(n))


def _named_before(q: Quantity, s: Said) -> frozenset[str]:
    return _named_before_of(s.claim, q.start)


@lru_cache(maxsize=_CLAIMS_KEPT)
def _named_before_of(claim: Claim, figure_start: int) -> frozenset[str]:
    text, at = claim.text, claim.start
    clause = _clause_before(text, figure_start - at)
    if not clause:
        return frozenset()
    speaker = (claim.speaker or "").lower()
    out: set[str] = set()
    for e in claim.entities:
        if not (at + clause[0].start <= e.start and e.end <= figure_start):
            continue
        after = tokens(text[e.end - at:])
        if (speaker and e.text.lower() in speaker) or (after and after[0].lower in _GIVES):
            continue  # who gives the figure, not what it is of
        out |= meeting_keys(e.text)
    return frozenset(out)


@lru_cache(maxsize=_CLAIMS_KEPT)
def _clause_before(text: str, at: int) -> tuple[Token, ...]:
    """The tokens of the clause before claim-text offset ``at`` (a figure's start)."""
    toks = tokens(text[:max(0, at)])
    start = len(toks)
    while start > 0 and len(toks) - start < _THING_REACH and toks[start - 1].is_word:
        start -= 1  # back to a comma, a colon, a quote: the figure's clause
    return tuple(toks[start:])


@lru_cache(maxsize=_CLAIMS_KEPT)
def _named_at(text: str, at: int) -> tuple[tuple[str, str], ...]:
    """``_named`` of the clause before claim-text offset ``at``."""
    return tuple(_named(_clause_before(text, at)))


def _named(toks: Sequence[Token]) -> list[tuple[str, str]]:
    """(thing, the word before it) inside each noun phrase a determiner or the clause opens:
    "the basic model", "Gold prices"; not "consume erythritol" (a verb and its object)."""
    out = []
    for start in range(len(toks)):
        if start > 0 and toks[start - 1].lower not in _DETERMINERS:
            continue
        run = 0
        while start + run < len(toks) and _content(toks[start + run]):
            run += 1
        # the word right before the figure is what governs it ("the company lost 290"),
        # not a thing named
        for i in range(start + 1, min(start + run, len(toks) - 1)):
            head, mod = toks[i], toks[i - 1]
            after = toks[i + 1].lower if i + 1 < len(toks) else ""
            if after not in _SPEAKS and head.lower not in _SPEAKS \
                    and not head.lower.endswith(("ed", "ing")) \
                    and not mod.lower.endswith(("ed", "ing", "ly")):
                out.append((stem(head.text), stem(mod.text)))
    return out


_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "this",
                          "that", "these", "those"})


def _content(t: Token) -> bool:
    return t.is_word and t.lower not in STOPWORDS and len(t.text) > 2 \
        and not t.text[:1].isdigit()


@lru_cache(maxsize=_CLAIMS_KEPT)
def _stems(text: str) -> frozenset[str]:
    return frozenset(stem(t.text) for t in tokens(text) if t.is_word)
