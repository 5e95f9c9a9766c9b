import { describe, expect, it } from 'vitest';
import { readBounceRecords } from '../../../src/diagnose/diagnose-bounce.js';

/**
 * "The recipient refused this SENDER": a sender named blocked or on a block list, or a block list named the
 * recipient's, is the receiving side's own list (public DNSBLs list IPs and domains, not sender addresses).
 * The same list words said of an IP stay a DNSBL listing, and Russian "заблокирован" is a disabled mailbox
 * only when said of the mailbox or user. Status 5.7.1 decides nothing here: the words must.
 */

async function causeOf(reply: string): Promise<string | undefined> {
  const records = await readBounceRecords(reply);
  expect(records).toHaveLength(1);
  return records[0]?.cause;
}

describe("the receiving side's own sender block", () => {
  it.each([
    ['English, a Blocked Senders entry', '550 5.7.1 Blocked sender: alice@example.com'],
    [
      'English, the recipient’s blacklist (a mailbox filter)',
      '550 5.7.1 Rejected: your email address is on the recipient’s blacklist',
    ],
    ["English, the recipient's blocklist", "554 Message refused: sender is on the recipient's blocklist"],
    ['German, the recipient’s block list', '550 5.7.1 Absender ist auf der Sperrliste des Empfängers'],
    ['German, the recipient’s black list', '550 5.7.1 Sie stehen auf der schwarzen Liste des Empfängers'],
    ['French', '550 5.7.1 Votre adresse figure sur la liste noire du destinataire'],
    ['Spanish', '550 5.7.1 Su dirección está en la lista negra del destinatario'],
    ['Italian', '550 5.7.1 Indirizzo presente nella lista nera del destinatario'],
    ['Russian', '550 5.7.1 Адрес находится в черном списке получателя'],
  ])('%s is blocked-by-recipient', async (_name, reply) => {
    expect(await causeOf(reply)).toBe('blocked-by-recipient');
  });

  it.each([
    ['German', '550 5.7.1 Absender gesperrt'],
    ['French', '550 5.7.1 Expéditeur bloqué : alice@example.com'],
    ['Spanish', '550 5.7.1 Remitente bloqueado: alice@example.com'],
    ['Portuguese', '550 5.7.1 Remetente bloqueado: alice@example.com'],
    ['Italian', '550 5.7.1 Mittente in lista nera: alice@example.com'],
    ['Russian', '550 5.7.1 Отправитель заблокирован: alice@example.com'],
  ])('%s "sender blocked" is sender-rejected, as in English', async (_name, reply) => {
    expect(await causeOf(reply)).toBe('sender-rejected');
  });
});

describe('the same words said of an IP or a mailbox keep their reading', () => {
  it.each([
    ['German', '550 5.7.1 Ihre IP-Adresse steht auf einer Sperrliste'],
    ['Italian', '554 5.7.1 Il tuo indirizzo IP è in una lista nera'],
    ['Russian', '550 5.7.1 Ваш IP-адрес заблокирован'],
  ])('%s IP on a list is ip-blocklisted', async (_name, reply) => {
    expect(await causeOf(reply)).toBe('ip-blocklisted');
  });

  it.each([
    ['the mailbox', '550 5.2.1 Почтовый ящик заблокирован'],
    ["the recipient's mailbox", '550 5.2.1 Почтовый ящик получателя заблокирован'],
    ['the user', '550 Пользователь заблокирован'],
    ['the account', '550 Учетная запись заблокирована'],
  ])('Russian "заблокирован" of %s is mailbox-disabled', async (_name, reply) => {
    expect(await causeOf(reply)).toBe('mailbox-disabled');
  });
});
