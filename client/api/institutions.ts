import type { CreateUnitRequest, InstitutionResponse, UnitResponse } from '../../src/contracts/resources.js';
import { http } from './http.js';

const unitsPath = (institutionId: string, code?: string): string =>
  `/institutions/${encodeURIComponent(institutionId)}/units${code === undefined ? '' : `/${encodeURIComponent(code)}`}`;

/** The institutions where the caller holds a role (a superadmin: all), by name. */
export function listInstitutions(signal?: AbortSignal): Promise<InstitutionResponse[]> {
  return http.get<InstitutionResponse[]>('/institutions', { signal });
}

/** The institution's units (code, name, parent). */
export function listUnits(institutionId: string, signal?: AbortSignal): Promise<UnitResponse[]> {
  return http.get<UnitResponse[]>(unitsPath(institutionId), { signal });
}

/** 201; 409 when the code exists; 400 VALIDATION_FAILED at code or name. */
export function createUnit(institutionId: string, body: CreateUnitRequest): Promise<UnitResponse> {
  return http.post<UnitResponse>(unitsPath(institutionId), body);
}

/** Renames a unit (its code stays: target cards name it). */
export function renameUnit(institutionId: string, code: string, name: string): Promise<UnitResponse> {
  return http.patch<UnitResponse>(unitsPath(institutionId, code), { name });
}

/** 204; 409 UNIT_IN_USE while a target card names it. */
export function deleteUnit(institutionId: string, code: string): Promise<void> {
  return http.delete(unitsPath(institutionId, code));
}
