import { csvField, csvLine } from './csv';

describe('CSV for accountants', () => {
  it('quotes commas, quotes and line breaks; defuses formulas', () => {
    expect(csvField('department-cost:assembly')).toBe('department-cost:assembly');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvLine(['x', 10_001, null])).toBe('x,10001,\r\n');
  });
});
