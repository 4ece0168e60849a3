import type { InstitutionResponse, UnitResponse } from '../../src/contracts/resources.js';
import { http } from './http.js';

/** The institutions where the caller holds a role (a superadmin: all), by name. */
export function listInstitutions(signal?: AbortSignal): Promise<InstitutionResponse[]> {
  return http.get<InstitutionResponse[]>('/institutions', { signal });
}

/** The institution's units (code, name, parent). */
export function listUnits(institutionId: string, signal?: AbortSignal): Promise<UnitResponse[]> {
  return http.get<UnitResponse[]>(`/institutions/${encodeURIComponent(institutionId)}/units`, { signal });
}
