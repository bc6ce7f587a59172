"""A tiny HTTP server on 127.0.0.1 for tests that need a site standing for one case (not WordPress, a failure, a
stand-in for a host out of reach). Every GET is answered by a function of the request."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import BinaryIO

# status, headers, body; a callable body writes itself to the socket (a stalled or cut-off transfer), and a
# Content-Length among the headers is sent as given (a body that lies about its length).
Answer = tuple[int, dict[str, str], "bytes | Callable[[BinaryIO], None]"]
Responder = Callable[[BaseHTTPRequestHandler], Answer]


@contextmanager
def loopback_site(respond: Responder) -> Iterator[str]:
    """Serve ``respond``'s answers on a free loopback port for the ``with`` block; yields the base URL."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
            status, headers, body = respond(self)
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            if callable(body):
                self.send_header("Connection", "close")
                self.end_headers()
                try:
                    body(self.wfile)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up, as it should on a stalled body
                self.close_connection = True
                return
            if "Content-Length" not in headers:
                self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            try:
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass  # a client that was killed or gave up

        def log_message(self, *args: object) -> None:
            pass  # tests read the crawl's own request log, not the server's

    class Server(ThreadingHTTPServer):
        request_queue_size = 128  # socketserver's default of 5 drops SYNs when a crawl opens 16 connections at once
        daemon_threads = True

    server = Server(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/"
    finally:
        server.shutdown()
        server.server_close()
