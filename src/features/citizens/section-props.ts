import type { RegistrationForm } from './registration-form';

export type SectionProps = {
  form: RegistrationForm;
  update: (change: (current: RegistrationForm) => RegistrationForm) => void;
  errorFor: (...paths: string[]) => string | undefined;
  ownerUserId: string;
};
