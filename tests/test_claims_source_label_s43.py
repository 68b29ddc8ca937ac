"""The claims stage: a "Source:"/"Sources:" label before a clause.

"Source: Tom Brokaw Wants Brian Williams Fired" is a report its unnamed sources give, read
as "..., sources said" is: no one is named, and the label is no part of the claim.  What
follows the label is a clause when it has a verb, runs longer than a name, or has lower-case
words a name lacks.  A credit stays page furniture: a short name or list of names with no
verb ("Source: Reuters", "Sources: World Bank, IMF", "Photo source: AP", a table's "Source:
Census Bureau, 2020.").
"""

from __future__ import annotations

import pytest
from claimkit import speakers_and_cores as _claims

from embeddings.claims import is_furniture


@pytest.mark.parametrize(("headline", "core"), [
    ("Source: Tom Brokaw Wants Brian Williams Fired", "Tom Brokaw Wants Brian Williams Fired"),
    ("Sources: Missing Afghan Soldiers May Have Been Found Near Canadian Border",
     "Missing Afghan Soldiers May Have Been Found Near Canadian Border"),
    ("Source: Missing Afghan soldiers at Canadian border",
     "Missing Afghan soldiers at Canadian border"),
    ("Source: Hackers send new message to Sony", "Hackers send new message to Sony"),
    ("Sources: Apple set to acquire Path in an attempt to bolster iOS",
     "Apple set to acquire Path in an attempt to bolster iOS"),
])
def test_a_source_label_before_a_clause_is_an_unnamed_sources_claim(headline: str,
                                                                     core: str) -> None:
    assert _claims(headline) == [(None, core)]


def test_a_source_label_in_prose_is_cut_as_the_headline_label_is() -> None:
    claims = _claims("The mayor spoke on Monday. Sources: the city will cut 500 jobs next year.")
    assert claims[-1] == (None, "the city will cut 500 jobs next year.")


def test_a_frame_after_the_label_still_names_its_speaker() -> None:
    # (a topic label before a leading frame, as "Bergdahl: Senator Says ..." reads)
    speaker, _core = _claims("Sources: Putin Says Russia Will Not Send Troops")[0]
    assert speaker == "Putin"


@pytest.mark.parametrize("credit", [
    "Source: Reuters",
    "Source: Getty Images",
    "Sources: World Bank, IMF",
    "Photo source: AP",
    "Source: U.S. Bureau of Labor Statistics, Current Population Survey",
    "Sources: Bloomberg calculations based on company data.",
    "Source: Census Bureau, May 2020.",
])
def test_a_credit_stays_furniture(credit: str) -> None:
    assert is_furniture(credit)
    assert is_furniture(credit, headlines=False)


@pytest.mark.parametrize(("text", "core"), [
    ("Prices rose 5% last year. Source: Census Bureau, 2020.", "Prices rose 5% last year."),
    ("Unemployment fell to 4% in May. Source: U.S. Bureau of Labor Statistics.",
     "Unemployment fell to 4% in May."),
    ("Profits rose 5% last year. Sources: Bloomberg calculations based on company data.",
     "Profits rose 5% last year."),
])
def test_a_tables_credit_at_the_end_of_an_article_gives_no_claim(text: str, core: str) -> None:
    assert _claims(text) == [(None, core)]


@pytest.mark.parametrize(("headline", "core"), [
    # other labels read as before: a topic label stays, a label weighing the report stays
    ("Data: Americans Riding Public Transit in Record Numbers",
     "Data: Americans Riding Public Transit in Record Numbers"),
    ("Report: Tom Brokaw Wants Brian Williams Fired",
     "Report: Tom Brokaw Wants Brian Williams Fired"),
    ("Sources said Tom Brokaw wants Brian Williams fired.",
     "Tom Brokaw wants Brian Williams fired."),
])
def test_other_labels_do_not_change(headline: str, core: str) -> None:
    assert _claims(headline) == [(None, core)]
