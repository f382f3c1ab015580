"""Every string the window shows goes through ``tr``; the English catalogue is complete and
up to date; a catalogue for the system's language is loaded and used."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from untranslated import QT_SOURCES, ROOT, untranslated, untranslated_in

sys.path.insert(0, str(ROOT / "tools"))
import update_translations

from supple.qt.i18n import install_translators, tr


def test_every_shown_literal_goes_through_tr() -> None:
    found = untranslated_in()
    assert not found, "shown without tr():\n" + "\n".join(found)


def test_the_walk_names_file_and_line_of_each_untranslated_literal(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "label = QLabel('Start')\n"                       # 1: constructor
        "label.setText(f'{n} steps')\n"                   # 2: f-string
        "label.setToolTip(tr('Fine'))\n"                  # 3: translated
        "box.setTitle('A' if x else tr('B'))\n"           # 4: one side of a conditional
        "menu.addAction(tr('{n} done').format(n=3))\n"    # 5: formatted after tr
        "bar.show_notice('Saved ' + name)\n"              # 6: concatenation
        "QMessageBox.warning(self, tr('T'), 'Body')\n"    # 7: a static dialog's text
        "label.setText(HINT)\n"                           # 8: a module's constant
        "label.setText(str(3)); label.setText('&nbsp;')\n"  # 9: no words
        "x = plain_label('Heading', role='title')\n",     # 10: the project's helper
        encoding="utf-8")
    lines = [entry.split(":")[1] for entry in untranslated(sample)]
    assert all(entry.startswith(f"{sample}:") for entry in untranslated(sample))
    assert lines == ["1", "2", "4", "6", "7", "8", "10"]


@pytest.fixture
def lupdate() -> None:
    if update_translations.tool("lupdate") is None or update_translations.tool("lrelease") is None:
        pytest.skip("pyside6-lupdate/pyside6-lrelease are not installed (PySide6-Essentials)")


@pytest.mark.usefixtures("lupdate")
def test_the_english_catalogue_is_up_to_date_and_finished(tmp_path: Path) -> None:
    left = update_translations.build(tmp_path)
    assert not left, f"plurals without English forms: {left}"
    text = (tmp_path / "supple_en.ts").read_text(encoding="utf-8")
    assert 'type="unfinished"' not in text
    assert update_translations.differences(tmp_path) == [], \
        "the catalogue is out of date: run tools/update_translations.py"


def test_english_plural_forms_come_from_the_source() -> None:
    assert update_translations.english_forms("%n step(s)") == ("%n step", "%n steps")
    assert update_translations.english_forms("%n match(es) left") == ("%n match left",
                                                                     "%n matches left")
    assert update_translations.english_forms("%n sheep") is None
    filled, left = update_translations.fill_english(
        '<message numerus="yes">\n        <source>%n sheep</source>\n'
        '        <translation type="unfinished">\n'
        '            <numerusform></numerusform>\n        </translation>\n    </message>')
    assert left == ["%n sheep"] and 'type="unfinished"' in filled


def _catalogue(folder: Path, language: str, pairs: dict[str, str | tuple[str, ...]]) -> None:
    """A tiny .ts of the test's own, compiled with pyside6-lrelease; a tuple is a count's
    forms."""
    def message(source: str, target: str | tuple[str, ...]) -> str:
        if isinstance(target, str):
            return f"<message><source>{source}</source><translation>{target}</translation>" \
                "</message>"
        forms = "".join(f"<numerusform>{form}</numerusform>" for form in target)
        return f'<message numerus="yes"><source>{source}</source><translation>{forms}' \
            "</translation></message>"

    messages = "".join(message(source, target) for source, target in pairs.items())
    ts = folder / f"supple_{language}.ts"
    ts.write_text(f'<?xml version="1.0" encoding="utf-8"?><TS version="2.1" '
                  f'language="{language}"><context><name></name>{messages}</context></TS>',
                  encoding="utf-8")
    lrelease = update_translations.tool("lrelease")
    assert lrelease is not None
    subprocess.run([str(lrelease), "-silent", str(ts)], check=True)


@pytest.mark.usefixtures("lupdate")
def test_the_system_language_catalogue_is_loaded_over_english(qapp: QCoreApplication,
                                                              tmp_path: Path) -> None:
    from PySide6.QtWidgets import QPushButton

    from supple.qt.widgets.notice_bar import NoticeBar

    shutil.copy(update_translations.COMPILED, tmp_path)
    _catalogue(tmp_path, "de", {"Dismiss": "Verwerfen"})
    installed = install_translators(qapp, QLocale("de_AT"), tmp_path)
    try:
        names = [t.filePath().rsplit("/", 1)[-1] for t in installed]
        assert names[:2] == ["supple_en.qm", "supple_de.qm"]  # English, ours over it
        assert names[2:] in ([], ["qtbase_de.qm"])  # and Qt's own, where PySide ships it
        bar = NoticeBar()
        assert "Verwerfen" in [button.text() for button in bar.findChildren(QPushButton)]
        assert tr("Copy") == "Copy"  # not in the German catalogue: English shows
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
    assert tr("Dismiss") == "Dismiss"


def test_english_loads_only_the_english_catalogue(qapp: QCoreApplication) -> None:
    installed = install_translators(qapp, QLocale("en_GB"))
    try:
        assert [t.language() for t in installed] == ["en"]
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)


def test_a_missing_catalogue_leaves_the_text_as_written(qapp: QCoreApplication,
                                                       tmp_path: Path) -> None:
    installed = install_translators(qapp, QLocale("de_DE"), tmp_path / "nowhere")
    try:
        assert installed == []  # not even Qt's own German: no window half in each language
        assert tr("Dismiss") == "Dismiss"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)


def test_the_shipped_english_catalogue_gives_each_count_its_form(qapp: QCoreApplication) -> None:
    # conftest installs it on the test application, as run_app does
    assert tr("%n rest day(s)", None, 1) == "1 rest day"
    assert [tr("%n rest day(s)", None, n) for n in (0, 3)] == ["0 rest days", "3 rest days"]
    assert tr("%n change(s) to your history could not be saved and are kept in memory only.",
              None, 1).startswith("1 change to your history could not be saved and is kept")


def test_every_count_is_given_where_lupdate_files_it_as_a_plural() -> None:
    """``tr("%n …", None, n)``: a count given by keyword, or a "%n" without a count, would be
    collected as a plain message and shown as "%n"."""
    import ast

    wrong = []
    for path in sorted(QT_SOURCES.parent.rglob("*.py")):  # the window's, the core's, the CLI's
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            counted = isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
                and node.func.id == "tr" and bool(node.args) \
                and isinstance(node.args[0], ast.Constant) and "%n" in str(node.args[0].value)
            if counted and (len(node.args) != 3 or node.keywords):
                wrong.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not wrong, "tr('%n …') needs the count as its third positional argument: " + \
        ", ".join(wrong)


def test_the_core_speaks_through_the_window_catalogue(qapp: QCoreApplication,
                                                       tmp_path: Path) -> None:
    """The core's ``tr`` asks the catalogues the window loaded; its dates are the language's."""
    from datetime import date

    from supple.core import wording

    if update_translations.tool("lrelease") is None:
        pytest.skip("pyside6-lrelease is not installed")
    shutil.copy(update_translations.COMPILED, tmp_path)
    _catalogue(tmp_path, "de", {"Rest": "Pause"})
    installed = install_translators(qapp, QLocale("de_DE"), tmp_path)
    try:
        assert wording.tr("Rest") == "Pause"
        assert wording.tr("%n rest day(s)", None, 1) == "1 rest day"  # English fills the gap
        assert wording.date_text(date(2026, 12, 7), wording.LONG_DATE) == "Montag 7 Dezember"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)


def test_the_terminal_loads_a_catalogue_without_an_application(tmp_path: Path) -> None:
    """``supple`` in a German terminal: the core's text from the German catalogue, with no Qt
    application running (the command line starts none)."""
    from datetime import date

    from supple.cli.language import use_system_language
    from supple.core import wording

    if update_translations.tool("lrelease") is None:
        pytest.skip("pyside6-lrelease is not installed")
    _catalogue(tmp_path, "de", {"Rest": "Pause", "%n set(s)": ("%n Satz", "%n Sätze")})
    assert use_system_language({"LANG": "de_AT.UTF-8"}, tmp_path)
    assert wording.tr("Rest") == "Pause"
    assert [wording.tr("%n set(s)", None, n) for n in (1, 3)] == ["1 Satz", "3 Sätze"]
    assert wording.tr("Hold") == "Hold"  # not in the catalogue
    assert wording.date_text(date(2026, 12, 7), wording.WEEKDAY) == "Montag"


@pytest.mark.parametrize("environ", [
    {"LANG": "en_GB.UTF-8"}, {"LANG": "C.UTF-8"}, {"LC_ALL": "POSIX", "LANG": "de_DE"}, {},
    {"LANG": "fr_FR.UTF-8"},  # no French catalogue is shipped
])
def test_the_terminal_stays_english_without_a_catalogue_for_its_language(
        environ: dict[str, str], tmp_path: Path) -> None:
    from supple.cli.language import use_system_language
    from supple.core import wording

    shutil.copy(update_translations.COMPILED, tmp_path)
    before = wording.install_translator(None)
    wording.install_translator(before)
    assert not use_system_language(environ, tmp_path)
    assert wording.install_translator(before) is before  # nothing was installed


def test_a_translation_keeps_the_fields_of_its_source() -> None:
    """A translator who writes ``{feild}`` would crash ``.format`` (and a stray ``%`` the
    terminal's ``--help``): every catalogue we ship keeps each message's ``{fields}`` and its
    ``%`` signs."""
    import re
    import xml.etree.ElementTree as ET

    field = re.compile(r"\{(\w*)\}")
    wrong = []
    for ts in sorted(update_translations.FOLDER.glob("*.ts")):
        for message in ET.parse(ts).getroot().iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            forms = [] if translation is None else (
                [form.text or "" for form in translation.iter("numerusform")]
                or [translation.text or ""])
            for text in forms:
                # A "%" of its own would also crash argparse, which %-formats its help text.
                if text and (set(field.findall(text)) != set(field.findall(source))
                             or text.count("%") != source.count("%")):
                    wrong.append(f"{ts.name}: {source!r} → {text!r}")
    assert not wrong, "\n".join(wrong)


def test_a_count_no_catalogue_has_yet_reads_as_english(qapp: QCoreApplication) -> None:
    assert tr("%n pebble(s) in the shoe", None, 1) == "1 pebble in the shoe"
    assert tr("%n pebble(s) in the shoe", None, 2) == "2 pebbles in the shoe"


def test_only_notes_meant_for_a_translator_are_kept() -> None:
    text = ("<message>\n        <source>Again</source>\n"
            "        <extracomment>Where the history puts the rating.</extracomment>\n"
            "        <extracomment>TRANSLATORS: a button that repeats the routine</extracomment>\n"
            "    </message>")
    kept = update_translations.drop_stray_notes(text)
    assert "Where the history" not in kept and "TRANSLATORS: a button" in kept


@pytest.mark.usefixtures("lupdate")
def test_the_windows_kept_sentences_and_dates_follow_the_catalogue(qapp: QCoreApplication,
                                                                   tmp_path: Path) -> None:
    """Text kept in tables and built before it is shown (the calf test's summary, the
    report's legends, the hand-over's answers) and the weekday and month names of the
    reminders and the history grid come out in the loaded language."""
    from datetime import date

    from supple.core import wording
    from supple.core.history.records import Side
    from supple.core.wording import MONTH
    from supple.qt.calftest.screen import LegResult, summary
    from supple.qt.history.activity_grid import weekday_labels
    from supple.qt.platform.single_instance import Request
    from supple.qt.reminders_dialog import day_labels
    from supple.qt.report import charts

    shutil.copy(update_translations.COMPILED, tmp_path)
    _catalogue(tmp_path, "de", {
        "Left": "Links", "{side}: {raises}": "{side}: {raises}",
        "%n raise(s)": ("%n Hebung", "%n Hebungen"), "pain during": "Schmerz währenddessen",
        "not a request of this version of Supple": "keine Anfrage dieser Version von Supple"})
    german = QLocale("de_DE")
    installed = install_translators(qapp, german, tmp_path)
    try:
        assert summary(LegResult(Side.LEFT, 1, 1)) == "Links: 1 Hebung"
        assert summary(LegResult(Side.LEFT, 20, 20)) == "Links: 20 Hebungen"
        assert tr(charts.DURING.label) == "Schmerz währenddessen"
        short = QLocale.FormatType.ShortFormat
        assert day_labels() == tuple(german.dayName(n, short) for n in range(1, 8))
        assert [name for _, name in weekday_labels()] == [
            german.dayName(n, short) for n in (1, 3, 5, 7)]
        assert wording.date_text(date(2026, 10, 5), MONTH) == german.monthName(10, short)
        with pytest.raises(ValueError, match=r"^keine Anfrage dieser Version von Supple$"):
            Request.from_line(b'{"supple": 0}')  # the core's tr, for a start without Qt
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
    wording.install_date_formatter(None)  # as install_translators does before a catalogue
    assert day_labels()[0] == "Mon"  # English again, whatever the system's locale
    assert summary(LegResult(Side.RIGHT, 1, 1)) == "Right: 1 raise"


def test_the_core_without_a_catalogue_counts_as_the_english_catalogue_does() -> None:
    """The terminal in English loads no catalogue: its counts must read exactly as the
    window's, which come from supple_en.qm."""
    import html
    import re

    from PySide6.QtCore import QTranslator

    from supple.core import wording

    english = QTranslator()
    assert english.load(str(update_translations.COMPILED))
    text = update_translations.CATALOGUE.read_text(encoding="utf-8")
    sources = [html.unescape(m) for m in re.findall(
        r'<message numerus="yes">\s*<source>(.*?)</source>', text, re.DOTALL)]
    assert len(sources) > 16
    differ = [(source, n) for source in sources for n in (0, 1, 2, 21)
              if english.translate("", source, None, n).replace("%n", str(n))
              != wording.english(source, None, n)]
    assert not differ, differ
