/**
 * Words only the server renders for the storage-autoscaling figure: caption,
 * description, control labels, table caption. The island never loads this
 * file; what it says while running is in strings.ts.
 */
import { defineStrings } from '../kit/strings';

export interface AutoscalingPageStrings {
  readonly caption: string;
  readonly description: readonly string[];
  readonly noscript: string;
  readonly tableCaption: string;
  readonly controls: {
    readonly settings: string;
    readonly allocated: string;
    readonly max: string;
    readonly rate: string;
    readonly bulk: string;
    readonly gib: string;
    readonly maxHint: string;
    readonly bulkHint: string;
    readonly day: string;
    readonly previous: string;
    readonly next: string;
    readonly time: string;
  };
}

export const autoscalingPageStrings = defineStrings<AutoscalingPageStrings>({
  ko: {
    caption: '스토리지 자동 크기 조정 시뮬레이터: 하루 동안의 여유 공간',
    description: [
      '차트는 스토리지 자동 크기 조정을 켠 RDS DB 인스턴스 하나의 하루를 분 단위로 따라갑니다. 00:00에는 할당된 스토리지의 20%가 비어 있고, 마지막 스토리지 변경은 오래전에 끝났습니다. 쓰기는 정한 속도로 꾸준히 들어오고, 대량 적재를 넣으면 12:00부터 13:00까지 그만큼이 더 들어옵니다.',
      '위쪽 차트는 여유 공간(GiB)입니다. 점선은 할당된 스토리지의 10%입니다. 여유 공간이 이 선 이하로 5분 이상 머물고, 마지막 스토리지 변경 후 6시간이 지났으면 RDS가 스토리지를 늘립니다. 세 조건이 모두 맞아야 합니다. 확장 뒤에 칠해진 구간이 그 6시간 대기이며, 스토리지 최적화는 그 안에 끝난다고 가정합니다.',
      '한 번에 늘어나는 양은 10 GiB, 할당된 스토리지의 10%, 지난 1시간 추세로 예측한 앞으로 7시간의 증가분 중 가장 큰 값이고, 할당량은 GiB 단위 정수이므로 올림합니다. 아래쪽 차트는 할당된 스토리지와 최대 스토리지 임계값입니다. 임계값을 넘는 확장은 임계값에서 멈추고, 할당량이 임계값에 닿으면 더는 늘지 않아 디스크가 가득 차고 쓰기가 거부될 수 있습니다.',
      '표는 그날 일어난 일을 시각 순서대로 적습니다. 설정을 바꾸거나 하루를 재생해 보세요.',
    ],
    noscript:
      '조작 버튼은 JavaScript가 있어야 동작합니다. 차트와 설명, 표만으로도 기본 설정에서 하루 동안 일어나는 일을 볼 수 있습니다.',
    tableCaption: '하루 동안 일어난 일',
    controls: {
      settings: '설정',
      allocated: '할당된 스토리지',
      max: '최대 스토리지 임계값',
      rate: '시간당 쓰기',
      bulk: '12:00 대량 적재',
      gib: 'GiB',
      maxHint: '할당량보다 10% 이상 커야 하고, 26% 이상을 권장합니다.',
      bulkHint: '0이면 대량 적재가 없습니다.',
      day: '하루 재생',
      previous: '한 시간 전',
      next: '한 시간 뒤',
      time: '시각',
    },
  },
  en: {
    caption: 'Storage autoscaling simulator: free space over one day',
    description: [
      'The chart follows one RDS DB instance with storage autoscaling turned on, minute by minute, for a day. At 00:00, 20% of its allocated storage is free and its last storage change is long past. Writes arrive at a steady rate; add a bulk load and that much more arrives between 12:00 and 13:00.',
      'The upper chart plots free space in GiB. The dashed line is 10% of the allocated storage. Once free space has stayed at or below it for 5 minutes, and 6 hours have passed since the last storage change, RDS grows the storage: all three must hold. The shaded band after each increase is that 6-hour wait; storage optimization is assumed to finish within it.',
      'Each increase is the largest of 10 GiB, 10% of the allocated storage, and the growth predicted for the next 7 hours from the past hour’s trend, rounded up to a whole GiB. The lower chart plots the allocated storage against the maximum storage threshold. An increase that would pass the threshold stops at it, and once the allocation reaches it, storage stops growing, so the disk can fill up and writes are refused.',
      'The table lists what happened, in order. Change the settings or play the day.',
    ],
    noscript:
      'The controls need JavaScript. The chart, the text and the table still show what happens over a day with the default settings.',
    tableCaption: 'What happened during the day',
    controls: {
      settings: 'Settings',
      allocated: 'Allocated storage',
      max: 'Maximum storage threshold',
      rate: 'Writes per hour',
      bulk: 'Bulk load at 12:00',
      gib: 'GiB',
      maxHint: 'At least 10% above the allocation; 26% or more is recommended.',
      bulkHint: '0 means no bulk load.',
      day: 'The day',
      previous: 'One hour back',
      next: 'One hour on',
      time: 'Time of day',
    },
  },
});
