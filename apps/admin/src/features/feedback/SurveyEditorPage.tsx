import { Alert, Button, Group, Radio, Select, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { Page } from '../../components/Page';
import { ErrorState, LoadingState } from '../../components/PageState';
import { currentLanguage } from '../../lib/i18n';
import { errorField, errorMessage } from '../../lib/urql/errors';
import { localized } from '../services/format';
import { mayCreateSurvey, mayManageSurvey, useFeedbackScope } from './access';
import {
  CreateFeedbackSurveyMutation,
  FeedbackSurveyQuery,
  FeedbackTargetsQuery,
  type SurveyRow,
  UpdateFeedbackSurveyMutation,
} from './feedback.documents';
import { QuestionsEditor, TextsFields } from './QuestionsEditor';
import {
  emptyForm,
  type FormErrors,
  formField,
  formOf,
  questionsInput,
  type SurveyForm,
  textsInput,
  validate,
} from './survey-form';

/** A year back: events that may still ask for feedback. */
function aYearAgo(): string {
  const date = new Date();
  date.setFullYear(date.getFullYear() - 1);
  return date.toISOString();
}

/**
 * /…/feedback/new and /…/feedback/:surveyId/edit: a DRAFT survey's fi/sv/en title, the service or
 * event it is on (chosen once, when created), and its 1–10 questions. Checked in the browser as the
 * API checks; the API's field errors land on the same fields. Read-only once not a draft.
 */
export function SurveyEditorPage() {
  const { surveyId } = useParams();
  const { tenant, network } = useFeedbackScope();
  const creating = !surveyId;
  const [existing, refetch] = useQuery({
    query: FeedbackSurveyQuery,
    variables: { id: surveyId ?? '' },
    pause: creating,
  });
  const survey = existing.data?.feedbackSurvey;
  const suffix = tenant.kind === 'organization' && network ? `?network=${network.slug}` : '';

  // Only those who write surveys start one (the API refuses anyone else anyway).
  if (creating && !mayCreateSurvey(tenant)) {
    return <Navigate to={`${tenant.basePath}/feedback${suffix}`} replace />;
  }
  if (!creating && !survey) {
    if (existing.error) {
      return (
        <ErrorState
          error={existing.error}
          onRetry={() => {
            refetch({ requestPolicy: 'network-only' });
          }}
        />
      );
    }
    return <LoadingState />;
  }
  return <SurveyEditor key={survey?.id ?? 'new'} survey={survey ?? null} />;
}

/** The form itself, for a new survey (`survey` null) or a stored one. */
function SurveyEditor({ survey }: { survey: SurveyRow | null }) {
  const { t, i18n } = useTranslation('feedback');
  const language = currentLanguage(i18n);
  const navigate = useNavigate();
  const { tenant, network, organizationId } = useFeedbackScope();
  const creating = survey === null;
  const [form, setForm] = useState<SurveyForm>(() => (survey ? formOf(survey) : emptyForm()));
  const [errors, setErrors] = useState<FormErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [{ fetching: creatingNow }, create] = useMutation(CreateFeedbackSurveyMutation);
  const [{ fetching: updatingNow }, update] = useMutation(UpdateFeedbackSurveyMutation);
  const [since] = useState(aYearAgo);
  const [targets] = useQuery({
    query: FeedbackTargetsQuery,
    variables: {
      serviceFilter: { networkSlug: network?.slug, organizationId, statuses: ['PUBLISHED'] },
      eventFilter: { networkSlug: network?.slug, organizationId, from: since },
    },
    pause: !creating || !network,
  });

  const suffix = tenant.kind === 'organization' && network ? `?network=${network.slug}` : '';
  const listPath = `${tenant.basePath}/feedback${suffix}`;
  const writable = creating ? mayCreateSurvey(tenant) : mayManageSurvey(tenant, survey);
  const editable = writable && (creating || survey.status === 'DRAFT');
  const options = useMemo(() => {
    const data = targets.data;
    return form.targetKind === 'service'
      ? (data?.services.edges ?? []).map(({ node }) => ({
          value: node.id,
          label: localized(node.name, language),
        }))
      : (data?.events.edges ?? []).map(({ node }) => ({
          value: node.id,
          label: localized(node.title, language),
        }));
  }, [targets.data, form.targetKind, language]);

  const title = creating ? t('editor.newTitle') : t('editor.editTitle');
  const errorText = (field: string) => {
    const error = errors[field];
    return error ? t(error.key as 'editor.required', error.values) : undefined;
  };

  const save = async () => {
    setFailure(null);
    const found = validate(form, creating);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setFailure(t('editor.invalid'));
      return;
    }
    const answer = !survey
      ? await create({
          input: {
            networkSlug: network?.slug ?? '',
            organizationId: organizationId ?? null,
            serviceId: form.targetKind === 'service' ? form.targetId : null,
            eventId: form.targetKind === 'event' ? form.targetId : null,
            audience: form.audience,
            title: textsInput(form.title),
            questions: questionsInput(form),
          },
        })
      : await update({
          input: {
            id: survey.id,
            audience: form.audience,
            title: textsInput(form.title),
            questions: questionsInput(form),
          },
        });
    if (answer.error) {
      const field = errorField(answer.error);
      if (field) setErrors({ [formField(field)]: { key: 'editor.invalid' } });
      setFailure(t('editor.failed', { detail: errorMessage(answer.error) ?? '' }));
      return;
    }
    const id =
      answer.data && 'createFeedbackSurvey' in answer.data
        ? answer.data.createFeedbackSurvey.id
        : survey?.id;
    void navigate(`${tenant.basePath}/feedback/${id ?? ''}${suffix}`);
  };

  return (
    <Page
      title={title}
      description={t('editor.description')}
      breadcrumbs={[{ label: t('editor.back'), to: listPath }, { label: title }]}
    >
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <Stack gap="lg" maw={960}>
          {survey && survey.status !== 'DRAFT' && (
            <Alert color="yellow">{t('editor.notDraft')}</Alert>
          )}
          <TextsFields
            value={form.title}
            onChange={(value) => {
              setForm({ ...form, title: value });
            }}
            label={(lang) => t('editor.titleIn', { language: lang })}
            field="input.title"
            errors={errors}
            disabled={!editable}
          />
          <Radio.Group
            label={t('editor.audience')}
            value={form.audience}
            onChange={(value) => {
              const audience =
                value === 'REFERRER' || value === 'PARTNER' ? value : ('CLIENT' as const);
              // A referrer survey is on a service (the API refuses one on an event).
              const toService = audience === 'REFERRER' && form.targetKind === 'event';
              setForm({
                ...form,
                audience,
                ...(toService ? { targetKind: 'service' as const, targetId: null } : {}),
              });
            }}
            error={errorText('input.audience')}
          >
            <Stack mt="xs" gap="xs">
              <Radio value="CLIENT" label={t('editor.audienceClient')} disabled={!editable} />
              <Radio
                value="REFERRER"
                label={t('editor.audienceReferrer')}
                disabled={!editable || (!creating && Boolean(survey.eventId))}
              />
              <Radio value="PARTNER" label={t('editor.audiencePartner')} disabled={!editable} />
            </Stack>
          </Radio.Group>
          {creating ? (
            <Stack gap="xs">
              <Radio.Group
                label={t('editor.target')}
                value={form.targetKind}
                onChange={(value) => {
                  setForm({
                    ...form,
                    targetKind: value === 'event' ? 'event' : 'service',
                    targetId: null,
                  });
                }}
              >
                <Group mt="xs">
                  <Radio value="service" label={t('editor.onService')} />
                  <Radio
                    value="event"
                    label={t('editor.onEvent')}
                    disabled={form.audience === 'REFERRER'}
                  />
                </Group>
              </Radio.Group>
              <Select
                label={form.targetKind === 'service' ? t('editor.service') : t('editor.event')}
                placeholder={
                  form.targetKind === 'service' ? t('editor.pickService') : t('editor.pickEvent')
                }
                data={options}
                value={form.targetId}
                searchable
                required
                nothingFoundMessage={t('editor.noTargets')}
                error={errorText('input.serviceId')}
                onChange={(value) => {
                  setForm({ ...form, targetId: value });
                }}
              />
            </Stack>
          ) : (
            <Text>
              {t('editor.targetLocked', { target: localized(survey.targetName, language) })}
            </Text>
          )}
          <Title order={2} size="h4">
            {t('editor.questions')}
          </Title>
          <QuestionsEditor
            questions={form.questions}
            onChange={(questions) => {
              setForm({ ...form, questions });
            }}
            errors={errors}
            disabled={!editable}
          />
          {failure && (
            <Alert color="red" role="alert">
              {failure}
            </Alert>
          )}
          <Group>
            {editable && (
              <Button type="submit" loading={creatingNow || updatingNow}>
                {creating ? t('editor.create') : t('editor.save')}
              </Button>
            )}
            <Button variant="default" component={Link} to={listPath}>
              {t('editor.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Page>
  );
}

export default SurveyEditorPage;
