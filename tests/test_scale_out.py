"""Scale-out on a Prefect work pool, on this one machine: a real Prefect server (own PREFECT_HOME, 127.0.0.1), two
workers started with Prefect's own command on a process pool, moto's S3 server on 127.0.0.1 as the object store,
and four demo-snapshot blogs on distinct loopback addresses. One worker is SIGKILLed (with everything it started)
while its shard is mid-crawl; the nightly flow's shard timeout re-submits that shard's unfinished site as a new
attempt, the other worker crawls it, and the night converges: every site archived once, no duplicate rows, an
erased commenter kept out by the workers' crawls, WARC files named by their s3:// URIs in ``captures``, and
``wparchive show`` reads a page back from the store.

The two-worker test is SLOW (a Prefect server, two workers, a run with a re-submission: about 100 s) and marked
``prefect_server``; the others take seconds: sharding, and a run directory whose WARC files are only in the store,
indexed and re-extracted from there.
"""

from __future__ import annotations

import json
import logging
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import fsspec.config
import pytest

from crawler.archive import (
    ARCHIVE_POINTER_FILE,
    KNOWN_PAYLOADS_FILE,
    WARC_DIR,
    KnownPayload,
    payload_digest,
    read_response,
    read_run,
    resolve_path,
    write_known_payloads,
)
from crawler.erasure import ERASURE_LIST_FILE, ErasureList
from crawler.options import CrawlJob
from crawler.replay import reextract_run
from crawler.run import crawl_in_subprocess
from flows.archive import archive_index
from flows.serve import ensure_server
from flows.shards import shard_by_host, submissions_of
from flows.storage import ObjectStore
from tests.rundir_support import read_jsonl
from wparchive.forget import forget
from warehouse.db import query
from wparchive.demo.snapshot import DEMO_SITE, SnapshotServer

REPO = Path(__file__).resolve().parents[1]
PREFECT = Path(sys.executable).with_name("prefect")
POOL = "wparchive-crawl-test"
STORE = "s3://wparchive-test/nights"
ERASED = "Birgitta Holm"  # a commenter of the demo blog (6 comments)
SLOW_SECONDS = 0.25  # per response of the slow blog: its crawl (~30 requests) is still going when its worker dies
HELD_AFTER = 3  # pages the slow blog answers before it holds its answers until the test has killed the worker
SHARD_TIMEOUT = 25  # seconds without a finished site before a shard counts as stuck


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class SlowSnapshotServer(SnapshotServer):
    """The demo snapshot, each answer ``SLOW_SECONDS`` late; after ``HELD_AFTER`` pages, further answers wait until
    ``released`` is set, so the crawl is surely mid-way when the test kills its worker, however slow the machine."""

    def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        super().__init__(*args, **kwargs)
        self.released = threading.Event()

    def pages_served(self) -> int:
        return sum(1 for _t, path in self.served if path != "/robots.txt")

    def _handler(self):  # type: ignore[no-untyped-def]
        base = super()._handler()
        server = self

        class Slow(base):  # type: ignore[misc, valid-type]
            def do_GET(self) -> None:  # noqa: N802
                if self.path != "/robots.txt" and server.pages_served() >= HELD_AFTER:
                    server.released.wait(timeout=240)
                time.sleep(SLOW_SECONDS)
                super().do_GET()

        return Slow


@pytest.fixture()
def s3(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """moto's S3 server on 127.0.0.1 with an empty bucket ``wparchive-test``; yields its endpoint URL. Credentials
    (any, for moto) reach every process the usual AWS way: the environment."""
    from moto.server import ThreadedMotoServer

    for key in [k for k in os.environ if k.startswith(("AWS_", "FSSPEC_"))]:
        monkeypatch.delenv(key)
    for key, value in {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing",
                       "AWS_DEFAULT_REGION": "us-east-1"}.items():
        monkeypatch.setenv(key, value)
    logging.getLogger("werkzeug").setLevel(logging.WARNING)  # moto's access log: one line per S3 request
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=_free_port(), verbose=False)
    server.start()
    endpoint = "http://127.0.0.1:{}".format(server.get_host_and_port()[1])
    # moto keeps its buckets per process, not per server: start from none.
    urllib.request.urlopen(urllib.request.Request(f"{endpoint}/moto-api/reset", method="POST"), timeout=10).close()
    ObjectStore(STORE, endpoint)._fs().mkdir("wparchive-test")
    try:
        yield endpoint
    finally:
        server.stop()
        # use_endpoint made the stopped server this process's default (and its children's): forget it.
        fsspec.config.conf.pop("s3", None)
        os.environ.pop("FSSPEC_S3_ENDPOINT_URL", None)


def test_sites_of_one_host_share_a_shard() -> None:
    jobs = [CrawlJob(url, f"/runs/r/{i}") for i, url in enumerate(
        ["http://a.example/", "http://b.example/", "http://a.example/blog2/", "http://c.example/"])]
    shards = shard_by_host(jobs, 2)
    assert [[j.site_url for j in shard] for shard in shards] == [
        ["http://a.example/", "http://a.example/blog2/", "http://c.example/"], ["http://b.example/"]]
    assert len(shard_by_host(jobs[:1], 5)) == 1  # never an empty shard


def test_a_run_whose_warc_files_are_in_the_store_is_indexed_and_reextracted_from_there(
        s3: str, tmp_path: Path) -> None:
    with SnapshotServer(DEMO_SITE, address="127.0.14.9") as blog:
        result = crawl_in_subprocess(blog.base_url, tmp_path / "crawled", profile="fast")
        assert result.ok, result.error
        store = ObjectStore(STORE, s3)
        uri = store.attempt_uri("r1", "blog", 1)
        assert store.upload_dir(result.run_dir, uri) > 5
        # The loader's copy: everything but the WARC files, and where they are.
        local = tmp_path / "data" / "runs" / "r1" / "blog"
        store.download_dir(uri, local, skip=(WARC_DIR,))
        (local / ARCHIVE_POINTER_FILE).write_text(json.dumps({"root": uri}))
        assert not (local / WARC_DIR).exists()
        rows = archive_index(local)
        assert len(rows) == len(archive_index(result.run_dir)) > 20
        assert all(r["warc_file"].startswith(f"{uri}/warc/") for r in rows), rows[0]

        # The next night is handed those payloads by URI: its crawl stores revisits that point into the store.
        again = tmp_path / "again"
        write_known_payloads(again / KNOWN_PAYLOADS_FILE, [
            KnownPayload(**{f: r[f] for f in KnownPayload.__dataclass_fields__})
            for r in rows if not r["is_revisit"] and r["payload_length"]])
        assert crawl_in_subprocess(blog.base_url, again, profile="fast").ok
    revisits = [c for c in read_run(again).captures if c.is_revisit and c.refers_to_warc_file]
    assert revisits and all(c.refers_to_warc_file.startswith(f"{uri}/warc/") for c in revisits)
    stored = read_response(resolve_path(again, revisits[0].warc_file), revisits[0].warc_offset,
                           revisits[0].warc_length)
    assert stored.is_revisit and payload_digest(stored.body) == revisits[0].payload_digest  # read from S3

    # Re-extraction reads the archived responses from the store (its crawl process included).
    replayed = reextract_run(local, tmp_path / "reextracted", run_id="r1-reextract")
    assert replayed.ok, replayed.error
    titles = sorted(p["title"] for p in read_jsonl(tmp_path / "reextracted" / "posts.jsonl"))
    assert titles == sorted(p["title"] for p in read_jsonl(result.run_dir / "posts.jsonl")) and len(titles) >= 19
    # Erasing inside object storage is not built: `forget` says so instead of recording an erasure it didn't do.
    with pytest.raises(ValueError, match="object storage .*nothing was erased"):
        forget(tmp_path / "archive.duckdb", tmp_path / "data", "name", "Anna", dry_run=False)
    assert not (tmp_path / "archive.duckdb").exists()


def _children(pid: int) -> list[int]:
    """Every descendant of ``pid`` (from /proc: the worker's flow-run process runs in its own session)."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parents[int(entry.name)] = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
    found, frontier = [], [pid]
    while frontier:
        current = frontier.pop()
        kids = [child for child, parent in parents.items() if parent == current]
        found += kids
        frontier += kids
    return found


def _crawling(worker: subprocess.Popen[bytes], site_url: str) -> bool:
    """True when a crawl-pool process below ``worker`` has ``site_url`` among its jobs."""
    for pid in _children(worker.pid):
        try:
            argv = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        if b"crawler.pool" in argv:
            jobs = Path(argv[argv.index(b"crawler.pool") + 1].decode())
            if jobs.exists() and site_url in jobs.read_text():
                return True
    return False


def _shard_mates_handed_over(data_dir: Path, store: ObjectStore) -> bool:
    """True when every other site of the slow blog's shard has its completion marker in the store: only then is
    "re-submit the unfinished sites" sure to mean the slow blog alone."""
    pool_dirs = list((data_dir / "runs").glob("*/.crawl-pool"))
    if not pool_dirs:
        return False
    shard = next((s["sites"] for s in submissions_of(pool_dirs[0]) if "slow" in s["sites"]), None)
    if shard is None:
        return False
    handed_over = {c.site for c in store.completions(pool_dirs[0].parent.name)}
    return set(shard) - {"slow"} <= handed_over


def _kill_tree(worker: subprocess.Popen[bytes]) -> None:
    """SIGKILL the worker and everything it started, as a machine that died would leave them: by PID."""
    for pid in [worker.pid, *_children(worker.pid)]:
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    worker.wait(timeout=10)


@pytest.mark.prefect_server
def test_two_workers_one_killed_mid_shard_the_night_converges(s3: str, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    started = time.monotonic()
    for key in [k for k in os.environ if k.startswith("PREFECT_")]:
        monkeypatch.delenv(key)
    monkeypatch.setenv("PREFECT_HOME", str(tmp_path / "prefect-home"))
    endpoint = s3
    store = ObjectStore(STORE, endpoint)
    server = ensure_server(port=_free_port(), prefect_home=tmp_path / "prefect-home")
    # No FSSPEC_* for the processes: the endpoint must reach them from sites.toml and the shard's parameters.
    env = {k: v for k, v in os.environ.items() if not k.startswith("FSSPEC_")}
    env.update(PREFECT_API_URL=server.api_url, PREFECT_WORKER_QUERY_SECONDS="2")
    workers: list[subprocess.Popen[bytes]] = []
    db = tmp_path / "archive.duckdb"
    addresses = ["127.0.14.1", "127.0.14.2", "127.0.14.3", "127.0.14.4"]
    try:
        with SlowSnapshotServer(DEMO_SITE, address=addresses[0]) as slow, \
                SnapshotServer(DEMO_SITE, address=addresses[1]) as b, \
                SnapshotServer(DEMO_SITE, address=addresses[2]) as c, \
                SnapshotServer(DEMO_SITE, address=addresses[3]) as d:
            blogs = {"slow": slow, "b": b, "c": c, "d": d}
            config = tmp_path / "sites.toml"
            config.write_text(
                "[defaults]\nprofile = \"fast\"\ncrawl_retries = 0\n\n"
                f"[scale_out]\nstore = \"{store.url}\"\nendpoint_url = \"{endpoint}\"\nwork_pool = \"{POOL}\"\n"
                f"shards = 2\nshard_timeout_seconds = {SHARD_TIMEOUT}\nshard_attempts = 3\n\n"
                + "".join(f"[[sites]]\nname = \"{name}\"\nurl = \"{s.base_url}\"\n\n" for name, s in blogs.items()))
            deployed = subprocess.Popen(
                [sys.executable, "-m", "wparchive.cli", "deploy", "--config", str(config), "--db", str(db),
                 "--data-dir", str(tmp_path / "data")],
                cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
            for n in range(2):  # Prefect's own command, as on each crawl machine; logs to files, no terminal
                with open(tmp_path / f"worker-{n}.log", "wb") as log:
                    workers.append(subprocess.Popen(
                        [str(PREFECT), "worker", "start", "--pool", POOL, "--type", "process", "--limit", "1"],
                        cwd=tmp_path, env=env, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                        start_new_session=True))
            out, _ = deployed.communicate(timeout=300)
            assert deployed.returncode == 0, out
            assert f"prefect worker start --pool {POOL} --type process --limit 1" in out

            # An earlier erasure: the crawls on the workers must keep this commenter out, as a local one does.
            erasures = ErasureList()
            erasures.add_words("erasure-test", names={ERASED}, texts=[], added_at="2026-01-01T00:00:00+00:00")
            erasures.write(tmp_path / "data" / ERASURE_LIST_FILE)
            with open(tmp_path / "run.log", "wb") as run_log:
                night = subprocess.Popen(
                    [sys.executable, "-m", "wparchive.cli", "run", "--config", str(config), "--db", str(db),
                     "--data-dir", str(tmp_path / "data")],
                    cwd=REPO, env=env, stdout=run_log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
            # Mid-shard: the slow blog's crawl is held mid-way and its shard-mates are handed over; kill the worker
            # whose crawl pool has it.
            victim = None
            try:
                while victim is None and time.monotonic() - started < 240:
                    assert night.poll() is None, (tmp_path / "run.log").read_text(errors="replace")[-3000:]
                    if slow.pages_served() >= HELD_AFTER and _shard_mates_handed_over(tmp_path / "data", store):
                        victim = next((w for w in workers if _crawling(w, slow.base_url)), None)
                    time.sleep(0.2)
                assert victim is not None, "the slow blog's crawl was never seen"
                killed_after = len(slow.served)
                _kill_tree(victim)
            finally:
                slow.released.set()  # the re-submitted crawl of the slow blog runs through
            night.wait(timeout=300)
        run_output = (tmp_path / "run.log").read_text(errors="replace")
        assert night.returncode == 0, run_output[-4000:]
        assert killed_after < 25, "the slow blog's crawl was nearly done when its worker died"

        # The parent re-submitted only the unfinished site, with a new attempt (and idempotency key).
        (pool_dir,) = (tmp_path / "data" / "runs").glob("*/.crawl-pool")
        submissions = submissions_of(pool_dir)
        retried = [s for s in submissions if s["attempt"] > 1]
        assert retried and all(s["sites"] == [retried[0]["sites"][0]] for s in retried[:1]), submissions
        assert any("slow" in s["sites"] for s in retried), submissions
        run_id = pool_dir.parent.name

        # Every site archived once; nothing loaded twice.
        _cols, runs = query(db, "SELECT site, status, posts_count, comments_count FROM crawl_runs "
                                "WHERE run_id = $run_id ORDER BY site", {"run_id": run_id})
        assert len(runs) == 4 and {r[1] for r in runs} == {"succeeded"}, runs
        _cols, per_site = query(db, "SELECT site, count(*) FROM posts GROUP BY site ORDER BY site")
        assert len(per_site) == 4 and len({n for _site, n in per_site}) == 1 and per_site[0][1] >= 19, per_site
        _cols, comments = query(db, "SELECT count(*), count(DISTINCT (site, wp_comment_id)), count(DISTINCT site) "
                                    "FROM comments")
        assert comments[0][0] == comments[0][1] > 0 and comments[0][2] == 4, comments
        _cols, erased = query(db, "SELECT count(*) FROM comments WHERE author_name = $name", {"name": ERASED})
        assert erased == [(0,)]
        _cols, captures = query(db, "SELECT count(*), count(DISTINCT (site, url, fetched_at)), "
                                    "count(*) FILTER (WHERE warc_file LIKE 's3://wparchive-test/nights/runs/%'), "
                                    "count(DISTINCT regexp_extract(warc_file, '/(attempt-[0-9]+)/', 1)) "
                                    "FROM captures WHERE run_id = $run_id AND site LIKE $slow",
                                {"run_id": run_id, "slow": f"%{addresses[0]}%"})
        total, distinct, in_store, attempts = captures[0]
        assert total == distinct == in_store > 20 and attempts == 1, captures  # one attempt's WARC files only
        _cols, all_captures = query(db, "SELECT count(*), count(*) FILTER (WHERE warc_file LIKE 's3://%') "
                                        "FROM captures")
        assert all_captures[0][0] == all_captures[0][1], all_captures

        # The store holds a completion marker for every site; the killed attempt of the slow blog left none.
        completions = store.completions(run_id)
        assert {c.site for c in completions} == {"slow", "b", "c", "d"}, completions
        slow_attempts = {c.attempt for c in completions if c.site == "slow"}
        assert 1 not in slow_attempts and slow_attempts, completions

        # A page read back from the store by its s3:// URI (the endpoint from sites.toml's [scale_out]).
        _cols, post = query(db, "SELECT post_url, title FROM posts WHERE site LIKE $slow LIMIT 1",
                            {"slow": f"%{addresses[0]}%"})
        shown = subprocess.run([sys.executable, "-m", "wparchive.cli", "show", post[0][0], "--as-of", "now",
                                "--db", str(db), "--text"], cwd=REPO, env=dict(env, WPARCHIVE_CONFIG=str(config)),
                               capture_output=True, text=True, timeout=120)
        assert shown.returncode == 0, shown.stderr
        assert post[0][1] in shown.stdout and "s3://wparchive-test/nights/runs/" in shown.stderr
    finally:
        for worker in workers:
            if worker.poll() is None:
                worker.terminate()
        for worker in workers:
            try:
                worker.wait(timeout=20)
            except subprocess.TimeoutExpired:
                _kill_tree(worker)
        server.stop()
    print(f"scale-out test: {time.monotonic() - started:.0f} s; submissions: {json.dumps(submissions)}")
