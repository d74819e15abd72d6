import { DeviceWipedBanner } from './device-wiped-banner';
import { IntegrityBanner } from './integrity-banner';
import { UpdateBanner } from './update-banner';

/** The banners that are rarely shown: loaded only when one of them has something to say. */
export default function Banners() {
  return (
    <>
      <UpdateBanner />
      <IntegrityBanner />
      <DeviceWipedBanner />
    </>
  );
}
