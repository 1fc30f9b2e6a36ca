RANGE = '2801–2845'
STOP = 68
SETS = [(2801, 2815), (2816, 2830), (2831, 2845)]
NOT_HIT = {}
MEANING = {
    2810: [('phrase-garbled:overview', 1)],
    2839: [('phrase-garbled:meta', 0)],
    2842: [('phrase-garbled:overview', 1)],
}
ALSO = {}
FALSE = {
    2813: [('agency-name-place-missing', 'false reading: `市北区审计局` is named by its place: 市北区 is the district (青岛市市北区), not 市 + 北区 with a city lost.')],
    2819: [('phrase-garbled:meta', 'false reading: `本报告的电子版可在…湖东街道政府信息公开专栏` ends its line before the address, and `(http://…)下载。` on the next line gives the verb: no verb lost.')],
    2841: [('parts-sum-mismatch:overview', 'false reading: `主动公开各类政务信息3000余份,其中政府文件121份,政府常务会议信息17份,政府其他会议信息29份` names some kinds of the 3000; `政府其他会议信息` is a kind (meetings other than 常务会议), not the catch-all 其他 that would close the list.')],
}
DECIDED = {
    2830: [('phrase-garbled:overview', '`作好要点梳理`, 做好 written 作好: its gatherer did not write it down; counted by precedent (1377 written down as a problem, 440 decided the same).')],
    2835: [('phrase-garbled:overview', '`重点领域的政府信息工作`, 公开 lost: its gatherer passed it as wording; counted by precedent (358, 427, 766 and 1418, the same shape counted real).')],
    2841: [('overview-areas-missing', 'the whole overview (one paragraph before 二、) says nothing of 监督保障 (考核, 培训, 监督): its gatherer did not write it down; counted by precedent (049, 063, 1797 and 2213 write `没有监督保障的情况` down).')],
    2845: [('phrase-garbled:overview', '`形成政府信息工作内部运转机制`, 公开 lost: not written down by its gatherer; counted by precedent (1143\'s `政府信息工作领导小组`, 358, 427, 766).')],
}
MERGED = {}
