import { useEffect, useState } from 'react';
import { officeFile } from './office-api';

/** An object URL for a photo on the server (fetched with the officer's token), revoked when no longer shown. */
export function useBlobUrl(sha256: string | undefined): { url?: string; failed: boolean } {
  const [state, setState] = useState<{ sha256?: string; url?: string; failed: boolean }>({ failed: false });
  useEffect(() => {
    if (!sha256) return;
    let objectUrl: string | undefined;
    let cancelled = false;
    officeFile(`/blobs/${sha256}`).then(
      (blob) => {
        if (cancelled) return;
        objectUrl = URL.createObjectURL(blob);
        setState({ sha256, url: objectUrl, failed: false });
      },
      () => !cancelled && setState({ sha256, failed: true }),
    );
    return () => {
      cancelled = true;
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [sha256]);
  return state.sha256 === sha256 ? { url: state.url, failed: state.failed } : { failed: false };
}
