"""The ``wparchive`` command line: thin wrappers that parse options and call the crawler, flows and warehouse."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Archive WordPress blogs: posts, comment threads and comment forms, into DuckDB.")


@app.command()
def crawl(
    url: str = typer.Argument(..., help="The blog's address, e.g. https://blog.example"),
    out: Path = typer.Option(..., "--out", help="Run directory to write (JSONL files + stats.json)"),
    profile: str = typer.Option("polite", help="polite (real sites: ~1 request/s) or fast (loopback only)"),
    max_requests: int = typer.Option(None, help="Hard cap on requests in this run"),
    max_posts: int = typer.Option(None, help="Harvest at most this many posts"),
    user_agent: str = typer.Option(None, help="Contact User-Agent to send"),
) -> None:
    """Crawl one blog into a run directory (the hand-off to `wparchive load`)."""
    from crawler.run import run_crawl

    result = run_crawl(url, out, profile=profile, max_requests=max_requests, max_posts=max_posts,
                       user_agent=user_agent)
    items = result.stats.get("items", {})
    typer.echo(f"{out}: {items.get('posts.jsonl', 0)} posts, {items.get('comments.jsonl', 0)} comments, "
               f"{items.get('comment_forms.jsonl', 0)} comment forms, {result.stats.get('requests', 0)} requests, "
               f"drops {result.stats.get('drops', {})}")
    if result.error:
        typer.echo(f"wparchive: crawl failed: {result.error}", err=True)
        raise typer.Exit(2)


@app.command()
def extract(
    file: Path = typer.Argument(..., exists=True, dir_okay=False, help="A saved HTML page"),
    url: str = typer.Option(None, "--url", help="The page's address (for absolute links)"),
) -> None:
    """Print what the page objects read from a saved page, as JSON (for debugging a page)."""
    from crawler.pages import extract_page

    json.dump(extract_page(file.read_bytes(), url=url), sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def main() -> None:
    app()


if __name__ == "__main__":
    main()
