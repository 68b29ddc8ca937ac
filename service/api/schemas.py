"""Pydantic schemas of the HTTP API: what goes over the wire, with OpenAPI examples.

They are separate from the storage rows (service/store) and the domain objects
(embeddings/types.py); the payloads are built from the same dict views the CLI's
``--json`` prints (service/views.py), so both stay consistent.
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator

from service.published import PATTERN as PUBLISHED_PATTERN

# -- errors ------------------------------------------------------------------------------



def _not_blank(value: str) -> str:
    from service.readers import is_blank

    if is_blank(value):
        raise ValueError("must not be empty or only whitespace")
    return value


# a query needs a word: "" and "???" are refused (422) and the schema says so; a query of
# stopwords alone ("the of and") is refused too, which no schema can say.  The pattern is
# a character neither whitespace nor ASCII punctuation, looser than the check: a JSON Schema
# "\w" is ASCII alone and would call "Шуша" invalid
QUERY_TEXT: dict[str, Any] = {"minLength": 1, "pattern": r"[^\s!-/:-@\[-^`{-~]"}

# the schema says what the validator refuses ("" or "   "), so a client generated from it (or
# a fuzzer) does not send a "valid" body that comes back 422; the validator words the refusal
NonBlank = Annotated[str, AfterValidator(_not_blank),
                     Field(json_schema_extra={"minLength": 1, "pattern": r"\S"})]


def _published(value: str | None) -> str | None:
    from service.published import normalise_published

    # the readers' validator (BadPublished is a ValueError: a 422 naming body.published)
    return normalise_published(value) if value is not None else None


Published = Annotated[str | None, AfterValidator(_published),
                      Field(json_schema_extra={"pattern": PUBLISHED_PATTERN})]


class TextIn(BaseModel):
    """A request body of texts.  JSON may spell half of a UTF-16 pair alone ("\\ud800"),
    which no UTF-8 text can hold: the hash of the text, the store and the tokenizer all fail
    on it (a 500).  Every string field is checked, so it is a 422 naming the field."""

    @field_validator("*")
    @classmethod
    def _unicode(cls, value: Any) -> Any:
        if isinstance(value, str):
            from service.errors import InvalidInput
            from service.readers import check_unicode

            try:
                check_unicode(value, "the text")
            except InvalidInput as exc:
                raise ValueError(exc.message.removeprefix("the text is ")) from None
        return value

class ErrorBody(BaseModel):
    code: str = Field(description="Stable machine-readable code, e.g. `invalid_input`.")
    message: str = Field(description="What went wrong, in plain language.")
    details: Any = Field(default=None, description="Where it went wrong (field, index, limit).")


class ErrorResponse(BaseModel):
    """The one shape of every error the service returns."""

    error: ErrorBody

    model_config = ConfigDict(json_schema_extra={"examples": [{"error": {
        "code": "invalid_input", "message": "body[0].text: the text is empty",
        "details": [{"loc": ["body", 0, "text"], "msg": "the text is empty",
                     "type": "value_error"}]}}]})


# -- articles ----------------------------------------------------------------------------

ARTICLE_EXAMPLE: dict[str, Any] = {
    "id": "azatutyun-2022-08-30",
    "source": "Azatutyun",
    "title": "US, France Shun Shushi Conference",
    "url": "https://example.org/shushi",
    "published": "2022-08-30",
    "author": "Sargis Harutyunyan",
    "text": "Azerbaijan has condemned the US and French ambassadors in Baku for declining to "
            "visit Shushi. \u201cWe regard this as a disrespectful attitude towards territorial "
            "integrity,\u201d Hikmet Hajiyev said during the conference.",
}


class ArticleIn(TextIn):
    """One article: the same fields as a line of the CLI's JSONL input."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [ARTICLE_EXAMPLE]})

    id: str | None = Field(
        default=None,
        description="Your id, e.g. the article's URL (at most 2,048 bytes, no control "
                    "characters; read it back as /v1/article?id=https%3A%2F%2F..., quoted "
                    "whole); "
                    "derived from source + text if absent (re-sending is a no-op).")
    source: NonBlank = Field(description="The outlet (required).")
    title: str | None = None
    url: str | None = None
    published: Published = Field(
        default=None, description="When it was published: a date (2023-09-20), or a date and "
        "time with its UTC offset (2023-09-20T14:05:00Z), stored as 2023-09-20T14:05:00+00:00.")
    author: str | None = None
    text: NonBlank = Field(description="The article text (required, not blank).")


class IngestItem(BaseModel):
    article_id: str
    source: str
    status: str = Field(description="new | replaced | duplicate")
    claims: int = Field(description="How many claims the article gave.")
    reason: str | None = None


class IngestResponse(BaseModel):
    results: list[IngestItem]
    summary: dict[str, int]

    model_config = ConfigDict(json_schema_extra={"examples": [{
        "results": [{"article_id": "azatutyun-2022-08-30", "source": "Azatutyun",
                     "status": "new", "claims": 2, "reason": None}],
        "summary": {"new": 1, "replaced": 0, "duplicate": 0, "rejected": 0}}]})


class ArticleMeta(BaseModel):
    id: str
    source: str
    title: str | None = None
    url: str | None = None
    published: str | None = None
    author: str | None = None


class ArticleSummary(ArticleMeta):
    claims: int = Field(description="Number of claims stored for the article.")
    chars: int = Field(description="Length of the text in characters.")


class ArticleList(BaseModel):
    items: list[ArticleSummary]
    total: int
    limit: int
    offset: int


class EntityOut(BaseModel):
    text: str
    label: str
    start: int
    end: int


class NumberOut(BaseModel):
    text: str
    low: float | None
    high: float | None
    unit: str | None
    kind: str
    approximate: bool
    start: int
    end: int


class ClaimOut(BaseModel):
    """A claim; ``start``/``end`` are character offsets into its article's text."""

    id: int | None
    article_id: str
    source: str
    speaker: str | None
    text: str
    start: int
    end: int
    checkworthy: float | None = Field(
        default=None, description="How likely a fact-checker would check this claim, 0..1 "
        "(a classifier trained on ClaimBuster); null where not scored.")
    published: str | None = Field(default=None, description="The article's publication date "
                                  "(ISO), where the article gave one.")
    article_link: str = Field(description="API path of the claim's article "
                                          "(/v1/article?id=..., the id quoted whole).")
    page_link: str = Field(description="Web page of the article, anchored at the claim "
                                       "(/article?id=...#claim-N).")


class ClaimFull(ClaimOut):
    core: str = Field(description="The claim without its attribution frame (what is embedded).")
    entities: list[EntityOut]
    numbers: list[NumberOut]
    cluster_id: int | None = None


class ArticleDetail(ArticleMeta):
    chars: int
    text: str
    page_link: str
    claims: list[ClaimFull] = Field(description="The article's claims, in text order, with "
                                                "their offsets into ``text``.")


class DeleteResponse(BaseModel):
    article_id: str
    deleted: bool
    claims_removed: int


# -- clusters and contrasts ----------------------------------------------------------------


class DifferenceOut(BaseModel):
    kind: str = Field(description="contradiction | numbers | numbers_changed (figures of "
                                  "reports published on different days, or of two times "
                                  "the claims name) | state_changed "
                                  "(a state reported otherwise a day later: \"at large\", "
                                  "then \"arrested\") | numbers_units "
                                  "(one amount in two currencies, not compared) | "
                                  "numbers_agree | names | terminology | wording | speakers")
    summary: str
    conflict: bool
    evidence: list[dict[str, Any]] = Field(
        description="Per claim: claim_id, source, voice, the span and its offsets, and the "
                    "publication date where known.")


class Column(BaseModel):
    source: str
    claims: list[ClaimOut]


CLUSTER_EXAMPLE: dict[str, Any] = {
    "id": 12, "relation": "conflict",
    "summary": "The outlets disagree on who fired first.",
    "differences": [{"kind": "contradiction", "conflict": True,
                     "summary": "One side denies what the other asserts.",
                     "evidence": [{"claim_id": 40, "source": "Outlet A", "text": "denied",
                                   "start": 812, "end": 818}]}],
    "sources": ["Outlet A", "Outlet B"], "voices": ["Outlet A", "Hikmet Hajiyev"],
    "columns": [{"source": "Outlet A", "claims": []}, {"source": "Outlet B", "claims": []}],
    "claims": [], "score": 0.61, "link": "/v1/clusters/12", "page_link": "/clusters/12",
}


class ClusterOut(BaseModel):
    id: int
    relation: str = Field(description="agree | conflict")
    summary: str = Field(description="A short plain-language summary of the difference.")
    differences: list[DifferenceOut]
    sources: list[str]
    voices: list[str] = Field(description="Outlets and quoted speakers making the claims.")
    columns: list[Column] = Field(description="The claims grouped by source, side by side.")
    claims: list[ClaimOut]
    score: float | None = Field(default=None, description="Relevance to the query, if any.")
    link: str
    page_link: str

    model_config = ConfigDict(json_schema_extra={"examples": [CLUSTER_EXAMPLE]})


class StoryClaimOut(ClaimOut):
    cluster_id: int = Field(description="The cluster the claim belongs to.")
    cluster_link: str


class StoryDifferenceOut(DifferenceOut):
    """Claims of the story in different clusters, compared: figures or labels."""

    claims: list[StoryClaimOut] = Field(description="The claims that give the figures or "
                                                    "use the terms.")


class ContrastsResponse(BaseModel):
    query: str
    clusters: list[ClusterOut]
    figures: list[StoryDifferenceOut] = Field(
        default_factory=list,
        description="The story's counts compared across its clusters: how many died, were "
                    "arrested, took part..., as outlets give them in claims the clustering "
                    "keeps apart (\"police said 35,000 took part\" / \"organisers put the "
                    "turnout at 250,000\"), disputes first (docs/api.md).")
    terms: list[StoryDifferenceOut] = Field(
        default_factory=list,
        description="The opposing labels outlets give one thing in the story, across its "
                    "clusters (\"offensive\" / \"anti-terror operations\", kind "
                    "terminology), and the names they give one place (\"Stepanakert\" / "
                    "\"Khankendi\", kind names), those in claims nearest the query first "
                    "(docs/api.md).")


    denials: list[StoryDifferenceOut] = Field(
        default_factory=list,
        description="Claims near the query that another voice's claim, in another cluster, "
                    "denies (\"troops crossed the border\" / \"denied that its troops "
                    "had crossed\"), kind contradiction, those nearest the query first "
                    "(docs/api.md).")


class ClusterList(BaseModel):
    items: list[ClusterOut]
    total: int
    limit: int
    offset: int


# -- claims ------------------------------------------------------------------------------


class SearchHit(ClaimOut):
    similarity: float
    cluster_id: int | None = None


class SearchResponse(BaseModel):
    query: str
    hits: list[SearchHit]


class CompareIn(TextIn):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{
        "a": "At least 29 people died in the attack on Monday.",
        "b": "The attack on Monday killed 29 people."}]})

    a: NonBlank = Field(description="First claim.")
    b: NonBlank = Field(description="Second claim.")


class CompareOut(BaseModel):
    similarity: float = Field(description="Cosine of the two claims' embeddings.")
    score: float = Field(description="Match score (cosine adjusted by entity/number signals).")
    match: bool = Field(description="Whether they are the same claim.")
    relation: str = Field(description="agree | conflict | unrelated")
    signals: dict[str, Any]

    model_config = ConfigDict(json_schema_extra={"examples": [{
        "similarity": 0.91, "score": 0.93, "match": True, "relation": "agree",
        "signals": {"numbers": "agree"}}]})


# -- sources and health --------------------------------------------------------------------


class SourceOut(BaseModel):
    source: str
    articles: int
    claims: int


class SourcesResponse(BaseModel):
    sources: list[SourceOut]

    model_config = ConfigDict(json_schema_extra={"examples": [{"sources": [
        {"source": "Azatutyun via Mirror-Spectator", "articles": 1, "claims": 14}]}]})


class Health(BaseModel):
    status: str


class Ready(BaseModel):
    status: str
    checks: dict[str, Any]
