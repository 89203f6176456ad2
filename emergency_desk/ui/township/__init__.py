"""The 乡镇应急 page (page): 领导小组, 值班表 and 值班记录 (tabs), 村(社区)应急管理员 and their
coverage (manager_tabs), and their forms (dialogs)."""
