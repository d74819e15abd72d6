import { useEffect, useState } from 'react';
import { getDatabase } from '../../db/database';
import { readAttachment, storeAttachment, type StoredAttachment } from '../../db/attachments';
import { compressImage } from '../../lib/image/compress-image';

// The same few lines as the citizens feature's: features do not import each other, and a hook that
// reads the database has no shared home below features.

/** An object URL for a stored photo, revoked when no longer shown. */
export function useAttachmentUrl(ownerUserId: string, sha256: string | undefined): string | undefined {
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    if (!sha256) return setUrl(undefined);
    let objectUrl: string | undefined;
    let cancelled = false;
    void readAttachment(getDatabase(), ownerUserId, sha256).then((blob) => {
      if (!blob || cancelled) return;
      objectUrl = URL.createObjectURL(blob);
      setUrl(objectUrl);
    });
    return () => {
      cancelled = true;
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [ownerUserId, sha256]);
  return url;
}

/** A document page from the camera: compressed in a worker (about 300 KB), then kept in the workspace. */
export async function savePage(ownerUserId: string, file: Blob): Promise<StoredAttachment> {
  const { blob } = await compressImage(file);
  return storeAttachment(getDatabase(), ownerUserId, blob);
}

export const saveImage = (ownerUserId: string, blob: Blob): Promise<StoredAttachment> => storeAttachment(getDatabase(), ownerUserId, blob);
