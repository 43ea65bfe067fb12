import { describe, expect, test } from 'vitest';
import { validRefresh } from '../../src/integrations/redirect-pages';

describe('validRefresh', () => {
  test('parts the delay and the URL with "; " as the HTML standard writes it', () => {
    expect(validRefresh('<title>x</title><meta http-equiv="refresh" content="0;url=/playbook/guides/sales-forms/">')).toBe(
      '<title>x</title><meta http-equiv="refresh" content="0; url=/playbook/guides/sales-forms/">',
    );
  });
  test('leaves a refresh already valid, and other pages, as they are', () => {
    const valid = '<meta http-equiv="refresh" content="2; url=/guides/">';
    expect(validRefresh(valid)).toBe(valid);
    expect(validRefresh('<p>0;url=/x/</p>')).toBe('<p>0;url=/x/</p>');
  });
});
