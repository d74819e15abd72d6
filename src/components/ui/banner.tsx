import type { ReactNode } from 'react';
import { Pictogram } from './pictogram';

type Tone = 'info' | 'warning' | 'danger' | 'success';
const icons: Record<Tone, string> = { info: 'info', warning: 'warning', danger: 'warning', success: 'check' };

/** A message with an icon and words, never colour alone (WCAG 1.4.1). */
export function Banner({ tone = 'info', children, actions }: { tone?: Tone; children: ReactNode; actions?: ReactNode }) {
  return (
    <div className={`banner banner-${tone}`} role={tone === 'danger' ? 'alert' : 'status'}>
      <Pictogram name={icons[tone]} />
      <div className="banner-text">{children}</div>
      {actions ? <div className="banner-actions">{actions}</div> : null}
    </div>
  );
}
