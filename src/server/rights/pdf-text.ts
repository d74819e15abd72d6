import type { PDFFont } from 'pdf-lib';

/**
 * Splits a text into lines no wider than `width` at `size`, at spaces (a word longer than a line is cut).
 * Vietnamese is written in NFC: the precomposed letters (ạ, ữ, ố…) are single glyphs of the font.
 */
export function wrapText(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.normalize('NFC').split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/u).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(candidate, size) <= width) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      let rest = word;
      while (font.widthOfTextAtSize(rest, size) > width && rest.length > 1) {
        let cut = rest.length - 1;
        while (cut > 1 && font.widthOfTextAtSize(rest.slice(0, cut), size) > width) cut -= 1;
        lines.push(rest.slice(0, cut));
        rest = rest.slice(cut);
      }
      line = rest;
    }
    lines.push(line);
  }
  return lines;
}

/** Drops characters the embedded font has no glyph for (a script outside Latin and Vietnamese), so drawing never throws. */
export function printable(text: string, font: PDFFont): string {
  const supported = new Set(font.getCharacterSet());
  return [...text.normalize('NFC')].map((ch) => (supported.has(ch.codePointAt(0)!) || ch === '\n' ? ch : '?')).join('');
}
