"""Focused checks for round AY: the everyday renditions, as an outside examiner builds them.

Each test feeds a few lines of original text in a form a held-out issue of the
round showed (tests/core/renditions/data/*_460, *_461 and the two named only by
their date: 2027-03-02_A03_株洲日报.txt, 株洲日报 2024年11月6日.html) and asserts
what a reader sees.
"""

from __future__ import annotations

from zzreader.core.parse import parse_bytes


def _read(text: str, name: str = "x.txt"):
    return parse_bytes(text.encode("utf-8"), name)


# --- 1. A news photo's title, set in bold by an export ------------------------------------------------------

def test_a_photo_title_run_into_its_caption_heads_a_photo_of_its_own():
    """'<strong>秋收正忙</strong> 9月20日，…。（记者 某 摄）' after a story: the photo, titled, not the story's end."""
    page = """<html><body>
<p>株洲日报　2026年9月21日　星期一　A03　要闻</p>
<article><h2>我市新增三条城际公交</h2>
<p>本报讯（记者 孟晓川）9月20日起，我市开通至湘潭、长沙的三条城际公交线路。</p></article>
<figure><img src="p1.jpg" alt=""><figcaption><strong>秋收正忙</strong> 9月20日，攸县皇图岭镇农民在收割晚稻。（记者 饶一帆 摄）</figcaption></figure>
<article><h2>市民中心延时服务</h2><p>本报讯（通讯员 柯雪）市民中心即日起午间不休息。</p></article>
</body></html>"""
    issue = _read(page, "x.html")
    by_title = {a.title: a for a in issue.articles}
    assert list(by_title) == ["我市新增三条城际公交", "秋收正忙", "市民中心延时服务"]
    photo = by_title["秋收正忙"]
    assert photo.type == "caption" and photo.photographers == ["饶一帆"]
    assert by_title["我市新增三条城际公交"].photographers == []


def test_a_bold_line_over_a_news_photo_titles_the_photo():
    """'**橘子红了**', the image, then '*11月2日，…（记者 某 摄）*' after a story: the bold line is the photo's title."""
    page = """# 株洲日报 2025年11月3日 A05 区县

## 炎陵开通山区快递专线

本报讯（通讯员 罗小梅）11月1日，炎陵县开通覆盖8个乡镇的快递专线，山区群众收快递不再跑镇上。

**橘子红了**

![](a05_02.jpg)

*11月2日，醴陵市浦口镇果农在采摘蜜橘。（记者 甘文 摄）*

## 渌口启动冬季植树

本报讯（记者 蒋达）11月2日，渌口区冬季义务植树活动启动。
"""
    issue = _read(page, "x.md")
    titles = [a.title for a in issue.articles]
    assert titles == ["炎陵开通山区快递专线", "橘子红了", "渌口启动冬季植树"]
    photo = issue.articles[1]
    assert photo.type == "caption" and photo.photographers == ["甘文"]
    assert "橘子红了" not in "".join(b.text for b in issue.articles[0].blocks)


# --- 2. A signed view whose headline says what ought to be done ---------------------------------------------

def test_a_signed_piece_urging_in_its_headline_is_commentary():
    """'文/某' over '全民健身要常抓不懈' and a closing call: commentary, not a writer's essay."""
    page = """株洲日报　2026年10月9日　星期五　A04　文体
全民健身要常抓不懈
文/龚立新
国庆假期，神农公园的健身步道上人来人往，不少市民一家老小结伴锻炼。
健身热潮来之不易，更需要场地、指导和赛事常态跟上，让群众动起来、乐起来。
"""
    issue = _read(page)
    assert [(a.title, a.type, a.reporters) for a in issue.articles] == [("全民健身要常抓不懈", "commentary", ["龚立新"])]
    # '…要循序渐进' over '医生提醒，…': the paper reports the advice, whoever signs it
    page = """株洲日报　2026年11月25日　星期三　A07　健康
秋冬锻炼要循序渐进
文/谢宁
天气转凉，不少市民加大了运动量。市中心医院康复科医生提醒，锻炼前要充分热身，运动量要逐步增加。
"""
    issue = _read(page)
    assert [a.type for a in issue.articles] != ["commentary"]


# --- 3. A couplet kicker over the headline ---------------------------------------------------------------

def test_a_couplet_over_a_headline_is_its_kicker():
    """'巧手织就锦绣 非遗焕发新彩' over '攸县举办首届苗绣技艺大赛' over '本报讯…': the second line is the title."""
    page = """株洲日报 2025年9月12日 星期五 第A05版 区县
巧手织就锦绣 非遗焕发新彩
攸县举办首届苗绣技艺大赛
本报讯（记者 胡晓彤）9月11日，攸县首届苗绣技艺大赛在鸾山镇举行，80余名绣娘同台比技。
"""
    issue = _read(page)
    (article,) = issue.articles
    assert article.title == "攸县举办首届苗绣技艺大赛"
    assert article.kicker.replace("\u3000", " ") == "巧手织就锦绣 非遗焕发新彩"


# --- 4. A masked hotline under the page header --------------------------------------------------------------

def test_a_masked_ad_hotline_under_the_page_header_is_page_furniture():
    """'广告热线：0731-2882××××' under a notices page's header: page chrome, no untitled piece."""
    page = """株洲日报　2025年3月14日　星期五　B04　公告
　　　　　　　　　　　　　　　　　　　　广告热线：0731-2882××××

遗失声明
　　王某某遗失株洲市荷塘区某某小区5栋302室购房发票一张，声明作废。
"""
    issue = _read(page)
    assert [a.title for a in issue.articles] == ["遗失声明"]


# --- 5. An ad whose phone number is printed masked ----------------------------------------------------------

def test_an_ad_with_a_masked_phone_number_is_an_ad():
    """'神农名府　现房发售' over its terms and '售楼热线：0731-2866××××': an ad, the number masked or not."""
    page = """<html><body>
<p>株洲日报　2026年5月8日　星期五　A06　城事</p>
<article><h2>城区新增两处停车场</h2><p>本报讯（记者 韩冰）5月7日，天元区新建的两处公共停车场投入使用，新增车位420个。</p></article>
<aside><h3>神农名府　现房发售</h3><p>建筑面积95—138平方米　首付12万起</p><p>售楼热线：0731-2866××××</p></aside>
</body></html>"""
    issue = _read(page, "x.html")
    assert [(a.title.replace("\u3000", " "), a.type) for a in issue.articles] == [("城区新增两处停车场", "news"), ("神农名府 现房发售", "ad")]


# --- 6. A scene set at 'two o'clock' or by the solar term -----------------------------------------------------

def test_a_signed_story_opening_at_two_at_night_or_on_a_solar_term_is_a_feature():
    """'凌晨两点，…' and '霜降刚过，…' open a scene that quotes its people: a feature, as '凌晨三点，…' already was."""
    for opening in ("凌晨两点，株洲西站的站台上，", "霜降刚过，茶陵县严塘镇的柿子林里，"):
        page = f"""株洲日报　2026年10月26日　星期一　A05　民生
坚守岗位的“追光者”
记者　邝一鸣
　　{opening}检修工邹海波正弯着腰检查线路。
　　“活儿不等人，早一点干完，大家就早一点放心。”邹海波一边擦汗一边说。
　　这样的工作，他已经坚持了12年。
"""
        issue = _read(page)
        assert [(a.title, a.type) for a in issue.articles] == [("坚守岗位的“追光者”", "feature")], opening
