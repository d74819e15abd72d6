import { todayInVietnam } from '../calendar/dates';
import type { Answers, EvalContext, Procedure } from './catalog-types';
import { evaluateCondition } from './conditions';
import { answerContext } from './visible-fields';

// The fee to tell the citizen before they come: the first exemption that applies wins (they all mean
// "free"); otherwise the amount for the channel. Amounts are data (../shared/reference/procedures.md).

export type FeeContext = {
  channel: 'inPerson' | 'online';
  answers?: Answers;
  facts?: EvalContext['facts'];
  today?: string;
};

/** `amount` null: set by the provincial council, not in the catalog. `verified` false: check before quoting it. */
export type ApplicableFee = { amount: number | null; exemptionKey?: string; verified: boolean };

export function applicableFee(procedure: Procedure, feeContext: FeeContext): ApplicableFee {
  const today = feeContext.today ?? todayInVietnam();
  const { context } = answerContext(procedure, feeContext.answers ?? {}, { today, facts: feeContext.facts });
  const { fee } = procedure;
  const exemption = fee.exemptions.find((e) => evaluateCondition(e.appliesWhen, context));
  if (exemption) return { amount: 0, exemptionKey: exemption.key, verified: fee.verified && exemption.verified !== false };
  const amount = feeContext.channel === 'online' && fee.amounts.online !== undefined ? fee.amounts.online : fee.amounts.inPerson;
  return { amount, verified: fee.verified };
}
