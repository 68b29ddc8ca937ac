"""A verb of saying that shares its subject with the sentence's first predicate: "The chief
executive apologised and said the breach had been contained", "Sanders did not address the
question but said Wall Street would pay", "At a briefing, Trump defended his handling of the
crisis and said experts were ready", "Ivanka Trump, a White House adviser, lauded the economy
and said ...".

The subject stands once, before the first predicate, and speaks in the second; it may
follow an opening phrase ("At a briefing,", "Asked about his plan,") or carry an appositive,
as any subject may.  Not where the coordination belongs to a clause with a subject of its
own ("X fed him to his mother after she travelled there and demanded ...": hers), nor where
the first predicate is itself a verb of saying ("The ministry denied the report and said":
the denial is the claim).
"""

from __future__ import annotations

import re

from embeddings.claims.plain_acts import only_a_topic, says_nothing
from embeddings.claims.quotes import OPEN_QUOTES
from embeddings.claims.reporting_verbs import _DECLARED_ACT, _VERB
from embeddings.claims.speaker_context import SENTENCE_OPENER, SpeakerContext
from embeddings.claims.subjects import subject_before

_AND_BEFORE = re.compile(r"(?:,\s*|\s+)(?:and|but)\s+(?:also\s+|then\s+|later\s+|instead\s+)?$")
_SUBORDINATE = re.compile(r"\b(?:after|before|when|while|because|since|until|as|if|although"
                          r"|though|who|which|that|where|whom)\b")
# a subordinator with no subject of its own: "apologized after casting doubt on ...",
# "assailed the deal as “insane”"
_NO_SUBJECT_AFTER = re.compile(r"\s+(?:[a-z]+ing\b|[“\"‘'])")
_FIRST_PREDICATE = re.compile(
    r"\b(?:[a-z]+ed|told|made|gave|took|met|went|held|sent|spoke|wrote|left|won|lost|came|saw"
    r"|paid|put|set|cut|hit|ran|shut|quit|became|began|kept|brought|bought|sold|fell|rose"
    r"|led|read|did|has|had|is|was|were|will|would|got|sought|fought|thought|struck|stood"
    r"|drew|threw|spent|built|felt|found|flew|broke|chose|swore|tore|wore|hung)\b")
# a sentence opening with a subordinate clause, whose subject is not the main clause's
_SUBORDINATE_OPENS = re.compile(r"\W*(?:When|After|Before|Since|Because|If|While|Although"
                                r"|Though|Once|Until|Unless|As)\s")
_QUOTATION = re.compile(r"[“\"][^”\"]*[”\"]")  # "assailed it as " insane, " but said"
_SUBJECT_WORDS = 16  # "Ivanka Trump, President Trump's daughter and a White House adviser,"


def shared_subject(sentence: str, verb: re.Match[str], context: SpeakerContext) -> str | None:
    """The subject of the sentence's first predicate when the verb of saying is coordinated
    with it ("X apologised to customers and said ..."), if that subject names a speaker."""
    coordinated = _AND_BEFORE.search(sentence, 0, verb.start())
    if coordinated is None:
        return None
    return main_subject(sentence, coordinated.start(), context)


def main_subject(sentence: str, end: int, context: SpeakerContext) -> str | None:
    """The subject of the sentence's first predicate, which ends before ``end`` (where a
    second predicate, "and said", or a participle, ", saying", goes on with it), if that
    subject names a speaker and no verb of saying stands in the first predicate."""
    before = sentence[:end]
    opener = SENTENCE_OPENER.match(sentence)
    opens = opener.end() if opener else 0
    for first in _FIRST_PREDICATE.finditer(before):
        subject = subject_before(sentence, first.start(), context)
        if subject is None or subject[0] is None:
            continue  # "Asked by reporters about ..., Sanders did ...": an opening phrase's
        lead = sentence[:subject[1]]
        if _SUBORDINATE_OPENS.match(sentence) and "," not in lead:
            continue  # "When Smith arrived, Jones hugged him and said": the main clause's
        if subject[1] > opens and not (lead.rstrip().endswith(",") and _plain(lead)):
            return None  # "After Smith resigned and said": the subject of a clause, not of all
        if any(not (m.group().startswith("declare") and _DECLARED_ACT.match(before, m.end()))
               # "Toyota recalled the cars, saying A", "X posted about it, saying A"
               and not says_nothing(before, m) and not only_a_topic(before, m)
               for m in _VERB.finditer(before, subject[1])):
            # "The ministry denied the report and said ...": the denial is the claim ("declared
            # a state of emergency and blamed ..." declares no claim); a verb of saying in an
            # opening phrase ("Asked what he would say, X ...") is no predicate of X's
            return None
        if "," in _QUOTATION.sub("", before[first.end():]):
            continue  # "Smith won, Jones hugged him and said": a later predicate's subject
        if len(sentence[subject[1]:first.start()].split()) > _SUBJECT_WORDS \
                or not _plain(sentence[subject[1]:first.start()]):
            return None
        for sub in _SUBORDINATE.finditer(before, first.end()):
            if not _NO_SUBJECT_AFTER.match(before, sub.end()):
                return None  # "X fed him to his mother after she travelled there and demanded"
        return subject[0]
    return None


def _plain(text: str) -> bool:
    """No quotation in ``text``: a quotation before the subject is a claim of its own."""
    return not any(q in text for q in OPEN_QUOTES + "”")
