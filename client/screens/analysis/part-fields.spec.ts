import { describe, expect, it } from '@jest/globals';
import { fieldText, rowBody } from './part-fields.js';

describe('analysis row forms', () => {
  it('sends scores as numbers, lists one item per line and leaves an empty optional field out of a create', () => {
    expect(
      rowBody(
        'stakeholders',
        { name: ' Valilik ', kind: 'dis', importance: '5', influence: '4', method: '' },
        false,
      ),
    ).toEqual({ name: 'Valilik', kind: 'dis', importance: 5, influence: 4 });
    expect(rowBody('activities', { field: 'Temizlik', services: 'Çöp toplama\n\n Süpürme ' }, false)).toEqual(
      {
        field: 'Temizlik',
        services: ['Çöp toplama', 'Süpürme'],
      },
    );
  });

  it('clears an emptied optional field on a change and keeps an empty required one for the server to refuse', () => {
    expect(rowBody('policy', { document: '', reference: '', duty: 'Görev' }, true)).toEqual({
      document: '',
      reference: null,
      duty: 'Görev',
    });
  });

  it('shows a stored list one item per line', () => {
    expect(fieldText({ services: ['a', 'b'], importance: 3 }, 'services')).toBe('a\nb');
    expect(fieldText({ importance: 3 }, 'importance')).toBe('3');
    expect(fieldText({}, 'opinion')).toBe('');
  });
});
