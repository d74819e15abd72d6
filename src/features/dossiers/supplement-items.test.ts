import { describe, expect, it } from 'vitest';
import { procedure } from '../../domain/catalog/catalog-fixtures';
import { supplementItems } from './supplement-items';

describe('supplementItems', () => {
  it('files a named document under its id and anything written in under its own', () => {
    const birth = procedure('1.001193');
    const documentId = birth.documents.find((d) => !d.generated)!.id;
    expect(supplementItems([documentId, 'Giấy xác nhận của trưởng thôn', ' '], birth)).toEqual([
      { documentId, labelKey: birth.documents.find((d) => d.id === documentId)!.labelKey, text: documentId },
      { documentId: 'supplement-2', text: 'Giấy xác nhận của trưởng thôn' },
    ]);
    expect(supplementItems(null, birth)).toEqual([]);
  });
});
