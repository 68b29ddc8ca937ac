"""Batch job throughput: articles/s and claims/s on the seeds repeated, in-process and on a
local Ray cluster, each as a ratio to the raw encoder throughput measured in the same run.

    .venv/bin/python bench/batch_throughput.py                  # 1,000 articles, both paths
    .venv/bin/python bench/batch_throughput.py --articles 200 --no-ray

The input is the five seed articles repeated, each copy varied a little (a dateline of
its own and one sentence of its own) so none is a duplicate; every run starts from an
empty store in a temporary directory.  The local Ray cluster is started here on
127.0.0.1 with `ray start --head --block` and stopped afterwards.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
os.environ.setdefault("RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER", "0")


def make_input(path: Path, n: int) -> int:
    from service.readers import read_file

    seeds = list(read_file(ROOT / "seeds" / "articles.jsonl"))
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(n):
            seed = seeds[i % len(seeds)]
            text = (f"Edition {i + 1}, {seed.source}.\n\n{seed.text}\n\n"
                    f"This copy is number {i + 1} in the archive.")
            fh.write(json.dumps({"id": f"{seed.id}-{i}", "source": seed.source,
                                 "title": seed.title, "text": text}) + "\n")
    return n


def raw_encoder(path: Path, settings: Any) -> dict[str, float]:
    """The ceiling: the encoder alone on every claim core the batch will embed."""
    from embeddings.claims import SentenceClaimExtractor
    from embeddings.encoder import SentenceTransformerEncoder
    from service.readers import read_file

    extractor = SentenceClaimExtractor()
    cores = [c.core for a in read_file(path) for c in extractor.extract(a)]
    encoder = SentenceTransformerEncoder(settings.model, settings.dtype, settings.batch_size)
    encoder.encode(cores[:64])  # warm up
    t = time.perf_counter()
    encoder.encode(cores)
    elapsed = time.perf_counter() - t
    return {"claims": len(cores), "seconds": elapsed, "claims_per_s": len(cores) / elapsed}


def in_process(path: Path, work: Path) -> dict[str, float]:
    from service.batch import BatchRunner
    from service.pipeline import build_pipeline
    from service.settings import Settings

    pipe = build_pipeline(Settings(data_dir=work / "local"))
    pipe.encoder.encode(["warm up"])
    summary = BatchRunner(pipe, progress=sys.stderr.isatty()).run([str(path)])
    pipe.store.close()
    return _figures(summary)


def on_ray(path: Path, work: Path, actors: int) -> dict[str, float]:
    from service.batch.ray_runner import RayBatchRunner
    from service.pipeline import build_pipeline
    from service.settings import Settings

    port = 6400 + os.getpid() % 1000
    ray_bin = Path(sys.executable).with_name("ray")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    log = open(work / "ray.log", "wb")  # noqa: SIM115
    proc = subprocess.Popen([str(ray_bin), "start", "--head", "--block",
                             "--node-ip-address=127.0.0.1", f"--port={port}",
                             f"--num-cpus={os.cpu_count() or 2}", "--include-dashboard=false",
                             "--disable-usage-stats"], env=env, stdout=log,
                            stderr=subprocess.STDOUT, start_new_session=True)
    try:
        while "Ray runtime started" not in (work / "ray.log").read_text(errors="replace"):
            if proc.poll() is not None:
                raise RuntimeError((work / "ray.log").read_text())
            time.sleep(0.5)
        pipe = build_pipeline(Settings(data_dir=work / "ray"))
        runner = RayBatchRunner(pipe, address=f"127.0.0.1:{port}", actors=actors,
                                progress=sys.stderr.isatty())
        summary = runner.run([str(path)])
        pipe.store.close()
        return {**_figures(summary), "actors": actors}
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=120)
        log.close()


def _figures(summary: Any) -> dict[str, float]:
    if summary.exit_code != 0:
        raise RuntimeError(f"batch run failed: {summary.as_dict()}")
    return {"articles": summary.new, "claims": summary.claims, "seconds": summary.elapsed,
            "articles_per_s": summary.articles_per_s, "claims_per_s": summary.claims_per_s}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--no-ray", action="store_true", help="only the in-process run")
    parser.add_argument("--actors", type=int, default=2, help="Ray actors holding the model")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    from service.settings import Settings

    with tempfile.TemporaryDirectory(prefix="crossclaim-bench-") as tmp:
        work = Path(tmp)
        path = work / "articles.jsonl"
        make_input(path, args.articles)
        results: dict[str, Any] = {"articles": args.articles, "cpus": os.cpu_count()}
        results["encoder"] = raw_encoder(path, Settings(data_dir=work / "enc"))
        print(f"raw encoder: {results['encoder']['claims_per_s']:.0f} claims/s "
              f"({results['encoder']['claims']} claims)", flush=True)
        runs = [("in-process", lambda: in_process(path, work))]
        if not args.no_ray:
            runs.append((f"ray ({args.actors} actors)", lambda: on_ray(path, work, args.actors)))
        for name, run in runs:
            figures = run()
            figures["vs_encoder"] = figures["claims_per_s"] / results["encoder"]["claims_per_s"]
            results[name] = figures
            print(f"{name}: {figures['articles']} articles, {figures['claims']} claims in "
                  f"{figures['seconds']:.1f} s = {figures['articles_per_s']:.2f} articles/s, "
                  f"{figures['claims_per_s']:.1f} claims/s "
                  f"({figures['vs_encoder']:.2f} x the raw encoder)", flush=True)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, indent=2) + "\n")


if __name__ == "__main__":
    main()
