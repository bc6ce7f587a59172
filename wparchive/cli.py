"""The ``wparchive`` command line: thin wrappers that parse options and call the crawler, flows and warehouse."""

from __future__ import annotations

import contextlib
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NoReturn

import typer

# Exit codes (README.md, "Exit codes"): 0 done; 1 the run finished but a site or a data check failed; 2 nothing
# was done (bad input, configuration or database; `crawl`: the site can't be archived); 3 another run holds the
# archive's lock; 130 / 143 stopped by SIGINT / SIGTERM.
EXIT_LOCKED = 3

app = typer.Typer(add_completion=False, no_args_is_help=True, rich_markup_mode=None,  # "[default: …]" is text
                  help="Archive WordPress blogs: posts, comment threads and comment forms, into DuckDB.")


@app.command()
def crawl(
    url: str = typer.Argument(..., help="The blog's address, e.g. https://blog.example"),
    out: Path = typer.Option(..., "--out", help="Run directory to write (JSONL files + stats.json)"),
    profile: str = typer.Option("polite", help="polite (real sites: ~1 request/s) or fast (loopback only)"),
    max_requests: int = typer.Option(None, help="Hard cap on requests in this run"),
    max_posts: int = typer.Option(None, help="Harvest at most this many posts"),
    user_agent: str = typer.Option(None, help="Contact User-Agent to send"),
    state: Path = typer.Option(None, help="The archive's crawl state (JSON): fetch only new and changed posts"),
    no_media: bool = typer.Option(False, "--no-media", help="Don't fetch images and page requisites (CSS, JS, "
                                                            "fonts) of the harvested posts [env WPARCHIVE_MEDIA=0]"),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Show Scrapy's log (default: only the summary "
                                                                "line, and the reason when the crawl fails)"),
) -> None:
    """Crawl one blog into a run directory (the hand-off to `wparchive load`)."""
    _media_switch(no_media)
    from crawler.run import run_crawl

    # Scrapy logs every request at INFO and a failure at ERROR; the lines below say what the crawl got or why it
    # failed, and stats.json has the rest.
    result = run_crawl(url, out, profile=profile, max_requests=max_requests, max_posts=max_posts,
                       user_agent=user_agent, state=state,
                       settings_overrides=None if verbose else {"LOG_LEVEL": "CRITICAL"})
    items = result.stats.get("items", {})
    typer.echo(f"{out}: {items.get('posts.jsonl', 0)} posts, {items.get('comments.jsonl', 0)} comments, "
               f"{items.get('comment_forms.jsonl', 0)} comment forms, {result.stats.get('requests', 0)} requests, "
               f"drops {result.stats.get('drops', {})}")
    if result.error:
        typer.echo(f"wparchive: crawl failed: {result.error}", err=True)
        raise typer.Exit(2)


def _media_switch(no_media: bool) -> None:
    """--no-media: the crawl (in this process or its subprocesses) reads WPARCHIVE_MEDIA when its settings load."""
    if no_media:
        os.environ["WPARCHIVE_MEDIA"] = "0"


@app.command()
def extract(
    file: Path = typer.Argument(..., exists=True, dir_okay=False, help="A saved HTML page"),
    url: str = typer.Option(None, "--url", help="The page's address (for absolute links)"),
) -> None:
    """Print what the page objects read from a saved page, as JSON (for debugging a page)."""
    from crawler.pages import extract_page

    json.dump(extract_page(file.read_bytes(), url=url), sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


# ---------------------------------------------------------------------------------------------------- pipeline
# Prefect and DuckDB are imported inside the commands: `crawl` and `extract` need neither, and Prefect must see
# its environment (flows/prefect_env.py) before it is first imported.

def _fail(message: str, code: int = 2) -> NoReturn:
    typer.secho(f"wparchive: {message}", err=True, fg=typer.colors.RED)
    raise typer.Exit(code)


def _print_table(columns: list[str], rows: list[tuple[Any, ...]], title: str | None = None,
                 max_rows: int | None = None) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title, show_lines=False)
    for column in columns:
        table.add_column(column, overflow="fold")
    shown = rows if max_rows is None else rows[:max_rows]
    for row in shown:
        table.add_row(*("" if v is None else str(v) for v in row))
    console = Console()
    console.print(table)
    if max_rows is not None and len(rows) > max_rows:
        console.print(f"… {len(rows) - max_rows} more row(s) not shown (--max-rows)")


def _default_db(db: Path | None) -> Path:
    from flows.config import DEFAULT_DATA_DIR, DEFAULT_DB_NAME

    if db is not None:
        return db
    env_db = os.environ.get("WPARCHIVE_DB")
    if env_db:
        return Path(env_db)
    return Path(os.environ.get("WPARCHIVE_DATA_DIR") or DEFAULT_DATA_DIR) / DEFAULT_DB_NAME


def _use_configured_store() -> None:
    """Let WARC URIs in ``captures`` (a scale-out night's, in object storage) open in this process: the S3
    endpoint of sites.toml's ``[scale_out]`` becomes fsspec's default (``FSSPEC_S3_ENDPOINT_URL`` also does)."""
    from flows.config import ConfigError, load_settings
    from flows.storage import use_endpoint

    try:
        scale_out = load_settings().scale_out
    except ConfigError:
        return  # show and reextract read local archives without any configuration
    if scale_out is not None:
        use_endpoint(scale_out.endpoint_url)


def _require_published(db: Path) -> None:
    """Fail clearly when ``db`` was never published, saying so when a run left an unpublished working copy."""
    from warehouse.db import WarehouseError, require_archive
    from warehouse.publish import working_path

    if db.exists():
        try:
            require_archive(db)
        except WarehouseError as exc:
            _fail(str(exc))
        return
    work = working_path(db)
    if work.exists():
        _fail(f"{db} has not been published yet: the last run loaded into {work} but stopped before publishing "
              f"(its data checks failed, or it was interrupted). Inspect that copy with --db {work}, fix the cause "
              f"and run again.")
    _fail(f"no database at {db} (create one with `wparchive run` or `wparchive load`)")


def _check_database(db: Path) -> None:
    """Fail early, before any crawl, on a database that is corrupt or locked —
    the published file, and the working copy a run writes (locked while another run loads)."""
    from warehouse.db import WarehouseError, connect
    from warehouse.publish import working_path

    for path in (db, working_path(db)):
        if path.exists():
            try:
                connect(path, read_only=True).close()
            except WarehouseError as exc:
                _fail(str(exc))


@app.command()
def run(
    urls: list[str] = typer.Argument(None, help="Blogs to archive now (default: the sites in the config file)"),
    db: Path = typer.Option(None, "--db", help="DuckDB file [env WPARCHIVE_DB; default data/archive.duckdb]"),
    data_dir: Path = typer.Option(None, "--data-dir", help="Run directories [env WPARCHIVE_DATA_DIR; default data]"),
    config: Path = typer.Option(None, "--config", help="Sites file [env WPARCHIVE_CONFIG; default sites.toml]"),
    profile: str = typer.Option(None, help="polite or fast (fast: loopback test sites only) [default: per site]"),
    max_posts: int = typer.Option(None, help="Harvest at most this many posts per site (never marks deletions)"),
    parallel: int = typer.Option(None, help="Sites crawled at once [default: max_parallel_sites in the config]"),
    retries: int = typer.Option(0, help="Retries of a crawl that failed transiently (the schedule uses the "
                                        "config's crawl_retries)"),
    run_id: str = typer.Option(None, help="Run id (default: the start time); reusing one reloads nothing"),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Show Prefect's logs"),
    report: Path = typer.Option(None, "--report", help="Where to write the HTML report [default: beside the "
                                                       "database, archive-report.html]"),
    no_media: bool = typer.Option(False, "--no-media", help="Don't fetch images and page requisites (CSS, JS, "
                                                            "fonts) of the harvested posts [env WPARCHIVE_MEDIA=0]"),
    full: bool = typer.Option(False, "--full", help="Fetch every post again (default: only new and changed "
                                                    "posts when the archive already holds the site)"),
    create_dirs: bool = typer.Option(False, "--create-dirs", help="Create the folder --db names when it does not "
                                                                 "exist (default: an error, e.g. a mistyped path)"),
) -> None:
    """One nightly run now: crawl, clean and load each site, build views, run the data checks; when they pass,
    publish the archive (--db, read-only for analysts) and write the HTML report.

    One run at a time per archive (a lock beside the database). SIGINT (Ctrl-C) or SIGTERM stop the run within
    seconds, with one line saying what was stopped; the published archive stays as it was."""
    _media_switch(no_media)  # the supervised child and its crawl processes inherit it
    from flows.config import ConfigError, load_settings

    try:
        settings = load_settings(config_path=config, site_urls=urls or None, db_path=db, data_dir=data_dir,
                                 profile=profile, max_posts=max_posts, max_parallel_sites=parallel,
                                 crawl_retries=retries)
    except ConfigError as exc:
        _fail(str(exc))
    if not settings.sites:
        _fail("no sites to archive: give a URL (`wparchive run https://blog.example/`) or list sites in "
              f"{settings.config_path or 'sites.toml'}")
    _check_db_folder(settings.db_path, explicit=bool(db or os.environ.get("WPARCHIVE_DB")), create=create_dirs)
    _check_database(settings.db_path)
    inherited_lock = os.environ.pop(_LOCK_FD_ENV, None)
    if inherited_lock is None:  # this process supervises; a child process does the run (wparchive/supervise.py)
        child = [sys.executable, "-m", "wparchive.cli", "run", *(urls or []), "--db", str(settings.db_path),
                 "--data-dir", str(settings.data_dir), "--retries", str(retries)]
        for flag, value in (("--config", config), ("--profile", profile), ("--max-posts", max_posts),
                            ("--parallel", parallel), ("--report", report)):
            if value is not None:
                child += [flag, str(value)]
        child += ["--verbose"] * verbose + ["--full"] * full
        code = _supervise_run(settings, child, run_id)
        if code:
            raise typer.Exit(code)
        return
    from flows.runlock import adopt_lock
    from wparchive.supervise import die_with_supervisor

    die_with_supervisor()
    adopt_lock(settings.db_path, int(inherited_lock))
    temporary_server = os.environ.pop(_TEMPORARY_SERVER_ENV, None)  # started by the supervising process
    if not verbose:
        # The summary below says what failed and why; Prefect's own tracebacks are for --verbose.
        os.environ.setdefault("PREFECT_LOGGING_LEVEL", "CRITICAL")

    import datetime as dt

    from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    import flows.nightly as nightly_module

    steps = 2 * len(settings.sites) + 5  # crawl + load per site, then prepare, views, checks, publish, report
    with Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), TimeElapsedColumn(),
                  transient=False) as progress:
        bar = progress.add_task("starting Prefect…", total=steps)

        def on_step(site: str, step: str, detail: str) -> None:
            label = f"{site}: {step}" if site else step
            if not progress.console.is_terminal:  # a log (cron, systemd): a line per step, not a silent bar
                typer.echo(f"{dt.datetime.now(dt.timezone.utc):%H:%M:%S} {label}" + (f" {detail}" if detail else ""))
            if step == "crawling":
                progress.update(bar, description=f"{label} {detail}")
                return
            progress.update(bar, advance=1, description=label + (f" ({detail})" if detail else ""))

        nightly_module.progress_hook = on_step
        if temporary_server:
            from flows.serve import ServeError, wait_until_healthy

            timeout = float(os.environ.get("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS") or 120)
            try:
                wait_until_healthy(os.environ["PREFECT_API_URL"], pid=int(temporary_server), timeout=timeout)
            except ServeError as exc:
                _fail(str(exc))
        try:
            state = nightly_module.nightly(
                run_id=run_id, config_path=str(config) if config else None, site_urls=list(urls) if urls else None,
                db_path=str(settings.db_path), data_dir=str(settings.data_dir), profile=profile,
                max_posts=max_posts, max_parallel_sites=parallel, crawl_retries=retries,
                report_path=str(report) if report else None, full=full, return_state=True)
        finally:
            nightly_module.progress_hook = None
        progress.update(bar, completed=steps, description="done" if state.is_completed() else "finished with errors")

    outcome = state.result(raise_on_failure=False)
    summary = outcome if isinstance(outcome, dict) else getattr(outcome, "summary", None)
    if summary:
        _print_run_summary(summary)
    if summary and summary.get("report"):
        typer.echo(f"published {settings.db_path}; report: {summary['report']['path']}")
    elif summary:
        typer.secho(f"not published: {settings.db_path} is unchanged (a data check failed)", fg=typer.colors.YELLOW)
    if state.is_completed():
        typer.echo(f"archived into {settings.db_path} — try `wparchive status --db {settings.db_path}` or "
                   f"`wparchive sql \"SELECT * FROM theme_summary\" --db {settings.db_path}`")
        return
    if summary:
        failed_sites = [s for s in summary.get("sites", []) if s.get("status") == "failed"]
        failed_checks = [c for c in summary.get("checks", []) if not c["passed"] and c["severity"] == "error"]
        _fail(f"{len(failed_sites)} of {len(summary.get('sites', []))} site(s) failed, "
              f"{len(failed_checks)} data check(s) failed (see above)", code=1)
    _fail(str(outcome) if isinstance(outcome, BaseException) else (state.message or "the run failed"), code=1)


_LOCK_FD_ENV = "WPARCHIVE_RUN_LOCK_FD"  # set for the child that does a supervised run: the lock it inherits
_TEMPORARY_SERVER_ENV = "WPARCHIVE_TEMPORARY_PREFECT_PID"  # … and the temporary Prefect server's process, if any


def _check_db_folder(db: Path, *, explicit: bool, create: bool) -> None:
    """A --db (or WPARCHIVE_DB) in a folder that does not exist is most likely a typo: say so instead of starting
    a new archive there with a full crawl, unless asked (--create-dirs). The default data/ folder is created."""
    if db.parent.is_dir() or not explicit or create:
        db.parent.mkdir(parents=True, exist_ok=True)
        if not os.access(db.parent, os.W_OK | os.X_OK):
            _fail(f"the folder {db.parent} is not writable by this user: a run writes its lock, a working copy and "
                  f"the published archive there (to only read the archive, use `status`, `sql` or `report`)")
        return
    _fail(f"the folder {db.parent} does not exist (is --db {db} mistyped?). To start a new archive there, "
          f"create the folder first or add --create-dirs")


def _supervise_run(settings: Any, child: list[str], run_id: str | None) -> int:
    """Take the archive's lock, run ``child`` (this command again, doing the run) and wait for it; on SIGINT or
    SIGTERM stop it with everything it started, record the run as interrupted and say so in one line. Returns
    the exit code."""
    import datetime as dt

    from flows.rundir import new_run_id
    from flows.runlock import ArchiveLocked, archive_lock
    from warehouse.publish import working_path
    from wparchive.supervise import published_identity, record_interruption, supervise

    run_id = run_id or new_run_id(dt.datetime.now(dt.timezone.utc))
    published_before = published_identity(settings.db_path)
    try:
        with archive_lock(settings.db_path, command=f"wparchive run, run {run_id}") as lock_fd, \
                _temporary_prefect_server() as server_env:
            outcome = supervise([*child, "--run-id", run_id],
                                env={**os.environ, **server_env, _LOCK_FD_ENV: str(lock_fd)}, pass_fds=[lock_fd])
            if outcome.signal is not None:
                line = record_interruption(work_db=working_path(settings.db_path), data_dir=settings.data_dir,
                                           run_id=run_id, signum=outcome.signal, published=settings.db_path,
                                           published_before=published_before,
                                           site_names=[s.name for s in settings.sites])
                typer.secho(f"wparchive: {line}", err=True, fg=typer.colors.YELLOW)
    except ArchiveLocked as exc:
        _fail(str(exc), code=EXIT_LOCKED)
    return outcome.returncode


@contextlib.contextmanager
def _temporary_prefect_server() -> Iterator[dict[str, str]]:
    """When no Prefect server is configured, the run's temporary one, started now: its start-up overlaps the run
    process's imports, and that process does not import Prefect's server code to start it (flows/serve.py).
    Yields the run process's environment additions; stops the server afterwards."""
    from flows.serve import api_url_configured, start_temporary_server

    ephemeral = os.environ.get("PREFECT_SERVER_EPHEMERAL_ENABLED", "true").strip().lower() not in ("0", "false")
    if api_url_configured() or not ephemeral:  # Prefect's own configuration decides, as before
        yield {}
        return
    server = start_temporary_server()
    assert server.process is not None
    try:
        yield {"PREFECT_API_URL": server.api_url, _TEMPORARY_SERVER_ENV: str(server.process.pid)}
    finally:
        server.stop()


def _print_run_summary(summary: dict[str, Any]) -> None:
    from flows.runlog import site_summary_line

    sites = summary.get("sites", [])
    typer.echo(f"run {summary.get('run_id')}:")
    for site in sites:  # one line each, readable at any width and in a log
        typer.echo(site_summary_line(site))
    failed = [c for c in summary.get("checks", []) if not c["passed"]]
    if failed:
        _print_table(["check", "severity", "failing rows"],
                     [(c["name"], c["severity"], c["failing_rows"]) for c in failed], title="data checks that failed")


@app.command()
def load(
    run_dir: Path = typer.Argument(..., help="A run directory written by `wparchive crawl` or the nightly run"),
    db: Path = typer.Option(None, "--db", help="DuckDB file [env WPARCHIVE_DB; default data/archive.duckdb]"),
    run_id: str = typer.Option(None, help="Run id (default: from run.json, else derived from stats.json)"),
    create_dirs: bool = typer.Option(False, "--create-dirs", help="Create the folder --db names when it does not "
                                                                 "exist (default: an error, e.g. a mistyped path)"),
) -> None:
    """Clean and load one run directory, then build views and run the data checks (no crawl, no Prefect)."""
    from flows.runlock import ArchiveLocked, archive_lock

    db_path = _default_db(db)
    _check_db_folder(db_path, explicit=bool(db or os.environ.get("WPARCHIVE_DB")), create=create_dirs)
    try:
        with archive_lock(db_path, command=f"wparchive load {run_dir}"):
            _load(run_dir, db_path, run_id)
    except ArchiveLocked as exc:
        _fail(str(exc), code=EXIT_LOCKED)


def _load(run_dir: Path, db_path: Path, run_id: str | None) -> None:
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from flows.cleaning import InvalidRecord
    from flows.rundir import clean_run_dir
    from warehouse import db as warehouse_db
    from warehouse.load import load_run
    from warehouse.publish import prepare_working, publish

    if not run_dir.is_dir():
        _fail(f"no run directory at {run_dir}")
    _check_database(db_path)
    with Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn()) as progress:
        step = progress.add_task("cleaning records…", total=4)
        try:
            clean_dir, manifest = clean_run_dir(run_dir, run_id=run_id)
        except InvalidRecord as exc:
            _fail(str(exc))
        progress.update(step, advance=1, description="loading into DuckDB…")
        work_path = prepare_working(db_path)  # loads write the working copy; --db is what analysts read
        warehouse_db.initialise(work_path)
        result = load_run(work_path, clean_dir)
        progress.update(step, advance=1, description="building views…")
        with warehouse_db.connect(work_path) as con:
            warehouse_db.build_views(con)
            progress.update(step, advance=1, description="running checks…")
            checks = warehouse_db.run_checks(con, manifest.run_id)
        if not any(c.severity == "error" and not c.passed for c in checks):
            progress.update(step, description="publishing…")
            try:
                publish(work_path, db_path)
            except warehouse_db.WarehouseError as exc:
                _fail(f"loaded into {work_path}, but not published: {exc}")
        progress.update(step, advance=1, description="done")
    if result.skipped:
        typer.echo(f"run {result.run_id} for {result.site} was already loaded: nothing changed")
    else:
        typer.echo(f"run {result.run_id} for {result.site}: {result.posts} posts, {result.comments} comments, "
                   f"{result.comment_forms} comment forms, {result.quarantined} quarantined, "
                   f"{result.posts_deleted} posts marked deleted, {result.comments_removed} comments removed")
    if manifest.error:
        typer.secho(f"note: the crawl itself failed: {manifest.error}", fg=typer.colors.YELLOW)
    failed = [c for c in checks if not c.passed]
    if failed:
        _print_table(["check", "severity", "failing rows"], [(c.name, c.severity, c.failing_rows) for c in failed],
                     title="data checks that failed")
    if any(c.severity == "error" for c in failed):
        _fail(f"data checks failed (see above): not published, {db_path} is unchanged", code=1)


@app.command()
def status(
    db: Path = typer.Option(None, "--db", help="DuckDB file [env WPARCHIVE_DB; default data/archive.duckdb]"),
    limit: int = typer.Option(10, help="How many recent runs to show"),
) -> None:
    """Recent runs, what the archive holds per site, failed checks and quarantine reasons."""
    from warehouse.db import WarehouseError, read_named_query

    db_path = _default_db(db)
    _require_published(db_path)
    try:
        _, rows = read_named_query(db_path, "last_runs", {"limit": limit})
        _print_runs(rows, "recent runs (published)")
        _print_unpublished_runs(db_path, {row[8] for row in rows}, limit)
        _, rows = read_named_query(db_path, "table_counts")
        _print_compact(["site", "posts", "deleted", "comments", "removed", "quar.", "last read"], rows,
                       "archive contents")
        columns, rows = read_named_query(db_path, "failing_checks")
        if rows:
            _print_table(columns, rows, title="failing checks (latest run)")
        else:
            typer.echo("data checks: all passed in the latest run" if _any_checks(db_path) else "no checks run yet")
        columns, rows = read_named_query(db_path, "quarantine_reasons", {"limit": limit})
        if rows:
            _print_table(columns, rows, title="quarantined records")
        columns, rows = read_named_query(db_path, "page_reading_agreement")
        if rows:
            _print_compact(["site", "posts", "all equal %", "body F1", "lowest"], rows,
                           title="page reading against REST (latest run per site)")
    except WarehouseError as exc:
        _fail(str(exc))


_RUN_HEADERS = ["started", "site", "mode", "status", "posts", "comm.", "del.", "quar."]
_RUN_LEGEND = ("started, last read: UTC; mode: full = every post read, incr. = only new and changed posts (the counts are "
               "theirs); partial = succeeded, but pages or listings were not read (nothing it missed counts as deleted); "
               "comm. = comments, del. = posts marked deleted, quar. = records quarantined")


def _print_compact(headers: list[str], rows: list[tuple[Any, ...]], title: str, name_column: int = 0) -> None:
    """A table that fits 80 columns: short cells never wrap mid-word; the site's name is cut with … if need be;
    the columns after it are right-aligned counts, except mode and status."""
    from rich import box
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title, box=box.SIMPLE_HEAD, pad_edge=False, title_justify="left")
    for i, header in enumerate(headers):
        table.add_column(header, no_wrap=True, overflow="ellipsis" if i == name_column else "fold",
                         justify="right" if i > name_column and header not in ("mode", "status") else "left",
                         ratio=1 if i == name_column else None)
    for row in rows:
        table.add_row(*("" if v is None else str(v) for v in row))
    Console().print(table)


def _print_runs(rows: list[tuple[Any, ...]], title: str) -> None:
    """Runs as last_runs.sql gives them: a compact table, then each failure's run id and reason on its own line."""
    from rich.console import Console

    _print_compact(_RUN_HEADERS, [row[:8] for row in rows], title, name_column=1)
    console = Console()
    for row in rows:  # wrapped to the terminal like the tables
        if row[9]:
            console.print(f"  {row[0]} {row[1]} ({row[3]}, run {row[8]}): {row[9]}", highlight=False, markup=False)
    if rows:  # the run ids (data/runs/<run id>/), newest first, on lines of their own rather than in a column
        console.print("run ids: " + ", ".join(dict.fromkeys(row[8] for row in rows)), highlight=False)
    console.print(_RUN_LEGEND, style="dim", highlight=False)


def _print_unpublished_runs(db_path: Path, shown: set[str], limit: int) -> None:
    """Runs the working copy holds beyond the published file (failed checks, an interrupted run), or who is
    writing it right now."""
    from flows.runlock import holder
    from warehouse.db import WarehouseError, read_named_query
    from warehouse.publish import working_path

    work = working_path(db_path)
    running = holder(db_path)
    if running:
        typer.echo(f"a run is in progress: {running}")
    if not work.exists():
        return
    try:
        _, rows = read_named_query(work, "last_runs", {"limit": limit})
        _, published = read_named_query(db_path, "run_ids")
    except WarehouseError:
        if not running:
            typer.echo(f"(the working copy {work} could not be read)")
        return
    known = {row[0] for row in published} | shown
    unpublished = [row for row in rows if row[8] not in known]
    if unpublished:
        _print_runs(unpublished, "runs not published (in the working copy)")


def _query_text(query: str | None, file: Path | None) -> str:
    """The SQL to run: the argument itself, the .sql file it (or --file) names, or standard input for ``-``."""
    if file is not None and query is not None:
        _fail("give either a query or --file, not both")
    if file is None and query == "-":
        return sys.stdin.read()
    if file is None and query is not None and query.rstrip().lower().endswith(".sql") and "\n" not in query:
        file = Path(query.strip())  # a file name, not SQL: no statement ends in ".sql"
    if file is not None:
        try:
            return file.read_text(encoding="utf-8")
        except OSError as exc:
            _fail(f"cannot read {file}: {exc.strerror or exc}")
    if not query or not query.strip():
        _fail("give a query: wparchive sql \"SELECT * FROM theme_summary\", a .sql file, or - for standard input")
    return query


def _any_checks(db_path: Path) -> bool:
    from warehouse.db import read_named_query

    return bool(read_named_query(db_path, "any_check_results")[1])


@app.command(context_settings={"ignore_unknown_options": True})
def sql(
    query: str = typer.Argument(None, help="One SQL query, e.g. \"SELECT * FROM theme_summary\"; or a .sql file "
                                           "(e.g. warehouse/examples/02_most_discussed_posts.sql); or - to read "
                                           "standard input. SQL may begin with a -- comment"),
    db: Path = typer.Option(None, "--db", help="DuckDB file [env WPARCHIVE_DB; default data/archive.duckdb]"),
    max_rows: int = typer.Option(200, help="Rows to print at most"),
    output: str = typer.Option("table", "--format", help="table, csv or json"),
    file: Path = typer.Option(None, "--file", "-f", dir_okay=False, help="Read the query from this .sql file"),
) -> None:
    """Run a read-only query against the archive and print the result."""
    from warehouse.db import WarehouseError
    from warehouse.db import query as run_query

    query = _query_text(query, file)
    if output not in ("table", "csv", "json"):
        _fail("--format must be table, csv or json")
    db_path = _default_db(db)
    _require_published(db_path)
    try:
        columns, rows = run_query(db_path, query)
    except WarehouseError as exc:
        _fail(str(exc))
    if output == "table":
        _print_table(columns, rows, max_rows=max_rows)
    elif output == "csv":
        import csv

        writer = csv.writer(sys.stdout)
        writer.writerow(columns)
        writer.writerows(rows[:max_rows])
    else:
        json.dump([dict(zip(columns, row)) for row in rows[:max_rows]], sys.stdout, ensure_ascii=False, indent=2,
                  default=str)
        sys.stdout.write("\n")


@app.command()
def serve(
    config: Path = typer.Option(None, "--config", help="Sites file [env WPARCHIVE_CONFIG; default sites.toml]"),
    db: Path = typer.Option(None, "--db", help="DuckDB file [env WPARCHIVE_DB; default data/archive.duckdb]"),
    data_dir: Path = typer.Option(None, "--data-dir", help="Run directories [env WPARCHIVE_DATA_DIR; default data]"),
    cron: str = typer.Option(None, help="When to run, a cron expression [default: cron in the config's schedule "
                                        "section, else 30 2 * * *]"),
    timezone: str = typer.Option(None, help="Time zone of the cron [default: timezone in the config's schedule "
                                            "section, else Europe/Stockholm]"),
    port: int = typer.Option(4200, help="Port of the local Prefect server (127.0.0.1)"),
    start_server: bool = typer.Option(True, "--start-server/--no-start-server",
                                      help="Start a local Prefect server when none answers"),
) -> None:
    """Keep the nightly schedule: serve the `wparchive-nightly/nightly` deployment until stopped (Ctrl-C).

    Prefect does not schedule on its temporary server, so this uses the server at PREFECT_API_URL, one already
    on 127.0.0.1:PORT, or starts `prefect server start` (SQLite under DATA_DIR/prefect, no UI, no telemetry).
    """
    from flows.config import ConfigError, check_cron, check_timezone, load_settings
    from flows.serve import ServeError, ensure_server, serve_nightly

    try:  # everything is checked before a server starts: a bad cron or zone must not end a running server
        settings = load_settings(config_path=config, db_path=db, data_dir=data_dir, cron=cron)
        check_cron(settings.cron, "cron", quick=False)
        tz = check_timezone(timezone, "--timezone") if timezone else settings.cron_timezone
    except ConfigError as exc:
        _fail(str(exc))
    try:
        server = ensure_server(port=port, prefect_home=(settings.data_dir / "prefect").resolve(),
                               start=start_server)
    except ServeError as exc:
        _fail(str(exc))
    started = " (started by wparchive; stops with it)" if server.process else ""
    typer.echo(f"Prefect server: {server.api_url}{started}")
    typer.echo(f"schedule: '{settings.cron}' {tz}; sites: {', '.join(s.name for s in settings.sites) or 'none'}; "
               f"database: {settings.db_path}")
    typer.echo(f"run it now from another shell: PREFECT_API_URL={server.api_url} prefect deployment run "
               f"'wparchive-nightly/nightly'")
    parameters: dict[str, object] = {"db_path": str(settings.db_path.resolve()),
                                     "data_dir": str(settings.data_dir.resolve())}
    if settings.config_path is not None:
        parameters["config_path"] = str(settings.config_path.resolve())
    try:
        serve_nightly(cron=settings.cron, timezone=tz, parameters=parameters, api_url=server.api_url)
    except KeyboardInterrupt:
        typer.echo("stopped")
    finally:
        server.stop()


@app.command()
def deploy(
    config: Path = typer.Option(None, "--config", help="Sites file [env WPARCHIVE_CONFIG; default sites.toml]"),
    db: Path = typer.Option(None, "--db", help="DuckDB file [env WPARCHIVE_DB; default data/archive.duckdb]"),
    data_dir: Path = typer.Option(None, "--data-dir", help="Run directories [env WPARCHIVE_DATA_DIR; default data]"),
    cron: str = typer.Option(None, help="When to run, a cron expression [default: cron in the config's schedule "
                                        "section, else 30 2 * * *]"),
    timezone: str = typer.Option(None, help="Time zone of the cron [default: timezone in the config's schedule "
                                            "section, else Europe/Stockholm]"),
    pool: str = typer.Option("wparchive", help="The Prefect work pool (created when missing: process type, one "
                                               "run at a time)"),
    port: int = typer.Option(4200, help="Port of the Prefect server on 127.0.0.1 when PREFECT_API_URL is unset"),
) -> None:
    """Production: create the work pool and the `wparchive-nightly/nightly` deployment (with the schedule) on a
    running Prefect server (PREFECT_API_URL, else 127.0.0.1:PORT), then start a worker with Prefect's own
    command: `prefect worker start --pool wparchive --limit 1`. See README.md, "Running it in production"."""
    from flows.config import ConfigError, check_cron, check_timezone, load_settings
    from flows.serve import ServeError, ensure_server

    try:
        settings = load_settings(config_path=config, db_path=db, data_dir=data_dir, cron=cron)
        check_cron(settings.cron, "cron", quick=False)
        tz = check_timezone(timezone, "--timezone") if timezone else settings.cron_timezone
    except ConfigError as exc:
        _fail(str(exc))
    try:
        server = ensure_server(port=port, prefect_home=(settings.data_dir / "prefect").resolve(), start=False)
    except ServeError as exc:
        _fail(str(exc))
    from flows.deploy import deploy_nightly

    parameters: dict[str, object] = {"db_path": str(settings.db_path.resolve()),
                                     "data_dir": str(settings.data_dir.resolve())}
    if settings.config_path is not None:
        parameters["config_path"] = str(settings.config_path.resolve())
    deployed = deploy_nightly(api_url=server.api_url, cron=settings.cron, timezone=tz, parameters=parameters,
                              pool=pool)
    typer.echo(f"deployment {deployed.deployment} on {server.api_url}: '{settings.cron}' {tz}; sites: "
               f"{', '.join(s.name for s in settings.sites) or 'none'}; database: {settings.db_path}")
    typer.echo(f"work pool {deployed.pool} ({'created' if deployed.pool_created else 'already there'}). Start "
               f"its worker (keep it running, e.g. under systemd):\n"
               f"  PREFECT_API_URL={server.api_url} prefect worker start --pool {deployed.pool} --limit 1\n"
               f"Run it now: PREFECT_API_URL={server.api_url} prefect deployment run '{deployed.deployment}'")
    if settings.scale_out is not None:  # [scale_out]: the shard deployment the nightly flow submits to
        from flows.deploy import deploy_crawl_shard

        shards = deploy_crawl_shard(api_url=server.api_url, pool=settings.scale_out.work_pool)
        typer.echo(f"deployment {shards.deployment} on work pool {shards.pool} "
                   f"({'created' if shards.pool_created else 'already there'}); run directories through "
                   f"{settings.scale_out.store}. On each crawl machine (this checkout at the same path, the "
                   f"store's credentials in the environment), keep running:\n"
                   f"  PREFECT_API_URL={server.api_url} prefect worker start --pool {shards.pool} --type process "
                   f"--limit 1")


@app.command()
def demo(
    db: Path = typer.Option(Path("demo.duckdb"), "--db", help="DuckDB file to (re)create"),
) -> None:
    """Archive the embedded demo blog (no network, no WordPress): crawl, clean, load, check, then show it."""
    import tempfile

    from warehouse.db import WarehouseError, read_named_query
    from wparchive.demo.snapshot import DEMO_SITE, serve_snapshot

    typer.echo("wparchive demo: a snapshot of the test-bed blog (a Swedish housing company's CEO blog, captured "
               "from a real WordPress) is served on 127.0.0.1; the real spider crawls it and the real Prefect "
               "flow loads it.")
    # The snapshot is served on a new port each time, so the site's key changes: start from an empty file.
    from warehouse.publish import wal_path, working_path

    for stale in (db, wal_path(db), working_path(db), wal_path(working_path(db))):
        stale.unlink(missing_ok=True)
    with tempfile.TemporaryDirectory(prefix="wparchive-demo-") as data_dir, serve_snapshot(DEMO_SITE) as base_url:
        typer.echo(f"serving the snapshot at {base_url}")
        run(urls=[base_url], db=db, data_dir=Path(data_dir), config=None, profile="fast", max_posts=None,
            parallel=None, retries=0, run_id=None, verbose=False, report=None, full=True, create_dirs=False)
    try:
        columns, rows = read_named_query(db, "demo_theme_totals")
        _print_table(columns, rows, title="themes: posts and sentences that mention them (evidence kept)")
        columns, rows = read_named_query(db, "demo_comment_forms")
        _print_table(columns, rows, title="comment forms: what readers are asked for")
    except WarehouseError as exc:
        _fail(str(exc))
    typer.echo(f"\nNext: `.venv/bin/wparchive sql \"SELECT * FROM theme_summary\" --db {db}`, "
               f"`.venv/bin/wparchive status --db {db}`, or archive your own blog with "
               "`.venv/bin/wparchive run https://yourblog.example --db archive.duckdb`.")


# ---------------------------------------------------------------------------------------------------- outputs

@app.command()
def report(
    db: Path = typer.Option(None, "--db", help="DuckDB file [env WPARCHIVE_DB; default data/archive.duckdb]"),
    out: Path = typer.Option(None, "--out", help="HTML file to write [default: beside the database, "
                                                 "archive-report.html]"),
) -> None:
    """Write the report: one self-contained HTML file (themes, discussions, comment forms, changes, crawl
    health) that opens offline and can be e-mailed."""
    from warehouse.db import WarehouseError
    from report import build_report, default_report_path

    db_path = _default_db(db)
    _require_published(db_path)
    try:
        result = build_report(db_path, out or default_report_path(db_path))
    except WarehouseError as exc:
        _fail(str(exc))
    typer.echo(f"{result.path}: {result.bytes / 1024:.0f} KB in {result.seconds:.2f} s")


@app.command()
def export(
    out: Path = typer.Option(..., "--out", help="Directory to write, one file per table and mart"),
    fmt: str = typer.Option("parquet", "--format", help="parquet, csv, or wacz (the raw archive, for WACZ players)"),
    db: Path = typer.Option(None, "--db", help="DuckDB file [env WPARCHIVE_DB; default data/archive.duckdb]"),
    run_id: str = typer.Option(None, "--run", help="wacz: only this run's captures"),
    since: str = typer.Option(None, "--since", help="wacz: captures from this date or time on"),
    until: str = typer.Option(None, "--until", help="wacz: captures up to this date (end of day) or time"),
) -> None:
    """Export every table and mart for BI tools: OUT/<relation>.parquet (or .csv, lists as JSON); or, with
    --format wacz, the raw archive (all of it, one run, or a date range) as OUT/<name>.wacz."""
    from warehouse.db import WarehouseError
    from warehouse.export import FORMATS, export_archive

    if fmt == "wacz":
        _export_wacz(_default_db(db), out, run_id, since, until)
        return
    if fmt not in FORMATS:
        _fail(f"--format must be one of {', '.join((*FORMATS, 'wacz'))}")
    db_path = _default_db(db)
    _require_published(db_path)
    try:
        written = export_archive(db_path, out, fmt)
    except WarehouseError as exc:
        _fail(str(exc))
    _print_table(["relation", "kind", "rows", "file"], [(f.relation, f.kind, f.rows, f.path) for f in written],
                 title=f"exported {len(written)} relations to {out}")


def _export_wacz(db: Path, out: Path, run_id: str | None, since: str | None, until: str | None) -> None:
    from warehouse.db import WarehouseError
    from wparchive.replay import ReplayError, write_wacz
    from wparchive.show import parse_as_of

    try:
        start = parse_as_of(since, "--since") if since else None
        if start is not None and len(since.strip()) == 10:  # a day given: from its start, not its end
            start = start.replace(hour=0, minute=0, second=0, microsecond=0)
        end = parse_as_of(until, "--until") if until else None
        name = run_id or "archive" + (f"-from-{since}" if since else "") + (f"-to-{until}" if until else "")
        result = write_wacz(db, out / f"{name}.wacz", run_id=run_id, since=start, until=end)
    except (ValueError, ReplayError, WarehouseError) as exc:
        _fail(str(exc))
    typer.echo(f"{result.path}: {result.pages} post pages from {result.warc_files} WARC files, "
               f"{result.bytes / 1024:.0f} KB (validated)")


# ---------------------------------------------------------------------------------------------------- raw archive

@app.command()
def replay(
    db: Path = typer.Option(None, "--db", help="DuckDB file [env WPARCHIVE_DB; default data/archive.duckdb]"),
    port: int = typer.Option(8090, "--port", help="Port on 127.0.0.1"),
) -> None:
    """Show archived pages as they looked, images and styles included, offline: pywb on 127.0.0.1 over the
    archive's WARC files. Open http://127.0.0.1:PORT/archive/<YYYYMMDDhhmmss>/<post URL> (see `show`)."""
    import signal

    from warehouse.db import WarehouseError
    from wparchive.replay import ReplayError, prepare_collection, start_replay

    database = _default_db(db)
    root = database.parent / f"{database.stem}-replay"
    try:
        count = prepare_collection(database, root)
        server = start_replay(root, port)
    except (ReplayError, WarehouseError, OSError) as exc:
        _fail(str(exc))
    typer.echo(f"replaying {count} WARC files at http://127.0.0.1:{port}/archive/<time>/<url> — Ctrl-C stops")
    signal.signal(signal.SIGTERM, lambda *_: server.terminate())
    try:
        server.wait()
    except KeyboardInterrupt:
        server.terminate()
        server.wait(timeout=10)


@app.command()
def reextract(
    run_ref: str = typer.Option(..., "--run", help="A run directory (one site's, or a run's with one per site), "
                                                    "or a run id under DATA_DIR/runs"),
    out: Path = typer.Option(None, "--out", help="Where to write: the new run directory for one site's run, else "
                                                 "OUT/<site> [default: <runs>/<run id>-reextract-<time>/<site>]"),
    data_dir: Path = typer.Option(None, "--data-dir", help="Run directories [env WPARCHIVE_DATA_DIR; default data]"),
) -> None:
    """Rebuild a run's items from its WARC files alone (no network): the spider and today's page objects over
    the archived responses. Load the result with `wparchive load OUT`."""
    import datetime as dt

    from crawler.archive import ArchiveError
    from crawler.replay import default_out_dir, find_site_runs, reextract_run
    from flows.config import DEFAULT_DATA_DIR

    _use_configured_store()
    source = Path(run_ref)
    if not source.exists():
        source = Path(data_dir or os.environ.get("WPARCHIVE_DATA_DIR") or DEFAULT_DATA_DIR) / "runs" / run_ref
    sites = find_site_runs(source)
    if not sites:
        _fail(f"no archived run at {source} (a run directory with warc/*.warc.gz, or a run id under DATA_DIR/runs)")
    now = dt.datetime.now(dt.timezone.utc)
    for site_dir in sites:
        target, new_id = default_out_dir(site_dir, now)
        if out is not None:  # --run names one site's run: OUT is its new run directory; else OUT/<site>
            target = out if site_dir == source else out / site_dir.name
        try:
            result = reextract_run(site_dir, target, run_id=new_id)
        except (ArchiveError, FileExistsError, ValueError, RuntimeError) as exc:
            _fail(f"{site_dir}: {exc}")
        items, replay = result.stats.get("items", {}), result.stats.get("replay", {})
        typer.echo(f"{target}: {items.get('posts.jsonl', 0)} posts, {items.get('comments.jsonl', 0)} comments, "
                   f"{items.get('comment_forms.jsonl', 0)} comment forms from {replay.get('served', 0)} archived "
                   f"responses ({replay.get('not_archived', 0)} requests not in the archive)")
        if result.error:
            typer.secho(f"note: the replayed crawl failed: {result.error}", fg=typer.colors.YELLOW)
    typer.echo("load with `wparchive load <dir>`: the records keep their original fetch times")


@app.command()
def show(
    url: str = typer.Argument(..., help="The page's address as it was crawled"),
    as_of: str = typer.Option(..., "--as-of", help="A date (2024-03-31 = end of that day, UTC), a time, or now"),
    db: Path = typer.Option(None, "--db", help="DuckDB file [env WPARCHIVE_DB; default data/archive.duckdb]"),
    text: bool = typer.Option(False, "--text", help="Print the page's clean text instead of the raw body"),
) -> None:
    """Print a page exactly as the archive received it at that time (its latest capture at or before --as-of)."""
    from crawler.archive import ArchiveError
    from warehouse.db import WarehouseError
    from wparchive.replay import replay_url
    from wparchive.show import NothingArchived, find_archived, page_text, parse_as_of

    _use_configured_store()
    try:
        moment = parse_as_of(as_of)
        shown = find_archived(_default_db(db), url, moment)
        body = shown.response.decoded_body()
    except (ValueError, NothingArchived, WarehouseError, ArchiveError, OSError) as exc:
        _fail(str(exc))
    capture = shown.capture
    typer.secho(f"{capture.url} — HTTP {capture.status}, fetched {capture.fetched_at.isoformat()} (run {capture.run_id}"
                f"{', unchanged since an earlier capture' if capture.is_revisit else ''}); "
                f"{capture.warc_file} @ {capture.warc_offset}", err=True, fg=typer.colors.CYAN)
    typer.secho(f"as it looked, with its images: {replay_url(capture.url, capture.fetched_at)} "
                "(after `wparchive replay`)", err=True, fg=typer.colors.CYAN)
    if text:
        typer.echo(page_text(body, capture.url), nl=False)
    else:
        sys.stdout.buffer.write(body)
        sys.stdout.flush()


@app.command()
def forget(
    name: str = typer.Option(None, "--name", help="The commenter's name, exactly as the blog shows it"),
    comment_id: int = typer.Option(None, "--comment-id", help="One comment's WordPress id"),
    url: str = typer.Option(None, "--url", help="The website address the commenter gave"),
    dry_run: bool = typer.Option(False, "--dry-run", help="Only list every place they appear, with counts"),
    db: Path = typer.Option(None, "--db", help="DuckDB file [env WPARCHIVE_DB; default data/archive.duckdb]"),
    data_dir: Path = typer.Option(None, "--data-dir", help="Run directories [env WPARCHIVE_DATA_DIR; default data]"),
) -> None:
    """Erase a commenter on request (GDPR art. 17) everywhere the archive holds them, and keep later crawls from
    archiving them again. See README, "Erasing a commenter"."""
    from wparchive.forget import run_forget

    run_forget(name=name, comment_id=comment_id, url=url, dry_run=dry_run, db=_default_db(db), data_dir=data_dir,
               print_table=_print_table, fail=_fail)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
