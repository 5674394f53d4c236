"""Questions and answers set as dialogue ('主持人：…？', '记者：…', '问：…' / '周某某：…', '答：…').

A forum (访谈) or an interview prints its exchange line by line, each line
opening on who speaks. Its first question right under a headline opens the
piece: a sub-heading of a story introduces more of that story's text, not a
dialogue the story never had. A piece that is mostly such an exchange, with
no news lead over it, whose answers are given by named people, is an
interview: the paper runs it as a feature. A service Q&A ('问：…' / '答：…',
the office answering) explains a policy and stays the report it is.
"""

from __future__ import annotations

import re

from .models import Block

QUESTION = re.compile(r"^(?:问|记者|主持人|网友|读者|本报)\s*[:：]\s*\S")
# '周某某：…', '李局长：…': an answer by its speaker's name or title (two to four characters); a bare '答：…' is
# the office's answer of a service Q&A (政策问答), which reports the policy and stays news
# ('“小巷管家”李阿姨：…': a quoted title before the name)
_ANSWER = re.compile(r"^(?!答)(?:“[^”]{1,8}”)?[\u4e00-\u9fff]{2,4}\s*[:：]\s*\S")


def has_questions(blocks: list[Block]) -> bool:
    return any(b.kind == "p" and QUESTION.match(b.text) for b in blocks)


def interview(blocks: list[Block]) -> bool:
    """Two questions or more, answered by named speakers: an exchange, not a report quoting its sources.

    A bare '答：…' answers for a person too when the opening names the one the reporter interviewed
    ('记者就此采访了市体育局局长周某某'), not an office ('…采访了市医保局'): an interview all the same.
    """
    prose = [b.text for b in blocks if b.kind == "p"]
    answer = _ANSWER if not (prose and _PERSON_INTERVIEWED.search(prose[0])) else _ANY_ANSWER
    questions = sum(1 for t in prose if QUESTION.match(t))
    answers = sum(1 for t in prose if not QUESTION.match(t) and answer.match(t))
    return questions >= 2 and answers >= 2 and (questions + answers) * 2 >= len(prose)


_ANY_ANSWER = re.compile(r"^(?:答|(?:“[^”]{1,8}”)?[\u4e00-\u9fff]{2,4})\s*[:：]\s*\S")
# '采访了市体育局局长周某某', '专访了…主任医师杨某某', '采访了株洲队主教练曾某某': a person by title and name; '采访了市人社局相关负责人' is
# the office speaking (a service Q&A, news)
_PERSON_INTERVIEWED = re.compile(
    r"(?:采访|专访|访问)了?[^，。；]{0,24}?(?:局长|主任|书记|县长|区长|市长|镇长|院长|校长|所长|站长|董事长|总经理|经理|专家|医师|医生|教授|代表|委员|教练|队长|馆长|厂长|会长|主席|导演|作家|工程师)"
    r"[\u4e00-\u9fff]{2,3}(?=[。，；]|$)"
)


# '市公交集团答：…', '天元区嵩山路街道回复：…', '答：…': an office answers a reader's question
_OFFICE_ANSWER = re.compile(r"^[\u4e00-\u9fff]{0,16}?(?:答|回复|答复)\s*[:：]\s*\S")
_ASKED = re.compile(r"^(?:市民|网友|读者|群众)?[\u4e00-\u9fff“”\"「」@＠]{0,16}?问?\s*[:：]\s*\S")


def office_answers(blocks: list[Block]) -> bool:
    """A question put and an office's answer under it: the paper's service report (a hotline's reply), news.

    A question headline ('小区电梯何时能更换？') over such an exchange heads that report.
    """
    prose = [b.text.strip() for b in blocks if b.kind == "p"]
    return len(prose) >= 2 and bool(_ASKED.match(prose[0])) and any(_OFFICE_ANSWER.match(t) for t in prose[1:])
