import { maskEmail } from './mask-email';

describe('maskEmail', () => {
  it('keeps the first and last letter of the local part and the top-level domain', () => {
    expect(maskEmail('jane.doe@example.com')).toBe('j******e@e******.com');
  });

  it('keeps the length so people recognise their own address', () => {
    const masked = maskEmail('alexander@mail.org');
    expect(masked).toBe('a*******r@m***.org');
    expect(masked).toHaveLength('alexander@mail.org'.length);
  });

  it('masks every label but the last of a multi-part domain', () => {
    expect(maskEmail('bob@mail.example.co.uk')).toBe('b*b@m' + '*'.repeat(14) + '.uk');
  });

  it('gives away less of very short parts', () => {
    expect(maskEmail('a@b.io')).toBe('*@*.io');
    expect(maskEmail('ab@cd.io')).toBe('a*@c*.io');
  });

  it('copes with odd input without revealing it', () => {
    expect(maskEmail('')).toBe('');
    expect(maskEmail('   ')).toBe('');
    expect(maskEmail('not-an-email')).toBe('n**********l');
    expect(maskEmail('@example.com')).toBe('@e******.com');
    expect(maskEmail('jane@')).toBe('j**e@');
    expect(maskEmail('jane@localhost')).toBe('j**e@l*******t');
    expect(maskEmail('  jane@example.com ')).toBe('j**e@e******.com');
  });

  it('splits at the last @ and counts characters, not UTF-16 units', () => {
    expect(maskEmail('"a@b"@example.com')).toBe('"***"@e******.com');
    expect(maskEmail('zoë😀x@exämple.de')).toBe('z***x@e******.de');
  });

  it('never contains the full local part or domain name', () => {
    for (const email of ['jane.doe@example.com', 'x1@y2.com', 'longname@sub.domain.org']) {
      const [local, domain] = email.split('@');
      const masked = maskEmail(email);
      expect(masked).not.toContain(local);
      expect(masked).not.toContain(domain.slice(0, domain.lastIndexOf('.')));
    }
  });
});
