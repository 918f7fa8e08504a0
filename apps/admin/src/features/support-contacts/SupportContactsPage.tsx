import { Tabs } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/Page';
import { ContactsPanel } from './ContactsPanel';
import { TopicsPanel } from './TopicsPanel';
import { TrendPanel } from './TrendPanel';

type Tab = 'contacts' | 'trend' | 'topics';

/** /n/:networkSlug/support-contacts — the log, its yearly trend by topic, and the topic list. */
export function SupportContactsPage() {
  const { t } = useTranslation('supportContacts');
  const [tab, setTab] = useState<Tab>('contacts');
  return (
    <Page title={t('title')} description={t('description')}>
      <Tabs
        value={tab}
        onChange={(value) => {
          setTab((value as Tab | null) ?? 'contacts');
        }}
        keepMounted={false}
      >
        <Tabs.List>
          <Tabs.Tab value="contacts">{t('tabs.contacts')}</Tabs.Tab>
          <Tabs.Tab value="trend">{t('tabs.trend')}</Tabs.Tab>
          <Tabs.Tab value="topics">{t('tabs.topics')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="contacts" pt="md">
          <ContactsPanel />
        </Tabs.Panel>
        <Tabs.Panel value="trend" pt="md">
          <TrendPanel />
        </Tabs.Panel>
        <Tabs.Panel value="topics" pt="md">
          <TopicsPanel />
        </Tabs.Panel>
      </Tabs>
    </Page>
  );
}

export default SupportContactsPage;
