import type { Procedure } from '../../domain/catalog/catalog-types';
import { Link } from './link';
import { Pictogram } from './pictogram';
import { useProcedureText } from './procedure-text';

/** A procedure as a big pictogram tile: a link (public pages) or a button (choosing one for a dossier). */
export function ProcedureTile({ procedure, href, onSelect }: { procedure: Procedure; href?: string; onSelect?: () => void }) {
  const text = useProcedureText();
  const content = (
    <>
      <Pictogram name={procedure.pictogram} size={48} />
      <span>{text.name(procedure)}</span>{' '}
      <span className="tile-code">{procedure.code}</span>
    </>
  );
  if (href) return <Link href={href} className="tile procedure-tile" data-procedure={procedure.code}>{content}</Link>;
  return <button type="button" className="tile procedure-tile" data-procedure={procedure.code} onClick={onSelect}>{content}</button>;
}
