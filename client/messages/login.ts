import { defineMessages } from './define.js';

export const login = defineMessages('login', {
  tr: {
    'login.title': 'Oturum aç',
    'login.intro': 'Kurumunuzun size verdiği e-posta adresi ve parolayla oturum açın.',
    'login.email': 'E-posta',
    'login.password': 'Parola',
    'login.submit': 'Oturum aç',
    'login.submitting': 'Oturum açılıyor…',
    'login.emailRequired': 'E-posta adresinizi yazın.',
    'login.passwordRequired': 'Parolanızı yazın.',
    'login.fixFields': 'Formdaki eksikleri tamamlayın.',
    'login.invalid': 'E-posta adresi ya da parola hatalı.',
    'login.locked':
      'Bu adresten bu e-postayla çok sayıda hatalı deneme yapıldı; oturum açma 15 dakika kapalı. Sonra yeniden deneyin.',
    'login.lockedFor':
      'Bu adresten bu e-postayla çok sayıda hatalı deneme yapıldı; {minutes} dakika sonra yeniden deneyin.',
    'login.throttled': 'Çok fazla deneme yapıldı. Biraz bekleyip yeniden deneyin.',
    'login.throttledFor': 'Çok fazla deneme yapıldı. {seconds} saniye sonra yeniden deneyin.',
    'login.failed': 'Oturum açılamadı.',
    'login.expired': 'Oturumunuz sona erdi. Yeniden oturum açın; kaldığınız sayfaya döneceksiniz.',
    'login.deactivated': 'Bu hesap devre dışı bırakıldı. Yeniden açılması için yöneticinize başvurun.',
  },
  en: {
    'login.title': 'Sign in',
    'login.intro': 'Sign in with the e-mail address and password your institution gave you.',
    'login.email': 'E-mail',
    'login.password': 'Password',
    'login.submit': 'Sign in',
    'login.submitting': 'Signing in…',
    'login.emailRequired': 'Enter your e-mail address.',
    'login.passwordRequired': 'Enter your password.',
    'login.fixFields': 'Complete the form.',
    'login.invalid': 'The e-mail address or the password is wrong.',
    'login.locked':
      'Too many failed attempts with this e-mail from this address: signing in is closed for 15 minutes. Try again later.',
    'login.lockedFor':
      'Too many failed attempts with this e-mail from this address: try again in {minutes} minutes.',
    'login.throttled': 'Too many attempts. Wait a little and try again.',
    'login.throttledFor': 'Too many attempts. Try again in {seconds} seconds.',
    'login.failed': 'Could not sign in.',
    'login.expired': 'Your session has ended. Sign in again to return to the page you were on.',
    'login.deactivated': 'This account has been deactivated. Ask your administrator to reactivate it.',
  },
});
