RANGE = '2576–2620'
STOP = 63
SETS = [(2576, 2590), (2591, 2605), (2606, 2620)]
MEANING = {
    2576: [('overview-areas-missing', 1)],
    2584: [('date-characters-missing:meta', 0)],
    2586: [('wrong-year-in-text:meta:2023', 0)],
    2589: [('phrase-garbled:overview', 1)],
    2593: [('overview-areas-missing', 0)],
    2598: [('overview-areas-missing', 0)],
    2609: [('list-count-mismatch:meta', 3)],
    2614: [('overview-areas-missing', 2)],
    2615: [('overview-areas-missing', 0)],
    2619: [('overview-areas-missing', 1), ('table-cells-printed-blank:t3', 2)],
}
ALSO = {
    2581: [('notice-citation-unknown:meta:国办公开函-2021-30', 1)],
    2593: [('proactive-count-missing:overview', 0)],
    2606: [('phrase-garbled:overview', 1)],
    2612: [('overview-areas-missing', 0)],
    2613: [('overview-areas-missing', 2)],
}
FALSE = {
    2602: [('shares-rounding-mismatch:overview', '`全年在网上公开政务信息87条,其中:主动公开公文类信息40条,主动公开率达95%`: the 95 % is the share of 公文 made public, not 40 of 87; its gatherer left it out as doubtful.')],
    2612: [('report-date-after-deadline', 'the date read is one of three unlabelled `2022-02-15` in the page\'s attribute list, which its gatherer did not take (as 1990); no labelled date is printed.')],
    2616: [('overview-item-off-topic:overview', 'false reading: `(一)主动公开政府信息情况` opens with `2020年,县行政审批服务局紧紧围绕县委县政府中心工作…` and tells of 主动公开 work, not of requests; the (一) lacks only its count (counted under proactive-count-missing).')],
}
DECIDED = {
    2576: [('statistics-period-mismatch:overview', '`截止2022年12月28日,电视方面:播发《民和新闻》256期2085条`, counts to 28 December in a 2022 report; counted by precedent (1014\'s `截至2019年12月30日`).')],
}
