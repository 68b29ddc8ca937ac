"""Clustering stage: online average-link grouping of claims into "same claim" clusters.

Each new claim looks up the nearest stored facets (core or clause) of other
claims in the index (sub-linear), collects the clusters those claims belong
to, and joins the candidate whose *average* match margin (score minus threshold)
over its members is highest, if that is not negative and every scored member
matches on its own; otherwise it starts a new cluster.  Average link (rather than
the single link of "any neighbour above threshold") stops chains of sentences
that each share a little with the next from growing into a topic.

Two claims that both come from articles of several sentences are scored on their
article-centred vectors (``embeddings.context``) against ``context_threshold``;
otherwise on raw vectors against the match threshold.  A cluster never takes a
second claim from the same article and voice (one voice however it is named:
``one_voice``): one speaker does not make one claim twice in an article, and sentences of
one article that share a topic were the seeds of topic clusters.

Two claims that give a figure of one measure ("a first-quarter net loss of 310 million
euros" / "lost 290 million euros in the first quarter") are likely one claim, agreeing or
not, even where the rest of their words differ: the article context takes out exactly what
a brief's lead figure is about.  Such a pair, compared on article-centred vectors, gets
``figure_bonus`` on its score (a headline is compared raw, its figure still in it); whether
two figures measure one thing is the contrast stage's reading, handed in as ``one_measure``.
Likewise a claim and its denial or opposite ("blamed the fire on arson" / "caused by a power
line, not arson") are one statement disputed, where their words alone fall just short:
``dispute_bonus``, with the contrast stage's reading handed in as ``disputed``, also only on
article-centred vectors; a disputed pair that matches already gets it too, so a claim's
denial does not lose the claim to a topic neighbour it matches a little better.  The other
way, two claims each giving a count, every count of one many times any of the other's and of
no one measure ("At least 29 people have died" / "over 330 casualties in the past three
years"), are two facts whose lead figures centring made look alike: ``apart_figure_malus``
comes off their score, as ``apart_act_malus`` does off two reports of acts at different towns
or times (``embeddings.events``).

Joining one claim at a time depends on the order: a claim that barely matched an
unrelated neighbour of its own article is later out of reach of the claim from another
outlet that it matches well.  After each batch, ``embeddings.refine`` moves the batch's
claims, and stored claims near them, to where they fit best (a few sweeps, bounded by
the same member limits).  Clusters nothing moved in or out of keep their ids.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Protocol

import numpy as np

from embeddings.act_agents import act_agents_apart
from embeddings.acts import acts_differ
from embeddings.bare_pairs import shares_nothing
from embeddings.context import Context
from embeddings.events import acts_apart
from embeddings.facets import claim_of, facet_id, facets
from embeddings.figure_times import figures_of_two_times
from embeddings.generic_claims import general_and_particular
from embeddings.lexical import Weigher, general_rarity
from embeddings.lone_names import lone_name
from embeddings.matching import MatchConfig, match_score
from embeddings.name_carried import Encode, facet_readings, lone_name_key, name_share
from embeddings.occasions import occasions_apart
from embeddings.open_questions import question_and_assertion
from embeddings.particular import nothing_particular
from embeddings.pointers import ArticleClaims, pointer_apart
from embeddings.subjects_apart import subjects_apart
from embeddings.two_agents import one_act_two_agents
from embeddings.types import Claim, Quantity


class ClusterLookup(Protocol):
    """What the clusterer needs to know about claims already stored."""

    def claims_with_clusters(self, ids: Sequence[int]) -> Mapping[int, tuple[Claim, int]]: ...

    def cluster_members(self, cluster_ids: Sequence[int],
                        limit: int) -> Mapping[int, list[int]]: ...


class NeighbourIndex(Protocol):
    def search(self, vectors: np.ndarray, k: int) -> list[list[tuple[int, float]]]: ...

    def vectors(self, ids: Sequence[int]) -> np.ndarray: ...


class Clusterer(Protocol):
    def assign(self, claims: Sequence[Claim],
               vectors: Sequence[np.ndarray]) -> dict[int, int]: ...


@dataclass(frozen=True)
class ClusterConfig:
    neighbours: int = 24  # k for each facet's index look-up
    max_members: int = 48  # members scored per candidate cluster (bounds the cost)
    candidate_margin: float = 0.3  # look at neighbours this far below the threshold
    # share of the scored members that must each match the claim on their own (>= threshold):
    # a high average carried by one or two near-duplicates does not pull a claim into a topic
    min_support: float = 1.0
    # threshold on the match score of article-centred vectors (lower scale than raw cosine:
    # the shared story is gone); chosen on NewsWCL50's tuning events, docs/matching.md
    context_threshold: float = 0.44
    # sweeps of the re-examination after each batch (0: keep the first, order-dependent pass)
    refine_sweeps: int = 3
    # the re-examination may also move a claim into a cluster where one or two members do
    # not match it, those leaving as a cluster of their own, when the summed margin rises
    # (embeddings/refine.py).  Off: measured in docs/matching.md, fifty-second session
    evict_moves: bool = False
    # the first pass places a batch's claims best-matching first (each claim's best average
    # margin with the stored clusters), not in text order, so that where two sentences of
    # one article and voice compete for one cluster the closer one takes it.  Off: measured
    # in docs/matching.md, fifty-second session
    confidence_order: bool = False
    # added to the score of two claims that give a figure of one measure (docs/matching.md)
    figure_bonus: float = 0.1
    # taken off the score of two claims whose counts are of no one measure and far apart
    # ("At least 29 people have died in the offensive" / "over 330 casualties in the past
    # three years"): centring leaves each a lead figure, which alone looks alike
    apart_figure_malus: float = 0.1
    # taken off the score of two claims whose figures of one measure differ and are of times
    # that cannot meet ("half of the 140,000 inhabitants displaced", 2020 / "forced more than
    # 100k people to leave", 2023): two facts of one kind, whose words are alike by nature
    # (embeddings/figure_times.py); they get no figure bonus either
    two_times_malus: float = 0.3
    # taken off the score of two reports of acts at different towns or times ("traveled to
    # Shushi over the weekend" / "invited to Moscow this Friday", two years apart):
    # embeddings/events.py
    apart_act_malus: float = 0.1
    # taken off the score of two reports of one kind of act with one person or place whose
    # other people differ ("Pompeo met Kim over Easter" / "Trump met Kim in Singapore"):
    # two meetings, which neither the rival names nor the occasions' times tell apart
    # (embeddings/two_agents.py; docs/matching.md, fifty-second session)
    two_agents_malus: float = 0.1
    # ... with a meeting's people told by title or pronoun read through the claim's article
    # ("the CIA director met with the North Korean leader": embeddings/told_agents.py;
    # docs/matching.md, fifty-third session); ``CROSSCLAIM_TWO_AGENTS_ARTICLE`` sets it
    two_agents_article: bool = True
    # ... and phone calls read as meetings are ("Moon spoke by phone with Trump" / "Abe spoke
    # by phone with Trump"); ``CROSSCLAIM_TWO_AGENTS_CALLS`` sets it
    two_agents_calls: bool = False
    # added to the score of two claims one of which denies or says the opposite of the
    # other, where that lifts them to the threshold (docs/matching.md, "Disputes")
    dispute_bonus: float = 0.1
    # the same for a negation or denial of the other claim ("had not paid the ransom" / "paid
    # a ransom"), smaller and only where the raw score clears the raw threshold by
    # ``negation_raw_gap``: a negated word alone ties claims on one topic (docs/matching.md)
    negation_bonus: float = 0.06
    negation_raw_gap: float = 0.1
    # the most one shared word adds as overlap on article-centred vectors, where a sentence
    # is reduced to its point and a lone common word ("meeting", "problem") weighed 0.4-0.7
    lone_word_cap: float | None = 0.25
    # ... and where it is all the two share (no name, no speaker), it never carries a pair
    # over the threshold: the overlap counts only if the pair clears the threshold without
    # it.  Two sentences of one story that share one word and nothing else ("asylum",
    # "country", "caravan") are on one topic; the word adds to a match the sentences make,
    # it does not make one (docs/quality.md, "Topic-only joins on unseen stories")
    lone_word_lifts: bool = False
    # taken off the article-centred score of two claims that meet on a noun one of them only
    # points with ("this incident", "the move") and share nothing particular once each
    # pointer is read with its antecedent (embeddings/pointers.py)
    pointer_malus: float = 0.3
    # taken off the article-centred score of two claims whose subjects are two different
    # people, one written as a pronoun ("we" of two speakers, a resolved "he"), that share
    # nothing particular: they meet on the pronoun (embeddings/subjects_apart.py)
    subject_malus: float = 0.2
    # ... and where one subject is an act pointer ("This indirect endorsement ...") read as
    # the named agent of the sentence before it, against another named agent with another
    # act (embeddings/act_agents.py; docs/matching.md, fifty-fourth session).
    # ``CROSSCLAIM_ACT_POINTER_AGENTS`` sets it
    act_pointer_agents: bool = True
    # ... and a place or people opening a sentence as its subject is one too, against a
    # person's pronoun ("Nagorno-Karabakh was not Armenian territory" / "we hold Azerbaijan
    # responsible ...", Colonna), the place named in the other claim counting as the story's
    # (embeddings/place_subjects.py), unless the article titles the speaker by that place
    # ("French Foreign Minister Colonna": her "we" is France).  On since the lead's measure on
    # the merged code: seeds' topic-only pairs 1 -> 0 in the file's order and mean 2.8 -> 2.2
    # over five orders, groups kept; NewsWCL50 claim-level flat (report 0.569 -> 0.569, mean of
    # five orders 0.558 -> 0.558; tune 0.578 -> 0.574, mean of three 0.564 -> 0.562): it fires
    # on no same-claim pair, the rest is near ties reshuffled (docs/matching.md, fifty-fourth
    # session).  ``CROSSCLAIM_PLACE_SUBJECTS`` sets it
    place_subjects: bool = True
    # taken off the article-centred score of two claims one of which only says its content
    # is an open question ("It's not clear whether they cannot accept ...") and the other
    # asserts: the question claims none of the topic it shares (embeddings/open_questions.py)
    question_malus: float = 0.2
    # taken off the article-centred score of two claims whose main acts and agents differ
    # and that share nothing particular (embeddings/acts.py).  Off: at 0.1 it took topic and
    # subject pairs of three NewsWCL50 tuning events apart (claim-level precision 0.565 ->
    # 0.586) but lost a seed group to a reshuffle (11 -> 10); docs/matching.md, fifty-first
    # session.  ``CROSSCLAIM_ACT_MALUS`` sets it
    act_malus: float = 0.0
    # taken off the article-centred score of two claims that share one name and nothing else
    # (no word of their best facets, no speaker): the name says whom both are about, not that
    # they say one thing (embeddings/lone_names.py).  Off: at 0.1 and 0.2 it took the seeds'
    # Lachin-road group apart (a blockade and a protest of one road share only its name), and
    # at 0.2 NewsWCL50's held-out claim-level precision went 0.568 -> 0.565 while the tuning
    # events' rose 0.551 -> 0.570 (docs/quality.md, fifty-second session).
    # ``CROSSCLAIM_LONE_NAME_MALUS`` sets it
    lone_name_malus: float = 0.0
    # taken off the article-centred score of two claims whose best facet pair shares no
    # particular word or name beyond the story's places, and no speaker
    # (embeddings/particular.py).  Off: measured in docs/matching.md, fifty-second session;
    # ``CROSSCLAIM_PARTICULAR_MALUS`` sets it
    particular_malus: float = 0.0
    # taken off the article-centred score of two claims whose best facet pair shares no word
    # and that share no name and no speaker: the cosine alone joins them
    # (embeddings/bare_pairs.py).  Seeds over five orders: mean groups 9.4 -> 10.2, topic-only
    # pairs 7.0 -> 4.8; docs/matching.md, fifty-third session.  ``CROSSCLAIM_BARE_MALUS``
    # sets it (0 turns it off)
    bare_malus: float = 0.1
    # ... and one shared person's name alone counts as nothing shared.  Off: it changed
    # nothing on the seeds (docs/matching.md, fifty-third session); ``CROSSCLAIM_BARE_PERSON``
    bare_person: bool = False
    # taken off the article-centred score of two claims one of which is a general statement
    # (no name but its speaker's, no figure, no time, no one pointed at, no past verb: "Fostering
    # peace ... is impossible when one side is supported") and the other a report of a
    # particular: a maxim on the story's theme is near a report's clause on it, and is a
    # topic, not a claim, of it (embeddings/generic_claims.py).  Seeds over five orders:
    # topic-only pairs 4.8 -> 3.8, groups 10.2 -> 10.2; NewsWCL50 tune claim-level precision
    # 0.571 -> 0.578; docs/matching.md, fifty-fourth session.  ``CROSSCLAIM_GENERIC_MALUS``
    # sets it (0 turns it off)
    generic_malus: float = 0.1
    # ... and a thing taken as known ("the caravan") is a particular too (fewer statements
    # read as general); ``CROSSCLAIM_GENERIC_DEFINITE``
    generic_definite: bool = False
    # a pair that shares one name and nothing else loses what the name adds to its best
    # facets' centred cosine: the facets are encoded again with the name put as "someone"
    # (embeddings/name_carried.py).  Off: tune claim-level 0.571 -> 0.576 (mean of three
    # orders 0.553 -> 0.559) and the seeds' groups kept, but the held-out events flat (0.562
    # -> 0.561) and the seeds' mean pair precision down (0.826 -> 0.803); docs/quality.md,
    # fifty-fourth session.  ``CROSSCLAIM_NAME_CARRIED`` sets it
    name_carried: bool = False
    # on article-centred vectors, a match through one clause of a sentence of several loses
    # this much times the share of the sentence the clause leaves out
    # (``MatchConfig.clause_share_malus``).  Off: measured in docs/matching.md, fifty-second
    # session; ``CROSSCLAIM_CLAUSE_SHARE_MALUS`` sets it
    clause_share_malus: float = 0.0
    clause_share_facets: int = 4  # ... in sentences of this many facets or more (3: any cut)
    match: MatchConfig = field(default_factory=MatchConfig)


# do two claims give a figure of one measure? (the contrast stage's reading of numbers)
OneMeasure = Callable[[Claim, Claim], bool]
# are two speaker names one voice ("Azerbaijan's Foreign Ministry" / "the Ministry of Foreign
# Affairs of Azerbaijan")?  The contrast stage's reading; without it, one name is one voice
OneVoice = Callable[[str, str], bool]
class Disputed(Protocol):
    """Does one claim say the opposite of the other (or, with ``negations``, negate or deny
    it)?  The contrast stage's reading."""

    def __call__(self, a: Claim, b: Claim, negations: bool = False) -> bool: ...


class PairScorer:
    """Match margins (score minus the pair's threshold) of stored or new claims, cached."""

    def __init__(self, index: NeighbourIndex, config: ClusterConfig, weigh: Weigher,
                 context: Context | None, one_measure: OneMeasure | None = None,
                 disputed: Disputed | None = None, one_voice: OneVoice | None = None,
                 encode: Encode | None = None):
        self.index, self.config, self.weigh, self.context = index, config, weigh, context
        self.encode = encode  # the pipeline's encoder, for facets read again (name_carried)
        self.one_measure, self.disputed = one_measure, disputed
        self.one_voice = one_voice or str.__eq__
        self._vectors: dict[int, np.ndarray] = {}
        self._margins: dict[tuple[int, int], float] = {}
        self._centred: dict[int, np.ndarray | None] = {}
        self._name_readings: dict[tuple[int, str, str], np.ndarray | None] = {}
        # whether two articles are one story, by their ids (a scorer's claims come from a
        # few dozen articles, its pairs from thousands of their claims)
        self._stories: dict[tuple[str, str], bool] = {}
        # centring leaves a sentence's own point, often in few words: there one shared
        # common word is bounded (``lone_word_cap``), as it says the topic, not the claim
        self._centred_match = replace(config.match, lone_word_cap=config.lone_word_cap,
                                      clause_share_malus=config.clause_share_malus,
                                      clause_share_facets=config.clause_share_facets)

    def remember(self, claim: Claim, vectors: np.ndarray) -> None:
        assert claim.id is not None
        self._vectors[claim.id] = vectors

    def vectors(self, claim: Claim) -> np.ndarray:
        assert claim.id is not None
        if claim.id not in self._vectors:
            fids = [facet_id(claim.id, n) for n in range(len(facets(claim.core)))]
            self._vectors[claim.id] = self.index.vectors(fids)
        return self._vectors[claim.id]

    def centred(self, claim: Claim) -> np.ndarray | None:
        assert claim.id is not None
        if claim.id not in self._centred:
            self._centred[claim.id] = (self.context.centred(claim, self.vectors(claim))
                                       if self.context is not None else None)
        return self._centred[claim.id]

    def margin(self, a: Claim, b: Claim) -> float:
        assert a.id is not None and b.id is not None
        key = (a.id, b.id) if a.id < b.id else (b.id, a.id)
        if key not in self._margins and self.context is not None \
                and not self._same_story(a, b):
            self._margins[key] = -1.0  # two stories: no claim of one is the other's
        if key not in self._margins:
            va, vb = self.vectors(a), self.vectors(b)
            ca = self.centred(a)
            cb = self.centred(b) if ca is not None else None
            if ca is not None and cb is not None:
                cosines, threshold = ca @ cb.T, self.config.context_threshold
                match = self._centred_match
            else:
                cosines, threshold = va @ vb.T, self.config.match.threshold
                match = self.config.match
            score, signals = match_score(a, b, cosines, match, self.weigh, self.one_voice)
            centred = threshold == self.config.context_threshold
            if centred:
                score = self._read_apart(a, b, score, signals, match, threshold)
            if self.config.apart_act_malus and (acts_apart(a, b) or occasions_apart(a, b)):
                score -= self.config.apart_act_malus
            elif self.config.two_agents_malus and one_act_two_agents(
                    a, b, self._article_claims() if self.config.two_agents_article else None,
                    self.config.two_agents_calls):
                score -= self.config.two_agents_malus
            if centred:
                score = self._disputes(a, b, score, threshold)
            self._margins[key] = score - threshold
        return self._margins[key]

    def _same_story(self, a: Claim, b: Claim) -> bool:
        """``Context.same_story``, which reads the two claims' articles only."""
        assert self.context is not None
        pair = (a.article_id, b.article_id) if a.article_id <= b.article_id \
            else (b.article_id, a.article_id)
        known = self._stories.get(pair)
        if known is None:
            known = self._stories[pair] = self.context.same_story(a, b)
        return known

    def _read_apart(self, a: Claim, b: Claim, score: float, signals: dict[str, object],
                    match: MatchConfig, threshold: float) -> float:
        """What only article-centred vectors need: there centring took out what both claims are
        about, so what is left (a pronoun, a pointed noun, a lone word, a figure) weighs more."""
        config = self.config
        if config.pointer_malus and self._pointer_apart(a, b, signals):
            score -= config.pointer_malus
        elif config.subject_malus and (self._subjects_apart(a, b, signals) or (
                config.act_pointer_agents and self._act_agents_apart(a, b, signals))):
            score -= config.subject_malus
        elif config.act_malus and self._acts_differ(a, b, signals):
            score -= config.act_malus
        elif config.lone_name_malus and lone_name(signals):
            score -= config.lone_name_malus
        elif config.bare_malus and shares_nothing(a, b, signals, config.bare_person):
            score -= config.bare_malus
        elif config.generic_malus and general_and_particular(a, b, config.generic_definite):
            score -= config.generic_malus
        elif config.name_carried and score >= threshold \
                and (key := lone_name_key(signals)) is not None:
            # read only where the pair would meet: re-encoding costs more than a cosine
            score -= self._name_share(a, b, signals, key)
        elif config.particular_malus and not signals["shared_speaker"] \
                and self._nothing_particular(a, b, signals):
            score -= config.particular_malus
        if config.question_malus and question_and_assertion(a.core, b.core):
            score -= config.question_malus
        if not config.lone_word_lifts:
            score = _without_lone_lift(score, signals, match, threshold)
        # only where the context took the story out: a headline keeps its figure
        if self.one_measure is not None and a.numbers and b.numbers and self.one_measure(a, b):
            score += (-config.two_times_malus if figures_of_two_times(a, b)
                      else config.figure_bonus)
        elif self.one_measure is not None and _counts_apart(a, b) \
                and not self.one_measure(a, b):
            score -= config.apart_figure_malus
        return score

    def _disputes(self, a: Claim, b: Claim, score: float, threshold: float) -> float:
        """Disputes of one statement meet.  As for figures, only on article-centred vectors:
        one-sentence items compared raw (BABE's) are where opposite words of two things on one
        topic meet ("rejected" / "approved"); read only from where it decides, as the reading
        costs more than a cosine.  A pair that matches already gets it too: else a claim's
        denial, tied just over the threshold, counted less than one tied just under it, and the
        claim went to a cluster on the topic it matched a little better (docs/matching.md)."""
        if self.disputed is None:
            return score
        bonus = self.config.dispute_bonus
        if threshold - bonus <= score and self.disputed(a, b):
            return score + bonus
        if threshold - self.config.negation_bonus <= score \
                and self.disputed(a, b, negations=True) \
                and self._raw_score(a, b) >= self.config.match.threshold \
                + self.config.negation_raw_gap:
            # "had not paid the ransom" / "paid the hackers a ransom": a negation ties two
            # claims only where their own words are near (raw), as centring took out what
            # both are about.  (The reading first: the pair's ways of contradicting were
            # worked out for the question above, which any pair this near was asked, while
            # the raw score is a second scoring of the pair; the seeds five times over had
            # 23,000 raw scorings for a few dozen disputed pairs.)
            return score + self.config.negation_bonus
        return score

    def _name_share(self, a: Claim, b: Claim, signals: Mapping[str, object],
                    key: str) -> float:
        pair = signals["facets"]
        assert isinstance(pair, list)
        return name_share(self._name_reading(a, str(pair[0]), key),
                          self._name_reading(b, str(pair[1]), key))

    def _name_reading(self, claim: Claim, facet: str, key: str) -> np.ndarray | None:
        """``name_carried.facet_readings``, cached: a claim meets many on one name."""
        assert claim.id is not None
        cache_key = (claim.id, facet, key)
        if cache_key not in self._name_readings:
            context, encode = self.context, self.encode
            reading = None
            if context is not None and encode is not None:
                def centre(c: Claim, vectors: np.ndarray) -> np.ndarray | None:
                    # the article mean leaves the claim's own core out, as for its vectors
                    out = context.centred(c, np.vstack([self.vectors(c)[:1], vectors]))
                    return None if out is None else out[1:]

                reading = facet_readings(claim, facet, key, centre, encode)
            self._name_readings[cache_key] = reading
        return self._name_readings[cache_key]

    def _article_claims(self) -> ArticleClaims | None:
        return getattr(self.context, "article_claims", None)

    def _pointer_apart(self, a: Claim, b: Claim, signals: Mapping[str, object]) -> bool:
        article_claims = getattr(self.context, "article_claims", None)
        pair, shared = signals["facets"], signals["shared_words"]
        assert isinstance(pair, list) and isinstance(shared, list)
        return article_claims is not None and pointer_apart(
            a, b, str(pair[0]), str(pair[1]), shared, article_claims, self.weigh)

    def _subjects_apart(self, a: Claim, b: Claim, signals: Mapping[str, object]) -> bool:
        pair = signals["facets"]
        assert isinstance(pair, list)
        places = self.config.place_subjects
        return subjects_apart(a, b, str(pair[0]), str(pair[1]), self.weigh, self.one_voice,
                              places, self._article_claims() if places else None)

    def _act_agents_apart(self, a: Claim, b: Claim, signals: Mapping[str, object]) -> bool:
        article_claims, pair = self._article_claims(), signals["facets"]
        assert isinstance(pair, list)
        return article_claims is not None and act_agents_apart(
            a, b, str(pair[0]), str(pair[1]), self.one_voice, article_claims)

    def _acts_differ(self, a: Claim, b: Claim, signals: Mapping[str, object]) -> bool:
        pair = signals["facets"]
        assert isinstance(pair, list)
        return acts_differ(a, b, str(pair[0]), str(pair[1]), self.weigh)

    def _nothing_particular(self, a: Claim, b: Claim, signals: Mapping[str, object]) -> bool:
        pair = signals["facets"]
        assert isinstance(pair, list)
        return nothing_particular(a, b, str(pair[0]), str(pair[1]), self.weigh)

    def _raw_score(self, a: Claim, b: Claim) -> float:
        va, vb = self.vectors(a), self.vectors(b)
        return match_score(a, b, va @ vb.T, self.config.match, self.weigh,
                           self.one_voice)[0]

    def linkage(self, claim: Claim, others: Sequence[Claim]) -> tuple[float, float]:
        # (an article that repeats one quotation, a pull quote and its framed twin, says it
        # once: the repeat may join its twin's cluster, ``repeated_quotation``)
        """Average margin of ``claim`` over ``others`` (one cluster's members) and the share
        of them it matches on its own; (-1, 0) where one of them has its article and voice,
        or as soon as so many fail to match that the support cannot be reached."""
        # (the members of other articles filtered before the generator: it is asked of every
        # member of every cluster a claim is offered, 294,000 steps on the seeds five times
        # over, for the few of the claim's own article)
        if not others or any(self.one_voice(o.voice, claim.voice)
                             and not repeated_quotation(o, claim)
                             for o in others if o.article_id == claim.article_id):
            return -1.0, 0.0
        allowed = len(others) - math.ceil(self.config.min_support * len(others) - 1e-9)
        margins, failed = [], 0
        for other in others:
            margins.append(self.margin(claim, other))
            failed += margins[-1] < 0
            if failed > allowed:
                return -1.0, 0.0
        return float(np.mean(margins)), sum(m >= 0 for m in margins) / len(margins)


def _without_lone_lift(score: float, signals: dict[str, object], match: MatchConfig,
                       threshold: float) -> float:
    """``score`` less the overlap of the one word its best facet pair shares, where the two
    share no name or speaker either and the pair clears ``threshold`` only with the word
    (bonuses for figures and disputes come after)."""
    words = signals["shared_words"]
    if not isinstance(words, list) or len(words) != 1 or score < threshold \
            or signals["entity_jaccard"] != 0:
        return score
    lexical = signals["lexical"]
    lift = match.lexical_weight * (lexical if isinstance(lexical, float) else 0.0)
    return score - lift if score - lift < threshold else score


# two counts this many times apart (an open side read as twice its bound) are not one
# count told two ways: "29" and "40" may be one toll disputed, "29" and "330" are two tolls
_APART = 3.0


def _counts_apart(a: Claim, b: Claim) -> bool:
    """Each claim gives a count, and every count of one is far from every count of the
    other."""
    def span(q: Quantity) -> tuple[float, float] | None:
        if q.low is None and q.high is None:
            return None
        low = q.low if q.low is not None else (q.high or 0.0) / 2
        high = q.high if q.high is not None else low * 2
        return low, high
    spans_a = [s for q in a.numbers if q.kind == "count" and (s := span(q)) is not None]
    spans_b = [s for q in b.numbers if q.kind == "count" and (s := span(q)) is not None]
    return bool(spans_a and spans_b) and all(
        max(xl, yl) > 0 and max(xl, yl) >= _APART * min(xh, yh)
        for xl, xh in spans_a for yl, yh in spans_b)


class OnlineClusterer:
    """Assign claims (already added to the index, facet by facet) to clusters.

    ``vectors[i]`` holds the facet vectors of ``claims[i]``.  Returns claim id -> label
    for every claim of the batch and for stored claims the re-examination moved: an
    existing cluster id (>= 0), or a negative provisional label (-1, -2, ...) for a new
    cluster made in this call, which the store turns into a real id.
    """

    def __init__(self, index: NeighbourIndex, lookup: ClusterLookup,
                 config: ClusterConfig | None = None, weigh: Weigher = general_rarity,
                 context: Context | None = None, one_measure: OneMeasure | None = None,
                 disputed: Disputed | None = None, one_voice: OneVoice | None = None,
                 between: Callable[[], None] | None = None,
                 encode: Encode | None = None):
        self.index = index
        self.encode = encode
        self.lookup = lookup
        # called before each claim is placed (a request's time limit: it may raise)
        self.between = between
        self.config = config or ClusterConfig()
        self.weigh = weigh
        self.context = context
        self.one_measure = one_measure
        self.disputed = disputed
        self.one_voice = one_voice

    def assign(self, claims: Sequence[Claim], vectors: Sequence[np.ndarray]) -> dict[int, int]:
        if not claims:
            return {}
        from embeddings.refine import Partition, refine

        scorer = PairScorer(self.index, self.config, self.weigh, self.context,
                            self.one_measure, self.disputed, self.one_voice, self.encode)
        batch = {c.id: c for c in claims if c.id is not None}
        for claim, vecs in zip(claims, vectors, strict=True):
            scorer.remember(claim, vecs)
        owners = [i for i, v in enumerate(vectors) for _ in range(len(v))]
        hits = self.index.search(np.vstack(vectors), self.config.neighbours + 1)
        floor = self.config.match.threshold - self.config.candidate_margin
        near: list[set[int]] = [set() for _ in claims]
        for row, owner in zip(hits, owners, strict=True):
            near[owner].update(claim_of(fid) for fid, cos in row if cos >= floor)
        stored_ids = sorted({cid for ids in near for cid in ids if cid not in batch})
        stored = dict(self.lookup.claims_with_clusters(stored_ids))
        # every existing cluster a claim of this batch can be offered is a stored neighbour's:
        # fetch their members in one query (one more than scored, to tell a full cluster)
        limit = self.config.max_members
        members = dict(self.lookup.cluster_members(
            sorted({label for _, label in stored.values()}), limit + 1))
        wanted = {m for ids in members.values() for m in ids}
        missing = sorted(m for m in wanted if m not in stored and m not in batch)
        if missing:
            stored.update(self.lookup.claims_with_clusters(missing))
        if self.context is not None:
            self.context.prefetch({c.article_id for c in claims}
                                  | {c.article_id for c, _ in stored.values()})
        part = Partition({cid: c for cid, (c, _) in stored.items()} | batch,
                         {cid: label for cid, (_, label) in stored.items()},
                         frozen={label for label, ids in members.items() if len(ids) > limit})
        def best_cluster(i: int) -> tuple[int | None, float]:
            claim = claims[i]
            assert claim.id is not None, "claims must be stored before clustering"
            candidates = {part.label_of[c] for c in near[i] - {claim.id} if c in part.label_of}
            best, best_margin = None, 0.0
            for label in sorted(candidates):
                others = part.members(label, limit, without=claim.id)
                margin, support = scorer.linkage(claim, others)
                if margin >= best_margin and support >= self.config.min_support:
                    best, best_margin = label, margin
            return best, best_margin

        order = list(range(len(claims)))
        if self.config.confidence_order:
            # each claim's best margin with the stored clusters alone: one more look-up of
            # scores the pass reads anyway (cached), over the batch's own candidates
            first = {i: best_cluster(i) for i in order}
            order.sort(key=lambda i: (first[i][0] is None, -first[i][1], i))
        for i in order:
            if self.between is not None:
                self.between()
            best, _ = best_cluster(i)
            claim_id = claims[i].id
            assert claim_id is not None
            part.put(claim_id, best if best is not None else part.new_label())
        if self.config.refine_sweeps:
            refine(part, scorer, self.config, batch, self.between)
        return part.changes(batch)


_WORDS = re.compile(r"[a-z0-9]+")


def repeated_quotation(a: Claim, b: Claim, min_words: int = 6) -> bool:
    """One claim's words (six or more) stand in order in the other's: an article telling one
    statement twice (a pull quote set apart, then the quotation with its frame; a caption
    repeated word for word), which is one claim told twice, not two sentences of one topic."""
    wa, wb = _WORDS.findall(a.text.lower()), _WORDS.findall(b.text.lower())
    short, long_ = sorted((wa, wb), key=len)
    return len(short) >= min_words and f" {' '.join(short)} " in f" {' '.join(long_)} "
