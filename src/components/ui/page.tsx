import type { ReactNode } from 'react';
import { Pictogram } from './pictogram';

/** One screen: a heading (focus target for screen readers after navigation) and its content. */
export function Page({ title, icon, speaker, actions, children }: { title: string; icon?: string; speaker?: ReactNode; actions?: ReactNode; children: ReactNode }) {
  return (
    <section className="page" aria-labelledby="page-title">
      <header className="page-header">
        {icon ? <Pictogram name={icon} size={32} className="page-icon" /> : null}
        <h1 id="page-title" tabIndex={-1}>{title}</h1>
        {speaker}
        {actions ? <div className="page-actions">{actions}</div> : null}
      </header>
      {children}
    </section>
  );
}
