import { describe, expect, it } from 'vitest';
import { renderPage } from '../../testing/render-page';
import { emptyRegistrationForm, type RegistrationForm } from './registration-form';
import { AddressSection } from './address-section';
import { ConsentSection } from './consent-section';
import { ContactSection } from './contact-section';
import { IdentitySection } from './identity-section';
import { PhotosSection } from './photos-section';
import { SECTION_FIELDS } from './memo-sections';
import type { SectionProps } from './section-props';

const emptyForm = () => emptyRegistrationForm({ provinceCode: '38', communeCode: '14923', language: 'vi' });

/** Filled (so conditional parts render), and empty (so `a || b` reads b too). */
function forms(): RegistrationForm[] {
  const filled: RegistrationForm = {
    ...emptyForm(),
    fullName: 'Hà Thị Xuân', birthMode: 'year', birthYear: '1995', sex: 'female', ethnicityCode: '03', citizenId: '038195012345',
    oldIdNumber: '123456789', phone: '0912345678', phoneOwner: 'own', villageId: 'village-1',
  };
  filled.consent.method = 'witness';
  return [filled, emptyForm()];
}

/** A form that records every top-level field a section reads. */
const recording = (form: RegistrationForm, read: Set<string>): RegistrationForm =>
  new Proxy(form, { get: (target, key, receiver) => { if (typeof key === 'string') read.add(key); return Reflect.get(target, key, receiver) as unknown; } });

const sections = [
  ['identity', IdentitySection],
  ['contact', ContactSection],
  ['address', AddressSection],
  ['photos', PhotosSection],
  ['consent', ConsentSection],
] as const;

describe('memoized registration sections', () => {
  it.each(sections)('the %s section reads only the fields it is re-rendered for', async (name, Section) => {
    const read = new Set<string>();
    for (const form of forms()) {
      const props: SectionProps = { form: recording(form, read), update: () => {}, errorFor: () => undefined, ownerUserId: 'staff-1' };
      const { unmount } = await renderPage(<Section {...props} />);
      unmount();
    }
    expect(read.size).toBeGreaterThan(0);
    const declared: readonly string[] = SECTION_FIELDS[name];
    expect([...read].filter((field) => !declared.includes(field))).toEqual([]);
  });
});
