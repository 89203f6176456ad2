"""The 灾害信息员 page (page) with the officer form and coverage view, and the 培训 page
(trainings_page) with its attendance picker."""
