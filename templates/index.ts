import type { FormatId, FormatTemplate } from '../src/domain/template/types';
import { format2019 } from './format-2019';
import { format2021 } from './format-2021';

/** Every format the app knows, newest last. Adding a format means adding a file and a line here. */
export const formats: readonly FormatTemplate[] = [format2019, format2021];

export const formatsById: Readonly<Record<FormatId, FormatTemplate>> = {
  '2019': format2019,
  '2021': format2021,
};
