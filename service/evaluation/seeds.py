"""Score the stored clusters of the seed articles against the hand-made gold file.

Gold quotes are located in the seed texts by exact match and mapped to the claim
whose span holds them (or overlaps them most).  Reported:
- groups recovered: >= 2 members from different articles or speakers share a cluster;
- noise lines that became (part of) a claim;
- agreement groups (no contrast listed) whose cluster is labelled conflict;
- contrast groups whose cluster names a difference of a listed kind, and those flagged conflict;
- clusters mixing members of two different gold groups;
- pair precision: of the cross-voice claim pairs in multi-voice clusters, the share a reader
  judged to be the same claim (``tests/data/seed_pair_judgements.jsonl``; pairs nobody has judged
  yet are counted and listed, never guessed). The pairs judged not the same are split by what
  the reader found them to share (the row's ``shares``): one particular event, statement,
  document or figure (``subject``: wrong, but near) or no more than the topic (``topic``: the
  join the issue forbids; a row without the field counts as topic, the strict reading);
  docs/quality.md, "What a wrong pair shares".

``score_labels`` asks the service about each group whose listed kinds include terminology,
with the group's topic as the query, and counts those whose opposing terms come back across
clusters (``Pipeline.terms``) in claims of two of its members from different articles or
speakers: the labels a reader asking about the subject is shown.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Any

from embeddings.types import Claim
from service.store import SqlStore
from service.story import StoryDifference

# which differences count for the gold file's kinds
KINDS = {
    "contradiction": {"contradiction"},
    "numbers_agree": {"numbers_agree"},
    "terminology": {"terminology", "names", "wording"},
    "framing": {"wording", "terminology", "speakers", "names"},
}


@dataclass
class SeedReport:
    groups: int = 0
    recovered: list[str] = field(default_factory=list)
    noise_total: int = 0
    noise_kept: list[str] = field(default_factory=list)
    agreement_groups: int = 0
    false_conflicts: list[str] = field(default_factory=list)
    contrast_groups: int = 0
    kinds_found: list[str] = field(default_factory=list)
    conflict_flagged: list[str] = field(default_factory=list)
    mixed_clusters: list[int] = field(default_factory=list)
    judged_pairs: int = 0
    same_pairs: int = 0
    unjudged: list[tuple[str, str]] = field(default_factory=list)
    # judged not the same, by what they share: (cluster, a, b) and (cluster, a, b, about)
    topic_only: list[tuple[int, str, str]] = field(default_factory=list)
    subject_shared: list[tuple[int, str, str, str]] = field(default_factory=list)
    missing_quotes: list[str] = field(default_factory=list)
    label_groups: int = 0  # groups listing terminology, asked by topic (score_labels)
    labels_shown: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float | None:
        return self.same_pairs / self.judged_pairs if self.judged_pairs else None

    def as_dict(self) -> dict[str, Any]:
        return {
            "groups_recovered": f"{len(self.recovered)}/{self.groups}",
            "noise_lines_kept": f"{len(self.noise_kept)}/{self.noise_total}",
            "false_conflicts_on_agreement_groups":
                f"{len(self.false_conflicts)}/{self.agreement_groups}",
            "contrast_groups_with_kind_found": f"{len(self.kinds_found)}/{self.contrast_groups}",
            "contrast_groups_flagged_conflict":
                f"{len(self.conflict_flagged)}/{self.contrast_groups}",
            "clusters_mixing_gold_groups": len(self.mixed_clusters),
            "terminology_groups_whose_labels_are_shown_when_asked":
                f"{len(self.labels_shown)}/{self.label_groups}",
            "pair_precision": None if self.precision is None else round(self.precision, 3),
            "pairs_judged": self.judged_pairs, "pairs_unjudged": len(self.unjudged),
            "topic_only_pairs": len(self.topic_only), "subject_pairs": len(self.subject_shared),
            "recovered": self.recovered, "noise_kept": self.noise_kept,
            "false_conflicts": self.false_conflicts, "kinds_found": self.kinds_found,
            "missing_quotes": self.missing_quotes, "labels_shown": self.labels_shown,
            "topic_only": [{"cluster": c, "a": a, "b": b} for c, a, b in self.topic_only],
            "subject_shared": [{"cluster": c, "about": about, "a": a, "b": b}
                               for c, a, b, about in self.subject_shared],
        }


def claim_for(claims: Sequence[Claim], start: int, end: int) -> Claim | None:
    """The claim whose span holds [start, end), else the one overlapping it most."""
    best, overlap = None, 0
    for claim in claims:
        if claim.start <= start and end <= claim.end:
            return claim
        o = min(end, claim.end) - max(start, claim.start)
        if o > overlap:
            best, overlap = claim, o
    return best


def pair_key(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a <= b else (b, a)


def load_judgements(path: Path) -> dict[tuple[str, str], bool]:
    out: dict[tuple[str, str], bool] = {}
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                out[pair_key(row["a"], row["b"])] = bool(row["same"])
    return out


def load_shares(path: Path) -> dict[tuple[str, str], tuple[str, str]]:
    """What each pair judged not the same shares, as (``"subject"`` or ``"topic"``, what it is
    about). A row without ``shares`` reads as topic: an unlabelled wrong pair is never taken
    for a near miss."""
    out: dict[tuple[str, str], tuple[str, str]] = {}
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                if not row["same"]:
                    shares = "subject" if row.get("shares") == "subject" else "topic"
                    out[pair_key(row["a"], row["b"])] = (shares, row.get("about", ""))
    return out


def score_seeds(store: SqlStore, gold_path: Path, judgements_path: Path) -> SeedReport:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    report = SeedReport()
    texts: dict[str, str] = {}
    claims_by_article: dict[str, list[Claim]] = {}
    cluster_of: dict[int, int] = {}
    for claim, cluster in store.iter_claims():
        claims_by_article.setdefault(claim.article_id, []).append(claim)
        if claim.id is not None:
            cluster_of[claim.id] = cluster

    def article_text(seed: str) -> str:
        stem = seed.rsplit(".", 1)[0]
        if stem not in texts:
            article = store.get_article(stem)
            texts[stem] = article.text if article else ""
        return texts[stem]

    def locate(seed: str, quote: str) -> Claim | None:
        stem = seed.rsplit(".", 1)[0]
        pos = article_text(seed).find(quote)
        if pos < 0:
            report.missing_quotes.append(f"{seed}: {quote[:60]}")
            return None
        return claim_for(claims_by_article.get(stem, []), pos, pos + len(quote))

    groups_of_claim: dict[int, set[str]] = {}
    for group in gold["groups"]:
        report.groups += 1
        located = []
        for member in group["members"]:
            found = locate(member["seed"], member["quote"])
            if found is not None and found.id is not None:
                located.append((found, member["seed"], member.get("speaker")))
                groups_of_claim.setdefault(found.id, set()).add(group["id"])
        recovered_cluster = _recovered(located, cluster_of)
        is_agreement = not group["contrast"]
        report.agreement_groups += is_agreement
        report.contrast_groups += not is_agreement
        if recovered_cluster is None:
            continue
        report.recovered.append(group["id"])
        row = store.get_cluster(recovered_cluster) or {}
        kinds = {d["kind"] for d in (row.get("contrast") or {}).get("differences", [])}
        conflict = row.get("relation") == "conflict"
        if is_agreement:
            if conflict:
                report.false_conflicts.append(group["id"])
            continue
        wanted = set().union(*(KINDS.get(k, {k}) for k in group["contrast"]))
        if kinds & wanted:
            report.kinds_found.append(group["id"])
        if conflict:
            report.conflict_flagged.append(group["id"])
    report.mixed_clusters = _mixed_clusters(groups_of_claim, cluster_of)

    for noise in gold["noise"]:
        report.noise_total += 1
        stem = noise["seed"].rsplit(".", 1)[0]
        if any(noise["quote"] in c.text for c in claims_by_article.get(stem, [])):
            report.noise_kept.append(noise["quote"])

    judged = load_judgements(judgements_path)
    shares = load_shares(judgements_path)
    members: dict[int, list[Claim]] = {}
    for claims in claims_by_article.values():
        for claim in claims:
            if claim.id is not None:
                members.setdefault(cluster_of[claim.id], []).append(claim)
    for cluster, cluster_claims in members.items():
        for a, b in combinations(cluster_claims, 2):
            if a.voice == b.voice:
                continue
            key = pair_key(a.text, b.text)
            if key in judged:
                report.judged_pairs += 1
                report.same_pairs += judged[key]
                if not judged[key]:
                    kind, about = shares.get(key, ("topic", ""))
                    if kind == "subject":
                        report.subject_shared.append((cluster, *key, about))
                    else:
                        report.topic_only.append((cluster, *key))
            else:
                report.unjudged.append(key)
    return report


def _recovered(located: list[tuple[Claim, str, str | None]],
               cluster_of: dict[int, int]) -> int | None:
    """The cluster holding two members from different articles or speakers, if any."""
    for (a, seed_a, spk_a), (b, seed_b, spk_b) in combinations(located, 2):
        if a.id is None or b.id is None:
            continue
        different = seed_a != seed_b or spk_a != spk_b
        if different and a.id != b.id and cluster_of[a.id] == cluster_of[b.id]:
            return cluster_of[a.id]
    return None


def _mixed_clusters(groups_of_claim: dict[int, set[str]], cluster_of: dict[int, int]) -> list[int]:
    """Clusters in which two different claims belong to different gold groups only.

    One sentence can hold quotes of two gold groups; that claim alone does not make
    its cluster mixed (the claim splitter, not the clustering, would have to part them).
    """
    by_cluster: dict[int, list[set[str]]] = {}
    for claim_id, groups in groups_of_claim.items():
        by_cluster.setdefault(cluster_of[claim_id], []).append(groups)
    return sorted(cluster for cluster, sets in by_cluster.items()
                  if any(not (a & b) for a, b in combinations(sets, 2)))


def score_labels(report: SeedReport, store: SqlStore, gold_path: Path,
                 terms: Callable[[str], list[StoryDifference]]) -> None:
    """Fill ``report``'s label figures: ``terms(query)`` asked with each terminology group's
    topic (see the module's doc)."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    claims_by_article: dict[str, list[Claim]] = {}
    for claim, _ in store.iter_claims():
        claims_by_article.setdefault(claim.article_id, []).append(claim)
    for group in gold["groups"]:
        if "terminology" not in group["contrast"]:
            continue
        report.label_groups += 1
        members: dict[int, tuple[str, str | None]] = {}
        for member in group["members"]:
            stem = member["seed"].rsplit(".", 1)[0]
            article = store.get_article(stem)
            pos = article.text.find(member["quote"]) if article else -1
            found = claim_for(claims_by_article.get(stem, []), pos,
                              pos + len(member["quote"])) if pos >= 0 else None
            if found is not None and found.id is not None:
                members[found.id] = (member["seed"], member.get("speaker"))
        for view in terms(group["topic"]):
            shown = {members[c.id] for c in view.claims if c.id in members}
            if len({seed for seed, _ in shown}) > 1 or len(shown) > 1:
                report.labels_shown.append(group["id"])
                break
