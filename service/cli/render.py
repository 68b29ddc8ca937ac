"""Human output: clusters as side-by-side columns, one per source."""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from embeddings.types import Claim
from service.pipeline import ClusterView
from service.story import StoryDifference

RELATION_STYLE = {"conflict": "bold red", "agree": "bold green"}


def cluster_panel(view: ClusterView) -> Panel:
    by_source: dict[str, list[Text]] = {}
    # one column per outlet; per speaker when every claim comes from one outlet
    one_outlet = len({c.source for c in view.claims}) == 1
    for claim in view.claims:
        line = Text(claim.text)
        if claim.speaker:
            line.append(f"  — {claim.speaker}", style="italic cyan")
        if claim.published:
            line.append(f"  · {claim.published[:10]}", style="dim")
        column = claim.source
        if one_outlet:
            column = claim.speaker or f"{claim.source} (own voice)"
        by_source.setdefault(column, []).append(line)
    table = Table(expand=True, show_lines=False, pad_edge=False)
    for source in sorted(by_source):
        table.add_column(source, ratio=1, overflow="fold")
    table.add_row(*[Text("\n\n").join(by_source[s]) for s in sorted(by_source)])
    parts: list[Table | Text] = [table]
    for diff in view.differences:
        style = "red" if diff.get("conflict") else "yellow"
        parts.append(Text(f"• {diff['kind']}: {diff['summary']}", style=style))
    relation = view.shown_relation.upper()
    title = Text.assemble((f"cluster {view.id} ", "bold"),
                          (relation, RELATION_STYLE.get(view.relation, "bold")),
                          f" · {counted(len(view.sources), 'outlet')}, "
                          f"{counted(len(view.voices), 'voice')}")
    if view.score is not None:
        title.append(f" · relevance {view.score:.2f}", style="dim")
    return Panel(Group(*parts), title=title, title_align="left",
                 subtitle=view.summary or None, subtitle_align="left")


def counted(n: int, noun: str) -> str:
    """"1 outlet", "3 voices": plain English, not "1 source(s)"."""
    return f"{n} {noun}{'' if n == 1 else 's'}"


def print_clusters(console: Console, views: Sequence[ClusterView], empty: str) -> None:
    if not views:
        console.print(empty)
        return
    for view in views:
        console.print(cluster_panel(view))


def story_panel(views: Sequence[StoryDifference], title: str) -> Panel:
    """Differences of a story across clusters (figures, labels): each, then its claims."""
    parts: list[Text] = []
    for view in views:
        d = view.difference
        parts.append(Text(f"• {d.summary}", style="red" if d.conflict else "yellow"))
        shown = _claims_shown(view)
        for claim in shown:
            # whose claim it is: the outlet, and the speaker it quotes ("Azatutyun (David
            # Babayan)"), as the cluster's columns show it
            who = f"{claim.source} ({claim.speaker})" if claim.speaker else claim.source
            line = Text(f"    {who}: ", style="bold")
            line.append(claim.text)
            if claim.published:
                line.append(f"  · {claim.published[:10]}", style="dim")
            line.append(f"  (cluster {view.clusters.get(claim.id or -1)})", style="dim")
            parts.append(line)
        if (more := len(view.claims) - len(shown)) > 0:
            parts.append(Text(f"    … and {more} more claim{'s' if more > 1 else ''} "
                              "(--json lists them all)", style="dim"))
    return Panel(Group(*parts), title=Text(title, style="bold"), title_align="left")


CLAIMS_SHOWN = 4  # a story's difference on a terminal: its first claims, each form's first


def _claims_shown(view: StoryDifference) -> list[Claim]:
    """Up to ``CLAIMS_SHOWN`` claims of the difference: one for each form or figure it sets
    side by side first ("Nagorno-Karabakh", "Karabakh", "Artsakh"), then the others."""
    by_id = {c.id: c for c in view.claims}
    order: list[int | None] = []
    seen: set[str] = set()
    for row in view.difference.evidence:
        form, cid = str(row.get("text", "")).lower(), int(str(row["claim_id"]))
        if form not in seen and cid in by_id and cid not in order:
            seen.add(form)
            order.append(cid)
    order += [c.id for c in view.claims if c.id not in order]
    return [by_id[i] for i in order[:CLAIMS_SHOWN]]
