"""The township's own machinery (issue 16): 领导小组 (`leaders`) and 值班 (`duty`).

One sub-package rather than one per register because these registers describe the same thing
— how a township office is organised (六有 有班子 and 有机制) — share the township choice and the
"name and phone as the office writes them" shape, and are small. Registers of resources found
in the field (shelters, hazard points, experts, contacts) belong in a package of their own.
"""
