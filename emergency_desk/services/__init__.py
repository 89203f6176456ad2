"""Services: one module per register plus the checks engine. No Qt here.

Services own short transactions (`with db.begin() as s:`) and return plain dataclass rows, never
ORM objects, so the window and the reports never hold a session open.
"""
