"""Test-wide setup: Qt offscreen, quiet optional-library warnings, and no real user data."""

from __future__ import annotations

import gc
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.symbolsresolver=false")


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory: pytest.TempPathFactory,
                       monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Every test writes under its own temporary folder, never the user's real one."""
    root = tmp_path_factory.mktemp("supple-data")
    monkeypatch.setenv("SUPPLE_DATA_DIR", str(root))
    monkeypatch.setenv("XDG_DATA_HOME", str(root / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(root / "xdg-config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(root / "xdg-cache"))
    yield root


@pytest.fixture(autouse=True)
def _core_wording_restored(_english_catalogue: None) -> Iterator[None]:
    """A test that gives the core's ``tr`` or ``date_text`` another language (a German
    catalogue, say) leaves the next test the ones it found (after the English catalogue, which
    stays)."""
    from supple.core import wording

    language = wording.language()
    translator = wording.install_translator(None)
    dates = wording.install_date_formatter(None)
    wording.install_translator(translator, language)
    wording.install_date_formatter(dates)
    yield
    wording.install_translator(translator, language)
    wording.install_date_formatter(dates)


@pytest.fixture(autouse=True)
def _english_catalogue(request: pytest.FixtureRequest) -> None:
    """Qt tests see the window's English as the app shows it: through the English catalogue
    (``1 step``, ``3 steps``), installed once on the test application as ``run_app`` does."""
    if "qtbot" not in request.fixturenames and "qapp" not in request.fixturenames:
        return
    app = request.getfixturevalue("qapp")
    if not app.property("supple-english"):
        from PySide6.QtCore import QLocale

        from supple.qt.i18n import install_translators

        install_translators(app, QLocale("en"))
        app.setProperty("supple-english", True)


@pytest.fixture(autouse=True)
def _garbage_collected_on_the_test_thread(request: pytest.FixtureRequest) -> Iterator[None]:
    """As in the app (supple.qt.platform.gui_gc): while a Qt test runs, Python's collector
    never runs on another thread (the history writer's, say), where it would destroy Qt
    objects caught in reference cycles; it collects on this thread once the test is over."""
    if "qtbot" not in request.fixturenames:
        yield
        return
    was_enabled = gc.isenabled()
    gc.disable()
    yield
    gc.collect()
    if was_enabled:
        gc.enable()


@pytest.fixture(scope="session")
def pulse(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    """A private PulseAudio with a silent null sink, shared by the tests that listen to real
    sound (see ``audio_server``). Skips only when PulseAudio is not installed; a server that
    is installed but will not start fails the tests."""
    from audio_server import PulseUnavailable, pulse_null_sink

    try:
        with pulse_null_sink(tmp_path_factory.mktemp("pulse")) as server:
            yield server
    except PulseUnavailable as exc:
        pytest.skip(str(exc))


@pytest.fixture
def text_scale(qtbot: object) -> Iterator[Callable[[float], None]]:
    """Sets the app's light theme at a text scale (as the Settings dialog would); puts the
    font, palette, style sheet and style back afterwards."""
    from PySide6.QtWidgets import QApplication

    from supple.core.settings import Theme
    from supple.qt.theme import apply_theme

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font, palette, sheet, style = app.font(), app.palette(), app.styleSheet(), app.style().name()

    def scale(factor: float) -> None:
        apply_theme(app, Theme.LIGHT, factor)

    yield scale
    app.setStyleSheet(sheet)
    app.setFont(font)
    app.setPalette(palette)
    app.setStyle(style)
