"""Snapshots of a site: capture a live (loopback) WordPress into files, and serve them back on 127.0.0.1.

A snapshot is a folder with ``index.json`` (one entry per URL: path+query, status, headers) and gzip-compressed
bodies in which the captured host is replaced by a placeholder, so the snapshot serves on any port. It stands in
for a live site where none may run: the embedded demo and the static-mirror crawl benchmark.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import threading
import time
import urllib.error
import urllib.request
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import lxml.html

HOST_PLACEHOLDER = b"__WPARCHIVE_HOST__"
KEPT_HEADERS = ("Content-Type", "Link", "X-WP-Total", "X-WP-TotalPages", "Location")
INDEX = "index.json"
# The embedded demo blog: the test bed's twentytwentyone site, captured with `capture` (see README.md).
DEMO_SITE = Path(__file__).resolve().parent / "site"


def _path_query(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + ("?" + parts.query if parts.query else "")


def _fetch(url: str) -> tuple[int, dict[str, str], bytes]:
    request = urllib.request.Request(url, headers={"User-Agent": "wparchive-snapshot"})
    opener = urllib.request.build_opener(_NoRedirect)
    try:
        with opener.open(request, timeout=30) as response:
            return response.status, dict(response.headers.items()), response.read()
    except urllib.error.HTTPError as err:
        return err.code, dict(err.headers.items()), err.read()


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """Record redirects as they are (the crawler must see the 301, not its target)."""

    def redirect_request(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        return None


def capture(base_url: str, seed_urls: Iterable[str], out_dir: Path, follow_links: int = 0,
            skip: Callable[[str], bool] | None = None) -> int:
    """Fetch ``seed_urls`` (and up to ``follow_links`` more same-host pages linked from them) into a snapshot.

    Returns the number of URLs stored.
    """
    host = urlsplit(base_url).netloc
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "bodies").mkdir(exist_ok=True)
    index: dict[str, dict] = {}
    queue = deque(dict.fromkeys(seed_urls))
    extra_budget = follow_links
    seen = set(queue)
    while queue:
        url = queue.popleft()
        status, headers, body = _fetch(url)
        digest = hashlib.sha1(body).hexdigest()[:16]
        (out_dir / "bodies" / f"{digest}.gz").write_bytes(
            gzip.compress(body.replace(host.encode(), HOST_PLACEHOLDER), mtime=0))
        index[_path_query(url)] = {
            "status": status,
            "headers": {k: v.replace(host, HOST_PLACEHOLDER.decode()) for k, v in headers.items() if k in KEPT_HEADERS},
            "body": f"{digest}.gz",
        }
        if extra_budget > 0 and status == 200 and "html" in headers.get("Content-Type", ""):
            for link in lxml.html.fromstring(body or b"<html/>").xpath("//a/@href"):
                target = urljoin(url, link).split("#")[0]
                if urlsplit(target).netloc == host and target not in seen and extra_budget > 0 \
                        and not (skip and skip(target)):
                    seen.add(target)
                    queue.append(target)
                    extra_budget -= 1
    (out_dir / INDEX).write_text(json.dumps(index, indent=1, sort_keys=True))
    return len(index)


class _SnapshotHTTPServer(ThreadingHTTPServer):
    # socketserver's listen backlog is 5: a crawler opening 16 connections at once overflows it, the kernel drops
    # the extra SYNs and the client retries them a second later (1 s stalls in a 3 s crawl). nginx uses 511.
    request_queue_size = 511
    daemon_threads = True


class SnapshotServer:
    """Serves a snapshot folder over HTTP on a loopback address (127.0.0.1 unless given) from a background thread;
    ``served`` lists (monotonic time, path) of every request, for tests of politeness."""

    def __init__(self, snapshot_dir: Path, port: int = 0, address: str = "127.0.0.1"):
        self.snapshot_dir = snapshot_dir
        self.index: dict[str, dict] = json.loads((snapshot_dir / INDEX).read_text())
        self.bodies: dict[str, bytes] = {}
        self.served: list[tuple[float, str]] = []
        self.httpd = _SnapshotHTTPServer((address, port), self._handler())
        self.base_url = f"http://{address}:{self.httpd.server_port}/"
        self.host = f"{address}:{self.httpd.server_port}".encode()
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def body(self, name: str) -> bytes:
        if name not in self.bodies:
            raw = gzip.decompress((self.snapshot_dir / "bodies" / name).read_bytes())
            self.bodies[name] = raw.replace(HOST_PLACEHOLDER, self.host)
        return self.bodies[name]

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
                server.served.append((time.monotonic(), self.path))
                entry = server.index.get(self.path)
                if entry is None:
                    status, headers, body = 404, {"Content-Type": "text/plain"}, b"not in snapshot"
                else:
                    status, body = entry["status"], server.body(entry["body"])
                    headers = {k: v.replace(HOST_PLACEHOLDER.decode(), server.host.decode())
                               for k, v in entry["headers"].items()}
                self.send_response(status)
                for k, v in headers.items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass  # a demo prints its own story, not an access log

        return Handler

    def __enter__(self) -> "SnapshotServer":
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@contextmanager
def serve_snapshot(snapshot_dir: Path) -> Iterator[str]:
    """Serve a snapshot for the duration of a ``with`` block; yields its base URL."""
    with SnapshotServer(snapshot_dir) as server:
        yield server.base_url


def main(argv: list[str] | None = None) -> int:
    """``python -m wparchive.demo.snapshot capture BASE_URL RUN_DIR OUT [--follow N]`` or ``serve DIR [--port P]``."""
    import argparse
    import time

    from crawler.urls import is_trap

    parser = argparse.ArgumentParser(prog="python -m wparchive.demo.snapshot")
    sub = parser.add_subparsers(dest="command", required=True)
    cap = sub.add_parser("capture", help="snapshot what a crawl requested (its requests.jsonl), plus linked pages")
    cap.add_argument("base_url")
    cap.add_argument("run_dir", type=Path)
    cap.add_argument("out", type=Path)
    cap.add_argument("--follow", type=int, default=0, help="also store up to N more same-host, non-trap pages")
    srv = sub.add_parser("serve", help="serve a snapshot until interrupted")
    srv.add_argument("snapshot", type=Path)
    srv.add_argument("--port", type=int, default=0)
    args = parser.parse_args(argv)
    if args.command == "capture":
        urls = [json.loads(line)["url"] for line in (args.run_dir / "requests.jsonl").read_text().splitlines()]
        count = capture(args.base_url, urls, args.out, follow_links=args.follow, skip=is_trap)
        print(f"{count} URLs stored in {args.out}")
        return 0
    with SnapshotServer(args.snapshot, args.port) as server:
        print(server.base_url, flush=True)
        while True:
            time.sleep(3600)


if __name__ == "__main__":
    raise SystemExit(main())
