import { describe, expect, it } from 'vitest';
import { readBounceRecords } from '../../../src/diagnose/diagnose-bounce.js';

// "The sender's domain does not exist" is the sender's to fix, in any language; "the domain does not
// exist" alone stays the recipient's domain.
describe("the sender's domain does not exist, in other languages", () => {
  it.each([
    "550 5.1.8 Le domaine de l'expéditeur n'existe pas",
    '550 5.1.8 Absender-Domain existiert nicht',
    '550 5.1.8 Il dominio del mittente non esiste',
    '550 5.1.8 El dominio del remitente no existe',
    '550 5.1.8 O domínio do remetente não existe',
    '550 5.1.8 Het domein van de afzender bestaat niet',
    '550 5.1.8 Домен отправителя не существует',
  ])('%s', async (reply) => {
    const [record] = await readBounceRecords(reply);
    expect(record).toMatchObject({ cause: 'sender-domain-invalid', side: 'sender' });
  });

  it.each([
    "550 5.1.2 Le domaine example.org n'existe pas",
    '550 5.1.2 Die Domain example.org existiert nicht',
  ])('%s', async (reply) => {
    const [record] = await readBounceRecords(reply);
    expect(record?.cause).toBe('domain-not-found');
  });
});

// "On a black list" said of the sender is the receiver's refusal of the sender's address; alone, or said of
// an IP address, it is a DNSBL's listing of the sending IP.
describe('on a black list, of the sender or of the IP, in other languages', () => {
  it.each([
    '550 Адрес отправителя находится в черном списке',
    '550 5.7.1 Nadawca znajduje się na czarnej liście',
    '550 发件人在黑名单中',
    "550 L'expéditeur est sur liste noire",
  ])('%s', async (reply) => {
    const [record] = await readBounceRecords(reply);
    expect(record).toMatchObject({ cause: 'sender-rejected', reason: 'rejected' });
  });

  it.each([
    '550 5.7.1 Ваш IP-адрес находится в черном списке',
    '554 5.7.1 Votre adresse IP est sur liste noire',
    '550 此IP在黑名单中',
    '550 Die IP-Adresse steht auf der Sperrliste',
  ])('%s', async (reply) => {
    const [record] = await readBounceRecords(reply);
    expect(record).toMatchObject({ cause: 'ip-blocklisted', reason: 'blocked' });
  });
});
