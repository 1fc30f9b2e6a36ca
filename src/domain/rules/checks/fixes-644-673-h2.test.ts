import { describe, expect, it } from 'vitest';
import { formatById } from '@templates/index';
import { shortReportNames } from '@/domain/format/report-name';
import { keys, messageOf, withOverview, withPreface } from '@/testing/checked-reports';
import { phraseSlipsIn } from './phrase-slips';
import { strayCloser } from './text-slips';

/**
 * Since a fix of stop 34 after the measure of 644–673: fixed phrases with two words swapped, a word
 * lost or worded otherwise, a connective doubled across its comma, a well-known miswriting, the
 * report named by `制定…`, and an angle-bracketed title's rest pasted at a paragraph's end, from the
 * real wording with the corpus's correct wording beside it.
 */

const F2021 = formatById('2021');
const slips = (text: string) =>
  phraseSlipsIn(text, F2021).map((s) => `${s.text}→${s.phrase}:${s.kind}`);

describe('fixed phrases with their words swapped', () => {
  it('reads `政府公开信息` before a name of the work’s (real: 安居区经济合作局 2023, 平潭 2019)', () => {
    expect(slips('政策解读3条,财政预决算信息4条,政府公开信息年度报告1条,执法监督1条。')).toEqual([
      '政府公开信息年度报告→政府信息公开年度报告:swapped',
    ]);
    expect(slips('机构改革后,我局认真编制政府公开信息目录,积极配合区办公室。')).toEqual([
      '政府公开信息目录→政府信息公开目录:swapped',
    ]);
  });
  it('reads `依申请政府公开信息` (real: 钦州市华侨投资区 2022)', () => {
    expect(slips('2022年度我单位未有依申请政府公开信息;未有政府信息公开申请行政复议。')).toEqual([
      '依申请政府公开信息→依申请公开政府信息:swapped',
    ]);
  });
  it('leaves the government’s published information alone (real: 平潭 2019–2023, 平江县梅仙镇 2023)', () => {
    for (const text of [
      '及时主动在“中国平潭网”上公布政府公开信息;坚持“上网不涉密,涉密不上网”。',
      '每月按时报送政府公开信息台账,每季度按时报送政府信息公开工作情况。',
      '为切实扩大政府公开信息覆盖面,我镇通过宣传牌、公示栏等方式公开。',
      '2020年报送区档案馆和区图书馆政府公开信息141份。',
    ])
      expect(slips(text)).toEqual([]);
  });
});

describe('`政府信息工作`, 公开 lost', () => {
  it('is read (real: 方正县大罗密镇 2023, 平潭金井片区 2022)', () => {
    expect(slips('确定镇党政办作为政府信息工作主要部门,设立政府信息公开专栏。')).toEqual([
      '政府信息工作→政府信息公开工作:lost',
    ]);
    expect(slips('金井片区管理局高度重视政府信息工作,切实落实“一把手亲自抓”。')).toEqual([
      '政府信息工作→政府信息公开工作:lost',
    ]);
  });
  it('leaves the work of publishing 政府信息 and a noun 工作 opens alone (real: 杨村镇 2024, 平潭 2020, 荫子镇 2022)', () => {
    for (const text of [
      '认真做好依申请公开政府信息工作,全年未产生行政复议和行政诉讼。',
      '县机关事务管理局在主动公开政府信息工作中,主要采取网上公布。',
      '使广大群众及时了解到我局政府信息工作动态和社会发展情况。',
      '具体负责政府信息工作内容维护、组织协调等方面工作。',
      '有力的提高了政府信息工作人员的业务素质。',
    ])
      expect(slips(text)).toEqual([]);
  });
});

describe('a reason of 表三 cut short, a share without its name, a connective doubled', () => {
  it('reads `其他法律行政` before a count (real: 鄂州市人民政府办公室 2022)', () => {
    expect(
      slips('收到申请21件,其中予以公开17件,其他法律行政1件,属于三类内部事务信息1件。'),
    ).toEqual(['其他法律行政→其他法律行政法规禁止公开:lost']);
    expect(slips('其他法律行政法规禁止公开0件。')).toEqual([]);
  });
  it('reads `办件100%` (real: 弥勒市五山乡 2021)', () => {
    expect(slips('通过政务“12345”平台回复办件4件,办件100%,都得到群众满意。')).toEqual([
      ',办件100%→,办结率100%:lost',
    ]);
    for (const text of ['回复办件4件,办结率100%。', '共接到依申请公开办件0件。'])
      expect(slips(text)).toEqual([]);
  });
  it('reads `其中,其中` (real: 定安县龙河镇 2020), not a slogan repeating its words', () => {
    expect(slips('主动公开信息共7件,其中,其中人事信息公开3件,常规性信息4件。')).toEqual([
      '其中,其中→其中:doubled',
    ]);
    for (const text of [
      '始终坚持以“干事、干事、干成事”的担当推进工作。',
      '其中,人事信息公开3件;同时,及时更新。',
    ])
      expect(slips(text)).toEqual([]);
  });
  it('reads a well-known miswriting (real: 吉林市丰满区民政局 2021)', () => {
    expect(slips('领导小组对信息公开工作进行整体规划和布署。')).toEqual(['布署→部署:replaced']);
    expect(slips('领导小组对信息公开工作进行研究部署。')).toEqual([]);
  });
});

describe('`未收到政府信息公开型案件` (real: 临潼区何寨街道 2025)', () => {
  const overview =
    '(一)主动公开信息情况\n本年度,我街道累计主动发布各类信息170余条。\n(二)依申请公开情况。2025年,未收到政府信息公开型案件。\n(三)政府信息管理\n严格执行信息发布“三审三校”制度。';
  it('is said once, as the wording, not as an item off its heading', () => {
    expect(slips('2025年,未收到政府信息公开型案件。')).toEqual([
      '政府信息公开型案件→政府信息公开申请:worded',
    ]);
    const found = keys(withOverview(overview, 2025));
    expect(found).toContain('phrase-garbled:overview');
    expect(found).not.toContain('overview-item-off-topic:overview');
    expect(messageOf(withOverview(overview, 2025), 'phrase-garbled:overview')).toBe(
      '文中“政府信息公开型案件”疑为“政府信息公开申请”（用词不当），请核对',
    );
  });
  it('keeps saying an item that tells only of 复议 (real: 甘谷县交通运输局 2022)', () => {
    expect(
      keys(
        withOverview(
          overview.replace(
            '未收到政府信息公开型案件',
            '未收到政府信息公开方面的行政复议和行政诉讼',
          ),
          2025,
        ),
      ),
    ).toContain('overview-item-off-topic:overview');
  });
});

describe('the report named by `制定…` (real: 鸭园镇 2025)', () => {
  it('reads the short name it presents', () => {
    const preface =
      '根据《中华人民共和国政府信息公开条例》(以下简称《条例》)规定,结合工作实际,制定二道江区鸭园镇2025年度信息公开工作报告。';
    expect(shortReportNames(preface)).toEqual([{ name: '信息公开工作报告', year: 2025 }]);
    expect(messageOf(withPreface(preface, 2025), 'report-name-garbled:meta')).toContain('缺“政府”');
    expect(
      shortReportNames('结合工作实际,制定二道江区鸭园镇2025年度政府信息公开工作年度报告。'),
    ).toEqual([]);
  });
});

describe('an angle-bracketed title’s rest at a paragraph’s end (real: 宝力根花苏木 2025)', () => {
  it('is read as a stray closer', () => {
    expect(strayCloser('中华人民共和国政府信息公开工作年度报告格式>')).toBe(
      '信息公开工作年度报告格式>',
    );
  });
  it('leaves a title closed, a breadcrumb and a share alone', () => {
    for (const sentence of [
      '《国务院办公厅政府信息与政务公开办公室关于印发 <中华人民共和国政府信息公开工作年度报告格式> 的通知》',
      '当前位置:首页> 政务公开> 最新文件',
      '您当前的位置: 首页> 政务公开> 政府信息公开年报> 街道 > 翠云街道',
      '满意度>95%',
    ])
      expect(strayCloser(sentence)).toBeNull();
  });
});
