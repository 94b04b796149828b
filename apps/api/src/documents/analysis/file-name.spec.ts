import { detectedTypeOf } from './formats';
import { sanitizeFileName } from './index';

const pdf = detectedTypeOf('pdf');
const png = detectedTypeOf('png');
const markdown = detectedTypeOf('markdown');
const jpeg = detectedTypeOf('jpeg');

describe('sanitizeFileName', () => {
  it.each([
    ['../../etc/passwd', pdf, 'passwd.pdf'],
    ['..\\..\\boot.ini', pdf, 'boot.ini.pdf'],
    ['C:\\Users\\an\\Documents\\Beleidsplan 2024.pdf', pdf, 'Beleidsplan 2024.pdf'],
    ['/var/www/../../../x.pdf', pdf, 'x.pdf'],
    ['..', pdf, 'document.pdf'],
    ['', pdf, 'document.pdf'],
    ['   ', png, 'document.png'],
    ['CON.pdf', pdf, '_CON.pdf'],
    ['nul', pdf, '_nul.pdf'],
    ['com1.tar.gz', pdf, '_com1.tar.pdf'],
    ['LPT9.txt', markdown, '_LPT9.md'],
    ['CONSTANT.pdf', pdf, 'CONSTANT.pdf'],
    ['.hidden', pdf, 'hidden.pdf'],
    ['...verslag.pdf', pdf, 'verslag.pdf'],
    ['verslag. . .', pdf, 'verslag.pdf'],
    ['verslag.pdf.   ', pdf, 'verslag.pdf'],
    ['report.pdf', png, 'report.png'],
    ['foto.JPEG', jpeg, 'foto.jpg'],
    ['wet.markdown', markdown, 'wet.md'],
    ['Notulen v1.2', pdf, 'Notulen v1.2.pdf'],
    ['Brief aan mr.Jansen', pdf, 'Brief aan mr.Jansen.pdf'],
    ['a<b>c:d"e|f?g*h.pdf', pdf, 'a_b_c_d_e_f_g_h.pdf'],
    ['regel\neen\tregel twee.pdf', pdf, 'regel een regel twee.pdf'],
    ['veel     spaties.pdf', pdf, 'veel spaties.pdf'],
  ])('turns %j into %j', (input, type, expected) => {
    expect(sanitizeFileName(input, type)).toBe(expected);
  });

  it('removes the RTL override of a spoofed name', () => {
    const spoofed = 'factuur\u202Efdp.exe';

    const name = sanitizeFileName(spoofed, pdf);

    expect(name).toBe('factuurfdp.pdf');
    expect(name).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
  });

  it('removes all bidi and control characters', () => {
    const name = sanitizeFileName('a\u0000b\u0007c\u001Fd\u007Fe\u200Ff\u2066g\u2069h\uFEFF.pdf', pdf);

    expect(name).toBe('abcdefgh.pdf');
  });

  it('keeps Unicode letters', () => {
    expect(sanitizeFileName('Één café über Ünal.pdf', pdf)).toBe('Één café über Ünal.pdf');
    expect(sanitizeFileName('تقرير الإدماج.pdf', pdf)).toBe('تقرير الإدماج.pdf');
    expect(sanitizeFileName('Şehir planı.pdf', pdf)).toBe('Şehir planı.pdf');
  });

  it('normalises to NFC', () => {
    const decomposed = 'Cafe\u0301.pdf';

    const name = sanitizeFileName(decomposed, pdf);

    expect(name).toBe('Caf\u00e9.pdf');
    expect(name.length).toBe(8);
  });

  it('drops lone surrogates', () => {
    expect(sanitizeFileName('a\uD800b\uDC00c.pdf', pdf)).toBe('abc.pdf');
  });

  it('caps a 300-character name at 200', () => {
    const name = sanitizeFileName(`${'x'.repeat(300)}.pdf`, pdf);

    expect(name).toHaveLength(200);
    expect(name.endsWith('x.pdf')).toBe(true);
  });

  it('caps without splitting a surrogate pair', () => {
    const name = sanitizeFileName(`${'😀'.repeat(150)}.pdf`, pdf);

    expect(name.length).toBeLessThanOrEqual(200);
    expect(name).toBe(`${'😀'.repeat(98)}.pdf`);
  });

  it('trims trailing dots left by capping', () => {
    const name = sanitizeFileName(`${'a'.repeat(195)}....b.pdf`, pdf);

    expect(name).toBe(`${'a'.repeat(195)}.pdf`);
  });
});
