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
