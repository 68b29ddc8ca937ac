"""``crossclaim serve``: the HTTP API and the web page, under uvicorn."""

from __future__ import annotations

from typing import Annotated

import typer

from service.cli.app import DataDir, app, err, settings_for


@app.command()
def serve(
    host: Annotated[str | None, typer.Option(
        help="Interface to bind (env CROSSCLAIM_HOST; default 127.0.0.1).",
        show_default=False)] = None,
    port: Annotated[int | None, typer.Option(
        min=0, max=65535, help="Port (env CROSSCLAIM_PORT; default 8000).",
        show_default=False)] = None,
    data_dir: DataDir = None,
    log_level: Annotated[str, typer.Option(help="uvicorn log level.")] = "info",
) -> None:
    """Serve the JSON API (/v1, docs at /docs) and the web page (/). The model loads once."""
    import uvicorn

    from service.api.app import create_app

    settings = settings_for(data_dir)
    update: dict[str, object] = {}
    if host is not None:
        update["host"] = host
    if port is not None:
        update["port"] = port
    if update:
        settings = settings.model_copy(update=update)
    from service.pipeline import open_store

    # a store of another model: one line now, not a dying server
    open_store(settings).close()
    err.print(f"crossclaim: serving {settings.data_dir} on http://{settings.host}:{settings.port}",
              highlight=False)
    uvicorn.run(create_app(settings), host=settings.host, port=settings.port,
                log_level=log_level, proxy_headers=False, server_header=False)
