"""The typed settings registry: defaults, round trip, damaged files."""

from __future__ import annotations

import json
import os

import pytest

from nsdesk.settings import LANGUAGE, LAST_DATABASE, WINDOW_GEOMETRY, Settings, default_path


def test_file_lives_in_the_user_config_folder():
    assert default_path() == __import__("pathlib").Path(os.environ["XDG_CONFIG_HOME"]) / "nsdesk" / "settings.json"


def test_defaults_and_round_trip(tmp_path):
    s = Settings(tmp_path / "s.json")
    assert (s.get(LANGUAGE), s.get(LAST_DATABASE), s.get(WINDOW_GEOMETRY)) == ("vi", None, None)
    s.set(LANGUAGE, "en")
    s.set(LAST_DATABASE, "/data/Quảng Ngãi.sqlite")
    again = Settings(tmp_path / "s.json")
    assert again.get(LANGUAGE) == "en"
    assert again.get(LAST_DATABASE) == "/data/Quảng Ngãi.sqlite"
    assert "Quảng Ngãi" in (tmp_path / "s.json").read_text(encoding="utf-8")


def test_invalid_values_are_refused(tmp_path):
    s = Settings(tmp_path / "s.json")
    with pytest.raises(ValueError):
        s.set(LANGUAGE, "fr")
    with pytest.raises(ValueError):
        s.set(LAST_DATABASE, 5)
    assert not (tmp_path / "s.json").exists()


@pytest.mark.parametrize("content", ["{not json", "[1, 2]", json.dumps({"language": 7, "last_database": ["x"]})])
def test_damaged_file_falls_back_to_defaults(tmp_path, content):
    path = tmp_path / "s.json"
    path.write_text(content, encoding="utf-8")
    s = Settings(path)
    assert s.get(LANGUAGE) == "vi" and s.get(LAST_DATABASE) is None


def test_unknown_keys_survive_a_write(tmp_path):
    path = tmp_path / "s.json"
    path.write_text(json.dumps({"future_key": 1}), encoding="utf-8")
    Settings(path).set(LANGUAGE, "en")
    assert json.loads(path.read_text(encoding="utf-8")) == {"future_key": 1, "language": "en"}


def test_app_reopens_the_last_database_and_keeps_window_geometry(make_app, sqlite_file, qtbot):
    app = make_app(str(sqlite_file))
    app.window.resize(700, 500)  # the offscreen screen is 800×600
    app.window.close()
    s = Settings()
    assert s.get(LAST_DATABASE) == str(sqlite_file)
    assert s.get(WINDOW_GEOMETRY)

    from nsdesk.ui.context import resolve_target

    assert resolve_target(None, s) == str(sqlite_file)
    assert resolve_target("/x/y.sqlite", s) == "/x/y.sqlite"
    second = make_app(None)
    assert (second.window.width(), second.window.height()) == (700, 500)
