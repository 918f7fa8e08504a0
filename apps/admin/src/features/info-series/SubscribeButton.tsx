import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { errorMessage } from '../../lib/urql/errors';
import {
  SubscribeToInfoSeriesMutation,
  UnsubscribeFromInfoSeriesMutation,
} from './info-series.documents';

/** Follow or stop following a series (its announcements come by mail with the link and an .ics). */
export function SubscribeButton({ series }: { series: { id: string; isSubscribed: boolean } }) {
  const { t } = useTranslation('infoSeries');
  const [subscribing, subscribe] = useMutation(SubscribeToInfoSeriesMutation);
  const [leaving, leave] = useMutation(UnsubscribeFromInfoSeriesMutation);
  const toggle = async () => {
    const variables = { seriesId: series.id };
    const answer = series.isSubscribed ? await leave(variables) : await subscribe(variables);
    if (answer.error)
      notifications.show({
        color: 'red',
        message: t('failed', { detail: errorMessage(answer.error) ?? '' }),
      });
  };
  return (
    <Button
      variant={series.isSubscribed ? 'default' : 'filled'}
      loading={subscribing.fetching || leaving.fetching}
      aria-pressed={series.isSubscribed}
      onClick={() => {
        void toggle();
      }}
    >
      {series.isSubscribed ? t('board.unsubscribe') : t('board.subscribe')}
    </Button>
  );
}
