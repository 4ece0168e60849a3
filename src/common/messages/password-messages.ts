import { texts } from './typed-texts.js';

/*
 * Why a new password is refused (src/modules/auth/password-policy.ts), one sentence per
 * weakness, keyed as PasswordWeakness names them.
 */
type None = Record<string, never>;

export const PASSWORD_MESSAGES = {
  COMMON: texts<None>(
    () => 'Parola çok bilinen parolalardan biri (ya da birine birkaç rakam eklenmiş); tahmin edilmesi kolay.',
    () => 'The password is a common one (or one with a few digits added); it is easy to guess.',
  ),
  REPEATED: texts<None>(
    () => 'Parola tek bir karakterin ya da kısa bir kalıbın tekrarı; tahmin edilmesi kolay.',
    () => 'The password repeats one character or a short pattern; it is easy to guess.',
  ),
  SEQUENCE: texts<None>(
    () =>
      'Parola basit bir dizi (1234567890, abcdefghij, klavyede yan yana tuşlar gibi); tahmin edilmesi kolay.',
    () =>
      'The password is a simple sequence (like 1234567890, abcdefghij or a keyboard row); it is easy to guess.',
  ),
  EMAIL: texts<None>(
    () => 'Parola büyük ölçüde e-posta adresinin kendisi; başka bir parola seçin.',
    () => 'The password is mostly the e-mail address itself; choose another one.',
  ),
  NAME: texts<None>(
    () => 'Parola büyük ölçüde kullanıcının adı; başka bir parola seçin.',
    () => "The password is mostly the user's name; choose another one.",
  ),
  REUSED: texts<None>(
    () => 'Yeni parola şimdiki parolayla aynı.',
    () => 'The new password is the same as the current one.',
  ),
};
