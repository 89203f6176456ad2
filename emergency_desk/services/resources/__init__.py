"""Resources outside the office (issue 16): 避难场所 (`shelters`), 隐患点 (`hazards`),
专家库 (`experts`) and 应急联络网 (`contacts`).

Kept apart from services/township (the office's own organisation) because these registers
describe places and people outside the office, are used together (a hazard point names the
shelter its people move to; a shelter serves villages) and are what a county inspector walks
to or rings; the expert pool and the contact network are two of 一网五库. Each register is
one module; phones are checked as the township registers check them.
"""
