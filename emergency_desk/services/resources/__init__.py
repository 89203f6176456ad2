"""Resources found in the field (issue 16): 避难场所 (`shelters`) and 隐患点 (`hazards`).

Kept apart from services/township (the office's own organisation) because these registers
describe places and people outside the office, are used together (a hazard point names the
shelter its people move to; a shelter serves villages) and are what a county inspector walks
to. Each register is one module; phones are checked as the township registers check them.
"""
