/**
 * A person's initials for a public paper ("Hà Thị Xuân" → "H.T.X."): enough for the holder to recognise
 * their own paper, too little to identify them if it is lost (shared/reference/data-protection.md).
 */
export function initials(fullName: string): string {
  const letters = fullName.normalize('NFC').trim().split(/\s+/u).map((word) => [...word.replace(/^[^\p{L}]+/u, '')][0] ?? '').filter(Boolean);
  return letters.length === 0 ? '' : `${letters.map((l) => l.toLocaleUpperCase('vi')).join('.')}.`;
}
