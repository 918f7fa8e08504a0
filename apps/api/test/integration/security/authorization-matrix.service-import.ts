import { PrismaClient } from '@linja/db';

import { type Actor } from '../../../src/auth/actor';
import { ServiceImportService } from '../../../src/service-import/service-import.service';
import {
  adminOf,
  type ActorSpec,
  coordinates,
  type MatrixCase,
  matrixCase,
  type MatrixContext,
  NETWORKS,
  okIf,
  ORGS,
  TENANT_KEYS,
  type TenantKey,
  TENANTS,
} from './authorization-matrix.fixtures';

/**
 * The service CSV import (issue 19) in the authorization matrix: the organisation's admins (not its
 * editors) and the coordinators of the network the drafts go to, on the organisation's behalf; no
 * other organisation's admin, no other network's coordinator. The template is public.
 */

const IMPORTERS = (actor: ActorSpec, target: TenantKey) =>
  okIf(adminOf(actor, TENANTS[target].org) || coordinates(actor, TENANTS[target].network));

/** Only to compute the preview token in a commit's setup (the token does not depend on the actor). */
const SETUP_ACTOR: Actor = {
  kind: 'user',
  id: 'matrix-setup',
  label: 'matrix setup',
  grants: [{ role: 'PLATFORM_ADMIN' }],
};

function importInput(ctx: MatrixContext, target: TenantKey) {
  const file = `external_id;name_fi\nmatriisi-${ctx.build.next()};Matriisin tuonti\n`;
  return {
    organizationId: ORGS[TENANTS[target].org],
    networkId: NETWORKS[TENANTS[target].network],
    contentBase64: Buffer.from(file).toString('base64'),
  };
}

export const SERVICE_IMPORT_MATRIX: Record<string, MatrixCase<string>> = {
  serviceImportTemplate: matrixCase<'-'>({
    doc: '{ serviceImportTemplate }',
    targets: ['-'],
    expect: () => okIf(true),
    readOnly: true,
  }),
  // A dry run writes nothing, for anyone.
  previewServiceImport: matrixCase<TenantKey>({
    doc: 'mutation($input: ServiceImportInput!) { previewServiceImport(input: $input) { created } }',
    targets: TENANT_KEYS,
    setup: (ctx, target) => Promise.resolve({ input: importInput(ctx, target) }),
    expect: IMPORTERS,
    readOnly: true,
    verify: (data) => {
      expect(data.previewServiceImport).toEqual({ created: 1 });
    },
  }),
  commitServiceImport: matrixCase<TenantKey>({
    doc: 'mutation($input: CommitServiceImportInput!) { commitServiceImport(input: $input) { created } }',
    targets: TENANT_KEYS,
    setup: async (ctx, target) => {
      const input = importInput(ctx, target);
      const { previewToken } = await ctx.api.app
        .get(ServiceImportService)
        .preview(SETUP_ACTOR, input);
      return { input: { ...input, previewToken } };
    },
    expect: IMPORTERS,
    verify: (data) => {
      expect(data.commitServiceImport).toEqual({ created: 1 });
    },
  }),
  // A large import's run: its organisation's admins and its network's coordinators only.
  serviceImportRun: matrixCase<TenantKey>({
    doc: 'query($id: ID!) { serviceImportRun(id: $id) { status total } }',
    targets: TENANT_KEYS,
    setup: async (ctx, target) => {
      const run = await ctx.api.app.get(PrismaClient).serviceImportRun.create({
        data: {
          organizationId: ORGS[TENANTS[target].org],
          networkId: NETWORKS[TENANTS[target].network],
          actorId: 'matrix-setup',
          actorLabel: 'matrix setup',
          format: 'CSV',
          fileHash: '0'.repeat(64),
          status: 'DONE',
          total: 101,
          done: 101,
        },
      });
      return { id: run.id };
    },
    expect: IMPORTERS,
    readOnly: true,
    verify: (data) => {
      expect(data.serviceImportRun).toEqual({ status: 'DONE', total: 101 });
    },
  }),
};
