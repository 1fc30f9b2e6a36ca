import type { FormatTemplate } from './types';

/**
 * A format as the clerk reads it: a variant by its own `name` (`某省…格式`), the national
 * formats by their notice (`国办公开办函〔2021〕30号格式`).
 */
export function formatTitle(template: Pick<FormatTemplate, 'name' | 'notice'>): string {
  return template.name ?? `${template.notice.number}格式`;
}
