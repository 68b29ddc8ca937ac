"""The readings the clusterer asks of every pair it scores, read once a claim (fifty-second
session): a claim's places, stems, figure readings and negation reading are cached, bounded,
and keyed on what they depend on, so a claim id used again for another sentence is read
afresh, and a claim's hash (worked out once) is never carried into another process."""

from __future__ import annotations

import importlib
import inspect
import pickle
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

from embeddings.claims import SentenceClaimExtractor
from embeddings.types import Article, Claim
from service.contrast.negation.compare import disputed
from service.contrast.numbers import one_measure

ROOT = Path(__file__).resolve().parents[1]
_EXTRACTOR = SentenceClaimExtractor()


def claim(source: str, text: str, claim_id: int) -> Claim:
    first = _EXTRACTOR.extract(Article(id=f"{source}-{claim_id}", source=source, text=text))[0]
    return replace(first, id=claim_id)


def test_a_reused_claim_id_is_read_afresh_whatever_was_asked_first() -> None:
    # the two later claims share id, offsets and figure: only their places differ
    texas = claim("Wire", "The storm killed 12 people in Texas on Monday.", 1)
    elsewhere = claim("Paper", "The storm killed 14 people in Louisiana on Monday.", 2)
    same_place = claim("Paper", "The storm killed 14 people in Texas on Monday.", 2)
    assert elsewhere.numbers == same_place.numbers and elsewhere.id == same_place.id
    first = (one_measure(texas, elsewhere), one_measure(texas, same_place))
    again = (one_measure(texas, same_place), one_measure(texas, elsewhere))
    # two states' tolls are two measures; one state's, told twice, one measure
    assert first == (False, True)
    assert again == (True, False)


def test_a_dispute_is_read_alike_in_either_order_and_again() -> None:
    fled = claim("Wire", "Thousands of residents were forced to flee the town.", 11)
    left = claim("Paper", "Residents left the town voluntarily, officials said.", 12)
    other = claim("Daily", "The town council met on Tuesday to discuss the budget.", 13)
    answers = [disputed(fled, left), disputed(fled, other), disputed(left, fled)]
    assert answers == [True, False, True]
    assert [disputed(fled, other), disputed(left, fled), disputed(fled, left)] == \
        [False, True, True]


def test_a_claims_hash_is_its_fields_hash_in_every_process() -> None:
    c = claim("Wire", "The storm killed 12 people in Texas on Monday.", 1)
    twin = replace(c)
    assert twin is not c and hash(twin) == hash(c) and {c: "x"}[twin] == "x"
    # a string's hash differs between processes: the hash worked out here must not travel
    # with a pickled claim (the batch runner pickles its work for other processes)
    data = pickle.dumps(c)
    check = ("import pickle, sys; from dataclasses import replace; "
             "c = pickle.loads(sys.stdin.buffer.read()); "
             "print(hash(c) == hash(replace(c)) and {c: 1}.get(replace(c)) == 1)")
    for seed in ("1", "2"):
        out = subprocess.run([sys.executable, "-c", check], input=data, capture_output=True,
                             cwd=ROOT, env={"PYTHONHASHSEED": seed, "PATH": ""}, check=True)
        assert out.stdout.decode().strip() == "True"


def test_the_per_claim_caches_are_bounded() -> None:
    # a million stored claims must fit: no cache of a claim's readings grows with the store
    modules = ["service.contrast.measures.things", "service.contrast.measures.near_words",
               "service.contrast.measures.people", "service.contrast.measures.verbs",
               "service.pair_readings", "embeddings.matching", "service.contrast.negation.compare"]
    cached = []
    for name in modules:
        for fn_name, fn in inspect.getmembers(importlib.import_module(name)):
            info = getattr(fn, "cache_info", None)
            if info is not None and getattr(fn, "__module__", None) == name:
                cached.append(fn_name)
                assert info().maxsize is not None, f"{name}.{fn_name} grows without bound"
    assert {"_places_of", "_measured_at", "_verb_at", "_modifiers_at"} <= set(cached)
