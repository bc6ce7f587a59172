"""A loopback HTTP forward proxy that gzips text responses for clients that accept gzip — as nginx does with
``gzip on`` and ``gzip_types`` — for tests of the raw archive against the test bed, whose nginx (like Debian's
default) gzips only text/html.

Crawls reach it through ``http_proxy`` (Scrapy's HttpProxyMiddleware reads it), so URLs stay the test bed's own.
Compression is deterministic (fixed level, mtime 0): two fetches of an unchanged page give identical bytes.
Optionally delays each response, to give a test time to kill a crawl halfway.
"""

from __future__ import annotations

import gzip
import http.client
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

_HOP_BY_HOP = {"connection", "keep-alive", "proxy-connection", "proxy-authorization", "te", "trailer",
               "transfer-encoding", "upgrade", "content-length"}
_COMPRESSIBLE = ("text/", "application/json", "application/xml", "application/rss+xml", "application/atom+xml",
                 "application/javascript")


def gzip_body(body: bytes) -> bytes:
    """What the proxy sends for a compressible body (tests compare with it)."""
    return gzip.compress(body, compresslevel=6, mtime=0)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _ProxyServer

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base class's name
        pass

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        target = urlsplit(self.path)
        if not target.hostname:
            self.send_error(400, "a forward proxy needs an absolute URL")
            return
        accepts_gzip = "gzip" in (self.headers.get("Accept-Encoding") or "").lower()
        headers = {k: v for k, v in self.headers.items()
                   if k.lower() not in _HOP_BY_HOP and k.lower() != "accept-encoding"}
        upstream = http.client.HTTPConnection(target.hostname, target.port or 80, timeout=60)
        try:
            path = (target.path or "/") + (f"?{target.query}" if target.query else "")
            upstream.request("GET", path, headers=headers)
            response = upstream.getresponse()
            body = response.read()
            status, reason, upstream_headers = response.status, response.reason, response.getheaders()
        finally:
            upstream.close()
        content_type = next((v for k, v in upstream_headers if k.lower() == "content-type"), "")
        compress = accepts_gzip and body and content_type.lower().startswith(_COMPRESSIBLE)
        if compress:
            body = gzip_body(body)
        if self.server.delay:
            time.sleep(self.server.delay)
        self.send_response_only(status, reason)
        for name, value in upstream_headers:
            if name.lower() not in _HOP_BY_HOP:
                self.send_header(name, value)
        if compress:
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Vary", "Accept-Encoding")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
        self.server.count += 1


class _ProxyServer(ThreadingHTTPServer):
    daemon_threads = True
    delay = 0.0
    count = 0

    def handle_error(self, request: object, client_address: object) -> None:
        # A client killed mid-response (the SIGKILL test) is expected, not an error worth a traceback.
        if not isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
            super().handle_error(request, client_address)  # type: ignore[arg-type]


@contextmanager
def gzip_proxy(delay: float = 0.0) -> Iterator[_ProxyServer]:
    """Run the proxy on 127.0.0.1 (a free port) for the duration of the block; ``server.url`` is its address."""
    server = _ProxyServer(("127.0.0.1", 0), _Handler)
    server.delay = delay
    server.url = f"http://127.0.0.1:{server.server_address[1]}"  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)
