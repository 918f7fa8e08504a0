import type { MapPoint } from './DeliveryMap';

interface Coded {
  readonly code: string;
}

export interface AreaCoverage<Named extends Coded> {
  readonly wellbeingArea: Named;
  readonly serviceCount: number;
  readonly plannedDeliveryCount: number;
}

/**
 * The map's wellbeing-area markers: an area the network's services reach (sized by services +
 * planned deliveries) and, apart, an area where it has no active service — a gap (with the planned
 * deliveries, if any, in its label). Areas without a known centre are left out.
 */
export function coveragePoints<Named extends Coded>(
  coverage: readonly AreaCoverage<Named>[],
  allAreas: readonly Named[],
  centres: Readonly<Record<string, readonly [number, number]>>,
  label: {
    covered(area: Named, services: number, planned: number): string;
    gap(area: Named, planned: number): string;
  },
): { points: MapPoint[]; covered: number; gaps: number } {
  const points: MapPoint[] = [];
  const byCode = new Map(coverage.map((row) => [row.wellbeingArea.code, row]));
  let covered = 0;
  let gaps = 0;
  const areas = new Map<string, Named>(allAreas.map((area) => [area.code, area]));
  for (const row of coverage) areas.set(row.wellbeingArea.code, row.wellbeingArea);
  for (const [code, area] of areas) {
    const centre = centres[code];
    if (!centre) continue;
    const row = byCode.get(code);
    const services = row?.serviceCount ?? 0;
    const planned = row?.plannedDeliveryCount ?? 0;
    if (services > 0) {
      covered += 1;
      points.push({
        id: `area-${code}`,
        label: label.covered(area, services, planned),
        latitude: centre[0],
        longitude: centre[1],
        area: { count: services + planned },
      });
    } else {
      gaps += 1;
      points.push({
        id: `gap-${code}`,
        label: label.gap(area, planned),
        latitude: centre[0],
        longitude: centre[1],
        gap: true,
      });
    }
  }
  return { points, covered, gaps };
}
