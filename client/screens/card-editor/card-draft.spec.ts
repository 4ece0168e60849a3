import { describe, expect, it } from '@jest/globals';
import type { TargetCardResponse } from '../../../src/contracts/drafting.js';
import type { IndicatorResponse } from '../../../src/contracts/resources.js';
import { initialChoices, unchosen, type Side } from '../../forms/merge.js';
import {
  applyChoices,
  cardDifferences,
  cardToDraft,
  draftToRequest,
  emptyIndicator,
  weightTotal,
  type CardDraft,
} from './card-draft.js';

function indicator(
  code: string,
  position: number,
  weight: number,
  targets: Record<string, number>,
): IndicatorResponse {
  return {
    code,
    target: 'H1.1',
    name: `Gösterge ${code}`,
    weight,
    unit: 'adet',
    direction: 'artis',
    valueType: 'duzey',
    method: null,
    effectiveMethod: 'F1',
    baseline: 1234.5,
    targets,
    halfYearTargets: {},
    monitoringMonths: 6,
    reportingMonths: 12,
    dataSource: null,
    sinceYear: null,
    chartFromZero: true,
    position,
    version: 1,
  };
}

function card(): TargetCardResponse {
  return {
    target: {
      code: 'H1.1',
      aim: 'A1',
      title: 'Yeşil alanı artırmak',
      position: 1,
      responsibleUnit: 'PARK',
      collaboratingUnits: ['FEN'],
      risks: ['Bütçe yetersizliği'],
      controls: [],
      strategies: ['Mahalle parkları'],
      activities: [{ code: 'F1', name: 'Park yapımı', cost: { '2025': 1000000 } }],
      costEstimate: { '2025': 1000000, '2026': 1500000.5 },
      findings: [],
      needs: [],
      indicators: ['PG1.1.1', 'PG1.1.2'],
      version: 4,
    },
    // Out of order on purpose: the editor orders by position.
    indicators: [
      indicator('PG1.1.2', 2, 40, { '2025': 5 }),
      indicator('PG1.1.1', 1, 60, { '2025': 10, '2026': 20 }),
    ],
    validation: { planId: 'p', errors: 0, warnings: 0, issues: [] },
  };
}

describe('card draft', () => {
  it('reads a stored card as the texts of the UI language, in position order', () => {
    const draft = cardToDraft(card(), 'tr');
    expect(draft.indicators.map((row) => row.code)).toEqual(['PG1.1.1', 'PG1.1.2']);
    expect(draft.indicators[0].baseline).toBe('1.234,5');
    expect(draft.costEstimate).toEqual({ '2025': '1.000.000', '2026': '1.500.000,5' });
    expect(cardToDraft(card(), 'en').indicators[0].baseline).toBe('1,234.5');
  });

  it('builds the save request with the version, numbers read as typed, new rows without code', () => {
    const draft = cardToDraft(card(), 'tr');
    draft.indicators[0].weight = '55,5';
    draft.indicators[0].targets['2027'] = '1.234,5';
    draft.indicators.push({ ...emptyIndicator(), name: 'Yeni', weight: '4,5' });
    const built = draftToRequest(draft, 4, 'tr');
    expect(built.errors).toEqual([]);
    expect(built.request?.version).toBe(4);
    expect(built.request?.indicators[0]).toMatchObject({
      code: 'PG1.1.1',
      weight: 55.5,
      baseline: 1234.5,
      unit: 'adet',
      method: null,
      targets: { '2025': 10, '2026': 20, '2027': 1234.5 },
    });
    expect(built.request?.indicators[2]).not.toHaveProperty('code');
    expect(built.request?.indicators[2]).toMatchObject({
      name: 'Yeni',
      weight: 4.5,
      baseline: null,
      unit: null,
    });
    expect(built.request?.activities[0]).toEqual({
      code: 'F1',
      name: 'Park yapımı',
      cost: { '2025': 1000000 },
      offBudgetCost: {},
    });
    expect(weightTotal(draft, 'tr')).toBe(100);
  });

  it('sends nothing while a number cannot be read, and says where', () => {
    const draft = cardToDraft(card(), 'tr');
    draft.indicators[1].targets['2026'] = '12.5';
    draft.indicators[0].weight = '';
    draft.activities[0].cost['2025'] = 'bir milyon';
    const built = draftToRequest(draft, 4, 'tr');
    expect(built.request).toBeNull();
    expect(built.errors.map((error) => [error.path, error.code])).toEqual([
      ['indicators[0].weight', 'REQUIRED'],
      ['indicators[1].targets.2026', 'NOT_A_NUMBER'],
      ['activities[0].cost.2025', 'NOT_A_NUMBER'],
    ]);
  });
});

describe('stale-write merge', () => {
  const setup = (): { base: CardDraft; mine: CardDraft; theirs: CardDraft } => ({
    base: cardToDraft(card(), 'tr'),
    mine: cardToDraft(card(), 'tr'),
    theirs: cardToDraft(card(), 'tr'),
  });

  it('lists only the fields that differ, presetting the side that alone changed each', () => {
    const { base, mine, theirs } = setup();
    mine.title = 'Benim başlığım';
    theirs.title = 'Onun başlığı';
    mine.indicators[0].weight = '50';
    theirs.risks = ['Bütçe yetersizliği', 'Arazi bulunamaması'];
    theirs.indicators[1].targets['2026'] = '8';
    // The same figure written differently is no difference.
    mine.costEstimate['2025'] = '1000000,0';
    const differences = cardDifferences(mine, theirs, base, 'tr');
    expect(differences.map((difference) => [difference.path, difference.preset])).toEqual([
      ['title', null],
      ['indicators[0].weight', 'mine'],
      ['indicators[1].targets.2026', 'theirs'],
      ['risks', 'theirs'],
    ]);
    expect(differences[0]).toMatchObject({ mine: 'Benim başlığım', theirs: 'Onun başlığı' });
    const choices = initialChoices(differences);
    expect(unchosen(differences, choices)).toBe(1);
  });

  it('keeps mine or takes theirs, field by field', () => {
    const { base, mine, theirs } = setup();
    mine.title = 'Benim başlığım';
    theirs.title = 'Onun başlığı';
    theirs.indicators[1].targets['2026'] = '8';
    mine.indicators[0].weight = '50';
    const differences = cardDifferences(mine, theirs, base, 'tr');
    const keepMine = new Map<string, Side>([...initialChoices(differences), ['title', 'mine']]);
    const kept = applyChoices(mine, theirs, differences, keepMine);
    expect(kept.title).toBe('Benim başlığım');
    expect(kept.indicators[0].weight).toBe('50');
    expect(kept.indicators[1].targets['2026']).toBe('8');
    const takeTheirs = new Map<string, Side>([...initialChoices(differences), ['title', 'theirs']]);
    expect(applyChoices(mine, theirs, differences, takeTheirs).title).toBe('Onun başlığı');
    // mine itself is left as it was.
    expect(mine.indicators[1].targets['2026']).toBeUndefined();
  });

  it('matches indicators by code: added, deleted and new rows, and their order', () => {
    const { base, mine, theirs } = setup();
    mine.indicators.push({ ...emptyIndicator(), name: 'Benim yeni göstergem', weight: '0' });
    theirs.indicators.push({
      ...cardToDraft(card(), 'tr').indicators[0],
      code: 'PG1.1.3',
      name: 'Onun yeni göstergesi',
    });
    theirs.indicators.reverse();
    const differences = cardDifferences(mine, theirs, base, 'tr');
    expect(differences.map((difference) => [difference.key, difference.preset])).toEqual([
      ['indicatorMine:new-2', 'mine'],
      ['indicatorTheirs:PG1.1.3', 'theirs'],
      ['indicatorOrder', 'theirs'],
    ]);
    const merged = applyChoices(mine, theirs, differences, initialChoices(differences));
    expect(merged.indicators.map((row) => row.code ?? row.name)).toEqual([
      'PG1.1.3',
      'PG1.1.2',
      'PG1.1.1',
      'Benim yeni göstergem',
    ]);
    const allMine = new Map<string, Side>(differences.map((difference) => [difference.key, 'mine']));
    expect(
      applyChoices(mine, theirs, differences, allMine).indicators.map((row) => row.code ?? row.name),
    ).toEqual(['PG1.1.1', 'PG1.1.2', 'Benim yeni göstergem']);
  });

  it('an indicator the other person deleted is removed only when theirs is chosen', () => {
    const { base, mine, theirs } = setup();
    theirs.indicators.splice(1, 1);
    const differences = cardDifferences(mine, theirs, base, 'tr');
    expect(differences.map((difference) => [difference.key, difference.preset])).toEqual([
      ['indicatorMine:PG1.1.2', 'theirs'],
    ]);
    expect(
      applyChoices(mine, theirs, differences, new Map([['indicatorMine:PG1.1.2', 'mine']])).indicators,
    ).toHaveLength(2);
    expect(
      applyChoices(mine, theirs, differences, new Map([['indicatorMine:PG1.1.2', 'theirs']])).indicators,
    ).toHaveLength(1);
  });

  it('without the card as read, nothing is preset', () => {
    const { mine, theirs } = setup();
    theirs.needs = ['Ek personel'];
    expect(cardDifferences(mine, theirs, null, 'tr')).toEqual([
      expect.objectContaining({ path: 'needs', preset: null, mine: [], theirs: ['Ek personel'] }),
    ]);
  });
});
