import { describe, expect, it } from 'vitest';
import { clean2021 } from '@templates/fixtures/format-2021/clean';
import { formatById } from '@templates/index';
import type { Report } from '../../report/types';
import { keys, messageOf, withOverview } from '@/testing/checked-reports';

/** What the texts 374–403 showed of a report's structure, mended after their measure. */

describe('a sub-heading of 总体情况 naming an area with two of its words swapped', () => {
  const yuzhong =
    '(一)主动公开。区经信委主要通过重庆市渝中区政府信息公开网站来公开政府信息。\n(二)依公开申请。依法依规办理政府信息公开申请,全年未收到申请。\n(三)政府信息管理。';
  it('is said (real: 渝中区经济信息委 2023, `(二)依公开申请`)', () => {
    expect(messageOf(withOverview(yuzhong), 'overview-subheading-garbled:overview')).toBe(
      '总体情况的小标题“(二)依公开申请”字序颠倒，应为“（二）依申请公开”，请核对',
    );
  });
  it('is not said of the area in its own words, nor of 申请公开 (a short form)', () => {
    for (const text of [
      yuzhong.replace('依公开申请', '依申请公开'),
      yuzhong.replace('依公开申请', '申请公开'),
      yuzhong.replace('依公开申请', '公开申请'),
    ])
      expect(keys(withOverview(text))).not.toContain('overview-subheading-garbled:overview');
  });
});

describe('the preface written under 一、总体情况 instead of before it', () => {
  const headed = (overview: string, preface = ''): Report => {
    const report = withOverview(overview);
    const headings = Object.fromEntries(
      formatById(report.formatId).sections.map((s) => [s.id, s.heading]),
    );
    return { ...report, source: { headings }, meta: { ...clean2021.report.meta, preface } };
  };
  const yuyang =
    '根据《中华人民共和国政府信息公开条例》及市政府办公室相关工作要求,特向社会公布渔洋镇人民政府2022年度信息公开工作年度报告,本报告所列数据的统计期限自2022年1月1日起至2022年12月31日止。\n2022年以来我镇坚持以公开为常态,不公开为例外,稳步推进了信息公开的各项工作,现将我镇工作情况报告如下:\n(一)主动公开情况\n全年主动公开信息120条。';
  it('is said on the heading (real: 渔洋镇 2022)', () => {
    expect(messageOf(headed(yuyang), 'section-heading-mismatch:overview')).toBe(
      '「一、总体情况」标题之下先写的是序言（“根据《中华人民共和国政府信息公开条例》及市政府办公室相关工作要求,特向社会公布渔…”，编制依据、统计期限）：序言应写在「一、总体情况」之前，标题之下写总体情况',
    );
  });
  it('is said with the report as the subject and its parts listed (real: 中江县 2022)', () => {
    const zhongjiang =
      '本年度报告根据《中华人民共和国政府信息公开条例》(国务院令第711号)要求,由中江县人民政府办公室组织编制。报告包括总体情况,主动公开政府信息情况,收到和处理政府信息公开申请情况,政府信息公开行政复议、行政诉讼情况,存在的主要问题及改进情况,其他需要报告的事项。\n(一)主动公开方面。2022年,中江县认真贯彻《条例》。';
    expect(keys(headed(zhongjiang))).toContain('section-heading-mismatch:overview');
  });
  it('is not said of a preface before the heading, nor of an overview opening with the year’s work', () => {
    const preface =
      '根据《中华人民共和国政府信息公开条例》要求,编制本报告。本报告中所列数据的统计期限为2023年1月1日至2023年12月31日。';
    for (const report of [
      // The preface printed before the heading (real: 渝中区经济信息委 2023), its period said
      // again under it (real: 扎格斯台苏木 2023).
      headed(yuyang.slice(yuyang.indexOf('\n') + 1), preface),
      headed(`本年报中所列数据统计期限自2023年1月1日起至2023年12月31日止。\n${yuyang}`, preface),
      // The year's work under the regulation, no report named (real: 东湖风景区市场监管局 2021),
      // and a report named but no period, parts nor contact (real: 保康县农业农村局 2021 after its preface).
      headed(
        '2021年,武汉市东湖生态旅游风景区管理委员会市场监督管理局认真贯彻落实《中华人民共和国政府信息公开条例》,以“公开为常态、不公开为例外”为原则,统计数据及时准确。\n(一)主动公开情况',
      ),
      headed(
        '根据《中华人民共和国政府信息公开条例》与县政府印发《关于做好2021年政府信息公开工作年度报告的通知》,我局认真做好年度报告编制工作。\n(一)主动公开情况',
      ),
    ])
      expect(keys(report)).not.toContain('section-heading-mismatch:overview');
  });
});

describe('the 依申请公开 item of 总体情况 saying nothing of requests', () => {
  const yangcun =
    '(一)主动公开情况\n全年主动公开信息378条。\n(二)依申请公开情况\n本年度,我镇严格按照政府信息公开要求,认真做好依申请公开政府信息工作,全年未产生行政复议和行政诉讼情况,没有收到相关工作的投诉、举报,未产生收费情况。\n(三)政府信息管理情况\n在政务公开栏及时主动公开。';
  it('is said when the next sub-heading follows (real: 杨村镇 2024)', () => {
    expect(messageOf(withOverview(yangcun), 'overview-item-off-topic:overview')).toBe(
      '总体情况的小标题“(二)依申请公开情况”下写的是“本年度,我镇严格按照政府信息公开要求,认真做好依申请公开政府信息工作,全年未产生…”：没有说本年收到和处理政府信息公开申请的情况（收到几件，或未收到申请），请补充',
    );
  });
  it('is not said of requests counted, none received, their handling told, or an item cut off', () => {
    for (const text of [
      yangcun.replace('认真做好依申请公开政府信息工作', '全年共收到政府信息公开申请3件'),
      // Real: 北街街道 2025; 东湖海事处 2023; 阜阳市经信局 2023.
      yangcun.replace('认真做好依申请公开政府信息工作', '未接到群众要求公开的信息'),
      yangcun.replace(
        '认真做好依申请公开政府信息工作',
        '海事处未收到公民、法人或其他组织政府信息公开申请件',
      ),
      yangcun.replace(
        '认真做好依申请公开政府信息工作',
        '按照规范要求开展依申请公开受理、办理、答复等环节工作',
      ),
      // The requests' outcomes told (the fixture `passes: a share of the requests answered`).
      yangcun.replace('认真做好依申请公开政府信息工作', '全年予以公开155件，占23.6%；部分公开3件'),
      // The excerpt ends inside the item.
      yangcun.slice(0, yangcun.indexOf('\n(三)')),
    ])
      expect(keys(withOverview(text))).not.toContain('overview-item-off-topic:overview');
  });
});

describe('a sub-heading of 总体情况 naming an item of the old regulation’s reports', () => {
  const jurong =
    '(一)主动公开政府信息情况\n全年主动公开264条。\n(二)依申请公开政务信息办理情况\n依申请公开政务信息数3件。\n(三)部门信息公开支出及收费情况\n未发生与诉讼(行政复议、行政诉讼及申诉)有关的费用。';
  it('is said (real: 句容市水利局 2022)', () => {
    expect(messageOf(withOverview(jurong), 'overview-item-off-topic:overview')).toBe(
      '总体情况的小标题“(三)部门信息公开支出及收费情况”是2019年条例修订前旧年报的栏目：现行格式的总体情况写主动公开、依申请公开、政府信息管理、政府信息公开平台建设、监督保障等方面，收费情况写在「六、其他需要报告的事项」中，请按现行格式改写',
    );
  });
  it('is not said of fees told in a sentence, nor of a sub-heading of the current areas', () => {
    for (const text of [
      jurong.replace('(三)部门信息公开支出及收费情况\n', ''),
      jurong.replace(
        '(三)部门信息公开支出及收费情况',
        '(三)政府信息管理情况\n本年未发生政府信息公开支出及收费情况。',
      ),
    ])
      expect(keys(withOverview(text))).not.toContain('overview-item-off-topic:overview');
  });
});
