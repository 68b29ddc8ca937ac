"""The engine's commands: ingest, clusters, contrast, figures, terms, compare, claims, search."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from embeddings.types import Article
from service.cli.app import (
    DataDir,
    JsonFlag,
    app,
    err,
    note_older_reading,
    out,
    pipeline_for,
    plain,
    print_json,
    print_jsonl,
    settings_for,
    stored_pipeline_for,
)
from service.cli.render import counted, print_clusters, story_panel
from service.errors import InvalidInput
from service.folders import files_of
from service.readers import SUFFIXES, Unreadable, check_unicode, read_file, rejections_line
from service.story import StoryDifference
from service.views import (
    claim_dict,
    cluster_dict,
    cluster_id_of,
    ingest_dict,
    ingest_summary,
    judgement_dict,
    story_difference_dict,
)


def _text(value: str | None) -> str | None:
    """A text argument must be UTF-8: bytes that are not arrive as lone surrogates, on which
    the model's tokenizer fails with a TypeError far from the cause."""
    if value is not None:
        try:
            check_unicode(value, "the text")
        except InvalidInput as exc:
            raise typer.BadParameter(f"{exc.message} (the terminal's bytes are not UTF-8)") \
                from None
    return value


FIGURES_TITLE = "figures across these clusters"
TERMS_TITLE = "labels across these clusters"
DENIALS_TITLE = "denials across these clusters"
# contrast, figures and terms read the story over the same clusters: one bound for the three
StoryTop = Annotated[int, typer.Option(min=1, max=100)]


@app.command()
def ingest(
    # (click's own check of a path's readability answered in three lines of usage; each
    # path that cannot be read is named on one line below, as those under a folder are)
    paths: Annotated[list[Path], typer.Argument(
        help="Files (.jsonl .json .txt .html) or dirs.", readable=False)],
    source: Annotated[str | None, typer.Option(help="Outlet name for .txt/.html files.")] = None,
    data_dir: DataDir = None,
    as_json: JsonFlag = False,
) -> None:
    """Take in articles: split claims, embed, cluster, contrast. Re-ingesting adds nothing."""
    articles: list[Article] = []
    rejected: list[str] = []
    # the pipeline refuses a longer text too, but as a row of the table (stdout), an exit
    # code 3 when nothing went in, and after the model has loaded: named here, as a bad file is
    limit = settings_for(data_dir).max_article_chars
    found = files_of(paths)
    # paths not read at all: one line each, not folded into a summary
    skipped = [why for _, why in found.skipped]
    for path in found.files:
        try:
            for article in read_file(path, source, errors=rejected):
                if len(article.text) > limit:
                    rejected.append(f"{path}: article {article.id} has {len(article.text)} "
                                    f"characters; the limit is {limit} "
                                    "(CROSSCLAIM_MAX_ARTICLE_CHARS)")
                else:
                    articles.append(article)
        except Unreadable as exc:
            skipped.append(exc.message)
        except InvalidInput as exc:
            rejected.append(exc.message)
    if not articles and not rejected and len(skipped) == 1:
        raise InvalidInput(skipped[0])  # the one thing named: the error line says it
    for line in skipped:
        err.print(f"[yellow]not read:[/yellow] {plain(line)}", highlight=False)
    if not articles and rejected:
        raise InvalidInput(rejections_line(rejected))
    if not articles and skipped:
        raise InvalidInput(f"nothing to ingest: {len(skipped)} path(s) could not be read "
                           "(named above)")
    if not articles:
        # an empty file or a folder of other files: say so, before the model loads, rather
        # than "0 new" and exit 0, which reads as a success
        raise InvalidInput(f"nothing to ingest: no articles in {', '.join(map(str, paths))} "
                           f"(read from {', '.join(SUFFIXES)} files)")
    pipe = pipeline_for(data_dir)
    results = [r for run in versions_apart(articles) for r in pipe.ingest(run)]
    note_older_reading(pipe)
    summary = ingest_summary(results)
    summary["rejected"] += len(rejected) + len(skipped)
    if as_json:
        print_json({"results": [ingest_dict(r) for r in results], "summary": summary,
                    "rejected_files": skipped + rejected})
    else:
        table = Table("article", "source", "status", "claims", "note")
        for r in results:
            table.add_row(*map(plain, (r.article_id, r.source, r.status, str(r.claims),
                                       r.reason or "")))
        out.print(table)
        if rejected:
            err.print(f"[yellow]skipped:[/yellow] {plain(rejections_line(rejected))}",
                      highlight=False)
        out.print(", ".join(f"{n} {k}" for k, n in summary.items()))
    if skipped or rejected or summary["rejected"]:
        raise typer.Exit(3 if articles else 2)


def versions_apart(articles: list[Article]) -> list[list[Article]]:
    """The articles in runs that hold no id twice with two texts: a file (or files) giving an
    article again with another text is read in order, the later version replacing the
    earlier ("replaced"), as the batch job does, rather than dropped as a duplicate of it."""
    runs: list[list[Article]] = [[]]
    texts: dict[str, str] = {}
    for article in articles:
        if texts.get(article.id, article.content_hash) != article.content_hash:
            runs.append([])
            texts = {}
        texts[article.id] = article.content_hash
        runs[-1].append(article)
    return [run for run in runs if run]


@app.command()
def clusters(
    min_sources: Annotated[int, typer.Option(
        "--min-sources", min=1,
        help="Only clusters with claims from at least N voices (outlets or quoted speakers; "
             "one speaker that outlets quote in conflicting ways counts once per outlet).")] = 2,
    limit: Annotated[int, typer.Option(min=1, max=10_000)] = 50,
    data_dir: DataDir = None,
    as_json: JsonFlag = False,
) -> None:
    """List clusters, most contested first, with their claims and differences."""
    views, total = stored_pipeline_for(data_dir).clusters(min_voices=min_sources, limit=limit)
    if as_json:
        print_json([cluster_dict(v) for v in views])
        return
    print_clusters(out, views, "No clusters yet: run `crossclaim ingest` first.")
    out.print(f"[dim]{len(views)} of {counted(total, 'cluster')} with at least "
              f"{counted(min_sources, 'voice')}[/dim]")


NO_CLUSTER_ACROSS = ("No one cluster holds competing claims on that subject; the story's "
                     "claims compared across its clusters follow.")


@app.command()
def contrast(
    query: Annotated[str, typer.Argument(
        help="The subject, e.g. 'who shelled civilians'.", callback=_text)],
    top: StoryTop = 5,
    data_dir: DataDir = None,
    as_json: JsonFlag = False,
) -> None:
    """Show competing claims on a subject: the most relevant clusters, side by side, then
    the story's denials, figures and labels compared across them."""
    pipe = stored_pipeline_for(data_dir)
    views = pipe.contrasts(query, top=top)
    if as_json:  # the clusters only, as before; `figures` and `terms` --json give the rest
        print_json([cluster_dict(v) for v in views])
        return
    figures, terms, denials = pipe.across(query, top=top)
    # an answer is always the nearest clusters: say so when the subject is not in the store
    from service.pipeline_answers import unmatched_note

    if note := unmatched_note(query, pipe.unmatched_words(query)):
        out.print(f"[yellow]{escape(note)}[/yellow]", highlight=False)
    # a story whose disputes lie across clusters has competing claims all the same
    print_clusters(out, views, NO_CLUSTER_ACROSS if figures or terms or denials
                   else "No competing claims found on that subject.")
    if denials:
        out.print(story_panel(denials, DENIALS_TITLE))
    if figures:
        out.print(story_panel(figures, FIGURES_TITLE))
    if terms:
        out.print(story_panel(terms, TERMS_TITLE))


@app.command()
def figures(
    query: Annotated[str, typer.Argument(
        help="The subject, e.g. 'how many people died'.", callback=_text)],
    top: StoryTop = 5,
    data_dir: DataDir = None,
    as_json: JsonFlag = False,
) -> None:
    """Compare the counts of the story a subject is about across its clusters: how many died,
    were arrested, took part..., as outlets give them in claims worded apart."""
    _print_story(stored_pipeline_for(data_dir).figures(query, top=top), as_json, FIGURES_TITLE,
                 "No figures of that story differ across its clusters.")


@app.command()
def terms(
    query: Annotated[str, typer.Argument(
        help="The subject, e.g. 'why people left'.", callback=_text)],
    top: StoryTop = 5,
    data_dir: DataDir = None,
    as_json: JsonFlag = False,
) -> None:
    """Compare the labels outlets give one thing in the story a subject is about, across its
    clusters: "offensive" / "anti-terror operations", "Stepanakert" / "Khankendi"."""
    _print_story(stored_pipeline_for(data_dir).terms(query, top=top), as_json, TERMS_TITLE,
                 "No opposing labels in that story across its clusters.")


def _print_story(views: list[StoryDifference], as_json: bool, title: str, empty: str) -> None:
    if as_json:
        print_json([story_difference_dict(v) for v in views])
    elif views:
        out.print(story_panel(views, title))
    else:
        out.print(empty)


@app.command()
def compare(
    a: Annotated[str | None, typer.Argument(help="First claim.", callback=_text)] = None,
    b: Annotated[str | None, typer.Argument(help="Second claim.", callback=_text)] = None,
    pairs: Annotated[Path | None, typer.Option(
        help='JSONL of {"a": ..., "b": ...}; one JSON result per line out.')] = None,
    data_dir: DataDir = None,
    as_json: JsonFlag = False,
) -> None:
    """Judge two claims: similarity, same claim or not, agreement or conflict."""
    pipe = pipeline_for(data_dir)
    if pairs is not None:
        for n, line in enumerate(_lines(pairs), 1):
            try:
                item = json.loads(line)
                left, right = str(item["a"]), str(item["b"])
            except (json.JSONDecodeError, KeyError, TypeError):
                raise InvalidInput(f'{pairs}:{n}: expected {{"a": ..., "b": ...}}') from None
            check_unicode(left, f"{pairs}:{n}: 'a'")
            check_unicode(right, f"{pairs}:{n}: 'b'")
            print_jsonl(judgement_dict(pipe.compare(left, right)))
        return
    if a is None or b is None:
        raise InvalidInput("give two claims, or --pairs FILE.jsonl")
    judgement = pipe.compare(a, b)
    if as_json:
        print_json(judgement_dict(judgement))
        return
    verdict = "same claim" if judgement.match else "different claims"
    out.print(f"similarity {judgement.similarity:.3f} · {verdict} · {judgement.relation}")
    for key, value in judgement.signals.items():
        out.print(f"  {key}: {value}", highlight=False)


@app.command()
def claims(
    data_dir: DataDir = None,
    as_json: JsonFlag = False,
    check_worthy: Annotated[bool, typer.Option(
        "--check-worthy", help="Only the claims a fact-checker would likely check "
                               "(check-worthiness at or above the trained threshold).")] = False,
) -> None:
    """List every stored claim with its offsets, speaker and check-worthiness."""
    pipe = stored_pipeline_for(data_dir)
    rows = [(claim, cluster) for claim, cluster in pipe.store.iter_claims()]
    if check_worthy:
        if pipe.checkworthiness is None:
            raise InvalidInput(f"no check-worthiness scorer was trained for the model "
                               f"{pipe.settings.model!r}")
        bar = pipe.checkworthiness.threshold
        rows = [(c, k) for c, k in rows if c.checkworthy is not None and c.checkworthy >= bar]
    if as_json:
        print_json([{**claim_dict(c, full=True), "cluster_id": k} for c, k in rows])
        return
    table = Table("id", "source", "speaker", "claim", "worth", "cluster")
    for claim, cluster in rows:
        worth = "" if claim.checkworthy is None else f"{claim.checkworthy:.2f}"
        table.add_row(str(claim.id), claim.source, claim.speaker or "", claim.text, worth,
                      str(cluster))
    out.print(table)


@app.command()
def search(
    query: Annotated[str | None, typer.Argument(
        help="Find the claims nearest this.", callback=_text)] = None,
    top: Annotated[int, typer.Option("--top", "--top-k", min=1, max=1000)] = 10,
    corpus: Annotated[Path | None, typer.Option(help='Ad-hoc corpus JSONL {"id","text"}.')] = None,
    queries: Annotated[Path | None, typer.Option(help='Queries JSONL {"id","text"}.')] = None,
    data_dir: DataDir = None,
    as_json: JsonFlag = False,
) -> None:
    """Nearest stored claims to a query, or rank an ad-hoc corpus for each query line."""
    if corpus is not None or queries is not None:
        if corpus is None or queries is None:
            raise InvalidInput("--corpus and --queries go together")
        from service.adhoc import rank_corpus

        pipe = pipeline_for(data_dir)
        for row in rank_corpus(pipe.encoder, _records(corpus), _records(queries), top):
            print_jsonl(row)
        return
    if query is None:
        raise InvalidInput("give a query, or --corpus and --queries")
    pipe = stored_pipeline_for(data_dir)
    hits = pipe.search(query, top)
    if as_json:
        # each hit's cluster, as GET /v1/claims/search gives it: the way on to its contrast
        clusters = pipe.store.claims_with_clusters([c.id for c, _ in hits if c.id is not None])
        print_json([{**claim_dict(c), "similarity": round(s, 4),
                     "cluster_id": cluster_id_of(clusters, c.id)} for c, s in hits])
        return
    table = Table("similarity", "source", "speaker", "claim")
    for claim, score in hits:
        table.add_row(f"{score:.3f}", claim.source, claim.speaker or "", claim.text)
    out.print(table)


def _lines(path: Path) -> list[str]:
    try:
        return [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]
    except (OSError, UnicodeDecodeError) as exc:
        raise InvalidInput(f"{path}: cannot read ({exc})") from None


def _records(path: Path) -> list[dict[str, str]]:
    records = []
    for n, line in enumerate(_lines(path), 1):
        try:
            item = json.loads(line)
            records.append({"id": str(item["id"]), "text": str(item["text"])})
        except (json.JSONDecodeError, KeyError, TypeError):
            raise InvalidInput(f'{path}:{n}: expected {{"id": ..., "text": ...}}') from None
        check_unicode(records[-1]["text"], f"{path}:{n}: 'text'")
    return records

@app.command()
def reindex(
    data_dir: DataDir = None,
    as_json: JsonFlag = False,
    if_needed: Annotated[bool, typer.Option(
        "--if-needed", help="Only if this version lays the store out otherwise (an older "
                            "clause layout) or reads articles otherwise (an older claim "
                            "reading); claims stored before check-worthiness was scored are "
                            "only scored, and clusters whose contrast older rules worked out "
                            "only contrasted again.  Else nothing is done.")] = False,
) -> None:
    """Re-read every stored article with this version: after an upgrade, or to change model.

    Builds the new store beside the old one and swaps them when it is complete; stop the
    server and the batch job first."""
    from service.cli.app import settings_for
    from service.reindex import (
        reason_to_reindex,
        recontrast_stored_clusters,
        score_stored_claims,
        stored_dates_refused,
    )
    from service.reindex import reindex as rebuild

    settings = settings_for(data_dir)
    if if_needed:
        reason = reason_to_reindex(settings)
        if reason is None:
            scored = score_stored_claims(settings)
            recontrasted = recontrast_stored_clusters(settings)
            refused = stored_dates_refused(settings)
            for article_id, value in refused:
                err.print(f"[yellow]note:[/yellow] {plain(_date_note(article_id, value))}; "
                          "a plain `crossclaim reindex` clears it", highlight=False)
            if as_json:
                print_json({"reindexed": False, "scored": scored, "recontrasted": recontrasted,
                            "published_refused": [{"id": i, "published": v}
                                                  for i, v in refused]})
            else:
                done = [f"scored the check-worthiness of {scored} stored claims"] * bool(scored) \
                    + [f"worked out the contrast of {recontrasted} clusters again with this "
                       "version's rules"] * bool(recontrasted)
                out.print("nothing to re-read: "
                          + ("; ".join(done) or "the store is as this version writes it"))
            return
        err.print(f"re-reading the stored articles: {reason}", highlight=False)
    result = rebuild(settings,
                     progress=lambda n: err.print(f"{n} articles re-read", highlight=False))
    for article_id, value in result.published_cleared:
        err.print(f"[yellow]note:[/yellow] {plain(_date_note(article_id, value))}: cleared, "
                  "the article kept (send it again with its date to set one)", highlight=False)
    if as_json:
        print_json({"reindexed": True, **asdict(result),
                    "published_cleared": [{"id": i, "published": v}
                                          for i, v in result.published_cleared]})
    else:
        out.print(f"{result.articles} articles re-read: {result.claims} claims in "
                  f"{result.clusters} clusters")


def _date_note(article_id: str, value: str) -> str:
    from service.published import shown

    return (f"article {shown(article_id)} was stored with 'published' {shown(value)}, which is "
            "no date this version reads")


# the other command groups register themselves on the same app
from service.cli import batch, evaluate, serve  # noqa: E402, F401
