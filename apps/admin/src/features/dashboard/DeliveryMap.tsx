import 'leaflet/dist/leaflet.css';
import type { LatLngBoundsExpression } from 'leaflet';
import { CircleMarker, MapContainer, TileLayer, Tooltip } from 'react-leaflet';

export interface MapPoint {
  id: string;
  label: string;
  latitude: number;
  longitude: number;
  /** An area's coverage (drawn larger, by its service count) rather than a single location. */
  area?: { count: number };
  /** A wellbeing area where the network has no active service (drawn as a hollow dashed ring). */
  gap?: boolean;
}

/** Finland's bounding box: the view when there are no points. */
const FINLAND: LatLngBoundsExpression = [
  [59.7, 19.5],
  [70.1, 31.6],
];

/**
 * Delivery locations on an OpenStreetMap background. Loaded lazily (Leaflet is large). When tiles
 * cannot load (offline, or a CSP without the tile host) the markers still show on a blank background,
 * and the coverage table next to it carries the same information.
 */
export default function DeliveryMap({ points, label }: { points: MapPoint[]; label: string }) {
  const bounds: LatLngBoundsExpression =
    points.length > 0
      ? [
          [
            Math.min(...points.map((p) => p.latitude)) - 0.3,
            Math.min(...points.map((p) => p.longitude)) - 0.3,
          ],
          [
            Math.max(...points.map((p) => p.latitude)) + 0.3,
            Math.max(...points.map((p) => p.longitude)) + 0.3,
          ],
        ]
      : FINLAND;
  return (
    <MapContainer
      bounds={bounds}
      scrollWheelZoom={false}
      style={{ height: 360, width: '100%', borderRadius: 8 }}
      aria-label={label}
    >
      <TileLayer
        attribution='&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>'
        url="https://tile.openstreetmap.org/{z}/{x}/{y}.png"
      />
      {points.map((point) => (
        <CircleMarker
          key={point.id}
          center={[point.latitude, point.longitude]}
          radius={point.gap ? 9 : point.area ? 10 + Math.min(point.area.count, 20) * 1.5 : 7}
          pathOptions={
            point.gap
              ? { color: '#b3261e', fillOpacity: 0, weight: 3, dashArray: '4 3' }
              : point.area
                ? { color: '#0e5a6b', fillColor: '#0e5a6b', fillOpacity: 0.35, weight: 2 }
                : { color: '#1c4f8a', fillColor: '#1c4f8a', fillOpacity: 0.8 }
          }
        >
          <Tooltip>{point.label}</Tooltip>
        </CircleMarker>
      ))}
    </MapContainer>
  );
}
