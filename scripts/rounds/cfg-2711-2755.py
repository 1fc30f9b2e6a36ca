RANGE = '2711–2755'
STOP = 66
SETS = [(2711, 2725), (2726, 2740), (2741, 2755)]
NOT_HIT = {2716: [0], 2724: [1]}
MEANING = {
    2716: [('phrase-garbled:overview', 2), ('overview-areas-missing', 4)],
    2718: [('overview-areas-missing', 3)],
    2725: [('notice-title-incomplete:overview', 1), ('government-scope-missing', 2)],
    2740: [('agency-name-place-missing', 0)],
    2748: [('overview-areas-missing', 0), ('t2-valid-below-net:regulations', 1)],
    2752: [('overview-areas-missing', 1)],
}
ALSO = {
    2724: [('subheading-number-repeated:meta', 0)],
}
FALSE = {
    2726: [('agency-name-word-lost:overview', 'false reading: `《中共珠海市不动产登记中心委员会关于…》` names the centre\'s Party committee (委员会), not the agency with a character added; `珠海市不动产登记中心` lost nothing.')],
    2731: [('count-unit-missing:overview', 'false reading: `涉及体育类7封、` has its unit: 封 counts the letters of request (the text counts `依申请公开件27封` throughout).')],
    2734: [('proactive-count-missing:overview', 'false reading: `(一)主动公开情况` ends `…等城市管理领域信息总计631条`: the year\'s count is there (its gatherer noted `(一)631条`).')],
    2735: [('phrase-garbled:overview', 'false reading: `《盐城市城市管理局2023年政务公开工作计划》` is 盐城市 followed by 城市管理局, not 城市 written twice.')],
    2741: [('government-scope-missing', 'false by the gatherer\'s decision: `白沙镇人民政府…主动公开政府信息共计502条` has the township\'s government as its subject, read as its own level (as 767, 987, 1325).')],
}
DECIDED = {
    2718: [('procurement-unit-unstated', '表二\'s `采购总金额` printed `6944.93` with no unit in a 2019-format table: counted by precedent (279\'s `153103.83`, the 元/万元 ambiguity issue 14 names).')],
}
MERGED = {}
