"""PDF reports (reportlab) and charts (matplotlib); no Qt here.

`registry.generate_report(db, name, out, region)` is the one entry point for the CLI and the
window; `pdf.ReportDocument` is the builder every register's report uses.
"""
