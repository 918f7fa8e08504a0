import proj4 from 'proj4';

/** ETRS-TM35FIN (EPSG:3067), the coordinate system of PTV's addresses. */
const TM35FIN =
  '+proj=utm +zone=35 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs +type=crs';
const toTm35fin = proj4('EPSG:4326', TM35FIN);

/**
 * WGS84 latitude/longitude (how Linja stores a location) → PTV's strings: `latitude` the northing and
 * `longitude` the easting in ETRS-TM35FIN, whole metres.
 */
export function toPtvCoordinates(
  latitude: number | null,
  longitude: number | null,
): { latitude: string; longitude: string } | null {
  if (latitude === null || longitude === null) return null;
  const [easting, northing] = toTm35fin.forward([longitude, latitude]);
  return { latitude: String(Math.round(northing)), longitude: String(Math.round(easting)) };
}
