RANGE = '2666–2710'
STOP = 65
SETS = [(2666, 2680), (2681, 2695), (2696, 2710)]
NOT_HIT = {2666: [5], 2689: [1]}
MEANING = {
    2672: [('report-name-garbled:overview', 0)],
    2675: [('agency-name-place-missing', 0)],
    2676: [('overview-areas-missing', 3)],
    2678: [('wrong-year-in-text:overview:2022', 0)],
    2689: [('overview-item-off-topic:overview', 4)],
    2694: [('overview-subheading-garbled:overview', 0)],
    2696: [('phrase-garbled:overview', 3)],
    2699: [('part-count-mismatch:meta', 1)],
    2703: [('wrong-year-in-text:overview:2019', 1)],
    2706: [('agency-name-place-missing', 0), ('section-heading-mismatch:overview', 1)],
    2709: [('overview-areas-missing', 0)],
}
ALSO = {
    2675: [('overview-areas-missing', 2)],
    2689: [('subheading-number-style-mixed:overview', 4)],
    2694: [('subheading-first-missing:overview', 0)],
    2696: [('overview-areas-missing', 4)],
}
FALSE = {
    2692: [('proactive-count-missing:overview', 'false reading: `(一)主动公开` says `…公开行政许可、处罚类信息5000余条`: a count is there (of the kinds it names), and its gatherer wrote `有数`.')],
    2709: [('phrase-garbled:overview', 'false reading: `区国资委各项工作推动情况及工作进度信息` has 推动 right (how the work is pushed forward), not 推送 with a character changed.')],
}
DECIDED = {
    2673: [('section-heading-mismatch:problems', '`五、存在的主要问题和改进情况`: a part\'s heading that is not the template\'s label (和 for 及); counted as this round\'s 2696 (`…改进措施`) and 2708 (`一、 总体公开情况`), although its gatherer noted it as wording.')],
    2678: [('overview-subheading-garbled:overview', '`(三)政务信息管理情况` as the area 政府信息管理\'s sub-heading: counted by precedent (five older files count `(三)政务信息管理`).')],
    2691: [('phrase-garbled:overview', '`省、市政府公开工作要求`: 政府信息公开工作 with 信息 lost; counted by precedent (1672\'s `大力宣传政府公开工作`, 1294).')],
    2694: [('statistics-period-mismatch:overview', '`截至目前,累计公开政府信息136条`: a running total, not the year\'s figure; counted by precedent (1499\'s `截至目前…累计发布`).')],
}
MERGED = {}
