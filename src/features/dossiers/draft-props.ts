import type { DossierDraft } from '../../db/dossier-types';
import type { Procedure } from '../../domain/catalog/catalog-types';
import type { AnswerOptions } from '../../domain/catalog/visible-fields';
import type { CitizenEntry } from './use-dossiers';

/** What the form and review steps share: the draft, how to change it, and whom and what it is for. */
export type DraftStepProps = {
  draft: DossierDraft;
  update: (change: (d: DossierDraft) => DossierDraft) => void;
  flush: () => Promise<void>;
  procedure: Procedure;
  citizen: CitizenEntry;
  ownerUserId: string;
  /** Today in Vietnam and the citizen's facts (fee exemptions), for every domain rule. */
  options: Required<Pick<AnswerOptions, 'today'>> & Pick<AnswerOptions, 'facts'>;
};
