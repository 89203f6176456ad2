"""The 行政区划 page (page): the region tree, search and filters, and the region form."""
