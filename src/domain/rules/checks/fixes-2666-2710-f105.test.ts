import { describe, expect, it } from 'vitest';
import { importedWarns, keys, messageOf, realText, withOverview } from '@/testing/checked-reports';

/**
 * Misses of the measure of 2666–2710 mended after it (stop 65, fixer f105): the overview's areas
 * headed by their 情况 and a colon with no numbers, 监督保障 the one area without a sub-heading of its
 * own, an item of a list written twice, a stray 在 before the work taken charge of; and one false
 * warning silenced (a count of what went out through the government's website and a credit system).
 * From the real wording, with nearby wording of the corpus that must stay silent.
 */

const PHRASE = 'phrase-garbled:overview';

describe('subheading-number-missing: areas headed `…情况:` with no number (2676)', () => {
  const KEY = 'subheading-number-missing:overview';
  const lead = '2022年,我局认真贯彻落实中央、省市有关政务公开工作的决策部署。';
  const proactive =
    '市发改局主动公开政府信息的情况:2022年,我局举办新闻发布会2次,及时主动公开发布各类政府信息。';
  const requests = '依申请公开情况:2022年,我局共收到政府信息公开申请共15件。';
  it('flags the real wording', () => {
    expect(messageOf(withOverview([lead, proactive, requests].join('\n'), 2022), KEY)).toContain(
      '都没有编号',
    );
    expect(importedWarns(realText('2676-dingzhou-fgj-2022.txt'), KEY)).toBe(true);
  });
  it('is silent where the headings are numbered', () => {
    const text = [lead, `(一)${proactive}`, `(二)${requests}`].join('\n');
    expect(keys(withOverview(text, 2022))).not.toContain(KEY);
  });
  it('is silent on one such line only, or on 情况 closing a sentence inside a paragraph', () => {
    expect(keys(withOverview([lead, proactive].join('\n'), 2022))).not.toContain(KEY);
    const inside = [lead, '全年依申请公开情况:收到申请3件,均按时答复。我局还加强了平台建设。'].join(
      '\n',
    );
    expect(keys(withOverview(inside, 2022))).not.toContain(KEY);
  });
});

describe('overview-areas-missing: 监督保障 the one area with no sub-heading (2678)', () => {
  const KEY = 'overview-areas-missing';
  const headed = [
    '2023年,县统计局不断完善政府信息公开工作机制,保障了人民群众知情权、参与权、表达权和监督权。',
    '(一)主动公开情况。2023年,统计局主动通过县政府门户网站共发布政务公开信息5条。',
    '(二)依申请公开政府信息情况。2023年,未收到政府信息公开申请。',
    '(三)政务信息管理情况。严格实行撰稿人初审、办公室复核、分管领导复审、主要领导审定的程序,组织培训1次。',
    '(四)政务公开平台建设情况。主要依托县政府网站和政务新媒体平台做好政府信息公开工作。',
  ];
  it('flags the real wording', () => {
    expect(messageOf(withOverview(headed.join('\n'), 2023), KEY)).toContain('未涉及：监督保障');
    expect(importedWarns(realText('2678-pishan-tjj-2023.txt'), KEY)).toBe(true);
  });
  it('is silent where 监督保障 has its item', () => {
    const text = [...headed, '(五)监督保障情况。将政务公开工作纳入年度考核。'].join('\n');
    expect(keys(withOverview(text, 2023))).not.toContain(KEY);
  });
  it('is silent where a heading names no area (the items are not the areas one by one)', () => {
    const text = [
      ...headed.slice(0, 4),
      '(四)加强组织领导。局主要领导亲自抓,落实监督责任。',
      headed[4]?.replace('(四)', '(五)') ?? '',
    ].join('\n');
    expect(keys(withOverview(text, 2023))).not.toContain(KEY);
  });
});

describe('phrase-garbled: an item of a list written twice (2698, 2694)', () => {
  it('flags the real wording', () => {
    const text =
      '三是成功编制了涵盖机构职能、政策法规、工作动态、政策法规、公共服务、财政预决算、人事任免等关键领域的政府信息目录。';
    expect(messageOf(withOverview(text, 2025), PHRASE)).toContain('“政策法规、工作动态、政策法规”');
    const motions =
      '其中:市人大七届一次会议代表建议5件、市政协七届一次会议委员提案1件、市人大七届二次会议代表建议15件、市政协七届一次会议委员提案1件。';
    expect(messageOf(withOverview(motions, 2022), PHRASE)).toContain(
      '“市政协七届一次会议委员提案1件、…、市政协七届一次会议委员提案1件”',
    );
    expect(importedWarns(realText('2698-chaoyang-zrzyj-2025.txt'), PHRASE)).toBe(true);
    expect(importedWarns(realText('2694-gaoan-jtysj-2022.txt'), PHRASE)).toBe(true);
  });
  it('is silent on lists of different items, the first item repeated or items of one character', () => {
    for (const fine of [
      '涵盖机构职能、政策法规、工作动态、公共服务、财政预决算等关键领域。',
      '始终坚持以“干事、干事、干成事”的核心要求推进工作。',
      '认真落实国家、省、市、区关于政务公开的部署。',
      '其中:市人大七届一次会议代表建议5件、市政协七届一次会议委员提案1件、市人大七届二次会议代表建议15件、市政协七届二次会议委员提案1件。',
      '公开行政许可、行政处罚,公开行政许可、行政强制等信息。',
    ])
      expect(keys(withOverview(fine, 2022)), fine).not.toContain(PHRASE);
  });
});

describe('phrase-garbled: 在 stray between 负责 and the work (2689)', () => {
  it('flags the real wording', () => {
    const text = '我局安排了专门机构和人员统筹负责在政府信息公开工作,做到分工明确,责任落实。';
    expect(messageOf(withOverview(text, 2021), PHRASE)).toContain(
      '“负责在政府信息公开工作”疑为“负责政府信息公开工作”',
    );
    expect(importedWarns(realText('2689-haikou-longhua-sfj-2021.txt'), PHRASE)).toBe(true);
  });
  it('is silent on 在 with its place word, or a word of its own', () => {
    for (const fine of [
      '由街道负责在市政府门户网站集中发布。',
      '负责在网站上发布信息工作,做到及时准确。',
      '负责在线办理工作,做到及时准确。',
      '统筹负责政府信息公开工作,做到分工明确。',
    ])
      expect(keys(withOverview(fine, 2021)), fine).not.toContain(PHRASE);
  });
});

describe('proactive-count-missing: a count through the government website and a credit system (2692)', () => {
  const KEY = 'proactive-count-missing:overview';
  const lead = '2020年,区市场监督管理局信息公开工作坚持需求导向。';
  const requests = '(二)依申请公开\n收到政府信息公开申请2件,在规定时限内回复申请人。';
  it('is silent on the real wording', () => {
    const item =
      '(一)主动公开\n加大主动公开力度。在区局政务网站上公开机构职能等信息,及时通过政府网站、国家企业信用信息系统等网站公开行政许可、处罚类信息5000余条,全面反映各方面工作情况。';
    expect(keys(withOverview([lead, item, requests].join('\n'), 2020))).not.toContain(KEY);
    expect(importedWarns(realText('2692-qijiang-scjgj-2020.txt'), KEY)).toBe(false);
  });
  it('still flags decisions put on credit websites only (郑州高新区城市管理局 2022)', () => {
    const item =
      '(一)主动公开工作开展情况\n城市管理局先后在国家企业信用信息网站、信用郑州网站上传公示行政处罚259项,行政许可73项,行政强制7项。';
    expect(keys(withOverview([lead, item, requests].join('\n'), 2022))).toContain(KEY);
  });
});

describe('notice-citation-unknown: the regulation cited with a day not its own (2668)', () => {
  const KEY = 'notice-citation-unknown:overview:regulation-date';
  it('flags the real wording', () => {
    const text =
      '(二)一是完善信息公开指南。根据2019年4月15日国务院发布的《中华人民共和国政府信息公开条例》最新规定,修改原信息公开指南部分内容。';
    expect(messageOf(withOverview(text, 2020), KEY)).toContain('2019年4月3日');
    expect(importedWarns(realText('2668-minqing-gxj-2020.txt'), KEY)).toBe(true);
  });
  it('is silent on the regulation’s own days and on dates of other things', () => {
    for (const fine of [
      '认真贯彻落实2019年5月15日起施行的新修订的《中华人民共和国政府信息公开条例》。',
      '根据2019年4月3日国务院公布的《中华人民共和国政府信息公开条例》,修改公开指南。',
      '2020年3月5日,我局组织学习《中华人民共和国政府信息公开条例》。',
    ])
      expect(keys(withOverview(fine, 2020)), fine).not.toContain(KEY);
  });
});

describe('phrase-garbled: two websites named one after the other (2696)', () => {
  const KEY = 'phrase-garbled:proactive';
  it('flags the real wording', () => {
    const text = '以鄂城区政府网市自然资源和规划局网站为依托做好政府信息公开工作。';
    expect(messageOf(withOverview(text, 2019), PHRASE)).toContain(
      '“区政府网市自然资源和规划局网站”疑为“区政府网和市自然资源和规划局网站”',
    );
    expect(importedWarns(realText('2696-ezhou-echeng-zrghj-2019.txt'), KEY)).toBe(true);
  });
  it('is silent on the agency’s pages on the government’s site, or sites joined', () => {
    for (const fine of [
      '我局主要通过杨陵区政府网统计局网站进行公开。',
      '以鄂城区政府网和市自然资源和规划局网站为依托。',
      '通过区政府网市场监管专栏公开信息。',
    ])
      expect(keys(withOverview(fine, 2019)), fine).not.toContain(PHRASE);
    expect(importedWarns(realText('018-yangling-tjj-2020.txt'), 'phrase-garbled:overview')).toBe(
      false,
    );
  });
});
