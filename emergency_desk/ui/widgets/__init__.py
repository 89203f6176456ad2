"""Widgets every register page shares: the register page frame and its actions, the lazy table
model, the generated form dialog and the Excel import wizard."""
