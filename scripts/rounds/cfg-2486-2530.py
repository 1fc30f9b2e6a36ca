RANGE = '2486–2530'
STOP = 61
SETS = [(2486, 2500), (2501, 2515), (2516, 2530)]
# 2518's title (`…政府信息公开报告`, 工作 lost) and 2519's (no year) share report-name-garbled:meta with
# the same file's preface name, which the one finding given is about.
NOT_HIT = {2518: [0], 2519: [0]}
MEANING = {
    2490: [('overview-areas-missing', 1)],
    2495: [('overview-areas-missing', 1)],
    2498: [('phrase-garbled:meta', 0)],
    2500: [('overview-areas-missing', 0)],
    2513: [('overview-areas-missing', 1)],
    2515: [('notice-citation-unknown:meta:regulation-revision-year', 0)],
    2517: [('overview-areas-missing', 0)],
    2518: [('overview-areas-missing', 6)],
    2519: [('report-name-garbled:title', 0)],
    2528: [('overview-areas-missing', 0)],
}
ALSO = {
    2495: [('proactive-count-missing:overview', 1)],
    2500: [('proactive-count-missing:overview', 0)],
    2517: [('proactive-count-missing:overview', 0)],
    2518: [('proactive-count-missing:overview', 6)],
}
FALSE = {
    2489: [('phrase-garbled:overview', '`没有接收到受理政府信息公开申请`, passed by its gatherer as wording (`措辞存疑不计`).')],
    2491: [('report-name-garbled:overview', '`现将我乡2021年度政府信息公开工作报告如下` under `一、总体情况` (counted as the preface\'s words there); the name has its 年度 in `2021年度`, passed by its gatherer as 2076\'s.')],
    2493: [('part-count-mismatch:meta', 'its preface lists the old format\'s parts (`概述、政府信息主动公开情况、依申请公开政府信息办理情况、载体建设情况等`), passed by its gatherer by the convention on old part names (1259, 2422).')],
    2515: [('agency-name-place-missing:meta', '`县应急管理局` without its county in the preface\'s report name; its gatherer did not count a preface\'s short name (the corpus counts a title\'s).')],
    2523: [('agency-name-word-doubled:meta', '`民政局局办公室` is the bureau\'s own office (`局办公室`), not 局 doubled; passed by its gatherer.')],
    2525: [('report-name-garbled:meta', 'false reading: the title\'s `政府 信息公开工作年度报告`, a space inside 政府信息, read as a name without 政府; its gatherer passed the space as typesetting.'),
           ('government-scope-missing', 'its figures are said of `乌恰县吾合沙鲁乡人民政府` itself (本级, as 1325) and its notice board of `乡村两级`; its gatherer judged the scope said.')],
}
DECIDED = {
    2493: [('phrase-garbled:overview', '`着力提升政府公开质量`, 政府信息公开 with 信息 lost; counted by precedent (2353\'s `政府公开好的做法`, 2461\'s `提升政府公开透明`).')],
    2496: [('overview-areas-missing', 'its overview\'s six points (一是…六是) give the site\'s updates, 30 items published, budgets, guides, a petition portal and a line for requests: nothing of 政府信息管理 or 监督保障; counted as 2490\'s and 2513\'s gatherers counted the same shape.')],
}
