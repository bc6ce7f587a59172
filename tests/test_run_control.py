"""Stopping and serialising `wparchive run` as an operator does: Ctrl-C (SIGINT to the foreground process group) and
SIGTERM (systemd, kill) end a run mid-crawl within 10 s with one line and no traceback, leave no process behind
(checked by PID), keep the published archive as it was and record the run as interrupted; a second run on the same
archive is refused, naming the first. The blog is the demo snapshot on loopback, crawled politely (~1 request/s)
so that the run is caught mid-crawl."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from flows.config import check_site_url, default_site_name
from flows.runlock import holder, lock_path
from tests.test_warehouse_load import standard_run
from warehouse.db import query
from warehouse.publish import working_path
from wparchive.cli import app
from wparchive.demo.snapshot import DEMO_SITE, serve_snapshot
from wparchive.supervise import descendants

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture
def slow_blog() -> Iterator[str]:
    with serve_snapshot(DEMO_SITE) as base_url:
        yield base_url


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _wait_for(condition: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.2)


class Run:
    """`wparchive run` of one blog into ``tmp/archive.duckdb``, published beforehand by a load of another site."""

    def __init__(self, tmp_path: Path, url: str):
        self.tmp, self.url, self.db = tmp_path, url, tmp_path / "archive.duckdb"
        self.env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
        self.env.update(PREFECT_HOME=str(tmp_path / "prefect-home"))
        (tmp_path / "sites.toml").write_text("")
        loaded = CliRunner().invoke(app, ["load", str(standard_run(tmp_path / "runs")), "--db", str(self.db)])
        assert loaded.exit_code == 0, loaded.output

    def command(self) -> list[str]:
        return [sys.executable, "-m", "wparchive.cli", "run", self.url, "--db", str(self.db),
                "--data-dir", str(self.tmp / "data"), "--config", str(self.tmp / "sites.toml"), "--full"]

    def start(self, *, own_group: bool) -> subprocess.Popen[str]:
        return subprocess.Popen(self.command(), cwd=REPO, env=self.env, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True, start_new_session=own_group)

    def crawling(self) -> bool:
        return any((self.tmp / "data").glob("runs/*/*/requests.jsonl"))


def _stop_mid_crawl(tmp_path: Path, url: str, signum: int, send: Callable[[subprocess.Popen[str]], None],
                    check_second_run: bool) -> tuple[Run, subprocess.Popen[str], str, str, float, list[int]]:
    run = Run(tmp_path, url)
    published = _sha256(run.db)
    proc = run.start(own_group=signum == signal.SIGINT)
    try:
        _wait_for(lambda: run.crawling() or proc.poll() is not None, 240, "the crawl to start")
        assert proc.poll() is None, proc.communicate()
        if check_second_run:
            second = subprocess.run(run.command(), cwd=REPO, env=run.env, capture_output=True, text=True, timeout=120)
            assert second.returncode == 3, second.stdout + second.stderr
            assert f"another run is writing {run.db}: process {proc.pid} " in second.stderr, second.stderr
            assert "Traceback" not in second.stderr
        tree = [proc.pid, *descendants(proc.pid)]
        started = time.monotonic()
        send(proc)
        out, err = proc.communicate(timeout=10)
        elapsed = time.monotonic() - started
    finally:
        if proc.poll() is None:
            proc.kill()
    assert _sha256(run.db) == published, "the published archive changed"
    return run, proc, out, err, elapsed, tree


def _check_clean_stop(run: Run, proc: subprocess.Popen[str], out: str, err: str, elapsed: float, tree: list[int],
                      signal_label: str, code: int) -> None:
    assert elapsed < 10, elapsed
    assert proc.returncode == code, (proc.returncode, out[-2000:], err[-2000:])
    assert "Traceback" not in out + err and "ConnectError" not in out + err
    site = default_site_name(run.url)
    said = [line for line in (out + err).splitlines() if "interrupted" in line]
    assert said == [f"wparchive: interrupted by {signal_label}: site {site} mid-crawl; "
                    f"the published archive is unchanged"], said
    assert len(tree) >= 3, tree  # this process, the run's process, its crawl (and Prefect's server)
    _wait_for(lambda: not any(_alive(pid) for pid in tree), 5, "every process of the run to end")
    rows = query(working_path(run.db), "SELECT status, failed_step, is_interrupted, error FROM crawl_runs "
                                       "WHERE site = $s", {"s": check_site_url(run.url)})[1]
    assert rows == [("failed", "crawl", True, f"interrupted by {signal_label} mid-crawl")]
    assert holder(run.db) is None and lock_path(run.db).exists()
    status = CliRunner(env={"COLUMNS": "80"}).invoke(app, ["status", "--db", str(run.db)])
    assert status.exit_code == 0, status.output
    assert "runs not published (in the working copy)" in status.output
    assert any(site in line and "interrupted" in line for line in status.output.splitlines()), status.output


def test_sigterm_mid_crawl_stops_cleanly_and_a_second_run_is_refused(tmp_path: Path, slow_blog: str) -> None:
    result = _stop_mid_crawl(tmp_path, slow_blog, signal.SIGTERM, lambda p: p.send_signal(signal.SIGTERM),
                             check_second_run=True)
    _check_clean_stop(*result, signal_label="SIGTERM", code=143)


def test_ctrl_c_mid_crawl_stops_cleanly(tmp_path: Path, slow_blog: str) -> None:
    # A terminal's Ctrl-C signals the whole foreground process group, not only `wparchive`.
    result = _stop_mid_crawl(tmp_path, slow_blog, signal.SIGINT, lambda p: os.killpg(p.pid, signal.SIGINT),
                             check_second_run=False)
    _check_clean_stop(*result, signal_label="SIGINT (Ctrl-C)", code=130)


def test_sigkill_of_the_supervising_process_takes_every_process_of_the_run(tmp_path: Path, slow_blog: str) -> None:
    """Black-box rounds 9 and 10: `kill -9` of `wparchive run` (or of a cron job's process group) cannot be caught,
    and the run's child (its own session) ran on, published, and held the lock with nobody to stop it; Prefect's
    temporary server ran on too. Now the kernel signals both when the supervising process dies (prctl
    PR_SET_PDEATHSIG): within seconds no process of the run is left, the published archive is as it was, and
    the lock is free for the next night (which records the unfinished run then)."""
    run = Run(tmp_path, slow_blog)
    published = _sha256(run.db)
    proc = run.start(own_group=False)
    try:
        _wait_for(lambda: run.crawling() or proc.poll() is not None, 240, "the crawl to start")
        assert proc.poll() is None, proc.communicate()
        tree = [proc.pid, *descendants(proc.pid)]
        proc.kill()
        proc.wait(timeout=10)
        _wait_for(lambda: not any(_alive(pid) for pid in tree), 10, "every process of the run to end")
    finally:
        for pid in [proc.pid, *descendants(proc.pid)]:
            if _alive(pid):
                os.kill(pid, signal.SIGKILL)
    assert len(tree) >= 3, tree  # the supervisor, the run's process, its crawl (and Prefect's server)
    assert _sha256(run.db) == published, "the published archive changed"
    assert holder(run.db) is None


def test_a_cron_run_logs_progress_and_one_summary_line_per_site(tmp_path: Path, slow_blog: str) -> None:
    """What a cron job or a systemd timer sees: no terminal, output to a file."""
    run = Run(tmp_path, slow_blog)
    with open(tmp_path / "cron.log", "w") as log:
        done = subprocess.run([*run.command(), "--profile", "fast"], cwd=REPO, env=run.env, stdout=log,
                              stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, timeout=300)
    text = (tmp_path / "cron.log").read_text()
    assert done.returncode == 0, text[-3000:]
    site = default_site_name(run.url)
    assert f" {site}: crawling {check_site_url(run.url)}" in text  # progress while it runs, not only at the end
    posts = query(run.db, "SELECT count(*) FROM posts WHERE site = $s", {"s": check_site_url(run.url)})[1][0][0]
    lines = [line for line in text.splitlines() if line.startswith(f"{site}: ")]
    assert len(lines) == 1 and lines[0].startswith(f"{site}: succeeded, full crawl: {posts} posts, "), text[-3000:]
    assert f"; new {posts}, changed 0, deleted 0, quarantined 0; " in lines[0]
    assert "\x1b[" not in text and "Traceback" not in text
