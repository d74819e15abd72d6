
export type UploadProgress = (bytesSent: number, bytesTotal: number) => void;

/**
 * Uploads one photo with the tus protocol, resumable from the last byte the server acknowledged
 * (after a dropped connection, a reload, or a server restart). The server checks the SHA-256.
 */
export async function uploadAttachment(blob: Blob, meta: { sha256: string; mime: string }, token: () => Promise<string>, onProgress?: UploadProgress): Promise<void> {
  const { Upload } = await import('tus-js-client');
  return new Promise((resolve, reject) => {
    const upload = new Upload(blob, {
      endpoint: '/api/v1/uploads',
      // 256 KB chunks: on 2G a lost connection costs at most one chunk.
      chunkSize: 256 * 1024,
      // The first chunk rides with the creation request (tus creation-with-upload): a compressed photo
      // (~300 KB) takes two requests instead of three.
      uploadDataDuringCreation: true,
      retryDelays: [0, 1000, 3000, 10000],
      metadata: { sha256: meta.sha256, mime: meta.mime, size: String(blob.size) },
      // Resuming is keyed by content, so the same photo resumes whichever record it belongs to.
      fingerprint: () => Promise.resolve(`cau-noi-${meta.sha256}`),
      removeFingerprintOnSuccess: true,
      onBeforeRequest: async (request) => {
        request.setHeader('Authorization', `Bearer ${await token()}`);
      },
      onProgress,
      onSuccess: () => resolve(),
      onError: reject,
    });
    void upload.findPreviousUploads().then((previous) => {
      if (previous[0]) upload.resumeFromPreviousUpload(previous[0]);
      upload.start();
    }, reject);
  });
}
