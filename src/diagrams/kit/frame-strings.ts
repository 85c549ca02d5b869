/**
 * The words every diagram's frame says, in both languages: the live region
 * and link notice, the guided-tour and share controls, the clipboard result.
 * A diagram overrides a word only where its own differs (`play: 'Play the day'`).
 * The server renders all of them; the island needs only the few that change
 * while it runs, and they are small enough to ship in both languages.
 */
import { defineStrings } from './strings';

export interface FrameWords {
  readonly liveLabel: string;
  readonly noticeLabel: string;
  /** The link's state could not be read (or names a value out of range). */
  readonly malformed: string;
  readonly legend: string;
  readonly tour: string;
  readonly play: string;
  readonly pause: string;
  readonly previous: string;
  readonly next: string;
  readonly replay: string;
  readonly step: string;
  readonly stepValue: (index: number, length: number) => string;
  readonly speed: string;
  readonly share: string;
  readonly copyLink: string;
  readonly link: string;
  readonly copied: string;
  readonly copyFailed: string;
}

export const frameWords = defineStrings<FrameWords>({
  ko: {
    liveLabel: '다이어그램 상태',
    noticeLabel: '링크 알림',
    malformed: '링크에 담긴 다이어그램 상태를 읽을 수 없어 기본 상태로 시작합니다.',
    legend: '직접 해 보기',
    tour: '단계별 둘러보기',
    play: '재생',
    pause: '일시 정지',
    previous: '이전 단계',
    next: '다음 단계',
    replay: '처음부터 다시 재생',
    step: '둘러보기 단계',
    stepValue: (index, length) => `${length}단계 중 ${index + 1}단계`,
    speed: '속도',
    share: '공유',
    copyLink: '링크 복사',
    link: '이 상태로 여는 링크',
    copied: '링크를 복사했습니다.',
    copyFailed: '링크를 복사하지 못했습니다. 입력란의 링크를 선택해 직접 복사하세요.',
  },
  en: {
    liveLabel: 'Diagram status',
    noticeLabel: 'Link notice',
    malformed: 'The diagram state in this link could not be read, so the diagram starts from its default state.',
    legend: 'Try it',
    tour: 'Guided tour',
    play: 'Play',
    pause: 'Pause',
    previous: 'Previous step',
    next: 'Next step',
    replay: 'Replay from the start',
    step: 'Tour step',
    stepValue: (index, length) => `Step ${index + 1} of ${length}`,
    speed: 'Speed',
    share: 'Share',
    copyLink: 'Copy link',
    link: 'Link to this state',
    copied: 'Link copied.',
    copyFailed: 'Could not copy the link; select it in the field and copy it yourself.',
  },
});

/** The frame's button names, for checking that a diagram's own buttons are named apart from them. */
export function frameButtons(locale: keyof typeof frameWords): string[] {
  const w = frameWords[locale];
  return [w.play, w.pause, w.previous, w.next, w.replay, w.copyLink];
}
