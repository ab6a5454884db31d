import { parseTokensArgs } from './tokens-args';

describe('tokens CLI arguments', () => {
  it('reads create-admin and issue', () => {
    expect(parseTokensArgs(['create-admin', '--name', 'Ada'])).toEqual({ command: 'create-admin', name: 'Ada' });
    expect(parseTokensArgs(['issue', '--name', 'Pat', '--role', 'programme-office', '--council', 'trafford'])).toEqual({
      command: 'issue',
      name: 'Pat',
      role: 'programme-office',
      council: 'trafford',
    });
  });

  it('reads list, with or without a status', () => {
    expect(parseTokensArgs(['list'])).toEqual({ command: 'list' });
    expect(parseTokensArgs(['list', '--status', 'expired'])).toEqual({ command: 'list', status: 'expired' });
    expect(() => parseTokensArgs(['list', '--status', 'stale'])).toThrow(/status/);
  });

  it('reads an email address for reminders, and refuses one that is not', () => {
    expect(parseTokensArgs(['issue', '--name', 'Pat', '--role', 'programme-office', '--council', 'trafford', '--email', 'pat@trafford.gov.uk'])).toMatchObject({
      email: 'pat@trafford.gov.uk',
    });
    expect(() => parseTokensArgs(['create-admin', '--name', 'Ada', '--email', 'ada'])).toThrow(/email: must be an email address/);
  });

  it('says what is wrong', () => {
    expect(() => parseTokensArgs(['issue', '--name', 'Pat', '--role', 'king'])).toThrow(/role/);
    expect(() => parseTokensArgs(['create-admin', '--name'])).toThrow(/--option value/);
    expect(() => parseTokensArgs(['launch'])).toThrow(/command/);
  });
});
