"""The UI language: chosen per workstation (QSettings ``ui/language``: ``da`` or ``en``),
Danish by default, applied at start-up.

Source strings are English; ``resources/translations/pharmacy_app_da.ts`` holds the
Danish, ``pharmacy_app_en.ts`` only the English plural forms ("1 row", "2 rows").  A
count is written ``%Ln`` (not ``%n``) so it has the language's thousands separator.
Qt's own dialogs (buttons, context menus, the file dialog) are translated by its
``qtbase_da`` catalogue and ``qt_extra_da.ts``, which adds what qtbase_da lacks; the
window uses Qt's own dialogs, not the desktop's, which speak the desktop's language
(``AA_DontUseNativeDialogs``, set in :func:`pharmacy_app.ui.app.setup_application`).
After changing strings in ``pharmacy_app/ui`` (and its packages)::

    pyside6-lupdate $(find pharmacy_app/ui -name '*.py') -target-language da_DK -no-obsolete \
        -ts resources/translations/pharmacy_app_da.ts
    pyside6-lupdate -pluralonly $(find pharmacy_app/ui -name '*.py') -target-language en_GB -no-obsolete \
        -ts resources/translations/pharmacy_app_en.ts
    # translate what is new (a test fails while anything is unfinished), then
    pyside6-lrelease resources/translations/pharmacy_app_da.ts resources/translations/pharmacy_app_en.ts \
        resources/translations/qt_extra_da.ts
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from pharmacy_app.paths import resources_dir
from pharmacy_app.ui import fmt

LANGUAGE_KEY = "ui/language"


def translations_dir() -> str:
    return str(resources_dir() / "translations")


def current_language_setting() -> str:
    value = QSettings().value(LANGUAGE_KEY, fmt.DEFAULT_LANGUAGE)
    return value if value in fmt.LANGUAGES else fmt.DEFAULT_LANGUAGE


def install_language(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Install the translators for ``lang``; return them (the caller keeps them alive)."""
    fmt.set_language(lang)
    QLocale.setDefault(fmt.locale())
    installed: list[QTranslator] = []
    ours = QTranslator(app)
    if ours.load(f"pharmacy_app_{lang}", translations_dir()):
        app.installTranslator(ours)
        installed.append(ours)
    if lang == "en":
        return installed
    # Qt's own words: qtbase covers QtCore, QtGui and QtWidgets (the only Qt modules with
    # words of their own that the app shows; QtPdf and the charts have none), and our
    # supplement what qtbase_da lacks (the file dialog's "Look in", "Files of type").
    catalogues = (
        (f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        (f"qt_extra_{lang}", translations_dir()),
    )
    for name, folder in catalogues:
        qt = QTranslator(app)
        if qt.load(name, folder):
            app.installTranslator(qt)
            installed.append(qt)
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for t in translators:
        app.removeTranslator(t)
