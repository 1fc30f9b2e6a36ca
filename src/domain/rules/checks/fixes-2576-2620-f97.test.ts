import { describe, expect, it } from 'vitest';
import {
  importedMessage,
  importedWarns,
  keys,
  messageOf,
  realText,
  withOverview,
} from '@/testing/checked-reports';

/**
 * Misses and false warnings of the measure of 2576–2620 mended after it (stop 63, fixer f97): an item
 * `2.` run on in its paragraph with no item 1, an item `1.信息主动公开。` read as the overview's item on
 * 主动公开, a rate over a kind the sentence does not count no longer recomputed from other counts, and
 * 依申请 inside a published list's title no longer read as requests. From the real wording, with nearby
 * wording of the corpus that must stay silent.
 */

describe('subheading-first-missing: an item 2. run on after a stop, no item 1 (2591)', () => {
  const KEY = 'subheading-first-missing:overview';
  const real =
    '(一)贯彻落实上级要求\n我大队按照市政府有关2020年政府信息公开工作的文件要求,分解下达了工作目标。进一步明确了政务信息公开范围,落实到具体人员上。2.按照“政府信息以公开为原则,不公开为例外”的总体要求,重点对我大队工作动态等方面的信息进行公开。\n(二)强化公开平台建设\n进一步加强交警大队网站建设。';

  it('reads the real wording', () => {
    expect(messageOf(withOverview(real), KEY)).toContain('“2.”，前面没有“1.”');
    expect(importedWarns(realText('2591-yuanjiang-jjdd-2020.txt'), KEY)).toBe(true);
  });

  it('stays silent with item 1 before it, a figure, or a list begun in words', () => {
    for (const fine of [
      real.replace('分解下达了工作目标。', '分解下达了工作目标。1.明确公开范围。'),
      real.replace('分解下达了工作目标。', '分解下达了工作目标。(1)明确公开范围。'),
      '(一)主动公开\n全年投入资金。2.5亿元用于平台建设。\n(二)依申请公开\n未收到申请。',
      '(一)主动公开\n其一,完善制度。2.按照要求公开信息。\n(二)依申请公开\n未收到申请。',
    ])
      expect(keys(withOverview(fine))).not.toContain(KEY);
  });
});

describe('proactive-count-missing: an item `1.信息主动公开。` read whole (2594)', () => {
  const KEY = 'proactive-count-missing:overview';

  it('reads the real wording', () => {
    expect(importedMessage(realText('2594-longgang-xckfjs-2020.txt'), KEY)).toContain(
      '“1.信息主动公开”',
    );
  });

  it('stays silent when the item counts what was published, or another item does', () => {
    const items = (proactive: string, later = '') =>
      `2020年,我中心坚持“应公开尽公开”原则。\n1.信息主动公开。${proactive}\n2.及时回应群众。积极加强与公众的互动沟通。${later}\n3.管理制度健全。开展主动公开基本目录标准化规范化工作。`;
    expect(
      keys(withOverview(items('以市政府网作为第一信息发布平台,全年主动公开政府信息56条。'))),
    ).not.toContain(KEY);
    expect(
      keys(withOverview(items('以市政府网作为第一信息发布平台。', '全年主动公开政府信息56条。'))),
    ).not.toContain(KEY);
  });
});

describe('shares-rounding-mismatch: a rate over a kind no count before it names (2602)', () => {
  const KEY = 'shares-rounding-mismatch:overview';

  it('is silent on the real wording', () => {
    expect(
      keys(
        withOverview('全年在网上公开政务信息87条,其中:主动公开公文类信息40条,主动公开率达95%。'),
      ),
    ).not.toContain(KEY);
    expect(importedWarns(realText('2602-yangpu-gdb-2023.txt'), KEY)).toBe(false);
  });

  it('still reads a rate whose kind the whole names too, or that names no kind', () => {
    expect(keys(withOverview('公开公文类信息11件,主动公开10件,公开率90%。'))).toContain(KEY);
    expect(
      keys(withOverview('全年在网上公开政务信息87条,主动公开40条,主动公开率达95%。')),
    ).toContain(KEY);
  });
});

describe('overview-item-off-topic: 依申请 inside a published list’s title (2616)', () => {
  const KEY = 'overview-item-off-topic:overview';
  const item = (said: string) =>
    `(一)主动公开政府信息情况\n2020年,县行政审批服务局紧紧围绕县委县政府中心工作。二是推进行政权力信息公开,在门户网站${said}等,方便群众办事。\n(二)依申请公开信息情况\n全年未收到政府信息公开申请。`;

  it('is silent on the real wording', () => {
    expect(keys(withOverview(item('公开《攸县政务服务事项(依申请类)“四办”清单》')))).not.toContain(
      KEY,
    );
    expect(importedWarns(realText('2616-youxian-xzspfwj-2020.txt'), KEY)).toBe(false);
  });

  it('still reads the requests told outside a title under 主动公开’s heading', () => {
    expect(keys(withOverview(item('办理依申请公开事项')))).toContain(KEY);
  });
});

describe('overview-item-off-topic: news bulletins aired, counted (2576, 2577)', () => {
  const KEY = 'overview-item-off-topic:overview';

  it('reads the real wording', () => {
    expect(
      messageOf(
        withOverview(
          '(二)做好媒体运维,拓展公开形式。融媒体中心紧紧围绕县委、县政府中心工作进行新闻报道。截止2022年12月28日,电视方面:播发《民和新闻》256期2085条、自办栏目36期。',
        ),
        KEY,
      ),
    ).toContain('“播发《民和新闻》256期”');
    expect(importedWarns(realText('2576-minhe-gdj-2022.txt'), KEY)).toBe(true);
    expect(importedMessage(realText('2577-shilin-xcb-2020.txt'), KEY)).toContain(
      '播出《石林新闻》223组',
    );
  });

  it('stays silent on a programme of the agency’s own work, or a bulletin not counted', () => {
    for (const fine of [
      '一是加强重点领域信息公开。策划播出《垃圾分类 我们在行动》节目104期、《运河之上》广播节目20期。',
      '在《民和新闻》栏目中解读政策,全年主动公开政府信息120条。',
    ])
      expect(keys(withOverview(fine))).not.toContain(KEY);
  });
});

describe('overview-areas-missing: the old regulation’s items as sub-headings (2580)', () => {
  const KEY = 'overview-areas-missing';
  const old = (fourth: string) =>
    `全面贯彻落实各项政务公开文件精神,及时主动公开相关政府信息。\n(一)组织机构建设情况。成立了政务公开工作领导小组,负责日常工作。\n(二)落实和制定相关配套措施情况。制定了信息主动公开操作流程、依申请公开处理流程。\n(三)建立健全工作机制、制度规范情况。由专人负责上传政府网站发布,落实保密审查和责任追究。\n${fourth}`;

  it('reads the real wording: every area missing', () => {
    expect(
      messageOf(
        withOverview(old('(四)《条例》的学习、宣传等方面的工作。认真进行《条例》宣传教育。')),
        KEY,
      ),
    ).toContain('未涉及：主动公开、依申请公开、政府信息管理、政府信息公开平台建设、监督保障（');
    expect(importedWarns(realText('2580-liangzhou-rmtzx-2022.txt'), KEY)).toBe(true);
  });

  it('stays silent when a sub-heading names an area, or fewer old items are headed', () => {
    expect(keys(withOverview(old('(四)主动公开情况。全年主动公开政府信息56条。')))).not.toContain(
      KEY,
    );
    expect(
      keys(
        withOverview(
          old('(四)《条例》的学习、宣传等方面的工作。')
            .replace('(二)落实和制定相关配套措施情况', '(二)完善公开机制')
            .replace('(三)建立健全工作机制、制度规范情况', '(三)强化公开审查'),
        ),
      ),
    ).not.toContain(KEY);
  });
});
