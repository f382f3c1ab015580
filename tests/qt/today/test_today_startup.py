"""Start-up with a programme under way: Today is painted first, from its index, before the
programme model, the coach or the history are imported (as the library is painted from its
own index). Speed itself is measured in benches/bench_today.py."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

from supple.core.paths import AppPaths
from supple.qt.today.summary import ItemLine, PlanLine, TodayIndex, TodaySummary, write_index
from supple.qt.today_controller import index_path

HEAVY = ("yaml", "pydantic", "sqlite3", "supple.core.programmes.model", "supple.core.coach",
         "supple.core.history.store", "supple.qt.today.gather", "supple.qt.today.enrol")

CHILD = textwrap.dedent("""
    import json, os, sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    app = QApplication(sys.argv[:1])
    from supple.core.paths import AppPaths
    from supple.qt.app import run_app
    seen = {}
    def shown():
        window = [w for w in QApplication.topLevelWidgets() if hasattr(w, "catalog")][0]
        seen["visible"] = window.isVisible()
        seen["screen"] = type(window.stack.currentWidget()).__name__
        seen["title"] = window.today.view.title.text()
        seen["loaded"] = sorted(m for m in json.loads(sys.argv[1]) if m in sys.modules)
        app.quit()
    QTimer.singleShot(0, shown)
    run_app(AppPaths.resolve(os.environ["SUPPLE_DATA_DIR"]))
    print(json.dumps(seen))
    """)


def start(data: Path) -> dict[str, object]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("COVERAGE_PROCESS_")}
    env.update({"QT_QPA_PLATFORM": "offscreen", "SUPPLE_DATA_DIR": str(data),
                "QT_LOGGING_RULES": "*.warning=false;*.info=false"})
    out = subprocess.run([sys.executable, "-c", CHILD, json.dumps(HEAVY)], env=env,
                         capture_output=True, text=True, timeout=120, check=True)
    result: dict[str, object] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def test_today_is_painted_first_from_its_index_before_the_heavy_parts(tmp_path: Path) -> None:
    (tmp_path / "settings.json").write_text(json.dumps({"muted": True}))
    first = start(tmp_path)  # writes the library's index; no programme yet
    assert first["visible"] and first["screen"] == "LibraryView"
    today = date.today()
    plan = PlanLine("u1", "alfredson", "Left Achilles", "Alfredson heel drops, 12 weeks", "",
                    False, 2, 12, None, "3 × 15 reps", None, 3, 14,
                    (ItemLine("alfredson-heel-drops", "Heel drops", "morning", "07:30", "due"),))
    assert write_index(index_path(AppPaths.resolve(tmp_path)),
                       TodayIndex(TodaySummary(today, (plan,)), None)) is None
    again = start(tmp_path)
    assert again["visible"] and again["screen"] == "TodayView"
    assert again["title"] == f"Today · {today.strftime('%A %-d %B')}"
    assert again["loaded"] == []
