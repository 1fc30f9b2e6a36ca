import type { Download, Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';

/**
 * A whole, correct 2025 report (〔2021〕30号 format) for the release tests: the data of the
 * clean 2021 fixture (templates/fixtures/format-2021/clean.ts) moved to 2025. Only the
 * non-zero cells are listed; the rest of each table is filled with 本表空白填0.
 */
export const release = {
  agencyName: '示例县人民政府',
  agencyKind: 'government',
  agencyKindLabel: '人民政府',
  year: '2025',
  reportDate: '2026-01-20',
  preface:
    '本报告根据《中华人民共和国政府信息公开条例》编制。本报告中所列数据的统计期限自2025年1月1日起至2025年12月31日止。',
  contact: {
    address: '示例县人民路1号',
    postcode: '100000',
    phone: '010-12345678',
    fax: '010-12345679',
    email: 'xxgk@example.gov.cn',
  },
  narrative: {
    overview: [
      '2025年，我县认真贯彻落实《中华人民共和国政府信息公开条例》，扎实推进政府信息公开工作。本报告所列数据为县政府本级数据。',
      '（一）主动公开。全年通过门户网站主动公开政府信息1200余条。本年制发行政规范性文件2件，废止1件。',
      '（二）依申请公开。2025年共收到政府信息公开申请24件，上年结转1件。其中予以公开13件，占52%；部分公开3件；不予公开2件；无法提供5件；不予处理1件；结转下年度继续办理1件。全年发生政府信息公开行政复议1件，行政诉讼1件。',
      '（三）政府信息管理。严格落实保密审查制度，动态调整主动公开目录。',
      '（四）平台建设。优化政府网站信息公开专栏，做好政务新媒体管理。',
      '（五）监督保障。将政务公开纳入年度绩效考核，开展社会评议，落实责任追究，组织业务培训两次。',
    ],
    problems: [
      '（一）存在的主要问题。政策解读形式较为单一，基层公开标准化规范化有待深化。',
      '（二）上一年度问题的改进情况。针对上年指出的公开不及时问题，建立了信息发布提醒机制。',
      '（三）下一年度改进措施。丰富图解、视频等解读形式，推进基层政务公开标准目录落地。',
    ],
    other: ['本年度未发出收费通知，未收取信息处理费。本县无其他需要报告的事项。'],
  },
  /** 表二: every input cell, in the order Tab visits them. */
  t2: [
    ['t2.regulations.made', '0'],
    ['t2.regulations.repealed', '0'],
    ['t2.regulations.valid', '3'],
    ['t2.normativeDocuments.made', '2'],
    ['t2.normativeDocuments.repealed', '1'],
    ['t2.normativeDocuments.valid', '12'],
    ['t2.licensing.decisions', '350'],
    ['t2.punishment.decisions', '120'],
    ['t2.coercion.decisions', '4'],
    ['t2.fees.amount', '12.5'],
  ],
  /** 表三: the non-zero input cells (balanced: in 21/3/1 = out + carried over). */
  t3: [
    ['t3.newReceived.naturalPerson', '20'],
    ['t3.newReceived.commercial', '3'],
    ['t3.newReceived.legalService', '1'],
    ['t3.carriedIn.naturalPerson', '1'],
    ['t3.granted.naturalPerson', '10'],
    ['t3.granted.commercial', '2'],
    ['t3.granted.legalService', '1'],
    ['t3.partial.naturalPerson', '3'],
    ['t3.thirdParty.naturalPerson', '1'],
    ['t3.processInfo.naturalPerson', '1'],
    ['t3.notHeld.naturalPerson', '4'],
    ['t3.notHeld.commercial', '1'],
    ['t3.repeat.naturalPerson', '1'],
    ['t3.carriedOver.naturalPerson', '1'],
  ],
  /** 表四: the non-zero input cells. */
  t4: [
    ['t4.review.upheld', '1'],
    ['t4.litDirect.upheld', '1'],
  ],
  /** Totals the form computes from the above. */
  totals: [
    ['t3.newReceived.total', '24'],
    ['t3.resultsTotal.naturalPerson', '20'],
    ['t3.resultsTotal.total', '24'],
    ['t3.carriedOver.total', '1'],
    ['t4.review.total', '1'],
    ['t4.litDirect.total', '1'],
    ['t4.litAfterReview.total', '0'],
  ],
} as const;

export const RELEASE_TITLE = `${release.agencyName}${release.year}年政府信息公开工作年度报告`;
export const RELEASE_FILE = `${RELEASE_TITLE}.docx`;

export const STEPS = {
  meta: '基本信息',
  overview: '一、总体情况',
  t2: '二、主动公开政府信息情况',
  t3: '三、收到和处理政府信息公开申请情况',
  t4: '四、政府信息公开行政复议、行政诉讼情况',
  problems: '五、存在的主要问题及改进情况',
  other: '六、其他需要报告的事项',
  review: '检查与导出',
} as const;

/** The bytes of a download (saved by Playwright in its temporary folder). */
export async function downloadBytes(download: Download): Promise<Uint8Array> {
  const path = await download.path();
  return new Uint8Array(await readFile(path));
}

/** Text with all white space removed: LibreOffice wraps long lines anywhere. */
export const squash = (text: string): string => text.replace(/\s+/g, '');

/** The export panel of 检查与导出. */
export const exportPanel = (page: Page) => page.getByRole('region', { name: '导出', exact: true });
