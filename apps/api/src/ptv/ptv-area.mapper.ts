import { type Municipality } from '@linja/db';

import { type DeliveryRecord } from '../hsds/hsds-records';
import { issue, type PtvIssue } from './ptv-report';
import { columnNames } from './ptv-text';
import { type PtvArea, type PtvMunicipality, type PtvServiceAreaType } from './ptv-types';

/** Municipalities of each wellbeing area the deliveries name, by the area's code. */
export type WellbeingMunicipalities = ReadonlyMap<string, readonly Municipality[]>;

const municipalityOf = (row: Municipality): PtvMunicipality => ({
  code: row.code,
  name: columnNames(row),
});

/**
 * The public deliveries' areas → PTV's `areaType` and `areas`. Any nationwide delivery makes the
 * service Nationwide. Otherwise LimitedType with municipalities (PTV's one
 * `{type: Municipality, code: null, municipalities}` item) and regions (maakunta codes, PTV's Region).
 * PTV 3.4 has no wellbeing-area type, so a wellbeing area is exported as its municipalities (an
 * APPROXIMATED warning). No area at all: `areaType` null (the validator reports it).
 */
export function toPtvAreas(
  deliveries: readonly DeliveryRecord[],
  wellbeingMunicipalities: WellbeingMunicipalities,
): { areaType: PtvServiceAreaType | null; areas: PtvArea[]; notes: PtvIssue[] } {
  if (deliveries.some((delivery) => delivery.isNationwide)) {
    return { areaType: 'Nationwide', areas: [], notes: [] };
  }
  const municipalities = new Map<string, PtvMunicipality>();
  const regions = new Map<string, PtvArea>();
  const notes: PtvIssue[] = [];
  const approximated = new Set<string>();
  for (const area of deliveries.flatMap((delivery) => delivery.areas)) {
    if (area.municipality) {
      municipalities.set(area.municipality.code, municipalityOf(area.municipality));
    } else if (area.wellbeingArea) {
      const code = area.wellbeingArea.code;
      for (const row of wellbeingMunicipalities.get(code) ?? []) {
        municipalities.set(row.code, municipalityOf(row));
      }
      if (!approximated.has(code)) {
        approximated.add(code);
        notes.push(
          issue({
            severity: 'warning',
            code: 'APPROXIMATED',
            path: 'service.areas',
            source: `deliveries.areas.wellbeingArea:${code}`,
            message: `PTV has no wellbeing-area type: ${area.wellbeingArea.nameFi} (${code}) is exported as its municipalities.`,
          }),
        );
      }
    } else if (area.region) {
      regions.set(area.region.code, {
        type: 'Region',
        code: area.region.code,
        name: columnNames(area.region),
        municipalities: [],
      });
    }
  }
  const areas: PtvArea[] = [
    ...(municipalities.size > 0
      ? [
          {
            type: 'Municipality' as const,
            code: null,
            name: null,
            municipalities: [...municipalities.values()].sort((a, b) =>
              a.code.localeCompare(b.code),
            ),
          },
        ]
      : []),
    ...[...regions.values()].sort((a, b) => (a.code ?? '').localeCompare(b.code ?? '')),
  ];
  return { areaType: areas.length > 0 ? 'LimitedType' : null, areas, notes };
}
