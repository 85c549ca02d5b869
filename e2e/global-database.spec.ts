/**
 * The Aurora Global Database diagram in a real browser, on the Korean page
 * (/aurora-serverless-global-ml/) and the English one
 * (/en/aurora-serverless-global-ml/), in the #global-database section.
 * Elements are found by role and accessible name; URLs are relative to the
 * configured baseURL.
 */
import { expect, test } from '@playwright/test';
import { diagramOpener, type SpokenWords, drawnBelow, frameWords, keyboardIn, liveRegionTests, narrowPicture, PHONE, roundTrip, tabTo, tourForward } from './diagram-helpers';

interface Words extends SpokenWords {
  readonly table: string;
  readonly region: (code: string) => string;
  readonly outage: string;
  readonly recover: string;
  readonly target: string;
  readonly failover: string;
  readonly switchover: string;
}

const CITY_EN: Readonly<Record<string, string>> = {
  'us-west-2': 'Oregon',
  'us-east-1': 'N. Virginia',
  'ca-central-1': 'Canada',
  'sa-east-1': 'São Paulo',
  'eu-west-1': 'Ireland',
  'eu-west-2': 'London',
  'eu-central-1': 'Frankfurt',
  'ap-south-1': 'Mumbai',
  'ap-southeast-1': 'Singapore',
  'ap-northeast-2': 'Seoul',
  'ap-northeast-1': 'Tokyo',
  'ap-southeast-2': 'Sydney',
};

const CITY_KO: Readonly<Record<string, string>> = {
  'us-west-2': '오레곤',
  'us-east-1': '버지니아 북부',
  'ca-central-1': '캐나다',
  'sa-east-1': '상파울루',
  'eu-west-1': '아일랜드',
  'eu-west-2': '런던',
  'eu-central-1': '프랑크푸르트',
  'ap-south-1': '뭄바이',
  'ap-southeast-1': '싱가포르',
  'ap-northeast-2': '서울',
  'ap-northeast-1': '도쿄',
  'ap-southeast-2': '시드니',
};

const en: Words = {
  ...frameWords.en,
  path: 'en/aurora-serverless-global-ml/',
  figure: 'Aurora Global Database: one primary Region, up to 10 secondary Regions, failover and switchover',
  picture: /^Aurora Global Database across twelve AWS Regions, west to east\. Primary Region: N\. Virginia/,
  description: 'a non-zero value typically measured in seconds',
  table: 'Failover and switchover compared',
  region: (code) => `${CITY_EN[code]} (${code})`,
  outage: 'Outage in the primary Region',
  recover: 'End the outage',
  target: 'Secondary Region to promote',
  failover: 'Fail over (unplanned)',
  switchover: 'Switch over (planned)',
  opening:
    'Primary Region: N. Virginia (us-east-1), taking writes. 2 of up to 10 secondary Regions: Ireland 0.32 s behind and Seoul 0.55 s behind.',
  said: [
    'A switchover needs a healthy primary, because it first brings every secondary up to date. During an outage, fail over instead.',
    'Failover: Ireland (eu-west-1) promoted in 45 s, so writes resume in under a minute (RTO). Writes from the last 0.32 s in N. Virginia never reached Ireland: about 32 writes lost (RPO).',
    'N. Virginia (us-east-1) is back and rejoins as a secondary Region of the new primary, Ireland, 0.32 s behind it. The writes it never replicated stay lost.',
    'Removed Seoul (ap-northeast-2) from the global database. 1 of 10 secondary Regions left.',
  ],
};

const ko: Words = {
  ...frameWords.ko,
  path: 'aurora-serverless-global-ml/',
  figure: 'Aurora Global Database: 기본 리전 하나와 보조 리전 최대 10개, 장애 조치와 전환',
  picture: /^서쪽에서 동쪽으로 놓인 AWS 리전 12개 위의 Aurora Global Database\. 기본 리전: 버지니아 북부/,
  description: 'RPO를 0이 아닌 값, 보통 초 단위로 설명하며',
  table: '장애 조치와 전환 비교',
  region: (code) => `${CITY_KO[code]} (${code})`,
  outage: '기본 리전에 장애 일으키기',
  recover: '장애 끝내기',
  target: '승격할 보조 리전',
  failover: '장애 조치 (계획되지 않음)',
  switchover: '전환 (계획됨)',
  opening:
    '기본 리전: 버지니아 북부 리전(us-east-1), 쓰기를 받는 중. 보조 리전 2개(최대 10개): 아일랜드 0.32초 뒤처짐, 서울 0.55초 뒤처짐.',
  said: [
    '전환은 먼저 모든 보조 리전을 최신 상태로 맞추므로 기본 리전이 정상이어야 합니다. 장애 중에는 장애 조치를 쓰세요.',
    '장애 조치: 아일랜드 리전(eu-west-1) 승격에 45초가 걸려 1분 안에 쓰기가 다시 시작됩니다(RTO). 버지니아 북부 리전의 마지막 0.32초 동안의 쓰기는 아일랜드 리전에 닿지 못해 약 32건을 잃었습니다(RPO).',
    '버지니아 북부 리전(us-east-1) 복구: 새 기본 리전인 아일랜드 리전의 보조 리전으로 다시 합류했습니다(0.32초 뒤처짐). 복제되지 못했던 쓰기는 되살아나지 않습니다.',
    '글로벌 데이터베이스에서 제거: 서울 리전(ap-northeast-2). 남은 보조 리전은 최대 10개 중 1개입니다.',
  ],
};

const openDiagram = diagramOpener<Words>('global-database', (f, words) => f.getByRole('button', { name: words.outage }));

test('a reader can run a failover and a switchover with the keyboard alone', async ({ page }) => {
  const figure = await openDiagram(page, en);
  const keys = keyboardIn(page, figure, en);
  const button = (name: string) => figure.getByRole('button', { name });

  const sydney = figure.getByRole('checkbox', { name: en.region('ap-southeast-2') });
  await keys.focus(sydney);
  await keys.walk([
    [sydney, 'Space', 'Added Sydney (ap-southeast-2), 0.73 s behind the primary. Now 3 of 10 secondary Regions.'],
    [button(en.failover), 'Enter', 'The primary Region is healthy, so there is nothing to fail over from. To move the primary without losing data, switch over.'],
    [button(en.outage), 'Enter', 'Regional outage in N. Virginia (us-east-1): the primary cluster is unreachable and writes stop. The secondary Regions keep serving reads with what they had received.', { back: true }],
  ]);

  const target = figure.getByRole('combobox', { name: en.target });
  /** Tabs to the Region to promote and picks another with a key. */
  const pickTarget = async (key: string, value: string) => {
    await tabTo(page, target);
    await page.keyboard.press(key);
    await expect(target).toHaveValue(value);
  };
  await expect(target).toHaveValue('eu-west-1');
  await pickTarget('ArrowDown', 'ap-northeast-2');

  await keys.press(
    button(en.failover),
    'Enter',
    'Failover: Seoul (ap-northeast-2) promoted in 45 s, so writes resume in under a minute (RTO). Writes from the last 0.55 s in N. Virginia never reached Seoul: about 55 writes lost (RPO).',
  );
  await expect(
    figure.getByRole('img', { name: /Primary Region: Seoul \(ap-northeast-2\), taking writes\./ }),
  ).toBeVisible();
  await keys.press(
    button(en.recover),
    'Enter',
    'N. Virginia (us-east-1) is back and rejoins as a secondary Region of the new primary, Seoul, 0.55 s behind it. The writes it never replicated stay lost.',
    { back: true },
  );

  await pickTarget('Home', 'us-east-1');
  await keys.press(
    button(en.switchover),
    'Enter',
    'Switchover to N. Virginia (us-east-1): writes paused until every secondary had caught up (N. Virginia, the slowest, needed 0.55 s), then the roles swapped. Nothing was lost (RPO 0); Seoul is now a secondary Region.',
  );

  await keys.tour(8, {
    last: 'Step 8 of 8: Tokyo (ap-northeast-1) was not added: a global database has at most 10 secondary Regions. An eleventh secondary Region is refused.',
    first: `Step 1 of 8: ${en.opening} One primary Region takes every write. The secondary Regions replicate its storage, typically less than a second behind.`,
    second: /^Step 2 of 8: Added Sydney \(ap-southeast-2\), 0\.73 s behind the primary\./,
  });
});

liveRegionTests('the Global Database live region', openDiagram, [ko, en], (figure, words) => {
  const button = (name: string) => figure.getByRole('button', { name });
  return [
    async () => {
      await button(words.outage).click();
      await button(words.switchover).click();
    },
    () => button(words.failover).click(),
    () => button(words.recover).click(),
    () => figure.getByRole('checkbox', { name: words.region('ap-northeast-2') }).uncheck(),
  ];
}, async (figure, live, words) => {
  // The same words twice are still said (the region is cleared and refilled).
  await figure.getByRole('button', { name: words.recover }).click();
  await figure.getByRole('button', { name: words.recover }).click();
  await expect(live).not.toHaveText('');
});

test('an eleventh secondary Region is refused and its box stays unchecked', async ({ page }) => {
  const figure = await openDiagram(page, en);
  const live = figure.getByRole('status', { name: en.live });
  for (const code of [
    'us-west-2',
    'ca-central-1',
    'sa-east-1',
    'eu-west-2',
    'eu-central-1',
    'ap-south-1',
    'ap-southeast-1',
    'ap-southeast-2',
  ]) {
    await figure.getByRole('checkbox', { name: en.region(code) }).check();
  }
  await expect(live).toHaveText(/Now 10 of 10 secondary Regions\.$/);
  const tokyo = figure.getByRole('checkbox', { name: en.region('ap-northeast-1') });
  await tokyo.click();
  await expect(live).toHaveText(
    'Tokyo (ap-northeast-1) was not added: a global database has at most 10 secondary Regions.',
  );
  await expect(tokyo).not.toBeChecked();
});

test('a Global Database state survives a URL round trip', async ({ page, context }) => {
  const reopened = await roundTrip(page, context, openDiagram, en, { param: 'global-database', token: 't3.p9.s3-4-11.o1' }, async (figure) => {
    await tourForward(figure, en, 3, 'Step 4 of 8');
    await figure.getByRole('checkbox', { name: en.region('sa-east-1') }).check();
  });
  await expect(reopened.getByRole('slider', { name: en.step })).toHaveAttribute('aria-valuetext', 'Step 4 of 8');
  await expect(reopened.getByRole('status', { name: en.live })).toHaveText(
    'Primary Region: Seoul (ap-northeast-2), taking writes. 3 of up to 10 secondary Regions: São Paulo 0.83 s behind, Ireland 0.46 s behind and Sydney 0.43 s behind. N. Virginia, the old primary, is down and out of the global database.',
  );
  const region = (code: string) => reopened.getByRole('checkbox', { name: en.region(code) });
  await expect(region('sa-east-1')).toBeChecked();
  await expect(region('ap-northeast-2')).toBeDisabled();
  await expect(region('us-east-1')).toBeDisabled();
  // The old primary comes back as a secondary.
  await reopened.getByRole('button', { name: en.recover }).click();
  await expect(region('us-east-1')).toBeChecked();
});

test.describe('on a phone', () => {
  test.use(PHONE);

  test('the Regions are listed one per line, and pressing one adds it as a secondary and removes it again', async ({ page }) => {
    const figure = await openDiagram(page, en);
    const { picture, live } = await narrowPicture(figure, en);
    // One line per Region: London sits below Ireland, not beside it.
    const city = (region: string) => picture.locator(`[data-region="${region}"] [data-key="city"]`);
    expect(await drawnBelow(city('eu-west-1'), city('eu-west-2'))).toBe(true);

    const sydney = figure.getByRole('checkbox', { name: en.region('ap-southeast-2') });
    await picture.locator('[data-region="ap-southeast-2"] [data-key="city"]').click();
    await expect(sydney).toBeChecked();
    await expect(live).toHaveText('Added Sydney (ap-southeast-2), 0.73 s behind the primary. Now 3 of 10 secondary Regions.');
    await picture.locator('[data-region="ap-southeast-2"] [data-key="city"]').click();
    await expect(sydney).not.toBeChecked();
  });
});
