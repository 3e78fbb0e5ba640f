"""Fixtures shared by the whole suite.

Every test gets temporary data/config folders. Database tests take ``db_url`` (a fresh, empty
database) or ``db`` (a fresh database at head with reference data and an office set) and run
once per backend: SQLite always, and PostgreSQL when ``NSDESK_TEST_PG_URL`` names a server
(``.ci/run`` starts one; under CI it is required). A test that applies to one backend only says so
with ``@pytest.mark.backends("sqlite")``: it is collected for that backend alone, never skipped on
the other.

No quiet skips: under ``CI=true`` any skipped test fails the run (a line names each one), except
the cross-check against the seed texts, which live outside the repository (``SEED_SKIP_REASON``).
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import settings

PG_ENV = "NSDESK_TEST_PG_URL"
ALL_BACKENDS = ["sqlite", "postgresql"]
BACKENDS = ["sqlite"] + (["postgresql"] if os.environ.get(PG_ENV) else [])
SEED_SKIP_REASON = "seed texts not found at"


def _under_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Property tests: modest example counts (the whole suite runs in CI), no per-example deadline (a
# loaded CI machine is not a failure); under CI the examples are derived from each test, so a
# failure reproduces on the next run and on a laptop with HYPOTHESIS_PROFILE=ci.
settings.register_profile("dev", max_examples=60, deadline=None)
settings.register_profile("ci", parent=settings.get_profile("dev"), derandomize=True, database=None,
                          print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if _under_ci() else "dev"))


def pytest_configure(config):
    config.addinivalue_line(
        "markers", "backends(*names): the test applies to these database backends only (not collected for others)")
    if _under_ci() and PG_ENV not in os.environ and not os.environ.get("NSDESK_TEST_SQLITE_ONLY"):
        raise pytest.UsageError(f"CI run without {PG_ENV}: the PostgreSQL tests would be skipped silently")


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path_factory, monkeypatch):
    home = tmp_path_factory.mktemp("home")
    for var, sub in (("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config"), ("XDG_CACHE_HOME", "cache"),
                     ("XDG_STATE_HOME", "state")):  # state: the log folder
        monkeypatch.setenv(var, str(home / sub))
    monkeypatch.delenv("NSDESK_DB", raising=False)
    yield


# --- backends --------------------------------------------------------------------------------

def _pg_admin_url() -> str:
    return os.environ[PG_ENV]


def _pg_exec(sql: str) -> None:
    import psycopg

    url = _pg_admin_url().replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(sql)


def _pg_url_for(dbname: str) -> str:
    from sqlalchemy.engine import make_url

    u = make_url(_pg_admin_url().replace("postgresql://", "postgresql+psycopg://", 1))
    return u.set(database=dbname).render_as_string(hide_password=False)


class _PgDatabases:
    def __init__(self):
        self.created: list[str] = []

    def new(self, template: str | None = None) -> str:
        name = f"nsdesk_t_{uuid.uuid4().hex[:12]}"
        _pg_exec(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
        self.created.append(name)
        return name

    def drop_all(self) -> None:
        """Drop every test database, several at a time: hundreds of drops one by one on a busy
        machine outlast the last test's timeout (this runs in its teardown)."""
        from concurrent.futures import ThreadPoolExecutor

        def drop(name: str) -> None:
            try:
                _pg_exec(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            except Exception:  # pragma: no cover - best effort cleanup
                pass

        with ThreadPoolExecutor(max_workers=8) as pool:
            list(pool.map(drop, self.created))


@pytest.fixture(scope="session")
def _pg():
    dbs = _PgDatabases()
    yield dbs
    dbs.drop_all()


def _prepare(url: str) -> None:
    """Bring a fresh database to head, load reference data, set a test office."""
    from nsdesk.db import open_database
    from nsdesk.services.common import office, reference, schema

    db = open_database(url)
    try:
        schema.upgrade(db)
        with db.sessions.begin() as s:
            reference.load_all(s)
            office.set_office(s, province="51", commune="Phường Đăk Cấm", officer="Cán bộ Kiểm thử")
    finally:
        db.dispose()


@pytest.fixture(scope="session")
def _templates(tmp_path_factory, request):
    """One prepared database per backend, copied for every test that asks for ``db``."""
    cache: dict[str, str] = {}

    def get(backend: str) -> str:
        if backend not in cache:
            if backend == "sqlite":
                path = tmp_path_factory.mktemp("template") / "template.sqlite"
                _prepare(f"sqlite:///{path}")
                cache[backend] = str(path)
            else:
                pg = request.getfixturevalue("_pg")
                name = pg.new()
                _prepare(_pg_url_for(name))
                cache[backend] = name
        return cache[backend]

    return get


@pytest.fixture
def backend(request) -> str:
    """The test's database backend (parametrized by ``pytest_generate_tests``)."""
    return request.param


@pytest.fixture
def db_url(backend, tmp_path, request) -> str:
    """URL of a fresh, empty database on the test's backend."""
    if backend == "sqlite":
        return f"sqlite:///{tmp_path / 'nsdesk.sqlite'}"
    return _pg_url_for(request.getfixturevalue("_pg").new())


@pytest.fixture
def db(backend, tmp_path, request, _templates):
    """A fresh database at head with reference data and the office Phường Đăk Cấm, Quảng Ngãi."""
    from nsdesk.db import open_database

    template = _templates(backend)
    if backend == "sqlite":
        path = tmp_path / "nsdesk.sqlite"
        shutil.copyfile(template, path)
        url = f"sqlite:///{path}"
    else:
        url = _pg_url_for(request.getfixturevalue("_pg").new(template=template))
    database = open_database(url)
    yield database
    database.dispose()


@pytest.fixture
def session(db):
    with db.sessions() as s:
        yield s


@pytest.fixture
def sqlite_file(tmp_path, _templates) -> Path:
    """A prepared SQLite database file (for CLI and GUI tests that need a path)."""
    path = tmp_path / "nsdesk.sqlite"
    shutil.copyfile(_templates("sqlite"), path)
    return path


# --- per-backend counts ----------------------------------------------------------------------

_backend_of: dict[str, str] = {}
_passed = Counter()
_ran = Counter()
_skipped = Counter()
_skips: list = []  # skipped reports of tests and of collection (module-level skips)
_unexpected: list[str] = []


def pytest_collectreport(report):
    if report.skipped:
        _skips.append(report)


def _skip_reason(report) -> str:
    longrepr = report.longrepr
    reason = longrepr[2] if isinstance(longrepr, tuple) and len(longrepr) == 3 else str(longrepr)
    return reason.removeprefix("Skipped: ")


def pytest_sessionfinish(session, exitstatus):
    """Under CI an unexpected skip fails the run: a skipped test there means something is not set up."""
    if not _under_ci():
        return
    _unexpected.extend(
        f"{r.nodeid}: {_skip_reason(r)}" for r in _skips if not _skip_reason(r).startswith(SEED_SKIP_REASON))
    if _unexpected and session.exitstatus in (pytest.ExitCode.OK, pytest.ExitCode.NO_TESTS_COLLECTED):
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


def pytest_generate_tests(metafunc):
    """Database tests run once per configured backend; ``@pytest.mark.backends(...)`` names the only
    backends a test applies to (the others are deselected, not skipped)."""
    marker = metafunc.definition.get_closest_marker("backends")
    if marker is not None:
        if not marker.args or set(marker.args) - set(ALL_BACKENDS):
            raise pytest.UsageError(
                f"{metafunc.definition.nodeid}: backends() takes some of {ALL_BACKENDS}, got {marker.args}")
        if "backend" not in metafunc.fixturenames:
            raise pytest.UsageError(f"{metafunc.definition.nodeid}: backends() needs a database test (backend/db/session)")
    if "backend" in metafunc.fixturenames:
        metafunc.parametrize("backend", list(marker.args) if marker else BACKENDS, indirect=True)


def pytest_collection_modifyitems(config, items):
    kept, unconfigured = [], []
    for item in items:
        params = getattr(getattr(item, "callspec", None), "params", {})
        if "backend" in params:
            if params["backend"] not in BACKENDS:  # a backend-only test whose backend is not set up here
                unconfigured.append(item)
                continue
            _backend_of[item.nodeid] = params["backend"]
        kept.append(item)
    if unconfigured:
        config.hook.pytest_deselected(items=unconfigured)
        items[:] = kept


def pytest_runtest_logreport(report):
    skipped = report.skipped and not hasattr(report, "wasxfail")  # an expected failure is not a skip
    if skipped:
        _skips.append(report)
    b = _backend_of.get(report.nodeid)
    if b is None:
        return
    if skipped:
        _skipped[b] += 1
    elif report.skipped:  # xfailed: it ran (and failed as expected)
        _ran[b] += report.when == "call"
    elif report.when == "call":
        _ran[b] += 1
        if report.passed:
            _passed[b] += 1


def pytest_terminal_summary(terminalreporter):
    if _unexpected:
        terminalreporter.section("unexpected skips (CI=true)", red=True)
        for line in _unexpected:
            terminalreporter.write_line(f"SKIPPED UNDER CI (fails the run): {line}", red=True)
    if not _backend_of:
        return
    terminalreporter.section("database backends")
    for b in ("sqlite", "postgresql"):
        if b in BACKENDS:
            skipped = f", {_skipped[b]} skipped" if _skipped[b] else ""
            terminalreporter.write_line(f"{b}: {_ran[b]} database tests ran, {_passed[b]} passed{skipped}")
        else:
            terminalreporter.write_line(f"{b}: not configured (set {PG_ENV})")
