// Runs the tiers in order: unit, e2e, browser (Jest's default order mixes the projects).
// Within a tier Jest's own order stays (slowest and failed first).
import Sequencer from '@jest/test-sequencer';

const TIERS = ['unit', 'e2e', 'browser'];
const BaseSequencer = Sequencer.default ?? Sequencer;

function tier(test) {
  const index = TIERS.indexOf(test.context.config.displayName?.name);
  return index === -1 ? TIERS.length : index;
}

export default class TierSequencer extends BaseSequencer {
  async sort(tests) {
    const sorted = await super.sort(tests);
    return [...sorted].sort((a, b) => tier(a) - tier(b));
  }
}
