"""Refresh nsdesk_en.ts from the source: every ``tr("context", "literal")``,
``QCoreApplication.translate("context", "literal")`` and ``QT_TRANSLATE_NOOP("context", "literal")``
in the nsdesk package becomes a message; existing translations are kept, new messages are
added as unfinished, messages no longer in the source are marked vanished.

    .venv/bin/python resources/translations/update_ts.py          # rewrite nsdesk_en.ts
    .venv/bin/python resources/translations/update_ts.py --check  # list untranslated messages

Then fill in the <translation> elements (or open the file in pyside6-linguist).
"""

from __future__ import annotations

import ast
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

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
    messages = source_messages(python_files(ROOT / "nsdesk"))
    existing = read_all(TS)
    if "--check" in argv:
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
