/** One problem of the PTV export's report (apps/api/src/ptv/ptv-report.ts). */
export interface PtvIssue {
  severity: 'error' | 'warning';
  code:
    'TOO_LONG' | 'TOO_MANY' | 'REQUIRED_MISSING' | 'SAME_AS_NAME' | 'NOT_MAPPED' | 'APPROXIMATED';
  path: string;
  language?: 'fi' | 'sv' | 'en';
  source?: string;
  limit?: number;
  actual?: number;
  message: string;
}

export interface PtvExportAnswer {
  report: PtvIssue[];
  counts: { errors: number; warnings: number };
  ptv: { service: { id: string }; serviceChannels: unknown[] };
}

export type PtvExportResult =
  | { ok: true; answer: PtvExportAnswer; json: string; fileName: string }
  | { ok: false; code: string; message: string };

/** The REST export (apps/api/src/ptv/ptv.controller.ts): the PTV JSON and its limits report. */
export function ptvExportUrl(serviceId: string): string {
  return `/ptv/services/${encodeURIComponent(serviceId)}`;
}

export async function loadPtvExport(serviceId: string): Promise<PtvExportResult> {
  let response: Response;
  try {
    response = await fetch(ptvExportUrl(serviceId), { credentials: 'same-origin' });
  } catch (error) {
    return { ok: false, code: 'NETWORK', message: String(error) };
  }
  const json = await response.text();
  if (!response.ok) {
    try {
      const { error } = JSON.parse(json) as {
        error?: { code?: string; reason?: string; message?: string };
      };
      return {
        ok: false,
        code: error?.reason ?? error?.code ?? String(response.status),
        message: error?.message ?? String(response.status),
      };
    } catch {
      return { ok: false, code: String(response.status), message: json.slice(0, 200) };
    }
  }
  return {
    ok: true,
    answer: JSON.parse(json) as PtvExportAnswer,
    json,
    fileName: `ptv-service-${serviceId}.json`,
  };
}

/** Saves the exported JSON as a file, exactly as the API sent it. */
export function downloadJson(json: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}
