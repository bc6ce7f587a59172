"""`wparchive serve` against a real local Prefect server (SQLite, 127.0.0.1, no UI): the nightly deployment exists
with its cron schedule, and a run triggered through it completes and writes the database.

SLOW (about a minute: `prefect server start` takes ~15 s, the served run a few more). Marked ``prefect_server``;
deselect with ``-m "not prefect_server"``. Everything runs in subprocesses, apart from this test process's own
Prefect harness, and the serve process group is stopped by its id at the end.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from warehouse.db import query

pytestmark = pytest.mark.prefect_server
REPO = Path(__file__).resolve().parents[1]

CHECK_DEPLOYMENT = textwrap.dedent('''
    import asyncio, json, sys, time
    from prefect import get_client
    from prefect.deployments import run_deployment
    from prefect.exceptions import ObjectNotFound

    async def find(deadline):
        async with get_client() as client:
            while True:
                try:
                    return await client.read_deployment_by_name("wparchive-nightly/nightly")
                except ObjectNotFound as exc:  # until serve has registered it
                    if time.monotonic() > deadline:
                        raise SystemExit(f"deployment never appeared: {exc!r}")
                    await asyncio.sleep(1)

    from flows.serve import is_healthy
    import os
    deadline = time.monotonic() + 150
    while not is_healthy(os.environ["PREFECT_API_URL"]):  # serve is still starting the server
        if time.monotonic() > deadline:
            raise SystemExit("the Prefect server never answered")
        time.sleep(1)
    deployment = asyncio.run(find(deadline))
    schedules = [{"cron": s.schedule.cron, "timezone": s.schedule.timezone, "active": s.active}
                 for s in deployment.schedules]
    flow_run = run_deployment("wparchive-nightly/nightly", timeout=150)
    print(json.dumps({"schedules": schedules, "parameters": deployment.parameters,
                      "state": flow_run.state.type.value if flow_run.state else None,
                      "message": flow_run.state.message if flow_run.state else None}))
''')


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_serve_registers_the_nightly_schedule_and_a_triggered_run_completes(tmp_path: Path) -> None:
    port = _free_port()
    config = tmp_path / "sites.toml"
    config.write_text('[schedule]\ncron = "15 3 * * *"\ntimezone = "Europe/Stockholm"\n')  # no sites: fast
    db = tmp_path / "archive.duckdb"
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env.update(PREFECT_HOME=str(tmp_path / "prefect-home"), PREFECT_LOGGING_LEVEL="WARNING", DO_NOT_TRACK="1",
               PREFECT_SERVER_ANALYTICS_ENABLED="false")
    log = open(tmp_path / "serve.log", "wb")
    serve = subprocess.Popen(
        [sys.executable, "-m", "wparchive.cli", "serve", "--config", str(config), "--db", str(db),
         "--data-dir", str(tmp_path / "data"), "--port", str(port)],
        cwd=REPO, env=env, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True)
    try:
        checker = subprocess.run(
            [sys.executable, "-c", CHECK_DEPLOYMENT], cwd=REPO, capture_output=True, text=True, timeout=300,
            env=dict(env, PREFECT_API_URL=f"http://127.0.0.1:{port}/api"))
        serve_log = (tmp_path / "serve.log").read_text(errors="replace")
        assert checker.returncode == 0, f"{checker.stderr[-3000:]}\n--- serve log ---\n{serve_log[-3000:]}"
        result = json.loads(checker.stdout.strip().splitlines()[-1])
        assert result["schedules"] == [{"cron": "15 3 * * *", "timezone": "Europe/Stockholm", "active": True}]
        assert result["parameters"]["db_path"] == str(db.resolve())
        assert result["state"] == "COMPLETED", (result, serve_log[-3000:])
        _cols, rows = query(db, "SELECT count(DISTINCT run_id), count(*) FROM check_results")
        assert rows[0][0] == 1 and rows[0][1] > 0  # the served run built the warehouse and ran its checks
        assert f"127.0.0.1:{port}" in serve_log and "started by wparchive" in serve_log
    finally:
        if serve.poll() is None:
            serve.send_signal(signal.SIGTERM)  # Prefect's runner shuts down gracefully; serve then stops its server
            try:
                serve.wait(timeout=60)
            except subprocess.TimeoutExpired:
                serve.kill()
                serve.wait(timeout=10)
        try:
            os.killpg(serve.pid, signal.SIGKILL)  # whatever is left of the process group this test started
        except ProcessLookupError:
            pass  # serve stopped everything it started, as it should
        log.close()


def test_the_temporary_server_starts_where_prefect_never_ran(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`wparchive run` on a fresh machine: no Prefect home yet. Prefect's app factory does not create it, and its
    SQLite file then cannot be opened (the clean-clone run of 2026-12-07 failed three tests so)."""
    from flows.serve import start_temporary_server, wait_until_healthy

    home = tmp_path / "never-used" / ".prefect"
    monkeypatch.setenv("PREFECT_HOME", str(home))
    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    server = start_temporary_server()
    try:
        wait_until_healthy(server.api_url, pid=server.process.pid, timeout=120)
    finally:
        server.stop()
    assert (home / "prefect.db").exists()
