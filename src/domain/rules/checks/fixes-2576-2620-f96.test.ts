import { describe, expect, it } from 'vitest';
import { importedWarns, keys, messageOf, realText, withPart } from '@/testing/checked-reports';

/**
 * Misses of the measure of 2576–2620 mended after it (stop 63, fixer f96): phrase slips (暖 written
 * 暧, 群众 cut to 众, the agency named twice as subject, digits before 十万, 群众 and 社会公众 run
 * together, a clause run into 目前, a basis run into the leadership, 作为 cut to 为, and 围绕, 舆论,
 * 贯彻, 依法用权, 进一步 and 专业性 each cut by a character). From the real wording, with nearby
 * wording of the corpus that must stay silent.
 */

const PHRASE = 'phrase-garbled';

type Part = 'overview' | 'meta' | 'proactive';
describe('phrase-garbled: slips of 2576–2620', () => {
  const cases: readonly [string, Part, string, string, string, readonly string[]][] = [
    [
      '2577-shilin-xcb-2020.txt',
      'overview',
      '深入挖掘和积极选树了一批典型人物和先进事迹,更好地强信心、聚民心、暧人心、筑同心。',
      '“暧人心”疑为“暖人心”',
      '暖 written as its look-alike 暧',
      ['更好地强信心、聚民心、暖人心、筑同心。', '避免公开内容表述暧昧不清。'],
    ],
    [
      '2579-fengning-rmtzx-2023.txt',
      'meta',
      '融媒体中心紧紧围绕县委和政府中心工作及众关注关切,坚持以人民为中心,深化政务公开。',
      '“及众关注”疑为“及群众关注”',
      '群众 with its 群 lost',
      [
        '融媒体中心紧紧围绕县委和政府中心工作及群众关注关切,坚持以人民为中心。',
        '回应公众关注关切,社会公众关心的问题及时解读。',
      ],
    ],
    [
      '2587-guangfeng-kjj-2022.txt',
      'overview',
      '上饶市广丰区科学技术局以习近平新时代中国特色社会主义思想为指导,我局认真贯彻落实《条例》及省、市关于政务公开工作的安排部署。',
      '疑为“上饶市广丰区科学技术局以…为指导，”',
      'the agency named as subject, then again as 我局',
      [
        '上饶市广丰区科学技术局以习近平新时代中国特色社会主义思想为指导,认真贯彻落实《条例》。',
        '2022年,我局以习近平新时代中国特色社会主义思想为指导,认真贯彻落实《条例》。',
        '在区委、区政府的悉心指导下,我会以习近平新时代中国特色社会主义思想为指导,深入贯彻落实。',
      ],
    ],
    [
      '2593-wuchang-jkq-2020.txt',
      'overview',
      '对租用在管国有资产类经营用房的企业和商户,减免租金近150十万元。',
      '“150十万”疑为“150万”',
      'digits followed by 十万',
      ['对租用在管国有资产类经营用房的企业和商户,减免租金近150万元。', '减免租金近十万元。'],
    ],
    [
      '2595-xinzhou-rfb-2021.txt',
      'overview',
      '设有新闻发言人和新闻发言人助理,对群众社会公众关注的焦点问题能第一时间传递权威声音。',
      '“群众社会公众”疑为“群众和社会公众”',
      '群众 and 社会公众 run together',
      [
        '对群众和社会公众关注的焦点问题能第一时间回应。',
        '对人民群众、社会公众关注的问题及时回应。',
        '开通服务群众公众号。',
      ],
    ],
    [
      '2596-qujing-jkq-jfj-2021.txt',
      'overview',
      '二是强化信息保密审查;三是确保报送信息及时目前政务公开各项工作规范有序进行。',
      '“及时目前”疑为“及时。目前”',
      'a clause run into one opening with 目前',
      [
        '三是确保报送信息及时。目前政务公开各项工作规范有序进行。',
        '截至目前,共发布信息120条。',
        '微信公众号目前粉丝数83035。',
      ],
    ],
    [
      '2599-whkfq-tonghang-2023.txt',
      'overview',
      '根据《中华人民共和国政府信息公开条例》规定在经开区工委、管委会的坚强领导下,通航产业园管理办对政府信息公开工作进行了安排部署。',
      '“规定在…领导下”疑为“规定，在…领导下”',
      'a basis run into the leadership the work is done under',
      [
        '根据《中华人民共和国政府信息公开条例》规定,在经开区工委、管委会的坚强领导下,通航产业园管理办对政府信息公开工作进行了安排部署。',
        '按照规定在政府网站公开,在区委的领导下推进。',
        '严格按照规定在党组领导下开展保密审查。',
      ],
    ],
    [
      '2613-yueyanglou-cl-2022.txt',
      'overview',
      '我会党组高度重视政务信息公开工作,将政务信息公开为残疾人工作的重点,扎实推进政府信息公开各项工作。',
      '“公开为”疑为“公开作为”',
      '作为 cut to 为 after 公开',
      [
        '将政务信息公开作为残疾人工作的重点,扎实推进政府信息公开各项工作。',
        '切实加强信息公开力度,将“以公开为常态,不公开为例外”原则贯穿始终。',
        '将“以公开为常态、不公开为例外”作为工作的重点。',
      ],
    ],
    [
      '2616-youxian-xzspfwj-2020.txt',
      'meta',
      '在县委、县政府的领导和市局的指导下,做县行政审批服务局紧紧绕“1122345”的部署,着力突出改革与服务的主题。',
      '“紧紧绕”疑为“紧紧围绕”',
      '围绕 cut to 绕',
      [
        '2020年,县行政审批服务局紧紧围绕县委县政府中心工作。',
        '省道公路横贯全境,绕城而过。',
        '群众的诉求始终绕不开办事效率。',
      ],
    ],
    [
      '2616-youxian-xzspfwj-2020.txt',
      'overview',
      '阳光施政进一步有序推进。一是正面引导论,做好宣传。',
      '“引导论”疑为“引导舆论”',
      '舆论 cut to 论',
      [
        '一是正面引导舆论,做好宣传。',
        '开展政策解读,引导论证会议有序进行。',
        '规范引导论坛健康发展。',
      ],
    ],
    [
      '2616-youxian-xzspfwj-2020.txt',
      'overview',
      '全面贯省、市、县相关文件精神,确保工作信息的准确传播。',
      '“全面贯”疑为“全面贯彻”',
      '贯彻 cut to 贯',
      [
        '全面贯彻省、市、县相关文件精神。',
        '柳北区钢城街道一贯按照条例要求公开,深入宣贯条例。',
        '全面贯标,提升质量管理水平。',
      ],
    ],
    [
      '2616-youxian-xzspfwj-2020.txt',
      'overview',
      '既保证能够严格按照权力清单履行职责、依法用,提高办事效率。',
      '“依法用”疑为“依法用权”',
      '依法用权 cut to 依法用',
      ['严格按照权力清单履行职责、依法用权,提高办事效率。', '依法用好政务新媒体平台。'],
    ],
    [
      '2616-youxian-xzspfwj-2020.txt',
      'overview',
      '对政策性信息及时公开,进步增进社会公众对我县政务服务政策的了解和理解。',
      '“进步增进”疑为“进一步增进”',
      '进一步 cut to 进步',
      [
        '对政策性信息及时公开,进一步增进社会公众对我县政务服务政策的了解。',
        '取得了长足进步,提升了服务水平。',
      ],
    ],
    [
      '2616-youxian-xzspfwj-2020.txt',
      'overview',
      '对一些涉及面广、社会关注度高或专业较强的政策性信息及相关重要信息及时公开。',
      '“专业较强”疑为“专业性较强”',
      '专业性 cut to 专业',
      [
        '对一些社会关注度高或专业性较强的政策性信息及时公开。',
        '工作人员业务能力较强。',
        '引进技术较强的企业。',
      ],
    ],
  ];
  const reportOf = (part: Part, said: string) => withPart(part, said, 2021);
  for (const [file, part, said, right, what, silent] of cases)
    it(`reads ${what} (${file.slice(0, 4)})`, () => {
      const key = `${PHRASE}:${part === 'proactive' ? 'overview' : part}`;
      expect(messageOf(reportOf(part, said), key)).toContain(right);
      for (const fine of silent) expect(keys(reportOf(part, fine))).not.toContain(key);
    });

  it('warns on each real report', () => {
    for (const [file, key] of [
      ['2577-shilin-xcb-2020.txt', 'overview'],
      ['2579-fengning-rmtzx-2023.txt', 'meta'],
      ['2587-guangfeng-kjj-2022.txt', 'overview'],
      ['2593-wuchang-jkq-2020.txt', 'proactive'],
      ['2595-xinzhou-rfb-2021.txt', 'overview'],
      ['2596-qujing-jkq-jfj-2021.txt', 'overview'],
      ['2599-whkfq-tonghang-2023.txt', 'overview'],
      ['2613-yueyanglou-cl-2022.txt', 'overview'],
      ['2616-youxian-xzspfwj-2020.txt', 'meta'],
      ['2616-youxian-xzspfwj-2020.txt', 'overview'],
    ] as const)
      expect(importedWarns(realText(file), `${PHRASE}:${key}`), `${file} ${key}`).toBe(true);
  });
});
