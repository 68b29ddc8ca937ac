"""``published`` read one way at every way in: the CLI's readers, the API, the batch job.

A date, or a date and time (with or without its UTC offset), is stored in one form; anything else is
refused with a line naming the field and the article (file and line, or body index), where
"2023-09-20garbage" used to be stored as it came.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from service.batch.sources import Unit, read_unit
from service.errors import InvalidInput
from service.readers import read_file
from tests.test_api import LIMITS, assert_error, client_for, copy_of

# (as given, as stored)
ACCEPTED = [
    ("2023-09-20", "2023-09-20"),
    (" 2023-09-20\n", "2023-09-20"),
    ("2023-09-20T14:05:00Z", "2023-09-20T14:05:00+00:00"),
    ("2023-09-20t14:05z", "2023-09-20T14:05:00+00:00"),
    ("2023-09-20 16:05+02:00", "2023-09-20T16:05:00+02:00"),
    ("2023-09-20T16:05:07.123456-0430", "2023-09-20T16:05:07-04:30"),
    ("2024-02-29", "2024-02-29"),
    ("2023-09-20T14:05", "2023-09-20T14:05:00"),  # the outlet's local clock, as given
    ("", None),
]
# (as given, what the refusal says besides the field)
REFUSED = [
    ("2023-09-20garbage", "got '2023-09-20garbage'"),
    ("2023-13-45", "no such day"),
    ("2023-02-29", "no such day"),
    ("20230920", "got '20230920'"),
    ("2023-W38-3", "got '2023-W38-3'"),
    ("2023-09-20T25:00Z", "no such time"),
    ("2023-09-20T10:00+24:00", "no such time"),
    ("yesterday", "got 'yesterday'"),
    ("\u0662\u0660\u0662\u0663-\u0660\u0669-\u0662\u0660", "got"),  # Arabic-Indic digits
]
TEXT = "Police said 40 people were held in Lyon on Monday."


@pytest.fixture(scope="module")
def api(seeded_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    with client_for(copy_of(seeded_dir, tmp_path_factory.mktemp("published") / "data"),
                    **LIMITS) as client:
        yield client


def cli_read(tmp_path: Path, published: str) -> Any:
    path = tmp_path / "feed.jsonl"
    path.write_text("\n" + json.dumps({"source": "Wire", "text": TEXT, "published": published})
                    + "\n", encoding="utf-8")
    return path, list(read_file(path))


def batch_read(tmp_path: Path, published: str) -> Any:
    path = tmp_path / "batch.jsonl"
    path.write_text(json.dumps({"source": "Wire", "text": TEXT, "published": published}) + "\n",
                    encoding="utf-8")
    [record] = [r for r in read_unit(Unit("jsonl", "k", str(path))) if r.where != str(path)]
    return path, record


@pytest.mark.parametrize(("given", "stored"), ACCEPTED)
def test_every_way_in_stores_one_form(api: TestClient, tmp_path: Path, given: str,
                                      stored: str | None) -> None:
    _, [article] = cli_read(tmp_path, given)
    assert article.published == stored
    _, record = batch_read(tmp_path, given)
    assert record.error is None and record.article.published == stored
    body = {"id": f"pub-{abs(hash(given))}", "source": "Wire", "text": TEXT, "published": given}
    response = api.post("/v1/articles", json=body)
    assert response.status_code == 200, response.text
    got = api.get(f"/v1/articles/{body['id']}").json()
    assert got["published"] == stored
    assert all(c["published"] == stored for c in got["claims"])


@pytest.mark.parametrize(("given", "says"), REFUSED)
def test_every_way_in_refuses_the_rest_naming_field_and_article(
        api: TestClient, tmp_path: Path, given: str, says: str) -> None:
    path = tmp_path / "feed.jsonl"
    with pytest.raises(InvalidInput) as refused:
        cli_read(tmp_path, given)
    assert refused.value.message.startswith(f"{path}:2: 'published' must be an ISO date")
    assert says in refused.value.message
    path, record = batch_read(tmp_path, given)
    assert record.article is None and record.error is not None
    assert record.error.startswith(f"{path}:1: 'published'") and says in record.error
    # in a list, the item is named; nothing of the request is stored
    before = api.get("/v1/articles", params={"limit": 1}).json()["total"]
    response = api.post("/v1/articles", json=[
        {"source": "Wire", "text": "Police said 41 people were held in Nice."},
        {"source": "Wire", "text": TEXT, "published": given}])
    error = assert_error(response, 422, "invalid_input")
    assert error["message"].startswith("body[1].published: must be an ISO date"), error
    assert says in error["message"]
    assert api.get("/v1/articles", params={"limit": 1}).json()["total"] == before


def test_the_schema_states_the_accepted_forms(api: TestClient) -> None:
    """A client that checks its requests against the schema agrees with the service."""
    import jsonschema_rs

    spec = api.app.openapi()  # type: ignore[attr-defined]
    published = spec["components"]["schemas"]["ArticleIn"]["properties"]["published"]
    check = jsonschema_rs.validator_for(published)
    assert all(check.is_valid(given) for given, _ in ACCEPTED)
    # the form is refused by the schema too; a day that does not exist only by the service
    assert not any(check.is_valid(given) for given, says in REFUSED if "no such" not in says)

