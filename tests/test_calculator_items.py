"""Per-item measures (运城 店铺 and 独立站) and several measures of one clause summed."""

from datetime import date
from decimal import Decimal

import pytest

from calculators import calculate_items, combine, load_rulebook
from calculators.items import calculate_each

AS_OF = date(2025, 6, 30)
REGISTERED = {"public_platform_registered": True}


def store(platform: str, kind: str, sales: int, orders: int | None = None) -> dict:
    item = {"group": platform, "store_platform_type": kind, "store_annual_sales_cny": sales}
    if orders is not None:
        item["store_order_count"] = orders
    return item


def test_rule_file_carries_the_per_platform_limit_with_its_clause():
    spec = load_rulebook().measure("yuncheng.global_store").per_item
    assert spec.per_group.value == 1 and spec.per_group.clause == "第五条（二）"


def test_each_store_is_checked_on_its_own():
    result = calculate_items("yuncheng.global_store", REGISTERED,
                             [store("亚马逊", "B2C", 3_500_000, 500), store("阿里巴巴国际站", "B2B", 4_000_000)],
                             as_of=AS_OF)
    assert result.amount_yuan == Decimal("100000")  # the B2B store misses 500万
    assert any("店铺2" in s and "不计入" in s for s in result.steps)


def test_one_store_per_platform():
    result = calculate_items("yuncheng.global_store", REGISTERED,
                             [store("亚马逊", "B2C", 5_000_000, 1000), store("亚马逊", "B2C", 6_000_000, 2000)],
                             as_of=AS_OF)
    assert result.amount_yuan == Decimal("100000")
    assert any("单个平台最多奖励1个" in s for s in result.steps)


def test_three_stores_per_enterprise_cap_binds():
    items = [store(p, "B2C", 4_000_000, 1000) for p in ("亚马逊", "eBay", "速卖通", "Shopee")]
    result = calculate_items("yuncheng.global_store", REGISTERED, items, as_of=AS_OF)
    assert result.amount_yuan == Decimal("300000")


@pytest.mark.parametrize(("stores", "amount", "missing"), [
    # three stores counted, the enterprise's most: the open ones cannot change the amount
    ([("eBay", 600), ("速卖通", 200), ("Shopee", 300), ("亚马逊", None), ("亚马逊", None)], 300000, False),
    # two counted, an open one on a platform with room: it could add a store, so it is asked
    ([("eBay", 600), ("速卖通", 200), ("亚马逊", None)], None, True),
    # two counted, the open one on a platform already counted: one store a platform, so it cannot add
    ([("eBay", 600), ("速卖通", 200), ("eBay", None)], 200000, False),
    # none counted yet: nothing settled, asked
    ([("亚马逊", None)], None, True),
])
def test_open_stores_are_asked_only_where_they_can_change_the_amount(stores, amount, missing):
    items = [store(p, "B2C", 4_000_000, orders) for p, orders in stores]
    result = calculate_items("yuncheng.global_store", REGISTERED, items, as_of=AS_OF)
    assert result.amount_yuan == (Decimal(amount) if amount is not None else None), result
    assert ("store_order_count" in result.missing_input_names) is missing, result.missing_input_names
    if amount is not None and any(o is None for _, o in stores):
        assert any("金额都不变" in s for s in result.steps), result.steps


def test_no_store_qualifies():
    result = calculate_items("yuncheng.global_store", REGISTERED, [store("亚马逊", "B2C", 2_000_000, 1000)],
                             as_of=AS_OF)
    assert result.eligible is False and result.amount_yuan is None


def test_sites_cap_at_two_and_combined_with_stores():
    sites = calculate_items("yuncheng.independent_site", {"new_independent_site": True},
                            [{"site_annual_sales_cny": v} for v in (3_500_000, 3_200_000, 5_000_000)], as_of=AS_OF)
    assert sites.amount_yuan == Decimal("300000")
    stores = calculate_items("yuncheng.global_store", REGISTERED,
                             [store("Temu", "B2C", 3_200_000, 2000), store("国际站", "B2B", 6_000_000)], as_of=AS_OF)
    total = combine([stores, sites], "第五条（二）合计")
    assert total.amount_yuan == Decimal("500000")
    assert total.steps[-1] == "合计：20万元 + 30万元 = 50万元"


# Items computed each on its own (海外仓): sum, enterprise cap, or one where the text is silent.
EACH_CASES = [
    ("运城两个租赁海外仓各自封顶50万后相加", "yuncheng.overseas_warehouse", "2025-06-30",
     {"warehouse_mode": "租赁", "months_used": 12},
     [{"area_m2": 800, "cost_cny": "100万元"}, {"area_m2": 1000, "cost_cny": "300万元"}], True, 800000),
    ("潍坊两个自建海外仓合计130万，单个企业（平台）封顶100万", "weifang.overseas_warehouse_build", "2023-06-30",
     {"warehouse_mode": "自建", "annual_cbec_trade_usd": "600万美元", "customs_filed": True},
     [{"area_m2": 1500, "cost_cny": "600万元"}, {"area_m2": 1100, "cost_cny": "700万元"}], True, 1000000),
    ("秦皇岛两个海外仓只有一个达到1000平方米，奖励50万", "qinhuangdao.overseas_warehouse", "2023-06-30",
     {"months_used": 24}, [{"area_m2": 1500}, {"area_m2": 800}], True, 500000),
    # (both qualify where the text does not say each is paid: no single amount — one's and both's said,
    # test_items_each_qualifying_give_both_readings)
    ("秦皇岛两个海外仓都达标：文件未写明能否分别奖励，不给单一金额", "qinhuangdao.overseas_warehouse", "2023-06-30",
     {"months_used": 24}, [{"area_m2": 1500}, {"area_m2": 1200}], True, None),
    ("运城两个海外仓都不足500平方米，不能获得", "yuncheng.overseas_warehouse", "2025-06-30",
     {"warehouse_mode": "租赁", "months_used": 12},
     [{"area_m2": 300, "cost_cny": "100万元"}, {"area_m2": 400, "cost_cny": "300万元"}], False, None),
    ("运城一个海外仓缺租金：不给合计", "yuncheng.overseas_warehouse", "2025-06-30",
     {"warehouse_mode": "租赁", "months_used": 12}, [{"area_m2": 800, "cost_cny": "100万元"}, {"area_m2": 900}],
     None, None),
]


@pytest.mark.parametrize(("name", "measure", "as_of", "shared", "items", "eligible", "amount"), EACH_CASES,
                         ids=[c[0] for c in EACH_CASES])
def test_calculate_each(name, measure, as_of, shared, items, eligible, amount):
    result = calculate_each(measure, shared, items, as_of=date.fromisoformat(as_of))
    assert result.eligible is eligible, result.steps
    assert result.amount_yuan == (Decimal(amount) if amount is not None else None), result.steps


@pytest.mark.parametrize(("measure", "shared", "items", "qualifying", "one", "every"), [
    ("qinhuangdao.overseas_warehouse", {"months_used": 24}, [{"area_m2": 1500}, {"area_m2": 1200}], 2, 500000,
     1000000),
    ("qinhuangdao.o2o_store", {"store_operating": True},
     [{"store_area_m2": 85}, {"store_area_m2": 100}, {"store_area_m2": 260}], 2, 500000, 1000000),
])
def test_items_each_qualifying_give_both_readings(measure, shared, items, qualifying, one, every):
    """秦皇岛 （六）、（十二）: several items each meet the conditions, and the text does not say a firm's several
    items are each paid — no one amount is given; one item's and every qualifying item's are both said."""
    result = calculate_each(measure, shared, items, as_of=date(2023, 6, 30))
    assert result.eligible is True and result.amount_yuan is None and result.provisional_amount_yuan is None
    assert result.items_unsettled is not None
    assert result.items_unsettled[0] == qualifying
    assert result.items_unsettled[2:] == (Decimal(one), Decimal(every))
    assert result.to_dict()["amount_if_each_item"] == f"{every}.00"


def test_each_item_counts_one_per_item_and_waits_only_for_yes_no_facts():
    """潍坊 九: each session is one 班次 whatever the total said ("办了4期"); sessions settled but for
    a yes/no fact (是否具备培训资质) give the amount once it is confirmed, capped for the year."""
    from calculators.items import calculate_each

    sessions = [{"trainees_per_class": 60, "training_hours": 40}, {"trainees_per_class": 55, "training_hours": 32},
                {"trainees_per_class": 45, "training_hours": 40}, {"trainees_per_class": 80, "training_hours": 36}]
    open_fact = calculate_each("weifang.training", {"class_count": 4}, sessions, as_of=date(2023, 12, 1))
    assert open_fact.eligible is None and open_fact.amount_yuan is None
    assert open_fact.provisional_amount_yuan == Decimal(300000)  # 3 sessions qualify: 30万, the year's cap
    assert open_fact.missing_input_names == ["training_qualified"]
    settled = calculate_each("weifang.training", {"class_count": 4, "training_qualified": True}, sessions[:2],
                             as_of=date(2023, 12, 1))
    assert settled.eligible is True and settled.amount_yuan == Decimal(200000)


def test_stores_whose_platforms_are_not_said_give_an_amount_to_confirm():
    """"开了3个店 都是B2C…": one platform counts one store, so three stores on platforms not said
    are 30万 only if each is on its own: the amount waits for that, said as the condition."""
    unplaced = {"store_platform_type": "B2C", "store_annual_sales_cny": 4_000_000, "store_order_count": 1000}
    result = calculate_items("yuncheng.global_store", REGISTERED, [dict(unplaced) for _ in range(3)], as_of=AS_OF)
    assert result.amount_yuan is None and result.eligible is None
    assert result.provisional_amount_yuan == Decimal("300000")
    assert any("分属不同平台" in m for m in result.missing_inputs)
    own = calculate_items("yuncheng.global_store", REGISTERED,
                          [{**unplaced, "own_group": True} for _ in range(3)], as_of=AS_OF)
    assert own.amount_yuan == Decimal("300000")
    one = calculate_items("yuncheng.global_store", REGISTERED, [dict(unplaced)], as_of=AS_OF)
    assert one.amount_yuan == Decimal("100000")  # one store: its platform changes nothing


PLATFORM = {"registered_locally": True, "months_operating": Decimal(36), "served_enterprise_count": Decimal(20),
            "platform_local_trade_usd": Decimal(1_000_000)}


@pytest.mark.parametrize(("investment", "asked", "total", "beyond"), [
    (800_000, 3, 600_000, False),   # 32万 capped at 20万 a year, three years
    (300_000, 2, 240_000, False),   # 12万 a year, two years
    (300_000, 5, 360_000, True),    # the period is 3 years: five asked, three paid
])
def test_a_yearly_amount_over_the_years_asked_within_the_period(investment, asked, total, beyond):
    from calculators import calculate
    from calculators.items import over_years

    rb = load_rulebook()
    measure = rb.measure("luan.service_platform_investment")
    assert measure.paid_years.value == 3 and measure.paid_years.clause == "四（三）"
    one = calculate(measure.id, {**PLATFORM, "platform_investment_cny": Decimal(investment)}, as_of=AS_OF, rulebook=rb)
    result = over_years(one, asked, measure.paid_years)
    assert result.amount_yuan == Decimal(total)
    assert any("补助期3年" in s and "四（三）" in s for s in result.steps)
    assert any(f"您问的是{asked}年" in s for s in result.steps) is beyond
    assert over_years(one, 1, measure.paid_years).amount_yuan == one.amount_yuan  # one year: unchanged
