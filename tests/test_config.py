"""sites.toml is checked against its schema when it is read: a typo is an error naming the file, the line and the
nearest valid key — never ignored, never blamed on another section; the cron is checked before anything starts."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from flows.config import ConfigError, load_settings
from wparchive.cli import app

REPO = Path(__file__).resolve().parents[1]
runner = CliRunner(env={"COLUMNS": "250"})


def _config(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "sites.toml"
    path.write_text(text, encoding="utf-8")
    return path


def _error(path: Path) -> str:
    with pytest.raises(ConfigError) as caught:
        load_settings(config_path=path, environ={})
    return str(caught.value)


def test_the_repository_example_is_valid() -> None:
    settings = load_settings(config_path=REPO / "sites.toml", environ={})
    assert [s.name for s in settings.sites] == ["exempelbloggen"] and settings.cron == "30 2 * * *"


def test_a_misspelt_section_is_named_with_its_line_and_the_right_one(tmp_path: Path) -> None:
    path = _config(tmp_path, '[defaults]\nlanguage = "sv"\n\n[[site]]\nurl = "https://blog.example/"\n')
    assert _error(path) == (f"{path}:4: unknown section 'site'; did you mean [[sites]]? "
                            "(valid sections: [defaults], [schedule], [[sites]], [scale_out])")


def test_scale_out_is_read_and_a_bad_store_or_key_is_named(tmp_path: Path) -> None:
    path = _config(tmp_path, '[scale_out]\nstore = "s3://bucket/nights/"\nendpoint_url = "http://127.0.0.1:9000"\n'
                             'shards = 4\n')
    scale_out = load_settings(config_path=path, environ={}).scale_out
    assert scale_out is not None and (scale_out.store, scale_out.shards) == ("s3://bucket/nights", 4)
    assert load_settings(config_path=_config(tmp_path, ""), environ={}).scale_out is None  # crawl here
    path = _config(tmp_path, '[scale_out]\nstore = "bucket/nights"\nshard_timeout = 60\n')
    message = _error(path)
    assert f"{path}:2: [scale_out] store: 'bucket/nights' is not a store URL" in message, message
    assert f"{path}:3: [scale_out]: unknown key 'shard_timeout'; did you mean 'shard_timeout_seconds'?" in message


def test_an_unknown_key_in_defaults_is_an_error_not_ignored(tmp_path: Path) -> None:
    path = _config(tmp_path, '[defaults]\nlanguage = "sv"\nprofle = "fast"\n\n[[sites]]\nurl = "https://b.example/"\n')
    message = _error(path)
    assert message.startswith(f"{path}:3: [defaults]: unknown key 'profle'; did you mean 'profile'?"), message


def test_an_unknown_key_in_a_site_names_that_site(tmp_path: Path) -> None:
    path = _config(tmp_path, '[[sites]]\nurl = "https://a.example/"\n\n[[sites]]\nurl = "https://b.example/"\n'
                             'max_post = 5\n')
    assert _error(path).startswith(f"{path}:6: [[sites]] #2: unknown key 'max_post'; did you mean 'max_posts'?")


def test_a_site_without_a_url_is_named_by_its_line(tmp_path: Path) -> None:
    path = _config(tmp_path, '[[sites]]\nurl = "https://a.example/"\n\n[[sites]]\nname = "b"\n')
    assert _error(path) == f"{path}:4: [[sites]] #2 url: Field required"


def test_a_time_zone_typo_in_defaults_is_blamed_on_defaults(tmp_path: Path) -> None:
    path = _config(tmp_path, '[defaults]\ntimezone = "Europe/Stokholm"\n\n[[sites]]\nurl = "https://b.example/"\n')
    message = _error(path)
    assert message == f"{path}:2: [defaults] timezone: unknown time zone 'Europe/Stokholm' (e.g. Europe/Stockholm)"
    assert "[[sites]]" not in message


def test_wrong_types_and_values_are_errors(tmp_path: Path) -> None:
    path = _config(tmp_path, '[defaults]\nmax_parallel_sites = 0\nprofile = "quick"\n')
    message = _error(path)
    assert f"{path}:2: [defaults] max_parallel_sites: " in message and f"{path}:3: [defaults] profile: " in message


def test_an_invalid_cron_is_an_error_at_load(tmp_path: Path) -> None:
    path = _config(tmp_path, '[schedule]\ncron = "61 2 * * *"\n')
    assert _error(path).startswith(f"{path}:2: [schedule] cron: '61 2 * * *' is not a valid cron expression")
    with pytest.raises(ConfigError, match="--cron: 'every night' is not a valid cron expression"):
        load_settings(config_path=_config(tmp_path, ""), cron="every night", environ={})


def test_run_refuses_a_bad_config_before_doing_anything(tmp_path: Path) -> None:
    path = _config(tmp_path, '[schedule]\ncron = "61 2 * * *"\n\n[[sites]]\nurl = "http://127.0.0.1:9/"\n')
    result = runner.invoke(app, ["run", "--config", str(path), "--db", str(tmp_path / "a.duckdb")])
    assert result.exit_code == 2 and "not a valid cron expression" in result.output
    assert not (tmp_path / "a.duckdb").exists() and not (tmp_path / "data").exists()


def test_serve_refuses_an_invalid_cron_before_starting_a_server(tmp_path: Path) -> None:
    path = _config(tmp_path, '[[sites]]\nurl = "https://blog.example/"\n')
    done = subprocess.run([sys.executable, "-m", "wparchive.cli", "serve", "--config", str(path),
                           "--cron", "61 * * * *", "--data-dir", str(tmp_path / "data"), "--port", "9"],
                          cwd=REPO, capture_output=True, text=True, timeout=120)
    assert done.returncode == 2, done.stdout + done.stderr
    assert "--cron: '61 * * * *' is not a valid cron expression" in done.stderr
    assert "Traceback" not in done.stderr and "Prefect server" not in done.stdout
    assert not (tmp_path / "data" / "prefect").exists()


def test_serve_help_shows_its_defaults_as_text() -> None:
    result = CliRunner(env={"COLUMNS": "80"}).invoke(app, ["serve", "--help"])
    text = " ".join(result.output.split())
    assert "[default: cron in the config's schedule section, else 30 2 * * *]" in text, text
    assert "[env WPARCHIVE_DB; default data/archive.duckdb]" in text


def test_a_plain_cron_is_read_without_prefect_and_any_other_by_prefect(tmp_path: Path) -> None:
    # Reading sites.toml is the first thing `wparchive run` does: a plain schedule must not import Prefect (~2.4 s)
    path = _config(tmp_path, '[schedule]\ncron = "30 2 * * 1-5"\n')
    code = (f"import sys; from flows.config import load_settings; s = load_settings(config_path={str(path)!r}, "
            "environ={}); print(s.cron, 'prefect' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parents[1]).stdout.split()
    assert out == ["30", "2", "*", "*", "1-5", "False"]
    # what the quick reading does not take is Prefect's to judge: it accepts these …
    for accepted in ("@daily", "0 0 * * SUN"):
        assert load_settings(config_path=_config(tmp_path, f'[schedule]\ncron = "{accepted}"\n'),
                             environ={}).cron == accepted
    # … and refuses these, the plain-looking one included
    for refused in ("61 2 * * *", "0 0 31 2 * H"):
        with pytest.raises(ConfigError, match="is not a valid cron expression"):
            load_settings(config_path=_config(tmp_path, f'[schedule]\ncron = "{refused}"\n'), environ={})


def test_one_blog_listed_twice_is_an_error(tmp_path: Path) -> None:
    """Black-box round 9: the same address under two names: the second was crawled and loaded under the first's
    runs without a word. The check compares host, port and path (not the scheme, nor a trailing slash)."""
    path = _config(tmp_path, '[[sites]]\nname = "a"\nurl = "https://blogg.example/"\n\n'
                             '[[sites]]\nname = "a2"\nurl = "http://BLOGG.example"\n')
    assert _error(path) == "sites 'a' and 'a2' are the same blog (http://blogg.example/): list it once"


def test_paths_from_the_environment_that_cannot_be_meant(tmp_path: Path) -> None:
    """Black-box round 10: WPARCHIVE_CONFIG naming a folder ended in a traceback, an empty WPARCHIVE_DB quietly
    started a new archive (and a full crawl of every blog), WPARCHIVE_DATA_DIR naming a file failed mid-run, and a
    mistyped WPARCHIVE_ERASURE_LIST let the next night archive an erased commenter again. Each is a configuration
    error (exit 2) before anything is done; a sites.toml saved with a BOM is read."""
    path = _config(tmp_path, '[[sites]]\nurl = "https://blogg.example/"\n')

    def error(**environ: str) -> str:
        with pytest.raises(ConfigError) as caught:
            load_settings(config_path=environ.pop("config", path), environ=environ)
        return str(caught.value)

    assert "is not a file" in error(config=str(tmp_path))
    assert error(WPARCHIVE_DB="") == "WPARCHIVE_DB is set but empty: give a path, or unset it for the default"
    assert "is a file, not a folder" in error(WPARCHIVE_DATA_DIR=str(path))
    assert "would archive erased commenters again" in error(WPARCHIVE_ERASURE_LIST=str(tmp_path / "erasure-lst.json"))
    (tmp_path / "erasure-list.json").write_text('{"salt": "", "entries": []}\n')
    assert load_settings(config_path=path, environ={"WPARCHIVE_ERASURE_LIST": str(tmp_path / "erasure-list.json")})
    path.write_text('\ufeff[[sites]]\nurl = "https://blogg.example/"\n', encoding="utf-8")
    assert load_settings(config_path=path, environ={}).sites[0].url == "https://blogg.example/"
    done = runner.invoke(app, ["run", "--config", str(tmp_path), "--db", str(tmp_path / "a.duckdb")])
    assert done.exit_code == 2 and "Traceback" not in done.output and "is not a file" in done.output
