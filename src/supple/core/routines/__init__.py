"""Routines as the user writes them: the YAML format, its model, and the files.

``model`` (the validated routine), ``durations`` (durations as people say them), ``yaml_source``
(a YAML reader that keeps lines and columns), ``loader`` (file to routine, every problem with
its place), ``discovery`` (which files in a folder are routines), ``files`` (reading and
saving a routine file safely, new file names, copies), ``drafts`` (the editor's unsaved text),
``text_edits`` (edits that splice the text, so comments and layout survive), ``categories``,
``phases`` (a tempo phase as a word) and
``cue_choices``; for the form editor, ``document`` (a routine's text and its field edits, each
read back), ``step_edits`` and ``step_lists`` (the step list's operations), ``yaml_spans`` and
``yaml_write`` (where values are written, and how), ``typed_durations`` and ``step_summary``;
``picture_check`` (whether a picture is safe to draw), ``picture_copy`` (a picture of the
user's, checked and copied beside the routine) and ``removal`` (deleting a routine into a
backup folder, and bringing it back); for sharing, ``shared_file`` (a shared ``.yaml`` or
``.zip`` read as hostile input) and ``sharing`` (export, and adding a shared routine to the
library without overwriting anything).

May import: ``supple.core.problems``, ``supple.core.atomic_file``, ``supple.core.safe_read``
and ``supple.core.wording`` (``tr`` for every message a person reads); nothing else of
Supple.
"""
