"""Normalisation: what people type -> the form understanding reads (table-driven)."""

from __future__ import annotations

import pytest

from assistant.normalize import normalize


@pytest.mark.parametrize(("typed", "read"), [
    # a dash after the things counted opens their list (LZ196: the fairs' shared words read as the first's)
    ("参加了两个重点展会——东京展2个展位；汉诺威展3个展位", "参加了两个重点展会：东京展2个展位；汉诺威展3个展位"),
    ("运城——首尔航线", "运城——首尔航线"),
    # 秦皇岛 三（三）'s own words name a year, no length of use (MA119: read as 首个一年度)
    ("首个整年度2022年只做了800万美元", "首个整年度2022年只做了800万美元"),
    # 各 after the standard booths counted is each booth's fee (LT209)
    ("2个标准展位各2万", "2个标准展位 每个展位费2万"),
    # booths counted in words (TC019); a year's parts, bare figures in the first part's unit (TB102)
    ("两个展位各1.5万", "两个展位 每个展位费1.5万"),
    ("一季度1.2万美元 二季度1.3 三季度1.1 四季度1.3",
     "一季度1.2万美元 二季度1.3万美元 三季度1.1万美元 四季度1.3万美元"),
    ("上半年300万 下半年200万", "上半年300万 下半年200万"),
    # a currency written first, then a figure with 多 before its 万: one figure (LU054)
    ("换成人民币四百多万 都给吗", "换成400多万元 都给吗"),
    # a list of figures in k, one money by its word: each a sum of money (LT201); another kind's stays a count
    ("ISO国际认证15k，欧盟商标注册38k，检测费27k", "ISO国际认证15000元，欧盟商标注册38000元，检测费27000元"),
    ("订单1.2k 销售额350k", "订单1200单 销售额350000元"),
    # a place word, then the digits of the places below it: one number (LN211: "1百35万" is 135万, never 35万)
    ("租金一年 1百35万", "租金一年 135万"),
    ("两百35万", "235万"),
    ("3千250元", "3250元"),
    ("1百05万", "105万"),
    ("1千2百平", "1200平方米"),
    # a third currency before a figure grouped by commas, a rate said in English, a full stop after a figure (IW147)
    ("rent EUR 100,000 in total, exchange rate 7.8. How much", "租金 100000欧元 一共, 汇率 7.8。 多少"),
    # an item set apart by 以外的 is no item of the message; a place set apart stays (IU023)
    ("运城 B2C独立站以外的速卖通店 2024卖了350w", "运城 速卖通店 2024卖了350万"),
    ("海外仓之外的国内仓库 租金20万", "国内仓库 租金20万"),
    ("运城以外的企业能申请吗", "运城以外的企业能申请吗"),
    # a growth said as a multiple, a doubling or in points: the rate (IO211, IO157, IO156)
    ("今年出口额是去年的1.08倍 平台费10万", "今年出口额比去年增长了8% 平台费10万"),
    ("出口额是去年的0.9倍", "出口额比去年下降了10%"),
    ("出口同比翻了一番", "出口同比增长了100%"),
    ("出口增长了8个点", "出口增长了8%"),
    ("出口比去年涨了8个点", "出口比去年涨了8%"),  # (everyday words — NC183)
    ("两个展位 一个展位4万 另一个2万", "两个展位 一个展位4万 另一个2万"),  # (each booth priced — ND218)
    # 平 said as 瓶 beside a warehouse or its lease, 补 as 不 in "能不不多少" (ED134); bottles stay bottles
    ("运城海外藏 租了700瓶 能不不多少", "运城海外仓 租了700平方米 能补多少"),
    ("卖了700瓶酒", "卖了700瓶酒"),
    # a two-digit calendar year before 整一年 or 的事 (EE126, EE004); a duration stays one
    ("24年整一年", "2024年整一年"),
    # so many 万 and more, typed with w (KD053)
    ("每个都卖了400多w", "每个都卖了400多万"),
    ("租金总共 36w 25年的事", "租金总共 36万 2025年的事"),
    ("用了25年", "用了25年"),
    # ... before the use that began in it (KG004); a firm's years of business stay a duration
    ("24年用到现在一年多了", "2024年用到现在一年多了"),
    ("23年一直在用", "2023年一直在用"),
    ("经营了15年", "经营了15年"),
    # traditional characters (OpenCC) and full-width forms
    ("秦皇島企業在馬來西亞租了海外倉", "秦皇岛企业在马来西亚租了海外仓"),
    ("租金１２０萬元", "租金120万元"),
    ("ＡＢＣ公司", "ABC公司"),
    # capital numerals of invoices and contracts, only inside a run of numerals
    ("年交易额伍佰万", "年交易额500万"),
    ("租金壹佰贰拾万元", "租金120万元"),
    ("陆运到波兰", "陆运到波兰"),
    # the level a change makes, the change no figure of the case; a price said per one, no count of one
    ("那把隔壁20平也租下来打通 变成105平呢", "那把隔壁也租下来打通 变成105平方米呢"),
    ("租金再加20万 变成120万", "租金再加 变成120万"),
    ("面积800平 租金变成120万", "面积800平方米 租金变成120万"),
    ("展位费4万一个 能补多少", "展位费每个4万 能补多少"),
    ("一个展位2万", "每个展位2万"),
    ("建设花了2百个w", "建设花了200万"),
    ("from 2024-09-01 to 2025-08-31", "2024年9月1日到2025年8月31日"),
    ("订了一个展位 2万", "订了一个展位 2万"),
    ("这些企业跨境电商进出口从上年6000万美元涨到9500万美元", "这些企业跨境电商进出口从上年6000万美元涨到9500万美元"),
    ("后来扩了300平 现在单仓1100平", "后来扩了 现在单仓1100平方米"),
    # the parts after 其中 in the whole's currency, unless a part is named as another money than the whole (GP073)
    ("出口一共13万美元 其中9610项下3万 9710项下10万", "出口一共13万美元 其中9610项下3万美元 9710项下10万美元"),
    ("跨境电商交易额500万美元，其中亚马逊店铺交易额300万", "跨境电商交易额500万美元，其中亚马逊店铺交易额300万美元"),
    ("外贸出口额2800万美元，其中Shopee店铺年交易额298万", "外贸出口额2800万美元，其中Shopee店铺年交易额298万"),
    # ten of 万 said alone is a figure (GO272); the adverbs and idioms made of them stay words
    ("分别是三万 两万五 四万五 一共十万", "分别是3万 2.5万 4.5万 一共10万"),
    ("总共十万块", "总共10万块"), ("千万别报错", "千万别报错"), ("十万火急", "十万火急"),
    ("后台交易2百9十万", "后台交易290万"),  # (digits with 百 and 十: one number, FO115)
    # one booth said in digits, then its price: the count kept beside each one's price
    ("重点展 1个展位4万", "重点展 1个展位 每个展位4万"), ("11个展位4万", "11个展位4万"),
    # two items told in one breath, broken at the second 一个
    ("两个 一个在马来西亚一个在美国", "两个 一个在马来西亚 一个在美国"), ("一个自建一个租", "一个自建 一个租"),
    ("有一个仓一个店", "有一个仓一个店"),
    ("一个后台交易380万 一个 260万", "一个后台交易380万 一个 260万"),  # (the next one's figure, no price of one)
    # English: a present-tense lease, a yearly rent, a start month; pinyin initials; orders named first
    ("We rent a 600 sqm warehouse in Poland", "我们租了一个 600 平方米 仓 在 波兰"),
    ("RMB 500k per year", "500000 元每年"),
    ("from March 2024", "2024年3月起"),
    ("运城 hwc 1000p mynl", "运城 海外仓 1000平方米 满一年了"),
    ("orders 1.2k", "订单1200单"),
    ("4万一个展位", "4万一个展位"),
    # informal units
    ("一年租金150w", "一年租金150万"),
    ("2024全年交易额刚好500万", "2024年一年交易额刚好500万"),  # a year without its 年 (AU005)
    ("2019到2021年每年服务企业都超过10家", "2019年到2021年每年服务企业都超过10家"),  # a range's first year (PB167)
    ("2025上半年", "2025年上半年"),
    ("operating since March 2023", "2023年3月开始运营"),  # AU080
    ("booked 8 standard booths, booth fee 3万 each", "booked 8 标准展位, 展位费 每个3万"),  # AX009
    ("a trade show in Las Vegas", "a 展会 in 拉斯维加斯"),
    ("运城企业24年在波兰自建了个海外仓", "运城企业2024年在波兰自建了个海外仓"),
    ("24年25年一共租了两年", "2024年2025年一共租了两年"), ("24年和25年", "2024年和2025年"),
    ("公司成立24年了", "公司成立24年了"), ("24年那一年租金一百来万", "2024年那一年租金100来万"),
    ("交易额大概四百八九十万", "交易额大概480万至490万"), ("一千二三百单", "1200单至1300单"),
    # neighbouring numerals after the tens and in a percentage (DH025, DH047, DH048, DH052, DH056, DH066)
    ("飞了十二三班", "飞了12班至13班"), ("企业二十五六家", "企业25家至26家"), ("十一二个展位", "11个至12个展位"),
    ("三十五六万", "35万至36万"), ("涨了百分之五六", "涨了5%至6%"), ("增长百分之十五六", "增长15%至16%"),
    ("十二三岁", "十二三岁"), ("二十五六号", "二十五六号"), ("今年十二三月", "今年十二三月"),
    ("交易额三个多亿", "交易额3亿多"), ("租金2个多w", "租金2万多"),  # DH045
    # a change by so much to so much is the level reached, no range (DQ086); "at 40k RMB each" is each (DQ038)
    ("要是再扩100平到1000平", "要是再扩到1000平方米"), ("400到500万", "400万至500万"),
    ("2 standard booths at 40k RMB each", "2 标准展位 每个40000 元"),
    ("our store did ¥3.5M", "our 店铺 did 350万元"),  # AW097: ¥ is 元 (JP¥ the yen)
    ("合计 ¥360,000", "合计 360000元"), ("园区投资：￥120,000,000", "园区投资：120000000元"), ("JP¥500万", "500万日元"),
    ("in use since May 2024", "2024年5月开始使用"),
    ("2024年度", "2024年度"),
    ("租金3个w", "租金3万"),
    ("3k平的仓", "3000平方米的仓"),
    ("1.5个亿", "1.5亿"),
    ("做了两个亿", "做了2亿"),
    ("900平 一年", "900平方米 一年"),
    ("700多平", "700多平方米"),
    ("八百平的海外仓", "800平方米的海外仓"),
    ("进出口500万美刀", "进出口500万美元"),
    # ("跨境出口一年650万美金": the dollars' colloquial name, read as the input's currency — LR054)
    ("跨境出口一年650万美金", "跨境出口一年650万美元"),
    ("出口额300万刀", "出口额300万美元"),
    ("年租金6万欧（汇率7.7）", "年租金6万欧元（汇率7.7）"),
    ("认证费3000镑", "认证费3000英镑"),
    ("展位费120万日币", "展位费120万日元"),
    ("装修20万港纸", "装修20万港币"),
    ("展位1万新币", "展位1万新加坡元"),
    ("租金€60000", "租金60000欧元"),
    ("检测费£3万", "检测费3万英镑"),
    ("装修HK$20万", "装修20万港币"),
    ("欧洲的仓 欧盟认证", "欧洲的仓 欧盟认证"),
    # areas in other units: square metres by the exact definition (1 ft = 0.3048 m)
    ("面积是10000平方英尺", "面积是929.0304平方米"),
    ("a 12,000 sq ft warehouse", "a 1114.83648平方米 仓"),
    ("占地1.2公顷", "占地12000平方米"),
    # square kilometres are square kilometres, never square metres (KV227: 五百万平方公里 read as 500万平方米)
    ("面积五百万平方公里", "面积5000000000000平方米"),
    ("2 square kilometers", "2000000平方米"),
    ("5K美元", "5000美元"),
    # voice-input homophones and dialect
    ("路安 跨境电商出口", "六安 跨境电商出口"),
    # 美刀, 平, 满 said as their homophones by voice (KX185, LA218)
    ("出口5万没刀", "出口5万美元"),
    ("海外仓 租的 600瓶", "海外仓 租的600平方米"),
    ("用慢一年了", "用满一年了"),
    ("订了仨标准展位", "订了三个标准展位"),
    ("二四年八月租到二五年八月", "2024年8月租到2025年8月"),
    ("俩个仓", "两个仓"),
    ("俺们自个儿盖了个海外仓 潍坊海关备了案", "俺们自己盖了个海外仓 潍坊海关备案了"),
    # words that look like units but are not
    ("www.example.com 平台", "www.example.com 平台"),
    ("第三方平台", "第三方平台"),
    ("六安平安", "六安平安"),
    # Chinese numerals of two characters or more
    ("年交易额两亿三千万", "年交易额2.3亿"),
    ("入驻企业二十二家", "入驻企业22家"),
    # (the 一 after 十 is a digit of the number, no article of the next thing: 21家, not 20 and 一家 — MS195)
    ("入驻有业绩企业二十一家", "入驻有业绩企业21家"),
    ("三十一个学员", "31个学员"),
    ("一个做了四百万一个做了两百万", "一个做了400万 一个做了200万"),
    # a two-digit year before what was done in it (25年刚租, 25年软硬件投入30万), not a duration (有25年历史)
    ("我们25年刚租了个仓", "我们2025年刚租了个仓"),
    ("25年软硬件投入30万", "2025年软硬件投入30万"),
    ("企业有25年历史", "企业有25年历史"),
    # a later part of the year in the currency the earlier part was said in (MP249); one said in yuan stays yuan
    ("上半年3万刀 下半年2万5", "上半年3万美元 下半年2.5万美元"),
    ("上半年3万美元 下半年2.5万元", "上半年3万美元 下半年2.5万元"),
    ("九六一零出口", "9610出口"),
    # durations in years and months, a year said twice, 月份
    ("经营了一年零两个月了", "经营了14个月了"),
    ("用了1年3个月", "用了15个月"),
    ("年线上交易额 3k w", "年线上交易额 3000万"),
    ("qhd 海外仓 900平", "秦皇岛 海外仓 900平方米"),  # the city's initials
    ("qhdx", "qhdx"),  # thousands and 万 typed apart
    ("经营了一年两个月", "经营了14个月"),  # the months in numerals, no 零
    ("两年十一个月", "35个月"),
    ("运营三年半了", "运营42个月了"),
    ("一年半载", "一段时间"),  # "a while": no duration
    ("全年12个月", "12个月"),  # the year said twice, not 24 months
    # a digit after 万/千 is the next place
    ("年费3万9，推广运营花了1万1", "年费3.9万，推广运营花了1.1万"),
    # a sum in 万 and its thousands said apart ("8w 5千", "8万五千", KL171) — not two sums listed, nor a count after
    ("平台年费加推广运营费 8w 5千", "平台年费加推广运营费 8.5万"),
    ("推广费8万 5千", "推广费8.5万"),
    ("推广费8万五千元", "推广费8.5万元"),
    ("两个展位费分别8万 5千", "两个展位费分别8万 5000"),
    ("租金8万 5千平", "租金8万 5000平方米"),
    ("3千5", "3500"),
    # digits with the place words between them: one number
    ("线上交易总额 1千2百万", "线上交易总额 1200万"),
    ("2百9十万", "290万"),
    ("3千5百万美元", "3500万美元"),
    ("1千零5十万", "1050万"),
    ("1千2百", "1200"),
    # a sum of a hundred 万 or more, then its orders: two figures (a smaller sum in 万 and its rest is one)
    ("一个420万5000单", "一个420万 5000单"),
    ("420万5000元", "420.5万元"),
    # an employer's support said apart from its thing: one word
    ("员工社保有补贴吗", "员工社保补贴有吗"),
    ("个税能不能返还", "个税返还能不能"),
    # the unit said after the figure that lacks it
    ("去年线上交易额两千五 单位是万", "去年线上交易额2500万"),
    ("租金150（单位：万元）", "租金150万元"),
    ("2024年交易额3000 单位万", "2024年交易额3000万"),
    ("3万9610项下", "3万9610项下"),
    ("租金3万 9个月", "租金3万 9个月"),
    ("2024年3个月", "2024年3个月"),
    ("今年(2026)1月份才开始运营", "2026年1月才开始运营"),
    ("2025年（2025年）5月份投用", "2025年5月投用"),
    ("投了一点二亿元", "投了1.2亿元"),
    ("每个展位费二点八万元", "每个展位费2.8万元"),
    ("展位费零点八万", "展位费0.8万"),
    ("四点五万美元", "4.5万美元"),
    ("一千五百平方米", "1500平方米"),
    ("三千万美元", "3000万美元"),
    ("一次性奖励 一个园区 两个店", "一次性奖励 一个园区 两个店"),
    ("十四五规划", "十四五规划"),
    ("第三条（一）", "第三条（一）"),
    # politeness goes, unless it is all there is
    ("您好，麻烦问一下，运城有哪些跨境电商扶持政策？谢谢！", "运城有哪些跨境电商扶持政策？"),
    ("谢谢", "谢谢"),
    ("您好", "您好"),
    # one last question announced; the last item asked about stays
    ("最后一个 出口退税能退多少", "出口退税能退多少"),
    ("最后一个问题 运城的文号", "运城的文号"),
    ("最后一个呢", "最后一个呢"),
    # a figure typed apart from its unit or scale, and from 各
    ("一个 600 平 一个 700 平 租金 各 100 万", "一个 600 平方米 一个 700 平方米 租金各100万"),
    ("租金 3 w", "租金 3万"),
    ("交易额是负的2000万", "交易额是-2000万"),
    # the year said again in brackets after 今年; a short year before the year it was full in
    ("我们今年(26年)3月在沙特租了个仓", "我们2026年3月在沙特租了个仓"),
    ("年租金50万 24年满一年", "年租金50万 2024年满一年"),
    # the year it is now, said in two digits after 现在/如今 (HW241): a calendar year, not 26 years
    ("潍坊 现在26年 我们新建海外仓", "潍坊 现在2026年 我们新建海外仓"),
    ("现在都26年了还能申请吗", "现在都2026年了还能申请吗"),
    ("如今已经是25年", "如今已经是2025年"),
    # a year's trade figure, its subject named between (HW357)
    ("22年服务企业进出口额 5000万美元", "2022年服务企业进出口额 5000万美元"),
    ("做了22年外贸出口额很稳", "做了22年外贸出口额很稳"),
    # a two-digit year a thing is said to be of; not an age
    ("5万和7万是25年的 8万那张是23年的", "5万和7万是2025年的 8万那张是2023年的"),
    ("我们是25年的老企业", "我们是25年的老企业"),
    # a county whose name starts with 平 after a figure is no area (HW335)
    ("夏县 合作费用 100万 平陆县 合作费用 300万", "夏县 合作费用 100万 平陆县 合作费用 300万"),
    # colloquial tails and English months
    ("每个展位费三万五", "每个展位费3.5万"),
    # a tenth of 亿 said after it, and 亿 with the 万 after it: one sum
    ("线上交易总额三亿五 按0.1%", "线上交易总额3.5亿 按0.1%"),
    ("进出口额1亿5 增长", "进出口额1.5亿 增长"),
    ("交易额1亿2千万元", "交易额1.2亿元"),
    ("迪拜 5个标展 每个2.5w", "迪拜 5个标准展位 每个2.5万"),
    ("检测费 8.5k 认证费 2w3", "检测费 8500元 认证费 2.3万"),
    ("租金3k5一个月", "租金3500一个月"),
    ("亚马逊一个店 三百五十w 订单1.2k", "亚马逊一个店 350万 订单1200单"),
    # parts of one sum joined by 加: listed
    ("费用8k加32k", "费用8000元、32000元"),
    ("平台年费5万加推广费3万", "平台年费5万加推广费3万"),
    ("交易额三亿零五百万元", "交易额3.05亿元"),
    ("1亿元 2000万元", "1亿元 2000万元"),
    ("租金两千八", "租金2800"),
    ("rent from March 2024 to February 2025", "租金 2024年3月到2025年2月"),
    # two-digit calendar years
    ("22年自建了个海外仓", "2022年自建了个海外仓"),
    ("23年3月租的", "2023年3月租的"),
    ("用了2年", "用了2年"),
    # durations
    ("用了一年半", "用了18个月"),
    ("租了半年", "租了6个月"),
    # typos and voice-input homophones
    ("运城海外舱补帖多少", "运城海外仓补贴多少"),
    ("秦王岛的展为费", "秦皇岛的展位费"),
    ("运城 还外仓 组的 700平米", "运城 海外仓 租的 700平米"),
    ("季南 跨境物流", "济南 跨境物流"),
    ("记南 海外仓 有补贴吗", "济南 海外仓 有补贴吗"),
    ("领导小组的成员单位", "领导小组的成员单位"),  # (组的 inside 小组的 stays)
    ("六安跨竟电商 出口五万美圆 九六一零", "六安跨境电商 出口5万美元 9610"),  # (KK186)
    ("维坊 海外藏 自建 头资700万", "潍坊 海外仓 自建 投资700万"),  # (LW190)
    # English
    ("We rented a 600 square meters overseas warehouse in Yuncheng, rent 1.2 million yuan",
     "We 租赁 a 600 平方米 海外仓 in 运城, 租金 120万 元"),
    ("how much subsidy", "多少 补贴"),
    ("a qualified training institution ran 2 training sessions", "a 具备培训资质的培训机构 ran 培训 2 期"),
    ("our manufacturing company", "our 制造业企业"),
    # a rate listed after its currency stays a rate, never a sum of dollars
    ("汇率美元7.1 英镑9.0", "汇率美元7.1 英镑9.0"),
    ("汇率：美元7.1，英镑9.0", "汇率：美元7.1，英镑9.0"),
    ("co-funded by the city and the county, at what ratio?", "由市县两级分担资金, 比例是多少?"),
    ("annual rent 1.2 million RMB, since 2024-05", "annual 租金 120万 元, 2024年5月起"),
    ("exports were USD 120k", "出口是120000美元"),
    ("rent RMB 80万 a year", "租金 80万元 a year"),
    ("租金200万元", "租金200万元"),
    ("人民币200万元", "人民币200万元"),
    ("current", "current"),
    ("Jan–Dec 2025, rent 1.8M RMB", "2025年1月到2025年12月, 租金 180万 元"),
    ("from Mar 2024 to Feb. 2025", "2024年3月到2025年2月"),
    ("USD 3.5M", "350万美元"),
    ("were USD 80,000.", "were 80000美元。"),  # (a full stop after a figure is no decimal point)
    ("8个标准展为 展为费", "8个标准展位 展位费"),
    ("a 1100 m road", "a 1100 m road"),
    # a figure already written with its currency keeps its neighbours ("美元 9610项下", "美元 2023年")
    ("是6万美元 9610项下的", "是6万美元 9610项下的"),
    ("年进出口300万美元 2023年 租金80万", "年进出口300万美元 2023年 租金80万"),
    ("Our total was RMB 20 million.", "Our total是2000万元."),  # (was/were: 是, nothing between a cue and its figure)
    ("Our online sales in 2023 were USD 2 million; please use 7.1 CNY per USD.",
     "Our 线上交易额 2023年是200万美元; please use 美元按7.1 ."),  # a rate per dollar is a rate
    ("运城独立战奖励多少", "运城独立站奖励多少"),  # a homophone (CV031)
    # 租 said as 主 (GR022)
    ("运城 海外仓 是主的 不是自建 去年一年主金 九十万 能补主多少",
     "运城 海外仓 是租的 不是自建 去年一年租金 90万 能补助多少"),
    # English dates: a day of a month, a span of days, a whole year (CV009, CX003)
    ("from Jan 1 2024 to Jan 1 2025, total rent 1.2 million RMB", "2024年1月1日到2025年1月1日, total 租金 120万 元"),
    ("for the whole of 2024 (Jan 1 – Dec 31)", "2024年一年 (Jan 1 – Dec 31)"),
    ("operating since 1 March 2024", "2024年3月1日开始运营"),
    # what a park's or platform's firms did, in English (CK015, CK061)
    ("In 2025 we onboarded 12 local companies, and each made its first import/export.",
     "2025年 we 新招引 12 local 家企业, and each 实现本地进出口零突破."),
    ("18 companies have actual cross-border trade", "18 家企业 有跨境电商进出口实绩"),
    ("租期2024.2—2025.2，租金80万", "租期2024年2月到2025年2月，租金80万"),
    ("2024/03/15起租", "2024年3月15日起租"),
    ("2024.5万元", "2024.5万元"),
    # two-digit years before trade words and use ("24年用满一年了"); a duration stays ("用了24年")
    ("25年跨境电商进出口2.1亿", "2025年跨境电商进出口2.1亿"),
    ("24年用满一年了", "2024年用满一年了"),
    ("用了24年", "用了24年"),
    ("经营了12年以来", "经营了12年以来"),
    # 上半年/下半年 are halves of a calendar year, not six months
    ("都是24年上半年开始用的", "都是2024年上半年开始用的"),
    ("用了半年", "用了6个月"),
    # "年租200万", "月租5万": a rent; "去年租800平" a lease
    ("一个700平年租200万", "一个700平方米年租金200万"),
    ("月租5万", "月租金5万"),
    ("去年租800平的仓", "去年租800平方米的仓"),
    # thousands of yuan after a money word; a code after a two-digit year
    ("费用一共46k 补多少", "费用一共46000元 补多少"),
    ("订单5k", "订单5000单"),
    ("25年1210+9710进出口1.8个亿", "2025年1210+9710进出口1.8亿"),
    ("去年每个都过了400w 单量也够", "去年每个都过了400万 订单量也够"),
    ("到25年也用满一年了", "到2025年也用满一年了"),
    # growth in tenths
    ("出口比上年增长了两成左右", "出口比上年增长了20%左右"),
    ("涨了三成半", "涨了35%"),
    ("九成新的设备", "九成新的设备"),
    # English words of the clauses
    ("set up an independent legal entity in Qinhuangdao", "设立 an 独立法人 in 秦皇岛"),
    ("first full year import+export was USD 36 million", "首个整年度 进出口是3600万美元"),
    ("4 offline classes, each with 60 trainees and 32 class hours", "线下 4 期培训, 每期 60 名学员 and 32 学时"),
    # a count beside its noun, the words describing the things between them moved before it (Z057)
    ("we ran 4 offline cross-border e-commerce classes", "we ran 线下 跨境电商 4 期培训"),
    ("We rented 2 overseas warehouses in Poland", "We 租赁 2 海外仓 in 波兰"),
    ("used for a full year in 2025", "使用满一年 2025年"),
    ("used for more than a year in 2024-2025", "使用超过一年 2024年-2025"),
    # a figure said as a range is written as one, for the facts to read as a floor and a ceiling
    ("每个展位费五六万", "每个展位费5万至6万"),
    ("订了两三个展位", "订了2个至3个展位"),
    ("大概三十几个人", "大概31人至39人"),
    ("面积三百几十平方米", "面积310平方米至399平方米"),
    ("租金十几万", "租金11万至19万"),
    ("交易额几十万", "交易额20万至99万"),
    ("年租金四五百万", "年租金400万至500万"),
    ("年租金二三十万", "年租金20万至30万"),
    ("面积七八百平", "面积700平方米至800平方米"),
    ("租金400-500w", "租金400万至500万"),
    ("一两个月", "1个月至2个月"),
    ("二三年底租的", "2023年底租的"),
    ("24年全年实际租金就20万", "2024年一年实际租金就20万"),  # a short year before its whole year
    ("一个花了12万 一个90k", "一个花了12万 一个90000元"),  # k after a sum of money in a list is money
    ("定了3个展位 一个展位18k", "定了3个展位 每个展位18000元"),  # a price per thing
    ("每个展位18k", "每个展位18000元"),
    ("每单5k", "每单5000"),  # per order or person: no price
    ("一个店5k单", "一个店5000单"),
    ("面积3k平", "面积3000平方米"),
    ("2022 | 2.2亿美元", "2022年 2.2亿美元"),  # a table row's year
    ("第三四季度", "第三四季度"),
    ("从300到500万", "从300到500万"),
    ("2024-2025年", "2024-2025年"),
    # said in one breath by voice: hundreds right after 万 begin another number (its thousands, "一万二", or
    # after 零, "三百万零五十", are the same one); a list of one each ends at 各…一个店
    ("另外在eBay一个店三百二十万一百五十单", "另外在eBay一个店320万 150单"),
    ("一万二", "1.2万"),
    ("十二万五", "12.5万"),
    ("三百万零五十", "300.005万"),
    ("各开了一个店去年每个店都过了五百万", "各开了一个店 去年每个店都过了500万"),
    # a sum of money in k makes the next of the list money too (not a count said with its own word)
    ("年费 29.8k 推广 70k", "年费 29800元 推广 70000元"),
    ("年费29.8k 订单 1.2k", "年费29800元 订单 1200单"),
    ("认证费 35k 商标注册 15k 补多少", "认证费 35000元 商标注册 15000元 补多少"),  # an item's name between
    ("租金35k 面积2k", "租金35000元 面积2000"),  # a word of another kind between: no money
    ("服务企业进出口额比上年增1000万美元", "服务企业进出口额比上年增加1000万美元"),
    ("租满4个季度 每季度租金20万", "租满12个月 每季度租金20万"),
    # a figure put right as a fraction of another (after 是); a share of a whole is read with its words elsewhere
    ("刚才说错了 是3600万的十分之一", "刚才说错了 是360万"),
    ("应该是 1200万的一半", "应该是600万"),
    ("租金200万的一半是我们的", "租金200万的一半是我们的"),
    ("是100万的三分之一", "是100万的三分之一"),
    # a customs code said digit by digit (幺 for 1); other four-digit runs are left to the numeral reading
    ("一块是幺二幺零线上交易额", "一块是1210线上交易额"),
    ("做九六幺零的", "做9610的"),
    ("二零二四年", "2024年"),
    # voice: a count said in thousands after a sum; the 一 of 一年 after a sum; a sum then a year digit by digit
    ("去年卖了三百五十万两千多单", "去年卖了350万 2000多单"),
    ("一百二十万一年", "120万一年"),
    ("一万二千人", "1.2万人"),
    ("建设投了一千二百万二零二四年建好", "建设投了1200万 2024年建好"),
    ("一个做了四百万一个做了两百五十万", "一个做了400万 一个做了250万"),
    # booths counted, then each one's price: the booth fee
    ("迪拜 3个展位 每个2.5w", "迪拜 3个展位 每个展位费2.5万"),
    # (各 after the booths counted is each booth's price, not each item's: LI039 read 2.5万 for both exhibitions)
    ("在越南，2个展位各2万；另一个在美国，3个展位各2.5万",
     "在越南，2个展位 每个展位费2万；另一个在美国，3个展位 每个展位费2.5万"),
    # a city typed by its sound (LJ210: 济男 asked for a city)
    ("济男 跨境展示体验店", "济南 跨境展示体验店"),
    # in its Nth year of operation: N − 1 full years and more (LI127: the time asked again)
    ("运营第二年，服务企业18家", "运营1年多，服务企业18家"),
    ("已经是经营的第三年了", "已经是经营2年多了"),
    # an exchange rate said in English is a rate (LI099: asked again as no rate)
    ("annual rent USD 150,000, use 7.1 as the exchange rate.", "annual 租金 150000美元, 汇率按7.1。"),
    ("the exchange rate is 7.05", "汇率按7.05。"),
    # a rent of a month in another currency is the rent too (LE236)
    ("月租4200美元", "月租金4200美元"),
    # a price times a small count with no unit of its own: counted (not an area, nor a count already said)
    ("展位费 4万 ×1", "展位费 4万×1个"),
    ("展位费 2.5万*2 个", "展位费 2.5万*2 个"),
    ("1200平x2", "1200平方米x2"),
    # English: the stores' public service platform, and a platform by its domain
    ("all registered on the public service platform", "都在公共服务平台注册"),
    ("Alibaba.com B2B", "阿里巴巴国际站 B2B"),
    # a word that opens with a unit's character is no unit after a figure in k: the next item's name (MU156)
    ("推广运营费 80k 平台年费 20k", "推广运营费 80000元 平台年费 20000元"),
    ("广告费 12k 天猫店 8k", "广告费 12000元 天猫店 8000元"),
    # a two-digit figure of years after a verb of running a business is years of it, no calendar year
    ("运营25年 投入30万", "运营25年 投入30万"),
    ("25年租的仓", "2025年租的仓"),
    # already normal text is left alone
    ("运城企业租赁800平方米海外仓，租金200万元", "运城企业租赁800平方米海外仓，租金200万元"),
])
def test_normalize(typed, read):
    assert normalize(typed) == read


def test_normalize_is_idempotent():
    for text in ("租金150w", "1.5个亿", "海外倉3k平", "We rented 600 sqm"):
        once = normalize(text)
        assert normalize(once) == once
