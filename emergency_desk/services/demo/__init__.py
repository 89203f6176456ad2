"""The demo county (仿黟县): regions and the order of the steps (county), then one module per
register filling it with realistic, realistically incomplete records."""
