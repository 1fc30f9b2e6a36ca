import type { SectionTemplate } from '../../src/domain/template/types';

/** The six headings are the same in both formats (SPEC §2). */
export const overviewAreas = [
  '主动公开',
  '依申请公开',
  '政府信息管理',
  '政府信息公开平台建设',
  '监督保障',
] as const;

export const sections2021: readonly SectionTemplate[] = [
  {
    id: 'overview',
    no: 1,
    heading: '一、总体情况',
    kind: 'text',
    areas: overviewAreas,
    listedAs: '总体|概述|概况|基本情况',
    guidance:
      '概述贯彻落实《条例》的情况，主要包括主动公开、依申请公开、政府信息管理、政府信息公开平台建设、监督保障等五个方面；各级人民政府还应包括工作考核、社会评议和责任追究结果情况。篇幅原则上不超过一千字。',
  },
  {
    id: 'proactive',
    no: 2,
    heading: '二、主动公开政府信息情况',
    kind: 'table',
    table: 't2',
    listedAs: '主动公开',
  },
  {
    id: 'applications',
    no: 3,
    heading: '三、收到和处理政府信息公开申请情况',
    kind: 'table',
    table: 't3',
    listedAs: '收到和处理|依申请|申请(?:接收|办理|处理|情况)|处理.{0,6}申请',
  },
  {
    id: 'reviewLitigation',
    no: 4,
    heading: '四、政府信息公开行政复议、行政诉讼情况',
    kind: 'table',
    table: 't4',
    listedAs: '复议|诉讼',
  },
  {
    id: 'problems',
    no: 5,
    heading: '五、存在的主要问题及改进情况',
    kind: 'text',
    listedAs: '问题|改进|不足',
    guidance:
      '写明本年度存在的主要问题、上一年度问题的改进情况和下一年度的改进措施。不要照搬上一年的文字。',
  },
  {
    id: 'other',
    no: 6,
    heading: '六、其他需要报告的事项',
    kind: 'text',
    listedAs: '其他|其它',
    guidance:
      '按照《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）报告收取信息处理费的情况（发出收费通知的件数和总金额、实际收取的总金额），没有收取的也要写明。',
    templateNote: '（文字描述，收取信息处理费情况在此处报告。）',
  },
];

export const sections2019: readonly SectionTemplate[] = sections2021.map((section) => {
  if (section.id === 'overview') {
    return {
      ...section,
      guidance:
        '概述贯彻落实《条例》的情况，宜包括主动公开、依申请公开、政府信息管理、平台建设、监督保障等方面。',
    };
  }
  if (section.id === 'other') {
    return {
      id: 'other',
      no: 6,
      heading: section.heading,
      kind: 'text',
      listedAs: section.listedAs ?? '其他|其它',
      guidance: '其他需要报告的事项；没有的写“无”。',
    };
  }
  return section;
});
