import { useRemote } from '../../lib/use-remote';
import { officeRequest } from './office-api';
import type { OfficeCommune } from './office-types';

/** The officer's communes and their villages (filters, village names). */
export const useOfficeCommunes = () => useRemote('communes', () => officeRequest<{ communes: OfficeCommune[] }>('/office/communes'));
