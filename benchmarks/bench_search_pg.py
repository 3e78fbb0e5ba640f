"""Benchmark (PostgreSQL): a register search keystroke — the first page of 200 rows — vs a hand-written query.

The PostgreSQL twin of ``bench_search.py``: the same keystrokes (a name typed letter by letter,
other common prefixes, a tax-code prefix digit by digit, and the empty box of the default view)
over demo registers of 100,000 and 1,000 enterprises, each in its own fresh database:

nsdesk = ``search.page(session, EnterpriseQuery(text=…), 0, 200)`` in a fresh ORM session: exactly
         the call the register's table model makes on the worker for a new query;
floor  = a hand-written raw ``psycopg`` query on the same indexes (the GIN full-text index over
         ``to_tsvector('simple', search_folded)``, the name-order indexes) returning the same 200
         rows in the same order (checked).

``search.count`` is timed against a raw ``count(*)`` too (the model's second op when a page is full).

Goals (issue 3): nsdesk ≤ 3 × floor per keystroke, and 100k ≤ 1.5 × 1k for keystrokes whose page
is full on both registers.

Run: ``.venv/bin/python benchmarks/bench_search_pg.py --url postgresql://user:pw@host/admin_db``
(or set ``NSDESK_BENCH_PG_URL``). The URL names a role that may create databases; the benchmark
creates ``nsdesk_bench_pg_<n>`` databases and drops them at the end unless ``--keep`` is given
(kept databases are reused by the next run). Without a URL it prints why and exits 0.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time

ENV_URL = "NSDESK_BENCH_PG_URL"
GOAL_RAW = 3.0
GOAL_SCALE = 1.5
PAGE = 200
NAME_KEYS = ["h", "ho", "hop", "hop t", "hop ta", "hop tac", "hop tac x", "hop tac xa", "hop tac xa n"]
OTHER_KEYS = ["d", "da", "dak", "dak c", "dak cam", "c", "co", "cong ty t", "cong ty tnhh", "sao m"]

RAW_COLUMNS = """e.id, e.uuid, e.tax_code, e.name, e.kind, e.sector_code, c.name, e.employees, e.size_class,
                 e.archived"""


def _libpq(url: str) -> str:
    """A SQLAlchemy URL (``postgresql+psycopg://``) as a libpq connection string."""
    from sqlalchemy.engine import make_url

    u = make_url(url).set(drivername="postgresql")
    return u.render_as_string(hide_password=False)


def _sa(url: str, dbname: str) -> str:
    from sqlalchemy.engine import make_url

    u = make_url(url).set(drivername="postgresql+psycopg", database=dbname)
    return u.render_as_string(hide_password=False)


def _walk_budget() -> int:
    from nsdesk.services.register import search

    return search.WALK_BUDGET


def _tsquery(words: list[str]) -> str:
    return " & ".join(f"{w}:*" for w in words)


def _admin(url: str):
    import psycopg

    return psycopg.connect(_libpq(url), autocommit=True)


def exists(url: str, dbname: str) -> bool:
    with _admin(url) as conn:
        return conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (dbname,)).fetchone() is not None


def drop(url: str, dbname: str) -> None:
    with _admin(url) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{dbname}" WITH (FORCE)')


def build(url: str, dbname: str, n: int) -> float:
    """A fresh database ``dbname`` holding a demo register of ``n`` enterprises (office Quảng Ngãi),
    vacuumed and analysed as autovacuum would leave it; returns seconds taken."""
    from nsdesk.db import open_database
    from nsdesk.services.common import office, reference, schema
    from nsdesk.services.demo import generate as demo

    t = time.perf_counter()
    drop(url, dbname)
    with _admin(url) as conn:
        conn.execute(f'CREATE DATABASE "{dbname}"')
    db = open_database(_sa(url, dbname))
    try:
        schema.upgrade(db)
        with db.sessions.begin() as s:
            reference.load_all(s)
            office.set_office(s, province="51", commune="Phường Đăk Cấm", officer="Benchmark")
        with db.sessions.begin() as s:
            demo.generate(s, enterprises=n, seed=36)
    finally:
        db.dispose()
    import psycopg

    with psycopg.connect(_libpq(_sa(url, dbname)), autocommit=True) as conn:
        conn.execute("VACUUM ANALYZE")
    return time.perf_counter() - t


class Raw:
    """Hand-written psycopg queries on the register's indexes (one connection, autocommit)."""

    def __init__(self, url: str):
        import psycopg

        self.conn = psycopg.connect(_libpq(url), autocommit=True)
        indexdef = self.conn.execute(
            "SELECT pg_get_indexdef('ix_enterprises_search_tsv'::regclass)").fetchone()[0]
        # "CREATE INDEX … USING gin (<expression>)": query with exactly the indexed expression.
        self.tsv = indexdef[indexdef.index("USING gin (") + len("USING gin ("):-1]

    def close(self) -> None:
        self.conn.close()

    def plain(self, words: list[str]) -> list[tuple]:
        """The query a person would write first: the GIN match in name order, first page; the
        planner picks between the full-text index and walking the name index."""
        if words:
            sql = f"""SELECT {RAW_COLUMNS} FROM enterprises e LEFT JOIN admin_units c ON c.code = e.commune_code
                      WHERE {self.tsv} @@ to_tsquery('simple', %s) AND NOT e.archived
                      ORDER BY e.name_key LIMIT {PAGE}"""
            return self.conn.execute(sql, (_tsquery(words),)).fetchall()
        sql = f"""SELECT {RAW_COLUMNS} FROM enterprises e LEFT JOIN admin_units c ON c.code = e.commune_code
                  WHERE NOT e.archived ORDER BY e.name_key LIMIT {PAGE}"""
        return self.conn.execute(sql).fetchall()

    def walk(self, words: list[str]) -> list[tuple]:
        """Hand-written twin of nsdesk's strategy: the first search.WALK_BUDGET rows in name order checked with
        the word regexps; when they do not fill the page, every GIN match, then sorted."""
        if not words:
            return self.plain(words)
        likes = [f"%{w}%" for w in words]
        patterns = [f"(^|[^0-9a-z]){w}" for w in words]
        rows = self.conn.execute(
            f"""SELECT {RAW_COLUMNS} FROM (SELECT id, name_key, search_folded FROM enterprises
                    WHERE NOT archived ORDER BY name_key LIMIT {_walk_budget()}) w
                JOIN enterprises e ON e.id = w.id LEFT JOIN admin_units c ON c.code = e.commune_code
                WHERE w.search_folded LIKE ALL (%s) AND w.search_folded ~ ALL (%s)
                ORDER BY w.name_key LIMIT {PAGE}""", (likes, patterns)).fetchall()
        if len(rows) == PAGE:
            return rows
        return self.conn.execute(
            f"""WITH m AS MATERIALIZED (SELECT id, name_key FROM enterprises
                    WHERE {self.tsv} @@ to_tsquery('simple', %s) AND NOT archived)
                SELECT {RAW_COLUMNS} FROM (SELECT id FROM m ORDER BY name_key LIMIT {PAGE}) p
                JOIN enterprises e ON e.id = p.id LEFT JOIN admin_units c ON c.code = e.commune_code
                ORDER BY e.name_key""", (_tsquery(words),)).fetchall()

    def count(self, words: list[str]) -> int:
        if words:
            return self.conn.execute(
                f"SELECT count(*) FROM enterprises WHERE {self.tsv} @@ to_tsquery('simple', %s) AND NOT archived",
                (_tsquery(words),)).fetchone()[0]
        return self.conn.execute("SELECT count(*) FROM enterprises WHERE NOT archived").fetchone()[0]


def timed(fn, repeat: int) -> tuple[float, object]:
    out = fn()  # warm-up (statement caches, pages in shared buffers)
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times), out


def measure(url: str, keys: list[tuple[str, str]], repeat: int) -> dict[str, dict[str, float]]:
    """``keys``: (label, text typed). Returns timings by label."""
    from nsdesk.db import open_database
    from nsdesk.services.register import search
    from nsdesk.services.register.search import EnterpriseQuery, search_words

    db = open_database(url)
    raw = Raw(url)
    results: dict[str, dict[str, float]] = {}
    try:
        for label, key in keys:
            q = EnterpriseQuery(text=key)
            words = search_words(key)

            def service_page(q=q):
                with db.sessions() as s:
                    return search.page(s, q, 0, PAGE)

            def service_count(q=q):
                with db.sessions() as s:
                    return search.count(s, q)

            t_svc, rows = timed(service_page, repeat)
            t_plain, plain_rows = timed(lambda words=words: raw.plain(words), repeat)
            t_walk, walk_rows = timed(lambda words=words: raw.walk(words), repeat)
            for other in (plain_rows, walk_rows):
                if [tuple(r) for r in rows] != [tuple(r) for r in other]:
                    raise SystemExit(f"bench_search_pg: service and raw query disagree for {key!r}")
            t_cnt, n = timed(service_count, repeat)
            t_raw_cnt, n_raw = timed(lambda words=words: raw.count(words), repeat)
            if n != n_raw:
                raise SystemExit(f"bench_search_pg: counts disagree for {key!r}: {n} vs {n_raw}")
            results[label] = {"svc": t_svc, "raw": min(t_plain, t_walk), "plain": t_plain, "walk": t_walk,
                              "cnt": t_cnt, "raw_cnt": t_raw_cnt,
                              "rows": len(rows), "matches": n}
    finally:
        raw.close()
        db.dispose()
    return results


def ms(t: float) -> str:
    return f"{t * 1000:7.2f}"


def keystrokes(url: str) -> list[tuple[str, str]]:
    """The same typing on both registers; the tax code typed is one that register holds."""
    import psycopg

    with psycopg.connect(_libpq(url)) as conn:
        code = conn.execute("SELECT tax_code FROM enterprises WHERE NOT archived ORDER BY id LIMIT 1").fetchone()[0]
    tax = [(f"MST {i} số", code[:i]) for i in range(1, 8)]  # "5", "51", "515", … digit by digit
    return [("(empty)", "")] + [(k, k) for k in NAME_KEYS + OTHER_KEYS] + tax


def report(big: dict, small: dict, keys: list[str], args) -> None:
    print(f"\nfirst page ({PAGE} rows) per keystroke, median of {args.repeat} runs, milliseconds")
    print("raw plain = GIN match ORDER BY name LIMIT (the planner's choice); raw walk = nsdesk's strategy by hand;")
    print("ratio = nsdesk / the faster of the two")
    print(f"{'typed':>14} {'matches':>8} {'nsdesk':>8} {'plain':>8} {'walk':>8} {'ratio':>6} | {'1k':>8} {'100k/1k':>8}"
          f" | {'count':>8} {'raw cnt':>8} {'ratio':>6}")
    ratios, scales, count_ratios = [], [], []
    for key in keys:
        b, s = big[key], small[key]
        r, sc, cr = b["svc"] / b["raw"], b["svc"] / s["svc"], b["cnt"] / b["raw_cnt"]
        ratios.append(r)
        scales.append(sc)
        count_ratios.append(cr)
        print(f"{key:>14} {b['matches']:>8} {ms(b['svc'])} {ms(b['plain'])} {ms(b['walk'])} {r:6.2f} | {ms(s['svc'])}"
              f" {sc:8.2f} | {ms(b['cnt'])} {ms(b['raw_cnt'])} {cr:6.2f}")

    def verdict(value: float, goal: float) -> str:
        return "meets the goal" if value <= goal else "MISSES the goal"

    print()
    print(f"nsdesk vs hand-written query on the same indexes (first page, {args.big:,} enterprises):")
    print(f"  median ratio {statistics.median(ratios):.2f}, worst {max(ratios):.2f} "
          f"(goal ≤ {GOAL_RAW:g}): {verdict(max(ratios), GOAL_RAW)}")
    print(f"  search.count vs raw count(*): median {statistics.median(count_ratios):.2f}, "
          f"worst {max(count_ratios):.2f}")
    print(f"{args.big:,} vs {args.small:,} enterprises (nsdesk first page):")
    print(f"  all keystrokes: median ratio {statistics.median(scales):.2f}, worst {max(scales):.2f}")
    full = [k for k in keys if small[k]["rows"] == PAGE or small[k]["rows"] == big[k]["rows"]]
    part = [k for k in keys if k not in full]
    fs = [big[k]["svc"] / small[k]["svc"] for k in full]
    print(f"  keystrokes returning the same number of rows on both ({len(full)} of {len(keys)}): median "
          f"{statistics.median(fs):.2f}, worst {max(fs):.2f} (goal ≤ {GOAL_SCALE:g}): {verdict(max(fs), GOAL_SCALE)}")
    if part:
        print("  the others return more rows at 100k than there are matches at 1k (a page of 200 vs a few):")
        print("   " + ", ".join(f"{k!r} {small[k]['rows']}→{big[k]['rows']} rows "
                               f"{big[k]['svc'] / small[k]['svc']:.2f}×" for k in part))
    raw_scales = [big[k]["raw"] / small[k]["raw"] for k in full]
    print(f"  the hand-written query itself scales (same keystrokes): median {statistics.median(raw_scales):.2f}, "
          f"worst {max(raw_scales):.2f}")
    worst = max(full, key=lambda k: big[k]["svc"] / small[k]["svc"])
    print(f"  slowest scaling keystroke: {worst!r}: {big[worst]['matches']:,} matches at {args.big:,} vs "
          f"{small[worst]['matches']:,} at {args.small:,}; nsdesk {ms(big[worst]['svc']).strip()} ms vs "
          f"{ms(small[worst]['svc']).strip()} ms")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--url", default=os.environ.get(ENV_URL),
                    help=f"PostgreSQL URL of a role that may create databases (default: ${ENV_URL})")
    ap.add_argument("--repeat", type=int, default=7)
    ap.add_argument("--big", type=int, default=100_000)
    ap.add_argument("--small", type=int, default=1_000)
    ap.add_argument("--keep", action="store_true", help="keep the databases (and reuse kept ones next run)")
    args = ap.parse_args(argv)
    if not args.url:
        print(f"bench_search_pg: skipped — no PostgreSQL server given (pass --url or set {ENV_URL} to the URL "
              "of a role that may create databases).")
        return 0

    tmp = tempfile.TemporaryDirectory(prefix="nsdesk-bench-search-pg-")
    os.environ.setdefault("XDG_DATA_HOME", tmp.name)
    sizes = {"big": args.big, "small": args.small}
    names = {k: f"nsdesk_bench_pg_{n}" for k, n in sizes.items()}
    urls = {k: _sa(args.url, name) for k, name in names.items()}
    try:
        for k, name in names.items():
            if not (args.keep and exists(args.url, name)):
                secs = build(args.url, name, sizes[k])
                print(f"built a demo register of {sizes[k]:,} enterprises in {secs:.1f} s (database {name})")
        big_keys, small_keys = keystrokes(urls["big"]), keystrokes(urls["small"])
        big = measure(urls["big"], big_keys, args.repeat)
        small = measure(urls["small"], small_keys, args.repeat)
        report(big, small, [label for label, _t in big_keys], args)
    finally:
        if not args.keep:
            for name in names.values():
                drop(args.url, name)
        tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
