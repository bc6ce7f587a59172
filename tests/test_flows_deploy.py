"""Production with a long-running Prefect server (SQLite, 127.0.0.1, no UI): `wparchive deploy` creates the work
pool and the scheduled deployment; a worker started with Prefect's own command runs a triggered run, and its log —
no terminal — has one summary line per site. Prefect's own hints that point at a UI are not printed.

SLOW (a Prefect server start, a worker, a flow run: one to two minutes). Marked ``prefect_server``.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from flows.serve import ensure_server
from warehouse.db import query
from wparchive.demo.snapshot import DEMO_SITE, serve_snapshot

pytestmark = pytest.mark.prefect_server
REPO = Path(__file__).resolve().parents[1]
PREFECT = Path(sys.executable).with_name("prefect")

READ_DEPLOYMENT = textwrap.dedent('''
    import json
    from prefect import get_client
    with get_client(sync_client=True) as client:
        deployment = client.read_deployment_by_name("wparchive-nightly/nightly")
        pool = client.read_work_pool(deployment.work_pool_name)
    print(json.dumps({"pool": deployment.work_pool_name, "pool_type": pool.type,
                      "schedules": [{"cron": s.schedule.cron, "timezone": s.schedule.timezone}
                                    for s in deployment.schedules],
                      "parameters": deployment.parameters}))
''')


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_deploy_then_a_prefect_worker_runs_the_nightly_flow(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for key in [k for k in os.environ if k.startswith("PREFECT_")]:
        monkeypatch.delenv(key)
    monkeypatch.setenv("PREFECT_HOME", str(tmp_path / "prefect-home"))
    server = ensure_server(port=_free_port(), prefect_home=tmp_path / "prefect-home")
    env = dict(os.environ, PREFECT_API_URL=server.api_url)
    db = tmp_path / "archive.duckdb"
    try:
        with serve_snapshot(DEMO_SITE) as url:
            config = tmp_path / "sites.toml"
            config.write_text(f'[schedule]\ncron = "15 3 * * *"\n\n[[sites]]\nname = "demo"\nurl = "{url}"\n'
                              'profile = "fast"\n')
            deployed = subprocess.run(
                [sys.executable, "-m", "wparchive.cli", "deploy", "--config", str(config), "--db", str(db),
                 "--data-dir", str(tmp_path / "data")],
                cwd=REPO, env=env, capture_output=True, text=True, timeout=300)
            assert deployed.returncode == 0, deployed.stdout + deployed.stderr
            assert f"PREFECT_API_URL={server.api_url} prefect worker start --pool wparchive --limit 1" \
                in deployed.stdout
            assert "UI" not in deployed.stdout + deployed.stderr
            read = subprocess.run([sys.executable, "-c", READ_DEPLOYMENT], cwd=REPO, env=env, capture_output=True,
                                  text=True, timeout=120)
            assert read.returncode == 0, read.stderr
            found = json.loads(read.stdout.strip().splitlines()[-1])
            assert found["pool"] == "wparchive" and found["pool_type"] == "process"
            assert found["schedules"] == [{"cron": "15 3 * * *", "timezone": "Europe/Stockholm"}]
            assert found["parameters"]["db_path"] == str(db.resolve())

            triggered = subprocess.run([str(PREFECT), "deployment", "run", "wparchive-nightly/nightly"], cwd=tmp_path,
                                       env=env, capture_output=True, text=True, timeout=120)
            assert triggered.returncode == 0, triggered.stdout + triggered.stderr
            with open(tmp_path / "worker.log", "w") as log:  # a log file, as under systemd: no terminal
                worker = subprocess.run([str(PREFECT), "worker", "start", "--pool", "wparchive", "--limit", "1",
                                         "--run-once"], cwd=tmp_path, env=env, stdout=log, stderr=subprocess.STDOUT,
                                        stdin=subprocess.DEVNULL, timeout=400)
        worker_log = (tmp_path / "worker.log").read_text(errors="replace")
        assert worker.returncode == 0, worker_log[-4000:]
        summary = [line for line in worker_log.splitlines() if "demo: succeeded, full crawl:" in line]
        assert len(summary) == 1, worker_log[-4000:]
        posts = query(db, "SELECT count(*) FROM posts")[1][0][0]
        assert f"demo: succeeded, full crawl: {posts} posts, " in summary[0] and posts >= 19
        assert f"; new {posts}, changed 0, deleted 0, quarantined 0; " in summary[0]
    finally:
        server.stop()
