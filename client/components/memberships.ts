import type { MembershipResponse } from '../../src/contracts/auth.js';
import type { UnitResponse } from '../../src/contracts/resources.js';
import { t } from '../lib/i18n.js';
import { roleLabel, unitNamer } from '../lib/labels.js';

/** Each institution's unit namer; units of an institution that was not read keep their codes. */
export type UnitNames = (institutionId: string) => (code: string) => string;

/**
 * Reads the units of the institutions given, once each, for naming a membership's units; a list
 * that cannot be read leaves those units named by code.
 */
export async function loadUnitNames(
  institutionIds: readonly string[],
  load: (institutionId: string) => Promise<UnitResponse[]>,
): Promise<UnitNames> {
  const namers = new Map<string, (code: string) => string>(
    await Promise.all(
      [...new Set(institutionIds)].map(async (id): Promise<[string, (code: string) => string]> => [
        id,
        unitNamer(await load(id).catch((): UnitResponse[] => [])),
      ]),
    ),
  );
  return (institutionId) => namers.get(institutionId) ?? ((code) => code);
}

/** "Örnek Belediyesi: birim yöneticisi (Park ve Bahçeler Müdürlüğü)": units by name, not code. */
export function membershipText(membership: MembershipResponse, unitNames?: UnitNames): string {
  const params = { institution: membership.institution, role: roleLabel(membership.role) };
  const unitName = unitNames?.(membership.institutionId) ?? ((code: string) => code);
  return membership.units.length > 0
    ? t('account.membershipUnits', { ...params, units: membership.units.map(unitName).join(', ') })
    : t('account.membership', params);
}
