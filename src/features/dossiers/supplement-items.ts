import type { Procedure } from '../../domain/catalog/catalog-types';

/** One paper an officer asked for, and where its photos go in the dossier's documents. */
export type SupplementItem = { documentId: string; labelKey?: string; text: string };

/**
 * The officer's list, as the field photographs it: an item naming a document of the procedure goes to that
 * document (and reads as its label); anything written in goes to a document of its own, `supplement-<n>`.
 */
export function supplementItems(missing: unknown, procedure: Procedure | undefined): SupplementItem[] {
  if (!Array.isArray(missing)) return [];
  return missing
    .filter((item): item is string => typeof item === 'string' && item.trim() !== '')
    .map((item, index) => {
      const requirement = procedure?.documents.find((d) => d.id === item);
      return requirement ? { documentId: requirement.id, labelKey: requirement.labelKey, text: item } : { documentId: `supplement-${index + 1}`, text: item };
    });
}
