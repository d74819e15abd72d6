import { useEffect, useRef, useState, type PointerEvent } from 'react';

/**
 * Draws a signature or a thumbprint mark with finger, pen or mouse; hands back a PNG.
 * Labels come from the caller (translated); the canvas is described for screen readers.
 */
export function SignaturePad({ label, clearLabel, onChange, initialUrl }: {
  label: string; clearLabel: string; onChange: (png: Blob | undefined) => void; initialUrl?: string;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const drawing = useRef(false);
  const [empty, setEmpty] = useState(!initialUrl);

  useEffect(() => {
    const element = canvas.current;
    const context = element?.getContext('2d');
    if (!element || !context) return;
    context.fillStyle = '#fff';
    context.fillRect(0, 0, element.width, element.height);
    if (initialUrl) {
      const image = new Image();
      image.onload = () => context.drawImage(image, 0, 0, element.width, element.height);
      image.src = initialUrl;
    }
  }, [initialUrl]);

  const point = (event: PointerEvent<HTMLCanvasElement>) => {
    const rect = event.currentTarget.getBoundingClientRect();
    return { x: ((event.clientX - rect.left) / rect.width) * event.currentTarget.width, y: ((event.clientY - rect.top) / rect.height) * event.currentTarget.height };
  };
  const start = (event: PointerEvent<HTMLCanvasElement>) => {
    const context = event.currentTarget.getContext('2d');
    if (!context) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    drawing.current = true;
    const { x, y } = point(event);
    context.lineWidth = 4;
    context.lineCap = 'round';
    context.lineJoin = 'round';
    context.strokeStyle = '#111';
    context.beginPath();
    context.moveTo(x, y);
  };
  const move = (event: PointerEvent<HTMLCanvasElement>) => {
    if (!drawing.current) return;
    const context = event.currentTarget.getContext('2d');
    const { x, y } = point(event);
    context?.lineTo(x, y);
    context?.stroke();
  };
  const end = (event: PointerEvent<HTMLCanvasElement>) => {
    if (!drawing.current) return;
    drawing.current = false;
    setEmpty(false);
    event.currentTarget.toBlob((blob) => onChange(blob ?? undefined), 'image/png');
  };
  const clear = () => {
    const element = canvas.current;
    const context = element?.getContext('2d');
    if (!element || !context) return;
    context.fillStyle = '#fff';
    context.fillRect(0, 0, element.width, element.height);
    setEmpty(true);
    onChange(undefined);
  };
  return (
    <div className="signature">
      <canvas ref={canvas} width={600} height={220} className="signature-canvas" role="img" aria-label={label}
        onPointerDown={start} onPointerMove={move} onPointerUp={end} onPointerCancel={end} />
      <button type="button" className="btn" onClick={clear} disabled={empty}>{clearLabel}</button>
    </div>
  );
}
