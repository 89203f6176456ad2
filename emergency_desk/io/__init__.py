"""Excel import/export engine: normalisers, header detection, reading, register specs.

No Qt here (docs/design.md §5): the window's import wizard and the CLI both call `importer`,
`exporter` and `template`.
"""
