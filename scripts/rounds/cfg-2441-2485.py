RANGE = '2441–2485'
STOP = 60
SETS = [(2441, 2455), (2456, 2470), (2471, 2485)]
MEANING = {
    2441: [('overview-areas-missing', 1)],
    2444: [('agency-name-place-missing', 0)],
    2457: [('overview-areas-missing', 0)],
    2459: [('overview-areas-missing', 4), ('t2-regulations-by-county', 5)],
    2463: [('agency-name-place-missing', 0), ('overview-areas-missing', 3)],
    2464: [('part-count-mismatch:meta', 1)],
    2472: [('government-scope-missing', 2)],
}
ALSO = {
    2459: [('proactive-count-missing:overview', 4)],
    2462: [('report-name-garbled:overview', 0)],
}
FALSE = {
    2458: [('signature-agency-mismatch:meta', "false reading: the page's field `公报标题` (its gazette fields `总号 期号 主办单位…`) read as the title printed again under the title, naming another body.")],
    2463: [('report-name-garbled:title', 'false reading: the title printed over three lines, `退役军人事务局` / `政府信息公开工作年度报告` / `(2019年度)`, its year on the third, read as a title without a year.')],
    2466: [('section-heading-mismatch:overview', 'the stored page begins at `三、`: its gatherer took the first half as not in the excerpt, not as missing from the report.'),
           ('section-heading-mismatch:proactive', 'the same: `二、` is before the stored page\'s start.'),
           ('government-scope-missing', 'a 苏木 whose excerpt gives no figure at all (`未收到政府信息公开申请`, no case): its gatherer judged no scope (no numbers).')],
    2476: [('part-count-mismatch:meta', 'its preface lists the old format\'s parts (`概述`, `…收费及…`, `存在的主要问题及改进措施`); its gatherer passed it by the convention on old part names (1259, 2422), the missing `其他需要报告的事项` with them.')],
    2479: [('phrase-garbled:overview', "`2、依法申请公开制度`, passed by its gatherer as 2429's (other gatherers counted 依法申请公开: 292, 2424, 1894, 1104).")],
    2482: [('notice-citation-unknown:overview:rule-name', 'false reading: `省、市、县《政府信息公开规定》`, each level\'s rules named by their common title after the levels listed, read as one rule of no such name.')],
    2484: [('report-name-garbled:meta', '`本年度政府信息公开工作报告` in its preface, read by its gatherer as 本年度的 report (wording), as 2402\'s `现将本年度…工作报告如下` is passed.')],
}
