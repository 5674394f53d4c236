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


TITLED_PHOTOS = """株洲日报
2026年4月2日 星期四

清明前夕祭英烈
4月1日，芦淞区的中小学生来到烈士陵园，向革命先烈敬献花篮，重温入队誓词。
株洲日报全媒体记者 石某某 通讯员/龙某 摄

湘江边上风筝飞
春风和煦，不少市民带着孩子来到湘江风光带放风筝，五颜六色的风筝在江面上空飞舞，成了城市里一道流动的风景。
袁某 摄

炎陵桃花开满山
3月31日，炎陵县中村瑶族乡的千亩桃花竞相开放，漫山遍野一片粉红。
图为游客在桃林中拍照留念。（通讯员 谭某某 摄）

我市启动春季义务植树
株洲日报讯（全媒体记者 石某某）4月1日，全市春季义务植树活动在天元区启动，2000余名干部群众栽下苗木1万余株。
株洲日报全媒体记者 石某某 摄

渌口区开通两条农村客运公交
本报讯 4月1日起，渌口区开通至南洲镇、龙门镇的两条农村客运公交线路，每天各发班12趟，票价2元。
"""


def test_a_titled_photo_signed_only_by_its_photographers_under_its_text_is_a_caption():
    """The seeds' gold types a headline over a paragraph and a credit ending `摄` as the photo's
    caption (seeds/003_99c44b28628ffb80.txt, `迎五一 着盛装`), whether or not the page kept the
    photo's gap; a story with a lead or a writer's credit stays news, its photo credit aside."""
    issue = parse_text(TITLED_PHOTOS, "zzrb-2026-04-02.txt")
    got = {a.title: (a.type, a.photographers, a.reporters) for a in issue.articles}
    assert got["清明前夕祭英烈"] == ("caption", ["石某某", "龙某"], [])
    assert got["湘江边上风筝飞"] == ("caption", ["袁某"], [])
    assert got["炎陵桃花开满山"] == ("caption", ["谭某某"], [])
    assert got["我市启动春季义务植树"][0] == "news"
    assert got["渌口区开通两条农村客运公交"][0] == "news"
