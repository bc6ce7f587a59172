"""A clone outside the project's folder layout: the corpus tests skip with a message saying what the corpora are
and where to get them (failing under CI=true instead), and the seed post comes from the repository itself."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.shared_data import CORPORA_ENV, REPO, SEED_DIR, corpora_dir


def _pytest(tmp_path: Path, *args: str, ci: bool) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "CI"}
    env[CORPORA_ENV] = str(tmp_path / "no-corpora-here")
    if ci:
        env["CI"] = "true"
    return subprocess.run([sys.executable, "-m", "pytest", "-q", "-rs", "-p", "no:cacheprovider", *args],
                          cwd=REPO, env=env, capture_output=True, text=True, timeout=300)


def test_corpus_tests_skip_with_where_to_get_them_when_the_corpora_are_absent(tmp_path):
    result = _pytest(tmp_path, "tests/test_pages_corpora.py", ci=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "passed" not in result.stdout.splitlines()[-1] and "skipped" in result.stdout.splitlines()[-1]
    assert str(tmp_path / "no-corpora-here") in result.stdout
    assert CORPORA_ENV in result.stdout and "../shared" in result.stdout, result.stdout


def test_corpus_tests_fail_under_ci_when_the_corpora_are_absent(tmp_path):
    result = _pytest(tmp_path, "tests/test_pages_corpora.py", ci=True)
    assert result.returncode != 0
    assert "skipped" not in result.stdout.splitlines()[-1], result.stdout
    assert "CI=true: missing corpora fail the run" in result.stdout


def test_the_seed_post_is_a_fixture_of_the_repository(tmp_path):
    assert SEED_DIR.is_relative_to(REPO) and sorted(SEED_DIR.glob("*.txt"))
    result = _pytest(tmp_path, "tests/test_content.py", "-k", "seed", ci=True)
    assert result.returncode == 0 and " passed" in result.stdout.splitlines()[-1], result.stdout


def test_the_corpora_setting_defaults_to_shared_beside_the_clone(monkeypatch, tmp_path):
    monkeypatch.delenv(CORPORA_ENV, raising=False)
    assert corpora_dir() == REPO.parent / "shared" / "corpora"
    monkeypatch.setenv(CORPORA_ENV, str(tmp_path))
    assert corpora_dir() == tmp_path
