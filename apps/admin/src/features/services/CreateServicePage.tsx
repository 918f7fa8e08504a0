import { Alert, Button, Paper, Select, Stack, TextInput } from '@mantine/core';
import { type SyntheticEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { Page } from '../../components/Page';
import { useOrganizationTenant } from '../../lib/tenant/TenantContext';
import { errorField, errorMessage } from '../../lib/urql/errors';
import { CreateServiceMutation } from './services.documents';

/** /o/:organizationId/services/new — a name in Finnish creates the draft; the form takes over. */
export function CreateServicePage() {
  const { t } = useTranslation('services');
  const tenant = useOrganizationTenant();
  const navigate = useNavigate();
  const [networkId, setNetworkId] = useState<string | null>(tenant.networks[0]?.id ?? null);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [{ fetching }, create] = useMutation(CreateServiceMutation);

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    if (!name.trim()) {
      setError(t('form.errors.required'));
      return;
    }
    if (!networkId) return;
    const result = await create({
      input: {
        networkId,
        responsibleOrganizationId: tenant.organization.id,
        content: { name: { fi: name.trim() } },
      },
    });
    if (result.error) {
      setError(
        errorField(result.error)
          ? t('form.errors.api', { message: errorMessage(result.error) })
          : (errorMessage(result.error) ?? ''),
      );
      return;
    }
    const id = result.data?.createService.id;
    if (id) void navigate(`${tenant.basePath}/services/${id}`, { replace: true });
  };

  return (
    <Page
      title={t('create.title')}
      description={t('create.description')}
      breadcrumbs={[
        { label: t('list.title'), to: `${tenant.basePath}/services` },
        { label: t('create.title') },
      ]}
    >
      {tenant.networks.length === 0 ? (
        <Alert color="orange" variant="light">
          {t('create.noNetwork')}
        </Alert>
      ) : (
        <Paper withBorder p="lg" maw={560}>
          <form noValidate onSubmit={(event) => void submit(event)}>
            <Stack gap="md">
              {tenant.networks.length > 1 && (
                <Select
                  label={t('create.network')}
                  value={networkId}
                  allowDeselect={false}
                  onChange={setNetworkId}
                  data={tenant.networks.map((network) => ({
                    value: network.id,
                    label: network.name,
                  }))}
                />
              )}
              <TextInput
                label={t('create.name')}
                required
                maxLength={120}
                value={name}
                error={error}
                onChange={(event) => {
                  setName(event.currentTarget.value);
                  setError(null);
                }}
              />
              <Button type="submit" loading={fetching} style={{ alignSelf: 'flex-start' }}>
                {t('create.submit')}
              </Button>
            </Stack>
          </form>
        </Paper>
      )}
    </Page>
  );
}
