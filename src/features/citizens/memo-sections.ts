import { memo, type ComponentType } from 'react';
import { AddressSection } from './address-section';
import { ConsentSection } from './consent-section';
import { ContactSection } from './contact-section';
import { IdentitySection } from './identity-section';
import { PhotosSection } from './photos-section';
import type { RegistrationForm } from './registration-form';
import type { SectionProps } from './section-props';

type FormKey = keyof RegistrationForm;

/**
 * The fields each section reads. A keystroke changes one field, and re-rendering the whole form for it
 * (every select's options, the consent notice, the speakers) took 50–60 ms a key at 4× CPU (issue 9 §5,
 * INP ≤ 100 ms): a section now re-renders only when one of its own fields changes.
 * memo-sections.web.test.tsx renders each section with a form that records what is read, and fails
 * when a section reads a field missing here.
 */
export const SECTION_FIELDS = {
  identity: ['fullName', 'birthMode', 'birthDate', 'birthYear', 'sex', 'ethnicityCode', 'citizenId', 'oldIdNumber'],
  contact: ['phone', 'phoneOwner', 'preferredLanguage'],
  address: ['provinceCode', 'communeCode', 'villageId'],
  photos: ['photos'],
  // The notice names the data categories collected (collectedCategories).
  consent: ['consent', 'citizenId', 'oldIdNumber', 'phone', 'ethnicityCode', 'photos'],
} as const satisfies Record<string, readonly FormKey[]>;

function memoSection(section: ComponentType<SectionProps>, fields: readonly FormKey[]) {
  return memo(section, (previous, next) =>
    previous.update === next.update && previous.errorFor === next.errorFor && previous.ownerUserId === next.ownerUserId
    && fields.every((field) => previous.form[field] === next.form[field]));
}

export const MemoIdentitySection = memoSection(IdentitySection, SECTION_FIELDS.identity);
export const MemoContactSection = memoSection(ContactSection, SECTION_FIELDS.contact);
export const MemoAddressSection = memoSection(AddressSection, SECTION_FIELDS.address);
export const MemoPhotosSection = memoSection(PhotosSection, SECTION_FIELDS.photos);
export const MemoConsentSection = memoSection(ConsentSection, SECTION_FIELDS.consent);
