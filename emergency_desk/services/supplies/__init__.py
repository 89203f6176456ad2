"""应急物资 register: warehouses and the catalogue (supplies), movements (stock), stocktakes and
batch upkeep (batches), quotas and agreement reserves (quota), lists read from them (views)."""
