import { describe, expect, it } from 'vitest';
import { extractStatements } from './extract';

const facts = (text: string): string[] =>
  extractStatements(text).map((s) => `${s.fact}=${s.value}`);

describe('numbers the narrative states for the tables’ facts', () => {
  it.each([
    [
      'seed 000: 受理办结 21 件',
      '2020年我办共受理办结依申请公开事项21件，全部依法依规予以答复',
      ['received=21', 'completed=21'],
    ],
    ['seed 003: 收到 6 次', '市人防办全年收到依申请公开政府信息6次，分别为：', ['received=6']],
    [
      'seed 003: 第一项为不公开事项',
      '市人防办全年收到依申请公开政府信息6次，分别为：1.申请公开贵阳市南明区花果园半山小镇W区人防工程详细资料及审批手续；2.人防办政务公开标准规范清单；3.贵阳恒大文化旅游城相关项目（4项），第一项为不公开事项，其余为公开事项，全部以自然人身份通过网络进行申请，且全部在规定时间内进行了答复，无复议诉讼情况。',
      ['received=6', 'notDisclosed=1', 'review=0', 'litigation=0'],
    ],
    ['seed 002: 全年无依申请公开', '（二）依申请公开情况。全年无依申请公开情况。', ['received=0']],
    [
      'seed 004: spaced digits',
      '2020 年共收到 2 件政府信息公开申请，及时与申请人进行了沟通',
      ['received=2'],
    ],
    [
      'carried in from a year named (real: 兴仁市 2022)',
      '2022年,共收到10件依申请公开请求,2021年结转政府信息公开申请2件,共办结10件,结转2023年度继续办理2件',
      ['received=10', 'carriedIn=2', 'completed=10', 'carriedOver=2'],
    ],
    [
      'carried over from the report year, not in',
      '2022年共收到政府信息公开申请10件，2022年结转下年度办理3件',
      ['received=10', 'carriedOver=3'],
    ],
    // No applications leading to review is no review, not “no applications”.
    ['no review from applications', '本年度无政府信息公开申请引发的行政复议。', ['review=0']],
    [
      'no review or litigation, the cause named with 申请 (real: 大同 信访局 2021)',
      '2021年，我局未发生依申请公开政府信息方面的行政复议和行政诉讼。',
      ['review=0', 'litigation=0'],
    ],
    [
      'seed 000: no review or litigation',
      '没有向申请收取任何费用。也没有因政府信息公开而发生行政复议、诉讼和申诉。',
      ['review=0', 'litigation=0'],
    ],
    [
      'real 平潭 财政金融局 2024: 公开答复 is the ones granted, not the ones answered',
      '2024年我局共收到政府网站上政府信息公开申请件2件，办结依申请2件，其中公开答复1件，无法提供1件 。',
      ['received=2', 'completed=2', 'granted=1', 'cannotProvide=1'],
    ],
    ['依申请公开答复 stays the answers', '全年依申请公开答复10件。', ['completed=10']],
    [
      'real 平潭 市场监督管理局 2025: an outcome’s answers are that outcome’s, not all the answers',
      '2025年，共受理政府信息公开申请21件，经分类处置后，给予同意公开答复 1 件，不予公开答复3件，区分处理后公开11件，因无法提供相关信息答复2件，其他处理2件，结转下年度继续办理2件。',
      [
        'received=21',
        'granted=1',
        'notDisclosed=3',
        'cannotProvide=2',
        'otherHandling=2',
        'carriedOver=2',
      ],
    ],
    [
      'real 平潭 综合执法与应急管理局 2022: documents by their 公开属性 (份), not requests',
      '依托政府网站、微信公众号等渠道，向社会及时公开执法应急领域相关工作动态和政务信息。其中主动公开253份、依申请公开及不予公开409份。',
      [],
    ],
    [
      'requests (件) after documents made public (条) are still requests',
      '全年主动公开政府信息1200条，收到依申请公开申请3件，不予公开1件。',
      ['received=3', 'notDisclosed=1'],
    ],
    [
      'all the answers after an outcome’s clause are still all the answers',
      '因无法提供相关信息不予公开1件，全年共答复政府信息公开申请21件。',
      ['notDisclosed=1', 'completed=21'],
    ],
    [
      'real 平潭 经济发展局 2019: a breakdown of the information made counts pieces, not requests',
      '全年共制发政府信息437条，其中，主动公开政府信息55条（涵盖政策及规范性文件类6条、其他应主动公开的政府信息30条）、依申请公开341条、不予公开41条，主动公开及依申请公开政府信息占比高达90.62%。',
      [],
    ],
    [
      'real 平潭 综合执法与应急管理局 2019: documents made (份, 文件), then their 公开属性',
      '全年共制作、获取政府信息（文件）411份，其中主动公开38份（机构设置、主要职能、办事程序类6条，财政预算、决算报告8条，环境保护、公共卫生、安全生产类信息5条，工作信息19条），依申请公开及不予公开373份；立案查处各类违法行为并作出行政处罚决定305起，全部予以公开。',
      [],
    ],
    [
      'real 平潭 社会事业局 2022: documents issued (印发公文类), then their 公开属性',
      '全年印发公文类政府信息共510条，其中主动公开信息数169，依申请公开信息数317条，不予公开24条；全年通过政府门户网站主动公开政策，规范性文件类信息5条。',
      [],
    ],
    [
      'a notice issued is no count of documents: requests refused are still read',
      '印发政府信息公开工作制度1项，全年收到政府信息公开申请5件，不予公开2件。',
      ['received=5', 'notDisclosed=2'],
    ],
    [
      'requests after a count of documents in 份 are still requests',
      '全年共收到政府信息公开申请5份，不予公开2份。',
      ['received=5', 'notDisclosed=2'],
    ],
    [
      'a list of outcomes: each count is its own item’s, not the next one’s',
      '共收到政府信息公开申请10件，其中予以公开8件、部分公开1件、不予公开1件。',
      ['received=10', 'granted=8', 'partial=1', 'notDisclosed=1'],
    ],
    [
      'the number before the word still reads',
      '共收到政府信息公开申请10件，其中8件予以公开，2件不予公开。',
      ['received=10', 'granted=8', 'notDisclosed=2'],
    ],
    [
      'real 平潭 管委会办公室 2022: 现行有效件数 after the 规范性文件 made',
      '八是建成规范性文件库，本年度制发规范性文件34件，现行有效件数424件。',
      ['normativeMade=34', 'normativeValid=424'],
    ],
    [
      'real 洞头区农业农村局 2021: 规范性文件 issued (发布, 印发) are the ones made',
      '本年度累计主动公开政府信息130条,依申请公开信息0条,累计发布规范性文件0件,整改政务公开相关问题10处。',
      ['normativeMade=0'],
    ],
    ['印发 as 发布', '全年印发行政规范性文件2件。', ['normativeMade=2']],
    [
      'real 乌鲁木齐高新区(新市区) 2022: 规范性文件 made public (公开) are the ones made',
      '截至目前,2022年我区公开行政规范性文件2件,行政许可3606件,行政处罚499件。',
      ['normativeMade=2'],
    ],
    [
      'real 蒲纺工业园区 2020: 规范性文件 a channel made public are not the ones made',
      '其中通过网站公开规范性文件8个。',
      [],
    ],
    ['interpretations of 规范性文件 are not 规范性文件', '全年发布规范性文件解读3件。', []],
    [
      'what a channel carried is not what was made (documents of any year put online)',
      '在门户网站发布规范性文件5件，通过政务新媒体平台发布规范性文件解读3件。',
      [],
    ],
    [
      'a count of 现行有效 in a sentence that names 规章 too is not read',
      '本年度制发规范性文件3件、规章1件，现行有效件数40件。',
      ['normativeMade=3'],
    ],
    [
      'real 平潭 财政金融局 2020: 不予公开信息数95条 counts information, not requests',
      '2020年制作、获取政府信息总数425条，其中主动公开政府信息148条，依申请公开信息数182条，不予公开信息数95条。',
      [],
    ],
    ['none received', '本年度无政府信息公开申请。', ['received=0']],
    ['none received (未收到)', '全年未收到政府信息公开申请。', ['received=0']],
    [
      'Chinese numerals',
      '共收到政府信息公开申请两件，予以公开一件，部分公开一件。',
      ['received=2', 'granted=1', 'partial=1'],
    ],
    [
      'next sentence 其中…',
      '共收到政府信息公开申请25件。其中予以公开13件，占52%；无法提供5件。',
      ['received=25', 'granted=13', 'cannotProvide=5'],
    ],
    [
      'carried in and over',
      '上年结转政府信息公开申请1件，结转下年度继续办理2件。',
      ['carriedIn=1', 'carriedOver=2'],
    ],
    [
      'not disclosed',
      '依申请公开中，不予公开2件，3件不予以公开。',
      ['notDisclosed=2', 'notDisclosed=3'],
    ],
    [
      'review and litigation',
      '因政府信息公开被申请行政复议1件，提起行政诉讼2件。',
      ['review=1', 'litigation=2'],
    ],
    ['both, each', '政府信息公开行政复议、行政诉讼各1件。', ['review=1', 'litigation=1']],
    [
      'both, together: one claim about their sum',
      '政府信息公开行政复议、行政诉讼共3件。',
      ['reviewOrLitigation=3'],
    ],
    [
      'granted and partly granted as one claim',
      '全年予以公开及部分公开158件，占23.9%；因本机关不掌握等原因无法提供165件。',
      ['grantedOrPartial=158', 'cannotProvide=165'],
    ],
    [
      'both, one number each',
      '因政府信息公开申请引发行政复议2件、行政诉讼1件。',
      ['review=2', 'litigation=1'],
    ],
    ['both, none', '全年未发生政府信息公开行政复议和行政诉讼案件。', ['review=0', 'litigation=0']],
    [
      'a typical 2021 paragraph with percentages',
      '2021年，本机关共新收政府信息公开申请56件，上年结转3件。办理结果：予以公开25件，占44.6%；部分公开10件，占17.9%；不予公开3件；无法提供12件。结转下年度继续办理6件。',
      [
        'received=56',
        'carriedIn=3',
        'granted=25',
        'partial=10',
        'notDisclosed=3',
        'cannotProvide=12',
        'carriedOver=6',
      ],
    ],
    [
      'total including carried in: 办理 read as done, the carried-in part apart',
      '全年共办理政府信息公开申请59件（含上年结转3件）。',
      ['completed=59', 'carriedIn=3'],
    ],
    [
      'regulations and normative documents',
      '本年制发行政规范性文件3件，制定规章1件，现行有效规范性文件12件。',
      ['normativeMade=3', 'regulationsMade=1', 'normativeValid=12'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(facts(text)).toEqual(expected);
  });

  it.each([
    [
      'seed 002: 办理 and 办结率 of other services',
      '及时办理“百姓事马上办”4 件、“三服务”在线回复 70 件，按时办结率为 100%。',
    ],
    ['seed 003: licensing cases', '截至目前，已办理行政许可类事项共计33件，无行政处罚类案件。'],
    ['proactive disclosure', '主动公开政府信息360余条，其中网站公开123条。'],
    ['licensing applications are not disclosure applications', '全年受理行政许可申请33件。'],
    ['approximate numbers', '全年收到政府信息公开申请约20件，予以公开近10件。'],
    ['规章制度 are not 规章', '完善规章制度5项。'],
    ['review without disclosure context', '全年办理行政复议案件15件。'],
    ['no number at all', '同步明确主动公开、依申请公开、不予公开等属性。'],
    ['a time limit', '收到政府信息公开申请后15个工作日内予以答复。'],
    ['a right, not a count', '对依申请公开答复不服的，没有及时答复的可依法申请行政复议。'],
    ['a change, not a count', '共收到政府信息公开申请3件，同比减少2件。'.replace('3件，', '')],
    ['不予以公开 is not 予以公开', '依申请公开中，不予以公开的已说明理由。'],
  ])('says nothing: %s', (_name, text) => {
    expect(facts(text)).toEqual([]);
  });

  it('keeps the percentage stated next to a number', () => {
    const [granted] = extractStatements('收到公开申请25件，其中予以公开13件，占总数的52.0%').filter(
      (s) => s.fact === 'granted',
    );
    expect(granted?.percent).toEqual({ value: 52, decimals: 1, text: '占总数的52.0%' });
  });
});
