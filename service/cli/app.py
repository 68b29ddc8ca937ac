"""The ``crossclaim`` command: one Typer app, errors turned into one line and an exit code."""

from __future__ import annotations

import contextlib
import faulthandler
import json
import os
import sys
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape

from service.errors import CrossclaimError, InvalidInput
from service.settings import Settings, check_data_dir

if TYPE_CHECKING:
    from service.pipeline import Pipeline

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  rich_markup_mode="markdown",
                  help="Which outlets make the same claim, and how they differ.")
out = Console(soft_wrap=False)
err = Console(stderr=True, soft_wrap=True)  # an error stays on one line

DataDir = Annotated[Path | None, typer.Option(
    "--data-dir", help="Where the database and index live [env CROSSCLAIM_DATA_DIR].",
    show_default=False)]
JsonFlag = Annotated[bool, typer.Option("--json", help="Machine-readable JSON output.")]

EXIT_ERROR = 2  # bad input or a failed request
EXIT_INTERNAL = 1


def settings_for(data_dir: Path | None) -> Settings:
    settings = Settings()
    if data_dir is not None:
        settings = settings.model_copy(update={"data_dir": data_dir})
    check_data_dir(settings.data_dir)
    return settings


@lru_cache(maxsize=4)
def _pipeline(settings_json: str) -> Pipeline:
    from service.pipeline import build_pipeline

    return build_pipeline(Settings.model_validate_json(settings_json))


def pipeline_for(data_dir: Path | None, write_wait: float | None = None) -> Pipeline:
    """``write_wait``: the seconds this command's writes wait for another writer, instead
    of ``CROSSCLAIM_WRITE_WAIT`` (the batch job's own, longer wait)."""
    settings = settings_for(data_dir)
    if write_wait is not None:
        settings = settings.model_copy(update={"write_wait": write_wait})
    return _pipeline(settings.model_dump_json())


def stored_pipeline_for(data_dir: Path | None) -> Pipeline:
    """The pipeline of a store that exists, for the commands that read one (``claims``,
    ``clusters``, ``contrast``, ``search``...).  A misspelt --data-dir would otherwise be
    made into a new empty store, and the answer, "no claims", would look like a true one."""
    settings = settings_for(data_dir)
    if settings.database_url is None:
        from service.reindex import DB_FILE, finish_interrupted

        finish_interrupted(settings)  # a reindex killed mid-swap: its store is still there
        if not (settings.data_dir / DB_FILE).is_file():
            raise InvalidInput(
                f"no crossclaim store in {settings.data_dir}: check --data-dir "
                "(CROSSCLAIM_DATA_DIR), or run `crossclaim ingest PATH` first")
    return _pipeline(settings.model_dump_json())


def note_older_reading(pipe: Pipeline) -> None:
    """One line on stderr after a write to a store whose older claims an older crossclaim
    read (or whose clusters' contrasts older rules worked out): new articles are read the
    new way, the stored ones stay as they were until re-read."""
    from service.index_keeper import older_contrast, older_reading

    reason = older_reading(pipe.store)
    if reason is not None:
        way = ("ingest the articles into a new database to re-read them"
               if pipe.store.engine.dialect.name == "postgresql"
               else "`crossclaim reindex --if-needed` re-reads them")
        err.print(f"[yellow]note:[/yellow] {reason}; {way}", highlight=False)
    elif (reason := older_contrast(pipe.store)) is not None:
        err.print(f"[yellow]note:[/yellow] {reason}; `crossclaim reindex --if-needed` works "
                  "them out again", highlight=False)


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def print_jsonl(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def _usage_errors() -> tuple[type[Any], ...]:
    """click's errors (a misspelt option, a value out of range, a missing argument), which
    click shows itself with exit code 2.  Typer 0.2x raises them from a copy of click it
    carries inside itself, whose classes are not click's: without it a user's typo came out
    as an internal error (exit 1, "NoSuchOption: ...")."""
    import click

    kinds: list[type[Any]] = [click.ClickException]
    with contextlib.suppress(ImportError):
        from typer._click.exceptions import ClickException

        kinds.append(ClickException)
    return tuple(kinds)


def plain(message: str) -> str:
    """A message for one line of the console: what it quotes of the input (a file name, a
    field name, a line of a file) may hold "[/]", which rich reads as markup (a MarkupError,
    a traceback) or drops ("[bold]"), and line breaks, which would split the one line."""
    return escape(" ".join(message.splitlines()))


def main() -> None:
    """Console entry point: never a traceback for a user's mistake."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    # a crash inside a native library (FAISS, torch, Ray) then names the Python frame it hit
    # on stderr instead of ending the batch job with a bare exit code (skipped where stderr
    # has no file descriptor: captured in tests, embedded in another program)
    with contextlib.suppress(AttributeError, ValueError, OSError):
        faulthandler.enable()
    from service.cli import commands  # noqa: F401  (registers the commands)
    from service.store.pg_session import name_command

    # the command names this process's PostgreSQL sessions, so that a writer refused by its
    # lock hears "crossclaim batch pid N on HOST" (no global options: argv[1] is the command)
    name_command(next((a for a in sys.argv[1:2] if not a.startswith("-")), ""))

    try:
        rc = app(standalone_mode=False)
    except CrossclaimError as exc:
        err.print(f"[red]error:[/red] {plain(exc.message)}", highlight=False)
        sys.exit(EXIT_ERROR)
    except typer.Abort:
        err.print("aborted")
        sys.exit(130)
    except KeyboardInterrupt:
        err.print("interrupted")
        sys.exit(130)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except Exception as exc:  # click usage errors and the unexpected: one line, no traceback
        if isinstance(exc, _usage_errors()):
            if str(exc).strip():  # (no arguments at all: the help is printed already)
                exc.show()
            sys.exit(exc.exit_code)
        if os.environ.get("CROSSCLAIM_DEBUG"):
            raise
        message = " ".join(str(exc).split())  # one line, whatever the library wrapped
        err.print(f"[red]error:[/red] {type(exc).__name__}: {escape(message)}", highlight=False,
                  soft_wrap=True)
        sys.exit(EXIT_INTERNAL)
    if isinstance(rc, int) and rc:
        sys.exit(rc)
