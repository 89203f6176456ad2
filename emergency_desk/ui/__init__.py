"""The PySide6 window: the application and main window, one sub-package per register (pages and
dialogs), shared widgets and pages; the only package that imports Qt."""
