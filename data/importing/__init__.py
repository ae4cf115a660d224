"""Importing partners' CSV and Excel files (and CBS fetches) into the store.

One module per job:

- :mod:`~data.importing.spec`: the fact tables, each declared once (columns, types, key, scope);
- :mod:`~data.importing.limits`: the bounds on one import;
- :mod:`~data.importing.files` and :mod:`~data.importing.xlsx`: reading a CSV or XLSX into tables;
- :mod:`~data.importing.sheets`: which kind of table a sheet is, and its columns;
- :mod:`~data.importing.parsing`: one cell as a number, year, name or code;
- :mod:`~data.importing.rows`: the row checks, and the checked rows as frames;
- :mod:`~data.importing.issues`: what is reported, bounded;
- :mod:`~data.importing.worker`: large uploads checked in a process of their own;
- :mod:`~data.importing.plan`: what an import would do (analysis and preview);
- :mod:`~data.importing.commit` and :mod:`~data.importing.undo`: writing it, and taking it back;
- :mod:`~data.importing.report` and :mod:`~data.importing.cli`: the report, and the command line.

A co-creation proposal is checked by the same rows (``data.cocreation`` builds them from
the form and calls :func:`~data.importing.plan.analyse_tables`).

Which store the app opens (demo or imported data) is decided in :mod:`data.store`.
"""
