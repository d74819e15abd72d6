import type { DossierEvent } from './status-machine';

/**
 * Events an officer may apply from the back office. Submitting and receiving belong to devices and the
 * server's receipt; `supplement` is here for papers the citizen brings to the desk in person.
 */
export const OFFICER_EVENTS: readonly DossierEvent[] = ['startProcessing', 'requestSupplement', 'supplement', 'markResultReady', 'returnResult', 'refuse'];

export const isOfficerEvent = (event: string): event is DossierEvent => (OFFICER_EVENTS as readonly string[]).includes(event);
