import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Checkbox,
  Fieldset,
  Group,
  Modal,
  NumberInput,
  Paper,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { currentLanguage } from '../../lib/i18n';
import { errorCode, errorField, errorMessage } from '../../lib/urql/errors';
import { localized } from '../services/format';
import { type AreaSelection, AreaPicker } from './AreaPicker';
import {
  type Delivery,
  RemoveDeliveryMutation,
  UpdateDeliveryMutation,
} from './deliveries.documents';

const WEEKDAYS = [
  'MONDAY',
  'TUESDAY',
  'WEDNESDAY',
  'THURSDAY',
  'FRIDAY',
  'SATURDAY',
  'SUNDAY',
] as const;
type Weekday = (typeof WEEKDAYS)[number];

interface LocationDraft {
  key: string;
  name: string;
  streetAddress: string;
  postalCode: string;
  postOffice: string;
  latitude: number | '';
  longitude: number | '';
}

interface PeriodDraft {
  key: string;
  days: Weekday[];
  opens: string;
  closes: string;
}

let draftKey = 0;
const nextKey = () => `draft-${++draftKey}`;

function locationDrafts(delivery: Delivery): LocationDraft[] {
  return delivery.locations.map((l) => ({
    key: l.id,
    name: l.name ?? '',
    streetAddress: l.streetAddress,
    postalCode: l.postalCode,
    postOffice: l.postOffice,
    latitude: l.latitude ?? '',
    longitude: l.longitude ?? '',
  }));
}

function periodDrafts(delivery: Delivery): PeriodDraft[] {
  return delivery.openingHours.periods.map((p) => ({
    key: nextKey(),
    days: [...p.days],
    opens: p.opens,
    closes: p.closes,
  }));
}

const STATUS_COLOUR = { ACTIVE: 'green', PLANNING: 'blue', ENDED: 'gray' } as const;

/** One delivery of a service: where (areas, nationwide, remote), locations, opening hours, intake. */
export function DeliveryCard({ delivery, index }: { delivery: Delivery; index: number }) {
  const { t, i18n } = useTranslation('deliveries');
  const { t: tc } = useTranslation();
  const language = currentLanguage(i18n);
  const [areas, setAreas] = useState<AreaSelection>({
    wellbeingAreaCodes: delivery.wellbeingAreas.map((a) => a.code),
    municipalityCodes: delivery.municipalities.map((m) => m.code),
  });
  const [isNationwide, setNationwide] = useState(delivery.isNationwide);
  const [isRemote, setRemote] = useState(delivery.isRemote);
  const [locations, setLocations] = useState(() => locationDrafts(delivery));
  const [open247, setOpen247] = useState(delivery.openingHours.open247);
  const [periods, setPeriods] = useState(() => periodDrafts(delivery));
  const [accepting, setAccepting] = useState(delivery.acceptingClients);
  const [failure, setFailure] = useState<{ field: string | null; message: string } | null>(null);
  // A saved (or elsewhere changed) delivery comes back with a new version: show what the API has,
  // without remounting the card (focus stays where it was).
  const [syncedVersion, setSyncedVersion] = useState(delivery.version);
  if (syncedVersion !== delivery.version) {
    setSyncedVersion(delivery.version);
    setAreas({
      wellbeingAreaCodes: delivery.wellbeingAreas.map((a) => a.code),
      municipalityCodes: delivery.municipalities.map((m) => m.code),
    });
    setNationwide(delivery.isNationwide);
    setRemote(delivery.isRemote);
    setLocations(locationDrafts(delivery));
    setOpen247(delivery.openingHours.open247);
    setPeriods(periodDrafts(delivery));
    setAccepting(delivery.acceptingClients);
  }
  const [confirmRemove, setConfirmRemove] = useState(false);
  const [update, runUpdate] = useMutation(UpdateDeliveryMutation);
  const [remove, runRemove] = useMutation(RemoveDeliveryMutation);
  const headingId = `delivery-${delivery.id}`;

  const fieldError = (prefix: string) =>
    failure?.field?.startsWith(prefix) ? failure.message : null;

  const report = (error: Parameters<typeof errorField>[0]) => {
    const message =
      errorCode(error) === 'CONFLICT'
        ? t('errors.conflict')
        : (errorMessage(error) ?? t('errors.failed'));
    setFailure({ field: errorField(error), message });
  };

  const save = async () => {
    setFailure(null);
    const result = await runUpdate({
      input: {
        id: delivery.id,
        expectedVersion: delivery.version,
        isNationwide,
        isRemote,
        areas: {
          wellbeingAreaCodes: areas.wellbeingAreaCodes,
          municipalityCodes: areas.municipalityCodes,
          regionCodes: delivery.regions.map((r) => r.code),
        },
        locations: locations.map((l) => ({
          name: l.name.trim() || undefined,
          streetAddress: l.streetAddress.trim(),
          postalCode: l.postalCode.trim(),
          postOffice: l.postOffice.trim(),
          latitude: l.latitude === '' ? undefined : l.latitude,
          longitude: l.longitude === '' ? undefined : l.longitude,
        })),
        openingHours: {
          open247,
          periods: open247
            ? []
            : periods.map((p) => ({ days: p.days, opens: p.opens, closes: p.closes })),
        },
      },
    });
    if (result.error) {
      report(result.error);
      return;
    }
    notifications.show({ withCloseButton: false, color: 'green', message: t('saved') });
  };

  const toggleAccepting = async (value: boolean) => {
    setAccepting(value); // optimistic: the switch moves at once, and back if the API refuses
    const result = await runUpdate({
      input: { id: delivery.id, expectedVersion: delivery.version, acceptingClients: value },
    });
    if (result.error) {
      setAccepting(!value);
      report(result.error);
      return;
    }
    notifications.show({
      withCloseButton: false,
      color: 'green',
      message: value ? t('acceptingOn') : t('acceptingOff'),
    });
  };

  const doRemove = async () => {
    const result = await runRemove({
      input: { id: delivery.id, expectedVersion: delivery.version },
    });
    setConfirmRemove(false);
    if (result.error) {
      report(result.error);
      return;
    }
    notifications.show({ withCloseButton: false, color: 'green', message: t('removed') });
  };

  return (
    <Paper component="section" aria-labelledby={headingId} withBorder radius="md" p="md">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start">
          <Stack gap={2}>
            <Title order={2} size="h4" id={headingId}>
              {t('deliveryTitle', { number: index + 1, organization: delivery.organization.name })}
            </Title>
            <Group gap="xs">
              <Badge color={STATUS_COLOUR[delivery.status]} variant="light" tt="none">
                {t(`status.${delivery.status}`)}
              </Badge>
              {delivery.startsOn && (
                <Text size="sm" c="dimmed">
                  {t('startsOn', { date: delivery.startsOn })}
                </Text>
              )}
            </Group>
          </Stack>
          <Switch
            label={t('accepting')}
            checked={accepting}
            disabled={update.fetching}
            onChange={(event) => {
              void toggleAccepting(event.currentTarget.checked);
            }}
          />
        </Group>

        <Group gap="lg">
          <Switch
            label={t('nationwide')}
            checked={isNationwide}
            onChange={(event) => {
              setNationwide(event.currentTarget.checked);
            }}
          />
          <Switch
            label={t('remote')}
            checked={isRemote}
            onChange={(event) => {
              setRemote(event.currentTarget.checked);
            }}
          />
        </Group>
        <AreaPicker
          label={t('areas')}
          value={areas}
          onChange={setAreas}
          known={[
            ...delivery.wellbeingAreas.map((place) => ({ kind: 'area' as const, place })),
            ...delivery.municipalities.map((place) => ({ kind: 'municipality' as const, place })),
          ]}
          error={fieldError('areas')}
        />
        {delivery.regions.length > 0 && (
          <Text size="sm" c="dimmed">
            {t('regions', {
              list: delivery.regions.map((r) => localized(r.name, language)).join(', '),
            })}
          </Text>
        )}

        <Fieldset legend={t('locations.legend')}>
          <Stack gap="sm">
            {locations.length === 0 && (
              <Text size="sm" c="dimmed">
                {t('locations.none')}
              </Text>
            )}
            {locations.map((location, i) => {
              const set = (patch: Partial<LocationDraft>) => {
                setLocations((list) =>
                  list.map((l) => (l.key === location.key ? { ...l, ...patch } : l)),
                );
              };
              const n = i + 1;
              return (
                <Paper key={location.key} withBorder p="sm" radius="sm">
                  <Stack gap="xs">
                    <Group justify="space-between">
                      <Text fw={600} size="sm">
                        {t('locations.number', { number: n })}
                      </Text>
                      <Button
                        variant="subtle"
                        color="red"
                        size="compact-sm"
                        onClick={() => {
                          setLocations((list) => list.filter((l) => l.key !== location.key));
                        }}
                        aria-label={t('locations.removeNumber', { number: n })}
                      >
                        {t('locations.remove')}
                      </Button>
                    </Group>
                    <Group grow align="flex-start" wrap="wrap">
                      <TextInput
                        label={t('locations.name')}
                        value={location.name}
                        onChange={(e) => {
                          set({ name: e.currentTarget.value });
                        }}
                      />
                      <TextInput
                        label={t('locations.street')}
                        required
                        value={location.streetAddress}
                        error={fieldError(`locations.${i}.streetAddress`)}
                        onChange={(e) => {
                          set({ streetAddress: e.currentTarget.value });
                        }}
                      />
                    </Group>
                    <Group grow align="flex-start" wrap="wrap">
                      <TextInput
                        label={t('locations.postalCode')}
                        required
                        value={location.postalCode}
                        error={fieldError(`locations.${i}.postalCode`)}
                        onChange={(e) => {
                          set({ postalCode: e.currentTarget.value });
                        }}
                      />
                      <TextInput
                        label={t('locations.postOffice')}
                        required
                        value={location.postOffice}
                        error={fieldError(`locations.${i}.postOffice`)}
                        onChange={(e) => {
                          set({ postOffice: e.currentTarget.value });
                        }}
                      />
                      <NumberInput
                        label={t('locations.latitude')}
                        decimalScale={6}
                        min={59}
                        max={71}
                        value={location.latitude}
                        onChange={(v) => {
                          set({ latitude: typeof v === 'number' ? v : '' });
                        }}
                      />
                      <NumberInput
                        label={t('locations.longitude')}
                        decimalScale={6}
                        min={19}
                        max={32}
                        value={location.longitude}
                        onChange={(v) => {
                          set({ longitude: typeof v === 'number' ? v : '' });
                        }}
                      />
                    </Group>
                  </Stack>
                </Paper>
              );
            })}
            <Button
              variant="light"
              onClick={() => {
                setLocations((list) => [
                  ...list,
                  {
                    key: nextKey(),
                    name: '',
                    streetAddress: '',
                    postalCode: '',
                    postOffice: '',
                    latitude: '',
                    longitude: '',
                  },
                ]);
              }}
              style={{ alignSelf: 'flex-start' }}
            >
              {t('locations.add')}
            </Button>
          </Stack>
        </Fieldset>

        <Fieldset legend={t('hours.legend')}>
          <Stack gap="sm">
            <Switch
              label={t('hours.open247')}
              checked={open247}
              onChange={(event) => {
                setOpen247(event.currentTarget.checked);
              }}
            />
            {!open247 &&
              periods.map((period, i) => {
                const set = (patch: Partial<PeriodDraft>) => {
                  setPeriods((list) =>
                    list.map((p) => (p.key === period.key ? { ...p, ...patch } : p)),
                  );
                };
                return (
                  <Paper key={period.key} withBorder p="sm" radius="sm">
                    <Stack gap="xs">
                      <Checkbox.Group
                        label={t('hours.days', { number: i + 1 })}
                        value={period.days}
                        onChange={(days) => {
                          set({ days: days });
                        }}
                        error={fieldError(`openingHours.periods.${i}`)}
                      >
                        <Group gap="sm" mt={4}>
                          {WEEKDAYS.map((day) => (
                            <Checkbox key={day} value={day} label={t(`weekdays.${day}`)} />
                          ))}
                        </Group>
                      </Checkbox.Group>
                      <Group align="flex-end">
                        <TextInput
                          type="time"
                          label={t('hours.opens')}
                          value={period.opens}
                          onChange={(e) => {
                            set({ opens: e.currentTarget.value });
                          }}
                          w={140}
                        />
                        <TextInput
                          type="time"
                          label={t('hours.closes')}
                          value={period.closes}
                          onChange={(e) => {
                            set({ closes: e.currentTarget.value });
                          }}
                          w={140}
                        />
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          size="lg"
                          aria-label={t('hours.removePeriod', { number: i + 1 })}
                          onClick={() => {
                            setPeriods((list) => list.filter((p) => p.key !== period.key));
                          }}
                        >
                          ×
                        </ActionIcon>
                      </Group>
                    </Stack>
                  </Paper>
                );
              })}
            {!open247 && (
              <Button
                variant="light"
                style={{ alignSelf: 'flex-start' }}
                onClick={() => {
                  setPeriods((list) => [
                    ...list,
                    {
                      key: nextKey(),
                      days: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'],
                      opens: '08:00',
                      closes: '16:00',
                    },
                  ]);
                }}
              >
                {t('hours.add')}
              </Button>
            )}
          </Stack>
        </Fieldset>

        {failure && (
          <Alert color="red" variant="light" role="alert">
            {failure.message}
          </Alert>
        )}
        <Group justify="space-between">
          <Button
            variant="outline"
            color="red"
            onClick={() => {
              setConfirmRemove(true);
            }}
          >
            {t('remove')}
          </Button>
          <Button
            loading={update.fetching}
            onClick={() => {
              void save();
            }}
          >
            {t('save', { number: index + 1 })}
          </Button>
        </Group>
      </Stack>
      <Modal
        closeButtonProps={{ 'aria-label': tc('common.close') }}
        opened={confirmRemove}
        onClose={() => {
          setConfirmRemove(false);
        }}
        title={t('removeTitle')}
        centered
      >
        <Stack>
          <Text>{t('removeText', { organization: delivery.organization.name })}</Text>
          <Group justify="flex-end">
            <Button
              variant="default"
              onClick={() => {
                setConfirmRemove(false);
              }}
            >
              {tc('common.cancel')}
            </Button>
            <Button
              color="red"
              loading={remove.fetching}
              onClick={() => {
                void doRemove();
              }}
            >
              {t('remove')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Paper>
  );
}
