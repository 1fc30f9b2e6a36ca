import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { corpusIssues } from '@/testing/corpus-issues';
import type { Issue } from './types';

/**
 * Every check on the real reports of the import corpus and the seeds, imported from their
 * published text, and on the whole published pages of templates/fixtures/real-html: no false
 * error (the errors listed are the reports' real faults), and the warnings and info are the ones
 * a reviewer reading them finds (the 总体情况 areas judged on a text only where its excerpt shows
 * the overview whole, since stop 30: the corpus texts are cut at 2,000 bytes, so many overviews
 * end early; the pages are whole, so there it always counts).
 */

const DIRS = [
  'templates/fixtures/real',
  'templates/fixtures/seeds',
  'templates/fixtures/real-html',
];
const files = DIRS.flatMap((d) =>
  readdirSync(d)
    .filter((f) => f.endsWith('.txt') || f.endsWith('.html'))
    .sort()
    .map((f) => `${d}/${f}`),
);

/**
 * The real problems, by file: everything else must stay silent. A problem that the checks flag
 * cell by cell (one blank printed total per row) is one entry listing its keys.
 */
const EXPECTED_WRITTEN: Readonly<Record<string, readonly (string | readonly string[])[]>> = {
  '002-changchun-2023.txt': ['narrative-table-mismatch:overview:received'],
  '004-yangling-tjj-2023.txt': ['part-count-mismatch:meta'],
  // （一）: 20 items through the 审计信息栏目; （四）: 16 through the same 专栏.
  '006-yangling-sjj-2022.txt': ['channel-count-mismatch'],
  '010-taojiang-songmutang-2022.txt': ['t2-regulations-by-township'],
  '012-xixian-taiping-2022.txt': ['notice-citation-wrong:overview:2019-60'],
  '015-fengshou-township-2022.txt': ['format-year-mismatch'],
  '020-mirror-2019format-jian4.txt': ['procurement-unit-unstated'],
  '021-mirror-2023-in-2019format.txt': ['format-year-mismatch'],
  // Reports the team had not seen (issue 14's measure; README of templates/fixtures/real).
  '024-lintao-xintian-2022.txt': ['parts-sum-mismatch:overview'],
  '025-xingren-dashan-2024.txt': ['notice-citation-wrong:meta:2019-60'],
  '027-guangyuan-ygdz-2020.txt': [
    'section-heading-mismatch:overview',
    'notice-citation-unknown:meta:no-issuer',
  ],
  '028-daye-2025.txt': ['part-count-mismatch:meta'],
  '029-changchun-erdao-fwzs-2022.txt': ['printed-total-blank:t3.granted.total'],
  '033-tuquan-yongan-2024.txt': ['text-stray-closer:meta'],
  '036-changshou-yuntai-2020.txt': ['procurement-unit-unstated'],
  '042-luqiao-luoyang-2021.txt': ['part-count-mismatch:meta'],
  '045-shenyang-yingbinlu-2021.txt': ['other-agency-in-text:overview'],
  '047-jiaxian-xizhen-2022.txt': ['format-year-mismatch'],
  // The second measure on unseen reports (templates/fixtures/real 049–063): the problems were
  // written down in each `expected.json` (`problems`) before any check ran on them.
  '049-qionghai-dalu-2019.txt': [
    'notice-citation-unknown:overview:broken-number',
    'date-characters-missing:overview',
    't2-normative-all-documents',
  ],
  '050-huichang-zhongcun-2020.txt': ['part-count-mismatch:meta', 'procurement-unit-unstated'],
  '051-shanyang-2020.txt': ['statistics-period-mismatch:meta', 'parts-sum-mismatch:overview'],
  '055-changchun-changtong-2024.txt': ['wrong-year-in-text:overview:report-2024'],
  '056-xingqing-qianjinjie-2024.txt': ['notice-citation-unknown:meta:国办公开办涵-2021-30'],
  '057-longchang-huangjia-2019.txt': ['section-heading-mismatch:overview'],
  '059-gaoping-zfbgs-2022.txt': ['notice-citation-wrong:overview:2019-60'],
  '061-bozhou-lumiao-2025.txt': ['part-count-mismatch:meta'],
  // Since a fix after the measures of 434–463 (453's preface opening `据《…条例》`, 根 lost): the
  // same opening, written down here as a slip (`首句“据《……》”缺“根”字`), said too.
  '062-ningguo-hule-2023.txt': ['text-opening-lost:meta'],
  // The third measure on unseen reports (templates/fixtures/real 064–078): the problems were
  // written down in each `expected.json` (`problems`) before any check ran on them.
  '064-xialu-xinxialu-2022.txt': ['part-count-mismatch:meta'],
  '065-zoucheng-tianhuang-2021.txt': ['wrong-year-in-text:meta:2020', 'part-count-mismatch:meta'],
  // `自202111日起至20211230日止`: read as 2021年1月1日 to 2021年12月30日; the parts listed are the
  // old regulation's (`政府信息公开的收费及减免情况`).
  '066-wuqi-zhouwan-2021.txt': [
    'date-characters-missing:meta',
    'statistics-period-mismatch:meta',
    'part-count-mismatch:meta',
    'section-heading-mismatch:proactive',
  ],
  // The 2019 notice's name with the 2021 number: said as a name not the number's since a fix
  // after the measures of 314–343 (before: as the 2019 notice cited).
  '069-linhai-taizhouwan-kfq-2023.txt': ['notice-citation-unknown:meta:title-2021-30'],
  // 表二 第二十条第（一）项 heads its columns 本年新制作数量 twice, without 本年新公开数量.
  '070-kangle-shangwan-2019.txt': [
    'section-heading-mismatch:overview',
    'report-date-after-deadline',
    'table-header-repeated:t2',
  ],
  // 2/57 written 3.50% (rounded down) among shares rounded half up (7.02%, 75.44%).
  '071-guangchang-changqiao-2019.txt': ['shares-rounding-mismatch:overview'],
  '072-pengshui-longtang-2019.txt': ['subheading-number-repeated:overview'],
  // 政务公开网站: 31 条, then 32 条 whose parts add up to 31 (`32条。其中:` five kinds: also
  // parts-sum-mismatch since a fix after the measures of 194–223, the whole ending the sentence
  // before `其中` read without a total's word).
  '073-baiyin-tjj-2020.txt': [
    'section-heading-mismatch:overview',
    'channel-count-mismatch',
    ['channel-count-mismatch:parts', 'parts-sum-mismatch:overview'],
  ],
  '076-tonghua-jinchang-2025.txt': [
    'date-characters-missing:meta',
    'year-digits-missing:overview',
    'text-stray-closer:meta',
    'township-scope-above-level:overview',
    // Since a fix after the measure of 464–493: `电子信箱jczdzbgs163.com`, the @ lost (not written
    // down by its gatherer; the address cannot be used, the same slip as 464's).
    'contact-email-at-missing:meta',
  ],
  '077-sichuan-rst-2023.txt': ['report-date-before-year-end'],
  '078-wenzhou-rsj-2022.txt': ['notice-citation-wrong:meta:2019-60'],
  // The fourth measure on unseen reports (templates/fixtures/real 079–093): the problems were
  // written down in each `expected.json` (`problems`) before any check ran on them.
  '079-xinjiang-bgt-2022.txt': [
    'notice-citation-unknown:meta:broken-number',
    // Since a fix of stop 35 (its title read whole: `自治区人民政府办公厅2022` / `政府信息公开工作年度
    // 报告`): the title's year without 年, `2022政府信息公开…`.
    'date-characters-missing:title',
  ],
  '082-suining-2019.txt': ['section-heading-mismatch:overview', 'part-count-mismatch:meta'],
  '085-xishan-houqiao-2023.txt': ['part-count-mismatch:meta'],
  '086-zibo-zhongbu-2020.txt': ['date-characters-missing:meta'],
  // `通过政府网站公开信息72条,其中包括…规划总结2条,公文4条、规划总结2条、公开指南1条等`: 71.
  '087-tianmen-tuoshi-2020.txt': [
    'section-heading-mismatch:proactive',
    'parts-sum-mismatch:proactive',
  ],
  '088-kaiyang-fengsan-2020.txt': ['part-count-mismatch:meta'],
  '089-mianxian-2023.txt': ['parts-sum-mismatch:overview'],
  '093-anqing-zsz-2021.txt': ['notice-citation-unknown:meta:regulation-name'],
  // The fifth measure on unseen reports (templates/fixtures/real 094–108): the problems were
  // written down in each `expected.json` (`problems`) before any check ran on them.
  '094-urumqi-2021.txt': [
    'notice-citation-unknown:meta:broken-number',
    'date-characters-missing:meta',
    // Since a fix after the measures of 254–283: `我市2021政务公开工作要点`, 年 lost (written down
    // as a slip).
    'date-characters-missing:overview',
  ],
  '095-wenshan-2021.txt': [
    'notice-citation-unknown:meta:no-issuer',
    'notice-citation-wrong:meta:2019-60',
  ],
  '097-qingjiangpu-2021.txt': ['notice-citation-wrong:meta:2019-60'],
  '099-huaian-zrzy-2021.txt': ['statistics-period-mismatch:meta'],
  // parts-sum-mismatch: flagged since a fix made after the measure (a whole said again as a list
  // without 其中, `累计发布信息10471多条,网站从开通至今,总共发布…,其他相关信息4916余条`: 9735余).
  '100-fuzhou-zrzy-2020.txt': [
    'report-date-after-deadline',
    'wrong-year-in-text:overview:budget-2019',
    'parts-sum-mismatch:overview',
  ],
  '101-xiwuqi-zrzy-2020.txt': ['notice-citation-wrong:meta:2021-30'],
  '104-jilin-sthjt-2025.txt': ['date-characters-missing:meta', 'report-date-after-deadline'],
  // The province's rule named `…暂行条例` (it is a 暂行规定): since a fix after the measures of
  // 374–403 also said as the province's rule under another name.
  '103-liupanshui-gaj-2020.txt': [
    ['citation-abbreviation-mismatch:meta', 'notice-citation-unknown:meta:province-rule'],
  ],
  // `报告全文由组织推动全省政府信息公开工作、…等基础工作五个部分组成`: five, the overview's sub-items.
  '105-dongliao-sthj-2021.txt': [
    'date-characters-missing:meta',
    'subheading-bracket-missing:overview',
    'agency-scope-above-level:meta',
    'part-count-mismatch:meta',
  ],
  '106-luojiang-jyj-2021.txt': [
    'date-characters-missing:meta',
    // Since a fix of stop 45 after the measure of 1514–1543: `现公布泉州市洛江区教育2021年政府信息公开
    // 工作年度报告` (the bureau's 局 lost in the report's own name; its gatherer's slip `漏“局”`, the
    // same as 1519's, which its gatherer wrote down as a problem).
    'agency-name-word-lost:meta',
  ],
  '108-zhuhai-sw-2020.txt': ['part-count-mismatch:meta'],
  // The session's final held-out measure (templates/fixtures/real 109–123): the problems were
  // written down in each `expected.json` (`problems`) and landed before any check ran on them.
  '112-xixian-dizhang-2023.txt': ['format-year-mismatch', 'notice-citation-wrong:meta:2019-60'],
  // part-count-mismatch and parts-sum-mismatch: flagged since fixes made after the measure (the
  // list calls the report 年报; nineteen columns to the end of a sentence add to 320 of 572); the
  // measure itself counted both missed.
  '120-tianchang-zjj-2020.txt': [
    'date-characters-missing:meta',
    'part-count-mismatch:meta',
    'parts-sum-mismatch:overview',
  ],
  // A seventh held-out measure (templates/fixtures/real 124–138): the problems were written down
  // in each `expected.json` and committed before the importer or any check ran on them.
  // parts-sum-mismatch (124, 131, 135): flagged since a fix made after the measure (`其中包括`
  // as one introducer, the only count after a semicolon, a list going on with 以及, 人次).
  '124-qingshui-jyj-2023.txt': ['date-characters-missing:meta', 'parts-sum-mismatch:overview'],
  // part-count-mismatch: flagged since a fix made after the measure (行政许可 for 行政诉讼).
  '125-yuxian-jykjj-2023.txt': ['notice-citation-wrong:meta:2019-60', 'part-count-mismatch:meta'],
  '126-xishan-donggang-2021.txt': ['part-count-mismatch:meta'],
  // subheading-first-missing: flagged since a fix made after the measure.
  '127-qujiang-hunan-2021.txt': ['part-count-mismatch:meta', 'subheading-first-missing:overview'],
  '135-leiyang-mashui-2019.txt': ['date-characters-missing:meta', 'parts-sum-mismatch:overview'],
  '131-ganzhou-beijie-2025.txt': ['parts-sum-mismatch:overview'],
  // Flagged since a fix made after the measure: the report's name with 公开 lost.
  '130-lianhu-xiguan-2024.txt': ['report-name-garbled:meta'],
  // Flagged since a fix made after the measure: the old template's 本级政府(机关) left in.
  '136-lezhi-huilan-2019.txt': ['template-text-left:overview'],
  // Not imported at the measure (its 一、总体情况 ends the preface's line); since it is, the list
  // of parts with `改情况,其进他需要报告的事项` is said to miss 其他需要报告的事项.
  // The parts listed as `存在的主要问题及改情况,其进他需要报告的事项` (进 moved): read as a list short of a
  // part, and since `phrase-garbled` as `改进情况` with 进 lost (one problem, either finding).
  '132-daye-dongfenglu-2024.txt': [['part-count-mismatch:meta', 'phrase-garbled:meta']],
  // An eighth held-out measure (templates/fixtures/real 139–148), committed before any check ran.
  '143-ningdu-duifang-2023.txt': ['date-characters-missing:meta'],
  // Flagged since a fix made after the measure: `主要内容包括…总体情况、…、政府信息管理情况、…平台建设
  // 情况、监督保障情况、…等`, the overview's areas listed as parts beside it.
  '139-wuhan-donghu-scjg-2021.txt': ['part-count-mismatch:overview'],
  // Flagged since a fix made after the measure (a sentence on what the report was compiled under).
  '142-wuyi-township-2023.txt': ['notice-citation-unknown:meta:国办发-2021-30'],
  // The 2019 notice's name cited under the 2021 notice's number: said as the 2019 notice, and
  // since a fix after the measures of 314–343 as a name not the number's.
  '145-kaihua-zhongcun-2023.txt': ['notice-citation-unknown:overview:title-2021-30'],
  // Not imported at the measure (no 一、总体情况, no table); since the overview is read from its
  // `(一)主动公开情况`, both its problems are flagged.
  '146-weishan-gaolou-2023.txt': ['template-text-left:meta', 'section-heading-mismatch:overview'],
  // A ninth held-out measure (templates/fixtures/real 149–163), committed before any check ran.
  '153-gulou-antai-2024.txt': ['notice-citation-unknown:meta:title-2021-30'],
  // Since a fix of stop 55 after the measure of 2216–2260: `解读民生政策文件6余件`, a count of one digit with
  // 余 (written down as a slip).
  '154-xinghai-2021.txt': ['phrase-garbled:overview'],
  '156-hainan-dzj-2024.txt': ['notice-citation-unknown:meta:国办公开函-2021-30'],
  // parts-sum-mismatch since a fix after the measures of 284–313: three kinds making most of the
  // whole, 780 read as a part that lost its unit, 2234条次 as no part (36014 of 39586).
  '159-zhoukou-2020.txt': ['date-characters-missing:meta', 'parts-sum-mismatch:overview'],
  // Flagged since fixes made after the measure: a list opening its own sentence with 其中, its
  // whole in the sentence before; a second name's 》 after a title closed in the same sentence.
  '150-tongzhou-cgw-2020.txt': ['shares-rounding-mismatch:overview'],
  '161-liaoyang-2019.txt': ['text-stray-closer:overview'],
  // Flagged since fixes made after the measure: counts left in a template's brackets, read as
  // counts for their sum (`发布政务信息(1386)条,其中:…(22)条…(1335)条,…(350)条`: 1707); the
  // notices' office named with 信息 lost; the report's name with 工作年度报告 out of order.
  // report-name-garbled: flagged since a fix made after the measure (`2022年度海口国家高新区公开
  // 年度报告`: 公开 right after the agency's name, 政府信息 and 工作 lost).
  '157-haikou-gxq-2022.txt': [
    'template-text-left:overview',
    'parts-sum-mismatch:overview',
    'report-name-garbled:meta',
  ],
  '158-xincai-2020.txt': ['notice-citation-unknown:overview:issuer-name'],
  '160-changtu-qijiazi-2023.txt': ['report-name-garbled:meta'],
  // A tenth held-out measure (templates/fixtures/real 164–178), committed before any check ran.
  '164-zhengzhou-zhongyuanxilu-2019.txt': ['part-count-mismatch:meta'],
  // 165: flagged since fixes made after the measure: a title cited with a notice's number that
  // is no notice's (工作 lost); no part heading at all before the tables read (one warning naming
  // 一 and 二, the sections before 表二).
  '165-zhuzhou-guihua-2019.txt': [
    'notice-citation-unknown:meta:title-2019-60',
    'section-heading-mismatch:overview',
  ],
  '166-anxi-futian-2020.txt': ['notice-citation-unknown:meta:broken-number'],
  '167-maanshan-huashan-sjj-2020.txt': [
    'section-heading-mismatch:overview',
    'part-count-mismatch:meta',
  ],
  // text-stray-closer: flagged since a fix made after the measure (a sentence's one `”`, between
  // two Chinese characters, with no quotation opened before it: `一年一考评”工作机制`).
  '168-anqing-yingjiang-2020.txt': ['text-stray-closer:overview'],
  '169-quanzhou-baiqi-2021.txt': ['date-characters-missing:meta'],
  '170-anhui-tjj-2021.txt': [
    'notice-citation-unknown:meta:broken-number',
    'part-count-mismatch:meta',
    'date-characters-missing:meta',
  ],
  '171-tianjin-kfq-2022.txt': ['part-count-mismatch:meta'],
  '175-pingyin-wjj-2024.txt': ['notice-citation-unknown:meta:title-2021-30'],
  '176-wenshang-ciqiu-2025.txt': ['template-text-left:meta'],
  '177-liangshan-guanyi-2025.txt': ['date-characters-missing:meta'],
  // 二 and 三 add the same words (`行政机关`): one warning names both, under the first.
  '178-fuyuan-haiqing-2025.txt': [
    [
      'section-heading-mismatch:proactive',
      'section-heading-mismatch:reviewLitigation',
      'section-heading-mismatch:problems',
    ],
  ],
  // 056–068, whole pages measured once (templates/fixtures/real-html README), written down before
  // any check ran.
  // 056: a 2021 report by the 2019 notice and format: the citation of 60号 is the same fault.
  // 064: its 六 is `七、其他需说明事项`: 六 empty and without the fee statement is the same fault.
  // 068: `overview-too-long` (1,558 characters): info, a fact not written down before the measure.
  // report-is-cover-letter: flagged since a fix made after the measure. 065 is a 报送函 published
  // as the report (its title `…关于报送…的函`, addressed `区办公室：`); 056 is the same fault, not
  // written down at the measure (addressed `区管委会办公室：`, closed `此函` and a 印发 line); 057
  // keeps the letter's `此函` before its signature (the same form, the year after).
  '056-pingtan-htpq-2021.html': [
    ['format-year-mismatch', 'notice-citation-wrong:meta:2019-60'],
    'reported-total-mismatch:t3.resultsTotal.naturalPerson',
    'text-stray-closer:other',
    'report-is-cover-letter',
  ],
  // 057: flagged since fixes made after the measure (the 2021 key points named as what a 2022
  // report was compiled under; the letter form left in); 059: likewise (the 2019 `格式（试行）`
  // named in a 2021 report).
  '065-pingtan-sppq-2020.html': ['report-is-cover-letter'],
  '057-pingtan-htpq-2022.html': [
    'notice-citation-wrong:meta:key-points-2021',
    'report-is-cover-letter',
    'format-year-mismatch',
    [
      'reported-total-mismatch:t3.resultsTotal.naturalPerson',
      'reported-total-mismatch:t3.resultsTotal.total',
    ],
    'text-stray-closer:other',
  ],
  '058-pingtan-htpq-2025.html': [
    [
      'reported-total-mismatch:t3.newReceived.total',
      'reported-total-mismatch:t3.partial.total',
      'reported-total-mismatch:t3.notHeld.total',
      'reported-total-mismatch:t3.resultsTotal.total',
    ],
    'blank-cells:t2',
    'section-heading-mismatch:problems',
    'section-heading-mismatch:other',
  ],
  '059-pingtan-jjpq-2021.html': ['notice-citation-wrong:meta:2019-60'],
  '060-pingtan-jjpq-2023.html': [
    'section-heading-mismatch:problems',
    ['blank-cells:t3', 'table-cells-printed-blank:t3'],
  ],
  '061-pingtan-jjpq-2024.html': [
    'blank-cells:t2',
    'section-heading-mismatch:problems',
    ['blank-cells:t3', 'table-cells-printed-blank:t3'],
  ],
  '062-pingtan-jspq-2019.html': [
    'statistics-period-mismatch:meta',
    'section-heading-mismatch:reviewLitigation',
    'section-heading-mismatch:problems',
    'procurement-unit-unstated',
  ],
  '063-pingtan-jspq-2022.html': [
    [
      'reported-total-mismatch:t3.resultsTotal.naturalPerson',
      'reported-total-mismatch:t3.resultsTotal.otherOrg',
      'reported-total-mismatch:t3.resultsTotal.total',
      't3-balance:t3Balance.naturalPerson',
      't3-balance:t3Balance.otherOrg',
      't3-balance:t3Balance.total',
    ],
    'parts-sum-mismatch:overview',
  ],
  '064-pingtan-jspq-2025.html': [
    'section-heading-mismatch:overview',
    [
      'section-heading-mismatch:problems',
      // Since a fix after the measures of 194–223: `六、下一步改进举措`, read as 五's text.
      'section-heading-mismatch:other',
      'narrative-empty:other',
      'fee-statement-missing',
    ],
    'blank-cells:t2',
  ],
  '066-pingtan-sppq-2023.html': [
    ['section-heading-mismatch:problems', 'narrative-empty:other', 'fee-statement-missing'],
    'parts-sum-mismatch:overview',
  ],
  '067-pingtan-sppq-2024.html': [
    ['section-heading-mismatch:problems', 'narrative-empty:other', 'fee-statement-missing'],
    'parts-sum-mismatch:overview',
  ],
  '068-pingtan-qu-2021.html': ['overview-too-long'],
  // 179–193, the eleventh held-out measure (templates/fixtures/real README), written down before any
  // check ran: 14 of 22 at the measure; 181's sum, 184, 189's list and 193's lost 年 flagged since
  // fixes made after it.
  // 069–078, whole pages measured once: 13 of 15 at the measure; 070's 617 flagged since a fix.
  // Not written down, warned and real: 071's and 075's five-part lists (the fault written down in
  // 164, 167, 170, 171, 189); 071's `47.9659万元` in 元 (the lead's decision on 084); 074's
  // 1,699-character overview (info).
  '069-pingtan-shsyj-2022.html': ['section-heading-mismatch:reviewLitigation'],
  '070-pingtan-zhzfyjj-2020.html': ['parts-sum-mismatch:overview'],
  // Its overview's 985 permits (`施工许可证76条…申请户外广告设置许可证783条`) against 表二 行政许可
  // 处理决定 1: flagged since a fix made after the measure (`t2-decisions-below-permits`).
  '071-pingtan-jtjsj-2019.html': [
    'count-number-missing:overview',
    'money-unit-mismatch:t2.centralProcurement.amount',
    'part-count-mismatch:meta',
    't2-decisions-below-permits:overview',
  ],
  '072-pingtan-lywtj-2025.html': [
    'notice-citation-wrong:meta:2019-60',
    [
      'reported-total-mismatch:t3.newReceived.total',
      'reported-total-mismatch:t3.notHeld.total',
      'reported-total-mismatch:t3.resultsTotal.total',
    ],
  ],
  '073-pingtan-scjgj-2023.html': [
    ['blank-cells:t3', 'table-cells-printed-blank:t3'],
    'blank-cells:t2',
  ],
  '074-pingtan-nyncj-2021.html': [
    [
      'reported-total-mismatch:t3.resultsTotal.naturalPerson',
      'reported-total-mismatch:t3.resultsTotal.otherOrg',
    ],
    'section-heading-mismatch:problems',
    'section-heading-mismatch:other',
    'text-stray-closer:other',
    'overview-too-long',
  ],
  '075-pingtan-gaj-2019.html': [
    ['blank-cells:t3', 'table-cells-printed-blank:t3'],
    'part-count-mismatch:meta',
  ],
  '077-pingtan-jtjsj-2022.html': ['text-stray-closer:other'],
  '078-pingtan-lywtj-2021.html': ['report-date-before-year-end'],
  '179-dushan-2022.txt': ['notice-citation-unknown:meta:2022-30'],
  '180-qiannan-jtj-2022.txt': ['statistics-period-mismatch:meta'],
  // Its preface's compiling 局 against a text that speaks as `我公司`, `我集团` (`other-agency-in-text`),
  // and its list of parts ending in 等 that leaves out parts other than 其他需要报告的事项
  // (`part-count-mismatch`): flagged since fixes made after the measures.
  '181-wuming-fuming-2023.txt': [
    'parts-sum-mismatch:overview',
    'other-agency-in-text:meta',
    'part-count-mismatch:meta',
  ],
  '182-chuxiong-lucheng-2025.txt': ['date-characters-missing:meta'],
  '183-jianshui-qinglong-2019.txt': [
    'template-text-left:meta',
    'section-heading-mismatch:problems',
  ],
  '184-zhanggong-shuidong-2019.txt': ['township-scope-above-level:meta'],
  '185-hukou-dalong-2020.txt': ['part-count-mismatch:meta'],
  '186-kongtong-xianglian-2020.txt': [
    'section-heading-mismatch:overview',
    // The missing `(二)依申请公开` is also an area the overview leaves out (since stop 30, when an
    // excerpt's whole overview is judged).
    ['subheading-number-skipped:overview', 'overview-areas-missing'],
  ],
  // Its overview copied from a 发改 bureau's (`立足全镇发展改革工作实际`), and 188's from an
  // education bureau's (`公开教育工作信息`): flagged since a fix made after the measure.
  '187-huachi-wujiao-2020.txt': ['report-date-after-deadline', 'other-line-of-work:overview'],
  '188-yining-2023.txt': ['other-line-of-work:overview'],
  '189-ejina-wentugaole-2021.txt': ['date-characters-missing:meta', 'part-count-mismatch:meta'],
  '190-linhe-ganzhaomiao-2025.txt': ['parts-sum-mismatch:overview'],
  '191-jilin-city-2020.txt': [
    'notice-citation-unknown:meta:broken-number',
    'date-characters-missing:meta',
  ],
  '192-shanxi-wsb-2021.txt': ['notice-citation-wrong:meta:2019-60'],
  '193-hegang-gongnong-2024.txt': ['date-characters-missing:meta'],
  // 194–208, the twelfth held-out measure (measured once: 5 / 17).
  '194-guoyang-bgs-2020.txt': [
    'notice-citation-unknown:meta:国办公开函-2019-60',
    // Since a fix after the measure: the title judged under a number with its prefix broken.
    'notice-citation-unknown:meta:title-2019-60',
  ],
  // Since a fix after the measure: a county office's report whose counts are a township's.
  '195-pingxiang-bgs-2024.txt': ['other-unit-subject:overview'],
  '196-heshan-henglongqiao-2020.txt': ['date-characters-missing:meta'],
  '197-longyou-huzhen-2020.txt': ['section-heading-mismatch:overview'],
  '198-xiaoshan-xinjie-2023.txt': ['notice-citation-wrong:meta:2019-60'],
  // Since fixes after the measure: a list ending in 等 (`…等方面内容`) that leaves out parts other
  // than 其他需要报告的事项; a header label changed into another word.
  '199-linyi-gonglu-2021.txt': ['part-count-mismatch:meta', 'table-header-changed:t3:商业企业'],
  // Since a fix after the measure: `532条,其中` 357条, 101篇, 75篇 (a list in several record units
  // read from three items, not four).
  '200-wendeng-zeku-2023.txt': ['parts-sum-mismatch:overview'],
  // Since a fix after the measure: the unlabelled date under the title read as the page's date.
  '203-chaonan-liangying-2021.txt': ['report-date-after-deadline'],
  '204-putian-nyncj-2024.txt': [
    'date-characters-missing:meta',
    // Since fixes after the measure: the year opening a sentence before the agency's name, and a
    // plenary session without 届. Since a fix of stop 33: the same sentence's `农业农村局府信息公开工作`,
    // 政 lost (one problem, either finding).
    ['date-characters-missing:overview', 'phrase-garbled:overview'],
    'plenary-term-missing:overview',
  ],
  // Since a fix after the measure: `…网站主动公开政务信息194条。其中` two kinds making 194 and
  // `信息公开目录信息194条` (the whole before `其中` read without a total's word; a count as large as
  // the whole after the parts is summed with them).
  '206-dengzhou-zhanglou-2023.txt': [
    'parts-sum-mismatch:overview',
    // Since a fix of stop 50 after the measure of 1859–1903: the overview's items headed by the areas' names (`主动公开情况。`), none numbered (its gatherer wrote it down).
    'subheading-number-missing:overview',
  ],
  // Since a fix after the measure: a total with neither number nor unit.
  // `全年共新增和变更主动公开政府信息及时更新了…`: the count lost; since a fix after the measures of
  // 434–463 also the item without a count of information made public.
  '207-nanzhao-chengguan-2023.txt': [
    ['count-number-missing:overview', 'proactive-count-missing:overview'],
  ],
  // 209–223, the thirteenth held-out measure (measured once: 8 / 20 by key, 10 / 20 by meaning:
  // 209's preface year and 211's list of parts said under other keys than written down).
  '209-guangyuan-zhaohua-yuanba-2023.txt': ['wrong-year-in-text:meta:2023'],
  // Since a fix after the measure: `本报告主要涉及…等,统计时间为…`, a list ending in 等 before a comma,
  // without 问题 and 其他.
  '210-jiange-gongxing-2023.txt': ['part-count-mismatch:meta'],
  '211-haikou-xiuying-dongshan-2021.txt': ['part-count-mismatch:overview'],
  // Since a fix after the measure: the report's name in other words (`政务信息公开…开展年度报告`).
  // Since a fix after the measure: `212条,其中` three kinds, then `。通知公告类46条。`, one more
  // kind past the full stop; four adding to 196, no 等.
  '212-beijing-chaoyang-chaowai-2025.txt': ['parts-sum-mismatch:overview'],
  '213-xizang-sjt-2025.txt': ['report-name-garbled:meta'],
  '214-yongchuan-dsjj-2019.txt': ['notice-citation-unknown:overview:broken-number'],
  '215-shapingba-fengwen-2020.txt': [
    'notice-citation-unknown:meta:broken-number',
    // Since a fix of stop 51 after the measure of 1859–1903, decided real by the lead by the precedents of
    // 1825 and 1878: `积极向区委、区政府报送政务类、工作类信息,全年累计报送112条` beside `发布信息1000余条`.
    'overview-item-off-topic:overview',
  ],
  // Since a fix after the measure: `解读…82次,其中` 45条, 28个, 10篇 (a whole in 次 split into
  // records of several units).
  '217-dali-county-2020.txt': ['parts-sum-mismatch:overview'],
  '218-tianjin-city-2020.txt': ['date-characters-missing:meta'],
  '219-zhenglan-zhagesitai-2023.txt': [
    'date-characters-missing:overview',
    // Since a fix after the measure: key points two years old followed in the year's work.
    'notice-citation-wrong:overview:key-points-2021',
    // Since a fix after the measure: `本年报由…和其他需要报告的事项`, 组成 lost, read as a list of
    // parts to the end of its sentence.
    'part-count-mismatch:meta',
  ],
  '220-mulan-lcj-2022.txt': ['part-count-mismatch:meta'],
  '222-heqing-county-2019.txt': ['section-heading-mismatch:overview'],
  // Since a fix after the measure: an area's sub-heading with one character lost. Since stop 36,
  // `phrase-garbled` leaves the same `(四)府信息公开平台建设情况` to this check (one finding per slip).
  '216-xianning-zwsjj-2025.txt': ['overview-subheading-garbled:overview'],
  '223-midu-anle-2019.txt': [
    'section-heading-mismatch:overview',
    'section-heading-mismatch:proactive',
    // Since a fix after the measure: the report's own heading 三 read as text (numbering on).
    'section-heading-mismatch:applications',
  ],
  // 224–238 and 239–253, the fourteenth and fifteenth held-out measures (measured once after the
  // fixes for 194–223: 9 / 13 and 7 / 15).
  '225-xizang-dzj-2023.txt': ['part-count-mismatch:meta'],
  // Since fixes after the measure: `一、概述` under `一、总体情况`, the part's heading twice; the
  // cited `《2020政务公开工作安排》` without its 年 (2026-12-02).
  '226-wenchang-puqian-2020.txt': [
    'date-characters-missing:overview',
    'section-heading-mismatch:overview',
  ],
  '227-qingyuan-county-2022.txt': ['section-heading-mismatch:overview'],
  '228-nanguan-yongji-2025.txt': ['date-characters-missing:meta'],
  '229-longtan-shanqian-2023.txt': ['township-scope-above-level:overview'],
  '232-jinan-czj-2023.txt': [
    'notice-citation-wrong:meta:2019-60',
    // Since a fix of stop 70 after the measure of 2891–2935: the preface's `六个部份组成`, 部分 written 部份
    // (written down by its gatherer).
    'phrase-garbled:meta',
  ],
  '233-shangzhi-maoershan-2020.txt': ['section-heading-mismatch:proactive'],
  '235-guangxi-hyj-2019.txt': ['date-characters-missing:meta', 'part-count-mismatch:meta'],
  // Its import failed at the measure (paragraphs joined into one line, the heading after the
  // title's `…年度报告 `): imported since a fix after it.
  '236-qingshui-county-2019.txt': ['parts-sum-mismatch:overview'],
  '238-gaoping-jianning-2021.txt': ['notice-citation-wrong:meta:2019-60'],
  '239-kuancheng-zfb-2023.txt': ['date-characters-missing:meta'],
  '240-baokang-nyncj-2021.txt': ['part-count-mismatch:meta'],
  // Since a fix after the measures of 374–403: `认真落实…2021年湖北省政务公开工作要点…` in a 2022
  // report (the key points of the year before, a province's).
  '243-daye-dongyuelu-2022.txt': ['notice-citation-wrong:overview:key-points-2021'],
  // Since a fix after the measure: `现将我局2024年信访公开工作年度报告如下`.
  '244-anhua-xfj-2024.txt': ['report-name-garbled:meta'],
  '245-xiangyin-lyj-2024.txt': ['section-heading-mismatch:overview'],
  // One problem written down (name and number wrong), said by both the number's and the title's
  // warnings.
  // Since a fix after the measure: 第二十条's items inline, `12.` then `14.`.
  '246-xingyi-city-2022.txt': ['subheading-number-skipped:overview'],
  '247-tongguan-dongjiao-2019.txt': [
    [
      'notice-citation-unknown:meta:国办公开函-2019-60',
      'notice-citation-unknown:meta:title-2019-60',
    ],
  ],
  // Since fixes after the measure: the old regulation's parts (`政府信息公开支出和收费情况`), in the
  // preface under its first heading `总体情况` (so the key is the overview's); `总体情况` without
  // `一、`, the first and only heading read.
  '248-xinghua-changrong-2025.txt': [
    'part-count-mismatch:overview',
    'section-heading-mismatch:overview',
  ],
  '249-dongying-city-2020.txt': ['part-count-mismatch:meta'],
  '251-lintong-kfq-2021.txt': [
    'section-heading-mismatch:proactive',
    // Since a fix after the measure: 表二's column `本年处理绝对数量` (two characters side by side
    // changed, in a header of two labels read from pipe rows).
    'table-header-changed:t2:本年处理决定数量',
  ],
  '252-zhaohua-fgj-2021.txt': ['notice-citation-wrong:meta:2019-60'],
  // `1700余条,其中` records in 条, 人, 所, 项, 篇 adding to 1897: flagged since a fix made after the
  // measure (an approximate whole read as its range, 1700 to 1800; a list in several record units).
  '137-minhe-jyj-2023.txt': [
    'parts-sum-mismatch:overview',
    // Since a fix after the measures of 254–283: `现将2023政务信息公开情况报告如下`, 年 lost
    // (written down as a slip).
    'date-characters-missing:overview',
  ],
  // The lead's decision (2026-12-01): 2019's 采购总金额 is in 元 (the template's column, SPEC §4.4
  // with seed 003's `533.41万`); an amount written in 万元 there is the unit other than the
  // column's that §4.4 asks to warn about, whether written `万` or `万元`. 084's `160.5964万元`
  // was written down as no problem before its measure (and counted as a false warning since):
  // counted as found after it, as 024's and 025's below.
  '084-ankang-ju-2019.txt': ['money-unit-mismatch:t2.centralProcurement.amount'],
  // A held-out measure on whole pages gathered by one engineer and run once by another on the
  // merged code (templates/fixtures/real-html 024–031): each expected.json's `checkKeys` were
  // written before the importer or any check ran. Measured once (14:39 UTC, 602e4c7): 16 of 19
  // flagged, 0 false errors, 9 false warnings. Entries marked "after the measure" were not
  // written down before it.
  // After the measure: `45.82万元` in 2019's 采购总金额 (written down as a slip) is SPEC §4.4's
  // warning, as seed 003's `533.41万` and 084's `160.5964万元` are.
  // Its overview without 监督保障 (only `养老保障待遇`, `医疗保障方面`): flagged since a fix made after
  // the measure.
  '024-pingtan-shsyj-2019.html': [
    'overview-areas-missing',
    'overview-too-long',
    'money-unit-mismatch:t2.centralProcurement.amount',
  ],
  '025-pingtan-zrzyj-2020.html': [
    [
      't3-balance:t3Balance.legalService',
      'reported-total-mismatch:t3.resultsTotal.legalService',
      't3-balance:t3Balance.total',
      'reported-total-mismatch:t3.resultsTotal.total',
    ],
    'plan-year-is-report-year:problems',
    'overview-areas-missing',
    // After the measure: `1690.9913万元`, as 024.
    'money-unit-mismatch:t2.centralProcurement.amount',
  ],
  '026-pingtan-nyncj-2020.html': [
    'section-heading-mismatch:overview',
    'section-heading-mismatch:problems',
    'section-heading-mismatch:other',
    'overview-areas-missing',
  ],
  '027-pingtan-scjgj-2021.html': [
    ['blank-cells:t3', 'table-cells-printed-blank:t3'],
    'text-stray-closer:other',
  ],
  '030-pingtan-nyncj-2024.html': [
    't2-valid-below-net:normativeDocuments',
    [
      'reported-total-mismatch:t3.newReceived.total',
      'reported-total-mismatch:t3.granted.total',
      'reported-total-mismatch:t3.thirdParty.total',
      'reported-total-mismatch:t3.resultsTotal.total',
    ],
    ['narrative-empty:other', 'fee-statement-missing'],
    'blank-cells:t2',
    // After the measure: `其中法人申请1件、自然人申请2件` while 表三 puts all 3 under 自然人 (one
    // problem, a warning for each claim).
    [
      'narrative-table-mismatch:overview:naturalPerson',
      'narrative-table-mismatch:overview:organisations',
    ],
  ],
  // `所有申请均在法定期限内办结` (twice) while 结转下年度 is 2: flagged since a fix made after the measure.
  '031-pingtan-scjgj-2025.html': [
    [
      'narrative-table-mismatch:overview:cannotProvide',
      'narrative-table-mismatch:overview:otherHandling',
    ],
    [
      'narrative-all-completed-contradicted:overview',
      'narrative-all-completed-contradicted:applications',
    ],
    'blank-cells:t2',
  ],
  // Two held-out measures on whole pages, gathered by two engineers and run once by another
  // (templates/fixtures/real-html 032–039, 平潭 departments' years not in the corpus; 040–047, the
  // four 片区管理局): each expected.json's `checkKeys` were written before the importer or any check
  // ran. Measured once (15:56–15:58 UTC, 65e97e8): 032–039 12 of 15 flagged, 1 false error, 2
  // false warnings; 040–047 13 of 15, 0 false errors, 5 false warnings. Entries marked "after the
  // measure" were not written down before it.
  '033-pingtan-lywtj-2020.html': [
    [
      'section-heading-mismatch:proactive',
      'section-heading-mismatch:applications',
      'section-heading-mismatch:reviewLitigation',
      'section-heading-mismatch:problems',
      'section-heading-mismatch:other',
      'part-count-mismatch:meta',
    ],
  ],
  '034-pingtan-scjgj-2020.html': ['overview-areas-missing'],
  // Subheadings （一）（二）（五）: flagged since a check made after the measure.
  '035-pingtan-shsyj-2021.html': [
    ['format-year-mismatch', 'blank-cells:t2'],
    'overview-areas-missing',
    'subheading-number-skipped:overview',
    'text-stray-closer:other',
  ],
  // The preface's `…行政复议、行政诉讼情况 、提起行政诉讼的情况…等六部分`: flagged since a fix made
  // after the measure (one part named by two items in a row).
  '036-pingtan-nyncj-2022.html': [
    'overview-too-long',
    'part-count-mismatch:meta',
    'section-heading-mismatch:other',
    'text-stray-closer:other',
  ],
  // The 总计 column's balance is the same fault as the 商业企业 column's (counted a false error at
  // the measure, as 022's was).
  '037-pingtan-zrzyj-2023.html': [
    [
      't3-balance:t3Balance.commercial',
      't3-balance:t3Balance.total',
      'reported-total-mismatch:t3.partial.total',
      'reported-total-mismatch:t3.resultsTotal.total',
    ],
    'overview-areas-missing',
  ],
  '039-pingtan-xzspj-2025.html': ['blank-cells:t2', 'section-heading-mismatch:reviewLitigation'],
  '040-pingtan-htpq-2019.html': ['statistics-period-mismatch:meta', 'overview-areas-missing'],
  '041-pingtan-htpq-2023.html': [
    'blank-cells:t2',
    'text-stray-closer:other',
    'section-heading-mismatch:problems',
    // Since a fix after the measures of 224–253 (a table's header read among pipe and HTML rows
    // too): 表二's column `先行有效件数`, written down as a slip; the same fault as 251's
    // `本年处理绝对数量`, written down as a problem, for which `table-header-changed` exists.
    'table-header-changed:t2:现行有效件数',
  ],
  // After the measure: its overview (under `一总体情况`, whose 、 is lost) is read as 总体情况 since a
  // fix made after it, and is then without 依申请公开 as written down. The lead's decision: `（有关情况
  // 附表）` added to the headings of 二, 三 and 四 is the headings' wording other than the format's that
  // SPEC §4.5 asks to warn about (written down neither as a problem nor as a slip: counted a false
  // warning at the measure, three then, one since).
  '042-pingtan-jjpq-2020.html': [
    'section-heading-mismatch:overview',
    'overview-areas-missing',
    'section-heading-mismatch:proactive',
  ],
  // Its preface lists the parts without 其他需要报告的事项, which the report lacks: the same fault as
  // its 五 and 六 (counted a false warning at the measure). Its problems, under `六、存在的主要问题及改进
  // 措施`, are read as 五 since a fix made after the measure.
  '043-pingtan-jjpq-2025.html': [
    [
      'section-heading-mismatch:problems',
      'narrative-empty:other',
      'fee-statement-missing',
      'part-count-mismatch:meta',
    ],
    'blank-cells:t2',
  ],
  '046-pingtan-sppq-2022.html': ['text-stray-closer:other'],
  '047-pingtan-sppq-2019.html': [
    'report-date-before-year-end',
    'statistics-period-mismatch:meta',
    'parts-sum-mismatch:overview',
    'money-unit-mismatch:t2.centralProcurement.amount',
  ],
  // A held-out measure on whole pages gathered by one engineer and run once by another on the
  // merged code, after 032–047's fixes (templates/fixtures/real-html 048–055, the 片区's other
  // years). Measured once (16:50 UTC, 1fddc24): 15 of 17 flagged by the keys written down, 0 false
  // errors, 1 false warning (055's `list-count-mismatch`, the very problem written down under a key
  // that does not exist) and 1 info (052's length).
  '049-pingtan-htpq-2024.html': [
    [
      'reported-total-mismatch:t3.newReceived.total',
      'reported-total-mismatch:t3.notHeld.total',
      'reported-total-mismatch:t3.unclear.total',
      'reported-total-mismatch:t3.noSupplement.total',
      'reported-total-mismatch:t3.otherReason.total',
      'reported-total-mismatch:t3.resultsTotal.total',
    ],
    [
      'reported-total-mismatch:t3.resultsTotal.naturalPerson',
      't3-balance:t3Balance.naturalPerson',
      't3-balance:t3Balance.total',
    ],
    'blank-cells:t2',
    'section-heading-mismatch:problems',
    'text-stray-closer:other',
    // Since a fix after the measures of 224–253: `先行有效件数`, as 041 (a slip written down).
    'table-header-changed:t2:现行有效件数',
  ],
  // 国办函〔2020〕109号 (2020-11-17) cited in a report signed 2020-01-06: flagged since a check
  // made after the measure.
  '050-pingtan-jjpq-2019.html': [
    'statistics-period-mismatch:meta',
    'section-heading-mismatch:proactive',
    'overview-areas-missing',
    'citation-after-report-date:other',
  ],
  '051-pingtan-jjpq-2022.html': ['section-heading-mismatch:problems'],
  // `overview-too-long` (1,546 characters): info, a fact not written down before the measure.
  '052-pingtan-jspq-2020.html': [
    [
      'reported-total-mismatch:t3.resultsTotal.naturalPerson',
      'reported-total-mismatch:t3.resultsTotal.otherOrg',
      'reported-total-mismatch:t3.resultsTotal.total',
    ],
    'section-heading-mismatch:reviewLitigation',
    'overview-too-long',
  ],
  '053-pingtan-jspq-2023.html': ['section-heading-mismatch:problems'],
  '054-pingtan-sppq-2021.html': ['parts-sum-mismatch:overview', 'text-stray-closer:other'],
  // `从以下三方面加以改进` with 一是, 二是: written down under `part-count-mismatch:problems`, a key
  // no check has; `list-count-mismatch` is that check.
  '055-pingtan-sppq-2025.html': [
    ['section-heading-mismatch:problems', 'narrative-empty:other', 'fee-statement-missing'],
    'list-count-mismatch:problems',
  ],
  // `全年公开各类文件991件,其中` six kinds of 件 adding to 181, then other work in 份 and 次.
  '121-qingyuan-nyncj-2021.txt': ['parts-sum-mismatch:overview'],
  // A held-out measure on whole pages (templates/fixtures/real-html 014–023): the problems were
  // written down in each `expected.json` (with the key that should flag each) and committed
  // before the importer or any check ran on them. Measured once before any fix: 10 of 18
  // flagged, 2 false errors, 10 false warnings (README of templates/fixtures/real-html). What is
  // listed here is after the fixes; entries marked "after the measure" were not written down
  // before it.
  // `依申请公开341条` beside 主动公开 and 不予公开 is the 公开属性 of the information made (as the
  // corpus's `info-total-parts-mismatch` reads it), not requests granted: not a problem, although
  // written down as one before the measure (a check made for it after the measure warned on 009,
  // 011, 018, 020 and 029 alike, and was withdrawn).
  '014-pingtan-jjfzj-2019.html': ['overview-areas-missing'],
  // Its overview without 监督保障: flagged since a fix made after the measure (`保障性住房` is not it).
  '015-pingtan-jtjsj-2020.html': ['overview-areas-missing'],
  // Written down as `t2-regulations-by-department`; the check made for it after the measure is
  // `t2-regulations-by-county` (a county's government and its departments alike).
  '016-pingtan-gzj-2021.html': ['notice-citation-wrong:meta:2019-60', 't2-regulations-by-county'],
  // `现行有效件数424件` after the 规范性文件 made: flagged since a fix made after the measure.
  '017-pingtan-gwhbgs-2022.html': [
    'overview-too-long',
    'narrative-table-mismatch:overview:normativeValid',
  ],
  // After the measure: 四's heading `行政复议与行政诉讼` (a near-miss the corpus counts, as in 012)
  // was warned about and had not been written down.
  '018-pingtan-jjfzj-2023.html': [
    ['t3-balance:t3Balance.naturalPerson', 't3-balance:t3Balance.total'],
    'narrative-table-mismatch:applications:received',
    'fee-statement-missing',
    'section-heading-mismatch:reviewLitigation',
  ],
  // `国办函〔2020〕109号）` with no `（`: flagged since a fix made after the measure.
  '019-pingtan-jtjsj-2024.html': ['text-stray-closer:other'],
  '020-pingtan-tcj-2025.html': ['notice-citation-wrong:meta:2019-60'],
  // 表三's rows add to 27 against the printed (七)总计 21 and 新收 21: the balance errors are the
  // same fault (written down under the total's keys only, so counted 2 false errors at the measure).
  '022-pingtan-qu-2020.html': [
    'overview-too-long',
    [
      'reported-total-mismatch:t3.resultsTotal.naturalPerson',
      'reported-total-mismatch:t3.resultsTotal.total',
      't3-balance:t3Balance.naturalPerson',
      't3-balance:t3Balance.total',
    ],
    'parts-sum-mismatch:overview',
  ],
  // After the measure: a government's overview without 社会评议 or 责任追究 (条例第五十条), and 表三（六）2
  // = 2 (fee notices sent) while 六 says only 无收取信息处理费 — both warned about, not written down.
  '023-pingtan-qu-2025.html': ['overview-areas-missing', 'fee-notice-vs-table'],
  '000_833a5a6ee7a74880.txt': [
    'report-date-before-year-end',
    't2-decisions-without-items:punishment',
  ],
  '001_0230f7c11c6e0b53.txt': ['section-heading-mismatch:overview'],
  '002_e6579b366e754dad.txt': ['t2-decisions-equal-items:licensing'],
  '003_d25101f45b1a16b3.txt': [
    'report-date-before-year-end',
    'narrative-table-mismatch:overview:notDisclosed',
    'money-unit-mismatch:t2.centralProcurement.amount',
    'section-heading-mismatch:reviewLitigation',
  ],
  '004_a3edccc839184d0e.txt': ['section-heading-mismatch:applications'],
  // Whole published pages (templates/fixtures/real-html).
  '001-shanghai-bgt-2019.html': [
    'overview-areas-missing',
    'section-heading-mismatch:problems',
    // 表三's 总计 column printed blank on 11 rows: one warning for the table.
    'printed-total-blank:t3.granted.total',
    ['blank-cells:t3', 'blank-cells:t4', 'table-cells-printed-blank:t3'],
  ],
  // `共公布政府信息2599条，(其中…其他应主动公开政府信息856条)`: the kinds, 其他 included, add up to 2533.
  '004-pingtan-qu-2019.html': [
    'overview-areas-missing',
    'overview-too-long',
    'count-number-missing:overview',
    'parts-sum-mismatch:overview',
  ],
  // `在主动公开的61条政府信息中…其中:减税降费5条…其他文件共51条等`: 76 > 61.
  '006-pingtan-czj-2024.html': [
    'overview-areas-missing',
    'wrong-year-in-text:proactive:2023',
    'parts-sum-mismatch:proactive',
  ],
  '007-pingtan-qu-2022.html': ['overview-too-long', 'section-heading-mismatch:reviewLitigation'],
  '009-pingtan-czj-2020.html': ['overview-areas-missing', 'overview-too-long'],
  '010-pingtan-gaj-2024.html': [
    'overview-too-long',
    'section-heading-mismatch:problems',
    // Since a fix of stop 48 after the measure of 1679–1723: `(网址：https//www.pingtan.gov.cn)`, the
    // scheme's colon lost: 1683's slip, written down by its gatherer (this page's expectations list no
    // problems of their own).
    'phrase-garbled:meta',
  ],
  // The 落款 reads 平潭综合实验区财政全融局.
  '011-pingtan-czj-2021.html': [
    'overview-areas-missing',
    ['narrative-empty:other', 'fee-statement-missing'],
    'plan-year-is-report-year:problems',
    'info-total-parts-mismatch:proactive',
    'signature-agency-mismatch',
  ],
  // 表四 prints 复议 结果维持 1 and 总计 0; 四's heading says 行政复议与行政诉讼.
  '012-pingtan-xzspj-2024.html': [
    'reported-total-mismatch:t4.review.total',
    'section-heading-mismatch:reviewLitigation',
  ],
  // The one request is counted twice: 其他处理 1 and 结转下年度 1 (the text: 结转下年度办理).
  '013-pingtan-gaj-2021.html': [
    ['t3-balance:t3Balance.naturalPerson', 't3-balance:t3Balance.total'],
    // Since a fix after the measures of 224–253: 表二's column `本年废纸件数` (noted below as a
    // wording slip), as 041's `先行有效件数`.
    'table-header-changed:t2:本年废止件数',
  ],
  // 254–268 and 269–283, the sixteenth and seventeenth held-out measures (measured once on
  // e3fed94, 2026-12-02: 9 / 17 and 17 / 31 by meaning).
  // Since a fix after the measure: `386条,其中,` four kinds to the end, no 等, adding to 98.
  '254-dongcheng-cgw-2025.txt': ['parts-sum-mismatch:overview'],
  // Two labels of 表二's header shortened, since a fix after the measure.
  '255-binhai-haibinjie-2021.txt': [
    'table-header-changed:t2:本年制发件数',
    'table-header-changed:t2:现行有效件数',
    // Since a fix of stop 49 after the measure of 1769–1813: `…工作的分管理领导` read (分管领导 with a
    // stray 理; written down as a slip, `“分管理领导”多“理”`).
    'phrase-garbled:overview',
  ],
  '256-jizhou-district-2021.txt': [
    'date-characters-missing:meta',
    'date-characters-missing:overview',
  ],
  '258-longyou-miaoxia-2020.txt': ['section-heading-mismatch:overview'],
  '259-pingyang-county-2021.txt': ['notice-citation-wrong:meta:2019-60'],
  // Since fixes after the measure: `累计发布规范性文件0件` against 表二's 1 made; the
  // three kinds in 条 after `10处,其中:` adding to 79, more than the 10 and not the 130条 before.
  '260-dongtou-nyncj-2021.txt': [
    'narrative-table-mismatch:overview:normativeMade',
    'parts-sum-mismatch:overview',
  ],
  '261-jiangsu-tjj-2019.txt': [
    'part-count-mismatch:meta',
    'notice-citation-unknown:overview:regulation-name',
    // Since a fix after the measure: the 2019 notice cited by its title cut short.
    'notice-citation-unknown:overview:title-2019-60',
  ],
  '263-weishan-liangcheng-2020.txt': ['section-heading-mismatch:overview'],
  '265-putuo-yichuanlu-2020.txt': ['part-count-mismatch:meta'],
  '266-minhang-district-2025.txt': [
    'date-characters-missing:meta',
    // Since a fix after the measure: `12  31 日现行有效`, a month and day with 月 lost.
    'date-characters-missing:overview',
    // Since a fix after the measure of 464–493: `发布各类政府信 10690 件`, 息 lost (written down as a
    // slip; 492's gatherer wrote the same shape as a problem).
    'info-word-cut:overview',
  ],
  // Since a fix after the measure: `梅溪湖街道2023政府信息公开…` (a year after the name, 年 lost)
  // and `截至1231日` (a month and day with 月 lost).
  '275-yuelu-meixihu-2023.txt': [
    'date-characters-missing:meta',
    'date-characters-missing:overview',
    // Since a fix after the measure of 464–493: `财政信2条`, 息 lost (written down as a slip; 492's
    // gatherer wrote the same shape as a problem).
    'info-word-cut:overview',
  ],
  '269-shangjie-district-2020.txt': ['part-count-mismatch:meta'],
  // Since a fix after the measure: `(二)依申请公开政府办理情况` over 主动公开 counts, no request.
  '270-xiping-lumiao-2021.txt': [
    'section-heading-mismatch:overview',
    'overview-item-off-topic:overview',
    // Since a fix of stop 39 after the measure of 1109–1138: the same sub-heading short of 信息
    // (`(二)依申请公开政府办理情况`, 依申请公开政府信息办理情况), as 1138's gatherer wrote it down.
    'overview-subheading-garbled:overview',
    // Since a fix of stop 39 after the measure of 1109–1138: `全年共主动公开政府信息58条,其中本乡政务公开
    // 工作按照《条例》的要求,…` (其中 with no parts after it, as 1138's gatherer wrote it down).
    'count-number-missing:overview',
  ],
  '273-jingmen-zfb-2021.txt': [
    'section-heading-mismatch:proactive',
    // 表二's rows of three counts printed as one string of digits, since a fix after the measure.
    'table-values-run-together:t2.regulations.made',
    'table-values-run-together:t2.normativeDocuments.made',
  ],
  '274-zhuhui-yuehan-2023.txt': [
    // Since a fix after the measure: the title's `2022度`, 年 lost, against the period's 2023.
    'statistics-period-mismatch:meta',
    'part-count-mismatch:meta',
    'section-heading-mismatch:overview',
    'section-heading-mismatch:proactive',
    'section-heading-mismatch:applications',
    'section-heading-mismatch:reviewLitigation',
    'section-heading-mismatch:problems',
    // Since a fix of stop 44 after the measure of 1379–1423: the title `2022度珠晖区粤汉街道信息公开工作
    // 年度报告` read with its year's 年 lost: its name without 政府 (its gatherer's slip; the short name
    // is decided a problem since stop 31).
    'report-name-garbled:meta',
  ],
  '277-lizhou-jialing-2022.txt': ['date-characters-missing:meta'],
  // Both broken numbers (the 国办's and `其他〔2019112号`) in the one warning since a fix after
  // the measure.
  '278-rongchang-swj-2019.txt': ['notice-citation-unknown:overview:broken-number'],
  '279-hechuan-erlang-2019.txt': [
    'report-date-after-deadline',
    'procurement-unit-unstated',
    // 本年数量 in 本年增/减's place, since a fix after the measure.
    'table-header-changed:t2:本年增/减',
  ],
  '280-wulong-changba-2022.txt': [
    'date-characters-missing:meta',
    // Since a fix after the measure: `国办公开办函﹝202130号`, the small brackets ﹝﹞ read.
    'notice-citation-unknown:meta:broken-number',
    // Since a fix of stop 69 after the measure of 2846–2890: `…1条,联系我们1,法治政府年度报告1`, 条 lost after a kind
    // counted in a comma list after 其中 (written down as a slip, `缺“条”和句末标点`).
    'count-unit-missing:overview',
  ],
  '281-fengxi-xincheng-2019.txt': [
    'report-name-garbled:meta',
    'part-count-mismatch:meta',
    'section-heading-mismatch:proactive',
  ],
  // 三's heading without its last word 情况, since a fix after the measure.
  '283-lintong-weibei-2025.txt': ['section-heading-mismatch:applications'],
  // 284–298 and 299–313, the eighteenth and nineteenth held-out measures (gathered at the
  // session's start, blind to its fixes; measured once on 33f9cff after every fix for 254–283:
  // 20 / 43 by meaning, 305's import failed).
  // Since fixes after the measure: 福州's notice on the 2021 reports cited by a 2022 report; the
  // 2021 key points cited as 国办发〔2021〕30号 (12号).
  '284-minqing-county-2022.txt': ['notice-citation-wrong:meta:report-notice-2021'],
  '286-changjiang-district-2021.txt': ['notice-citation-unknown:overview:key-points-number-2021'],
  // Since a fix after the measure: the regulation cited as `国务院令第771号`.
  '285-fuzhou-ftz-2024.txt': ['notice-citation-unknown:meta:regulation-order'],
  '287-yuanzhou-shuijiang-2021.txt': ['notice-citation-unknown:meta:title-2021-30'],
  '288-luan-city-2023.txt': [
    'notice-citation-unknown:meta:broken-number',
    'date-characters-missing:meta',
  ],
  '289-fuyang-jxj-2023.txt': ['parts-sum-mismatch:overview'],
  '290-zhenning-county-2019.txt': [
    'notice-citation-unknown:meta:broken-number',
    'date-characters-missing:meta',
    'section-heading-mismatch:overview',
    'section-heading-mismatch:proactive',
    // Since a fix after the measure: the fourth part listed as 行政复议 only.
    'part-count-mismatch:meta',
    // Since a fix of stop 37 after the measure of 899–928: `报告电子版可在…门户网站信息公开(链接:…)。`,
    // its verb lost (the gatherer's slip `缺“下载”`). Since a fix of stop 46 after the measure of
    // 1574–1633: also `犀牛路3,邮编` (号 lost, the gatherer's slip `缺“号”`), the same key.
    'phrase-garbled:meta',
  ],
  '294-guangxi-bbwb-2022.txt': ['date-characters-missing:meta'],
  '296-sanya-haitang-zfb-2020.txt': ['part-count-mismatch:meta'],
  // The period's `至1231日`; since a fix of stop 32 (in MISSED before), the title's `2022政府…`, 年
  // lost, a finding of its own.
  '297-hainan-sthbt-2022.txt': [
    'date-characters-missing:meta',
    'date-characters-missing:title',
    'notice-citation-wrong:overview:2019-60',
  ],
  // parts-sum-mismatch since a fix after the measure: three kinds making most of the whole.
  '298-baisha-county-2023.txt': [
    'section-heading-mismatch:overview',
    'parts-sum-mismatch:overview',
  ],
  '299-gangu-jtj-2022.txt': [
    'parts-sum-mismatch:overview',
    // Since a fix of stop 32 (in MISSED before): `(二)依申请公开政府信息` over `全年未收到政府信息公开
    // 方面的行政复议申请和行政诉讼`, a 复议's 申请 and no request told.
    'overview-item-off-topic:overview',
  ],
  // Since fixes after the measure: `)依申请公开`, its `(二` lost; the period `2025111231日`; the
  // body's title cut to `…工作` / `年度报`.
  '300-qinan-xingguo-2025.txt': [
    'part-count-mismatch:meta',
    'report-name-garbled:meta',
    'overview-subheading-garbled:overview',
    'date-characters-missing:meta',
  ],
  // The list of the overview's areas, in the overview's paragraph (written down as `:meta`).
  '301-guanghe-county-2024.txt': ['part-count-mismatch:overview'],
  // Since a fix after the measure: `发布信息,其中,` two counted parts, the whole's count lost.
  '304-liaozhong-district-2020.txt': [
    'count-number-missing:overview',
    // Since a fix of stop 41 after the measure of 1274–1288: `编制《辽中区2020年度政府信息公开工作报告》并向
    // 社会公开发布` (the report itself in 《》, 年度 of the name lost: its gatherer's slip `缺“年度”二字，常见
    // 简称`, counted as stop 34 decided for 160's, 180's and the other 34 texts).
    'report-name-garbled:meta',
  ],
  // parts-sum-mismatch since a fix after the measure: a count right before 包括 is its whole.
  '303-shangdang-xihuo-2021.txt': [
    'format-year-mismatch',
    'parts-sum-mismatch:proactive',
    // Since a fix after the measures of 434–463 (its title `标题:西火镇人民政府2021年… | |`, a row
    // of one cell, read): a township's report dated 2022-02-08, held to 1月31日 by the corpus's
    // convention (see 436 and 450); its gatherer held it to 3月31日.
    'report-date-after-deadline',
  ],
  // Since a fix after the measure (its import had failed): the report named 2022 over a 2023
  // period, and no `一、总体情况` (the overview read from its first `(一)`).
  '305-jilin-jkq-shsyj-2023.txt': [
    'wrong-year-in-text:meta:2022',
    'section-heading-mismatch:overview',
  ],
  '307-kyqq-banner-2025.txt': ['date-characters-missing:meta'],
  // Since a fix after the measure: five parts after `编制本年报,主要包括` (a sentence naming 本年报).
  '309-shule-county-2019.txt': ['part-count-mismatch:meta'],
  '312-xizang-yzglj-2023.txt': ['part-count-mismatch:meta'],
  // The format's name `…年度工作报告格式` under the 2021 notice's number (written down with no key).
  '313-xizang-slt-2021.txt': ['notice-citation-unknown:meta:title-2021-30'],
  // 314–328 and 329–343, the twentieth held-out measures (gathered at the session's start;
  // measured once on 92a10f0, before any fix: 17 / 40 by key).
  '315-tongzhou-cgw-2020.txt': ['shares-rounding-mismatch:overview'],
  // Since a fix after the measure: channels with `其他方式` adding to more than the whole.
  '318-baiyun-tangjing-2021.txt': ['parts-sum-mismatch:overview'],
  '319-hailing-chengdong-2022.txt': ['part-count-mismatch:meta'],
  '320-jiangyan-liangxu-2022.txt': [
    'part-count-mismatch:overview',
    // Since a fix of stop 35 after the measure of 674–718: the preface (`现公布…2022年政府信息公开工作
    // 年度报告`) printed again under `一、总体情况:` (`根据《…条例》及上级的相关要求,特公布2022年度梁徐街道
    // 办事处政府信息公开工作年度报告。本报告包括概述、…如对本报告有任何疑问…`).
    'section-heading-mismatch:overview',
  ],
  // Since a fix after the measure: a township's text calling itself `我局` once beside `我镇`.
  '321-longyou-hengshan-2023.txt': [
    'section-heading-mismatch:overview',
    'other-agency-in-text:meta',
  ],
  // Since a fix after the measure: `2076件(含…结转67件)` against 2062 answered + 81 carried over
  // (written down with no key).
  '322-jingan-district-2023.txt': ['narrative-balance-mismatch:overview'],
  // Since a fix after the measure: the 2019 notice's name with 〔2021〕30号 said as a name not the
  // number's (before: read as 〔2019〕60号 cited, a false warning).
  '324-pingyang-fengwo-2024.txt': [
    'notice-citation-unknown:meta:title-2021-30',
    // Since a fix after the measures of 374–403: `《浙江省政府信息公开试行办法》` (a 暂行办法), in
    // the preface printed under 一、总体情况.
    'notice-citation-unknown:overview:province-rule',
  ],
  // Since a fix after the measure: a county bureau raising the city's level (`提升全市政务公开工作`).
  '325-julu-wglj-2024.txt': ['agency-scope-above-level:overview'],
  '327-liangshan-guanyi-2025.txt': ['date-characters-missing:meta'],
  // Since a fix after the measure: `(一)主动公开情况` counting only cases handled (行政许可,
  // 行政处罚, 行政强制), no information published (written down with no key).
  '328-xushui-ansu-2025.txt': ['overview-item-off-topic:overview'],
  '329-sichuan-wwj-2025.txt': [
    'date-characters-missing:meta',
    'subheading-bracket-missing:overview',
    // Since a fix after the measure: a date inside a run of digits (`…意见1120251212在…`).
    'date-characters-missing:overview',
    // Since a fix after the measure of 464–493: `…续写新篇章”系列主题新闻发布会,…“十四五”`, the
    // opening quote lost (written down in the same problem).
    'text-stray-closer:overview',
  ],
  // Since a fix after the measure: 表二's rows printed whole (`规章 | |||`) with every cell empty.
  '330-kaijiang-xfj-2019.txt': ['table-printed-empty:t2'],
  '331-wutongqiao-district-2025.txt': ['notice-citation-unknown:overview:regulation-name'],
  // Since a fix after the measure: `(二)行政机关主动公开政府信息情况` over the requests' text.
  '332-kaizhou-dajin-2024.txt': ['parts-sum-mismatch:overview', 'overview-item-off-topic:overview'],
  '333-qianjiang-jindong-2025.txt': [
    'notice-citation-unknown:meta:broken-number',
    'date-characters-missing:meta',
  ],
  // Since a fix after the measure: `346条,内容包括…` (the list's subject before 包括).
  '334-shapingba-xiaolongkan-2023.txt': ['parts-sum-mismatch:overview'],
  '335-donghu-sthjfj-2023.txt': [
    'notice-citation-unknown:meta:broken-number',
    'notice-citation-wrong:meta:2019-60',
  ],
  // Since a fix after the measure: the report's year opening a sentence without 年 (`2023,海事处…`,
  // `2023海事处未收到…`), said in each section it is in (the same slip, one problem).
  '336-donghu-hsc-2023.txt': [
    ['date-characters-missing:overview', 'date-characters-missing:reviewLitigation'],
  ],
  '337-hongshan-district-2023.txt': ['parts-sum-mismatch:overview'],
  // Since a fix after the measure: the old eight-item list's `回应解读情况` (part-count-mismatch).
  '338-zengdu-hedian-2021.txt': ['section-heading-mismatch:overview', 'part-count-mismatch:meta'],
  '339-hengnan-xzfb-2020.txt': ['subheading-bracket-missing:overview'],
  // Since a fix after the measure: `…其他需要报告的事项个部分组成`, the number lost (read under
  // 一、总体情况, so its key is the overview's; expected.json writes `:meta`).
  '340-yongshun-mgc-2020.txt': ['report-date-after-deadline', 'count-number-missing:overview'],
  // Since a fix after the measure: `主动公开政府信息情况` and `收到和处理政府信息公开申请情况` without
  // `二、` `三、` after `一、总体情况`.
  '342-beilin-tzhzj-2024.txt': [
    'section-heading-mismatch:proactive',
    'section-heading-mismatch:applications',
  ],
  // 344–358 and 359–373, the twenty-first held-out measures (gathered at the session's start,
  // held back from every fixer; measured once on f7380c2 after every fix for 314–343: 22 / 50 by
  // key, 25 / 50 by meaning — 346's, 368's and 371's problems flagged under other keys than written).
  '344-changjiang-nianyushan-2023.txt': [
    'date-characters-missing:meta',
    'section-heading-mismatch:overview',
    'notice-citation-unknown:meta:title-2021-30',
  ],
  '345-dexing-wancun-2023.txt': [
    'date-characters-missing:meta',
    'notice-citation-unknown:overview:broken-number',
    // Since a fix after the measures of 374–403: the 2022 key points followed in a 2023 report.
    'notice-citation-wrong:overview:key-points-2022',
  ],
  '346-funan-zfb-2021.txt': ['part-count-mismatch:meta'],
  '348-gulou-czj-2022.txt': ['wrong-year-in-text:overview:2021'],
  // other-agency-in-text since a fix after the measure of 344–358 (the preface publishing a 局's
  // report in a township's), its agency read since the page's bullets are not its title.
  '351-jianshui-miandian-2025.txt': ['other-agency-in-text:meta'],
  '352-yufeng-liyong-2025.txt': [
    'date-characters-missing:overview',
    'notice-citation-unknown:overview:broken-number',
  ],
  '353-fangchenggang-sjj-2024.txt': ['date-characters-missing:meta', 'report-date-after-deadline'],
  '355-hainan-db-2023.txt': ['date-characters-missing:meta'],
  // Since a fix after the measures of 374–403: `《海南省政府信息公开规定》` (an 办法).
  '356-hainan-swt-2023.txt': ['notice-citation-unknown:meta:province-rule'],
  '358-weishan-niujie-2019.txt': ['section-heading-mismatch:applications'],
  '360-wushan-yupan-2021.txt': [
    'notice-citation-wrong:meta:key-points-2020',
    'section-heading-mismatch:overview',
    'date-characters-missing:proactive',
  ],
  '365-siping-simalu-2021.txt': [
    'date-characters-missing:meta',
    'date-characters-missing:overview',
    'report-date-before-year-end',
  ],
  // other-agency-in-text since a fix after the measure of 359–373 (a 局's text saying `我办` twice).
  '361-tianshui-xczxj-2021.txt': [
    'other-agency-in-text:meta',
    // Since a fix after the measures of 344–373: `截至2020年12月31日` in a 2021 report.
    'wrong-year-in-text:overview:2020',
    // Since a fix of stop 51 after the measure of 1859–1903, decided real by the lead by the precedents of
    // 1825 and 1878 (written down by their gatherers): `向市委市政府报送信息稿件152条` beside `公布信息1877条`.
    'overview-item-off-topic:overview',
  ],
  // agency-scope-above-level since a fix after the measure of 359–373 (`加大对全市…工作的推进`, the
  // level read from the text's `我县` when no name is printed).
  '362-zhongyang-county-2022.txt': ['agency-scope-above-level:overview'],
  // Since a fix after the measures of 374–403: `《中华人民共和国政府信息公开条例2019版》`.
  '363-shenyang-jgswj-2019.txt': ['notice-citation-unknown:meta:regulation-name'],
  '367-hegang-gongnong-2024.txt': ['date-characters-missing:meta'],
  '368-dalate-jigesitai-2024.txt': [
    'part-count-mismatch:overview',
    // Since a fix after the measure of 374–403: the preface written under `一、总体情况`.
    'section-heading-mismatch:overview',
  ],
  // Since a fix after the measures of 434–463, `—、总体情况` is read as the heading: one finding says
  // both its dash for 一 and the preface under it (the second problem, in MISSED before).
  '369-tongxin-zrzyj-2021.txt': [
    'section-heading-mismatch:overview',
    // Since a fix after the measures of 434–463 (458's contact bracket never closed): `通过政府门户
    // 网站公开195条信息,(其中:“政府信息公开指南”栏目发布信息3条,…通过微信工作群公开200余条。` and the
    // paragraph ends, the bracket open (not written down; a real slip, as 458's).
    'text-bracket-unclosed:overview',
  ],
  '370-hotan-jiya-2023.txt': ['section-heading-mismatch:overview'],
  '371-hejing-keerguti-2023.txt': ['table-header-changed:t2:本年制发件数'],
  '373-hainanzhou-2022.txt': [
    'date-characters-missing:meta',
    // Since a fix after the measures of 344–373: `一是…三是` without 二是.
    'subheading-number-skipped:overview',
  ],
  // 374–403 (measured at once, on 62174aa): flagged at the measure.
  // Since a fix after the measures of 374–403: one share of a whole stated in the sentence before,
  // 10/572 = 1.748% written 1.8% (rounded twice).
  '374-xicheng-xinjiekou-2021.txt': ['shares-rounding-mismatch:overview'],
  // Since a fix after the measures of 374–403: `共计公开114件,` then five kinds without 其中, the last
  // `预售前及预售后公示各16件` (two kinds of 16 each: 130).
  '390-zzgx-gtghzjj-2022.txt': ['parts-sum-mismatch:overview'],
  // After the measures of 374–403, not written down before them: both 处理决定 equal to their items
  // (行政许可 17 = 14 + 3, 其他对外管理服务事项 125 = 139 − 14), SPEC §4.4's "item counts typed into the
  // decisions column" (040's reviewer wrote the same down for 3 = 0 + 3), and `592万元` in 2019's
  // 采购总金额 (the lead's decision on 084, as 024's and 025's). Its 规章 `0 | 1 | 2` (none made, some
  // published) is no problem: a 区 department may publish the 规章 of the province or city it
  // carries out, as 163's 街道 (its expectation corrected the same way).
  '402-yanliang-wlj-2020.txt': [
    ['t2-decisions-equal-items:licensing', 't2-decisions-equal-items:otherServices'],
    'money-unit-mismatch:t2.centralProcurement.amount',
  ],
  '378-jiangning-2022.txt': ['narrative-balance-mismatch:overview'],
  '380-shangyu-slj-2020.txt': ['date-characters-missing:meta'],
  // Since a fix after the measure: `《浙江省政府信息公开暂行条例》` (a 暂行办法), in the preface
  // printed under 一、总体情况.
  '381-shengsi-fgj-2020.txt': [
    // Since a fix after the measures of 374–403: `…193条,其中…29条、…180个、…2条、…2条`, one part
    // counted in 个 among 条 (213).
    'parts-sum-mismatch:overview',
    'notice-citation-unknown:overview:province-rule',
    // Since a fix after the measure of 374–403: the preface written under `一、总体情况`.
    'section-heading-mismatch:overview',
  ],
  '382-ouhai-nyncj-2020.txt': [
    'parts-sum-mismatch:overview',
    // Since a fix after the measure: `国务院办公厅政府信息于政务公开办公室` (于 for 与).
    'notice-citation-unknown:meta:issuer-name',
  ],
  // Since a fix after the measure: the preface's `结合2024年…工作实际,编制发布本报告` in a 2025
  // report (by meaning: keyed by the year it names).
  '383-rongcheng-dongshan-2025.txt': ['wrong-year-in-text:meta:2024'],
  // Since a fix after the measure: the city's 2020 key points followed in a 2021 report.
  '387-shixing-jgswj-2021.txt': [
    'notice-citation-wrong:overview:key-points-2020',
    // Since a fix after the measure of 374–403: its 依申请公开 item tells only the application form.
    'overview-item-off-topic:overview',
  ],
  // Since a fix after the measure of 374–403 the one finding on its heading also says the preface is
  // written under it (its second problem, not counted twice).
  '389-xiping-zhuantan-2020.txt': ['section-heading-mismatch:overview'],
  '391-henan-fgw-2022.txt': ['notice-citation-wrong:meta:2019-60'],
  // Since a fix after the measure: `,以下简称《通知》)` with no `(` before it.
  '392-qiaokou-yijia-2019.txt': ['text-stray-closer:meta'],
  // By meaning: the year-in-text warning, keyed by the year it names.
  '393-qianjiang-yuyang-2022.txt': [
    'wrong-year-in-text:applications:2021',
    // Since a fix after the measure of 374–403: the preface written under `一、总体情况`.
    'section-heading-mismatch:overview',
  ],
  '394-donghu-guandong-2025.txt': [
    'notice-citation-unknown:meta:broken-number',
    'date-characters-missing:meta',
    // Since a fix after the measure: `…依申请公开情况2025关东街共受理`, the year's 年 lost.
    'date-characters-missing:overview',
    // Since a fix of stop 69 after the measure of 2846–2890: `已办结18,结转下年度继续办理5`, 件 lost after a kind counted
    // in a comma list after 其中 (written down as a slip, `缺量词“件”`).
    'count-unit-missing:overview',
  ],
  '395-chengbu-jinzi-2021.txt': ['format-year-mismatch', 'report-date-after-deadline'],
  '396-yueyang-xfj-2021.txt': ['part-count-mismatch:meta'],
  '399-jiange-yangcun-2024.txt': [
    'parts-sum-mismatch:overview',
    // Since a fix after the measure of 374–403: its 依申请公开 item says nothing of requests.
    'overview-item-off-topic:overview',
  ],
  // Since a fix after the measure of 374–403: `(三)部门信息公开支出及收费情况`, the old regulation's item.
  '379-jurong-slj-2022.txt': ['overview-item-off-topic:overview'],
  // Since a fix after the measure of 374–403: `(二)依公开申请`, two words of 依申请公开 swapped.
  '400-yuzhong-jjxxw-2023.txt': ['overview-subheading-garbled:overview'],
};

/**
 * The 总体情况 areas (`overview-areas-missing`) in the texts, judged since stop 30 where the excerpt
 * shows the overview whole (the import read a later section's heading). Before, the text measure
 * left the check out, so its gatherers knew it was not counted.
 *
 * Written down by the measures' gatherers (they were MISSED, the text measure not counting them);
 * 370's overview is read since its heading `一、2023年工作开展情况` is taken for the overview's, and
 * 388's list of the five areas (`主要包括主动公开、…、监督保障等方面`) no longer counts as covering them.
 */
const OVERVIEW_AREAS_WRITTEN: readonly string[] = [
  '213-xizang-sjt-2025.txt',
  '233-shangzhi-maoershan-2020.txt',
  '251-lintong-kfq-2021.txt',
  '311-zuogong-county-2021.txt',
  '335-donghu-sthjfj-2023.txt',
  '342-beilin-tzhzj-2024.txt',
  '343-zhenan-maoping-2022.txt',
  '359-huining-gxj-2021.txt',
  '360-wushan-yupan-2021.txt',
  '370-hotan-jiya-2023.txt',
  '371-hejing-keerguti-2023.txt',
  '379-jurong-slj-2022.txt',
  '393-qianjiang-yuyang-2022.txt',
  '395-chengbu-jinzi-2021.txt',
  '396-yueyang-xfj-2021.txt',
  '388-dongguan-liaobu-2019.txt',
  '402-yanliang-wlj-2020.txt',
];
/**
 * Not written down by the older gatherers, who knew the text measure ignored the check: stop 30
 * read each overview the check warned and added to the text's expected.json the ones that really
 * leave out areas the message names (what each lacks is said there). Of the 73 warned, four were
 * the check misreading other words (`政府信息公开管理`, `政府信息全链条管理`, `已申请公开`: mended)
 * and four are undecided (FALSE_WARNINGS).
 */
const OVERVIEW_AREAS_READ: readonly string[] = [
  '001-longgang-2024.txt',
  '002-changchun-2023.txt',
  '003-xuwen-2021format.txt',
  '004-yangling-tjj-2023.txt',
  '005-zhanjiang-dfz-2023.txt',
  '007-shijiazhuang-changan-tjj-2023.txt',
  '010-taojiang-songmutang-2022.txt',
  '012-xixian-taiping-2022.txt',
  '013-datong-xfj-2021.txt',
  '015-fengshou-township-2022.txt',
  '016-rongchang-hebao-2020.txt',
  '017-chibi-pufang-2020.txt',
  '018-yangling-tjj-2020.txt',
  '019-xiongxian-township-2019.txt',
  '021-mirror-2023-in-2019format.txt',
  '022-huaian-2024-pdf-layout.txt',
  '023-huaian-2024-pdf-raw.txt',
  '029-changchun-erdao-fwzs-2022.txt',
  '030-hanyang-2022.txt',
  '034-guyang-xiashihao-2022.txt',
  '035-wuhai-gxj-2020.txt',
  '036-changshou-yuntai-2020.txt',
  '040-jiuyuan-zwfw-2022.txt',
  '041-jiulongpo-erlang-2022.txt',
  '047-jiaxian-xizhen-2022.txt',
  '049-qionghai-dalu-2019.txt',
  '050-huichang-zhongcun-2020.txt',
  '057-longchang-huangjia-2019.txt',
  '058-tianmen-hushi-2019.txt',
  '063-zizhou-jtj-2021.txt',
  '066-wuqi-zhouwan-2021.txt',
  '070-kangle-shangwan-2019.txt',
  '071-guangchang-changqiao-2019.txt',
  '072-pengshui-longtang-2019.txt',
  '074-handan-swj-2020.txt',
  '075-haizhu-guanzhou-2023.txt',
  '084-ankang-ju-2019.txt',
  '086-zibo-zhongbu-2020.txt',
  '087-tianmen-tuoshi-2020.txt',
  '091-wuhua-kjcyy-2022.txt',
  '107-shijiazhuang-jyj-2021.txt',
  '117-unknown-town-2019.txt',
  '127-qujiang-hunan-2021.txt',
  '133-xiaogan-yjs-2019.txt',
  '135-leiyang-mashui-2019.txt',
  '136-lezhi-huilan-2019.txt',
  '160-changtu-qijiazi-2023.txt',
  '183-jianshui-qinglong-2019.txt',
  '184-zhanggong-shuidong-2019.txt',
  '185-hukou-dalong-2020.txt',
  '199-linyi-gonglu-2021.txt',
  '202-xishan-yunlin-2019.txt',
  '205-jingyuan-huanghua-2019.txt',
  '214-yongchuan-dsjj-2019.txt',
  '240-baokang-nyncj-2021.txt',
  '247-tongguan-dongjiao-2019.txt',
  '263-weishan-liangcheng-2020.txt',
  '279-hechuan-erlang-2019.txt',
  '303-shangdang-xihuo-2021.txt',
  '310-urumqi-xinshi-2022.txt',
  '330-kaijiang-xfj-2019.txt',
  '336-donghu-hsc-2023.txt',
  '358-weishan-niujie-2019.txt',
  '363-shenyang-jgswj-2019.txt',
  // Since a fix of stop 32 after the measure of 494–523 (an excerpt's overview judged once its
  // sub-headings reach 监督保障, the last area, as 497's gatherer did; their gatherers had left them
  // out as cut): 042 (一)主动公开 (二)依申请公开 (三)平台建设 (四)监督保障, no 政府信息管理; 361 (一)主动
  // 公开 (二)平台建设 (三)监督保障, no 依申请公开; 480 (一)主动公开 (二)政府信息管理 (三)平台建设 (四)监督
  // 保障, no 依申请公开.
  '042-luqiao-luoyang-2021.txt',
  '361-tianshui-xczxj-2021.txt',
  '480-heshui-wjj-2025.txt',
];
/**
 * The preface (编制依据, 统计期限, the report's parts) printed under `一、总体情况` instead of before it
 * (`section-heading-mismatch:overview`). The gatherers of 374–433 wrote it down as a problem (368, 369,
 * 381, 389, 393, 407, 425); earlier gatherers wrote the same shape as a slip (092, 109, 151, 202, 211,
 * 301, 340, 348) or not at all (the rest). Stop 31 decided it once for all: a problem, as the later
 * measures and the official layout (the preface is no part of 总体情况) have it; the overview of 001
 * holds nothing but the preface. Counted here for the texts written before the decision.
 */
const PREFACE_UNDER_HEADING_DECIDED: readonly string[] = [
  '001-longgang-2024.txt',
  '006-yangling-sjj-2022.txt',
  '012-xixian-taiping-2022.txt',
  '035-wuhai-gxj-2020.txt',
  '043-gaoping-nanchengjie-2021.txt',
  '044-gaoping-dongchengjie-2021.txt',
  '059-gaoping-zfbgs-2022.txt',
  '087-tianmen-tuoshi-2020.txt',
  '092-yueqing-kfq-2022.txt',
  '109-zhongjiang-2022.txt',
  '136-lezhi-huilan-2019.txt',
  '151-shangsi-nanping-2021.txt',
  '202-xishan-yunlin-2019.txt',
  '211-haikou-xiuying-dongshan-2021.txt',
  '301-guanghe-county-2024.txt',
  '340-yongshun-mgc-2020.txt',
  '348-gulou-czj-2022.txt',
  // Since a fix after the measures of 434–463 (the report presented under the heading: its basis
  // and the report of its year named, or `现将…2021年…报告如下`), written down as slips or not at all:
  // 015 `本年度报告是根据…编制而成的` and its parts, 139 `本报告依据…` and its period, 160 `现将我镇2023
  // 年度政府信息公开工作报告如下`, 241 `现将我县2021年政务公开工作落实情况报告如下`, 334 `根据…,现将…2023年
  // 度政府信息公开工作报告如下`, 387 `现将我局2021年政府信息公开年度情况报告如下`.
  '015-fengshou-township-2022.txt',
  '139-wuhan-donghu-scjg-2021.txt',
  '160-changtu-qijiazi-2023.txt',
  '241-pingyu-county-2021.txt',
  '334-shapingba-xiaolongkan-2023.txt',
  '387-shixing-jgswj-2021.txt',
  // Since a fix of stop 32 after the measure of 494–523 (the report's statistics period said under
  // the heading, no preface before it, as 498's gatherer wrote it down): 039 `本年报所列数据统计时限为
  // 2024年1月1日起至…`, 049 `本年度报告中所列数据统计期限从20191月1日起…`, 283 `本报告中所列数据的统计
  // 期限自2025年1月1日起…`, each at the end of the overview's first paragraph.
  '039-shayang-guandang-2024.txt',
  '049-qionghai-dalu-2019.txt',
  '283-lintong-weibei-2025.txt',
  // Decided by the lead at stop 42 (warned at the measure of 1319–1333 and counted there as a false
  // warning): 1319's `本报告由二七街道党政综合办公室编制,所列数据的统计时限为…` at the end of the overview's
  // first paragraph, no preface printed, the same shape as 283's; its words 本报告由…编制 are a preface's.
  '1319-jiangan-erqi-2023.txt',
  // Decided by the lead at stop 42 (warned at the measure of 1349–1363, not written down): 1355's
  // `2021年,我局认真贯彻…结合审计局职能实际情况,编制了2021年度政府信息公开年度报告。` under `一、总体情况`,
  // its basis and the report of its year named (as 334's).
  '1355-haian-sjj-2021.txt',
  // Decided by the lead at stop 42 (warned at the measure of 1334–1348, not written down): 1348's
  // `现将我中心2023年政府信息公开工作情况汇报如下:` under `一、总体情况` (as 160's and 387's).
  '1348-tianya-zwfwzx-2023.txt',
];
/**
 * A government's report whose excerpt gives its figures in 总体情况 and never says whether they are
 * 本级 or the whole region's (`government-scope-missing`, SPEC §4.5), judged since a fix of stop 32
 * after the measure of 494–523 (512's gatherer wrote it down; before, a text cut before 五 was never
 * judged): 051 `通过县政府门户网站…主动公开政府信息6391条`, 060 `林州市政府…主动公开政府信息5648条` then
 * `我办受理…96件`, 179 `独山县人民政府主动公开政府信息数17279条`, 264 `章丘区共完成各类信息发布12209
 * 条`, 271 `柘城县人民政府…发布…8280余条` (its gatherer noted 全县/本级 unsaid and read it as 本级), 438
 * `区政府…194件…向社会公示`.
 */
const GOVERNMENT_SCOPE_DECIDED: readonly string[] = [
  // Decided by the lead at stop 42 (warned at the measure of 1349–1363, its gatherer not judging a
  // text cut at `截止2020年12`): 1363's `及时主动公布了…政府信息等10个公开事项`, the town's figure with no
  // 本级 or 全镇 (a count of items, as 047's `主动公开政务文件11份` and 072's `行政许可决定150起`).
  '1363-chengan-beixiangyi-2020.txt',
  '051-shanyang-2020.txt',
  '060-linzhou-2023.txt',
  '179-dushan-2022.txt',
  '264-zhangqiu-district-2024.txt',
  '271-zhecheng-county-2024.txt',
  '438-gaocheng-district-2022.txt',
  // Since a fix of stop 34 after the measure of 644–673 (the region's work organised, `印发全市政务公开
  // 年度工作要点`, `开展部署全县政府信息公开工作`, `组织召开全县政务公开工作培训会`, says nothing of the
  // figures; 298's nameless text names `白沙黎族自治县人民政府` at work): 096 `本年度公开政务信息12885条`,
  // 128 `主动公开…政府信息7074条`, 298 `在县政府门户网站主动公开政务信息共6931条`, whose unsaid (as 051's).
  '096-shiyan-2021.txt',
  '128-baokang-2020.txt',
  '298-baisha-county-2023.txt',
  // Since a fix of stop 33 after the measure of 554–583 (a 乡's, 镇's or 苏木's government judged too,
  // as the gatherers of 560–570 wrote it down): each read, each gives its figures (`我镇主动公开政府
  // 信息134条`, `全年主动公开政务信息382条`, 072's `行政许可决定150起`, 047's `主动公开政务文件11份`)
  // and never says whether they are the town government's own or the whole town's with its 村. Their
  // 村 and 站所 are named only as channels or sources (433 `镇、村(社区)公示栏等渠道`, 471 `还通过各村
  // (居)公示栏进行政府信息公开`, 416 `广泛搜集各站所(部门)信息`, 389 `辖区内22个村均设立便民服务中心`),
  // their 各部门 as the town's own offices (034, 151, 270, 455), 本级 only in a kind of information
  // (061, 280, 468 `本级政府文件7条`). Silent: 062, 347, 420 and 548 (the villages' information counted
  // among the parts, `村(社区)栏目199条`, `村务公开238条`), 189 (`全苏木累计…公开信息23条`).
  '010-taojiang-songmutang-2022.txt',
  '011-chongqing-town-2022.txt',
  '016-rongchang-hebao-2020.txt',
  '024-lintao-xintian-2022.txt',
  '025-xingren-dashan-2024.txt',
  '032-taixing-shanhu-2022.txt',
  '034-guyang-xiashihao-2022.txt',
  '038-ruian-tangxia-2024.txt',
  '039-shayang-guandang-2024.txt',
  '047-jiaxian-xizhen-2022.txt',
  '049-qionghai-dalu-2019.txt',
  '058-tianmen-hushi-2019.txt',
  '061-bozhou-lumiao-2025.txt',
  '065-zoucheng-tianhuang-2021.txt',
  '066-wuqi-zhouwan-2021.txt',
  '071-guangchang-changqiao-2019.txt',
  '072-pengshui-longtang-2019.txt',
  '086-zibo-zhongbu-2020.txt',
  '090-suibin-liansheng-2025.txt',
  '117-unknown-town-2019.txt',
  '118-renshou-zhongxiang-2019.txt',
  '127-qujiang-hunan-2021.txt',
  '135-leiyang-mashui-2019.txt',
  '143-ningdu-duifang-2023.txt',
  '145-kaihua-zhongcun-2023.txt',
  '146-weishan-gaolou-2023.txt',
  '151-shangsi-nanping-2021.txt',
  '152-liucheng-guzhai-2025.txt',
  '166-anxi-futian-2020.txt',
  '169-quanzhou-baiqi-2021.txt',
  '176-wenshang-ciqiu-2025.txt',
  '178-fuyuan-haiqing-2025.txt',
  '183-jianshui-qinglong-2019.txt',
  '186-kongtong-xianglian-2020.txt',
  '196-heshan-henglongqiao-2020.txt',
  '200-wendeng-zeku-2023.txt',
  '206-dengzhou-zhanglou-2023.txt',
  '209-guangyuan-zhaohua-yuanba-2023.txt',
  '219-zhenglan-zhagesitai-2023.txt',
  '223-midu-anle-2019.txt',
  '230-wuqia-wuheshalu-2025.txt',
  '268-dabu-sanhe-2023.txt',
  // 270 silent since a fix of stop 37 after the measure of 989–1018: `主动公开本政府产生的政务信息`
  // says the 58 are the government's own (本级), as 995's same words (嫘祖镇 2021, a false warning).
  '280-wulong-changba-2022.txt',
  '292-luoping-zhongshan-2024.txt',
  '332-kaizhou-dajin-2024.txt',
  '341-tongbai-chengjiao-2025.txt',
  '351-jianshui-miandian-2025.txt',
  '352-yufeng-liyong-2025.txt',
  '368-dalate-jigesitai-2024.txt',
  '386-qingpu-xujing-2024.txt',
  '389-xiping-zhuantan-2020.txt',
  '399-jiange-yangcun-2024.txt',
  '410-changjiang-liyang-2022.txt',
  '411-qionghai-yjz-2022.txt',
  '413-lushan-bailu-2023.txt',
  '414-qinbei-dadong-2023.txt',
  '415-liping-pingzhai-2024.txt',
  '416-luoping-changdi-2024.txt',
  '433-qingshui-yongqing-2025.txt',
  '435-tongzhou-xiji-2024.txt',
  '436-wuqing-baigutun-2022.txt',
  '440-zhuji-wuxie-2022.txt',
  '455-xiangyin-yanglinzhai-2022.txt',
  '467-ganzhou-jkq-fenggang-2023.txt',
  // Since a fix of stop 33 after the measure of 584–613 (a region above a town's own, `全县`, no
  // longer read as its scope; a government read by its region's bare name): each read, each gives
  // its figures and never says whose they are. 205 `通过政府网站公开各类信息61条` (`全县政务公开工作
  // 总结…推进会` a meeting), 272 `全年主动公开政府文件25件` (`对照全县年度政务公开工作考核要求`), 321
  // `新增主动公开政府信息130条` (`全省政府网站集约化平台`), 459 `我镇主动公开政府信息共175条`
  // (`聚焦全县发展大局`), 326 `河北区`'s `通过区政府门户网站主动公开各类信息6709`, `本年新收434件`.
  '205-jingyuan-huanghua-2019.txt',
  '272-nanzhang-wuan-2020.txt',
  '321-longyou-hengshan-2023.txt',
  '326-tianjin-hebei-district-2024.txt',
  '459-cangxi-dongxi-2025.txt',
  '468-yian-laozhou-2024.txt',
  '471-xixiu-huangla-2021.txt',
  '472-jinping-maandi-2021.txt',
  '501-xiaoshan-guali-2024.txt',
  '502-zhuji-lipu-2024.txt',
  '529-xuanzhou-yangliu-2021.txt',
  '546-alashanyouqi-mandela-2021.txt',
  // Since a fix of stop 34 after the measure of 584–613 (a government's general office judged too,
  // 610 flagged, was in MISSED): each read, each gives figures that may be the office's own, the
  // government's or the whole region's and never says which. 610 `主动公开政府信息20余万条`, `受理答复
  // 政府信息公开申请28件`; 083 `2022年公开各类文件13个`; 147 `依托攸县人民政府门户网站平台…公告类信息
  // 4861条`, `共受理依申请公开14件`; 239 `我办…依托政府门户网站组织发布信息3470条` (the office leads the
  // sentence, the portal's count is not said to be its own), `全年共收到依申请公开35件`; 417 `全年通过
  // 政府门户网站、政务新媒体、政府公报等多种渠道,主动公开各类政府信息12119条`, `共收到政府信息公开申请
  // 70件`; 491 `全面公开政府信息3800余条`; 493 `年内公开政府信息2715条` (`行政处罚类130条` among them);
  // 500 `市政府门户网站全年更新各类政府信息10704条`; 520 `本年度共公开政府信息3030条`, `收到申请公开
  // 21条`; 531 `通过各类平台发布信息共计12176条`, `接收依申请信息公开办理52件`; the page of 上海市人民
  // 政府办公厅 2019 gives its figures in the tables only (`规章 13`, 859 requests), its text none of
  // whose. Silent: 037 (`区政府(含区政府办公室)`), 059 and 541 (`市政府及政府办文件`), 122 (`本机关收到
  // 4件`), 296 and 478 (`我办…主动公开文件共5件`, `我办收到…29件`), 456 (`区人民政府办公室未收到`),
  // 528 (`区政府办累计发布各类政府信息4656条`).
  '083-alashanyouqi-bgs-2022.txt',
  '147-youxian-bgs-2024.txt',
  '239-kuancheng-zfb-2023.txt',
  '417-bozhou-zfb-2025.txt',
  '491-xixia-zfb-2024.txt',
  '493-huangyuan-zfb-2021.txt',
  '500-langfang-zfb-2021.txt',
  '520-fugu-zfb-2022.txt',
  '531-xingyi-zfb-2024.txt',
  '610-yinchuan-zfb-2022.txt',
  '001-shanghai-bgt-2019.html',
  // Since the importer reads a 苏木 as a township (stop 33, lead): `主动公开沙德格苏木政府信息28条`,
  // nothing said of whose.
  '547-wulateqianqi-shadege-2021.txt',
  // Since a fix of stop 34 after the measure of 614–643: a town's 全镇 or 汇总 naming work, not its
  // figures, no longer says whose the figures are (629 `统筹推进全镇政务公开工作`, 630 `将2021年全镇年度
  // 重点工作任务…在县政府网站公开`, 643 `负责政务公开各类材料的上报、汇总和存档工作`): each gives its
  // counts (`公开信息42条`, `共发布各类信息280余条`, `累公开206条`) and never says whether they are the
  // town government's own or the whole town's.
  '629-jiangyan-qintong-2025.txt',
  '630-daishan-changtu-2021.txt',
  // Since a fix of stop 35 after the measure of 674–718, each read: texts whose agency the import
  // did not name, now read as a town's or a government office's by its government or office at work
  // (067 `由嘉善县大云镇人民政府综合信息指挥室…编制`, `全年共通过门户网站主动公开政府信息22条`; 385 `2024年,
  // 马桥镇人民政府严格按照…`, `本年度主动公开政府信息共869条`; 079 `2022年,自治区人民政府办公厅坚持…`,
  // `自治区人民政府门户网站发布各类信息5110条`; 424 `2024年,长春市人民政府办公厅坚持…`, `发布政府动态类
  // 信息1464条`, `共受理政府信息公开申请95件`), as 690's; a town's 全镇 told only as going well (338
  // `全镇政府信息公开在促进政府自身建设…取得了新的明显成效`, then `发布信息共96条`), as 674's; and 二、主动
  // 公开 giving the count in a text cut before 五 (303 `更新法定主动公开内容51条`), as 675's. None says
  // whether the figures are the town's (the office's) own or the whole town's (region's).
  '067-jiashan-dayun-2024.txt',
  '079-xinjiang-bgt-2022.txt',
  '303-shangdang-xihuo-2021.txt',
  '338-zengdu-hedian-2021.txt',
  '385-minhang-maqiao-2024.txt',
  '424-changchun-szfbgt-2024.txt',
  '643-dean-hedong-2022.txt',
  // The same, read since (each a town's report giving its counts, its 全镇/全乡 only its work's):
  // 190 `统揽全镇各项工作` (`全年累计主动公开政府信息622条`), 210 `负责全镇的政府信息公开工作` (`我镇全年
  // 通过县政府门户网站审发推送信息50条`), 333 `紧紧围绕全乡中心工作` (`全年公开政府信息962条`), 395
  // `不断促进全乡政府信息公开工作向制度化、规范化发展` (`相关领域信息共计200余条`), 535 `监督检查全镇政府
  // 信息公开工作` (`各类项目招标等信息共计67条`), 563 `监督全镇信息公开工作` (`主动公开政府信息223条`).
  '190-linhe-ganzhaomiao-2025.txt',
  '210-jiange-gongxing-2023.txt',
  '333-qianjiang-jindong-2025.txt',
  '395-chengbu-jinzi-2021.txt',
  '535-dongfang-basuo-2024.txt',
  '563-xiangtan-yunhuqiao-2023.txt',
  // Since a fix of stop 36 after the measure of 869–898 (a nameless text publishing its region's report
  // by the bare name, `现公布清原满族自治县2022年政府信息公开工作年度报告`, `现公布兴义市2022年…`, read as
  // the government's), each read: 227 `政府网站主动公开政府信息2873条`, 246 `2022年通过政府门户网站发布政府
  // 信息7392条`; neither says anywhere whether its figures are the government's own or the region's.
  '227-qingyuan-county-2022.txt',
  '246-xingyi-city-2022.txt',
  // Since stop 45 (the import takes the preface's compiler as the agency, the lead's convention):
  // 126's `由东港镇人民政府党政办公室编制` read as 东港镇人民政府, a town's report as 385's, which gives
  // `2021年通过政府网站主动公布政府信息共计304条` and never says 本级 or 全镇.
  '126-xishan-donggang-2021.txt',
];
/**
 * A count of information printed without its unit (`主动公开政府信息131,主要为…`,
 * `count-unit-missing:overview`). The gatherers of 434–463 wrote it down as a problem (429, 450,
 * 458); earlier gatherers wrote the very same shape as a slip (each of these, in its `slips`:
 * 049 `公布信息135`, 231 `主动公开政府信息1886,`, 326 `主动公开各类信息6709,`, 079 five such). Since a
 * fix after the measures of 434–463, counted as the problem the later measures call it (for the
 * lead to decide, as stop 31 decided the preface under its heading).
 */
const LOST_UNIT_WRITTEN_AS_SLIP: readonly string[] = [
  '049-qionghai-dalu-2019.txt',
  '079-xinjiang-bgt-2022.txt',
  '106-luojiang-jyj-2021.txt',
  '159-zhoukou-2020.txt',
  '231-minqing-fgj-2023.txt',
  '239-kuancheng-zfb-2023.txt',
  '275-yuelu-meixihu-2023.txt',
  '326-tianjin-hebei-district-2024.txt',
  '397-sichuan-dfzb-2021.txt',
  '037-pingtan-zrzyj-2023.html',
  // Since a fix of stop 52 after the measure of 2039–2080: `本年度共收到依申请公开事项0三是…`, its
  // gatherer's slip (`数字后缺“件”和句号`), read as a count run into the next point's ordinal.
  '174-daixian-wjj-2024.txt',
];

/**
 * The report named in a short form of 政府信息公开工作年度报告, 政府 or 工作 left out
 * (`report-name-garbled`, `现向社会公布2020年度嵊泗县发展和改革局信息公开年度报告`, `2022年我乡信息公开年度报告`).
 * Every gatherer since 374 wrote it down as a problem (381, 382, 388, 390 here, 427 and 484 with their entries; 482's title
 * too, 428's `政务公开工作情况` another shape); earlier gatherers let the same shape pass. Stop 31
 * decided it a problem (the lead's decision after the measure of 464–493): since a fix after that
 * measure, said where the preface (or the preface under 一、总体情况) presents this year's report by
 * such a name, or the title names it so. Written down (by their gatherers):
 */
const REPORT_NAME_SHORT_WRITTEN: readonly (readonly [string, string])[] = [
  ['381-shengsi-fgj-2020.txt', 'report-name-garbled:overview'],
  ['382-ouhai-nyncj-2020.txt', 'report-name-garbled:meta'],
  ['388-dongguan-liaobu-2019.txt', 'report-name-garbled:meta'],
  ['390-zzgx-gtghzjj-2022.txt', 'report-name-garbled:meta'],
  // The title `2025年政府信息公开年度报告` (kept by the import as the source's short name).
  ['482-lishi-zfb-2025.txt', 'report-name-garbled:meta'],
];
/**
 * Read after that fix, the same shape in the texts written before the decision (52 texts, 436, 455, 460 and 478 with their entries:
 * `现向社会公开2022年度政府信息公开年度报告`, `特向社会公布螺洋街道2021年度信息公开年度报告`, `特公布2022年温州市…局
 * 信息公开工作年度报告`, `我局编制了2020年度政府信息公开年度报告`…); counted as stop 31 decided it.
 */
const REPORT_NAME_SHORT_DECIDED: readonly (readonly [string, string])[] = [
  ['041-jiulongpo-erlang-2022.txt', 'report-name-garbled:meta'],
  ['042-luqiao-luoyang-2021.txt', 'report-name-garbled:meta'],
  ['057-longchang-huangjia-2019.txt', 'report-name-garbled:meta'],
  ['068-lianhu-taoyuan-kfq-2023.txt', 'report-name-garbled:meta'],
  ['078-wenzhou-rsj-2022.txt', 'report-name-garbled:meta'],
  ['086-zibo-zhongbu-2020.txt', 'report-name-garbled:meta'],
  ['087-tianmen-tuoshi-2020.txt', 'report-name-garbled:overview'],
  ['099-huaian-zrzy-2021.txt', 'report-name-garbled:meta'],
  ['127-qujiang-hunan-2021.txt', 'report-name-garbled:meta'],
  ['133-xiaogan-yjs-2019.txt', 'report-name-garbled:meta'],
  ['143-ningdu-duifang-2023.txt', 'report-name-garbled:meta'],
  ['155-tongxin-tjj-2021.txt', 'report-name-garbled:meta'],
  ['185-hukou-dalong-2020.txt', 'report-name-garbled:meta'],
  ['186-kongtong-xianglian-2020.txt', 'report-name-garbled:meta'],
  ['215-shapingba-fengwen-2020.txt', 'report-name-garbled:meta'],
  ['219-zhenglan-zhagesitai-2023.txt', 'report-name-garbled:meta'],
  ['225-xizang-dzj-2023.txt', 'report-name-garbled:meta'],
  ['239-kuancheng-zfb-2023.txt', 'report-name-garbled:meta'],
  ['245-xiangyin-lyj-2024.txt', 'report-name-garbled:meta'],
  // 311, 356, 358 and 371 were still in MISSED as well (counted twice, missed and flagged): out of
  // it since stop 32.
  ['311-zuogong-county-2021.txt', 'report-name-garbled:meta'],
  ['335-donghu-sthjfj-2023.txt', 'report-name-garbled:meta'],
  ['356-hainan-swt-2023.txt', 'report-name-garbled:meta'],
  ['358-weishan-niujie-2019.txt', 'report-name-garbled:meta'],
  ['371-hejing-keerguti-2023.txt', 'report-name-garbled:meta'],
  ['389-xiping-zhuantan-2020.txt', 'report-name-garbled:overview'],
  ['393-qianjiang-yuyang-2022.txt', 'report-name-garbled:overview'],
  ['475-guilin-quanzhouxian-2022.txt', 'report-name-garbled:meta'],
  ['015-pingtan-jtjsj-2020.html', 'report-name-garbled:meta'],
  ['025-pingtan-zrzyj-2020.html', 'report-name-garbled:meta'],
  ['046-pingtan-sppq-2022.html', 'report-name-garbled:meta'],
  ['047-pingtan-sppq-2019.html', 'report-name-garbled:meta'],
  ['055-pingtan-sppq-2025.html', 'report-name-garbled:meta'],
  ['065-pingtan-sppq-2020.html', 'report-name-garbled:meta'],
  ['066-pingtan-sppq-2023.html', 'report-name-garbled:meta'],
  ['067-pingtan-sppq-2024.html', 'report-name-garbled:meta'],
  ['071-pingtan-jtjsj-2019.html', 'report-name-garbled:meta'],
  ['075-pingtan-gaj-2019.html', 'report-name-garbled:meta'],
  // Titles of the same shape (`大路镇人民政府2019年信息公开年度报告`, `衡南县人民政府办公室2020年政府信息公开
  // 年度报告`, `两英镇政府2021年信息公开工作年度报告`…), where the preface names the report otherwise.
  ['034-guyang-xiashihao-2022.txt', 'report-name-garbled:meta'],
  ['049-qionghai-dalu-2019.txt', 'report-name-garbled:meta'],
  ['105-dongliao-sthj-2021.txt', 'report-name-garbled:meta'],
  ['135-leiyang-mashui-2019.txt', 'report-name-garbled:meta'],
  ['187-huachi-wujiao-2020.txt', 'report-name-garbled:meta'],
  ['203-chaonan-liangying-2021.txt', 'report-name-garbled:meta'],
  ['290-zhenning-county-2019.txt', 'report-name-garbled:meta'],
  ['325-julu-wglj-2024.txt', 'report-name-garbled:meta'],
  ['326-tianjin-hebei-district-2024.txt', 'report-name-garbled:meta'],
  ['339-hengnan-xzfb-2020.txt', 'report-name-garbled:meta'],
  ['054-pingtan-sppq-2021.html', 'report-name-garbled:meta'],
  // Since a fix of stop 34 after the measure of 614–643 (630's, 637's and 417's gatherers wrote
  // `…2021年度政府信息公开工作报告`, `…2025年政府信息公开工作报告` down as problems: 年度 left out of the
  // name), the same shape where the text names its own report so, in its title or its preface
  // (`现将…报告如下`, `现公开…`): 34 texts. Their gatherers wrote it as a slip (063, 074, 160, 180,
  // 197, 202, 219, 273, 279, 316, 334, 343, 363, 407, 430, 546, 618: `常见简称`, `缺“年度”`), said
  // nothing (013, 016, 018, 026, 128, 161, 163, 303, 533, the seed), or judged it no problem (422,
  // 486 and 527: `“年度”在年份后，不作问题`; 534: the page's title so, the body's right, its preface
  // `现将我厅2022年度政府信息公开工作报告`). Counted as stop 31 decided `政府信息公开年度报告` (for the
  // lead to confirm): the name is not the regulation's.
  ['000_833a5a6ee7a74880.txt', 'report-name-garbled:meta'],
  ['013-datong-xfj-2021.txt', 'report-name-garbled:meta'],
  ['016-rongchang-hebao-2020.txt', 'report-name-garbled:meta'],
  ['018-yangling-tjj-2020.txt', 'report-name-garbled:meta'],
  ['026-hongqiao-2023.txt', 'report-name-garbled:meta'],
  ['063-zizhou-jtj-2021.txt', 'report-name-garbled:meta'],
  ['074-handan-swj-2020.txt', 'report-name-garbled:meta'],
  ['128-baokang-2020.txt', 'report-name-garbled:meta'],
  // The titles `西藏自治区政府国资委2023年度信息公开工作报告` and `益阳市赫山区衡龙桥镇2020年度信息公开
  // 工作报告` (政府 left out too; written down as slips).
  ['149-xizang-gzw-2023.txt', 'report-name-garbled:meta'],
  ['160-changtu-qijiazi-2023.txt', 'report-name-garbled:overview'],
  ['161-liaoyang-2019.txt', 'report-name-garbled:meta'],
  ['163-boshan-shantou-2020.txt', 'report-name-garbled:meta'],
  ['180-qiannan-jtj-2022.txt', 'report-name-garbled:meta'],
  ['196-heshan-henglongqiao-2020.txt', 'report-name-garbled:meta'],
  ['197-longyou-huzhen-2020.txt', 'report-name-garbled:meta'],
  ['202-xishan-yunlin-2019.txt', 'report-name-garbled:meta'],
  ['202-xishan-yunlin-2019.txt', 'report-name-garbled:overview'],
  ['219-zhenglan-zhagesitai-2023.txt', 'report-name-garbled:overview'],
  ['273-jingmen-zfb-2021.txt', 'report-name-garbled:meta'],
  ['279-hechuan-erlang-2019.txt', 'report-name-garbled:meta'],
  ['303-shangdang-xihuo-2021.txt', 'report-name-garbled:meta'],
  ['316-baoshan-songnan-2020.txt', 'report-name-garbled:meta'],
  ['334-shapingba-xiaolongkan-2023.txt', 'report-name-garbled:overview'],
  ['343-zhenan-maoping-2022.txt', 'report-name-garbled:meta'],
  ['363-shenyang-jgswj-2019.txt', 'report-name-garbled:meta'],
  ['407-liubei-bailu-jd-2021.txt', 'report-name-garbled:overview'],
  ['422-liaoning-nynct-2020.txt', 'report-name-garbled:meta'],
  ['430-huzhu-weiyuan-2022.txt', 'report-name-garbled:meta'],
  ['486-heilongjiang-rfb-2020.txt', 'report-name-garbled:meta'],
  ['527-xinzhou-2019.txt', 'report-name-garbled:meta'],
  // Since a fix of stop 59 after the measure of 2396–2440: 533 silent (`现将本年度政府信息公开工作报告如下`,
  // 本年度 the work's time and 报告 the verb, as 2402's gatherer read the same words; 533's said nothing).
  ['534-hainan-gxt-2022.txt', 'report-name-garbled:meta'],
  ['546-alashanyouqi-mandela-2021.txt', 'report-name-garbled:meta'],
  ['618-rongcheng-shangzhuang-2022.txt', 'report-name-garbled:meta'],
  // Since a fix of stop 44 after the measure of 1424–1483 (1445's gatherer wrote `本年度政府信息公开
  // 报告根据《…条例》规定…编制` down as a problem): the same name short of 年度 (or of 工作 and 年度) as
  // the subject of the preface's first sentence, `本年度政府信息公开工作报告根据…` (乌恰县政府办 2019,
  // 2020, 2022, 2025; 伊吾县 2023) and `2023年度政府信息公开工作报告是按照…` (锡林郭勒盟科技局 2023). Their
  // gatherers said nothing of it; counted as stop 31 and stop 34 decided the short names (the name
  // is not the regulation's, whatever the title says, as 534's).
  // Since a fix of stop 60 after the measure of 2441–2485: 431, 1004 and 888 silent (`本年度政府信息公开工作报告根据…`,
  // short of 年度 alone, which 本年度 says: this year's report, as 2484's gatherer read the same words and 1004's
  // wrote in words, `本年度的报告`); 1445's, 1154's and 1244's `本年度政府信息公开报告` (工作 lost too) and 893's year
  // in figures are still read.
  ['893-xilinguole-kjj-2023.txt', 'report-name-garbled:meta'],
  ['1154-yiwu-county-2023.txt', 'report-name-garbled:meta'],
  ['1244-wuqia-zfb-2019.txt', 'report-name-garbled:meta'],
];

/**
 * A bracket never closed, its sentence ended inside it (`text-bracket-unclosed:meta`): 576's
 * gatherer wrote `(地址: …电子邮箱:mqxysqgk@163.com。` down as a problem; these three wrote the same as a
 * slip (080 `“(以下简称《条例》有关要求”缺后括号`, 191 `“(网址:…下载”缺右括号`, 417 `“(www.bozhou.gov.cn
 * 政府信息公开年报专栏下载”括号未闭合`). Since a fix of stop 33 after the measure of 554–583, counted as
 * the problem the later measure calls it (for the lead to decide).
 */
const BRACKET_UNCLOSED_WRITTEN_AS_SLIP: readonly string[] = [
  '080-fuxian-2024.txt',
  '191-jilin-city-2020.txt',
  '417-bozhou-zfb-2025.txt',
];

/**
 * The report's agency named without its place (`agency-name-place-missing`): 493's gatherer wrote
 * `县人民政府办公室2021年…` down as a problem; earlier gatherers wrote the same shape as a slip (133
 * `标题“市政府研究室”不带市名`, 273 `标题“市政府办公室2021年度…”未冠市名`). Since a fix after the measure of
 * 464–493, counted as the problem the later measure calls it (for the lead to decide, as stop 31
 * decided the preface under its heading).
 */
const PLACELESS_AGENCY_WRITTEN_AS_SLIP: readonly string[] = [
  '133-xiaogan-yjs-2019.txt',
  // Since a fix of stop 33 after the measure of 554–583 (581's `区数据局`, a problem): its title
  // `县教育局`, written down as a slip (`标题“县教育局”不带县名`), as 133's and 273's.
  '137-minhe-jyj-2023.txt',
  '273-jingmen-zfb-2021.txt',
  // Since a fix of stop 35 after the measure of 674–718 (692's `农业农村局`, a problem): the title
  // `2020年卫生健康委员会政府信息公开工作年度报告`, no place at all, written down as a slip
  // (`没有写是绵阳市卫生健康委员会`).
  '102-mianyang-wjw-2020.txt',
];

/**
 * Since a fix of stop 48 after the measure of 1634–1678, the title's own form as the import keeps it:
 * a title naming the agency without its place while the preface names it whole
 * (`agency-name-place-missing:title`), written down as a problem by 1554's and 1668's gatherers and as
 * a slip by 122's (`标题“市人民政府办公室2025年…”缺“天门”`); a title printing no year
 * (`report-name-garbled:title`), written down as a problem by 430's and 1637's gatherers, and 035's
 * (`乌海市工业和信息化局` / `政府信息公开工作年度报告`, no year on the page's top) read by the lead as the
 * same problem, its gatherer silent on it. Counted as the later measures call them.
 */
const TITLE_FORM_DECIDED: readonly (readonly [string, string])[] = [
  ['122-tianmen-bgs-2025.txt', 'agency-name-place-missing:title'],
  ['035-wuhai-gxj-2020.txt', 'report-name-garbled:title'],
];

/**
 * The item of 总体情况 on 主动公开, read whole, with no count of the information made public
 * (`proactive-count-missing:overview`). The gatherers of 403–432 wrote it down as a problem four
 * times (403, 406, 423, 432), 377's wrote it into its off-topic problem and 188's as a slip; the
 * earlier gatherers let the same shape pass unsaid (013 `主动公开不涉密信息,包括领导简介…等信息` is
 * 406's very wording). Read after the fix of the measures of 434–463: each of these says what kinds of
 * information or how the work is done and no count anywhere in its narrative, as the later measures
 * have it a problem; counted here for the texts written before (the lead may drop the list).
 */
const PROACTIVE_UNCOUNTED_READ: readonly string[] = [
  '013-datong-xfj-2021.txt',
  '014-laifeng-2021.txt',
  '105-dongliao-sthj-2021.txt',
  '111-ganzhou-dongjie-2023.txt',
  '113-daoli-jingwei-2022.txt',
  '162-wuchang-beiyinhe-2022.txt',
  '188-yining-2023.txt',
  '248-xinghua-changrong-2025.txt',
  '365-siping-simalu-2021.txt',
  // Since a fix of stop 44 after the measure of 1424–1483 (1440's, 1454's and 1478's gatherers wrote it
  // down: an overview of the year's words, no count): an overview printed whole (a later part's heading
  // read) with no number but years and document numbers, and no count of information made public in
  // any other part, read each: every one tells the work in general words only (`不断扩大公开信息量`,
  // `积极主动公开了…等信息若干条`, a preface's words alone in 001's), 723's own gatherer writing
  // `没有主动公开的数量` under overview-areas-missing; the later measures have it a problem.
  '001-longgang-2024.txt',
  '003-xuwen-2021format.txt',
  '012-xixian-taiping-2022.txt',
  '015-fengshou-township-2022.txt',
  '019-xiongxian-township-2019.txt',
  '020-mirror-2019format-jian4.txt',
  '036-changshou-yuntai-2020.txt',
  '040-jiuyuan-zwfw-2022.txt',
  '1202-zhoushan-zwfwb-2020.txt',
  '1229-guangdong-whlyt-2019.txt',
  '057-longchang-huangjia-2019.txt',
  '070-kangle-shangwan-2019.txt',
  '1126-dzxq-lkzzj-2022.txt',
  '1367-gangu-swj-2021.txt',
  '160-changtu-qijiazi-2023.txt',
  '185-hukou-dalong-2020.txt',
  '213-xizang-sjt-2025.txt',
  '233-shangzhi-maoershan-2020.txt',
  '279-hechuan-erlang-2019.txt',
  '311-zuogong-county-2021.txt',
  '393-qianjiang-yuyang-2022.txt',
  '396-yueyang-xfj-2021.txt',
  '591-datong-qxj-2023.txt',
  '723-changchun-xinqu-scjg-2020.txt',
  '839-hengdong-yanglin-2023.txt',
  '878-haizhu-jiangnanzhong-2020.txt',
  '950-wuqing-baigutun-2021.txt',
  '001-shanghai-bgt-2019.html',
];
/**
 * The preface's list of the report's parts naming five of the six and ending in 等, the sixth,
 * 其他需要报告的事项, left out (`part-count-mismatch`: 077 `全文内容包括总体情况、…、存在的主要问题及改进
 * 情况等`, 133 `本报告由总体情况、…、存在的主要问题及改进情况等部分组成`). The gatherers of 221, 360, 372,
 * 385 and 503 wrote it down as a problem (MISSED until then); those of 053, 077, 078, 097, 107, 133,
 * 475 and 478 as a slip. stop 32 decided: a list of five parts ending in 等 lacks 其他需要报告的事项
 * (the official preface lists all six; 等 stands in for no named part). Since a fix of stop 32 after
 * the measure of 494–523, counted here for the texts written before (503 with its entry).
 */
const PARTS_ETC_SHORT_DECIDED: readonly (readonly [string, string])[] = [
  // Written down as a problem.
  ['221-minhang-pujin-2021.txt', 'part-count-mismatch:meta'],
  ['360-wushan-yupan-2021.txt', 'part-count-mismatch:meta'],
  ['372-naidong-district-2024.txt', 'part-count-mismatch:meta'],
  ['385-minhang-maqiao-2024.txt', 'part-count-mismatch:meta'],
  // Written down as a slip.
  ['053-shenzhen-jtys-2021.txt', 'part-count-mismatch:meta'],
  ['077-sichuan-rst-2023.txt', 'part-count-mismatch:meta'],
  ['078-wenzhou-rsj-2022.txt', 'part-count-mismatch:meta'],
  ['097-qingjiangpu-2021.txt', 'part-count-mismatch:meta'],
  ['107-shijiazhuang-jyj-2021.txt', 'part-count-mismatch:meta'],
  ['133-xiaogan-yjs-2019.txt', 'part-count-mismatch:meta'],
  ['475-guilin-quanzhouxian-2022.txt', 'part-count-mismatch:meta'],
  // The preface printed under 一、总体情况 (`本年报由总体情况、…、存在的主要问题及改进情况等部分组成`).
  ['478-haitang-zfb-2023.txt', 'part-count-mismatch:overview'],
  // Since a fix of stop 32 after the measure of 524–553: the preface under 一、总体情况 lists five
  // parts and 等 (`…存在的主要问题及改进情况等`), written down as a slip.
  ['530-xingyi-mujia-2024.txt', 'part-count-mismatch:overview'],
];
/**
 * One label of 表二's header printed with a character lost (`table-header-changed`: `现行有效件` for
 * 现行有效件数, `本年废止件` for 本年废止件数, `本年公开数量` for 本年新公开数量). 511's gatherer wrote it
 * down as a problem (255's, two labels shortened, too); the gatherers of these wrote the very same
 * as a slip (393 `可能是页面丢字，不作问题`; 335 is 511's report gathered again). Since a fix of stop 32
 * after the measure of 494–523 (the importer records one label short of a character when a value
 * follows the header; a text cut in its header is not), counted as the problem the later measure
 * calls it (for the lead to decide, as stop 31 decided the preface under its heading).
 */
const HEADER_LABEL_SHORT_WRITTEN_AS_SLIP: readonly (readonly [string, string])[] = [
  ['122-tianmen-bgs-2025.txt', 'table-header-changed:t2:现行有效件数'],
  ['160-changtu-qijiazi-2023.txt', 'table-header-changed:t2:现行有效件数'],
  ['174-daixian-wjj-2024.txt', 'table-header-changed:t2:现行有效件数'],
  ['213-xizang-sjt-2025.txt', 'table-header-changed:t2:现行有效件数'],
  ['335-donghu-sthjfj-2023.txt', 'table-header-changed:t2:现行有效件数'],
  ['393-qianjiang-yuyang-2022.txt', 'table-header-changed:t2:现行有效件数'],
  ['025-pingtan-zrzyj-2020.html', 'table-header-changed:t2:本年新公开数量'],
  ['030-pingtan-nyncj-2024.html', 'table-header-changed:t2:本年废止件数'],
  // Since a fix of stop 38 after the measure of 1049–1078: 表二's `本年增/`, 减 lost after the slash,
  // written down as a problem by 1059's gatherer (互助县政务服务中心 2020) and as the page's slip by
  // these (`是页面的`, `作页面丢字不计`): counted as the problem the later measure calls it, as above.
  ['135-leiyang-mashui-2019.txt', 'table-header-changed:t2:本年增/减'],
  ['214-yongchuan-dsjj-2019.txt', 'table-header-changed:t2:本年增/减'],
  ['402-yanliang-wlj-2020.txt', 'table-header-changed:t2:本年增/减'],
  ['878-haizhu-jiangnanzhong-2020.txt', 'table-header-changed:t2:本年增/减'],
  ['980-wuqing-hexiwu-2019.txt', 'table-header-changed:t2:本年增/减'],
  ['986-fusong-songjianghe-2020.txt', 'table-header-changed:t2:本年增/减'],
  ['1037-qijiang-yongxin-2020.txt', 'table-header-changed:t2:本年增/减'],
  // 1514–1543 (measured at stop 45): 1532's `本年增/` written as the page's slip (`同878，不计`).
  ['1532-jiangjin-dushi-2019.txt', 'table-header-changed:t2:本年增/减'],
  // 1544–1573 (measured at stop 45): 1551's `本年增/`, not written down by its gatherer.
  ['1551-yuelu-meixihu-2020.txt', 'table-header-changed:t2:本年增/减'],
];
/**
 * The lists of keys by file, merged: a file named in several keeps every key of each, once (an entry
 * of the measures below never hides a key added after reading, nor the other way round).
 */
function merged(
  lists: readonly Readonly<Record<string, readonly (string | readonly string[])[]>>[],
  added: readonly (readonly [string, string])[],
): Record<string, readonly (string | readonly string[])[]> {
  const out: Record<string, (string | readonly string[])[]> = {};
  const push = (name: string, key: string | readonly string[]): void => {
    const keys = (out[name] ??= []);
    if (!keys.some((k) => JSON.stringify(k) === JSON.stringify(key))) keys.push(key);
  };
  for (const list of lists)
    for (const [name, keys] of Object.entries(list)) for (const key of keys) push(name, key);
  for (const [name, key] of added) push(name, key);
  return out;
}
/** The keys flagged at the measures from 404 on, and since the fixes after each. */
const EXPECTED_MEASURED: Readonly<Record<string, readonly (string | readonly string[])[]>> = {
  // 404–433 (held out, measured once on a63e63c after every fix): flagged at the measure.
  // Since a fix of stop 32: the township's report gives the county's count, `2019年,全县共主动公开
  // 信息数529条`.
  '404-lixin-wangtuan-2019.txt': ['region-figures-in-unit-report:overview'],
  '405-yiliang-county-2020.txt': [
    'parts-sum-mismatch:overview',
    // Since a fix after the measures of 434–463: the addressee line `昭通市人民政府办公室:` above the
    // preface, dropped by the import as a page's leftover before, kept in the preface.
    'report-is-cover-letter',
  ],
  // Since a fix after the measures of 434–463: `现将白露街道2021年政府信息公开工作报告如下` under
  // `一、总体情况`, the report presented there.
  '407-liubei-bailu-jd-2021.txt': ['section-heading-mismatch:overview'],
  '408-xixiu-dongjie-jd-2021.txt': ['part-count-mismatch:meta'],
  '410-changjiang-liyang-2022.txt': [
    'date-characters-missing:meta',
    'date-characters-missing:overview',
    // Since a fix of stop 32: the sub-heading `()主动公开`, its number lost in the brackets.
    'subheading-number-missing:overview',
  ],
  // Since a fix of stop 32 (in MISSED before): `2022年我区公开行政规范性文件2件`, 表二 3 made.
  '310-urumqi-xinshi-2022.txt': ['narrative-table-mismatch:overview:normativeMade'],
  // Since a fix of stop 32 (in MISSED before): `本报告依据…《2021年江西省政务公开工作方案》(赣府厅〔2021〕30号)
  // 要求…编制` in a 2023 report, a province's plan of two years before.
  '413-lushan-bailu-2023.txt': [
    'notice-citation-wrong:meta:key-points-2021',
    // Since a fix of stop 57 after the measure of 2306–2350: `本报告依据依照《中华人民共和国政府信息公开
    // 条例》`, two prepositions of a basis run together (written down as a slip, `“本报告依据依照”重复`).
    'phrase-garbled:meta',
  ],
  '415-liping-pingzhai-2024.txt': ['notice-citation-wrong:meta:2019-60'],
  '417-bozhou-zfb-2025.txt': [
    'notice-citation-unknown:meta:broken-number',
    'date-characters-missing:meta',
    // Since a fix of stop 34 after the measure of 614–643 (in MISSED before): the title
    // `亳州市人民政府办公室2025年政府信息公开工作报告`, 年度 left out of the name.
    'report-name-garbled:meta',
    // Since a fix of stop 32 after the measure of 524–553: `亳州人民政府办公室` in 亳州市's office's
    // report, 市 lost (written down as a slip).
    'agency-name-word-lost:overview',
    // Since a fix of stop 35 after the measure of 674–718 (in MISSED before): the office's preface
    // `发布亳州市人民政府2025年度政府信息公开工作年度报告`, the government's report named.
    'other-agency-in-text:meta',
  ],
  '418-guoyang-sjj-2025.txt': [
    'date-characters-missing:overview',
    // Since a fix of stop 32: the third area's sub-heading `政府信息管理` alone on its line, its
    // `(三)` lost after `(一)主动公开` and `(二)依申请公开`.
    'subheading-number-missing:overview',
  ],
  '419-minqin-county-2022.txt': ['date-characters-missing:meta'],
  // Since a fix of stop 51 after the measure of 1949–1993 (1950's shape): `全年共受理依公开申请13件`,
  // 依申请公开 with two words swapped, written down by its gatherer as a slip (`少“申请”二字`).
  '422-liaoning-nynct-2020.txt': ['phrase-garbled:overview'],
  // Since a fix after the measures of 434–463: `现将我区2019年度政府信息公开工作情况报告予以公开。报告
  // 的电子版可通过…查阅` under `一、总体情况`.
  '425-baishan-jiangyuan-zsj-2019.txt': ['section-heading-mismatch:overview'],
  '427-wulateqianqi-2021.txt': [
    'report-date-after-deadline',
    // Since a fix after the measure of 464–493 (stop 31's decision, see REPORT_NAME_SHORT_WRITTEN):
    // `特向社会公布我旗2021年度信息公开年度报告`.
    'report-name-garbled:meta',
    // Since a fix of stop 34 after the measure of 644–673: `推动了全旗政府信息工作按上级要求深入开展` (公开 lost).
    'phrase-garbled:overview',
  ],
  '429-xingqing-zhcsyyzx-2023.txt': [
    'notice-citation-unknown:meta:broken-number',
    // Since a fix after the measures of 434–463: a count of information without its unit.
    'count-unit-missing:overview',
    // Since a fix after the measures of 434–463: `,2023政府信息公开工作报告如下`, 年 lost after a stop.
    'date-characters-missing:meta',
  ],
  // 国办公开办函201960号, both brackets lost: since a fix after the measure of 404–433. Since
  // `phrase-garbled`: `认真落实中华人民共和国政府信息公开条》`, 例 lost before the title's mark.
  '430-huzhu-weiyuan-2022.txt': [
    // Since a fix of stop 48 after the measure of 1634–1678: the title that prints no year (`威远镇政府信息公开工作年度报告`), said on its own beside the preface's short name.
    'report-name-garbled:title',
  ],
  '431-wuqia-county-2020.txt': [
    'notice-citation-unknown:meta:broken-number',
    'phrase-garbled:overview',
    // Since a fix of stop 33: the preface's contact `乌恰县人民政务公开办公室`, 政府 run into 政务.
    'phrase-garbled:meta',
  ],
  // Since a fix after the measures of 434–463: the agency named with a word of its name lost
  // (`请与济南市历下区街道办事处联系`, `请联系五常市营商环境建设局`).
  '384-lixia-quanchenglu-2024.txt': ['agency-name-word-lost:meta'],
  // Since a fix of stop 37 after the measure of 899–928: 426's preface `可以通过可以通过哈尔滨市人民政府
  // 门户网站…查阅` (the gatherer's slip `重复`).
  '426-wuchang-yshj-2022.txt': ['agency-name-word-lost:meta', 'phrase-garbled:meta'],
  // Since a fix of stop 37 after the measure of 899–928: `本年度报告内容可通过可以通过哈尔滨市人民政府
  // 门户网站…查阅` (the gatherer's slip `“本年度报告内容可通过可以通过…”重复`).
  '162-wuchang-beiyinhe-2022.txt': ['phrase-garbled:meta'],
  // Since a fix after the measures of 434–463: the 主动公开 item of 总体情况, read whole, with no count
  // of the information made public (and 377's item on the 厅's study, no count either).
  '377-hebei-sjt-2025.txt': ['proactive-count-missing:overview'],
  // Since a fix of stop 44 after the measure of 1379–1423 (an overview telling its areas a paragraph
  // each, the paragraph on 主动公开 whole where the next tells the requests): `一是主动公开情况。…主动公开
  // 政府信息,重点涵盖党建、环保、旱厕改造…等工作`, then `二是依申请公开情况。…`, no count anywhere in the
  // text (its overview whole, `二、` after it): PROACTIVE_UNCOUNTED_READ's shape, a real problem.
  '163-boshan-shantou-2020.txt': [
    'proactive-count-missing:overview',
    // Since a fix of stop 45 after the measure of 1514–1543 (1532's shape): `全年未发生依申请和处理政府信息`,
    // none happened of information (公开 lost after 依申请), written down by its gatherer as not a sentence.
    'phrase-garbled:overview',
  ],
  '403-zhenan-muwang-2023.txt': ['proactive-count-missing:overview'],
  '406-kunming-jkq-zshzj-2020.txt': ['proactive-count-missing:overview'],
  // Since a fix of stop 37 after the measure of 899–928: no preface before `一、总体情况`, under it
  // `…现将我镇2023年政府信息公开工作总结如下。`, the words of 平利县正阳镇 2021 written down as a problem
  // there (read: the same shape, real).
  '423-tieling-xiongguantun-2023.txt': [
    'proactive-count-missing:overview',
    'section-heading-mismatch:overview',
  ],
  '432-xining-qingzhenxiang-2023.txt': ['proactive-count-missing:overview'],
  // 434–463 (measured at once on 399d57f): flagged at the measure.
  // Not written down, counted after the measure by the corpus's convention: a township's or
  // 街道's report is held to 1月31日 with the departments' (318, 327, 374, 389, 392, 394, 403 and 414
  // were written down so); 436's and 450's gatherers held them to 3月31日. Counted as false warnings
  // at the measure.
  '435-tongzhou-xiji-2024.txt': [
    // Since a fix after the measures of 434–463: `工作年度报`, a piece of the title cut inside a
    // word, on a line of its own under it (dropped by the import as a page's leftover before).
    'report-name-garbled:meta',
    // Since a fix after the measures of 434–463: `积极践行《政务信息公开规定》`, a rule's name with no
    // issuer that no rule has.
    'notice-citation-unknown:overview:rule-name',
  ],
  '436-wuqing-baigutun-2022.txt': [
    'report-date-after-deadline',
    // Since a fix after the measure of 464–493 (stop 31's decision, see REPORT_NAME_SHORT_DECIDED):
    // the title `武清区白古屯镇2022年政府信息公开年度报告` (not written down).
    'report-name-garbled:meta',
    // Since a fix after the measures of 434–463: `根据…我镇编制了2022年度政府信息公开工作年度报告`
    // opening the overview.
    'section-heading-mismatch:overview',
  ],
  '450-zhumadian-gucheng-2020.txt': [
    'report-date-after-deadline',
    // Since a fix after the measures of 434–463: `主动公开政府信息131,` without its unit.
    'count-unit-missing:overview',
  ],
  // Since a fix after the measures of 434–463: `…11件,主动公开10件,公开率90%`, 10/11 cut, not rounded.
  '445-putuo-changfengxincun-2021.txt': ['shares-rounding-mismatch:overview'],
  // Since a fix after the measures of 434–463: `现将本街道2021年政府信息公开工作年度报告编制如下`
  // ending the overview's first paragraph.
  '446-baoshan-wusong-2021.txt': ['section-heading-mismatch:overview'],
  // Since a fix after the measures of 434–463: `对区政府规章进行了系统清理` in a 区人民政府's report
  // (a 区 makes no 规章).
  '438-gaocheng-district-2022.txt': ['regulations-below-level:overview'],
  // Since a fix of stop 42 after the measure of 1349–1378 (1377's `作好重点工作的要点梳理`, written down
  // as a problem): `(三)政府信息管理:2022年以来我镇及时作好网站信息公开平台相关板块的信息发布维护`, the
  // same 做好 written 作好, which this text's gatherer wrote down as a slip (`“及时作好”应为“做好”，不算`);
  // counted as the problem the later measure calls it (for the lead to decide).
  '440-zhuji-wuxie-2022.txt': ['phrase-garbled:overview'],
  '452-jiayu-county-2022.txt': [
    // Since a fix after the measures of 434–463: the county's preface `为认真做好全市2022年度政府信息
    // 公开工作年度报告发布工作` (做好 the whole city's work, as 组织/推进 it).
    'agency-scope-above-level:meta',
    // Since a fix after the measures of 434–463: `(1)持续发挥…` then `2.增强互动交流…`, one list in
    // two styles.
    'subheading-number-style-mixed:overview',
  ],
  // Since a fix after the measures of 434–463: the preface opening `据《中华人民共和国政府信息公开条例》`,
  // 根 lost.
  '453-xiaogan-city-2024.txt': ['text-opening-lost:meta'],
  '455-xiangyin-yanglinzhai-2022.txt': [
    'part-count-mismatch:meta',
    // Since a fix after the measure of 464–493 (stop 31's decision, see REPORT_NAME_SHORT_DECIDED):
    // `特向社会公开2022年度杨林寨乡政府信息公开年度报告` (not written down).
    'report-name-garbled:meta',
  ],
  // Since a fix after the measures of 434–463: `凉府办函〔2023〕148号` after two notices' titles.
  '457-liangshan-sjj-2023.txt': [
    'citation-number-two-titles:overview',
    // Since a fix after the measures of 434–463: a list of exactly the website's three kinds
    // (概况类, 政务动态, 信息公开目录) is all of its total, 407 of 1335.
    'parts-sum-mismatch:overview',
  ],
  '456-kaifu-qzfbgs-2023.txt': [
    'notice-citation-unknown:meta:broken-number',
    'date-characters-missing:overview',
    'text-stray-closer:overview',
  ],
  '458-weiyuan-xczxj-2021.txt': [
    'notice-citation-unknown:overview:broken-number',
    // Since a fix after the measures of 434–463: `预决算公开2依申请公开1无…` without units.
    'count-unit-missing:overview',
    // Since a fix after the measures of 434–463: 104 of 105, the list ending where its last count
    // runs on into 依申请公开, `政策文件4个` one of its kinds, the request counted after it no rest.
    'parts-sum-mismatch:overview',
    // Since a fix after the measures of 434–463: the contact's `(地址:…,联系电话:8221492` never
    // closed before the next paragraph's `(一)`; `…贫困人口数”,该条申请` (a lone `”` before a comma).
    'text-bracket-unclosed:overview',
    'text-stray-closer:overview',
    // Since a fix after the measures of 434–463: `根据《条例》规定,现编制2021年…年度报告`, the
    // overview's second paragraph.
    'section-heading-mismatch:overview',
    // Since a fix of stop 36 after the measure of 779–808: `《2021年政务公开工作要点的通知》(国办发
    // 〔20211`, 关于印发 and its issuer lost (written down as a slip).
    'notice-title-incomplete:overview',
  ],
  '459-cangxi-dongxi-2025.txt': ['parts-sum-mismatch:overview'],
  '460-liangping-xfb-2019.txt': [
    'part-count-mismatch:meta',
    // Since a fix after the measure of 464–493 (stop 31's decision, see REPORT_NAME_SHORT_DECIDED):
    // the title `重庆市梁平区信访办公室2019年政府信息公开年度报告` (not written down).
    'report-name-garbled:meta',
  ],
  '462-yanta-tzhzj-2020.txt': [
    'overview-areas-missing',
    // Since a fix after the measures of 434–463: a bracket's parts 2 + 6 + 7 after `4篇,`.
    'parts-sum-mismatch:overview',
  ],
  '463-wuqi-county-2023.txt': ['part-count-mismatch:meta'],
  // 464–493 (held out, measured once on 342ba19): flagged at the measure.
  // Not written down, counted after the measure by the corpus's convention: a township's report is
  // held to 1月31日 (see 436 and 450); 472's gatherer held it to 3月31日. A false warning at the measure.
  '472-jinping-maandi-2021.txt': ['report-date-after-deadline'],
  // Since a fix after the measure of 464–493: `共制作政府信息30条,其中主动公开信息0条,…。此外,街道还公布了
  // 机构设置类信息1条、…`, none made public yet some published in the same paragraph.
  '465-siming-jialian-2024.txt': [
    'zero-proactive-published:overview',
    // Since a fix of stop 33 (a slip its gatherer wrote down): `财政决预算及“三公”经费类信息5条`, 预决
    // swapped.
    'phrase-garbled:overview',
  ],
  // Since a fix after the measure of 464–493: `县国土资源局` named among the county's bodies in a 2020
  // report (abolished in the 2018–2019 reform, its work now 自然资源局's).
  '466-anfu-county-2020.txt': ['agency-abolished-body:overview'],
  // Since a fix after the measure of 464–493: `《…关于做好年度政府信息公开工作年度报告编制及发布工作
  // 的通知》`, the notice's year lost.
  '470-kaiyang-tjj-2023.txt': [
    'notice-citation-unknown:meta:report-notice-year-lost',
    // Since a fix of stop 33 (a slip its gatherer wrote down): `按照“公开为原则,不公开例外”的总体要求`,
    // 为 lost.
    'phrase-garbled:overview',
  ],
  '464-quanzhou-2019.txt': [
    'date-characters-missing:meta',
    'notice-citation-unknown:overview:broken-number',
    // Since a fix after the measure of 464–493: `邮箱:qzxxgkb163.com`, the @ lost.
    'contact-email-at-missing:meta',
  ],
  '473-yimen-qxj-2023.txt': [
    'date-characters-missing:meta',
    'date-characters-missing:overview',
    // Since a fix after the measure of 464–493: the 2019 notice's title with 政府信息公开 lost
    // (words lost from its middle, not cut short at its end). Since a fix of stop 34 after the
    // measure of 614–643: said once, as the 2019 notice cited in a 2023 report (its problem says both).
    'notice-citation-wrong:meta:2019-60',
    // Since a fix of stop 36 after the measure of 869–898: the garbled title said as well, as its
    // problem says (`《国务院办公厅政府信息与政务公开办公室关于工作年度报告有关事项的通知》`, 886's).
    'notice-citation-unknown:meta:title-2019-60',
  ],
  // Since a fix after the measure of 464–493: the regulation cited as 国务院令第492号 (the 2007
  // one) in a 2022 report.
  '475-guilin-quanzhouxian-2022.txt': ['notice-citation-unknown:meta:regulation-order-492'],
  '476-guangxi-zfbgt-2020.txt': [
    'report-date-after-deadline',
    // Since a fix after the measure of 464–493: `…共圆复兴梦想”总目标总要求,全面落实“三大定位”`, a
    // `”` between words with none open and an opening quote next.
    'text-stray-closer:overview',
  ],
  // Since a fix after the measure of 464–493: the title `…体育厅2020政府信息公开…`, 年 lost (its key
  // the title's since stop 32).
  '477-hainan-lwt-2020.txt': ['date-characters-missing:title'],
  '478-haitang-zfb-2023.txt': [
    // Since a fix after the measure of 464–493 (stop 31's decision, see REPORT_NAME_SHORT_DECIDED):
    // `现公布2023年海棠区人民政府办公室信息公开工作年度报告` under 一、总体情况 (not written down).
    'report-name-garbled:overview',
    'overview-areas-missing',
    // Flagged by meaning at the measure (its gatherer wrote the problem with no key): the preface
    // under 一、总体情况.
    'section-heading-mismatch:overview',
    // Since a fix of stop 32: the office's report gives the district's count, `我区在政府信息公开专栏
    // 主动公开文件共783件`.
    'region-figures-in-unit-report:overview',
    // Warned anew by a fix of stop 53 after the measure of 2126–2170 (`我办收到…29件` says only the
    // requests are the office's own): the same problem its gatherer wrote down (主体不清), one more key.
    'government-scope-missing',
  ],
  '484-tongyu-xinxing-2022.txt': [
    // Since a fix after the measure of 464–493 (stop 31's decision, see REPORT_NAME_SHORT_WRITTEN):
    // `特向社会公布2022年我乡信息公开年度报告`.
    'report-name-garbled:meta',
    'date-characters-missing:meta',
    // Flagged by meaning at the measure (its gatherer wrote the problem with no key): 主动公开 with no
    // count.
    'proactive-count-missing:overview',
  ],
  '485-shulan-jishu-jd-2023.txt': [
    'notice-citation-unknown:meta:2020-60',
    'township-scope-above-level:overview',
  ],
  '487-songbei-2019.txt': [
    'part-count-mismatch:meta',
    // Since a fix after the measure of 464–493: `松北区人民政府政府办公室`, 政府 written twice.
    'agency-name-word-doubled:meta',
  ],
  // Since a fix after the measure of 464–493: `共解读文件23个。其中…动漫解读文件7个,…,动漫解读占比23%`, a
  // share named by its kind (7/23 = 30.4%).
  '491-xixia-zfb-2024.txt': ['shares-rounding-mismatch:overview'],
  '492-wenquan-chagantunge-2020.txt': [
    'part-count-mismatch:meta',
    // Since a fix after the measure of 464–493: `共发布各类政务信40余条`, 息 lost.
    'info-word-cut:overview',
    // Since a fix of stop 38 after the measure of 1049–1078: `收到和处理政府信息公开情况`, 申请 lost
    // from the part's name (its gatherer wrote it).
    'phrase-garbled:meta',
    // Since a fix of stop 51 after the measure of 1949–1993: `畅通群众民主沟通渠道和机关干部的服务群众
    // 意识`, 畅通 taking 意识 as its second object (written down as a slip by its gatherer, `搭配不当`).
    'phrase-garbled:overview',
  ],
  // Since `phrase-garbled` (a fixed phrase with a character lost, doubled or replaced): the
  // preface's list of parts with `收到和处理政府政府信息公开申请情况`, 政府 twice (231 and 284, each
  // written down by its gatherer as a slip); 030's `属于四类过程性性信息1件`, 性 twice, and 平潭 006's
  // `不子公开信息数81条`, 予 typed 子 (seen, not written down: the same slips).
  '030-hanyang-2022.txt': [
    'phrase-garbled:applications',
    // Since a fix of stop 36 after the measure of 839–868: 表二 `规章 |` / `0 |` / `0 |` / `|` / `|`,
    // a cell a line and each row closed by a lone `|`: its 现行有效件数 printed blank, where 0 belongs.
    'table-cells-printed-blank:t2',
  ],
  '231-minqing-fgj-2023.txt': ['phrase-garbled:meta'],
  '284-minqing-county-2022.txt': ['phrase-garbled:meta'],
  '006-pingtan-czj-2024.html': ['phrase-garbled:proactive'],
  '493-huangyuan-zfb-2021.txt': [
    // Since a fix after the measure of 464–493: the title's `县人民政府办公室…`, its county lost.
    'agency-name-place-missing',
    // Since a fix after the measure of 464–493: `收到政府信息公开申请0次,按照程序已公开`, no request
    // yet one answered.
    'zero-requests-answered:overview',
    // Since a fix of stop 36 after the measure of 809–838: `2021年我收到政府信息公开申请0次` (我 without
    // its body; its gatherer wrote `“我”后也缺字`).
    'phrase-garbled:overview',
  ],
  // 494–508 (measured at once on 4a6e9c5): flagged at the measure.
  // Since a fix of stop 32 after the measure of 494–523: `(一)主动公开提质增效`…`(四)监督保障坚实有力`,
  // no 依申请公开 (the excerpt cut in (四), its areas shown once the last of them is headed).
  '497-baodi-wlj-2025.txt': ['overview-areas-missing'],
  '498-beichen-jixianli-2023.txt': [
    // Since a fix of stop 32 after the measure of 494–523: `本年度报告中所列数据统计期限从2023年1月1日到
    // 12月31日止。` under `一、总体情况`, no preface before it.
    'section-heading-mismatch:overview',
    // Since a fix of stop 32 after the measure of 494–523: (一)…(四)公开平台建设, no 监督保障 (the
    // public's `主动参与和监督政府工作` is no 监督保障 of the work).
    'overview-areas-missing',
  ],
  // Warned at the measure, not written down: `1、组织机构…`, `2、主动公开情况`, then
  // `3.依申请公开办理情况` under 一、总体情况 — 1、2、 then 3. — a real slip; counted as a false
  // warning at the measure.
  '494-miyun-2019.txt': ['subheading-number-style-mixed:overview'],
  '499-binhai-xingang-2023.txt': ['overview-areas-missing'],
  '500-langfang-zfb-2021.txt': ['part-count-mismatch:meta'],
  // Since a fix of stop 32 after the measure of 494–523: `全文包括总体情况、主动公开政府信息情况、
  // 收到和处理政府信息公开申请情况、政府信息公开行政复议行政诉讼情况,存在的主要问题及改进情况等`, five
  // parts ending in 等, 其他需要报告的事项 left out (stop 32 decided: a list of five parts ending in 等
  // lacks 其他需要报告的事项).
  '503-yannan-gxq-2022.txt': ['part-count-mismatch:meta'],
  '507-guangdong-css-2022.txt': [
    'parts-sum-mismatch:overview',
    // Flagged by meaning at the measure (its gatherer wrote the problem with no key): a 2022 report
    // resting on 《…转发国务院办公厅2020年政务公开工作要点的通知》, the key points of two years before.
    'notice-citation-wrong:overview:key-points-2020',
  ],
  // 509–523 (measured at once on 4a6e9c5): flagged at the measure.
  // The sub-heading `(四)府信息公开平台建设情况` (since stop 36 one finding, not a phrase's too).
  '510-xianning-zwsjj-2025.txt': ['overview-subheading-garbled:overview'],
  '511-donghu-sthjfj-2023.txt': [
    ['notice-citation-wrong:meta:2019-60', 'notice-citation-unknown:meta:broken-number'],
    'report-name-garbled:meta',
    'overview-areas-missing',
    // Since a fix of stop 32 after the measure of 494–523: 表二's header `本年制发件数 | 本年废止件数 |
    // 现行有效件`, 数 lost.
    'table-header-changed:t2:现行有效件数',
  ],
  '513-jiangyong-2023.txt': ['section-heading-mismatch:overview', 'report-name-garbled:overview'],
  // Since a fix of stop 32 after the measure of 494–523: `湘阴县人民政府`, `县政府门户网站发布信息12205条`,
  // never 本级 or 全县 before the figures.
  '512-xiangyin-2023.txt': ['government-scope-missing'],
  '516-sichuan-rfb-2022.txt': [
    'notice-citation-unknown:meta:broken-number',
    'date-characters-missing:meta',
  ],
  '520-fugu-zfb-2022.txt': [
    'agency-name-place-missing',
    // Since a fix of stop 32 after the measure of 494–523: `(一)主动公开` with no count, 3030条 under
    // `(三)政府信息管理`.
    'proactive-count-missing:overview',
    // Since a fix of stop 35 after the measure of 674–718: `共公开政府信息3030条,公开主动公开政府文件1624份`,
    // the verb 公开 written twice (read: a slip of the same kind as 685's, not written down).
    'phrase-garbled:overview',
  ],
  // Warned at the measure, not written down: `(一)本单位主动公开政府信息情况` gives no count, the
  // decided shape (PROACTIVE_UNCOUNTED_READ). Its `overview-areas-missing` (工作考核… asked of a 管委会)
  // is gone since a fix of stop 32: 条例 第五十条 asks it of 各级人民政府 only.
  '522-zhouzhi-shahe-2021.txt': ['proactive-count-missing:overview'],
  // 524–538 (held out, measured once on 96679f7, every fix of the session merged): flagged at the measure.
  '526-yiyang-2021.txt': [
    'report-name-garbled:meta',
    'notice-citation-unknown:meta:broken-number',
    // Since a fix of stop 32 after the measure of 524–553: the title printed again as
    // `弋阳县2021政府信息公开年度报告`, 年 lost; the sub-heading `)积极做好主动公开`, `(一` lost.
    'date-characters-missing:title',
    'overview-subheading-garbled:overview',
  ],
  // Since a fix of stop 32 after the measure of 524–553: `请与信州人民政府政务公开办公室联系`, 区 lost.
  '527-xinzhou-2019.txt': ['agency-name-word-lost:meta'],
  '529-xuanzhou-yangliu-2021.txt': [
    'date-characters-missing:meta',
    'notice-citation-wrong:overview:2019-60',
  ],
  '530-xingyi-mujia-2024.txt': ['section-heading-mismatch:overview'],
  '534-hainan-gxt-2022.txt': [
    'part-count-mismatch:meta',
    // Since a fix of stop 32 after the measure of 524–553: `国务院办公厅印发的《2022年政务公开工作要点》
    // (国办发〔2022〕12号)`, the key points cited by their own title (国办发〔2022〕8号).
    'notice-citation-unknown:overview:key-points-number-2022',
  ],
  '535-dongfang-basuo-2024.txt': ['overview-areas-missing'],
  '536-baise-tzcjj-2020.txt': ['notice-citation-unknown:meta:国办公开函-2019-60'],
  '538-changjiang-gxj-2021.txt': [
    'report-name-garbled:meta',
    'part-count-mismatch:meta',
    // Flagged by meaning at the measure (its gatherer wrote the problem with no key): the part's name
    // `政府信息公开政复议`, 行 lost.
    'phrase-garbled:meta',
  ],
  // 539–553 (held out, measured once on 96679f7, every fix of the session merged): flagged at the measure.
  // Since a fix of stop 32 after the measure of 524–553: `按时上传大连市发展和改革委员会2024年政府信息
  // 公开工作年度报告` in the 2024 report (a year's report is put out the next year).
  '540-dalian-fgw-2024.txt': ['wrong-year-in-text:overview:report-2024'],
  '542-zezhou-2024.txt': [
    'section-heading-mismatch:overview',
    // Flagged by meaning at the measure: the preface printed under 一、总体情况 cites 〔2019〕60号,
    // raised on the overview where its gatherer keyed `:meta` (the same problem).
    'notice-citation-wrong:overview:2019-60',
  ],
  // Since a fix of stop 32 after the measure of 524–553: a 乡's report says
  // `两家子满族乡迅速组织全街开展新《条例》学习`, 全街 copied from a 街道's.
  '543-changyi-liangjiazi-2020.txt': ['township-scope-above-level:overview'],
  '545-heilongjiang-lcj-2019.txt': [
    'report-date-after-deadline',
    'notice-citation-unknown:meta:regulation-order',
    'part-count-mismatch:meta',
  ],
  '546-alashanyouqi-mandela-2021.txt': [
    'notice-citation-unknown:meta:broken-number',
    // Since a fix of stop 45 after the measure of 1514–1543 (1532's shape): `全年未发生依申请和处理政府信息`,
    // written down by its gatherer as 语句残缺 (应为未收到政府信息公开申请).
    'phrase-garbled:overview',
  ],
  '547-wulateqianqi-shadege-2021.txt': [
    'section-heading-mismatch:overview',
    'report-name-garbled:overview',
    ['section-heading-mismatch:applications', 'section-heading-mismatch:reviewLitigation'],
    // Warned at the measure, not written down: the overview, whole (二、 follows it), heads
    // 主动公开情况, 信息公开的形式 and a plan, no 依申请公开 nor 监督保障; a real problem, counted as a
    // false warning at the measure.
    'overview-areas-missing',
    // Since a fix of stop 33: `成文日期 2022-01-08 发布日期 2022-09-06`, `发布时间:2022-09-06`; the
    // 2021 report signed in time but 向社会公布 seven months after 2022年1月31日 (the page's 发布日期,
    // kept beside the 成文日期 as source.published).
    'report-date-after-deadline',
  ],
  // Warned at the measure, not written down: `(二)依申请公开` says nothing of requests received
  // (`…积极做好信息公开的各项工。`, no count, not even none); a real problem, counted as a false
  // warning at the measure.
  '549-jishishan-yinchuan-2022.txt': [
    'overview-item-off-topic:overview',
    // Since a fix of stop 32 after the measure of 524–553: `现将我镇信息公开年度工作报告如下`, 政府
    // left out (no year before it, 年度工作报告 in the other order).
    'report-name-garbled:overview',
    // Since a fix of stop 32 after the measure of 524–553: `积极做好信息公开的各项工。`, 作 lost.
    'phrase-garbled:overview',
  ],
  // Since a fix of stop 32 after the measure of 524–553: `兰州政府办公室通过兰州市人民政府网站发布`,
  // 市 lost.
  '550-lanzhou-2020.txt': ['agency-name-word-lost:overview'],
  '551-qingyang-wsb-2020.txt': [
    'overview-areas-missing',
    // Since a fix of stop 32 after the measure of 524–553: `全年报送发布信息23条,其中在市政府门户网站公开
    // 发布11条、省政府外事办网站公开发布13条,庆阳市党建网公开发布5条,“学习强国”公开发布2条`, 31 of 23.
    'parts-sum-mismatch:overview',
  ],
  '552-qitai-qihu-2020.txt': [
    'date-characters-missing:meta',
    'part-count-mismatch:meta',
    // Since a fix of stop 32 after the measure of 524–553: `可以在“中国新疆奇台县政府网(www.xjqt.gov.cn)
    // 上下载。`, the “ never closed.
    'text-bracket-unclosed:meta',
    // Since a fix of stop 32 after the measure of 524–553: `由七户乡编制的2020度政府信息公开年度报告`,
    // 工作 left out (the year's 年 lost too, said by date-characters-missing).
    'report-name-garbled:meta',
  ],
  // Since a fix of stop 33: `phrase-garbled` widened to the fixed phrases the corpus's reports share
  // (mined there) and to slips of other shapes, `agency-name-word-doubled` to the own place's level
  // written twice. Each one a slip its gatherer wrote down (expected.json `slips`).
  '020-pingtan-tcj-2025.html': [
    // `一是需一步加大政策解读力度`, 进 lost.
    'phrase-garbled:problems',
    // Since a fix of stop 36 after the measure of 839–868: `主动公开政府信息4条，依申请公开信息数14条`
    // and then `2025年,我局未收到过信息公开申请` (its table's requests all 0): none received, yet 14
    // made public on request (847's shape).
    'zero-requests-answered:overview',
  ],
  '037-pingtan-zrzyj-2023.html': [
    // `主要存在在与群众互动不够紧密`, 在 twice.
    'phrase-garbled:problems',
  ],
  // `本报告中所列数据的统计限自2022年1月1日`, 期 lost.
  '092-yueqing-kfq-2022.txt': ['phrase-garbled:overview'],
  // `在北京市通州区人民政府站进行政府信息公开`, 网 lost (150 and 315 the same report).
  '150-tongzhou-cgw-2020.txt': ['phrase-garbled:overview'],
  '315-tongzhou-cgw-2020.txt': ['phrase-garbled:overview'],
  // `通过上思县县政府门户网站`, 县 twice.
  '151-shangsi-nanping-2021.txt': [
    'agency-name-word-doubled:overview',
    // Since a fix of stop 41 after the measure of 1289–1318: the overview's items (一)–(五) are 主动公开,
    // the requests, the reviews, 政府信息管理 and 监督保障, no part on the platform (its gatherer noted
    // `总体情况的小项没有政府信息公开平台建设`, not counted then for a text's areas); the site named only as
    // where things were published.
    'overview-areas-missing',
  ],
  // `得到了一进步提升`, 进一 swapped. Decided at stop 37: `(四)政府信息平台建设`, 公开 lost.
  '178-fuyuan-haiqing-2025.txt': [
    'phrase-garbled:overview',
    'overview-subheading-garbled:overview',
  ],
  // `地址:赫山区衡龙桥镇镇人民政府`, 镇 twice.
  '196-heshan-henglongqiao-2020.txt': ['agency-name-word-doubled:meta'],
  // `二是是通过微博、微信公开政府信息`, 是 twice.
  '227-qingyuan-county-2022.txt': ['phrase-garbled:overview'],
  // `明确局办公室为为信息公开负责股室`, 为 twice.
  '240-baokang-nyncj-2021.txt': [
    'phrase-garbled:overview',
    // Since a fix of stop 33 after the measure of 584–613: `行政许可 | |` (a row printed whole, empty).
    'table-cells-printed-blank:t2',
  ],
  // `2025年度累计计发布信息331篇`, 计 twice.
  '352-yufeng-liyong-2025.txt': ['phrase-garbled:overview'],
  // `具体日常工作由党政办办公室主要负责`, 办 twice.
  '370-hotan-jiya-2023.txt': ['phrase-garbled:overview'],
  // `均按规定在法定期内予以答复`, 限 lost.
  '424-changchun-szfbgt-2024.txt': ['phrase-garbled:overview'],
  '553-chengzhong-wtlkj-2023.txt': [
    // Since a fix of stop 32 after the measure of 524–553: 总体情况 runs straight into 表二's rows
    // (`第二十条第(一)项…规 章`) with no `二、主动公开政府信息情况`.
    'section-heading-mismatch:proactive',
    // Since a fix of stop 32 after the measure of 524–553: the overview ends where 表二 begins,
    // whole; it tells 组织领导 and 公开发布 only, no 依申请公开.
    'overview-areas-missing',
  ],
  // 554–583 (measured at once on 8231866, before any fix of stop 33).
  '555-zhengzhou-szf-2020.txt': ['part-count-mismatch:meta'],
  '556-jingdezhen-gxq-2019.txt': [
    'part-count-mismatch:meta',
    // Since a fix of stop 33 after the measure of 554–583: `主动公开政务信息共计437条(不同渠道和方式
    // 公开相同信息计1条),其中,…高新区网站公开信息457条`, one channel more than the whole.
    'parts-sum-mismatch:overview',
    // Since a fix of stop 51 after the measure of 1949–1993: `景府办字(2020)4号`, the year in round
    // brackets (written down as a slip by its gatherer, `用圆括号而非六角括号`).
    'notice-citation-unknown:meta:broken-number',
  ],
  '557-changjiang-2019.txt': [
    'report-name-garbled:meta',
    'part-count-mismatch:meta',
    // Since a fix of stop 33 after the measure of 554–583: ten shares of 1764 条 all cut off, five
    // short of rounding half up (`137 条,占7.7 %` for 7.77%).
    'shares-rounding-mismatch:overview',
    // Since a fix of stop 33 after the measure of 554–583: `通过政府网站公开信1764条`.
    'info-word-cut:overview',
  ],
  '561-zhangshu-zhangjiashan-2024.txt': [
    'date-characters-missing:meta',
    'parts-sum-mismatch:overview',
    // Since a fix of stop 33 after the measure of 554–583: `张家山街道街道认真贯彻…`.
    'agency-name-word-doubled:overview',
  ],
  '562-tonggu-bm-2021.txt': [
    'section-heading-mismatch:overview',
    'section-heading-mismatch:overview',
  ],
  // Since a fix of stop 33 after the measure of 554–583: `主动公开了各类政府信息共计 580 条`, the
  // town's figures with nothing said of whose (`本级政府文件1条` is a kind of information).
  '560-lixin-kantuan-2024.txt': [
    'government-scope-missing',
    // Since a fix of stop 36 after the measure of 779–808: `(三)政府信息管理情况` / `一、完善信息管理制度:…` / `二、加强信息
    // 分类整理:…`, the items numbered as the parts (its gatherer's key was style-mixed; 786's shape).
    'subheading-number-repeated:overview',
  ],
  '563-xiangtan-yunhuqiao-2023.txt': ['wrong-year-in-text:overview:2022', 'overview-areas-missing'],
  '564-heshan-cangshuipu-2023.txt': [
    'notice-citation-unknown:meta:broken-number',
    'date-characters-missing:meta',
    // Since a fix of stop 33 after the measure of 554–583: the title `…沧水铺镇人民政府 信息公开工作年度报告`.
    'report-name-garbled:meta',
  ],
  // Since a fix of stop 33 after the measure of 554–583: `全年累计在政府门户网站更新发布信息11条`,
  // the town's figures with nothing said of whose.
  '565-xiangyin-nanhuzhou-2025.txt': [
    'government-scope-missing',
    // Since a fix of stop 49 after the measure of 1769–1813: decided real by the lead (stop 40's convention, …工作总结如下 under 一、总体情况).
    'section-heading-mismatch:overview',
  ],
  '567-zengdu-fuhe-2023.txt': [
    'overview-item-off-topic:overview',
    // Since a fix of stop 33 after the measure of 554–583: `我镇…主动公开各类政务信息346条`, the
    // town read from its `我镇` (no agency's name read).
    'government-scope-missing',
    // Since a fix of stop 35 after the measure of 749–778: `人调度,具办人员落实`, written down by its gatherer
    // (`具体经办人员`), not flagged before.
    'phrase-garbled:overview',
  ],
  '569-dabu-gaobeizhen-2022.txt': [
    // Since a fix of stop 33 after the measure of 554–583: `主动公开政府信息共计44条`, the town read
    // from its `我镇` (its `本机关` is the format's own words copied).
    'government-scope-missing',
    // Since a fix of stop 33 after the measure of 554–583: `主要报告本机关上一年度政府信息公开工作
    // 总体情况,重在聚焦主题主线,…进行综述`, the format's note left in.
    'template-text-left:overview',
  ],
  // 570: `推动2022政务公开工作` (年 lost), written down by its gatherer as a slip.
  '570-zhongshan-dayongzhen-2022.txt': [
    'count-unit-missing:overview',
    'text-stray-closer:overview',
    'date-characters-missing:overview',
    // Since a fix of stop 33 after the measure of 554–583: `主动公开我镇政府信息3548条。其中` 1223,
    // 2141 (units lost), 139, 438, 45 adding to 3986.
    'parts-sum-mismatch:overview',
    // Since a fix of stop 33 after the measure of 554–583: `主动公开我镇政府信息3548条`, 大涌公安's
    // counted in it, nothing said of whose (the agency read as page furniture, `您当前的位置:>>`).
    'government-scope-missing',
  ],
  '572-nanning-jkq-2021.txt': [
    'part-count-mismatch:meta',
    // Since a fix of stop 36 after the measure of 779–808: `按照自治区《2021年全区政务公开工作要点的
    // 通知》`, 关于印发 lost (written down as a slip, `文件名不通`).
    'notice-title-incomplete:overview',
  ],
  '573-lingshui-2019.txt': ['date-characters-missing:title'],
  '576-minqing-zfb-2020.txt': [
    'phrase-garbled:meta',
    // Since a fix of stop 33 after the measure of 554–583: `(地址: …电子邮箱:mqxysqgk@163.com。` ending the
    // preface, never closed.
    'text-bracket-unclosed:meta',
  ],
  '578-linan-fgj-2024.txt': [
    'phrase-garbled:overview',
    // Since a fix of stop 33 after the measure of 554–583: `现向社会公布2024年度本机关信息公开工作报告`.
    'report-name-garbled:meta',
  ],
  '579-shangcheng-czj-2024.txt': ['part-count-mismatch:meta'],
  // Since a fix of stop 33 after the measure of 554–583: `区数据局` under the title, no place.
  '581-chongchuan-sjj-2025.txt': ['agency-name-place-missing'],
  '583-kunshan-2025.txt': ['part-count-mismatch:meta'],
  // Since a fix of stop 33 after the measure of 554–583: `发布信息31条,其中` 17, 4, 2, 4 and
  // `其他栏目2条` (29), then `;通过单位微信公众号…190条`.
  '582-rudong-juzhen-2025.txt': ['parts-sum-mismatch:overview'],
  '580-binjiang-zfb-2024.txt': [
    // Since a fix of stop 33 after the measure of 554–583: `共受理政府信息公开申请件455件,其中4件
    // 来自上一年度结转,本年度完成451件…8件结转至2025年度办理`, 451 + 8 = 459.
    'narrative-balance-mismatch:overview',
    // Since a fix of stop 33 after the measure of 554–583: `我区通过不同渠道和方式公开政府信息32300余条`
    // in the report of the district government's office.
    'region-figures-in-unit-report:overview',
  ],
  // 584–613 (held out, measured once on bbaa2b4, every fix of stop 33 merged).
  '586-yicheng-liuyuan-2023.txt': ['section-heading-mismatch:overview', []],
  // 587's `电子邮箱:(cpxxzzdzb@…` bracket, 593's header `对外公开数量` and 611's title `国资委2020政府…`
  // were written down by their gatherers as slips; the three warnings count as flagged slips.
  '587-chiping-xiaojiazhuang-2023.txt': [
    'report-name-garbled:meta',
    'government-scope-missing',
    'text-bracket-unclosed:meta',
  ],
  '588-zhaoyuan-xinzhuang-2019.txt': ['report-name-garbled:meta', 'government-scope-missing'],
  // Read after the measure of 584–613, not written down by its gatherer (as OVERVIEW_AREAS_READ):
  // 590's whole overview (二、 follows) has 概述, 主动公开 and 依申请公开 only, nothing of
  // 政府信息公开平台建设 (a website it published on, not its building).
  '590-hedong-mzj-2019.txt': ['overview-areas-missing'],
  // Since a fix of stop 33 after the measure of 584–613: `确保权力在阳关下运行`.
  '589-dongcheng-donghuashi-2021.txt': ['phrase-garbled:overview'],
  '591-datong-qxj-2023.txt': [
    'overview-areas-missing',
    // Since a fix of stop 33 after the measure of 584–613: `规章 | |||`, `行政规范性文件 | 2 | ||`, `行政许可 | |||`.
    'table-cells-printed-blank:t2',
    // Since a fix of stop 33 after the measure of 584–613: `中国局、山西省气象局关于…`.
    'phrase-garbled:overview',
  ],
  '592-etuokeqi-2020.txt': ['part-count-mismatch:meta'],
  '593-wulanchabu-qyjjhzj-2020.txt': [
    'overview-areas-missing',
    'table-header-changed:t2:对外公开总数量',
    // Since a fix of stop 44 after the measure of 1379–1423: `认真做好政府公开工作`, 信息 lost (its
    // gatherer's slip; as 1397's `政府公开好的做法`, written down).
    'phrase-garbled:overview',
  ],
  '594-sujiatun-2022.txt': [
    'part-count-mismatch:meta',
    // Since a fix of stop 33 after the measure of 584–613: `全年通过苏家屯区政府网站主动公开…3498条`,
    // the agency read by its region's bare name (`沈阳市苏家屯区`).
    'government-scope-missing',
  ],
  '596-jilin-nynct-2019.txt': [
    'report-name-garbled:meta',
    // Since a fix of stop 33 after the measure of 584–613: `所列数据截止日期为2019年12月31日`, no start.
    'statistics-period-mismatch:meta',
  ],
  '597-jilin-whlyt-2024.txt': [
    'text-stray-closer:meta',
    // Since a fix of stop 36 after the measure of 779–808: `…年度报告本报告总体情况”“主动公开政府信息情况”…六个部分
    // 组成`, 由 lost (its gatherer's first problem; 794's shape).
    'phrase-garbled:meta',
    // Since a fix of stop 33 after the measure of 584–613: `2024年，吉林省文化和旅游以习近平…为指导`.
    'agency-name-word-lost:overview',
  ],
  '598-heilongjiang-yjglt-2023.txt': [
    'date-characters-missing:meta',
    'count-unit-missing:overview',
    // Since a fix of stop 33 after the measure of 584–613: `一是…。是依法公开…。是进一步强化`
    // and `持续加大政策信息布和解读回应力度`.
    'subheading-number-skipped:overview',
    'phrase-garbled:overview',
  ],
  // Since a fix of stop 33 after the measure of 584–613: `从总体情况、…和存在的主要问题及改进情况等方面
  // 予以报告`, 其他需要报告的事项 left out.
  '599-guanling-yongning-2023.txt': [
    'part-count-mismatch:meta',
    // Since a fix of stop 44 after the measure of 1379–1423: `规范政府公开内容,突出政府公开重点` in the
    // preface and `将政府公开工作纳入重要议事日程` in the overview, 信息 lost (its gatherer's slips; as
    // 1397's `政府公开好的做法`, written down).
    'phrase-garbled:meta',
    'phrase-garbled:overview',
  ],
  '600-kaili-wanchao-2023.txt': [
    ['date-characters-missing:meta', 'date-characters-missing:overview'],
    'overview-areas-missing',
    'proactive-count-missing:overview',
    'government-scope-missing',
    // Since a fix of stop 34 after the measure of 584–613 (in MISSED before): 表二's 2021 header
    // `本年制发件数 本年废止件数 现行有效件数`, then `规范性文件 0 0 0` for `行政规范性文件`.
    'table-header-changed:t2:行政规范性文件',
  ],
  '602-lintong-muzhai-2021.txt': [
    'notice-citation-wrong:meta:2019-60',
    'part-count-mismatch:meta',
    'overview-areas-missing',
  ],
  '603-fengxian-zf-2020.txt': [
    'government-scope-missing',
    // Read after the measure of 584–613, not written down by its gatherer (as OVERVIEW_AREAS_READ):
    // its whole overview (二、 follows) tells 主动公开 and its channels only, nothing of
    // 依申请公开, 政府信息管理, nor a 人民政府's 工作考核、社会评议和责任追究结果.
    'overview-areas-missing',
    // Since a fix of stop 33 after the measure of 584–613: `在市政务政务公开办公室的指导下`.
    'agency-name-word-doubled:overview',
  ],
  '605-aheqi-zfb-2020.txt': ['notice-citation-unknown:meta:broken-number'],
  '608-rongchang-zfb-2024.txt': [
    // Since a fix of stop 48 after the measure of 1724–1768: `60件,较上年度上升261%` read (a rate no
    // whole count of last year gives).
    'narrative-percentage-mismatch:overview',
  ],
  '609-longxi-dexing-2022.txt': [
    'report-name-garbled:meta',
    // Since a fix of stop 33 after the measure of 584–613: `现公布陇西县人民政府2022年政务公开工作
    // 年度报告。本报告由陇西县人民政府政务公开办公室编制而成`, the county's preface. Since a fix of stop
    // 47 after the measure of 1634–1678, flagged also as the county's report published by name in the
    // 乡's preface (one problem, two keys).
    ['other-agency-in-text:meta', 'township-scope-above-level:meta'],
    // Since a fix of stop 33 after the measure of 584–613: `主动公开信息1114条`, a 乡's figures with
    // only the county named whole (`为服务全县经济社会发展`).
    'government-scope-missing',
  ],
  '611-xizang-gzw-2020.txt': [
    'report-date-after-deadline',
    'section-heading-mismatch:overview',
    'parts-sum-mismatch:overview',
    'narrative-table-mismatch:overview:normativeMade',
    'date-characters-missing:title',
    // Read after the measure of 584–613, not written down by its gatherer (as OVERVIEW_AREAS_READ):
    // its whole overview (二、 follows) tells what it published and where, nothing of 依申请公开
    // or 政府信息管理.
    'overview-areas-missing',
    // Since a fix of stop 33 after the measure of 584–613: `规章 | |||`, `规范性文件 | 11 | ||`.
    'table-cells-printed-blank:t2',
  ],
  '612-zunyi-daying-2023.txt': [
    // Read after the measure of 584–613, not written down: `《贵州省政府信息公开规定》`, the
    // province's rule is a 暂行规定 (贵州省人民政府 印发《贵州省政府信息公开暂行规定》; 291 and 599
    // cite it so), as 356's 海南 rule named wrong is a problem.
    'notice-citation-unknown:meta:province-rule',
    // Read after the measure of 584–613, not written down (stop 31's decision, see
    // REPORT_NAME_SHORT_DECIDED): `面向社会公众公布2023年度本级政府信息公开年度报告`, and the title
    // cited as `《2023年度政府信息公开工作报告》`.
    'report-name-garbled:meta',
  ],
  // Since a fix of stop 33 after the measure of 584–613 (a row printed whole with cells empty): the
  // blanks their gatherers wrote down as incomplete, not counted by the text measure before (240's
  // above).
  '165-zhuzhou-guihua-2019.txt': ['table-cells-printed-blank:t2'],
  '205-jingyuan-huanghua-2019.txt': ['table-cells-printed-blank:t2'],
  '298-baisha-county-2023.txt': [
    'table-cells-printed-blank:t2',
    // Since a fix of stop 34 after the measure of 584–613 (a row label of the 2019 format in a
    // 2021 table): `信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数`, `规范性文件 | 15 | 0 | 57`.
    'table-header-changed:t2:行政规范性文件',
  ],
  // The same in 表三, its rows printed whole with the breakdown's cells empty beside a total (003
  // `一、本年新收政府信息公开申请数量 | 0 | | | | | | 0 |`; the seed's `21 | | | | | | 21`): blanks
  // the whole pages' gatherers count (`blank-cells:t3` of 001, 027, 060, 061, 073, 075).
  '003-xuwen-2021format.txt': ['table-cells-printed-blank:t3'],
  '000_833a5a6ee7a74880.txt': [
    'table-cells-printed-blank:t3',
    // Since a fix of stop 42 after the measure of 1349–1378: `…联系（地址：…嘉兴市人民防空办公室（民防局）
    // 5楼）；邮编：314031；电话:82057503；传真：82050131）。`, the bracket after 地址 closed at 5楼 and a second
    // `）` after the fax number with none open (a stray closer, as 1376's after its e-mail).
    'text-stray-closer:meta',
  ],
  // 614–643 (measured at once on 04c502b, before any fix of stop 34): flagged at the measure.
  // 642's preface lists the old regulation's parts (`复议、诉讼和申诉情况`, `政府信息公开的支出和收费情况`),
  // written down with no key: warned as the old structure.
  '642-changjiang-xfj-2022.txt': [
    'part-count-mismatch:meta',
    // Since the convention of stop 49 (the import reads the compiler of `由昌江区委信访局结合有关统计数据
    // 编制` as the agency): `我区主动公开各类政府信息30条` in a 局's report read.
    'region-figures-in-unit-report:overview',
  ],
  '618-rongcheng-shangzhuang-2022.txt': [
    'government-scope-missing',
    // Since a fix of stop 34 after the measure of 614–643: `内容包括总体情况、…、存在的主要问题及改进
    // 情况等,并附…统计表`, a sentence of its own after the one naming the report, 其他 left out.
    'part-count-mismatch:meta',
  ],
  '619-rongcheng-yinzi-2022.txt': ['government-scope-missing'],
  '620-gaoqing-changjia-2025.txt': ['government-scope-missing'],
  // Since a fix of stop 34 after the measure of 584–613: 表二's row of 2021's `行政规范性文件` printed
  // `规范性文件`, the 2019 format's label, under the 2021 header `本年制发件数 | 本年废止件数 | 现行有效件数`
  // (each read: a table row, never a sentence). The whole pages' gatherers wrote it down as a
  // problem (030, 031, 041, 043, 049, 058, 064, 073) or as a slip (051, 059, 060): the same
  // printed label, counted alike. 371's and 396's gatherers wrote it down too (396 in MISSED
  // before); 007's did not.
  // `规范性文件` then 0, 0, 0, a cell a line.
  '007-shijiazhuang-changan-tjj-2023.txt': ['table-header-changed:t2:行政规范性文件'],
  // `规范性文件` then 0, 0, 0, a cell a line.
  '371-hejing-keerguti-2023.txt': ['table-header-changed:t2:行政规范性文件'],
  // `规范性文件` then 21, 0, 21, a cell a line.
  '396-yueyang-xfj-2021.txt': ['table-header-changed:t2:行政规范性文件'],
  '030-pingtan-nyncj-2024.html': [
    'table-header-changed:t2:行政规范性文件', // `规范性文件 | 1 | 0 | 0`
    // Since a fix of stop 37 after the measure of 929–958: `涉及耕地力地力补贴` (耕地地力补贴 garbled, 地力
    // written twice; 036 and 074, the same bureau's, the same).
    'phrase-garbled:overview',
  ],
  '031-pingtan-scjgj-2025.html': ['table-header-changed:t2:行政规范性文件'], // `规范性文件 | 1 | 1 | 73`
  '041-pingtan-htpq-2023.html': ['table-header-changed:t2:行政规范性文件'], // `规范性文件 | 0 | 0 | 0`
  '043-pingtan-jjpq-2025.html': ['table-header-changed:t2:行政规范性文件'], // `规范性文件 | 0 | 0 | 1`
  '049-pingtan-htpq-2024.html': ['table-header-changed:t2:行政规范性文件'], // `规范性文件 | 0 | 0 | 0`
  '051-pingtan-jjpq-2022.html': [
    // `规范性文件 | 1 | 0 | 7`
    'table-header-changed:t2:行政规范性文件',
    // Since a fix of stop 34 after the measure of 644–673: `高度重视政府信息工作` (公开 lost).
    'phrase-garbled:overview',
  ],
  '058-pingtan-htpq-2025.html': ['table-header-changed:t2:行政规范性文件'], // `规范性文件 | 0 | 0 | 0`
  '059-pingtan-jjpq-2021.html': ['table-header-changed:t2:行政规范性文件'], // `规范性文件 | 1 | 0 | 6`
  '060-pingtan-jjpq-2023.html': [
    // `规范性文件 | 0 | 0 | 7`
    'table-header-changed:t2:行政规范性文件',
    // Since a fix of stop 34 after the measure of 644–673: `各处室对政府信息工作的重视程度` (公开 lost).
    'phrase-garbled:overview',
  ],
  '064-pingtan-jspq-2025.html': ['table-header-changed:t2:行政规范性文件'], // `规范性文件 | 0 | 0 | 0`
  '073-pingtan-scjgj-2023.html': [
    'table-header-changed:t2:行政规范性文件', // `规范性文件 | 13 | 0 | 13`
    // Since a fix of stop 37 after the measure of 929–958: `但还存在一些问题问题和不足`.
    'phrase-garbled:problems',
  ],
  '630-daishan-changtu-2021.txt': [
    'part-count-mismatch:meta',
    'phrase-garbled:meta',
    // Since a fix of stop 34 after the measure of 614–643: the title `长涂镇人民政府2021年度政府信息公开
    // 工作报告`, 年度 left out of the name.
    'report-name-garbled:meta',
  ],
  '641-dayu-jicun-2023.txt': [
    'date-characters-missing:meta',
    // Since a fix of stop 34 after the measure of 614–643: the title printed again over two lines,
    // `吉村镇人民政府办公室` / `2023政府信息公开工作年度报告`, 年 lost after the year (written down under
    // `report-name-garbled:meta`; said as 297's, 477's and 526's title of the same shape).
    'date-characters-missing:title',
    // Since the office's scope was judged (stop 34, helper sc): its agency read as
    // `吉村镇人民政府办公室`, a government's general office, `主动公开政府信息1178条` with no scope said.
    'government-scope-missing',
  ],
  // Since a fix of stop 34 after the measure of 614–643: `在委、政府的正确领导…`, `按照委、政府政务公开的
  // 要求` (县委、县政府, 县 lost on both sides).
  '621-yangcheng-henghe-2020.txt': [
    // Since a fix of stop 36 after the measure of 809–838, the same finding also reads `我党委、政府高度
    // 重视`, `2020年我认真按照…` (我镇 without 镇; MISSED before).
    'phrase-garbled:overview',
    // Warned at the measure, not written down, read since (stop 34): `(一)主动公开` tells `及时更新主要
    // 领导、内设机构、工作职责…等相关情况,主动公开政府文件,实时发布民生工程、政府动态信息`, no count,
    // the decided shape (PROACTIVE_UNCOUNTED_READ): a real problem.
    'proactive-count-missing:overview',
  ],
  // Since a fix of stop 34 after the measure of 614–643: the name `阜阳市人民政府2020年度政府信息公开
  // 工作报告` (title, 名称 and 内容概述), 年度 left out of it.
  '637-fuyang-city-2020.txt': ['report-name-garbled:meta'],
  // Since a fix of stop 34 after the measure of 614–643: `…信息公开平台累公开206条` (累计, 计 lost) and
  // `2022年全年未发生依申请政府信息。` (依申请公开, 公开 lost), one finding for the overview.
  '643-dean-hedong-2022.txt': ['phrase-garbled:overview'],
  // Since a fix of stop 34 after the measure of 614–643: `主动公开方面,聚焦…政策解读等 44 项服务内容`,
  // `制作政策解读短视频 8 条`, a paragraph on 主动公开 with no count of information published.
  '617-xicheng-jinrongjie-2025.txt': ['proactive-count-missing:overview'],
  // Since a fix of stop 34 after the measure of 614–643: `国务院办公厅公开办《关于政府信息公开年度报告
  // 有关事项的通知》` in a 2023 report, the 2019 notice by its title short of 工作: said once, as the
  // notice of other years (was `notice-citation-unknown:meta:title-2019-60`, a false warning).
  '640-fuzhou-wb-2023.txt': ['notice-citation-wrong:meta:2019-60'],
  // 644–673 (held out, measured once on the merged code of stop 34, keys read by meaning): flagged at
  // the measure. By key 11 of 41; the gatherers wrote six towns' scope findings down as
  // `government-scope-missing:meta`, 644's header as `table-header-changed:t2` and 667's areas as
  // `overview-areas-missing:overview`: the same findings, said of the same text, 19 of 41 by meaning.
  '644-wuhan-donghu-cxgzbsc-2025.txt': [
    'table-header-changed:t2:现行有效件数',
    // Since a fix of stop 39 after the measure of 1109–1138: `按照“公开为常态,不公开为例外原则紧紧围绕
    // 中心工作,…` (its paragraph's end, no `”` after it): the quotation never closed.
    'text-bracket-unclosed:overview',
  ],
  // Since a fix of stop 34 after the measure of 644–673 (a nameless text naming `襄州区人民政府` at work
  // is a government's; `对全区政务公开工作进行统筹部署`, `向各镇(街)…申请` say nothing of the figures):
  // `主动公开政府信息1690条`, `我区共处理依申请公开政府信息81件`, whose unsaid.
  '645-xiangyang-xiangzhou-2022.txt': ['government-scope-missing'],
  '646-ezhou-szfbgs-2022.txt': [
    'government-scope-missing',
    // Since a fix of stop 34 after the measure of 644–673: `其他法律行政1件` (其他法律行政法规禁止公开 cut).
    'phrase-garbled:overview',
    // Since a fix of stop 34 after the measure (see 069 below).
    'part-count-mismatch:meta',
  ],
  '647-yuanjiang-huangmaozhou-2021.txt': [
    'government-scope-missing',
    // Since a fix of stop 37 after the measure of 929–958: `涉及公共利益和公众利益和公众权益的重要事项` (a
    // phrase written twice).
    'phrase-garbled:overview',
  ],
  '650-kaijiang-xczxj-2023.txt': [
    'overview-item-off-topic:overview',
    'section-heading-mismatch:overview',
  ],
  '652-lipu-2022.txt': ['government-scope-missing'],
  '656-dingan-longhe-2020.txt': [
    'section-heading-mismatch:overview',
    // Since a fix of stop 34 after the measure of 644–673: `其中,其中人事信息公开3件` (in its overview, read
    // since `(一)总体情况` opens it).
    'phrase-garbled:overview',
    // Since a fix of stop 34 after the measure of 644–673, its `(一)总体情况` opening the overview
    // (`一、报告内容` / `(一)总体情况` / `(二)行政机关主动公开…`): the overview's areas judged
    // (`健全和完善政务信息公开工作机制` and a count, nothing of 政府信息管理: missing), and the town's
    // `主动公开信息共7件` said of no level (both in MISSED before).
    'overview-areas-missing',
    'government-scope-missing',
  ],
  '659-erdaojiang-yayuan-2025.txt': [
    'government-scope-missing',
    'report-date-after-deadline',
    // Since a fix of stop 34 after the measure of 644–673: `制定二道江区鸭园镇2025年度信息公开工作报告`.
    'report-name-garbled:meta',
  ],
  '660-tonghua-yingebu-2021.txt': [
    'report-name-garbled:meta',
    'township-scope-above-level:overview',
    // Warned at the measure, not written down, read since (stop 34): `(二)积极推动政府信息主动公开`
    // tells who plans and gathers the information, and the narrative gives no count anywhere (the
    // decided shape of PROACTIVE_UNCOUNTED_READ).
    'proactive-count-missing:overview',
  ],
  '662-zhalaite-baoligenhua-2025.txt': [
    'government-scope-missing',
    // Since a fix of stop 34 after the measure of 644–673: the preface ends `…(咨询电话:0482-6540003)。
    // 中华人民共和国政府信息公开工作年度报告格式>`.
    'text-stray-closer:meta',
  ],
  '666-xixian-dizhang-2024.txt': ['notice-citation-wrong:meta:2019-60'],
  '667-kongtong-liuhu-2019.txt': ['government-scope-missing', 'overview-areas-missing'],
  // Since a fix of stop 51 after the measure of 1949–1993: the preface's `联系。(地址:…电子邮箱:
  // lintaoxzf@163.com` open where the preface ends, `一、总体情况` printed after it (written down as a slip
  // by its gatherer, `联系方式括号未闭合…属标点`).
  '668-lintao-county-2019.txt': ['text-bracket-unclosed:meta'],
  '669-fangzheng-daluomi-2023.txt': [
    'government-scope-missing',
    // Since a fix of stop 34 after the measure of 644–673: `确定镇党政办作为政府信息工作主要部门` (公开 lost).
    'phrase-garbled:overview',
  ],
  '670-beipiao-heichengzi-2025.txt': ['government-scope-missing', 'report-name-garbled:meta'],
  '673-mile-wushan-2021.txt': [
    'government-scope-missing',
    // Since a fix of stop 34 after the measure of 644–673: `回复办件4件,办件100%` (办结率 lost).
    'phrase-garbled:overview',
    // Since a fix of stop 34 after the measure of 644–673: `(一)主动公开政府信息情况` / two
    // paragraphs / `2.主动公开政府信息的主要类别为…` / `3.…` / `4.…`, no `1.`; and `2021年五山乡主动
    // 公开政府信息145条,…。…,主动公开机构职能类、…、应急管理类等178条`, kinds of 145 said to be 178.
    'subheading-first-missing:overview',
    'parts-sum-mismatch:overview',
  ],
  // Since a fix of stop 34 after the measure of 644–673: `我局在2021年度政府信息工作中` (公开 lost).
  // Decided at stop 37: `(四)政府信息平台建设情况`, 公开 lost.
  '009-qingchuan-xczxj-2021.txt': [
    'phrase-garbled:overview',
    'overview-subheading-garbled:overview',
  ],
  // Since a fix of stop 34 after the measure of 644–673: `对政府信息工作进行研究部署` (公开 lost).
  '133-xiaogan-yjs-2019.txt': ['phrase-garbled:overview'],
  // Since a fix of stop 34 after the measure of 644–673: `编制区直部门及街道的政府信息工作年度报告` (公开 lost).
  '193-hegang-gongnong-2024.txt': [
    'phrase-garbled:overview',
    // Since a fix of stop 35 after the measure of 719–748: `特向社会公布2024鹤岗市工农区人民政府信息公开
    // 工作情况报告`, written down by its gatherer (the name not the regulation's).
    'report-name-garbled:meta',
  ],
  // Since a fix of stop 34 after the measure of 644–673: `编制区直部门及街道的政府信息工作年度报告` (公开 lost).
  '367-hegang-gongnong-2024.txt': [
    'phrase-garbled:overview',
    // Since a fix of stop 35 after the measure of 719–748: `特向社会公布2024鹤岗市工农区人民政府信息公开
    // 工作情况报告`, written down by its gatherer (the name not the regulation's).
    'report-name-garbled:meta',
  ],
  // Since a fix of stop 34 after the measure of 644–673: `不断提升政府信息工作质量和实效` (公开 lost).
  '213-xizang-sjt-2025.txt': ['phrase-garbled:overview'],
  // Since a fix of stop 34 after the measure of 644–673: `保证了政府信息工作得以高效开展` (公开 lost).
  '358-weishan-niujie-2019.txt': ['phrase-garbled:overview'],
  // Since a fix of stop 34 after the measure of 644–673: `认真编制政府公开信息目录` (政府信息公开目录, words swapped).
  '062-pingtan-jspq-2019.html': ['phrase-garbled:overview'],
  // Since a fix of stop 34 after the measure of 644–673: `我局认真制定了2020年度政府信息公开年度报告` (工作 left out;
  // stop 31's decided short form, presented by 制定).
  '639-minhou-nyj-2020.txt': ['report-name-garbled:meta'],
  // Since a fix of stop 34 after the measure of 644–673: `政府公开信息年度报告1条` (words swapped).
  '649-suining-anju-jjhzj-2023.txt': ['phrase-garbled:overview'],
  // Since a fix of stop 34 after the measure of 644–673: `我单位未有依申请政府公开信息` (words swapped).
  '653-qinzhou-hqtzq-2022.txt': ['phrase-garbled:overview'],
  // Since a fix of stop 34 after the measure of 644–673: `整体规划和布署` (部署 miswritten).
  '661-fengman-mzj-2021.txt': [
    'phrase-garbled:overview',
    // Since a fix of stop 34 after the measure of 644–673: a 局's preface (`我局高度重视…`) compiling
    // the report `结合2021年度吉林市丰满区人民政府信息公开工作实际`.
    'other-agency-in-text:meta',
  ],
  // Since a fix of stop 34 after the measure of 644–673: `未收到政府信息公开型案件` (申请 worded as a kind of
  // case).
  '664-lintong-hezhai-2025.txt': [
    'phrase-garbled:overview',
    // Since a fix of stop 41 after the measure of 1289–1318: the overview's items (一)主动公开信息情况,
    // (二)依申请公开情况, (三)政府信息管理, (四)监督保障, no part on the platform (1316's and 010's shape,
    // written down there); the excerpt ends inside (四), the last of the areas, so none was cut.
    'overview-areas-missing',
  ],
  // Since a fix of stop 34 after the measure of 644–673: the preface's list of parts naming the
  // overview's five areas instead (`全文包括主动公开、依申请公开、政府信息管理、政府信息平台建设、监督
  // 保障(含…)等方面`, 646; the same words in 259 and 324, written down there, and in 069, read since;
  // 035's `全文包括主动公开政府信息情况、依申请公开政府信息情况、政府信息公开管理、平台建设,监督保障等
  // 方面内容`, whose gatherer noted the list beside the overview's missing areas, read since), or four
  // parts told by 阐述 (`将从主动公开政府信息情况、…、存在的主要问题及改进情况等方面进行阐述`, 654,
  // short of 总体情况 and 其他需要报告的事项).
  '035-wuhai-gxj-2020.txt': [
    'part-count-mismatch:overview',
    // Since a fix of stop 37 after the measure of 929–958: `专题专栏、党建工作工作等` (工作 written twice).
    'phrase-garbled:overview',
  ],
  '069-linhai-taizhouwan-kfq-2023.txt': ['part-count-mismatch:meta'],
  '259-pingyang-county-2021.txt': ['part-count-mismatch:meta'],
  '324-pingyang-fengwo-2024.txt': ['part-count-mismatch:meta'],
  '654-nanchuan-dongcheng-jd-2024.txt': ['part-count-mismatch:meta'],
  // Since a fix of stop 34 after the measure of 644–673 (fewer in force than made this year, no repeal
  // said, no 表二 printed): `本年度制发规范性文件2件,现行有效规范性文件1件`.
  '671-zichang-city-2022.txt': ['text-valid-below-made:overview'],
  // Since a fix of stop 34 after the measure of 644–673 (a scope word in a sentence on 复议 alone,
  // `全市发生政府信息公开行政复议案件1起`, says nothing of the figures): `共公开各类政府信息12888条`.
  '672-xingren-city-2022.txt': ['government-scope-missing'],
  // 674–718 (held out, measured once on 8bd79e5 with the importer fix for 711): flagged at the measure.
  '675-rongcheng-chengshan-2019.txt': [
    'section-heading-mismatch:overview',
    'table-printed-empty:t2',
    // Since a fix of stop 35 after the measure of 674–718: `全文包括概述,…,政府信息公开相关的行政复议、
    // 行政诉讼、举报投诉情况,…`, the old reports' parts.
    'part-count-mismatch:meta',
    // Warned at the measure, not written down, read since (stop 35): its whole overview (`一、概 述`,
    // `二、主动公开政府信息情况` follows) is one sentence, `2019年,成山镇严格按照…抓细抓实信息公开
    // 工作…`, nothing of any area (as 590's, decided real).
    'overview-areas-missing',
    // Since a fix of stop 35 after the measure of 674–718 (in MISSED before): `由成山镇人民政府编制`,
    // then `2019年,主动公开政府信息19条` in 二, nothing said of whose.
    'government-scope-missing',
  ],
  '676-zoucheng-tangcun-2020.txt': [
    'government-scope-missing',
    'report-name-garbled:meta',
    // Since a fix of stop 35 after the measure of 674–718: `我镇收到0件信息公开申请受理和通过电子
    // 邮件提交的信息公开申请受理` (a form's sentence left half edited).
    'phrase-garbled:overview',
  ],
  '677-wenshang-baishi-2020.txt': [
    'report-name-garbled:meta',
    'notice-citation-unknown:overview:title-2019-60',
    'report-name-garbled:overview',
    // Since a fix of stop 35 after the measure of 674–718: the preface printed again as the first
    // paragraph under `一、总体情况` (`根据…,现将2020年白石镇政府信息公开年度报告向社会公布。本报告所列
    // 数据的统计期限自2020年1月1日起…`).
    'section-heading-mismatch:overview',
    // Warned at the measure, not written down, read since (stop 35): `主动公开政府信息60条,其中政务动态
    // 类35条,…领导信息4条。政策文件1条,…财政预算决算4条`: its items, 52 in all, fall short of 60 with no
    // 等 (its gatherer: `审阅时可询问`, a question the warning asks).
    'parts-sum-mismatch:overview',
    // Since a fix of stop 35 after the measure of 674–718 (by meaning: its gatherer's key was
    // `narrative-percentage-mismatch`): shares written as fractions, `5条,占0.08%`, `3条,占0.05%`,
    // `4条,占0.06%` of 60.
    'shares-rounding-mismatch:overview',
    // Since a fix of stop 35 after the measure of 674–718: `机构智能类3条,占0.05%` (机构职能).
    'phrase-garbled:overview',
  ],
  // Since a fix of stop 35 after the measure of 674–718: `《中华人民共和国政府信息公开条例(试行)》` (the
  // regulation has no 试行) and `现将我局2020年度政府信息公开工作年度公布如下` (报告 lost).
  '683-xinganmeng-nmj-2020.txt': ['phrase-garbled:meta', 'report-name-garbled:meta'],
  // Since a fix of stop 35 after the measure of 674–718: `《兴安盟政务公开领导小组办公室关于做好2020年度
  // …的通知》(兴政公办发)`, the number its issuer's prefix alone.
  '684-wulanhaote-city-2020.txt': ['notice-citation-unknown:meta:broken-number'],
  '685-wulanhaote-wulanhada-2022.txt': [
    'government-scope-missing',
    'report-name-garbled:meta',
    // Warned at the measure, not written down, read since (stop 35): the preface ends `…(电话0482-
    // 8820300)。 中华人民共和国政府信息公开工作年度报告格式>`, the notice title's rest pasted (as 662's).
    'text-stray-closer:meta',
    // Since a fix of stop 35 after the measure of 674–718: `在政务公开网站公开主动公开85条信息`.
    'phrase-garbled:overview',
  ],
  '686-tianjin-zjw-2024.txt': [
    'proactive-count-missing:overview',
    // Since a fix of stop 35 after the measure of 674–718: `防止泄漏国家秘密、工作秘密和敏感信息`.
    'phrase-garbled:overview',
  ],
  '687-jiuyuan-halingeer-2025.txt': [
    'government-scope-missing',
    // Since a fix of stop 35 after the measure of 674–718: `及时、准确、全面地公开政府信息,及时、准确、
    // 全面地公开政府信息` (one clause written twice).
    'phrase-garbled:overview',
  ],
  // Since a fix of stop 35 after the measure of 674–718: the title `天津市城市管理委员会2025年度` /
  // `政府信息公开工作报告`, over two lines (年度 of the name put after the year).
  '688-tianjin-cgw-2025.txt': ['report-name-garbled:meta'],
  '689-meixian-zfb-2019.txt': [
    'date-characters-missing:meta',
    'notice-citation-unknown:overview:broken-number',
    'part-count-mismatch:meta',
    'section-heading-mismatch:overview',
    'text-opening-lost:meta',
    // Since a fix of stop 35 after the measure of 674–718 (in MISSED before): the office's preface
    // `现公布梅县区人民政府2019年政府信息公开工作年度报告`, the government's report named.
    'other-agency-in-text:meta',
  ],
  '692-zixi-nyncj-2020.txt': [
    'report-name-garbled:meta',
    // Since a fix of stop 35 after the measure of 674–718 (in MISSED before): title and 发文机关
    // `农业农村局`, 资溪县 left out.
    'agency-name-place-missing',
  ],
  '698-liubei-changtang-2023.txt': [
    'date-characters-missing:meta',
    'date-characters-missing:overview',
    'notice-citation-unknown:meta:broken-number',
    // Since a fix of stop 35 after the measure of 674–718 (in MISSED before): `我镇在…公开了党委文件
    // 27份`, its only 本级 in `本级行政审批事项办事指南`.
    'government-scope-missing',
  ],
  // Since a fix of stop 35 after the measure of 674–718 (in MISSED before): `2020年鹤山镇通过政府网站…
  // 主动公开政府信息130余条`, its 全镇 only in `全镇政府信息公开呈现出稳固推进…的良好态势`.
  '674-ningyang-heshan-2020.txt': ['government-scope-missing'],
  // Since a fix of stop 35 after the measure of 674–718 (in MISSED before): `2023年,交口县人民政府在
  // 吕梁市委…的坚强领导下`, nameless text read as the county's; `全年,我县政府门户网站更新政务动态信息
  // 1841条`.
  '682-jiaokou-county-2023.txt': ['government-scope-missing'],
  // Since a fix of stop 35 after the measure of 674–718 (in MISSED before): `2019年,广州市番禺区人民政府
  // 办公室认真贯彻落实…`, nameless text read as the office's; `在区政府门户网站发布各类信息近1.7万条`.
  '690-panyu-zfb-2019.txt': ['government-scope-missing'],
  // Since a fix of stop 35 after the measure of 674–718 (in MISSED before): `请与井冈山市政府与政务公开办
  // 联系` (信息 lost), `市信息与政务公开办深入贯彻` (政府 lost).
  '691-jinggangshan-city-2020.txt': [
    'agency-name-word-lost:meta',
    'agency-name-word-lost:overview',
  ],
  '700-wuchuan-haibin-2024.txt': [
    'notice-citation-wrong:meta:2019-60',
    'part-count-mismatch:meta',
    'overview-areas-missing',
    // Since a fix of stop 35 after the measure of 674–718: `更新了《海滨街道政务信息化公开指南(2024)》`.
    'phrase-garbled:proactive',
  ],
  // Since a fix of stop 35 after the measure of 674–718: `编制2024年度政府信息公开报告` (工作 and 年度 lost).
  // Since a fix of stop 35 after the measure of 674–718 (in MISSED before): `2024年,落别乡人民政府认真
  // 贯彻落实…`, `本年度主动公开政府信息达67条`; its 全乡 only the source of the items (`及时收集全乡各站
  // (所)和各村(居)相关工作信息`).
  '701-liuzhi-luobie-2024.txt': ['report-name-garbled:meta', 'government-scope-missing'],
  '703-dingan-fuwen-2023.txt': ['report-name-garbled:meta', 'government-scope-missing'],
  '705-anyue-zhouli-2020.txt': [
    'phrase-garbled:overview',
    'report-name-garbled:meta',
    // Warned at the measure, not written down, read since (stop 35): `(一)主动公开政府信息情况` tells
    // `按要求对我镇机构信息、法规文件、…等信息进行了主动公开`, no count (PROACTIVE_UNCOUNTED_READ's shape).
    'proactive-count-missing:overview',
    // Since a fix of stop 35 after the measure of 674–718: `(四)持续加强平台建设` over `…积极探索建立依申请
    // 公开协调机制,…对涉及多部门的申请事项,加强协调…`, no platform named.
    'overview-item-off-topic:overview',
  ],
  // Since a fix of stop 35 after the measure of 674–718: `现对以重庆市渝北区回兴街道办事处开展政府信息
  // 公开工作的情况进行报告` (名义 lost).
  '708-yubei-huixing-2023.txt': ['phrase-garbled:meta'],
  '707-guanghan-nanfeng-2020.txt': [
    'parts-sum-mismatch:overview',
    'report-date-after-deadline',
    'government-scope-missing',
  ],
  '711-lintao-shangying-2020.txt': [
    'section-heading-mismatch:overview',
    'government-scope-missing',
    'report-name-garbled:meta',
    // Since a fix of stop 35 after the measure of 674–718: `加强信息发布、读和回应工作` (解 lost) and
    // `发挥了信思公开工作…的促进作用` (息 miswritten), both in the preface: one finding.
    'phrase-garbled:meta',
  ],
  '712-zhouzhi-zfb-2021.txt': ['notice-citation-wrong:meta:2019-60'],
  // Since a fix of stop 35 after the measure of 674–718: `始终坚持“公开是常态, 公开是例外”的原则` (不 lost).
  '716-longnan-zfb-2024.txt': ['phrase-garbled:overview'],
  '715-henan-yjglt-2021.txt': ['report-name-garbled:meta'],
  // 674–718: flagged at the measure by meaning: the gatherer's key written with another section
  // suffix (`government-scope-missing:meta`), or the same slip under a near key (表二 printed empty:
  // `table-printed-empty`; the notice's title without 工作: `notice-citation-unknown`; 677's name
  // slip said again in 总体情况, as its problem says).
  '679-shandong-rfb-2019.txt': ['report-date-after-deadline'],
  // Since a fix of stop 35 after the measure of 674–718 (in MISSED before): `并在木镇镇信息公开网站
  // 公开` in 龙湖镇's report, another town's site.
  '699-dingan-longhu-2023.txt': ['government-scope-missing', 'other-agency-in-text:overview'],
  '702-huangping-county-2024.txt': ['government-scope-missing'],
  '704-dongpo-chongli-2020.txt': [
    'government-scope-missing',
    // Warned at the measure, not written down, read since (stop 35): `(一)本单位主动公开…(二)政府信息
    // 管理情况 (三)…平台建设情况 (四)监督保障机制`, the items reach 监督保障 with no 依申请公开 (as 361's
    // and 480's, decided at stop 32).
    'overview-areas-missing',
  ],
  '706-zhaohua-yuanba-2020.txt': [
    'government-scope-missing',
    // Since a fix of stop 35 after the measure of 674–718: `…公示公告信息4类46条,其中:计划总结信息1条、
    // 行政规范性文件信息1条、…公示公告信息10条`, five kinds.
    'list-count-mismatch:overview',
  ],
  // Warned at the measure, not written down, read since (stop 35): `金统发〔2025〕2号`, the title, then
  // `市政府办公室:` above the preface and `现将工作情况报告如下`: the report published in its
  // submission's form, addressed to an office (as 405's `昭通市人民政府办公室:`, decided real); its
  // gatherer read the heading lines as the way it was sent.
  '717-jinchang-tjj-2024.txt': ['report-is-cover-letter'],
  // 711's `现将2020年政府信息公开工作报告如下`: its gatherer read 报告 as the verb; the corpus's
  // decision of stop 34 (`现将本年度政府信息公开工作报告如下`, 34 texts read) reads the report's name
  // short of 年度, and this is kept (a false warning at the measure by the gatherer's key).
  // 719–748 (held out, measured once on f3e5567, the fixes of 674–718 merged): flagged at the measure.
  '720-haian-jiaoxie-2019.txt': ['section-heading-mismatch:overview'],
  '721-zhejiang-gzw-2020.txt': ['report-is-cover-letter', 'section-heading-mismatch:overview'],
  '722-changchun-lyj-2020.txt': [
    'part-count-mismatch:meta',
    'report-name-garbled:meta',
    'section-heading-mismatch:overview',
    'section-heading-mismatch:proactive',
    // Read after the measure (a false warning there): `一、概述` tells only the 领导小组, its study
    // and its rules (`组长由局党组书记、局长刘宏担任…`), nothing of 主动公开, 依申请公开 or 政府信息管理.
    'overview-areas-missing',
  ],
  '723-changchun-xinqu-scjg-2020.txt': [
    'overview-areas-missing',
    't2-decisions-equal-items:coercion',
    // Since a fix of stop 35 after the measure of 719–748 (in MISSED before): 表二's `规章 |` / `|` /
    // `|` / `|` (and 规范性文件, 其他对外管理服务事项, 行政事业性收费, 政府集中采购 alike) beside
    // `行政许可 |` / `109 |` / `-3 |` / `44613 |`, every cell printed blank.
    'table-cells-printed-blank:t2',
    // Read since a fix of stop 35 after the measure of 749–778: 767's unmade choice
    // `2020年本行政区域(或本部门)政府信息公开发布总数量(非新闻类、消息类):2条 |` is printed here too, the
    // same slip, but as the last cell of 表二's run (`|` after it): the import keeps it in the table,
    // not in a text, and its gatherer took the row for the province's own (`不作改动表头`); not flagged.
  ],
  '724-shangyu-gaibei-2021.txt': [
    'date-characters-missing:meta',
    'report-name-garbled:meta',
    'section-heading-mismatch:overview',
  ],
  '725-songyang-dadongba-2021.txt': [
    'overview-areas-missing',
    'part-count-mismatch:meta',
    'section-heading-mismatch:overview',
    'section-heading-mismatch:proactive',
    // Since a fix of stop 35 after the measure of 719–748: `主动公开政府信息达18条,其中…
    // 法治政府工作报告6条,较好地完成了信息工作目标任务` (six kinds, 16).
    'parts-sum-mismatch:overview',
    // Since a fix of stop 35 after the measure of 719–748: the nameless text read as a town's by
    // `大东坝镇人民政府根据…要求`, its `汇总2021年度大东坝镇人民政府的…年度报告` no scope; `我镇共发文96件`.
    'government-scope-missing',
    // Since a fix of stop 38 after the measure of 1079–1108: `本年度报告根据…要求,汇总2021年度大东坝镇
    // 人民政府的政务公开年度报告编制而成`, a town's own report said summed from annual reports (a summary
    // report's wording; its gatherer wrote it as a slip, `像县级汇总报告的套话`; 1083's, in the same
    // words, as a problem): decided real.
    'template-text-left:meta',
  ],
  '735-jinan-shuanghe-2020.txt': [
    'report-name-garbled:meta',
    // Since a fix of stop 35 after the measure of 719–748: `…收到和处理政府信息公开申请情况、
    // 作被申请行政复议、提起行政诉讼情况…` (因政府信息公开工 lost).
    'phrase-garbled:meta',
  ],
  // Since a fix of stop 35 after the measure of 719–748: 表三's `(二)部分公开…`, `1.属于国家秘密` and
  // the rows below printed `|` / `|` / … every cell blank, where `(一)予以公开 |` / `18 |` fills the
  // 自然人 column: a count, 0 at least, left blank (as 723's 表二).
  '029-changchun-erdao-fwzs-2022.txt': ['table-cells-printed-blank:t3'],
  '747-hengnan-zfb-2022.txt': [
    'notice-citation-wrong:meta:2019-60',
    'report-name-garbled:meta',
    'date-characters-missing:overview',
    // Since a fix of stop 35 after the measure of 719–748: `全年累计公开各类文件21,其中…`
    // (件 lost).
    'count-unit-missing:overview',
  ],
  // Since a fix of stop 35 after the measure of 719–748: `(三)政府信息管理情况。` over
  // `主动及时转发市委、区委通告、动态等信息100余条,…主动发布2024年政府工作报告`.
  '732-benxi-xinming-2024.txt': ['overview-item-off-topic:overview'],
  // Since a fix of stop 35 after the measure of 719–748: `2023年度市外办接受自然人依申请公开
  // 事项0` (件 lost).
  '744-urumqi-wb-2023.txt': ['count-unit-missing:overview'],
  // Since a fix of stop 35 after the measure of 719–748: `全面贯彻党的二十大和二十届历次
  // 全会,` (精神 lost) and `《西藏自治区政府国资委监管企业负债人经营业绩考核办法(试行)》` (负责人),
  // said once.
  '745-xizang-gzw-2025.txt': ['phrase-garbled:overview'],
  // Since a fix of stop 35 after the measure of 719–748: the same shape in the corpus, each
  // written down as a slip by its gatherer, read as 732's: `(三)政府信息管理情况` over `政府信息公开平台建设中街道政府信息公开60条,其中社会
  // 保险12条…` (131) and over `…通过微信公众平台转发各类政策解读150余条,发布苏木信息简报269期` (189).
  '131-ganzhou-beijie-2025.txt': ['overview-item-off-topic:overview'],
  '189-ejina-wentugaole-2021.txt': ['overview-item-off-topic:overview'],
  // Since a fix of stop 35 after the measure of 719–748: `规范办理依申请公开事项2,所有事项
  // 均在规定时限办结答复` (件 lost; its gatherer wrote it down).
  '329-sichuan-wwj-2025.txt': ['count-unit-missing:overview'],
  '748-yueyang-city-2020.txt': ['report-name-garbled:meta'],
  // 719–748: flagged at the measure by meaning: the gatherer's key with another suffix or a near key
  // of the same slip (723's 行政强制 under its row's suffix; 730's, 734's scope without `:meta`; 731's
  // notice of the year before, written down with no key; 743's areas, its lost `（二）` said as a number
  // skipped, its `规范性文件` row under the row's official label; 747's `2022度` as a date's lost 年).
  '730-jiangning-2024.txt': ['government-scope-missing'],
  '731-hunnan-hunhezhandong-2024.txt': ['notice-citation-wrong:overview:report-notice-2023'],
  '734-zongyang-xiangpu-2020.txt': ['government-scope-missing'],
  '743-horgos-xingcheng-jd-2023.txt': [
    'overview-areas-missing',
    'subheading-number-skipped:overview',
    'table-header-changed:t2:行政规范性文件',
  ],
  // Since fixes of stop 35 after the measure of 719–748: 728's title read with the page's date after
  // it (`上海市杨浦区政府2022年…年度报告 2023-01-20`), and its text as a government's by `2022年,杨浦区
  // 政府坚持…`: `今年共发布10项重大决策` says nothing of whose.
  '728-yangpu-2022.txt': ['government-scope-missing'],
  // Since a fix of stop 35 after the measure of 719–748: the report named a 情况报告, presented as made
  // public: 729 `现发布省市场监管局2023年政府信息公开情况报告`; 090 `特向社会公布2025年连生乡人民政府政府
  // 信息公开工作情况报告` (written down by its gatherer, `“政府信息公开工作情况报告”不是格式的报告名称`).
  '729-heilongjiang-scjg-2023.txt': ['report-name-garbled:meta'],
  '090-suibin-liansheng-2025.txt': [
    'report-name-garbled:meta',
    // Since a fix of stop 49 after the measure of 1769–1813: `深入实施乡村战略` read (振兴 lost;
    // written down as a slip, `“深入实施乡村战略”（漏“振兴”）`).
    'phrase-garbled:overview',
  ],
  // Since a fix of stop 35 after the measure of 719–748: the short name after `本年度`: 737 `编制本年度政府
  // 信息公开报告`; 353 `制定本年度信息公开工作报告` (its gatherer: `名称少“政府”“年度”，标题完整，不算`;
  // counted as stop 31 decided the short names, and as 鸭园镇 2025's `制定…2025年度信息公开工作报告`).
  '737-changning-county-2019.txt': [
    'report-name-garbled:meta',
    // Since a fix of stop 35 after the measure of 719–748: `《云南省人民政府办公厅关于编制公布
    // 政府信息公开工作年度报告有关事项的通知》(〔2019〕—52号)`.
    'notice-citation-unknown:meta:broken-number',
  ],
  '353-fangchenggang-sjj-2024.txt': ['report-name-garbled:meta'],
  // 727 `现将2022年上海市人民政府参事室政府信息公开工作报告如下`: its gatherer read 报告 as the verb; the
  // corpus's decision of stop 34 (`现将本年度政府信息公开工作报告如下`, 34 texts read; 711 kept so) reads
  // the report's name short of 年度, and this is kept.
  '727-shanghai-css-2022.txt': ['report-name-garbled:meta'],
  // Since a fix of stop 35 after the measure of 719–748: `现制定《解放街2021年政府信息公开工作年度报告》`
  // under the title `四平市铁东区人民政府解放街道办事处2021年…`: 街道 cut to 街 in the report's own name.
  '726-siping-jiefang-2021.txt': ['agency-name-word-lost:meta'],
  // 749–778 (held out, measured once on 1b19e26, after every fix of 674–748): flagged at the measure.
  '749-xunwu-2019.txt': [
    'date-characters-missing:meta',
    'notice-citation-unknown:meta:broken-number',
  ],
  '751-cangshan-jinshan-2023.txt': [
    'notice-citation-wrong:meta:key-points-2022',
    // Since a fix of stop 35 after the measure of 749–778 (in MISSED before): `通过福州市仓山区人民政府网站门户网站
    // 二级页公开专栏`, 网站 written twice.
    'phrase-garbled:overview',
  ],
  '754-wuchuan-tangzhui-2024.txt': [
    'notice-citation-wrong:meta:2019-60',
    'part-count-mismatch:meta',
    // Warned at the measure, read since and decided real (stop 35, helper f7), as 435's `积极践行
    // 《政务信息公开规定》` was: `将实施《政府信息公开办法》与建设服务政府…相结合`, a rule's name with no
    // issuer that no rule in force has (its gatherer: old boilerplate from before the 条例).
    'notice-citation-unknown:overview:rule-name',
  ],
  '755-meixian-baidu-2024.txt': [
    'report-date-before-year-end',
    // Since a fix of stop 35 after the measure of 749–778 (in MISSED before): `加强政府信息资源的规范、标准化、信息化
    // 管理`, 规范化 without its 化.
    'phrase-garbled:overview',
  ],
  '758-zzgx-gouzhao-2021.txt': ['report-name-garbled:meta'],
  '759-xiaochang-2020.txt': [
    'date-characters-missing:meta',
    'date-characters-missing:title',
    // Since a fix of stop 36 after the measure of 779–808: `现予以公告报告全文总体情况主动公开政府信息情况、…等六部分组成`,
    // 由 lost (794's shape).
    'phrase-garbled:meta',
  ],
  '761-shiyan-jgswj-2020.txt': ['section-heading-mismatch:proactive'],
  '763-zhaohua-qingshui-2022.txt': [
    'phrase-garbled:overview',
    'government-scope-missing',
    // Since a fix of stop 35 after the measure of 749–778 (in MISSED before): `就业创业、安全生产、应急管理类信等`, 息 lost.
    'info-word-cut:overview',
  ],
  '766-hulan-mengjia-2020.txt': [
    'section-heading-mismatch:overview',
    // Warned at the measure, read since and decided real (stop 35, helper f7), as 669's was (大罗密镇
    // 2023): `政府信息工作有条不紊地开展着`, 政府信息公开工作 without 公开 (its gatherer saw the slip
    // and left it as wording).
    'phrase-garbled:overview',
    // Since a fix of stop 35 after the measure of 749–778 (in MISSED before): a 乡's preface `在总结
    // 我局2020年政府信息公开工作的基础上,编制此报告`, a 局's preface copied.
    'other-agency-in-text:meta',
    // Since a fix of stop 35 after the measure of 749–778 (in MISSED before): the preface defines
    // 新《条例》, 《通知》, 《办法》, the overview `严格按照《条例》、《规定》的要求`: 《规定》 never defined.
    'citation-abbreviation-mismatch:overview',
  ],
  // Since a fix of stop 35 after the measure of 749–778: the same short name never defined, written
  // down by their gatherers and not flagged before: 127 `继续执行《条例》和《规定》` (曲江区 2021), 146
  // `全面贯彻落实《条例》及《办法》精神` (高楼乡 2023, in its preface); 183 read now (青龙镇 2019, its
  // gatherer did not write it down): `贯彻落实《条例》《办法》和《任务分解表》要求`, only 《条例》 defined,
  // the same slip as 146's.
  '127-qujiang-hunan-2021.txt': ['citation-abbreviation-mismatch:overview'],
  '146-weishan-gaolou-2023.txt': ['citation-abbreviation-mismatch:meta'],
  '183-jianshui-qinglong-2019.txt': ['citation-abbreviation-mismatch:overview'],
  // Since a fix of stop 35 after the measure of 749–778 (in MISSED before): `请与洮北区东风乡人民办公室
  // 联系`, 政府 lost (its agency not read from the title, said as a phrase's slip).
  '768-taobei-dongfeng-2020.txt': ['phrase-garbled:meta'],
  '771-xian-changan-xczxj-2022.txt': ['part-count-mismatch:meta'],
  // Since a fix of stop 35 after the measure of 749–778 (in MISSED before): `建立健全主动公开和依法申请公开制度`
  // (法 put in) and `分管负责人具体抓,具办人员落实` (经办 written 具办).
  '750-rongjiang-jfj-2022.txt': ['phrase-garbled:overview'],
  // Since a fix of stop 35 after the measure of 749–778 (in MISSED before): `截至11月底,受理行政复议
  // 申请56件` in the report of 2020, a count not to the year's end.
  '760-xianning-sfj-2020.txt': ['statistics-period-mismatch:overview'],
  // Since a fix of stop 35 after the measure of 749–778 (in MISSED before): `做好法律、法规、规章和国家有关规定规定
  // 应当主动公开的其他政府信息`, 规定 written twice.
  '756-anqiu-zfb-2022.txt': ['phrase-garbled:overview'],
  // Since a fix of stop 35 after the measure of 749–778: the same slips, written down by their gatherers and not
  // flagged before: 055 `梳理了主动公开、依法申请公开、政府信息管理`, 471 `…国家有关规定规定应当主动公开
  // 的…`, 233 the same (a slip its gatherer did not write down, read now: the regulation's words with
  // 规定 twice).
  '055-changchun-changtong-2024.txt': ['phrase-garbled:overview'],
  '471-xixiu-huangla-2021.txt': ['phrase-garbled:overview'],
  '233-shangzhi-maoershan-2020.txt': ['phrase-garbled:overview'],
  '772-shangzhi-wjj-2022.txt': ['notice-citation-unknown:meta:title-2021-30'],
  '773-sanyuan-jyj-2023.txt': ['section-heading-mismatch:overview'],
  // Since a fix of stop 35 after the measure of 749–778 (in MISSED before): `有力有序做好2023年度教育局
  // 政府信息公开工作` in 洪洞县教育科技局's report, 科技 lost.
  // Since a fix of stop 35 after the measure of 749–778 (in MISSED before): `严格执行保密审查机制、
  // 竞争性审查机制`, the review is 公平竞争审查.
  '774-hongtong-jkj-2023.txt': ['agency-name-word-lost:overview', 'phrase-garbled:overview'],
  // 749–778: flagged at the measure by meaning: the gatherer's key with another suffix (759's title
  // year without 年, said for the title too; 763's scope; 767's areas).
  // Since a fix of stop 35 after the measure of 749–778 (in MISSED before): `2020年本行政区域(或本部门)
  // 政府信息公开发布总数量(非新闻类、消息类):0` after 表二, the template's choice left unmade.
  '767-changbai-changbaizhen-2020.txt': ['overview-areas-missing', 'template-text-left:proactive'],
  // 749–778: warned at the measure, read since and decided real (stop 35, helper f7), as the corpus
  // decided the shape before (PROACTIVE_UNCOUNTED_READ, 406's, 423's): `(一)主动公开情况` read whole
  // (`认真做好“质量监督、食品药品安全、知识产权”等法定主动公开栏目的更新及维护;…主动公开市场准入负面
  // 清单…`), the kinds and the work told, no count; 表二 (2021) gives none either.
  '770-huludao-scjg-2021.txt': ['proactive-count-missing:overview'],
  // 749–778: warned at the measure, read since and decided real (stop 35, helper f7), as the corpus
  // decided before: the region as the subject of its count says nothing of whose the figures are (645's
  // `我区共处理依申请公开政府信息81件`); `2023年,重庆市铜梁区坚持以习近平新时代中国特色社会主义思想为指导,
  // …全年主动公开政府信息38772条`: 本级 or the whole district, unsaid.
  '775-tongliang-district-2023.txt': ['government-scope-missing'],
  // A town's counts given by the site they went on (565's `全年累计在政府门户网站更新发布信息11条`):
  // `2024年阿拉善高新技术产业开发区门户网站46条`, `“阿拉善左旗巴彦木仁苏木人民政府”微信公众号推送信息
  // 240篇`: the 苏木 government's own or the whole 苏木's (its 嘎查 and stations), unsaid.
  '777-alxa-bayanmuren-2024.txt': ['government-scope-missing'],
  // 779–808 (measured at once on d9876ea): flagged at the measure.
  '779-shengsi-shengshan-2022.txt': ['report-name-garbled:meta', 'government-scope-missing'],
  '780-yongjia-jiekeng-2022.txt': [
    'notice-citation-unknown:meta:title-2021-30',
    'report-name-garbled:meta',
  ],
  '782-nantong-tongzhou-sjj-2023.txt': [
    'notice-citation-wrong:overview:key-points-2022',
    // Since a fix of stop 36 after the measure of 779–808: `…编制了2023年1月1日起至2023年12月31日期间的政府信息公开年度
    // 报告` as the first sentence under `一、总体情况`, no preface above it; the name lacks 工作.
    'section-heading-mismatch:overview',
    'report-name-garbled:overview',
  ],
  '784-wuhu-sjzyj-2019.txt': [
    'report-name-garbled:meta',
    // Since a fix of stop 36 after the measure of 779–808: `2019年,局认真学习贯彻…` (我 lost) and
    // `《芜湖市政务公开办公室关于印发2019年政务公开重点工作任务分工通知》` (的 lost), one finding.
    'phrase-garbled:overview',
  ],
  '786-anhua-gaoming-2021.txt': [
    'report-name-garbled:meta',
    // Since a fix of stop 36 after the measure of 779–808: `一、强化组织保障` `二、及时主动公开` `三、完善配套设施` under
    // `一、总体情况`.
    'subheading-number-repeated:overview',
  ],
  '789-guizhou-wjw-2022.txt': ['part-count-mismatch:meta'],
  '790-liping-defeng-2019.txt': ['parts-sum-mismatch:overview'],
  '792-nanhua-county-2022.txt': [
    'parts-sum-mismatch:overview',
    // Since a fix of stop 36 after the measure of 779–808: `制定下发《南华县贯彻落实2022年楚雄州政务
    // 公开工作要点任务清单的通知》`, no 关于印发 and no issuer.
    'notice-title-incomplete:overview',
  ],
  '793-laibin-wjw-2023.txt': ['parts-sum-mismatch:overview'],
  '794-danzhou-zfb-2023.txt': [
    'date-characters-missing:meta',
    // Since a fix of stop 36 after the measure of 779–808: `更好地发挥以公开促落实、强监管,不断提升…`
    // (作用 lost) and `清理废止规范性文3份` (件 lost), one finding.
    'phrase-garbled:overview',
    // Since a fix of stop 36 after the measure of 779–808: `本报告总体情况、主动公开政府信息情况、…等6部分内容组成`, 由 lost.
    'phrase-garbled:meta',
  ],
  '796-ningxian-wjj-2023.txt': [
    'part-count-mismatch:meta',
    // Since a fix of stop 36 after the measure of 779–808: `(二)政务新媒公开方面` (体 lost).
    'phrase-garbled:overview',
  ],
  // Since a fix of stop 36 after the measure of 779–808: `(一)政府主动信息公开` (政府信息主动公开).
  '788-hunan-sthjt-2024.txt': ['overview-subheading-garbled:overview'],
  // Since a fix of stop 36 after the measure of 779–808, warned anew and read: 784's shape, the
  // subject's 我 lost (`1、强化组织领导。委高度重视政府信息公开工作`, 荣昌区商务委员会 2019); 794's
  // shape, 发挥 without its role (`充分发挥以公开促落实、以公开强监管,全面提升工作质效`, 凤岗镇 2023,
  // its gatherer noted `缺“作用”` among the slips).
  '278-rongchang-swj-2019.txt': ['phrase-garbled:overview'],
  '467-ganzhou-jkq-fenggang-2023.txt': ['phrase-garbled:overview'],
  '800-hongqiao-zfb-2022.txt': [
    'report-name-garbled:meta',
    // Since a fix of stop 36 after the measure of 779–808: `因政府信息公开工作被行政复议和提起行政诉讼情况`, 申请 lost.
    'phrase-garbled:meta',
  ],
  // Since a fix of stop 36 after the measure of 779–808: `报告内容主要由六部分组成,分别为总体情况、主动公开、依申请公开、
  // 政府信息管理、政府信息公开平台建设、监督保障`: the overview's areas listed as the six parts.
  // Since a fix of stop 38 after the measure of 1019–1048: `新宁镇通过政府网站主动公开各类信息36条`,
  // nothing said of whose (`聚焦全镇经济社会发展` the town's aim, no scope; 1015's `根德乡通过…公开各类
  // 信息26条`).
  '797-ningxian-xinning-2024.txt': ['part-count-mismatch:meta', 'government-scope-missing'],
  // Since a fix of stop 36 after the measure of 779–808: 红桥区 2023's preface lists the same `因政府信息公开工作被行政复议和
  // 提起行政诉讼情况` as 800 (its gatherer said nothing; 申请 lost as in 800, written down there).
  '026-hongqiao-2023.txt': ['phrase-garbled:meta'],
  '801-zhumadian-zfb-2022.txt': ['section-heading-mismatch:overview'],
  '802-yecheng-county-2021.txt': [
    'report-name-garbled:meta',
    'government-scope-missing',
    // Since a fix of stop 36 after the measure of 779–808: `全年答复申请4件,未答复1件,属于三类内部事务
    // 信息`, a request left without the answer every request is owed.
    'requests-unanswered:overview',
  ],
  // 779–808: flagged at the measure by meaning (the gatherer wrote the scope's key with a section):
  '785-baoshan-miaohang-2024.txt': ['government-scope-missing'],
  // 779–808: warned at the measure, not written down, read by the lead and decided real as the corpus
  // decided the shape before: 779's town counts (`通过政府门户网站主动公开各类信息269余件`, `共受理依申请公开0件`)
  // and 802's county counts (`叶城县…公开各类信息1541条`), 本级 or the whole area unsaid (777's, 775's);
  // 787's `主动公开信息14759条,其中,概况类信息4条,政务动态信息2770条,信息公开目录信息254条` (3,028, no 等: the
  // shape its gatherer's neighbour wrote down for 792); 795's `现将我室2022年度信息公开工作情况报告如下` under
  // 一、总体情况 with no preface above it (782's shape); 807's `(一)主动公开情况` with kinds and no count (770's).
  '787-miluo-city-2024.txt': [
    'parts-sum-mismatch:overview',
    // Since a fix of stop 42 after the measure of 1334–1348: `2024年市政府门户网站主动公开信息14759条`,
    // 市本级 or 全市 unsaid; `2024年,全市共收到依申请公开政府信息38件` says the requests' scope only (as 1346's).
    'government-scope-missing',
  ],
  '795-haikou-yjs-2022.txt': ['section-heading-mismatch:overview'],
  '807-hebeiqu-xinkaihe-2025.txt': ['proactive-count-missing:overview'],
  // Since a fix of stop 36 after the measure of 779–808 (notice-title-incomplete): a notice cited by
  // the issued document's name with `的通知` run on, 关于印发 lost, the shape 792's, 762's and 765's
  // gatherers wrote down as a problem and 458's, 572's and 739's as a slip; 622's and 680's, written
  // down neither way, read and decided real (the notices' titles are `…关于切实做好…的通知`, `…关于印发
  // …若干措施的通知`).
  // `《四川省2019年政务公开工作要点的通知》(川办发〔2019〕32号)`.
  '762-sichuan-jjhzj-2019.txt': ['notice-title-incomplete:meta'],
  // `按照《河北省政府信息公开申请办理规范的通知》要求`.
  '765-xushui-zfb-2020.txt': ['notice-title-incomplete:overview'],
  // `按照《银川市2019年政务公开工作要点的通知》要求` (a slip: `名称写法不当`).
  '739-yinchuan-wxj-2019.txt': ['notice-title-incomplete:overview'],
  // `相继公开…《切实做好2024年度长安区10件民生实事相关工作的通知》`.
  '622-shijiazhuang-changan-2024.txt': ['notice-title-incomplete:overview'],
  // `公开了《进一步优化营商环境降低市场主体制度性交易成本的若干措施的通知》`.
  '680-luancheng-district-2023.txt': ['notice-title-incomplete:overview'],
  // 809–838 (measured at once on 414aa53): flagged at the measure.
  '809-xicheng-fgw-2021.txt': [
    'part-count-mismatch:meta',
    // Since a fix of stop 36 after the measure of 809–838: `由西城区发展和改革委员会编。` (编制, 制 lost).
    'phrase-garbled:meta',
    // Since a fix of stop 36 after the measure of 809–838: the 区发改委's preface `全文包括北京市政府
    // 信息和政务公开2021年度重点工作情况、主动公开…`, the city's work listed as the report's first part.
    'agency-scope-above-level:meta',
  ],
  '812-shanhaiguan-nanguan-2024.txt': ['section-heading-mismatch:overview'],
  '820-lushan-jiaotang-2022.txt': [
    'section-heading-mismatch:overview',
    // Since a fix of stop 36 after the measure of 809–838: `2022年公开政府信息250余条,工作动态91条、…`,
    // 本级 or the whole 镇 never said; its `政务公开工作资料的收集、汇总` had been read as a scope word.
    'government-scope-missing',
  ],
  '824-hengshan-xzsd-2020.txt': [
    'report-name-garbled:meta',
    // Since a fix of stop 36 after the measure of 809–838: a 县政府直属事业机构's `继续对县党政门户网站
    // 加强管理` (the county portal run as its own work).
    'agency-scope-above-level:overview',
  ],
  '829-minqin-donghu-2023.txt': [
    'date-characters-missing:meta',
    'notice-citation-unknown:overview:regulation-name',
    'overview-subheading-garbled:overview',
    'government-scope-missing',
    // Since a fix of stop 36 after the measure of 809–838: `2023年,我在政务公开工作中` (我镇, 镇 lost).
    'phrase-garbled:overview',
    // Since a fix of stop 36 after the measure of 809–838: `和《民勤县2023年政务公开工作实施方案要求,
    // 现发布《…年度报告》。`, the first 《 never closed.
    'text-bracket-unclosed:meta',
    // Since a fix of stop 36 after the measure of 809–838: `政府信息管理情况` alone on its line between
    // `)依申请公开情况` and `)平台建设情况`, its `(三)` lost.
    'subheading-number-missing:overview',
  ],
  '834-binjiang-changhe-2020.txt': ['report-name-garbled:meta'],
  '835-dafeng-district-2020.txt': ['part-count-mismatch:meta'],
  '836-yiyuan-xili-2024.txt': [
    'date-characters-missing:overview',
    'government-scope-missing',
    // Since a fix of stop 36 after the measure of 809–838: `及时更新《[具体地名]镇人民政府2024年度信息
    // 公开指南》`, the template's placeholder left in.
    'template-text-left:overview',
  ],
  // Since a fix of stop 36 after the measure of 809–838: a 镇's `紧紧围绕县委、县政府中心工作以及社会公众关切的
  // 医保热点和焦点问题` (a 医保局's wording).
  '831-luquan-wudongde-2022.txt': [
    'other-line-of-work:overview',
    // Since a fix of stop 36 after the measure of 809–838: `如对本报告有任何疑问,请于禄劝彝族苗族自治县乌东德镇
    // 人民政府办公室联系` (请与…联系, 与 miswritten 于).
    'phrase-garbled:meta',
  ],
  // Since a fix of stop 36 after the measure of 809–838: the title `重庆市大足区人民政府外事办公室政府
  // 信息公开工作2022年度报告`, its year inside the report's name (the preface names it no other way).
  '828-dazu-wb-2022.txt': ['report-name-garbled:meta'],
  '838-chuzhou-sthjj-2019.txt': [
    'notice-citation-unknown:meta:title-2019-60',
    'notice-citation-unknown:meta:国办公开函-2019-60',
  ],
  // 809–838: flagged at the measure by meaning (a near key, or the gatherer's key with another suffix):
  '811-dingzhou-kfq-2020.txt': [
    'overview-areas-missing',
    // Since a fix of stop 36 after the measure of 809–838: `报告可在定州市人民政府门户(http://www.dzs.gov.cn)
    // 下载` (门户网站, 网站 lost).
    'phrase-garbled:meta',
  ],
  // 809–838: warned at the measure, not written down, read by the lead and decided real as the corpus
  // decided the shape before: 825's `我镇在隆昌市政府门户网站主动公开政府信息269条` (本级 or the whole 镇
  // unsaid, 777's and 779's); 815's `特向社会公布2021年吉林省审计厅政府信息公开年度报告` (工作 lost, 780's).
  '825-longchang-purun-2021.txt': ['government-scope-missing'],
  '815-jilin-sjt-2021.txt': ['report-name-garbled:meta'],
  // Since a fix of stop 36 after the measure of 809–838: `把政务公开工作摆上重要议事日程,我政务公开、优化
  // 服务环境工作正在有序推进` (我局, 局 lost).
  '814-mulan-fgj-2022.txt': ['phrase-garbled:overview'],
  // Since a fix of stop 36 after the measure of 809–838: `明确由秘书科具体负责政务工作日常工作的组织、协调`
  // (政务公开, 公开 lost).
  '819-yichun-gxj-2021.txt': ['phrase-garbled:overview'],
  // Since a fix of stop 36 after the measure of 809–838, warned anew and read: 814's and 829's shape,
  // 我 speaking for the body with its kind lost, each written down by its gatherer as a problem
  // (`缺“镇”`, `缺“乡”`, `缺“旗”`, `缺“处”`, `缺“局”`): `2019年,我共制发公文类政府信息64件` (琼海市大路镇
  // 2019), `2021年,我定期发布有关文件规定` (泉州台商投资区百崎回族乡 2021), `我持续畅通依申请公开受理渠道` (科右前旗
  // 2025), `我通过政府门户网站主动向社会公布执法` (东湖风景区海事处 2023), `对此,我在下阶段将继续…` (平潭
  // 自然资源局 2020).
  '049-qionghai-dalu-2019.txt': ['phrase-garbled:overview'],
  '169-quanzhou-baiqi-2021.txt': ['phrase-garbled:overview'],
  '307-kyqq-banner-2025.txt': ['phrase-garbled:overview'],
  '336-donghu-hsc-2023.txt': ['phrase-garbled:overview'],
  // Since a fix of stop 36 after the measure of 869–898: its overview's `二是突出重点领域信息公开。一是把
  // 公共资源配置领域…二是把环境保护领域…` between the paragraphs `一是…` and `三是…`, two levels numbered
  // alike as 897's (decided real as the gatherer decided 897).
  '025-pingtan-zrzyj-2020.html': ['phrase-garbled:problems', 'subheading-number-repeated:overview'],
  // 839–868 (measured at once on f9766a8): flagged at the measure.
  '839-hengdong-yanglin-2023.txt': [
    'format-year-mismatch',
    'report-date-after-deadline',
    'report-name-garbled:meta',
    'table-cells-printed-blank:t2',
    'overview-areas-missing',
    't2-regulations-by-township',
  ],
  '840-xinye-hanhua-2022.txt': [
    'section-heading-mismatch:overview',
    'part-count-mismatch:overview',
  ],
  '841-hongshan-tianxing-2025.txt': [
    'report-name-garbled:meta',
    'report-name-garbled:overview',
    'government-scope-missing',
    // Since a fix of stop 36 after the measure of 839–868: `未收到依申请政府信息公开来信、来电、来访和
    // 投诉`, then `2025年共收到依申请公开2件`.
    'zero-requests-answered:overview',
  ],
  '844-huangpi-wuhu-2020.txt': [
    'part-count-mismatch:meta',
    'section-heading-mismatch:proactive',
    'overview-areas-missing',
    // Since a fix of stop 36 after the measure of 839–868: 表二 `规范性文件 | 47 | 0 | 0`, a 街道's
    // 47 documents made this year and none published, this year nor in all.
    't2-made-unpublished:normativeDocuments',
  ],
  '845-chibi-chimagang-2020.txt': [
    'report-name-garbled:meta',
    // Since a fix of stop 36 after the measure of 839–868 (in MISSED before): `党务政务共公开栏更新发布12期`.
    'phrase-garbled:overview',
  ],
  '846-zongyang-wjw-2024.txt': [
    'phrase-garbled:overview',
    'subheading-bracket-missing:overview',
    // Since a fix of stop 36 after the measure of 839–868: `本年度共受理依申请公开0.`, no unit, a Latin
    // full stop ending the paragraph.
    'count-unit-missing:overview',
  ],
  '847-yongan-wjj-2024.txt': [
    'notice-citation-wrong:meta:2019-60',
    'report-name-garbled:meta',
    'phrase-garbled:meta',
    // Since a fix of stop 36 after the measure of 839–868: `依申请公开信息数6条,占比20%`, then
    // `2024年未受理依申请公开信息申请`.
    'zero-requests-answered:overview',
  ],
  '848-wendeng-scjgj-2021.txt': ['report-name-garbled:meta'],
  '849-qiannan-wsjkj-2020.txt': [
    'date-characters-missing:meta',
    'notice-citation-unknown:meta:broken-number',
    'report-name-garbled:meta',
    // Since a fix of stop 36 after the measure of 839–868: `共主动公开政府信息数1843条,其中` 471 + 136 +
    // 1064 + `通过报纸、电视台等媒体进行公开131条` = 1802.
    'parts-sum-mismatch:overview',
  ],
  '850-derong-wsjkj-2019.txt': [
    'overview-areas-missing',
    // Since a fix of stop 36 after the measure of 839–868 (in MISSED before): `及时成立县卫健局信息公开领导小组员,
    // 由局长任组长`.
    'phrase-garbled:overview',
    // Since a fix of stop 36 after the measure of 839–868: 表二 `行政许可 |` / `0 |` / `|` / `0 |`
    // (and 其他对外管理服务事项, 行政处罚, 行政强制, 行政事业性收费): 本年增/减 printed blank.
    'table-cells-printed-blank:t2',
  ],
  // Since a fix of stop 36 after the measure of 839–868 (in MISSED before): `加强政府与社会公众之间的沟通的交流`,
  // `根据《临夏州2019年政务公开工作要点》政府信息公开工作。` (the verb lost), one finding.
  '851-kangle-county-2019.txt': ['phrase-garbled:overview'],
  '855-xuanwei-luoshui-2024.txt': [
    'report-date-after-deadline',
    'government-scope-missing',
    // Since a fix of stop 36 after the measure of 839–868 (in MISSED before): the preface's `编制落水镇单位2024年
    // 政府信息公开工作年度报告`, the template's `××单位` kept after the name.
    'template-text-left:meta',
  ],
  '856-xiashan-haibin-2023.txt': [
    // Since a fix of stop 36 after the measure of 839–868 (in MISSED before): `财政预结算1篇`.
    'phrase-garbled:overview',
    'overview-areas-missing',
    't2-valid-below-net:normativeDocuments',
    // Since a fix of stop 36 after the measure of 839–868: 表二's header `现在行有效件数`, a stray 在.
    'table-header-changed:t2:现行有效件数',
  ],
  '857-tianshan-zwfwj-2022.txt': [
    'report-name-garbled:meta',
    // Since a fix of stop 36 after the measure of 839–868 (in MISSED before): `扎实推动政务政府信息公开工作提质增效`.
    'phrase-garbled:overview',
  ],
  '859-shangdu-maodu-2022.txt': ['report-name-garbled:meta'],
  '861-yanggao-county-2020.txt': [
    'part-count-mismatch:meta',
    // Since a fix of stop 36 after the measure of 839–868 (in MISSED before): `编制了25个试点领域基层政务公开事项
    // 标准目,建立了…`.
    'phrase-garbled:overview',
  ],
  // Since a fix of stop 36 after the measure of 839–868: a county office's `全年办理市本级依申请公开事项
  // 14件`, and `切实做好县政府规章及现行有效行政规范性文件的发布` (its level read from `2024年,昌图县人民
  // 政府办公室坚持…`, no name read from its title).
  '862-changtu-zfb-2024.txt': ['other-unit-subject:overview', 'regulations-below-level:overview'],
  '863-mulan-sjj-2021.txt': [
    'notice-citation-unknown:meta:title-2021-30',
    'citation-abbreviation-mismatch:overview',
  ],
  '864-dongcheng-fgw-2021.txt': ['proactive-count-missing:overview'],
  // Since a fix of stop 36 after the measure of 839–868, read and decided real as the corpus decided
  // offices (500 `市政府门户网站全年更新各类政府信息10704条`, 239; GOVERNMENT_SCOPE_DECIDED): 石家庄市
  // 人民政府办公室 gives `全年通过市政府网站共公开各类政府信息13679条`, `共编发微博微信稿件3295篇`,
  // `编发市政府公报12期` with nothing said of whether they are the office's, the government's or the city's.
  '866-shijiazhuang-zfb-2022.txt': ['government-scope-missing'],
  // 839–868: flagged at the measure by meaning (a near key, or the gatherer's key with another suffix):
  '860-baodi-dazhongzhuang-2019.txt': ['overview-areas-missing', 'government-scope-missing'],
  '865-baicheng-nyncj-2024.txt': ['overview-areas-missing', 'statistics-period-mismatch:meta'],
  '868-keyouzhongqi-harinuoer-2025.txt': ['government-scope-missing'],
  // 839–868: warned at the measure, not written down, read by the lead and decided real as the corpus
  // decided the shape before. A town's counts with neither 本级 nor the whole town said (777's, 779's,
  // 825's; the gatherers passed them over where a portal is named): 841 `通过区政府门户网站…`, 853
  // `大村镇累计公开政府信息427条`, 854 `龙安镇主动公开政府信息共计145条`, 855 `…主动公开政府信息80余条`. 841's
  // `就我乡本年度政府信息公开工作报告如下` (the short name of stop 34's decision, 727's). 844's overview shown
  // whole (two paragraphs before `二、`) with no 依申请公开, 政府信息管理 or 监督保障 (the areas' rule). 847's
  // `市政府门户(http://www.ya.gov.cn/)下载` (811's, written down there). 854's `《…关于印发中华人民共和国政府
  // 信息公开工作年度报告格式》的通知` (the name cut by a misplaced 》). 863's `按照新《条例》和《办法》`, 《办法》
  // never defined where the preface defines 《条例》 (766's). 865's `所列数据截止日期为2024年12月31日`, no period's
  // start (the period's rule).
  '853-gulin-dacun-2024.txt': ['government-scope-missing'],
  '854-pingwu-longan-2024.txt': [
    'notice-citation-unknown:meta:title-2021-30',
    'government-scope-missing',
  ],
  // 869–898 (measured at once on d610da1): flagged at the measure.
  '869-yixing-guanlin-2021.txt': ['section-heading-mismatch:overview'],
  '870-xiaoshan-fgj-2022.txt': ['section-heading-mismatch:overview'],
  '871-tianchang-yongfeng-2021.txt': ['date-characters-missing:meta', 'government-scope-missing'],
  '874-shandong-dsjj-2025.txt': [
    'date-characters-missing:meta',
    'proactive-count-missing:overview',
  ],
  '875-anyang-gaozhuang-2024.txt': ['proactive-count-missing:overview'],
  '877-xiangyin-lyj-2025.txt': [
    'report-name-garbled:meta',
    'section-heading-mismatch:overview',
    'report-name-garbled:overview',
  ],
  '878-haizhu-jiangnanzhong-2020.txt': [
    'report-name-garbled:meta',
    'overview-areas-missing',
    // Warned at the measure and decided real since (stop 36): 2019's 采购总金额 written `240万元`, the
    // unit other than the template's 元 that the lead's decision of 2026-12-01 warns about (084's block:
    // 003, 024, 025, 047, 071, 084 and 402 the same cell); not warning it was tried by helper f11 and
    // would silence all eight.
    'money-unit-mismatch:t2.centralProcurement.amount',
  ],
  '879-lizhou-hexi-2019.txt': ['report-name-garbled:meta', 'overview-areas-missing'],
  '880-weiyang-daminggong-2020.txt': [
    'report-name-garbled:meta',
    'subheading-number-repeated:overview',
  ],
  '881-zhuoni-county-2020.txt': [
    'section-heading-mismatch:overview',
    // Since a fix of stop 36 after the measure of 869–898: `现将社会公开《卓尼县人民政府2020年度…》`.
    'phrase-garbled:meta',
  ],
  '883-rongchang-zstzcjj-2021.txt': [
    'proactive-count-missing:overview',
    'section-heading-mismatch:overview',
    // Since a fix of stop 36 after the measure of 869–898: `(三)政府信息管理。` / `…落实有人干。二是各科室
    // 协同配合,…` with no 一是 before it.
    'subheading-first-missing:overview',
  ],
  '885-dazhu-sihe-2023.txt': ['government-scope-missing'],
  '886-xinjiang-qxj-2024.txt': [
    'notice-citation-wrong:meta:2019-60',
    'part-count-mismatch:meta',
    // Since a fix of stop 36 after the measure of 869–898: `《国务院办公厅政府信息与政务公开办公室关于
    // 工作年度报告有关事项的通知》`, 政府信息公开 lost from the 2019 notice's title.
    'notice-citation-unknown:meta:title-2019-60',
  ],
  '891-hongqiao-2021.txt': ['government-scope-missing', 'report-name-garbled:meta'],
  '893-xilinguole-kjj-2023.txt': [
    'notice-citation-wrong:meta:2019-60',
    'part-count-mismatch:meta',
    'notice-citation-unknown:meta:title-2019-60',
    // Since a fix of stop 36 after the measure of 869–898: `政府公开信息公开报告、党建等其他信息6项`.
    'phrase-garbled:overview',
  ],
  '894-beipiao-changgao-2024.txt': ['government-scope-missing', 'report-name-garbled:meta'],
  '895-beipiao-taiji-2022.txt': [
    'section-heading-mismatch:overview',
    'report-name-garbled:overview',
    // Since a fix of stop 36 after the measure of 869–898: `民政,财物等相关站办所`, 财务 written 财物.
    'phrase-garbled:overview',
    // Since a fix of stop 42 after the measure of 1334–1348: `通过北票市政府网站审核上传的政务公开重点工作专栏
    // 信息31条`, 镇本级 or 全镇 unsaid; `全镇全年收到政府信息依申请公开0件` says the requests' scope only (as
    // 1346's).
    'government-scope-missing',
  ],
  // Since a fix of stop 36 after the measure of 869–898: `建设完善政府网站“全面推行基层政务标准化规范化”
  // 专题专栏`, 公开 lost from the fixed phrase.
  // (872's entry below.)
  // Since a fix of stop 36 after the measure of 869–898: `《国务院办公厅关于印发2022年政务公开工作要点的
  // 通知》(国办发〔2022〕8)要求`, the number's 号 lost.
  // (884's entry below.)
  // Since a fix of stop 36 after the measure of 869–898, read and decided real (893's shape, 公开
  // written twice around 政府公开信息): 321 `具体包括镇政府公开信息公开年报1条`, 537 `落实专人负责政府
  // 公开信息公开平台日常管理维护`.
  '321-longyou-hengshan-2023.txt': ['phrase-garbled:overview'],
  '537-qinbei-lyj-2023.txt': ['phrase-garbled:overview'],
  // 869–898: flagged at the measure by meaning (a near key, the gatherer's key with another suffix, or
  // null where a check fits; 874's item without its count is the item off its topic written down;
  // 877's lead-in name under 一、总体情况 and 893's 《条例》 given 〔2019〕60号 are second findings of problems
  // written down):
  '882-heqing-zfb-2021.txt': ['region-figures-in-unit-report:overview'],
  '890-xicheng-shichahai-2022.txt': ['part-count-mismatch:meta'],
  '896-zhenlai-county-2022.txt': ['phrase-garbled:overview'],
  // Since a fix of stop 36 after the measure of 869–898: `一是强化组织领导,完善各项工作机制。…一是加强组织
  // 领导。…二是规范公开内容。…` / `二是严格落实督促检查。…`, two levels numbered 一是/二是 alike.
  '897-dehui-guojia-2022.txt': ['subheading-number-repeated:overview'],
  // Since stop 36 (the importer reads the agency its preface names, `现将淞南镇2020年政府信息公开工作报告如下`):
  // `2020年淞南镇主动公开信息101条`, the town as the count's subject, 本级 or the whole town unsaid (775's).
  '316-baoshan-songnan-2020.txt': ['government-scope-missing'],
  // 869–898: warned at the measure, not written down, read by the lead and decided real as the corpus
  // decided the shape before: 883's `现将我局2021年政务公开工作情况报告如下` under 一、总体情况 with no preface
  // above it (795's); 894's `现公布北票市长皋乡人民政府2024年度政府信息公开工作报告` (年度 lost, 848's); 895's
  // `现将我镇2022年政府信息公开工作报告如下` (stop 34's short name, 727's).
  // Since a fix of stop 36 after the measure of 869–898: `2023年我办公开规范性文件20件(今年制发20件,补发
  // 之前文件126件)`, the bracket's parts 146 of 20 (a bracket after a count read without `其中`).
  '872-changle-zfb-2023.txt': ['parts-sum-mismatch:overview', 'phrase-garbled:overview'],
  // Since a fix of stop 36 after the measure of 869–898: `现公布黄平县2022年政府信息公开工作年度报告`, a
  // county government's report, `全年发布重点领域信息926余条` with only `黄平县` as subject (its `紧紧围绕
  // 全县工作中心` the work's centre, no scope).
  '884-huangping-county-2022.txt': [
    'government-scope-missing',
    'notice-citation-unknown:overview:broken-number',
  ],
  // 899–928 (measured at once on 3dc1197): flagged at the measure.
  '904-fengxin-dongfeng-2024.txt': [
    'notice-citation-wrong:overview:2019-60',
    // Since a fix of stop 37 after the measure of 899–928: `本报告内容包括总体情况、主动公开政府信息
    // 情况、依申请公开政府信息情况、收到和处理政府信息公开申请情况、…等`, seven items, no number said.
    'part-count-mismatch:meta',
  ],
  '905-poyang-county-2024.txt': ['government-scope-missing'],
  '906-huadu-timian-2024.txt': ['government-scope-missing', 'parts-sum-mismatch:overview'],
  '907-lixia-yanshan-2025.txt': ['notice-citation-wrong:meta:2019-60'],
  '909-pingwu-muzuo-2023.txt': [
    'government-scope-missing',
    'notice-citation-unknown:meta:title-2021-30',
  ],
  '911-zhengning-qiutou-2022.txt': ['part-count-mismatch:meta'],
  '913-longtian-2021.txt': ['format-year-mismatch', 'government-scope-missing'],
  '914-pingli-zhengyang-2021.txt': [
    'format-year-mismatch',
    'government-scope-missing',
    'overview-areas-missing',
    'phrase-garbled:overview',
    // Since a fix of stop 37 after the measure of 899–928: no preface, `现将我镇2021年政府信息公开
    // 工作总结如下` under `一、总体情况`.
    'section-heading-mismatch:overview',
  ],
  '915-bohu-wjw-2019.txt': ['overview-areas-missing'],
  '917-tongliang-swj-2022.txt': ['section-heading-mismatch:overview'],
  '921-qianan-dawuli-2020.txt': ['government-scope-missing', 'overview-areas-missing'],
  '922-qinyuan-guodao-2021.txt': ['government-scope-missing', 'overview-areas-missing'],
  '923-ejina-saihantaolai-2022.txt': ['government-scope-missing'],
  '924-haicheng-xisi-2025.txt': [
    'government-scope-missing',
    // Since a fix of stop 37 after the measure of 899–928: `我镇共制定规范性文件0件,废止规范性文件0件,
    // 现行有效的规范性文件。`, the last count's number lost.
    'count-number-missing:overview',
    // Decided at stop 37 (in MISSED before): `(四)政府信息平台建设`, 公开 lost (a heading short of
    // characters is a problem, the gatherers' rule).
    'overview-subheading-garbled:overview',
  ],
  '925-shulan-chaoyang-2023.txt': [
    'date-characters-missing:meta',
    'government-scope-missing',
    'township-scope-above-level:overview',
    // Since a fix of stop 37 after the measure of 899–928: `成立…朝阳镇息公开工作领导小组`, 政府信 lost.
    'phrase-garbled:overview',
  ],
  // Since a fix of stop 37 after the measure of 899–928: 899's preface `本报告的电子版本可在宿城区人民政府
  // 网站中扬镇人民政府板块(http://…)。`, its verb lost; 902's `积极运用政府微博、微信、移动客户等新技术和
  // 新媒体`, 端 lost; 926's preface `本年度报告内容可通过可以通过哈尔滨市人民政府门户网站…查阅`.
  '899-suqian-zhongyang-2022.txt': ['phrase-garbled:meta'],
  '902-fuzhou-dsjw-2019.txt': ['phrase-garbled:overview'],
  '926-wuchang-zrzyj-2024.txt': ['phrase-garbled:meta'],
  // 899–928, warned at the measure and read: 909's cited title `《…关于印发中华人民共和国政府信息公开工作年度报告格式》` lacks its 〈〉 and 的通知
  // (real); 912's address `平塘县大塘镇大塘人民政府` names the town's government with 镇 lost (real); 921's and 922's overviews
  // lack areas, as the gatherer wrote, the key without its section suffix.
  '912-pingtang-datang-2020.txt': [
    'agency-name-word-lost:meta',
    // Since a fix of stop 37 after the measure of 899–928 (in MISSED before): the town's
    // `全年主动公开政府信息共计127条` with nothing said of 本级 or 全镇 (`负责全镇的政府信息公`, cut, is work).
    'government-scope-missing',
  ],
  // Since a fix of stop 37 after the measure of 899–928 (in MISSED before): 桐城市's `我市` with
  // `主动公开政府信息21132 条` and no 本级 or 全市 of the figures (`全市86 家单位预决算…均按要求公开` names
  // whose budgets were published).
  '901-tongcheng-city-2021.txt': ['government-scope-missing'],
  // Since a fix of stop 37 after the measure of 899–928 (in MISSED before): 桐庐县's requests, 163
  // received, 7 carried in, 9 carried over (161 handled), against every outcome listed
  // (`予以公开或部分公开96件、…不予公开2件、无法提供40件、不予处理1件、其他处理21件`), 160.
  '900-tonglu-county-2023.txt': ['parts-sum-mismatch:overview'],
  // 929–958 (measured at once on cedb0ad): flagged at the measure.
  '929-xuanzhou-xikou-2023.txt': ['government-scope-missing'],
  '930-longyou-dajie-2019.txt': ['phrase-garbled:overview', 'section-heading-mismatch:overview'],
  '931-hukou-dalong-2025.txt': [
    'government-scope-missing',
    // Since a fix of stop 37 after the measure of 929–958 (in MISSED before): `通过信息公开平台收到申请
    // 0件,转办0件,本年度申请均全部办结`, none received, yet all said finished.
    'zero-requests-answered:overview',
    // Since a fix of stop 41 after the measure of 1319–1333 (in MISSED before): the title
    // `2025湖口县大垅乡2025年度政府信息公开工作年度报告`, a stray year before the agency's name.
    'report-name-garbled:meta',
  ],
  '933-jiayu-panjiawan-2020.txt': [
    'phrase-garbled:overview',
    'report-name-garbled:meta',
    // Since a fix of stop 37 after the measure of 929–958 (in MISSED before): the town's overview
    // `切实推进了全县政府信息公开工作`, the county's work.
    'township-scope-above-level:overview',
  ],
  '935-huitong-gaoyi-2025.txt': ['government-scope-missing'],
  '936-liunan-2023.txt': [
    'government-scope-missing',
    // Since a fix of stop 37 after the measure of 929–958: `政策性文件同步解读。内组织召开了14场政策说明会` (年 lost).
    'phrase-garbled:overview',
  ],
  '938-zzgx-shuangqiao-2021.txt': ['report-name-garbled:meta'],
  '939-fufeng-county-2022.txt': [
    'government-scope-missing',
    // Since a fix of stop 37 after the measure of 929–958 (in MISSED before): `(二)规范依申请信息工作
    // 流程`, 公开 lost.
    'overview-subheading-garbled:overview',
  ],
  '940-fengqing-cyfwzx-2024.txt': ['text-bracket-unclosed:overview'],
  '941-urumqi-zsfwj-2021.txt': [
    'notice-citation-wrong:overview:2019-60',
    'phrase-garbled:meta',
    'overview-areas-missing',
  ],
  '943-yuzhong-jfbcbd-2024.txt': [
    'date-characters-missing:meta',
    // Since a fix of stop 37 after the measure of 929–958: `爱尚解放碑公众号公众号等各类渠道`.
    'phrase-garbled:overview',
  ],
  '944-linxia-xczxj-2023.txt': ['report-name-garbled:meta'],
  '946-guiyang-dsjj-2020.txt': ['statistics-period-mismatch:meta'],
  '950-wuqing-baigutun-2021.txt': [
    'report-name-garbled:meta',
    'section-heading-mismatch:overview',
    'overview-areas-missing',
    'report-name-garbled:overview',
  ],
  '951-dingzhou-pangcun-2024.txt': [
    'count-unit-missing:overview',
    'date-characters-missing:meta',
    'government-scope-missing',
    'date-characters-missing:title',
  ],
  '953-kyzq-tuliemaodu-2023.txt': [
    'section-heading-mismatch:overview',
    // Since a fix of stop 37 after the measure of 929–958 (in MISSED before): no title, the text
    // `我镇` eight times, its preface `报告内容包括2023年我局政府信息公开总体情况`, `请与科右中旗政务
    // 服务局办公室联系` (the 旗's bureau's preface copied).
    'other-agency-in-text:meta',
  ],
  '955-shenyang-bgt-2025.txt': ['notice-citation-wrong:meta:2019-60'],
  '956-dongliao-jinzhou-2025.txt': [
    'report-name-garbled:meta',
    // Since a fix of stop 37 after the measure of 929–958 (in MISSED before): a 乡's report, nameless
    // (`报告起草单位为金州乡人民政府`), `全年累计公开各类政府信息9条` through `乡政务公开栏、村级公告栏`,
    // 本级 or the whole 乡 unsaid.
    'government-scope-missing',
  ],
  // Since a fix of stop 37 after the measure of 929–958 (in MISSED before): governments' reports
  // giving their figures with no level said. 937: nameless, speaking as `我区` only (`我区在政府信息
  // 公开专栏主动公开文件共349件`), its `要求各部门要积极配合` naming no figures; 942: nameless
  // (`2022年,彭阳县人民政府紧紧围绕…`), `全年累计发布信息19135条`, its `汇总整理` the work's papers;
  // 945: `2023年全年共收到政府信息依申请公开申请6件`, its 全市 said of accounts, messages, documents
  // cleared and a rank in 全州, not of these figures.
  '937-sanya-haitang-2021.txt': ['government-scope-missing'],
  // 929–958, warned at the measure and read (stop 37): 954's preface ends `…(电话:024-75823591)。
  // 中华人民共和国政府信息公开工作年度报告格式>`, the notice title's rest pasted after it, besides the
  // title's own `<…格式>` earlier: 662's and 685's shape, decided real (662 by its gatherer, 685 at
  // stop 35).
  '954-changtu-county-2022.txt': ['text-stray-closer:meta'],
  // 929–958, warned at the measure and read: 932's, 941's and 950's overviews lack areas, as their gatherers
  // wrote, the key without its section suffix; 932's 2019 采购总金额 `137.3` printed without a unit (the
  // corpus's rule since 878: a 2019 header prints none); 950's preface printed under 一、总体情况 names
  // the report `…政府信息公开年度报告`, 工作 lost, as its title does (the gatherer's problem, said of both);
  // 951's second title line `2024政府信息公开工作年度报告`, 年 lost (the gatherer's first problem).
  // Since a fix of stop 37 after the measure of 929–958: a word written twice in a row, read in
  // the whole corpus: `《福建省人民政府办公厅关于关于全面推进基层政务公开…的通知》` (166), `大进镇深入学习深入学习
  // 贯彻党的二十大` (332), `一是对是对政策解读、政务舆情回应` (033), `耕地力地力补贴` (036, 074: the same bureau
  // as 030), `二是规范审核审核发布机制` (068); and the missed problems of 929–958 it flags with its
  // neighbours: `全年累计发布信息19135条信息` (942, the counted noun said twice), `进一步提高了我政府管理工作
  // 公信力` (945, 市 lost), `按照按照《条例》《规定》` (958).
  '166-anxi-futian-2020.txt': ['phrase-garbled:meta'],
  '332-kaizhou-dajin-2024.txt': ['phrase-garbled:overview'],
  '033-pingtan-lywtj-2020.html': ['phrase-garbled:problems'],
  '036-pingtan-nyncj-2022.html': ['phrase-garbled:overview'],
  '074-pingtan-nyncj-2021.html': ['phrase-garbled:overview'],
  '068-pingtan-qu-2021.html': ['phrase-garbled:overview'],
  '942-pengyang-county-2022.txt': ['phrase-garbled:overview', 'government-scope-missing'],
  '958-jingan-gonghexinlu-2024.txt': ['phrase-garbled:overview'],
  '932-xiping-jiaozhuang-2019.txt': [
    'overview-areas-missing',
    'procurement-unit-unstated',
    // Since a fix of stop 37 after the measure of 929–958 (in MISSED before): `(一)主动公开政府的情况`,
    // 信息 lost.
    'overview-subheading-garbled:overview',
    // Since a fix of stop 46 after the measure of 1574–1633 (in MISSED before): 表二's 行政事业性收费, a
    // cell a line, one `0` of two cells, the next item's caption after it: a cell printed blank.
    'table-cells-printed-blank:t2',
  ],
  // Since a fix of stop 37 after the measure of 929–958 (in MISSED before): a 2023 report's work done
  // `按照《哈尔滨市人民政府办公厅关于印发哈尔滨市2020年政务公开重点工作任务责任分解表的通知》(哈政办发
  // 〔2020〕28号)`, the tasks of 2020.
  '957-acheng-hedong-2023.txt': ['notice-citation-wrong:overview:key-points-2020'],
  // Decided at stop 37: the area's sub-heading `(四)政府信息平台建设(情况)`, 公开 lost, is a problem
  // (the gatherers' rule: a heading short of characters is one); 924 (in MISSED before) and 945 at
  // the measure of 929–958, 081 written down as one, the others written down as no problem or as a
  // slip `按以往不计` (178, 817, 818), now decided. 046 (a whole page) heads it `（三）`, the same.
  // 347's text joined on one line: `。 (四)政府信息平台建设 2024年我乡…`.
  '945-hezuo-city-2023.txt': [
    'overview-subheading-garbled:overview',
    'phrase-garbled:overview',
    'government-scope-missing',
  ],
  '056-xingqing-qianjinjie-2024.txt': ['overview-subheading-garbled:overview'],
  '081-gangu-bgs-2024.txt': ['overview-subheading-garbled:overview'],
  '341-tongbai-chengjiao-2025.txt': ['overview-subheading-garbled:overview'],
  '347-xuanzhou-huangdu-2024.txt': ['overview-subheading-garbled:overview'],
  '364-anshan-xinxing-2025.txt': [
    'overview-subheading-garbled:overview',
    // Since a fix of stop 38 after the measure of 1049–1078: `根据《中华人民共和国政府信息公开
    // 条例》(以下简称《条例》),根据《条例》编制本报告`, the clause begun twice (1074's wording).
    'phrase-garbled:meta',
  ],
  '420-huining-gangouyi-2022.txt': ['overview-subheading-garbled:overview'],
  '433-qingshui-yongqing-2025.txt': ['overview-subheading-garbled:overview'],
  '817-tiedong-jiubao-2024.txt': ['overview-subheading-garbled:overview'],
  '818-tiedong-heping-2025.txt': [
    'overview-subheading-garbled:overview',
    // Since a fix of stop 38 after the measure of 1049–1078: `根据《中华人民共和国政府信息公开
    // 条例》(以下简称《条例》),根据《条例》编制本报告`, the clause begun twice (1074's wording).
    'phrase-garbled:meta',
  ],
  '046-pingtan-sppq-2022.html': ['overview-subheading-garbled:overview'],
  // 959–988 (measured at once on 8ea7536): flagged at the measure.
  '960-yongxiu-county-2020.txt': ['part-count-mismatch:meta'],
  '963-hanjiang-jiangkou-2021.txt': [
    'government-scope-missing',
    'report-name-garbled:meta',
    // Since a fix of stop 37 after the measure of 959–988: `涵江区图书馆查等阅点` (查阅点等).
    'phrase-garbled:overview',
  ],
  '967-xupu-county-2023.txt': [
    'government-scope-missing',
    // Since a fix of stop 37 after the measure of 959–988: `我县能过政府门户网站发布…` (通过).
    'phrase-garbled:overview',
  ],
  // Since a fix of stop 37 after the measure of 959–988: `主动公开政府信息数511条`, nothing said of
  // whose (`结合全镇实际` read as the work fitted to the town, not a scope).
  // Since a fix of stop 37 after the measure of 959–988: `我区共主动公开政府信息906条` (`全省政策文件库`
  // the province's), and `我办受理依申请公开179件` in the district government's report.
  '962-fuzhou-jinan-district-2023.txt': [
    'government-scope-missing',
    'other-agency-in-text:overview',
  ],
  // Since a fix of stop 37 after the measure of 959–988: the second title line `东省大数据局`.
  '964-shandong-dsjj-2024.txt': ['date-characters-missing:meta', 'agency-name-word-lost:meta'],
  '961-anhua-jiangnan-2020.txt': [
    'report-name-garbled:meta',
    // Since a fix of stop 37 after the measure of 959–988: the overview, whole in the excerpt (its
    // paragraphs run into one line, `…511条。 二、主动公开政府`), has only (一)强化组织领导
    // (二)健全管理制度 (三)拓宽公开平台: no 依申请公开 nor 监督保障.
    'overview-areas-missing',
    // Since a fix of stop 37 after the measure of 959–988: `主动公开政府信息数511条`, nothing said of
    // whose (`结合全镇实际` read as the work fitted to the town, not a scope).
    'government-scope-missing',
  ],
  '965-jinan-shizhong-2024.txt': ['government-scope-missing'],
  // Since a fix of stop 37 after the measure of 959–988: `2022年度,我镇主动公开政府信息120余条` (its
  // `本级政府政策(含解读)3条` a kind of information, `全镇围绕大局` the town's work).
  '966-zhongxiang-chaihu-2022.txt': ['government-scope-missing'],
  '969-changji-binhu-2023.txt': ['government-scope-missing', 'phrase-garbled:overview'],
  '970-dazhu-chuanzhu-2019.txt': [
    'government-scope-missing',
    'overview-areas-missing',
    'part-count-mismatch:meta',
    'section-heading-mismatch:overview',
    // Since a fix of stop 37 after the measure of 959–988: 表二's block captions printed
    // `第二十条(五)项`, `第二十条(六)项`, `第二十条(八)项`, the item's 第 lost.
    'table-header-changed:t2',
  ],
  '971-shenmu-shamao-2020.txt': ['government-scope-missing'],
  '972-lianhu-taoyuanlu-2025.txt': ['proactive-count-missing:overview'],
  '974-qinan-xingfeng-2023.txt': [
    'date-characters-missing:meta',
    'phrase-garbled:overview',
    'overview-subheading-garbled:overview',
    // Since a fix of stop 37 after the measure of 959–988: `政府信息管理2023年,我树牢…`, the
    // sub-heading run into its text without its `(三)`.
    'subheading-number-missing:overview',
  ],
  '975-yaoan-nyncj-2021.txt': [
    'section-heading-mismatch:overview',
    'report-name-garbled:overview',
    // Since a fix of stop 37 after the measure of 959–988: `办公室设在局办局室` and `公开本部门农业这
    // 农村动态信息` (one finding, two slips).
    'phrase-garbled:overview',
  ],
  '977-qiandongnan-xwb-2024.txt': ['section-heading-mismatch:overview'],
  '978-weiyuan-xiaohe-2019.txt': [
    'government-scope-missing',
    'overview-areas-missing',
    'parts-sum-mismatch:overview',
    'section-heading-mismatch:overview',
    'part-count-mismatch:overview',
    // Since a fix of stop 37 after the measure of 959–988: its preface (read in the overview) ends
    // `电子邮箱:1714303486@qq.com)。)`, a bracket closed twice.
    'text-stray-closer:overview',
  ],
  '980-wuqing-hexiwu-2019.txt': [
    'government-scope-missing',
    'phrase-garbled:overview',
    'report-name-garbled:meta',
    'overview-areas-missing',
  ],
  '981-ninghe-ninghezhen-2020.txt': ['report-date-after-deadline'],
  '982-yuanshi-county-2022.txt': ['government-scope-missing'],
  '984-xilinguole-sjj-2022.txt': [
    'report-name-garbled:meta',
    // Since a fix of stop 37 after the measure of 959–988: `对我局制发的规范性文件件实现…` (件 doubled).
    'phrase-garbled:overview',
  ],
  '986-fusong-songjianghe-2020.txt': [
    'government-scope-missing',
    'info-word-cut:overview',
    'overview-areas-missing',
    'wrong-year-in-text:overview:2019',
  ],
  '987-meihekou-shancheng-2022.txt': ['report-date-after-deadline'],
  '988-yangpu-2020.txt': ['date-characters-missing:meta', 'government-scope-missing'],
  // 959–988, warned at the measure and read: found under another key or suffix for the problem the
  // gatherer wrote (974's `)依申请公开` with `(二` lost; 978's and 975's prefaces printed under
  // 一、总体情况, their parts and their report's name read there; 980's and 986's areas; 986's
  // `2019年,我镇通过抚松县政府网站公开信息94条` in a 2020 report); 985, a district government's office
  // giving the portal's `1268条` with nothing said of whose (866's, 239's and 500's shape, decided real).
  '985-anshan-tiexi-zfb-2025.txt': ['government-scope-missing'],
  // Since a fix of stop 37 after the measure of 959–988: 983's `成立局政府信息公开领导小组,成立了局
  // 政府信息公开工作领导小组` (the clause written again with words put in).
  '983-etuokeqi-gxkjj-2022.txt': ['phrase-garbled:overview'],
  // Since a fix of stop 37 after the measure of 959–988 (962's `我办受理依申请公开179件`), read as real:
  // 林州市人民政府's report gives `2023年度我办受理政府信息公开申请96件`, the office's count in the
  // government's report (its gatherer wrote nothing of it; the same shape as 962's, written down).
  '060-linzhou-2023.txt': ['other-agency-in-text:overview'],
  // 989–1018 (measured at once on 0643596): flagged at the measure.
  '1000-lizhou-xiang-2019.txt': [
    'government-scope-missing',
    'phrase-garbled:overview',
    'overview-areas-missing',
    'table-cells-printed-blank:t3',
  ],
  '1008-beibei-fuxing-2023.txt': ['date-characters-missing:overview'],
  '1010-tianjin-baoshuiqu-2022.txt': ['report-name-garbled:meta'],
  '1011-mancheng-liujiatai-2023.txt': [
    'report-name-garbled:overview',
    'section-heading-mismatch:overview',
  ],
  '1012-jincheng-chengqu-zfbgs-2022.txt': ['section-heading-mismatch:overview'],
  '1013-ewenke-qi-2019.txt': [
    'government-scope-missing',
    'section-heading-mismatch:proactive',
    'overview-areas-missing',
  ],
  '1014-keyouzhongqi-harinuoer-2019.txt': [
    'government-scope-missing',
    'phrase-garbled:overview',
    'overview-areas-missing',
    // Since a fix of stop 37 after the measure of 989–1018 (see below).
    'statistics-period-mismatch:overview',
    'table-header-changed:t2:规章',
  ],
  '1015-chaoyangxian-gende-2023.txt': [
    'date-characters-missing:meta',
    'government-scope-missing',
    // Since a fix of stop 37 after the measure of 989–1018 (see below).
    'notice-citation-unknown:overview:title-2021-30',
  ],
  '1016-tongyu-county-2021.txt': ['date-characters-missing:meta', 'phrase-garbled:overview'],
  '989-tiantai-jietou-2020.txt': [
    'section-heading-mismatch:overview',
    'report-name-garbled:overview',
    'part-count-mismatch:overview',
  ],
  '991-minhou-yangli-2020.txt': ['subheading-number-style-mixed:overview'],
  // Since a fix of stop 37 after the measure of 989–1018: `组织各部门依法依规做好法定主动公开内容的
  // 公开工作,2022年通过县人民政府门户网站主动公开政府信息5699条`, the departments organised, not the
  // count's scope.
  '994-lingchuan-county-2022.txt': ['report-name-garbled:meta', 'government-scope-missing'],
  '995-xiping-leizu-2021.txt': [
    'section-heading-mismatch:overview',
    'phrase-garbled:overview',
    // Since a fix of stop 39 after the measure of 1109–1138: `(二)依申请公开政府办理情况` (信息 lost),
    // as 1138's gatherer wrote it down of the same county's template.
    'overview-subheading-garbled:overview',
    // Since a fix of stop 39 after the measure of 1109–1138: `全年共主动公开政府信息89条,其中本镇政务公开
    // 工作按照《条例》的要求,…` (其中 with no parts after it).
    'count-number-missing:overview',
  ],
  '998-fengquan-luwangfen-2021.txt': [
    'proactive-count-missing:overview',
    'phrase-garbled:overview',
  ],
  // Since a fix of stop 37 after the measure of 989–1018: `现将2019年庙子乡政府信息公开工作报告如下`
  // names a town's report; `2019年度,主动公开政府信息53条` says of no level (`涵盖了全乡热点事件` its
  // topics).
  '999-wanyuan-miaozi-2019.txt': [
    'report-name-garbled:meta',
    'overview-areas-missing',
    'government-scope-missing',
  ],
  // Since a fix of stop 37 after the measure of 989–1018: `由长宁区人民政府办公室编制`, then
  // `全年主动公开行政规范性文件3件` with nothing said of whose.
  '1017-changning-2021.txt': ['government-scope-missing'],
  // 989–1018, warned at the measure and read: found under another key or suffix for the problem the
  // gatherer wrote (seven overviews' missing areas, the key without its suffix; 989's preface printed
  // under 一、总体情况, its report name and its seven parts read there; 1000's 表三 rows with one `0`
  // each, the other cells blank). Decided real as the corpus decided the shape: 1004, a county
  // government's office giving counts with nothing said of whose (866, 985); 1007, a town's
  // `依托市政府门户网站及本单位政务公开栏…主动公开政府信息共计102条`, a count tied to channels with no
  // 本级 or 全镇 (777's rule); 997's `确保政府信息工作达到标准化`, 公开 lost (914's, 930's); 1018's
  // `(二)深化主动公开` without a count while the excerpt is cut in (四)政府信息管理 (105's, 403's, 621's
  // and 864's shape, cut in an item on another area).
  '1001-hualong-qunke-2020.txt': ['overview-areas-missing'],
  '990-fuzhou-tjj-2019.txt': ['overview-areas-missing'],
  '1004-wuqia-zfb-2022.txt': ['government-scope-missing'],
  '1007-chuxiong-zixi-2025.txt': ['government-scope-missing'],
  '997-guangxin-czj-2024.txt': ['phrase-garbled:overview'],
  '1018-beijing-cgw-2024.txt': ['proactive-count-missing:overview'],
  // Since a fix of stop 37 after the measure of 989–1018: 1014's `截至2019年12月30日,我苏木主动公开
  // 143条信息`, a count to 12月30日; its 表二 row `规章(制度)` for `规章`; 1015's `国办公开办《中华人民
  // 共和国信息公开工作年度报告格式》`, 政府 lost; 1005's `主动公开一是围绕…`, an area run into its list,
  // its overview numbered nowhere.
  '1005-xian-xczxj-2023.txt': ['subheading-number-missing:overview'],
  // Since a fix of stop 37 after the measure of 989–1018 (helper f12): the missed slips flagged by
  // `phrase-garbled`: 1002's `计生站等责全乡政府信息与政务公开工作` (负 lost); 1006's
  // `《云南省人民政府办公厅关于编制公布政府信息公开工年度报告有关事项的通知》` (作 lost in a local
  // notice's title) and `如对本报告有任何疑,请与…联系` (问 lost), one finding in one paragraph; 995's
  // `由镇要领导牵头` (主 lost); 998's `一是按时工作动态、办事指南等事项` (the verb lost) and
  // `严格落实国家秘密法` (保守 lost), one finding in one paragraph; 1016's sub-heading
  // `(一)组织推动全政府信息公开工作` (县 lost).
  '1002-yuanzhou-zhonghe-2019.txt': ['phrase-garbled:overview'],
  '1006-yanshan-panlong-2021.txt': ['phrase-garbled:meta'],
  // Since a fix of stop 37 after the measure of 989–1018 (`全政府`, helper f12), read as real:
  // 辽阳市 2019 writes `加强全政府网站信息采集、发布、审核工作的规范化制度化`, 全市 with 市 lost.
  '161-liaoyang-2019.txt': ['phrase-garbled:overview'],
  // Texts 1019–1048 (held-out measure of stop 38): flagged at the measure.
  '1019-xiaoshan-shushan-2024.txt': [
    'notice-citation-wrong:meta:2019-60',
    'part-count-mismatch:meta',
    'report-name-garbled:meta',
  ],
  '1020-wuyi-nyncj-2020.txt': ['report-name-garbled:meta'],
  '1021-hanjiang-dayang-2019.txt': ['government-scope-missing'],
  '1025-lixia-yaojia-2025.txt': ['notice-citation-wrong:meta:2019-60'],
  '1027-xiajiang-xiaojiang-2024.txt': [
    'government-scope-missing',
    'notice-citation-unknown:meta:broken-number',
    'date-characters-missing:title',
    // Since a fix of stop 38 after the measure of 1019–1048: `主动公开信息1125条,更新…2次,…规划计划栏目
    // 3条,更新工作动态1116条,公开部门预决算2条` (no 其中; 1121 of 1125).
    'parts-sum-mismatch:overview',
  ],
  '1028-yuanzhou-shuijiang-2024.txt': [
    'part-count-mismatch:meta',
    'parts-sum-mismatch:overview',
    'phrase-garbled:meta',
    'phrase-garbled:overview',
  ],
  '1029-zhaohua-weizi-2022.txt': [
    'government-scope-missing',
    'overview-subheading-garbled:overview',
    'parts-sum-mismatch:overview',
    // Since a fix of stop 38 after the measure of 1019–1048: `确保公开实效。同事,严格做好政府信息保密
    // 审查工作` (同时 written 同事).
    'phrase-garbled:overview',
  ],
  '1030-anyue-qingliu-2019.txt': [
    'section-heading-mismatch:applications',
    'section-heading-mismatch:overview',
    'section-heading-mismatch:proactive',
  ],
  '1032-kunming-panlong-kgxj-2023.txt': ['report-name-garbled:meta'],
  '1033-shule-county-2020.txt': [
    'section-heading-mismatch:overview',
    'section-heading-mismatch:proactive',
    'part-count-mismatch:overview',
  ],
  '1036-chencang-jiacun-2020.txt': [
    'date-characters-missing:meta',
    'government-scope-missing',
    'report-name-garbled:meta',
    // Since a fix of stop 38 after the measure of 1019–1048: `5、监督保障。立了以镇长为组长` (成立 lost
    // its 成).
    'phrase-garbled:overview',
  ],
  // Since a fix of stop 38 after the measure of 1019–1048 (in MISSED before): `累计主动公开政府信息
  // 173条`, nothing said of whose (`为服务和推进全镇经济社会发展` the town's aim, no scope).
  '1037-qijiang-yongxin-2020.txt': [
    'date-characters-missing:meta',
    'overview-areas-missing',
    'government-scope-missing',
  ],
  '1041-tianjin-gzw-2025.txt': [
    'count-unit-missing:overview',
    'date-characters-missing:meta',
    'notice-citation-wrong:meta:2019-60',
    // Since a fix of stop 38 after the measure of 1019–1048: the title `市国资委2025年政府信息公开工作
    // 年度报告` (a short name without its place), and `《天津人民政府办公厅关于印发…的通知》` (市 lost).
    'agency-name-place-missing',
    'agency-name-word-lost:meta',
    // Since a fix of stop 38 after the measure of 1019–1048: `…的具体要求,照《中华人民共和国政府信息
    // 公开条例》,健全完善信息公开工作机制` (依照 lost its 依).
    'phrase-garbled:overview',
  ],
  // Since a fix of stop 38 after the measure of 1019–1048 (in MISSED before): `全年指导区政府系统各单位
  // 通过区政府门户网站发布政务信息3845条`, the units' figures given for the office's, none of its own.
  '1042-heping-zfbgs-2023.txt': [
    'report-name-garbled:meta',
    'region-figures-in-unit-report:overview',
  ],
  '1043-fuping-tianshengqiao-2021.txt': [
    'government-scope-missing',
    'notice-citation-wrong:meta:2019-60',
    // Since a fix of stop 38 after the measure of 1019–1048: `分析研判形式` (形势 written 形式).
    'phrase-garbled:overview',
  ],
  // Since a fix of stop 38 after the measure of 1019–1048: `如对本报告有任何疑问,请乌鲁木齐市招商服务局
  // 党政办公室联系` (请与…联系 without 与).
  '1034-urumqi-zsfwj-2023.txt': ['phrase-garbled:meta'],
  // Since a fix of stop 38 after the measure of 1019–1048: `努力让人民群众“看得懂、能明白、信得过、
  // 用的上”` (用得上 written 用的上).
  '1038-tongliang-zfjg-2021.txt': ['phrase-garbled:overview'],
  // Since a fix of stop 38 after the measure of 1019–1048: `不断改进工作,切把实政务公开工作做细做实`
  // (切实把 out of order).
  '1044-shahe-sthjfj-2023.txt': ['phrase-garbled:overview'],
  // Texts 1019–1048, read by the lead at the measure (stop 38): found by meaning under a near key
  // (1026's, 1037's, 1039's missing areas without the section suffix; 1027's second title short of 年
  // said as the year short of 年; 1033's seven parts said under :overview), or decided real though
  // not written down: 1030 prints 一、主动公开政府信息情况 as its first heading (总体情况 missing, every
  // heading one off); 1033 prints 一、概述 and so 二、总体情况 (headings one off); 1031's town counts
  // 主动公开朋普镇政府信息共597条 with no 本级 or 全镇 (767's shape, the town's name as the scope).
  // Since a fix of stop 38 after the measure of 1019–1048 (in MISSED before): 1026's `南通市海门区主动
  // 发布信息31852条`, `南通市海门区共计收到政府信息公开申请254件`, the region's bare name (`全区政务新媒体
  // 由年初38个压缩至20个` said of its accounts only); 1039's `本年度共受理依申请公开20件` in a town's
  // report (`非本机关制作或保存` an answer's outcome, no scope) and its `1.主动公开情况` with no count.
  '1026-haimen-district-2020.txt': ['overview-areas-missing', 'government-scope-missing'],
  '1031-mile-pengpu-2024.txt': [
    'government-scope-missing',
    // Since a fix of stop 38 after the measure of 1019–1048: `报告涵盖总体情况、主动公开、依申请公开、
    // 政府信息管理、政府信息公开平台建设、监督保障等内容` (the overview's areas listed as the report's).
    'part-count-mismatch:meta',
  ],
  // Since a fix of stop 38 after the measure of 1019–1048, read as real: 076's `年主动公开各类信息23条`,
  // nothing said of whose (`为全镇高质量发展营造良好政务环境` the town's aim, no scope; 1015's shape).
  '076-tonghua-jinchang-2025.txt': ['government-scope-missing'],
  '1039-daxing-yizhuang-2019.txt': [
    'overview-areas-missing',
    'government-scope-missing',
    'proactive-count-missing:overview',
  ],
  // Texts 1049–1078 (held-out measure of stop 38): flagged at the measure.
  '1052-shangjie-jiyuanlu-2020.txt': [
    'contact-email-at-missing:meta',
    // Since a fix of stop 38 after the measure of 1049–1078: `收到和处理政府信息申请情况`, 公开 lost.
    'phrase-garbled:meta',
  ],
  '1056-qinzhou-tcj-2023.txt': ['phrase-garbled:overview', 'text-stray-closer:overview'],
  '1058-shangjie-zhongxinlu-2020.txt': [
    'date-characters-missing:meta',
    // Since a fix of stop 38 after the measure of 1049–1078: `收到和处理政府信息申请情况`, 公开 lost;
    // `中心路街道办事处上街区委、区政府的坚强领导下`, 在 lost, and `主动算公开1条`, 算 put in.
    'phrase-garbled:meta',
    'phrase-garbled:overview',
  ],
  '1059-huzhu-zwfwzx-2020.txt': [
    'report-name-garbled:meta',
    // Since a fix of stop 38 after the measure of 1049–1078 (in MISSED before): titled `政务服务中心2020年
    // 政府信息公开工作年度报告`, `发布机构:政务服务中心`, no place.
    'agency-name-place-missing',
    // Since a fix of stop 38 after the measure of 1049–1078 (by meaning: its gatherer's key was
    // `narrative-percentage-mismatch`): of 2720 件, `投诉类382件,占14.1%` (14.04%) pushed up to fill
    // 100%, the other three shares rounded half up.
    'shares-rounding-mismatch:overview',
    // Since a fix of stop 38 after the measure of 1049–1078: the overview printed whole names the
    // five areas only in `通过主动公开、依申请公开、政府信息管理、平台建设、监督保障等方式…`, then says
    // nothing of 依申请公开, 政府信息管理 nor 监督保障.
    'overview-areas-missing',
    // Since a fix of stop 38 after the measure of 1049–1078: 表二 copied a cell a line, its empty
    // cells lines of spaces (`规章` / ` ` / ` ` / ` `; `行政许可` / ` 148` / ` ` / ` `).
    'table-cells-printed-blank:t2',
    // Since a fix of stop 38 after the measure of 1049–1078: the header `本年增/`, 减 lost.
    'table-header-changed:t2:本年增/减',
  ],
  '1061-tianshui-swj-2019.txt': [
    'report-date-after-deadline',
    // Since a fix of stop 38 after the measure of 1049–1078: `其中:其中党政建设更新30条`.
    'phrase-garbled:overview',
  ],
  '1062-zhangjiachuan-swj-2019.txt': ['report-name-garbled:meta'],
  '1063-xizang-yzxt-2020.txt': ['report-date-after-deadline', 'report-name-garbled:meta'],
  '1065-motuo-dexing-2022.txt': [
    'date-characters-missing:meta',
    'notice-citation-unknown:meta:broken-number',
    'report-date-after-deadline',
    // Since a fix of stop 38 after the measure of 1049–1078 (in MISSED before): `2022年,德兴乡主动公开
    // 信息289期、乡机关公示栏公示61次`, the town's bare name, the board a channel (1015's shape).
    'government-scope-missing',
  ],
  '1066-xingyi-city-2023.txt': [
    'government-scope-missing',
    // Since a fix of stop 38 after the measure of 1049–1078: `发布政府信息12187条。其中:…` lists, two
    // sentences on, `贵州政务服务网综合受理平台办件结果37514条`, one part more than the whole.
    'parts-sum-mismatch:overview',
  ],
  '1068-baiyin-zfb-2025.txt': ['date-characters-missing:meta', 'government-scope-missing'],
  '1070-ordos-xzspj-2021.txt': ['text-bracket-unclosed:overview'],
  '1071-ewenke-huihe-2024.txt': [
    'date-characters-missing:meta',
    // Since a fix of stop 38 after the measure of 1049–1078 (in MISSED before): `政府信息管理情况。根据
    // 《中华人民共和国政府信息公开条例》…` after `(一)主动公开情况。` and `(二)依申请公开情况。`, its (三) lost.
    'subheading-number-missing:overview',
  ],
  '1072-shahekou-district-2020.txt': [
    'government-scope-missing',
    'report-name-garbled:meta',
    'overview-areas-missing',
  ],
  '1076-changchun-xinqu-2025.txt': [
    'date-characters-missing:meta',
    // Since a fix of stop 38 after the measure of 1049–1078 (in MISSED before): the overview in one
    // paragraph, `在主动公开方面,坚持…,涵盖政策解读、办事指南等内容,提升工作透明度。依申请公开方面,…
    // 全年处理申请数量423件`: no count of what was published.
    'proactive-count-missing:overview',
  ],
  '1077-mudanjiang-zfb-2019.txt': [
    'text-bracket-unclosed:overview',
    // Since a fix of stop 38 after the measure of 1049–1078: `确保有序衔接、平稳过度` (过渡).
    'phrase-garbled:overview',
  ],
  '1078-hulan-yanglin-2021.txt': [
    'proactive-count-missing:overview',
    // Since a fix of stop 38 after the measure of 1049–1078 (in MISSED before): the 乡's preface `在总结
    // 我镇2021年政府信息公开工作的基础上`, elsewhere `我乡`.
    'other-agency-in-text:meta',
  ],
  // Texts 1049–1078, read by the lead at the measure (stop 38): found by meaning under a near key
  // (1049's 表二 行政许可 21 + 19 = 40 said under its row's key; 1049's and 1072's missing areas without
  // the section suffix; 1051's 一、总体情况 printed twice, its gatherer's null key; 1051's `2019来` said as
  // the year short of 年), or decided real though not written down: 1056's `政府信息公开专栏”主动公开`,
  // a closing quote with no opening one; 1075's office counts with no scope (985's, 1004's shape).
  '1049-liwan-nanyuan-2020.txt': ['t2-decisions-equal-items:licensing', 'overview-areas-missing'],
  '1051-luolong-cuiyunlu-2019.txt': [
    'section-heading-mismatch:overview',
    'date-characters-missing:overview',
    // Since a fix of stop 38 after the measure of 1049–1078 (in MISSED before): the 街道办事处's
    // `及时完善乡政府信息公开工作领导小组`, a 乡's words.
    'other-agency-in-text:overview',
  ],
  '1075-erdao-zfb-2022.txt': ['government-scope-missing'],
  // Since a fix of stop 38 after the measure of 1049–1078: `共收到件依申请公开政府信息78件`,
  // a stray 件.
  '1073-dadong-district-2023.txt': ['phrase-garbled:overview'],
  // Since a fix of stop 38 after the measure of 1049–1078: `根据《中华人民共和国政府信息公开
  // 条例》(以下简称《条例》),根据《条例》编制本报告`, the clause begun twice.
  '1074-tiedong-jiubao-2023.txt': ['phrase-garbled:meta'],
  // Since a fix of stop 38 after the measure of 1049–1078, read as real (each gatherer wrote it): the
  // preface's part name with a word of two lost, `收到和处理政府信息公开情况` (088, 申请), `收到和处理信息
  // 公开申请情况` (528, 政府), `收到和处理政府信息申请情况` (601, 公开).
  '088-kaiyang-fengsan-2020.txt': ['phrase-garbled:meta'],
  '528-yian-zfb-2020.txt': ['phrase-garbled:meta'],
  '601-yunnan-mzt-2019.txt': ['phrase-garbled:meta'],
  // Since a fix of stop 38 after the measure of 1049–1078: `珠江街通过广州市南沙区人民政府
  // 门户网站政务公开招投标信息57条`, the verb lost after the site's column.
  // Since a fix of stop 38 after the measure of 1049–1078 (in MISSED before): `(一)突出重点,加强项目审计
  // 结果公开。我街通过南沙区政府门户网站…公开部门组织机构、规章、规范性文件…`, 审计 nowhere in the item.
  '1050-nansha-zhujiang-2020.txt': ['phrase-garbled:overview', 'overview-item-off-topic:overview'],
  // Since a fix of stop 38 after the measure of 1049–1078 (in MISSED before): `(二)做好政府主动信息公开`
  // (政府信息主动公开 out of order); `截至2023年12月31,省厅窗口共受理政务服务事项2190件` (日 lost; and the
  // window's cases told under `(三)做好政府信息依申请公开办理`).
  '1054-hunan-sthjt-2023.txt': [
    'overview-subheading-garbled:overview',
    'date-characters-missing:overview',
    'overview-item-off-topic:overview',
  ],
  // Since a fix of stop 38 after the measure of 1049–1078 (in MISSED before): `(一)主动公开情况` over
  // `一是落实生态补奖政策,…休牧面积524.83万亩…查处各类案件52起` / `二是抓好畜牧业产业发展` / `三是加强
  // 畜牧业基础设施建设`, not a word of publishing.
  '1069-dongwuqi-wuliyasitai-2021.txt': ['overview-item-off-topic:overview'],
  // Texts 1079–1108 (held-out measure of stop 38): flagged at the measure.
  // Since a fix of stop 38 after the measure of 1079–1108 (in MISSED before): the preface's `将主要做法和
  // 成效、依申请公开政府信息情况、政府信息公开的收费及减免情况、…等方面总结报告`, the old regulation's parts.
  '1079-linhai-huixi-2020.txt': ['part-count-mismatch:meta', 'report-name-garbled:meta'],
  // Since a fix of stop 38 after the measure of 1079–1108: the preface's `《关于做好政府信息公开工作
  // 事项的通知》` (年度报告有关 lost: no such notice) and `街道本级未收到政府信息公开申请0件` (a double
  // negative).
  // Warned at the measure and decided real since (stop 38, after its measure): 2019's 采购总金额
  // written `1646.5万元`, the same cell and shape as 878's `240万元` and 084's `160.5964万元` (the
  // lead's decision of 2026-12-01, 084's block); its gatherer's slip (`采购金额有单位`) saw the unit
  // written, not that the column is in 元. No general line parts it from the eight decided real.
  // Since a fix of stop 38 after the measure of 1079–1108 (in MISSED before): `主动公开政府信息496条,其中
  // 工作动态信息420条,…,其他各类信息8条`, ten kinds adding to 528.
  '1080-xishan-dongbeitang-2019.txt': [
    'report-name-garbled:meta',
    'overview-areas-missing',
    'phrase-garbled:meta',
    'phrase-garbled:overview',
    'money-unit-mismatch:t2.centralProcurement.amount',
    'parts-sum-mismatch:overview',
  ],
  '1081-lianyun-liandao-2019.txt': [
    'part-count-mismatch:meta',
    'report-name-garbled:meta',
    'section-heading-mismatch:overview',
  ],
  '1083-xuanzhou-jingtingshan-2021.txt': [
    'part-count-mismatch:meta',
    // Since a fix of stop 38 after the measure of 1079–1108: `汇总2021年度敬亭山街道的政务公开年度报告
    // 编制而成`, a 街道's own report said summed from annual reports (a summary report's wording).
    'template-text-left:meta',
  ],
  '1085-daye-liurenba-2025.txt': ['government-scope-missing', 'overview-item-off-topic:overview'],
  // Since a fix of stop 38 after the measure of 1079–1108 (in MISSED before): `公开了…2025年度财政决算
  // (草案)报告` in the 2025 report.
  '1086-echeng-huahu-2025.txt': [
    'government-scope-missing',
    'wrong-year-in-text:overview:accounts-2025',
  ],
  // Since a fix of stop 38 after the measure of 1079–1108 (in MISSED before): `二、行政机关主动公开政府
  // 信息情况。`, read as a heading since (its full stop), is not the official `二、主动公开政府信息情况`.
  '1089-xichong-yixing-2020.txt': [
    'government-scope-missing',
    'section-heading-mismatch:proactive',
    // Since a fix of stop 38 after the measure of 1079–1108: `对主动公开、…、监督保障(含《中华人民共和国
    // 政府信息公开条例》第五十条第四项规定的各级人民政府“工作考核、社会评议和责任追究结果情况”)相关信息
    // 进行了公开`, the format's note on 总体情况 copied as work done (under `overview`, its heading
    // `一、总体情况。` read since f10's fix); and with that note no longer counted as its areas, the
    // overview printed whole says nothing of 依申请公开 nor 监督保障.
    'template-text-left:overview',
    'overview-areas-missing',
  ],
  // Since a fix of stop 38 after the measure of 1079–1108 (in MISSED before): `我乡通过西秀区政府官网公开
  // 规划类信息6条` with nothing said of whose (`我镇机关职能` a kind of information, not a scope).
  '1091-xixiu-huangla-2020.txt': ['government-scope-missing', 'other-agency-in-text:overview'],
  '1094-wansheng-conglin-2024.txt': ['government-scope-missing'],
  // Since a fix of stop 38 after the measure of 1079–1108 (in MISSED before): `公开2024年度财政决算报告
  // 和2025年度财政预算报告` in the 2024 report.
  '1095-changshou-shuanglong-2024.txt': [
    'government-scope-missing',
    'overview-item-off-topic:overview',
    'wrong-year-in-text:overview:accounts-2024',
  ],
  '1097-wangcheng-huangjinyuan-2020.txt': [
    'part-count-mismatch:meta',
    'report-name-garbled:meta',
    'section-heading-mismatch:overview',
    'text-bracket-unclosed:meta',
    // Since a fix of stop 38 after the measure of 1079–1108: `电子邮箱;249817392@.com` (the domain's
    // name lost) and `贯彻实施中华人民共和国政府信息公开条例》(下称《条例》)` (its 《 lost).
    'contact-email-at-missing:meta',
    'text-stray-closer:overview',
  ],
  // Since a fix of stop 38 after the measure of 1079–1108: `并对以及本级政府财政转移支付安排情况…进行了
  // 说明` (对's object lost before 以及).
  '1099-qinglong-czj-2022.txt': ['phrase-garbled:overview', 'part-count-mismatch:meta'],
  '1098-pingjiang-hanchang-2025.txt': ['section-heading-mismatch:overview'],
  // Since a fix of stop 38 after the measure of 1079–1108: 平武县统计局's 2021 report, `按照财政局相关要求,
  // 公开了我局2022年度财政预算、2021年度决算`: the year's own 决算 (and next year's budget) said published
  // within it, decided real (the years of the report's writing, not of its year).
  '008-pingwu-tjj-2021.txt': ['wrong-year-in-text:overview:accounts-2021'],
  '1101-ningyang-dongshu-2022.txt': [
    'date-characters-missing:meta',
    'government-scope-missing',
    // Since a fix of stop 38 after the measure of 1079–1108: `全文包括:年度报告应当包括总体情况;行政机关
    // 主动公开政府信息的情况;…`, 条例 第五十条's words pasted as the report's parts.
    'part-count-mismatch:meta',
  ],
  '1102-xinye-nyncj-2021.txt': [
    'subheading-number-style-mixed:overview',
    // Since a fix of stop 51 after the measure of 1949–1993: `把新野县政府网官方网站为政府信息公开的首
    // 要平台`, 把…为 with the 作 of 作为 lost (written down as a slip by its gatherer, `语病`).
    'phrase-garbled:overview',
  ],
  // Since a fix of stop 38 after the measure of 1079–1108: `(一)主动公开` / `累计报送政务信息294条,
  // 处理随手拍80余件、12345政务服务热线2206余件,…“13710”信息平台督办系统督办工作,累计处理8件`, reporting
  // up, the hotline and 督办, nothing published.
  '1103-xinfu-changzhengjie-2024.txt': ['overview-item-off-topic:overview'],
  // Texts 1079–1108, read by the lead at the measure (stop 38): found by meaning under a near key
  // (1090's office giving the city's 行政许可 and 办件结果 counts with no scope, said as the office's
  // unscoped counts; 1095's (二)依申请公开情况 with no word of requests, its gatherer's null key; 1096's
  // and 1104's missing areas without the section suffix), or decided real though not written down:
  // 1080's overview printed whole with only 主动公开 and 依申请公开 in it; 1096's preface sentence
  // `本报告信息数据统计期限为:2020年1月1日至2020年12月31日` under 一、总体情况 (a preface there).
  '1090-xingyi-zfb-2020.txt': ['government-scope-missing'],
  '1096-tianxin-guihuaping-2020.txt': [
    'overview-areas-missing',
    'section-heading-mismatch:overview',
  ],
  // Since a fix of stop 38 after the measure of 1079–1108: `平利县农业农村认真贯彻落实…` (局 lost; the
  // text has `县农业农村局` after) and `2.依法申请公开政府信息情况` (依申请公开 written 依法申请公开).
  '1104-pingli-nyncj-2020.txt': [
    'overview-areas-missing',
    'agency-name-word-lost:overview',
    'phrase-garbled:overview',
  ],
  // Since a fix of stop 38 after the measure of 1079–1108: `《关于做好政府信息公开工作事项的通知》`
  // (年度报告有关 lost, the same template as 1080; was in MISSED).
  '202-xishan-yunlin-2019.txt': ['phrase-garbled:overview'],
  // Since a fix of stop 38 after the measure of 1079–1108: `建立健全主动公开和依法申请公开制度` (依申请公开,
  // the term beside 主动公开, written 依法申请公开).
  '292-luoping-zhongshan-2024.txt': ['phrase-garbled:overview'],
  // 1109–1138 (held out, measured once on 176a3f3): flagged at the measure.
  '1109-pukou-yongning-2025.txt': ['part-count-mismatch:meta', 'report-name-garbled:meta'],
  // 1110: Since a fix of stop 39 after the measure of 1109–1138: `请与红花办事处办公室联系` (街道 lost).
  '1110-qinhuai-honghua-2024.txt': ['agency-name-word-lost:meta', 'part-count-mismatch:meta'],
  '1111-wenling-wjj-2021.txt': ['report-name-garbled:meta'],
  '1115-qiaocheng-shibali-2025.txt': [
    'date-characters-missing:meta',
    'government-scope-missing',
    'notice-citation-unknown:meta:broken-number',
    'part-count-mismatch:meta',
  ],
  '1116-fengcheng-tongtian-2020.txt': [
    'agency-name-word-lost:overview',
    'government-scope-missing',
    // Since a fix of stop 39 after the measure of 1109–1138: `线上加强丰城市政府门户网站、“幸福同田
    // 微信公众号等常规平台信息公开力度,…` (the quotation never closed; in MISSED before).
    'text-bracket-unclosed:overview',
  ],
  // 1117: Since a fix of stop 39 after the measure of 1109–1138: `完善区级行政规章库建设` (a 区 makes no 规章).
  '1117-qingshanhu-district-2022.txt': [
    'government-scope-missing',
    'regulations-below-level:overview',
  ],
  // 1118: Since a fix of stop 39 after the measure of 1109–1138: a 镇's preface `请与宝山区人民政府办公室政务公开科联系`.
  '1118-baoshan-dachang-2025.txt': ['government-scope-missing', 'other-agency-in-text:meta'],
  // 1120: Since a fix of stop 39 after the measure of 1139–1168 (in MISSED before): the page's title
  // `重庆市武隆区双河镇人民政府2025年…`, the text's `重庆市武隆区双河镇人民政府办公室` / `2025年政府信息公开
  // 工作年度报告`: the title printed again names the town's office, another body.
  '1120-wulong-shuanghe-2025.txt': [
    'date-characters-missing:overview',
    'government-scope-missing',
    'signature-agency-mismatch:meta',
  ],
  // Since fixes of stop 39 after the measure of 1109–1138 (in MISSED before): the preface's
  // `《中华人民共和国政府信息公开条例》》` (a 》 twice) and (一)'s `…涉农工作等信息川省政府信息公开目录管理
  // 系统公开政策文件` (四 of 四川 lost, the gatherer's garbled sentence, found as a province's name short of a
  // character; `；通过` lost too).
  '1121-daying-nyncj-2020.txt': [
    'agency-name-word-lost:overview',
    'proactive-count-missing:overview',
    'text-stray-closer:meta',
  ],
  '1122-gulin-maoxi-2024.txt': ['agency-name-word-lost:meta', 'government-scope-missing'],
  '1123-xifeng-qingshan-2020.txt': ['government-scope-missing', 'part-count-mismatch:meta'],
  '1128-qingchuan-rfb-2020.txt': ['section-heading-mismatch:overview'],
  // Since fixes of stop 39 after the measure of 1109–1138 (in MISSED before): `以下筒称《条例》` (简称),
  // `《辽省人民政府办公厅关于做好2020年度…的通知》` (辽宁 short of 宁).
  '1130-dadong-qianjin-2020.txt': [
    'phrase-garbled:overview',
    'agency-name-word-lost:overview',
    'section-heading-mismatch:overview',
    'overview-areas-missing',
    // Since a fix of stop 51 after the measure of 1949–1993: `(辽政办明电(2021)1号)`, the year in round
    // brackets (written down as a slip by its gatherer, `用圆括号，属格式`).
    'notice-citation-unknown:overview:broken-number',
  ],
  // 1131: Since a fix of stop 39 after the measure of 1109–1138: a 镇's `在县委、县政府和上级公安机关的正确领导下`.
  '1131-tieling-hengdaohezi-2022.txt': [
    'government-scope-missing',
    'other-line-of-work:overview',
    'report-name-garbled:overview',
  ],
  '1132-dehui-2024.txt': ['government-scope-missing'],
  '1134-lixia-daminghu-2024.txt': ['notice-citation-wrong:meta:2019-60'],
  '1135-lixia-jianzhuxincun-2024.txt': ['notice-citation-wrong:meta:2019-60'],
  '1136-lixia-wenhuadonglu-2025.txt': ['notice-citation-wrong:meta:2019-60'],
  // 1137's warning is on its item (一) (`2020年办理行政许可415件…`: matters handled, no count of
  // information published), decided real; its gatherer's item (三) (政务信息 sent upward under
  // `规范化、标准化管理情况`) was not flagged: a miss by meaning. Since a fix of stop 39 after the measure
  // of 1109–1138 the same warning says item (三) too (`…报送至省厅、市委、市政府有关部门…编发新乡农业农村
  // 信息114篇,多篇被市委市政府采用`).
  '1137-xinxiang-nyncj-2020.txt': ['overview-item-off-topic:overview'],
  // 1109–1138: the gatherers' problems found under a near key (1119's cited issuer short of 政府 as the
  // citation's issuer name, 1126's 条例 name short of 政府 as the citation's regulation name, 1126's and
  // 1130's overviews printed whole short of areas without the section suffix).
  '1119-qijiang-district-2022.txt': ['notice-citation-unknown:meta:issuer-name'],
  // Since a fix of stop 39 after the measure of 1109–1138 (in MISSED before): part six's
  // `严格落实昆明市2022年政务工作公开要点` (政务公开工作要点, two words swapped).
  '1126-dzxq-lkzzj-2022.txt': [
    'notice-citation-unknown:problems:regulation-name',
    'overview-areas-missing',
    'phrase-garbled:other',
  ],
  // 1109–1138, read after the measure and decided real: 1138's page (the store's copy from its
  // beginning) opens at `(一)主动公开政府信息的情况` with no title, preface or `一、总体情况`.
  // Since fixes of stop 39 after the measure of 1109–1138 (in MISSED before): `2021年没有受理政府信息申请情况`
  // (政府信息公开申请, 公开 lost); `(二)依申请公开政府办理情况` (信息 lost); `全年共主动公开政府信息428条,其中
  // 政务公开工作按照…` (其中 with no parts after it: the template's list deleted); `主动公开本政府产生的政务信息`
  // in a 局's report (`督促局属各单位`).
  '1138-xiping-bureau-2021.txt': [
    'phrase-garbled:overview',
    'section-heading-mismatch:overview',
    'overview-subheading-garbled:overview',
    'count-number-missing:overview',
    'other-agency-in-text:overview',
  ],
  // Since the importer's fix of stop 39 (the measure found 1112 unreadable: its page joined into one
  // line, `…止。 一、总体情况2023,云岭乡…`, a heading run straight into its year):
  // Since a fix of stop 39 after the measure of 1109–1138 (in MISSED before): `切实保障公众获取政府信息的权力` (权利).
  '1112-yongjia-yunling-2023.txt': [
    'date-characters-missing:overview',
    'government-scope-missing',
    'phrase-garbled:overview',
  ],
  // Since a fix of stop 39 after the measure of 1109–1138 (in MISSED before): the preface's
  // `本报告电子版公开子在“福州市永泰县人民政府门户网站”…公布` (a stray 子).
  // Since a fix of stop 39 after the measure of 1109–1138: `(国办公开办函〔2019〕年60号)` (年 inside
  // the number; in MISSED before).
  '1113-yongtai-zfb-2019.txt': [
    'phrase-garbled:meta',
    'notice-citation-unknown:meta:broken-number',
  ],
  // Since a fix of stop 39 after the measure of 1109–1138 (in MISSED before): `结合我实际` (我市).
  // Its warning at the measure on the preface's `…2024年政府信息公开工作年度报告报告的内容包括…`
  // (`报告报告` read as doubled; its full stop lost, `年度报告。报告的内容包括`) is silent since the same fix.
  '1133-shulan-2024.txt': ['phrase-garbled:overview'],
  // 1139–1168 (held out, measured once on e8efbfe): flagged at the measure.
  '1139-jingzhouqu-zfb-2021.txt': ['text-bracket-unclosed:meta'],
  '1143-shaodong-niumasi-2020.txt': ['phrase-garbled:overview'],
  '1145-heping-jyj-2019.txt': ['part-count-mismatch:meta'],
  // Since a fix of stop 39 after the measure of 1139–1168 (in MISSED before): `切实做好政府统计信息
  // 主动公开和依申请公开工作` (a statistics bureau's words in a 镇's text printed without its title).
  '1146-puning-meilin-2022.txt': ['government-scope-missing', 'other-line-of-work:overview'],
  // Since fixes of stop 39 after the measure of 1139–1168 (in MISSED before): `门户网站共发布信息9289条,其中…
  // 规范性文件6条、其他文件8条;政务动态类信息2128条、各类规划和点领域信息1156条、其他信息5989条` (9287 of
  // 9289; 重点领域 short of 重).
  '1147-meixian-district-2024.txt': ['parts-sum-mismatch:overview', 'phrase-garbled:overview'],
  '1149-pingli-xinglong-2019.txt': [
    'government-scope-missing',
    'report-date-after-deadline',
    'report-name-garbled:meta',
    'table-header-changed:t2:本年增/减',
    'overview-areas-missing',
    // Since a fix of stop 39 after the measure of 1139–1168: 表二 printed with every row (规章, …,
    // 政府集中采购) and no number, `三、收到和处理政府信息公开申请情况` after it.
    'table-printed-empty:t2',
  ],
  '1150-fuxian-zhangjiawan-2020.txt': [
    'government-scope-missing',
    'section-heading-mismatch:overview',
  ],
  '1151-yanta-xiaozhailu-2025.txt': ['section-heading-mismatch:overview'],
  '1152-linxia-nanlong-2023.txt': [
    'government-scope-missing',
    // Since a fix of stop 39 after the measure of 1139–1168: `主动公开数为2918条。其中:…微信公众平台…
    // 2464条,年度阅读量为29.4万次,…小程序…270条,…政府网站…480条,其他方式…130条` (3344 of 2918).
    'parts-sum-mismatch:overview',
  ],
  // Since a fix of stop 39 after the measure of 1139–1168 (in MISSED before): `2023年,伊吾县政府信息公开
  // 工作按照…` read as the county government's report (no title), then `2023年伊吾县政府网站政务公开信息
  // 1050条`, `全年累计受理依申请公开4件`, 本级 or 全县 never said (as GOVERNMENT_SCOPE_DECIDED's).
  '1154-yiwu-county-2023.txt': ['government-scope-missing', 'phrase-garbled:overview'],
  '1155-changji-ashili-2025.txt': ['government-scope-missing'],
  '1156-baotou-donghe-2022.txt': [
    'date-characters-missing:overview',
    'government-scope-missing',
    'notice-citation-unknown:overview:broken-number',
  ],
  '1157-wuyuan-fuxing-2023.txt': [
    'government-scope-missing',
    'report-name-garbled:meta',
    // Since a fix of stop 54 after the measure of 2171–2215 (in MISSED before): the preface's opening
    // quote left from a model text (`“所列数据统计期限为…。本报告电子版可在“五原县…`), told as a quotation
    // opened again before it closed (text-bracket-unclosed).
    'text-bracket-unclosed:meta',
  ],
  '1158-ewenke-yimin-2024.txt': ['government-scope-missing', 'statistics-period-mismatch:meta'],
  '1159-tianjin-kfq-2021.txt': [
    'part-count-mismatch:meta',
    // Since a fix of stop 39 after the measure of 1139–1168 (in MISSED before): `9月分发布了《…》` (月份).
    'phrase-garbled:overview',
  ],
  // Since fixes of stop 39 after the measure of 1139–1168 (in MISSED before): `现向社会公布潞城镇2020年度
  // 政府信息公开工作年度报告` under 一、总体情况 (北京市通州区张家湾镇 2021): another 镇, and 2020 for 2021;
  // `为进一步26做好政府信息公开工作`, a stray number.
  '1161-tongzhou-zhangjiawan-2021.txt': [
    'other-agency-in-text:overview',
    'wrong-year-in-text:overview:2020',
    'phrase-garbled:overview',
  ],
  '1162-fengtai-beigong-2025.txt': ['government-scope-missing', 'parts-sum-mismatch:overview'],
  '1163-dingzhou-dongliuchun-2020.txt': [
    'count-unit-missing:overview',
    'date-characters-missing:meta',
    'date-characters-missing:title',
    // Since a fix of stop 39 after the measure of 1139–1168 (in MISSED before): `现向社会公布2020年度东留春乡人民政府信息
    // 公开工作进展情况报告`, the report named a 进展情况报告.
    'report-name-garbled:meta',
  ],
  '1164-sanhe-juyangxidajie-2019.txt': [
    'part-count-mismatch:meta',
    'report-name-garbled:meta',
    'overview-areas-missing',
  ],
  // Since a fix of stop 39 after the measure of 1139–1168 (in MISSED before): `全年共编发《太原市小区人民
  // 政府公报》2 期` (太原市小店区人民政府 2023: 店 lost).
  '1166-xiaodian-district-2023.txt': [
    'agency-name-word-lost:overview',
    'date-characters-missing:overview',
    'government-scope-missing',
    // Since a fix of stop 39 after the measure of 1139–1168 (in MISSED before): `…8029条;共新媒体公众号主动推送政务信息
    // 6300余条`, the verb and the channel's first words lost after 共.
    'phrase-garbled:overview',
  ],
  '1167-linfen-kfq-2020.txt': ['report-name-garbled:meta', 'notice-title-incomplete:overview'],
  '1168-gaoping-zfb-2021.txt': [
    'notice-citation-wrong:overview:2019-60',
    'section-heading-mismatch:overview',
  ],
  // Read after a fix of stop 39 after the measure of 1139–1168 (a table printed with every row's
  // label, no number, the next part's heading after it) and decided real, as 1149's: 019's 表三
  // (`一、本年新收…` to `四、结转下年度继续办理`, every row, no number, then `四、政府信息公开行政复议…`)
  // and 047's 表二 (`规章`, `规范性文件`, … `政府集中采购`, no number, then `三、收到和处理…`).
  '019-xiongxian-township-2019.txt': ['table-printed-empty:t3'],
  '047-jiaxian-xizhen-2022.txt': ['table-printed-empty:t2'],
  // 1139–1168: the gatherers' problems found under a near key (1149's and 1164's overviews printed whole
  // short of areas without the section suffix; 1163's second title `2020政府信息公开工作年度报告` short of 年
  // said as the title's year short of 年).
  // 1139–1168, read after the measure and decided real: 1167's cited `《临汾经济开发区全面推进基层政务公开
  // 标准化规范化工作方案的通知》` is no notice's title (关于印发《…方案》 lost).
  // 1169–1198 (held out, measured once on 079c3a5): flagged at the measure.
  '1171-lishui-scjgj-2021.txt': [
    'phrase-garbled:overview',
    // Since a fix of stop 49 after the measure of 1769–1813: decided real by the lead (stop 40's convention, …工作总结如下 under 一、总体情况).
    'section-heading-mismatch:overview',
  ],
  '1172-jingde-nyncslj-2019.txt': ['report-name-garbled:meta', 'section-heading-mismatch:overview'],
  // Read after the measure of 1169–1198 and decided real, as 146's, 183's and 863's: `全面落实《条例》和
  // 《办法》规定`, only 《条例》 defined (`以下简称《条例》`).
  '1173-fuzhou-czj-2022.txt': ['citation-abbreviation-mismatch:overview'],
  '1174-chaisang-nyncj-2021.txt': [
    'report-name-garbled:meta',
    // Since a fix of stop 39 after the measure of 1169–1198 (in MISSED before): `如对本年度报告有任何疑问,
    // 请与柴桑区农业农村局政府信息公开领导小组办公室(地址:…)。`, 联系 lost.
    'phrase-garbled:meta',
  ],
  '1176-shiyan-zjj-2022.txt': ['proactive-count-missing:overview', 'report-name-garbled:meta'],
  // Since a fix of stop 39 after the measure of 1169–1198 (in MISSED before): a district 国资委's
  // `对委机关各科室、市属企业所报送的信息`, its text saying 区属企业 elsewhere.
  '1179-kaizhou-gzw-2020.txt': [
    'agency-scope-above-level:overview',
    // Since a fix of stop 42 after the measure of 1349–1378: `请与重庆市开州区国资委联系(地址:…306室),
    // 邮编:405499,电话:023-52201927)。`, the bracket after 地址 closed and a second `)` after the telephone
    // with none open (a stray closer, as 1376's after its e-mail).
    'text-stray-closer:meta',
  ],
  '1181-dazhu-jkj-2019.txt': [
    'section-heading-mismatch:overview',
    'part-count-mismatch:overview',
    'agency-name-place-missing',
  ],
  '1186-gannan-lcj-2020.txt': [
    'date-characters-missing:overview',
    'part-count-mismatch:overview',
    'section-heading-mismatch:overview',
    // Since a fix of stop 39 after the measure of 1169–1198 (in MISSED before): the report named
    // `《甘南州林草局信息公开2020年度工作报告》`, its year after 信息公开, 政府 lost.
    'report-name-garbled:overview',
    // Warned at the measure, not written down; read by a fixer of stop 39 after the measure of 1169–1198
    // and decided real as the corpus decided 025's `二是突出重点领域信息公开。一是把…二是把…` (between
    // `一是…` and `三是…`): `二是完善制度机制。…一是我们主要采取逐级审查制度,…;二是为保证公开信息实效性,…`,
    // two levels numbered 一是/二是 alike inside the outer 二是.
    'subheading-number-repeated:overview',
  ],
  // Since a fix of stop 39 after the measure of 1169–1198 (in MISSED before): the preface's address
  // `蛟河市乌林乡朝鲜族乡人民政府`, 乡 written before and after the people (乌林朝鲜族乡).
  '1185-jiaohe-wulin-2019.txt': ['agency-name-word-doubled:meta'],
  '1187-langao-lyj-2020.txt': [
    'proactive-count-missing:overview',
    // Since a fix of stop 39 after the measure of 1169–1198 (in MISSED before): `全文内容总体情况、主动
    // 公开政府信息情况…`, 包括 lost.
    'phrase-garbled:meta',
  ],
  '1190-huade-lcj-2021.txt': [
    'count-number-missing:meta',
    'date-characters-missing:meta',
    'section-heading-mismatch:proactive',
    // Since a fix of stop 39 after the measure of 1169–1198 (in MISSED before): `址:化德县长顺镇…` /
    // `话:0474-7902436`, 地址 and 电话 each short of a character.
    'phrase-garbled:meta',
  ],
  '1191-zhenglanqi-2021.txt': [
    'count-unit-missing:overview',
    'date-characters-missing:meta',
    'parts-sum-mismatch:overview',
    // Since a fix of stop 39 after the measure of 1169–1198 (in MISSED before): `锡林郭勒盟…年报工作的
    // 通知》(锡政公办字〔2021〕5号)`, a title's 》 with no 《, before its number.
    'text-stray-closer:meta',
    // Since a fix of stop 39 after the measure of 1169–1198 (in MISSED before): `汇总各苏木镇(场)人民政府
    // (管委会)、直各部门政府信息公开年度报告`, 旗直 short of 旗.
    'phrase-garbled:meta',
  ],
  '1194-longxian-slj-2023.txt': ['report-name-garbled:meta'],
  '1196-jining-nmslj-2024.txt': ['report-name-garbled:meta', 'section-heading-mismatch:overview'],
  '1197-yinchuan-cgj-2024.txt': ['parts-sum-mismatch:overview', 'phrase-garbled:overview'],
  '1198-hegang-lcj-2025.txt': ['report-name-garbled:meta', 'date-characters-missing:meta'],
  // 1169–1198: the gatherers' problems found under a near key (1178's overview printed whole short of
  // areas without the section suffix; 1181's preface of five parts said under `:overview` (printed under
  // 一、总体情况), its title's placeless name without the suffix; 1198's `2025鹤岗市…情况报告`, its gatherer's
  // one problem, short of 年 as well as of the report's name).
  '1178-dadukou-kjj-2020.txt': [
    'overview-areas-missing',
    'money-unit-mismatch:t2.centralProcurement.amount',
    // Since a fix of stop 39 after the measure of 1169–1198: `…移动APP公开政府信息0` ending the
    // overview, `二、主动公开政府信息情况` printed after it.
    'count-unit-missing:overview',
    // Since a fix of stop 39 after the measure of 1169–1198 (in MISSED before): `提供政府信息的查、咨询等服务`,
    // 查阅 short of 阅.
    'phrase-garbled:overview',
  ],
  // Since a fix of stop 39 after the measure of 1169–1198 (in MISSED before): 1182's `…年度报告编及发布
  // 工作的通知》` (编制 short of 制); 1188's `拓大信息公开范围` (扩大).
  '1182-tongren-jyj-2020.txt': ['phrase-garbled:overview'],
  // Since a fix of stop 39 after the measure of 1169–1198 (in MISSED before): 1184's preface
  // `收到和处理政府信息公开处理情况` (申请 written 处理).
  '1184-tianjin-czj-2019.txt': ['phrase-garbled:meta'],
  // Warned anew by a fix of stop 39 after the measure of 1169–1198 and decided real as 1174's (written
  // down by its gatherer): 014's `如有疑问请与来凤县政务服务和大数据管理局(地址:…,联系电话:…)。`, 联系
  // lost after whom to ask (the bracket's 联系电话 is the phone's label, not the verb).
  '014-laifeng-2021.txt': ['phrase-garbled:meta'],
  '1188-jiayuguan-yjj-2021.txt': ['phrase-garbled:overview'],
  // 1169–1198, read after the measure and decided real as the corpus decided the same shapes: 1175's and
  // 1195's office counts (a government office's figures, its own or the government's, unsaid: 985's, 1004's,
  // 1075's), 1178's 2019 采购总金额 `17.27万元` (084's, 878's, 1080's).
  '1175-gaoqing-zfb-2024.txt': ['government-scope-missing'],
  '1195-shuozhou-zfb-2023.txt': ['government-scope-missing'],
  // Since a fix of stop 39 after the measure of 1169–1198: `主动公开政府信息数共计449条`, `全年收到依申请
  // 公开8件`, no level said (`对各部门信息公开工作实施常态化检查` is oversight, not a scope).
  '1193-shayibake-district-2022.txt': ['government-scope-missing'],
  // 1199–1228 (held out, measured once on 4a86266): flagged at the measure.
  '1200-rugao-scjgj-2024.txt': ['report-name-garbled:meta'],
  '1201-luqiao-fengjiang-2021.txt': ['report-name-garbled:meta'],
  '1203-laian-xinan-2021.txt': ['government-scope-missing'],
  '1205-fujian-sjt-2024.txt': [
    'date-characters-missing:meta',
    'date-characters-missing:overview',
    // Since a fix of stop 40 after the measure of 1199–1258: `在厅党组的正确领导,紧密结合审计工作实际` (下 lost).
    'phrase-garbled:overview',
  ],
  '1206-changle-luolian-2022.txt': ['government-scope-missing'],
  '1207-hukou-liusi-2023.txt': ['government-scope-missing'],
  // Since a fix of stop 40 after the measure of 1199–1258: `乐平市人民政府网站累计发布信息10397条`, its
  // `各单位政务新媒体` only those scanned (government-scope-missing).
  '1208-leping-2025.txt': [
    'government-scope-missing',
    'phrase-garbled:overview',
    'subheading-first-missing:overview',
  ],
  '1209-wansheng-guanba-2022.txt': [
    'government-scope-missing',
    // Since a fix of stop 40 after the measure of 1199–1258: `(以下简称《条例》)和以及重庆市人民政府办公厅…`.
    'phrase-garbled:meta',
  ],
  '1210-qianjiang-zhongtang-2022.txt': ['government-scope-missing'],
  // Since a fix of stop 40 after the measure of 1199–1258: 1211's shares of `主动公开信息11284条`
  // printed to the hundredth and rounded two ways (`动态7886条、占69.89%` half up, `财政460条、占4.07%`
  // for 4.0766%, `其他1439条、占12.76%` for 12.7526%).
  '1211-daying-county-2020.txt': ['report-name-garbled:meta', 'shares-rounding-mismatch:overview'],
  '1214-guandu-district-2024.txt': ['government-scope-missing'],
  '1222-huinan-wjj-2022.txt': [
    'agency-scope-above-level:overview',
    'report-name-garbled:meta',
    // Since a fix of stop 40 after the measure of 1199–1258: `(三)认真规范处理依申请公开。…确定其公开属性
    // …建立健全主动公开目录…健全公开前保密审查机制`, no word of a request.
    'overview-item-off-topic:overview',
  ],
  '1224-licheng-zfb-2022.txt': ['report-name-garbled:meta'],
  '1226-changbai-malugou-2023.txt': [
    'section-heading-mismatch:overview',
    // Since a fix of stop 68 after the measure of 2801–2845: `明确专人信息公开材料收集`, 专人 with no verb before the task.
    'phrase-garbled:overview',
  ],
  '1227-meihekou-heping-2020.txt': [
    'subheading-bracket-missing:overview',
    // Since a fix of stop 40 after the measure of 1199–1258: under `一、总体情况`, `本次年度报告由总体情况、…
    // 六个部分组成。现将我街2020年度政府信息公开工作汇报如下:` (the preface).
    'section-heading-mismatch:overview',
  ],
  // 1229–1258 (held out, measured once on 4a86266): flagged at the measure.
  // Since a fix of stop 40 after the measure of 1199–1258: 1230's preface `传真:0595-223377087` (a
  // local number of nine digits; its `电话:0595-23377088` has eight).
  '1230-anxi-kuidou-2020.txt': [
    'contact-number-malformed:meta',
    'date-characters-missing:meta',
    'notice-citation-unknown:meta:broken-number',
    'phrase-garbled:meta',
  ],
  '1231-chengxiang-changtai-2020.txt': [
    'government-scope-missing',
    'notice-citation-unknown:meta:title-2019-60',
  ],
  '1233-changsha-guoyuan-2021.txt': ['government-scope-missing', 'overview-areas-missing'],
  // Since a fix of stop 40 after the measure of 1199–1258: `全年通过县政府门户网站公开…信息7965 条`, its
  // `县政府和县政府办公室文件` a kind of document (government-scope-missing).
  '1236-fuliang-2023.txt': [
    'government-scope-missing',
    'phrase-garbled:meta',
    'wrong-year-in-text:overview:budget-2022',
  ],
  '1238-daye-yinzu-2025.txt': ['government-scope-missing'],
  '1241-xinganmeng-mzj-2022.txt': [
    'section-heading-mismatch:overview',
    'report-name-garbled:overview',
    // Since a fix of stop 40 after the measure of 1199–1258: `…等文件要求 中华人民共和国政府信息公开工作
    // 年度报告格式>,2022年…` (the name pasted again, its `<` lost).
    'text-stray-closer:overview',
  ],
  '1242-ordos-scjgj-2020.txt': [
    'table-cells-printed-blank:t2',
    'money-unit-mismatch:t2.centralProcurement.amount',
  ],
  '1243-shayibake-district-2019.txt': [
    'section-heading-mismatch:proactive',
    // Since a fix of stop 40 after the measure of 1199–1258: the overview whole to `二、` / `主要公开政府信息
    // 情况` (now one heading), items (一)–(三) on 主动公开, 依申请公开 and 复议诉讼 only: no 监督保障.
    'overview-areas-missing',
  ],
  '1249-chaoyang-jinzhan-2019.txt': [
    'government-scope-missing',
    // Since a fix of stop 40 after the measure of 1199–1258: the first sentence under `一、总体情况`,
    // `依据《中华人民共和国政府信息公开条例》第五十条之规定,制作本报告。` (the preface).
    'section-heading-mismatch:overview',
    // Since a fix of stop 40 after the measure of 1199–1258: `为各科、部门室全面梳理` (各科室、部门).
    'phrase-garbled:overview',
  ],
  '1251-binhai-taiping-2024.txt': ['proactive-count-missing:overview', 'report-name-garbled:meta'],
  '1252-beichen-tianmu-2024.txt': [
    'government-scope-missing',
    'section-heading-mismatch:overview',
    // Since a fix of stop 40 after the measure of 1199–1258: `…党务政务等公开内容报告所列数据。` (the data's sentence cut).
    'phrase-garbled:overview',
  ],
  '1253-wuqing-baigutun-2025.txt': ['government-scope-missing', 'report-name-garbled:meta'],
  '1255-shanxi-tyjrt-2022.txt': [
    'notice-citation-wrong:meta:2019-60',
    // Since a fix of stop 40 after the measure of 1199–1258: `建全信息发布日常巡查机制` (健全).
    'phrase-garbled:overview',
  ],
  // Since a fix of stop 40 after the measure of 1199–1258: `行政事业性收费和政府性基金和目录清单` (a 和 too many).
  '1254-xushui-district-2022.txt': ['phrase-garbled:overview'],
  '1256-jincheng-chengqu-scjgj-2023.txt': ['section-heading-mismatch:overview'],
  // 1199–1228: flagged at the measure under a near key (counted by meaning): 1202's, 1212's and 1221's
  // areas without the section suffix the gatherers wrote; 1208's first sub-heading (三) with (一)
  // printed as `- 主动公开` and (二) lost (the gatherer's numbering problem, said at its place);
  // 1221's first 表二 block printed with the 2019 format's row name `规范性文件`.
  '1202-zhoushan-zwfwb-2020.txt': [
    'overview-areas-missing',
    // Since a fix of stop 54 after the measure of 2126–2170: 表三's rows a line a cell, each line set
    // off by an empty one, seven empty lines before each row's total `0`: six cells printed blank.
    'table-cells-printed-blank:t3',
  ],
  '1212-daying-xczxj-2021.txt': [
    'overview-areas-missing',
    // Since a fix of stop 44 after the measure of 1379–1423: `我局通过政府公开网站,依法、准确、及时…`,
    // 信息 lost (1416's `政府公开网站`, written down by its gatherer; decided real on reading).
    'phrase-garbled:overview',
  ],
  '1221-heihe-qxj-2021.txt': ['overview-areas-missing', 'table-header-changed:t2:行政规范性文件'],
  // 1199–1228: warned at the measure, not written down, decided real after reading: 1219's preface
  // `现将2019年河南省气象局信息公开工作报告如下` (政府 and 年度 lost; as stop 31 decided the report's name).
  '1219-henan-qxj-2019.txt': ['report-name-garbled:meta'],
  // 1229–1258: flagged at the measure under a near key (counted by meaning): 1229's and 1233's
  // areas without the section suffix; 1231's and 1232's notice named `关于政府信息公开年度报告有关事项`
  // (工作 lost) said as the citation's title; 1236's `2022年部门预算` and 1239's `2021年我镇` said as
  // the year written in the text.
  '1229-guangdong-whlyt-2019.txt': ['overview-areas-missing'],
  // Since a fix of stop 40 after the measure of 1199–1258: `其中全省卫生健康系统信息公开范围主要是:…`
  // in a city commission's report (agency-scope-above-level).
  '1232-sanya-wjw-2020.txt': [
    'agency-scope-above-level:overview',
    'notice-citation-unknown:overview:title-2019-60',
    // Since a fix of stop 40 after the measure of 1199–1258: `紧围绕我委的工作` (紧紧围绕).
    'phrase-garbled:overview',
  ],
  '1239-zhidan-xinghe-2022.txt': ['wrong-year-in-text:overview:2021'],
  // 1229–1258: warned at the measure, not written down, decided real after reading: 1230's
  // `《福建省人民政府办公厅关于关于…》` (as 166, the same notice); 1237's office counts
  // (`发布10件规范性文件`: the office's own or the city's, as 1175's and 1195's); 1241's `现将我局2022年
  // 政府信息公开工作报告如下` (年度 lost) and 1246's `编制了山阳县人民政府办公室2021年政府信息公开年度报告` (工作
  // lost), as stop 31 decided; 1242's 2019 采购总金额 `211.509万` (as 084's).
  '1234-tunchang-wjw-2022.txt': [
    // Since a fix of stop 40 after the measure of 1199–1258: the preface, read from the page's field
    // `时效性:根据…`, lists `内容包含总体情况、…、政府信息公开工作存在的主要问题及改进情况等` (no 其他需要报告的事项).
    'part-count-mismatch:meta',
  ],
  '1237-liuyang-zfb-2024.txt': ['government-scope-missing'],
  // Since a fix of stop 40 after the measure of 1199–1258: `编制了山阳县人民政府办公室2021年政府信息公开
  // 年度报告。现将山阳县人民政府2021年…年度报告予以公开发布` (other-agency-in-text).
  '1246-shanyang-county-2021.txt': ['other-agency-in-text:meta', 'report-name-garbled:meta'],
  // Since a fix of stop 40 after the measure of 1199–1258: the title printed again as `宣城市机关事务管理
  // 2023年政府` / `信息公开工作年度报告` (局 lost); 昭通市's `围绕全市经济社会高质量发展,…主动公开信息4万余条`
  // (the city's aim, no scope); 拉萨市财政局 2025's and 贵阳市 2021's prefaces citing 〔2019〕60号 beside
  // 〔2021〕30号 as their basis (the corpus's decision: a 2021+ report citing 60号 is wrong).
  '1204-xuancheng-jgswj-2023.txt': ['agency-name-word-lost:meta'],
  '1216-zhaotong-city-2024.txt': ['government-scope-missing'],
  '1217-lasa-czj-2025.txt': ['notice-citation-wrong:meta:2019-60'],
  '1060-guiyang-city-2021.txt': ['notice-citation-wrong:meta:2019-60'],
  // Since a fix of stop 40 after the measure of 1199–1258: 1215's preface `邮编:67800` (five digits).
  '1215-baoshan-zfb-2024.txt': ['contact-number-malformed:meta'],
  // 1259–1273 (held out, measured once on 6887f3f): flagged at the measure.
  '1259-quxian-ybj-2022.txt': [
    'section-heading-mismatch:overview',
    'part-count-mismatch:overview',
    // Since a fix of stop 40 after the measure of 1259–1273: `借力“互联网政务服务”` (+ lost).
    'phrase-garbled:overview',
  ],
  '1260-guanghan-yjj-2021.txt': [
    'notice-citation-wrong:overview:2019-60',
    'phrase-garbled:overview',
    // Since a fix of stop 40 after the measure of 1259–1273: `总共公开政府信息352条,其中:政策文件类
    // 公开207条,包含…其他类文件97条;工作动态公开145条;2020年政府信息工作报告1条` (353 of 352; 230 of 207).
    'parts-sum-mismatch:overview',
  ],
  '1261-tuquan-yjj-2021.txt': [
    'parts-sum-mismatch:overview',
    // Since a fix of stop 40 after the measure of 1259–1273: `《国务院办公厅关于全面推进基层政府信息公开标准化
    // 规范化工作的指导意见》(国办发〔2019〕54号)`, the number's title says 政务公开.
    'notice-citation-unknown:overview:title-2019-54',
  ],
  '1262-pingyang-yjj-2021.txt': ['notice-citation-wrong:meta:2019-60', 'part-count-mismatch:meta'],
  '1263-dean-yjj-2020.txt': ['report-name-garbled:meta', 'agency-name-place-missing'],
  '1264-wuhua-zrzyj-2020.txt': [
    'phrase-garbled:overview',
    'section-heading-mismatch:overview',
    // Since a fix of stop 40 after the measure of 1259–1273: a 自然资源局's `不断提高群众对人社工作的满意度`.
    'other-agency-in-text:overview',
  ],
  '1266-hegang-xingan-2020.txt': [
    'report-name-garbled:meta',
    // Since a fix of stop 40 after the measure of 1259–1273: `进一步提升全政务公开工作水平` (区 lost) and
    // `聚集法定主动公开内容` (聚焦 written 聚集).
    'phrase-garbled:overview',
  ],
  '1267-lujiang-zfb-2019.txt': [
    'date-characters-missing:meta',
    'notice-citation-unknown:meta:broken-number',
    'part-count-mismatch:meta',
    'government-scope-missing',
    // Since a fix of stop 40 after the measure of 1259–1273: the title `庐江县政府办2019年政府信息公开工作年报`
    // (年度报告 written 年报) and `20197月份,利用办公室召开全体会议` (年 lost).
    'report-name-garbled:meta',
    'date-characters-missing:overview',
  ],
  '1268-yuanjiang-yangluozhou-2022.txt': [
    'phrase-garbled:overview',
    'report-name-garbled:meta',
    'phrase-garbled:meta',
  ],
  '1269-hongjiang-guihuayuan-2022.txt': [
    'government-scope-missing',
    'other-agency-in-text:overview',
    'overview-areas-missing',
  ],
  '1270-kongtong-suoluo-2024.txt': ['government-scope-missing'],
  '1271-fengqing-fengshan-2024.txt': [
    'government-scope-missing',
    'section-heading-mismatch:overview',
    // Since a fix of stop 40 after the measure of 1259–1273: a town's `发挥财政职能职责`.
    'other-line-of-work:overview',
    // Since a fix of stop 40 after the measure of 1259–1273: `持以公开为常态、不公开为例外` (坚 lost).
    'phrase-garbled:overview',
  ],
  '1273-donghu-binhu-2021.txt': [
    'notice-citation-unknown:meta:title-2021-30',
    'report-name-garbled:meta',
  ],
  // 1259–1273: flagged at the measure under a near key (counted by meaning): 1259's old parts
  // (`信息公开的收费及减免情况`, `附表`) said where its preface is read; 1263's `县应急管理局` without the
  // section suffix; 1269's and 1272's areas without it.
  '1272-qiaokou-yijia-2021.txt': ['overview-areas-missing'],
  // 1259–1273: warned at the measure, not written down, decided real after reading: 1264's
  // `现将我局2020年政务信息公开情况报告如下:` and 1271's `现将凤山镇2024年度政府信息公开工作情况报告如下:` under
  // `一、总体情况` (the report presented under the heading, as 407's); 1267's office counts (`全年通过合肥市
  // 政务公开网主动公开发布信息402条`, as 1175's, 1195's, 1237's); 1268's cited `《沅江市人民政府办公室关于2022年
  // 政府信息公开工作年度报告通知》` (a notice's name with a word lost before 通知).
  // 1274–1288 (held out, measured once on bae01df): flagged at the measure.
  '1274-ningyang-huafeng-2023.txt': ['date-characters-missing:meta', 'government-scope-missing'],
  '1275-qingdao-mzj-2022.txt': ['part-count-mismatch:meta', 'phrase-garbled:overview'],
  '1276-zezhou-mzj-2022.txt': [
    'notice-citation-wrong:overview:2019-60',
    'section-heading-mismatch:overview',
  ],
  '1277-tonghai-hexi-2023.txt': [
    'government-scope-missing',
    'subheading-first-missing:overview',
    // Since a fix of stop 41 after the measure of 1274–1288: `切实保障公众知情权、参与权、表达权和
    // 监督。` (监督权's 权 lost) and `一是制定专人负责政府网站信息公开管理` (指定 written 制定).
    'phrase-garbled:overview',
  ],
  '1278-chengcheng-yaotou-2023.txt': [
    'government-scope-missing',
    'section-heading-mismatch:overview',
  ],
  '1279-shiquan-slj-2020.txt': [
    'notice-citation-unknown:meta:国办公开函-2019-60',
    'report-name-garbled:meta',
    'section-heading-mismatch:overview',
  ],
  '1280-guanghe-chengguan-2023.txt': [
    'government-scope-missing',
    'report-name-garbled:meta',
    // Since a fix of stop 41 after the measure of 1274–1288: `对照《政府信息管理条例》的主动公开
    // 范围进行梳理` (no such regulation: the short name with 公开 written 管理).
    'notice-citation-unknown:overview:regulation-name',
  ],
  '1281-zhangjiachuan-swj-2020.txt': ['report-name-garbled:meta'],
  '1282-huocheng-slj-2025.txt': ['section-heading-mismatch:overview'],
  '1285-suiyang-xiaoguan-2022.txt': [
    'government-scope-missing',
    'report-name-garbled:meta',
    // Since a fix of stop 41 after the measure of 1274–1288: `2022年度我乡无依法申请公开件`
    // (依申请公开 counted, with 法 added).
    'phrase-garbled:overview',
  ],
  '1286-linhe-shuguang-2022.txt': [
    'phrase-garbled:meta',
    // Since a fix of stop 41 after the measure of 1274–1288: `总共发布8条信息,其中政府信息公开指南1条,…
    // 政务新媒体入口1条, 政府信息公开年报公开1条正确引导社会舆论` (eight kinds making 9).
    'parts-sum-mismatch:overview',
    // Since a fix of stop 41 after the measure of 1274–1288: `(国办公开办函{2021}30号)`.
    'notice-citation-unknown:meta:broken-number',
    // Since a fix of stop 41 after the measure of 1274–1288: `现将我2022年度政府信息与政务公开工作报告如下`.
    'report-name-garbled:meta',
    // Since a fix of stop 41 after the measure of 1274–1288: `在区委、区政府的正确领导及县政府信息公开
    // 领导小组的指导下`.
    'other-agency-in-text:overview',
    // Warned at the measure of 1274–1288 (counted then as a false warning), decided real at stop 41
    // (lead): `我单位…总共发布8条信息` gives the town's count without 本级 or 全乡, as 619's
    // `我单位主动公开政府信息39条` and 1249's `我单位共受理依申请公开6件`, whose gatherers wrote it down.
    'government-scope-missing',
  ],
  // Since a fix of stop 41 after the measure of 1274–1288: `公布网上服务事项108项,其中行政许可191项、
  // 行政处` (one part larger than its whole).
  '1284-tongzi-county-2019.txt': ['parts-sum-mismatch:overview'],
  // Since a fix of stop 41 after the measure of 1274–1288: `现发布《涡阳县水利局2025年政府信息公开年度报告》`.
  '1288-guoyang-slj-2025.txt': ['report-name-garbled:meta'],
  // 1274–1288: flagged at the measure under a near key (counted by meaning): 1277's first
  // sub-heading printed without its number before `(二)`, said as no (一); 1283's areas without the section
  // suffix; 1287's undefined `《办法》` (keyed null) said as a short name nothing defines.
  '1283-qiaoxi-zhongshan-2021.txt': [
    'overview-areas-missing',
    'table-header-changed:t2:行政规范性文件',
  ],
  '1287-chengxiang-fgj-2021.txt': [
    'citation-abbreviation-mismatch:overview',
    // Since a fix of stop 41 after the measure of 1274–1288: `提升政府工作透明力和分信力` (公信力
    // written 分信力, 透明度 written 透明力), `2021年度来未受理…` (来 stray) and `行政诉讼和和行` (和 twice).
    'phrase-garbled:overview',
  ],
  // 1274–1288: warned at the measure, not written down, decided real after reading: 1283's 2021
  // 表二 printing the 2019 format's row name `规范性文件` (1221's gatherer wrote the same shape down).
  // 1289–1303 (held out, measured once on db63649): flagged at the measure.
  '1289-taizhou-nyncj-2019.txt': [
    'report-name-garbled:meta',
    // Since a fix of stop 41 after the measure of 1289–1318: `重新组建局农业农村局政务公开领导小组` (局 before
    // the name that ends in 局 itself).
    'phrase-garbled:overview',
    // Since a fix of stop 41 after the measure of 1289–1318: the city's 局 calling itself `我厅` (a
    // province's 厅, the province's report copied), and `组织对《浙江省农业农村厅政府信息公开指南》进行了修改
    // 完善` (another body's guide), said in one finding.
    'other-agency-in-text:overview',
  ],
  '1292-yuexiu-dengfeng-2020.txt': ['subheading-first-missing:overview'],
  '1293-xiaoshan-beigan-2021.txt': [
    'report-name-garbled:meta',
    'part-count-mismatch:meta',
    // Since a fix of stop 41 after the measure of 1289–1318: `根据《国务院办公厅关于印发2021年政务公开
    // 要点的通知》` (工作 lost from the key points' name).
    'notice-citation-wrong:meta:key-points-2021',
  ],
  '1294-zhangzhou-wjw-2021.txt': [
    'report-name-garbled:meta',
    'notice-title-incomplete:meta',
    // Since a fix of stop 41 after the measure of 1289–1318: `国务院办公厅《2021年政府公开工作要求》
    // (国办发〔2021〕12号)` (the key points' number under another name).
    'notice-citation-wrong:overview:key-points-2021',
  ],
  '1296-qinbei-changtan-2022.txt': [
    'government-scope-missing',
    // Since a fix of stop 41 after the measure of 1289–1318: `据统计我镇共发布政府信息公开28条。其中法定主动
    // 公开信息28条,财政信息3条,政府信息公开指南2条,政府信息公开年度报告1条` (34 of 28).
    'parts-sum-mismatch:overview',
    // Since a fix of stop 55 after the measure of 2216–2260: no title, no agency, the preface's `现将2022年度政府信息公开工作情况汇报如下`
    // never calling the text a 报告 (a work report to a superior; its gatherer: 写成工作情况汇报, under a near key).
    'report-is-cover-letter',
  ],
  '1297-jingde-whlyj-2022.txt': ['date-characters-missing:meta'],
  '1298-jiangning-qilin-2023.txt': ['parts-sum-mismatch:overview'],
  '1301-zhangshu-zhongzhou-2024.txt': [
    // Since a fix of stop 41 after the measure of 1289–1318: `我乡累计主动公开政府信息463条,内容涵盖…。
    // 全方位展示了政府工作的重点与成效。其中发布公示公告8条、…重点领域信息公开32村务公开264条` (383 of 463).
    'parts-sum-mismatch:overview',
    'phrase-garbled:overview',
    'phrase-garbled:overview',
    'count-unit-missing:overview',
    'phrase-garbled:overview',
  ],
  '1303-lianyun-jyj-2025.txt': [
    'report-name-garbled:meta',
    ['part-count-mismatch:meta', 'part-count-mismatch:overview'],
    // Since a fix of stop 41 after the measure of 1289–1318: the preface `本年度报告依据……编制……数据统计周期为
    // 2025年1月1日至12月31日` printed again under `一、总体情况` (the page's 内容概述 the same words).
    'section-heading-mismatch:overview',
  ],
  // 1304–1318 (held out, measured once on db63649): flagged at the measure.
  '1304-dingzhou-zhuanlu-2020.txt': ['government-scope-missing', 'overview-areas-missing'],
  '1305-keyouqianqi-suolun-2019.txt': [
    'section-heading-mismatch:overview',
    'government-scope-missing',
    'overview-areas-missing',
  ],
  '1306-chengcheng-fengyuan-2021.txt': ['government-scope-missing', 'overview-areas-missing'],
  // Since a fix of stop 41 after the measure of 1289–1318: the whole preface `根据《中华人民共和国政府信息公开条例》……
  // 报告中所列数据统计期限为2025年1月1日至12月31日。` printed again under `一、总体情况`.
  '1308-qingshui-baituo-2025.txt': ['section-heading-mismatch:overview'],
  '1309-wuqia-biaoertuokuoyi-2025.txt': [
    'government-scope-missing',
    // Since a fix of stop 41 after the measure of 1289–1318: `主动公开政府公开信息、政府文件…` (公开 twice).
    'phrase-garbled:overview',
  ],
  '1310-zoucheng-taiping-2024.txt': ['government-scope-missing'],
  '1311-cangzhou-wjw-2023.txt': [
    'date-characters-missing:meta',
    // Since a fix of stop 41 after the measure of 1289–1318: `严格执行《条例》和《规定》相关要求`, no short
    // name defined and no 规定 named in full anywhere in the report.
    'citation-abbreviation-mismatch:overview',
    'phrase-garbled:overview',
    'phrase-garbled:overview',
    'proactive-count-missing:overview',
    'phrase-garbled:overview',
    'phrase-garbled:overview',
  ],
  '1313-changji-scjgj-2020.txt': [
    'report-name-garbled:meta',
    // Since a fix of stop 41 after the measure of 1289–1318: `(一)、主动公开情况`, `(二)、`, `(三)、` then
    // `(四)政府信息管理情况`, `(五)` without 、.
    'subheading-number-style-mixed:overview',
  ],
  // Since a fix of stop 41 after the measure of 1289–1318: `现将2020年度市人力资源社会保障局信息公开工作
  // 总结报告如下` (the report named a 总结报告).
  '1317-jining-rsj-2020.txt': ['report-name-garbled:meta'],
  '1316-dongxiang-rsj-2021.txt': [
    'proactive-count-missing:overview',
    // Since a fix of stop 41 after the measure of 1289–1318: its items (一)–(四) are 主动公开, 依申请公开,
    // 政府信息管理, 监督保障, 平台建设 missing (`通过政府门户网站信息公开平台主动公开` said of 主动公开).
    'overview-areas-missing',
    // 1304–1318: flagged at the measure under a near key (counted by meaning): 1316's title 县人社局 without
    // its county, said without the section suffix (1263's shape).
    'agency-name-place-missing',
  ],
  '1318-guanxian-rsj-2023.txt': ['shares-rounding-mismatch:overview'],
  // 1289–1303: flagged at the measure under a near key (counted by meaning): the areas without the
  // section suffix (1291 政府信息管理 of three missing, 1299 all four); 1294's notice title without its issuer
  // and 关于印发 said by notice-title-incomplete.
  '1291-guangming-gongming-2020.txt': [
    'overview-areas-missing',
    // Since a fix of stop 41 after the measure of 1289–1318: `2020年光明区共受理4申请公开政府信息` (件 lost
    // after 4; the 街道's report saying its district received them).
    'count-unit-missing:overview',
    'township-scope-above-level:overview',
  ],
  '1299-xinfeng-wjw-2023.txt': [
    'overview-areas-missing',
    // Since a fix of stop 41 after the measure of 1289–1318: `医疗卫生等多面内容` (多方面 lost 方).
    'phrase-garbled:overview',
    // Since a fix of stop 41 after the measure of 1289–1318: `全年主动公开政府信息数465条,内容涉及…。其中
    // 信息公开年度报告1条、…工作动态362条` (464 of 465).
    'parts-sum-mismatch:overview',
  ],
  // Since a fix of stop 41 after the measure of 1319–1333: `《罗平县人民政府办公室关于2024年政府信息公开工作
  // 年度报告编制发布工作的通知》(〔2025〕-007)` (no issuer's prefix, a dash, 号 lost; its gatherer's problem).
  '416-luoping-changdi-2024.txt': ['notice-citation-unknown:meta:broken-number'],
  // Since a fix of stop 41 after the measure of 1319–1333: `并统在湖北政务服务网上公开` (统一 lost 一).
  '1319-jiangan-erqi-2023.txt': ['phrase-garbled:overview'],
  // Since a fix of stop 41 after the measure of 1319–1333: `2.政府信息主动公开情况。` telling list changes
  // and `向居民通报4345次`, no count of information published.
  '1326-xicheng-guangwai-2022.txt': ['proactive-count-missing:overview'],
  // 1319–1333 (held out, measured once on 7cd4a52, every fix of the stop): flagged at the measure.
  '1320-hongjiang-yuanjianglu-2023.txt': [
    'report-name-garbled:meta',
    'report-name-garbled:meta',
    'part-count-mismatch:meta',
    'overview-areas-missing',
  ],
  '1321-hongjiang-xinjie-2023.txt': ['overview-areas-missing', 'parts-sum-mismatch:proactive'],
  '1322-jiangjin-ciyun-2024.txt': ['report-name-garbled:meta', 'government-scope-missing'],
  '1323-kaizhou-zhonghe-2025.txt': ['government-scope-missing'],
  '1328-xiushan-wjw-2021.txt': [
    'notice-citation-unknown:meta:broken-number',
    'date-characters-missing:meta',
  ],
  '1329-yanshan-jtj-2020.txt': [
    'section-heading-mismatch:overview',
    // Since a fix of stop 41 after the measure of 1319–1333: `《文山州人民政府办公室关于编制公布2020年政府
    // 信息公开工作年度报告有关事项的通知》(〔2021〕—43)` (no issuer's prefix, a dash, 号 lost).
    'notice-citation-unknown:overview:broken-number',
    // Since a fix of stop 41 after the measure of 1319–1333: `建议提案涉及道路硬化26、道路修缮7件` (件 lost
    // after 26).
    'count-unit-missing:overview',
    // Since a fix of stop 41 after the measure of 1319–1333: `公开各类信息共105条。其中:政务信息公开31条、…单位
    // 公示栏公开16条、…建议提案共43件(其中:…),建议提案涉及道路硬化26、…` (109 of 105; the clause after the
    // comma breaks the 43件 down).
    'parts-sum-mismatch:overview',
    'overview-areas-missing',
    ['table-header-changed:t2:本年新制作数量', 'table-header-changed:t2:本年新公开数量'],
    // 1319–1333: flagged at the measure under a near key (counted by meaning): 1329's undefined 《办法》《细则》
    // (keyed null) said as short names nothing defines; 1331's period and dates printed in the preface,
    // said where the importer reads them (under 一、总体情况).
    'citation-abbreviation-mismatch:overview',
    'table-header-changed:t2:上一年项目数量',
  ],
  '1331-baoshan-sthjj-2024.txt': [
    'section-heading-mismatch:overview',
    'statistics-period-mismatch:overview',
    'date-characters-missing:overview',
    // Since a fix of stop 41 after the measure of 1319–1333: the title printed again over two lines,
    // `上海市宝山区生态环境局2024` / `政府信息公开工作年度报告`, 年 lost after the year (written down under
    // `report-name-garbled:meta`; said as 641's title of the same shape).
    'date-characters-missing:title',
  ],
  '1330-maguan-jtj-2019.txt': [
    // Since a fix of stop 41 after the measure of 1319–1333: the title
    // `【2019】马关县交通运输局2019年政府信息公开工作年度报告`, a column's mark printed before it.
    'report-name-garbled:meta',
  ],
  '1332-qiannan-nyncj-2020.txt': [
    // Since a fix of stop 41 after the measure of 1319–1333: `可在黔南州人民政府门户网站
    // (http://znyncj.qiannan.gov.cn)和黔南州农业农村局门户网站(http://znyncj.qiannan.gov.cn)下载`, the
    // government's portal given the bureau's address (its gatherer keyed null; counted by meaning).
    'website-address-repeated:meta',
  ],
  // 1319–1333: warned at the measure, not written down, decided real after reading: 1324's sub-heading
  // (四)政府信息平台建设情况 (公开 lost, decided real at stop 37, 海城市西四镇 2025); 1329's 表二 header printed 上一年度项目数量 for
  // the format's 上一年项目数量 (a label changed, as 1221's and 1283's).
  '1324-jiange-zhangwang-2023.txt': ['overview-subheading-garbled:overview'],
  // 1349–1378 (held out, measured once on fe3d6f7): flagged at the measure.
  '1349-linzi-qidu-2022.txt': [
    'date-characters-missing:meta',
    'report-name-garbled:overview',
    // Since a fix of stop 42 after the measure of 1349–1378: `请与齐都镇人民政府党政办公室联系地址临淄区
    // 齐都路232号;…邮箱:lzqqdzdzb@zb.shandong)。`, the `(` before 地址 lost.
    'text-stray-closer:meta',
    // Since a fix of stop 42 after the measure of 1349–1378: `积极履行政府信息公开工作主管部门职责` in a
    // 镇's report (the 主管部门 are the general offices of 县级 governments and above).
    'township-scope-above-level:overview',
    // Since a fix of stop 42 after the measure of 1349–1378: `通过政务公开网站、“齐都印象”微信公众等`,
    // 微信公众号 short of 号.
    'phrase-garbled:overview',
  ],
  '1350-tengzhou-mushi-2022.txt': ['part-count-mismatch:meta', 'government-scope-missing'],
  '1352-xuanzhou-sfj-2021.txt': [
    'date-characters-missing:meta',
    // Since a fix of stop 42 after the measure of 1349–1378: `对政策背景、岀台目的、重要举措等方面的实质性
    // 解读`, 出 in its variant 岀.
    'phrase-garbled:overview',
  ],
  '1353-dongzhi-huayuan-2022.txt': [
    'phrase-garbled:overview',
    // Since a fix of stop 42 after the measure of 1349–1378: the 乡's preface `结合2022年我县政府信息公开
    // 工作编制而成` (the county's preface copied), the text read as the 乡's by its contact `请与花园乡人民
    // 政府办公室联系` and its `我乡`; and `花园乡…主动公开各类信息561条`, `2022年度,我乡…主动公开政府信息
    // 561条`, 乡本级 or 全乡 never said.
    'township-scope-above-level:meta',
    'government-scope-missing',
  ],
  '1354-mengcheng-xczxj-2023.txt': [
    'notice-citation-unknown:meta:broken-number',
    'text-bracket-unclosed:meta',
    // Since a fix of stop 42 after the measure of 1349–1378: `(地址:安徽省亳州市蒙城县宝塔中路路70号,…)`,
    // the road's 路 written twice before the number.
    'phrase-garbled:meta',
    // Since a fix of stop 42 after the measure of 1349–1378: `2023年度我局未收到依申请公开政府信息办理
    // 情况`, a handling received.
    'phrase-garbled:overview',
  ],
  '1355-haian-sjj-2021.txt': ['report-name-garbled:overview'],
  '1356-rudong-sjj-2023.txt': [
    'overview-areas-missing',
    // Since a fix of stop 42 after the measure of 1349–1378: `(二)加强公开力度。…及时发布各类政务信息,…作为
    // 重点公开领域,…` and no count of what was published (the item on 主动公开, its heading without the word).
    'proactive-count-missing:overview',
  ],
  '1358-shuozhou-tjj-2019.txt': ['date-characters-missing:meta'],
  '1359-yuxian-dongliang-2023.txt': ['government-scope-missing'],
  '1360-zzgx-cgj-2022.txt': [
    'report-name-garbled:meta',
    // Since a fix of stop 42 after the measure of 1349–1378: `(一)主动公开工作开展情况` counting only the
    // decisions put on credit websites (`上传公示行政处罚259项,行政许可73项,行政强制7项`), no information.
    'proactive-count-missing:overview',
  ],
  '1361-pingdingshan-cgj-2025.txt': ['proactive-count-missing:overview'],
  '1362-neiqiu-houjiazhuang-2021.txt': [
    'part-count-mismatch:meta',
    // Since a fix of stop 42 after the measure of 1349–1378: `请与侯家庄乡人民政府党政办公室联系,联系电话:
    // 0319-6991003;电子邮箱:nqxhjz@163.com)`, a `)` none opened.
    'text-stray-closer:meta',
    // Since a fix of stop 42 after the measure of 1349–1378: `做好本单位政府信息年度报告的编制工作`
    // (公开工作 lost).
    'report-name-garbled:meta',
    // Since a fix of stop 42 after the measure of 1349–1378: the 2021 report's overview opening
    // `2022年,侯家庄乡人民政府严格按照《…条例》的规定,…深入推进政府信息公开工作。`.
    'wrong-year-in-text:overview:2022',
  ],
  '1364-fuxian-sixian-2022.txt': ['notice-citation-wrong:meta:2019-60'],
  '1365-chencang-zhouyuan-2022.txt': [
    'report-name-garbled:meta',
    'report-name-garbled:meta',
    'government-scope-missing',
  ],
  '1366-yanan-swj-2021.txt': [
    'section-heading-mismatch:proactive',
    // Since a fix of stop 42 after the measure of 1349–1378: `全年延安市商务局共公开各类信息501条,发布照片
    // 121张,…。其中,概况类信息5条,动态类信息374条,文件58条,解读政策类信息6条,政务微博发布156条,…`, 443 or
    // 747, neither 501 (the whole in the first clause, other work after it in other units).
    'parts-sum-mismatch:overview',
    // Since a fix of stop 42 after the measure of 1349–1378: `制定了印发了《延安市商务局关于…的通知》`,
    // two verbs with 了 run together.
    'phrase-garbled:overview',
  ],
  '1367-gangu-swj-2021.txt': [
    'report-name-garbled:meta',
    'section-heading-mismatch:overview',
    'overview-areas-missing',
    // Since a fix of stop 42 after the measure of 1349–1378: `建设阳光透明的责任型政府、法制性政府、服务性
    // 政府` (法治 written 法制) and `将与经济建设、社会管理和公开服务相关的政府信息` (公共服务 written 公开服务),
    // two slips of the overview, one finding.
    'phrase-garbled:overview',
  ],
  '1368-pingchuan-nyncj-2025.txt': [
    'phrase-garbled:meta',
    // Since a fix of stop 42 after the measure of 1349–1378: `主动发布政府信息155条,其中,政府信息公开制度15,
    // 公示公告21条,…`, 条 lost after 15.
    'count-unit-missing:overview',
  ],
  '1369-longde-chengguan-2021.txt': [
    'report-name-garbled:meta',
    'section-heading-mismatch:overview',
    'date-characters-missing:overview',
    'government-scope-missing',
    // Since a fix of stop 42 after the measure of 1349–1378: `(二)依申请公开情况` / `镇高度重视依申请公开
    // 工作`, the town's 我 lost.
    'phrase-garbled:overview',
  ],
  '1370-xinghai-zhongtie-2021.txt': [
    'government-scope-missing',
    // Since a fix of stop 42 after the measure of 1349–1378: `规范依法申请公开服务`, 依申请公开 with 法 put in.
    'phrase-garbled:overview',
    // Since a fix of stop 42 after the measure of 1349–1378: `(二)加强组织领导,完善制度建设确定乡政府乡长分管
    // 政府信息公开工作,…`, the sub-heading run into its text, its siblings ending theirs with 。.
    'overview-subheading-garbled:overview',
  ],
  '1371-maigaiti-county-2025.txt': [
    'report-name-garbled:meta',
    // Since a fix of stop 42 after the measure of 1349–1378: `全年通过县人民政府门户网站主动公开信息总量
    // 2869条`, 本级 or 全县 never said (`以扎实的工作举措推动全县政务公开不断取得新成效` the work's aim,
    // `实时推送全县经济社会发展…等领域的工作动态` the news's topics).
    'government-scope-missing',
  ],
  // Since a fix of stop 42 after the measure of 1349–1378: `我区通过政府门户网站主动公开各类工作信息
  // 1338条,双公示142条,经费公开312条`, 区本级 or 全区 never said (`高新区(新市区)` read as the district's
  // government; `把政务公开工作分解细化到各部门` the work handed down, no count).
  '1372-urumqi-xinshi-2020.txt': [
    'government-scope-missing',
    // Since a fix of stop 42 after the measure of 1349–1378: the second title line
    // `高新区(新市区)政府2020年信息公开工作年度报告` under `2020年高新区(新市区)政府信息公开工作年度报告`.
    'report-name-garbled:meta',
  ],
  '1373-ordos-gzw-2022.txt': [
    'report-name-garbled:meta',
    'proactive-count-missing:overview',
    // Since a fix of stop 42 after the measure of 1349–1378: `全面贯彻党的二十大精神和认真学习贯彻…,全面
    // 贯彻党的二十大和十九届历次全会…`, one phrase opening two clauses of a sentence.
    'phrase-garbled:overview',
  ],
  '1374-wuyuan-xingongzhong-2023.txt': [
    'government-scope-missing',
    // Since a fix of stop 42 after the measure of 1349–1378: `特编制2023年度新公中镇政府信息公开工作年度报告。现将我镇
    // 政务公开工作报告如下` (the report under two names).
    'report-name-garbled:meta',
  ],
  // Since a fix of stop 42 after the measure of 1349–1378: `完善政府信息主动公开目录,作好重点工作的要点
  // 梳理`, 做好 written 作好.
  '1377-hunnan-jtj-2023.txt': ['phrase-garbled:overview'],
  '1375-fusong-donggang-2020.txt': [
    'section-heading-mismatch:overview',
    'government-scope-missing',
    'overview-areas-missing',
    // 1349–1378: warned at the measure, not written down, decided real by the lead at stop 42 after
    // reading: 1375's 2019-format 表二 采购总金额 808 with no unit printed (as 020's, 036's, 050's); 1378's
    // 所列数据截止日期为2022年12月31日 without the period's start (as 596's and 865's); 1378's (二)积极推动政府信息主动公开 printed
    // whole with no count (its gatherer left it unjudged as the excerpt ends at (四); the item on 主动公开 is
    // complete, as 1326's and this measure's 1356 and 1360).
    'procurement-unit-unstated',
    // Since a fix of stop 42 after the measure of 1349–1378: `特向社会公开年度东岗镇政府信息公开年度报告` (the year
    // before 年度 lost, 工作 too).
    'report-name-garbled:overview',
    // Since a fix of stop 42 after the measure of 1349–1378: `《关于印发《抚松县年政务公开工作要点及重点任务分工》的通知》`
    // (the year's digits lost before 年).
    'date-characters-missing:overview',
    // Since a fix of stop 42 after the measure of 1349–1378: `(抚政办发【9号】)` (the serial in the year's bracket, no year).
    'notice-citation-unknown:overview:broken-number',
  ],
  '1376-tianshui-swj-2021.txt': [
    'section-heading-mismatch:overview',
    'part-count-mismatch:overview',
    // Since a fix of stop 42 after the measure of 1349–1378: `请与天水市水务局联系,电话:8215795,邮箱:
    // tssswjbgs@163.com)。`, a `)` none opened (its gatherer's :meta; the preface is printed under
    // 一、总体情况, so read in the overview).
    'text-stray-closer:overview',
  ],
  // 1349–1378: flagged at the measure under a near key (counted by meaning): 1363's title
  // 北乡义镇2020政府信息公开年度报告 (年 lost after the year, its gatherer's report-name-garbled:meta); 1367's and
  // 1375's areas without the section suffix; 1376's preface of the old eight parts said on the
  // overview's line.
  '1363-chengan-beixiangyi-2020.txt': [
    'date-characters-missing:title',
    // Since a fix of stop 44 after the measure of 1379–1423: the title `北乡义镇2020政府信息公开年度报告`
    // read with its year's 年 lost, 工作 lost from the name (its gatherer's problem, now by its key).
    'report-name-garbled:meta',
    // Since a fix of stop 42 after the measure of 1349–1378: `北乡义镇以2020年政务公开工作为指引`, 要点
    // lost.
    'phrase-garbled:overview',
  ],
  '1378-jian-huadian-2022.txt': [
    'statistics-period-mismatch:meta',
    'proactive-count-missing:overview',
    // Since a fix of stop 42 after the measure of 1349–1378: `现公布花甸镇2022年度政府信息公开工作情况报告如下`
    // (a 情况报告 published, not the regulation's name).
    'report-name-garbled:meta',
  ],
  // 1334–1348 (held out, measured once on 062a789): flagged at the measure.
  '1334-nanshan-yjglj-2024.txt': ['parts-sum-mismatch:overview'],
  '1335-lufeng-bawan-2022.txt': [
    'overview-areas-missing',
    // Since a fix of stop 42 after the measure of 1334–1348: `据统计,行政许可共计处理338宗……行政处罚共计46宗`,
    // 镇本级 or 全镇 unsaid (`全镇总面积126平方公里` the town's profile, no scope).
    'government-scope-missing',
    // Since a fix of stop 42 after the measure of 1334–1348: the overview whole (二 follows), no word of
    // 主动公开 and no count of information made public, only `据统计,行政许可共计处理338宗…行政处罚共计46宗`.
    'proactive-count-missing:overview',
    // Since a fix of stop 42 after the measure of 1334–1348: `八万镇位于陆丰东北部,东邻陂洋镇,…下辖11个行政
    // 村和1个社区,…现有总人口近4万人,常住人口约19489人…革命老区镇`, the town's profile as the overview's first
    // paragraph.
    'overview-item-off-topic:overview',
  ],
  // Since a fix of stop 42 after the measure of 1334–1348: `2025年度我镇共制作信息6条,其中主动公开信息数6条`,
  // `我镇受理依申请公开信息申请0条`, 镇本级 or 全镇 unsaid (`对涉及全镇安全生产领域…等内容进行公开` the items'
  // fields, no scope).
  '1338-datian-shangjing-2025.txt': [
    'government-scope-missing',
    'shares-rounding-mismatch:overview',
  ],
  // Since a fix of stop 42 after the measure of 1334–1348: `落实专人负责授理政府信息依申请工作` (授理 for 受理,
  // 依申请公开工作 without 公开).
  '1337-yulin-zjj-2021.txt': ['phrase-garbled:overview'],
  // Since a fix of stop 42 after the measure of 1334–1348: `为农业生产类信息2条,占33.3%;卫生健康类信息1条,占
  // 16.67%;…` (2/6 is 33.33% at the list's hundredth; the four add up to 99.94%).
  '1336-lufeng-nantang-2025.txt': ['government-scope-missing'],
  '1339-datian-meishan-2025.txt': ['part-count-mismatch:meta'],
  '1340-yudu-zfb-2021.txt': [
    'notice-citation-unknown:meta:broken-number',
    'date-characters-missing:meta',
  ],
  '1341-xingguo-meijiao-2020.txt': [
    'part-count-mismatch:meta',
    'report-name-garbled:meta',
    'date-characters-missing:meta',
    'section-heading-mismatch:overview',
    'government-scope-missing',
    // 1334–1348: flagged at the measure under a near key (counted by meaning): 1341's 截止202012月31日 in 二
    // (its gatherer's :overview); 1347's preface of five parts said to be six, on the overview's line.
    'date-characters-missing:proactive',
    // 1334–1348: warned at the measure, not written down, decided real by the lead at stop 42 after
    // reading: 1341's 一、概述 printed whole (二 follows) tells only the count and the channels of 主动公开, none
    // of 依申请公开, 政府信息管理, 监督保障 (its gatherer saw the old structure's sub-headings as said by the part and
    // heading problems; the areas are a reviewer's own request).
    'overview-areas-missing',
  ],
  '1343-jinyun-dongfang-2022.txt': [
    'date-characters-missing:meta',
    'government-scope-missing',
    // Since a fix of stop 42 after the measure of 1334–1348: `积极回应社会关切情况,政务舆情处置回应情况。`, the
    // outline's items left as the last sentence of 主动公开, nothing told of them.
    'template-text-left:overview',
  ],
  '1344-wenzhou-jgswj-2019.txt': ['report-name-garbled:meta'],
  '1345-zhoushan-mzj-2024.txt': ['report-name-garbled:meta'],
  '1346-tianya-district-2023.txt': [
    'report-name-garbled:overview',
    // Since a fix of stop 42 after the measure of 1334–1348: `天涯区在政府网站(信息公开专栏)主动公开政府信息
    // 143条`, 区本级 or 全区 unsaid; `全区各单位共收到政府信息公开申请122件` says the requests' scope only.
    'government-scope-missing',
    // Since a fix of stop 42 after the measure of 1334–1348: under `一、总体情况` the paragraph `根据《中华人民
    // 共和国政府信息公开条例》(国令第711号)和…(国办公开办函〔2021〕30号)的规定,编制天涯区政府2023年政府信息公开
    // 工作报告。`, its preface printed before the heading (the basis and this year's report named again).
    'section-heading-mismatch:overview',
  ],
  // Since a fix of stop 42 after the measure of 1334–1348 (a scope said in a sentence counting only the
  // requests, as 1346's `全区各单位共收到…122件`, says nothing of the items published): real, the count
  // published said of no level. 495's `2023年全年主动公开政府信息102条` with `全镇共收到政府信息公开自然人申请
  // 10件`; 833's `通过县人民政府门户网站、微信、微博共发布各类信息数量17249条` with `全县政府系统各单位收到依
  // 申请公开共2件` (as 051's portal count, GOVERNMENT_SCOPE_DECIDED).
  '495-miyun-dachengzi-2023.txt': ['government-scope-missing'],
  '833-sandu-county-2022.txt': ['government-scope-missing'],
  '1347-haitang-yjglj-2023.txt': [
    'section-heading-mismatch:overview',
    'overview-areas-missing',
    'part-count-mismatch:overview',
  ],
  '1348-tianya-zwfwzx-2023.txt': [
    'date-characters-missing:overview',
    'date-characters-missing:overview',
  ],
  // 1379–1393 (held out, measured once on f8a2769): flagged at the measure.
  '1379-xiangxiang-jinshi-2024.txt': [
    'date-characters-missing:overview',
    // Since a fix of stop 44 after the measure of 1379–1423: `现发布《湘乡市金石2024年…年度报告》`, the
    // town's 镇 lost before the year in the report's own name (the agency read from the title, no longer
    // from the page's `索引号:… 发布目录:信息公开年度报告` line).
    'agency-name-word-lost:meta',
    // Since a fix of stop 44 after the measure of 1379–1423: `有力保障了全镇企业平稳开工` (the town's firms
    // served) no longer read as a scope said of `我镇主动公开政府信息共669条`.
    'government-scope-missing',
  ],
  '1380-xiangyin-dongtang-2024.txt': [
    'government-scope-missing',
    // Since a fix of stop 44 after the measure of 1379–1423: `结转到2024年办理0件` in the 2024 report
    // (carried to the next year, 2025).
    'wrong-year-in-text:overview:2024',
    // Since a fix of stop 44 after the measure of 1379–1423: `2024年全县共收到依申请公开件0件` in a
    // town's report, the requests said of the whole county.
    'region-figures-in-unit-report:overview',
  ],
  '1381-kaifu-fgj-2023.txt': [
    'report-name-garbled:meta',
    'notice-citation-unknown:meta:broken-number',
    'date-characters-missing:meta',
    // Since a fix of stop 44 after the measure of 1379–1423: the notice's `…的通知》` before its number
    // broken `(国办公开办函〔202130号)`, its 《 lost; `,2023收到13项…`, the year opening a clause without 年.
    'text-stray-closer:meta',
    'date-characters-missing:overview',
  ],
  '1382-xialu-wjj-2021.txt': ['notice-citation-wrong:meta:2019-60', 'part-count-mismatch:meta'],
  '1383-xiangyang-tjj-2022.txt': [
    'report-name-garbled:meta',
    'table-header-changed:t2:现行有效件数',
  ],
  '1385-xichong-guanya-2023.txt': [
    'date-characters-missing:meta',
    'government-scope-missing',
    'phrase-garbled:overview',
    'subheading-number-repeated:overview',
    'date-characters-missing:overview',
  ],
  '1386-zhaohua-slj-2023.txt': [
    'part-count-mismatch:meta',
    // Since a fix of stop 44 after the measure of 1379–1423: no title, the preface presenting
    // `2023年度区水利局政府信息公开工作年度报告`, the bureau without its 区's name.
    'agency-name-place-missing:meta',
    // Since a fix of stop 44 after the measure of 1379–1423 (in MISSED before): `年度内未申请公开件`,
    // 收到 lost.
    'phrase-garbled:overview',
    // 1379–1393: warned at the measure, not written down, decided real by the lead at stop 44.
    'overview-subheading-garbled:overview',
  ],
  '1387-jinkouhe-wgtlj-2024.txt': [
    'section-heading-mismatch:overview',
    // Since a fix of stop 44 after the measure of 1379–1423 (in MISSED before): `充分运用移动铀媒`.
    'phrase-garbled:overview',
  ],
  // Since a fix of stop 44 after the measure of 1379–1423 (in MISSED before): the preface's
  // `我全力做好政府信息主动公开…`, 镇 lost after 我.
  '1389-changshou-shuanglong-2020.txt': ['phrase-garbled:meta'],
  // Since a fix of stop 44 after the measure of 1379–1423: `本年度汉正街道主动公开财政预决算相关信息、主动更新
  // 机构职能…等信息。` a paragraph of its own, the next `本年度我街道新收到依申请公开政府信息0件`: the
  // overview's paragraph on 主动公开, whole, no count anywhere.
  '1384-qiaokou-hanzheng-2025.txt': ['proactive-count-missing:overview'],
  '1388-bishan-fulu-2020.txt': [
    // 1379–1393: flagged at the measure under a near key (counted by meaning).
    'overview-areas-missing',
    // Since a fix of stop 44 after the measure of 1379–1423: `使全镇群众及时了解政府各项发展规划` (the
    // town's people informed) no longer read as a scope said of `累计主动公开政府信息66条`.
    'government-scope-missing',
  ],
  '1390-dadukou-wjw-2025.txt': ['notice-citation-unknown:meta:broken-number'],
  '1392-xifeng-tjj-2020.txt': [
    'report-name-garbled:meta',
    'part-count-mismatch:meta',
    // Since a fix of stop 44 after the measure of 1379–1423: `…门户网站236条,发布统计信息127篇,其中统计
    // 分析、资料40余篇,各类统计信息164篇`, 127篇 the only count in 篇 of its statement, read as the
    // whole of the parts in 篇 after it (204余 of 127).
    'parts-sum-mismatch:overview',
    // Since a fix of stop 44 after the measure of 1379–1423: no title, the preface presenting
    // `2020年度县统计局信息公开年度报告`, the bureau without its 县's name.
    'agency-name-place-missing:meta',
    // Since a fix of stop 44 after the measure of 1379–1423 (both in MISSED before): the preface's
    // `“阳关政府”` and `特向制定2020年度…报告`, one finding (two slips said in it).
    'phrase-garbled:meta',
  ],
  // Since a fix of stop 44 after the measure of 1379–1423 (in MISSED before): `中心河流治理` in a list,
  // 中小河流治理 with 小 miswritten.
  '1391-dejiang-swj-2023.txt': ['phrase-garbled:overview'],
  // 1394–1408 (held out, measured once on f8a2769): flagged at the measure.
  '1394-shidian-taiping-2025.txt': [
    // 1394–1408: flagged at the measure under a near key (counted by meaning).
    'notice-citation-unknown:meta:title-2021-30',
    // Since a fix of stop 44 after the measure of 1379–1423: `太平镇人民政府微信公众号公开144条` (the
    // government's account as the channel) no longer read as the government's own count; `我镇…主动公开
    // 政府信息329条` said of no level.
    'government-scope-missing',
  ],
  '1395-chuxiong-lvhe-2025.txt': ['government-scope-missing'],
  '1396-diqing-ju-2022.txt': [
    'section-heading-mismatch:proactive',
    // 1394–1408: flagged at the measure under a near key (counted by meaning).
    'overview-areas-missing',
    'part-count-mismatch:overview',
    // Since a fix of stop 70 after the measure of 2891–2935: a paragraph under an item with no word of the
    // disclosure that counts the line work (`全州累计建造通信基站6495座,…宽带网络用户数达15.12万户`) read.
    'overview-item-off-topic:overview',
  ],
  '1397-binhai-hujiayuan-2024.txt': [
    'report-name-garbled:meta',
    // Since a fix of stop 44 after the measure of 1379–1423 (in MISSED before): `积极学习借鉴政府公开
    // 好的做法`, 信息 lost.
    'phrase-garbled:overview',
    // Since a fix of stop 52 after the measure of 2039–2080 (in MISSED before): the overview's areas
    // on lines of their own (`主动公开方面` … `监督保障`), none numbered, read.
    'subheading-number-missing:overview',
  ],
  '1400-dongcheng-cgw-2019.txt': [
    // Since a fix of stop 44 after the measure of 1379–1423: after four kinds joined by `、` that
    // make the whole (422), one more kind after a comma, larger than the whole alone (`行政许可及
    // 行政处罚“双公示”613条`), read as a kind of its `其中` (the read stopped where the parts made 422).
    'parts-sum-mismatch:overview',
    // Since a fix of stop 44 after the measure of 1379–1423: `1.主动公开情况;` / `(一)…` / `(二)…` /
    // `(三)…` / `2.依申请公`, the levels inverted.
    'subheading-number-style-mixed:overview',
    // Since a fix of stop 66 after the measure of 2711–2755 (in MISSED before): `一是坚持在深化疏解、强化治理、优化提升上下
    // 功夫,…` under `(一)专项规划及重大项目实施`, a long point saying no word of the disclosure work, read as off topic.
    'overview-item-off-topic:overview',
  ],
  '1401-baoshan-gucun-2020.txt': [
    'notice-citation-unknown:meta:broken-number',
    'date-characters-missing:meta',
    // Since a fix of stop 44 after the measure of 1379–1423 (in MISSED before): `全文电子化率达100%2020
    // 新增的…`, the year's 年 lost after a percentage run on (under a near key, counted by meaning: its
    // gatherer wrote phrase-garbled).
    'date-characters-missing:overview',
  ],
  // Since a fix of stop 44 after the measure of 1379–1423 (both in MISSED before): `累计主动公开政府信息
  // 文2件` and `先后完成政府公开月活动`, one finding (two slips said in it).
  '1402-baoshan-binjiangwei-2024.txt': ['phrase-garbled:overview'],
  '1403-chayu-gula-2022.txt': [
    'report-name-garbled:meta',
    // Since a fix of stop 44 after the measure of 1379–1423 (in MISSED before): the preface's
    // `出特别情况说明外` (除 miswritten) and the overview's `大事多、喜喜事多、要事多`.
    'phrase-garbled:meta',
    'phrase-garbled:overview',
    // 1394–1408: flagged at the measure under a near key (counted by meaning).
    'notice-citation-unknown:meta:regulation-name',
  ],
  '1404-gannan-qxj-2024.txt': [
    'report-date-after-deadline',
    // 1394–1408: flagged at the measure under a near key (counted by meaning).
    'text-bracket-unclosed:overview',
  ],
  '1405-tongyu-county-2023.txt': ['agency-scope-above-level:overview'],
  '1406-tonghua-zfb-2025.txt': [
    'notice-citation-unknown:meta:broken-number',
    'date-characters-missing:meta',
  ],
  '1407-changbaishan-bgs-2023.txt': ['report-name-garbled:meta'],
  // Since a fix of stop 44 after the measure of 1379–1423: `就街道2024年度政府信息公开工作报告如下`, the
  // report presented by 就…如下 as by 现将…如下, its name without 年度.
  '1408-liubei-gangcheng-2024.txt': ['report-name-garbled:overview'],
  // 1409–1423 (held out, measured once on f8a2769): flagged at the measure.
  '1409-wujin-wjj-2024.txt': [
    'report-name-garbled:meta',
    'part-count-mismatch:meta',
    // 1409–1423: flagged at the measure under a near key (counted by meaning).
    'overview-areas-missing',
    // Since a fix of stop 47 after the measure of 1634–1678 (in MISSED before): 表二's `行政强制` with no value, the
    // next caption right after it, the row before given a cell a line: printed blank.
    'table-cells-printed-blank:t2',
  ],
  '1410-zhoushan-tyjrswj-2020.txt': [
    // 1409–1423: flagged at the measure under a near key (counted by meaning).
    'overview-areas-missing',
    // Since a fix of stop 46 after the measure of 1574–1633 (in MISSED before): 表三's rows a cell a
    // line, short of values, the next row's label after them: cells printed blank.
    'table-cells-printed-blank:t3',
  ],
  '1412-shangcheng-xiaoying-2024.txt': [
    'overview-item-off-topic:overview',
    'proactive-count-missing:overview',
  ],
  '1414-linyi-gaj-2020.txt': [
    // 1409–1423: flagged at the measure under a near key (counted by meaning).
    'notice-citation-wrong:overview:key-points-2020',
  ],
  '1416-mingguang-suxiang-2020.txt': [
    'date-characters-missing:meta',
    'government-scope-missing',
    // Since a fix of stop 44 after the measure of 1379–1423 (in MISSED before): `明光市人民政府公开网站`,
    // `政府公开网站季度检查`, 信息 lost.
    'phrase-garbled:overview',
  ],
  '1417-fengze-tyjrswj-2022.txt': [
    'notice-citation-wrong:meta:2019-60',
    'notice-citation-unknown:overview:regulation-name',
  ],
  '1418-nanan-penghua-2024.txt': [
    'report-name-garbled:meta',
    // 1409–1423: warned at the measure, not written down (its gatherer: wording), decided real by the lead
    // at stop 44: `政府信息工作得到积极开展`, 公开 lost, the shape of 358's, 427's and 766's, all counted real.
    'phrase-garbled:overview',
  ],
  '1419-qinhuangdao-sthjj-2022.txt': [
    'text-stray-closer:meta',
    'section-heading-mismatch:overview',
    'count-unit-missing:overview',
    'date-characters-missing:overview',
  ],
  // Since a fix of stop 44 after the measure of 1379–1423 (in MISSED before): `在全省环保政务新媒体行榜中`,
  // 排行榜 with 排 lost.
  '1420-hengshui-sthjj-2020.txt': ['phrase-garbled:overview'],
  '1422-xinfeng-zhengping-2023.txt': [
    'government-scope-missing',
    'table-cells-printed-blank:t2',
    // Since a fix of stop 44 after the measure of 1379–1423: `(四)政府信息公开。`, the first words of
    // the fourth area, 平台建设 lost, among siblings naming their areas whole.
    'overview-subheading-garbled:overview',
  ],
  '1423-gongyi-zijinglu-2021.txt': [
    // 1409–1423: flagged at the measure under a near key (counted by meaning).
    'date-characters-missing:title',
    // Since a fix of stop 44 after the measure of 1379–1423: the title's short name `2021政府信息公开年度
    // 报告` read with its year's 年 lost (工作 lost, its gatherer's key); both said.
    'report-name-garbled:meta',
  ],
  // Since a fix of stop 44 after the measure of 1379–1423: 政府信息公开 (or 政务公开) with 信息 lost before
  // the work or a thing of it, read as 1397's, 1402's and 1416's gatherers wrote it down; these
  // gatherers wrote the same down as slips (156 `完善政府公开制度建设`, 201 `(四)政府公开平台建设`, 381
  // `完善政府公开的内容`, 544 `列入街道政府公开工作的重要内容`), 025's not (`巩固政府公开成果,规范政府公开
  // 内容…`, 599's wording, decided real on reading).
  '025-xingren-dashan-2024.txt': ['phrase-garbled:overview'],
  '156-hainan-dzj-2024.txt': ['phrase-garbled:overview'],
  '201-hunnan-gzj-2022.txt': ['phrase-garbled:overview'],
  '381-shengsi-fgj-2020.txt': ['phrase-garbled:overview'],
  '544-changyi-wenmiao-2020.txt': ['phrase-garbled:overview'],
  // 1424–1438 (held out, measured once on 432f8fc): flagged at the measure.
  '1424-jiange-lyj-2023.txt': [
    'date-characters-missing:meta',
    // Since a fix of stop 44 after the measure of 1424–1483: `县林业局未收到政府公开申请`, 信息 lost before
    // 申请 (the requests are 政府信息公开申请).
    'phrase-garbled:overview',
  ],
  '1430-mile-lcj-2025.txt': [
    // Since a fix of stop 44 after the measure of 1424–1483: `现将2025年政府信息公开公布如下`, the report
    // presented with 工作年度报告 lost before its verb (a near key, counted by meaning: its gatherer's
    // phrase-garbled; read as 兴安盟农牧局 2020's `…工作年度公布如下` is, the report's name short of words).
    'report-name-garbled:overview',
  ],
  '1431-huangping-county-2023.txt': [
    // Since a fix of stop 44 after the measure of 1424–1483: `以公开为常态、不公开为另外原则`, 例外 written 另外.
    'phrase-garbled:overview',
    // Since a fix of stop 44 after the measure of 1424–1483: `黄平县人民政府(政府办公室)` read as the
    // government, its `督促各乡镇、部门严格按照相关制度审核发布信息` as the rules kept, not a scope, and
    // `受理群众向县人民政府和县政府办公室提交的信息公开申请3件` as the requests' only.
    'government-scope-missing',
  ],
  '1426-yueyang-lingang-2025.txt': [
    'section-heading-mismatch:overview',
    // Since a fix of stop 44 after the measure of 1424–1483: the preface's `现发布岳阳临港高新技术产业开发区
    // 政府信息公开工作年度报告`, no title above it: the report named with no year.
    'report-name-garbled:meta',
    // Since a fix of stop 44 after the measure of 1424–1483: `深入贯彻落实国家政府信息公开工作条例`, the
    // regulation named with 工作 put in (no regulation has that name).
    'notice-citation-unknown:overview:regulation-name',
  ],
  '1427-yueyanglou-lvxianting-2020.txt': [
    'report-name-garbled:meta',
    'statistics-period-mismatch:meta',
    'section-heading-mismatch:overview',
    'subheading-number-style-mixed:overview',
    // Since a fix of stop 44 after the measure of 1424–1483: `岳阳日报17条、岳阳日报32条`, one paper
    // listed twice running with two counts.
    'channel-count-mismatch:overview',
    // Since a fix of stop 70 after the measure of 2891–2935: a paragraph under an item with no word of the
    // disclosure that counts the line work (`低保救助集中审批新增24户33人10550元,…`) read.
    'overview-item-off-topic:overview',
  ],
  '1428-xianning-zrzyj-2024.txt': [
    'notice-citation-unknown:meta:broken-number',
    'date-characters-missing:meta',
    'section-heading-mismatch:overview',
    // 1424–1438: flagged at the measure under a near key (counted by meaning).
    'subheading-number-skipped:overview',
    // Since a fix of stop 44 after the measure of 1424–1483: `申请87分别为`, `无法提供27不予处理`,
    // `行政复议11收到` read as counts run into the next words.
    'count-unit-missing:overview',
  ],
  '1429-daye-jtj-2022.txt': ['part-count-mismatch:meta', 'proactive-count-missing:overview'],
  '1432-liupanshui-yjj-2024.txt': [
    // 1424–1438: flagged at the measure under a near key (counted by meaning).
    'agency-name-place-missing',
  ],
  '1434-hantai-dongdajie-2020.txt': [
    'report-name-garbled:meta',
    // 1424–1438: the sub-heading run into its text, flagged under one of its gatherer's two keys.
    'phrase-garbled:overview',
  ],
  '1435-dingxi-yjj-2020.txt': [
    // 1424–1438: flagged at the measure under a near key (counted by meaning).
    'report-date-after-deadline',
  ],
  // Since a fix of stop 44 after the measure of 1424–1483: the title `东宁市文体广电和旅游局2021年度政务公开
  // 工作报告`, the report named by the wider work 政务公开 (read in a title only).
  '1436-dongning-wtj-2021.txt': [
    'report-name-garbled:meta',
    // Since a fix of stop 44 after the measure of 1424–1483: `发送信息200余有利提升了…` read as 余 with
    // no unit, the next words run on.
    'count-unit-missing:overview',
    // Since a fix of stop 50 after the measure of 1859–1903: the overview's items headed by the areas' names (`平台建设情况。`), none numbered.
    'subheading-number-missing:overview',
  ],
  '1437-chaoyang-sfj-2025.txt': ['phrase-garbled:overview'],
  '1438-yinzhou-district-2024.txt': [
    'notice-citation-unknown:meta:2022-30',
    'section-heading-mismatch:overview',
    'phrase-garbled:overview',
    // Since a fix of stop 44 after the measure of 1424–1483: `2024年,银州区人民严格实行了保密审核制度`, 人民
    // before a verb phrase where the text names 银州区人民政府: the government's 政府 lost.
    'agency-name-word-lost:overview',
  ],
  // 1439–1453 (held out, measured once on 432f8fc): flagged at the measure.
  '1439-gaoping-yuancun-2024.txt': ['shares-rounding-mismatch:overview'],
  '1440-baiyun-jiahe-2019.txt': [
    // 1439–1453: flagged at the measure under a near key (counted by meaning).
    'overview-areas-missing',
    // Since a fix of stop 44 after the measure of 1424–1483: an overview printed whole with no number
    // but years, and no count of information made public anywhere, read as the count never given.
    'proactive-count-missing:overview',
  ],
  '1441-yongchuan-zhongshanlu-2025.txt': [
    // Since a fix of stop 44 after the measure of 1424–1483: the report's parts listed under the
    // heading (`报告内容由以下六个部分构成:…`) read as a preface's words, a preface before it too.
    'section-heading-mismatch:overview',
    // Since a fix of stop 44 after the measure of 1424–1483: its list read after `六个部分构成:`, the
    // fourth part `…提起行政诉讼情况的办理情况` saying 情况 twice; a near key of its gatherer's
    // phrase-garbled (counted by meaning).
    'part-count-mismatch:overview',
  ],
  '1443-shuyang-county-2021.txt': [
    'report-name-garbled:meta',
    'notice-citation-unknown:meta:broken-number',
    'date-characters-missing:meta',
    // Since a fix of stop 44 after the measure of 1424–1483: `全县各部门和乡镇(街道)完成了政府信息主动公开
    // 标准目录` read as the units' directories drawn up, not whose `集中公开432条` is.
    'government-scope-missing',
  ],
  '1445-wuqing-cuihuangkou-2022.txt': [
    'government-scope-missing',
    // Since a fix of stop 44 after the measure of 1424–1483: the preface opening `本年度政府信息公开报告根据
    // 《…条例》规定,…编制`: the report named short as the subject of the format's first sentence.
    'report-name-garbled:meta',
  ],
  '1446-xiongxian-xzspj-2020.txt': [
    'overview-item-off-topic:overview',
    // 1439–1453: flagged at the measure under a near key (counted by meaning).
    'overview-areas-missing',
  ],
  '1448-kuancheng-dag-2025.txt': [
    'report-name-garbled:meta',
    // Since a fix of stop 44 after the measure of 1424–1483: `六个关键板块的内容:…` read as the parts
    // listed after their number, none named by the format's name (`整体工作概况`, `…的具体状况`).
    'part-count-mismatch:meta',
  ],
  '1449-gongzhuling-daj-2021.txt': [
    'format-year-mismatch',
    'template-text-left:proactive',
    // 1439–1453: flagged at the measure under a near key (counted by meaning).
    'overview-areas-missing',
    'wrong-year-in-text:proactive:2020',
    'subheading-number-repeated:overview',
  ],
  '1450-zhanjiang-czj-2023.txt': ['section-heading-mismatch:overview'],
  '1451-xilinguole-swj-2021.txt': [
    'report-name-garbled:meta',
    // 1439–1453: flagged at the measure under a near key (counted by meaning).
    'overview-areas-missing',
    't2-valid-below-net:normativeDocuments',
  ],
  '1452-zhumadian-nyncj-2019.txt': [
    'report-name-garbled:meta',
    'parts-sum-mismatch:overview',
    'overview-subheading-garbled:overview',
  ],
  '1453-huzhou-slj-2022.txt': ['report-name-garbled:meta'],
  // 1454–1468 (held out, measured once on 5443739 and d391b83, the code of cb73588): flagged at the measure.
  '1454-shantou-ybj-2020.txt': [
    // 1454–1468: flagged at the measure under a near key (counted by meaning).
    'overview-areas-missing',
    // Since a fix of stop 44 after the measure of 1424–1483: an overview printed whole with no number
    // but years, and no count of information made public anywhere, read as the count never given.
    'proactive-count-missing:overview',
  ],
  '1456-haitang-ybj-2023.txt': ['section-heading-mismatch:overview'],
  // Since a fix of stop 44 after the measure of 1424–1483: `按照《中华人民共和国政府信息公开》的相关要求`,
  // 条例 lost from the title (the sentence holds no 条例 or 号, passed over before).
  // Since a fix of stop 44 after the measure of 1424–1483: `本年报由概述、公文类、…组成`, the report said
  // to be made up of a short list naming one part.
  '1458-qingshan-tjj-2023.txt': [
    'notice-citation-unknown:overview:regulation-name',
    'part-count-mismatch:meta',
  ],
  '1460-yanfeng-tyjrswj-2025.txt': ['report-name-garbled:meta'],
  '1461-xiangyin-lyj-2023.txt': [
    'report-name-garbled:meta',
    'section-heading-mismatch:overview',
    // Since a fix of stop 44 after the measure of 1424–1483: `较好的按成了政府信息公开工作` (完成 written
    // 按成) and `主动性、针对性、群微信和实效性` (an item of a list of …性 that is no such word).
    'phrase-garbled:overview',
  ],
  '1463-fuxian-zhangjiawan-2021.txt': [
    'government-scope-missing',
    // Since a fix of stop 44 after the measure of 1424–1483: `本报告内容包括总体概述、…等六个方面` under the
    // heading read as a preface's words, a preface before it too.
    'section-heading-mismatch:overview',
  ],
  '1464-yanta-wjj-2025.txt': ['proactive-count-missing:overview'],
  '1465-changan-wjj-2021.txt': ['report-name-garbled:meta'],
  '1468-lintao-manwa-2022.txt': ['government-scope-missing'],
  // 1469–1483 (held out, measured once on 5443739 and d391b83, the code of cb73588): flagged at the measure.
  '1469-tengzhou-dongguo-2023.txt': ['report-name-garbled:meta'],
  '1470-linqing-yandian-2023.txt': [
    'report-name-garbled:meta',
    'government-scope-missing',
    // Since a fix of stop 44 after the measure of 1424–1483: the rules cited as `《聊城市政府公开办法》` (信息
    // lost) and `《山东省信息公开办法》` (政府 lost).
    'info-word-cut:meta',
    'phrase-garbled:meta',
  ],
  '1471-zhonglou-nandajie-2024.txt': [
    // 1469–1483: flagged at the measure under a near key (counted by meaning).
    'overview-areas-missing',
  ],
  '1473-ouhai-quxi-2021.txt': [
    // 1469–1483: flagged at the measure under a near key (counted by meaning).
    'notice-citation-wrong:overview:key-points-2020',
  ],
  '1474-quzhou-nyncj-2023.txt': ['report-name-garbled:meta'],
  '1475-anzhou-rsj-2023.txt': [
    'date-characters-missing:meta',
    // Since a fix of stop 44 after the measure of 1424–1483: `2023年,绵阳市安州区人社深入贯彻落实`, the
    // body's short name without its 局 (the preface writes `人社局`) before a verb phrase.
    'agency-name-word-lost:overview',
    // Since a fix of stop 44 after the measure of 1424–1483: `其他类170包括…` read as a kind's count run
    // into the next words.
    'count-unit-missing:overview',
  ],
  '1476-liaodongwan-xinqu-2020.txt': [
    'report-name-garbled:meta',
    // Since a fix of stop 44 after the measure of 1424–1483: the addressee `盘锦市政务公开办:` above the
    // preface (an office named short) kept in the preface and read as a letter's, as 405's.
    'report-is-cover-letter',
    // Since a fix of stop 44 after the measure of 1424–1483: `结合新区实际工作情况工作` in the preface (工作
    // again after the situation) and `辽东湾新区无已申请公开情况` (依 written 已).
    'phrase-garbled:meta',
    'phrase-garbled:overview',
  ],
  '1477-benxi-wsjkj-2021.txt': [
    'report-name-garbled:meta',
    // 1469–1483: flagged at the measure under a near key (counted by meaning).
    'wrong-year-in-text:overview:2019',
  ],
  '1478-huachuan-wsjkj-2021.txt': [
    'table-cells-printed-blank:t2',
    // 1469–1483: flagged at the measure under a near key (counted by meaning).
    'overview-areas-missing',
    // Since a fix of stop 44 after the measure of 1424–1483: an overview printed whole with no number
    // but years, and no count of information made public anywhere, read as the count never given.
    'proactive-count-missing:overview',
  ],
  '1479-dongwuqi-county-2019.txt': [
    // 1469–1483: warned at the measure, not written down, decided real by the lead at stop 44 (stop 34's reading of `现将…工作报告如下`, 711's and 727's).
    'report-name-garbled:meta',
  ],
  '1480-alashan-jtysj-2024.txt': [
    'notice-citation-unknown:meta:broken-number',
    'parts-sum-mismatch:overview',
    // Since a fix of stop 44 after the measure of 1424–1483: the title `阿拉善盟交通运输局2024年度政府信息公开
    // 工作的报告`, 年度 written 的.
    'report-name-garbled:meta',
  ],
  '1481-heshuo-wlj-2023.txt': [
    'date-characters-missing:overview',
    // Hit by key only at the measure (the name without its bracketed `(文物局)` said to lose `局文物`).
    // Since a fix of stop 44 after the measure of 1424–1483: the bracketed second name is no words of
    // the name (silent), and the contact's `请与和硕文化体育广播电视和旅游局联系`, 县 lost, is what it says.
    'agency-name-word-lost:overview',
    // Since a fix of stop 44 after the measure of 1424–1483: the part names listed under the heading,
    // then the period, where to download and whom to ask, read as a preface (no preface before it);
    // the same names, no verb before them, read as a list of the parts short of 总体情况.
    'section-heading-mismatch:overview',
    'part-count-mismatch:overview',
    // Since a fix of stop 44 after the measure of 1424–1483: `2023年年度全年…依申请公开0件`, the year's
    // words said three times over.
    'phrase-garbled:overview',
  ],
  '1482-huocheng-wlj-2025.txt': [
    'notice-citation-unknown:meta:broken-number',
    'section-heading-mismatch:overview',
  ],
  '1483-eshan-chahe-2022.txt': [
    'section-heading-mismatch:overview',
    'government-scope-missing',
    // Since a fix of stop 44 after the measure of 1424–1483: a bracket closing a contact none opened
    // read in a sentence saying where to ask (`…向社会公布,咨询电话:0877—4311123)。`), not only `联系`.
    'text-stray-closer:overview',
    // Since a fix of stop 44 after the measure of 1424–1483: `下属属各单位`, 属 written twice.
    'phrase-garbled:overview',
  ],
  // Since a fix of stop 44 after the measure of 1424–1483: texts read anew by it, their
  // warnings real. 020's `规范已申请公开办理流程` (依申请公开's 依 written 已, as 辽东湾新区 2020's); 247's
  // `按照《安徽省信息公开规定》的有关条例编制` (the province's rules on 政府信息公开 with 政府 lost, as
  // 临清市烟店镇 2023's `《山东省信息公开办法》`).
  '020-mirror-2019format-jian4.txt': ['phrase-garbled:overview'],
  '247-tongguan-dongjiao-2019.txt': ['phrase-garbled:meta'],
  // 1484–1498 (held out, measured once on 2dac1b0 and d892777, the code of 1dd2b48): flagged at the measure.
  '1485-luquan-sjj-2024.txt': ['agency-name-place-missing:meta'],
  '1486-shuocheng-zhangcaizhuang-2022.txt': [
    'notice-citation-unknown:meta:2019-30',
    'government-scope-missing',
  ],
  '1488-anyang-zjj-2025.txt': [
    // 1484–1498: flagged at the measure under a near key (counted by meaning).
    'agency-name-place-missing',
    // 1484–1498: warned at the measure, not written down, decided real by the lead at stop 44 (`现将…报告如下` under 一、总体情况 with no preface before it: 1264's and 1271's, 407's, decided at stop 40).
    'section-heading-mismatch:overview',
  ],
  '1490-shucheng-slj-2022.txt': ['report-name-garbled:meta'],
  '1491-huoshan-sjj-2021.txt': ['parts-sum-mismatch:overview'],
  '1493-hanjiang-qiulu-2024.txt': [
    'part-count-mismatch:meta',
    // Since a fix of stop 44 after the measure of 1484–1513: `主要职能办办事程序` (a list's items run
    // together, 办 doubled; was in MISSED).
    'phrase-garbled:overview',
  ],
  '1494-minhou-baisha-2024.txt': [
    'government-scope-missing',
    // Since a fix of stop 44 after the measure of 1484–1513: `抢险救灾、优抚、经济、社会捐助` (救济
    // written 经济 in the old regulation's list; was in MISSED).
    'phrase-garbled:overview',
  ],
  // Since a fix of stop 44 after the measure of 1484–1513: `区商务委委主动发布` (the commission's short
  // name with 委 doubled; was in MISSED).
  '1497-liangjiang-sww-2025.txt': ['agency-name-word-doubled:overview'],
  '1495-hezhang-county-2021.txt': ['notice-citation-unknown:meta:2019-51'],
  // 1499–1513 (held out, measured once on 2dac1b0 and d892777, the code of 1dd2b48): flagged at the measure.
  '1499-tongzhou-songzhuang-2022.txt': [
    'government-scope-missing',
    // Since a fix of stop 53 after the measure of 2081–2125: `截至目前,我镇累计发布信息289期`, a count
    // added up to now with no word of the year (was in MISSED).
    'statistics-period-mismatch:overview',
  ],
  '1500-huairou-shengtaihuanjing-2022.txt': ['proactive-count-missing:overview'],
  '1505-yushu-huancheng-2023.txt': [
    'text-bracket-unclosed:meta',
    'section-heading-mismatch:overview',
    'government-scope-missing',
    // Since a fix of stop 44 after the measure of 1484–1513: `根据报告《条例》第二十条` (报告 left
    // before the regulation cited; was in MISSED).
    'phrase-garbled:overview',
  ],
  '1506-panshi-jichang-2023.txt': [
    'township-scope-above-level:overview',
    // Since a fix of stop 44 after the measure of 1484–1513: `政府信息公开专项向社会公开` (专栏
    // written 专项; was in MISSED).
    'phrase-garbled:meta',
  ],
  // Since a fix of stop 44 after the measure of 1484–1513: `为政府信息公开提高了强有力的组织保障`
  // (提供 written 提高; was in MISSED, the two garbled sentences of the same part stay there).
  '1508-yazhou-jiaoyu-2020.txt': ['phrase-garbled:overview'],
  '1509-dongfang-2022.txt': [
    'count-unit-missing:overview',
    // Since a fix of stop 44 after the measure of 1484–1513: `扩大公开范围,着提升政府信息公开质量`
    // (着力 with 力 lost; was in MISSED).
    'phrase-garbled:overview',
  ],
  '1510-hengxian-shengtaihuanjing-2019.txt': ['report-name-garbled:meta'],
  '1511-wuzhou-caizheng-2021.txt': ['part-count-mismatch:meta'],
  '1512-wuhan-chengguanwei-2025.txt': [
    'subheading-number-missing:overview',
    'count-unit-missing:overview',
    // 1499–1513: flagged at the measure under a near key (counted by meaning).
    'agency-name-place-missing',
  ],
  '1513-huarong-caizheng-2021.txt': [
    'notice-citation-unknown:meta:broken-number',
    'date-characters-missing:meta',
    'part-count-mismatch:meta',
  ],
  // 1514–1543 (held out, measured once on 9ff2856 and f644802, the code of 15ac16a): flagged at the measure.
  // Since a fix of stop 45 after the measure of 1514–1543: `成功入选河北省政府公开典型案例` (政务公开's, or
  // 政府信息公开's, 信息 lost before the cases held up as models).
  '1514-zhengding-county-2024.txt': ['phrase-garbled:overview'],
  '1516-xinfu-district-2020.txt': ['report-name-garbled:meta'],
  '1517-fenyang-xinghuacun-2025.txt': [
    'section-heading-mismatch:overview',
    'proactive-count-missing:overview',
    // 1514–1543: flagged at the measure under a near key (counted by meaning).
    'overview-areas-missing',
  ],
  '1518-qiaocheng-xuege-2025.txt': [
    'notice-citation-unknown:meta:broken-number',
    'part-count-mismatch:meta',
    'date-characters-missing:meta',
    'text-bracket-unclosed:meta',
    'date-characters-missing:overview',
    // Since a fix of stop 45 after the measure of 1514–1543: a total said with 共 and a bare number
    // before a comma (`重点工作共15,`) read as a count whose unit was lost.
    'count-unit-missing:overview',
  ],
  '1519-qiaocheng-scjgj-2023.txt': [
    'notice-citation-unknown:meta:broken-number',
    // Since a fix of stop 45 after the measure of 1514–1543: `现发布《亳州市谯城区市场监管2023年政府
    // 信息公开工作年度报告》` (the agency's usual short name, 局 lost, in the report's own name).
    'agency-name-word-lost:meta',
  ],
  // Since a fix of stop 45 after the measure of 1514–1543: `特向社会公布2019年本镇政府信息公开工作年度
  // 报告` in a preface whose body is `福州市晋安区审计局提供本报告…` (named again in its text).
  '1521-jinan-sjj-2019.txt': ['other-agency-in-text:meta'],
  '1522-shishi-hongshan-2021.txt': [
    'government-scope-missing',
    // Since a fix of stop 45 after the measure of 1514–1543: the preface's `鸿山镇人民政府编制《2021年政府
    // 信息公开工作的报告》` (年度 written 的, read in the text as stop 44 read it in a title).
    'report-name-garbled:meta',
    // Since a fix of stop 45 after the measure of 1514–1543: `(三)政府信息管理情况` / `一、为做好我镇的…,`
    // after `(一)` / `1.` `2.` `3.`: one level numbered in digits and in the parts' numerals.
    'subheading-number-style-mixed:overview',
  ],
  '1523-yongan-luofang-2021.txt': [
    'report-name-garbled:meta',
    'phrase-garbled:overview',
    // Since a fix of stop 45 after the measure of 1514–1543 (its gatherer's null key, no check fitting
    // then): the preface's list of bases citing `《中华人民共和国政府信息公开条例》(以下简称《条例》)` and,
    // three titles on, `《中华人民共和国政府信息公开条例》` again: one title twice in one list.
    'phrase-garbled:meta',
    // Since a fix of stop 45 after the measure of 1514–1543: a list opening `公开信息中,` read against
    // the whole of the sentence before (15条), and its one share cut off short (26.6% for 26.67%)
    // among shares that round half up told.
    'shares-rounding-mismatch:overview',
  ],
  '1524-zhushan-wgxlj-2022.txt': [
    // Since a fix of stop 45 after the measure of 1514–1543: the preface compiling the report by
    // another year's outline (`2019年度的政府信息公开年度报告提纲编制` in a 2022 report) read.
    'wrong-year-in-text:meta:2019',
    // Since a fix of stop 45 after the measure of 1514–1543: `在2022年我区认真贯彻《中华人民共和国政府信息
    // 公开条例》` in the report of the bureau its preface gives as the contact and its text names again.
    'other-agency-in-text:overview',
  ],
  '1525-guangfeng-district-2022.txt': [
    'report-name-garbled:meta',
    'notice-citation-unknown:meta:broken-number',
  ],
  '1526-yufeng-luorong-2024.txt': [
    'report-name-garbled:overview',
    'government-scope-missing',
    // 1514–1543: warned at the measure, not written down, decided real by the lead at stop 45 (`现将2024年度政府信息公开工作报告如下` under 一、总体情况 with no preface before it: stop 40's 1264 and 1271, 1488).
    'section-heading-mismatch:overview',
  ],
  '1527-liubei-zfb-2024.txt': [
    // 1514–1543: flagged at the measure under a near key (counted by meaning).
    'notice-citation-wrong:overview:key-points-2022',
    // 1514–1543: warned at the measure, not written down, decided real by the lead at stop 45 (the text opens under 一、总体情况 with the report's name and its basis (`…年度报告,坚持…根据…〔2021〕30号…`), a preface's words under the heading as stop 40's `现将…报告如下`; its gatherer wrote the same sentence down as garbled (null key), not counted a hit of it).
    'section-heading-mismatch:overview',
  ],
  '1528-liubei-district-2024.txt': [
    'notice-citation-unknown:meta:broken-number',
    'date-characters-missing:meta',
    'government-scope-missing',
    'notice-citation-unknown:overview:broken-number',
  ],
  '1529-xishui-liangcun-2023.txt': ['phrase-garbled:overview', 'government-scope-missing'],
  // Since a fix of stop 45 after the measure of 1514–1543: `2020年我局未收到依申请公开政府信息情况` (none
  // received of the case of publishing, 1354's shape with the act's object spelt out).
  // Since a fix of stop 45 after the measure of 1514–1543: `为做好2020年全州政府信息公开工作年度报告编制及
  // 发布工作` (the year between 做好 and the prefecture's 全州, in a county bureau's preface).
  '1530-jinping-shengtaiyimin-2020.txt': [
    'phrase-garbled:overview',
    'agency-scope-above-level:meta',
  ],
  '1532-jiangjin-dushi-2019.txt': [
    'date-characters-missing:overview',
    // 1514–1543: flagged at the measure under a near key (counted by meaning).
    'overview-areas-missing',
    // Since a fix of stop 45 after the measure of 1514–1543: `对建廉洁政府和服务型政府的作用` (建设 cut to
    // 建) and `全年所有政府信息均未发生依申请和不予公开政府信息` (none happened of information, 公开 lost
    // after 依申请), one finding for the overview.
    'phrase-garbled:overview',
  ],
  '1534-daxing-yinghai-2024.txt': ['government-scope-missing'],
  // Since a fix of stop 45 after the measure of 1514–1543: `全年累计主动公开政府信息68条` and `本年度共受理
  // 自然人政府信息公开申请72件`, said of no level (`统筹推进全镇信息公开与政务服务工作` read as the work led,
  // no count in its sentence, as `全镇政务公开工作`).
  '1535-miyun-dachengzi-2025.txt': ['government-scope-missing'],
  '1538-tianjin-baoshuiqu-2023.txt': ['report-name-garbled:meta'],
  '1539-tonghua-guanghua-2024.txt': [
    'report-name-garbled:meta',
    'report-name-garbled:overview',
    'government-scope-missing',
    // 1514–1543: flagged at the measure under a near key (counted by meaning).
    'agency-name-word-doubled:meta',
    // 1514–1543: warned at the measure, not written down, decided real by the lead at stop 45 (`(二)依申请公开情况` followed by `无。` alone says nothing of requests received; its gatherer wrote it as a slip `a reviewer might send it back`, no check fitting).
    'overview-item-off-topic:overview',
  ],
  '1540-motuo-jiaresa-2021.txt': [
    'notice-citation-unknown:meta:broken-number',
    'date-characters-missing:meta',
  ],
  '1542-sanmenxia-wenguanglv-2025.txt': ['count-unit-missing:overview'],
  '1543-nangang-huayuan-2021.txt': ['proactive-count-missing:overview'],
  // 1544–1573 (held out, measured once on 1166c83 and fad2777, the code of 676ef4c (every fix of 1514–1543)): flagged at the measure.
  '1544-panyu-zfb-2024.txt': [
    // 1544–1573: warned at the measure, not written down, decided real by the lead at stop 45 (a district government's office giving the portal's count, `区政府门户网站发布各类信息4.14万条`, with no word of whose: stop 34's reading of 500's and 610's; its gatherer followed 1340's and 1342's, which stop 34 had not met).
    'government-scope-missing',
  ],
  '1545-ledong-county-2023.txt': ['government-scope-missing'],
  '1546-tianmen-xiaoban-2023.txt': ['government-scope-missing'],
  '1547-jingshan-qianchang-2023.txt': ['government-scope-missing'],
  '1548-zhuxi-county-2019.txt': ['part-count-mismatch:meta'],
  '1549-heshan-taohualun-2021.txt': [
    'report-name-garbled:meta',
    'date-characters-missing:meta',
    'phrase-garbled:overview',
  ],
  '1550-kaifu-wsjkj-2024.txt': [
    // 1544–1573: warned at the measure, not written down, decided real by the lead at stop 45 (`现将2024年度政务公开工作总结如下` under 一、总体情况 with no preface before it, stop 40's 1264 and 1271; its gatherer wrote the same sentence down as a garbled report name, not counted a hit of it).
    'section-heading-mismatch:overview',
  ],
  '1551-yuelu-meixihu-2020.txt': [
    'date-characters-missing:overview',
    'info-word-cut:overview',
    // 1544–1573: flagged at the measure under a near key (counted by meaning).
    'overview-areas-missing',
    // 1544–1573: warned at the measure, not written down, decided real by the lead at stop 45 (the heading `二、主动公开政府信息的情况` with 的 added, and a parts list naming the third part `政府信息申请公开情况` (stop 44's parts lists not the six)).
    'section-heading-mismatch:proactive',
    'part-count-mismatch:meta',
  ],
  '1552-gaoling-xzspfwj-2021.txt': [
    // 1544–1573: flagged at the measure under a near key (counted by meaning).
    'overview-areas-missing',
  ],
  '1553-huyi-mzzjj-2021.txt': [
    'section-heading-mismatch:overview',
    // 1544–1573: flagged at the measure under a near key (counted by meaning).
    'overview-areas-missing',
    'table-header-changed:t2:本年制发件数',
    // 1544–1573: warned at the measure, not written down, decided real by the lead at stop 45 (表二's row `规范性文件`, the 2019 format's label in a 2021 table, as 007's, 371's and 396's).
    'table-header-changed:t2:行政规范性文件',
    // Since a fix of stop 45 after the measure of 1544–1573: an overview counting nothing, the period's
    // end (`至12月31日`, a date without its year) no longer read as a figure.
    'proactive-count-missing:overview',
    // Since a fix of stop 45 after the measure of 1544–1573: `《中华人民共和国政府信息公开条例》(以下简称
    // 《条例》)第三十一条、第三十二条之规定` in a 2021 report, the articles of the regulation before its
    // revision (its gatherer's problem of no key).
    'notice-citation-wrong:overview:regulation-articles-2007',
  ],
  '1554-jintai-sjj-2024.txt': [
    // 1544–1573: flagged at the measure under a near key (counted by meaning).
    'agency-name-place-missing',
  ],
  '1555-kangle-caotan-2019.txt': [
    'government-scope-missing',
    // 1544–1573: flagged at the measure under a near key (counted by meaning).
    'report-date-after-deadline',
    'overview-areas-missing',
  ],
  '1556-linze-sjj-2025.txt': [
    // 1544–1573: warned at the measure, not written down, decided real by the lead at stop 45 (`现将2025年1月1日起至2025年12月31日政府信息公开情况报告如下` under 一、总体情况, stop 40's 1264 and 1271).
    'section-heading-mismatch:overview',
  ],
  '1557-dazhu-dongliu-2025.txt': [
    'text-stray-closer:meta',
    // Since a fix of stop 45 after the measure of 1544–1573: `财政预算结算信息2条` (财政预决算 with 决
    // written 算结) read as a miswritten word.
    'phrase-garbled:overview',
  ],
  '1558-muchuan-yangcun-2022.txt': [
    'government-scope-missing',
    // Since a fix of stop 45 after the measure of 1544–1573: `办事结构` (办事机构) and `定向精准推动各项
    // 惠企利民政策信息。` (推送, 推动 taking information as its object) read as miswritten words.
    'phrase-garbled:overview',
  ],
  '1559-jinning-erjie-2023.txt': [
    'parts-sum-mismatch:overview',
    // Since a fix of stop 45 after the measure of 1544–1573: `二街镇主动公开政府信息558条` said of no
    // level, the whole town's work deployed in a sentence counting meetings (`共2次听取…`) and its units
    // and villages using the channels (`全镇各部门、各村委会充分利用…`) no longer read as its scope.
    'government-scope-missing',
    // 1544–1573: warned at the measure, not written down, decided real by the lead at stop 45 (`《规定》` cited with no full name and no 以下简称 anywhere in the text; its gatherer: borderline, not counted).
    'citation-abbreviation-mismatch:overview',
    // Since a fix of stop 45 after the measure of 1544–1573: `二街镇镇严格按照…` (the agency's own
    // place and level, the level written twice, before its predicate) read.
    'agency-name-word-doubled:overview',
    // Since a fix of stop 65 after the measure of 2666–2710: a `信息公开…情况` published, no 政府 and no 报告 in its name
    // (`向社会公布2023年度昆明市晋宁区二街镇信息公开工作开展情况`), as 2683's; its gatherer's, in MISSED till then.
    'report-name-garbled:meta',
  ],
  '1560-fuyuan-2019.txt': [
    // 1544–1573: flagged at the measure under a near key (counted by meaning).
    'report-date-after-deadline',
  ],
  '1561-zhangdian-gongyuan-2021.txt': [
    // 1544–1573: flagged at the measure under a near key (counted by meaning).
    'phrase-garbled:overview',
    // Since a fix of stop 45 after the measure of 1544–1573: `结合我年度政府信息公开工作实际`, 我 right
    // before the year, its 街道 lost.
    'agency-name-word-lost:meta',
  ],
  '1562-jimo-chaohai-2021.txt': [
    'report-name-garbled:overview',
    'section-heading-mismatch:overview',
    // Since a fix of stop 45 after the measure of 1544–1573: `与群众密切关注信息` (与…密切相关) read as
    // a word put for another.
    'phrase-garbled:overview',
  ],
  '1564-pukou-sjj-2022.txt': [
    'report-name-garbled:overview',
    'section-heading-mismatch:overview',
    // Since a fix of stop 45 after the measure of 1544–1573: the requests named only among the duties
    // (`负责…答复信息公开申请事项`) no longer read as 依申请公开 told (its key without the section, as
    // 1551's: counted by meaning).
    'overview-areas-missing',
  ],
  '1565-xinghua-sjj-2025.txt': ['proactive-count-missing:overview'],
  '1567-luqiao-xinqiao-2021.txt': [
    // Since a fix of stop 45 after the measure of 1544–1573: `我镇通过新桥镇人民政府共发布公开信息66条`
    // (通过 taking the government, its site's word lost) read as a word lost.
    'phrase-garbled:overview',
    // Since a fix of stop 45 after the measure of 1544–1573: the same words (the government the
    // channel) no longer read as the government's own count: the town's scope unsaid.
    'government-scope-missing',
  ],
  '1568-alsyq-alatengaobao-2021.txt': [
    'notice-citation-wrong:meta:2019-60',
    'parts-sum-mismatch:overview',
    // Since a fix of stop 45 after the measure of 1544–1573: `主动公开政府信息的数量条` (the number
    // lost between 数量 and its unit) read.
    'count-number-missing:overview',
  ],
  '1569-hetian-wuzongxiao-2023.txt': [
    'report-name-garbled:meta',
    // Since a fix of stop 45 after the measure of 1544–1573: the principle's `真正公正` (真实公正) and
    // `拉进了政府与群众之间的距离` (拉近) read as miswritten words.
    'phrase-garbled:overview',
    // Since a fix of stop 45 after the measure of 1544–1573: `(一)主动公开工作情况` counting only
    // `投稿刊发各类视频图文稿件300余篇` (news sent to the media), no information made public counted.
    'overview-item-off-topic:overview',
  ],
  '1570-ningxia-yjglt-2023.txt': ['report-name-garbled:meta'],
  '1571-liaoning-wsb-2020.txt': [
    'report-name-garbled:meta',
    'notice-citation-wrong:overview:key-points-2019',
  ],
  '1572-xining-chengzhong-2020.txt': [
    // Since a fix of stop 45 after the measure of 1544–1573: the preface's `电子版可以西宁市城中区人民政府
    // 网站:…查阅并下载` (在 lost after 可以) read as a word lost.
    'phrase-garbled:meta',
  ],
  '1573-fuxin-huashige-2024.txt': [
    'date-characters-missing:meta',
    'proactive-count-missing:overview',
  ],
  // 1574–1633 (held out, measured once on the code of f81f1f6e, every fix of stop 45): flagged at the measure.
  '1574-luolong-swj-2019.txt': [
    // 1574–1633: flagged at the measure under a near key (counted by meaning).
    'overview-areas-missing',
  ],
  '1575-xiping-scjgj-2021.txt': [
    'overview-subheading-garbled:overview',
    // 1574–1633: flagged at the measure under a near key (counted by meaning).
    'overview-item-off-topic:overview',
    // Since a fix of stop 46 after the measure of 1574–1633: `分管领带` (领导 written 领带) read as a word miswritten.
    'phrase-garbled:overview',
  ],
  '1578-dongbao-2020.txt': [
    'section-heading-mismatch:overview',
    'report-name-garbled:overview',
    'part-count-mismatch:overview',
    // 1574–1633: flagged at the measure under a near key (counted by meaning).
    'overview-areas-missing',
    // Since a fix of stop 46 after the measure of 1574–1633: the report of the district its compiler (大数据中心) speaks
    // for (`我区政府信息公开工作`), its figures read as a government's.
    'government-scope-missing',
  ],
  '1579-qiaokou-yijia-2025.txt': [
    // Since a fix of stop 46 after the measure of 1574–1633: `(一)坚持常态公开原则,…` read as the item on
    // 主动公开 by its place (before `(二)依法规范依申请公开`), the kinds made public listed and no count.
    'proactive-count-missing:overview',
  ],
  '1580-taojiang-sjj-2020.txt': [
    // 1574–1633: flagged at the measure under a near key (counted by meaning).
    'overview-areas-missing',
    // Since a fix of stop 46 after the measure of 1574–1633: `如对本报告有任何疑问,请联系…` at the
    // overview's end, no preface before the heading, read as the preface's words.
    'section-heading-mismatch:overview',
  ],
  '1581-xiangxi-xczxj-2023.txt': [
    'report-name-garbled:meta',
    'parts-sum-mismatch:overview',
    // Since a fix of stop 46 after the measure of 1574–1633: `主动公开方面:` whose points are named
    // `三是依申请公开方面`, `四是咨询方面`, `五是收费及减免方面`, `六是复议、诉讼…方面` (other parts' matters).
    'overview-item-off-topic:overview',
    // Since a fix of stop 46 after the measure of 1574–1633: an overview of two parts only, `主动公开
    // 方面` and `监督保障方面`: 政府信息管理 and 平台建设 between them have no part of their own.
    'overview-areas-missing',
  ],
  '1582-xinzhou-chaoyang-2021.txt': [
    'notice-citation-wrong:meta:2019-60',
    'report-name-garbled:meta',
    'citation-abbreviation-mismatch:overview',
    'government-scope-missing',
    // 1574–1633: flagged at the measure under a near key (counted by meaning).
    'other-agency-in-text:meta',
    // Since a fix of stop 46 after the measure of 1574–1633: a line of its own, a phrase and in
    // brackets three items parted by 、 (`重视依申请公开工作(依申请指南、渠道、制度规范)`): a writing prompt.
    'template-text-left:overview',
    // Since a fix of stop 51 after the measure of 1949–1993: the preface's contact bracket `(地址:…电子邮箱:
    // xzq_cyx@163.com` open where the preface ends, the report going on after it.
    'text-bracket-unclosed:meta',
  ],
  '1583-tonggu-county-2021.txt': [
    'notice-citation-unknown:meta:regulation-name',
    'report-name-garbled:meta',
    'statistics-period-mismatch:meta',
    // Since a fix of stop 46 after the measure of 1574–1633: `(国务院令第711号2修订)`, a
    // revision's year of fewer than four digits.
    'notice-citation-unknown:meta:regulation-revision-year',
  ],
  '1584-huoqiu-zhongxingji-2022.txt': [
    // Since a fix of stop 46 after the measure of 1574–1633: the notices' issuing office as
    // `国务院办公厅政府信息与政府信息公开办公室`, its name opening right and running longer.
    'notice-citation-unknown:meta:issuer-name',
  ],
  '1585-fengyang-zhongdu-2023.txt': ['subheading-first-missing:overview'],
  '1586-yongchun-shigu-2020.txt': [
    'date-characters-missing:meta',
    'text-bracket-unclosed:meta',
    'agency-name-word-lost:meta',
  ],
  '1587-jinjiang-sjj-2025.txt': [
    // Since a fix of stop 46 after the measure of 1574–1633: `进一步网络意识形态工作责任` (its verb lost after 进一步) read.
    'phrase-garbled:overview',
    // Since a fix of stop 66 after the measure of 2711–2755: the overview's first paragraph copying two of the preface's
    // cited titles and closing `现将工作开展主要情况报告如下:` (its gatherer's problem, left missed at stop 46).
    'section-heading-mismatch:overview',
  ],
  '1589-puning-meitang-2021.txt': ['other-line-of-work:overview', 'government-scope-missing'],
  // Since a fix of stop 46 after the measure of 1574–1633: a 管理区 under a county read as a township-level government.
  '1592-liucheng-fuhu-2025.txt': ['government-scope-missing'],
  // Since a fix of stop 46 after the measure of 1574–1633: a township's report running a 政府公报 (`强化政府公报服务功能`).
  '1593-congjiang-wangdong-2022.txt': ['township-scope-above-level:overview'],
  '1590-liwan-qiaozhong-2023.txt': [
    // 1574–1633: flagged at the measure under a near key (counted by meaning).
    'overview-areas-missing',
  ],
  '1594-bozhou-district-2023.txt': [
    'government-scope-missing',
    // Since a fix of stop 46 after the measure of 1574–1633: kinds joined by 、 (34 of 36) ending at
    // a clause of other work in another unit: a later 等 (`视频等形式`) no longer reads the list as some.
    'parts-sum-mismatch:overview',
  ],
  '1596-shizong-gaoliang-2025.txt': [
    'section-heading-mismatch:overview',
    'proactive-count-missing:overview',
    // Since a fix of stop 46 after the measure of 1574–1633: `未接收到受理…申请` (two verbs run together) read.
    'phrase-garbled:overview',
    // Since a fix of stop 46 after the measure of 1574–1633: `(二)依申请公开情况` whose points are
    // shortcomings (`一是…相对单一,…尚显不足。二是…时效性有待提升。`), the matter of 存在的主要问题.
    'overview-item-off-topic:overview',
  ],
  '1597-hekou-qiaotou-2022.txt': [
    'section-heading-mismatch:overview',
    'table-header-changed:t2:现行有效件数',
    'government-scope-missing',
  ],
  '1599-kaiyuan-lcj-2020.txt': [
    'text-stray-closer:overview',
    'agency-name-word-lost:overview',
    // 1574–1633: flagged at the measure under a near key (counted by meaning).
    'phrase-garbled:overview',
    // Since a fix of stop 46 after the measure of 1574–1633: `截至202012`, a year and a month run
    // together after 截至, 年 and 月 lost.
    'date-characters-missing:overview',
    // Since a fix of stop 46 after the measure of 1574–1633: `根据…条例…,…根据实际编制本年度政府信息公开
    // 工作年度报告` under the heading, no preface before it: this year's report named by 本年度.
    'section-heading-mismatch:overview',
  ],
  '1600-zizhong-mzj-2022.txt': [
    // Since a fix of stop 46 after the measure of 1574–1633: `国家、省、市、关于` (a list closed by 、 before 关于) read.
    'phrase-garbled:overview',
  ],
  '1601-lezhi-jkxj-2019.txt': [
    'report-date-before-year-end',
    'section-heading-mismatch:overview',
    'section-heading-mismatch:proactive',
    'count-unit-missing:proactive',
    'table-header-changed:t2:本年增/减',
    // 1574–1633: flagged at the measure under a near key (counted by meaning).
    'overview-areas-missing',
  ],
  '1602-rongchang-yjj-2021.txt': [
    'date-characters-missing:meta',
    'parts-sum-mismatch:overview',
    'date-characters-missing:overview',
  ],
  '1604-julu-jjkfq-2021.txt': [
    'report-name-garbled:meta',
    'section-heading-mismatch:overview',
    'date-characters-missing:overview',
    'format-year-mismatch',
    // 1574–1633: flagged at the measure under a near key (counted by meaning).
    'overview-areas-missing',
  ],
  '1603-yuzhong-yjj-2025.txt': [
    // Since a fix of stop 46 after the measure of 1574–1633: `树立“…并重”,` (the idea set up unsaid) read.
    'phrase-garbled:overview',
  ],
  '1606-yanggao-gucheng-2022.txt': ['government-scope-missing'],
  '1607-huguan-shuzhang-2025.txt': [
    'government-scope-missing',
    // Since a fix of stop 46 after the measure of 1574–1633: `,及…保密审查制度等` (a clause opened by 及, its verb lost) read.
    'phrase-garbled:overview',
  ],
  '1608-dongcheng-jianguomen-2019.txt': [
    // Since a fix of stop 46 after the measure of 1574–1633: `新收政府信息申请公开数量2件` (the words swapped) read.
    'phrase-garbled:overview',
  ],
  '1609-binhai-taiping-2021.txt': [
    'report-name-garbled:meta',
    // Since a fix of stop 46 after the measure of 1574–1633: 本级 naming the portal where the report is read, no count in
    // its clause, says nothing of whose the figures are.
    'government-scope-missing',
  ],
  '1611-jining-guanghe-2020.txt': [
    // 1574–1633: flagged at the measure under a near key (counted by meaning).
    'overview-areas-missing',
    // Since a fix of stop 46 after the measure of 1574–1633: 表二's 行政事业性收费, a cell a line,
    // one `0` of two cells, the next item's caption after it: a cell printed blank.
    'table-cells-printed-blank:t2',
  ],
  '1612-zibo-jkq-bgs-2020.txt': ['part-count-mismatch:meta'],
  '1613-gaoqing-sjj-2022.txt': [
    // Since a fix of stop 46 after the measure of 1574–1633: `重要部署执行8、` (a number stuck to a list's word) read.
    'phrase-garbled:overview',
  ],
  '1614-jiuyuan-agarutai-2022.txt': ['section-heading-mismatch:overview'],
  '1616-shangzhi-ybj-2021.txt': [
    'proactive-count-missing:overview',
    // Since a fix of stop 46 after the measure of 1574–1633: no agency known, the preface's
    // `总结2021年医疗保障局政府信息公开工作`: a department named by its kind alone.
    'agency-name-place-missing:meta',
  ],
  '1617-lvyuan-chengxi-2021.txt': [
    'date-characters-missing:meta',
    'proactive-count-missing:overview',
  ],
  '1618-beipiao-changgao-2025.txt': [
    'report-name-garbled:meta',
    'overview-subheading-garbled:overview',
    // Since a fix of stop 46 after the measure of 1574–1633: `全乡未受理…申请` (none received) says whose the requests
    // are, not whose the items published are.
    'government-scope-missing',
  ],
  '1619-baoshan-jgw-2024.txt': ['text-stray-closer:overview'],
  '1620-putuo-shiquanlu-2021.txt': [
    // Since a fix of stop 46 after the measure of 1574–1633: `石泉街道` for 石泉路街道, a 街道's
    // place of three characters short of one.
    'agency-name-word-lost:overview',
    // Since a fix of stop 46 after the measure of 1574–1633: `现就2021年街道信息公开工作总体状况做如下
    // 汇报:` under the heading, no preface before it (the year's work put forward by 现就…做如下汇报).
    'section-heading-mismatch:overview',
  ],
  '1623-xiaoshan-jinhua-2023.txt': [
    'government-scope-missing',
    // Since a fix of stop 46 after the measure of 1574–1633: `通过其他公开政府信息` (the channel's word lost) read.
    'phrase-garbled:overview',
  ],
  '1624-yanta-wjj-2020.txt': [
    // 1574–1633: flagged at the measure under a near key (counted by meaning).
    'overview-areas-missing',
    // Since a fix of stop 46 after the measure of 1574–1633: `签审要求信息,` (a stray 信息 after 要求) read.
    'phrase-garbled:overview',
  ],
  '1625-lintong-xiangqiao-2022.txt': [
    'section-heading-mismatch:overview',
    // 1574–1633: flagged at the measure under a near key (counted by meaning).
    'overview-areas-missing',
    // 1574–1633: flagged at the measure under a near key (counted by meaning).
    'wrong-year-in-text:overview:accounts-2022',
    // 1574–1633: flagged at the measure under a near key (counted by meaning).
    'table-header-changed:t2:行政规范性文件',
  ],
  '1626-wushan-chengguan-2025.txt': [
    'overview-subheading-garbled:overview',
    // Since a fix of stop 46 after the measure of 1574–1633: a nameless text opening with the town at work (`2025年,武山县
    // 城关镇全面贯彻落实…`) and naming its 人民政府 read as the town's; `实现全镇科学发展` no scope.
    'government-scope-missing',
  ],
  '1627-baiyin-silong-2025.txt': [
    // Since a fix of stop 46 after the measure of 1574–1633: a list after 包括 in 条 and 篇 read
    // as `其中`'s (`共530条,包括…137条,…13条,…2条,…330余篇,…80余篇`, 562 of 530).
    'parts-sum-mismatch:overview',
    // Since a fix of stop 46 after the measure of 1574–1633: `全镇未收到依申请公开` (none received) says whose the requests
    // are, not whose the items published are.
    'government-scope-missing',
  ],
  '1628-zhangjiachuan-longshan-2024.txt': [
    'report-name-garbled:meta',
    'government-scope-missing',
    'overview-subheading-garbled:overview',
    // Since a fix of stop 46 after the measure of 1574–1633: two shares of a whole said before
    // them, one cut off (`328条(占比86.7%)` of 378), adding up to 99.9%.
    'shares-rounding-mismatch:overview',
  ],
  '1629-luqu-county-2025.txt': ['government-scope-missing'],
  '1630-yinchuan-jkq-2021.txt': [
    'report-name-garbled:meta',
    'text-stray-closer:meta',
    'date-characters-missing:meta',
    'notice-citation-unknown:overview:broken-number',
    // Since a fix of stop 46 after the measure of 1574–1633: `(国办公开办函202130)`, brackets and
    // 号 lost after an issuer's prefix alone in brackets.
    'notice-citation-unknown:meta:broken-number',
  ],
  '1632-tuokexun-xiazhen-2024.txt': [
    'notice-citation-unknown:meta:title-2021-30',
    'date-characters-missing:meta',
    'notice-citation-unknown:overview:broken-number',
    'proactive-count-missing:overview',
    // 1574–1633: flagged at the measure under a near key (counted by meaning).
    'phrase-garbled:overview',
    // Since a fix of stop 46 after the measure of 1574–1633: the overview working around one line's work (`围绕市场监管工作,`).
    'other-line-of-work:overview',
  ],
  '1633-motuo-dexing-2021.txt': [
    'notice-citation-unknown:meta:broken-number',
    'date-characters-missing:meta',
    // Since a fix of stop 46 after the measure of 1574–1633: `德兴乡路1,邮编` (号 lost before the postcode) read.
    'phrase-garbled:meta',
    // Since a fix of stop 46 after the measure of 1574–1633: `公式公开` (公示 written 公式) read.
    'phrase-garbled:overview',
  ],
  // Since a fix of stop 47 after the measure of 1634–1678 (in MISSED before): 表二's `行政许可` with no value, the next
  // row's label right after it, the row before given a cell a line: printed blank.
  '314-guangzhou-gzw-2019.txt': ['table-cells-printed-blank:t2'],
  '1634-nanzhao-xiaodian-2024.txt': ['proactive-count-missing:overview'],
  '1635-xiangcheng-oumiao-2024.txt': [
    // Since a fix of stop 47 after the measure of 1634–1678: `夯实基层政务信息` (基层政务公开 written 政务信息 after a verb of building, the clause ending) read.
    'phrase-garbled:overview',
    // Since a fix of stop 47 after the measure of 1634–1678: `参照2024年相关指标编制本年度政府信息公开工作报告`, the
    // name's own year the nearer one (本年度), 编制 presenting it: 年度 left out.
    'report-name-garbled:meta',
  ],
  '1636-huarong-nyncj-2023.txt': ['part-count-mismatch:meta'],
  '1637-datonghu-sjj-2023.txt': [
    // Since a fix of stop 48 after the measure of 1634–1678: the import keeps a title that prints no year (`titleYearless`), said on its own.
    'report-name-garbled:title',
    // 1634–1678: flagged at the measure under a near key (counted by meaning).
    'report-date-after-deadline',
    'section-heading-mismatch:overview',
    // 1634–1678: flagged at the measure under a near key (counted by meaning).
    'notice-citation-unknown:overview:regulation-order-492',
    // 1634–1678: flagged at the measure under a near key (counted by meaning).
    ['overview-areas-missing', 'overview-item-off-topic:overview'],
    'parts-sum-mismatch:overview',
    // Since a fix of stop 47 after the measure of 1634–1678: 表二's `行政强制` with no value, the next caption right after
    // it, the row before given a cell a line: printed blank.
    'table-cells-printed-blank:t2',
  ],
  '1638-yueyanglou-jd-2023.txt': [
    // 1634–1678: flagged at the measure under a near key (counted by meaning).
    'overview-areas-missing',
    'proactive-count-missing:overview',
    // Since a fix of stop 54 after the measure of 2126–2170: rows a cell a line, six lone `|` before
    // each row's `0 |` under 总计, every row alike: the bars read as cells printed blank.
    'table-cells-printed-blank:t3',
  ],
  '1639-xingguo-nyncj-2023.txt': [
    'parts-sum-mismatch:overview',
    'overview-subheading-garbled:overview',
  ],
  '1640-wanzai-baishui-2020.txt': [
    // 1634–1678: flagged at the measure under a near key (counted by meaning).
    'government-scope-missing',
    // Since a fix of stop 48 after the measure of 1634–1678: a point `1、` after a point `1、` of its level, with no heading between.
    'subheading-number-repeated:overview',
  ],
  '1643-yongtai-wjj-2022.txt': [
    // Since a fix of stop 47 after the measure of 1634–1678: the bare `主动公开政府信息情况` under a numbered `一、总体情况` read as the overview's first sub-heading without its `（一）`, items `1.` `2.` under it.
    'subheading-first-missing:overview',
  ],
  '1644-fengze-wjj-2023.txt': [
    // 1634–1678: flagged at the measure under a near key (counted by meaning).
    'overview-areas-missing',
  ],
  '1645-heping-heshui-2024.txt': [
    // 1634–1678: flagged at the measure under a near key (counted by meaning).
    'overview-areas-missing',
    'government-scope-missing',
    // Since a fix of stop 47 after the measure of 1634–1678: `主动公开政府信息21条,其中,…年度报告1条;按照依申请公开
    // …`, the kinds ending where the sentence turns to the requests (14 of 21).
    'parts-sum-mismatch:overview',
    // Since a fix of stop 47 after the measure of 1634–1678: `…其他需要报告的事项7个部分组成`, the number in digits.
    'part-count-mismatch:meta',
  ],
  '1646-zhongshan-nyncj-2021.txt': ['phrase-garbled:overview'],
  '1648-xingning-mzj-2021.txt': ['part-count-mismatch:meta'],
  '1649-hejiang-yaoba-2022.txt': [
    'government-scope-missing',
    'shares-rounding-mismatch:overview',
    // Since a fix of stop 47 after the measure of 1634–1678: the 政府信息管理 item, cut, opening on counts published through platforms with no word of managing, read.
    'overview-item-off-topic:overview',
  ],
  '1650-yanjiang-xiaoyuan-2022.txt': [
    // 1634–1678: flagged at the measure under a near key (counted by meaning).
    'subheading-first-missing:overview',
    'government-scope-missing',
    // Since a fix of stop 47 after the measure of 1634–1678: `规章和政规范性文件` (行 lost from 行政规范性文件 after a list's joint) read.
    'phrase-garbled:overview',
  ],
  '1652-qingzhen-zfb-2023.txt': [
    'notice-citation-wrong:meta:2019-60',
    // Since a fix of stop 47 after the measure of 1634–1678: `做好和上级下达的` (和 between 做好 and the tasks set from above) read.
    'phrase-garbled:overview',
  ],
  '1656-chuxiong-donghua-2025.txt': [
    'phrase-garbled:meta',
    // Since a fix of stop 47 after the measure of 1634–1678: `习近平重要讲话` (总书记 lost before his speeches) read.
    'phrase-garbled:overview',
    // Since a fix of stop 47 after the measure of 1634–1678: a nameless text whose town is at work (`2025年以来,东华镇
    // 始终坚持…`) and names its 党政办公室 to ask: the town's government, `全年共发布各类信息104条` of no level.
    'government-scope-missing',
  ],
  '1653-pingtang-county-2019.txt': [
    // Since a fix of stop 47 after the measure of 1634–1678: `凡以县政府和县政府办名义印发…的文件,一律主动公开`, no
    // count in its sentence, says nothing of whose `公开信息9268条` are.
    'government-scope-missing',
  ],
  // Since a fix of stop 52 after the measure of 2039–2080: phrase-garbled no longer flagged (it was
  // flagged on `采购金额18.6198万元`, read as 表二's `采购总金额` cut, not on the slip its gatherer wrote
  // down: the problem is in MISSED now).
  '1657-yuzhong-daxigou-2020.txt': ['section-heading-mismatch:overview'],
  '1658-shapingba-xiyong-2020.txt': [
    'section-heading-mismatch:overview',
    'date-characters-missing:overview',
    // Since a fix of stop 47 after the measure of 1634–1678: an overview naming 主动公开 only in passing, no item on it, counting only cases handled, read.
    'proactive-count-missing:overview',
  ],
  '1659-qingxu-county-2024.txt': [
    // Since a fix of stop 47 after the measure of 1634–1678: `全年以来` (全年 and 今年以来 run together) read.
    'phrase-garbled:overview',
    // Since a fix of stop 47 after the measure of 1634–1678: an item headed on sending 政务信息 up, counting what was sent and nothing made public, read.
    'overview-item-off-topic:overview',
    // Since a fix of stop 47 after the measure of 1634–1678: `对全县36个政务新媒体,坚持每周进行1次自查`, accounts
    // counted with none of their items, says nothing of whose `主动公开信息3546条` are.
    'government-scope-missing',
  ],
  '1655-shuangbai-sjj-2025.txt': [
    // Since a fix of stop 47 after the measure of 1634–1678: `编制2025年度报告`, the report presented by its year alone.
    'report-name-garbled:meta',
  ],
  '1660-qiaoxi-district-2024.txt': [
    'proactive-count-missing:overview',
    // Since a fix of stop 47 after the measure of 1634–1678: `共受理信息公开申请件,其中,…248件`, the whole's number lost.
    'count-number-missing:overview',
  ],
  '1661-qiaoxi-zfb-2024.txt': ['phrase-garbled:overview', 'proactive-count-missing:overview'],
  '1663-dongjiang-zbq-2025.txt': [
    // Since a fix of stop 47 after the measure of 1634–1678: the agency's own name holding `东疆` twice, two characters
    // apart that close no unit (`天津东疆综合东疆综保区管理委员会`).
    'agency-name-word-doubled:meta',
  ],
  '1665-xuwei-xinqu-2020.txt': [
    'report-name-garbled:meta',
    'date-characters-missing:meta',
    // Since a fix of stop 47 after the measure of 1634–1678: `党的十九大及五中全会精神`, a plenary right after the
    // congress with no term.
    'plenary-term-missing:overview',
  ],
  '1666-liandu-zrzygh-2024.txt': [
    // Since a fix of stop 47 after the measure of 1634–1678: `汇总2024年度…莲都分局的政府信息公开年度报告编制而成`, one
    // body's report presented by 编制而成 after it (工作 left out).
    'report-name-garbled:meta',
  ],
  '1667-quzhou-zrzygh-2024.txt': [
    // 1634–1678: flagged at the measure under a near key (counted by meaning).
    'statistics-period-mismatch:overview',
  ],
  '1668-dezhou-tjj-2022.txt': [
    // Since a fix of stop 48 after the measure of 1634–1678: the import keeps the title's `市统计局` when the preface names it whole (`titleAgencyPlaceless`).
    'agency-name-place-missing:title',
    // Since a fix of stop 47 after the measure of 1634–1678: `解读率公开率` (two rates run together without their 、) read.
    'phrase-garbled:overview',
  ],
  '1669-taian-zfb-2020.txt': ['report-name-garbled:meta'],
  '1670-jianping-ybj-2023.txt': ['format-year-mismatch'],
  '1671-dongliao-liaoheyuan-2021.txt': ['proactive-count-missing:overview'],
  '1672-abaga-narenbaolage-2022.txt': [
    'government-scope-missing',
    'phrase-garbled:overview',
    // Since a fix of stop 47 after the measure of 1634–1678: the township's preface publishing its parent's report
    // by name (`现发布《阿巴嘎旗2022年政府信息公开工作年度报告》`).
    'township-scope-above-level:meta',
    // Since a fix of stop 47 after the measure of 1634–1678: `受理政府信息申请公开0件。主要申请形式依然是网站申请`, the
    // requests' main form said right after none received.
    'zero-requests-answered:overview',
  ],
  '1673-wuyuan-nmkjj-2025.txt': [
    // Since a fix of stop 47 after the measure of 1634–1678: the template's 单位 after the agency's name in what the
    // report covers (`全文包括五原县农牧和科技局单位2025年政府信息公开总体情况`).
    'template-text-left:meta',
  ],
  '1674-jiayuguan-ybj-2023.txt': ['parts-sum-mismatch:overview'],
  '1675-yuanzhou-sanying-2020.txt': [
    'notice-citation-unknown:meta:title-2019-60',
    ['text-bracket-unclosed:meta', 'text-stray-closer:meta'],
  ],
  '1676-yizhou-tianshan-2024.txt': [
    // 1634–1678: flagged at the measure under a near key (counted by meaning).
    'overview-areas-missing',
    'government-scope-missing',
  ],
  '1677-hantai-hedongdian-2025.txt': [
    'report-name-garbled:meta',
    'date-characters-missing:meta',
    'text-stray-closer:meta',
    'count-unit-missing:overview',
    'subheading-bracket-missing:overview',
    // 1634–1678: flagged at the measure under a near key (counted by meaning).
    'overview-areas-missing',
    'government-scope-missing',
    // Since a fix of stop 47 after the measure of 1634–1678: 表二's captions printed `第二十条第`, the item lost, read as
    // the format's next caption and said changed.
    'table-header-changed:t2',
  ],
  '1678-wenshang-ybj-2023.txt': ['shares-rounding-mismatch:overview'],
  '1679-yiwu-niansanli-2022.txt': ['count-number-missing:overview'],
  '1680-fuqing-jiangyin-2023.txt': [
    'government-scope-missing',
    // 1679–1723: warned at the measure, not written down; decided real by the lead: `国务院办公厅政府信息与政务公开办公室《关于印发中华人民共和国政府信息公开工作年度报告格式》的通知`, the notice's name cut by its 书名号 and its 〈〉 lost, 854's and 909's shape, counted since stop 36.
    'notice-citation-unknown:meta:title-2021-30',
  ],
  '1683-yongchun-chengxiang-2020.txt': [
    'report-name-garbled:meta',
    // Since a fix of stop 48 after the measure of 1679–1723: the web address with its scheme's colon lost (`(http//www.fjyc.gov.cn)`).
    'phrase-garbled:meta',
  ],
  '1684-xianyou-shufeng-2020.txt': [
    // 1679–1723: flagged at the measure under a near key (counted by meaning).
    'phrase-garbled:overview',
    'count-unit-missing:overview',
    'government-scope-missing',
  ],
  '1685-liangxi-yjglj-2024.txt': [
    'section-heading-mismatch:overview',
    'part-count-mismatch:overview',
    'text-bracket-unclosed:overview',
    // Since a fix of stop 48 after the measure of 1679–1723: a room in a numbered building written 楼 (`8号楼315楼`).
    'phrase-garbled:overview',
  ],
  '1688-qingpu-huaxin-2020.txt': ['part-count-mismatch:meta'],
  '1689-linyi-sfj-2022.txt': [
    // Since a fix of stop 48 after the measure of 1679–1723: a road's number followed by 路 again (`北京路8路`, 号 written 路).
    'phrase-garbled:meta',
  ],
  '1690-huainan-sjj-2021.txt': [
    // Since a fix of stop 48 after the measure of 1679–1723: empty brackets after the site's name (`政府门户网站()`).
    'phrase-garbled:meta',
    // Since a fix of stop 48 after the measure of 1679–1723: a department grounding its work on another's line (`紧密结合发展改革工作实际` in an 审计局's).
    'other-line-of-work:overview',
  ],
  '1691-lingdong-district-2024.txt': [
    'proactive-count-missing:overview',
    // Since a fix of stop 48 after the measure of 1679–1723: a space inside the web address's domain (`(http://www.sys ld.gov.cn)`).
    'phrase-garbled:meta',
  ],
  '1694-xinye-wjw-2021.txt': [
    // 1679–1723: flagged at the measure under a near key (counted by meaning).
    'overview-areas-missing',
  ],
  '1695-xinxiang-muye-2020.txt': [
    // Since a fix of stop 48 after the measure of 1679–1723: the district government's figures said of no level, `全区政务公开工作质量稳步提升` no scope.
    'government-scope-missing',
  ],
  '1696-jianghan-changqing-2023.txt': ['date-characters-missing:meta', 'phrase-garbled:overview'],
  '1697-huarong-jgswzx-2022.txt': [
    'section-heading-mismatch:overview',
    // Since a fix of stop 48 after the measure of 1679–1723: `所用发布信息必须经过…审核` read too (所有 written 所用 before a must):
    // the part's one issue says `同一部分共 2 处` (a key counts once per file: MISSED no longer holds it).
    'phrase-garbled:overview',
  ],
  '1698-zhuzhou-sjj-2023.txt': ['date-characters-missing:meta'],
  '1699-poyang-lianhu-2024.txt': ['date-characters-missing:meta', 'government-scope-missing'],
  '1700-chaisang-zfb-2023.txt': [
    // Since a fix of stop 48 after the measure of 1679–1723: kinds of information counted in 份 under a whole in 条, 90 + 48 of 104.
    'parts-sum-mismatch:overview',
  ],
  '1701-zijin-nanling-2025.txt': [
    // 1679–1723: warned at the measure, not written down; decided real by the lead: `(一)、工作总体情况` then `(二)主动公开情况`, the shape the check was built on (昌吉市市场监督管理局 2020, its gatherer's problem).
    'subheading-number-style-mixed:overview',
    // Since a fix of stop 48 after the measure of 1679–1723: the template's brackets left round the agency's name (`现公布(紫金县南岭镇人民政府)2025年…`).
    'template-text-left:meta',
    // Since a fix of stop 48 after the measure of 1679–1723: `全镇坚持以…` no scope, the town's figures said of no level.
    'government-scope-missing',
    // Since a fix of stop 48 after the measure of 1679–1723: `收到政府信息公开申请0件,均依法按时办结`, two ways of done.
    'zero-requests-answered:overview',
  ],
  '1702-lufeng-hudong-2025.txt': [
    'section-heading-mismatch:overview',
    // 1679–1723: flagged at the measure under a near key (counted by meaning).
    'overview-areas-missing',
    'government-scope-missing',
  ],
  '1703-luchuan-qxj-2023.txt': ['text-bracket-unclosed:meta'],
  '1704-lvyuan-linyuan-2022.txt': [
    'proactive-count-missing:overview',
    // Since a fix of stop 48 after the measure of 1679–1723: `十九届六中、其七中全会` (其 put inside the list of sessions).
    'phrase-garbled:overview',
  ],
  '1706-zhalaite-bayangaole-2024.txt': ['text-stray-closer:meta'],
  '1707-erlianhaote-2020.txt': [
    // Since a fix of stop 48 after the measure of 1679–1723: a count of 政策解读 alone, not the year's total.
    'proactive-count-missing:overview',
    // Since a fix of stop 48 after the measure of 1679–1723: `…日我市收到依申请公开信息1条`, a nameless text speaking as the city, its scope unsaid.
    'government-scope-missing',
  ],
  '1708-xizang-zjt-2025.txt': [
    'date-characters-missing:overview',
    // Since a fix of stop 48 after the measure of 1679–1723: the title's `政务公开工作情况的报告`, no more the regulation's name.
    'report-name-garbled:meta',
  ],
  '1709-zhaohua-zhen-2023.txt': [
    'government-scope-missing',
    'overview-subheading-garbled:overview',
  ],
  '1710-jiange-yandian-2023.txt': [
    'government-scope-missing',
    // Since a fix of stop 48 after the measure of 1679–1723: `220条余` (余 after the count's unit).
    'phrase-garbled:overview',
  ],
  '1711-xishui-jtysj-2023.txt': ['date-characters-missing:meta', 'phrase-garbled:overview'],
  '1712-yuanmou-jtysj-2023.txt': ['statistics-period-mismatch:meta'],
  '1713-songming-wjj-2025.txt': [
    // Since a fix of stop 48 after the measure of 1679–1723: the year's work put forward under the heading with no
    // name of the work before 工作 (`现将 2025 年度工作开展情况汇报如下`), no preface before it.
    'section-heading-mismatch:overview',
  ],
  '1714-chengkou-wjw-2020.txt': [
    // Since a fix of stop 48 after the measure of 1679–1723: `(二)是依申请公开情况` (a stray 是 before an area's name).
    'overview-subheading-garbled:overview',
  ],
  '1715-yuxian-jtysj-2023.txt': [
    'parts-sum-mismatch:overview',
    // 1679–1723: flagged at the measure under a near key (counted by meaning).
    'overview-areas-missing',
    'format-year-mismatch',
  ],
  '1716-yinchuan-sjj-2023.txt': [
    // Since a fix of stop 48 after the measure of 1679–1723: `已按全部规定予以答复` (全部 and 按 swapped) and `上年度转接` (转接 for 结转):
    // two problems, the part's one issue saying `同一部分共 2 处` (a key counts once per file).
    'phrase-garbled:overview',
  ],
  '1717-changan-sjj-2023.txt': [
    // Since a fix of stop 48 after the measure of 1679–1723: `纳入政府信息公开名目` (名目 for 目录).
    'phrase-garbled:overview',
  ],
  '1718-gangu-lixin-2025.txt': [
    'government-scope-missing',
    'overview-subheading-garbled:overview',
    // 1679–1723: warned at the measure, not written down; decided real by the lead: `为确保政府信息工作规范及时` (公开 lost, as in its `(四)政府信息平台建设`), written down as a problem by the gatherers of 1028, 1143, 1171, 1177 and others.
    'phrase-garbled:overview',
  ],
  '1719-gannan-wjw-2025.txt': [
    // 1679–1723: flagged at the measure under a near key (counted by meaning).
    'notice-citation-unknown:meta:国办公开函-2021-30',
    'parts-sum-mismatch:overview',
    // Since a fix of stop 48 after the measure of 1679–1723: `发布网站信息发布信息` (发布…信息 twice) and `来信来访级12345` (级 for 及):
    // two problems, the part's one issue saying `同一部分共 2 处` (a key counts once per file).
    'phrase-garbled:overview',
    // Since a fix of stop 48 after the measure of 1679–1723: `编辑发布信息条。`, the number lost between 信息 and 条.
    'count-number-missing:overview',
  ],
  '1720-wuqia-wuqiazhen-2021.txt': ['notice-citation-wrong:meta:2019-60'],
  '1721-jinghe-tuoli-2021.txt': [
    // 1679–1723: flagged at the measure under a near key (counted by meaning).
    'text-stray-closer:meta',
    'part-count-mismatch:meta',
    // Since a fix of stop 48 after the measure of 1679–1723: the overview's items headed `健全组织机构。` `严格执行制度。`, none numbered.
    'subheading-number-missing:overview',
  ],
  '1722-hongqiao-tjj-2024.txt': [
    // 1679–1723: warned at the measure, not written down; decided real by the lead: `现将我局2024年度政府信息公开工作报告如下`, the short name stop 31 decided to count (430's, 041's…).
    'report-name-garbled:meta',
  ],
  '1723-hedong-tangjiakou-2023.txt': ['date-characters-missing:overview'],
  '1724-xinxiang-wjw-2020.txt': [
    // Since a fix of stop 48 after the measure of 1724–1768: `在网站共发送各类信息4409条,…,网站推送6772条`
    // read (a bare channel opening two items of one list, two counts).
    'channel-count-mismatch:overview',
  ],
  '1726-yangxin-zrzyj-2022.txt': [
    // 1724–1768: flagged at the measure under a near key (counted by meaning).
    'overview-areas-missing',
  ],
  '1727-hengshan-kyxq-2020.txt': [
    'report-name-garbled:meta',
    'part-count-mismatch:meta',
    'section-heading-mismatch:overview',
    // 1724–1768: warned at the measure, not written down; decided real by the lead: its `一、概述`, one paragraph before `二、主动公开政府信息情况` (whole), tells no 依申请公开, 政府信息管理 or 平台建设, as OVERVIEW_AREAS_READ counts whole overviews.
    'overview-areas-missing',
  ],
  '1728-jinxi-county-2019.txt': ['text-bracket-unclosed:overview', 'government-scope-missing'],
  '1729-hukou-county-2019.txt': [
    // 1724–1768: warned at the measure, not written down; decided real by the lead: `《湖口县2019年政务公开工作要点责任分工的通知》`, no 关于印发, the shape counted in 762 and eleven others.
    'notice-title-incomplete:overview',
    // Since a fix of stop 48 after the measure of 1724–1768: `扩大公众参,` read (参与 with 与 lost before a mark).
    'phrase-garbled:overview',
  ],
  '1731-jinzhai-ybj-2024.txt': [
    // Since a fix of stop 48 after the measure of 1724–1768: the sub-heading `(三)政务信息管理` read (政府信息管理 headed with 政务).
    'overview-subheading-garbled:overview',
    // Since a fix of stop 48 after the measure of 1724–1768: a body's office with its 公 lost (`请与金寨县医疗保障局办室联系`).
    'agency-name-word-lost:meta',
  ],
  '1732-wuhe-huinan-2019.txt': [
    'subheading-number-style-mixed:overview',
    'government-scope-missing',
  ],
  '1733-zhangping-yongfu-2020.txt': [
    'date-characters-missing:overview',
    'citation-abbreviation-mismatch:overview',
  ],
  '1734-changle-heshang-2020.txt': [
    // 1724–1768: warned at the measure, not written down; decided real by the lead: `《国务院办公厅关于印发2020年政务公开工作要点的通知》(国办发〔2020〕14号)` (the notice is 国办发〔2020〕17号), and `《2020年度福州市长乐区…考核评估办法的通知》` with no 关于印发 (762's shape).
    'notice-citation-unknown:meta:key-points-number-2020',
    'notice-title-incomplete:meta',
    // Since a fix of stop 48 after the measure of 1724–1768: a province's main tasks of the year before as the report's basis (`《福建省2019年政务公开工作主要任务》`).
    'notice-citation-wrong:meta:key-points-2019',
  ],
  '1739-gulin-dongxin-2024.txt': ['government-scope-missing'],
  '1740-anju-baoshi-2024.txt': ['government-scope-missing'],
  '1741-jianhe-mindong-2022.txt': ['government-scope-missing'],
  '1742-xixiu-dongjie-2020.txt': [
    // Since a fix of stop 48 after the measure of 1724–1768: `主动办事处2020年财政预算` read (主动 before the agency and a year, 公开 lost).
    'phrase-garbled:overview',
    // Since a fix of stop 48 after the measure of 1724–1768: the format's sub-heading numbered `一)主动公开情况`, its bracket lost.
    'subheading-bracket-missing:overview',
  ],
  '1744-yuzhong-jiefangbei-2021.txt': [
    // Since a fix of stop 48 after the measure of 1724–1768: a notice's `的通知` left outside its book marks (`《…关于印发…任务分工》的通知`).
    'notice-title-incomplete:overview',
  ],
  '1746-beibei-shuitu-2021.txt': [
    'report-name-garbled:meta',
    'date-characters-missing:meta',
    'date-characters-missing:overview',
  ],
  '1747-lixian-sjj-2022.txt': [
    // Since a fix of stop 48 after the measure of 1724–1768: `我局成明确专人负责` read (a stray 成 between the agency and 明确).
    'phrase-garbled:overview',
    // Since a fix of stop 48 after the measure of 1724–1768: the format's five sub-headings numbered `一)主动公开` … `五)监督保障`, their brackets lost.
    'subheading-bracket-missing:overview',
  ],
  '1748-zezhou-sjj-2023.txt': ['section-heading-mismatch:overview'],
  '1749-tongzhou-yongledian-2022.txt': ['government-scope-missing'],
  '1751-changan-paoli-2022.txt': [
    // 1724–1768: flagged at the measure under a near key (counted by meaning).
    // Since a fix of stop 48 after the measure of 1724–1768: `设立宣传栏及时内容` read too (及时 before 内容, its verb lost).
    'phrase-garbled:overview',
  ],
  '1752-changan-mingdu-2022.txt': ['section-heading-mismatch:overview'],
  '1753-changan-zfb-2022.txt': ['report-name-garbled:meta', 'report-date-after-deadline'],
  '1754-minhang-district-2020.txt': ['part-count-mismatch:meta'],
  '1755-minhang-gumeilu-2022.txt': [
    'part-count-mismatch:meta',
    // Since a fix of stop 48 after the measure of 1724–1768: a bracketed note cutting 办公室 (`党政办(财务管理办)公室`).
    'phrase-garbled:meta',
  ],
  '1756-yandu-sfj-2022.txt': ['part-count-mismatch:meta'],
  '1757-taixing-tyjrswj-2020.txt': [
    // Since a fix of stop 48 after the measure of 1724–1768: the report put forward as a self-inspection's (`现将自查情况汇报如下`).
    'report-name-garbled:overview',
  ],
  '1759-yuecheng-donghu-2023.txt': [
    'section-heading-mismatch:overview',
    'report-name-garbled:overview',
    // 1724–1768: flagged at the measure under a near key (counted by meaning).
    'table-header-changed:t2:行政规范性文件',
  ],
  '1762-tengzhou-jiangtun-2020.txt': ['government-scope-missing'],
  '1763-tonghua-county-2025.txt': [
    'report-name-garbled:meta',
    // Since a fix of stop 48 after the measure of 1724–1768: `57件,同比增长71.9%` read (a rate no whole
    // count of last year gives).
    'narrative-percentage-mismatch:overview',
  ],
  '1764-jiamusi-dongfeng-sfj-2022.txt': [
    // 1724–1768: flagged at the measure under a near key (counted by meaning).
    'overview-areas-missing',
  ],
  '1766-linxia-manlu-2020.txt': [
    'report-name-garbled:meta',
    // 1724–1768: flagged at the measure under a near key (counted by meaning).
    'report-date-after-deadline',
    // Since a fix of stop 49 after the measure of 1769–1813: decided real by the lead (stop 40's convention, …工作总结如下 under 一、总体情况).
    'section-heading-mismatch:overview',
  ],
  '1767-zhengning-yonghe-2025.txt': ['date-characters-missing:meta'],
  '1768-aketao-aketaozhen-2021.txt': [
    // Since a fix of stop 48 after the measure of 1724–1768: the town's 186条 said published through
    // 镇村两级 boards read (the villages' items counted in, no level said in its sentence).
    'government-scope-missing',
  ],
  '1769-xiangyang-nyncj-2022.txt': [
    // Since a fix of stop 49 after the measure of 1769–1813: the name drawn up with its year inside it (`编制并发布…政府信息公开工作2022年度报告`).
    'report-name-garbled:meta',
  ],
  '1770-jieyang-rongcheng-nyncj-2022.txt': [
    'section-heading-mismatch:overview',
    // Since a fix of stop 49 after the measure of 1769–1813: `推进依申请公开了各股室办公职能` read (the
    // work as a verb's object, run on with 了 into what was published).
    'phrase-garbled:overview',
  ],
  '1772-huaihua-hecheng-slj-2025.txt': ['report-name-garbled:meta', 'parts-sum-mismatch:overview'],
  '1774-licheng-nyslj-2022.txt': [
    'section-heading-mismatch:overview',
    // Since a fix of stop 49 after the measure of 1769–1813: `10条,类别有七类:` with six kinds listed
    // adding up to the 10 (a count of kinds after the total, its kinds after a colon).
    'list-count-mismatch:overview',
  ],
  '1775-qinzhou-scjgj-2025.txt': [
    // Since a fix of stop 49 after the measure of 1769–1813: `监管态等信息` read (动态 with 动 lost after
    // a field's name in a list of kinds).
    'phrase-garbled:overview',
  ],
  '1776-liuzhou-scjgj-2023.txt': [
    // Since a fix of stop 49 after the measure of 1769–1813: the first paragraph under 一、总体情况 closing with the year's work summed up (`具体工作总结如下`).
    'section-heading-mismatch:overview',
  ],
  '1777-shouxian-anfengtang-2023.txt': [
    'date-characters-missing:overview',
    'phrase-garbled:overview',
    // Since a fix of stop 49 after the measure of 1769–1813: the town's `2023主动公开信息1047条` read as
    // said of no level (`公开本级政策文件` a kind of document, not the figures' scope).
    'government-scope-missing',
  ],
  '1778-panyu-tjj-2021.txt': [
    // Since a fix of stop 49 after the measure of 1769–1813: `《中央办公厅 国务院办公厅关于…意见》` read (中共 lost from the Party's office).
    'notice-citation-unknown:overview:issuer-name',
  ],
  '1784-mianzhu-nyncj-2021.txt': ['phrase-garbled:overview'],
  '1785-zunyi-rsj-2021.txt': [
    // Since a fix of stop 49 after the measure of 1769–1813: `可在人力资源和社会保障局网…下载` read (the agency's site named without its place).
    'agency-name-place-missing:meta',
  ],
  '1786-songming-lcj-2023.txt': [
    // 1769–1813: warned at the measure, not written down; decided real by the lead: `编制本年度政府信息公开工作报告`, the report's name short of 年度 (the decision of stop 34; 1635's `编制本年度政府信息公开工作报告` counted so).
    'report-name-garbled:meta',
    // Since a fix of stop 49 after the measure of 1769–1813: 信访 cases counted in the item on 主动公开 (`受理信访22件(次)`).
    'overview-item-off-topic:overview',
  ],
  '1789-kaizhou-zhaojia-2020.txt': [
    // 1769–1813: flagged at the measure under a near key (counted by meaning).
    'notice-title-incomplete:overview',
    'proactive-count-missing:overview',
  ],
  '1790-yubei-longshan-2020.txt': ['date-characters-missing:overview'],
  '1792-ningshan-meizi-2024.txt': [
    // 1769–1813: flagged at the measure under a near key (counted by meaning).
    'report-date-after-deadline',
    // 1769–1813: flagged at the measure under a near key (counted by meaning).
    'overview-areas-missing',
    // 1769–1813: warned at the measure under a key not written down; decided real by the lead: its gatherer's areas problem says `没有主动公开（条数）` of the same overview.
    'proactive-count-missing:overview',
    // Since a fix of stop 49 after the measure of 1769–1813: the preface citing the superior's notice as the addressee's (`根据贵办《…的通知》`).
    'report-is-cover-letter',
  ],
  '1793-gaoling-district-2024.txt': ['government-scope-missing'],
  '1794-ankang-yjj-2023.txt': [
    'report-name-garbled:meta',
    'notice-citation-wrong:meta:2019-60',
    // Since a fix of stop 49 after the measure of 1769–1813: `现将2023年度市应急管理局…报告` read (the place lost, the preface naming 安康市应急管理局).
    'agency-name-place-missing:meta',
  ],
  '1795-liulin-yjj-2023.txt': [
    'subheading-first-missing:overview',
    // Since a fix of stop 49 after the measure of 1769–1813: the office's name with 公开 put in (`政府信息公开与政务公开办公室`).
    'notice-citation-unknown:meta:issuer-name',
    // Since a fix of stop 49 after the measure of 1769–1813: `根据国务院办公厅…的通知》(国办公开办函…)` read (the notice's 《 lost after a citing verb).
    'text-stray-closer:meta',
  ],
  '1796-xicheng-baizhifang-2019.txt': [
    'report-name-garbled:meta',
    // Since a fix of stop 49 after the measure of 1769–1813: `办公地址、办公室间、联系方式` read (办公时间
    // written 办公室间 between a list's marks).
    'phrase-garbled:overview',
  ],
  '1797-tianjin-jkj-2025.txt': [
    // 1769–1813: flagged at the measure under a near key (counted by meaning).
    'overview-areas-missing',
    // Since a fix of stop 49 after the measure of 1769–1813: the short name as the preface's subject after the agency (`天津市疾控局2025年政府信息公开年度报告根据…`).
    'report-name-garbled:meta',
  ],
  '1798-zhouzhi-yabai-2024.txt': [
    'section-heading-mismatch:overview',
    'proactive-count-missing:overview',
  ],
  '1801-songjiang-xiaokunshan-2025.txt': [
    'date-characters-missing:meta',
    'statistics-period-mismatch:meta',
    'part-count-mismatch:meta',
  ],
  '1803-tancheng-jtysj-2023.txt': [
    // 1769–1813: flagged at the measure under a near key (counted by meaning). Since a fix of stop 49
    // after that measure the import reads the fuller name, and the title's lack is said as the title's.
    'agency-name-place-missing:title',
    // 1769–1813: warned at the measure, not written down; decided real by the lead: `政务公开具办人员`, 经办 written 具办 (750's, counted since stop 33).
    'phrase-garbled:overview',
  ],
  '1804-meihekou-zjj-2020.txt': [
    'report-name-garbled:meta',
    // 1769–1813: flagged at the measure under a near key (counted by meaning). Since a fix of stop 49
    // after that measure the import reads the fuller name, and the title's lack is said as the title's.
    'agency-name-place-missing:title',
    'date-characters-missing:meta',
    'subheading-bracket-missing:overview',
    // Since a fix of stop 49 after the measure of 1769–1813: `《…人民政府办公室发关于…的通知》` read (a stray 发 before a title's 关于).
    'phrase-garbled:meta',
    // Since a fix of stop 49 after the measure of 1769–1813: the item headed `一)主动公开情况` (its bracket lost) read, no count in it.
    'proactive-count-missing:overview',
  ],
  '1806-keyouzhongqi-lcj-2020.txt': [
    // 1769–1813: flagged at the measure under a near key (counted by meaning).
    'notice-title-incomplete:overview',
    // 1769–1813: flagged at the measure under a near key (counted by meaning).
    'overview-areas-missing',
    'table-header-changed:t2:规章',
    // Since a fix of stop 49 after the measure of 1769–1813: `今年科右中林业和草原局以…为指导` read (the place's 旗 lost, a verb phrase after).
    'agency-name-word-lost:overview',
    // Since a fix of stop 49 after the measure of 1769–1813: `推进林决策、执行` read (one stray character
    // between a verb of the work and the five disclosures).
    'phrase-garbled:overview',
    // Since a fix of stop 49 after the measure of 1769–1813: `2020年,科右中旗政府信息公开社会评议工作`
    // and `2020年科右中旗未发生…责任追究` read (the bureau's region's supervision, its bare name the subject).
    'region-figures-in-unit-report:overview',
  ],
  '1807-aershan-lcj-2021.txt': [
    // Since a fix of stop 49 after the measure of 1769–1813: `阿尔山市林业和草原共计公开157条` read (局 lost before a count's verb).
    'agency-name-word-lost:overview',
    // Since a fix of stop 49 after the measure of 1769–1813: the sub-heading `(三)信息公开管理情况` read (政府信息管理 without 政府), the platform's `(四)信息公开平台建设情况` said with it.
    'overview-subheading-garbled:overview',
    // Since a fix of stop 49 after the measure of 1769–1813: `明确了分管理领导` read (分管领导 with a stray 理).
    'phrase-garbled:overview',
  ],
  '1808-pingliang-tyjrswj-2023.txt': [
    // Since a fix of stop 49 after the measure of 1769–1813: `公布公开信息41条(…)` with six kinds closed
    // adding to 40, and `公布服务信息26条(…英烈褒扬5条` cut inside its bracket, 34 already (both read).
    'parts-sum-mismatch:overview',
  ],
  '1811-suibin-liansheng-2024.txt': [
    'report-name-garbled:meta',
    'government-scope-missing',
    // Since a fix of stop 49 after the measure of 1769–1813: `深入实施乡村战略` read (振兴 lost).
    'phrase-garbled:overview',
  ],
  '1810-jiashi-county-2023.txt': [
    // Since a fix of stop 49 after the measure of 1769–1813: `《中华人民共和国政府信息公开年度报告格式》` read (the full name with 工作 lost).
    'notice-citation-unknown:meta:title-2021-30',
  ],
  '224-jingyuan-dawan-2021.txt': [
    // Since a fix of stop 49 after the measure of 1769–1813: decided real by the lead (stop 40's convention, …工作总结如下 under 一、总体情况).
    'section-heading-mismatch:overview',
  ],
  '502-zhuji-lipu-2024.txt': [
    // Since a fix of stop 49 after the measure of 1769–1813: decided real by the lead (stop 40's convention, …工作总结如下 under 一、总体情况).
    'section-heading-mismatch:overview',
  ],
  '629-jiangyan-qintong-2025.txt': [
    // Since a fix of stop 49 after the measure of 1769–1813: decided real by the lead (stop 40's convention, …工作总结如下 under 一、总体情况).
    'section-heading-mismatch:overview',
  ],
  '1814-tongcheng-magang-2024.txt': [
    'notice-citation-wrong:overview:key-points-2021',
    'proactive-count-missing:overview',
    'phrase-garbled:overview',
    // Since a fix of stop 50 after the measure of 1814–1858: a township's public named as one line's
    // clients (`广大参保群体对…的知情权`).
    'other-line-of-work:overview',
    // Since a fix of stop 50 after the measure of 1814–1858: a township's disclosure work given as a bare
    // office's (`加强对办公室信息公开工作的组织领导`).
    'other-agency-in-text:overview',
  ],
  '1816-xiangyin-jyj-2023.txt': [
    // Since a fix of stop 50 after the measure of 1814–1858: another line's window in the service hall
    // (`县政务大厅水利窗口` in an education bureau's report).
    'other-line-of-work:overview',
    // Since a fix of stop 50 after the measure of 1814–1858: a line bureau telling the county's requests
    // (`全县共收到依申请公开件6件`).
    'region-figures-in-unit-report:overview',
  ],
  '1815-shuangpai-jyj-2025.txt': [
    // Since a fix of stop 50 after the measure of 1814–1858: `其中官方网站公开146条` after kinds making the
    // 146 exactly, one of them the account's `微信公众号…发布信息108条` (the site said to hold the whole).
    'parts-sum-mismatch:overview',
  ],
  '1817-miluo-jtj-2021.txt': [
    'report-name-garbled:meta',
    'format-year-mismatch',
    // 1814–1858: flagged at the measure under a near key (counted by meaning).
    'table-cells-printed-blank:t2',
    // 1814–1858: flagged at the measure under a near key (counted by meaning).
    'overview-areas-missing',
    // Since a fix of stop 50 after the measure of 1814–1858: 表三's rows read label after label with no value, 表二's blanks read in the same source (printed empty).
    'table-printed-empty:t3',
  ],
  '1818-qingyang-kjgxj-2025.txt': ['proactive-count-missing:overview'],
  '1819-changle-wenwusha-2021.txt': [
    'date-characters-missing:meta',
    'count-unit-missing:overview',
    'count-unit-missing:overview',
    // Since a fix of stop 50 after the measure of 1814–1858: `如对本报告如有疑问` read (如 said twice in one condition).
    'phrase-garbled:meta',
  ],
  '1820-cangshan-xiadu-2021.txt': [
    'report-name-garbled:meta',
    // Since a fix of stop 50 after the measure of 1814–1858: `持续巩固拓展疫情防控和经济社会发展` read (巩固拓展 with nothing consolidated, 成果 lost).
    'phrase-garbled:overview',
  ],
  '1821-gulou-wufeng-2021.txt': [
    // Since a fix of stop 50 after the measure of 1814–1858: `高度重视政府信息公开工作,.结合本单位实际` read (a stop put after a comma).
    'phrase-garbled:overview',
  ],
  '1823-fengcheng-hezhou-2020.txt': [
    'section-heading-mismatch:overview',
    // 1814–1858: flagged at the measure under a near key (counted by meaning).
    'overview-subheading-garbled:overview',
    // 1814–1858: flagged at the measure under a near key (counted by meaning).
    'phrase-garbled:overview',
    // Since a fix of stop 50 after the measure of 1814–1858: bodies a 街道 does not have (`街道人大常委会`,
    // `河洲街道人民政府`), both in one warning.
    'other-agency-in-text:overview',
  ],
  '1824-huangshi-zrzyghj-2021.txt': [
    'section-heading-mismatch:overview',
    // 1814–1858: flagged at the measure under a near key (counted by meaning).
    'phrase-garbled:overview',
    // Since a fix of stop 50 after the measure of 1814–1858: `)政信息管理情况` read (`(三` lost, and 府 of the area).
    'overview-subheading-garbled:overview',
  ],
  '1825-xianning-zrzyghj-2019.txt': [
    // Since a fix of stop 50 after the measure of 1814–1858: `印发《网络安全和信息化领导小组》` read (a body's name printed as a document's title).
    'phrase-garbled:overview',
    // Since a fix of stop 51 after the measure of 1859–1903: `向市委市政府报送信息46条` beside the counts published.
    'overview-item-off-topic:overview',
  ],
  '1826-dongguan-gjjzx-2023.txt': ['section-heading-mismatch:overview'],
  '1830-anju-hengshan-2022.txt': ['government-scope-missing'],
  '1831-fenyang-wenfeng-2020.txt': [
    'date-characters-missing:overview',
    // Since a fix of stop 50 after the measure of 1814–1858: `()加强监督检查` read (a line after one cut mid-sentence kept as an item by the import, its number lost).
    'subheading-number-missing:overview',
    // Since a fix of stop 50 after the measure of 1814–1858: `三)主动公开情况` read (the same: its own item, its `(` lost).
    'subheading-bracket-missing:overview',
    // Since a fix of stop 50 after the measure of 1814–1858: `报送工作信息124次,被山西组工采用4条` under 主动公开 read (information sent up and taken up).
    'overview-item-off-topic:overview',
    // Since a fix of stop 50 after the measure of 1814–1858: `截止20201231日,我街道主动公开各类信息,` read (a running total up to a day, its number lost).
    'count-number-missing:overview',
    // Since a fix of stop 50 after the measure of 1814–1858: `…年度报告1报送工作信息124次` read (a count of reports run on into the next words, its unit lost).
    'count-unit-missing:overview',
    // Since a fix of stop 50 after the measure of 1814–1858: `微博、信公众号`, `各类新体账号` (a media account's name with a character lost) and `不断增公信力` (增强 with 强 lost):
    // two problems, the part's one issue saying `同一部分共 2 处` (a key counts once per file).
    'phrase-garbled:overview',
    // Since a fix of stop 50 after the measure of 1814–1858: a 街道 opening a sentence by a one-character
    // name (`年来,文街道坚持…`).
    'agency-name-word-lost:overview',
    // Since a fix of stop 50 after the measure of 1814–1858: a document number run onto the regulation's
    // name (`…条例》政办发【2020】72号文件精神`).
    'notice-citation-unknown:meta:regulation-number',
  ],
  '1832-wansheng-guanba-2025.txt': [
    'government-scope-missing',
    // Since a fix of stop 50 after the measure of 1814–1858: `本年度报告由…编制本年度报告` read (the report named twice in one passive clause).
    'phrase-garbled:meta',
    // Since a fix of stop 50 after the measure of 1814–1858: `网站https://…/zfxxgknb_70056/)下载` read (a web address closed by a bracket none opened).
    'text-stray-closer:meta',
  ],
  '1833-shapingba-2021.txt': [
    // Since a fix of stop 50 after the measure of 1814–1858: the district's `全区各级行政机关牢固树立“四个意识”` read as a stance held, not a scope (its 5万余条 said of no level).
    'government-scope-missing',
  ],
  '1834-renhuai-houshan-2023.txt': [
    'proactive-count-missing:overview',
    // Since a fix of stop 50 after the measure of 1814–1858: a township disclosing 行政法规 and 规章 as
    // its own (`依法公开行政法规、规章和规范性文件`).
    'regulations-below-level:overview',
  ],
  '1835-qiaoxi-kjj-2020.txt': ['report-date-after-deadline'],
  '1836-guanling-mzzjj-2022.txt': ['report-name-garbled:meta'],
  '1837-yuanmou-mzzjj-2020.txt': [
    // Since a fix of stop 50 after the measure of 1814–1858: `《关于做好宗教活动场所新型冠状病毒感染》的通知` (a 关于做好… title closed before 的通知, its work cut) and `…的提案》案复` (答复 miswritten):
    // two problems, the part's one issue saying `同一部分共 2 处` (a key counts once per file).
    'phrase-garbled:overview',
  ],
  '1838-jinping-mzzjj-2025.txt': ['notice-citation-unknown:overview:broken-number'],
  '1842-hongqiao-fgw-2021.txt': ['report-name-garbled:meta'],
  '1844-jintan-fgj-2024.txt': [
    'notice-citation-wrong:meta:2019-60',
    // Since a fix of stop 50 after the measure of 1814–1858: the report's compiler named by a bare 区 and
    // the department (`本年度报告由区发展和改革局…编制而成`).
    'agency-name-place-missing:meta',
  ],
  '1845-huaian-kjj-2022.txt': ['report-date-after-deadline'],
  '1847-tianshui-sfj-2021.txt': [
    'section-heading-mismatch:overview',
    // Since a fix of stop 50 after the measure of 1814–1858: `…工作制度化、有效提升了…` (a 、 before a verb done) and `有力保障了…监督权的重要途径` (a right guarded said to be a channel):
    // two problems, the part's one issue saying `同一部分共 2 处` (a key counts once per file).
    'phrase-garbled:overview',
  ],
  '1848-wuqia-wuqiazhen-2024.txt': [
    // Since a fix of stop 50 after the measure of 1814–1858: the town's `全镇新媒体平台13个` read as a count of its accounts, not a scope (its 84条 and 82条 said of no level).
    'government-scope-missing',
  ],
  '1849-hunnan-cgj-2021.txt': ['report-name-garbled:meta', 'proactive-count-missing:overview'],
  '1850-taicang-gxq-2022.txt': [
    'report-name-garbled:meta',
    'date-characters-missing:meta',
    'count-unit-missing:overview',
    // Since a fix of stop 50 after the measure of 1814–1858: `处理民事诉讼2件` under 行政复议、行政诉讼 read (a civil suit counted in the item).
    'overview-item-off-topic:overview',
    // Since a fix of stop 50 after the measure of 1814–1858: the agency opening a sentence with its first
    // character lost (`仓高新区建立健全…`), its name whole elsewhere.
    'agency-name-word-lost:overview',
  ],
  '1851-wujin-xitaihu-2021.txt': [
    // Since a fix of stop 50 after the measure of 1814–1858: `有利于拓宽人民群众参与管理社会经济事务` read (拓宽 a taking part with no channel named).
    'phrase-garbled:overview',
  ],
  '1853-quzhou-jgswzx-2022.txt': [
    'report-name-garbled:meta',
    'notice-citation-wrong:meta:2019-60',
    'section-heading-mismatch:overview',
    'count-unit-missing:overview',
    // 1814–1858: warned at the measure, not written down (its gatherer passed it as an old item, 1334's convention of old part names); decided real by the lead: `(三)收费及减免情况`, the old regulation's fees item as a sub-heading of 总体情况 in a 2022 report, counted since stop 34 (379's `(三)部门信息公开支出及收费情况` in a 2022 report); 1334's convention is of the parts' names, not of an item under 总体情况.
    'overview-item-off-topic:overview',
  ],
  '1854-siping-mw-2025.txt': [
    'section-heading-mismatch:overview',
    'section-heading-mismatch:overview',
  ],
  '1855-ejina-gsxxj-2021.txt': ['part-count-mismatch:meta'],
  '1856-bayannaoer-gxj-2021.txt': [
    // 1814–1858: flagged at the measure under a near key (counted by meaning).
    'date-characters-missing:title',
    // Since a fix of stop 50 after the measure of 1814–1858: `…二是政府信息管理方面。…。依申请公开方面。` read (an area's point after `一是…方面`, its ordinal lost).
    'subheading-number-missing:overview',
    // Since a fix of stop 50 after the measure of 1814–1858: `准确表达述求` read (诉求 written 述求).
    'phrase-garbled:overview',
    // Since a fix of stop 50 after the measure of 1814–1858: two words of the name each short of its first
    // character (`巴彦淖尔市业和息化局`).
    'agency-name-word-lost:meta',
  ],
  '1857-zhangjiachuan-zhangmianyi-2019.txt': [
    'report-name-garbled:meta',
    'government-scope-missing',
  ],
  '1859-zhenghe-dongping-2024.txt': [
    'notice-citation-unknown:meta:2019-51',
    'government-scope-missing',
  ],
  '1860-chaling-tyjrswj-2023.txt': ['report-name-garbled:meta', 'date-characters-missing:meta'],
  '1861-pengjiang-tyjrswj-2023.txt': [
    // Since a fix of stop 50 after the measure of 1859–1903: parts of a whole in 条 counted in 篇 (`共39条,
    // 其中…;…38篇;…4条`), read as pieces of it: 42 of 39.
    'parts-sum-mismatch:overview',
  ],
  '1862-xianning-qxj-2022.txt': [
    'report-date-after-deadline',
    'proactive-count-missing:overview',
    'overview-item-off-topic:overview',
    // Since a fix of stop 50 after the measure of 1859–1903: 社会各级 before what the public asks read as 社会各界.
    'phrase-garbled:overview',
  ],
  '1863-lixin-qxj-2019.txt': [
    // 1859–1903: flagged at the measure under a near key (counted by meaning).
    'overview-areas-missing',
    // 1859–1903: warned at the measure under a key not written down; decided real by the lead: its gatherer's areas problem says the overview has no 主动公开 (条数), as 1792's (stop 49).
    'proactive-count-missing:overview',
    // Since a fix of stop 50 after the measure of 1859–1903: the principle's 不公开为特例 read as 不公开为例外.
    'phrase-garbled:overview',
    // Since a fix of stop 50 after the measure of 1859–1903: a sentence under the heading saying only that the agency drew up this year's report (`…编制2019年…年度报告。`).
    'section-heading-mismatch:overview',
  ],
  '1865-guixi-lyj-2019.txt': [
    'section-heading-mismatch:overview',
    // 1859–1903: the same problem's second key, written down with it.
    'report-name-garbled:overview',
    // Since a fix of stop 50 after the measure of 1859–1903: a whole in 条, its parts all in 篇
    // (`政务网公开120条,其中:省局网站22篇,…其它媒体60篇`), read as pieces of it: 175 of 120.
    'parts-sum-mismatch:overview',
    // Since a fix of stop 50 after the measure of 1859–1903: a stray 和 after 加强 before a noun (`加强和信息报送`).
    'phrase-garbled:overview',
  ],
  '1866-anyuan-lyfj-2022.txt': ['notice-citation-unknown:meta:title-2021-30'],
  '1867-xialu-dag-2022.txt': ['part-count-mismatch:meta', 'proactive-count-missing:overview'],
  '1869-haitang-wjw-2022.txt': [
    // Since a fix of stop 50 after the measure of 1859–1903: the year's work summed up under the heading (`根据工作实际情况,总结如下`).
    'section-heading-mismatch:overview',
    // Since a fix of stop 50 after the measure of 1859–1903: the overview's items headed by phrases naming an area or a verb's (`大力推进平台建设。`), none numbered.
    'subheading-number-missing:overview',
    // Since a fix of stop 51 after the measure of 1859–1903: a paragraph headed by the field's publicity (`开展卫生健康及疫情防控宣传,`).
    'overview-item-off-topic:overview',
  ],
  '1870-yongchun-hengkou-2022.txt': ['phrase-garbled:meta', 'government-scope-missing'],
  '1871-tongbai-huaiyuan-2025.txt': ['government-scope-missing', 'text-stray-closer:overview'],
  '1872-quanzhoutaishang-luoyang-2021.txt': [
    // 1859–1903: flagged at the measure under a near key (counted by meaning).
    'phrase-garbled:meta',
    'government-scope-missing',
    // Since a fix of stop 50 after the measure of 1859–1903: a title left open before its bracketed number, no 》 after it.
    'text-bracket-unclosed:meta',
    // Since a fix of stop 50 after the measure of 1859–1903: the 2021 key points' number read in the title left open (17号 for 12号).
    'notice-citation-unknown:meta:key-points-number-2021',
    // 1859–1903: warned at the measure, not written down (its gatherer passed it); decided real by the lead at
    // stop 50: `(三)政府信息管理情况。镇高度重视政府信息管理`, the town's 我 lost before 镇 as a clause's subject,
    // 1369's `镇高度重视依申请公开工作` (written down by its gatherer; the corpus's other 37 such clauses write
    // 我镇 or the town's name).
    'phrase-garbled:overview',
  ],
  '1873-xianning-sjj-2024.txt': [
    // Since a fix of stop 50 after the measure of 1859–1903: the overview's items headed by the areas' names (`政府信息主动公开情况。`), none numbered.
    'subheading-number-missing:overview',
  ],
  '1874-xingren-sjj-2023.txt': [
    // 1859–1903: flagged at the measure under a near key (counted by meaning).
    'agency-name-place-missing',
    'notice-citation-wrong:meta:2019-60',
  ],
  '1876-eshan-wjj-2021.txt': [
    // 1859–1903: flagged at the measure under a near key (counted by meaning).
    'overview-areas-missing',
  ],
  '1877-xishan-wjj-2020.txt': [
    'table-header-changed:t2:本年新制作数量',
    // 1859–1903: the same problem's second key, written down with it.
    'table-header-changed:t2:本年新公开数量',
  ],
  '1878-guangyuan-tjj-2021.txt': [
    // Since a fix of stop 51 after the measure of 1859–1903: `主动向市委办、市政府办报送信息200余条` among the counts published.
    'overview-item-off-topic:overview',
  ],
  '1879-qijiang-yongcheng-2023.txt': [
    'text-stray-closer:meta',
    'text-bracket-unclosed:meta',
    'date-characters-missing:meta',
    'government-scope-missing',
    // Since a fix of stop 50 after the measure of 1859–1903: 围绕 before a degree of openness, its verb lost (`围绕工作透明度`).
    'phrase-garbled:overview',
  ],
  '1880-banan-ersheng-2025.txt': [
    'government-scope-missing',
    // Since a fix of stop 50 after the measure of 1859–1903: a 直辖市's body following 省、市、县 deployments.
    'template-text-left:meta',
    // Since a fix of stop 50 after the measure of 1859–1903: news reposted from outside counted among what was published (`转载外部信息85条`).
    'overview-item-off-topic:overview',
  ],
  '1885-wuqing-zfb-2022.txt': [
    // 1859–1903: warned at the measure, not written down (its gatherer judged it the office's own report); decided real by the lead: a 区政府办公室 counting what it published on the government's portal (`全年在政府网站主动公开政府信息42条…`) with no word of whose, 1828's shape (its gatherer wrote it down) and stop 34's convention for a 政府办's figures.
    'government-scope-missing',
  ],
  '1886-shuicheng-faer-2022.txt': [
    'section-heading-mismatch:overview',
    'citation-abbreviation-mismatch:overview',
    // Since a fix of stop 50 after the measure of 1859–1903: `2、全镇日常政务活动情况` read as a kind of
    // content listed, not a scope: the town's `共公开政务信息313条` is of no level.
    'government-scope-missing',
    // Since a fix of stop 50 after the measure of 1859–1903: a township's numbered item `1、行政法规、规章和规范性文件;` of what it publishes (the township read by its overview's opening).
    'regulations-below-level:overview',
  ],
  '1887-shanxi-qxj-2019.txt': [
    // 1859–1903: flagged at the measure under a near key (counted by meaning).
    'report-date-after-deadline',
    'notice-citation-unknown:meta:国办公开函-2019-60',
  ],
  '1888-panlong-wjj-2025.txt': [
    // Since a fix of stop 50 after the measure of 1859–1903: the name presented after its year with 年度 before 工作 (`现公布…2025年政府信息公开年度工作报告`).
    'report-name-garbled:meta',
  ],
  '1892-huzhou-qxj-2021.txt': [
    'notice-citation-unknown:meta:broken-number',
    'notice-citation-unknown:meta:broken-number',
    'report-name-garbled:meta',
    // 1859–1903: flagged at the measure under a near key (counted by meaning).
    'overview-areas-missing',
    'table-header-changed:t2:现行有效件数',
    // Since a fix of stop 50 after the measure of 1859–1903: a clause said again after the next one.
    'phrase-garbled:overview',
  ],
  '1893-xiaoshan-qxj-2022.txt': [
    'section-heading-mismatch:overview',
    // Since a fix of stop 50 after the measure of 1859–1903: 的 between the object and 进行 (`…的进行指导审核`).
    'phrase-garbled:overview',
    // Since a fix of stop 50 after the measure of 1859–1903: a bureau speaking as 我局 whose requests are received by `我区`.
    'region-figures-in-unit-report:overview',
  ],
  '1894-hulan-wjj-2023.txt': [
    'section-heading-mismatch:overview',
    'proactive-count-missing:overview',
    // 1859–1903: flagged at the measure under a near key (counted by meaning).
    'phrase-garbled:overview',
  ],
  '1896-wuqia-biaoertuokuoyi-2022.txt': [
    'report-name-garbled:meta',
    'phrase-garbled:overview',
    // Since a fix of stop 50 after the measure of 1859–1903: `数据的汇总统计期限` read as the period, not
    // a scope: the 乡's `主动公开…共计13条` is of no level.
    'government-scope-missing',
  ],
  '1897-changning-xinhualu-2023.txt': [
    'section-heading-mismatch:overview',
    'overview-subheading-garbled:overview',
  ],
  '1900-anshan-rsj-2020.txt': ['report-name-garbled:meta'],
  '1901-changchun-gjj-2021.txt': [
    'report-name-garbled:meta',
    // Since a fix of stop 50 after the measure of 1859–1903: the whole said to include a list, every item given, naming no part (`全文包括提升信息公开工作质量情况、…和2021年咨询情况统计`).
    'part-count-mismatch:meta',
    // 1859–1903: warned at the measure, not written down; decided real by the lead at stop 50: `全年信息发布294条,
    // 其中,概况类信息4条,政务动态信息145条,信息公开目录信息35条`, the site's three kinds 110 short of the whole, the
    // shape of 298, 457, 507, 787 and 1452 (each written down by its gatherer; 262, 264, 452 and 1687 exact).
    'parts-sum-mismatch:overview',
  ],
  '1902-huangyuan-zfb-2023.txt': [
    // Since a fix of stop 50 after the measure of 1859–1903: 作 run into the stages' first item (`创作编、审`) read as 采编.
    'phrase-garbled:overview',
    // Since a fix of stop 50 after the measure of 1859–1903: the province's and the country's news counted among what was published (`省内新闻3245条`).
    'overview-item-off-topic:overview',
  ],
  '1903-taizhou-qxj-2024.txt': ['phrase-garbled:overview', 'phrase-garbled:overview'],
  '1905-hebei-tyj-2023.txt': [
    'notice-citation-unknown:meta:title-2021-30',
    // 1904–1948: flagged at the measure under a near key (counted by meaning).
    'notice-citation-unknown:meta:国办公开函-2021-30',
    'section-heading-mismatch:overview',
    'parts-sum-mismatch:overview',
    // Since a fix of stop 51 after the measure of 1904–1948: the media's printed news summed into the whole published (2660 + 2715 + 400篇 + 1244篇 = 7019).
    'overview-item-off-topic:overview',
  ],
  '1907-xianning-nyncj-2024.txt': [
    // Since a fix of stop 51 after the measure of 1904–1948: two kinds joined by 、 to the sentence's end, all but one of the whole (`575条,其中…384条、…190条`).
    'parts-sum-mismatch:overview',
  ],
  '1908-wanzai-jiaohu-2021.txt': [
    // Since a fix of stop 51 after the measure of 1904–1948: a township's work turned around the province's (`紧紧围绕省委、省政府中心工作`), under the township's key (counted by meaning).
    'township-scope-above-level:overview',
  ],
  '1909-taojiang-zhabu-2021.txt': [
    'report-name-garbled:meta',
    // 1904–1948: flagged at the measure under a near key (counted by meaning).
    'overview-areas-missing',
    'proactive-count-missing:overview',
  ],
  '1910-tianjiaan-gongyuan-2020.txt': [
    // Since a fix of stop 51 after the measure of 1904–1948: the 2019 key points cited by their number alone (`认真贯彻落实…国办发〔2019〕14 号决策部署`) as what 2020's work followed.
    'notice-citation-wrong:overview:key-points-2019',
    // Since a fix of stop 51 after the measure of 1904–1948: the own place cut to its first character after its city (`淮南市田区`).
    'agency-name-word-lost:meta',
  ],
  '1911-tianjiaan-huaibin-2020.txt': [
    // 1904–1948: flagged at the measure under a near key (counted by meaning).
    'other-agency-in-text:meta',
    // Since a fix of stop 51 after the measure of 1904–1948: a clause opening on `编:` before six digits (`编:232007`), 邮 lost.
    'phrase-garbled:meta',
    // Since a fix of stop 51 after the measure of 1904–1948: 主动公开 told under 平台建设, no platform named (`我街道主动公开重点工作主要在:1、卫计工作…`).
    'overview-item-off-topic:overview',
  ],
  '1912-shanxi-zrzyt-2023.txt': [
    'notice-citation-unknown:meta:broken-number',
    'date-characters-missing:meta',
    // Since a fix of stop 51 after the measure of 1904–1948: an area's sub-heading with its closing bracket lost (`(一主动公开情况`).
    'subheading-bracket-missing:overview',
  ],
  '1913-ningjin-dacaozhuang-2022.txt': [
    'government-scope-missing',
    // Since a fix of stop 51 after the measure of 1904–1948: a clause opening on `入开展`, 深 lost.
    'phrase-garbled:overview',
  ],
  '1914-danjiangkou-scjgj-2020.txt': [
    // Since a fix of stop 51 after the measure of 1904–1948: the bare department whose year of work the report is compiled from (`结合市市场监督管理局…编制本报告`).
    'agency-name-place-missing:meta',
  ],
  '1916-xicheng-zfb-2025.txt': [
    // 1904–1948: flagged at the measure under a near key (counted by meaning).
    'overview-areas-missing',
    'proactive-count-missing:overview',
  ],
  '1917-zhumadian-wglj-2020.txt': [
    'overview-subheading-garbled:overview',
    'notice-citation-unknown:overview:regulation-name',
  ],
  '1918-shangyou-wgxlj-2021.txt': [
    'notice-citation-wrong:meta:2019-60',
    'notice-citation-unknown:meta:broken-number',
    'date-characters-missing:meta',
    // 1904–1948: flagged at the measure under a near key (counted by meaning).
    'subheading-first-missing:overview',
    // 1904–1948: warned at the measure, not written down; decided real by the lead: five parts listed and 等 (`…存在的主要问题及改进情况等部分`), 六、其他需要报告的事项 left out, as PARTS_ETC_SHORT_DECIDED (221, 360, 372, 385 written down).
    'part-count-mismatch:meta',
  ],
  '1921-liangping-sthjj-2021.txt': [
    // 1904–1948: warned at the measure, passed by its gatherer as a partial list; decided real by the lead: `局官方网站发布信息400余条,其中行政处罚决定68条、…重大项目环境影响评价34条` (264), the shape of 298, 457, 507, 787, 1452 and 1901 (kinds listed under 其中 short of the whole with no 等, each written down or decided real).
    'parts-sum-mismatch:overview',
    // Since a fix of stop 51 after the measure of 1904–1948: 政务信息 sent to a department above by its name beside what was published (`向市生态环境局及区委、区政府报送政务信息、简报简讯150余篇`).
    'overview-item-off-topic:overview',
  ],
  '1922-yaozhou-lyj-2020.txt': [
    // Since a fix of stop 51 after the measure of 1904–1948: the forestry bureau's line work under 政府信息管理, nothing of managing information (`完成贫困户生态公益林兑现工作…`).
    'overview-item-off-topic:overview',
  ],
  '1923-yanan-rfb-2021.txt': [
    // Since a fix of stop 51 after the measure of 1904–1948: the preface sending the report up to a superior (`…年度报告呈报如下`).
    'report-is-cover-letter',
  ],
  '1925-zhongshan-zrzyj-2022.txt': [
    'report-name-garbled:meta',
    // 1904–1948: warned at the measure, passed by its gatherer as a partial list (as 1891); decided real by the lead: `全年通过局门户网站发布信息16887条,其中政务动态822条,…不动产登记公告10601条` (seven kinds, 16481), the shape of 298, 457, 507, 787, 1452 and 1901 (kinds listed under 其中 short of the whole with no 等, each written down or decided real).
    'parts-sum-mismatch:overview',
  ],
  '1928-fogang-zjj-2024.txt': ['report-name-garbled:meta', 'part-count-mismatch:meta'],
  '1929-anju-zjj-2024.txt': ['part-count-mismatch:meta', 'section-heading-mismatch:overview'],
  // Since a fix of stop 51 after the measure of 1904–1948: `飘动107条` in a list of kinds published, 互动 miswritten.
  '1930-anshun-zjj-2024.txt': [
    'phrase-garbled:overview',
    // Since a fix of stop 51 after the measure of 1904–1948: the report named one of the year's main work (`政府信息公开主要工作报告`).
    'report-name-garbled:meta',
  ],
  '1931-cangyuan-nuoliang-2022.txt': [
    // Since a fix of stop 51 after the measure of 1904–1948: a nameless text compiled from a 乡's year of work (`根据…糯良乡2022年…情况编制本报告`) read as the 乡's, its figures of no level.
    'government-scope-missing',
    // Since a fix of stop 51 after the measure of 1904–1948: pieces pushed out and taken up by the media (`推送稿件138篇,被中央、省、市、县级各媒体、网站采用171条次`).
    'overview-item-off-topic:overview',
  ],
  '1932-yimen-tongchang-2022.txt': ['government-scope-missing'],
  '1933-chongqing-rfb-2020.txt': ['section-heading-mismatch:overview'],
  '1936-dongyang-zrzyghj-2023.txt': ['section-heading-mismatch:overview'],
  '1938-gongzhuling-cl-2025.txt': [
    // 1904–1948: flagged at the measure under a near key (counted by meaning).
    // Since a fix of stop 63 after the measure of 2576–2620: also under its gatherer's key, a 联合会's short
    // name ending 联 after a bare 市 (`市残联`).
    ['report-name-garbled:title', 'agency-name-place-missing'],
    // Since a fix of stop 51 after the measure of 1904–1948: people served by the 残联's own work counted beside what was published (`完成1361人次两项补贴审核`).
    'overview-item-off-topic:overview',
  ],
  '1940-xihaian-haiqing-2020.txt': [
    'part-count-mismatch:meta',
    'subheading-number-repeated:overview',
  ],
  '1942-wuyuan-hesheng-2023.txt': [
    'government-scope-missing',
    // Since a fix of stop 51 after the measure of 1904–1948: key points named right after a title without a joiner (`根据《条例》信息公开工作要点`).
    'phrase-garbled:overview',
    // Since a fix of stop 51 after the measure of 1904–1948: the township pushing its county's disclosure work (`全力推动五原县政府信息公开工作`).
    'township-scope-above-level:overview',
  ],
  '1943-wuwei-zjj-2022.txt': [
    // 1904–1948: flagged at the measure under a near key (counted by meaning).
    'wrong-year-in-text:overview:2021',
    // Since a fix of stop 51 after the measure of 1904–1948: a city's department following a bare district's government (`按照区政府统一部署`).
    'other-agency-in-text:overview',
  ],
  '1944-yizhou-huayuan-2024.txt': [
    'government-scope-missing',
    // Since a fix of stop 51 after the measure of 1904–1948: `受理依法公开`, what is 受理'd being 依申请公开.
    'phrase-garbled:overview',
  ],
  '1945-tieling-county-2019.txt': [
    'report-name-garbled:meta',
    'parts-sum-mismatch:overview',
    // Since a fix of stop 51 after the measure of 1904–1948: the county's leading group, its units' persons in charge and its people at an event no longer read as the figures' scope.
    'government-scope-missing',
  ],
  '1946-chengzhong-cangmenjie-2021.txt': [
    'section-heading-mismatch:overview',
    // Since a fix of stop 51 after the measure of 1904–1948: `对…的政务公开情况。` with no verb after it and `宣传科门负责`, one finding (both slips said in it).
    'phrase-garbled:overview',
  ],
  '1948-gangu-zjj-2024.txt': [
    // 1904–1948: warned at the measure, written down as wording by its gatherer; decided real by the lead: `(四)政府信息平台建设`, 公开 lost, decided real at stop 37 (924, 347 and others).
    'overview-subheading-garbled:overview',
  ],
  '1949-wuyuan-lcj-2023.txt': [
    // Since a fix of stop 51 after the measure of 1949–1993: `我局未收申请要求`, 未收 before a request (到 lost).
    'phrase-garbled:overview',
    // Since a fix of stop 51 after the measure of 1949–1993: licences counted after 办理 (`…许可证共办理466件`) under 主动公开.
    'overview-item-off-topic:overview',
  ],
  '1950-bayannaoer-lcj-2023.txt': [
    'date-characters-missing:meta',
    'proactive-count-missing:overview',
    'date-characters-missing:overview',
    // Since a fix of stop 51 after the measure of 1949–1993: `受理政府信息依公开申请1件`, 依申请公开 with two words swapped.
    'phrase-garbled:overview',
  ],
  '1951-yichun-nyncj-2021.txt': [
    'section-heading-mismatch:overview',
    'count-unit-missing:overview',
    'count-unit-missing:overview',
  ],
  '1952-weixian-swj-2022.txt': [
    'report-name-garbled:meta',
    // 1949–1993: flagged at the measure under a near key (counted by meaning).
    'overview-areas-missing',
    // 1949–1993: flagged at the measure under a near key (counted by meaning).
    'table-header-changed:t2:行政规范性文件',
    'section-heading-mismatch:applications',
  ],
  '1953-tangshan-gxq-2022.txt': [
    'section-heading-mismatch:overview',
    // 1949–1993: flagged at the measure under a near key (counted by meaning).
    'report-name-garbled:overview',
    // Since a fix of stop 51 after the measure of 1949–1993: `行政许可、政治处罚`, 行政 written 政治 before an administrative act.
    'phrase-garbled:overview',
  ],
  '1955-wuchang-yjglj-2023.txt': [
    'proactive-count-missing:overview',
    // Since a fix of stop 51 after the measure of 1949–1993: `“双随机、两公开”`, the fixed slogan's 一公开 with another number.
    'phrase-garbled:overview',
  ],
  '1956-shennongjia-yjglj-2023.txt': [
    // Since a fix of stop 51 after the measure of 1949–1993: `知情权、收悉权`, 知悉权 written 收悉权.
    'phrase-garbled:overview',
  ],
  '1958-qiaokou-yjglj-2025.txt': ['proactive-count-missing:overview'],
  '1959-anqing-sjzyj-2020.txt': ['agency-name-word-doubled:meta'],
  '1961-xincheng-donghe-2024.txt': [
    // 1949–1993: flagged at the measure under a near key (counted by meaning).
    'township-scope-above-level:overview',
    // Since a fix of stop 51 after the measure of 1949–1993: `2025年,街道进一步强化…` told right after the year's work, no plan said.
    'wrong-year-in-text:overview:2025',
  ],
  // Since a fix of stop 51 after the measure of 1949–1993: `(国办公开办函(2021)30号)`, the year in
  // round brackets.
  '1962-qiaokou-hanshuiqiao-2024.txt': ['notice-citation-unknown:meta:broken-number'],
  '1963-dongsheng-heelun-2024.txt': ['report-name-garbled:meta'],
  '1964-liunan-jtj-2024.txt': [
    'section-heading-mismatch:overview',
    'report-name-garbled:overview',
    'part-count-mismatch:overview',
  ],
  '1965-yulin-jtysj-2022.txt': [
    'text-stray-closer:overview',
    // 1949–1993: warned at the measure, not written down; decided real by the lead: `确保了政府信息依申请工作有序开展`, 公开 lost after 政府信息依申请, read since stop 42 on 1337's `…授理政府信息依申请工作` (its gatherer wrote `“依申请工作”也漏了“公开”`).
    'phrase-garbled:overview',
  ],
  '1966-pingwu-jtj-2022.txt': [
    // 1949–1993: warned at the measure, not written down (its gatherer kept it as a sample); decided real by the lead: `《…关于印发中华人民共和国政府信息公开工作年度报告格式》的通知`, the notice's name cut by its 书名号 and its 〈〉 lost (854's and 909's shape, counted since stop 36; 1679–1723 decided so); and the agency written `平武县交通局` beside its title's 平武县交通运输局, a short name as 1882's `教体局` and 1918's `文广新旅局` (both written down by their gatherers) and 洪洞县教育科技局's `教育局` (counted since stop 35).
    'notice-citation-unknown:meta:title-2021-30',
    'agency-name-word-lost:meta',
    'agency-name-word-lost:overview',
  ],
  '1967-meizhou-rsj-2023.txt': ['report-name-garbled:meta'],
  '1970-tongren-swj-2020.txt': ['part-count-mismatch:meta'],
  '1971-wangcang-swj-2021.txt': [
    'part-count-mismatch:meta',
    // Since a fix of stop 51 after the measure of 1949–1993: `现将…工作年度报告如下` under the heading, a preface before it.
    'section-heading-mismatch:overview',
  ],
  '1972-hejiang-zfb-2023.txt': [
    // Since a fix of stop 51 after the measure of 1949–1993: a county office's `规章…解读率`, its own 规章 interpreted.
    'regulations-below-level:overview',
  ],
  '1973-qianjiang-baitu-2023.txt': ['government-scope-missing'],
  '1974-fufeng-slj-2020.txt': [
    'report-name-garbled:meta',
    'table-cells-printed-blank:t2',
    // Since a fix of stop 51 after the measure of 1949–1993: `无依法申请公开开展情况` (依申请公开 with 法 put in, before 开展) and `确保信息公开内容。` (nothing ensured of the content), one finding (two spots counted in it).
    'phrase-garbled:overview',
  ],
  '1975-zhouzhi-zhuyu-2025.txt': ['proactive-count-missing:overview'],
  '1976-fengxian-zhen-2024.txt': [
    'report-name-garbled:meta',
    'government-scope-missing',
    // Since a fix of stop 51 after the measure of 1949–1993: `在县政府信息公开发布604条信息`, a
    // platform's name lost between 政府信息公开 and the verb.
    'phrase-garbled:overview',
  ],
  '1977-changle-yutian-2023.txt': ['government-scope-missing'],
  '1978-yongchun-shigu-2023.txt': [
    'government-scope-missing',
    // Since a fix of stop 51 after the measure of 1949–1993: `畅通群众民主沟通渠道和机关干部的服务
    // 群众意识`, 畅通 taking 意识 as its second object.
    'phrase-garbled:overview',
    // Since a fix of stop 51 after the measure of 1949–1993: `现将…工作年度报告如下` under the heading, a preface before it.
    'section-heading-mismatch:overview',
  ],
  // Since a fix of stop 51 after the measure of 1949–1993: `认真落实中央市政府办公厅有关工作要求`, 中央
  // run into a level's government.
  '1979-lianyungang-cgj-2022.txt': ['phrase-garbled:overview'],
  '1980-nanjing-gulou-mzj-2021.txt': ['section-heading-mismatch:overview'],
  '1983-qingshui-nyncj-2023.txt': [
    // 1949–1993: warned at the measure, not written down; decided real by the lead: `(四)政府信息平台建设`, 公开 lost, decided real at stop 37 (924, 347 and others; 1948 of 1904–1948).
    'overview-subheading-garbled:overview',
  ],
  '1984-tongxiang-shimen-2020.txt': [
    'report-name-garbled:meta',
    'part-count-mismatch:meta',
    // 1949–1993: flagged at the measure under a near key (counted by meaning).
    'government-scope-missing',
    // Since a fix of stop 51 after the measure of 1949–1993: `把桐乡信息公开网站为政府信息公开的第一
    // 平台`, 把…为 with the 作 of 作为 lost.
    'phrase-garbled:overview',
  ],
  '1985-pingchuan-zhongtian-2021.txt': [
    'report-name-garbled:meta',
    // 1949–1993: flagged at the measure under a near key (counted by meaning).
    'government-scope-missing',
  ],
  '1987-pingdu-ybj-2020.txt': [
    // Since a fix of stop 51 after the measure of 1949–1993: a colon right after the whole's count (`123条:`) opening its kinds.
    'parts-sum-mismatch:overview',
  ],
  // Since a fix of stop 51 after the measure of 1949–1993: `不断公开规范政务公开内容`, a stray 公开
  // after 不断; `未收到区政府信息公开申请`, a level's name before the requests; `和上` / `及部门相关要求`, 上级
  // with 级 written 及 across the line break.
  '1986-jiamusi-qiaonan-2023.txt': ['phrase-garbled:overview'],
  '1988-weihai-yjj-2020.txt': [
    'report-name-garbled:meta',
    'date-characters-missing:meta',
    'text-stray-closer:meta',
    // Since a fix of stop 51 after the measure of 1949–1993: the preface's `请与…办公室联系(地址:…;
    // 传真:0631-5234308` ending with its bracket open, the report going on after it.
    'text-bracket-unclosed:meta',
  ],
  '1991-minhang-lhsrj-2025.txt': [
    'part-count-mismatch:meta',
    'date-characters-missing:meta',
    'date-characters-missing:overview',
    // Since a fix of stop 51 after the measure of 1949–1993: `《2025年闵行区政务公开要点工作》`, the key
    // points' name swapped; `累计动公开政府信息`, 主 lost.
    'phrase-garbled:overview',
    // Since a fix of stop 51 after the measure of 1949–1993: `…本部门发文类6条,重点工作8,财政信息类35条`,
    // a kind's unit lost before the line's last kind.
    'count-unit-missing:overview',
  ],
  '1992-yiwu-swj-2024.txt': ['section-heading-mismatch:overview'],
  '1993-shangyu-jxj-2024.txt': ['date-characters-missing:meta', 'count-unit-missing:overview'],
  '1994-suizhou-tyjrj-2023.txt': ['proactive-count-missing:overview'],
  '1996-yiyang-kjj-2021.txt': [
    // 1994–2038: flagged at the measure under a near key (counted by meaning).
    ['overview-areas-missing', 'proactive-count-missing:overview'],
  ],
  '1997-hunan-kjt-2023.txt': [
    'notice-citation-unknown:meta:broken-number',
    'date-characters-missing:meta',
    'report-name-garbled:meta',
  ],
  '1998-yuxian-xzspj-2025.txt': ['section-heading-mismatch:overview'],
  '1999-gucheng-fgj-2020.txt': [
    // 1994–2038: flagged at the measure under a near key (counted by meaning).
    'overview-areas-missing',
    'section-heading-mismatch:applications',
    // 1994–2038: flagged at the measure under a near key (counted by meaning).
    'subheading-first-missing:problems',
    // 1994–2038: warned at the measure, not written down; decided real by the lead: `四、因政府信息公开工作被申请行政复议、提起行政诉讼情况`, the part named by the 条例's article 50 words, not the format's heading; 178 (海青镇 2025) was written down so.
    'section-heading-mismatch:reviewLitigation',
  ],
  '2001-dongli-gxj-2022.txt': [
    // Since a fix of stop 52 after the measure of 1994–2038: `紧紧围绕、区政府…`, a list's mark right after a
    // preposition that takes an object, its first item lost.
    'phrase-garbled:overview',
  ],
  '2002-tianjin-teda-2024.txt': ['part-count-mismatch:meta', 'subheading-number-repeated:overview'],
  '2003-cangzhou-qxj-2021.txt': [
    // 1994–2038: flagged at the measure under a near key (counted by meaning).
    'overview-areas-missing',
    'table-header-changed:t2:本年制发件数',
    'table-header-changed:t2:现行有效件数',
  ],
  '2004-wuhan-jgswj-2025.txt': ['parts-sum-mismatch:overview'],
  '2005-wuchang-jkq-2025.txt': [
    'notice-citation-unknown:overview:regulation-name',
    // 1994–2038: warned at the measure, not written down; decided real by the lead: `(一)政府信息主动公开情况` lists what was published (机构职能、领导成员…) with no count of the year, the shape 1994's, 2007's and 2037's gatherers wrote down.
    'proactive-count-missing:overview',
    // Since a fix of stop 52 after the measure of 1994–2038: a title with no year read with the body's name on the line under it.
    'report-name-garbled:title',
  ],
  '2006-wehdz-dzb-2025.txt': [
    'notice-citation-unknown:meta:broken-number',
    'text-bracket-unclosed:meta',
    'report-name-garbled:meta',
  ],
  '2007-suixian-huaihe-2021.txt': ['proactive-count-missing:overview'],
  '2012-yingshan-sfj-2021.txt': ['date-characters-missing:meta'],
  '2013-tongliang-sfj-2024.txt': [
    // 1994–2038: warned at the measure, not written down; decided real by the lead: `主动公开政府信息167条,其中,政策类文件3条,…60条,…24条,…1件、…2件` (90) with no 等, kinds listed under 其中 short of the whole (298, 457, 507, 787, 1452, 1901).
    'parts-sum-mismatch:overview',
  ],
  '2014-putian-fgw-2021.txt': ['parts-sum-mismatch:overview'],
  '2018-yuexi-qxj-2023.txt': [
    'report-name-garbled:meta',
    'date-characters-missing:meta',
    // Since a fix of stop 52 after the measure of 1994–2038: a department's preface presenting `我县`'s report.
    'other-agency-in-text:meta',
    // Since a fix of stop 52 after the measure of 1994–2038: `负总则`, 负总责 miswritten.
    'phrase-garbled:overview',
  ],
  '2019-yanliang-xzspfwj-2022.txt': [
    'report-name-garbled:meta',
    // 1994–2038: one more problem written down under the same key, one warning for both.
    // Since a fix of stop 52 after the measure of 1994–2038: the report's own name giving the body with the word before its 局 lost.
    'agency-name-word-lost:meta',
    // Since a fix of stop 52 after the measure of 1994–2038: `本年度报告、中使用数据`, a stray 、 before the
    // postposition 中 of the data's place.
    'phrase-garbled:meta',
  ],
  '2020-weinan-gxq-xzspfwj-2022.txt': [
    // Since a fix of stop 52 after the measure of 2039–2080: kinds in commas after those that make the
    // whole, up to a semicolon turning to other work (`…31条,…“三公经费”公开信息3条;通过LED显示屏…`), read as the
    // list's end: 152 of 149.
    'parts-sum-mismatch:overview',
    // Since a fix of stop 52 after the measure of 1994–2038: `无依法申请公开相关内容`, 依法申请公开 after 无 with
    // nothing asked for after it (no 信息, 文件…).
    'phrase-garbled:overview',
  ],
  '2022-qijiang-cgj-2020.txt': ['report-name-garbled:meta'],
  '2024-shayibake-mzj-2023.txt': [
    'report-name-garbled:meta',
    'phrase-garbled:overview',
    // 1994–2038: one more problem written down under the same key, one warning for both.
    // 1994–2038: warned at the measure, not written down; decided real by the lead: `(四)政府信息平台建设`, 公开 lost, decided real at stop 37 (924, 347; 1948, 1983).
    'overview-subheading-garbled:overview',
    // Since a fix of stop 52 after the measure of 1994–2038: a word of the agency's own name written twice in a row where the text names it.
    'agency-name-word-doubled:overview',
  ],
  '2027-taian-cgj-2021.txt': [
    // 1994–2038: flagged at the measure under a near key (counted by meaning).
    'part-count-mismatch:meta',
    'phrase-garbled:overview',
  ],
  '2029-linhe-fgw-2025.txt': [
    // 1994–2038: flagged at the measure under a near key (counted by meaning).
    'notice-citation-unknown:meta:issuer-name',
  ],
  '2030-boshan-kjj-2025.txt': ['date-characters-missing:meta'],
  '2031-yantai-kjj-2021.txt': ['subheading-first-missing:overview', 'count-unit-missing:overview'],
  '2032-zichuan-kjj-2021.txt': [
    'report-name-garbled:meta',
    'overview-subheading-garbled:overview',
    'subheading-number-missing:overview',
    // Since a fix of stop 52 after the measure of 1994–2038: `未收到和处理政府信息依申请公开。`, the heading's
    // 收到和处理 negated over the work's name, no request.
    'phrase-garbled:overview',
  ],
  '2033-suqian-jkq-2023.txt': [
    'date-characters-missing:meta',
    // 1994–2038: one more problem written down under the same key, one warning for both.
    'text-bracket-unclosed:meta',
    // Since a fix of stop 52 after the measure of 1994–2038: a development zone's committee held to 1月31日 (a dispatched body, not a government).
    'report-date-after-deadline',
    // Since a fix of stop 52 after the measure of 1994–2038: `sqkfqxxgk@163.com.com`, a domain ending with its
    // top-level label twice.
    'phrase-garbled:meta',
  ],
  '2034-panjin-slj-2019.txt': [
    'report-name-garbled:meta',
    'report-date-after-deadline',
    'section-heading-mismatch:overview',
    'section-heading-mismatch:proactive',
    'section-heading-mismatch:applications',
    // Since a fix of stop 52 after the measure of 1994–2038: `三、存在的不足` read as the problems part's
    // heading, its numeral and name both wrong (its words name 五, not 三).
    'section-heading-mismatch:problems',
  ],
  '2035-shangcheng-sfj-2023.txt': ['parts-sum-mismatch:overview'],
  '2037-xingqing-sfj-2024.txt': [
    'proactive-count-missing:overview',
    // 1994–2038: warned at the measure, not written down; decided real by the lead: `(四)政府信息平台建设`, 公开 lost, decided real at stop 37 (924, 347; 1948, 1983).
    'overview-subheading-garbled:overview',
  ],
  '2039-taizhou-xfj-2025.txt': [
    'date-characters-missing:meta',
    'section-heading-mismatch:overview',
  ],
  '2041-quzhou-gzw-2023.txt': [
    'report-name-garbled:meta',
    // Since a fix of stop 52 after the measure of 2039–2080: information published with no count, then
    // `其中` and one part counted, the sentence going on to other work: the whole's number read as lost.
    'count-number-missing:overview',
  ],
  '2042-jiading-swj-2020.txt': [
    // 2039–2080: warned at the measure, not written down; decided real by the lead: the preface lists the old regulation's parts (`政府信息公开类行政复议、行政诉讼和举报申诉`), counted since the third measure (066, 642, 1079).
    'part-count-mismatch:meta',
  ],
  '2043-baoshan-swj-2022.txt': [
    // Since a fix of stop 52 after the measure of 2039–2080: a count run into the next point's ordinal
    // (`行政处罚决定4三是`, `答复结果3五是`), its unit lost, read.
    'count-unit-missing:overview',
    // Since a fix of stop 52 after the measure of 2039–2080: the title printed again eleven lines under the page's, its year's 年 lost.
    'date-characters-missing:title',
  ],
  '2044-qinhuai-sjj-2024.txt': ['part-count-mismatch:meta'],
  '2046-xishan-sjj-2025.txt': ['report-name-garbled:meta'],
  '2050-xuanzhou-hanting-2024.txt': [
    // 2039–2080: flagged at the measure under a near key (counted by meaning).
    'government-scope-missing',
  ],
  '2051-qingyang-ducun-2024.txt': [
    // Since a fix of stop 52 after the measure of 2039–2080: a township saying its government 出台 法规、规章
    // read (and `本单位` no longer read as another body's words).
    'regulations-below-level:overview',
  ],
  '2053-liaocheng-slj-2025.txt': [
    // 2039–2080: warned at the measure, not written down; decided real by the lead: `关于印发《中华人民共和国政府信息公开工作年度报告格式的通知》`, the notice's name cut by its 书名号 (854's and 909's shape, counted since stop 36; 1966 decided so).
    'notice-citation-unknown:meta:title-2021-30',
  ],
  '2054-fumin-xfj-2022.txt': [
    // 2039–2080: warned at the measure, not written down; decided real by the lead: `主动公开政府信息148条,其中:部门动态29条,…12条,…3条,…2条,…1条` (47) with no 等, kinds listed under 其中 short of the whole (298, 457, 507, 787, 1452, 1901; 2013).
    'parts-sum-mismatch:overview',
  ],
  '2055-zizhong-xfj-2021.txt': [
    'section-heading-mismatch:overview',
    'report-name-garbled:overview',
    'date-characters-missing:overview',
    'phrase-garbled:overview',
  ],
  '2057-wulong-gzw-2020.txt': ['report-name-garbled:meta'],
  '2058-nanhua-xczxj-2022.txt': [
    // Since a fix of stop 52 after the measure of 2039–2080: `加强对公开信息加强分类指导`, a verb written twice around
    // its object after 对; `提升公示公告、…等公示公告`, a list's first item named again after its 等.
    'phrase-garbled:overview',
  ],
  '2059-bazhou-ggzy-2023.txt': ['report-name-garbled:meta'],
  '2060-wenchang-swj-2023.txt': [
    'section-heading-mismatch:overview',
    'part-count-mismatch:overview',
    'date-characters-missing:overview',
    // Since a fix of stop 52 after the measure of 2039–2080: `报告在市政府网站…栏目中公布本报告`, the report its own subject
    // and again what is published.
    'phrase-garbled:overview',
  ],
  '2061-shanwei-zsj-2022.txt': ['section-heading-mismatch:overview'],
  '2062-minhou-zfb-2025.txt': [
    // Since a fix of stop 52 after the measure of 2039–2080: the overview's areas on lines of their
    // own (`主动公开情况`, `依申请公开情况`), none numbered in a text numbering nothing, read.
    'subheading-number-missing:overview',
  ],
  '2064-puning-chigang-2024.txt': [
    // 2039–2080: flagged at the measure under a near key (counted by meaning).
    'other-agency-in-text:meta',
    // Since a fix of stop 52 after the measure of 2039–2080: a nameless text speaking as 我镇 and naming
    // the town government's own guide and portal read as the town's despite one copied `我局`; its
    // `合计共公开了197项政务信息` said of no level.
    'government-scope-missing',
    // Since a fix of stop 52 after the measure of 2039–2080: `对机设置、办事指南` in a list of what is posted, 机构设置
    // without 构.
    'phrase-garbled:overview',
  ],
  '2066-qiandongnan-tcj-2023.txt': ['report-name-garbled:meta'],
  '2069-neimenggu-xfj-2019.txt': [
    // Since a fix of stop 52 after the measure of 2039–2080: `选一步明确工作职责`, 进一步 with a look-alike for 进.
    'phrase-garbled:overview',
    // Since a fix of stop 52 after the measure of 2039–2080: `政务信息公开工作报告` after the year, the names crossed and 年度 lost.
    'report-name-garbled:meta',
  ],
  '2070-fuyu-swj-2020.txt': [
    // 2039–2080: flagged at the measure under a near key (counted by meaning).
    'agency-name-place-missing',
    'section-heading-mismatch:overview',
    // 2039–2080: flagged at the measure under a near key (counted by meaning).
    'overview-areas-missing',
    // 2039–2080: warned at the measure, not written down; decided real by the lead: the preface lists the old regulation's parts (`收费和减免情况`), counted since the third measure (066, 642, 1079).
    'part-count-mismatch:overview',
  ],
  '2071-yuncheng-jkq-2020.txt': [
    'report-name-garbled:meta',
    'date-characters-missing:meta',
    // 2039–2080: flagged at the measure under a near key (counted by meaning).
    'overview-areas-missing',
    // 2039–2080: warned at the measure, not written down; decided real by the lead: the preface lists the old regulation's parts (`政府信息公开收费及减免情况`), counted since the third measure (066, 642, 1079).
    'part-count-mismatch:meta',
    // Since a fix of stop 52 after the measure of 2039–2080: a development zone's committee held to 1月31日 (a dispatched body, not a government).
    'report-date-after-deadline',
  ],
  '2072-zhumadian-jkq-2020.txt': [
    // Since a fix of stop 52 after the measure of 2039–2080: a development zone's committee held to 1月31日 (a dispatched body, not a government).
    'report-date-after-deadline',
    // Since a fix of stop 52 after the measure of 2039–2080: `没有有涉及…`, 有 written twice after 没.
    'phrase-garbled:overview',
  ],
  '2074-shuozhou-zfb-2022.txt': [
    // Since a fix of stop 52 after the measure of 2039–2080: `将政策讲清楚的基础上综合运用…`, 在 lost before a clause of 将
    // ending in 的基础上.
    'phrase-garbled:overview',
  ],
  '2075-wuerhe-baikouquan-2022.txt': [
    // 2039–2080: flagged at the measure under a near key (counted by meaning).
    'overview-areas-missing',
    'table-header-changed:t2:本年制发件数',
    'table-header-changed:t2:现行有效件数',
    // Since a fix of stop 52 after the measure of 2039–2080: the key points of the year before read where the work is said to have studied them.
    'notice-citation-wrong:overview:key-points-2021',
  ],
  '2076-shaanxi-zscqj-2023.txt': ['report-name-garbled:overview'],
  '2077-daye-zfb-2024.txt': [
    'government-scope-missing',
    // Since a fix of stop 52 after the measure of 2039–2080: `根据往年湖北省政务公开工作要点`, past years' key points
    // given as the basis of the year's work.
    'phrase-garbled:overview',
  ],
  '2078-wuhan-donghu-bgs-2024.txt': ['report-name-garbled:meta'],
  '2079-jingmen-dongbao-2024.txt': ['phrase-garbled:overview'],
  '2080-daye-ggzy-2025.txt': ['report-name-garbled:meta', 'proactive-count-missing:overview'],
  '2081-yandu-gafj-2024.txt': ['part-count-mismatch:meta', 'proactive-count-missing:overview'],
  '2082-tongxiang-gaj-2023.txt': [
    'phrase-garbled:overview',
    // Since a fix of stop 53 after the measure of 2081–2125: `截止目前,我局已…主动公开政府信息504条`, a
    // count added up to now with no word of the year, read as not the year's.
    'statistics-period-mismatch:overview',
  ],
  '2083-zibo-gxq-gafj-2022.txt': [
    // Since a fix of stop 53 after the measure of 2081–2125: `认真贯彻落实的《…条例》,`, 的 between the verb
    // and the regulation it takes.
    'phrase-garbled:overview',
  ],
  '2084-daishan-hyyyj-2023.txt': [
    // Since a fix of stop 53 after the measure of 2081–2125: `政务公开工作点责任分解`, 工作要点 without 要
    // before what the key points are broken into.
    'phrase-garbled:overview',
    // Since a fix of stop 53 after the measure of 2081–2125: `岱山县海洋与渔业以县政府门户网站为第一平台` read (局 lost before a `以…为…` phrase).
    'agency-name-word-lost:overview',
  ],
  '2085-shantou-sbj-2022.txt': [
    // Since a fix of stop 53 after the measure of 2081–2125: `26.05名企业退休人员`, a count of persons in
    // decimals, its 万 lost.
    'phrase-garbled:overview',
    // Since a fix of stop 53 after the measure of 2081–2125: a numbered point of 总体情况 telling sums in
    // 亿元 with no word of information (`1.切实兜住兜牢民生保障底线,…总金额达147.75亿元`): the line of business.
    'overview-item-off-topic:overview',
  ],
  '2086-zhuhai-bdcdjzx-2021.txt': ['overview-subheading-garbled:overview'],
  '2087-xiamen-szylj-2023.txt': [
    'parts-sum-mismatch:overview',
    // 2081–2125: one more problem written down under the same key, one warning for both.
  ],
  '2088-laoshan-wanggezhuang-2019.txt': [
    // 2081–2125: flagged at the measure under a near key (counted by meaning).
    'wrong-year-in-text:meta:2018',
    'part-count-mismatch:meta',
  ],
  '2089-xiamen-wb-2023.txt': ['phrase-garbled:meta'],
  '2090-zaozhuang-gxq-xfjydd-2025.txt': [
    // 2081–2125: warned at the measure, not written down; decided real by the lead: `1、主动公开方面。` then `2.依申请公开工作。`, one level numbered two ways, the shape eleven gatherers wrote down under this key.
    'subheading-number-style-mixed:overview',
    // Since a fix of stop 53 after the measure of 2081–2125: a 高新区 body's `主动融入经开区发展大局` read (another kind of zone as its own).
    'other-agency-in-text:overview',
  ],
  '2091-zhaoqing-jjzd-sandadui-2021.txt': [
    'report-name-garbled:meta',
    'date-characters-missing:overview',
    // 2081–2125: flagged at the measure under a near key (counted by meaning).
    'overview-areas-missing',
    'section-heading-mismatch:proactive',
    // Since a fix of stop 53 after the measure of 2081–2125: `我大队信息公开政府信息67条`, 信息公开 for 主动公开
    // before the count published.
    'phrase-garbled:overview',
  ],
  '2092-pingyang-gaj-2021.txt': ['notice-citation-wrong:meta:2019-60', 'part-count-mismatch:meta'],
  '2093-zhangdian-jjdd-2019.txt': ['section-heading-mismatch:overview', 'phrase-garbled:overview'],
  '2094-shengsi-gaj-2020.txt': [
    'section-heading-mismatch:overview',
    'section-heading-mismatch:proactive',
    // 2081–2125: warned at the measure, not written down; decided real by the lead: a 2019-format report whose `一、政府信息公开工作的基本情况` tells organisation, the site's column and new media, not 主动公开, 依申请公开 or 政府信息管理 (OVERVIEW_AREAS_READ's reading of 2019-format reports).
    'overview-areas-missing',
  ],
  '2095-haicang-rsj-2023.txt': ['section-heading-mismatch:overview'],
  '2097-shapingba-gafj-2021.txt': [
    'section-heading-mismatch:overview',
    // Since a fix of stop 53 after the measure of 2081–2125: `全年门户网站全年共更新…`, 全年 twice in one clause.
    'phrase-garbled:overview',
  ],
  '2098-jiangjin-ghzrzyj-2022.txt': [
    // Since a fix of stop 53 after the measure of 2081–2125: the 主动公开 item counting `处置敏感舆情76条`
    // in 条 among the kinds it published: 舆情 handled, not information made public.
    'overview-item-off-topic:overview',
  ],
  '2101-lufeng-caiyun-2022.txt': [
    'report-name-garbled:meta',
    'agency-name-word-doubled:meta',
    // Since a fix of stop 53 after the measure of 2081–2125: `汇总2022年度,`, 汇总 with a year alone as its
    // object.
    'phrase-garbled:meta',
    // Since a fix of stop 53 after the measure of 2081–2125: `国办公开办涵〔2022〕30号` after the 2021 notice's title read (a wrong prefix with a wrong year).
    'notice-citation-unknown:meta:2022-30',
    // Since a fix of stop 53 after the measure of 2081–2125: a share of a target between the whole and
    // its 其中 (`177条,完成市级下达任务数120条的147.5%,其中…`) read as a remark on the whole: 157 of 177.
    'parts-sum-mismatch:overview',
    // Since a fix of stop 53 after the measure of 2081–2125: the stock `汇总2022年度,由…镇人民政府…编制而成`
    // read as one government's year summed, no scope: `彩云镇共公开政府信息177条` of no level.
    'government-scope-missing',
  ],
  '2103-lusong-hejiatu-2024.txt': [
    'report-name-garbled:meta',
    // Since a fix of stop 53 after the measure of 2081–2125: `全文六部分组成`, 由 lost between the report and its
    // parts.
    'phrase-garbled:meta',
  ],
  '2104-ziyang-qichelu-2024.txt': ['report-name-garbled:meta', 'part-count-mismatch:meta'],
  '2106-congjiang-county-2021.txt': [
    'notice-citation-wrong:meta:2019-60',
    // Since a fix of stop 53 after the measure of 2081–2125: `指导督促县政府各部门、各乡镇完成…更新`
    // read as whom the government guides, not whose its counts are: `已公开各类信息10327条` of no level.
    'government-scope-missing',
  ],
  '2107-changshun-guangshun-2023.txt': [
    'date-characters-missing:overview',
    'count-unit-missing:overview',
    'phrase-garbled:overview',
  ],
  '2108-lvchun-daxing-2023.txt': [
    'part-count-mismatch:meta',
    // 2081–2125: warned at the measure, not written down; decided real by the lead: a township's figures (`累计发表时政信息862条`) with no word of whose; its gatherer wrote the period down and left scope as doubtful, the brief's convention counts it (GOVERNMENT_SCOPE_DECIDED).
    'government-scope-missing',
    // Since a fix of stop 53 after the measure of 2081–2125: `习近平新时代这个特色社会主义思想`, 中国 replaced in
    // the set formula.
    'phrase-garbled:overview',
    // Since a fix of stop 53 after the measure of 2081–2125: `2022年新开设…公众号至今,…累计发表时政
    // 信息862条`, a count added up since an earlier year to now, read as not the year's.
    'statistics-period-mismatch:overview',
  ],
  '2109-huangping-county-2019.txt': [
    // Since a fix of stop 53 after the measure of 2081–2125: a nameless text whose leading group is
    // headed by `常务副县长` read as the government's, and `任务分解落实到全县各相关部门及乡镇` as work
    // organised: `主动公开信息共计5689余条` of no level.
    'government-scope-missing',
  ],
  '2111-baodi-xfjyzd-2025.txt': ['report-name-garbled:meta'],
  '2112-qingshan-gafj-2025.txt': [
    'notice-citation-wrong:overview:2019-60',
    // Since a fix of stop 53 after the measure of 2081–2125: a body that is no 信访 office studying
    // `总书记关于加强和改进人民信访工作的重要思想` (or `根据信访工作实际`): a 信访局's wording copied.
    'other-line-of-work:overview',
  ],
  '2113-anhui-yzglj-2023.txt': ['report-name-garbled:meta'],
  '2114-fangshan-sthjfj-2023.txt': [
    // 2081–2125: flagged at the measure under a near key (counted by meaning).
    'overview-areas-missing',
  ],
  '2115-gaoling-njjyzx-2023.txt': [
    // 2081–2125: flagged at the measure under a near key (counted by meaning).
    'overview-areas-missing',
    // 2081–2125: flagged at the measure under a near key (counted by meaning).
    'phrase-garbled:overview',
  ],
  '2117-xilinguole-nmj-2023.txt': [
    'report-name-garbled:meta',
    // Since a fix of stop 53 after the measure of 2081–2125: `在…办公室有关要求,`, a clause framed by 在
    // ending on the bodies' 要求 (按照 or 指导下 lost).
    'phrase-garbled:overview',
  ],
  '2118-yizhou-yamansu-2022.txt': [
    // Since a fix of stop 53 after the measure of 2081–2125: a nameless text whose year's work is
    // `…雅满苏镇人民政府信息公开工作根据…` read as a town's report: `主动发布政府信息7条` of no level.
    'government-scope-missing',
  ],
  '2119-wuqia-wuqiazhen-2022.txt': ['notice-citation-wrong:meta:2019-60'],
  '2120-zhaoxian-shahedian-2024.txt': [
    // Since a fix of stop 53 after the measure of 2081–2125: `本报告依据《…》等相关规章制度开展政府信息
    // 公开工作`, the report said to carry out the work it tells.
    'phrase-garbled:meta',
  ],
  '2121-dongcheng-ylj-2021.txt': [
    'date-characters-missing:overview',
    'count-unit-missing:overview',
    // Since a fix of stop 53 after the measure of 2081–2125: `并及时疫情防控、…等重要工作公开`, 及时 before
    // a list of matters, 就 or 对 lost.
    'phrase-garbled:overview',
    // Since a fix of stop 53 after the measure of 2081–2125: `一是畅通…` then a paragraph opening `是建立了…`,
    // the point's 二 lost (the gatherer's subheading-number-missing, counted by meaning).
    'subheading-number-skipped:overview',
  ],
  '2122-yunyang-chengguan-2020.txt': ['date-characters-missing:meta', 'part-count-mismatch:meta'],
  '2123-acheng-hedong-2022.txt': ['proactive-count-missing:overview'],
  '2125-dongcheng-ylj-2025.txt': [
    // 2081–2125: flagged at the measure under a near key (counted by meaning).
    'overview-areas-missing',
  ],
  '2100-nanchang-donghu-gafj-2020.txt': [
    // Since a fix of stop 52 after the measure of 2081–2125: the import takes a text whose title names
    // the report though none of the format's headings and no table is printed (it refused it at the
    // measure); the title's `政府信息公开年度报告`, 工作 lost, read.
    'report-name-garbled:meta',
    // Since a fix of stop 53 after the measure of 2081–2125: no format heading nor table found and the text laid out in parts of its own (`一、加强组织领导,建立健全工作机制。`), so 一、总体情况 is told missing.
    'section-heading-mismatch:overview',
  ],
  '2126-xianju-xiage-2023.txt': [
    // 2126–2170: warned at the measure, not written down; decided real by the lead: `提升了政府信息依申请工作能力`, 公开 lost after 政府信息依申请, as 1965's (decided at stop 51) and 1337's.
    'phrase-garbled:overview',
  ],
  '2127-zhongshan-guzhen-2023.txt': [
    // 2126–2170: flagged at the measure under a near key (counted by meaning).
    'government-scope-missing',
  ],
  '2128-huangdao-jd-2022.txt': ['template-text-left:meta'],
  '2129-binzhou-qingtian-2022.txt': ['report-date-after-deadline'],
  '2131-changle-houyu-2021.txt': [
    // 2126–2170: flagged at the measure under a near key (counted by meaning).
    'government-scope-missing',
  ],
  '2132-qingliu-litian-2021.txt': [
    'section-heading-mismatch:overview',
    // 2126–2170: warned at the measure, not written down; decided real by the lead: a township's figures (`里田乡人民政府…制发主动公开文件15份`) with only the government named as subject, no 本级 or 全乡, as 179's and 271's (GOVERNMENT_SCOPE_DECIDED).
    'government-scope-missing',
    // Since a fix of stop 53 after the measure of 2126–2170: a numbered sub-heading that is a date clause (`(二)截止2021年12月31日。`) where the area's name belongs.
    'overview-subheading-garbled:overview',
  ],
  '2133-gaochun-wjw-2022.txt': [
    'section-heading-mismatch:overview',
    // 2126–2170: flagged at the measure under a near key (counted by meaning).
    'part-count-mismatch:overview',
  ],
  '2134-gulou-jkzx-2022.txt': ['part-count-mismatch:meta'],
  '2135-gaoqing-jtysj-2025.txt': ['template-text-left:meta'],
  '2138-yongjia-xixia-2023.txt': [
    'section-heading-mismatch:overview',
    // 2126–2170: flagged at the measure under a near key (counted by meaning).
    'government-scope-missing',
  ],
  '2139-shixing-tyjrswj-2020.txt': [
    // 2126–2170: flagged at the measure under a near key (counted by meaning).
    'agency-name-place-missing',
    // 2126–2170: flagged at the measure under a near key (counted by meaning).
    ['overview-areas-missing', 'proactive-count-missing:overview'],
    // 2126–2170: flagged at the measure under a near key (counted by meaning).
    't2-regulations-by-county',
    // 2126–2170: warned at the measure, not written down; decided real by the lead: a 2019-format 表二 采购总金额 149.673874 with no unit printed, as 020's, 036's, 050's and 1375's.
    'procurement-unit-unstated',
    // Since a fix of stop 54 after the measure of 2126–2170: every heading read printed as the official
    // words with no 一、二、三 (a page's text, not a Word document's list numbering).
    'section-heading-mismatch:overview',
    // Since a fix of stop 54 after the measure of 2126–2170: 表三's rows a cell a line, six lone `|`
    // before each row's `0 |` under 总计, every row alike: the bars read as cells printed blank
    // (blank-cells, the gatherer's key, counted by meaning).
    'table-cells-printed-blank:t3',
  ],
  '2140-junan-shilianzi-2021.txt': [
    'report-name-garbled:meta',
    // Since a fix of stop 53 after the measure of 2126–2170: `本级文件4条` read as one kind among the parts, not a scope; the town's 273条 said of no level.
    'government-scope-missing',
  ],
  '2141-dazu-zfb-2024.txt': [
    // 2126–2170: flagged at the measure under a near key (counted by meaning).
    'government-scope-missing',
  ],
  '2142-liangjiang-bgs-2024.txt': [
    // Since a fix of stop 53 after the measure of 2126–2170: a 管委会办公室 counting through the zone's 政府门户网站, not its subject, read as a government's office.
    'government-scope-missing',
  ],
  '2143-liangping-zfb-2024.txt': [
    // Since a fix of stop 53 after the measure of 2126–2170: `以…人民政府及其办公室的名义` read as whose name the work went out in, not a scope.
    'government-scope-missing',
  ],
  '2144-tongliang-zfb-2025.txt': [
    // Since a fix of stop 53 after the measure of 2126–2170: information named by its kinds closed by 等, no count, then 其中 and the parts counted (the whole's number lost).
    'count-number-missing:overview',
    // Since a fix of stop 53 after the measure of 2126–2170: `本机关共受理…申请15件` says only the requests are the office's own; its published counts unsaid.
    'government-scope-missing',
  ],
  '2145-xinyu-glzx-2024.txt': [
    // Since a fix of stop 53 after the measure of 2126–2170: a count of 稿件 with its unit lost before a comma.
    'count-unit-missing:overview',
    // Since a fix of stop 53 after the measure of 2126–2170: the issuer `…政务公开办公` with 室 lost before the notice's title.
    'notice-citation-unknown:meta:issuer-name',
    // Since a fix of stop 53 after the measure of 2126–2170: a mailbox given as `政务邮箱`, words naming a mailbox where its address belongs.
    'template-text-left:meta',
  ],
  '2147-changjiang-gxj-2023.txt': [
    // Since a fix of stop 53 after the measure of 2126–2170: `共到0条依申请公开事项`, 共到 (收
    // lost) before a count.
    'phrase-garbled:overview',
    // Since a fix of stop 53 after the measure of 2126–2170: a kind with 条 and no number, beside kinds counted in 条 and 篇.
    'count-number-missing:overview',
    // Since a fix of stop 53 after the measure of 2126–2170: parts counted in 篇 and 条 (words for a piece) adding to more than the whole in 条, the list ending at a clause with no count.
    'parts-sum-mismatch:overview',
    // Since a fix of stop 53 after the measure of 2126–2170: `市审计局的有力指导` in a 工信局's report: another line's bureau above guiding it.
    'other-line-of-work:overview',
  ],
  '2150-tongchuan-tjj-2024.txt': [
    // Since a fix of stop 53 after the measure of 2126–2170: `受理政府信息公开1件`, 申请 lost
    // after 政府信息公开 before a count.
    'phrase-garbled:overview',
  ],
  '2151-tongchuan-zfb-2023.txt': [
    'date-characters-missing:meta',
    // 2126–2170: one more problem written down under the same key, one warning for both.
    // Since a fix of stop 53 after the measure of 2126–2170: `《…依申请公开工作法》`, a body's rules
    // ending 工作法 (办 lost).
    'phrase-garbled:overview',
  ],
  '2152-tongchuan-2022.txt': [
    'report-name-garbled:meta',
    'date-characters-missing:meta',
    // Since a fix of stop 53 after the measure of 2126–2170: a count of things done after 开展 ending its clause bare (`民意征集19。`), and requests being handled run on (`正在办理1主要…`).
    'count-unit-missing:overview',
    // Since a fix of stop 53 after the measure of 2126–2170: `》(202276)`, a number of year and serial run together after a title, its prefix, 〔〕 and 号 lost.
    'notice-citation-unknown:meta:broken-number',
  ],
  '2154-liangjiang-bgs-2023.txt': [
    // Since a fix of stop 53 after the measure of 2126–2170: a 管委会办公室 counting through the zone's 政府门户网站, not its subject, read as a government's office.
    'government-scope-missing',
  ],
  '2156-tongling-dzj-2021.txt': ['report-name-garbled:meta'],
  '2157-mengcheng-zgh-2022.txt': ['subheading-number-missing:overview'],
  '2158-echeng-zgh-2020.txt': [
    // 2126–2170: flagged at the measure under a near key (counted by meaning).
    'overview-areas-missing',
    ['section-heading-mismatch:proactive', 'section-heading-mismatch:reviewLitigation'],
    'date-characters-missing:proactive',
  ],
  '2159-xisaishan-kxj-2020.txt': [
    'report-name-garbled:meta',
    // 2126–2170: flagged at the measure under a near key (counted by meaning).
    'overview-areas-missing',
    // Since a fix of stop 53 after the measure of 2126–2170: a paragraph on the units' 信息报送情况 judged by 简报采用情况 (信息工作).
    'overview-item-off-topic:overview',
  ],
  '2160-xisaishan-zsj-2020.txt': [
    'date-characters-missing:overview',
    // 2126–2170: flagged at the measure under a near key (counted by meaning).
    ['overview-areas-missing', 'proactive-count-missing:overview'],
    // 2126–2170: flagged at the measure under a near key (counted by meaning).
    'report-date-after-deadline',
    'section-heading-mismatch:proactive',
    'table-header-changed:t2:本年增/减',
    // Since a fix of stop 53 after the measure of 2126–2170: a change from one bare number to another (`由…10增加到32`).
    'count-unit-missing:overview',
  ],
  '2161-zhenglanqi-wjw-2022.txt': [
    'proactive-count-missing:overview',
    'overview-item-off-topic:overview',
    // Since a fix of stop 53 after the measure of 2126–2170: `我局` in a 卫生健康委员会's report.
    'other-agency-in-text:overview',
  ],
  '2163-shuozhou-wb-2023.txt': [
    'parts-sum-mismatch:overview',
    'overview-subheading-garbled:overview',
  ],
  '2164-dongzhi-muta-2024.txt': ['date-characters-missing:meta', 'government-scope-missing'],
  '2165-fushun-jrfzj-2021.txt': ['report-name-garbled:meta'],
  '2166-mengcheng-gxj-2024.txt': [
    // 2126–2170: flagged at the measure under a near key (counted by meaning).
    'wrong-year-in-text:meta:2024',
  ],
  '2167-mengcheng-sanyi-2022.txt': [
    'notice-citation-unknown:meta:broken-number',
    'government-scope-missing',
    // Since a fix of stop 53 after the measure of 2126–2170: `…的内容有:` opening the kinds of the whole said in the sentence before, seven kinds adding to less.
    'parts-sum-mismatch:overview',
  ],
  '2168-mengcheng-licang-2025.txt': [
    'notice-citation-unknown:meta:broken-number',
    'text-bracket-unclosed:meta',
    // 2126–2170: warned at the measure, not written down; decided real by the lead: a township's figures (`立仓镇党委、政府…747条`) with only the bodies named as subject, no 本级 or 全镇, as 179's and 271's (GOVERNMENT_SCOPE_DECIDED); its gatherer passed it as the government named.
    'government-scope-missing',
    // Since a fix of stop 53 after the measure of 2126–2170: `立仓镇依申请公开作为…重点任务`, a body
    // opening the clause before its work and 作为, no 将 or 把.
    'phrase-garbled:overview',
  ],
  '2169-mengcheng-xiaojian-2025.txt': ['government-scope-missing'],
  '2171-fujian-ghzx-2021.txt': ['part-count-mismatch:meta', 'date-characters-missing:meta'],
  '2172-haizhu-tzb-2019.txt': [
    // 2171–2215: flagged at the measure under a near key (counted by meaning).
    'proactive-count-missing:overview',
  ],
  '2173-haizhu-zjj-2021.txt': ['subheading-number-skipped:overview'],
  '2174-futian-kjcxj-2020.txt': [
    'part-count-mismatch:meta',
    'section-heading-mismatch:overview',
    'section-heading-mismatch:proactive',
    // 2171–2215: flagged at the measure under a near key (counted by meaning).
    'parts-sum-mismatch:proactive',
    // 2171–2215: warned at the measure, not written down; decided real by the lead: its `一、概述`, two paragraphs before `二、主动公开政府信息的情况` (whole), tells no 政府信息管理, 平台建设 or 监督保障, as OVERVIEW_AREAS_READ counts whole overviews (1724–1768's like decision).
    'overview-areas-missing',
  ],
  '2175-ruijin-kjj-2022.txt': [
    'date-characters-missing:meta',
    'text-stray-closer:overview',
    'count-unit-missing:overview',
  ],
  // Since a fix of stop 54 after the measure of 2171–2215: `一是主动公开情况。…` whole (`二是依申请公开情况`
  // follows it on its line) in an item cut by the excerpt, its point read as the item on 主动公开, no count.
  '2176-huichang-xiaomi-2023.txt': ['proactive-count-missing:overview'],
  '2177-shangyou-shuangxi-2023.txt': [
    // 2171–2215: flagged at the measure under a near key (counted by meaning).
    'signature-agency-mismatch:meta',
    'notice-citation-unknown:meta:title-2021-30',
    'government-scope-missing',
    'date-characters-missing:overview',
  ],
  '2178-qingliu-wtlyj-2023.txt': [
    // Since a fix of stop 54 after the measure of 2171–2215: a county bureau's preface `汇总全县各级各部门的政府信息公开统计数据编制形成本报告` (a government's report compiled from its units).
    'agency-scope-above-level:meta',
    // Since a fix of stop 54 after the measure of 2171–2215: `严格遵循…《国务院办公厅关于印发2022年政务公开工作要点的通知》` in a 2023 report (遵循 read as following, as 遵照).
    'notice-citation-wrong:overview:key-points-2022',
  ],
  '2179-taijiang-wtlj-2023.txt': [
    'phrase-garbled:overview',
    // Since a fix of stop 54 after the measure of 2171–2215: a numbered sub-heading whose words are one area's name run straight into another's (`(三)政府信息管理政府信息公开平台建设`).
    'overview-subheading-garbled:overview',
    // Since a fix of stop 54 after the measure of 2171–2215: 传真 with 传 lost, run into the number before (`…0124真:`).
    'phrase-garbled:meta',
  ],
  '2180-chongchuan-kjj-2019.txt': [
    'report-date-after-deadline',
    // 2171–2215: flagged at the measure under a near key (counted by meaning).
    'overview-areas-missing',
    // Since a fix of stop 54 after the measure of 2171–2215: the preface's `现将我局2019年政务公开工作情况汇报如下` (政务公开 work reported up, 汇报).
    'report-is-cover-letter',
  ],
  '2181-junan-yanbin-2021.txt': [
    'government-scope-missing',
    // Since a fix of stop 54 after the measure of 2171–2215: 由据 before a cited title (根据 mixed with 由).
    'phrase-garbled:meta',
  ],
  '2182-minhang-wujing-2021.txt': [
    'date-characters-missing:meta',
    'text-stray-closer:meta',
    'part-count-mismatch:meta',
    // 2171–2215: one more problem written down under the same key, one warning for both.
    'government-scope-missing',
  ],
  '2183-hangzhou-sgb-2020.txt': [
    // Since a fix of stop 54 after the measure of 2171–2215: 由 a body 的 its work's 情况编制 (由…编制 mixed with 根据…情况编制).
    'phrase-garbled:meta',
  ],
  '2184-dongzhi-dadukou-2022.txt': [
    'township-scope-above-level:meta',
    // Since a fix of stop 54 after the measure of 2171–2215: `权利运行结果` (a power's 权力 written 权利).
    'phrase-garbled:overview',
  ],
  '2185-hanjiang-wlj-2023.txt': [
    'shares-rounding-mismatch:overview',
    'zero-requests-answered:overview',
    // Since a fix of stop 54 after the measure of 2171–2215: `现对全年政府信息公开工作情况进行总结:` closing the first paragraph under 一、总体情况 (the report called a 工作总结).
    'section-heading-mismatch:overview',
  ],
  '2186-lezhi-lyj-2020.txt': [
    'phrase-garbled:meta',
    // Since a fix of stop 54 after the measure of 2171–2215: a county bureau's `市级相关部门积极利用专栏,不定期发布法定主动公开信息` (the city's departments publishing, told as its work).
    'other-agency-in-text:overview',
  ],
  '2187-yaan-lyj-2020.txt': [
    // Since a fix of stop 55 after the measure of 2216–2260: `在党政内网公开信息并完成约稿470余条`, a count posted on an
    // intranet, read (信息报送, no information made public; in MISSED before).
    'overview-item-off-topic:overview',
  ],
  '2188-wangcang-lyj-2019.txt': [
    'report-name-garbled:meta',
    'section-heading-mismatch:overview',
    // 2171–2215: flagged at the measure under a near key (counted by meaning).
    'overview-areas-missing',
    't2-decisions-equal-items:licensing',
    't2-decisions-equal-items:punishment',
    'table-cells-printed-blank:t2',
    // 2171–2215: warned at the measure, not written down; decided real by the lead: a 2019-format 表二 采购总金额 printed with 万元 in a column the format counts in 元, as 024's, 084's and 402's (counted as found since stop 31).
    'money-unit-mismatch:t2.centralProcurement.amount',
    // 2171–2215: warned at the measure, not written down; decided real by the lead: the preface's `现将我局2019年度政府信息公开工作报告如下`, the name without 年度 its gatherer wrote down with the title's (`序言同`).
    'report-name-garbled:overview',
  ],
  '2189-kaizhou-lyj-2021.txt': [
    'notice-citation-wrong:meta:2019-60',
    'agency-name-word-lost:overview',
  ],
  '2190-rongchang-lyj-2019.txt': [
    'report-name-garbled:meta',
    // 2171–2215: flagged at the measure under a near key (counted by meaning).
    ['overview-areas-missing', 'proactive-count-missing:overview'],
    't2-decisions-equal-items:licensing',
    't2-decisions-equal-items:punishment',
    // 2171–2215: warned at the measure, not written down; decided real by the lead: a 2019-format 表二 采购总金额 printed with 万元 in a column the format counts in 元, as 024's, 084's and 402's (counted as found since stop 31).
    'money-unit-mismatch:t2.centralProcurement.amount',
  ],
  '2191-rongchang-qingjiang-2019.txt': [
    // Since a fix of stop 54 after the measure of 2171–2215: 做到 with a work's 健康快速发展 as its object (做到 mixed with 推动/确保).
    'phrase-garbled:overview',
    // Since a fix of stop 54 after the measure of 2171–2215: `我镇全年主动公开政府信息288条`, the town's
    // figure said of no level, read now that `明确镇机关各科室…工作责任` (the organs given duties, no
    // count) no longer reads as 本级.
    'government-scope-missing',
  ],
  '2192-rongchang-guansheng-2019.txt': [
    // 2171–2215: flagged at the measure under a near key (counted by meaning).
    'report-date-after-deadline',
    'notice-citation-unknown:overview:broken-number',
    // 2171–2215: warned at the measure, not written down; decided real by the lead: its whole overview ((一)–(四) before `二、主动公开政府信息情况`) tells no 平台建设, as OVERVIEW_AREAS_READ counts whole overviews.
    'overview-areas-missing',
    // 2171–2215: warned at the measure, not written down; decided real by the lead: a township's figures (`本年度公开政府信息公开指南1条,预决算信息1条…`) with no word of whose, the gatherers' `township figures of no level` (2164, 2167, 2169).
    'government-scope-missing',
    // Since a fix of stop 54 after the measure of 2171–2215: `真实公证` in the old principles (公正 written 公证).
    'phrase-garbled:overview',
    // Since a fix of stop 54 after the measure of 2171–2215: a line of its own naming the report with 报告 lost at its end (`关于观胜镇人民政府信息公开工作年度`).
    'report-name-garbled:meta',
  ],
  '2194-huaihua-lyj-2025.txt': [
    // Since a fix of stop 54 after the measure of 2171–2215: `紧紧聚集生态建设` (聚焦 written 聚集 after 紧紧).
    'phrase-garbled:overview',
    // Since a fix of stop 54 after the measure of 2171–2215: a quotation opened again before it closed, a
    // clause's end between (`“三审制度,遵循“谁公开、谁负责”…`).
    'text-bracket-unclosed:overview',
  ],
  '2195-baojing-lvdongshan-2024.txt': [
    'report-name-garbled:meta',
    'contact-email-at-missing:meta',
    // 2171–2215: flagged at the measure under a near key (counted by meaning).
    ['overview-areas-missing', 'proactive-count-missing:overview'],
  ],
  '2196-yiyang-gxq-scjg-2020.txt': [
    // 2171–2215: flagged at the measure under a near key (counted by meaning).
    ['overview-areas-missing', 'proactive-count-missing:overview'],
    't2-decisions-equal-items:licensing',
    't2-decisions-equal-items:punishment',
    // Since a fix of stop 54 after the measure of 2171–2215: a sub-heading's first sentence run on into `二是` with no `一是` before it.
    'subheading-number-missing:overview',
  ],
  '2197-xinxiang-wjw-2019.txt': [
    'table-cells-printed-blank:t2',
    // 2171–2215: one more problem written down under the same key, one warning for both.
    // 2171–2215: warned at the measure, not written down; decided real by the lead: a 2019-format 表二 采购总金额 printed with 万元 in a column the format counts in 元, as 024's, 084's and 402's (counted as found since stop 31).
    'money-unit-mismatch:t2.centralProcurement.amount',
    // 2171–2215: warned at the measure, not written down; decided real by the lead: its whole overview (three paragraphs before `二、主动公开政府信息情况`) tells no 政府信息管理, as OVERVIEW_AREAS_READ counts whole overviews.
    'overview-areas-missing',
  ],
  '2198-sandu-lyj-2020.txt': ['overview-item-off-topic:overview'],
  '2199-kaiyang-scjg-2020.txt': [
    // 2171–2215: flagged at the measure under a near key (counted by meaning).
    'overview-areas-missing',
  ],
  '2201-guangzhou-hg-2021.txt': ['notice-citation-wrong:meta:2019-60'],
  '2202-guangzhou-hg-2023.txt': ['notice-citation-wrong:meta:2019-60'],
  '2203-zhanjiang-hg-2023.txt': ['notice-citation-wrong:meta:2019-60'],
  '2204-jinghu-sw-2022.txt': [
    // 2171–2215: flagged at the measure under a near key (counted by meaning).
    'notice-citation-unknown:meta:title-2021-30',
    // Since a fix of stop 54 after the measure of 2171–2215: `纳税人权力和义务` (a right's 权利 written 权力).
    'phrase-garbled:overview',
  ],
  '2205-shenzhen-hsj-2020.txt': ['report-name-garbled:meta', 'phrase-garbled:overview'],
  '2206-guizhou-txglj-2021.txt': ['report-name-garbled:meta'],
  '2207-guangxi-mkaj-2019.txt': [
    // 2171–2215: flagged at the measure under a near key (counted by meaning).
    ['overview-areas-missing', 'proactive-count-missing:overview'],
    // Since a fix of stop 54 after the measure of 2171–2215: `图片视等…栏目` (视频 cut to 视 in a list of media).
    'phrase-garbled:overview',
  ],
  '2208-guangxi-ksj-2024.txt': ['section-heading-mismatch:overview'],
  '2209-sichuan-mtdzj-2020.txt': [
    'report-name-garbled:meta',
    'part-count-mismatch:meta',
    'section-heading-mismatch:overview',
  ],
  '2210-sichuan-mtdzj-2021.txt': [
    'report-name-garbled:meta',
    'section-heading-mismatch:overview',
    // 2171–2215: flagged at the measure under a near key (counted by meaning).
    'wrong-year-in-text:overview:budget-2010',
    // Since a fix of stop 54 after the measure of 2171–2215: `十九届六中中全会` (中 doubled in a plenary session's name).
    'phrase-garbled:overview',
  ],
  '2212-shaanxi-sft-2020.txt': ['report-name-garbled:meta', 'part-count-mismatch:meta'],
  '2213-yaozhou-sjj-2020.txt': [
    'report-name-garbled:meta',
    'date-characters-missing:meta',
    'phrase-garbled:overview',
    // 2171–2215: one more problem written down under the same key, one warning for both.
    // Since a fix of stop 54 after the measure of 2171–2215: a bureau written by its field alone as a sentence's subject (`审计高度重视…`, 区 and 局 lost).
    'agency-name-word-lost:overview',
    // Since a fix of stop 54 after the measure of 2171–2215: a part's heading on a line of its own with its numeral lost before 、 (`、主动公开政府信息情况`).
    'section-heading-mismatch:proactive',
    // Since a fix of stop 54 after the measure of 2171–2215: its whole overview ((一)–(六), then the
    // next part's heading with 二 lost) tells no 监督保障, `审计监督` (the audit's own line of work) no
    // longer read as that area.
    'overview-areas-missing',
  ],
  '2214-weibin-tjj-2021.txt': [
    'section-heading-mismatch:overview',
    // 2171–2215: flagged at the measure under a near key (counted by meaning).
    'report-name-garbled:overview',
  ],
  '2215-yancheng-slj-2022.txt': [
    'part-count-mismatch:meta',
    // Since a fix of stop 54 after the measure of 2171–2215: 依 before the requester answered (`答复依申请人`).
    'phrase-garbled:overview',
  ],
  '2216-shaowu-lyj-2019.txt': [
    'section-heading-mismatch:overview',
    // 2216–2260: flagged at the measure under a near key (counted by meaning).
    'notice-citation-unknown:overview:regulation-name',
    // 2216–2260: flagged at the measure under a near key (counted by meaning).
    // Since a fix of stop 55 after the measure of 2216–2260: the one warning says each stray closer the
    // readings find, `例》` and the web address's lone `)` (`…www.shaowu.gov.cn/)`).
    'text-stray-closer:overview',
    // 2216–2260: flagged at the measure under a near key (counted by meaning).
    'phrase-garbled:overview',
    'notice-citation-unknown:overview:broken-number',
    'date-characters-missing:overview',
    // Since a fix of stop 55 after the measure of 2216–2260: the own name with a character of its field lost (`邵武市林局`).
    'agency-name-word-lost:overview',
    // Since a fix of stop 55 after the measure of 2216–2260: the preface printed under the heading (up to
    // `一、概述`) said apart from the year's work when each holds a date slip: `201911日` the preface's,
    // `2019度` the overview's.
    'date-characters-missing:meta',
  ],
  '2217-zhangping-lyj-2020.txt': [
    'date-characters-missing:meta',
    // 2216–2260: flagged at the measure under a near key (counted by meaning).
    'contact-number-malformed:meta',
  ],
  '2218-hukou-lyj-2020.txt': ['part-count-mismatch:meta'],
  '2219-zhanggong-lyj-2019.txt': [
    'count-unit-missing:overview',
    // Since a fix of stop 55 after the measure of 2216–2260: `…的前提下` with no 在 to open its clause
    // read, and `行政依法` for 依法行政.
    'phrase-garbled:overview',
  ],
  '2220-qingyuan-lyj-2024.txt': [
    'date-characters-missing:meta',
    'text-stray-closer:meta',
    // Since a fix of stop 55 after the measure of 2216–2260: a paragraph opening with a cited title and
    // `…的要求`, no 根据 before it.
    'text-opening-lost:meta',
  ],
  '2221-wuyuan-wgxlj-2020.txt': [
    'date-characters-missing:meta',
    'overview-item-off-topic:overview',
  ],
  '2222-huichang-wgxlj-2023.txt': [
    'section-heading-mismatch:overview',
    // Since a fix of stop 55 after the measure of 2216–2260: `(四)政府信息公开平台建设。` / `无公开平台建设情况。`, the
    // platform's item saying only there is none to tell, read as the area left out.
    'overview-areas-missing',
  ],
  '2223-dongzhi-kjj-2021.txt': [
    'notice-citation-unknown:meta:broken-number',
    'date-characters-missing:meta',
    'text-bracket-unclosed:meta',
    'date-characters-missing:overview',
  ],
  '2225-linan-jxj-2021.txt': [
    'report-name-garbled:meta',
    // Since a fix of stop 55 after the measure of 2216–2260: `…报送政府信息,先后在省市各类简报发布信息3篇,…被《浙江信息》
    // …录用`, information sent up, printed in bulletins and taken up, in one clause.
    'overview-item-off-topic:overview',
  ],
  '2227-yixing-wtgllj-2022.txt': [
    // Since a fix of stop 55 after the measure of 2216–2260: `(三)政府信息资源管理情况` whose one sentence tells the staff's
    // study (`…学习宣传活动,全面提高信息工作人员理论业务水平`) and nothing of managing information.
    'overview-item-off-topic:overview',
  ],
  '2226-qinhuai-wlj-2020.txt': [
    // 2216–2260: flagged at the measure under a near key (counted by meaning).
    'overview-areas-missing',
    'table-header-changed:t2:本年增/减',
    // 2216–2260: warned at the measure, not written down; decided real by the lead: a 2019-format 表二 采购总金额 printed with 万元 in a column the format counts in 元, as 024's, 084's and 402's (counted as found since stop 31).
    'money-unit-mismatch:t2.centralProcurement.amount',
    // Since a fix of stop 55 after the measure of 2216–2260: 信息 moved inside 主动公开 before a count (`主动信息公开113条`).
    'phrase-garbled:overview',
  ],
  '2228-tinghu-wglj-2025.txt': [
    'date-characters-missing:meta',
    // 2216–2260: one more problem written down under the same key, one warning for both.
    'subheading-number-missing:overview',
    // 2216–2260: warned at the measure, not written down; decided real by the lead: its second title `…旅游局2025政府信息公开工作年度报告`, written down by its gatherer under date-characters-missing:meta (one warning under :meta is its statistics period's; this one is the title's).
    'date-characters-missing:title',
    // Since a fix of stop 55 after the measure of 2216–2260: the agency's short name with its field's opening word lost (`区广旅局` for 文化广电和旅游局).
    'agency-name-word-lost:overview',
    // Since a fix of stop 55 after the measure of 2216–2260: `依据…编制,结合…编制`, the verb closing two
    // clauses of one sentence, read.
    'phrase-garbled:meta',
  ],
  '2231-chongqing-customs-2020.txt': ['report-name-garbled:meta', 'part-count-mismatch:meta'],
  '2232-chongqing-customs-2019.txt': ['report-name-garbled:meta'],
  '2233-leshan-qxj-2020.txt': [
    'section-heading-mismatch:overview',
    'notice-citation-unknown:overview:broken-number',
    'date-characters-missing:overview',
  ],
  '2235-shuangliu-qxj-2023.txt': [
    'report-date-after-deadline',
    'report-name-garbled:meta',
    // Since a fix of stop 55 after the measure of 2216–2260: a door number written 段 after a road's section (`四段34段`).
    'phrase-garbled:meta',
  ],
  '2236-guizhou-qxj-2019.txt': [
    'report-date-after-deadline',
    'notice-citation-unknown:meta:title-2019-60',
    'notice-citation-unknown:meta:国办公开函-2019-60',
    // Since a fix of stop 55 after the measure of 2216–2260: 形势 written 形式 after 适应 (`不适应形式要求`).
    'phrase-garbled:overview',
  ],
  '2237-fangchenggang-qxj-2020.txt': [
    'notice-citation-unknown:meta:broken-number',
    'part-count-mismatch:meta',
    'date-characters-missing:meta',
  ],
  '2239-gongxian-jtj-2020.txt': [
    'proactive-count-missing:overview',
    // 2216–2260: warned at the measure, not written down; decided real by the lead: the preface names the report `2020年度县交通运输局政府信息公开工作年度报告`, the body without its county, as 2070's and 2139's titles (counted by their gatherers); its own gatherer noticed it and set agency null.
    'agency-name-place-missing:meta',
  ],
  '2240-tongjiang-jtj-2020.txt': [
    'report-name-garbled:meta',
    'date-characters-missing:meta',
    // 2216–2260: flagged at the measure under a near key (counted by meaning).
    'overview-areas-missing',
    // Since a fix of stop 55 after the measure of 2216–2260: `其他信息33条,占35.8%` of 92 (35.87%), cut to make
    // 100% while `3条,占3.3%` (3.26%) was pushed up: not the largest remainder's way.
    'shares-rounding-mismatch:overview',
  ],
  '2243-hongshan-luonan-2020.txt': [
    // 2216–2260: flagged at the measure under a near key (counted by meaning).
    ['overview-areas-missing', 'proactive-count-missing:overview'],
  ],
  '2244-yaan-kjj-2020.txt': [
    'section-heading-mismatch:overview',
    // 2216–2260: flagged at the measure under a near key (counted by meaning).
    'report-name-garbled:overview',
    // Since a fix of stop 55 after the measure of 2216–2260: `创新创业信息8余条`, a count of one digit with 余.
    'phrase-garbled:overview',
  ],
  '2246-beijing-qxj-2021.txt': [
    [
      'notice-citation-unknown:meta:title-2019-60',
      'notice-citation-unknown:meta:国办公开函-2019-60',
    ],
    'notice-citation-wrong:meta:2019-60',
    // Since a fix of stop 55 after the measure of 2216–2260: `今年,全市共收到7起依申请公开案件`, the city's
    // requests (counted before them, by 起) in a bureau's report speaking as 我局.
    'region-figures-in-unit-report:overview',
  ],
  '2247-handan-qxj-2020.txt': [
    'section-heading-mismatch:overview',
    // Since a fix of stop 56 after the measure of 2216–2260: the import no longer joins the preface's
    // last line (`联系电话:0310-8133001`) to the overview's first (`2020,邯郸市气象局…`), so the period's
    // `202011日` is the preface's (:meta) and the overview's `2020,` without 年 is read (:overview).
    'date-characters-missing:meta',
    'date-characters-missing:overview',
  ],
  '2249-jilin-qxj-2021.txt': ['text-bracket-unclosed:meta'],
  '2250-jilin-qxj-2022.txt': [
    'text-bracket-unclosed:meta',
    // Since a fix of stop 55 after the measure of 2216–2260: 程序 written 程台 after 审核, and a word written around 各级 (`全省气象各级气象部门`).
    'phrase-garbled:overview',
  ],
  '2251-changzhi-qxj-2023.txt': [
    'report-name-garbled:meta',
    // Since a fix of stop 55 after the measure of 2216–2260: 本报告 cut to 报 at a sentence's start (`报中所列数据`).
    'phrase-garbled:meta',
  ],
  '2253-siping-qxj-2019.txt': [
    'section-heading-mismatch:overview',
    // Since a fix of stop 55 after the measure of 2216–2260: 权力 written 权利 in 行政权力行使 (`行政权利行使`).
    'phrase-garbled:overview',
    // Since a fix of stop 55 after the measure of 2216–2260: the 2019 notice's title cited without issuer with words put in (`《关于做好政府信息公开工作年度报告有关事项的通知》`) in a report of its years.
    'notice-citation-unknown:overview:title-2019-60',
    // Since a fix of stop 55 after the measure of 2216–2260: no title, no agency, `现就2019年政府信息公开工作的实施情况
    // 汇报如下` under `一、总体情况`, never calling the text a 报告.
    'report-is-cover-letter',
    // Since a fix of stop 55 after the measure of 2216–2260: `媒体发稿517篇,其中省局外网70篇、四平局内网268…`, pieces
    // counted on an intranet.
    'overview-item-off-topic:overview',
    // Since a fix of stop 55 after the measure of 2216–2260: `四平局内网268、中国气象报CMA7篇`, a listed count
    // without its unit before a kind whose name holds Latin letters.
    'count-unit-missing:overview',
  ],
  '2254-xinganmeng-sthjj-2022.txt': ['text-stray-closer:meta'],
  '2255-huaian-qxj-2021.txt': [
    // 2216–2260: flagged at the measure under a near key (counted by meaning).
    'report-date-after-deadline',
    'count-unit-missing:overview',
  ],
  '2256-huaibei-qxj-2021.txt': [
    'parts-sum-mismatch:overview',
    // Since a fix of stop 55 after the measure of 2216–2260: 诉讼 put inside 行政复议 (`行政诉讼复议`), and `双随机、一公开` split by its quote.
    'phrase-garbled:overview',
  ],
  '2257-xuzhou-qxj-2022.txt': [
    // 2216–2260: flagged at the measure under a near key (counted by meaning).
    'report-date-after-deadline',
    'report-is-cover-letter',
    // Since a fix of stop 55 after the measure of 2216–2260: `保证政务信息工作真正起到上情下达、下情上报的主渠道作用`, the
    // stock words of 信息报送.
    'overview-item-off-topic:overview',
  ],
  '2258-anhui-qxj-2019.txt': [
    'report-name-garbled:meta',
    [
      'notice-citation-unknown:meta:title-2019-60',
      'notice-citation-unknown:meta:国办公开函-2019-60',
    ],
  ],
  '2260-chuzhou-qxj-2023.txt': [
    'report-date-before-year-end',
    // 2216–2260: flagged at the measure under a near key (counted by meaning).
    'notice-citation-unknown:meta:国办公开函-2021-30',
    // Since a fix of stop 55 after the measure of 2216–2260: `微博26.4粉丝`, a decimal count of followers
    // with its 万 lost.
    'count-unit-missing:overview',
  ],
  '2263-jinjiang-wenlv-2022.txt': [
    'subheading-number-missing:overview',
    'date-characters-missing:overview',
    // 2261–2305: one more problem written down under the same key, one warning for both.
    // 2261–2305: warned at the measure, not written down; decided real by the lead: the same four `()` sub-headings told a second way: the first number printed is (五), none before it (true as said).
    'subheading-first-missing:overview',
    // Since a fix of stop 56 after the measure of 2261–2305: `办理行政许可案件70,办理行政处罚案件18件`, a bare
    // count before a comma whose twin clause (the same word before its number) has its unit.
    'count-unit-missing:overview',
  ],
  '2264-quangang-wentilv-2022.txt': [
    'notice-citation-wrong:meta:2019-60',
    'info-word-cut:meta',
    'date-characters-missing:meta',
  ],
  '2266-fuzhou-keji-2024.txt': [
    'notice-citation-wrong:meta:2019-60',
    'text-stray-closer:meta',
    'phrase-garbled:overview',
  ],
  '2270-jiaojiang-yingji-2024.txt': [
    // Since a fix of stop 56 after the measure of 2261–2305: `2024年1月1日起至今,…主动公开政务信息87条`, a count
    // from a day to now, not to the year's end.
    'statistics-period-mismatch:overview',
  ],
  '2267-leping-shangwu-2022.txt': [
    // Since a fix of stop 56 after the measure of 2261–2305: 严格 straight into a column, no verb.
    'phrase-garbled:overview',
  ],
  '2268-weifang-qixiang-2022.txt': [
    // Since a fix of stop 56 after the measure of 2261–2305: 代表建 before 和, 议 lost.
    'phrase-garbled:overview',
  ],
  '2271-quzhou-yingji-2024.txt': [
    // Since a fix of stop 56 after the measure of 2261–2305: `期限期内`, 期 twice.
    'phrase-garbled:overview',
  ],
  '2272-liangxi-shanbei-2025.txt': [
    'report-name-garbled:meta',
    // 2261–2305: one more problem written down under the same key, one warning for both.
  ],
  '2275-xishan-houqiao-2025.txt': ['part-count-mismatch:meta'],
  '2276-xianning-lyj-2025.txt': [
    // Since a fix of stop 56 after the measure of 2261–2305: `截至目前,我局共收到政府信息公开申请1条`, requests
    // received counted to now.
    'statistics-period-mismatch:overview',
  ],
  '2278-shapingba-jjxxw-2025.txt': ['section-heading-mismatch:overview'],
  '2281-hongshan-jkj-2025.txt': [
    'date-characters-missing:meta',
    'count-unit-missing:overview',
    // 2261–2305: flagged at the measure under a near key (counted by meaning).
    'overview-subheading-garbled:overview',
    'count-unit-missing:proactive',
    // 2261–2305: warned at the measure, not written down; decided real by the lead: the same lost `(三`/`(四` told a second way: the numbers printed go from (二) to (五) (true as said).
    'subheading-number-skipped:overview',
  ],
  '2282-qiaojia-xiaohe-2024.txt': [
    // 2261–2305: flagged at the measure under a near key (counted by meaning).
    'template-text-left:meta',
    // 2261–2305: warned at the measure, not written down; decided real by the lead: its preface names the report `…小河镇的政府信息公开年度报告` without 工作, as 2303's preface and 2305's title, counted by their gatherer in this round.
    'report-name-garbled:meta',
    // Since a fix of stop 56 after the measure of 2261–2305: `能源类信、`, 息 lost before the list's
    // next kind.
    'info-word-cut:overview',
    // Since a fix of stop 56 after the measure of 2261–2305: a nameless text whose preface names the
    // report summed as the town's (`汇总2024年小河镇的政府信息公开年度报告`) is a town's, and `全镇人民关心的`
    // is the public, not a scope: `本年度小河镇共发布…13条` is said of no level.
    'government-scope-missing',
  ],
  '2284-ziyang-wglj-2023.txt': ['date-characters-missing:meta', 'date-characters-missing:overview'],
  '2285-naxi-wglj-2023.txt': ['parts-sum-mismatch:overview'],
  '2286-xianan-tingsiqiao-2021.txt': [
    // Since a fix of stop 56 after the measure of 2261–2305: a text speaking as a 镇 (`我镇`) that
    // names its body's daily work a 办事处's (`党政办公室承担办事处日常工作`), a 街道's sentence copied.
    'other-agency-in-text:overview',
  ],
  '2287-tongcheng-beigang-2021.txt': [
    'report-name-garbled:meta',
    'government-scope-missing',
    // Since a fix of stop 56 after the measure of 2261–2305: a sub-heading closed by a stray 强 after
    // 多样化.
    'overview-subheading-garbled:overview',
  ],
  '2289-chongqing-sww-2021.txt': ['notice-citation-wrong:meta:2019-60'],
  '2290-anju-wglj-2023.txt': ['notice-citation-wrong:overview:key-points-2022'],
  '2291-lingqiu-lyj-2023.txt': [
    'report-name-garbled:meta',
    // Since a fix of stop 56 after the measure of 2261–2305: `政府信息水平`, 公开工作 lost.
    'phrase-garbled:meta',
  ],
  '2292-jianping-lcj-2023.txt': [
    'report-name-garbled:meta',
    // Since a fix of stop 56 after the measure of 2261–2305: `等等方式`, `,确了` for 明确了 and a stray
    // 中 before 辽宁省.
    'phrase-garbled:overview',
  ],
  '2293-zhashui-kjj-2022.txt': [
    // 2261–2305: flagged at the measure under a near key (counted by meaning).
    'notice-citation-unknown:meta:issuer-name',
    'subheading-first-missing:overview',
    // 2261–2305: flagged at the measure under a near key (counted by meaning).
    'overview-subheading-garbled:overview',
    'subheading-number-missing:overview',
    // Since a fix of stop 56 after the measure of 2261–2305: a stray 建设 after `公开政府信息` before
    // the clause's 通过.
    'phrase-garbled:overview',
  ],
  '2295-zhangjiachuan-kjj-2024.txt': [
    // Since a fix of stop 56 after the measure of
    // 2261–2305: 信息报送 valued as the showing of the work's highlights
    // (`…彰显…亮点`), 政务信息 work, not disclosure.
    'overview-item-off-topic:overview',
  ],
  '2296-wulumuqi-jkq-kjj-2023.txt': [
    // 2261–2305: flagged at the measure under a near key (counted by meaning).
    'overview-areas-missing',
    'table-header-changed:t2:现行有效件数',
  ],
  '2297-gongliu-kjj-2025.txt': ['text-bracket-unclosed:overview'],
  '2298-kongtong-kjj-2023.txt': [
    // 2261–2305: flagged at the measure under a near key (counted by meaning).
    'overview-subheading-garbled:overview',
    // 2261–2305: warned at the measure, not written down; decided real by the lead: the same lost `(一` told a second way: the first number printed is (二) (true as said).
    'subheading-first-missing:overview',
    // Since a fix of stop 56 after the measure of
    // 2261–2305: the item `(三)政府信息管理` whose counts are all of
    // news pieces printed or posted (稿件), naming no part of managing information.
    'overview-item-off-topic:overview',
  ],
  '2299-yanbian-jtj-2022.txt': ['report-name-garbled:meta'],
  '2300-raohe-wglj-2021.txt': [
    'part-count-mismatch:meta',
    'proactive-count-missing:overview',
    // Since a fix of stop 56 after the measure of 2261–2305: `严格制` before no 度/定, 执行 or 制定 short.
    'phrase-garbled:overview',
    // Since a fix of stop 56 after the measure of 2261–2305: `现公开县文化广电和旅游局2021年…年度报告`,
    // the bare name before the year, where the text names the body with its place elsewhere.
    'agency-name-place-missing:meta',
    // Since a fix of stop 56 after the measure of 2261–2305: `通过饶河县县政府门户网`, the county's 县
    // twice before its government, 饶河县 named alone elsewhere in the text.
    'agency-name-word-doubled:overview',
    // Since a fix of stop 56 after the measure of 2261–2305: the preface's parts `…存在的主要问题和2021年工作思路
    // 四部分组成`, the plans named for the report's own year (the next year's are told).
    'wrong-year-in-text:meta:2021',
  ],
  '2301-baotou-wlgdj-2021.txt': [
    'report-name-garbled:meta',
    'date-characters-missing:meta',
    // Since a fix of stop 56 after the measure of 2261–2305: `2022年,我局无依申请公开事项。`, a paragraph of the
    // overview opening with the year after the report's and stating the year's facts.
    'wrong-year-in-text:overview:2022',
  ],
  '2302-xicheng-rfb-2020.txt': [
    // 2261–2305: flagged at the measure under a near key (counted by meaning).
    'date-characters-missing:title',
    'part-count-mismatch:meta',
    // Since a fix of stop 56 after the measure of
    // 2261–2305: information sent up to the district government
    // (`向区政府报送信息78篇`) beside what was published counted as pieces updated (`更新信息78篇`).
    'overview-item-off-topic:overview',
  ],
  '2303-xushui-jtj-2021.txt': [
    'report-name-garbled:meta',
    // 2261–2305: flagged at the measure under a near key (counted by meaning).
    'overview-areas-missing',
    // Since a fix of stop 56 after the measure of 2261–2305: its 表二 is printed on one line of the page,
    // its rows run together; read row by row (at the measure its last cut label `信息` was read as
    // 行政强制's value, a false error), its row `规范性文件` is told.
    'table-header-changed:t2:行政规范性文件',
    // Since a fix of stop 56 after the measure of
    // 2261–2305: its 表二 header's three count labels all worded
    // another way, the same way (`本年新 制发数量`, `本年新 废止数量`, `现行有效数量`): the measure word and
    // 2019's `新` changed, the words kept.
    'table-header-changed:t2:本年制发件数',
    'table-header-changed:t2:本年废止件数',
    'table-header-changed:t2:现行有效件数',
  ],
  '2304-wuhai-kjj-2022.txt': [
    'section-heading-mismatch:overview',
    // 2261–2305: flagged at the measure under a near key (counted by meaning).
    'notice-citation-unknown:overview:title-2021-30',
    // Since a fix of stop 56 after the measure of
    // 2261–2305: a staff promotion told in the overview
    // (`提拔…为行政级副科长`), personnel work, not disclosure.
    'overview-item-off-topic:overview',
  ],
  '2305-qinghe-jtj-2023.txt': [
    'report-name-garbled:meta',
    // Since a fix of stop 56 after the measure of 2261–2305: its overview set out in five parts opened
    // by labels and colons in one paragraph, three naming an area, none the platform (its 公众号 named
    // as the channel of 解读): the platform has no part of its own.
    'overview-areas-missing',
  ],
  '2307-dongguan-gjj-2021.txt': ['section-heading-mismatch:overview'],
  '2308-quzhou-gjj-2021.txt': ['report-name-garbled:meta'],
  '2309-xuancheng-qxj-2020.txt': [
    // 2306–2350: flagged at the measure under a near key (counted by meaning).
    'overview-areas-missing',
    // 2306–2350: warned at the measure, not written down; decided real by the lead: its 2019-format 采购总金额 written `0.37万元`, warned as 071's and 084's (the lead's decision on 084: the 2019 amount in 元).
    'money-unit-mismatch:t2.centralProcurement.amount',
  ],
  '2310-shengzhou-qxj-2020.txt': [
    'report-date-after-deadline',
    // Since a fix of stop 57 after the measure of 2306–2350: the import reads its year-first title
    // `2020年度嵊州市气象局政府信息公开年报` as the title, whose 年报 is then read.
    'report-name-garbled:meta',
  ],
  '2311-huangshan-qxj-2023.txt': [
    'part-count-mismatch:meta',
    'phrase-garbled:overview',
    // Since a fix of stop 57 after the measure of 2306–2350: a kind named in a total's own name
    // (`…、决策部署落实情况信息共2条`), counted again right after it as more than the total (`决策部署落实情况6条`).
    'parts-sum-mismatch:overview',
  ],
  '2313-changzhou-wjw-2025.txt': ['report-name-garbled:meta', 'part-count-mismatch:meta'],
  '2316-fujian-sthjt-2025.txt': ['report-name-garbled:meta'],
  '2317-yongchun-shigu-2025.txt': [
    // 2306–2350: flagged at the measure under a near key (counted by meaning).
    'government-scope-missing',
  ],
  '2318-hukou-liusi-2025.txt': [
    'overview-subheading-garbled:overview',
    // Since a fix of stop 57 after the measure of 2306–2350: the item `(三)政府信息管理` telling only a
    // place to read (`查阅`) and an open day, naming no part of managing information.
    'overview-item-off-topic:overview',
  ],
  '2321-hejiang-wjj-2024.txt': [
    // 2306–2350: flagged at the measure under a near key (counted by meaning).
    'parts-sum-mismatch:overview',
  ],
  '2322-lizhou-tyjrswj-2019.txt': ['report-name-garbled:meta'],
  '2325-yuzhong-ybj-2023.txt': [
    'proactive-count-missing:overview',
    // Since a fix of stop 57 after the measure of 2306–2350: the item `(三)政府信息管理` naming only rules
    // of money and internal control (`《中心基金财务管理制度》…`), nothing of managing information.
    'overview-item-off-topic:overview',
  ],
  // Since a fix of stop 57 after the measure of 2306–2350: the year before's key points kept to by
  // 严格遵守 (`严格遵守…《2022年河南省政务公开工作要点》…` in a 2023 report), as by 遵照.
  '2327-tongbai-mzj-2023.txt': ['notice-citation-wrong:overview:key-points-2022'],
  '2328-jiayu-mzj-2023.txt': [
    'report-name-garbled:meta',
    'section-heading-mismatch:overview',
    'agency-name-word-lost:overview',
    'count-number-missing:overview',
    'count-unit-missing:overview',
    // Since a fix of stop 57 after the measure of 2306–2350: `根按规定` (根据 cut to 根, run into 按).
    'phrase-garbled:overview',
  ],
  '2329-xiangcheng-rsj-2024.txt': ['parts-sum-mismatch:overview'],
  '2331-huanggang-sthjj-2021.txt': [
    // Since a fix of stop 57 after the measure of 2306–2350: `实施发布…监测信息` (实施 before a verb of
    // publishing and what is published, for 实时).
    'phrase-garbled:overview',
  ],
  '2330-qiaokou-rlzyj-2023.txt': [
    // Since a fix of stop 57 after the measure of 2306–2350: a 其中 list making all but a sliver of its
    // whole (315 of 316), its 等 closing one kind's name (`…民生类等信息175条、招聘类信息39条`), not the list's end.
    'parts-sum-mismatch:overview',
  ],
  '2332-yongde-zjj-2021.txt': [
    // 2306–2350: flagged at the measure under a near key (counted by meaning).
    'overview-areas-missing',
  ],
  '2333-qiandongnan-sthjj-2020.txt': ['report-name-garbled:meta'],
  '2334-liupanshui-zjj-2021.txt': ['narrative-percentage-mismatch:overview'],
  '2335-fangchenggang-swj-2023.txt': ['proactive-count-missing:overview'],
  '2336-houqi-wjw-2022.txt': [
    'proactive-count-missing:overview',
    // Since a fix of stop 57 after the measure of 2306–2350: a sentence of documents counted with no verb
    // (`。《…实施方案》等15项政策解读材料,`).
    'phrase-garbled:overview',
    // Since a fix of stop 57 after the measure of 2306–2350: the item `(三)政府信息管理` telling only
    // requests handled (`…政府信息公开申请均按规定进行了办理`), nothing of managing information.
    'overview-item-off-topic:overview',
  ],
  '2337-sunitezuoqi-wjw-2023.txt': [
    // Since a fix of stop 57 after the measure of 2306–2350: `制发依申请公开0件` (requests counted as
    // documents issued).
    'phrase-garbled:overview',
  ],
  '2340-aershan-wjw-2025.txt': ['parts-sum-mismatch:overview'],
  '2341-huludao-ybj-2023.txt': ['proactive-count-missing:overview'],
  '2343-jinghai-fgw-2024.txt': [
    // 2306–2350: warned at the measure, not written down; decided real by the lead: its sub-heading `(四)政府信息平台建设情况` without 公开, as 2318's `(四)政府信息平台建设`, counted by its gatherer in this round.
    'overview-subheading-garbled:overview',
  ],
  // Since a fix of stop 57 after the measure of 2306–2350: `现将2024年度本机关信息公开工作报告如下`,
  // the year written 年度 (the yearly report's word), read as the report's name, not 报告 as a verb.
  '2342-hanzhong-mzj-2024.txt': ['report-name-garbled:meta'],
  '2344-tianjin-gzw-2024.txt': ['notice-citation-wrong:meta:2019-60'],
  '2345-shuangliao-jyj-2020.txt': [
    // Since a fix of stop 57 after the measure of 2306–2350: `按照根据` (two prepositions of a basis),
    // `,与公众的沟通交流,` (a list's item with its verb lost) and `是…教育局贯彻实施《…条例》。` (a
    // 是-sentence cut short after the law).
    'phrase-garbled:overview',
  ],
  '2346-ningqiang-zrzyj-2021.txt': [
    'date-characters-missing:meta',
    // Since a fix of stop 57 after the measure of 2306–2350: its title after the body's name,
    // `…关于2021年度政府信息公开情况的报告`, read as a report on the situation, not the regulation's name.
    'report-name-garbled:meta',
    // 2306–2350: flagged at the measure under a near key (counted by meaning).
    'overview-areas-missing',
    'table-header-changed:t2:本年制发件数',
    'table-header-changed:t2:现行有效件数',
    // Since a fix of stop 57 after the measure of 2306–2350: a kind's bare count in a list joined by 、
    // after a kind counted with its unit (`行政许可事项3条、行政处罚1,`), in 二、 (the proactive section).
    'count-unit-missing:proactive',
  ],
  '2347-fengxian-rsj-2023.txt': [
    // 2306–2350: flagged at the measure under a near key (counted by meaning).
    'overview-areas-missing',
    'table-cells-printed-blank:t2',
  ],
  '2348-dongcheng-wb-2021.txt': [
    // Since a fix of stop 57 after the measure of 2306–2350: `动态信息率100%` (a rate of information with
    // its kind lost).
    'phrase-garbled:overview',
  ],
  '2349-jiaokou-wlj-2025.txt': [
    // 2306–2350: flagged at the measure under a near key (counted by meaning).
    'overview-areas-missing',
  ],
  '2351-quanzhou-tsq-scjgj-2025.txt': [
    'report-is-cover-letter',
    'phrase-garbled:meta',
    // 2351–2395: one more problem written down under the same key, one warning for both.
    'text-stray-closer:meta',
  ],
  '2353-fuzhou-nyncj-2020.txt': [
    // 2351–2395: flagged at the measure under a near key (counted by meaning).
    'section-heading-mismatch:overview',
    // Since a fix of stop 58 after the measure of 2351–2395: a year's key points named one character
    // off 政务公开工作要点 (`〈2020年政府公开工作要点〉`).
    'notice-citation-wrong:overview:key-points-2020',
  ],
  '2354-shishi-nyncj-2021.txt': [
    // Since a fix of stop 58 after the measure of 2351–2395: `办理行政许可项566件` (事项 cut to 项
    // between a kind of power and its count).
    'phrase-garbled:overview',
    // Since a fix of stop 58 after the measure of 2351–2395: `《实施办法》` used undefined in a text that
    // never names the regulation it carries out.
    'citation-abbreviation-mismatch:overview',
  ],
  '2357-nanjing-xuanwu-sfj-2023.txt': [
    // Since a fix of stop 58 after the measure of 2351–2395: an abbreviation's bracket, the only one
    // open, closed twice (`(以下简称《条例》))`).
    'text-stray-closer:meta',
  ],
  '2360-rongcheng-slj-2019.txt': [
    'report-name-garbled:meta',
    'part-count-mismatch:meta',
    'section-heading-mismatch:overview',
    // 2351–2395: flagged at the measure under a near key (counted by meaning).
    ['overview-areas-missing', 'proactive-count-missing:overview'],
  ],
  '2361-langxi-jtysj-2023.txt': [
    'notice-citation-unknown:meta:broken-number',
    'date-characters-missing:meta',
  ],
  '2362-qingyang-jtysj-2020.txt': [
    'notice-citation-unknown:meta:broken-number',
    'date-characters-missing:meta',
    // Since a fix of stop 58 after the measure of 2351–2395: `认真梳理政审批事项` (行政 cut to 政
    // before the power it names).
    'phrase-garbled:overview',
  ],
  '2363-huangshan-jtysj-2021.txt': [
    // Since a fix of stop 58 after the measure of 2351–2395: the report named as a government's, a department in
    // brackets after it (`黄山市政府(市交通运输局)信息公开工作年度报告`).
    'report-name-garbled:meta',
  ],
  '2364-yichun-yjglj-2023.txt': [
    'agency-name-word-doubled:overview',
    // Since a fix of stop 58 after the measure of 2351–2395: a department furthering another line's
    // cause (`助推全市卫生健康事业高质量发展` in an 应急管理局's overview, the bureau its first sentence names).
    'other-line-of-work:overview',
  ],
  '2365-nanchang-xihu-yjglj-2023.txt': ['part-count-mismatch:meta'],
  '2367-pingdingshan-czj-2023.txt': ['report-name-garbled:meta'],
  '2368-xiangyang-sjj-2022.txt': ['proactive-count-missing:overview'],
  '2369-huarong-sjj-2025.txt': ['proactive-count-missing:overview'],
  '2373-maguan-swj-2022.txt': ['notice-citation-unknown:meta:broken-number'],
  '2374-jinkouhe-jtj-2025.txt': ['report-name-garbled:meta'],
  '2375-gongxian-wjj-2023.txt': [
    'notice-citation-unknown:meta:broken-number',
    'part-count-mismatch:meta',
    'date-characters-missing:meta',
    // 2351–2395: warned at the measure, not written down; decided real by the lead: its site named `卫生健康局门户网` without the county, as 1785's `人力资源和社会保障局网` (counted by its gatherer).
    'agency-name-place-missing:overview',
    // Since a fix of stop 58 after the measure of 2351–2395: the report's short name written up by 编写.
    'report-name-garbled:meta',
  ],
  '2376-xiangyin-mzj-2024.txt': [
    'report-name-garbled:meta',
    // Since a fix of stop 58 after the measure of 2351–2395: the name's 公开 put after 年度 (`信息年度公开报告`).
    'report-name-garbled:overview',
  ],
  '2378-cangxi-sanchuan-2021.txt': [
    // 2351–2395: flagged at the measure under a near key (counted by meaning).
    'government-scope-missing',
  ],
  '2379-kaiyang-xicheng-2023.txt': [
    'notice-citation-wrong:meta:2019-60',
    // 2351–2395: flagged at the measure under a near key (counted by meaning).
    'parts-sum-mismatch:overview',
  ],
  '2380-ceheng-zhelou-2023.txt': [
    'section-heading-mismatch:overview',
    // Since a fix of stop 58 after the measure of 2351–2395: `者楼街办事处道` (办事处 put inside
    // 街道).
    'phrase-garbled:overview',
  ],
  '2381-zhalaite-czj-2025.txt': ['text-stray-closer:meta'],
  '2383-tacheng-czj-2023.txt': ['part-count-mismatch:meta', 'date-characters-missing:overview'],
  '2384-baishui-gaj-2019.txt': [
    // 2351–2395: flagged at the measure under a near key (counted by meaning).
    'agency-name-place-missing',
    'report-name-garbled:meta',
    // 2351–2395: flagged at the measure under a near key (counted by meaning).
    'notice-citation-unknown:meta:国办公开办-2019-60',
    // Since a fix of stop 58 after the measure of 2351–2395: `白水县公安局在县委、县政府及县公安局
    // 的领导下` (an agency among those it works under, by its own level and kind).
    'phrase-garbled:overview',
  ],
  '2386-binhai-sfj-2025.txt': [
    // 2351–2395: warned at the measure, not written down; decided real by the lead: its title `…政府信息公开工作2025年度报告`, the year inside the name, as 828, 1373, 1569, 1766, 1769 and 2111 (all counted by their gatherers).
    'report-name-garbled:meta',
  ],
  '2388-haicheng-wjj-2025.txt': [
    // Since a fix of stop 58 after the measure of 2351–2395: `收到良好社会反响` (收到 for 受到 before
    // the public's answer).
    'phrase-garbled:overview',
    // Since a fix of stop 58 after the measure of 2351–2395: a whole 平台建设 item naming no platform
    // and telling the work's reception (`收到良好社会反响,未引起任何不良反响和举报`).
    'overview-item-off-topic:overview',
  ],
  '2389-linhe-ybj-2023.txt': ['phrase-garbled:overview'],
  '2391-minhe-jtj-2021.txt': ['report-name-garbled:meta'],
  '2392-yanta-jtj-2020.txt': [
    // 2351–2395: flagged at the measure under a near key (counted by meaning).
    'overview-areas-missing',
  ],
  '2393-xiwuqi-rsj-2022.txt': [
    // Since a fix of stop 58 after the measure of 2351–2395: `以旗政府门户网站为政务公开主,` (主
    // alone after a work's name, 主渠道 or 主平台 lost).
    'phrase-garbled:overview',
    // Since a fix of stop 58 after the measure of 2351–2395: another line's `X局机关` as the organ whose
    // disclosure the department steps up (`教育局机关` in a 人社局's text, known by its own account's name).
    'other-agency-in-text:meta',
  ],
  '2394-baiyin-jyj-2020.txt': [
    'notice-citation-unknown:meta:regulation-name',
    'text-stray-closer:meta',
  ],
  '2400-linping-tjj-2022.txt': [
    // Since a fix of stop 59 after the measure of 2396–2440: policies pushed to enterprises (`推送…惠企政策9200条次`) are no count of information published.
    'proactive-count-missing:overview',
  ],
  '2396-minhou-czj-2024.txt': [
    // Since a fix of stop 59 after the measure of 2396–2440: `收到3条依申请政府信息公开,` (申请 lost
    // after 依申请政府信息公开 ending its clause after its count).
    'phrase-garbled:overview',
  ],
  '2404-gaoqing-gxj-2025.txt': [
    // Since a fix of stop 59 after the measure of 2396–2440: `地址:地址:` (a field's label written twice).
    'phrase-garbled:meta',
  ],
  '2405-zibo-gxj-2024.txt': [
    // 2396–2440: flagged at the measure under a near key (counted by meaning).
    'wrong-year-in-text:overview:accounts-2024',
  ],
  '2406-zibo-gaoxin-gxsw-2024.txt': ['text-bracket-unclosed:meta'],
  '2407-lingcheng-tcj-2024.txt': [
    'phrase-garbled:meta',
    // 2396–2440: one more problem written down under the same key, one warning for both.
    // Since a fix of stop 59 after the measure of 2396–2440: channels listed after 其中 that make at
    // their most less than half of the whole (`200余条` against 47条 and 20余篇).
    'parts-sum-mismatch:overview',
  ],
  '2408-chizhou-zrzyj-2022.txt': [
    'text-bracket-unclosed:meta',
    'parts-sum-mismatch:overview',
    // Since a fix of stop 59 after the measure of 2396–2440: `严格落实条例》,` (the regulation's short
    // name right after a citing verb, its 《 lost).
    'text-stray-closer:overview',
  ],
  '2409-jiangyin-lingang-2023.txt': ['date-characters-missing:meta'],
  '2411-muchuan-zrzyj-2024.txt': [
    // Since a fix of stop 59 after the measure of 2396–2440: `将涉及的重点领域信息到相应目录` (no verb
    // between 将…信息 and 到).
    'phrase-garbled:overview',
  ],
  '2412-hongya-hongchuan-2024.txt': [
    // Since a fix of stop 59 after the measure of 2396–2440: `县政府付政府信息公开工作的要求` (对 written
    // 付 before 政府信息公开).
    'phrase-garbled:overview',
  ],
  '2413-nanzhang-kjj-2023.txt': [
    'part-count-mismatch:meta',
    'date-characters-missing:meta',
    'phrase-garbled:meta',
    // Since a fix of stop 59 after the measure of 2396–2440: the agency's own place written twice in a
    // row on one line (`请与南漳县南漳县科学技术和经济信息化局办公室联系`).
    'agency-name-word-doubled:meta',
  ],
  '2414-xianning-kjj-2024.txt': [
    // 2396–2440: flagged at the measure under a near key (counted by meaning).
    'agency-name-place-missing',
  ],
  '2415-xiaogan-kjj-2023.txt': [
    // 2396–2440: flagged at the measure under a near key (counted by meaning).
    'notice-citation-unknown:overview:rule-name',
    // Since a fix of stop 59 after the measure of 2396–2440: `重大预决策7条` (重大决策预公开 with 预 moved).
    'phrase-garbled:overview',
  ],
  '2417-qianjiang-lyj-2023.txt': ['part-count-mismatch:meta'],
  '2419-guangyuan-tyj-2024.txt': [
    // Since a fix of stop 59 after the measure of 2396–2440: `(四)政府平台建设情况` read as 信息公开 lost.
    'overview-subheading-garbled:overview',
  ],
  '2422-quxian-sjj-2022.txt': [
    'section-heading-mismatch:overview',
    // 2396–2440: flagged at the measure under a near key (counted by meaning).
    'report-name-garbled:overview',
    'proactive-count-missing:overview',
  ],
  '2423-sichuan-tyj-2023.txt': [
    'date-characters-missing:meta',
    // 2396–2440: flagged at the measure under a near key (counted by meaning).
    'phrase-garbled:overview',
    // 2396–2440: flagged at the measure under a near key (counted by meaning).
    'overview-subheading-garbled:overview',
    // Since a fix of stop 59 after the measure of 2396–2440: `全年共发布信3366条` (信 before a count
    // right after 发布).
    'info-word-cut:overview',
    // Since a fix of stop 59 after the measure of 2396–2440: `答复意见2政协委员提案答复意见6件` (a count
    // of answers run into the next words).
    'count-unit-missing:overview',
  ],
  '2424-wangcang-zrzyj-2021.txt': [
    'section-heading-mismatch:overview',
    // 2396–2440: flagged at the measure under a near key (counted by meaning).
    'notice-title-incomplete:overview',
    'phrase-garbled:overview',
  ],
  '2425-sanya-tianya-lwj-2023.txt': [
    'section-heading-mismatch:overview',
    'report-name-garbled:overview',
  ],
  '2421-wanyuan-xzspj-2022.txt': [
    // Since a fix of stop 59 after the measure of 2396–2440: `年度报告编制的发布工作` (two steps of one work
    // joined by 的).
    'phrase-garbled:overview',
  ],
  '2426-dongsheng-fgw-2023.txt': [
    // Since a fix of stop 59 after the measure of 2396–2440: a department's preface publishing the report
    // by its region's own name (`现编制和发布东胜区2023年政府信息公开工作年度报告`).
    'other-agency-in-text:meta',
  ],
  '2427-boertala-kjj-2024.txt': [
    // Since a fix of stop 59 after the measure of 2396–2440: the compiler named by a bare 自治州 and its
    // department (`由自治州科技局编制`), no agency read: no place.
    'agency-name-place-missing:meta',
    // Since a fix of stop 59 after the measure of 2396–2440: `二十届二中、三中精神` (全会 lost after a
    // plenary session's number).
    'phrase-garbled:overview',
    // Since a fix of stop 59 after the measure of 2396–2440: a sub-heading numbered `㈡` read, 信息 lost in `依申请公开政府办理情况`.
    'overview-subheading-garbled:overview',
  ],
  '2429-fuping-wlj-2021.txt': [
    // 2396–2440: flagged at the measure under a near key (counted by meaning).
    'overview-areas-missing',
  ],
  '2430-wubao-wlj-2021.txt': [
    'table-header-changed:t2:本年制发件数',
    'table-header-changed:t2:现行有效件数',
    // Since a fix of stop 59 after the measure of 2396–2440: the format's note's words `工作考核、社会评议和
    // 责任追究结果情况` outside its quotation, as work done.
    'template-text-left:overview',
  ],
  '2431-ankang-wlj-2021.txt': [
    'count-unit-missing:overview',
    'subheading-number-skipped:overview',
    // Since a fix of stop 59 after the measure of 2396–2440: a title's 》 between two titles (`…通知》“文化
    // 安康”新媒体平台信息安全管理制度》《网站…`), the middle one's 《 lost.
    'text-stray-closer:overview',
  ],
  '2433-mulan-zjj-2023.txt': [
    'proactive-count-missing:overview',
    // Since a fix of stop 59 after the measure of 2396–2440: `以新时代中国特色社会主义思想为指导` (习近平
    // lost) and `依申请公开方面。依申请公开方面。` (a sub-heading printed twice).
    'phrase-garbled:overview',
  ],
  '2434-tielingxian-zjj-2023.txt': [
    // Since a fix of stop 59 after the measure of 2396–2440: the 平台建设 item opening on the year's count of 主动公开, no platform named.
    'overview-item-off-topic:overview',
  ],
  '2436-gongzhuling-swj-2021.txt': ['phrase-garbled:overview'],
  '2437-binhai-cgw-2021.txt': [
    // 2396–2440: flagged at the measure under a near key (counted by meaning).
    'agency-name-place-missing',
  ],
  '2439-gannan-mw-2020.txt': [
    'report-name-garbled:meta',
    'date-characters-missing:meta',
    // Since a fix of stop 59 after the measure of 2396–2440: a rank with its number lost (`排名第、`).
    'count-number-missing:overview',
  ],
  '2440-tongzhou-ylj-2019.txt': [
    // 2396–2440: flagged at the measure under a near key (counted by meaning).
    'overview-areas-missing',
  ],
  '2441-shaoxing-rfb-2019.txt': [
    // 2441–2485: flagged at the measure under a near key (counted by meaning).
    'overview-areas-missing',
    // Since a fix of stop 60 after the measure of 2441–2485: a government office's code in a document number with
    // 办 and 发 swapped (`浙政发办【2019】37号`, `政发办` no code).
    'notice-citation-unknown:overview:code-order',
  ],
  '2442-xuancheng-rfb-2020.txt': [
    'report-name-garbled:meta',
    'part-count-mismatch:meta',
    'phrase-garbled:meta',
    'text-bracket-unclosed:meta',
  ],
  '2444-jining-gzw-2020.txt': [
    // 2441–2485: flagged at the measure under a near key (counted by meaning).
    'agency-name-place-missing',
    'report-is-cover-letter',
  ],
  '2443-guangzhou-rfb-2020.txt': [
    // Since a fix of stop 60 after the measure of 2441–2485: `2020年为我市机构改革后,` (a year said
    // to be a time after an event, `…后的第一年` lost).
    'phrase-garbled:overview',
  ],
  '2445-haizhu-zsj-2020.txt': ['report-name-garbled:meta'],
  '2446-yancheng-slj-2021.txt': ['part-count-mismatch:meta', 'phrase-garbled:overview'],
  '2447-quanzhou-kfq-shsyj-2020.txt': [
    'report-name-garbled:meta',
    'part-count-mismatch:meta',
    'section-heading-mismatch:overview',
    // Since a fix of stop 60 after the measure of 2441–2485: the report's own name among what it is made under
    // (`…以及泉州开发区2020年政府信息公开年度报告编制`).
    'phrase-garbled:meta',
  ],
  '2452-haicang-haicang-2021.txt': [
    // Since a fix of stop 60 after the measure of 2441–2485: `二是事前审查,到公开内容“回头看”` (到 opening
    // a clause before what is published, its verb lost).
    'phrase-garbled:overview',
  ],
  '2453-xiangan-fengxiang-2021.txt': [
    'report-name-garbled:meta',
    'text-bracket-unclosed:meta',
    'section-heading-mismatch:overview',
  ],
  '2455-dongsheng-gzw-2021.txt': [
    'section-heading-mismatch:overview',
    'report-name-garbled:overview',
    // Since a fix of stop 60 after the measure of 2441–2485: its items the report's parts 二 to 四 again (主动公开,
    // 申请, 复议诉讼), none on the other areas.
    'overview-areas-missing',
  ],
  '2456-xialu-ybj-2020.txt': [
    // Since a fix of stop 60 after the measure of 2441–2485: `《东楚晚报》报纸其它方式` (a list's 等 lost
    // between a channel and 其它方式).
    'phrase-garbled:overview',
  ],
  '2457-hannan-ybj-2020.txt': [
    // 2441–2485: flagged at the measure under a near key (counted by meaning).
    'overview-areas-missing',
    'section-heading-mismatch:proactive',
  ],
  '2458-huangshi-gaj-2021.txt': ['date-characters-missing:overview'],
  '2459-hengnan-wjj-2020.txt': [
    'report-name-garbled:meta',
    'date-characters-missing:meta',
    // 2441–2485: flagged at the measure under a near key (counted by meaning).
    ['overview-areas-missing', 'proactive-count-missing:overview'],
    // 2441–2485: flagged at the measure under a near key (counted by meaning).
    't2-regulations-by-county',
    'table-header-changed:t2:本年增/减',
    'table-cells-printed-blank:t2',
    // Since a fix of stop 60 after the measure of 2441–2485: a province's rule cited with its kind lost
    // (`《湖南省行政程序》`).
    'phrase-garbled:overview',
    // Since a fix of stop 60 after the measure of 2441–2485: 规范性文件 made this year, a tenth or less
    // published and fewer published in all (`198 | 7 | 21`).
    't2-made-unpublished:normativeDocuments',
  ],
  '2460-dingcheng-gaj-2021.txt': [
    'report-name-garbled:meta',
    'overview-item-off-topic:overview',
    'count-unit-missing:overview',
    // Since a fix of stop 60 after the measure of 2441–2485: `近2800余人次` (近 and 余 of one count) and
    // `,布各类信息452余条` (发布 cut to 布 at a clause's start), both in MISSED before: one finding (two slips
    // said in it).
    'phrase-garbled:overview',
  ],
  '2461-hunan-tyj-2020.txt': [
    'report-name-garbled:meta',
    // Since a fix of stop 60 after the measure of 2441–2485: `不断提升政府公开透明,` (公开透明 as 提升's
    // object, its 度 lost).
    'phrase-garbled:overview',
  ],
  '2462-yueyang-rongjiawan-2020.txt': [
    // 2441–2485: its gatherer's one problem, also told under a near key.
    ['report-name-garbled:meta', 'report-name-garbled:overview'],
    'section-heading-mismatch:overview',
    'part-count-mismatch:overview',
  ],
  '2463-xiongxian-tyjrswj-2019.txt': [
    // 2441–2485: flagged at the measure under a near key (counted by meaning).
    'agency-name-place-missing',
    // 2441–2485: flagged at the measure under a near key (counted by meaning).
    'overview-areas-missing',
    // Since a fix of stop 60 after the measure of 2441–2485: `公众号“微博以“公开政务…”为宗旨` (a quotation
    // opened on a channel's common word, opened again before it closed); its gatherer's key was
    // phrase-garbled (counted by meaning).
    'text-bracket-unclosed:overview',
    // Since a fix of stop 60 after the measure of 2441–2485: another line's work made transparent by a
    // department (`加大机关事务管理工作的透明度`).
    'other-line-of-work:overview',
    // Since a fix of stop 68 after the measure of 2801–2845: the overview's numbered points (`3.优化公开服务`)
    // read as counting nothing: no count of information made public (its gatherer's problem 3).
    'proactive-count-missing:overview',
  ],
  '2464-linfen-tyjrswj-2020.txt': [
    'report-name-garbled:meta',
    // 2441–2485: flagged at the measure under a near key (counted by meaning).
    'part-count-mismatch:meta',
    // Since a fix of stop 60 after the measure of 2441–2485: a well-known miswriting (关健) in a sub-heading.
    'overview-subheading-garbled:overview',
  ],
  '2465-pingcheng-zhenhua-2021.txt': [
    'notice-citation-wrong:meta:2019-60',
    // Since a fix of stop 60 after the measure of 2441–2485: a bare count among its twins counted with their
    // unit earlier in the paragraph (`复核通过132户`… `复核通过121,`).
    'count-unit-missing:overview',
    // Since a fix of stop 60 after the measure of 2441–2485: one 街道办事处 named in full twice, its place
    // one character apart (`振华南街道办事处` / `振华南街街道办事处`).
    'agency-name-word-lost:overview',
  ],
  '2467-fushun-gaj-2019.txt': [
    // Since a fix of stop 60 after the measure of 2441–2485: a point's count and stop lost, run into the next
    // point that counts its own (`…等信息二是…36条`).
    'count-number-missing:overview',
    // Since a fix of stop 60 after the measure of 2441–2485: a document the agency made named by its kind alone
    // (`制定《方案》`), never named in full.
    'citation-abbreviation-mismatch:overview',
  ],
  '2468-shuangta-qianjin-2020.txt': [
    'section-heading-mismatch:overview',
    'proactive-count-missing:overview',
  ],
  '2471-youyang-mzzjw-2020.txt': [
    // Since a fix of stop 60 after the measure of 2441–2485: the preface's `本报告是根据…` closing with no verb of
    // making (`…认真总结上年度政府信息公开工作情况。`).
    'phrase-garbled:meta',
  ],
  '2472-chaotian-chaotianzhen-2019.txt': [
    'part-count-mismatch:meta',
    'section-heading-mismatch:overview',
    // 2441–2485: flagged at the measure under a near key (counted by meaning).
    'government-scope-missing',
  ],
  '2473-meixian-scjgj-2019.txt': ['report-date-after-deadline'],
  '2474-hanzhong-lyj-2019.txt': [
    'report-name-garbled:meta',
    'report-is-cover-letter',
    // Since a fix of stop 60 after the measure of 2441–2485: a website's three kinds (概况类, 信息公开,
    // 政务动态) summed over the count said of that site.
    'parts-sum-mismatch:overview',
  ],
  '2476-ankang-nyncj-2020.txt': [
    'report-name-garbled:meta',
    'subheading-first-missing:overview',
    // Since a fix of stop 60 after the measure of 2441–2485: the item `主动公开实效情况。` (its `(一)` lost) before
    // `(二)`, counting interpretations and letters only.
    'proactive-count-missing:overview',
  ],
  '2477-xifeng-luwo-2020.txt': ['text-stray-closer:meta'],
  '2478-guandu-taihe-2020.txt': [
    // Since a fix of stop 60 after the measure of 2441–2485: `省、市、区、重要会议精神` (a list of levels
    // closed by 、 before 重要).
    'phrase-garbled:overview',
  ],
  '2479-chencang-gxls-2021.txt': [
    'part-count-mismatch:meta',
    // Since a fix of stop 60 after the measure of 2441–2485: the last part's name pasted with another wording of
    // it (`其他需要报告的事项需要说明的事项`).
    'phrase-garbled:meta',
  ],
  '2481-yulin-scjgj-2021.txt': ['parts-sum-mismatch:overview'],
  '2482-longxian-czj-2021.txt': [
    // Since a fix of stop 60 after the measure of 2441–2485: `对对需要主动公开的政府文件` (对 written twice).
    'phrase-garbled:overview',
    // Since a fix of stop 60 after the measure of 2441–2485: a whole in 条次 read against its channels' counts
    // in 条 (635 + 119 of 732余).
    'parts-sum-mismatch:overview',
  ],
  '2483-urumqi-nyncj-2021.txt': [
    // Since a fix of stop 60 after the measure of 2441–2485: `第三次新疆工作座谈会精神` in the preface
    // (中央 lost from the conference's name).
    'phrase-garbled:meta',
    // Since a fix of stop 60 after the measure of 2441–2485: `惠民惠农补帖政策` (补贴 written 补帖).
    'phrase-garbled:overview',
  ],
  '2485-rongchang-gxs-2023.txt': [
    'section-heading-mismatch:overview',
    // Since a fix of stop 60 after the measure of 2441–2485: `《重庆市荣昌区供销合作社员会政务信息公开制度》`
    // (员会 left after 合作社).
    'phrase-garbled:overview',
  ],
  '2488-wuxi-bailu-2020.txt': [
    // Since a fix of stop 61 after the measure of 2486–2530: `(其他〔2019〕112号)`, a number whose issuer's
    // code is the site's `其他`.
    'notice-citation-unknown:meta:broken-number',
  ],
  '2486-wuxi-gulu-2020.txt': [
    // Since a fix of stop 61 after the measure of 2486–2530: `二是严格制度落实制度` (a word said on both sides of
    // 落实).
    'phrase-garbled:overview',
  ],
  '2487-wanzhou-wuling-2020.txt': [
    // Since a fix of stop 61 after the measure of 2486–2530: the town's work told with a count of its villages
    // (`全镇信息公开工作…,17个村(居)均设有村务公开栏`) says no scope of its figures.
    'government-scope-missing',
  ],
  '2489-kaijiang-renshi-2020.txt': [
    'section-heading-mismatch:overview',
    'government-scope-missing',
    // Since a fix of stop 61 after the measure of 2486–2530: a whole of 信息 in 篇 whose parts are all in 条,
    // read in one unit (82 of 94).
    'parts-sum-mismatch:overview',
  ],
  '2490-changzhi-xfj-2019.txt': [
    // 2486–2530: flagged at the measure under a near key (counted by meaning).
    'overview-areas-missing',
    // Since a fix of stop 61 after the measure of 2486–2530: the agency's name with its place's level lost,
    // opening a clause as its subject (`长治信访局认真贯彻…`; the agency read from the preface's 现把 since).
    'agency-name-word-lost:overview',
  ],
  '2491-wushan-daxi-2021.txt': ['section-heading-mismatch:overview', 'government-scope-missing'],
  '2492-wulong-jielong-2021.txt': ['government-scope-missing'],
  '2493-jiange-yixing-2021.txt': [
    'report-name-garbled:meta',
    'government-scope-missing',
    // 2486–2530: not written down by its gatherer; decided real: `着力提升政府公开质量`, 政府信息公开 with 信息 lost; counted
    // by precedent (2353's `政府公开好的做法`, 2461's `提升政府公开透明`).
    'phrase-garbled:overview',
  ],
  '2494-tongjiang-changge-2021.txt': [
    'parts-sum-mismatch:overview',
    // Since a fix of stop 61 after the measure of 2486–2530: `本级政府(本部门)`, the template's alternatives
    // left unchosen.
    'template-text-left:meta',
  ],
  '2495-lianhu-cl-2020.txt': [
    // 2486–2530: flagged at the measure under a near key (counted by meaning).
    ['overview-areas-missing', 'proactive-count-missing:overview'],
    // Since a fix of stop 61 after the measure of 2486–2530: `2020年,区我会认真贯彻执行` (a level word before 我会).
    'phrase-garbled:overview',
  ],
  '2496-lianhu-xfj-2020.txt': [
    // 2486–2530: not written down by its gatherer; decided real: its overview's six points (一是…六是) give the
    // site's updates, 30 items published, budgets, guides, a petition portal and a line for requests: nothing
    // of 政府信息管理 or 监督保障; counted as 2490's and 2513's gatherers counted the same shape.
    'overview-areas-missing',
    // Since a fix of stop 61 after the measure of 2486–2530: `第三十一条、三十二条`, the old articles on the
    // report with the second 第 left out.
    'notice-citation-wrong:meta:regulation-articles-2007',
  ],
  '2497-shenhe-2020.txt': [
    // Since a fix of stop 61 after the measure of 2486–2530: the units as what the published items tell of
    // (`发布区内各部门、街道办事处职能、机构设置…等信息`) say no scope of the office's figures.
    'government-scope-missing',
  ],
  '2498-ewenke-sjj-2021.txt': [
    // 2486–2530: flagged at the measure under a near key (counted by meaning).
    'phrase-garbled:meta',
    // Since a fix of stop 61 after the measure of 2486–2530: the preface running on into the year's work,
    // items counted, with no heading and no table at all.
    'section-heading-mismatch:overview',
  ],
  '2499-huaxian-xfj-2020.txt': [
    // Since a fix of stop 61 after the measure of 2486–2530: the item on 监督保障 whose first sentence tells
    // information published, no word of supervision, its text counting what was published.
    'overview-item-off-topic:overview',
  ],
  '2500-chaoyang-jghq-2020.txt': [
    // 2486–2530: flagged at the measure under a near key (counted by meaning).
    ['overview-areas-missing', 'proactive-count-missing:overview'],
  ],
  '2502-zoucheng-fushan-2020.txt': [
    // Since a fix of stop 61 after the measure of 2486–2530: a channel's kinds after 包括, then the next
    // channels after the semicolon, read as the outer list (242 of 231).
    'parts-sum-mismatch:overview',
  ],
  '2503-licang-xingchenglu-2020.txt': ['template-text-left:meta'],
  '2505-suqian-yjglj-2020.txt': ['report-name-garbled:meta'],
  '2506-hangzhou-ybj-2020.txt': ['part-count-mismatch:meta'],
  '2507-pujiang-wjj-2022.txt': [
    'section-heading-mismatch:overview',
    // Since a fix of stop 61 after the measure of 2486–2530: the point `二是依申请公开`, the next point
    // following, saying nothing of requests (the fees only).
    'overview-item-off-topic:overview',
  ],
  '2508-huoshan-qxj-2019.txt': [
    // Since a fix of stop 61 after the measure of 2486–2530: `方面。2019年。发布决策公开类信息7条` (a year alone
    // between full stops) and `大气防治污染` (污染防治's two words swapped), both in MISSED before: one finding (two
    // slips said in it).
    'phrase-garbled:overview',
  ],
  '2509-jingxian-yunling-2020.txt': ['report-date-after-deadline'],
  '2510-mingguang-zilaiqiao-2020.txt': [
    'date-characters-missing:meta',
    'overview-subheading-garbled:overview',
    'government-scope-missing',
  ],
  '2512-hanjiang-jiangkou-2020.txt': [
    'subheading-bracket-missing:overview',
    'government-scope-missing',
  ],
  '2513-huian-wjj-2019.txt': [
    // 2486–2530: flagged at the measure under a near key (counted by meaning).
    'overview-areas-missing',
    // Since a fix of stop 61 after the measure of 2486–2530: `做好医疗服务信息公开医疗服务、价格、收费等信息` (the
    // matter named again after its 信息公开, opening a list).
    'phrase-garbled:overview',
  ],
  '2514-huichang-zhuangkou-2020.txt': [
    'date-characters-missing:meta',
    'text-stray-closer:meta',
    'government-scope-missing',
  ],
  '2515-tonggu-yjj-2020.txt': [
    // 2486–2530: flagged at the measure under a near key (counted by meaning).
    'notice-citation-unknown:meta:regulation-revision-year',
    'report-name-garbled:meta',
    'text-bracket-unclosed:meta',
  ],
  '2516-fengrun-jtj-2019.txt': [
    'report-name-garbled:meta',
    'section-heading-mismatch:overview',
    // Since a fix of stop 61 after the measure of 2486–2530: the parts a work summary numbers itself with no
    // heading of the format read (`二、政府信息公开做法`, `三、存在问题和改进措施`), each told at its place (one
    // problem, both keys).
    ['section-heading-mismatch:proactive', 'section-heading-mismatch:applications'],
  ],
  '2517-mayang-lancun-2020.txt': [
    // 2486–2530: flagged at the measure under a near key (counted by meaning).
    ['overview-areas-missing', 'proactive-count-missing:overview'],
    // Since a fix of stop 61 after the measure of 2486–2530: `健全常效管理机制` (长效 written 常效).
    'phrase-garbled:overview',
  ],
  '2518-zhuhui-linghu-2020.txt': [
    // Since a fix of stop 61 after the measure of 2486–2530: the title's short name `政府信息公开报告` said in
    // the same warning as the preface's.
    'report-name-garbled:meta',
    'date-characters-missing:meta',
    // Since a fix of stop 61 after the measure of 2486–2530: the agency's town with its first character lost
    // before its office (`请与湖乡党政办联系`).
    'agency-name-word-lost:meta',
    'section-heading-mismatch:overview',
    'subheading-number-missing:overview',
    // 2486–2530: flagged at the measure under a near key (counted by meaning).
    ['overview-areas-missing', 'proactive-count-missing:overview'],
  ],
  '2519-duodao-cgj-2020.txt': [
    // 2486–2530: flagged at the measure under a near key (counted by meaning).
    'report-name-garbled:title',
    'report-name-garbled:meta',
    'phrase-garbled:overview',
    // Since a fix of stop 61 after the measure of 2486–2530: a list of parts ending `等内容组成` read as some of
    // them (four, 问题 and 其他 left out).
    'part-count-mismatch:meta',
    // Since a fix of stop 61 after the measure of 2486–2530: a paragraph of 总体情况 with three kinds of an
    // agency's profile words or more (its units, its staff: `下设`, `正科级`, `事业单位`, `核定编制`…).
    'overview-item-off-topic:overview',
  ],
  '2523-xifeng-mzj-2021.txt': [
    'part-count-mismatch:meta',
    'subheading-first-missing:overview',
    // Since a fix of stop 61 after the measure of 2486–2530: `(黔公开办法〔2021〕15号)`, the code's 办发 written
    // 办法.
    'notice-citation-unknown:meta:broken-number',
  ],
  '2524-wenshan-sanqi-2021.txt': [
    // Since a fix of stop 61 after the measure of 2486–2530: the statistics period under `一、总体情况`, the
    // preface before it saying none.
    'section-heading-mismatch:overview',
  ],
  '2525-wuqia-wuheshalu-2021.txt': [
    // Since a fix of stop 61 after the measure of 2486–2530: `国办公开办〔2019〕60号文件` in a 2021 report (函
    // lost, the notice of 2019–2020).
    'notice-citation-unknown:overview:国办公开办-2019-60',
    'notice-citation-wrong:overview:2019-60',
    // Since a fix of stop 61 after the measure of 2486–2530: kinds in 条 with one in 份 among them, the
    // whole fitting neither sum (13 without the 份, 18 with them, of 16).
    'parts-sum-mismatch:overview',
  ],
  '2526-linxi-jyj-2021.txt': [
    'proactive-count-missing:overview',
    // Since a fix of stop 61 after the measure of 2486–2530: the 依申请公开 item's text with three kinds of
    // an agency's duty words (`贯彻党和国家的教育方针`, `管理和指导`, `会同有关部门`).
    'overview-item-off-topic:overview',
  ],
  '2527-foshan-gxq-2024.txt': [
    'notice-citation-wrong:meta:2019-60',
    'proactive-count-missing:overview',
  ],
  '2528-qiaokou-sthjfj-2025.txt': [
    // 2486–2530: flagged at the measure under a near key (counted by meaning).
    'overview-areas-missing',
    // Since a fix of stop 61 after the measure of 2486–2530: `局除了以政务网站进行政务公开外` (the agency's kind
    // alone as the subject before 除了, its 我 lost; read as phrase-garbled, 278's and 2423's shape).
    'phrase-garbled:overview',
  ],
  '2529-ezhou-huarong-sthjfj-2025.txt': ['part-count-mismatch:meta'],
  '2530-huyi-laodian-2025.txt': ['proactive-count-missing:overview'],
  '2531-lushi-zjj-2021.txt': [
    'notice-citation-unknown:meta:regulation-name',
    // Since a fix of stop 62 after the measure of 2531–2575: `按照信息公开范围,对…和按照信息公开范围,`, a basis said
    // again after 和 in its sentence (phrase-garbled), and `“黄河日报“清清卢氏”“魅力卢氏”`, a name left open before
    // the next of a list of quoted names (text-bracket-unclosed); both in the preface, the import reading no
    // overview's heading in this text.
    'phrase-garbled:meta',
    'text-bracket-unclosed:meta',
    // Since a fix of stop 62 after the measure of 2531–2575: with no heading read, the overview's own items
    // numbered at lines' starts (`1.主动公开情况:…`, `2.依申请公开办理情况:…`) after the year's first paragraph.
    'section-heading-mismatch:overview',
    // Since a fix of stop 62 after the measure of 2531–2575: `1.…2.…` counted again inside a paragraph opening
    // `1.` beside `2.`; told of the preface, where the import reads the text without 总体情况's heading.
    'subheading-number-repeated:meta',
  ],
  '2532-motuo-dexing-2020.txt': [
    // 2531–2575: flagged at the measure under a near key (counted by meaning).
    'wrong-year-in-text:meta:2021',
    // Since a fix of stop 62 after the measure of 2531–2575: `编制2021年度…人民政府信息公开年度报告`, the short
    // name read under a year after the report's too (no report presents a later year's).
    'report-name-garbled:meta',
    'report-date-after-deadline',
  ],
  '2533-songbei-zjj-2023.txt': ['proactive-count-missing:overview'],
  '2534-hunjiang-hekou-2021.txt': [
    'report-name-garbled:meta',
    'statistics-period-mismatch:meta',
    'phrase-garbled:overview',
  ],
  '2535-jinghai-tyj-2020.txt': [
    // 2531–2575: flagged at the measure under a near key (counted by meaning).
    'overview-areas-missing',
    // 2531–2575: not written down by its gatherer; decided real: `细化落实政府信息工作领导小组职责`, 公开 lost; counted by
    // precedent (1143's `政府信息工作领导小组`).
    'phrase-garbled:overview',
  ],
  '2536-huangshi-tyzx-2020.txt': [
    // 2531–2575: flagged at the measure under a near key (counted by meaning).
    ['overview-areas-missing', 'proactive-count-missing:overview'],
  ],
  '2537-zhongfang-zjj-2021.txt': [
    'section-heading-mismatch:overview',
    // 2531–2575: flagged at the measure under a near key (counted by meaning).
    'report-name-garbled:overview',
    // Since a fix of stop 62 after the measure of 2531–2575: `本报告由…概述、主动公开政府信息情况等问题及改进情况`,
    // 等 right before the last item: the parts between cut out (the preface printed under 一、总体情况).
    'part-count-mismatch:overview',
    'parts-sum-mismatch:overview',
  ],
  '2538-huoshan-zjj-2023.txt': [
    // Since a fix of stop 62 after the measure of 2531–2575: `混凝土维修约1300平方`, an area in 平方 with its 米 lost.
    'count-unit-missing:overview',
  ],
  '2540-yingshan-qingshan-2020.txt': [
    // 2531–2575: flagged at the measure under a near key (counted by meaning).
    'government-scope-missing',
    'subheading-number-missing:overview',
    // 2531–2575: flagged at the measure under a near key (counted by meaning).
    't2-regulations-by-township',
  ],
  '2541-hunnan-mzj-2021.txt': ['proactive-count-missing:overview'],
  '2542-pingcheng-majunying-2021.txt': ['notice-citation-wrong:meta:2019-60'],
  '2547-benxi-swj-2020.txt': [
    'report-name-garbled:meta',
    // Since a fix of stop 62 after the measure of 2531–2575: the title printed again under the page's title
    // with no year and the agency by its level (`市商务局政府信息公开工作年度报告`): its year lost said under the
    // title's key (the first title's `政府信息公开工作报告`, 年度 lost, told under :meta as at the measure).
    'report-name-garbled:title',
    'report-date-after-deadline',
    'parts-sum-mismatch:overview',
    // Since a fix of stop 62 after the measure of 2531–2575: `反映烈`, 强烈 with its 强 lost after 反映.
    'phrase-garbled:overview',
    // Since a fix of stop 62 after the measure of 2531–2575: the same line's `市商务局`, its city lost.
    'agency-name-place-missing:title',
  ],
  '2548-chaoyang-swj-2021.txt': [
    // Since a fix of stop 62 after the measure of 2531–2575: `部门会议17条动态更新我局权责清单`, a count run into
    // the next clause, its verb on 我局 with no mark between.
    'phrase-garbled:overview',
    // Since a fix of stop 62 after the measure of 2531–2575: a whole said of `各类` information, the kinds after it
    // in commas with no 其中, adding to more than its `余` allows.
    'parts-sum-mismatch:overview',
  ],
  '2550-chuxiong-swj-2020.txt': [
    'phrase-garbled:overview',
    // Since a fix of stop 62 after the measure of 2531–2575: `其中:其中` read as one introducer, the list ending
    // with the rest short of the whole.
    'parts-sum-mismatch:overview',
  ],
  '2551-xifeng-jiefanglu-2021.txt': [
    'section-heading-mismatch:overview',
    'report-name-garbled:overview',
    'proactive-count-missing:overview',
  ],
  '2552-putuo-jrb-2020.txt': ['report-name-garbled:meta'],
  '2553-guangzhou-jrjgj-2020.txt': ['report-name-garbled:meta'],
  '2554-kaizhou-gaj-2021.txt': [
    // Since a fix of stop 62 after the measure of 2531–2575: a district's bureau naming the districts' and
    // counties' bureaus of its own line (`区县公安(分)局`), the city's bureau's words.
    'other-agency-in-text:overview',
    // Since a fix of stop 62 after the measure of 2531–2575: matters of a mailbox or petitions handled, counted
    // under (一), read as no count of information made public.
    'proactive-count-missing:overview',
  ],
  '2555-guichi-gafj-2020.txt': ['section-heading-mismatch:overview'],
  '2556-zhangdian-gafj-2020.txt': [
    // Since a fix of stop 62 after the measure of 2531–2575: `现编制本部门2020年工作报告如下`, the report presented
    // as the year's 工作报告, no 政府信息公开 in its name.
    'report-name-garbled:meta',
  ],
  '2558-tianmen-xczxj-2021.txt': ['text-bracket-unclosed:meta'],
  '2559-dongsheng-scjgj-2020.txt': ['section-heading-mismatch:overview'],
  '2560-tianmen-gaj-2020.txt': [
    'report-name-garbled:meta',
    // Since a fix of stop 62 after the measure of 2531–2575: a text the import found nothing of note in, its
    // overview empty, its first part headed in its own words (`一、政府信息公开2020年工作要点落实情况`).
    'section-heading-mismatch:overview',
  ],
  '2561-shitai-lyj-2019.txt': [
    // Since a fix of stop 62 after the measure of 2531–2575: a bureau's text naming its leaders `委领导`, a
    // committee's word.
    'other-agency-in-text:overview',
  ],
  '2563-wenling-zrzyghj-2020.txt': [
    'section-heading-mismatch:overview',
    // Since a fix of stop 62 after the measure of 2531–2575: `自然规划资源和规划`, a word put inside 自然资源 that the
    // name says after 和.
    'phrase-garbled:overview',
    // Since a fix of stop 62 after the measure of 2531–2575: `特向社会公布…规划局年度政府信息公开工作报告`, 年度
    // after the agency where the year should be.
    'report-name-garbled:overview',
  ],
  '2564-ningbo-gxq-zrzyghfj-2020.txt': ['statistics-period-mismatch:meta'],
  '2565-huitong-lyj-2020.txt': [
    // 2531–2575: flagged at the measure under a near key (counted by meaning).
    'report-name-garbled:title',
    // Since a fix of stop 62 after the measure of 2531–2575: the yearless title `会同县林业局信息公开工作年度报告`
    // read for its short name too (政府 lost).
    'report-name-garbled:meta',
    'section-heading-mismatch:overview',
    // 2531–2575: not written down by its gatherer; decided real: its overview, one paragraph of counts, says
    // nothing of 监督保障; counted as 2535's and 2490's gatherers counted the same shape.
    'overview-areas-missing',
    // 2531–2575: not written down by its gatherer; decided real: its list of parts
    // (`本年报是根据…主动公开政府信息的情况、收到和处理…其他需要报告的事项组成`) leaves out 总体情况; its gatherer wrote the sentence down as
    // garbled (#3) but not the part lost.
    'part-count-mismatch:overview',
    // Since a fix of stop 62 after the measure of 2531–2575: `行政许事项`, 行政许可 with its 可 lost, and `本年报是根据…
    // 编制的…事项组成`, `是根据` closed by `组成` with no 由.
    'phrase-garbled:overview',
    // Since a fix of stop 62 after the measure of 2531–2575: 2019 表二's `规章对外公开总数量` read in the narrative in
    // the table's own words, against its cell.
    'narrative-table-mismatch:overview:regulationsPublished',
  ],
  '2566-tianjin-hebei-gzw-2020.txt': [
    // 2531–2575: its gatherer's one problem, also told under a near key.
    ['proactive-count-missing:overview', 'overview-areas-missing'],
    // Since a fix of stop 62 after the measure of 2531–2575: `努力推动政府信息公开工作标准。`, a sentence pushing a
    // work towards `工作标准` and ending there (标准化 cut).
    'phrase-garbled:overview',
  ],
  '2567-dongzhi-qingshan-2021.txt': [
    'notice-citation-unknown:meta:broken-number',
    'date-characters-missing:meta',
    'text-bracket-unclosed:meta',
    // 2531–2575: flagged at the measure under a near key (counted by meaning).
    'government-scope-missing',
  ],
  '2568-xunyang-kjj-2021.txt': [
    // 2531–2575: flagged at the measure under a near key (counted by meaning).
    'wrong-year-in-text:meta:2022',
    'statistics-period-mismatch:meta',
    // Since a fix of stop 62 after the measure of 2531–2575: `我局主2021年度`, a stray 主 between 我局 and a year, and
    // `一是开概况信息1条`, 公开 with its 公 lost before a kind of information counted.
    'phrase-garbled:overview',
  ],
  '2569-anyuan-slj-2021.txt': [
    // Since a fix of stop 62 after the measure of 2531–2575: `本本年度报告`, 本 written twice.
    'phrase-garbled:meta',
    // Since a fix of stop 62 after the measure of 2531–2575: the overview's sentence opened by the agency's own
    // office as the one doing the year's work (`2021年,安源区水利局办公室坚持以…`).
    'other-unit-subject:overview',
    // Since a fix of stop 62 after the measure of 2531–2575: `…政务公开关于印发〔2021〕30号`, a number right after
    // 关于印发: the cited title cut there and the number without its issuer's code.
    'notice-citation-unknown:meta:broken-number',
  ],
  '2570-futian-jtjjfws-2021.txt': [
    // 2531–2575: flagged at the measure under a near key (counted by meaning).
    'overview-areas-missing',
    // Since a fix of stop 62 after the measure of 2531–2575: the title's `区集体经济发展服务署` under the
    // signature's `福田区集体经济发展服务署` (the signature's name the agency, the title's said to lack its place).
    'agency-name-place-missing:title',
  ],
  '2571-pingshan-gzj-2022.txt': [
    'parts-sum-mismatch:overview',
    // 2531–2575: flagged at the measure under a near key (counted by meaning).
    'overview-areas-missing',
  ],
  '2572-jianye-swj-2023.txt': ['report-name-garbled:meta'],
  '2574-tongzhou-slj-2025.txt': [
    'part-count-mismatch:meta',
    // 2531–2575: not written down by its gatherer; decided real: `我局充分发挥政府公开平台`, 政府信息公开 with 信息 lost; counted
    // by precedent (2353, 2461, 2493).
    'phrase-garbled:overview',
  ],
  '2576-minhe-gdj-2022.txt': [
    // 2576–2620: flagged at the measure under a near key (counted by meaning).
    'overview-areas-missing',
    'section-heading-mismatch:proactive',
    // 2576–2620: not written down by its gatherer; decided real: `截止2022年12月28日,电视方面:播发《民和新闻》256期2085条`,
    // counts to 28 December in a 2022 report; counted by precedent (1014's `截至2019年12月30日`).
    'statistics-period-mismatch:overview',
    // Since a fix of stop 63 after the measure of 2576–2620: a news bulletin aired, counted (`播发《民和新闻》256期`):
    // a station's news output, not disclosure.
    'overview-item-off-topic:overview',
    // Since a fix of stop 63 after the measure of 2576–2620: a block caption line read with the article's 第
    // and the item's number lost, as the article's first caption.
    'table-header-changed:t2',
  ],
  '2577-shilin-xcb-2020.txt': [
    'report-name-garbled:meta',
    // Since a fix of stop 63 after the measure of 2576–2620: a news bulletin aired, counted (`播出《石林新闻》223组`):
    // a station's news output, not disclosure.
    'overview-item-off-topic:overview',
    // Since a fix of stop 63 after the measure of 2576–2620: 暧 (only in 暧昧) read as 暖 (`暧人心`).
    'phrase-garbled:overview',
  ],
  '2579-fengning-rmtzx-2023.txt': [
    'notice-citation-wrong:meta:2019-60',
    'date-characters-missing:meta',
    // Since a fix of stop 63 after the measure of 2576–2620: 众 alone after 及 before 关注 (群 lost).
    'phrase-garbled:meta',
    // Since a fix of stop 63 after the measure of 2576–2620: a list of the whole's parts, every item given and
    // named as a part, shorter than the format's: the parts it leaves out are said missing.
    'part-count-mismatch:meta',
  ],
  '2580-liangzhou-rmtzx-2022.txt': [
    // Since a fix of stop 63 after the measure of 2576–2620: sub-headings of the old regulation's items
    // (组织机构建设, 配套措施, 工作机制, 《条例》的学习), none naming an area: the areas have no part of their own.
    'overview-areas-missing',
  ],
  '2581-ganxian-rmtzx-2021.txt': [
    'notice-citation-unknown:meta:title-2021-30',
    // 2576–2620: its gatherer's one problem, also told under a near key.
    [
      'notice-citation-unknown:meta:broken-number',
      'notice-citation-unknown:meta:国办公开函-2021-30',
    ],
    'date-characters-missing:meta',
    'overview-item-off-topic:overview',
  ],
  '2582-yeji-rmtzx-2020.txt': ['report-name-garbled:meta'],
  '2583-shanghai-zscqj-2020.txt': ['part-count-mismatch:meta'],
  '2584-shanghai-zscqj-2022.txt': [
    // 2576–2620: flagged at the measure under a near key (counted by meaning).
    'date-characters-missing:meta',
  ],
  '2585-tianjin-zscqj-2022.txt': ['proactive-count-missing:overview'],
  '2586-xuecheng-kjj-2022.txt': [
    // 2576–2620: flagged at the measure under a near key (counted by meaning).
    'wrong-year-in-text:meta:2023',
    'statistics-period-mismatch:meta',
    // Since a fix of stop 63 after the measure of 2576–2620: the preface's short name under the next year's
    // date read as the report's own when a title gives the report's year (工作 lost).
    'report-name-garbled:meta',
  ],
  '2587-guangfeng-kjj-2022.txt': [
    'notice-citation-wrong:meta:2019-60',
    'notice-citation-unknown:meta:broken-number',
    'date-characters-missing:meta',
    // Since a fix of stop 63 after the measure of 2576–2620: the agency as subject, then `以…为指导,我局` (two subjects).
    'phrase-garbled:overview',
    // Since a fix of stop 63 after the measure of 2576–2620: the own place's level lost before 人民政府 on a
    // site's name (`广丰人民政府网站`): 人民政府 is no site's brand.
    'agency-name-word-lost:meta',
  ],
  '2589-pingchuan-honghuilu-2021.txt': [
    'parts-sum-mismatch:overview',
    // 2576–2620: flagged at the measure under a near key (counted by meaning).
    'phrase-garbled:overview',
  ],
  '2591-yuanjiang-jjdd-2020.txt': [
    'report-date-after-deadline',
    'report-name-garbled:meta',
    // Since a fix of stop 63 after the measure of 2576–2620: an item `2.` run on after a stop in its
    // paragraph, no item 1 before it in the text.
    'subheading-first-missing:overview',
    // Since a fix of stop 63 after the measure of 2576–2620: a sentence opening with the report's name into
    // 根据《…》 that then presents the same report `如下`: the name at its head has no verb.
    'phrase-garbled:meta',
  ],
  '2592-hechuan-gyyq-2020.txt': ['section-heading-mismatch:overview'],
  '2593-wuchang-jkq-2020.txt': [
    // 2576–2620: flagged at the measure under a near key (counted by meaning).
    ['overview-areas-missing', 'proactive-count-missing:overview'],
    ['section-heading-mismatch:proactive', 'section-heading-mismatch:reviewLitigation'],
    'section-heading-mismatch:problems',
    // Since a fix of stop 63 after the measure of 2576–2620: digits followed by 十万 (`150十万元`).
    'phrase-garbled:proactive',
  ],
  '2594-longgang-xckfjs-2020.txt': [
    'report-name-garbled:meta',
    // Since a fix of stop 63 after the measure of 2576–2620: an item `1.信息主动公开。` closed by a stop,
    // its text on its line, read whole up to `2.…。`; no count in it.
    'proactive-count-missing:overview',
  ],
  '2595-xinzhou-rfb-2021.txt': [
    'notice-citation-wrong:meta:2019-60',
    'report-name-garbled:meta',
    // Since a fix of stop 63 after the measure of 2576–2620: 群众 and 社会公众 run together.
    'phrase-garbled:overview',
  ],
  '2596-qujing-jkq-jfj-2021.txt': [
    'report-date-after-deadline',
    'report-name-garbled:meta',
    // Since a fix of stop 63 after the measure of 2576–2620: `及时目前`, a clause run into one opening with 目前.
    'phrase-garbled:overview',
    // Since a fix of stop 63 after the measure of 2576–2620: a body's name opening with a zone's kind written in
    // full, no place before it (`经济技术开发区经济发展局`).
    'agency-name-place-missing',
  ],
  '2597-suizhou-mfb-2022.txt': ['date-characters-missing:meta'],
  '2598-xiangzhou-sw-2023.txt': [
    // 2576–2620: flagged at the measure under a near key (counted by meaning).
    'overview-areas-missing',
    // Since a fix of stop 63 after the measure of 2576–2620: count labels worded with 本年度 and a bare 数 (two of
    // one header) read as the format's labels changed.
    ['table-header-changed:t2:本年制发件数', 'table-header-changed:t2:本年废止件数'],
  ],
  '2599-whkfq-tonghang-2023.txt': [
    'date-characters-missing:overview',
    'proactive-count-missing:overview',
    'date-characters-missing:proactive',
    'count-unit-missing:proactive',
    'table-header-changed:t2:现行有效件数',
    // Since a fix of stop 63 after the measure of 2576–2620: `规定在…领导下`, a basis run into the leadership.
    'phrase-garbled:overview',
    // Since a fix of stop 63 after the measure of 2576–2620: a park's office named by the park alone, the text
    // naming the park after its place (`武汉经济技术开发区通航产业园`).
    'agency-name-place-missing',
  ],
  '2604-nanguan-dag-2025.txt': ['proactive-count-missing:overview'],
  '2606-qiaocheng-cl-2025.txt': [
    'part-count-mismatch:meta',
    // 2576–2620: its gatherer's one problem, also told under a near key.
    ['overview-subheading-garbled:overview', 'phrase-garbled:overview'],
  ],
  '2607-changchun-cl-2024.txt': [
    'part-count-mismatch:meta',
    'statistics-period-mismatch:meta',
    'text-bracket-unclosed:meta',
    // Since a fix of stop 63 after the measure of 2576–2620: a 联合会's short name ending 联 after a bare 市
    // (`市残联`).
    'agency-name-place-missing',
    // Since a fix of stop 63 after the measure of 2576–2620: a unit's report said drawn up by the regulation
    // and the whole area's bodies' reports, a government's summary.
    'agency-scope-above-level:meta',
  ],
  '2609-jinning-cl-2020.txt': [
    'report-name-garbled:meta',
    'section-heading-mismatch:overview',
    // Since a fix of stop 63 after the measure of 2576–2620: the text's own later parts in the preface, each
    // told at its place (`二、信息公开措施落实情况` for the proactive part).
    'section-heading-mismatch:proactive',
    // 2576–2620: flagged at the measure under a near key (counted by meaning).
    'list-count-mismatch:meta',
  ],
  '2610-yuanjiang-xzspfwj-2022.txt': ['parts-sum-mismatch:overview'],
  '2612-huiji-cl-2021.txt': [
    // 2576–2620: its gatherer's one problem, also told under a near key.
    ['proactive-count-missing:overview', 'overview-areas-missing'],
  ],
  '2613-yueyanglou-cl-2022.txt': [
    'report-name-garbled:meta',
    'section-heading-mismatch:overview',
    // 2576–2620: its gatherer's one problem, also told under a near key.
    ['proactive-count-missing:overview', 'overview-areas-missing'],
    // Since a fix of stop 63 after the measure of 2576–2620: `将…公开为…的重点` (作为 cut to 为).
    'phrase-garbled:overview',
  ],
  '2614-anshan-xzspj-2020.txt': [
    'report-name-garbled:meta',
    'section-heading-mismatch:overview',
    // 2576–2620: flagged at the measure under a near key (counted by meaning).
    'overview-areas-missing',
  ],
  '2615-anju-xzspj-2020.txt': [
    // 2576–2620: flagged at the measure under a near key (counted by meaning).
    'overview-areas-missing',
    // Since a fix of stop 63 after the measure of 2576–2620: 本年增/减 ten times the year before's items or more
    // (100 at least) with no decision: the decisions typed one column early.
    't2-change-holds-decisions:licensing',
  ],
  '2616-youxian-xzspfwj-2020.txt': [
    'proactive-count-missing:overview',
    // Since a fix of stop 63 after the measure of 2576–2620: with no agency named, the county's 局 the overview
    // names as the year's subject judged by the departments' deadline.
    'report-date-after-deadline',
    // Since a fix of stop 63 after the measure of 2576–2620: `紧紧绕` (围 lost) in the preface.
    'phrase-garbled:meta',
    // Since a fix of stop 63 after the measure of 2576–2620: `引导论`, `全面贯`, `依法用,`, `,进步增进`, `专业较强`, each a word cut by a character.
    'phrase-garbled:overview',
  ],
  '2617-shenshan-yjj-2022.txt': ['part-count-mismatch:meta'],
  '2619-qyq-hui-2021.txt': [
    'format-year-mismatch',
    // 2576–2620: flagged at the measure under a near key (counted by meaning).
    'overview-areas-missing',
    // 2576–2620: flagged at the measure under a near key (counted by meaning).
    'table-cells-printed-blank:t3',
  ],
  '2622-xianning-zwsjj-2022.txt': ['section-heading-mismatch:overview'],
  '2623-chibi-zwsjj-2021.txt': [
    // 2621–2665: not written down by its gatherer; decided real: `政府信息公开申请行政复议、诉讼和申诉情况` among the parts
    // listed in a 2021 report: the old regulation's part; counted by precedent (2607, 642, 455).
    'part-count-mismatch:meta',
  ],
  '2624-taoyuan-xfj-2020.txt': [
    'part-count-mismatch:meta',
    // 2621–2665: flagged at the measure under a near key (counted by meaning).
    'overview-areas-missing',
    // Since a fix of stop 64 after the measure of 2621–2665: `本政府信息公开工作报告根据…编制`, the preface's subject named short of 年度 after 本.
    'report-name-garbled:meta',
  ],
  '2625-jincheng-xfj-2022.txt': [
    'section-heading-mismatch:overview',
    'proactive-count-missing:overview',
  ],
  '2626-wuhai-xfj-2022.txt': [
    'report-name-garbled:meta',
    // 2621–2665: flagged at the measure under a near key (counted by meaning).
    'overview-areas-missing',
    // Since a fix of stop 64 after the measure of 2621–2665: `门口网站` read as 门户 miswritten.
    'phrase-garbled:overview',
  ],
  '2627-yanliang-xfj-2021.txt': [
    // Since a fix of stop 64 after the measure of 2621–2665: `行政强制 |` over a line of bars `| ||`, the rows around
    // printing their value in that place on one line: the row printed blank.
    'table-cells-printed-blank:t2',
  ],
  '2628-wujin-tyjrswj-2022.txt': [
    // 2621–2665: flagged at the measure under a near key (counted by meaning).
    'overview-areas-missing',
  ],
  '2631-qiaocheng-ybj-2020.txt': ['section-heading-mismatch:overview', 'phrase-garbled:overview'],
  '2632-zoucheng-ybj-2019.txt': [
    // 2621–2665: flagged at the measure under a near key (counted by meaning).
    'overview-areas-missing',
  ],
  '2633-changzhi-ybj-2019.txt': [
    'report-name-garbled:meta',
    'section-heading-mismatch:overview',
    'proactive-count-missing:overview',
    // Since a fix of stop 64 after the measure of 2621–2665: `便捷的医服务`: 医保 cut to 医 after 的.
    'phrase-garbled:meta',
    // Since a fix of stop 64 after the measure of 2621–2665: `市委市关于` (政府 lost after the committee's level) and
    // `结合医工作` (医保 cut to 医).
    'phrase-garbled:overview',
  ],
  '2634-yongde-wlj-2020.txt': ['section-heading-mismatch:overview', 'parts-sum-mismatch:overview'],
  '2635-wutongqiao-wtlyj-2020.txt': [
    // Since a fix of stop 64 after the measure of 2621–2665: the sub-heading `(二)健全规章制,` read as 规章制度 cut.
    'overview-subheading-garbled:overview',
    // Since a fix of stop 64 after the measure of 2621–2665: `各股门、` read as 股室 miswritten.
    'phrase-garbled:overview',
  ],
  '2636-yaozhou-lyj-2021.txt': ['part-count-mismatch:meta'],
  '2639-danjiangkou-fpb-2020.txt': [
    'section-heading-mismatch:overview',
    // 2621–2665: the preface printed under `一、总体工作情况` is told by the same finding as the heading's added 工作
    // (one message names both).
    // Since a fix of stop 64 after the measure of 2621–2665: the agency's profile read in the words of a 三定 (`属正乡科级行政机关`,
    // `内设…5个股室`, `行政编制9名`).
    'overview-item-off-topic:overview',
  ],
  '2640-gongzhuling-fpzx-2020.txt': [
    'report-name-garbled:meta',
    // 2621–2665: flagged at the measure under a near key (counted by meaning).
    'notice-citation-unknown:meta:broken-number',
    // 2621–2665: not written down by its gatherer; decided real: `公主岭市扶贫中心` opening the overview of the
    // 公主岭市扶贫开发服务中心's report, `开发服务` lost: counted by precedent (五常市营商环境建设局 named `五常市营商环境建设局` without 监督;
    // 2635's gatherer counted `文体旅游局`).
    'agency-name-word-lost:overview',
    // Since a fix of stop 64 after the measure of 2621–2665: a count of 稿件 run into the next words, its 篇 and mark lost.
    'count-unit-missing:overview',
    // Since a fix of stop 64 after the measure of 2621–2665: `工作能,` read as 工作能力 cut before a mark.
    'phrase-garbled:meta',
    // Since a fix of stop 64 after the measure of 2621–2665: `收关之年` read as 收官 miswritten.
    'phrase-garbled:overview',
  ],
  '2641-sanya-fpb-2020.txt': [
    // Since a fix of stop 64 after the measure of 2621–2665: `。据《中华人民共和国政府信息公开条例》` read as 根据 cut at a sentence's start.
    'phrase-garbled:overview',
  ],
  '2642-ordos-fpb-2020.txt': [
    // 2621–2665: its gatherer's one problem, also told under a near key.
    ['part-count-mismatch:meta', 'phrase-garbled:meta'],
    'section-heading-mismatch:overview',
  ],
  '2644-tongling-cgzfj-2020.txt': [
    'part-count-mismatch:meta',
    'section-heading-mismatch:overview',
    // 2621–2665: not written down by its gatherer; decided real: `现将我单位2020年度政府信息公开工作报告如下`: the name without
    // 年度 before 报告; counted by precedent (2633 and most of the 103 texts with this shape).
    'report-name-garbled:overview',
  ],
  '2645-jintai-cgzfj-2022.txt': [
    // 2621–2665: flagged at the measure under a near key (counted by meaning).
    'subheading-first-missing:overview',
    // 2621–2665: flagged at the measure under a near key (counted by meaning).
    'wrong-year-in-text:overview:2021',
    // Since a fix of stop 64 after the measure of 2621–2665: the item headed `(二)(一)主动公开` read (its numeral printed twice),
    // counting only 行政处罚257件: told under a near key, no count of information made public (counted by meaning).
    'overview-item-off-topic:overview',
  ],
  '2646-qingyang-zjj-2020.txt': [
    'report-name-garbled:meta',
    // Since a fix of stop 64 after the measure of 2621–2665: `本报告在…门户网。` read as a sentence with no verb.
    'phrase-garbled:meta',
  ],
  '2647-huoqiu-zjj-2020.txt': [
    // Since a fix of stop 64 after the measure of 2621–2665: a sentence ending on a clause that is only `县政府办公室印发的《…》`
    // (no verb) read.
    'phrase-garbled:overview',
  ],
  '2648-lufeng-tcj-2021.txt': [
    'part-count-mismatch:meta',
    'text-bracket-unclosed:meta',
    'date-characters-missing:overview',
  ],
  '2650-changjiang-swj-2019.txt': [
    'section-heading-mismatch:overview',
    'phrase-garbled:overview',
    // 2621–2665: flagged at the measure under a near key (counted by meaning).
    ['overview-areas-missing', 'proactive-count-missing:overview'],
    // 2621–2665: not written down by its gatherer; decided real: the preface lists the old regulation's parts
    // (`信息公开的收费及减免情况、复议、诉讼和申诉的情况`) in a 2019 report; counted by precedent (2174, 1409).
    'part-count-mismatch:meta',
    // Since a fix of stop 64 after the measure of 2621–2665: `特编制昌江区商务局公开年度报告`, a presented name with no year and 公开 right after the agency.
    'report-name-garbled:meta',
  ],
  '2651-huaibei-rmyy-2022.txt': [
    'statistics-period-mismatch:meta',
    // 2621–2665: its gatherer's one problem, also told under a near key.
    ['section-heading-mismatch:overview', 'section-heading-mismatch:proactive'],
    // 2621–2665: flagged at the measure under a near key (counted by meaning).
    'phrase-garbled:proactive',
    // 2621–2665: flagged at the measure under a near key (counted by meaning).
    'notice-citation-wrong:proactive:2019-60',
  ],
  '2653-guangzhou-gwj-2021.txt': [
    // 2621–2665: flagged at the measure under a near key (counted by meaning).
    [
      'section-heading-mismatch:proactive',
      'subheading-first-missing:proactive',
      'overview-areas-missing',
    ],
    // 2621–2665: not written down by its gatherer; decided real:
    // `发布政府信息2425条,其中概况类信息更新8条,政务动态信息更新1422条,信息公开目录信息更新833条`: the site's three kinds add up to 2263; counted
    // by precedent (1452, 1581, 159).
    'parts-sum-mismatch:proactive',
  ],
  '2656-puning-gaj-2020.txt': [
    'section-heading-mismatch:overview',
    // Since a fix of stop 64 after the measure of 2621–2665: `依申请情况`, `依申请行政复议` read as 公开 lost.
    'phrase-garbled:overview',
  ],
  '2659-tongren-mzw-2020.txt': [
    // 2621–2665: its gatherer's one problem, also told under a near key.
    ['proactive-count-missing:overview', 'overview-areas-missing'],
  ],
  '2660-hunjiang-wlj-2019.txt': [
    'section-heading-mismatch:overview',
    'report-name-garbled:overview',
    // 2621–2665: flagged at the measure under a near key (counted by meaning).
    'part-count-mismatch:overview',
    'date-characters-missing:overview',
    'section-heading-mismatch:proactive',
    // Since a fix of stop 64 after the measure of 2621–2665: `报告中所列数据截止日期为20191231日` under `一、总体情况`, the preface's end date with no start.
    'statistics-period-mismatch:overview',
  ],
  '2661-dongsheng-wlj-2019.txt': [
    // 2621–2665: flagged at the measure under a near key (counted by meaning).
    'wrong-year-in-text:overview:2019',
    // 2621–2665: not written down by its gatherer; decided real: `(二)信息公开管理` as the area 政府信息管理's
    // sub-heading; counted by precedent (1807's `(三)信息公开管理情况`).
    'overview-subheading-garbled:overview',
  ],
  '2662-shanwei-gaj-2021.txt': [
    'report-name-garbled:meta',
    // Since a fix of stop 64 after the measure of 2621–2665: `国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告的有关通知` in words in a 2021
    // report, the office's 2019 notice.
    'notice-citation-wrong:meta:2019-60',
  ],
  '2663-guangzhou-wglj-2019.txt': [
    'overview-item-off-topic:overview',
    // Since a fix of stop 64 after the measure of 2621–2665: a quoted list's `、政务服务”、“` read as the item's `“` lost.
    'text-stray-closer:overview',
  ],
  '2664-chongyang-wlj-2020.txt': ['phrase-garbled:meta', 'section-heading-mismatch:overview'],
  '2665-fuzhou-gaj-2022.txt': ['notice-citation-unknown:meta:broken-number'],
  '2666-siping-tiedong-cl-2019.txt': [
    'part-count-mismatch:meta',
    'statistics-period-mismatch:meta',
    'report-date-before-year-end',
    // Since a fix of stop 65 after the measure of 2666–2710 the one finding on its missing heading also says the year's work
    // summed up (`现将具体工作情况总结如下`) under its bare `概述` line (its second problem, in MISSED before; a key counts
    // once per file).
    'section-heading-mismatch:overview',
  ],
  '2667-dachuan-jxj-2019.txt': ['section-heading-mismatch:overview', 'phrase-garbled:overview'],
  '2668-minqing-gxj-2020.txt': [
    // Since a fix of stop 65 after the measure of 2666–2710: `修改原信息公开指标部分内容`, 指南 written 指标 after 信息公开.
    'phrase-garbled:overview',
    // Since a fix of stop 65 after the measure of 2666–2710: the regulation cited with a day that is none of
    // its own (`2019年4月15日国务院发布的《…条例》`).
    'notice-citation-unknown:overview:regulation-date',
  ],
  '2669-jieyang-gxj-2020.txt': [
    'section-heading-mismatch:overview',
    'report-name-garbled:overview',
    'part-count-mismatch:overview',
  ],
  '2670-yian-jxj-2021.txt': [
    // Since a fix of stop 65 after the measure of 2666–2710: `群众的知情况权`, 知情权 with a stray 况.
    'phrase-garbled:overview',
  ],
  '2671-hanjiang-rsj-2019.txt': [
    // Since a fix of stop 65 after the measure of 2666–2710: a 》 opened nowhere in a sentence begun after a stop on its line.
    'text-stray-closer:overview',
  ],
  '2672-wencheng-rsj-2020.txt': [
    // 2666–2710: flagged at the measure under a near key (counted by meaning).
    // Left at stop 65 (after the measure of 2666–2710) under its own key (section-heading-mismatch): `现将我局政府信息公开
    // 工作报告如下` under `一、总体情况` is `现将…工作(情况)报告如下`, the corpus's usual lead-in to the items, passed by the
    // gatherers of 番禺区市场监管局 2022, 根德乡 2023 and ten others (stop 49); the same reading warns them.
    'report-name-garbled:overview',
  ],
  '2673-ludian-rsj-2020.txt': [
    'proactive-count-missing:overview',
    'phrase-garbled:overview',
    // Since a fix of stop 65 after the measure of 2666–2710: `围绕全市经济社会发展主要目标` in a report led by
    // `县委、县政府`: a whole city's goals in a county body's work.
    'agency-scope-above-level:overview',
    // 2666–2710: not written down by its gatherer; decided real: `五、存在的主要问题和改进情况`: a part's heading that is
    // not the template's label (和 for 及); counted as this round's 2696 (`…改进措施`) and 2708 (`一、 总体公开情况`),
    // although its gatherer noted it as wording.
    'section-heading-mismatch:problems',
  ],
  '2675-pingqiao-fgw-2019.txt': [
    // 2666–2710: flagged at the measure under a near key (counted by meaning).
    'agency-name-place-missing',
    // 2666–2710: its gatherer's one problem, also told under a near key.
    ['proactive-count-missing:overview', 'overview-areas-missing'],
    // Since a fix of stop 65 after the measure of 2666–2710: `政府网络红页`, 网页 written 红页.
    'phrase-garbled:overview',
  ],
  '2676-dingzhou-fgj-2022.txt': [
    'section-heading-mismatch:overview',
    // 2666–2710: flagged at the measure under a near key (counted by meaning).
    'overview-areas-missing',
    // Since a fix of stop 65 after the measure of 2666–2710: the areas' 情况 closed by a colon, their text run on, none
    // numbered (`市发改局主动公开政府信息的情况:`, `依申请公开情况:`).
    'subheading-number-missing:overview',
  ],
  '2677-xiamen-fgw-2022.txt': [
    // Since a fix of stop 65 after the measure of 2666–2710: `相关文件要编制本年度报告`, 要求 cut to 要 before 编制.
    'phrase-garbled:meta',
    // Since a fix of stop 65 after the measure of 2666–2710: `经济平衡健康发展` (平稳 written 平衡) and `主要情况下:` (如 lost
    // before the colon).
    'phrase-garbled:overview',
  ],
  '2678-pishan-tjj-2023.txt': [
    // 2666–2710: flagged at the measure under a near key (counted by meaning).
    'wrong-year-in-text:overview:2022',
    'table-header-changed:t2:本年制发件数',
    // 2666–2710: not written down by its gatherer; decided real: `(三)政务信息管理情况` as the area 政府信息管理's
    // sub-heading: counted by precedent (five older files count `(三)政务信息管理`).
    'overview-subheading-garbled:overview',
    // Since a fix of stop 65 after the measure of 2666–2710: `分管领导复审查、`, 复审 with a stray 查 in the review's steps.
    'phrase-garbled:overview',
    // Since a fix of stop 65 after the measure of 2666–2710: (一) to (四) each heading an area in order, all but
    // 监督保障: it has no item of its own.
    'overview-areas-missing',
  ],
  '2680-taoyuan-tjj-2023.txt': ['section-heading-mismatch:overview'],
  '2681-yancheng-tinghu-daj-2023.txt': [
    'part-count-mismatch:meta',
    // Since a fix of stop 65 after the measure of 2666–2710: `政府信息公开栏口`, 栏目 written 栏口.
    'phrase-garbled:overview',
  ],
  '2682-tianjin-binhai-gxq-2021.txt': [
    'report-name-garbled:meta',
    'notice-citation-wrong:meta:2019-60',
  ],
  '2683-yiyang-gxkjcyy-2021.txt': [
    // Since a fix of stop 65 after the measure of 2666–2710: a `信息公开…情况` published, no 政府 and no 报告 in its name.
    'report-name-garbled:meta',
  ],
  '2684-ningbo-gxq-2019.txt': ['statistics-period-mismatch:meta', 'text-bracket-unclosed:meta'],
  '2686-heyuan-gxq-2021.txt': ['notice-citation-wrong:meta:2019-60', 'part-count-mismatch:meta'],
  '2687-dongyang-jjkfq-2019.txt': ['phrase-garbled:overview'],
  '2689-haikou-longhua-sfj-2021.txt': [
    // Since a fix of stop 65 after the measure of 2666–2710 the one finding on its missing heading also says the statistics
    // period printed under `(一)总体情况`, the overview's heading numbered as an item (its first problem, in MISSED
    // before; a key counts once per file).
    'section-heading-mismatch:overview',
    // 2666–2710: flagged at the measure under a near key (counted by meaning).
    // Since a fix of stop 65 after the measure of 2666–2710: also under its own key, `(四)、政府信息公开的收费及减免情况`
    // read as the fourth part's own heading, the parts numbered as items after `(一)总体情况`.
    [
      'section-heading-mismatch:reviewLitigation',
      'overview-item-off-topic:overview',
      'subheading-number-style-mixed:overview',
    ],
    // Since a fix of stop 65 after the measure of 2666–2710: `(二)政府信息公开情况` read as the second part's own heading,
    // the parts numbered as items after `(一)总体情况`.
    'section-heading-mismatch:proactive',
    // Since a fix of stop 65 after the measure of 2666–2710: `负责在…工作`, a stray 在 between the verb and the work
    // it takes.
    'phrase-garbled:overview',
  ],
  '2690-putian-chengxiang-sfj-2021.txt': [
    'notice-citation-wrong:meta:2019-60',
    'notice-citation-unknown:meta:broken-number',
  ],
  '2691-changde-dingcheng-sfj-2021.txt': [
    'report-name-garbled:meta',
    'section-heading-mismatch:overview',
    'part-count-mismatch:overview',
    // 2666–2710: not written down by its gatherer; decided real: `省、市政府公开工作要求`: 政府信息公开工作 with 信息 lost;
    // counted by precedent (1672's `大力宣传政府公开工作`, 1294).
    'phrase-garbled:overview',
  ],
  '2692-qijiang-scjgj-2020.txt': [
    'notice-citation-unknown:meta:title-2019-60',
    'report-name-garbled:meta',
    'part-count-mismatch:meta',
  ],
  '2693-miluo-jtysj-2022.txt': [
    'report-name-garbled:meta',
    // Since a fix of stop 65 after the measure of 2666–2710: `行政执发流程图`, 执法 written 执发.
    'phrase-garbled:overview',
  ],
  '2694-gaoan-jtysj-2022.txt': [
    // 2666–2710: flagged at the measure under a near key (counted by meaning).
    ['overview-subheading-garbled:overview', 'subheading-first-missing:overview'],
    // 2666–2710: not written down by its gatherer; decided real: `截至目前,累计公开政府信息136条`: a running total, not
    // the year's figure; counted by precedent (1499's `截至目前…累计发布`).
    'statistics-period-mismatch:overview',
    // Since a fix of stop 65 after the measure of 2666–2710: `严格《政府信息公开条例》和相关要求`, 严格 before a title with its
    // verb lost.
    'phrase-garbled:overview',
    // Since a fix of stop 65 after the measure of 2666–2710: an item of a list joined by 、 written twice in it
    // (`市政协七届一次会议委员提案1件` before and after `市人大七届二次会议…`).
    'phrase-garbled:overview',
  ],
  '2695-zhongxiang-sjj-2021.txt': ['report-name-garbled:meta'],
  '2696-ezhou-echeng-zrghj-2019.txt': [
    'report-date-after-deadline',
    'part-count-mismatch:meta',
    'date-characters-missing:meta',
    // 2666–2710: flagged at the measure under a near key (counted by meaning).
    'phrase-garbled:overview',
    // 2666–2710: its gatherer's one problem, also told under a near key.
    ['proactive-count-missing:overview', 'overview-areas-missing'],
    'section-heading-mismatch:reviewLitigation',
    'section-heading-mismatch:problems',
    // Since a fix of stop 65 after the measure of 2666–2710: the year's requests said received, the sentence closing on 申请 with no count.
    'count-number-missing:applications',
    // Since a fix of stop 65 after the measure of 2666–2710: two websites' names run together, each with its
    // own level (`区政府网市自然资源和规划局网站`), 和 or 、 lost.
    'phrase-garbled:proactive',
  ],
  '2697-qujing-qilin-zrzyj-2022.txt': [
    'agency-name-word-doubled:overview',
    'phrase-garbled:overview',
  ],
  '2698-chaoyang-zrzyj-2025.txt': [
    'report-name-garbled:meta',
    'section-heading-mismatch:overview',
    // Since a fix of stop 65 after the measure of 2666–2710: an item of a list joined by 、 written twice in it
    // (`政策法规` twice among the kinds).
    'phrase-garbled:overview',
  ],
  '2699-huangshi-xialu-sthjfj-2023.txt': [
    'notice-citation-unknown:meta:2021-60',
    // 2666–2710: flagged at the measure under a near key (counted by meaning).
    'part-count-mismatch:meta',
    // Since a fix of stop 65 after the measure of 2666–2710: `贯彻穿于` (贯彻 and 贯穿 run together) and `监督息。` (a stray 息
    // after 监督).
    'phrase-garbled:overview',
  ],
  '2701-yixing-jyj-2021.txt': ['section-heading-mismatch:overview'],
  '2703-langxi-czj-2020.txt': [
    'statistics-period-mismatch:meta',
    // 2666–2710: flagged at the measure under a near key (counted by meaning).
    'wrong-year-in-text:overview:2019',
    'region-figures-in-unit-report:overview',
  ],
  '2704-ganzhou-zhanggong-czj-2020.txt': [
    // Since a fix of stop 65 after the measure of 2666–2710: an e-mail address after the postcode's label.
    'contact-number-malformed:meta',
  ],
  '2705-anqing-czj-2020.txt': [
    'notice-citation-unknown:meta:2019-61',
    'parts-sum-mismatch:overview',
  ],
  '2706-meihekou-yjj-2025.txt': [
    // 2666–2710: flagged at the measure under a near key (counted by meaning).
    'agency-name-place-missing',
    // 2666–2710: flagged at the measure under a near key (counted by meaning).
    'section-heading-mismatch:overview',
  ],
  '2707-zhangpu-yjj-2021.txt': ['report-name-garbled:meta'],
  '2708-sanming-gzw-2021.txt': ['report-name-garbled:meta', 'section-heading-mismatch:overview'],
  '2709-tianjin-hedong-gzw-2020.txt': [
    // 2666–2710: flagged at the measure under a near key (counted by meaning).
    'overview-areas-missing',
  ],
  '2710-zaozhuang-kjj-2020.txt': ['section-heading-mismatch:overview'],
  '2712-qianjiang-gxs-2023.txt': ['report-name-garbled:meta', 'proactive-count-missing:overview'],
  '2713-rudong-gxs-2024.txt': [
    'section-heading-mismatch:overview',
    'proactive-count-missing:overview',
  ],
  '2715-zhumadian-ggzyjy-2021.txt': ['proactive-count-missing:overview'],
  '2716-dingxi-ggzyjy-2020.txt': [
    // Since a fix of stop 66 after the measure of 2711–2755: the title's name told beside the preface's
    // (`…2020年政府信息公开工作的年度报告`, a 的 put in before 年度).
    'report-name-garbled:meta',
    // 2711–2755: flagged at the measure under a near key (counted by meaning).
    'phrase-garbled:overview',
    'count-number-missing:overview',
    // 2711–2755: flagged at the measure under a near key (counted by meaning).
    'overview-areas-missing',
  ],
  '2717-miyi-ggzyjy-2020.txt': [
    'date-characters-missing:overview',
    'phrase-garbled:overview',
    'notice-citation-unknown:overview:broken-number',
  ],
  '2718-eryuan-zwfwj-2020.txt': [
    'date-characters-missing:meta',
    'text-bracket-unclosed:overview',
    // 2711–2755: flagged at the measure under a near key (counted by meaning).
    'overview-areas-missing',
    // 2711–2755: not written down by its gatherer; decided real: 表二's `采购总金额` printed `6944.93` with no unit
    // in a 2019-format table: counted by precedent (279's `153103.83`, the 元/万元 ambiguity issue 14 names).
    'procurement-unit-unstated',
    // Since a fix of stop 66 after the measure of 2711–2755: a table with values in its last row only (表二's
    // 政府集中采购), none in the rows before it, the next part's heading read after it.
    'table-printed-empty:t2:only-last-row',
    // Since a fix of stop 66 after the measure of 2711–2755: the report the preface compiles named by the agency's level with
    // its place lost and its body cut short (`编制县政务局2020年…年度报告`).
    'agency-name-word-lost:meta',
  ],
  '2720-zhangzhou-mzj-2023.txt': ['part-count-mismatch:meta'],
  '2722-langao-minzhu-2024.txt': [
    'report-name-garbled:meta',
    'proactive-count-missing:overview',
    // Since a fix of stop 66 after the measure of 2711–2755: `未收到政府信息申请公开。`, 政府信息公开申请
    // swapped closing its clause.
    'phrase-garbled:overview',
  ],
  '2723-tongbai-anpeng-2024.txt': [
    'overview-subheading-garbled:overview',
    // Since a fix of stop 66 after the measure of 2711–2755: a nameless text whose town's people's government is the subject
    // receiving the requests is the town's report, its counts said of no level.
    'government-scope-missing',
  ],
  '2724-xixian-zhengyang-2023.txt': [
    // 2711–2755: its gatherer's one problem, also told under a near key.
    ['section-heading-mismatch:overview', 'subheading-number-repeated:meta'],
  ],
  '2725-wangcang-xiang-2021.txt': [
    // 2711–2755: flagged at the measure under a near key (counted by meaning).
    'notice-title-incomplete:overview',
    // 2711–2755: flagged at the measure under a near key (counted by meaning).
    'government-scope-missing',
    'overview-subheading-garbled:overview',
    // Since a fix of stop 66 after the measure of 2711–2755: the statistics period said of the report as 文中 under the heading,
    // no preface before it.
    'section-heading-mismatch:overview',
  ],
  '2726-zhuhai-bdcdjzx-2019.txt': [
    'overview-subheading-garbled:overview',
    // Since a fix of stop 66 after the measure of 2711–2755: an item of the regulation cited as a paragraph (`条例》第三十六条第七款`:
    // 第三十六条 is one paragraph of seven items).
    'notice-citation-wrong:overview:regulation-item-as-paragraph',
  ],
  '2727-jinhua-jindong-wlj-2020.txt': ['report-name-garbled:meta'],
  '2728-luan-yuan-wlj-2020.txt': ['report-name-garbled:meta'],
  '2732-hangzhou-cgj-2023.txt': [
    'proactive-count-missing:overview',
    // Since a fix of stop 66 after the measure of 2711–2755: the report presented by its year and 年度报告 alone (`编制2023年年度报告`).
    'report-name-garbled:meta',
    // Since a fix of stop 66 after the measure of 2711–2755: (二)'s `…工作流程强化服务理念坚持柔性答复`,
    // clauses run together after a way of working (the comma lost before 强化, 坚持); (一)'s last sentence
    // without its stop before the next heading is not read (a line's end says nothing of a lost mark).
    'phrase-garbled:overview',
  ],
  '2729-gaoping-wlj-2023.txt': [
    // Since a fix of stop 66 after the measure of 2711–2755: items listed with 、 and 以及, then their total
    // said with 共…项, counted (five said six).
    'list-count-mismatch:overview',
  ],
  '2733-suqian-sucheng-cgj-2022.txt': ['report-name-garbled:meta'],
  '2735-yancheng-cgj-2023.txt': ['part-count-mismatch:meta'],
  '2736-ganzhou-ganxian-zjj-2024.txt': [
    // Since a fix of stop 66 after the measure of 2711–2755: the outcomes said as the requests' results
    // (`处理结果为:`), each an official outcome, summed against the requests received (3 of 11).
    'parts-sum-mismatch:overview',
  ],
  '2737-nantong-slj-2023.txt': ['parts-sum-mismatch:overview'],
  '2739-weifang-changle-tyjrswj-2021.txt': ['report-name-garbled:meta', 'part-count-mismatch:meta'],
  '2740-tianmen-tyjrswj-2021.txt': [
    // 2711–2755: flagged at the measure under a near key (counted by meaning).
    'agency-name-place-missing',
  ],
  '2741-qingshui-baisha-2025.txt': [
    // Since a fix of stop 66 after the measure of 2711–2755: a year before the work's words, any year (`;2024政府信息公开工作年度报告1条`
    // in the 2025 report, last year's report listed as published).
    'date-characters-missing:overview',
  ],
  '2742-zhuoni-taoyan-2025.txt': [
    'report-name-garbled:meta',
    'date-characters-missing:meta',
    // Since a fix of stop 66 after the measure of 2711–2755: (三)'s `…等关键领域,同丰富公开内容`, 同时 cut
    // to 同 opening a clause before a verb.
    'phrase-garbled:overview',
  ],
  '2743-dawukou-chaoyang-2021.txt': [
    'report-is-cover-letter',
    'report-date-after-deadline',
    'notice-citation-wrong:meta:2019-60',
  ],
  '2744-gangcha-zfb-2023.txt': ['government-scope-missing'],
  '2745-sunan-county-2023.txt': [
    'count-unit-missing:overview',
    // Since a fix of stop 66 after the measure of 2711–2755: the title printed again past the page's properties (`肃南县2023年度政府信息公开工作
    // 情况的报告` under `索引号`…`是否有效`), its name not the regulation's.
    'report-name-garbled:meta',
    // Since a fix of stop 66 after the measure of 2711–2755: `及时处理答复“网留言”`, 网民留言 with 民 lost
    // where no site's name comes before it.
    'phrase-garbled:overview',
    // Since a fix of stop 66 after the measure of 2711–2755: the county's documents cleared (`对全县各行政机关制发的行政规范性
    // 文件进行清理`) say no level of the figures, the count of those still in force later in the sentence.
    'government-scope-missing',
  ],
  '2746-xishui-ybj-2021.txt': ['phrase-garbled:overview'],
  '2748-chengzhong-cxjsj-2025.txt': [
    // 2711–2755: flagged at the measure under a near key (counted by meaning).
    'overview-areas-missing',
    // 2711–2755: flagged at the measure under a near key (counted by meaning).
    't2-valid-below-net:regulations',
  ],
  '2749-chengzhong-tjj-2024.txt': ['section-heading-mismatch:overview'],
  '2752-weixi-zjj-2025.txt': [
    // 2711–2755: flagged at the measure under a near key (counted by meaning).
    'overview-areas-missing',
    // Since a fix of stop 66 after the measure of 2711–2755: the steps of a review listed before their
    // count in 级, counted (three said four).
    'list-count-mismatch:overview',
  ],
  '2753-rudong-xzspj-2023.txt': [
    // Since a fix of stop 66 after the measure of 2711–2755: a long numbered point of 总体情况 saying no word of the
    // disclosure work (the agency's reforms) is read as off topic.
    'overview-item-off-topic:overview',
  ],
  '2754-siming-wlj-2024.txt': [
    // Since a fix of stop 66 after the measure of 2711–2755: `我局为规范政府信息公开内容,提高…时效性。`, a
    // sentence that is only its purpose (为 + aims up to its full stop, nothing done).
    'phrase-garbled:overview',
    // Since a fix of stop 66 after the measure of 2711–2755: the overview's first paragraph copying two of the preface's cited
    // titles and closing `现将落实情况报告如下`.
    'section-heading-mismatch:overview',
  ],
  '2756-longyang-yangliu-2023.txt': [
    'notice-citation-unknown:meta:broken-number',
    'date-characters-missing:meta',
    'government-scope-missing',
    // Since a fix of stop 67 after the measure of 2756–2800: `部门决 1 条`, 决算 cut to 决 before its count.
    'phrase-garbled:overview',
    // Since a fix of stop 67 after the measure of 2756–2800: a bracket closing the regulation's order or a broken
    // number none opened (`…条例》国务院令第711号)`, `〔202130号)`).
    'text-stray-closer:meta',
  ],
  '2757-cangyuan-danjia-2023.txt': ['proactive-count-missing:overview'],
  '2758-pengxi-mingfeng-2023.txt': [
    'government-scope-missing',
    'date-characters-missing:overview',
    // 2756–2800: not written down by its gatherer; decided real: `公开鸣凤镇2023年财政决算报告1条` in the 2023 report: its
    // gatherer doubted and passed it; counted by precedent (008, and four more files whose accounts of the
    // report's own year are counted).
    'wrong-year-in-text:overview:accounts-2023',
    // Since a fix of stop 67 after the measure of 2756–2800: an item of a comma-joined list of counted items written twice
    // (`2022年度法治政府建设工作情况的报告1条` before and after `…部门决算1条`), and an e-mail address run into the next
    // sentence's year (`1078994674@qq.com2023年`): both problems, one key.
    'phrase-garbled:overview',
  ],
  '2759-pingjiang-sandun-2024.txt': [
    'report-name-garbled:meta',
    'government-scope-missing',
    'other-agency-in-text:overview',
    'section-heading-mismatch:proactive',
  ],
  '2760-mayang-hepingxi-2024.txt': ['government-scope-missing'],
  '2761-yuanzhou-zhuting-2023.txt': [
    // Since a fix of stop 67 after the measure of 2756–2800: `透亮度` for 透明度, `参加权` for 参与权 among the rights.
    'phrase-garbled:overview',
  ],
  '2763-changle-wuhang-2024.txt': [
    // Since a fix of stop 67 after the measure of 2756–2800: `档案管及`, 档案馆 with 馆 written 管 (not before 理).
    'phrase-garbled:meta',
  ],
  '2765-jiaoqu-chenyaohu-2022.txt': [
    'info-word-cut:overview',
    'count-unit-missing:overview',
    // Since a fix of stop 67 after the measure of 2756–2800: the whole town as the one rated (`全镇在区政务公开测评中成绩
    // 稳定`), no items counted in its sentence, is no scope said: `陈瑶湖镇…主动公开更新信息745条` is said of no level.
    'government-scope-missing',
  ],
  '2766-qingyang-dingqiao-2022.txt': [
    'government-scope-missing',
    // Since a fix of stop 67 after the measure of 2756–2800: `按照和县委`, a preposition of basis then 和 with nothing to join.
    'phrase-garbled:overview',
    // Since a fix of stop 67 after the measure of 2756–2800: a contact field given twice, label and value the same
    // (`邮编:242807,邮箱:…,邮编:242807`).
    'phrase-garbled:meta',
  ],
  '2767-liujiang-sandu-2021.txt': ['government-scope-missing', 'phrase-garbled:overview'],
  '2768-kundulun-qianjindao-2023.txt': [
    'part-count-mismatch:meta',
    // Since a fix of stop 67 after the measure of 2756–2800: a 街道's place holding 道 (`前进道街道办事处`) read whole, so
    // `前进街道办事处` is its place short of a character.
    'agency-name-word-lost:overview',
  ],
  '2769-kundulun-shifudonglu-2025.txt': [
    // 2756–2800: flagged at the measure under a near key (counted by meaning).
    'report-name-garbled:title',
  ],
  '2770-dongsheng-tianjiao-2023.txt': [
    'date-characters-missing:meta',
    // Since a fix of stop 67 after the measure of 2756–2800: the contact block's address ending on a street's number without
    // 号 (`联系地址:东胜区体育街2`, a contact line the import lifts out of the preface), under the contact field's target.
    'phrase-garbled:contact.address',
  ],
  '2771-zhada-zfb-2023.txt': [
    'report-name-garbled:meta',
    'date-characters-missing:meta',
    'notice-citation-wrong:overview:2019-60',
    // Since a fix of stop 67 after the measure of 2756–2800: an addressee ending in 中心 before the preface
    // (`阿里地区行办网络信息中心:`), kept by the import and read as a letter's.
    'report-is-cover-letter',
  ],
  '2772-moyu-county-2025.txt': [
    'notice-citation-unknown:meta:broken-number',
    'date-characters-missing:meta',
  ],
  '2773-huocheng-county-2025.txt': [
    // Since a fix of stop 67 after the measure of 2756–2800: `报告含…六部分组成`, 含 and 由…组成 run together.
    'phrase-garbled:meta',
  ],
  '2774-tongxin-zfb-2023.txt': [
    // 2756–2800: flagged at the measure under a near key (counted by meaning).
    'notice-citation-unknown:meta:国办开办函-2021-30',
  ],
  '2775-hongqiao-district-2024.txt': [
    'report-name-garbled:meta',
    'phrase-garbled:meta',
    'proactive-count-missing:overview',
    'government-scope-missing',
  ],
  '2776-hongqiao-zfb-2024.txt': [
    'report-name-garbled:meta',
    'phrase-garbled:meta',
    'proactive-count-missing:overview',
    // Since a fix of stop 67 after the measure of 2756–2800: `(三)政府网站管理方面` at 政府信息管理's number while `(四)平台建设方面`
    // heads the platforms.
    'overview-subheading-garbled:overview',
    // Since a fix of stop 67 after the measure of 2756–2800: (四)'s text (`持续优化“企事业信息公开”专栏,新增公共交通及环`) a passage
    // of (三) copied word for word.
    'overview-item-off-topic:overview',
  ],
  '2779-zhengding-zfb-2025.txt': ['government-scope-missing'],
  '2783-tongyu-zfb-2024.txt': [
    'statistics-period-mismatch:meta',
    // Since a fix of stop 67 after the measure of 2756–2800: `定期对…人员定期开展`, the adverb said again after 对 and its object.
    'phrase-garbled:overview',
    // Since a fix of stop 67 after the measure of 2756–2800: the report presented with no year in a text with no title,
    // its agency read from the preface (`现公布通榆县人民政府办公室政府信息公开工作年度报告`).
    'report-name-garbled:meta',
  ],
  '2785-gaoqing-county-2024.txt': ['government-scope-missing'],
  '2787-qiaokou-ylj-2021.txt': [
    'date-characters-missing:overview',
    // Since a fix of stop 67 after the measure of 2756–2800: `的预结算文件`, 预决算 written 预结算 (no builder's word before it).
    'phrase-garbled:overview',
  ],
  '2788-liangxi-jgswj-2024.txt': ['overview-subheading-garbled:overview'],
  '2789-wenzhou-jgswj-2024.txt': ['report-name-garbled:meta'],
  '2790-xuancheng-tcj-2023.txt': [
    // Since a fix of stop 67 after the measure of 2756–2800: `未收到…申请信息未发生…`, two clauses of what did not happen run together.
    'phrase-garbled:overview',
    // Since a fix of stop 67 after the measure of 2756–2800: the fees rules named with their first 信息 lost
    // (`政府公开信息处理费管理办法`).
    'info-word-cut:overview',
  ],
  '2791-haizhu-tcj-2023.txt': ['overview-areas-missing'],
  '2793-chengxiang-wjj-2024.txt': ['report-name-garbled:meta'],
  '2794-mingshan-wjj-2024.txt': [
    // Since a fix of stop 67 after the measure of 2756–2800: (三)'s text a passage of the opening paragraph copied word for
    // word (counted by meaning: its gatherer's key was phrase-garbled).
    'overview-item-off-topic:overview',
    // Since a fix of stop 67 after the measure of 2756–2800: `(四)12345政务服务平台建设情况` at 平台建设's number names the
    // hotline's platform, not the disclosure's.
    'overview-subheading-garbled:overview',
  ],
  '2797-wuxing-rsj-2023.txt': [
    'part-count-mismatch:meta',
    // 2756–2800: flagged at the measure under a near key (counted by meaning).
    'phrase-garbled:overview',
  ],
  '2799-qianxinan-gxj-2023.txt': ['notice-citation-wrong:meta:2019-60'],
  '2800-tielingxian-wlgdj-2024.txt': [
    'proactive-count-missing:overview',
    // 2756–2800: not written down by its gatherer; decided real: no title, opening
    // `根据通知要求,现将2024年政府信息公开工作情况汇报如下`: its gatherer passed it under 1327's convention; counted by precedent
    // (1296, 1372 and 1547 count `现将…工作情况汇报如下` as the report written as a 汇报).
    'report-is-cover-letter',
  ],
  '2802-pukou-jyj-2024.txt': ['overview-areas-missing', 'section-heading-mismatch:proactive'],
  '2803-yandu-scjgj-2024.txt': [
    'part-count-mismatch:meta',
    // Since a fix of stop 68 after the measure of 2801–2845: a district named in the text (盐都区) run into 市场监管局
    // without its 区, read as a city (盐都市) the text does not name; in the preface and the overview.
    'agency-name-word-lost:meta',
    'agency-name-word-lost:overview',
  ],
  '2804-huanglong-zrzyj-2023.txt': [
    'overview-subheading-garbled:overview',
    // Since a fix of stop 68 after the measure of 2801–2845: `报告根据《…》要求,本报告中所列数据…`, the report's basis with no verb.
    'phrase-garbled:meta',
  ],
  '2808-fumeng-jtysj-2021.txt': [
    'report-name-garbled:meta',
    'overview-areas-missing',
    // Since a fix of stop 68 after the measure of 2801–2845: an overview of numbered points (`1.` … `4.2021年…`,
    // `“5.15”政务公开活动日`) read as counting nothing: no count of information made public.
    'proactive-count-missing:overview',
  ],
  '2809-dongxiang-jtysj-2021.txt': [
    'overview-areas-missing',
    'proactive-count-missing:overview',
    // Since a fix of stop 68 after the measure of 2801–2845: `,为安的发展` (a place cut to one character) and `作为…来抓同时根据`
    // (the stop lost), both in one finding.
    'phrase-garbled:overview',
  ],
  '2810-zhoucun-mzj-2022.txt': [
    'report-name-garbled:meta',
    // 2801–2845: flagged at the measure under a near key (counted by meaning).
    'phrase-garbled:overview',
  ],
  '2816-wenshang-guocang-2025.txt': ['template-text-left:meta', 'government-scope-missing'],
  '2817-rongcheng-datuan-2025.txt': ['government-scope-missing'],
  '2818-sucheng-longhe-2023.txt': ['government-scope-missing'],
  '2820-kaiping-shuikou-2022.txt': [
    'section-heading-mismatch:overview',
    // Since a fix of stop 68 after the measure of 2801–2845: `明确专人信息公开材料收集`, 专人 with no verb before the task.
    'phrase-garbled:overview',
  ],
  '2821-qiaokou-yijia-2024.txt': [
    // Since a fix of stop 68 after the measure of 2801–2845: `以贯彻《信息公开条例》为主线` after the preface set
    // `(以下简称《政府信息公开条例》)`: the short name the report set, cited with words dropped.
    'notice-citation-unknown:overview:regulation-name',
  ],
  '2823-weibin-zfb-2023.txt': ['text-stray-closer:meta'],
  '2824-maiji-huaniu-2025.txt': [
    'date-characters-missing:meta',
    // Since a fix of stop 68 after the measure of 2801–2845: `为促进全镇经济社会高质量发展` read as the town's
    // aim, not a scope: `我镇…发布的信息为54条` said of no level.
    'government-scope-missing',
  ],
  // Since a fix of stop 68 after the measure of 2801–2845: a city the text names (嘉峪关市) without its 市 in the name of
  // its government's website (嘉峪关人民政府网站).
  '2825-jiayuguan-xiongguan-2024.txt': ['agency-name-word-lost:overview'],
  '2826-kaiyang-nanjiang-2024.txt': [
    'notice-citation-wrong:meta:2019-60',
    'parts-sum-mismatch:overview',
    'government-scope-missing',
    // Since a fix of stop 68 after the measure of 2801–2845: `现向社会公开…2024年度政府信息公开工作情况` under the
    // heading, a preface before it: this year's work published again, the preface's act.
    'section-heading-mismatch:overview',
  ],
  '2827-shache-tagaerqi-2023.txt': ['government-scope-missing'],
  '2828-emin-kalayemule-2023.txt': [
    // Since a fix of stop 68 after the measure of 2801–2845: a nameless text read as the town's government's
    // (`2023年,喀拉也木勒镇政府认真贯彻落实`), `全镇工作动态类` read as a kind published, not a scope: its 34条
    // said of no level.
    'government-scope-missing',
  ],
  '2829-changli-ruhe-2025.txt': [
    'overview-areas-missing',
    // Since a fix of stop 68 after the measure of 2801–2845: `现将本年度政府信息公开工作报告如下:` under the heading,
    // no preface: this year's report put forward, `本年度` read as the report's year.
    'section-heading-mismatch:overview',
    // Since a fix of stop 68 after the measure of 2801–2845: a nameless text read as the town's government's
    // (`2025年,茹荷镇按照…`, `结合镇政府工作实际`): its 59条 said of no level.
    'government-scope-missing',
  ],
  '2830-erdao-balipu-2023.txt': [
    'township-scope-above-level:overview',
    // Since a fix of stop 68 after the measure of 2801–2845: a street office's preface giving its district government's
    // 政务公开办公室 as the contact (the district's preface copied).
    'other-agency-in-text:meta',
    // 2801–2845: not written down by its gatherer; decided real: `作好要点梳理`, 做好 written 作好: its gatherer did
    // not write it down; counted by precedent (1377 written down as a problem, 440 decided the same).
    'phrase-garbled:overview',
  ],
  '2835-jiayuguan-mzj-2022.txt': [
    'section-heading-mismatch:overview',
    // 2801–2845: not written down by its gatherer; decided real: `重点领域的政府信息工作`, 公开 lost: its gatherer passed
    // it as wording; counted by precedent (358, 427, 766 and 1418, the same shape counted real).
    'phrase-garbled:overview',
  ],
  '2839-jingde-kfq-2019.txt': [
    // 2801–2845: flagged at the measure under a near key (counted by meaning).
    'phrase-garbled:meta',
    'count-number-missing:overview',
    // Since a fix of stop 68 after the measure of 2801–2845: a column named in quotes listed twice running
    // after 其中 (`其中“政策法规”58条,政策法规124条`), two counts.
    'channel-count-mismatch:overview',
  ],
  '2840-lianyungang-jkq-2019.txt': ['report-date-after-deadline'],
  '2841-zhangwu-zfb-2019.txt': [
    'report-name-garbled:meta',
    'notice-citation-unknown:overview:broken-number',
    // 2801–2845: not written down by its gatherer; decided real: the whole overview (one paragraph before 二、)
    // says nothing of 监督保障 (考核, 培训, 监督): its gatherer did not write it down; counted by precedent (049, 063,
    // 1797 and 2213 write `没有监督保障的情况` down).
    'overview-areas-missing',
    // Since a fix of stop 68 after the measure of 2801–2845: the county's count in 份 (`2019年我县主动公开各类政务
    // 信息3000余份`) in its office's report.
    'region-figures-in-unit-report:overview',
  ],
  '2842-quxian-xzspj-2019.txt': [
    // 2801–2845: flagged at the measure under a near key (counted by meaning).
    'phrase-garbled:overview',
    'section-heading-mismatch:overview',
    'overview-areas-missing',
    // Since a fix of stop 68 after the measure of 2801–2845: 信息公开中心 with its 开 lost before the body's kind
    // (信息公中心).
    'agency-name-word-lost:overview',
    // Since a fix of stop 68 after the measure of 2801–2845: the preface's `现将…我县政府信息公开工作情况报告如下` printed
    // under 一、总体情况 (no preface) in a county bureau's report, the county government's words.
    'other-agency-in-text:overview',
  ],
  '2845-dongtou-sjj-2019.txt': [
    'report-date-after-deadline',
    'part-count-mismatch:meta',
    'proactive-count-missing:overview',
    // 2801–2845: not written down by its gatherer; decided real: `形成政府信息工作内部运转机制`, 公开 lost: not written down
    // by its gatherer; counted by precedent (1143's `政府信息工作领导小组`, 358, 427, 766).
    'phrase-garbled:overview',
  ],
  '2846-bachu-county-2023.txt': ['report-name-garbled:meta'],
  '2849-jiamusi-xiangyang-zfb-2023.txt': [
    'section-heading-mismatch:overview',
    // 2846–2890: not written down by its gatherer; decided real: the overview's four points are 主动公开, 依申请公开,
    // 政府信息管理 and 监督保障: no 政府信息公开平台建设; its gatherer did not write it down; counted by precedent (2854 and 2885
    // of this round write the same area missing down, as 049, 063, 1797 and 2213 did).
    'overview-areas-missing',
  ],
  '2850-dongsheng-wjw-2023.txt': ['notice-citation-wrong:meta:2019-60'],
  '2851-dongsheng-wlj-2024.txt': ['proactive-count-missing:overview'],
  '2852-linhe-wltyj-2024.txt': [
    'proactive-count-missing:overview',
    // Since a fix of stop 69 after the measure of 2846–2890: `专栏公主动公开`, 公 put again before 主动公开.
    'phrase-garbled:overview',
  ],
  '2853-zhalaite-sfj-2022.txt': [
    // 2846–2890: flagged at the measure under a near key (counted by meaning).
    'subheading-number-repeated:overview',
    'section-heading-mismatch:overview',
    // Since a fix of stop 69 after the measure of 2846–2890: `推进民政工作公开透明` in a bureau's text printed without its
    // title, the bureau read from its own channel (`新媒体(扎赉特旗司法局微信公众号)`): another line's work.
    'other-line-of-work:overview',
  ],
  '2854-datong-yungang-swj-2022.txt': [
    'overview-areas-missing',
    // Since a fix of stop 69 after the measure of 2846–2890: `改进工作风和机关形象` (作风's 作 lost after 工作) and
    // `行政性事业收费` (行政事业性收费's 性 moved), one finding.
    'phrase-garbled:overview',
  ],
  '2855-fenyang-wtj-2022.txt': [
    'report-name-garbled:meta',
    'date-characters-missing:meta',
    'section-heading-mismatch:overview',
    // 2846–2890: not written down by its gatherer; decided real: `(一)不断扩大公开范围,细化公开内容` gives rules revised and
    // no count, and the overview prints no count of items published anywhere: its gatherer did not write it
    // down; counted by precedent (2851, 2852, 2873 and 2882 of this round write the same down).
    'proactive-count-missing:overview',
  ],
  '2856-nangang-qytzj-2023.txt': [
    'notice-citation-wrong:meta:2019-60',
    // Since a fix of stop 69 after the measure of 2846–2890: `0条,期中市政务公开网` (其中 as 期中 after a count) and
    // `及时将…与群众切身相关的信息,` (将's object with no verb), one finding.
    'phrase-garbled:overview',
    // Since a fix of stop 69 after the measure of 2846–2890: `期中` after a count read as `其中`, and a whole of none not made
    // by a part of none: 0 + 360 of 0.
    'parts-sum-mismatch:overview',
  ],
  '2857-shuangyang-wglj-2023.txt': ['date-characters-missing:meta'],
  '2858-hunjiang-wjj-2025.txt': [
    'part-count-mismatch:meta',
    'statistics-period-mismatch:meta',
    // Since a fix of stop 69 after the measure of 2846–2890: `重点从“总体情况、…”…六个部分组成`, the parts made up
    // 从…组成 (由 goes there).
    'phrase-garbled:meta',
  ],
  '2859-aheqi-lcj-2021.txt': [
    'section-heading-mismatch:overview',
    // Since a fix of stop 69 after the measure of 2846–2890: `(林木采伐)631.38立方。`, a volume after a number in 立方
    // without its 米.
    'phrase-garbled:overview',
  ],
  // Since a fix of stop 69 after the measure of 2846–2890: `及时推动工作动态、相关文件、政策`, 推送 written 推动
  // before the news closed by a mark.
  '2860-sanya-jiyang-wjw-2020.txt': ['phrase-garbled:overview'],
  '2861-yian-xuba-2021.txt': [
    'date-characters-missing:meta',
    'phrase-garbled:overview',
    // 2846–2890: not written down by its gatherer; decided real: the preface's part `收到和处理信息公开申请情况`, 政府 lost:
    // its gatherer passed it as a part name changed; counted by precedent (stop 38 read 088, 528 and 601
    // real, each written down by its gatherer; 528 is the same 义安区's report).
    'phrase-garbled:meta',
    // Since a fix of stop 69 after the measure of 2846–2890: the report's name as the subject of the sentence listing its
    // parts (`…人民政府2021年度信息公开工作年度报告全文包括…`), 政府 lost.
    'report-name-garbled:meta',
    // Since a fix of stop 69 after the measure of 2846–2890: `截至目前,全年累计发布信息369条`, the year's count said to date.
    'statistics-period-mismatch:overview',
    // Since a fix of stop 69 after the measure of 2846–2890: the whole town's units as the reach of the disclosure
    // network built (`覆盖全乡各业务部门`) no longer read as the figures' scope.
    'government-scope-missing',
  ],
  '2862-guichi-wusha-2022.txt': [
    'phrase-garbled:overview',
    'government-scope-missing',
    // Since a fix of stop 69 after the measure of 2846–2890: the columns the whole spans (`涉及…等53个栏目`) between the whole
    // and `其中` read past: 22 kinds adding to 285 of 379.
    'parts-sum-mismatch:overview',
  ],
  '2865-sanyuan-zhongcun-2025.txt': ['government-scope-missing'],
  '2866-yuanzhou-zhanlang-2021.txt': ['notice-citation-unknown:meta:title-2021-30'],
  '2867-yuanjiang-yangluozhou-2021.txt': [
    'report-name-garbled:meta',
    'phrase-garbled:overview',
    // 2846–2890: not written down by its gatherer; decided real: the finding tells
    // `《沅江市人民政府办公室关于2021年政府信息公开工作年度报告通知》`, 的 lost before 通知 (a notice's title is `关于…的通知`), not its
    // gatherer's problem (no full stop after the report's name, which stays missed); its gatherer passed the
    // title as not checkable (`原名无从核对`), as 1268's did; decided real: the title's form lacks 的 whatever its
    // original words.
    // Since a fix of stop 69 after the measure of 2846–2890: also `现向社会公布…年度报告全文包括…` (the stop
    // lost after the report's name), told in the same finding (`同一部分共 2 处`).
    'phrase-garbled:meta',
  ],
  '2868-rongan-dapo-2024.txt': [
    'section-heading-mismatch:overview',
    'government-scope-missing',
    // Since a fix of stop 69 after the measure of 2846–2890: a channel's information in 篇 after kinds in 条, taking the parts
    // past the whole (41条 + 293篇 of 162条).
    'parts-sum-mismatch:overview',
  ],
  '2869-tengchong-diantan-2023.txt': ['government-scope-missing'],
  '2870-kaizhou-yihe-2023.txt': [
    'notice-citation-wrong:meta:2019-60',
    'parts-sum-mismatch:overview',
    'government-scope-missing',
  ],
  '2871-wansheng-guanba-2023.txt': ['government-scope-missing'],
  '2872-qianjiang-pengdong-2024.txt': [
    // Since a fix of stop 69 after the measure of 2846–2890: `…或提起行政诉` at a line's end before
    // `(三)…`, 行政诉讼 cut with its sentence.
    'phrase-garbled:overview',
  ],
  '2873-kundulun-aerding-2024.txt': [
    // Since a fix of stop 69 after the measure of 2846–2890: `…精神和历次重要讲话精神`, speeches with no speaker.
    'phrase-garbled:overview',
    // Since a fix of stop 69 after the measure of 2846–2890: matters listed on a government service platform
    // (`政务服务管理平台发布事项76项`) read as no count of information made public.
    'proactive-count-missing:overview',
  ],
  '2875-xingqing-yuhuangge-2022.txt': [
    // Since a fix of stop 69 after the measure of 2846–2890: `未接收到…行政诉讼案件处理情况`, an account of handling
    // said received.
    'phrase-garbled:overview',
    // Since a fix of stop 69 after the measure of 2846–2890: a 街道's place whose own name ends in 街 read whole
    // (`玉皇阁北街街道办事处`), so `玉皇北街街道办事处` is its place short of a character.
    'agency-name-word-lost:overview',
  ],
  '2877-suqian-slj-2024.txt': [
    // Since a fix of stop 69 after the measure of 2846–2890: a point headed on publicity (`形成宣传矩阵`) whose paragraph
    // builds the news work (`新闻宣传工作`, `新闻阵地`) read as off the topic of disclosure.
    'overview-item-off-topic:overview',
  ],
  '2879-ezhou-wlj-2021.txt': [
    'part-count-mismatch:meta',
    'notice-citation-unknown:meta:title-2021-30',
    'notice-citation-unknown:overview:broken-number',
    'agency-name-word-lost:overview',
    // Since a fix of stop 69 after the measure of 2846–2890: `回应群众需求微信公众号全年发布…`, the stop lost before
    // the channel's sentence.
    'phrase-garbled:overview',
  ],
  '2880-changchun-wjw-2024.txt': [
    'date-characters-missing:meta',
    'text-stray-closer:meta',
    // 2846–2890: not written down by its gatherer; decided real:
    // `委官方网站公开发布信息244条,其中发布1条概况类信息,35条政务动态信息,29条信息公开目录信息`: the website's three kinds of the 政府网站 statistics
    // add up to 65, not 244; its gatherer did not write it down; counted by precedent (2653, 1452, 1581,
    // 159).
    'parts-sum-mismatch:overview',
    // Since a fix of stop 69 after the measure of 2846–2890: `妥善处置市长公开电话诉求件办理`, 办理 after 处置's object.
    'phrase-garbled:overview',
    // Since a fix of stop 69 after the measure of 2846–2890: a quoted site's name ending on 网站 run into the next
    // quotation (`“政府信息公开网站“市卫生健康委”版块`), its `”` lost.
    'text-bracket-unclosed:meta',
  ],
  '2881-jining-wjw-2024.txt': [
    'notice-citation-unknown:meta:broken-number',
    'date-characters-missing:meta',
    'text-bracket-unclosed:meta',
    'date-characters-missing:overview',
    // Since a fix of stop 69 after the measure of 2846–2890: a bare count after a kind counted with its unit in a comma
    // list after 其中 (`部门文件5条,政策解读13,`).
    'count-unit-missing:overview',
  ],
  '2882-guangzhou-sfj-2021.txt': [
    // Since a fix of stop 69 after the measure of 2846–2890: news reports carried by the press (`媒体刊发、播出新闻报道600余
    // 篇次`) read as no count of information made public.
    'proactive-count-missing:overview',
    // Since a fix of stop 69 after the measure of 2846–2890: `…政府规章及进行行政规范性文件的统一发布`, 及 before a
    // verb.
    'phrase-garbled:overview',
  ],
  '2884-liuzhi-mugang-2019.txt': [
    ['proactive-count-missing:overview', 'overview-areas-missing'],
    // 2846–2890: its gatherer's one problem, also told under a near key.
    ['t2-regulations-by-township', 't2-made-unpublished:regulations'],
    // Since a fix of stop 69 after the measure of 2846–2890: `认真贯彻落实政府信息各项措施`, 公开 lost before the
    // measures.
    'phrase-garbled:overview',
  ],
  '2885-tongzhou-xinhua-2019.txt': [
    'overview-areas-missing',
    // Since a fix of stop 69 after the measure of 2846–2890: `重点领域202条、开财政预算决算2条` (a stray 开 opening a
    // count's item) and `当事人收到并满意收到的公开答复` (收到 twice), both in one finding.
    'phrase-garbled:overview',
    // Since a fix of stop 69 after the measure of 2846–2890: a row the format lacks read in 表二 (`行政确认 |` and a
    // whole row's values after 其他对外管理服务事项's, left with no row to go to).
    'table-header-changed:t2',
  ],
  '2886-nanzhang-wjj-2019.txt': [
    'report-date-after-deadline',
    'date-characters-missing:meta',
    'part-count-mismatch:meta',
    // Since a fix of stop 69 after the measure of 2846–2890: `负责全系统政务公开日查工作`, 日常 written 日查; flagged
    // under a near key (counted by meaning): the import reads the whole text into the preface (the heading
    // `1. 总体情况` is not read as the overview's).
    'phrase-garbled:meta',
    // Since a fix of stop 69 after the measure of 2846–2890: no heading read and the line `1. 总体情况` in the text,
    // the overview's heading numbered in figures.
    'section-heading-mismatch:overview',
  ],
  '2888-yuyang-tuofenglu-2020.txt': [
    // 2846–2890: flagged at the measure under a near key (counted by meaning).
    'report-name-garbled:title',
    ['proactive-count-missing:overview', 'overview-areas-missing'],
    // Since a fix of stop 69 after the measure of 2846–2890 (f118 and f119 alike): 表三's first row set off by two
    // empty lines (the header's last cell empty) read as 舟山's, its total alone (` 0`) after the empty lines of six
    // cells read into 总计, the other cells of the rows printed blank.
    'table-cells-printed-blank:t3',
  ],
  '2889-ganxian-datian-2020.txt': [
    // 2846–2890: flagged at the measure under a near key (counted by meaning).
    'contact-number-malformed:meta',
    'section-heading-mismatch:overview',
    // 2846–2890: flagged at the measure under a near key (counted by meaning).
    'township-scope-above-level:overview',
    // 2846–2890: flagged at the measure under a near key (counted by meaning).
    'wrong-year-in-text:overview:2019',
  ],
  '2890-pingyang-scjgj-2020.txt': [
    'report-name-garbled:meta',
    'date-characters-missing:overview',
    'phrase-garbled:overview',
    'parts-sum-mismatch:overview',
  ],
  '2891-hainan-yjj-2022.txt': [
    'report-name-garbled:meta',
    'text-bracket-unclosed:meta',
    'subheading-number-missing:overview',
    // Since a fix of stop 70 after the measure of 2891–2935: a clause opening on 化 before a verb (`,化运用…`), the
    // verb's head lost.
    'phrase-garbled:overview',
  ],
  '2892-fujian-jyglj-2023.txt': [
    'report-name-garbled:meta',
    'section-heading-mismatch:overview',
    'count-unit-missing:overview',
    // Since a fix of stop 70 after the measure of 2891–2935: `一` before a verb after a stop (`。一通过…`), 是
    // lost.
    'phrase-garbled:overview',
  ],
  '2893-yunnan-lcj-2020.txt': [
    // 2891–2935: not written down by its gatherer; decided real: the preface's part `收到和处理政府信息申请情况`, 公开 lost:
    // its gatherer passed it; counted by precedent (2908 of this round writes the same part down, as 1052 and
    // 1058).
    'phrase-garbled:meta',
  ],
  '2895-chongqing-gzw-2022.txt': ['report-name-garbled:meta'],
  '2897-guangdong-lyj-2024.txt': [
    // Since a fix of stop 70 after the measure of 2891–2935: `一是决策公开方面,…。执行公开方面,…`, a point of the
    // five openings (决策、执行、管理、服务、结果公开) at a sentence's start with its ordinal lost after one numbered.
    'subheading-number-missing:overview',
  ],
  '2899-chongqing-ybj-2020.txt': ['part-count-mismatch:meta'],
  '2900-xinjiang-lcj-2021.txt': [
    'notice-citation-unknown:overview:broken-number',
    // Since a fix of stop 70 after the measure of 2891–2935: the title's `自治区林业和草原局` under the page's banner
    // `新疆维吾尔自治区林业和草原局`, the region's name lost in the title (the import takes the banner's name).
    'agency-name-place-missing:title',
  ],
  '2901-jianshi-lyj-2023.txt': ['proactive-count-missing:overview'],
  '2902-acheng-hqfwzx-2021.txt': ['proactive-count-missing:overview'],
  '2903-hantai-lyj-2024.txt': ['overview-areas-missing'],
  '2904-dongliao-gxs-2019.txt': [
    'date-characters-missing:meta',
    'section-heading-mismatch:overview',
    'section-heading-mismatch:proactive',
    // 2891–2935: not written down by its gatherer; decided real: the 2019 report's 三 printed with the old
    // regulation's heading `三、依申请公开政府信息情况和不予公开政府信息情况`: its gatherer passed it as an old-format name; counted
    // by precedent (358's 2019 `三、政府信息依申请公开办理情况`, 274's old headings).
    'section-heading-mismatch:applications',
    // 2891–2935: not written down by its gatherer; decided real: its 四 `四、政府信息公开申请行政复议、提起行政诉讼的情况`, the old
    // regulation's heading: counted by the same precedent (274).
    'section-heading-mismatch:reviewLitigation',
    // 2891–2935: not written down by its gatherer; decided real: its 五 `五、政府信息公开工作存在的主要问题及改进情况`, words added
    // to the template's heading: counted by precedent (2673's `…和改进情况`, 2696).
    'section-heading-mismatch:problems',
  ],
  '2907-putuo-tyjrj-2021.txt': [
    'proactive-count-missing:overview',
    // Since a fix of stop 70 after the measure of 2891–2935: `本报告所列举的统计数据自…至…止` (the report's 统计数据
    // between its dates) and `如对本报告存有异议,请联系…` under `一、总体情况`, no preface before it.
    'section-heading-mismatch:overview',
  ],
  '2906-xicheng-yjj-2021.txt': [
    // Since a fix of stop 70 after the measure of 2891–2935: a paragraph under `2.主动公开` with no word of
    // the disclosure that counts the line work (`参加检查人员468244人,…投保企业8921家,保费1901.6万元`) read.
    'overview-item-off-topic:overview',
  ],
  '2908-baoshan-tyjrj-2024.txt': ['phrase-garbled:meta'],
  '2909-nankai-tyj-2021.txt': [['proactive-count-missing:overview', 'overview-areas-missing']],
  '2910-jiangbei-ghzrzyj-2022.txt': ['phrase-garbled:overview'],
  '2911-liangping-ghzrzyj-2022.txt': [
    // Since a fix of stop 70 after the measure of 2891–2935: applications carried over counted as
    // `政府信息公开数量`, 申请 lost.
    'phrase-garbled:overview',
  ],
  '2912-kaizhou-ybj-2020.txt': [
    'report-name-garbled:meta',
    'text-bracket-unclosed:meta',
    'part-count-mismatch:meta',
    'section-heading-mismatch:overview',
    // Since a fix of stop 70 after the measure of 2891–2935: `《中华人民共和国政府信息工勘工作年度报告格式(试行)》`, the
    // format's name as long as its own with one word written wrong (工勘 for 公开), its end kept.
    'notice-citation-unknown:meta:title-2019-60',
  ],
  '2913-beibei-zstzj-2019.txt': [
    ['proactive-count-missing:overview', 'overview-areas-missing'],
    // Since a fix of stop 70 after the measure of 2891–2935: information sent to two bodies or more in one
    // paragraph (`向市招商投资促进局报送…信息,向区府办报送招商专报…`) read as the reporting of 政务信息.
    'overview-item-off-topic:overview',
  ],
  '2914-banan-zstzj-2024.txt': [
    'report-name-garbled:meta',
    // Since a fix of stop 70 after the measure of 2891–2935: `2024年,巴南区招商投资全面落实…`, the agency as the
    // sentence's subject with the end of its name (促进局) lost before a verb phrase.
    'agency-name-word-lost:overview',
  ],
  '2915-nanan-mzzjw-2023.txt': [
    // Since a fix of stop 70 after the measure of 2891–2935: `落实…工作及时公开…`, two clauses run together.
    'phrase-garbled:overview',
  ],
  '2916-dongcheng-jiaodaokou-2019.txt': [
    'date-characters-missing:overview',
    // Since a fix of stop 70 after the measure of 2891–2935: `共受理…申请均…`, the count lost after 共.
    'phrase-garbled:overview',
  ],
  '2917-pudong-caolu-2024.txt': [
    // 2891–2935: not written down by its gatherer; decided real: `本年度报告是根据…相关要求,对浦东新区曹路镇政府信息公开工作年度总体情况进行综述。`:
    // 是 with no `…的` saying what the report is; its gatherer passed it; counted by precedent (stop 60's f82
    // reading, 酉阳 2020's `本报告是根据…,认真总结上年度政府信息公开工作情况。` written down by its gatherer).
    'phrase-garbled:meta',
  ],
  '2918-songjiang-maogang-2025.txt': ['government-scope-missing'],
  '2919-wanzhou-dazhou-2025.txt': ['government-scope-missing'],
  '2920-qijiang-ganshui-2021.txt': ['government-scope-missing'],
  '2921-guiyang-gxq-2023.txt': ['notice-citation-wrong:meta:2019-60'],
  '2922-benxi-gxq-2023.txt': [
    // Since a fix of stop 70 after the measure of 2891–2935: two bare names and counts, a sentence of their own after the
    // whole's (`1387条。其中,政府网站419条;政务新媒体958条`), read as its split.
    'parts-sum-mismatch:overview',
  ],
  '2925-tianjin-baoshuiqu-2024.txt': ['report-name-garbled:meta'],
  '2926-wenchanghu-lyj-2020.txt': [
    'report-name-garbled:meta',
    'notice-citation-unknown:meta:title-2019-60',
    'overview-areas-missing',
    'section-heading-mismatch:proactive',
    // Since a fix of stop 70 after the measure of 2891–2935: `,于提高…` opening a clause, 有利 lost.
    'phrase-garbled:overview',
  ],
  '2927-suining-jkq-2021.txt': [
    // Since a fix of stop 70 after the measure of 2891–2935: the whole read past a remark on its share of a target after it
    // (`977条,超额完成全年目标任务40%。其中包括…其他信息145条`).
    'parts-sum-mismatch:overview',
  ],
  '2930-yiwu-zfb-2020.txt': [
    // 2891–2935: not written down by its gatherer; decided real: the preface's parts
    // `2020年度总体情况、…、存在的主要问题和改进情况等` leave out 其他需要报告的事项 (等 closing a list of five): its gatherer passed it;
    // counted by precedent (2899 of this round writes the same list down).
    'part-count-mismatch:meta',
  ],
  '2931-daye-zrzyghj-2023.txt': [
    'phrase-garbled:overview',
    // Since a fix of stop 70 after the measure of 2891–2935: kinds in commas, the last the rest said with a total's word and
    // larger than they (`…行政处罚59条,其他类累计信息共计 844 条`), told as a doubt: total or rest.
    'parts-sum-mismatch:overview',
  ],
  '2933-guangdong-yzglj-2023.txt': [
    // Since a fix of stop 70 after the measure of 2891–2935: 部分 written 部份 outside a quoted name.
    'phrase-garbled:overview',
  ],
  // Since a fix of stop 70 after the measure of 2891–2935: `国家税务局广州市白云区税务局`, the national body's name
  // short of 总 before the bureau's whole rest, the text naming it whole elsewhere.
  '2934-baiyun-sw-2021.txt': ['agency-name-word-lost:meta'],
};
const EXPECTED: Readonly<Record<string, readonly (string | readonly string[])[]>> = merged(
  [EXPECTED_WRITTEN, EXPECTED_MEASURED],
  [
    ...[...OVERVIEW_AREAS_WRITTEN, ...OVERVIEW_AREAS_READ].map(
      (name) => [name, 'overview-areas-missing'] as const,
    ),
    ...PREFACE_UNDER_HEADING_DECIDED.map(
      (name) => [name, 'section-heading-mismatch:overview'] as const,
    ),
    ...GOVERNMENT_SCOPE_DECIDED.map((name) => [name, 'government-scope-missing'] as const),
    ...LOST_UNIT_WRITTEN_AS_SLIP.map((name) => [name, 'count-unit-missing:overview'] as const),
    ...PROACTIVE_UNCOUNTED_READ.map((name) => [name, 'proactive-count-missing:overview'] as const),
    ...PLACELESS_AGENCY_WRITTEN_AS_SLIP.map((name) => [name, 'agency-name-place-missing'] as const),
    ...BRACKET_UNCLOSED_WRITTEN_AS_SLIP.map(
      (name) => [name, 'text-bracket-unclosed:meta'] as const,
    ),
    ...REPORT_NAME_SHORT_WRITTEN,
    ...REPORT_NAME_SHORT_DECIDED,
    ...PARTS_ETC_SHORT_DECIDED,
    ...HEADER_LABEL_SHORT_WRITTEN_AS_SLIP,
    ...TITLE_FORM_DECIDED,
  ],
);

/**
 * Real problems a reviewer sees in these texts that no check flags yet (by file, in words).
 * The bar of issue 14: at least 9 of 10 visible problems flagged.
 */
const MISSED: Readonly<Record<string, readonly string[]>> = {
  // 079–093: what no check flags yet (the problems of their expected.json, in short): 081's
  // `(四)政府信息平台建设` flagged since the lead's decision at stop 37 (EXPECTED_MEASURED).
  // 014–023, whole pages held out: what no check flags yet.
  // A website's category counts (`公开类别主要涉及政策规范性文件信息2条、…`) are items filed under a
  // column, not 表二's documents: of the 14 such counts in the pages, 6 differ from 表二 (004
  // `政策、规范性文件类信息68条` against 89, 016 1 against 0, 021 1 against 22, 022 80 against 77,
  // 025 `政策规范性文件类信息5条` against 9 — the same words as here, written down as no problem — and
  // this one): a claim read from them would give five false warnings for one problem.
  '015-pingtan-jtjsj-2020.html': ['“政策规范性文件信息2条”，表二规范性文件本年新公开 3 件'],
  // 032–047, whole pages measured once: what no check flags.
  '033-pingtan-lywtj-2020.html': [
    '二里说“行政许可事项由原来的29项精简合并为22项”，表二行政许可却印上一年项目数量15、本年增/减11',
  ],
  // Below EQUAL_DECISIONS_MIN: 3 decisions on 3 new items is too likely to be true to warn about
  // (the engineer who wrote it down doubted it too).
  '040-pingtan-htpq-2019.html': [
    '表二“其他对外管理服务事项”0 / +3 / 处理决定3：处理决定数量恰等于项目数',
  ],
  // 149–163, the ninth held-out measure: what no check flagged (measured once).
  // 164–178, the tenth held-out measure: what no check flagged (measured once).
  // 056–068, whole pages measured once: what no check flagged.
  '062-pingtan-jspq-2019.html': [
    '表二规范性文件本年新制作9件、本年新公开9件，而总体情况说全年主动公开的“行政法规、规章和规范性文件类信息1条”：新公开的规范性文件件数与主动公开的分类条数对不上',
  ],
  // 179–193 and 069–078: all flagged since fixes made after their measures.
  // 194–208 (measured once): all flagged since fixes after it (202's notice with 年度报告有关 lost since a
  // fix of stop 38 after the measure of 1079–1108).
  // 209–223 (measured once): what no check flagged.
  // 224–238 and 239–253 (measured once): what no check flagged.
  // 254–268 and 269–283 (measured once): what no check flagged.
  // 259's `全文包括主动公开、依申请公开、政府信息管理…等方面` flagged since a fix of stop 34 after the
  // measure of 644–673 (EXPECTED_MEASURED).
  // By channel the same information may be counted twice (website and 公告栏): 58 of 58 + 133 is
  // no sum a general rule can judge.
  '270-xiping-lumiao-2021.txt': ['主动公开58条，又说网站58条、公告栏133条'],
  '276-gongxian-bureau-2020.txt': [
    '“二、主动公开政府信息情况”之下是空的',
    '“三、收到和处理政府信息公开申请情况”之下是空的',
    '“四、…行政复议、行政诉讼情况”之下是空的',
  ],
  '279-hechuan-erlang-2019.txt': ['规范性文件本年新制作19件、新公开1件'],
  // 284–298 and 299–313 (measured once): what no check flagged.
  '291-guizhou-jgswj-2020.txt': ['“411条，其中”三项相加407'],
  '298-baisha-county-2023.txt': ['标题“(二)主动公开政府信息的情况”'],
  '300-qinan-xingguo-2025.txt': ['“其中”前没有总条数'],
  // The import failed at the measure (no heading, no table's row); imported since a fix after it.
  '305-jilin-jkq-shsyj-2023.txt': ['局说编的是管委会办公室的报告'],
  // 314–328 and 329–343 (measured once): what no check flagged.
  // 324's `全文包括主动公开、…、监督保障…等方面` flagged since a fix of stop 34 after the measure of
  // 644–673 (EXPECTED_MEASURED).
  '336-donghu-hsc-2023.txt': [
    '“二、主动公开政府信息情况”标题下是空的：表二没有填',
    '“三、收到和处理政府信息公开申请情况”标题下是空的：表三没有填',
  ],
  // 344–358 and 359–373 (measured once): what no check flagged.
  '345-dexing-wancun-2023.txt': [
    '“(一)主动公开情况”下第一句“是围绕经济社会发展和人民群众关注关切…”：丢了“一”（应为“一是”）',
  ],
  '347-xuanzhou-huangdu-2024.txt': [
    '“(二)依申请公开”只写了制度和“未收到因政府信息公开申请行政复议、提起行政诉讼的情况”：没有说本年收到和处理政府信息公',
  ],
  '350-fuzhou-wb-2025.txt': [
    '序言所列六部分不用规定的名称：“主动公开信息情况”“依申请公开办理情况”“行政复议与行政诉讼情况”“存在的主要问题及改进',
  ],
  '351-jianshui-miandian-2025.txt': [
    '总体情况说把政府信息公开作为“推进法治政府建设、提升司法行政效能的重要抓手”：司法行政是司法局的职能，不是镇政府的工作，',
  ],
  '359-huining-gxj-2021.txt': [
    '“(二)主动公开政府信息的类别”所列政策法规5条、部门文件4条、规划计划1条、预算决策1条、涉企优惠政策5条、政策解读5',
    '“政务公开工作要点落实情况”说2021年按《国务院办公厅关于印发当前政府信息公开重点工作安排的通知》开展：那是多年前的旧',
  ],
  // 374–403 (measured at once, on 62174aa): what no check flagged at the measure (in short).
  '381-shengsi-fgj-2020.txt': [
    '序言说“本报告内容由政府信息公开进展情况、重点领域信息公开情况、存在的问题及下步打算等多部分组成”：这是旧式年报的栏目，不是年报的六个部…',
  ],
  '386-qingpu-xujing-2024.txt': [
    '序言所列组成“主动公开政府信息情况、依申请公开政府信息情况、政府信息公开类行政复议和行政诉讼情况、存在的主要问题和改进措施、其他需要汇报…',
  ],
  '390-zzgx-gtghzjj-2022.txt': [
    '序言所列六部分的名称与规定不符：第五部分写作“政府信息公开工作存在的主要问题”（缺“及改进情况”），第六部分写作“其他需要说明的事项”（…',
  ],
  '396-yueyang-xfj-2021.txt': [
    '表二之后直接接表三（“(本列数据的勾稽关系为:”），缺第三部分标题“三、收到和处理政府信息公开申请情况”',
  ],
  '398-gulin-czj-2021.txt': [
    '主动公开“累计公开政府信息106条”（网站103条＋3条＝106），按内容所列1＋7＋1＋4＋59＋31＝103条，少3条，与106不符',
  ],
  '402-yanliang-wlj-2020.txt': [
    '标题称“西安市阎良区文化旅游局”，正文称“阎良区文化和旅游体育局”“区文化和旅游体育局”：机关名称前后不一',
  ],
  '403-zhenan-muwang-2023.txt': [
    '“(一)主动公开政务信息情况”列的“八项重点公开内容”含“计划生育政策，包括计生奖励和计外生育费的征收、管理和使用情况”等多年前的内容，…',
  ],
  // 404–433 (held out, measured once on a63e63c after every fix): what no check flagged at the measure (in short).
  // 404's first problem (`2019年,全县共主动公开信息数529条`) flagged since a fix of stop 32.
  '404-lixin-wangtuan-2019.txt': [
    '镇的年报自称“我县”：“2019年,我县按照省、市、县要求,扎实开展政府网站集约化工作,大力推进政府网站平台建设”，与本机关不符',
  ],
  '406-kunming-jkq-zshzj-2020.txt': [
    '标题中的机关名称“中国(云南)自贸易区昆明片区”缺字：应为“中国(云南)自由贸易试验区昆明片区”',
  ],
  '407-liubei-bailu-jd-2021.txt': [
    '总体情况的小标题沿用旧条例年报的写法：“(一)政府信息公开工作机构和人员设置情况”“(二)建立健全政府信息公开工作制度情况”“(三)政府…',
  ],
  '422-liaoning-nynct-2020.txt': [
    '总体情况把省政府的专项行动写作“重实干、强执行、抓执行”：应为“重实干、强执行、抓落实”',
  ],
  '425-baishan-jiangyuan-zsj-2019.txt': [
    '页面是江源区政务服务和数字化建设管理局的年度报告，正文却以“我区”自称，写“现将我区2019年度政府信息公开工作情况报告予以公开”：是区…',
    '“一、总体情况”下先用“1.”“2.”“3.”“4.”，“3.”之下再用“(一)”“(二)”“(三)”：序号层级颠倒（“(一)”应在“1…',
  ],
  '428-wulanhaote-zfb-2021.txt': [
    '序言只说“现报告我办2021年度政务公开工作情况”：报告没有称作“政府信息公开工作年度报告”，写成了“政务公开工作情况”',
  ],
  // 434–463 (measured at once on 399d57f): every problem missed at the measure is flagged since
  // the fixes after it.
  // 464–493 (held out, measured once on 342ba19): what no check flagged at the measure (in short):
  // 478's one problem flagged since a fix of stop 32.
  // 494–523 (measured at once on 4a6e9c5): every problem missed at the measure is flagged since
  // the fixes after it (507's was flagged by meaning at the measure).
  // 524–538 (held out, measured once on 96679f7): not flagged at the measure.
  // 539–553 (held out, measured once on 96679f7): not flagged at the measure. 547's late
  // publication is flagged since a fix of stop 33 (EXPECTED_MEASURED).
  // 554–583 (measured at once on 8231866, before any fix of stop 33).
  '554-hubei-sheng-2019.txt': [
    '标题下日期行“2019-07-07 19:35 湖北省人民政府网”：2019年度报告的日期在本年度结束之前（无“发布时间”字样，reportDate不取）',
  ],
  // A kind listed twice with two counts: no rule parts it from 390's `办理配租配售公告2件、…、办理配租
  // 配售公告1件`, written down by its gatherer as a slip (its list, too, makes its whole).
  '557-changjiang-2019.txt': [
    '“规划计划类信息134条”和“规划计划类信息162条”：同一类别列了两次，数字不同',
  ],
  '562-tonggu-bm-2021.txt': [
    '总体情况只写公开工作的思路和主动公开26条，没有依申请公开、政府信息管理、平台建设、监督保障的情况',
  ],
  '572-nanning-jkq-2021.txt': [
    '总体情况“认真落实党自治区和南宁市关于全面推进政务公开工作的有关部署”：“党中央、自治区”丢了字',
  ],
  // 573 and 575: excerpts of 2,000 characters cut before any figure (573 tells its channels, 575 its
  // kinds of information, no count): what they report is not yet given, and the text cut may say it
  // further on. GOVERNMENT_SCOPE_DECIDED counts a government's cut text once it gives figures;
  // flagging these means judging every government's excerpt cut before its figures.
  '573-lingshui-2019.txt': [
    '县政府的报告（“我县2019年政府信息公开工作…”）未说明所报是县政府本级还是全县的',
  ],
  '575-huangpu-2019.txt': ['区政府的报告（“2019年,黄浦区坚持…”）未说明所报是区政府本级还是全区的'],
  '581-chongchuan-sjj-2025.txt': [
    '总体情况（三）政府信息管理情况写的是依申请公开办理流程（“依申请公开工作严格落实‘接收—登记—审核—办理—答复—归档’全流程工作机制…”），不是政府信息管理',
  ],
  // 584–613 (held out, measured once on bbaa2b4, every fix of stop 33 merged).
  '591-datong-qxj-2023.txt': [
    '总体情况说“不断加大信息公开力度，及时公开有关政府信息”，没有给出主动公开的条数',
  ],
  '607-yuzhong-dsjj-2024.txt': ['标题后直接“一、总体情况”，没有序言：未写编制依据、统计期限'],
  '612-zunyi-daying-2023.txt': ['序言没有写统计期限'],
  // 614–643 (measured at once on 04c502b, before any fix of stop 34): missed at the measure.
  '619-rongcheng-yinzi-2022.txt': [
    '（四）平台建设写“荣成成山”新媒体账号，是成山镇的账号，不是本镇（本镇为“和谐荫子”）',
  ],
  '622-shijiazhuang-changan-2024.txt': [
    '区人民政府的报告，总体情况的主语写成“石家庄市长安区人民政府办公室”，与报告机关不一致',
  ],
  // Not fixed by f1 (stop 34): its title is not in the excerpt, so the agency is unknown (read as a
  // department); inferring a county government from `结合舒城县人民政府信息公开工作有关统计数据撰写`
  // is wording only it has, and inferring it from a 人民政府办公室 contact would judge the 200-odd
  // nameless texts (departments too give their government's office).
  '634-shucheng-county-2023.txt': [
    '县政府的报告给出涉企信息169条、意见征集35条、重大项目信息197条等数字，未说明是县本级还是全县的数据',
  ],
  '638-jinan-zfb-2024.txt': [
    '依申请226件先写“我办受理”，后写“全区受理的226件申请件”，同一数字主体前后不一，无法判断是区政府办公室本机关还是全区的数据；主动公开也写“我区共主动公开1127条”',
  ],
  // 644–673 (held out, measured once on the merged code of stop 34, keys read by meaning): missed at the measure.
  // Left after a fix of stop 34 after the measure of 644–673: the overview is judged whole (its
  // `二、主动公开政府信息情况` read), but its words touch both areas (`通过沅江市人民政府网站主动及时
  // 公开信息`: a platform; `方便群众办事和监督`). Judging by the sub-headings instead (three, the last
  // `(三)政府信息管理情况`, the areas after it headed nowhere) would warn on more than a hundred
  // overviews of the corpus whose area sub-headings stop before 监督保障 (025, 041, 061, 085, …).
  '647-yuanjiang-huangmaozhou-2021.txt': [
    '总体情况只写了信息公开基本情况、依申请公开、政府信息管理三项，缺平台建设、监督保障（及工作考核、社会评议和责任追究）',
  ],
  '656-dingan-longhe-2020.txt': [
    // Left after a fix of stop 34 after the measure of 644–673: `信息内容 | 本年新 | 本年新 | 对外公开
    // 总数量` is printed by ten 2019-format pages of the corpus (035, 057, 074, 117, 133, 205, 223,
    // 263, 303, 330), whose gatherers read it as the page's cell wrap lost (263, 303, 330: 不算; 205,
    // 223 as a slip); a rule would warn on all ten for this one.
    '表二第二十条第（一）项表头“本年新制作数量”“本年新公开数量”都印成“本年新”，两列无法区分',
  ],
  // 674–718 (held out, measured once on 8bd79e5 with the importer fix for 711): missed at the measure.
  // Left after a fix of stop 35 after the measure of 674–718: nameless, read as a government's by
  // nothing but `现发布《石家庄市栾城区2023年政府信息公开工作年度报告》`; and once read so, its `全区各乡镇、区
  // 政府各部门也通过多种途径和形式公开政务信息` names the region's units beside the count, which the
  // corpus's rule takes for a scope (as `全区…`, `各部门` in every government's text it silences): told
  // apart from a scope only by the sentence's sense.
  '680-luancheng-district-2023.txt': [
    '区政府报告写“通过区政府信息公开平台公开了…各类政策信息898条”“全年通过区政府信息公开平台累计公开(更新)各类政府信息3100余条”，未说明是区政府本级还是全区（其中仅“区政府文件36件”是本级）',
  ],
  // 719–748 (held out, measured once on f3e5567, the fixes of 674–718 merged): missed at the measure.
  '723-changchun-xinqu-scjg-2020.txt': [
    '表二（第二十条第(一)项）表头“本年新制作数量”印成“本年新”',
    '表二（第二十条第(一)项）表头“本年新公开数量”印成“本年新”（两列同名，无法分辨）',
    // Since a fix of stop 35 after the measure of 719–748: left, the text ends two lines below
    // (`二、上年结转政府信息公开申请数量`, cut): a table of one row printed blank and no value, which a
    // cut copy cannot tell from a table printed empty (`table-printed-empty` wants two rows).
    '表三“一、本年新收政府信息公开申请数量”一行七格全部空着',
  ],
  '747-hengnan-zfb-2022.txt': [
    '“深入贯彻落实省、州关于政务信息公开工作要求”：衡南县属衡阳市，“州”不对，应为“省、市”',
  ],
  // 749–778 (held out, measured once on 1b19e26, after every fix of 674–748): missed at the measure.
  // Left since a fix of stop 35 after the measure of 749–778: a sub-heading on 政务公开 over a bureau's
  // own legal work (立法, 合法性审查, 行政复议, 仲裁) whose paragraph still ends on some disclosure (`在网站
  // 公开我局对…建议会办工作的意见。及时公开综合监管和检查执法相关信息`): no sub-heading of the corpus on
  // 政务公开 or 信息公开 has a paragraph of 80 characters without 公开, and telling how much of one is
  // off the topic needs the meaning, not a rule from words.
  '760-xianning-sfj-2020.txt': [
    '总体情况（一）“围绕建设法治政府全面推进政务公开”下写的是立法、合法性审查、规范性文件备案审查、行政复议、行政应诉、仲裁等司法行政业务，不是政府信息公开工作',
  ],
  '767-changbai-changbaizhen-2020.txt': [
    '总体情况说“长白镇人民政府累计主动公开政府信息60余条”，表二后一行却说政府信息公开发布总数量为0：前后不一',
  ],
  // Left since a fix of stop 35 after the measure of 749–778: 776's 表二 is plain lines, each label on
  // its own line with nothing after it (`规章` / `0` / `行政规范性文件` / `第二十条第(五)项` / …), no `|`
  // to show an empty cell was printed: the import cannot tell cells printed blank from values a copy
  // lost (723's and 675's rows print their empty cells as `|`), and reading bare label lines as blank
  // would say so of every plain copy that lost a table's numbers.
  '776-ewenke-mw-2024.txt': [
    '表二印出了规章、行政规范性文件、行政许可、行政处罚、行政强制、行政事业性收费各行，除规章一格印“0”外其余格子全空（应填0或数字）',
  ],
  '777-alxa-bayanmuren-2024.txt': [
    '主动公开一段写“2024年阿拉善高新技术产业开发区门户网站46条”：缺谓语和宾语（如“公开信息”），句子残缺',
  ],
  // 809–838 (measured at once on 414aa53): missed at the measure.
  '828-dazu-wb-2022.txt': [
    // Left since a fix of stop 36 after the measure of 809–838: 8% + 41% + 17% × 3 is 100%, 41% the
    // largest share cut so the list adds up (the 尾差 put on the largest item; largest remainders give
    // it too, four shares tied at .67 for three points). shares.ts passes it on purpose (`addsToWhole`,
    // its unit test `real: 大足区外事办 2022`, the sentence W-DAZU2022 with no flag): a practice, not a
    // slip. Flagging it would only take undoing that exemption, which no other corpus text needs.
    '主动公开12条中“其他公文5条,占41%”：5÷12＝41.7%，应为42%（同段1条占8%、2条占17%均四舍五入）',
  ],
  // 839–868 (measured at once on f9766a8): missed at the measure.
  '850-derong-wsjkj-2019.txt': [
    // Left since a fix of stop 36 after the measure of 839–868 (表二's blanks now flagged): 表三's row
    // is six lone `|` lines, a cell a line, then `0 |`, blanks before the row's first value, the shape
    // of 杨凌区统计局 2023's (004) 表三, where the import reads them as a column the copy may have lost;
    // flagging it would flag 004's every row.
    // Left missed at stop 54 (after the measure of 2126–2170): the same bars are read as printed blank
    // since, in two rows alike at least (1638, 2139); this excerpt is cut after its first row, and
    // one row is 004's first rows' shape too, whose table then prints a row of eight bars alone.
    '表三“一、本年新收政府信息公开申请数量”一行自然人及法人或其他组织各栏空着，只有总计填0',
  ],
  // 869–898 (measured at once on d610da1): missed at the measure.
  // Left after a fix of stop 36 after the measure of 869–898: 878's overview is one paragraph with no
  // item and no word of 主动公开 (`overview-areas-missing` says it). Saying no count of an overview
  // with no item and no count in any part would warn 28 corpus files anew whose gatherers wrote no
  // such problem (019 雄县, 213 西藏审计厅, 269 上街区, 534 海南工信厅, 723 长春新区市场监管局 …: overviews
  // telling the work, the count in 表二), with items left out 44.
  '878-haizhu-jiangnanzhong-2020.txt': ['总体情况没有写全年主动公开政府信息的数量'],
  // 899–928 (measured at once on 3dc1197): missed at the measure.
  // Left after a fix of stop 37 after the measure of 899–928: `(四)政务信息公开平台建设情况` (926) is
  // the area named in other words (政务 for 政府, as 162's `(四)政务信息公开平台建设`, written down as a
  // slip `按以往不计`): wording, not a character lost. (924's `(四)政府信息平台建设`, 公开 lost, is flagged
  // since the lead's decision at stop 37, with the 12 texts of the corpus that write it.)
  '926-wuchang-zrzyj-2024.txt': [
    '总体情况小标题“(四)政务信息公开平台建设情况”：“政府信息公开平台建设”写成了“政务信息公开平台建设”',
  ],
  // 929–958 (measured at once on cedb0ad): missed at the measure.
  '931-hukou-dalong-2025.txt': [
    '序言联系方式写“请联系湖口县大垅集镇”：机关名称写成“大垅集镇”（应为大垅乡人民政府或其党政办），不是本机关的名称',
  ],
  '933-jiayu-panjiawan-2020.txt': [
    '序言“根据《中华人民共和国政府信息公开条例》、《政府信息公开条例》、…”：同一部条例以全称和简称重复引用',
  ],
  // 937's title naming no agency: `agency-name-missing` is of the form (`incomplete`, not judged on an
  // imported text), and a bare title `2021年政府信息公开工作年度报告` is read a slip in 007, 582, 768, 788
  // and 811, whose agencies are told only in their texts as 937's is (`三亚市海棠区政务微信平台`,
  // `我区`): no line tells 937 from them.
  '937-sanya-haitang-2021.txt': ['标题只有“2021年政府信息公开工作年度报告”，没有机关名称'],
  '942-pengyang-county-2022.txt': [
    // Left after a fix of stop 37 after the measure of 929–958: 频 for 节 is neither a look-alike nor a
    // sound-alike (a cross of 频率 and 节奏); the corpus has no other 时度效 nor 频奏, so no rule but a
    // list of this one word would flag it.
    '“把握好信息发布的时度效和频奏点”：“频奏点”不成词，应为“节奏点”',
  ],
  '947-cuiping-jxkjj-2021.txt': [
    '2021年度报告的序言写“本报告除规章对外公开总数量、规范性文件对外公开总数量两个项目外”，沿用2019年格式的栏目，2021年格式表二已无“对外公开总数量”（改为现行有效件数）',
    '“2021年我局区政府门户网站和省政府信息网站依申请公开信息0条”：语句残缺（缺“在…收到”），且把申请数写成“信息0条”',
  ],
  // 959–988 (measured at once on 8ea7536): missed at the measure.
  // 961's overview without 依申请公开 and 监督保障, 970's 表二 captions without 第 and 974's
  // `政府信息管理2023年,…` flagged since a fix of stop 37 (EXPECTED_MEASURED).
  '973-gaotai-xuanhua-2020.txt': [
    '总体情况首段印了两遍：第一遍到“市场监管、文”中断，紧接着“2020年,宣化镇根据全县统一部署…”从头重复，文字重复',
  ],
  '977-qiandongnan-xwb-2024.txt': [
    '总体情况“一是认真做好重大主题宣传”“二是精心组织策划专题宣传”“三是持续做好对外宣传”写的是新闻宣传工作，不是政府信息公开工作（主动公开、依申请公开等）',
  ],
  // 989–1018 (measured at once on 0643596): missed at the measure.
  '1005-xian-xczxj-2023.txt': [
    '总体情况“主动公开”之下写的是报送全球减贫案例、交流基地、微视频作品，鄠邑区、灞桥区入选典型案例，推出各区县典型经验、在省局简报刊发和会上交流发言：是乡村振兴业务的成绩，不是主动公开政府信息的情况',
  ],
  // 1013's `及时公开旗政府常务会议常务会议4次` was written down from the page, but the stored excerpt
  // stops before it (`…其中工作动态类信息7950条,政务公开`): taken out of its problems (stop 37, the
  // lead), not visible in the text measured; `wordTwice` flags the sentence (a unit test holds it).
  '1016-tongyu-county-2021.txt': [
    '“新《条例》要求及省、市政府信息相关公开文件精神”：词序错乱（应为“政府信息公开相关文件”）',
  ],
  '995-xiping-leizu-2021.txt': ['“由镇要领导牵头”：“主要领导”缺“主”字'],
  '998-fengquan-luwangfen-2021.txt': [
    '“一是按时工作动态、办事指南等事项”：缺动词（应为“按时公开/发布工作动态…”）',
    '“严格落实国家秘密法”：法律名称缺字（应为《保守国家秘密法》）',
  ],
  // Texts 1019–1048 (held-out measure of stop 38): missed at the measure.
  '1019-xiaoshan-shushan-2024.txt': [
    '序言的联系电话“0570-82363069”：0570是衢州的区号，萧山区应为0571，联系方式有误',
  ],
  // Left after a fix of stop 38 after the measure of 1019–1048: its `我镇主动公开的政府信息共134条`
  // lists `村务公开42条` among its parts, the villages' own information counted, which the corpus
  // decided says the town's figures hold its 村 (立岗镇 2022's `其中包括村务公开238条`, 胡乐镇 2023's
  // `村(社区)栏目199条`): flagging it would warn those too. Its title not read, it is not even read as a
  // town's report (`请与我镇人民政府办公室联系` only).
  '1028-yuanzhou-shuijiang-2024.txt': [
    '镇的报告写“我镇主动公开的政府信息共134条”，未说明是镇本级还是全镇的数据',
  ],
  '1038-tongliang-zfjg-2021.txt': [
    '报告机关写作“重庆市铜梁区人民政府机关”（标题、序言、总体情况三处）：不是一个行政机关的名称，是区人民政府还是区人民政府办公室的报告不明（2022年同一栏目的报告为“重庆市铜梁区人民政府办公室”，918）',
  ],
  '1044-shahe-sthjfj-2023.txt': [
    '总体情况(三)“结合我分局实际，制定本方案印发了《邢台市生态环境局沙河市分局 政务公开工作的实施方案》的通知”：语句残缺，“制定本方案”是照搬方案原文',
  ],
  // Texts 1049–1078 (held-out measure of stop 38): missed at the measure.
  '1059-huzhu-zwfwzx-2020.txt': [
    '总体情况两处写“政务服务中心人民政府”：政务服务中心不是人民政府，机关名称写错',
    '总体情况(二)写“本月受理市政府门户网站“市长信箱”33件”：年度报告里写“本月”，是照搬月报，统计期限不明',
  ],
  '1062-zhangjiachuan-swj-2019.txt': [
    '总体情况(三)“《张家川县商务局)政府信息公开指南》”：书名号内多一个右括号',
  ],
  // Left after a fix of stop 38 after the measure of 1049–1078: no safe rule. The body was renamed in the
  // year (its own text: `根据自治区相对集中行政许可权改革要求…梳理公布我局行政许可36项`, the 2021 reform that
  // gave the 政务服务局 the 行政审批 work), so its 2020 report may well be titled `鄂尔多斯市政务服务局`; a
  // name with a middle word lost in a citation of the agency's own earlier report is also the shape of
  // every merger's rename (`旅游局` → `文化和旅游局`, `政务服务管理局` → `政务服务和数据管理局`).
  '1070-ordos-xzspj-2021.txt': [
    '总体情况(一)称上一年度报告为“《鄂尔多斯市政务服务局2020年政府信息公开工作年度报告》”：机关名称缺“行政审批和”，与本机关全称“鄂尔多斯市行政审批和政务服务局”不符',
  ],
  '1072-shahekou-district-2020.txt': [
    '总体情况完整印出（其后即“二、主动公开政府信息情况”），只写主动公开、依申请公开和制度建设（审核发布、绩效考核、人员），没有政府信息公开平台建设，也没有监督保障中的社会评议和责任追究情况',
  ],
  // Texts 1079–1108 (held-out measure of stop 38): missed at the measure.
  '1092-dayao-county-2021.txt': [
    '依申请公开写“不予公开1件(无法提供,属于党务信息,建议申请人向县委有关部门咨询)”：“不予公开”与“无法提供”是表三不同的办理结果，同一件写成两类，口径不清',
  ],
  '1099-qinglong-czj-2022.txt': [
    // Left after a fix of stop 38 after the measure of 1079–1108: no safe rule. The text never names
    // itself (a 我局 of no name), and a county 财政局 telling the county's budget disclosure it leads is
    // the corpus's own reading elsewhere: 舒城县财政局 2022 (559), `97家预算部门(含乡镇、开发区)全年共
    // 公开预决算及“三公”经费信息388条`, not written down as a problem; a rule would warn it too.
    '总体情况写全县的预算公开：“全县所有预算部门统一集中在县政府门户网站…公开”“县本级预算按要求公开了…政府预算报告和预算草案”“我县除1家涉密单位外的79个预算部门(含乡镇)全部完成了部门预算公开”，是全县的数字和工作，不是本局的政府信息公开',
  ],
  // 1109–1138 (held out, measured once on 176a3f3): missed at the measure.
  // 1110's `约89条` left after stop 39: 355 (`共发布信息约1543条`), 467 (`主动公开各类政府信息约297条`),
  // 475 and 804 write 约 before a count too, none of them written down as a problem, and `80余条`, as
  // approximate, is everywhere: no rule tells the slip from the usage.
  '1110-qinhuai-honghua-2024.txt': [
    '总体情况(一)“主动公开政府信息约89条,“红花新貌”发布约780条”：本年主动公开的数量写成约数，应写确数',
  ],
  // 1126's three headings with nothing under them left after stop 39: the store's copies of 201
  // (浑南区 2022, `二、`/`三、`/`四、` on three lines in a row, then `五、`), 162, 183, 268, 276, 336, 363
  // and 447 print the same, their tables lost by the copy: no text tells a table never published
  // from one the copy dropped. Its missing count of 主动公开 is left too: its overview names no area
  // (`overview-areas-missing` says it), and `proactive-count-missing` reads a 主动公开 item.
  '1126-dzxq-lkzzj-2022.txt': [
    '“二、主动公开政府信息情况”标题下是空的：表二没有填',
    '“三、收到和处理政府信息公开申请情况”标题下是空的：表三没有填',
    '“四、政府信息公开行政复议、行政诉讼情况”标题下是空的：表四没有填',
    '总体情况没有写主动公开政府信息的数量',
  ],
  // 1139–1168 (held out, measured once on e8efbfe): missed at the measure.
  // Left after stop 39 (f5): `政务公开(工作)年度报告` is decided a usual short form of the name, silent
  // (checks.test.ts, the measures of 149–163 and 224–253: `现将我局2024年政务公开工作年度报告如下`);
  // flagging 1150's would flag those, the same words. The lead kept the earlier decision.
  '1150-fuxian-zhangjiawan-2020.txt': [
    '序言“现将2020年政务公开年度报告及工作有关情况报告如下”：报告名称写成“政务公开年度报告”（应为“政府信息公开工作年度报告”）',
  ],
  // Since a fix of stop 54 after the measure of 2171–2215: 1157's preface quoted whole told at its
  // opening quote (text-bracket-unclosed, EXPECTED_MEASURED).
  '1161-tongzhou-zhangjiawan-2021.txt': [
    // Left after a fix of stop 39 after the measure of 1139–1168: an overview printed whole, told in
    // numbered items none on 主动公开, with no count, was tried (`proactive-count-missing`) and warned
    // ten more texts the gatherers let pass (048, 066, 084, 118, 999, 001_0230…, and the pages 014, 040,
    // 042, 062 of 平潭): many give the count in 表二 only; no line parts 1161 from them.
    '总体情况完整印出，没有写主动公开政府信息的数量（只说“扎实推进主动公开和依申请公开”）',
    // Left after the same fix: 1161 names `网站建设`, `新媒体` (宣传部's duties) and `“公开前审查+公开后
    // 监督”的闭环管理机制`, the words `overview-areas-missing` takes for 平台建设 and 监督保障; narrowing
    // them to duties and a review's 监督 would be a rule from this one text.
    '总体情况完整印出（其后即“二、主动公开政府信息情况”），只写了组织领导和工作机制、分工与信息管理，没有平台建设、监督保障',
  ],
  // 1169–1198 (held out, measured once on 079c3a5): missed at the measure.
  '1174-chaisang-nyncj-2021.txt': [
    '总体情况首句“2021年柴桑区农业农村局省、市、区政务公开工作要求,紧紧围绕…”：缺动词（应为“按照/落实省、市、区政务公开工作要求”），语句不通',
  ],
  '1178-dadukou-kjj-2020.txt': [
    '总体情况“全年通过主动公开政府信息63条”：“通过”后缺了渠道（如“通过政府门户网站”），语句不通',
  ],
  '1182-tongren-jyj-2020.txt': [
    '序言（“根据《条例》和…通知要求，2020年度…”）印在“一、总体情况”之下',
  ],
  '1185-jiaohe-wulin-2019.txt': [
    '总体情况在“(一)狠抓工作落实”之前有一段以“工作组织保障。”起头的小标题，没有编号',
  ],
  '1187-langao-lyj-2020.txt': ['“行政处罚服及执法工作规范信息资料”：多了一个“服”字'],
  '1188-jiayuguan-yjj-2021.txt': [
    '“依法自决定形成20个工作日内主动向社会公开”：缺字，应为“自信息形成或者变更之日起20个工作日内”',
  ],
  '1190-huade-lcj-2021.txt': [
    // Read after a fix of stop 39 after the measure of 1169–1198: the check does say its areas
    // (`overview-areas-missing`, on the imported report), but the measure (src/testing/corpus-issues.ts)
    // judges no areas of an overview holding a part's heading of the report's own (`二、林草业生产工作
    // 完成情况`, 223's precedent), so it stays here.
    '“一、总体情况”完整印出（下接“二、”），只有一段泛泛之谈，没有依申请公开、政府信息管理等方面的内容',
    // Left after the same fix: one paragraph, no item and no word of 主动公开: 878's shape, left for
    // the 28 corpus texts it would warn anew (the count in 表二).
    '总体情况没有写主动公开政府信息的数量',
  ],
  // 1199–1228 (held out, measured once on 4a86266): missed at the measure.
  // Left after a fix of stop 40 after the measure of 1199–1258 (and 1229's below): an overview whole, one
  // paragraph, no item, no word of 主动公开 and no count at all is 878's shape; the corpus holds 11 more
  // (003, 019, 185, 279, 311, 360, 363, 723, 839, 1126, 213) whose gatherers wrote it as the areas
  // missing (`overview-areas-missing`, flagged on all), none as a count left out: nothing in the texts
  // tells them apart from 1202's and 1229's, so a rule would warn them anew.
  '1202-zhoushan-zwfwb-2020.txt': [
    '总体情况没有写主动公开政府信息的数量（全段无任何条数）',
    // Since a fix of stop 54 after the measure of 2126–2170: 表三's runs of empty lines between each
    // row's label and its total read as cells printed blank (table-cells-printed-blank).
  ],
  // Left after a fix of stop 40 after the measure of 1199–1258: the excerpt names no agency, and nothing
  // in it reads as a government's report by the rules used for nameless texts (no `现公布喀左县…年度
  // 报告`, no `我县`); its `县政府办公室收到依申请公开9件` reads as an office's own count.
  '1225-kazuo-county-2025.txt': [
    '县人民政府的报告写“县政府网站共发布信息3000余条”““中国喀左”微信公众号发布信息750余条”“县政府办公室收到依申请公开9件”等数字，没有说明是县政府本级还是全县',
  ],
  '1226-changbai-malugou-2023.txt': [
    '“（三）…一是继续加强专栏建设”下把（二）的“保障政府网站及政务新媒体平台发布信息的权威性、及时性、准确性、严肃性和安全性”误粘进句首，与“公开栏有专人管理”连成一句，句子不通',
  ],
  // 1229–1258 (held out, measured once on 4a86266): missed at the measure.
  '1229-guangdong-whlyt-2019.txt': ['总体情况整段可见，却没有主动公开政府信息的数量（多少条）'],
  '1236-fuliang-2023.txt': [
    // Not flagged (stop 40, after the measure of 1199–1258): the corpus writes 申请件 as a noun before
    // its count (580's `我区共受理政府信息公开申请件455件`, 059's `其中自然人申请件12件`, 198's `网络申请件
    // 18件`, html 006's `共收到…政府信息公开申请件2件`), as it writes 办件, 交办件 and 依申请公开件; this
    // one is worded as those are.
    '“共受理政府信息公开申请件14件”多一“件”',
  ],
  '1240-shaanxi-bgt-2019.txt': [
    '总体情况首段“认真落实党中央、国务院关于政府信息公开工作的决策部署新修订的《政府信息公开条例》”：“决策部署”与“新修订的”之间缺字（应为“决策部署和新修订的《条例》”之类），句子不通',
  ],
  // Left after a fix of stop 40 after the measure of 1199–1258 (its second problem): the excerpt
  // names no agency (`现将沙依巴克区人民政府2019年…报告如下` is not yet read as the government's), and its
  // `政府本级有信息公开指南…` and `全区128家单位预决算408条` say 本级 and 全区 of the portal's sections.
  '1243-shayibake-district-2019.txt': [
    '区政府的报告写“全年政府网站共发布信息1050条”“2019年沙依巴克区无依申请公开的政府信息”：未说明是区政府本级还是全区的数字',
  ],
  // Left after a fix of stop 40 after the measure of 1199–1258 (its scope): `2021年,全县收到政…` says the
  // whole county of the requests; reading a region's word said of requests alone as no scope of the
  // published count would newly warn 22 corpus texts (`全县共收到…申请`: 031, 080, 109, 266, 494…),
  // each to be read and decided.
  '1246-shanyang-county-2021.txt': [
    '县政府的报告写“全年主动公开信息1816条”（又说“结合办公室实际”）：未说明是县政府本级（或办公室）还是全县的数字',
  ],
  // 1259–1273 (held out, measured once on 6887f3f): missed at the measure.
  '1268-yuanjiang-yangluozhou-2022.txt': [
    '序言写“主要是告知公民、法人和其他组织如何获取本单位主动公开的相关信息、如何依申请获取政府没有公开或不宜公开的信息…年报将随着政府公开信息的更新和变化随之作出调整说明”：这是政府信息公开指南的说明，照搬进了年度报告',
  ],
  '1269-hongjiang-guihuayuan-2022.txt': [
    '总体情况“认真贯彻落实《条例》《通知》”：《通知》没有说明是哪一个文件，前文未出现全称',
  ],
  // Left after a fix of stop 40 after the measure of 1259–1273: `公开街办事处` is the agency's own
  // word (1272 names itself `易家街办事处` four times; 392, the same agency's 2019, writes `易家街依规
  // 公开街办事处机关职能`, not noted by its gatherer): a rule on 街办事处 after a verb would warn 392 for
  // that usage. `《信息公开条例》` is exempt as a short form (`REGULATION_SHORT_NAMES`): 273's and 392's
  // gatherers wrote it as a slip of style, 1107's judged it no problem (`是简称，不计`); saying it
  // would warn 273, 392 and 1107. Decided (lead, stop 40): a short form, as those three gatherers judged.
  '1272-qiaokou-yijia-2021.txt': [
    '“易家街道依规公开街办事处机关简介”：机关名称“街道办事处”缺“道”',
    '总体情况“以贯彻《信息公开条例》为契机”：条例名称缺“政府”（应为《政府信息公开条例》）',
  ],
  // 1274–1288 (held out, measured once on bae01df): missed at the measure.
  '1277-tonghai-hexi-2023.txt': [
    '总体情况完整印出（其后即“二、主动公开政府信息情况”），(五)监督保障只写接受监督、规范指南：人民政府的报告没有写工作考核、社会评议和责任追究',
  ],
  '1286-linhe-shuguang-2022.txt': [
    '序言“按照市委办、市政府办《中华人民共和国政府信息公开条例》规定《国务院办公厅……的通知》”：条例不是市委办、市政府办的文件，句子残缺（漏了所依据的市里文件或多了“市委办、市政府办”）',
  ],
  // 1289–1303 (held out, measured once on db63649): missed at the measure.
  // Left after a fix of stop 41 after the measure of 1289–1318: `现将…工作情况汇报如下` is the corpus's
  // wording, not a name: 861's gatherer judged `现将阳高县人民政府2020年政府信息公开工作情况汇报如下` 属措辞,
  // 836's `现将2024年度政务公开工作情况汇报如下` 属文字 (and 1227's `…工作汇报如下`, 607's `汇报口吻`):
  // a rule on it would warn 861 against its gatherer.
  '1296-qinbei-changtan-2022.txt': [
    '序言“2022年在区委区政府的正确领导下,在镇党委政府的具体指导中,认真做好政府信息公开工作,进一步扩大公开范围,细化公开内容等措施”：句子缺主语（我镇），“细化公开内容等措施”前缺“通过/采取”，不成句',
    // Since a fix of stop 55 after the measure of 2216–2260: the untitled text's `现将…工作情况汇报如下` read (report-is-cover-letter).
  ],
  // Left after a fix of stop 41 after the measure of 1289–1318: a title's `…年度…年度报告` is not
  // counted by the corpus (881's gatherer: `标题“2020年度…工作年度报告”“年度”两次，语料对此不计`).
  '1300-ningguo-wlj-2023.txt': [
    '正文标题“宁国市文旅局2023年度政府信息公开 工作年度报告”：“年度”重复（“2023年度……年度报告”），与页面标题“宁国市文化和旅游局2023年政府信息公开工作年度报告”不一致',
  ],
  // 1301's scope: its list holds `村务公开264条`, the villages' own information counted, which the
  // corpus decided at stop 33 says the town's figures hold its 村 (立岗镇 2022, 胡乐镇 2023); read
  // otherwise, 062's, 347's, 420's and 548's lists of the same shape (their gatherers wrote nothing)
  // warn too. Left for a decision on all of them (1028's gatherer wrote the same shape down).
  '1301-zhangshu-zhongzhou-2024.txt': [
    '乡政府的报告写“我乡累计主动公开政府信息463条”（含村务公开264条），未说明是乡本级还是全乡的数据',
  ],
  // 1304–1318 (held out, measured once on db63649): missed at the measure.
  '1304-dingzhou-zhuanlu-2020.txt': [
    '总体情况“2020年度,砖路镇定州市人民政府官方网站公开信息39条”：“砖路镇”后缺“在”或“通过”，句子残缺',
  ],
  '1305-keyouqianqi-suolun-2019.txt': [
    '总体情况“同时我镇政府信息办网站信息公开工作要求、工作标准和网站维护技术规范,严格执行……”：前半句缺谓语（如“按照”“制定了”），“政府信息办网站”亦不通，句子残缺',
  ],
  '1307-meihekou-xinghua-2024.txt': [
    '总体情况“累计主动公开政府信息424条,具体包括”政府网站42条、微信公众号212条、公告栏与宣传册（未给条数）：所给分项合计254条，与424条相差170条，第三项没有数字，分项与总数对不上',
  ],
  // Left after a fix of stop 41 after the measure of 1289–1318: the old part name `依申请公开政府信息情况`
  // in a list of six is not counted by the corpus (1251's gatherer, the same list in a 2021 report:
  // `部分名称用简称…不计`; 747, 1188, 339, 1063 the same).
  '1311-cangzhou-wjw-2023.txt': [
    '序言所列组成“依申请公开政府信息情况”是旧式年报的栏目名，第三部分应为“收到和处理政府信息公开申请情况”（第四部分亦应为“政府信息公开行政复议、行政诉讼情况”）',
  ],
  // 1319–1333 (held out, measured once on 7cd4a52, every fix of the stop): missed at the measure.
  // Left missed after the measure (f8): `转结` is a variant the corpus and SPEC §4 read as `结转` (phrase-slips'
  // CORRECT_WORDS; 067, 110, 417, 424, 514 write it, their gatherers a slip, not counted); flagging it would
  // warn those five.
  '1325-hejiang-fawangsi-2023.txt': ['总体情况“2022年未转结政府信息公开申请”：“结转”误作“转结”'],
  '1331-baoshan-sthjj-2024.txt': [
    '序言“报告包括总体情况行政机关主动公开政府信息情况、……申请情况因政府信息公开工作被申请行政复议和行政诉讼情况”：两处部分名之间缺顿号，连成一串',
  ],
  // 1349–1378 (held out, measured once on fe3d6f7): missed at the measure.
  '1354-mengcheng-xczxj-2023.txt': [
    '总体情况“完成网站第三方测评、县政务公开工作提示及上级督查发现问题”：句子缺了“整改”一类的动词，“完成……问题”不成话',
  ],
  '1367-gangu-swj-2021.txt': [
    '概述（其后即“二、主动公开政府信息的情况”，整段可见）没有写本年主动公开了多少条信息，只说“主动向社会进行了公开”',
  ],
  '1368-pingchuan-nyncj-2025.txt': [
    '序言“现发布《白银市平川区农业农村局2025年度政府信息公开工作年度报告》”：“年度”重复（应为“2025年政府信息公开工作年度报告”，与标题一致）',
  ],
  // Left after a fix of stop 42 after the measure of 1349–1378: `现将…工作情况汇报如下` is the corpus's
  // wording, not a name (left so for 1296 at stop 41: 861's and 836's gatherers called it a slip).
  '1372-urumqi-xinshi-2020.txt': [
    '序言“现将2020年政府信息公开工作情况汇报如下”：报告写成“工作情况汇报”，不是“政府信息公开工作年度报告”',
  ],
  // 1334–1348 (held out, measured once on 062a789): missed at the measure.
  '1336-lufeng-nantang-2025.txt': [
    '总体情况（其后即“二、主动公开政府信息情况”，完整）五项都有，但镇政府没有写工作考核、社会评议和责任追究结果情况',
  ],
  // 1346's third problem as its gatherer wrote it, `发布日期（成文日期）2024-02-08：晚于1月31日的公布期限`, is
  // none: 天涯区人民政府 is a 县级 government, whose deadline is 3月31日 (条例第五十条); taken out at stop 42.
  // 1379–1393 (held out, measured once on f8a2769): missed at the measure.
  '1392-xifeng-tjj-2020.txt': [
    // Not read after the fix of stop 44: the channels (210件, 236条, 110条, 10余条) over four
    // sentences, none beyond the 300 that `200余` allows, without the rest (`其他方式`); channels
    // may each carry the same information, so only a list ending with the rest is summed.
    '总体情况“累计共公开政府信息200余条”，而所列渠道为县政府网210件、统计局门户网站236条、微博110条、公开栏10余条，合计566余条，与200余条不符',
  ],
  // 1394–1408 (held out, measured once on f8a2769): missed at the measure.
  // Left after the fixes of stop 44 (f5, not reached in its time): the preface printed under the
  // first sub-heading `(一)信息公开工作总体情况` (the preface-under-heading reading takes the text
  // right under `一、总体情况` only); the 全州 telecom figures under `(二)推进“互联网+政务服务”工作情况`
  // (no reading of an item's figures as another field's); no count of published information in the
  // whole overview (it reaches `二、`): why proactive-count-missing is silent not examined in time.
  '1396-diqing-ju-2022.txt': [
    // Left after a fix of stop 44 after the measure of 1379–1423: `现将…工作总结如下` is the corpus's
    // wording (总结 the verb, as `现将…工作情况汇报如下`, 1372's, left at stop 42), not a name: 1171's and
    // 224's gatherers called it wording (`把年报说成总结，属行文`), 423's and 914's read it past; read as a
    // name it would warn on those four.
    '开头“现将2022年政府信息公开工作总结如下”：报告写成“工作总结”，不是“政府信息公开工作年度报告”',
    '“一、总体情况”下的“(一)信息公开工作总体情况”是报告的说明（依据、内容组成），序言印在总体情况之下',
    '总体情况没有写本局主动公开了多少条政府信息',
  ],
  // Left after stop 44 (f5): areas headed without numbers throughout are silent by the decisions of
  // stop 32 and of the fix after 809–838 (misses-stop-32.test.ts, fixes-809-838-f5.test.ts); a rule
  // for five bare area lines was written and withdrawn, as it overturned them: for the lead.
  '1398-jinghai-huakang-2024.txt': [
    '依申请公开“华康街道不断完善准确把握政府信息的适用范畴”：“不断完善”与“准确把握”两个谓语杂糅，句子不通',
    '依申请公开“无上年转结依申请公开”：“结转”误作“转结”',
  ],
  // Left after the fixes of stop 44 (f5): items of the agency's own trade (背街小巷, 垃圾分类, 交通拥堵)
  // under sub-headings named as work (`专项规划及重大项目实施`): read only with a list of trades' words,
  // which would be hard-coded per agency; a sub-heading's words against its text's (`财政预算及决算信息`
  // over meeting news, then 预决算 said) is a judgement of meaning, not of shape.
  '1400-dongcheng-cgw-2019.txt': [
    '“(二)财政预算及决算信息”下先写“及时发布城市管理各类会议、调研、培训类相关信息”，内容与小标题不符',
  ],
  // 1409–1423 (held out, measured once on f8a2769): missed at the measure.
  // Not mended at stop 44 (f1): 1409's 表二 and 1410's 表三 are copied a cell a line, empty cells left
  // out (`规章` / `0` / `行政规范性文件` / `第二十条第(五)项`; `二、上年结转…` / `0` / `三、本年度办理结果`).
  // Reading a row closed by the next label with fewer values than cells as printed blank (tried)
  // flags both, and 776's and 932's written misses, but newly warns 019 (雄县 2019 prints the same
  // `规章` / `0` / `规范性文件` / `第二十条第(五)项`, its gatherer not counting it, and the importer's
  // `runTogether` reading it as a row that lost its values), 063 and 314 (a row's label followed by
  // empty lines or a wrapped label, its values elsewhere), 273 (荆门's `104`, counts run together)
  // and 1202 (表三): which short rows were printed short is not told by the copy alone.
  // 1424–1438 (held out, measured once on 432f8fc): missed at the measure.
  '1434-hantai-dongdajie-2020.txt': [
    // Left after stop 44: government-scope-missing reads a government's report (SPEC: `A government's
    // report says whether its figures are 本级 or the whole region`), a 街道 being its district's
    // office (agency-kind.ts); 124 街道 texts in the corpus, one gatherer writing `街道办事处不是政府…
    // 无范围问题`. Decided by the lead at stop 45: not asked of a 街道. A 街道办事处 is its district
    // government's dispatched office, with no departments or lower governments whose figures its
    // report could add to its own, so its figures have no 本级 / 全街道 to tell apart (its 社区 are
    // not bodies that disclose government information). Left missed as its gatherer wrote it; not to
    // be mended.
    '街道的报告写“累计公开186条信息,其中,行政网站信息主动公开42条,同时在政务微信平台公开政务信息144条”：未说明是街道本级还是全街道的数字',
  ],
  // 1439–1453 (held out, measured once on 432f8fc): missed at the measure.
  '1440-baiyun-jiahe-2019.txt': [
    // Left at stop 44 after the measure of 1424–1483: ten other texts of the corpus cite only
    // 《条例》, never its full name (009, 029, 084, 1049, 1329, 1335, 270, 562, 723, 995: most
    // printed from 一、总体情况 on, no preface), and none of their gatherers wrote it down; 《条例》
    // is read as the regulation by every reader. A rule would warn on ten texts for one.
    '总体情况“推进政府信息公开是贯彻落实《条例》的重要举措”“深入贯彻《条例》精神”：只用简称《条例》，全文（无序言）没有写出《中华人民共和国政府信息公开条例》的全称',
  ],
  '1444-rushan-chengqu-2025.txt': [
    // Left at stop 44 after the measure of 1424–1483: that 乳山市 has no 区 is known only from a list
    // of county-level cities the checks do not hold; a 地级市's 街道 named without its 区 (`济南市泉城路
    // 街道`) rightly writes `区政府门户网站`, and the text cannot tell the two apart.
    '乳山市（县级市）城区街道的报告写“乳山市城区街道办事处通过区政府门户网站主动公开政府信息103条”：乳山市没有“区政府”，应为市政府门户网站，像是照搬了区里的写法',
  ],
  '1448-kuancheng-dag-2025.txt': [
    '序言“以及针对所采取的改进措施”：“针对”后缺宾语（针对什么），句子不通',
  ],
  // 1454–1468 (held out, measured once on 5443739 and d391b83, the code of cb73588): missed at the measure.
  '1459-tianmen-pengshi-2022.txt': [
    // Left after stop 44: three groups of kinds joined by semicolons, the last ending in `…等18条`, make 31
    // of 145; a short list with 等 or semicolons is read as highlights (`SHORT_LIST`), and no shape yet
    // tells groups meant as all of the whole from a few named.
    '总体情况(一)“累计公开政府信息145条,其中政府文件、政府信息公开指南、政府信息公开制度6条;本地概况…财政资金7条;乡村振兴…公共法律服务等18条”：三类合计31条，与145条相差甚远',
  ],
  // 1469–1483 (held out, measured once on 5443739 and d391b83, the code of cb73588): missed at the measure.
  '1480-alashan-jtysj-2024.txt': [
    '总体情况(二)“严格按照《内蒙古自治区政府信息依申请公开办法》要求办好依申请公开,保障群众的环境诉求”：交通运输局的报告写“环境诉求”，是照搬生态环境部门文字留下的',
  ],
  '1482-huocheng-wlj-2025.txt': [
    // Left after stop 44: the whole (`主动公开政府信息116条`) is in the lead's paragraph, the four areas
    // (`涵盖4大领域:一是…7条;…四是…16条`) under (一) with no count of their own: parts-sum reads a whole
    // and its parts in one statement only.
    '总体情况说“全年…主动公开政府信息116条”，(一)说“公开内容涵盖4大领域”，所列为机构职能7条、行政许可4件、行政处罚2件、民生服务21条、重点工作16条：四个领域合计50，不是116',
  ],
  // 1484–1498 (held out, measured once on 2dac1b0 and d892777, the code of 1dd2b48): missed at the measure.
  '1492-chaisang-lyj-2025.txt': [
    '总体情况(二)“截至2025年12月31日,我局未受理政府信息公开申请,行政复议和行政诉讼”：行政复议、行政诉讼不是林业局受理的，句子把“未发生被申请行政复议、提起行政诉讼”写成了“未受理”',
  ],
  '1493-hanjiang-qiulu-2024.txt': [
    '镇政府的报告写“我镇通过涵江区政府网站主动公开政府信息11条,历年累计公开820条”：未说明是镇本级还是全镇的数字',
  ],
  '1496-suiyang-sfj-2022.txt': [
    '总体情况“(二)政府信息管理情况”下写的是“加强政务信息公开力度”“加大政策宣传力度”“着力加强舆情回应工作”：是公开、解读和回应的内容，没有政府信息管理（制度、审核、保密审查、文件清理）的内容',
  ],
  // 1499–1513 (held out, measured once on 2dac1b0 and d892777, the code of 1dd2b48): missed at the measure.
  '1503-minhang-xinhong-2024.txt': [
    '总体情况(一)说“本年度主动公开政府信息共702条”，所列各类为下属单位4＋机构设置8＋领导简介15＋人事变动1＋规划计划4＋统计数据1＋行政处罚17＋预算绩效25＋部门预算10＋部门决算19＋专项资金1＋重大行政决策77＋重点工作454＋政府开放4＝640条（连同规范性文件1件为641）：与702不符',
  ],
  '1507-hainanzhou-jiaoyu-2024.txt': [
    '标题“海南州教育局 关于2024年度政府信息公开工作年度报告”：报告名称前加了“关于”，写成公文报送的题目（正文又说“现报告如下”），不是“2024年度政府信息公开工作年度报告”',
  ],
  '1508-yazhou-jiaoyu-2020.txt': [
    '总体情况首段“坚持把主动公开作为政府信息,增强信息发布的主动性”：句子残缺不通（应为把主动公开作为政府信息公开的主要方式之类）',
    '同项“认真贯彻落实关于全面推进信息公开的责任感”：动宾不搭，句子不通（“贯彻落实…责任感”）',
  ],
  '1509-dongfang-2022.txt': [
    '县级市政府的报告写“市政府门户网站共发布信息约12515条”“我市全年新收政府信息公开申请35件”：未说明是市政府本级还是全市的数字（平台一项又说“全市新增政务新媒体5个”）',
  ],
  // Left after a fix of stop 44 after the measure of 1484–1513: `《信息公开条例》` is read as a short form
  // (lead's decision of stop 40, see 1272 above: 1107's gatherer judged it no problem); a rule for it
  // would warn 273, 392, 1107 and 1272 too. Not mended against that decision.
  '1512-wuhan-chengguanwei-2025.txt': [
    '同项“按照《信息公开条例》规定”：法规名称缺“政府”，应为《中华人民共和国政府信息公开条例》（简称《政府信息公开条例》）',
  ],
  // 1514–1543 (held out, measured once on 9ff2856 and f644802, the code of 15ac16a): missed at the measure.
  '1527-liubei-zfb-2024.txt': [
    '总体情况开头“2024年柳北区人民政府办公室政府信息公开工作年度报告,坚持以习近平新时代中国特色社会主义思想为指导,根据…文件要求,紧紧围绕…”：以报告名称作“坚持”“围绕”的主语，句子不通',
  ],
  '1530-jinping-shengtaiyimin-2020.txt': [
    '序言联系方式“邮编:(4)556700”：邮编前多出“(4)”，邮编印错',
    // Left missed at stop 45 (after the measure of 1514–1543): a `其中` list of two parts, no catch-all,
    // no 等, short of its whole, cannot be told whole from partial by its shape. The corpus's other
    // two-part lists short of their whole were judged not problems by their gatherers: 472 (`8条,其中:
    // 乡级财政预决算2条,政府网站…栏目发布信息4条`, `未称列全，不作问题`, a channel beside a kind as
    // here), 408 (`286条,其中通过网站公开160条,公告栏公开120条`, `“其中”不必列全`), 1214 and 636.
    // Lists short of their whole are read when they end with the rest or run through many kinds.
    '总体情况(一)“2020年主动发布各类政务信息70条,其中:在省州县各级门户网站发布16条,公示公告发布13条”：所列两项合计29条，与70条不符，其余41条去向未交代',
  ],
  // 1544–1573 (held out, measured once on 1166c83 and fad2777, the code of 676ef4c (every fix of 1514–1543)): missed at the measure.
  // Left missed at stop 45 (after the measure of 1544–1573): `现将…工作有关情况汇报如下` is 1372's
  // shape, left at stop 42 (汇报 the verb, no name given); `未收到依申请公开信息` is wording the corpus
  // writes in eight other texts, each gatherer that wrote it down calling it wording, not counted
  // (1079, 1276, 1529, 253, 929).
  '1547-jingshan-qianchang-2023.txt': [
    '序言“现将我镇2023年度政府信息公开工作有关情况汇报如下”：把报告写成“工作有关情况汇报”，不是“政府信息公开工作年度报告”（同1372）',
    '总体情况“2.政府信息依申请公开情况。2023年,钱场镇未收到依申请公开信息。”：“未收到依申请公开信息”搭配不当（应为未收到政府信息公开申请），同1530',
  ],
  '1549-heshan-taohualun-2021.txt': [
    // Left at stop 45 (f15): the excerpt ends inside this item, its only sub-heading; an area's name
    // and a stop heading a text whose areas are numbered nowhere is its style (邓州市张楼乡 2023, 东宁市
    // 文体局 2021, silent by stop 38's decision), not told apart from a number lost without a second one.
    '总体情况的小标题“主动公开情况。”没有编号（应为“(一)主动公开情况”）',
  ],
  // Left missed at stop 45 (after the measure of 1544–1573): `现将…工作总结如下` is 1396's shape, left
  // at stop 44 (总结 the verb; 1171's and 224's gatherers called it wording, 423's and 914's read it
  // past); the lead's section-heading-mismatch already counts the sentence under 一、总体情况.
  '1550-kaifu-wsjkj-2024.txt': [
    '总体情况首段“现将2024年度政务公开工作总结如下”：把报告写成“政务公开工作总结”，不是“政府信息公开工作年度报告”（同1396）',
  ],
  // Left missed at stop 45 (after the measure of 1544–1573): `现将…政府信息公开工作2024年度工作情况
  // 报告如下` reads as 报告 the verb after 现将 (`SITUATION_NAME` leaves `现将…情况报告如下` by the same
  // reading, 兰州市 2020's): the agency's 2024 work reported, no name given.
  '1554-jintai-sjj-2024.txt': [
    '序言“现将金台区审计局政府信息公开工作2024年度工作情况报告如下”：报告名称被年份拆开，又写成“工作情况报告”，不是“2024年政府信息公开工作年度报告”',
  ],
  '1555-kangle-caotan-2019.txt': [
    '表三“一、本年新收政府信息公开申请数量”一行“其他”21、总计21，“(一)予以公开”同为21：一个乡收到21件都来自“其他”组织的申请且全部公开，与总体情况“主动发布乡镇动态信息21条”同数，总体情况又一字未提申请，疑把主动公开的条数填进了申请表',
  ],
  // Left missed at stop 45 (after the measure of 1544–1573): `向社会公布2023年度…信息公开工作开展情况`
  // is the shape of 105's `现公布…2021年政府信息公开工作有关情况`, which its gatherer read past (a slip
  // of punctuation only); 信息公开 for 政府信息公开 is a usual short form.
  '1568-alsyq-alatengaobao-2021.txt': [
    '(一)1说主动公开“累计237条”，(一)3又说“2021年,累计公开政府信息368条”：同一年的公开总数前后不一',
    // Left at stop 45 (f15): its 368 lists `政务、村务公开60条`, the villages' items counted in it, which
    // the corpus reads as the whole town's (`其中包括村务公开238条`, 立岗镇 2022, stop 33): said, by that
    // reading; that its 237 is another total is the null-key problem above, not one of scope.
    '镇政府的报告写“累计237条”“368条”（含党务、村务、财务公开）：未说明是镇本级还是全镇的数字',
  ],
  // Left missed at stop 45 (after the measure of 1544–1573): the heading `(二)加大主动公开` is 057's
  // `(三)加大信息公开` (read past by its gatherer); 加大 with 公开 as its object, 力度 unsaid, is a
  // usual short wording of the work, not told from a heading cut short.
  '1572-xining-chengzhong-2020.txt': [
    '总体情况小标题“(二)加大主动公开”：缺字，话没说完（应为“加大主动公开力度”）',
  ],
  // 1574–1633 (held out, measured once on the code of f81f1f6e, every fix of stop 45): missed at the measure.
  // 1574–1633 (held out, measured once on the code of f81f1f6e, every fix of stop 45): missed at the measure.
  '1583-tonggu-county-2021.txt': [
    // Left missed at stop 46 (after the measure of 1574–1633): `《信息公开条例》` unset by the preface is
    // written the same in 1107 (越秀区白云街道 2022), 273 (荆门市政府办 2021) and 392 (易家街道 2019),
    // none of whose gatherers wrote it down (1272's and 1512's did): the short name is in use.
    '总体情况“按照《信息公开条例》和国家、省、市2021年政务公开工作要点”：条例简称缺“政府”，序言也未定义此简称',
    // Left missed at stop 46 (after the measure of 1574–1633): its only scope words are the preface's
    // `本级政府信息公开年度报告` (read as 本级 said by 1439's and 612's gatherers) and `全县政务公开工作水平
    // 有效提升`, the year's results of the whole county, the shape stop 34 decided says the figures are
    // the region's (094 乌鲁木齐市 2021, `全市政务公开各项工作取得新成效`). Its nameless text read as the
    // county's by `2021年,我县按照…` would also read 154 兴海县 2021 so, where that is not written down.
    '县政府的报告写“2021年共主动公开政府各类信息15056余条”（上文主语为“我县”），未说明是县政府本级还是全县的数字',
  ],
  '1584-huoqiu-zhongxingji-2022.txt': [
    // Left missed at stop 46 (after the measure of 1574–1633): a province's or city's
    // `政府信息公开办公室` was the name of real offices (the 2008 regulation's), so the name alone says
    // no slip; the replacement's trace here, the State Council's office misnamed, is told
    // (`notice-citation-unknown:meta:issuer-name`).
    '序言“《安徽省政府信息公开办公室关于做好 2022年度…的通知》”“《六安市政府信息公开办公室…》(六政府信息公开办〔2022〕53号 )”：发文机关和文号中的“政务公开”都被写成“政府信息公开”（应为安徽省政务公开办公室、六安市政务公开办公室、六政务公开办〔2022〕53号），像是全文替换所致',
  ],
  '1593-congjiang-wangdong-2022.txt': [
    // Left missed at stop 46 (after the measure of 1574–1633): the text says 全镇 of another count
    // (`2022年全镇通过县政府网站平台公开各类信息256条`); that the 416 of all channels is a count of no
    // level needs each count's own scope, which the check does not read (one scope said anywhere
    // answers for the text); reading a scope said of one count as not said of the others would warn
    // on the corpus's towns that give it once.
    '镇政府的报告写“全年通过县政府网站、政务公开栏、…微信公众号及各级主流媒体等平台公开各类政府信息416条”，未说明是镇本级还是全镇的数据（(三)另有“全镇通过县政府网站平台公开各类信息256条”）',
  ],
  '1595-zunyi-tjj-2022.txt': [
    // Left missed at stop 46 (after the measure of 1574–1633): `坚持以公开为常态、不公开为例外,` with no
    // 为原则 is written so in some thirty texts of the corpus (`…为例外,遵循公正、公平…`, `…为例外,积极推进…`),
    // none written down by its gatherer: a usual short wording, not told from this one.
    '总体情况“坚持以“公开为常态、不公开为例外”,积极推进政府信息公开工作”：“坚持以…”后缺“为原则”，句子不完整',
  ],
  '1606-yanggao-gucheng-2022.txt': [
    // Left missed at stop 46 (after the measure of 1574–1633): one clause of 信访 counted among the
    // item's counts of information made public; 797's `受理群众来信来访事项86件` and 1248's `信访26件` (its
    // gatherer: 内容杂，但不是问题), 110's, 514's, 787's and 1628's are the same shape under 主动公开, none
    // written down: no general reading tells 1606's apart.
    '总体情况“(一)主动公开”之下写“处理来信来访269件”：信访办理不是主动公开政府信息的情况',
    // Left missed at stop 46 (after the measure of 1574–1633): `其他方面` is a slip of meaning, not of form;
    // 1320 (洪江区沅江路街道 2023) writes the same `未收到公众申请要求公开其他方面政府信息`, not written
    // down by its gatherer, so a reading of these words would warn there too.
    '依申请公开一项“2022年度政府信息公开工作中没有群众提出其他方面政府信息公开的请求”：“其他方面”语义不明，没有说清本年是否收到政府信息公开申请',
  ],
  '1622-xishan-anzhen-2024.txt': [
    // Left missed at stop 46 (after the measure of 1574–1633): the heading `(N)信息管理情况` (or `…方面`) is
    // in eight other texts of the corpus (004, 125, 144, 350, 351, 1345 — its gatherer: `与格式用语略异，
    // 不计` —, and the pages 019, 072), none written down: a usual short name of the area.
    '总体情况小标题“(四)信息管理情况”：缺“政府”二字（应为“政府信息管理情况”）',
  ],
  '1631-jinghe-county-2024.txt': [
    // Left missed at stop 46 (after the measure of 1574–1633): its text has no title and no agency; read
    // as the county's by `2024年,精河县坚持以习近平…`, the same reading would warn on 808 徐水区 2023 (the
    // same opening, its gatherer reading `区政府网站全年更新…967条` as the whole district's), on 154 兴海县
    // 2021, and on 1046 朔州市 2024 and 331 五通桥区 2025 (a `全市/全区共收到…申请N件` read as the scope
    // said by their gatherers, against stop 42's reading of a requests-only sentence).
    '县政府的报告写“精河县人民政府门户网站发布信息7700条…微博、微信公众号发布信息816条”“受理网民来信60件”，未说明是县政府本级还是全县的数字',
  ],
  '1632-tuokexun-xiazhen-2024.txt': [
    // Left missed at stop 46 (after the measure of 1574–1633): `…人民政府信息公开工作年度报告`, the
    // agency's 政府 read as the report's, is the title of 502 (诸暨市浬浦镇 2024) and 988 (杨浦区 2020)
    // too, whose gatherers did not write it down.
    '标题“2024年托克逊县夏镇人民政府信息公开工作年度报告”：缺“政府”（镇人民政府后应为“政府信息公开工作年度报告”）',
  ],
  '1636-huarong-nyncj-2023.txt': [
    // Left missed at stop 47 (after the measure of 1634–1678): as 1622's, its `(三)信息管理情况` sits
    // among short headings (`(一)主动公开情况` `(二)依申请公开情况` `(四)公开平台建设`), the shape of
    // 350's, 351's and 1345's (`(一)主动公开情况` `(二)依申请公开情况` `(三)信息管理情况`, not written
    // down): no reading tells them apart.
    '总体情况小标题“(三)信息管理情况”：缺“政府”（应为“政府信息管理情况”）',
  ],
  // Since a fix of stop 54 after the measure of 2126–2170: 1638's 表三 read (rows a cell a line, six
  // lone `|` before each row's `0 |`, every row alike: table-cells-printed-blank).
  '1639-xingguo-nyncj-2023.txt': [
    // Left missed at stop 47 (after the measure of 1634–1678): `《条例》` with the full name nowhere is written so in 12
    // other texts (009, 029, 084, 093, 270, 562, 723, 995, 1335 not written down; 1049's gatherer:
    // `属文字习惯`; only 1440's wrote it): stop 35 left 《条例》 alone as the regulation every reader knows.
    '总体情况首句“认真贯彻落实《条例》精神”：简称《条例》未给出全称（无序言，全文未写《中华人民共和国政府信息公开条例》）',
  ],
  '1640-wanzai-baishui-2020.txt': [
    // Left missed at stop 47 (after the measure of 1634–1678): a notice on the 政府网站年度报表 cited as the basis is
    // cited so in 1150 (富县张家湾镇 2020, a province's `《关于做好2020年政府网站年度报表发布工作的通知》`),
    // whose gatherer did not count it (`无从核实，不计`): only the issuer's name parts the two.
    '序言依据“《国务院办公厅关于做好政府网站年度报表发布工作的通知》”：那是政府网站年度报表的通知，不是政府信息公开工作年度报告的依据（2020年度应依国办公开办函〔2019〕60号）',
    // Left missed at stop 47 (after the measure of 1634–1678): `政府公开` before the work's words (`政府公开工作`,
    // `完善政府公开制度建设`, `规范政府公开内容`) is written in some thirty texts of the corpus, none
    // written down: no general reading tells `健全政府公开机制` apart.
    '序言“不断健全政府公开机制”：缺“信息”（应为“政府信息公开机制”）',
  ],
  '1645-heping-heshui-2024.txt': [
    // Left missed at stop 47 (after the measure of 1634–1678): `公布2024年合水镇人民政府信息公开工作年度报告`, the
    // agency's 政府 read as the name's, is written the same after 公布/编制 in 1463, 1586, 337, 452, 674,
    // 825 and 922's prefaces, none written down (1632's title left at stop 46 for 502 and 988).
    '序言称“现特向社会公布2024年合水镇人民政府信息公开工作年度报告”：报告名称缺“政府”（“人民政府”与“政府信息”并成一个“政府”），应为“合水镇人民政府2024年政府信息公开工作年度报告”',
  ],
  '1651-lizhou-xczxj-2022.txt': [
    // Left missed at stop 47 (after the measure of 1634–1678): `现向社会公布…2022年度政府信息公开情况。` is written the
    // same in 1614 (its gatherer: `公布的是“情况”…有争议，不计`) and 459 (苍溪县东溪镇 2025, not written down).
    '序言称“现向社会公布广元市利州区乡村振兴局2022年度政府信息公开情况”：公布的是“…情况”，没有规定的报告名称“政府信息公开工作年度报告”',
  ],
  // Left missed at stop 47 (after the measure of 1634–1678): an office's 总体情况 speaking as its city at work
  // (`2023年,我市始终坚持…`) is 168's `2020年,我区深入贯彻落实…` (迎江区人民政府办公室 2020), its gatherer
  // reading no problem there; and `officeRegionSpeakingIn` reads such words as the office's scope said
  // (stop 34's decision): the whole city's work in an office's report is not told from the words alone.
  '1652-qingzhen-zfb-2023.txt': [
    '政府办公室的报告，总体情况以“我市”为主语（“2023年,我市始终坚持…”“分类集中公开我市重点领域公开信息”）：写的是全市的工作，不是本机关的',
  ],
  // Left missed at stop 47 (after the measure of 1634–1678): `县卫健委` in a 卫生健康局's report: 卫健委 is the usual
  // short name of the health bodies whatever their kind (委 or 局, renamed by county), and `委属机构` its
  // words for the units under it; no reading tells a body's other kind of name from a slip without a
  // list of each county's bodies.
  '1654-hekou-wjj-2022.txt': [
    '县卫生健康局的报告，(一)却写“县卫健委及时公开了县卫生健康部门预算情况”，(三)又写“各科室及委属机构”：机关名称前后不一（“卫健委”不是本机关的名称）',
  ],
  '1655-shuangbai-sjj-2025.txt': [
    // Left missed at stop 47 (after the measure of 1634–1678): the item names its platforms
    // (`政务公开网站的维护和发布媒体的运营`); the hotline and 来信来访 are one clause more, and 41 texts
    // of the corpus speak of 信访 or 12345 in their overviews (a channel of 政民互动 to most).
    '“(四)政府信息公开平台建设情况”之下写“2025年度未接到12345政府热线电话和群众来信来访”：热线和信访不是政府信息公开平台建设的情况',
  ],
  '1657-yuzhong-daxigou-2020.txt': [
    // Since a fix of stop 52 after the measure of 2039–2080 (in EXPECTED_MEASURED before, flagged by the
    // key only, on `采购金额`, a correct word): no reading tells `依申请公开的相关信息` for the requests.
    '(二)“2020年我街道未收到依申请公开的相关信息”：应为未收到政府信息公开申请，“依申请公开的相关信息”话不对',
  ],
  '1658-shapingba-xiyong-2020.txt': [
    // Left missed at stop 47 (after the measure of 1634–1678): its items touch the areas in passing
    // (`及时响应群众的信息公开申请`, `政府门户网站、公示栏、LED屏等…渠道`, `监督相关科室`), and the preface
    // read under the heading lists the parts; the coverage counts an area touched in one clause, as it
    // must for the corpus's short overviews.
    '总体情况（其后即“二、主动公开政府信息情况”，整段可见）只有加强领导、严格审核、拓宽渠道三项：没有依申请公开办理、政府信息公开平台建设和监督保障的情况',
  ],
  '1671-dongliao-liaoheyuan-2021.txt': [
    // Left missed at stop 47 (after the measure of 1634–1678): the item, cut by the excerpt, goes on
    // `严格规范处理依申…` (requests named); one sentence on 主动公开 in an item that tells requests too
    // is no other item's text under it.
    '总体情况“(三)认真规范处理依申请公开”下写的是“重点主动公开与群众切身利益密切相关的事项”：说的是主动公开，不是依申请公开的办理情况',
  ],
  // 1679–1723 (held out, measured once on b7998bdd): what no check flagged at the measure.
  '1681-jinan-shizhong-nyncj-2024.txt': [
    // Left missed at stop 48 (after the measure of 1679–1723): 1411 (滨江区民政局 2022) ends its overview's first
    // paragraph with the same sentence (`现公布本机关2022年度政府信息公开工作年度报告。`) under a preface before
    // the heading, and its gatherer wrote nothing: reading it would warn there.
    '序言的话“现公布济南市市中区农业农村局2024年政府信息公开工作年度报告。”印在“一、总体情况”首段之末，不在序言里',
  ],
  '1691-lingdong-district-2024.txt': [
    // Left missed at stop 48 (after the measure of 1679–1723): 1645's shape (the government's 政府 merged into the
    // report's name), left at stop 47: no reading tells it from a name merged rightly.
    '标题（页面属性“名称”与正文标题）“2024年岭东区人民政府信息公开工作年度报告”：报告名称缺“政府”（应为“岭东区人民政府政府信息公开工作年度报告”或“岭东区政府信息公开工作年度报告”）',
  ],
  '1697-huarong-jgswzx-2022.txt': [
    // Left missed at stop 48 (after the measure of 1679–1723): a count of one site (`在政府公开网站主动
    // 公开信息28条`) and a year's count elsewhere (`全年共公开10条信息`) are not one reading's two
    // counts; telling them apart from a channel's count beside the whole (西关街道 2024's 61 + 240)
    // needs more than the time had.
    '总体情况(一)说“在政府公开网站主动公开信息28条,其中湖北政府采购网27条,财务公开信息(部门预算)1条”，第二部分却说“全年共公开10条信息”：前后不一',
  ],
  '1700-chaisang-zfb-2023.txt': [
    // Left missed at stop 48 (after the measure of 1679–1723): the same sentence's first list is
    // flagged under the same key; a part's bracketed 含 list is read as its note (PART_OF_PART,
    // 海南省地震局 2024's `(含采购公告公示16条)` a share of its part), not summed.
    '同句“非公文类信息48份(含公告类信息3份,2023年部门预决算3份,其他信息8份)”：括号内已有“其他”一项，合计14份，与48份不符',
  ],
  '1711-xishui-jtysj-2023.txt': [
    // Left missed at stop 48 (after the measure of 1679–1723): 21 texts of the corpus write `国令第711号`; the
    // gatherers of 1273, 1346, 1425, 1529, 1706 and 516 (and 1508's and 573's `国令711号`) wrote it down
    // as a usual short form, not a problem: reading it would warn there.
    '序言“《中华人民共和国政府信息公开条例》(国令第711号,…)”：令号写成“国令”（应为国务院令第711号）',
  ],
  '1715-yuxian-jtysj-2023.txt': [
    // Left missed at stop 48 (after the measure of 1679–1723): `公开得到申请需要公开的事项` is a
    // sentence garbled as a whole (得到 for 的? a clause lost?), its right wording unsure; no reading of
    // one word fits it without guessing, and its gatherer doubted it.
    '总体情况2“主要面向社会公开得到申请需要公开的事项”：语句不通',
  ],
  // 1724–1768 (held out, measured once on b5e7df99): what no check flagged at the measure.
  '1724-xinxiang-wjw-2020.txt': [
    // Left missed at stop 48 (after the measure of 1724–1768): a point of the agency's own
    // publicity (papers, TV, leaflets, 科普活动) told among those on publishing; no general reading
    // told it from the corpus's publicity of the 条例 (`发放宣传资料500份`) in the time given.
    '总体情况“三是打造健康教育传播媒体立体矩阵”写的是在国家、省、市级报纸发表文章、电视播放、发送短信423000条、宣传单2500133张、宣传品20951个、科普活动4653场等：是健康教育宣传，不是政府信息公开工作',
  ],
  '1726-yangxin-zrzyj-2022.txt': [
    // Left missed at stop 48 (after the measure of 1724–1768): 1651's shape (`现公布…工作情况`, left at stop 47):
    // the corpus presents its year's work so in running text (`现将…工作情况汇报如下`, 861's and 836's,
    // called wording by their gatherers); a reading of it would warn them.
    '序言“现公布2022年阳新县自然资源和规划局政府信息公开工作情况”：没有写报告名称“政府信息公开工作年度报告”，说成公布“工作情况”',
  ],
  '1727-hengshan-kyxq-2020.txt': [
    // Left missed at stop 48 (after the measure of 1724–1768): `城征地拆迁`, a character stray or
    // lost (城市征地? 城区?), its right wording unsure; no reading of one word fits it without guessing.
    '“二、主动公开政府信息情况”中“主要涉及城征地拆迁”：“城”字多余或缺字（语句不通）',
  ],
  '1731-jinzhai-ybj-2024.txt': [
    // Left missed at stop 48 (after the measure of 1724–1768): `未收到依申请公开信息` is the
    // wording stop 45 left with 1547 (ten other texts of the corpus write it, their gatherers calling it
    // wording, not counted: 1079, 1276, 1366, 1529, 253, 301, 776, 929…).
    '总体情况(二)“今年以来,我局未收到依申请公开信息”：说法不通（应为“未收到政府信息公开申请”）',
  ],
  '1733-zhangping-yongfu-2020.txt': [
    // Left missed at stop 48 (after the measure of 1724–1768): 1645's shape (the government's 政府 merged
    // into the name's, `永福镇人民政府信息公开工作年度报告`): read as the town's `人民政府` then `信息公开…`, a
    // short form many texts write of the work itself; no sure reading apart from it.
    '序言“特向社会公开2020年度永福镇人民政府信息公开工作年度报告”：“人民政府”与“政府信息公开”并作一处，报告名称缺“政府”（应为“永福镇人民政府政府信息公开工作年度报告”）',
  ],
  '1737-baiyun-dayuan-2024.txt': [
    // Left missed at stop 49 (after the measure of 1769–1813): the sentence ends the preface itself,
    // printed before `一、总体情况`; the lead's convention reads `…工作总结如下` under the heading only
    // (a real preface's words stay silent).
    // Left missed at stop 48 (after the measure of 1724–1768): `现将全年工作总结如下` is 823's
    // `现将年度工作情况总结如下` but for 情况, which its gatherer did not count; 1171's and 224's
    // `现将…政务公开工作总结如下` were called wording: a reading of 总结如下 would warn them.
    '开头一段“…持续提升政务公开工作质效。现将全年工作总结如下”：把年度报告说成“工作总结”，没有写报告名称“政府信息公开工作年度报告”',
  ],
  '1741-jianhe-mindong-2022.txt': [
    // Left missed at stop 48 (after the measure of 1724–1768): `工作动态` named in a list of kinds
    // and again with a count of its own; a list and a count naming one word is the corpus's way of
    // singling out a part (`…等方面信息69条,其中工作动态33条`), not told apart without guessing.
    '总体情况(一)“主动公开政策文件、工作动态、政策落实、惠民政策…等方面政策的信息69条、工作动态33条”：“工作动态”既列在69条之内又单列33条，语句混乱，数字归属不清',
  ],
  '1743-weixi-wjj-2021.txt': [
    // Left missed at stop 48 (after the measure of 1724–1768): `国令第711号` is a usual short form of
    // 国务院令 (21 texts of the corpus write it, stop 48's reason for 1711 too).
    '序言“《中华人民共和国政府信息公开条例》(国令第711号,以下简称《条例》)”：令号写成“国令”（应为国务院令第711号），同1711',
    // Left missed at stop 48 (after the measure of 1724–1768): `…为政府信息公开的重点来抓`
    // with 把 or 作为 lost; `为…重点` alone is right in the corpus (`以…为重点`), the lost word not
    // read without guessing where the clause opens.
    '总体情况“加强公共卫生服务体系建设和疫情防控为政府信息公开的重点来抓”：句式残缺（应为“把…作为重点来抓”或“以…为重点”）',
  ],
  '1748-zezhou-sjj-2023.txt': [
    // Left missed at stop 48 (after the measure of 1724–1768): `未收到依申请公开政府信息` is
    // written in eleven other texts (1015, 1457, 1467, 1511, 280…), none of them written down by its
    // gatherer; a reading of it would warn them all.
    '总体情况(二)“2023年,县审计局未收到依申请公开政府信息”：搭配不当（应为未收到政府信息公开申请），同1547',
  ],
  '1767-zhengning-yonghe-2025.txt': [
    // Left missed at stop 48 (after the measure of 1724–1768): two sentences run together in a
    // long list without its marks; no general reading tells a lost 、 or 。 from a long noun phrase.
    '(1)主动公开方面“公开主要内容包括…法定主动公开内容政府信息公开年报、依申请公开等方面对人民群众关注关切、涉及群众切身利益…的重大决策部署…及时、主动、全面、准确地进行公开”：两句粘连，列举缺顿号，语句不通',
  ],
  // 1769–1813 (held out, measured once on fa01ff5b): what no check flagged at the measure.
  '1772-huaihua-hecheng-slj-2025.txt': [
    // Left missed at stop 49 (after the measure of 1769–1813): `现将…工作(情况)报告如下` closing the first
    // paragraph under the heading, no year, a preface before it, is the corpus's usual lead-in to the
    // items: 1015, 1122, 1156, 1499, 177, 327, 390, 529, 660 write it so under the heading, none
    // written down.
    '“一、总体情况”首段末“现将鹤城区水利局信息公开工作开展情况报告如下”：序言的话印在“一、总体情况”之下',
  ],
  '1785-zunyi-rsj-2021.txt': [
    // Left missed at stop 49 (after the measure of 1769–1813): `国令第711号` is the usual short form in 22 of
    // 26 corpus texts that print it; gatherers counted it in 4.
    '序言“《中华人民共和国政府信息公开条例》(国令第711号,以下简称《条例》)”：令号写成“国令”（应为国务院令第711号），同1711、1743',
    // Left missed at stop 49 (after the measure of 1769–1813): the subject `…局信息公开工作` that goes on to
    // `推进信息公开工作` is a sentence's structure, not a phrase; the agency's work as a subject is the
    // corpus's usual opening (`XX局政府信息公开工作坚持…`), so no safe reading tells this one apart.
    '总体情况首句“遵义市人力资源和社会保障局信息公开工作,始终坚持以习近平新时代中国特色社会主义思想为指导…积极有效地推进信息公开工作”：主语是“信息公开工作”，却说它“推进信息公开工作”，主语残缺，语句不通',
  ],
  '1799-taixing-nyncj-2025.txt': [
    // Left missed at stop 49 (after the measure of 1769–1813): 《条例》 used with its full name written
    // nowhere is in 14 corpus texts; the same reading would warn 11 whose gatherers did not count it
    // (009, 029, 084, 1049 `属文字习惯`, 1335, 1784, 270, 562, 723, 995, 1329), in wording like 1799's
    // (`认真贯彻落实《条例》及相关规定`, `…《条例》及上级相关文件的精神`); only 1440 and 1639 counted it.
    '总体情况首句“深入贯彻落实《条例》及国家、省、市、县关于政务公开工作的各项要求”：简称《条例》未给出全称（无标题、无序言，全文未写《中华人民共和国政府信息公开条例》）',
  ],
  '1804-meihekou-zjj-2020.txt': [
    // Left missed at stop 49 (after the measure of 1769–1813): clauses run together with no mark (`…领域
    // 信息重点公开…等信息继续做好…`) read only by their verbs and nouns; a reading of a noun run into a
    // verb phrase would warn on the many long lists of areas the corpus writes without a stop.
    '“及时公开重大建设项目批准和实施领域信息重点公开建设工程招投标、施工、质量安全监督、竣工等信息继续做好社会公益事业建设领域信息公开”：三句粘连，缺标点',
  ],
  '1807-aershan-lcj-2021.txt': [
    // Left missed at stop 49 (after the measure of 1769–1813): `现将具体工作报告如下` (no year, no preface
    // before the heading) is 1235's `现将有关工作报告如下` and 1250's `现将具体工作汇报如下`, the usual
    // lead-in to the items, not written down by their gatherers; only `…工作总结如下` is read (the lead's).
    '“一、总体情况”之下首段是序言式的话，以“现将具体工作报告如下”结束：序言的话印在“一、总体情况”之下，没有单独的序言',
  ],
  '1809-jishishan-yinchuan-2025.txt': [
    // Left missed at stop 49 (after the measure of 1769–1813): `国令第711号` is the usual short form in 22 of
    // 26 corpus texts that print it; gatherers counted it in 4.
    '序言引“《中华人民共和国政府信息公开条例》(国令第711号)”：令号写成“国令”（应为国务院令第711号）',
    // Left missed at stop 49 (after the measure of 1769–1813): `200余条` allows up to 299 (the check's reading of
    // an approximate whole), the channels' `50余条` and `200余条` at least 250, not clearly more; and a
    // piece put out on the town's media and its boards both is counted once in the whole (channels may
    // overlap), so only a sum past the whole's upper bound is read.
    '总体情况(一)“2025年全镇主动公开信息共200余条”，下文“镇政务新媒体…公开50余条”“线下政务公开栏、村(社区)公示栏及工作微信群公开200余条”：分渠道合计250余条，多于总数200余条',
  ],
  '1810-jiashi-county-2023.txt': [
    // Left missed at stop 49 (after the measure of 1769–1813): its text has no title and no agency; read
    // as the county's by `2023年,伽师县坚持…` and `请与伽师县人民政府办公室联系`, the same reading warns on 808
    // 徐水区 2023 (the same opening, its gatherer reading `区政府网站全年更新…967条` as the whole district's)
    // and 737 昌宁县 2019 (no count yet): 1631's shape, left at stop 46 for the same reason.
    '县政府的报告写“2023年,政府网站主动公开信息3239条”：未说明是县本级还是全县的数字',
  ],
  // 1814–1858 (held out, measured once on 8c3f5702): what no check flagged at the measure.
  '1817-miluo-jtj-2021.txt': [
    '表二第二十条第(一)项“规章”一行印“3”“3”：县级市的教育体育局没有规章制定权，不应有规章',
  ],
  '1828-qingxin-zfb-2022.txt': [
    // Left missed at stop 50 (after the measure of 1814–1858): its `努力推动全区信息公开工作取得新进展` is read
    // as a scope said (the corpus's decision for governments: `推动全市政务公开工作再上新台阶`, the report's
    // own results), and its office's own counts of requests (`区政府办公室共收到26份…`) and of 规范性文件 as
    // its own; reading them otherwise for an office alone needs the office passed to the memoised scope
    // reading (a new level), not done in the time.
    '区政府办公室的报告写“全年主动公开政府信息643条,其中…政府公报4条、政府工作报告2条、清新要闻104条、其他信息397条”：未说明是本机关的还是区政府（全区、门户网站）的数字',
  ],
  '1831-fenyang-wenfeng-2020.txt': [
    '总体情况首句“年来,文街道坚持…”：“年来”前丢了年份或“一”（应为“2020年”或“一年来”）',
  ],
  '1837-yuanmou-mzzjj-2020.txt': [
    // Left missed at stop 50 (after the measure of 1814–1858): a campaign of publicity among the people (`开展“新冠”疫情防控
    // 知识和爱国卫生…`) is told in the words 1724 uses of what it published (`利用网络、微信、微博等开展各类
    // 防控知识宣传`, not written down), and the point is cut by the excerpt before it says more.
    '(二)“二是围绕中心宣传教育。在单位负责挂包疫情及卫生区域群众中广泛开展“新冠”疫情防控知识和爱国卫生…”：是疫情防控宣传，不是政府信息公开工作',
  ],
  '1839-baoji-sfj-2020.txt': [
    // Left missed at stop 50 (after the measure of 1814–1858): a paragraph ending on a Han character with no
    // stop before a sub-heading is how the corpus's many excerpts and pasted pages print a heading's or a
    // table's line; no reading parts a sentence cut there from them without warning on other texts.
    '(一)3“扎实做好舆情应对处置工作和网评员队伍建设工作;组织开展普法政策宣讲和公共”：句子没写完就接“(二)依申请公开开展情况”，有脱文',
  ],
  '1844-jintan-fgj-2024.txt': [
    // Left missed at stop 50 (after the measure of 1814–1858): the corpus's other texts citing the
    // regulation by `《政府信息公开条例》` are mostly not written down (at most 14 of 115 texts with the
    // short name in marks count it; 1263's gatherer: “是简称，前文已写全称”), and `REGULATION_SHORT_NAMES`
    // reads it as a short form; warning on it would warn on some hundred texts whose gatherers passed it.
    '序言依据“《政府信息公开条例》(以下简称《条例》)”：条例名称不全（应为《中华人民共和国政府信息公开条例》）',
    // Left missed at stop 50 (after the measure of 1814–1858): 403's and 735's sub-heading is the same `(一)主动公开政务信息情况`,
    // neither written down as a problem (403's gatherer noted it as a slip of wording).
    '总体情况小标题“(一)主动公开政务信息情况”：应为“主动公开（政府信息）情况”，“政务信息”用语不对',
  ],
  '1846-jinta-sfj-2024.txt': [
    // Left missed at stop 50 (after the measure of 1814–1858): 1511's `(三)政府信息公开管理情况` is the same heading, its gatherer
    // judged it wording, not a problem (stop 49 read `政府信息公开管理` as the area's full other name).
    '总体情况小标题“(三)政府信息公开管理”：应为“(三)政府信息管理”',
  ],
  // 1859–1903 (held out, measured once on 9cc805ac): what no check flagged at the measure.
  // Read by the fixers of stop 50 (f34–f36) in the time left. Items below with no `Left missed` comment:
  // 1866's, 1869's and 1898's items off topic and 1878's information sent up were not reached (read at stop
  // 51: 1869 and 1878 mended, 1866 and 1898 left, see their entries); 1863's `《政府信息公开条例》`, 1879's `《条例》` never given in full and 1896's `主动公开政务信息情况`
  // are the wordings left at 1844 and 1799 by the corpus's majority (see those entries).
  '1863-lixin-qxj-2019.txt': [
    '总体情况“认真贯彻落实《政府信息公开条例》”：条例名称缺“中华人民共和国”，全文没有给出全称（应为《中华人民共和国政府信息公开条例》）',
  ],
  '1865-guixi-lyj-2019.txt': [
    // Left missed at stop 50 (after the measure of 1859–1903): the whole and its numbered channels are
    // three sentences on three lines, the first channel's own list between; no reading of the corpus
    // takes a whole across numbered lines, and the note `不同渠道和方式公开相同信息计1条` allows channels
    // above the whole, not below it, which would need its own reading (not done in the time).
    '总体情况(一)“2019年,我局主动公开政府信息295条…包括:1.政务网公开120条…2.微信公众号发布33条”：两项合计153条，与295条不符（第1项中公众号为36篇，第2项又写33条，前后不一）',
  ],
  '1866-anyuan-lyfj-2022.txt': [
    // Left missed at stop 51 (after the measure of 1859–1903): news media's reports counted under 主动公开 is the
    // corpus's common wording (606's `…主流媒体刊播…新闻稿件600余篇`, 200's `在学习强国…发表报道101篇`, 853's
    // `学习强国等国家级媒体公开信息64条`, 1502's and 688's `主流媒体报道800余次`), none written down by its
    // gatherer; read here, they would all warn.
    '总体情况(一)主动公开写“以江西省林业局网站、萍乡市林业局网站、学习强国平台、报刊、电视台为载体…主动公开各类文字和图片信息、资料信息近300条(次)”“省级以上新闻媒体报道安源区林业动态近50条,其中学习强国平台9篇、江西新闻8篇”：是新闻宣传报道的篇数，不是本机关主动公开政府信息的情况',
  ],
  '1870-yongchun-hengkou-2022.txt': [
    // Left missed at stop 50 (after the measure of 1859–1903): `现将…工作(情况)汇报如下` under the
    // heading is the corpus's usual lead-in to the items (stop 49: 根德乡 2023 and ten others, not
    // written down by their gatherers); read so here, the same words would warn on them.
    '“一、总体情况”首段末“现将全年主要工作开展情况汇报如下”：“现将…如下”式的话印在“一、总体情况”之下',
  ],
  // Left missed at stop 50 (after the measure of 1859–1903): the import reads the agency from the preface's contact
  // (`请与新乐市审计局联系`), and no check reads the title for its agency (`agency-name-missing` is the
  // empty field's, of the import's, not a check's area).
  '1875-xinle-sjj-2023.txt': ['标题只有“2023年政府信息公开工作年度报告”：没有机关名称'],
  '1877-xishan-wjj-2020.txt': [
    // Left missed at stop 50 (after the measure of 1859–1903): its words do touch each area as the
    // coverage reads them in every report (`公开指南` for 政府信息管理, `政府门户网站` for the
    // platform, `方便公众获取和监督`); to ask for more than a word would warn on many short overviews
    // whose gatherers passed them.
    '总体情况（其后即“二、主动公开政府信息情况”，整段可见）只有依文件成立领导小组、发布指南和清单、网上公开信息300余条及未收到申请：没有政府信息管理、政府信息公开平台建设和监督保障的分项',
  ],
  '1879-qijiang-yongcheng-2023.txt': [
    // Left missed at stop 50 (after the measure of 1859–1903): `工作通知〔…〕…号` is how 重庆's offices number their
    // notices: 037, 613 and 828 cite `(工作通知〔2024〕58号)`, `(工作通知〔2025〕2号)`, `(工作通知〔2022〕4478号)`, their
    // gatherers not counting them; a reading of 通知 as no issuer's code would warn all three.
    '序言引“《重庆市人民政府办公厅关于做好2023年政府信息公开工作年度报告编制工作的通知》(工作通知〔2024〕92号)”：文号的发文字号“工作通知”不成文号',
    '总体情况(一)“按照《条例》规定”：简称《条例》未给出全称（序言只引了年度报告格式的通知，全文未写《中华人民共和国政府信息公开条例》）',
  ],
  '1882-hantai-jtj-2025.txt': [
    // Left missed at stop 50 (after the measure of 1859–1903): a short name (教体局 for 教育体育局) needs a list of the kinds'
    // usual contractions (教体, 人社, 住建, 卫健…), which many bodies' own titles use (e.g. `…区卫健局`
    // over their own name's text); not read in the time given.
    '标题“汉台区教体局2025年政府信息公开工作年度报告”：机关名称用简称“教体局”（正文写“汉台区教育体育局”），也缺“汉中市”',
  ],
  '1892-huzhou-qxj-2021.txt': [
    // Left missed at stop 50 (after the measure of 1859–1903): channels short of their whole (1610 of
    // 2203), the list going on to other work (`…处理网上咨询12次`) after a whole said of `…等渠道`: the
    // main reading takes a list short of its whole only when it says it is all of it (a rest, the three
    // site kinds, many kinds to the end); channels after 等 say no such thing. Not done in the time.
    '总体情况“公开信息共计2203条,其中…公告栏公开20条,…政务网公开118条,…微信公众平台发布416条,…官方微博发布1056条”：分渠道合计1610条，比2203条少593条',
  ],
  '1896-wuqia-biaoertuokuoyi-2022.txt': [
    '总体情况小标题“(一)主动公开政务信息情况”“(二)依申请公开政务信息情况”：应为“政府信息”',
  ],
  '1898-bayannaoer-sjj-2025.txt': [
    // Left missed at stop 51 (after the measure of 1859–1903): a leader's mailbox and 民意征集 counted among what
    // was published is the corpus's common wording (046's `…意见征集17次…受理县长信箱有效信件163件`, 080's,
    // 154's, 1552's `领导信箱收到并处理信件1条` among its kinds, 1810's), none written down by its gatherer.
    '总体情况“(一)主动公开情况”写“局长信箱收到2条,开展民意征集1次”：收到来信、征集民意不是主动公开政府信息',
  ],
  '1902-huangyuan-zfb-2023.txt': [
    // Left missed at stop 50 (after the measure of 1859–1903): read as the office's (我办, issuing
    // `《湟源县人民政府办公室关于…》`), its `我办成功办结…依申请公开事项1件` is taken as its figures said
    // its own; not reading an office's own count of requests so made 302, 518, 478, 712 and 952 warn
    // (no such problem written down by their gatherers); `汇总政府信息公开年报` reads as a scope too.
    '县政府办公室的报告写“依托县政府门户网站和政务新媒体等政务公开平台,发布本地新闻信息5123余条…政府类公示公告1752余条”：未说明是办公室本级还是全县的数字',
  ],
  // 1904–1948 (held out, measured once on 4af792f4): what no check flagged at the measure.
  '1904-yicheng-gxs-2023.txt': [
    // Left missed at stop 51 (after the measure of 1904–1948): `现将…年…工作情况报告如下` ending the
    // overview's first paragraph under a preface is the corpus's usual lead-in (stop 49; 根德乡 2023,
    // 茅溪镇 2024, 东阳市自然资源和规划局 2023, 平舆县 2021's `现将我县2021年政务公开工作落实情况报告如下` and
    // some forty others, none written down); read so here, they would all warn.
    '“一、总体情况”首段末“现将2023年政务公开工作情况报告如下:”：序言式的话印在“一、总体情况”之下（报告也写成“政务公开工作情况”）',
    // Left missed at stop 51 (after the measure of 1904–1948): 上京镇 2025's `(四)政府信息公开平台建设情况`
    // / `一是充实公开内容。…二是规范公开时限。…` is the same item, no platform named, not written down by
    // its gatherer; read here, it would warn.
    '总体情况“(四)政府信息公开平台建设方面”写“公开的内容更加充实”“公开的时间更加及时”（常规性工作定期公开等）：讲的是公开内容和时限，不是平台建设',
  ],
  '1918-shangyou-wgxlj-2021.txt': [
    // Left missed at stop 51 (after the measure of 1904–1948): as 1882's 教体局, a list of the usual
    // contractions (文广新旅, 教体, 卫健, 人社, 发改…) would warn the corpus's titles that use them unwritten
    // (`…县卫健局2022年…`, `…县人社局2021年…`, `…区发改局2023年…`, their gatherers passing them).
    '标题“上犹县文广新旅局2021年政府信息公开工作年度报告”：机关名称用简称“文广新旅局”（应为上犹县文化广电新闻出版旅游局）',
  ],
  '1930-anshun-zjj-2024.txt': [
    // Left missed at stop 51 (after the measure of 1904–1948): the bare department heading the report's
    // name (`现将市住房和城乡建设局2024年…`) is the shape of 004's `现公布区统计局2023年…` and 729's
    // `现发布省市场监管局2023年…`, their gatherers passing them (and the text names the place nowhere).
    '序言“现将市住房和城乡建设局…”：机关名称缺地名（摘录中只有正文“由安顺市人民政府统一建设”）',
  ],
  '1934-jingjiang-zjj-2025.txt': [
    // Left missed at stop 51 (after the measure of 1904–1948): `现将…工作情况汇报如下` ending the overview's first
    // paragraph is 1870's shape, the corpus's usual lead-in to the items (stop 49; some forty texts, none
    // written down); read here, they would all warn.
    '“一、总体情况”首段末“现将具体工作情况汇报如下:”：把年度报告写成向上级的工作汇报，“现将…如下”式的话印在“一、总体情况”之下',
    // Left missed at stop 51 (after the measure of 1904–1948): `政务信息` for 政府信息 in the 主动公开 heading is
    // 403's, 735's and 1844's `(一)主动公开政务信息情况`, left by the corpus's majority at stop 50; items
    // numbered `1.` right under `一、总体情况` are common (1938's `1.强化组织领导,…`), not written down.
    '总体情况小标题“1.政务信息主动公开情况”：应为“(一)主动公开”之类的政府信息小标题（用了“1.”，又写成“政务信息”）',
    // Left missed at stop 51 (after the measure of 1904–1948): a mailbox's and the 12345 hotline's counts
    // under 主动公开 are the corpus's common wording (1898's comment: 046, 080, 154, 1552, 1810, none written down).
    '总体情况“1.政务信息主动公开情况”把“完成市长信箱交办件35件”“答复12345热线5896条”与网站公开信息31条、媒体公开61条列在一起：信箱交办、热线答复不是主动公开的政府信息',
    // Left missed at stop 51 (after the measure of 1904–1948): 马鞍底乡 2021 (472) tells its request
    // (`收到政府信息公开申请1件`) inside its 主动公开 item with no heading of its own too, passed by its
    // gatherer (no problem written down); read here, it would warn.
    '依申请公开（“共受理政府信息依申请公开件62件”）和“行政复议1件,行政诉讼2件”写在“1.政务信息主动公开情况”之下，下一项即“2.政府信息公开监督保障情况”：依申请公开没有自己的小标题',
  ],
  '1937-qingpu-gafj-2021.txt': [
    // Left missed at stop 51 (after the measure of 1904–1948): the item says the 分局 made none
    // (`未制作行政法规、规章和规范性文件`); its own gatherer noted a reviewer may pass it. Reading the
    // old template's heading (`1、行政法规、规章和规范性文件公开情况`) or such a denial would warn 1755
    // (古美路街道 2022, the same heading, passed by its gatherer as wording), 1192 (宝山区卫健委 2021, passed
    // as a denial) and 1401 (顾村镇 2020, passed as a set phrase); 221, 385 and 350 wrote it as a slip only.
    '总体情况(一)分项“1、行政法规、规章和规范性文件公开情况。经梳理,2021年分局未制作行政法规、规章和规范性文件”：区公安分局不制定行政法规和规章，照搬了旧模板的分项',
  ],
  '1942-wuyuan-hesheng-2023.txt': [
    '总体情况(一)主动公开写“通过“12345”便民服务热线回应并办结群众诉求49件”：热线诉求办理不是主动公开政府信息',
  ],
  // 1949–1993 (held out, measured once on 6b34675a): what no check flagged at the measure.
  '1949-wuyuan-lcj-2023.txt': [
    // Left missed at stop 51 (after the measure of 1949–1993): a heading's words printed as a
    // paragraph's start with no mark before its text; 1274 (华丰镇 2023, `3.政府信息管理` then
    // `政府信息管理制度建设情况完善了…`) has the same shape and its gatherer passed it as punctuation
    // (`缺标点，属写法`), so reading it would warn there.
    '总体情况(一)“主动公开政府信息情况五原县林业和草原局2023年共发布信息111条”：句首多出与小标题重复的“主动公开政府信息情况”，语句不通',
  ],
  '1953-tangshan-gxq-2022.txt': [
    '“编制管委会2022年度…报告”：机关名称只写“管委会”，缺地名和名称（摘录中只在别处写“唐山高新区”）',
  ],
  '1954-yanjiao-gxq-2025.txt': [
    // Left missed at stop 51 (after the measure of 1949–1993): `现将…年…工作开展情况报告如下`, the year's work
    // put forward (not the 年度报告 itself), is 1904's and 根德乡 2023's lead-in to the items, the corpus's
    // usual words (stop 49; some forty others, none written down); read so here, they would all warn.
    '“一、总体情况”首段末“现将我区2025年政府信息公开工作开展情况报告如下”：“现将…如下”式的话印在“一、总体情况”之下',
  ],
  '1967-meizhou-rsj-2023.txt': [
    // Left missed at stop 51 (after the measure of 1949–1993): hotline and mailbox counts under 主动公开 are the
    // corpus's common wording (1898's reason: 046, 080, 154, 1552, 1810, none written down by their gatherers).
    '总体情况(一)主动公开写“12333接听咨询热线共受理来电44790起”：热线来电不是主动公开政府信息',
  ],
  '1972-hejiang-zfb-2023.txt': [
    // Left missed at stop 51 (after the measure of 1949–1993): its `合江县人民政府办公室共受理政府信息依申请公开0件`
    // is the office giving a count as its own (OFFICE_OWN_COUNT, stop 34), as 开福区人民政府办公室 2023's
    // `区人民政府办公室未收到政府信息公开申请` does, decided so; 1902's reason holds too (302, 518, 478, 712 and
    // 952 would warn were an office's own count of requests not read so).
    '县政府办公室的报告写“依托合江县人民政府网站…主动公开各类政府信息6750余条”（又写“12345政务服务热线办件7341件、人大代表建议及答复107件、政协提案和答复149件”）：未说明是办公室本级还是全县的数字',
  ],
  '1974-fufeng-slj-2020.txt': [
    // Left missed at stop 51 (after the measure of 1949–1993): `本年新 | 本年新` is how some twenty older
    // texts of the corpus print 表二's two labels (018, 035, 057, 074, 133, 1000, 1242, 1574, 1715 and
    // others, the page's cells cut at their wrap), none written down by their gatherers; read as two
    // labels changed here, they would all warn.
    '表二第二十条第(一)项表头“本年新 | 本年新 | 对外公开总数量”：“本年新制作数量”“本年新公开数量”都印成“本年新”，两列无法分辨',
  ],
  '1975-zhouzhi-zhuyu-2025.txt': [
    // Left missed at stop 51 (after the measure of 1949–1993): 1904 (宜城市供销社 2023) and 1348
    // (天涯区政务服务中心 2023) write the very same `未收到政府信息依申请公开。`, 1094, 1573 and 1627
    // `未收到依申请公开`, and their gatherers passed it as wording (`属措辞，不计`, `意思清楚，不计`);
    // reading it would warn there.
    '总体情况(二)“竹峪镇2025年度未收到政府信息依申请公开”：语句残缺（应为“未收到政府信息公开申请”）',
  ],
  '1978-yongchun-shigu-2023.txt': [
    // Left missed at stop 51 (after the measure of 1949–1993): 1645's and 1733's shape (left at stops 47 and
    // 48), `现公布2023年石鼓镇人民政府信息公开工作年度报告`; the same words after 公布 in 1463, 1586 (the same
    // town's 2020 preface), 452, 674 and 922 were passed by their gatherers; read here, they would warn.
    '序言“现公布2023年石鼓镇人民政府信息公开工作年度报告”：报告名称把“政府信息公开”并入“人民政府”，缺“政府”（应为“石鼓镇人民政府2023年政府信息公开工作年度报告”）',
    // Left missed at stop 51 (after the measure of 1949–1993): 12345 counts under 主动公开, 1967's and 1898's reason.
    '总体情况(一)主动公开写“及时处理人民群众诉求,2023年12345共受理112件”：热线诉求办理不是主动公开政府信息',
  ],
  '1982-xinjiang-sthjt-2023.txt': [
    // Left missed at stop 51 (after the measure of 1949–1993): one kind counted twice in other words
    // (`预算决算信息57条`, then `17个预算单位的部门财政预算及决算信息共38条` among the year's other figures);
    // telling the same kind across wordings needs a list of kinds' synonyms, and a kind counted on one
    // channel and again over all of them (the corpus's usual way) gives two counts rightly.
    '总体情况(一)先写“生态环境厅系统预算决算信息57条”，后写“生态环境厅系统17个预算单位的部门财政预算及决算信息共38条”：同一类信息前后两个数不一致',
  ],
  '1996-yiyang-kjj-2021.txt': [
    // Left missed at stop 52 (after the measure of 1994–2038): the same three table headings with
    // nothing under them are printed by 201, 1078, 1314 and 1556 (tables as images, not copied),
    // passed by their gatherers; only 1126's wrote it down: no text tells the tables left out from
    // tables not copied.
    // Left missed at stop 54 (after the measure of 2126–2170): still so; the three parts empty under
    // their headings are 201's, 1078's, 1314's and 1556's shape (tables as images), passed.
    '“二、主动公开政府信息情况”“三、收到和处理政府信息公开申请情况”“四、政府信息公开行政复议、行政诉讼情况”三个标题下都是空的，紧接下一标题：表二、表三、表四都没有印出',
  ],
  '2011-meishan-sfj-2023.txt': [
    // Left missed at stop 52 (after the measure of 1994–2038): `国令第711号` is a usual short form of 国务院令 (stop 48's
    // reason for 1711 and 1743: the gatherers of 1273, 1346, 1425, 1529, 1706, 1834 and 516 passed it).
    '序言“《中华人民共和国政府信息公开条例》(国令第711号)”：令号写成“国令”（应为国务院令第711号）',
  ],
  '2016-wenshan-kjj-2022.txt': [
    // Left missed at stop 52 (after the measure of 1994–2038): 《条例》 undefined is the regulation every reader knows (stop 35's
    // reading); 17 other texts use it with no full name written (2045, 1639, 1784, 1799 among them).
    '总体情况(二)“严格执行《条例》关于依申请公开的各项规定”：简称《条例》未给出全称（无序言，全文未写《中华人民共和国政府信息公开条例》）',
  ],
  '2020-weinan-gxq-xzspfwj-2022.txt': [
    // Left missed at stop 52 (after the measure of 2039–2080): not reached: 自然资源 in a 行政审批服务局's report
    // asks for the lines of work each kind of agency may name, not read in the time.
    '总体情况首段“推进自然资源重点领域信息公开,进一步提高了自然资源工作的公信力和透明度”：行政审批服务局的报告写成自然资源部门的工作，照搬了自然资源局的报告',
  ],
  '2030-boshan-kjj-2025.txt': [
    // Left missed at stop 52 (after the measure of 1994–2038): telling a province's name mistyped in a
    // domain (`shangdong`) needs its near misses, and the corpus's own domains name cities and counties
    // one letter from a province's (`huainan`/hainan in 1910, 1911; `hulan`/hunan in 766, 1078, 1894;
    // `hejiang`/zhejiang in 110, 1972; `jinjiang`, `xinghai`), and provinces one from another
    // (`shanxi`/`shaanxi`, `hubei`/`hebei`): read so, they would warn.
    '序言联系邮箱“bsqkjjbgs@zb.shangdong.cn”：域名“shandong”拼成“shangdong”，邮箱无法使用',
  ],
  '2031-yantai-kjj-2021.txt': [
    // Left missed at stop 52 (after the measure of 1994–2038): the very shape `坚持以“公开为常态、不公开为
    // 例外”,` (原则 never named) is in twelve other texts of the corpus (1060, 1167, 134, 1372, 1595,
    // 1744, 1943, 287, 404, 509, 871, 928) and without marks in some thirty more; 1372's gatherer passed
    // it as wording (`缺“原则”，属措辞`); read here, they would all warn.
    '总体情况首段“坚持以“公开为常态、不公开为例外”,聚焦创新主体关切”：“坚持以…”后缺“为原则”，语句不完整',
    // Left missed at stop 52 (after the measure of 1994–2038): the line `提升政府信息公开平台建设运行水平完善烟` is the
    // excerpt's last, its heading run into its text with no stop; a paragraph opening with a verb and
    // an area's name is the body of many numbered items in the corpus, so no general line tells it as
    // a heading.
    '总体情况(三)之后的小标题“提升政府信息公开平台建设运行水平”没有序号“(四)”',
  ],
  '2032-zichuan-kjj-2021.txt': [
    // Left missed at stop 52 (after the measure of 1994–2038): its preface above the heading already
    // says the period (`本报告所列数据统计期限为…`); a period said again under the heading after a preface that
    // said it is 扎格斯台苏木 2023's (219), decided silent (headings.ts, `prefaceUnderHeading`).
    '“一、总体情况”之下第一句“本报告中所列数据的统计期限自2021年1月1日起,至2021年12月31日止”：序言的话印在“一、总体情况”之下（与序言重复）',
  ],
  '2034-panjin-slj-2019.txt': [
    // Left missed at stop 52 (after the measure of 1994–2038): not reached in the time (the overview's
    // areas are counted when touched in one clause).
    '总体情况（整段可见）只写了成立领导小组等组织保障：没有主动公开、依申请公开、政府信息管理、平台建设和监督保障的情况',
  ],
  '2037-xingqing-sfj-2024.txt': [
    // Left missed at stop 52 (after the measure of 1994–2038): cases handled counted under 主动公开 is
    // read nowhere: the general reading (a count of matters 受理/办结 in the 主动公开 item) warns 1815's
    // `共办结行政许可事项109件` under `(一)主动公开方面`, passed by its gatherer; 法律援助 alone would be one report's
    // words.
    '总体情况(一)主动公开写“兴庆区法律援助中心2024年受理法律援助案件1213件,办结案件1138件”：法律援助案件办理不是主动公开政府信息',
  ],
  '2043-baoshan-swj-2022.txt': [
    // Left missed at stop 52 (after the measure of 2039–2080): the same words stand in 宝山区大场镇 2025's preface
    // (1118, `(以下简称《规定》要求)`), passed by its gatherer as a slip of punctuation; read here, it would warn.
    '序言“《上海市政府信息公开规定》(以下简称《规定》要求),”：“要求”写进了括号里，句子错乱（应为“(以下简称《规定》)要求”）',
    // Left missed at stop 52 (after the measure of 2039–2080): the same contact in 宝山区生态环境局 2024's preface (1331)
    // was passed by its gatherer as 宝山区's usual wording; reading a department's preface giving the
    // district government's office would warn there.
    '区水务局的报告序言写“如对本报告有疑问,请与我区人民政府办公室政务公开科联系”：照搬了区政府报告的序言，联系机关不是本局',
  ],
  '2045-binhu-sjj-2024.txt': [
    // Left missed at stop 52 (after the measure of 2039–2080): 1815's `(一)主动公开方面` counts
    // `共办结行政许可事项109件` the same way, passed by its gatherer.
    '总体情况(一)主动公开写“全年区数据局共办结各类行政许可事项30611件”：办理行政许可是政务服务，不是主动公开政府信息',
  ],
  '2048-longkou-swj-2020.txt': [
    // Left missed at stop 52 (after the measure of 2039–2080): copied text of an assessment's
    // indicators (`评估指标采用五级树形结构`) is one report's words; no general reading tells copied guidance from
    // an item's own text in the time.
    '总体情况(三)政府信息管理情况写“公开内容包括行政权力运行公开、重点领域信息公开…5个方面。评估指标采用五级树形结构,包括5项一级指标”：照抄了政务公开评估指标的说明，不是本局政府信息管理的情况',
  ],
  // Since a fix of stop 52 after the measure of 2039–2080: 2058's `加强对公开信息加强分类指导` read (a verb twice
  // around its object) and `提升公示公告、…等公示公告` (a list's whole first item named again after its 等).
  '2059-bazhou-ggzy-2023.txt': [
    // Left missed at stop 52 (after the measure of 2039–2080): `国令第711号`, passed by the gatherers of 1273, 1346, 1425,
    // 1529, 1706, 1834 and 516 as the usual short form (stop 48's reason for 1711 and 1743).
    '序言引“《中华人民共和国政府信息公开条例》(国令第711号)”：令号写成“国令”（应为国务院令第711号）',
  ],
  '2060-wenchang-swj-2023.txt': [
    // Since a fix of stop 52 after the measure of 2039–2080: `报告在…栏目中公布本报告` read (the report its own subject and object).
    '(一)主动公开之下先印“概述”二字再接正文“2023年,文昌市水务局…”：提纲的小标题留在正文里',
  ],
  '2064-puning-chigang-2024.txt': [
    // Since a fix of stop 52 after the measure of 2039–2080: `对机设置、…` read (机构设置 without 构 in a list).
    // Left missed at stop 52 (after the measure of 2039–2080): a township naming 行政法规 among what it
    // published is 1789's `主动公开类别包括机构职能、行政法规、重点工作等` (its gatherer: 措辞不计) and 211's `公开行政法规` (a slip):
    // only 法规、规章 said issued by the town (`出台`, 2051) are read.
    '镇政府的报告(一)说公开的信息“涵盖行政法规文件”：镇政府不制定行政法规',
  ],
  '2065-kaiyang-swtcj-2023.txt': [
    // Left missed at stop 52 (after the measure of 2039–2080): `《市政府信息公开规定》` may be a city's own rule cited by a
    // short name (贵阳市 has one); reading a rule's name with no place would guess which level is meant.
    '总体情况首段依据“《市政府信息公开规定》”：法规名称不全，没有写明是哪一级（应为《贵州省政府信息公开规定》等全称）',
    // Left missed at stop 52 (after the measure of 2039–2080): not reached: reviews and 人大建议 told
    // inside the 主动公开 item with no heading of their own are 472's shape (a request told there, passed
    // by its gatherer).
    '(二)主动公开一段写“无因政府信息公开申请行政复议、提起行政诉讼的情况”和人大建议、政协提案的办理：不是主动公开的内容，放错了地方',
  ],
  // Since a fix of stop 52 after the measure of 2039–2080: 2069's `选一步明确` read (进一步 with a look-alike for 进).
  '2070-fuyu-swj-2020.txt': [
    // Left missed at stop 52 (after the measure of 2039–2080): four pieces said to cover a list of
    // kinds longer than four is a reading of what 涵盖 lists; left, as the brief proposed.
    '总体情况“全年共主动公开政务信息4条,内容涵盖机构职能、行政许可审批事项、政策法规、业务工作、水法宣传等各类信息”：4条信息却涵盖五类以上，数目对不上',
  ],
  // Since a fix of stop 52 after the measure of 2039–2080: 2072's `没有有涉及` read (有 twice after 没).
  // Since a fix of stop 52 after the measure of 2039–2080: 2074's `将政策讲清楚的基础上…` read (在 lost before
  // a clause of 将 ending in 的基础上).
  '2076-shaanxi-zscqj-2023.txt': [
    // Left missed at stop 52 (after the measure of 2039–2080): `现将…工作报告如下` under the heading after a
    // preface is the corpus's usual lead-in to the items (stop 49 and 51: 根德乡 2023 and ten others, not
    // written down); only `年度报告如下`/`年报如下` are read.
    '“一、总体情况”首段末“现将2023年度政府信息公开工作报告如下:”：“现将…如下”的话印在“一、总体情况”之下',
  ],
  // Since a fix of stop 52 after the measure of 2039–2080: 2077's `根据往年…工作要点` read (past years' key
  // points as the basis).
  '2078-wuhan-donghu-bgs-2024.txt': [
    // Left missed at stop 52 (after the measure of 2039–2080): `议提案` is the usual short form of 议案、提案
    // (舟山市民政局 2024's `“两会”议提案57件`, its gatherer: “议提案”是常见简称; 武昌区 2025's `议提案办理答复`, passed; and
    // 1118's gatherer reads `区人大、政协提案` as a short form); read here, they would warn.
    '总体情况(一)“公开省、市议提案办理情况5件”：“建议提案”丢了“建”字',
    // Left missed at stop 52 (after the measure of 2039–2080): mailbox, calls and 12345 counts under
    // 主动公开 are the corpus's common wording (1898's, 1967's, 1978's reason: 046, 080, 154, 1552, 1810,
    // none written down).
    '总体情况(一)主动公开写“全年办理主任信箱15件,接听转办群众来电5761件,办理12345市民热线16038件”：信箱、来电和热线办理不是主动公开政府信息',
  ],
  '2080-daye-ggzy-2025.txt': [
    // Left missed at stop 52 (after the measure of 2039–2080): the 依申请公开 item giving no count of
    // requests: with no key from its gatherer and requests counted in 表三 (the excerpt cut before it),
    // a count asked of the overview would warn the many short overviews that leave it to the table.
    '总体情况“(二)政府信息依申请公开情况”（整段可见）只写渠道和没有复议诉讼：没有写本年收到和办理了多少政府信息公开申请',
  ],
  // Left missed at stop 53 (after the measure of 2081–2125): `转结` is the variant the corpus reads as
  // `结转` (phrase-slips' CORRECT_WORDS; left so at the measure of 1319–1333): 067, 097, 110, 417, 424
  // and 514 write it too, their gatherers passing it as wording; flagging it would warn those.
  '2087-xiamen-szylj-2023.txt': ['总体情况(二)“未存在上年转结办理件”：“结转”写成“转结”'],
  '2090-zaozhuang-gxq-xfjydd-2025.txt': [
    // Left missed at stop 53 (after the measure of 2081–2125): the format's name put for the notice's
    // (`《中华人民共和国政府信息公开工作年度报告格式》的通知(国办公开办函〔2021〕30号)`) is 1078's very
    // shape (呼兰区杨林乡 2021, `、《…年度报告格式》的通知(国办公开办函﹝2021﹞30号`), which its gatherer
    // passed (`以格式名代通知名，文号相符，不计`); read here, it would warn there.
    '序言依据“《中华人民共和国政府信息公开工作年度报告格式》的通知(国办公开办函〔2021〕30号)”：通知名称残缺（应为《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》）',
    // Since a fix of stop 53 after the measure of 2081–2125: `主动融入经开区发展大局` in a 高新区 body's text read.
  ],
  '2094-shengsi-gaj-2020.txt': [
    // Left missed at stop 53 (after the measure of 2081–2125): `…工作总结如下` in a preface before the
    // heading is the corpus's wording, as stop 44 left 1396's: 1171's and 224's gatherers called it
    // wording (`把年报说成总结，属行文`), 058's, 565's and 812's passed it; read, they would warn.
    '序言“就我局本年度政府信息公开工作总结如下(总结中数据统计时间…)”：把年度报告写成工作总结',
  ],
  // Since a fix of stop 53 after the measure of 2081–2125: 2100's text with none of the format's headings
  // and no table, laid out in parts of its own (`一、加强组织领导,…`), is told 一、总体情况 is missing.
  '2108-lvchun-daxing-2023.txt': [
    // Left missed at stop 53 (after the measure of 2081–2125): a title `…年度政府信息公开年度工作报告`
    // is 070's (上湾乡 2019, `2019年度政府信息公开年度工作报告`, its gatherer's slip, not a problem) and
    // 542's (泽州县 2024, `2024年政府信息公开年度工作报告`, judged `不作问题`); only the name presented in
    // running text (stop 50, 1888) is read.
    '标题“绿春县大兴镇人民政府2023年度政府信息公开年度工作报告”：报告名称词序错（应为“政府信息公开工作年度报告”）',
  ],
  '2120-zhaoxian-shahedian-2024.txt': [
    // Left missed at stop 53 (after the measure of 2081–2125): stop 49's reading takes `…工作(情况)总结如下`
    // under the heading, not `现将有关情况总结如下`: 855 (落水镇 2024) closes its first paragraph under
    // `一、总体情况` with the same words after a whole preface, and its gatherer passed them.
    '“一、总体情况”首段末“现将有关情况总结如下:”：“现将…如下”的话印在“一、总体情况”之下，且把年度报告写成总结',
  ],
  '2128-huangdao-jd-2022.txt': [
    // Left missed at stop 53 (after the measure of 2126–2170): `本报告包括…组成` (包括 and 由…组成
    // mixed) is written by some 50 texts of the corpus (031, 078, 088, 1022, 1036, 1142…), passed by their
    // gatherers (088's noted it among its slips, not counted); `…共六个部分组成` after 包括 differs from
    // 031's `共包括…六个部分组成` only by where 共 stands.
    '序言“本报告包括总体情况、…和其他需要报告的事项共六个部分组成”：句子杂糅（“包括”与“共六个部分组成”并用）',
  ],
  '2134-gulou-jkzx-2022.txt': [
    // Left missed at stop 53 (after the measure of 2126–2170): short names in titles are common and passed
    // by their gatherers (`…住建局2025年…`, `…卫健委…`, `…发改委…`: 1055, 1199, 1487, 1724, 2015 and more);
    // 疾控中心 is a short name of the same kind, no rule tells this one from theirs.
    '标题“鼓楼区卫生监督所、疾控中心2022年…报告”：机关名称用简称“疾控中心”（应为鼓楼区疾病预防控制中心）',
  ],
  '2137-wenzhou-gfdb-2024.txt': [
    // Left missed at stop 53 (after the measure of 2126–2170): `申请件N件` and `依申请公开件N件`
    // (件 before the count and after it) are the corpus's usual wording (059, 067, 1380, 1425, 1662,
    // 1667, 1934, 580, 2082…: 申请件 a noun of its own), 2031's `受理答复政府信息公开申请件0件` passed
    // by its gatherer as wording; only 1236's and this one written down.
    '总体情况(二)“我办共受理政府信息公开申请件8件”：多了一个“件”字（应为“受理政府信息公开申请8件”）',
  ],
  // Since a fix of stop 54 after the measure of 2126–2170: 2139's headings without 一、二、三 read
  // (section-heading-mismatch) and its 表三's lone `|` before each row's total read as printed blank.
  '2145-xinyu-glzx-2024.txt': [
    // Left missed at stop 53 (after the measure of 2126–2170): pedantic, an address with its 区 and 号 lost reads
    // as any address does (`渝水仙来中大道305408室`), no rule tells a lost 号 from a long house number.
    '序言“请与新余市公路事业发展中心联系地址:新余市渝水仙来中大道305408室”：丢了左括号，“渝水”后丢“区”，“305408室”丢了“号”“号”（应为305号408室）',
    // Since a fix of stop 53 after the measure of 2126–2170: 稿件 and a bare count before a comma (count-unit-missing).
  ],
  '2149-xinyu-gxj-2023.txt': [
    // Left missed at stop 53 (after the measure of 2126–2170): verbs piled up (`完善改造改进`) are
    // read by no shape: 完善改进, 改造提升 and the like are pairs the corpus writes freely; three in a
    // row is no general reading.
    '总体情况首段“通过官方网站、微信公众号完善改造改进等做好主动公开工作”：“完善改造改进”堆叠不通，语句杂糅',
  ],
  // Since a fix of stop 53 after the measure of 2126–2170: 2150's `受理政府信息公开1件` read (申请 lost
  // after 政府信息公开 before a count).
  '2151-tongchuan-zfb-2023.txt': [
    // Since a fix of stop 53 after the measure of 2126–2170: `《…依申请公开工作法》` read (a body's rules
    // ending 工作法, 办 lost).
    // Left missed at stop 53 (after the measure of 2126–2170): the marks lost between clauses
    // (`…重点工作我办坚决贯彻…`) leave no shape a rule can tell from a long clause; `所有向行政机关地址`
    // (向 stray) is `所有向…` that opens a clause of its own elsewhere (`所有向社会公开的信息`): only
    // the noun after 机关 tells it, this text's own words.
    '总体情况(一)“一是扎实推进重点工作我办坚决贯彻落实…积极部署通川区年度重点工作全年通过…”“发布各类解读材料目前已组织开展文字、图片音频3种解读形式三是…”“信息服务更加贴近群众四是…”：标点大量丢失，句子连成一片',
    '总体情况(一)“将全区所有向行政机关地址和电话集中收录”：“所有向”不通（应为所有行政机关）',
  ],
  '2152-tongchuan-2022.txt': [
    // Left missed at stop 53 (after the measure of 2126–2170): the gatherer's error: 条例 第五十条 gives a
    // 县级以上地方人民政府 (通川区人民政府, read so since this stop) until 3月31日, so 2023-02-10 is in time.
    '“发布日期:2023-02-10”：2022年度报告应在2023年1月31日前公布，晚了',
    // Since a fix of stop 53 after the measure of 2126–2170: `开展各类民意征集19。` and `正在办理1主要…` read as counts without units (count-unit-missing, two places told); `19乡镇` and the paragraph's last `其他结果1` are not read (a number before 乡镇 would warn on 884's `组织11乡镇`, which its gatherer passed as wording), the problems told by the first of each.
  ],
  '2153-tongchuan-xzspj-2025.txt': [
    // Left missed at stop 53 (after the measure of 2126–2170): 余 after a count not round is written
    // by 20 texts of the corpus (016's `68余条`, 1044's `257余条`, 1123's, 1438's, 1839's, 2065's
    // `122余条`…), none written down by their gatherers.
    // Left missed again at stop 54 (after the measure of 2171–2215): the same reading would warn on 29
    // texts whose gatherers passed the wording (see 2206's comment); 2206, 2210 and 2212 left with it.
    '总体情况(一)“全年通过政府门户网站、今日通川等主动公开各类政府信息31余条”：确数后加“余”，数量不确',
  ],
  '2158-echeng-zgh-2020.txt': [
    // Left missed at stop 53 (after the measure of 2126–2170): 1996's shape (left at stop 52): parts whose
    // tables are not in the text are printed so by 201, 1078, 1314 and 1556 (tables as images, not copied),
    // passed by their gatherers; no text tells a table left out from one not copied.
    // Left missed at stop 54 (after the measure of 2126–2170): parts 二–四 written as sentences in
    // place of the tables are told apart from images (empty parts), but 1999's (古城区发改局 2020: `我局
    // 公开政府信息新增信息14条…`, `收到政府信息公开申请3件…`, `未发生…行政复议、行政诉讼…`) and 2004's
    // (武汉市机关事务管理局 2025) are the same shape, no table printed, passed by their gatherers.
    '第二、三、四部分都只有一句话（49条、未收到申请、未被复议诉讼），整段可见，其后即下一部分标题：表二、表三、表四都没有印出',
  ],
  '2160-xisaishan-zsj-2020.txt': [
    // Since a fix of stop 53 after the measure of 2126–2170: a change between two bare numbers (count-unit-missing).
    // Left missed at stop 53 (after the measure of 2126–2170): no time left at this stop; a short row
    // printed a cell a line is left alone by table-cells-printed-blank (a copy may have lost its cells).
    // Left missed at stop 54 (after the measure of 2126–2170): every row of its 表二's first item prints
    // one value under three columns (规章 0, 规范性文件 0, then the page's own row `其他主动公开文件(含…)`
    // and its 7, which no format has and the import reads as 规范性文件's second value), so no row shows
    // the places the copy keeps (stop 46's short rows need another row's values in those places, as
    // 洸河街道's and 焦庄乡's); `行政许可` is followed by `其他对外管理服务事项指…`, the next label run into its note
    // with its brackets lost and cut by the excerpt, which no reading takes for a label. Reading a row
    // of one value under three columns as printed short wants a table whose rows keep their places.
    '表二“规范性文件”一行三列只填了一个0，“行政许可”一行印出而一个数都没填（紧接下一行名）：没有数据也应填0',
  ],
  // Since a fix of stop 53 after the measure of 2126–2170: 2168's `立仓镇依申请公开作为…重点任务` read (将
  // lost before a body's work taken as its priority).
  '2172-haizhu-tzb-2019.txt': [
    // Left missed at stop 54 (after the measure of 2171–2215): the item on requests that says none is read
    // only under a heading opening with 依申请公开 (REQUESTS_ITEM); reading headings with verbs before it
    // (`继续完善政府信息依申请公开工作机制`) needs the whole corpus measured again for the headings joining
    // 主动公开 and 依申请公开, which did not fit in the time of this stop.
    '总体情况小标题“(二)继续完善政府信息依申请公开工作机制”之下写的是“采取门户网站、广东政务服务网…等多形式、多渠道向公众公开政府信息”：是主动公开的渠道，没有写依申请公开的工作和收到、处理申请的情况',
    '“二、主动公开政府信息情况”“三、收到和处理政府信息公开申请情况”“四、政府信息公开行政复议、行政诉讼情况”三个标题下都是空的，紧接下一标题：表二、表三、表四都没有印出',
  ],
  // Since a fix of stop 54 after the measure of 2171–2215: 2181's 由据 before a cited title read (phrase-garbled).
  '2183-hangzhou-sgb-2020.txt': [
    // Left missed at stop 54 (after the measure of 2171–2215): as 2134's `疾控中心` (stop 53), a short
    // name made of the full name's characters (审管办 for 行政审批服务管理办公室) is of the kind the
    // corpus's titles print and their gatherers pass (`…住建局…`, `…卫健委…`, `…发改委…`: 1055, 1199, 1487,
    // 1724, 2015 and more); no rule tells this one from theirs.
    '标题“杭州市审管办2020年政府信息公开工作年度报告”：机关名称用简称“审管办”（应为杭州市行政审批服务管理办公室）',
    // Since a fix of stop 54 after the measure of 2171–2215: `由` a body then `的…情况编制`, nothing between, read (phrase-garbled).
  ],
  '2184-dongzhi-dadukou-2022.txt': [
    // Left missed at stop 54 (after the measure of 2171–2215): its parts name `村务公开119条` after 其中,
    // which SCOPE reads as the villages counted in (the figures the whole town's), as 062's `村(社区)栏目199条`
    // and 548's `其中包括村务公开238条` whose gatherers passed them: the same reading would warn on both.
    '镇政府的报告写“2022年,我镇围绕年度政务公开工作重点发布各类信息1023条”：未说明是镇本级还是全镇的数字',
    // Since a fix of stop 54 after the measure of 2171–2215: `权利运行` flagged (EXPECTED_MEASURED).
  ],
  // Since a fix of stop 55 after the measure of 2216–2260: 2187's `在党政内网公开信息并完成约稿470余条` read (a count
  // posted on an intranet; overview-item-off-topic).
  '2190-rongchang-lyj-2019.txt': [
    // Left missed at stop 54 (after the measure of 2171–2215): 2128's shape (left at stop 53): `包括…组成`
    // is written by some 50 texts of the corpus (031, 078, 088, 1022, 1036, 1142…), passed by their gatherers.
    '序言“报告主要包括总体情况…其他需要报告的事项共六个部分组成”：“包括”与“组成”杂糅，句子不通',
  ],
  // Since a fix of stop 54 after the measure of 2171–2215: 2194's `紧紧聚集` and its `“三审制度,遵循“…`
  // flagged (EXPECTED_MEASURED).
  // Since a fix of stop 54 after the measure of 2171–2215: 2204's `纳税人权力` flagged (EXPECTED_MEASURED).
  '2206-guizhou-txglj-2021.txt': [
    // Left missed at stop 54 (after the measure of 2171–2215): 余 after a count not round is written by
    // 29 texts of the corpus besides this measure's three and 2153 (016's `68余条`, 100's `4916余条`,
    // 1044's `257余条`, 1431's `3043余条`, 1839's `2541余条`, 1902's `5123余条`, 2109's `5689余条`, 304's
    // `8413余条`…), none written down by their gatherers; no last digit nor length tells them apart.
    '总体情况(一)1.“共发布工作通知公告、时政要闻、部省要闻等信息3464余条”：确数后加“余”，数量不确',
  ],
  // Since a fix of stop 54 after the measure of 2171–2215: 2207's `图片视等` flagged (EXPECTED_MEASURED).
  '2208-guangxi-ksj-2024.txt': [
    // Left missed at stop 54 (after the measure of 2171–2215): a 主动公开 item with no count, telling rules
    // and 保密审查, is how many items open before their counts in a later line; telling it from an
    // item moved to (三) needs the two items compared; the reading of a managed 依申请 item (stop 40,
    // two MANAGEMENT_WORDS wanted) finds one 保密审查 alone here, and one alone is common in 主动公开 items.
    '总体情况(一)主动公开只写印发新闻信息和政务信息管理办法、保密审查（其后即(二)，整段可见），本年主动公开的“227条”及其分类却写在“(三)政府信息管理”之下：主动公开和政府信息管理的内容放错了小项',
  ],
  '2210-sichuan-mtdzj-2021.txt': [
    // Since a fix of stop 54 after the measure of 2171–2215: `六中中全会` flagged (EXPECTED_MEASURED).
    // Left missed at stop 54 (after the measure of 2171–2215): 余 after a count not round is written by
    // 29 texts of the corpus besides this measure's three and 2153 (016's `68余条`, 100's `4916余条`,
    // 1044's `257余条`, 1431's `3043余条`, 1839's `2541余条`, 1902's `5123余条`, 2109's `5689余条`, 304's
    // `8413余条`…), none written down by their gatherers; no last digit nor length tells them apart.
    '总体情况(二)“全年局网站刊登内部新闻稿件451余篇(条)”：确数后加“余”，数量不确',
  ],
  '2212-shaanxi-sft-2020.txt': [
    // Left missed at stop 54 (after the measure of 2171–2215): 余 after a count not round is written by
    // 29 texts of the corpus besides this measure's three and 2153 (016's `68余条`, 100's `4916余条`,
    // 1044's `257余条`, 1431's `3043余条`, 1839's `2541余条`, 1902's `5123余条`, 2109's `5689余条`, 304's
    // `8413余条`…), none written down by their gatherers; no last digit nor length tells them apart.
    '总体情况首段“通过门户网站、微信、微博共公开各类政府信息29158余条”：确数后加“余”，数量不确',
  ],
  '2213-yaozhou-sjj-2020.txt': [
    // Left missed at stop 54 (after the measure of 2171–2215): two kinds after 包括 adding to less than
    // their whole, no catch-all, is the shape parts-sum reads as highlights, not all of it (`5729条,其中,
    // 市政府文件15件,市政府办文件1件`; 1210's `包括…等` passed by its gatherer); only four kinds or more to
    // the sentence's end, or a catch-all, are read as the whole, and two would warn on such highlights.
    '总体情况(二)“主动公开政务信息9条,其中区政府网站公开9条,包括…审计项目计划1条、审计结果公告7条”：所列两项合计8条，比9条少1条',
    // Since a fix of stop 54 after the measure of 2171–2215: `审计高度重视…` read (agency-name-word-lost).
    // Since a fix of stop 54 after the measure of 2171–2215: `、主动公开政府信息情况` read (section-heading-mismatch).
  ],
  // Since a fix of stop 54 after the measure of 2171–2215: 2215's 依 between a verb of answering and 申请人 read (phrase-garbled).
  // Since a fix of stop 55 after the measure of 2216–2260: 2219's `确保信息质量的前提下` with no 在 and
  // `行政依法` for 依法行政 read (phrase-garbled; the lost 顿号 and full stop of the same sentence are not).
  // Since a fix of stop 55 after the measure of 2216–2260: 2220's paragraph opening with `《…条例》第五十条的
  // 要求及…` read as its 根据 lost (text-opening-lost).
  '2221-wuyuan-wgxlj-2020.txt': [
    // Left missed at stop 55 (after the measure of 2216–2260): the corpus's titles with a contracted bureau name
    // were written down by the gatherers of 1882 (教体局), 1918 and 2221 (文广新旅局), 2183 (审管办) and 2223
    // (科经局), and passed by those of 1222, 1477 and 1643 (卫健局), 1381 (发改局), 1996, 2016 and 2031 (科技局),
    // 2116 (林草局) and 1797 (疾控局); this text never prints the full name, and no rule but a list of the
    // contractions passed tells 文广新旅 from 卫健 or 发改.
    '标题“婺源县文广新旅局2020年政府信息公开工作年度报告”：机关名称用简称“文广新旅局”（应为婺源县文化广电新闻出版旅游局），同1918',
  ],
  // Since a fix of stop 55 after the measure of 2216–2260: 2222's platform item `无公开平台建设情况。` read (overview-areas-missing).
  '2223-dongzhi-kjj-2021.txt': [
    // Left missed at stop 55 (after the measure of 2216–2260): as 2221's; a title's short name whose full name the
    // same text prints was written down for 2223 and 1882 but passed for 1381 (发改局, 全称 in its preface), 1996
    // and 2016 (科技局, 科学技术局 in their texts); a word of the full name dropped whole (信息化 from 科技经济信息化)
    // is the way of the passed 人社局 (资源, 保障) too.
    '标题“东至县科经局2021年政府信息公开工作年度报告”：机关名称用简称“科经局”（序言为东至县科技经济信息化局）',
  ],
  '2225-linan-jxj-2021.txt': [
    // Since a fix of stop 55 after the measure of 2216–2260: 报送, 简报 and 录用 in one clause read (overview-item-off-topic).
    // Left missed at stop 55 (after the measure of 2216–2260): 超 (or 超过) with 余 is written by 679 (`门户网站总访问量
    // 超过50余万次`), passed by its gatherer as wording (`“超过…余”叠用，属措辞`), and a decimal with 万余 by 441
    // (`达232.8万余次`), not written down: no reading of the shape tells this one apart.
    '总体情况(一)“全年阅读量超22.7万余次”：“超”与“余”重复，数字说法矛盾',
  ],
  '2226-qinhuai-wlj-2020.txt': [
    // Left missed at stop 55 (after the measure of 2216–2260): as 1844's and 1863's (left at stop 50 and 51): of the
    // corpus's 30 texts citing `《政府信息公开条例》` that never print the full name, 3 gatherers wrote it down
    // (1844, 1863, 2226), 12 passed it in words (常见简称, 不计: 215, 400, 477, 655, 729, 870, 1107, 1606, 1675,
    // 1790, 1819, 2005) and 15 silently; the sentences are alike (按照/贯彻落实《政府信息公开条例》).
    '总体情况“严格按照《政府信息公开条例》的各项具体要求”：条例名称缺“中华人民共和国”，全文没有给出全称',
    // Since a fix of stop 55 after the measure of 2216–2260: `主动信息公开113条` read (phrase-garbled).
  ],
  // Since a fix of stop 55 after the measure of 2216–2260: 2227's management item telling only the staff's study read (overview-item-off-topic).
  '2228-tinghu-wglj-2025.txt': [
    // Since a fix of stop 55 after the measure of 2216–2260: `亭湖区广旅局` read (agency-name-word-lost, EXPECTED_MEASURED).
    // Since a fix of stop 55 after the measure of 2216–2260: `…部署编制,结合…情况编制` read (phrase-garbled:meta).
    // Left missed at stop 55 (after the measure of 2216–2260): a stop lost between `聚焦…双核心` and
    // `重点围绕…`, and 重点 written thrice, is wording with no general shape: a word said three times in a
    // sentence is usual (`重点领域…重点工作`), and a lost stop between two clauses has no mark to read.
    '总体情况主动公开“聚焦群众关切+行业重点双核心重点围绕文化旅游领域重点工作,…和其他文件等栏目围绕公共文化服务…”：缺标点，“重点”连用三次，句子不通',
  ],
  // Since a fix of stop 55 after the measure of 2216–2260:`四段34段` read (phrase-garbled).
  // Since a fix of stop 55 after the measure of 2216–2260:`不适应形式要求` read (phrase-garbled).
  '2247-handan-qxj-2020.txt': [
    // Left missed at stop 55 (after the measure of 2216–2260): 2128's and 2190's shape (left at stops 53
    // and 54): `全文包括…等六部分组成` is as 088's `包括…组成`, written by some 50 texts of the corpus (031,
    // 078, 088, 1022, 1036, 1142…) and passed by their gatherers.
    '序言“全文包括总体情况、…、其他需要报告的事项等六部分组成”：“包括”与“组成”杂糅，句子不通',
  ],
  // Since a fix of stop 55 after the measure of 2216–2260:`审核程台` and `全省气象各级气象部门` read (phrase-garbled).
  // Since a fix of stop 55 after the measure of 2216–2260:`报中所列数据` read (phrase-garbled).
  '2254-xinganmeng-sthjj-2022.txt': [
    // Left missed at stop 55 (after the measure of 2216–2260): `本报告由…等6项内容。` with no 组成 is
    // written alike by 180 (`本报告由总体情况、…其他需要报告的事项等6项内容。`) and 1064 (`…六个部分。`),
    // whose gatherers noted it among their slips as wording, not counted.
    '序言“本年报由2022年度政府信息公开工作总体情况,…其他需要报告的事项等6项内容。”：“由…6项内容”缺“组成”，句子不完整',
  ],
  '2255-huaian-qxj-2021.txt': [
    // Left missed at stop 55 (after the measure of 2216–2260): as 1711's, 1743's, 1785's and 1809's (stops 48–49):
    // 32 texts of the corpus write `国令第711号` or `国令711号` right after the regulation's name; 19 gatherers
    // wrote it down, 13 passed it (022, 023, 053, 307, 515, 662, 700, 754, 777, 868, 1594, 1595, 2079), in the
    // same shape (`条例》(国令第711号)`, `(国令第711号,以下简称《条例》)`): no narrower reading tells them apart.
    '序言引“《中华人民共和国政府信息公开条例》(国令第711号)”：令号写成“国令”（应为国务院令第711号）',
  ],
  '2256-huaibei-qxj-2021.txt': [
    // Since a fix of stop 55 after the measure of 2216–2260: `“双随机”一公开` read (phrase-garbled).
    // Left missed at stop 55 (after the measure of 2216–2260): `提高…审理规范制度` is a sentence of no
    // fixed phrase (a wrong object for 提高, an agency that hears no appeals): no general shape to read.
    '总体情况(二)“提高政府信息公开行政复议审理规范制度”：句子不通（气象局并不审理行政复议）',
    // Since a fix of stop 55 after the measure of 2216–2260: `行政诉讼复议` read (phrase-garbled).
  ],
  // 2263: Since a fix of stop 56 after the measure of 2261–2305: `案件70,` read (count-unit-missing).
  '2265-licheng-keji-2022.txt': [
    // Left missed at stop 56 (after the measure of 2261–2305): as at stop 55 (2247's `包括…组成`), about 50
    // texts of the corpus write the same shape and their gatherers passed it.
    '序言“报告主要内容包括“总体情况”…“其他需要报告的事项”六个部分组成”：“包括”与“组成”杂糅，句子不通',
  ],
  // Since a fix of stop 56 after the measure of 2261–2305: 2267's 严格 straight into a column (phrase-garbled);
  // 2268's `代表建和` (phrase-garbled).
  // Since a fix of stop 56 after the measure of 2261–2305: 2271's `期限期内` (phrase-garbled).
  // 2276: Since a fix of stop 56 after the measure of 2261–2305: `截至目前,我局共收到政府信息公开申请1条`
  // read (statistics-period-mismatch).
  '2278-shapingba-jjxxw-2025.txt': [
    // Left missed at stop 56 (after the measure of 2261–2305): `…工作情况总结如下` is 2094's
    // `…工作总结如下`, left at stop 53 as the corpus's wording (1171's and 224's gatherers: 属行文; 058's,
    // 565's and 812's passed it); the sentence printed under the heading is told by
    // section-heading-mismatch, whose message quotes it.
    '“现将我委2025年度政府信息公开工作情况总结如下”：把年度报告写成工作总结',
    // Left missed at stop 56 (after the measure of 2261–2305): `300余条` is a count in the three
    // hundreds, which 332 and the parts' 341 (in 条 and 件 mixed) both are: no part exceeds the total
    // as said; reading 余 as "a little over" would warn every `N余条` whose parts run into the next
    // ten or hundred.
    '总体情况(一)“累计发布各类政务信息300余条,其中:工作情况332条、行政许可1件、行政处罚1件、预决算5件、政府采购2件”：其中一项332条就多于总数300余条，分项合计341条',
  ],
  '2286-xianan-tingsiqiao-2021.txt': [
    // Left missed at stop 56 (after the measure of 2261–2305): `汀泗` before 政府信息公开领导小组 may be
    // the town's short name as much as 桥镇 lost (its gatherer doubts it); a place's first characters
    // read as its name cut would warn every short name of a town the corpus prints (`北港`, `小河`).
    '总体情况2.“成立了…的汀泗政府信息公开领导小组”：机关名称丢了“桥镇”（应为汀泗桥镇）',
  ],
  // Since a fix of stop 56 after the measure of 2261–2305: 2287's `(三)公开渠道多样化强` (overview-subheading-garbled);
  // 2291's `政府信息水平` (phrase-garbled); 2292's `等等方式`, `、中辽宁省` and `,确了` (phrase-garbled, one
  // warning for the three); 2293's `公开政府信息建设通过` (phrase-garbled).
  '2296-wulumuqi-jkq-kjj-2023.txt': [
    // Left missed at stop 56 (after the measure of 2261–2305): `现将我X…报告如下` closing the first
    // paragraph under the heading, no preface above, is 549's (银川镇 2022, `现将我镇信息公开年度工作报告
    // 如下`, its gatherer: 没有序言…不作问题) and the usual lead-in stop 49 left (番禺区 2022 and ten others);
    // read, 549 would warn.
    '“一、总体情况”之下首段写“…推进政府信息公开,现将我局政务公开工作报告如下:”：序言的话印在“一、总体情况”之下，没有单独的序言',
    // Left missed at stop 56 (after the measure of 2261–2305): `现将我局政务公开工作报告如下` is 035's
    // very sentence (乌海市工信局 2020, passed by its gatherer), and 1170's `现将一年来政务公开工作报告如下`
    // its gatherer read as no name at all: `政务公开…报告` alone is the usual short form (stop 39, stop 42).
    '“现将我局政务公开工作报告如下”：把政府信息公开工作年度报告写成“政务公开工作报告”',
  ],
  '2309-xuancheng-qxj-2020.txt': [
    // Left missed at stop 57 (after the measure of 2306–2350): 1639's and 2016's reason (left at stops 47
    // and 52): 《条例》 with its full name nowhere is passed by the gatherers of 009, 029, 084, 1049 (in
    // words: a habit of writing), 1335, 1784, 270, 562, 723 and 995; read here, they would warn.
    '总体情况首句“认真贯彻落实《条例》精神”、其后“对照条例”：简称《条例》未给出全称（页面无标题、无序言，全文未写《中华人民共和国政府信息公开条例》）',
    // Left missed at stop 57 (after the measure of 2306–2350): its 表二 printed a cell a line; rows of
    // lone labels with no value (`行政处罚`, `行政强制`) are read as cells a copy may have lost (the import
    // tells printed blanks only in rows printed whole, `|` between, stop 35; or a table with no value
    // at all, stop 39/50), and this table has values (行政许可 6 / 减3 / 3): telling "label printed, value
    // missing" here would need a new reading of the import for one layout.
    '表二大部分格子没有填数：第二十条第(一)项只印一个“0”（行名“规章”也没印），“规范性文件”一行三格全空；“其他对外管理服务事项”“行政处罚”“行政强制”“行政事业性收费”各行都只印行名、没有一个数，(六)(八)两块连表头也没印：没有数据也应填0',
    // Left missed at stop 57 (after the measure of 2306–2350): 处理决定数量 equal to the year's items
    // (上一年 + 增/减) in 7 of the corpus's 65 2019-format 表二 with all three cells (402, 2190, 2188, 2196,
    // 020, 1304 passed by their gatherers): a possible count, not a slip told by the figures alone.
    '表二行政许可“上一年项目数量6、本年增/减 减3、处理决定数量3”：处理决定数量正好等于项目数量（6减3＝3），像是把项目数填进了处理决定栏',
  ],
  '2317-yongchun-shigu-2025.txt': [
    // Left missed at stop 57 (after the measure of 2306–2350): 1978's shape (the same town's preface,
    // left at stop 51), `现公布2025年石鼓镇人民政府信息公开工作年度报告`; the same words after 公布 or as a
    // title in 1463, 1586, 452, 502, 674, 825, 922, 981 and 988 were passed by their gatherers (the
    // government's 政府 shared with the report's name): read here, they would warn.
    '序言“现公布2025年石鼓镇人民政府信息公开工作年度报告”：报告名称缺“政府”（“人民政府”之后应为“政府信息公开工作年度报告”）',
  ],
  // Since a fix of stop 57 after the measure of 2306–2350: 2318's `(三)政府信息管理` telling a place to read
  // and an open day (overview-item-off-topic).
  '2321-hejiang-wjj-2024.txt': [
    // Left missed at stop 57 (after the measure of 2306–2350): `转结` is the variant the corpus reads as
    // `结转` (left so at the measures of 1319–1333 and 2081–2125), and this very sentence of 合江县's
    // template, `2022年未转结政府信息公开申请` / `2021年未转结…`, was passed as wording by the gatherers of
    // 1829 (合江县信访局 2023) and 1649 (合江县尧坝镇 2022): read, they would warn.
    '总体情况(二)“2023年未转结政府信息公开申请”：“结转”写成“转结”（应为2023年无结转的申请）',
  ],
  '2345-shuangliao-jyj-2020.txt': [
    // The last (各县市) left missed at stop 57 (after the measure of 2306–2350): nothing in a name tells a
    // county-level city (双辽市, under 四平市) from a prefecture's, whose bureau rightly speaks of its
    // 各县市 (1769's 襄阳市农业农村局, `各县市区动态`); the text names no city above it, and a list of
    // the country's county-level cities is a gazetteer, not a reading of the wording.
    '县级市教育局的报告(一)写“形成了“一把手”统揽,分管领导亲自抓,各科室、各县市具体抓的领导机制”：市教育局下没有“各县市”，照搬了上级的文字',
  ],
  '2346-ningqiang-zrzyj-2021.txt': [
    // Left missed at stop 57 (after the measure of 2306–2350): the list's last kinds lost their unit
    // (`行政处罚1,`, read by count-unit-missing) or wrote it before the number (`回复公众诉求件9`), and it
    // ends its part with no stop, as the corpus's cut excerpts do (`…重大行政决策目录2`, 182): the sum
    // reads a list short of its whole only when its kinds are written whole to a sentence's end.
    '第二部分“主动公开信息66条,其中:信息公开年报1条、通知公告18条、人大建议政协提案2条、部门预决算公开2条、行政许可事项3条、行政处罚1,回复公众诉求件9”：所列七项合计36条，比66条少30条',
  ],
  // Since a fix of stop 58 after the measure of 2351–2395: 2354's `行政许可项566件` and its undefined
  // `《实施办法》` flagged (EXPECTED_MEASURED).
  '2356-zhoushan-tyjrswj-2024.txt': [
    // Left missed at stop 58 (after the measure of 2351–2395): 余 after a count not ending in 0 is
    // written by 22 other texts of the corpus whose gatherers passed it as wording (016's `68余条`, 1044's
    // `257余条`, 1123's `776余条`, 1438's `1842余条`, 1839's `2541余条`, 1997's `2223余条`, 2065's `122余条`,
    // 702's `2535余条`, 708's `667余条`…), against 10 written down (2153, 2206, 2210, 2212, 224, 225, 304,
    // 329 and this measure's two): no last digit, length, unit (`条次`: `余人次` is fine) nor exact sum of
    // the parts (1123's, 708's, 779's sums are exact too) tells them apart, as stops 53 and 54 found.
    '总体情况(一)“主动公开本部门信息969余条次”：确数后加“余”，数量不确',
  ],
  '2357-nanjing-xuanwu-sfj-2023.txt': [
    // Left missed at stop 58 (after the measure of 2351–2395): 1996's and 2172's same shape (a table's
    // heading with nothing under it, the next heading at once) is left missed too: 201, 1078, 1314 and
    // 1556 print it where the page's tables were images not copied, passed by their gatherers (and 2357's
    // own gatherer doubts it so); no wording tells a table left out from one not copied.
    '“二、主动公开政府信息情况”标题下是空的，紧接“三、收到和处理政府信息公开申请情”：表二没有印出',
  ],
  // Since a fix of stop 58 after the measure of 2351–2395: 2362's `政审批` flagged (EXPECTED_MEASURED).
  '2363-huangshan-jtysj-2021.txt': [
    // Left missed at stop 58 (after the measure of 2351–2395): 2356's reason (余 after a count not
    // round, passed as wording in 22 texts of the corpus; its parts' exact sum is 1123's and 708's too).
    '总体情况(一)“共发布各类政务公开信息1260余条,其中:主动公开基础领域信息1016余条,重点领域信息244余条”：确数后加“余”，数量不确',
    // Left missed at stop 58 (after the measure of 2351–2395): deputies' suggestions and proposals
    // counted as handled under 主动公开 are passed by the gatherers of 2342 (`办理人大建议10件、政协提案34件,
    // 办结满意率均达到100%` in its (一)政府信息主动公开情况), 1244, 943, 2285 and 188; read there, they would warn.
    '总体情况(一)主动公开情况写“共承担市人大代表建议主办件9件,已全部办结,与代表见面率100%,满意率100%。共承担市政协委员提案主办件11件…”：写的是建议提案的办理，不是主动公开政府信息的情况',
  ],
  '2374-jinkouhe-jtj-2025.txt': [
    // Left missed at stop 58 (after the measure of 2351–2395): the import now reads no agency (the site's
    // header no longer taken), but `agency-name-missing` is the form's empty field (`incomplete`, not judged on
    // an imported text), and a bare title naming no body is passed in 007, 582, 768, 788 and 811 (937's and
    // 1875's reason): no line of the title tells 2374 from them.
    '标题只有“2025年度政府信息公开年报”，没有机关名称（全文只称“区交通运输局”，没有金口河区的全称）',
    // Left missed at stop 58 (after the measure of 2351–2395): 1430 (弥勒市林业和草原局 2025) prints the
    // same shape, no preface and the year's work closed by `现将2025年政府信息公开公布如下:` under `一、总体情况`,
    // and its gatherer passed it as the usual opening; `…报告如下` there is the corpus's usual lead-in (stop 49).
    '“一、总体情况”之下首段写“2025年,在区委、区政府的领导下,区交通运输局…圆满完成了年度各项目标任务。现将本年度区交通运输局政府信息公开情况公布如下:”：序言的话印在“一、总体情况”之下，没有单独的序言',
  ],
  // Since a fix of stop 58 after the measure of 2351–2395: 2380's `街办事处道` flagged (EXPECTED_MEASURED).
  '2381-zhalaite-czj-2025.txt': [
    // Left missed at stop 58 (after the measure of 2351–2395): stops 48–57's reason: `国令第711号` right
    // after the regulation's name is in 33 texts of the corpus, passed as the usual short form of 国务院令
    // by the gatherers of 1273, 1346, 1425, 1508, 1529, 1706, 1834, 2200, 516, 573, 651 and 813, counted
    // by those of 1711, 1743, 1785, 1809, 2011, 2059 and 2255, all in the same shape: read, the passed
    // ones would warn.
    '序言引“《中华人民共和国政府信息公开条例》(国令第711号)”：令号写成“国令”（应为国务院令第711号）',
  ],
  // Since a fix of stop 58 after the measure of 2351–2395: 2384's agency led by itself flagged
  // (EXPECTED_MEASURED).
  '2385-aketao-sjj-2021.txt': [
    // Left missed at stop 58 (after the measure of 2351–2395): a clause ending in `的重要举措` with
    // no 是 in it is how the corpus's lists go on (`…、提高工作效能的重要举措,`, 1101, 1185, 1314, 1367, 1394
    // and some 30 more, the 是 a clause before); telling a verb's object from a list's last item needs
    // the sentence parsed.
    '总体情况首段“并继续全面贯彻《条例》的重要举措”：句子不通（《条例》不是“举措”，缺了中心语）',
    // Left missed at stop 58 (after the measure of 2351–2395): stop 57's reason (2309), looked at again:
    // 《条例》 used, never defined and the regulation never named in full, is passed in eleven texts
    // (009, 029, 084, 1049 `属文字习惯`, 1335, 1784, 2045, 270, 562, 723, 995), counted in nine (1329, 1440,
    // 1639, 1799, 1879, 2016, 2309, 2354, 2392); cut excerpts opening at `一、总体情况` (009, 084, 1784,
    // 562, 723 passed; 1329, 1799 counted) and pages with a title and no preface (029, 1049, 1335, 270,
    // 995 passed; 1639, 2016, 2392 counted) fall on both sides: no reading tells them apart. Its
    // `《政府信息公开条例》` (中华人民共和国 lost) was passed as a usual short form by 870's gatherer,
    // counted by 1844's.
    '总体情况首段用简称“《条例》”（“全面贯彻《条例》”“加强对《条例》的宣传和学习”），又写“《政府信息公开条例》”：页面无序言，全文未给出《中华人民共和国政府信息公开条例》的全称',
  ],
  // Since a fix of stop 58 after the measure of 2351–2395: 2388's `收到良好社会反响` and its 平台建设
  // item telling only the work's reception flagged (EXPECTED_MEASURED).
  '2392-yanta-jtj-2020.txt': [
    // Left missed at stop 58 (after the measure of 2351–2395): 2385's reason: a page with a title and
    // no preface whose 《条例》 is never named in full, as 029, 1049, 1335, 270 and 995, passed by their
    // gatherers.
    '总体情况“我局认真贯彻落实《条例》”：页面无序言，简称《条例》未给出全称（全文未写《中华人民共和国政府信息公开条例》）',
  ],
  // Since a fix of stop 58 after the measure of 2351–2395: 2393's `为政务公开主,` and its `教育局机关`
  // flagged (EXPECTED_MEASURED).
  // Since a fix of stop 59 after the measure of 2396–2440: 2396's `收到3条依申请政府信息公开`, 2404's `地址:地址:`,
  // 2411's `将…信息到`, 2412's `付政府信息公开`, 2415's `重大预决策`, 2423's `发布信3366条` and
  // `答复意见2政协…`, 2427's `三中精神`, 2433's `以新时代…思想` and doubled `依申请公开方面。` flagged
  // (EXPECTED_MEASURED).
  '2405-zibo-gxj-2024.txt': [
    // Left missed at stop 59 (after the measure of 2396–2440): as 1844, 1863 and 2226 (left at stops 50 and
    // 55): of the corpus's texts citing `《政府信息公开条例》` that never print the full name, 5 gatherers wrote
    // it down (1844, 1863, 2226, 2385, 2405) and 12 passed it in words (常见简称, 不计: 400, 477, 655, 729,
    // 870, 1107, 1606, 1675, 1790, 1819…), the rest silently; the sentences are alike (严格执行/按照/贯彻落实
    // 《政府信息公开条例》), so the reading would warn on the passed ones.
    '总体情况(二)“2024年我局严格执行《政府信息公开条例》规定”：条例名称缺“中华人民共和国”，全文（序言无条例名）未给出《中华人民共和国政府信息公开条例》全称',
  ],
  // Since a fix of stop 59 after the measure of 2396–2440: 2408's `严格落实条例》` flagged (EXPECTED_MEASURED).
  '2409-jiangyin-lingang-2023.txt': [
    // Left missed at stop 59 (after the measure of 2396–2440): `agency-name-missing` is the form's empty field
    // (`incomplete`, not judged on an imported text), and a title naming no body is counted by the gatherers of
    // 937, 1875, 2374, 2409 and 2416 but passed by those of 007, 582, 768, 788 and 811 on the same shapes: 2416's
    // bare title over a preface publishing the body's report (`现公布华容县文旅广电局2025年度…`) is 582's
    // (`现公布南通外向型农业综合开发区(苴镇街道)2025年…`), 2409's page field `发布机构 临港经济开发区党政办公室` above
    // it is 788's (`发布机构: 湖南省生态环境厅`), 937's text naming no body is 007's: no line tells them apart.
    '标题只有“2023年政府信息公开工作年度报告”（印了三次），没有机关名称（发布机构栏为“临港经济开发区党政办公室”，联系句为“江阴临港经济开发区党政办公室”）',
  ],
  '2413-nanzhang-kjj-2023.txt': [
    // Left missed at stop 59 (after the measure of 2396–2440): 2223's reason (stop 55): a title's short name whose
    // full name the same text prints is counted for 2223, 2413, 2433 and 1882 but passed for 1381 and 2294 (the
    // preface publishing the report under the full name, as 2413's compiler is named), 1643, 1996 and 887 (the
    // full name in the contact's sentence, as 2223's), and 1487 (住建局 under `盂县住房和城乡建设管理局`).
    '标题“南漳县科经局2023年政府信息 公开工作年度报告”：机关名称用简称“科经局”（序言为南漳县科学技术和经济信息化局）',
    // Since a fix of stop 59 after the measure of 2396–2440: 2413 flagged (agency-name-word-doubled:meta).
  ],
  // Left missed at stop 59 (after the measure of 2396–2440): 2409's reason (a bare title over a preface
  // publishing the body's report, 582's shape, passed).
  '2416-huarong-wlgdj-2025.txt': ['标题只有“2025年度政府信息公开工作年度报告”：没有机关名称'],
  '2420-yanting-xzspj-2022.txt': [
    // Left missed at stop 59 (after the measure of 2396–2440): the corpus's other reports of 2021 or later
    // citing 国办公开办函〔2016〕201号 beside the 30号 format (1333 眉山市人社局 2022, 1386 昭化区水利局 2023)
    // were passed by their gatherers (`是四川的通行写法，不计`), as 1675's (2020) was; a reading of the
    // citation would warn on both.
    '序言依据之一“《国务院办公厅政府信息与政务公开办公室关于政府信息公开年度报告有关项目填报问题的解释》(国办公开办函〔2016〕201号)”：这是旧格式年报的填报解释，2022年度报告应依国办公开办函〔2021〕30号印发的格式（序言也引了30号）',
    // Left missed at stop 59 (after the measure of 2396–2440): `报站` for 网站 and `网站保障栏目` have no
    // shape to read beyond this text's words: a column named by its field before 栏目 is common and
    // right (`医疗保障栏目`, real: 隆德县城关镇 2021), and 报站 is a word of its own.
    '总体情况(四)“加强县政府门户网站保障栏目维护力度”“及时更新报站栏目信息”：“保障栏目”“报站栏目”说法不通',
  ],
  // Since a fix of stop 59 after the measure of 2396–2440: 2421's `编制的发布工作` flagged (EXPECTED_MEASURED).
  '2422-quxian-sjj-2022.txt': [
    // Left missed at stop 59 (after the measure of 2396–2440): the same site's sentence `渠县县政府门户网` is
    // passed by 1259's gatherer in so many words (渠县医疗保障局 2022: `“渠县”是县名，“县政府”是机关，不算重字`,
    // stop 56 reading it so): a one-character county before 县政府 cannot be judged both ways.
    '“本报告可通过渠县县政府门户网站”：“县”重复（应为渠县政府门户网站/渠县人民政府门户网站）',
  ],
  // Since a fix of stop 59 after the measure of 2396–2440: 2426's `现编制和发布东胜区2023年…` flagged
  // (EXPECTED_MEASURED).
  // Since fixes of stop 59 after the measure of 2396–2440: 2400's, 2407's, 2419's, 2434's and 2439's
  // misses, and all three of 2427's (its place-less compiler, `三中精神`, its `㈡` sub-heading), flagged
  // (EXPECTED_MEASURED).
  '2428-lingwu-kjj-2024.txt': [
    // Left missed at stop 59 (after the measure of 2396–2440): stop 58's reason (2381) holds: `(国令第711号)`
    // is written in some 33 texts, passed by 12 gatherers and counted by 7, all in the same shape after the
    // regulation's full name; nothing in the words parts the calls.
    '序言引“《中华人民共和国政府信息公开条例》(国令第711号)”：令号写成“国令”（应为国务院令第711号）',
  ],
  '2429-fuping-wlj-2021.txt': [
    // Left missed at stop 59 (after the measure of 2396–2440): the import keeps no trace that the
    // text has no title (its agency read from the signature), and titled reports saying
    // `…政府信息公开工作(情况)汇报如下` were passed by their gatherers (1909 鲊埠回族乡 2021, 1392 西峰区统计局 2020, 861
    // 阳高县 2020).
    '序言“现将文化和旅游局2021年度政府信息公开情况汇报如下”：向社会公布的年度报告写成向上级“汇报”的工作情况',
    // Left missed at stop 59 (after the measure of 2396–2440): the three table headings printed one
    // after another with nothing under them are the same shape as 201, 1078 and 1314's, whose
    // tables were images (not written down), so the shape tells nothing.
    '“二、主动公开政府信息情况”“三、收到和处理政府信息公开申请情况”“四、政府信息公开行政复议、行政诉讼情况”三个标题下都是空的，紧接下一标题：表二、表三、表四都没有印出',
  ],
  '2430-wubao-wlj-2021.txt': [
    // Left missed at stop 59 (after the measure of 2396–2440): a sub-heading run into its text with
    // no mark is passed as wording by the corpus's gatherers, its siblings closed by a mark or not
    // (1119, 1950, 2157; 2194 and 598, `(五)监督保障情况一是…` and `(一)主动公开情况一是…` beside siblings ending in
    // 。).
    '总体情况第一个小标题“(一)主动公开情况全面展开文旅局政府信息公开工作。”：小标题与正文连写，句子不通',
    // Since a fix of stop 59 after the measure of 2396–2440: (五)'s `做好工作考核、社会评议和责任追究结果情况`
    // flagged (EXPECTED_MEASURED).
  ],
  // Since a fix of stop 59 after the measure of 2396–2440: 2431's `…制度》《网站…` flagged (EXPECTED_MEASURED).
  '2433-mulan-zjj-2023.txt': [
    // Left missed at stop 59 (after the measure of 2396–2440): 2413's reason; 住建局 itself is passed by 1487's
    // gatherer (`2025年盂县住建局…年度报告` under `盂县住房和城乡建设管理局`), as 卫健局 by 1643's with the full
    // name in its contact's sentence, as 2433's `请联系:木兰县住房和城乡建设局` is.
    '标题“木兰县住建局2023年政府信息公开工作年度报告”：机关名称用简称“住建局”（序言联系人处为木兰县住房和城乡建设局）',
  ],
  '2441-shaoxing-rfb-2019.txt': [
    // Left missed at stop 60 (after the measure of 2441–2485): a table's changed header is recorded by the import
    // (`changedHeaders`, src/import, another fixer's area this stop), which takes a label one character off, not
    // one with words dropped (`公开数量` for 本年新公开数量); no check of the domain sees the printed header.
    '表二第二十条第(一)项表头“本年新制作数量 | 公开数量 | 对外公开总数”：“本年新公开数量”丢了“本年新”，“对外公开总数量”丢了“量”',
  ],
  '2450-siming-zhonghua-2020.txt': [
    // Left missed at stop 60 (after the measure of 2441–2485): 2120's reason (left at stop 53): stop 49's reading takes
    // `…工作(情况)总结如下` under the heading; `现将有关情况总结如下` closes the first paragraph under `一、总体情况` of
    // 855 (落水镇 2024), after a whole preface, passed by its gatherer; nothing in the words parts 2450's
    // `现将具体情况总结如下` from it.
    '“一、总体情况”首段末“现将具体情况总结如下:”：把年度报告写成工作总结，“现将…如下”式的话印在“一、总体情况”之下',
  ],
  '2458-huangshi-gaj-2021.txt': [
    // Left missed at stop 60 (after the measure of 2441–2485): kinds listed before `等六类` one fewer than
    // said is 等 cutting a list short as often as a slip: 094 乌鲁木齐市人民政府 2021 (`权责清单、统计数据、双公示、
    // 建议提案、公务员招考等六大类`, five of six) and 1862's `…等12类` were passed by their gatherers, and
    // nothing in the words parts them from 2458's.
    '总体情况(一)“市公安局政府信息公开内容涵盖机构职能、法律法规政策解读、发展规划、业务及服务、与公众切身利益有关的动态性信息等六类基本信息”：只列了五类却说六类',
    // Left missed at stop 60 (after the measure of 2441–2485): the page is cut inside `(二)公开形式`'s
    // `1、政务网站公开` (`平安黄石网设一级栏目6`), an item on publishing where the site's count often comes
    // (the reading of 975 姚安县农业农村局 2021, cut as this); asking for it here would warn such excerpts.
    '总体情况“(一)主动公开情况”（其后即“(二)公开形式”，整段可见）只列公开内容的类别：没有写本年主动公开政府信息的数量',
  ],
  '2459-hengnan-wjj-2020.txt': [
    // Left missed at stop 60 (after the measure of 2441–2485): the reason of 1440, 1639, 2309 and 2392 (left at stops 44,
    // 47, 57, 58): 《条例》 with its full name nowhere is passed by the gatherers of 009, 029, 084, 1049 (`属文字习惯`),
    // 1335, 1784, 270, 562, 723 and 995; read here, they would warn.
    '总体情况“推进政府信息公开工作是我县贯彻实施《条例》、…”：简称《条例》未给出全称（编制说明只写“相关法律、法规”，全文未写《中华人民共和国政府信息公开条例》）',
  ],
  '2462-yueyang-rongjiawan-2020.txt': [
    // Left missed at stop 60 (after the measure of 2441–2485): 047 (苏平片区管理局 2019) prints the same sentence,
    // `严格按照《国家保密法》及有关法律、法规和规章规定,建立健全政府信息公开保密审查制度`, and its gatherer took the
    // name as a slip of wording (in `slips`, not `problems`); no reading warns on one and not the other.
    '总体情况(2)“严格按照《国家保密法》”：法律名称不对（应为《中华人民共和国保守国家秘密法》）',
  ],
  '2463-xiongxian-tyjrswj-2019.txt': [
    // Left missed at stop 60 (after the measure of 2441–2485): 776's shape (left since stop 35): plain lines
    // `规章` / `0` / `规范性文件` / `第二十条第(五)项`, no `|` to show a cell printed empty; 019 (雄县 2019, the
    // same site) prints the same lines and its gatherer wrote no blank cell (it took the `0` as 规章's
    // 本年新制作): reading the bare row before the next caption as printed blank warns it.
    '表二“规章”一行只印一个“0”，“规范性文件”一行一个数也没有，第(五)项也没有“信息内容”行名：有格子空着，没有数据也应填0',
  ],
  '2465-pingcheng-zhenhua-2021.txt': [
    // Left missed at stop 60 (after the measure of 2441–2485): 259 (平阳县 2021) writes the very clause
    // (`…及社会群众关注关切,强政策发布的力度和时效`) and its gatherer passed it as a slip (`缺“加”`, not
    // counted); no reading of the wording parts the two, and a clause opened by 强 alone is otherwise
    // a slogan's (`助监督,强管理`, 1314).
    '总体情况首段“强政策发布的力度和时效”：丢了“加”（应为“加强政策发布的力度和时效”）',
  ],
  '2466-ewenke-yimin-2019.txt': [
    // Left missed at stop 60 (after the measure of 2441–2485): 2158's shape (left at stops 53 and 54):
    // parts 三 and 四 written as one sentence each in place of their tables are printed so by 1999
    // (古城区发改局 2020: `收到政府信息公开申请3件…`, `未发生…行政复议、行政诉讼…`) and 2004 (武汉市机关事务管理局
    // 2025), passed by their gatherers as tables perhaps images not copied; no wording tells them apart.
    '“三、收到和处理政府信息公开申请情况”之下只有一句“2019年度,我苏木未收到政府信息公开申请情况。”：没有表三',
    '“四、政府信息公开行政复议、行政诉讼情况”之下只有一句“2019年,我苏木未发生…行政复议和行政诉讼情况。”：没有表四',
  ],
  '2468-shuangta-qianjin-2020.txt': [
    // Left missed at stop 60 (after the measure of 2441–2485): an overview headed `(一)主动公开`, `(二)政府信息
    // 管理` (依申请 under (一)), none on the platform or 监督保障, is the shape of 004 (区统计局 2023, `(一)主动
    // 公开情况` / `(二)信息管理情况`), 041 重庆市九龙坡区二郎街道办事处 2022 and 560 亳州市利辛县阚疃镇 2024 (主动,
    // 依申请, 管理), none written down by their gatherers; the words of the two areas under the items
    // (`政府信息公开平台为主阵地`, `公开、更新、监督等各环节`) are what those say too.
    '总体情况（其后即“二、主动公开政府信息情况”，整段可见）只有“(一)主动公开”“(二)政府信息管理”两项，依申请公开情况塞在(一)之下作“3.”：没有政府信息公开平台建设和监督保障的情况',
  ],
  '2470-taishan-rsj-2020.txt': [
    // Left missed at stop 60 (after the measure of 2441–2485): 1882's and 2433's shape (left at stops 50 and
    // 59): a title's usual short form of the body the text names in full is passed by the gatherers of 1381
    // (开福区发改局 / 开福区发展和改革局), 1643 (永泰县卫健局), 1996, 2031 and 2294 (科技局 / 科学技术局), 2116
    // (林草局), 2160 (政数局) and 2329 (襄城区人社局 / 襄城区人力资源和社会保障局): the same reading warns them.
    '标题“泰安市泰山区人社局2020年政府信息公开工作年度报告”：机关名称用简称“人社局”（序言为泰安市泰山区人力资源和社会保障局）',
  ],
  '2473-meixian-scjgj-2019.txt': [
    // Left missed at stop 60 (after the measure of 2441–2485): 2470's shape (a title's usual short form,
    // `市场监管局`, of the name the text gives whole), passed by the gatherers of 1381, 1643, 2329 and others.
    '标题“眉县市场监管局2019年度政府信息公开工作年度报告”：机关名称用简称“市场监管局”（正文为眉县市场监督管理局）',
  ],
  '2485-rongchang-gxs-2023.txt': [
    // Left missed at stop 60 (after the measure of 2441–2485): 1606's, 1675's, 1790's, 729's and 870's gatherers pass
    // `《政府信息公开条例》` without 中华人民共和国 as the usual short name, and 《条例》 with the full name nowhere is
    // 2459's reason; a reading of the pair would warn on them.
    '总体情况首段“严格按照《条例》相关规定”“我社根据《政府信息公开条例》第五十条”：简称《条例》和《政府信息公开条例》都未给出《中华人民共和国政府信息公开条例》的全称',
  ],
  '2486-wuxi-gulu-2020.txt': [
    // Left missed at stop 61 (after the measure of 2486–2530): its preface publishes `2020年本级政府信息公开工作年度
    // 报告`, which 1364's, 1418's and 1439's gatherers read as the scope said (本级); reading it as unsaid would
    // warn on them.
    '镇政府的报告总体情况首段写“2020年,在县政府网站乡镇平台公开政府信息33条,法定主动公开信息23条”：未说明是镇本级还是全镇的数字',
  ],
  '2487-wanzhou-wuling-2020.txt': [
    // Left missed at stop 61 (after the measure of 2486–2530): as 2405 (stop 59), 1844, 1863 and 2226:
    // `《政府信息公开条例》` with the full name nowhere is passed in words by 12 gatherers (400, 477, 655, 729, 870,
    // 1107, 1606, 1675, 1790, 1819…) in the same sentences (严格执行/贯彻 《政府信息公开条例》).
    '序言“严格执行《政府信息公开条例》《重庆市政府信息公开工作年度报告制度》等有关规定”：条例名称缺“中华人民共和国”，摘录全文未给出《中华人民共和国政府信息公开条例》的全称',
  ],
  // Since a fix of stop 61 after the measure of 2486–2530: 2488's `(其他〔2019〕112号)` flagged (EXPECTED_MEASURED).
  '2489-kaijiang-renshi-2020.txt': [
    // Left missed at stop 61 (after the measure of 2486–2530): 《条例》 used with no full name before it is
    // the corpus's usual short form (the check reads only 《规定》 and 《办法》 undefined, stop 35); a reading would
    // warn on the many texts that open `认真贯彻落实《条例》`.
    '总体情况首段“严格落实《条例》要求”：页面无序言，简称《条例》未给出全称（摘录全文未写《中华人民共和国政府信息公开条例》）',
  ],
  '2494-tongjiang-changge-2021.txt': [
    // Left missed at stop 61 (after the measure of 2486–2530): its preface's `本级政府(本部门)` (the template's
    // choice left unmade) is read as 本级 said, as 1364's and 1439's gatherers read `本级政府`; 136's gatherer
    // (回澜镇, `本级政府(机关)` left) did not ask its scope either.
    '镇的报告总体情况(一)写“全年主动公开政府信息19条”：未说明是镇本级还是全镇的数字',
  ],
  '2495-lianhu-cl-2020.txt': [
    // Left missed at stop 61 (after the measure of 2486–2530): read as a table printed empty without the
    // copy going on past it (no later part's heading) nor blank cells printed in another table, the same
    // reading also warns on 047's 表三 (label after label, the excerpt cut inside it), which its gatherer
    // did not write down; telling them apart needs the import to keep the blank cell lines after each
    // row's label (2495's rows are followed by blank lines where header cells have one), the import's area.
    '表二第(一)(五)(六)(八)项各行（规章、规范性文件、行政许可、其他对外管理服务事项、行政处罚、行政强制、行政事业性收费）的格子全部空着：没有数据也应填0',
  ],
  // Since a fix of stop 61 after the measure of 2486–2530: 2496's `第三十一条、三十二条` flagged (EXPECTED_MEASURED).
  '2500-chaoyang-jghq-2020.txt': [
    // Left missed at stop 61 (after the measure of 2486–2530): the preface's `以下简称《政府信息公开条例》`
    // then 《条例》 is the same shape 1009, 212 and 2189 print, each passed by its gatherer (a slip, 措辞不计).
    '序言把条例简称为《政府信息公开条例》，第五部分却写“与《条例》的要求还存在一些差距”：所用简称《条例》前文未定义',
  ],
  '2507-pujiang-wjj-2022.txt': [
    // Left missed at stop 61 (after the measure of 2486–2530): one channel's count larger than the whole of
    // 主动公开 said in the sentence before, no introducer, is passed in the corpus as another count (1885's
    // `政府网站主动公开政府信息42条` then `…公众号上主动公开信息159条`; 云林街道 2019's 224 after 172): an
    // account's posts are counted apart from the 政府信息 of the whole.
    '总体情况“一是主动公开”写“2022年浦江县卫健局共主动公开政府信息166条。诗画浦江健康浦江板块进行信息公开122条,浦江智慧卫生公众号进行信息公开227条”：单是公众号的227条就多于总数166条，两渠道合计349条，数字对不上',
  ],
  '2508-huoshan-qxj-2019.txt': [
    // Left missed at stop 61 (after the measure of 2486–2530): as 2487's: the short title with the full
    // name nowhere is passed as a usual short form by most gatherers (870, 1606, 1790, 1819…).
    '首段（序言位置）“深入贯彻新修订的《政府信息公开条例》”：条例名称缺“中华人民共和国”，全文（摘录内）未给出《中华人民共和国政府信息公开条例》全称',
  ],
  '2509-jingxian-yunling-2020.txt': [
    // Left missed at stop 61 (after the measure of 2486–2530): parts' names run together with no mark between
    // (`…申请情况政府信息公开行政复议…`) are passed as punctuation by the gatherers of 124, 169, 456, 1191, 1665
    // and 1777 (slips: `缺顿号`, `属标点`, `措辞不计`); 340, 759 and 2328 wrote them down only beside a lost count.
    '序言“本报告由总体情况、主动公开政府信息情况;收到和处理政府信息公开申请情况政府信息公开行政复议、行政诉讼情况存在的主要问题及改进情况;其他需要报告的事项六个部分组成”：各部分之间分号、顿号混用，有两处没有标点，部分名称连在一起',
    // Left missed at stop 61 (after the measure of 2486–2530): an area's name run straight into its text
    // is passed by other gatherers as wording (1950's `(二)依申请公开情况为切实保障…`, 1068's `(二)依申请公开
    // 严格规范做好…`, 1984's `(一)主动公开情况2020年,…`, `属版式，不计`).
    '总体情况第一个小标题“(一) 主动公开为方便公众了解信息,加大宣传力度”：小标题与正文连写，句子不通',
  ],
  '2511-cangshan-yjj-2020.txt': [
    // Left missed at stop 61 (after the measure of 2486–2530): `现将…情况报告如下` is passed as 报告 the verb
    // (花甸镇 2022's stop 42, 兰州市 2020; `现将我乡2023年政府信息公开工作情况报告如下` and a dozen more), and
    // `政府信息公开年度工作情况` is the format's own phrase (`根据…年度工作情况编制而成`, 下沙街道, 永丰镇).
    '序言“现将2020年度仓山区应急管理局信息公开年度工作情况报告如下”：报告名称写成“信息公开年度工作情况报告”（应为“政府信息公开工作年度报告”）',
  ],
  '2513-huian-wjj-2019.txt': [
    // Left missed at stop 61 (after the measure of 2486–2530): the lone line `卫综20201` under the page's
    // title is dropped by the import as page furniture (it keeps no document number of the report); reading it
    // needs a field of the import, f87's area at this stop.
    '标题下文号印作“卫综20201”：缺“〔〕”和“号”，年份与序号连写（应为卫综〔2020〕1号之类）',
  ],
  '2516-fengrun-jtj-2019.txt': [
    // Left missed at stop 61 (after the measure of 2486–2530): the import reads the old structure's
    // `二、政府信息公开做法` and `三、存在问题和改进措施` into the overview (no heading of the format's read), so
    // the areas are judged on parts 二 and 三 too (`监督评议`, `媒体和宣传渠道`), and the corpus does not judge
    // an excerpt's overview holding a part's heading (223's); ending the overview there is the import's area.
    '第一部分（其后即“二、政府信息公开做法”，整段可见）只写主动公开32条、依申请公开、“举行社会听证会情况”和“其他途径公开情况”：没有政府信息管理、平台建设和监督保障的情况',
  ],
  // Since a fix of stop 61 after the measure of 2486–2530: 2523's `黔公开办法〔2021〕15号` and 2524's statistics
  // period under `一、总体情况` flagged (EXPECTED_MEASURED).
  '2530-huyi-laodian-2025.txt': [
    // Left missed at stop 61 (after the measure of 2486–2530): the item is cut by the excerpt after some 85
    // characters and its first sentence names no 主动公开: the platform may be told in what follows, and
    // items on the content and timing of publishing are passed (上京镇 2025's `一是充实公开内容…`); the
    // platform's reading waits for 150 characters or the item whole.
    '总体情况“(四)政府信息公开平台建设”写“聚焦群众关切的民生保障、乡村振兴等热点难点问题,按规定全面公开相关政务信息。以街道政务公开为引领,推动公开工作向村级延伸”：写的是公开内容和向村级延伸，不是平台建设',
  ],
  '2532-motuo-dexing-2020.txt': [
    // Left missed at stop 62 (after the measure of 2531–2575): `以下简称《条例》` said twice is passed by the gatherers of
    // 1090, 1199, 1693, 2303, 295, 509 and others (the overview's first sentence defines it again); a preface of two
    // paragraphs each presenting the report is 2532's alone, and is phrase-garbled's (the phrase slips' area,
    // not the report names read here): left to it.
    '序言之后又一段“根据《中华人民共和国政府信息公开条例》(国务院令第711号,以下简称《条例》)要求,现公布本单位2020年政府信息公开工作年度报告”：两段序言重复，两次“以下简称《条例》”',
  ],
  '2536-huangshi-tyzx-2020.txt': [
    // Left missed at stop 62 (after the measure of 2531–2575): as 1440 (stop 44) and 2489 (stop 61): 《条例》 with the full
    // name nowhere is passed by the gatherers of 009, 029, 084, 1049, 1335, 1784, 2045, 270, 562, 723 and 995 in
    // the same sentences (贯彻落实《条例》), written down by 11 others: no wording tells them apart.
    '第二部分“严格按照《条例》第二十条要求”：简称《条例》前文未给出《中华人民共和国政府信息公开条例》全称（摘录无序言）',
    // Left missed at stop 62 (after the measure of 2531–2575): these notes are 湖北's own 表样 (武汉's and 天门's
    // pages print the same labels), passed by the gatherers of 087, 844 and 2160 (`湖北的统一表样，不计`); the
    // import reads a row label with its note as that row. Flagging 2536 would flag those.
    '表二行名和表头留着填表说明：“规章(设区的市、自治州人民政府应提供相关数据)”“规范性文件(行政机关制定发布的决定、公告…一般情况下属于规范性文件)”“上一年项目数量 (指2019年事项数)”“本年增/减 (指2020年增加或减少的事项数,减用负值表示,如-8)”“处理决定数量 (指2020年办件量)”',
    // Left missed at stop 62 (after the measure of 2531–2575): the same 湖北 表样's row, passed by the gatherers of
    // 087 and 2160 (`表二加了格式没有的“其他主动公开文件”一行…湖北的表样，不计`); the import leaves a row the format
    // lacks out, and no check reads it.
    '表二第二十条第(一)项多出一行“其他主动公开文件(含以本单位或本单位办公室名义正式签发的…)”：格式没有这一行',
  ],
  '2537-zhongfang-zjj-2021.txt': [
    // Left missed at stop 62 (after the measure of 2531–2575): the text names no province of its own (its
    // agency `中方县住房和城乡建设局`, no 湖南 anywhere): telling that 中方县 is not in 广东 takes a gazetteer of
    // counties the app does not hold.
    '湖南中方县的报告，(一)写“主要通过局门户网站、市政府信息公开目录系统、广东省政务服务网、双随机一公开平台、广东省行政执法公示平台等渠道主动公开”：照搬了广东省某地的文字',
  ],
  '2538-huoshan-zjj-2023.txt': [
    // Left missed at stop 62 (after the measure of 2531–2575): 2470's and 2433's shape (left at stops 59 and 60):
    // a body's usual short form (`住建局`) is passed by the gatherers of 1487 (盂县住建局), 1643, 2329 and
    // others; the same reading warns them.
    '序言“特编制霍山县住建局2023年政府信息公开工作年度报告”“请与霍山县住建局办公室联系”：报告名称中机关名称用简称“住建局”（应为霍山县住房和城乡建设局）',
    // Left missed at stop 62 (after the measure of 2531–2575): works done (绿化工程, 路灯改造, 老旧小区改造) are
    // what a 重点领域 item names when it publishes their information (重大建设项目, 保障性住房); telling the works told
    // from the works published needs a reading of the whole point, not a word, and none was found in the time of
    // stop 62 that keeps silent on the corpus's other 住建 reports.
    '总体情况(一)“主动公开情况”在“二是重点领域方面”下写绿化工程、路灯改造、雨水井清淤、管道疏通、人行道维修、老旧小区改造和租赁补贴发放的工程量：写的是住建业务工作，不是政府信息公开的情况',
  ],
  '2539-suiyang-ybj-2021.txt': [
    // Left missed at stop 62 (after the measure of 2531–2575): stops 48–61's reason holds: `(国令第711号)` right after the
    // regulation's name is passed as the usual short form of 国务院令 by the gatherers of 1273, 1425, 1508, 1529,
    // 1706, 1834, 2200, 516, 573, 651, 813 and others, written down by 1711, 1743, 1785, 2011…: the same shape.
    '序言引“《中华人民共和国政府信息公开条例》(国令第711号…)”：令号写成“国令”（应为国务院令第711号）',
  ],
  '2541-hunnan-mzj-2021.txt': [
    // Left missed at stop 62 (after the measure of 2531–2575): the import now reads the first line's
    // `浑南区民族和宗教事务局` as the agency, but a body's name alone over the preface with no report's title is
    // 1998's shape (`盂县行政审批服务管理局` over its preface), passed by its gatherer as the page's title not
    // stored: the same reading warns it.
    '标题只印机关名称“浑南区民族和宗教事务局”：没有报告名称和年份（应为“浑南区民族和宗教事务局2021年政府信息公开工作年度报告”）',
  ],
  '2542-pingcheng-majunying-2021.txt': [
    // Left missed at stop 62 (after the measure of 2531–2575): 2465's wording (left at stop 60): 259 (平阳县
    // 2021) writes the very clause and its gatherer passed it as a slip, not a problem; a clause opened by 强
    // alone is otherwise a slogan's (`助监督,强管理`, 1314), and no reading parts the two.
    '总体情况首段“强政策发布的力度和时效”：丢了“加”（应为“加强政策发布的力度和时效”）',
  ],
  '2544-anhui-tyj-2020.txt': [
    // Left missed at stop 62 (after the measure of 2531–2575): `(国务院令711号)` (第 lost) is passed by every other gatherer
    // of the corpus that met it (20 texts: 1142, 1203, 1394, 1657, 1682, 1689, 194, 2152, 2236, 2246, 2258, 2260,
    // 2387, 247, 337, 384, 748, 838, 908…), many noting it as a slip of style.
    '序言引“《中华人民共和国政府信息公开条例》(国务院令711号)”：令号缺“第”（应为国务院令第711号）',
  ],
  '2547-benxi-swj-2020.txt': [
    // Left missed at stop 62 (after the measure of 2531–2575): a `现将…报告如下` closing the overview's first
    // paragraph is passed by the gatherers of 1310 (`现将本年度政务公开重点工作落实情况汇报如下`, the overview's
    // lead-in, not counted) and 1156 (`现将东河区政府信息公开工作情况报告如下`, not listed): the same reading warns them.
    '“一、总体情况”首段末“现将一年来主要工作情况报告如下:”：“现将…如下”式的话印在“一、总体情况”之下',
  ],
  '2554-kaizhou-gaj-2021.txt': [
    // Left missed at stop 62 (after the measure of 2531–2575): as 2536 (this stop): 《条例》 with the full name nowhere is
    // passed by 11 gatherers of the corpus in the same sentences, written down by 11 others.
    '总体情况(三)“除《条例》明确确定不予公开的…”：页面无序言，简称《条例》未给出全称（摘录全文未写《中华人民共和国政府信息公开条例》）',
  ],
  '2556-zhangdian-gafj-2020.txt': [
    // Left missed at stop 62 (after the measure of 2531–2575): a police sub-bureau named after its district
    // (`东湖公安分局`) is passed by 2100's gatherer (`标题的简称不另计`), the shape the check reads as placed
    // since stop 52: the same reading warns it.
    '标题“张店公安分局2020年政府信息公开工作年度报告”：机关名称用简称且缺市名（发布机构为淄博市公安局张店分局，序言又写“山东省淄博市张店公安分局”），前后不一',
  ],
  '2562-yichun-lyj-2020.txt': [
    // Left missed at stop 62 (after the measure of 2531–2575): `现将…工作(开展)情况汇报如下` is the corpus's usual lead-in,
    // passed by the gatherers of 1392, 1909, 607, 836 (under 一、总体情况 too), 861, 255, 1250, 1640 and others
    // (13 texts), written down by 14 others: the gatherers split on the same words (cover-letter.ts, stop 54).
    '“一、总体情况”首段末“现将我局2020年信息公开工作开展情况汇报如下:”：向社会公布的年度报告写成向上级“汇报”工作情况，“现将…如下”的话印在“一、总体情况”之下',
  ],
  '2565-huitong-lyj-2020.txt': [
    // Left missed at stop 62 (after the measure of 2531–2575): `本年新 | 本年新` is how the page store copies 2019's
    // wrapped header cells (`本年新` / `制作数量`); read as cut, it warned on 23 older files (074, 915, 1242, 2496, 2517…)
    // whose gatherers passed the same header.
    '表二第二十条第(一)项表头“本年新制作数量”“本年新公开数量”都印成“本年新”，两列无法区分',
  ],
  '2566-tianjin-hebei-gzw-2020.txt': [
    // Left missed at stop 62 (after the measure of 2531–2575): `本年新 | 本年新` is how the page store copies 2019's
    // wrapped header cells (`本年新` / `制作数量`); read as cut, it warned on 23 older files (074, 915, 1242, 2496, 2517…)
    // whose gatherers passed the same header.
    '表二第二十条第(一)项表头“本年新制作数量”“本年新公开数量”都印成“本年新”，两列无法区分',
  ],
  '2568-xunyang-kjj-2021.txt': [
    // Left missed at stop 62 (after the measure of 2531–2575): as 1150 (stop 39): `政务公开(工作)年度报告` in running text
    // is decided a usual short form of the name, silent (checks.test.ts asserts `现将我局2024年政务公开工作年度报告如下`
    // silent); flagging 2568 would flag those, the same words.
    '同句报告名称写成“政务公开工作年度报告”（应为“政府信息公开工作年度报告”）',
    // Left missed at stop 62 (after the measure of 2531–2575): the kinds follow a full stop and `主动公开政府信息的类别。` with
    // no introducer, after two counts (`其中主动公开11条,政府信息52条`); five kinds short of the count before them are
    // read as highlights elsewhere (长春市政府办公厅 2024's, `LONG_LIST_SHARE`), so which count they make is unsure.
    '同段“政府信息52条”，分类“概况信息1条…法规文件19条…工作动态14条…人事信息0条…财务信息2条”合计36条：与52条不符',
    // Left missed at stop 62 (after the measure of 2531–2575): the item is cut (`三是人`) and its one
    // clause a count of information published; an item on requests counting no request is read only for 主动公开's
    // item (`proactiveItemOffTopic`); not attempted in the time of stop 62.
    '总体情况“(二)依申请公开情况”之下只有“今年来累计在区政府网站发布信息14条;三是人”：写的是网站发布信息（还是残句），不是依申请公开的情况',
  ],
  '2570-futian-jtjjfws-2021.txt': [
    // Left missed at stop 62 (after the measure of 2531–2575): as 1996's (stops 52, 54) and 2429's (stop 59): three table headings
    // with nothing under them are 201's, 1078's, 1314's and 1454's shape (tables as images, not copied), passed by their
    // gatherers; no text tells the tables left out from tables not copied.
    '“二、主动公开政府信息情况”“三、收到和处理政府信息公开申请情况”“四、政府信息公开行政复议、行政诉讼情况”三个标题下都是空的，紧接下一标题：表二、表三、表四都没有印出',
  ],
  '2572-jianye-swj-2023.txt': [
    // Left missed at stop 62 (after the measure of 2531–2575): as 2562 (this stop): `现将…政府信息公开…情况汇报如下` in a
    // titled report is passed by the gatherers of 1392, 861 and 1909 in the same place, the preface.
    '序言“现将2023年度政府信息公开相关情况汇报如下”：向社会公布的年度报告写成向上级“汇报”的工作情况',
    // Left missed at stop 62 (after the measure of 2531–2575): the areas are read by their words anywhere in
    // 总体情况 (`overviewCoverage`), and 2572's items name 管理 in passing; reading an area lost from the order of the
    // sub-headings of a text cut after (三) would change that shared reader (the form's checklist too); not attempted
    // in the time of stop 62.
    '总体情况小标题依次为(一)主动公开、(二)依申请公开、(三)政府信息公开平台建设：缺政府信息管理的情况（(三)之后被截，监督保障不可见）',
  ],
  '2576-minhe-gdj-2022.txt': [
    // Left missed at stop 63 (after the measure of 2576–2620): a paragraph of the year's work closed by `现将…报告如下` under
    // `一、总体情况` is the corpus's usual lead-in to the items (stop 49, 1430 at stop 58): of 71 texts whose first
    // paragraph under the heading ends so, the gatherers of 48 passed it (029, 1015, 1430, 2547, 2562…), with no
    // preface before as here (1430) or with one; no line tells 2576 from them.
    '“一、总体情况”之下首段末“现将此项工作的开展情况作如下报告:”：序言的话印在“一、总体情况”之下，没有单独的序言',
  ],
  '2586-xuecheng-kjj-2022.txt': [
    // Left missed at stop 63 (after the measure of 2576–2620): as 2576's (this stop): `现将…报告如下` closing the first paragraph under
    // `一、总体情况`, a preface before it, is passed by the gatherers of 48 of the 71 texts so printed (1156, 1235,
    // 2202…); no line tells 2586 from them.
    '“一、总体情况”之下首段末“现将政务公开工作报告如下:”：序言的话印在“一、总体情况”之下',
  ],
  '2593-wuchang-jkq-2020.txt': [
    // Left missed at stop 63 (after the measure of 2576–2620): a text's tables not printed are `blank-cells`, of the
    // form (`incomplete`), not judged on an excerpt; a warning for parts printed without their tables would go to
    // texts whose gatherers took the tables for images and passed them (2612, and about 17 others by its grep).
    '第二、三、四部分只有文字（二写惠企政策宣传和减免租金，三“共计3件”，四“无”），整段可见，其后即下一部分标题：表二、表三、表四都没有印出',
  ],
  '2594-longgang-xckfjs-2020.txt': [
    // Left missed at stop 63 (after the measure of 2576–2620): `规范依申请公开流程` and `对依申请公开办理流程进一步
    // 调整优化` name the requests and `组织人员参加…培训` is a word of 监督保障; the areas are read by their words, and
    // an area said under another's item is said (礼让街街道 2025, as platformNotHeaded reads).
    '总体情况只有“1.信息主动公开”“2.及时回应群众”“3.管理制度健全”三项：没有依申请公开（收到几件）和监督保障的情况',
  ],
  '2595-xinzhou-rfb-2021.txt': [
    // Left missed at stop 63 (after the measure of 2576–2620): `本报告由…六个部分。` with 组成 lost was passed as a
    // slip by 1064's gatherer (and 910's `…共6个部分。`), and the fourth part named short of 信息公开 is a near name
    // the list's reading takes for the part.
    '序言“本报告由总体情况…政府行政复议和行政诉讼情况…其他需要报告的事项等六个方面。”：句子缺“组成”，第四部分名称缺“信息公开”（应为“政府信息公开行政复议、行政诉讼情况”），语句不通',
  ],
  '2604-nanguan-dag-2025.txt': [
    // Left missed at stop 63 (after the measure of 2576–2620): reading an area skipped in the order of the
    // sub-headings (管理 between 依申请公开 and 平台) was tried and warned 2540 (`(三)平台管理`, its gatherer: 存疑不计),
    // 1861 (`(三)强化政府信息公开监督保障` after 依申请公开, not counted by its gatherer), 1248 (依申请公开 skipped,
    // decided said under 主动公开) and two pages (038, 046); and its (四) `平台内容保障` names 保障.
    '总体情况小标题依次为(一)组织推动、(二)主动公开、(三)依申请公开、(四)平台内容保障，其后即“二、主动公开政府信息情况”：缺政府信息管理和监督保障的情况',
  ],
  '2616-youxian-xzspfwj-2020.txt': [
    // Left missed at stop 63 (after the measure of 2576–2620): `agency-name-missing` is the form's empty field (`incomplete`, not
    // judged on an imported text), and a bare title over a text naming the body by its level alone is 2374's
    // (`区交通运输局`, left at stop 58), while 007, 582, 768, 788 and 811 pass bare titles: no line tells them apart.
    '标题只有“2020年政府信息公开工作年度报告”：没有机关名称（正文只称“县行政审批服务局”，攸县只见于文件名）',
  ],
  '2627-yanliang-xfj-2021.txt': [
    // Left missed at stop 64 (after the measure of 2621–2665): its 监督保障 is read from `保障公民知情权、参与权、表达权和监督权`
    // (the aim of openness) and its 政府信息管理 from `先审查后公开` (read so since 平潭 2022); not reading that aim as 监督保障
    // would newly warn 30 whole overviews of the corpus (990, 700, 600, 411, 359 among them) whose gatherers wrote nothing.
    '总体情况（其后即“二、主动公开政府信息情况”，整段可见）只有“1.基本情况”（主动公开5项、无依申请）和“2.组织机构”：没有政府信息管理、政府信息公开平台建设、监督保障的情况',
  ],
  '2628-wujin-tyjrswj-2022.txt': [
    // Left missed at stop 64 (after the measure of 2621–2665): both tables are pasted a cell a line. 表二's rows after
    // `规章` / `0` come label after label with no value, but `规章`'s one 0 of three cells makes no row given whole, which
    // the import's reading of an empty row a cell a line needs (stop 47, 益阳市大通湖区审计局 2023): which cells the 0 and the
    // blanks are cannot be told. 表三's labels run with no value to where the excerpt is cut (`3.补正后`): a source
    // printing labels before their values (a PDF's text) reads the same, and a table cut in the excerpt is not judged
    // (stop 50 reads it only beside another table's printed blanks). Both are import readings (src/import).
    '表二只在“规章”后印一个“0”，“行政规范性文件”“行政许可”“行政处罚”“行政强制”“行政事业性收费”各行的格子全部空着：没有数据也应填0',
    '表三各行（本年新收、上年结转、本年度办理结果各项）印出而自然人、法人或其他组织、总计各栏全部空着：没有数据也应填0',
  ],
  '2635-wutongqiao-wtlyj-2020.txt': [
    // Left missed at stop 64 (after the measure of 2621–2665): stops 59, 60 and 62's reason holds: a body's usual short
    // form in its title (`文体旅游局`, as `住建局`) is passed by the gatherers of 1487 (盂县住建局), 1643, 2329 and
    // 2538; and the narrower shape, the title's short form over the page's `来源:` line naming the body whole,
    // is passed too by those of 1381 (title `开福区发改局`, 来源 `开福区发展和改革局`) and 2597 (`随州市民防办公室`,
    // 来源 `随州市人民防空办公室`).
    '标题“五通桥区文体旅游局2020年政府信息公开工作年度报告”：机关名称用简称“文体旅游局”（来源为五通桥区文化体育和旅游局）',
  ],
  '2644-tongling-cgzfj-2020.txt': [
    // Left missed at stop 64 (after the measure of 2621–2665): the preface's report name opening with the body's level
    // alone before the year (`编制市城管执法局2020年…`) is the shape of 004 (`现公布区统计局2023年…`), 2214 (`公布区统计局
    // 2021年度…`) and 729 (`现发布省市场监管局2023年…`, a short form too), whose gatherers passed it; the reading of
    // stop 56 warns it only where the text names the body with its place, which 2644 does not (`铜陵城管` only).
    '序言“编制市城管执法局2020年政府信息公开工作年度报告”：报告名称中机关名称用简称且缺市名（铜陵市城市管理综合执法局）',
    // Left missed at stop 64 (after the measure of 2621–2665): stop 63's reason holds (2576, 2586): `现将…年度政府信息公开
    // 工作报告如下` closing the first paragraph under `一`, a preface before the heading, is passed by the gatherers of
    // 533 (`现将本年度政府信息公开工作报告如下`), 1349, 1526, 160 and 219 and written down by those of 1241, 2076, 2188,
    // 2425, 2491: no narrower shape parts them (2076's and 533's both follow a preface naming the 条例 and the report).
    '“一、工作开展情况”首段末“现将我单位2020年度政府信息公开工作报告如下:”：“现将…如下”的话印在“一、总体情况”之下',
  ],
  '2647-huoqiu-zjj-2020.txt': [
    // Left missed at stop 64 (after the measure of 2621–2665): stop 49's and 63's reason holds: `现将…工作(主要)情况报告如下`
    // under the heading, a preface before it, is the corpus's usual lead-in to the items (根德乡 2023's `现将我乡2023年
    // 政府信息公开工作情况报告如下` and ten others, passed by their gatherers; `reportPutForwardUnderHeading` reads
    // only the annual report named itself).
    '“一、总体情况”首段末“现将2020年度政务公开工作主要情况报告如下:”：“现将…如下”的话印在“一、总体情况”之下',
  ],
  '2651-huaibei-rmyy-2022.txt': [
    // Left missed at stop 64 (after the measure of 2621–2665): 870 (杭州市萧山区发展和改革局 2022) prints the same list
    // (`存在主要问题和改进情况、其它需要报告等六部分组成`) and its gatherer passed it (`措辞简略，六部分齐全，不判`), as 512's
    // did `其他需要报告`: the last part named short is no slip the corpus counts.
    '序言列部分“…存在主要问题和改进情况、其它需要报告等六部分组成”：第六部分名称残缺，“其它需要报告”后丢了“的事项”',
  ],
  '2659-tongren-mzw-2020.txt': [
    // Left missed at stop 64 (after the measure of 2621–2665): 1974's reason holds (stop 51): `本年新 | 本年新` is how
    // some twenty older texts print 表二's two labels (018, 035, 057, 074, 133, 1000, 1242, 1574, 1715 and others),
    // none written down by their gatherers; read as two labels changed, they would all warn.
    '表二第二十条第(一)项表头“本年新 | 本年新 | 对外公开总数量”：“本年新制作数量”“本年新公开数量”都印成“本年新”，两列无法区分（同1974）',
  ],
  '2660-hunjiang-wlj-2019.txt': [
    // Left missed at stop 64 (after the measure of 2621–2665): the import takes `二、工作开展情况` (part 一's words under 二) for
    // no heading, so the overview runs on into part 二's (一)主动公开政府信息情况 and (三) on requests, and an excerpt's overview
    // is judged whole only after a later part's heading: the import's reading to mend first (not the overview's areas).
    '总体情况（其后即“二、工作开展情况”，整段可见）只有“(一)落实权责分配,推进制度建设”“(二)创新工作方式,提高工作质量”：没有主动公开、依申请公开、政府信息公开平台建设、监督保障的情况（数字放到了第二部分）',
  ],
  '2661-dongsheng-wlj-2019.txt': [
    // Left missed at stop 64 (after the measure of 2621–2665): the body's own field written with a character added is
    // read since (`ownFieldCharAddedIn`: `区文化体和旅游局` beside the overview's subject `东胜区文化和旅游局`), but here
    // the name stands in the overview's channel table printed one cell a line (`区文化体和旅游局微信公众号 |`),
    // which the import does not keep as the overview's text; keeping a table of no format's as text would change
    // what every overview reading sees in the corpus's other tables, more than stop 64's time allowed.
    '总体情况(三)表中“区文化体和旅游局微信公众号”：机关名称错（多了“体”，应为“区文化和旅游局”），与前文“东胜区文化和旅游局”不一',
  ],
  '2666-siping-tiedong-cl-2019.txt': [
    // Left missed at stop 65 (after the measure of 2666–2710): 2470's shape (left at stops 60 and 62): a title's usual short
    // form of the body (`残联`) is passed by the gatherers of 1381, 1643, 1996, 2031, 2294 and 2329; the same reading warns them.
    '标题“四平市铁东区残联2019年政府信息公开工作年度报告”：机关名称用简称“残联”（应为四平市铁东区残疾人联合会）',
  ],
  '2670-yian-jxj-2021.txt': [
    // Left missed at stop 65 (after the measure of 2666–2710): 2470's shape (a title's usual short form, `经信局`, passed by
    // the gatherers of 1381, 1643, 2329 and others); and the page's 来源 and 栏目 (`义安区工业和信息化局`) are the site's
    // lines, which the import keeps as no name of the report's (2009's page header, stop 52): no reading sets them against
    // the preface's `铜陵市义安区经济和信息化局`.
    '标题“义安区经信局2021年政府信息公开工作年度报告”：机关名称用简称“经信局”；序言又称“铜陵市义安区经济和信息化局”，而页面来源和栏目是“义安区工业和信息化局”，机关名称前后不一',
    // Left missed at stop 65 (after the measure of 2666–2710): as 2544's, `(国务院令711号)` (第 lost) is passed by
    // every older gatherer who met it (194, 247, 337, 748, 1142, 1689, 2152, 2236, 2246, 2258…, 17 in all).
    '序言“(国务院令711号)”：令号缺“第”（应为国务院令第711号）',
  ],
  '2671-hanjiang-rsj-2019.txt': [
    // Left missed at stop 65 (after the measure of 2666–2710): 2538's shape (left at stop 62): the body's usual short form
    // (`人社局`) in the preface's report name, passed by the gatherers of 1487, 1643, 2329 and others.
    '序言“特向社会公布2019年度涵江区人社局政府信息公开工作年度报告”：报告名称中机关名称用简称“人社局”（应为莆田市涵江区人力资源和社会保障局）',
  ],
  '2674-shaoxing-rsj-2022.txt': [
    // Left missed at stop 65 (after the measure of 2666–2710): as 2670's, `(国务院令711号)` is passed by every older
    // gatherer who met it (17 files).
    '序言“(国务院令711号)”：令号缺“第”（应为国务院令第711号）',
    // Left missed at stop 65 (after the measure of 2666–2710): 《意见》 with no full name is passed by the gatherers
    // of 224 (`认真贯彻落实《细则》《意见》规定`) and 719 (`贯彻落实《条例》《要点》《意见》`) in the same sentences.
    '总体情况1.“认真落实《意见》及实施细则的相关要求”：简称《意见》前文没有给出全称，不知所指（应为《关于全面推进政务公开工作的意见》之类）',
  ],
  '2676-dingzhou-fgj-2022.txt': [
    // Left missed at stop 65 (after the measure of 2666–2710): `agency-name-missing` is the form's empty field (`incomplete`,
    // not judged on an imported text), and a bare title over a text naming the body by its level alone (`市发改局`) is 2616's
    // (left at stop 63), while 007, 582, 768, 788 and 811 pass bare titles: no line tells them apart.
    '标题只有“2022年政府信息公开工作年度报告”：没有机关名称（正文只称“市发改局”“我局”）',
  ],
  '2677-xiamen-fgw-2022.txt': [
    // Left missed at stop 65 (after the measure of 2666–2710): as 2487's and 2508's, `《政府信息公开条例》` with the
    // full name nowhere is passed as a usual short form by 12 gatherers (400, 477, 655, 729, 870, 1606, 1819…).
    '序言依据“《政府信息公开条例》(国务院令第711号)”：条例名称缺“中华人民共和国”，摘录全文未给出《中华人民共和国政府信息公开条例》的全称',
  ],
  '2689-haikou-longhua-sfj-2021.txt': [
    // Left missed at stop 65 (after the measure of 2666–2710): its parts are numbered (一) to (五) as if
    // sub-headings, so the overview is read as the whole report, (二)'s 主动公开16条 and 依申请0件 in it; the
    // part's heading is the import's to read (f103's item on `(二)政府信息公开情况`), not the areas' reader.
    '总体情况（其后即“(二)政府信息公开情况”，整段可见）只有“一是加强责任落实”“二是加强政府信息公开保密审查、监督”：没有本年主动公开的数量，也没有依申请公开、政府信息管理、平台建设、监督保障的情况（数字放到了(二)）',
  ],
  '2692-qijiang-scjgj-2020.txt': [
    // Left missed at stop 65 (after the measure of 2666–2710): `现将贯彻落实情况报告如下` under `一、总体情况` is
    // `现将…(情况)报告如下`, the corpus's usual lead-in to the items, passed by the gatherers of 番禺区市场监管局 2022, 根德乡
    // 2023 and ten others (stop 49); the same reading warns them.
    '“一、总体情况”首段末“现将贯彻落实情况报告如下:”：“现将…如下”式的话印在“一、总体情况”之下',
  ],
  '2694-gaoan-jtysj-2022.txt': [
    // Left missed at stop 65 (after the measure of 2666–2710): as 2677's: the short title with the full name
    // nowhere is passed as a usual short form by 12 gatherers (400, 477, 655, 729, 870, 1606, 1819…).
    '同句“《政府信息公开条例》”：条例名称缺“中华人民共和国”，摘录（无序言）未给出《中华人民共和国政府信息公开条例》全称',
  ],
  '2696-ezhou-echeng-zrghj-2019.txt': [
    // Left missed at stop 65 (after the measure of 2666–2710): as 2593's, tables not printed are `blank-cells` of the
    // form; a warning for parts printed without their tables would go to texts whose gatherers took the tables
    // for images and passed them (2612, and about 17 others).
    '第二、三、四部分只有一两句文字（整段可见，其后即下一部分标题）：表二、表三、表四都没有印出',
  ],
  '2702-rushan-jtj-2025.txt': [
    // Left missed at stop 65 (after the measure of 2666–2710): 2082 (桐乡市公安局 2023) writes the same
    // `未发生因政府信息申请引起的行政复议`, its gatherer not counting it; 2653 and 995 write 政府信息申请 for the
    // requests and their gatherers call it wording: reading 公开 lost there would warn on them.
    '总体情况2.“因政府信息申请引发行政复议、行政诉讼0件”：“政府信息公开申请”丢了“公开”',
  ],
  '2704-ganzhou-zhanggong-czj-2020.txt': [
    // Left missed at stop 65 (after the measure of 2666–2710) (its second problem): `紧紧围绕省委、省政府中心工作及社会群众
    // 关注关切` is read for a township (1908), but 119 章贡区住房和城乡建设局 2020 and 286 昌江区 2021, a district's bureau and
    // a district, print the same words, passed by their gatherers; the same reading for a district's bodies warns them.
    '区财政局的报告总体情况首段写“紧紧围绕省委、省政府中心工作及社会群众关注关切”：照搬省级的文字，区级部门的工作应围绕区委、区政府的中心工作（同1908）',
  ],
  '2708-sanming-gzw-2021.txt': [
    // Left missed at stop 65 (after the measure of 2666–2710): 2538's shape (left at stop 62): the body's usual short form
    // (`国资委`) in the preface's report name, passed by the gatherers of 2041 (衢州市国资委), 1643, 2329 and others.
    '同句报告名称中机关名称用简称“三明市国资委”（联系句为三明市人民政府国有资产监督管理委员会）',
  ],
  '2710-zaozhuang-kjj-2020.txt': [
    // Left missed at stop 65 (after the measure of 2666–2710): the page's header naming the body by its level alone over
    // the title printed whole (`市科技局2020年度…` over `枣庄市科技局2020年度…`) is 2009's (`区退役军人事务局2022年…` over
    // `广州市越秀区退役军人事务局2022年…`), whose gatherer called it the page's, not the report's (stop 52); and the short
    // form `科技局` is passed by the gatherers of 1996, 2031 and 2294.
    '标题“市科技局2020年度政府信息公开工作年度报告”缺市名，正文标题“枣庄市科技局2020年度…”也用简称“科技局”（应为枣庄市科学技术局）',
  ],
  '2715-zhumadian-ggzyjy-2021.txt': [
    // Left missed at stop 66 (after the measure of 2711–2755): a body saying it takes no requests because it exercises no
    // administrative functions is passed by the gatherer of 727 (上海市人民政府参事室 2022, `暂不接受依申请公开`, read by
    // `NOT_AN_AGENCY`); the same reading here would warn there.
    '总体情况“(二)依申请公开情况”只说中心为公益一类事业单位、“不行使任何审批、备案、监管、处罚等行政监督管理职能,无依申请公开事项”：没有写本年收到和办理政府信息公开申请的情况（申请公开不以行政职能为限）',
  ],
  '2723-tongbai-anpeng-2024.txt': [
    // Left missed at stop 66 (after the measure of 2711–2755): a count to now with no 已 or 累计 (stop 56's reading needs one)
    // is passed by the gatherers of 1141 (`截至目前,办事处发布信息公开指南1则…`, `不计`), 1659 (`截至目前,向市政府办公室报送
    // 政务信息180条`, `措辞，不计`), 257 and 058; the same reading without 已 would warn them.
    '总体情况(一)“截至目前,政策性文件解读29篇,图文解读8篇”：“截至目前”的数不是报告年度（截至2024年12月31日）的数',
  ],
  '2724-xixian-zhengyang-2023.txt': [
    // Left missed at stop 66 (after the measure of 2711–2755): the overview's heading is numbered `1、 总体情况` as its
    // own items are (`1、 主动公开`), so the import reads no heading and the paragraph is the preface's: the sentence is
    // where a preface may say it; reading `1、` as a part's heading would misread every text numbering its items so.
    '总体情况首段末“现将年度工作情况报告如下:”：“现将…如下”的话印在“一、总体情况”之下（stop 40）',
  ],
  '2729-gaoping-wlj-2023.txt': [
    // Left missed at stop 66 (after the measure of 2711–2755): an item on 平台建设 naming no platform and telling what
    // was made public is passed by the gatherer of 1338 (`(四)政府信息公开平台建设情况` / `一是充实公开内容。…对涉及全镇
    // 安全生产领域…等内容进行公开`); reading it here would warn there.
    '总体情况“(四)政府信息公开平台建设”只写公共文化服务领域各项及省定民生实事“进行了公开”：写的是重点领域信息公开，不是政府信息公开平台建设的情况',
  ],
  '2739-weifang-changle-tyjrswj-2021.txt': [
    // Left missed at stop 66 (after the measure of 2711–2755): clauses said again in another paragraph have no
    // word of their own to gate a reading on (every text would be scanned whole), and 910's `紧扣社会广泛关注、…“五公开”
    // 工作机制`, two clauses said twice in its 总体情况, was passed by its gatherer.
    '总体情况首段的“切实加强组织领导,明确目标任务,落实工作责任,有力地促进了信息公开工作的开展”和“细化各阶段的工作重点,强化各科室职责分工,保证信息公开工作的稳步推进和有序开展”在(一)主动公开情况中又原样写了一遍：同样的句子重复',
  ],
  '2741-qingshui-baisha-2025.txt': [
    // Left missed at stop 66 (after the measure of 2711–2755): counts by channel without the rest (`其他方式`) may each
    // carry the same information (the site's 72 among the account's 502), which `channelParts` leaves unread for that
    // reason; no wording here says the channels share the 502 out.
    '总体情况(一)“主动公开政府信息共计502条,政府网站发布72条…政务新媒体“人文白沙”公众号发布502条”：公众号一项就等于总数，加上政府网站72条（另有视频号38条）已是574条，分项之和与“共计502条”对不上',
  ],
  '2742-zhuoni-taoyan-2025.txt': [
    // Left missed at stop 66 (after the measure of 2711–2755): `常态化开展网站信息公开` is a well-formed verb and object
    // (1345's `常态化开展网站信息维护`, 1975's `常态化开展政府信息公开日常工作`); only the sense, the clause already done
    // before it, tells the words are stray.
    '总体情况首段末“推动洮砚镇信息公开工作规范化常态化开展网站信息公开”：句末多出“网站信息公开”，语句不通',
  ],
  '2752-weixi-zjj-2025.txt': [
    // Left missed at stop 66 (after the measure of 2711–2755): the reason of 1639, 2016, 2309, 2392 (left at stops 47–61):
    // 《条例》 with its full name nowhere is passed by the gatherers of 009, 029, 084, 1049 (`属文字习惯`), 1335, 1784, 270,
    // 562, 723 and 995; read here, they would warn.
    '首段“深入贯彻落实《条例》及省、州、县关于政府信息公开工作的决策部署”：简称《条例》，摘录全文未给出《中华人民共和国政府信息公开条例》全称',
  ],
  '2771-zhada-zfb-2023.txt': [
    // Left missed at stop 67 (after the measure of 2756–2800): 2374's shape (left at stop 58): `agency-name-missing` is the
    // form's empty field (`incomplete`, not judged on an imported text), and a bare title naming no body is passed in 007,
    // 582, 768, 788 and 811: no line of the title tells 2771 from them.
    '标题只有“2023年度政府信息公开年度报告”：没有机关名称（序言只称“我办”，联系句为札达县人民政府办公室）',
  ],
  '2772-moyu-county-2025.txt': [
    // Left missed at stop 67 (after the measure of 2756–2800): the year after a sub-heading, before a comma, is 860's
    // `(一)落实《中华人民共和国政府信息公开条例》情况2019,大钟庄镇严格执行…` word for word in shape, passed by its gatherer; the
    // same reading warns it.
    '总体情况“(一)主动公开政府信息情况2025,全县各级各部门…”：“2025”后丢了“年”，小标题与正文之间也缺标点',
  ],
  '2773-huocheng-county-2025.txt': [
    // Left missed at stop 67 (after the measure of 2756–2800): 1631's shape (left at stop 46): no title, no agency, the
    // county's bare name at work (`2025年霍城县坚持以人民为中心…`); read as the county's government, the same reading
    // would warn on 808 徐水区 2023 (`区政府网站全年更新…967条`, its gatherer: 视为全区, the region's bare name the subject).
    '县的报告总体情况(一)“依托县政府门户网站作为第一公开平台,全年主动公开政府信息2371条”、(二)“全年共收到政府信息公开申请18件”：未说明是县本级还是全县的数字',
  ],
  '2777-hedong-district-2024.txt': [
    // Left missed at stop 67 (after the measure of 2756–2800): 1631's shape (left at stop 46): no title, no agency, the
    // district's bare name at work (`2024年,河东区坚持…`); read as the district's government, the same reading would warn on
    // 1046 朔州市 2024 (`全年共在市政府门户网站发布政府信息11360条` beside `全市共收到政府信息公开申请89件`, its gatherer: 已说
    // “全市”，不作范围问题), the very shape of this text's (二) `全区共接收政府信息公开申请633件`, and on 808 徐水区 2023.
    '区的报告总体情况(一)“2024年,通过区政府门户网站和“河东发布”新浪微博平台发布各类信息9700余条”：未说明是区政府本级还是全区的数字（(二)则写明“全区”）',
  ],
  '2780-changan-district-2025.txt': [
    // Left missed at stop 67 (after the measure of 2756–2800): 2374's shape (left at stop 58): `agency-name-missing` is the
    // form's empty field (`incomplete`, not judged on an imported text), and a bare title naming no body is passed in 007,
    // 582, 768, 788 and 811.
    '标题只有“2025年政府信息公开工作年度报告”：没有机关名称（序言联系单位为石家庄市长安区人民政府办公室，正文只称“长安区”“我区”）',
    // Left missed at stop 67 (after the measure of 2756–2800): 2777's shape: no agency, the district's bare name at work
    // (`2025年,长安区认真贯彻落实…`) and `全区共受理依申请公开案件430件` in (二); read as the government's, the same reading
    // would warn on 1046 朔州市 2024 and 331 五通桥区 2025, whose gatherers read such a `全市/全区…申请N件` as the scope said.
    '区的报告(一)只称“我区”，“年度公开人大代表建议、政协提案复文188件…全年通过区政府网站发布各类政策文件1290件,解读政策文件4件”：未说明是区政府本级还是全区的数字（(二)则写明“全区”）',
  ],
  '2784-beibei-zfb-2023.txt': [
    // Left missed at stop 67 (after the measure of 2756–2800): as 2677's and 2694's, `《政府信息公开条例》` with the full
    // name nowhere is passed as a usual short form by 12 gatherers (400, 477, 655, 729, 870, 1606, 1819…).
    '序言依据“《政府信息公开条例》”：条例名称缺“中华人民共和国”，摘录全文未给出《中华人民共和国政府信息公开条例》的全称（同2677）',
    // Left missed at stop 67 (after the measure of 2756–2800): 942 writes the same shape (`政策解读46条,其中,行政规范性
    // 文件4件`) and its gatherer passed it: a reading of 其中 before 规范性文件 after a count of 解读 would warn it too.
    '总体情况(一)“发布政策解读材料25份,其中,向区司法局报送备案后公开的规范性文件5件,解读率100%”：“其中”把规范性文件说成解读材料的一部分，语句不通',
  ],
  '2792-wangcang-lyj-2023.txt': [
    // Left missed at stop 67 (after the measure of 2756–2800): `现将…情况报告如下` under `一、总体情况` is the corpus's usual
    // lead-in to the items (stop 49: 番禺区市场监管局 2022 `现将有关工作报告如下`, 根德乡 2023 and ten others, passed by their
    // gatherers); 1430 弥勒市林业和草原局 2025 prints the same shape (`现将2025年政府信息公开公布如下:`), passed (2374's reason).
    '“一、总体情况”首段末“现将有关情况报告如下:”：“现将…如下”的话印在“一、总体情况”之下，没有单独的序言（stop 40）',
  ],
  '2797-wuxing-rsj-2023.txt': [
    // Left missed at stop 67 (after the measure of 2756–2800): the body's usual short form in its title is 2708's and 2710's
    // shape (both left at stop 65): `县人社局2021年…` titles 1316 东乡区人社局 2021, passed by its gatherer (简称…属写法), and the
    // short forms 国资委, 科技局 are passed by the gatherers of 2041, 1643, 2329, 1996, 2031 and 2294.
    '标题“吴兴区人力社保局2023年政府信息公开工作年度报告”：机关名称用简称“人力社保局”（应为湖州市吴兴区人力资源和社会保障局），联系句也只写“湖州市吴兴区人力社保局办公室”',
  ],
  '2806-jianshi-zjj-2023.txt': [
    // Left missed at stop 68 (after the measure of 2801–2845): the item names the procedure (`依法受理`) but
    // no request; reading 受理/办理/答复 without a count or outcome as no request told warns 876 (武汉市发改委
    // 2023, `坚持依法规范办理,提高依申请公开办理质量`), 1078, 2111 and 248, the same shape their gatherers passed.
    '总体情况“(二)依申请公开情况”（其后即“(三)”，整段可见）只写依申请公开的制度、流程和依法受理：没有写本年收到和办理了多少政府信息公开申请',
  ],
  '2826-kaiyang-nanjiang-2024.txt': [
    // Left missed at stop 68 (after the measure of 2801–2845): 2128's shape (left at stop 53): `本报告包括…等六个部分组成`
    // is written by 16 texts of the corpus; only 2128's gatherer counted it a problem, the others (078, 088, 235, 603, 605,
    // 1036, 1224, 1251, 1365, 1609, 1658, 1733, 2645, 2708) noted it among their slips or passed it as wording: reading 包括 as
    // 2773's 含 would warn them all.
    '序言“本报告包括总体情况、…其他需要报告的事项等六个部分组成”：“包括…”与“由…组成”两种句式杂糅，语句不通（同2773）',
  ],
  '2834-guiyang-jtw-2024.txt': [
    // Left missed at stop 68 (after the measure of 2801–2845): 1969 贵阳市商务局 2021 prints the same title, its inner mark
    // closed after 的通知 (`关于印发<…年度报告格式的通知>》`), and its gatherer judged it punctuation, not counted; 179 独山县
    // 2022 (`关于印发<2022年政务公开工作要点的通知>》`) wrote the same placing as a slip. A reading of it would warn both.
    '序言依据“《国务院办公厅政府信息与政务公开办公室关于印发<中华人民共和国政府信息公开工作年度报告格式的通知>》”：书名号内层的“>”错放在“的通知”之后（应为《…关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》），通知名称不规范',
  ],
  '2838-panyu-jkq-2022.txt': [
    // Left missed at stop 68 (after the measure of 2801–2845): as 2806's: `畅通受理渠道,规范答复意见` names the
    // procedure only; 876, 1078, 2111 and 248 write the same and their gatherers passed it.
    '总体情况“(二)依申请公开方面”（其后即“(三)”，整段可见）只写“畅通受理渠道,规范答复意见”：没有写本年收到政府信息公开申请的件数（同1575）',
  ],
  '2842-quxian-xzspj-2019.txt': [
    // Left missed at stop 68 (after the measure of 2801–2845): 1974's reason holds (stops 51, 62, 64): `本年新 | 本年新` is
    // how the page store copies 2019's wrapped header cells; some twenty older texts print it (035, 117, 133, 1574, 2496…),
    // their gatherers passing it as a page's cut; read as two labels changed, they would all warn.
    '表二第二十条第(一)项表头“本年新 | 本年新 | 对外公开总数量”：“本年新制作数量”“本年新公开数量”都印成“本年新”，两列无法区分',
  ],
  '2844-lusong-rsj-2020.txt': [
    // Left missed at stop 68 (after the measure of 2801–2845): the body's usual short form in its title over the whole
    // name in its contact line is 2708's shape (三明市国资委 over 三明市人民政府国有资产监督管理委员会, left at stop 65) and
    // 2797's (left at stop 67); `县人社局2021年…` titles 1316 东乡区人社局 2021 (简称…属写法, passed by its gatherer), and
    // the short forms 国资委, 科技局 are passed by the gatherers of 2041, 1643, 2329, 1996, 2031 and 2294.
    '标题“株洲市芦淞区人社局2020年政府信息公开工作年度报告”：机关名称用简称“人社局”（序言联系句为芦淞区人力资源和社会保障局）',
  ],
  '2846-bachu-county-2023.txt': [
    // Left missed at stop 69 (after the measure of 2846–2890): the text has no title and the import names no agency;
    // read as the county's by its `现将巴楚县2023年度政府信息公开工作报告如下`, its `有序有效推进全县政府信息公开和宣传工作`
    // is the region's work advanced, which stop 34 decided is the report's own results and a scope said
    // (`推进全县政务公开工作`, `推动全市政务公开工作再上新台阶`); reading it as no scope would warn the governments whose
    // gatherers passed it so.
    '县的报告总体情况(一)写“2023年,巴楚县…本年度通过县政府门户网站及时公开财政预决算、重大建设项目、重大行政决策等信息29件,更新动态政务信息725条”，(二)写“2023年受理政府信息公开申请2件”：未说明是县政府本级还是全县的数字',
  ],
  '2855-fenyang-wtj-2022.txt': [
    // Left missed at stop 69 (after the measure of 2846–2890): 2806's shape (left at stop 68): the item names the
    // handling (`各科室在办理依申请公开工作时,除按照法定时限依法答复外`) but no request; reading 办理/答复 without a count
    // or outcome as no request told warns 876 (武汉市发改委 2023), 1078, 2111 and 248, the same shape their gatherers
    // passed.
    '总体情况“(二)不断促进依申请公开依法行政工作”（其后即“(三)”，整段可见）只写印发法治建设实施意见和各科室按时限答复：没有写本年收到和办理了多少政府信息公开申请（同2806）',
  ],
  '2857-shuangyang-wglj-2023.txt': [
    // Left missed at stop 69 (after the measure of 2846–2890): a title's short name of the body whose full name the
    // preface's report name prints is 1381's shape (`开福区发改局` over `现公布开福区发展和改革局2023年…`, passed by its
    // gatherer: 简称不计, as 1222's and 887's) and 2294's (`白银市科技局` over `白银市科学技术局`); 2844's reason holds.
    '标题“双阳区文广旅局2023年政府信息公开工作年度报告”：机关名称用简称“文广旅局”（序言为长春市双阳区文化广播电视和旅游局，同2844）',
  ],
  '2858-hunjiang-wjj-2025.txt': [
    // Left missed at stop 69 (after the measure of 2846–2890): the basis closed by a stop before the report's own
    // sentence (`根据《…条例》…的有关规定。浑江区卫生健康局…`) is written the same by 127 曲江区 2021 (`…等有关文件要求。特向
    // 社会公布`), 252 昭化区发改局 2021 (`…文件精神。2021年,我局…`) and 612 大营镇 2023 (`…的要求。大营镇党政办公室…`),
    // none written down by their gatherers: a reading of it would warn all three.
    '序言首句“根据《中华人民共和国政府信息公开条例》(以下简称《条例》)的有关规定。”：只有状语、没有主干，句号断开，语句不通',
  ],
  '2860-sanya-jiyang-wjw-2020.txt': [
    // Left missed at stop 69 (after the measure of 2846–2890): 加强 run into `…进行` without 对 is written the same by
    // 2050 寒亭镇 2024 (`加强已公开的信息进行风险排查`) and 930 大街乡 2019 (`加强业务人员进行信…`), neither written down by its
    // gatherer, and `加强对…进行…` by 1011, 123 and 167: a reading of the mixed construction would warn them.
    '总体情况(四)“日常加强本单位管理的政府网站专栏及政务新媒体进行自查自纠”：“加强…”与“对…进行自查自纠”两种句式杂糅，语句不通',
  ],
  '2867-yuanjiang-yangluozhou-2021.txt': [
    '序言写“主要是告知公民、法人和其他组织如何获取本单位主动公开的相关信息、如何依申请获取政府没有公开或不宜公开的信息…年报将随着政府公开信息的更新和变化随之作出调整说明”：这是政府信息公开指南的说明，照搬进了年度报告（同1268）',
  ],
  '2875-xingqing-yuhuangge-2022.txt': [
    // Left missed at stop 69 (after the measure of 2846–2890): the same `政务公开政府信息公开工作领导小组` is
    // written by 1929 (安居区住建局 2024), whose gatherer judged it wording, not counted (`…中的空格措辞不计`), and by
    // 407 (白露街道 2021, `政务公开政府信息公开服务工作领导小组`) and 2767 (柳江区, in a title) not written down: the
    // two names run together are a body's name as some bodies write it.
    '总体情况(三)“及时调整政务公开政府信息公开工作领导小组”：两个名称连写，缺“和”或顿号，语句不通（同2696）',
  ],
  '2880-changchun-wjw-2024.txt': [
    // Left missed at stop 69 (after the measure of 2846–2890): a sentence with no subject is the
    // common opening of an overview (`高度重视政府信息公开工作,…`) under a heading naming the body, and
    // `流程规范政务公开工作体系` reads also as a verb and its object (规范 to standardise): neither can be told from
    // wording the corpus writes whole.
    '总体情况首句“高度重视政府信息公开工作,建立了职责明晰的工作机制…形成了一套科学严谨,流程规范政务公开工作体系”：句子没有主语，“流程规范”后也缺“的”，语句不通',
  ],
  '2884-liuzhi-mugang-2019.txt': [
    // Left missed at stop 69 (after the measure of 2846–2890): 1974's reason holds (stops 51, 62, 64, 68): `本年新 | 本年新`
    // is how the page store copies 2019's wrapped header cells (`本年新` / `制作数量`); some twenty older texts print it
    // (035, 117, 133, 1574, 2496…) and their gatherers passed it; 2842, 2884 and 2885 print it the same way, cell by cell
    // with its bar, so no reading tells the ones written down from the ones passed.
    '表二第二十条第(一)项表头“本年新 | 本年新 | 对外公开总数量”：“本年新制作数量”“本年新公开数量”都印成“本年新”，两列无法区分',
  ],
  '2885-tongzhou-xinhua-2019.txt': [
    // Left missed at stop 69 (after the measure of 2846–2890): 1974's reason holds (stops 51, 62, 64, 68): `本年新 | 本年新`
    // is how the page store copies 2019's wrapped header cells (`本年新` / `制作数量`); some twenty older texts print it
    // (035, 117, 133, 1574, 2496…) and their gatherers passed it; 2842, 2884 and 2885 print it the same way, cell by cell
    // with its bar, so no reading tells the ones written down from the ones passed.
    '表二第二十条第(一)项表头“本年新 | 本年新 | 对外公开总数量”：“本年新制作数量”“本年新公开数量”都印成“本年新”，两列无法区分',
  ],
  '2890-pingyang-scjgj-2020.txt': [
    // Left missed at stop 69 (after the measure of 2846–2890): a mixed construction (`建立主动和…
    // 主动积极沟通`, 建立 with no object, 主动 twice) of no fixed shape: 建立 before 主动 and 主动 twice in a
    // clause are written whole by other texts (`建立主动公开制度`, 2479 and 2635; `主动公开、重点领域主动公开力度`).
    '总体情况(三)“同时建立主动和县政务信息公开办公室主动积极沟通”：“建立”无宾语、“主动”重复，语句不通',
  ],
  '2900-xinjiang-lcj-2021.txt': [
    // Left missed at stop 70 (after the measure of 2891–2935): the first paragraph ends with no stop (`…扎实有序开展政务公开
    // 工作`), so the import joins the next line to it as a wrapped line (`…开展政务公开工作强化领导,完善…`): the item's
    // heading opens no paragraph in what the checks read. Telling a paragraph's end from a wrapped line by its length is
    // the import's joining rule, and a heading read inside a paragraph would warn on the many `加强…,完善…。` sentences
    // of the year's work.
    '总体情况第二段“强化领导,完善政务公开工作机制。”作为分项却没有序号“(一)”，首段之后直接进入分项内容',
  ],
  '2904-dongliao-gxs-2019.txt': [
    // Left missed at stop 70 (after the measure of 2891–2935): as 2593's and 2696's (stops 63, 65), tables not printed are
    // `blank-cells` of the form, not judged on an excerpt; a warning for parts printed without their tables would go to
    // texts whose gatherers took the tables for images and passed them (2612, and about 17 others); this 2019 report's
    // old-regulation headings (`依申请公开政府信息情况和不予公开政府信息情况`) are those of reports that printed no tables.
    '第二、三、四部分只有文字（各部分整段可见，其后即下一部分标题）：表二、表三、表四都没有印出',
  ],
  '2913-beibei-zstzj-2019.txt': [
    // Left missed at stop 70 (after the measure of 2891–2935): 1974's reason holds (stops 51, 62, 64, 68, 69): `本年新 |
    // 本年新` is how the page store copies 2019's wrapped header cells; of the 17 texts printing them on one line, 1974
    // and 2842 were written down and 035, 117, 133, 205, 263, 330, 551, 915, 1574, 1578, 2496… passed, and 2884, 2885
    // and this text print them a cell a line as others do: no reading tells the ones written down from the ones passed.
    '表二第二十条第(一)项表头“本年新 | 本年新 | 对外公开总数量”：“本年新制作数量”“本年新公开数量”都印成“本年新”，两列无法区分',
  ],
  '2920-qijiang-ganshui-2021.txt': [
    // Left missed at stop 70 (after the measure of 2891–2935): a preface printed before the heading (basis and statistics
    // period), the overview's first paragraph closing with `现将…汇报如下:` to lead into its items: stop 49's convention
    // and 2586's and 2604's reason (stops 63, 64) hold, the lead-in passed by the gatherers of 48 of the 71 texts so
    // printed (根德乡 2023 and others); `本镇年度…事宜` names no year's report to tell it by. 2868's `现将我乡2024年度…汇报
    // 如下` is read with no preface before the heading.
    '“一、总体情况”首段末“现将本镇年度信息公开事宜汇报如下:”：“现将…如下”的话印在“一、总体情况”之下（stop 40）',
  ],
  '2922-benxi-gxq-2023.txt': [
    // Left missed at stop 70 (after the measure of 2891–2935): 2806's shape (left at stops 68 and 69): a whole
    // 依申请公开 item telling the procedure (`优化办理流程,提高答复时效,规范答复文书`) and no request is written the same by
    // 876, 248, 2111, 1616, 1994, 2007, 998, 2112, 2530, 1499, 2585 and 1378, whose gatherers passed it (1994, 2007
    // and 1499: the number is left to 表三; 998 and 1616: 表三 not in the excerpt; 876: 总体情况不要求); all are excerpts
    // cut before 表三, so neither the tables nor the text tell the five written down (2806, 2838, 2855, 2922, 2923)
    // from the twelve passed.
    '总体情况“(二)依申请公开”（其后即“(三)政府信息管理”，整段可见）只写提升标准化规范化、转变观念两点：没有写本年收到和办理了多少政府信息公开申请（同2806、2855）',
  ],
  '2923-shangluo-gxq-2023.txt': [
    // Left missed at stop 70 (after the measure of 2891–2935): 2922's reason (2806's shape): `依法及时处理并规范答复
    // 公开申请` without a count is the procedure 2111 (`申请登记、审核、办理、答复`), 2585 and 1378 write, passed by their
    // gatherers; read as no request told, it would warn those twelve.
    '总体情况“2.依申请公开情况”（其后即“3.政府信息管理情况”，整段可见）只写健全流程、参照示范文本、依法处理答复：没有写本年收到和办理了多少政府信息公开申请（同2806）',
  ],
};
/*
 * Seen in the pages but outside the kinds of SPEC §4 (wording slips, not counted above):
 * 002 and the 行政审批局's 2021 report write 平潭综合区行政审批局 (实验 missing); 003 numbers its
 * problems 一是…三是…三是 (flagged since a fix after the measures of 344–373); 004 repeats 聚焦新中国成立 70 周年平潭专场新闻发布会; 006 writes 不子公开
 * (flagged since `phrase-garbled`);
 * 008 writes 但在工作中仍在不足; 013 heads 表二's column 本年废纸件数 (flagged since a fix after
 * the measures of 224–253) and writes 针对市公安局.
 */

/**
 * Warnings on these reports that a reviewer would not give (honest list: each counts against the
 * bar of one false warning in five reports).
 */
const FALSE_WARNINGS: Readonly<Record<string, readonly string[]>> = {
  // Stop 30, an excerpt's whole overview judged (see OVERVIEW_AREAS_READ): four warnings not
  // decided. 068 and 253 (开发区管委会 lacking only 工作考核、社会评议和责任追究结果) are silent since a
  // fix of stop 32: 条例 第五十条 asks it of 各级人民政府, and a 管委会 is none. 255's `按照分类将所有公开的文件进行信息类别和主题分类` may be its 政府信息管理. 281 (沣西新城)
  // says every area in abstract words (`大力推进…“五公开”`, `政务公开内容清单化管理`, `政务公开方式
  // 立体化拓展`, `定期通报公开情况`): thin, but touched.
  '255-binhai-haibinjie-2021.txt': ['overview-areas-missing'],
  '281-fengxi-xincheng-2019.txt': ['overview-areas-missing'],
  // Since a fix after the measures of 344–373 (373's `一是…三是` without 二是): 215's `一是…。三是`
  // and 003's problems numbered `一是…；三是…三是`, each written down as a slip, not a problem (counted
  // here, as 142's and 303's headings are, though the numbering is wrong in both).
  '215-shapingba-fengwen-2020.txt': ['subheading-number-skipped:overview'],
  '003-pingtan-qu-2023.html': ['subheading-number-skipped:problems'],
  // 344–373 (measured once on f7380c2): 355's statistics period said to start on 2023年4月10日, the
  // day its portal went up (`部分数据自2023410日起…`): the text explains it, no reviewer would send it back.
  '355-hainan-db-2023.txt': ['statistics-period-mismatch:meta'],
  // 314–343 (measured once on 92a10f0): 320's `一、总体情况:` with a colon, written down as a slip
  // (gone since a fix after the measure: a colon closing a heading is no other wording); 324 cites the 2019 notice's name with 〔2021〕30号,
  // read as 〔2019〕60号 cited (the citation is wrong, but the warning misreads which number the
  // text prints; gone since a fix after the measure, which says the name and number disagree);
  // 329's `一)扎实做好主动公开` warned twice, as a lost bracket and as a first sub-heading `（二）` (the
  // same slip: the second gone since a fix after the measure, `一)` before `(二)` being the first
  // sub-heading).
  // 284–313 (measured once): 290's county government (`镇宁自治县政府`, not 人民政府) was taken for a
  // department, its date after 1月31日 said late (gone since a fix after the measure: `…政府` is a
  // government, deadline 3月31日); 303's `二、主动公开政府信息的情况` written down as a slip (the heading
  // with 的, as 142's, kept).
  '303-shangdang-xihuo-2021.txt': ['section-heading-mismatch:proactive'],
  // 072's `(六)政府信息依申请公开的收费及减免情况` (the old regulation's item, written down as a slip),
  // warned since a fix after the measure of 374–403, is silent since a fix of stop 34 after the
  // measure of 614–643: a 2019 report, in the 2019 format, whose 六 asks nothing of fees (379's, in a
  // 2022 report, stays a problem).
  // 069–078 (measured once): 071's and 076's overviews without some of the five areas (076's
  // written down as a slip, not a problem; earlier measures wrote the same as problems: 014, 015,
  // 034, 040). SPEC §4.5's areas, kept; counted against the bar.
  '071-pingtan-jtjsj-2019.html': ['overview-areas-missing'],
  '076-pingtan-zrzyj-2024.html': ['overview-areas-missing'],
  // 139–148 (measured once): `一、2023年政务公开总体情况` was written down as a slip, not a problem.
  // Kept: six other headings of the corpus keep the official words and add some (027 `政府信息公开
  // 总体情况`, 070 `2019年政府信息公开工作的总体情况`, 073, 087 `行政机关`, 上海 2019, 平潭 2022
  // `行政法复议`), each written down as a real problem, and SPEC §4.5 asks for the official
  // wording. The message now names the words added (`加了“2023年政务公开”`).
  '142-wuyi-township-2023.txt': ['section-heading-mismatch:overview'],
  // 149–163's two false warnings at the measure are gone since fixes made after it: 海南省地震局's
  // parts of a part in brackets (`292条(省局动态197条、市县动态95条)`) summed with the parts, and
  // 辽阳's `一、总体情况 ?`, whose `?` is the mirror's.
  // 194–208 (measured once): 202's `172条,其中` summed with a channel after the seven kinds that
  // add to 172, and 203's list naming 主动公开 as `公开政府信息情况`; 209–223 (measured once): 210's
  // `二、主动公开` where the excerpt ends, 222's list naming 三 in the old regulation's words, and
  // 215's 2016 explanation, its 〕 lost, said also to be no report notice. All five gone since fixes
  // made after the measures (a channel or a count larger than the whole after an exact sum is no
  // more kinds; a near name of a part names it; a beginning of the official heading with nothing
  // after it is a cut; a half-bracketed number gets the broken number's warning only).
  // 374–403 (measured at once, on 62174aa): 402's two 处理决定 equal to their items and its
  // `592万元`, none written down, are counted as found after the measure (see EXPECTED). (392's page
  // prints `更新时间:2022-02-21` before `发布时间:2020-01-14`; the import took the update for the
  // report's date and the deadline was warned: gone since a fix after the measure.)
  // 404–433 (held out, measured once on a63e63c): 409's and 424's lists of five kinds far short
  // of their wholes (88 of 634, 33 of 1464: some kinds named, not all) warned as short lists;
  // 411's overview read as lacking 政府信息管理; 421's first heading stored as a list item `- 总体
  // 情况`, said missing. None written down. (424's five kinds, 33 of 1464, less than a tenth of
  // the whole: silent since a fix after the measure; 409's 88 of 634 kept, as 121's 181 of 991
  // is written down; 421's list-marked heading read as the heading since a fix after the measure.)
  // After the measures of 434–463: 457's three kinds (407 of 1335) are told by what they are, the
  // website's statistics' three kinds, not by their share; no share parts 409's five (14%) from
  // 清远's six (18%) and 东城's four (25%), both real problems, nor do their kinds: 409 kept.
  '409-minhou-sthjj-2021.txt': ['parts-sum-mismatch:overview'],
  '411-qionghai-yjz-2022.txt': ['overview-areas-missing'],
  // 434–463 (measured at once on 399d57f): 445's `一、总体情况` printed at the end of its date
  // line (`2022年01月19日 来源: 上海普陀一、总体情况`), said missing; 447's `五、存在的主要问题及改进`
  // cut by the excerpt's end, read as a heading lacking 情况. Both gone since fixes after the
  // measure (a heading ending a page's source line is read; a part with no table whose heading
  // ends the text is cut, not short of 情况).
  // 464–493 (held out, measured once on 342ba19): 470's `发布部门动态38条,其中采用5条;发布工作动态32条,
  // 统计数据26条;统计信息26条,其中采用15条` read as 38 made of 5 + 32 + 26 + 26; 485's one citation
  // `(国办公开办函〔2020〕60号)` warned twice, as an unknown number (its problem) and as 〔2019〕60号 cited
  // in a 2023 report. Both silent since fixes after the measure of 464–493 (a semicolon, then a
  // verb of work done, ends the parts of `其中`; one citation, one finding).
  // 494–523 (measured at once on 4a6e9c5): 494's mixed numbering (a real slip, now expected), 501's
  // `37件,其中33件已办结,答复27件,主动撤回6件` read as 37 made of 33 + 27 + 6, 522's 管委会 asked for
  // 工作考核 and its uncounted 主动公开 (the decided shape, now expected). Silent since the fixes.
  // 524–538 (held out, measured once on 96679f7): warned at the measure, not written down. 527's
  // `各公共事业单位` read as 公共企事业单位 with 企 lost: silent since a fix of stop 32 after the
  // measure (公共事业单位 is a correct term). 530's five parts ending in 等 (stop 32's decision) and
  // 538's `政复议` (its gatherer's problem, written with no key) are expected since.
  // 539–553 (held out, measured once on 96679f7): warned at the measure, not written down. 541's
  // `全年共收到和办理依申请公开9件` read as 9 done (9 + 2 carried over of 9) is silent since a fix of
  // stop 32 after the measure of 524–553 (办理 joined to 收到 or 受理 counts the requests received);
  // 542's citation (the same as its problem), 547's areas and 549's item (real problems not written
  // down) are expected since.
  // 554–583 (measured at once on 8231866, before any fix of stop 33): 563's `三、收到和处理政府信息公开
  // 申请` ending its excerpt, read as a heading short of 情况. Silent since a fix of stop 33 after the
  // measure (a heading that is the source's last line is cut, not short).
  // 584–613 (held out, measured once on bbaa2b4, every fix of stop 33 merged).
  // Silent since a fix of stop 33 after the measure: 588's `“` open where the excerpt cuts its
  // sentence, 597's last `“` of a quoted list whose first was lost (said once, as the stray `”`),
  // 605's page property table (`主  题  词 …`, `发文单位 … 发布机构 …`) read as its preface. 590's,
  // 603's and 611's areas, and 612's citation and report name, are real problems (EXPECTED_MEASURED).
  // 614–643 (measured at once on 04c502b, before any fix of stop 34): 621's `(三)政府信息公开的收费及
  // 减免情况` (the old item, in the 2019 format, whose 六 asks nothing of fees) silent since a fix of
  // stop 34 after the measure; its `proactive-count-missing` and 640's notice read (EXPECTED_MEASURED).
  // 644–673 (held out, measured once on the merged code of stop 34): warned at the measure, not
  // written down; 12 by key, these four by meaning. 656's first subheading `（二）` comes of its
  // `一、报告内容` heading, a second word on the finding already made; 660's `（二）积极推动政府信息主动
  // 公开` gives no count (the decided shape, real on reading); 664's `未收到政府信息公开型案件` read as
  // saying nothing of requests (the gatherer wrote the garbled phrase down); 668's date judged by a
  // department's deadline, its agency misread as `>` from a breadcrumb. Since the fixes of stop 34
  // after the measure: 656's gone (`(一)总体情况` opens the overview); 660's read (EXPECTED_MEASURED);
  // 664's said once, as `phrase-garbled`; 668's silent (the breadcrumb's line is no title, and
  // 临洮县's deadline is 3-31).
  // 674–718 (held out, measured once on 8bd79e5 with the importer fix for 711): warned at the measure, not written down (to be read).
  // 719–748 (held out, measured once on f3e5567, the fixes of 674–718 merged): warned at the measure, not written down (to be read).
  // 749–778 (held out, measured once on 1b19e26, after every fix of 674–748): warned at the measure, not written down (to be read).
  // 754's `notice-citation-unknown:overview:rule-name` and 770's `proactive-count-missing:overview`,
  // read since and decided real (EXPECTED_MEASURED).
  // 759's `government-scope-missing`, silenced since (stop 35, helper f7): `内容涵盖孝昌县行政区域内总体情况`.
  // 762's false error at the measure, format-year-mismatch (its page menu's `行政规范性文件` chose the
  // 2021 format for a 2019 report), silenced since by the importer's fix.
  // 762's `section-heading-mismatch:proactive` and `overview-areas-missing`, silenced since by the
  // importer (stop 35, helper f7): the menu's `行政规范性文件` above the title was read as 表二's row
  // printed blank, so the text seemed to go on past 总体情况, where its excerpt is cut.
  // 766's `phrase-garbled:overview`, read since and decided real (EXPECTED_MEASURED). 768's, silenced
  // since (stop 35, helper f7): `全面推进政务公开标准规范化`, one 化 for both words.
  // 775's and 777's `government-scope-missing`, read since and decided real (EXPECTED_MEASURED).
  // 779–808 (measured at once on d9876ea): warned at the measure, not written down (to be read).
  // 781's `parts-sum-mismatch:overview`, silenced since (stop 36, helper f3): `除上年度结转的1件政府信息
  // 公开申请,共收到依申请公开124件,其中,全年共办理依申请公开122件,结转下年度继续办理3件`, 124 + 1.
  // 790's `phrase-garbled:meta`, silenced since (stop 36, helper f2): `黎平县人民政府网网站`, a site's
  // name ending in 网 followed by 网站.
  // 809–838 (measured at once on 414aa53): warned at the measure, not written down (to be read).
  // 830's `parts-sum-mismatch:overview`, silenced since (stop 36, helper f6): `共公开政务信息40条,其中` four
  // kinds adding to 40, then `单位公示栏上公开财务公开15条`, a board's count (a channel, the list over).
  // 820's `overview-subheading-garbled:overview`, silenced since (stop 36, helper f5): `(三)保障监督情况`,
  // 监督 and 保障 coordinate works, the same in either order.
  // 839–868 (measured at once on f9766a8): warned at the measure, not written down (to be read).
  // 844's `table-cells-printed-blank:t2`, silenced since (stop 36, helper f9): `规章(设区的市、自治州
  // 人民政府应提供相关数据) | |||` left blank by a 街道, as its label says. 846's
  // `subheading-number-skipped:overview`, silenced since (stop 36, helper f9): `二)依申请公开`, its
  // bracket lost (`subheading-bracket-missing` says it), counts as （二）. 866's
  // `government-scope-missing`, read since and decided real (EXPECTED_MEASURED).
  // 869–898 (measured at once on d610da1): warned at the measure, not written down (to be read).
  // 878's `政府集中采购 | 1 | 240万元`, read since and decided real by the lead's decision of 2026-12-01
  // (084's block above; EXPECTED_MEASURED).
  // 882's `parts-sum-mismatch:overview`, silenced since (stop 36, helper f11): `我县主动公开各类政府信息
  // 1644条。其中,…政府采购18条。试点领域信息公开中重大建设项目52条,…`, the next sentence's counts making
  // up the whole exactly (826 + 818 = 1644): the list goes on past its full stop.
  // 899–928 (measured at once on 3dc1197): 924's `overview-item-off-topic:overview`, warned at the
  // measure, silenced since a fix of stop 37: `(二)依申请公开情况` says `年内,我镇未收到公民、法人或
  // 其他组织通过任何形式提出的政府信息公开申请`, none received.
  // 959–988 (measured at once on 8ea7536): warned at the measure, not written down (to be read).
  // Silenced since fixes of stop 37: 987's count under its government's short name (`山城镇政府累计
  // 主动公开政府信息945条`, 本级 as 767's); 970's `规范性文件000`, a 表二 row whose cells ran together;
  // 975's `(三)全面拓展政府信息主动公开范围…`, the excerpt cut in `(四)依法公开农业农村政府信息`, which
  // may give the count; 977's `认真组织2024乐行摩托机车嘉年华`, an event's name opening with its year.
  // 989–1018 (measured at once on 0643596): warned at the measure, not written down (to be read).
  // Silenced since fixes of stop 37: 1002's `(以下简称《条例》《办法》)`, two short names defined in
  // one bracket; 995's `主动公开本政府产生的政务信息`, the government's own (本级).
  // Texts 1049–1078 (held-out measure of stop 38): warned at the measure, not written down (to be read).
  // Silenced since a fix of stop 38 after the measure of 1049–1078: 1070's `…向社会公布二是及时更新…`
  // (二是 run into the sentence before, there); its `梳理公布我局行政许可36项…` (the powers' list published).
  // Texts 1079–1108 (held-out measure of stop 38): warned at the measure, not written down (to be read).
  // Silenced since a fix of stop 38 after the measure of 1079–1108: 1089's `section-heading-mismatch:
  // overview` (`一、总体情况。`, headings closed by a full stop read as headings); 1091's cited title
  // `《关于做好全市2020年度政府信息公开工作年度报告编写工作的通知》` (the city's notice, not the
  // township's work); 1106's `通过福田政府在线网站公开信息165条` (a website's name); 1108's `…财政
  // 预决算类31条,政府工作报告类2份,其他信息23条` (the 份 kind counted, 830 of 830). 1080's `1646.5万元`
  // in 2019's 采购总金额 decided real since (EXPECTED_MEASURED, the lead's decision on 084).
  // 1109–1138 (held out, measured once on 176a3f3): warned at the measure, not written down (to be read).
  // 1133's `…年度报告报告的内容包括` is silent since a fix of stop 39 (a full stop lost, not a doubled word).
  // 1135's `收到居民书面信息公开申请2例,其中涉及教育、文化、体育信息1例` is silent since a fix of stop 39
  // after the measure of 1109–1138 (例 a unit of cases and requests).
  // 1139–1168 (held out, measured once on e8efbfe): warned at the measure, not written down (to be read).
  // 1142's `其中在市本级政府门户网站…共发布信息23558条,包含概况类信息418条,…` (23558 one part, 包含 its
  // own), 1151's `报告涵盖主动公开、…、监督保障等核心内容` and 1152's `其中:通过…。二是通过…` are silent
  // since a fix of stop 39 after the measure of 1139–1168.
  // 1167's `《关于进一步规范文件公开属性和政策解读审核工作的通知》` (规范 a verb, read as 规范性文件 short
  // of 性) is silent since a fix of stop 39 after the measure of 1139–1168.
  // 1169–1198 (held out, measured once on 079c3a5): warned at the measure, not written down (to be read).
  // 1171's `(图解)丽水市市场监管局2021年度…` (a link to the infographic, 监管局 the short form), 1179's
  // `《关于规范政府信息公开平台有关事项的通知》(国办公开办函〔2019〕61号)` and 1194's `省市《政府信息公开规定》`
  // are silent since a fix of stop 39 after the measure of 1169–1198; 1173's undefined 《办法》 is decided real.
  // 1170's `…3121条,比上年度减少838条;…`, 1172's `…751条,其中新闻发布会1条“政策解读数”28条,…`, 1181's
  // `负责收集、整理政府信息` and 1191's `一是旗政府网站方面,…发布各类信息2968条` are silent since a fix of stop 39.
  // 1177's `严格规范政府信息工作` (under 政府信息管理情况) is silent since a fix of stop 39 after 1169–1198.
  // 1199–1228 (held out, measured once on 4a86266): warned at the measure, read, not problems:
  // 1211's heading printed `一、` on one line and `总体情况` on the next (the number is there);
  // 1226's title printed again as `长白朝鲜族自治县马鹿沟镇` (its county before the same town). Both are
  // silent since fixes of stop 40 after the measure of 1199–1258.
  // 1229–1258 (held out, measured once on 4a86266): warned at the measure, read, not problems:
  // `政府信息工作` for the work of managing information (1231's `推进我镇政府信息工作向专业化`, 1253's
  // `负责政府信息工作,包括收集、梳理需公开的信息内容`; silent since a fix of stop 40 after the measure
  // of 1199–1258: not before 向, nor before a comma and 包括); 1238's item (一) without a count while its item
  // (四) says `全年主动公开信息110余条`; 1242's `编制完成了…政务公开标准化目录,共梳理了109条需公开的内容`
  // (the catalogue: 政府信息管理). All four are silent since fixes of stop 40 after the measure of 1199–1258.
  // Read again after the fixes: 1231's preface quoting seven names for `六个部分`
  // (`“政府信息公开行政复议”、“行政诉讼情况”`, part four split by its quotation marks; its gatherer wrote it
  // down as a slip, and the names are the format's); 1234's item `(一)主动公开` without a count, which its
  // preface (printed in the page's 时效性 field, read since a fix of stop 40) says: `政府信息公开专栏主动公开
  // 政府信息51条` (silent since).
  '1231-chengxiang-changtai-2020.txt': ['part-count-mismatch:meta'],
  // 1259–1273 (held out, measured once on 6887f3f): warned at the measure, none left after reading.
  // 1274–1288 (held out, measured once on bae01df): warned at the measure, read, not problems (left for
  // the next fixes): 1274's `主动公开政府信息200余条,涉及…其他法定信息,其中,政务公开平台发布…` (the whole is said
  // before 涉及) and 1278's `主动公开《尧头镇人民政府2023年部门预算公开》《…2022年度部门决算》2条` (the count after
  // titles holding years), silent since a fix of stop 41; 1286's `我单位…总共发布8条信息` (the township's own,
  // as its gatherer read 我单位), decided real at stop 41 (619's and 1249's gatherers wrote the same
  // wording down as scope unsaid; see its entry in EXPECTED_MEASURED).
  // 1289–1303 (held out, measured once on db63649): warned at the measure, read, not problems (left for
  // the next fixes): 1290's `开创政府信息工作新局面` (its gatherer, after stop 40's decision: the work of
  // managing information; silent since a fix of stop 41, 新局面 after it); 1298's `未受理因政府信息公开申请提起的行政复议申请` read as no request received
  // beside `受理政府信息公开申请7件` (the clause is about reviews).
  // 1298's silent since a fix of stop 41 after the measure of 1289–1318 (the none of requests a review
  // was brought on).
  // 1304–1318 (held out, measured once on db63649): warned at the measure, none left after reading (1316's
  // place-less title counted by meaning).
  // 1319–1333 (held out, measured once on 7cd4a52, every fix of the stop): warned at the measure, read, not
  // problems (four, over the bar's three): 1319's `本报告由二七街道党政综合办公室编制,所列数据的统计时限为…` in the
  // first paragraph under `一、总体情况` (no preface printed; its gatherer: run into the overview, not a preface
  // under the heading); 1323's `动态信息161条(其中链接114条、文字信息47条),领导信息13条,重大民生信息16条` (the
  // bracket's two parts make 161; the next kinds are not its parts); 1333's `国办公开办函〔2016〕201号` (the
  // office's answer on filling in the tables, cited beside 30号: 四川's usual wording) and its `( 二)` with a
  // space read as (二) skipped.
  // Since fixes of stop 41 after the measure of 1319–1333: 1323's list in the bracket ends at its close,
  // 1333's 201号 is known as the office's answer, its `( 二)` counts as (二). 1319's decided real by the
  // lead at stop 42 (PREFACE_UNDER_HEADING_DECIDED, the shape of 283's).
  // 1349–1378 (held out, measured once on fe3d6f7): warned at the measure, not written down; read: 11 by
  // key, 2 by meaning. Near keys (4) and the decided real (5: 1355, 1363, 1375, 1378 twice) are in
  // EXPECTED_MEASURED and the lists. Not problems: 1358's `其中总体情况包括主动公开、依申请公开、政府信息管理、
  // 平台建设和监督保障等方面` after the six parts (the overview's areas read as parts); 1367's
  // `二、主动公开政府信息的情况` (the heading with 的, written down as a slip, as 303's and 142's).
  // Since a fix of stop 42 after the measure of 1349–1378: 1358's list ends before its `其中总体情况包括…`
  // clause (silent).
  '1367-gangu-swj-2021.txt': ['section-heading-mismatch:proactive'],
  // 1334–1348 (held out, measured once on 062a789): warned at the measure, not written down; read: 5 by
  // key, 1 by meaning. Near keys (2) and the decided real (1341's areas, 1348's preface under the heading)
  // are in EXPECTED_MEASURED and the lists. Not a problem: 1339's `党政办…主动公开信息5条` (its gatherer:
  // the office as subject, the town's own figures).
  // Since a fix of stop 42 after the measure of 1334–1348: 1339 silent (the town's 党政办 the subject
  // publishing, in the sentence of the count).
  // 1379–1423 (held out, measured once on f8a2769): warned at the measure, not written down; read: 15
  // by key, 4 by meaning (near keys and the decided real, 1386's sub-heading as 1324's, are in
  // EXPECTED_MEASURED). Not problems: 1389's `强化政府信息工作管理能力` and 1418's `政府信息工作得到积极开展`
  // (their gatherers: wording, as 1231's and 1253's); 1393's `沙包堡办事处` (a 街道办事处's common short
  // name, in a WeChat account's name and a list); 1401's `本单位累计主动公开…` (the town's own figures, as 1339's).
  // Since a fix of stop 44 after the measure of 1379–1423: 1401 silent (the town calling itself 本单位,
  // the subject of its count of items published, read as its own figures).
  // Since a fix of stop 44 after the measure of 1379–1423: 1389 silent (`政府信息工作管理`, a noun after it
  // as `政府信息工作人员`). 1418's `政府信息工作得到积极开展` left warned: its shape is that of 358's
  // `保证了政府信息工作得以高效开展`, 427's `推动了全旗政府信息工作按上级要求深入开展` and 766's `政府信息
  // 工作有条不紊地开展着`, all counted real (427's written down by its gatherer, 766's decided real though
  // its gatherer left it as wording); no general reading tells 1418's apart from them: decided real by
  // the lead at stop 44 (EXPECTED_MEASURED), as 766's was.
  // Since a fix of stop 44 after the measure of 1379–1423: 1393 silent (`<place>办事处` warned only as
  // the body to contact, `请与…办事处…联系`, 1110's).
  // 1424–1453 (held out, measured once on 432f8fc, every fix of 1379–1423): warned at the measure, not
  // written down; read: 14 by key, 4 by meaning (near keys are in EXPECTED_MEASURED). Not problems:
  // 1437's `四是政务公开平台建设情况` holding `一是…二是…` (its gatherer: a way of writing levels);
  // 1438's `区政府主动公开政府动态类新闻信息1842余条` (the government itself the subject, read as its own
  // level by its gatherer as 法王寺镇's); 1449's 表二 header `本年增/` (its gatherer: a character lost
  // from the page, as 878's); 1452's `(二)依申请公开政府办理情况` / `无。` (none received, said tersely).
  // Since a fix of stop 47 after the measure of 1634–1678: 1437 silent (an outer point that is an
  // area's heading, `四是政务公开平台建设情况。`, holds the measures of the level below it).
  '1438-yinzhou-district-2024.txt': ['government-scope-missing'],
  '1449-gongzhuling-daj-2021.txt': ['table-header-changed:t2:本年增/减'],
  '1452-zhumadian-nyncj-2019.txt': ['overview-item-off-topic:overview'],
  // 1454–1483 (held out, measured once on the code of cb73588): 1454's `首页 > 汕头市医疗保障局 > 政务公开`
  // (the page's breadcrumb, its `>` read as a stray closer); 1456's `加强对敏感词汇、错别字…等政府信息工作力度`
  // (the work on information, 1389's shape, not 政府信息公开工作 with 公开 lost); 1467's 市场监管局 without
  // a title read as a government. All three silent since fixes of stop 44 after the measure of 1424–1483:
  // 1454's breadcrumb (no title above it, read into the preface) read as a path, its `>` no stray closer;
  // no 政府信息工作 read after a list's 等; 1467's `根据县政府全面加强政务公开工作的安排部署` the government
  // whose plans it follows, not one at work.
  // 1484–1513 (held out, measured once on the code of 1dd2b48): 1508's `共收到依申请公开0件,予以公开0件`
  // read as no request yet one answered (the outcome's count of none not read); silent since a fix of
  // stop 44 after the measure (zero-claims.ts: an outcome followed by a count of 0 is counted, not done).
  // 1514–1543 (held out, measured once on the code of 15ac16a): 1521's `未收到申请公开政府信息要求(历年累计0条)`
  // read as 未 written in excess (none received, cumulative none: no slip; silent since a fix of stop 45
  // after the measure: a count of none in an aside in brackets is another count, the years' total,
  // not the clause's own); 1521's 审计局, whose copied
  // preface says `本镇` (its gatherer's other-agency problem), asked a township's scope; 1523's `2021年度我单位
  // 共制作信息15条` (我单位 the township itself, as 1339's 本单位, its gatherer's reading). Since fixes of
  // stop 45 after the measure: 1521 no longer read as a township (`公布2019年本镇…报告` names no town,
  // and its text speaks as `我局`); 1523's 我单位 as the maker of the year's information (`共制作信息15条`,
  // 本机关制作) read as the township's own figures. Both silent.
  // 1574–1633 (held out, measured once on the code of f81f1f6e, every fix of stop 45): warned at the measure, not written down; read: 15 by meaning (near keys are in
  // EXPECTED_MEASURED). Not problems: 1614's `2022年苏木共公开政府信息96条,嘎查村村务672条` (the 苏木's own count beside the villages', read as its own level by its gatherer; since a fix of stop 46 after the measure of 1574–1633: silent, a count of the villages' 村务 set after another in its sentence saying the other is the government's own); 1617's `推动公开内容进一步聚焦重点政务信息` read as 推送 mistyped (推动 is right; since a fix of stop 46 after the measure of 1574–1633: silent, 推动 making its object do something, 进一步 before the verb it is pushed to); 1624's 行政许可 `44`, `减44` with 5 decisions (items moved away during the year may have had decisions first, its gatherer).
  // Left at stop 46 (after the measure of 1574–1633): warning only where a kind had no items all year
  // would silence SPEC §4.4's own example too, seed 000's 行政处罚 21 −21 → 0 items with 1 decision
  // (its expected issue, checks.test.ts's), the same shape as 1624's 44 −44 with 5: the spec's to
  // change first, not the rule alone.
  '1624-yanta-wjj-2020.txt': ['t2-decisions-without-items:licensing'],
  // 1634–1678 (held out, measured once on the code of 9f307b01, every fix of stop 46): warned at the
  // measure, not written down; read: 11 by meaning (near keys are in EXPECTED_MEASURED; 1675's
  // `《国办公开办函〔2019〕60号)` warned twice, as an unclosed 《 and a stray ), one problem). Not problems:
  // 1640's `公开了…2020年财政预决算` (预决算 the pair's common name, not a year's 决算 said published
  // within it); 1643's overview of one paragraph before an unnumbered `主动公开政府信息情况` and its points
  // `1.` `2.` (the excerpt cut inside them: whether the areas come later cannot be seen); 1655's
  // `编制2025年度报告` read as 2025年 with 年 lost (the report's name cut short, its gatherer's problem,
  // not a date); 1665's 徐圩新区, a zone run by its 管委会, asked a government's scope (zones are not
  // judged, as 1604's and 1538's); 1670's `四是政务公开平台建设情况` holding `一是…二是` (1437's shape,
  // its gatherer's way of writing levels). Since a fix of stop 47 after the measure of 1634–1678: 1665
  // silent (a 新区 by its bare name whose text names its 管委会, `管委会领导`, is a zone run by its
  // committee, not a district's government); 1643 silent (a part's words without a numeral under the
  // numbered `一、总体情况` read as the overview's sub-heading, not as 二's heading: the excerpt is cut
  // inside the overview, its areas not judged); 1670 silent (as 1437: an outer point that is an area's
  // heading holds its measures); 1640
  // silent (预决算 read as the pair's common name, not a 决算); 1655 silent (年度报告 after a year is
  // the year's 年度, not a year with its 年 lost).
  // 1679–1723 (held out, measured once on the code of b7998bdd, every fix of stop 47 and the lead's of stop 48):
  // warned at the measure, not written down; read: 6 by meaning (near keys are in EXPECTED_MEASURED), 4
  // decided real (1680, 1701, 1718, 1722, with their reasons there). Not problems: 1692's `我委备案公文175件,
  // 其中规范性文件1件,主动公开175件` (the 175 made public is all of the 175, not a part beside 1); 1694's
  // 表三 rows printed as text (`一、本年新收政府信息公开申请数量20`, the format's own row labels read as items
  // numbered like the parts); 1702's `政府门户网站乡镇专栏` (the portal's column for its towns, not another
  // body); 1706's figures after `巴彦高勒镇人民政府积极履行…主动公开政府信息。其中,…` (the town's government
  // named as their subject, its gatherer's reading); 1707's `2020年度市政府各部门政府信息公开年度报告` (the
  // departments' reports, not this one's name); 1716's `新增信息数16条` and 1722's `…等内容,共计25条信息`
  // (counts of what was made public, read as none). Since a fix of stop 48 after the measure of
  // 1679–1723: 1694 silent (the format's own 表三 row labels, `一、本年新收…` `二、上年结转…`, read as
  // its table printed as text, not as items numbered like the parts); 1702 silent (a name holding the
  // site's word and ending with 乡镇 is the site's column for the towns, no town's); 1707 silent (the
  // verb of a cited title, the regulation's 公开, presents no report named after it); 1692 silent (a
  // part as large as the whole, its rate said next, is a share, not a part); 1706 silent (the town's
  // government, subject of a sentence saying it published, its counts the next sentence's `其中`);
  // 1716 and 1722 silent (`新增信息数16条`, and a total in a clause of its own after the kinds made
  // public, read as counts).
  // 1724–1768 (held out, measured once on b5e7df99, every fix of stop 48): warned at the measure, not
  // written down; read: 5 by meaning (near keys are in EXPECTED_MEASURED), 4 decided real (1727's
  // areas, 1729's and 1734's notices, with their reasons there). Not problems: 1727's `2018年,2019年,
  // 我委“12345”政府热线均被评为先进部门` (honours of the years before, rightly dated); 1755's text printed on
  // one line, its `一、总体情况` inline (read as missing: since a fix of stop 48 after the measure of
  // 1724–1768, silent: the import finds a part heading after a sentence's end inside its bracket) and its `主动公开政府信息共188条,其中:…22条,…42条,
  // …33条。` whose list goes on in the items 3.–6. after it (its gatherer: `分项未完，不计总数`).
  // Since a fix of stop 48 after the measure of 1724–1768: silent (1727's years listed together, a
  // span of years, not the period; 1755's list read as going on in the numbered items after it).
  // 1769–1813 (held out, measured once on fa01ff5b, every fix of stop 48 and the import's of stop 49; 1779–1783
  // unused): warned at the measure, not written down; read: 8 by meaning (near keys are in EXPECTED_MEASURED),
  // 3 decided real (1786's name, 1792's count, 1803's 具办, with their reasons there). Not a problem: 1801's
  // `全年制发政府文件103件,其中…32条,均实现主动公开`, the town's own documents (its gatherer: 已可见是本级).
  // Since a fix of stop 49 after the measure of 1769–1813: silent (a count of the government documents the
  // town itself issued, 制发, read as its own figures, 本级).
  // 1814–1858 (held out, measured once on 8c3f5702, the code of stop 49's end): warned at the measure, not
  // written down; read: 6 by meaning (near keys are in EXPECTED_MEASURED), 1 decided real (1853's old fees
  // item, with its reason there). Not problems: 1835's `现将2020年我局政府信息公开工作报告如下` (报告 the verb,
  // its gatherer says so); 1839's `通过门户网站、微信公众号等发布各类信息2541余条,其中概况类…503余条、政务动态
  // …406余条、信息公开目录…229余条` (the site's columns among two channels' items, not the whole's kinds);
  // 1847's `(以下简称为《公开条例》)` (a short name given with 为); 1850's 太仓高新区 (a development zone's
  // 管委会, its gatherer judged no scope). Since a fix of stop 50 after the measure of 1814–1858: 1835
  // silent (a first person right after the year, `2020年我局…工作`, makes 报告如下 the verb; a name puts
  // its agency before its year).
  // Since a fix of stop 50 after the measure of 1814–1858: 1839 silent (the website's three kinds are one
  // channel's when the whole is said of a site and another channel: no more read as all of it); 1850 silent
  // (a zone's short name, `…高新区`, `…经开区`, read as a development zone's, no government with levels).
  // Since a fix of stop 50 after the measure of 1814–1858: silent on 1847 (the short name the report gives,
  // `简称为《公开条例》`, is the title it stands for, in the preface and wherever the report uses it).
  // 1859–1903 (held out, measured once on 9cc805ac, the code of stop 49's end; the same findings on ea0c4988,
  // after the import's fixes of stop 50): warned at the measure, not written down; read: 7 by meaning (near
  // keys are in EXPECTED_MEASURED), 2 decided real (1863's count, 1885's scope, with their reasons there). Not
  // problems (8 readings, 9 warnings): 1861's `共39条,其中在政务服务方面,公布…列表;…38篇;…4条` (the parts are
  // listed, the first without a count); 1862's `6大类15小项信息` (项 after 小); 1872's `(三)…。镇高度重视…`
  // (its gatherer passed it); 1888's `行政处罚信息公示47条,行政许可信息公示1143条,…47条,…46条` (no total:
  // the first count read as one); 1891's `一是规范文件管理` (规范 the verb); 1897's overview under its garbled
  // `(一)公开主动方面` (its 主动公开 there, `共发文2则`: the heading's fault, written down); 1901's `0431-12329`
  // (the housing fund's service number) and `全年信息发布294条,其中,概况类信息4条,政务动态信息145条,信息公开
  // 目录信息35条` (the site's three columns, not the whole's kinds: 1839's shape).
  // Since a fix of stop 50 after the measure of 1859–1903: silent on 1861 (parts listed by semicolons,
  // the first without a count: a count in the sentence's next clauses is a part said); on 1862 (`15小项`:
  // a size before the unit counts whole); on 1888 (a year's count with 全年 alone, its name ending as the
  // next kind's, `…信息公示47条,…信息公示1143条`: the first of like kinds, not their whole); on 1891
  // (`一是规范文件管理`: 规范 the verb of a list's item, the documents' handling after it).
  // Decided real by the lead at stop 50, on f35's reading: 1872's `。镇高度重视政府信息管理` is 1369's shape
  // (`镇高度重视依申请公开工作`, its 我 lost, written down by its gatherer; the corpus's other 37 such
  // clauses write 我镇 or the town's name): the same slip, not narrowed for one gatherer's pass. 1901's
  // `全年信息发布294条,其中,概况类…4条,政务动态…145条,信息公开目录…35条` is the shape of 298, 457, 507, 787
  // and 1452 (three kinds short of the whole, each written down by its gatherer; 262, 264, 452, 1687
  // exact): nothing in its words tells it from them (298 goes on to 解读 and 专栏 as 1901 does). Both moved to
  // EXPECTED_MEASURED as decided real, with these precedents.
  // Since fixes of stop 50 after the measure of 1859–1903: 1897 silent (its `(一)公开主动方面` read as the
  // 主动公开 area, and `共发文2则,…均按时完成公文备案和公开工作` as its count).
  // Since a fix of stop 50 after the measure of 1859–1903: 1901's `0431-12329` silent (a public service
  // number of five digits opening 12, dialled after its area code).
  // 1904–1948 (held out, measured once on 4af792f4, stop 50's end with stop 51's two readings of 1859–1903's
  // items not reached): warned at the measure, not written down; read: 8 by meaning (near keys are in
  // EXPECTED_MEASURED), 4 decided real (1918's parts and 等, 1921's and 1925's kinds short of the whole, 1948's
  // `(四)政府信息平台建设`, with their reasons there). Not problems (4 readings, 4 warnings): 1906's `( 一 )…`
  // (its first sub-heading numbered with spaces inside the brackets); 1926's `本政府部门` (this government
  // department, not a government); 1928's `我局共主动公开158份信息稿件,其中包括日常工作简报、部门预决算、…`
  // (稿件 of what it published, not of news sent to the media); 1936's `办结依申请公开件177件(含2022年结转的3件)`
  // with its results summing to 177 (two of 179 still open, the concluded count said).
  // Since a fix of stop 51 after the measure of 1904–1948: 1926 silent (`本政府部门` read as a department's
  // own words); 1936 silent (the concluded count `办结…177件` read with what it holds between).
  // Since a fix of stop 51 after the measure of 1904–1948: 1906 silent (a first sub-heading with spaces
  // inside its brackets read as `（一）`); 1928 silent (稿件 said made public, `主动公开158份信息稿件`, read
  // as what was published, not as news sent to the media).
  // 1949–1993 (held out, measured once on 6b34675a, before the fixes of 1904–1948 were merged): warned at the
  // measure, not written down; read: 6 by meaning (near keys are in EXPECTED_MEASURED), 5 decided real (1965's
  // 依申请工作, 1966's notice title and short name, 1983's `(四)政府信息平台建设`, with their reasons there). Not
  // problems (2 readings, 2 warnings): 1961's `因…东河街道办事处于2024年5月28日成立,故本报告所列数据的统计期限自
  // 2024年5月28日起` (a body set up within the year, its period from the day it was); 1984's `(二)依申请公开情况
  // 2020年度本镇未收到申请公开信息要` / `求。` (a line broken inside the item's first sentence, read as its heading).
  // Since a fix of stop 51 after the measure of 1949–1993: 1961 silent (a period from the day the body was
  // said 成立 to the year's end); 1984 silent (a heading holding a year and its item opening with a
  // sentence's end, `求。`, read with the requests it tells).
  // 1994–2038: false reading: the page's header `区退役军人事务局2022年…年度报告` read as the title, the title below it printing `广州市越秀区退役军人事务局`.
  // Since a fix of stop 52 after the measure of 1994–2038: 2009 silent (the page's header naming the body by its level alone gives way to the title below it, which prints its places).
  // 1994–2038: false reading: `重庆市綦江区城市管理局`, a district's department under a municipality, read as a city department working to `区委、区政府` deployments.
  // Since a fix of stop 52 after the measure of 1994–2038: 2022 silent (the 市 of 城市管理 read as the department's work, not its place).
  // 2039–2080: false reading: `主动公开各类信息200余件,其中…66件,…22件,…34条,…12件,…21条,…47条` (202, about 200) read with its first four kinds only.
  // Since a fix of stop 52 after the measure of 2039–2080: 2052 silent (a list that already took a kind
  // in 条 among its 件, stopped at more kinds in 条, read as going on past where it was read).
  // 2039–2080: false reading: `采购金额共计15.92万元` in the narrative read as 表二's label `采购总金额` cut.
  // Since a fix of stop 52 after the measure of 2039–2080: 2057 silent (`采购金额` read as a word of its
  // own, what was spent on purchases).
  // Since a fix of stop 52 after the measure of 2081–2125: 2113 silent (`巩固拓展主流舆论阵地。`: 阵地 is
  // what is held and widened, as 成果 and 成效 are).
  // 2126–2170: false reading: `“创新创业 兴业兴城”`, a slogan's two halves split by a space, read with the space dropped as 业兴 doubled.
  // Since a fix of stop 53 after the measure of 2126–2170: 2130 silent (a word read twice whose first
  // copy a space cuts is the end of one word and the start of the next).
  // 2126–2170: false reading: `机构类信息20条,内有领导成员10条、…5条;工作类信息11条,其中…`, the kinds' own parts (内有, 其中) summed with the kinds.
  // Since a fix of stop 53 after the measure of 2126–2170: 2138 silent (`内有` opens a kind's own parts, not more kinds of the whole).
  // 2126–2170: false reading: 表二's 本年增/减 printed `未增未减` (no change), read by the import as blank.
  // Since a fix of stop 53 after the measure of 2126–2170: 2139 silent (表二's `未增未减`, no change, read as 0 in the import, so the numbers after it keep their places).
  // 2126–2170: false reading: `共受理政府信息公开申请15件,其中新收到14件,结转上年度办理1件,办结13件,结转下年度继续办理2件`, the balance rule's two sides (新收 + 结转 = 办结 + 结转下年) summed as one list.
  // Since a fix of stop 53 after the measure of 2126–2170: 2144 silent (a list splitting its whole twice, 14 + 1 and 13 + 2, each exactly 15).
  // 2171–2215: false reading: `(二)依申请公开` then `我乡…暂没有群众提出其他方面政府信息公开的请求`, no application received, read as off its heading.
  // Since a fix of stop 54 after the measure of 2171–2215: 2177 silent on overview-item-off-topic (none received, the
  // request called 请求: `没有…公开的请求` tells the requests as `未收到…申请` does).
  // 2171–2215: false reading: `如巩固拓展脱贫攻坚、乡村振兴、…各村开会情况等;`, a list of contents after 如, read as lacking its object (成果).
  // Since a fix of stop 54 after the measure of 2171–2215: 2177 silent on phrase-garbled (巩固拓展… named as an item of a list of contents after 如 needs no object).
  // 2171–2215: false reading: `(一)主动公开情况。…共计100余条`, a count with 余, read as no count.
  // Since a fix of stop 54 after the measure of 2171–2215: 2200 silent (the information published named in one clause, its
  // total in the next: `…公开了各类信息,共计100余条`).
  // 2171–2215: false reading: `湛江海关关区`, a customs district (关区), read as a 区 government.
  // Since a fix of stop 54 after the measure of 2171–2215: 2203 silent (a 海关关区 is a customs body's district, no
  // government's).
  // Since a fix of stop 54 after the measure of 2171–2215 (another fixer, the same day): the import also reads the
  // preface's `湛江海关关区` as the agency, a customs house's district, a department, not a 区 government.
  // 2171–2215: false reading: `信息824,019条`, a count with a thousands separator, read as `824,` without unit.
  // Since a fix of stop 54 after the measure of 2171–2215: 2205 silent on count-unit-missing (digits going on past a
  // thousands separator are one number, its unit after the last group).
  // 2171–2215: false reading: `深圳海事局` names its place (深圳); a line agency of the 交通运输部 named by its city.
  // Since a fix of stop 54 after the measure of 2171–2215: 2205 silent on agency-name-place-missing (a ministry's line
  // agency, 海事局 and its kin, is named after the place it serves with no 市 or 省).
  // 2171–2215: false reading: the text is cut inside `(四)强化组织监督保障`, so its 依申请公开 may follow; not judged by its gatherer.
  // Since a fix of stop 54 after the measure of 2171–2215: 2210 silent (an overview cut mid-sentence whose items before
  // 监督保障 follow an order of its own, `(三)推进财政资金信息公开`, is not judged for the areas it may tell later).
  // 2216–2260: its overview items `加强日常管理。`, `强化监督保障。` printed without (一)(二), passed by its gatherer as wording (2228's unnumbered sub-headings were counted by theirs; the corpus keeps each gatherer's call).
  // Kept at stop 55 (after the measure of 2216–2260): no general difference from the unnumbered headings counted by
  // other gatherers: 精河县托里镇 2021's `健全组织机构。按照…` (the model of the reading since stop 48) and 海棠区卫健委
  // 2022's `大力推进平台建设。根据…` are the same short action phrases ended by 。 and run on; 2228's bare area lines are
  // another reading. 2231–2245 meets its bar with it.
  '2245-pengxi-jxkjj-2020.txt': ['subheading-number-missing:overview'],
  // 2216–2260: false reading: the preface's `电话:0310-8133001`, then a blank line and the overview's `2020,`, read as one 11-digit number across the paragraph break.
  // Since a fix of stop 55 after the measure of 2216–2260: 2247 silent (a local number too long by a year at its end,
  // right without it, is the next paragraph's opening year joined by the import).
  // 2216–2260: `(三)完善公开平台,推动政民互动按照…` run on into its text, passed by its gatherer as 473's run-on sub-heading.
  // Since a fix of stop 55 after the measure of 2216–2260: 2250 silent (a two-phrase sub-heading run on is read only
  // where every other numbered sub-heading is two phrases closed by 。; its `(四)规范依申请公开工作。` is not).
  // 2216–2260: false reading: `《关于做好2019年全省政府信息公开年度报告工作的函》`, a letter's title holding `年度报告工作`, read as the report's name garbled.
  // Since a fix of stop 55 after the measure of 2216–2260: 2253 silent (`政府信息公开年度报告工作`, the work of the
  // reports, keeps 年度报告 whole: not the name's words out of order).
  // 2216–2260: false reading: `公开对省委省政府和中国气象局系列政策措施、重大工作部署的执行和落实情况。`, 公开 its verb, read as lacking its predicate.
  // Since a fix of stop 55 after the measure of 2216–2260: 2258 silent (a verb of telling before 对, 公开/公布/通报…,
  // takes the whole `对…的…情况` as its object: the predicate is there).
  // 2261–2305: `主动公开政府信息38条,其中人事信息11条,预算决算4条,信息公开年报1条,通知公告15条` (31 of 38), a partial `其中` list its gatherer did not sum, as 1982's.
  // Left at stop 56 (after the measure of 2261–2305): the corpus counts the same shape both ways, a
  // `其中` list of four or more kinds, no 等, short of its total: written down by the gatherers of
  // 906 (63 of 77) and 1334 (123 of 148), decided real by the lead for 2054 (47 of 148) and 677 (52
  // of 60); passed by those of 2268 (31 of 38), 2287 (22 of 45) and 1982. No share, wording or
  // place parts them (2268's list makes 82 % of its total, 906's 82 %).
  '2268-weifang-qixiang-2022.txt': ['parts-sum-mismatch:overview'],
  // 2261–2305: false reading: its (一) ends `全年主动公开各类信息累计百余条`, a count in 百余.
  // Since a fix of stop 56 after the measure of 2261–2305: 2276 silent (a count said in words, `百余条`, `数百条`,
  // is a count of what was published).
  // 2261–2305: `共发布公开信息45条。其中规划信息5条、…招考录用3条` (22 of 45), a partial `其中` list its gatherer did not sum, as 1982's.
  // Left at stop 56 (after the measure of 2261–2305): as 2268 above, the same shape counted by the
  // gatherers of 906 and 1334 and by the lead for 2054 and 677.
  '2287-tongcheng-beigang-2021.txt': ['parts-sum-mismatch:overview'],
  // 2261–2305: its sub-heading `(二)依法申请公开方面`, passed by its gatherer as wording.
  // Left at stop 56 (after the measure of 2261–2305): the same sub-heading `(二)依法申请公开方面` was
  // written down by 292's gatherer (292 flagged by it, phrase-garbled), and a heading's 依法申请公开
  // by 1104's (`2.依法申请公开政府信息情况`, no 依申请公开 elsewhere in it, as 2291): no reading passes
  // 2291's and keeps theirs.
  '2291-lingqiu-lyj-2023.txt': ['phrase-garbled:overview'],
  // 2261–2305: its (二) on proactive disclosure counts only `已确定保留权力226项`, passed by its gatherer (the item goes on to 行政执法信息公开).
  // Since a fix of stop 56 after the measure of 2261–2305: 2299 silent (powers kept in a list of powers,
  // `确定保留权力226项`, are the list published, not cases handled).
  // Since a fix of stop 57 after the measure of 2306–2350: 2306 silent (`…气象局局机关…`: 局机关 is the
  // bureau's own offices, not 局 written twice).
  // 2306–2350: `我镇未收到政府信息公开申请、无相关申请处理情况`, passed by its gatherer as wording.
  // Since a fix of stop 57 after the measure of 2306–2350: 2317 silent (none received is not read across a
  // 、: the list's next item, `无相关申请处理情况`, is its own negation, said right).
  // 2306–2350: its figures say whose they are (`本机关…57件`, `区政府共受理…180件`), as its gatherer read them.
  // Since a fix of stop 57 after the measure of 2306–2350: 2320 silent (the office, by its self-word 本机关,
  // the subject of the paragraph publishing `区政府、区政府办公室公文类政府信息57件`: whose the documents are said).
  // 2306–2350: its (二) `2025年度有1件依申请公开信息。`, a count of requests (loosely worded), passed by its gatherer.
  // Since a fix of stop 57 after the measure of 2306–2350: 2340's phrase-garbled silent (`规范文件起草、审核、
  // 发布`: 规范 a verb before the steps of the documents' handling), and 2340 silent (a count right before the
  // request's name, `有1件依申请公开信息`, tells the requests).
  // 2306–2350: false reading: its item `(二)拓宽渠道宣传。通过双辽市政府门户网站对教育信息进行及时公开…` is about publishing on the portal, not the bureau's own publicity.
  // Since a fix of stop 57 after the measure of 2306–2350: 2345 silent (a paragraph headed by 宣传 whose
  // first sentence tells disclosure, `…进行及时公开`, is publishing, not the field's publicity).
  // 2306–2350: `信息创作编、审、签、发`, passed by its gatherer as wording (`采编` is not what it lost).
  // Left at stop 57 (after the measure of 2306–2350): 1902 (湟源县政府办 2023) writes the very words,
  // `进一步规范信息创作编、审、签、发以及所属网站…`, and its gatherer wrote them down (`语句不通（应为采编、
  // 审、签、发之类）`), the reading's source; no reading of the wording parts the two (the list of
  // one-character steps follows both), so silencing 2347 would leave 1902's recorded problem missed.
  '2347-fengxian-rsj-2023.txt': ['phrase-garbled:overview'],
  // Since a fix of stop 58 after the measure of 2351–2395: 2365 silent (pieces the agency put out in a
  // sentence naming the government's portal are disclosure, whatever they are called).
  // Since a fix of stop 58 after the measure of 2351–2395: 2370 silent (pieces sent up and taken up
  // beside a count of information published, `发布信息200余次`, are passed as 2337's were).
  // Since a fix of stop 58 after the measure of 2351–2395: 2374 silent (the site's header `金口河区人民政府`
  // under its welcome banner, over a title naming no body whose source is `区交通运输局`, is no agency).
  // Since a fix of stop 58 after the measure of 2351–2395: 2395 silent (a budget's year shared with the
  // 决算 after it, `2023年度部门预算和部门决算`, is right for the 决算).
  // Since a fix of stop 59 after the measure of 2396–2440: 2402 silent (`现将本年度…工作报告如下`, no year in
  // figures nor agency before the words: 本年度 the work's time, 报告 the verb).
  // 2396–2440: `在县委、县政府的正确领导,政务信息公开领导小组的指导下`, the 下 of the second phrase serving both, passed by its gatherer as wording (two others counted a bare `正确领导,`).
  // Since a fix of stop 59 after the measure of 2396–2440: 2413 silent (the next clause's `…的指导下`
  // closes the 在 of the leadership; the bare `正确领导,` of 1205 and 2266 is still read).
  // 2396–2440: its preface lists the old regulation's parts (收费及减免); its gatherer passed it by the convention on old part names.
  // Left at stop 59 (after the measure of 2396–2440): 1259 (渠县医保局 2022) prints the same preface word for
  // word (`本报告主要由信息公开工作概述、…、信息公开的收费及减免情况、…与附表等部分组成`) and its gatherer wrote
  // the old seven parts down, as 1341's did its old six with 收费及减免; the convention 2422's gatherer
  // cites (1334) passed old part names without 收费及减免. Nothing in the words parts the two.
  '2422-quxian-sjj-2022.txt': ['part-count-mismatch:overview'],
  // 2396–2440: `(二)依法申请公开`, passed by its gatherer as wording (other gatherers counted 依法申请公开).
  // Left at stop 59 (after the measure of 2396–2440): the same sub-heading's 依法申请公开 was written
  // down by the gatherers of 292 and 2424 (`(二)依法申请公开方面`, `(二)依法申请公开情况`), 1894 and 1104,
  // with the same 依法申请公开 in their bodies as 2429's (`收到依法申请公开件5件`); only 2429 closes its
  // sub-heading with a colon, no reading of the wording: no rule passes 2429's and keeps theirs (as
  // 2291's, left at stop 56).
  '2429-fuping-wlj-2021.txt': ['phrase-garbled:overview'],
  // Since a fix of stop 59 after the measure of 2396–2440: 2433 silent (a count in 项 said concluded, `一共七项 都已办结`, under
  // the 依申请公开 heading counts its requests).
  // Since a fix of stop 59 after the measure of 2396–2440: 2434 silent (案 is the measure word of suits, `行政诉讼3案`).
  // 2441–2485: false reading: the page's field `公报标题` (its gazette fields `总号 期号 主办单位…`) read as the title
  // printed again under the title, naming another body. Since a fix of stop 60 after the measure of 2441–2485:
  // silent (`公报标题` read as a property's label without its colon, as `标题`, `信息名称`).
  // 2441–2485: false reading: the title printed over three lines, `退役军人事务局` / `政府信息公开工作年度报告` / `(2019年度)`,
  // its year on the third, read as a title without a year. Since a fix of stop 60 after the measure of
  // 2441–2485: silent (a line of only the year in brackets under a title is its year, as on one line).
  // 2441–2485: the stored page begins at `三、`: its gatherer took the first half as not in the excerpt, not as
  // missing from the report.
  // 2441–2485: the same: `二、` is before the stored page's start.
  // 2441–2485: a 苏木 whose excerpt gives no figure at all (`未收到政府信息公开申请`, no case): its gatherer judged no
  // scope (no numbers).
  // Since a fix of stop 60 after the measure of 2441–2485: 2466 silent (nothing read before its first heading
  // `三、`, no preface nor earlier part: the headings before it are not asked for; no table cell and no number
  // but years in its words: no figures whose scope to tell).
  // 2441–2485: its preface lists the old format's parts (`概述`, `…收费及…`, `存在的主要问题及改进措施`); its gatherer passed
  // it by the convention on old part names (1259, 2422), the missing `其他需要报告的事项` with them.
  // Since a fix of stop 60 after the measure of 2441–2485: silent (a list naming the old regulation's fees as a
  // part, `政府信息公开收费及…`, is the old reports' list: what it leaves out of the current six is not read).
  // 2441–2485: `2、依法申请公开制度`, passed by its gatherer as 2429's (other gatherers counted 依法申请公开: 292, 2424,
  // 1894, 1104).
  // Since a fix of stop 60 after the measure of 2441–2485: silent (a heading's 依法申请公开制度 named alone is the
  // rules for applying under the law; before 制度 it is read only as 主动公开's counterpart in one phrase, 750's).
  // 2441–2485: false reading: `省、市、县《政府信息公开规定》`, each level's rules named by their common title after the
  // levels listed, read as one rule of no such name.
  // Since a fix of stop 60 after the measure of 2441–2485: silent (the county's level listed after the province's
  // and the city's before the title, `省、市、县《…》`, names each level's rules, as `省市《…》` did at stop 39).
  // 2441–2485: `本年度政府信息公开工作报告` in its preface, read by its gatherer as 本年度的 report (wording), as 2402's
  // `现将本年度…工作报告如下` is passed.
  // Since a fix of stop 60 after the measure of 2441–2485: silent (`本年度政府信息公开工作报告根据…` as the preface's
  // subject: short of 年度 alone, which 本年度 says; 1445's `本年度政府信息公开报告…`, short of 工作 too, is still read).
  // 2486–2530: `没有接收到受理政府信息公开申请`, passed by its gatherer as wording (`措辞存疑不计`).
  // Left at stop 61 (after the measure of 2486–2530): the same wording, `全年未接收到受理政府信息公开申请`, is written
  // down as `语句不通` by 1596's gatherer (师宗县高良乡 2025); no reading tells the two apart (未 and 没有 say the same),
  // so silencing 2489 would lose 1596's problem.
  '2489-kaijiang-renshi-2020.txt': ['phrase-garbled:overview'],
  // 2486–2530: `现将我乡2021年度政府信息公开工作报告如下` under `一、总体情况` (counted as the preface's words there); the name has
  // its 年度 in `2021年度`, passed by its gatherer as 2076's.
  // Left at stop 61 (after the measure of 2486–2530): 2076's gatherer wrote the same words down (`现将2023年度
  // 政府信息公开工作报告如下`: `报告名称缺末尾的“年度”`, counted there), as stop 34 decided `…2021年度政府信息公开
  // 工作报告` short of its 年度 (1349's `现将我镇2022年…工作报告如下` and 34 texts counted); 2491's gatherer misread
  // 2076's, and no reading tells the two apart.
  '2491-wushan-daxi-2021.txt': ['report-name-garbled:overview'],
  // 2486–2530: its preface lists the old format's parts (`概述、政府信息主动公开情况、依申请公开政府信息办理情况、载体建设情况等`), passed by
  // its gatherer by the convention on old part names (1259, 2422).
  // Since a fix of stop 61 after the measure of 2486–2530: silent (a list opening with the old 概述 and cut by 等
  // after parts of the first three alone is the old reports' list; 1164's and 1362's, naming 复议 and problems,
  // are still read).
  // 2486–2530: `县应急管理局` without its county in the preface's report name; its gatherer did not count a
  // preface's short name (the corpus counts a title's).
  // Since a fix of stop 61 after the measure of 2486–2530: silent (the preface itself names the body with its
  // county, `请与铜鼓县应急管理局办公室联系`: the short name of a body named whole there).
  // 2486–2530: `民政局局办公室` is the bureau's own office (`局办公室`), not 局 doubled; passed by its gatherer.
  // Since a fix of stop 61 after the measure of 2486–2530: silent (局 then 办 is the body's own office, as
  // 局机关 is).
  // 2486–2530: false reading: the title's `政府 信息公开工作年度报告`, a space inside 政府信息, read as a name without 政府;
  // its gatherer passed the space as typesetting.
  // Since a fix of stop 61 after the measure of 2486–2530: silent (the 政府 right after the title's year is the
  // name's own: the space is inside the name, not between the agency's 政府 and a name without it).
  // 2486–2530: its figures are said of `乌恰县吾合沙鲁乡人民政府` itself (本级, as 1325) and its notice board of `乡村两级`;
  // its gatherer judged the scope said.
  // Since a fix of stop 61 after the measure of 2486–2530: silent (the town's government the count's subject,
  // its year between its name and the channel).
  // 2531–2575: `本溪市市政府官网`, the city's name before 市政府, passed by its gatherer as wording.
  // Since a fix of stop 62 after the measure of 2531–2575: silent (a city's name before 市政府, the city
  // government's everyday name, is not its level doubled).
  // 2531–2575: `全年共办理118件,其中本年新受理110件,上年结转8件,转下年办理2件`: 110 + 8 = 118; the 2 carried into next year are among
  // the 118, not a part beside them.
  // Since a fix of stop 62 after the measure of 2531–2575: silent (the requests carried into next year, said last
  // after parts that make the whole exactly, are among them).
  // 2531–2575: false reading: `《最大雨强列南京近10年第二!暴雨中,他们在行动》`, a title with a `!` inside it, its 《 before the
  // `!`.
  // Since a fix of stop 62 after the measure of 2531–2575: silent (a sentence cut at a `!` with a 《 still open
  // is joined to the next when that one's first title mark is the 》 closing it).
  // 2576–2620: `全年在网上公开政务信息87条,其中:主动公开公文类信息40条,主动公开率达95%`: the 95 % is the share of 公文 made public, not 40 of
  // 87; its gatherer left it out as doubtful.
  // Since a fix of stop 63 after the measure of 2576–2620: silent (the rate's count names a kind, 公文类, that
  // no count before it names: the rate is over all of that kind, not stated).
  // 2576–2620: the date read is one of three unlabelled `2022-02-15` in the page's attribute list, which its
  // gatherer did not take (as 1990); no labelled date is printed.
  // Since a fix of stop 63 after the measure of 2576–2620: silent (a date printed three times unlabelled in a
  // page's property list is not read as the report's date, as the corpus takes none: 1423 the same).
  // 2576–2620: false reading: `(一)主动公开政府信息情况` opens with `2020年,县行政审批服务局紧紧围绕县委县政府中心工作…` and tells of 主动公开
  // work, not of requests; the (一) lacks only its count (counted under proactive-count-missing).
  // Since a fix of stop 63 after the measure of 2576–2620: silent (the 依申请 read was inside a published
  // list's title, `《…政务服务事项(依申请类)“四办”清单》`, not a request).
  // 2621–2665: false reading: `2019年是我局信息公开工作开局之年` read as naming the body `是我局`; the text names its body
  // nowhere (its agency is null) and its gatherer did not count that.
  // Since a fix of stop 64 after the measure of 2621–2665: silent (a verb before the report's own `我局` after the year,
  // `是我局`, names no body).
  // 2621–2665: false reading: `主动公开政府信息744条,其中,通过…人民政府网主动公开信息140条,具体为:…41条、…34条…` breaks the 140 down in turn
  // (41 + 34 + 25 + 17 + 14 + 4 + 3 + 2 = 140), and 140 + 256 + 310 + 38 = 744: the nested list was read as
  // the whole's parts.
  // Since a fix of stop 64 after the measure of 2621–2665: silent (`具体为` after a part's count opens that part's own
  // kinds, read as a nested list).
  // 2621–2665: false reading: `1.突出工作重点,规范文件发布` has 规范 as a verb (to regulate how documents are published),
  // not a 规范性文件 with 性 lost. Since a fix of stop 64 after the measure of 2621–2665: silent (规范 opening a
  // clause, with one step of the documents' handling after 文件 and the clause ending there, is read as the verb).
  // 2621–2665: false reading: `(一)主动公开情况` says `…门户网站、政务新媒体及中央、省、市传统主流媒体共公开44087条政府信息`: the count is there,
  // after its channels.
  // Since a fix of stop 64 after the measure of 2621–2665: silent (`在主动发布方面,` is the item's own area in another verb,
  // not the next area ending the item before its count).
  // 2666–2710: false reading: `(一)主动公开` says `…公开行政许可、处罚类信息5000余条`: a count is there (of the kinds it names),
  // and its gatherer wrote `有数`.
  // Since a fix of stop 65 after the measure of 2666–2710: silent (a credit system named beside the
  // government's own website, `通过政府网站、国家企业信用信息系统等网站公开…信息5000余条`, is a count of what
  // the agency published, not only cases put on a credit site).
  // 2666–2710: false reading: `区国资委各项工作推动情况及工作进度信息` has 推动 right (how the work is pushed forward), not 推送
  // with a character changed.
  // Since a fix of stop 65 after the measure of 2666–2710: silent (推动 before 情况, 进展 or 进度 is the noun of how work
  // is pushed forward, not a message pushed out).
  // 2711–2755: false reading: `《中共珠海市不动产登记中心委员会关于…》` names the centre's Party committee (委员会), not the agency
  // with a character added; `珠海市不动产登记中心` lost nothing.
  // Since a fix of stop 66 after the measure of 2711–2755: silent (a subject already ending in a body's kind,
  // `…登记中心`, names a whole body: no kind was lost from it).
  // 2711–2755: false reading: `涉及体育类7封、` has its unit: 封 counts the letters of request (the text counts
  // `依申请公开件27封` throughout).
  // Since a fix of stop 66 after the measure of 2711–2755: silent (封, the unit of letters and of requests
  // sent as letters, is a unit).
  // 2711–2755: false reading: `(一)主动公开情况` ends `…等城市管理领域信息总计631条`: the year's count is there (its gatherer
  // noted `(一)631条`).
  // Since a fix of stop 66 after the measure of 2711–2755: silent (a long list of kinds closed by 等, then
  // `…信息总计631条` in the same clause, is read as the count of what was published).
  // 2711–2755: false reading: `《盐城市城市管理局2023年政务公开工作计划》` is 盐城市 followed by 城市管理局, not 城市 written twice.
  // Since a fix of stop 66 after the measure of 2711–2755: silent (a word ending in 市 after a character, the second
  // time opening a body's name, `…城市管理局`, is a city's name before its body).
  // 2711–2755: false by the gatherer's decision: `白沙镇人民政府…主动公开政府信息共计502条` has the township's government as
  // its subject, read as its own level (as 767, 987, 1325).
  // Since a fix of stop 66 after the measure of 2711–2755: silent (the town's government as the subject of the
  // count, with only a clause of the rule followed and the day counted to between them).
  // 2756–2800: false reading: `蓬溪鸣凤镇人民政府信息公开网` is the town's own site, its county 蓬溪县 written without 县, not
  // another body's.
  // Since a fix of stop 67 after the measure of 2756–2800: silent (the site's town ends with the agency's town after its
  // county's level word, and what comes before it opens the agency's name: its own county written short).
  // 2756–2800: false reading: `美丽乡村乡村振兴` is two items run together (美丽乡村、乡村振兴, a 、 lost), not 乡村 written
  // twice: deleting one would lose an item. Since a fix of stop 67 after the measure of 2756–2800: silent (a word
  // doubled between two 、 of a list with an item's words before and after it is two items run together).
  // 2756–2800: false reading: `《鄂尔多斯市东胜区人民政府办公室关于政府信息公开工作年度报告有关事项的通知》` is the district office's own notice,
  // read as the State Council office's 〔2019〕60号 by its words; the text cites no 2019 notice.
  // Since a fix of stop 67 after the measure of 2756–2800: silent (a notice's title whose issuer, in the same marks, is a
  // place's government office is that office's own notice, not 〔2019〕60号).
  // 2756–2800: false by the gatherer's decision: a county 政府办公室's own report whose counts have `我办` as
  // subject (`2023年,我办…今年主动公开政府信息1211条`), the office's own (as 1175; 2779, naming `县政府办公室` in the third
  // person, was counted as 2744).
  // Since a fix of stop 67 after the measure of 2756–2800: silent (the office's self-word leads the sentence right before
  // the year's total published, given with no subject and no channel: the office's own).
  // 2756–2800: false by the gatherer's decision: a district 政府办公室's own report, `2024年,我办坚持…` before its
  // counts, the office's own (as 1175 and 2774).
  // Since a fix of stop 67 after the measure of 2756–2800: silent (an office's report whose only figures are the requests
  // made to it, no item said published anywhere: no published figure whose scope it could tell).
  // 2756–2800: false reading: `并可在线申请政府信息公开` is whole: 申请政府信息公开 is the request itself, no verb lost.
  // Since a fix of stop 67 after the measure of 2756–2800: silent (可在线 is online before a verb, not 可在 a place).
  // 2801–2845: false reading: `市北区审计局` is named by its place: 市北区 is the district (青岛市市北区), not 市 + 北区 with a
  // city lost. Since a fix of stop 68 after the measure of 2801–2845: silent (a district named 市中区, 市南区, 市北区 is
  // the place itself).
  // 2801–2845: false reading: `本报告的电子版可在…湖东街道政府信息公开专栏` ends its line before the address, and `(http://…)下载。`
  // on the next line gives the verb: no verb lost. Since a fix of stop 68 after the measure of 2801–2845: silent (a verb
  // read as lost at a line's end is taken back when the next line opens on the address in brackets and then the verb).
  // 2801–2845: false reading: `主动公开各类政务信息3000余份,其中政府文件121份,政府常务会议信息17份,政府其他会议信息29份` names some kinds of the
  // 3000; `政府其他会议信息` is a kind (meetings other than 常务会议), not the catch-all 其他 that would close the list.
  // Since a fix of stop 67 (stop 68, after the measure of 2801–2845): silent (`政府其他会议信息` after
  // `政府常务会议信息` is the rest of the meetings, a kind among others, not the rest of the whole).
  // 2891–2935: false reading: `主动公开信息总数560条,其中政府网站公开政府信息数268条,其他方式公开政府信息数292条,规范性文件数1条`: 268 + 292 = 560; the
  // one 规范性文件 is among the site's items (the 政府网站 statistics count it apart), not a third part beside them.
  // Since a fix of stop 70 after the measure of 2891–2935: silent (channels closed by the rest of the channels, `其他方式…`,
  // make the whole; a kind after them is no further part).
  // 2891–2935: false reading: the part `政府信息公开行政复议及行政应诉情况` names litigation from the respondent's side (应诉),
  // not a part without 行政诉讼; its gatherer passed it. Since a fix of stop 70 after the measure of 2891–2935: silent
  // (应诉 names the fourth part's litigation as 诉讼 does).
  // 2891–2935: false reading: `全年共通过各级媒体刊登(播出)新闻144条,其中《中国税务报》7条、《羊城晚报》2条…南方+3条` names some of the media the
  // 144 news appeared in (37), not all of them; no information published either (as 2882's news, stop 69).
  // Since a fix of stop 70 after the measure of 2891–2935: silent (a whole of news the media carried, its list the outlets,
  // is not read as all of them).
  // 2891–2935: false reading: `全年累计公开政府信息2874项,其中,公开政策文件29项,政策解读54项,重大民生信息939项,监督检查信息60项,重要会议信息30项` names
  // some kinds of the 2874 (1112), as 2841's `其中政府文件121份…` (stop 68). Since a fix of stop 70 after the measure of
  // 2891–2935: silent (the next sentence goes on to publish more kinds in 项, `主动公开…办理情况84项,…`: the list was some).
};

/**
 * Every measure on reports the team had not seen, in the order they were taken: the texts
 * (templates/fixtures/real, `txt`) or whole pages (templates/fixtures/real-html, `html`) numbered
 * `from`–`to`, each measured once when it came (the fixtures README's "The measure of …"). The first
 * two are held to the bar itself; the corpus the bar was set on is every file no measure holds.
 */
interface Measure {
  readonly label: string;
  readonly from: number;
  readonly to: number;
  readonly ext: 'txt' | 'html';
  /** Held to the bar of 9 in 10, not only printed. */
  readonly bar?: true;
}
const MEASURES: readonly Measure[] = [
  { label: 'unseen reports (024–048)', from: 24, to: 48, ext: 'txt', bar: true },
  { label: 'unseen reports (049–063)', from: 49, to: 63, ext: 'txt', bar: true },
  { label: 'unseen reports (064–078)', from: 64, to: 78, ext: 'txt' },
  { label: 'unseen reports (079–093)', from: 79, to: 93, ext: 'txt' },
  { label: 'unseen reports (094–108)', from: 94, to: 108, ext: 'txt' },
  { label: "109–123, the session's final held-out measure", from: 109, to: 123, ext: 'txt' },
  { label: '124–138, the seventh held-out measure', from: 124, to: 138, ext: 'txt' },
  { label: '139–148, the eighth held-out measure', from: 139, to: 148, ext: 'txt' },
  { label: '014–023, whole pages held out', from: 14, to: 23, ext: 'html' },
  { label: '149–163, the ninth held-out measure', from: 149, to: 163, ext: 'txt' },
  { label: '164–178, the tenth held-out measure', from: 164, to: 178, ext: 'txt' },
  { label: '056–068, whole pages measured once', from: 56, to: 68, ext: 'html' },
  { label: '179–193, the eleventh held-out measure', from: 179, to: 193, ext: 'txt' },
  { label: '069–078, whole pages measured once', from: 69, to: 78, ext: 'html' },
  { label: '194–208, the twelfth held-out measure', from: 194, to: 208, ext: 'txt' },
  { label: '209–223, the thirteenth held-out measure', from: 209, to: 223, ext: 'txt' },
  { label: '224–238, the fourteenth held-out measure', from: 224, to: 238, ext: 'txt' },
  { label: '239–253, the fifteenth held-out measure', from: 239, to: 253, ext: 'txt' },
  { label: '254–268, the sixteenth held-out measure', from: 254, to: 268, ext: 'txt' },
  { label: '269–283, the seventeenth held-out measure', from: 269, to: 283, ext: 'txt' },
  { label: '284–298, the eighteenth held-out measure', from: 284, to: 298, ext: 'txt' },
  { label: '299–313, the nineteenth held-out measure', from: 299, to: 313, ext: 'txt' },
  { label: '314–328, a twentieth held-out measure', from: 314, to: 328, ext: 'txt' },
  { label: '329–343, a twentieth held-out measure', from: 329, to: 343, ext: 'txt' },
  { label: '344–358, a twenty-first held-out measure', from: 344, to: 358, ext: 'txt' },
  { label: '359–373, a twenty-first held-out measure', from: 359, to: 373, ext: 'txt' },
  { label: '374–388, measured at once', from: 374, to: 388, ext: 'txt' },
  { label: '389–403, measured at once', from: 389, to: 403, ext: 'txt' },
  { label: '404–418, held out, measured once', from: 404, to: 418, ext: 'txt' },
  { label: '419–433, held out, measured once', from: 419, to: 433, ext: 'txt' },
  { label: '464–478, held out, measured once', from: 464, to: 478, ext: 'txt' },
  { label: '479–493, held out, measured once', from: 479, to: 493, ext: 'txt' },
  { label: '434–448, measured at once', from: 434, to: 448, ext: 'txt' },
  { label: '449–463, measured at once', from: 449, to: 463, ext: 'txt' },
  { label: '494–508, measured at once', from: 494, to: 508, ext: 'txt' },
  { label: '509–523, measured at once', from: 509, to: 523, ext: 'txt' },
  { label: '524–538, held out, measured once', from: 524, to: 538, ext: 'txt' },
  { label: '539–553, held out, measured once', from: 539, to: 553, ext: 'txt' },
  { label: '554–568, measured at once', from: 554, to: 568, ext: 'txt' },
  { label: '569–583, measured at once', from: 569, to: 583, ext: 'txt' },
  { label: '584–598, held out, measured once', from: 584, to: 598, ext: 'txt' },
  { label: '599–613, held out, measured once', from: 599, to: 613, ext: 'txt' },
  { label: '614–626, measured at once', from: 614, to: 626, ext: 'txt' },
  { label: '629–643, measured at once', from: 629, to: 643, ext: 'txt' },
  { label: '644–658, held out, measured once', from: 644, to: 658, ext: 'txt' },
  { label: '659–673, held out, measured once', from: 659, to: 673, ext: 'txt' },
  { label: '674–688, held out, measured once', from: 674, to: 688, ext: 'txt' },
  { label: '689–703, held out, measured once', from: 689, to: 703, ext: 'txt' },
  { label: '704–718, held out, measured once', from: 704, to: 718, ext: 'txt' },
  {
    label: '719–733, held out, measured once after the fixes of 674–718',
    from: 719,
    to: 733,
    ext: 'txt',
  },
  {
    label: '734–748, held out, measured once after the fixes of 674–718',
    from: 734,
    to: 748,
    ext: 'txt',
  },
  {
    label: '749–763, held out, measured once after the fixes of 674–748',
    from: 749,
    to: 763,
    ext: 'txt',
  },
  {
    label: '764–778, held out, measured once after the fixes of 674–748',
    from: 764,
    to: 778,
    ext: 'txt',
  },
  {
    label: '779–793, held out, measured once after the fixes of 674–778',
    from: 779,
    to: 793,
    ext: 'txt',
  },
  {
    label: '794–808, held out, measured once after the fixes of 674–778',
    from: 794,
    to: 808,
    ext: 'txt',
  },
  {
    label: '809–823, held out, measured once after the fixes of 674–808',
    from: 809,
    to: 823,
    ext: 'txt',
  },
  {
    label: '824–838, held out, measured once after the fixes of 674–808',
    from: 824,
    to: 838,
    ext: 'txt',
  },
  {
    label: '839–853, held out, measured once after the fixes of 674–838',
    from: 839,
    to: 853,
    ext: 'txt',
  },
  {
    label: '854–868, held out, measured once after the fixes of 674–838',
    from: 854,
    to: 868,
    ext: 'txt',
  },
  {
    label: '869–883, held out, measured once after the fixes of 674–868',
    from: 869,
    to: 883,
    ext: 'txt',
  },
  {
    label: '884–898, held out, measured once after the fixes of 674–868',
    from: 884,
    to: 898,
    ext: 'txt',
  },
  {
    label: '899–913, held out, measured once after the fixes of 674–898',
    from: 899,
    to: 913,
    ext: 'txt',
  },
  {
    label: '914–928, held out, measured once after the fixes of 674–898',
    from: 914,
    to: 928,
    ext: 'txt',
  },
  {
    label: '929–943, held out, measured once after the fixes of 674–928',
    from: 929,
    to: 943,
    ext: 'txt',
  },
  {
    label: '944–958, held out, measured once after the fixes of 674–928',
    from: 944,
    to: 958,
    ext: 'txt',
  },
  {
    label: '959–973, held out, measured once after the fixes of 674–958',
    from: 959,
    to: 973,
    ext: 'txt',
  },
  {
    label: '974–988, held out, measured once after the fixes of 674–958',
    from: 974,
    to: 988,
    ext: 'txt',
  },
  {
    label: '989–1003, held out, measured once after the fixes of 674–988',
    from: 989,
    to: 1003,
    ext: 'txt',
  },
  {
    label: '1004–1018, held out, measured once after the fixes of 674–988',
    from: 1004,
    to: 1018,
    ext: 'txt',
  },
  {
    label: '1019–1033, held out, measured once after the fixes of 674–1018',
    from: 1019,
    to: 1033,
    ext: 'txt',
  },
  {
    label: '1034–1048, held out, measured once after the fixes of 674–1018',
    from: 1034,
    to: 1048,
    ext: 'txt',
  },
  {
    label: '1049–1063, held out, measured once after the fixes of 674–1048',
    from: 1049,
    to: 1063,
    ext: 'txt',
  },
  {
    label: '1064–1078, held out, measured once after the fixes of 674–1048',
    from: 1064,
    to: 1078,
    ext: 'txt',
  },
  {
    label:
      '1079–1093, held out, measured once after the fixes of 674–1078 (before the last fixer of 1049–1078 was merged)',
    from: 1079,
    to: 1093,
    ext: 'txt',
  },
  {
    label:
      '1094–1108, held out, measured once after the fixes of 674–1078 (before the last fixer of 1049–1078 was merged)',
    from: 1094,
    to: 1108,
    ext: 'txt',
  },
  { label: '024–031, whole pages measured on the merged code', from: 24, to: 31, ext: 'html' },
  { label: '032–047, whole pages measured once', from: 32, to: 47, ext: 'html' },
  { label: '048–055, whole pages measured once on the merged code', from: 48, to: 55, ext: 'html' },
  { label: '1109–1123, held out, measured once', from: 1109, to: 1123, ext: 'txt' },
  { label: '1124–1138, held out, measured once', from: 1124, to: 1138, ext: 'txt' },
  { label: '1139–1153, held out, measured once', from: 1139, to: 1153, ext: 'txt' },
  { label: '1154–1168, held out, measured once', from: 1154, to: 1168, ext: 'txt' },
  { label: '1169–1183, held out, measured once', from: 1169, to: 1183, ext: 'txt' },
  { label: '1184–1198, held out, measured once', from: 1184, to: 1198, ext: 'txt' },
  { label: '1199–1213, held out, measured once', from: 1199, to: 1213, ext: 'txt' },
  { label: '1214–1228, held out, measured once', from: 1214, to: 1228, ext: 'txt' },
  { label: '1229–1243, held out, measured once', from: 1229, to: 1243, ext: 'txt' },
  { label: '1244–1258, held out, measured once', from: 1244, to: 1258, ext: 'txt' },
  { label: '1259–1273, held out, measured once', from: 1259, to: 1273, ext: 'txt' },
  { label: '1274–1288, held out, measured once', from: 1274, to: 1288, ext: 'txt' },
  { label: '1289–1303, held out, measured once', from: 1289, to: 1303, ext: 'txt' },
  { label: '1304–1318, held out, measured once', from: 1304, to: 1318, ext: 'txt' },
  { label: '1319–1333, held out, measured once', from: 1319, to: 1333, ext: 'txt' },
  { label: '1334–1348, held out, measured once', from: 1334, to: 1348, ext: 'txt' },
  { label: '1349–1363, held out, measured once', from: 1349, to: 1363, ext: 'txt' },
  { label: '1364–1378, held out, measured once', from: 1364, to: 1378, ext: 'txt' },
  { label: '1379–1393, held out, measured once', from: 1379, to: 1393, ext: 'txt' },
  { label: '1394–1408, held out, measured once', from: 1394, to: 1408, ext: 'txt' },
  { label: '1409–1423, held out, measured once', from: 1409, to: 1423, ext: 'txt' },
  {
    label: '1424–1438, held out, measured once after the fixes of 1379–1423',
    from: 1424,
    to: 1438,
    ext: 'txt',
  },
  {
    label: '1439–1453, held out, measured once after the fixes of 1379–1423',
    from: 1439,
    to: 1453,
    ext: 'txt',
  },
  {
    label: '1454–1468, held out, measured once after the fixes of 1379–1423',
    from: 1454,
    to: 1468,
    ext: 'txt',
  },
  {
    label: '1469–1483, held out, measured once after the fixes of 1379–1423',
    from: 1469,
    to: 1483,
    ext: 'txt',
  },
  {
    label: '1484–1498, held out, measured once after the fixes of 1424–1483',
    from: 1484,
    to: 1498,
    ext: 'txt',
  },
  {
    label: '1499–1513, held out, measured once after the fixes of 1424–1483',
    from: 1499,
    to: 1513,
    ext: 'txt',
  },
  {
    label: '1514–1528, held out, measured once after the fixes of 1484–1513',
    from: 1514,
    to: 1528,
    ext: 'txt',
  },
  {
    label: '1529–1543, held out, measured once after the fixes of 1484–1513',
    from: 1529,
    to: 1543,
    ext: 'txt',
  },
  {
    label: '1544–1558, held out, measured once after the fixes of 1514–1543',
    from: 1544,
    to: 1558,
    ext: 'txt',
  },
  {
    label: '1559–1573, held out, measured once after the fixes of 1514–1543',
    from: 1559,
    to: 1573,
    ext: 'txt',
  },
  {
    label: '1574–1588, held out, measured once after the fixes of 1544–1573',
    from: 1574,
    to: 1588,
    ext: 'txt',
  },
  {
    label: '1589–1603, held out, measured once after the fixes of 1544–1573',
    from: 1589,
    to: 1603,
    ext: 'txt',
  },
  {
    label: '1604–1618, held out, measured once after the fixes of 1544–1573',
    from: 1604,
    to: 1618,
    ext: 'txt',
  },
  {
    label: '1619–1633, held out, measured once after the fixes of 1544–1573',
    from: 1619,
    to: 1633,
    ext: 'txt',
  },
  {
    label: '1634–1648, held out, measured once after the fixes of 1574–1633',
    from: 1634,
    to: 1648,
    ext: 'txt',
  },
  {
    label: '1649–1663, held out, measured once after the fixes of 1574–1633',
    from: 1649,
    to: 1663,
    ext: 'txt',
  },
  {
    label: '1664–1678, held out, measured once after the fixes of 1574–1633',
    from: 1664,
    to: 1678,
    ext: 'txt',
  },
  {
    label: '1679–1693, held out, measured once after the fixes of 1634–1678',
    from: 1679,
    to: 1693,
    ext: 'txt',
  },
  {
    label: '1694–1708, held out, measured once after the fixes of 1634–1678',
    from: 1694,
    to: 1708,
    ext: 'txt',
  },
  {
    label: '1709–1723, held out, measured once after the fixes of 1634–1678',
    from: 1709,
    to: 1723,
    ext: 'txt',
  },
  {
    label: '1724–1738, held out, measured once after the fixes of 1679–1723',
    from: 1724,
    to: 1738,
    ext: 'txt',
  },
  {
    label: '1739–1753, held out, measured once after the fixes of 1679–1723',
    from: 1739,
    to: 1753,
    ext: 'txt',
  },
  {
    label: '1754–1768, held out, measured once after the fixes of 1679–1723',
    from: 1754,
    to: 1768,
    ext: 'txt',
  },
  {
    label: '1769–1778, held out, measured once after the fixes of 1724–1768',
    from: 1769,
    to: 1778,
    ext: 'txt',
  },
  {
    label: '1784–1798, held out, measured once after the fixes of 1724–1768',
    from: 1784,
    to: 1798,
    ext: 'txt',
  },
  {
    label: '1799–1813, held out, measured once after the fixes of 1724–1768',
    from: 1799,
    to: 1813,
    ext: 'txt',
  },
  {
    label: '1814–1828, held out, measured once after the fixes of 1769–1813',
    from: 1814,
    to: 1828,
    ext: 'txt',
  },
  {
    label: '1829–1843, held out, measured once after the fixes of 1769–1813',
    from: 1829,
    to: 1843,
    ext: 'txt',
  },
  {
    label: '1844–1858, held out, measured once after the fixes of 1769–1813',
    from: 1844,
    to: 1858,
    ext: 'txt',
  },
  {
    label: '1859–1873, held out, measured once after the fixes of 1769–1813',
    from: 1859,
    to: 1873,
    ext: 'txt',
  },
  {
    label: '1874–1888, held out, measured once after the fixes of 1769–1813',
    from: 1874,
    to: 1888,
    ext: 'txt',
  },
  {
    label: '1889–1903, held out, measured once after the fixes of 1769–1813',
    from: 1889,
    to: 1903,
    ext: 'txt',
  },
  {
    label: '1904–1918, held out, measured once after the fixes of 1859–1903',
    from: 1904,
    to: 1918,
    ext: 'txt',
  },
  {
    label: '1919–1933, held out, measured once after the fixes of 1859–1903',
    from: 1919,
    to: 1933,
    ext: 'txt',
  },
  {
    label: '1934–1948, held out, measured once after the fixes of 1859–1903',
    from: 1934,
    to: 1948,
    ext: 'txt',
  },
  {
    label: '1949–1963, held out, measured once before the fixes of 1904–1948 were merged',
    from: 1949,
    to: 1963,
    ext: 'txt',
  },
  {
    label: '1964–1978, held out, measured once before the fixes of 1904–1948 were merged',
    from: 1964,
    to: 1978,
    ext: 'txt',
  },
  {
    label: '1979–1993, held out, measured once before the fixes of 1904–1948 were merged',
    from: 1979,
    to: 1993,
    ext: 'txt',
  },
  {
    label: '1994–2008, held out, measured once after the fixes of 1949–1993',
    from: 1994,
    to: 2008,
    ext: 'txt',
  },
  {
    label: '2009–2023, held out, measured once after the fixes of 1949–1993',
    from: 2009,
    to: 2023,
    ext: 'txt',
  },
  {
    label: '2024–2038, held out, measured once after the fixes of 1949–1993',
    from: 2024,
    to: 2038,
    ext: 'txt',
  },
  {
    label: '2039–2053, held out, measured once before the fixes of 1994–2038 were merged',
    from: 2039,
    to: 2053,
    ext: 'txt',
  },
  {
    label: '2054–2066, held out, measured once before the fixes of 1994–2038 were merged',
    from: 2054,
    to: 2066,
    ext: 'txt',
  },
  {
    label: '2069–2080, held out, measured once before the fixes of 1994–2038 were merged',
    from: 2069,
    to: 2080,
    ext: 'txt',
  },
  {
    label: '2081–2095, held out, measured once after the fixes of 1994–2080',
    from: 2081,
    to: 2095,
    ext: 'txt',
  },
  {
    label: '2096–2110, held out, measured once after the fixes of 1994–2080',
    from: 2096,
    to: 2110,
    ext: 'txt',
  },
  {
    label: '2111–2125, held out, measured once after the fixes of 1994–2080',
    from: 2111,
    to: 2125,
    ext: 'txt',
  },
  {
    label: '2126–2140, held out, measured once before the fixes of 2081–2125',
    from: 2126,
    to: 2140,
    ext: 'txt',
  },
  {
    label: '2141–2155, held out, measured once before the fixes of 2081–2125',
    from: 2141,
    to: 2155,
    ext: 'txt',
  },
  {
    label: '2156–2170, held out, measured once before the fixes of 2081–2125',
    from: 2156,
    to: 2170,
    ext: 'txt',
  },
  {
    label: '2171–2185, held out, measured once before the fixes of stop 54',
    from: 2171,
    to: 2185,
    ext: 'txt',
  },
  {
    label: '2186–2200, held out, measured once before the fixes of stop 54',
    from: 2186,
    to: 2200,
    ext: 'txt',
  },
  {
    label: '2201–2215, held out, measured once before the fixes of stop 54',
    from: 2201,
    to: 2215,
    ext: 'txt',
  },
  {
    label: '2216–2230, held out, measured once before the fixes of stop 55',
    from: 2216,
    to: 2230,
    ext: 'txt',
  },
  {
    label: '2231–2245, held out, measured once before the fixes of stop 55',
    from: 2231,
    to: 2245,
    ext: 'txt',
  },
  {
    label: '2246–2260, held out, measured once before the fixes of stop 55',
    from: 2246,
    to: 2260,
    ext: 'txt',
  },
  {
    label: '2261–2275, held out, measured once before the fixes of stop 56',
    from: 2261,
    to: 2275,
    ext: 'txt',
  },
  {
    label: '2276–2290, held out, measured once before the fixes of stop 56',
    from: 2276,
    to: 2290,
    ext: 'txt',
  },
  {
    label: '2291–2305, held out, measured once before the fixes of stop 56',
    from: 2291,
    to: 2305,
    ext: 'txt',
  },
  {
    label: '2306–2320, held out, measured once before the fixes of stop 57',
    from: 2306,
    to: 2320,
    ext: 'txt',
  },
  {
    label: '2321–2335, held out, measured once before the fixes of stop 57',
    from: 2321,
    to: 2335,
    ext: 'txt',
  },
  {
    label: '2336–2350, held out, measured once before the fixes of stop 57',
    from: 2336,
    to: 2350,
    ext: 'txt',
  },
  {
    label: '2351–2365, held out, measured once before the fixes of stop 58',
    from: 2351,
    to: 2365,
    ext: 'txt',
  },
  {
    label: '2366–2380, held out, measured once before the fixes of stop 58',
    from: 2366,
    to: 2380,
    ext: 'txt',
  },
  {
    label: '2381–2395, held out, measured once before the fixes of stop 58',
    from: 2381,
    to: 2395,
    ext: 'txt',
  },
  {
    label: '2396–2410, held out, measured once before the fixes of stop 59',
    from: 2396,
    to: 2410,
    ext: 'txt',
  },
  {
    label: '2411–2425, held out, measured once before the fixes of stop 59',
    from: 2411,
    to: 2425,
    ext: 'txt',
  },
  {
    label: '2426–2440, held out, measured once before the fixes of stop 59',
    from: 2426,
    to: 2440,
    ext: 'txt',
  },
  {
    label: '2441–2455, held out, measured once before the fixes of stop 60',
    from: 2441,
    to: 2455,
    ext: 'txt',
  },
  {
    label: '2456–2470, held out, measured once before the fixes of stop 60',
    from: 2456,
    to: 2470,
    ext: 'txt',
  },
  {
    label: '2471–2485, held out, measured once before the fixes of stop 60',
    from: 2471,
    to: 2485,
    ext: 'txt',
  },
  {
    label: '2486–2500, held out, measured once before the fixes of stop 61',
    from: 2486,
    to: 2500,
    ext: 'txt',
  },
  {
    label: '2501–2515, held out, measured once before the fixes of stop 61',
    from: 2501,
    to: 2515,
    ext: 'txt',
  },
  {
    label: '2516–2530, held out, measured once before the fixes of stop 61',
    from: 2516,
    to: 2530,
    ext: 'txt',
  },
  {
    label: '2531–2545, held out, measured once before the fixes of stop 62',
    from: 2531,
    to: 2545,
    ext: 'txt',
  },
  {
    label: '2546–2560, held out, measured once before the fixes of stop 62',
    from: 2546,
    to: 2560,
    ext: 'txt',
  },
  {
    label: '2561–2575, held out, measured once before the fixes of stop 62',
    from: 2561,
    to: 2575,
    ext: 'txt',
  },
  {
    label: '2576–2590, held out, measured once before the fixes of stop 63',
    from: 2576,
    to: 2590,
    ext: 'txt',
  },
  {
    label: '2591–2605, held out, measured once before the fixes of stop 63',
    from: 2591,
    to: 2605,
    ext: 'txt',
  },
  {
    label: '2606–2620, held out, measured once before the fixes of stop 63',
    from: 2606,
    to: 2620,
    ext: 'txt',
  },
  {
    label: '2621–2635, held out, measured once before the fixes of stop 64',
    from: 2621,
    to: 2635,
    ext: 'txt',
  },
  {
    label: '2636–2650, held out, measured once before the fixes of stop 64',
    from: 2636,
    to: 2650,
    ext: 'txt',
  },
  {
    label: '2651–2665, held out, measured once before the fixes of stop 64',
    from: 2651,
    to: 2665,
    ext: 'txt',
  },
  {
    label: '2666–2680, held out, measured once before the fixes of stop 65',
    from: 2666,
    to: 2680,
    ext: 'txt',
  },
  {
    label: '2681–2695, held out, measured once before the fixes of stop 65',
    from: 2681,
    to: 2695,
    ext: 'txt',
  },
  {
    label: '2696–2710, held out, measured once before the fixes of stop 65',
    from: 2696,
    to: 2710,
    ext: 'txt',
  },
  {
    label: '2711–2725, held out, measured once before the fixes of stop 66',
    from: 2711,
    to: 2725,
    ext: 'txt',
  },
  {
    label: '2726–2740, held out, measured once before the fixes of stop 66',
    from: 2726,
    to: 2740,
    ext: 'txt',
  },
  {
    label: '2741–2755, held out, measured once before the fixes of stop 66',
    from: 2741,
    to: 2755,
    ext: 'txt',
  },
  {
    label: '2756–2770, held out, measured once before the fixes of stop 67',
    from: 2756,
    to: 2770,
    ext: 'txt',
  },
  {
    label: '2771–2785, held out, measured once before the fixes of stop 67',
    from: 2771,
    to: 2785,
    ext: 'txt',
  },
  {
    label: '2786–2800, held out, measured once before the fixes of stop 67',
    from: 2786,
    to: 2800,
    ext: 'txt',
  },
  {
    label: '2801–2815, held out, measured once before the fixes of stop 68',
    from: 2801,
    to: 2815,
    ext: 'txt',
  },
  {
    label: '2816–2830, held out, measured once before the fixes of stop 68',
    from: 2816,
    to: 2830,
    ext: 'txt',
  },
  {
    label: '2831–2845, held out, measured once before the fixes of stop 68',
    from: 2831,
    to: 2845,
    ext: 'txt',
  },
  {
    label: '2846–2860, held out, measured once before the fixes of stop 69',
    from: 2846,
    to: 2860,
    ext: 'txt',
  },
  {
    label: '2861–2875, held out, measured once before the fixes of stop 69',
    from: 2861,
    to: 2875,
    ext: 'txt',
  },
  {
    label: '2876–2890, held out, measured once before the fixes of stop 69',
    from: 2876,
    to: 2890,
    ext: 'txt',
  },
  {
    label: '2891–2904, held out, measured once before the fixes of stop 70',
    from: 2891,
    to: 2904,
    ext: 'txt',
  },
  {
    label: '2906–2920, held out, measured once before the fixes of stop 70',
    from: 2906,
    to: 2920,
    ext: 'txt',
  },
  {
    label: '2921–2935, held out, measured once before the fixes of stop 70',
    from: 2921,
    to: 2935,
    ext: 'txt',
  },
];

const inMeasure = (measure: Measure, name: string): boolean => {
  const match = /^(\d{3,4})-.*\.(txt|html)$/.exec(name);
  if (match?.[1] === undefined || match[2] !== measure.ext) return false;
  const n = Number(match[1]);
  return n >= measure.from && n <= measure.to;
};

const issuesOf = (path: string): Issue[] => {
  // A reviewer reads a page after it was published: today is a day after every page of the
  // corpus (it was 2026-01-20, before 104's 发布日期 2026-02-02, which then read as in the future).
  const issues = corpusIssues(readFileSync(path, 'utf8'), path.endsWith('.html'), '2026-12-01');
  if (typeof issues === 'string') throw new Error(issues);
  return issues;
};

const keysOf = (problem: string | readonly string[]): readonly string[] =>
  typeof problem === 'string' ? [problem] : problem;

describe('the bar on real reports (issue 14)', () => {
  const all = files.map((path) => {
    const name = path.split('/').pop() ?? path;
    const problems = EXPECTED[name] ?? [];
    const expected = new Set(problems.flatMap(keysOf));
    const issues = issuesOf(path);
    const found = new Set(issues.map((i) => i.key));
    return {
      name,
      flagged: problems.filter((p) => keysOf(p).some((k) => found.has(k))).length,
      falseErrors: issues.filter((i) => i.severity === 'error' && !expected.has(i.key)).length,
      falseWarnings: issues.filter((i) => i.severity !== 'error' && !expected.has(i.key)).length,
      missed:
        (MISSED[name] ?? []).length +
        problems.filter((p) => !keysOf(p).some((k) => found.has(k))).length,
    };
  });
  const sum = (
    k: 'flagged' | 'falseErrors' | 'falseWarnings' | 'missed',
    rows: typeof all = all,
  ): number => rows.reduce((a, r) => a + r[k], 0);
  const report = (label: string, rows: typeof all): number => {
    const flagged = sum('flagged', rows);
    const visible = flagged + sum('missed', rows);
    console.warn(
      `${label}: ${rows.length} reports, ${flagged} / ${visible} visible problems flagged, ${sum('falseErrors', rows)} false errors, ${sum('falseWarnings', rows)} false warnings`,
    );
    expect(sum('falseErrors', rows)).toBe(0);
    expect(sum('falseWarnings', rows)).toBeLessThanOrEqual(Math.floor(rows.length / 5));
    return flagged / visible;
  };

  const rowsOf = (measure: Measure) => all.filter((r) => inMeasure(measure, r.name));

  it('flags at least 9 of 10 visible problems, no false error, at most one false warning in five reports', () => {
    // The bar of issue 14 holds on the corpus it was set on (001–063, seeds, pages) and on the
    // first two measures on unseen reports.
    const base = all.filter((r) => !MEASURES.some((m) => inMeasure(m, r.name)));
    expect(report('real corpus (001–063, seeds, pages)', base)).toBeGreaterThanOrEqual(0.9);
    for (const measure of MEASURES.filter((m) => m.bar)) {
      expect(rowsOf(measure)).toHaveLength(measure.to - measure.from + 1);
      expect(report(measure.label, rowsOf(measure))).toBeGreaterThanOrEqual(0.9);
    }
    report('real corpus (all)', all);
  });

  it.each(MEASURES.filter((m) => !m.bar).map((m) => [m.label, m] as const))(
    '%s: what it flags is printed, no false error, at most one false warning in five reports',
    (label, measure) => {
      const rows = rowsOf(measure);
      expect(rows).toHaveLength(measure.to - measure.from + 1);
      report(label, rows);
    },
  );
});

describe('checks on real reports', () => {
  it.each(files.map((f) => [f.split('/').pop() ?? f, f] as const))('%s', (name, path) => {
    const keys = issuesOf(path).map((i) => i.key);
    expect(keys.sort()).toEqual(
      [...(EXPECTED[name] ?? []).flatMap(keysOf), ...(FALSE_WARNINGS[name] ?? [])].sort(),
    );
  });
});
