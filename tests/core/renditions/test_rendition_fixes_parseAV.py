"""Focused checks for round AV: issues of the paper's past eras (1950s to 2000s) in every rendition.

Each test feeds a few lines of original text in a form a held-out issue of the
round showed (tests/core/renditions/data/*_430..432 and the four named only by
their date: 株洲报1957年3月8日第二版.txt, zzrb.1977-06-11.p4.html,
1999_12_31-B4.txt, 一九八〇年五月一日株洲日报第一版.txt) and asserts what a reader sees.
"""

from __future__ import annotations

from tests.core.parse_checks import assert_nothing_lost, titles
from zzreader.core.parse import parse_bytes

S = "\u3000"


def _read(text: str, name: str = "x.txt", encoding: str = "utf-8"):
    return parse_bytes(text.encode(encoding), name)


# --- 1. An old masthead's small print -----------------------------------------------------------------------

def test_the_organ_line_and_an_issue_number_in_chinese_numerals_are_the_masthead():
    """'中共株洲市委机关报' and '（第三一〇七号）' under the paper's name: no headline, no untitled article."""
    page = "\n".join([
        "株洲日报", "中共株洲市委机关报", f"一九六六年三月二日{S}星期三{S}今日四版", "（第三一〇七号）",
        "市郊蔬菜队抓紧春播",
        "本报讯　市郊各蔬菜队趁晴天抢播早春蔬菜，已播种辣椒、茄子秧苗八百多亩。",
        f"（本报通讯员{S}钱德林）",
        "株洲车站新建候车室落成",
        "本报讯　株洲车站新建的候车室日前落成，可容纳旅客一千二百人。",
    ])
    issue = _read(page)
    assert titles(issue) == ["市郊蔬菜队抓紧春播", "株洲车站新建候车室落成"]
    assert issue.articles[0].correspondents == ["钱德林"]
    assert issue.date == "1966-03-02"
    assert_nothing_lost(issue)


def test_a_masthead_whose_date_lost_a_figure_is_still_no_headline():
    """'一九八□年五月四日　星期日　今日四版' (a torn figure) under the organ line: the masthead, the file name dates it."""
    page = "\n".join([
        f"株{S}洲{S}日{S}报", "中共株洲市委机关报", f"一九八□年五月四日{S}星期日{S}今日四版",
        "市区新开两家国营饭店",
        "本报讯　市饮食服务公司在建设路、人民路新开两家国营饭店，日供应早点三千多份。",
        f"（本报记者{S}贺秋生）",
    ])
    issue = _read(page, "一九八〇年五月四日株洲日报.txt")
    assert titles(issue) == ["市区新开两家国营饭店"]
    assert issue.articles[0].reporters == ["贺秋生"]
    assert issue.date == "1980-05-04"


def test_a_transcribers_quote_of_the_masthead_small_print_is_no_article():
    """'> 中共株洲市委机关报 · 今日八版 · 元旦特刊' under a Markdown masthead: the masthead, not an untitled piece."""
    page = "\n".join([
        "# 株洲日报 一九六二年一月一日（星期一）", "", "> 中共株洲市委机关报 · 今日八版 · 元旦特刊", "",
        "## 第一版", "", "### 全市工业生产迎来开门红", "",
        "本报讯　元旦这天，全市各厂矿职工坚守岗位，许多车间当天就超额完成了生产任务。", "",
        f"（本报记者{S}万志坚）", "",
    ])
    issue = _read(page, "x.md")
    assert titles(issue) == ["全市工业生产迎来开门红"]
    assert issue.articles[0].reporters == ["万志坚"]
    assert issue.date == "1962-01-01"


# --- 2. An archive's old-issue viewer ----------------------------------------------------------------------

def test_a_breadcrumb_whose_last_step_gives_the_day_and_the_page_names_both():
    """'株洲日报 > 往期回顾 > 1993年06月15日 第3版 文体': the page line of each story, dated; never its headline."""
    def story(title: str, text: str, credit: str) -> list[str]:
        return ["株洲日报 > 往期回顾 > 1993年06月15日 第3版 文体", title, text, credit, "[打印此文] [关闭窗口]"]
    page = "\n".join([
        *story("市职工篮球赛闭幕", "本报讯　为期十天的全市职工篮球赛六月十三日闭幕，株洲冶炼厂队获得男子组冠军。",
               f"（本报通讯员{S}廖建新）"),
        *story("市图书馆开设少儿阅览室", "本报讯　市图书馆新开设的少儿阅览室日前对外开放，藏书一万二千册。",
               f"（本报记者{S}汪小红）"),
    ])
    issue = _read(page)
    assert titles(issue) == ["市职工篮球赛闭幕", "市图书馆开设少儿阅览室"]
    assert [(a.reporters, a.correspondents) for a in issue.articles] == [([], ["廖建新"]), (["汪小红"], [])]
    assert issue.date == "1993-06-15"
    assert [a.section for a in issue.articles] == ["文体", "文体"]
    assert_nothing_lost(issue)


# --- 3. Old ads: a works' address, cable address and bank account -------------------------------------------

def test_an_old_ad_closed_by_its_cable_address_and_bank_account_is_an_ad():
    """'厂址：…　电话：２６３１８　电挂：４４０２' and '开户银行：…　帐号：…' under a works' name: an ad, not a report."""
    page = "\n".join([
        f"株洲日报{S}一九八九年四月八日{S}星期六{S}第四版", "",
        "株洲市某某搪瓷厂",
        f"{S}{S}“湘江”牌搪瓷面盆、口杯，质优价廉，欢迎各地客户订购，量大从优。",
        f"{S}{S}厂址：株洲市田心大道{S}电话：２６３１８{S}电挂：４４０２",
        f"{S}{S}开户银行：建设银行田心分理处{S}帐号：３３０１２７",
        "",
        "商铺出租",
        "芦淞区某某大楼一楼门面三间招租，面积各四十平方米。",
        "租赁电话：８２６６４０５",
    ])
    issue = _read(page)
    assert titles(issue) == ["株洲市某某搪瓷厂", "商铺出租"]
    assert [a.type for a in issue.articles] == ["ad", "ad"]


# --- 4. A wire's photo: '新华社记者 某某 摄' ------------------------------------------------------------------

def test_a_wire_photographers_credit_closes_a_titled_photo_of_its_own():
    """A titled photo credited '新华社记者　钟　岳　摄': a caption (no photographer of the paper's), and the '###' ad under it
    opens a piece of its own instead of becoming the photo's sub-heading."""
    page = "\n".join([
        "# 株洲日报", "", f"一九八七年六月二日{S}星期二{S}第一版", "",
        "## 市区新建三座人行天桥", "", "本报讯　为方便行人过街，市区建设路、人民路新建的三座人行天桥日前竣工。", "",
        f"（本报记者{S}邹志明）", "",
        "## 渌江龙舟赛", "", "五月三十一日，醴陵渌江上龙舟竞渡，两岸观众数万人。", "",
        f"新华社记者{S}钟{S}岳{S}摄", "",
        "### 株洲市某某电扇厂", "", "“星湘”牌台扇、吊扇，风大声小，实行三包。", "",
        f"厂址：株洲市建设北路{S}电话：２３５６７{S}电挂：２２１０", "",
    ])
    issue = _read(page, "x.md")
    assert titles(issue) == ["市区新建三座人行天桥", "渌江龙舟赛", "株洲市某某电扇厂"]
    assert [a.type for a in issue.articles] == ["news", "caption", "ad"]
    assert issue.articles[1].photographers == []


def test_a_wire_photo_after_a_serials_instalment_is_a_piece_of_its_own():
    """PDF text: '（未完待续）' ends an instalment; a title over one scene and '新华社记者 某某 摄' is the next piece."""
    page = "\n".join([
        f"株洲日报{S}{S}2004年10月8日{S}星期五{S}B3{S}副刊{S}{S}责任编辑：何{S}静",
        "小镇人家（七）",
        f"◎ 聂远山",
        f"{S}{S}天刚亮，杂货铺的门板就卸下来了。老", "板娘一边扫地，一边和街坊打招呼。（未完",
        "待续）",
        "金秋炎陵",
        f"{S}{S}十月六日，炎陵县神农谷景区层林尽染", "，吸引大批游客。",
        f"{S}{S}新华社记者{S}唐{S}锋{S}摄",
    ])
    issue = _read(page)
    assert titles(issue) == ["小镇人家（七）", "金秋炎陵"]
    assert issue.articles[1].type == "caption"


# --- 5. The paper's imprint at the page foot ----------------------------------------------------------------

def test_the_papers_imprint_is_furniture_not_the_last_briefs_contact_line():
    """'本报地址：…　电话：…　邮发代号：…　每份二分' under a run of briefs: the page's imprint, so the briefs stay news."""
    page = "\n".join([
        f"株洲日报{S}一九六三年九月二日{S}星期一", "",
        "简　讯", "",
        "△市百货公司新到一批秋季服装，各门市部已开始供应。", "",
        "△市体育场本周末举行职工篮球比赛。", "",
        f"本报地址：株洲市建设路{S}电话：二三〇一{S}邮发代号：四一—二{S}每份二分", "",
    ])
    issue = _read(page)
    assert titles(issue) == ["简讯"]
    assert issue.articles[0].type == "news"
    assert all("邮发代号" not in p for p in issue.articles[0].paragraphs)
    assert_nothing_lost(issue)


# --- 6. The literary supplement: serials, essays and reviews ------------------------------------------------

def test_a_numbered_instalment_closed_by_to_be_continued_is_a_serials_part():
    """'山城岁月（九）' over a bare name and '（未完待续）' at its end: a serial's instalment, a feature."""
    page = "\n".join([
        f"株洲日报{S}一九九〇年七月七日{S}星期六{S}第四版",
        "山城岁月（九）", "秦南星",
        "雨下了整整一夜。天亮的时候，老秦推开木门，看见院子里的桂花落了一地。",
        "他蹲下身，一朵一朵地捡起来，放进竹篮里。（未完待续）",
    ])
    issue = _read(page)
    assert titles(issue) == ["山城岁月（九）"]
    assert issue.articles[0].type == "feature"
    assert issue.articles[0].reporters == ["秦南星"]


def test_an_essay_signed_with_a_bare_name_is_the_writers_own_piece():
    """'秋夜听雨' over '易一鸣' and an undated reminiscence: other, neither news nor commentary."""
    page = "\n".join([
        f"株洲日报{S}一九九〇年七月七日{S}星期六{S}第四版",
        "秋夜听雨", "易一鸣",
        "小时候住在乡下，最喜欢秋夜听雨。雨点打在瓦上，滴滴答答，像是谁在轻轻敲门。",
        "后来进了城，住进了楼房，就再也听不到那样的雨声了。",
    ])
    issue = _read(page)
    assert titles(issue) == ["秋夜听雨"]
    assert issue.articles[0].type == "other"
    assert issue.articles[0].reporters == ["易一鸣"]


def test_a_review_titled_after_what_it_watched_is_commentary():
    """'电影《山乡巨变》观后' signed by its writer: a review gives a view."""
    page = "\n".join([
        f"株洲日报{S}一九七九年五月九日{S}星期三", "",
        "电影《山乡巨变》观后", "", "余　平", "",
        "　　电影《山乡巨变》把农村合作化的故事拍得真实动人，几位演员的表演朴实自然。", "",
        "　　这样的好电影，值得大家都去看一看。", "",
    ])
    issue = _read(page)
    assert titles(issue) == ["电影《山乡巨变》观后"]
    assert issue.articles[0].type == "commentary"


# --- 7. A titled photo and the next title under its credit --------------------------------------------------

def test_a_title_and_its_writer_under_a_photo_credit_are_no_couplet():
    """Blank lines only between pieces: '山城岁月（连载完）' / '秦南星' under '本报记者　某某　摄' are the next piece's
    title and writer over its text, not two lines of a poem signed by the photographer."""
    page = "\n".join([
        f"株洲日报{S}1999年12月25日{S}星期六{S}B4{S}周末", "",
        "圣诞夜的步行街", "本报记者　龙晓阳",
        f"{S}{S}今晚，中心广场步行街张灯结彩，商家纷纷推出节日促销活动。",
        f"{S}{S}市公安局将加派警力，维护步行街的交通秩序。", "",
        "冬日暖阳", "12月24日午后，神农公园里晒太阳的老人。", f"本报记者{S}何{S}亮{S}摄", "",
        "山城岁月（连载完）", "秦南星",
        f"{S}{S}天亮了。老秦推开木门，院子里的桂花又开了，香气飘满了整条小巷。",
        f"{S}{S}他知道，这座小城还会一直这样过下去。（全文完）",
    ])
    issue = _read(page)
    assert titles(issue) == ["圣诞夜的步行街", "冬日暖阳", "山城岁月（连载完）"]
    assert issue.articles[0].photographers == []
    assert [a.type for a in issue.articles] == ["news", "caption", "feature"]
    assert issue.articles[2].reporters == ["秦南星"]


# --- 8. A reader's letter signed off in traditional characters ----------------------------------------------

def test_a_letter_signed_in_traditional_characters_ends_before_the_next_short_title():
    """PDF text of an old page: '讀者　梁秀芬' signs the letter; '簡　訊' under it opens the briefs, no sub-heading."""
    page = "\n".join([
        f"株洲日報{S}{S}一九五八年四月二日{S}星期三",
        "讀者來信",
        "公園應當多設座椅",
        f"{S}{S}編輯同志：人民公園裏的座椅太少，老人走累了", "沒有地方休息，希望公園管理處多設一些座椅。",
        f"{S}{S}讀者{S}梁秀芬",
        f"簡{S}訊",
        "△市新華書店新到連環畫一批，歡迎小讀者選購。",
        "△市第二醫院增設夜間門診。",
    ])
    issue = _read(page)
    assert titles(issue) == ["公園應當多設座椅", "簡訊"]
    assert [a.type for a in issue.articles] == ["other", "news"]
    assert not any("梁秀芬" in name for a in issue.articles for name in a.reporters)


# --- 9. A notice signed by an auction house -----------------------------------------------------------------

def test_an_auction_house_signs_its_notice_with_its_address_under_it():
    """'株洲市某某拍卖行' and its '地址：…　电话：…' under an auction notice: the notice's signer, not a notice of its own."""
    page = "\n".join([
        f"株洲日报{S}１９９８年６月５日{S}星期五{S}第八版",
        "拍卖公告",
        "受委托，本行定于六月十五日上午十时公开拍卖桑塔纳轿车一台。有意者请于六月十四日前来本行登记。",
        "株洲市某某拍卖行",
        f"地址：株洲市人民中路{S}电话：８２１５５６０",
        "遗失声明",
        "株洲市某某五金门市部遗失营业执照副本一份，声明作废。",
    ])
    issue = _read(page)
    assert titles(issue) == ["拍卖公告", "遗失声明"]
    assert "株洲市某某拍卖行" in issue.articles[0].paragraphs


# --- 10. A poem under its poet's bare name, one line a paragraph -------------------------------------------

def test_a_poem_under_a_bare_name_stays_one_piece_to_the_pages_editor_line():
    """'晚归' / '易小帆' over four short lines, then '本版责任编辑…': one poem signed by its poet, no headline '炊烟起了'."""
    page = "\n".join([
        f"株洲日报{S}一九八六年十月十一日{S}星期六{S}第四版",
        "晚归", "易小帆",
        "夕阳落在田埂上", "牛铃一路响回村", "母亲站在门口", "炊烟起了",
        f"本版责任编辑{S}吴{S}岚",
    ])
    issue = _read(page)
    assert titles(issue) == ["晚归"]
    assert issue.articles[0].reporters == ["易小帆"]
    assert issue.articles[0].type == "other"
    assert "炊烟起了" in "".join(issue.articles[0].paragraphs)


# --- 11. Features of the old pages: a genre label, profiles, then-and-now, a market scene -------------------

def _feature_page(*lines: str) -> list[str]:
    return [f"株洲日报{S}一九六一年六月三日{S}星期六", "", *lines]


def test_a_story_under_the_label_tongxun_is_a_feature():
    """'通　讯' over a headline and its reporter: the page names the genre, a reported feature (通讯)."""
    page = "\n".join(_feature_page(
        f"通{S}讯", "渡口边的老船工", f"本报记者{S}彭志坚",
        f"{S}{S}在湘江边的三门渡口，老船工周德厚已经摆了三十年渡。",
        f"{S}{S}每天天不亮，他就把渡船收拾得干干净净，等着赶早的社员过江。",
    ))
    issue = _read(page)
    assert titles(issue) == ["渡口边的老船工"]
    assert issue.articles[0].type == "feature"


def test_a_signed_story_headed_by_its_subjects_honour_is_a_profile():
    """'插秧能手龙秀英' over a reporter's byline and no date or lead: a profile, a feature."""
    page = "\n".join(_feature_page(
        "插秧能手龙秀英", f"本报记者{S}邓国华",
        f"{S}{S}龙秀英是白关公社有名的插秧能手，一天能插秧一亩二分。",
        f"{S}{S}她还把自己的经验编成顺口溜，教给队里的青年社员。",
    ))
    issue = _read(page)
    assert issue.articles[0].type == "feature"
    awards = "\n".join(_feature_page(
        "全市表彰十名插秧能手", f"本报记者{S}邓国华",
        f"{S}{S}为鼓励社员学技术，市农业局日前表彰了十名插秧能手，每人奖励锄头一把。",
        f"{S}{S}受表彰的社员来自六个公社。",
    ))
    assert _read(awards).articles[0].type == "news"  # many people honoured: a report of the award, no profile


def test_a_signed_story_that_sets_then_against_now_and_quotes_a_resident_is_a_feature():
    """'二十年前的董家塅，…' and '老住户周大娘说：“…”': a then-and-now story, a feature."""
    page = "\n".join(_feature_page(
        "董家塅换新颜", f"本报记者{S}梁文海",
        f"{S}{S}二十年前的董家塅，只有一条土街和几间铺子。",
        f"{S}{S}如今，这里工厂连片，新修的马路又宽又平。",
        f"{S}{S}老住户周大娘说：“这日子是越过越好了。”",
    ))
    issue = _read(page)
    assert issue.articles[0].type == "feature"


def test_a_signed_story_set_in_a_market_that_quotes_a_trader_is_a_feature():
    """'在芦淞服装市场，…' and '“…。”摊主说。': a scene in a market, a feature."""
    page = "\n".join([
        f"株洲日报{S}一九九三年五月八日{S}星期六{S}第二版", "",
        "小摊贩学会了看行情", f"本报记者{S}邹文军",
        f"{S}{S}在荷塘蔬菜批发市场，摊主罗春生每天清早先看一遍黑板上的价目。",
        f"{S}{S}“价钱跟着行情走，菜才卖得快。”罗春生说。",
    ])
    issue = _read(page)
    assert issue.articles[0].type == "feature"


# --- 12. A name OCR could not read whole -------------------------------------------------------------------

def test_a_closing_credit_keeps_a_name_with_a_worn_character():
    """'（通讯员　肖建军　罗□英）' after a worn page's report: both correspondents, the second with OCR's □ kept."""
    page = "\n".join([
        "株洲日报", f"一九七四年五月六日{S}星期一",
        "市郊早稻插秧基本结束",
        "本报讯　市郊各公社抓紧季节，早稻插秧已基本结束，共插秧八万二千亩。",
        f"（通讯员{S}肖建军{S}罗□英）",
        "株洲车站增开短途列车",
        "本报讯　株洲车站从五月一日起增开株洲至醴陵的短途旅客列车，每天往返两次。",
        f"（本报记者{S}刘■）",
    ])
    issue = _read(page)
    assert titles(issue) == ["市郊早稻插秧基本结束", "株洲车站增开短途列车"]
    assert issue.articles[0].correspondents == ["肖建军", "罗□英"]
    assert issue.articles[1].reporters == ["刘■"]


# --- 13. A Markdown transcription that sets the masthead and the page label in bold -------------------------

def test_a_bold_masthead_and_a_bold_page_label_over_heading_titles_are_no_articles():
    """'**株洲日报　一九九四年五月七日　星期六**' and '**第四版　文化生活**' over '###' titles: the masthead and the page."""
    page = "\n".join([
        f"**株洲日报{S}一九九四年五月七日{S}星期六**", "", f"**第四版{S}文化生活**", "",
        "### 市青少年宫开办书法班", "", "本报讯　市青少年宫暑期书法班开始报名，招收八至十四岁的学员一百名。", "",
        f"（本报记者{S}龙文华）", "",
        "### 读《炎陵山歌集》", "", f"**易春林**", "",
        "《炎陵山歌集》收录了炎陵县流传的山歌三百多首，读来亲切有味。", "",
        "这些山歌唱的是山里人的劳动和爱情，朴素真挚，是值得珍惜的民间文化遗产。", "",
    ])
    issue = _read(page, "x.md")
    assert titles(issue) == ["市青少年宫开办书法班", "读《炎陵山歌集》"]
    assert [a.section for a in issue.articles] == ["文化生活", "文化生活"]
    assert [a.type for a in issue.articles] == ["news", "commentary"]
    assert issue.date == "1994-05-07"
