"""A negated clause that restates the other claim, and what sets it apart: a denial of
the opposite, a stance on what one denies a part in, a word in another sense."""

from __future__ import annotations

from service.contrast.negation.details import clause_other_particulars
from service.contrast.negation.elided import elided_parts
from service.contrast.negation.lexicon import CLAUSE_MARKS, CLAUSE_WORDS
from service.contrast.negation.modality import _FORECAST, _ability_against_plan, _irrealis, _unreal
from service.contrast.negation.objects import (
    _LIGHT_VERBS,
    _LOSING,
    _all_stems,
    _object_at,
    _same_object,
    _same_sense,
    _taken_away,
)
from service.contrast.negation.prefixed import prefixed_negation
from service.contrast.negation.reading import Reading, clause_end, clause_start, is_content, is_cue
from service.contrast.negation.subjects import _two_subjects
from service.contrast.negation.targets import two_targets
from service.contrast.negation.when_where import _where_when
from service.contrast.text import stem

# of a negated clause's content words, how many the other claim must use (and what share):
# two shared words tie the clause to the statement, not just to the story
NEGATED_CLAUSE_SHARED = 2


NEGATED_CLAUSE_SHARE = 0.4


NEGATED_CLAUSE_COVERS = 0.5  # of the other claim's content words


def _denies_the_opposite(neg: Reading, span: tuple[int, int], denied: frozenset[str] | set[str],
                         pos: Reading) -> bool:
    """The denied clause (``denied``: its stems) says the opposite of what the other side
    says, so denying it agrees with it: "never claimed the drug was unsafe" / "said the drug
    was safe", "denied the talks had failed" / "the talks succeeded", "denied they were
    dishonest" / "were honest" (not "The claim is incorrect": its word is the denial)."""
    low, high = span
    inside = [t for t in neg.toks if low <= t.start < high and stem(t.text) in denied]
    for pair, (_, start, end) in neg.poles.items():
        if any(start <= t.start < end for t in inside) and pair in pos.poles \
                and neg.pole_said.get(pair) == -pos.poles[pair][0]:
            return True
    for tok in inside:
        # "unstable" / "stable"; "dis-" only where its word is the other side's
        base = prefixed_negation(tok.lower) or (
            tok.lower[3:] if tok.lower.startswith("dis") and len(tok.lower) >= 8 else None)
        if base and stem(base) in pos.asserted and stem(tok.text) not in pos.asserted:
            return True
    return False


# "denied any involvement in the attack": a part in it, which a side's view of it
# ("condemned the attack", "welcomed the deal") does not assert
_PART_NOUNS = frozenset({"involvement", "role", "part", "hand", "complicity", "participation",
                         "responsibility", "link", "links", "ties"})
_STANCE = frozenset(stem(w) for w in (
    "condemned", "denounced", "deplored", "decried", "criticised", "criticized", "mourned",
    "welcomed", "praised", "hailed", "regretted", "lamented", "applauded"))


# how someone feels about a thing: "McDonald's Not Lovin' US Sales", "investors are not happy
# with the merger" negate a feeling, which only a claim that tells a feeling or a stance
# restates ("Investors welcomed the merger"); "McDonald's Sales Tank In February" tells what
# became of the sales, and so agrees with the headline's pun on the slogan.  With the "-in'"
# of speech ("lovin'") as the word
_FEELING_WORDS = ("loving", "liking", "enjoying", "wanting", "relishing", "appreciating",
                  "adoring", "love", "like", "enjoy", "want", "relish", "appreciate", "adore",
                  "happy", "pleased", "thrilled", "impressed", "excited", "satisfied", "amused",
                  "fond", "keen", "enthusiastic")
_FEELING = frozenset(stem(w) for w in _FEELING_WORDS) \
    | frozenset(stem(w[:-1]) for w in _FEELING_WORDS if w.endswith("ing"))


def _feeling_of_what_the_other_tells(neg: Reading, head: str | None,
                                     shared: frozenset[str] | set[str], pos: Reading) -> bool:
    """The negated clause says how someone feels about what the other side tells of, and the
    other side tells no feeling: "McDonald's Not Lovin' US Sales" / "McDonald's Sales Tank"."""
    return head in _FEELING and head not in shared \
        and not any(w in _FEELING or w in _STANCE for w in pos.asserted)


def _stance_on_what_one_denies_a_part_in(neg: Reading, pos: Reading) -> bool:
    """"The government denied any involvement in the attack" / "The government condemned the
    attack": the other side says what the denier thinks of the thing, not that it took part."""
    if neg.denial is None:
        return False
    start, end = neg.denial
    if not any(t.lower in _PART_NOUNS for t in neg.toks if start <= t.start < end):
        return False
    return any(w in _STANCE for w in pos.asserted)


def _negated_clause_match(neg: Reading, pos: Reading) -> tuple[int, int] | None:
    asserted = set(pos.asserted) | _all_stems(pos)
    for words, common, negated, span in neg.negated_clauses:
        shared = words & asserted
        # a name in the negated part ("by Mueller") says who, not what is denied
        if not any(_stem_in_one_sense(neg, span, pos, w) for w in shared & negated & common):
            # only the subject (and when) shared, or the negated word in another sense
            # ("didn't do him any favors" / "he favored"): the other side says something else
            continue
        head = _head(neg, span, negated)
        if head in _LIGHT_VERBS and not _same_object(neg.objects.get(head, set()), pos, head):
            continue  # "did not make sense that the virus ..." / "the virus was made"
        if head in pos.asserted and head not in _LIGHT_VERBS \
                and not _same_object(neg.objects.get(head, set()), pos, head) \
                and _all_stems(neg).isdisjoint(_object_at(pos, head)):
            # "did not pass the Senate" / "passed the House": done to another thing ("not
            # poking holes in the potato" / "poking a potato" names the one thing)
            continue
        if _feeling_of_what_the_other_tells(neg, head, shared, pos):
            continue  # "Not Lovin' US Sales" / "Sales Tank In February": no feeling told
        if head in _FORECAST and head not in shared:
            continue  # "is not expected to announce layoffs" / "announced 500 layoffs"
        if head in _LOSING or any(_taken_away(pos, pos.asserted[w][0])
                                  for w in sorted(shared) if w in pos.asserted):
            # a loss negated is none ("did not miss the penalty" / "scored the penalty"), and
            # a loss says what the negation says ("lacks enough beds" / "does not have")
            continue
        cue = next((j for j, t in enumerate(neg.toks)
                    if span[0] <= t.start < span[1] and is_cue(neg.toks, j)), None)
        if cue is not None and any(a and b and a.isdisjoint(b) for a, b in zip(
                _where_when(neg, cue), _where_when(pos, -1), strict=True)):
            continue  # "did not meet in Vienna" / "The two leaders met in Geneva."
        if cue is not None and head in pos.asserted and _two_subjects(
                neg, neg.toks[cue].start, pos, pos.asserted[head][0]):
            continue  # "Oil prices did not rise" / "Gold prices rose": of another subject
        if clause_other_particulars(neg, span, head, pos):
            continue  # "not playing on a playground" / "playing on the outdoor gym"
        if cue is not None and head is not None and two_targets(neg, neg.toks[cue].start, pos,
                                                                head):
            continue  # "Trump was not being investigated" / "the investigation into Flynn"
        if cue is not None and any(
                _ability_against_plan(neg, neg.toks[cue].start, pos, t.start)
                for t in pos.toks if stem(t.lower) == head):
            continue  # "can not announce an end" / "discussing plans to announce an end"
        if head not in shared and (_prefix_negates(pos, head)
                                   or _said_negatively(neg, pos, shared)):
            # "will not pay a dividend" / "scrapped its dividend"; "has not yet decided" /
            # "is still undecided" (a prefix negates the word there)
            continue
        taken, when = elided_parts(neg, span)
        if (taken and not taken & asserted) or (when and not when & asserted):
            continue  # "has a port now, but won't when it ships" / "has a port": of now
        if shared & negated & common == {head} \
                and (negated & common) - shared:
            # "did not win the title" / "won the match": only the verb is shared, and what
            # was (not) done is another thing ("not cutting a potato" / "slicing a potato"
            # shares the thing, in other words for the act)
            continue
        # the clause must restate most of the other claim: "the ambassadors did not attend
        # the ceremony" only names the people and the event of "the ministry condemned the
        # ambassadors over the ceremony"; and names alone ("Nagorno-Karabakh was not
        # Armenian territory") say the story, not the statement
        if len(shared) >= NEGATED_CLAUSE_SHARED and shared & common \
                and len(shared) >= NEGATED_CLAUSE_SHARE * len(words) \
                and (len(shared) >= NEGATED_CLAUSE_COVERS * len(asserted)
                     or _restates_a_clause(shared, pos)):
            return span
    return None


def _prefix_negates(pos: Reading, head: str | None) -> bool:
    """The other side negates the word by a prefix ("undecided", "inactive", "disagreed")."""
    return head is not None and (head in pos.negated or any(
        (low[:2] in ("un", "in", "im", "il", "ir") and stem(low[2:]) == head)
        or (low[:3] == "dis" and stem(low[3:]) == head)
        for low in (t.lower for t in pos.toks if t.is_word)))


def _said_negatively(neg: Reading, pos: Reading, shared: frozenset[str] | set[str]) -> bool:
    """The other side puts the negated predicate in other words, and its words are the
    negative side of opposites ("scrapped", "acquitted", "rejected") that the negated clause
    does not use: it says what the negation says.  (Where the negated word is of that pair
    too, the two are compared as poles: "did not arrest" / "detained" still dispute.)"""
    for pair, (sign, start, end) in pos.poles.items():
        if sign != -1 or pos.pole_said.get(pair) != -1 or pair in neg.poles or any(
                stem(t.text) in shared for t in pos.toks if start <= t.start < end):
            continue  # ("not surprised by the rate cut": its "cut" is the other's too)
        at = next((j for j, t in enumerate(pos.toks) if t.start >= start), len(pos.toks))
        first = at
        while not clause_start(pos.toks, first):
            first -= 1
        clause = pos.toks[first:clause_end(pos.toks, at + 1)]
        if any(stem(t.text) in shared for t in clause if is_content(t)):
            return True
    return False


def _restates_a_clause(shared: frozenset[str] | set[str], pos: Reading) -> bool:
    """One clause of the other claim is mostly the negated clause's words: "Police fired tear
    gas" in "Police fired tear gas and used batons to break up the march, witnesses said"
    (the rest of that claim says more, which the whole-claim share would count against)."""
    clauses: list[set[str]] = [set()]
    relative = [False]
    for i, tok in enumerate(pos.toks):
        if tok.lower in CLAUSE_MARKS or tok.lower in CLAUSE_WORDS:
            clauses.append(set())
            relative.append(tok.lower in _RELATIVES)
        elif is_content(tok) and i not in pos.reported:
            clauses[-1].add(stem(tok.text))
    # a main clause, restated by more words than a whole claim needs: "who rely on the
    # programs" is no clause of its own that "he wouldn't cut the programs" denies
    return any(not rel and len(shared & c) >= max(NEGATED_CLAUSE_SHARED + 1,
                                                   NEGATED_CLAUSE_COVERS * len(c))
               for c, rel in zip(clauses, relative, strict=True))


_RELATIVES = frozenset({"who", "whom", "which"})


def _stem_in_one_sense(neg: Reading, span: tuple[int, int], pos: Reading, word: str) -> bool:
    """``_same_sense`` (and ``_irrealis``) for a stem of a negated clause (within ``span``)."""
    ends = [t.end for t in neg.toks if span[0] <= t.start < span[1] and is_content(t)
            and stem(t.text) == word]
    at = pos.asserted.get(word)
    if not ends or at is None:
        return True
    cue = next((t.start for j, t in enumerate(neg.toks)
                if span[0] <= t.start < span[1] and is_cue(neg.toks, j)), span[0])
    if _irrealis(pos, at[0]) and not _unreal(neg, cue, pos, at[0]):
        return False
    return any(_same_sense(neg, end, pos, at[1]) for end in ends)


def _head(r: Reading, span: tuple[int, int], negated: frozenset[str]) -> str | None:
    """The first negated word of a negated clause (its verb, mostly)."""
    return next((stem(t.text) for t in r.toks if span[0] <= t.start < span[1]
                 and is_content(t) and stem(t.text) in negated), None)
