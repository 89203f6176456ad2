"""Qt side of the message catalogue: a QTranslator backed by i18n's Chinese → English table.

The window's `self.tr("…")` strings and Qt's own dialogs go through this translator, and the
services' `t("…")` through i18n: both read the same .ts file, so one catalogue serves the whole
program and no compiled .qm is needed at run time.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from emergency_desk import i18n


class CatalogueTranslator(QTranslator):
    """Translates every context from the merged catalogue (contexts only group the .ts file)."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:  # type: ignore[override]
        # None (a null QString) tells Qt "not translated here": it then shows the source, and
        # Qt's own texts (Close, Yes, Next) stay English. An empty string would be taken as
        # the translation and leave those buttons blank.
        return i18n.english_catalogue().get(source)

    def isEmpty(self) -> bool:
        return False


_installed: list[QTranslator] = []  # keep references: Qt does not own installed translators


def install(app: QCoreApplication, lang: str) -> None:
    """Set the language for the whole program: services, reports and Qt widgets."""
    i18n.set_language(lang)
    for tr in _installed:
        app.removeTranslator(tr)
    _installed.clear()
    if lang == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        ours = CatalogueTranslator(app)
        app.installTranslator(ours)
        _installed.append(ours)
        return
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    # Qt's own buttons (OK/Cancel in standard dialogs) in Chinese, when the Qt build ships it.
    qt_zh = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_zh.load("qtbase_zh_CN", folder):
        app.installTranslator(qt_zh)
        _installed.append(qt_zh)
