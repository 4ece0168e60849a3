import type { Lang } from '../../contracts/validation.js';
import { PASSWORD_MESSAGES } from '../../common/messages/password-messages.js';
import { COMMON_PASSWORDS } from './common-passwords.js';

/**
 * What a new password may not be (issue 9, point 12), beyond the 10 to 200 characters the DTOs
 * check: a common password, one character or a short pattern repeated, a simple sequence
 * (digits, the alphabet, a keyboard row), the e-mail or its local part, the user's name, or, on
 * a change, the current password. Comparisons fold case and Turkish letters (Ş = s, İ = i).
 */
export type PasswordWeakness = 'COMMON' | 'REPEATED' | 'SEQUENCE' | 'EMAIL' | 'NAME' | 'REUSED';

export interface PasswordContext {
  email?: string | null;
  name?: string | null;
  /** On a change: the password being replaced. */
  currentPassword?: string | null;
}

/** Why the password is refused, or null when it passes. */
export function passwordWeakness(password: string, context: PasswordContext = {}): PasswordWeakness | null {
  if (context.currentPassword !== undefined && context.currentPassword !== null) {
    if (password === context.currentPassword) return 'REUSED';
  }
  const folded = fold(password);
  const general = generalWeakness(folded);
  if (general) return general;
  const email = context.email ? fold(context.email.trim()) : '';
  if (email && isMostly(folded, emailParts(email))) return 'EMAIL';
  const nameParts = context.name ? words(fold(context.name)) : [];
  if (nameParts.length > 0 && isMostly(folded, [nameParts.join(''), ...nameParts])) return 'NAME';
  return null;
}

/** The reason as a sentence, Turkish by default (`?lang=en` for English). */
export function weaknessMessage(weakness: PasswordWeakness, lang: Lang): string {
  return PASSWORD_MESSAGES[weakness][lang]({});
}

const COMMON = new Set(
  COMMON_PASSWORDS.split('\n')
    .map((line) => line.trim())
    .filter(Boolean),
);

/** Rows and runs a password may not be a piece of (forwards or backwards). */
const SEQUENCES = [
  '01234567890',
  'abcdefghijklmnopqrstuvwxyz',
  // Keyboard rows: Q (also the Turkish Q layout, folded), then the Turkish F layout.
  '1234567890',
  'qwertyuiop',
  'asdfghjkl',
  'zxcvbnm',
  'qwertyuiopgu',
  'asdfghjklsi',
  'zxcvbnmoc',
  'fggiodrnhpqw',
  'uieautkmlysx',
  'jovcczsb',
  // Columns of the Q layout.
  '1qaz',
  '2wsx',
  '3edc',
  '4rfv',
  '5tgb',
  '6yhn',
  '7ujm',
  '8ik',
  '9ol',
  // The digit row with shift.
  '!@#$%^&*()',
];
const SEQUENCE_TEXT = [...SEQUENCES, ...SEQUENCES.map((sequence) => [...sequence].reverse().join(''))];

const LEET: Record<string, string> = {
  '@': 'a',
  '4': 'a',
  '0': 'o',
  '1': 'i',
  '3': 'e',
  $: 's',
  '5': 's',
  '7': 't',
};

/** Lower case with Turkish letters as ASCII, so Şifre, ŞİFRE and sifre are one password. */
function fold(text: string): string {
  return text
    .toLocaleLowerCase('tr')
    .replace(/[ıİ]/g, 'i')
    .replace(/ş/g, 's')
    .replace(/ğ/g, 'g')
    .replace(/ü/g, 'u')
    .replace(/ö/g, 'o')
    .replace(/ç/g, 'c')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

function words(text: string): string[] {
  return text.split(/[^a-z0-9]+/).filter((word) => word.length >= 3);
}

function generalWeakness(folded: string): PasswordWeakness | null {
  if (isRepeated(folded)) return 'REPEATED';
  const alphanumeric = folded.replace(/[^a-z0-9]/g, '');
  if (isRepeated(alphanumeric)) return 'REPEATED';
  if (isSequence(folded) || isSequence(alphanumeric)) return 'SEQUENCE';
  if (isCommon(folded) || isCommon(alphanumeric)) return 'COMMON';
  return null;
}

/** One character or a pattern repeated at least twice (abcabcabca), or at most three distinct characters. */
function isRepeated(text: string): boolean {
  if (text.length === 0) return false;
  if (new Set(text).size <= 3) return true;
  for (let period = 1; period <= text.length / 2; period += 1) {
    let repeats = true;
    for (let index = period; index < text.length && repeats; index += 1)
      repeats = text[index] === text[index - period];
    if (repeats) return true;
  }
  return false;
}

/** A listed password, alone or with up to six digits or symbols around it, also with letter swaps. */
function isCommon(text: string): boolean {
  const stripped = text.replace(/^[^a-z]+/, '').replace(/[^a-z]+$/, '');
  const candidates = [text, deLeet(text)];
  if (text.length - stripped.length <= 6) candidates.push(stripped, deLeet(stripped));
  return candidates.some((candidate) => candidate.length > 0 && COMMON.has(candidate));
}

function deLeet(text: string): string {
  return [...text].map((char) => LEET[char] ?? char).join('');
}

/** Made of at most four runs (three characters or more each) of the sequences above. */
function isSequence(text: string): boolean {
  if (text.length === 0) return false;
  // fewest[i]: the fewest runs covering text[0, i), or Infinity.
  const fewest = new Array<number>(text.length + 1).fill(Infinity);
  fewest[0] = 0;
  for (let end = 3; end <= text.length; end += 1) {
    for (let start = 0; start <= end - 3; start += 1) {
      if (fewest[start] === Infinity) continue;
      const piece = text.slice(start, end);
      if (SEQUENCE_TEXT.some((sequence) => sequence.includes(piece)))
        fewest[end] = Math.min(fewest[end], fewest[start] + 1);
    }
  }
  return fewest[text.length] <= 4;
}

/** The local part, its pieces (ayse.yilmaz: ayse, yilmaz) and the whole address. */
function emailParts(email: string): string[] {
  const local = email.split('@')[0] ?? '';
  return [email, local, local.replace(/[^a-z0-9]/g, ''), ...words(local)];
}

/**
 * The password is mostly these parts: with every part of three characters or more taken out
 * (longest first), fewer than five characters are left, or what is left is weak by itself.
 */
function isMostly(folded: string, parts: string[]): boolean {
  const alphanumeric = folded.replace(/[^a-z0-9]/g, '');
  const usable = [
    ...new Set(
      parts.flatMap((part) => [part, part.replace(/[^a-z0-9]/g, '')]).filter((part) => part.length >= 3),
    ),
  ].sort((a, b) => b.length - a.length);
  let rest = alphanumeric;
  let removed = false;
  for (const part of usable) {
    if (rest.includes(part)) {
      rest = rest.split(part).join('');
      removed = true;
    }
  }
  if (!removed) return false;
  return rest.length < 5 || generalWeakness(rest) !== null;
}
