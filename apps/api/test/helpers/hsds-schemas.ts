import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

/**
 * The parts of the HSDS 3.1 standard the tests validate against, kept in the repository
 * (`test/fixtures/hsds-3.1`: the single-object schemas as published, the compiled service and
 * organization schemas gzipped — 2.5–3.7 MB each otherwise; CC BY-SA 4.0, Open Referral, see its
 * LICENSE), or a full copy of the standard where HSDS_STANDARD_DIR points.
 */
export const HSDS_STANDARD_DIR =
  process.env.HSDS_STANDARD_DIR ?? path.resolve(__dirname, '..', 'fixtures', 'hsds-3.1');

export type HsdsSchemaName =
  | 'compiled/service'
  | 'compiled/service_list'
  | 'compiled/organization'
  | 'compiled/organization_list'
  | 'compiled/service_at_location_list'
  | 'taxonomy'
  | 'taxonomy_term';

/**
 * ajv validators for the standard's schemas. Not strict: the schemas carry Frictionless Data
 * keywords (`constraints`, `datapackage_metadata`, …) that JSON Schema ignores.
 */
export function hsdsValidators(): {
  validator(name: HsdsSchemaName): ValidateFunction;
  compile(schema: object): ValidateFunction;
} {
  if (!existsSync(HSDS_STANDARD_DIR)) {
    throw new Error(
      `The HSDS 3.1 standard is not at ${HSDS_STANDARD_DIR} (set HSDS_STANDARD_DIR).`,
    );
  }
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  const dir = path.join(HSDS_STANDARD_DIR, 'schema');
  const read = (file: string) => {
    const plain = path.join(dir, file);
    const text = existsSync(plain)
      ? readFileSync(plain, 'utf8')
      : gunzipSync(readFileSync(`${plain}.gz`)).toString('utf8');
    return JSON.parse(text) as Record<string, unknown>;
  };
  // The single-object schemas refer to each other by file name ("$ref": "taxonomy.json").
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.json'))) {
    if (file === 'openapi.json') continue;
    ajv.addSchema({ ...read(file), $id: file });
  }
  const cache = new Map<string, ValidateFunction>();
  return {
    validator(name) {
      let validate = cache.get(name);
      if (!validate) {
        validate = name.startsWith('compiled/')
          ? ajv.compile(read(`${name}.json`))
          : ajv.getSchema(`${name}.json`);
        if (!validate) throw new Error(`No HSDS schema ${name}.`);
        cache.set(name, validate);
      }
      return validate;
    },
    compile: (schema) => ajv.compile(schema),
  };
}

/** ajv's errors in one readable line, for a failing expectation. */
export function errorsOf(validate: ValidateFunction): string {
  return (validate.errors ?? [])
    .slice(0, 5)
    .map((error) => `${error.instancePath || '/'} ${error.message ?? ''}`)
    .join('; ');
}
