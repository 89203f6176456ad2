"""Exchange packages (上报包, issue 19): a township's whole database as one file for the county,
merged there record by record; the county's merged package sent back down.

package.py reads and writes the file (zip, manifest, SHA-256 per part); scope.py says which
tables travel and who this office is; export.py writes a package; merge.py merges one;
conflicts.py lists and settles what both sides changed. No Qt, no SQLite-only SQL: the county
may run on PostgreSQL.
"""
