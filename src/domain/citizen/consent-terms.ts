// What a person is asked to consent to, as codes; the texts read to them live in
// locales/<lang>/reference.json under `consent.purpose.<code>` and `consent.category.<code>`.
// Consent is given per purpose, explicitly (../shared/reference/data-protection.md).

export const CONSENT_PURPOSES = [
  /** Prepare and submit administrative procedures on the person's behalf. */
  'dossierProcessing',
  /** Send the dossier and its data to the agency that decides it (commune People's Committee, police). */
  'shareWithAgencies',
  /** Keep the person in the commune's register so staff can help them next time without asking again. */
  'communeRegister',
  /** Call or text the person (or the phone they share) about their dossier. */
  'contactByPhone',
  /** Keep photos of the ID card, which are sensitive data. */
  'idPhotoStorage',
] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];

/**
 * Data categories the notice names. ID-card images are sensitive (data-protection.md); so are ethnic
 * origin and health data under Decree 13/2023/NĐ-CP art. 2(4), kept by Law 91/2025/QH15 (not in the
 * reference file: verify against the law's final text).
 */
export const DATA_CATEGORIES = {
  identity: { sensitive: false },
  idNumbers: { sensitive: false },
  address: { sensitive: false },
  contact: { sensitive: false },
  portrait: { sensitive: false },
  ethnicity: { sensitive: true },
  idCardImages: { sensitive: true },
  health: { sensitive: true },
} as const satisfies Record<string, { sensitive: boolean }>;
export type DataCategory = keyof typeof DATA_CATEGORIES;
export const DATA_CATEGORY_CODES = Object.keys(DATA_CATEGORIES) as [DataCategory, ...DataCategory[]];

export function isSensitiveCategory(category: DataCategory): boolean {
  return DATA_CATEGORIES[category].sensitive;
}

/** Purposes that only make sense if the notice named a category. */
export const PURPOSE_REQUIRES_CATEGORY: Partial<Record<ConsentPurpose, DataCategory>> = {
  idPhotoStorage: 'idCardImages',
  contactByPhone: 'contact',
};

export const NOTICE_MODES = ['shown', 'readAloud', 'audioPlayed'] as const;
/** Tick comes from the reference (a citizen on their own phone); a witness stands in when the person cannot sign. */
export const CONSENT_METHODS = ['signature', 'thumbprint', 'witness', 'tick'] as const;
export const REPRESENTATIVE_RELATIONSHIPS = ['parent', 'guardian', 'other'] as const;
