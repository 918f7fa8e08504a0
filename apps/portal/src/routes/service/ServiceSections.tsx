import { useTranslation } from 'react-i18next';
import { Localized } from '../../components/Localized';
import { ageText, languageName } from '../../components/ServiceCard';
import { useLanguage } from '../../lib/language';
import { type ServiceData } from '../../lib/queries';
import { ContactLines } from './DeliveryView';

type Service = ServiceData['service'];
type Content = NonNullable<Service['published']>;

/** What the service is (the long description), for whom, and how to get it (facts and contact). */
export function AboutSections({
  service,
  content,
  plain,
}: {
  service: Service;
  content: Content;
  plain: boolean;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const ages = ageText(t, content.ageMin, content.ageMax);
  return (
    <>
      <section aria-labelledby="about-heading" className="service__section">
        <h2 id="about-heading">{t('service.about')}</h2>
        <Localized value={content.description} multiline plain={plain} showFallbackNote />
      </section>

      <section aria-labelledby="for-heading" className="service__section">
        <h2 id="for-heading">{t('service.forWhom')}</h2>
        <ul className="tags">
          {content.targetGroups.map((term) => (
            <li key={term.id} className="tag">
              <Localized value={term.label} />
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
            <dd>{t(`accessMode.${content.accessMode}`)}</dd>
          </div>
          <div>
            <dt>{t('service.cost')}</dt>
            <dd>
              {t(`cost.${content.cost}`)}
              <Localized value={content.costNote} as="span" className="facts__note" />
            </dd>
          </div>
          <div>
            <dt>{t('service.channels')}</dt>
            <dd>{content.channels.map((c) => t(`channel.${c}`)).join(', ')}</dd>
          </div>
          <div>
            <dt>{t('service.languages')}</dt>
            <dd>
              {content.serviceLanguages.map((code) => languageName(code, language)).join(', ')}
            </dd>
          </div>
          <div>
            <dt>{t('service.organizer')}</dt>
            <dd>{service.responsibleOrganization.name}</dd>
          </div>
        </dl>
        <h3>{t('service.contact')}</h3>
        <ContactLines contact={content.contact} />
        <Localized value={content.contact.note} as="p" className="hint" />
      </section>
    </>
  );
}

/** The client's path as numbered steps. */
export function PathSection({ content, plain }: { content: Content; plain: boolean }) {
  const { t } = useTranslation();
  if (!content.path.length) return null;
  return (
    <section aria-labelledby="path-heading" className="service__section">
      <h2 id="path-heading">{t('service.path')}</h2>
      <ol className="path">
        {[...content.path]
          .sort((a, b) => a.position - b.position)
          .map((step) => (
            <li key={step.position} className="path__step">
              <h3 className="path__title">
                <span className="linja-visually-hidden">
                  {t('service.step', { n: step.position })}:{' '}
                </span>
                <Localized value={step.title} plain={plain} />
              </h3>
              <Localized value={step.description} as="p" plain={plain} />
            </li>
          ))}
      </ol>
    </section>
  );
}

/** For signed-in professionals (the API returns it to them only): eligibility and how to refer. */
export function ProfessionalSection({ content }: { content: Content }) {
  const { t } = useTranslation();
  const info = content.professionalInfo;
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
      <Localized value={info.eligibility} multiline />
      <h3>{t('service.howToRefer')}</h3>
      <Localized value={info.howToRefer} multiline />
      <h3>{t('service.whatHappensNext')}</h3>
      <Localized value={info.whatHappensNext} multiline />
    </section>
  );
}
