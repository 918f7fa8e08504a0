import { Navigate, type RouteObject, useRoutes } from 'react-router';
import { HomeRedirect } from '../shell/HomeRedirect';
import { NotFoundPage } from '../shell/NotFoundPage';
import { PublicLayout } from '../shell/PublicLayout';
import { SignedInLayout } from '../shell/SignedInLayout';
import { NetworkTenantLayout, OrganizationTenantLayout } from '../shell/TenantLayouts';
import { UnauthenticatedRedirect } from '../shell/UnauthenticatedRedirect';
import type { FeatureModule } from './feature';
import { FEATURES } from './features';

function withDefaultIndex(routes: RouteObject[], fallback: string): RouteObject[] {
  return routes.some((route) => route.index)
    ? routes
    : [{ index: true, element: <Navigate to={fallback} replace /> }, ...routes];
}

/** The route tree under /admin, assembled from the features' routes. */
export function buildRoutes(features: readonly FeatureModule[]): RouteObject[] {
  return [
    {
      element: <PublicLayout />,
      children: features.flatMap((feature) => feature.publicRoutes ?? []),
    },
    {
      element: <SignedInLayout />,
      children: [
        { index: true, element: <HomeRedirect /> },
        {
          path: 'n/:networkSlug',
          element: <NetworkTenantLayout />,
          children: withDefaultIndex(
            features.flatMap((feature) => feature.networkRoutes ?? []),
            'review',
          ),
        },
        {
          path: 'o/:organizationId',
          element: <OrganizationTenantLayout />,
          children: withDefaultIndex(
            features.flatMap((feature) => feature.organizationRoutes ?? []),
            'services',
          ),
        },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ];
}

const ROUTES = buildRoutes(FEATURES);

export function AppRoutes() {
  const element = useRoutes(ROUTES);
  return (
    <>
      <UnauthenticatedRedirect />
      {element}
    </>
  );
}
