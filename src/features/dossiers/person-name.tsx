import { useTranslation } from 'react-i18next';
import type { UnregisteredPerson } from '../../db/dossier-types';
import { useSession } from '../../lib/session';
import { useCitizen } from './use-dossiers';

/** The name behind a person answer: a registered citizen, or someone named only in this dossier. */
export function PersonName({ id, persons }: { id: string; persons: Readonly<Record<string, UnregisteredPerson>> }) {
  const { t } = useTranslation('dossier');
  const user = useSession((s) => s.user)!;
  const named = persons[id];
  // On a citizen's own phone the account holder is a person answer too, with no citizen record there.
  const self = user.role === 'citizen' && id === user.userId;
  const citizen = useCitizen(user.userId, named || self ? undefined : id);
  if (self) return <span lang="vi">{user.displayName}</span>;
  if (named) return <span lang="vi">{named.fullName} <span className="field-hint">({t('person.notRegistered')})</span></span>;
  if (citizen === undefined) return <span>…</span>;
  return citizen ? <span lang="vi">{citizen.data.fullName}</span> : <span>{t('person.unknown')}</span>;
}
