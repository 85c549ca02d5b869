/** The storage-autoscaling island's words in Korean (한국어). See strings.ts. */
import type { Candidate } from './model';
import { amount, gib, percent } from './format';
import type { AutoscalingStrings, IncreaseFacts, SettingsFacts } from './strings';

const COUNTS = ['', '한', '두', '세', '네', '다섯', '여섯', '일곱', '여덟', '아홉'];

function times(n: number): string {
  return `${COUNTS[n] ?? n} 번`;
}

function candidates(f: IncreaseFacts): string {
  return `10 GiB, 할당량의 10%(${gib(f.share)}), 7시간 예측 증가분(${gib(f.predicted)})`;
}

const WINNER: Record<Candidate, string> = {
  fixed: '최소 10 GiB',
  share: '할당량의 10%',
  predicted: '7시간 예측 증가분',
};

function settings(s: SettingsFacts): string {
  const load = s.bulk > 0 ? `, 12:00에 ${gib(s.bulk)} 대량 적재` : '';
  return `할당된 스토리지 ${gib(s.allocated)}, 최대 스토리지 임계값 ${gib(s.max)}, 시간당 쓰기 ${gib(s.rate)}${load}`;
}

export const ko: AutoscalingStrings = {
  picture: {
    title: (s, summary) => `하루 동안의 여유 공간(${settings(s)}). ${summary}`,
    freeAxis: '여유 공간 (GiB)',
    allocatedAxis: '할당된 스토리지 (GiB)',
    trigger: '할당량의 10%',
    max: (max) => `최대 ${gib(max)}`,
    maxOffScale: (max) => `최대 ${gib(max)}, 차트 위쪽 밖 ↑`,
    increase: (by) => `+${amount(by)}`,
    blocked: '임계값 도달',
    full: '가득 참',
    wait: '6시간 대기',
  },
  table: {
    time: '시각',
    what: '일어난 일',
    allocated: '할당된 스토리지',
    nothing: '여유 공간이 10% 이하로 충분히 오래 머물지 않아 스토리지가 늘지 않았습니다.',
    increase: (f) =>
      f.capped
        ? `${gib(f.to - f.from)} 증가: 규칙상으로는 ${gib(f.wanted)}(${WINNER[f.winner]})만큼 늘어야 하지만 최대 스토리지 임계값이 ${gib(f.to)}입니다.`
        : `${gib(f.to - f.from)} 증가: ${candidates(f)} 중 가장 큰 값입니다.`,
    blocked: (max) => `세 조건이 모두 맞았지만 할당량이 이미 임계값 ${gib(max)}에 닿아 늘지 않았습니다.`,
    full: (until, refused) => `${until}까지 디스크가 가득 참: 쓰기 ${gib(refused)} 거부.`,
  },
  controls: {
    play: '하루 재생',
    pause: '일시 정지',
    timeValue: (time) => `${time}까지`,
  },
  live: {
    summary: (f) => {
      const parts: string[] = [];
      if (f.increases === 0) parts.push(`${f.until}까지 스토리지가 늘지 않았습니다.`);
      else
        parts.push(
          `${f.until}까지 스토리지가 ${times(f.increases)} 늘어 ${gib(f.finalAllocated)}가 되었습니다` +
            (f.capped ? '(한 번은 임계값 때문에 덜 늘었습니다).' : '.'),
        );
      if (f.blockedAt) parts.push(`${f.blockedAt}부터는 임계값에 막혀 더 늘지 못했습니다.`);
      if (f.fullFrom) parts.push(`${f.fullFrom}부터 디스크가 가득 차 쓰기 ${gib(f.refused)}가 거부되었습니다.`);
      return parts.join(' ');
    },
    moment: (f) => {
      let text = `${f.time} 현재: 할당 ${gib(f.allocated)}, 여유 ${gib(f.free)}(${percent(f.share)}).`;
      if (f.condition === 'full') text += ' 디스크가 가득 차 쓰기가 거부됩니다.';
      else if (f.condition === 'low') text += ' 여유 공간이 10% 이하입니다.';
      if (f.atMax) text += ' 할당량이 최대 스토리지 임계값에 닿았습니다.';
      else if (f.waitUntil) text += ` 다음 확장은 빨라야 ${f.waitUntil}입니다.`;
      return text;
    },
    increase: (f) =>
      `${f.time}: 여유 공간이 5분 동안 10% 이하였고 6시간 대기도 끝나 스토리지가 ${gib(f.to)}로 늘었습니다. ` +
      (f.capped
        ? `규칙상으로는 ${gib(f.wanted)}만큼 늘어야 하지만 최대 스토리지 임계값 때문에 ${gib(f.to - f.from)}만 늘었습니다.`
        : `증가량 ${gib(f.to - f.from)}는 ${candidates(f)} 중 가장 큰 값입니다.`),
    blocked: (time, max) =>
      `${time}: 세 조건이 모두 맞았지만 할당량이 이미 최대 스토리지 임계값 ${gib(max)}에 닿아 늘지 않았습니다.`,
    fullFrom: (time) => `${time}: 디스크가 가득 차 쓰기가 거부되기 시작했습니다.`,
    hour: (from, to, happened) => `${from}–${to}: ${happened.length === 0 ? '변화 없음.' : happened.join(' ')}`,
    caption: {
      midnight: (s) =>
        `00:00: ${gib(s.allocated)} 중 20%가 비어 있고, 마지막 스토리지 변경은 오래전입니다. 쓰기는 시간당 ${gib(s.rate)}씩 들어옵니다${s.bulk > 0 ? `. 12:00부터 13:00까지 ${gib(s.bulk)}를 대량 적재합니다` : ''}.`,
      hour: () => '',
      endOfDay: () => '하루가 끝났습니다.',
    },
    setting: (name, s) => {
      switch (name) {
        case 'allocated':
          return `할당된 스토리지를 ${gib(s.allocated)}로 정했습니다.`;
        case 'max':
          return `최대 스토리지 임계값을 ${gib(s.max)}로 정했습니다.`;
        case 'rate':
          return `시간당 쓰기를 ${gib(s.rate)}로 정했습니다.`;
        case 'bulk':
          return s.bulk > 0 ? `12:00부터 13:00까지 ${gib(s.bulk)}를 대량 적재합니다.` : '대량 적재를 뺐습니다.';
      }
    },
    raised: (max) =>
      `최대 스토리지 임계값은 할당된 스토리지보다 10% 이상 커야 하므로 ${gib(max)}로 올렸습니다.`,
    belowRecommended: (recommended) =>
      `임계값에 가까워졌다는 알림을 피하려면 할당량보다 26% 이상 큰 값(${gib(recommended)})을 AWS가 권합니다.`,
  },
  notice: {
    malformed: '링크에 담긴 다이어그램 상태를 읽을 수 없어 기본 설정으로 시작합니다.',
  },
};
