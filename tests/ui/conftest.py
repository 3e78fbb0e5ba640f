"""GUI fixtures: a real main window on a real SQLite file, driven through its widgets."""

from __future__ import annotations

import pytest

from nsdesk.settings import LANGUAGE, Settings


def _fresh_session(url: str):
    from nsdesk.db import open_database

    db = open_database(url)
    return db, db.sessions()


@pytest.fixture
def read_db():
    """``with read_db(url) as s:`` — a fresh session outside the app, to check what was stored."""
    import contextlib

    @contextlib.contextmanager
    def opener(url: str):
        db, s = _fresh_session(url)
        try:
            yield s
        finally:
            s.close()
            db.dispose()

    return opener


@pytest.fixture
def make_app(qtbot, qapp):
    """Build the app like run_gui does, show it, open a database; shut it all down afterwards."""
    from nsdesk import i18n
    from nsdesk.ui.app import build_app

    apps = []

    def make(target: str | None, *, language: str = "vi", wait_open: bool = True):
        settings = Settings()
        settings.set(LANGUAGE, language)
        app = build_app(settings=settings)
        apps.append(app)
        app.window.show()
        qtbot.waitExposed(app.window)
        if target is not None:
            app.open_database(target)
            if wait_open:
                wait_idle(qtbot, app)
        return app

    yield make
    for app in apps:
        for tr in app.translators:
            app.qapp.removeTranslator(tr)
        app.window.close()
        app.shutdown()
        app.window.deleteLater()
    i18n.set_translator(None)
    qtbot.wait(10)  # let deleteLater run inside the test's Qt checks


def wait_idle(qtbot, app) -> None:
    """Wait until the op worker has delivered everything (database open, page loads)."""
    qtbot.waitUntil(lambda: not app.ctx.opening and app.ctx.runner.idle, timeout=15000)


@pytest.fixture
def idle(qtbot):
    return lambda app: wait_idle(qtbot, app)
