RANGE = '2621–2665'
STOP = 64
SETS = [(2621, 2635), (2636, 2650), (2651, 2665)]
NOT_HIT = {2644: [3]}
MEANING = {
    2624: [('overview-areas-missing', 2)],
    2626: [('overview-areas-missing', 1)],
    2628: [('overview-areas-missing', 0)],
    2632: [('overview-areas-missing', 0)],
    2640: [('notice-citation-unknown:meta:broken-number', 1)],
    2645: [('subheading-first-missing:overview', 0), ('wrong-year-in-text:overview:2021', 1)],
    2650: [('overview-areas-missing', 3)],
    2651: [('phrase-garbled:proactive', 3), ('notice-citation-wrong:proactive:2019-60', 4)],
    2653: [('section-heading-mismatch:proactive', 0)],
    2660: [('part-count-mismatch:overview', 2)],
    2661: [('wrong-year-in-text:overview:2019', 0)],
}
ALSO = {
    2642: [('phrase-garbled:meta', 0)],
    2650: [('proactive-count-missing:overview', 3)],
    2651: [('section-heading-mismatch:proactive', 2)],
    2653: [('subheading-first-missing:proactive', 0), ('overview-areas-missing', 0)],
    2659: [('overview-areas-missing', 0)],
}
FALSE = {
    2633: [('agency-name-place-missing:meta', 'false reading: `2019年是我局信息公开工作开局之年` read as naming the body `是我局`; the text names its body nowhere (its agency is null) and its gatherer did not count that.')],
    2643: [('parts-sum-mismatch:overview', 'false reading: `主动公开政府信息744条,其中,通过…人民政府网主动公开信息140条,具体为:…41条、…34条…` breaks the 140 down in turn (41 + 34 + 25 + 17 + 14 + 4 + 3 + 2 = 140), and 140 + 256 + 310 + 38 = 744: the nested list was read as the whole\'s parts.')],
    2653: [('phrase-garbled:proactive', 'false reading: `1.突出工作重点,规范文件发布` has 规范 as a verb (to regulate how documents are published), not a 规范性文件 with 性 lost.')],
    2662: [('proactive-count-missing:overview', 'false reading: `(一)主动公开情况` says `…门户网站、政务新媒体及中央、省、市传统主流媒体共公开44087条政府信息`: the count is there, after its channels.')],
}
DECIDED = {
    2623: [('part-count-mismatch:meta', '`政府信息公开申请行政复议、诉讼和申诉情况` among the parts listed in a 2021 report: the old regulation\'s part; counted by precedent (2607, 642, 455).')],
    2640: [('agency-name-word-lost:overview', '`公主岭市扶贫中心` opening the overview of the 公主岭市扶贫开发服务中心\'s report, `开发服务` lost: counted by precedent (五常市营商环境建设局 named `五常市营商环境建设局` without 监督; 2635\'s gatherer counted `文体旅游局`).')],
    2644: [('report-name-garbled:overview', '`现将我单位2020年度政府信息公开工作报告如下`: the name without 年度 before 报告; counted by precedent (2633 and most of the 103 texts with this shape).')],
    2650: [('part-count-mismatch:meta', 'the preface lists the old regulation\'s parts (`信息公开的收费及减免情况、复议、诉讼和申诉的情况`) in a 2019 report; counted by precedent (2174, 1409).')],
    2653: [('parts-sum-mismatch:proactive', '`发布政府信息2425条,其中概况类信息更新8条,政务动态信息更新1422条,信息公开目录信息更新833条`: the site\'s three kinds add up to 2263; counted by precedent (1452, 1581, 159).')],
    2661: [('overview-subheading-garbled:overview', '`(二)信息公开管理` as the area 政府信息管理\'s sub-heading; counted by precedent (1807\'s `(三)信息公开管理情况`).')],
}
MERGED = {
    2639: [(1, 'the preface printed under `一、总体工作情况` is told by the same finding as the heading\'s added 工作 (one message names both).')],
}
