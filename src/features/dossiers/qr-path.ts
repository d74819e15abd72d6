/** The dark modules of a QR matrix as one SVG path: one element, crisp at any print size, no injected markup. */
export function qrPath(size: number, isDark: (row: number, col: number) => boolean): string {
  const parts: string[] = [];
  for (let row = 0; row < size; row += 1) {
    // Runs of dark modules on a row become one rectangle: a far shorter path than one square each.
    let start = -1;
    for (let col = 0; col <= size; col += 1) {
      const dark = col < size && isDark(row, col);
      if (dark && start < 0) start = col;
      if (!dark && start >= 0) {
        parts.push(`M${start} ${row}h${col - start}v1h-${col - start}z`);
        start = -1;
      }
    }
  }
  return parts.join('');
}
