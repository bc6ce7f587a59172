"""Headless Chromium driven over the Chrome DevTools protocol through a pipe (``--remote-debugging-pipe``):
standard library only, no port, no WebSocket client.

``load_page(path)`` opens a local file with the network switched off (every host name resolves to nothing) and
returns what a test needs: console messages, uncaught exceptions, log entries (CSP violations land there),
every request the page made, the DOM after its scripts ran, values of JavaScript expressions and a screenshot.
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

BROWSERS = ("chromium", "chromium-browser")
FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
    "--no-default-browser-check", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--disable-default-apps", "--disable-extensions", "--mute-audio",
    "--disable-features=Translate,MediaRouter,OptimizationHints",
    # No network at all: every host name resolves to nothing, so a page that tried to fetch would fail (and log).
    "--host-resolver-rules=MAP * ~NOTFOUND",
    "--remote-debugging-pipe",
)


# argv: read-fd write-fd executable args…: move the two fds to 3 and 4 (via fds ≥ 10, so neither overwrites
# the other), close the originals, exec the browser.
_FD_WRAPPER = """
import fcntl, os, sys
read_fd, write_fd = int(sys.argv[1]), int(sys.argv[2])
high = [fcntl.fcntl(fd, fcntl.F_DUPFD, 10) for fd in (read_fd, write_fd)]
for fd in (read_fd, write_fd):
    os.close(fd)
for target, fd in zip((3, 4), high):
    os.dup2(fd, target)
    os.close(fd)
os.execv(sys.argv[3], sys.argv[3:])
"""


class BrowserError(RuntimeError):
    """Chromium did not start or did not answer."""


def find_browser() -> str | None:
    """The Chromium executable on PATH, or None."""
    for name in BROWSERS:
        found = shutil.which(name)
        if found:
            return found
    return None


@dataclass
class PageResult:
    """What a page did while loading in headless Chromium."""

    url: str
    console: list[dict[str, Any]] = field(default_factory=list)  # Runtime.consoleAPICalled: type + text
    exceptions: list[str] = field(default_factory=list)  # Runtime.exceptionThrown
    log: list[dict[str, Any]] = field(default_factory=list)  # Log.entryAdded: level, source, text
    requests: list[str] = field(default_factory=list)  # every URL the page requested
    dom: str = ""  # document.documentElement.outerHTML after load
    values: dict[str, Any] = field(default_factory=dict)  # expression → its value
    screenshot: bytes = b""

    @property
    def errors(self) -> list[str]:
        """Everything that counts as a console error: console.error/assert, uncaught exceptions, error logs."""
        out = [f"console.{m['type']}: {m['text']}" for m in self.console if m["type"] in ("error", "assert")]
        out += [f"exception: {e}" for e in self.exceptions]
        out += [f"log {e['source']}: {e['text']}" for e in self.log if e["level"] == "error"]
        return out


class _Pipe:
    """One CDP connection over Chromium's pipe: NUL-separated JSON messages in both directions."""

    def __init__(self, to_browser: int, from_browser: int):
        self._out = os.fdopen(to_browser, "wb", buffering=0)
        self._in = os.fdopen(from_browser, "rb", buffering=0)
        self._next_id = 0
        self._replies: dict[int, dict[str, Any]] = {}
        self.events: list[dict[str, Any]] = []
        self._cond = threading.Condition()
        self._closed = False
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        buffer = b""
        while True:
            try:
                chunk = self._in.read(65536)
            except OSError:
                chunk = b""
            if not chunk:
                break
            buffer += chunk
            *messages, buffer = buffer.split(b"\0")
            with self._cond:
                for raw in messages:
                    message = json.loads(raw)
                    if "id" in message:
                        self._replies[message["id"]] = message
                    else:
                        self.events.append(message)
                self._cond.notify_all()
        self._in.close()
        with self._cond:
            self._closed = True
            self._cond.notify_all()

    def send(self, method: str, params: dict[str, Any] | None = None, session: str | None = None,
             timeout: float = 30.0) -> dict[str, Any]:
        with self._cond:
            self._next_id += 1
            message_id = self._next_id
        message: dict[str, Any] = {"id": message_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        self._out.write(json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + timeout
        with self._cond:
            while message_id not in self._replies:
                remaining = deadline - time.monotonic()
                if remaining <= 0 or self._closed:
                    raise BrowserError(f"no answer to {method} within {timeout:.0f} s")
                self._cond.wait(remaining)
            reply = self._replies.pop(message_id)
        if "error" in reply:
            raise BrowserError(f"{method} failed: {reply['error']}")
        return reply.get("result", {})

    def wait_for(self, method: str, timeout: float = 30.0) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                for event in self.events:
                    if event.get("method") == method:
                        return event
                remaining = deadline - time.monotonic()
                if remaining <= 0 or self._closed:
                    raise BrowserError(f"no {method} within {timeout:.0f} s")
                self._cond.wait(remaining)

    def close(self) -> None:
        """Stop writing; the reader ends (and closes its end) when the browser has exited."""
        try:
            self._out.close()
        except OSError:
            pass

    def join(self, timeout: float) -> None:
        self._reader.join(timeout)


def load_page(path: Path | str, *, expressions: dict[str, str] | None = None, width: int = 1200,
              settle_seconds: float = 0.5, full_page: bool = True, scroll_to: str | None = None,
              browser: str | None = None) -> PageResult:
    """Open ``path`` in headless Chromium and report what happened (see ``PageResult``). ``expressions``
    (name → JavaScript) are evaluated after the load event and ``settle_seconds``. The screenshot is the whole
    page, or (``full_page=False``) one screen, scrolled to the element ``scroll_to`` (a CSS selector) if given."""
    executable = browser or find_browser()
    if executable is None:
        raise BrowserError("no chromium on PATH (install it with tests/browser/install-chromium.sh)")
    # A local file, or (a str) an http URL on 127.0.0.1: then 127.0.0.1 stays reachable (a test asserts from
    # ``PageResult.requests`` which loopback servers the page asked; every host name still resolves to nothing).
    url = path if isinstance(path, str) else path.resolve().as_uri()
    to_browser_r, to_browser_w = os.pipe()
    from_browser_r, from_browser_w = os.pipe()
    with tempfile.TemporaryDirectory(prefix="wparchive-chromium-") as profile:
        # Chromium talks CDP on fds 3 (reads) and 4 (writes): a tiny Python exec wrapper puts our pipe ends there
        # (a POSIX shell can't name fds above 9, which is where they land inside pytest).
        flags = list(FLAGS)
        if isinstance(path, str):  # an http page on loopback: 127.0.0.1 resolves, every other name still doesn't
            flags = [f.replace("MAP * ~NOTFOUND", "MAP * ~NOTFOUND, EXCLUDE 127.0.0.1") for f in flags]
        command = [sys.executable, "-c", _FD_WRAPPER, str(to_browser_r), str(from_browser_w), executable,
                   *flags, f"--user-data-dir={profile}", "about:blank"]
        # Chromium's own log goes to a file: a pipe nobody reads could fill up and stall it.
        log = open(Path(profile) / "chromium.log", "wb")  # noqa: SIM115  (closed in the finally below)
        process = subprocess.Popen(command, pass_fds=(to_browser_r, from_browser_w), stdin=subprocess.DEVNULL,
                                   stdout=log, stderr=log)
        os.close(to_browser_r)
        os.close(from_browser_w)
        pipe = _Pipe(to_browser_w, from_browser_r)
        result = PageResult(url)
        try:
            try:
                target = pipe.send("Target.createTarget", {"url": "about:blank"}, timeout=60)["targetId"]
            except BrowserError as exc:
                tail = (Path(profile) / "chromium.log").read_text(errors="replace")[-2000:]
                raise BrowserError(f"{executable} did not start: {exc}\n{tail}") from None
            session = pipe.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
            for domain in ("Page", "Runtime", "Log", "Network"):
                pipe.send(f"{domain}.enable", session=session)
            pipe.send("Emulation.setDeviceMetricsOverride",
                      {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": False}, session=session)
            pipe.events.clear()
            pipe.send("Page.navigate", {"url": url}, session=session)
            pipe.wait_for("Page.loadEventFired")
            time.sleep(settle_seconds)

            def evaluate(expression: str) -> Any:
                reply = pipe.send("Runtime.evaluate", {"expression": expression, "returnByValue": True},
                                  session=session)
                if "exceptionDetails" in reply:
                    raise BrowserError(f"{expression!r} threw: {reply['exceptionDetails']}")
                return reply["result"].get("value")

            result.values = {name: evaluate(js) for name, js in (expressions or {}).items()}
            result.dom = evaluate("document.documentElement.outerHTML")
            if full_page:
                height = int(evaluate("Math.ceil(document.documentElement.scrollHeight)") or 900)
                pipe.send("Emulation.setDeviceMetricsOverride",
                          {"width": width, "height": min(height, 16000), "deviceScaleFactor": 1, "mobile": False},
                          session=session)
            elif scroll_to:
                evaluate(f"document.querySelector({json.dumps(scroll_to)}).scrollIntoView()")
            shot = pipe.send("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": full_page},
                             session=session, timeout=60)
            result.screenshot = base64.b64decode(shot["data"])
            for event in pipe.events:
                method, params = event.get("method"), event.get("params", {})
                if method == "Runtime.consoleAPICalled":
                    text = " ".join(str(a.get("value", a.get("description", ""))) for a in params.get("args", []))
                    result.console.append({"type": params.get("type"), "text": text})
                elif method == "Runtime.exceptionThrown":
                    details = params.get("exceptionDetails", {})
                    result.exceptions.append(details.get("exception", {}).get("description") or details.get("text"))
                elif method == "Log.entryAdded":
                    entry = params.get("entry", {})
                    result.log.append({"level": entry.get("level"), "source": entry.get("source"),
                                       "text": entry.get("text")})
                elif method == "Network.requestWillBeSent":
                    result.requests.append(params.get("request", {}).get("url"))
            try:
                pipe.send("Browser.close", timeout=10)
            except BrowserError:
                pass
        finally:
            pipe.close()
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
            pipe.join(5)
            log.close()
    return result
