"""Every word a person reads goes through ``tr``: the walk of ``tests/untranslated_text.py``
over the whole of ``src/supple`` (core, command line and window) finds nothing, and the walk
itself tells words from keys."""

from __future__ import annotations

from pathlib import Path

from untranslated_text import untranslated, untranslated_in


def test_the_walk_names_file_and_line_of_each_untranslated_text(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        '"""A module docstring, words and all."""\n'              # 1: docstring
        'NOTE = "is missing its name"\n'                         # 2: words
        'KEY = "started_at"\n'                                   # 3: a key
        'def f(x):\n'                                            # 4
        '    """Words again."""\n'                               # 5: docstring
        '    log.warning("kept for the log %s", x)\n'            # 6: a log line
        '    raise ValueError(f"Step {x} has no name")\n'        # 7: shown
        '    raise TypeError("a programming error")\n'           # 8: for us
        '    return tr("Step {n} is fine").format(n="Rest")\n'   # 9: a word put into tr's text
        'SQL = "SELECT name FROM sessions WHERE id = ?"\n'       # 10: SQL
        'NAME = "Supple"  # untranslated: the app\'s name\n'     # 11: marked
        '# untranslated: folder names on disk\n'                 # 12
        'FOLDERS = ("deleted routines",\n'                       # 13: marked above
        '           "my pictures")\n'                            # 14
        'assert x, "never shown to anyone"\n'                    # 15: an assert's message
        'PATTERN = re.compile(r"Hold (\\d+) s")\n'               # 16: a regular expression
        'LABEL = QT_TR_NOOP("Warm-up")\n'                        # 17: marked for lupdate
        'WHEN = f"{day:%H:%M} Rest"\n'                           # 18: words outside the spec
        'AXIS = "sessions / week"\n'                            # 19: words apart by a sign
        'SOCKET = f"supple-{uid}-{n}.sock"\n',                  # 20: a file name, no space
        encoding="utf-8")
    found = list(untranslated(sample))
    assert all(entry.startswith(f"{sample}:") for entry in found)
    assert [entry.split(":")[1] for entry in found] == ["2", "7", "9", "18", "19"]


def test_every_word_a_person_reads_goes_through_tr() -> None:
    found = untranslated_in()
    assert not found, ("words a person reads that skip tr() (pass them through tr, or mark "
                       "them '# untranslated: why'):\n" + "\n".join(found))
