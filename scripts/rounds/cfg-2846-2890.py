RANGE = '2846–2890'
STOP = 69
SETS = [(2846, 2860), (2861, 2875), (2876, 2890)]
NOT_HIT = {
    2867: [1],
    2890: [4],
}
MEANING = {
    2853: [('subheading-number-repeated:overview', 1)],
    2888: [('report-name-garbled:title', 0)],
    2889: [('contact-number-malformed:meta', 0), ('township-scope-above-level:overview', 2), ('wrong-year-in-text:overview:2019', 3)],
}
ALSO = {
    2884: [('t2-made-unpublished:regulations', 2)],
}
FALSE = {}
DECIDED = {
    2867: [('phrase-garbled:meta', 'the finding tells `《沅江市人民政府办公室关于2021年政府信息公开工作年度报告通知》`, 的 lost before 通知 (a notice\'s title is `关于…的通知`), not its gatherer\'s problem (no full stop after the report\'s name, which stays missed); its gatherer passed the title as not checkable (`原名无从核对`), as 1268\'s did; decided real: the title\'s form lacks 的 whatever its original words.')],
    2849: [('overview-areas-missing', 'the overview\'s four points are 主动公开, 依申请公开, 政府信息管理 and 监督保障: no 政府信息公开平台建设; its gatherer did not write it down; counted by precedent (2854 and 2885 of this round write the same area missing down, as 049, 063, 1797 and 2213 did).')],
    2855: [('proactive-count-missing:overview', '`(一)不断扩大公开范围,细化公开内容` gives rules revised and no count, and the overview prints no count of items published anywhere: its gatherer did not write it down; counted by precedent (2851, 2852, 2873 and 2882 of this round write the same down).')],
    2861: [('phrase-garbled:meta', 'the preface\'s part `收到和处理信息公开申请情况`, 政府 lost: its gatherer passed it as a part name changed; counted by precedent (stop 38 read 088, 528 and 601 real, each written down by its gatherer; 528 is the same 义安区\'s report).')],
    2880: [('parts-sum-mismatch:overview', '`委官方网站公开发布信息244条,其中发布1条概况类信息,35条政务动态信息,29条信息公开目录信息`: the website\'s three kinds of the 政府网站 statistics add up to 65, not 244; its gatherer did not write it down; counted by precedent (2653, 1452, 1581, 159).')],
}
MERGED = {}
