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
from supple.core.wording import tr


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    export = sub.add_parser("export", help=tr("write a routine to share: a .yaml, or a .zip "
                                              "with its own pictures"))
    export.add_argument("routine", metavar="ROUTINE",
                        help=tr("a routine id, name, or YAML file"))
    export.add_argument("-o", "--output", metavar="FILE", type=Path, required=True,
                        help=tr("the file to write, ending in .yaml or .zip (never replaced)"))
    imported = sub.add_parser("import", help=tr("add a shared routine (.yaml or .zip) to your "
                                                "routines"))
    imported.add_argument("file", metavar="FILE", type=Path)
    imported.add_argument("--rename", action="store_true",
                          help=tr("if its name or a picture's is taken, add it under a new "
                                  "one (e.g. 'Calf care (2)') instead of refusing"))


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
        return _fail(Fault(EXIT_INVALID, tr("supple: cannot export {routine}: {why}").format(
            routine=repr(found.routine.name), why=exc)))
    except OSError as exc:
        return _fail(Fault(EXIT_INVALID, tr("supple: cannot write {file}: {why}; nothing was "
                                            "written").format(file=args.output,
                                                              why=exc.strerror or exc)))
    if exported.pictures:
        done = tr("Exported {routine} to {file}, with its %n own picture(s) ({pictures}).",
                  None, len(exported.pictures)).format(
                      routine=repr(found.routine.name), file=exported.target,
                      pictures=", ".join(exported.pictures))
    else:
        done = tr("Exported {routine} to {file}.").format(routine=repr(found.routine.name),
                                                          file=exported.target)
    out.write(shown(done) + "\n")
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
        return _fail(Fault(EXIT_INVALID, _lines(exc.problems) + "\n"
                           + tr("supple: {file} was not imported").format(file=args.file)))
    catalog = _catalog(paths)
    try:
        installed = install_shared(
            shared, paths.routines, taken_ids={c.id for c in catalog.cards},
            taken_names={c.name for c in catalog.cards}, images_dir=images_dir(),
            rename=args.rename)
    except Clash as exc:
        return _fail(Fault(EXIT_INVALID, f"supple: {args.file}: {exc}"))
    except FileExistsError as exc:  # made meanwhile by another program
        return _fail(Fault(EXIT_INVALID, tr("supple: {why}; nothing was imported. Run the "
                                            "command again").format(why=exc)))
    except OSError as exc:
        return _fail(Fault(EXIT_READ_ONLY, tr("supple: cannot add the routine to {folder}: "
                                              "{why}; nothing was imported").format(
                                                  folder=paths.routines,
                                                  why=exc.strerror or exc)))
    _say(out, tr("Imported {routine} as {id}: {file}").format(
        routine=repr(installed.name), id=installed.id, file=installed.path))
    if installed.renamed_from is not None:
        _say(out, "  " + tr("renamed from {name}: a routine of that name is in the library "
                            "already").format(name=repr(installed.renamed_from)))
    if installed.id_from is not None:
        _say(out, "  " + tr("its id {old} is taken in the library, so it is {new} here").format(
            old=installed.id_from, new=installed.id))
    for old, new in installed.pictures_renamed.items():
        _say(out, "  " + tr("its picture {old} was added as {new}: a different {old} is there "
                            "already").format(old=old, new=new))
    written = [p for p in installed.pictures if p not in installed.pictures_renamed.values()]
    if written:
        _say(out, "  " + tr("with its pictures: {pictures}").format(pictures=", ".join(written)))
    for problem in picture_warnings(load_path(installed.path), installed.path, images_dir()):
        print(shown(str(problem)), file=sys.stderr)
    return EXIT_OK


def _say(out: TextIO, text: str) -> None:
    out.write(shown(text) + "\n")
