"""The progress report on paper: the PDF and the print preview, drawn with Qt alone.

``charts`` (the ratings, the weeks' sessions and the calf tests, painted as vectors with a
distinct pen and marker per line), ``document`` (the report as a QTextDocument laid out for
a page device, and the page loop with its footer), ``pdf`` (A4 or Letter, to bytes or a
file) and ``preview`` (the period dialog and Qt's print preview, from the history window).
The content comes whole from :mod:`supple.core.report`; nothing here computes a figure.

May import: ``supple.core`` and PySide6 (QtGui, QtWidgets, QtPrintSupport); no screen.
"""
