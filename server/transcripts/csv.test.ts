import { csvCell, csvRow } from './csv';

describe('csvCell', () => {
  it('quotes only when needed, doubling quotes', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(' padded ')).toBe('" padded "');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(0.5)).toBe('0.5');
    expect(csvCell(false)).toBe('false');
  });

  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\tcmd', '\rx'])('defuses the formula %j', (text) => {
    const cell = csvCell(text);
    expect(cell.replace(/^"/, '').startsWith("'")).toBe(true);
  });

  it('does not touch numbers we produce', () => {
    expect(csvCell(-1)).toBe('-1');
  });
});

describe('csvRow', () => {
  it('joins cells and ends with CRLF', () => {
    expect(csvRow(['a', 'b,c', null, 2])).toBe('a,"b,c",,2\r\n');
  });
});
