import { LANGUAGES, LanguageSwitcher } from '@linja/ui';
import {
  AppShell,
  Avatar,
  Box,
  Burger,
  Group,
  Menu,
  NavLink,
  ScrollArea,
  Select,
  Text,
  UnstyledButton,
  VisuallyHidden,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { Suspense, useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Link,
  Navigate,
  NavLink as RouterNavLink,
  Outlet,
  useLocation,
  useMatch,
  useNavigate,
} from 'react-router';
import { useMutation, useQuery } from 'urql';
import { FEATURES } from '../app/features';
import type { NavItem } from '../app/feature';
import { LoadingState } from '../components/PageState';
import {
  MeQuery,
  SignOutMutation,
  UpdateMySettingsMutation,
} from '../features/auth/auth.documents';
import { currentLanguage } from '../lib/i18n';
import { TenantDirectoryQuery } from '../lib/tenant/tenant.documents';
import { type Session, SessionContext } from '../lib/tenant/TenantContext';
import { tenantsOf, type TenantOption, type TenantRole } from '../lib/tenant/tenants';

export const LAST_TENANT_KEY = 'linja.admin.tenant';

function rememberTenant(key: string) {
  try {
    window.localStorage.setItem(LAST_TENANT_KEY, key);
  } catch {
    // Not remembered: the first workspace opens next time.
  }
}

/** The tenant (kind and key) in the current URL, if any. */
function useTenantInUrl(): { kind: 'network' | 'organization'; key: string; base: string } | null {
  const network = useMatch('/n/:networkSlug/*');
  const organization = useMatch('/o/:organizationId/*');
  if (network?.params.networkSlug) {
    const slug = network.params.networkSlug;
    return { kind: 'network', key: `n:${slug}`, base: `/n/${slug}` };
  }
  if (organization?.params.organizationId) {
    const id = organization.params.organizationId;
    return { kind: 'organization', key: `o:${id}`, base: `/o/${id}` };
  }
  return null;
}

/** Who sees a navigation item that names no roles: everyone but a read-only REPORT_VIEWER. */
const EDITING_ROLES: readonly TenantRole[] = ['COORDINATOR', 'ORG_ADMIN', 'ORG_EDITOR'];

function navItemsFor(
  kind: 'network' | 'organization',
  tenant: TenantOption | undefined,
  isPlatformAdmin: boolean,
) {
  const items: (NavItem & { ns: string })[] = [];
  for (const feature of FEATURES) {
    const nav = kind === 'network' ? feature.networkNav : feature.organizationNav;
    for (const item of nav ?? []) items.push({ ...item, ns: feature.id });
  }
  const roles: readonly TenantRole[] =
    tenant?.roles ?? (kind === 'network' ? ['COORDINATOR'] : ['ORG_EDITOR']);
  return items
    .filter((item) => isPlatformAdmin || !item.platformAdminOnly)
    .filter((item) => (item.roles ?? EDITING_ROLES).some((role) => roles.includes(role)))
    .sort((a, b) => (a.order ?? 100) - (b.order ?? 100));
}

/**
 * Everything behind sign-in: checks the session (else /sign-in?next=<this page>), loads the person's
 * workspaces and draws the app shell — header with the workspace switcher, language and user menu;
 * navigation of the current workspace; the page.
 */
export function SignedInLayout() {
  const { t, i18n } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const [opened, { toggle, close }] = useDisclosure(false);
  const [me] = useQuery({ query: MeQuery });
  // Platform admins work in every network; everyone else's workspaces come with their roles.
  const [directory] = useQuery({
    query: TenantDirectoryQuery,
    pause: !me.data?.me?.isPlatformAdmin,
  });
  const [, signOut] = useMutation(SignOutMutation);
  const [, updateSettings] = useMutation(UpdateMySettingsMutation);
  const inUrl = useTenantInUrl();

  const session = useMemo<Session | null>(() => {
    if (!me.data?.me) return null;
    return { me: me.data.me, tenants: tenantsOf(me.data.me, directory.data) };
  }, [me.data, directory.data]);

  useEffect(() => {
    close();
  }, [location.pathname, close]);
  useEffect(() => {
    if (inUrl) rememberTenant(inUrl.key);
  }, [inUrl]);

  if (!me.data && (me.fetching || !me.error)) return <LoadingState />;
  if (!session) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/sign-in?next=${encodeURIComponent(next)}`} replace />;
  }

  const current = session.tenants.find((tenant) => tenant.key === inUrl?.key);
  const nav = inUrl ? navItemsFor(inUrl.kind, current, session.me.isPlatformAdmin) : [];
  const language = currentLanguage(i18n);

  return (
    <SessionContext.Provider value={session}>
      <AppShell
        header={{ height: 64 }}
        navbar={{ width: 250, breakpoint: 'sm', collapsed: { mobile: !opened, desktop: !inUrl } }}
        padding="lg"
      >
        <a className="linja-skip-link" href="#main">
          {t('skipToContent')}
        </a>
        <AppShell.Header>
          <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="sm">
            <Group gap="sm" wrap="nowrap">
              {inUrl && (
                <Burger
                  opened={opened}
                  onClick={toggle}
                  hiddenFrom="sm"
                  size="sm"
                  aria-label={t('shell.openNavigation')}
                />
              )}
              <UnstyledButton component={Link} to="/">
                <Group gap={8} wrap="nowrap">
                  <Text fw={800} size="xl" c="linja.6" style={{ letterSpacing: '0.02em' }}>
                    {t('app.name')}
                  </Text>
                  <Text size="sm" c="dimmed" visibleFrom="xs">
                    {t('app.area')}
                  </Text>
                </Group>
              </UnstyledButton>
              {session.tenants.length > 1 && (
                <Select
                  aria-label={t('shell.tenant')}
                  visibleFrom="sm"
                  w={280}
                  allowDeselect={false}
                  value={current?.key ?? null}
                  placeholder={t('shell.tenant')}
                  data={[
                    {
                      group: t('shell.tenantNetwork'),
                      items: session.tenants
                        .filter((tenant) => tenant.kind === 'network')
                        .map((tenant) => ({ value: tenant.key, label: tenant.name })),
                    },
                    {
                      group: t('shell.tenantOrganization'),
                      items: session.tenants
                        .filter((tenant) => tenant.kind === 'organization')
                        .map((tenant) => ({ value: tenant.key, label: tenant.name })),
                    },
                  ].filter((group) => group.items.length > 0)}
                  onChange={(key) => {
                    const target = session.tenants.find((tenant) => tenant.key === key);
                    if (target) void navigate(target.path);
                  }}
                />
              )}
              {session.tenants.length === 1 && current && (
                <Text fw={600} visibleFrom="sm">
                  {current.name}
                </Text>
              )}
            </Group>
            <Group gap="sm" wrap="nowrap">
              {/* On a phone the languages move into the user menu, so the header never cuts. */}
              <Box visibleFrom="sm">
                <LanguageSwitcher
                  label={t('language.label')}
                  current={language}
                  onChange={(next) => {
                    void i18n.changeLanguage(next);
                  }}
                />
              </Box>
              <Menu position="bottom-end" withinPortal>
                <Menu.Target>
                  <UnstyledButton
                    px="xs"
                    py={4}
                    style={{ borderRadius: 'var(--mantine-radius-sm)' }}
                  >
                    {/* Named by its content ("User: name"), so the visible text is part of the name.
                        A phone has no room for the whole name: initials there, the name in the menu. */}
                    <VisuallyHidden>{t('shell.userMenu')}: </VisuallyHidden>
                    <Avatar
                      name={session.me.name}
                      size={32}
                      color="linja"
                      variant="filled"
                      hiddenFrom="sm"
                      aria-hidden
                    />
                    <VisuallyHidden hiddenFrom="sm">{session.me.name}</VisuallyHidden>
                    <Text size="sm" fw={600} lineClamp={1} visibleFrom="sm" maw={220}>
                      {session.me.name}
                    </Text>
                  </UnstyledButton>
                </Menu.Target>
                <Menu.Dropdown>
                  <Menu.Label>
                    <Text size="sm" fw={600} c="var(--mantine-color-text)">
                      {session.me.name}
                    </Text>
                    {session.me.email}
                  </Menu.Label>
                  {session.tenants.length > 1 &&
                    session.tenants.map((tenant) => (
                      <Menu.Item key={tenant.key} component={Link} to={tenant.path}>
                        {tenant.name}
                      </Menu.Item>
                    ))}
                  <Box hiddenFrom="sm">
                    <Menu.Divider />
                    <Menu.Label>{t('language.label')}</Menu.Label>
                    {LANGUAGES.map(({ code, name }) => (
                      <Menu.Item
                        key={code}
                        lang={code}
                        aria-current={code === language ? 'true' : undefined}
                        fw={code === language ? 700 : undefined}
                        onClick={() => {
                          void i18n.changeLanguage(code);
                        }}
                      >
                        {name}
                      </Menu.Item>
                    ))}
                  </Box>
                  <Menu.Divider />
                  <Menu.Item
                    role="menuitemcheckbox"
                    aria-checked={session.me.freshnessDigest}
                    closeMenuOnClick={false}
                    onClick={() => {
                      void updateSettings({
                        input: { freshnessDigest: !session.me.freshnessDigest },
                      });
                    }}
                  >
                    {session.me.freshnessDigest ? t('shell.digestOn') : t('shell.digestOff')}
                  </Menu.Item>
                  <Menu.Item
                    color="red"
                    onClick={() => {
                      void signOut({}).then(() => {
                        notifications.show({ message: t('shell.signedOut') });
                        void navigate('/sign-in', { replace: true });
                      });
                    }}
                  >
                    {t('shell.signOut')}
                  </Menu.Item>
                </Menu.Dropdown>
              </Menu>
            </Group>
          </Group>
        </AppShell.Header>
        {inUrl && (
          <AppShell.Navbar p="sm" aria-label={t('shell.navigation')} component="nav">
            <AppShell.Section>
              {current && (
                <Text size="xs" tt="uppercase" c="dimmed" fw={700} px="sm" pb="xs">
                  {current.kind === 'network'
                    ? t('shell.tenantNetwork')
                    : t('shell.tenantOrganization')}
                  {' · '}
                  {current.name}
                </Text>
              )}
            </AppShell.Section>
            <AppShell.Section grow component={ScrollArea}>
              {nav.map((item) => {
                const key = `${item.ns}:${item.to}`;
                const link = (
                  <NavLink
                    key={key}
                    component={RouterNavLink}
                    to={`${inUrl.base}/${item.to}`}
                    label={t(`${item.ns}:${item.labelKey}` as never)}
                    leftSection={item.icon}
                  />
                );
                const { Gate } = item;
                return Gate ? (
                  <Gate key={key} workspace={{ kind: inUrl.kind, id: inUrl.key.slice(2) }}>
                    {link}
                  </Gate>
                ) : (
                  link
                );
              })}
            </AppShell.Section>
          </AppShell.Navbar>
        )}
        <AppShell.Main id="main" tabIndex={-1} style={{ outline: 'none' }} component="main">
          <Suspense fallback={<LoadingState />}>
            <Outlet />
          </Suspense>
        </AppShell.Main>
      </AppShell>
    </SessionContext.Provider>
  );
}
