import { Pictogram } from '../../components/ui/pictogram';
import { useBlobUrl } from './use-blob-url';

/** A photo's thumbnail as a button that opens it full screen. */
export function PhotoThumbnail({ sha256, label, caption, onOpen }: { sha256: string; label: string; caption?: string; onOpen: () => void }) {
  const { url } = useBlobUrl(sha256);
  const button = (
    <button type="button" className="office-thumb" onClick={onOpen} aria-label={label}>
      {url ? <img src={url} alt="" /> : <Pictogram name="photo" size={32} />}
      <Pictogram name="expand" size={18} className="office-thumb-expand" />
    </button>
  );
  return caption ? <figure className="office-thumb-figure">{button}<figcaption aria-hidden="true">{caption}</figcaption></figure> : button;
}
