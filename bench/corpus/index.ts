// generateCorpus(n, seed): n synthetic articles of Chinese local-government meeting news, the
// same for the same (n, seed) everywhere. Publish dates spread evenly over 2015–2024 whatever n
// is, so a small corpus is a sparser sample of the same world, not its first weeks.
import { Rng } from './prng';
import { dayOf, partsOf } from './dates';
import { buildWorld, type Jurisdiction, type World } from './world';
import { planMeeting, type MeetingSpec } from './meeting';
import { writeArticle, type CorpusArticle, type CorpusRecord } from './article';

export type { CorpusArticle, CorpusRecord } from './article';
export { buildWorld } from './world';

const FIRST = dayOf('2015-01-01');
const LAST = dayOf('2024-12-31');
/** Share of articles that are a second report of a meeting another article already covered. */
const REPORTED_TWICE = 0.08;

/** Articles with their reference extraction (what the loader benchmark loads without the extractor). */
export function* generateArticles(n: number, seed = 1): Generator<CorpusArticle> {
  const world = buildWorld(seed);
  const rng = new Rng(seed).fork(`articles:${n}`);
  const publishers = activeJurisdictions(world, rng);
  const recent: MeetingSpec[] = [];
  const span = LAST - FIRST + 1;
  for (let i = 0; i < n; i++) {
    const published = FIRST + Math.floor(((i + rng.float()) * span) / n);
    const again = rng.chance(REPORTED_TWICE) ? recent.filter((m) => m.day >= published - 5 && m.day <= published) : [];
    let spec: MeetingSpec;
    if (again.length) spec = rng.pick(again);
    else {
      spec = planMeeting(world, rng.pickSkewed(publishers, 1.3), published - rng.int(0, 2), rng);
      recent.push(spec);
      if (recent.length > 64) recent.shift();
    }
    yield writeArticle(spec, published, again.length > 0, rng, urlOf(spec.j, published, i));
  }
}

/** The corpus as the ingest command reads it: `{text, url, published}` records (JSON lines). */
export function* generateCorpus(n: number, seed = 1): Generator<CorpusRecord> {
  for (const a of generateArticles(n, seed)) yield { text: a.text, url: a.url, published: a.published };
}

/** Counties publish most of the news; a few jurisdictions publish far more than others. */
function activeJurisdictions(world: World, rng: Rng): Jurisdiction[] {
  const list = rng.sample(world.all, world.all.length);
  return list.sort((a, b) => (a.level === b.level ? 0 : a.level === 'county' ? -1 : 1) * (rng.chance(0.7) ? 1 : -1));
}

function urlOf(j: Jurisdiction, day: number, i: number): string {
  const { year, month, date } = partsOf(day);
  return `http://www.j${j.index}.gov.cn/art/${year}/${month}/${date}/art_${1000 + j.index}_${i + 1}.html`;
}
