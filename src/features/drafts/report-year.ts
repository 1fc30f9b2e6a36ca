import { z } from 'zod/mini';
import { toHalfWidthDigits } from '@/domain/format/text';

/** The report year a clerk may start a draft for: 2019 (the first format) to this year. */
export function reportYearSchema(today: Date = new Date()) {
  const max = today.getFullYear();
  const message = `请填写年报所报告的年度（2019 至 ${today.getFullYear()} 之间的四位数字）。`;
  return z.pipe(
    z.pipe(
      z.string(),
      z.transform((text: string) => toHalfWidthDigits(text).trim()),
    ),
    z.pipe(
      z.pipe(z.string().check(z.regex(/^\d{4}$/, message)), z.transform(Number)),
      z.int().check(z.gte(2019, message), z.lte(max, message)),
    ),
  );
}

/** The year as a number, or the Chinese message saying why it cannot be taken. */
export function parseReportYear(text: string, today: Date = new Date()): number | string {
  const result = reportYearSchema(today).safeParse(text);
  return result.success ? result.data : (result.error.issues[0]?.message ?? '年度无效');
}
