"""Pages that belong to no single register: the dashboard (工作台), reports, recycle bin, audit
log, settings and users."""
