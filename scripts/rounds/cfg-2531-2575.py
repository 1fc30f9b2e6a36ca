RANGE = '2531–2575'
STOP = 62
SETS = [(2531, 2545), (2546, 2560), (2561, 2575)]
# 2547's second title (`市商务局…年度报告`, no year) shares report-name-garbled:meta with its first title's
# name (年度 lost), which the one finding given is about.
NOT_HIT = {2547: [2]}
MEANING = {
    2532: [('wrong-year-in-text:meta:2021', 0)],
    2535: [('overview-areas-missing', 0)],
    2536: [('overview-areas-missing', 0)],
    2537: [('report-name-garbled:overview', 1)],
    2540: [('government-scope-missing', 0), ('t2-regulations-by-township', 2)],
    2565: [('report-name-garbled:title', 0)],
    2567: [('government-scope-missing', 3)],
    2568: [('wrong-year-in-text:meta:2022', 0)],
    2570: [('overview-areas-missing', 1)],
    2571: [('overview-areas-missing', 1)],
}
ALSO = {
    2536: [('proactive-count-missing:overview', 0)],
    2566: [('overview-areas-missing', 0)],
}
FALSE = {
    2547: [('agency-name-word-doubled:overview', '`本溪市市政府官网`, the city\'s name before 市政府, passed by its gatherer as wording.')],
    2563: [('parts-sum-mismatch:overview', '`全年共办理118件,其中本年新受理110件,上年结转8件,转下年办理2件`: 110 + 8 = 118; the 2 carried into next year are among the 118, not a part beside them.')],
    2572: [('text-stray-closer:overview', 'false reading: `《最大雨强列南京近10年第二!暴雨中,他们在行动》`, a title with a `!` inside it, its 《 before the `!`.')],
}
DECIDED = {
    2535: [('phrase-garbled:overview', '`细化落实政府信息工作领导小组职责`, 公开 lost; counted by precedent (1143\'s `政府信息工作领导小组`).')],
    2565: [('overview-areas-missing', 'its overview, one paragraph of counts, says nothing of 监督保障; counted as 2535\'s and 2490\'s gatherers counted the same shape.'),
           ('part-count-mismatch:overview', 'its list of parts (`本年报是根据…主动公开政府信息的情况、收到和处理…其他需要报告的事项组成`) leaves out 总体情况; its gatherer wrote the sentence down as garbled (#3) but not the part lost.')],
    2574: [('phrase-garbled:overview', '`我局充分发挥政府公开平台`, 政府信息公开 with 信息 lost; counted by precedent (2353, 2461, 2493).')],
}
