import { describe, expect, it } from 'vitest';
import { keys, messageOf, withOverview, withPreface } from '@/testing/checked-reports';

/**
 * Since a fix of stop 35 after the measure of 719–748: a list of kinds closed by a word on the work,
 * a list followed by `此外` and more of the same records, a document number with a dash for its
 * issuer, counts of requests and documents whose unit was lost at a clause's end, phrases with
 * words lost or miswritten, the 政府信息管理 item telling only what was published, and a body that
 * exercises no administrative functions in its own name, from the real wording with the corpus's
 * wording that stays silent beside it.
 */

describe('a list of kinds closed by a word on the work', () => {
  it('is read to its end (real: 大东坝镇 2021)', () => {
    const overview =
      '另外,我镇共在政务信息公开平台主动公开政府信息达18条,其中机构设置1条,领导分工4条,工作规则3条,民生信息1条,贯彻落实1条,法治政府工作报告6条,较好地完成了信息工作目标任务。';
    const message = messageOf(withOverview(overview, 2021), 'parts-sum-mismatch:overview');
    expect(message).toContain('18条');
    expect(message).toContain('= 16条');
  });
  it('leaves lists that add up, closed the same way, alone (real: 东山街道 2025, 黑龙江省林草局 2019)', () => {
    for (const overview of [
      '2025年东山街道主动公开政府信息共37条,其中包括部门领导信息1条、机构设置1条、规划计划1条、镇街试点领域公开8条、业务工作24条、政府信息公开指南1条、政府信息公开年报1条,有效保障公众对于街道各时期开展重点工作的知情权。',
      '全年累计主动公开政府信息707条,其中概况类信息213条,政务动态信息386条,信息公开目录信息108条,进一步提高政务工作的透明度。',
    ])
      expect(keys(withOverview(overview, 2025))).not.toContain('parts-sum-mismatch:overview');
  });
  it('still leaves a clause of other words after a list alone (a few kinds named)', () => {
    const overview =
      '全年主动公开政府信息180条,其中机构设置1条,领导分工4条,工作规则3条,民生信息1条,贯彻落实1条,同时做好了依申请公开工作。';
    expect(keys(withOverview(overview, 2021))).not.toContain('parts-sum-mismatch:overview');
  });
});

describe('a list followed by `此外` and more of the same records', () => {
  it('is some of the whole (real: 河北省发展改革委 2021)', () => {
    const overview =
      '全年通过门户网站主动公开政务信息808件。其中,文件183件,人大代表建议、政协委员提案办理结果76件,人事信息2件,财务信息4件。此外,公开行政许可、政务服务办理结果信息703件。主动公开文件聚焦重大发展规划。';
    expect(keys(withOverview(overview, 2021))).not.toContain('parts-sum-mismatch:overview');
  });
  it('leaves the same list without it told', () => {
    const overview =
      '全年通过门户网站主动公开政务信息808件。其中,文件183件,人大代表建议、政协委员提案办理结果76件,人事信息2件,财务信息4件。主动公开文件聚焦重大发展规划。';
    expect(keys(withOverview(overview, 2021))).toContain('parts-sum-mismatch:overview');
  });
});

describe('a document number with a dash for its issuer', () => {
  it('is broken (real: 昌宁县 2019)', () => {
    const preface =
      '根据《中华人民共和国政府信息公开条例》、《国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知》(国办公开办函〔2019〕60号)、《云南省人民政府办公厅关于编制公布政府信息公开工作年度报告有关事项的通知》(〔2019〕—52号)和保山市人民政府办公室有关要求,编制本报告。';
    const message = messageOf(
      withPreface(preface, 2019),
      'notice-citation-unknown:meta:broken-number',
    );
    expect(message).toContain('「〔2019〕—52号」');
    expect(message).toContain('缺发文机关代字');
  });
  it('leaves whole numbers alone', () => {
    const preface =
      '根据《云南省人民政府办公厅关于编制公布政府信息公开工作年度报告有关事项的通知》(云政办函〔2019〕52号)和《国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知》(国办公开办函〔2019〕60号),编制本报告。';
    expect(keys(withPreface(preface, 2019))).not.toContain(
      'notice-citation-unknown:meta:broken-number',
    );
  });
});

describe('a count of requests or documents whose unit was lost at a clause’s end', () => {
  it('is read (real: 乌鲁木齐市外办 2023, 衡南县政府办 2022, 四川省文物局 2025)', () => {
    for (const [overview, item] of [
      [
        '2023年度市外办接受自然人依申请公开事项0\n(三)政府信息管理方面。市外办严格执行政府信息发布三审三校制度。',
        '依申请公开事项0',
      ],
      [
        '对新政策及时予以公开,全年累计公开各类文件21,其中需要解读的文件已全部解读,做到应公开尽公开。',
        '各类文件21',
      ],
      ['规范办理依申请公开事项2,所有事项均在规定时限办结答复。', '公开事项2'],
    ] as const)
      expect(messageOf(withOverview(overview, 2023), 'count-unit-missing:overview')).toContain(
        item,
      );
  });
  it('leaves counts with their units, numbered items and years alone', () => {
    for (const overview of [
      '2023年度市外办接受自然人依申请公开事项0件。',
      '全年累计公开各类文件21件,其中需要解读的文件已全部解读。',
      '重点公开以下事项:事项1、机构职能;事项2、政策文件。',
      '转发上级文件2023,年度内做好解读。',
    ])
      expect(keys(withOverview(overview, 2023))).not.toContain('count-unit-missing:overview');
  });
});

describe('phrases with words lost or miswritten', () => {
  it('reads 历次全会 without 精神 and 负债人 for 负责人 (real: 西藏自治区国资委 2025)', () => {
    const overview =
      '2025年,西藏自治区政府国资委坚持以习近平新时代中国特色社会主义思想为指导,全面贯彻党的二十大和二十届历次全会,认真落实自治区党委、政府关于政府信息公开工作的决策部署。';
    expect(messageOf(withOverview(overview, 2025), 'phrase-garbled:overview')).toContain(
      '历次全会精神',
    );
    const listed =
      '通过西藏国资委OA办公系统公开《西藏自治区政府国资委监管企业负债人经营业绩考核办法(试行)》及实施细则。';
    expect(messageOf(withOverview(listed, 2025), 'phrase-garbled:overview')).toContain(
      '负责人经营',
    );
  });
  it('leaves the whole phrases alone (real: 德兴镇 2022, 天津市发展改革委 2021)', () => {
    for (const overview of [
      '全面贯彻落实党的十九大、十九届历次全会和党的二十大精神,认真落实上级决策部署。',
      '全面贯彻党的十九大和十九届历次全会精神,认真落实上级决策部署。',
      '公开《监管企业负责人经营业绩考核办法》,企业负债率保持稳定。',
    ])
      expect(keys(withOverview(overview, 2022))).not.toContain('phrase-garbled:overview');
  });
  it('reads the fourth part cut inside its 工作 (real: 金安区双河镇 2020)', () => {
    const preface =
      '全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、作被申请行政复议、提起行政诉讼情况、存在的主要问题和改进情况和其他需要报告等事项。';
    expect(messageOf(withPreface(preface, 2020), 'phrase-garbled:meta')).toContain(
      '因政府信息公开工作被申请行政复议',
    );
    const whole =
      '全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。未发生因政府信息公开工作被申请行政复议、提起行政诉讼的情况。';
    expect(keys(withPreface(whole, 2020))).not.toContain('phrase-garbled:meta');
  });
});

describe('the 政府信息管理 item telling only what was published', () => {
  const around = (item: string) =>
    `(一)主动公开政府信息情况。\n全年主动公开政府信息34条。\n(二)依申请公开政府信息情况。\n2024年未收到政府信息公开申请。\n(三)政府信息管理情况。\n${item}\n(四)政府信息公开平台建设情况。\n依托区政府网站公开信息。`;
  it('is off its topic (real: 明山区新明街道 2024)', () => {
    const message = messageOf(
      withOverview(
        around(
          '主动及时转发市委、区委通告、动态等信息100余条,为人民群众及时了解政策最新动态提供了有力支持。通过互联网,主动发布2024年政府工作报告,为人民群众获取和了解街道重点工作提供了便捷途径。',
        ),
        2024,
      ),
      'overview-item-off-topic:overview',
    );
    expect(message).toContain('“(三)政府信息管理情况”');
    expect(message).toContain('没有写政府信息的管理');
  });
  it('leaves an item naming any of the management alone (real: 河北省发展改革委 2021, 伊宁县 2023)', () => {
    for (const item of [
      '全年共制定行政规范性文件4件,并及时通过门户网站向社会公开,同时对已公开的废止失效文件进行标注。',
      '伊宁县人民政府高度重视政府信息公开工作,安排专人负责信息发布,以确保政府信息公开工作的顺利推进。',
    ])
      expect(keys(withOverview(around(item), 2024))).not.toContain(
        'overview-item-off-topic:overview',
      );
  });
});

describe('a body exercising no administrative functions in its own name', () => {
  it('is asked for no count of requests nor of information (real: 上海市人民政府参事室 2022)', () => {
    const overview =
      '(一)主动公开\n持续推进重点领域信息主动公开,本单位及时在门户网站更新并公开政府信息公开指南、机构职能、机构信息、人事任免、部门预决算等政府信息。根据“三定”方案,本单位无行政许可和对外服务等社会管理职能,故无此类公开信息。\n(二)依申请公开\n本单位不对外以自己名义履行行政管理职能,不适用于《中华人民共和国政府信息公开条例》第二十七条的情况,暂不接受依申请公开。\n(三)政府信息管理\n本单位编制了政府信息公开指南和信息分类,建立了政府信息管理动态调整机制。';
    const found = keys(withOverview(overview, 2022));
    expect(found).not.toContain('overview-item-off-topic:overview');
    expect(found).not.toContain('proactive-count-missing:overview');
  });
  it('still asks an agency that says nothing of requests (real: 杨村镇 2024)', () => {
    const overview =
      '(一)主动公开\n本单位及时在门户网站更新并公开政府信息公开指南、机构职能等政府信息。\n(二)依申请公开\n认真做好依申请公开政府信息工作,全年未产生行政复议和行政诉讼情况。\n(三)政府信息管理\n本单位编制了政府信息公开指南。';
    const found = keys(withOverview(overview, 2024));
    expect(found).toContain('overview-item-off-topic:overview');
    expect(found).toContain('proactive-count-missing:overview');
  });
});
