import type { DossierDraft } from '../../db/dossier-types';
import type { Procedure } from '../../domain/catalog/catalog-types';
import type { AnswerOptions } from '../../domain/catalog/visible-fields';
import type { CitizenEntry } from './use-dossiers';

/**
 * Whom the dossier is for, as the steps need it: a citizen record on a staff tablet, or on a citizen's own
 * phone the account holder (issue 7 §7), who has no record there.
 */
export type Applicant = Pick<CitizenEntry, 'id' | 'communeCode'> & { data: Pick<CitizenEntry['data'], 'fullName'> & Partial<Pick<CitizenEntry['data'], 'preferredLanguage'>> };

/** What the form and review steps share: the draft, how to change it, and whom and what it is for. */
export type DraftStepProps = {
  draft: DossierDraft;
  update: (change: (d: DossierDraft) => DossierDraft) => void;
  flush: () => Promise<void>;
  procedure: Procedure;
  citizen: Applicant;
  ownerUserId: string;
  /** Today in Vietnam and the citizen's facts (fee exemptions), for every domain rule. */
  options: Required<Pick<AnswerOptions, 'today'>> & Pick<AnswerOptions, 'facts'>;
};
