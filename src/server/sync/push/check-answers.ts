import { CATALOG, CATALOG_VERSION, findProcedure } from '../../../domain/catalog/catalog-data';
import type { Answers } from '../../../domain/catalog/catalog-types';
import { validateAnswers } from '../../../domain/catalog/validate-answers';

/**
 * The procedure's field rules, with the catalog version the device used. The server checks only answers
 * made with the catalog it has: an older device's answers were checked on the device with its own catalog,
 * and refusing them here would strand a dossier the citizen has already handed in.
 */
export function checkAnswers(procedureCode: string, catalogVersion: string, answers: Answers) {
  const procedure = findProcedure(CATALOG, procedureCode);
  if (!procedure || catalogVersion !== CATALOG_VERSION) return undefined;
  const errors = validateAnswers(procedure, answers).filter((issue) => issue.severity === 'error');
  if (errors.length === 0) return undefined;
  return errors.map((e) => ({ path: `answers.${e.field}`, code: e.code, ...(e.params ? { params: e.params } : {}) }));
}
