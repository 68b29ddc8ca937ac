"""Loaded or one-sided wording: words one voice uses and the others avoid.

Two sources of evidence:

* a shipped lexicon of loaded news-framing terms (``loaded_terms.json``, written for the
  seed story, and ``loaded_terms_learned.json``, general words learned from BABE's tuning
  topics by ``learn_loaded_terms.py``): one use is enough, because the term carries its
  framing by itself ("ethnic cleansing", "regime", "slammed");
* weighted log-odds with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008,
  "Fightin' Words") of each word in one voice's claims against the other voices', the prior
  taken from background word counts (all stored claims) when given.  Its z-score needs
  repeated use to pass, so on small clusters it stays quiet by design: a single unusual word
  is not evidence of a slant.

Framing pairs in the lexicon name one thing from opposite positions ("captured" vs
"liberated"); when two voices each use one side, that is a ``terminology`` difference.
Neither is a factual conflict (``conflict=False``).
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from embeddings.matching import title_case
from embeddings.types import Claim, Difference
from service.contrast.said import Said, evidence_order, shown
from service.contrast.text import STOPWORDS, fold, tokens

LOADED_TERMS = Path(__file__).with_name("loaded_terms.json")
# general loaded words learned from BABE's tuning topics (learn_loaded_terms.py)
LEARNED_TERMS = Path(__file__).with_name("loaded_terms_learned.json")
PRIOR_SIZE = 500.0  # alpha_0 of the informative prior: how many pseudo-words the background is
UNIFORM_ALPHA = 0.01  # per-word pseudo-count without a background corpus
Z_ONE_SIDED = 1.645  # one-sided 95 %
Related = Callable[[Claim, Claim], bool]


@dataclass(frozen=True)
class Lexicon:
    loaded: re.Pattern[str]
    # term -> each (pair id, side) it is in: "protest" is a side of what happened on a road
    # (blockade / protest) and of what a crowd is called (riot / protest)
    pair_of: dict[str, tuple[tuple[str, int], ...]]
    pairs: re.Pattern[str]
    about: dict[str, str]  # pair id -> what the pair names
    # pair terms that name their thing in any context: phrases and loaded words; a plain
    # word ("attack", "protest", "government") has other senses that only the shared claim
    # of a cluster rules out ("attacked the Minsk Group", "the resistance of the lobby")
    marked: frozenset[str] = frozenset()


def _pattern(terms: list[str]) -> re.Pattern[str]:
    """Whole-word, longest first; single words also in plural / -ed / -ing form."""
    alts = []
    for term in sorted(set(terms), key=len, reverse=True):
        body = re.escape(fold(term))
        alts.append(body if " " in term or "-" in term else body + r"(?:s|es|d|ed|ing)?")
    return re.compile(r"(?<![\w-])(" + "|".join(alts) + r")(?![\w-])")


@lru_cache(maxsize=8)
def load_lexicon(extra: Path | None = None) -> Lexicon:
    """The shipped lexicon, plus a user file of the same shape ({"loaded": [...], "pairs": []})."""
    data = json.loads(LOADED_TERMS.read_text(encoding="utf-8"))
    learned = json.loads(LEARNED_TERMS.read_text(encoding="utf-8"))
    loaded, pairs = list(data["loaded"]) + list(learned["loaded"]), list(data["pairs"])
    if extra is not None:
        more = json.loads(Path(extra).read_text(encoding="utf-8"))
        loaded += more.get("loaded", [])
        pairs += more.get("pairs", [])
    pair_of: dict[str, tuple[tuple[str, int], ...]] = {}
    for pair in pairs:
        for side, terms in enumerate(pair["sides"]):
            for term in terms:
                known = pair_of.get(fold(term), ())
                if all(p != pair["id"] for p, _ in known):
                    pair_of[fold(term)] = (*known, (pair["id"], side))
    folded_loaded = {fold(t) for t in loaded}
    marked = frozenset(t for t in pair_of if " " in t or "-" in t or t in folded_loaded)
    return Lexicon(_pattern(loaded), pair_of, _pattern(list(pair_of)),
                   {p["id"]: p.get("about", p["id"]) for p in pairs}, marked)


def _base(found: str, known: Mapping[str, object]) -> str:
    """The lexicon term a match stands for ("massacres" -> "massacre")."""
    if found in known:
        return found
    for cut in ("ing", "es", "ed", "s", "d"):
        if found.endswith(cut) and found[: -len(cut)] in known:
            return found[: -len(cut)]
    return found


# "claimed victory", "claimed responsibility", "the flood claimed 30 lives": no doubt is cast
_NEUTRAL_CLAIM = re.compile(
    r"claim(?:s|ed|ing)?\s+(?:(?:a|an|the|his|her|their|its|overall|outright)\s+)?"
    r"(?:victory|victories|win|responsibility|credit|title|lead|seats?|throne|crown|asylum"
    r"|compensation|benefits?|damages|ownership|record|gold|silver|bronze|first|top"
    # "No group has claimed the attack": responsibility taken for it
    r"|attacks?|bombings?|blasts?|killings?|assaults?|kidnappings?"
    # "claimed more than 30 lives", "claimed the life of a pilot": a toll
    r"|(?:(?:more\s+than|at\s+least|over|nearly|almost|about|around|some|up\s+to)\s+)?"
    r"[\d,.]+|(?:[a-z]+\s+)?(?:lives|life))\b"
    # "was forced to return to Lyon", "a forced landing": what a plane, a plant or a match
    # had to do is no framing of people ("forced to flee" is)
    r"|forced\s+(?:to\s+(?:return|land|divert|turn|close|shut|cancel|suspend|delay|halt"
    r"|stop|postpone|call\s+off)|landing)\b"
    # "the fire forced the evacuation of 1,200 residents", "forced the closure of the
    # road": what an event made necessary, told plainly
    r"|forced\s+(?:the\s+|a\s+)?(?:temporary\s+|partial\s+|full\s+)?(?:evacuation|closure"
    r"|cancellation|postponement|suspension|shutdown|delay|diversion|halt|rescheduling"
    r"|grounding)s?\b")


# "the inspection regime", "the sanctions regime", "a visa-free regime": a regime of rules,
# not a government called one
_RULES = frozenset({
    "inspection", "inspections", "verification", "monitoring", "safeguards", "sanction",
    "sanctions", "ceasefire", "cease-fire", "truce", "silence", "visa", "visa-free", "tax",
    "trade", "tariff", "customs", "export", "import", "control", "regulatory", "legal",
    "licensing", "quota", "border", "asylum", "residency", "nonproliferation",
    "non-proliferation", "currency", "exchange-rate", "monetary", "pension", "subsidy", "patent",
    "copyright", "privacy", "disclosure", "reporting", "compliance", "emergency", "quarantine",
    "lockdown", "treatment", "training", "dosing", "diet", "fitness", "exercise", "medication",
    "flow", "temperature", "drug", "drugs", "dosage", "therapy", "vaccination", "testing",
    "screening", "feeding", "workout", "sleep", "care", "skincare", "chemotherapy"})
_REGIME = re.compile(r"regimes?(?![\w-])")
_WORD_BEFORE = re.compile(r"([\w-]+)\W*$")


# "A wildfire forced 12,000 residents to flee": what a hazard forces is no one's framing
# (what an army or a government "forced" people to do is)
_HAZARD_BEFORE = re.compile(
    r"\b(?:fire|wildfire|bushfire|blaze|flames|floods?|flooding|flood\s?waters?|storm|hurricane"
    r"|typhoon|cyclone|earthquake|quake|eruption|volcano|tsunami|landslide|mudslide|avalanche"
    r"|heatwave|heat|drought|tornado|snowstorm|blizzard|leak|explosion|blast|outbreak"
    r"|pandemic|virus)s?\b[^.;:]{0,60}$")
_FORCED = re.compile(r"forc(?:ed|es|ing)\b")


# "admitted" casts a statement as a confession ("the minister admitted that ..."); taken in
# is its plain sense: "was admitted to hospital", "were admitted into the ICU", "Turkey was
# admitted to NATO", and what a hospital or a school does ("Hospitals have admitted 45
# patients", "admitted dozens of people overnight"); "admitted to taking bribes" and
# "admitted 12 counts of fraud" confess
_ADMITTED = re.compile(r"admit(?:s|ted|ting)?\b")
_TAKEN_IN_BEFORE = re.compile(r"\b(?:was|were|been|being|be|is|are|get|got|gets|getting"
                              r"|later|recently|newly|all)\s+$")
_TAKEN_IN_AFTER = re.compile(r"\s+(?:to|into|at|as)\b")
_ADMITS_PEOPLE = re.compile(
    r"admit(?:s|ted|ting)?\s+(?:(?:about|around|nearly|almost|some|more\s+than|at\s+least|over"
    r"|another|a\s+further|an\s+additional|up\s+to)\s+)?(?:[\d,.]+|dozens|hundreds|thousands"
    r"|scores|a\s+(?:few|handful|number)|(?:one|two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?)?"
    r"\s*(?:of\s+)?(?:new\s+|more\s+|other\s+)?(?:patients|people"
    r"|children|adults|students|pupils|members|refugees|migrants|casualties|victims|applicants"
    r"|babies|infants|residents|passengers|soldiers|women|men|cases)\b")
# water that floods: "streets were flooded after the river burst its banks", "the town was
# flooded"; what a story says is "flooded with" or "by" migrants, imports or complaints is
# the metaphor the lexicon means (not "flooded by the river")
_FLOODED_WITH = re.compile(r"flood(?:s|ed|ing)\s+(?:[\w'-]+\s+){0,3}?(?:with|by)\s+"
                           r"(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?P<what>[\w-]+)")
_WATER = re.compile(r"\b(?:rain\w*|river|rivers|storm|storms|water|waters|flood|floods|flooding"
                    r"|floodwaters?|sea|seas|banks|monsoon|typhoon|hurricane|cyclone|tides?|dam"
                    r"|dams|levees?|downpours?|deluge|snowmelt|overflow\w*|burst|tsunami|waves?"
                    r"|inundat\w*|submerged)\b")
_FLOODED = re.compile(r"flood(?:s|ed|ing)\b")
# a tsunami that the sea sends: "the tsunami killed 200", "a tsunami warning"; "a tsunami of
# lawsuits" is a figure of speech
_TSUNAMI = re.compile(r"tsunamis?\b")
_SEA_OR_QUAKE = re.compile(r"\b(?:quake|quakes|earthquake|earthquakes|magnitude|waves?|warnings?"
                           r"|alerts?|coast\w*|sea|ocean|shore|tide|tidal|seismic|epicent\w*"
                           r"|struck|hit|killed|swept|surge|evacuat\w*)\b")
# "police seized 2 tonnes of cocaine", "customs seized the shipment": goods taken by the law,
# not land taken by an army ("rebels seized the town")
_SEIZED_GOODS = re.compile(
    r"seiz(?:e|es|ed|ing)\s+(?:(?:about|around|nearly|almost|some|more\s+than|at\s+least"
    r"|over|a\s+record)\s+)?(?:[\d,.]+\s*(?:[a-z]+\s+)?|the\s+|a\s+|an\s+|their\s+|his\s+"
    r"|her\s+|its\s+)?(?:[a-z]+\s+)?(?:tonnes?|tons?|kilos?|kilograms?|kg|pounds|grams?"
    r"|drugs|cocaine|heroin|cannabis|marijuana|methamphetamine|meth|fentanyl|opium|weapons"
    r"|guns|firearms|rifles|ammunition|arms|explosives|cash|money|assets|property|properties"
    r"|documents|computers|phones|laptops|devices|vehicles|cars|goods|items|evidence"
    r"|passports|shipments?|cargo|contraband|counterfeit\w*|cigarettes|ivory|packages?"
    r"|bank\s+accounts|accounts|funds|yachts?|vessels?|tankers?|ships?)\b")


def _neutral_sense(folded: str, start: int) -> bool:
    if _NEUTRAL_CLAIM.match(folded, start):
        return True
    if (admitted := _ADMITTED.match(folded, start)) is not None:
        return bool((_TAKEN_IN_BEFORE.search(folded, max(0, start - 20), start)
                     and _TAKEN_IN_AFTER.match(folded, admitted.end()))
                    or _ADMITS_PEOPLE.match(folded, start))
    if _FLOODED.match(folded, start):
        flooded_with = _FLOODED_WITH.match(folded, start)
        return flooded_with is None or _WATER.fullmatch(flooded_with.group("what")) is not None
    if (tsunami := _TSUNAMI.match(folded, start)) is not None:
        after = folded[tsunami.end():]
        return not re.match(r"\s+of\s+[a-z]", after) \
            and _SEA_OR_QUAKE.search(folded[:start] + " " + after) is not None
    if _SEIZED_GOODS.match(folded, start):
        return True
    if _FORCED.match(folded, start) and _HAZARD_BEFORE.search(folded, max(0, start - 90),
                                                              start):
        return True
    if _REGIME.match(folded, start):
        before = _WORD_BEFORE.search(folded, max(0, start - 40), start)
        return before is not None and before.group(1) in _RULES
    return False


# a capitalised word beside the match, within the same run of words
_CAPITALISED_BEFORE = re.compile(r"\b[A-Z][\w'’.-]*\s+$")
_CAPITALISED_AFTER = re.compile(r"\s+(?:of\s+(?:the\s+)?)?[A-Z]")
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?:;\"“‘(\[]|--|—)\s*$")


def _in_a_name(text: str, start: int, end: int) -> bool:
    """Whether the term is a word of a proper name ("the People's Liberation Army", "the
    Palestine Liberation Organization", "the Revolutionary Guard", "the Freedom Caucus"):
    the organisation's own name, which every outlet writes alike, is no outlet's framing.
    Capitalised mid-sentence beside another capitalised word; a word capitalised only
    because it opens the sentence, the term's ("Regime forces shelled ...") or the one
    before it ("To TrumpWorld, ...", "The Regime ..."), says nothing of a name."""
    if not text[start:start + 1].isupper() or _SENTENCE_OPENS.search(text, 0, start):
        return False
    before = _CAPITALISED_BEFORE.search(text, max(0, start - 40), start)
    if before is not None and not _SENTENCE_OPENS.search(text, 0, before.start()):
        return True
    return _CAPITALISED_AFTER.match(text, end) is not None


_MINOR = frozenset({"a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or",
                    "but", "by", "with", "from", "as", "into"})
_LOWER_WORD = re.compile(r"(?<![\w*'’-])[a-z][a-z'’-]*")


def _headline(text: str) -> bool:
    """A Title Case headline ("Troops Loyal To Regime Shell Rebel Town"): ``title_case``,
    with no word but a minor one in lower case.  A sentence dense with names still has a
    verb in lower case ("Leaders of the Palestine Liberation Organization met in ...")."""
    return title_case(text) and all(w in _MINOR for w in _LOWER_WORD.findall(text))


def loaded_words(text: str, lexicon: Lexicon | None = None) -> list[tuple[int, int, str]]:
    """Spans (start, end, matched text) of loaded terms in ``text``, in order."""
    lexicon = lexicon or load_lexicon()
    folded = fold(text)
    headline = _headline(text)  # every word capitalised: capitals name no name
    return [(m.start(), m.end(), text[m.start():m.end()])
            for m in lexicon.loaded.finditer(folded) if not _neutral_sense(folded, m.start())
            and (headline or not _in_a_name(text, m.start(), m.end()))]


# -- Fightin' Words --------------------------------------------------------------------------
def log_odds_z(mine: Counter[str], theirs: Counter[str],
               background: Counter[str] | None = None) -> dict[str, float]:
    """z-scores of the weighted log-odds ratio of each of ``mine``'s words, mine vs theirs."""
    vocab = set(mine) | set(theirs)
    if background:
        total = sum(background.values()) + len(vocab)
        alpha = {w: PRIOR_SIZE * (background.get(w, 0) + 1) / total for w in vocab}
    else:
        alpha = dict.fromkeys(vocab, UNIFORM_ALPHA)
    a0 = sum(alpha.values())
    n_i, n_j = sum(mine.values()), sum(theirs.values())
    out = {}
    for w in mine:
        a, yi, yj = alpha[w], mine[w], theirs.get(w, 0)
        rest_i, rest_j = n_i + a0 - yi - a, n_j + a0 - yj - a
        if rest_i <= 0 or rest_j <= 0:
            continue  # a one-word vocabulary: no odds to compare
        delta = math.log((yi + a) / rest_i) - math.log((yj + a) / rest_j)
        out[w] = delta / math.sqrt(1 / (yi + a) + 1 / (yj + a))
    return out


# -- differences -----------------------------------------------------------------------------
def wording_differences(said: list[Said], lexicon: Lexicon,
                        background: Counter[str] | None = None,
                        voices: Sequence[str] | None = None) -> list[Difference]:
    """``voices``: who could have chosen a word; the claims' voices unless given (of one
    voice's claim told by several outlets, the outlets and that voice)."""
    voices = sorted(voices if voices is not None else {s.voice for s in said})
    if len(voices) < 2:
        return []
    opposed, paired = terminology(said, lexicon)
    out = list(opposed)
    # a word belongs to the voice that chose it: a speaker inside quotation marks, else
    # mostly the outlet telling the speaker's claim (Said.chooser)
    uses: dict[str, dict[str, list[dict[str, object]]]] = {}  # term -> voice -> evidence
    for s in said:
        for start, end, found in loaded_words(s.claim.text, lexicon):
            term = fold(found)
            row = s.chosen_span(start, end, term=term)
            uses.setdefault(term, {}).setdefault(str(row["voice"]), []).append(row)
    # keyed by the voices that use the words: a term two voices of five use ("dictator"
    # where the others say "leader") is one difference of those two, not one of each
    one_sided: dict[tuple[str, ...], list[dict[str, object]]] = {}
    for term, by_voice in uses.items():
        if len(by_voice) < len(voices) and term not in paired:
            users = tuple(sorted(by_voice))
            one_sided.setdefault(users, []).extend(r for rows in by_voice.values() for r in rows)
    counts: dict[str, Counter[str]] = {}
    where: dict[str, list[tuple[Said, int, int]]] = {}  # word -> (claim, span) it was used at
    for s in said:
        for t in tokens(s.claim.text):
            if t.is_word and len(t.text) > 2 and t.lower not in STOPWORDS:
                counts.setdefault(s.chooser(t.start), Counter())[t.lower] += 1
                where.setdefault(t.lower, []).append((s, t.start, t.end))
    choosers = sorted(counts)
    for voice in choosers:
        others = Counter[str]()
        for v in choosers:
            if v != voice:
                others.update(counts[v])
        z = log_odds_z(counts[voice], others, background)
        for word in sorted(w for w, score in z.items() if score >= Z_ONE_SIDED and not others[w]):
            one_sided.setdefault((voice,), []).extend(
                s.chosen_span(a, b, term=word, z=round(z[word], 2))
                for s, a, b in where[word] if s.chooser(a) == voice)
    for users in sorted(one_sided):
        evidence = _dedupe(one_sided[users])
        terms = list(dict.fromkeys(str(r["text"]) for r in evidence))
        quoted = ", ".join(f"“{t}”" for t in terms[:5])
        told = list(dict.fromkeys(str(r["of"]) for r in evidence if "of" in r))
        also = "" if all("of" in r for r in evidence) else "also "
        account = (f", {also}telling what {' and '.join(shown(t) for t in told)} said"
                   if told else "")
        who = " and ".join(shown(v, _source_of(v, evidence)) for v in users)
        use = "uses" if len(users) == 1 else "use"
        out.append(Difference(kind="wording", conflict=False, evidence=evidence,
                              summary=f"Only {who} {use} the loaded wording {quoted}{account}."))
    return out


# "the military government", "the army-led authorities": a government of soldiers is what
# "junta" says, said plainly; set against "junta" it is no opposing label
_RULERS = frozenset({"government", "authorities", "administration"})
_BY_SOLDIERS = re.compile(r"\b(?:military|army|military-led|army-led|military-run"
                          r"|army-backed|military-backed)\s+(?:(?:new|ruling|interim|transitional|provisional"
                          r"|caretaker|de\s+facto)\s+)?$")

# "riot gear", "riot police": the word names equipment or a unit, not what the crowd did
_COMPOUND_HEADS = frozenset({"gear", "police", "shield", "shields", "squad", "squads", "control",
                             "act", "helmet", "helmets", "van", "vans", "training"})
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


@dataclass(frozen=True)
class _Use:
    """One use of a framing term: its evidence row, whose thing it names (a name before it,
    "the Trump administration", "China's regime", or after "of"), and the claim's words."""

    voice: str
    side: int
    row: dict[str, object]
    owner: str | None
    words: frozenset[str]
    claim: Claim


def _key(word: str) -> str:
    return word.lower().replace("’", "'").removesuffix("'s")[:4]


def _owner(text: str, start: int, end: int) -> str | None:
    before = _WORD.findall(text[:start])
    if before and before[-1][0].isupper() and len(before) > 1 \
            and not text[:start].rstrip().endswith((".", "!", "?", ":")):
        return _key(before[-1])
    after = _WORD.findall(text[end:end + 40])
    if len(after) >= 2 and after[0].lower() == "of" and after[1][0].isupper():
        return _key(after[1])
    return None


def _same_thing(a: _Use, b: _Use) -> bool:
    """Both terms can name one thing: no owner, or an owner the other claim also names."""
    if a.owner and b.owner:
        return a.owner == b.owner
    return (a.owner is None or a.owner in b.words) and (b.owner is None or b.owner in a.words)


def terminology(said: Sequence[Said], lexicon: Lexicon, related: Related | None = None,
                marked_only: bool = False) -> tuple[list[Difference], set[str]]:
    """Opposing terms of one framing pair used by two voices for one thing, and the terms so
    paired.  ``related(a, b)``: whether two claims can speak of one thing at all (within a
    cluster they match, so they can; across clusters the caller says); ``marked_only``: only
    terms that keep their sense out of the cluster's context (``Lexicon.marked``)."""
    uses: dict[str, list[_Use]] = {}
    for s in said:
        text = s.claim.text
        folded = fold(text)
        found = list(lexicon.pairs.finditer(folded))
        if not found:
            continue
        words = frozenset(_key(w) for w in _WORD.findall(text))
        headline = title_case(text)  # every word capitalised: capitals name no owner
        for m in found:
            term = _base(m.group(), lexicon.pair_of)
            following = _WORD.findall(folded[m.end():m.end() + 20])
            if term not in lexicon.pair_of or (following[:1] and following[0] in _COMPOUND_HEADS) \
                    or (marked_only and term not in lexicon.marked) \
                    or _neutral_sense(folded, m.start()) \
                    or (term in _RULERS and _BY_SOLDIERS.search(folded, max(0, m.start() - 40),
                                                                m.start())):
                continue
            for pair, side in lexicon.pair_of[term]:
                row = s.chosen_span(m.start(), m.end(), term=term, side=side)
                uses.setdefault(pair, []).append(_Use(
                    str(row["voice"]), side, row,
                    None if headline else _owner(text, m.start(), m.end()), words, s.claim))
    out, paired = [], set()
    for pair in sorted(uses):
        # the uses that meet a use of the other side by another voice, naming the same thing
        met = [u for u in uses[pair] if any(
            v.side != u.side and v.voice != u.voice and _same_thing(u, v)
            and (related is None or related(u.claim, v.claim)) for v in uses[pair])]
        by_side: dict[int, dict[str, list[dict[str, object]]]] = {}
        for u in met:
            by_side.setdefault(u.side, {}).setdefault(u.voice, []).append(u.row)
        users = [set(by_side.get(k, {})) for k in (0, 1)]
        # two voices each on one side; a voice using both sides still shows its choice
        if not users[0] or not users[1] or users[0] == users[1] or len(users[0] | users[1]) < 2:
            continue
        rows = _dedupe([r for k in (0, 1) for v in sorted(by_side[k]) for r in by_side[k][v]])
        paired |= {str(r["term"]) for r in rows}
        said_as = " vs ".join(_side(rows, k, users[k]) for k in (0, 1))
        # opposing labels for one thing ("offensive" / "anti-terror operation") are a
        # disagreement a reader must see, even where the facts underneath agree
        out.append(Difference(kind="terminology", conflict=True, evidence=rows,
                              summary=f"Sources use opposing terms for {lexicon.about[pair]}: "
                                      f"{said_as}."))
    return out, paired


def _side(rows: Sequence[dict[str, object]], side: int, voices: set[str]) -> str:
    terms = dict.fromkeys(str(r["text"]) for r in rows if r["side"] == side)
    return "/".join(f"“{t}”" for t in terms) + f" ({', '.join(sorted(voices))})"


def _dedupe(rows: list[dict[str, object]]) -> tuple[dict[str, object], ...]:
    seen: dict[tuple[object, ...], dict[str, object]] = {}
    for row in rows:
        seen.setdefault((row["claim_id"], row["voice"], row["start"], row["end"]), row)
    return tuple(sorted(seen.values(), key=evidence_order))


def _source_of(voice: str, evidence: tuple[dict[str, object], ...]) -> str | None:
    """The outlet, when ``voice`` is one (an outlet's name is said as it is spelt)."""
    return next((voice for r in evidence if r["source"] == voice), None)
