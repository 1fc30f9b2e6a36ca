import { describe, expect, it } from 'vitest';
import {
  importedWarns,
  keys,
  messageOf,
  realText,
  withOverview,
  withPreface,
} from '@/testing/checked-reports';

/**
 * Misses of the measure of 2261–2305 mended after it (stop 56, helper f67): lost, doubled or stray
 * characters and words (期限期内, 确了 for 明确了, 等等 before 方式, a stray 中 before a province, 代表建
 * for 代表建议, 政府信息 without 公开 before 水平, a stray 建设 after 公开政府信息, 严格制 for 严格执行,
 * 严格 straight into a column), 信息 cut to 信 in a list of kinds, a sub-heading closed by a stray 强
 * after a word in 化. From the real wording, with the corpus's nearby wording that must stay silent.
 */

const PHRASE = 'phrase-garbled:overview';
const PHRASE_META = 'phrase-garbled:meta';

describe('phrase-garbled: lost, doubled or stray words of 2261–2305 (overview)', () => {
  const cases: readonly [string, string, string, string, readonly string[]][] = [
    [
      '2271-quzhou-yingji-2024.txt',
      '全年共收到政府信息公开申请2件,均在法定期限期内予以答复,答复率100%。',
      '“期限期内”疑为“期限内”',
      '期限 and 期内 run together',
      [
        '全年共收到政府信息公开申请2件,均在法定期限内予以答复。',
        '均在法定期限内答复,无逾期答复情况。',
        '按申请人要求的答复方式在规定限期内予以答复。',
      ],
    ],
    [
      '2292-jianping-lcj-2023.txt',
      '把政务公开工作作为一项重要工作来抓,确了政务公开工作责任分工。',
      '“确了”疑为“明确了”',
      '明确了 without 明 where a clause opens',
      [
        '把政务公开工作作为一项重要工作来抓,明确了政务公开工作责任分工。',
        '加强与申请人的直接沟通，准确了解申请人诉求。',
        '办理过程中的确了解到申请人的实际需求。',
      ],
    ],
    [
      '2292-jianping-lcj-2023.txt',
      '通过政府门户网站、宣传单等等方式,全面及时主动公开政府信息。',
      '“等等方式”疑为“等方式”',
      '等 written twice before the means',
      [
        '通过政府门户网站、宣传单等方式,全面及时主动公开政府信息。',
        '围绕优化营商环境、重点民生领域等等方面开展部署。',
        '公开规范性文件、行政处罚变更等等。',
      ],
    ],
    [
      '2292-jianping-lcj-2023.txt',
      '其中主要包括森林草原资源保护领域长效机制、中辽宁省生态环境保护督察和整改工作领导小组办公室《督办单》。',
      '“中辽宁省”疑为“辽宁省”',
      'a stray 中 before a province',
      [
        '其中主要包括长效机制、辽宁省生态环境保护督察和整改工作领导小组办公室《督办单》。',
        '认真落实中共辽宁省委关于政务公开的部署。',
        '在新华网、中新网、湖北日报等刊发稿件。',
      ],
    ],
    [
      '2268-weifang-qixiang-2022.txt',
      '重大建设项目信息公开率100%。未接办人大代表建和市政协提案。',
      '“代表建”疑为“代表建议”',
      '代表建议 without 议',
      [
        '未接办人大代表建议和市政协提案。',
        '共办理人大代表建议5件、政协委员提案3件。',
        '为推进科学发展、构建和谐社会发挥了积极作用。',
      ],
    ],
    [
      '2293-zhashui-kjj-2022.txt',
      '主动公开政府信息建设通过柞水县人民政府网站公开信息8条,其中,工作动态6条。',
      '“公开政府信息建设”疑为“公开政府信息”',
      'a stray 建设 after 公开政府信息',
      [
        '主动公开政府信息。通过柞水县人民政府网站公开信息8条。',
        '(四)政府信息公开平台建设。通过门户网站公开信息。',
        '主动公开政府信息化建设项目2个。',
      ],
    ],
    [
      '2300-raohe-wglj-2021.txt',
      '监督全局信息公开工作。严格制信息报送制度,把好信息审核关。',
      '“严格制”疑为“严格执行（或制定）”',
      '严格执行 or 严格制定 short of a character',
      [
        '监督全局信息公开工作。严格执行信息报送制度,把好信息审核关。',
        '1.严格制度规范,推进依申请公开工作。',
        '严格制定本单位正式文件的公开属性。',
      ],
    ],
    [
      '2267-leping-shangwu-2022.txt',
      '我局严格政策文件相关栏目,要求重要文件均要公开。',
      '“严格政策文件相关栏目”疑为“严格管理（或规范）政策文件相关栏目”',
      '严格 straight into a column, no verb',
      [
        '我局严格管理政策文件相关栏目,要求重要文件均要公开。',
        '严格政府信息发布审核关,确保政府信息准确。',
        '严格政务新媒体管理。严格执行政务新媒体发布制度。',
        '严格政策文件和解读“同步起草、同步审签”。',
        '严格按照要求更新政府门户网站,',
      ],
    ],
  ];
  for (const [file, overview, right, what, silent] of cases)
    it(`reads ${what} (${file.slice(0, 4)})`, () => {
      expect(messageOf(withOverview(overview, 2022), PHRASE)).toContain(right);
      expect(importedWarns(realText(file), PHRASE)).toBe(true);
      for (const fine of silent) expect(keys(withOverview(fine, 2022))).not.toContain(PHRASE);
    });
});

describe('phrase-garbled: 政府信息 without 公开 before 水平 (preface, 2291)', () => {
  it('reads 提高政府信息水平', () => {
    const said = '为进一步推进政府信息公开建设,提高政府信息水平,特向社会公布本报告。';
    expect(messageOf(withPreface(said, 2023), PHRASE_META)).toContain(
      '“政府信息水平”疑为“政府信息公开工作水平”',
    );
    expect(importedWarns(realText('2291-lingqiu-lyj-2023.txt'), PHRASE_META)).toBe(true);
  });
  it('stays silent on the work’s level and on news', () => {
    for (const fine of [
      '为进一步推进政府信息公开建设,提高政府信息公开工作水平,特向社会公布本报告。',
      '不断完善机制,提升政务信息水平。',
    ])
      expect(keys(withPreface(fine, 2023))).not.toContain(PHRASE_META);
  });
});

describe('info-word-cut: 信息 cut to 信 in a list of kinds (2282)', () => {
  const CUT = 'info-word-cut:overview';
  it('reads `能源类信、`', () => {
    const said =
      '主要包括财政类信息、民政扶贫救灾社会保障就业类信息、国土资源城乡建设环保能源类信、科教文体卫生类信息等。';
    expect(messageOf(withOverview(said, 2024), CUT)).toContain('“能源类信息”');
    expect(importedWarns(realText('2282-qiaojia-xiaohe-2024.txt'), CUT)).toBe(true);
  });
  it('stays silent on whole kinds and on other words in 信', () => {
    for (const fine of [
      '主要包括财政类信息、科教文体卫生类信息等。',
      '通过短信、微信、来信、公开信、电话等渠道答复。',
      '开展诚信类信用评价、信访类信件办理。',
    ])
      expect(keys(withOverview(fine, 2024))).not.toContain(CUT);
  });
});

describe('overview-subheading-garbled: a sub-heading closed by a stray 强 after a word in 化 (2287)', () => {
  const GARBLED = 'overview-subheading-garbled:overview';
  it('reads `(三)公开渠道多样化强。`', () => {
    const said =
      '(一)主动公开情况。全年公开信息45条。\n(二)依申请公开情况。未收到申请。\n(三)公开渠道多样化强。为保障公众的知情权,开设多种渠道。';
    expect(messageOf(withOverview(said, 2021), GARBLED)).toContain('“（三）公开渠道多样化强”');
    expect(importedWarns(realText('2287-tongcheng-beigang-2021.txt'), GARBLED)).toBe(true);
  });
  it('stays silent on a heading in 化 and on a strong province', () => {
    for (const fine of [
      '(一)主动公开情况。全年公开信息45条。\n(三)公开渠道多样化。为保障公众的知情权,开设多种渠道。',
      '(一)主动公开进一步加强。围绕文化强省建设目标,持续公开信息。',
      '(二)助力现代化强省建设。公开信息20条。',
    ])
      expect(keys(withOverview(fine, 2021))).not.toContain(GARBLED);
  });
});
