import { useTranslation } from 'react-i18next';
import type { Procedure, ProcessingTime } from '../../domain/catalog/catalog-types';

/** 'YYYY-MM-DD' as the reader's language writes dates (26/11/2026), with no time zone shift. */
export function formatIsoDate(date: string, language: string): string {
  return new Intl.DateTimeFormat(language, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}

/** An instant as the date and time in Vietnam, where the commune office is. */
export function formatVietnamDateTime(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language, {
    day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Asia/Ho_Chi_Minh',
  }).format(new Date(iso));
}

/**
 * The words every screen uses for a procedure's name, time, money and dates: in the reader's language,
 * or in `language` when a paper is printed in another one (the receipt).
 */
export function useProcedureText(language?: string) {
  const { t, i18n } = useTranslation('dossier', language ? { lng: language } : undefined);
  const lang = language ?? i18n.language;
  return {
    name: (procedure: Procedure) => t(`catalog:${procedure.i18nKey}.name`),
    description: (procedure: Procedure) => t(`catalog:${procedure.i18nKey}.description`),
    /** A catalog text key, with the id as a last resort for a text a newer catalog brought without a translation. */
    catalog: (key: string, fallback?: string) => t(`catalog:${key}`, { defaultValue: fallback ?? key }),
    processing(time: ProcessingTime): string {
      if (time.workingDays === null) return t('time.unknown');
      if (time.workingDays === 0) return time.extendedWorkingDays ? t('time.sameDayOrUpTo', { count: time.extendedWorkingDays }) : t('time.sameDay');
      return t('time.workingDays', { count: time.workingDays });
    },
    money: (amount: number) => (amount === 0 ? t('fee.free') : t('fee.amount', { amount: new Intl.NumberFormat(lang).format(amount) })),
    date: (date: string) => formatIsoDate(date, lang),
    dateTime: (iso: string) => formatVietnamDateTime(iso, lang),
  };
}
