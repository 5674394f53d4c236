"""The line that signs a reader's letter, which is never a headline.

A letter ends with its writer: a bare role and name ('读者 王先生'), or the
writer's place or unit in front of the role ('荷塘区月塘街道居民 刘某某',
'株洲某中学退休教师 王某'), or the place and a polite name
('荷塘区　李先生'), or the name with the unit in brackets after it.
Read by the headline rules in zzreader/core/lines.py.
"""

from __future__ import annotations

import re

_NAME = r"[\u3400-\u9fff]{1,3}(?:先生|女士|同学|老师)?"
# the traditional forms too ('讀者　柳長青' in a scan of an old page or a reprint)
_ROLE = (r"(?:读者|市民|网友|居民|家长|村民|业主|职工|退休职工|退休教师|退休干部|教师|学生|工人|志愿者"
         r"|讀者|網友|家長|業主|職工|退休職工|退休教師|退休幹部|教師|學生|志願者)")
_UNIT = r"[\u3400-\u9fff]{2,20}?"
_SIGNER = re.compile(
    rf"^(?:{_ROLE}|一位[读讀]者|一位市民)(?:[ \u3000]*[:：][ \u3000]*|[ \u3000]+){_NAME}$"  # '读者 王先生', '市民：刘某某'
    r"|^(?:读者|市民|网友|居民|家长|讀者|網友|家長)[\u3400-\u9fff](?:先生|女士|同学|老师|同學|老師)$"  # '读者王女士'
    rf"|^{_UNIT}[ \u3000]*{_ROLE}[ \u3000]+{_NAME}$"  # '荷塘区月塘街道居民 刘某某': the writer's place, role and name
    rf"|^{_NAME}[(（]{_UNIT}{_ROLE}[)）]$"  # '刘某某（荷塘区月塘街道居民）'
    r"|^[\u3400-\u9fff]{1,12}?(?:区|县|市|镇|乡|街道|社区|小区|村)[ \u3000]+[\u3400-\u9fff](?:先生|女士)$"  # '荷塘区　李先生'
)


def is_letter_signer(text: str) -> bool:
    """Does this line sign a letter ('读者来信' names a column and is no signer)?"""
    return bool(_SIGNER.match(text.strip()))


# '编辑同志：…': a reader's letter opens on its salutation (zzreader/core/type_rules.py reads it so too)
_SALUTATION = re.compile(r"^\s*(?:尊敬的)?(?:编辑同志|编辑部|编辑老师|记者同志)[:：，,]")


def opens_letter(text: str) -> bool:
    """The paragraph opens a reader's letter: the headline over it heads a letter of its own, no sub-section."""
    return bool(_SALUTATION.match(text))
