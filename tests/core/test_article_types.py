"""Article types the parser gives pieces without a byline (core/type_rules.py `article_type`)."""

from __future__ import annotations

from zzreader.core.parse import parse_text

ISSUE = """株洲日报
2025年3月4日 星期二

城区简讯

神农公园樱花进入盛花期
连日来气温回升，神农公园内的樱花陆续绽放，吸引不少市民前来赏花拍照。公园管理处提醒游客文明赏花，不要攀折花枝。

石峰区新增两处口袋公园
近日，石峰区清水塘街道的两处口袋公园建成开放，为周边居民提供了散步、休闲的好去处。

医保卡丢了怎么办？
答：参保人可携带身份证到就近的医保经办窗口挂失补办，也可以通过手机上的医保服务平台办理。
"""


def test_unsigned_briefs_under_their_headlines_are_news_and_a_question_is_not():
    issue = parse_text(ISSUE, "zzrb-2025-03-04.txt")
    types = {a.title: a.type for a in issue.articles}
    assert types["神农公园樱花进入盛花期"] == "news"
    assert types["石峰区新增两处口袋公园"] == "news"
    assert types["医保卡丢了怎么办？"] == "other"


DECKS = """株洲日报
2025年6月3日 星期二

神农城夜市开市首周迎客十万人次
——摊位实行“一户一码”管理
株洲日报全媒体记者/龙某某

6月1日晚，神农城夜市正式开市。首周累计接待市民游客约十万人次，带动周边餐饮消费增长三成。

一把焊枪焊出精彩人生
——记“株洲工匠”、中车株机焊工李某某
株洲日报全媒体记者/谭某某

凌晨的车间里，李某某已经戴好面罩。二十年来，他焊过的转向架数以千计。
"""


def test_a_deck_that_explains_a_report_keeps_it_news_and_a_profile_deck_makes_a_feature():
    issue = parse_text(DECKS, "zzrb-2025-06-03.txt")
    types = {a.title: (a.type, a.subtitle) for a in issue.articles}  # the deck under the title is its subtitle (副题)
    assert types["神农城夜市开市首周迎客十万人次"] == ("news", "——摊位实行“一户一码”管理")
    assert types["一把焊枪焊出精彩人生"][0] == "feature"


TEASERS = """株洲日报
2025年4月8日 星期二

城区简讯

社区网格员怎样上门服务？
近日，市里出台新的网格服务规范，对网格员入户走访的次数和时间作出要求。扫描二维码，观看本期微课堂。

老旧小区加装电梯怎么办？
4月7日，市住建局公布今年第一批加装电梯的小区名单，共有12个小区的36部电梯将在年内开工。
"""


def test_a_question_over_a_qr_code_teaser_is_no_report():
    """'近日，…' opens both, but the first sends the reader to a lesson behind a QR code."""
    types = {a.title: a.type for a in parse_text(TEASERS, "zzrb-2025-04-08.txt").articles}
    assert types["社区网格员怎样上门服务？"] == "other"
    assert types["老旧小区加装电梯怎么办？"] == "news"
