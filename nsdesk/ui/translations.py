"""Installing the interface language.

Source strings are Vietnamese, so Vietnamese needs no translator. English comes from
``resources/translations/nsdesk_en.ts`` (committed). A compiled ``nsdesk_en.qm`` next to it is
used when a build step produced one; otherwise the .ts XML is read directly by
:class:`TsTranslator`, so a source checkout needs no build tool.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from nsdesk import i18n


def translations_dir() -> Path:
    return Path(str(files("nsdesk.resources").joinpath("translations")))


def read_ts(path: Path) -> dict[tuple[str, str], str]:
    """(context, source) → translation for every finished message of a .ts file."""
    import xml.etree.ElementTree as ET  # only when English is chosen

    out: dict[tuple[str, str], str] = {}
    root = ET.parse(path).getroot()
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            source = msg.findtext("source")
            node = msg.find("translation")
            if source is None or node is None or node.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            if node.text:
                out[(name, source)] = node.text
    return out


class TsTranslator(QTranslator):
    """A QTranslator fed from a .ts file (no lrelease needed)."""

    def __init__(self, messages: dict[tuple[str, str], str], parent=None):
        super().__init__(parent)
        self._messages = messages

    def translate(self, context, source_text, disambiguation=None, n=-1):  # noqa: D401 - Qt override
        # None = a null QString: "no translation here", so Qt falls back to the source text.
        # (An empty string would be taken as the translation and blank the label.)
        return self._messages.get((context, source_text))

    def isEmpty(self) -> bool:  # noqa: N802 - Qt override
        return not self._messages


def install(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install the translators for ``language`` ("vi" or "en") and hook nsdesk.i18n to Qt."""
    installed: list[QTranslator] = []
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        folder = translations_dir()
        qm = folder / "nsdesk_en.qm"
        translator: QTranslator | None = None
        if qm.exists():
            translator = QTranslator(app)
            if not translator.load(str(qm)):
                translator = None
        if translator is None and (folder / "nsdesk_en.ts").exists():
            translator = TsTranslator(read_ts(folder / "nsdesk_en.ts"), app)
        if translator is not None:
            app.installTranslator(translator)
            installed.append(translator)
    else:
        from nsdesk.ui.qt_vi import install_vietnamese

        QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
        installed.append(install_vietnamese(app))
    i18n.set_translator(lambda ctx, text: QCoreApplication.translate(ctx, text))
    return installed
