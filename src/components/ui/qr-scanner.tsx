import { useEffect, useRef, useState } from 'react';
import { createQrReader } from '../../lib/qr-scan';

/** A camera view that calls onResult once with the first QR code it reads. Labels come from the caller. */
export function QrScanner({ onResult, label, errorLabel }: { onResult: (text: string) => void; label: string; errorLabel: string }) {
  const video = useRef<HTMLVideoElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const [failed, setFailed] = useState(false);
  const done = useRef(onResult);
  done.current = onResult;

  useEffect(() => {
    let stream: MediaStream | undefined;
    let timer: ReturnType<typeof setInterval> | undefined;
    let stopped = false;
    const start = async () => {
      try {
        stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
        if (stopped || !video.current) return;
        video.current.srcObject = stream;
        await video.current.play();
        const read = await createQrReader();
        timer = setInterval(() => {
          if (!video.current || !canvas.current) return;
          void read(video.current, canvas.current).then((text) => {
            if (text && !stopped) {
              stopped = true;
              done.current(text);
            }
          });
        }, 300);
      } catch {
        setFailed(true);
      }
    };
    void start();
    return () => {
      stopped = true;
      clearInterval(timer);
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, []);

  if (failed) return <p className="field-error" role="alert">{errorLabel}</p>;
  return (
    <div className="qr-scanner">
      <video ref={video} muted playsInline aria-label={label} className="qr-video" />
      <canvas ref={canvas} hidden />
    </div>
  );
}
