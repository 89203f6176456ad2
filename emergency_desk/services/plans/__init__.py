"""应急预案 register: plans and revisions (plans), attachments, drills and the annual drill plan,
leadership groups and the 六有 scorecard (six_have), and the lists read from them (views)."""
