import { z } from 'zod';
import { toHalfWidthDigits } from '@/domain/format/text';

/** The report year a clerk may start a draft for: 2019 (the first format) to this year. */
export function reportYearSchema(today: Date = new Date()) {
  const max = today.getFullYear();
  const message = `请填写年报所报告的年度（2019 至 ${today.getFullYear()} 之间的四位数字）。`;
  return z
    .string()
    .transform((text) => toHalfWidthDigits(text).trim())
    .pipe(
      z
        .string()
        .regex(/^\d{4}$/, message)
        .transform(Number)
        .pipe(z.number().int().min(2019, message).max(max, message)),
    );
}

/** The year as a number, or the Chinese message saying why it cannot be taken. */
export function parseReportYear(text: string, today: Date = new Date()): number | string {
  const result = reportYearSchema(today).safeParse(text);
  return result.success ? result.data : (result.error.issues[0]?.message ?? '年度无效');
}
