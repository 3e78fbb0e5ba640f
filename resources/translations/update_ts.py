"""Refresh nsdesk_en.ts from the source: every ``tr("context", "literal")``,
``QCoreApplication.translate("context", "literal")`` and ``QT_TRANSLATE_NOOP("context", "literal")``
in the nsdesk package becomes a message, and so does every string of a literal table whose entries
are translated through a variable (``tr("labels", KIND_LABELS.get(code))``, ``[tr("x", t) for t in
("Mã", "Tên")]``, see :func:`table_messages`); existing translations are kept, new messages are
added as unfinished, messages no longer in the source are marked vanished.

    .venv/bin/python resources/translations/update_ts.py          # rewrite nsdesk_en.ts
    .venv/bin/python resources/translations/update_ts.py --check  # list untranslated messages
    .venv/bin/python resources/translations/update_ts.py --check --verbose  # … and calls it cannot follow

Then fill in the <translation> elements (or open the file in pyside6-linguist).
"""

from __future__ import annotations

import ast
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import NamedTuple

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
TS = HERE / "nsdesk_en.ts"
CALLS = {"tr", "translate", "QT_TRANSLATE_NOOP", "_tr"}


def source_messages(paths: list[Path]) -> dict[tuple[str, str], str]:
    """(context, source) → "file:line" of its first use."""
    found: dict[tuple[str, str], str] = {}
    for path in paths:
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or len(node.args) < 2:
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", None)
            ctx, text = node.args[0], node.args[1]
            if name in CALLS and all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in (ctx, text)):
                where = f"{path.relative_to(ROOT)}:{node.lineno}"
                found.setdefault((ctx.value, text.value), where)
    return found


def table_messages(paths: list[Path]) -> tuple[dict[tuple[str, str], str], list[str]]:
    """Messages whose text is not a literal at the call but comes from a literal table.

    ``tr("labels", KIND_LABELS.get(code))``, ``[tr("pilots", t) for t in ("Mã", "Tên")]``,
    ``for code, label in X.items(): tr("labels", label)``, ``tr("register", COLUMNS[i].title)``:
    the table (a module-level dict/tuple/list, in this file or imported from another nsdesk module)
    is followed and its string constants become messages. When the table is a parameter of the
    enclosing function (``def choice(self, …, labels): … tr("labels", v) for v in labels.values()``),
    the dict literals passed for it at the calls of that function name are followed instead.
    Returns (messages, calls it could not follow).
    """
    found: dict[tuple[str, str], str] = {}
    unresolved: list[str] = []
    params: list[tuple[str, _Param, str]] = []
    scans = [_Scan(path) for path in paths]
    for scan in scans:
        for call in scan.calls:
            ctx, text = call.args[0].value, call.args[1]
            where = f"{scan.path.relative_to(ROOT)}:{call.lineno}"
            strings = scan.strings(text, call)
            if isinstance(strings, _Param):
                params.append((ctx, strings, where))
                continue
            if strings is None:
                unresolved.append(f"{where}: {ast.unparse(call)}")
            for s in strings or ():
                found.setdefault((ctx, s), where)
    for ctx, param, where in params:
        hits = 0
        for scan in scans:
            for call in scan.callers(param.func):
                strings = scan.passed(call, param)
                hits += strings is not None
                for s in strings or ():
                    found.setdefault((ctx, s), where)
        if not hits:
            unresolved.append(f"{where}: tr(…) of parameter {param.name!r} of {param.func}(); no call passes a table")
    return found, unresolved


class _Param(NamedTuple):
    """A table that is a parameter: ``param.items()``/``.values()`` iterated inside ``func``."""

    func: str
    name: str
    position: int | None  # among the positional arguments at a call (self/cls not counted)
    how: str  # "items" or "values"
    index: tuple[int, ...]


_TREES: dict[Path, ast.Module] = {}


def _tree(path: Path) -> ast.Module:
    if path not in _TREES:
        _TREES[path] = ast.parse(path.read_text(encoding="utf-8"), str(path))
    return _TREES[path]


class _Scan:
    """Follows the text argument of translation calls back to literal tables (best effort)."""

    def __init__(self, path: Path):
        self.path, self.tree = path, _tree(path)
        self.parent: dict[ast.AST, ast.AST] = {}
        for node in ast.walk(self.tree):
            for child in ast.iter_child_nodes(node):
                self.parent[child] = node
        self.calls = [n for n in ast.walk(self.tree) if isinstance(n, ast.Call) and len(n.args) >= 2
                      and _name(n.func) in CALLS and isinstance(n.args[0], ast.Constant)
                      and isinstance(n.args[0].value, str) and not isinstance(n.args[1], ast.Constant)]

    def ancestors(self, node: ast.AST):
        while node in self.parent:
            node = self.parent[node]
            yield node

    def strings(self, expr: ast.AST, at: ast.AST) -> list[str] | None:
        """The string constants ``expr`` can take, or None when it cannot be followed."""
        if isinstance(expr, ast.Name):
            for node in self.ancestors(at):
                gens = node.generators if isinstance(node, ast.ListComp | ast.SetComp | ast.GeneratorExp
                                                     | ast.DictComp) else [node] if isinstance(node, ast.For) else []
                for gen in gens:
                    index = _binding(gen.target, expr.id)
                    if index is not None:
                        return self.iterated(gen.iter, index, at)
            return None
        if isinstance(expr, ast.Subscript) and isinstance(expr.value, ast.Name):
            return self.values(self.lookup(expr.value.id, at), ())
        if (isinstance(expr, ast.Call) and isinstance(expr.func, ast.Attribute) and expr.func.attr == "get"
                and isinstance(expr.func.value, ast.Name)):
            return self.values(self.lookup(expr.func.value.id, at), ())
        if (isinstance(expr, ast.Attribute) and isinstance(expr.value, ast.Subscript)
                and isinstance(expr.value.value, ast.Name)):
            table = self.lookup(expr.value.value.id, at)
            if isinstance(table, ast.Tuple | ast.List):
                out = [s for item in table.elts for s in _field(item, expr.attr, self) or ()]
                return out or None
        return None

    def iterated(self, it: ast.AST, index: tuple[int, ...], at: ast.AST) -> list[str] | None:
        if isinstance(it, ast.Call) and _name(it.func) == "enumerate" and it.args:
            return self.iterated(it.args[0], index[1:], at) if index and index[0] == 1 else None
        if isinstance(it, ast.Call) and isinstance(it.func, ast.Attribute) and it.func.attr in ("items", "values"):
            table = self.resolve(it.func.value, at)
            if table is None and isinstance(it.func.value, ast.Name):
                return self.parameter(it.func.value.id, it.func.attr, index, at)
            return _dict_rows(table, it.func.attr, index)
        table = self.resolve(it, at)
        if isinstance(table, ast.Dict):
            return _pick(table.keys, index)
        if isinstance(table, ast.Tuple | ast.List):
            return _pick(table.elts, index)
        return None

    def parameter(self, name: str, how: str, index: tuple[int, ...], at: ast.AST) -> _Param | None:
        func = next((n for n in self.ancestors(at) if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)), None)
        if func is None:
            return None
        positional = [a.arg for a in (*func.args.posonlyargs, *func.args.args)]
        if positional[:1] in (["self"], ["cls"]):
            positional = positional[1:]
        if name in positional:
            return _Param(func.name, name, positional.index(name), how, index)
        if name in [a.arg for a in func.args.kwonlyargs]:
            return _Param(func.name, name, None, how, index)
        return None

    def callers(self, func: str) -> list[ast.Call]:
        return [n for n in ast.walk(self.tree) if isinstance(n, ast.Call) and _name(n.func) == func]

    def passed(self, call: ast.Call, param: _Param) -> list[str] | None:
        """The strings of the dict literal this call passes for ``param`` (None: not a dict literal)."""
        arg = next((k.value for k in call.keywords if k.arg == param.name), None)
        if arg is None and param.position is not None and param.position < len(call.args):
            arg = call.args[param.position]
        return _dict_rows(self.resolve(arg, call), param.how, param.index) if arg is not None else None

    def resolve(self, node: ast.AST, at: ast.AST) -> ast.AST | None:
        if isinstance(node, ast.Tuple | ast.List | ast.Dict):
            return node
        if isinstance(node, ast.Name):
            return self.lookup(node.id, at)
        return None

    def values(self, table: ast.AST | None, index: tuple[int, ...]) -> list[str] | None:
        if isinstance(table, ast.Dict):
            return _pick(table.values, index)
        if isinstance(table, ast.Tuple | ast.List):
            return _pick(table.elts, index)
        return None

    def lookup(self, name: str, at: ast.AST) -> ast.AST | None:
        """The literal bound to ``name``: an import or assignment in an enclosing function, else the module."""
        scopes = [n for n in self.ancestors(at) if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)]
        for scope in [*scopes, self.tree]:
            body = ast.walk(scope) if scope is not self.tree else iter(scope.body)
            for stmt in body:
                if isinstance(stmt, ast.ImportFrom):
                    for alias in stmt.names:
                        if (alias.asname or alias.name) == name:
                            return _module_literal(_module_path(self.path, stmt), alias.name)
                value = _assigned(stmt, name)
                if value is not None:
                    return value
        return None


def _name(func: ast.AST) -> str | None:
    return func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)


def _binding(target: ast.AST, name: str) -> tuple[int, ...] | None:
    """Where ``name`` sits inside a for-target: () for the whole item, (1,) for ``_, name``, …"""
    if isinstance(target, ast.Name):
        return () if target.id == name else None
    if isinstance(target, ast.Tuple | ast.List):
        for i, elt in enumerate(target.elts):
            sub = _binding(elt, name)
            if sub is not None:
                return (i, *sub)
    return None


def _dict_rows(table: ast.AST | None, how: str, index: tuple[int, ...]) -> list[str] | None:
    """The strings met when iterating ``table.items()`` / ``table.values()`` down to ``index``."""
    if not isinstance(table, ast.Dict):
        return None
    if how == "items":
        if not index:
            return None
        return _pick(table.keys if index[0] == 0 else table.values, index[1:])
    return _pick(table.values, index)


def _pick(rows: list, index: tuple[int, ...]) -> list[str] | None:
    out = []
    for row in rows:
        for i in index:
            if not isinstance(row, ast.Tuple | ast.List) or i >= len(row.elts):
                return None
            row = row.elts[i]
        if isinstance(row, ast.Constant) and isinstance(row.value, str):
            out.append(row.value)
        elif not (isinstance(row, ast.Call) and _name(row.func) in CALLS):  # already a message of its own
            return None
    return out


def _field(item: ast.AST, attr: str, scan: _Scan) -> list[str] | None:
    """``Spec("key", "Title", …).title`` for a dataclass-like call: keyword, else the field's position."""
    if not isinstance(item, ast.Call):
        return None
    for kw in item.keywords:
        if kw.arg == attr:
            return _pick([kw.value], ())
    cls = next((n for n in ast.walk(scan.tree) if isinstance(n, ast.ClassDef) and n.name == _name(item.func)), None)
    if cls is None:
        return None
    fields = [s.target.id for s in cls.body if isinstance(s, ast.AnnAssign) and isinstance(s.target, ast.Name)]
    if attr not in fields or fields.index(attr) >= len(item.args):
        return None
    return _pick([item.args[fields.index(attr)]], ())


def _assigned(stmt: ast.AST, name: str) -> ast.AST | None:
    if isinstance(stmt, ast.Assign) and any(isinstance(t, ast.Name) and t.id == name for t in stmt.targets):
        return stmt.value
    if isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name) and stmt.target.id == name:
        return stmt.value
    return None


def _module_path(path: Path, stmt: ast.ImportFrom) -> Path | None:
    if not stmt.level:
        if not (stmt.module or "").startswith("nsdesk."):
            return None
        base, parts = ROOT, stmt.module.split(".")
    else:
        base = path.parent
        for _ in range(stmt.level - 1):
            base = base.parent
        parts = stmt.module.split(".") if stmt.module else []
    target = base.joinpath(*parts)
    return target.with_suffix(".py") if target.with_suffix(".py").exists() else None


def _module_literal(path: Path | None, name: str) -> ast.AST | None:
    if path is None:
        return None
    for stmt in _tree(path).body:
        value = _assigned(stmt, name)
        if value is not None:
            return value
        if isinstance(stmt, ast.ImportFrom):  # re-exported
            for alias in stmt.names:
                if (alias.asname or alias.name) == name:
                    return _module_literal(_module_path(path, stmt), alias.name)
    return None


def all_messages(paths: list[Path]) -> dict[tuple[str, str], str]:
    """Literal messages plus the ones followed back to literal tables."""
    found = source_messages(paths)
    for key, where in table_messages(paths)[0].items():
        found.setdefault(key, where)
    return found


def python_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*.py") if "__pycache__" not in p.parts)


def read_all(path: Path) -> dict[tuple[str, str], tuple[str | None, str | None]]:
    """(context, source) → (translation text, type attribute) including unfinished ones."""
    if not path.exists():
        return {}
    out = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            node = msg.find("translation")
            out[(name, msg.findtext("source") or "")] = (
                node.text if node is not None else None, node.get("type") if node is not None else "unfinished"
            )
    return out


def write(path: Path, messages: dict[tuple[str, str], str], existing) -> None:
    root = ET.Element("TS", version="2.1", language="en_US", sourcelanguage="vi_VN")
    keys = sorted(set(messages) | set(existing))
    for context in sorted({c for c, _ in keys}):
        c = ET.SubElement(root, "context")
        ET.SubElement(c, "name").text = context
        for ctx, source in keys:
            if ctx != context:
                continue
            m = ET.SubElement(c, "message")
            if (ctx, source) in messages:
                file, line = messages[(ctx, source)].rsplit(":", 1)
                ET.SubElement(m, "location", filename=f"../../{file}", line=line)
            ET.SubElement(m, "source").text = source
            text, kind = existing.get((ctx, source), (None, "unfinished"))
            t = ET.SubElement(m, "translation")
            t.text = text
            if (ctx, source) not in messages:
                t.set("type", "vanished")
            elif kind == "unfinished" or not text:
                t.set("type", "unfinished")
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def main(argv: list[str]) -> int:
    files = python_files(ROOT / "nsdesk")
    messages = all_messages(files)
    existing = read_all(TS)
    if "--check" in argv:
        if "--verbose" in argv:
            for call in table_messages(files)[1]:
                print(f"{call}  (text not followed to a literal table; make sure its strings are marked)")
        missing = [(k, w) for k, w in messages.items() if existing.get(k, (None, "unfinished"))[1] is not None
                   or not existing.get(k, (None,))[0]]
        for (ctx, source), where in missing:
            print(f"{where}: [{ctx}] {source}")
        return 1 if missing else 0
    write(TS, messages, existing)
    print(f"{TS}: {len(messages)} messages")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
