"""The lines of notices and small ads that are not headlines, and the dress a title wears.

A notice or ad runs on past its title with 'label: value' field lines
(招标人:某某中学), a bullet list of jobs (◆焊工 15名) and its signer
(某某有限公司, 清算组); none of these opens the next article. Titles come
framed (【注销公告】, ★招聘★) or behind a commentary column's name
(【株洲时评】…, 株洲时评｜…), which pass two (`parse.py`) takes off.
"""

from __future__ import annotations

import re

# Inside a notice or ad: 'label: value' lines (招标人:某某中学) and the signer (某某有限公司, 清算组).
FIELD = re.compile(r"^[\u4e00-\u9fff]{2,7}\s*[:：]\s*\S")
# '◆焊工 15名', and a numbered item ('1. 机械设计工程师 10名', '（2）…'); not '◆ 门面转让 ◆', a framed title, nor '1.5万元'
BULLET = re.compile(r"^(?:[◆◇●■□▲△★☆◎○·•]\s*\S(?!.*[◆◇●■□▲△★☆◎○]\s*$)|(?:\d{1,2}(?:[.．](?!\d)|[、)）])|[(（]\d{1,2}[)）])\s*\S)")
DECORATED = re.compile(r"^[★☆◆◇■□●○▲△〓]\s*([^★☆◆◇■□●○▲△〓]{2,12}?)\s*[★☆◆◇■□●○▲△〓]$")  # '★招聘★', '〓减资公告〓'
# A commentary column's name set in brackets before its title ('【株洲时评】端午假期,安全不放假'):
# the column is the section; a topic tag such as 【聚焦两会】 stays part of the headline.
_COLUMN = r"[^】〕］\]\s]{0,4}(?:时评|快评|短评|评论|社论|观点|热评|锐评|论坛|杂谈)"
# the page's photo or briefs column framed before a headline ('【图片新闻】湘江边的冬泳人'): only in brackets a label
# and a column of letters or of a hotline's replies ('【12345热线回音】老旧小区漏水问题得到解决', '【民生信箱】…')
_FRAMED_COLUMN = r"[^】〕］\]\s]{0,4}(?:图片新闻|新闻图片|图片报道|图说|组图|快讯|简讯|短讯)|[^】〕］\]\s]{0,8}(?:回音|来信|信箱|热线|直通车|问政|留言板)"
# '社论　做好秋收秋种工作' (one space once the page's spaces are read): the paper's own opinion labels before the title
_OPINION_LABEL = r"社论|本报评论员|评论员文章|编辑部文章|短评|时评|快评"
BRACKET_LABEL = re.compile(
    rf"^(?:[【〔［\[]({_COLUMN}|{_FRAMED_COLUMN})[】〕］\]]\s*|({_COLUMN})(?:\s{{2,}}|\u3000+|\s*[｜|：:·]\s*)|({_OPINION_LABEL})\s(?=\S{{4}}))(\S.*)$"
)
BRACKETED = re.compile(r"^[【〔［\[]([^【】〔〕［］\[\]]{2,12})[】〕］\]]$")  # '【注销公告】': the brackets only frame it
SIGNER_END = r"(?:公司|政府|气象台|电视台|电台|商会|联合会|工会|党委|组委会|工作组|银行|编辑部|清算组|管理人|中心|支队|大队|指挥部|管委会|学校|门诊部|事务所|委员会|合作社|商行|拍卖行|典当行|车行|门市部|生产队|医院|协会|村委会|居委会|董事会|监事会|理事会|办公室|小组|群工部|项目部|宣传部|中学|小学|大学|学院|幼儿园|集团|分行|支行|泣告|敬告|谨告|泣启|[店厂社所局院])"
SIGNER = re.compile(SIGNER_END + "$")

# A short line that names a notice or a small ad ('遗失声明', '某某公司减资公告', '诚聘'): a headline of its own,
# even set in bold under a page whose other titles are headings.
NOTICE_TITLE = re.compile(r"^[^。，,；;！？]{0,16}(?:公告|通告|声明|启事|公示|招聘|诚聘|急聘|招租|招商|讣告)$|^(?:更正|勘误)$")

# A notice set on one line, its title before a colon (or a wide space): '遗失声明：株洲市某某五金店遗失营业执照正本，声明作废。';
# a small ad for a property so too: '房屋出售：荷塘区某某小区三室两厅…电话：138…'
_PROPERTY = r"(?:房屋|住房|门面|商铺|店面|铺面|车位|车库|写字楼|厂房|仓库|二手车)"
INLINE_NOTICE = re.compile(
    r"^\s*(更正|勘误|(?:遗失|作废|挂失|更正|郑重)?声明|(?:遗失|寻人|寻物|招领|更正)启事|(?:注销|减资|清算|拍卖|招标|债权申报|停电|停水)(?:公告|通知)"
    rf"|{_PROPERTY}(?:出租|出售|转让|招租|求购|求租))"
    r"(?:\s*[:：]\s*|\u3000+|\s{2,}|(?<=[\u4e00-\u9fff]{4}) )(\S.{7,})$"  # '遗失声明　株洲某某公司遗失…': a wide space (one, after four characters) for the colon
)
# A small ad set on one line behind its bracketed label: '【出租】天元区泰山路门面一间，电话：139…' (a classified page)
INLINE_AD = re.compile(
    r"^\s*[【\[〔]\s*((?:招聘|诚聘|急聘|招工|求职|出租|招租|出售|转让|求购|家政|搬家|培训|招生|家教|寻人|寻物|遗失|征婚|婚介|维修|回收"
    r"|开业|装修|房产|商铺|车辆|二手|声明)[\u4e00-\u9fff]{0,4})\s*[】\]〕]\s*(\S.{7,})$"
)
INLINE_NOTICE_FIRST = set("勘遗作挂更郑声寻招注减清拍债停【[〔房住门商店铺车写厂仓二")
