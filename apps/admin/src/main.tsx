import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import 'mantine-datatable/styles.css';
import '@linja/ui/theme.css';
import '@linja/ui/base.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { FEATURES } from './app/features';
import type { FeatureModule } from './app/feature';
import { createI18n } from './lib/i18n';
import { createUrqlClient } from './lib/urql/client';

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');

const features = FEATURES as readonly FeatureModule[];
const client = createUrqlClient({
  mutationUpdates: Object.fromEntries(
    features.flatMap((feature) => Object.entries(feature.mutationUpdates ?? {})),
  ),
});

createRoot(root).render(
  <StrictMode>
    <App client={client} i18n={createI18n(features)} />
  </StrictMode>,
);
