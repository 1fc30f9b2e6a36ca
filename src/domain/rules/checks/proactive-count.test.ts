import { describe, expect, it } from 'vitest';
import { clean2021 } from '@templates/fixtures/format-2021/clean';
import type { Report } from '../../report/types';
import { keys, messageOf, withOverview } from '@/testing/checked-reports';

/** The item of 总体情况 on 主动公开 with no count of what was published (misses of 403–432). */

const KEY = 'proactive-count-missing:overview';
const REQUESTS = '(二)依申请公开情况\n2023年,我街道共接到依申请公开办件0件。\n(三)政府信息管理情况';
const overview = (item: string, rest = REQUESTS): Report =>
  withOverview(`2023年,清真巷街道办事处深入学习贯彻党的二十大精神。\n${item}\n${rest}`, 2023);
const withOther = (report: Report, other: string): Report => ({
  ...report,
  narrative: { ...report.narrative, other },
});

describe('the 主动公开 item of 总体情况 with no count of information made public', () => {
  it('is said of an item naming the fields only (real: 清真巷街道 2023)', () => {
    expect(
      messageOf(
        overview(
          '(一)主动公开情况。2023年,清真巷街道加强重点领域信息公开,突出做好社会保障、就业、医疗、养老、救助、环境保护等领域群众最迫切关心了解的信息,切实提高群众满意度。',
        ),
        KEY,
      ),
    ).toBe(
      '总体情况的小标题“(一)主动公开情况”下只写了公开的内容和做法，没有写本年主动公开了多少条政府信息，请补充',
    );
  });

  it('is said of kinds listed, of a heading not first, and of places and copies counted', () => {
    for (const item of [
      // real: 昆明经开区招商合作局 2020, the item third
      '(三)在职权范围内主动公开政府信息\n2020年,对我局机构设置、主要职能、办事程序、投资指南、优惠政策、工作动态等政府信息进行了公示公开,确保了主动公开的内容全面、及时、准确。',
      // real: 熊官屯镇 2023: 查阅点 and 资料 counted, no information
      '(一)主动公开政府信息情况。设立镇、村两级政府信息查阅点14个,提供本年度公开发布的政府发文。“5·15政务公开日”,利用农村大集发放政策详解、办事流程等政务公开资料90余份、解答群众咨询问题10余个、30余人次。',
      // real: 木王镇 2023
      '(一)主动公开政务信息情况\n健全主动公开制度。根据我镇实际情况,确立了以下八项重点公开内容:①有关农村的重要政策法规。②机关干部的选拔、聘用、管理和镇干分工调整等情况。',
    ])
      expect(keys(overview(item))).toContain(KEY);
  });

  it('is said whatever the 依申请公开 item counts (its outcomes are no count of 主动公开)', () => {
    const item =
      '(一)主动公开\n2021年,我局按照要求主动公开不涉密信息,包括领导简介、机构简介、内设机构、工作动态、政府信息公开指南等信息。';
    const requests =
      '(二)依申请公开。2021年共收到政府信息公开申请24件,上年结转1件。其中予以公开13件,部分公开3件;全年发生政府信息公开行政复议1件。\n(三)政府信息管理';
    expect(keys(overview(item, requests))).toContain(KEY);
  });

  it('is not said of an item counting what was published, in its words', () => {
    for (const item of [
      '(一)主动公开。全年主动公开政府信息1350余条。',
      // real: 海口高新区 2022, the count in brackets
      '(一)主动公开方面。一是通过海口国家高新区门户网站发布政务信息(1386)条。',
      // real: 东风路街道 2024, the kinds listed before the count
      '(一)政府信息主动公开情况。\n2024年,东风路街道通过大冶市人民政府信息公开网站主动公开规划信息、统计信息、许可服务、处罚强制、财政资金、政府采购、公益事业建设事项等共计80余条。',
      // real: 平潭综合执法应急局 2022, 份
      '（一）主动公开情况。向社会及时公开执法应急领域相关工作动态和政务信息。其中主动公开253份、依申请公开及不予公开409份。',
      // real: 静安区 2023, 解读 counted
      '(一)主动公开\n不断加大政策解读力度,累计开展各类形式的政策解读93次。',
      // real: 藁城区 2022, the count before the verb
      '(一)主动公开方面。及时将政策允许的194件人大代表建议和政协提案办理工作情况向社会公示。',
      // real: 古城街道 2020, the unit lost (a slip of its own)
      '(一)主动公开政府信息。2020年,我办共主动公开政府信息131,主要为街道党工委文件和办事处工作动态类的信息。',
    ])
      expect(keys(overview(item))).not.toContain(KEY);
  });

  it('is not said when another item or part counts it, nor of an item the excerpt cuts', () => {
    // real: 绵阳市卫健委 2020, the form first, the count in the next item
    expect(
      keys(
        overview(
          '(一)主动公开政府信息的形式\n我委以政府信息公开目录管理系统、市卫健委门户网站等为平台公开政府信息。\n(二)主动公开政府信息情况\n我委在市政府信息公开系统公开25条。',
        ),
      ),
    ).not.toContain(KEY);
    // real: 天门市政府办公室 2025, the count in another part
    const tianmen = overview(
      '(一)政府信息主动公开情况。2025年,通过市政府门户网站等渠道主动公开以市政府或市政府办公室名义印发的文件等信息。',
    );
    expect(keys(tianmen)).toContain(KEY);
    expect(
      keys(withOther(tianmen, '全年主动公开政府信息124条,其中政府文件和解读信息21条。')),
    ).not.toContain(KEY);
    // The text ends inside the item (a store's excerpt): the count may follow.
    expect(
      keys(
        overview(
          '(一)主动公开情况。2023年,清真巷街道加强重点领域信息公开,突出做好社会保障等领域群众最迫切关心了解的信息。',
          '',
        ),
      ),
    ).not.toContain(KEY);
  });

  it('is not said of an item counting only cases handled (the off-topic warning says it)', () => {
    // real: 安肃镇 2025
    const ansu = overview(
      '(一)主动公开情况\n我镇高度重视政府信息公开工作,充分利用网站、政务公开栏等方式发布信息。2025年,我镇共办理行政许可4251项,办理行政处罚6项,办理行政强制0项。',
    );
    expect(keys(ansu)).toContain('overview-item-off-topic:overview');
    expect(keys(ansu)).not.toContain(KEY);
  });

  it('is not said of the clean report', () => {
    expect(keys(clean2021.report)).not.toContain(KEY);
  });
});
