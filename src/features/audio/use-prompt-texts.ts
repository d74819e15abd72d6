import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listLanguagePrompts, type StoredAudioPrompt } from '../../db/audio-prompts';
import { getDatabase } from '../../db/database';
import type { SourceIndex } from '../../domain/i18n/source-messages';
import { foldDiacritics } from '../../domain/text/normalize';
import { loadSourceIndex } from '../../lib/i18n';

export type PromptText = {
  /** The key as `t()` and the server take it: `citizen:form.fullName`. */
  id: string;
  namespace: string;
  source: string;
  /** The text in the chosen language, when that language's pack has it (else the screen shows Vietnamese). */
  translation?: string;
  prompt?: StoredAudioPrompt;
};

/** At most this many rows are drawn: a cheap phone lists 800 texts slowly, and a search finds the one wanted. */
export const SHOWN_ROWS = 30;

/** Every text of the app with its Vietnamese source, its translation in `language` and its recording on this device. */
export function usePromptTexts(language: string, namespace: string, query: string) {
  const { i18n } = useTranslation();
  const [source, setSource] = useState<SourceIndex>();
  const [loadedLanguage, setLoadedLanguage] = useState<string>();
  useEffect(() => {
    void loadSourceIndex().then(setSource);
  }, []);
  useEffect(() => {
    let live = true;
    void i18n.loadLanguages(language).then(() => live && setLoadedLanguage(language));
    return () => {
      live = false;
    };
  }, [i18n, language]);
  const prompts = useLiveQuery(() => listLanguagePrompts(getDatabase(), language), [language]);

  const all = useMemo((): PromptText[] | undefined => {
    if (!source || !prompts || loadedLanguage !== language) return undefined;
    const byId = new Map(prompts.map((p) => [p.key, p]));
    return source.messages.map((message) => {
      const id = `${message.namespace}:${message.base}`;
      const stored = i18n.getResource(language, message.namespace, message.plural ? `${message.base}_other` : message.base) as unknown;
      return {
        id, namespace: message.namespace, source: message.text,
        translation: language !== 'vi' && typeof stored === 'string' ? stored : undefined, prompt: byId.get(id),
      };
    });
  }, [source, prompts, loadedLanguage, language, i18n]);

  const matching = useMemo(() => {
    const words = foldDiacritics(query).split(/\s+/).filter(Boolean);
    return all?.filter((row) => (namespace === '' || row.namespace === namespace)
      && words.every((w) => foldDiacritics(`${row.id} ${row.source} ${row.translation ?? ''}`).includes(w)));
  }, [all, namespace, query]);

  const namespaces = useMemo(() => [...new Set(source?.messages.map((m) => m.namespace))], [source]);
  return {
    rows: matching?.slice(0, SHOWN_ROWS),
    matched: matching?.length ?? 0,
    total: all?.length ?? 0,
    recorded: all?.filter((row) => row.prompt && row.prompt.state !== 'delete').length ?? 0,
    namespaces,
  };
}
