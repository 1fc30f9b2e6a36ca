RANGE = '2756–2800'
STOP = 67
SETS = [(2756, 2770), (2771, 2785), (2786, 2800)]
NOT_HIT = {}
MEANING = {
    2769: [('report-name-garbled:title', 0)],
    2774: [('notice-citation-unknown:meta:国办开办函-2021-30', 0)],
    2797: [('phrase-garbled:overview', 2)],
}
ALSO = {}
FALSE = {
    2758: [('other-agency-in-text:overview', 'false reading: `蓬溪鸣凤镇人民政府信息公开网` is the town\'s own site, its county 蓬溪县 written without 县, not another body\'s.')],
    2765: [('phrase-garbled:overview', 'false reading: `美丽乡村乡村振兴` is two items run together (美丽乡村、乡村振兴, a 、 lost), not 乡村 written twice: deleting one would lose an item.')],
    2770: [('notice-citation-wrong:meta:2019-60', 'false reading: `《鄂尔多斯市东胜区人民政府办公室关于政府信息公开工作年度报告有关事项的通知》` is the district office\'s own notice, read as the State Council office\'s 〔2019〕60号 by its words; the text cites no 2019 notice.')],
    2774: [('government-scope-missing', 'false by the gatherer\'s decision: a county 政府办公室\'s own report whose counts have `我办` as subject (`2023年,我办…今年主动公开政府信息1211条`), the office\'s own (as 1175; 2779, naming `县政府办公室` in the third person, was counted as 2744).')],
    2776: [('government-scope-missing', 'false by the gatherer\'s decision: a district 政府办公室\'s own report, `2024年,我办坚持…` before its counts, the office\'s own (as 1175 and 2774).')],
    2800: [('phrase-garbled:overview', 'false reading: `并可在线申请政府信息公开` is whole: 申请政府信息公开 is the request itself, no verb lost.')],
}
DECIDED = {
    2758: [('wrong-year-in-text:overview:accounts-2023', '`公开鸣凤镇2023年财政决算报告1条` in the 2023 report: its gatherer doubted and passed it; counted by precedent (008, and four more files whose accounts of the report\'s own year are counted).')],
    2800: [('report-is-cover-letter', 'no title, opening `根据通知要求,现将2024年政府信息公开工作情况汇报如下`: its gatherer passed it under 1327\'s convention; counted by precedent (1296, 1372 and 1547 count `现将…工作情况汇报如下` as the report written as a 汇报).')],
}
MERGED = {}
