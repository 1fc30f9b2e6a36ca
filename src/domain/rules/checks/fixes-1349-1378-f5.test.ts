import { describe, expect, it } from 'vitest';
import { keys, messageOf, withOverview, withPreface } from '@/testing/checked-reports';

/** Misses of the measure of 1349–1378 mended after it (stop 42, helper f5), from the real wording. */

describe('a contact line closed by a bracket none opened (text-stray-closer)', () => {
  const KEY = 'text-stray-closer:meta';
  it('flags the `)` after an e-mail address (real: 天水市水务局 2021, 侯家庄乡 2021, 齐都镇 2022)', () => {
    for (const text of [
      '本报告通过“天水水务网”站的政府信息公开专栏向社会公布,如对本报告有任何疑问,请与天水市水务局联系,电话:8215795,邮箱:tssswjbgs@163.com)。',
      '本报告在邢台市内丘县人民政府门户网站公开发布,如对报告有疑问或有意见建议,请与侯家庄乡人民政府党政办公室联系,联系电话:0319-6991003;电子邮箱:nqxhjz@163.com)',
      '如对本报告有疑问,请与齐都镇人民政府党政办公室联系地址临淄区齐都路232号;电话0533-7830243;邮编:255422;邮箱:lzqqdzdzb@zb.shandong)。',
    ])
      expect(keys(withPreface(text))).toContain(KEY);
    expect(
      messageOf(
        withPreface(
          '如对本报告有任何疑问,请与天水市水务局联系,电话:8215795,邮箱:tssswjbgs@163.com)。',
        ),
        KEY,
      ),
    ).toBe(
      '“…邮箱:tssswjbgs@163.com)…”中的书名号、括号、尖括号或引号没有对应的开头，疑为复制粘贴时残留或缺字，请核对这句话',
    );
  });
  it('flags a second `)` after the telephone, the address’s bracket closed (real: 开州区国资委 2020)', () => {
    const text =
      '如对本报告有任何疑问,请与重庆市开州区国资委联系(地址:重庆市开州区开州大道中173号三楼306室),邮编:405499,电话:023-52201927)。';
    expect(keys(withPreface(text))).toContain(KEY);
  });
  it('is silent on a contact bracket opened, nested or broken over a PDF’s lines', () => {
    for (const text of [
      '如对本报告有疑问,请与天水市水务局联系(电话:8215795,邮箱:tssswjbgs@163.com)。',
      '请与嘉兴市人防办（民防局）信息公开领导小组办公室联系（地址：浙江省嘉兴市中山西路977号（民防局）5楼；邮编：314031；传真：82050131）。',
      '如对本报告有疑问，请与淮安市人民政府办公室联系（地址：淮\n安市翔宇南道 1 号，邮编：223001，电话：0517-83605210，电\n子邮箱：hazwgkc@163.com）。',
      '联系电话:0319-6991003(工作日)。',
    ])
      expect(keys(withPreface(text))).not.toContain(KEY);
  });
});

describe('a kind’s count without its unit in a list after 其中, joined by commas (count-unit-missing)', () => {
  const KEY = 'count-unit-missing:overview';
  it('flags `政府信息公开制度15,` before `公示公告21条` (real: 平川区农业农村局 2025)', () => {
    const text =
      '2025年度,区农业农村局本着“三审三校”制度在政务公开网站中主动发布政府信息155条,其中,政府信息公开制度15,公示公告21条,履职依据23条,规划计划6条。';
    expect(messageOf(withOverview(text, 2025), KEY)).toBe(
      '文中“政府信息公开制度15,”：数字后缺少单位（条、件等），请补上单位和标点',
    );
  });
  it('is silent without 其中 before it, or with the unit written', () => {
    for (const text of [
      '2025年度,主动发布政府信息155条,其中,政府信息公开制度15条,公示公告21条,履职依据23条。',
      '2025年度,办理人大建议15,政协提案21件。',
    ])
      expect(keys(withOverview(text, 2025))).not.toContain(KEY);
  });
  it('is silent on a count’s name before the number (real: 平潭综合实验区社会事业局 2022)', () => {
    const text =
      '全年印发公文类政府信息共510条，其中主动公开信息数169，依申请公开信息数317条，不予公开24条。';
    expect(keys(withOverview(text, 2022))).not.toContain(KEY);
  });
});

describe('a total of information in a sentence’s first clause, its parts after 其中 (parts-sum-mismatch)', () => {
  const KEY = 'parts-sum-mismatch:overview';
  const whole = '全年延安市商务局共公开各类信息501条,发布照片121张,人大议案4件和政协提案4件。';
  it('flags parts adding to more than 501 (real: 延安市商务局 2021)', () => {
    const text = `${whole}其中,概况类信息5条,动态类信息374条,文件58条,解读政策类信息6条,政务微博发布156条,政务微信发布148条。`;
    expect(keys(withOverview(text))).toContain(KEY);
  });
  it('is silent on parts adding to the whole, or another count in its unit in the sentence', () => {
    for (const text of [
      `${whole}其中,概况类信息5条,动态类信息374条,文件116条,解读政策类信息6条。`,
      '全年共公开各类信息501条,回复留言15条。其中,概况类信息5条,动态类信息374条,文件158条。',
    ])
      expect(keys(withOverview(text))).not.toContain(KEY);
  });
});

describe('an item on publishing that counts no information (proactive-count-missing)', () => {
  const KEY = 'proactive-count-missing:overview';
  const lead = '2023年,我局在县委、县政府的正确领导下,进一步深化我局政府信息公开工作。';
  const next = '(三)加强政策解读。加大政策解读力度,对上级机关重要政策解读及时进行转载。';
  it('flags `(二)加强公开力度` with no count (real: 如东县审计局 2023)', () => {
    const text = [
      lead,
      '(一)加强领导组织。局领导高度重视政府信息公开工作。',
      '(二)加强公开力度。坚持以“公开为原则,不公开为例外”的要求及时发布各类政务信息,将审计计划、审前公告等作为重点公开领域,严格按照时间节点要求发布。',
      next,
    ].join('\n');
    expect(messageOf(withOverview(text, 2023), KEY)).toBe(
      '总体情况的小标题“(二)加强公开力度”下只写了公开的内容和做法，没有写本年主动公开了多少条政府信息，请补充',
    );
  });
  it('is silent when the item counts what it published', () => {
    const text = [lead, '(二)加强公开力度。及时发布各类政务信息,全年发布政务信息86条。', next].join(
      '\n',
    );
    expect(keys(withOverview(text, 2023))).not.toContain(KEY);
  });
  const credit =
    '截至2022年12月31日,城市管理局先后在国家企业信用信息网站、信用郑州网站上传公示行政处罚259项,行政许可73项,行政强制7项。';
  const requests = '(二)依申请公开工作开展情况\n共受理政府信息公开申请11件。';
  it('flags an item counting only decisions put on credit websites (real: 郑州高新区城市管理局 2022)', () => {
    const text = ['(一)主动公开工作开展情况', credit, requests].join('\n');
    expect(keys(withOverview(text, 2022))).toContain(KEY);
  });
  it('is silent when such an item counts information too', () => {
    const text = [
      '(一)主动公开工作开展情况',
      `全年主动公开政府信息120条。${credit}`,
      requests,
    ].join('\n');
    expect(keys(withOverview(text, 2022))).not.toContain(KEY);
  });
});

describe('a sub-heading of two phrases run into its text (overview-subheading-garbled)', () => {
  const KEY = 'overview-subheading-garbled:overview';
  const first =
    '(一)提高政治站位,推进全面公开。2021年,我乡坚持以习近平新时代中国特色社会主义思想为指导。';
  const third = '(三)加强平台建设,做好政府信息管理。严格落实政府信息保密审查制度。';
  it('flags `(二)加强组织领导,完善制度建设确定…` (real: 兴海县中铁乡 2021)', () => {
    const text = [
      first,
      '(二)加强组织领导,完善制度建设确定乡政府乡长分管政府信息公开工作,列入工作分工并对外公布。',
      third,
    ].join('\n');
    expect(messageOf(withOverview(text), KEY)).toBe(
      '总体情况的小标题“(二)加强组织领导,完善制度建设确定乡政府乡…”与正文连成一句，小标题后缺句号（同级小标题如“(一)提高政治站位,推进全面公开。”以句号结束），请核对',
    );
  });
  it('is silent when the sub-heading ends with its full stop, or no sibling is so written', () => {
    for (const text of [
      [
        first,
        '(二)加强组织领导,完善制度建设。确定乡政府乡长分管政府信息公开工作,列入工作分工。',
        third,
      ].join('\n'),
      [
        first,
        '(二)加强组织领导,完善制度建设确定乡政府乡长分管政府信息公开工作,列入工作分工并对外公布。',
        '(三)加强平台建设。严格落实政府信息保密审查制度。',
      ].join('\n'),
    ])
      expect(keys(withOverview(text))).not.toContain(KEY);
  });
});
