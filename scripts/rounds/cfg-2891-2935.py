RANGE = '2891–2935'
STOP = 70
SETS = [(2891, 2904), (2906, 2920), (2921, 2935)]
NOT_HIT = {}
MEANING = {}
ALSO = {}
FALSE = {
    2928: [('parts-sum-mismatch:overview', 'false reading: `主动公开信息总数560条,其中政府网站公开政府信息数268条,其他方式公开政府信息数292条,规范性文件数1条`: 268 + 292 = 560; the one 规范性文件 is among the site\'s items (the 政府网站 statistics count it apart), not a third part beside them.')],
    2933: [('part-count-mismatch:meta', 'false reading: the part `政府信息公开行政复议及行政应诉情况` names litigation from the respondent\'s side (应诉), not a part without 行政诉讼; its gatherer passed it.')],
    2934: [('parts-sum-mismatch:overview', 'false reading: `全年共通过各级媒体刊登(播出)新闻144条,其中《中国税务报》7条、《羊城晚报》2条…南方+3条` names some of the media the 144 news appeared in (37), not all of them; no information published either (as 2882\'s news, stop 69).')],
    2935: [('parts-sum-mismatch:overview', 'false reading: `全年累计公开政府信息2874项,其中,公开政策文件29项,政策解读54项,重大民生信息939项,监督检查信息60项,重要会议信息30项` names some kinds of the 2874 (1112), as 2841\'s `其中政府文件121份…` (stop 68).')],
}
DECIDED = {
    2893: [('phrase-garbled:meta', 'the preface\'s part `收到和处理政府信息申请情况`, 公开 lost: its gatherer passed it; counted by precedent (2908 of this round writes the same part down, as 1052 and 1058).')],
    2904: [('section-heading-mismatch:applications', 'the 2019 report\'s 三 printed with the old regulation\'s heading `三、依申请公开政府信息情况和不予公开政府信息情况`: its gatherer passed it as an old-format name; counted by precedent (358\'s 2019 `三、政府信息依申请公开办理情况`, 274\'s old headings).'),
           ('section-heading-mismatch:reviewLitigation', 'its 四 `四、政府信息公开申请行政复议、提起行政诉讼的情况`, the old regulation\'s heading: counted by the same precedent (274).'),
           ('section-heading-mismatch:problems', 'its 五 `五、政府信息公开工作存在的主要问题及改进情况`, words added to the template\'s heading: counted by precedent (2673\'s `…和改进情况`, 2696).')],
    2917: [('phrase-garbled:meta', '`本年度报告是根据…相关要求,对浦东新区曹路镇政府信息公开工作年度总体情况进行综述。`: 是 with no `…的` saying what the report is; its gatherer passed it; counted by precedent (stop 60\'s f82 reading, 酉阳 2020\'s `本报告是根据…,认真总结上年度政府信息公开工作情况。` written down by its gatherer).')],
    2930: [('part-count-mismatch:meta', 'the preface\'s parts `2020年度总体情况、…、存在的主要问题和改进情况等` leave out 其他需要报告的事项 (等 closing a list of five): its gatherer passed it; counted by precedent (2899 of this round writes the same list down).')],
}
MERGED = {}
