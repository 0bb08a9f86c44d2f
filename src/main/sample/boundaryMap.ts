import type { BoundaryMapWorksheet, Decision } from '../../shared/schema';
import { addDays } from '../../shared/domain/dates';
import { SCENARIOS } from './boundaryScenarios';
import { childIds, fill, sheetBase, type SheetContext } from './context';

/** Why a decision other than the scenario's first (best-fitting) one was taken. */
const OTHER_RATIONALE: Record<Decision, string> = {
  undecided: '',
  keepAsIs: 'On reflection the terms already protect me; I will hold them and say so clearly.',
  keepWithConditions: 'Worth keeping, but only with the conditions spelled out and agreed.',
  renegotiate:
    'The current terms do not fit how we actually work; better to agree new ones in writing.',
  referToPartner:
    'A colleague is a better fit for what they need; a warm handover keeps goodwill on both sides.',
  endRelationship:
    'Keeping them costs more than losing them. I will end it politely, in writing, with notice.',
};

/** A boundary map for one difficult situation, drawn from several situation kinds. */
export function sampleBoundaryMap(ctx: SheetContext, id: string): BoundaryMapWorksheet {
  const { rng, person, asOf } = ctx;
  const scenario = rng.pick(SCENARIOS);
  const them = rng.pick(scenario.counterparts);
  const say = (text: string): string => fill(text, person, { them });
  const item = childIds(id, 'i');
  const texts = (list: readonly string[]) => list.map((text) => ({ id: item(), text: say(text) }));
  const choice = rng.pick(scenario.decisions);
  const reviewed = choice !== 'undecided' && scenario.outcome !== '' && rng.chance(0.6);
  return {
    ...sheetBase(ctx, id, 'boundaryMap', say(scenario.title)),
    kind: 'boundaryMap',
    situation: { kind: scenario.kind, counterpart: them, description: say(scenario.description) },
    cost: {
      ofActing: say(scenario.cost.ofActing),
      ofNotActing: say(scenario.cost.ofNotActing),
      ofKeeping: say(scenario.cost.ofKeeping),
      ofLosing: say(scenario.cost.ofLosing),
    },
    boundaries: {
      willing: texts(scenario.willing),
      negotiable: scenario.negotiable.map((n) => ({
        id: item(),
        text: say(n.text),
        conditions: say(n.conditions),
      })),
      willNot: texts(scenario.willNot),
    },
    power: {
      holder: scenario.holder,
      why: say(scenario.why),
      iBring: texts(scenario.iBring),
      theyBring: texts(scenario.theyBring),
    },
    decision: {
      choice,
      rationale:
        choice === scenario.decisions[0] ? say(scenario.rationale) : OTHER_RATIONALE[choice],
    },
    words: { script: say(scenario.script), holdingAnswer: say(scenario.holdingAnswer) },
    ifCrossedAgain: say(scenario.ifCrossedAgain),
    review: reviewed
      ? { date: addDays(asOf, -rng.int(1, 60)), outcome: say(scenario.outcome) }
      : { date: rng.chance(0.5) ? addDays(asOf, rng.int(7, 45)) : null, outcome: '' },
  };
}
