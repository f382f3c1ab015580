"""``supple export ROUTINE -o FILE`` and ``supple import FILE [--rename]``: routines shared as
one file (:mod:`supple.core.routines.sharing`).

Export writes a ``.yaml``, or a ``.zip`` with the routine's own pictures, and never replaces a
file. Import checks the whole file first (a zip as hostile input, the routine through the real
loader) and ends with exit 1 and the reason for an invalid file, and for a routine or a
picture that would replace or hide one in the library, unless ``--rename`` is given. Every
text from the file goes through :func:`supple.cli.terminal.shown`.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TextIO

from supple.cli.faults import EXIT_INVALID, EXIT_OK, EXIT_READ_ONLY, Fault
from supple.cli.terminal import shown
from supple.core.paths import AppPaths
from supple.core.problems import Problem, RoutineError


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    export = sub.add_parser("export", help="write a routine to share: a .yaml, or a .zip "
                            "with its own pictures")
    export.add_argument("routine", metavar="ROUTINE", help="a routine id, name, or YAML file")
    export.add_argument("-o", "--output", metavar="FILE", type=Path, required=True,
                        help="the file to write, ending in .yaml or .zip (never replaced)")
    imported = sub.add_parser("import", help="add a shared routine (.yaml or .zip) to your "
                              "routines")
    imported.add_argument("file", metavar="FILE", type=Path)
    imported.add_argument("--rename", action="store_true",
                          help="if its name or a picture's is taken, add it under a new one "
                          "(e.g. 'Calf care (2)') instead of refusing")


def _lines(problems: list[Problem]) -> str:
    return "\n".join(str(p) for p in problems)


def _fail(fault: Fault) -> int:
    print(fault.text(), file=sys.stderr)
    return fault.code


def cmd_export(args: argparse.Namespace, paths: AppPaths, out: TextIO) -> int:
    from supple.cli.main import resolve_routine
    from supple.core.routines.sharing import ExportError, export_routine

    found = resolve_routine(args.routine, paths)
    if isinstance(found, Fault):
        return _fail(found)
    try:
        exported = export_routine(found.path, args.output)
    except RoutineError as exc:  # changed since it was read
        return _fail(Fault(EXIT_INVALID, _lines(exc.problems)))
    except ExportError as exc:
        return _fail(Fault(EXIT_INVALID, f"supple: cannot export {found.routine.name!r}: {exc}"))
    except OSError as exc:
        return _fail(Fault(EXIT_INVALID, f"supple: cannot write {args.output}: "
                           f"{exc.strerror or exc}; nothing was written"))
    pictures = (f", with its {len(exported.pictures)} own picture"
                f"{'s' if len(exported.pictures) > 1 else ''} ({', '.join(exported.pictures)})"
                if exported.pictures else "")
    out.write(shown(f"Exported {found.routine.name!r} to {exported.target}{pictures}.") + "\n")
    return EXIT_OK


def cmd_import(args: argparse.Namespace, paths: AppPaths, out: TextIO) -> int:
    from supple.cli.main import _catalog
    from supple.core.resources import images_dir
    from supple.core.routines.loader import load_path
    from supple.core.routines.picture_check import picture_warnings
    from supple.core.routines.shared_file import ShareError, read_shared
    from supple.core.routines.sharing import Clash, install_shared

    try:
        shared = read_shared(args.file)
    except ShareError as exc:
        return _fail(Fault(EXIT_INVALID, _lines(exc.problems) + f"\nsupple: {args.file} was "
                           "not imported"))
    catalog = _catalog(paths)
    try:
        installed = install_shared(
            shared, paths.routines, taken_ids={c.id for c in catalog.cards},
            taken_names={c.name for c in catalog.cards}, images_dir=images_dir(),
            rename=args.rename)
    except Clash as exc:
        return _fail(Fault(EXIT_INVALID, f"supple: {args.file}: {exc}"))
    except FileExistsError as exc:  # made meanwhile by another program
        return _fail(Fault(EXIT_INVALID, f"supple: {exc}; nothing was imported. Run the "
                           "command again"))
    except OSError as exc:
        return _fail(Fault(EXIT_READ_ONLY, f"supple: cannot add the routine to "
                           f"{paths.routines}: {exc.strerror or exc}; nothing was imported"))
    _say(out, f"Imported {installed.name!r} as {installed.id}: {installed.path}")
    if installed.renamed_from is not None:
        _say(out, f"  renamed from {installed.renamed_from!r}: a routine of that name is in "
             "the library already")
    if installed.id_from is not None:
        _say(out, f"  its id {installed.id_from} is taken in the library, so it is "
             f"{installed.id} here")
    for old, new in installed.pictures_renamed.items():
        _say(out, f"  its picture {old} was added as {new}: a different {old} is there already")
    written = [p for p in installed.pictures if p not in installed.pictures_renamed.values()]
    if written:
        _say(out, f"  with its pictures: {', '.join(written)}")
    for problem in picture_warnings(load_path(installed.path), installed.path, images_dir()):
        print(shown(str(problem)), file=sys.stderr)
    return EXIT_OK


def _say(out: TextIO, text: str) -> None:
    out.write(shown(text) + "\n")
