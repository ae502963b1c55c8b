import { ui } from './ui-text';

describe("the console's UI text read from its source", () => {
  it('finds a text by its English, in Chinese, templates filled in', () => {
    expect(ui('zh')('Register complaint')).toBe('登记投诉');
    expect(ui('zh')('Party 2 share (%)')).toBe('第 2 方份额 (%)');
    expect(ui('zh')('Registered', 'i18n.tsx')).toBe('已登记');
    expect(ui('en')('Party 2 share (%)')).toBe('Party 2 share (%)');
  });

  it('refuses a text the console does not have, and one that is ambiguous without its file', () => {
    expect(() => ui('en')('Frobnicate the case')).toThrow('the console has no text "Frobnicate the case"');
    expect(() => ui('zh')('Confirm')).toThrow('name the file');
  });
});
