import type { ReactElement } from 'react';

// Inline SVG pictograms, bundled and offline, so that a person who cannot read can still follow
// the screen (issue 7). Simple strokes that stay legible at 24 px on a low-end screen.
const paths: Record<string, ReactElement> = {
  home: <path d="M3 11l9-7 9 7M5 10v10h5v-6h4v6h5V10" />,
  personAdd: <><circle cx="9" cy="8" r="4" /><path d="M2 21c0-4 3-7 7-7s7 3 7 7M19 8v6M16 11h6" /></>,
  people: <><circle cx="9" cy="8" r="3.5" /><circle cx="17" cy="9" r="2.5" /><path d="M2 20c0-3.5 3-6 7-6s7 2.5 7 6M16 14c3 0 6 2 6 5" /></>,
  folder: <path d="M3 6h6l2 2h10v11H3z" />,
  sync: <><path d="M20 8a8 8 0 0 0-14-2L4 8M4 16a8 8 0 0 0 14 2l2-2" /><path d="M4 4v4h4M20 20v-4h-4" /></>,
  settings: <><circle cx="12" cy="12" r="3" /><path d="M12 2v3M12 19v3M2 12h3M19 12h3M5 5l2 2M17 17l2 2M5 19l2-2M17 7l2-2" /></>,
  language: <><circle cx="12" cy="12" r="9" /><path d="M3 12h18M12 3c3 3 3 15 0 18M12 3c-3 3-3 15 0 18" /></>,
  lock: <><rect x="5" y="11" width="14" height="10" rx="2" /><path d="M8 11V7a4 4 0 0 1 8 0v4" /></>,
  info: <><circle cx="12" cy="12" r="9" /><path d="M12 11v6M12 7v.5" /></>,
  search: <><circle cx="11" cy="11" r="6" /><path d="M16 16l5 5" /></>,
  camera: <><path d="M3 8h4l2-3h6l2 3h4v12H3z" /><circle cx="12" cy="13" r="4" /></>,
  check: <path d="M4 12l5 5L20 6" />,
  warning: <><path d="M12 3l10 18H2z" /><path d="M12 10v5M12 18v.5" /></>,
  speaker: <><path d="M4 9h4l5-4v14l-5-4H4z" /><path d="M16 9a4 4 0 0 1 0 6M18.5 6.5a8 8 0 0 1 0 11" /></>,
  speakerOff: <><path d="M4 9h4l5-4v14l-5-4H4z" /><path d="M16 9l5 6M21 9l-5 6" /></>,
  document: <><path d="M6 2h9l4 4v16H6z" /><path d="M9 10h7M9 14h7M9 18h4" /></>,
  list: <path d="M8 6h13M8 12h13M8 18h13M3 6h.5M3 12h.5M3 18h.5" />,
  status: <><circle cx="12" cy="12" r="9" /><path d="M12 7v5l3 3" /></>,
  back: <path d="M15 5l-7 7 7 7" />,
  user: <><circle cx="12" cy="8" r="4" /><path d="M4 21c0-4 4-7 8-7s8 3 8 7" /></>,
  birth: <><circle cx="12" cy="7" r="3" /><path d="M7 21v-5a5 5 0 0 1 10 0v5M9 13l-3-2M15 13l3-2" /></>,
  death: <><path d="M8 21V9a4 4 0 0 1 8 0v12z" /><path d="M12 10v6M10 12h4M5 21h14" /></>,
  marriage: <><circle cx="9" cy="13" r="5" /><circle cx="15" cy="13" r="5" /><path d="M10 4l2-2 2 2" /></>,
  residence: <><path d="M3 21V10l9-6 9 6v11z" /><path d="M10 21v-6h4v6" /></>,
  allowance: <><rect x="3" y="7" width="18" height="12" rx="2" /><circle cx="12" cy="13" r="3" /><path d="M3 11h2M19 11h2" /></>,
  certificate: <><rect x="4" y="3" width="16" height="14" rx="1" /><circle cx="12" cy="17" r="3" /><path d="M10 20l-1 2M14 20l1 2M8 7h8M8 10h8" /></>,
  health: <><rect x="3" y="3" width="18" height="18" rx="3" /><path d="M12 7v10M7 12h10" /></>,
  disability: <><circle cx="11" cy="4.5" r="2" /><path d="M11 8v6h6l2 5M11 11h5" /><path d="M8 11a6 6 0 1 0 7 8" /></>,
  household: <><path d="M2 12l10-8 10 8" /><path d="M5 10v10h14V10" /><circle cx="10" cy="15" r="2" /><circle cx="15" cy="15" r="1.5" /></>,
  correction: <><path d="M4 20h4L20 8l-4-4L4 16z" /><path d="M14 6l4 4" /></>,
  fingerprint: <path d="M12 4a7 7 0 0 0-7 7v3M19 11a7 7 0 0 0-3-5.7M12 8a3 3 0 0 0-3 3v4a8 8 0 0 0 2 5M15 11v3a10 10 0 0 1-1 5M12 11v4" />,
  photo: <><rect x="3" y="5" width="18" height="14" rx="2" /><circle cx="9" cy="10" r="2" /><path d="M21 16l-5-5-9 8" /></>,
  trash: <path d="M4 7h16M9 7V4h6v3M6 7l1 14h10l1-14M10 11v6M14 11v6" />,
  up: <path d="M6 14l6-6 6 6" />,
  down: <path d="M6 10l6 6 6-6" />,
  send: <path d="M3 11l18-8-8 18-2-8z" />,
  print: <><path d="M7 9V3h10v6" /><rect x="3" y="9" width="18" height="8" rx="1" /><path d="M7 14h10v7H7z" /></>,
  qr: <><rect x="3" y="3" width="7" height="7" /><rect x="14" y="3" width="7" height="7" /><rect x="3" y="14" width="7" height="7" /><path d="M14 14h3v3h-3zM18 18h3v3h-3zM14 20h2M20 14v2" /></>,
  close: <path d="M6 6l12 12M18 6L6 18" />,
  download: <path d="M12 3v12M7 10l5 5 5-5M4 21h16" />,
  upload: <path d="M12 21V9M7 14l5-5 5 5M4 3h16" />,
  mic: <><rect x="9" y="3" width="6" height="11" rx="3" /><path d="M5 11a7 7 0 0 0 14 0M12 18v3" /></>,
  stop: <rect x="6" y="6" width="12" height="12" rx="1" />,
  plus: <path d="M12 5v14M5 12h14" />,
  signOut: <path d="M10 4H4v16h6M15 8l4 4-4 4M19 12H9" />,
  // Procedures of the catalog (catalog-data `pictogram`) and what a dossier is made of.
  birthBundle: <><circle cx="8" cy="7" r="3" /><path d="M3 21v-4a5 5 0 0 1 10 0v4" /><rect x="14" y="11" width="8" height="10" rx="1" /><path d="M16 15h4M16 18h3" /></>,
  maritalStatus: <><path d="M6 2h9l4 4v16H6z" /><circle cx="12.5" cy="14" r="3.5" /><path d="M11.5 8.5l1-1.5 1 1.5" /></>,
  birthReRegistration: <><path d="M13 22H6V2h9l4 4v8" /><path d="M21 18.5a3 3 0 1 1-1-2.3M21 14v2.5h-2.5" /></>,
  civilStatusChange: <><path d="M11 22H5V2h9l4 4v5" /><path d="M13 22l1-3 6-6 2 2-6 6z" /></>,
  temporaryResidence: <><path d="M2 11l8-6 8 6M4 10v10h7" /><circle cx="17.5" cy="17.5" r="4.5" /><path d="M17.5 15.5v2l1.5 1" /></>,
  poorHousehold: <><path d="M3 11l9-7 9 7M5 10v10h14V10" /><path d="M12 18l-3-3a1.8 1.8 0 0 1 3-2 1.8 1.8 0 0 1 3 2z" /></>,
  idCard: <><rect x="2" y="5" width="20" height="14" rx="2" /><circle cx="8" cy="11" r="2.5" /><path d="M4.5 17c.5-2 2-3 3.5-3s3 1 3.5 3M14 10h5M14 14h4" /></>,
  fee: <><ellipse cx="12" cy="6" rx="7" ry="3" /><path d="M5 6v6c0 1.7 3.1 3 7 3s7-1.3 7-3V6M5 12v6c0 1.7 3.1 3 7 3s7-1.3 7-3v-6" /></>,
  calendar: <><rect x="3" y="5" width="18" height="16" rx="2" /><path d="M3 10h18M8 3v4M16 3v4" /></>,
  place: <><path d="M12 22s7-6.5 7-12a7 7 0 0 0-14 0c0 5.5 7 12 7 12z" /><circle cx="12" cy="10" r="2.5" /></>,
  checklist: <path d="M4 6l1.5 1.5L8 5M4 12l1.5 1.5L8 11M4 18l1.5 1.5L8 17M11 6h9M11 12h9M11 18h9" />,
  expand: <path d="M4 9V4h5M20 9V4h-5M4 15v5h5M20 15v5h-5" />,
  signature: <><path d="M3 20c2 0 3-3 5-3s2 3 4 3 3-2 5-2 3 1 4 2" /><path d="M15 2l4 4-8 8H7v-4z" /></>,
  pages: <><path d="M8 3h9l3 3v13H8z" /><path d="M5 6v15h11" /></>,
};

export type PictogramName = keyof typeof paths;
export const pictogramNames = Object.keys(paths);

/** Decorative by default (aria-hidden): the text or label beside it carries the meaning. */
export function Pictogram({ name, size = 24, className }: { name: string; size?: number; className?: string }) {
  return (
    <svg className={className ? `pictogram ${className}` : 'pictogram'} width={size} height={size} viewBox="0 0 24 24"
      fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      {paths[name] ?? paths.document}
    </svg>
  );
}
