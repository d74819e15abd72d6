/** The localStorage key of the install mirror (integrity.ts); alone here so a wipe needs none of the check's code. */
export const MIRROR_KEY = 'caunoi.install';
