import { describe, expect, it } from 'vitest';
import { importText } from './import-text';
import { agencyInPreface } from './read-meta';

/** What the import reads since the fixes of the measure of 989–1018 (stop 37, helper f15). */

function imported(text: string) {
  const r = importText(text);
  if (!r.ok) throw new Error(r.message);
  return r.report;
}

describe('a preface naming the report after its year, with 年度 lost', () => {
  const PREFACE =
    '根据《中华人民共和国政府信息公开条例》(以下称《条例》)《四川省政府信息公开办法》(以下简称《办法》)、《国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知》及万源市人民政府办公室《关于做好2019年政务信息公开工作年度报告编制公布工作的通知》文件精神,现将2019年庙子乡政府信息公开工作报告如下,本报告的统计数据时间自2019年1月1日起至2019年12月31日。';

  it('gives the agency (real: 庙子乡 2019)', () => {
    expect(agencyInPreface(PREFACE)).toBe('庙子乡');
    expect(
      imported(
        `${PREFACE}\n一、总体情况\n2019年,在乡党委、乡政府的正确领导下,我乡认真贯彻落实…。\n`,
      ).meta.agencyName,
    ).toBe('庙子乡');
  });

  it('reads an organisation named the same way', () => {
    expect(agencyInPreface('现将2020年度某某县交通运输局政府信息公开工作报告公布如下。')).toBe(
      '某某县交通运输局',
    );
  });

  it('still reads the forms read before', () => {
    // real: 江口镇 2021 (工作 lost), 嵊泗县发展和改革局 2020 (both printed), 河西街道 2019 (name first).
    expect(agencyInPreface('特向社会公布2021年度江口镇政府信息公开年度报告。')).toBe('江口镇');
    expect(agencyInPreface('现向社会公布2020年度嵊泗县发展和改革局信息公开工作年度报告。')).toBe(
      '嵊泗县发展和改革局',
    );
    expect(agencyInPreface('现将河西街道2019年度政府信息公开工作报告如下。')).toBe('河西街道');
  });

  it('gives none for a place alone, a generic name or no name', () => {
    // A county's or city's name alone (as 沂源县 2019's title names it) is no agency.
    expect(agencyInPreface('现将2019年沂源县政府信息公开工作报告如下。')).toBeNull();
    expect(agencyInPreface('现将2019年万源市政府信息公开工作报告如下。')).toBeNull();
    expect(agencyInPreface('现将2019年度本单位政府信息公开工作报告公布如下。')).toBeNull();
    expect(agencyInPreface('现将2019年度全县政府信息公开工作报告公布如下。')).toBeNull();
    expect(agencyInPreface('现将2019年度政府信息公开工作报告公布如下。')).toBeNull();
    expect(agencyInPreface('现将2019年政府信息公开工作报告如下。')).toBeNull();
    // A bureau named without its place is no name.
    expect(agencyInPreface('现将2021年信访局政府信息公开工作报告如下。')).toBeNull();
  });
});
