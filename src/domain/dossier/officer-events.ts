import type { DossierEvent } from './status-machine';

/**
 * Events an officer may apply from the back office. Submitting and receiving belong to devices and the
 * server's receipt; `acceptCheck` is staff's yes to a draft a citizen prepared; `supplement` is here for papers the citizen brings to the desk in person.
 */
export const OFFICER_EVENTS: readonly DossierEvent[] = ['acceptCheck', 'startProcessing', 'requestSupplement', 'supplement', 'markResultReady', 'returnResult', 'refuse'];

export const isOfficerEvent = (event: string): event is DossierEvent => (OFFICER_EVENTS as readonly string[]).includes(event);
