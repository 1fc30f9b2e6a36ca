import { describe, expect, it } from 'vitest';
import { importedReport, realText } from '@/testing/checked-reports';
import { agencyInPreface } from './read-meta';

// Misses of the importer at the measure of 1949–1993 mended after it (stop 51, the lead's): fields not
// read as the gatherers wrote them. The texts are the corpus's own.

const meta = (text: string) => importedReport(text).meta;

describe('a bare 管委会 named in the preface', () => {
  it('is no agency (real: 唐山高新区 2022, `编制管委会2022年度…报告`)', () => {
    expect(
      agencyInPreface(
        '根据《中华人民共和国政府信息公开条例》和省市关于政府信息公开的有关要求,编制管委会2022年度政府信息公开工作报告。',
      ),
    ).toBeNull();
    expect(meta(realText('1953-tangshan-gxq-2022.txt')).agencyName).toBe('');
  });

  it('still reads a zone’s 管委会 with its place', () => {
    expect(
      agencyInPreface('编制唐山高新技术产业开发区管委会2022年度政府信息公开工作年度报告。'),
    ).toBe('唐山高新技术产业开发区管委会');
  });
});

describe('a breadcrumb ending in the title, the title again below', () => {
  it('takes the title’s own line (real: 梅州市人社局 2023)', () => {
    expect(meta(realText('1967-meizhou-rsj-2023.txt')).agencyName).toBe(
      '梅州市人力资源和社会保障局',
    );
  });

  it('keeps a title line with spaces where no line repeats it', () => {
    const text =
      '梅州市人力资源和社会保障局 2023年度政府信息公开工作年度报告\n根据《中华人民共和国政府信息公开条例》规定,现公布本报告。\n一、总体情况\n2023年,我局主动公开政府信息120条。';
    expect(meta(text).agencyName).toBe('梅州市人力资源和社会保障局');
  });
});
