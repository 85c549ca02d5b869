/**
 * Words only the server renders for the session-store figure: caption,
 * description, control labels. The island never loads this file.
 */
import { defineStrings } from '../../kit/strings';
import type { Store } from './model';

export interface SessionPageStrings {
  readonly caption: string;
  readonly description: readonly string[];
  readonly noscript: string;
  readonly controls: {
    readonly store: string;
    readonly storeOption: Readonly<Record<Store, string>>;
    readonly actions: string;
    readonly login: string;
    readonly request: string;
    readonly wait: (minutes: number) => string;
  };
}

export const sessionPageStrings = defineStrings<SessionPageStrings>({
  ko: {
    caption: '세션 저장소 시뮬레이터: 인스턴스가 바뀌어도 로그인 유지',
    description: [
      '로드 밸런서가 요청을 인스턴스 A, B, C에 차례로 보냅니다. 세션을 ElastiCache에 두면 어느 인스턴스든 같은 세션을 읽으므로, 인스턴스 A에서 로그인한 사용자의 다음 요청이 인스턴스 B에 도착해도 로그인 상태가 유지됩니다. 인스턴스는 상태를 들고 있지 않으므로(상태 비저장) 늘리거나 줄여도 세션을 잃지 않습니다.',
      '세션에는 30분 TTL이 붙고, 요청이 올 때마다 TTL이 다시 30분부터 시작됩니다. 30분 동안 요청이 없으면 ElastiCache가 세션을 지우고 사용자는 다시 로그인해야 합니다.',
      '비교를 위해 세션을 인스턴스마다 자기 메모리에 두게 바꿀 수 있습니다. 그러면 로그인을 처리한 인스턴스만 세션을 알고, 다른 인스턴스로 간 요청은 다시 로그인을 요청받습니다. 고정 세션(sticky session) 없이는 동작하지 않는 구조입니다.',
    ],
    noscript:
      '조작 버튼은 JavaScript가 있어야 동작합니다. 그림과 설명만으로도 세션 저장소의 구조를 볼 수 있습니다.',
    controls: {
      store: '세션을 두는 곳',
      storeOption: { cache: 'ElastiCache (모든 인스턴스가 공유)', local: '각 인스턴스의 메모리' },
      actions: '사용자',
      login: '로그인',
      request: '다음 요청 보내기',
      wait: (minutes) => `${minutes}분 기다리기`,
    },
  },
  en: {
    caption: 'Session store simulator: stay logged in on any instance',
    description: [
      'A load balancer sends requests to instances A, B and C in turn. With sessions in ElastiCache, every instance reads the same session, so a user who logged in through A is still logged in when the next request lands on B. The instances hold no state of their own (they are stateless), so adding or removing them loses no sessions.',
      'Each session has a 30-minute TTL, and every request starts it again at 30 minutes. After 30 minutes with no requests, ElastiCache deletes the session and the user has to log in again.',
      'For comparison, switch to keeping sessions in each instance’s memory. Then only the instance that handled the login knows the session, and a request that lands anywhere else is asked to log in again: that design only works with sticky sessions.',
    ],
    noscript: 'The controls need JavaScript. The picture and the text still show how a session store is built.',
    controls: {
      store: 'Where sessions live',
      storeOption: { cache: 'ElastiCache (shared by every instance)', local: "Each instance's own memory" },
      actions: 'The user',
      login: 'Log in',
      request: 'Send the next request',
      wait: (minutes) => `Wait ${minutes} minutes`,
    },
  },
});
