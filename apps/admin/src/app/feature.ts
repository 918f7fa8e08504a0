import type { UpdateResolver } from '@urql/exchange-graphcache';
import type { ComponentType, ReactNode } from 'react';
import type { RouteObject } from 'react-router';

/** One language's strings of a feature: nested objects of strings (i18next JSON). */
export interface MessageTree {
  [key: string]: string | MessageTree;
}

/** A link in the shell's navigation. `labelKey` is a key in the feature's own namespace. */
export interface NavItem {
  /** Relative to the tenant's root, e.g. "services" → /admin/o/:organizationId/services. */
  to: string;
  labelKey: string;
  icon?: ReactNode;
  /**
   * Who sees it (default: everyone in that tenant who edits — coordinators, organisation admins and
   * editors; a REPORT_VIEWER sees only the items that name the role).
   */
  roles?: readonly ('COORDINATOR' | 'REPORT_VIEWER' | 'ORG_ADMIN' | 'ORG_EDITOR')[];
  /** Lower comes first (default 100). */
  order?: number;
  /** Only platform admins see it (e.g. the background job queue). */
  platformAdminOnly?: boolean;
  /**
   * Wraps the link and renders it only when there is something there (e.g. its own small query);
   * gets the workspace in the URL (a network's slug or an organisation's id).
   */
  Gate?: ComponentType<NavGateProps>;
}

export interface NavGateProps {
  workspace: { kind: 'network' | 'organization'; id: string };
  children: ReactNode;
}

/**
 * A feature folder's contribution to the app: its strings (its own i18next namespace = `id`), its
 * routes under each tenant, its navigation, and cache updates for its mutations. Registered once in
 * src/app/features.ts.
 */
export interface FeatureModule<Id extends string = string, M extends MessageTree = MessageTree> {
  id: Id;
  messages: { fi: M; sv: M; en: M };
  /** Under /n/:networkSlug (network coordinators). */
  networkRoutes?: RouteObject[];
  networkNav?: NavItem[];
  /** Under /o/:organizationId (association staff). */
  organizationRoutes?: RouteObject[];
  organizationNav?: NavItem[];
  /** Outside the signed-in shell, e.g. /sign-in. */
  publicRoutes?: RouteObject[];
  /** Graphcache `updates.Mutation` entries for this feature's mutations. */
  mutationUpdates?: Record<string, UpdateResolver>;
}

/** Keeps the literal id and the message type (for typed `t()` in the feature's namespace). */
export function defineFeature<Id extends string, M extends MessageTree>(
  feature: FeatureModule<Id, M>,
): FeatureModule<Id, M> {
  return feature;
}
