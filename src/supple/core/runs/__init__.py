"""Runs read from the files a watch or phone exports: GPX, TCX and FIT.

What lives here: :class:`ParsedRun` (a run's start in UTC, its timer time, its distance, the
format and file it came from, and ``source_key`` for finding it again), :func:`read_runs` (one
file, of a kind told by its content, to its runs), :func:`import_runs` (several files: the new
runs, the duplicates and one problem per bad file) and :func:`drop_duplicates` (what counts as
the same run is in ``duplicates.py``). A bad file gives :class:`RunFileError`, which names the
file and, for XML, the line; nothing of a bad file is returned.

It is pure and stores nothing: the history keeps runs, the command line and the screens call
this. It may import the standard library, ``fitdecode`` and the core's base modules
(``safe_read``, ``problems``), nothing else of Supple (an import-linter contract holds it).

The parsers, chosen against what PyPI offers (December 2026):

- FIT: ``fitdecode`` (MIT, pure Python, no dependencies, 110 KB wheel; 0.11.0 of August 2025,
  one maintainer, releases since 2018). It checks both CRCs, raises on what it cannot decode,
  and reads chained files. Garmin's own ``garmin-fit-sdk`` is better kept (monthly releases)
  but under Garmin's FIT Protocol License: not open source, with confidentiality, termination
  ("delete all copies") and no-benchmarking terms that an MIT app cannot pass on to its users.
  ``fitparse`` has had no release since 2020. ``fit-tool`` (BSD, reads and writes, 500 KB)
  is a community fork, in beta, of a package its author removed from PyPI.
- GPX and TCX: the standard library's expat, driven by ``xml_events.py`` with the settings
  that make it safe (no entity declarations, no external entities; the size bounded by
  ``safe_read``). Each reader wants a handful of elements, which a streaming reader gives in
  a few dozen lines with the line of each. ``gpxpy`` (Apache-2.0, last release November 2023)
  would add little for that and brings what we would have to work around: it decodes bytes
  as UTF-8 only, switches to ``lxml`` when that happens to be installed, registers namespaces
  in ElementTree's global table, keeps no line numbers, and would need a second, defused
  parse first. ``tcxreader`` (MIT) only opens a path itself, which would bypass
  ``safe_read`` (a FIFO would hang it); ``python-tcxparser`` needs ``lxml`` (several MB of C)
  and ``python-dateutil`` for three values. ``defusedxml`` (PSF licence, last release 2021)
  sets the same expat handlers as ``xml_events.py`` does, but its ElementTree API builds the
  whole tree and gives no element lines, so it would be a dependency for ten lines.
"""

from supple.core.runs.duplicates import drop_duplicates
from supple.core.runs.reader import MAX_RUN_FILE_BYTES, RunImport, import_runs, read_runs
from supple.core.runs.run import ParsedRun, RunFileError, run_key

__all__ = [
    "MAX_RUN_FILE_BYTES", "ParsedRun", "RunFileError", "RunImport", "drop_duplicates",
    "import_runs", "read_runs", "run_key",
]
