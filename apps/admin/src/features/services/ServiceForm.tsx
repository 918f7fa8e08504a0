import {
  ActionIcon,
  Alert,
  Anchor,
  Badge,
  Button,
  Checkbox,
  Group,
  MultiSelect,
  NumberInput,
  Paper,
  Radio,
  SimpleGrid,
  Stack,
  Tabs,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import {
  type CompletenessContent,
  type CompletenessItem,
  missingForPublication,
  serviceCompleteness,
} from '@linja/domain';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { CompletenessChecklist } from '../../components/CompletenessChecklist';
import { Page } from '../../components/Page';
import { currentLanguage } from '../../lib/i18n';
import { errorMessage } from '../../lib/urql/errors';
import { formatTime, localized } from './format';
import { fieldNameOf, focusFormField, variantOf } from './form/fields';
import { LeaveGuard } from './form/LeaveGuard';
import { LocalizedField } from './form/LocalizedField';
import { type SaveState, useAutosave } from './form/useAutosave';
import {
  type FieldProblem,
  formPathOfApiField,
  SECTIONS,
  type SectionId,
  validateContent,
} from './form/validation';
import {
  contentToValues,
  newStepKey,
  type ServiceFormValues,
  type TextVariant,
  TEXT_VARIANTS,
  translationStatus,
  loc,
  valuesToInput,
} from './form/values';
import { ServiceStatusBadge } from './ServiceBadges';
import { type ServiceEditorData, SubmitServiceMutation } from './services.documents';
import { PtvExportAction } from './ptv/PtvExportAction';

export interface TaxonomyOption {
  id: string;
  label: { fi?: string | null; sv?: string | null; en?: string | null };
}

const SERVICE_LANGUAGE_CODES = [
  'fi',
  'sv',
  'en',
  'se',
  'ru',
  'et',
  'ar',
  'so',
  'uk',
  'fa',
  'ku',
  'sq',
  'vi',
  'zh',
  'es',
  'fr',
  'de',
  'tr',
] as const;

const CHANNELS = ['IN_PERSON', 'PHONE', 'CHAT', 'VIDEO', 'GROUP', 'HOME_VISIT'] as const;

function languageNames(language: string): Intl.DisplayNames | null {
  try {
    return new Intl.DisplayNames([language], { type: 'language' });
  } catch {
    return null;
  }
}

/** A problem to fix before submitting, linked to its field. */
interface Problem {
  path: string;
  label: string;
  reason?: string;
}

function ProblemLinks({
  problems,
  onFocus,
}: {
  problems: readonly Problem[];
  onFocus: (path: string) => void;
}) {
  return (
    <ul style={{ margin: 0, paddingInlineStart: '1.25rem' }}>
      {problems.map((problem) => (
        <li key={`${problem.path}-${problem.label}`}>
          <Anchor
            href={`#${problem.path}`}
            onClick={(event) => {
              event.preventDefault();
              onFocus(problem.path);
            }}
          >
            {problem.label}
          </Anchor>
          {problem.reason ? `: ${problem.reason}` : ''}
        </li>
      ))}
    </ul>
  );
}

function SaveIndicator({
  state,
  held,
  onReload,
}: {
  state: SaveState;
  held: readonly Problem[];
  onReload: () => void;
}) {
  const { t, i18n } = useTranslation('services');
  const language = currentLanguage(i18n);
  let content: ReactNode = null;
  if (state.kind === 'saving') content = <Text c="dimmed">{t('form.save.saving')}</Text>;
  if (state.kind === 'saved') {
    content = (
      <Text c="green.6" fw={600}>
        {t('form.save.saved')} {formatTime(state.at, language)}
      </Text>
    );
  }
  if (state.kind === 'unsaved') content = <Text c="dimmed">{t('form.save.unsaved')}</Text>;
  if (state.kind === 'invalid') {
    content = (
      <Text c="red.6" fw={600}>
        {state.at ? `${t('form.save.saved')} ${formatTime(state.at, language)} · ` : ''}
        {t('form.save.held', { count: held.length })}
      </Text>
    );
  }
  if (state.kind === 'error') {
    content = (
      <Text c="red.6" fw={600}>
        {t('form.save.error')}
        {state.message ? `: ${state.message}` : ''}
      </Text>
    );
  }
  return (
    <>
      <div role="status" aria-live="polite" data-testid="save-state">
        {content}
      </div>
      {state.kind === 'conflict' && (
        <Alert color="red" variant="light" role="alert" title={t('form.save.conflict')}>
          <Button variant="outline" color="red" onClick={onReload}>
            {t('form.save.reload')}
          </Button>
        </Alert>
      )}
    </>
  );
}

function Section({ id, children }: { id: SectionId; children: ReactNode }) {
  const { t } = useTranslation('services');
  return (
    <Paper
      withBorder
      p="lg"
      radius="md"
      component="section"
      aria-labelledby={`section-${id}`}
      id={`s-${id}`}
    >
      <Title order={2} size="h3" id={`section-${id}`}>
        {t(`form.sections.${id}`)}
      </Title>
      <Text c="dimmed" size="sm" mb="md">
        {t(`form.sectionHelp.${id}`)}
      </Text>
      <Stack gap="md">{children}</Stack>
    </Paper>
  );
}

/**
 * The service form: basics → who it is for → how to get it → where and when → for professionals →
 * service path, in language tabs (Finnish, plain Finnish, Swedish, English) that show what is missing
 * or older than the Finnish text. Validates with the domain schema, autosaves the draft and submits it
 * for review.
 */
export function ServiceForm({
  service,
  themes,
  targetGroups,
  basePath,
  onReload,
  canManageFunding = false,
}: {
  service: ServiceEditorData;
  themes: TaxonomyOption[];
  targetGroups: TaxonomyOption[];
  basePath: string;
  onReload: () => void;
  /** The organisation's admins keep the service's funding sources (issue 16). */
  canManageFunding?: boolean;
}) {
  const { t, i18n } = useTranslation('services');
  const { t: tc } = useTranslation();
  const language = currentLanguage(i18n);
  const working = service.workingRevision;
  const editable = service.status !== 'ARCHIVED' && working?.state !== 'SUBMITTED';
  // Something to submit: a draft or returned revision (a published service gets one on its first save).
  const hasDraft = working?.state === 'DRAFT' || working?.state === 'RETURNED';
  const [variant, setVariant] = useState<TextVariant>('fi');
  // The form owns its values after loading; later refetches must not overwrite typing.
  // The published revision as stored (with translations hidden from the public): the editor keeps them.
  const publishedContent = service.publishedRevision?.content ?? service.published;
  const [initial] = useState(() => contentToValues(working?.content ?? publishedContent));
  const published = useMemo(
    () => (publishedContent ? contentToValues(publishedContent) : null),
    [publishedContent],
  );
  const hiddenAtPublication = useMemo(
    () =>
      new Set(
        (service.publishedRevision?.hiddenTranslations ?? []).map(
          (ref) => `${ref.field}.${ref.locale}`,
        ),
      ),
    [service.publishedRevision],
  );

  const message = (problem: FieldProblem) =>
    problem.key === 'tooLong'
      ? t('form.errors.tooLong', { max: problem.max ?? 0 })
      : t(`form.errors.${problem.key}`);
  // An invalid value is not saved (autosave keeps the last saved one): the field says both.
  const errorsOf = (values: ServiceFormValues) =>
    Object.fromEntries(
      Object.entries(validateContent(values)).map(([path, problem]) => [
        path,
        editable ? (
          <>
            <span>{message(problem)}</span> <span>{t('form.save.heldField')}</span>
          </>
        ) : (
          message(problem)
        ),
      ]),
    );
  // The whole draft is checked on every change (what was loaded passed the API's checks, so only new
  // edits show errors); an age range error shows on ageMin whichever limit was changed.
  const form = useForm<ServiceFormValues>({
    mode: 'controlled',
    initialValues: initial,
    validate: errorsOf,
    onValuesChange: (values) => {
      form.setErrors(errorsOf(values));
    },
  });

  const onFieldError = (field: string, detail: string | null) => {
    form.setFieldError(formPathOfApiField(field), t('form.errors.api', { message: detail ?? '' }));
  };
  const autosave = useAutosave({
    serviceId: service.id,
    version: service.version,
    values: form.values,
    enabled: editable,
    onFieldError,
  });

  // Focus a field named by a problem: switch to its language tab first (rendered at once), then focus.
  const focusField = (path: string) => {
    const tab = variantOf(path);
    if (tab && tab !== variant) {
      flushSync(() => {
        setVariant(tab);
      });
    }
    if (path === 'deliveries') document.getElementById('manage-deliveries')?.focus();
    else focusFormField(path);
  };
  const labelOf = (path: string) => {
    const name = fieldNameOf(path);
    const step = name.step ? ` (${t('form.path.step', { n: name.step })})` : '';
    const tabName =
      name.variant && name.variant !== 'fi' ? `, ${tc(`languages.${name.variant}`)}` : '';
    return `${t(`form.fields.${name.key}` as 'form.fields.name')}${step}${tabName}`;
  };
  const heldProblems: Problem[] = autosave.held.map((path) => ({ path, label: labelOf(path) }));

  // The completeness checklist of @linja/domain, on what is on screen and the service's deliveries.
  const onScreen = valuesToInput(form.values);
  const completeness = serviceCompleteness(
    {
      summary: onScreen.summary ?? {},
      targetGroupIds: onScreen.targetGroupIds ?? [],
      ageMin: onScreen.ageMin ?? null,
      ageMax: onScreen.ageMax ?? null,
      channels: onScreen.channels ?? [],
      path: onScreen.path ?? [],
      contact: onScreen.contact ?? {},
    } as unknown as CompletenessContent,
    service.deliveries.edges.map((edge) => edge.node),
  );
  const itemLabel = (item: CompletenessItem) => item.label[language];
  const [submitProblems, setSubmitProblems] = useState<Problem[] | null>(null);
  const problemsRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (submitProblems?.length) problemsRef.current?.focus();
  }, [submitProblems]);

  const [submitState, submit] = useMutation(SubmitServiceMutation);
  const onSubmit = async () => {
    const check = form.validate();
    const problems: Problem[] = [
      ...Object.keys(check.errors).map((path) => ({
        path,
        label: labelOf(path),
        reason: t('form.problems.invalid'),
      })),
      ...missingForPublication(completeness).map((item) => ({
        path: item.field,
        label: itemLabel(item),
      })),
    ];
    if (problems.length > 0) {
      setSubmitProblems(problems);
      return;
    }
    setSubmitProblems(null);
    const saved = await autosave.saveNow();
    if (!saved) return;
    const result = await submit({ input: { id: service.id, expectedVersion: autosave.version() } });
    if (result.error) {
      // The API's checklist may know more (e.g. a delivery ended meanwhile): list what it names.
      const missing = result.error.graphQLErrors[0]?.extensions.missing;
      if (Array.isArray(missing) && missing.length > 0) {
        setSubmitProblems(
          missing.map((field) => {
            const path = formPathOfApiField(String(field));
            const item = completeness.find((candidate) => candidate.field === path);
            return { path, label: item ? itemLabel(item) : labelOf(path) };
          }),
        );
        return;
      }
      notifications.show({
        color: 'red',
        message: errorMessage(result.error) ?? t('form.save.error'),
      });
      return;
    }
    if (result.data) autosave.setVersion(result.data.submitServiceForReview.version);
    notifications.show({ color: 'green', message: t('form.submitted') });
  };

  const status = translationStatus(form.values, published, hiddenAtPublication);
  const outdated = (path: string) => variant !== 'fi' && status[variant].outdated.includes(path);
  const termLabel = (term: TaxonomyOption) => localized(term.label, language);
  const displayNames = languageNames(language);
  const title = localized(form.values.name, 'fi') || t('create.title');

  const tabLabel = (code: TextVariant) => {
    const name = tc(`languages.${code}`);
    const capitalised = name.charAt(0).toUpperCase() + name.slice(1);
    if (code === 'fi') {
      return (
        <Group gap={6} wrap="nowrap">
          <span>{capitalised}</span>
          <Badge size="sm" variant="outline" color="gray" tt="none">
            {t('form.source')}
          </Badge>
        </Group>
      );
    }
    const { missing, outdated: old } = status[code];
    return (
      <Group gap={6} wrap="nowrap">
        <span>{capitalised}</span>
        {missing.length > 0 && (
          <Badge
            size="sm"
            variant={code === 'fiPlain' ? 'outline' : 'light'}
            color={code === 'fiPlain' ? 'gray' : 'orange'}
            tt="none"
          >
            {t('form.missing', { count: missing.length })}
          </Badge>
        )}
        {old.length > 0 && (
          <Badge size="sm" variant="light" color="red" tt="none">
            {t('form.outdated', { count: old.length })}
          </Badge>
        )}
        {missing.length === 0 && old.length === 0 && (
          <Badge size="sm" variant="light" color="green" tt="none">
            {t('form.complete')}
          </Badge>
        )}
      </Group>
    );
  };

  const languageOptions = SERVICE_LANGUAGE_CODES.map((code) => ({
    value: code,
    label: displayNames?.of(code) ?? code,
  }));
  const deliveriesCount = service.deliveries.totalCount;

  const body = (
    <Stack gap="lg">
      <Section id="basics">
        <LocalizedField
          form={form}
          path="name"
          variant={variant}
          label={t('form.fields.name')}
          requiredInFinnish
          maxLength={120}
          outdated={outdated('name')}
          disabled={!editable}
        />
        <LocalizedField
          form={form}
          path="summary"
          variant={variant}
          label={t('form.fields.summary')}
          description={t('form.fields.summaryHelp')}
          multiline
          rows={2}
          maxLength={300}
          outdated={outdated('summary')}
          disabled={!editable}
        />
        <LocalizedField
          form={form}
          path="description"
          variant={variant}
          label={t('form.fields.description')}
          multiline
          rows={5}
          maxLength={5000}
          outdated={outdated('description')}
          disabled={!editable}
        />
        <MultiSelect
          label={t('form.fields.themes')}
          data={themes.map((term) => ({ value: term.id, label: termLabel(term) }))}
          searchable
          clearable
          disabled={!editable}
          {...form.getInputProps('themeIds')}
        />
      </Section>

      <Section id="audience">
        <MultiSelect
          label={t('form.fields.targetGroups')}
          data={targetGroups.map((term) => ({ value: term.id, label: termLabel(term) }))}
          searchable
          clearable
          disabled={!editable}
          {...form.getInputProps('targetGroupIds')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NumberInput
            label={t('form.fields.ageMin')}
            min={0}
            max={120}
            allowDecimal={false}
            disabled={!editable}
            {...form.getInputProps('ageMin')}
          />
          <NumberInput
            label={t('form.fields.ageMax')}
            min={0}
            max={120}
            allowDecimal={false}
            disabled={!editable}
            {...form.getInputProps('ageMax')}
          />
        </SimpleGrid>
        <MultiSelect
          label={t('form.fields.serviceLanguages')}
          data={languageOptions}
          searchable
          disabled={!editable}
          {...form.getInputProps('serviceLanguages')}
        />
      </Section>

      <Section id="access">
        <Radio.Group label={t('form.fields.accessMode')} {...form.getInputProps('accessMode')}>
          <Group mt="xs" gap="lg">
            {(['SELF_REFERRAL', 'PROFESSIONAL_REFERRAL', 'BOTH'] as const).map((mode) => (
              <Radio
                key={mode}
                value={mode}
                label={t(`form.accessMode.${mode}`)}
                disabled={!editable}
              />
            ))}
          </Group>
        </Radio.Group>
        <Checkbox.Group label={t('form.fields.channels')} {...form.getInputProps('channels')}>
          <Group mt="xs" gap="lg">
            {CHANNELS.map((channel) => (
              <Checkbox
                key={channel}
                value={channel}
                label={t(`form.channel.${channel}`)}
                disabled={!editable}
              />
            ))}
          </Group>
        </Checkbox.Group>
        <Radio.Group label={t('form.fields.cost')} {...form.getInputProps('cost')}>
          <Group mt="xs" gap="lg">
            {(['FREE', 'FEE'] as const).map((cost) => (
              <Radio key={cost} value={cost} label={t(`form.cost.${cost}`)} disabled={!editable} />
            ))}
          </Group>
        </Radio.Group>
        <LocalizedField
          form={form}
          path="costNote"
          variant={variant}
          label={t('form.fields.costNote')}
          multiline
          rows={2}
          maxLength={500}
          outdated={outdated('costNote')}
          disabled={!editable}
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            label={t('form.fields.phone')}
            type="tel"
            autoComplete="off"
            disabled={!editable}
            {...form.getInputProps('contact.phone')}
          />
          <TextInput
            label={t('form.fields.email')}
            type="email"
            autoComplete="off"
            disabled={!editable}
            {...form.getInputProps('contact.email')}
          />
          <TextInput
            label={t('form.fields.website')}
            type="url"
            placeholder="https://"
            disabled={!editable}
            {...form.getInputProps('contact.website')}
          />
        </SimpleGrid>
        <LocalizedField
          form={form}
          path="contact.note"
          variant={variant}
          label={t('form.fields.contactNote')}
          multiline
          rows={2}
          maxLength={500}
          outdated={outdated('contact.note')}
          disabled={!editable}
        />
      </Section>

      <Section id="whereWhen">
        <Text>
          {deliveriesCount > 0
            ? t('form.deliveries.count', { count: deliveriesCount })
            : t('form.deliveries.none')}
        </Text>
        <Button
          component={Link}
          id="manage-deliveries"
          to={`${basePath}/services/${service.id}/deliveries`}
          variant="outline"
          style={{ alignSelf: 'flex-start' }}
        >
          {t('form.deliveries.manage')}
        </Button>
        {canManageFunding && (
          <Group gap="sm">
            <Button
              component={Link}
              to={`${basePath}/services/${service.id}/funding`}
              variant="outline"
            >
              {t('form.funding.manage')}
            </Button>
            <Text size="sm" c="dimmed">
              {t('form.funding.hint')}
            </Text>
          </Group>
        )}
      </Section>

      <Section id="professionals">
        <LocalizedField
          form={form}
          path="professionalInfo.howToRefer"
          variant={variant}
          label={t('form.fields.howToRefer')}
          multiline
          maxLength={2000}
          outdated={outdated('professionalInfo.howToRefer')}
          disabled={!editable}
        />
        <LocalizedField
          form={form}
          path="professionalInfo.eligibility"
          variant={variant}
          label={t('form.fields.eligibility')}
          multiline
          maxLength={2000}
          outdated={outdated('professionalInfo.eligibility')}
          disabled={!editable}
        />
        <LocalizedField
          form={form}
          path="professionalInfo.whatHappensNext"
          variant={variant}
          label={t('form.fields.whatHappensNext')}
          multiline
          maxLength={2000}
          outdated={outdated('professionalInfo.whatHappensNext')}
          disabled={!editable}
        />
      </Section>

      <Section id="path">
        {form.values.path.length === 0 && <Text c="dimmed">{t('form.path.empty')}</Text>}
        {form.values.path.map((step, index) => (
          <Paper key={step.key} withBorder p="md" radius="sm" bg="gray.0">
            <Group justify="space-between" mb="xs">
              <Title order={3} size="h5">
                {t('form.path.step', { n: index + 1 })}
              </Title>
              <Group gap={4}>
                <ActionIcon
                  variant="subtle"
                  aria-label={`${t('form.path.up')} (${index + 1})`}
                  disabled={!editable || index === 0}
                  onClick={() => {
                    form.reorderListItem('path', { from: index, to: index - 1 });
                  }}
                >
                  ↑
                </ActionIcon>
                <ActionIcon
                  variant="subtle"
                  aria-label={`${t('form.path.down')} (${index + 1})`}
                  disabled={!editable || index === form.values.path.length - 1}
                  onClick={() => {
                    form.reorderListItem('path', { from: index, to: index + 1 });
                  }}
                >
                  ↓
                </ActionIcon>
                <Button
                  variant="subtle"
                  color="red"
                  size="xs"
                  disabled={!editable}
                  onClick={() => {
                    form.removeListItem('path', index);
                  }}
                >
                  {t('form.path.remove')}
                </Button>
              </Group>
            </Group>
            <Stack gap="sm">
              <LocalizedField
                form={form}
                path={`path.${index}.title`}
                variant={variant}
                label={t('form.fields.stepTitle')}
                requiredInFinnish
                maxLength={120}
                outdated={outdated(`path.${index}.title`)}
                disabled={!editable}
              />
              <LocalizedField
                form={form}
                path={`path.${index}.description`}
                variant={variant}
                label={t('form.fields.stepDescription')}
                multiline
                rows={2}
                maxLength={1000}
                outdated={outdated(`path.${index}.description`)}
                disabled={!editable}
              />
            </Stack>
          </Paper>
        ))}
        <Button
          variant="outline"
          style={{ alignSelf: 'flex-start' }}
          disabled={!editable || form.values.path.length >= 20}
          onClick={() => {
            form.insertListItem('path', {
              key: newStepKey(),
              title: loc(null),
              description: loc(null),
            });
          }}
        >
          {t('form.path.add')}
        </Button>
      </Section>
    </Stack>
  );

  return (
    <Page
      title={title}
      badge={<ServiceStatusBadge service={service} />}
      breadcrumbs={[{ label: t('list.title'), to: `${basePath}/services` }, { label: title }]}
      actions={
        <>
          <Button
            component={Link}
            to={`${basePath}/services/${service.id}/preview`}
            variant="default"
          >
            {t('form.preview')}
          </Button>
          {service.status === 'PUBLISHED' && <PtvExportAction serviceId={service.id} />}
          {editable && hasDraft && (
            <Button onClick={() => void onSubmit()} loading={submitState.fetching}>
              {t('form.submit')}
            </Button>
          )}
        </>
      }
    >
      {working?.state === 'RETURNED' && working.returnReason && (
        <Alert color="orange" variant="light" title={t('form.returned')}>
          <Text style={{ whiteSpace: 'pre-wrap' }}>{working.returnReason}</Text>
        </Alert>
      )}
      {working?.state === 'SUBMITTED' && (
        <Alert color="blue" variant="light">
          {t('form.awaitingReview')}
        </Alert>
      )}
      {service.status === 'PUBLISHED' && working && working.state !== 'SUBMITTED' && (
        <Text c="dimmed" size="sm">
          {t('form.published')}
        </Text>
      )}
      <Group justify="space-between" align="center" wrap="wrap">
        <Group gap="xs" wrap="wrap">
          {SECTIONS.map((section) => (
            <Anchor key={section} href={`#s-${section}`} size="sm">
              {t(`form.sections.${section}`)}
            </Anchor>
          ))}
        </Group>
        <SaveIndicator state={autosave.state} held={heldProblems} onReload={onReload} />
      </Group>
      <LeaveGuard when={autosave.dirty} />
      {editable && heldProblems.length > 0 && (
        <Alert
          color="orange"
          variant="light"
          title={t('form.save.held', { count: heldProblems.length })}
          data-testid="held-fields"
        >
          <ProblemLinks problems={heldProblems} onFocus={focusField} />
        </Alert>
      )}
      {submitProblems && submitProblems.length > 0 && (
        <Alert
          color="red"
          variant="light"
          title={t('form.problems.title')}
          ref={problemsRef}
          tabIndex={-1}
          data-testid="submit-problems"
        >
          <Text mb="xs">{t('form.problems.intro')}</Text>
          <ProblemLinks problems={submitProblems} onFocus={focusField} />
        </Alert>
      )}
      {editable && hasDraft && (
        <CompletenessChecklist
          items={completeness}
          text={{
            title: t('form.completeness.title'),
            help: t('form.completeness.help'),
            done: t('form.completeness.done'),
            ok: t('form.completeness.ok'),
            missing: t('form.completeness.missing'),
          }}
          onFocus={focusField}
        />
      )}
      <Tabs
        value={variant}
        onChange={(value) => {
          if (value) setVariant(value as TextVariant);
        }}
        keepMounted={false}
        variant="outline"
      >
        <Tabs.List aria-label={t('form.languageTabs')}>
          {TEXT_VARIANTS.map((code) => (
            <Tabs.Tab key={code} value={code}>
              {tabLabel(code)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {TEXT_VARIANTS.map((code) => (
          <Tabs.Panel key={code} value={code} pt="lg">
            {body}
          </Tabs.Panel>
        ))}
      </Tabs>
    </Page>
  );
}
