"""One look for every window: colours, type scale and the stylesheet, light and dark.

Widgets never hard-code colours or point sizes; they set an ``objectName`` or a ``role``
property that the stylesheet below styles, so the theme and text-size settings apply everywhere.
Calm by design: one accent colour, generous spacing, large type where it must be read from afar.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from supple.core.resources import asset_path
from supple.core.settings import Theme


@dataclass(frozen=True)
class Colors:
    window: str
    card: str
    text: str
    muted: str
    accent: str  # work / start
    rest: str  # rest and switch
    ready: str  # lead-in
    track: str  # empty part of progress bars
    focus: str
    on_accent: str  # text on an accent fill
    check_mark: str = "check-light.svg"  # in assets/ui: a tick drawn in on_accent


def contrast(a: str, b: str) -> float:
    """The WCAG 2 contrast ratio of two colours, from 1 to 21."""

    def luminance(hex_color: str) -> float:
        q = QColor(hex_color)
        channels = [q.redF(), q.greenF(), q.blueF()]
        r, g, b = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


LIGHT = Colors(window="#f4f1ec", card="#ffffff", text="#1f2a30", muted="#5d6b73",
               accent="#c84a24", rest="#2f7f9e", ready="#8a5f00", track="#e2ddd5",
               focus="#2f7f9e", on_accent="#ffffff")
DARK = Colors(window="#171c1f", card="#222a2f", text="#eef1f2", muted="#a3b0b7",
              accent="#ff7a50", rest="#5bb4d6", ready="#e7b24a", track="#33404a",
              focus="#5bb4d6", on_accent="#1b1410", check_mark="check-dark.svg")


def is_dark(theme: Theme) -> bool:
    if theme is Theme.DARK:
        return True
    if theme is Theme.LIGHT:
        return False
    hints = QGuiApplication.styleHints()
    from PySide6.QtCore import Qt

    return bool(hints.colorScheme() == Qt.ColorScheme.Dark)


def colors_for(theme: Theme) -> Colors:
    return DARK if is_dark(theme) else LIGHT


def apply_theme(app: QApplication, theme: Theme, text_scale: float = 1.0, *,
                style_sheet: bool = True) -> Colors:
    """Style the whole application; returns the colours in use. With ``style_sheet=False``
    only the palette and the font are set, and :func:`apply_style_sheet` follows once the
    widgets exist (a style sheet in place while widgets are built is worked out again for
    every widget added)."""
    c = colors_for(theme)
    app.setStyle("Fusion")  # untranslated: Qt's style's name
    role = QPalette.ColorRole
    pal = QPalette()
    for which, colour in ((role.Window, c.window), (role.AlternateBase, c.window),
                          (role.Base, c.card), (role.Button, c.card),
                          (role.ToolTipBase, c.card), (role.Text, c.text),
                          (role.WindowText, c.text), (role.ButtonText, c.text),
                          (role.ToolTipText, c.text), (role.Highlight, c.accent),
                          (role.HighlightedText, c.on_accent),
                          (role.PlaceholderText, c.muted)):
        pal.setColor(which, QColor(colour))
    app.setPalette(pal)
    font = app.font()
    font.setPointSizeF(_base_pt(text_scale))
    app.setFont(font)
    if style_sheet:
        apply_style_sheet(app, theme, text_scale)
    return c


def apply_style_sheet(app: QApplication, theme: Theme, text_scale: float = 1.0) -> None:
    app.setStyleSheet(stylesheet(colors_for(theme), _base_pt(text_scale)))


def _base_pt(text_scale: float) -> float:
    return 11.0 * text_scale


def stylesheet(c: Colors, base_pt: float) -> str:
    def pt(factor: float) -> str:
        return f"{base_pt * factor:.1f}pt"

    check = asset_path(f"ui/{c.check_mark}").as_posix()

    # untranslated: a style sheet
    return f"""
    QWidget {{ color: {c.text}; }}
    QMainWindow, QDialog {{ background: {c.window}; }}
    *[role="card"] {{ background: {c.card}; border-radius: 14px; }}
    *[role="alert"] {{ background: {c.card}; border: 2px solid {c.accent};
                      border-radius: 14px; }}
    *[role="title"] {{ font-size: {pt(1.9)}; font-weight: 600; }}
    *[role="heading"] {{ font-size: {pt(1.25)}; font-weight: 600; }}
    *[role="muted"] {{ color: {c.muted}; }}
    *[role="chip"] {{ color: {c.muted}; font-size: {pt(0.9)}; }}
    QPushButton {{ background: {c.card}; border: 2px solid {c.track}; border-radius: 10px;
                   padding: 7px 15px; }}
    QPushButton:hover {{ border-color: {c.muted}; }}
    QPushButton:focus, QToolButton:focus, QLineEdit:focus, QListView:focus, QTreeView:focus,
    QComboBox:focus, QSlider:focus, QCheckBox:focus, QSpinBox:focus, QDoubleSpinBox:focus,
    QTableView:focus, QPlainTextEdit:focus {{
        outline: none; border: 2px solid {c.focus}; }}
    QPushButton:disabled, QAbstractSpinBox:disabled, QComboBox:disabled, QCheckBox:disabled,
    QLabel:disabled, QMenu::item:disabled {{ color: {c.muted}; }}
    QPushButton:disabled {{ background: {c.window}; border-color: {c.track}; }}
    QCheckBox {{ spacing: 0.5em; }}
    QCheckBox::indicator {{ width: 1.1em; height: 1.1em; border: 2px solid {c.muted};
                           border-radius: 5px; background: {c.card}; }}
    QCheckBox::indicator:hover {{ border-color: {c.text}; }}
    QCheckBox::indicator:checked {{ background: {c.accent}; border-color: {c.accent};
                                   image: url({check}); }}
    QCheckBox::indicator:disabled {{ border-color: {c.track}; }}
    QCheckBox::indicator:checked:disabled {{ background: {c.track}; }}
    QPushButton[role="scale"] {{ padding: 5px 1px; min-width: 30px; }}
    QPushButton[role="scale"]:checked {{ background: {c.accent}; color: {c.on_accent};
                                        border-color: {c.accent}; }}
    QPushButton[role="scale"]:checked:focus {{ border-color: {c.focus}; }}
    QPushButton[role="primary"] {{ background: {c.accent}; color: {c.on_accent};
                                  border: 3px solid {c.accent}; font-weight: 600;
                                  padding: 8px 20px; }}
    QPushButton[role="primary"]:focus {{ border: 3px solid {c.focus}; }}
    QPushButton[role="primary"]:disabled {{ background: {c.track}; color: {c.muted};
                                           border-color: {c.track}; }}
    QToolButton {{ background: transparent; border: 2px solid transparent; border-radius: 10px;
                   padding: 6px; }}
    QToolButton:hover {{ background: {c.track}; }}
    QLineEdit {{ background: {c.card}; border: 1px solid {c.track}; border-radius: 10px;
                 padding: 8px 12px; }}
    QTreeView, QListView, QTableView {{ background: {c.card}; border: none; border-radius: 12px;
                                        padding: 4px; }}
    QTreeView::item, QListView::item {{ padding: 6px 4px; }}
    QProgressBar {{ background: {c.track}; border: none; border-radius: 4px; max-height: 8px;
                    text-align: center; }}
    QProgressBar::chunk {{ background: {c.accent}; border-radius: 4px; }}
    QSplitter::handle {{ background: transparent; }}
    QScrollArea {{ background: transparent; border: none; }}
    {player_stylesheet(c)}
    """


def _rgba(hex_color: str, alpha: float) -> str:
    q = QColor(hex_color)
    return f"rgba({q.red()}, {q.green()}, {q.blue()}, {round(alpha * 255)})"


def player_stylesheet(c: Colors) -> str:
    """The player's colours: ``tint`` (work / rest / ready) follows the segment kind and
    ``flash`` is the brief visual twin of a sound cue. Font sizes are set by the player itself,
    scaled to the window, so these rules never set one."""
    tints = {"work": c.accent, "rest": c.rest, "ready": c.ready}
    # untranslated: the style sheet's rules, here and below
    rules = [f'*[tint="{k}"] {{ color: {v}; }}' for k, v in tints.items()]
    rules += [f'QProgressBar[tint="{k}"]::chunk {{ background: {v}; }}'  # untranslated: style
              for k, v in tints.items()]
    rules += [  # untranslated: style
        f'QLabel[flash="on"][tint="{k}"] {{ background: {_rgba(v, 0.16)}; }}'
        for k, v in tints.items()
    ]
    # untranslated: style-sheet rules
    rules += [
        'QLabel[role="countdown"] { border-radius: 24px; }',
        'QProgressBar[role="step-bar"] { min-height: 12px; max-height: 12px; border-radius: 6px; }',
        'QProgressBar[role="step-bar"]::chunk { border-radius: 6px; }',
        f'QWidget[role="player-overlay"] {{ background: {_rgba(c.window, 0.88)}; }}',
        f'QFrame[role="player-controls"] {{ background: {c.card}; border-radius: 16px; }}',
        'QToolButton[role="player-control"] { padding: 8px; }',
        f'QWidget[role="mini"] {{ background: {c.card}; border: 1px solid {c.muted}; }}',
        f'QToolButton[role="player-control"]:checked {{ background: {c.track}; }}',
    ]
    return "\n    ".join(rules)
