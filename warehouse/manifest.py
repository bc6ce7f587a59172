"""The hand-off from the cleaning step to the loader: one manifest.json per cleaned run directory."""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

MANIFEST_FILE = "manifest.json"
# The cleaned files of a run, by table they feed; every one exists (an empty file is a fact, a missing one a bug).
CLEAN_FILES: dict[str, str] = {
    "posts": "posts.jsonl",
    "comments": "comments.jsonl",
    "comment_forms": "comment_forms.jsonl",
    "drops": "drops.jsonl",
    "quarantine": "quarantine.jsonl",
    "captures": "captures.jsonl",  # the raw archive's index, rebuilt from the run's WARC files
    "discovered": "discovered.jsonl",  # every post a discovery source listed
    "agreement": "agreement.jsonl",  # the page reading of each post measured against REST
    "media": "media.jsonl",
    "media_fetches": "media_fetches.jsonl",
}


@dataclass
class RunManifest:
    """What the loader needs to know about one site's run besides its cleaned records."""

    run_id: str
    site: str
    site_name: str
    status: str = "succeeded"  # "succeeded" | "failed"
    failed_step: str | None = None  # "crawl" | "clean" | "load" when status is "failed"
    error: str | None = None
    is_complete: bool = False  # finished, uncapped, nothing refused for the cap: did all it set out to do
    # "full": every public post was fetched (a complete one marks unseen posts deleted); "incremental": only new
    # and changed posts were (absence means nothing; deletions come as gone_404/gone_410 drops).
    mode: str = "full"
    finish_reason: str | None = None
    started_at: str | None = None  # ISO 8601 UTC
    finished_at: str | None = None
    requests_count: int = 0
    responses_count: int = 0
    language: str | None = None
    timezone: str = "Europe/Stockholm"
    profile: str = "polite"
    run_dir: str | None = None
    stats: dict[str, Any] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)  # records written per cleaned file

    def write(self, clean_dir: Path) -> Path:
        path = clean_dir / MANIFEST_FILE
        path.write_text(json.dumps(dataclasses.asdict(self), indent=2, ensure_ascii=False, default=str) + "\n")
        return path

    @classmethod
    def read(cls, clean_dir: Path) -> RunManifest:
        path = clean_dir / MANIFEST_FILE
        if not path.exists():
            raise FileNotFoundError(f"{clean_dir} has no {MANIFEST_FILE}: it is not a cleaned run directory")
        data = json.loads(path.read_text())
        known = {f.name for f in dataclasses.fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})
