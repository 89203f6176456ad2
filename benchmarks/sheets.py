"""Sheets as offices write them, for every register the benchmarks import (issue 20).

Each register has a header and a row function; `write_sheet` wraps the rows the way a clerk's
workbook does: a title row above the header, a 序号 column, a column that maps to nothing
(所在村民小组), and 合计 / 填表人 footers. Month dates are written as text (1980.03), full
dates partly as text (2023.5.12) and partly as Excel dates, numbers partly as text.

Every row is a new record (its natural key is unique), so N rows import as N records.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

COUNTY = "黟县"
SURNAMES = "汪胡程叶余王李江舒孙方吴黄朱金章查许卢韩谢郑何项"
GIVEN = "建国志强华永红海涛立新卫东振晓燕丽秀英美玲春梅玉兰明德文"
WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


@dataclass
class County:
    """What the generated rows refer to: the county's regions and the records made first."""

    villages: list[tuple[str, str]]  # (township, village)
    teams: list[str] = field(default_factory=list)
    warehouses: list[str] = field(default_factory=list)
    # The rows of each register imported first (bench_imports.make_county), as written.
    setup: dict[str, list[list[Any]]] = field(default_factory=dict)

    @property
    def towns(self) -> list[str]:
        return list(dict.fromkeys(t for t, _ in self.villages))


def person_name(i: int) -> str:
    """A plausible name, different for every i below 27,000 (three given characters after)."""
    n, s = divmod(i, len(SURNAMES))
    n, g1 = divmod(n, len(GIVEN))
    n, g2 = divmod(n, len(GIVEN))
    return SURNAMES[s] + GIVEN[g1] + GIVEN[g2] + (GIVEN[n % len(GIVEN)] if n else "")


def born(i: int) -> date:
    return date(1960 + i % 37, 1 + i % 12, 1 + i % 28)


def id_card(i: int) -> str:
    """A valid 身份证号, unique for every i below 777,000 (born repeats every 3,108)."""
    first17 = f"341023{born(i):%Y%m%d}{i % 1000:03d}"
    total = sum(int(c) * w for c, w in zip(first17, WEIGHTS, strict=True))
    return first17 + "10X98765432"[total % 11]


def gender(i: int) -> str:
    return "男" if int(id_card(i)[16]) % 2 else "女"  # as the 身份证号 says (checked on import)


def mobile(i: int) -> str:
    return f"139{i:08d}"


def month(d: date) -> str:
    return f"{d:%Y.%m}"  # 1980.03: how offices write a month


def day(i: int, base: date = date(2018, 1, 1)) -> Any:
    """A date within 2,000 days of `base` (so day(i) < day(i + 30) needs i % 2000 < 1970)."""
    d = base + timedelta(days=i % 2000)
    return d if i % 2 else f"{d.year}.{d.month}.{d.day}"  # an Excel date, or 2023.5.12 as text


def place(c: County, i: int) -> tuple[str, str]:
    return c.villages[i % len(c.villages)]


# -- one function per register: header, then a row -----------------------------------------
def _officers(c: County, i: int) -> list[Any]:
    town, village = place(c, i)
    b = born(i)
    return [town, village, person_name(i), gender(i), month(b), id_card(i),
            mobile(i), "单岗", "村委委员", "兼职" if i % 4 else "专职",
            # Appointed 2010–2023, never before 18 (the import refuses a post before 16).
            f"{max(2010 + i % 14, b.year + 18)}.0{1 + i % 9}", "2024.05" if i % 2 else None,
            "备注" if i % 10 == 0 else None]


def _members(c: County, i: int) -> list[Any]:
    return [c.teams[i % len(c.teams)], person_name(i), gender(i),
            month(born(i)), id_card(i), mobile(i), "队员" if i % 10 else "副队长",
            "水上救援" if i % 5 == 0 else None, "民兵" if i % 2 else "志愿者",
            day(i, date(2025, 6, 1)), None, month(date(2015 + i % 9, 1 + i % 12, 1)),
            None, "碧阳镇农技站" if i % 7 == 0 else None]


def _trainings(c: County, i: int) -> list[Any]:
    # 40 attendees per training event, as a sign-in sheet lists them.
    ev = i // 40
    town, _ = place(c, ev)
    return [f"{town}灾害信息员业务培训（第{ev + 1}期）", day(ev), "乡镇", "业务培训",
            f"{town}人民政府", "4" if ev % 2 else 4, f"{town}会议室", "灾情报送",
            person_name(i), id_card(i), mobile(i), f"{town}人民政府", "村委委员",
            "合格", None, None, "灾害信息员"]


def _stock(c: County, i: int) -> list[Any]:
    items = (("折叠床", "张", "1"), ("棉被", "床", "2"), ("帐篷", "顶", "3"),
             ("救生衣", "件", "4"), ("手电筒", "个", "5"), ("矿泉水", "箱", "6"))
    name, unit, _ = items[i % len(items)]
    prod = date(2016 + i % 8, 1 + i % 12, 1)
    return [c.warehouses[i % len(c.warehouses)], name, None, f"{i % 5}号", unit,
            str(1 + i % 200) if i % 3 else 1 + i % 200, f"B{i:07d}", month(prod),
            month(date(prod.year + 5, prod.month, 1)), day(i), "中央" if i % 2 else "县级",
            None, 120.5 if i % 4 else None, None]


def _plans(c: County, i: int) -> list[Any]:
    town, village = place(c, i)
    kinds = ("防汛抗旱", "森林防火", "地质灾害", "危化品事故", "突发公共卫生")
    return [f"{village}{kinds[i % len(kinds)]}应急预案（{i + 1}）", "村(社区)",
            "自然灾害", f"{town}/{village}", f"{village}村委会",
            f"{village[:2]}〔{2018 + i % 7}〕{i % 90 + 1}号", "2023版", day(i % 1900), None,
            day(i % 1900 + 30), None, None, "3", "已发布", None, None, None, person_name(i)]


def _teams(c: County, i: int) -> list[Any]:
    town, village = place(c, i)
    return [f"{village}应急救援队" + (f"{i // len(c.villages) + 1}分队"
                                     if i >= len(c.villages) else ""),
            "综合性", "抢险", "村级", f"{town}/{village}", f"{town}人民政府",
            person_name(i), mobile(i), f"0559-{4500000 + i}", f"{village}村委会", 20,
            None, 30, day(i, date(2010, 1, 1)), "否", "在编", "志愿"]


def _warehouses(c: County, i: int) -> list[Any]:
    _, village = place(c, i)
    return [f"{village}应急物资储备点{i // len(c.villages) + 1}", "村(社区)储备点",
            village, f"{village}村委会", person_name(i), mobile(i), "40", None]


def _items(c: County, i: int) -> list[Any]:
    return [f"应急物资{i + 1:06d}", None, f"型号{i % 30}", "件", 36 if i % 2 else None,
            "是" if i % 3 else "否", None, "否"]


def _equipment(c: County, i: int) -> list[Any]:
    return [f"{('抽水泵', '发电机', '救生艇', '对讲机', '油锯')[i % 5]}", "工程抢险",
            # a team's pieces differ by team + name + spec whatever the number of teams
            f"型号{i // len(c.teams) + 1}", 1 + i % 4, "台", c.teams[i % len(c.teams)], "队部仓库",
            month(date(2015 + i % 9, 1 + i % 12, 1)), 8, None, day(i, date(2025, 1, 1)),
            "完好", f"ZB{i:07d}", None]


def _drills(c: County, i: int) -> list[Any]:
    town, village = place(c, i)
    return [f"{village}防汛转移演练（{i + 1}）", None, day(i), "实战", f"{town}人民政府",
            f"{village}村委会", 30 + i % 50, "达到预期", None, "已整改", None,
            f"{town}/{village}", None, None, None, "否"]


def _shelters(c: County, i: int) -> list[Any]:
    town, village = place(c, i)
    return [f"{village}避难场所{i + 1}", f"{town}/{village}", f"{village}小学", "紧急",
            "室内", "综合", 200 + i % 300, "1200", 800, person_name(i), mobile(i), day(i),
            village, "饮用水、照明", 117.9, 29.9, None]


def _hazards(c: County, i: int) -> list[Any]:
    town, village = place(c, i)
    return [f"{village}后山滑坡点{i + 1}", "滑坡", f"{town}/{village}", f"{village}组后山",
            3 + i % 10, "12", person_name(i), mobile(i), person_name(i + 7), mobile(i + 7),
            "沿村道转移至村委会", None, "在册", None]


def _contacts(c: County, i: int) -> list[Any]:
    town, village = place(c, i)
    return ["村(社区)", f"{village}村委会（{i + 1}）", f"{town}/{village}", "支部书记",
            person_name(i), f"0559-{4500000 + i}", mobile(i), day(i), None]


def _managers(c: County, i: int) -> list[Any]:
    town, village = place(c, i)
    return [town, village, person_name(i), id_card(i), mobile(i), "应急管理员兼网格员",
            "村委委员", day(i), None, None]


def _duty(c: County, i: int) -> list[Any]:
    towns = c.towns
    town = towns[i % len(towns)]
    d = date(2000, 1, 1) + timedelta(days=i // len(towns))  # one 全天 shift a day per township
    return [town, d if i % 2 else f"{d.year}.{d.month}.{d.day}", "全天", person_name(i),
            mobile(i), person_name(i + 11), mobile(i + 11), f"0559-{4500000 + i % 90}",
            "是" if i % 3 else "否", None]


def _pledges(c: County, i: int) -> list[Any]:
    town, village = place(c, i)
    # One pledge a village a year (年度 + 签订单位): a sheet of 1,000 rows goes back years.
    return [str(2026 - i // len(c.villages)), f"{town}/{village}", person_name(i),
            "村委会主任", day(i), f"{town}人民政府", None, None]


def _experts(c: County, i: int) -> list[Any]:
    return [person_name(i), "地质灾害防治", "高级工程师", "县自然资源局", mobile(i),
            "地灾组", "本县", "是", id_card(i), None]


def _leaders(c: County, i: int) -> list[Any]:
    towns = c.towns
    town = towns[i % len(towns)]
    return [town, f"{town}防汛抗旱指挥部", person_name(i), "成员", "办公室主任",
            mobile(i), f"0559-{4500000 + i}", f"{town[:2]}〔2024〕3号", day(0), None]


def _regulations(c: County, i: int) -> list[Any]:
    d = i % 1970  # day(d) < day(d + 30): past 1,970 rows the dates wrapped and were refused
    return [f"黄山市自然灾害应急预案管理办法（第{i + 1}号）", "黄山市人民政府",
            f"黄政〔{2010 + i % 15}〕{i + 1}号", day(d), day(d + 30), "现行有效",
            "规范性文件", "预案管理", None, None]


def _cases(c: County, i: int) -> list[Any]:
    town, village = place(c, i)
    return [f"{village}“{2010 + i % 15}·{1 + i % 12}”山洪灾害（{i + 1}）",
            month(date(2010 + i % 15, 1 + i % 12, 1)), f"{town}/{village}", f"{village}河段",
            "自然灾害", "山洪", "一般", "强降雨引发山洪，冲毁道路 200 米。", "短时强降雨",
            "转移群众 35 人", "县乡村三级联动", "提前预警", None, None, None, None, None]


def _regions(c: County, i: int) -> list[Any]:
    # New villages under the county's townships, as a township adds them: no code yet for
    # most (the code column is often blank until the statistics office assigns one).
    town = c.towns[i % len(c.towns)]
    return [None, f"{town[:2]}新村{i + 1}", "村", town, "是" if i % 3 == 0 else "否",
            str(800 + i % 900) if i % 2 else 800 + i % 900,
            "洪涝、地质灾害" if i % 3 == 0 else None, None]


def _category_code(i: int) -> str:
    """GB/T 38565 codes, parents first: the 297 中类 of the three 大类, then their 小类."""
    mids = 3 * 99
    if i < mids:
        return f"{1 + i % 3}{1 + i // 3:02d}"
    j = i - mids
    return f"{_category_code(j % mids)}{1 + j // mids:02d}"


def _categories(c: County, i: int) -> list[Any]:
    code = _category_code(i)
    return [code if i % 2 else int(code), f"物资分类{code}", "县级自定" if i % 5 == 0 else None]


def _equipment_standard(c: County, i: int) -> list[Any]:
    kinds = (("救生衣", "防护", "件"), ("抽水泵", "工程抢险", "台"), ("对讲机", "通信指挥", "部"),
             ("发电机", "照明动力", "台"), ("油锯", "攻坚", "台"))
    name, category, unit = kinds[i % len(kinds)]
    return [("县级", "乡镇级", "村级")[i % 3], "全部" if i % 2 else None,
            f"{name}（{i + 1}型）", category, str(2 + i % 20) if i % 2 else 2 + i % 20, unit,
            "《基层应急救援队伍建设标准》", None]


def _item(c: County, k: int) -> tuple[str, str]:
    rows = c.setup["items"]
    row = rows[k % len(rows)]
    return row[0], row[2]  # 物资名称, 规格型号


def _quotas(c: County, i: int) -> list[Any]:
    # Every warehouse gets a quota of the same items, item by item: unique pairs up to
    # warehouses × items (bench_imports sets up 1,000 items).
    n = len(c.warehouses)
    name, spec = _item(c, i // n)
    low = 10 + i % 90
    return [c.warehouses[i % n], name, spec, str(low) if i % 2 else low, low * 2,
            "县应急物资储备标准", None, "否", None]


def _agreements(c: County, i: int) -> list[Any]:
    # Five goods lines an agreement, its columns repeated on each line.
    a = i // 5
    town, _ = place(c, a)
    name, spec = _item(c, i)
    shop = ("粮油", "五金", "医药", "建材")[a % 4]
    return [f"{town}{shop}商行{a + 1}", f"XY{2024 + a % 3}-{a:05d}", town,
            day(a, date(2024, 1, 1)), day(a, date(2027, 1, 1)), person_name(a),
            mobile(a), 12, name, spec, 50 + i % 100, None]


def _certificates(c: County, i: int) -> list[Any]:
    # The members set up first, each with several certificates (bench_imports: 1,000 of them).
    p = i % len(c.setup["members"])
    return [person_name(p), id_card(p), mobile(p),
            ("救生员证", "红十字救护员证", "电工证", "无人机操控员证", "潜水员证")[i % 5],
            f"ZS{i:08d}", day(i), day(i, date(2026, 6, 1)), None]


@dataclass(frozen=True)
class Sheet:
    headers: tuple[str, ...]
    row: Callable[[County, int], list[Any]]
    needs: tuple[str, ...] = ()  # registers whose records the rows refer to


SHEETS: dict[str, Sheet] = {
    "officers": Sheet(("乡镇", "村(社区)", "姓名", "性别", "出生日期", "身份证号", "手机号码",
                       "岗位", "本职职务", "专兼职", "任职日期", "最近培训日期", "备注"),
                      _officers),
    "members": Sheet(("队伍名称", "姓名", "性别", "出生日期", "身份证号", "手机号码",
                      "队内职务", "专业特长", "人员来源", "保险有效期", "备注", "入队日期",
                      "离队日期", "工作单位"), _members, ("teams",)),
    "trainings": Sheet(("培训名称", "培训日期", "层级", "培训类型", "组织单位", "学时", "地点",
                        "培训内容", "姓名", "身份证号", "手机号码", "单位", "职务", "培训结果",
                        "证书编号", "备注", "培训对象"), _trainings),
    "stock": Sheet(("仓库", "物资名称", "分类编码", "规格型号", "计量单位", "数量", "批号",
                    "生产日期", "有效期至", "入库日期", "资金来源", "存储方式", "单价", "备注"),
                   _stock, ("warehouses",)),
    "plans": Sheet(("预案名称", "预案类型", "事件类别", "所属区划", "编制单位", "文号", "版本",
                    "印发日期", "专家评审日期", "备案日期", "最近修订日期", "最近评估日期",
                    "评估周期(年)", "状态", "备注", "审批单位", "备案单位", "责任人"), _plans),
    "teams": Sheet(("队伍名称", "类别", "专业", "层级", "所属区划", "主管单位", "队长",
                    "队长电话", "值班电话", "驻地", "编制人数", "备注", "出动时间(分钟)",
                    "成立日期", "政府购买服务", "状态", "队伍性质"), _teams),
    "warehouses": Sheet(("仓库名称", "类型", "所属区划", "地址", "保管员", "联系电话",
                         "面积(平方米)", "备注"), _warehouses),
    "items": Sheet(("物资名称", "分类编码", "规格型号", "计量单位", "保质期(月)", "常用物资",
                    "备注", "保质期过半轮换"), _items),
    "equipment": Sheet(("装备名称", "类别", "规格型号", "数量", "计量单位", "所属队伍",
                        "存放地点", "购置日期", "使用年限(年)", "有效期至", "下次维护日期",
                        "状态", "装备编号", "备注"), _equipment, ("teams",)),
    "drills": Sheet(("演练名称", "关联预案", "演练日期", "演练形式", "组织单位", "地点",
                     "参演人数", "评估结论", "存在问题", "整改情况", "备注", "所属区划",
                     "整改措施", "参演单位", "情景", "需修订预案"), _drills),
    "shelters": Sheet(("场所名称", "所属区划", "地址", "避难时长", "空间类型", "功能类型",
                       "可容纳人数", "占地面积(平方米)", "有效避难面积(平方米)", "管理责任人",
                       "联系电话", "最近检查日期", "服务村(社区)", "设施设备和物资", "经度",
                       "纬度", "备注"), _shelters),
    "hazards": Sheet(("隐患点名称", "类型", "所属区划", "位置", "威胁户数", "威胁人数",
                      "监测人", "监测人电话", "责任人", "责任人电话", "转移路线", "避难场所",
                      "状态", "备注"), _hazards),
    "contacts": Sheet(("类别", "单位", "所属区划", "职务", "联系人", "办公电话", "手机号码",
                       "核实日期", "备注"), _contacts),
    "managers": Sheet(("乡镇", "村(社区)", "姓名", "身份证号", "手机号码", "职责", "本职职务",
                       "任职日期", "离任日期", "备注"), _managers),
    "duty": Sheet(("单位", "值班日期", "班次", "带班领导", "带班领导电话", "值班员",
                   "值班员电话", "值班电话", "汛期", "备注"), _duty),
    "pledges": Sheet(("年度", "签订单位", "责任人", "职务", "签订日期", "发放单位", "扫描件",
                      "备注"), _pledges),
    "experts": Sheet(("姓名", "专业", "职称", "工作单位", "手机号码", "专家组", "专家库",
                      "可参与处置", "身份证号", "备注"), _experts),
    "leaders": Sheet(("乡镇", "领导小组名称", "姓名", "小组职务", "本职职务", "手机号码",
                      "办公电话", "成立文号", "成立日期", "备注"), _leaders),
    "regulations": Sheet(("名称", "发布机关", "文号", "发布日期", "施行日期", "时效性",
                          "效力层级", "类别", "原文文件", "备注"), _regulations),
    "regions": Sheet(("区划代码", "名称", "层级", "上级", "灾害多发频发", "人口", "主要灾种",
                      "备注"), _regions),
    "categories": Sheet(("分类编码", "名称", "备注"), _categories),
    "equipment-standard": Sheet(("层级", "队伍性质", "装备名称", "装备类别", "配备数量",
                                 "计量单位", "依据", "备注"), _equipment_standard),
    "quotas": Sheet(("仓库", "物资名称", "规格型号", "最低储备", "标准储备", "依据", "人均定额",
                     "依赖协议储备", "备注"), _quotas, ("warehouses", "items")),
    "agreements": Sheet(("协议单位", "协议编号", "所属区划", "起始日期", "截止日期", "联系人",
                         "联系电话", "响应时限(小时)", "物资名称", "规格型号", "协议数量", "备注"),
                        _agreements, ("items",)),
    "certificates": Sheet(("姓名", "身份证号", "手机号码", "证书名称", "证书编号", "发证日期",
                           "有效期至", "备注"), _certificates, ("teams", "members")),
    "cases": Sheet(("标题", "发生日期", "发生地", "地点", "事件类别", "事件类型", "事件级别",
                    "基本情况", "发生原因", "采取措施", "处置过程", "主要经验", "存在问题",
                    "意见和建议", "专家意见", "附件", "备注"), _cases),
}


def write_sheet(path: Path, register: str, rows: int, county: County) -> None:
    """`rows` rows of `register` as an office's workbook has them."""
    import openpyxl

    sheet = SHEETS[register]
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet(register)
    ws.append([f"{COUNTY}{register}台账（基准测试）"])
    ws.append(["序号", *sheet.headers, "所在村民小组"])
    for i in range(rows):
        ws.append([i + 1, *sheet.row(county, i), f"第{1 + i % 9}组"])
    ws.append(["合计", f"{rows} 条"])
    ws.append(["填表人：张三", None, None, "审核人：李四", None, "填表日期：2026.12"])
    wb.save(path)
