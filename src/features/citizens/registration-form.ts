import type { CitizenInput } from '../../domain/citizen/citizen-schema';
import type { ConsentPurpose, DataCategory } from '../../domain/citizen/consent-terms';
import { CONSENT_PURPOSES } from '../../domain/citizen/consent-terms';
import type { AttachmentRef } from '../../domain/citizen/attachment-ref';

/** What the registration screen edits: strings as typed, so a half-filled form can be saved as a draft. */
export type RegistrationForm = {
  id: string;
  fullName: string;
  birthMode: 'date' | 'year';
  birthDate: string;
  birthYear: string;
  sex: '' | 'male' | 'female';
  ethnicityCode: string;
  citizenId: string;
  oldIdNumber: string;
  phone: string;
  phoneOwner: string;
  provinceCode: string;
  communeCode: string;
  villageId: string;
  preferredLanguage: string;
  photos: { idFront?: AttachmentRef; idBack?: AttachmentRef; portrait?: AttachmentRef };
  consent: {
    decisions: Partial<Record<ConsentPurpose, 'accepted' | 'declined'>>;
    noticeLanguage: string;
    noticeModes: Array<'shown' | 'readAloud' | 'audioPlayed'>;
    method: '' | 'signature' | 'thumbprint' | 'witness';
    signatureImage?: AttachmentRef;
    witnessName: string;
    representativeName: string;
    representativeRelationship: '' | 'parent' | 'guardian' | 'other';
  };
};

/** Version of the consent notice text shown (locales/*\/citizen.json `consent.notice`); printed with the record. */
export const CONSENT_NOTICE_VERSION = '2026.11';

export function emptyRegistrationForm(defaults: { provinceCode?: string; communeCode?: string; language: string }): RegistrationForm {
  return {
    id: crypto.randomUUID(),
    fullName: '', birthMode: 'date', birthDate: '', birthYear: '', sex: '', ethnicityCode: '', citizenId: '', oldIdNumber: '',
    phone: '', phoneOwner: '', provinceCode: defaults.provinceCode ?? '', communeCode: defaults.communeCode ?? '', villageId: '',
    preferredLanguage: defaults.language, photos: {},
    consent: { decisions: {}, noticeLanguage: defaults.language, noticeModes: [], method: '', witnessName: '', representativeName: '', representativeRelationship: '' },
  };
}

/** The data categories the notice names follow from what is actually collected. */
export function collectedCategories(form: RegistrationForm): DataCategory[] {
  const categories: DataCategory[] = ['identity', 'address'];
  if (form.citizenId || form.oldIdNumber) categories.push('idNumbers');
  if (form.phone) categories.push('contact');
  if (form.ethnicityCode) categories.push('ethnicity');
  if (form.photos.portrait) categories.push('portrait');
  if (form.photos.idFront || form.photos.idBack) categories.push('idCardImages');
  return categories;
}

/** Turns the form into the record the shared schema validates; empty strings mean "not given". */
export function toCitizenInput(form: RegistrationForm, staffUserId: string, now = new Date()): CitizenInput {
  const { consent } = form;
  const purposes = CONSENT_PURPOSES.filter((p) => consent.decisions[p]).map((purpose) => ({ purpose, decision: consent.decisions[purpose]! }));
  const categories = collectedCategories(form);
  // A purpose that needs a category (ID photos, phone) names it in the notice even before the photo is taken.
  if (consent.decisions.idPhotoStorage === 'accepted' && !categories.includes('idCardImages')) categories.push('idCardImages');
  if (consent.decisions.contactByPhone === 'accepted' && !categories.includes('contact')) categories.push('contact');
  const input: Record<string, unknown> = {
    id: form.id,
    // An empty required field reads "not filled in yet", not "too short".
    fullName: form.fullName.trim() === '' ? undefined : form.fullName,
    sex: form.sex || undefined,
    ethnicityCode: form.ethnicityCode || undefined,
    citizenId: form.citizenId,
    oldIdNumber: form.oldIdNumber,
    phone: form.phone,
    phoneOwner: form.phoneOwner,
    address: { provinceCode: form.provinceCode, communeCode: form.communeCode, ...(form.villageId ? { villageId: form.villageId } : {}) },
    preferredLanguage: form.preferredLanguage,
    photos: form.photos,
    consent: {
      purposes,
      dataCategories: categories,
      noticeVersion: CONSENT_NOTICE_VERSION,
      noticeLanguage: consent.noticeLanguage,
      noticeModes: consent.noticeModes,
      method: consent.method || undefined,
      ...(consent.signatureImage && consent.method !== 'witness' ? { signatureImage: consent.signatureImage } : {}),
      ...(consent.method === 'witness' && consent.witnessName ? { witnessName: consent.witnessName } : {}),
      ...(consent.representativeName
        ? { representative: { fullName: consent.representativeName, relationship: consent.representativeRelationship || 'other' } }
        : {}),
      staffUserId,
      recordedAt: now.toISOString(),
    },
  };
  if (form.birthMode === 'date') input.birthDate = form.birthDate;
  else input.birthYear = form.birthYear.trim() === '' ? undefined : Number(form.birthYear);
  return input as CitizenInput;
}
