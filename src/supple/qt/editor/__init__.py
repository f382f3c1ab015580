"""The routine editor window: the YAML text, live checking and a preview.

``window`` assembles the parts and lays them out: ``code_edit`` (the text, its line numbers and
problem marks), ``problems`` (the list under it), ``preview`` (the routine as it will run),
``file_keeper`` (opening, saving, drafts, changes made outside), ``compare``, ``message_bar``
and ``lists``. Another view of the same text (a form) shares one ``FileKeeper``.

May import: ``supple.core``, ``supple.qt.widgets``, ``supple.qt.theme``.
"""
