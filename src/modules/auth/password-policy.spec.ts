import { describe, expect, it } from '@jest/globals';
import { passwordWeakness, weaknessMessage } from './password-policy.js';

describe('password policy', () => {
  it('refuses common passwords, worldwide and Turkish, also with digits around them and letter swaps', () => {
    for (const password of [
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
    ])
      expect([password, passwordWeakness(password)]).toEqual([password, 'COMMON']);
  });

  it('refuses a repeated character or a short repeated pattern', () => {
    for (const password of [
      'aaaaaaaaaa',
      '1212121212',
      'abcabcabca',
      'kalemkalem',
      'aaaaaaaaab',
      '!!!!!!!!!!',
    ])
      expect([password, passwordWeakness(password)]).toEqual([password, 'REPEATED']);
  });

  it('refuses simple sequences: digits, the alphabet, keyboard rows, backwards and glued together', () => {
    for (const password of [
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
    ])
      expect([password, passwordWeakness(password)]).toEqual([password, 'SEQUENCE']);
  });

  it('refuses the e-mail or its local part, also as most of a longer password', () => {
    const email = 'Ayse.Yilmaz@Belediye.gov.tr';
    for (const password of [
      'ayse.yilmaz@belediye.gov.tr',
      'AyseYilmaz',
      'ayse.yilmaz1',
      'yilmaz-ayse!',
      'ayseyilmaz-123456',
    ])
      expect([password, passwordWeakness(password, { email })]).toEqual([password, 'EMAIL']);
    expect(passwordWeakness('kırmızı-kalem-ayse', { email })).toBeNull();
  });

  it("refuses the user's name, with Turkish letters folded", () => {
    const name = 'Ayşe Yıldız';
    for (const password of ['AYŞEYILDIZ', 'ayse-yildiz-1', 'yildizayse2024'])
      expect([password, passwordWeakness(password, { name })]).toEqual([password, 'NAME']);
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
