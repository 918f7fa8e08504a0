import { useId, useRef, useState, type SyntheticEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { Link } from 'wouter';
import { fieldValue, useAdoptTypedValue } from '../../lib/firstRender';
import { useReferralTexts } from '../../lib/i18n/referral';
import { MunicipalityPicker } from '../../components/MunicipalityPicker';
import { useHref, useLanguage } from '../../lib/language';
import { useNetwork } from '../../lib/network';
import { pickText, type LocalizedText } from '../../lib/localized';

const REFERRAL_FORMS_QUERY = /* GraphQL */ `
  query ReferralForms($id: ID!, $municipalityCode: String) {
    me {
      id
      roles {
        role
        networkId
        isVerified
      }
    }
    service(id: $id) {
      id
      network {
        id
      }
      referralSettings {
        acceptsReferrals
        acceptsContactRequests
        reasons {
          key
          label {
            fi
            sv
            en
          }
        }
      }
      deliveries(first: 20, municipalityCode: $municipalityCode) {
        edges {
          node {
            id
            status
            organization {
              name
            }
            locations {
              name
            }
          }
        }
      }
    }
  }
`;
const CONTACT_MUTATION = /* GraphQL */ `
  mutation PortalContactRequest($input: CreateContactRequestInput!) {
    createContactRequest(input: $input) {
      id
      status
    }
  }
`;
const REFER_MUTATION = /* GraphQL */ `
  mutation PortalReferral($input: CreateReferralInput!) {
    createReferral(input: $input) {
      id
      status
    }
  }
`;

interface FormsData {
  me: {
    id: string;
    roles: { role: string; networkId: string | null; isVerified: boolean }[];
  } | null;
  service: {
    id: string;
    network: { id: string };
    referralSettings: {
      acceptsReferrals: boolean;
      acceptsContactRequests: boolean;
      reasons: { key: string; label: LocalizedText }[];
    };
    deliveries: {
      edges: {
        node: {
          id: string;
          status: string;
          organization: { name: string };
          locations: { name: string | null }[];
        };
      }[];
    };
  } | null;
}

const WINDOWS = ['ANY', 'MORNING', 'AFTERNOON', 'EVENING'] as const;

/** A contact window from a field's value (anything else: any time). */
function asWindow(value: string): (typeof WINDOWS)[number] {
  return WINDOWS.find((window) => window === value) ?? 'ANY';
}

/**
 * A service page's "Ask to be contacted" (anyone, when the service takes contact requests; phone
 * first; no confirmation is ever sent to the person, and the form says why) and "Refer a client"
 * (signed-in verified professionals of the network, when it takes referrals). Quick exit stays in the
 * shell. Renders nothing when the service takes neither.
 */
export function ReferralForms({
  serviceId,
  municipality,
}: {
  serviceId: string;
  municipality: string | null;
}) {
  const [{ data }] = useQuery<FormsData>({
    query: REFERRAL_FORMS_QUERY,
    variables: { id: serviceId, municipalityCode: municipality },
  });
  const service = data?.service;
  if (!service) return null;
  const isProfessional = (data.me?.roles ?? []).some(
    (role) =>
      role.role === 'PROFESSIONAL' && role.isVerified && role.networkId === service.network.id,
  );
  return (
    <>
      {service.referralSettings.acceptsReferrals && isProfessional ? (
        <ReferForm service={service} municipality={municipality} />
      ) : null}
      {service.referralSettings.acceptsContactRequests ? (
        <ContactForm serviceId={service.id} />
      ) : null}
    </>
  );
}

type Outcome = 'sent' | 'failed' | 'rateLimited' | 'needContact' | 'badPhone' | 'badEmail';

/** What an answer means to the person: sent, or which of their details to fix, or try later. */
function outcomeOf(
  error: { graphQLErrors: { extensions?: Record<string, unknown> }[] } | undefined,
) {
  if (!error) return 'sent';
  const extensions = error.graphQLErrors[0]?.extensions ?? {};
  if (extensions.code === 'RATE_LIMITED') return 'rateLimited';
  const field = typeof extensions.field === 'string' ? extensions.field : '';
  if (extensions.code === 'BAD_USER_INPUT' && /phone$/i.test(field)) return 'badPhone';
  if (extensions.code === 'BAD_USER_INPUT' && /email$/i.test(field)) return 'badEmail';
  return 'failed';
}

function useOutcome() {
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const ref = useRef<HTMLParagraphElement>(null);
  const show = (next: Outcome) => {
    setOutcome(next);
    setTimeout(() => ref.current?.focus(), 0);
  };
  const settle = (result: {
    error?: { graphQLErrors: { extensions?: Record<string, unknown> }[] };
  }) => {
    show(outcomeOf(result.error));
  };
  return { outcome, ref, settle, show };
}

function ContactForm({ serviceId }: { serviceId: string }) {
  const texts = useReferralTexts();
  const id = useId();
  const [{ fetching }, send] = useMutation(CONTACT_MUTATION);
  const [phone, setPhone] = useState('');
  const [email, setEmail] = useState('');
  const [window, setWindow] = useState<(typeof WINDOWS)[number]>('ANY');
  const [message, setMessage] = useState('');
  const { outcome, ref, settle, show } = useOutcome();
  // The form comes rendered from the server and may be filled in before the app runs
  // (lib/firstRender.ts): the fields' state takes over what was typed, the submit reads the fields.
  const phoneField = useRef<HTMLInputElement>(null);
  const emailField = useRef<HTMLInputElement>(null);
  const windowField = useRef<HTMLSelectElement>(null);
  const messageField = useRef<HTMLTextAreaElement>(null);
  useAdoptTypedValue(phoneField, phone, setPhone);
  useAdoptTypedValue(emailField, email, setEmail);
  useAdoptTypedValue(windowField, window, (chosen) => {
    setWindow(asWindow(chosen));
  });
  useAdoptTypedValue(messageField, message, setMessage);

  async function submit(event: SyntheticEvent) {
    event.preventDefault();
    const typed = {
      phone: fieldValue(phoneField, phone),
      email: fieldValue(emailField, email),
      message: fieldValue(messageField, message),
    };
    if (!typed.phone.trim() && !typed.email.trim()) {
      show('needContact');
      return;
    }
    settle(
      await send({
        input: {
          serviceId,
          phone: typed.phone || null,
          email: typed.email || null,
          contactWindow: asWindow(fieldValue(windowField, window)),
          message: typed.message || null,
        },
      }),
    );
  }

  return (
    <section aria-labelledby={`${id}-h`} className="service__section referral-form">
      <h2 id={`${id}-h`}>{texts.contactHeading}</h2>
      {outcome === 'sent' ? (
        <p ref={ref} tabIndex={-1} role="status">
          {texts.contactSent}
        </p>
      ) : (
        <form onSubmit={(event) => void submit(event)}>
          <p>{texts.contactIntro}</p>
          <p className="hint">{texts.noConfirmation}</p>
          <label htmlFor={`${id}-phone`}>{texts.phone}</label>
          <input
            id={`${id}-phone`}
            ref={phoneField}
            type="tel"
            autoComplete="off"
            aria-invalid={outcome === 'badPhone' || outcome === 'needContact'}
            value={phone}
            onChange={(event) => {
              setPhone(event.target.value);
            }}
          />
          <label htmlFor={`${id}-email`}>{texts.email}</label>
          <input
            id={`${id}-email`}
            ref={emailField}
            type="email"
            autoComplete="off"
            aria-invalid={outcome === 'badEmail' || outcome === 'needContact'}
            value={email}
            onChange={(event) => {
              setEmail(event.target.value);
            }}
          />
          <label htmlFor={`${id}-window`}>{texts.window}</label>
          <select
            id={`${id}-window`}
            ref={windowField}
            value={window}
            onChange={(event) => {
              setWindow(asWindow(event.target.value));
            }}
          >
            {WINDOWS.map((value) => (
              <option key={value} value={value}>
                {texts[value]}
              </option>
            ))}
          </select>
          <label htmlFor={`${id}-message`}>{texts.message}</label>
          <textarea
            id={`${id}-message`}
            ref={messageField}
            maxLength={500}
            value={message}
            onChange={(event) => {
              setMessage(event.target.value);
            }}
          />
          {outcome ? (
            <p ref={ref} tabIndex={-1} role="alert">
              {texts[outcome]}
            </p>
          ) : null}
          <button type="submit" className="button" disabled={fetching}>
            {fetching ? texts.sending : texts.send}
          </button>
        </form>
      )}
    </section>
  );
}

function ReferForm({
  service,
  municipality,
}: {
  service: NonNullable<FormsData['service']>;
  municipality: string | null;
}) {
  const texts = useReferralTexts();
  const language = useLanguage();
  const href = useHref();
  const network = useNetwork();
  const id = useId();
  const [{ fetching }, send] = useMutation(REFER_MUTATION);
  const deliveries = service.deliveries.edges
    .map((edge) => edge.node)
    .filter((node) => node.status === 'ACTIVE');
  const [fields, setFields] = useState({
    deliveryId: deliveries[0]?.id ?? '',
    municipalityCode: municipality ?? '',
    reasonKey: service.referralSettings.reasons[0]?.key ?? '',
    urgency: 'ROUTINE',
    contactMethod: 'PHONE',
    contactWindow: 'ANY',
    clientName: '',
    clientPhone: '',
    clientEmail: '',
    message: '',
  });
  const [consent, setConsent] = useState(false);
  const { outcome, ref, settle } = useOutcome();
  const set = (key: keyof typeof fields) => (event: { target: { value: string } }) => {
    setFields((current) => ({ ...current, [key]: event.target.value }));
  };

  async function submit(event: SyntheticEvent) {
    event.preventDefault();
    const blank = (value: string) => (value.trim() === '' ? null : value);
    settle(
      await send({
        input: {
          serviceId: service.id,
          ...fields,
          clientName: blank(fields.clientName),
          clientPhone: blank(fields.clientPhone),
          clientEmail: blank(fields.clientEmail),
          message: blank(fields.message),
          consentConfirmed: consent,
        },
      }),
    );
  }

  const select = (key: keyof typeof fields, label: string, options: [string, string][]) => (
    <>
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <select id={`${id}-${key}`} value={fields[key]} onChange={set(key)}>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </>
  );
  const input = (key: keyof typeof fields, label: string, type = 'text') => (
    <>
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <input
        id={`${id}-${key}`}
        type={type}
        autoComplete="off"
        value={fields[key]}
        onChange={set(key)}
      />
    </>
  );

  return (
    <section aria-labelledby={`${id}-h`} className="service__section referral-form">
      <h2 id={`${id}-h`}>{texts.referHeading}</h2>
      {outcome === 'sent' ? (
        <>
          <p ref={ref} tabIndex={-1} role="status">
            {texts.referSent}
          </p>
          <p>
            <Link href={href(`/${network.slug}/referrals`)}>{texts.myReferrals}</Link>
          </p>
        </>
      ) : (
        <form onSubmit={(event) => void submit(event)}>
          <p>{texts.referIntro}</p>
          {select(
            'deliveryId',
            texts.delivery,
            deliveries.map((node) => [
              node.id,
              [node.organization.name, ...node.locations.map((l) => l.name ?? '')]
                .filter(Boolean)
                .join(', '),
            ]),
          )}
          <MunicipalityPicker
            value={fields.municipalityCode || null}
            label={texts.municipality}
            remember={false}
            onChange={(code) => {
              setFields((current) => ({ ...current, municipalityCode: code ?? '' }));
            }}
          />
          {select(
            'reasonKey',
            texts.reason,
            service.referralSettings.reasons.map((reason) => [
              reason.key,
              pickText(reason.label, language) || reason.key,
            ]),
          )}
          {select('urgency', texts.urgency, [
            ['ROUTINE', texts.ROUTINE],
            ['SOON', texts.SOON],
            ['URGENT', texts.URGENT],
          ])}
          {select('contactMethod', texts.method, [
            ['PHONE', texts.PHONE],
            ['EMAIL', texts.EMAIL],
            ['ANY', texts.ANY],
          ])}
          {select(
            'contactWindow',
            texts.window,
            WINDOWS.map((value) => [value, texts[value]]),
          )}
          {input('clientName', texts.clientName)}
          {input('clientPhone', texts.clientPhone, 'tel')}
          {input('clientEmail', texts.clientEmail, 'email')}
          <label htmlFor={`${id}-message`}>{texts.message}</label>
          <textarea
            id={`${id}-message`}
            maxLength={500}
            value={fields.message}
            onChange={set('message')}
          />
          <p>
            <input
              id={`${id}-consent`}
              type="checkbox"
              checked={consent}
              onChange={(event) => {
                setConsent(event.target.checked);
              }}
            />{' '}
            <label htmlFor={`${id}-consent`}>{texts.consent}</label>
          </p>
          {outcome ? (
            <p ref={ref} tabIndex={-1} role="alert">
              {texts[outcome]}
            </p>
          ) : null}
          <button type="submit" className="button" disabled={fetching}>
            {fetching ? texts.sending : texts.send}
          </button>
        </form>
      )}
    </section>
  );
}
