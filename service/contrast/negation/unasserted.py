"""What the other side does not assert, though it names the negated thing: what will be
done ("will announce layoffs") against what has not been done so far ("has not announced
any"), and what is sought or called for ("called for a ceasefire") against its denial
("there is no ceasefire").  Both sides can be true; neither is a conflict."""

from __future__ import annotations

from itertools import pairwise

from service.contrast.negation.reading import Reading, is_content, is_cue
from service.contrast.text import stem

# "has not announced", "did not sign", "hasn't", "has yet to decide", "not yet": so far
_DONE_SO_FAR = frozenset({"has", "have", "had", "did", "'s"})
_SO_FAR_CUES = frozenset({"not", "n't", "never", "yet"})
_FUTURE = frozenset({"will", "'ll", "shall"})
# "is set to sign", "is due to vote", "plans to announce", "is expected to resign"
_FUTURE_BEFORE_TO = frozenset({"going", "set", "due", "plans", "plan", "planned", "planning",
                               "expected", "scheduled", "poised", "about"})
_REACH = 3  # tokens before the other side's word


def _at(r: Reading, start: int) -> int | None:
    return next((j for j, t in enumerate(r.toks) if t.start == start), None)


def not_yet_against_future(neg: Reading, start: int, pos: Reading, pos_start: int) -> bool:
    """The negation (cue at char offset ``start``) says what has not been done so far ("has
    not announced", "did not sign", "has yet to decide", "not yet"), and the other side's
    word (at ``pos_start``) says what will be done ("will announce", "is set to sign")."""
    at, pos_at = _at(neg, start), _at(pos, pos_start)
    if at is None or pos_at is None:
        return False
    if neg.toks[at].lower not in _SO_FAR_CUES:
        return False  # "has ruled out joining", "has no plans to": said of the future too
    before_cue = {t.lower for t in neg.toks[max(0, at - 2):at]}
    after_cue = neg.toks[at + 1].lower if at + 1 < len(neg.toks) else ""
    so_far = (neg.toks[at].lower == "yet" or after_cue == "yet"
              or bool(before_cue & _DONE_SO_FAR)) \
        and not before_cue & (_FUTURE | {"wo", "would"})  # "won't", "would not": no past
    before_word = [t.lower for t in pos.toks[max(0, pos_at - _REACH):pos_at]]
    return so_far and (bool(set(before_word) & _FUTURE) or any(
        w in _FUTURE_BEFORE_TO and nxt == "to" for w, nxt in pairwise(before_word)))


# verbs whose object is wanted, not had: "called for a ceasefire", "has long sought a peace
# treaty", "is pushing for a deal" (the object need not exist; "there is no ceasefire" is
# why one calls for it)
_SEEK = frozenset({"sought", "seek", "seeks", "seeking", "demanded", "demand", "demands",
                   "demanding", "favored", "favoured", "favor", "favour", "favors", "favours",
                   "wants", "want", "wanted", "proposed", "proposes", "propose", "urged",
                   "urges", "urging"})
_SEEK_FOR = frozenset({"called", "call", "calls", "calling", "pushed", "push", "pushes",
                       "pushing", "pressed", "press", "presses", "pressing", "appealed",
                       "appeals", "lobbied", "lobbying", "campaigned", "campaigning",
                       "hoped", "hopes", "hoping", "hope", "asked", "asking", "negotiating",
                       "negotiated", "bargaining", "begged", "pleaded"})
# what may stand between the verb and the wanted thing: "called for an immediate ceasefire"
_BETWEEN = frozenset({"a", "an", "the", "its", "their", "his", "her", "new", "immediate",
                      "lasting", "permanent", "formal", "full", "comprehensive", "long-term",
                      "another", "more", "further", "urgent", "quick", "swift", "peace"})
_SEEK_REACH = 4


def sought(pos: Reading, pos_start: int) -> bool:
    """The other side's word (at char offset ``pos_start``) is what a verb of wanting or
    seeking asks for ("called for a ceasefire", "has long sought a peace treaty"), which that
    side does not say exists."""
    at = _at(pos, pos_start)
    if at is None:
        return False
    j = at - 1
    while j >= 0 and at - j <= _SEEK_REACH and pos.toks[j].lower in _BETWEEN:
        j -= 1
    if j < 0:
        return False
    word = pos.toks[j].lower
    return word in _SEEK or (word == "for" and j > 0 and pos.toks[j - 1].lower in _SEEK_FOR)


def clause_not_yet_against_future(neg: Reading, clause: tuple[int, int], pos: Reading) -> bool:
    """``not_yet_against_future`` or ``sought`` for a negated clause: its cue, and the first
    word of the other side that the clause negates ("has not announced any layoffs" / "will
    announce"; "has not reached a deal" / "is pushing for a deal")."""
    negated = next((n for _, _, n, sp in neg.negated_clauses if sp == clause), frozenset())
    cue = next((t.start for j, t in enumerate(neg.toks)
                if clause[0] <= t.start < clause[1] and is_cue(neg.toks, j)), None)
    word = next((t.start for t in pos.toks if t.is_word and stem(t.text) in negated), None)
    return cue is not None and word is not None \
        and (not_yet_against_future(neg, cue, pos, word) or sought(pos, word))


# what opens a wish or a supposition the words after it are part of: "wants to pursue a new
# deal that would ... limit Tehran's missile program", "a deal that could curb it"
_SUPPOSED = frozenset({"would", "could", "might", "should"})
_WANT_TO = frozenset({"want", "wants", "wanted", "plan", "plans", "planned", "hope", "hopes",
                      "hoped", "aim", "aims", "aimed", "seek", "seeks", "sought", "intend",
                      "intends", "intended"})
# what says a fact again, and ends the wish: "wants a deal; Iran has limited its program";
# or opens a clause that may (a relative, a question: "wanted to know why the army attacked
# the village" takes the attack as done)
_STATED = frozenset({"is", "are", "was", "were", "has", "have", "had", "did", "does", ";",
                     ".", "but", "because", "although", "that", "which", "who", "why",
                     "how", "what", "whether", "where", "when"})


def _wished(r: Reading, at: int) -> bool:
    """The token at ``at`` stands in what is wanted or supposed, not said to be: after a
    modal or a verb of wanting in its sentence, and no statement of a fact between."""
    for j in range(at - 1, -1, -1):
        word = r.toks[j].lower
        if word in _STATED:
            return False
        if word in _SUPPOSED or word in _SEEK or (
                word == "to" and j > 0 and r.toks[j - 1].lower in _WANT_TO):
            return True
    return False


def clause_wished(neg: Reading, clause: tuple[int, int], pos: Reading) -> bool:
    """Every word of the negated clause (at ``clause``) that the other side uses stands in
    what that side wants or supposes: "doesn't address Tehran's missile program" / "wants to
    pursue a new deal that would build on it while also limiting Tehran's missile program"
    (the new deal is wanted; what it would do, it does not do yet)."""
    if any(clause[0] <= t.start < clause[1] and t.lower in _SUPPOSED | _WANT_TO | _FUTURE
           for t in neg.toks):
        return False  # "did not intend to appeal" / "would appeal": a wish against a wish
    # the words the cue negates (its subject, "the union", may be the one who wants)
    words = next((n for _, _, n, sp in neg.negated_clauses if sp == clause), frozenset())
    shared = [j for j, t in enumerate(pos.toks) if is_content(t) and stem(t.text) in words]
    return bool(shared) and all(_wished(pos, j) for j in shared)


# "what appeared to be a concession but in reality cemented the status quo": an appearance
# the claim itself takes back is no assertion of the thing
_SEEMING = frozenset({"appeared", "appears", "appear", "seemed", "seems", "seem", "looked",
                      "looks"})
_SEEMING_REACH = 5  # tokens before the word: "appeared to be a significant concession"
_IN_TRUTH = frozenset({("in", "reality"), ("in", "fact"), ("in", "truth")})


def taken_back(pos: Reading, pos_start: int) -> bool:
    """The other side's word (at char offset ``pos_start``) is what something seemed to be,
    and its sentence goes on to say what it was instead ("but in reality", "but in fact",
    "but actually")."""
    at = _at(pos, pos_start)
    if at is None:
        return False
    toks = pos.toks
    # before the word, or right after a verb that takes it ("made what looked like a
    # concession")
    seeming = any(toks[j].lower in _SEEMING and toks[j + 1].lower in ("to", "like")
                  for j in range(max(0, at - _SEEMING_REACH), min(len(toks) - 1, at + 3)))
    if not seeming:
        return False
    rest = toks[at + 1:]
    return any(t.lower == "but" and (
        (j + 2 < len(rest) and (rest[j + 1].lower, rest[j + 2].lower) in _IN_TRUTH)
        or (j + 1 < len(rest) and rest[j + 1].lower in ("actually", "really")))
        for j, t in enumerate(rest))


def clause_taken_back(neg: Reading, clause: tuple[int, int], pos: Reading) -> bool:
    """``taken_back`` for the first word of the other side that a negated clause negates."""
    negated = next((n for _, _, n, sp in neg.negated_clauses if sp == clause), frozenset())
    word = next((t.start for t in pos.toks if t.is_word and stem(t.text) in negated), None)
    return word is not None and taken_back(pos, word)
