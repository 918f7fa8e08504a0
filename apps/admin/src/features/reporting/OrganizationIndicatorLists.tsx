import { Button, Checkbox, Fieldset, Group, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { currentLanguage } from '../../lib/i18n';
import { NetworkMembersQuery } from '../members/members.documents';
import { localized } from '../services/format';
import { type IndicatorRow } from './reporting.documents';

/** An organisation that reports its own list in the round instead of the common one. */
export interface OrganizationList {
  readonly organizationId: string | null;
  readonly indicatorIds: string[];
}

/**
 * The round's exceptions (issue 16: "which indicators each organisation reports"): an active member
 * chosen here reports exactly its list — the network's REPORTED indicators it is given and its own —
 * instead of the common list.
 */
export function OrganizationIndicatorLists({
  slug,
  indicators,
  value,
  onChange,
  errorAt,
}: {
  slug: string;
  /** The network's REPORTED indicators and its organisations' own. */
  indicators: readonly IndicatorRow[];
  value: readonly OrganizationList[];
  onChange: (next: OrganizationList[]) => void;
  errorAt: (field: string) => string | undefined;
}) {
  const { t, i18n } = useTranslation('reporting');
  const language = currentLanguage(i18n);
  const [members] = useQuery({
    query: NetworkMembersQuery,
    variables: { slug, filter: { statuses: ['ACTIVE'] }, first: 100 },
  });
  const organizations = (members.data?.network.members.edges ?? []).map(
    (edge) => edge.node.organization,
  );
  const update = (index: number, change: Partial<OrganizationList>) => {
    onChange(value.map((entry, at) => (at === index ? { ...entry, ...change } : entry)));
  };

  return (
    <Stack gap="sm">
      <div>
        <Text fw={500} size="sm">
          {t('rounds.perOrganization')}
        </Text>
        <Text size="xs" c="dimmed">
          {t('rounds.perOrganizationHint')}
        </Text>
      </div>
      {value.map((entry, index) => {
        const name = organizations.find((org) => org.id === entry.organizationId)?.name;
        const field = `input.organizations.${index}`;
        const choices = indicators.filter(
          (row) => !row.organizationId || row.organizationId === entry.organizationId,
        );
        return (
          <Fieldset key={index} legend={name ?? t('rounds.listNumber', { number: index + 1 })}>
            <Stack gap="xs">
              <Select
                label={t('rounds.organization')}
                placeholder={t('rounds.chooseOrganization')}
                data={organizations
                  .filter(
                    (org) =>
                      org.id === entry.organizationId ||
                      !value.some((other) => other.organizationId === org.id),
                  )
                  .map((org) => ({ value: org.id, label: org.name }))}
                value={entry.organizationId}
                searchable
                required
                error={errorAt(`${field}.organizationId`)}
                onChange={(organizationId) => {
                  // An organisation's own indicators belong to it alone.
                  const kept = entry.indicatorIds.filter((id) => {
                    const row = indicators.find((candidate) => candidate.id === id);
                    return !row?.organizationId;
                  });
                  update(index, { organizationId, indicatorIds: kept });
                }}
              />
              <Checkbox.Group
                label={t('rounds.organizationIndicators')}
                value={entry.indicatorIds}
                onChange={(indicatorIds) => {
                  update(index, { indicatorIds });
                }}
                error={errorAt(`${field}.indicatorIds`)}
              >
                <Stack gap={6} mt="xs">
                  {choices.map((row) => (
                    <Checkbox
                      key={row.id}
                      value={row.id}
                      label={
                        row.organizationId
                          ? t('rounds.ownIndicator', { name: localized(row.name, language) })
                          : localized(row.name, language)
                      }
                    />
                  ))}
                </Stack>
              </Checkbox.Group>
              <Group justify="flex-end">
                <Button
                  variant="subtle"
                  color="red"
                  size="xs"
                  aria-label={t('rounds.removeListOf', {
                    organization: name ?? t('rounds.listNumber', { number: index + 1 }),
                  })}
                  onClick={() => {
                    onChange(value.filter((_, at) => at !== index));
                  }}
                >
                  {t('rounds.removeList')}
                </Button>
              </Group>
            </Stack>
          </Fieldset>
        );
      })}
      <Group>
        <Button
          variant="light"
          size="xs"
          disabled={value.length >= organizations.length}
          onClick={() => {
            onChange([...value, { organizationId: null, indicatorIds: [] }]);
          }}
        >
          {t('rounds.addList')}
        </Button>
      </Group>
    </Stack>
  );
}
