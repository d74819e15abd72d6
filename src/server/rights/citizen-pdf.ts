import { readFileSync } from 'node:fs';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { ethnicityNameKey } from '../../domain/citizen/ethnicities';
import type { LocaleTree } from '../../domain/i18n/locale-keys';
import { DEFAULT_LOCALES_DIR, readLocaleFolder } from '../i18n/source-locale';
import type { CitizenExport } from './citizen-export';
import { printable, wrapText } from './pdf-text';

// The printable copy of a person's data, in Vietnamese (issue 8 §4: the right of access, data-protection.md;
// consent "must be recordable in a form that can be printed"). The font ships in this repository (Noto Sans,
// OFL, subset to Latin and Vietnamese: fonts/OFL.txt) so that the PDF is the same on a fresh server with no
// system fonts; its glyphs are embedded, so it prints the same on any computer. Labels come from
// locales/vi/office.json (`rightsPdf.*`, `audit.action.*`, `rights.kind.*`) and reference.json.

const FONT_DIR = new URL('./fonts/', import.meta.url);
const REGULAR = readFileSync(new URL('noto-sans-vietnamese.ttf', FONT_DIR));
const BOLD = readFileSync(new URL('noto-sans-vietnamese-bold.ttf', FONT_DIR));

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 50;
const BODY = 10;
const LINE = 14;

function lookup(tree: LocaleTree | undefined, path: string): string | undefined {
  let node: LocaleTree | string | undefined = tree;
  for (const part of path.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}

const VIETNAM_MS = 7 * 3600_000;
const pad = (n: number) => String(n).padStart(2, '0');
/** 26/11/2026 14:05, Vietnam time (UTC+7 all year). */
export function vietnameseDateTime(iso: string, withTime = true): string {
  const d = new Date(Date.parse(iso) + VIETNAM_MS);
  const date = `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
  return withTime ? `${date} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}` : date;
}
const vietnameseDate = (isoDate: string) => isoDate.split('-').reverse().join('/');

type Writer = { heading(text: string): void; row(label: string, value: string): void; line(text: string, indent?: number): void; gap(): void };

function createWriter(pdf: PDFDocument, regular: PDFFont, bold: PDFFont): Writer {
  let page: PDFPage = pdf.addPage([A4.width, A4.height]);
  let y = A4.height - MARGIN;
  const width = A4.width - 2 * MARGIN;
  const room = (height: number) => {
    if (y - height >= MARGIN) return;
    page = pdf.addPage([A4.width, A4.height]);
    y = A4.height - MARGIN;
  };
  const draw = (text: string, x: number, font: PDFFont, size: number) => page.drawText(printable(text, font), { x, y, size, font, color: rgb(0, 0, 0) });
  return {
    heading(text) {
      room(LINE * 3);
      y -= LINE * 0.6;
      draw(text, MARGIN, bold, 12);
      y -= LINE * 1.3;
    },
    row(label, value) {
      const labelWidth = 150;
      const lines = wrapText(printable(value || '—', regular), regular, BODY, width - labelWidth);
      room(LINE * lines.length);
      draw(label, MARGIN, bold, BODY);
      for (const text of lines) {
        draw(text, MARGIN + labelWidth, regular, BODY);
        y -= LINE;
      }
    },
    line(text, indent = 0) {
      for (const part of wrapText(printable(text, regular), regular, BODY, width - indent)) {
        room(LINE);
        draw(part, MARGIN + indent, regular, BODY);
        y -= LINE;
      }
    },
    gap() {
      y -= LINE / 2;
    },
  };
}

const str = (value: unknown) => (typeof value === 'string' ? value : undefined);

/** Renders the export as an A4 PDF in Vietnamese. */
export async function renderCitizenPdf(data: CitizenExport, localesDir = DEFAULT_LOCALES_DIR): Promise<Uint8Array> {
  const pack = readLocaleFolder(localesDir, 'vi');
  const t = (key: string, values: Record<string, string> = {}) =>
    (lookup(pack.office, key) ?? key).replace(/\{\{(\w+)\}\}/g, (_m, name: string) => values[name] ?? '');
  const ref = (key: string, fallback: string) => lookup(pack.reference, key) ?? fallback;
  const procedureName = (code: string) => lookup(pack.catalog, `procedure.${code.replace(/\./g, '_')}.name`) ?? code;

  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const regular = await pdf.embedFont(REGULAR, { subset: true });
  const bold = await pdf.embedFont(BOLD, { subset: true });
  const f = data.citizen.fields;
  const name = str(f.fullName) ?? '';
  pdf.setTitle(`${t('rightsPdf.title')} — ${name}`);
  pdf.setLanguage('vi');
  pdf.setProducer('Cầu Nối');
  pdf.setCreationDate(new Date(data.exportedAt));

  const w = createWriter(pdf, regular, bold);
  w.heading(t('rightsPdf.title'));
  w.line(t('rightsPdf.subtitle', { commune: data.citizen.communeName ?? data.citizen.communeCode, date: vietnameseDateTime(data.exportedAt) }));

  w.heading(t('rightsPdf.identity'));
  const birth = str(f.birthDate) ? vietnameseDate(str(f.birthDate)!) : typeof f.birthYear === 'number' ? String(f.birthYear) : '';
  w.row(t('rightsPdf.fullName'), name);
  w.row(t('rightsPdf.birth'), birth);
  w.row(t('rightsPdf.sex'), str(f.sex) ? ref(`sex.${str(f.sex)}`, str(f.sex)!) : '');
  w.row(t('rightsPdf.ethnicity'), str(f.ethnicityCode) ? ref(ethnicityNameKey(str(f.ethnicityCode)!), str(f.ethnicityCode)!) : '');
  w.row(t('rightsPdf.idNumber'), str(f.citizenId) ?? '');
  w.row(t('rightsPdf.oldIdNumber'), str(f.oldIdNumber) ?? '');
  w.row(t('rightsPdf.phone'), str(f.phone) ?? '');
  w.row(t('rightsPdf.address'), [data.citizen.villageName, data.citizen.communeName].filter(Boolean).join(', '));
  w.row(t('rightsPdf.registered'), vietnameseDateTime(data.citizen.createdAt));
  const photos = f.photos && typeof f.photos === 'object' ? Object.keys(f.photos) : [];
  if (photos.length > 0) w.row(t('rightsPdf.photos'), t('rightsPdf.photosKept', { count: String(photos.length) }));

  w.heading(t('rightsPdf.consent'));
  const consent = f.consent as { purposes?: Array<{ purpose: string; decision: string }>; recordedAt?: string; withdrawnAt?: string; withdrawals?: Array<{ purpose: string; at: string }> } | undefined;
  if (consent?.recordedAt) w.line(t('rightsPdf.consentRecorded', { date: vietnameseDateTime(consent.recordedAt) }));
  for (const p of consent?.purposes ?? []) {
    const withdrawal = consent?.withdrawals?.find((x) => x.purpose === p.purpose)?.at ?? (p.decision === 'accepted' ? consent?.withdrawnAt : undefined);
    const state = withdrawal ? t('rightsPdf.withdrawn', { date: vietnameseDateTime(withdrawal) }) : t(`rightsPdf.${p.decision === 'accepted' ? 'accepted' : 'declined'}`);
    w.row(ref(`consent.purpose.${p.purpose}.title`, p.purpose), state);
  }

  w.heading(t('rightsPdf.dossiers'));
  if (data.dossiers.length === 0) w.line(t('rightsPdf.none'));
  for (const d of data.dossiers) {
    const code = str(d.fields.officialCode) ?? str(d.fields.localReference) ?? d.id.slice(0, 8);
    const status = str(d.fields.status) ?? '';
    w.line(`${code} — ${procedureName(str(d.fields.procedureCode) ?? '')} — ${ref(`dossierStatus.${status}`, status)} (${vietnameseDateTime(d.createdAt, false)})`);
  }

  w.heading(t('rightsPdf.requests'));
  if (data.requests.length === 0) w.line(t('rightsPdf.none'));
  for (const r of data.requests) {
    w.line(`${vietnameseDateTime(r.receivedAt, false)} — ${t(`rights.kind.${r.kind}`)} — ${t(`rights.status.${r.status}`)} (${t('rightsPdf.due', { date: vietnameseDate(r.dueDate) })})`);
  }

  w.heading(t('rightsPdf.audit'));
  if (data.audit.length === 0) w.line(t('rightsPdf.none'));
  for (const a of data.audit) {
    const who = [a.actor.displayName, t(`rightsPdf.role.${a.actor.role}`)].filter(Boolean).join(', ');
    w.line(`${vietnameseDateTime(a.at)} — ${t(`audit.action.${a.action}`)} — ${who}`);
  }
  w.gap();
  w.line(t('rightsPdf.footer'));
  return pdf.save();
}
