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

One-sided wording is no factual conflict (``conflict=False``).  The lexicon is loaded in
``lexicon``, the plain senses of its words are read in ``plain_senses``, and the opposing
terms of a framing pair ("captured" vs "liberated") in ``terminology``.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence

from embeddings.matching import title_case
from embeddings.types import Difference
from service.contrast.loaded_terms import Lexicon, load_lexicon
from service.contrast.plain_senses import _neutral_sense
from service.contrast.plain_terms import plain_term
from service.contrast.quoted_labels import label_voice
from service.contrast.said import Said, listed, shown
from service.contrast.terminology import _dedupe, _stem, terminology
from service.contrast.text import STOPWORDS, fold, tokens
from service.contrast.unnamed_voices import unnamed_voice

PRIOR_SIZE = 500.0  # alpha_0 of the informative prior: how many pseudo-words the background is
UNIFORM_ALPHA = 0.01  # per-word pseudo-count without a background corpus
Z_ONE_SIDED = 1.645  # one-sided 95 %


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
            for m in lexicon.loaded.finditer(folded)
            if not _neutral_sense(folded, m.start()) and not plain_term(folded, m.start())
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
    given_voices = voices
    voices = sorted(voices if voices is not None else {s.voice for s in said})
    if len(voices) < 2:
        return []
    opposed, paired = terminology(said, lexicon)
    # a word in the singular and the plural ("militant" / "Militants") is one word: used by
    # both voices, it is no voice's alone, and paired in one number it is paired in both
    paired = {_stem(t) for t in paired}
    out = list(opposed)
    # a word belongs to the voice that chose it: a speaker inside quotation marks, else
    # mostly the outlet telling the speaker's claim (Said.chooser)
    uses: dict[str, dict[str, list[dict[str, object]]]] = {}  # term -> voice -> evidence
    for s in said:
        for start, end, found in loaded_words(s.claim.text, lexicon):
            if label_voice(s, start, end) is not None:
                continue  # a label the outlet quotes or keeps at a distance: not its wording
            term = fold(found)
            row = s.chosen_span(start, end, term=term)
            unnamed = unnamed_voice(s.claim) if "of" not in row else None
            if unnamed is not None and unnamed[1] <= start < unnamed[2]:
                row["of"] = unnamed[0]  # "Was Faked, Witness Says": the witness's account
            uses.setdefault(_stem(term), {}).setdefault(str(row["voice"]), []).append(row)
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
        who = listed([shown(v, _source_of(v, evidence)) for v in users])
        use = "uses" if len(users) == 1 else "use"
        summary = f"Only {who} {use} the loaded wording {quoted}{account}."
        if given_voices is None and len(users) == 1 and _source_of(users[0], evidence):
            summary = _outlet_words(said, users[0], voices, quoted, account, told) or summary
        out.append(Difference(kind="wording", conflict=False, evidence=evidence,
                              summary=summary))
    return out


def _outlet_words(said: list[Said], outlet: str, voices: Sequence[str], quoted: str,
                  account: str, told: list[str]) -> str | None:
    """An outlet's own words set against the speakers it quotes itself: "Only Azerbaijani
    opinion piece uses 'occupation'" reads as one outlet against others where both sides
    are that outlet (its own voice, and Baku's words it quotes).  Where every other voice is
    one it quotes: "X uses ... in its own words; the words it quotes from Baku do not";
    where others are other outlets too: "Only X, in its own words, uses ..."; None where
    the outlet quotes no one here (the plain sentence says it)."""
    others = [v for v in voices if v != outlet]
    quoting = {s.voice for s in said if s.claim.source == outlet and s.voice != outlet}
    if not quoting:
        return None
    if others and all(v in quoting for v in others):
        # (a speaker whose claim the outlet words so is not one whose words lack it)
        froms = " and ".join(shown(v) for v in others if v not in told)
        rest = f"; the words it quotes from {froms} do not" if froms else ""
        return f"{outlet} uses the loaded wording {quoted} in its own words{account}{rest}."
    if account:  # "telling what X said" already says whose words they are
        return None
    return f"Only {outlet}, in its own words, uses the loaded wording {quoted}."


def _source_of(voice: str, evidence: tuple[dict[str, object], ...]) -> str | None:
    """The outlet, when ``voice`` is one (an outlet's name is said as it is spelt)."""
    return next((voice for r in evidence if r["source"] == voice), None)


__all__ = ["Lexicon", "load_lexicon", "loaded_words", "log_odds_z", "terminology",
           "wording_differences"]
