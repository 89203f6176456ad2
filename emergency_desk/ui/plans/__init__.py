"""The 应急预案 page (page): plan list and its tabs, drills, the annual drill plan, 六有 and the
plan, revision, evaluation and drill dialogs."""
