import type { Procedure } from '../../domain/catalog/catalog-types';
import { foldDiacritics } from '../../domain/text/normalize';

/**
 * Procedures whose texts contain every word of the query, tones and case ignored: "dang ky khai sinh",
 * typed on a keyboard without Vietnamese input, finds "Đăng ký khai sinh". Codes match too.
 */
export function filterProcedures(procedures: readonly Procedure[], query: string, textsOf: (procedure: Procedure) => string[]): Procedure[] {
  const words = foldDiacritics(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...procedures];
  return procedures.filter((procedure) => {
    const haystack = foldDiacritics([procedure.code, ...textsOf(procedure)].join(' '));
    return words.every((word) => haystack.includes(word));
  });
}
