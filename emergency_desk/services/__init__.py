"""Services: one sub-package per register (supplies, teams, officers, plans, regions) with the
shared people, settings, users, audit log, search and recycle bin beside them, the checks engine
(checks/) and the demo county (demo/). No Qt here.

Services own short transactions (`with db.begin() as s:`) and return plain dataclass rows, never
ORM objects, so the window and the reports never hold a session open.
"""
