"""Period summaries (issue 16): `report summary --period YYYY-MM | YYYY-Qn | YYYY`.

Its own package because it reads every register and belongs to none of them: `period.py`
turns the --period text into dates, `counts.py` counts what the registers held at the end of
the period and what changed within it.
"""
