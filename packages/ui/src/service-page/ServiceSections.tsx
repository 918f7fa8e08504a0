import { useServicePage } from './context';
import { ageText, languageName } from './format';
import { LocalizedView } from './LocalizedView';
import { ContactLines } from './DeliveryView';
import { type ServiceView } from './types';

/** The name (the page's h1, `#service-name`), the responsible organisation and the summary. */
export function ServiceHeader({ service }: { service: ServiceView }) {
  const { t } = useServicePage();
  return (
    <header className="service__header">
      <h1 id="service-name" className="service__name">
        <LocalizedView value={service.name} plain />
      </h1>
      <p className="service__org">{t('card.by', { name: service.organizationName })}</p>
      <LocalizedView value={service.summary} as="p" className="lead" plain />
    </header>
  );
}

/** What the service is (the long description), for whom, and how to get it (facts and contact). */
export function AboutSections({ service }: { service: ServiceView }) {
  const { t, language } = useServicePage();
  const ages = ageText(t, service.ageMin, service.ageMax);
  return (
    <>
      <section aria-labelledby="about-heading" className="service__section">
        <h2 id="about-heading">{t('service.about')}</h2>
        <LocalizedView value={service.description} multiline plain showFallbackNote />
      </section>

      <section aria-labelledby="for-heading" className="service__section">
        <h2 id="for-heading">{t('service.forWhom')}</h2>
        <ul className="tags">
          {service.targetGroups.map((term) => (
            <li key={term.id} className="tag">
              <LocalizedView value={term.label} />
            </li>
          ))}
          {ages ? <li className="tag">{ages}</li> : null}
        </ul>
      </section>

      <section aria-labelledby="how-heading" className="service__section">
        <h2 id="how-heading">{t('service.howToGet')}</h2>
        <dl className="facts">
          <div>
            <dt>{t('service.access')}</dt>
            <dd>{t(`accessMode.${service.accessMode}`)}</dd>
          </div>
          <div>
            <dt>{t('service.cost')}</dt>
            <dd>
              {t(`cost.${service.cost}`)}
              <LocalizedView value={service.costNote} as="span" className="facts__note" />
            </dd>
          </div>
          <div>
            <dt>{t('service.channels')}</dt>
            <dd>{service.channels.map((c) => t(`channel.${c}`)).join(', ')}</dd>
          </div>
          <div>
            <dt>{t('service.languages')}</dt>
            <dd>
              {service.serviceLanguages.map((code) => languageName(code, language)).join(', ')}
            </dd>
          </div>
          <div>
            <dt>{t('service.organizer')}</dt>
            <dd>{service.organizationName}</dd>
          </div>
        </dl>
        <h3>{t('service.contact')}</h3>
        <ContactLines contact={service.contact} />
        <LocalizedView value={service.contact.note} as="p" className="hint" />
      </section>
    </>
  );
}

/** The client's path as numbered steps. */
export function PathSection({ service }: { service: ServiceView }) {
  const { t } = useServicePage();
  if (!service.path.length) return null;
  return (
    <section aria-labelledby="path-heading" className="service__section">
      <h2 id="path-heading">{t('service.path')}</h2>
      <ol className="path">
        {[...service.path]
          .sort((a, b) => a.position - b.position)
          .map((step) => (
            <li key={step.position} className="path__step">
              <h3 className="path__title">
                <span className="linja-visually-hidden">
                  {t('service.step', { n: step.position })}:{' '}
                </span>
                <LocalizedView value={step.title} plain />
              </h3>
              <LocalizedView value={step.description} as="p" plain />
            </li>
          ))}
      </ol>
    </section>
  );
}

/** For professionals (the portal gets it for signed-in professionals only): eligibility and how to refer. */
export function ProfessionalSection({ service }: { service: ServiceView }) {
  const { t } = useServicePage();
  const info = service.professionalInfo;
  if (!info) return null;
  return (
    <section
      aria-labelledby="pro-heading"
      className="service__section service__section--pro"
      data-testid="professional-info"
    >
      <h2 id="pro-heading">{t('service.professional')}</h2>
      <p className="hint">{t('service.professionalNote')}</p>
      <h3>{t('service.eligibility')}</h3>
      <LocalizedView value={info.eligibility} multiline />
      <h3>{t('service.howToRefer')}</h3>
      <LocalizedView value={info.howToRefer} multiline />
      <h3>{t('service.whatHappensNext')}</h3>
      <LocalizedView value={info.whatHappensNext} multiline />
    </section>
  );
}
