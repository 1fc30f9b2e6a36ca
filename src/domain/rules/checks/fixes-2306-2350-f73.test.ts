import { describe, expect, it } from 'vitest';
import { importedWarns, keys, messageOf, realText, withOverview } from '@/testing/checked-reports';

/**
 * Items of 总体情况 off their heading, mended after the measure of 2306–2350 (stop 57, helper f73):
 * two false warnings silenced (requests counted before they are named; 宣传 as a heading's word for
 * publishing) and three items on 政府信息管理 read (places to read and open days, requests handled, the
 * rules of the agency's money). From the real wording, with the corpus's wording that must stay silent.
 */

const OFF_TOPIC = 'overview-item-off-topic:overview';

const offTopic = (overview: string): boolean => keys(withOverview(overview)).includes(OFF_TOPIC);

/** An overview of four items, the given one in place of the third, on 政府信息管理. */
const withManagement = (said: string, heading = '(三)政府信息管理') =>
  `(一)主动公开情况\n全年通过门户网站主动公开政府信息95条。\n(二)依申请公开情况\n全年未收到政府信息公开申请。\n${heading}\n${said}\n(四)政府信息公开平台建设\n维护门户网站政府信息公开专栏。`;

describe('overview-item-off-topic: requests counted before they are named', () => {
  const requests = (said: string) =>
    `(一)主动公开情况\n全年主动公开政府信息70条。\n(二)依申请公开情况\n${said}\n(三)政府信息管理情况\n规范文件起草、审核、发布流程。`;

  it('stays silent on the real wording (阿尔山市卫生健康委员会 2025)', () => {
    expect(offTopic(requests('2025年度有1件依申请公开信息。'))).toBe(false);
    expect(importedWarns(realText('2340-aershan-wjw-2025.txt'), OFF_TOPIC)).toBe(false);
  });

  it('still flags an item on requests that tells none (杨村镇 2024)', () => {
    expect(
      offTopic(requests('认真做好依申请公开政府信息工作,全年未产生行政复议和行政诉讼情况。')),
    ).toBe(true);
  });
});

describe('overview-item-off-topic: 宣传 as a heading’s word for publishing', () => {
  it('stays silent on the real wording (双辽市教育局 2020)', () => {
    expect(
      offTopic(
        '(二)拓宽渠道宣传。通过双辽市政府门户网站对教育信息进行及时公开,就群众关心的招生、收费等热点、难点问题及时提供政策和信息。\n(三)抓住重点宣传。积极落实政务公开各项规定。',
      ),
    ).toBe(false);
    expect(importedWarns(realText('2345-shuangliao-jyj-2020.txt'), OFF_TOPIC)).toBe(false);
  });

  it('still flags the field’s publicity through the accounts (海棠区卫生健康委员会 2022)', () => {
    expect(
      offTopic(
        '开展卫生健康及疫情防控宣传,通过健康海棠公众号发布推送卫生健康及疫情防控相关资讯206篇,宣传科普疫情防控知识。',
      ),
    ).toBe(true);
    expect(importedWarns(realText('1869-haitang-wjw-2022.txt'), OFF_TOPIC)).toBe(true);
  });
});

describe('overview-item-off-topic: places to read and open days under 政府信息管理', () => {
  it('flags the real wording (湖口县流泗镇 2025)', () => {
    const overview = withManagement(
      '除了在官方网站发布政务信息外,在流泗镇便民服务中心还设置了政务信息查询专区,免费提供公开的政府文件、办事指南及相关宣传手册供群众查阅。开展政府开放日活动,让群众零距离感受乡村振兴建设成果。',
    );
    expect(offTopic(overview)).toBe(true);
    expect(messageOf(withOverview(overview), OFF_TOPIC)).toContain('查阅的场所和开放日');
    expect(importedWarns(realText('2318-hukou-liusi-2025.txt'), OFF_TOPIC)).toBe(true);
  });

  it('stays silent on an open day beside the review of information (广元市昭化区卫子镇 2022)', () => {
    expect(
      offTopic(
        withManagement(
          '严格落实政府信息“三审”制度,由信息报送人员初核,办公室负责人复核,分管领导确认后统一发布。组织30余人参加“政务开放日”活动,开展专题业务培训2次。',
        ),
      ),
    ).toBe(false);
  });

  it('stays silent on reading set in the rules of managing the files (武昌经开区管委会 2025)', () => {
    expect(
      offTopic(
        withManagement(
          '管委会规范管理政府信息及文件资料,履行严格的信息查阅流程。完善信息管理发布流程,严格落实信息发布审核和保密审查流程。',
          '(三)政府信息管理情况',
        ),
      ),
    ).toBe(false);
  });
});

describe('overview-item-off-topic: requests handled under 政府信息管理', () => {
  it('flags the real wording (科左后旗卫生健康委员会 2022)', () => {
    const overview = withManagement('2022年,我委对全部政府信息公开申请均按规定进行了办理。');
    expect(offTopic(overview)).toBe(true);
    expect(messageOf(withOverview(overview), OFF_TOPIC)).toContain('依申请公开');
    expect(importedWarns(realText('2336-houqi-wjw-2022.txt'), OFF_TOPIC)).toBe(true);
  });

  it('stays silent on the procedure of requests set in rules (浑南区国资局 2022)', () => {
    expect(
      offTopic(
        withManagement(
          '区政府国资局按照规定程序开展依申请公开工作,规范了工作流程,明确了依申请受理各环节的具体要求,积极推行政务信息管理工作。',
        ),
      ),
    ).toBe(false);
  });

  it('stays silent on the staff and the desk of requests (上海市青浦区夏阳街道办事处 2025)', () => {
    expect(
      offTopic(
        withManagement(
          '为此,专门配备了1名全职工作人员、1名兼职工作人员,设立了1个专门的信息公开受理点。截至2025年底,本街道政府信息公开工作运行正常,政府信息公开咨询、申请以及答复工作得到了顺利开展。',
        ),
      ),
    ).toBe(false);
  });
});

describe('overview-item-off-topic: the rules of the agency’s money under 政府信息管理', () => {
  it('flags the real wording (重庆市渝中区医疗保障局 2023)', () => {
    const overview = withManagement(
      '完善《中心基金财务管理制度》、《中心内控管理检查制度》、《权限审批管理制度》,抓好信息管理。',
    );
    expect(offTopic(overview)).toBe(true);
    expect(messageOf(withOverview(overview), OFF_TOPIC)).toContain('《中心基金财务管理制度》');
    expect(importedWarns(realText('2325-yuzhong-ybj-2023.txt'), OFF_TOPIC)).toBe(true);
  });

  it('stays silent on rules of information named (普宁市梅林镇人民政府 2022)', () => {
    expect(
      offTopic(
        withManagement(
          '我镇把政府信息公开工作作为一项长期性重要工作来抓,制定了《普宁市梅林镇政府信息公开指南》、《普宁市梅林镇主动公开政府信息基本目录》,进一步明确了责任主体、公开方式和监督渠道等。',
        ),
      ),
    ).toBe(false);
  });

  it('stays silent on a rule of money beside the review of information', () => {
    expect(
      offTopic(withManagement('完善《财务管理制度》,严格落实信息发布审核和保密审查制度。')),
    ).toBe(false);
  });
});
