import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldError } from '../../domain/validation/field-errors';

/**
 * Looks up the translated error of a field path ("address.communeCode") — what to do, in the user's language.
 * The same function until the errors or the language change, so memoized form sections skip re-rendering.
 */
export function useFormErrors(errors: FieldError[] | undefined) {
  const { t } = useTranslation('errors');
  return useCallback((...paths: string[]): string | undefined => {
    const error = errors?.find((e) => paths.some((p) => e.path === p || e.path.startsWith(`${p}.`)));
    return error ? t(error.code, { ...error.params, defaultValue: t('common.invalid') }) : undefined;
  }, [errors, t]);
}
