"""The embedded demo's snapshot: served in-process, crawled by the real spider, it yields the test-bed blog."""

from __future__ import annotations

import json
import socket
import threading
import time
from pathlib import Path

from crawler.run import crawl_in_subprocess
from tests.wordpress import content as C
from wparchive.demo.snapshot import DEMO_SITE, serve_snapshot


def test_demo_snapshot_crawls_like_the_live_site(tmp_path: Path) -> None:
    content = C.load_content()
    with serve_snapshot(DEMO_SITE) as base_url:
        result = crawl_in_subprocess(base_url, tmp_path, profile="fast", timeout=300)
    assert result.error is None, result.error
    posts = [json.loads(line) for line in (tmp_path / "posts.jsonl").read_text().splitlines()]
    titles = {p["title"] for p in posts if not p["is_protected"]}
    assert titles == {p["title"] for p in C.public_posts(content)}
    comments = (tmp_path / "comments.jsonl").read_text().splitlines()
    assert len(comments) == len(C.public_comments(content))
    assert all(p["post_url"].startswith(base_url) for p in posts)  # the captured host was rewritten
    assert result.stats["responses_by_status"] == {"200": result.stats["responses"]}


def test_snapshot_server_takes_a_burst_of_connections_without_stalling() -> None:
    # With socketserver's default listen backlog (5), 32 simultaneous connects overflow it; the kernel drops the
    # extra SYNs and clients retry them ~1 s later — which once made the crawl benchmark measure the server.
    with serve_snapshot(DEMO_SITE) as base_url:
        host, port = base_url.split("//")[1].rstrip("/").split(":")
        latencies: list[float] = []
        barrier = threading.Barrier(32)

        def fetch() -> None:
            barrier.wait()
            started = time.perf_counter()
            with socket.create_connection((host, int(port)), timeout=5) as sock:
                sock.sendall(b"GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                assert sock.recv(12).startswith(b"HTTP/1.1 200")
            latencies.append(time.perf_counter() - started)

        threads = [threading.Thread(target=fetch) for _ in range(32)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert len(latencies) == 32
    assert max(latencies) < 0.9, sorted(latencies)[-5:]
