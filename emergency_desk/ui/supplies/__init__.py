"""The 应急物资 page (page) with its tabs, forms and dialogs: stock and catalogue tabs, movements,
stocktake and stock card, category tree."""
