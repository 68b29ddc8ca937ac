"""A company's jobs under the words outlets count them in: "HP will lay off 5,000 workers"
and "HP will cut 5,000 jobs" are one figure, as are "fired 200 staff" and "eliminated 200
positions".  A job cut is a worker laid off, and a job added a worker hired, so a count of the
people who work somewhere is a count of jobs where its verb says they lost or got their work
("laid off", "fired", "sacked", "let go", "hired", "will lose their jobs").  Elsewhere the
people stay their own count: "5,000 workers went on strike", "20 workers were killed" and
"employs 40,000 workers" count no jobs cut ("cut 3,000 jobs" disputes none of them)."""

from __future__ import annotations

import re

from embeddings.types import Quantity
from service.contrast.intervals import unit_key
from service.contrast.measures.verbs import verb_of
from service.contrast.said import Said

# the people a company employs, in the words outlets use for them (units as the claims
# stage gives them: singular, lower case)
_STAFF = frozenset({"worker", "employee", "staff", "staffer", "personnel", "people", "person",
                    "workforce", "headcount"})
# what a count of them is when they lose their work or get it: the verb groups of
# ``verbs`` ("laid off" and "fired" are "dismiss", "recruited" is "hire")
_JOB_VERBS = frozenset({"dismiss", "hire"})
# told after the count: "5,000 workers will lose their jobs", "200 staff face redundancy",
# "300 employees will be made redundant", "500 workers are being let go"
_LOSE_JOBS = re.compile(r"[\w\s,-]{0,30}?\b(?:los(?:e|es|ing|t)\s+(?:their|its|his|her)\s+"
                        r"(?:jobs?|posts?|positions?|livelihoods?)|(?:face|faces|facing)\s+"
                        r"(?:the\s+)?(?:redundancy|redundancies|the\s+axe|layoffs?|dismissal)"
                        r"|(?:be|been|being|are|were|was|is)\s+(?:made\s+redundant|let\s+go))\b",
                        re.IGNORECASE)


def job_count(q: Quantity, s: Said) -> bool:
    """A count of jobs, said as jobs ("cut 5,000 jobs", "eliminate 300 positions") or as the
    people who lose or get them ("lay off 5,000 workers", "200 staff were fired")."""
    if q.kind != "count" or q.unit is None:
        return False
    if unit_key(q) == "job":
        return True
    if q.unit.lower() not in _STAFF:
        return False
    if verb_of(q, s) in _JOB_VERBS:
        return True
    return _LOSE_JOBS.match(s.claim.text, max(0, q.end - s.claim.start)) is not None


def one_job_count(qa: Quantity, a: Said, qb: Quantity, b: Said) -> bool:
    """Two counts of one company's jobs however each outlet words them: "lay off 5,000
    workers" / "cut 27,000 jobs" (figures of one measure, compared); not jobs cut and
    people hired ("hired 300 workers" / "cut 300 jobs" neither agree nor differ)."""
    if not (job_count(qa, a) and job_count(qb, b)):
        return False
    va, vb = verb_of(qa, a), verb_of(qb, b)
    return va is None or vb is None or va == vb


def hired_and_cut(qa: Quantity, a: Said, qb: Quantity, b: Said) -> bool:
    """"The company dismissed 200 workers" / "The company hired 200 workers": one figure of
    two opposite acts, which no reader takes for one count the sources agree on."""
    return qa.kind == qb.kind == "count" and {verb_of(qa, a), verb_of(qb, b)} == _JOB_VERBS


# what a difference in jobs is about, whatever word each side counts them in
JOBS_KEY = "job"
