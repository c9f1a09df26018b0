"""Per-item measures (运城 店铺 and 独立站) and several measures of one clause summed."""

from datetime import date
from decimal import Decimal

from calculators import calculate_items, combine, load_rulebook

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
