import { describe, expect, it } from '@jest/globals';
import {
  passwordWeakness,
  weaknessMessage,
  type PasswordContext,
  type PasswordWeakness,
} from './password-policy.js';

describe('password policy', () => {
  const email = 'Ayse.Yilmaz@Belediye.gov.tr';

  it.each<[string, PasswordWeakness, PasswordContext, string[]]>([
    [
      'common passwords, worldwide and Turkish, also with digits around them and letter swaps',
      'COMMON',
      {},
      [
        'password123',
        'P@ssw0rd2024',
        'iloveyou12',
        'Galatasaray1905',
        '1907fenerbahce',
        'Trabzonspor61',
        'şifre2024!',
        'ŞİFRE12345',
        'parola1234',
        'istanbul34',
        'Eskişehir26',
        'seniseviyorum',
        'mustafakemal',
      ],
    ],
    [
      'a repeated character or a short repeated pattern',
      'REPEATED',
      {},
      ['aaaaaaaaaa', '1212121212', 'abcabcabca', 'kalemkalem', 'aaaaaaaaab', '!!!!!!!!!!'],
    ],
    [
      'simple sequences: digits, the alphabet, keyboard rows, backwards and glued together',
      'SEQUENCE',
      {},
      [
        '1234567890',
        '0987654321',
        'abcdefghij',
        'qwertyuiop',
        'QWERTYUIOPĞÜ',
        'asdfghjklşi',
        'poiuytrewq',
        'qwerty12345',
        'abc123qwe456',
        '1qaz2wsx3edc',
        'fgğıodrnhp',
        '!@#$%^&*()',
      ],
    ],
    [
      'the e-mail or its local part, also as most of a longer password',
      'EMAIL',
      { email },
      ['ayse.yilmaz@belediye.gov.tr', 'AyseYilmaz', 'ayse.yilmaz1', 'yilmaz-ayse!', 'ayseyilmaz-123456'],
    ],
    [
      "the user's name, with Turkish letters folded",
      'NAME',
      { name: 'Ayşe Yıldız' },
      ['AYŞEYILDIZ', 'ayse-yildiz-1', 'yildizayse2024'],
    ],
  ])('refuses %s', (_what, weakness, context, passwords) => {
    for (const password of passwords)
      expect([password, passwordWeakness(password, context)]).toEqual([password, weakness]);
  });

  it('accepts a password that only shares a name with the e-mail', () => {
    expect(passwordWeakness('kırmızı-kalem-ayse', { email })).toBeNull();
  });

  it('refuses the current password as the new one', () => {
    expect(passwordWeakness('kırmızı-kalem-42', { currentPassword: 'kırmızı-kalem-42' })).toBe('REUSED');
    expect(passwordWeakness('kırmızı-kalem-43', { currentPassword: 'kırmızı-kalem-42' })).toBeNull();
  });

  it('accepts passphrases and the passwords of the demo and the tests', () => {
    expect(passwordWeakness('pusula-admin', { email: 'admin@pusula.local', name: 'Yönetici' })).toBeNull();
    expect(
      passwordWeakness('pusula-demo', { email: 'yonetici@pusula.local', name: 'Ayşe Yıldız' }),
    ).toBeNull();
    expect(
      passwordWeakness('test-admin-password', { email: 'admin@test.local', name: 'Yönetici' }),
    ).toBeNull();
    for (const password of [
      'a-long-password',
      'brand-new-password',
      'mavi-bisiklet-çarşamba',
      'Tr7#kq9!Lm2z',
    ])
      expect([
        password,
        passwordWeakness(password, { email: 'someone@test.local', name: 'Someone' }),
      ]).toEqual([password, null]);
  });

  it('words each reason in Turkish and English', () => {
    expect(weaknessMessage('SEQUENCE', 'tr')).toMatch(/basit bir dizi/);
    expect(weaknessMessage('SEQUENCE', 'en')).toMatch(/simple sequence/);
  });
});
