import { useEffect, useState } from 'react';
import { getDatabase } from '../../db/database';
import { readAttachment, storeAttachment, type StoredAttachment } from '../../db/attachments';
import { compressImage } from '../../lib/image/compress-image';

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

/** Compresses a camera photo in a worker and keeps it in the user's workspace. */
export async function savePhoto(ownerUserId: string, file: Blob): Promise<StoredAttachment> {
  const { blob } = await compressImage(file);
  return storeAttachment(getDatabase(), ownerUserId, blob);
}

export const saveImage = (ownerUserId: string, blob: Blob): Promise<StoredAttachment> => storeAttachment(getDatabase(), ownerUserId, blob);
