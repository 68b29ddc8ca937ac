"""One voice for one speaker named two ways in a cluster, as a reader counts voices.

A person spelt two ways ("Vučić" / "Vucic") or named in full and in short ("Trump" /
"Donald Trump") is one voice; so is a state named by its capital or seat of government
("Seoul" / "South Korea", "the Kremlin" / "Moscow" / "Russia", "the Ukrainian government" /
"Ukraine", "the White House" / "the US administration" / "the Biden administration", "No 10" /
"the British government"), and a ministry named by its official title and by its country's
description of it ("Ministry of National Defense" / "Taiwan's defence ministry").  What a
reader keeps apart stays apart: a ministry is not its state nor its minister, an opposition
party is not the government, and an untold ministry ("the Ministry of National Defense") beside two
countries' ministries of that name could be either, so it is joined to neither.  So with
a government named by its leader ("the Biden administration"): the name does not say which
state's it is, so it is that state's only where the cluster speaks for one state, through
its seat or its government ("the White House"), and for no other.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import lru_cache

from embeddings.claims.joint_voices import voice_parts
from service.contrast.names import TOPONYMS, spelt_alike
from service.contrast.negation.blame.parties import party
from service.contrast.said import person_voices
from service.contrast.text import fold


def one_voice_each(speakers: Iterable[str]) -> dict[str, str]:
    """speaker name -> the name of the one voice it is (only names that are another's)."""
    names = list(speakers)
    people = named_alike(names)
    bodies = body_voices(people.get(n, n) for n in names)
    out = {}
    for name in set(names):
        voice = people.get(name, name)
        voice = bodies.get(voice, voice)
        if voice != name:
            out[name] = voice
    return out


@lru_cache(maxsize=100_000)
def one_voice(a: str, b: str) -> bool:
    """Are two speaker names one voice ("Azerbaijan's Foreign Ministry" / "the Ministry of
    Foreign Affairs of Azerbaijan", "Blinken" / "Antony Blinken")?  The clusterer asks it of
    two claims of one article: one voice does not make one claim twice there."""
    return a == b or bool(one_voice_each([a, b])) or _part_of_joint(a, b)


def _part_of_joint(a: str, b: str) -> bool:
    """A joint voice ("police and FBI") and one of its speakers ("FBI", "the FBI and the
    army"): one article's "The FBI said A" and "Police and the FBI said A" are not two
    voices making one claim, and two outlets' are one speaker's."""
    parts_a, parts_b = voice_parts(a), voice_parts(b)
    if len(parts_a) == 1 and len(parts_b) == 1:
        return False
    return any(x == y or bool(one_voice_each([x, y])) for x in parts_a for y in parts_b)


def named_alike(speakers: Iterable[str]) -> dict[str, str]:
    """One speaker spelt two ways ("Vučić" / "Vucic") or named in full and in short ("Trump"
    / "Donald Trump"), or by its initials ("BMA" / "British Medical Association"): name ->
    the one name (only names that are another's)."""
    names = list(speakers)
    spelt = spelt_alike(names)
    respelt = [spelt.get(n, n) for n in names]
    same = person_voices(respelt)
    renamed = [same.get(n, n) for n in respelt]
    initials = initial_voices(renamed)
    out = {}
    for name in set(names):
        voice = spelt.get(name, name)
        voice = same.get(voice, voice)
        voice = initials.get(voice, voice)
        if voice != name:
            out[name] = voice
    return out


def initial_voices(speakers: Iterable[str]) -> dict[str, str]:
    """A body named by its initials beside its full name ("BMA" / "British Medical
    Association", "JCS" / "Joint Chiefs of Staff"): initials -> the full name, where exactly
    one full name in the cluster has them."""
    names = set(speakers)
    out = {}
    for short in names:
        if not re.fullmatch(r"[A-Z]{2,6}", short):
            continue
        full = [n for n in names if n != short and _initials(n) == short]
        if len(full) == 1:
            out[short] = full[0]
    return out


def _initials(name: str) -> str:
    words = [w for w in _bare(name).split() if w.lower() not in _FILLER]
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return ""
    return "".join(w[0] for w in words)


_Body = tuple[str, str, tuple[str, ...]]  # (place key or "", kind of body, what it is for)


def body_voices(speakers: Iterable[str]) -> dict[str, str]:
    """A state or ministry named two ways -> one name (the one most used, then the state's
    own name, then the first in order)."""
    counts: dict[str, int] = {}
    for name in speakers:
        counts[name] = counts.get(name, 0) + 1
    read = {name: body for name in counts if (body := _body(name)) is not None}
    # an untold ministry is its country's only where one country's ministry of that kind is
    # named in the cluster
    # ("the Ministry of Health" beside "the Israeli health ministry" and "the Gaza health
    # ministry", a qualifier not read as a place, could be either: joined to neither)
    for name, (place, kind, purpose) in list(read.items()):
        if place:
            continue
        places = {p for p, k, w in read.values() if p and (k, w) == (kind, purpose)}
        qualified = any(k == kind and set(w) > set(purpose) for _, k, w in read.values())
        if len(places) == 1 and not qualified:
            read[name] = (places.pop(), kind, purpose)
    # a government named by its leader ("the Biden administration") is of the one state the
    # cluster names, where it names that state's executive (its seat or its government, not
    # only its name or capital, which may be the other side of a story) and no other state:
    # "the Biden administration" beside "the Kremlin" and "the White House" is joined to
    # neither; nor are two leaders' ("the Trump administration" / "the Biden
    # administration"), two governments of one state
    states = {place for place, kind, _ in read.values() if kind == "state"}
    ruled = {read[n][0] for n in read if read[n][1] == "state" and _executive(n)}
    led = [name for name in counts if name not in read and _led(name)]
    if len(states) == 1 and states == ruled and len(led) == 1:
        read[led[0]] = (states.pop(), "state", ())
    groups: dict[_Body, list[str]] = {}
    for name, body in read.items():
        groups.setdefault(body, []).append(name)
    out: dict[str, str] = {}
    for (_, kind, _), names in groups.items():
        if len(names) < 2:
            continue
        # a leader's name for it last: "the White House" says whose it is to more readers
        chosen = min(names, key=lambda n: (-counts[n], not _tells_place(n, kind), _led(n), n))
        out.update({n: chosen for n in names if n != chosen})
    return out


# what a state speaks through as itself; its ministries, parties and ministers are other voices
_STATE_HEADS = frozenset({"government", "administration"})
# the seats of a state's executive, as copy names them for it ("No 10 said"), beyond the
# capitals and seats of ``toponyms.json``
_SEATS = {"No 10": "Britain", "No. 10": "Britain", "Number 10": "Britain",
          "10 Downing Street": "Britain"}
_BODY_HEADS = frozenset({"ministry", "department"})
# words that say nothing of which ministry it is ("Ministry of Foreign Affairs" is the
# foreign ministry, "Ministry of National Defense" the defence ministry)
_FILLER = frozenset({"of", "the", "for", "and", "national", "affairs", "state"})


def _tells_place(name: str, kind: str) -> bool:
    """Whether the name says which state it is: "Russia" (not "Kremlin"), "Taiwan's defence
    ministry" (not "Ministry of National Defense")."""
    if kind == "state":  # "Russia", "the UK government"; not "Moscow", "Downing Street",
        # "the Biden administration"
        return (_bare(name) not in _metonyms() or _bare(name) in _ALIASES) and not _led(name)
    body = _body(name)
    return body is not None and bool(body[0])


def _bare(name: str) -> str:
    return re.sub(r"^the\s+", "", name.strip(), flags=re.I)


def _executive(name: str) -> bool:
    """A state's executive speaking: its seat of government ("the White House", "the
    Kremlin", "No 10") or its government by name ("the Russian government", "the US
    administration"), not the state's name or its capital ("Russia", "Moscow")."""
    bare = _bare(name)
    words = bare.lower().split()
    return bare in _SEATS or fold(bare) in _SEAT_KEYS \
        or (len(words) > 1 and words[-1] in _STATE_HEADS) \
        or words[:2] in (["government", "of"], ["administration", "of"])


def _led(name: str) -> bool:
    """A government named by its leader: "the Biden administration", "the Sunak
    government"; not "the administration" (which state's?), nor a place's ("the US
    administration"), a party's or a group's ("the Labour government", "the Taliban
    administration" are not read: a name before "government" may be a party's, and one before
    "administration" is a leader's only as American copy writes it)."""
    words = _bare(name).split()
    if len(words) not in (2, 3) or words[-1] != "administration":
        return False
    lead = words[:-1]
    return all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in lead) \
        and not _place(lead) and fold(" ".join(lead)) not in _NOT_LEADERS


# names before "administration" that are no leader's: a group's, or a kind of government
_NOT_LEADERS = frozenset({"taliban", "houthi", "hamas", "trust", "regional", "military",
                          "civil", "interim", "transitional", "federal", "state", "city",
                          "county", "local", "district", "presidential"})
# the seats of an executive among the metonyms (the rest are capitals: "Moscow", "Seoul")
_SEAT_KEYS = frozenset({"white house", "kremlin", "downing street", "blue house", "whitehall",
                        "quai d'orsay"})


def _body(name: str) -> _Body | None:
    """What a speaker name names, where it is a state or a ministry: "Seoul" -> (south korea,
    state), "Taiwan's defence ministry" -> (taiwan, ministry, defense), "Ministry of National
    Defense" -> ("", ministry, defense); None for anything else."""
    words = _bare(name).split()
    if not words:
        return None
    if " ".join(words) in _metonyms() or fold(" ".join(words)) in _states():
        return _key(" ".join(words)), "state", ()
    heads = [w.lower() for w in words]
    if heads[-1] in _STATE_HEADS and len(words) > 1:  # "the Ukrainian government"
        place = _place(words[:-1])
        return (place, "state", ()) if place else None
    if heads[0] in _STATE_HEADS and heads[1:2] == ["of"]:  # "the government of Japan"
        place = _place(words[2:])
        return (place, "state", ()) if place else None
    head = next((i for i, w in enumerate(heads) if w in _BODY_HEADS), None)
    if head is None:
        return None
    before, after = words[:head], words[head + 1:]
    # "Taiwan's defence ministry", "Japanese Defense Ministry": the place, then what it is for
    lead = [w for w in before if w.endswith(("'s", "’s")) or (w[:1].isupper() and _is_place(w))]
    place = _place(lead) if lead and lead == before[:len(lead)] else ""
    # "the Ministry of Foreign Affairs of Azerbaijan": the place after the last "of" (not the
    # first: "Ministry of Defence" has its purpose there)
    ofs = [i for i, w in enumerate(after) if w.lower() == "of"]
    if not place and len(ofs) > 1 and (tail := _place(after[ofs[-1] + 1:])):
        place, after = tail, after[:ofs[-1]]
    purpose = tuple(sorted({_spelling(w) for w in before[len(lead) if place else 0:] + after
                            if w.lower() not in _FILLER}))
    if not purpose:
        return None
    return place, heads[head], purpose


def _place(words: list[str]) -> str:
    """The key of the place a run of words names ("South Korean", "Taiwan's"), else ""."""
    if not words or not all(w[:1].isupper() for w in words):
        return ""
    phrase = re.sub(r"['’]s$", "", " ".join(words))
    if not (phrase in _metonyms() or fold(phrase) in _states()
            or all(_is_place(w) for w in phrase.split())):
        return ""
    return _key(phrase)


def _is_place(word: str) -> bool:
    """A word of a place's name or its people's ("Korean", "Taiwan's", "South")."""
    bare = re.sub(r"['’]s$", "", word)
    return any(fold(bare) in state.split() for state in _states()) \
        or party(bare) in {party(state.split()[-1]) for state in _states()}


def _key(phrase: str) -> str:
    """One key for a state however named: "Seoul", "South Korea", "South Korean"."""
    phrase = _metonyms().get(phrase, phrase)
    phrase = _ALIASES.get(phrase, phrase)
    return " ".join(party(w) for w in phrase.split())


def _spelling(word: str) -> str:
    """"defence" and "defense", "labour" and "labor" are one word."""
    w = fold(word)
    return re.sub(r"our$", "or", re.sub(r"ce$", "se", w))


# a state's short and long names (as the metonyms name it: "Britain", "United States")
_ALIASES = {"UK": "Britain", "U.K.": "Britain", "United Kingdom": "Britain",
            "Great Britain": "Britain", "US": "United States", "U.S.": "United States",
            "USA": "United States", "America": "United States"}


@lru_cache(maxsize=1)
def _metonyms() -> dict[str, str]:
    """Capitals and seats of government -> the state ("Seoul": South Korea, "Kremlin":
    Russia), and a state's other names -> the name the metonyms give it."""
    data = json.loads(TOPONYMS.read_text(encoding="utf-8"))
    return {**data.get("metonyms", {}), **_SEATS, **_ALIASES}


@lru_cache(maxsize=1)
def _states() -> frozenset[str]:
    """The states the metonyms stand for, folded ("south korea", "russia")."""
    return frozenset(fold(state) for state in _metonyms().values())
