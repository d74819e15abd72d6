import { useTranslation } from 'react-i18next';
import { ethnicityNameKey } from '../../domain/citizen/ethnicities';
import type { Citizen } from '../../domain/citizen/citizen-schema';

/** The identifying facts of a person, as a definition list. */
export function CitizenFacts({ citizen }: { citizen: Citizen }) {
  const { t } = useTranslation('citizen');
  const birth = citizen.birthDate ?? (citizen.birthYear === undefined ? '—' : String(citizen.birthYear));
  return (
    <dl className="facts">
      <dt>{t('form.fullName')}</dt><dd lang="vi">{citizen.fullName}</dd>
      <dt>{t('form.birth')}</dt><dd>{birth}</dd>
      <dt>{t('form.sex')}</dt><dd>{t(`form.${citizen.sex}`)}</dd>
      <dt>{t('form.ethnicity')}</dt><dd>{t(`reference:${ethnicityNameKey(citizen.ethnicityCode)}`)}</dd>
      <dt>{t('form.citizenId')}</dt><dd>{citizen.citizenId ?? '—'}</dd>
      <dt>{t('form.phone')}</dt><dd>{citizen.phone ?? '—'}</dd>
    </dl>
  );
}
