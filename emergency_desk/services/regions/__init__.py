"""行政区划 register: the region tree every other register hangs off (regions), and who still
points at a record before it may be deleted (references)."""
