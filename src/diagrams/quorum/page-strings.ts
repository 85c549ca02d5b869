/**
 * Words only the server renders for the quorum figure: caption,
 * description, comparison table, control labels. The island never loads
 * this file; what it says while running is in strings.ts.
 */
import { defineStrings } from '../kit/strings';
import type { Az, CopyId, Design, ScenarioKey } from './model';

export interface QuorumPageStrings {
  readonly caption: string;
  readonly description: readonly string[];
  readonly noscript: string;
  readonly table: {
    readonly caption: string;
    readonly failure: string;
    readonly designs: Readonly<Record<Design, string>>;
    readonly rows: Readonly<Record<ScenarioKey, string>>;
    readonly moral: string;
  };
  readonly controls: {
    readonly design: string;
    readonly designOption: Readonly<Record<Design, string>>;
    readonly azs: string;
    readonly az: (az: Az) => string;
    readonly copies: string;
    readonly copy: (id: CopyId) => string;
    readonly requests: string;
    readonly write: string;
    readonly read: string;
    readonly repair: string;
  };
}

export const quorumPageStrings = defineStrings<QuorumPageStrings>({
  ko: {
    caption: 'Aurora 스토리지: 보호 그룹 하나, 사본 6개, 쿼럼 두 가지',
    description: [
      'Aurora는 클러스터 볼륨을 10GiB 크기의 세그먼트로 나누고, 세그먼트마다 데이터 사본 6개를 세 가용 영역에 2개씩 둡니다. 한 세그먼트의 사본 6개가 하나의 보호 그룹입니다. 라이터 DB 인스턴스는 모든 쓰기를 여섯 사본 모두에 보냅니다.',
      '쓰기는 사본 4개가 확인해 주면 완료되고(쓰기 쿼럼 Vw = 4, 전체 V = 6), 읽기에는 사본 3개가 필요합니다(읽기 쿼럼 Vr = 3). 4 + 3 > 6이므로 어떤 사본 3개를 골라도 최신 쓰기를 가진 사본이 적어도 하나 들어 있고, 4 + 4 > 6이므로 서로 충돌하는 두 쓰기가 모두 쿼럼을 얻는 일은 없습니다.',
      '장애에서 돌아온 사본은 곧바로 세지 않습니다. 그동안 놓친 쓰기를 다른 사본(피어)에게서 받아 따라잡은 뒤에야 다시 쿼럼에 듭니다. 실제 Aurora는 이 복구를 스스로 하며, 여기서는 버튼으로 그 단계를 직접 실행해 볼 수 있습니다.',
      '평소 읽기에서 Aurora는 최신 상태임을 알고 있는 사본 하나만 읽습니다. 읽기 쿼럼은 재시작 뒤처럼 그 정보를 다시 맞춰야 할 때 기대는 장치입니다.',
      '그림의 각 사본에는 상태(정상, 중단, 복구 중)와 가지고 있는 가장 새로운 쓰기 번호가 나옵니다. 쓰기나 읽기를 하면 사본이 응답한 순서가 숫자로 표시됩니다.',
    ],
    noscript:
      '조작 버튼은 JavaScript가 있어야 동작합니다. 그림과 설명, 표만으로도 시작 상태와 쿼럼이 동작하는 원리를 볼 수 있습니다.',
    table: {
      caption: '같은 장애에서 사본 6개와 사본 3개 비교',
      failure: '장애 범위',
      designs: {
        aurora: 'Aurora: 사본 6개 (쓰기 4, 읽기 3)',
        classic: '기존 방식: 사본 3개 (쓰기 2, 읽기 2)',
      },
      rows: {
        copy: '사본 1개',
        az: '가용 영역 1개',
        azPlusOne: '가용 영역 1개와 사본 1개 더',
      },
      moral:
        '사본 3개는 가용 영역 하나를 잃어도 버티지만 여유가 없어서, 장애가 하나만 더 나면 읽기와 쓰기가 모두 멈춥니다. 사본 6개는 가용 영역 하나를 잃어도 계속 쓰고, 가용 영역 하나와 사본 하나를 더 잃어도 계속 읽을 수 있어 잃은 사본을 다시 만들 수 있습니다.',
    },
    controls: {
      design: '스토리지 설계',
      designOption: {
        aurora: 'Aurora: 사본 6개 (쓰기 4, 읽기 3)',
        classic: '기존 방식: 사본 3개 (쓰기 2, 읽기 2)',
      },
      azs: '중단된 가용 영역',
      az: (az) => `가용 영역 ${az}`,
      copies: '중단된 사본',
      copy: (id) => `사본 ${id}`,
      requests: '요청',
      write: '쓰기',
      read: '읽기',
      repair: '돌아온 사본 복구',
    },
  },
  en: {
    caption: 'Aurora storage: one protection group, six copies, two quorums',
    description: [
      'Aurora cuts the cluster volume into 10 GiB segments and keeps six copies of each, two in each of three Availability Zones. The six copies of a segment form a protection group. The writer DB instance sends every write to all six.',
      'A write is acknowledged once 4 copies confirm it (write quorum Vw = 4 of V = 6), and a read needs 3 copies (read quorum Vr = 3). Because 4 + 3 > 6, any 3 copies include at least one that holds the latest write; because 4 + 4 > 6, two conflicting writes can never both gather a quorum.',
      'A copy that comes back after a failure does not count straight away: it first catches up on the writes it missed from its peers, and only then counts again. Aurora repairs itself; here a button runs that step so you can watch it.',
      'In everyday running Aurora reads from one copy it knows is current; the read quorum is what it relies on to rebuild that knowledge, for example after a restart.',
      'In the picture each copy shows its state (up, down or repairing) and the newest write it holds. After a write or a read, numbers show the order in which the copies answered.',
    ],
    noscript:
      'The controls need JavaScript. The picture, the text and the table still show the starting state and how the quorums work.',
    table: {
      caption: 'The same failures with six copies and with three',
      failure: 'What fails',
      designs: {
        aurora: 'Aurora: 6 copies (write 4, read 3)',
        classic: 'Classic: 3 copies (write 2, read 2)',
      },
      rows: {
        copy: 'One copy',
        az: 'One AZ',
        azPlusOne: 'One AZ and one more copy',
      },
      moral:
        'Three copies survive the loss of an AZ with nothing to spare: one more failure stops both reads and writes. Six copies keep writing through the loss of an AZ, and keep reading through an AZ plus one more copy, which is enough to rebuild the lost copies.',
    },
    controls: {
      design: 'Storage design',
      designOption: {
        aurora: 'Aurora: 6 copies (write 4, read 3)',
        classic: 'Classic: 3 copies (write 2, read 2)',
      },
      azs: 'Failed Availability Zones',
      az: (az) => `AZ ${az}`,
      copies: 'Failed copies',
      copy: (id) => `Copy ${id}`,
      requests: 'Requests',
      write: 'Write',
      read: 'Read',
      repair: 'Repair restored copies',
    },
  },
});
