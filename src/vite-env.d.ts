/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/client" />

declare module 'virtual:address-units' {
  /** `AdministrativeUnits` of src/domain/address/units.ts (an ambient module cannot import it by path). */
  const units: { version: string; provinces: unknown[]; communes: unknown[] };
  export default units;
}

/** Identifies the build; shown on the About screen and used to tell versions apart. */
declare const __BUILD_ID__: string;

declare module 'virtual:locale-loaders' {
  /** One lazily loaded chunk per language: `{ [namespace]: resources }`. */
  export const localeLoaders: Record<string, () => Promise<{ default: Record<string, Record<string, unknown>> }>>;
  /** Share of the Vietnamese texts each bundled pack translates, 0–1 (scripts/vite-locales-plugin.ts). */
  export const localeCoverage: Record<string, number>;
}
