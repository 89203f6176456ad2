"""Pages of the resources outside the office: 避险转移 (field_page: 避难场所, 隐患点) and
联络网与专家库 (network_page), with their forms (dialogs, network_dialogs)."""
