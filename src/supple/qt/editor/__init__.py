"""The routine editor window: a form and the YAML text, one undo history, live checking and a
preview.

``window`` assembles the parts and lays them out: the two tabs, ``form_view`` (the form) and
``code_edit`` (the text, its line numbers and problem marks) with ``problems`` under it, both
editing one text through ``shared_undo`` (one ``QUndoStack`` for both; undoing every change
gives back the file's bytes); ``preview`` (the routine as it will run: beside the tabs, or a
third tab when the window is too narrow for both), ``file_keeper``
(opening, saving, drafts, changes made outside), ``layout_memory`` (the step list's share
above the form, kept between runs), ``compare``, ``message_bar`` and ``lists``.
The form is ``step_tree`` (the step list, dragged to reorder), ``routine_page``, ``step_form``
(a form per kind of step) on ``form_base`` and ``form_fields``, and ``picture_picker``.

May import: ``supple.core``, ``supple.qt.widgets``, ``supple.qt.theme``.
"""
