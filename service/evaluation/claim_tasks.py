"""The claim filter on ClaimBuster and the loaded-words flag on BABE."""

from __future__ import annotations

from service.evaluation import datasets as ds
from service.evaluation.context import Context, Metric, TaskResult, adhoc_claim, sample_examples
from service.evaluation.metrics import (
    prf,
    rate,
    word_overlap,
)


# -- which sentences are claims: ClaimBuster ----------------------------------------------------
def task_claimbuster(ctx: Context) -> TaskResult:
    from embeddings.claims import is_furniture

    rows = ctx.load(ds.claimbuster)
    gold = [r.is_claim for r in rows]
    kept = [not is_furniture(r.text) for r in rows]
    # a claim = kept by the furniture filter and scored check-worthy, as `crossclaim claims
    # --check-worthy` lists them; the scorer never saw these sentences (learn_checkworthy.py)
    pipe = ctx.compare_pipeline
    claims = [adhoc_claim(pipe, r.text) for r in rows]
    scored = pipe.score_checkworthiness(claims, pipe.embed(claims))
    bar = pipe.checkworthiness.threshold if pipe.checkworthiness is not None else 0.0
    worthy = [k and (c.checkworthy is None or c.checkworthy >= bar)
              for k, c in zip(kept, scored, strict=True)]
    s = prf(worthy, gold)
    f = prf(kept, gold)
    b = prf([True] * len(rows), gold)  # the baseline has no claim filter: every sentence
    metrics = [
        Metric("precision of 'is a claim'", s.precision, b.precision),
        Metric("recall of 'is a claim'", s.recall, b.recall),
        Metric("F1 of 'is a claim'", s.f1, b.f1),
        Metric("share of sentences called a claim", rate(worthy), 1.0),
        Metric("F1, furniture filter alone", f.f1, b.f1),
        Metric("share kept by the furniture filter", rate(kept), 1.0),
    ]
    result = TaskResult("claimbuster", "claimbuster/claimspotter_test_balanced.json (702)"
                        if ctx.split == ds.REPORT else "claimbuster 2.5xNCS minus the test",
                        len(rows), metrics, {"baseline": "keeps every sentence",
                                             "checkworthy_threshold": bar})
    if ctx.examples:
        result.examples["dropped_claims"] = sample_examples(ctx, [
            {"text": r.text} for r, k in zip(rows, worthy, strict=True) if r.is_claim and not k])
        result.examples["kept_non_claims"] = sample_examples(ctx, [
            {"text": r.text} for r, k in zip(rows, worthy, strict=True) if k and not r.is_claim])
    return result


# -- loaded wording: BABE -----------------------------------------------------------------------
def task_babe(ctx: Context) -> TaskResult:
    from service.contrast import loaded_words

    rows = ctx.load(ds.babe)
    hits = flagged = found = gold_total = 0
    biased_flag: list[bool] = []
    neutral_flag: list[bool] = []
    per_row: list[list[str]] = []
    for r in rows:
        words = [w for _, _, w in loaded_words(r.text)]
        per_row.append(words)
        h, f, fd = word_overlap(words, r.biased_words)
        hits, flagged, found = hits + h, flagged + f, found + fd
        gold_total += len(r.biased_words)
        (biased_flag if r.biased else neutral_flag).append(bool(words))
    precision = hits / flagged if flagged else 0.0
    recall = found / gold_total if gold_total else 0.0
    metrics = [
        Metric("word precision (flagged ∈ annotated)", precision, None),
        Metric("word recall (annotated flagged)", recall, None),
        Metric("Biased sentences with a flag", rate(biased_flag), None),
        Metric("Non-biased sentences with a flag", rate(neutral_flag), None),
    ]
    details = {"flagged_words": flagged, "annotated_words": gold_total,
               "baseline": "none (the baseline has no notion of loaded wording)"}
    result = TaskResult("babe", f"babe SG2, topics hashed to '{ctx.split}'", len(rows), metrics,
                        details)
    if ctx.examples:
        result.examples["flagged_not_annotated"] = sample_examples(ctx, [
            {"text": r.text, "flagged": w, "annotated": list(r.biased_words)}
            for r, w in zip(rows, per_row, strict=True)
            if w and not word_overlap(w, r.biased_words)[0]])
        result.examples["annotated_not_flagged"] = sample_examples(ctx, [
            {"text": r.text, "flagged": w, "annotated": list(r.biased_words)}
            for r, w in zip(rows, per_row, strict=True) if r.biased_words and not w])
    return result
