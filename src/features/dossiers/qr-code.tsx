import { useEffect, useState } from 'react';
import { qrPath } from './qr-path';

const QUIET_ZONE = 4;

/**
 * A QR code drawn as inline SVG from the `qrcode` matrix. The library is loaded only here, on the
 * receipt, and its own renderers are not used: the SVG is built by React, so nothing is injected
 * into the page and the strict CSP holds.
 */
export function QrCode({ text, label }: { text: string; label: string }) {
  const [matrix, setMatrix] = useState<{ text: string; size: number; path: string }>();
  useEffect(() => {
    let cancelled = false;
    void import('qrcode').then(({ create }) => {
      const { modules } = create(text, { errorCorrectionLevel: 'M' });
      if (!cancelled) setMatrix({ text, size: modules.size, path: qrPath(modules.size, (r, c) => Boolean(modules.get(r, c))) });
    });
    return () => {
      cancelled = true;
    };
  }, [text]);
  if (!matrix || matrix.text !== text) return <span className="qr qr-loading" aria-hidden="true" />;
  const full = matrix.size + QUIET_ZONE * 2;
  return (
    <svg className="qr" viewBox={`0 0 ${full} ${full}`} role="img" aria-label={label} shapeRendering="crispEdges" data-testid="receipt-qr">
      <rect width={full} height={full} fill="#fff" />
      <path d={matrix.path} fill="#000" transform={`translate(${QUIET_ZONE} ${QUIET_ZONE})`} />
    </svg>
  );
}
