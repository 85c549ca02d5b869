/**
 * Words only the server renders for the cloning figure: caption,
 * description, the size table, control labels. The island never loads this
 * file; what it says while running is in strings.ts.
 */
import { factText } from '../../lib/fact-values';
import { defineStrings } from '../kit/strings';

export interface ClonePageStrings {
  readonly caption: string;
  readonly description: readonly string[];
  readonly noscript: string;
  readonly table: {
    readonly caption: string;
    readonly size: string;
    readonly clone: string;
    readonly restore: string;
    readonly storage: string;
    readonly storageCell: (size: string) => string;
    readonly moral: string;
  };
  readonly controls: {
    readonly act: string;
    readonly cluster: string;
    readonly page: string;
    readonly pageOption: (letter: string) => string;
    readonly write: string;
    readonly clone: string;
    readonly remove: string;
    readonly compare: string;
    readonly size: string;
  };
}

export const clonePageStrings = defineStrings<ClonePageStrings>({
  ko: {
    caption: 'Aurora 클론: 기록 중 복사(Copy-on-Write)로 페이지를 함께 쓰는 클러스터',
    description: [
      'Aurora 클론은 새 DB 클러스터를 만들되, 그 클러스터 볼륨이 처음에는 원본과 똑같은 데이터 페이지를 가리키게 합니다. 복사하는 데이터가 없으므로 데이터베이스 크기와 상관없이 클론을 만드는 시간은 거의 같고, 스토리지도 늘지 않습니다.',
      '이것이 기록 중 복사(Copy-on-Write)입니다. 양쪽이 함께 가리키는 페이지를 어느 한쪽이 바꾸면, Aurora는 바꾼 쪽을 위해 새 페이지에 새 내용을 씁니다. 다른 쪽은 계속 예전 페이지를 봅니다. 한 클러스터만 가리키는 페이지는 그 자리에서 고쳐 씁니다.',
      '그래서 스토리지 집계는 언제나 맞아떨어집니다. 스토리지의 모든 페이지는 둘 이상의 클러스터가 함께 가리키는 공유 페이지이거나, 정확히 한 클러스터만 가리키는 전용 페이지입니다. 공유 + 클러스터별 전용 = 합계이며, 추가 비용은 달라진 페이지만큼만 듭니다.',
      '클론에서 다시 클론을 만들 수 있습니다. 원본을 삭제해도 다른 클러스터가 가리키지 않는 페이지만 해제되므로 클론은 온전히 남습니다.',
      '그림에서 한 줄이 클러스터 하나이고, 칸 하나가 그 클러스터의 페이지 하나입니다. 칸마다 공유인지(몇 개 클러스터가 가리키는지) 전용인지 적혀 있고, 그 아래에 스토리지를 공유 페이지와 클러스터별 전용 페이지로 나눠 셉니다.',
      `맨 아래 비교는 AWS 수치가 아니라 이 모델의 추정입니다. 두 방법 모두 클러스터와 DB 인스턴스를 만드는 데 약 ${factText('diagram.clone.setup', 'ko')}이 걸린다고 보고, 스냅샷 복원은 여기에 더해 볼륨 전체를 ${factText('diagram.clone.snapshot-restore-rate', 'ko')}로 복사한다고 가정했습니다. AWS는 스냅샷 복원 속도를 공개하지 않으며, 실제 시간은 환경마다 다릅니다. 특정 시점으로 복원할 때도 복원 유형을 기록 중 복사(copy-on-write)로 고르면 클론처럼 페이지를 복사하지 않고 새 클러스터를 만듭니다. 눈여겨볼 것은 모양입니다. 복원 시간은 크기에 따라 늘지만 클론 시간은 늘지 않습니다.`,
    ],
    noscript:
      '조작 버튼은 JavaScript가 있어야 동작합니다. 그림과 설명, 표만으로도 시작 상태와 기록 중 복사의 원리, 크기별 비교를 볼 수 있습니다.',
    table: {
      caption: '데이터베이스 크기별로 사용 가능해지기까지 걸리는 시간 (모델 추정)',
      size: '데이터베이스 크기',
      clone: '클론',
      restore: '스냅샷 복원',
      storage: '만들자마자 늘어나는 스토리지',
      storageCell: (size) => `클론 0, 스냅샷 복원 ${size}`,
      moral:
        '작은 데이터베이스에서는 두 방법의 차이가 크지 않지만, 크기가 커질수록 스냅샷 복원은 복사할 페이지가 늘어 느려집니다. 클론은 페이지를 복사하지 않으므로 크기와 상관없이 빠르고, 스토리지는 양쪽이 페이지를 바꿀 때만 늘어납니다.',
    },
    controls: {
      act: '클러스터 작업',
      cluster: '대상 클러스터',
      page: '페이지',
      pageOption: (letter) => `페이지 ${letter}`,
      write: '페이지에 쓰기',
      clone: '이 클러스터 클론',
      remove: '이 클러스터 삭제',
      compare: '스냅샷 복원과 비교',
      size: '데이터베이스 크기',
    },
  },
  en: {
    caption: 'Aurora cloning: clusters that share pages through copy-on-write',
    description: [
      "Aurora cloning creates a new DB cluster whose cluster volume, at first, points at exactly the same data pages as the source. Nothing is copied, so a clone takes about the same time to create at any size and adds no storage.",
      'That is copy-on-write. When either side changes a page they both point at, Aurora writes the new version to a new page for the side that changed it; the other side keeps seeing the old page. A page only one cluster points at is simply rewritten in place.',
      'So the storage count always adds up: every page in storage is either shared (two or more clusters point at it) or owned by exactly one cluster. Shared + each cluster’s own = total, and you pay extra only for the pages that differ.',
      'You can clone a clone. Deleting the source frees only the pages no other cluster points at, so its clones stay whole.',
      'In the picture each row is a cluster and each box one of its pages, marked shared (with how many clusters point at it) or own. Below the rows, storage is counted as shared pages and each cluster’s own pages.',
      `The comparison at the bottom is this model’s estimate, not an AWS figure: both ways are assumed to spend about ${factText('diagram.clone.setup', 'en')} creating the cluster and its DB instance, and a snapshot restore then copies the whole volume, assumed here at ${factText('diagram.clone.snapshot-restore-rate', 'en')}. AWS publishes no restore speed, and real times vary. A point-in-time restore can also use the copy-on-write restore type, which, like a clone, creates the new cluster without copying pages. The shape is the point: restore time grows with size, clone time does not.`,
    ],
    noscript:
      'The controls need JavaScript. The picture, the text and the table still show the starting state, how copy-on-write works, and how the two ways compare by size.',
    table: {
      caption: 'Time until the new database is ready, by size (model estimate)',
      size: 'Database size',
      clone: 'Clone',
      restore: 'Snapshot restore',
      storage: 'Storage added at once',
      storageCell: (size) => `Clone: none. Restore: ${size}`,
      moral:
        'For a small database the two are close; as it grows, a snapshot restore has more pages to copy and falls behind. A clone copies no pages, so it stays fast at any size, and storage grows only as either side changes pages.',
    },
    controls: {
      act: 'Act on a cluster',
      cluster: 'Cluster',
      page: 'Page',
      pageOption: (letter) => `Page ${letter}`,
      write: 'Write to page',
      clone: 'Clone this cluster',
      remove: 'Delete this cluster',
      compare: 'Compare with a snapshot restore',
      size: 'Database size',
    },
  },
});
