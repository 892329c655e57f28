"""The patterns date_expressions.py searches a passage with, tried in order, each named by how
its match becomes EDTF (`day`, `since-month`, `weekday`...), and the month and weekday numbers
of every name they match."""

from __future__ import annotations

import re

from kb_service.curation.drafting.date_names import MONTHS, ORDINAL_DAYS, WEEKDAYS

MONTH_OF = {name: number for number, spelled in MONTHS.items() for name in spelled}
_MONTH = "|".join(sorted((re.escape(n) for n in MONTH_OF), key=len, reverse=True))
_M = rf"(?:[بو](?=[^\W\d_]))?(?P<m>{_MONTH})(?:\.)?(?:\s*/\s*(?P<m2>{_MONTH}))?"
_YEAR_WORD = r"(?:(?:عام|العام|سنة|سنه)\s+)?"
_Y = r"(?P<y>\d{4})(?:\s*(?:года|год|г\.))?"
# A match starts a word, or follows an Arabic proclitic (وفي وقت سابق، ومنذ عام 1992).
_B = r"(?<![\w])(?:[وفبل](?=[^\W\d_])|و(?=\d))?"  # و before a day too: 10 و18 أكتوبر
_E = r"(?![\w])"  # and ends one

_SINCE = r"(?:since|منذ|с|со)"
# Month names written in full (no `mar`, `jan`, nor the Levantine `اب`, a word as well).
_MONTH_FULL = "|".join(
    sorted(
        (
            re.escape(n)
            for n in MONTH_OF
            if (len(n) > 3 or n in ("may", "май", "мае")) and n != "اب"
        ),
        key=len,
        reverse=True,
    )
)
_IN_MONTH = (
    r"(?:in|during|late|early|mid|в|во|в\s+конце|в\s+начале|в\s+середине"
    r"|(?:[وف])?(?:في|خلال|أواخر|اواخر|أوائل|اوائل|منتصف)(?:\s+شهر)?)"
)

ORDINAL_OF = {name: number for number, spelled in ORDINAL_DAYS.items() for name in spelled}
_ORDINAL = "|".join(sorted((re.escape(n) for n in ORDINAL_OF), key=len, reverse=True))
# the first of December (2020), الأول من ديسمبر, первого декабря: the day is `o`
_ORDINAL_DAY = rf"(?:the\s+)?(?P<o>{_ORDINAL})\s+(?:of\s+|من\s+(?:شهر\s+)?)?{_M}"

WEEKDAY_OF = {name: number for number, spelled in WEEKDAYS.items() for name in spelled}
_WEEKDAY = "|".join(sorted((re.escape(n) for n in WEEKDAY_OF), key=len, reverse=True))
_BARE_WEEKDAY = "|".join(
    re.escape(n) for n in sorted(WEEKDAY_OF, key=len, reverse=True) if n.startswith("ال")
)
_EN_WEEKDAY = "|".join(n for n in WEEKDAY_OF if n.isascii())

_NOT_TODAY_BEFORE = ("روسيا", "الخليج", "مصر", "حتى", "الى", "منذ", "هذا", "ذلك")
_BARE_TODAY = "".join(rf"(?<!{w} )" for w in _NOT_TODAY_BEFORE) + (
    r"اليوم(?!\s+(?:التالي|الثاني|الاول|السابق|الذي|العالمي|الوطني|نفس|ذات))"
)

# (how, pattern), tried in this order; a later match may not overlap an earlier one.
PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (how, re.compile(_B + pattern + _E))
    for how, pattern in (
        # from 27 September to 10 November (2020), с 27 сентября до 10 ноября, من 27 سبتمبر إلى
        (
            "day-range",
            rf"(?:from|between|с|со|من|بين)\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m>{_MONTH})"
            rf"\s+(?:to|until|till|and|до|по|الي|حتي|و)\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+"
            rf"(?P<mb>{_MONTH})(?:,?\s+{_YEAR_WORD}{_Y})?",
        ),
        (  # 27 September - 10 November 2020, 27 сентября – 10 ноября
            "day-range",
            rf"(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m>{_MONTH})\s*[-–—]\s*(?P<d2>\d{{1,2}})"
            rf"(?:st|nd|rd|th)?\s+(?P<mb>{_MONTH})(?:,?\s+{_YEAR_WORD}{_Y})?",
        ),
        # since 27 September (2020), since September 27, منذ 27 سبتمبر, с 27 сентября
        (
            "since-day",
            rf"{_SINCE}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_M}(?:,?\s+{_YEAR_WORD}{_Y})?",
        ),
        ("since-day", rf"{_SINCE}\s+{_M}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+{_Y})?"),
        ("since-day", rf"{_SINCE}\s+{_ORDINAL_DAY}(?:,?\s+{_YEAR_WORD}{_Y})?"),  # منذ العاشر من
        ("day", r"(?P<y>(?:19|20)\d\d)-(?P<mn>[01]\d)-(?P<d>[0-3]\d)"),  # ISO: 2020-11-10
        ("day", rf"(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_M},?\s+{_YEAR_WORD}{_Y}"),
        ("day", rf"{_M}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,\s*{_Y}"),
        ("day", r"(?P<d>[0-3]?\d)\.(?P<mn>[01]?\d)\.(?P<y>\d{4})"),  # a dateline: 10.10.2020
        ("day", rf"{_ORDINAL_DAY},?\s+{_YEAR_WORD}{_Y}"),
        ("range", r"(?P<y1>\d{4})\s*[-–—]\s*(?P<y2>\d{4})"),
        (
            "range",
            r"(?:between|from|بين|من|с|между)\s+"
            + _YEAR_WORD
            + r"(?P<y1>\d{4})(?:\s*года)?\s+(?:and|to|until|و|الى|حتى|по|и|до)\s+"
            + _YEAR_WORD
            + r"(?P<y2>\d{4})(?:\s*(?:год|годы|годах|гг\.))?",
        ),
        ("since", rf"(?:since|منذ|с|со)\s+(?:{_M}\s+)?{_YEAR_WORD}{_Y}"),
        (
            "since-month",
            rf"(?:since|منذ|с|со)\s+(?:late\s+|early\s+|mid-|أواخر\s+|اواخر\s+)?(?P<m>{_MONTH_FULL})",
        ),
        # (the war is) in its sixth day: since the day five days before the publication
        ("day-count", rf"in\s+its\s+(?:(?P<o>{_ORDINAL})|(?P<d>\d{{1,2}})(?:st|nd|rd|th))\s+day"),
        ("month", rf"{_M},?\s+{_YEAR_WORD}{_Y}"),
        # the first day of a list that one month ends (10 and 18 October, 10 и 18 октября,
        # 10 و18 أكتوبر): its month is the list's; the last day is read as any other
        (
            "day-of-year",
            r"(?<!between )(?<!from )(?<!между )(?<!بين )(?<!من )"
            rf"(?P<d>\d{{1,2}})(?=(?:st|nd|rd|th)?\s*(?:and|и|و)\s*\d{{1,2}}(?:st|nd|rd|th)?\s+"
            rf"(?:of\s+)?{_M}{_E})",
        ),
        ("day-of-year", rf"(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_M}"),
        ("day-of-year", rf"{_M}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?"),
        ("day-of-year", _ORDINAL_DAY),
        # in October, в октябре, في أكتوبر: the last such month up to the publication's
        ("month-of-year", rf"{_IN_MONTH}\s+(?P<m>{_MONTH_FULL})"),
        (
            "year",
            r"(?:in|in the year|عام|العام|سنة|سنه|в|году)\s+(?P<y>\d{4})(?:\s*(?:году|года|г\.))?",
        ),
        ("bare-year", r"(?P<y>1[89]\d\d|20\d\d)(?:\s*(?:году|года|г\.))?"),
        # this month, last month, this year, last year: the publication's, or the one before
        (
            "this-month",
            r"(?:earlier\s+|later\s+)?this\s+month|в\s+этом\s+месяце"
            r"|(?:هذا\s+)?الشهر\s+(?:الجاري|الحالي)",
        ),
        ("last-month", r"last\s+month|в\s+прошлом\s+месяце|الشهر\s+الماضي"),
        (
            "this-year",
            r"(?:earlier\s+)?this\s+year|в\s+этом\s+году|(?:هذا\s+)?العام\s+(?:الجاري|الحالي)",
        ),
        ("last-year", r"last\s+year|в\s+прошлом\s+году|العام\s+الماضي"),
        ("earlier", r"في\s+وقت\s+سابق|earlier|ранее|прежде"),
        # a weekday to come: next Tuesday, tomorrow, Tuesday, غدا الثلاثاء, بعد غد الجمعة (the
        # day after tomorrow), الثلاثاء المقبل, завтра, во вторник, в следующий вторник
        (
            "next-weekday",
            rf"(?:next|tomorrow,?)\s+(?P<x1>{_WEEKDAY})|(?:غدا|بعد\s+غد)\s+(?P<x2>{_WEEKDAY})"
            rf"|(?:يوم\s+)?(?P<x3>{_WEEKDAY})\s+(?:المقبل|القادم)"
            rf"|завтра,?\s+(?:в|во)\s+(?P<x4>{_WEEKDAY})|в\s+следующ\w+\s+(?P<x5>{_WEEKDAY})",
        ),
        (
            "weekday",
            rf"(?:(?:on|last|this|from|until|by|since|of)\s+(?P<w1>{_WEEKDAY})|(?P<w2>{_WEEKDAY})\s+(?:morning|afternoon|evening|night)"
            rf"|(?:يوم|اليوم|صباح|مساء|ليله|ليلة|فجر)\s+(?:يوم\s+|اليوم\s+)?(?P<w3>{_WEEKDAY})"
            rf"|(?:в|во)\s+(?:ночь\s+на\s+)?(?P<w4>{_WEEKDAY}))",
        ),
        ("day-before-yesterday", r"اول\s+امس|позавчера|the\s+day\s+before\s+yesterday"),
        ("yesterday", r"أمس|امس|الأمس|yesterday|вчера"),
        # a weekday alone: Arabic with its article (أعلنت الاثنين), English after a verb in
        # the past (said Monday, announced Tuesday; not `a Sunday school`)
        ("weekday", rf"(?P<w5>{_BARE_WEEKDAY})"),
        ("weekday", r"(?:(?<=ed )|(?<=said )|(?<=told )|(?<=says ))" + rf"(?P<w6>{_EN_WEEKDAY})"),
        ("weekday", rf"(?P<w7>{_EN_WEEKDAY})(?=['’]s\b)"),  # Saturday's strike
        # today (not the Arabic اليوم alone, which names outlets: روسيا اليوم), this morning,
        # this evening, مساء اليوم, صباح اليوم
        (
            "today",
            r"today|сегодня|this\s+(?:morning|afternoon|evening)|tonight"
            r"|(?:صباح|مساء|ظهر|فجر|ليلة|ليله)\s+(?:هذا\s+)?اليوم",
        ),
        # the Arabic اليوم alone after a verb (استهدفت اليوم المدينة): not an outlet's name
        # (روسيا اليوم), not `until today`, not a day a word after it names (اليوم التالي)
        ("today", _BARE_TODAY),
    )
)
