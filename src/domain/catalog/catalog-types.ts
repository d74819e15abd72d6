import type { IsoDate } from '../calendar/dates';

// The procedure catalog is versioned data (../shared/reference/procedures.md: "keep every figure as
// catalog data, never in code"). Every text is an i18n key into locales/<lang>/catalog.json; keys of
// procedure texts start with `procedure.<code with dots replaced by underscores>`.

export type AnswerValue = string | number | boolean | readonly string[] | null;
export type Answers = Readonly<Record<string, AnswerValue>>;

/** Facts about the applicant or the dossier, known from the citizen record or the channel. */
export type Fact =
  | 'ethnicMinority' | 'disadvantagedArea' | 'poorHousehold' | 'nearPoorHousehold' | 'disabled'
  | 'meritFamily' | 'child' | 'elderly';

export type Condition =
  | { field: string; equals: string | number | boolean }
  | { field: string; in: readonly (string | number)[] }
  | { field: string; answered: boolean }
  /** A date answer at most `withinDays` days before today (and not in the future). */
  | { field: string; withinDays: number }
  | { fact: Fact }
  | { all: readonly Condition[] }
  | { any: readonly Condition[] }
  | { not: Condition };

export type EvalContext = { answers: Answers; today: IsoDate; facts?: Partial<Record<Fact, boolean>> };

type FieldBase = {
  id: string;
  labelKey: string;
  helpKey?: string;
  required: boolean | Condition;
  visibleWhen?: Condition;
};

export type TextField = FieldBase & {
  type: 'text';
  minLength?: number;
  maxLength?: number;
  format?: 'personName' | 'citizenId' | 'phone';
};
export type DateField = FieldBase & {
  type: 'date';
  notAfterToday?: boolean;
  notBefore?: IsoDate;
  /** A warning, not an error: e.g. a birth registered more than 60 days later is a late registration. */
  warnAfterDays?: { days: number; code: string };
};
export type NumberField = FieldBase & { type: 'number'; min?: number; max?: number; integer?: boolean };
export type ChoiceOption = { value: string; labelKey: string };
export type ChoiceField = FieldBase & { type: 'choice'; multiple?: boolean } & (
    | { options: readonly ChoiceOption[] }
    /** Options from reference data (names in reference.json), e.g. the 54 ethnic groups. */
    | { optionSet: 'ethnicity' }
  );
export type PersonRole = 'applicant' | 'subject' | 'child' | 'father' | 'mother' | 'spouse' | 'deceased' | 'householdHead';
/** Another person, by the id of their citizen record. */
export type PersonRefField = FieldBase & { type: 'personRef'; role: PersonRole; differentFrom?: readonly string[] };
export type FormField = TextField | DateField | NumberField | ChoiceField | PersonRefField;
export type FieldType = FormField['type'];

export type DocumentRequirement = {
  id: string;
  labelKey: string;
  helpKey?: string;
  /** `present`: shown to the officer at the desk, not kept (xuất trình). */
  form: 'original' | 'copy' | 'originalOrCopy' | 'present';
  count: number;
  required: boolean;
  when?: Condition;
  /** Filled in by the app from the answers (the request form): nothing to photograph. */
  generated?: boolean;
  /** Personal data of a sensitive kind (ID cards, medical papers): ../shared/reference/data-protection.md. */
  sensitive?: boolean;
};

export type FeeExemption = { key: string; appliesWhen: Condition; verified?: false };
export type FeeRule = {
  /** VND. null: set by the provincial People's Council, look it up locally. */
  amounts: { inPerson: number | null; online?: number | null };
  exemptions: readonly FeeExemption[];
  noteKey?: string;
  verified: boolean;
};

export type ProcessingTime = {
  /** Statutory time in working days; 0 = same day; null = not known yet. */
  workingDays: number | null;
  /** Longer limit when checks are needed (marriage: up to 5 working days). */
  extendedWorkingDays?: number;
  /** A same-day dossier received at or after this time ('HH:MM') is due the next working day. */
  sameDayCutoff?: { time: string; verified: boolean };
  verified: boolean;
};

export type Procedure = {
  code: string;
  i18nKey: string;
  sector: 'civilStatus' | 'residence' | 'socialProtection';
  handlingLevel: 'commune';
  pictogram: string;
  /** False while the code itself or any figure is UNVERIFIED in the reference. */
  verified: boolean;
  fields: readonly FormField[];
  documents: readonly DocumentRequirement[];
  fee: FeeRule;
  processing: ProcessingTime;
  resultAt: 'communeOneStop' | 'communePolice';
};

export type Catalog = { version: string; procedures: readonly Procedure[] };
