"""`crossclaim batch --ray ADDRESS` on a real local Ray cluster on 127.0.0.1: Ray Data reads,
an actor pool splits and embeds, the driver merges; the same clusters as in-process."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from batchutil import (
    ROOT,
    cli_env,
    free_port,
    run_batch,
    sqlite_url,
    store_facts,
    varied_articles,
    write_jsonl,
)
from conftest import make_settings

pytest.importorskip("ray", reason="Ray is not installed: pip install 'crossclaim[ray]'")

RAY_ENV = {"RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER": "0", "RAY_USAGE_STATS_ENABLED": "0"}


@pytest.fixture(scope="module")
def ray_cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`ray start --head --block` on 127.0.0.1 (2 CPUs), stopped by SIGTERM afterwards."""
    port = free_port()
    env = {**os.environ, **RAY_ENV, "PYTHONPATH": str(ROOT)}
    log_path = tmp_path_factory.mktemp("ray") / "ray.log"
    ray_bin = Path(sys.executable).with_name("ray")
    with open(log_path, "wb") as log:
        proc = subprocess.Popen(
            [str(ray_bin), "start", "--head", "--block", "--node-ip-address=127.0.0.1",
             f"--port={port}", "--num-cpus=2", "--include-dashboard=false",
             "--disable-usage-stats"],
            env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    address = f"127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while "Ray runtime started" not in log_path.read_text(errors="replace"):
            if proc.poll() is not None or time.monotonic() > deadline:
                pytest.fail("the local Ray cluster did not start:\n"
                            + log_path.read_text(errors="replace")[-3000:], pytrace=False)
            time.sleep(0.5)
        yield address
    finally:
        proc.send_signal(signal.SIGTERM)  # ray start --block stops the node's processes
        try:
            proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


@pytest.mark.slow
def test_ray_gives_the_same_clusters_as_in_process(ray_cluster: str, tmp_path: Path,
                                                   seed_articles: Any) -> None:
    from service.batch import EXIT_OK, BatchRunner
    from service.pipeline import build_pipeline

    records = varied_articles(seed_articles, 30)
    write_jsonl(tmp_path / "in" / "feed.jsonl", records[:25])
    (tmp_path / "in" / "late.jsonl").write_text("")  # appended to below

    local_dir = tmp_path / "local"
    pipe = build_pipeline(make_settings(local_dir))
    summary = BatchRunner(pipe, progress=False).run([str(tmp_path / "in")])
    assert summary.exit_code == EXIT_OK and summary.new == 25

    ray_dir = tmp_path / "ray"
    env = {**cli_env(ray_dir), **RAY_ENV}
    code, got, stderr = run_batch(["--ray", ray_cluster, str(tmp_path / "in")], env)
    assert code == EXIT_OK, stderr
    assert (got["new"], got["claims"]) == (25, summary.claims)

    # more input: both take in only the new lines
    write_jsonl(tmp_path / "in" / "late.jsonl", records[25:])
    assert BatchRunner(pipe, progress=False).run([str(tmp_path / "in")]).new == 5
    pipe.store.close()
    code, got, stderr = run_batch(["--ray", ray_cluster, str(tmp_path / "in")], env)
    assert (code, got["new"], got["duplicate"]) == (EXIT_OK, 5, 0), stderr

    local, distributed = store_facts(sqlite_url(local_dir)), store_facts(sqlite_url(ray_dir))
    assert distributed["articles"] == local["articles"]
    assert distributed["claims"] == local["claims"]
    assert distributed["clusters"] == local["clusters"]


def test_unreachable_cluster_is_one_clear_error(tmp_path: Path) -> None:
    feed = write_jsonl(tmp_path / "feed.jsonl", [{"source": "A", "text": "Something."}])
    env = {**cli_env(tmp_path / "data"), **RAY_ENV}
    code, _, stderr = run_batch(["--ray", f"127.0.0.1:{free_port()}", str(feed)], env,
                                timeout=180)
    assert code == 2
    assert "Ray cluster" in stderr, stderr
