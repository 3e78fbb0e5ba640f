"""The repository explains itself: its documents link only to files inside it, and the modules they
name exist (apart from those described as the intended layout still being built)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOCS = [ROOT / "README.md", ROOT / "CONTRIBUTING.md", ROOT / "CHANGELOG.md", *sorted((ROOT / "docs").glob("*.md"))]
LINK = re.compile(r"\]\(([^)#\s]+)(?:#[^)]*)?\)")
MODULE = re.compile(r"`((?:nsdesk/|services/|ui/|reports/|models/|migrations/|resources/|benchmarks/|tests/)[\w/.]*\.py)`")
#: Named in docs/ARCHITECTURE.md as the intended layout, being built in parallel.
INTENDED = {"services/pilots/counting.py"}


def test_the_documents_exist():
    assert {p.name for p in DOCS} >= {"README.md", "CONTRIBUTING.md", "CHANGELOG.md", "ARCHITECTURE.md",
                                      "GLOSSARY.md"}


@pytest.mark.parametrize("doc", DOCS, ids=lambda p: p.name)
def test_links_stay_inside_the_repository_and_resolve(doc):
    text = doc.read_text(encoding="utf-8")
    assert "../shared" not in text and "/work/" not in text
    for target in LINK.findall(text):
        if target.startswith(("http://", "https://", "mailto:")):
            continue
        path = (doc.parent / target).resolve()
        assert path.is_relative_to(ROOT), f"{doc.name} links outside the repository: {target}"
        assert path.exists(), f"{doc.name} links to a missing file: {target}"


@pytest.mark.parametrize("doc", DOCS, ids=lambda p: p.name)
def test_modules_named_exist(doc):
    for name in MODULE.findall(doc.read_text(encoding="utf-8")):
        if name in INTENDED:
            continue
        candidates = [ROOT / name, ROOT / "nsdesk" / name]
        assert any(c.exists() for c in candidates), f"{doc.name} names a module that does not exist: {name}"
