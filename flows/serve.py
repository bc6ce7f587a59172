"""Keep the nightly schedule: a local Prefect server (SQLite, 127.0.0.1, no UI, no telemetry) plus ``flow.serve``.

Prefect 3 does not schedule on its temporary (ephemeral) server, so ``serve`` needs a real one: it uses the server
at PREFECT_API_URL when that is set (and says so if it doesn't answer), else one already answering on
127.0.0.1:PORT, else it starts ``prefect server start`` itself and stops it on exit.
"""

from __future__ import annotations

import ctypes
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from flows.prefect_env import QUIET_PREFECT

DEPLOYMENT_NAME = "nightly"
DEFAULT_PORT = 4200


class ServeError(RuntimeError):
    """The schedule cannot be kept (no server, a server that won't start), said in one sentence."""


@dataclass
class PrefectServer:
    """A Prefect API we can use; ``process`` is set when we started it (and must stop it)."""

    api_url: str
    process: subprocess.Popen[bytes] | None = None
    log: IO[bytes] | None = None

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        if self.log is not None:
            self.log.close()


def is_healthy(api_url: str, timeout: float = 2.0) -> bool:
    """True when a Prefect API answers its health check at ``api_url`` (…/api)."""
    try:
        with urllib.request.urlopen(f"{api_url.rstrip('/')}/health", timeout=timeout) as response:
            return response.status == 200
    except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
        return False


def server_env(prefect_home: Path) -> dict[str, str]:
    """The environment of a server we start: quiet, local SQLite under ``prefect_home``."""
    env = dict(os.environ)
    env.update(QUIET_PREFECT)
    env.setdefault("PREFECT_HOME", str(prefect_home))
    env.pop("PREFECT_API_URL", None)  # the server itself must not be a client of another server
    return env


def ensure_server(*, port: int = DEFAULT_PORT, prefect_home: Path, start: bool = True,
                  startup_timeout: float = 120.0) -> PrefectServer:
    """A Prefect server to schedule on: the configured one, a running local one, or one we start."""
    configured = os.environ.get("PREFECT_API_URL")
    if configured:
        if not is_healthy(configured):
            raise ServeError(f"PREFECT_API_URL={configured} does not answer; start it (`prefect server start`) "
                             "or unset PREFECT_API_URL to let `wparchive serve` start a local one")
        return PrefectServer(configured)
    api_url = f"http://127.0.0.1:{port}/api"
    if is_healthy(api_url):
        return PrefectServer(api_url)
    if not start:
        raise ServeError(f"no Prefect server on 127.0.0.1:{port}: run `prefect server start --host 127.0.0.1 "
                         f"--port {port} --no-ui --analytics-off`, or drop --no-start-server")
    prefect_home.mkdir(parents=True, exist_ok=True)
    log = open(prefect_home / "server.log", "ab")
    process = subprocess.Popen(
        [sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1", "--port", str(port),
         "--no-ui", "--analytics-off"],
        env=server_env(prefect_home), stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
    )
    server = PrefectServer(api_url, process, log)
    outcome = _await_answer(api_url, lambda: process.poll() is None, startup_timeout, poll=0.5)
    if outcome is None:
        return server
    server.stop()
    if outcome == "exited":
        raise ServeError(f"`prefect server start` exited with {process.returncode}; "
                         f"see {prefect_home / 'server.log'}")
    raise ServeError(f"the Prefect server did not answer within {startup_timeout:.0f} s; "
                     f"see {prefect_home / 'server.log'}")


def _await_answer(api_url: str, running: Callable[[], bool], timeout: float, poll: float) -> str | None:
    """Wait for the server at ``api_url`` to answer its health check: None once it does, ``"exited"`` when
    ``running()`` says its process ended first, ``"timeout"`` past ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while not is_healthy(api_url):
        if not running():
            return "exited"
        if time.monotonic() > deadline:
            return "timeout"
        time.sleep(poll)
    return None


# ---------------------------------------------------------------------------------------------------- a run's server

# Prefect's settings files a run could name its server in (besides the environment); their absence is checked before
# `wparchive run` starts a temporary server of its own (``api_url_configured``).
_PREFECT_SETTINGS_FILES = ("prefect.toml", ".env")


def api_url_configured(cwd: Path | None = None) -> bool:
    """Whether Prefect may have a server to talk to: PREFECT_API_URL in the environment, in the active profile, or
    a settings file in the working directory that could set it (read conservatively, without importing Prefect)."""
    if os.environ.get("PREFECT_API_URL"):
        return True
    cwd = cwd or Path.cwd()
    if any((cwd / name).exists() for name in _PREFECT_SETTINGS_FILES):
        return True
    pyproject = cwd / "pyproject.toml"
    if pyproject.exists() and "tool.prefect" in pyproject.read_text(errors="replace"):
        return True
    home = Path(os.environ.get("PREFECT_HOME") or Path.home() / ".prefect").expanduser()
    profiles = Path(os.environ.get("PREFECT_PROFILES_PATH") or home / "profiles.toml").expanduser()
    return profiles.exists() and "PREFECT_API_URL" in profiles.read_text(errors="replace")


def _die_with_parent() -> None:
    """``preexec_fn`` of the temporary server: SIGKILL from the kernel (prctl PR_SET_PDEATHSIG) when the process that
    started it dies, however it dies, so that a `kill -9` of `wparchive run` leaves no server behind (its data is
    temporary; uvicorn's graceful stop on SIGTERM waits for its clients, which may be gone)."""
    ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)


def start_temporary_server() -> PrefectServer:
    """Prefect's temporary server for one run, started without waiting for it: the command Prefect itself runs when
    no server is configured (uvicorn serving ``prefect.server.api.server:create_app`` on 127.0.0.1, no UI), minus
    the import of Prefect's server code in the process that asks (~4 s of CPU, py-spy of a nightly run). Started by
    ``wparchive run`` before the run's process, so the server's start-up overlaps that process's imports; the run
    waits for it with ``wait_until_healthy``. The caller stops it."""
    import importlib.util
    import socket

    spec = importlib.util.find_spec("prefect")  # finds the package without importing it
    assert spec is not None and spec.submodule_search_locations, "prefect is not installed"
    with socket.socket() as probe:  # a free port (the server binds it a moment later)
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {**QUIET_PREFECT, **os.environ, "PREFECT_UI_ENABLED": "0", "PREFECT__SERVER_EPHEMERAL": "1",
           "PREFECT__SERVER_FINAL": "1"}
    env.pop("PREFECT_API_URL", None)
    # Prefect's own commands create its home on first use; its app factory does not, and on a machine where Prefect
    # never ran the server's SQLite file ("unable to open database file") has no folder to go in
    Path(env.get("PREFECT_HOME") or Path.home() / ".prefect").expanduser().mkdir(parents=True, exist_ok=True)
    process = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "--app-dir", str(Path(spec.submodule_search_locations[0]).parent),
         "--factory", "prefect.server.api.server:create_app", "--host", "127.0.0.1", "--port", str(port),
         "--log-level", "error", "--lifespan", "on"],
        env=env, stdin=subprocess.DEVNULL, preexec_fn=_die_with_parent)
    return PrefectServer(f"http://127.0.0.1:{port}/api", process)


def wait_until_healthy(api_url: str, *, pid: int | None = None, timeout: float = 120.0) -> None:
    """Wait for the server at ``api_url`` to answer; ``pid`` is its process, when we know it (a server that exited
    is said at once, not after the timeout)."""
    outcome = _await_answer(api_url, lambda: pid is None or _is_running(pid), timeout, poll=0.05)
    if outcome == "exited":
        raise ServeError(f"the temporary Prefect server ({api_url}) exited before answering")
    if outcome == "timeout":
        raise ServeError(f"the temporary Prefect server ({api_url}) did not answer within {timeout:.0f} s")


def _is_running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    status = Path(f"/proc/{pid}/stat")  # a zombie (exited, not yet reaped by its parent) is not running
    return not status.exists() or status.read_text().rsplit(")", 1)[-1].split()[0] != "Z"


def serve_nightly(*, cron: str, timezone: str, parameters: dict[str, object], api_url: str) -> None:
    """Register the ``wparchive-nightly/nightly`` deployment with its cron schedule and run it until stopped."""
    os.environ["PREFECT_API_URL"] = api_url  # for the flow-run processes the runner starts

    from prefect.schedules import Cron
    from prefect.settings import PREFECT_API_URL, temporary_settings

    from flows.nightly import nightly

    with temporary_settings(updates={PREFECT_API_URL: api_url}):
        nightly.serve(
            name=DEPLOYMENT_NAME,
            schedules=[Cron(cron, timezone=timezone)],
            parameters=parameters,
            description="One wparchive nightly run: crawl, clean, load, views, checks.",
            tags=["wparchive"],
            limit=1,  # never two nightly runs at once: DuckDB has one writer
            print_starting_message=False,  # it links a "Prefect UI" that this server does not run
        )
