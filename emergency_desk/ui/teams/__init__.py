"""The 救援队伍 page (page): team, member and equipment tables, their record actions and the
team, member, certificate and equipment dialogs."""
