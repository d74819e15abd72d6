import { describe, it, expect } from 'vitest';
import viErrors from '../../../locales/vi/errors.json';
import enErrors from '../../../locales/en/errors.json';
import viCatalog from '../../../locales/vi/catalog.json';
import enCatalog from '../../../locales/en/catalog.json';
import viReference from '../../../locales/vi/reference.json';
import enReference from '../../../locales/en/reference.json';
import { HOLIDAY_YEARS } from '../calendar/holidays';
import { CATALOG } from '../catalog/catalog-data';
import { ANSWER_ERRORS } from '../catalog/validate-answers';
import { CONSENT_ERRORS } from '../citizen/consent';
import { CONSENT_METHODS, CONSENT_PURPOSES, DATA_CATEGORY_CODES, NOTICE_MODES, REPRESENTATIVE_RELATIONSHIPS } from '../citizen/consent-terms';
import { ETHNICITY_CODES } from '../citizen/ethnicities';
import { CITIZEN_ID_ERRORS } from '../citizen/id-number';
import { PHONE_ERRORS, PHONE_OWNERS } from '../citizen/phone';
import { DOSSIER_STATUSES, TRANSITION_ERRORS } from '../dossier/status-machine';
import { COMMON_ERRORS } from '../validation/field-errors';
import { flattenLocale, interpolationVariables } from './locale-keys';

// Missing translations show blanks or crash (../shared/reference/anchors.md, item 10): every code the
// domain can produce and every key the catalog names must exist in Vietnamese and English.

const NAMESPACES = {
  errors: { vi: flattenLocale(viErrors), en: flattenLocale(enErrors) },
  catalog: { vi: flattenLocale(viCatalog), en: flattenLocale(enCatalog) },
  reference: { vi: flattenLocale(viReference), en: flattenLocale(enReference) },
};

/** Error codes written in the domain's source: `error: 'x.y'`, `message: 'x.y'`, `code: 'x.y'`, `issue([…], 'x.y')`. */
function codesInSource(): string[] {
  const sources = import.meta.glob<string>(['../**/*.ts', '!../**/*.test.ts', '!../**/*-fixtures.ts'], {
    query: '?raw',
    import: 'default',
    eager: true,
  });
  const codes = new Set<string>();
  const patterns = [/(?:error|message|code):\s*'([a-zA-Z]+\.[a-zA-Z.]+)'/g, /issue\(\[[^\]]*\],\s*'([a-zA-Z]+\.[a-zA-Z.]+)'/g];
  for (const text of Object.values(sources)) for (const p of patterns) for (const m of text.matchAll(p)) codes.add(m[1]!);
  return [...codes];
}

function catalogKeys(): string[] {
  const keys = new Set<string>();
  for (const p of CATALOG.procedures) {
    keys.add(`${p.i18nKey}.name`).add(`${p.i18nKey}.description`).add(`sector.${p.sector}`).add(`resultAt.${p.resultAt}`);
    for (const f of p.fields) {
      keys.add(f.labelKey);
      if (f.helpKey) keys.add(f.helpKey);
      if (f.type === 'choice' && 'options' in f) for (const o of f.options) keys.add(o.labelKey);
    }
    for (const d of p.documents) {
      keys.add(d.labelKey).add(`documentForm.${d.form}`);
      if (d.helpKey) keys.add(d.helpKey);
    }
    if (p.fee.noteKey) keys.add(p.fee.noteKey);
    for (const e of p.fee.exemptions) keys.add(`fee.exemption.${e.key}`);
  }
  return [...keys];
}

function referenceKeys(): string[] {
  return [
    ...ETHNICITY_CODES.map((c) => `ethnicity.${c}`),
    ...PHONE_OWNERS.map((o) => `phoneOwner.${o}`),
    'sex.male', 'sex.female', 'consent.notice.rights', 'consent.notice.silence',
    ...CONSENT_PURPOSES.flatMap((p) => [`consent.purpose.${p}.title`, `consent.purpose.${p}.text`]),
    ...DATA_CATEGORY_CODES.map((c) => `consent.category.${c}`),
    ...NOTICE_MODES.map((m) => `consent.noticeMode.${m}`),
    ...CONSENT_METHODS.map((m) => `consent.method.${m}`),
    ...REPRESENTATIVE_RELATIONSHIPS.map((r) => `consent.relationship.${r}`),
    ...HOLIDAY_YEARS.flatMap((y) => y.daysOff.map((h) => `holiday.${h.kind}`)),
    ...DOSSIER_STATUSES.map((s) => `dossierStatus.${s}`),
  ];
}

describe('locale coverage', () => {
  const errorCodes = [...new Set([
    ...COMMON_ERRORS, ...CITIZEN_ID_ERRORS, ...PHONE_ERRORS, ...CONSENT_ERRORS, ...ANSWER_ERRORS, ...TRANSITION_ERRORS, ...codesInSource(),
  ])];

  it.each([
    ['errors', errorCodes],
    ['catalog', catalogKeys()],
    ['reference', referenceKeys()],
  ] as const)('has every %s key in Vietnamese and English', (ns, keys) => {
    expect(keys.length).toBeGreaterThan(10);
    for (const lang of ['vi', 'en'] as const) {
      const missing = keys.filter((k) => !NAMESPACES[ns][lang].has(k));
      expect(missing, `${lang}/${ns}.json`).toEqual([]);
    }
  });

  it('finds the codes written in the source', () => {
    expect(codesInSource()).toEqual(expect.arrayContaining(['fullName.invalidCharacters', 'birth.lateRegistration', 'photos.idPhotoNotConsented']));
  });

  it('keeps no catalog texts for fields or documents that no longer exist', () => {
    const used = new Set(catalogKeys());
    const stale = [...NAMESPACES.catalog.vi.keys()].filter((k) => k.startsWith('procedure.') && !used.has(k));
    expect(stale).toEqual([]);
  });

  it.each(Object.keys(NAMESPACES) as Array<keyof typeof NAMESPACES>)('%s: same keys and variables in both languages, NFC, none empty', (ns) => {
    const { vi, en } = NAMESPACES[ns];
    expect([...en.keys()].sort()).toEqual([...vi.keys()].sort());
    for (const [key, text] of vi) {
      expect(text.trim().length, key).toBeGreaterThan(0);
      expect(text, key).toBe(text.normalize('NFC'));
      expect(interpolationVariables(en.get(key) ?? ''), key).toEqual(interpolationVariables(text));
    }
  });
});
