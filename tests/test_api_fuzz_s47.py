"""The API under generated requests (schemathesis, from the app's own OpenAPI schema).

Every operation gets schema-valid and schema-invalid requests over a copy of the seeded
store.  What must hold for each: no 5xx; status, content type, headers and body as the
schema declares them; a 4xx in the one error shape; and the seeds still there afterwards.

Left out: schemathesis's "schema-valid request rejected" check.  The schema says what it
can (non-blank texts, a query with a word, a non-empty batch); what it cannot (a query of
stopwords alone, a NUL character, a batch over the configured limit) is a documented
422/413, not a failure.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.specs.openapi.checks import positive_data_acceptance

from tests.conftest import make_settings
from tests.test_api import LIMITS, assert_error, copy_of

# enough to meet every refusal the handlers have (a dozen seconds in all); each example
# that ingests runs the model, so not more
EXAMPLES = 25


@pytest.fixture(scope="module")
def fuzz_app(seeded_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    from service.api import create_app
    from service.pipeline import build_pipeline

    data_dir = copy_of(seeded_dir, tmp_path_factory.mktemp("fuzz") / "data")
    config = make_settings(data_dir, **LIMITS)
    pipe = build_pipeline(config)
    yield create_app(config, pipe)
    pipe.store.close()


@pytest.fixture(scope="module")
def api_schema(fuzz_app: Any) -> Any:
    return schemathesis.openapi.from_asgi("/openapi.json", fuzz_app)


def _check(case: Any) -> None:
    response = case.call()
    assert response.status_code < 500, (case.as_curl_command(), response.text[:500])
    case.validate_response(response, excluded_checks=[positive_data_acceptance])
    if response.status_code >= 400:
        assert response.headers["content-type"][0].startswith("application/json")
        body = response.json()
        assert set(body) == {"error"}, body
        assert set(body["error"]) == {"code", "message", "details"}, body
        assert isinstance(body["error"]["code"], str) and body["error"]["message"]


# schemathesis's own pytest loader (from_fixture) fails under pytest 9 ("no attribute
# _nodeid"): each operation's strategy is run by hypothesis here instead, and every
# operation's first failure is reported together
@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE],
                         ids=["valid", "invalid"])
def test_generated_requests_get_a_declared_answer_never_a_500(
        api_schema: Any, mode: GenerationMode) -> None:
    failures: dict[str, str] = {}
    tried = 0
    for result in api_schema.get_all_operations():
        operation = result.ok()
        test = settings(max_examples=EXAMPLES, deadline=None, database=None,
                        suppress_health_check=list(HealthCheck))(
            given(operation.as_strategy(generation_mode=mode))(_check))
        try:
            test()
            tried += 1
        except Unsatisfiable:
            # nothing invalid to send (no parameters, or a free-text path parameter)
            continue
        except BaseException as exc:  # schemathesis reports a FailureGroup, not an Exception
            if isinstance(exc, KeyboardInterrupt):
                raise
            failures[operation.label] = str(exc)[:2000]
    # every operation takes valid requests; six have parameters or a body to get wrong
    assert tried >= (13 if mode is GenerationMode.POSITIVE else 6), tried
    assert not failures, "\n\n".join(f"{k}:\n{v}" for k, v in failures.items())


def test_the_seeds_survive_the_generated_requests(fuzz_app: Any, seed_articles: Any) -> None:
    """Runs after the fuzzing (file order): every seed article is still there, whole, and the
    index still answers a query with one of them."""
    with TestClient(fuzz_app, raise_server_exceptions=False) as client:
        for article in seed_articles:
            got = client.get(f"/v1/articles/{article.id}")
            assert got.status_code == 200, got.text
            assert got.json()["text"] == article.text
            assert got.json()["claims"]
        hits = client.get("/v1/claims/search", params={"q": "Lachin corridor"}).json()["hits"]
        seed_ids = {a.id for a in seed_articles}
        assert any(h["article_id"] in seed_ids for h in hits)


@pytest.mark.parametrize(("route", "params", "body"), [
    ("/v1/contrasts", {"q": ""}, None),
    ("/v1/claims/search", {"q": "???"}, None),
    ("/v1/articles", None, []),
    ("/v1/compare", None, {"a": "", "b": "The attack killed 29 people."}),
    ("/v1/compare", None, {"a": "   ", "b": "The attack killed 29 people."}),
])
def test_what_the_schema_rules_out_is_refused_in_the_error_shape(
        fuzz_app: Any, route: str, params: dict[str, str] | None, body: Any) -> None:
    """The requests the fuzzer first found "valid but refused": the schema now rules them out
    (minLength, pattern, minItems) and the service refuses them with a 422 saying why."""
    with TestClient(fuzz_app, raise_server_exceptions=False) as client:
        response = (client.get(route, params=params) if body is None
                    else client.post(route, json=body))
        error = assert_error(response, 422, "invalid_input")
        assert "empty" in error["message"] or "no words" in error["message"], error


def test_the_schema_declares_those_limits(fuzz_app: Any) -> None:
    spec = fuzz_app.openapi()
    for path in ("/v1/contrasts", "/v1/claims/search"):
        q = next(p for p in spec["paths"][path]["get"]["parameters"] if p["name"] == "q")
        assert q["schema"]["minLength"] == 1 and q["schema"]["pattern"]
    compare = spec["components"]["schemas"]["CompareIn"]["properties"]
    assert compare["a"]["minLength"] == 1 and compare["b"]["pattern"]
    body = spec["paths"]["/v1/articles"]["post"]["requestBody"]["content"]["application/json"]
    batch = next(s for s in body["schema"]["anyOf"] if s.get("type") == "array")
    assert batch["minItems"] == 1


@pytest.mark.parametrize("query", ["Шуша", "µ", "Lachin?", "_"])
def test_a_query_the_service_answers_is_one_the_schema_allows(fuzz_app: Any, query: str) -> None:
    """Found by the fuzzer: a first pattern ("\\w", ASCII in JSON Schema) called "µ" invalid
    while the service answered it; a client checking its requests would refuse "Шуша"."""
    import jsonschema_rs

    spec = fuzz_app.openapi()
    q = next(p for p in spec["paths"]["/v1/claims/search"]["get"]["parameters"]
             if p["name"] == "q")
    assert jsonschema_rs.validator_for(q["schema"]).is_valid(query)
    with TestClient(fuzz_app, raise_server_exceptions=False) as client:
        assert client.get("/v1/claims/search", params={"q": query}).status_code == 200


def test_a_text_of_byte_order_marks_alone_is_blank(fuzz_app: Any) -> None:
    """Found checking the schema's "\\S" against every character after the fuzzer's find
    above: "\\ufeff" is blank to the schema but was a text to the service (an article of no
    words stored, a comparison of nothing judged)."""
    with TestClient(fuzz_app, raise_server_exceptions=False) as client:
        compared = client.post("/v1/compare", json={"a": "\ufeff", "b": "Troops left."})
        assert "body.a" in assert_error(compared, 422, "invalid_input")["message"]
        ingested = client.post("/v1/articles", json={"source": "Wire", "text": "\ufeff \ufeff"})
        assert "text" in assert_error(ingested, 422, "invalid_input")["message"]
