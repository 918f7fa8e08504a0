import { workerPollSeconds } from './queue.service';

describe('workerPollSeconds', () => {
  const polling = { JOBS_POLL_SECONDS: 2, JOBS_CRON_CHECK_SECONDS: 30 };

  it('polls a queue that takes jobs on demand every JOBS_POLL_SECONDS', () => {
    expect(workerPollSeconds({}, polling)).toBe(2);
    expect(workerPollSeconds({ schedule: undefined }, { ...polling, JOBS_POLL_SECONDS: 0.5 })).toBe(
      0.5,
    );
  });

  it('polls a scheduled queue no more often than its ticks become jobs', () => {
    expect(workerPollSeconds({ schedule: '15 7 * * *' }, polling)).toBe(30);
    expect(
      workerPollSeconds({ schedule: '* * * * *' }, { ...polling, JOBS_CRON_CHECK_SECONDS: 1 }),
    ).toBe(2);
    expect(
      workerPollSeconds(
        { schedule: '* * * * *' },
        { JOBS_POLL_SECONDS: 0.5, JOBS_CRON_CHECK_SECONDS: 1 },
      ),
    ).toBe(1);
  });
});
