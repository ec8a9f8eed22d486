"""The window's language: the text layer's (`buyer_app.text.translate`), plus Qt's own translators.

The text layer reads the translation source (.ts) itself, so the command line needs no Qt. The window also installs
the compiled catalogue (`resources/translations/buyer_app_<lang>.qm`, context `buyer_app`, the same source texts),
so that a string of the window translated through Qt (`QCoreApplication.translate("buyer_app", text)`) finds the
same translation, and Qt's own `qtbase_<lang>.qm` for the standard buttons and dialogs (OK, Cancel, the file
dialog); it sets Qt's default locale, so numbers in spin boxes and dates follow the language; and it makes sure a
font covers Chinese (`buyer_app.report.fonts`).

Which language: `--lang` when given, else the window setting `language` (settings.ini: `en`, `zh_CN`, or `system`),
else the system's locale (LC_ALL / LC_MESSAGES / LANG); English when none names a shipped translation.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from buyer_app.core.files.resources import resource_path
from buyer_app.report.fonts import ensure_cjk_font
from buyer_app.text.translate import ENGLISH, current_language, language_from_locale, language_given, use_language
from buyer_app.ui.settings_store import settings

SETTING = "language"
_installed: list[QTranslator] = []  # kept alive here: Qt does not own an installed translator
_system_locale = QLocale.system()


def saved_language() -> str | None:
    """The window setting `language` ('en', 'zh_CN', 'system'), None when unset or not text (a hand edit)."""
    value = settings().value(SETTING)
    return value if isinstance(value, str) and value else None


def save_language(language: str) -> None:
    """Remember `language` ('system' follows the locale) for the next start."""
    store = settings()
    store.setValue(SETTING, language)
    store.sync()


def apply_language(app: QCoreApplication, setting: str | None = None) -> str:
    """Speak the chosen language in the window (call once the application exists, before the window is built);
    returns it. `setting` stands for the saved setting (tests, a menu applying a new choice); `--lang` wins over
    both."""
    if not language_given():
        use_language(language_from_locale(setting if setting is not None else saved_language()))
    language = current_language()
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    if language == ENGLISH:
        QLocale.setDefault(_system_locale)
        return language
    ours = QTranslator(app)
    if ours.load(str(resource_path("translations", f"buyer_app_{language}.qm"))):
        _installed.append(ours)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        _installed.append(qt)
    for translator in _installed:
        app.installTranslator(translator)
    QLocale.setDefault(QLocale(language))
    ensure_cjk_font()  # the frozen build's own font when the system has none
    return language
