"""Run directories through object storage (fsspec: s3fs for ``s3://``, any mounted folder for ``file://``).

A crawl machine uploads a site's run directory, then — last — its completion marker; the loader takes only marked
uploads, so it never reads half an upload. Each submission of a site writes under its own attempt prefix, so a
stuck attempt that wakes up later never mixes its files with the attempt the loader took. Layout under the store::

    <store>/runs/<run_id>/erasure-list.json         the archive's erasure list (crawler/erasure.py), when it has one
    <store>/runs/<run_id>/<site>/input/            what the loader prepared (run.json, crawl state, known payloads)
    <store>/runs/<run_id>/<site>/attempt-<n>/      one crawl's run directory, WARC files included
    <store>/runs/<run_id>/completed/<site>--attempt-<n>.json   the marker, written after everything else of that
                                                    attempt (one folder: the loader's poll is one short listing)

Credentials come from the usual AWS chain (environment, ~/.aws, instance role); ``endpoint_url`` names an
S3-compatible server other than AWS and is also set as fsspec's default for ``s3://``, so WARC URIs in
``captures`` open in this process (``crawler.archive.open_archive_file``).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import fsspec
import fsspec.config
from fsspec.core import strip_protocol, url_to_fs

INPUT_DIR = "input"
COMPLETED_DIR = "completed"
_ATTEMPT = "attempt-"
_MARKER_SEPARATOR = "--" + _ATTEMPT


@dataclass(frozen=True)
class Completion:
    """One completion marker: which site's attempt finished, and how (``error`` None: the crawl archived it)."""

    site: str  # the site's run directory name
    attempt: int
    uri: str  # the attempt's run directory in the store
    marker: dict[str, Any]

    @property
    def error(self) -> str | None:
        return self.marker.get("error")


def use_endpoint(endpoint_url: str | None) -> None:
    """Make ``endpoint_url`` fsspec's default for ``s3://`` in this process and the processes it starts (the
    replay's crawl process reads WARC files too); a value set already wins (``FSSPEC_S3_ENDPOINT_URL``)."""
    if endpoint_url:
        fsspec.config.conf.setdefault("s3", {}).setdefault("endpoint_url", endpoint_url)
        os.environ.setdefault("FSSPEC_S3_ENDPOINT_URL", fsspec.config.conf["s3"]["endpoint_url"])


@dataclass(frozen=True)
class ObjectStore:
    """The store that run directories travel through: a root URL and, for S3-compatible servers, an endpoint."""

    url: str
    endpoint_url: str | None = None

    def _fs(self) -> fsspec.AbstractFileSystem:
        use_endpoint(self.endpoint_url)
        # No listing cache: the loader polls for markers that other machines write.
        options = {"use_listings_cache": False} if self.url.startswith("s3://") else {}
        return url_to_fs(self.url, **options)[0]

    def run_uri(self, run_id: str) -> str:
        return f"{self.url.rstrip('/')}/runs/{run_id}"

    def site_uri(self, run_id: str, site: str) -> str:
        return f"{self.run_uri(run_id)}/{site}"

    def attempt_uri(self, run_id: str, site: str, attempt: int) -> str:
        return f"{self.site_uri(run_id, site)}/{_ATTEMPT}{attempt}"

    def marker_uri(self, run_id: str, site: str, attempt: int) -> str:
        return f"{self.run_uri(run_id)}/{COMPLETED_DIR}/{site}{_MARKER_SEPARATOR}{attempt}.json"

    def upload_dir(self, local: Path, uri: str, *, skip: tuple[str, ...] = (),
                   only: tuple[str, ...] | None = None) -> int:
        """Copy the files under ``local`` to ``uri`` (top-level names in ``skip`` left out; with ``only``, just
        those top-level files), in one batched call; returns how many files."""
        fs = self._fs()
        target = strip_protocol(uri).rstrip("/")
        files = sorted(p for p in Path(local).rglob("*") if p.is_file())
        pairs = [(str(path), f"{target}/{path.relative_to(local).as_posix()}") for path in files
                 if path.relative_to(local).parts[0] not in skip
                 and (only is None or path.relative_to(local).as_posix() in only)]
        if pairs:
            fs.put([local_path for local_path, _ in pairs], [remote for _, remote in pairs])
        return len(pairs)

    def upload_file(self, local: Path, uri: str) -> None:
        self._fs().put_file(str(local), strip_protocol(uri))

    def download_file(self, uri: str, local: Path, *, missing_ok: bool = False) -> bool:
        """Copy one file from the store; False when it is not there and ``missing_ok``."""
        fs = self._fs()
        Path(local).parent.mkdir(parents=True, exist_ok=True)
        try:
            fs.get_file(strip_protocol(uri), str(local))
        except FileNotFoundError:
            if not missing_ok:
                raise
            return False
        return True

    def download_dir(self, uri: str, local: Path, *, skip: tuple[str, ...] = ()) -> int:
        """Copy the files under ``uri`` into ``local`` (top-level names in ``skip`` left out), in one batched call;
        returns how many files."""
        fs = self._fs()
        source = strip_protocol(uri).rstrip("/")
        remote = [path for path in sorted(fs.find(source)) if path[len(source) + 1:].split("/", 1)[0] not in skip]
        targets = [Path(local) / path[len(source) + 1:] for path in remote]
        for target in targets:
            target.parent.mkdir(parents=True, exist_ok=True)
        if remote:
            fs.get(remote, [str(target) for target in targets])
        return len(remote)

    def mark_complete(self, run_id: str, site: str, attempt: int, marker: dict[str, Any]) -> None:
        """Write an attempt's completion marker: call it after everything else of the attempt is uploaded."""
        fs = self._fs()
        path = strip_protocol(self.marker_uri(run_id, site, attempt))
        fs.makedirs(path.rsplit("/", 1)[0], exist_ok=True)  # a no-op on S3; a shared folder needs it
        fs.pipe_file(path, json.dumps(marker, ensure_ascii=False, sort_keys=True).encode("utf-8"))

    def completions(self, run_id: str, seen: set[str] | None = None) -> list[Completion]:
        """Every completion marker of the run (one listing; markers in ``seen`` are not read again)."""
        fs = self._fs()
        folder = strip_protocol(self.marker_uri(run_id, "x", 0)).rsplit("/", 1)[0]
        found = []
        try:
            paths = fs.ls(folder, detail=False)
        except FileNotFoundError:  # no site of the run has finished yet
            paths = []
        for path in sorted(paths):
            if seen is not None and path in seen:
                continue
            site, attempt = path.rsplit("/", 1)[1].removesuffix(".json").rsplit(_MARKER_SEPARATOR, 1)
            marker = json.loads(fs.cat_file(path))
            found.append(Completion(site, int(attempt), self.attempt_uri(run_id, site, int(attempt)), marker))
            if seen is not None:
                seen.add(path)
        return found
