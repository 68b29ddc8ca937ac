"""One key for the forms of one English word, where a question's words meet stored words.

The Snowball stemmer joins regular forms ("flees", "fleeing", "flee") but not irregular
ones: "fled" stays "fled", "bought" "bought", "sought" "sought", so "Did residents flee
Karabakh?" held none of its verb in "Thousands fled Karabakh".  English has a closed set of
irregular verbs (about two hundred in use; grammars list them), and a handful of irregular
noun plurals; this table is that fixed resource, not words of any story.  Forms are left out
where another word of everyday news has the same spelling and would be joined wrongly: "lay"
(to lie, and to lay), "bore"/"born" (to bear, and a bear market), "ground" (to grind, and
ground troops), "wound" (to wind, and a wound), "fed" (to feed, and the Fed), "spat" (to spit, and a
diplomatic spat), "bound" (to bind, and bound for).
Derivation is not inflection: "dead" and "death" are other words than "die" (a death toll
is not a report that someone died), as a lemmatiser would also keep them.

Only the query side uses this (``service.answer_rank``, ``service.pipeline_answers``):
matching and the store's word counts keep the stemmer alone, so nothing stored reads
otherwise.
"""

from __future__ import annotations

from functools import lru_cache

from embeddings.lexical import stem

# base, past, past participle ("/" between variants); a form equal to the base is omitted
_IRREGULAR_VERBS = """
arise arose arisen|awake awoke awoken|be was/were been|beat beat beaten|become became become
begin began begun|bend bent bent|bet bet bet|bid bid bid|bite bit bitten
bleed bled bled|blow blew blown|break broke broken|breed bred bred|bring brought brought
broadcast broadcast broadcast|build built built|burn burnt burnt|burst burst burst
buy bought bought|catch caught caught|choose chose chosen|cling clung clung|come came come
cost cost cost|creep crept crept|cut cut cut|deal dealt dealt|dig dug dug|do did done
draw drew drawn|dream dreamt dreamt|drink drank drunk|drive drove driven|eat ate eaten
fall fell fallen|feel felt felt|fight fought fought|find found found
flee fled fled|fling flung flung|fly flew flown|forbid forbade forbidden
forecast forecast forecast|foresee foresaw foreseen|forget forgot forgotten
forgive forgave forgiven|freeze froze frozen|get got gotten|give gave given|go went gone
grow grew grown|hang hung hung|have had had|hear heard heard|hide hid hidden|hit hit hit
hold held held|hurt hurt hurt|keep kept kept|kneel knelt knelt|know knew known
lead led led|leap leapt leapt|learn learnt learnt|leave left left|lend lent lent|let let let
light lit lit|lose lost lost|make made made|mean meant meant|meet met met
mislead misled misled|mistake mistook mistaken|outrun outran outrun|overcome overcame overcome
overrun overran overrun|oversee oversaw overseen|overtake overtook overtaken
overthrow overthrew overthrown|pay paid paid|put put put|quit quit quit|read read read
rebuild rebuilt rebuilt|retake retook retaken|rewrite rewrote rewritten|rid rid rid
ride rode ridden|ring rang rung|rise rose risen|run ran run|say said said|see saw seen
seek sought sought|sell sold sold|send sent sent|set set set|shake shook shaken|shed shed shed
shine shone shone|shoot shot shot|show showed shown|shrink shrank shrunk|shut shut shut
sing sang sung|sink sank sunk|sit sat sat|slay slew slain|sleep slept slept|slide slid slid
sling slung slung|speak spoke spoken|speed sped sped|spend spent spent|spin spun spun
split split split|spread spread spread|spring sprang sprung|stand stood stood
steal stole stolen|stick stuck stuck|sting stung stung|stink stank stunk|strike struck struck
string strung strung|strive strove striven|swear swore sworn|sweep swept swept
swim swam swum|swing swung swung|take took taken|teach taught taught|tear tore torn
tell told told|think thought thought|throw threw thrown|thrust thrust thrust
undergo underwent undergone|understand understood understood|undertake undertook undertaken
undo undid undone|uphold upheld upheld|wake woke woken|wear wore worn|weep wept wept
win won won|withdraw withdrew withdrawn|withhold withheld withheld|withstand withstood withstood
wring wrung wrung|write wrote written
"""

# "-ie" verbs whose "-ing" form the stemmer leaves apart: "dying" is "dy", not "die"
_IE_VERBS = "die lie tie vie"

# irregular plurals of nouns news uses: "crises" stems to "crise", "crisis" to "crisi"
_IRREGULAR_PLURALS = """
man men|woman women|child children|foot feet|tooth teeth|mouse mice|goose geese
crisis crises|analysis analyses|thesis theses|hypothesis hypotheses|diagnosis diagnoses
phenomenon phenomena|criterion criteria
"""


@lru_cache(maxsize=1)
def _forms() -> tuple[dict[str, str], dict[str, frozenset[str]]]:
    """form -> base, and base -> all its forms (the base among them)."""
    base_of: dict[str, str] = {}
    for entry in (_IRREGULAR_VERBS + "|" + _IRREGULAR_PLURALS).replace("\n", "|").split("|"):
        words = entry.split()
        if not words:
            continue
        base = words[0]
        for form in {f for w in words[1:] for f in w.split("/")} - {base}:
            base_of.setdefault(form, base)
    for verb in _IE_VERBS.split():
        base_of[verb[:-2] + "ying"] = verb
    forms: dict[str, set[str]] = {}
    for form, base in base_of.items():
        forms.setdefault(base, {base}).add(form)
    return base_of, {b: frozenset(f) for b, f in forms.items()}


def base_form(word: str) -> str:
    """The base of an irregular form ("fled" -> "flee", "crises" -> "crisis"), else the
    word itself (lower-cased)."""
    low = word.lower()
    return _forms()[0].get(low, low)


@lru_cache(maxsize=200_000)
def word_key(word: str) -> str:
    """The key one word's forms share: the stem of its base ("fled", "flees", "fleeing"
    -> "flee"; "bought" -> "buy")."""
    return stem(base_form(word))


@lru_cache(maxsize=1)
def _forms_by_key() -> dict[str, frozenset[str]]:
    """key -> the plain stems of its irregular forms ("flee" -> "flee", "fled")."""
    return {stem(base): frozenset(map(stem, forms)) for base, forms in _forms()[1].items()}


def stored_stems(word: str) -> frozenset[str]:
    """The stems the store may count ``word`` under, one per form of it ("fleeing" ->
    "flee", "fled"): the store counts words by their plain stem."""
    return frozenset({stem(word.lower())} | _forms_by_key().get(word_key(word), frozenset()))


__all__ = ["base_form", "stored_stems", "word_key"]
