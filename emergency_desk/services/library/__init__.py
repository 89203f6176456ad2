"""法规库 and 典型案例库 (issue 16), and the one-file-per-record helper they share with the
防汛责任书 scan."""
