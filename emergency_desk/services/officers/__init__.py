"""灾害信息员 register: posts held by people in regions with A/B posts (officers), training events
and attendance (trainings), and the roster and coverage view (views)."""
